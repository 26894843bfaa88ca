"""Actors, scenes of force: where armed force struck, and whose civilians it struck there.

A town shelled, bombed or attacked stands for the civilians living there ("Russia shelled
Kharkiv" targets Ukraine's civilians), as "shelled villages" do in the sector table. Civilians,
victims and crowds of no stated country take the country of the one place their clause names
("villagers near Kandahar were killed"), and a later "the attack" is the attack named before
it, with its place ("the attack, which killed ..."). Reads the candidates and the places
`named` found (force words from the sector table, towns from the gazetteer); fills in countries.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.candidates import (
    DEFINITE,
    ENTITY_LABELS,
    SITE_PREPOSITIONS,
    Candidate,
    Context,
    compound_start,
    span_text,
)
from newsevents.annotate import is_stray_object
from newsevents.places.gazetteer import INNER_MIN_POPULATION

# "the attack on Odesa", "strikes against Kharkiv", "shot at Kherson", "rockets fired into
# Sderot"; "of" only after a noun ("the shelling of Kharkiv", "the siege of Mariupol"): after a
# verb it says something else ("accused of").
STRUCK_PREPOSITIONS = frozenset({"on", "onto", "against", "at", "into", "toward", "towards"})
STRUCK_NOUN_PREPOSITIONS = STRUCK_PREPOSITIONS | {"of"}
# a name the NER took for a person or a body stands for a town only when the town is big
NAMED_TOWN_MIN_POPULATION = 100_000
# ... for a body a well-known town will do ("Russia shelled Bakhmut", tagged ORG), where many
# surnames are the names of towns of that size
BODY_TOWN_MIN_POPULATION = INNER_MIN_POPULATION
# the clause of a civilian runs on through these: "killing 12 civilians" hangs from "struck"
CLAUSE_LINKS = frozenset({"advcl", "xcomp"})
# ... and stops at these: "and" joins another event, a saying verb's content is another scene
OTHER_CLAUSES = frozenset({"conj", "ccomp", "parataxis"})
PEOPLE_SECTORS = frozenset({"CVL"})
# entities the named readers read as actors or places; a facility's name is neither
READ_LABELS = ENTITY_LABELS - {"FAC"}


def place_scenes(context: Context, candidates: list[Candidate], places: list[Candidate]) -> None:
    """Mark struck towns as civilians of their country; place civilians at their clause's scene.

    Struck towns join `candidates` (kept in text order); civilians with no country of their
    own get the country of the one place in their clause (basis "place"), or of the attack
    they belong to (basis "scene").
    """
    doc = context.doc
    _read_town_names(context, candidates)
    struck = [found for found in places if found.country and is_struck(context, doc[found.head])]
    taken = {i for found in candidates for i in range(found.start, found.end)}
    for found in struck:
        if not any(i in taken for i in range(found.start, found.end)):
            _as_civilians(found, found.country, "gazetteer")
            candidates.append(found)
    taken |= {i for found in places for i in range(found.start, found.end)}
    candidates += _read_unnamed_towns(context, taken)
    candidates += _read_struck_facilities(context, taken)
    for found in candidates:
        if _is_unlisted_name(found) and is_struck(context, doc[found.head]):
            person = found.kind == "person"
            least = NAMED_TOWN_MIN_POPULATION if person else BODY_TOWN_MIN_POPULATION
            town = context.town_country(found.name, least, named=False)
            if town is not None:
                _as_civilians(found, town, "gazetteer")
    candidates.sort(key=lambda found: (found.start, found.end))
    sites = _site_countries(context, candidates, places)
    scenes = read_scenes(context, sites)
    for found in candidates:
        if found.country is None and found.head >= 0:
            _place_candidate(context, found, sites, scenes)


def _read_town_names(context: Context, candidates: list[Candidate]) -> None:
    # "the village of Kivsharivka", "the town of Dapchi": the name after a settlement noun is
    # a town whatever the NER took it for, even a small one in a country the article names.
    doc = context.doc
    owner = {i: found for found in candidates for i in range(found.start, found.end)}
    named: set[int] = set()
    for found in candidates:
        if not _is_settlement(found) or id(found) in named:
            continue
        root = doc[found.head]
        of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is None or obj.pos_ != "PROPN":
            continue
        start = compound_start(obj)
        town = context.town_country(span_text(doc[start : obj.i + 1]))
        if town is None:
            continue
        found.country, found.basis, found.end = town, "gazetteer", max(found.end, obj.i + 1)
        named.update(id(other) for i in range(start, obj.i + 1) if (other := owner.get(i))
                     and other is not found)  # fmt: skip
    candidates[:] = [found for found in candidates if id(found) not in named]


def _is_settlement(found: Candidate) -> bool:
    # a village, town or hamlet (a site standing for its civilians), not yet placed by a name
    term = found.term
    site = term is not None and term.cls == "site" and "CVL" in term.sectors
    return site and found.kind == "agent" and found.head >= 0 and found.basis != "dictionary"


def _read_unnamed_towns(context: Context, taken: set[int]) -> list[Candidate]:
    # "shelled Aleppo" with no entity on Aleppo (or one the NER took for a title, a work or a
    # facility, which the named readers drop: the small model tags many towns FAC, "shelled
    # Kharkiv"): a proper noun struck is a town when a big town has that name.
    # A name the tagger took for an adverb ("bombarded Bakhmut overnight") is no person's
    # either: a well-known town will do, as for a body.
    found = []
    for token in context.words("PROPN", "ADV"):
        if token.i in taken or token.ent_type_ in READ_LABELS:
            continue
        stray = token.pos_ == "ADV"
        if (stray and not is_stray_object(token)) or not is_struck(context, token):
            continue
        start = compound_start(token)
        name = span_text(context.doc[start : token.i + 1])
        least = BODY_TOWN_MIN_POPULATION if stray else NAMED_TOWN_MIN_POPULATION
        town = context.town_country(name, least, named=False)
        if town is not None and not any(i in taken for i in range(start, token.i + 1)):
            candidate = Candidate(start, token.i + 1, "agent", name, head=token.i)
            _as_civilians(candidate, town, "gazetteer")
            found.append(candidate)
    return found


def _read_struck_facilities(context: Context, taken: set[int]) -> list[Candidate]:
    # "shelled energy facilities in Kharkiv": a facility struck stands for the people of its
    # place, or for the body named before it ("military facilities" are the army's).
    doc, dictionary = context.doc, context.dictionary
    found = []
    for token in context.words("NOUN"):
        term = dictionary.struck(token.lemma_)
        if term is None or token.i in taken or not is_struck(context, token):
            continue
        start = token.left_edge.i
        if any(i in taken for i in range(start, token.i)):
            continue  # "Hezbollah facilities": the named body is what was struck
        while start < token.i and doc[start].pos_ in ("DET", "PRON", "NUM"):
            start += 1
        words = [t.text for t in doc[start : token.i + 1]]
        sectors = dictionary.sectors_for(words[:-1]) or term.sectors
        candidate = Candidate(start, token.i + 1, "agent", span_text(doc[start : token.i + 1]),
                              None, sectors, basis="article", head=token.i, term=term)  # fmt: skip
        found.append(candidate)
        taken.update(range(start, token.i + 1))
    return found


def is_struck(context: Context, token: Token) -> bool:
    """Tell whether force struck the token: a force verb's object, or "the attack on X"."""
    token = _first_conjunct(token)  # "shelled Kharkiv and Odesa"
    head, force = token.head, context.dictionary.force
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in context.kind_words():
        return is_struck(context, head.head)  # "shelled the eastern city of X": the city's name
    if token.dep_ in ("dobj", "nsubjpass") or is_stray_object(token):  # "shelled Bakhmut"
        return head.pos_ == "VERB" and force(head.lemma_) is not None
    if token.dep_ == "compound":  # "the Kharkiv shelling"
        return head.pos_ == "NOUN" and force(head.lemma_) is not None
    if token.dep_ != "pobj" or head.lower_ not in STRUCK_NOUN_PREPOSITIONS:
        return False
    word = head.head
    if word.pos_ == "NOUN":
        return force(word.lemma_) is not None
    if head.lower_ not in STRUCK_PREPOSITIONS or word.pos_ != "VERB":
        return False
    # "shot at X"; "fired rockets at X", "launched an offensive against X": the verb's object
    # is the force, and the phrase hangs on the verb; "rockets slammed into X": its subject
    objects = [child for child in word.children if child.dep_ in ("dobj", "nsubj")]
    return any(force(t.lemma_) is not None for t in [word, *objects])


def read_scenes(context: Context, sites: dict[int, str]) -> dict[int, str]:
    """Return the country struck by each force noun and verb whose phrase names one place.

    A definite force noun that names no place ("the attack", "the Crocus attack") is the
    attack told of before it, and takes its place. Keys are token indices.
    """
    scenes: dict[int, str] = {}
    last: str | None = None
    for token in context.words("NOUN", "VERB"):
        if context.dictionary.force(token.lemma_) is None:
            continue
        country = _one_country(sites, _phrase(token))
        if country is None and _is_definite(token):
            country = last
        if country is not None:
            scenes[token.i] = last = country
    return scenes


def _site_countries(
    context: Context, candidates: list[Candidate], places: list[Candidate]
) -> dict[int, str]:
    # The places a clause may be set in, by token: towns and sites, struck towns, and states
    # named as where ("in Lebanon") or as what was struck ("Israel struck Lebanon").
    sites = {found.head: found.country for found in places if found.country and found.head >= 0}
    for found in candidates:
        if found.country is None or found.head < 0:
            continue
        token = context.doc[found.head]
        placed = token.dep_ == "pobj" and token.head.lower_ in SITE_PREPOSITIONS
        if (
            found.basis == "gazetteer"
            or found.kind == "state"
            and (placed or is_struck(context, token))
        ):
            sites[found.head] = found.country
    return sites


def _place_candidate(
    context: Context, found: Candidate, sites: dict[int, str], scenes: dict[int, str]
) -> None:
    token = context.doc[found.head]
    if _is_unlisted_name(found) and is_struck(context, token):
        # "the attack on X" with X no town: a site of the attack told of before
        scene = scenes.get(_force_word(token).i)
        if scene is not None:
            _as_civilians(found, scene, "scene")
        return
    if _is_site(found):
        _place_site(context, found, sites)
        return
    if found.kind != "agent" or found.foreign or not set(found.sectors) & PEOPLE_SECTORS:
        return
    verb = _clause_verb(token)
    country = _one_country(sites, _clause(verb))
    basis = "place"
    if country is None:
        country, basis = _scene_country(verb, scenes), "scene"
    if country is not None:
        found.country, found.basis = country, basis


def _place_site(context: Context, found: Candidate, sites: dict[int, str]) -> None:
    # "militant positions near Idlib", "army bases in Darfur": a site is where its place says,
    # and stands for that country's force or people (as "rebel bases in Darfur" are Sudan's).
    root = context.doc[found.head]
    # "bombed positions near Mosul": the place of the strike is where the struck site is
    verb = root.head if root.dep_ == "dobj" and is_struck(context, root) else root
    for prep in [*root.rights, *(verb.rights if verb.i != root.i else ())]:
        if prep.dep_ != "prep" or prep.lower_ not in SITE_PREPOSITIONS:
            continue
        for obj in prep.children:
            # "in the Kharkiv region": the place may be a word of the object's phrase
            country = _one_country(sites, list(obj.subtree)) if obj.dep_ == "pobj" else None
            if country is None and obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                name = span_text(context.doc[compound_start(obj) : obj.i + 1])
                country = context.town_country(name, NAMED_TOWN_MIN_POPULATION, named=False)
            if country is not None:
                found.country, found.basis = country, "place"
                sites[found.head] = country  # the scene of the civilians after it
                return


def _is_site(found: Candidate) -> bool:
    return found.kind == "agent" and found.term is not None and found.term.cls in ("site", "struck")


def _scene_country(verb: Token, scenes: dict[int, str]) -> str | None:
    # "the attack, which killed over 140 people"; "the bombing killed 12 civilians"
    tokens = [verb.head] if verb.dep_ in ("relcl", "acl") else []
    return _one_country(scenes, tokens + _clause(verb))


def _clause_verb(token: Token) -> Token:
    # the verb the mention hangs from, then up through "killing ...", "to flee ..."
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    while token.dep_ in CLAUSE_LINKS and token.head.i != token.i:
        token = token.head
    return token


def _clause(verb: Token) -> list[Token]:
    """Return the tokens of a clause, without the clauses joined to it by "and" or said in it."""
    found, stack = [], [verb]
    while stack:
        token = stack.pop()
        found.append(token)
        for child in token.children:
            other = child.dep_ in OTHER_CLAUSES and child.pos_ in ("VERB", "AUX")
            if not other:
                stack.append(child)
    return found


def _phrase(token: Token) -> list[Token]:
    # a force noun's own phrase ("the shooting at the hall outside Moscow"); a verb's clause
    return list(token.subtree) if token.pos_ == "NOUN" else _clause(token)


def _one_country(sites: dict[int, str], tokens: list[Token]) -> str | None:
    countries = {sites[t.i] for t in tokens if t.i in sites}
    return countries.pop() if len(countries) == 1 else None


def _is_definite(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ in DEFINITE for child in token.children
    )


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _force_word(token: Token) -> Token:
    token = _first_conjunct(token)
    return token.head if token.dep_ == "compound" else token.head.head


def _is_unlisted_name(found: Candidate) -> bool:
    # a name neither the dictionary nor a title placed: a person or body read from the NER
    unlisted = found.kind == "agent" and found.basis == "" and found.country is None
    return unlisted or found.kind == "person" and found.basis == "name" and not found.role


def _as_civilians(found: Candidate, country: str, basis: str) -> None:
    found.kind, found.country, found.sectors, found.basis = "agent", country, ("CVL",), basis
    found.role, found.ident, found.guessed = None, "", False
