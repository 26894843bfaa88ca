"""Tests of the actors stage's peoples and faiths, insurgents, observers and placed collectives."""

from __future__ import annotations

import pytest

from tests.test_actors import actor_of, dictionary, resolver, ruled_nlp  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    return resolver(ruled_nlp, dictionary, "2025-05-01")


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        # a people or faith that is no state's: civilians of the country they live in, with
        # CAMEO's religion code after the sector
        ("Masked men set fire to a shop owned by Christians in Minya, Egypt.", "Christians",
         "EGY", ("CVL", "CHR")),
        ("Turkish soldiers detained forty Kurds near the border.", "Kurds", "TUR", ("CVL",)),
        ("A bomb hidden in a cart killed Shia Muslims in Quetta, Pakistan.", "Shia Muslims",
         "PAK", ("CVL", "MOS", "SHI")),
    ],
)  # fmt: skip
def test_peoples_and_faiths_are_civilians(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, sectors)


def test_a_faiths_named_body_is_no_people(resolve):
    actor = actor_of(resolve("The Muslim Council of Ruritania urged calm."), "Muslim Council")
    assert actor is None or "MOS" not in actor.sectors


def test_insurgents_are_rebels(resolve):
    # PLOVER drops CAMEO's insurgent and separatist codes for armed groups
    actor = actor_of(resolve("Insurgents blew up a bridge in eastern Congo."), "Insurgents")
    assert actor.sectors == ("REB",)


@pytest.mark.parametrize(
    "text, written, country",
    [
        # a people placed by the place or demonym before it: civilians of that country
        ("Police in Pristina questioned Kosovo Serbs about the roadblock.", "Kosovo Serbs", "XKX"),
        ("Iraqi Kurds lined up to vote on Sunday.", "Iraqi Kurds", "IRQ"),
        ("Lebanese Christians held a vigil in Beirut.", "Lebanese Christians", "LBN"),
        ("Police questioned a Bosnian Croat about the fire.", "Bosnian Croat", "BIH"),
    ],
)
def test_a_placed_people_is_of_the_place_before_it(resolve, text, written, country):
    mentions = resolve(text)
    actor = actor_of(mentions, written)
    assert (actor.country, actor.sectors[0]) == (country, "CVL")
    assert not [m for m in mentions if m.text in ("Kosovo", "Iraqi", "Lebanese", "Bosnian")]


def test_a_hyphen_joins_two_states_not_a_place_and_its_people(resolve):
    mentions = resolve("They spoke highly of the US-Iraqi partnership against smugglers.")
    assert not [m for m in mentions if m.text.startswith("-")]
    assert actor_of(mentions, "US").country == "USA"


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        # a bomber of no stated side is unidentified, as gunmen are
        ("A suicide bomber struck a bus depot in Ruritania's capital.", "suicide bomber", ("UAF",)),
        ("Masked men seized two engineers on the road to the mine.", "Masked men", ("UAF",)),
        # a hideout of no stated side is an armed group's, else its holder's
        ("Jets pounded a hideout in the hills above the valley.", "hideout", ("REB",)),
        ("Rebels overran a police training camp near the river.", "police training camp",
         ("COP",)),
        # an army's camp or vehicle is a site of the army, one mention with its demonym
        ("A mine struck a Malian army vehicle near Gao.", "Malian army vehicle", ("MIL",)),
        # residential areas and whatever "civilian" qualifies stand for civilians
        ("Rockets fell on residential areas overnight.", "residential areas", ("CVL",)),
        ("Gunmen opened fire on a civilian bus at dawn.", "civilian bus", ("CVL",)),
    ],
)  # fmt: skip
def test_bombers_and_hideouts(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, name",
    [
        # observers an international body sends act for it, as "AU observers" do
        ("Monitors from the African Union toured polling stations in Lilongwe.",
         "Monitors from the African Union", "African Union"),
        ("Election observers from the OSCE reported ballot stuffing.",
         "Election observers from the OSCE",
         "Organization for Security and Co-operation in Europe"),
    ],
)  # fmt: skip
def test_observers_from_an_international_body_are_its_own(resolve, text, written, name):
    actor = actor_of(resolve(text), written)
    assert (actor.name, actor.kind, actor.sectors, actor.role) == (
        name, "igo", ("IGO", "GOV"), written.split(" from")[0])


def test_an_officials_body_adds_to_the_office(resolve):
    # an inspector keeps the office: a diplomat of the body, as a UN envoy is
    actor = actor_of(resolve("Inspectors from the IAEA left the plant."), "Inspectors")
    assert actor.sectors == ("IGO", "GOV")


@pytest.mark.parametrize(
    "text, written, country",
    [
        # a side taken is not whose they are: they take the article's country
        ("Pro-Russian separatists blocked the road to Luhansk, Ukraine.", "separatists", "UKR"),
        ("Anti-American protesters marched in Karachi, Pakistan.", "protesters", "PAK"),
    ],
)
def test_a_side_taken_is_no_country(resolve, text, written, country):
    assert actor_of(resolve(text), written).country == country


def test_a_dotted_owner_before_a_hyphen_owns(resolve):
    # "U.S.-led" is read as "US-led": the coalition is the United States'
    assert actor_of(resolve("The U.S.-led coalition struck rebels."), "coalition").country == "USA"


def test_a_side_taken_is_no_actor(resolve):
    # "anti-Chinese" before a noun no actor is named by says whom riots were against: no actor,
    # and no country for the article (the police are the country's where they fired)
    mentions = resolve("Police fired on crowds in Medan, Indonesia, during anti-Chinese riots.")
    assert [m.actor.country for m in mentions if m.text == "Chinese" or "anti" in m.text] == []
    assert actor_of(mentions, "Police").country == "IDN"


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Police said the KLA had laid mines on the mountain road.", "KLA", "XKX"),
        ("A PFLP statement denied any role in the kidnapping.", "PFLP", "PSE"),
    ],
)
def test_armed_groups_of_older_news_are_listed(resolve, text, written, country):
    actor = actor_of(resolve(text), written)
    assert (actor.kind, actor.country, actor.sectors) == ("group", country, ("REB",))


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        # leaders of a faith or a community are not the government's; a faith adds its code
        ("Muslim leaders urged calm after the riot in Jos.", "Muslim leaders", ("REL", "MOS")),
        ("Village elders handed the suspect to the police.", "Village elders", ("CVL",)),
    ],
)
def test_leaders_of_a_faith_or_community(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors
