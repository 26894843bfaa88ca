"""Implicit targets: the place an act is done to, at or from, when no one else is its target.

"Thousands protested in X" is aimed at X's authorities (CAMEO 14, PLOVER PROTEST), wherever the
clause names X; "withdrew its troops from X", "declared a ceasefire in X" are done to X, named by
a phrase on the act itself; talks held in X are not talks with X. How each root reads its place
is listed in data/events/place_roots.csv (`PatternSet.place_roots`); the place is a mention of
kind "place" from the actors stage, whose actor is the state it lies in, or else a toponym the
gazetteer does not know ("declared a state of siege in X"), which names the target's phrase with no
state.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.annotate import in_dateline, table_of
from newsevents.dictionaries import actor_id
from newsevents.events.arguments import ARMED_SECTORS, is_making
from newsevents.events.context import Candidate
from newsevents.events.doers import in_passive, is_reduced_passive
from newsevents.events.matching import is_venue, recoded
from newsevents.events.patterns import PatternSet, root_reading
from newsevents.records import PLACE, Actor, Mention

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Entity labels of a toponym the actors stage may have left unread: a town, region or site.
TOPONYM_LABELS = ("GPE", "LOC", "FAC")
HOME = "home"  # the basis of a target read as the doers' own government or people
UNNAMED = "unnamed"  # the basis of unidentified doers of an act no one is named doing
IMPLIED = (HOME, UNNAMED)  # the bases of actors no words name


def aim_at_places(
    found: list[Candidate], places: list[Mention], patterns: PatternSet,
    unknown: list[Mention] = (), actors: list[Mention] = (),
) -> list[Candidate]:
    """Give each event with no target the place it is done to, at or from, as its state.

    The place's actor keeps its state and takes basis "place"; a place inside the source's
    phrase ("protesters from X") says where the doers are from, not whom they act against.
    Where no known place is tied to the act, a toponym the gazetteer does not know (`unknown`,
    from `unknown_places`) is, if a phrase on the act names it: annotators of arguments mark
    the place an act is done to whether or not a gazetteer knows it. An act aimed at home takes
    the words that name that home in its sentence, if any (`named_home`; `actors`: the
    article's actor mentions).
    """
    for candidate in found:
        if candidate.target:
            continue
        reading = root_reading(patterns.place_roots, candidate.code)
        venue = reading == "venue"
        site = place_of(candidate, places, lone=reading == "aimed", venue=venue,
                        patterns=patterns)
        site = site or place_of(candidate, list(unknown), lone=False, venue=venue,
                                patterns=patterns)
        if site is not None:
            candidate.target = [replace(site, actor=replace(site.actor, basis="place"))]
        elif (doers := recoded(candidate.code, patterns.home_codes)) is not None:
            candidate.target = aimed_at_home(candidate.source, doers)
            candidate.target = named_home(candidate, places, actors) or candidate.target
    return found


def named_home(
    candidate: Candidate, places: list[Mention], actors: list[Mention]
) -> list[Mention]:
    """Return the one mention of an act's sentence that names the home the act is aimed at
    (`aimed_at_home`), outside its doers' phrase, else nothing: the doers' government where
    people dissent ("ended their boycott once the Kenyan government raised their pay"), a
    place of the doers' country, or the country by name, where a state acts on its people
    ("lifted the state of emergency as markets reopened in X": X's civilians, spanned at X)."""
    if not candidate.target:
        return []
    home = candidate.target[0].actor
    governed = home.kind == "state"  # dissent is aimed at the government, not at a place
    doc = candidate.trigger.doc
    start, end = table_of(doc).sentence(candidate.trigger.i)
    sources = [doc[m.start : m.end].root for m in candidate.source]
    # the country by its name names both its government and the land its people live in (not
    # a body of its state: "pressure by the US Congress")
    states = [m for m in actors if m.actor.kind == "state" and m.actor.sectors == ("GOV",)]
    named = [
        m for m in ([*actors] if governed else [*places, *states])
        if start <= m.start < end and m.actor.country == home.country
        and (not governed or m.actor.kind == "state" or "GOV" in m.actor.sectors)
        and not any(is_within(doc[m.start : m.end].root, s) for s in sources)
    ]
    if len({(m.start, m.end) for m in named}) != 1:
        return []
    if governed:
        return named[:1]
    return [replace(named[0], actor=replace(home, basis="place", text=named[0].text))]


def by_unnamed_doers(
    found: list[Candidate], places: list[Mention], patterns: PatternSet
) -> list[Candidate]:
    """Give each act of `unnamed_doers.csv` with no doer named, told as one whose doer is not
    known (`is_told_anew`), unidentified doers of the country where it happened ("a journalist
    was shot dead in X": UAF of X's state): the state of its place, else the country of those it
    was done to, unless they are soldiers or fighters. The doers are named by no words: their
    mention lies over the place or target that gave the country, with basis "unnamed", and an
    event's source span leaves it out."""
    for candidate in found:
        sectors = recoded(candidate.code, patterns.unnamed_doers)
        if candidate.source or sectors is None or not is_told_anew(candidate.trigger):
            continue
        site = place_of(candidate, places, lone=True)
        given = [site] if site is not None else []
        # soldiers and fighters are as often struck by the other side, of another country
        given += [m for m in candidate.target if m.actor.basis not in IMPLIED
                  and not ARMED_SECTORS & set(m.actor.sectors)]
        given = [m for m in given if m.actor.country]
        if given:
            country = given[0].actor.country
            doers = Actor(name=f"unidentified {'+'.join(sectors)}", country=country,
                          sectors=sectors, kind="agent", basis=UNNAMED,
                          actor_id=actor_id(f"agent {'+'.join(sectors)}", country))
            candidate.source = [replace(given[0], actor=doers)]
    return found


def is_told_anew(trigger: Token) -> bool:
    """Tell whether an act with no doer is told as one whose doer is not known: in the passive,
    which leaves the doer out ("was shot dead", "civilians killed in X"), or by an event noun
    brought in with "a" ("a car bombing in X killed twelve"); "the attack" or a bare "attacks"
    often tell again an act whose doer the article named elsewhere."""
    if trigger.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
    return in_passive(trigger) or is_reduced_passive(trigger)


# Sectors of a state's own bodies: a government, its forces, police, courts, legislature.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def aimed_at_home(sources: list[Mention], doers: str) -> list[Mention]:
    """Return whom an act with no target or place named is aimed at within its doers' country
    (`home_codes.csv`), as a target no words name: for "people" doers, their government ("Kenyan
    students protested": Kenya's authorities), unless they are a state's own body or an
    international body, whose protests are aimed abroad; for "state" doers, a state or its own
    body, the country's people ("the Kenyan government imposed a curfew": Kenya's civilians).
    The mention lies over the doers' (an event's target span leaves it out), its basis "home"."""
    for mention in sources:
        actor = mention.actor
        official = actor.kind == "state" or bool(STATE_SECTORS & set(actor.sectors))
        if actor.country is None or "IGO" in actor.sectors or official != (doers == "state"):
            continue
        if doers == "state":
            home = Actor(name=f"people of {actor.country}", country=actor.country,
                         sectors=("CVL",), actor_id=actor_id("agent CVL", actor.country),
                         kind="agent", basis=HOME)
        else:
            home = Actor(name=actor.country, country=actor.country, sectors=("GOV",),
                         actor_id=actor_id(actor.country, actor.country), kind="state", basis=HOME)
        return [replace(mention, actor=home)]
    return []


def place_of(
    candidate: Candidate, places: list[Mention], lone: bool = True, venue: bool = False,
    patterns: PatternSet | None = None,
) -> Mention | None:
    """Return the place an event's clause is tied to: the place phrase hanging on its trigger
    (or on the verb that carries or is told by an event noun), else, if `lone`, the one place
    left in its sentence. For a `venue` act a phrase telling only where it happened is left out:
    "visited X" and "a trip to X" reach X, "talks in X" do not; nor is where a thing is made
    (`clause_words`, with `patterns`) whom an act is aimed at."""
    trigger = candidate.trigger
    doc = trigger.doc
    start, end = table_of(doc).sentence(trigger.i)
    sentence = [m for m in places if start <= m.start < end]
    # a source read from the place itself ("protests erupted in X": X's people) leaves it the
    # place of the act
    sources = [doc[m.start : m.end].root for m in candidate.source if m.actor.basis != "place"]
    sentence = [m for m in sentence if not any(is_within(doc[m.start : m.end].root, s)
                                               for s in sources)]
    words = clause_words(trigger, patterns)
    for mention in sentence:
        root = doc[mention.start : mention.end].root
        if governor(root) in words and not (venue and is_venue(root)):
            return mention
    return sentence[0] if lone and len(sentence) == 1 else None


def unknown_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Return the toponyms the named-entity tagger found that no mention covers, as place
    mentions of no state: the actors stage reads only the places its gazetteer knows. A
    dateline's place is where the story was filed, none of these."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    sentences = {sent.start: n for n, sent in enumerate(doc.sents)}
    return [
        Mention(start=ent.start, end=ent.end, start_char=ent.start_char, end_char=ent.end_char,
                text=ent.text, sentence_index=sentences[ent.sent.start],
                actor=Actor(name=ent.text, text=ent.text, kind=PLACE, basis="place"))
        for ent in doc.ents
        if ent.label_ in TOPONYM_LABELS and not taken.intersection(range(ent.start, ent.end))
        and not in_dateline(doc, ent.start, ent.end)
    ]


def clause_words(trigger: Token, patterns: PatternSet | None = None) -> set[int]:
    """Return the words a place phrase of the event may hang on: the trigger, for an event noun
    the verb it is the subject or object of ("protests erupted in X", "held a rally in X"), the
    verbs completing the trigger ("threatened to shell X"), the objects of those and the nouns
    of the trigger's own phrases, where the parser hangs a place as often as on the verb
    ("suspended deliveries in X", "remained on alert in X"). A completing verb that makes its
    object (`patterns`' making verbs: "agreed to set up a centre in X") tells only where the
    thing is made, and is left out with its object."""
    words = {trigger.i}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in (*SUBJECT_DEPS, "dobj"):
        words.add(trigger.head.i)
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp"
                         and not (patterns is not None and is_making(c, patterns))]
    words |= {c.i for c in verbs if c != trigger}
    words |= {c.i for verb in verbs for c in verb.children if c.dep_ == "dobj"}
    words |= {pobj.i for prep in trigger.children if prep.dep_ == "prep"
              for pobj in prep.children if pobj.dep_ == "pobj"}
    return words


def governor(word: Token) -> int:
    """Return the word a place hangs on, through its preposition ("in X", "outside X"; the
    parser labels a sending's "to" a dative as often: "sent teams to X")."""
    if word.dep_ == "pobj" and word.head.dep_ in ("prep", "dative"):
        return word.head.head.i
    return word.head.i


def is_within(word: Token, phrase: Token) -> bool:
    """Tell whether a word is in a phrase's subtree."""
    return phrase.left_edge.i <= word.i <= phrase.right_edge.i
