"""Actors, shared parts: the candidate record the readers fill in and the context they read."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsevents.actors.names import Parts, entry_of_mended, mend_names
from newsevents.annotate import pos_numbers, text_of
from newsevents.dictionaries import ActorDictionary, Entry, Term
from newsevents.places.gazetteer import INNER_MIN_POPULATION, is_well_known
from newsevents.places.index import normalize as place_key

if TYPE_CHECKING:
    from newsevents.places import Gazetteer

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# "they" only as a subject: "them" stands as often for things ("seized the planes ... return
# them") and for part of a group ("arrested some of them")
GROUP_PRONOUNS = frozenset({"they"})
# "it" only as a subject, for a state or body ("Russia said it would ..."); most "it"s are things
BODY_PRONOUNS = frozenset({"it"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
# A possessive stands for whom its pronoun would: "his attacks on X", "their protest", "its
# withdrawal" are that actor's acts
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}  # "his" reads as "he"
# "It is unclear", "it seems", "it took hours": the dummy subject of these verbs is nobody
DUMMY_SUBJECT_VERBS = frozenset({"be", "seem", "appear", "happen", "take", "remain", "become",
                                 "rain", "cost", "mean", "matter", "come", "get"})  # fmt: skip
DEFINITE = frozenset({"the", "this", "that"})
PLURAL_CUES = frozenset({"two", "both"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme", "m"})
ETHNIC_CUES = frozenset({"ethnic"})  # before a demonym: a people, not a state's actor
# "pro-Russian separatists", "anti-American protesters": a side taken, not whose they are
ALLEGIANCE_CUES = frozenset({"pro", "anti"})
# "foreign NGOs", "international journalists": not the article's country's, whose else unsaid;
# "foreign and local NGOs" are both, so a home cue beside it keeps the article's country
FOREIGN_CUES = frozenset({"foreign", "international", "overseas", "expatriate"})
# ... and nouns that name one's equal on the other side: "his counterpart" is of another country
OTHER_SIDE_NOUNS = frozenset({"counterpart", "counterparts"})
HOME_CUES = frozenset({"domestic", "local", "national"})
# "the Saudi-led coalition" is Saudi Arabia's, "Pakistan-based militants" Pakistan's (a group is
# coded with the state it is based in); "US-backed fighters", "Iran-allied militias" are
# not the backer's own: any other participle after the hyphen names a sponsor, not an owner.
# A ship "British-flagged" or "Liberian-registered" is that state's as much as one "Greek-owned".
OWNER_PARTICIPLES = frozenset({"lead", "run", "control", "dominate", "own", "command", "base",
                               "flag", "register", "operate"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# After these a capital names where something happened, not its government ("a shooting outside
# Moscow"); "to", "from", "on", "against" are left out: "an appeal to Moscow", "sanctions on Kyiv".
SITE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "within",
                               "throughout", "across"})
# Entity labels a gazetteer place may carry: towns and provinces come out of the NER as either;
# a well-known city or province also as ORG ("the mayor of Marseille"), NORP ("in Punjab") or
# PERSON ("fighting in Raqqa": the small model takes many Arabic and African towns for names)
PLACE_LABELS = frozenset({"GPE", "LOC"})
MISLABELLED_PLACES = frozenset({"ORG", "NORP", "PERSON"})
# ... but only after a preposition of place and only a big city or a first-level division:
# companies, clubs and units are named after towns too ("Toyota", "Azov", "Chelsea")
PLACE_SLOT_PREPOSITIONS = SITE_PREPOSITIONS | {"of", "from"}
MISLABELLED_MIN_POPULATION = 250_000
# "the town of X": a town in a country the article names, or one big enough to make news alone
TOWN_MIN_POPULATION = 10_000
TOWN_KINDS = frozenset({"city", "capital"})
RESPELT_MIN_POPULATION = INNER_MIN_POPULATION
LOOKBACK_SENTENCES = 3  # pronouns and "the minister" look no further back than this
REFERENCES = frozenset({"pronoun", "title", "plural", "anaphor"})  # kinds resolved to others


@dataclass
class Candidate:
    """A span that may name an actor, filled in step by step before it becomes a Mention."""

    start: int
    end: int
    kind: str  # state, person, igo, group, media, agent, pronoun/title/plural/anaphor, or place
    # (a capital used as a site: not a mention, but a sign of the country the article is about)
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
    tail: int = -1  # end of an apposition giving a person's role: "X, an army spokesman"
    guessed: bool = False  # the sectors came from the name model (dictionaries.namemodel)
    generic: str = ""  # the common noun a listed body was named by: "Congress", "Senate"
    foreign: bool = False  # "foreign NGOs": not the article country's (FOREIGN_CUES)


@dataclass
class Context:
    """What the readers of one doc share: the doc, the dictionary and an entity index."""

    doc: Doc
    dictionary: ActorDictionary
    on_date: str | None
    ents: list[Span]  # the doc's entities, names mended (see `actors.names`)
    ent_of: dict[int, Span]
    parts: Parts  # the entities each mended name replaced
    gazetteer: Gazetteer | None = None
    place_countries: dict[tuple[str, str], str | None] = field(default_factory=dict)  # per article
    # entry per entity (bounds, ruler id): each reader asks again, once per word of a name
    entries: dict[tuple[int, int, int], Entry | None] = field(default_factory=dict)
    named_countries: tuple[str, ...] | None = None
    text: str | None = None  # the doc's text, where the caller holds it (see `text_of`)

    @cached_property
    def tokens(self) -> list[Token]:
        """The doc's words, built once: iterating a Doc builds a new Token for every word, and
        the readers walk the whole article one after another."""
        return list(self.doc)

    @cached_property
    def pos_ids(self) -> list[int]:
        """Each word's part of speech as spaCy's number (`spacy.parts_of_speech.IDS`)."""
        return pos_numbers(self.doc)

    def words_of(self, lowers: frozenset[str]) -> list[Token]:
        """Return the doc's words that are one of `lowers` in lower case, in text order, read
        from one array of the words' lower-case string ids rather than from each Token."""
        wanted = {get_string_id(word) for word in lowers}
        found = self.doc.to_array(LOWER).tolist() if len(self.doc) else []
        return [self.tokens[i] for i, lower in enumerate(found) if lower in wanted]

    def words(self, *poses: str) -> list[Token]:
        """Return the doc's words of the given parts of speech, in text order. The parts of
        speech are read as numbers from one array: a Token's `pos_` is among its costliest
        attributes, and most readers want one or two parts of speech out of the whole article."""
        wanted = {POS_IDS[pos] for pos in poses}
        words = zip(self.tokens, self.pos_ids, strict=True)
        return [token for token, pos in words if pos in wanted]

    @classmethod
    def make(
        cls, doc: Doc, dictionary: ActorDictionary, on_date: str | None,
        gazetteer: Gazetteer | None = None, text: str | None = None,
    ) -> Context:
        ents, parts = mend_names(doc, dictionary)
        context = cls(doc, dictionary, on_date, ents, {}, parts, gazetteer, text=text)
        context.ents = [part for ent in ents for part in context.split_places(ent)]
        context.ent_of = {i: ent for ent in context.ents for i in range(ent.start, ent.end)}
        context.named_countries = None  # counted again over the places split apart
        return context

    def split_places(self, ent: Span) -> list[Span]:
        """Return the places of a name the NER ran over a list of them, else the name itself.

        The small model tags "Kharkiv and Izium" as one name. It is split when every part is a
        state or a town of one country, and one of them a state or a big town ("Procter and
        Gamble" and "Marks and Spencer" stay one).
        """
        if ent.label_ not in ENTITY_LABELS or self.entry_for(ent) is not None:
            return [ent]
        cuts = [t.i for t in ent if t.dep_ == "cc" or t.text == ","]
        bounds = zip([ent.start, *(i + 1 for i in cuts)], [*cuts, ent.end], strict=True)
        parts = [Span(self.doc, start, end, label="GPE") for start, end in bounds if end > start]
        if len(parts) < 2 or any(t.pos_ != "PROPN" for part in parts for t in part):
            return [ent]
        readings = [self._place_countries(part.text) for part in parts]
        shared = set.intersection(*(every for every, _ in readings))
        country = min(shared & set.union(*(sure for _, sure in readings)), default=None)
        if country is None:
            return [ent]
        for part in parts:  # a small town listed beside a big one is in the big one's country
            self.place_countries[part.text, part.label_] = country
        return parts

    def _place_countries(self, name: str) -> tuple[set[str], set[str]]:
        # the countries a name may be a state or town of, and those it surely is one of
        entry = self.dictionary.lookup(name)
        if entry is not None:
            country = {entry.country} if entry.table == "countries" and entry.country else set()
            return country, country
        if self.gazetteer is None:
            return set(), set()
        towns = {e.country for e in self.gazetteer.candidates(name)
                 if e.kind in TOWN_KINDS and e.country}  # fmt: skip
        big = self.town_country(name, MISLABELLED_MIN_POPULATION, named=False)
        return towns, {big} if big else set()

    def place_country(self, ent: Span) -> str | None:
        """Return the country of a town or province the dictionary does not list ("Kharkiv").

        One gazetteer lookup per name and article. Only the name itself is looked up, or it
        without a last kind word ("Helmand province"): a longer name is not searched for a town
        inside it, since an organisation named after a place is no place.
        """
        if self.gazetteer is None or ent.label_ not in PLACE_LABELS | MISLABELLED_PLACES:
            return None
        if ent.label_ in MISLABELLED_PLACES and not _in_place_slot(ent):
            return None
        key = (text_of(ent, self.text), ent.label_)
        if key not in self.place_countries:
            self.place_countries[key] = self._look_up_place(ent)
        return self.place_countries[key]

    def _look_up_place(self, ent: Span) -> str | None:
        # A small town counts only in a country the article names: "Baltic" or "Unity" alone
        # are namesake hamlets far more often than places; a name the NER took for a body or a
        # people must be a well-known place ("Christian" is a people before it is a hamlet).
        if self.gazetteer is None:
            return None
        name = ent.text
        entries = self.gazetteer.candidates(name)
        words = name.split()
        if not entries and len(words) > 1 and words[-1].lower() in self.kind_words():
            name = " ".join(words[:-1])  # "Lagos State", "Helmand province", "Kharkiv Oblast"
            entries = self.gazetteer.candidates(name)
        if not entries:
            return None
        named = self._named_countries()
        place = self.gazetteer.resolve(name, named)
        if place is None or place.country is None:
            return None
        key = place_key(name)
        found = next((e for e in entries if e.geonames_id == place.geonames_id), entries[0])
        # a province listed twice ("Zamfara State", and "Zamfara" with no id): the row known by
        # this very name says how well known the place is
        twins = [e for e in entries if (e.country, e.kind) == (found.country, found.kind)]
        entry = next((e for e in twins if is_well_known(e, key)), found)
        if ent.label_ in MISLABELLED_PLACES:
            big = entry.kind in ("admin1", "capital", "country")
            big = big or entry.population >= MISLABELLED_MIN_POPULATION
            return place.country if big and is_well_known(entry, key) else None
        if is_well_known(entry, key) or place.country in named:
            return place.country
        return None

    def town_country(
        self, name: str, min_population: int = TOWN_MIN_POPULATION, named: bool = True
    ) -> str | None:
        """Return the country of a town known by this very name or a respelling of it.

        A town in a country the article names wins (when `named`), else the biggest town of
        at least `min_population`. Another spelling counts for a sizeable town ("Mykolaiv"),
        as in `Gazetteer.knows_by_name`; a village's former name or a translation does not.
        """
        if self.gazetteer is None:
            return None
        key = place_key(name)
        towns = [e for e in self.gazetteer.candidates(name) if e.kind in TOWN_KINDS and e.country
                 and (e.bonus or place_key(e.name) == key or e.population >= RESPELT_MIN_POPULATION)
                 ]  # fmt: skip
        home = [e for e in towns if named and e.country in self._named_countries()]
        big = [e for e in towns if e.population >= min_population]
        best = max(home or big, key=lambda e: e.population, default=None)
        return best.country if best is not None else None

    def kind_words(self) -> frozenset[str]:
        """Return the words that say what kind of place a name is ("province", "region")."""
        words = self.gazetteer.words if self.gazetteer else None
        return words.division | words.place_head if words else frozenset()

    def _named_countries(self) -> tuple[str, ...]:
        # The states the article names choose among namesakes ("Western Region" of Ghana or
        # of Uganda); found once per article, on the first town looked up.
        if self.named_countries is None:
            found = (self.entry_for(ent) for ent in self.ents if ent.label_ in PLACE_LABELS)
            countries = {e.country for e in found if e is not None and e.table == "countries"}
            self.named_countries = tuple(sorted(c for c in countries if c))
        return self.named_countries

    def entry_for(self, ent: Span) -> Entry | None:
        """Return the dictionary entry of an entity, by the ruler's id or by its text."""
        key = (ent.start, ent.end, ent.id)
        if key not in self.entries:
            self.entries[key] = self._look_up_entry(ent)
        return self.entries[key]

    def _look_up_entry(self, ent: Span) -> Entry | None:
        if (ent.start, ent.end) in self.parts:
            return entry_of_mended(self.dictionary, ent, self.parts[ent.start, ent.end])
        found = self.dictionary.entry(ent.ent_id_) if ent.ent_id_ else None
        return found or self.dictionary.lookup(text_of(ent, self.text))


def _in_place_slot(ent: Span) -> bool:
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_SLOT_PREPOSITIONS


def hyphen_participle(token: Token) -> Token | None:
    """Return the participle of an "X-backed", "X-led" modifier that token sits in, if any."""
    while token.dep_ in ("compound", "npadvmod", "amod", "punct") and token.head is not token:
        head = token.head
        participle = head.tag_ == "VBN" or (head.tag_ == "JJ" and head.lower_.endswith("ed"))
        if token.dep_ in ("npadvmod", "amod") and participle and head.dep_ == "amod":
            hyphen = head.i > 0 and token.doc[head.i - 1].text == "-"
            return head if hyphen else None
        token = head
    return None


def owned_thing(token: Token) -> Token | None:
    """Return the noun an "X-owned", "X-flagged" modifier that token sits in says is X's."""
    participle = hyphen_participle(token)
    if participle is None or not is_owner(participle):
        return None
    return participle.head if participle.head.pos_ == "NOUN" else None


def is_owner(participle: Token) -> bool:
    """Tell whether a participle after a hyphen names an owner ("-led", "-owned"), not a sponsor.
    The tagger takes some for adjectives ("British-flagged"), whose lemma is the word itself."""
    word = participle.lower_
    forms = {participle.lemma_.lower(), word[:-1], word[:-2], word[:-3]}  # -d, -ed, -ged
    return bool(forms & OWNER_PARTICIPLES)


def sponsor_of(token: Token) -> bool:
    """Tell whether a token sits in an "X-backed" modifier that names a sponsor, not an owner."""
    participle = hyphen_participle(token)
    return participle is not None and not is_owner(participle)


def span_text(tokens) -> str:
    """Return the text of tokens as written, without outer whitespace."""
    return "".join(token.text_with_ws for token in tokens).strip()


def compound_start(token: Token) -> int:
    """Return where a name ends in `token` begins: its compounds before it ("Kryvyi Rih")."""
    start = token.i
    while start > token.left_edge.i and token.doc[start - 1].dep_ == "compound":
        start -= 1
    return start


def pronoun_of(word: str) -> str:
    """Return the pronoun a word is a form of: "their" -> they, "he" -> he."""
    return POSSESSIVES.get(word.lower(), word.lower())
