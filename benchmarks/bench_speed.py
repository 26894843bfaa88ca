"""Throughput of the whole pipeline beside spaCy's bare `nlp.pipe` on the same news texts.

    python benchmarks/bench_speed.py [--articles 200] [--batch-size 32] [--workers 1 2] [--ray 2]

With --workers, the local engine (`newsevents run`: reading, coding, storing) is also timed with
each number of worker processes, with the peak memory of the largest worker. With --ray N, the
Ray engine (`newsevents run --engine ray`, N actors on a local Ray instance, to Parquet) is timed
on the same corpus, Ray's start-up included, and then without it on a second pass.

Texts: PolNeAR training articles from ../shared/eval (US political news), read at run time.
Both runs use one process; the model is loaded before timing starts.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
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
    parser.add_argument("--workers", type=int, nargs="*", default=[])
    parser.add_argument("--ray", type=int, default=0, metavar="ACTORS")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))[: args.articles]]
    words = sum(len(t.split()) for t in texts)
    settings = Settings(batch_size=args.batch_size)

    nlp = spacy.load(settings.model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - started

    resources = load_resources(settings)
    articles = [Article(article_id(t, None), t, f"bench:{i}") for i, t in enumerate(texts)]
    started = time.perf_counter()
    events = 0
    for i in range(0, len(articles), args.batch_size):
        coded = code_batch(articles[i : i + args.batch_size], resources, settings)
        events += sum(len(c.events) for c in coded)
    full = time.perf_counter() - started

    print(f"{len(texts)} articles, {words} words, batch size {args.batch_size}, one process")
    print(f"  bare nlp.pipe:  {len(texts) / bare:7.2f} articles/s ({bare:.1f} s)")
    print(f"  full pipeline:  {len(texts) / full:7.2f} articles/s ({full:.1f} s, {events} events)")
    print(f"  pipeline keeps {bare / full:.0%} of bare spaCy throughput")
    with tempfile.TemporaryDirectory() as folder:
        corpus = f"{folder}/corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as handle:
            for text in texts:
                handle.write(json.dumps({"text": text, "published": "2016-01-01"}) + "\n")
        if args.workers:
            time_engine(corpus, folder, args.batch_size, args.workers)
        if args.ray:
            time_ray(corpus, folder, args.batch_size, args.ray, len(texts))


def time_engine(corpus: str, folder: str, batch_size: int, workers: list[int]) -> None:
    """Time `newsevents run` over the corpus with each number of workers."""
    baseline = None
    for count in workers:
        settings = Settings(db=f"{folder}/w{count}.duckdb", batch_size=batch_size,
                            workers=count)
        summary = run([corpus], settings)
        rate = summary.articles / summary.seconds
        baseline = baseline or rate
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        print(f"  engine, {count} worker(s): {rate:6.2f} articles/s "
              f"({rate / baseline:.2f}x), peak RSS of a process {peak:.0f} MB")


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
