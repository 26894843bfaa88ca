"""Peak memory of the local engine's workers on corpora of different sizes (target: ≤ 1.5 GB a
worker, and the same peak whatever the corpus size).

    python benchmarks/bench_memory.py [--sizes 1000 10000] [--workers 2] [--batch-size 32]

Texts, read at run time from ../shared/eval: PolNeAR articles (all splits, US political news) and
the synthetic PLOVER stories, shuffled with a fixed seed so every size draws from the same mix.
Beyond the texts there are (about 5,500), further articles join the first half of one text to the
second half of another, so each has its own content hash and is coded, not skipped.

Each size is a fresh `newsevents run` into a fresh store. Every second the worker processes' peak
resident set (VmHWM in /proc) is read; the figures are the largest worker's peak, the writer's
(this process's) peak, and a worker's resident set after the first and the last tenth of the
articles, which shows whether memory creeps up as the corpus grows.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import tempfile
import threading
import time
import zipfile
from pathlib import Path

from evalsets import EVAL
from newsevents.engine import run
from newsevents.settings import Settings

POLNEAR = EVAL / "polnear"
SYNTHETIC = EVAL / "synthetic-plover" / "gpt_synthetic_events_2023-10-19_19.csv.zip"


def read_texts() -> list[str]:
    """PolNeAR articles and synthetic stories, in a fixed shuffled order."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*/text/*.txt"))]
    with zipfile.ZipFile(SYNTHETIC) as archive:
        name = archive.namelist()[0]
        with io.TextIOWrapper(archive.open(name), encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]
    random.Random(7).shuffle(texts)
    return texts


def corpus(texts: list[str], size: int) -> list[str]:
    """`size` distinct articles: the texts, then halves of two texts joined."""
    articles = texts[:size]
    rng = random.Random(size)
    while len(articles) < size:
        first, second = rng.sample(texts, 2)
        articles.append(first[: len(first) // 2] + "\n\n" + second[len(second) // 2 :])
    return articles


def status(pid: int | str, field: str) -> int:
    """A memory field of /proc/PID/status in MB (0 once the process is gone); pid may be "self".
    """
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def children() -> list[int]:
    """The pids of this process's children (the engine's workers)."""
    pids = []
    for task in Path("/proc/self/task").iterdir():
        pids += [int(pid) for pid in (task / "children").read_text().split()]
    return pids


class Sampler(threading.Thread):
    """Keep the largest VmHWM seen for any child process, every `interval` seconds."""

    def __init__(self, interval: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            for pid in children():
                self.peak = max(self.peak, status(pid, "VmHWM"))


def measure(articles: list[str], settings: Settings, folder: str) -> dict:
    """Run the engine over the articles and return its memory figures."""
    path = f"{folder}/corpus-{len(articles)}.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(articles):
            handle.write(json.dumps({"id": f"bench-{i}", "text": text,
                                     "published": "2016-01-01"}) + "\n")
    done, tenth, resident = 0, max(1, len(articles) // 10), {}

    def on_batch(coded: int, rejected: int) -> None:
        nonlocal done
        done += coded + rejected
        for mark in ("first", "last"):
            at = tenth if mark == "first" else len(articles) - tenth
            if mark not in resident and done >= at:
                resident[mark] = max((status(pid, "VmRSS") for pid in children()), default=0)

    sampler = Sampler()
    sampler.start()
    started = time.perf_counter()
    summary = run([path], settings, on_batch=on_batch)
    sampler.stopped.set()
    sampler.join()
    return {"articles": summary.articles, "rejects": summary.rejects,
            "seconds": time.perf_counter() - started, "worker_peak": sampler.peak,
            "writer_peak": status("self", "VmHWM"), **resident}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    texts = read_texts()
    print(f"{len(texts)} distinct texts; {args.workers} workers, batch size {args.batch_size}")
    with tempfile.TemporaryDirectory() as folder:
        for size in sorted(args.sizes):
            settings = Settings(db=f"{folder}/store-{size}.duckdb", workers=args.workers,
                                batch_size=args.batch_size)
            figures = measure(corpus(texts, size), settings, folder)
            print(f"{size:>7} articles: {figures['articles']} coded, {figures['rejects']} "
                  f"rejected in {figures['seconds']:.0f} s; peak per worker "
                  f"{figures['worker_peak']} MB, writer {figures['writer_peak']} MB; a worker's "
                  f"resident set after the first tenth {figures.get('first', 0)} MB, before "
                  f"the last tenth {figures.get('last', 0)} MB", flush=True)


if __name__ == "__main__":
    main()
