"""Readers of the public gold sets in ../shared/eval, shared by the benchmark scripts.

Read at benchmark time only; nothing here is used by the coder.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
PLOVER = EVAL / "plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"


def shingles(text: str, n: int = 4) -> set[str]:
    """Return the word n-grams of a text, lower-cased, punctuation dropped."""
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    return {" ".join(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))}


def manual_examples() -> list[set[str]]:
    """Return the shingles of every PLOVER gold sentence (CAMEO-manual examples)."""
    return [shingles(r["text"]) for r in json.loads(PLOVER.read_text()) if r.get("text")]


def is_manual_example(text: str, manual: list[set[str]]) -> bool:
    """Tell whether a sentence repeats (even reworded) a CAMEO-manual example."""
    mine = shingles(text)
    return any(len(mine & other) / max(len(mine), 1) >= 0.5 for other in manual)


def read_bio(path: Path) -> list[tuple[list[str], list[str]]]:
    """Read a CoNLL-style file of `word tag` lines, sentences split by blank lines."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, _, tag = line.rpartition(" ")
        words.append(word)
        tags.append(tag)
    return sentences


def bio_spans(tags: list[str], kind: str) -> set[tuple[int, int]]:
    """Return the (start, end) word spans tagged B-kind/I-kind."""
    spans, start = set(), None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and tag != f"I-{kind}":
            spans.add((start, i))
            start = None
        if tag == f"B-{kind}" or (tag == f"I-{kind}" and start is None):
            start = i
    return spans
