"""Actors, names: mend entity spans the NER or the entity ruler cut short or ran over.

"The Earth Liberation Front" comes out of the NER as "The Earth" plus the ruler's "Liberation"
(a newspaper); "The Government of" stops before "Eritrea"; the ruler finds "America" in "Latin
America". Names are mended once per doc, before any reader looks at them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsevents.annotate import DASHES
from newsevents.dictionaries import ActorDictionary, Entry, normalize

Parts = dict[tuple[int, int], list[Span]]


def mend_names(doc: Doc, dictionary: ActorDictionary) -> tuple[list[Span], Parts]:
    """Return the doc's entities with names mended (and agent nouns the NER took for names
    dropped), and the entities each mended name replaced."""
    spans: list[Span] = []
    parts: Parts = {}
    for ent in doc.ents:
        if _is_capitalised_agent_noun(doc, dictionary, ent):
            continue  # "Guerrillas near X shot down ...": a sentence's first word, no name
        if spans and ent.start < spans[-1].end:
            parts[spans[-1].start, spans[-1].end].append(ent)
            continue  # a fragment inside a name already stretched
        mended = _mend(doc, dictionary, ent)
        if mended is not ent:
            parts[mended.start, mended.end] = [ent]
        if spans and mended.start < spans[-1].end:  # "Latin" + "American": one adjective
            parts[mended.start, mended.end].insert(0, spans.pop())
        spans.append(mended)
    return spans, parts


def _mend(doc: Doc, dictionary: ActorDictionary, ent: Span) -> Span:
    if ent.label_ == "ORG" and len(ent) > 1 and doc[ent.end - 1].lower_ == "of":
        # "The Government of" + "Eritrea": the "of" phrase gives the agent noun its country.
        return Span(doc, ent.start, ent.end - 1, label="ORG")
    if ent.label_ == "ORG" and (end := _name_end(doc, ent)) > ent.end:
        return Span(doc, ent.start, end, label="ORG")
    if ent.label_ in ("GPE", "LOC") and _named_before(doc, dictionary, ent):
        return Span(doc, ent.start - 1, ent.end, label="LOC")  # a region the dictionary lacks
    if ent.label_ == "NORP" and _is_regional(doc, dictionary, ent):
        return Span(doc, ent.start - 1, ent.end, label="NORP")  # "Latin American": no state's
    if ent.label_ == "PERSON" and (dash := _last_spaced_dash(ent)) is not None:
        return Span(doc, dash + 1, ent.end, label="PERSON")  # '"Weak - Rubio - weak"': Rubio
    return ent


def _is_capitalised_agent_noun(doc: Doc, dictionary: ActorDictionary, ent: Span) -> bool:
    # The small model tags a plural agent noun that opens a sentence as a name ("Guerrillas",
    # "Militants"); one the dictionary lists as no name of its own is the noun it is.
    word = doc[ent.start]
    if len(ent) != 1 or not word.is_sent_start or word.tag_ not in ("NNP", "NNPS", "NNS"):
        return False
    term = dictionary.term([word.lower_])
    return term is not None and term.cls != "anaphor" and dictionary.lookup(word.text) is None


def _is_regional(doc: Doc, dictionary: ActorDictionary, ent: Span) -> bool:
    # A region word before a demonym makes a region's adjective ("South American leaders"),
    # unless the two name a state's people ("South African", "Central African").
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None or not before.is_title or not dictionary.is_region_word(before.text):
        return False
    return dictionary.demonym(f"{before.text} {ent.text}") is None


def _last_spaced_dash(ent: Span) -> int | None:
    # A dash with a space beside it parts words; a name holds only a bare hyphen ("Jean-Luc").
    dashes = [t.i for t in ent[:-1] if t.text in DASHES
              and (t.whitespace_ or t.i > 0 and t.doc[t.i - 1].whitespace_)]
    return dashes[-1] if dashes else None


def _name_end(doc: Doc, ent: Span) -> int:
    # Follow compounds to a capitalised head beyond the entity: "National" -> "Council".
    token = doc[ent.end - 1]
    while token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "PROPN":
        between = doc[token.i + 1 : token.head.i + 1]
        if any(t.pos_ != "PROPN" or t.ent_type_ not in ("", "ORG") for t in between):
            break
        token = token.head
    return max(ent.end, token.i + 1)


def _named_before(doc: Doc, dictionary: ActorDictionary, ent: Span) -> bool:
    # A capitalised word compounded onto a state's other name makes another place: "Latin
    # America", "New England". Onto its own name or capital it makes a part of it: "West
    # Germany", "South Lebanon", "East Jerusalem" stay the state's.
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.pos_ != "PROPN" or before.dep_ != "compound":
        return False
    if before.ent_type_ not in ("", ent.label_) or not ent.start <= before.head.i < ent.end:
        return False
    entry = dictionary.lookup(ent.text)
    if entry is None or entry.table != "countries":
        return False
    # Only other names: a capital is not embedded this way ("East Jerusalem" is Jerusalem).
    if normalize(ent.text) not in {normalize(alias) for alias in entry.aliases}:
        return False
    return dictionary.lookup(f"{before.text} {ent.text}") is None


def entry_of_mended(dictionary: ActorDictionary, name: Span, parts: list[Span]) -> Entry | None:
    """Return the entry of a mended name: listed whole, or owned by the acronym or armed group
    it opens with ("BBC World Service", "Hamas Political Bureau"); else None."""
    entry = dictionary.lookup(name.text)
    first = parts[0]
    if entry is not None or first.start != name.start or first.end >= name.end:
        return entry
    entry = dictionary.lookup(first.text)
    owner = entry is not None and (first.text.isupper() or entry.kind == "group")
    return entry if owner else None
