"""What the words right after a toponym say about it: the region its comma names ("Paris,
Texas"; "Greenwood, W. Va.") and the division kind that closes its list ("Jackson and Barrow
counties"). Read from the text alone, so that a geoparser given gold spans reads them too.
"""

from __future__ import annotations

import re

from newsevents.places.gazetteer import Gazetteer

QUALIFIER_KINDS = frozenset({"admin1", "province", "country"})
# ", " and one to three capitalised words, abbreviations with their periods ("N. Y.", "Ont.")
COMMA_NAME = re.compile(r",[ \t]*([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2})")
# more names of the list, then its plural kind: ", Pope and Stevens counties"
LIST_TAIL = re.compile(r"(?:(?:,|,? and|,? or)[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*)?)*"
                       r",?[ \t]+([a-z]+)\b")


def qualifier_after(text: str, end: int, gazetteer: Gazetteer) -> str | None:
    """Return the state, province or country named after a comma right after a toponym."""
    found = COMMA_NAME.match(text, end)
    if found is None:
        return None
    words = found[1].split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size]).rstrip(",")
        for form in (name, name.rstrip(".")):  # "Ill." is the abbreviation, "York." ends a sentence
            if any(e.kind in QUALIFIER_KINDS for e in gazetteer.candidates(form)):
                return form
    return None


def listed_division(text: str, end: int, name: str, gazetteer: Gazetteer) -> str | None:
    """Return the division a name of a list closed by a plural kind stands for ("Jackson" in
    "Jackson and Barrow counties" -> "Jackson County"), where the gazetteer holds it."""
    found = LIST_TAIL.match(text, end)
    if found is None or found[1] not in gazetteer.words.division_list:
        return None
    division = f"{name} {_singular(found[1]).title()}"
    return division if gazetteer.candidates(division) else None


def _singular(plural: str) -> str:
    if plural.endswith("ies"):
        return plural[:-3] + "y"  # counties
    if plural.endswith(("shes", "ches", "xes", "sses")):
        return plural[:-2]  # parishes
    return plural[:-1]  # oblasts, districts
