"""Train the attribution stage's models on PolNeAR train; choose their thresholds on dev.

    python training/train_attribution.py            # writes src/newsevents/data/models/
    python training/train_attribution.py --cache /tmp/polnear-docs   # keep the parses
    python training/train_attribution.py --part content   # the content-end model alone

Each candidate word (a verb, noun or adjective with something to report, see
`attribution.detector.is_candidate`) is an example; it is positive when it is the syntactic
head of a gold cue span. The model is fitted on the train split only; the dev split only picks
the probability threshold that gives the best mean exact-span F1 of the frames the pipeline then
builds.

The content-end model (`attribution.boundaries`) is trained on the frames the rules (with the
shipped cue detector) find in train: each candidate end of a frame whose cue matches a gold
cue is an example, positive when it is where the gold content ends; frames whose gold end is no
candidate are left out. Dev picks the margin by content F1. The test split is never read.
Needs scikit-learn (`pip install -e ".[train]"`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from bench_polnear import (  # noqa: E402
    POLNEAR,
    frame_spans,
    load_nlp,
    outer_frames,
    read_gold,
    read_relations,
    score,
)
from newsevents.attribution import boundaries, find_quotes, load_cues  # noqa: E402
from newsevents.attribution.detector import (  # noqa: E402
    MODEL,
    POSITIVE,
    CueDetector,
    WordClasses,
    cue_features,
    is_candidate,
    load_classes,
    load_detector,
)
from newsevents.attribution.spans import overlaps  # noqa: E402
from newsevents.learned import fit, save_model  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)
TIE = 0.001  # content F1 differences below this on dev are noise (about two spans)


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
        quotes = tuple(find_quotes(text))
        for token in doc:
            if is_candidate(token, text):
                examples.append(cue_features(token, text, classes, quotes))
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


def content_examples(parsed, cues) -> tuple[list[list[str]], list[str]]:
    """Return the features and labels of every candidate content end of the rules' frames."""
    examples, labels, counts = [], [], Counter()
    for doc, files in parsed:
        relations = [r for r in read_relations(files[0]) if "Cue" in r and "Content" in r]
        for frame in outer_frames(doc, cues):
            gold = [r["Content"] for r in relations if overlaps(r["Cue"], frame.cue_span)]
            found = boundaries.candidate_ends(doc, frame)
            if not gold or found is None:
                counts["no gold or no candidates"] += 1
                continue
            rule_end, candidates = found
            ends = {doc[i].idx + len(doc[i]): i for i in candidates}
            if gold[0][1] not in ends:
                counts["gold end not a candidate"] += 1
                continue
            counts["rules right" if ends[gold[0][1]] == rule_end else "rules wrong"] += 1
            for i in candidates:
                examples.append(boundaries.end_features(doc, frame, i, rule_end))
                labels.append(boundaries.POSITIVE if i == ends[gold[0][1]] else "other")
    print(f"{len(examples)} candidate ends; frames: {dict(counts)}")
    return examples, labels


def choose_margin(parsed, cues, model) -> float:
    """Return the margin with the best content F1 on the parsed split (None: rules alone).

    From the best F1 the margin grows while F1 stays within TIE of the best: where the model
    is unsure, the rules' end stays, which matters more on news unlike PolNeAR's than a dev
    point does. It stops at the first margin that falls out of that band: a larger one that
    climbs back into it is dev's noise, not a steady model.
    """
    results = {}
    for margin in (*MARGINS, None):
        checker = None if margin is None else boundaries.ContentModel.of(model, margin)
        lexicon = replace(cues, content_model=checker)
        pairs = [
            (read_gold(ann), frame_spans(doc, lexicon)) for doc, anns in parsed for ann in anns
        ]
        p, r, f, _, _ = score(pairs)["Content"]
        print(f"margin {margin}: content P {p:.4f} R {r:.4f} F1 {f:.4f}")
        if margin is not None:
            results[margin] = f
    best_f = max(results.values())
    margins = sorted(results)
    chosen = next(m for m in margins if results[m] == best_f)
    for margin in margins[margins.index(chosen) + 1 :]:
        if results[margin] < best_f - TIE:
            break
        chosen = margin
    return chosen


def train_cues(nlp, args) -> None:
    """Fit the cue detector on train, pick its threshold on dev and write both."""
    classes = load_classes()
    examples, labels = examples_of(parse_split(nlp, "train", args.cache), classes)
    model = fit(examples, labels, regularization=args.regularization)
    dev = parse_split(nlp, "dev", args.cache)
    threshold = choose_threshold(dev, load_cues(), model, classes)
    save_model(model, MODEL)
    settings = {
        "threshold": threshold,
        "trained_on": "PolNeAR train (threshold chosen on PolNeAR dev)",
        "command": "python training/train_attribution.py",
        "regularization": args.regularization,
    }
    MODEL.with_suffix(".json").write_text(json.dumps(settings, indent=2) + "\n")
    print(f"wrote {MODEL} (threshold {threshold})")


def train_content(nlp, args) -> None:
    """Fit the content-end model on the rules' train frames, pick its margin on dev."""
    # the shipped cue detector, but not the content model being replaced
    cues = replace(load_cues(learned=False), detector=load_detector())
    examples, labels = content_examples(parse_split(nlp, "train", args.cache), cues)
    model = fit(examples, labels, regularization=args.content_regularization,
                buckets=boundaries.BUCKETS, class_weight=None)
    margin = choose_margin(parse_split(nlp, "dev", args.cache), cues, model)
    save_model(model, boundaries.MODEL)
    settings = {
        "margin": margin,
        "trained_on": "PolNeAR train (margin chosen on PolNeAR dev)",
        "command": "python training/train_attribution.py --part content",
        "regularization": args.content_regularization,
    }
    boundaries.MODEL.with_suffix(".json").write_text(json.dumps(settings, indent=2) + "\n")
    print(f"wrote {boundaries.MODEL} (margin {margin})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="folder to keep the parsed splits in")
    parser.add_argument("--part", choices=("all", "cues", "content"), default="all",
                        help="which model to train (the content model uses the shipped cues)")
    parser.add_argument("--regularization", type=float, default=0.2)
    parser.add_argument("--content-regularization", type=float, default=1.0)
    args = parser.parse_args()
    nlp = load_nlp()  # the parse the pipeline and the benchmark read
    if args.part in ("all", "cues"):
        train_cues(nlp, args)
    if args.part in ("all", "content"):
        train_content(nlp, args)


if __name__ == "__main__":
    main()
