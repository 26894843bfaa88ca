"""Write the WordNet word classes the attribution cue detector uses as features.

    python training/wordnet_classes.py /usr/share/wordnet    # Debian package wordnet-base

For every verb, and every noun with a sense of communication, cognition or feeling, the file
gives the lexicographer class of its most frequent sense and the classes of its first senses
("say" -> verb.communication). A cue the training data never showed ("quipped") still shares
its class with the cues it did show, which is what lets the detector generalise. The whole of
WordNet's index is converted; nothing is chosen by hand.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

OUTPUT = (
    Path(__file__).resolve().parents[1]
    / "src" / "newsevents" / "data" / "attribution" / "classes" / "wordnet.csv"
)
SENSES = 3  # senses past the third are rare readings that would blur the class
NOUN_CLASSES = ("noun.communication", "noun.cognition", "noun.feeling")
HEADER = """\
# Word classes for the attribution cue detector: WordNet lexicographer classes of verbs and nouns.
# Converted wholesale from WordNet 3.0 (index.verb, index.noun, data.verb, data.noun, lexnames)
# by training/wordnet_classes.py. WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. Licence: WordNet 3.0 licence (permissive; use, copy, modify and distribute with this
# notice): https://wordnet.princeton.edu/license-and-commercial-use
# Columns: word = lemma (single words only), pos = verb or noun,
#   first = class of the most frequent sense, classes = classes of the first senses, ";"-joined.
"""


def lexnames(folder: Path) -> dict[str, str]:
    """Return lexicographer file number -> class name ("32" -> "verb.communication")."""
    lines = (folder / "lexnames").read_text().splitlines() if (folder / "lexnames").exists() else []
    names = {line.split()[0].lstrip("0") or "0": line.split()[1] for line in lines if line.strip()}
    return names or {str(n): name for n, name in enumerate(LEXNAMES)}


def synset_classes(path: Path) -> dict[str, str]:
    """Return synset offset -> lexicographer file number from a data file."""
    classes = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line[:1].isdigit():
            offset, number = line.split()[:2]
            classes[offset] = str(int(number))
    return classes


def word_rows(folder: Path, pos: str, names: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """Return (word, pos, first class, classes) for every lemma of one part of speech."""
    classes = synset_classes(folder / f"data.{pos}")
    rows = []
    for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        if "_" in fields[0]:
            continue  # a multiword lemma is never one token's lemma
        count = int(fields[2])
        offsets = fields[-count:]
        found = [names[classes[offset]] for offset in offsets if offset in classes]
        if not found:
            continue
        first_senses = sorted(set(found[:SENSES]))
        if pos == "noun" and not set(found[:SENSES]) & set(NOUN_CLASSES):
            continue
        rows.append((fields[0], pos, found[0], ";".join(first_senses)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="folder with WordNet's index.* and data.*")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    names = lexnames(args.wordnet)
    rows = word_rows(args.wordnet, "verb", names) + word_rows(args.wordnet, "noun", names)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("word", "pos", "first", "classes"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} words to {args.output}")


# WordNet's lexicographer files in number order (the lexnames file, where a package omits it).
LEXNAMES = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather",
    "adj.ppl",
)


if __name__ == "__main__":
    main()
