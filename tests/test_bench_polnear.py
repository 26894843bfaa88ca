"""Tests of the PolNeAR benchmark's content-loss breakdown (hand-made spans, no gold data)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newsevents.records import Frame

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_polnear import content_outcome  # noqa: E402

# "The mayor said the bridge would reopen in May, before the summer."
SAID = Frame("said", "say", "neutral", (10, 14), "The mayor", (0, 9), (15, 45), 0)
GOLD = {"Source": (0, 9), "Cue": (10, 14), "Content": (15, 45)}


@pytest.mark.parametrize(
    ("content", "outcome"),
    [
        ((15, 45), "exact"),
        ((15, 64), "ends too late"),
        ((15, 37), "ends too early"),
        ((11, 45), "starts too early"),
        ((19, 45), "starts too late"),
        ((19, 64), "starts and ends wrong"),
        ((47, 64), "elsewhere"),
    ],
)
def test_a_found_cue_is_judged_by_the_edges_of_its_content(content, outcome):
    assert content_outcome(GOLD, [replace(SAID, content_span=content)]) == outcome


def test_a_cue_found_only_inside_another_frames_content_is_nested():
    nested = replace(SAID, depth=2)
    assert content_outcome(GOLD, [nested]) == "cue only nested"
    assert content_outcome(GOLD, []) == "cue missed"


def test_an_exact_content_counts_whichever_frame_gives_it():
    other_cue = replace(SAID, cue_span=(50, 54))
    assert content_outcome(GOLD, [other_cue]) == "exact"

