"""Readers: turn input paths (dated text, JSON Lines, HTML, WARC, folders) into `Article`s.

Readers stream one article at a time and never raise on bad input: whatever cannot become an
article becomes a `Reject` with a human reason, a content hash and a sample.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from newsevents.ids import article_id, content_hash
from newsevents.records import Article, Reject
from newsevents.settings import Settings

Item = Article | Reject

DATE_LINE = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*([^\n]*)(?:\n|\Z)",
                       re.IGNORECASE)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm", ".html.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
SAMPLE_CHARS = 200
LANGUAGE_SAMPLE = 3000  # characters handed to the language identifier: enough, and fast
LANGUAGE_CONFIDENCE = 0.9
ARTICLE_FIELDS = ("title", "byline", "url", "outlet", "fetched", "source")


class _LanguageCheck:
    """The language identifier, loaded on first use (half a second) and kept on the object."""

    def __init__(self) -> None:
        self._identifier = None

    def classify(self, text: str) -> tuple[str, float]:
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        language, probability = self._identifier.classify(text[:LANGUAGE_SAMPLE])
        return language, float(probability)


def read_inputs(paths: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Yield an Article or a Reject for every article found in the given files and folders."""
    language = _LanguageCheck()
    for path in paths:
        yield from _read_path(path, settings, language)


def article_from_text(text: str, published: str | None = None, **meta) -> Article:
    """Build an Article from text; a first line `date YYYY-MM-DD` gives the date if none given."""
    unknown = sorted(set(meta) - set(ARTICLE_FIELDS))
    if unknown:
        raise TypeError(f"unknown article field(s): {', '.join(unknown)}")
    dated, body = split_date_line(text)
    if published is None:
        published = dated
    else:
        published = normalise_date(published)
    body = body if dated else text
    meta.setdefault("source", "<text>")
    return Article(article_id=article_id(body, published), text=body, published=published, **meta)


def split_date_line(text: str) -> tuple[str | None, str]:
    """Return the date of a leading `date YYYY-MM-DD` line and the text after it."""
    match = DATE_LINE.match(text)
    if not match or normalise_date(match.group(1)) is None:
        return None, text
    rest = text[match.end():]
    same_line = match.group(2).strip()
    if same_line and rest:
        return match.group(1), f"{same_line}\n{rest}"
    return match.group(1), same_line or rest


def normalise_date(value: object) -> str | None:
    """Return an ISO date YYYY-MM-DD from an ISO date, ISO datetime or RFC 2822 date."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _read_path(path: str, settings: Settings, language: _LanguageCheck) -> Iterator[Item]:
    if not os.path.exists(path):
        yield _reject(path, "no such file or directory", content_hash("missing", path))
    elif os.path.isdir(path):
        for child in _walk(path):
            if _kind(child) is None:
                # Only explicitly named files are read whatever their type; say what was passed.
                yield _reject(child, "skipped: not a known input type in a folder",
                              content_hash("skipped", child))
            else:
                yield from _read_file(child, settings, language)
    else:
        yield from _read_file(path, settings, language)


def _walk(folder: str) -> Iterator[str]:
    """Yield readable files under a folder, sorted and recursively, without listing it all."""
    with os.scandir(folder) as entries:
        names = sorted((entry.name, entry.is_dir()) for entry in entries)
    for name, is_dir in names:
        if name.startswith("."):
            continue  # hidden files and folders (.git, .DS_Store) are not inputs
        child = os.path.join(folder, name)
        if is_dir:
            yield from _walk(child)
        else:
            yield child


def _kind(path: str) -> str | None:
    name = os.path.basename(path).lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("warc", WARC_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    if name.endswith(".txt") or "." not in name:
        return "text"
    return None


def _read_file(path: str, settings: Settings, language: _LanguageCheck) -> Iterator[Item]:
    kind = _kind(path)
    try:
        size = os.path.getsize(path)
        if kind == "jsonl":
            yield from _read_jsonl(path, settings, language)
        elif kind == "warc":
            yield from _read_warc(path, settings, language)
        elif size == 0:
            yield _reject(path, "empty file", content_hash(b""))
        else:
            raw = _read_bytes(path, settings.max_bytes)
            if len(raw) > settings.max_bytes:
                yield _too_large(path, size, settings, raw)
            elif kind == "html":
                yield _read_html(path, raw, settings, language)
            else:
                # Unknown extensions are read as dated text: a wrong guess ends as a Reject.
                yield _read_text(path, raw, settings, language)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        yield _reject(path, f"truncated or corrupt gzip: {error}", content_hash("corrupt", path))
    except OSError as error:
        yield _reject(path, f"cannot read file: {error.strerror or error}",
                      content_hash("unreadable", path))


def _read_bytes(path: str, limit: int) -> bytes:
    """Read at most limit + 1 bytes (decompressed), so an oversized input is seen, not loaded."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        return handle.read(limit + 1)


def _read_text(path: str, raw: bytes, settings: Settings, language: _LanguageCheck) -> Item:
    text = decode_bytes(raw)
    if isinstance(text, Reject):
        return _with_source(text, path)
    published, body = split_date_line(text)
    article = Article(article_id=article_id(body, published), text=body, source=path,
                      published=published)
    return check_article(article, raw, settings, language)


def _read_jsonl(path: str, settings: Settings, language: _LanguageCheck) -> Iterator[Item]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    found, number = False, 0
    with opener(path, "rb") as handle:
        try:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    found = True
                    yield _jsonl_item(f"{path}:{number}", raw, settings, language)
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            yield _reject(path, f"truncated or corrupt gzip after {number} lines: {error}",
                          content_hash("corrupt", path))
            return
    if not found:
        yield _reject(path, "empty file: no JSON lines", content_hash(b""))


def _jsonl_item(source: str, raw: bytes, settings: Settings, language: _LanguageCheck) -> Item:
    if len(raw) > settings.max_bytes:
        return _too_large(source, len(raw), settings, raw)
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return _reject(source, f"malformed JSON line: {error}", content_hash(raw), raw)
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str) or not text.strip():
        return _reject(source, "JSON line has no text", content_hash(raw), raw)
    published = normalise_date(record.get("published"))
    article = Article(
        article_id=article_id(text, published), text=text, source=source, published=published,
        title=_string(record.get("title")), url=_string(record.get("url")),
        outlet=_string(record.get("outlet")), external_id=_external_id(record.get("id")),
    )
    return check_article(article, raw, settings, language)


def _external_id(value: object) -> str | None:
    return str(value) if isinstance(value, str | int) and str(value).strip() else None


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _read_html(
    source: str, raw: bytes, settings: Settings, language: _LanguageCheck,
    url: str | None = None, fetched: str | None = None,
) -> Item:
    import trafilatura

    if b"\x00" in raw[:4096]:
        return _reject(source, "binary file (NUL bytes), not HTML", content_hash(raw), raw)
    try:
        document = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
    except Exception as error:  # noqa: BLE001 - a parser failure must not end the run
        return _reject(source, f"HTML could not be parsed: {error}", content_hash(raw), raw)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return _reject(source, "no article text found in HTML", content_hash(raw), raw)
    # trafilatura puts one paragraph per line; a blank line keeps sentences from running on.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    published = normalise_date(document.date)
    article = Article(
        article_id=article_id(text, published), text=text, source=source, published=published,
        title=_string(document.title), byline=_string(document.author),
        url=_string(document.url) or url, outlet=_string(document.sitename), fetched=fetched,
    )
    return check_article(article, raw, settings, language)


def _read_warc(path: str, settings: Settings, language: _LanguageCheck) -> Iterator[Item]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    found = 0
    with open(path, "rb") as handle:
        try:
            for record in ArchiveIterator(handle, record_types=WarcRecordType.response,
                                          parse_http=False):
                found += 1
                yield _warc_item(path, record, settings, language)
        except OSError as error:
            yield _reject(path, f"not a readable WARC file: {error}",
                          content_hash("corrupt", path))
            return
    if not found:
        yield _reject(path, "no response records in WARC file", content_hash("empty", path))


def _warc_item(path: str, record, settings: Settings, language: _LanguageCheck) -> Item:
    record_id = record.headers.get("WARC-Record-ID", "").strip("<>")
    source = f"{path}#{record_id}"
    expected = record.content_length
    block = record.reader.read(settings.max_bytes + 1)
    if len(block) > settings.max_bytes:
        return _too_large(source, expected, settings, block)
    if len(block) < expected:
        return _reject(source, f"truncated WARC record: {len(block)} of {expected} bytes",
                       content_hash(block), block)
    head, _, body = block.partition(b"\r\n\r\n")
    content_type = re.search(rb"(?im)^content-type:[ \t]*([^\r\n;]+)", head)
    kind = content_type.group(1).decode("latin-1").strip().lower() if content_type else ""
    if kind not in ("text/html", "application/xhtml+xml"):
        return _reject(source, f"WARC record is not HTML ({kind or 'no content type'})",
                       content_hash(block), b"")
    return _read_html(source, body, settings, language,
                      url=record.headers.get("WARC-Target-URI"),
                      fetched=record.headers.get("WARC-Date"))


def decode_bytes(raw: bytes) -> str | Reject:
    """Return the text of raw bytes, or a Reject (without source) saying why it is not text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _text_or_reject(raw.decode("utf-16", errors="replace"), raw)
    if b"\x00" in raw:
        return _reject("", "binary file (NUL bytes), not text", content_hash(raw), raw)
    try:
        return _text_or_reject(raw.decode("utf-8-sig"), raw)
    except UnicodeDecodeError as error:
        strict_error = error
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return _reject("", f"not valid UTF-8 ({strict_error.reason} at byte {strict_error.start})"
                       " and no other text encoding detected", content_hash(raw), raw)
    return _text_or_reject(str(best), raw)


def _text_or_reject(text: str, raw: bytes) -> str | Reject:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(
        1 for char in text if char not in "\n\t" and unicodedata.category(char)[0] == "C"
    )
    if text and controls / len(text) > 0.05:
        return _reject("", "binary or not text (control characters)", content_hash(raw), raw)
    return text


def check_article(article: Article, raw: bytes, settings: Settings,
                  language: _LanguageCheck) -> Item:
    """Return the article, or a Reject when its text is too long, too short or not English."""
    length = len(article.text.strip())
    reason = None
    if length > settings.max_chars:
        reason = f"text too long: {length} characters (max_chars {settings.max_chars})"
    elif length < settings.min_chars:
        reason = f"text too short: {length} characters (min_chars {settings.min_chars})"
    else:
        found, probability = language.classify(article.text)
        if found != settings.language and probability >= LANGUAGE_CONFIDENCE:
            reason = f"language is {found}, not {settings.language}"
    if reason is None:
        return article
    return _reject(article.source, reason, content_hash(raw), article.text)


def _too_large(source: str, size: int, settings: Settings, raw: bytes = b"") -> Reject:
    return _reject(source, f"too large: {size} bytes (max_bytes {settings.max_bytes})",
                   content_hash("too-large", source, str(size), raw[:65536]), raw)


def _reject(source: str, reason: str, digest: str, sample: bytes | str = b"") -> Reject:
    if isinstance(sample, bytes):
        sample = sample[: SAMPLE_CHARS * 4].decode("utf-8", errors="replace")
    printable = "".join(char if char.isprintable() else " " for char in sample[:SAMPLE_CHARS])
    return Reject(source=source, reason=reason, content_hash=digest, sample=printable.strip())


def _with_source(reject: Reject, source: str) -> Reject:
    return Reject(source=source, reason=reject.reason, content_hash=reject.content_hash,
                  sample=reject.sample)

