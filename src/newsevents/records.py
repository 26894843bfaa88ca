"""Typed records that travel between the stages of the pipeline.

Every stage reads and writes these frozen dataclasses (never dicts with string keys), so the
same code runs in one process, a pool or a cluster. `event_record` turns an `Event` into the
public JSON record documented in the README.
"""

from __future__ import annotations

import types
import typing
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace

CODER_VERSION = "0.1.0"
R = typing.TypeVar("R")


@dataclass(frozen=True)
class Article:
    """One news article as read by `ingest` and, after `clean`, with furniture removed."""

    article_id: str  # content hash of text + published; stable across runs
    text: str
    source: str  # where it came from: the input path (or path:line / WARC record id)
    published: str | None = None  # ISO date YYYY-MM-DD
    title: str | None = None
    byline: str | None = None
    url: str | None = None
    outlet: str | None = None
    fetched: str | None = None  # crawl date of WARC records, kept apart from `published`
    external_id: str | None = None  # the input's own id (JSON Lines `id`), kept for the user
    paragraphs: tuple[tuple[int, int], ...] = ()  # character spans in `text`, set by clean
    dropped: tuple[Dropped, ...] = ()  # page furniture removed by clean


@dataclass(frozen=True)
class Dropped:
    """A piece of page furniture removed by `clean`, kept so `explain` can show it."""

    text: str
    reason: str


@dataclass(frozen=True)
class Reject:
    """An input that could not become an article, with the reason shown to the user."""

    source: str
    reason: str
    content_hash: str
    sample: str = ""  # the first characters of the input, for the user to recognise it


PLACE = "place"  # the kind of a place mention: a site standing for the state it lies in


@dataclass(frozen=True)
class Actor:
    """Who an actor is: canonical name, country (ISO alpha-3), sector codes and role."""

    name: str
    text: str = ""  # as written where it was mentioned
    country: str | None = None
    sectors: tuple[str, ...] = ()
    role: str | None = None
    actor_id: str = ""
    kind: str = ""  # state, person, igo, group, media, agent; place (a site, for its state)
    # dictionary, title, apposition, modifier, coreference, article; then "+sector-model" (or
    # "sector-model" alone) when the learned name model gave the sectors
    basis: str = ""


@dataclass(frozen=True)
class Mention:
    """A span of the article text that names an actor."""

    start: int  # token index in the doc
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    sentence_index: int
    actor: Actor


@dataclass(frozen=True)
class Attribution:
    """One link of an attribution chain: who asserted it, with which cue, in which stance."""

    speaker: str
    cue: str
    stance: str  # neutral, distancing, confirming, denying, emphatic, hedged, evaluative,
    # directive, publisher
    speaker_country: str | None = None
    basis: str = ""  # "model" when the learned cue detector found the frame of this link


@dataclass(frozen=True)
class Frame:
    """A reporting frame found by `attribution`: speaker, cue and the content they govern."""

    cue: str  # the cue as written ("claimed", "according to")
    cue_lemma: str
    stance: str
    cue_span: tuple[int, int]  # character span in the article text
    speaker: str  # resolved speaker name, or the speaker text when no actor is known
    speaker_span: tuple[int, int] | None
    content_span: tuple[int, int]  # character span of what is attributed
    sentence_index: int
    depth: int = 1  # 1 = outermost frame below the outlet
    speaker_country: str | None = None
    basis: str = "lexicon"  # lexicon, or model / model-object: a cue the learned detector found


@dataclass(frozen=True)
class EventDate:
    """When an event happened, how precisely we know it, and why we think so."""

    date: str | None  # "2024-03-22", "2022-10", "2022"
    precision: str  # day, week, month, quarter, season, year, decade, none
    basis: str  # text, report, sentence, context, publication, none
    text: str | None = None  # the temporal expression, where one was used


@dataclass(frozen=True)
class Place:
    """Where an event happened, resolved against the gazetteer."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    # city, admin2 (a county or district), admin1, country; feature (a sea, river, range, island:
    # no country); near (a name no gazetteer holds, placed at the nearest place its sentence
    # names or the article's main town); unresolved (such a name with neither: no coordinates)
    precision: str
    basis: str  # text (tied to the event), sentence, none
    text: str | None = None


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when, where, and according to whom."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    trigger: str
    trigger_span: tuple[int, int]
    cameo: str
    cameo_root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str
    source: tuple[Actor, ...] = ()
    target: tuple[Actor, ...] = ()
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    date: str | None = None
    date_precision: str = "none"
    date_basis: str = "none"
    place: Place | None = None
    attribution: tuple[Attribution, ...] = ()
    factuality: str = "asserted"
    negated: bool = False
    modality: str = "asserted"  # asserted, future, conditional, hypothetical
    fatalities: int | None = None
    injured: int | None = None
    cluster_id: str | None = None
    coder_version: str = CODER_VERSION
    code_basis: str = "rules"  # rules (the event patterns), or model (the learned class model)
    code_probability: float | None = None  # the learned model's probability of its class


@dataclass(frozen=True)
class CodedArticle:
    """What the pipeline returns for one article: the cleaned article and its records."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    frames: tuple[Frame, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())  # character spans


def amend(record: R, **changes: object) -> R:
    """Return a copy of a frozen record with some fields changed, as `dataclasses.replace`
    does, without running the class's `__init__` again (unless it has a `__post_init__`):
    `replace` builds every field anew, 30 microseconds for an `Event`, which each stage from
    attribution to clustering amends once."""
    if hasattr(record, "__post_init__"):  # a record that checks itself is built anew
        return replace(record, **changes)
    unknown = changes.keys() - record.__dataclass_fields__.keys()
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, **changes)
    return copy


def event_record(event: Event, article: str | None = None) -> dict:
    """Return the public JSON record of an event (field names are a stable contract)."""
    record = asdict(event)
    for key in ("trigger_span", "source_span", "target_span"):
        record[key] = list(record[key]) if record[key] is not None else None
    record["source"] = [dict(a, sectors=list(a["sectors"])) for a in record["source"]]
    record["target"] = [dict(a, sectors=list(a["sectors"])) for a in record["target"]]
    record["attribution"] = [dict(link) for link in record["attribution"]]
    if article is not None:
        record["article"] = article
    return record


def from_dict(cls: type, data: object) -> object:
    """Rebuild a record (and the records inside it) from its `asdict` form, e.g. read from JSON."""
    if data is None:
        return None
    hints = typing.get_type_hints(cls)
    return cls(**{f.name: _convert(hints[f.name], data[f.name]) for f in fields(cls)
                  if f.name in data})


def _convert(hint: object, value: object) -> object:
    if value is None:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        hint = next(arg for arg in args if arg is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if is_dataclass(hint):
        return from_dict(hint, value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in value)
        return tuple(_convert(arg, item) for arg, item in zip(args, value, strict=True))
    return value
