"""Scanning a text with the timex patterns only where a match can be: around a digit or a
calendar word. Most of a news article names no date, and running every pattern over all of it
was nearly all of the dates stage's time; the matches are the same as a scan of the whole text.
A pattern whose match can hold no digit (told from its source) scans only around calendar words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import regex

from newsevents.dates.literals import ASCII_FOLDS, Clause, required_words

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
               "half", "weekend", "weekends", "eighteen", "nineteen", "twenty", "time",
               "while", "overnight", "moment", "then", "seconds"}
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
    found |= {unit.lower() + "long" for unit in words["unit"]}  # "weeklong", "yearlong"
    found |= {word.lower() + "s" for kind in ("weekday", "season") for word in words[kind]}
    return frozenset(found)


LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
QUANTIFIER = re.compile(r"\{\d+(?:,\d*)?\}")
# what in a pattern's source could consume a digit
DIGIT_READER = re.compile(r"\\[dwSWpPX]|\[\^|[0-9]|(?<!\\)\.")


def consumed_source(source: str) -> str:
    """Return a pattern's source without its lookarounds, which read text but hold none of it."""
    kept, depth, at, in_class = [], 0, 0, False  # depth: inside how many lookarounds
    while at < len(source):
        char = source[at]
        if char == "\\":
            kept.append(source[at : at + 2] if not depth else "")
            at += 2
            continue
        if in_class or char == "[":
            in_class = char != "]" or (in_class and source[at - 1] == "[")
        elif source.startswith(LOOKAROUND, at) or (depth and char == "("):
            depth += 1
        elif depth and char == ")":
            depth -= 1
            at += 1
            continue
        if not depth:
            kept.append(char)
        at += 1
    return "".join(kept)


def reads_digits(pattern: regex.Pattern) -> bool:
    """Tell whether a match of `pattern` may hold a digit: if not, it holds a calendar word
    (see above), and the stretches around those alone are scanned for it."""
    return bool(DIGIT_READER.search(QUANTIFIER.sub("", consumed_source(pattern.pattern))))


@dataclass(frozen=True)
class Scanner:
    """The timex patterns with the words that tell where in a text they can match."""

    patterns: list[tuple[regex.Pattern, Callable]]
    words: frozenset[str]
    months: tuple[str, ...]  # "midJanuary": a month name may end a run of letters

    @cached_property
    def digit_free(self) -> list[bool]:
        return [not reads_digits(pattern) for pattern, _ in self.patterns]

    @cached_property
    def needs(self) -> list[tuple[Clause, ...] | None]:
        """The words each pattern's every match holds (see `literals`), where its source tells."""
        return [required_words(pattern, JOIN) for pattern, _ in self.patterns]

    def starts(self, text: str) -> tuple[list[int], list[int]]:
        """Return where the calendar words of `text` start, and where its digits are."""
        words = [m.start() for m in LETTERS.finditer(text)
                 if m[0].lower() in self.words or m[0].endswith(self.months)]
        return words, [m.start() for m in DIGIT.finditer(text)]

    def stretches(self, text: str) -> list[tuple[int, int]]:
        """Return the stretches of `text` around its digits and calendar words, merged."""
        words, digits = self.starts(text)
        return merged(sorted(words + digits), len(text))

    def matches(self, text: str) -> list[tuple[int, int, int, regex.Match, Callable]]:
        """Return (start, end, rank, match, resolver) for each pattern's matches in `text`.

        A pattern that reads no digit scans only the stretches around calendar words: in news,
        numbers outnumber calendar words, and a third of the text scanned lies around them alone.
        A pattern whose matches hold words of its own ("week of", "the weekend") scans only the
        stretches that hold them.
        """
        words, digits = self.starts(text)
        if not words and not digits:
            return []
        scans = (Scan(text, merged(sorted(words + digits), len(text))),
                 Scan(text, merged(words, len(text))))
        found = []
        for rank, (pattern, resolve) in enumerate(self.patterns):
            scan = scans[self.digit_free[rank]]
            for low, high in scan.regions(self.needs[rank]):
                for match in pattern.finditer(scan.text, low, high):
                    start, end = match.span("t" if "t" in pattern.groupindex else 0)
                    shift = scan.shifts[bisect.bisect_right(scan.offsets, match.start()) - 1]
                    found.append((start + shift, end + shift, rank, match, resolve))
        return found


class Scan:
    """The stretches of a text joined into one text to scan, with where each one came from."""

    def __init__(self, text: str, stretches: list[tuple[int, int]]):
        self.text, self.offsets, self.shifts = joined(text, stretches)
        lowered = self.text.lower()
        # the words are looked for in lower case, where that keeps every character in place
        # and finds whatever `regex` matches ignoring case
        same = len(lowered) == len(self.text) and not ASCII_FOLDS.search(self.text)
        self.lowered = lowered if same else None
        self.holding: dict[str, set[int]] = {}  # word -> the stretches that hold it
        self.clauses: dict[Clause, set[int]] = {}  # clause -> the stretches holding a word of it

    def regions(self, needs: tuple[Clause, ...] | None) -> list[tuple[int, int]]:
        """Return the runs of stretches (as `finditer` bounds) that hold a word of each clause
        of `needs`: the whole text when nothing is needed. A run ends after the join that
        follows it, as a scan of the whole text sees it."""
        if needs is None or self.lowered is None:
            return [(0, len(self.text))]
        kept = set.intersection(*map(self._clause_holding, needs))
        bounds = [*self.offsets[1:], len(self.text)]
        runs: list[tuple[int, int]] = []
        for index in sorted(kept):
            if runs and runs[-1][1] == self.offsets[index]:
                runs[-1] = (runs[-1][0], bounds[index])
            else:
                runs.append((self.offsets[index], bounds[index]))
        return runs

    def _clause_holding(self, clause: Clause) -> set[int]:
        """Return the stretches that hold a word of `clause`, found once per scan: the patterns
        share many clauses (the digits of a year, a slash)."""
        found = self.clauses.get(clause)
        if found is None:
            found = self.clauses[clause] = set().union(*map(self._holding, clause))
        return found

    def _holding(self, word: str) -> set[int]:
        """Return the stretches whose text holds `word` (lower case), found once per scan."""
        found = self.holding.get(word)
        if found is None:
            found = self.holding[word] = set()
            starts, at = self.offsets, self.lowered.find(word)
            while at >= 0:
                stretch = bisect.bisect_right(starts, at) - 1
                found.add(stretch)
                # the next stretch on: a stretch is kept once, however often it holds the word
                # ("." after every sentence)
                after = starts[stretch + 1] if stretch + 1 < len(starts) else len(self.lowered)
                at = self.lowered.find(word, after)
        return found


def merged(starts: list[int], length: int) -> list[tuple[int, int]]:
    """Return the stretches around sorted `starts` of a text `length` long, overlaps merged."""
    found: list[tuple[int, int]] = []
    for start in starts:
        begin, end = max(start - REACH_BEFORE, 0), min(start + REACH_AFTER, length)
        if found and begin <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((begin, end))
    return found


def joined(text: str, stretches: list[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """Join the stretches of `text` into one text to scan; return it with where each stretch
    begins in it and how far that lies from its place in `text`."""
    offsets, shifts, at = [], [], 0
    for begin, end in stretches:
        offsets.append(at)
        shifts.append(begin - at)
        at += end - begin + len(JOIN)
    return JOIN.join(text[begin:end] for begin, end in stretches), offsets, shifts
