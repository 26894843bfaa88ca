"""The calendar lexicon of the dates stage: calendar words and attachment words, read from
data/dates/*.csv, with the timex patterns compiled from them once per lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import regex

from newsevents.datafiles import read_rows
from newsevents.dates.known_spans import bare_patterns
from newsevents.dates.patterns import build_patterns, pattern_parts
from newsevents.dates.scan import Scanner, calendar_words

DATA = Path(__file__).resolve().parents[1] / "data" / "dates"
NUMBER = re.compile(r"\d+")
CALENDAR_KINDS = {  # kind -> the form of its value
    "month": NUMBER, "weekday": NUMBER, "number": NUMBER, "ordinal": re.compile(r"[1-4]"),
    "day": re.compile(r"[1-9]|[12]\d|3[01]"),
    "season": re.compile(r"SP|SU|FA|WI"), "unit": re.compile(r"\d+(?:S|MIN|H|D|W|M|Q|Y|C)"),
    "vague": re.compile(r"X"), "reference": re.compile(r"(?:PAST|PRESENT|FUTURE)_REF"),
    "set": re.compile(r"PT?1[A-Z]"), "daypart": re.compile(r"MO|AF|EV|NI"),
    "clock": re.compile(r"(?:[01]\d|2[0-4]):[0-5]\d"),
    # a reference or set word that is mostly no timex in running text ("future talks",
    # "quarterly results"): read only where a span is known to be one
    "weak": re.compile(r"(?:PAST|PRESENT|FUTURE)_REF|PT?1[A-Z]"),
    "mod": re.compile(r"START|MID|END|APPROX|LESS_THAN|MORE_THAN|EQUAL_OR_LESS|EQUAL_OR_MORE"),
    # words after a timex that TIMEX3 takes into it; "plural" only after a plural unit
    "tail": re.compile(r"any|plural"),
    "holiday": re.compile(r"(?:0[1-9]|1[0-2])-(?:[0-3]\d(?:\+[0-6])?|[1-4L]-[0-6])"
                          r"|E[+-]\d{1,2}W?"),
}
ANCHOR_KINDS = {"event_noun", "temporal_prep", "reporting_verb", "future_verb", "intent_verb",
                "deadline_word", "future_cue", "deferral_verb", "deferral_prep", "sequence_word",
                "aspectual_verb", "after_word", "close_in_time", "period_measure", "price_move",
                "dating_verb", "simultaneity_word"}


@dataclass(frozen=True)
class Lexicon:
    """Calendar words and attachment words, read from data/dates/*.csv."""

    words: dict[str, dict[str, str]]  # kind -> word -> value
    anchors: dict[str, frozenset[str]]  # kind -> words

    @cached_property
    def patterns(self) -> list[tuple[regex.Pattern, Callable]]:
        return build_patterns(self)

    @cached_property
    def scanner(self) -> Scanner:
        """The patterns with the calendar words that show where in a text they can match."""
        decades = pattern_parts(self.words)["decades"]
        return Scanner(self.patterns, calendar_words(self.words, decades),
                       tuple(self.words["month"]))

    @cached_property
    def name_words(self) -> frozenset[str]:
        """The words of calendar names, capitalised in running text: months, weekdays and
        holidays ("Good Friday"), but not the units a holiday's name may end in ("Holy Week")."""
        units = {unit.capitalize() for unit in self.words["unit"]}
        return frozenset(word for kind in ("month", "weekday", "holiday")
                         for name in self.words[kind] for word in re.findall(r"[A-Za-z]+", name)
                         if word not in units)

    @cached_property
    def mod_before(self) -> re.Pattern:
        """A TIMEX3 mod word ending just before a timex ("early", "nearly", "more than"), or
        joined to it ("mid-1990s"), with the article before it ("the late 1990s")."""
        words = "|".join(re.escape(w) for w in sorted(self.words["mod"], key=len, reverse=True))
        return re.compile(rf"(?i)(?<![\w-])(?:the\s+)?(?P<mod>{words})(?:\s+|-)$")

    @cached_property
    def tail_after(self) -> re.Pattern:
        """The words after a timex that only blur its edge ("or so", "and beyond"), in the group
        `plural` where they follow only a plural unit ("the weeks ahead", not "the road ahead")."""
        tails = self.words["tail"]
        anywhere = _phrases(w for w, where in tails.items() if where == "any")
        plural = _phrases(w for w, where in tails.items() if where == "plural")
        return re.compile(rf"(?i)\s+(?:{anywhere}|(?P<plural>{plural}))\b")

    @cached_property
    def bare_patterns(self) -> list[tuple[re.Pattern, Callable]]:
        """Patterns for a lone month or year, safe only where the span is known to be a date."""
        return bare_patterns(self)


def _phrases(words) -> str:
    """An alternation of phrases, longest first, their words apart by any spacing; one that
    matches nothing when there are none."""
    found = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in found) or "(?!)"


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Load the calendar words and attachment words, failing on a malformed row."""
    folder = directory or DATA
    words: dict[str, dict[str, str]] = {kind: {} for kind in CALENDAR_KINDS}
    path = folder / "calendar.csv"
    for number, row in read_rows(path, ("word", "kind", "value")):
        if row["kind"] not in CALENDAR_KINDS or not row["word"]:
            raise ValueError(f"{path}:{number}: need a word and a known kind")
        form = CALENDAR_KINDS[row["kind"]]
        if not form.fullmatch(row["value"]):
            what = "a number" if form is NUMBER else f"a {row['kind']} code ({form.pattern})"
            raise ValueError(f"{path}:{number}: value must be {what}")
        words[row["kind"]][row["word"]] = row["value"]
    anchors: dict[str, set[str]] = {}
    path = folder / "anchors.csv"
    for number, row in read_rows(path, ("word", "kind")):
        if row["kind"] not in ANCHOR_KINDS or not row["word"]:
            raise ValueError(f"{path}:{number}: need a word and a known kind")
        anchors.setdefault(row["kind"], set()).add(row["word"].lower())
    return Lexicon(words, {kind: frozenset(anchors.get(kind, ())) for kind in ANCHOR_KINDS})
