"""Tests of unnamed doers: monitors, rights bodies, observers and crowds counted ("thousands")."""

from __future__ import annotations

import pytest

from newsevents.dictionaries import load_actor_dictionary
from tests.test_actors import actor_of, dictionary, resolver, ruled_nlp  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    return resolver(ruled_nlp, dictionary, "2025-05-01")


OPENING = "Peruvian police cleared a square in Cusco on Monday. "


@pytest.mark.parametrize(
    "sentence, written, sectors",
    [
        ("A rights organisation said nine people were detained.", "rights organisation",
         ("NGO", "HRI")),
        ("A human rights organization condemned the raids.", "human rights organization",
         ("NGO", "HRI")),
        ("A monitor said the toll had risen.", "monitor", ("NGO",)),
        ("Election observers criticised the count.", "Election observers", ("NGO",)),
        ("Campaigners demanded an inquiry.", "Campaigners", ("OPP",)),
        ("Mourners blocked the highway.", "Mourners", ("CVL",)),
        # a group for or against a cause campaigns; "anti-government" is not the government
        ("Anti-war groups marched to the embassy.", "Anti-war groups", ("OPP",)),
        ("Anti-government groups called a strike.", "Anti-government groups", ("OPP",)),
    ],
)  # fmt: skip
def test_unnamed_bodies_and_groups_are_the_articles_actors(resolve, sentence, written, sectors):
    actor = actor_of(resolve(OPENING + sentence), written)
    assert actor is not None
    assert (actor.country, actor.sectors, actor.basis) == ("PER", sectors, "article")


@pytest.mark.parametrize(
    "sentence, written, sectors",
    [
        ("Thousands took to the streets of the capital.", "Thousands", ("CVL",)),
        ("Tens of thousands rallied outside the court.", "Tens of thousands", ("CVL",)),
        ("The soldiers detained dozens after the march.", "dozens", ("CVL",)),
        ("Several hundred gathered outside the court.", "Several hundred", ("CVL",)),
        # the noun after "of" says who the crowd is
        ("Hundreds of students occupied the campus.", "Hundreds of students", ("EDU",)),
        # a movement's followers, with their faith's codes
        (
            "Hundreds of Hindu nationalists marched.",
            "Hundreds of Hindu nationalists",
            ("CVL", "HIN"),
        ),
    ],
)
def test_a_counted_crowd_is_a_collective_of_the_article(resolve, sentence, written, sectors):
    mentions = resolve(OPENING + sentence)
    found = [m for m in mentions if m.text == written]
    assert found, [m.text for m in mentions]
    assert (found[0].actor.country, found[0].actor.sectors) == ("PER", sectors)


def test_a_quantity_of_things_is_no_crowd(resolve):
    mentions = resolve(OPENING + "Thousands of cars were stuck on the road.")
    assert not [m for m in mentions if "Thousands" in m.text]


def test_a_crowd_without_an_article_country_stays_unplaced(resolve):
    mentions = resolve("Thousands marched on Sunday.")
    crowd = actor_of(mentions, "Thousands")
    assert crowd is not None and crowd.country is None


def test_quantities_are_not_agent_nouns():
    # "thousands" must not turn up inside other phrases' term lookups
    found = load_actor_dictionary()
    assert found.term(["thousands"]) is None
    assert found.quantity("Thousands") is not None


@pytest.mark.parametrize(
    "sentence, written, country",
    [
        ("Foreign NGOs condemned the evictions.", "Foreign NGOs", None),
        ("International reporters were turned back.", "International reporters", None),
        # a home cue beside it: some of them are the article's own
        ("Foreign and local NGOs condemned the evictions.", "NGOs", "PER"),
        # "foreign" inside the title is no cue
        ("The foreign minister condemned the evictions.", "foreign minister", "PER"),
        ("Foreign ministry officials met the envoy.", "ministry officials", "PER"),
    ],
)
def test_foreign_agents_do_not_take_the_article_country(resolve, sentence, written, country):
    actor = actor_of(resolve(OPENING + sentence), written)
    assert actor is not None and actor.country == country


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of Zimbabweans fled after the government restricted access to land.",
        "The government said Zimbabweans would be allowed to cross.",
    ],
)
def test_a_people_named_by_its_demonym_gives_a_lone_sentence_its_country(resolve, sentence):
    # coded alone, the sentence's only sign of its country is the demonym of a people
    actor = actor_of(resolve(sentence), "government")
    assert actor is not None
    assert (actor.country, actor.basis) == ("ZWE", "article")
