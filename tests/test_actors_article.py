"""One article of our own writing that exercises every mechanism of the actors stage at once,
through the real pipeline: metonyms, demonym plurals, roles from titles and appositions,
surnames and pronouns, "the two ministers", a role chosen by the article's date, and a user
dictionary that overrides a shipped entry.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsevents import actors, annotate, clean
from newsevents.ingest import read_inputs
from newsevents.pipeline import load_resources
from newsevents.records import Actor
from newsevents.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "actors"
ARTICLE = FIXTURES / "article.txt"
USER_MEDIA = FIXTURES / "user" / "media.csv"


def mentions_of(settings: Settings, published: str | None = None, resources=None):
    resources = resources or load_resources(settings)
    article = next(a for a in read_inputs([str(ARTICLE)], settings))
    if published is not None:
        article = replace(article, published=published)
    article = clean.clean_article(article)
    doc = next(iter(annotate.annotate([article], resources.nlp, settings.batch_size)))
    return actors.resolve_actors(doc, article, resources.dictionary, resources.gazetteer)


USER_SETTINGS = Settings(user_dictionaries=(str(USER_MEDIA),))


@pytest.fixture(scope="module")
def resources():
    return load_resources(USER_SETTINGS)


@pytest.fixture(scope="module")
def mentions(resources):
    return mentions_of(USER_SETTINGS, resources=resources)


def actor(mentions, written: str) -> Actor:
    found = [m.actor for m in mentions if m.text == written]
    assert found, f"no mention written {written!r}: {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    "written, country",
    [("The Kremlin", "RUS"), ("Downing Street", "GBR"), ("Beijing", "CHN")],
)
def test_seats_of_power_and_capitals_are_governments(mentions, written, country):
    found = actor(mentions, written)
    assert (found.country, found.kind, found.sectors) == (country, "state", ("GOV",))


@pytest.mark.parametrize(
    "written, country", [("Thousands of Palestinians", "PSE"), ("Israelis", "ISR")]
)
def test_demonym_plurals_are_the_people_of_their_country(mentions, written, country):
    assert actor(mentions, written).country == country


def test_a_title_gives_role_country_and_sector(mentions):
    wang = actor(mentions, "Chinese Foreign Minister Wang Yi")
    assert (wang.name, wang.country, wang.role, wang.basis) == (
        "Wang Yi", "CHN", "Foreign Minister", "title")
    assert "GOV" in wang.sectors


def test_an_apposition_gives_role_country_and_sector(mentions):
    found = [m.actor for m in mentions if m.actor.name == "Olena Marchenko"]
    assert found and found[0].country == "UKR" and found[0].basis == "apposition"
    assert "spokeswoman" in found[0].role and "GOV" in found[0].sectors


def test_surname_and_pronoun_resolve_to_the_person(mentions):
    full, surname, pronoun = (actor(mentions, w) for w in ("Sergei Shoigu", "Shoigu", "He"))
    assert full.actor_id == surname.actor_id == pronoun.actor_id
    assert pronoun.basis == "coreference"


def test_the_two_ministers_are_the_two_people_named_before(mentions):
    pair = [m.actor for m in mentions if m.text == "The two ministers"]
    assert {(a.name, a.country) for a in pair} == {("Alfred Mutua", "KEN"), ("John Okello", "UGA")}
    okello = actor(mentions, "Ugandan counterpart John Okello")
    assert okello.role == "Foreign Minister"  # a counterpart holds the same office


def test_a_role_is_chosen_by_the_article_date(mentions, resources):
    after = actor(mentions, "Sergei Shoigu")  # the article is of 2024-06-20
    assert after.role == "Secretary of the Security Council" and "MIL" not in after.sectors
    before = actor(mentions_of(USER_SETTINGS, "2023-06-20", resources), "Sergei Shoigu")
    assert before.role == "Defence Minister" and "MIL" in before.sectors


def test_agent_nouns_without_a_modifier_take_the_article_country(mentions):
    police = actor(mentions, "police")
    assert police.sectors == ("COP",) and police.basis == "article" and police.country


def test_a_user_dictionary_overrides_the_shipped_entry(mentions):
    assert actor(mentions, "RT").sectors == ("MED", "GOV")  # loaded from USER_SETTINGS
    shipped = mentions_of(Settings())
    assert actor(shipped, "RT").sectors == ("MED",)

