"""Reading timexes against the ones before them, in text order: "the quarter" is the quarter last
named, "a year earlier" the year before it, "that day" and "the following Monday" count from the
date last named, and a clock time without a day falls on it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from newsevents.dates.arithmetic import SEASON_START, add_quarters, week_of
from newsevents.dates.resolvers import ANAPHOR, QUARTER_OF_YEAR, REFERENCE_QUARTER, YEAR_BEFORE
from newsevents.dates.timex import Timex

QUARTER = re.compile(r"\d{4}-Q[1-4]")
DATED = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?(?![\dW])")
DAY = re.compile(r"\d{4}-\d\d-\d\d")
DATED_PRECISION = {4: "year", 7: "month", 10: "day"}  # a DATED value's length
LONG_PERIOD = re.compile(r"P(?:[4-9]|1[0-2])M|P\d+Y")
# "day+1" the day after the date last named, "wd0+1" the Monday after it (weekday 0-6),
# "day+0TMO" that day's morning, "date+0" that date as precise as it was named ("until then");
# a month or season within a year: "year+0-09" the September of the year last named ("September
# of that year"), "next+1-SU" the first summer after the date last named ("the following summer")
ANAPHOR_VALUE = re.compile(
    r"(?P<unit>date|day|week|month|year|next|wd[0-6])(?P<shift>[+-]\d+)"
    r"(?P<part>T(?:MO|AF|EV|NI))?(?P<within>-(?:0[1-9]|1[0-2]|SP|SU|FA|WI))?")


def resolve_anaphor(value: str, reference: str | None, published: dt.date | None) -> tuple | None:
    """Resolve "day+1" ("the following day") from the date last named, else publication; None
    where the date last named is coarser than the count."""
    unit, shift, part, within = ANAPHOR_VALUE.fullmatch(value).groups()
    last = DATED.match(reference) if reference else None
    if unit == "date":  # "by then" names no date of its own: none before it, no timex
        return (reference, DATED_PRECISION[len(reference)]) if last else None
    needs = "day" if unit == "week" or unit.startswith("wd") else unit
    if last is None:
        if published is None:
            return None
        last = DATED.match(published.isoformat())
    elif unit not in {"year", "next"} and not last[needs]:
        if unit == "day" and int(shift) == 0 and last["month"] and not part:
            # "that same day" after "in October 1998": a day of that month, which TimeML
            # writes with its day unknown, 1998-10-XX (as precise as the month, for an event)
            return f"{last['year']}-{last['month']}-XX", "month"
        # "in March ... the week after": a date named no finer than a month has no day to count
        # a day or a week from (publication's would be a guess), nor a year a month
        return None
    year, month = int(last["year"]), int(last["month"] or 1)
    if within:
        return _within_year(unit, int(shift), within[1:], year, last["month"] and month)
    if unit == "year":
        return str(year + int(shift)), "year"
    if unit == "month":
        index = year * 12 + month - 1 + int(shift)
        return f"{index // 12}-{index % 12 + 1:02d}", "month"
    day = dt.date(year, month, int(last["day"]))
    if unit.startswith("wd"):  # "the following Monday": the first Monday after that day
        gap = (int(unit[2]) - day.weekday()) * int(shift) % 7 or 7
        return (day + dt.timedelta(days=gap * int(shift))).isoformat(), "day"
    if unit == "week":
        return week_of(day + dt.timedelta(days=7 * int(shift))), "week"
    return (day + dt.timedelta(days=int(shift))).isoformat() + (part or ""), "day"


def _within_year(unit: str, shift: int, code: str, year: int, month: int | None) -> tuple:
    """A month or season counted from a date: in its year shifted ("September of the following
    year"), or the first one after or before it ("the following January", "the previous
    summer": a date named only by its year has none of its months after or before it)."""
    opens = SEASON_START.get(code) or int(code)
    if unit == "next" and shift > 0:
        year += 0 if month and opens > month else 1
    elif unit == "next" and shift < 0:
        year -= 0 if month and opens < month else 1
    else:
        year += shift
    return f"{year}-{code}", "season" if code in SEASON_START else "month"


def _aside(timex: Timex, quarter: str | None, published: dt.date | None) -> bool:
    """Tell whether a quarter named after the one reported on leaves that one in view.

    A quarter not yet over ("expects a loss in the fourth quarter") is a forecast, and an earlier
    quarter of the same year ("after a flat second quarter", "up from the second quarter") a
    comparison: what is compared with a year earlier is still the one reported on. A fiscal
    quarter is named in a company's own year, which may run behind the calendar's.
    """
    if quarter is None:
        return False
    ahead = published is not None and quarter < add_quarters(published, 0) <= timex.value
    earlier = (quarter[:4] == timex.value[:4] and timex.value < quarter
               and "fiscal" not in timex.text.lower())
    return ahead or earlier


def read_in_context(found: list[Timex], published: dt.date | None) -> list[Timex]:
    """Resolve the timexes that point back to an earlier one, in text order.

    TimeML reads "the quarter" as the quarter last named and "a year earlier" at that quarter's
    granularity (third quarter 1989 -> 1988-Q3); with no quarter before, they fall back to the
    last completed quarter and the year before publication. "That day", "the following year"
    count from the date last named, and so does a clock time with no day of its own.
    """
    quarter = reference = None
    read = []
    for timex in found:
        names_quarter = timex.precision in {"quarter", REFERENCE_QUARTER}
        # a part of a day read from the date last named ("the morning", "overnight") leaves that
        # date the one to count from
        keeps_reference = timex.precision == ANAPHOR and "T" in timex.value
        if timex.precision == ANAPHOR:
            resolved = resolve_anaphor(timex.value, reference, published)
            if resolved is None:
                continue
            timex = replace(timex, value=resolved[0], precision=resolved[1])
        elif timex.precision == QUARTER_OF_YEAR:
            precision = "quarter" if quarter else "year"
            timex = replace(timex, value=timex.value + (quarter[4:] if quarter else ""),
                            precision=precision)
        elif timex.precision == REFERENCE_QUARTER:
            # "the latest quarter" is one reported on: not a quarter named as still to come
            # ("a third-quarter charge" in June), whose results no one has yet; the quarter
            # publication falls in may be a company's fiscal one already over ("reported a drop
            # in fourth-quarter profit" in November, its year ending Sept. 30), as it is for "a
            # year earlier"
            known = quarter if quarter and quarter <= add_quarters(published, 0) else None
            timex = replace(timex, value=known or timex.value, precision="quarter")
        elif timex.precision == YEAR_BEFORE and quarter:
            timex = replace(timex, value=f"{int(quarter[:4]) - 1}{quarter[4:]}",
                            precision="quarter")
        elif timex.precision == YEAR_BEFORE:
            timex = replace(timex, precision="year")
        elif timex.precision == "time" and reference and DAY.fullmatch(reference):
            # a clock time without its day ("at 6 a.m.") falls on the day last named, as
            # TimeML anchors it to the reference time, not on publication
            timex = replace(timex, value=reference + timex.value[10:])
        if names_quarter and QUARTER.fullmatch(timex.value) and not _aside(timex, quarter,
                                                                            published):
            quarter = timex.value
        elif (timex.precision == "duration" and LONG_PERIOD.fullmatch(timex.value)
              and "-" not in timex.text):
            # "the nine months", "the past two years": a longer period in view (but "a two-year
            # contract" only describes a noun)
            quarter = None
        if (timex.precision in {"day", "month", "year"} and DATED.match(timex.value)
                and not keeps_reference):
            reference = timex.value
        read.append(timex)
    return read
