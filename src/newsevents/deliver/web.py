"""HTTP API and web page over a store: events, articles with evidence spans, dyads, actors.

Reads a DuckDB store through one read-only connection (a cursor per request) with parameterised
SQL only; the one POST endpoint codes a posted text without storing it. Serves `static/` at `/`.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from newsevents.deliver.schemas import (
    ActorCount,
    ArticleOut,
    CodeRequest,
    CodeResult,
    Dyad,
    Edge,
    EventDetail,
    EventPage,
    MapPoint,
)
from newsevents.records import event_record
from newsevents.store import EVENT_FIELDS, Store, _event_dict

STATIC = Path(__file__).resolve().parent / "static"
MAX_CODE_BYTES = 200_000  # POST /code body limit; larger posts get 413
MAX_OFFSET = 2**62  # DuckDB's OFFSET is a BIGINT: larger ones get 422, not a server error
SELECT_EVENTS = ", ".join(f"e.{name}" for name in EVENT_FIELDS)


@dataclass
class EventFilter:
    """Filters shared by /events, /actors, /network and /map, as SQL clauses on `events e`."""

    actor: Annotated[str | None, Query(description="Source or target name or country code.")] = None
    country: Annotated[str | None, Query(description="Source or target country (ISO3).")] = None
    code: Annotated[str | None, Query(description="CAMEO code or prefix (root), e.g. 04.")] = None
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT.")] = None
    since: Annotated[str | None, Query(description="Events on or after this date.")] = None
    until: Annotated[str | None, Query(description="Events on or before this date.")] = None
    factuality: Annotated[str | None, Query(description="asserted, reported, ...")] = None
    outlet: Annotated[str | None, Query(description="Outlet of the article.")] = None
    q: Annotated[str | None, Query(description="Text search in the sentence.")] = None

    def where(self) -> tuple[str, list[Any]]:
        """Return a WHERE clause and its parameters; values never enter the SQL text."""
        clauses, params = [], []

        def add(clause: str, *values: Any) -> None:
            clauses.append(clause)
            params.extend(values)

        # Countries are stored ";"-joined; wrapping both sides in ";" matches whole codes only.
        in_countries = ("(contains(';' || e.source_country || ';', ';' || upper(?) || ';') OR "
                        "contains(';' || e.target_country || ';', ';' || upper(?) || ';'))")
        if self.actor:
            add("(contains(lower(e.source_name), lower(?)) OR contains(lower(e.target_name), "
                f"lower(?)) OR {in_countries})", *[self.actor] * 4)
        if self.country:
            add(in_countries, self.country, self.country)
        if self.code:
            add("starts_with(e.cameo, ?)", self.code)
        if self.plover:
            add("e.plover_type = upper(?)", self.plover)
        if self.factuality:
            add("e.factuality = lower(?)", self.factuality)
        if self.since:
            # A partial date ("2022-10") is kept when its period reaches the bound.
            add("(e.date >= ? OR starts_with(?, e.date))", self.since, self.since)
        if self.until:
            add("e.date <= ?", self.until)
        if self.outlet:
            add("e.article_id IN (SELECT article_id FROM articles WHERE lower(outlet) = lower(?))",
                self.outlet)
        if self.q:
            add("contains(lower(e.sentence), lower(?))", self.q)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


@dataclass
class RateLimit:
    """At most `calls` requests per `seconds` per client, counted in this process."""

    calls: int
    seconds: float
    seen: dict[str, deque] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str) -> bool:
        """Record a call by `client`; return False when it is over the limit."""
        now = time.monotonic()
        with self.lock:
            calls = self.seen.setdefault(client, deque())
            while calls and now - calls[0] > self.seconds:
                calls.popleft()
            if len(calls) >= self.calls:
                return False
            calls.append(now)
            return True


def cursor(request: Request):
    """Yield a cursor of the app's read-only connection for one request."""
    # DuckDB connections are not shared across threads; a cursor per request is.
    connection = request.app.state.store.connection.cursor()
    try:
        yield connection
    finally:
        connection.close()


Db = Annotated[Any, Depends(cursor)]
Filters = Annotated[EventFilter, Depends()]


def create_app(db_path: str | Path, code_calls: int = 10, code_seconds: float = 60.0) -> FastAPI:
    """Build the app over a store opened read-only; POST /code allows `code_calls` per window."""
    app = FastAPI(title="newsevents", description="Sourced event data: who did what to whom, "
                  "when, where, and according to whom.", version="0.1.0")
    app.state.store = Store(db_path, read_only=True)
    app.state.rate = RateLimit(code_calls, code_seconds)
    app.state.resources = None  # the spaCy pipeline, loaded on the first POST /code
    app.state.resources_lock = threading.Lock()
    app.state.article_lock = threading.Lock()

    @app.get("/events", response_model=EventPage, summary="Filtered, paged events")
    def list_events(db: Db, filters: Filters, limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> dict:
        where, params = filters.where()
        total, events = page_events(db, where, params, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "events": events}

    @app.get("/events/{event_id}", response_model=EventDetail, summary="One event and its cluster")
    def get_event(event_id: str, db: Db) -> dict:
        row = db.execute(f"SELECT {SELECT_EVENTS} FROM events e WHERE e.event_id = ?",
                         [event_id]).fetchone()
        if row is None:
            raise HTTPException(404, "no such event")
        event = _event_dict(row)
        mates = db.execute(
            f"SELECT {SELECT_EVENTS} FROM events e WHERE e.cluster_id = ? AND e.event_id <> ? "
            "ORDER BY e.date, e.event_id LIMIT 200", [event["cluster_id"], event_id]).fetchall()
        return {"event": event, "cluster": [_event_dict(mate) for mate in mates]}

    @app.get("/articles/{article_id}", response_model=ArticleOut,
             summary="Article text with the spans of its events, actors, cues and places")
    def get_article(article_id: str) -> dict:
        # Store.article reads through the shared connection; the lock keeps threads apart.
        with app.state.article_lock:
            record = app.state.store.article(article_id)
        if record is None:
            raise HTTPException(404, "no such article")
        return {**record, "spans": article_spans(record)}

    @app.get("/dyads/{a}/{b}", response_model=Dyad, summary="Monthly history of a dyad")
    def get_dyad(a: str, b: str, db: Db, both: bool = Query(
            False, description="Count events in both directions.")) -> dict:
        def side(column: str) -> str:
            return (f"(list_contains(string_split(lower(e.{column}_name), '; '), lower(?)) OR "
                    f"list_contains(string_split(lower(e.{column}_country), ';'), lower(?)))")
        where = f"({side('source')} AND {side('target')})"
        params = [a, a, b, b]
        if both:
            where = f"({where} OR ({side('source')} AND {side('target')}))"
            params += [b, b, a, a]
        rows = db.execute(
            "SELECT substr(e.date, 1, 7) AS month, count(*), avg(e.goldstein), sum(e.goldstein), "
            + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q})" for q in range(1, 5))
            + f" FROM events e WHERE e.date IS NOT NULL AND length(e.date) >= 7 AND {where}"
            " GROUP BY month ORDER BY month", params).fetchall()
        months = [{"month": r[0], "events": r[1], "goldstein_mean": round(r[2], 3),
                   "goldstein_sum": round(r[3], 3), "quad": list(r[4:8])} for r in rows]
        return {"a": a, "b": b, "months": months}

    @app.get("/actors", response_model=list[ActorCount], summary="Top actors of filtered events")
    def top_actors(db: Db, filters: Filters,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[dict]:
        where, params = filters.where()
        rows = db.execute(
            "WITH sides AS (SELECT 'source' AS side, unnest(from_json(e.source, '[\"JSON\"]')) AS a"
            f" FROM events e {where} UNION ALL SELECT 'target', "
            f"unnest(from_json(e.target, '[\"JSON\"]')) FROM events e {where}) "
            "SELECT a->>'name' AS name, a->>'country' AS country, count(*) AS n, "
            "count(*) FILTER (WHERE side = 'source'), count(*) FILTER (WHERE side = 'target') "
            "FROM sides GROUP BY name, country ORDER BY n DESC, name LIMIT ?",
            [*params, *params, limit]).fetchall()
        return [{"name": r[0], "country": r[1], "events": r[2], "as_source": r[3],
                 "as_target": r[4]} for r in rows]

    @app.get("/network", response_model=list[Edge], summary="Source→target edges of filtered "
             "events")
    def network(db: Db, filters: Filters,
                limit: Annotated[int, Query(ge=1, le=500)] = 60) -> list[dict]:
        where, params = filters.where()
        extra = "AND" if where else "WHERE"
        rows = db.execute(
            f"SELECT e.source_name, e.target_name, count(*) AS n, avg(e.goldstein) FROM events e "
            f"{where} {extra} e.source_name IS NOT NULL AND e.target_name IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [*params, limit]).fetchall()
        return [{"source": r[0], "target": r[1], "events": r[2],
                 "goldstein_mean": round(r[3], 3)} for r in rows]

    @app.get("/map", response_model=list[MapPoint], summary="Places of filtered events")
    def map_points(db: Db, filters: Filters,
                   limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[dict]:
        where, params = filters.where()
        extra = "AND" if where else "WHERE"
        rows = db.execute(
            "SELECT e.place->>'name' AS name, CAST(e.place->>'lat' AS DOUBLE) AS lat, "
            f"CAST(e.place->>'lon' AS DOUBLE) AS lon, count(*) AS n FROM events e {where} {extra} "
            "e.place IS NOT NULL AND e.place->>'lat' IS NOT NULL GROUP BY 1, 2, 3 "
            "ORDER BY n DESC LIMIT ?", [*params, limit]).fetchall()
        return [{"name": r[0], "lat": r[1], "lon": r[2], "events": r[3]} for r in rows]

    @app.post("/code", response_model=CodeResult, summary="Code one text without storing it",
              responses={413: {"description": "Text over 200 kB"},
                         429: {"description": "Too many requests"}})
    def code_text(body: CodeRequest) -> dict:
        if len(body.text.encode("utf-8")) > MAX_CODE_BYTES:
            raise HTTPException(413, f"text over {MAX_CODE_BYTES} bytes")
        return code_posted(app, body)

    @app.middleware("http")
    async def guard_code(request: Request, call_next):
        # Refuse oversized or too frequent posts before the body is read or parsed.
        if request.method == "POST" and request.url.path == "/code":
            length = request.headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > MAX_CODE_BYTES + 1024:
                return JSONResponse({"detail": "request body too large"}, status_code=413)
            client = request.client.host if request.client else "?"
            if not app.state.rate.allow(client):
                return JSONResponse({"detail": "too many requests"}, status_code=429)
        return await call_next(request)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def page_events(db, where: str, params: list, limit: int, offset: int) -> tuple[int, list[dict]]:
    """Return the number of matching events and one page of them, newest first."""
    total = db.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]
    # Sort narrow (date, rowid, id) triples only, then read the page's wide rows by primary key:
    # sorting whole rows, or filtering the wide columns, costs 2-5x more at a million events.
    ids = [row[0] for row in db.execute(
        f"SELECT e.event_id FROM events e {where} ORDER BY e.date DESC NULLS LAST, e.rowid "
        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()]
    rows = db.execute(f"SELECT {SELECT_EVENTS} FROM events e "
                      "WHERE e.event_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
    by_id = {row[0]: _event_dict(row) for row in rows}
    return total, [by_id[event_id] for event_id in ids]


def code_posted(app: FastAPI, body: CodeRequest) -> dict:
    """Code a posted text with the app's resources (loaded once) and return its events."""
    from newsevents.ingest import _LanguageCheck, article_from_text, check_article
    from newsevents.pipeline import code_batch_safely, load_resources
    from newsevents.records import Reject
    from newsevents.settings import Settings

    settings = Settings()
    # spaCy pipelines are not thread-safe, so one lock guards loading and coding alike.
    with app.state.resources_lock:
        if app.state.resources is None:
            app.state.resources = (load_resources(settings), _LanguageCheck())
        resources, language = app.state.resources
        article = article_from_text(body.text, body.published, source="<post>")
        checked = check_article(article, body.text.encode("utf-8"), settings, language)
        if isinstance(checked, Reject):
            return {"events": [], "rejected": checked.reason}
        coded, failed = code_batch_safely([checked], resources, settings)
    rejected = failed[0].reason if failed else None
    return {"events": [event_record(e) for item in coded for e in item.events],
            "rejected": rejected}


def article_spans(record: dict) -> list[dict]:
    """Return the character spans of events (trigger, source, target), cues, actors, places."""
    text = record["text"]
    spans = [{"start": a["start_char"], "end": a["end_char"], "kind": "actor",
              "label": a["name"]} for a in record["actors"]]
    for frame in record["frames"]:
        spans.append({"start": frame["cue_span"][0], "end": frame["cue_span"][1], "kind": "cue",
                      "label": f"{frame['speaker']} ({frame['stance']})"})
        if frame["speaker_span"]:
            spans.append({"start": frame["speaker_span"][0], "end": frame["speaker_span"][1],
                          "kind": "speaker", "label": frame["speaker"]})
    for event in record["events"]:
        label = f"{event['cameo']} {event['cameo_name']}"
        for kind in ("trigger", "source", "target"):
            span = event[f"{kind}_span"]
            if span:
                spans.append({"start": span[0], "end": span[1], "kind": kind, "label": label,
                              "event_id": event["event_id"]})
        place = event.get("place")
        if place and place.get("text"):
            found = _find_in_sentence(text, event, place["text"])
            if found is not None:
                spans.append({"start": found, "end": found + len(place["text"]), "kind": "place",
                              "label": place["name"], "event_id": event["event_id"]})
    return [span for span in spans if 0 <= span["start"] < span["end"] <= len(text)]


def _find_in_sentence(text: str, event: dict, needle: str) -> int | None:
    # Places carry their text, not a span: look for it in the event's sentence.
    sentence = event["sentence"].strip()
    start = text.find(sentence, max(0, event["trigger_span"][0] - len(sentence)))
    if start < 0:
        return None
    found = text.find(needle, start, start + len(sentence))
    return found if found >= 0 else None
