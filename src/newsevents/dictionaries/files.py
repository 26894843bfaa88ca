"""Actor dictionaries, files: read and validate the shipped CSV files and user files over them."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pycountry

from newsevents.dictionaries.lookup import (
    ENTRY_KINDS,
    HEADERS,
    ISO3_EXCEPTIONS,
    OPTIONAL_COLUMNS,
    PERSON_VALUES,
    SECTOR_CODES,
    TERM_CLASSES,
    UNSECTORED_CLASSES,
    ActorDictionary,
    Entry,
    Term,
    form,
    split_words,
)
from newsevents.dictionaries.namemodel import load_name_model

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
COMMON_NAMES_FILE = DATA_DIR / "common_names.txt"
PARTY_TAGS_FILE = DATA_DIR / "party_tags.txt"
HOMONYMS_FILE = DATA_DIR / "homonyms.txt"
GIVEN_NAMES_FILE = DATA_DIR / "given_names.txt"
GENDERS = ("f", "m")


def load_actor_dictionary(user_files: tuple[str, ...] = ()) -> ActorDictionary:
    """Load the shipped actor dictionaries, then user files layered over them."""
    entries: list[Entry] = []
    terms: list[Term] = []
    for path in sorted(DATA_DIR.glob("*.csv")):
        file_entries, file_terms = read_actor_file(path)
        entries += file_entries
        terms += file_terms
    for path in user_files:
        file_entries, file_terms = read_actor_file(Path(path))
        replaced = {form(s) for entry in file_entries for s in entry.surfaces()}
        replaced |= {f"iso3:{e.country}" for e in file_entries if e.table == "countries"}
        entries = [e for e in entries if not _sharesform(e, replaced)] + file_entries
        new_words = {term.words for term in file_terms}
        terms = [term for term in terms if term.words not in new_words] + file_terms
    return ActorDictionary.build(entries, terms, load_name_model(), read_common_names(),
                                 read_party_tags(), read_homonyms(), read_given_names())


def read_common_names(path: Path = COMMON_NAMES_FILE) -> tuple[str, ...]:
    """Read the names too common to stand alone for a listed person: one a line, "#" comments."""
    with open(path, encoding="utf-8") as handle:
        lines = (line.split("#", 1)[0].strip() for line in handle)
        return tuple(line for line in lines if line)


def read_party_tags(path: Path = PARTY_TAGS_FILE) -> dict[str, tuple[str, str]]:
    """Read the party tags after a legislator's name: initial -> (country, party name or "")."""
    tags = {}
    for where, words in _word_lines(path):
        if len(words) < 2 or not (words[0].isalpha() and words[0].isupper()):
            raise ValueError(f"{where}: a tag is a capital initial, a country and a party")
        tags[words[0]] = (_check_iso3(words[1], where), " ".join(words[2:]))
    return tags


def read_homonyms(path: Path = HOMONYMS_FILE) -> dict[str, tuple[str, str]]:
    """Read the state names that are also another country's region: name -> (state, country)."""
    homonyms = {}
    for where, words in _word_lines(path):
        if len(words) != 3:
            raise ValueError(f"{where}: a line is a state, the region's country and one word")
        state, country = (_check_iso3(code, where) for code in words[:2])
        homonyms[words[2]] = (state, country)
    return homonyms


def read_given_names(path: Path = GIVEN_NAMES_FILE) -> dict[str, str]:
    """Read the given names that tell a person's gender: name -> "f" or "m"."""
    names = {}
    for where, words in _word_lines(path):
        if len(words) != 2 or words[1] not in GENDERS:
            raise ValueError(f"{where}: a line is one given name and f or m")
        names[words[0].lower()] = words[1]
    return names


def _word_lines(path: Path) -> Iterator[tuple[str, list[str]]]:
    # the words of each line of a text data file, "#" comments and blank lines left out, with
    # where the line stands for error messages
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            words = line.split("#", 1)[0].split()
            if words:
                yield f"{path}:{number}", words


def _sharesform(entry: Entry, forms: set[str]) -> bool:
    if entry.table == "countries" and f"iso3:{entry.country}" in forms:
        return True
    return any(form(surface) in forms for surface in entry.surfaces())


def read_actor_file(path: Path) -> tuple[list[Entry], list[Term]]:
    """Read one actor CSV file, validating every row; raise ValueError naming file and line."""
    entries: list[Entry] = []
    terms: list[Term] = []
    header: tuple[str, ...] | None = None
    with open(path, encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [cell.strip() for cell in next(csv.reader([line]))]
            if header is None:
                header = tuple(cell.lower() for cell in cells)
                default_kind = _file_kind(path, header)
                continue
            where = f"{path}:{number}"
            if len(cells) != len(header):
                raise ValueError(f"{where}: expected {len(header)} cells, found {len(cells)}")
            row = dict(zip(header, cells, strict=True))
            kind = row.pop("kind", "") or default_kind
            if kind not in HEADERS:
                raise ValueError(f"{where}: unknown kind {kind!r}; use one of {sorted(HEADERS)}")
            missing = [column for column in HEADERS[kind] if column not in row]
            if missing:
                raise ValueError(f"{where}: kind {kind} needs column(s) {', '.join(missing)}")
            if kind == "sectors":
                terms.extend(_read_terms(row, where))
            else:
                entries.append(_read_entry(kind, row, where))
    if header is None:
        raise ValueError(f"{path}:1: no header row")
    return entries, terms


def _file_kind(path: Path, header: tuple[str, ...]) -> str | None:
    if "kind" in header:
        return None
    if path.stem in HEADERS:
        if not _fits(header, path.stem):
            expected = ",".join(HEADERS[path.stem])
            raise ValueError(f"{path}: header {','.join(header)} is not {expected}")
        return path.stem
    matches = [kind for kind in HEADERS if _fits(header, kind)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ValueError(f"{path}: header fits {', '.join(matches)}; add a `kind` column")
    raise ValueError(f"{path}: header {','.join(header)} fits no actor file kind")


def _fits(header: tuple[str, ...], kind: str) -> bool:
    required = HEADERS[kind]
    return header in (required, required + OPTIONAL_COLUMNS.get(kind, ()))


def _values(cell: str | None) -> tuple[str, ...]:
    return tuple(value.strip() for value in (cell or "").split("|") if value.strip())


def _read_entry(kind: str, row: dict[str, str], where: str) -> Entry:
    name = row.get("name", "")
    if not name:
        raise ValueError(f"{where}: missing name")
    country = _check_iso3(row.get("iso3") or row.get("country") or None, where)
    if kind == "countries" and country is None:
        raise ValueError(f"{where}: missing iso3")
    sectors = _check_sectors(_values(row.get("sectors")), where) if kind != "countries" else ()
    if kind != "countries" and not sectors:
        raise ValueError(f"{where}: missing sectors")
    valid_from = _check_date(row.get("valid_from"), where)
    valid_to = _check_date(row.get("valid_to"), where)
    if valid_from and valid_to and valid_to < valid_from:
        raise ValueError(f"{where}: valid_to {valid_to} is before valid_from {valid_from}")
    return Entry(
        name=name,
        kind=ENTRY_KINDS[kind],
        country=country,
        sectors=sectors or ("GOV",),
        aliases=_values(row.get("aliases")),
        demonyms=_values(row.get("demonyms")),
        capitals=_values(row.get("capitals")),
        seats=_values(row.get("seats")),
        role=row.get("role") or None,
        valid_from=valid_from,
        valid_to=valid_to,
        table=kind,
        source=where,
    )


def _read_terms(row: dict[str, str], where: str) -> list[Term]:
    terms = _values(row["terms"])
    if not terms:
        raise ValueError(f"{where}: missing terms")
    if row["class"] not in TERM_CLASSES:
        raise ValueError(f"{where}: class {row['class']!r} is not one of {TERM_CLASSES}")
    refers = row.get("refers") or None
    if row["class"] == "anaphor" and refers not in set(ENTRY_KINDS.values()):
        raise ValueError(f"{where}: anaphor needs refers = one of {sorted(ENTRY_KINDS.values())}")
    sectors = _check_sectors(_values(row["sectors"]), where)
    if row["class"] not in UNSECTORED_CLASSES and not sectors:
        raise ValueError(f"{where}: missing sectors")
    person = row.get("person", "individual" if row["class"] == "title" else "")
    if person not in PERSON_VALUES:
        raise ValueError(f"{where}: person {person!r} is not one of {PERSON_VALUES}")
    return [Term(split_words(term), sectors, row["class"], refers, person) for term in terms]


def _check_iso3(code: str | None, where: str) -> str | None:
    if code is None:
        return None
    if code in ISO3_EXCEPTIONS or pycountry.countries.get(alpha_3=code) is not None:
        return code
    raise ValueError(f"{where}: {code!r} is not an ISO 3166 alpha-3 code")


def _check_sectors(codes: tuple[str, ...], where: str) -> tuple[str, ...]:
    unknown = [code for code in codes if code not in SECTOR_CODES]
    if unknown:
        raise ValueError(f"{where}: unknown sector code(s) {', '.join(unknown)}")
    return codes


def _check_date(value: str | None, where: str) -> str | None:
    if not value:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"{where}: date {value!r} is not YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{where}: date {value!r} is not a valid date") from error
    return value
