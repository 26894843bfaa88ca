"""Tests of the event benchmark's scoring (no gold data read: sentences of our own)."""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_events import _per_actor  # noqa: E402


def test_a_side_of_several_actors_is_scored_one_span_per_conjunct():
    doc = Doc(Vocab(), words=["Chad", ",", "the", "Niger", "army", "and", "Mali", "met"])
    found = [doc.text[a:b] for a, b in _per_actor(doc, (0, len("Chad , the Niger army and Mali")))]
    assert found == ["Chad", "the Niger army", "Mali"]
