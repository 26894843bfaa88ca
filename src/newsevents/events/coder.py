"""Code the predicates of a parsed article as CAMEO/PLOVER events with source and target actors.

Reads a spaCy `Doc`, the article and its actor mentions; writes `Event` records with trigger,
code, actors and their spans, negation, modality and casualty counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsevents.codebook import Codebook
from newsevents.events.arguments import (
    MentionIndex,
    content_subject,
    is_passive,
    stray_subject,
    subject_of,
)
from newsevents.events.patterns import PatternSet, match_noun, match_verb, preps_of
from newsevents.ids import event_id
from newsevents.records import Actor, Article, Event, Mention

# Consultations and agreements are mutual: "A and B met" is A meeting B.
SYMMETRIC_ROOTS = ("04",)
SYMMETRIC_CODES = ("036", "046", "057", "060", "0871", "0841")
PAIR_PREPS = ("between", "among")
SOURCE_PREPS = ("by", "from")
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "twenty": 20,
    "hundred": 100,
}


@dataclass
class Candidate:
    """A coded predicate before it becomes an `Event`."""

    trigger: Token
    code: str
    source: list[Mention] = field(default_factory=list)
    target: list[Mention] = field(default_factory=list)
    consumed: tuple[int, ...] = ()  # token indices another pattern must not code again


def code_events(
    doc: Doc,
    article: Article,
    mentions: tuple[Mention, ...],
    patterns: PatternSet,
    codebook: Codebook,
) -> tuple[Event, ...]:
    """Return the events of an article: every coded verb and event noun with its actors."""
    index = MentionIndex(mentions)
    events: list[Event] = []
    for number, sentence in enumerate(doc.sents):
        found = [c for t in sentence if t.pos_ == "VERB" and (c := code_verb(t, patterns, index))]
        # A word a pattern used as its object ("threatened to strike") is not coded again.
        consumed = {i for candidate in found for i in candidate.consumed}
        found = [candidate for candidate in found if candidate.trigger.i not in consumed]
        for token in sentence:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed:
                if candidate := code_noun(token, patterns, index):
                    found.append(candidate)
        found = [announce(c, found, patterns) for c in found]
        for candidate in found:
            if keep(candidate):
                events.append(make_event(candidate, number, article, patterns, codebook))
    return tuple(events)


def code_verb(verb: Token, patterns: PatternSet, index: MentionIndex) -> Candidate | None:
    """Code one verb against the verb patterns and find its source and target."""
    match = match_verb(verb, patterns)
    if match is None:
        return None
    row, used = match
    subject = subject_of(verb) or stray_subject(verb, index)
    candidate = Candidate(verb, row.code, index.mentions_for([subject] if subject else []))
    heads: list[Token] = []
    if is_passive(verb):
        heads += [c for c in verb.children if c.dep_ == "nsubjpass"]
    heads += [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    if used is not None and used.pos_ == "VERB":
        # "threatened to strike X": the complement's object is the target.
        heads += [c for c in used.children if c.dep_ in ("dative", "dobj")]
    heads = [head for head in heads if used is None or head.i != used.i]
    for owner in (verb, used):
        if owner is not None:
            found = preps_of(owner)
            heads += [found[p] for p in row.preps if p in found and found[p] is not used]
    for head in heads:
        if target := index.mentions_for([head]):
            candidate.target = target
            break
    if not candidate.target and used is not None and used.pos_ in ("NOUN", "PROPN"):
        # "expelled British diplomats": the object names the target only through a modifier.
        near = index.best(used, limit=3.0)
        candidate.target = [near] if near else []
    if not candidate.target and row.code.startswith("11"):
        about = content_subject(verb, used)
        candidate.target = index.mentions_for([about] if about else [])
    if used is not None:
        candidate.consumed = (used.i,)
    return symmetric(candidate)


def code_noun(noun: Token, patterns: PatternSet, index: MentionIndex) -> Candidate | None:
    """Code one event noun against the noun patterns and find its participants."""
    row = match_noun(noun, patterns)
    if row is None:
        return None
    candidate = Candidate(noun, row.code)
    found = preps_of(noun)
    source_heads = [c for c in noun.children if c.dep_ == "poss"]
    source_heads += [found[p] for p in SOURCE_PREPS if p in found]
    source_heads += [
        c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and index.at(c)
    ]
    if not source_heads and noun.dep_ == "dobj" and supports(noun.head, patterns):
        subject = subject_of(noun.head) or stray_subject(noun.head, index)
        source_heads = [subject] if subject is not None else []
    candidate.source = index.mentions_for(source_heads)
    pairs = [found[p] for p in PAIR_PREPS if p in found]
    if pairs:
        both = index.mentions_for(pairs)
        candidate.source, candidate.target = candidate.source or both[:1], both[1:] or both
    targets = [found[p] for p in row.preps if p in found and p not in PAIR_PREPS]
    for head in targets:
        if target := index.mentions_for([head]):
            candidate.target = target
            break
    return candidate


def announce(candidate: Candidate, found: list[Candidate], patterns: PatternSet) -> Candidate:
    """Recode "X said it will do E" as X's intent to do E (or threat of E), per CAMEO 03/13.

    Only a statement whose reported clause holds a future or conditional event done by the
    speaker ("it", "they", or the same actor) counts; what others will do stays a statement.
    """
    if not candidate.code.startswith("01"):
        return candidate
    clauses = [c for c in candidate.trigger.children if c.dep_ == "ccomp"]
    inner = {t.i for clause in clauses for t in clause.subtree}
    speakers = {m.actor for m in candidate.source}
    for other in found:
        code = patterns.intents.get(other.code[:2])
        if code is None or other.trigger.i not in inner:
            continue
        own = speakers & {m.actor for m in other.source} or speaker_pronoun(other.trigger)
        if own and read_modality(other.trigger, patterns)[1] in ("future", "conditional"):
            return Candidate(candidate.trigger, code, candidate.source, other.target)
    return candidate


def speaker_pronoun(verb: Token) -> bool:
    """Return True when the doer of a verb is a pronoun ("said it would"), i.e. the speaker."""
    subject = subject_of(verb)
    return subject is not None and subject.pos_ == "PRON"


def supports(verb: Token, patterns: PatternSet) -> bool:
    """Return True when a verb only carries an event noun ("held talks", "carried out strikes")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    return lemma in patterns.support_verbs or any(
        f"{lemma} {p}" in patterns.support_verbs for p in particles
    )


def symmetric(candidate: Candidate) -> Candidate:
    """Split "A and B met" into source A and target B for mutual codes without an object."""
    mutual = candidate.code[:2] in SYMMETRIC_ROOTS or candidate.code in SYMMETRIC_CODES
    if mutual and not candidate.target and len(candidate.source) > 1:
        candidate.target = candidate.source[1:]
        candidate.source = candidate.source[:1]
    return candidate


def is_media(actor: Actor) -> bool:
    """Return True for news outlets, whose "said" is attribution rather than an event."""
    return actor.kind == "media" or "MED" in actor.sectors


def keep(candidate: Candidate) -> bool:
    """Return True when a candidate has actors enough to be an event."""
    candidate.target = [m for m in candidate.target if m not in candidate.source]
    if candidate.code.startswith("01"):
        # Statements need a speaker, and a media outlet's "said" is attribution, not an event.
        return bool(candidate.source) and not any(is_media(m.actor) for m in candidate.source)
    return bool(candidate.source or candidate.target)


def span(mentions: list[Mention]) -> tuple[int, int] | None:
    """Return the character span from the first to the last of some mentions."""
    if not mentions:
        return None
    return (min(m.start_char for m in mentions), max(m.end_char for m in mentions))


def make_event(
    candidate: Candidate, number: int, article: Article, patterns: PatternSet, codebook: Codebook
) -> Event:
    """Turn a candidate into an `Event` record with codebook fields, modality and casualties."""
    trigger = candidate.trigger
    entry = codebook.entry(candidate.code)
    negated, modality = read_modality(trigger, patterns)
    fatalities, injured = count_casualties(trigger, patterns)
    start = trigger.idx
    return Event(
        event_id=event_id(article.article_id, number, start, entry.code),
        article_id=article.article_id,
        sentence_index=number,
        sentence=trigger.sent.text,
        trigger=trigger.text,
        trigger_span=(start, start + len(trigger.text)),
        cameo=entry.code,
        cameo_root=entry.root,
        cameo_name=entry.name,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        plover_type=entry.plover_type,
        plover_mode=entry.plover_mode,
        source=tuple(m.actor for m in candidate.source),
        target=tuple(m.actor for m in candidate.target),
        source_span=span(candidate.source),
        target_span=span(candidate.target),
        negated=negated,
        modality=modality,
        fatalities=fatalities,
        injured=injured,
    )


def read_modality(trigger: Token, patterns: PatternSet) -> tuple[bool, str]:
    """Return (negated, modality) from auxiliaries, negation and governing verbs of a trigger."""
    cues = patterns.modality
    negated, modality = False, "asserted"
    word, steps = trigger, 0
    while word is not None and steps < 5:
        for child in word.children:
            dep = {"neg": "neg", "aux": "aux", "det": "det", "mark": "mark"}.get(child.dep_)
            found = cues.get((dep, child.lower_)) if dep else None
            found = found or (cues.get((dep, child.lemma_.lower())) if dep else None)
            if found == "negated" and (dep != "det" or word == trigger):
                negated = True
            elif found and modality == "asserted":
                modality = found
        if word.dep_ not in ("xcomp", "ccomp", "conj") or word.head == word:
            break
        governed = word.dep_ != "conj"
        word, steps = word.head, steps + 1
        found = cues.get(("governor", word.lemma_.lower())) if governed else None
        if found == "negated":
            negated = True
        elif found and modality == "asserted":
            modality = found
    return negated, modality


def count_casualties(trigger: Token, patterns: PatternSet) -> tuple[int | None, int | None]:
    """Return (fatalities, injured) from casualty words in the trigger's clause."""
    counts: dict[str, int] = {}
    clause = [trigger] + [
        c for c in trigger.children if c.dep_ in ("relcl", "acl", "advcl", "conj", "dobj", "attr")
    ]
    for word in clause:
        kind = patterns.casualties.get(word.lemma_.lower()) or patterns.casualties.get(word.lower_)
        if kind is None or kind in counts:
            continue
        holders = [word] + [c for c in word.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        for holder in holders:
            # "wounded 30": the numeral itself can be the object.
            parts = [holder] if holder != word else []
            parts += list(holder.children)
            number = next((n for c in parts if (n := to_number(c)) is not None), None)
            if number is not None:
                counts[kind] = number
                break
    return counts.get("fatalities"), counts.get("injured")


def to_number(token: Token) -> int | None:
    """Return the value of a numeral token ("140", "1,200", "twelve"), else None."""
    deps = ("nummod", "quantmod", "amod", "compound", "dobj", "nsubj", "nsubjpass")
    if token.dep_ not in deps or not token.like_num:
        return None
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)
