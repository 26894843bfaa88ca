"""Train the actors' name model (dictionaries/namemodel.py) from the shipped dictionaries only.

    PYTHONPATH=src python training/train_actors.py     # writes data/models/actors_sectors.*

Examples are the names and spelled-out aliases of the shipped bodies (data/actors/groups, igos,
institutions, media, parties), labelled with their first sector; the people and the states,
capitals and seats of the same files are the "none" class, since the NER also labels names
and places as organisations. No evaluation data is read. Five-fold cross-validation grouped by
entry (a body's aliases stay in one fold) picks the regularisation, then the lowest probability
threshold whose held-out precision on bodies reaches PRECISION; the final model is fitted on all.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsevents.dictionaries import DATA_DIR, read_actor_file  # noqa: E402
from newsevents.dictionaries.namemodel import (  # noqa: E402
    MODEL_FILE,
    NONE,
    SETTINGS_FILE,
    is_acronym,
    name_features,
    state_words,
)
from newsevents.learned import fit, save_model  # noqa: E402

BODIES = ("groups", "igos", "institutions", "media", "parties")
MIN_ENTRIES = 5  # a sector fewer bodies carry is too thin to learn
PRECISION = 0.9
REGULARIZATIONS = (1.0, 3.0)
BUCKETS = 1 << 15  # a few thousand distinct features: small and quick to fit
THRESHOLDS = tuple(t / 20 for t in range(6, 20))


def read_examples() -> tuple[list[list[str]], list[str], list[int]]:
    """Return features, label and entry number of every usable written form."""
    entries = [e for path in sorted(DATA_DIR.glob("*.csv")) for e in read_actor_file(path)[0]]
    states = state_words(entries)
    labels = [_label(e) for e in entries]
    counts = Counter(labels[i] for i, e in enumerate(entries) if e.table in BODIES)
    examples, kept, groups = [], [], []
    for number, (entry, label) in enumerate(zip(entries, labels, strict=True)):
        if label != NONE and counts[label] < MIN_ENTRIES:
            continue
        for surface in _surfaces(entry):
            words = surface.split()
            if is_acronym(words) or not (features := name_features(words, states.__contains__)):
                continue
            examples.append(features)
            kept.append(label)
            groups.append(number)
    return examples, kept, groups


def _label(entry) -> str:
    return entry.sectors[0] if entry.table in BODIES and entry.sectors else NONE


def _surfaces(entry) -> list[str]:
    if entry.table == "countries":
        return [entry.name, *entry.capitals, *entry.seats]
    return [entry.name, *entry.aliases]


def cross_validate(examples, labels, groups, regularization: float) -> list[tuple[str, float, str]]:
    """Return (prediction, probability, gold) of every example, predicted by a held-out model."""
    held_out = []
    for train, test in GroupKFold(n_splits=5).split(examples, labels, groups):
        model = fit([examples[i] for i in train], [labels[i] for i in train],
                    buckets=BUCKETS, regularization=regularization)  # fmt: skip
        held_out += [(*model.predict(examples[i]), labels[i]) for i in test]
    return held_out


def score(held_out, threshold: float) -> tuple[float, float]:
    """Return precision and coverage on bodies of the predictions reaching the threshold."""
    bodies = [(p, q, g) for p, q, g in held_out if g != NONE]
    given = [(p, g) for p, q, g in held_out if p != NONE and q >= threshold]
    right = sum(p == g for p, g in given)
    covered = sum(p == g for p, q, g in bodies if q >= threshold)
    return right / max(len(given), 1), covered / max(len(bodies), 1)


def main() -> None:
    examples, labels, groups = read_examples()
    print(f"{len(examples)} names, labels {Counter(labels).most_common()}")
    best = None
    for regularization in REGULARIZATIONS:
        held_out = cross_validate(examples, labels, groups, regularization)
        for threshold in THRESHOLDS:
            precision, coverage = score(held_out, threshold)
            print(f"  C={regularization} t={threshold:.2f}: precision {precision:.3f}, "
                  f"bodies given their sector {coverage:.3f}")  # fmt: skip
            if precision >= PRECISION and (best is None or coverage > best[2]):
                best = (regularization, threshold, coverage, precision)
            if precision >= PRECISION:
                break
    if best is None:
        raise SystemExit(f"no setting reaches precision {PRECISION}")
    regularization, threshold, coverage, precision = best
    print(f"chosen C={regularization} threshold={threshold}: held-out precision {precision:.3f},"
          f" coverage {coverage:.3f}")  # fmt: skip
    model = fit(examples, labels, buckets=BUCKETS, regularization=regularization)
    save_model(model, MODEL_FILE)
    settings = {
        "threshold": threshold,
        "regularization": regularization,
        "trained_on": "the shipped actor dictionaries (data/actors/*.csv) only",
        "held_out_precision": round(precision, 3),
        "held_out_coverage": round(coverage, 3),
        "command": "python training/train_actors.py",
    }
    SETTINGS_FILE.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.name} and {SETTINGS_FILE.name}")


if __name__ == "__main__":
    main()
