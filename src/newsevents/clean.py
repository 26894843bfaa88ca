"""Clean: drop page furniture (menus, sign-up lines, photo credits, bylines) from article text.

Reads an `Article` from ingest and returns a new one with the cleaned body, its paragraph spans,
what was dropped and why, and title/byline/date read from header lines. Patterns live in
`data/clean/furniture.csv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from newsevents.datafiles import read_rows
from newsevents.records import Article, Dropped

DATA = Path(__file__).resolve().parent / "data" / "clean"
FURNITURE = DATA / "furniture.csv"
COLUMNS = ("reason", "scope", "max_words", "regex")
SCOPES = ("prefix", "inline", "line", "header")
FIELDS = {"byline", "date"}  # named groups a pattern may capture
TITLE_MAX_WORDS = 20
WRAP_MAX_WIDTH = 100  # hard-wrapped plain text (mail, wire copy) wraps at 60-80 characters
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
END = r"[.!?:;'\"’”)]$"  # a line ending like this ends a sentence, not a wrapped line
DATE_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d")


@dataclass(frozen=True)
class FurnitureRule:
    """One furniture pattern: what it removes, where it applies and why."""

    reason: str
    scope: str
    max_words: int
    pattern: re.Pattern[str]
    line: int  # line of the data file, for messages


@dataclass(frozen=True)
class Furniture:
    """The furniture rules of a data file, grouped by scope."""

    rules: tuple[FurnitureRule, ...]

    def scoped(self, *scopes: str) -> tuple[FurnitureRule, ...]:
        """Return the rules of the given scopes, in file order."""
        return tuple(rule for rule in self.rules if rule.scope in scopes)


def load_furniture(path: str | Path = FURNITURE) -> Furniture:
    """Load and validate furniture rules; fail naming the file and line of a bad row."""
    path = Path(path)
    rules = []
    for number, row in read_rows(path, COLUMNS):
        where = f"{path}:{number}"
        if not row["reason"]:
            raise ValueError(f"{where}: reason is empty")
        if row["scope"] not in SCOPES:
            raise ValueError(f"{where}: scope {row['scope']!r} is not one of {', '.join(SCOPES)}")
        if not row["max_words"].isdigit():
            raise ValueError(f"{where}: max_words {row['max_words']!r} is not a whole number")
        try:
            pattern = re.compile(row["regex"])
        except re.error as error:
            raise ValueError(f"{where}: bad regex: {error}") from None
        unknown = set(pattern.groupindex) - FIELDS
        if unknown:
            raise ValueError(f"{where}: unknown named group(s) {sorted(unknown)}; use {FIELDS}")
        rules.append(FurnitureRule(row["reason"], row["scope"], int(row["max_words"]), pattern,
                                   number))
    if not rules:
        raise ValueError(f"{path}: no furniture rules")
    return Furniture(tuple(rules))


@lru_cache(maxsize=4)
def _shipped(path: Path) -> Furniture:
    # The shipped rules are read once per process; Furniture is frozen, so sharing it is safe.
    return load_furniture(path)


@dataclass
class _Page:
    """Working state while one article is cleaned (local to a call)."""

    kept: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    found: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    title_adjacent: bool = False  # the title runs straight on into the first body line
    in_header: bool = True


def clean_article(article: Article, furniture: Furniture | None = None) -> Article:
    """Return the article with furniture dropped, paragraphs split and header fields read."""
    furniture = furniture or _shipped(FURNITURE)
    page = _Page()
    for line in article.text.splitlines():
        line = _normalise(line)
        if line:
            _clean_line(line, page, furniture, article.title)
        else:
            page.title_adjacent = page.title_adjacent and bool(page.kept)
            if page.kept and page.kept[-1]:
                page.kept.append("")  # a blank line ends a block: wrapped lines never cross it
    if page.title and _not_a_title(page):
        page.kept.insert(0, page.title)
        page.dropped.remove(Dropped(page.title, "title"))
        page.title = None
    paragraphs = _join_wrapped(page.kept)
    text = "\n\n".join(paragraphs)
    spans, start = [], 0
    for paragraph in paragraphs:
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return replace(
        article,
        text=text,
        paragraphs=tuple(spans),
        dropped=tuple(page.dropped),
        title=article.title or page.title,
        byline=article.byline or page.found.get("byline"),
        published=article.published or parse_header_date(page.found.get("date")),
    )


def _not_a_title(page: _Page) -> bool:
    """Tell whether the headline candidate is the whole text or the start of a wrapped block."""
    if not any(page.kept):
        return True
    if not page.title_adjacent:
        return False
    block = page.kept[: page.kept.index("")] if "" in page.kept else page.kept
    return _is_wrapped([page.title, *block])


def _normalise(line: str) -> str:
    return SPACES.sub(" ", ZERO_WIDTH.sub("", line)).strip()


def _clean_line(line: str, page: _Page, furniture: Furniture, known_title: str | None) -> None:
    for rule in furniture.scoped("prefix"):
        match = rule.pattern.search(line)
        if match and match.start() == 0 and match.end() > 0:
            page.dropped.append(Dropped(match.group(0).strip(), rule.reason))
            line = line[match.end():].strip()
    if not line:
        return
    words = len(line.split())
    scopes = ("line", "header") if page.in_header else ("line",)
    for rule in furniture.scoped(*scopes):
        if rule.max_words and words > rule.max_words:
            continue
        match = rule.pattern.search(line)
        if match:
            page.dropped.append(Dropped(line, rule.reason))
            page.title_adjacent = page.title_adjacent and bool(page.kept)
            for name, value in match.groupdict().items():
                if value and value.strip():
                    page.found.setdefault(name, value.strip(" ,;|"))
            return
    for rule in furniture.scoped("inline"):
        if rule.max_words and words > rule.max_words:
            continue
        for match in reversed(list(rule.pattern.finditer(line))):
            page.dropped.append(Dropped(match.group(0).strip(), rule.reason))
            line = (line[: match.start()] + line[match.end():]).strip()
    if line:
        _keep(line, page, known_title)


def _keep(line: str, page: _Page, known_title: str | None) -> None:
    """Keep a body line, or take it as the headline when it is the page's first short line."""
    if page.in_header and known_title and _same(line, known_title):
        page.dropped.append(Dropped(line, "title repeated"))
        return
    if page.in_header and page.title is None and not known_title and _looks_like_title(line):
        page.title, page.title_adjacent = line, True
        page.dropped.append(Dropped(line, "title"))
        return
    page.in_header = False
    page.kept.append(line)


def _looks_like_title(line: str) -> bool:
    return len(line.split()) <= TITLE_MAX_WORDS and not re.search(r"[.:;,]['\"’”]?$", line)


def _same(line: str, title: str) -> bool:
    return re.sub(r"\W+", " ", line).strip().lower() == re.sub(r"\W+", " ", title).strip().lower()


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped blocks into one paragraph; otherwise every line is a paragraph."""
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        paragraphs.extend([" ".join(block)] if _is_wrapped(block) else block)
        block = []
    return paragraphs


def _is_wrapped(block: list[str]) -> bool:
    """Tell whether a block of lines is one paragraph hard-wrapped at a fixed width."""
    # Scraped pages put each paragraph on its own line; wrapped text (mail, wire copy) has
    # several lines of nearly equal width, cut mid-sentence, that read on into the next line.
    if len(block) < 2:
        return False
    width = max(len(line) for line in block)
    if width > WRAP_MAX_WIDTH:
        return False
    if len(block) == 2:
        first, second = block
        return len(first) >= 0.6 * width and not re.search(END, first) and second[0].islower()
    cut = [line for line in block[:-1] if not re.search(END, line)]
    return all(len(line) >= 0.7 * width for line in block[:-1]) and 2 * len(cut) >= len(block) - 1


def parse_header_date(value: str | None) -> str | None:
    """Return YYYY-MM-DD from a header date such as "April 3, 2024" or "3 Apr. 2024"."""
    if not value:
        return None
    value = re.sub(r"[,.]", " ", value)
    value = re.sub(r"\bSept\b", "Sep", " ".join(value.split()), flags=re.IGNORECASE)
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    return None
