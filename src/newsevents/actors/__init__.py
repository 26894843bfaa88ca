"""Actors: turn named entities and agent nouns of a parsed article into `Mention`s of actors.

Reads the spaCy doc (entity ruler from the actor dictionary in front of the NER), the article
(its date picks dated roles) and the dictionary; titles, name variants, surnames, pronouns and
"the two ministers" are resolved within the article only. Mentions come back in text order and
cover the whole phrase naming the actor (the span convention is in `actors.spans`). Steps:
`named` reads entities with their titles, `nouns` agent nouns and pronouns, `spans` widens the
spans, `scenes` places struck towns and civilians at the scene of force, `references` joins name
variants and points references back.

Places a sentence names as sites ("protests in Kharkiv", "talks in Beijing") come back too, as
mentions of kind "place" whose actor is the state the place lies in: a place stands for its state
where an event names no other target. Stages that read actors only take `actor_mentions`.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsevents.actors.candidates import REFERENCES, Candidate, Context
from newsevents.actors.named import read_entities, read_listed_surnames, read_unnamed_places
from newsevents.actors.nouns import read_agent_nouns, read_crowds, read_pronouns, read_surnames
from newsevents.actors.references import (
    give_article_country,
    main_country,
    merge_people,
    resolve_references,
    settle_homonyms,
)
from newsevents.actors.scenes import place_scenes
from newsevents.actors.spans import widen_spans
from newsevents.annotate import in_dateline, span_of, table_of, text_of
from newsevents.dictionaries import ActorDictionary, actor_id
from newsevents.dictionaries.namemodel import MODEL_BASIS, with_model_basis
from newsevents.records import PLACE, Actor, Article, Mention

if TYPE_CHECKING:
    from newsevents.places import Gazetteer

__all__ = ["PLACE", "actor_mentions", "mention_at", "mentions_at", "mentions_in", "resolve_actors"]


def resolve_actors(
    doc: Doc, article: Article, dictionary: ActorDictionary, gazetteer: Gazetteer | None = None
) -> tuple[Mention, ...]:
    """Return the actor and place mentions of the doc, in text order, resolved in the article.

    With the places gazetteer, towns and provinces the dictionary does not list tell whose
    actors are near them ("Kharkiv police") and which country the article is about. A place no
    actor's phrase takes in is a mention of its own (kind "place"); mentions never overlap.
    """
    context = Context.make(doc, dictionary, article.published, gazetteer, text=article.text)
    candidates = read_entities(context)
    places = [found for found in candidates if found.kind == PLACE]
    candidates = [found for found in candidates if found.kind != PLACE]
    taken = {i for found in candidates + places for i in range(found.start, found.end)}
    places += read_unnamed_places(context, taken)
    taken |= {i for found in places for i in range(found.start, found.end)}
    candidates += read_surnames(context, candidates, taken)
    candidates += read_listed_surnames(context, taken)
    candidates += read_agent_nouns(context, taken)
    candidates += read_crowds(context, taken)
    candidates += read_pronouns(context, taken)
    candidates.sort(key=lambda found: (found.start, found.end))
    # Counted before spans are widened: "Kenya" in "Kenya's Supreme Court" still counts.
    main = main_country(doc, candidates + places, dictionary.term)
    main = settle_homonyms(doc, candidates + places, main, dictionary)
    candidates = widen_spans(doc, candidates)
    place_scenes(context, candidates, places)
    merge_people([found for found in candidates if found.kind == "person"])
    resolve_references(doc, candidates, dictionary)
    give_article_country(candidates, main)
    candidates += _sites(context, places, candidates)
    candidates.sort(key=lambda found: (found.start, found.end))
    return tuple(_mentions(doc, candidates, article.text))


def actor_mentions(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Return the mentions without the places: what the stages that read actors only take."""
    return tuple(mention for mention in mentions if mention.actor.kind != PLACE)


def _sites(
    context: Context, places: list[Candidate], candidates: list[Candidate]
) -> list[Candidate]:
    # The places still places (a struck town became its civilians) and outside every actor's
    # phrase ("police in Kharkiv" is one mention) stand for their state: "protests in Kharkiv"
    # are aimed at Ukraine's authorities, as CAMEO and PLOVER code a site with no other target.
    taken = {i for found in candidates for i in range(found.start, found.end)}
    sites = []
    for found in places:
        if found.kind != PLACE or not found.country:
            continue
        if in_dateline(context.doc, found.start, found.end):
            continue  # where the story was filed
        if any(i in taken for i in range(found.start, found.end)):
            continue
        if _is_kind_word_after(context, found, taken):
            found.end += 1  # "Helmand province", "the Kharkiv region"
        state = context.dictionary.state(found.country)
        if state is not None:
            found.name, found.ident, found.sectors = state.name, state.actor_id, state.sectors
        found.ident = found.ident or actor_id(found.name, found.country)
        sites.append(found)
    return sites


def _is_kind_word_after(context: Context, found: Candidate, taken: set[int]) -> bool:
    # the NER often stops before the word saying what kind of place it is
    doc = context.doc
    if found.end >= len(doc) or found.end in taken:
        return False
    word = doc[found.end]
    return word.lower_ in context.kind_words() and doc[found.end - 1].head.i == word.i


def _mentions(doc: Doc, candidates: list[Candidate], text: str) -> list[Mention]:
    sentence_starts = table_of(doc).sentence_starts
    mentions = []
    for found in candidates:
        span = span_of(doc, found.start, found.end)
        sentence_index = bisect.bisect_right(sentence_starts, found.start) - 1
        written = text_of(span, text)
        for actor in _actors(found, written):
            mentions.append(
                Mention(found.start, found.end, span.start_char, span.end_char, written,
                        sentence_index, actor)
            )  # fmt: skip
    return mentions


def _actors(found: Candidate, text: str) -> list[Actor]:
    # "The Peruvian president", "the envoy of the UN", "the minister" with nobody earlier of
    # that title still name an official of that office, whose country the text may not tell.
    alone = found.kind == "title" and not found.members and bool(found.sectors)
    if found.kind in REFERENCES and not alone:
        # A member may be a lone title ("the finance minister ... she said"): it stands for
        # whoever holds the office, as its own mention does.
        return [
            replace(actor, text=text, basis=_referred(actor.basis))
            for member in found.members
            for actor in _actors(member, text)
        ]
    actors = []
    for each in [found.country, *found.also]:
        ident = found.ident or actor_id(f"agent {'+'.join(found.sectors)}", each)
        kind = "agent" if alone else found.kind
        basis = with_model_basis(found.basis) if found.guessed else found.basis
        actor = Actor(found.name, text, each, found.sectors, found.role, ident, kind, basis)
        actors.append(actor)
    return actors


def _referred(basis: str) -> str:
    # a reference keeps saying that its antecedent's sectors came from the name model
    return with_model_basis("coreference") if basis.endswith(MODEL_BASIS) else "coreference"


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
