"""Modality of a trigger: negated, and asserted or planned, conditional, hypothetical, as its
auxiliaries, negation and governing verbs say (`data/events/modality.csv`); and the words of
readiness, wish, promise and consent that make an act an intent (`data/events/intent_words.csv`,
`consent_words.csv`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING
from weakref import ref

from spacy.tokens import Token

from newsevents.annotate import table_of
from newsevents.events.arguments import MentionIndex
from newsevents.events.doers import antecedent, subject_of
from newsevents.events.matching import QUESTION_WORD_TAGS, carrier, recoded
from newsevents.events.patterns import PatternSet

if TYPE_CHECKING:  # context.py builds candidates and reads this module
    from newsevents.events.context import Candidate

CUE_DEPS = ("neg", "aux", "det", "amod", "mark")  # the dependents whose words modality.csv lists
ADJECTIVE_PREPS = ("to", "for")  # "open to dialogue", "ready for talks"
# Where an imperative clause stands: on its own, or as what a speaker says or chants
IMPERATIVE_DEPS = ("ROOT", "ccomp", "parataxis")
IMPERATIVE_LEFTS = ("aux", "neg", "intj", "advmod", "discourse", "cc")  # "don't", "please", "or"
NOBODY = frozenset({"nobody", "none", "nothing", "noone"})  # a subject that is no one
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
OPENING_QUOTES = ("“", "‘", '"', "'", "«")  # a bare verb right after one opens a quoted order


def read_modality(trigger: Token, patterns: PatternSet) -> tuple[bool, str]:
    """Return (negated, modality) from auxiliaries, negation and governing verbs of a trigger.

    Several context rules and the event record ask it of one trigger: it is read once per
    parse and pattern set, and kept in the doc's table. The pattern set is held by a weak
    reference, which `Doc.copy` shares rather than copying the whole set."""
    memo = table_of(trigger.doc).memo
    key = (read_modality, trigger.i)
    found = memo.get(key)
    if found is None or found[0]() is not patterns:
        found = memo[key] = (ref(patterns), _read_modality(trigger, patterns))
    return found[1]


def _read_modality(trigger: Token, patterns: PatternSet) -> tuple[bool, str]:
    cues = patterns.modality
    negated, modality = False, "asserted"
    word, steps = trigger, 0
    while word is not None and steps < 5:
        for child in word.children:
            dep = child.dep_ if child.dep_ in CUE_DEPS else None
            if dep == "amod" and word != trigger:
                continue  # "a possible attack": of the event noun it stands on only
            found = cues.get((dep, child.lower_)) if dep else None
            found = found or (cues.get((dep, child.lemma_.lower())) if dep else None)
            if found == "negated" and (dep != "det" or word == trigger):
                negated = True
            elif found and modality == "asserted":
                modality = found
        negated = negated or halt_negation(word, patterns) is not None  # "no" hangs on "longer"
        negated = negated or (word is trigger and done_by_no_one(word))  # "no one attacked"
        # "without offering aid", "too weak to attack"
        negated, modality = _with_cue(phrase_cue(word, cues), negated, modality)
        if word is trigger and trigger.dep_ == "dobj":  # "averted a war", "foiled an attack"
            negated = negated or cues.get(("object", trigger.head.lemma_.lower())) == "negated"
        if modality == "asserted" and (is_imperative(word) or is_yes_no_question(word)):
            modality = "hypothetical"  # "Free the hostages!", "Will X attack?": asked, not done
        if word is trigger and (verb := carrier(trigger, patterns)) is not None:
            word, steps = verb, steps + 1  # "did not hold talks": the light verb's negation
            continue
        if (trip := trip_of(word, patterns)) is not None:
            word, steps = trip, steps + 1  # "will travel to X for talks": held if the trip is
            continue
        if (topic := _topic_cue(word, cues)) == "negated":  # "prevented X from storming Y"
            return True, modality
        if topic is not None:  # "talked about bombing X"
            return negated or refused_intent(trigger, patterns), topic
        if (noun := clause_noun(word)) is not None:  # "calls to release", "plans to deploy"
            lemma = noun.lemma_.lower()
            found = cues.get(("noun", lemma)) or cues.get(("governor", lemma))
            negated = negated or found == "negated"
            return negated or refused_intent(trigger, patterns), found or modality
        if word.head == word or word.dep_ not in ("xcomp", "ccomp", "conj") and not (
            _infinitive_of_cue(word, cues)
        ):
            break
        governed = word.dep_ != "conj"
        marked = clause_preps(word)  # "called for X to resign": "for" is the call's
        word, steps = word.head, steps + 1
        found = governor_cue(word, cues, marked) if governed else None
        negated, modality = _with_cue(found, negated, modality)
    return negated or refused_intent(trigger, patterns), modality


def done_by_no_one(verb: Token) -> bool:
    """Tell whether a verb's subject is no one ("No group has claimed the attack", "nobody was
    hurt", "none of them voted"): the act is denied of everyone."""
    return any(c.dep_ in SUBJECT_DEPS and (c.lower_ in NOBODY or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def _with_cue(found: str | None, negated: bool, modality: str) -> tuple[bool, str]:
    """Add a cue's reading to (negated, modality): a negation negates, and the first other cue
    read outward from the act sets its modality."""
    if found == "negated":
        return True, modality
    return negated, found if found and modality == "asserted" else modality


def phrase_cue(word: Token, cues: dict[tuple[str, str], str]) -> str | None:
    """Return the modality of the phrase a clause stands in: the gerund of a preposition
    ("without offering aid", "without meeting X"; modality.csv dep `prep`), or the "to"
    clause of an adjective of excess ("too early to congratulate X", "too weak to attack";
    dep `degree`)."""
    if word.dep_ == "pcomp":
        return cues.get(("prep", word.head.lower_))
    if word.dep_ == "xcomp" and word.head.pos_ == "ADJ":
        degrees = (cues.get(("degree", c.lower_)) for c in word.head.children if c.dep_ == "advmod")
        return next((cue for cue in degrees if cue), None)
    return None


def left_undone(trigger: Token, patterns: PatternSet) -> bool:
    """Tell whether an act is negated by the phrase it stands in ("left without meeting X",
    "won without having to form an alliance", "too weak to attack"): it was not done, which
    says nothing of a refusal to do it."""
    word = trigger
    while word.dep_ == "xcomp" and word.head.pos_ in ("VERB", "AUX"):
        word = word.head  # "without having to form": the gerund the "to" clause completes
    return phrase_cue(trigger, patterns.modality) == "negated" or (
        phrase_cue(word, patterns.modality) == "negated")


def _topic_cue(word: Token, cues: dict[tuple[str, str], str]) -> str | None:
    """Return the modality a verb read with its preposition gives the act it is about ("talked
    about using nuclear weapons", "thought of attacking"): only a row for both counts, as a
    gerund after a preposition is as often a time or a cause ("arrested after attacking X")."""
    prep = word.head
    if word.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return cues.get(("governor", f"{prep.head.lemma_.lower()} {prep.lower_}"))


def is_imperative(verb: Token) -> bool:
    """Tell whether a verb heads an imperative clause: a bare verb that opens its clause with no
    subject ("Lock her up!", "Release the prisoners, they demanded"), or a quote, however the
    parser hangs it ("reprised the chant “Lock her up!”"); "don't" and "please" may come before
    it, never "to" (an infinitive)."""
    if verb.tag_ != "VB":
        return False  # told first: most triggers are no bare verb
    # 'chanted “Lock X up!”', "Free the sailors, they chanted": opening a quote or a sentence
    start = table_of(verb.doc).sentence(verb.i)[0]  # `Token.sent` builds the sentence anew
    opens = verb.i == start or verb.doc[verb.i - 1].text in OPENING_QUOTES
    if verb.dep_ not in IMPERATIVE_DEPS and not opens:
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.lower_ == "to" for c in verb.children):
        return False
    return all(t.is_punct or t.dep_ in IMPERATIVE_LEFTS for t in verb.lefts)


def is_yes_no_question(verb: Token) -> bool:
    """Tell whether a verb heads a yes-no question ("Do you support X?", "Will Russia attack?",
    "Is the army retreating?"): an auxiliary or "be" before the subject and a question mark.
    It asks whether the act happens and asserts nothing; a question word's question ("Why did X
    attack?") takes the act as given."""
    if not any(c.dep_ == "punct" and c.text == "?" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # the parser may hang the subject on the fronted auxiliary ("Is X expelling ...?")
    subject = next((c for w in (verb, *auxiliaries) for c in w.children
                    if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    fronted = [c for c in auxiliaries if c.i < subject.i]
    fronted += [verb] if verb.lemma_ == "be" and verb.i < subject.i else []
    return bool(fronted) and not any(
        c.tag_ in QUESTION_WORD_TAGS for c in verb.children if c.i < fronted[0].i)


def _infinitive_of_cue(verb: Token, cues: dict[tuple[str, str], str]) -> bool:
    """Tell whether a "to" clause the parser read as a purpose is what its governing cue asks
    or plans ("pushed X to release", "appealed to X to release")."""
    return verb.dep_ == "advcl" and _to_of(verb) is not None and (
        governor_cue(verb.head, cues, clause_preps(verb)) is not None)


def governor_cue(
    verb: Token, cues: dict[tuple[str, str], str], marked: tuple[str, ...] = ()
) -> str | None:
    """Return the modality a governing verb gives its complement, by its lemma or, for a verb
    read with its preposition, by both: "called on X to withdraw", where "called to say" is no
    appeal; `marked` are the prepositions opening the complement ("called for X to resign")."""
    preps = [c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")] + list(marked)
    found = [cues.get(("governor", f"{verb.lemma_.lower()} {p}")) for p in preps]
    return next((f for f in found if f), None) or cues.get(("governor", verb.lemma_.lower()))


def refused_intent(trigger: Token, patterns: PatternSet) -> bool:
    """Tell whether an act is governed by a noun of intention that is denied: "has no
    intention of sending tanks", "no plans to negotiate" negate the act they govern."""
    word = intent_word(trigger, patterns)
    return word is not None and word.pos_ == "NOUN" and any(
        patterns.modality.get(("det", c.lower_)) == "negated" for c in word.children
        if c.dep_ == "det"
    )


def halt_negation(word: Token, patterns: PatternSet) -> Token | None:
    """Return the negation that, with an adverb of cessation, says an act has stopped ("no
    longer provides aid", "will not send troops anymore", "never again"; halt_adverbs.csv),
    else None. It hangs on the adverb or, as a sibling, on the verb."""
    doc, table = word.doc, table_of(word.doc)  # most words have no adverb: no Token is built
    adverbs = table.children_with(word.i, ("advmod",))
    negations = [doc[c] for c in table.children_with(word.i, ("neg",))] if adverbs else []
    for adverb in map(doc.__getitem__, adverbs):
        for negation in [*adverb.children, *negations]:
            if (negation.lower_, adverb.lower_) in patterns.halt_adverbs:
                return negation
    return None


def intend(candidate: Candidate, patterns: PatternSet, index: MentionIndex) -> Candidate:
    """Recode "X is ready to send aid" as X's intent to do it (03), or threat (13), per CAMEO:
    so too "X wants to meet Y", "X raised the possibility of suspending talks", "X is open to
    talks" (whose doer is the one who raised it, or is open)."""
    code = recoded(candidate.code, patterns.intents)
    if code is None:
        return candidate
    word = intent_word(carrier(candidate.trigger, patterns) or candidate.trigger, patterns)
    if word is None or (code[:2] != "03" and consent(word, patterns)):
        return candidate  # "agreed to send troops" commits to no threat
    source = candidate.source
    if not source and word.pos_ in ("NOUN", "ADJ") and word.head.pos_ in ("VERB", "AUX"):
        # "said it is open to dialogue": an "it" is read back to the speaker, as a verb's is
        subject = subject_of(word.head, patterns)
        source = index.mentions_for(
            [antecedent(subject, patterns, index)] if subject is not None else []
        )
    return replace(candidate, code=code, source=source)


def intent_word(word: Token, patterns: PatternSet) -> Token | None:
    """Return the word of readiness or wish an act is governed by, up a short chain of
    complements ("ready to help", "wants to meet"), a noun's "of" ("the possibility of
    suspending talks") or "to" clause ("its willingness to negotiate"), or an adjective's "to" or
    "for" ("open to dialogue", "ready for talks"), else None."""
    for _ in range(3):
        if word.dep_ in ("xcomp", "acomp") or infinitive_of_noun(word):
            word = word.head
        elif word.dep_ in ("pcomp", "pobj") and word.head.lower_ == "of":
            word = word.head.head
        elif word.dep_ == "pobj" and word.head.lower_ in ADJECTIVE_PREPS:
            word = word.head.head
            if word.pos_ != "ADJ":
                return None
        else:
            return None
        if {word.lemma_.lower(), word.lower_} & patterns.intent_words or consent(word, patterns):
            return word
    return None


def trip_of(word: Token, patterns: PatternSet) -> Token | None:
    """Return the trip an event noun is the purpose of ("will fly to X for talks"), whose
    negation and modality are the event's: a trip of purpose_verbs.csv, else None."""
    if word.dep_ != "pobj" or word.head.lower_ != "for" or word.pos_ != "NOUN":
        return None
    verb = word.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in patterns.purposes else None


def clause_noun(word: Token) -> Token | None:
    """Return the noun whose "to" clause a verb is ("plans to deploy"), or whose "for" phrase an
    event noun is ("calls for the release", "a warrant for the arrest"), else None. The parser
    often hangs a "to" clause on the noun's verb, as if it told the verb's purpose ("rejected
    calls to release the hostages"): a clause right after the verb's object is the object's."""
    if infinitive_of_noun(word):
        return word.head if word.head.pos_ == "NOUN" else None
    if word.dep_ == "pobj" and word.head.lower_ == "for" and word.head.head.pos_ == "NOUN":
        return word.head.head
    to = _to_of(word)
    if to is None or word.dep_ != "advcl":
        return None
    # ... or right after a noun in a phrase of the verb ("expelled them over their call to ...")
    objects = [c for c in word.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    objects += [c for p in word.head.children if p.dep_ == "prep"
                for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return next((o for o in objects if o.right_edge.i + 1 == to.i), None)


def infinitive_of_noun(word: Token) -> bool:
    """Tell whether a verb is a noun's "to" clause ("its willingness to negotiate"); a "that"
    clause ("his wish that Y would help") is another's act."""
    # the parser labels some "relcl" ("rejected calls to release X")
    return word.dep_ in ("acl", "relcl") and _to_of(word) is not None


def clause_preps(verb: Token) -> tuple[str, ...]:
    """Return the preposition that opens a "to" clause as its subordinator: "for" in "called
    for X to resign", which the parser hangs on the clause, not on "called"."""
    if _to_of(verb) is None:
        return ()
    return tuple(c.lower_ for c in verb.children if c.dep_ == "mark" and c.tag_ == "IN")


def _to_of(verb: Token) -> Token | None:
    """Return the "to" that marks a verb as an infinitive, else None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def consent(word: Token, patterns: PatternSet) -> bool:
    """Tell whether a word consents to an act ("agreed to lift"): consent_words.csv."""
    return word.lemma_.lower() in patterns.consent_words


def promised(found: list[Candidate], patterns: PatternSet) -> list[Candidate]:
    """Drop the promise or wish (030 "vowed", 013 "hoped") whose act `intend` recoded as what
    is intended: "X vowed to retaliate" is X's threat (138), not a promise beside it; CAMEO
    codes the intent by its act. A noun of intention hands this to the verb that voices it:
    "X expressed its readiness to mediate" is X's intent to mediate (039), not 030 beside it."""
    words = [word for c in found if c.code[:2] in ("03", "13")
             and (word := intent_word(carrier(c.trigger, patterns) or c.trigger, patterns))]
    governors = {word.i for word in words}
    governors |= {word.head.i for word in words if word.pos_ == "NOUN" and word.dep_ == "dobj"}
    return [c for c in found if c.trigger.i not in governors]
