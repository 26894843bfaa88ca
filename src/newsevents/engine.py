"""The local engine: stream inputs in batches through `code_batch`, in one process or a pool.

Workers each hold one loaded pipeline; only this process writes to the store, one transaction per
batch. At most two batches per worker are in flight, so memory follows the batch size, not the
size of the corpus; and a worker is replaced after `worker_batches` batches, because what a
long-lived spaCy process accumulates (every new string in its vocabulary, a fragmented heap)
would otherwise grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from newsevents.cluster import cluster_events
from newsevents.ingest import read_inputs
from newsevents.pipeline import Resources, code_batch_safely, load_resources
from newsevents.records import Article, CodedArticle, Reject
from newsevents.settings import Settings
from newsevents.store import Store


@dataclass
class RunSummary:
    """What a run did, for the summary line and for scripts."""

    articles: int = 0
    skipped: int = 0
    events: int = 0
    rejects: int = 0
    seconds: float = 0.0
    reject_reasons: dict[str, int] = field(default_factory=dict)


Batch = tuple[list[Article], list[Reject]]


def batches(items: Iterable[Article | Reject], size: int) -> Iterator[Batch]:
    """Group a stream of articles and rejects into batches of at most `size` articles."""
    articles: list[Article] = []
    rejects: list[Reject] = []
    for item in items:
        (articles if isinstance(item, Article) else rejects).append(item)
        if len(articles) >= size:
            yield articles, rejects
            articles, rejects = [], []
    if articles or rejects:
        yield articles, rejects


def code_inputs(
    paths: Iterable[str], settings: Settings, resources: Resources | None = None
) -> Iterator[CodedArticle | Reject]:
    """Code inputs without storing them, yielding coded articles and rejects in input order."""
    resources = resources or load_resources(settings)
    for articles, rejects in batches(read_inputs(paths, settings), settings.batch_size):
        coded, failed = code_batch_safely(articles, resources, settings)
        yield from rejects + failed
        yield from coded


def run(
    paths: Iterable[str],
    settings: Settings,
    on_batch: Callable[[int, int], None] | None = None,
) -> RunSummary:
    """Code inputs into the store, skipping articles it already holds; return a summary."""
    summary = RunSummary()
    started = time.perf_counter()
    with Store(settings.db) as store:
        pending = _fresh_batches(read_inputs(paths, settings), store, settings, summary)
        for coded, rejects in _code_batches(pending, settings):
            written = store.write_batch(coded, rejects)
            # New mentions join the clusters of events stored by earlier batches and runs.
            cluster_events(store.connection, [item.article.article_id for item in coded])
            summary.articles += written.new_articles
            summary.events += written.new_events
            summary.rejects += written.new_rejects
            for reject in rejects:
                reason = reject.reason.split(":")[0]
                summary.reject_reasons[reason] = summary.reject_reasons.get(reason, 0) + 1
            if on_batch:
                on_batch(len(coded), len(rejects))
    summary.seconds = time.perf_counter() - started
    return summary


def _fresh_batches(
    items: Iterable[Article | Reject], store: Store, settings: Settings, summary: RunSummary
) -> Iterator[Batch]:
    """Drop articles that a previous run already committed (resume and idempotency)."""
    for articles, rejects in batches(items, settings.batch_size):
        known = store.known_article_ids([a.article_id for a in articles])
        summary.skipped += sum(a.article_id in known for a in articles)
        yield [a for a in articles if a.article_id not in known], rejects


def _code_batches(
    pending: Iterator[Batch], settings: Settings
) -> Iterator[tuple[list[CodedArticle], list[Reject]]]:
    if settings.workers <= 1:
        resources = load_resources(settings)
        for articles, rejects in pending:
            coded, failed = code_batch_safely(articles, resources, settings)
            yield coded, rejects + failed
        return
    # Replacing workers needs fresh processes, which the "spawn" start method gives.
    with ProcessPoolExecutor(
        settings.workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(settings,),
        max_tasks_per_child=settings.worker_batches,
    ) as pool:
        window: list[tuple[Future, list[Reject]]] = []
        for articles, rejects in pending:
            window.append((pool.submit(_code_in_worker, articles, settings), rejects))
            if len(window) >= 2 * settings.workers:
                future, held = window.pop(0)
                coded, failed = future.result()
                yield coded, held + failed
        for future, held in window:
            coded, failed = future.result()
            yield coded, held + failed


_WORKER: dict[str, Resources] = {}  # one pipeline per worker process, set by its initializer


def _init_worker(settings: Settings) -> None:
    _WORKER["resources"] = load_resources(settings)


def _code_in_worker(
    articles: list[Article], settings: Settings
) -> tuple[list[CodedArticle], list[Reject]]:
    return code_batch_safely(articles, _WORKER["resources"], settings)

