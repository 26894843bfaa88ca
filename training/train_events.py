"""Train the events stage's class model (events/classifier.py) from ConfliBERT *train* only.

    PYTHONPATH=src python training/train_events.py            # writes data/models/event_class.*

Reads ../shared/eval/conflibert/train.tsv. Sentences that repeat (even reworded) a PLOVER gold
record or a ConfliBERT test sentence are dropped first, so no scored sentence is trained on.
Features come from the pipeline's own parse and actors (`sentence_features`), exactly as the
coder computes them. Five-fold cross-validation on train picks the regularisation and then each
class's probability threshold, simulating how the coder uses the model (only where its rules,
run without the model, code no act). The final model is fitted on all kept train sentences.

ConfliBERT holds event sentences only, so the model also learns a "none" class from news in
which nothing is done: sentences of every fourth PolNeAR *train* article (../shared/eval/polnear/
train/text) that have an actor acting on another in syntax (where the coder would consult the
model) but in which neither the rules nor a reporting frame find anything. They are noisy
negatives (the rules miss some events), so the class weighting of `fit` keeps them to one class's
share. Thresholds are chosen for the macro F1 of ConfliBERT's classes with every held-out
negative that the model codes counted as a false act, and training prints how often it does.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from evalsets import EVAL, PLOVER, shingles  # noqa: E402
from newsevents import actors, annotate, attribution, clean  # noqa: E402
from newsevents.datafiles import read_rows  # noqa: E402
from newsevents.events import code_events, load_patterns  # noqa: E402
from newsevents.events.arguments import MentionIndex  # noqa: E402
from newsevents.events.classifier import (  # noqa: E402
    MODEL_FILE,
    MODELS,
    NO_ACT,
    NO_EVENT,
    THRESHOLD_FILE,
    TYPE_FILE,
    dyad,
    sentence_features,
)
from newsevents.events.patterns import DATA, statement_verbs  # noqa: E402
from newsevents.ids import article_id  # noqa: E402
from newsevents.learned import fit, save_model  # noqa: E402
from newsevents.pipeline import load_resources  # noqa: E402
from newsevents.records import Article  # noqa: E402
from newsevents.settings import Settings  # noqa: E402

REGULARIZATION = (0.3, 1.0, 3.0)
GRID = [round(0.30 + 0.05 * step, 2) for step in range(14)]  # 0.30 .. 0.95


NEGATIVES = EVAL / "polnear/train/text"
NEGATIVE_STEP = 4  # every fourth article: all seven outlets, a few minutes of parsing
SYNTHETIC = EVAL / "synthetic-plover/gpt_synthetic_events_2023-10-19_19.csv.zip"
LEAD = re.compile(r"(?<=[.!?])\s+")


def scored_sentences() -> list[set[str]]:
    """Return the shingles of every sentence a benchmark scores: PLOVER gold, ConfliBERT test."""
    scored = [shingles(r["text"]) for r in json.loads(PLOVER.read_text()) if r.get("text")]
    for line in (EVAL / "conflibert/test.tsv").read_text(encoding="utf-8").splitlines():
        scored.append(shingles(line.rsplit("\t", 1)[0]))
    return scored


def drop_scored(name, pairs, scored) -> tuple[list[str], list[str]]:
    """Return the (text, label) pairs that repeat no scored sentence, printing how many did."""
    kept = []
    for text, label in pairs:
        mine = shingles(text)
        if not any(len(mine & other) / max(len(mine), 1) >= 0.5 for other in scored):
            kept.append((text, label))
    print(f"{name}: {len(pairs)} sentences, {len(pairs) - len(kept)} dropped as repeats of "
          f"PLOVER gold or ConfliBERT test sentences, {len(kept)} kept")
    return [text for text, _ in kept], [label for _, label in kept]


def read_train(scored) -> tuple[list[str], list[str]]:
    """Return ConfliBERT train texts and their five-way labels."""
    lines = (EVAL / "conflibert/train.tsv").read_text(encoding="utf-8").splitlines()
    return drop_scored("ConfliBERT train", [line.rsplit("\t", 1) for line in lines], scored)


def read_synthetic(scored, type_classes: dict[str, str]) -> tuple[list[str], list[str]]:
    """Return the lead sentence and PLOVER type of each synthetic story of a listed type."""
    with zipfile.ZipFile(SYNTHETIC) as archive:
        name = archive.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    pairs = [(LEAD.split(row["text"].strip(), maxsplit=1)[0], row["label"])
             for row in rows if row["label"] in type_classes]
    return drop_scored("synthetic-plover leads", pairs, scored)


def setup():
    """Return the pipeline's resources with the rules only, and the statement verbs."""
    resources = load_resources(Settings(min_chars=1))
    rules = load_patterns(codebook=resources.codebook, model=False)
    return replace(resources, patterns=rules), statement_verbs(rules.verbs)


def featurize(texts: list[str], resources, statements):
    """Return each text's features, its rules-only class and whether the coder could add a
    learned event to it (a sentence with a `dyad`)."""
    articles = [clean.clean_article(Article(article_id(t, None), t, f"train:{i}"))
                for i, t in enumerate(texts)]
    docs = annotate.annotate(articles, resources.nlp)
    classes = {root: label for label, roots in CLASS_ROOTS.items() for root in roots}
    features, rule_class, can_add = [], [], []
    for article, doc in zip(articles, docs, strict=True):
        mentions = actors.actor_mentions(
            actors.resolve_actors(doc, article, resources.dictionary, resources.gazetteer)
        )
        index = MentionIndex(mentions)
        features.append([f for s in doc.sents for f in sentence_features(s, index)])
        found = code_events(doc, article, mentions, resources.patterns, resources.codebook)
        main = next((e for e in found if not e.negated), None)
        rule_class.append(classes[main.cameo_root] if main else NO_ACT)
        can_add.append(any(dyad(s, index, statements, resources.patterns) for s in doc.sents))
    return features, rule_class, can_add


def read_negatives(resources, statements) -> list[list[str]]:
    """Return the features of PolNeAR train sentences where the model would be asked but
    neither the rules nor a reporting frame find an event or a statement."""
    paths = sorted(NEGATIVES.glob("*.txt"))[::NEGATIVE_STEP]
    articles = [clean.clean_article(Article(article_id(text, None), text, f"polnear:{p.name}"))
                for p in paths for text in [p.read_text(encoding="utf-8")]]
    docs = annotate.annotate(articles, resources.nlp)
    negatives = []
    for article, doc in zip(articles, docs, strict=True):
        mentions = actors.actor_mentions(
            actors.resolve_actors(doc, article, resources.dictionary, resources.gazetteer)
        )
        index = MentionIndex(mentions)
        found = code_events(doc, article, mentions, resources.patterns, resources.codebook)
        frames = attribution.find_frames(doc, mentions, resources.cues)
        busy = {e.sentence_index for e in found} | {f.sentence_index for f in frames}
        negatives += [sentence_features(sentence, index)
                      for number, sentence in enumerate(doc.sents)
                      if number not in busy
                      and dyad(sentence, index, statements, resources.patterns)]
    print(f"PolNeAR train: {len(articles)} articles, {len(negatives)} negative sentences")
    return negatives


def read_class_roots() -> dict[str, list[str]]:
    """Return the CAMEO roots of each class, from the table the coder reads."""
    rows = read_rows(DATA / "model_classes.csv", ("class", "roots", "code", "note"))
    return {row["class"]: row["roots"].split("|") for _, row in rows}


def read_type_classes() -> dict[str, str]:
    """Return the class of each PLOVER type the type model learns, from the coder's table."""
    rows = read_rows(DATA / "model_types.csv", ("type", "class", "code", "note"))
    return {row["type"]: row["class"] for _, row in rows}


CLASS_ROOTS = read_class_roots()


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Macro F1 over ConfliBERT's classes; a negative coded as an act is that act's false one."""
    scores = []
    for label in sorted(set(gold) - {NO_EVENT}):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def out_of_fold(features, labels, regularization: float) -> list[tuple[str, float]]:
    """Return each sentence's (label, probability) from a model that never saw it."""
    predictions: list[tuple[str, float]] = [("", 0.0)] * len(labels)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, held in folds.split(features, labels):
        model = fit([features[i] for i in train], [labels[i] for i in train],
                    regularization=regularization)
        for i in held:
            predictions[i] = model.predict(features[i])
    return predictions


def combine(rule_class, can_add, predictions, thresholds) -> list[str]:
    """The coder's use of the model: an act where rules coded none, above the class's bar."""
    combined = []
    for rule, addable, (label, probability) in zip(rule_class, can_add, predictions, strict=True):
        use = (rule in (NO_ACT, NO_EVENT) and addable and label in thresholds
               and probability >= thresholds[label])
        combined.append(label if use else rule)
    return combined


def choose_thresholds(labels, rule_class, can_add, predictions) -> dict[str, float]:
    """Coordinate ascent over one threshold per class, for the combined macro F1."""
    thresholds = {label: 1.0 for label in sorted(set(labels)) if label not in (NO_ACT, NO_EVENT)}
    for _ in range(3):
        for label in thresholds:
            scored = []
            for value in [*GRID, 1.0]:
                trial = {**thresholds, label: value}
                pred = combine(rule_class, can_add, predictions, trial)
                scored.append((macro_f1(labels, pred), -value, value))
            thresholds[label] = max(scored)[2]
    return thresholds


def train_classes(features, labels, rule_class, can_add, out: Path) -> None:
    """Fit the class model and write it with the thresholds cross-validation chose."""
    print(f"rules alone (train, tuned on it): macro F1 {macro_f1(labels, rule_class):.3f}")
    best = None
    for regularization in REGULARIZATION:
        predictions = out_of_fold(features, labels, regularization)
        score = macro_f1(labels, [label for label, _ in predictions])
        print(f"model alone, C={regularization}: out-of-fold macro F1 {score:.3f}")
        if best is None or score > best[0]:
            best = (score, regularization, predictions)
    _, regularization, predictions = best
    thresholds = choose_thresholds(labels, rule_class, can_add, predictions)
    combined = combine(rule_class, can_add, predictions, thresholds)
    print(f"rules + model, C={regularization}, thresholds {thresholds}: "
          f"out-of-fold macro F1 {macro_f1(labels, combined):.3f}")
    report_additions(labels, rule_class, combined)
    save_model(fit(features, labels, regularization=regularization), out / MODEL_FILE)
    with (out / THRESHOLD_FILE).open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Least probability at which the coder acts on each class of the event\n"
                     "# model; chosen by five-fold cross-validation on ConfliBERT train by\n"
                     "# training/train_events.py, which writes this file. Licence: MIT.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["class", "threshold"])
        writer.writerows(sorted(thresholds.items()))


def report_additions(labels, rule_class, combined) -> None:
    """Print how many held-out events the model added, how many were right, and how many of
    them fell on the news negatives."""
    added = [(g, p) for g, r, p in zip(labels, rule_class, combined, strict=True) if p != r]
    right = sum(g == p for g, p in added)
    false_news = sum(g == NO_EVENT for g, _ in added)
    negatives = labels.count(NO_EVENT)
    print(f"model events (out of fold): {len(added)} added, {right} right "
          f"({right / max(len(added), 1):.3f}); {false_news} of {negatives} news negatives "
          f"({false_news / max(negatives, 1):.3f}) got one")


def train_types(features, types, type_classes: dict[str, str], out: Path) -> None:
    """Fit the type model; report how often it picks the right type inside the true class."""
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    hits = baseline = 0
    for train, held in folds.split(features, types):
        model = fit([features[i] for i in train], [types[i] for i in train])
        counts = Counter(types[i] for i in train)
        for i in held:
            probabilities = model.probabilities(features[i])
            inside = [t for t, c in type_classes.items() if c == type_classes[types[i]]]
            hits += max(inside, key=probabilities.__getitem__) == types[i]
            baseline += max(inside, key=counts.__getitem__) == types[i]
    print(f"type model: out-of-fold type accuracy inside the true class {hits / len(types):.3f} "
          f"(the class's commonest type: {baseline / len(types):.3f})")
    save_model(fit(features, types), out / TYPE_FILE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS)
    args = parser.parse_args()
    scored = scored_sentences()
    type_classes = read_type_classes()
    texts, labels = read_train(scored)
    leads, types = read_synthetic(scored, type_classes)
    resources, statements = setup()
    features, rule_class, can_add = featurize(texts + leads, resources, statements)
    negatives = read_negatives(resources, statements)
    args.out.mkdir(parents=True, exist_ok=True)
    count = len(texts)
    train_classes(features[:count] + negatives, labels + [NO_EVENT] * len(negatives),
                  rule_class[:count] + [NO_EVENT] * len(negatives),
                  can_add[:count] + [True] * len(negatives), args.out)
    train_types(features[count:], types, type_classes, args.out)
    print(f"wrote {MODEL_FILE}, {THRESHOLD_FILE} and {TYPE_FILE} in {args.out}")


if __name__ == "__main__":
    main()
