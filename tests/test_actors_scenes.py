"""Tests of scenes of force (`actors.scenes`): struck towns stand for their civilians, civilians
take the country of the place their clause names, and a later "the attack" its earlier scene.
"""

from __future__ import annotations

import pytest

from newsevents import places
from newsevents.actors import resolve_actors
from newsevents.records import Article
from tests.test_actors import actor_of, dictionary, ruled_nlp  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    gazetteer = places.load_gazetteer()

    def run(text: str):
        article = Article(article_id="t", text=text, source="test", published="2025-05-01")
        return resolve_actors(ruled_nlp(text), article, dictionary, gazetteer)

    return run


def test_the_dictionary_lists_force_words(dictionary):  # noqa: F811
    assert dictionary.force("shell") is not None
    assert dictionary.force("airstrike") is not None
    assert dictionary.force("shell").sectors == ("CVL",)
    # a force word names no actor of its own
    assert dictionary.force("minister") is None
    assert dictionary.term(["shelling"]).cls != "force"


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Rebels attacked Goma overnight, the army said.", "Goma", "COD"),
        ("Mariupol was bombed for weeks.", "Mariupol", "UKR"),
        ("The army condemned the attack on Benghazi.", "Benghazi", "LBY"),
        # conjuncts are struck too, even when the NER took both towns for one title
        ("Russian forces shelled Kharkiv and Odesa overnight.", "Odesa", "UKR"),
        # the small model tags this town a facility, which no named reader takes
        ("Russian troops shelled Kharkiv on Monday.", "Kharkiv", "UKR"),
        # ... and these two one organisation: a list of towns of one country is split, the
        # small town taking the big one's country
        ("Russian forces shelled Kharkiv and Izium on Monday.", "Kharkiv", "UKR"),
        ("Russian forces shelled Kharkiv and Izium on Monday.", "Izium", "UKR"),
        # what is fired or launched at a town strikes it, as a force verb does
        ("Militants fired rockets at Ashkelon overnight.", "Ashkelon", "ISR"),
        ("Government troops launched an offensive against Mosul.", "Mosul", "IRQ"),
        ("Soldiers shot at Kherson from across the river.", "Kherson", "UKR"),
        # ... and so does what a projectile slams into
        ("Two Russian missiles slammed into Kharkiv on Monday.", "Kharkiv", "UKR"),
        # the name after "the city of" is struck with the city
        ("Troops shelled the eastern city of Kharkiv overnight.", "Kharkiv", "UKR"),
        ("The army began the siege of the city of Mariupol.", "Mariupol", "UKR"),
        # a well-known town the small model tags a body and parses as an adverb of the verb
        # ("shelled Bakhmut": ORG, advmod), or tags nothing at all, is still what was struck
        ("Russia shelled Bakhmut.", "Bakhmut", "UKR"),
        ("Russian forces bombarded Bakhmut overnight.", "Bakhmut", "UKR"),
    ],
)
def test_a_struck_town_stands_for_its_civilians(resolve, text, written, country):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors, actor.basis) == (country, ("CVL",), "gazetteer")


def test_a_company_named_with_and_stays_one_name(resolve):
    # only a list whose parts are all towns of one country, one of them big, is split
    [mention] = [m for m in resolve("Procter and Gamble raised its prices.") if m.start == 0]
    assert " and " in mention.text


def test_a_town_that_is_not_struck_is_no_actor(resolve):
    actor = actor_of(resolve("The minister travelled to Goma on Monday."), "Goma")
    assert actor is None or actor.basis != "gazetteer"


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Villagers were killed in an airstrike near Kandahar.", "Villagers", "AFG"),
        # a struck state is the scene of the clause that hangs from the strike
        ("Israel struck Lebanon on Sunday, killing 12 civilians.", "civilians", "LBN"),
        # a state named as where the struck sites are
        ("Jets bombed rebel positions in Syria, killing three civilians.", "civilians", "SYR"),
    ],
)
def test_civilians_take_the_place_of_their_clause(resolve, text, written, country):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.basis) == (country, "place")


def test_civilians_do_not_take_a_place_across_and(resolve):
    text = "Mourners gathered in Kabul on Friday, and officials in Tehran condemned the killings."
    mentions = resolve(text)
    assert actor_of(mentions, "Mourners").country == "AFG"
    assert actor_of(mentions, "officials").country == "IRN"


def test_two_places_in_a_clause_place_nobody(resolve):
    text = "Refugees fled from Goma to Kigali on Monday, witnesses said."
    assert actor_of(resolve(text), "witnesses").basis != "place"


def test_a_later_attack_is_the_attack_told_of_before(resolve):
    text = (
        "A bombing at a market in Peshawar killed 20 people on Monday. "
        "Police said the bombing, which wounded dozens of shoppers, was planned for weeks."
    )
    actor = actor_of(resolve(text), "shoppers")
    assert (actor.country, actor.basis) == ("PAK", "scene")


def test_a_site_of_the_earlier_attack_takes_its_place(resolve):
    text = (
        "Gunmen stormed a wedding hall outside Kandahar on Friday. "
        "France condemned the attack on Zarnigar Hall, which killed 12 guests."
    )
    actor = actor_of(resolve(text), "Zarnigar")
    assert (actor.country, actor.sectors, actor.basis) == ("AFG", ("CVL",), "scene")


def test_an_attack_on_a_name_with_no_earlier_scene_keeps_it(resolve):
    text = "France condemned the attack on Zarnigar Hall, which killed 12 guests."
    assert actor_of(resolve(text), "Zarnigar").basis != "scene"


@pytest.mark.parametrize(
    "text, written, country",
    [
        # a small village in a country the article names
        ("Ukrainian officials said troops shelled the village of Kivsharivka.", "village", "UKR"),
        # a name the NER took for a body, and a town under another spelling
        ("Gunmen attacked the town of Dapchi in Nigeria's northeast.", "town", "NGA"),
        ("Residents of the town of Mykolaiv fled.", "town", "UKR"),
    ],
)
def test_the_town_of_a_name_is_that_towns(resolve, text, written, country):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.basis) == (country, "gazetteer")
    assert len([m for m in resolve(text) if written in m.text]) == 1


def test_residents_of_a_named_town_take_its_country(resolve):
    actor = actor_of(resolve("Residents of the town of Mykolaiv fled."), "Residents")
    assert (actor.country, actor.basis) == ("UKR", "place")


def test_a_site_near_a_place_is_that_places(resolve):
    actor = actor_of(resolve("Turkish jets bombed militant positions near Idlib on Monday."),
                     "positions")  # fmt: skip
    assert (actor.country, actor.basis) == ("SYR", "place")


def test_a_placed_site_sets_the_scene_for_civilians(resolve):
    text = "Turkish jets bombed militant positions near Mosul, killing 3 civilians."
    mentions = resolve(text)
    assert actor_of(mentions, "positions").country == "IRQ"
    assert actor_of(mentions, "civilians").country == "IRQ"


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("Russian missiles hit energy facilities in the Kharkiv region.", "facilities", "UKR",
         ("CVL",)),
        ("Drones struck military facilities near Sevastopol on Tuesday.", "facilities", "UKR",
         ("MIL",)),
        # an area or enclave struck is of its place, as a facility is, and whose the body
        # holding it says
        ("Jets bombed an insurgent-held area outside Homs.", "area", "SYR", ("REB",)),
        ("Artillery shelled a district near Aleppo overnight.", "district", "SYR", ("CVL",)),
    ],
)  # fmt: skip
def test_a_struck_facility_is_its_places(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors, actor.basis) == (country, sectors, "place")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The company opened new facilities in Texas.", "facilities"),
        ("The region voted for more autonomy on Sunday.", "region"),
    ],
)
def test_a_facility_not_struck_names_nobody(resolve, text, written):
    assert actor_of(resolve(text), written) is None


def test_the_dictionary_lists_struck_words(dictionary):  # noqa: F811
    assert dictionary.struck("facility") is not None
    assert dictionary.force("facility") is None and dictionary.struck("shell") is None


def test_civilians_in_a_verbless_headline_are_read(resolve):
    # the clause walk stops at the root of a sentence with no verb
    assert actor_of(resolve("Civilians near Kandahar after the storm"), "Civilians") is not None


def test_an_attack_named_by_its_site_is_the_earlier_attack(resolve):
    # "the Westfield attack" is the attack told of before
    text = (
        "Gunmen stormed a shopping mall outside Nairobi on Saturday. "
        "Officials said the Westfield attack killed 40 shoppers."
    )
    mentions = resolve(text)
    actor = actor_of(mentions, "shoppers")
    assert (actor.country, actor.basis) == ("KEN", "scene")


def test_an_organisation_named_after_a_struck_town_is_no_town(resolve):
    actor = actor_of(resolve("Hackers attacked the Kharkiv Energy Company."), "Energy Company")
    assert actor.country is None and actor.basis != "gazetteer"
