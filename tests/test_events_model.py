"""Tests of the learned class model's place in the events stage (classifier.py).

A hand-made model (one feature, one class) makes the coder's use of a model predictable; the
shipped model is only checked to load and to keep to its tables.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from newsevents.events import load_patterns
from newsevents.events.classifier import MODELS, NO_ACT, NO_EVENT, EventModel, load_event_model
from newsevents.events.patterns import DATA
from newsevents.learned import LinearModel, hashed
from tests.test_events import code

LABELS = ("0", "1", "2", "3", "4")
ROOTS = {f"{r:02d}": label for label, group in
         {"0": (1, 2), "1": (3, 4, 5), "2": (6, 7, 8), "3": (9, 10, 11, 12, 13, 16),
          "4": (14, 15, 17, 18, 19, 20)}.items() for r in group}


def tiny_model(
    feature: str, label: str, buckets: int = 1024, labels: tuple[str, ...] = LABELS
) -> LinearModel:
    """A model that says `label` with near certainty when `feature` is present, else class 0."""
    weights = np.zeros((buckets, len(labels)), dtype=np.float32)
    weights[hashed([feature], buckets)[0], labels.index(label)] = 20.0
    bias = np.zeros(len(labels), dtype=np.float32)
    bias[0] = 5.0
    return LinearModel(labels, weights, bias)


@pytest.fixture(scope="module")
def rules(codebook):
    return load_patterns(codebook=codebook, model=False)


def with_model(rules, feature: str, label: str, labels: tuple[str, ...] = LABELS):
    model = EventModel(
        tiny_model(feature, label, labels=labels), ROOTS,
        {"1": "040", "2": "060", "3": "110", "4": "190"},
        dict.fromkeys(("1", "2", "3", "4"), 0.5), frozenset({"say"}),
    )
    return replace(rules, model=model)


def test_learned_event_where_no_rule_fires(nlp, rules, codebook):
    patterns = with_model(rules, "lemma=outflank", "4")
    events = code(nlp, patterns, codebook, "Chad outflanked Sudan near the border.")
    first = events[0]
    assert (first.cameo, first.trigger) == ("190", "outflanked")
    assert [a.text for a in first.source] == ["Chad"]
    assert [a.text for a in first.target] == ["Sudan"]
    assert first.code_basis == "model" and 0.5 < first.code_probability <= 1.0
    assert first.cameo_name == "Use conventional military force, not specified below"


def test_rules_alone_find_nothing_there(nlp, rules, codebook):
    assert code(nlp, rules, codebook, "Chad outflanked Sudan near the border.") == ()


def test_statement_hands_over_to_what_it_reports(nlp, rules, codebook):
    patterns = with_model(rules, "lemma=outflank", "4")
    events = code(nlp, patterns, codebook, "Kenya said Chad outflanked Sudan.")
    assert events[0].trigger == "outflanked" and events[0].code_basis == "model"
    assert [a.text for a in events[0].source] == ["Chad"]


def test_rule_act_is_trusted(nlp, rules, codebook):
    patterns = with_model(rules, "lemma=attack", "1")
    events = code(nlp, patterns, codebook, "Russia attacked Ukraine on Monday.")
    assert events[0].cameo == "190" and events[0].code_basis == "rules"
    assert events[0].code_probability is None


def test_below_threshold_or_without_actors_nothing_is_added(nlp, rules, codebook):
    patterns = with_model(rules, "lemma=outflank", "4")
    assert code(nlp, patterns, codebook, "The troops outflanked the column.") == ()
    quiet = with_model(rules, "lemma=unrelated", "4")
    assert code(nlp, quiet, codebook, "Chad outflanked Sudan near the border.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Chad is the neighbour of Sudan.",  # a copula states, it does not act
        "Chad outflanked the column near the border.",  # no actor acted on
        "Chad outflanked Chad's old column.",  # no other actor
        "Chad outflanked the column in Sudan.",  # a place phrase is not a target
    ],
)
def test_learned_event_needs_an_act_between_two_actors(nlp, rules, codebook, text):
    patterns = with_model(rules, "lemma=chad", "4")
    assert code(nlp, patterns, codebook, text) == ()


def test_no_event_class_adds_nothing(nlp, rules, codebook):
    # Where the model's "none" class wins, a sentence with a dyad stays without an event.
    text = "Chad outflanked Sudan near the border."
    patterns = with_model(rules, "lemma=outflank", NO_EVENT, labels=(*LABELS, NO_EVENT))
    assert code(nlp, patterns, codebook, text) == ()
    acting = with_model(rules, "lemma=outflank", "4", labels=(*LABELS, NO_EVENT))
    assert code(nlp, acting, codebook, text)[0].code_basis == "model"  # the sentence has a dyad


def test_shipped_model_loads_with_its_tables(codebook):
    patterns = load_patterns(codebook=codebook, model=True)
    model = patterns.model
    assert model is not None and set(model.model.labels) == {*LABELS, NO_EVENT}
    assert set(model.thresholds) == set(LABELS) - {NO_ACT}
    assert all(code in codebook for code in model.codes.values())
    assert set(model.roots) == {code for code in codebook.roots()}
    assert (MODELS / "event_class.npz").stat().st_size < 20_000_000


def test_missing_model_means_rules_only(tmp_path: Path):
    assert load_event_model(DATA, frozenset(), models=tmp_path) is None


def test_class_table_must_name_model_labels(tmp_path: Path):
    (tmp_path / "model_classes.csv").write_text("class,roots,code,note\n7,01,,\n")
    with pytest.raises(ValueError, match="model_classes.csv:2"):
        load_event_model(tmp_path, frozenset())


def test_the_pipeline_uses_the_model_only_when_the_setting_asks(codebook):
    assert load_patterns(codebook=codebook).model is None
    assert load_patterns(codebook=codebook, model=True).model is not None
