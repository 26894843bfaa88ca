"""The local engine: batching, worker pools, and resuming a run that was killed."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsevents.engine import batches, run
from newsevents.records import Article, Reject
from newsevents.settings import Settings

COUNTRIES = ["French", "German", "Japanese", "Kenyan", "Brazilian", "Indian", "Turkish", "Polish"]
CITIES = ["Geneva", "Vienna", "Oslo", "Nairobi", "Lima", "Hanoi", "Doha", "Dakar"]


def write_corpus(folder: Path, count: int) -> Path:
    """Write `count` short dated articles of our own, each different."""
    folder.mkdir()
    for i in range(count):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i + 3) % 8]
        text = (
            f"date 2024-05-{1 + i % 28:02d}\n"
            f"{a} Foreign Minister Anna Berg met her {b} counterpart in {CITIES[i % 8]} on "
            f"Monday to discuss trade, officials said in statement number {i}.\n\n"
            f"Police arrested {i + 2} protesters outside the {b} embassy, witnesses said."
        )
        (folder / f"article-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def stored(db: Path) -> tuple[set[str], list[str]]:
    with duckdb.connect(str(db), read_only=True) as connection:
        articles = {row[0] for row in connection.sql("SELECT article_id FROM articles").fetchall()}
        events = [row[0] for row in connection.sql("SELECT event_id FROM events").fetchall()]
    return articles, events


def test_batches_group_articles_and_carry_rejects():
    items = [Article(str(i), "text", "s") for i in range(5)] + [Reject("bad", "empty", "h")]
    grouped = list(batches(items, 2))
    assert [len(articles) for articles, _ in grouped] == [2, 2, 1]
    assert grouped[-1][1] and grouped[-1][1][0].reason == "empty"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "news", 24)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[set[str], list[str]]:
    db = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    summary = run([str(corpus)], Settings(db=str(db), batch_size=4))
    assert summary.articles == 24 and summary.events > 0
    return stored(db)


def test_two_workers_store_the_same_events_as_one(corpus, reference, tmp_path):
    db = tmp_path / "pool.duckdb"
    # Six batches over two workers that are replaced every two batches: replacing a worker
    # loses and repeats nothing.
    run([str(corpus)], Settings(db=str(db), batch_size=4, workers=2, worker_batches=2))
    articles, events = stored(db)
    assert articles == reference[0]
    assert sorted(events) == sorted(reference[1])


DRIVER = """
import sys
from newsevents.engine import run
from newsevents.settings import Settings
def report(articles, rejects):
    print("batch", articles, flush=True)
run([sys.argv[1]], Settings(db=sys.argv[2], batch_size=2), on_batch=report)
print("done", flush=True)
"""


def test_a_run_killed_mid_way_resumes_without_loss_or_duplicates(corpus, reference, tmp_path):
    db = tmp_path / "killed.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(corpus), str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    committed = 0
    for line in process.stdout:
        committed += line.startswith("batch")
        if committed == 3:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    partial_articles, _ = stored(db)
    assert 0 < len(partial_articles) < 24
    summary = run([str(corpus)], Settings(db=str(db), batch_size=2))
    assert summary.skipped == len(partial_articles)
    articles, events = stored(db)
    assert articles == reference[0]
    assert sorted(events) == sorted(reference[1])  # nothing lost, nothing twice


def test_an_article_that_makes_a_stage_fail_is_rejected_and_the_run_goes_on(
    corpus, tmp_path, monkeypatch
):
    from newsevents import dates

    date_events = dates.date_events

    def fail_on_one(events, doc, article, lexicon=None):
        if "statement number 5." in article.text:
            raise RuntimeError("a bug in the dates stage")
        return date_events(events, doc, article, lexicon)

    monkeypatch.setattr(dates, "date_events", fail_on_one)
    db = tmp_path / "failing.duckdb"
    summary = run([str(corpus)], Settings(db=str(db), batch_size=4))
    assert (summary.articles, summary.rejects) == (23, 1)
    assert summary.reject_reasons == {"coding failed": 1}
    with duckdb.connect(str(db), read_only=True) as connection:
        [(reason,)] = connection.sql("SELECT reason FROM rejects").fetchall()
    assert reason == "coding failed: RuntimeError: a bug in the dates stage"
    # The failed article is not stored, so a run after the fix codes it.
    monkeypatch.setattr(dates, "date_events", date_events)
    assert run([str(corpus)], Settings(db=str(db), batch_size=4)).articles == 1
