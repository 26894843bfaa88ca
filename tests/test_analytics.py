"""Analytics over the store: dyad history by month, last contact, top actors and codes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "clusters"))

from mentions import FAMILIES, NEAR_MISSES, build, read_lines  # noqa: E402

from newsevents.analytics import (  # noqa: E402
    Filters,
    dyad_history,
    last_contact,
    top_actors,
    top_codes,
)
from newsevents.cluster import cluster_batch  # noqa: E402
from newsevents.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def connection(tmp_path_factory):
    coded, _ = build(read_lines(FAMILIES, NEAR_MISSES))
    with Store(tmp_path_factory.mktemp("analytics") / "events.duckdb") as store:
        store.write_batch(cluster_batch(coded), [])
        yield store.connection


def test_dyad_history_counts_one_event_per_cluster_in_both_directions(connection):
    rows = dyad_history(connection, "FRA", "DEU")
    by_month = {row["month"]: row for row in rows}
    # Four reports of one visit (two outlets each way round) are one event.
    assert by_month["2025-03"]["events"] == 1
    # A meeting and an accusation in May 2026: one cooperative, one conflictual.
    may = by_month["2026-05"]
    assert may["events"] == 2 and may["verbal_cooperation"] == 1 and may["verbal_conflict"] == 1
    assert may["from_a"] == 1 and may["from_b"] == 1
    assert may["goldstein"] == pytest.approx(1.0 - 2.0)


def test_dyad_history_respects_the_period(connection):
    assert [row["month"] for row in dyad_history(connection, "FRA", "DEU", since="2026-01-01")] \
        == ["2026-05"]


def test_last_contact_is_the_latest_consultation_before_the_date(connection):
    found = last_contact(connection, "CHN", "USA", "2026-03-09")
    assert found["date"] == "2026-03-03" and found["cameo"] == "041"
    later = last_contact(connection, "USA", "CHN", "2026-12-31")
    assert later["date"] == "2026-03-10"
    assert last_contact(connection, "USA", "CHN", "2026-03-01") is None


def test_last_contact_takes_other_code_prefixes_and_names(connection):
    found = last_contact(connection, "bangladesh", "india", "2026-12-31", ("05",))
    assert found["date"] == "2026-02-20" and found["cameo"] == "057"


def test_claimed_events_count_but_negated_ones_do_not(connection):
    connection.execute("UPDATE events SET factuality = 'negated' WHERE article_id = 'N01-b'")
    try:
        assert last_contact(connection, "USA", "CHN", "2026-12-31")["date"] == "2026-03-03"
    finally:
        connection.execute("UPDATE events SET factuality = 'asserted' WHERE article_id = 'N01-b'")


def test_top_actors_and_codes(connection):
    actors = top_actors(connection, limit=3)
    assert actors[0]["actor"] == "USA" and actors[0]["events"] == 5
    codes = top_codes(connection, Filters(since="2026-01-01"), limit=50)
    assert {row["cameo"] for row in codes} >= {"041", "190", "163"}
    assert all(row["events"] >= 1 for row in codes)
    only_fra = top_codes(connection, Filters(actor="FRA"))
    # The March visit (one cluster of 040 and 042 reports) and the two May events of 2026.
    assert sum(row["events"] for row in only_fra) == 3
