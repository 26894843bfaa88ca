"""Clustering: families of reports of one event join, near misses stay apart, stores grow."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "clusters"))

from mentions import FAMILIES, NEAR_MISSES, build, read_lines  # noqa: E402

from newsevents.cluster import (  # noqa: E402
    cluster_batch,
    cluster_events,
    cluster_summaries,
    date_interval,
)
from newsevents.store import Store  # noqa: E402

FAMILY_LINES = read_lines(FAMILIES)
NEAR_LINES = read_lines(NEAR_MISSES)
FAMILY_IDS = sorted({line["gold"] for line in FAMILY_LINES})
PAIR_IDS = sorted({line["gold"][:-1] for line in NEAR_LINES})


def _clusters(lines: list[dict]) -> dict[str, str]:
    coded, _ = build(lines)
    return {e.event_id: e.cluster_id for item in cluster_batch(coded) for e in item.events}


def test_fixtures_are_large_enough():
    assert len(FAMILY_IDS) >= 10 and len(PAIR_IDS) >= 10


@pytest.mark.parametrize("family", FAMILY_IDS)
def test_reports_of_one_event_share_a_cluster(family):
    lines = [line for line in FAMILY_LINES if line["gold"] == family]
    assert len(set(_clusters(lines).values())) == 1


@pytest.mark.parametrize("pair", PAIR_IDS)
def test_near_misses_stay_apart(pair):
    lines = [line for line in NEAR_LINES if line["gold"][:-1] == pair]
    assert len(set(_clusters(lines).values())) == 2


def test_all_fixtures_together_give_the_gold_partition():
    coded, gold = build(FAMILY_LINES + NEAR_LINES)
    predicted = {e.event_id: e.cluster_id for item in cluster_batch(coded) for e in item.events}
    partition = {frozenset(i for i in gold if predicted[i] == c) for c in predicted.values()}
    expected = {frozenset(i for i in gold if gold[i] == g) for g in gold.values()}
    assert partition == expected


def test_a_vague_mention_does_not_chain_two_calls_a_week_apart():
    calls = [line for line in NEAR_LINES if line["gold"] in {"N01a", "N01b"}]
    vague = dict(calls[0], gold="N01", article="N01-c", date="2026-03", precision="month",
                 sentence="The two presidents spoke by phone in March.")
    ids = _clusters(calls + [vague])
    assert len(set(ids.values())) == 2


@pytest.mark.parametrize(("value", "precision", "expected"), [
    ("2025-03-04", "day", ("2025-03-04", "2025-03-04")),
    ("2024-02", "month", ("2024-02-01", "2024-02-29")),
    ("2025-W03", "week", ("2025-01-13", "2025-01-19")),
    ("2024-Q4", "quarter", ("2024-10-01", "2024-12-31")),
    ("2025-WI", "season", ("2025-12-01", "2026-02-28")),
    ("2025", "year", ("2025-01-01", "2025-12-31")),
    ("199", "decade", ("1990-01-01", "1999-12-31")),
])
def test_date_interval_covers_the_precision(value, precision, expected):
    first, last = date_interval(value, precision)
    assert (first, last) == tuple(dt.date.fromisoformat(d) for d in expected)


def test_unknown_dates_have_no_interval():
    assert date_interval(None, "none") is None
    assert date_interval("soon", "day") is None


def test_a_new_batch_joins_clusters_already_stored(tmp_path):
    coded, gold = build(FAMILY_LINES)
    first, second = coded[::2], coded[1::2]
    with Store(tmp_path / "events.duckdb") as store:
        store.write_batch(cluster_batch(first), [])
        before = dict(store.connection.execute("SELECT event_id, cluster_id FROM events")
                      .fetchall())
        store.write_batch(cluster_batch(second), [])
        changed = cluster_events(store.connection,
                                 [item.article.article_id for item in second])
        after = dict(store.connection.execute("SELECT event_id, cluster_id FROM events")
                     .fetchall())
    assert changed > 0
    assert all(after[event_id] == cid for event_id, cid in before.items())
    partition = {frozenset(i for i in gold if after[i] == c) for c in after.values()}
    assert partition == {frozenset(i for i in gold if gold[i] == g) for g in gold.values()}


def test_rerunning_the_store_pass_changes_nothing(tmp_path):
    coded, _ = build(FAMILY_LINES)
    with Store(tmp_path / "events.duckdb") as store:
        store.write_batch(cluster_batch(coded), [])
        assert cluster_events(store.connection, [c.article.article_id for c in coded]) == 0


def test_cluster_summary_counts_outlets_and_disagreement(tmp_path):
    lines = [line for line in FAMILY_LINES if line["gold"] == "F01"]
    coded, _ = build(lines)
    with Store(tmp_path / "events.duckdb") as store:
        store.write_batch(cluster_batch(coded), [])
        (summary,) = cluster_summaries(store.connection)
    assert summary["mentions"] == 4
    assert summary["articles"] == 3 and summary["outlets"] == 3
    assert summary["earliest_report"] == "2025-03-04"
    assert summary["date_min"] == "2025-03" and summary["date_max"] == "2025-03-04"
    assert summary["codes"] == ["040", "042"]
    assert summary["sources_disagree"] is True
    representative = [e for c in coded for e in c.events
                      if e.event_id == summary["representative_id"]][0]
    assert representative.factuality == "asserted" and representative.date_precision == "day"


def test_events_without_shared_actors_never_merge():
    lines = [line for line in FAMILY_LINES if line["gold"] == "F03"][:1]
    stranger = dict(lines[0], article="X-a", source=["gunmen|"], target=["villagers|"],
                    place=None)
    coded, _ = build(lines + [stranger])
    ids = {e.cluster_id for item in cluster_batch(coded) for e in item.events}
    assert len(ids) == 2


ARTICLES = Path(__file__).resolve().parent / "fixtures" / "clusters" / "articles"


def test_articles_coded_in_two_runs_join_one_cluster(tmp_path):
    """End to end with the real model: two outlets, one call; a call a week later stays apart."""
    from newsevents.engine import run
    from newsevents.settings import Settings

    settings = Settings(db=str(tmp_path / "events.duckdb"))
    run([str(ARTICLES / "harbor-times-call.txt")], settings)
    later = [str(ARTICLES / name) for name in ("northern-ledger-call.txt",
                                               "harbor-times-second-call.txt")]
    run(later, settings)
    with Store(settings.db) as store:
        new_ids = [row[0] for row in store.connection.execute(
            "SELECT article_id FROM articles WHERE source IN (SELECT unnest(?::VARCHAR[]))",
            [later]).fetchall()]
        cluster_events(store.connection, new_ids)
        calls = dict(store.connection.execute(
            "SELECT a.source, e.cluster_id FROM events e JOIN articles a USING (article_id) "
            "WHERE e.cameo_root = '04'").fetchall())
    first, same, second = (calls[str(ARTICLES / name)] for name in (
        "harbor-times-call.txt", "northern-ledger-call.txt", "harbor-times-second-call.txt"))
    assert first == same != second
