"""Actors: turn named entities and agent nouns of a parsed article into `Mention`s of actors.

Reads the spaCy doc (entity ruler from the actor dictionary in front of the NER), the article
(its date picks dated roles) and the dictionary; titles, name variants, surnames, pronouns and
"the two ministers" are resolved within the article only. Mentions come back in text order.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsevents.dictionaries import ActorDictionary, Entry, Term, actor_id, same_person
from newsevents.records import Actor, Article, Mention

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
DEFINITE = frozenset({"the", "this", "that"})
PLURAL_CUES = frozenset({"two", "both"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LOOKBACK_SENTENCES = 3  # pronouns and "the minister" look no further back than this


@dataclass
class Candidate:
    """A span that may name an actor, filled in step by step before it becomes a Mention."""

    start: int
    end: int
    kind: str  # state, person, igo, group, media, agent, or pronoun/title/plural/anaphor
    name: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    role: str | None = None
    basis: str = "dictionary"
    ident: str = ""
    head: int = -1
    term: Term | None = None
    members: list[Candidate] = field(default_factory=list)  # resolved antecedents
    also: list[str] = field(default_factory=list)  # "Hungarian and Romanian officials"


@dataclass
class Context:
    """What the readers of one doc share: the doc, the dictionary and an entity index."""

    doc: Doc
    dictionary: ActorDictionary
    on_date: str | None
    ent_of: dict[int, Span]

    @classmethod
    def make(cls, doc: Doc, dictionary: ActorDictionary, on_date: str | None) -> Context:
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        return cls(doc, dictionary, on_date, ent_of)

    def entry_for(self, ent: Span) -> Entry | None:
        """Return the dictionary entry of an entity, by the ruler's id or by its text."""
        found = self.dictionary.entry(ent.ent_id_) if ent.ent_id_ else None
        return found or self.dictionary.lookup(ent.text)


def resolve_actors(doc: Doc, article: Article, dictionary: ActorDictionary) -> tuple[Mention, ...]:
    """Return the mentions of actors in the doc, in text order, resolved within the article."""
    context = Context.make(doc, dictionary, article.published)
    candidates = read_entities(context)
    taken = {i for found in candidates for i in range(found.start, found.end)}
    candidates += read_surnames(doc, candidates, taken)
    candidates += read_agent_nouns(context, taken)
    candidates += read_pronouns(doc, taken)
    candidates.sort(key=lambda found: (found.start, found.end))
    merge_people([found for found in candidates if found.kind == "person"])
    resolve_references(doc, candidates)
    main = main_country(candidates)
    return tuple(_mentions(doc, candidates, main))


def read_entities(context: Context) -> list[Candidate]:
    """Read named entities (people first, so their titles take the tokens before them)."""
    doc = context.doc
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    found: list[Candidate] = []
    taken: set[int] = set()
    for ent in people + [ent for ent in doc.ents if ent.label_ != "PERSON"]:
        if ent.label_ not in ENTITY_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        entry = context.entry_for(ent)
        if ent.label_ == "PERSON" and (entry is None or entry.kind == "person"):
            candidate = read_person(context, ent, found)
        elif is_modifier(context, ent):
            continue  # "Ukraine's Defense Ministry", "Hamas fighters": the noun is the actor
        else:
            candidate = read_named(context, ent, entry)
        if candidate is not None:
            used = [i + 1 for i in range(candidate.start, ent.start) if i in taken]
            candidate.start = max(used, default=candidate.start)
            found.append(candidate)
            taken.update(range(candidate.start, candidate.end))
    return found


def is_modifier(context: Context, ent: Span) -> bool:
    """Tell whether an entity only modifies a following actor noun or named actor."""
    root = ent.root
    if root.dep_ not in ("poss", "compound", "amod", "nmod") or root.head.i < ent.end:
        return False
    head = root.head
    if head.i in context.ent_of and context.ent_of[head.i].label_ in ("ORG", "PERSON"):
        return True
    term = context.dictionary.term([head.text])
    return term is not None and term.cls != "anaphor"


def read_person(context: Context, ent: Span, earlier: list[Candidate]) -> Candidate:
    """Read a person with the title before the name or in an apposition after it."""
    doc, dictionary = context.doc, context.dictionary
    end = ent.end - 1 if ent.end - ent.start > 1 and doc[ent.end - 1].dep_ == "case" else ent.end
    name = doc[ent.start : end].text
    candidate = Candidate(ent.start, end, "person", name, head=ent.root.i, basis="name")
    start = candidate.start = title_start(context, ent)
    countries, named, title = read_modifiers(context, range(start, ent.start))
    country = next(iter(countries), None)
    if title and title[-1].lower_ == "counterpart":
        _copy_counterpart(candidate, earlier, doc[ent.start].sent.start)
    elif title:
        candidate.role = _text(title)
        candidate.sectors = dictionary.sectors_for([t.text for t in title])
    if named is not None:  # "NATO Secretary General X", "Hamas leader X" speak for the body
        candidate.sectors, country = named.sectors, named.country or country
    candidate.country = country
    if title or country:
        candidate.basis = "title"
    if not title:
        _read_apposition(context, candidate, ent.root)
    known = dictionary.person(name, context.on_date)
    if known is not None:
        candidate.name = known.name
        candidate.country = candidate.country or known.country
        candidate.sectors = candidate.sectors or known.sectors
        candidate.role = candidate.role or known.role
        if candidate.basis == "name":
            candidate.basis = "dictionary"
    return candidate


def _copy_counterpart(candidate: Candidate, earlier: list[Candidate], sent_start: int) -> None:
    # "X held a call with his counterpart Y": Y holds X's office, in another country.
    for other in reversed(earlier):
        if other.kind == "person" and other.start >= sent_start and other.role:
            candidate.role, candidate.sectors = other.role, other.sectors
            return


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
        candidate.role, candidate.sectors = _text(words), sectors
        candidate.country, candidate.basis = country, "apposition"
        return


def read_named(context: Context, ent: Span, entry: Entry | None) -> Candidate | None:
    """Read a named state, organisation, group or outlet, with the modifiers before it."""
    dictionary = context.dictionary
    start = title_start(context, ent)
    countries, named, title = read_modifiers(context, range(start, ent.start))
    countries += read_modifiers(context, range(ent.start, ent.end))[0]
    country = next(iter(countries), None)
    if ent.label_ == "NORP":
        if ent.root.dep_ in ("amod", "compound") or ent.root.pos_ == "ADJ":
            return None  # a modifier; the noun it modifies is the actor
        iso3 = dictionary.demonym(ent.text)
        if iso3 is None:
            return None
        state = dictionary.state(iso3)
        name = state.name if state else ent.text
        ident = actor_id(f"people of {name}", iso3)
        return Candidate(ent.start, ent.end, "agent", name, iso3, (), None, "dictionary", ident)
    if entry is not None:
        role = _text(title) if title and entry.table != "countries" else None
        return Candidate(
            start, ent.end, entry.kind, entry.name, entry.country or country, entry.sectors,
            role, "dictionary", entry.actor_id, ent.root.i,
        )  # fmt: skip
    if ent.label_ in ("GPE", "LOC", "FAC"):
        return None  # a place, not an actor: the places stage reads it
    sectors = dictionary.sectors_for([t.text for t in ent])
    return Candidate(
        start, ent.end, "agent", ent.text, country, sectors, None, "modifier" if country else "",
        actor_id(ent.text, country), ent.root.i,
    )  # fmt: skip


def title_start(context: Context, ent: Span) -> int:
    """Return where the title before a name begins: "French Defense Minister X"."""
    doc = context.doc
    start = modifier_start(doc, ent.start, ent.root)
    if start > ent.start or ent.start == 0 or doc[ent.start - 1].ent_type_:
        return start
    # "his Russian counterpart Sergey Shoigu", "state news agency TASS": the parser makes the
    # title noun the head (apposition) or a sibling, not a modifier of the name.
    head = doc[ent.start - 1]
    if head.pos_ == "NOUN" and (ent.root.head == head or context.dictionary.term([head.text])):
        start = min(modifier_start(doc, head.i + 1, head), head.i)
    return start


def modifier_start(doc: Doc, start: int, head: Token) -> int:
    """Return where the modifiers of head that end just before doc[start] begin."""
    left_edge = head.left_edge.i
    while start - 1 >= left_edge:
        token = doc[start - 1]
        if token.is_punct or token.pos_ in ("DET", "PRON", "CCONJ", "NUM"):
            break
        if token.ent_type_ == "PERSON" or token.dep_ in ("appos", "relcl"):
            break
        start -= 1
    return start


def read_modifiers(context: Context, indices) -> tuple[list[str], Entry | None, list[Token]]:
    """Split modifier tokens into countries, a named non-state entry and title words."""
    doc, dictionary = context.doc, context.dictionary
    countries: list[str] = []
    named, title = None, []
    for i in indices:
        token = doc[i]
        ent = context.ent_of.get(i)
        if token.dep_ == "case" or token.text in ("'s", "\u2019s"):
            continue
        if ent is not None and ent.label_ == "NORP":
            _add(countries, dictionary.demonym(ent.text))
            continue
        entry = context.entry_for(ent) if ent is not None and ent.label_ != "PERSON" else None
        if entry is not None and entry.kind != "person":
            _add(countries, entry.country)
            if entry.table != "countries":
                named = named or entry
            continue
        if token.pos_ != "CCONJ":
            title.append(token)
    return countries, named, title


def _prep_countries(context: Context, root: Token) -> list[str]:
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "from"):
            objects = [child for child in prep.children if child.dep_ == "pobj"]
            # Only the object's own modifiers: "for the Indian ministry", not clauses below it.
            indices = [i for obj in objects for i in range(obj.left_edge.i, obj.i + 1)]
            return read_modifiers(context, indices)[0]
    return []


def _add(countries: list[str], country: str | None) -> None:
    if country is not None and country not in countries:
        countries.append(country)


def read_agent_nouns(context: Context, taken: set[int]) -> list[Candidate]:
    """Read noun phrases headed by agent nouns: "Ukrainian forces", "police", "the minister"."""
    doc, dictionary = context.doc, context.dictionary
    found = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.i in taken or root.pos_ != "NOUN" or root.head.i in taken and root.dep_ == "appos":
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
    candidate = Candidate(start, root.i + 1, kind, text, country, term.sectors, None, "modifier")
    candidate.head, candidate.term = root.i, term
    if named is not None and kind == "agent":  # "Hamas fighters" are Hamas
        candidate.kind, candidate.name, candidate.country = named.kind, named.name, named.country
        own = [t for t in context.doc[start : root.i + 1] if t.i not in context.ent_of]
        candidate.sectors, candidate.role = named.sectors, _text(own)
        candidate.ident, candidate.basis = named.actor_id, "dictionary"
    elif kind == "agent":
        candidate.basis = "modifier" if country else "article"
        candidate.also = countries[1:]
    return candidate


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


def resolve_references(doc: Doc, candidates: list[Candidate]) -> None:
    """Point pronouns, "the minister", "the two ministers" and "the group" at earlier actors."""
    for index, found in enumerate(candidates):
        if found.kind not in ("pronoun", "title", "plural", "anaphor"):
            continue
        sent_start = doc[found.start].sent.start
        window = _window_start(doc, found.start)
        earlier = [c for c in candidates[:index] if c.start >= window]
        earlier = [c for c in earlier if c.kind not in ("pronoun", "title", "plural", "anaphor")]
        if found.kind == "pronoun":
            # Prefer the latest person who was a subject; in the pronoun's own sentence only a
            # subject counts ("Lecornu told Shoigu that he ..." points at Lecornu).
            people = [c for c in earlier if c.kind == "person"]
            subjects = [c for c in people if doc[c.head].dep_ in SUBJECT_DEPS]
            before = [c for c in people if c.start < sent_start]
            found.members = (subjects or before)[-1:]
        elif found.kind == "anaphor":
            wanted = found.term.refers if found.term else None
            found.members = [c for c in earlier if c.kind == wanted][-1:]
        else:
            found.members = _same_title(found, candidates[:index])


def _same_title(found: Candidate, earlier: list[Candidate]) -> list[Candidate]:
    # "the minister" is the last person whose role ends in "minister"; "the two ministers" the
    # last two different such people; "both" the last two different people.
    wanted = 2 if found.kind == "plural" else 1
    noun = found.term.words[-1].removesuffix("s") if found.term else None
    picked: list[Candidate] = []
    for other in reversed(earlier):
        if other.kind != "person" or any(other.ident == p.ident for p in picked):
            continue
        role = (other.role or "").lower()
        if noun is None or role.endswith(noun) or noun in role.split():
            if found.country is None or found.country == other.country:
                picked.append(other)
        if len(picked) == wanted:
            return picked[::-1]
    return []


def _window_start(doc: Doc, token_index: int) -> int:
    sentences = [sent.start for sent in doc.sents if sent.start <= token_index]
    return sentences[max(0, len(sentences) - 1 - LOOKBACK_SENTENCES)]


def merge_people(people: list[Candidate]) -> None:
    """Give name variants of one person ("Sergei Shoigu", "Sergey Shoigu", "Shoigu") one actor."""
    clusters: list[list[Candidate]] = []
    for person in people:
        for cluster in reversed(clusters):
            if same_person(person.name, cluster[0].name):
                cluster.append(person)
                break
        else:
            clusters.append([person])
    for cluster in clusters:
        full = next((p for p in cluster if len(p.name.split()) > 1), cluster[0])
        country = next((p.country for p in cluster if p.country), None)
        titled = next((p for p in cluster if p.role), None)
        ident = actor_id(full.name, country)
        for person in cluster:
            if not (person.role or person.country):
                person.basis = "coreference" if person is not full else person.basis
            person.name, person.country, person.ident = full.name, country, ident
            if titled is not None:
                person.role, person.sectors = titled.role, titled.sectors


def main_country(candidates: list[Candidate]) -> str | None:
    """Return the country the article is mainly about: the most-mentioned one, first on ties."""
    counts = Counter(
        c.country for c in candidates if c.country and c.kind in ("state", "person", "group")
    )
    if not counts:
        return None
    best = max(counts.values())
    return next(c.country for c in candidates if c.country and counts[c.country] == best)


def _mentions(doc: Doc, candidates: list[Candidate], main: str | None) -> list[Mention]:
    sentence_starts = [sent.start for sent in doc.sents]
    mentions = []
    for found in candidates:
        span = doc[found.start : found.end]
        sentence_index = bisect.bisect_right(sentence_starts, found.start) - 1
        for actor in _actors(found, span.text, main):
            mentions.append(
                Mention(found.start, found.end, span.start_char, span.end_char, span.text,
                        sentence_index, actor)
            )  # fmt: skip
    return mentions


def _actors(found: Candidate, text: str, main: str | None) -> list[Actor]:
    if found.kind in ("pronoun", "title", "plural", "anaphor"):
        return [
            Actor(m.name, text, m.country, m.sectors, m.role, m.ident, m.kind, "coreference")
            for m in found.members
        ]
    country, basis = found.country, found.basis
    if found.kind == "agent" and country is None and main is not None and found.sectors:
        country, basis = main, "article"
    actors = []
    for each in [country, *found.also]:
        ident = found.ident or actor_id(f"agent {'+'.join(found.sectors)}", each)
        actor = Actor(found.name, text, each, found.sectors, found.role, ident, found.kind, basis)
        actors.append(actor)
    return actors


def _text(tokens) -> str:
    return "".join(token.text_with_ws for token in tokens).strip()


def mention_at(mentions: tuple[Mention, ...], token_index: int) -> Mention | None:
    """Return the first mention covering the token, in O(log n) over text-ordered mentions."""
    found = mentions_at(mentions, token_index)
    return found[0] if found else None


def mentions_at(mentions: tuple[Mention, ...], token_index: int) -> tuple[Mention, ...]:
    """Return every mention covering the token ("the two ministers" stands for two actors)."""
    # Mentions never overlap except when several share one span, so only the span starting
    # last at or before the token can cover it.
    right = bisect.bisect_right(mentions, token_index, key=lambda mention: mention.start)
    if right == 0 or mentions[right - 1].end <= token_index:
        return ()
    left = right - 1
    while left > 0 and mentions[left - 1].start == mentions[right - 1].start:
        left -= 1
    return mentions[left:right]


def mentions_in(
    mentions: tuple[Mention, ...], start_token: int, end_token: int
) -> tuple[Mention, ...]:
    """Return the mentions that overlap the token range [start_token, end_token)."""
    left = bisect.bisect_right(mentions, start_token, key=lambda mention: mention.end)
    right = bisect.bisect_left(mentions, end_token, key=lambda mention: mention.start)
    return mentions[left:right]
