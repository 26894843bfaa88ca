"""Pairwise precision and recall of event clustering on the hand-written cluster fixtures.

Usage: .venv/bin/python benchmarks/bench_cluster.py [--baseline]
Mentions of the families (one event, many outlets) and of the near-miss pairs (two events that
look alike) are clustered together in one batch; every pair of mentions counts once. With
--baseline the first version (exact key of actors, root and date) is scored for comparison.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "clusters"))

from mentions import FAMILIES, NEAR_MISSES, build, read_lines  # noqa: E402

from newsevents.cluster import cluster_batch  # noqa: E402
from newsevents.ids import content_hash  # noqa: E402


def baseline_key(event) -> str:
    """The first version's cluster key, kept here only to score it."""
    def side(actors):
        return "+".join(sorted({a.country or a.name for a in actors}))

    source, target = side(event.source), side(event.target)
    if event.cameo_root in {"03", "04", "05", "06"}:
        source, target = sorted((source, target))
    return content_hash("cluster", source, target, event.cameo_root, event.date or "")


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, int, int]:
    """Return precision, recall and the counts of false merges and missed merges."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), fp, fn


def main() -> None:
    coded, gold = build(read_lines(FAMILIES, NEAR_MISSES))
    if "--baseline" in sys.argv:
        predicted = {e.event_id: baseline_key(e) for item in coded for e in item.events}
    else:
        predicted = {e.event_id: e.cluster_id for item in cluster_batch(coded)
                     for e in item.events}
    precision, recall, fp, fn = pairwise(predicted, gold)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"mentions {len(gold)}  gold events {len(set(gold.values()))}  "
          f"clusters {len(set(predicted.values()))}")
    print(f"pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
          f"(false merges {fp}, missed merges {fn})")
    for event_id, label in sorted(gold.items(), key=lambda kv: kv[1]):
        mates = {gold[other] for other, cid in predicted.items()
                 if cid == predicted[event_id] and other != event_id}
        if mates - {label}:
            print(f"  {label} merged with {sorted(mates - {label})}")


if __name__ == "__main__":
    main()
