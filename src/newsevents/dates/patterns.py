"""Timex patterns for the dates stage: each regex comes with a function from its match to
(value, precision), given the publication date and the tense of the governing verb.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsevents.dates.arithmetic import (
    FUTURE,
    PAST,
    add_quarters,
    resolve_ago,
    resolve_bare_season,
    resolve_duration,
    resolve_holiday,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_relative_unit,
    resolve_season,
    resolve_weekday,
    resolve_weekend,
)

if TYPE_CHECKING:
    from newsevents.dates.lexicon import Lexicon

# Precisions that stand for a value still to be read against the text around them (resolved in
# timexes.read_in_context): "the quarter" is the quarter last spoken of, "a year earlier" the
# year before it.
REFERENCE_QUARTER, YEAR_BEFORE = "quarter-reference", "year-before"
# "the 1988 quarter": that year's quarter of the same number as the one last named
QUARTER_OF_YEAR = "quarter-of-year"
# "that day", "the following year": a shift (value "day+1") from the date last named
ANAPHOR = "anaphor"
HALVES = {"Y": "6M", "H": "30M"}  # half a unit, in the next smaller one
ANAPHOR_SHIFTS = {"that": 0, "same": 0, "following": 1, "next": 1, "after": 1, "later": 1,
                  "previous": -1, "preceding": -1, "before": -1, "earlier": -1}


def year_match(m: re.Match, pub: dt.date | None, way: int) -> tuple[str, str]:
    return m["y"], "year"


def _relative_day(text: str, pub: dt.date | None) -> str | None:
    """Return the date "today", "yesterday", "last night" or "tomorrow evening" stands for."""
    text = text.lower()
    offset = -1 if text.startswith(("yesterday", "last night")) else 0
    offset = 1 if text.startswith("tomorrow") else offset
    return (pub + dt.timedelta(days=offset)).isoformat() if pub else None


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
        return resolve_month_day(year, month, int(m["d"]), pub, way, weekday)

    def month(self, m: re.Match, pub: dt.date | None, way: int):
        month, groups = int(self.words["month"][m["mon"]]), m.groupdict()
        if groups.get("y"):
            return f"{groups['y']}-{month:02d}", "month"
        shift = {"last": -1, "this": 0, "next": 1}.get((groups.get("yrel") or "").lower())
        cue = (groups.get("cue") or "").lower()
        if pub and (shift is not None or cue == "this"):  # "June last year", "this September"
            return f"{pub.year + (shift or 0)}-{month:02d}", "month"
        way = PAST if cue == "last" else FUTURE if cue == "next" else way
        return resolve_month(month, pub, way)

    def weekday(self, m: re.Match, pub: dt.date | None, way: int):
        rel = (m["rel"] or "").lower()
        way = PAST if rel == "last" else FUTURE if rel in {"next", "coming"} else way
        found = resolve_weekday(int(self.words["weekday"][m["wd"]]), pub, way, strict=bool(rel))
        return found and (found[0] + self.part_of_day(m), found[1])

    def day(self, m: re.Match, pub: dt.date | None, way: int):
        day = _relative_day(m[0], pub)
        return day and (day + self.part_of_day(m), "day")

    def part_of_day(self, m: re.Match) -> str:
        """TimeML's suffix for a part of the day: "Friday morning" is the day's TMO."""
        part = (m.groupdict().get("part") or "").lower()
        return f"T{self.words['daypart'][part]}" if part else ""

    def clock(self, m: re.Match, pub: dt.date | None, way: int):
        """Read "10 p.m. Wednesday", "noon Friday", "6 a.m." as a time on its day.

        Without a day the time is read on the publication date, with a precision no event takes
        its date from ("at 10 p.m." alone says nothing of which day).
        """
        groups = m.groupdict()
        if groups.get("named"):
            time = self.words["clock"][groups["named"].lower()]
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
        rel, year = (m.groupdict().get("rel") or "").lower(), m.groupdict().get("y")
        return resolve_season(self.words["season"][m["s"].lower()], rel, year, pub)

    def unit(self, m: re.Match, pub: dt.date | None, way: int):
        return resolve_relative_unit(m["rel"].lower(), m["unit"].lower(), pub)

    def ago(self, m: re.Match, pub: dt.date | None, way: int):
        return resolve_ago(self.count(m), m["unit"].lower(), pub)

    def duration(self, m: re.Match, pub: dt.date | None, way: int):
        count = self.count(m) if m.groupdict().get("n") else None  # no number: vague
        value, precision = resolve_duration(count, self.words["unit"][m["unit"].lower()])
        if m.groupdict().get("half") and value[-1] in HALVES:  # "5 1/2 hours": PT5H30M
            value += HALVES[value[-1]]
        return value, precision

    def decade_word(self, m: re.Match, pub: dt.date | None, way: int):
        if pub is None:
            return None
        tens = int(self.words["number"][m["tens"].lower()[:-3] + "y"])
        start = pub.year // 100 * 100 + tens
        return str((start if start <= pub.year else start - 100) // 10), "decade"

    def bare_unit(self, m: re.Match, pub: dt.date | None, way: int):
        """A unit known to be a timex: one of it ("day-long") unless plural and uncounted."""
        if m.groupdict().get("n"):
            count = self.count(m)
        else:
            count = None if m["plural"] or m[0].lower().endswith("ies") else 1
        return resolve_duration(count, self.words["unit"][m["unit"].lower()])

    def quarter(self, m: re.Match, pub: dt.date | None, way: int):
        groups = m.groupdict()  # "the second quarter of 1988", "the 1988 second quarter"
        year = groups.get("y") or groups.get("y0")
        shift = {"last": -1, "this": 0, "next": 1}.get((groups.get("yrel") or "").lower())
        if shift is not None and pub:  # "next year's first quarter"
            year = str(pub.year + shift)
        return resolve_quarter(int(self.words["ordinal"][m["ord"].lower()]), year, pub, way)

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

    def spoken_year(self, m: re.Match, pub: dt.date | None, way: int):
        """"Nineteen ninety-six", as broadcast transcripts write years."""
        number = self.words["number"]
        units = int(number[m["units"].lower()]) if m["units"] else 0
        tens = int(number[m["tens"].lower()]) + units
        return str(int(number[m["c"].lower()]) * 100 + tens), "year"

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
        if m.groupdict().get("wd"):  # "every Thursday": TimeML's weekday counts from 1
            return f"XXXX-WXX-{int(self.words['weekday'][m['wd']]) + 1}", "set"
        if m.groupdict().get("mon"):  # "each July"
            return f"XXXX-{int(self.words['month'][m['mon']]):02d}", "set"
        if m.groupdict().get("q"):  # a quarter is no unit of its own ("a quarter of the vote")
            return "P1Q", "set"
        return resolve_duration(1, self.words["unit"][m["unit"].lower()])[0], "set"


def pattern_parts(words: dict[str, dict[str, str]]) -> dict[str, str]:
    """Return the regex fragments the pattern tables share, built from the lexicon's words."""
    mon = rf"(?P<mon>{alternation(words['month'])})"
    dot = r"(?:\.(?=\s+\d))?"  # "Jan. 5", but not a full stop after a month name
    year = r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
    wdays = alternation(words["weekday"])
    number = words["number"]
    tens = alternation(w for w, v in number.items() if w.isalpha() and 9 < int(v) < 100)
    units = alternation(w for w, v in number.items() if w.isalpha() and int(v) < 10)
    # "twenty-four hours", "twenty four hours": a tens word may take a unit word, within the one
    # alternation, so that a compound costs no second scan of the text
    numbers = "|".join(
        re.escape(w) + (rf"(?:[\s-](?:{units})\b)?" if w.isalpha() and w.endswith("ty") else "")
        for w in sorted(number, key=len, reverse=True))
    return {
        "mon": mon, "dot": dot, "year": year, "wdays": wdays,
        "wday": rf"(?:(?P<wd>{wdays}),?\s+)?",
        "num": rf"(?P<n>\d+|(?i:{numbers}))",
        "season": rf"(?P<s>(?i:{alternation(words['season'])}))",
        "rel": r"(?P<rel>(?i:last|this|next|past))",
        "tens": tens, "units": units,
        "decades": alternation(w[:-1] + "ies" for w, v in number.items()
                               if w.isalpha() and w.endswith("y") and 19 < int(v) < 100),
        "units_word": alternation(words["unit"]), "seasons_word": alternation(words["season"]),
        "unit": rf"(?P<unit>{alternation(words['unit'])})",
        "vague": rf"(?:{alternation(words['vague'])})",
        "part": rf"(?P<part>(?i:{alternation(words['daypart'])}))",
        "ordinal": rf"(?P<ord>{alternation(words['ordinal'])})",
        "holidays": alternation(words["holiday"]),
        "sets": alternation(words["set"]),
        "references": alternation(words["reference"]),
        "clock": (rf"(?:(?P<h>\d{{1,2}})(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.m\.?|[ap]m\b))"
                  rf"|(?P<named>(?i:{alternation(words['clock'])}))\b)"
                  r"(?:\s+(?:[A-Z][SD]T|GMT|UTC))?"),
        "clock_day": (rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{wdays})|(?P<rday>(?i:today|yesterday"
                      rf"|tomorrow))|{mon}{dot}\s+(?P<d>\d{{1,2}})\b{year}))?"),
    }


def build_patterns(lexicon: Lexicon) -> list[tuple[re.Pattern, Callable]]:
    """Compile the timex patterns, most specific first, each with its resolver.

    Where two matches start at the same place the longer wins, then the earlier in these tables.
    """
    p, resolve = pattern_parts(lexicon.words), Resolve(lexicon.words)
    table = _calendar_table(p, resolve) + _relative_table(p, resolve) + _duration_table(p, resolve)
    return [(re.compile(pattern), resolver) for pattern, resolver in table]


def _calendar_table(p: dict[str, str], resolve: Resolve) -> list[tuple[str, Callable]]:
    """Dates named on the calendar: clock times, days, months, seasons, years."""
    return [
        (rf"\b{p['clock']}{p['clock_day']}", resolve.clock),
        (r"\b(?P<y>\d{4})-(?P<mm>\d\d)-(?P<d>\d\d)\b", resolve.month_day),
        (rf"\b{p['wday']}{p['mon']}{p['dot']}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b{p['year']}",
         resolve.month_day),
        (rf"\b{p['wday']}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{p['mon']}{p['dot']}(?!\w){p['year']}",
         resolve.month_day),
        (rf"\b(?:(?i:early|mid-?|late)\s*)?{p['mon']}{p['dot']},?\s+(?P<y>(?:1[89]|20)\d\d)\b",
         resolve.month),
        (rf"(?i:\b(?:early|mid|late)-|\b(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+)"
         rf"{p['mon']}(?![\w-])(?!\s+\d)", resolve.month),
        (rf"\b(?i:in|since|until|till|by|during|early|late|through|from|before|after)\s+"
         rf"(?P<t>{p['mon']})(?![\w-])(?!\s+\d)",
         resolve.month),
        (rf"\b(?P<cue>(?i:last|next|this))\s+{p['mon']}(?![\w-])(?!\.?\s+\d)", resolve.month),
        (rf"\b{p['mon']}\s+(?i:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year)\b", resolve.month),
        (r"\b(?P<dec>(?:1[89]|20)\d)0'?s\b", lambda m, pub, way: (m["dec"], "decade")),
        # "the nineties": the latest such decade; "the" keeps out ages ("in his forties")
        (rf"\b(?i:the)\s+'?(?P<tens>(?i:{p['decades']}))\b", resolve.decade_word),
        (rf"\b(?:{p['rel']}\s+)?{p['season']}\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)\b",
         resolve.season),
        (rf"\b(?P<rel>(?i:last|this\s+past|this|next|past))\s+{p['season']}\b", resolve.season),
        (rf"\b(?i:in|during|over|through|until|by|since|before|after)\s+(?P<t>(?:(?i:the)\s+)?"
         rf"(?:(?i:early|late)\s+)?{p['season']})\b(?!-|\s+(?:of\s+)?(?:1[89]|20)\d\d)",
         resolve.bare_season),
        (rf"\b(?:(?P<rel>(?i:last|this|next))\s+)?(?P<hol>{p['holidays']})\b",
         resolve.holiday),
        # "the 20th century" is TimeML 19, its first two digits
        (r"(?i)\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b",
         lambda m, pub, way: (f"{int(m['c']) - 1:02d}", "century")),
        (r"\b(?i:in|since|until|by|from|during|before|after|early|late|through|mid|between"
         r"|and|of)[\s-](?P<t>(?P<y>(?:1[89]|20)\d\d))\b(?![-/]|\s*%)", year_match),
        (rf"\b(?i:(?:(?:early|earlier|late|later)\s+)?(?:this|yesterday|tomorrow|last(?=\s+night))"
         rf")\s+{p['part']}\b", resolve.day),
        (r"(?i)\b(?:today|yesterday|tomorrow|(?P<part>tonight))\b", resolve.day),
        (rf"\b(?:(?P<rel>(?i:last|this|next|coming))\s+)?(?P<wd>{p['wdays']})(?:\s+{p['part']})?\b",
         resolve.weekday),
    ]


def _relative_table(p: dict[str, str], resolve: Resolve) -> list[tuple[str, Callable]]:
    """Dates counted from publication or from the date last named; quarters."""
    return [
        (r"(?i)\b(?P<rel>earlier this|later this|early this|late last|last|this|next|past"
         r"|previous|coming|current)\s+(?P<unit>week|weekend|month|quarter|year)\b",
         resolve.unit),
        (rf"(?i)\b(?:the\s+)?(?:(?P<y0>(?:1[89]|20)\d\d)\s+|(?P<yrel>last|this|next)\s+year's\s+)?"
         rf"{p['ordinal']}[\s-]+quarter"
         r"(?:\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d))?\b", resolve.quarter),
        (rf"(?i)\b(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)\s+{p['ordinal']}[\s-]+quarter\b",
         resolve.quarter_year_before),
        (r"\b(?i:the)\s+(?P<y>(?:1[89]|20)\d\d)\s+(?:quarter|period)\b", resolve.year_quarter),
        # the year as a whole, in business news the (fiscal) year under way
        (r"(?i)\b(?:(?:the\s+)?(?:full|fiscal|current\s+fiscal)\s+year(?![\w-]|\s+end)"
         r"|(?:the\s+)?end\s+of\s+the\s+year|year(?:'s)?[\s-]end\b)",
         lambda m, pub, way: (str(pub.year), "year") if pub else None),
        (r"(?i)\b(?:(?:earlier|later)\s+)?(?:the\s+(?=same|following|previous|preceding))?"
         r"(?P<rel>that|same|following|previous|preceding)\s+(?P<unit>day|month|year)\b",
         resolve.anaphor),
        # "three days later", "the next day", "the day before": counted from the date last named
        (rf"(?i)\b(?!(?:a|one)\s+year\s){p['num']}\s+(?P<unit>day|week|month|year)s?\s+"
         r"(?P<rel>earlier|later)\b",
         resolve.anaphor),
        (r"(?i)\bthe\s+(?P<rel>next)\s+(?P<unit>day)\b", resolve.anaphor),
        # "the next morning": the day after the date last named (TimeML leaves out the part)
        (r"(?i)\bthe\s+(?P<rel>next|following)\s+(?:morning|afternoon|evening|night)\b",
         lambda m, pub, way: ("day+1", ANAPHOR)),
        (r"(?i)\bthe\s+(?P<unit>day)\s+(?P<rel>before|after)(?=\s*[,.;:]|\s*$)", resolve.anaphor),
        # "the first half of 2023", "the last half of 2023", "the first two quarters of 2023"
        (r"(?i)\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
         r"(?P<y>(?:1[89]|20)\d\d)\b",
         lambda m, pub, way: (f"{m['y']}-H{1 if m['h'].lower() == 'first' else 2}", "half")),
        (r"(?i)\b(?:the\s+)?(?:past|last|previous|next|coming)\s+(?P<unit>decade|century)\b",
         lambda m, pub, way: resolve_duration(1, resolve.words["unit"][m["unit"].lower()])),
        (rf"\b(?P<c>(?i:eighteen|nineteen|twenty))\s+(?P<tens>(?i:{p['tens']}))"
         rf"(?:-(?P<units>(?i:{p['units']})))?\b", resolve.spoken_year),
        (r"(?i)\b(?:the\s+)?year\s+two\s+thousand\b", lambda m, pub, way: ("2000", "year")),
        # comparisons with the year before, which business news makes quarter by quarter
        (r"(?i)\b(?:(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year's\s+(?:quarter|period)"
         r"|(?:the\s+)?(?:comparable\s+|same\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?"
         r"(?![\w-])|the\s+(?:quarter|period)\s+(?:a|one)\s+year\s+(?:ago|earlier)"
         r"|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:of\s+)?"
         r"(?:a\s+year\s+(?:ago|earlier)|last\s+year))", resolve.year_before),
        (r"\b(?i:the|that)\s+(?:(?i:latest|most\s+recent)\s+(?:quarter|period)|quarter)"
         r"(?![\w-])",
         resolve.reference_quarter),
        (rf"(?i)\b{p['num']}\s+(?P<unit>day|week|month|year|decade)s?(?:\s+or\s+so)?\s+ago\b",
         resolve.ago),
        # "a few years ago": some time in the past, no more precise (TimeML PAST_REF)
        (rf"(?i)\b{p['vague']}\s+{p['unit']}s\s+ago\b", lambda m, pub, way: ("PAST_REF",
         "present")),
        (r"(?i)\b(?:over|during|at|on|for|through)\s+(?P<t>the\s+weekend)\b",
         lambda m, pub, way: resolve_weekend(pub, way)),
    ]


def _duration_table(p: dict[str, str], resolve: Resolve) -> list[tuple[str, Callable]]:
    """Durations, sets and references to past, present or future."""
    return [
        # durations, as TimeML spans them: "the past three years", "five hours"; an age ("a
        # 30-year-old", "52 years old") is no temporal expression in TimeBank
        (rf"(?i)\b(?:the\s+(?:past|last|next|previous|first|coming)\s+)?{p['num']}"
         rf"(?P<half>\s+1/2|\s+and\s+a\s+half)?(?:\s+(?:more|additional|full))?[\s-]+{p['unit']}s?\b"
         r"(?!-(?:ago|earlier))(?![\s-]+old\b)",
         resolve.duration),
        (rf"(?i)\b(?:the\s+)?(?:(?:past|last|next|coming)\s+)?{p['vague']}\s+{p['unit']}s\b",
         resolve.duration),
        # "for years", "over the years", "the first time in years"
        (rf"(?i)\b(?:for|over|in|within)\s+(?P<t>(?:the\s+)?{p['unit']}s)\b(?!\s+(?:ago|later|earlier))",
         resolve.duration),
        # "the year ended March 31": a fiscal year, named by its end
        (r"(?i)\bthe\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)",
         lambda m, pub, way: ("P1Y", "duration")),
        (rf"\b(?i:every|each|per)\s+(?:(?i:{p['unit']}|(?P<q>quarter))|(?P<wd>{p['wdays']})"
         rf"|{p['mon']})\b",
         resolve.every),
        (rf"(?i)\b(?P<w>{p['sets']})\b", resolve.word("set", "set")),
        # "the past" alone is PAST_REF; "the past year", "the past three summers" are a period
        (rf"(?i)\b(?P<w>{p['references']})\b(?!\s+(?:[\w-]+\s+){{0,2}}"
         rf"(?:{p['units_word']}|{p['seasons_word']})s?\b)",
         resolve.word("reference", "present")),
    ]
