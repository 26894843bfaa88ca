"""Actors, unnamed readers: agent nouns ("Ukrainian forces", "the minister"), surnames, pronouns."""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, POS
from spacy.errors import Errors
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsevents.actors.candidates import (
    BODY_PRONOUNS,
    DEFINITE,
    DUMMY_SUBJECT_VERBS,
    FOREIGN_CUES,
    GROUP_PRONOUNS,
    HOME_CUES,
    OTHER_SIDE_NOUNS,
    PLURAL_CUES,
    POSSESSIVES,
    PRONOUNS,
    SUBJECT_DEPS,
    Candidate,
    Context,
    compound_start,
    span_text,
)  # fmt: skip
from newsevents.actors.modifiers import read_modifiers
from newsevents.actors.named import body_sectors, read_person
from newsevents.annotate import span_of, text_of
from newsevents.dictionaries import STATE_OFFICE_SECTORS, Entry, Term

# Particles of phrasal verbs the parser may hang on the object noun ("pull back troops")
PARTICLES = frozenset({"back", "out", "off", "down", "up", "away"})
CROWD_DEPS = SUBJECT_DEPS | {"dobj"}
# spaCy's ids of these strings, the same in every vocabulary (they are the strings' hashes)
POSS = get_string_id("poss")
NOMINAL_POS_IDS = frozenset(POS_IDS[pos] for pos in ("NOUN", "PROPN"))
NOUN, PROPN = POS_IDS["NOUN"], POS_IDS["PROPN"]
TITLE_POS_IDS = frozenset(POS_IDS[pos] for pos in ("NOUN", "PROPN", "ADJ"))  # a title's words
# spaCy's English noun chunks: their heads' parts of speech and roles, as its syntax iterator
CHUNK_POS_IDS = frozenset(POS_IDS[pos] for pos in ("NOUN", "PROPN", "PRON"))
CHUNK_DEPS = frozenset(get_string_id(dep) for dep in (
    "oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"))
CONJ, NP = get_string_id("conj"), "NP"
MODIFIER_DEPS = ("compound", "amod", "nmod")
DOER_PREPS = ("by", "from")  # "an attack by X", "a pledge from X": the doer named after the act
# What a "group" points back to (sectors.csv, class anaphor): introduced with a modifier naming
# its country, it is a body of its own. "An African organisation", "a Western country" are left
# to the nouns of their kind ("organisation" is as often a state's agency, with a sector).
BODY_REFERENTS = ("group",)


def read_agent_nouns(context: Context, taken: set[int]) -> list[Candidate]:
    """Read noun phrases headed by agent nouns: "Ukrainian forces", "police", "the minister"."""
    doc, dictionary = context.doc, context.dictionary
    tokens, poses = context.tokens, context.pos_ids
    found = []
    for chunk in _noun_phrases(doc):
        root = chunk.root
        # A capitalised agent noun outside any entity ("the Pakistan Army") is a noun here too.
        noun = poses[root.i] == NOUN or poses[root.i] == PROPN and root.i not in context.ent_of
        if root.i in taken or not noun or root.head.i in taken and root.dep_ == "appos":
            continue
        first = max(chunk.start, root.i - 3)  # the head and up to three words before it
        words = [tokens[i].text for i in range(first, root.i + 1) if poses[i] in TITLE_POS_IDS]
        term, end = _of_title(context, words, root, taken)
        term = term or _modified_anaphor(dictionary, words, chunk) or dictionary.term(words)
        own_head = end > root.i + 1 or term is not None and term.words[-1] in (
            root.lower_, root.lemma_.lower())  # fmt: skip
        if not own_head and (name := _titled_name(chunk, root, term)) is not None:
            person = read_person(context, name, found)  # "Sergeant Pablo Ramirez", untagged
            found.append(person)
            taken.update(range(person.start, person.end))
            continue
        if not own_head and root.pos_ == "PROPN":
            term = _named_body(dictionary, words, root)
            own_head = term is not None
        elif term is not None and term.cls == "anaphor" and _is_name(chunk, root):
            # "the Indian Space Research Organization": the last word of a name, not "the
            # organization" pointing back
            term = Term((root.lower_,), dictionary.name_sectors(words), "org")
        body = _body_modifier(context, root, term, taken) if term and not own_head else None
        if body is not None:  # "police raids", "rebel attacks": the body does the act
            found.append(body)
            taken.update(range(body.start, body.end))
            continue
        if term is None or not own_head:
            continue
        # "both the army and the police": "both" is the whole's; "pull back troops": the
        # parser hangs the verb's particle on the noun
        start = next((t.i for t in chunk if t.i not in taken and t.dep_ != "preconj"
                      and not (t.lower_ in PARTICLES and t.i < root.i)), chunk.start)
        candidate = _agent(context, chunk, start, term, end)
        if candidate is not None:
            found.append(candidate)
            taken.update(range(candidate.start, candidate.end))
    return found


def _body_modifier(
    context: Context, root: Token, term: Term, taken: set[int]
) -> Candidate | None:
    """Return the body an agent noun right before a head that is none names: "police raids in
    X", "army shelling", "rebel attacks" are acts of the police, army, rebels. Only a group or a
    collective body counts ("a police station" is a site, "the minister's visit" a possessor
    read apart), and only at the head of a subject: an object's modifier ("attacked a government
    building") names what was hit. The body is placed by its own modifiers, else by the place
    phrase of the head ("in X")."""
    if root.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return None  # "attacked a government building": what is done to, not who does
    modifier = root.doc[root.i - 1] if root.i > 0 else None
    if modifier is None or modifier.dep_ not in MODIFIER_DEPS or modifier.head.i != root.i:
        return None
    if not (term.cls == "group" or term.cls == "org" and term.person == "collective"):
        return None
    if any(c.dep_ in ("prep", "agent") and c.lower_ in DOER_PREPS for c in root.children):
        return None  # "a public pledge from China": the doer is named, the modifier a kind
    if term.words[-1] not in (modifier.lower_, modifier.lemma_.lower()) or len(term.words) > 1:
        return None
    start = modifier.i
    while start > root.left_edge.i and root.doc[start - 1].dep_ in MODIFIER_DEPS:
        start -= 1  # "Kenyan police raids": the body's own country word
    if any(i in taken for i in range(start, modifier.i + 1)):
        return None  # a name read already ("Hamas fighter attacks") speaks for the body
    candidate = _agent(context, root.doc[start : modifier.i + 1], start, term, modifier.i + 1)
    if candidate is not None and candidate.country is None:
        places = _prep_modifiers(context, root)[0]
        candidate.country = next(iter(places), None)
        candidate.basis = "modifier" if candidate.country else candidate.basis
    return candidate


def _of_title(
    context: Context, words: list[str], root: Token, taken: set[int]
) -> tuple[Term | None, int]:
    # "the head of state", "the minister of defence": the title runs on over its "of" phrase,
    # which noun chunks leave out. Returns the title and where it ends, else (None, root end).
    doc = context.doc
    of = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != root.i:
        return None, root.i + 1
    obj = next((t for t in of.children if t.dep_ == "pobj" and t.i - of.i <= 3), None)
    if obj is None or any(i in taken for i in range(of.i + 1, obj.i + 1)):
        return None, root.i + 1
    tail = [t.text for t in doc[of.i + 1 : obj.i + 1] if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    term = context.dictionary.term([*words, "of", *tail])
    if term is not None and "of" in term.words and term.words[-1] == obj.lower_:
        return term, obj.i + 1
    # "the Department of Homeland Security": a body's capitalised name runs on after "of"
    body = context.dictionary.term(words)
    named = all(t.is_title for t in doc[of.i + 1 : obj.i + 1] if not t.is_punct)
    if body is not None and body.cls == "org" and named and obj.pos_ == "PROPN":
        return body, obj.i + 1
    return None, root.i + 1


def _noun_phrases(doc: Doc) -> list[Span]:
    """Return the noun chunks and the possessors inside them, outer phrases first.

    spaCy's noun chunks leave out a possessor: in "rejected the government's offer" only "the
    government's offer" is a chunk, and its head is the offer. The possessor is an actor of its
    own ("the army's offensive", "the president's decision"), read when the head is none.
    """
    if not len(doc):
        return []
    # read as numbers, not as a Token per word: chunk heads and possessors are a few words of
    # an article, and `doc.noun_chunks` builds a Token for every word
    columns = doc.to_array([POS, DEP, HEAD])
    poses, deps = columns[:, :2].T.tolist()
    # the heads are offsets, negative ones stored in an unsigned column: read back as signed
    heads = [i + offset for i, offset in enumerate(columns[:, 2].view("int64").tolist())]
    bounds = [(*chunk, NP) for chunk in _chunk_bounds(doc, poses, deps, heads)]
    bounds += [
        (doc[i].left_edge.i, i + 1, 0)
        for i, (pos, dep) in enumerate(zip(poses, deps, strict=True))
        if dep == POSS and pos in NOMINAL_POS_IDS
    ]
    bounds.sort(key=lambda bound: (bound[0], -bound[1]))
    return [Span(doc, start, end, label=label) for start, end, label in bounds]


def _chunk_bounds(
    doc: Doc, poses: list[int], deps: list[int], heads: list[int]
) -> list[tuple[int, int]]:
    """Return the bounds of spaCy's English noun chunks (`spacy.lang.en.syntax_iterators`),
    read from the doc's arrays: a noun, proper noun or pronoun in a nominal role, or conjoined
    to one, with the words before it in its subtree, never overlapping the chunk before."""
    if not doc.has_annotation("DEP"):
        raise ValueError(Errors.E029)
    found: list[tuple[int, int]] = []
    prev_end = -1
    for i, (pos, dep) in enumerate(zip(poses, deps, strict=True)):
        if pos not in CHUNK_POS_IDS or (dep not in CHUNK_DEPS and dep != CONJ):
            continue
        left = doc[i].left_edge.i
        if left <= prev_end:
            continue
        if dep == CONJ:
            head = heads[i]
            while deps[head] == CONJ and heads[head] < head:
                head = heads[head]
            if deps[head] not in CHUNK_DEPS:
                continue
        prev_end = i
        found.append((left, i + 1))
    return found



def _is_name(chunk: Span, root: Token) -> bool:
    """Tell whether a capitalised head has capitalised words of its name before it."""
    before = [t for t in chunk if t.i < root.i and t.pos_ in ("PROPN", "ADJ", "NOUN")]
    return root.pos_ == "PROPN" and bool(before) and all(t.is_title for t in before)


def _named_body(dictionary, words: list[str], root: Token) -> Term | None:
    # "the Kenyan Police Service", "the Lakeside Revenue Authority": a capitalised name the NER
    # missed, ending in a word that ends bodies' names; a body word inside gives the sector.
    if not dictionary.is_name_end(root.text):
        return None
    sectors = dictionary.sectors_for(words) or dictionary.name_sectors(words)
    return Term((root.lower_,), sectors, "org") if sectors else None


def _modified_anaphor(dictionary, words: list[str], chunk: Span) -> Term | None:
    # "an opposition group", "a militant alliance": indefinite, the head points back to nobody;
    # the agent noun before it says who they are.
    last = dictionary.term(words[-1:])
    if last is None or last.cls != "anaphor" or len(words) < 2:
        return None
    if any(t.lower_ in DEFINITE for t in chunk if t.dep_ == "det"):
        return None
    stance = _stance(dictionary, chunk)
    if stance is not None:  # "anti-government groups" campaign against the government
        return Term(last.words, stance.sectors, "group")
    modifier = dictionary.term(words[:-1])
    if modifier is None or modifier.cls == "anaphor" or not modifier.sectors:
        return None
    return Term(last.words, modifier.sectors, "group")


def _stance(dictionary, chunk: Span) -> Term | None:
    # a hyphened prefix before the head ("anti-war", "pro-democracy"): spaCy splits it off
    doc, root = chunk.doc, chunk.root
    for token in chunk:
        if token.i + 2 <= root.i and doc[token.i + 1].text == "-":
            stance = dictionary.stance(token.text)
            if stance is not None:
                return stance
    return None


def _agent(context: Context, chunk: Span, start: int, term: Term, end: int) -> Candidate | None:
    root = chunk.root
    cues = ("det", "nummod", "predet")
    determiners = {t.lower_ for t in chunk if t.i < root.i and t.dep_ in cues}
    plural = root.tag_ in ("NNS", "NNPS")
    countries, named, _ = read_modifiers(context, range(start, root.i))
    # "a Pakistani group" introduces a body; "a group of Pakistani officials" is the officials
    placed = _is_placed_body(term, countries, named)
    spoken_for = None
    if not countries:  # "a spokesperson for the Indian foreign ministry"
        countries, body, prep = _prep_modifiers(context, root)
        spoken_for = body if term.cls == "title" and prep == "for" else None
    country = next(iter(countries), None)
    while start < root.i and context.doc[start].pos_ in ("DET", "PRON", "PART"):
        start += 1
    text = text_of(span_of(context.doc, start, end), context.text)
    kind = "agent"
    if term.cls == "anaphor" and determiners & DEFINITE:
        kind = "anaphor"
    elif term.cls == "anaphor" and not placed:
        return None
    elif term.cls == "title" and plural and _points_back(determiners):
        kind = "plural"
    elif term.cls == "title" and not plural and determiners & DEFINITE:
        kind = "title"
    words = [context.tokens[i].text for i in range(chunk.start, end)]
    sectors = context.dictionary.sectors_for(words) or term.sectors
    candidate = Candidate(start, end, kind, text, country, sectors, None, "modifier")
    candidate.head, candidate.term = root.i, term
    if named is not None and kind == "agent":  # "Hamas fighters" are Hamas
        candidate.kind, candidate.name, candidate.country = named.kind, named.name, named.country
        own = [t for t in context.doc[start : root.i + 1] if t.i not in context.ent_of]
        candidate.sectors, candidate.role = named.sectors, span_text(own)
        if "PTY" in named.sectors and set(sectors) & STATE_OFFICE_SECTORS:
            # "the ZANU-PF government", "Likud lawmakers": a party's people in office
            candidate.sectors = tuple(dict.fromkeys((*sectors, *named.sectors)))
        elif "IGO" in named.sectors and (role := _member_role(context, own)):
            candidate.sectors = ("IGO", *role)
        candidate.ident, candidate.basis = named.actor_id, "dictionary"
    elif named is not None and kind == "title":
        # "the NATO chief", "the Hamas leader": the body's, where no one named before holds it
        candidate.country = named.country
        if "IGO" in named.sectors:
            candidate.sectors = tuple(dict.fromkeys(("IGO", *candidate.sectors)))
    elif spoken_for is not None and kind == "agent":
        # "a spokesman for the Red Cross" speaks for the listed body, as "a spokesman for the
        # Taliban, X" does (`spans`)
        candidate.sectors = body_sectors(spoken_for.kind, spoken_for.sectors, candidate.sectors)
        candidate.country = spoken_for.country
        candidate.basis = "dictionary"
    elif kind == "agent":
        candidate.basis = "modifier" if country else "article"
        candidate.also = countries[1:]
        candidate.foreign = country is None and (
            _is_foreign(chunk, term) or _strikes_unattributed(chunk, term)
            or chunk.root.lower_ in OTHER_SIDE_NOUNS)
    return candidate


def _titled_name(chunk: Span, root: Token, term: Term | None) -> Span | None:
    """Return the capitalised name after a title that the NER left untagged ("Sergeant Pablo
    Ramirez"), as a PERSON span, else None."""
    if term is None or term.cls != "title" or root.pos_ != "PROPN" or root.ent_type_:
        return None
    last = max((t.i for t in chunk if t.i < root.i and t.lower_ == term.words[-1]), default=None)
    if last is None:
        return None
    doc = chunk.doc
    name = doc[last + 1 : root.i + 1]
    if not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _strikes_unattributed(chunk: Span, term: Term) -> bool:
    # "Missiles hit Kyiv", "airstrikes killed ten": a strike of no stated side that does the
    # act is whoever fired it, as often another state as the article's (whose towns it hits)
    return term.cls == "site" and "MIL" in term.sectors and chunk.root.dep_ == "nsubj"


def _is_placed_body(term: Term, countries: list[str], named) -> bool:
    # "a Pakistani group", "Pakistan-based groups": not pointing back, the body is introduced,
    # and its own modifier says whose it is
    return term.refers in BODY_REFERENTS and bool(countries or named is not None)


def _member_role(context: Context, own: list[Token]) -> tuple[str, ...]:
    # "African Union soldiers", "UN police": an international body's members act in the role
    # their own noun names (IGO MIL, IGO COP), not the body's executive one; "UN monitors" are
    # the body's own, not independent (NGO) ones
    sectors = context.dictionary.sectors_for([t.text for t in own])
    return tuple(code for code in sectors if code not in ("IGO", "NGO"))


def _is_foreign(chunk: Span, term: Term) -> bool:
    # The cue counts only outside the term and on the head itself: a "foreign minister", the
    # "foreign ministry officials" and the "foreign policy ministry" are the article's own.
    root = chunk.root
    outside = [t for t in chunk if t.lower_ not in term.words]
    cued = any(t.lower_ in FOREIGN_CUES and t.head.i == root.i and t.dep_ == "amod"
               for t in outside)  # fmt: skip
    return cued and not any(t.i < root.i and t.lower_ in HOME_CUES for t in outside)


def _points_back(determiners: set[str]) -> bool:
    # "the two ministers", "both ministers" point back; "two ministers resigned" introduces two
    cued = bool(determiners & PLURAL_CUES)
    return cued and ("both" in determiners or bool(determiners & DEFINITE))


def _prep_modifiers(
    context: Context, root: Token
) -> tuple[list[str], Entry | None, str | None]:
    """Return the countries and the listed body a noun's "for/of/from/in" phrase names, with
    the preposition."""
    for prep in root.rights:
        # "police in Kharkiv" are Ukraine's as surely as "police of Kharkiv"
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "from", "in"):
            objects = [child for child in prep.children if child.dep_ == "pobj"]
            if root.tag_ in ("NNS", "NNPS"):  # "the foreign ministers of Egypt and Jordan"
                objects += [conj for obj in objects for conj in obj.conjuncts]
            # Only the object's own modifiers: "for the Indian ministry", not clauses below it.
            indices = [i for obj in objects for i in range(obj.left_edge.i, obj.i + 1)]
            countries, named, _ = read_modifiers(context, indices)
            return countries or _unnamed_places(context, objects), named, prep.lower_
    return [], None, None


def _unnamed_places(context: Context, objects: list[Token]) -> list[str]:
    # "residents of Aleppo" with no entity on Aleppo: a proper noun there is looked up as a
    # place, held to what a name the NER took for something else must meet (big, well known).
    found = []
    for obj in objects:
        if obj.pos_ != "PROPN" or obj.i in context.ent_of:
            continue
        start = compound_start(obj)
        country = context.place_country(Span(context.doc, start, obj.i + 1, label="ORG"))
        if country is not None:
            found.append(country)
    return found


def read_crowds(context: Context, taken: set[int]) -> list[Candidate]:
    """Read bare crowd quantities standing for people: "thousands marched", "freed dozens".

    The crowd is a collective with no country of its own: it takes the article's, as an
    unplaced "protesters" does. A quantity with a noun after it is left to that noun, whose
    mention stretches over the quantity ("hundreds of students" are students).
    """
    found = []
    for token in context.words_of(context.dictionary.quantity_words()):
        term = context.dictionary.quantity(token.text)
        if term is None or token.i in taken or not _in_actor_slot(token):
            continue
        end = _bare_quantity_end(context, token)
        if end is None:
            continue
        # "several hundred", "a few thousand": the words counting the crowd are part of it
        start = token.left_edge.i
        start = token.i if any(i in taken for i in range(start, token.i)) else start
        candidate = Candidate(start, end, "agent", span_text(context.doc[start:end]),
                              None, term.sectors, basis="article")  # fmt: skip
        candidate.head, candidate.term = token.i, term
        found.append(candidate)
        taken.update(range(start, end))
    return found


def _in_actor_slot(token: Token) -> bool:
    # Subjects and objects, and the agent of a passive: "the price rose by hundreds" is rare
    # next to "attacked by dozens", and adverbial quantities ("by thousands") carry no "by" agent.
    if token.dep_ in CROWD_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"


def _bare_quantity_end(context: Context, token: Token) -> int | None:
    # "tens of thousands" is one quantity; any other noun after "of" says what is counted.
    node = token
    while True:
        of = next((c for c in node.children if c.lower_ == "of" and c.dep_ == "prep"), None)
        if of is None:
            return node.i + 1
        obj = next((child for child in of.children if child.dep_ == "pobj"), None)
        if obj is None or context.dictionary.quantity(obj.text) is None:
            return None
        node = obj


def read_surnames(context: Context, people: list[Candidate], taken: set[int]) -> list[Candidate]:
    """Read bare surnames of people named elsewhere that the NER missed ("Petrov declined")."""
    doc = context.doc
    surnames = {doc[c.end - 1].text for c in people if c.kind == "person" and c.end - c.start > 1}
    found = []
    for token in context.words("PROPN"):
        if token.i not in taken and token.text in surnames:
            if not token.ent_type_ or token.ent_type_ == "PERSON":
                found.append(Candidate(token.i, token.i + 1, "person", token.text, head=token.i))
                taken.add(token.i)
    return found


def read_pronouns(context: Context, taken: set[int]) -> list[Candidate]:
    """Read personal pronouns, possessives and "both" standing for people, to be resolved
    later."""
    found = []
    for token in context.words("PRON"):
        if token.i in taken:
            continue
        if token.dep_ == "poss":
            if token.lower_ in POSSESSIVES:  # "his visit", not a word of "his government"
                found.append(Candidate(token.i, token.i + 1, "pronoun", token.text, head=token.i))
            continue
        if token.lower_ in GROUP_PRONOUNS and token.dep_ not in SUBJECT_DEPS:
            continue
        if token.lower_ in PRONOUNS or _is_body_pronoun(token):
            found.append(Candidate(token.i, token.i + 1, "pronoun", token.text, head=token.i))
        elif token.lower_ == "both" and token.dep_ in SUBJECT_DEPS:
            found.append(Candidate(token.i, token.i + 1, "plural", token.text, head=token.i))
    return found


def _is_body_pronoun(token: Token) -> bool:
    # "it" as the subject of an act or a saying; passive subjects are more often things ("it
    # was destroyed"), and dummy subjects nobody's
    return (
        token.lower_ in BODY_PRONOUNS
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() not in DUMMY_SUBJECT_VERBS
    )
