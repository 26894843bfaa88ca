"""Time dyad history, last contact and top lists on a store of one million synthetic events.

Usage: .venv/bin/python benchmarks/bench_analytics.py [--events 1000000] [--db PATH]
The events are generated in DuckDB (random dyads of 40 countries, codes of every root, dates
over ten years, one cluster per three mentions); the target is under 200 ms per query.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from newsevents.analytics import Filters, dyad_history, last_contact, top_actors, top_codes
from newsevents.store import Store

COUNTRIES = ["USA", "CHN", "RUS", "UKR", "FRA", "DEU", "GBR", "IND", "PAK", "IRN", "ISR", "TUR",
             "JPN", "KOR", "PRK", "BRA", "ARG", "MEX", "NGA", "KEN", "ETH", "EGY", "SAU", "SYR",
             "IRQ", "AFG", "POL", "ITA", "ESP", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "ZAF",
             "SDN", "LBY", "VEN", "COL"]
CODES = ["010", "020", "036", "040", "041", "042", "043", "046", "057", "061", "070", "090",
         "100", "111", "112", "120", "130", "141", "150", "163", "173", "180", "190", "195", "200"]


def fill(store: Store, count: int) -> None:
    """Insert `count` synthetic events with SQL, no Python loop."""
    store.connection.execute(f"""
        INSERT INTO events BY NAME
        SELECT md5(i::VARCHAR)[:16] AS event_id, 'art' || (i // 5) AS article_id,
               (i % 5)::INTEGER AS sentence_index, 'A synthetic sentence.' AS sentence,
               code AS cameo, code[:2] AS cameo_root, 'code ' || code AS cameo_name,
               CASE WHEN code[:2] < '06' THEN 1 WHEN code[:2] < '09' THEN 2
                    WHEN code[:2] < '14' THEN 3 ELSE 4 END AS quad_class,
               (10 - 20 * (code[:2]::INTEGER / 20.0)) AS goldstein,
               src AS source_name, src AS source_country, tgt AS target_name, tgt AS target_country,
               strftime(DATE '2015-01-01' + (i * 7919 % 3650)::INTEGER, '%Y-%m-%d') AS date,
               'day' AS date_precision,
               CASE WHEN i % 17 = 0 THEN 'claimed' ELSE 'asserted' END AS factuality,
               md5((i // 3)::VARCHAR)[:16] AS cluster_id, '0.1.0' AS coder_version
        FROM (SELECT i, ?[1 + (hash(i) % {len(COUNTRIES)})::INTEGER] AS src,
                     ?[1 + (hash(i * 31 + 7) % {len(COUNTRIES)})::INTEGER] AS tgt,
                     ?[1 + (hash(i * 13 + 3) % {len(CODES)})::INTEGER] AS code
              FROM range({count}) t(i))""", [COUNTRIES, COUNTRIES, CODES])


def timed(label: str, call, repeat: int = 7) -> float:
    """Run a query a few times; print and return the median time in milliseconds."""
    call()  # warm the cache once, as a running service would be
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    size = len(result) if isinstance(result, list) else int(result is not None)
    print(f"{label:<34} {median:7.1f} ms median  ({min(times):.1f}-{max(times):.1f})  rows {size}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(args.db or Path(scratch) / "bench.duckdb")
        with Store(path) as store:
            started = time.perf_counter()
            if store.counts()["events"] == 0:
                fill(store, args.events)
            print(f"store: {store.counts()['events']} events "
                  f"(built in {time.perf_counter() - started:.1f} s)")
            con = store.connection
            results = [
                timed("dyad_history USA-CHN", lambda: dyad_history(con, "USA", "CHN")),
                timed("dyad_history RUS-UKR 2020-2022",
                      lambda: dyad_history(con, "RUS", "UKR", "2020-01-01", "2022-12-31")),
                timed("last_contact FRA-DEU < 2023-06-01",
                      lambda: last_contact(con, "FRA", "DEU", "2023-06-01")),
                timed("last_contact by name, 04+05",
                      lambda: last_contact(con, "ind", "pak", "2020-01-01", ("04", "05"))),
                timed("top_actors 2019", lambda: top_actors(con, Filters(since="2019-01-01",
                                                                         until="2019-12-31"))),
                timed("top_codes all", lambda: top_codes(con)),
            ]
    print(f"worst median of dyad history and last contact: {max(results[:4]):.1f} ms "
          "(target < 200 ms)")


if __name__ == "__main__":
    main()
