"""newsevents: turn news articles into sourced event data.

    >>> import newsevents
    >>> records = newsevents.code("...article text...", published="2024-04-03")

`code` returns the public event records (dicts, see the README). For many calls, make a `Coder`
once: it holds the loaded spaCy pipeline and data files.
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.records import CODER_VERSION, event_record
from newsevents.settings import Settings

__version__ = CODER_VERSION
__all__ = ["Coder", "code", "__version__"]


class Coder:
    """A loaded pipeline that codes texts; build one and reuse it."""

    def __init__(self, settings: Settings | None = None):
        from newsevents.pipeline import load_resources

        self.settings = settings or Settings()
        self.resources = load_resources(self.settings)

    def code(self, text: str, published: str | None = None, **meta) -> list[dict]:
        """Return the event records of one article text."""
        from newsevents.ingest import article_from_text
        from newsevents.pipeline import code_batch

        article = article_from_text(text, published=published, **meta)
        [coded] = code_batch([article], self.resources, self.settings)
        return [event_record(event) for event in coded.events]


@lru_cache(maxsize=1)
def _default_coder() -> Coder:
    # Loading spaCy takes a second; keep one default coder per process, built on first use.
    return Coder()


def code(text: str, published: str | None = None, **meta) -> list[dict]:
    """Return the event records of one article text, coded with the default settings."""
    return _default_coder().code(text, published=published, **meta)
