"""Reports of harm: the dead and wounded an event's clause counts ("killed 12", "wounded dozens",
"a blast that left 30 injured"), read from the casualty words of `data/events/casualties.csv` and
the numerals they hold, the act a passive report of harm names as its cause, the participle
that names who did or claims an act ("an ambush carried out by X", "a bombing claimed by X"), and
the verb of blaming that names its alleged doer ("the attack was blamed on X").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.events.arguments import MentionIndex
from newsevents.events.context import Candidate
from newsevents.events.matching import preps_of, verb_keys
from newsevents.events.patterns import VIOLENT_ROOTS, PatternSet

# Where a passive report of harm names the act that did it: "were killed in a raid by X",
# "died during shelling", "were killed when X shelled Y", "were wounded as X fired on them",
# "have been killed since X began its offensive"; "after"/"following" before an event noun tell
# it as a clause does ("were killed after a raid by X", "Following an ambush by X, ... died").
SETTING_PREPS = ("in", "during", "by", "after", "following")
SETTING_MARKS = ("when", "as", "after", "since")
UNITS = "one two three four five six seven eight nine ten eleven twelve".split()
NUMBER_WORDS = {
    **{word: n for n, word in enumerate(UNITS, 1)}, "dozen": 12, "twenty": 20, "hundred": 100
}


def count_casualties(trigger: Token, patterns: PatternSet) -> tuple[int | None, int | None]:
    """Return (fatalities, injured) from casualty words in the trigger's clause."""
    counts: dict[str, int] = {}
    clause = [trigger] + [
        c for c in trigger.children if c.dep_ in ("relcl", "acl", "advcl", "conj", "dobj", "attr")
    ]
    if trigger.dep_ == "nsubj" and trigger.pos_ == "NOUN":
        clause.append(trigger.head)  # "the blast killed 12": the verb counts the noun's dead
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in SETTING_PREPS:
        # "12 were killed and 30 wounded in a raid": the raid's dead, whichever verb holds it
        clause += [trigger.head.head, *trigger.head.head.conjuncts]
    elif is_setting(trigger):
        clause.append(trigger.head)  # "12 were killed when X shelled Y"
    elif trigger.dep_ == "dobj" and is_setting(trigger.head):
        clause.append(trigger.head.head)  # "12 were killed as X launched an offensive"
    for word in clause:
        kind = patterns.casualties.get(word.lemma_.lower()) or patterns.casualties.get(word.lower_)
        if kind is None or kind in counts:
            continue
        holders = [word] + [c for c in word.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        for holder in holders:
            # "wounded 30": the numeral itself can be the object.
            parts = [holder] if holder != word else []
            parts += list(holder.children)
            number = next((n for c in parts if (n := to_number(c)) is not None), None)
            if number is not None:
                counts[kind] = number
                break
    return counts.get("fatalities"), counts.get("injured")


def to_number(token: Token) -> int | None:
    """Return the value of a numeral token ("140", "1,200", "twelve"), else None."""
    deps = ("nummod", "quantmod", "amod", "compound", "dobj", "nsubj", "nsubjpass")
    if token.dep_ not in deps or not token.like_num:
        return None
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def setting_acts(verb: Token) -> list[Token]:
    """Return the words that may name the act a report of harm tells the outcome of.

    "Were killed in a raid by X", "were killed when X shelled Y": the raid and the shelling are
    what killed them, as is an event noun that is such a clause's subject or the object its verb
    only carries ("after a car bomb hit a bus", "as X began an offensive"). The "in" phrase may
    hang on the first of two verbs ("were killed and wounded in a raid"), so the verbs joined to
    it are looked on as well.
    """
    owners = [verb, *verb.conjuncts]
    acts = [
        pobj
        for owner in owners
        for prep in owner.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in SETTING_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    clauses = [clause for owner in owners for clause in owner.children if is_setting(clause)]
    acts += clauses + [c for clause in clauses for c in clause.children
                       if c.dep_ in ("dobj", "nsubj")]
    return acts


def is_setting(clause: Token) -> bool:
    """Tell whether a clause tells when or as what its governor happened ("when X shelled Y")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in SETTING_MARKS for c in clause.children
    )


def carried_by(noun: Token, patterns: PatternSet) -> dict[str, Token]:
    """Return the "by" phrase of a participle that carries or claims an event noun: "an attack
    carried out by X", "a bombing claimed by X" name its doer, as "condemned by X" does not."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or "by" not in (found := preps_of(verb)):
            continue
        if verb_keys(verb) & (patterns.support_verbs | patterns.claim_verbs):
            return {"by": found["by"]}
    return {}


def claimed_act(verb: Token, patterns: PatternSet) -> Token | None:
    """Return the word naming the act a claim verb gives its "by" phrase: "a bombing claimed by
    X", "the attack was claimed by X" tell X's act (`carried_by`), not a statement of X's."""
    if "by" not in preps_of(verb) or not verb_keys(verb) & patterns.claim_verbs:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def blamed_pairs(verb: Token, patterns: PatternSet) -> list[tuple[Token, Token]]:
    """Return the (act, doer) words a verb of blaming names (blame_verbs.csv): "the attack was
    blamed on X", "officials attributed the bombing to X", "X was blamed for the attack", "an
    attack officials blamed on X" (a relative clause's gap is its object)."""
    rows = patterns.blame_verbs.get(verb.lemma_.lower(), ())
    if not rows:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        objects = [verb.head]
    # "blamed the attack on X": the parser hangs the doer's phrase on the act as often
    held = preps_of(objects[0]) if objects else {}
    slots = {**held, **preps_of(verb), **({"object": objects[0]} if objects else {})}
    return [(slots[act], slots[doer]) for act, doer in rows if act in slots and doer in slots]


def blamed(found: list[Candidate], patterns: PatternSet, index: MentionIndex) -> list[Candidate]:
    """Give an act with no doer of its own the one a verb of blaming names, its actors' basis
    marked "blamed" (the doer is alleged); a blaming with no one named making it is no
    accusation of its own and gives way to the act: "the bombing was blamed on X" is X's."""
    events = {candidate.trigger.i: candidate for candidate in found}
    told = set()
    for blame in found:
        for word, doer in blamed_pairs(blame.trigger, patterns):
            act = events.get(word.i)
            if act is None or act is blame or act.source:
                continue
            act.source = [replace(m, actor=replace(m.actor, basis=f"{m.actor.basis}+blamed"))
                          for m in index.mentions_for([doer])]
            doers = {m.actor.name for m in act.source}
            act.target = [m for m in act.target if m.actor.name not in doers]
            if act.source and not blame.source:
                told.add(blame.trigger.i)
    return [candidate for candidate in found if candidate.trigger.i not in told]


def victims(found: list[Candidate], sentence: Sequence[Token], patterns: PatternSet,
            index: MentionIndex) -> list[Candidate]:
    """Give a violent act with no target the subject of the uncoded verb of harm it sets: in
    "ten soldiers died in a raid by X" the soldiers are whom the raid struck. `sentence` is its
    tokens (a Span, or a list the caller built once: its verbs are enough)."""
    events = {c.trigger.i: c for c in found}
    harm = [t for t in sentence if t.pos_ == "VERB" and t.i not in events
            and patterns.casualties.get(t.lemma_.lower()) is not None]
    for verb in harm:  # "died", not "killed X": the subject is the one harmed
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for act in (events[t.i] for t in setting_acts(verb) if t.i in events):
            if act.code[:2] in VIOLENT_ROOTS and all(m in act.source for m in act.target):
                act.target = [m for m in index.mentions_for(subjects) if m not in act.source]
    return found
