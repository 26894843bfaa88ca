"""The events stage: code verbs and event nouns against CAMEO/PLOVER from the pattern data.

`load_patterns` reads data/events/; `code_events` turns a parsed article into `Event` records.
"""

from __future__ import annotations

from newsevents.events.coder import code_events
from newsevents.events.patterns import PatternSet, load_patterns

__all__ = ["PatternSet", "code_events", "load_patterns"]
