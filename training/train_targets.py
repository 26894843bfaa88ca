"""Train the events stage's target model (events/targets.py) from ConfliBERT *train* spans only.

    PYTHONPATH=src python training/train_targets.py     # writes data/models/event_target.*

Reads ../shared/eval/conflibert/ner/train.txt (word-tagged sources and targets). Sentences that
repeat (even reworded) a PLOVER gold record or a ConfliBERT test sentence are dropped first, as
train_events.py does. Each kept sentence is coded by the rules; every candidate phrase of its
main event (`candidate_phrases`) is an example, positive when it is exactly a gold target span.
Five-fold cross-validation grouped by sentence picks the regularisation and the bar a phrase
other than the rules' must pass, for the exact-span F1 of targets as the benchmark scores it;
the rules' own figure on the same sentences is printed beside it. The final model is fitted on
all kept sentences.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from train_events import scored_sentences  # noqa: E402

from bench_events import _spans, _token_span, detokenize, primary  # noqa: E402
from evalsets import EVAL, bio_spans, read_bio, shingles  # noqa: E402
from newsevents import actors, annotate, clean  # noqa: E402
from newsevents.events import code_events  # noqa: E402
from newsevents.events.arguments import MentionIndex  # noqa: E402
from newsevents.events.targets import (  # noqa: E402
    MODEL_FILE,
    MODELS,
    THRESHOLD_FILE,
    TargetModel,
    best_phrase,
    candidate_phrases,
    char_tokens,
    phrase_features,
    with_target,
)
from newsevents.ids import article_id  # noqa: E402
from newsevents.learned import LinearModel, LogOdds, fit, save_model  # noqa: E402
from newsevents.pipeline import load_resources  # noqa: E402
from newsevents.records import PLACE, Article  # noqa: E402
from newsevents.settings import Settings  # noqa: E402

REGULARIZATION = (0.3, 1.0, 3.0)
BARS = [round(-4.0 + 0.25 * step, 2) for step in range(25)] + [99.0]  # log-odds; 99: never


@dataclass
class Sentence:
    """One train sentence: its parse, rules event, candidates' features and the gold spans."""

    doc: object
    offsets: list[tuple[int, int]]
    gold: set[tuple[int, int]]  # word spans of the gold targets
    event: object | None
    trigger: object | None
    index: MentionIndex | None
    features: list[list[str]]
    labels: list[str]


def read_sentences(scored) -> list[tuple[str, list[tuple[int, int]], set[tuple[int, int]]]]:
    """Return each kept train sentence as text, word offsets and gold target word spans."""
    kept = []
    sentences = read_bio(EVAL / "conflibert/ner/train.txt")
    for words, tags in sentences:
        text, offsets = detokenize(words)
        mine = shingles(text)
        if any(len(mine & other) / max(len(mine), 1) >= 0.5 for other in scored):
            continue
        kept.append((text, offsets, bio_spans(tags, "T")))
    print(f"ConfliBERT train spans: {len(sentences)} sentences, "
          f"{len(sentences) - len(kept)} dropped as repeats of scored sentences, {len(kept)} kept")
    return kept


def code_kept(kept) -> list[tuple]:
    """Code each sentence with the rules: its doc, its actor mentions and its main event."""
    resources = load_resources(Settings(min_chars=1, learned_targets=False))
    articles = [clean.clean_article(Article(article_id(text, None), text, f"train:{i}"))
                for i, (text, _, _) in enumerate(kept)]
    docs = annotate.annotate(articles, resources.nlp)
    coded = []
    for article, doc in zip(articles, docs, strict=True):
        resolved = actors.resolve_actors(doc, article, resources.dictionary, resources.gazetteer)
        events = code_events(doc, article, resolved, resources.patterns, resources.codebook)
        coded.append((doc, resolved, primary(events)))
    return coded


def featurize(kept, coded) -> list[Sentence]:
    """Read the candidates of each sentence's main event, labelled by the gold spans."""
    found = []
    for (doc, resolved, event), (_, offsets, gold) in zip(coded, kept, strict=True):
        sentence = Sentence(doc, offsets, gold, event, None, None, [], [])
        if event is not None:
            sentence.trigger = doc.char_span(*event.trigger_span, alignment_mode="expand")[0]
            sentence.index = MentionIndex(m for m in resolved if m.actor.kind != PLACE)
            rules = char_tokens(doc, event.target_span)
            source = char_tokens(doc, event.source_span)
            for phrase in candidate_phrases(sentence.trigger):
                sentence.features.append(phrase_features(
                    phrase, sentence.trigger, event.cameo, sentence.index, source, rules))
                last = doc[phrase.end - 1]
                words = _token_span(offsets, (doc[phrase.start].idx, last.idx + len(last)))
                sentence.labels.append("yes" if words in gold else "no")
        found.append(sentence)
    return found


def span_f1(sentences: list[Sentence], events: list) -> float:
    """Exact-span F1 of targets, each sentence's main event as given."""
    tp = fp = fn = 0
    for sentence, event in zip(sentences, events, strict=True):
        spans = _spans(event, "target", sentence.doc)
        found = {words for span in spans if (words := _token_span(sentence.offsets, span))}
        tp += len(found & sentence.gold)
        fp += len(found - sentence.gold)
        fn += len(sentence.gold - found)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit_model(sentences: list[Sentence], regularization: float) -> LinearModel:
    """Fit the candidate scorer on some sentences' candidates."""
    features = [f for s in sentences for f in s.features]
    labels = [label for s in sentences for label in s.labels]
    return fit(features, labels, regularization=regularization, class_weight=None)


def as_target_model(model: LinearModel, bar: float) -> TargetModel:
    odds = LogOdds.of(model, "yes")
    return TargetModel(odds, bar)


def cross_validate(sentences: list[Sentence]) -> tuple[float, float, float]:
    """Return the best (F1, regularisation, bar) of five folds grouped by sentence, each
    held-out sentence's event retargeted as the coder would (`retarget`)."""
    folds = list(GroupKFold(n_splits=5).split(sentences, groups=range(len(sentences))))
    rules = [s.event for s in sentences]
    print(f"rules alone: target exact-span F1 {span_f1(sentences, rules):.3f}")
    best = (span_f1(sentences, rules), 0.0, 99.0)
    for regularization in REGULARIZATION:
        picks: list = [None] * len(sentences)
        for train, held in folds:
            model = as_target_model(fit_model([sentences[i] for i in train], regularization), 0)
            for i in held:
                s = sentences[i]
                if s.event is not None:
                    picks[i] = best_phrase(s.event, s.trigger, s.index, model)
        for bar in BARS:
            events = [with_target(s.event, pick[1], s.index)
                      if pick is not None and pick[0] >= bar else s.event
                      for s, pick in zip(sentences, picks, strict=True)]
            score = span_f1(sentences, events)
            if score > best[0]:
                best = (score, regularization, bar)
        print(f"C={regularization}: best so far F1 {best[0]:.3f} (C={best[1]}, bar {best[2]})")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS)
    args = parser.parse_args()
    kept = read_sentences(scored_sentences())
    sentences = featurize(kept, code_kept(kept))
    reachable = sum(any(label == "yes" for label in s.labels) for s in sentences)
    print(f"sentences with a gold target phrase among the candidates: {reachable} of "
          f"{sum(bool(s.gold) for s in sentences)} with a gold target")
    score, regularization, bar = cross_validate(sentences)
    print(f"rules + model, C={regularization}, bar {bar}: out-of-fold F1 {score:.3f}")
    args.out.mkdir(parents=True, exist_ok=True)
    save_model(fit_model(sentences, regularization or REGULARIZATION[0]), args.out / MODEL_FILE)
    with (args.out / THRESHOLD_FILE).open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Least log-odds at which the coder takes the target model's phrase\n"
                     "# over the rules' target; chosen by five-fold cross-validation on\n"
                     "# ConfliBERT train by training/train_targets.py, which writes this file.\n"
                     "# Licence: MIT.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "value"])
        writer.writerow(["threshold", bar])
    print(f"wrote {MODEL_FILE} and {THRESHOLD_FILE} in {args.out}")


if __name__ == "__main__":
    main()
