"""The `serve` command: the HTTP API and web page over a store, run by uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def serve(
    db: Annotated[
        str, typer.Option("--db", help="DuckDB file to serve, opened read-only.")
    ] = "newsevents.duckdb",
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 exposes the server to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the events of a store: a web page at / and an HTTP API documented at /docs.

    The store is opened read-only; POST /code codes a posted text without storing it.
    """
    if not Path(db).exists():
        typer.echo(f"error: no store at {db}; run `newsevents run` first", err=True)
        raise typer.Exit(2)
    import uvicorn

    from newsevents.deliver.web import create_app

    uvicorn.run(create_app(db), host=host, port=port)
