"""Actor dictionaries: load the shipped CSV files in data/actors (and user files over them).

Kinds and headers (one header row after the `# ` comment lines; split values in a cell by "|"):

- countries: iso3,name,aliases,demonyms,capitals,seats
- igos, groups, media, institutions: name,aliases,sectors,country
- people: name,aliases,role,country,sectors,valid_from,valid_to  (ISO dates, empty = open)
- sectors: terms,sectors,class,refers[,person]  (class: title, group, org, site, anaphor,
  name, quantity, force or struck; person: individual, collective or empty, which pronouns may stand
  for the noun)

A user file's kind is its `kind` column (per row; the other columns as above), else its file
stem when that names a kind ("media.csv"), else its header when that is unique to one kind. A
user row whose name, alias, capital or seat equals a shipped entry's (or, for sectors, a shipped
term) replaces that entry. Cells may not span lines. Errors read "<file>:<line>: <problem>".
"""

from newsevents.dictionaries.files import DATA_DIR, load_actor_dictionary, read_actor_file
from newsevents.dictionaries.lookup import (
    ENTRY_KINDS,
    FORMER_WORDS,
    HEADERS,
    SECTOR_CODES,
    STATE_OFFICE_SECTORS,
    TERM_CLASSES,
    ActorDictionary,
    Entry,
    Term,
    actor_id,
    normalize,
    same_person,
    split_words,
)

__all__ = [
    "DATA_DIR", "ENTRY_KINDS", "FORMER_WORDS", "HEADERS", "SECTOR_CODES", "STATE_OFFICE_SECTORS",
    "TERM_CLASSES", "ActorDictionary", "Entry", "Term", "actor_id", "load_actor_dictionary",
    "normalize", "read_actor_file", "same_person", "split_words",
]
