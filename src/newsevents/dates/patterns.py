"""Timex patterns for the dates stage: each regex comes with a function (resolvers.py) from its
match to (value, precision), given the publication date and the tense of the governing verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from newsevents.dates.arithmetic import (
    AHEAD,
    BEHIND,
    resolve_duration,
    resolve_relative_unit,
    resolve_this_period,
    resolve_weekend,
)
from newsevents.dates.resolvers import ANAPHOR, ANAPHOR_SHIFTS, Resolve, alternation, year_match

if TYPE_CHECKING:
    from newsevents.dates.lexicon import Lexicon


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
        "mon": mon, "months": alternation(words["month"]), "dot": dot, "year": year, "wdays": wdays,
        "wday": rf"(?:(?P<wd>{wdays}),?\s+)?",
        "num": rf"(?P<n>\d+|(?i:{numbers}))",
        "any_num": rf"(?:\d+|(?i:{numbers}))",
        "season": rf"(?P<s>(?i:{alternation(words['season'])}))",
        "rel": r"(?P<rel>(?i:last|this|next|past))",
        "tens": tens, "units": units,
        # "nineteen ninety-six", as broadcast transcripts write years
        "spoken": (rf"(?P<c>(?i:eighteen|nineteen|twenty))\s+(?P<tens>(?i:{tens}))"
                   rf"(?:-(?P<units>(?i:{units})))?\b"),
        "decades": alternation(w[:-1] + "ies" for w, v in number.items()
                               if w.isalpha() and w.endswith("y") and 19 < int(v) < 100),
        "units_word": alternation(words["unit"]), "seasons_word": alternation(words["season"]),
        "unit": rf"(?P<unit>{alternation(words['unit'])})",
        "vague": rf"(?:{alternation(words['vague'])})",
        "part": rf"(?P<part>(?i:{alternation(words['daypart'])}))",
        "ordinal": rf"(?P<ord>{alternation(words['ordinal'])})",
        "day_word": rf"(?P<dw>(?i:{alternation(words['day'])}))",
        "holidays": alternation(words["holiday"]),
        "sets": alternation(words["set"]),
        # "the past", "the future" name a period when a unit follows ("the past year"); "now"
        # and "currently" never do
        "the_references": alternation(w for w in words["reference"] if w.startswith("the ")),
        "references": alternation(w for w in words["reference"] if not w.startswith("the ")),
        "clock": (rf"(?:(?P<h>\d{{1,2}})(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.m\.?|[ap]m\b))"
                  rf"|(?P<named>(?i:{alternation(words['clock'])}))\b"
                  # "4 in the morning", "10 at night"
                  r"|(?P<h2>1[0-2]|0?[1-9])(?::(?P<min2>[0-5]\d))?\s+"
                  r"(?P<dp>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\b"
                  # "0600 GMT", "14:00 GMT", as wire services write the clock, and "at 19:45":
                  # a two-digit hour read on the 24-hour clock, which "at" tells from a score
                  r"|(?P<h3>[01]\d|2[0-3]):?(?P<min3>[0-5]\d)(?=\s*(?:GMT|UTC)\b)"
                  r"|(?<=\b(?i:at|by|until|from|before|after|around)\s+)(?P<h3>[01]\d|2[0-3])"
                  r":(?P<min3>[0-5]\d)\b(?![:.,]\d|\s*(?i:[ap]\.?m\b|%)))"
                  # a time zone, so that a day after it is the clock's: "3:30 p.m. ET Thursday",
                  # "10 a.m. EST", "noon CEST", "9 p.m. local time"
                  r"(?:\s+(?:[A-Z]{1,2}[SD]?T(?![\w&])|GMT|UTC|(?i:local\s+time)\b))?"),
        "clock_day": (rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{wdays})|(?P<rday>(?i:today|yesterday"
                      rf"|tomorrow))|{mon}{dot}\s+(?P<d>\d{{1,2}})\b{year}))?"),
    }


def build_patterns(lexicon: Lexicon) -> list[tuple[regex.Pattern, Callable]]:
    """Compile the timex patterns, most specific first, each with its resolver.

    Where two matches start at the same place the longer wins, then the earlier in these tables.
    They are compiled with `regex` (already there for dateparser), whose scan of a text for
    long case-insensitive word alternations is about a third faster than `re`'s. scan.py runs
    them only near a digit or a calendar word: a new pattern whose match may hold neither must
    add its word to scan.TABLE_WORDS (and to the scanning test's text).
    """
    p, resolve = pattern_parts(lexicon.words), Resolve(lexicon.words)
    table = _calendar_table(p, resolve) + _relative_table(p, resolve) + _duration_table(p, resolve)
    return [(regex.compile(pattern), resolver) for pattern, resolver in table]


def _calendar_table(p: dict[str, str], resolve: Resolve) -> list[tuple[str, Callable]]:
    """Dates named on the calendar: clock times, days, months, seasons, years."""
    return [
        (rf"\b{p['clock']}{p['clock_day']}", resolve.clock),
        (r"\b(?P<y>\d{4})-(?P<mm>\d\d)-(?P<d>\d\d)\b", resolve.month_day),
        # dates in figures with a full year: "3/21/2013" month first, as American news writes
        # it, unless the first number can be no month ("21/3/2013"); "21.03.2013" day first
        (r"\b(?P<mm>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d)\b(?![/.]\d)",
         resolve.month_day),
        (r"\b(?P<d>3[01]|[12]\d|1[3-9])/(?P<mm>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)\b(?![/.]\d)",
         resolve.month_day),
        (r"\b(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<mm>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)\b(?!\.\d)",
         resolve.month_day),
        # "the week of March 6": the ISO week that holds the day
        (rf"\b(?i:the\s+)?(?i:week)\s+of\s+{p['mon']}{p['dot']}\s+(?P<d>\d{{1,2}})"
         rf"(?:st|nd|rd|th)?\b{p['year']}", resolve.week_of_day),
        (rf"\b{p['wday']}{p['mon']}{p['dot']}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b{p['year']}",
         resolve.month_day),
        (rf"\b{p['wday']}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{p['mon']}{p['dot']}(?!\w){p['year']}",
         resolve.month_day),
        # a day spelled out, as transcripts write it: "March eighth", "the first of April"
        (rf"\b{p['wday']}{p['mon']}\s+{p['day_word']}(?![\w-]){p['year']}", resolve.month_day),
        (rf"\b(?i:the\s+){p['day_word']}\s+(?i:of)\s+{p['mon']}(?![\w'-]){p['year']}",
         resolve.month_day),
        # "April 24 and 25", "May 3-4": a second day of the month the first one names, unless a
        # noun follows the number ("killed on May 3 and 40 wounded": a count, no day)
        (rf"(?<=\b{p['mon']}{p['dot']}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*"
         rf"(?:(?i:and|or|to|through)\s+|[-–]\s*))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
         rf"(?![-–/:.]\d|\s*%|\s+(?!(?:in|at|on|of|and|or|to|for|when)\b)[a-z]){p['year']}",
         resolve.month_day),
        (rf"\b(?:(?i:early|mid-?|late)\s*)?{p['mon']}{p['dot']},?\s+(?:(?P<y>(?:1[89]|20)\d\d)\b"
         rf"|{p['spoken']})", resolve.month),
        (rf"(?i:\b(?:early|mid|late)-|\b(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+)"
         rf"{p['mon']}(?![\w-])(?!\s+\d)", resolve.month),
        (rf"\b(?i:in|since|until|till|by|during|early|late|through|throughout|from|before|after"
         rf"|into)\s+(?P<t>{p['mon']})(?![\w-])(?!\s+\d)",
         resolve.month),
        # the months of a range: "between May and June" (not "between May and Macron"), and its
        # end "from November to February", which "to" or "and" alone would not make a date
        (rf"\b(?i:between)\s+(?P<t>{p['mon']})(?=\s+(?i:and)\s+(?:{p['months']})(?![\w-]))",
         resolve.month),
        (rf"(?<=\b(?i:from|between)\s+(?:{p['months']})(?:,?\s+(?:1[89]|20)\d\d)?\s+"
         rf"(?i:to|and)\s+)(?P<t>{p['mon']})(?![\w-])(?!\s+\d)", resolve.month),
        # "figures for October", "the October killing", "a June agreement": a month that
        # modifies a noun; "May" only after "in" and the like, being a name as often
        (rf"\b(?i:for|the|an?)\s+(?!May\b)(?P<t>{p['mon']})(?![\w-])(?!\.?\s+\d)"
         rf"(?=\s+[a-z]|(?<=(?i:for)\s+\w+)\s*[.,;:])",
         resolve.month),
        (rf"\b(?P<cue>(?i:last|next|this))\s+{p['mon']}(?![\w-])(?!\.?\s+\d)", resolve.month),
        # "December's figures", "October's attack": a month that owns a noun ("May's" is as
        # often a name's)
        (rf"\b(?!May\b)(?P<t>{p['mon']})(?='s\b)", resolve.month),
        # "announced on the 15th": a day of the month nearest publication on the tense's side;
        # "the 15th floor", "the 15th of March" are other matches
        (r"\b(?i:on|by|until|since|before|after)\s+(?P<t>(?i:the)\s+(?P<d>[1-9]|[12]\d|3[01])"
         r"(?:st|nd|rd|th))\b(?=\s*(?:[.,;:)]|$))", resolve.day_of_near_month),
        # "that January day in 2011", "one March morning": a day of the month, which one unsaid
        (rf"\b(?i:that|a|one|the|this)\s+{p['mon']}\s+(?:day|morning|afternoon|evening|night)\b"
         rf"(?=\s+(?i:in|of)\s+(?P<y>(?:1[89]|20)\d\d)\b)?", resolve.day_of_month),
        (rf"\b{p['mon']}\s+(?i:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year)\b", resolve.month),
        # "the 1990s" is the decade 199; "the 1800s" the century 18, and so is "the 1900s" (the
        # 1900s that is a decade is mostly written "the 1900s and 1910s"), but "the 2000s" is a
        # decade, the only one of its century yet spoken of
        (r"\b(?P<dec>(?:1[89]|20)\d)0'?s\b", lambda m, pub, way: (
            (m["dec"][:2], "century") if m["dec"] in {"180", "190"} else (m["dec"], "decade"))),
        # "the nineties": the latest such decade; "the" keeps out ages ("in his forties")
        (rf"\b(?i:the)\s+'?(?P<tens>(?i:{p['decades']}))\b", resolve.decade_word),
        # "the '80s", "the late '90s" (the apostrophe: "in the 80s" is as often a temperature)
        (r"\b(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?'(?P<dd>[0-9])0s\b", resolve.decade_word),
        (rf"\b(?:{p['rel']}\s+)?{p['season']}\s+(?:(?i:of)\s+)?(?:(?P<y>(?:1[89]|20)\d\d)\b"
         rf"|{p['spoken']})", resolve.season),
        (rf"\b(?P<rel>(?i:last|this\s+past|this|next|past))\s+{p['season']}\b", resolve.season),
        (rf"\b(?i:in|during|over|through|throughout|into|of|from|until|by|since|before|after)\s+"
         rf"(?P<t>(?:(?i:the)\s+)?"
         rf"(?:(?i:early|late)\s+)?{p['season']})\b(?!-|\s+of\b|\s+(?:(?:1[89]|20)\d\d|{p['spoken']}))",
         resolve.bare_season),
        (rf"\b(?:(?P<rel>(?i:last|this|next))\s+)?(?P<hol>{p['holidays']})\b",
         resolve.holiday),
        # "the 20th century" is TimeML 19, its first two digits
        (r"(?i)\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b",
         lambda m, pub, way: (f"{int(m['c']) - 1:02d}", "century")),
        # "1957-58", "the 1999-2000 season"'s first year; the second year is read on its own
        (r"\b(?P<y>(?:1[89]|20)\d\d)(?=[-–/]\d\d\b(?![-/]\d))", year_match),
        (r"(?<=\b(?P<y0>(?:1[89]|20)\d\d)[-–/])(?P<yy>\d\d)\b(?![-/]\d)", resolve.second_year),
        # "in 2014", "until at least 2014", "by as early as 2016" (the bound is no part of it)
        (r"\b(?i:in|since|until|by|from|during|before|after|early|late|through|mid|post|pre|between"
         r"|both|and|of)[\s-](?:(?i:at\s+(?:least|the\s+(?:earliest|latest))|as\s+(?:early|late)"
         r"\s+as)\s+)?(?P<t>(?P<y>(?:1[89]|20)\d\d))\b(?![-/]|\s*%)", year_match),
        # "the year 2000", "the 1989 fiscal year": the year named, not the year under way that
        # "the year" or "the fiscal year" alone would be
        (r"(?i)\bthe\s+year\s+(?P<y>(?:1[89]|20)\d\d)\b(?![-/]|\s*%)", year_match),
        (r"(?i)\b(?:the\s+)?(?P<y>(?:1[89]|20)\d\d)\s+(?:fiscal|financial|calendar)\s+year\b",
         year_match),
        # "in 1994, 1995 and 1997", "from 1991 to 1997": a year listed after a year
        (r"(?<=\b(?:1[89]|20)\d\d(?:,\s+|\s+(?i:and|or|to|through)\s+))(?P<y>(?:1[89]|20)\d\d)\b"
         r"(?![-/]|\s*%)", year_match),
        (rf"\b(?i:(?:(?:early|earlier|late|later)\s+)?(?:this|yesterday|tomorrow|last(?=\s+night))"
         rf")\s+{p['part']}\b", resolve.day),
        # "mid-afternoon yesterday": the part of the day before its day
        (rf"\b{p['part']}\s+(?P<rday>(?i:yesterday|today|tomorrow))\b", resolve.day),
        (r"(?i)\b(?:today|yesterday|tomorrow|(?P<part>tonight))\b", resolve.day),
        # "struck overnight": the night before the day last named, else before publication; only
        # under a past verb, since "will not change overnight" names no night
        (r"(?i)\bovernight\b",
         lambda m, pub, way: ("day-1TNI", ANAPHOR) if way in BEHIND else None),
        # "dealers bought in the morning", "by mid-afternoon": that part of the day last named,
        # else of publication's, under a past or present verb ("will decide in the morning" is
        # as often the next day's; "during the night" the night before: both left out)
        (rf"\b(?i:in|by|during|until|till|through|throughout)\s+(?P<t>(?:(?i:the)\s+)?"
         rf"(?:(?i:early|late)\s+)?{p['part']})\b(?!\s+(?i:of|on|hours|news|papers?|session)\b)",
         lambda m, pub, way: None if m["part"].lower() == "night" or way in AHEAD else (
             "day+0" + resolve.part_of_day(m), ANAPHOR)),
        # "that night", "later that morning": that part of the day last named, else of
        # publication's
        (rf"\b(?:(?i:earlier|later)\s+)?(?i:that)\s+{p['part']}\b(?!\s+(?i:of)\b)",
         lambda m, pub, way: ("day+0" + resolve.part_of_day(m), ANAPHOR)),
        # "Wednesday of last week": that weekday in the week named
        (rf"\b(?P<wd>{p['wdays']})\s+(?i:of)\s+(?P<wrel>(?i:last|this|next))\s+(?i:week)\b",
         resolve.weekday_of_week),
        (rf"\b(?:(?P<rel>(?i:last|this|next|coming))\s+)?(?P<wd>{p['wdays']})(?:\s+{p['part']})?\b",
         resolve.weekday),
    ]


def _relative_table(p: dict[str, str], resolve: Resolve) -> list[tuple[str, Callable]]:
    """Dates counted from publication or from the date last named; quarters."""
    return [
        # "up from last year's $85 million", "last year's results": a figure compared with,
        # which read_in_context narrows to the quarter a year before the one in view, as it
        # does "a year earlier" (TIMEX3 leaves out the "'s")
        (r"(?i)\blast\s+year(?='s\s)", resolve.year_before),
        # "this past weekend" is the one just gone, as "last weekend" is; TIMEX3 takes the
        # article into "the past year", "the current quarter" (the one of "the last year of his
        # term" is the noun's, as is the one of an adjective: "the past-year results")
        (r"(?i)\b(?:the\s+(?=(?:past|current)\s))?"
         r"(?P<rel>earlier this|later this|early this|late last|this\s+past|last|this"
         r"|next|past|previous|prior|coming|current)\s+(?P<unit>week|weekend|month|quarter|year)\b",
         resolve.unit),
        # "last fiscal year", "next fiscal year", "the latest fiscal year" (the last one over):
        # a company's year or quarter, counted from publication as the calendar's is
        (r"(?i)\b(?:the\s+(?=(?:latest|most\s+recent|past|current)\s))?"
         r"(?P<rel>latest|most\s+recent|last|this|next|past|previous|prior|coming|current)\s+"
         r"fiscal\s+(?P<unit>quarter|year)\b",
         resolve.unit),
        # "the third quarter", but "the" of "the third-quarter results" is the noun's
        (rf"(?i)\b(?:the\s+(?!(?:fiscal\s+)?[a-z]+-quarter\b))?"
         rf"(?:(?P<y0>(?:1[89]|20)\d\d)\s+|(?P<yrel>last|this|next)\s+year's\s+)?"
         rf"(?:fiscal[\s-]+)?{p['ordinal']}[\s-]+quarter(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?"
         r"(?P<y>(?:1[89]|20)\d\d)|\s+of\s+(?P<yrel2>last|this|next)\s+year)?\b", resolve.quarter),
        # "Q3 2024", "Q2 FY25", "3Q24", "Q4": business news's short forms, case as written
        (r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:[\s-]*(?:FY\s?|')?(?P<y>(?:19|20)\d\d|\d\d))?\b",
         resolve.quarter),
        (rf"(?i)\b(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)\s+{p['ordinal']}[\s-]+quarter\b",
         resolve.quarter_year_before),
        (r"\b(?i:the)\s+(?P<y>(?:1[89]|20)\d\d)\s+(?:quarter|period)\b", resolve.year_quarter),
        # the year as a whole, in business news the (fiscal) year under way
        (r"(?i)\b(?:the\s+)?(?:full|fiscal)\s+year(?![\w-]|\s+end)",
         lambda m, pub, way: (str(pub.year), "year") if pub else None),
        (r"(?i)\byear(?:'s)?[\s-]end\b", resolve.year_end),
        # "by the end of the month", "the rest of the week": the week, month or year under way,
        # "the end of the decade" the decade (TimeML adds a mod)
        (r"(?i)\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+"
         r"(?P<unit>week|month|year)\b",
         lambda m, pub, way: resolve_relative_unit("this", m["unit"].lower(), pub)),
        (r"(?i)\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+"
         r"(?P<unit>decade|century)\b",
         lambda m, pub, way: resolve_this_period(m["unit"].lower(), pub)),
        # "for the year", "a high for the year": the year of the date last named, else the
        # year under way (not "the year ended March 31", a fiscal year's length)
        (rf"(?i)\b(?:for|of|in)\s+(?P<t>the\s+year)\b(?![\w'-]|\s+(?:ended|ending|two)\b"
         rf"|\s+(?:to|through)\s+(?:{p['months']})\b)",
         lambda m, pub, way: ("year+0", ANAPHOR)),
        # "later in the week", "earlier in the month": the week or month of the date last named,
        # else publication's ("in the week to Friday" is a length)
        (r"(?i)\b(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month)\b",
         lambda m, pub, way: (f"{m['unit'].lower()}+0", ANAPHOR)),
        (r"(?i)\b(?:(?:earlier|later)\s+)?(?:the\s+(?=same|following|previous|prior|preceding)"
         r"|that\s+(?=same\s))?"
         r"(?P<rel>that|same|following|previous|prior|preceding)\s+(?P<unit>day|week|month|year)\b",
         resolve.anaphor),
        # "three days later", "the next day", "the day before": counted from the date last named
        (rf"(?i)\b(?!(?:a|one)\s+year\s+earlier){p['num']}\s+(?P<unit>day|week|month|year)s?\s+"
         r"(?P<rel>earlier|later)\b",
         resolve.anaphor),
        (r"(?i)\bthe\s+(?P<rel>next)\s+(?P<unit>day)\b", resolve.anaphor),
        (r"(?i)\bthe\s+(?P<rel>next)\s+(?P<unit>week|month|year)\b", resolve.next_unit),
        # "until then", "by then", "before then": the date last named, as precise as it was
        (r"(?i)\b(?:until|till|by|before)\s+(?P<t>then)\b(?![\s-]+current\b)",
         lambda m, pub, way: ("date+0", ANAPHOR)),
        # "that summer", "the following January": a season or a month counted from the date
        # last named ("that May" is as often a name's); "September of that year", "the winter of
        # the following year": in the year counted from it
        (rf"\b(?P<arel>(?i:that(?!\s+May\b)|the\s+same|the\s+following|the\s+next|the\s+previous"
         rf"|the\s+preceding))\s+(?:{p['season']}|{p['mon']})\b(?!\.?\s+\d)",
         resolve.anaphor_within),
        (rf"\b(?:(?i:the)\s+)?(?:{p['season']}|{p['mon']})\s+(?i:of)\s+(?P<of_year>(?P<arel>"
         rf"(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))"
         rf"\s+(?i:year))\b", resolve.anaphor_within),
        # "the day before yesterday", "the day after tomorrow"
        (r"(?i)\bthe\s+day\s+(?:before|after)\s+(?P<beyond>yesterday|tomorrow)\b",
         resolve.day_beyond),
        # "the following Monday", "the previous Friday": counted from the date last named
        (rf"\b(?i:the)\s+(?P<rel>(?i:following|previous|preceding))\s+(?P<wd>{p['wdays']})\b",
         resolve.anaphor_weekday),
        # "the next morning", "the previous evening": the day after or before the date last
        # named (TimeML leaves out the part)
        (r"(?i)\bthe\s+(?P<rel>next|following|previous|preceding)\s+"
         r"(?:morning|afternoon|evening|night)\b",
         lambda m, pub, way: (f"day{ANAPHOR_SHIFTS[m['rel'].lower()]:+d}", ANAPHOR)),
        # "the day before", "the week after", "the month before" at a clause's end ("the year
        # before" is left out: TimeBank leaves it unmarked in a comparison of figures)
        (r"(?i)\bthe\s+(?P<unit>day|week|month)\s+(?P<rel>before|after)(?=\s*[,.;:]|\s*$)",
         resolve.anaphor),
        # "today is the eighth day of the strike", "it's the second day of talks": the day the
        # sentence speaks in, publication's (a past "was the third day" needs its own subject)
        (r"(?i)(?<=\b(?:today|it|this)(?:\s+is|\s*'s)\s+)(?P<t>the\s+(?:first|second|third"
         r"|\d+(?:st|nd|rd|th)|(?:[a-z]+-)?[a-z]+th)\s+(?:straight\s+|consecutive\s+)?day)\b"
         r"(?!\s+(?:of|in)\s+(?:the\s+)?(?:month|year|week)\b)",
         lambda m, pub, way: pub and (pub.isoformat(), "day")),
        # "the first half of 2023", "the last half of 2023", "the first two quarters of 2023",
        # "the second half of last year", "H1 2024"; a half with no year is a match's
        (r"(?i)\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
         r"(?:(?:fiscal|calendar)\s+)?(?:(?P<y>(?:1[89]|20)\d\d)\b|(?P<yrel>last|this|next)\s+year\b"
         r"|(?P<ythe>the\s+(?:current\s+)?year)\b)", resolve.half),
        (r"\b(?:H(?P<hn>[12])|(?P<hn2>[12])H)[\s-]*(?:FY\s?|')?(?P<y>(?:19|20)\d\d|\d\d)\b",
         resolve.half),
        # "fiscal year 2024", "FY2024", "FY24": the year the fiscal year is named for
        (r"\b(?:(?i:(?:fiscal|financial)\s+year\s+)|FY\s?'?)(?P<y>(?:1[89]|20)\d\d|\d\d)\b"
         r"|\b(?i:fiscal)\s+(?P<y>(?:1[89]|20)\d\d)\b",
         resolve.named_year),
        (r"(?i)\b(?:the\s+)?(?:past|last|previous|next|coming)\s+"
         r"(?P<unit>decade|century|quarter[ -]century)\b",
         lambda m, pub, way: resolve_duration(1, resolve.words["unit"][m["unit"].lower()])),
        (rf"\b{p['spoken']}", resolve.spoken_year),
        (r"(?i)\b(?:the\s+)?year\s+two\s+thousand\b", lambda m, pub, way: ("2000", "year")),
        # comparisons with the year before, which business news makes quarter by quarter
        (r"(?i)\b(?:(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year's\s+(?:quarter|period)"
         r"|(?:the\s+)?(?:comparable\s+|same\s+)?year-(?:ago|earlier)\s+(?:quarter|period)"
         r"(?![\w-])|(?:(?:comparable|same)\s+)?year-(?:ago|earlier)(?![\w-])|the\s+(?:quarter|period)\s+(?:a|one)\s+year\s+(?:ago|earlier)"
         r"|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:of\s+)?"
         r"(?:a\s+year\s+(?:ago|earlier)|last\s+year))", resolve.year_before),
        (r"\b(?i:the|that)\s+(?:(?i:latest|most\s+recent)\s+(?:quarter|period)|quarter)"
         r"(?![\w-])",
         resolve.reference_quarter),
        (rf"(?i)\b{p['num']}\s+(?P<unit>day|week|month|year|decade|century)s?(?:\s+or\s+so)?"
         r"\s+ago\b",
         resolve.ago),
        # "a few years ago": some time in the past, no more precise (TimeML PAST_REF)
        (rf"(?i)\b{p['vague']}\s+{p['unit']}s\s+ago\b", lambda m, pub, way: ("PAST_REF",
         "present")),
        (r"(?i)\bthe\s+weekend\b",
         lambda m, pub, way: resolve_weekend(pub, way)),
    ]


def _duration_table(p: dict[str, str], resolve: Resolve) -> list[tuple[str, Callable]]:
    """Durations, sets and references to past, present or future."""
    return [
        # "will one day be", "may some day return": at some time to come; else a day's length
        (r"(?i)\b(?:one|some)\s+day\b(?!\s+(?:later|earlier|before|after|ago)\b)",
         resolve.some_day),
        # durations, as TimeML spans them: "the past three years", "the nine months", "five
        # hours", "three straight days" (but "the 14-day" of "the 14-day strike" leaves out its
        # article); an age ("a 30-year-old", "52 years old") is no temporal expression in TimeBank
        (rf"(?i)\b(?:the\s+(?:past|last|next|previous|first|coming)\s+"
         rf"|the\s+(?=(?:{p['any_num']})\s+(?:{p['units_word']})s\b))?{p['num']}"
         rf"(?P<half>\s+1/2|\s+and\s+a\s+half)?"
         r"(?:\s+(?:more|additional|full|consecutive|straight|successive))?[\s-]+"
         rf"(?:(?:trading|business|working)\s+)?{p['unit']}s?\b(?P<half_after>\s+and\s+a\s+half\b)?"
         r"(?!-(?:ago|earlier|long\b))(?![\s-]+old\b)",
         resolve.duration),
        # "30 seconds": counted in the plural, a second is a length (not "a second round")
        (rf"(?i)\b{p['num']}\s+seconds\b",
         lambda m, pub, way: resolve_duration(resolve.count(m), "1S")),
        # "half a century", "half an hour", "a half-hour" (not "a year and a half", a count)
        (rf"(?i)\b(?:half\s+an?|an?\s+half)[\s-]+{p['unit']}\b"
         r"(?![\s-]+old\b|\s+(?:ago|earlier|later)\b)",
         resolve.half_unit),
        # "a three-day-long visit", "a decade-long war", "a weeklong strike", "decades-long":
        # a length that describes its noun, one unit unless counted or plural (the article
        # is the noun's)
        (rf"(?i)\b(?:(?!an?\b){p['num']}[\s-]+|(?P<few>{p['vague']})[\s-]+)?{p['unit']}"
         r"(?P<plural>s)?-?long\b", resolve.bare_unit),
        (rf"(?i)\b(?:the\s+)?(?:(?:past|last|next|coming)\s+)?{p['vague']}\s+"
         rf"(?:(?:more|additional)\s+)?{p['unit']}s\b",
         resolve.duration),
        # "a several-year tenure", "a many-month delay": a vague length that describes its noun
        (rf"(?i)\b(?P<few>{p['vague']})-{p['unit']}(?P<plural>s)?\b(?![\s-]+old\b|-)",
         resolve.bare_unit),
        # "12 and 18 months", "two to three weeks": the first count takes the unit they share
        (rf"(?i)\b{p['num']}(?=(?:\s+(?:and|or|to)\s+|\s*[-–]\s*){p['any_num']}[\s-]+"
         rf"{p['unit']}s?\b)", resolve.duration),
        # a clock reading of a span of time, as race results give it: "2:07:35" is PT2H7M35S
        (r"\b(?P<h>\d{1,2}):(?P<min>[0-5]\d):(?P<sec>[0-5]\d)\b(?![:.]\d)",
         resolve.clock_duration),
        # "for a while": a span of time of no stated length; "a while ago" is some time back
        (r"(?i)\ba\s+(?:little\s+|short\s+|long\s+)?while\b(?P<ago>\s+ago\b)?",
         lambda m, pub, way: ("PAST_REF", "present") if m["ago"] else ("PXX", "duration")),
        # quarters counted: "the past two quarters" (P2Q), "several quarters" (PXQ), "ten straight
        # quarters" (P10Q); a quarter is no unit on its own ("three quarters of the vote",
        # "criticism from some quarters")
        (rf"(?i)\b(?:the\s+)?(?:(?:past|last|next|previous|coming|first)\s+(?:{p['num']}|"
         rf"several|(?:a\s+)?few)|several|(?:a\s+)?few|{p['num']}\s+(?:straight|consecutive"
         r"|successive))\s+quarters\b",
         lambda m, pub, way: resolve_duration(m["n"] and resolve.count(m), "1Q")),
        # "for years", "over the years", "the first time in years", "for centuries" (a plural
        # the unit words hold as written)
        (rf"(?i)\b(?:for|over|in|within)\s+(?P<t>(?:the\s+)?{p['unit']}(?:s|(?<=ies)))\b"
         r"(?!\s+(?:ago|later|earlier))",
         resolve.duration),
        # "the year ended March 31": a fiscal year, named by its end; "the year to February",
        # "the year through March": the twelve months up to a month, as financial news counts a
        # rate
        (rf"(?i)\bthe\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b"
         rf"|\s+(?:to|through)\s+(?-i:{p['months']})\b)",
         lambda m, pub, way: ("P1Y", "duration")),
        # "every week" P1W, "every other week" (every second one) P2W
        (rf"\b(?i:every|each|per)\s+(?P<other>(?i:other|second)\s+)?"
         rf"(?:(?i:{p['unit']}|(?P<q>quarter)|(?P<we>weekend))"
         rf"|(?P<wd>{p['wdays']})(?:\s+{p['part']})?|{p['mon']}|{p['season']}|{p['part']})\b",
         resolve.every),
        # "the past three summers": a season that recurred, as TimeML reads it (a set)
        (rf"(?i)\b(?:the\s+)?(?:past|last|next|coming)\s+{p['num']}\s+{p['season']}s\b",
         resolve.every),
        # "on Mondays", "Tuesday nights": a weekday that recurs
        (rf"\b(?P<wd>{p['wdays']})(?:s|\s+{p['part']}s)\b", resolve.every),
        (rf"(?i)\b(?P<w>{p['sets']})\b", resolve.word("set", "set")),
        # "the past" alone is PAST_REF; "the past year", "the past three summers" are a period
        # (but "now" stays PRESENT_REF in "it has now been three years")
        (rf"(?i)\b(?P<w>{p['the_references']})\b(?!\s+(?:[\w-]+\s+){{0,2}}"
         rf"(?:{p['units_word']}|{p['seasons_word']})s?\b)",
         resolve.word("reference", "present")),
        (rf"(?i)\b(?P<w>{p['references']})\b", resolve.word("reference", "present")),
        # "in past years", "in future quarters": the past or the future at large, as "the past"
        # is; with an article or a count it is a period ("the past two years", "the past years")
        (r"(?i)(?<!\bthe\s)\b(?P<rel>past|future)\s+"
         r"(?:years|months|weeks|decades|centuries|quarters)\b(?![\s-]+(?:ago|old)\b)",
         lambda m, pub, way: (f"{m['rel'].upper()}_REF", "present")),
        # "this moment", "this crucial moment": the present (TimeML PRESENT_REF)
        (r"\b(?i:this)\s+(?:[a-z]+\s+)?(?i:moment)\b",
         lambda m, pub, way: ("PRESENT_REF", "present")),
        # "at the time", "at that time" (not "at the time of the vote"): a time gone by
        (r"(?i)\bat\s+(?P<t>(?:the|that)\s+time)\b(?!\s+of\b|\s+when\b)",
         lambda m, pub, way: ("PAST_REF", "present")),
    ]
