"""Throughput of the whole pipeline beside spaCy's bare `nlp.pipe` on the same news texts.

    python benchmarks/bench_speed.py [--articles 200] [--batch-size 32]

Texts: PolNeAR training articles from ../shared/eval (US political news), read at run time.
Both runs use one process; the model is loaded before timing starts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from newsevents.ids import article_id
from newsevents.pipeline import code_batch, load_resources
from newsevents.records import Article
from newsevents.settings import Settings

TEXTS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "train" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
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


if __name__ == "__main__":
    main()
