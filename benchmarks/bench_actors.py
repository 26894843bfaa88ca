"""Score the actors stage alone on public gold data in ../shared/eval (read at benchmark time only).

    python benchmarks/bench_actors.py conflibert --split train [--errors 40]   # tune here
    python benchmarks/bench_actors.py conflibert --split test                  # report here
    python benchmarks/bench_actors.py plover                                   # report only

ConfliBERT (`ner/<split>.txt`): for every gold source (B-S/I-S) and target (B-T/I-T) span, does
`resolve_actors` produce a mention with exactly that span? "exact" compares as written; "core"
first drops a leading article (a/an/the) from both sides, since newsevents mentions start after
the determiner (see the span convention in `newsevents.actors`). Test sentences repeating
CAMEO-manual examples are dropped, as in bench_events.py.

PLOVER gold records: for every gold actor whose actorText occurs in the sentence, is there a
mention covering that text whose country is the gold code (gold "IGO" is met by the IGO sector),
and, where the gold record gives a sector, one carrying that sector? Gold sectors are written in
PLOVER's codes, some with an ethnic or religious code after the sector ("CVLalb", "REBkur") and
some as "***" (unknown); our CAMEO sectors are compared as PLOVER writes them (media "JRN", health
"MED": `Codebook.plover_sectors`). "sector" compares the code as written over every gold
sector (its n includes "***", which no coder can meet); "sector3" compares the first three
letters over gold that gives a sector ("***" left out): the figure for "where the gold gives a
sector". Place mentions (kind "place": a site named in the sentence, standing for the state
it lies in) count like any other mention, as `resolve_actors` lists them. PLOVER has no train
split: figures only, never error listings (the country misses by class and the sector3 misses
as gold>ours are counts). Event errors play no part here: the gold spans are given.

Synthetic PLOVER stories (tuning only): the headline each story was prompted with names one
country ("{country_1}"); that country stands in for the article's country. Of the agent-noun and
person mentions, how many carry no country, and how many carry the prompted one? A proxy, not
gold: foreign actors rightly carry other countries.
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

from evalsets import EVAL, PLOVER, bio_spans, is_manual_example, manual_examples, read_bio
from newsevents.actors import resolve_actors
from newsevents.codebook import load_codebook
from newsevents.pipeline import load_resources
from newsevents.records import Article, Mention
from newsevents.settings import Settings

ARTICLES = ("a", "an", "the")
SYNTHETIC = EVAL / "synthetic-plover" / "gpt_synthetic_events_2023-10-19_19.csv.zip"


def resolve_texts(texts: list[str]) -> list[tuple[Mention, ...]]:
    """Run annotate and the actors stage over each text as an article of its own."""
    resources = load_resources(Settings(min_chars=1))
    found, spent = [], 0.0
    for i, doc in enumerate(resources.nlp.pipe(texts, batch_size=64)):
        article = Article(f"bench:{i}", texts[i], f"sentence:{i}")
        began = time.perf_counter()
        found.append(resolve_actors(doc, article, resources.dictionary, resources.gazetteer))
        spent += time.perf_counter() - began
    # the actors stage alone, without spaCy: it must stay cheap beside the parse
    print(f"  actors stage: {spent:.2f} s for {len(texts)} texts")
    return found


def word_spans(words: list[str], mentions: tuple[Mention, ...]) -> set[tuple[int, int]]:
    """Map mention character spans over " ".join(words) back to word spans."""
    starts, ends, pos = {}, {}, 0
    for i, word in enumerate(words):
        starts[pos], ends[pos + len(word)] = i, i + 1
        pos += len(word) + 1
    return {
        (starts[m.start_char], ends[m.end_char])
        for m in mentions
        if m.start_char in starts and m.end_char in ends
    }


def core(words: list[str], span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end - 1 and words[start].lower() in ARTICLES:
        start += 1
    return start, end


def _drop_manual_repeats(sentences: list) -> list:
    manual = manual_examples()
    kept = [s for s in sentences if not is_manual_example(" ".join(s[0]), manual)]
    print(f"  {len(sentences) - len(kept)} CAMEO-manual repeats dropped, {len(kept)} scored")
    return kept


def bench_conflibert(split: str, errors: int) -> None:
    sentences = read_bio(EVAL / f"conflibert/ner/{split}.txt")
    print(f"ConfliBERT ner/{split}.txt: {len(sentences)} sentences")
    if split == "test":
        sentences = _drop_manual_repeats(sentences)
    found = resolve_texts([" ".join(words) for words, _ in sentences])
    shown = 0
    for kind, side in (("S", "source"), ("T", "target")):
        total = exact = loose = 0
        for (words, tags), mentions in zip(sentences, found, strict=True):
            spans = word_spans(words, mentions)
            cores = {core(words, span) for span in spans}
            for span in sorted(bio_spans(tags, kind)):
                total += 1
                exact += span in spans
                loose += core(words, span) in cores
                if core(words, span) not in cores and shown < errors:
                    shown += 1
                    got = " | ".join(m.text for m in mentions)
                    print(f"  miss {side}: [{' '.join(words[span[0] : span[1]])}]  got: {got}")
        print(
            f"  {side} span recall: exact {exact / total:.3f}, core {loose / total:.3f} (n={total})"
        )
    print(f"  mentions per sentence: {sum(map(len, found)) / len(found):.2f}")


def bench_plover() -> None:
    records = [r for r in json.loads(PLOVER.read_text()) if r.get("text")]
    print(f"PLOVER gold records: {len(records)} sentences")
    found = resolve_texts([r["text"] for r in records])
    codebook = load_codebook()
    for side in ("source", "target"):
        total = spanned = loose = country = sector = sector_total = sector3 = sector3_total = 0
        # sector3 by the kind of mention read there and by the gold sector: figures, not errors
        by_kind: dict[str, list[int]] = {}
        by_gold: dict[str, list[int]] = {}
        misses: Counter[str] = Counter()  # country misses by class: counts, never the text
        swaps: Counter[str] = Counter()  # sector3 misses as gold>ours
        for record, mentions in zip(records, found, strict=True):
            for gold in record.get(side) or []:
                if not isinstance(gold, dict) or not gold.get("code"):
                    continue
                at = record["text"].find(gold.get("actorText") or "\0")
                if at < 0:
                    continue
                end = at + len(gold["actorText"])
                over = [m for m in mentions if m.start_char < end and m.end_char > at]
                total += 1
                spanned += any((m.start_char, m.end_char) == (at, end) for m in over)
                loose += any(_bare(m.text) == _bare(gold["actorText"]) for m in over)
                codes = {m.actor.country for m in over}
                codes |= {"IGO" for m in over if "IGO" in m.actor.sectors}
                country += gold["code"] in codes
                if gold["code"] not in codes:
                    misses[_country_miss(over, gold["code"])] += 1
                sectors = {code for m in over for code in codebook.plover_sectors(m.actor.sectors)}
                if gold.get("sector"):
                    sector_total += 1
                    sector += gold["sector"] in sectors
                if (gold.get("sector") or "***")[:3] != "***":
                    hit = gold["sector"][:3] in sectors
                    sector3_total += 1
                    sector3 += hit
                    if not hit:
                        ours = "+".join(sorted({c[:3] for c in sectors})) or "none"
                        swaps[f"{gold['sector'][:3]}>{ours}"] += 1
                    kind = _mention_kind(over)
                    for tally in (by_kind.setdefault(kind, [0, 0]),
                                  by_gold.setdefault(gold["sector"][:3], [0, 0])):
                        tally[0] += hit
                        tally[1] += 1  # fmt: skip
        print(
            f"  {side}: span exact {spanned / total:.3f}, core {loose / total:.3f}; country "
            f"{country / total:.3f} (n={total})\n"
            f"    sector as written {sector / max(sector_total, 1):.3f} (n={sector_total}, with"
            f" {sector_total - sector3_total} gold \"***\" no coder can meet); sector3, first three"
            f" letters where the gold gives a sector (\"***\" left out) "
            f"{sector3 / max(sector3_total, 1):.3f} (n={sector3_total})"
        )
        print("    country misses: " + ", ".join(f"{k} {n}" for k, n in misses.most_common()))
        print("    sector3 misses, gold>ours: "
              + ", ".join(f"{k} {n}" for k, n in swaps.most_common()))  # fmt: skip
        for title, tallies in (("by mention kind", by_kind), ("by gold sector", by_gold)):
            parts = sorted(tallies.items(), key=lambda item: -item[1][1])
            print(f"    sector3 {title}: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in parts))


def _country_miss(over: list[Mention], gold: str) -> str:
    # the class of a country miss: nothing read there, read with no country, or the wrong
    # country by the basis that gave it (article default, coreference, dictionary ...)
    if not over:
        return "no mention"
    actor = over[0].actor
    kind = "igo gold" if gold == "IGO" else actor.kind
    if actor.country is None:
        return f"no country ({kind})"
    return f"wrong {actor.basis or 'read'} ({kind})"


def _mention_kind(over: list[Mention]) -> str:
    # the kind of actor read over the gold text; a model-given sector is told apart
    if not over:
        return "no mention"
    actor = over[0].actor
    if actor.basis == "coreference" or actor.basis.startswith("coreference+"):
        return "reference"
    return actor.kind + ("+model" if "sector-model" in actor.basis else "")


def read_synthetic(limit: int) -> list[tuple[str, str]]:
    """Return (text, prompted country name) of stories whose headline names one country only."""
    with zipfile.ZipFile(SYNTHETIC) as archive:
        name = archive.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    stories = []
    for row in rows:
        title = row["title"]
        if re.findall(r"\{[^}]*\}", title) != ["{country_1}"]:
            continue
        pattern = re.escape(title).replace(re.escape("{country_1}"), "(.+?)")
        match = re.fullmatch(pattern, row["prompt"].splitlines()[0].strip())
        if match:
            stories.append((row["text"], match.group(1)))
    return stories[:limit]


def bench_synthetic(limit: int, errors: int) -> None:
    stories = read_synthetic(limit)
    print(f"Synthetic PLOVER: {len(stories)} stories with one prompted country")
    dictionary = load_resources(Settings(min_chars=1)).dictionary
    found = resolve_texts([text for text, _ in stories])
    counts = {"agent": [0, 0, 0], "person": [0, 0, 0]}
    shown = 0
    for (_, country), mentions in zip(stories, found, strict=True):
        entry = dictionary.lookup(country)
        for mention in mentions:
            tally = counts.get(mention.actor.kind)
            if tally is None or entry is None:
                continue
            tally[0] += 1
            tally[1] += mention.actor.country is None
            tally[2] += mention.actor.country == entry.country
            if mention.actor.country is None and shown < errors:
                shown += 1
                print(f"  no country ({country}): {mention.text} [{mention.actor.kind}]")
    for kind, (total, bare, prompted) in counts.items():
        print(
            f"  {kind}: no country {bare / total:.3f}, prompted country {prompted / total:.3f}"
            f" (n={total})"
        )
    _pronoun_rates([text for text, _ in stories], found)


def _pronoun_rates(texts: list[str], found: list[tuple[Mention, ...]]) -> None:
    # How often a pronoun is given an actor: a rate, not accuracy (judge a sample by hand).
    for pronouns in (("he", "she", "him", "her"), ("they",), ("it",)):
        written = sum(len(re.findall(rf"\b(?:{'|'.join(pronouns)})\b", text, re.I))
                      for text in texts)  # fmt: skip
        resolved = {(i, m.start) for i, mentions in enumerate(found) for m in mentions
                    if m.text.lower() in pronouns}  # fmt: skip
        print(f"  {'/'.join(pronouns)}: {len(resolved)} of {written} written stand for an actor")


def _bare(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=["conflibert", "plover", "synthetic"])
    parser.add_argument("--split", choices=["train", "test"], default="train")
    parser.add_argument("--errors", type=int, default=0, help="list missed spans (train only)")
    parser.add_argument("--limit", type=int, default=600, help="synthetic stories to read")
    args = parser.parse_args()
    if args.set == "synthetic":
        bench_synthetic(args.limit, args.errors)
    elif args.set == "conflibert":
        bench_conflibert(args.split, args.errors if args.split == "train" else 0)
    else:
        bench_plover()


if __name__ == "__main__":
    main()
