"""Actor dictionaries, lookups: the entries and terms, their keys and the indexes over them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from newsevents.dictionaries.namemodel import NameSectors, state_words
from newsevents.ids import content_hash

# Sector (agent type) codes of the CAMEO actor codebook v1.1b3, chapter 3, and its religions.
SECTOR_CODES = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS SEP PTY MED BUS CVL REL EDU HLH REF LAB AGR ELI SPY IGO NGO "
    "MNC CRM HRI DEV ENV UAF MOD RAD IMG".split()
) | frozenset(
    # CAMEO's religion codes (codebook v1.1b3, chapter 4), which CAMEO and PLOVER put after the
    # sector ("CVL MOS"): a faith's people are coded by it
    "ADR ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG PRO SFI "
    "SHI SHN SIK SUN TAO UDX ZRO".split()
)
# Codes in use for states that ISO 3166 has not assigned.
ISO3_EXCEPTIONS = {"XKX": "Kosovo"}
ORG_HEADER = ("name", "aliases", "sectors", "country")
HEADERS = {
    "countries": ("iso3", "name", "aliases", "demonyms", "capitals", "seats"),
    "igos": ORG_HEADER,
    "groups": ORG_HEADER,
    "parties": ORG_HEADER,
    "media": ORG_HEADER,
    "institutions": ORG_HEADER,
    "people": ("name", "aliases", "role", "country", "sectors", "valid_from", "valid_to"),
    "sectors": ("terms", "sectors", "class", "refers"),
}
# Columns a file of that kind may add after the required ones.
OPTIONAL_COLUMNS = {"sectors": ("person",)}
PERSON_VALUES = ("individual", "collective", "")
ENTRY_KINDS = {
    "countries": "state",
    "igos": "igo",
    "groups": "group",
    "parties": "group",
    "media": "media",
    "institutions": "state",
    "people": "person",
}
# A "name" word says what a body is only as the last word of its capitalised name ("Wildlife
# Service", "Acme Inc"); as a common noun ("the service", "the news") it names no actor.
# A "quantity" word stands for people only when nothing follows it ("thousands marched"): in
# "thousands of cars" it counts things, in "hundreds of students" the noun after says who.
# A "force" word (a verb lemma or an event noun: "shell", "airstrike") makes what it strikes a
# scene of force (`actors.scenes`); it names no actor itself. A "struck" word ("facility") names
# the people of its place only as what force struck. A "faith" word is an adjective that adds
# its religion's codes to the agent noun it modifies ("Muslim villagers" are CVL MOS), as CAMEO
# codes a faith after the sector. A "stance" word is a hyphened prefix ("anti-", "pro-") that makes
# a group noun after it a body campaigning for or against something ("anti-war groups"). A
# "region" word before a demonym makes a region's adjective ("Latin American", "South American
# leaders"), of no state, unless the pair is a state's own ("South African", "North Korean").
TERM_CLASSES = ("title", "group", "org", "site", "anaphor", "name", "quantity", "force", "struck",
                "faith", "stance", "region")  # fmt: skip
WORD_ONLY_CLASSES = frozenset({"name", "quantity", "force", "struck", "faith", "stance", "region"})
UNSECTORED_CLASSES = frozenset({"anaphor", "region"})  # terms that may name no sector
# CAMEO codes former officials as elites (ELI), not as the state body they once served; PLOVER's
# ELI names exiled and ousted officials too.
FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "onetime", "one-time", "ousted", "deposed",
                          "exiled", "toppled", "overthrown", "retired"})  # fmt: skip
STATE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
FOUND_TERMS_LIMIT = 1 << 16  # word sequences an ActorDictionary remembers the term of
MISSING = object()  # not yet looked up (None is a finding: no term)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


@dataclass(frozen=True)
class Entry:
    """One dictionary actor: a state, organisation, group, outlet, institution or person."""

    name: str
    kind: str  # state, igo, group, media, person
    country: str | None
    sectors: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    table: str = ""  # the file kind it came from: countries, igos, groups, media, ...
    source: str = ""  # file:line the entry came from

    @property
    def actor_id(self) -> str:
        """Return the stable id of this actor: canonical name and country."""
        return actor_id(self.name, self.country)

    def surfaces(self) -> tuple[str, ...]:
        """Return every written form that names this entry (demonyms excluded)."""
        return (self.name, *self.aliases, *self.capitals, *self.seats)


@dataclass(frozen=True)
class Term:
    """An agent noun or title ("defence minister") with its sectors and class."""

    words: tuple[str, ...]
    sectors: tuple[str, ...]
    cls: str  # title, group, org, anaphor
    refers: str | None = None  # for anaphors: the kind of actor pointed back to
    person: str = ""  # individual, collective or empty: which pronouns may stand for it


@lru_cache(maxsize=32768)  # pure; an article names each actor again and again, a hash each time
def actor_id(name: str, country: str | None) -> str:
    """Return an actor id from a canonical name and a country, stable across runs."""
    return content_hash("actor", normalize(name), country)


@lru_cache(maxsize=32768)  # pure; the same words are looked up again for every phrase
def normalize(text: str) -> str:
    """Return a lookup key: no diacritics, case-folded, straight quotes, no leading "the"."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.casefold().split())
    return text[4:] if text.startswith("the ") else text


def same_person(name: str, other: str) -> bool:
    """Tell whether two written names can be one person: "Sergei Shoigu", "Sergey Shoigu"."""
    words, others = name.split(), other.split()
    if not words or not others or _surname_key(words[-1]) != _surname_key(others[-1]):
        return False
    if len(words) > 1 and len(others) > 1:
        return _given_key(words[0]) == _given_key(others[0])
    return True


@lru_cache(maxsize=8192)  # pure, and asked again for every pair of people in an article
def _surname_key(word: str) -> str:
    # Transliterations differ in y/i/j and doubled letters: Zelensky, Zelenskyy, Zelenskiy; an
    # Arabic surname is written with its article or without: al-Assad, Assad; el-Sisi, Sisi.
    key = re.sub(r"^(?:al|el)-(?=\w)", "", normalize(word))
    key = key.replace("x", "ks").replace("y", "i").replace("j", "i")
    return re.sub(r"(.)\1+", r"\1", key)


@lru_cache(maxsize=8192)
def _given_key(word: str) -> str:
    # First letter and consonant skeleton: Sergei/Sergey, Volodymyr/Vladimir, Dmitry/Dmytro.
    key = normalize(word).replace("x", "ks")
    rest = re.sub(r"[aeiouyjhw\W]", "", key[1:])
    return key[:1] + re.sub(r"(.)\1+", r"\1", rest)


def _is_exact(alias: str) -> bool:
    # Short all-caps forms ("US", "IS", "AP") are ordinary words in other cases.
    letters = alias.replace(".", "")
    return alias.isupper() and len(letters) <= 4


@lru_cache(maxsize=32768)
def split_words(text: str) -> tuple[str, ...]:
    """Split a title or noun phrase into lower-case words the way spaCy splits "'s"."""
    text = normalize(text).replace("'s", " 's")
    return tuple(text.split())


def _tag_parties(
    tags: Mapping[str, tuple[str, str]], keys: dict
) -> dict[str, tuple[str, Entry | None]]:
    parties: dict[str, tuple[str, Entry | None]] = {}
    for initial, (country, name) in tags.items():
        if name and form(name) not in keys:
            raise ValueError(f"party tag {initial}: no party named {name!r}")
        parties[initial] = (country, keys[form(name)] if name else None)
    return parties


def _empty() -> MappingProxyType:
    return MappingProxyType({})


@dataclass(frozen=True)
class ActorDictionary:
    """Read-only lookups over the loaded actor dictionaries."""

    entries: tuple[Entry, ...]
    terms: tuple[Term, ...]
    _keys: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _exact: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _demonyms: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _people: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _surnames: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _terms: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _states: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _ids: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _name_ends: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _quantities: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _force_words: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _struck_words: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _faith_words: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _stance_words: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _region_words: frozenset = field(repr=False, compare=False, default=frozenset())
    _party_tags: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _homonyms: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    _state_words: frozenset = field(repr=False, compare=False, default=frozenset())
    _given_names: MappingProxyType = field(repr=False, compare=False, default_factory=_empty)
    name_model: NameSectors | None = field(repr=False, compare=False, default=None)
    # words -> the term `term` found in them: the actors stage asks again of every noun
    # phrase, and the same few phrases recur ("the president", "officials")
    _found_terms: dict = field(repr=False, compare=False, default_factory=dict)

    @classmethod
    def build(
        cls,
        entries: Iterable[Entry],
        terms: Iterable[Term],
        name_model: NameSectors | None = None,
        common_names: Iterable[str] = (),
        party_tags: Mapping[str, tuple[str, str]] | None = None,
        homonyms: Mapping[str, tuple[str, str]] | None = None,
        given_names: Mapping[str, str] | None = None,
    ) -> ActorDictionary:
        """Index entries and terms; later ones win where two share a written form.

        A person is indexed by the last word of their name, unless it is one of common_names:
        names so many people bear ("Ahmed", "Khan") that one alone stands for no listed person.
        `party_tags` maps the initial of a tag after a legislator's name ("R" in "(R-Tenn.)") to
        its country and the name of its party, which must be an entry ("" for independents).
        `homonyms` maps a state's name that is also a region of another country to the state
        and that country ("Georgia": GEO, USA). `given_names` maps a given name (lower case)
        to the gender it tells, "f" or "m".
        """
        entries, terms = tuple(entries), tuple(terms)
        common = frozenset(_surname_key(name) for name in common_names)
        keys, exact, demonyms, people, surnames = {}, {}, {}, {}, {}
        for entry in entries:
            if entry.kind == "person":
                for surface in entry.surfaces():
                    people.setdefault(normalize(surface), []).append(entry)
                surname = _surname_key(entry.name.split()[-1])
                if surname not in common:
                    surnames.setdefault(surname, []).append(entry)
                continue
            for surface in entry.surfaces():
                (exact if _is_exact(surface) else keys)[form(surface)] = entry
            for demonym in entry.demonyms:
                demonyms[form(demonym)] = entry.country
        return cls(
            entries=entries,
            terms=terms,
            _keys=MappingProxyType(keys),
            _exact=MappingProxyType(exact),
            _demonyms=MappingProxyType(demonyms),
            _people=MappingProxyType({k: tuple(v) for k, v in people.items()}),
            _surnames=MappingProxyType({k: tuple(v) for k, v in surnames.items()}),
            _terms=MappingProxyType({t.words: t for t in terms if t.cls not in WORD_ONLY_CLASSES}),
            _name_ends=MappingProxyType({t.words: t for t in terms if t.cls == "name"}),
            _quantities=MappingProxyType({t.words: t for t in terms if t.cls == "quantity"}),
            _force_words=MappingProxyType({t.words: t for t in terms if t.cls == "force"}),
            _struck_words=MappingProxyType({t.words: t for t in terms if t.cls == "struck"}),
            _faith_words=MappingProxyType({t.words: t for t in terms if t.cls == "faith"}),
            _stance_words=MappingProxyType({t.words: t for t in terms if t.cls == "stance"}),
            _region_words=frozenset(t.words for t in terms if t.cls == "region"),
            _party_tags=MappingProxyType(_tag_parties(party_tags or {}, keys)),
            _homonyms=MappingProxyType(dict(homonyms or {})),
            _given_names=MappingProxyType(dict(given_names or {})),
            _states=MappingProxyType({e.country: e for e in entries if e.table == "countries"}),
            _ids=MappingProxyType({e.actor_id: e for e in entries if e.kind != "person"}),
            _state_words=state_words(entries),
            name_model=name_model,
        )

    def lookup(self, text: str) -> Entry | None:
        """Return the state, organisation, group, outlet or institution named by text."""
        text = " ".join(text.translate(_APOSTROPHES).split())
        bare = text[4:] if text[:4].lower() == "the " else text
        found = self._exact.get(text) or self._exact.get(bare)
        return found or self._keys.get(normalize(text))

    def entry(self, ident: str) -> Entry | None:
        """Return the non-person entry with this actor id (the entity ruler's pattern id)."""
        return self._ids.get(ident)

    def state(self, iso3: str) -> Entry | None:
        """Return the state with this ISO alpha-3 code."""
        return self._states.get(iso3)

    def demonym(self, word: str) -> str | None:
        """Return the ISO alpha-3 code of a demonym ("Russian", "Britons"), else None."""
        word = " ".join(word.split())
        return self._demonyms.get(word) or self._demonyms.get(normalize(word))

    def person(self, name: str, on_date: str | None = None, nearest: bool = False) -> Entry | None:
        """Return the row for a known person whose dates cover on_date (else the latest).

        With nearest, a name no row covers on on_date gets the row nearest that date: the one that
        ended last before it, else the first to begin after it (of two namesakes in office years
        apart, the one a "former" names is the earlier).
        """
        rows = self._people.get(normalize(name), ())
        if not rows and name.split():  # a transliteration not listed: "Sergey Shoygu"
            namesakes = self._surnames.get(_surname_key(name.split()[-1]), ())
            rows = tuple(row for row in namesakes if same_person(name, row.name))
        if not rows:
            return None
        if on_date is None:
            return max(rows, key=lambda row: row.valid_from or "")
        for row in rows:
            if (row.valid_from or "") <= on_date and (not row.valid_to or on_date < row.valid_to):
                return row
        if not nearest:
            return None
        before = [row for row in rows if row.valid_to and row.valid_to <= on_date]
        if before:
            return max(before, key=lambda row: row.valid_to)
        return min(rows, key=lambda row: row.valid_from or "")

    def term(self, words: Sequence[str]) -> Term | None:
        """Return the longest title or agent noun in words, preferring one ending at the last."""
        words = split_words(" ".join(words))
        found = self._found_terms.get(words, MISSING)
        if found is MISSING:
            if len(self._found_terms) > FOUND_TERMS_LIMIT:
                self._found_terms.clear()  # bounded: phrases hold open-class words
            found = self._found_terms[words] = self._longest_term(words)
        return found

    def _longest_term(self, words: tuple[str, ...]) -> Term | None:
        """Look up the longest term in words (split as `split_words` does): see `term`."""
        for start in range(len(words)):
            if words[start:] in self._terms:
                return self._terms[words[start:]]
        for size in range(len(words) - 1, 0, -1):
            for start in range(len(words) - size + 1):
                if words[start : start + size] in self._terms:
                    return self._terms[words[start : start + size]]
        return None

    def sectors_for(self, words: Sequence[str]) -> tuple[str, ...]:
        """Return the sector codes of the title or agent noun in words, the body's if it has one.

        A body named before a title is whom the official speaks for: "army spokesman" is MIL,
        "police commander" COP, "rebel commander" REB (CAMEO codes the agent by its body); so is
        a site by the force holding it ("a police checkpoint" is COP). A former official is ELI;
        a faith before the noun adds its codes ("Shiite militias" are REB MOS SHI).
        """
        found = self.term(words)
        if found is None:
            return ()
        sectors = found.sectors
        words = split_words(" ".join(words))
        if found.cls in ("title", "site"):
            size = len(found.words)
            at = [i for i in range(len(words) - size + 1) if words[i : i + size] == found.words]
            body = self.term(words[: at[-1]]) if at and at[-1] > 0 else None
            if body is not None and body.cls in ("group", "org"):
                sectors = body.sectors
        former = any(w in FORMER_WORDS or w.startswith("ex-") for w in words)
        if former and found.cls == "title" and set(sectors) <= STATE_OFFICE_SECTORS:
            sectors = ("ELI",)  # "former defence minister X", "an ex-president"
        faiths = [code for w in words if (faith := self._faith_words.get((w,)))
                  for code in faith.sectors]  # fmt: skip
        return tuple(dict.fromkeys((*sectors, *faiths)))

    def stance(self, prefix: str) -> Term | None:
        """Return the stance a hyphened prefix takes ("anti" in "anti-war"), else None."""
        return self._stance_words.get((prefix.lower(),))

    def name_sectors(self, words: Sequence[str]) -> tuple[str, ...]:
        """Return the sectors the last words of an unlisted body's name give ("... Institute")."""
        words = split_words(" ".join(words))
        for size in (3, 2, 1):
            found = self._name_ends.get(words[-size:]) if len(words) > size else None
            if found is not None:
                return found.sectors
        return ()

    def guess_sectors(self, words: Sequence[str]) -> tuple[str, ...]:
        """Return the sector the name model gives an unlisted body's name ("model" basis)."""
        if self.name_model is None:
            return ()
        found = self.name_model.sectors(words, self._state_words.__contains__)
        return (found,) if found else ()

    def is_name_end(self, word: str) -> bool:
        """Tell whether a word ends a body's capitalised name ("Service", "Commission")."""
        return (normalize(word),) in self._name_ends

    def quantity(self, word: str) -> Term | None:
        """Return the crowd quantity a word is ("thousands", "dozens"), else None."""
        return self._quantities.get((word.lower(),))

    def quantity_words(self) -> frozenset[str]:
        """Return the words `quantity` knows, lower-case, to find them in a doc at once."""
        return frozenset(words[0] for words in self._quantities if len(words) == 1)

    def force(self, word: str) -> Term | None:
        """Return the force term a verb lemma or noun is ("shell", "airstrike"), else None."""
        return self._force_words.get((word.lower(),))

    def party_tag(self, initial: str) -> tuple[str, Entry | None] | None:
        """Return the country and party a legislator's tag initial names ("R" in "(R-Tenn.)":
        USA, the Republican Party; "I": USA, no party), else None."""
        return self._party_tags.get(initial)

    def homonym(self, word: str) -> tuple[str, str] | None:
        """Return the state a word names and the country it is also a region of ("Georgia":
        GEO, USA), else None."""
        return self._homonyms.get(word)

    def gender(self, name: str) -> str | None:
        """Return the gender ("f" or "m") a person's full name tells by its given name ("Hillary
        Clinton": f), else None (a lone surname, or a given name not listed)."""
        words = name.split()
        return self._given_names.get(words[0].lower()) if len(words) > 1 else None

    def is_region_word(self, word: str) -> bool:
        """Tell whether a word before a demonym makes a region's adjective ("Latin", "South")."""
        return (word.lower(),) in self._region_words

    def struck(self, word: str) -> Term | None:
        """Return the term of a facility that names people only when struck ("facility")."""
        return self._struck_words.get((word.lower(),))

    def entity_patterns(self) -> list[dict]:
        """Return spaCy EntityRuler patterns for every named entry and demonym."""
        patterns, seen = [], set()

        def add(label: str, text: str, ident: str) -> None:
            text = text[4:] if text.startswith("the ") else text
            if text and text not in seen:
                seen.add(text)
                patterns.append({"label": label, "pattern": text, "id": ident})

        for entry in self.entries:
            ident = entry.actor_id
            if entry.kind == "person":
                for surface in (entry.name, *entry.aliases):
                    add("PERSON", surface, ident)
                continue
            label = "GPE" if entry.table == "countries" else "ORG"
            for surface in (entry.name, *entry.aliases, *entry.capitals):
                add(label, surface, ident)
            for seat in entry.seats:
                add("ORG", seat, ident)
            for demonym in entry.demonyms:
                add("NORP", demonym, ident)
        return patterns


def form(surface: str) -> str:
    """Return the index key of a written form: short all-caps forms as written, else normalized."""
    return surface if _is_exact(surface) else normalize(surface)
