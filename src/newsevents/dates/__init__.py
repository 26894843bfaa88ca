"""Dates stage: find temporal expressions, resolve them against the publication date (TimeML-style
values) and give each event the date its clause carries, else its report's, its sentence's or its
passage's, else the publication date.

arithmetic (calendar reckoning) <- resolvers (match -> value) <- patterns, known_spans (regexes),
literals (the words every match of a pattern holds) <- scan (where in a text the patterns can match)
<- lexicon (data/dates/*.csv) <- context (reading a timex against those before it), extents
(the words TIMEX3 takes in around a match) <- timexes (finding and resolving; timex holds the
record) <- passage (dates a paragraph carries) <- attach (dating events).
"""

from newsevents.dates.attach import EVENT_PRECISIONS, attaches, date_events
from newsevents.dates.lexicon import Lexicon, load_lexicon
from newsevents.dates.timexes import Timex, find_timexes, resolve_span

__all__ = [
    "EVENT_PRECISIONS", "Lexicon", "Timex", "attaches", "date_events", "find_timexes",
    "load_lexicon", "resolve_span",
]
