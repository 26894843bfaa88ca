"""Resolvers for the dates stage's timex patterns: each turns a regex match into (value,
precision), given the publication date and the tense of the governing verb.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsevents.dates.arithmetic import (
    AHEAD,
    BEHIND,
    FUTURE,
    PAST,
    add_months,
    add_quarters,
    date_or_none,
    nearest,
    resolve_ago,
    resolve_bare_season,
    resolve_cued_month,
    resolve_duration,
    resolve_half,
    resolve_holiday,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_relative_unit,
    resolve_season,
    resolve_weekday,
    week_of,
)

# Precisions that stand for a value still to be read against the text around them (resolved in
# context.read_in_context): "the quarter" is the quarter last spoken of, "a year earlier" the
# year before it.
REFERENCE_QUARTER, YEAR_BEFORE = "quarter-reference", "year-before"
# "the 1988 quarter": that year's quarter of the same number as the one last named
QUARTER_OF_YEAR = "quarter-of-year"
# "that day", "the following year": a shift (value "day+1") from the date last named
ANAPHOR = "anaphor"
# half a unit, in the next smaller one (keyed "T" + letter for units of the clock: PT1M is a
# minute); half a month or week has no exact smaller count, so it is left out
HALVES = {"Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S"}
# half of one unit, keyed by the unit's code: "half a century" P50Y, "half an hour" PT30M (half a
# month or week, again, has no exact count)
HALF_UNITS = {"1C": "P50Y", "10Y": "P5Y", "1Y": "P6M", "1D": "PT12H", "1H": "PT30M",
              "1MIN": "PT30S"}
ANAPHOR_SHIFTS = {"that": 0, "same": 0, "following": 1, "next": 1, "after": 1, "later": 1,
                  "previous": -1, "prior": -1, "preceding": -1, "before": -1, "earlier": -1}


def year_match(m: re.Match, pub: dt.date | None, way: int) -> tuple[str, str]:
    return m["y"], "year"


def _relative_day(text: str, pub: dt.date | None) -> str | None:
    """Return the date "today", "yesterday", "last night" or "tomorrow evening" stands for."""
    # "early yesterday morning", "late last night": the day word need not come first
    words = text.lower().split()
    offset = -1 if "yesterday" in words or "last" in words else 0
    offset = 1 if "tomorrow" in words else offset
    return (pub + dt.timedelta(days=offset)).isoformat() if pub else None


def full_year(year: str | None, pub: dt.date | None) -> str | None:
    """Return a year written with two digits ("FY24", "Q3 '24") in full: the one of that ending
    nearest publication, which is seldom more than a few decades off."""
    if not year or len(year) == 4:
        return year
    now = pub.year if pub else 2000
    found = now // 100 * 100 + int(year)
    return str(found - 100 if found > now + 50 else found + 100 if found < now - 50 else found)


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Resolve:
    """Turn a pattern's match into (value, precision), given the publication date and tense."""

    words: dict[str, dict[str, str]]

    def count(self, m: re.Match) -> int:
        if m["n"].isdigit():
            return int(m["n"])
        number = self.words["number"]
        if m["n"].lower() in number:
            return int(number[m["n"].lower()])
        return sum(int(number[part]) for part in re.split(r"[\s-]", m["n"].lower()))

    def month_day(self, m: re.Match, pub: dt.date | None, way: int):
        groups = m.groupdict()
        month = int(groups["mm"]) if groups.get("mm") else int(self.words["month"][m["mon"]])
        weekday = int(self.words["weekday"][groups["wd"]]) if groups.get("wd") else None
        year = int(m["y"]) if m["y"] else None
        day = int(m["d"]) if groups.get("d") else int(self.words["day"][groups["dw"].lower()])
        return resolve_month_day(year, month, day, pub, way, weekday)

    def week_of_day(self, m: re.Match, pub: dt.date | None, way: int):
        found = self.month_day(m, pub, way)
        return found and (week_of(dt.date.fromisoformat(found[0])), "week")

    def month(self, m: re.Match, pub: dt.date | None, way: int):
        month, groups = int(self.words["month"][m["mon"]]), m.groupdict()
        if self.year_of(m):  # "August 2019", "January nineteen ninety-seven"
            return f"{self.year_of(m)}-{month:02d}", "month"
        shift = {"last": -1, "this": 0, "next": 1}.get((groups.get("yrel") or "").lower())
        cue = (groups.get("cue") or "").lower()
        if pub and (shift is not None or cue == "this"):  # "June last year", "this September"
            return f"{pub.year + (shift or 0)}-{month:02d}", "month"
        if pub and cue in {"last", "next"}:
            return resolve_cued_month(month, cue, pub)
        return resolve_month(month, pub, way)

    def weekday_of_week(self, m: re.Match, pub: dt.date | None, way: int):
        if pub is None:
            return None
        shift = {"last": -1, "this": 0, "next": 1}[m["wrel"].lower()]
        monday = pub - dt.timedelta(days=pub.weekday() - 7 * shift)
        day = monday + dt.timedelta(days=int(self.words["weekday"][m["wd"]]))
        return day.isoformat(), "day"

    def day_of_near_month(self, m: re.Match, pub: dt.date | None, way: int):
        """"On the 15th": that day of a month near publication's, nearest it on the tense's side."""
        if pub is None:
            return None
        months = [add_months(pub, shift) for shift in (-2, -1, 0, 1)]  # February has no 30th
        days = [d for d in (date_or_none(int(month[:4]), int(month[5:]), int(m["d"]))
                            for month in months) if d is not None]
        found = nearest(days, pub, way)
        return (found.isoformat(), "day") if found else None

    def day_of_month(self, m: re.Match, pub: dt.date | None, way: int):
        found = self.month(m, pub, way)
        return found and (f"{found[0]}-XX", found[1])

    def weekday(self, m: re.Match, pub: dt.date | None, way: int):
        rel = (m["rel"] or "").lower()
        way = PAST if rel == "last" else FUTURE if rel in {"next", "coming"} else way
        found = resolve_weekday(int(self.words["weekday"][m["wd"]]), pub, way, strict=bool(rel))
        return found and (found[0] + self.part_of_day(m), found[1])

    def day(self, m: re.Match, pub: dt.date | None, way: int):
        day = _relative_day(m.groupdict().get("rday") or m[0], pub)
        return day and (day + self.part_of_day(m), "day")

    def part_of_day(self, m: re.Match) -> str:
        """TimeML's suffix for a part of the day: "Friday morning" is the day's TMO."""
        part = (m.groupdict().get("part") or "").lower()
        return f"T{self.words['daypart'][part]}" if part else ""

    def clock(self, m: re.Match, pub: dt.date | None, way: int):
        """Read "10 p.m. Wednesday", "noon Friday", "6 a.m.", "4 in the morning" as a time of day.

        Without a day the time is read on the publication date (read_in_context moves it to the
        day last named), with a precision no event takes its date from.
        """
        groups = m.groupdict()
        if groups.get("named"):
            time = self.words["clock"][groups["named"].lower()]
        elif groups.get("h2"):  # "at night" is after noon from six ("10 at night"), else before
            hour, part = int(m["h2"]) % 12, groups["dp"].lower()
            hour += 12 if not part.endswith("morning") and (hour >= 6 or "night" not in part) else 0
            time = f"{hour:02d}:{groups.get('min2') or '00'}"
        elif groups.get("h3"):
            time = f"{m['h3']}:{m['min3']}"
        else:
            hour = int(m["h"]) % 12 + (12 if m["ampm"][0].lower() == "p" else 0)
            time = f"{hour:02d}:{groups.get('min') or '00'}"
        if groups.get("wd"):
            day = resolve_weekday(int(self.words["weekday"][m["wd"]]), pub, way, strict=False)
        elif groups.get("rday"):
            day = _relative_day(groups["rday"], pub)
            day = day and (day, "day")
        elif groups.get("mon"):
            day = self.month_day(m, pub, way)
        else:
            day = (pub.isoformat(), "time") if pub else None
        return day and (f"{day[0]}T{time}", day[1])

    def bare_season(self, m: re.Match, pub: dt.date | None, way: int):
        return resolve_bare_season(self.words["season"][m["s"].lower()], pub, way)

    def holiday(self, m: re.Match, pub: dt.date | None, way: int):
        rel = (m["rel"] or "").lower()
        way = PAST if rel == "last" else FUTURE if rel == "next" else way
        return resolve_holiday(self.words["holiday"][m["hol"]], pub, way)

    def season(self, m: re.Match, pub: dt.date | None, way: int):
        rel, year = (m.groupdict().get("rel") or "").lower(), self.year_of(m)
        year = str(year) if year else None
        return resolve_season(self.words["season"][m["s"].lower()], rel, year, pub)

    def unit(self, m: re.Match, pub: dt.date | None, way: int):
        return resolve_relative_unit(" ".join(m["rel"].lower().split()), m["unit"].lower(), pub)

    def ago(self, m: re.Match, pub: dt.date | None, way: int):
        return resolve_ago(self.count(m), m["unit"].lower(), pub)

    def duration(self, m: re.Match, pub: dt.date | None, way: int):
        count = self.count(m) if m.groupdict().get("n") else None  # no number: vague
        value, precision = resolve_duration(count, self.words["unit"][m["unit"].lower()])
        half = ("T" if value.startswith("PT") else "") + value[-1]
        if (m.groupdict().get("half") or m.groupdict().get("half_after")) and half in HALVES:
            value += HALVES[half]  # "5 1/2 hours", "an hour and a half": PT5H30M, PT1H30M
        return value, precision

    def half_unit(self, m: re.Match, pub: dt.date | None, way: int):
        """"Half a decade" P5Y, "a half-hour" PT30M: half of one unit, where it has an exact one."""
        value = HALF_UNITS.get(self.words["unit"][m["unit"].lower()])
        return value and (value, "duration")

    def some_day(self, m: re.Match, pub: dt.date | None, way: int):
        return ("FUTURE_REF", "present") if way in AHEAD else ("P1D", "duration")

    def clock_duration(self, m: re.Match, pub: dt.date | None, way: int):
        parts = [(int(m[group]), letter) for group, letter in
                 (("h", "H"), ("min", "M"), ("sec", "S"))]
        written = "".join(f"{count}{letter}" for count, letter in parts if count)
        return f"PT{written or '0S'}", "duration"

    def second_year(self, m: re.Match, pub: dt.date | None, way: int):
        """"58" of "1957-58": the first year's century, or the next one ("1999-00")."""
        first = int(m["y0"])
        year = first // 100 * 100 + int(m["yy"])
        return str(year if year > first else year + 100), "year"

    def decade_word(self, m: re.Match, pub: dt.date | None, way: int):
        if pub is None:
            return None
        """"The nineties", "the '90s": the latest such decade."""
        if m.groupdict().get("dd"):
            tens = int(m["dd"]) * 10
        else:
            tens = int(self.words["number"][m["tens"].lower()[:-3] + "y"])
        start = pub.year // 100 * 100 + tens
        return str((start if start <= pub.year else start - 100) // 10), "decade"

    def bare_unit(self, m: re.Match, pub: dt.date | None, way: int):
        """A unit known to be a timex: one of it ("day-long") unless plural or vaguely counted
        ("weeks", "a several-year tenure")."""
        if m.groupdict().get("n"):
            count = self.count(m)
        else:
            vague = m["plural"] or m["few"] or m[0].lower().endswith("ies")
            count = None if vague else 1
        return resolve_duration(count, self.words["unit"][m["unit"].lower()])

    def quarter(self, m: re.Match, pub: dt.date | None, way: int):
        groups = m.groupdict()  # "the second quarter of 1988", "the 1988 second quarter", "Q3 24"
        year = full_year(groups.get("y") or groups.get("y0"), pub)
        rel = groups.get("yrel") or groups.get("yrel2") or ""
        shift = {"last": -1, "this": 0, "next": 1}.get(rel.lower())
        if shift is not None and pub:  # "next year's first quarter", "the fourth of last year"
            year = str(pub.year + shift)
        number = groups.get("q") or groups.get("q2") or self.words["ordinal"][m["ord"].lower()]
        return resolve_quarter(int(number), year, pub, way)

    def half(self, m: re.Match, pub: dt.date | None, way: int):
        """"The first half of 2023" 2023-H1, "H2 2024", "the second half of last year"."""
        groups = m.groupdict()
        year = full_year(groups.get("y"), pub)
        shift = {"last": -1, "this": 0, "next": 1}.get((groups.get("yrel") or "").lower())
        if groups.get("ythe"):  # "the first half of the year": the year under way
            shift = 0
        if shift is not None:
            year = str(pub.year + shift) if pub else None
        half = groups.get("hn") or groups.get("hn2") or ("1" if m["h"].lower() == "first" else "2")
        if not year:  # a known span "the first half": the nearest first half, as for a quarter
            return resolve_half(int(half), pub, way)
        return f"{year}-H{half}", "half"

    def named_year(self, m: re.Match, pub: dt.date | None, way: int):
        return full_year(m["y"], pub), "year"

    def year_end(self, m: re.Match, pub: dt.date | None, way: int):
        """"Year-end": the end of the year under way, but under a past verb one already gone by
        ("had $5 million in cash at year-end", "has risen 12% since year-end" in October)."""
        return (str(pub.year - (way in BEHIND)), "year") if pub else None

    def year_before(self, m: re.Match, pub: dt.date | None, way: int):
        """"A year earlier": the year before; read_in_context narrows it to a nearby quarter."""
        return (str(pub.year - 1), YEAR_BEFORE) if pub else None

    def quarter_year_before(self, m: re.Match, pub: dt.date | None, way: int):
        """"The year-ago third quarter": the nearest third quarter, a year back."""
        found = self.quarter(m, pub, way)
        return found and (f"{int(found[0][:4]) - 1}{found[0][4:]}", found[1])

    def year_quarter(self, m: re.Match, pub: dt.date | None, way: int):
        return m["y"], QUARTER_OF_YEAR

    def anaphor(self, m: re.Match, pub: dt.date | None, way: int):
        count = self.count(m) if m.groupdict().get("n") else 1
        return f"{m['unit'].lower()}{count * ANAPHOR_SHIFTS[m['rel'].lower()]:+d}", ANAPHOR

    def next_unit(self, m: re.Match, pub: dt.date | None, way: int):
        """"The next year": told in the past, the one after the date last named ("elected in
        2008; the next year, he resigned"); else the one after publication's."""
        if way in BEHIND:
            return self.anaphor(m, pub, way)
        return resolve_relative_unit("next", m["unit"].lower(), pub)

    def anaphor_weekday(self, m: re.Match, pub: dt.date | None, way: int):
        shift = ANAPHOR_SHIFTS[m["rel"].lower()]
        return f"wd{self.words['weekday'][m['wd']]}{shift:+d}", ANAPHOR

    def anaphor_within(self, m: re.Match, pub: dt.date | None, way: int):
        """"That summer", "the following January": a season or month counted from the date
        last named; "September of that year", "the winter of the following year": in its year,
        shifted."""
        groups = m.groupdict()
        code = (self.words["season"][m["s"].lower()] if groups.get("s")
                else f"{int(self.words['month'][m['mon']]):02d}")
        shift = ANAPHOR_SHIFTS[m["arel"].lower().split()[-1]]
        unit = "year" if groups.get("of_year") or not shift else "next"
        return f"{unit}{shift:+d}-{code}", ANAPHOR

    def day_beyond(self, m: re.Match, pub: dt.date | None, way: int):
        """"The day before yesterday", "the day after tomorrow": two days from publication."""
        days = -2 if m["beyond"].lower() == "yesterday" else 2
        return ((pub + dt.timedelta(days=days)).isoformat(), "day") if pub else None

    def spoken_year(self, m: re.Match, pub: dt.date | None, way: int):
        return str(self.year_of(m)), "year"

    def year_of(self, m: re.Match) -> int | None:
        """The year a match names in digits, or spoken as broadcast transcripts write it
        ("nineteen ninety-six")."""
        groups = m.groupdict()
        if groups.get("y"):
            return int(groups["y"])
        if not groups.get("c"):
            return None
        number = self.words["number"]
        units = int(number[m["units"].lower()]) if m["units"] else 0
        return int(number[m["c"].lower()]) * 100 + int(number[m["tens"].lower()]) + units

    def reference_quarter(self, m: re.Match, pub: dt.date | None, way: int):
        """"The latest quarter": the last one completed, unless read_in_context finds one named."""
        return (add_quarters(pub, -1), REFERENCE_QUARTER) if pub else None

    def word(self, kind: str, precision: str) -> Callable:
        """Resolve a word whose value the lexicon gives ("recently" PAST_REF, "daily" P1D)."""
        return lambda m, pub, way: (self.words[kind][m["w"].lower()], precision)

    def weak(self, m: re.Match, pub: dt.date | None, way: int):
        value = self.words["weak"][m["w"].lower()]
        return value, "present" if value.endswith("_REF") else "set"

    def every(self, m: re.Match, pub: dt.date | None, way: int):
        """A set: "every Thursday night" XXXX-WXX-4TNI, "each July", "every winter", "every
        morning" XXXX-XX-XXTMO, "every week" P1W."""
        groups = m.groupdict()
        if groups.get("wd"):  # TimeML's weekday counts from 1
            return f"XXXX-WXX-{int(self.words['weekday'][m['wd']]) + 1}{self.part_of_day(m)}", "set"
        if groups.get("mon"):
            return f"XXXX-{int(self.words['month'][m['mon']]):02d}", "set"
        if groups.get("s"):  # "each winter", "the past three summers"
            return f"XXXX-{self.words['season'][m['s'].lower()]}", "set"
        if groups.get("part"):
            return f"XXXX-XX-XX{self.part_of_day(m)}", "set"
        if groups.get("we"):
            return "XXXX-WXX-WE", "set"
        if groups.get("q"):  # a quarter is no unit of its own ("a quarter of the vote")
            return "P1Q", "set"
        every = 2 if groups.get("other") else 1
        return resolve_duration(every, self.words["unit"][m["unit"].lower()])[0], "set"
