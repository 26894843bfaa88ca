"""Arbitrary bytes and text never crash a reader or the pipeline: they are coded or rejected."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.ingest import read_inputs
from newsevents.pipeline import code_batch, load_resources
from newsevents.records import Article, CodedArticle, Reject
from newsevents.settings import Settings

SUFFIXES = [".txt", ".jsonl", ".jsonl.gz", ".html", ".html.gz", ".warc", ".warc.gz", ""]
SETTINGS = Settings(min_chars=1)


@pytest.fixture(scope="module")
def resources():
    return load_resources(SETTINGS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_every_reader_codes_or_rejects_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_inputs([str(path)], SETTINGS))
    assert all(isinstance(item, Article | Reject) for item in items)
    for item in items:
        if isinstance(item, Reject):
            assert item.reason and item.source.startswith(str(path))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=600))
def test_the_pipeline_codes_arbitrary_text(resources, text):
    article = Article("fuzz", text, "fuzz", published="2024-04-03")
    [coded] = code_batch([article], resources, SETTINGS)
    assert isinstance(coded, CodedArticle)
    for event in coded.events:
        start, end = event.trigger_span
        assert coded.article.text[start:end] == event.trigger


NEWS_WORDS = [
    "Russia", "Kyiv", "the", "Kremlin", "said", "claimed", "that", "attacked", "met", "with",
    "police", "on", "Monday", "in", "October", "2022", "\u201c", "\u201d", '"', ",", ".", "\n\n",
    "he", "they", "the two ministers", "according to", "TASS", "condemned", "killed", "12",
    "people", "will", "not", "outside", "Moscow", "Islamic State", "IS", "Le Monde", "reported",
    "talks", "between", "and", "French", "President", "Emmanuel", "Macron", ":", "(", ")",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=80))
def test_the_pipeline_codes_word_salad_of_news_vocabulary(resources, words):
    text = " ".join(words)
    [coded] = code_batch([Article("salad", text, "fuzz", published="2024-04-03")],
                         resources, SETTINGS)
    for event in coded.events:
        start, end = event.trigger_span
        assert coded.article.text[start:end] == event.trigger
        assert event.attribution and event.attribution[0].stance == "publisher"
        assert event.date is not None
