"""Reading the project's data files: CSV with `# ` provenance lines, then a header row.

Every loader of linguistic data (codebook, patterns, cues, furniture, calendar, gazetteer) reads
through `read_rows`, so a malformed row always fails the same way: naming the file and line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from a data CSV whose first lines are `# ` comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(number, line) for number, line in enumerate(handle, start=1)]
    body = [(number, line) for number, line in lines if line.strip() and not line.startswith("#")]
    if not body:
        raise ValueError(f"{path}: no header row")
    header_number, header = body[0]
    names = tuple(next(csv.reader([header])))
    if names != columns:
        raise ValueError(f"{path}:{header_number}: header must be {','.join(columns)}")
    for number, line in body[1:]:
        cells = next(csv.reader([line]))
        if len(cells) != len(columns):
            raise ValueError(
                f"{path}:{number}: expected {len(columns)} columns, found {len(cells)}"
            )
        yield number, dict(zip(columns, (cell.strip() for cell in cells), strict=True))
