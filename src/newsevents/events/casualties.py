"""Casualty counts of an event: the dead and wounded its clause reports ("killed 12",
"wounded dozens", "a blast that left 30 injured"), read from the casualty words of
`data/events/casualties.csv` and the numerals they hold.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.arguments import is_setting
from newsevents.events.patterns import PatternSet

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
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during", "by"):
        # "12 were killed and 30 wounded in a raid": the raid's dead, whichever verb holds it
        clause += [trigger.head.head, *trigger.head.head.conjuncts]
    elif is_setting(trigger):
        clause.append(trigger.head)  # "12 were killed when X shelled Y"
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
