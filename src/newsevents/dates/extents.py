"""TIMEX3 extents: the words around a matched timex that TIMEX3 takes into it, a mod before it
("the late 1990s", "nearly two weeks") and a blurring tail after it ("or so", "and beyond").
The value stays: these words say where in the period, or how sharp its edge, not which period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsevents.dates.timex import Timex

if TYPE_CHECKING:
    from newsevents.dates.lexicon import Lexicon

POINT_MODS = {"START", "MID", "END"}  # TIMEX3 mods of a date; the others qualify a length
PLURAL_UNIT_END = re.compile(r"(?i)(?:days|weeks|months|years|decades)$")


def take_mod(timex: Timex, text: str, offset: int, doc: Doc, lexicon: Lexicon,
             free_from: int) -> Timex:
    """Take the mod word before a timex into its extent, as TIMEX3 does: "early next year",
    "the late 1990s" (START, END) before a date; "nearly two weeks", "more than a decade ago"
    (APPROX, MORE_THAN) before a length of time. `free_from` is where the text before it is
    no other timex's. The value stays: a mod says where in the period, not which period."""
    start = timex.start_char - offset
    match = lexicon.mod_before.search(text, max(free_from, start - 24), start)
    if match is None:
        return timex
    counted = timex.precision == "duration" or timex.text.lower().endswith("ago")
    if (lexicon.words["mod"][match["mod"].lower()] in POINT_MODS) == counted:
        return timex
    span = doc.char_span(offset + match.start(), timex.end_char, alignment_mode="expand")
    if span is None:
        return timex
    return replace(timex, start_char=offset + match.start(), text=text[match.start() : start]
                   + timex.text, token_start=span.start)


def take_tail(timex: Timex, text: str, offset: int, doc: Doc, lexicon: Lexicon) -> Timex:
    """Take into a timex's extent, as TIMEX3 does, the words after it that only blur its edge:
    "the next two years or so", "1994 or later", "2015 and beyond", and "ahead" after a plural
    unit ("the weeks ahead"): the words are the lexicon's tail words. The value stays."""
    end = timex.end_char - offset
    tail = lexicon.tail_after.match(text, end)
    if tail is None or (tail["plural"] and not PLURAL_UNIT_END.search(timex.text)):
        return timex
    span = doc.char_span(timex.start_char, offset + tail.end(), alignment_mode="expand")
    if span is None:
        return timex
    return replace(timex, end_char=offset + tail.end(), text=timex.text + tail[0],
                   token_end=span.end)
