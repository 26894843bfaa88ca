"""Tests of the learned target chooser (events/targets.py): a hand-made model makes its choice
predictable; the shipped model is only checked to load and to be read by the patterns."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from newsevents.events import load_patterns
from newsevents.events.targets import (
    BASIS,
    TargetModel,
    candidate_phrases,
    dep_path,
    load_target_model,
)
from newsevents.learned import LinearModel, LogOdds, hashed
from tests.test_events import code


def tiny_chooser(feature: str, threshold: float = 0.0, buckets: int = 1024) -> TargetModel:
    """A chooser that scores a phrase with `feature` far above every other phrase."""
    weights = np.zeros((buckets, 2), dtype=np.float32)
    weights[hashed([feature], buckets)[0], 1] = 20.0
    model = LinearModel(("no", "yes"), weights, np.array([0.0, -5.0], dtype=np.float32))
    odds = LogOdds.of(model, "yes")
    return TargetModel(odds, threshold)


def test_model_phrase_replaces_the_rules_target(nlp, patterns, codebook):
    text = "Chad attacked Sudan near the border town."
    assert [a.text for a in code(nlp, patterns, codebook, text)[0].target] == ["Sudan"]
    chooser = replace(patterns, target_model=tiny_chooser("lemma=town"))
    event = code(nlp, chooser, codebook, text)[0]
    assert text[slice(*event.target_span)] == "the border town"
    assert [(a.text, a.basis) for a in event.target] == [("the border town", BASIS)]


def test_rules_target_stays_below_the_bar(nlp, patterns, codebook):
    chooser = replace(patterns, target_model=tiny_chooser("lemma=town", threshold=30.0))
    event = code(nlp, chooser, codebook, "Chad attacked Sudan near the border town.")[0]
    assert [a.text for a in event.target] == ["Sudan"] and event.target[0].basis != BASIS


def test_chosen_actor_keeps_its_actor_and_says_so(nlp, patterns, codebook):
    chooser = replace(patterns, target_model=tiny_chooser("lemma=kenya"))
    event = code(nlp, chooser, codebook, "Chad attacked Sudan after talks with Kenya.")[0]
    assert [(a.text, a.basis.endswith(BASIS)) for a in event.target] == [("Kenya", True)]


def test_candidates_with_and_without_place_and_determiner(nlp):
    doc = nlp("Kenya criticized the new government in Somalia in May.")
    phrases = {doc[p.start : p.end].text: p.variant for p in candidate_phrases(doc[1])}
    assert phrases["the new government"] == "full"
    assert phrases["new government"] == "full-bare"
    # the parser hangs "in Somalia" on the verb: the phrase with it is a candidate too
    assert phrases["the new government in Somalia"] == "full-placed"
    assert "Kenya" in phrases and not any("criticized" in p or "May" in p for p in phrases)


def test_dependency_path_from_trigger(nlp):
    doc = nlp("Chad sent troops to Sudan.")
    assert dep_path(doc[1], doc[4]) == "_prep_pobj"
    assert dep_path(doc[1], doc[0]) == "_nsubj"


def test_shipped_model_loads_into_patterns(codebook):
    model = load_target_model()
    assert model is not None and -10.0 < model.threshold < 10.0
    assert load_patterns(codebook=codebook, targets=True).target_model is not None
    assert load_patterns(codebook=codebook).target_model is None


@pytest.mark.parametrize("setting", [True, False])
def test_setting_switches_the_model(setting):
    from newsevents.pipeline import load_resources
    from newsevents.settings import Settings

    resources = load_resources(Settings(learned_targets=setting))
    assert (resources.patterns.target_model is not None) is setting
