"""Tests of the actors stage with the places gazetteer: towns and provinces the actor dictionary
does not list tell whose actors are near them and which country the article is about.
"""

from __future__ import annotations

import pytest

from newsevents import places
from newsevents.actors import actor_mentions, resolve_actors
from newsevents.records import Article
from tests.test_actors import actor_of, dictionary, ruled_nlp  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    gazetteer = places.load_gazetteer()

    def run(text: str, with_places: bool = True):
        article = Article(article_id="t", text=text, source="test", published="2025-05-01")
        return resolve_actors(ruled_nlp(text), article, dictionary,
                              gazetteer if with_places else None)  # fmt: skip

    return run


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Police in Kharkiv arrested two men on Tuesday.", "Police", "UKR"),
        ("Lagos police detained a suspect on Friday.", "police", "NGA"),
        ("The Texas Governor signed the bill on Monday.", "Governor", "USA"),
        ("The mayor of Marseille condemned the attack.", "mayor", "FRA"),
        ("Police in Helmand province arrested two men on Tuesday.", "Police", "AFG"),
        # a province the gazetteer lists with its kind word ("... State") and by its bare name
        ("Gunmen killed six villagers in Zamfara state.", "villagers", "NGA"),
        # a big town the NER left unnamed still places a collective
        ("Residents of Aleppo queued for bread after the storm.", "Residents", "SYR"),
    ],
)
def test_a_town_or_province_places_the_actor_beside_it(resolve, text, written, country):
    assert actor_of(resolve(text), written).country == country


def test_without_the_gazetteer_a_town_places_nobody(resolve):
    text = "Police in Kharkiv arrested two men on Tuesday."
    assert actor_of(resolve(text, with_places=False), "Police").country is None


def test_towns_tell_the_article_country(resolve):
    text = "Protesters marched through Benghazi on Monday. Police fired tear gas at the crowd."
    assert actor_of(resolve(text), "Police").country == "LBY"


def test_a_named_state_outweighs_a_foreign_town(resolve):
    text = (
        "Kenya's government said on Friday that talks in Geneva had failed. "
        "Police later dispersed protesters."
    )
    assert actor_of(resolve(text), "Police").country == "KEN"


@pytest.mark.parametrize(
    "text",
    [
        # a foreign state named once in passing does not outvote the towns of the story
        "Farmers blocked roads near Cusco on Monday. Police cleared the roads. A minister said "
        "the government had signed a trade deal with Ghana.",
        # nor does it win by being named first
        "After protests in Senegal last year, students in Lima marched on Tuesday. "
        "Police fired tear gas.",
    ],
)
def test_a_state_named_once_in_passing_is_not_the_article_country(resolve, text):
    assert actor_of(resolve(text), "Police").country == "PER"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a foreign mission where a crowd gathered is the place of the act, not the crowd's state
        ("Hundreds of students demonstrated outside the American embassy in Seoul.", "KOR"),
        # with no other place named, the one state the sentence names still places the crowd
        ("Hundreds of students demonstrated outside the Kenyan parliament.", "KEN"),
    ],
)
def test_a_body_named_as_the_place_of_an_act_counts_as_named_in_passing(resolve, text, country):
    assert actor_of(resolve(text), "Hundreds of students").country == country


def test_a_state_named_twice_outweighs_a_town(resolve):
    text = (
        "Ghana signed a deal with Senegal. Farmers near Cusco said Ghana would buy their "
        "potatoes, and police watched."
    )
    assert actor_of(resolve(text), "police").country == "GHA"


def test_a_namesake_hamlet_in_no_named_country_counts_for_nothing(resolve):
    # "Baltic" is a small town of one country and the sea of many: no country for the police
    text = "Hundreds gathered in Baltic on Sunday. Police arrested four men."
    assert actor_of(resolve(text), "Police").country is None


def test_a_town_inside_an_actors_phrase_is_no_mention_of_its_own(resolve):
    texts = [m.text for m in resolve("The mayor of Marseille condemned the attack.")]
    assert "Marseille" not in texts


@pytest.mark.parametrize(
    "text, written, country, name, basis",
    [
        ("Protests erupted in Kharkiv on Sunday.", "Kharkiv", "UKR", "Ukraine", "gazetteer"),
        ("Fighting broke out in Helmand province overnight.", "Helmand province", "AFG",
         "Afghanistan", "gazetteer"),
        ("Thousands marched in Nairobi on Saturday.", "Nairobi", "KEN", "Kenya", "dictionary"),
    ],
)  # fmt: skip
def test_a_site_is_a_place_mention_standing_for_its_state(resolve, text, written, country, name,
                                                          basis):  # fmt: skip
    place = actor_of(resolve(text), written)
    assert (place.kind, place.country, place.name, place.basis) == (
        "place", country, name, basis,
    )  # fmt: skip


def test_a_struck_town_is_its_civilians_not_a_place(resolve):
    town = actor_of(resolve("Russian forces shelled Kharkiv overnight."), "Kharkiv")
    assert (town.kind, town.country, town.sectors) == ("agent", "UKR", ("CVL",))


def test_place_mentions_never_overlap_and_actor_mentions_drop_them(resolve):
    mentions = resolve("Police in Kharkiv arrested two protesters in Odesa on Tuesday.")
    assert [m.text for m in mentions if m.actor.kind == "place"] == ["Odesa"]
    ends = [m.end for m in mentions[:-1]]
    assert all(end <= m.start for end, m in zip(ends, mentions[1:], strict=True))
    assert "Odesa" not in [m.text for m in actor_mentions(mentions)]


@pytest.mark.parametrize(
    "text, written",
    [
        ("Toyota said its profits fell sharply.", "Toyota"),
        ("Delta cancelled hundreds of flights on Monday.", "Delta"),
    ],
)
def test_a_body_named_like_a_place_stays_an_actor(resolve, text, written):
    # the NER's ORG is a place only after a preposition of place: a subject is the company
    actor = actor_of(resolve(text), written)
    assert actor is not None and actor.country is None


def test_a_province_taken_for_a_people_after_in_is_a_place(resolve):
    assert actor_of(resolve("Farmers in Punjab blocked the highway."), "Farmers").country == "PAK"


def test_a_big_town_taken_for_a_name_is_a_place_not_a_person(resolve):
    # the small model tags "Goma" here as a PERSON
    mentions = resolve("Clashes erupted in Goma on Sunday, and police made arrests.")
    assert not [m for m in mentions if m.actor.kind == "person"]
    assert actor_of(mentions, "police").country == "COD"


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        # a listed body named by its common noun is the article country's body of that name
        ("Protesters gathered outside the Congress in Bogota. Police arrested students in "
         "Medellin.", "Congress", "COL", ("LEG",)),
        ("Nigerian troops killed ten militants, the Ministry of Defence said. Police in Lagos "
         "arrested two men.", "Ministry of Defence", "NGA", ("GOV", "MIL")),
        # with no other country in the story it stays the listed one
        ("The Senate passed the bill on Tuesday.", "Senate", "USA", ("LEG",)),
    ],
)  # fmt: skip
def test_a_common_noun_name_is_the_article_countrys_body(resolve, text, written, country, sectors):
    found = actor_of(resolve(text), written)
    assert (found.country, found.sectors) == (country, sectors)


@pytest.mark.parametrize(
    "text, written, country",
    [
        # the small model tags these towns LANGUAGE and FAC
        ("Fighting erupted in Aleppo overnight.", "Aleppo", "SYR"),
        ("Thousands rallied in Mandalay against the junta.", "Mandalay", "MMR"),
    ],
)
def test_a_big_town_the_ner_mislabels_is_still_a_site(resolve, text, written, country):
    place = actor_of(resolve(text), written)
    assert (place.kind, place.country) == ("place", country)


def test_an_unnamed_town_an_actor_is_of_is_read_with_the_actor(resolve):
    mentions = resolve("Residents of Aleppo queued for bread after the storm.")
    assert [m.text for m in mentions if m.actor.kind == "place"] == []
