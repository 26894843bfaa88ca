"""Modality of a trigger: negated, and asserted or planned, conditional, hypothetical, as its
auxiliaries, negation and governing verbs say (`data/events/modality.csv`)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.matching import carrier
from newsevents.events.patterns import PatternSet

CUE_DEPS = ("neg", "aux", "det", "mark")  # the dependents whose words modality.csv lists


def read_modality(trigger: Token, patterns: PatternSet) -> tuple[bool, str]:
    """Return (negated, modality) from auxiliaries, negation and governing verbs of a trigger."""
    cues = patterns.modality
    negated, modality = False, "asserted"
    word, steps = trigger, 0
    while word is not None and steps < 5:
        for child in word.children:
            dep = child.dep_ if child.dep_ in CUE_DEPS else None
            found = cues.get((dep, child.lower_)) if dep else None
            found = found or (cues.get((dep, child.lemma_.lower())) if dep else None)
            if found == "negated" and (dep != "det" or word == trigger):
                negated = True
            elif found and modality == "asserted":
                modality = found
        if word is trigger and (verb := carrier(trigger, patterns)) is not None:
            word, steps = verb, steps + 1  # "did not hold talks": the light verb's negation
            continue
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
