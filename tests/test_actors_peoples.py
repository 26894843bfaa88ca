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
