"""Throughput of the whole pipeline beside spaCy's bare `nlp.pipe` on the same news texts.

    python benchmarks/bench_speed.py [--articles 200] [--batch-size 32] [--repeat 1]
                                     [--workers 1 2] [--ray 2]

First spaCy's bare `nlp.pipe` and the pipeline (`code_batch`) are timed in this process, each
after its model is loaded: wall time gives the ratio, process CPU time is printed beside it.
With --repeat N they are timed N times, alternating, and the best time of each is kept (as
`timeit` does): on a shared machine a neighbour's load only ever adds time, and alternating
keeps a slow spell from landing on one side only.

With --workers, the local engine (`newsevents run`: reading, coding,
storing, clustering) is timed with each number of worker processes, each run in a fresh process
as a user starts it, start-up included, with the peak memory of the largest worker. With
--ray N, the Ray engine (`newsevents run --engine ray`, N actors on a local Ray instance, to
Parquet) is timed on the same corpus, Ray's start-up included, and then on a warm instance.

Texts: PolNeAR training articles from ../shared/eval (US political news), read at run time.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import resource
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import spacy

from newsevents.engine import run
from newsevents.ids import article_id
from newsevents.pipeline import code_batch, load_resources
from newsevents.records import Article
from newsevents.settings import Settings

TEXTS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "train" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="alternating timings; best kept")
    parser.add_argument("--workers", type=int, nargs="*", default=[])
    parser.add_argument("--ray", type=int, default=0, metavar="ACTORS")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))[: args.articles]]
    words = sum(len(t.split()) for t in texts)
    settings = Settings(batch_size=args.batch_size)

    nlp = spacy.load(settings.model)
    resources = load_resources(settings)
    articles = [Article(article_id(t, None), t, f"bench:{i}") for i, t in enumerate(texts)]

    def parse_all() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size))

    def code_all() -> int:
        return sum(
            len(coded.events)
            for i in range(0, len(articles), args.batch_size)
            for coded in code_batch(articles[i : i + args.batch_size], resources, settings)
        )

    bare = full = Timing()
    for _ in range(max(args.repeat, 1)):
        bare = bare.best(clock(parse_all))
        full = full.best(clock(code_all))

    print(f"{len(texts)} articles, {words} words, batch size {args.batch_size}, one process, "
          f"best of {max(args.repeat, 1)}")
    print(f"  bare nlp.pipe:  {bare.line(len(texts))}")
    print(f"  full pipeline:  {full.line(len(texts))}, {full.result} events")
    print(f"  pipeline keeps {bare.wall / full.wall:.0%} of bare spaCy throughput (wall time; "
          f"{bare.cpu / full.cpu:.0%} by CPU time)")
    with tempfile.TemporaryDirectory() as folder:
        corpus = f"{folder}/corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as handle:
            for text in texts:
                handle.write(json.dumps({"text": text, "published": "2016-01-01"}) + "\n")
        if args.workers:
            time_engine(corpus, folder, args.batch_size, args.workers)
        if args.ray:
            time_ray(corpus, folder, args.batch_size, args.ray, len(texts))


@dataclass(frozen=True)
class Timing:
    """The best wall-clock and process CPU seconds of a run timed one or more times.

    The ratio is taken on wall time, what a user waits; CPU time is printed beside it because on
    a shared machine a neighbour's load stretches wall time but hardly this process's CPU time.
    """

    wall: float = math.inf
    cpu: float = math.inf
    result: int = 0

    def best(self, other: Timing) -> Timing:
        """Keep each figure's best (as `timeit` does): load only ever adds time."""
        return Timing(min(self.wall, other.wall), min(self.cpu, other.cpu), other.result)

    def line(self, articles: int) -> str:
        """Describe the throughput of a run over `articles` articles."""
        rate = articles / self.wall
        return f"{rate:7.2f} articles/s ({self.wall:.1f} s wall, {self.cpu:.1f} s CPU)"


def clock(work: Callable[[], int]) -> Timing:
    """Run `work` once; return its wall-clock and process CPU seconds and what it returned."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu, result)


def time_engine(corpus: str, folder: str, batch_size: int, workers: list[int]) -> None:
    """Time `newsevents run` over the corpus with each number of workers, each run in a fresh
    process, as a user starts it (not in this one, which holds two loaded pipelines already)."""
    baseline = None
    for count in workers:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            articles, seconds, peak = pool.submit(
                _run_engine, corpus, f"{folder}/w{count}.duckdb", batch_size, count).result()
        rate = articles / seconds
        baseline = baseline or rate
        print(f"  engine, {count} worker(s): {rate:6.2f} articles/s ({rate / baseline:.2f}x, "
              f"{seconds:.1f} s), peak RSS of a worker {peak:.0f} MB", flush=True)


def _run_engine(corpus: str, db: str, batch_size: int, workers: int) -> tuple[int, float, float]:
    """Run the engine; return articles coded, seconds and the largest worker's peak RSS."""
    summary = run([corpus], Settings(db=db, batch_size=batch_size, workers=workers))
    # with one worker this process codes; with more, its children do
    who = resource.RUSAGE_SELF if workers == 1 else resource.RUSAGE_CHILDREN
    return summary.articles, summary.seconds, resource.getrusage(who).ru_maxrss / 1024


def time_ray(corpus: str, folder: str, batch_size: int, actors: int, articles: int) -> None:
    """Time `newsevents run --engine ray` twice: with Ray's start-up, then on a warm instance."""
    from newsevents.ray_engine import run_ray

    settings = Settings(batch_size=batch_size)
    for attempt in ("cold (Ray start-up included)", "warm"):
        started = time.perf_counter()
        run_ray([corpus], f"{folder}/parquet-{attempt[:4]}", settings, actors=actors)
        seconds = time.perf_counter() - started
        print(f"  ray engine, {actors} actors, {attempt}: {articles / seconds:6.2f} articles/s "
              f"({seconds:.1f} s)")


if __name__ == "__main__":
    main()
