"""Tests of the event benchmark's scoring (no gold data read: sentences of our own)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.records import Actor, Article, Attribution, CodedArticle, Event, Mention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_events import (  # noqa: E402
    _per_actor,
    _print_span_misses,
    detokenize,
    gold_holder,
    side_miss,
    span_counts,
    span_miss,
    title_countries,
)


def test_a_side_of_several_actors_is_scored_one_span_per_conjunct():
    doc = Doc(Vocab(), words=["Chad", ",", "the", "Niger", "army", "and", "Mali", "met"])
    found = [doc.text[a:b] for a, b in _per_actor(doc, (0, len("Chad , the Niger army and Mali")))]
    assert found == ["Chad", "the Niger army", "Mali"]


def test_tokenized_gold_text_is_read_as_news_prints_it():
    # "Mr ." would end a sentence and "Pe ñ a" be three names; news writes "Mr." and "Peña"
    words = "Mr . Cruz met Enrique Pe ñ a and U . S envoys on 4 , 300 farms of $ 1 . 2 bn .".split()
    text, offsets = detokenize(words)
    assert text == "Mr. Cruz met Enrique Peña and U.S envoys on 4,300 farms of $ 1.2 bn ."
    assert [text[a:b] for a, b in offsets] == words
    # a year and a count are not one number, and a sentence keeps its last period apart
    assert detokenize("In 2015 , 300 left the U . K .".split())[0] == "In 2015 , 300 left the U.K ."


def event(plover_type: str, source: tuple[Actor, ...] = (), negated: bool = False) -> Event:
    return Event(
        event_id="e1", article_id="a1", sentence_index=0, sentence="", trigger="hit",
        trigger_span=(0, 3), cameo="190", cameo_root="19", cameo_name="fight", quad_class=4,
        goldstein=-10.0, plover_type=plover_type, plover_mode="", source=source,
        negated=negated,
    )


CHAD = Actor("Chad", country="TCD")
POLICE = Actor("police")
UN = Actor("United Nations", sectors=("IGO",))


@pytest.mark.parametrize(
    ("events", "miss"),
    [
        ((event("ASSAULT", (CHAD,)),), None),
        ((event("ASSAULT", (UN,)),), "wrong country"),
        ((), "no event"),
        ((event("ASSAULT", (CHAD,), negated=True),), "no event"),
        ((event("PROTEST"), event("ASSAULT")), "later event of the type"),
        ((event("PROTEST"),), "other type"),
        ((event("ASSAULT"),), "source missing"),
        ((event("ASSAULT", (POLICE,)),), "no country"),
        ((event("ASSAULT", (Actor("Mali", country="MLI"),)),), "wrong country"),
    ],
)
def test_a_source_country_miss_is_named_by_its_first_cause(events, miss):
    assert side_miss(events, "ASSAULT", {"TCD"}, "source") == miss
    assert side_miss((event("ASSAULT", (UN,)),), "ASSAULT", {"IGO"}, "source") is None


def test_a_missed_gold_code_is_placed_where_the_sentence_holds_it():
    mali = Actor("Mali", country="MLI")
    mentions = (Mention(0, 1, 0, 4, "Mali", 0, mali),)
    hit = replace(event("ASSAULT", (CHAD,)), target=(mali,))
    article = Article("a1", "Mali", "test")
    # the gold source's code is on the event's other side
    assert gold_holder(CodedArticle(article, events=(hit,)), {"MLI"}, "source") == "other side"
    # ... in a mention the event did not take, or in none
    alone = CodedArticle(article, mentions=mentions, events=(event("ASSAULT", (CHAD,)),))
    assert gold_holder(alone, {"MLI"}, "source") == "another mention"
    assert gold_holder(alone, {"NER"}, "source") == "no mention"
    # ... or with the speaker an attribution link names
    told = replace(event("ASSAULT", (CHAD,)),
                   attribution=(Attribution("Niger", "said", "neutral", "NER"),))
    assert gold_holder(CodedArticle(article, events=(told,)), {"NER"}, "source") == "speaker"


def test_a_source_span_miss_tells_bounds_from_another_actor():
    hit = event("ASSAULT", (CHAD,))
    assert span_miss(hit, {(0, 2)}, {(0, 2)}) is None
    assert span_miss(hit, {(0, 3)}, {(0, 2)}) == "bounds differ"
    assert span_miss(hit, {(4, 5)}, {(0, 2)}) == "other actor"
    assert span_miss(hit, set(), {(0, 2)}) == "side missing"
    assert span_miss(None, set(), {(0, 2)}) == "no event"
    assert span_miss(None, set(), set()) is None  # no gold source: nothing to miss


def test_a_synthetic_title_gives_the_countries_its_template_was_filled_with():
    template = "{country_1} and {country_2} sign a pact; {country_1} hails it"
    title = "Chad and Mali sign a pact; Chad hails it"
    assert title_countries(template, title) == ["Chad", "Mali"]
    assert title_countries("Riots in {city}", "Riots in Lagos") == []


def test_spans_are_also_scored_on_sentences_whose_gold_marks_the_side():
    # a span found where the gold marks none counts against the official figure only
    pairs = [({(0, 1)}, {(0, 1)}), ({(3, 5)}, set()), (set(), {(2, 3)})]
    every, marked = span_counts(pairs)
    assert every == (1, 1, 1)
    assert marked == (1, 0, 1)


def test_a_target_miss_is_listed_with_the_gold_phrases(capsys):
    coded = [CodedArticle(Article("a", "Chad praised Sudan.", "s")),
             CodedArticle(Article("b", "Chad met Niger.", "s"))]
    _print_span_misses(coded, ["no event", None], [["Sudan"], ["Niger"]], 5, "target")
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("  no event") and "gold ['Sudan']" in line and "Chad praised" in line
