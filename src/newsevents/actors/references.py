"""Actors, references: name variants of one person, pronouns and "the minister" in the article."""

from __future__ import annotations

import bisect
from collections import Counter

from spacy.attrs import IS_QUOTE
from spacy.tokens import Doc

from newsevents.actors.candidates import (
    BODY_PRONOUNS,
    DEFINITE,
    GROUP_PRONOUNS,
    LOOKBACK_SENTENCES,
    PRONOUN_GENDERS,
    REFERENCES,
    SITE_PREPOSITIONS,
    SUBJECT_DEPS,
    Candidate,
    is_owner,
    pronoun_of,
)
from newsevents.annotate import table_of
from newsevents.dictionaries import ActorDictionary, actor_id, same_person

TOWN_WEIGHT = 0.5  # what a town or province the dictionary does not list counts toward the country
PASSING_WEIGHT = 0.25  # what a state named once, as an object and nowhere placed, counts


def resolve_references(
    doc: Doc, candidates: list[Candidate], dictionary: ActorDictionary | None = None
) -> None:
    """Point pronouns, "the minister", "the two ministers" and "the group" at earlier actors;
    "he" or "she" only at a person whose given name (`dictionary.gender`) does not tell
    otherwise."""
    starts = table_of(doc).sentence_starts
    quotes: list[int] | None = None  # where the quotation marks are, read once when needed
    for index, found in enumerate(candidates):
        if found.kind not in REFERENCES and not is_bare_definite(doc, found):
            continue
        sent_start = _window_start(starts, found.start, back=0)
        window = _window_start(starts, found.start)
        earlier = [c for c in candidates[:index] if c.start >= window]
        earlier = [c for c in earlier if c.kind not in REFERENCES]
        if found.kind == "agent":
            _same_head(doc, found, earlier)
        elif found.kind == "pronoun" and pronoun_of(doc[found.start].text) in GROUP_PRONOUNS:
            found.members = _last_group_subject(doc, found, earlier, starts)
        elif found.kind == "pronoun" and pronoun_of(doc[found.start].text) in BODY_PRONOUNS:
            found.members = _last_body_subject(doc, found, earlier, starts)
        elif found.kind == "pronoun":
            # Prefer the latest person who was a subject; in the pronoun's own sentence only a
            # subject counts ("Lecornu told Shoigu that he ..." points at Lecornu).
            people = (
                [c for c in earlier if c.kind == "person"]
                or _lone_titles([c for c in candidates[:index] if c.start >= window])
                or [c for c in earlier if _is_one_person(doc, c)]
            )
            near = _window_start(starts, found.start, back=1)
            quotes = quote_marks(doc) if quotes is None else quotes
            people = [c for c in people if not _quoted_apart(quotes, c, found, near)]
            wanted = PRONOUN_GENDERS.get(pronoun_of(doc[found.start].text))
            if wanted and dictionary is not None:  # "Trump met Clinton. She said ...": Clinton
                people = [c for c in people if dictionary.gender(c.name) in (None, wanted)]
            subjects = [c for c in people if doc[c.head].dep_ in SUBJECT_DEPS]
            before = [c for c in people if c.start < sent_start]
            found.members = (subjects or before)[-1:]
        elif found.kind == "anaphor":
            wanted = found.term.refers if found.term else None
            found.members = [c for c in earlier if _is_kind(c, wanted)
                             and not _subject_of_own_clause(doc, found, c)][-1:]
            if not found.members and wanted == "group":
                found.members = _unnamed_group(doc, found, earlier, starts)
        else:
            found.members = _same_title(found, candidates[:index])


def quote_marks(doc: Doc) -> list[int]:
    """Return the positions of a doc's quotation marks, read as numbers."""
    return [i for i, mark in enumerate(doc.to_array(IS_QUOTE).tolist()) if mark] if len(doc) else []


def _quoted_apart(quotes: list[int], other: Candidate, found: Candidate, near: int) -> bool:
    # '"X is a joke," he said': a quotation mark between a person and a pronoun just after it
    # puts one inside a quotation and the other outside, and the speaker is not who is quoted
    if other.start < near:
        return False
    between = bisect.bisect_left(quotes, found.start) - bisect.bisect_left(quotes, other.end)
    return between % 2 == 1


def _subject_of_own_clause(doc: Doc, found: Candidate, other: Candidate) -> bool:
    # "Britain cut its aid to the country": a description is never the subject of its own
    # clause, whatever it is the object of (it would have said "itself"); in a clause below
    # ("Britain said the country would ...") it may well be.
    if found.head < 0 or other.head < 0 or doc[other.head].dep_ not in SUBJECT_DEPS:
        return False
    word = doc[found.head]
    while word.dep_ in CLAUSE_MATE_DEPS and word.head is not word:
        word = word.head
    return word == doc[other.head].head


def _lone_titles(candidates: list[Candidate]) -> list[Candidate]:
    # With nobody named nearby, "he" or "she" is the office holder no name was given for ("the
    # finance minister ... she said"); a named person nearby is the likelier antecedent.
    return [c for c in candidates if c.kind == "title" and not c.members]


def _is_one_person(doc: Doc, found: Candidate) -> bool:
    # With nobody named or titled nearby, "he"/"she" is the last single person an agent noun
    # stood for ("a witness said she ..."); "police", "the ministry" are no one person.
    term = found.term
    singular = found.head >= 0 and doc[found.head].tag_ == "NN"
    return found.kind == "agent" and term is not None and term.person == "individual" and singular


def _last_group_subject(
    doc: Doc, found: Candidate, earlier: list[Candidate], starts: list[int]
) -> list[Candidate]:
    """Return the actor "they" stands for: the last subject noun before it in its sentence, else
    the main subject of the sentence before, when that noun is a plural or collective actor's."""
    sent_start = _window_start(starts, found.start, back=0)
    subject = _last_subject(doc[sent_start : found.start])
    if subject is None and sent_start > 0:
        # the sentence before's own subject, not a reported one: in "workers say the government
        # promised ... They say", "they" are the workers
        before = doc[_window_start(starts, found.start, back=1) : sent_start]
        subject = _last_subject(before, main=True)
    if subject is None:
        return []
    # The subject must be an actor's ("prices", "Costa Rica" leave it unresolved), and no other
    # plural noun may come between: in "officials freed the prisoners as they were ill" either
    # may be meant.
    owner = next((c for c in reversed(earlier) if c.start <= subject.i < c.end), None)
    if owner is None or not _is_many(doc, owner):
        return []
    between = doc[max(owner.end, subject.i + 1) : found.start]
    if any(t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN") for t in between):
        return []
    return [owner]


def _unnamed_group(
    doc: Doc, found: Candidate, earlier: list[Candidate], starts: list[int]
) -> list[Candidate]:
    """Return the people acting together whom "the group" stands for when no named group comes
    before it: the subject "they" would stand for, if its noun names a group ("Gunmen stormed
    a school. The group ..." are the gunmen), not officials or a title's holders."""
    members = _last_group_subject(doc, found, earlier, starts)
    return [m for m in members if m.term is not None and m.term.cls == "group"]


def _last_body_subject(
    doc: Doc, found: Candidate, earlier: list[Candidate], starts: list[int]
) -> list[Candidate]:
    """Return the state or body "it" stands for: the main subject of its own sentence before it
    ("Russia said it would retaliate"), else, when its sentence has no subject before it, the
    main subject of the sentence before; nothing when that subject is no state or body."""
    sent_start = _window_start(starts, found.start, back=0)
    before = doc[sent_start : found.start]
    subject = next((t for t in reversed(before) if t.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.head.dep_ != "ROOT":
        return []  # "the ministry said the plan was ready and it ...": the plan, maybe
    if subject is None and sent_start > 0:
        subject = _last_subject(doc[_window_start(starts, found.start, back=1) : sent_start], True)
    if subject is None or subject.conjuncts:
        return []  # "Trump and other Republicans said ... It": "it" is one, never several
    # the subject must be the head of a state's or body's mention, not a word inside one
    owner = next((c for c in reversed(earlier) if c.head == subject.i), None)
    return [owner] if owner is not None and _is_body(doc, owner) else []


def _is_body(doc: Doc, found: Candidate) -> bool:
    # one state or body: "Russia", "NATO", "Hamas", "the ministry", "the army", a named body the
    # lists do not hold; not a person, nor the plural of a noun ("the ministries" are "they")
    if found.kind == "state":
        return True  # "the United States", "the Philippines": plural in form, one state
    if found.kind in ("igo", "group", "media"):
        return doc[found.head].tag_ not in ("NNS", "NNPS")  # "the Houthis", "Republicans": they
    if found.kind != "agent" or doc[found.head].tag_ in ("NNS", "NNPS"):
        return False
    term = found.term
    return term.person == "collective" if term is not None else bool(found.ident)


def _last_subject(tokens, main: bool = False):
    # a noun as subject ("they" after "they" says nothing new), of the main verb when asked
    return next(
        (t for t in reversed(tokens) if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN")
         and (not main or t.head.dep_ == "ROOT")),
        None,
    )  # fmt: skip


def _is_many(doc: Doc, found: Candidate) -> bool:
    # People acting together: a named armed group or party, a body of people ("police", "the
    # army"), or the plural of one person's noun ("witnesses", "the ministers").
    if found.kind == "group":
        return True
    term = found.term
    if term is None or not term.person:
        return False
    return term.person == "collective" or doc[found.head].tag_ in ("NNS", "NNPS")


def is_bare_definite(doc: Doc, found: Candidate) -> bool:
    """Tell whether an agent noun is "the ministry", "the rebels": definite, nothing else before
    the noun, no country or body of its own, so it points back to an actor named earlier."""
    if found.kind != "agent" or found.basis != "article" or found.head < 0:
        return False
    head = doc[found.head]
    lefts = list(head.lefts)
    return len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ in DEFINITE


def _same_head(doc: Doc, found: Candidate, earlier: list[Candidate]) -> None:
    # Head match, the most precise rule of sieve coreference: "the ministry" after "Kenya's
    # Health Ministry", "the rebels" after "Houthi rebels" are that actor, with its country
    # and sectors. The antecedent must have said more than the reference: a country or a name.
    lemma = doc[found.head].lemma_.lower()
    for other in reversed(earlier):
        if other.head < 0 or other.kind == "person" or doc[other.head].lemma_.lower() != lemma:
            continue
        if other.country is not None or other.ident:
            found.kind, found.members = "anaphor", [other]
        return


def _is_kind(candidate: Candidate, wanted: str | None) -> bool:
    # "the group", "the organisation" also stand for a body the dictionary does not list,
    # named earlier ("the Kivu Defence Front"): an agent read from a name carries an ident,
    # as do a state's people ("Haitians"), but those come from the dictionary.
    named_body = candidate.kind == "agent" and bool(candidate.ident) and candidate.term is None
    named_body = named_body and candidate.basis != "dictionary"
    return candidate.kind == wanted or named_body and wanted in ("group", "igo")


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


def _window_start(starts: list[int], token_index: int, back: int = LOOKBACK_SENTENCES) -> int:
    """Return where the look-back window of a reference at token_index begins."""
    current = bisect.bisect_right(starts, token_index) - 1
    return starts[max(0, current - back)]


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


# How an agent noun came by a country of its own: a modifier ("Kenyan police"), or a demonym
# standing for its people ("thousands of Zimbabweans").
PLACED = ("modifier", "dictionary")
# How an object hangs on its clause's verb: "cut aid to the country", "met the country's envoy".
CLAUSE_MATE_DEPS = ("dobj", "pobj", "prep", "dative", "poss", "compound", "agent")


def main_country(doc: Doc, candidates: list[Candidate], terms) -> str | None:
    """Return the country the article is mainly about: the most-mentioned one, first on ties."""
    kinds = ("state", "person", "group", "place")
    # "Haitian teachers" tell the article's country as well as "Haiti" does; a town or province
    # half as much: a story names the foreign city it reports from ("Geneva", "Washington, DC")
    # beside the one state it is about.
    counts: Counter[str] = Counter()
    sited: set[str] = set()
    loose: Counter[str] = Counter()
    ranked = sorted(candidates, key=lambda c: c.start)  # places are read apart: put them back
    for c in ranked:
        if c.generic or _is_sponsor(doc, c):
            continue  # "Congress" says nothing of whose news this is, nor a backer of its actors
        # a people named by its demonym ("thousands of Zimbabweans") is the dictionary's
        if c.country and (c.kind in kinds or c.kind == "agent" and c.basis in PLACED):
            counts[c.country] += TOWN_WEIGHT if c.basis == "gazetteer" else 1.0
            if c.kind == "place":
                sited.add(c.country)
            loose[c.country] += _is_loose(doc, c, terms)
    if not counts:
        return None
    for country, times in counts.items():
        # A state named once, in passing ("a deal with Ghana", "protests in Senegal last year"),
        # is a foreign partner more often than the article's own: a town of the story outweighs
        # it, wherever each is named.
        if times == 1.0 and loose[country] and country not in sited:
            counts[country] = PASSING_WEIGHT
    best = max(counts.values())
    return next(c.country for c in ranked if c.country and counts[c.country] == best)


def settle_homonyms(
    doc: Doc, candidates: list[Candidate], main: str | None, dictionary: ActorDictionary
) -> str | None:
    """Read each state name that is also another country's region ("Georgia") as the article
    does, and return the country the article is about.

    Counted as a state, such a name can make a story about Atlanta Georgia's (GEO). The article
    is read again without these names: where it is then about the region's country (USA), that
    is its country, and every actor the name placed in the state is placed there instead.
    """
    named = [(c, pair) for c in candidates if (pair := _homonym_in(doc, c, dictionary))]
    if not named:
        return main
    if main in {state for _, (state, _) in named}:
        rest = [c for c in candidates if all(c is not found for found, _ in named)]
        recount = main_country(doc, rest, dictionary.term)
        if recount not in {country for _, (_, country) in named}:
            return main
        main = recount
    for found, (_, country) in named:
        if country == main:
            found.country, found.basis = main, "article"
            found.ident = found.ident and actor_id(found.name, main)
    return main


def _homonym_in(doc: Doc, found: Candidate, dictionary: ActorDictionary) -> tuple[str, str] | None:
    # the name that placed the actor in its state: "Georgia", "Georgia businessman X"
    for token in doc[found.start : found.end]:
        pair = dictionary.homonym(token.text)
        if pair is not None and pair[0] == found.country:
            return pair
    return None


def _is_loose(doc: Doc, found: Candidate, terms) -> bool:
    # A state's own name as an object, not placing an actor noun: "signed a deal with Ghana",
    # "sanctions on Russia", but not "students in Lima" (Lima's students) nor a subject.
    if _is_foreign_site(doc, found):
        return True
    if found.kind != "state" or found.basis != "dictionary" or found.head < 0:
        return False
    head = doc[found.head]
    if head.dep_ not in ("pobj", "dobj"):
        return False
    owner = head.head.head if head.dep_ == "pobj" else head.head
    return owner.pos_ not in ("NOUN", "PROPN") or terms([owner.text]) is None


def _is_sponsor(doc: Doc, found: Candidate) -> bool:
    # The backer of an actor ("rebels backed by Rwanda", "militias funded by Iran") is another
    # state than theirs, as an "X-backed" modifier is; a leader is not ("a force led by Kenya").
    if found.head < 0:
        return False
    head = doc[found.head]
    by, participle = head.head, head.head.head
    return (head.dep_ == "pobj" and by.lower_ == "by" and participle.dep_ == "acl"
            and participle.tag_ == "VBN" and not is_owner(participle))


def _is_foreign_site(doc: Doc, found: Candidate) -> bool:
    # A body named by its state's modifier as the place an act happened at: "protested outside
    # the American embassy in Seoul" is a protest in Seoul, by its people, at a foreign mission,
    # so the embassy's state is the story's only as much as a state named in passing.
    if found.kind != "agent" or found.basis != "modifier" or found.head < 0:
        return False
    head = doc[found.head]
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in SITE_PREPOSITIONS and prep.lower_ != "in"
            and prep.head.pos_ == "VERB")


def give_article_country(candidates: list[Candidate], main: str | None) -> None:
    """Give actors with no country of their own the article's ("police", "Opposition leader X").

    CAMEO codes an unplaced domestic actor with the country the story is about; IGO officials
    and resolved references (they stand for their antecedents) are left alone. A title nobody
    earlier holds ("the finance minister" opening a story) is the article country's official.
    Agents said to be foreign ("foreign NGOs") stay without a country rather than take it.
    """
    for found in candidates:
        if found.generic and main not in (None, found.country):
            _give_generic(found, main)
        if found.country is not None:
            continue
        unknown_body = found.kind == "agent" and found.basis == ""
        lone_title = found.kind == "title" and not found.members and bool(found.sectors)
        agent = found.kind == "agent" and bool(found.sectors) or unknown_body
        home = main is not None and not found.foreign and "IGO" not in found.sectors
        if home and (found.kind == "person" or agent or lone_title):
            found.country, found.basis = main, "article"
        elif found.basis == "article":
            found.basis = ""  # no country came from the article after all


def _give_generic(found: Candidate, main: str) -> None:
    # "Congress" in a story about Colombia is Colombia's, with the listed body's sectors
    found.name, found.country, found.basis = found.generic, main, "article"
    found.ident = actor_id(found.generic, main)
