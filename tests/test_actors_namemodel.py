"""Tests of the name model: the sector of an unlisted body's name, guessed from its words only
where the rules give none, and said so in the actor's basis."""

from __future__ import annotations

import pytest

from newsevents.dictionaries.namemodel import (
    MODEL_BASIS,
    NameSectors,
    load_name_model,
    name_features,
    with_model_basis,
)
from newsevents.learned import fit
from tests.test_actors import actor_of, dictionary, resolver, ruled_nlp  # noqa: F401 (fixtures)

STATES = {"kenyan", "bolivia"}.__contains__


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    return resolver(ruled_nlp, dictionary, "2025-05-01")


def test_features_fold_state_words_and_drop_function_words():
    features = name_features(["The", "Kenyan", "Union", "of", "Bakers"], STATES)
    assert "w=<state>" in features and "w=kenyan" not in features
    assert "w=the" not in features and "w=of" not in features
    assert "last=bakers" in features and "first=<state>" in features


@pytest.fixture(scope="module")
def toy():
    names = [["Bakers", "Union"], ["Millers", "Union"], ["Hill", "Front"], ["River", "Front"],
             ["John", "Smith"], ["Mary", "Jones"]]  # fmt: skip
    labels = ["LAB", "LAB", "REB", "REB", "none", "none"]
    model = fit([name_features(n, STATES) for n in names], labels, buckets=1 << 10)
    return NameSectors(model, threshold=0.4)


def test_a_toy_model_reads_the_name_words(toy):
    assert toy.sectors(["Weavers", "Union"], STATES) == "LAB"
    assert toy.sectors(["Valley", "Front"], STATES) == "REB"


@pytest.mark.parametrize(
    "words", [["KLDF"], ["Kenyan"], []], ids=["acronym", "state word only", "empty"]
)
def test_names_without_telling_words_get_no_guess(toy, words):
    assert toy.sectors(words, STATES) is None


def test_the_basis_says_the_model_gave_the_sectors():
    assert with_model_basis("") == MODEL_BASIS
    assert with_model_basis("modifier") == f"modifier+{MODEL_BASIS}"


def test_the_shipped_model_loads():
    assert load_name_model() is not None


def test_an_unlisted_name_gets_the_model_sector(resolve):
    text = "The Movement for Democratic Renewal won most seats in the vote."
    actor = actor_of(resolve(text), "Movement")
    assert actor.sectors == ("PTY",) and actor.basis.endswith(MODEL_BASIS)


@pytest.mark.parametrize(
    "text, written",
    [
        # the rules' sector (a ministry is government) stands; the model is not asked
        ("The Ministry of Water denied the report.", "Ministry of Water"),
        # a listed body keeps its dictionary sector
        ("Hamas fired rockets on Sunday.", "Hamas"),
    ],
)
def test_rules_and_lists_come_before_the_model(resolve, text, written):
    assert MODEL_BASIS not in actor_of(resolve(text), written).basis
