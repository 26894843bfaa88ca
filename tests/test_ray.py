"""The Ray engine codes a corpus to Parquet that loads into the same events as the local path."""

from __future__ import annotations

import duckdb
import pytest

from newsevents.engine import run
from newsevents.settings import Settings

from .test_engine import write_corpus

ray = pytest.importorskip("ray", reason="the Ray engine is the optional extra newsevents[ray]")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def events_of(db: str) -> list[tuple]:
    with duckdb.connect(db, read_only=True) as connection:
        return connection.sql(
            "SELECT event_id, cameo, source_country, target_country, date FROM events "
            "ORDER BY event_id"
        ).fetchall()


def test_ray_parquet_loads_into_the_same_events_as_the_local_engine(local_ray, tmp_path):
    from newsevents.ray_engine import load_parquet, run_ray

    corpus = write_corpus(tmp_path / "news", 6)
    (corpus / "empty.txt").write_text("")
    run_ray([str(corpus)], str(tmp_path / "parquet"), Settings(batch_size=2), actors=1)
    assert any((tmp_path / "parquet").rglob("published=2024-05-0*"))
    loaded = load_parquet(str(tmp_path / "parquet"), Settings(db=str(tmp_path / "ray.duckdb")))
    assert (loaded.new_articles, loaded.new_rejects) == (6, 1)
    run([str(corpus)], Settings(db=str(tmp_path / "local.duckdb")))
    assert events_of(str(tmp_path / "ray.duckdb")) == events_of(str(tmp_path / "local.duckdb"))
    again = load_parquet(str(tmp_path / "parquet"), Settings(db=str(tmp_path / "ray.duckdb")))
    assert (again.new_articles, again.new_events) == (0, 0)


def test_cli_runs_the_ray_engine_and_loads_its_parquet(local_ray, tmp_path):
    from typer.testing import CliRunner

    from newsevents.deliver.cli import app

    from .conftest import EXAMPLE

    runner = CliRunner()
    out, db = str(tmp_path / "parquet"), str(tmp_path / "events.duckdb")
    result = runner.invoke(app, ["run", str(EXAMPLE), "--engine", "ray", "--out", out])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["load", out, "--db", db])
    assert result.exit_code == 0 and "stored 1 new articles" in result.output
    assert any(row[1] == "041" for row in events_of(db))
