"""Score event coding on public gold data in ../shared/eval (read at benchmark time only).

    python benchmarks/bench_events.py plover       # PLOVER gold records: type F1, actor countries
    python benchmarks/bench_events.py conflibert   # ConfliBERT test: class, source/target spans
    python benchmarks/bench_events.py conflibert --split train --errors 40   # error analysis
    python benchmarks/bench_events.py all --learned   # with the learned event model switched on
    python benchmarks/bench_events.py all --targets   # with the learned target chooser on
    python benchmarks/bench_events.py news --split dev --errors 40  # model events to judge
    python benchmarks/bench_events.py synthetic --errors 40   # PLOVER type of synthetic leads
    python benchmarks/bench_events.py synthetic --source-errors 40  # why sources miss (listed)
    python benchmarks/bench_events.py conflibert --split train --target-errors 40  # target misses

Tune on the train split only; the test split and the PLOVER records are for reporting figures.
`synthetic` (machine-written stories, one prompted PLOVER type each) is for error analysis only:
its figure is not accuracy on news.
`news` has no gold: it codes PolNeAR articles (train or dev, never test) with the learned model
on and lists its events for a person to judge, as the precision of model events on news.

Source and target misses are broken down by cause, counts only on PLOVER (a test set): no
event; the primary event of another type (or a later event having the gold type); no source (or
target); a side with no country; another country; and for the last three, where the sentence
holds the gold code instead (`gold_holder`: the other side, a speaker, another mention, none).
`--source-errors` lists them on synthetic leads (scored against the countries their title was
filled with, a proxy) and ConfliBERT train source spans;
`--target-errors` lists ConfliBERT train target misses beside the gold phrases.

Each sentence is coded on its own as a one-paragraph article. Figures are printed beside a
majority baseline. Nothing here is used by the coder itself. Spans are exact word spans: where
an event has several actors on one side, its one span per side is cut into one span per conjunct
("Iran and Syria" is scored as "Iran" and "Syria", as the gold marks them).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import time
import zipfile
from collections import Counter
from collections.abc import Iterable

from evalsets import EVAL, bio_spans, is_manual_example, manual_examples, read_bio
from newsevents.codebook import Codebook, load_codebook
from newsevents.ids import article_id
from newsevents.pipeline import Resources, code_batch, load_resources
from newsevents.records import Article, CodedArticle, Event
from newsevents.settings import Settings

# PLOVER 0.5 names in the gold file → PLOVER v2 names the coder emits (eval README).
GOLD_TYPE = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"
}
# ConfliBERT's five classes ("PentaClass" in eval/cameo-multirater, e.g. "3-16 Reduce Relations"):
# 0 statements and appeals, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict
# (reducing relations included), 4 material conflict.
ROOT_CLASS = {**dict.fromkeys(["01", "02"], 0), **dict.fromkeys(["03", "04", "05"], 1),
              **dict.fromkeys(["06", "07", "08"], 2),
              **dict.fromkeys(["09", "10", "11", "12", "13", "16"], 3)}


def code_sentences(
    texts: list[str], published: str | None = None, resources: Resources | None = None,
    learned: bool = False, targets: bool = False,
) -> list[CodedArticle]:
    """Code each text as an article of one paragraph (with the learned event model if asked)."""
    settings = Settings(min_chars=1, learned_events=learned, learned_targets=targets)
    resources = resources or load_resources(settings)
    articles = [Article(article_id(t, published), t, f"sentence:{i}", published=published)
                for i, t in enumerate(texts)]
    coded = []
    started = time.perf_counter()
    for i in range(0, len(articles), 64):
        coded.extend(code_batch(articles[i:i + 64], resources, settings))
    print(f"coded {len(texts)} sentences in {time.perf_counter() - started:.1f} s")
    return coded


def primary(events: Iterable[Event]) -> Event | None:
    """The sentence's main event: the first one the coder ranks that is not negated.

    The coder lists a sentence's events main clause first, then in text order (news sentences
    lead with their main event; on ConfliBERT train, text order beat "material before verbal"
    by 6 points of macro F1, and the shallowest trigger in the parse did no better than putting
    only the clauses that modify a noun, "a ship it seized", last).
    """
    return next((e for e in events if not e.negated), None)


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bench_plover(learned: bool = False, targets: bool = False) -> None:
    records = [r for r in json.loads((EVAL / "plover/gold_standard_records/PLOVER_GSR_CAMEO.txt")
               .read_text()) if r.get("event") not in (None, "DOCUMENT") and r.get("text")]
    coded = code_sentences([r["text"] for r in records], learned=learned, targets=targets)
    gold = [GOLD_TYPE.get(r["event"], r["event"]) for r in records]
    main = [primary(c.events) for c in coded]
    pred = [e.plover_type if e else None for e in main]
    labels = sorted(set(gold))
    tp = sum(g == p for g, p in zip(gold, pred, strict=True))
    fp = sum(p is not None and g != p for g, p in zip(gold, pred, strict=True))
    print(f"\nPLOVER gold records (n={len(records)}), primary event per record")
    print("  type micro P/R/F1: {:.3f} / {:.3f} / {:.3f}".format(*f1(tp, fp, len(gold) - tp)))
    per_type = []
    for label in labels:
        ltp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        lfp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        lfn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        per_type.append(f1(ltp, lfp, lfn)[2])
    print(f"  type macro F1: {sum(per_type) / len(per_type):.3f}")
    # Per type, counts only (a report, never a list of records): a miss is either no event
    # coded for the record or another type.
    for label, score in zip(labels, per_type, strict=True):
        pairs = [(g, p) for g, p in zip(gold, pred, strict=True) if g == label]
        none = sum(p is None for _, p in pairs)
        wrong = sum(p is not None and p != label for _, p in pairs)
        others = Counter(p for _, p in pairs if p is not None and p != label).most_common(3)
        print(f"    {label:10} n={len(pairs):3d}  F1 {score:.3f}  no event {none:3d}  "
              f"other type {wrong:3d}  " + " ".join(f"{p}:{n}" for p, n in others))
    stp = sfp = sfn = 0
    for c, g in zip(coded, gold, strict=True):
        types = {e.plover_type for e in c.events if not e.negated}
        stp += g in types
        sfp += len(types - {g})
        sfn += g not in types
    print("  all-events set P/R/F1: {:.3f} / {:.3f} / {:.3f}".format(*f1(stp, sfp, sfn)))
    majority = Counter(gold).most_common(1)[0]
    print(f"  majority baseline ({majority[0]}): micro F1 {majority[1] / len(gold):.3f}")
    for side in ("source", "target"):
        _country_accuracy(records, main, side, load_codebook())
    for side in ("source", "target"):
        golds = [{a["code"] for a in r.get(side) or [] if isinstance(a, dict) and a.get("code")}
                 for r in records]
        _print_misses(gold, coded, golds, side)


CODEBOOK = load_codebook()


def _codes(actors) -> set[str | None]:
    """Return the codes a side carries: each actor's PLOVER country field (its state, else UNO,
    EUR, IGO, NGO or IMG), and IGO for any intergovernmental body, UN and EU included, as the
    gold records (PLOVER 0.5b1, before UNO and EUR) write them."""
    fields = {CODEBOOK.plover_country(a.country, a.name, a.kind, a.sectors) for a in actors}
    return fields | {"IGO" for a in actors if "IGO" in a.sectors}


def side_miss(
    events: tuple[Event, ...], gold_type: str, gold_codes: set[str], side: str
) -> str | None:
    """Name why a sentence's primary event's side misses every gold code, or None when it
    carries one.

    The first that holds of: no event coded; the primary event is of another type than the
    gold's, while a later event of the sentence has the gold type ("later event of the type")
    or none has ("other type"); the side has no actor; its actors have no country; they have
    another country.
    """
    event = primary(events)
    actors = getattr(event, side) if event else ()
    if _codes(actors) & gold_codes:
        return None
    if event is None:
        return "no event"
    if event.plover_type != gold_type:
        later = any(e.plover_type == gold_type for e in events if not e.negated)
        return "later event of the type" if later else "other type"
    if not actors:
        return f"{side} missing"
    return "no country" if _codes(actors) <= {None} else "wrong country"


def gold_holder(coded: CodedArticle, gold_codes: set[str], side: str) -> str:
    """Name where the sentence carries a gold code its primary event's side misses: on the
    event's other side ("other side"), as a speaker of its attribution ("speaker"), in another
    of the sentence's actor mentions ("another mention": the events stage chose the wrong
    phrase, or none) or nowhere ("no mention": the actors stage gave no actor that code)."""
    event = primary(coded.events)
    other = {"source": "target", "target": "source"}[side]
    if event is not None and _codes(getattr(event, other)) & gold_codes:
        return "other side"
    if event is not None and {a.speaker_country for a in event.attribution} & gold_codes:
        return "speaker"
    if _codes([m.actor for m in coded.mentions]) & gold_codes:
        return "another mention"
    return "no mention"


# Misses whose gold code may stand elsewhere in the sentence (`gold_holder`).
PLACED_MISSES = ("wrong country", "no country", "source missing", "target missing")


def _print_misses(
    gold: list[str], coded: list[CodedArticle], golds: list[set[str]], side: str
) -> list[str | None]:
    """Print why the side misses its gold codes, counts only (so a test set can be reported),
    and for a side missing or of no or another country, where the gold code stands instead;
    records with no gold code are left out. Return each record's miss (None: hit or no gold)."""
    misses = [side_miss(c.events, t, g, side) if g else None
              for t, c, g in zip(gold, coded, golds, strict=True)]
    counts = Counter(m for m in misses if m)
    print(f"  {side} country misses ({sum(counts.values())} of {sum(map(bool, golds))}): "
          + ", ".join(f"{kind} {n}" for kind, n in counts.most_common()))
    held = Counter(f"{miss}: {gold_holder(c, g, side)}"
                   for c, g, miss in zip(coded, golds, misses, strict=True)
                   if miss in PLACED_MISSES)
    print("    gold code held by: " + ", ".join(f"{k} {n}" for k, n in sorted(held.items())))
    return misses


def _country_accuracy(
    records: list[dict], main: list[Event | None], side: str, codebook: Codebook
) -> None:
    """Share of gold actors whose code (country, or IGO) the primary event's side carries; of
    those with a sector, whose sector it carries, in PLOVER's codes (`Codebook.plover_sectors`:
    the gold writes media "JRN" and health "MED")."""
    hits = total = sector_hits = sector_total = 0
    for record, event in zip(records, main, strict=True):
        gold = [a for a in record.get(side) or [] if isinstance(a, dict) and a.get("code")]
        if not gold:
            continue
        actors = getattr(event, side) if event else ()
        codes = _codes(actors)
        total += 1
        hits += any(a["code"] in codes for a in gold)
        sectored = [a for a in gold if a.get("sector")]
        if sectored:
            sector_total += 1
            sectors = {s for a in actors for s in codebook.plover_sectors(a.sectors)}
            sector_hits += any(a["sector"] in sectors for a in sectored)
    print(f"  {side} country accuracy: {hits / total:.3f} (n={total}); "
          f"sector accuracy: {sector_hits / max(sector_total, 1):.3f} (n={sector_total})")


# The NER split is tokenized ("Japan ’ s government", "rebel - held", "Mr . Sisi", "Pe ñ a",
# "1 , 100"); news is not, and the parser reads the tokenized form badly ("Mr ." ends a sentence,
# "Pe ñ a" is three names). These glue a token to the one before it.
GLUED = {"’", "'", "-", "’s", "'s"}  # "Japan ’ s" -> "Japan’s"


def detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Return the words as news text (possessives and hyphens attached) and each word's offsets."""
    text, offsets = "", []
    for i, word in enumerate(words):
        if i and not _glued(words, i):
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    return text, offsets


def _glued(words: list[str], i: int) -> bool:
    """Tell whether a word is written against the one before it in news text."""
    word, before = words[i], words[i - 1]
    two_back = words[i - 2] if i > 1 else ""
    return (
        word in GLUED
        or (before == "-" and word.isalnum())
        or (before in ("’", "'") and word == "s")
        # a letter the tokenizer cut out of a name ("Pe ñ a" -> "Peña"), and the rest after it
        or (_is_foreign_letter(word) and before[-1:].isalpha())
        or (_is_foreign_letter(before) and word[:1].isalpha() and word.islower())
        # the period of an initial or an abbreviation ("Mr .", "U . S .", "Nov ."), and the next
        # initial of a chain ("U . S" -> "U.S"); the sentence's own last period stays apart, as
        # the gold marks it ("left the U . K ." -> "left the U.K .")
        or (word == "." and i + 1 < len(words)
            and (_is_initial(before) or before.lower() in ABBREVIATIONS))
        or (before == "." and _is_initial(word) and _is_initial(two_back))
        # the separators of a number ("1 , 100", "1 . 2")
        or (before in (",", ".") and two_back.isdigit() and word.isdigit()
            and (before == "." or (len(two_back) <= 3 and len(word) == 3)))
        or (word in (",", ".") and before.isdigit() and i + 1 < len(words)
            and words[i + 1].isdigit() and (word == "." or len(words[i + 1]) == 3)
            and (word == "." or len(before) <= 3))
    )


def _is_foreign_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha() and not word.isascii()


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _token_span(
    offsets: list[tuple[int, int]], span: tuple[int, int] | None
) -> tuple[int, int] | None:
    if span is None:
        return None
    inside = [i for i, (s, e) in enumerate(offsets) if s < span[1] and e > span[0]]
    return (inside[0], inside[-1] + 1) if inside else None


CONFLIBERT_SPLITS = ("train", "test")  # the set has no dev split


def bench_conflibert(
    split: str = "test", errors: int = 0, learned: bool = False, source_errors: int = 0,
    targets: bool = False, target_errors: int = 0,
) -> None:
    if split not in CONFLIBERT_SPLITS:
        raise SystemExit(f"conflibert: no {split} split; use --split "
                         f"{' or '.join(CONFLIBERT_SPLITS)}")
    manual = manual_examples()
    rows = [line.rstrip("\n").rsplit("\t", 1)
            for line in (EVAL / f"conflibert/{split}.tsv").read_text(encoding="utf-8").splitlines()]
    bio = read_bio(EVAL / f"conflibert/ner/{split}.txt")
    keep = [i for i, (text, _) in enumerate(rows) if not is_manual_example(text, manual)]
    print(f"ConfliBERT {split}: {len(rows)} sentences, {len(rows) - len(keep)} CAMEO-manual "
          f"repeats dropped, {len(keep)} scored")
    resources = load_resources(
        Settings(min_chars=1, learned_events=learned, learned_targets=targets)
    )
    coded = code_sentences([rows[i][0] for i in keep], resources=resources)
    gold = [int(rows[i][1]) for i in keep]
    main = [primary(c.events) for c in coded]
    pred = [ROOT_CLASS.get(e.cameo_root, 4) if e else 0 for e in main]
    _class_scores(gold, pred)
    _print_confusion(gold, pred)
    if errors and split == "train":  # never list test sentences: they must not steer rules
        _print_errors([rows[i][0] for i in keep], gold, main, pred, errors)
    bio_keep = [bio[i] for i in keep if i < len(bio)]
    texts = [detokenize(words) for words, _ in bio_keep]
    span_coded = code_sentences([text for text, _ in texts], resources=resources)
    print("  spans: one per actor (a side of several actors is cut at its conjuncts)")
    # A side of several actors is cut at its conjuncts on a parse of its own (benchmark only).
    docs = list(resources.nlp.pipe(c.article.text for c in span_coded))
    for kind, side in (("S", "source"), ("T", "target")):
        pairs = []
        misses: list[str | None] = []
        golds: list[list[str]] = []
        for (words, tags), (_, offsets), c, doc in zip(bio_keep, texts, span_coded, docs,
                                                       strict=True):
            event = primary(c.events)
            spans = _spans(event, side, doc)
            found = {found for span in spans if (found := _token_span(offsets, span))}
            gold_spans = bio_spans(tags, kind)
            pairs.append((gold_spans, found))
            misses.append(span_miss(event, found, gold_spans))
            golds.append([" ".join(words[start:end]) for start, end in sorted(gold_spans)])
        every, marked = span_counts(pairs)
        print(f"  {side} exact-span P/R/F1: %.3f / %.3f / %.3f" % f1(*every))
        print(f"    on sentences with a gold {side} (not the official figure): "
              "%.3f / %.3f / %.3f" % f1(*marked))
        counts = Counter(m for m in misses if m)
        print(f"  {side} span misses ({sum(counts.values())}): "
              + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
        shown = {"source": source_errors, "target": target_errors}[side]
        if shown and split == "train":  # never list test sentences
            _print_span_misses(span_coded, misses, golds, shown, side)


def span_miss(
    event: Event | None, found: set[tuple[int, int]], gold: set[tuple[int, int]]
) -> str | None:
    """Name why a primary event's side matches no gold span of a sentence that has one: no
    event; no actor on the side; a span that overlaps a gold one (its bounds differ); a span of
    another actor. (The span files are not the class files' sentences: no class is compared.)"""
    if not gold or found & gold:
        return None
    if event is None:
        return "no event"
    if not found:
        return "side missing"
    overlaps = any(a < d and c < b for a, b in found for c, d in gold)
    return "bounds differ" if overlaps else "other actor"


def _print_span_misses(
    coded: list[CodedArticle], misses: list[str | None], golds: list[list[str]], limit: int,
    side: str,
) -> None:
    """Print some train sentences whose primary event's side matches no gold span, with the
    side's span as coded and the gold phrases."""
    shown = [(c, m, g) for c, m, g in zip(coded, misses, golds, strict=True) if m][:limit]
    for c, miss, gold in shown:
        event = primary(c.events)
        span = getattr(event, f"{side}_span") if event else None
        ours = c.article.text[span[0]:span[1]] if span else "-"
        print(f"  {miss} [{_side_text(event, side)}] ours «{ours}» gold {gold}: "
              f"{c.article.text[:160]}")


def span_counts(
    pairs: list[tuple[set, set]],
) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Return exact-span (tp, fp, fn) over all sentences, then over those whose gold marks a span.

    The first is the official figure. Some annotation runs marked sources only, leaving every
    target unmarked, so a target found there is a gap in the gold as often as an error: the
    second tells real misses from such gaps.
    """
    every, marked = [0, 0, 0], [0, 0, 0]
    for gold, found in pairs:
        scored = (len(found & gold), len(found - gold), len(gold - found))
        for counts in (every, marked) if gold else (every,):
            counts[:] = [n + k for n, k in zip(counts, scored, strict=True)]
    return (every[0], every[1], every[2]), (marked[0], marked[1], marked[2])


def _spans(event: Event | None, side: str, doc) -> list[tuple[int, int]]:
    """Return an event's spans for a side, one per actor where the side has several."""
    if event is None:
        return []
    span = getattr(event, f"{side}_span")
    if span is None:
        return []
    return _per_actor(doc, span) if len(getattr(event, side)) > 1 else [span]


# Words that join the actors of one side ("Iran and Syria", "Iran, Syria and Qatar").
JOINERS = {",", ";", "and", "or", "&"}


def _per_actor(doc, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Split the one span a record gives a side of several actors into one span per conjunct.

    The gold marks "Iran and Syria" as two spans; the record keeps one span per side (first
    actor to last), so the scorer cuts it at the words that join conjuncts. The coder and its
    records are unchanged: this is how a side of several actors is scored.
    """
    tokens = doc.char_span(*span, alignment_mode="expand") or []
    pieces: list[list] = [[]]
    for token in tokens:
        if token.text.lower() in JOINERS or token.dep_ == "cc":
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [(p[0].idx, p[-1].idx + len(p[-1].text)) for p in pieces if p]


def _print_confusion(gold: list[int], pred: list[int]) -> None:
    """Print the five-way confusion matrix (counts only, so a test split can be reported)."""
    print("  confusion (rows gold, columns predicted):")
    pairs = Counter(zip(gold, pred, strict=True))
    for g in range(5):
        print(f"    {g}: " + " ".join(f"{pairs[g, p]:4d}" for p in range(5)))


def _print_errors(texts: list[str], gold: list[int], main: list[Event | None], pred: list[int],
                  limit: int) -> None:
    """Print some misclassified sentences with the coder's trigger."""
    shown = 0
    for text, g, event, p in zip(texts, gold, main, pred, strict=True):
        if g != p and shown < limit:
            shown += 1
            what = f"{event.cameo} '{event.trigger}'" if event else "no event"
            print(f"  gold {g} pred {p} [{what}]: {text[:160]}")


def _class_scores(gold: list[int], pred: list[int]) -> None:
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    pairs = list(zip(gold, pred, strict=True))
    macro = sum(f1(sum(g == p == k for g, p in pairs), sum(p == k != g for g, p in pairs),
                   sum(g == k != p for g, p in pairs))[2] for k in range(5)) / 5
    label, count = Counter(gold).most_common(1)[0]
    print(f"  five-way accuracy {accuracy:.3f}, macro F1 {macro:.3f}")
    print(f"  majority baseline (class {label}): accuracy {count / len(gold):.3f}, "
          f"macro F1 {(2 * (count / len(gold)) / (1 + count / len(gold))) / 5:.3f}")


def bench_news(split: str, shown: int) -> None:
    """Code PolNeAR articles of a split with the learned model; list its events to judge."""
    if split == "test":
        raise SystemExit("news: PolNeAR test is not read here; use --split train or dev")
    settings = Settings(learned_events=True)
    resources = load_resources(settings)
    paths = sorted((EVAL / "polnear" / split / "text").glob("*.txt"))
    articles = [Article(article_id(text, None), text, f"polnear:{path.name}")
                for path in paths for text in [path.read_text(encoding="utf-8")]]
    events = [e for coded in code_batch(articles, resources, settings) for e in coded.events]
    model = [e for e in events if e.code_basis == "model"]
    print(f"PolNeAR {split}: {len(articles)} articles, {len(events)} events, "
          f"{len(model)} from the model ({len(model) / max(len(articles), 1):.2f} per article)")
    step = max(len(model) // max(shown, 1), 1)
    for event in model[::step][:shown]:
        source = "+".join(a.name for a in event.source) or "-"
        target = "+".join(a.name for a in event.target) or "-"
        print(f"{event.cameo} {event.plover_type} p={event.code_probability:.2f} "
              f"{source} -> {target} [{event.trigger}] {' '.join(event.sentence.split())}")


SYNTHETIC = EVAL / "synthetic-plover" / "gpt_synthetic_events_2023-10-19_19.csv.zip"


# A period after one of these (or after a single capital, "U.S.") does not end a sentence.
ABBREVIATIONS = frozenset(
    "jan feb mar apr aug sept sep oct nov dec st mr mrs ms dr gen sen rep gov lt col jr sr no "
    "corp inc co ltd vs".split()
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def first_sentence(text: str) -> str:
    """Return a lead's first sentence, not cut after "U.S." or "Nov." as a split on ". " is."""
    for end in SENTENCE_END.finditer(text):
        words = text[:end.start()].rstrip(".!?").split()
        last = words[-1].rsplit(".", 1)[-1] if words else ""
        if last.lower() not in ABBREVIATIONS and not (len(last) == 1 and last.isupper()):
            return text[:end.start()]
    return text


PLACEHOLDER = re.compile(r"\\\{(country_\d)\\\}")  # "{country_1}" in an escaped title


def title_countries(template: str, title: str) -> list[str]:
    """Return the country names a story's title put in its template's "{country_N}" slots."""
    seen: set[str] = set()

    def slot(match: re.Match) -> str:
        name = match.group(1)
        if name in seen:
            return f"(?P={name})"
        seen.add(name)
        return f"(?P<{name}>.+?)"

    found = re.fullmatch(PLACEHOLDER.sub(slot, re.escape(template.strip())), title.strip())
    return list(found.groupdict().values()) if found else []


def bench_synthetic(per_type: int, errors: int, source_errors: int = 0) -> None:
    """Score the PLOVER type of each synthetic story's lead sentence against its prompted type.

    The stories have no gold actors; the countries their title was filled with stand in for the
    source's country (a proxy: a title's second country is as often the target).
    """
    with zipfile.ZipFile(SYNTHETIC) as archive:
        handle = io.TextIOWrapper(archive.open(archive.namelist()[0]), encoding="utf-8")
        rows = list(csv.DictReader(handle))
    resources = load_resources(Settings(min_chars=1))
    taken: Counter = Counter()
    stories, countries = [], []
    for row in rows:  # the first stories of each type, so runs compare like with like
        if taken[row["label"]] < per_type:
            taken[row["label"]] += 1
            lead = row["text"].strip().split("\n")[0]
            stories.append((first_sentence(lead), row["label"]))
            names = title_countries(row["title"], row["prompt"].strip().split("\n")[0])
            entries = [resources.dictionary.lookup(name) for name in names]
            countries.append({e.country for e in entries if e is not None and e.country})
    coded = code_sentences([text for text, _ in stories], resources=resources)
    gold = [label for _, label in stories]
    pred = [(e.plover_type if (e := primary(c.events)) else "-") for c in coded]
    right = sum(g == p for g, p in zip(gold, pred, strict=True))
    print(f"Synthetic PLOVER leads (n={len(gold)}): type accuracy {right / len(gold):.3f}")
    for label in sorted(set(gold)):
        row = Counter(p for g, p in zip(gold, pred, strict=True) if g == label)
        print(f"  {label:10} {row[label]:3d}/{sum(row.values()):3d}  "
              + " ".join(f"{k}:{v}" for k, v in row.most_common() if k != label))
    shown = 0
    for (text, label), c, p in zip(stories, coded, pred, strict=True):
        if p != label and shown < errors:
            shown += 1
            event = primary(c.events)
            what = f"{event.cameo} '{event.trigger}'" if event else "no event"
            print(f"  gold {label} pred {p} [{what}]: {text[:160]}")
    misses = _print_misses(gold, coded, countries, "source")
    shown = 0
    for (text, _), c, codes, miss in zip(stories, coded, countries, misses, strict=True):
        if miss and shown < source_errors:
            shown += 1
            print(f"  {miss} [{_side_text(primary(c.events), 'source')}] title {sorted(codes)}: "
                  f"{text[:160]}")


def _side_text(event: Event | None, side: str) -> str:
    """Return an event's code, trigger and a side's actors with their countries, for a listing."""
    if event is None:
        return "no event"
    actors = " + ".join(f"{a.text}/{a.country}" for a in getattr(event, side)) or "-"
    return f"{event.cameo} '{event.trigger}' {side} {actors}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=["plover", "conflibert", "all", "news", "synthetic"])
    parser.add_argument("--split", choices=["train", "dev", "test"], default="test",
                        help="ConfliBERT split (train for error analysis); news: train or dev")
    parser.add_argument("--errors", type=int, default=0,
                        help="print this many misclassified train sentences (news: events)")
    parser.add_argument("--learned", action="store_true",
                        help="code with the learned event model (setting learned_events)")
    parser.add_argument("--targets", action="store_true",
                        help="code with the learned target chooser (setting learned_targets)")
    parser.add_argument("--source-errors", type=int, default=0,
                        help="synthetic or ConfliBERT train: print this many source misses")
    parser.add_argument("--target-errors", type=int, default=0,
                        help="ConfliBERT train: print this many target misses")
    parser.add_argument("--per-type", type=int, default=40,
                        help="synthetic: stories read per PLOVER type")
    args = parser.parse_args()
    if args.set == "news":
        bench_news(args.split, args.errors)
        return
    if args.set == "synthetic":
        bench_synthetic(args.per_type, args.errors, args.source_errors)
        return
    print(f"coder: {'rules and learned event model' if args.learned else 'rules (default)'}"
          f"{', learned target chooser' if args.targets else ''}")
    if args.set in ("plover", "all"):
        bench_plover(args.learned, args.targets)
    if args.set in ("conflibert", "all"):
        bench_conflibert(args.split, args.errors, args.learned, args.source_errors, args.targets,
                         args.target_errors)


if __name__ == "__main__":
    main()
