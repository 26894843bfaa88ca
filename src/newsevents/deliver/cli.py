"""The `newsevents` command: parse arguments, call the engine or the store, print results."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsevents.deliver.commands import dyad, export, last_contact, top
from newsevents.deliver.explain import explain as render_explain
from newsevents.deliver.listings import actor_records, claim_records, shorten
from newsevents.deliver.serve import serve
from newsevents.records import CodedArticle, Reject, event_record
from newsevents.settings import Settings, load_settings

app = typer.Typer(
    help="Turn news articles into sourced event data: who did what to whom, when, where, "
    "and according to whom.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
console = Console()
errors = Console(stderr=True)
HELP = Settings().help()

Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Files or folders: dated page text (.txt), JSON Lines (.jsonl), HTML, WARC.",
        show_default=False,
    ),
]
DbOption = Annotated[str, typer.Option("--db", help=HELP["db"])]


class Engine(StrEnum):
    local = "local"
    ray = "ray"


ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="TOML file of settings (see README).")
]


def _settings(config: Path | None, **overrides) -> Settings:
    try:
        return load_settings(config, **overrides)
    except (OSError, ValueError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error


@app.command()
def run(
    inputs: Inputs,
    db: DbOption = "newsevents.duckdb",
    workers: Annotated[int, typer.Option(help=HELP["workers"], min=1)] = 1,
    batch_size: Annotated[int, typer.Option(help=HELP["batch_size"], min=1)] = 32,
    engine: Annotated[
        Engine, typer.Option(help="local: a process pool into DuckDB; ray: Ray Data to Parquet.")
    ] = Engine.local,
    out: Annotated[
        str, typer.Option(help="Parquet folder the ray engine writes (then `newsevents load`).")
    ] = "newsevents-parquet",
    config: ConfigOption = None,
) -> None:
    """Code INPUTS and store articles, events and rejects in a DuckDB file.

    Articles the store already holds are skipped, so a rerun or a resumed run adds nothing twice.
    With --engine ray the same per-batch code runs on Ray Data (`pip install newsevents[ray]`) and
    writes Parquet partitioned by publication date to --out.
    """
    from newsevents.engine import run as run_engine

    settings = _settings(config, db=db, workers=workers, batch_size=batch_size)
    if engine is Engine.ray:
        _run_ray(inputs, out, settings)
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} articles · {task.fields[rate]:.1f}/s"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    ) as progress:
        task = progress.add_task("coding", total=None, rate=0.0)

        def advance(articles: int, rejects: int) -> None:
            progress.advance(task, articles)
            elapsed = progress.tasks[task].elapsed or 1e-9
            progress.update(task, rate=progress.tasks[task].completed / elapsed)

        summary = run_engine(inputs, settings, on_batch=advance)
    table = Table(title=f"newsevents run → {settings.db}", show_header=False)
    table.add_row("new articles", str(summary.articles))
    table.add_row("already stored (skipped)", str(summary.skipped))
    table.add_row("new events", str(summary.events))
    table.add_row("rejected inputs", str(summary.rejects))
    for reason, count in sorted(summary.reject_reasons.items()):
        table.add_row(f"  {reason}", str(count))
    table.add_row("time", f"{summary.seconds:.1f} s")
    console.print(table)


def _run_ray(inputs: list[str], out: str, settings: Settings) -> None:
    try:
        from newsevents.ray_engine import run_ray
    except ImportError as error:
        errors.print("[red]error:[/red] the ray engine needs `pip install newsevents[ray]`")
        raise typer.Exit(2) from error
    run_ray(inputs, out, settings, actors=settings.workers)
    console.print(f"wrote Parquet to {out}; store it with `newsevents load {out} --db FILE`")


@app.command()
def load(
    folder: Annotated[str, typer.Argument(help="Parquet folder written by --engine ray.")],
    db: DbOption = "newsevents.duckdb",
    batch_size: Annotated[int, typer.Option(help=HELP["batch_size"], min=1)] = 32,
) -> None:
    """Store the Parquet output of `newsevents run --engine ray` in a DuckDB file."""
    from newsevents.ray_engine import load_parquet

    if not Path(folder).is_dir():
        errors.print(f"[red]error:[/red] no Parquet folder at {folder}")
        raise typer.Exit(2)
    written = load_parquet(folder, Settings(db=db, batch_size=batch_size))
    console.print(
        f"stored {written.new_articles} new articles, {written.new_events} events, "
        f"{written.new_rejects} rejects in {db}"
    )


def _coded(inputs: list[str], config: Path | None) -> Iterator[tuple[str, CodedArticle]]:
    """Code each input path, yield (path, coded article) and report rejects on stderr."""
    from newsevents.engine import code_inputs
    from newsevents.pipeline import load_resources

    settings = _settings(config)
    resources = load_resources(settings)
    for path in inputs:
        for item in code_inputs([path], settings, resources):
            if isinstance(item, Reject):
                errors.print(f"[yellow]rejected[/yellow] {item.source}: {item.reason}")
            else:
                yield path, item


def _write_jsonl(records: Iterable[dict]) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


JsonlOption = Annotated[bool, typer.Option("--jsonl", help="One JSON record per line.")]


@app.command()
def code(inputs: Inputs, jsonl: JsonlOption = False, config: ConfigOption = None) -> None:
    """Code INPUTS and print their events; nothing is stored.

    With --jsonl each line is one event record (see README), plus `article`: the input path as
    given. Rejected inputs are reported on stderr.
    """
    for path, coded in _coded(inputs, config):
        records = [event_record(event, path) for event in coded.events]
        _write_jsonl(records) if jsonl else _print_events(records)


@app.command()
def actors(inputs: Inputs, jsonl: JsonlOption = False, config: ConfigOption = None) -> None:
    """List the actors of INPUTS, each with every mention that names it; nothing is stored.

    One actor per row (or JSON line): canonical name, country, sectors, role, kind, the basis
    they rest on, and its mentions as written with their character spans.
    """
    _list(inputs, config, jsonl, actor_records,
          ("actor", "country", "sectors", "role", "basis", "mentions"),
          lambda r: (r["name"], r["country"] or "", "+".join(r["sectors"]), r["role"] or "",
                     r["basis"], " · ".join(dict.fromkeys(m["text"] for m in r["mentions"]))))


@app.command()
def attributions(inputs: Inputs, jsonl: JsonlOption = False, config: ConfigOption = None) -> None:
    """List every attribution (claim) of INPUTS: who says what, with which cue and stance.

    One claim per row (or JSON line), whether or not it holds an event: source, cue, content,
    stance, character spans, nesting depth, the claim it sits within and the events it reports.
    """
    _list(inputs, config, jsonl, claim_records,
          ("#", "source", "cue", "stance", "within", "content"),
          lambda r: (str(r["claim"]), r["source"], r["cue"], r["stance"],
                     "" if r["within"] is None else str(r["within"]), shorten(r["content"], 120)))


def _list(
    inputs: list[str],
    config: Path | None,
    jsonl: bool,
    to_records: Callable[[CodedArticle, str], list[dict]],
    columns: tuple[str, ...],
    to_row: Callable[[dict], tuple[str, ...]],
) -> None:
    """Print the records of each coded input as JSON Lines or as one table per input."""
    for path, coded in _coded(inputs, config):
        records = to_records(coded, path)
        if jsonl:
            _write_jsonl(records)
            continue
        table = Table(title=path)
        for column in columns:
            table.add_column(column)
        for record in records:
            table.add_row(*to_row(record))
        console.print(table)


@app.command()
def explain(
    article: Annotated[str, typer.Argument(help="One article file (any input format).")],
    config: ConfigOption = None,
) -> None:
    """Show an article's sentences with their events, claims, actors, dates and places."""
    for _, coded in _coded([article], config):
        console.print(render_explain(coded))


@app.command()
def events(
    db: DbOption = "newsevents.duckdb",
    actor: Annotated[
        str | None, typer.Option(help="Source or target name or country code.")
    ] = None,
    code: Annotated[
        str | None, typer.Option("--code", help="CAMEO code or prefix, e.g. 04 or 112.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this date.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
    jsonl: JsonlOption = False,
) -> None:
    """List stored events, filtered by actor, CAMEO code and date."""
    from newsevents.store import Store

    if not Path(db).exists():
        errors.print(f"[red]error:[/red] no store at {db}; run `newsevents run` first")
        raise typer.Exit(2)
    with Store(db, read_only=True) as store:
        found = store.events(actor=actor, code=code, since=since, until=until, limit=limit)
    if jsonl:
        for record in found:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    else:
        _print_events(found)


def _print_events(records: list[dict]) -> None:
    table = Table(show_lines=False)
    for column in ("date", "source", "cameo", "event", "target", "according to", "factuality"):
        table.add_column(column)
    for record in records:
        table.add_row(
            str(record.get("date") or ""),
            _names(record.get("source")),
            record["cameo"],
            record["cameo_name"],
            _names(record.get("target")),
            " › ".join(link["speaker"] for link in record.get("attribution") or []),
            record.get("factuality") or "",
        )
    console.print(table)


def _names(actors: list[dict] | None) -> str:
    return "; ".join(
        f"{a['name']} ({a['country']})" if a.get("country") else a["name"] for a in actors or []
    )


for command in (export, dyad, last_contact, top, serve):
    app.command()(command)

if __name__ == "__main__":
    app()
