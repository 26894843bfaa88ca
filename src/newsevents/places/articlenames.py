"""What the article as a whole says about its names: which it uses as a place somewhere (a tag,
a place slot, a dateline, "X, <state>") and which are its people's surnames. One name keeps
one sense within an article, whatever the small model tags it in each sentence.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from newsevents.places.gazetteer import Gazetteer
from newsevents.places.sources import PlaceWords

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RELABELLED = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})  # the model's slips
DATELINE_MARKS = frozenset({"—", "–", "-", "--", "---", ":", "("})


def place_root(token: Token, words: PlaceWords) -> Token:
    """Climb from a name to the noun phrase it heads ("the Kharkiv region", "city of Aleppo",
    "the capital, Kabul")."""
    if token.dep_ in {"compound", "appos"} and token.head.lower_ in words.place_head:
        return token.head  # "the Kharkiv region", "the capital, Kabul"
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        owner = token.head.head
        return owner if owner.lower_ in words.place_head else token
    return token


def dateline(sentence: Span, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """Return the dateline that opens a sentence: a place in capitals before a dash, colon or
    "(AP)" ("LYDFORD — The council ..."), which the model rarely tags."""
    end = sentence.start
    while end < sentence.end and end - sentence.start < 3 and sentence.doc[end].is_upper \
            and sentence.doc[end].is_alpha:
        end += 1
    if end == sentence.start or end >= sentence.end or sentence.doc[end].text not in DATELINE_MARKS:
        return []
    span = sentence.doc[sentence.start:end]
    if any(token.i in taken for token in span) or not gazetteer.candidates(span.text):
        return []
    return [span]


def _place_names(ents: tuple[Span, ...]) -> frozenset[str]:
    """Return the names the model tags as a place somewhere in the article.

    One name keeps one sense within an article, while the small model's label for it
    changes with the words around it ("Alexandria" a person here, a town there).
    """
    return frozenset(ent.text.casefold() for ent in ents if ent.label_ in {"GPE", "LOC"})


def article_place_names(doc: Doc, gazetteer: Gazetteer) -> frozenset[str]:
    """Return the names the article uses as a place anywhere: tagged one, in a place's slot
    ("in X", "near X", "the city of X"), followed by its own state ("Grovetown, Ga.") or a
    dateline.

    One name keeps one sense within an article: a town the dateline or "in X" shows is a place
    stays one where the small model calls it a person or a firm.
    """
    ents = doc.ents  # built anew on each access
    found = set(_place_names(ents))
    sentences = doc.sents if doc.has_annotation("SENT_START") else (doc[:],)
    for sentence in sentences:
        found.update(span.text.casefold() for span in dateline(sentence, gazetteer, set()))
    slots = gazetteer.words.slot
    untagged = (doc[i : i + 1] for i in _untagged_proper_nouns(doc))
    for name in (*(ent for ent in ents if ent.label_ in RELABELLED), *untagged):
        if len(name) > 3:
            continue
        root = place_root(name.root, gazetteer.words)
        in_slot = root != name.root or (root.dep_ == "pobj" and root.head.lower_ in slots)
        # "in the Madrid Conference" puts no place in the slot
        if (in_slot and gazetteer.knows_by_name(name.text)) or _before_its_state(name, gazetteer):
            found.add(name.text.casefold())
    return frozenset(found)


def _untagged_proper_nouns(doc: Doc) -> list[int]:
    """Return the proper nouns outside any entity, read as numbers from the doc's arrays at once:
    not as a Token for every word of the article, nor as a row list per word."""
    if not len(doc):
        return []
    columns = doc.to_array([POS, ENT_TYPE])
    return np.flatnonzero((columns[:, 0] == PROPN) & (columns[:, 1] == 0)).tolist()


def _before_its_state(name: Span, gazetteer: Gazetteer) -> bool:
    """Tell whether a name is followed by a comma and a state or province that holds a town
    or county of that name ("Grovetown, Ga.", "Lore City, Ohio"): news qualifies a small
    place so, and the model often calls the place a firm."""
    doc, start = name.doc, name.end + 1
    if start >= len(doc) or doc[name.end].text != ",":
        return False
    towns = {entry.admin1 for entry in gazetteer.candidates(name.text)
             if entry.kind in {"city", "admin2"} and entry.admin1}
    for size in (1, 2, 3):
        if not towns or start + size > len(doc) or not doc[start + size - 1].text[:1].isupper():
            return False
        state = doc[start : start + size].text
        if any(entry.kind in {"admin1", "province"} and entry.name in towns
               for entry in gazetteer.candidates(state)):
            return True
    return False


def person_names(doc: Doc) -> frozenset[str]:
    """Return the surnames of the people the article names in full ("Ann Perry").

    News names a person in full once and by surname after; "Perry" is then that person,
    however many towns are called so and whatever the model tags it there. Only the last
    word counts: the model runs a town into the name that follows it ("Alexandria Mayor
    Ann Perry").
    """
    return frozenset(ent[-1].text.casefold() for ent in doc.ents
                     if ent.label_ == "PERSON" and len(ent) > 1)


def is_person(span: Span, people: frozenset[str]) -> bool:
    """Tell whether a one-word name the model did not tag a place here is a person's name."""
    return len(span) == 1 and span[0].ent_type_ not in PLACE_LABELS and (
        span.text.casefold() in people)
