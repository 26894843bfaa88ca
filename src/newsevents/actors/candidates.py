"""Actors, shared parts: the candidate record the readers fill in and the context they read."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsevents.dictionaries import ActorDictionary, Entry, Term

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
DEFINITE = frozenset({"the", "this", "that"})
PLURAL_CUES = frozenset({"two", "both"})
ETHNIC_CUES = frozenset({"ethnic"})  # before a demonym: a people, not a state's actor
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
    ent_of: dict[int, Span]

    @classmethod
    def make(cls, doc: Doc, dictionary: ActorDictionary, on_date: str | None) -> Context:
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        return cls(doc, dictionary, on_date, ent_of)

    def entry_for(self, ent: Span) -> Entry | None:
        """Return the dictionary entry of an entity, by the ruler's id or by its text."""
        found = self.dictionary.entry(ent.ent_id_) if ent.ent_id_ else None
        return found or self.dictionary.lookup(ent.text)


def span_text(tokens) -> str:
    """Return the text of tokens as written, without outer whitespace."""
    return "".join(token.text_with_ws for token in tokens).strip()
