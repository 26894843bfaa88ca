"""The DuckDB store: round trips, idempotent batches, rollback on failure, and event filters."""

from __future__ import annotations

import pytest

from newsevents.records import (
    CODER_VERSION,
    Actor,
    Article,
    Attribution,
    CodedArticle,
    Dropped,
    Event,
    Frame,
    Mention,
    Place,
    Reject,
    event_record,
)
from newsevents.store import Store

ARMENIA = Actor("Armenia", "Yerevan", "ARM", ("GOV",), None, "ARM-GOV", "state", "dictionary")
AZERBAIJAN = Actor("Azerbaijan", "Baku", "AZE", ("GOV",), None, "AZE", "state", "dictionary")
PASHINYAN = Actor("Nikol Pashinyan", "Pashinyan", "ARM", ("GOV",), "prime minister", "p1",
                  "person", "title")


def _event(article_id: str, index: int, cameo: str, source: Actor, target: Actor | None,
           date: str | None) -> Event:
    return Event(
        event_id=f"{article_id}-e{index}", article_id=article_id, sentence_index=index,
        sentence="Yerevan and Baku held talks on the border.", trigger="held talks",
        trigger_span=(15, 25), cameo=cameo, cameo_root=cameo[:2], cameo_name="Consult",
        quad_class=1, goldstein=1.0, plover_type="CONSULT", plover_mode="",
        source=(source,), target=(target,) if target else (), source_span=(0, 7),
        target_span=None, date=date, date_precision="day" if date and len(date) == 10 else
        "month", date_basis="text",
        place=Place("Yerevan", "ARM", "Yerevan", 40.18, 44.51, 616052, "city", "text"),
        attribution=(Attribution("The Outlet", "", "publisher"),
                     Attribution("Pashinyan", "said", "neutral", "ARM")),
        factuality="reported", negated=index == 2, fatalities=3 if index == 3 else None,
    )


def _coded(name: str, events: list[tuple]) -> CodedArticle:
    article = Article(
        article_id=f"art-{name}", text="Yerevan and Baku held talks on the border.",
        source=f"{name}.txt", published="2023-05-02", title="Talks", byline="A Reporter",
        paragraphs=((0, 42),), dropped=(Dropped("Skip to content", "skip link"),),
        external_id="feed-7",
    )
    mention = Mention(0, 1, 0, 7, "Yerevan", 0, ARMENIA)
    frame = Frame("said", "say", "neutral", (10, 14), "Pashinyan", (0, 9), (15, 40), 0)
    return CodedArticle(
        article=article, mentions=(mention,), frames=(frame,),
        events=tuple(_event(article.article_id, i, *spec) for i, spec in enumerate(events)),
        sentences=((0, 42),),
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


@pytest.fixture
def batch() -> list[CodedArticle]:
    return [
        _coded("one", [("040", ARMENIA, AZERBAIJAN, "2023-05-02"),
                       ("0431", PASHINYAN, AZERBAIJAN, "2022-10"),
                       ("112", AZERBAIJAN, ARMENIA, None)]),
        _coded("two", [("190", AZERBAIJAN, ARMENIA, "2023-09-19")]),
    ]


REJECT = Reject("bad.bin", "binary file (NUL bytes), not text", "hash-bad", "\x00abc")


def test_round_trip_returns_the_public_event_record(store, batch):
    store.write_batch(batch, [])
    stored = {record["event_id"]: record for record in store.events()}
    for event in (e for item in batch for e in item.events):
        assert stored[event.event_id] == event_record(event)


def test_article_round_trip_keeps_paragraphs_dropped_and_children(store, batch):
    store.write_batch(batch, [])
    record = store.article("art-one")
    assert record["title"] == "Talks" and record["published"] == "2023-05-02"
    assert record["external_id"] == "feed-7"
    assert record["paragraphs"] == [[0, 42]]
    assert record["dropped"] == [{"text": "Skip to content", "reason": "skip link"}]
    assert record["coder_version"] == CODER_VERSION and record["stored_at"] is not None
    assert [e["cameo"] for e in record["events"]] == ["040", "0431", "112"]
    assert record["actors"][0]["country"] == "ARM" and record["actors"][0]["sectors"] == ["GOV"]
    assert record["frames"][0]["cue_span"] == [10, 14]
    assert store.article("no-such-article") is None


def test_writing_the_same_batch_twice_adds_nothing(store, batch):
    first = store.write_batch(batch, [REJECT])
    assert (first.new_articles, first.new_events, first.new_rejects) == (2, 4, 1)
    again = store.write_batch(batch, [REJECT])
    assert (again.new_articles, again.new_events, again.new_rejects) == (0, 0, 0)
    assert store.counts() == {"articles": 2, "events": 4, "rejects": 1}
    assert store.connection.execute("SELECT count(*) FROM actors").fetchone()[0] == 2


def test_duplicates_within_one_batch_are_written_once(store, batch):
    result = store.write_batch(batch + batch[:1], [REJECT, REJECT])
    assert (result.new_articles, result.new_events, result.new_rejects) == (2, 4, 1)


def test_a_failing_batch_leaves_nothing_behind(store, batch, monkeypatch):
    store.write_batch(batch[:1], [])

    def fail(item):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("newsevents.store._frame_rows", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.write_batch(batch[1:], [REJECT])
    assert store.counts() == {"articles": 1, "events": 3, "rejects": 0}
    assert store.known_article_ids(["art-one", "art-two"]) == {"art-one"}


def test_a_committed_batch_survives_reopening(tmp_path, batch):
    path = tmp_path / "reopen.duckdb"
    with Store(path) as store:
        store.write_batch(batch, [REJECT])
    with Store(path, read_only=True) as store:
        assert store.counts() == {"articles": 2, "events": 4, "rejects": 1}
        assert store.known_article_ids(["art-one", "art-new"]) == {"art-one"}


def test_known_article_ids_of_nothing_is_empty(store):
    assert store.known_article_ids([]) == set()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["0431", "040", "190", "112"]),
        ({"code": "04"}, ["0431", "040"]),
        ({"code": "043"}, ["0431"]),
        ({"actor": "pashinyan"}, ["0431"]),
        ({"actor": "aze"}, ["0431", "040", "190", "112"]),
        ({"actor": "arm"}, ["0431", "040", "190", "112"]),
        ({"actor": "Armenia"}, ["040", "190", "112"]),
        ({"since": "2023-01-01"}, ["040", "190"]),
        ({"since": "2022-10-15"}, ["0431", "040", "190"]),
        ({"until": "2022-12-31"}, ["0431"]),
        ({"since": "2023-05-01", "until": "2023-06-30"}, ["040"]),
        ({"actor": "AZE", "code": "19"}, ["190"]),
        ({"limit": 2}, ["0431", "040"]),
    ],
)
def test_event_filters(store, batch, filters, expected):
    store.write_batch(batch, [])
    assert [e["cameo"] for e in store.events(**filters)] == expected


def test_rejects_are_stored_with_their_reason(store):
    other = Reject("gone.txt", "no such file or directory", "hash-gone")
    assert store.write_batch([], [REJECT, other]).new_rejects == 2
    rows = store.connection.execute(
        "SELECT source, reason, sample, coder_version FROM rejects ORDER BY source"
    ).fetchall()
    assert rows == [
        ("bad.bin", "binary file (NUL bytes), not text", "\x00abc", CODER_VERSION),
        ("gone.txt", "no such file or directory", "", CODER_VERSION),
    ]


def test_every_event_row_carries_the_coder_version(store, batch):
    store.write_batch(batch, [])
    versions = store.connection.execute("SELECT DISTINCT coder_version FROM events").fetchall()
    assert versions == [(CODER_VERSION,)]


def test_a_store_written_before_a_new_column_opens_and_takes_new_batches(tmp_path, batch):
    path = tmp_path / "old.duckdb"
    with Store(path) as old:
        old.connection.execute("ALTER TABLE frames DROP COLUMN basis")
    with Store(path) as reopened:
        reopened.write_batch(batch, [])
        assert reopened.article("art-one")["frames"][0]["basis"] == "lexicon"
