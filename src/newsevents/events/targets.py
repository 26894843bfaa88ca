"""A learned second opinion on an event's target phrase, where the rules' choice is often wrong.

Every noun phrase of the event's sentence is a candidate target (its head, the phrase as
annotators of arguments mark it, and that phrase without its "in" phrase); a hashed-feature
logistic model (`newsevents.learned`, trained by training/train_targets.py from ConfliBERT train
target spans) scores each from its parse path to the trigger, preposition, side, distance, entity
type, actor kind and whether the rules chose it. The rules' choice stays unless another phrase
scores above a bar set by cross-validation on train; a target chosen so says it in its actors'
basis ("target-model").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Span, Token

from newsevents.datafiles import read_rows
from newsevents.events.arguments import MentionIndex
from newsevents.events.spans import is_time_phrase, phrase_extent
from newsevents.learned import LogOdds, load_model
from newsevents.records import Actor, Event, Mention

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"
MODEL_FILE = "event_target.npz"
THRESHOLD_FILE = "event_target.csv"
BASIS = "target-model"
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
# Modifiers inside a name ("the [Croatian] government") head no phrase of their own.
INNER_DEPS = ("compound", "det", "punct", "case", "nummod", "quantmod")
# A phrase's first word annotators often leave out: "(the) Croatian government's request".
BARE_DEPS = ("det", "poss")
PATH_LIMIT = 5  # dependency arcs from the trigger to a candidate read as one feature


@dataclass(frozen=True)
class Phrase:
    """One candidate target: its head and its first and last token (inclusive)."""

    head: Token
    start: int
    end: int  # exclusive
    # "full": with its "of"/"in" phrases, "short": without its "in" phrase; "-bare": without
    # its determiner or possessive pronoun; "-placed": with an "in" phrase hung above it
    variant: str


@dataclass(frozen=True)
class TargetModel:
    """The candidate scorer and the log-odds a phrase other than the rules' must pass."""

    model: LogOdds
    threshold: float

    def score(self, features: list[str]) -> float:
        return self.model.bias + self.model.score(features)


def load_target_model(folder: Path = MODELS) -> TargetModel | None:
    """Return the shipped target model, or None when it is not shipped."""
    path = folder / MODEL_FILE
    if not path.exists():
        return None
    model = load_model(path)
    odds = LogOdds.of(model, "yes")
    rows = read_rows(folder / THRESHOLD_FILE, ("name", "value"))
    values = {row["name"]: float(row["value"]) for _, row in rows}
    return TargetModel(odds, values["threshold"])


def candidate_phrases(trigger: Token) -> list[Phrase]:
    """Return the noun phrases of a trigger's sentence that may be its target."""
    found: list[Phrase] = []
    seen: set[tuple[int, int]] = set()
    for head in trigger.sent:
        if head.i == trigger.i or head.pos_ not in NOMINAL or head.dep_ in INNER_DEPS:
            continue
        if head.ent_type_ in ("DATE", "TIME"):  # "in May" tells when, never whom
            continue
        for variant, preps in (("full", ("of", "in")), ("short", ("of",))):
            start, end = token_bounds(head, *phrase_extent(head, {trigger.i}, preps))
            bounds = [(variant, start, end)]
            if (placed := placing_end(head, end)) is not None:
                bounds.append((f"{variant}-placed", start, placed))  # "a base [in X]"
            if start < head.i and head.doc[start].dep_ in BARE_DEPS:
                bounds.append((f"{variant}-bare", start + 1, end))  # "(his) counterpart"
            for name, first, last in bounds:
                if (first, last) not in seen and not first <= trigger.i < last:
                    seen.add((first, last))
                    found.append(Phrase(head, first, last, name))
    return found


def placing_end(head: Token, end: int) -> int | None:
    """Return the end of an "in" phrase right after a phrase that the parser hung on a word
    above it ("attacked a base in X"), where it places the phrase as often as the act; else
    None. A phrase of time ("in May") tells when, not where."""
    doc = head.doc
    if end >= len(doc) or doc[end].lower_ != "in" or doc[end].dep_ != "prep":
        return None
    prep = doc[end]
    if prep.head not in head.ancestors or is_time_phrase(prep):
        return None
    return prep.right_edge.i + 1


def token_bounds(head: Token, start_char: int, end_char: int) -> tuple[int, int]:
    """Return the token span of a character span of a head's doc."""
    span = head.doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (head.i, head.i + 1)


def char_tokens(doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return the token span of an event's character span, if any."""
    if span is None:
        return None
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return (found.start, found.end) if found is not None and len(found) else None


def dep_path(trigger: Token, head: Token) -> str:
    """Return the dependency arcs from the trigger up to the two words' common governor and down
    to the head ("^dobj" up, "_prep" down), or "long"."""
    up = [trigger, *trigger.ancestors]
    down = [head, *head.ancestors]
    common = next((t for t in up if t in down), None)
    if common is None:
        return "none"
    ups = [t.dep_ for t in up[: up.index(common)]]
    downs = [t.dep_ for t in down[: down.index(common)]][::-1]
    if len(ups) + len(downs) > PATH_LIMIT:
        return "long"
    return "".join(f"^{d}" for d in ups) + "".join(f"_{d}" for d in downs)


def phrase_features(
    phrase: Phrase, trigger: Token, code: str, index: MentionIndex,
    source: tuple[int, int] | None, rules: tuple[int, int] | None,
) -> list[str]:
    """Return the features of one candidate target of an event."""
    head = phrase.head
    doc = head.doc
    root = code[:2]
    path = dep_path(trigger, head)
    prep = head.head.lower_ if head.dep_ == "pobj" else "-"
    side = "left" if head.i < trigger.i else "right"
    distance = min(abs(head.i - trigger.i), 10) // 2
    mention = index.at(head) or next(
        (m for i in range(phrase.start, phrase.end) if (m := index.at(doc[i]))), None)
    actor = mention.actor if mention is not None else None
    kind = actor.kind if actor is not None else "-"
    if rules is None:
        chosen = "none"
    elif (phrase.start, phrase.end) == rules:
        chosen = "same"
    elif rules[0] <= head.i < rules[1]:
        chosen = "inside"
    else:
        chosen = "other"
    in_source = source is not None and source[0] <= head.i < source[1]
    first = doc[phrase.start].lower_
    features = [
        f"path={path}", f"path={path}|root={root}", f"prep={prep}", f"prep={prep}|root={root}",
        f"prep={prep}|trigger={trigger.lemma_.lower()}", f"side={side}", f"dist={distance}",
        f"side={side}|root={root}", f"ent={head.ent_type_ or '-'}", f"pos={head.pos_}",
        f"tag={head.tag_}", f"dep={head.dep_}", f"lemma={head.lemma_.lower()}",
        f"kind={kind}", f"country={actor is not None and actor.country is not None}",
        f"sectors={actor is not None and bool(actor.sectors)}", f"source={in_source}",
        f"rules={chosen}", f"rules={chosen}|root={root}", f"rules={chosen}|path={path}",
        f"rules={chosen}|variant={phrase.variant}", f"variant={phrase.variant}",
        f"first={first if first in ('the', 'a', 'an') else doc[phrase.start].pos_}",
        f"length={min(phrase.end - phrase.start, 8)}", f"trigger_pos={trigger.pos_}",
        f"root={root}", f"kind={kind}|root={root}", f"kind={kind}|path={path}",
        f"trigger={trigger.lemma_.lower()}|path={path}", f"lemma={head.lemma_.lower()}|root={root}",
        f"first={doc[phrase.start].lower_}|variant={phrase.variant}",
        f"last={doc[phrase.end - 1].pos_}|variant={phrase.variant}",
    ]
    if phrase.variant == "short":
        features.append(f"cut={doc[phrase.end].lower_ if phrase.end < len(doc) else '-'}")
    return features


def retarget(event: Event, trigger: Token, index: MentionIndex, model: TargetModel) -> Event:
    """Return the event with the target phrase the model prefers to the rules' choice, if one
    scores above its bar; else the event as the rules coded it."""
    found = best_phrase(event, trigger, index, model)
    if found is None or found[0] < model.threshold:
        return event
    return with_target(event, found[1], index)


def best_phrase(
    event: Event, trigger: Token, index: MentionIndex, model: TargetModel
) -> tuple[float, Phrase] | None:
    """Return the best scored candidate target other than the rules' own, with its log-odds."""
    doc = trigger.doc
    rules = char_tokens(doc, event.target_span)
    source = char_tokens(doc, event.source_span)
    scored = [
        (model.score(phrase_features(phrase, trigger, event.cameo, index, source, rules)), phrase)
        for phrase in candidate_phrases(trigger)
    ]
    if not scored:
        return None
    score, best = max(scored, key=lambda item: (item[0], -item[1].start))
    return None if (best.start, best.end) == rules else (score, best)


def with_target(event: Event, phrase: Phrase, index: MentionIndex) -> Event:
    """Return the event with a phrase as its target."""
    doc = phrase.head.doc
    last = doc[phrase.end - 1]
    return replace(event, target=phrase_actors(phrase, index),
                   target_span=(doc[phrase.start].idx, last.idx + len(last)))


def phrase_actors(phrase: Phrase, index: MentionIndex) -> tuple[Actor, ...]:
    """Return the actors a chosen phrase names, or one actor named by the phrase itself."""
    doc = phrase.head.doc
    found: list[Mention] = [m for m in index.mentions_for([phrase.head])
                            if phrase.start <= m.start and m.end <= phrase.end]
    if found:
        return tuple(replace(m.actor, basis=f"{m.actor.basis}+{BASIS}" if m.actor.basis
                             else BASIS) for m in found)
    text = Span(doc, phrase.start, phrase.end).text
    return (Actor(name=text, text=text, basis=BASIS),)
