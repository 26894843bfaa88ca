"""CLI commands for exports and analytics: plain Typer functions that `deliver/cli.py` registers.

Each parses its options, opens the store read-only, calls `export` or `analytics` and prints the
result as a table or JSON Lines; nothing else.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from newsevents import analytics
from newsevents.deliver import export as exports

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="DuckDB store written by `newsevents run`.")]
ActorOption = Annotated[
    str | None, typer.Option(help="Source or target: ISO3 country code (USA) or part of a name.")
]
CodeOption = Annotated[
    str | None, typer.Option("--code", help="CAMEO code or prefix, e.g. 04 or 112.")
]
SinceOption = Annotated[str | None, typer.Option(help="Events on or after this date.")]
UntilOption = Annotated[str | None, typer.Option(help="Events on or before this date.")]
JsonlOption = Annotated[bool, typer.Option("--jsonl", help="One JSON record per line.")]
ActorA = Annotated[str, typer.Argument(help="First actor: ISO3 country code or part of a name.")]
ActorB = Annotated[str, typer.Argument(help="Second actor: ISO3 country code or part of a name.")]


def _connect(db: str) -> duckdb.DuckDBPyConnection:
    if not Path(db).exists():
        errors.print(f"[red]error:[/red] no store at {db}; run `newsevents run` first")
        raise typer.Exit(2)
    return duckdb.connect(db, read_only=True)


def export(
    out: Annotated[Path, typer.Argument(help="File to write (CSV/Parquet also write "
                                        "<name>.clusters.<ext> beside it).")],
    format: Annotated[str, typer.Option(
        "--format", help="plover (JSON Lines), gdelt (GDELT 2.0 event TSV, one row per "
        "cluster), csv or parquet.")] = "plover",
    db: DbOption = "newsevents.duckdb",
    actor: ActorOption = None,
    code: CodeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export stored events as PLOVER JSON, GDELT TSV, CSV or Parquet, streaming to OUT."""
    if format not in exports.FORMATS:
        errors.print(f"[red]error:[/red] --format must be one of {', '.join(exports.FORMATS)}")
        raise typer.Exit(2)
    _connect(db).close()
    filters = analytics.Filters(actor=actor, code=code, since=since, until=until)
    written = exports.export(db, format, out, filters)
    errors.print(f"wrote {written} {format} rows to {out}")


def dyad(
    a: ActorA,
    b: ActorB,
    db: DbOption = "newsevents.duckdb",
    since: SinceOption = None,
    until: UntilOption = None,
    jsonl: JsonlOption = False,
) -> None:
    """Show events between A and B by month, with Goldstein and quad-class sums."""
    with _connect(db) as connection:
        rows = analytics.dyad_history(connection, a, b, since, until)
    _print(rows, jsonl, f"{a} – {b} by month")


def last_contact(
    a: ActorA,
    b: ActorB,
    before: Annotated[str, typer.Option(help="Latest contact strictly before this date.")],
    codes: Annotated[list[str] | None, typer.Option(
        "--code", help="CAMEO prefixes that count as contact (repeatable); default 04, "
        "consultations.")] = None,
    db: DbOption = "newsevents.duckdb",
    jsonl: JsonlOption = False,
) -> None:
    """Show the last contact (a consultation by default) between A and B before a date."""
    with _connect(db) as connection:
        found = analytics.last_contact(connection, a, b, before,
                                       tuple(codes or analytics.CONTACT_CODES))
    if found is None:
        errors.print(f"no contact between {a} and {b} before {before}")
        raise typer.Exit(1)
    _print([found], jsonl, f"last contact {a} – {b} before {before}")


def top(
    what: Annotated[str, typer.Argument(help="actors or codes.")] = "actors",
    db: DbOption = "newsevents.duckdb",
    actor: ActorOption = None,
    code: CodeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option(help="How many to show.", min=1)] = 10,
    jsonl: JsonlOption = False,
) -> None:
    """Show the actors or CAMEO codes in the most events over a period."""
    if what not in {"actors", "codes"}:
        errors.print("[red]error:[/red] WHAT must be actors or codes")
        raise typer.Exit(2)
    filters = analytics.Filters(actor=actor, code=code, since=since, until=until)
    query = analytics.top_actors if what == "actors" else analytics.top_codes
    with _connect(db) as connection:
        rows = query(connection, filters, limit)
    _print(rows, jsonl, f"top {what}")


def _print(rows: list[dict], jsonl: bool, title: str) -> None:
    if jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(title=title)
    for name in rows[0] if rows else ():
        table.add_column(name)
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row.values()))
    console.print(table)
