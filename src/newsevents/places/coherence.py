"""Spatial coherence of one article's toponyms: how strongly the article's other names back each
reading of a name, counting every reading of theirs, not only their likeliest one.

Local news names towns that share their names with bigger places elsewhere ("Athens" beside
"Henderson County"); the bigger namesakes win one by one, but only the local readings lie near
one another. A name backs a reading of another when one of its own readings lies near it or in
its division; a name with readings in many divisions ("Springfield") backs each of them weakly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from newsevents.places.index import Entry, normalize
from newsevents.records import Place

LOCAL_KINDS = frozenset({"city", "capital", "admin2"})
DIVISION_KINDS = frozenset({"admin1", "province"})
NEAR_KM = 100.0
# two names read within a few kilometres of each other (a town and its county, a suburb and its
# city) rarely meet by chance, however many namesakes each has
CLOSE_KM = 30.0
CELL_DEGREES = 1.0  # grid cells of about 111 km, so a reading's neighbours are in 3 x 3 cells

Division = tuple[str | None, str]  # (country, normalized division name)


def _division(entry: Entry) -> Division | None:
    if entry.kind in DIVISION_KINDS:
        return entry.country, normalize(entry.name)
    if entry.kind in LOCAL_KINDS and entry.admin1:
        return entry.country, normalize(entry.admin1)
    return None


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)


class Backing:
    """Every reading of an article's names, indexed by division and by grid cell."""

    def __init__(self, readings: dict[str, Iterable[Entry]]) -> None:
        self.weight: dict[str, float] = {}
        self.divisions: dict[Division, set[str]] = {}
        self.cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
        for key, entries in readings.items():
            divisions = set()
            for entry in entries:
                division = _division(entry)
                if division is not None:
                    divisions.add(division)
                    self.divisions.setdefault(division, set()).add(key)
                if entry.kind in LOCAL_KINDS and entry.lat is not None:
                    self.cells.setdefault(_cell(entry.lat, entry.lon), []).append(
                        (key, entry.lat, entry.lon))
            # a name read in one division is firm evidence; one read in many is weak
            self.weight[key] = 1.0 / math.sqrt(max(len(divisions), 1))

    def backing(self, entry: Entry, key: str) -> float:
        """Return the summed weight of the other names that back this reading of `key`."""
        if entry.kind not in LOCAL_KINDS | DIVISION_KINDS:
            return 0.0
        votes = dict.fromkeys(self.divisions.get(_division(entry), ()), 0.0)
        if entry.kind in LOCAL_KINDS and entry.lat is not None:
            votes.update(self._near(entry.lat, entry.lon))
        votes.pop(key, None)
        return sum(vote or self.weight[other] for other, vote in votes.items())

    def _near(self, lat: float, lon: float) -> dict[str, float]:
        """Return the names read near a point: 1.0 when close, else 0.0 (their weight)."""
        row, column = _cell(lat, lon)
        scale = math.cos(math.radians(lat))
        found: dict[str, float] = {}
        for cell_row in (row - 1, row, row + 1):
            for cell_column in (column - 1, column, column + 1):
                for key, other_lat, other_lon in self.cells.get((cell_row, cell_column), ()):
                    km = math.hypot(other_lat - lat, (other_lon - lon) * scale) * 111.2
                    if km <= NEAR_KM:
                        found[key] = max(found.get(key, 0.0), 1.0 if km <= CLOSE_KM else 0.0)
        return found


def article_focus(resolved: Iterable[Place | None]) -> Place | None:
    """Return the town (or county) an article's names resolve to most often, the first on a
    tie, within the state or province the article names most (its towns and itself count).

    Local news keeps to one town; a place it names that no gazetteer holds is most likely there.
    The state decides first: a story of four Virginian names and one small namesake town read
    twice elsewhere is still a Virginian story.
    """
    resolved = [place for place in resolved if place is not None]
    regions: dict[tuple[str | None, str], int] = {}
    for place in resolved:
        if place.admin1:
            region = (place.country, place.admin1)
            regions[region] = regions.get(region, 0) + 1
    counts: dict[tuple[float, float], int] = {}
    first: dict[tuple[float, float], Place] = {}
    for place in resolved:
        if place.precision not in {"city", "admin2"} or place.lat is None:
            continue
        point = (place.lat, place.lon)
        counts[point] = counts.get(point, 0) + 1
        first.setdefault(point, place)
    if not counts:
        return None
    # a town's own count breaks ties between towns of one state
    return first[max(counts, key=lambda point: (
        regions.get((first[point].country, first[point].admin1 or ""), 0), counts[point]))]
