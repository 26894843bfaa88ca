"""A learned cue detector for the attribution stage: is this word the head of a reporting cue?

The cue lexicon covers the common cues; news uses a long tail of others ("quipped",
"lamented", "bristled at"). A small logistic model over the parse the pipeline already has
(lemma, part of speech, dependency, what hangs on the word, quotes nearby) says whether a word
the lexicon does not know heads a cue; the rule finders then build speaker and content from it.
The model is trained by `training/train_attribution.py` on PolNeAR train only.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import DEP, HEAD
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from newsevents.datafiles import read_rows
from newsevents.learned import LinearModel, LogOdds, load_model

WordClasses = dict[tuple[str, str], tuple[str, tuple[str, ...]]]
Quotes = tuple[tuple[int, int], ...]  # the document's quotations as character spans, in order

DATA = Path(__file__).resolve().parent.parent / "data"
MODEL = DATA / "models" / "attribution_cues.npz"
CLASSES = DATA / "attribution" / "classes" / "wordnet.csv"
CLASS_COLUMNS = ("word", "pos", "first", "classes")
CLASS_POS = {"VERB": "verb", "NOUN": "noun"}
CANDIDATE_POS = ("VERB", "NOUN", "ADJ")
# A cue takes its content as a clause, an object or a prepositional phrase; a word with none of
# these (and no quote beside it) cannot head a frame, so it is not scored at all.
CONTENT_DEPS = frozenset(("ccomp", "dobj", "xcomp", "prep", "acl", "acomp", "parataxis"))
CONTENT_DEP_IDS = frozenset(get_string_id(dep) for dep in CONTENT_DEPS)  # as in doc arrays
SUBJECT_DEPS = ("nsubj", "nsubjpass", "agent", "poss")
QUOTE_REACH = 12  # characters either side in which a quote mark counts as "next to" the word
QUOTE_MARKS = frozenset('"“”«»„')
# Entity types of a speaker: a subject phrase naming one is someone who can say something.
SPEAKER_ENTITIES = frozenset(("PERSON", "ORG", "NORP", "GPE"))
POSITIVE = "cue"


@dataclass(frozen=True)
class CueDetector:
    """The cue model with the probability above which a word counts as a cue head."""

    model: LinearModel
    threshold: float
    classes: WordClasses
    log_odds: LogOdds = field(repr=False, compare=False)
    cut: float = 0.0  # the threshold's log-odds, less the bias

    @classmethod
    def of(cls, model: LinearModel, threshold: float, classes: WordClasses) -> CueDetector:
        """Build a detector from a model, a probability threshold and the word classes."""
        log_odds = LogOdds.of(model, POSITIVE)
        cut = math.log(threshold / (1 - threshold)) - log_odds.bias
        return cls(model, threshold, classes, log_odds, cut)

    def is_cue(self, token: Token, text: str, quotes: Quotes = ()) -> bool:
        """Tell whether a word the lexicon does not know heads a reporting cue (`text` is the
        document's text, joined once by the caller; `quotes` its quotations)."""
        return is_candidate(token, text) and self.scores_as_cue(token, text, quotes)

    def scores_as_cue(self, token: Token, text: str, quotes: Quotes = ()) -> bool:
        """Tell whether the model takes a word already known to be a candidate for a cue head."""
        features = cue_features(token, text, self.classes, quotes)
        return self.log_odds.score(features) >= self.cut


def load_detector(path: Path = MODEL) -> CueDetector | None:
    """Load the shipped cue model and its threshold, or None where no model is shipped."""
    if not path.exists():
        return None
    settings = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return CueDetector.of(load_model(path), float(settings["threshold"]), load_classes())


def load_classes(path: Path = CLASSES) -> WordClasses:
    """Load the WordNet classes of words: (pos, lemma) -> (first sense's class, classes)."""
    classes = {}
    for number, row in read_rows(path, CLASS_COLUMNS):
        if row["pos"] not in CLASS_POS.values():
            raise ValueError(f"{path}:{number}: unknown pos {row['pos']!r}")
        classes[row["pos"], row["word"]] = (row["first"], tuple(row["classes"].split(";")))
    return classes


def is_candidate(token: Token, text: str, with_content: Set[int] | None = None) -> bool:
    """Tell a word that could head a frame: a content word with something to report.

    `with_content` is `content_heads` of the word's doc, where the caller asks of many words.
    """
    if token.pos_ not in CANDIDATE_POS or not token.is_alpha:
        return False
    if with_content is None:
        has_content = any(c.dep_ in CONTENT_DEPS for c in token.children)
    else:
        has_content = token.i in with_content
    return has_content or _quote_near(token, text)


def content_heads(doc: Doc) -> frozenset[int]:
    """Return the words of a doc with a clause, object or phrase hanging on them, read from its
    arrays at once: walking each word's children builds a Token per child."""
    if not len(doc):
        return frozenset()
    # the heads are offsets, negative ones stored in unsigned columns: read back as signed
    heads = doc.to_array(HEAD).view("int64").tolist()
    deps = doc.to_array(DEP).tolist()
    return frozenset(
        i + head for i, (head, dep) in enumerate(zip(heads, deps, strict=True))
        if head and dep in CONTENT_DEP_IDS
    )


def cue_features(
    token: Token, text: str, classes: WordClasses, quotes: Quotes = ()
) -> list[str]:
    """Return the parse features of a candidate cue head (the same in training and use)."""
    # Each string attribute of a Token is looked up in the vocabulary anew on every access, so
    # the word's and each child's are read once: most words of an article are scored.
    head = token.head
    lemma = token.lemma_.lower()
    pos, dep = token.pos_, token.dep_
    features = [
        f"lemma={lemma}",
        f"pos={pos}",
        f"tag={token.tag_}",
        f"dep={dep}",
        f"lemma|pos={lemma}|{pos}",
        f"dep|head={dep}|{head.pos_}",
        f"dep|headlemma={dep}|{head.lemma_.lower()}",
        f"quote={_quote_near(token, text)}",
        # a word inside a quotation is mostly what is said, not the saying of it
        f"inside-quote={_inside_quote(token.idx, quotes)}",
    ]
    first, senses = classes.get((CLASS_POS.get(pos, ""), lemma), ("", ()))
    features += [f"class={first}", f"class|dep={first}|{dep}"]
    features += [f"sense-class={name}" for name in senses]
    for child in token.children:
        child_dep, child_pos = child.dep_, child.pos_
        features.append(f"child={child_dep}")
        features.append(f"child|pos={child_dep}|{child_pos}")
        features.append(f"lemma|child={lemma}|{child_dep}")
        features.append(f"class|child={first}|{child_dep}")
        if child_dep in ("prep", "prt", "mark", "neg", "aux"):
            features.append(f"child|word={child_dep}|{child.lower_}")
            features.append(f"lemma|childword={lemma}|{child.lower_}")
        if child_dep in SUBJECT_DEPS:
            features.append(f"subject={child_dep}|{child.ent_type_ or child_pos}")
            if child_pos == "PRON":
                features.append(f"subject-word={child.lower_}")
            features.append(f"subject-names={_names_speaker(child)}")
        if child_dep == "dobj":
            features.append(f"lemma|object={lemma}|{child.lemma_.lower()}")
            features.append(f"object-class={_noun_class(child, classes)}")
        if child_dep == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                features.append(f"prep-object-class={_noun_class(objects[0], classes)}")
        if child_dep == "ccomp":
            marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
            features.append(f"clause-mark={marks[0] if marks else ''}")
    return features


def _names_speaker(subject: Token) -> bool:
    """Tell a subject phrase that names a person, group or country ("the ministry's
    spokeswoman", "Ms Lee"); its modifiers before the head are read, not a long relative."""
    doc = subject.doc
    before = doc[subject.left_edge.i : subject.i + 1]
    return any(t.ent_type_ in SPEAKER_ENTITIES for t in (*before, *subject.rights))


def _noun_class(noun: Token, classes: WordClasses) -> str:
    return classes.get(("noun", noun.lemma_.lower()), ("", ()))[0]


def _inside_quote(start: int, quotes: Quotes) -> bool:
    k = bisect_right(quotes, (start, start)) - 1
    return k >= 0 and quotes[k][0] < start < quotes[k][1]


def _quote_near(token: Token, text: str) -> bool:
    window = text[max(token.idx - QUOTE_REACH, 0) : token.idx + len(token) + QUOTE_REACH]
    return not QUOTE_MARKS.isdisjoint(window)
