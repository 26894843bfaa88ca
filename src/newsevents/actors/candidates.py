"""Actors, shared parts: the candidate record the readers fill in and the context they read."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsevents.actors.names import Parts, entry_of_mended, mend_names
from newsevents.dictionaries import ActorDictionary, Entry, Term

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
DEFINITE = frozenset({"the", "this", "that"})
PLURAL_CUES = frozenset({"two", "both"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme", "m"})
ETHNIC_CUES = frozenset({"ethnic"})  # before a demonym: a people, not a state's actor
# "the Saudi-led coalition" is Saudi Arabia's; "US-backed fighters", "Iran-allied militias" are
# not the backer's own: any other participle after the hyphen names a sponsor, not an owner.
OWNER_PARTICIPLES = frozenset({"lead", "run", "control", "dominate", "own", "command"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# After these a capital names where something happened, not its government ("a shooting outside
# Moscow"); "to", "from", "on", "against" are left out: "an appeal to Moscow", "sanctions on Kyiv".
SITE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "within",
                               "throughout", "across"})
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


@dataclass
class Context:
    """What the readers of one doc share: the doc, the dictionary and an entity index."""

    doc: Doc
    dictionary: ActorDictionary
    on_date: str | None
    ents: list[Span]  # the doc's entities, names mended (see `actors.names`)
    ent_of: dict[int, Span]
    parts: Parts  # the entities each mended name replaced

    @classmethod
    def make(cls, doc: Doc, dictionary: ActorDictionary, on_date: str | None) -> Context:
        ents, parts = mend_names(doc, dictionary)
        ent_of = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        return cls(doc, dictionary, on_date, ents, ent_of, parts)

    def entry_for(self, ent: Span) -> Entry | None:
        """Return the dictionary entry of an entity, by the ruler's id or by its text."""
        if (ent.start, ent.end) in self.parts:
            return entry_of_mended(self.dictionary, ent, self.parts[ent.start, ent.end])
        found = self.dictionary.entry(ent.ent_id_) if ent.ent_id_ else None
        return found or self.dictionary.lookup(ent.text)


def hyphen_participle(token: Token) -> Token | None:
    """Return the participle of an "X-backed", "X-led" modifier that token sits in, if any."""
    while token.dep_ in ("compound", "npadvmod", "amod", "punct") and token.head is not token:
        head = token.head
        if token.dep_ in ("npadvmod", "amod") and head.tag_ == "VBN" and head.dep_ == "amod":
            hyphen = head.i > 0 and token.doc[head.i - 1].text == "-"
            return head if hyphen else None
        token = head
    return None


def sponsor_of(token: Token) -> bool:
    """Tell whether a token sits in an "X-backed" modifier that names a sponsor, not an owner."""
    participle = hyphen_participle(token)
    return participle is not None and participle.lemma_.lower() not in OWNER_PARTICIPLES


def span_text(tokens) -> str:
    """Return the text of tokens as written, without outer whitespace."""
    return "".join(token.text_with_ws for token in tokens).strip()
