"""Cue lexicon of the attribution stage: reporting verbs, nouns, adverbs and phrases with a
stance, read from data/attribution/*.csv and validated row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Token

from newsevents.annotate import regular_forms
from newsevents.attribution.boundaries import ContentModel, load_content_model
from newsevents.attribution.detector import CueDetector, load_detector
from newsevents.datafiles import read_rows

DATA = Path(__file__).resolve().parent.parent / "data" / "attribution"
COLUMNS = ("cue", "kind", "stance", "note")
STANCES = (
    "neutral", "distancing", "confirming", "denying", "emphatic", "hedged", "evaluative",
    "directive",
)
# An "evaluative" cue judges what it takes ("criticized the strike"): the content is presupposed,
# not asserted by the speaker. A "directive" cue asks for it ("urged them to withdraw"): the
# content has not happened.
# A "verb-object" cue also reports through its object or infinitive ("wants to win", "criticized
# the plan"); a plain "verb" cue needs a content clause or a quote ("said a word" is no report).
# A "verb-naming" cue reports a label it gives ("called him a liar"), so only with a predicate.
# A "verb-prep" cue is a verb lemma and the preposition or particle it governs ("call for",
# "point to"); what follows the preposition is the content.
# A "noun-prep" cue is a noun lemma and the preposition that takes its content ("support for",
# "criticism of"); the noun's possessor, if any, is the speaker.
# An "adjective" cue is a predicate adjective of attitude after a copula ("was skeptical of the
# plan", "is confident that ..."); its subject speaks, its clause or preposition's object is
# the content.
# A "medium" is a noun that joins the cue when it follows it: "said in a statement"; a
# "medium-aside" is one that stays out of it ("said in an interview"), as PolNeAR train
# mostly marks them. Neither is a cue noun of its own there.
# A "label" heads a section before a colon ("Update: ..."): the colon after it names no speaker.
# A "verb-light" cue takes its object noun into the cue when that noun has a complement of its
# own ("expressed concern that ...", "voiced doubts about ..."); otherwise it is a verb-object.
# A "verb-noun" cue is a light verb with one object noun that together say something ("raised
# concerns about", "made the case that"); the noun joins the cue as with "verb-light".
# A "verb-hedge" is a raising verb of the writer's own inference ("appears to be"): no speaker,
# and the whole clause it heads, subject included, is the content. A "verb-passive-hedge" is
# a verb of report or belief in the passive with an infinitive and no agent ("is widely
# expected to", "were known to"): read as a verb-hedge, whoever expects or knows unnamed.
# A "catenative" verb takes a cue verb as its infinitive and joins its cue: aspect ("continued
# to call for", "went on to say") or attempt ("tried to make the case", "failed to
# explain"), as PolNeAR train marks them. Alone it reports nothing, so the detector still
# judges it. An adjective of likelihood or manner after a copula is catenative too ("were more
# likely to say", "were quick to point out"): the cue runs from the copula.
# A "pro-form" stands for what was said ("said so", "said as much", "said yes"): after a cue
# verb with no other content, it is the content.
# An "addressee" verb's object is who is spoken to ("asked her whether ..."): its passive subject
# and the understood subject of its bare participle are that addressee, not the speaker, who
# goes unnamed ("X was asked whether ...", "Asked about Y, X said ..."), as in PolNeAR train.
# A "poll" noun, as the object of "in", is the source of the clause the phrase hangs on ("she
# led by four points in a new poll", "In the survey, most voters ..."): "in" is the cue and the
# clause without the phrase the content, as PolNeAR train marks them.
# Word kinds match one lemma; the others are multi-word phrases matched on the text.
WORD_KINDS = (
    "verb", "verb-object", "verb-naming", "verb-prep", "verb-hedge", "verb-passive-hedge",
    "verb-light", "verb-noun", "noun", "noun-prep", "adjective", "adverb", "punct", "medium",
    "medium-aside", "label", "catenative", "pro-form", "addressee", "poll",
)
# Kinds that only modify a cue, whose cue is another word, or that the rules read in one
# construction alone (a passive hedge): the detector still judges their words.
HELPER_KINDS = ("catenative", "pro-form", "addressee", "poll", "verb-passive-hedge")
PAIR_KINDS = ("verb-prep", "verb-noun", "noun-prep")
MEDIUM_KINDS = ("medium", "medium-aside")
VERB_KINDS = (
    "verb", "verb-object", "verb-naming", "verb-prep", "verb-hedge", "verb-passive-hedge",
    "verb-light", "verb-noun",
)
# A "prep-stance" is a prepositional phrase whose object is the content and whose host clause's
# subject speaks ("In response to the charge, she said ...").
KINDS = (*WORD_KINDS, "prep-phrase", "prep-stance", "phrase")


@dataclass(frozen=True)
class Cue:
    """One row of the cue lexicon."""

    cue: str
    kind: str
    stance: str
    note: str = ""


@dataclass(frozen=True)
class CueLexicon:
    """Reporting cues by kind: single words by lemma, multiword phrases as word tuples."""

    cues: tuple[Cue, ...]
    words: dict[tuple[str, str], Cue] = field(default_factory=dict, compare=False)
    phrases: tuple[tuple[tuple[str, ...], Cue], ...] = ()
    # Inflected form -> verb lemma, for forms the tagger lemmatizes wrongly ("hoping" -> "hop").
    inflections: dict[str, str] = field(default_factory=dict, compare=False)
    verb_lemmas: frozenset[str] = frozenset()
    # First word -> the phrases it opens, longest first: a sentence is matched word by word.
    phrase_starts: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]] = field(
        default_factory=dict, compare=False
    )
    # The spaCy string ids of those first words: a word's id is read without building a Token.
    phrase_ids: frozenset[int] = field(default=frozenset(), compare=False)
    # The first words of the two-word kinds ("call" of "call for"), by kind: most words open
    # none, and are passed over before their neighbours are read.
    pair_firsts: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # Every medium noun, joining the cue or not ("statement", "interview", "video").
    mediums: frozenset[str] = frozenset()
    # Every single-word cue lemma but the helpers': the detector judges only words outside it.
    word_lemmas: frozenset[str] = frozenset()
    # The learned detector of cues the lexicon lacks; None runs the rules alone.
    detector: CueDetector | None = field(default=None, compare=False)
    # The learned check of content ends; None keeps the rules' ends.
    content_model: ContentModel | None = field(default=None, compare=False)

    def word(self, kind: str, lemma: str) -> Cue | None:
        """Return the cue of this kind for a lemma, or None."""
        return self.words.get((kind, lemma.lower()))

    def opens_pair(self, kind: str, lemma: str) -> bool:
        """Tell whether a lemma is the first word of a cue of a two-word kind ("verb-prep")."""
        return lemma.lower() in self.pair_firsts.get(kind, ())

    def addresses(self, verb: Token) -> bool:
        """Tell whether a cue verb's object is whom it is spoken to ("told reporters")."""
        return self.word("addressee", self.lemma(verb.lemma_, verb.text)) is not None

    def lemma(self, lemma: str, text: str) -> str:
        """Return the cue lemma of a verb: the tagger's, or the one its inflected form gives."""
        lowered = lemma.lower()
        if lowered in self.verb_lemmas:
            return lowered
        return self.inflections.get(text.lower(), lowered)

    def medium(self, lemma: str) -> Cue | None:
        """Return the medium row of a noun ("statement", "interview"), joining the cue or not."""
        return self.word("medium", lemma) or self.word("medium-aside", lemma)

    def verb(self, lemma: str) -> Cue | None:
        """Return the verb cue for a lemma, whether or not it takes an object as content."""
        return (
            self.word("verb", lemma)
            or self.word("verb-object", lemma)
            or self.word("verb-naming", lemma)
        )


def load_cues(path: Path | str | None = None, *, learned: bool | None = None) -> CueLexicon:
    """Load and validate the cue lexicon (a CSV file, or every CSV in a folder).

    The shipped lexicon comes with the learned cue detector and content-end model; a lexicon
    of your own runs the rules alone unless `learned` is set.
    """
    learned = path is None if learned is None else learned
    target = Path(path) if path is not None else DATA
    files = sorted(target.glob("*.csv")) if target.is_dir() else [target]
    cues = [cue for file in files for cue in _read_cues(file)]
    words = {(c.kind, c.cue): c for c in cues if c.kind in WORD_KINDS}
    phrases = [(tuple(c.cue.split()), c) for c in cues if c.kind not in WORD_KINDS]
    phrases.sort(key=lambda item: -len(item[0]))  # longest match first
    verbs = {c.cue.split()[0] for c in cues if c.kind in VERB_KINDS}
    inflections = {form: verb for verb in sorted(verbs) for form in regular_forms(verb)}
    starts: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
    for words_of, cue in phrases:
        starts.setdefault(words_of[0], []).append((words_of, cue))
    return CueLexicon(
        cues=tuple(cues),
        words=words,
        phrases=tuple(phrases),
        inflections=inflections,
        verb_lemmas=frozenset(c.cue for c in cues if c.kind in VERB_KINDS),
        word_lemmas=frozenset(
            c.cue for c in cues if c.kind in WORD_KINDS and c.kind not in HELPER_KINDS
        ),
        mediums=frozenset(c.cue for c in cues if c.kind in MEDIUM_KINDS),
        phrase_starts={first: tuple(found) for first, found in starts.items()},
        phrase_ids=frozenset(get_string_id(first) for first in starts),
        pair_firsts={
            kind: frozenset(c.cue.split()[0] for c in cues if c.kind == kind) for kind in PAIR_KINDS
        },
        detector=load_detector() if learned else None,
        content_model=load_content_model() if learned else None,
    )


def read_mediums(folder: Path = DATA) -> frozenset[str]:
    """Return the nouns of the channels words go out through ("said in a statement", "in a
    letter to X"): the medium cues of a folder of cue files."""
    return frozenset(cue.cue for file in sorted(folder.glob("*.csv"))
                     for cue in _read_cues(file) if cue.kind in MEDIUM_KINDS)


def _read_cues(file: Path) -> list[Cue]:
    """Read one cue file, failing with the file and line of the first bad row."""
    cues = []
    for number, row in read_rows(file, COLUMNS):
        cue, kind, stance, note = (row[column] for column in COLUMNS)
        if not cue:
            raise ValueError(f"{file}:{number}: empty cue")
        if kind not in KINDS:
            raise ValueError(f"{file}:{number}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
        if stance not in STANCES:
            raise ValueError(
                f"{file}:{number}: unknown stance {stance!r} (one of {', '.join(STANCES)})"
            )
        if kind in PAIR_KINDS and len(cue.split()) != 2:
            raise ValueError(f"{file}:{number}: a {kind} cue is a word and a preposition")
        if kind in WORD_KINDS and kind not in PAIR_KINDS and " " in cue:
            raise ValueError(f"{file}:{number}: a {kind} cue is one word; use kind phrase")
        cues.append(Cue(cue.lower(), kind, stance, note))
    return cues
