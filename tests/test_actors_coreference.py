"""Tests of coreference in the actors stage: a later "the ministry", "the rebels" or "the group"
stands for the actor named earlier and carries its country and sectors; unresolved stays as is."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.records import Article
from tests.test_actors import actors_of, dictionary, ruled_nlp  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    def run(text: str):
        article = Article(article_id="t", text=text, source="test", published="2025-05-01")
        return resolve_actors(ruled_nlp(text), article, dictionary)

    return run


@pytest.mark.parametrize(
    "text, written, name, country, sectors",
    [
        # an article about one country quoting another's ministry
        ("Malian soldiers patrolled Gao. Ghana's Health Ministry sent doctors to Bamako. "
         "The ministry said more would follow.", "The ministry", "Health Ministry", "GHA",
         ("HLH",)),
        ("Houthi rebels fired drones at a tanker. A Saudi spokesman said the rebels had broken "
         "the truce.", "the rebels", "Houthis", "YEM", ("REB",)),
        ("Police in Nairobi arrested three men. The police said they were armed.", "The police",
         "Police", "KEN", ("COP",)),
    ],
)  # fmt: skip
def test_a_bare_definite_noun_stands_for_the_earlier_actor_with_that_head(
    resolve, text, written, name, country, sectors
):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.name, actor.country, actor.sectors) == (name, country, sectors)
    assert actor.basis == "coreference"


def test_the_group_stands_for_a_body_the_dictionary_does_not_list(resolve):
    mentions = resolve(
        "The Kivu Defence Front attacked an army post in Rwanda. The group said it held two "
        "soldiers."
    )
    (actor,) = actors_of(mentions, "The group")
    assert (actor.name, actor.country, actor.basis) == ("The Kivu Defence Front", "RWA",
                                                        "coreference")  # fmt: skip


@pytest.mark.parametrize(
    "text, written",
    [
        # nothing earlier with that head: the noun keeps its own reading
        ("Kenya raised taxes. The ministry said the rise was needed.", "The ministry"),
        # a modifier says which one: not a reference
        ("Russia's Defence Ministry spoke. The Ukrainian ministry denied it.",
         "The Ukrainian ministry"),
    ],
)  # fmt: skip
def test_a_noun_with_no_earlier_namesake_or_its_own_modifier_is_no_reference(
    resolve, text, written
):
    (actor,) = actors_of(resolve(text), written)
    assert actor.basis != "coreference"


@pytest.mark.parametrize(
    "text, written, name, country",
    [
        ("Peru raised fuel prices. The finance minister defended the decision. She said it was "
         "needed.", "She", "finance minister", "PER"),
        ("The Chilean president flew to Lima. He met students there.", "He",
         "Chilean president", "CHL"),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_a_lone_office_holder(resolve, text, written, name, country):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.name, actor.country, actor.sectors) == (name, country, ("GOV",))
    assert (actor.kind, actor.basis) == ("agent", "coreference")
