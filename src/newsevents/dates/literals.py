"""The words a timex pattern's every match holds, read from the pattern's source, so that the
scanner can leave out the stretches of a text that hold none of them: most patterns find nothing
in most articles, and scanning for them was most of the dates stage's time.

The source is read with the standard library's regex parser (`re._parser`): the timex patterns
keep to the syntax `re` and `regex` share. A pattern it cannot read, or reads with a warning
(a construct the two may read apart), gets no words, and is scanned everywhere as before.
"""

from __future__ import annotations

import re
import warnings

import regex

try:  # private to the standard library (3.11+): should a later Python move it, scan everything
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - depends on the Python version
    sre = sre_parse = None

# `regex` names a group twice where alternatives capture the same thing; `re` refuses that
NAMED_GROUP = re.compile(r"\(\?P<\w+>")
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre else ()
# Characters outside ASCII that `regex`, ignoring case, matches to an ASCII letter (İ, ſ, K): in
# a text holding one, a match's words may not be found in its lower-case form
ASCII_FOLDS = re.compile("[\u0130\u017f\u212a]")

Clause = frozenset[str]  # every match holds one of these strings, in lower case


def required_words(pattern: regex.Pattern, join: str) -> tuple[Clause, ...] | None:
    """Return sets of lower-case strings such that every match of `pattern` holds one string
    of each set, most telling set first; None when the source tells no such set, or when the
    pattern may read the `join` character that separates the stretches of a scan (then a match
    could run across two stretches, and every stretch is scanned)."""
    if sre_parse is None or pattern.flags & (regex.FULLCASE | regex.VERSION1):
        return None  # full case folding matches one letter to two ("ß", "ss")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = sre_parse.parse(NAMED_GROUP.sub("(", pattern.pattern))
    except (re.error, Warning, RecursionError):
        return None
    if _may_read(parsed, ord(join)):
        return None
    clauses = _sequence(parsed)
    # the most telling first, as it leaves out the most stretches; ties in the source's order
    return tuple(sorted(dict.fromkeys(clauses), key=_shortest, reverse=True)) or None


def _shortest(clause: Clause) -> int:
    return min(map(len, clause))


def _sequence(items: list) -> list[Clause]:
    """Clauses of a sequence: each run of literal characters, and each item's own clauses."""
    clauses: list[Clause] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL and chr(value).isascii():
            run.append(chr(value).lower())
            continue
        if run:
            clauses.append(frozenset(["".join(run)]))
            run = []
        clauses += _item(op, value)
    if run:
        clauses.append(frozenset(["".join(run)]))
    return clauses


def _item(op: object, value: object) -> list[Clause]:
    if op is sre.SUBPATTERN:
        return _sequence(value[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(value)
    if op in REPEATS:
        return _sequence(value[2]) if value[0] >= 1 else []
    if op is sre.BRANCH:
        # one clause per alternative, its most telling, together: a match holds one of them
        alternatives = [_sequence(branch) for branch in value[1]]
        if not all(alternatives):
            return []
        return [frozenset().union(*(max(clauses, key=_shortest) for clauses in alternatives))]
    return []  # a lookaround holds no text of the match; a class or category, no fixed word


def _may_read(items: object, code: int) -> bool:
    """Tell whether any part of a parsed pattern, lookarounds included, may match the character
    `code`: any character, a negated class or category, or the character itself."""
    if isinstance(items, (list, tuple, sre_parse.SubPattern)):
        if len(items) == 2 and isinstance(items[0], sre._NamedIntConstant):
            op, value = items
            if op is sre.ANY or op is sre.NOT_LITERAL or op is sre.NEGATE:
                return True
            if op is sre.LITERAL:
                return value == code
            if op is sre.RANGE:
                return value[0] <= code <= value[1]
            if op is sre.CATEGORY:
                return "NOT" in str(value)
        return any(_may_read(item, code) for item in items)
    return False
