"""The offline gazetteer: ranks what a name can stand for (countries, divisions, cities, world
regions from places/index.py) by kind, population and the article's other places.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, partial

from newsevents.places.coherence import LOCAL_KINDS, Backing, article_focus
from newsevents.places.index import Entry, build_index, normalize
from newsevents.places.sources import PlaceWords, load_place_words
from newsevents.records import Place

# "admin1" divisions are the ones news names bare (data/places/admin1.csv: US states, Canadian
# provinces ...); the long tail of GeoNames "province"s and "admin2"s, whose population is that of
# all their towns, must not outrank a city of the same name ("Savannah")
# a physical feature news names ("the Pacific", "Crete") outweighs a namesake town of up to a
# hundred thousand people in the article's own country
WEIGHTS = {"region": 20.0, "country": 6.0, "demonym": 6.0, "feature": 10.0, "capital": 4.0,
           "admin1": 2.0, "city": 0.0, "province": -1.0, "admin2": -1.0}
DIVISIONS = frozenset({"admin1", "province", "admin2"})
CONTEXT_BONUS = 5.0  # enough to pick Georgia the US state in a US story, not to move Paris
# a town in a state the article names beats a bigger namesake elsewhere in the same country
# ("Gainesville" in a Georgia story), but not a country's capital or a country
REGION_BONUS = 3.0
# the same holds for a town near another town of the article, across a state line or in a
# country without divisions on file ("Fargo" beside "Moorhead")
NEAR_BONUS, NEAR_KM = 3.0, 100.0
# a place found only under another of its names (a former name, a translation, a division
# without its kind word) gives way to a place of that very name unless a thousand times its
# size: "Salisbury" is the English town before the old name of Harare
OTHER_NAME_PENALTY = 3.0
# what each other name that backs a town's reading adds (places/coherence.py), up to two names:
# a town and its county together outweigh a namesake a hundred times bigger
BACKING_BONUS, BACKING_CAP = 3.0, 2.0
# what news names bare and means as such ("Florida"): a town nearby of that name (Florida, New
# York, beside New York City) does not take its place
NAMED_BARE = frozenset({"admin1"})
# the article's names are read again in the light of the others' readings: once alone, then
# steered by those readings, then by the steered ones ("Georgia" beside "Athens" and "Barrow
# County" is the state once the two are read in it)
STEERING_PASSES = 2
# kinds with many official names, all theirs
OWN_NAME_KINDS = frozenset({"country", "demonym", "region", "feature"})
PRECISIONS = {"country": "country", "demonym": "country", "capital": "city", "admin1": "admin1",
              "province": "admin1", "admin2": "admin2", "city": "city", "region": "region",
              "feature": "feature"}
# the part of an unknown name that may stand for it ("Kharkiv City Council" -> Kharkiv) must be
# a country, a division or a sizeable town, not any hamlet that shares a word of it
INNER_MIN_POPULATION = 50_000
INNER_LOCAL = frozenset({"city", "admin2", "admin1"})


@dataclass(frozen=True)
class Gazetteer:
    """Names of countries, divisions, cities and world regions, indexed on first use."""

    # towns of 1000+ people: local news names small places, and population ranking keeps the
    # big namesake first wherever the article gives no other clue
    min_city_population: int = 1000

    @cached_property
    def words(self) -> PlaceWords:
        return load_place_words()

    @cached_property
    def index(self) -> dict[str, list[Entry]]:
        # the index is half a million small objects that all live on: pausing the cyclic
        # garbage collector while they are made cuts the build to a third of its time
        paused = gc.isenabled()
        gc.disable()
        try:
            return build_index(self.min_city_population)
        finally:
            if paused:
                gc.enable()

    def candidates(self, name: str) -> list[Entry]:
        """Return every entry a name can stand for.

        A word of up to three letters is a code or an acronym in capitals ("MS", "UN", "AI")
        and a word or a name otherwise ("Ms", "La", "Al"): in capitals it stands only for what
        it abbreviates (a state, a country), else only for places of that very name.
        """
        key = normalize(name)
        entries = self.index.get(key, [])
        if len(key) > 3 or not key.isalpha():
            return entries
        if name.isupper():
            return [e for e in entries if e.bonus or e.kind in OWN_NAME_KINDS]
        return [e for e in entries if normalize(e.name) == key]

    def resolve(
        self, name: str, context_countries: tuple[str, ...] = (), within: str | None = None,
        regions: tuple[str, ...] = (), demonyms: bool = False, world_regions: bool = False,
        points: tuple[tuple[float, float], ...] = (),
        backing: Callable[[Entry], float] | None = None, article: frozenset[str] = frozenset(),
    ) -> Place | None:
        """Return the most likely place for a name, given the article's countries and regions.

        `regions` are divisions the article names and `points` where its other towns lie;
        `backing` scores how well the article's other names back a town or county reading.
        `demonyms` lets an adjective of nationality stand for its country ("Russian" -> Russia)
        and `world_regions` lets continents and regions resolve: a geoparser wants both, an
        event's place neither ("a Georgian translator" was not in Georgia, and "in Africa"
        places nothing on a map of events).
        """
        key = normalize(name)
        entries = [e for e in self.candidates(name) if demonyms or e.kind != "demonym"]
        if not entries:
            key, entries = self._inner_entries(name, article)
        entries = _drop_namesake_divisions(entries)
        if within:
            scope = self.resolve(within, context_countries)
            entries = [e for e in entries if scope and _inside(e, scope)] or entries
        if not entries:
            return None
        near = {normalize(region) for region in regions}

        def alone(entry: Entry) -> float:
            return _score(entry, key, set(context_countries), near)

        def score(entry: Entry) -> float:
            return alone(entry) + (NEAR_BONUS if _near_any(entry, points) else 0.0)

        best = max(entries, key=alone)
        if best.kind not in NAMED_BARE:
            best = max(entries, key=score)
        if backing is not None and best.kind in LOCAL_KINDS:
            # the article's other names choose among the towns and counties of a name; they
            # never turn a country or a state into its namesake town. Nearness and backing
            # are one piece of evidence, counted once
            local = [e for e in entries if e.kind in LOCAL_KINDS and self._own_name(e, key)]
            best = max([best, *local], key=lambda e: alone(e) + max(
                backing(e), NEAR_BONUS if _near_any(e, points) else 0.0))
        if best.kind == "region" and not (world_regions and best.lat is not None):
            return None
        return Place(name=best.name, country=best.country, admin1=best.admin1, lat=best.lat,
                     lon=best.lon, geonames_id=best.geonames_id,
                     precision=PRECISIONS[best.kind], basis="none", text=name)

    def knows_by_name(self, name: str) -> bool:
        """Tell whether some place goes by this very name, or is a sizeable town known by it
        as another spelling ("Hasaka"): a name the model does not tag a place counts as one
        only so, not as a village's former name or translation."""
        key = normalize(name)
        return any(entry.kind in OWN_NAME_KINDS or self._own_name(entry, key)
                   or entry.population >= INNER_MIN_POPULATION for entry in self.candidates(name))

    def _own_name(self, entry: Entry, key: str) -> bool:
        """Tell whether an entry is known by this very name, or by it and its kind word
        ("Clay" for Clay County), rather than by a former name or a translation."""
        own = normalize(entry.name)
        if entry.bonus or own == key:
            return True
        return own.startswith(key + " ") and own[len(key) + 1:] in self.words.place_head

    def _inner_entries(self, name: str, article: frozenset[str]) -> tuple[str, list[Entry]]:
        """Return the longest well-known place inside an unknown name, and its entries.

        Organisations, buildings and features are often named after their place, first or
        after "of" ("Lagos State University", "University of Ghana"); where the whole name is
        unknown, that place stands in. It must be known by that very name and well known, or
        named on its own elsewhere in the `article`, and not be a generic word alone ("Eastern",
        "Union"); a street is named after places it is not in.
        """
        words = name.split()
        if words and words[-1].lower() in self.words.street:
            return normalize(name), []
        # the parts of a hyphenated word only when its whole words hold no place: "Winston-Salem"
        # is one town, "Montreal-Trudeau Airport" a place named after its town
        pieces = [piece for word in words for piece in word.split("-") if piece]
        for parts in (words, pieces) if pieces != words else (words,):
            found = self._inner_part(parts, article)
            if found is not None:
                return found
        return normalize(name), []

    def _inner_part(
        self, words: list[str], article: frozenset[str],
    ) -> tuple[str, list[Entry]] | None:
        """Return the longest run of capitalised words (fewer than all) that is a well-known
        place or one the article names, with its entries."""
        starts = range(len(words))
        for size in range(len(words) - 1, 0, -1):
            for first in starts:
                part = words[first:first + size]
                if len(part) < size or not all(word[:1].isupper() for word in part):
                    continue
                if all(word.lower() in self.words.generic for word in part):
                    continue
                key = normalize(" ".join(part))
                found = [e for e in self.candidates(" ".join(part)) if is_well_known(e, key) or (
                    key in article and self._own_name(e, key))]
                if found:
                    return key, found
        return None

    def resolve_article(
        self, names: list[str], context_countries: tuple[str, ...] = (), demonyms: bool = False,
        world_regions: bool = False, all_places: bool = False,
        within: list[str | None] | None = None,
    ) -> list[Place | None]:
        """Resolve the toponyms of one article together: each is read in the light of the others.

        A first pass resolves each name alone. Then each name is resolved again, steered by what
        the other names found: countries named outright (or by a name found only in them) or by
        two other names, divisions
        named or holding another name's place ("Paris" beside "Lamar County" is the Texan
        town), and every reading of the other names (places/coherence.py). A name never votes
        for itself: "Georgia" alone is not a Georgian story.

        `all_places` says the names are known to be places (a person marked them): a name the
        gazetteer does not know is then put near the article's town (`_near_focus`). Names a
        tagger found are not: most unknown ones are firms, people or events.

        `within` gives, per name, the region the text names right after it ("Paris, Texas"),
        which holds that name's every mention ("Paris police said") and steers the others.
        """
        article = frozenset(normalize(name) for name in names)
        options = {"demonyms": demonyms, "world_regions": world_regions, "article": article}
        # a name repeated in an article reads the same each time: resolved once per pass
        mentions = _qualified_throughout(list(zip(names, within or [None] * len(names),
                                                  strict=True)))
        alone = {(name, scope): self.resolve(name, context_countries, within=scope, **options)
                 for name, scope in set(mentions)}
        resolved = [alone[mention] for mention in mentions]
        readings = {normalize(name): self.candidates(name) for name in names}
        sure: dict[str, set[str]] = {}
        for key, entries in readings.items():
            # a name all of whose readings lie in one country ("Henderson County") names it
            # as surely as a country or state would
            countries = {e.country for e in entries if e.country}
            if len(countries) == 1:
                sure.setdefault(countries.pop(), set()).add(key)
        backing = Backing(readings)
        for _ in range(STEERING_PASSES):
            steered = self._steered(mentions, resolved, sure, backing, context_countries,
                                    options)
            if steered == resolved:
                break  # read as they were: a pass steered by them would read them so again
            resolved = steered
        return self._near_focus(names, resolved) if all_places else resolved

    def _steered(
        self, mentions: list[tuple[str, str | None]], before: list[Place | None],
        sure: dict[str, set[str]], backing: Backing, context_countries: tuple[str, ...],
        options: dict,
    ) -> list[Place | None]:
        """Resolve each name again, steered by where the other names were read `before`."""
        outright = {country: set(seen) for country, seen in sure.items()}
        by_country: dict[str, set[str]] = {}
        by_region: dict[str, set[str]] = {}
        points: dict[str, set[tuple[float, float]]] = {}
        for (name, _), place in zip(mentions, before, strict=True):
            if place is None or place.country is None:
                continue
            key = normalize(name)
            by_country.setdefault(place.country, set()).add(key)
            if place.precision not in {"city", "admin2"}:
                outright.setdefault(place.country, set()).add(key)
            if place.admin1:
                by_region.setdefault(place.admin1, set()).add(key)
            if place.precision in {"city", "admin2"} and place.lat is not None:
                points.setdefault(key, set()).add((place.lat, place.lon))
        resolved: dict[tuple[str, str | None], Place | None] = {}
        for name, scope in set(mentions):
            key = normalize(name)
            countries = {c for c, seen in outright.items() if seen - {key}}
            countries |= {c for c, seen in by_country.items() if len(seen - {key}) > 1}
            regions = tuple(sorted(r for r, seen in by_region.items() if seen - {key}))
            context = tuple(sorted(countries | set(context_countries)))
            near = tuple(point for other, found in points.items() if other != key
                         for point in found)
            backed = partial(_backing_bonus, backing, key)
            resolved[(name, scope)] = self.resolve(name, context, within=scope, regions=regions,
                                                   points=near, backing=backed, **options)
        return [resolved[mention] for mention in mentions]

    def _near_focus(self, names: list[str], resolved: list[Place | None]) -> list[Place | None]:
        """Put the names the gazetteer does not know at the town the article dwells on.

        A local story's hospitals, streets, schools and neighbourhoods are in or near its town;
        such a place is marked with precision "near" so that a user can tell it from a match.
        """
        focus = article_focus(resolved)
        if focus is None:
            return resolved
        return [replace(focus, precision="near", text=name) if self._unknown_here(
            name, place, focus) else place for name, place in zip(names, resolved, strict=True)]

    def _unknown_here(self, name: str, place: Place | None, focus: Place) -> bool:
        """Tell whether a name known to be a place is not in the gazetteer, or found only
        through a town or division inside it in another country than the article's town
        ("Douglas High School" in a Florida story is not on the Isle of Man)."""
        if not name[:1].isupper() or self.candidates(name):
            return False
        return place is None or (place.precision in INNER_LOCAL and place.country != focus.country)


def _qualified_throughout(
    mentions: list[tuple[str, str | None]],
) -> list[tuple[str, str | None]]:
    """Give every mention of a name the region its first qualified mention names: a story
    names "Paris, Texas" once and then says "Paris"."""
    scopes: dict[str, str] = {}
    for name, scope in mentions:
        if scope:
            scopes.setdefault(normalize(name), scope)
    return [(name, scope or scopes.get(normalize(name))) for name, scope in mentions]


def _backing_bonus(backing: Backing, key: str, entry: Entry) -> float:
    return BACKING_BONUS * min(backing.backing(entry, key), BACKING_CAP)


def _near_any(entry: Entry, points: tuple[tuple[float, float], ...]) -> bool:
    """Tell whether an entry lies within NEAR_KM of any point (flat-earth distance will do)."""
    if entry.lat is None or entry.kind in {"country", "demonym", "region", "feature"}:
        return False
    scale = math.cos(math.radians(entry.lat))
    return any(math.hypot(lat - entry.lat, (lon - entry.lon) * scale) * 111.2 <= NEAR_KM
               for lat, lon in points)


def _score(entry: Entry, key: str, context: set[str], near: set[str]) -> float:
    """Rank an entry: its kind, size, the article's countries and divisions, its name."""
    bonus = CONTEXT_BONUS if entry.country in context else 0.0
    if entry.admin1 and entry.kind not in {"admin1", "province"} and normalize(
            entry.admin1) in near:
        bonus += REGION_BONUS
    kind = entry.kind
    if kind not in OWN_NAME_KINDS and not entry.bonus and normalize(entry.name) != key:
        bonus -= OTHER_NAME_PENALTY
        kind = "city" if kind == "capital" else kind  # a capital's old name is not news's
    return WEIGHTS[kind] + math.log10(entry.population + 1) + bonus + entry.bonus


def is_well_known(entry: Entry, key: str) -> bool:
    """Tell whether an entry, found under `key`, may stand for a longer name that holds it."""
    if entry.kind in {"demonym", "feature"}:
        return False  # the Indian Ocean is not in India, Pacific Gas and Electric not at sea
    if entry.kind not in OWN_NAME_KINDS and not entry.bonus and normalize(entry.name) != key:
        return False
    return entry.kind != "city" or entry.population >= INNER_MIN_POPULATION


def _drop_namesake_divisions(entries: list[Entry]) -> list[Entry]:
    """Drop a division named after its own big city: a bare "São Paulo" is the city.

    A town of the same name and country holding a tenth of the division's people is its
    main city; a province with a small namesake town ("Quebec", "Ontario") is kept.
    """
    towns = [e for e in entries if e.kind in {"city", "capital"}]
    return [e for e in entries if e.kind not in DIVISIONS or not any(
        town.country == e.country and town.population * 10 >= e.population for town in towns)]


def _inside(entry: Entry, scope: Place) -> bool:
    if entry.country != scope.country:
        return False
    return scope.precision != "admin1" or normalize(entry.admin1 or "") == normalize(scope.name)


def load_gazetteer(min_city_population: int = 1000) -> Gazetteer:
    """Return the offline gazetteer; its index is built on first lookup."""
    return Gazetteer(min_city_population)
