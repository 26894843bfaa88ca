"""Tests of the speed benchmark's timing (no model, no gold data)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_speed import Timing, clock  # noqa: E402


def test_clock_gives_wall_and_cpu_seconds_and_the_result():
    def work() -> int:
        deadline = time.process_time() + 0.02
        while time.process_time() < deadline:  # busy: CPU time passes, not only wall time
            pass
        time.sleep(0.05)  # idle: wall time passes, CPU time hardly does
        return 7

    timing = clock(work)
    assert timing.result == 7
    assert timing.cpu >= 0.02
    assert timing.wall >= timing.cpu + 0.04


def test_best_keeps_each_figure_least_and_the_line_shows_both():
    best = Timing().best(Timing(10.0, 8.0, 3)).best(Timing(9.0, 8.5, 3))
    assert (best.wall, best.cpu, best.result) == (9.0, 8.0, 3)
    assert best.line(90) == "  10.00 articles/s (9.0 s wall, 8.0 s CPU)"
