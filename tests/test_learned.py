"""The learned-model layer: training, prediction, and a file that round-trips exactly."""

import math
import zlib

import numpy as np
import pytest

from newsevents.learned import LogOdds, fit, hashed, load_model, save_model

pytest.importorskip("sklearn")

WEATHER = [["word=rain", "word=cloud"], ["word=sun", "word=warm"], ["word=rain", "word=cold"],
           ["word=sun", "word=dry"], ["word=cloud", "word=cold"], ["word=warm", "word=dry"]]
LABELS = ["wet", "dry", "wet", "dry", "wet", "dry"]


def test_a_binary_model_learns_its_cues():
    model = fit(WEATHER, LABELS, buckets=1024)
    assert model.labels == ("dry", "wet")
    assert model.predict(["word=rain"])[0] == "wet"
    assert model.predict(["word=sun"])[0] == "dry"


def test_log_odds_of_a_binary_model_agree_with_its_probabilities():
    model = fit(WEATHER, LABELS, buckets=1024)
    log_odds = LogOdds.of(model, "wet")
    for features in WEATHER:
        wet = 1 / (1 + math.exp(-(log_odds.score(features) + log_odds.bias)))
        assert wet == pytest.approx(model.probabilities(features)["wet"], abs=1e-4)


def test_log_odds_score_the_same_from_memory_and_after_it_is_cleared(monkeypatch):
    log_odds = LogOdds.of(fit(WEATHER, LABELS, buckets=1024), "wet")
    first = [log_odds.score(features) for features in WEATHER]
    assert [log_odds.score(features) for features in WEATHER] == first
    assert log_odds.rows  # remembered
    monkeypatch.setattr("newsevents.learned.MEMO_LIMIT", 0)
    assert [log_odds.score(features) for features in WEATHER] == first


def test_log_odds_score_an_example_of_seen_and_unseen_features_as_a_fresh_model_does():
    model = fit(WEATHER, LABELS, buckets=1024)
    warm = LogOdds.of(model, "wet")
    warm.score(WEATHER[0])  # "word=rain" and "word=cloud" remembered, "word=sun" not
    mixed = ["word=rain", "word=sun", "word=cloud", "word=rain"]
    assert warm.score(mixed) == LogOdds.of(model, "wet").score(mixed)
    assert warm.score(mixed) == sum(warm.margins[row] for row in hashed(mixed, 1024))


def test_a_multiclass_model_gives_probabilities_that_sum_to_one():
    examples = [["a"], ["b"], ["c"]] * 4
    model = fit(examples, ["x", "y", "z"] * 4, buckets=256)
    probabilities = model.probabilities(["b"])
    assert max(probabilities, key=probabilities.get) == "y"
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_a_saved_model_loads_with_the_same_predictions(tmp_path):
    model = fit(WEATHER, LABELS, buckets=1024)
    save_model(model, tmp_path / "weather.npz")
    loaded = load_model(tmp_path / "weather.npz")
    assert loaded.labels == model.labels
    for features in WEATHER:
        before, after = model.probabilities(features), loaded.probabilities(features)
        assert np.allclose(list(before.values()), list(after.values()), atol=1e-3)


def test_hashing_is_stable_across_processes_and_counts_a_feature_once():
    expected = [zlib.crc32(b"word=rain") % 4096]
    assert hashed(["word=rain", "word=rain"], 4096) == expected
