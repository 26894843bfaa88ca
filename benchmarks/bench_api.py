"""Latency of the HTTP API's `/events` over a store of synthetic events (target: < 100 ms).

    python benchmarks/bench_api.py [--events 1000000] [--db /tmp/bench_api.duckdb] [--repeat 7]

The store is generated with SQL (random actors, countries, CAMEO codes, dates 2015-2024 and
places), reused when the file already holds that many events. Each query runs through the app
in-process (FastAPI TestClient: routing, validation and JSON included, no network); the
median and the fastest of `--repeat` runs are reported (the fastest shows the cost without
other processes competing for the CPU).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient

from newsevents.deliver.web import create_app
from newsevents.store import Store

COUNTRIES = ["USA", "RUS", "UKR", "FRA", "DEU", "CHN", "IRN", "ISR", "TUR", "GBR", "IND", "BRA"]
CODES = ["010", "036", "040", "042", "051", "057", "111", "112", "130", "173", "190", "193"]
PLOVER = ["STATEMENT", "CONSULT", "CONSULT", "CONSULT", "COOPERATE", "AGREE", "ACCUSE",
          "ACCUSE", "THREATEN", "COERCE", "ASSAULT", "ASSAULT"]
QUERIES = [
    {},
    {"actor": "rus"},
    {"country": "UKR", "code": "19"},
    {"plover": "CONSULT", "since": "2020-01-01", "until": "2020-12-31"},
    {"factuality": "reported", "country": "FRA"},
    {"q": "ceasefire"},
    {"outlet": "Outlet 7"},
    {"actor": "minister 42", "offset": 500},
]


def build(path: Path, count: int) -> None:
    """Fill a store with `count` synthetic events on 1/20 as many articles."""
    with Store(path) as store:
        db = store.connection
        if db.execute("SELECT count(*) FROM events").fetchone()[0] == count:
            return
        db.execute("DELETE FROM events")
        db.execute("DELETE FROM articles")
        db.execute(
            "INSERT INTO articles (article_id, source, published, outlet, text, paragraphs, "
            "dropped, coder_version) SELECT 'a' || i, 'synthetic', '2020-01-01', "
            "'Outlet ' || (i % 50), 'text', '[]', '[]', 'bench' FROM range(?) t(i)",
            [count // 20 + 1])
        db.execute(f"""
            INSERT INTO events BY NAME
            WITH base AS (
              SELECT i, {_pick(COUNTRIES, 'hash(i)')} AS sc,
                     {_pick(COUNTRIES, 'hash(i + 7)')} AS tc,
                     (hash(i * 3) % {len(CODES)})::INT + 1 AS k,
                     DATE '2015-01-01' + (hash(i * 5) % 3650)::INT AS d
              FROM range(?) t(i))
            SELECT 'e' || i AS event_id, 'a' || (i // 20) AS article_id, 0 AS sentence_index,
              'Minister ' || (i % 997) || ' discussed a ceasefire' || CASE WHEN i % 13 = 0
                THEN ' in public' ELSE '' END || '.' AS sentence,
              'discussed' AS trigger, '[0, 9]' AS trigger_span,
              {_pick(CODES, 'k - 1', direct=True)} AS cameo,
              substr({_pick(CODES, 'k - 1', direct=True)}, 1, 2) AS cameo_root,
              'synthetic' AS cameo_name, 1 + k % 4 AS quad_class, (k % 21) - 10.0 AS goldstein,
              {_pick(PLOVER, 'k - 1', direct=True)} AS plover_type, '' AS plover_mode,
              json_array(json_object('name', 'Minister ' || (i % 997), 'country', sc,
                'sectors', json_array(), 'kind', 'person')) AS source,
              json_array(json_object('name', sc || ' government', 'country', tc,
                'sectors', json_array(), 'kind', 'state')) AS target,
              strftime(d, '%Y-%m-%d') AS date, 'day' AS date_precision, 'text' AS date_basis,
              json_object('name', 'Place ' || (i % 300), 'lat', (i % 140) - 70.0,
                'lon', (i % 340) - 170.0) AS place,
              '[]' AS attribution,
              CASE WHEN i % 3 = 0 THEN 'reported' ELSE 'asserted' END AS factuality,
              false AS negated, 'asserted' AS modality, 'c' || (i // 4) AS cluster_id,
              'bench' AS coder_version, 'Minister ' || (i % 997) AS source_name,
              sc AS source_country, sc || ' government' AS target_name, tc AS target_country
            FROM base""", [count])


def _pick(values: list[str], index: str, direct: bool = False) -> str:
    """SQL choosing one of `values` by an integer expression (constants only, no user input)."""
    listed = ", ".join(f"'{value}'" for value in values)
    position = index if direct else f"({index} % {len(values)})::INT"
    return f"[{listed}][{position} + 1]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/bench_api.duckdb")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    build(Path(args.db), args.events)
    print(f"store: {args.events} events in {args.db} ({time.perf_counter() - started:.1f} s)")
    client = TestClient(create_app(args.db))
    worst = 0.0
    for params in QUERIES:
        client.get("/events", params=params)  # warm caches once
        times = []
        for _ in range(args.repeat):
            tick = time.perf_counter()
            response = client.get("/events", params=params)
            times.append((time.perf_counter() - tick) * 1000)
        assert response.status_code == 200, response.text
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"{median:7.1f} ms (min {min(times):5.1f})  total={response.json()['total']:>8}"
              f"  /events {params}")
    print(f"worst median {worst:.1f} ms ({'within' if worst < 100 else 'over'} 100 ms target)")


if __name__ == "__main__":
    main()
