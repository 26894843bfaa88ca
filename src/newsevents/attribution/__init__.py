"""Attribution stage: find reporting frames (speaker, cue, content) in a parsed article and give
every event its chain of sources, the outlet first, with the factuality that chain implies.
"""

from __future__ import annotations

from newsevents.attribution.chains import attribute_events, factuality
from newsevents.attribution.frames import UNNAMED, find_frames
from newsevents.attribution.lexicon import STANCES, Cue, CueLexicon, load_cues
from newsevents.attribution.spans import find_quotes

__all__ = [
    "STANCES",
    "UNNAMED",
    "Cue",
    "CueLexicon",
    "attribute_events",
    "factuality",
    "find_frames",
    "find_quotes",
    "load_cues",
]
