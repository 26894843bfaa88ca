"""Stable identifiers from content hashes, so reruns and resumes never duplicate a record.

Python's `hash()` changes per process; these use SHA-256 of the content instead.
"""

from __future__ import annotations

import hashlib


def content_hash(*parts: str | bytes | None, length: int = 16) -> str:
    """Return a hex digest of the parts, stable across processes and machines."""
    digest = hashlib.sha256()
    for part in parts:
        if part is None:
            part = b"\x00"
        elif isinstance(part, str):
            part = part.encode("utf-8", errors="surrogatepass")
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:length]


def article_id(text: str, published: str | None) -> str:
    """Return the id of an article: the same text and date always give the same id."""
    return content_hash("article", text, published)


def event_id(article_id: str, sentence_index: int, trigger_start: int, cameo: str) -> str:
    """Return the id of an event within its article."""
    return content_hash("event", article_id, str(sentence_index), str(trigger_start), cameo)
