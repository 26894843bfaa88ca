"""Store: coded articles, events, actors, frames and rejects in one DuckDB file.

Each batch is written in one transaction and keyed by content hashes, so a rerun adds nothing and
a crash loses nothing that was committed. Reads return the public event records.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import duckdb
import pyarrow as pa

from newsevents.records import (
    CODER_VERSION,
    CodedArticle,
    Event,
    Reject,
    event_record,
)

# One table per record kind: (column, DuckDB type). JSON columns hold lists and objects.
ARTICLES = (
    ("article_id", "VARCHAR PRIMARY KEY"), ("source", "VARCHAR"), ("published", "VARCHAR"),
    ("title", "VARCHAR"), ("byline", "VARCHAR"), ("url", "VARCHAR"), ("outlet", "VARCHAR"),
    ("fetched", "VARCHAR"), ("external_id", "VARCHAR"), ("text", "VARCHAR"),
    ("paragraphs", "JSON"), ("dropped", "JSON"), ("coder_version", "VARCHAR"),
)
EVENT_TYPES = {"sentence_index": "INTEGER", "quad_class": "INTEGER", "goldstein": "DOUBLE",
               "negated": "BOOLEAN", "fatalities": "INTEGER", "injured": "INTEGER",
               "code_probability": "DOUBLE"}
EVENT_JSON = ("trigger_span", "source", "target", "source_span", "target_span", "place",
              "attribution")
EVENT_FIELDS = tuple(f.name for f in fields(Event))
EVENTS = (
    ("event_id", "VARCHAR PRIMARY KEY"),
    *((name, "JSON" if name in EVENT_JSON else EVENT_TYPES.get(name, "VARCHAR"))
      for name in EVENT_FIELDS[1:]),
    ("source_name", "VARCHAR"), ("source_country", "VARCHAR"),
    ("target_name", "VARCHAR"), ("target_country", "VARCHAR"),
)
ACTORS = (
    ("article_id", "VARCHAR"), ("sentence_index", "INTEGER"), ("token_start", "INTEGER"),
    ("token_end", "INTEGER"), ("start_char", "INTEGER"), ("end_char", "INTEGER"),
    ("text", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"), ("sectors", "JSON"),
    ("role", "VARCHAR"), ("actor_id", "VARCHAR"), ("kind", "VARCHAR"), ("basis", "VARCHAR"),
    ("coder_version", "VARCHAR"),
)
FRAMES = (
    ("article_id", "VARCHAR"), ("sentence_index", "INTEGER"), ("speaker", "VARCHAR"),
    ("speaker_country", "VARCHAR"), ("cue", "VARCHAR"), ("cue_lemma", "VARCHAR"),
    ("stance", "VARCHAR"), ("cue_span", "JSON"), ("speaker_span", "JSON"),
    ("content_span", "JSON"), ("depth", "INTEGER"), ("coder_version", "VARCHAR"),
    ("basis", "VARCHAR"),
)
REJECTS = (
    ("content_hash", "VARCHAR PRIMARY KEY"), ("source", "VARCHAR"), ("reason", "VARCHAR"),
    ("sample", "VARCHAR"), ("coder_version", "VARCHAR"),
)
TABLES = {"articles": ARTICLES, "events": EVENTS, "actors": ACTORS, "frames": FRAMES,
          "rejects": REJECTS}
STAMPED = ("articles", "rejects")  # tables with a stored_at timestamp
ARROW_TYPES = {"INTEGER": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_()}


@dataclass(frozen=True)
class WriteResult:
    """How many new rows a batch added; rows already stored are not counted."""

    new_articles: int
    new_events: int
    new_rejects: int


class Store:
    """A DuckDB file of coded articles; use as a context manager."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        if path is None:
            from newsevents.settings import Settings

            path = Settings().db
        self.path = str(path)
        self.connection = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self._create_tables()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close the database file."""
        self.connection.close()

    def _create_tables(self) -> None:
        for table, columns in TABLES.items():
            body = ", ".join(f"{name} {kind}" for name, kind in columns)
            if table in STAMPED:
                body += ", stored_at TIMESTAMP DEFAULT current_timestamp"
            self.connection.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
            self._add_missing_columns(table, columns)

    def _add_missing_columns(self, table: str, columns: tuple[tuple[str, str], ...]) -> None:
        """Bring a store written by an older version up to date: new columns start empty."""
        present = {row[0] for row in self.connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()}
        for name, kind in columns:
            if name not in present:
                self.connection.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")

    def write_batch(self, coded: list[CodedArticle], rejects: list[Reject]) -> WriteResult:
        """Write a batch in one transaction, skipping what is already stored; count what is new."""
        known = self.known_article_ids([item.article.article_id for item in coded])
        fresh: dict[str, CodedArticle] = {}
        for item in coded:
            if item.article.article_id not in known:
                fresh.setdefault(item.article.article_id, item)
        new_rejects = {reject.content_hash: reject for reject in rejects}
        self.connection.execute("BEGIN TRANSACTION")
        try:
            self._insert("articles", [_article_row(item) for item in fresh.values()],
                         "article_id")
            events = self._insert(
                "events", [_event_row(e) for item in fresh.values() for e in item.events],
                "event_id",
            )
            self._insert("actors", [row for item in fresh.values() for row in _actor_rows(item)])
            self._insert("frames", [row for item in fresh.values() for row in _frame_rows(item)])
            stored = self._insert("rejects", [_reject_row(r) for r in new_rejects.values()],
                                  "content_hash")
            self.connection.execute("COMMIT")
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        return WriteResult(len(fresh), events, stored)

    def _insert(self, table: str, rows: list[dict], key: str | None = None) -> int:
        """Insert rows (as one Arrow table) that are not yet stored; return how many were new."""
        if not rows:
            return 0
        columns = TABLES[table]
        schema = pa.schema([(name, _arrow_type(kind)) for name, kind in columns])
        incoming = pa.Table.from_pylist(rows, schema=schema)
        if key is not None:
            # Keep the first of duplicate keys within the batch, then drop keys already stored.
            first = {row[key]: index for index, row in reversed(list(enumerate(rows)))}
            keep = sorted(first.values())
            if len(keep) < len(rows):
                incoming = incoming.take(keep)
        self.connection.register("incoming", incoming)
        try:
            where = f"WHERE {key} NOT IN (SELECT {key} FROM {table})" if key else ""
            inserted = self.connection.execute(
                f"INSERT INTO {table} BY NAME SELECT * FROM incoming {where}"
            ).fetchone()
            return inserted[0]
        finally:
            self.connection.unregister("incoming")

    def _count(self, table: str) -> int:
        return self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def known_article_ids(self, ids: list[str] | set[str]) -> set[str]:
        """Return those of the given article ids that the store already holds."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.connection.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
        return {row[0] for row in rows}

    def events(
        self,
        actor: str | None = None,
        code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        """Return stored event records filtered by actor, CAMEO code prefix and date range."""
        clauses, params = [], []
        if actor:
            clauses.append(
                "(contains(lower(source_name), lower(?)) OR contains(lower(target_name), lower(?))"
                " OR list_contains(string_split(lower(source_country), ';'), lower(?))"
                " OR list_contains(string_split(lower(target_country), ';'), lower(?)))"
            )
            params += [actor] * 4
        if code:
            clauses.append("starts_with(cameo, ?)")
            params.append(code)
        if since:
            # A partial date ("2022-10") is kept when its period reaches the bound.
            clauses.append("date >= substr(?, 1, length(date))")
            params.append(since)
        if until:
            clauses.append("date <= ?")
            params.append(until)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        query = (f"SELECT {', '.join(EVENT_FIELDS)} FROM events {where} "
                 "ORDER BY date NULLS LAST, article_id, sentence_index, event_id")
        if limit is not None:
            query += " LIMIT ?"
            params.append(int(limit))
        return [_event_dict(row) for row in self.connection.execute(query, params).fetchall()]

    def article(self, article_id: str) -> dict | None:
        """Return a stored article with its events, actor mentions and frames, or None."""
        names = [name for name, _ in ARTICLES] + ["stored_at"]
        row = self.connection.execute(
            f"SELECT {', '.join(names)} FROM articles WHERE article_id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None
        record = dict(zip(names, row, strict=True))
        record["paragraphs"] = json.loads(record["paragraphs"])
        record["dropped"] = json.loads(record["dropped"])
        rows = self.connection.execute(
            f"SELECT {', '.join(EVENT_FIELDS)} FROM events WHERE article_id = ? "
            "ORDER BY sentence_index, event_id", [article_id],
        ).fetchall()
        record["events"] = [_event_dict(event) for event in rows]
        record["actors"] = self._rows("actors", ACTORS, article_id, "start_char")
        record["frames"] = self._rows("frames", FRAMES, article_id, "sentence_index, depth")
        return record

    def _rows(self, table: str, columns: tuple, article_id: str, order: str) -> list[dict]:
        names = [name for name, _ in columns]
        rows = self.connection.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE article_id = ? ORDER BY {order}",
            [article_id],
        ).fetchall()
        json_columns = {name for name, kind in columns if kind == "JSON"}
        return [
            {name: json.loads(value) if name in json_columns and value is not None else value
             for name, value in zip(names, row, strict=True)}
            for row in rows
        ]

    def counts(self) -> dict[str, int]:
        """Return the number of stored articles, events and rejects."""
        return {table: self._count(table) for table in ("articles", "events", "rejects")}


def _arrow_type(kind: str) -> pa.DataType:
    return ARROW_TYPES.get(kind.split()[0], pa.string())


def _dumps(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _article_row(item: CodedArticle) -> dict:
    article = item.article
    row = {name: getattr(article, name, None) for name, _ in ARTICLES}
    row["paragraphs"] = _dumps([list(span) for span in article.paragraphs])
    row["dropped"] = _dumps([asdict(piece) for piece in article.dropped])
    row["coder_version"] = CODER_VERSION
    return row


def _event_row(event: Event) -> dict:
    record = event_record(event)
    row = {name: _dumps(record[name]) if name in EVENT_JSON else record[name]
           for name in EVENT_FIELDS}
    for side in ("source", "target"):
        actors = record[side]
        row[f"{side}_name"] = "; ".join(a["name"] for a in actors) or None
        row[f"{side}_country"] = ";".join(a["country"] for a in actors if a["country"]) or None
    return row


def _event_dict(row: tuple) -> dict:
    record = dict(zip(EVENT_FIELDS, row, strict=True))
    for name in EVENT_JSON:
        if record[name] is not None:
            record[name] = json.loads(record[name])
    return record


def _actor_rows(item: CodedArticle) -> list[dict]:
    return [
        {"article_id": item.article.article_id, "sentence_index": mention.sentence_index,
         "token_start": mention.start, "token_end": mention.end,
         "start_char": mention.start_char, "end_char": mention.end_char, "text": mention.text,
         "name": mention.actor.name, "country": mention.actor.country,
         "sectors": _dumps(list(mention.actor.sectors)), "role": mention.actor.role,
         "actor_id": mention.actor.actor_id, "kind": mention.actor.kind,
         "basis": mention.actor.basis, "coder_version": CODER_VERSION}
        for mention in item.mentions
    ]


def _frame_rows(item: CodedArticle) -> list[dict]:
    rows = []
    for frame in item.frames:
        row = {name: getattr(frame, name, None) for name, _ in FRAMES}
        for span in ("cue_span", "speaker_span", "content_span"):
            value = getattr(frame, span)
            row[span] = _dumps(list(value) if value is not None else None)
        row["article_id"] = item.article.article_id
        row["coder_version"] = CODER_VERSION
        rows.append(row)
    return rows


def _reject_row(reject: Reject) -> dict:
    return {**asdict(reject), "coder_version": CODER_VERSION}
