"""Implicit targets: the state of the place an act happens in, when no one else is its target.

"Thousands protested in X" is aimed at X's authorities (CAMEO 14, PLOVER PROTEST). The roots that
take this reading are listed in data/events/place_roots.csv (`PatternSet.place_roots`); the place
is a mention of kind "place" from the actors stage, whose actor is the state it lies in.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.events.context import Candidate
from newsevents.events.patterns import PatternSet
from newsevents.records import Mention

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def aim_at_places(
    found: list[Candidate], places: list[Mention], patterns: PatternSet
) -> list[Candidate]:
    """Give each event of a place-aimed root with no target the state of the place it is tied to.

    The place's actor keeps its state and takes basis "place"; a place inside the source's
    phrase ("protesters from X") says where the doers are from, not whom they act against.
    """
    for candidate in found:
        if candidate.target or candidate.code[:2] not in patterns.place_roots:
            continue
        site = place_of(candidate, places)
        if site is not None:
            candidate.target = [replace(site, actor=replace(site.actor, basis="place"))]
    return found


def place_of(candidate: Candidate, places: list[Mention]) -> Mention | None:
    """Return the place an event's clause is tied to: the place phrase hanging on its trigger
    (or on the verb that carries or is told by an event noun), else the one place left in its
    sentence."""
    trigger = candidate.trigger
    doc = trigger.doc
    sentence = [m for m in places if trigger.sent.start <= m.start < trigger.sent.end]
    sources = [doc[m.start : m.end].root for m in candidate.source]
    sentence = [m for m in sentence if not any(is_within(doc[m.start : m.end].root, s)
                                               for s in sources)]
    words = clause_words(trigger)
    for mention in sentence:
        if governor(doc[mention.start : mention.end].root) in words:
            return mention
    return sentence[0] if len(sentence) == 1 else None


def clause_words(trigger: Token) -> set[int]:
    """Return the words a place phrase of the event may hang on: the trigger, and for an event
    noun the verb it is the subject or object of ("protests erupted in X", "held a rally in X")."""
    words = {trigger.i}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in (*SUBJECT_DEPS, "dobj"):
        words.add(trigger.head.i)
    return words


def governor(word: Token) -> int:
    """Return the word a place hangs on, through its preposition ("in X", "outside X")."""
    if word.dep_ == "pobj" and word.head.dep_ == "prep":
        return word.head.head.i
    return word.head.i


def is_within(word: Token, phrase: Token) -> bool:
    """Tell whether a word is in a phrase's subtree."""
    return phrase.left_edge.i <= word.i <= phrase.right_edge.i
