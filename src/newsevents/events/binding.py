"""Object pronouns read again for events: a plain pronoun never means its own clause's subject.

The actors stage may give "him" in "X called Y and urged him" the actor of X; an event's target
must not be its own source, so such a pronoun stands for the nearest earlier actor that fits it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.events.arguments import MentionIndex, same_actor
from newsevents.events.doers import doer
from newsevents.records import Mention

if TYPE_CHECKING:
    from newsevents.events.patterns import PatternSet

# Object pronouns with the kinds of actor each can stand for (None: any kind, but a plural).
# A plain (not reflexive) pronoun never means the subject of its own clause (binding principle
# B): in "X called Y and urged him", "him" is Y, whatever an earlier reading said.
OBJECT_PRONOUNS = {"him": ("person", "agent"), "her": ("person", "agent"), "them": None}
PRONOUN_OBJECT_DEPS = ("dobj", "dative", "pobj")
ANTECEDENT_SENTENCES = 2  # how many sentences back an object pronoun's antecedent is sought


def unbind(target: list[Mention], source: list[Mention], doc: Doc, patterns: PatternSet,
           index: MentionIndex) -> list[Mention]:
    """Return the target with its pronouns read again: none stands for a source's own actor.

    An object pronoun resolved to the subject of its own clause ("X pardoned him" read as X)
    stands for the nearest actor before it that fits it and is not that subject; the pronoun
    keeps its place in the text, so the target's span is the pronoun as written. Any other
    pronoun for the source ("X said it would") tells what the source does, not to whom.
    A named target of the source's own actor is left alone: the mistake is in naming it.
    A pronoun whose actor the same sentence names before it stands at that name ("called X and
    urged him"), as annotators of arguments mark it.
    """
    found = []
    for mention in target:
        pronoun = doc[mention.start]
        if mention.end - mention.start == 1 and is_bound_object(pronoun, mention, patterns, index):
            mention = antecedent_for(mention, pronoun, index) or mention
        if not (is_pronoun(mention, doc)
                and any(same_actor(mention, other) for other in source)):
            found.append(named_before(mention, doc, index))
    return found


def named_before(mention: Mention, doc: Doc, index: MentionIndex) -> Mention:
    """Return a pronoun's mention placed at the name its sentence gives its actor before it,
    else the mention as it is; the actor is kept as the pronoun read it."""
    if not is_pronoun(mention, doc):
        return mention
    for other in reversed(index.ordered):
        if (other.start < mention.start and other.sentence_index == mention.sentence_index
                and same_actor(other, mention)
                and not is_pronoun(other, doc)):
            return replace(mention, start=other.start, end=other.end,
                           start_char=other.start_char, end_char=other.end_char)
    return mention


def is_pronoun(mention: Mention, doc: Doc) -> bool:
    """Tell whether a mention is written as pronouns only ("him", "they")."""
    # by index: slicing the doc costs more than reading the few words
    return all(doc[i].pos_ == "PRON" for i in range(mention.start, mention.end))


def is_bound_object(
    pronoun: Token, mention: Mention, patterns: PatternSet, index: MentionIndex
) -> bool:
    """Tell whether an object pronoun was given the actor of its own clause's subject."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in PRONOUN_OBJECT_DEPS:
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subject = doer(verb, patterns, index) if verb.pos_ in ("VERB", "AUX") else None
    near = index.best(subject) if subject is not None else None
    return near is not None and same_actor(near, mention)


def antecedent_for(mention: Mention, pronoun: Token, index: MentionIndex) -> Mention | None:
    """Return the nearest earlier mention an object pronoun can stand for, other than its
    clause's subject, with the pronoun's place in the text."""
    kinds = OBJECT_PRONOUNS[pronoun.lower_]
    doc = pronoun.doc
    for other in reversed(index.ordered):
        if other.start >= mention.start or same_actor(other, mention):
            continue
        if mention.sentence_index - other.sentence_index > ANTECEDENT_SENTENCES:
            return None
        plural = doc[other.start : other.end].root.tag_ in ("NNS", "NNPS")
        fits = other.actor.kind in kinds and not plural if kinds else plural
        if fits and not is_pronoun(other, doc):
            actor = replace(other.actor, text=mention.text, basis="coreference")
            return replace(mention, actor=actor)
    return None
