"""Tests of TimeML readings of the dates stage: spans known to be timexes (as a gold annotation
or a model's DATE gives them) and running text, valued as the TimeML guidelines say."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents import dates

PUBLISHED = dt.date(2025, 6, 18)  # a Wednesday


@pytest.fixture(scope="module")
def lexicon():
    return dates.load_lexicon()


def span_value(nlp, lexicon, sentence: str, text: str, published: dt.date = PUBLISHED):
    """Return the value `resolve_span` gives the first `text` of `sentence`."""
    doc = nlp(sentence)
    start = sentence.index(text)
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    found = dates.resolve_span(span, published, lexicon)
    return found.value if found else None


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a span that is only the count of "a month earlier" is a duration; the whole is a date
    ("The plant had closed a month earlier.", "a month", "P1M"),
    ("The plant had closed a month earlier.", "a month earlier", "2025-05"),
    ("Rebels returned three days later.", "three days", "P3D"),
    ("The talks collapsed on Monday night.", "Monday", "2025-06-16"),
    # "a year earlier" names the period compared with, however much of it is marked
    ("Sales rose to $5 million from $4 million a year earlier.", "a year", "2024"),
])
def test_a_span_inside_a_wider_timex_is_valued_as_given(nlp, lexicon, sentence, text, value):
    assert span_value(nlp, lexicon, sentence, text) == value
