"""The HTTP API's response and request bodies: what `/docs` shows and what responses are checked
against. The fields follow the event record (README, "The event record").
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class ActorOut(BaseModel):
    name: str
    text: str = ""
    country: str | None = None
    sectors: list[str] = []
    role: str | None = None
    actor_id: str = ""
    kind: str = ""
    basis: str = ""


class AttributionOut(BaseModel):
    speaker: str
    cue: str
    stance: str
    speaker_country: str | None = None
    basis: str = ""


class PlaceOut(BaseModel):
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: str = ""
    basis: str = ""
    text: str | None = None


class EventOut(BaseModel):
    """One event record, as documented in the README."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    trigger: str
    trigger_span: list[int]
    cameo: str
    cameo_root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str
    source: list[ActorOut] = []
    target: list[ActorOut] = []
    source_span: list[int] | None = None
    target_span: list[int] | None = None
    date: str | None = None
    date_precision: str = "none"
    date_basis: str = "none"
    place: PlaceOut | None = None
    attribution: list[AttributionOut] = []
    factuality: str = "asserted"
    negated: bool = False
    modality: str = "asserted"
    fatalities: int | None = None
    injured: int | None = None
    cluster_id: str | None = None
    code_basis: str = "rules"
    code_probability: float | None = None
    coder_version: str = ""


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters, before paging.")
    limit: int
    offset: int
    events: list[EventOut]


class EventDetail(BaseModel):
    event: EventOut
    cluster: list[EventOut] = Field(description="Other events with the same cluster_id.")


class Span(BaseModel):
    start: int
    end: int
    kind: str = Field(description="trigger, source, target, cue, speaker, actor or place")
    label: str
    event_id: str | None = None


class ArticleOut(BaseModel):
    article_id: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    source: str | None = None
    text: str
    paragraphs: list[list[int]]
    dropped: list[dict[str, str]] = Field(description="Page furniture removed by clean.")
    events: list[EventOut]
    spans: list[Span]


class DyadMonth(BaseModel):
    month: str
    events: int
    goldstein_mean: float
    goldstein_sum: float
    quad: list[int] = Field(description="Counts of quad classes 1-4 (verbal/material "
                                        "cooperation, verbal/material conflict).")


class Dyad(BaseModel):
    a: str
    b: str
    months: list[DyadMonth]


class ActorCount(BaseModel):
    name: str
    country: str | None = None
    events: int
    as_source: int
    as_target: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein_mean: float


class MapPoint(BaseModel):
    name: str
    lat: float
    lon: float
    events: int


class CodeRequest(BaseModel):
    text: str = Field(description="Article text (at most 200 kB).")
    published: str | None = Field(None, description="Publication date YYYY-MM-DD.")


class CodeResult(BaseModel):
    events: list[EventOut]
    rejected: str | None = Field(None, description="Why the text was not coded, if it was not.")
