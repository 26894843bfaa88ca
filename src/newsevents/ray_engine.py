"""The cluster engine: the same `code_batch` on Ray Data, from input shards to Parquet.

Each input file (JSON Lines, WARC, HTML, dated text) is a shard; readers run as Ray tasks, and an
actor pool holds one loaded pipeline per actor. Actors reserve a fraction of a CPU so that, on a
small machine, the readers are never starved of a core. The output is Parquet, one row per
article or reject, partitioned by publication date; `newsevents load` puts it into DuckDB through
the same store writer as the local engine, so both paths store identical records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from newsevents.cluster import cluster_events
from newsevents.ingest import read_inputs
from newsevents.pipeline import code_batch_safely, load_resources
from newsevents.records import Article, CodedArticle, Reject, from_dict
from newsevents.settings import Settings
from newsevents.store import Store, WriteResult

UNDATED = "undated"  # partition of articles with no publication date


def shard_paths(inputs: list[str]) -> list[str]:
    """Expand folders into the files below them; Ray reads each file as one shard."""
    paths = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            paths.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file())
        else:
            paths.append(item)
    return paths


def run_ray(
    inputs: list[str], out: str, settings: Settings, actors: int = 2, cpus_per_actor: float = 0.5
) -> None:
    """Code the inputs on Ray Data and write Parquet rows to the folder `out`."""
    import ray

    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False)
    shards = ray.data.from_items([{"path": path} for path in shard_paths(inputs)])
    # A generator, not a list: Ray cuts its rows into blocks as they come, so a shard of any
    # size streams through the readers instead of being held whole by one task.
    items = shards.flat_map(lambda row: _read_shard(row["path"], settings))
    coded = items.map_batches(
        _Coder,
        fn_constructor_args=(settings,),
        batch_size=settings.batch_size,
        concurrency=actors,
        num_cpus=cpus_per_actor,
        batch_format="pandas",
    )
    coded.write_parquet(out, partition_cols=["published"])


def _read_shard(path: str, settings: Settings) -> Iterator[dict]:
    for item in read_inputs([path], settings):
        yield _row(item)


def _row(item: Article | Reject | CodedArticle) -> dict:
    """Flatten a record to a Parquet row: keys for filtering, the record itself as JSON."""
    if isinstance(item, Reject):
        return {"kind": "reject", "key": item.content_hash, "published": UNDATED,
                "events": 0, "record": json.dumps(asdict(item))}
    article = item.article if isinstance(item, CodedArticle) else item
    kind = "coded" if isinstance(item, CodedArticle) else "article"
    events = len(item.events) if isinstance(item, CodedArticle) else 0
    return {"kind": kind, "key": article.article_id, "published": article.published or UNDATED,
            "events": events, "record": json.dumps(asdict(item))}


class _Coder:
    """A Ray actor: one loaded pipeline, coding batches of article rows."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.resources = load_resources(settings)

    def __call__(self, batch):
        import pandas

        rows = batch.to_dict("records")
        articles = [from_dict(Article, json.loads(r["record"])) for r in rows
                    if r["kind"] == "article"]
        coded, failed = code_batch_safely(articles, self.resources, self.settings)
        done = {item.article.article_id: _row(item) for item in coded}
        done |= {reject.content_hash: _row(reject) for reject in failed}
        out = [done[r["key"]] if r["kind"] == "article" else r for r in rows]
        return pandas.DataFrame(out, columns=["kind", "key", "published", "events", "record"])


def load_parquet(folder: str, settings: Settings) -> WriteResult:
    """Store the Parquet rows written by `run_ray` in DuckDB, one transaction per batch."""
    import pyarrow.dataset

    dataset = pyarrow.dataset.dataset(folder, format="parquet", partitioning="hive")
    total = [0, 0, 0]
    with Store(settings.db) as store:
        for batch in dataset.to_batches(columns=["kind", "record"],
                                        batch_size=settings.batch_size):
            coded, rejects = [], []
            for kind, record in zip(batch.column("kind").to_pylist(),
                                    batch.column("record").to_pylist(), strict=True):
                data = json.loads(record)
                if kind == "reject":
                    rejects.append(from_dict(Reject, data))
                else:
                    coded.append(from_dict(CodedArticle, data))
            written = store.write_batch(coded, rejects)
            cluster_events(store.connection, [item.article.article_id for item in coded])
            total = [total[0] + written.new_articles, total[1] + written.new_events,
                     total[2] + written.new_rejects]
    return WriteResult(*total)
