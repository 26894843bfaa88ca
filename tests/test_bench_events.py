"""Tests of the event benchmark's scoring (no gold data read: sentences of our own)."""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_events import _per_actor, detokenize, span_counts  # noqa: E402


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


def test_spans_are_also_scored_on_sentences_whose_gold_marks_the_side():
    # a span found where the gold marks none counts against the official figure only
    pairs = [({(0, 1)}, {(0, 1)}), ({(3, 5)}, set()), (set(), {(2, 3)})]
    every, marked = span_counts(pairs)
    assert every == (1, 1, 1)
    assert marked == (1, 0, 1)
