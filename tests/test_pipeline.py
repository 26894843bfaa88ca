"""End to end on the example article: the events a user expects, and none from furniture."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, SENT_START, TAG

from newsevents import annotate
from newsevents.engine import code_inputs
from newsevents.ingest import article_from_text
from newsevents.pipeline import code_batch, load_resources
from newsevents.records import CodedArticle
from newsevents.settings import Settings

from .conftest import EXAMPLE


@pytest.fixture(scope="module")
def resources():
    return load_resources(Settings())


@pytest.fixture(scope="module")
def coded(resources) -> CodedArticle:
    [item] = list(code_inputs([str(EXAMPLE)], Settings(), resources))
    assert isinstance(item, CodedArticle)
    return item


def _countries(actors) -> set[str]:
    return {a.country for a in actors}


def test_the_call_is_coded_with_its_source_date_and_outlet(coded):
    calls = [
        e for e in coded.events
        if e.cameo.startswith("04") and "FRA" in _countries(e.source)
        and "RUS" in _countries(e.target) and e.date == "2024-04-03"
    ]
    assert calls, [(e.cameo, e.trigger, e.date) for e in coded.events]
    assert any("Le Monde" in [a.speaker for a in e.attribution] for e in calls)


def test_the_earlier_conversation_keeps_its_own_date(coded):
    earlier = [e for e in coded.events if e.cameo.startswith("04") and e.date == "2022-10"]
    assert earlier, [(e.cameo, e.trigger, e.date) for e in coded.events]
    assert all(e.date_precision == "month" for e in earlier)


def test_podolyak_condemns_shoigu(coded):
    condemn = [e for e in coded.events if e.cameo == "111" and "UKR" in _countries(e.source)]
    assert condemn and "RUS" in _countries(condemn[0].target)
    assert "Podolyak" in condemn[0].source[0].name


def test_islamic_state_claims_responsibility(coded):
    claims = [e for e in coded.events if e.cameo == "015"]
    assert claims and "Islamic State" in claims[0].source[0].name


def test_no_event_comes_from_page_furniture(coded):
    text = coded.article.text
    assert "Thank you for signing up" not in text and "(Photo by" not in text
    for event in coded.events:
        assert "signing up" not in event.sentence and "Photo by" not in event.sentence
    assert {d.reason for d in coded.article.dropped}


def test_every_event_carries_the_outlet_first(coded):
    for event in coded.events:
        assert event.attribution and event.attribution[0].stance == "publisher"


def test_the_crocus_shooting_is_placed_at_moscow_on_its_own_date(coded):
    shootings = [e for e in coded.events if e.cameo[:2] in ("18", "19") and e.date == "2024-03-22"]
    assert shootings, [(e.cameo, e.trigger, e.date) for e in coded.events]
    assert shootings[0].place is not None and shootings[0].place.name == "Moscow"
    call = next(e for e in coded.events if e.cameo == "041")
    assert call.place is None or call.place.name != "Moscow", "the call was not in Moscow"
    assert call.date_basis in ("publication", "report")


def test_macrons_statement_is_dated_to_the_day_he_made_it(coded):
    macron = [e for e in coded.events if any(a.name == "Emmanuel Macron" for a in e.source)]
    assert macron and all(e.date == "2024-03-25" for e in macron)
    assert all(e.cameo[:2] not in ("18", "19", "20") for e in macron), "Macron attacked nobody"


def test_factuality_follows_who_asserts_each_event(coded):
    for event in coded.events:
        speakers = {link.speaker: link.stance for link in event.attribution[1:]}
        if speakers.get("TASS") == "distancing":
            assert event.factuality == "claimed"
        if not speakers:
            assert event.factuality in ("asserted", "negated", "hypothetical", "future")
    claimed = [e for e in coded.events if e.factuality == "claimed"]
    assert any("TASS" in [link.speaker for link in e.attribution] for e in claimed)
    reported_by_le_monde = [e for e in coded.events
                            if [link.speaker for link in e.attribution][1:2] == ["Le Monde"]]
    assert reported_by_le_monde and all(e.factuality == "reported" for e in reported_by_le_monde)


def test_the_kremlin_accuses_kyiv(coded):
    accusations = [e for e in coded.events if e.cameo.startswith("112")
                   and "RUS" in _countries(e.source) and "UKR" in _countries(e.target)]
    assert accusations


def test_the_coded_mentions_are_actors_only(coded):
    # "outside Moscow" is a place mention of the actors stage; the stages after it, the store
    # and `newsevents actors` read actors only (see `actors.actor_mentions`)
    assert coded.mentions
    assert not [m.text for m in coded.mentions if m.actor.kind == "place"]


PARSE = [POS, TAG, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, SENT_START]


def test_no_stage_rewrites_the_parse_for_the_stages_after_it(resources, monkeypatch):
    # each stage is a function of its input, so every stage reads the parse annotate made
    parsed = []
    parse = annotate.annotate

    def parse_and_keep(*args):
        docs = parse(*args)
        parsed.extend((doc, doc.to_array(PARSE), doc.ents) for doc in docs)
        return docs

    monkeypatch.setattr(annotate, "annotate", parse_and_keep)
    text = ("Aid to Uganda has been suspended by Denmark, the ministry said on Tuesday.\n\n"
            "Fighting in Kharkiv and Izium killed three civilians on Monday.")
    article = article_from_text(text, published="2024-05-02", source="test")
    [coded] = code_batch([article], resources, Settings())
    [(doc, before, ents)] = parsed
    assert "162" in [event.cameo for event in coded.events]  # "Aid" read as a noun by events
    assert doc[0].tag_ == "VB" and (doc.to_array(PARSE) == before).all() and doc.ents == ents


def test_amend_changes_fields_as_dataclasses_replace_does():
    from dataclasses import replace

    from newsevents.records import Event, amend

    event = Event("e", "a", 0, "They met.", "met", (5, 8), "040", "04", "Consult", 1, 1.0,
                  "CONSULT", "")
    amended = amend(event, date="2024-04-03", cluster_id="c1")
    assert amended == replace(event, date="2024-04-03", cluster_id="c1")
    assert event.date is None and amended.event_id == "e"
    with pytest.raises(TypeError, match="no field 'when'"):
        amend(event, when="today")


def test_amend_builds_a_record_that_checks_itself_anew():
    from dataclasses import dataclass

    from newsevents.records import amend

    @dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self):
            if self.value < 0:
                raise ValueError("negative")

    with pytest.raises(ValueError, match="negative"):
        amend(Checked(1), value=-1)
