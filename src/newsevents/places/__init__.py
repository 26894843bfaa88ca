"""Places stage: resolve toponyms offline against the gazetteer, all of an article's together,
and give each event the place its clause names (basis "text"), else the first place of its
sentence (basis "sentence").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from newsevents import dates
from newsevents.annotate import pos_numbers, sentence_start, text_of
from newsevents.events.casualties import VIOLENT_ROOTS  # assault, fight, mass violence
from newsevents.places.articlenames import (
    DATELINE_MARKS,
    PLACE_LABELS,
    RELABELLED,
    article_place_names,
    dateline,
    is_person,
    person_names,
    place_root,
)
from newsevents.places.coherence import article_focus
from newsevents.places.context import listed_division, qualifier_after
from newsevents.places.gazetteer import Gazetteer, is_well_known, load_gazetteer
from newsevents.places.index import Entry, normalize
from newsevents.places.sources import (
    PlaceWords,
    load_admin1,
    load_aliases,
    load_centroids,
    load_demonyms,
    load_divisions,
    load_features,
    load_place_words,
    load_regions,
)
from newsevents.records import Event, Place, amend

__all__ = [
    "Entry",
    "Gazetteer",
    "PlaceWords",
    "article_place_names",
    "load_admin1",
    "load_aliases",
    "load_centroids",
    "load_demonyms",
    "load_divisions",
    "load_features",
    "load_gazetteer",
    "load_place_words",
    "load_regions",
    "normalize",
    "person_names",
    "place_events",
]

NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                              "QUANTITY"})
FAMOUS_POPULATION = 100_000
PROPN = POS_IDS["PROPN"]  # as in doc arrays
NATIONAL_KINDS = frozenset({"demonym", "country", "region"})
NAMED_AFTER_PLACES = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})  # not people
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "appos"}
# an object is the event's target when it is a country ("attacked Ukraine"), its place when it
# is a town ("shelled Kharkiv")
OBJECT_DEPS = {"dobj", "dative"}
SET_APART_CLAUSES = frozenset({"ccomp", "relcl"})
DATELINE_REACH = 8  # tokens: "SAN JOSE, Costa Rica (AP) —"
# the finer a place, the likelier it is where an event happened: news sets the scene wide ("In
# X province, ...") and then names the town; a name no gazetteer holds is a village or a quarter
FINENESS = {"near": 0, "unresolved": 0, "city": 1, "admin2": 2, "feature": 2, "admin1": 3,
            "country": 4}


def _is_name_part(span: Span, words: PlaceWords) -> bool:
    """Tell whether a place name is part of an organisation's name ("Bank of England")."""
    root = span.root
    head = root.head
    if root.dep_ == "compound" and head.pos_ == "PROPN" and head.i >= span.end:
        # "Kabul Tuesday" dates the place, "the Idlib Governorate" names its kind
        return head.ent_type_ not in NOT_PLACE_LABELS and head.lower_ not in words.place_head
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = root.head.head
        return owner.is_title and owner.lower_ not in words.place_head
    return False


def _toponyms(
    sentence: Span, gazetteer: Gazetteer, geoparse: bool = False,
    known: frozenset[str] | None = None, people: frozenset[str] | None = None,
    ents: list[Span] | None = None, names: list[Token] | None = None,
) -> list[Span]:
    """Return the place names of a sentence: GPE/LOC/FAC entities, names the article tags as
    a place elsewhere or the gazetteer knows well, and located proper nouns.

    With `geoparse`, also what a geoparser counts and an event's place does not: nationalities
    ("Israeli") and the place inside an organisation's name ("the Ohio Department of Health").
    `known` are the article's place names (`article_place_names`) and `people` the words of its
    people's full names (`person_names`), when the caller has read them, and `ents` the
    sentence's entities (`Span.ents` rebuilds every entity of the document on each call), and
    `names` its proper nouns (`proper_nouns`).
    """
    words = gazetteer.words
    known = article_place_names(sentence.doc, gazetteer) if known is None else known
    people = person_names(sentence.doc) if people is None else people
    ents = sentence.ents if ents is None else ents
    found = [_without_possessive(ent) for ent in ents if ent.label_ in PLACE_LABELS or (
        geoparse and ent.label_ == "NORP" and _is_nationality(ent, gazetteer)) or (
        ent.label_ in RELABELLED and (ent.text.casefold() in known or _is_famous(ent, gazetteer)
                                      or (geoparse and _in_named_division(ent, gazetteer, known))
                                      or (not geoparse and _named_as_place(ent, words))))]
    if geoparse:
        found += _places_in_names(sentence, gazetteer, {token.i for s in found for token in s},
                                  known)
        found += dateline(sentence, gazetteer, {token.i for s in found for token in s})
    taken = {token.i for ent in found for token in ent}
    names = [token for token in sentence if token.pos_ == "PROPN"] if names is None else names
    for token in names:
        if token.i in taken or token.ent_type_ in NOT_PLACE_LABELS:
            continue  # "in May", "at Christmas" are times
        if not token.ent_type_ and token.text.casefold() in known:
            found.append(sentence.doc[token.i : token.i + 1])  # untagged here, a place there
            continue
        # the small model tags some towns as people, firms or languages; a lone proper noun
        # after "in/near/outside" is worth a gazetteer lookup
        root = place_root(token, words)
        located = root.dep_ == "pobj" and root.head.lower_ in words.locative
        located = located or root != token or _in_division_list(token, words)
        lone = token.ent_iob_ != "I" and (
            token.i + 1 >= sentence.end or token.nbor().ent_iob_ != "I"
        )
        if located and lone and (gazetteer.knows_by_name(token.text) or (
                not geoparse and root != token)):
            found.append(sentence.doc[token.i : token.i + 1])
    found = [span for span in found if not is_person(span, people)]
    kept = found if geoparse else [s for s in found if not _is_name_part(s, words)]
    return sorted(kept, key=lambda s: s.start)


def _named_as_place(ent: Span, words: PlaceWords) -> bool:
    """Tell whether the text names a name a place ("the village of X", "X province"), whatever
    the model tagged it: an event there happened there, though no gazetteer holds X."""
    return place_root(ent.root, words) != ent.root


def _in_division_list(token: Token, words: PlaceWords) -> bool:
    """Tell whether a name is one of a list before a plural division's kind ("Brown, Pope and
    Stevens counties", "the Sumy and Kharkiv regions"): each is a division, whatever the model
    calls it."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return (first.dep_ in {"nmod", "compound"} and first.head.i > token.i
            and first.head.lower_ in words.division_list)


def _in_named_division(ent: Span, gazetteer: Gazetteer, known: frozenset[str]) -> bool:
    """Tell whether a name the model tagged a firm or a person is, by its very name, a town in
    a state or province the article names ("Dalton" in a Georgia story): local news names
    small towns the model does not know."""
    if ent.label_ not in {"ORG", "PERSON"} or len(ent) > 2:
        return False
    key = normalize(ent.text)
    return any(entry.kind in {"city", "admin2"} and entry.admin1 and normalize(entry.name) == key
               and entry.admin1.casefold() in known for entry in gazetteer.candidates(ent.text))


def _is_nationality(ent: Span, gazetteer: Gazetteer) -> bool:
    """Tell whether a group's name stands for a country or a region ("Kenyan", "African"); a
    party's or a faith's ("Democrat", "Christian") only shares a town's name."""
    return any(entry.kind in NATIONAL_KINDS for entry in gazetteer.candidates(ent.text))


def _without_possessive(span: Span) -> Span:
    return span[:-1] if len(span) > 1 and span[-1].tag_ == "POS" else span


def _places_in_names(
    sentence: Span, gazetteer: Gazetteer, taken: set[int], known: frozenset[str] = frozenset(),
) -> list[Span]:
    """Return the first place named inside each organisation's or building's name, wherever
    it stands: "the Ohio Department of Health", "University of Ghana", "Air Zimbabwe",
    "British Airways" (a geoparser counts the country a nationality names)."""
    found = []
    for ent in sentence.ents:
        if ent.label_ not in NAMED_AFTER_PLACES or any(token.i in taken for token in ent):
            continue
        if ent[-1].lower_ in gazetteer.words.street:
            continue  # "Washington Drive" is a street anywhere but Washington
        first = ent.start + (ent[0].pos_ == "DET")
        for start in range(first, ent.end):
            # the whole name is not a place (else it would be one); a part of it may be
            last = ent.end - 1 if start == ent.start else ent.end
            part = _leading_place(sentence.doc[start:last], gazetteer, known)
            if part is not None:
                found.append(part)
                break
    return found


def _leading_place(span: Span, gazetteer: Gazetteer, known: frozenset[str]) -> Span | None:
    """Return the place that opens a run of words: a well-known one, a nationality's country,
    or one the article tags as a place elsewhere ("Brindlewick" beside "the Brindlewick Fire
    Station")."""
    for size in range(len(span), 0, -1):
        part = span[:size]
        if not all(token.pos_ in {"PROPN", "ADJ"} and token.text[:1].isupper() for token in part):
            continue
        if all(token.lower_ in gazetteer.words.generic for token in part):
            continue
        key = normalize(part.text)
        entries = gazetteer.candidates(part.text)
        if any(is_well_known(entry, key) or entry.kind == "demonym" for entry in entries) or (
                entries and part.text.casefold() in known):
            return part
    return None


def _is_famous(ent: Span, gazetteer: Gazetteer) -> bool:
    """Tell whether a name the model tagged otherwise is a country, a state or a big city.

    The small model calls many places firms or people ("Tamil Nadu", a person). A one-word
    person's name is left alone even when a city shares it: Jordan, Victoria, Austin.
    """
    name = ent.text  # once: a Span joins its words again on each call
    key = normalize(name)
    for entry in gazetteer.candidates(name):
        if normalize(entry.name) != key and not entry.bonus and entry.kind != "country":
            continue  # known only under another name
        if entry.kind in {"country", "admin1", "province"} and (
                ent.label_ != "PERSON" or len(ent) > 1):
            return True
        if (entry.kind in {"city", "capital"} and entry.population >= FAMOUS_POPULATION
                and (ent.label_ == "ORG" or len(ent) > 1)):
            return True
    return False


def _is_actor(span: Span, event: Event, words: PlaceWords) -> bool:
    """Tell whether a toponym stands for an actor of the event rather than its place.

    A place named as a place ("the town of X") is a place, whoever lives there; the town a
    violent act struck ("shelled X") is where it happened, though X is its target too (a
    country is still no place of an object: "attacked Ukraine", `OBJECT_DEPS`).
    """
    if place_root(span.root, words) != span.root:
        return False
    if _violent_object(span.root, event):
        return False  # struck by some act of the sentence: see `_struck`
    for actor_span, actors in ((event.source_span, event.source),
                               (event.target_span, event.target)):
        # a target that is a place standing for its state ("withdrew from X", basis "place")
        # names where the act happened as well
        if actors and all(actor.basis == "place" for actor in actors):
            continue
        if actor_span and span.start_char < actor_span[1] and actor_span[0] < span.end_char:
            return True
    first = _first_conjunct(span.root, words)  # "Russia and China said"
    return first.dep_ in ACTOR_DEPS or _is_agent(first)


def _in_dateline(span: Span) -> bool:
    """Tell whether a place is in the dateline that opens its sentence ("BEIRUT, Lebanon —"):
    where the story was filed, recorded apart, not where its events happened."""
    sentence = span.sent
    first = sentence[0]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return False
    for token in sentence[: DATELINE_REACH]:
        if token.text in DATELINE_MARKS:
            return span.end <= token.i
    return False


def _is_agent(token: Token) -> bool:
    """Tell whether a name is the doer of a passive ("was captured by X")."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _resolve(
    span: Span, gazetteer: Gazetteer, context: tuple[str, ...],
    readings: dict[tuple[int, int], Place | None] | None = None, text: str | None = None,
) -> Place | None:
    """Resolve a toponym as the whole article reads it (`readings`), else alone, within the
    region named right after it ("Paris, Texas")."""
    if readings and readings.get((span.start, span.end)) is not None:
        return readings[(span.start, span.end)]
    text = span.doc.text if text is None else text  # Doc.text joins every token: read it once
    within = qualifier_after(text, span.end_char, gazetteer)
    place = gazetteer.resolve(_lookup_name(span, gazetteer, text), context, within=within)
    if place is None and len(span) > 1 and span[-1].lower_ in gazetteer.words.place_head:
        place = gazetteer.resolve(span[:-1].text, context)  # "the Kharkiv region"
    return place


def _place_of(event, trigger, toponyms, triggers, gazetteer, lexicon, context,
              readings=None, text=None, focus=None) -> Place | None:
    """Return the place tied to the trigger's clause, else the sentence's nearest place.

    Of the places tied alike, the finest wins ("In X province, gunmen shot two men in the town
    of Y": Y). A place the gazetteer does not know ("the village of X") is put near the
    nearest place of its sentence, else the article's main town (`focus`), with precision
    "near"."""
    tied, loose = [], []
    words = gazetteer.words
    for span in toponyms:
        if _is_actor(span, event, words) or _describes_people(span.root, trigger, words) or (
                _qualifies_participle(span)) or _in_dateline(span):
            continue
        root = _first_conjunct(place_root(span.root, words), words)
        if root.dep_ == "pobj" and root.head.lower_ in words.origin:
            continue  # "leaders from X": where they came from
        if _struck(root, trigger, event):
            tied.append((0, span))
            continue
        located = root.dep_ == "pobj" and root.head.lower_ in words.locative
        anchor = root.head.head if located else None
        if anchor is not None and _only_mentioned(trigger, anchor, lexicon):
            continue
        if anchor is not None and dates.attaches(anchor, trigger, triggers, lexicon):
            tied.append((abs(anchor.i - trigger.i), span))
        elif not _tied_elsewhere(anchor or _modified(root), trigger, triggers, lexicon) and not (
                root.dep_ == "pobj" and root.head.lower_ in words.party_or_goal) and not (
                _in_clause_below(root, trigger)):
            loose.append((0, span))
    for basis, found in (("text", tied), ("sentence", loose)):
        located = []
        for distance, span in found:
            place = _resolve(span, gazetteer, context, readings, text)
            if place is None and _unknown_place(span, gazetteer, text):
                place = _near(span, toponyms, gazetteer, context, readings, text, focus)
            if place is not None and not (
                span.root.dep_ in OBJECT_DEPS and place.precision == "country"
            ):
                rank = (distance, FINENESS.get(place.precision, len(FINENESS)),
                        *_remoteness(span, trigger))
                located.append((rank, span.start, span, place))
        if located:
            _, _, span, place = min(located, key=lambda found: found[:2])
            return replace(place, basis=basis, text=span.text)
    return None


def _unknown_place(span: Span, gazetteer: Gazetteer, text: str | None) -> bool:
    """Tell whether a name is surely a place that the gazetteer does not hold: tagged a place,
    or named as one ("the village of X"); villages, districts and streets of a war's reports
    are seldom in it."""
    named = span.label_ in PLACE_LABELS
    named = named or place_root(span.root, gazetteer.words) != span.root
    return named and not gazetteer.candidates(_lookup_name(span, gazetteer, text))


def _near(span: Span, toponyms: list[Span], gazetteer: Gazetteer, context: tuple[str, ...],
          readings, text, focus: Place | None) -> Place:
    """Place a name the gazetteer does not know at the nearest place its sentence names, else
    the article's main town (precision "near"); with neither, keep it as written, unresolved."""
    known = _nearest_known(span, toponyms, gazetteer, context, readings, text) or focus
    if known is not None:
        return replace(known, precision="near")
    return Place(name=span.text, country=None, admin1=None, lat=None, lon=None,
                 geonames_id=None, precision="unresolved", basis="text", text=span.text)


def _nearest_known(span: Span, toponyms: list[Span], gazetteer: Gazetteer,
                   context: tuple[str, ...], readings, text) -> Place | None:
    """Return the resolved place of the sentence nearest to a toponym ("X, 30 km north of
    Y", "the village of X in Y province")."""
    for other in sorted(toponyms, key=lambda other: abs(other.start - span.start)):
        place = None if other == span else _resolve(other, gazetteer, context, readings, text)
        if place is not None:
            return place
    return None


def _describes_people(token: Token, trigger: Token, words: PlaceWords) -> bool:
    """Tell whether a place only says whose or where-from people or forces are ("U.S.
    troops", "a Kabul resident", "the Basra police chief"): no place of the event."""
    head = token.head
    return (token.dep_ in {"compound", "amod", "nmod"} and head.i != trigger.i
            and head.lower_ in words.people)


def _qualifies_participle(span: Span) -> bool:
    """Tell whether a place is joined by a hyphen to a participle ("US-led forces", "a
    London-based group", "Russia-backed"): it says who leads or backs someone, not where."""
    doc = span.doc
    return (span.end + 1 < len(doc) and doc[span.end].tag_ == "HYPH"
            and not span[-1].whitespace_ and doc[span.end + 1].tag_ == "VBN")


def _first_conjunct(token: Token, words: PlaceWords) -> Token:
    """Return the phrase of the first of a list of places: "in X and Y" puts Y where X is."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = place_root(token.head, words)
    return token


def _in_clause_below(token: Token, trigger: Token) -> bool:
    """Tell whether a place stands in a clause under the event's word that tells of another
    happening, at its own place: what was said or thought ("said that ... in X") or a
    description of someone ("a man who lived in X")."""
    while token.head != token and token != trigger:
        if token.dep_ in SET_APART_CLAUSES:
            return any(ancestor.i == trigger.i for ancestor in token.ancestors)
        token = token.head
    return False


def _remoteness(span: Span, trigger: Token) -> tuple[bool, int]:
    """Rank a place the clause does not tie to the event: news names where a thing happened
    after its verb ("was killed on patrol near X"), and the nearest such place is likeliest."""
    return span.start < trigger.i, abs(span.start - trigger.i)


def _struck(root: Token, trigger: Token, event: Event) -> bool:
    """Tell whether a place is what a violent act struck ("shelled the town of X"): the place
    it happened, before any wider region the clause names ("… in northern Y")."""
    return _violent_object(root, event) and root.head.i == trigger.i


def _violent_object(root: Token, event: Event) -> bool:
    return root.dep_ in OBJECT_DEPS and event.cameo_root in VIOLENT_ROOTS


def _only_mentioned(trigger: Token, anchor: Token, lexicon) -> bool:
    """Tell whether a place lies outside the phrase of an event noun its clause only mentions:
    in "pinned the blame on Kyiv for the attack" Kyiv is where the blame goes, not where the
    attack was ("the attack on a market in Kabul" keeps its own), while "killed in the attack in
    Kabul" is framed by the attack and shares the clause's place."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    if trigger.head.lower_ in lexicon.anchors["temporal_prep"]:
        return False
    return not trigger.left_edge.i <= anchor.i <= trigger.right_edge.i  # outside its own phrase


def _modified(root: Token) -> Token | None:
    """Return the noun a place's name modifies ("the Crocus City concert hall"), if any: the
    place belongs wherever that noun does."""
    return root.head if root.dep_ in {"compound", "amod", "nmod"} else None


def _tied_elsewhere(anchor: Token | None, trigger: Token, triggers: set[int], lexicon) -> bool:
    """Tell whether a place belongs to another event of the sentence (not a fallback here)."""
    if anchor is None:
        return False
    doc, sentence = anchor.doc, trigger.sent
    others = (doc[i] for i in triggers if i != trigger.i and sentence.start <= i < sentence.end)
    return any(dates.attaches(anchor, other, triggers, lexicon) for other in others)


def _context_countries(events: tuple[Event, ...]) -> tuple[str, ...]:
    countries = {a.country for e in events for a in (*e.source, *e.target) if a.country}
    return tuple(sorted(countries))


def ents_by_sentence(doc: Doc, sentences: list[Span]) -> dict[int, list[Span]]:
    """Return the document's entities grouped by the start token of their sentence."""
    starts = [sentence.start for sentence in sentences]
    grouped: dict[int, list[Span]] = {}
    for ent in doc.ents:
        # `Token.sent` walks the document's sentence marks again for every entity
        sentence = sentences[bisect_right(starts, ent.start) - 1]  # as `sentence_start`
        if ent.end <= sentence.end:  # as `Span.ents`: an entity across a boundary is in neither
            grouped.setdefault(sentence.start, []).append(ent)
    return grouped


def proper_nouns(doc: Doc, sentences: list[Span]) -> dict[int, list[Token]]:
    """Return the proper nouns of each sentence, keyed by its start token. The parts of speech
    are read as numbers from one array: asking every Token its `pos_` costs more than that."""
    starts = [sentence.start for sentence in sentences]
    grouped: dict[int, list[Token]] = {}
    for i, pos in enumerate(pos_numbers(doc)):
        if pos == PROPN:
            grouped.setdefault(sentence_start(starts, i), []).append(doc[i])
    return grouped


def place_events(
    events: tuple[Event, ...], doc: Doc, gazetteer: Gazetteer,
    lexicon: dates.Lexicon | None = None, text: str | None = None,
) -> tuple[Event, ...]:
    """Give each event the place its clause names, else the first place of its sentence.

    `text` is the article's text, which the doc was parsed from; without it the doc's is read
    (`Doc.text` joins every token again: a tenth of this stage's time when read per toponym).
    """
    lexicon = lexicon or dates.load_lexicon()
    context = _context_countries(events)
    spans = [doc.char_span(*event.trigger_span, alignment_mode="expand") for event in events]
    tokens = [span.root if span is not None and len(span) else None for span in spans]
    triggers = {token.i for token in tokens if token is not None}
    placed = []
    known = article_place_names(doc, gazetteer) if events else frozenset()
    people = person_names(doc)
    sentences = list(doc.sents) if events else []
    starts = [sentence.start for sentence in sentences]
    ents = ents_by_sentence(doc, sentences) if events else {}
    names = proper_nouns(doc, sentences) if events else {}
    by_sentence = {
        sentence.start: _toponyms(sentence, gazetteer, known=known, people=people,
                                  ents=ents.get(sentence.start, []),
                                  names=names.get(sentence.start, []))
        for sentence in sentences
    }
    if text is None and events:
        text = doc.text
    readings = _article_readings(by_sentence, gazetteer, context, text)
    focus = article_focus(readings.values())
    for event, trigger in zip(events, tokens, strict=True):
        place = None
        if trigger is not None:
            toponyms = by_sentence[sentence_start(starts, trigger.i)]
            place = _place_of(event, trigger, toponyms, triggers, gazetteer, lexicon, context,
                              readings, text, focus)
        placed.append(amend(event, place=place))
    return tuple(placed)


def _article_readings(
    by_sentence: dict[int, list[Span]], gazetteer: Gazetteer, context: tuple[str, ...],
    text: str | None = None,
) -> dict[tuple[int, int], Place | None]:
    """Resolve every toponym of the article together, so that each is read in the light of
    the others ("Athens" beside "Clarke County" is the Georgia town)."""
    spans = [span for found in by_sentence.values() for span in found]
    if text is None:
        text = spans[0].doc.text if spans else ""  # Doc.text joins every token: read it once
    names = [_lookup_name(span, gazetteer, text) for span in spans]
    within = [qualifier_after(text, span.end_char, gazetteer) for span in spans]
    resolved = gazetteer.resolve_article(names, context, within=within)
    return {(span.start, span.end): place for span, place in zip(spans, resolved, strict=True)}


def _lookup_name(span: Span, gazetteer: Gazetteer, text: str | None = None) -> str:
    """Return the name to look up: "the Kharkiv region" is looked up as "Kharkiv", while
    "Barrow County", a name the gazetteer holds whole, keeps its kind word: bare, it is
    another place; "Jackson" in "Jackson and Barrow counties" is Jackson County."""
    name = text_of(span, text)  # once: a Span joins its words again on each call
    if len(span) > 1 and span[-1].lower_ in gazetteer.words.place_head and not (
            gazetteer.candidates(name)):
        return span[:-1].text
    text = span.doc.text if text is None else text
    return listed_division(text, span.end_char, name, gazetteer) or name
