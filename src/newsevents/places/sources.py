"""The places stage's data files (data/places/*.csv): one validating loader per file.

Each loader takes an optional directory so tests can feed it a broken copy and see it name the
bad line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsevents.datafiles import read_rows
from newsevents.dictionaries import DATA_DIR as ACTOR_DATA
from newsevents.dictionaries import read_actor_file

DATA = Path(__file__).resolve().parent.parent / "data" / "places"
PEOPLE_CLASSES = frozenset({"title", "group"})  # sectors.csv: a person's office, people acting
ALIAS_KINDS = frozenset({"country", "admin1", "city"})
FEATURE_KINDS = frozenset({"ocean", "sea", "gulf", "strait", "lake", "river", "mountains", "peak",
                           "desert", "peninsula", "island", "area"})


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


def load_centroids(directory: Path | None = None,
                   file_name: str = "country_centroids.csv") -> dict[str, tuple[float, float]]:
    """Read data/places/country_centroids.csv (or another ISO alpha-2,lat,lon table such as
    country_points_countryinfo.csv): ISO alpha-2 -> (lat, lon)."""
    centroids = {}
    for row in _rows_with_points((directory or DATA) / file_name, ("iso2", "lat", "lon")):
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
        if not row["alias"] or row["kind"] not in ALIAS_KINDS:
            raise ValueError(f"{row['where']}: need an alias and a kind (country, admin1, city)")
    return rows


@dataclass(frozen=True)
class PlaceWords:
    """Locative prepositions and place-head nouns, read from data/places/words.csv."""

    locative: frozenset[str]
    place_head: frozenset[str]
    region: frozenset[str]
    generic: frozenset[str] = frozenset()
    street: frozenset[str] = frozenset()
    division: frozenset[str] = frozenset()
    slot: frozenset[str] = frozenset()
    division_list: frozenset[str] = frozenset()
    origin: frozenset[str] = frozenset()
    party_or_goal: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()  # nouns of people or forces: "soldiers", "officials"


def load_place_words(directory: Path | None = None) -> PlaceWords:
    """Read data/places/words.csv, failing on an unknown kind, and the nouns of people and
    forces from the actor dictionary's data/actors/sectors.csv (titles and groups)."""
    kinds = ("locative", "place_head", "region", "generic", "street", "division", "slot",
             "division_list", "origin", "party_or_goal")
    words: dict[str, set[str]] = {kind: set() for kind in kinds}
    path = (directory or DATA) / "words.csv"
    for number, row in read_rows(path, ("word", "kind")):
        if row["kind"] not in words or not row["word"]:
            raise ValueError(f"{path}:{number}: need a word and a known kind")
        words[row["kind"]].add(row["word"] if row["kind"] == "region" else row["word"].lower())
    return PlaceWords(**{kind: frozenset(found) for kind, found in words.items()},
                      people=_people_nouns())


def _people_nouns() -> frozenset[str]:
    """Return the head nouns of the actor dictionary's titles and groups ("minister" of
    "defence minister"): a place before one describes whose they are ("U.S. troops")."""
    _, terms = read_actor_file(ACTOR_DATA / "sectors.csv")
    return frozenset(term.words[-1] for term in terms if term.cls in PEOPLE_CLASSES)


def load_divisions(directory: Path | None = None) -> list[dict]:
    """Read data/places/divisions.csv: GeoNames admin1/admin2 divisions with a point."""
    columns = ("iso2", "level", "code", "name", "parent", "lat", "lon", "population")
    rows = _rows_with_points((directory or DATA) / "divisions.csv", columns)
    for row in rows:
        if row["level"] not in {"1", "2"} or not row["name"] or row["lat"] is None:
            raise ValueError(f"{row['where']}: need level 1 or 2, a name, lat and lon")
        if not row["population"].isdigit():
            raise ValueError(f"{row['where']}: population must be a number")
        row["level"], row["population"] = int(row["level"]), int(row["population"])
    return rows


def load_regions(directory: Path | None = None) -> list[dict]:
    """Read data/places/regions.csv: world regions' points and adjectives ("African")."""
    path = (directory or DATA) / "regions.csv"
    rows = []
    for number, row in read_rows(path, ("name", "adjective", "lat", "lon")):
        where = f"{path}:{number}"
        lat, lon = _coordinate(row["lat"], where, 90), _coordinate(row["lon"], where, 180)
        if not row["name"] or (lat is None) != (lon is None):
            raise ValueError(f"{where}: need a name and both or neither of lat, lon")
        rows.append(dict(row, lat=lat, lon=lon))
    return rows


def load_features(directory: Path | None = None) -> list[dict]:
    """Read data/places/features.csv: physical features, their other names and one point."""
    path = (directory or DATA) / "features.csv"
    rows = []
    for number, row in read_rows(path, ("name", "aliases", "kind", "lat", "lon")):
        where = f"{path}:{number}"
        lat, lon = _coordinate(row["lat"], where, 90), _coordinate(row["lon"], where, 180)
        if not row["name"] or row["kind"] not in FEATURE_KINDS or lat is None or lon is None:
            raise ValueError(f"{where}: need a name, a known kind, lat and lon")
        names = [row["name"], *filter(None, row["aliases"].split("|"))]
        rows.append(dict(row, names=names, lat=lat, lon=lon))
    return rows
