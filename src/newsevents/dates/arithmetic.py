"""Calendar arithmetic for the dates stage: turn a calendar reading plus the publication date and
the tense of the governing verb into a TimeML value and its precision.
"""

from __future__ import annotations

import calendar
import datetime as dt

PAST, NEAREST, FUTURE = -1, 0, 1
# a past verb's own date ("protested in July", "the quarter ended Oct. 31"): behind publication,
# with none of PAST's allowance for a date just ahead (NEAR_FUTURE_DAYS), which is for a date on
# a noun ("announced cuts in July", "payable Dec. 7")
OWN_PAST = -2
BEHIND = {PAST, OWN_PAST}
# ahead of a past report, publication day included: "said the bank would report on Friday",
# published on a Friday, is that day (FUTURE, "will report on Friday", is next week's)
ONWARD = 2
AHEAD = {FUTURE, ONWARD}
YEARS_IN = {"decade": 10, "century": 100}  # "two decades ago"
TIME_OF_DAY_UNITS = {"H", "MIN", "S"}  # TimeML writes these after a T: PT5H
# A past verb often governs a date a few weeks ahead ("extended the offer to Nov. 20", "declared
# a dividend payable Dec. 7"); a day-month date this close after publication is read as ahead
# whatever the tense, since news gives the year for dates nearly a year back.
NEAR_FUTURE_DAYS = 75



def week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(day: dt.date, months: int) -> str:
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def add_quarters(day: dt.date, quarters: int) -> str:
    index = day.year * 4 + (day.month - 1) // 3 + quarters
    return f"{index // 4}-Q{index % 4 + 1}"


def nearest(candidates: list[dt.date], pub: dt.date, way: int) -> dt.date | None:
    """Pick the candidate nearest `pub` on the side the tense says (either side for NEAREST)."""
    if way in BEHIND:
        candidates = [d for d in candidates if d <= pub]
    elif way in AHEAD:
        candidates = [d for d in candidates if d >= pub]
    # ties go to the past: news mostly reports what has happened
    return min(candidates, key=lambda d: (abs((d - pub).days), d > pub), default=None)


def date_or_none(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where the text names none ("Oct. 0", "Feb. 30", "13/45")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_month_day(year: int | None, month: int, day: int, pub: dt.date | None, way: int,
                      weekday: int | None = None):
    """Return the date; without a year, the one nearest `pub` on the side the tense says.

    A weekday written with the date ("Monday, Oct. 26") settles the year, and a date just ahead
    of publication stays ahead even under a past verb (NEAR_FUTURE_DAYS).
    """
    years = (year,) if year else (pub.year - 1, pub.year, pub.year + 1) if pub else ()
    dates = [d for d in (date_or_none(y, month, day) for y in years) if d is not None]
    if year or pub is None:
        return (dates[0].isoformat(), "day") if dates else None
    if weekday is not None and any(d.weekday() == weekday for d in dates):
        dates = [d for d in dates if d.weekday() == weekday]
        if len(dates) == 1:  # "ran on Monday, June 23": the weekday settles it, tense or not
            return dates[0].isoformat(), "day"
    soon = [d for d in dates if 0 < (d - pub).days <= NEAR_FUTURE_DAYS]
    found = soon[0] if soon and way == PAST else nearest(dates, pub, way)
    return (found.isoformat(), "day") if found else None


def resolve_weekday(weekday: int, pub: dt.date | None, way: int, strict: bool) -> tuple | None:
    if pub is None:
        return None
    days = [pub + dt.timedelta(days=n) for n in range(-7, 8) if n or not strict]
    if way == FUTURE:  # "will meet on Wednesday" on a Wednesday means next week
        days = [d for d in days if d != pub]
    found = nearest([d for d in days if d.weekday() == weekday], pub, way)
    return (found.isoformat(), "day") if found else None


def resolve_month(month: int, pub: dt.date | None, way: int) -> tuple | None:
    """Return the month nearest `pub` on the tense's side; the month after publication's stays
    ahead even under a past verb ("announced cuts in September", published in August), as a
    day-month date just ahead does (NEAR_FUTURE_DAYS)."""
    if pub is None:
        return None
    firsts = [dt.date(pub.year + shift, month, 1) for shift in (-1, 0, 1)]
    # compare months, not days: "in April" published on April 20 is this April
    this_month = pub.replace(day=1)
    following = [d for d in firsts if 0 < (d - this_month).days <= 31]
    found = following[0] if following and way == PAST else nearest(firsts, this_month, way)
    return (f"{found.year}-{month:02d}", "month") if found else None


def resolve_cued_month(month: int, cue: str, pub: dt.date) -> tuple[str, str]:
    """"Last October": the latest October before last month, which English calls "last month"
    (so "last February" published in March is the year before); "next October": the first
    October after publication's month."""
    now = pub.year * 12 + pub.month - 1
    if cue == "last":
        back = (pub.month - month) % 12
        index = now - (back if back >= 2 else back + 12)
    else:
        index = now + ((month - pub.month) % 12 or 12)
    return f"{index // 12}-{index % 12 + 1:02d}", "month"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season opens


def _season_year(code: str, pub: dt.date) -> int:
    """Return the year of the season of that name under way or next: a winter is named for the
    year it opens in, so in January and February the one under way is last year's."""
    return pub.year - (code == "WI" and pub.month < SEASON_START["SP"])


def resolve_season(code: str, rel: str, year: str | None, pub: dt.date | None):
    if year:
        return f"{year}-{code}", "season"
    if pub is None:
        return None
    opens = _season_year(code, pub)
    shift = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    if rel.startswith("this") and rel.endswith("past"):  # "this past spring": the latest one
        shift = -1 if dt.date(opens, SEASON_START[code], 1) > pub else 0
    return f"{opens + shift}-{code}", "season"


def resolve_bare_season(code: str, pub: dt.date | None, way: int):
    """"In the summer": this year's, unless the tense puts it in the year before or after."""
    if pub is None:
        return None
    year = _season_year(code, pub)
    start = dt.date(year, SEASON_START[code], 1)
    second_month = (start + dt.timedelta(days=31)).replace(day=1)  # a winter's is January
    shift = -1 if way in BEHIND and start > pub else 0
    shift = 1 if way in AHEAD and second_month < pub else shift
    return f"{year + shift}-{code}", "season"


def easter(year: int) -> dt.date:
    """Return Western Easter Sunday of `year` (the anonymous Gregorian computus)."""
    golden, century, of_century = year % 19, year // 100, year % 100
    epact = (19 * golden + century - century // 4 - (8 * century + 13) // 25 + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (of_century // 4) - epact - of_century % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_in(year: int, rule: str) -> dt.date:
    """Return a holiday's date in `year` from its rule: "12-25"; "11-4-3" (4th Thursday);
    "11-02+1" (the first Tuesday from the 2nd); "E-2" (two days before Easter Sunday)."""
    if rule.startswith("E"):
        return easter(year) + dt.timedelta(days=int(rule[1:].rstrip("W")))
    month, *rest = rule.split("-")
    if "+" in rest[0]:
        day, weekday = (int(part) for part in rest[0].split("+"))
        first = dt.date(year, int(month), day)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    if len(rest) == 1:
        return dt.date(year, int(month), int(rest[0]))
    nth, weekday = rest
    days = [d for d in calendar.Calendar().itermonthdates(year, int(month))
            if d.month == int(month) and d.weekday() == int(weekday)]
    return days[-1] if nth == "L" else days[int(nth) - 1]


def resolve_holiday(rule: str, pub: dt.date | None, way: int):
    """Return the holiday nearest `pub` on the tense's side ("Thanksgiving Day"); a rule ending
    in W names the week that holds the day ("Holy Week")."""
    if pub is None:
        return None
    days = [_holiday_in(pub.year + shift, rule) for shift in (-1, 0, 1)]
    if rule.endswith("W"):  # a week under way has begun: compare its Monday
        days = [day - dt.timedelta(days=day.weekday()) for day in days]
    found = nearest(days, pub, way)
    if found and rule.endswith("W"):
        return week_of(found), "week"
    return (found.isoformat(), "day") if found else None


def resolve_quarter(quarter: int, year: str | None, pub: dt.date | None, way: int):
    """Return the quarter of the year given, else the one nearest `pub` on the tense's side.

    A future verb does not push a quarter ahead: results of the quarter just ended are announced
    after it ("third-quarter earnings will be lower", published in October).
    """
    if year:
        return f"{year}-Q{quarter}", "quarter"
    year = _year_of_part(quarter, 3, pub, way)
    return (f"{year}-Q{quarter}", "quarter") if year else None


def resolve_half(half: int, pub: dt.date | None, way: int):
    """Return the half of the year nearest `pub` on the tense's side, read as a quarter is."""
    year = _year_of_part(half, 6, pub, way)
    return (f"{year}-H{half}", "half") if year else None


def _year_of_part(part: int, months: int, pub: dt.date | None, way: int) -> int | None:
    """The year whose `part`-th stretch of `months` months lies nearest the one under way at
    `pub`, on the tense's side (a future verb reads either side, as for a quarter)."""
    if pub is None:
        return None
    way = NEAREST if way in AHEAD else way
    starts = [dt.date(pub.year + shift, months * (part - 1) + 1, 1) for shift in (-1, 0, 1)]
    found = nearest(starts, dt.date(pub.year, (pub.month - 1) // months * months + 1, 1), way)
    return found.year if found else None


def resolve_duration(count: int | None, code: str) -> tuple[str, str]:
    """Return a TimeML duration: `count` units of `code` ("10Y" a decade), X when vague."""
    size, letter = int(code.rstrip("SMINHDWQYC")), code.lstrip("0123456789")
    # ISO 8601 has no century: "a century" is P100Y ("centuries" stays PXC, as TimeBank has it)
    if letter == "C" and count is not None:
        size, letter = size * YEARS_IN["century"], "Y"
    amount = "X" if count is None else str(count * size)
    time = "T" if letter in TIME_OF_DAY_UNITS else ""
    return f"P{time}{amount}{letter[0] if letter == 'MIN' else letter}", "duration"


def resolve_relative_unit(rel: str, unit: str, pub: dt.date | None):
    if pub is None:
        return None
    shift = -1 if rel in {"last", "past", "this past", "previous", "prior", "late last", "latest",
                          "most recent"} else 0
    shift = 1 if rel in {"next", "coming"} else shift
    if unit == "quarter":
        return add_quarters(pub, shift), "quarter"
    if unit in {"week", "weekend"}:
        value = week_of(pub + dt.timedelta(days=7 * shift))
        return (value + "-WE" if unit == "weekend" else value), "week"
    if unit == "month":
        return add_months(pub, shift), "month"
    return str(pub.year + shift), "year"


def resolve_this_period(unit: str, pub: dt.date | None) -> tuple[str, str] | None:
    """"This century" 20 and "this decade" 202, published in 2025: TimeML writes the one under
    way as it writes one named ("the 21st century", "the 2020s")."""
    if pub is None:
        return None
    if unit == "century":
        return str(pub.year // 100), "century"
    return str(pub.year // 10), "decade"


def resolve_weekend(pub: dt.date | None, way: int):
    """"Over the weekend": the last one under a past verb, else the coming (or current) one."""
    if pub is None:
        return None
    saturday = pub + dt.timedelta(days=5 - pub.weekday())  # this week's Saturday
    if way in BEHIND and pub.weekday() < 5:
        saturday -= dt.timedelta(days=7)
    return week_of(saturday) + "-WE", "week"


def resolve_ago(count: int, unit: str, pub: dt.date | None):
    if pub is None:
        return None
    if unit == "day":
        return (pub - dt.timedelta(days=count)).isoformat(), "day"
    if unit == "week":
        return week_of(pub - dt.timedelta(days=7 * count)), "week"
    if unit == "month":
        return add_months(pub, -count), "month"
    return str(pub.year - count * YEARS_IN.get(unit, 1)), "year"



