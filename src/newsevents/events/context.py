"""Recode candidate events by their context: stated intents, reported events and refusals.

CAMEO codes what a statement reports rather than the act of stating it, a speaker's announced
future act as intent (03) or threat (13), and a refused cooperative act as a rejection (12).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from newsevents.attribution.spans import find_quotes
from newsevents.events.arguments import ARMED_SECTORS, MentionIndex, state_of_place
from newsevents.events.doers import agent_of, subject_of
from newsevents.events.matching import (
    FORCE_ROOTS,
    carrier,
    halts,
    headline_subject,
    is_headline,
    object_keys,
    phrase_keys,
    preps_of,
    recoded,
)
from newsevents.events.modality import (
    halt_negation,
    intend,
    intent_word,
    left_undone,
    promised,
    read_modality,
)
from newsevents.events.patterns import (
    NAMED_OBJECTS,
    NO_EVENT,
    PERSONAL_PRONOUNS,
    PatternSet,
    root_reading,
)
from newsevents.records import Actor, Mention

PERSON = NAMED_OBJECTS["PERSON"]  # the doer class of a named person (doers.csv)
THIRD_PERSON = frozenset({"he", "she", "they"})  # a quoted "it" may be the speaker's state
# Prepositions before an event noun that make it the occasion of the clause's act
OCCASION_PREPS = frozenset({"at", "during"})
# Dependencies through which a statement carries its content: "said (that) X did",
# "announced the suspension of", "declared to be ready to".
CONTENT_DEPS = ("ccomp", "dobj", "xcomp")
CHAIN_DEPS = ("xcomp", "acomp", "conj", "prep", "pobj", "acl")
# A warning (pessimistic comment 012, disapproval 110) that announces the speaker's own hostile
# act ("warned X that it would close the border") is a threat (CAMEO 13), as a statement is.
WARNINGS = ("012", "110")
# Acts done to someone (coercion, assault, fighting, mass violence): a headline's bare past form
# of one ("Journalist detained in X") is a passive even where the tagger reads a finite verb.
DONE_TO_ROOTS = ("17", "18", "19", "20")
# Appeals and demands: "called on X to apologise" asks X to act, where "phoned X to apologise"
# is the caller's own act, so only a call that is no appeal is made for a purpose.
APPEALS = ("02", "10")
CONSULT_ROOT = "04"  # meetings, visits and calls: a discussion they are held for is theirs


@dataclass
class Candidate:
    """A coded predicate before it becomes an `Event`."""

    trigger: Token
    code: str
    source: list[Mention] = field(default_factory=list)
    target: list[Mention] = field(default_factory=list)
    consumed: tuple[int, ...] = ()  # token indices another pattern must not code again
    # recoded from a negated act ("will not lift", "no longer provides"): the refusal (12) or
    # halt (16, 08) the code now names is itself asserted
    refusal: bool = False
    probability: float | None = None  # set when the learned model, not a pattern, coded it
    announced: bool = False  # an act a statement announces: the intent (03/13) leads, not it
    # the word whose place in the sentence the event takes, when not its trigger's: a statement
    # noun's, for the participle that says what it says ("a statement condemning X")
    clause: Token | None = None
    # the thing a slot of the event's pattern names when no actor is its target: "expressed
    # concern over the decision" is about the decision, as annotators of arguments mark it
    about: Token | None = None
    # the role its pattern's "as" phrase gives the doer ("resigned as head of X"): the doer's
    # own, no part of the target's phrase
    roles: tuple[int, ...] = ()

    @property
    def place(self) -> Token:
        """Return the word that ranks the event among the sentence's events."""
        return self.clause if self.clause is not None else self.trigger


def recode(found: list[Candidate], patterns: PatternSet, index: MentionIndex) -> list[Candidate]:
    """Apply the context rules to the candidates of one sentence, in order."""
    found = [headline(candidate, patterns, index) for candidate in found]
    found = [governed(candidate, patterns, index) for candidate in found]
    found = [c for c in (by_doer(c, patterns, index) for c in found) if c is not None]
    found = [c for c in (words_of_force(c, patterns) for c in found) if c is not None]
    found = commanded(found, patterns, index)
    found = [halted(candidate, found, patterns) for candidate in found]
    found = [permit(candidate, found, patterns, index) for candidate in found]
    found = [judge(candidate, patterns, index) for candidate in found]
    found = [demand(candidate, patterns, index) for candidate in found]
    found = [rally(candidate, found, patterns) for candidate in found]
    found = [announce(candidate, found, patterns) for candidate in found]
    found = [claim(candidate, found, patterns) for candidate in found]
    found = promised([intend(candidate, patterns, index) for candidate in found], patterns)
    found = talked_over(for_purpose(found, patterns))
    found = refused_acts([refuse(c, found, patterns) for c in found], patterns)
    found = [candidate for candidate in found if not standing(candidate, patterns)]
    asserted = [c for c in found if c.refusal or not read_modality(c.trigger, patterns)[0]]
    for statement in [c for c in found if c.code == "010"]:
        inner = content_of(statement.trigger)
        if any(inside(c, inner, patterns) and reports(c, statement, patterns) for c in asserted):
            found = [
                give_way(c, statement, patterns) if inside(c, inner, patterns) else c
                for c in found
                if c.trigger.i != statement.trigger.i
            ]
    return found


def standing(candidate: Candidate, patterns: PatternSet) -> bool:
    """Tell whether an event noun names a lasting state no verb carries ("the war in X",
    "the two sides in the war"; standing_nouns.csv): the story's setting, not an act in it."""
    trigger = candidate.trigger
    return (trigger.pos_ == "NOUN" and trigger.lemma_.lower() in patterns.standing_nouns
            and carrier(trigger, patterns) is None)


def headline(candidate: Candidate, patterns: PatternSet, index: MentionIndex) -> Candidate:
    """Turn round a headline's bare participle ("X attacked by Y", "Soldiers killed in ambush"):
    its subject is acted on, and only its "by" phrase names the doer, or for a root done by a
    state's authorities (place_roots.csv, "state"), the state of the place it happened in."""
    trigger = candidate.trigger
    subject = headline_subject(trigger) if trigger.pos_ == "VERB" else None
    if subject is None:
        return candidate
    agent = agent_of(trigger)
    # "Troops withdrew from X" is active, and so is a sentence's past form the tagger took for
    # a participle ("Thousands of students protested in X."): only a headline drops "was".
    finite = trigger.tag_ == "VBD" or not is_headline(trigger)
    if finite and agent is None and candidate.code[:2] not in DONE_TO_ROOTS:
        return candidate
    target = index.mentions_for([subject])
    if not target:
        return candidate
    if agent is not None:
        source = index.mentions_for([agent])
    elif root_reading(patterns.doer_roots, candidate.code) == "state":
        source = state_of_place(trigger, index)  # "Journalist detained in X": X's authorities
    else:
        source = []
    return replace(candidate, source=source, target=target)


def governed(candidate: Candidate, patterns: PatternSet, index: MentionIndex) -> Candidate:
    """Give an event with no doer in the bare complement of a verb like "let" the subject of
    that verb (complement_verbs.csv): "Chile let free the activists" is Chile freeing them."""
    trigger, governor = candidate.trigger, candidate.trigger.head
    if candidate.source or trigger.dep_ not in ("ccomp", "xcomp") or trigger.pos_ != "VERB":
        return candidate
    if governor.lemma_.lower() not in patterns.complement_verbs:
        return candidate
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in trigger.children):
        return candidate  # "let the rebels free them": the rebels do it
    subject = subject_of(governor, patterns)
    return replace(candidate, source=index.mentions_for([subject] if subject else []))


def commanded(
    found: list[Candidate], patterns: PatternSet, index: MentionIndex
) -> list[Candidate]:
    """Give an act a commander orders its own forces to do, or orders done, to the commander
    (command_verbs.csv): "X ordered the army to shell Y", "X ordered the arrest of Y" are X's
    acts through its forces, as CAMEO codes them, and the order is no demand (100) of them. The
    command verb becomes the trigger, so its negation and modality ("did not order", "will
    order") are the act's."""
    orders: set[int] = set()
    recoded: list[tuple[Candidate, bool]] = []
    for candidate in found:
        command = command_of(candidate, patterns, index)
        if command is None:
            recoded.append((candidate, False))
            continue
        governor, commander, forces = command
        orders.add(governor.i)
        # "ordered air strikes on X": the parser may hang X on the order, which found it
        order = next((c for c in found if c.trigger.i == governor.i), None)
        targets = candidate.target or (order.target if order is not None else [])
        target = [m for m in targets if m not in commander and m not in forces]
        consumed = (*candidate.consumed, candidate.trigger.i)
        recoded.append((replace(candidate, trigger=governor, source=commander, target=target,
                                consumed=consumed), True))
    return [c for c, ordered in recoded if ordered or c.trigger.i not in orders]


def command_of(
    candidate: Candidate, patterns: PatternSet, index: MentionIndex
) -> tuple[Token, list[Mention], list[Mention]] | None:
    """Return the command verb governing a candidate's act, the commander's mentions and the
    forces' mentions, when the act is the commander's: its forces are the verb's object and the
    act its "to" clause, or the act's noun is the verb's object with no doer of its own."""
    verb = anchor(candidate, patterns)
    governor = verb.head
    kinds = patterns.command_verbs.get(governor.lemma_.lower())
    if kinds is None or governor.pos_ != "VERB" or governor.i == verb.i:
        return None
    if verb.pos_ == "VERB" and to_clause(verb):
        force = next((c for c in governor.children if c.dep_ == "dobj"), None)
        if force is None or not object_keys(force, patterns) & kinds:
            return None  # "ordered Israel to withdraw": a demand of another
        forces = index.mentions_for([force])
    elif verb.dep_ == "dobj" and verb.i == candidate.trigger.i and verb.pos_ == "NOUN":
        forces = []  # "ordered the arrest of X"
    else:
        return None
    subject = subject_of(governor, patterns)
    commander = index.mentions_for([subject] if subject is not None else [])
    if not commander or serves_another(forces, commander):
        return None
    if any(m not in forces and m not in commander for m in candidate.source):
        return None  # the act names a doer of its own
    return governor, commander, forces


def to_clause(verb: Token) -> bool:
    """Tell whether a verb heads a "to" clause of the verb it hangs on: an xcomp, or the advcl
    the parser sometimes makes of it ("will order the army to attack")."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def serves_another(forces: list[Mention], commander: list[Mention]) -> bool:
    """Tell whether forces named with a state of their own serve another than the commander
    ("X ordered the Ukrainian army to withdraw" asks another's army); a country the article
    lent them ("the army") says nothing of whose they are."""
    theirs = {m.actor.country for m in forces
              if m.actor.country and not m.actor.basis.startswith("article")}
    ours = {m.actor.country for m in commander if m.actor.country}
    return bool(theirs and ours and not theirs & ours)


def permit(
    candidate: Candidate, found: list[Candidate], patterns: PatternSet, index: MentionIndex
) -> Candidate:
    """Recode an act in the complement of a permission verb as the permitter's concession
    (permissions.csv): "Sudan allowed the UN to deliver food" is Sudan allowing aid (0863), with
    the one permitted as target; the permission verb becomes the trigger, so its negation and
    modality ("will not allow") are read, and a refusal coded, as for any act."""
    verb = anchor(candidate, patterns)  # "allowed them to hold protests": the light verb
    governor = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or verb.pos_ != "VERB":
        return candidate
    if governor.lemma_.lower() not in patterns.permission_verbs:
        return candidate
    if any(other.trigger.i == governor.i for other in found):
        return candidate  # the permission verb coded an event of its own ("allowed aid")
    code = recoded(candidate.code, patterns.permissions)
    subject = subject_of(governor, patterns)
    if code is None or subject is None:
        return candidate
    source = index.mentions_for([subject])
    if not source and subject.pos_ != "PRON":
        return candidate  # a pronoun ("said it would allow") is resolved by the statement
    target = [m for m in candidate.source or candidate.target if m not in source]
    consumed = (*candidate.consumed, candidate.trigger.i)
    return replace(candidate, trigger=governor, code=code, source=source, target=target,
                   consumed=consumed)


def halted(candidate: Candidate, found: list[Candidate], patterns: PatternSet) -> Candidate:
    """Recode an act in the complement of a halt verb as its halting (halts.csv), as a halted
    event noun is: "stopped providing aid" cuts aid (162), "ceased firing" de-escalates (087);
    so is an act negated with an adverb of cessation ("no longer provides aid")."""
    if halt_negation(anchor(candidate, patterns), patterns) is not None:
        code = recoded(candidate.code, patterns.halts)
        return replace(candidate, code=code, refusal=True) if code else candidate
    verb, governor = candidate.trigger, candidate.trigger.head
    if verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "pcomp") or governor.pos_ != "VERB":
        return candidate
    if any(other.trigger.i == governor.i for other in found):
        return candidate  # the halt verb coded an event of its own
    if not halts(governor, candidate.code, patterns):
        return candidate
    code = recoded(candidate.code, patterns.halts)
    return replace(candidate, code=code) if code else candidate


def by_doer(candidate: Candidate, patterns: PatternSet, index: MentionIndex) -> Candidate | None:
    """Recode an event by the kind of its doer (doers.csv): teachers striking strike as labour
    (143), not as an armed force; peacekeepers arriving deploy (074) rather than visit; farmers
    who "protested" demonstrated (141), where a government complains officially (114). A row
    recoding to "-" makes the event none at all (a politician's rally is no demonstration)."""
    rows = patterns.doers.get(candidate.code)
    if not rows:
        return candidate
    words = doer_words(candidate.trigger, patterns)
    keys: set[str] = set()
    for word in words:
        keys |= object_keys(word, patterns)
    if all(word.pos_ == "PRON" for word in words):
        # "the navy said it has pulled out": the pronoun is of the kind of the actor it names
        names = {m.actor.name.lower() for m in candidate.source}
        names |= {name.rsplit(None, 1)[-1] for name in names if name}
        keys = keys.union(*(patterns.object_classes.get(name, ()) for name in names))
    # "(person)" is a named person or one a personal pronoun stands for ("a Trump rally", "his
    # rallies"), not a people ("Kenyans")
    keys.discard(PERSON)
    if any(w.lower_ in PERSONAL_PRONOUNS or is_person(index.at(w)) for w in words):
        keys.add(PERSON)
    lemma = candidate.trigger.lemma_.lower()
    code = next((recoded for doer, trigger, recoded in rows
                 if doer in keys and trigger in ("", lemma)), None)
    if code == NO_EVENT:
        return None
    return replace(candidate, code=code) if code else candidate


def words_of_force(candidate: Candidate, patterns: PatternSet) -> Candidate | None:
    """Recode force between people of public life as the criticism it is (verbal_force.csv):
    "Trump attacked Romney", "Romney's attacks on Trump", "Democrats attacked Republicans"
    (111), or as the contest that is no event ("Clinton's battle with Sanders"). Every side
    must be a person or a party, none armed, one at least of a speaking sector: a state, an
    armed force, or one stranger attacking another keeps its code. A senator's attack with no
    target named ("pressed her attack that ...") is words as well."""
    # the act noun a light verb's row used counts as the trigger: "launched an attack on X"
    words = [candidate.trigger, *(candidate.trigger.doc[i] for i in candidate.consumed)]
    code = next((c for w in words if (c := patterns.verbal_force.get(w.lemma_.lower()))), None)
    if code is None or candidate.code[:2] not in FORCE_ROOTS:
        return candidate
    if not candidate.source:  # "Senator X pressed his attack" has words for a target
        return candidate
    sides = [m.actor for m in (*candidate.source, *candidate.target)]
    speaking = [bool(patterns.speaking_sectors & set(a.sectors)) for a in sides]
    unarmed = all(is_unarmed_person(a) or a.kind == "group" and speaks
                  for a, speaks in zip(sides, speaking, strict=True))
    if not (unarmed and any(speaking)):
        return candidate
    return None if code == NO_EVENT else replace(candidate, code=code)


def interviewed(candidate: Candidate) -> Candidate:
    """Recode talks with a media outlet as a statement: "spoke to Fox News", "met with the BBC"
    give an interview, no consultation, as "spoke to reporters" does (verbs.csv). Read once
    the targets are final."""
    if candidate.code[:2] != "04" or not candidate.target:
        return candidate
    media = all(is_media(m.actor) for m in candidate.target)
    return replace(candidate, code="010") if media else candidate


def is_unarmed_person(actor: Actor) -> bool:
    """Tell whether an actor is a person of no armed force's sector."""
    return actor.kind == "person" and not ARMED_SECTORS & set(actor.sectors)


def is_person(mention: Mention | None) -> bool:
    """Tell whether a mention names a person."""
    return mention is not None and mention.actor.kind == "person"


def doer_words(trigger: Token, patterns: PatternSet) -> list[Token]:
    """Return the words naming who does an event: a verb's subject, or an event noun's
    possessor, noun modifier, "by" phrase, light verb's subject or the subject of the clause it
    is the occasion of (with the words conjoined to them)."""
    if trigger.pos_ in ("VERB", "AUX"):
        subject = subject_of(trigger, patterns)
        words = [subject] if subject is not None else []
    else:
        words = [c for c in trigger.lefts if c.dep_ in ("poss", "compound")]
        words += [by] if (by := preps_of(trigger).get("by")) is not None else []
        # "doctors staged a strike": the subject of a light verb does what its noun names, and
        # "X spoke at a rally": the one who acts at an occasion holds it
        verb = carrier(trigger, patterns) or occasion_of(trigger)
        subject = subject_of(verb, patterns) if verb is not None else None
        words += [subject] if subject is not None and subject != trigger else []
    return words + [conj for word in words for conj in word.conjuncts]


def occasion_of(noun: Token) -> Token | None:
    """Return the verb whose occasion an event noun names ("promised at a rally", "spoke
    during the march"), if any."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in OCCASION_PREPS:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def judge(candidate: Candidate, patterns: PatternSet, index: MentionIndex) -> Candidate:
    """Recode a statement that passes judgement as what the judgement is (judgements.csv): "X
    said the raid was illegal", "X called the visit a provocation" criticize (CAMEO 111); "X
    called the medics heroes" praises (051). A verb that gives its object a complement names it,
    whatever its own pattern: "called the election a fraud" calls no election."""
    pairs = judged(candidate.trigger)
    if candidate.code not in ("010", "041") and not any(naming for *_, naming in pairs):
        return candidate
    for word, thing, _ in pairs:
        # An adjective judges as its noun does: "a stupid decision", "a courageous step".
        keys = phrase_keys(word) | {c.lemma_.lower() for c in word.children if c.dep_ == "amod"}
        code = next((patterns.judgements[k] for k in keys if k in patterns.judgements), None)
        if code is None:
            continue
        target = index.mentions_for([thing]) if thing is not None else []
        near = index.best(thing, limit=3.0) if thing is not None and not target else None
        return replace(candidate, code=code, target=target or ([near] if near else []))
    if candidate.code == "041" and any(naming for *_, naming in pairs):
        return replace(candidate, code="010")  # "called Sweden a partner" rings no one
    return candidate


def judged(trigger: Token) -> list[tuple[Token, Token | None, bool]]:
    """Return (judgement, thing judged, named) triples of a statement: the complement of an
    asserted "X was Y" it reports, or the complement it gives its object ("called X a
    provocation": named, so whatever the verb's own pattern). The parser may hang that
    complement on the object as an apposition ("called the envoy a stupid man"); as "called
    Macron, the French president," has one too, it counts only for a statement or a call."""
    pairs: list[tuple[Token, Token | None, bool]] = []
    thing = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    for clause in trigger.children:
        if clause.dep_ == "ccomp" and clause.lemma_ == "be":
            if any(c.dep_ == "neg" for c in clause.children):
                continue  # "said it was not illegal"
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            pairs += [(c, subject, False) for c in clause.children if c.dep_ in ("attr", "acomp")]
        elif clause.dep_ == "oprd":
            pairs.append((clause, thing, True))
    if thing is not None:
        pairs += [(c, thing, False) for c in thing.children if c.dep_ == "appos"]
    return pairs


def demand(candidate: Candidate, patterns: PatternSet, index: MentionIndex) -> Candidate:
    """Recode "X said Y must do E" as X demanding of Y (CAMEO 10): an obligation laid on another."""
    if candidate.code != "010":
        return candidate
    for clause in candidate.trigger.children:
        if clause.dep_ != "ccomp":
            continue
        cues = [patterns.obligations.get(c.lower_) for c in clause.children if c.dep_ == "aux"]
        code = next((cue for cue in cues if cue), None)
        subject = subject_of(clause, patterns)
        if code is None or subject is None or subject.pos_ == "PRON":
            continue  # "we must" binds the speaker: a statement, not a demand
        return replace(candidate, code=code, target=index.mentions_for([subject]))
    return candidate


def rally(candidate: Candidate, found: list[Candidate], patterns: PatternSet) -> Candidate:
    """Recode an appeal to others to do an act that appeals.csv names, as CAMEO codes it:
    "urged workers to protest against X" rallies opposition against X (113), aimed at what the
    protest is against, else at those it calls on."""
    if not candidate.code.startswith("02"):
        return candidate
    for other in found:
        code = recoded(other.code, patterns.appeals)
        if code is None or not appealed_for(other.trigger, candidate.trigger):
            continue
        if not read_modality(other.trigger, patterns)[0]:  # "urged them not to march" is no rally
            return replace(candidate, code=code, target=other.target or candidate.target)
    return candidate


def appealed_for(act: Token, appeal: Token) -> bool:
    """Tell whether an act is what an appeal asks for: the appeal's "to" clause ("urged X to
    protest", "called for X to protest"), an object of that clause's verb ("called on X to join
    a march", "to join thousands at a rally"), or the appeal's "for" phrase ("called for
    protests")."""
    if act.dep_ == "pobj" and act.head.head == appeal:
        return act.head.lower_ == "for"
    word = act
    if act.dep_ == "dobj":
        word = act.head
    elif act.dep_ == "pobj" and act.head.head.pos_ == "VERB":
        word = act.head.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    return word.head == appeal and word.dep_ in ("xcomp", "advcl") and infinitive


def announce(candidate: Candidate, found: list[Candidate], patterns: PatternSet) -> Candidate:
    """Recode "X said it will do E" as X's intent to do E (or threat of E), per CAMEO 03/13;
    "X warned it will do E" only as a threat.

    Only a statement whose reported clause holds a future or conditional event done by the
    speaker ("it", "they", or the same actor) counts; what others will do is their event.
    """
    warning = candidate.code in WARNINGS
    if not (candidate.code.startswith("01") or warning):
        return candidate
    inner = content_of(candidate.trigger)
    speakers = {m.actor for m in candidate.source}
    for other in found:
        code = recoded(other.code, patterns.intents)
        if code is None or not inside(other, inner, patterns) or (warning and code[:2] != "13"):
            continue
        word = anchor(other, patterns)
        own = speakers & {m.actor for m in other.source} or speaker_own(word, patterns)
        own = own or speaks_for(candidate.source, other.source)
        own = own or own_side(candidate.source, other.source)
        negated, modality = read_modality(other.trigger, patterns)
        negated = negated and not other.refusal  # "said it would no longer": a threat to halt
        if own and not negated and modality in ("future", "conditional"):
            other.announced = True  # "X will send tanks, its minister said": the intent leads
            return replace(candidate, code=code, target=other.target)
    return candidate


def speaks_for(speakers: list[Mention], doers: list[Mention]) -> bool:
    """Return True when a state's official announces what the state will do: "a South African
    admiral said South Africa would send help" is the state's intent, as "said it would" is."""
    official = {m.actor.country for m in speakers
                if m.actor.country and {"GOV", "MIL"} & set(m.actor.sectors)}
    return any(m.actor.kind == "state" and m.actor.country in official for m in doers)


def own_side(speakers: list[Mention], doers: list[Mention]) -> bool:
    """Return True when a state or its government announces what its own forces will do: "Russia
    said the army will attack X" is Russia's threat, as "said it will" is. The forces are named
    bare ("the army", "troops", "Russian police"), not as an actor of their own."""
    states = {m.actor.country for m in speakers
              if m.actor.country and (m.actor.kind == "state" or "GOV" in m.actor.sectors)}
    return any(m.actor.kind == "agent" and m.actor.country in states
               and {"MIL", "COP"} & set(m.actor.sectors) for m in doers)


def claim(candidate: Candidate, found: list[Candidate], patterns: PatternSet) -> Candidate:
    """Recode "X claimed (that) it attacked Y" as X claiming responsibility (CAMEO 015)."""
    if candidate.code != "010" or candidate.trigger.lemma_.lower() not in patterns.claim_verbs:
        return candidate
    inner = content_of(candidate.trigger)
    speakers = {m.actor for m in candidate.source}
    for other in found:
        if other.trigger.i in inner and other.trigger.pos_ == "VERB":
            own = speakers & {m.actor for m in other.source}
            own = own or speaker_own(other.trigger, patterns)
            if own and read_modality(other.trigger, patterns) == (False, "asserted"):
                return replace(candidate, code="015", target=other.target)
    return candidate


def talked_over(found: list[Candidate]) -> list[Candidate]:
    """Drop a discussion a meeting is held for ("met X to discuss the border", "flew to Y for
    talks to discuss trade"): what the meeting carries is no statement of its own (010)."""
    meetings = {c.trigger.i for c in found if c.code.startswith(CONSULT_ROOT)}
    return [c for c in found if not (
        c.code == "010" and c.trigger.dep_ in ("xcomp", "advcl")
        and c.trigger.head.i in meetings)]


def for_purpose(found: list[Candidate], patterns: PatternSet) -> list[Candidate]:
    """Drop a trip (a visit, troops arriving) or a call made for an act of aid, cooperation or
    comment (purpose_verbs.csv): its purpose ("arrived to deliver aid", "phoned X to congratulate
    him") is the event, done by the travellers or the caller, to the one called if no other."""
    trips = {c.trigger.i: c for c in found if c.trigger.lemma_.lower() in patterns.purposes
             and c.code[:2] not in APPEALS}
    dropped: set[int] = set()
    for act in found:
        word = act.trigger
        while word.dep_ in ("xcomp", "advcl") and word.head.i not in trips and word.head != word:
            word = word.head  # "arrived to help deliver aid": up to the trip
        trip = trips.get(word.head.i) if word.dep_ in ("xcomp", "advcl") else None
        if trip and act.code.startswith(patterns.purposes[trip.trigger.lemma_.lower()]):
            dropped.add(trip.trigger.i)
            # "called X to express condolences": the parser lets X control the clause, but
            # the one who called is the one who speaks in the call.
            own = any(c.dep_ in ("nsubj", "nsubjpass") for c in act.trigger.children)
            act.source = act.source if own and act.source else list(trip.source)
            act.target = act.target or [m for m in trip.target if m not in act.source]
    return [c for c in found if c.trigger.i not in dropped]


def refuse(candidate: Candidate, found: list[Candidate], patterns: PatternSet) -> Candidate:
    """Recode a negated cooperative act ("will not lift the embargo") as its CAMEO 12 refusal."""
    negated, _ = read_modality(candidate.trigger, patterns)
    if not negated or candidate.refusal:
        return candidate  # "no longer provides aid" was coded as its halt
    if is_denied(candidate.trigger, found) or left_undone(candidate.trigger, patterns):
        return candidate  # "denied supplying drones", "without meeting X": not done, not refused
    code = recoded(candidate.code, patterns.refusals)
    return replace(candidate, code=code, refusal=True) if code else candidate


def refused_acts(found: list[Candidate], patterns: PatternSet) -> list[Candidate]:
    """Drop the verb of refusing (modality.csv: "refuse", "decline") whose complement was coded
    as the refusal it is: "X refused to supply drones" is one act, the refusal of military aid
    (1222), not also a bare 120; "declined to extradite" is no comment declined (011)."""
    refused = {c.trigger.head.i: c for c in found if c.refusal and c.trigger.dep_ == "xcomp"}
    cues = patterns.modality
    kept = []
    for candidate in found:
        act = refused.get(candidate.trigger.i)
        if act is None or cues.get(("governor", candidate.trigger.lemma_.lower())) != "negated":
            kept.append(candidate)
        elif not act.target:  # the one the refusing verb names, when the act names none
            act.target = candidate.target
    return kept


def is_denied(trigger: Token, found: list[Candidate]) -> bool:
    """Tell whether an act is what a denial coded in its sentence (CAMEO 016) says did not
    happen: "X denied supplying drones", "X denied that its troops had fired"."""
    denials = {other.trigger.i for other in found if other.code.startswith("016")}
    word = trigger
    while word.dep_ in CONTENT_DEPS and word.head != word:
        word = word.head
        if word.i in denials:
            return True
    return False


def reports(reported: Candidate, statement: Candidate, patterns: PatternSet) -> bool:
    """Return True when a statement is coded as the act it reports, as CAMEO coders do.

    That is the speaker's own act, or another named actor's act stated as done or refused
    ("X said Y will not lift the ban"); Y's act only predicted ("X said Y will attack")
    stays X's statement.
    """
    if is_own(reported, statement, patterns):
        return True
    done = reported.refusal or read_modality(reported.trigger, patterns)[1] == "asserted"
    return bool(reported.source) and (done or intent_stated(reported, patterns))


def intent_stated(candidate: Candidate, patterns: PatternSet) -> bool:
    """Return True for an intent (03/13) whose word of consent or readiness is itself asserted:
    in "X said Y had agreed to hold talks" the talks are to come, but Y's agreeing is done."""
    if candidate.code[:2] not in ("03", "13"):
        return False
    word = intent_word(carrier(candidate.trigger, patterns) or candidate.trigger, patterns)
    return word is not None and read_modality(word, patterns) == (False, "asserted")


def is_own(reported: Candidate, statement: Candidate, patterns: PatternSet) -> bool:
    """Return True when a reported act is the speaker's: "it"/"we", "its government" or the
    same actor.

    An act with no doer is not the speaker's: "Macron said the attack was planned abroad"
    does not make Macron the attacker.
    """
    speakers = {m.actor for m in statement.source}
    doers = {m.actor for m in reported.source}
    return bool(speakers & doers) or speaker_own(anchor(reported, patterns), patterns)


def give_way(reported: Candidate, statement: Candidate, patterns: PatternSet) -> Candidate:
    """Return a reported act of the speaker's with the speaker as its doer.

    "X said it will not lift the embargo" is X's refusal, so the plain statement gives way to
    the act it reports (CAMEO codes the act; the attribution stage records that it was said).
    What X says of another actor stays X's statement, beside the other's event. On ConfliBERT
    train, handing over only the speaker's own acts scores as well as handing over all.
    """
    if reported.trigger.dep_ == "acl" and reported.trigger.head == statement.trigger:
        # "issued a statement condemning X": the condemning stands where the statement stood
        reported = replace(reported, clause=statement.trigger)
    speakers = statement.source
    if any(is_media(m.actor) for m in speakers):
        return reported  # "it" in a news agency's report is rarely the agency
    if speakers and speaker_own(anchor(reported, patterns), patterns):
        return replace(reported, source=speakers)
    return reported


def is_media(actor: Actor) -> bool:
    """Return True for news outlets, whose "said" is attribution rather than an event."""
    return actor.kind == "media" or "MED" in actor.sectors


def content_of(trigger: Token) -> set[int]:
    """Return the token indices of the words that can head what a statement says.

    The content is the statement's clause or object and what is chained to it ("said it is
    ready to help", "said it would meet and sign"), or a statement noun's participle ("a
    statement condemning the raid"), not a clause under a further attitude
    ("said they hoped X would"), which does not assert the event.
    """
    heads = [c for c in trigger.children if c.dep_ in CONTENT_DEPS]
    # "issued a statement condemning X": a statement noun's participle is what it says (itself
    # only: in "a statement urging X to comply", X's complying is not said to be done)
    found = {c.i for c in trigger.children if c.dep_ == "acl" and trigger.pos_ == "NOUN"}
    while heads:
        word = heads.pop()
        if word.i not in found:
            found.add(word.i)
            heads.extend(c for c in word.children if c.dep_ in CHAIN_DEPS or said_by(c, word))
    return found


def said_by(clause: Token, word: Token) -> bool:
    """Return True when a clause is what an adjective of saying makes known: "made clear it
    would not", "made it known that it would" (the parser hangs the "that" clause on the
    adjective as ccomp or advcl)."""
    if word.pos_ != "ADJ" or clause.dep_ not in ("ccomp", "advcl"):
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return clause.dep_ == "ccomp" or marks in ([], ["that"])  # not "because", "until", "if"


def speaker_own(word: Token, patterns: PatternSet) -> bool:
    """Return True when the doer of an event word is the speaker: a pronoun ("said it would"),
    the speaker's side named with a possessive pronoun ("said its forces would"), or, for a word
    with no subject, a pronoun possessing it or the noun it completes ("declared its support",
    "reiterated its commitment to help")."""
    subject = subject_of(word, patterns) if word.pos_ in ("VERB", "AUX") else None
    if subject is None:
        owner = word.head if word.dep_ == "acl" and word.pos_ == "VERB" else word
        return owner.pos_ == "NOUN" and pronoun_possessor(owner)
    if subject.pos_ == "PRON":
        # "said he would resign" is the speaker's; in a quote the speaker is "I" or "we", and
        # '"He should step down," X said' tells of another
        return not (subject.lower_ in THIRD_PERSON and is_quoted(subject))
    return pronoun_possessor(subject) and subject.lemma_.lower() in patterns.own_nouns


def is_quoted(word: Token) -> bool:
    """Tell whether a word stands inside a quotation of its sentence (attribution's
    `find_quotes`, read over the sentence alone)."""
    sentence = word.sent
    at = word.idx - sentence.start_char
    return any(start <= at < end for start, end in find_quotes(sentence.text))


def pronoun_possessor(noun: Token) -> bool:
    """Return True when a noun has a possessive pronoun ("its", "their")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def inside(candidate: Candidate, inner: set[int], patterns: PatternSet) -> bool:
    """Return True when a candidate's trigger, or the light verb carrying it, is in a content."""
    return bool({candidate.trigger.i, anchor(candidate, patterns).i} & inner)


def anchor(candidate: Candidate, patterns: PatternSet) -> Token:
    """Return the verb that carries a candidate's event noun ("will begin an operation"), else
    its trigger: the word that stands in the clause structure for the event."""
    return carrier(candidate.trigger, patterns) or candidate.trigger
