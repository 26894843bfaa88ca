"""Actors, spans: stretch each candidate over the whole noun phrase that names the actor.

Span convention: a mention covers the whole noun phrase that names the actor — its article or
quantity ("the", "at least 12", "dozens of"), a possessor state or organisation ("Chile's
government"), a title before the name even across a comma ("Kenyan Foreign Minister, Amina X"),
an apposition giving a person's role ("X, an army spokesman"), an "of/in/from" phrase naming a
place or body ("the government of Peru", "a court in Lima") and a bracketed abbreviation
("the Ghana Armed Forces (GAF)"). Relative clauses outside an apposition and coordinations stay
out: "Serbian army and special police troops" are two mentions that share the country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.candidates import Candidate
from newsevents.actors.named import body_sectors

SPAN_DEPS = frozenset({"det", "predet", "nummod", "quantmod"})
PRECONJUNCTIONS = frozenset({"both", "either", "neither"})
NAMED_KINDS = frozenset({"state", "igo", "group", "media"})
PP_WORDS = frozenset({"of", "in", "from"})
PLACE_OR_BODY = frozenset({"GPE", "LOC", "ORG"})
# sectors of an agent noun that says nobody sent them: monitors, observers, aid workers
INDEPENDENT = frozenset({"NGO"})


def widen_spans(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Stretch every mention over its whole noun phrase, absorbing possessors and abbreviations."""
    owner = {i: c for c in candidates for i in range(c.start, c.end)}
    absorbed: set[int] = set()
    for found in candidates:
        if found.kind == "pronoun" or id(found) in absorbed:
            continue
        parts = _absorb_title(doc, found, owner), _widen_left(doc, found, owner)
        for part in (*parts, _widen_right(doc, found, owner)):
            for other in part:
                # mention_at relies on mentions never overlapping: cover all of what is taken.
                found.start, found.end = min(found.start, other.start), max(found.end, other.end)
                absorbed.add(id(other))
                owner.update(dict.fromkeys(range(other.start, other.end), found))
        owner.update(dict.fromkeys(range(found.start, found.end), found))
    kept = [c for c in candidates if id(c) not in absorbed]
    share_countries(doc, kept)
    return kept


def share_countries(doc: Doc, candidates: list[Candidate]) -> None:
    """Give "Serbian army and police" one country: the adjective covers both conjuncts."""
    owner = {i: c for c in candidates for i in range(c.start, c.end)}
    for found in candidates:
        if found.kind != "agent" or found.country is not None or found.head < 0:
            continue
        root = doc[found.head]
        first = owner.get(root.head.i) if root.dep_ == "conj" else None
        if first is not None and first.kind == "agent" and first.basis == "modifier":
            found.country, found.basis = first.country, "modifier"


def _inside(found: Candidate, token: Token) -> bool:
    return found.start <= token.i < found.end


def _widen_left(doc: Doc, found: Candidate, owner: dict) -> list[Candidate]:
    absorbed = []
    while found.start > 0:
        token = doc[found.start - 1]
        other = owner.get(token.i)
        if token.dep_ == "case" and token.lower_ in ("'s", "\u2019s", "'"):
            possessor = owner.get(token.head.i)
            if possessor is None or not _owns(possessor, found):
                break
            root = doc[possessor.start : possessor.end].root
            if possessor.end != token.i or not _inside(found, root.head):
                break
            found.start = possessor.start
            _take_country(found, possessor)
            absorbed.append(possessor)
        elif other is None and token.dep_ in SPAN_DEPS and _inside(found, token.head) and not (
            _opens_coordination(token)
        ):
            left = token.left_edge.i
            clear = all(i not in owner for i in range(left, token.i))
            found.start = left if clear and token.dep_ == "nummod" else token.i
        elif other is None and token.lower_ == "of" and _is_quantity(token.head, token):
            found.start = token.head.i  # "dozens of protesters", then "the" before it
        else:
            break
    return absorbed


def _owns(possessor: Candidate, found: Candidate) -> bool:
    # "Chile's government", "Hamas's fighters"; a person owns only a body or an office
    # ("Trump's administration", "the governor's office" act for that official's state).
    if possessor.kind in NAMED_KINDS:
        return True
    is_org = found.kind == "agent" and found.term is not None and found.term.cls == "org"
    return is_org and possessor.kind in ("person", "title")


def _is_quantity(noun: Token, of: Token) -> bool:
    # "dozens", "hundreds", "thousands" are tagged as numbers by the NER, not as nummod.
    return noun.i == of.i - 1 and (noun.ent_type_ == "CARDINAL" or noun.like_num)


def _opens_coordination(token: Token) -> bool:
    # "Both India and Pakistan": "both" belongs to the coordination, not to its first conjunct
    # (the parser makes it India's determiner as often as a preconjunction).
    return token.lower_ in PRECONJUNCTIONS and any(c.dep_ == "conj" for c in token.head.children)


def _absorb_title(doc: Doc, found: Candidate, owner: dict) -> list[Candidate]:
    # "Kenyan Foreign Minister, Amina Odhiambo": the name is an apposition of the title noun.
    # "Chile's Foreign Minister Rosa Vidal": the title noun heads the name or is compound to it.
    if found.kind != "person" or found.start < 1:
        return []
    comma = doc[found.start - 1].text == ","
    title = owner.get(found.start - 2 if comma else found.start - 1)
    name = doc[found.start : found.end].root
    if comma and name.dep_ == "appos" and not _is_title(title):
        title = _title_with_complement(doc, name.head, owner, found.start - 1)
    elif _is_title(title):
        linked = _inside(title, name.head) or found.start <= doc[title.head].head.i < found.end
        title = title if linked and (not comma or name.dep_ == "appos") else None
    else:  # "Chad, Defence Minister X said": a place or body before a comma is no title
        title = None
    if title is None:
        return []
    inner = list({id(c): c for i in range(title.end, found.start) if (c := owner.get(i))}.values())
    found.role = found.role or title.name
    found.sectors = found.sectors or title.sectors
    found.start = title.start
    _take_country(found, title)
    inner = [c for c in inner if c is not found and c is not title]
    for body in inner:  # "a spokesman for the Taliban" speaks for the Taliban
        prep = doc[body.head].head if body.head >= 0 else None
        if body.kind in ("group", "igo") and prep is not None and prep.lower_ in ("for", "of"):
            found.sectors = body_sectors(body.kind, body.sectors, found.sectors)
            found.country = body.country or found.country
    if found.basis == "name" and found.country is not None:
        found.basis = "title"
    return [title, *inner]


def _is_title(candidate: Candidate | None) -> bool:
    return candidate is not None and candidate.term is not None and candidate.term.cls == "title"


def _title_with_complement(doc: Doc, head: Token, owner: dict, comma: int) -> Candidate | None:
    # "Bulgaria's Minister for Foreign Affairs, Ekaterina X", "a spokesman for the Taliban,
    # Zabihullah X": the title's phrase runs up to the comma before the name, and a mention
    # inside it ("the Taliban") is part of the title.
    title = next((owner.get(t.i) for t in (head, *list(head.ancestors)[:3])
                  if _is_title(owner.get(t.i))), None)  # fmt: skip
    if title is None or title.head < 0 or title.end > comma:
        return None
    root = doc[title.head]
    if not all(root.is_ancestor(doc[i]) for i in range(title.end, comma)):
        return None
    return title


def _widen_right(doc: Doc, found: Candidate, owner: dict) -> list[Candidate]:
    if found.tail > found.end:  # "X, an army spokesman": the role is part of the mention
        inside = {id(c): c for i in range(found.end, found.tail) if (c := owner.get(i))}
        found.end = found.tail
        return [c for c in inside.values() if c is not found]
    end = found.end
    opened = [text for i in range(found.start, end) if (text := doc[i].text) in "()"]
    if end < len(doc) and doc[end].text == ")" and opened[-1:] == ["("]:
        found.end = end + 1  # the NER stopped inside the bracket: "The Foreign Office (FO"
        found.name = found.name.split("(")[0].strip() or found.name
        return []
    if (
        end + 2 < len(doc)
        and (doc[end].text, doc[end + 2].text) == ("(", ")")
        and doc[end + 1].text.isupper()
    ):
        other = owner.get(end + 1)
        found.end = end + 3
        if other is None or other is found:
            return []
        if _is_unlisted_body(found) and other.basis == "dictionary" and other.kind in NAMED_KINDS:
            _named_as(found, other)  # "the Association of South East Asian Nations (ASEAN)"
        return [other]
    if found.kind not in ("agent", "title") or end >= len(doc) or doc[end].lower_ not in PP_WORDS:
        return []
    objects = [child for child in doc[end].children if child.dep_ == "pobj"]
    if not _inside(found, doc[end].head) or not objects or not _names_one(doc, objects[0]):
        return []
    # "a court in Lima", "the government of Peru", "militants in northern Mali"
    found.end = _phrase_end(objects[0]) + 1
    inside = {id(c): c for i in range(end + 1, found.end) if (c := owner.get(i))}
    for other in inside.values():
        if other.kind == "igo" and found.kind == "agent" and set(found.sectors) <= INDEPENDENT:
            _sent_by(found, other)  # "monitors from the African Union" are the AU's
        _take_country(found, other)
        if doc[end].lower_ == "of" and other.kind == "group" and _is_title(found):
            # "members of Hamas", "officials of the ruling party": CAMEO codes them as the body
            found.sectors = body_sectors(other.kind, other.sectors, found.sectors)
    return [c for c in inside.values() if c is not found]


def _names_one(doc: Doc, obj: Token) -> bool:
    # The object is just a name with its article or a direction ("eastern Syria"), up to a
    # relative clause on it ("members of Boko Haram who laid siege to X").
    last = doc[_phrase_end(obj)]
    if obj.ent_type_ not in PLACE_OR_BODY or last.ent_type_ != obj.ent_type_:
        return False
    return all(
        t.pos_ in ("DET", "ADJ", "PROPN") or t.ent_iob_ == "I"
        for t in doc[obj.left_edge.i : last.i + 1]
    )


def _phrase_end(obj: Token) -> int:
    # the last word of a noun phrase before a relative clause on it
    kept = [child.right_edge.i for child in obj.rights if child.dep_ != "relcl"]
    return max([obj.i, *kept])


def _sent_by(found: Candidate, body: Candidate) -> None:
    # Observers or aid workers an international body sends act for it, as "AU observers" do:
    # the body's actor, the noun its role. "Independent" (NGO) held only while nobody sent them.
    found.role = found.name
    found.kind, found.name, found.ident = body.kind, body.name, body.ident
    found.sectors, found.basis = body.sectors, body.basis


def _is_unlisted_body(found: Candidate) -> bool:
    # a name the dictionary does not hold, its sectors from a word of it or the name model
    return found.kind == "agent" and found.basis in ("", "modifier") and found.head >= 0


def _named_as(found: Candidate, listed: Candidate) -> None:
    # A listed abbreviation in brackets after a name says which body the name is: a spelling
    # the dictionary lacks still names the body the abbreviation stands for.
    found.kind, found.name, found.ident = listed.kind, listed.name, listed.ident
    found.country, found.sectors, found.basis = listed.country, listed.sectors, listed.basis
    found.guessed = False


def _take_country(found: Candidate, other: Candidate) -> None:
    # "Chile's government", "the envoy of the UN": the named body tells whose actor it is.
    if found.country is None and other.country is not None:
        found.country = other.country
        found.basis = "modifier" if found.basis in ("", "article") else found.basis
    if other.kind == "igo" and found.country is None:
        found.sectors = tuple(dict.fromkeys((*other.sectors, *found.sectors)))
