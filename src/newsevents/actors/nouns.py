"""Actors, unnamed readers: agent nouns ("Ukrainian forces", "the minister"), surnames, pronouns."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.actors.candidates import (
    DEFINITE,
    PLURAL_CUES,
    PRONOUNS,
    SUBJECT_DEPS,
    Candidate,
    Context,
    span_text,
)  # fmt: skip
from newsevents.actors.named import read_modifiers
from newsevents.dictionaries import Term


def read_agent_nouns(context: Context, taken: set[int]) -> list[Candidate]:
    """Read noun phrases headed by agent nouns: "Ukrainian forces", "police", "the minister"."""
    doc, dictionary = context.doc, context.dictionary
    found = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        # A capitalised agent noun outside any entity ("the Pakistan Army") is a noun here too.
        noun = root.pos_ == "NOUN" or root.pos_ == "PROPN" and root.i not in context.ent_of
        if root.i in taken or not noun or root.head.i in taken and root.dep_ == "appos":
            continue
        words = [t for t in chunk if t.i >= root.i - 3 and t.pos_ in ("NOUN", "PROPN", "ADJ")]
        term = dictionary.term([t.text for t in words if t.i <= root.i])
        if term is None or term.words[-1] not in (root.lower_, root.lemma_.lower()):
            continue
        start = next((t.i for t in chunk if t.i not in taken), chunk.start)
        candidate = _agent(context, chunk, start, term)
        if candidate is not None:
            found.append(candidate)
            taken.update(range(candidate.start, candidate.end))
    return found


def _agent(context: Context, chunk: Span, start: int, term: Term) -> Candidate | None:
    root = chunk.root
    cues = ("det", "nummod", "predet")
    determiners = {t.lower_ for t in chunk if t.i < root.i and t.dep_ in cues}
    plural = root.tag_ in ("NNS", "NNPS")
    countries, named, _ = read_modifiers(context, range(start, root.i))
    if not countries:  # "a spokesperson for the Indian foreign ministry"
        countries = _prep_countries(context, root)
    country = next(iter(countries), None)
    while start < root.i and context.doc[start].pos_ in ("DET", "PRON", "PART"):
        start += 1
    text = context.doc[start : root.i + 1].text
    kind = "agent"
    if term.cls == "anaphor":
        if not determiners & DEFINITE:
            return None
        kind = "anaphor"
    elif term.cls == "title" and plural and determiners & PLURAL_CUES:
        kind = "plural"
    elif term.cls == "title" and not plural and determiners & DEFINITE:
        kind = "title"
    sectors = context.dictionary.sectors_for([t.text for t in chunk if t.i <= root.i])
    candidate = Candidate(start, root.i + 1, kind, text, country, sectors, None, "modifier")
    candidate.head, candidate.term = root.i, term
    if named is not None and kind == "agent":  # "Hamas fighters" are Hamas
        candidate.kind, candidate.name, candidate.country = named.kind, named.name, named.country
        own = [t for t in context.doc[start : root.i + 1] if t.i not in context.ent_of]
        candidate.sectors, candidate.role = named.sectors, span_text(own)
        candidate.ident, candidate.basis = named.actor_id, "dictionary"
    elif kind == "agent":
        candidate.basis = "modifier" if country else "article"
        candidate.also = countries[1:]
    return candidate


def _prep_countries(context: Context, root: Token) -> list[str]:
    for prep in root.rights:
        # "police in Kharkiv" are Ukraine's as surely as "police of Kharkiv"
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "from", "in"):
            objects = [child for child in prep.children if child.dep_ == "pobj"]
            # Only the object's own modifiers: "for the Indian ministry", not clauses below it.
            indices = [i for obj in objects for i in range(obj.left_edge.i, obj.i + 1)]
            return read_modifiers(context, indices)[0]
    return []


def read_surnames(doc: Doc, people: list[Candidate], taken: set[int]) -> list[Candidate]:
    """Read bare surnames of people named elsewhere that the NER missed ("Petrov declined")."""
    surnames = {doc[c.end - 1].text for c in people if c.kind == "person" and c.end - c.start > 1}
    found = []
    for token in doc:
        if token.i not in taken and token.pos_ == "PROPN" and token.text in surnames:
            if not token.ent_type_ or token.ent_type_ == "PERSON":
                found.append(Candidate(token.i, token.i + 1, "person", token.text, head=token.i))
                taken.add(token.i)
    return found


def read_pronouns(doc: Doc, taken: set[int]) -> list[Candidate]:
    """Read personal pronouns and "both" standing for people, to be resolved later."""
    found = []
    for token in doc:
        if token.i in taken or token.pos_ != "PRON" or token.dep_ == "poss":
            continue
        if token.lower_ in PRONOUNS:
            found.append(Candidate(token.i, token.i + 1, "pronoun", token.text, head=token.i))
        elif token.lower_ == "both" and token.dep_ in SUBJECT_DEPS:
            found.append(Candidate(token.i, token.i + 1, "plural", token.text, head=token.i))
    return found
