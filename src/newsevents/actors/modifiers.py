"""Actors, modifiers: the title and modifier words before a name or agent noun ("French Defense
Minister X", "Kharkiv police"), split into the countries, the named body and the title they give.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.actors.candidates import ALLEGIANCE_CUES, ETHNIC_CUES, Context, sponsor_of
from newsevents.annotate import is_result_state
from newsevents.dictionaries import FORMER_WORDS, Entry


def title_start(context: Context, ent: Span) -> int:
    """Return where the title before a name begins: "French Defense Minister X"."""
    doc = context.doc
    start = modifier_start(doc, ent.start, ent.root)
    if start < ent.start or ent.start == 0 or doc[ent.start - 1].ent_type_:
        return start
    # "his Russian counterpart Sergey Shoigu", "state news agency TASS": the parser makes the
    # title noun the head (apposition) or a sibling, not a modifier of the name.
    head = doc[ent.start - 1]
    if head.pos_ == "NOUN" and (ent.root.head == head or context.dictionary.term([head.text])):
        start = min(modifier_start(doc, head.i + 1, head), head.i)
    return start


_STOPS = frozenset({"DET", "PRON", "CCONJ", "NUM", "VERB", "AUX", "SCONJ", "INTJ"})
# An adverb before a name ends its title ("Hours earlier Maduro said"), except one dating the
# office ("then-president X", "now Defence Minister X").
_TITLE_ADVERBS = frozenset({"then", "now", "once"})


def modifier_start(doc: Doc, start: int, head: Token) -> int:
    """Return where the modifiers of head that end just before doc[start] begin."""
    left_edge = head.left_edge.i
    while start - 1 >= left_edge:
        token = doc[start - 1]
        # "ousted president X": a participle saying the office is past is part of the title
        stop = token.pos_ in _STOPS and token.lower_ not in FORMER_WORDS
        if token.is_punct and not _joins_word(doc, token) or stop:
            break
        if token.pos_ == "ADV" and token.lower_ not in _TITLE_ADVERBS:
            break
        if token.ent_type_ == "PERSON" or token.dep_ in ("appos", "relcl"):
            break
        if is_result_state(token):
            break  # "shot dead Ahmed Saleh": no title
        start -= 1
    return start


def _joins_word(doc: Doc, token: Token) -> bool:
    # "Secretary-General", "vice-president": a hyphen inside one word does not end the title.
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[
        token.i - 1
    ].whitespace_


def read_modifiers(
    context: Context, indices, ent_of: dict[int, Span] | None = None
) -> tuple[list[str], Entry | None, list[Token]]:
    """Split modifier tokens into countries, a named non-state entry and title words."""
    doc, dictionary = context.doc, context.dictionary
    ent_of = context.ent_of if ent_of is None else ent_of
    countries: list[str] = []
    named, title = None, []
    for i in indices:
        token = doc[i]
        ent = ent_of.get(i)
        if token.dep_ == "case" or token.text in ("'s", "\u2019s") or sponsor_of(token):
            continue
        if ent is not None and is_allegiance(doc, ent):
            continue
        if ent is not None and ent.label_ == "NORP":
            if not is_ethnic(doc, ent.start):
                _add(countries, dictionary.demonym(ent.text) or context.place_country(ent))
            continue
        if token.lower_ in ETHNIC_CUES:
            continue
        entry = context.entry_for(ent) if ent is not None and ent.label_ != "PERSON" else None
        if entry is not None and entry.kind != "person":
            if entry.table == "countries" or not countries:
                # "supporters of Armenia's Democratic Party": a state before a listed body's
                # name says whose that body is, whatever state the list gives the name
                _add(countries, entry.country)
            if entry.table != "countries":
                named = named or entry
            continue
        if ent is not None and entry is None and (place := context.place_country(ent)):
            _add(countries, place)  # "Kharkiv police", "Texas Governor X"
            continue
        if token.pos_ != "CCONJ":
            title.append(token)
    return countries, named, title


def is_allegiance(doc: Doc, ent: Span) -> bool:
    """Tell whether a name is the side someone takes: "pro-Russian", "anti-Moscow"."""
    if len(ent) > 2 and ent[0].lower_ in ALLEGIANCE_CUES and ent[1].text == "-":
        return True
    start = ent.start
    return start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ALLEGIANCE_CUES


def is_ethnic(doc: Doc, start: int) -> bool:
    """Tell whether the demonym at start names an ethnicity, not a state: "ethnic Serbs"."""
    return start > 0 and doc[start - 1].lower_ in ETHNIC_CUES


def _add(countries: list[str], country: str | None) -> None:
    if country is not None and country not in countries:
        countries.append(country)
