"""Actors, named readers: people with their titles, and named states, bodies, groups and outlets."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.actors.candidates import (
    ENTITY_LABELS,
    HONORIFICS,
    SITE_PREPOSITIONS,
    Candidate,
    Context,
    compound_start,
    hyphen_participle,
    owned_thing,
    span_text,
    sponsor_of,
)
from newsevents.actors.modifiers import is_allegiance, is_ethnic, read_modifiers, title_start
from newsevents.annotate import DASHES, in_dateline, span_of, text_of
from newsevents.dictionaries import (
    STATE_OFFICE_SECTORS,
    Entry,
    Term,
    actor_id,
    normalize,
    same_person,
    split_words,
)

# entities the named readers read as actors or places; a facility's name may be a town's
PLACE_READ = ENTITY_LABELS - {"FAC"}
LEGISLATURE = "LEG"  # the sector of a legislator named with a party tag ("(R-Tenn.)")


def read_entities(context: Context) -> list[Candidate]:
    """Read named entities (people first, so their titles take the tokens before them)."""
    people = [ent for ent in context.ents if ent.label_ == "PERSON"]
    found: list[Candidate] = []
    taken: set[int] = set()
    for ent in people + [ent for ent in context.ents if ent.label_ != "PERSON"]:
        if ent.label_ not in ENTITY_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        entry = context.entry_for(ent)
        if ent.label_ == "PERSON" and _is_town(context, ent, entry):
            candidate = _place(ent, context.place_country(ent) or "")  # "clashes in Raqqa"
        elif ent.label_ == "PERSON" and (entry is None or entry.kind == "person"):
            candidate = read_person(context, ent, found)
        elif entry is None and _is_listed_person(context, ent):
            candidate = read_person(context, ent, found)  # "Maduro" taken for an organisation
        elif _is_surname_named_before(ent, entry, found):
            # "Bob Corker ... Corker said", "Mark Cuban ... Cuban said", "Sarah Palin ...
            # Palin's withdrawal" (a town in Guatemala): the NER took it for a body or a place
            candidate = read_person(context, ent, found)
        elif is_modifier(context, ent):
            continue  # "Ukraine's Defense Ministry", "Hamas fighters": the noun is the actor
        elif is_allegiance(context.doc, ent):
            continue  # "anti-Chinese riots", "a pro-Moscow rally": a side taken, no actor
        else:
            candidate = read_named(context, ent, entry)
        if candidate is not None:
            used = [i + 1 for i in range(candidate.start, ent.start) if i in taken]
            candidate.start = max(used, default=candidate.start)
            found.append(candidate)
            taken.update(range(candidate.start, candidate.end))
    return found


def _is_town(context: Context, ent: Span, entry: Entry | None) -> bool:
    # A big town the NER took for a name, in a place slot ("clashes in Raqqa"); a listed
    # person keeps their name ("a letter from Annan").
    if entry is not None or context.dictionary.person(ent.text) is not None:
        return False
    return context.place_country(ent) is not None


def _is_listed_person(context: Context, ent: Span) -> bool:
    # The small NER model often labels a lone surname ORG or GPE; a name the people lists hold,
    # capitalised as names are, is that person.
    if ent.label_ not in ("ORG", "GPE") or not all(t.is_title for t in ent):
        return False
    return context.dictionary.person(ent.text) is not None


def is_stretched(context: Context, ent: Span) -> bool:
    """Tell whether a name was stretched over more than the entity the NER or ruler found."""
    return (ent.start, ent.end) in context.parts


def is_modifier(context: Context, ent: Span) -> bool:
    """Tell whether an entity only modifies a following actor noun or named actor."""
    root = ent.root
    if hyphen_participle(root) is not None:
        # "US-backed fighters", "the Saudi-led coalition": the noun is the actor; "a
        # Greek-owned ship" is no actor, and Greece's
        thing = owned_thing(root)
        if thing is None or thing.i in context.ent_of:
            return True
        compounds = [t.text for t in thing.lefts if t.dep_ == "compound"]
        return _term_ending_at(context, [*compounds, thing.text], thing) is not None
    if root.dep_ not in ("poss", "compound", "amod", "nmod") or root.head.i < ent.end:
        return False
    head = root.head
    head_ent = context.ent_of.get(head.i)
    if head_ent is not None and head_ent.label_ in ("ORG", "PERSON"):
        return True
    if head_ent is not None and head_ent.label_ == "NORP":
        return _is_placed_people(context, head_ent)  # "Kosovo Albanians"
    if _name_end_head(context, head):
        return True  # "the Kenya Revenue Service": a name the NER missed, read as a body
    # the noun with its compounds: "Nigerian army vehicle" ends in a listed site; the parser
    # may hang the modifier on a compound ("a Russian patrol boat" is a boat, no patrol)
    chain = [head]
    while chain[-1].dep_ == "compound" and chain[-1].head.i > chain[-1].i:
        chain.append(chain[-1].head)
    noun = chain[-1]
    words = [t.text for t in context.doc[ent.end : noun.i + 1] if t in chain or t.head in chain]
    term = _term_ending_at(context, words, noun)
    return term is not None and term.cls != "anaphor"


def _term_ending_at(context: Context, words: list[str], noun: Token) -> Term | None:
    # the title or agent noun the words name, if it ends with the noun ("army vehicle",
    # "coalition"): the noun is then an actor
    term = context.dictionary.term(words)
    return term if term is not None and term.words[-1] == noun.lower_ else None


def _name_end_head(context: Context, head: Token) -> bool:
    # Follow the compounds of a capitalised name to its last word: "Kenya" -> "Revenue" ->
    # "Authority".
    while head.dep_ == "compound" and head.head.i > head.i and head.pos_ == "PROPN":
        head = head.head
    return head.pos_ == "PROPN" and context.dictionary.is_name_end(head.text)


def read_person(context: Context, ent: Span, earlier: list[Candidate]) -> Candidate:
    """Read a person with the title before the name or in an apposition after it."""
    doc, dictionary = context.doc, context.dictionary
    end = ent.end - 1 if ent.end - ent.start > 1 and doc[ent.end - 1].dep_ == "case" else ent.end
    name = text_of(span_of(doc, ent.start, end), context.text)
    candidate = Candidate(ent.start, end, "person", name, head=ent.root.i, basis="name")
    start = candidate.start = title_start(context, ent)
    countries, named, title = read_modifiers(context, range(start, ent.start))
    title = [t for t in title if t.lower_.rstrip(".") not in HONORIFICS]  # "Mr." is no office
    country = next(iter(countries), None)
    counterpart = bool(title) and title[-1].lower_ == "counterpart"
    copied = counterpart and _copy_counterpart(candidate, earlier, doc[ent.start].sent.start)
    if title and not copied:
        candidate.role = span_text(title)
        candidate.sectors = dictionary.sectors_for([span_text(title)])  # "Secretary-General"
    if named is not None:  # "NATO Secretary General X", "Hamas leader X" speak for the body
        candidate.sectors = body_sectors(named.kind, named.sectors, candidate.sectors)
        country = named.country or country
    candidate.country = country
    if title or country:
        candidate.basis = "title"
    if not title:
        _read_inner_title(context, candidate, ent)
        _read_apposition(context, candidate, ent.root)
    if candidate.tail < 0:
        _read_of_phrase(context, candidate, end)
    _read_party_tag(context, candidate, end)
    if not _named_before(name, earlier):
        _read_known(context, candidate, name)
    return candidate


def _is_surname_named_before(ent: Span, entry: Entry | None, earlier: list[Candidate]) -> bool:
    # a body or a place the dictionary does not list, or a lone demonym ("Cuban")
    unlisted = entry is None and ent.label_ in ("ORG", "GPE", "LOC")
    demonym = ent.label_ == "NORP" and len(ent) == 1
    return (unlisted or demonym) and _named_before(ent.text, earlier)


def _named_before(name: str, earlier: list[Candidate]) -> bool:
    # "Actor Bradley Cooper ... Cooper donated": a lone surname is the person the article named
    # in full before, never a namesake the people lists hold; merge_people joins the two.
    if len(name.split()) > 1:
        return False
    return any(p.kind == "person" and len(p.name.split()) > 1 and same_person(name, p.name)
               for p in earlier)


# Where a lone name stands as a party to a clause: "Modi congratulated X", "X met Erdogan".
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"})
# where a demonym tagged as an adjective names people: "police arrested an Iranian" (not
# before a conjunct it shares a noun with: "Japanese and Australian troops")
PEOPLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def read_listed_surnames(context: Context, taken: set[int]) -> list[Candidate]:
    """Read a lone surname of a listed officeholder that the NER missed ("Modi congratulated
    X"): a capitalised proper noun, a party to its clause, named in no longer name, whose row
    covers the article's date (any row, for an undated text)."""
    found = []
    for token in context.words("PROPN"):
        if token.i in taken or token.ent_type_ or not _is_lone_name(token):
            continue
        if context.dictionary.person(token.text, context.on_date) is None:
            continue
        candidate = Candidate(token.i, token.i + 1, "person", token.text, head=token.i,
                              basis="name")
        _read_known(context, candidate, token.text)
        found.append(candidate)
        taken.add(token.i)
    return found


def _is_lone_name(token: Token) -> bool:
    # "Modi said", not "Modi Stadium" nor "Prime Minister Modi" (a name the readers above take),
    # nor a letter ("I" in "(I-Vt.)" is no "Yi", as transliterated surnames are compared)
    return (token.is_title and len(token.text) > 1 and token.dep_ in ARGUMENT_DEPS
            and not any(c.dep_ == "compound" for c in token.children))


def _read_known(context: Context, candidate: Candidate, name: str) -> None:
    # The row covering the article's date gives the office; a listed person named outside
    # every row of theirs ("former president X") keeps only the name and country.
    known = context.dictionary.person(name, context.on_date)
    former = None if known or not context.on_date else context.dictionary.person(
        name, context.on_date, nearest=True
    )
    if known is None and former is None:
        return
    if known is not None:
        candidate.sectors = candidate.sectors or known.sectors
        candidate.role = candidate.role or known.role
    elif not candidate.sectors and set(former.sectors) <= STATE_OFFICE_SECTORS:
        candidate.sectors = ("ELI",)  # out of office: an elite, as CAMEO codes former officials
    listed = known or former
    candidate.name = listed.name
    candidate.country = candidate.country or listed.country
    if candidate.basis == "name":
        candidate.basis = "dictionary"


def _read_of_phrase(context: Context, candidate: Candidate, end: int) -> None:
    # "President X of Peru", "Mayor X of Lyon", "Jane Roe of Amnesty International": the "of"
    # phrase right after a name places its bearer; the mention runs over it.
    doc = context.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != candidate.head:
        return
    obj = next((t for t in doc[end].children if t.dep_ == "pobj"), None)
    ent = context.ent_of.get(obj.i) if obj is not None else None
    if ent is None or ent.label_ not in ("GPE", "ORG", "LOC") or ent.end != obj.right_edge.i + 1:
        return
    entry = context.entry_for(ent)
    if entry is not None and entry.kind == "person":
        return
    country = entry.country if entry is not None else context.place_country(ent)
    if entry is not None and entry.table in ("igos", "groups", "parties", "media"):
        candidate.sectors = body_sectors(entry.kind, entry.sectors, candidate.sectors)
    elif country is None:
        return
    candidate.country = candidate.country or country
    candidate.basis = "title" if candidate.basis == "name" else candidate.basis
    candidate.tail = ent.end


def _read_party_tag(context: Context, candidate: Candidate, end: int) -> None:
    # "Sen. Bob Smith (R-Tenn.)": a party initial and a state after a name mark a legislator of
    # that party and country (party_tags.txt), whatever state the article is about.
    doc = context.doc
    words = [t.text for t in doc[end : end + 6]]
    if len(words) < 5 or words[0] != "(" or words[2] not in DASHES or ")" not in words[4:]:
        return
    tag = context.dictionary.party_tag(words[1])
    if tag is None:
        return
    country, party = tag
    candidate.country = country
    sectors = (*candidate.sectors, LEGISLATURE, *(party.sectors if party is not None else ()))
    candidate.sectors = tuple(dict.fromkeys(sectors))
    candidate.basis = "title" if candidate.basis == "name" else candidate.basis


def body_sectors(kind: str, body: tuple[str, ...], own: tuple[str, ...]) -> tuple[str, ...]:
    """Return the sectors of an official speaking for a body: the body's, and for an
    international body the office's too (a UN envoy is a diplomat of the UN: IGO and GOV)."""
    return tuple(dict.fromkeys((*body, *own))) if kind == "igo" else body


def _read_inner_title(context: Context, candidate: Candidate, ent: Span) -> None:
    # The NER often takes the title into the name ("Pope Leo", "King Harald"): a first word
    # that is a title alone, with a name after it, is the office.
    first = ent[0]
    if len(ent) < 2 or not first.is_title:
        return
    term = context.dictionary.term([first.text])
    if term is not None and term.cls == "title" and term.words == (first.lower_,):
        candidate.role, candidate.sectors = first.text, term.sectors


def _copy_counterpart(candidate: Candidate, earlier: list[Candidate], sent_start: int) -> bool:
    # "X held a call with his counterpart Y": Y holds X's office, in another country. With no
    # such X the word itself says an official (sectors.csv), as counterparts are in diplomacy.
    for other in reversed(earlier):
        if other.kind == "person" and other.start >= sent_start and other.role:
            candidate.role, candidate.sectors = other.role, other.sectors
            return True
    return False


def _read_apposition(context: Context, candidate: Candidate, root: Token) -> None:
    for child in root.rights:
        if child.dep_ != "appos" or child.ent_type_ == "PERSON":
            continue
        words = [t for t in child.subtree]
        while words and words[0].pos_ in ("DET", "PRON"):
            words = words[1:]
        head_words = [t.text for t in child.lefts if t.dep_ in ("compound", "amod")]
        sectors = context.dictionary.sectors_for([*head_words, child.text])
        if not sectors:
            continue
        countries, _, _ = read_modifiers(context, [t.i for t in words])
        country = next(iter(countries), None)
        candidate.role, candidate.sectors = span_text(words), sectors
        candidate.country, candidate.basis = country, "apposition"
        candidate.tail = child.right_edge.i + 1
        return


def read_named(context: Context, ent: Span, entry: Entry | None) -> Candidate | None:
    """Read a named state, organisation, group or outlet, with the modifiers before it."""
    dictionary = context.dictionary
    start = title_start(context, ent)
    countries, named, title = read_modifiers(context, range(start, ent.start))
    # "Kosovo Albanians": the first country before a people named as a noun is where they live
    placed = countries[0] if countries and _is_placed_people(context, ent) else None
    inside = range(ent.start, ent.end)
    if is_stretched(context, ent):  # only places and demonyms inside: not "Liberation" (FRA)
        part_of = {i: part for part in context.parts[ent.start, ent.end] for i in part}
        kept = [i for i in inside if part_of.get(i, ent).label_ in ("GPE", "NORP")]
        countries += read_modifiers(context, kept, part_of)[0]
    else:
        countries += read_modifiers(context, inside)[0]
    country = next(iter(countries), None)
    if ent.label_ == "NORP":
        # a demonym the tagger calls an adjective but the parser makes an argument is one of
        # the people: "police arrested an Iranian"
        adjective = ent.root.pos_ == "ADJ" and (
            ent.root.dep_ not in PEOPLE_DEPS or any(c.dep_ == "conj" for c in ent.root.children))
        if ent.root.dep_ in ("amod", "compound") or adjective or owned_thing(ent.root):
            return _owner_of_thing(context, ent)  # the modified noun, if an actor, reads it
        iso3 = dictionary.demonym(ent.text)
        if iso3 is None:
            town = context.place_country(ent)  # "in Punjab": a province taken for a people
            if town is not None:
                return _place(ent, town)
            return _people(context, ent, start, placed)
        if is_ethnic(context.doc, ent.start):
            # "ethnic Albanians" in Kosovo are civilians of the country they live in.
            start = ent.start - 1
            name = span_text(context.doc[start : ent.end])
            return Candidate(start, ent.end, "agent", name, None, ("CVL",), None, "")
        if placed:
            # "Kosovo Albanians", "Bosnian Serbs": a people living in the place before it
            name = span_text(context.doc[start : ent.end])
            return Candidate(start, ent.end, "agent", name, placed, ("CVL",), None,
                             "modifier", head=ent.root.i)  # fmt: skip
        state = dictionary.state(iso3)
        name = state.name if state else ent.text
        ident = actor_id(f"people of {name}", iso3)
        # "Israelis", "Haitians": a state's people, civilians unless a noun says otherwise
        return Candidate(ent.start, ent.end, "agent", name, iso3, ("CVL",), None, "dictionary",
                         ident)  # fmt: skip
    name = ent.text
    if entry is not None and entry.table != "countries" and _names_a_place(context, ent):
        # "a blast in Duma city": a town that bears a body's name (Russia's parliament)
        town = context.place_country(ent)
        return None if town is None else _place(ent, town)
    if (entry is not None and entry.table in ("institutions", "parties")
            and country not in (None, entry.country)):
        # "the Zambia Workers Congress" is not the US Congress but a body of its own, nor is
        # "Armenia's Democratic Party" the American one.
        entry, name = None, context.doc[start : ent.end].text
    if entry is not None and _is_site(context, ent, entry):
        # a place, not an actor (the places stage reads it); it still tells which country the
        # article is about
        return Candidate(start, ent.end, "place", entry.name, entry.country, (), None,
                         "dictionary", entry.actor_id, ent.root.i)
    if entry is not None:
        role = span_text(title) if title and entry.table != "countries" else None
        return Candidate(
            start, ent.end, entry.kind, entry.name, entry.country or country, entry.sectors,
            role, "dictionary", entry.actor_id, ent.root.i,
            generic=_common_noun(context, ent, entry),
        )  # fmt: skip
    town = context.place_country(ent)
    if town is not None or ent.label_ in ("GPE", "LOC", "FAC"):
        # a place, not an actor (the places stage reads it); a town or province still tells
        # which country the article is about
        return None if town is None else _place(ent, town)
    words = [t.text for t in context.doc[start : ent.end]]
    sectors = dictionary.sectors_for(words) or dictionary.name_sectors(words)
    # the name model reads the name alone: a title before it ("state broadcaster") is no part
    guessed = () if sectors else dictionary.guess_sectors([t.text for t in ent])
    country = country or _inner_country(dictionary, ent)
    return Candidate(
        start, ent.end, "agent", name, country, sectors or guessed, None,
        "modifier" if country else "", actor_id(name, country), ent.root.i,
        guessed=bool(guessed),
    )  # fmt: skip


def _names_a_place(context: Context, ent: Span) -> bool:
    # "Duma city", "the Hama province": a name before a noun saying what kind of place it is
    root = ent.root
    return root.dep_ == "compound" and root.head.i == ent.end and (
        root.head.lower_ in context.kind_words())


def _common_noun(context: Context, ent: Span, entry: Entry) -> str:
    # "Congress", "the Senate", "the Ministry of Defence" name one state's body in its own news
    # and any state's elsewhere: the article's country decides (see `give_article_country`).
    if entry.table != "institutions":
        return ""
    words = split_words(ent.text)
    term = context.dictionary.term(words)
    written = ent[1:] if ent[0].lower_ == "the" else ent
    return written.text if term is not None and term.words == words else ""


def _inner_country(dictionary, ent: Span) -> str | None:
    """Return the state a demonym or state name inside an unlisted body's name gives: "the
    Zambian Revenue Authority", "South Africa Police Union" (the NER took it all as one name)."""
    for i in range(len(ent)):
        for size in (2, 1):
            text = ent[i : i + size].text
            entry = dictionary.lookup(text) if ent[i].is_title else None
            if entry is not None and entry.table == "countries":
                return entry.country
            if ent[i].is_title and (iso3 := dictionary.demonym(text)):
                return iso3
    return None


def _owner_of_thing(context: Context, ent: Span) -> Candidate | None:
    """Read a demonym modifying a thing, not an actor ("Israeli territory", "the Iraqi
    economy"): CAMEO codes the thing's state as the actor ("shelled Israeli territory")."""
    head = owned_thing(ent.root) or ent.root.head  # "a British-flagged tanker"
    if head.i < ent.end or head.pos_ != "NOUN" or head.i in context.ent_of:
        return None
    if is_ethnic(context.doc, ent.start) or sponsor_of(ent.root):
        return None
    state = context.dictionary.state(context.dictionary.demonym(ent.text) or "")
    if state is None:
        return None
    # "Iranian government websites", "the Afghan army's vehicles": a body word between the
    # demonym and the thing says whose the thing is.
    between = [t.text for t in context.doc[ent.end : head.i] if t.head.i == head.i]
    sectors = context.dictionary.sectors_for(between) if between else ()
    return Candidate(ent.start, ent.end, "state", state.name, state.country, sectors, None,
                     "modifier", state.actor_id, ent.root.i)  # fmt: skip


def _is_placed_people(context: Context, ent: Span) -> bool:
    # "Kosovo Albanians", "a Bosnian Serb": a people named as a noun after the place they live
    # in; "the US-Yemeni campaign" joins two states' adjectives
    noun = ent.root.pos_ in ("NOUN", "PROPN") and ent.root.dep_ not in ("amod", "compound")
    return noun and ent.start > 0 and context.doc[ent.start - 1].text != "-"


def _people(context: Context, ent: Span, start: int, country: str | None) -> Candidate | None:
    # "Kurds", "Shiites", "Christians": a people or faith that is no state's, listed as an agent
    # noun; like "ethnic Albanians" they are the civilians of the country they live in, or of
    # the place before them ("Iraqi Kurds").
    term, words = context.dictionary.term([ent.text]), split_words(ent.text)
    if term is None or term.cls != "group" or words[-len(term.words) :] != term.words:
        return None  # "Shia Muslims" are Muslims; "Muslim Brotherhood" is no people
    start = start if country else ent.start
    name = span_text(context.doc[start : ent.end])
    return Candidate(start, ent.end, "agent", name, country, term.sectors, None,
                     "modifier" if country else "", head=ent.root.i)  # fmt: skip


def read_unnamed_places(context: Context, taken: set[int]) -> list[Candidate]:
    """Read big towns the NER left unnamed or took for a facility or a language, as sites.

    The small model tags many towns FAC ("rallied in Mandalay"), LANGUAGE ("fighting in
    Aleppo") or nothing. After a preposition of place that hangs from no actor ("residents of
    Aleppo", "students in Dhaka" are read with their place), a name held to what a mislabelled
    name must meet (a big, well-known town or province) is a place, as the NER's GPEs are.
    """
    doc, found = context.doc, []
    for token in context.words("PROPN"):
        if token.i in taken or not _in_free_site(token, taken):
            continue
        ent = context.ent_of.get(token.i)
        if ent is not None and ent.label_ in PLACE_READ:
            continue  # the named readers read it, as an actor or a place, or left it for cause
        span = Span(doc, compound_start(token), token.i + 1, label="ORG")
        country = context.place_country(span)
        if country is not None and not any(i in taken for i in range(span.start, span.end)):
            found.append(_place(span, country))
    return found


def _in_free_site(token: Token, taken: set[int]) -> bool:
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in SITE_PREPOSITIONS and prep.head.i not in taken


def _place(ent: Span, country: str) -> Candidate:
    # a town or province: not a mention, but a sign of the country the article is about
    return Candidate(ent.start, ent.end, "place", ent.text, country, (), None, "gazetteer", "",
                     ent.root.i)  # fmt: skip


def _is_site(context: Context, ent: Span, entry: Entry) -> bool:
    """Tell whether a capital is used as a place: "talks in Beijing", "a hall outside Moscow",
    a dateline ("OSLO - "), before a word of force ("the Paris attacks"), but not where it
    places an actor noun ("a court in Lima" is Peru's court).
    """
    if entry.table != "countries" or normalize(ent.text) not in map(normalize, entry.capitals):
        return False
    if in_dateline(context.doc, ent.start, ent.end):
        return True  # "OSLO - ...": where the story was filed
    root = ent.root
    if root.dep_ == "compound" and root.head.i == ent.end and (
            context.dictionary.force(root.head.lemma_) is not None):
        return True  # "the Paris attacks", "the Jerusalem bombings": where force fell
    if root.dep_ != "pobj" or root.head.lower_ not in SITE_PREPOSITIONS:
        return False
    owner = root.head.head
    return owner.pos_ not in ("NOUN", "PROPN") or context.dictionary.term([owner.text]) is None
