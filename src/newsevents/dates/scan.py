"""Scanning a text with the timex patterns only where a match can be: around a digit or a
calendar word. Most of a news article names no date, and running every pattern over all of it
was nearly all of the dates stage's time; the matches are the same as a scan of the whole text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

# Every match holds a digit or one of the calendar words (see `calendar_words`), and reaches at
# most REACH_BEFORE characters before the first of them ("the previous twenty-four additional
# business days") and REACH_AFTER after the start of the last, lookaheads included ("Q3 of
# fiscal ..."). The stretches around them are scanned as one text, joined by a character no
# pattern reads as a word or a space.
REACH_BEFORE, REACH_AFTER = 64, 48
JOIN = "\x00"
LETTERS = re.compile(r"[^\W\d_]+")
DIGIT = re.compile(r"\d")
# words the pattern tables spell out themselves rather than take from the lexicon
TABLE_WORDS = {"today", "yesterday", "tomorrow", "tonight", "quarter", "quarters", "period",
               "half", "weekend", "weekends", "eighteen", "nineteen", "twenty"}
CALENDAR_KINDS = ("month", "weekday", "season", "holiday", "daypart", "clock", "set",
                  "reference", "unit")


def calendar_words(words: dict[str, dict[str, str]], decades: str) -> frozenset[str]:
    """Return the lower-case words one of which every timex pattern's match contains."""
    found = set(TABLE_WORDS) | set(decades.split("|"))
    for kind in CALENDAR_KINDS:
        # a phrase's last word is enough ("the near future", "Mother's Day"): a match holds all
        # of it, and the patterns close a calendar word at a word boundary
        found |= {LETTERS.findall(phrase)[-1].lower() for phrase in words[kind]}
    found |= {unit.lower() + "s" for unit in words["unit"]}  # "days", "centurys" does no harm
    return frozenset(found)


@dataclass(frozen=True)
class Scanner:
    """The timex patterns with the words that tell where in a text they can match."""

    patterns: list[tuple[regex.Pattern, Callable]]
    words: frozenset[str]
    months: tuple[str, ...]  # "midJanuary": a month name may end a run of letters

    def stretches(self, text: str) -> list[tuple[int, int]]:
        """Return the stretches of `text` around its digits and calendar words, merged."""
        starts = [m.start() for m in LETTERS.finditer(text)
                  if m[0].lower() in self.words or m[0].endswith(self.months)]
        starts += [m.start() for m in DIGIT.finditer(text)]
        starts.sort()
        found: list[tuple[int, int]] = []
        for start in starts:
            begin, end = max(start - REACH_BEFORE, 0), min(start + REACH_AFTER, len(text))
            if found and begin <= found[-1][1]:
                found[-1] = (found[-1][0], end)
            else:
                found.append((begin, end))
        return found

    def matches(self, text: str) -> list[tuple[int, int, int, regex.Match, Callable]]:
        """Return (start, end, rank, match, resolver) for each pattern's matches in `text`."""
        stretches = self.stretches(text)
        if not stretches:
            return []
        joined = JOIN.join(text[begin:end] for begin, end in stretches)
        # where each stretch begins in `joined`, and how far it lies from its place in `text`
        offsets, shifts, at = [], [], 0
        for begin, end in stretches:
            offsets.append(at)
            shifts.append(begin - at)
            at += end - begin + len(JOIN)
        found = []
        for rank, (pattern, resolve) in enumerate(self.patterns):
            for match in pattern.finditer(joined):
                start, end = match.span("t" if "t" in pattern.groupindex else 0)
                shift = shifts[bisect.bisect_right(offsets, match.start()) - 1]
                found.append((start + shift, end + shift, rank, match, resolve))
        return found
