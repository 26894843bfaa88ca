"""Timex patterns for spans known to be temporal expressions (a gold annotation, a model's DATE):
a lone month, year, unit or weak word that running text alone would not trust.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsevents.dates.arithmetic import resolve_this_period
from newsevents.dates.patterns import pattern_parts
from newsevents.dates.resolvers import ANAPHOR, Resolve, alternation, year_match

if TYPE_CHECKING:
    from newsevents.dates.lexicon import Lexicon


def bare_patterns(lexicon: Lexicon) -> list[tuple[re.Pattern, Callable]]:
    """Patterns for a lone month, year or plural unit ("weeks": PXW), safe only where the span
    is known to be a temporal expression."""
    resolve, p = Resolve(lexicon.words), pattern_parts(lexicon.words)
    month = rf"(?P<mon>{alternation(lexicon.words['month'])})\.?"
    # "weeks" (PXW), "the week" (P1W), "an 8-month-old", "day-long", "decades-long"; "the
    # final days", "the opening weeks" (PXD, PXW): a stretch at one end of a period, of units
    # it does not count
    units = (rf"(?i:the\s+)?(?:{p['num']}[\s-]+|(?P<few>{p['vague']})[\s-]+"
             r"|(?i:first|early|last|final|closing|opening)\s+(?=[a-z]+s$))?"
             rf"(?P<unit>(?i:{p['units_word']}))(?P<plural>s)?(?i:-(?:old|long))?")
    # "a rather short spell", "a long stretch of time", "some time": a length the text leaves
    # unsaid
    vague_length = (r"(?i:an?|the|some)\s+(?:(?i:very|fairly|rather|relatively)\s+)?"
                    r"(?i:long|lengthy|short|brief|extended|prolonged|protracted)\s+"
                    r"(?i:period|stretch|spell|while)(?:\s+(?i:of\s+time))?"
                    r"|(?i:some|a\s+long)\s+(?i:time)")
    # "the first half" with no year: in running text as often a match's half as a year's
    half = r"(?i:the\s+)?(?P<h>(?i:first|second|last|latter))\s+(?i:half)"
    # "the second and fourth quarters": a quarter named in the plural comes back every year
    quarters = rf"(?i:the\s+)?{p['ordinal']}\s+(?i:quarters)"
    weak = rf"(?i:the\s+)?(?P<w>(?i:{alternation(lexicon.words['weak'])}))"
    season = rf"(?i:the\s+)?(?i:(?:early|late|mid)[\s-]*)?{p['season']}"
    # "months ago", "centuries ago": some time back, no more precise, as "a few years ago" is
    uncounted_ago = rf"(?:{p['vague']}\s+)?(?:(?i:{p['units_word']})s|(?i:centuries))\s+(?i:ago)"
    # "this century", "the current decade": the one publication falls in, written as TimeML
    # writes one named ("the 21st century" 20, "the 2010s" 201)
    this_period = r"(?i:this|the\s+current)\s+(?P<unit>(?i:decade|century))"
    return [(re.compile(month), resolve.month),
            (re.compile(r"(?P<y>(?:1[89]|20)\d\d)"), year_match),
            # "for the year", "earlier in the year": the date last named, else publication's
            (re.compile(r"(?i:(?:earlier|later)\s+in\s+)?(?i:the)\s+(?P<unit>(?i:day|month|year))"),
             lambda m, pub, way: (f"{m['unit'].lower()}+0", ANAPHOR)),
            # "the morning", "mid afternoon": that part of the day last named; "overnight" the
            # night before it
            (re.compile(rf"(?i:the\s+|that\s+)?(?i:mid[\s-]?)?{p['part']}"),
             lambda m, pub, way: (f"day+0{resolve.part_of_day(m)}", ANAPHOR)),
            (re.compile(r"(?i:overnight)"), lambda m, pub, way: ("day-1TNI", ANAPHOR)),
            (re.compile(units), resolve.bare_unit),
            (re.compile(vague_length), lambda m, pub, way: ("PXX", "duration")),
            (re.compile(half), resolve.half),
            (re.compile(quarters), lambda m, pub, way: (
                f"XXXX-Q{lexicon.words['ordinal'][m['ord'].lower()]}", "set")),
            (re.compile(weak), resolve.weak),
            (re.compile(uncounted_ago), lambda m, pub, way: ("PAST_REF", "present")),
            (re.compile(this_period),
             lambda m, pub, way: resolve_this_period(m["unit"].lower(), pub)),
            (re.compile(season), resolve.bare_season)]
