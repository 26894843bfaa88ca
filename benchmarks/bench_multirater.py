"""Agreement of the coder's CAMEO root with each human rater of ../shared/eval/cameo-multirater.

    python benchmarks/bench_multirater.py [--learned]

Each round's sentences were coded by up to five raters ("Action1_CAMEO_<rater>", e.g.
"4-18 Assualt"; summary_v2.csv where a round has one, else summary.csv). The coder codes each
sentence on its own and its primary event's root is compared with each rater's first action,
beside the agreement of the raters with one another. Agreement is counted on the sentences both
sides coded (observed share and Cohen's kappa), and coverage is how often the coder coded a
sentence the rater coded. With --learned (the learned event model on) the coder is scored twice:
as it runs, and with the events the model added left out (a rule event it promoted stays first).
Read at benchmark time only; nothing here feeds the coder.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

from bench_events import EVAL, ROOT_CLASS, code_sentences, primary
from newsevents.records import CodedArticle, Event

ROUNDS = EVAL / "cameo-multirater"
LABEL = re.compile(r"^\s*(\d)-(\d{1,2})\b")
Codes = dict[str, dict[int, str]]  # rater -> sentence number -> CAMEO root ("18")


def round_file(folder: Path) -> Path | None:
    """Return the round's latest summary: summary_v2.csv if present, else summary.csv."""
    for name in ("summary_v2.csv", "summary.csv"):
        if (folder / name).exists():
            return folder / name
    return None


def read_rounds() -> tuple[list[str], Codes]:
    """Return every round's sentences and each rater's root code per sentence."""
    sentences: list[str] = []
    codes: Codes = {}
    folders = sorted(ROUNDS.glob("training_round_*"), key=lambda p: int(p.name.rsplit("_", 1)[1]))
    for folder in folders:
        path = round_file(folder)
        if path is None:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                number = len(sentences)
                sentences.append(row["sentences"])
                for column, value in row.items():
                    if column and column.startswith("Action1_CAMEO_") and value:
                        match = LABEL.match(value)
                        if match:
                            rater = f"rater {column.rsplit('_', 1)[1]}"
                            codes.setdefault(rater, {})[number] = f"{int(match[2]):02d}"
    return sentences, codes


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Return Cohen's kappa of paired labels (0 when chance agreement is total)."""
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 0.0


def agreement(one: dict[int, str], other: dict[int, str]) -> tuple[int, float, float, float]:
    """Return (n both coded, root agreement, penta-class agreement, root kappa)."""
    both = sorted(set(one) & set(other))
    pairs = [(one[i], other[i]) for i in both]
    if not pairs:
        return 0, 0.0, 0.0, 0.0
    root = sum(a == b for a, b in pairs) / len(pairs)
    penta = sum(ROOT_CLASS.get(a, 4) == ROOT_CLASS.get(b, 4) for a, b in pairs) / len(pairs)
    return len(pairs), root, penta, kappa(pairs)


def rules_only(article: CodedArticle) -> list[Event]:
    """The events the patterns coded, without those the learned model added."""
    return [event for event in article.events if event.code_basis == "rules"]


def row(name: str, n: int, root: float, penta: float, kap: float, extra: str = "") -> str:
    return f"  {name:<22} n={n:4d}  root {root:.3f}  5-class {penta:.3f}  kappa {kap:.3f}{extra}"


def print_unanimous_misses(coder: dict[int, str], codes: Codes, shown: int = 15) -> None:
    """Print the root pairs (raters' root -> coder's) where the coder differs from every rater
    of a sentence whose raters (two or more) agree: counts by category only, no sentences."""
    misses: Counter = Counter()
    agreed: Counter = Counter()
    for number in set().union(*codes.values()):
        roots = {codes[rater][number] for rater in codes if number in codes[rater]}
        raters = sum(number in codes[rater] for rater in codes)
        if raters < 2 or len(roots) != 1:
            continue
        (root,) = roots
        agreed[root] += 1
        if coder.get(number) != root:
            misses[(root, coder.get(number, "--"))] += 1
    total = sum(misses.values())
    print(f"\ncoder against unanimous raters: {total} of {sum(agreed.values())} sentences differ "
          "(raters' root -> coder's root, '--' = no event)")
    for (root, mine), count in misses.most_common(shown):
        print(f"  {root} -> {mine}  {count:3d}  (of {agreed[root]} unanimous {root})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learned", action="store_true",
                        help="code with the learned event model (setting learned_events)")
    learned = parser.parse_args().learned
    sentences, codes = read_rounds()
    print(f"cameo-multirater: {len(sentences)} sentences, raters: {', '.join(sorted(codes))}")
    coded = code_sentences(sentences, learned=learned)
    views = [("coder", lambda a: a.events)]
    if learned:
        views.append(("coder, rules only", rules_only))
    for title, events_of in views:
        coder = {}
        for number, article in enumerate(coded):
            event = primary(events_of(article))
            if event is not None:
                coder[number] = event.cameo_root
        print(f"\n{title} vs each rater (on sentences both coded; "
              "coverage = coder coded / rater coded)")
        for rater in sorted(codes):
            n, root, penta, kap = agreement(coder, codes[rater])
            coverage = n / len(codes[rater]) if codes[rater] else 0.0
            print(row(rater, n, root, penta, kap, f"  coverage {coverage:.3f}"))
        print_unanimous_misses(coder, codes)
    print("\nrater vs rater (on sentences both coded)")
    totals = []
    for a, b in combinations(sorted(codes), 2):
        n, root, penta, kap = agreement(codes[a], codes[b])
        if n:
            totals.append((n, root, penta, kap))
            print(row(f"{a} / {b}", n, root, penta, kap))
    if totals:
        weight = sum(t[0] for t in totals)
        mean = [sum(t[0] * t[k] for t in totals) / weight for k in (1, 2, 3)]
        print(row("pairwise mean (by n)", weight, *mean))


if __name__ == "__main__":
    main()
