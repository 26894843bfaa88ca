"""The command line: every command works on the example, and the README documents them all."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.deliver.cli import app
from newsevents.settings import Settings

from .conftest import EXAMPLE

README = Path(__file__).resolve().parent.parent / "README.md"
runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_code_jsonl_prints_one_record_per_line_with_the_input_path():
    result = invoke("code", "--jsonl", str(EXAMPLE))
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records
    for record in records:
        assert record["article"] == str(EXAMPLE)
        assert re.fullmatch(r"\d{2,4}", record["cameo"])
        for key in ("event_id", "sentence", "trigger_span", "source", "target", "date",
                    "date_precision", "date_basis", "place", "attribution", "factuality",
                    "plover_type", "quad_class", "goldstein"):
            assert key in record


def test_run_twice_adds_nothing_the_second_time(tmp_path):
    db = str(tmp_path / "events.duckdb")
    invoke("run", str(EXAMPLE), "--db", db)
    first = invoke("events", "--db", db, "--jsonl", "--limit", "1000").stdout.splitlines()
    second_run = invoke("run", str(EXAMPLE), "--db", db)
    assert re.search(r"new events\s*│?\s*0", second_run.stdout)
    second = invoke("events", "--db", db, "--jsonl", "--limit", "1000").stdout.splitlines()
    assert first and len(first) == len(second)


def test_events_filters_by_code_and_actor(tmp_path):
    db = str(tmp_path / "events.duckdb")
    invoke("run", str(EXAMPLE), "--db", db)
    lines = invoke("events", "--db", db, "--code", "04", "--jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all(r["cameo"].startswith("04") for r in records)
    lines = invoke("events", "--db", db, "--actor", "UKR", "--jsonl").stdout.splitlines()
    for record in map(json.loads, lines):
        countries = {a["country"] for a in record["source"] + record["target"]}
        assert "UKR" in countries


def test_events_without_a_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
    assert "no store" in result.output


def test_explain_shows_events_claims_actors_and_dropped_furniture():
    result = invoke("explain", str(EXAMPLE))
    assert "dropped as page furniture" in result.stdout
    assert re.search(r"claim: TASS\s+claimed\s+\(distancing\)", result.stdout)
    actors = result.stdout[result.stdout.index("actors:") :]
    assert re.search(r"Le Monde \(FRA/MED", actors)


def jsonl(*args: str) -> list[dict]:
    return [json.loads(line) for line in invoke(*args).stdout.splitlines() if line.strip()]


def test_actors_lists_each_actor_once_with_every_mention():
    records = jsonl("actors", "--jsonl", str(EXAMPLE))
    by_name = {record["name"]: record for record in records}
    assert len(by_name) == len(records), "an actor listed twice"
    shoigu = {m["text"] for m in by_name["Sergei Shoigu"]["mentions"]}
    assert {"Russian counterpart Sergey Shoigu", "Shoigu"} <= shoigu
    assert (by_name["Sergei Shoigu"]["country"], by_name["Mykhailo Podolyak"]["country"]) == (
        "RUS", "UKR")
    assert "GOV" in by_name["Mykhailo Podolyak"]["sectors"]
    mentioned = {m["text"]: r for r in records for m in r["mentions"]}
    for text, country in (("Kyiv", "UKR"), ("the Kremlin", "RUS")):
        assert (mentioned[text]["country"], mentioned[text]["kind"]) == (country, "state")
        assert "GOV" in mentioned[text]["sectors"]
    for outlet, country in (("Le Monde", "FRA"), ("TASS", "RUS")):
        assert (by_name[outlet]["country"], by_name[outlet]["kind"]) == (country, "media")
    text = EXAMPLE.read_text(encoding="utf-8")
    for record in records:
        assert all(m["text"] in text for m in record["mentions"])


def test_attributions_lists_claims_with_stance_spans_and_nesting():
    records = jsonl("attributions", "--jsonl", str(EXAMPLE))
    claimed = [r for r in records if r["source"] == "TASS" and r["cue"] == "claimed"]
    assert claimed and all(r["stance"] == "distancing" for r in claimed)
    nested = [r for r in records if r["within"] is not None]
    assert nested, "the quote TASS attributes to Shoigu sits within TASS's claim"
    for record in nested:
        outer = records[record["within"]]
        assert outer["content_span"][0] <= record["cue_span"][0]
        assert record["cue_span"][1] <= outer["content_span"][1]
        assert record["depth"] == outer["depth"] + 1
    for record in records:
        start, end = record["content_span"]
        assert record["content"] and len(record["content"]) == end - start


def test_bad_input_is_reported_not_crashed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke("code", "--jsonl", str(empty))
    assert "rejected" in result.output


COMMANDS = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]


def test_the_command_list_is_read_from_the_app():
    assert {"run", "code", "explain", "actors", "attributions", "serve"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_documents_every_command(command):
    assert f"newsevents {command}" in README.read_text()


@pytest.mark.parametrize("setting", list(Settings().help()))
def test_readme_documents_every_setting(setting):
    assert f"`{setting}`" in README.read_text()


def test_stored_events_join_clusters_across_runs(tmp_path):
    """The same call reported in a second article, in a second run, joins the first's cluster."""
    second = tmp_path / "second.txt"
    second.write_text(
        "date 2024-04-04\nThe defence ministers of France and Russia spoke by telephone on "
        "Wednesday, the French defence ministry said in a statement on Thursday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "events.duckdb")
    invoke("run", str(EXAMPLE), "--db", db)
    invoke("run", str(second), "--db", db)
    records = [json.loads(line) for line in
               invoke("events", "--db", db, "--code", "04", "--jsonl").stdout.splitlines()]
    calls = [r for r in records if r["date"] == "2024-04-03"]
    assert len({r["article_id"] for r in calls}) == 2, [(r["trigger"], r["date"]) for r in records]
    assert len({r["cluster_id"] for r in calls}) == 1


def test_the_package_runs_as_a_module_as_the_console_script_does():
    done = subprocess.run([sys.executable, "-m", "newsevents", "--help"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0
    assert "Usage: newsevents" in done.stdout and "explain" in done.stdout
