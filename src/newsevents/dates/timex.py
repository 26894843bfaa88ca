"""The record of the dates stage: a temporal expression found in a text, with its value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Timex:
    """A temporal expression in the text with its resolved TimeML-style value."""

    start_char: int
    end_char: int
    text: str
    value: str  # a day may carry a time of day: 2025-06-17TEV, 2025-06-17T22:00
    precision: str  # day, week, month, quarter, season, year, decade, duration, present, set, time
    token_start: int
    token_end: int
