"""The CAMEO codebook as data: names, Goldstein scores, quad classes and the PLOVER v2 mapping.

Reads `data/cameo/codebook.csv`, `plover.csv` (event types), `plover_words.csv` (the words whose
PLOVER type differs from their CAMEO code's), `plover_sectors.csv` (the sector codes PLOVER
renamed) and `plover_countries.csv` (PLOVER's codes for actors with no state); validates them
and fails naming the file and line of a bad row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsevents.datafiles import read_rows

DATA = Path(__file__).resolve().parent / "data" / "cameo"
CODE_COUNT = 311  # 20 roots, 147 three-digit and 144 four-digit codes in CAMEO 1.1b3


@dataclass(frozen=True)
class CodeEntry:
    """One CAMEO code with everything an event record needs about it."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str
    context: str = ""


@dataclass(frozen=True)
class Codebook:
    """All CAMEO codes, looked up by code string (leading zeros kept)."""

    entries: dict[str, CodeEntry]
    sectors: dict[str, str] = field(default_factory=dict)  # CAMEO -> PLOVER where they differ
    # (CAMEO code, trigger lemma) -> (PLOVER type, mode): 173 "indict" is ACCUSE, "arrest" COERCE
    words: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # (name, kind, sector, code) rows, tried in order, for actors with no state: UNO, EUR, IGO ...
    stateless: tuple[tuple[str, str, str, str], ...] = ()

    def entry(self, code: str) -> CodeEntry:
        """Return the entry of a CAMEO code; raise KeyError naming an unknown code."""
        try:
            return self.entries[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def plover_sectors(self, codes: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """Return CAMEO sector codes as PLOVER writes them ("MED", media, is "JRN"), in order."""
        return tuple(dict.fromkeys(self.sectors.get(code, code) for code in codes))

    def plover_country(
        self, country: str | None, name: str, kind: str, sectors: tuple[str, ...] | list[str]
    ) -> str | None:
        """Return the PLOVER country field of an actor: its state, else the code PLOVER gives
        the UN, the EU, other IGOs, NGOs and armed groups with no home state, else None."""
        if country:
            return country
        for row_name, row_kind, sector, code in self.stateless:
            if row_name == name if row_name else (row_kind in ("", kind) and sector in sectors):
                return code
        return None

    def plover_of(self, code: str, word: str) -> tuple[str, str]:
        """Return the PLOVER type and mode of `code` done by `word` (a trigger's lemma): the word's
        own reading where PLOVER divides what one CAMEO code joins, else the code's."""
        entry = self.entry(code)
        return self.words.get((code, word), (entry.plover_type, entry.plover_mode))

    def roots(self) -> list[str]:
        """Return the twenty two-digit root codes in order."""
        return [code for code in self.entries if len(code) == 2]


def parent(code: str) -> str | None:
    """Return the parent of a CAMEO code (root for three digits), or None for a root."""
    return None if len(code) == 2 else code[: len(code) - 1]


def _read_codes(path: Path) -> dict[str, tuple[str, float, int]]:
    codes: dict[str, tuple[str, float, int]] = {}
    for number, row in read_rows(path, ("code", "name", "goldstein", "quad_class")):
        code = row["code"]
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise ValueError(f"{path}:{number}: bad CAMEO code {code!r}")
        if code in codes:
            raise ValueError(f"{path}:{number}: duplicate code {code}")
        if (up := parent(code)) is not None and up not in codes:
            raise ValueError(f"{path}:{number}: parent {up} of {code} must come first")
        try:
            goldstein, quad = float(row["goldstein"]), int(row["quad_class"])
        except ValueError:
            raise ValueError(f"{path}:{number}: goldstein/quad_class not numeric") from None
        if not -10.0 <= goldstein <= 10.0:
            raise ValueError(f"{path}:{number}: goldstein {goldstein} outside [-10, 10]")
        if quad not in (1, 2, 3, 4):
            raise ValueError(f"{path}:{number}: quad_class must be 1-4")
        codes[code] = (row["name"], goldstein, quad)
    return codes


def _read_plover(path: Path, known: dict) -> dict[str, tuple[str, str, str]]:
    plover: dict[str, tuple[str, str, str]] = {}
    for number, row in read_rows(path, ("cameo", "plover_type", "plover_mode", "context")):
        if row["cameo"] not in known:
            raise ValueError(f"{path}:{number}: unknown CAMEO code {row['cameo']!r}")
        if not row["plover_type"].isupper():
            raise ValueError(f"{path}:{number}: plover_type must be an upper-case name")
        plover[row["cameo"]] = (row["plover_type"], row["plover_mode"], row["context"])
    return plover


def load_codebook(path: Path | str | None = None) -> Codebook:
    """Load and validate the codebook from a directory holding codebook.csv and plover.csv."""
    directory = Path(path) if path is not None else DATA
    codes = _read_codes(directory / "codebook.csv")
    if len(codes) != CODE_COUNT:
        raise ValueError(f"{directory / 'codebook.csv'}: {len(codes)} codes, not {CODE_COUNT}")
    plover = _read_plover(directory / "plover.csv", codes)
    entries: dict[str, CodeEntry] = {}
    for code, (name, goldstein, quad) in codes.items():
        # A code missing from the PLOVER table takes its parent's type, mode and context.
        lookup: str | None = code
        while lookup is not None and lookup not in plover:
            lookup = parent(lookup)
        if lookup is None:
            raise ValueError(f"{directory / 'plover.csv'}: no PLOVER type for {code} or parents")
        plover_type, mode, context = plover[lookup]
        entries[code] = CodeEntry(code, code[:2], name, goldstein, quad, plover_type, mode, context)
    sectors = directory / "plover_sectors.csv"
    words = directory / "plover_words.csv"
    stateless = directory / "plover_countries.csv"
    return Codebook(
        entries,
        _read_sectors(sectors) if sectors.exists() else {},
        _read_plover_words(words, codes) if words.exists() else {},
        _read_stateless(stateless) if stateless.exists() else (),
    )


def _read_plover_words(path: Path, known: dict) -> dict[tuple[str, str], tuple[str, str]]:
    table: dict[tuple[str, str], tuple[str, str]] = {}
    for number, row in read_rows(path, ("cameo", "word", "plover_type", "plover_mode", "note")):
        if row["cameo"] not in known:
            raise ValueError(f"{path}:{number}: unknown CAMEO code {row['cameo']!r}")
        if not row["plover_type"].isupper():
            raise ValueError(f"{path}:{number}: plover_type must be an upper-case name")
        table[row["cameo"], row["word"].lower()] = (row["plover_type"], row["plover_mode"])
    return table


def _read_stateless(path: Path) -> tuple[tuple[str, str, str, str], ...]:
    rows = []
    for number, row in read_rows(path, ("name", "kind", "sector", "code")):
        if not (len(row["code"]) == 3 and row["code"].isupper()):
            raise ValueError(f"{path}:{number}: code is three capital letters")
        if not (row["name"] or row["sector"]):
            raise ValueError(f"{path}:{number}: a row needs a name or a sector")
        rows.append((row["name"], row["kind"], row["sector"], row["code"]))
    return tuple(rows)


def _read_sectors(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for number, row in read_rows(path, ("cameo", "plover")):
        if not (len(row["cameo"]) == len(row["plover"]) == 3 and row["plover"].isupper()):
            raise ValueError(f"{path}:{number}: sector codes are three capital letters")
        table[row["cameo"]] = row["plover"]
    return table
