"""Exports: GDELT TSV with its 61 columns, PLOVER records with the manual's fields, CSV, Parquet;
and the export/analytics commands on a Typer app of their own."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "clusters"))

from mentions import FAMILIES, NEAR_MISSES, build, read_lines  # noqa: E402

from newsevents.analytics import Filters  # noqa: E402
from newsevents.cluster import cluster_batch  # noqa: E402
from newsevents.deliver import commands  # noqa: E402
from newsevents.deliver.export import (  # noqa: E402
    GDELT_COLUMNS,
    PLOVER_EXTENSIONS,
    PLOVER_FIELDS,
    _plover_entity,
    clusters_path,
    export,
)
from newsevents.dictionaries import load_actor_dictionary  # noqa: E402
from newsevents.store import Store  # noqa: E402

# Required fields and entity/location fields, as listed in the PLOVER manual's data-field tables.
PLOVER_REQUIRED = ("id", "date", "actor", "event")
PLOVER_ENTITY = {"code", "sector", "entity_text", "identifier_id", "identifier_text",
                 "religion", "ethnicity", "office", "gender", "age"}
PLOVER_LOCATION = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city",
                   "district", "province", "country", "country_code", "feature_class",
                   "feature_code", "resolution"}
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    coded, gold = build(read_lines(FAMILIES, NEAR_MISSES))
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    with Store(path) as store:
        store.write_batch(cluster_batch(coded), [])
    return path


def _events(store_path) -> list[dict]:
    with Store(store_path, read_only=True) as store:
        return store.events()


def test_gdelt_export_opens_with_gdelt_column_names(store_path, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(store_path, "gdelt", out) == 36  # one row per cluster
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    strings = {name: pa.string() for name in GDELT_COLUMNS
               if name.endswith(("Code", "Name", "FullName", "FeatureID", "SOURCEURL"))}
    table = pacsv.read_csv(out, read_options=pacsv.ReadOptions(column_names=list(GDELT_COLUMNS)),
                           parse_options=pacsv.ParseOptions(delimiter="\t"),
                           convert_options=pacsv.ConvertOptions(column_types=strings))
    assert table.num_columns == 61 and table.num_rows == 36
    rows = table.to_pylist()
    stored = _events(store_path)
    by_cluster = {}
    for event in stored:
        by_cluster.setdefault(event["cluster_id"], set()).add(event["cameo"])
    assert {row["EventCode"] for row in rows} <= {e["cameo"] for e in stored}
    assert all(row["EventRootCode"] == row["EventCode"][:2] for row in rows)
    assert sum(row["NumMentions"] for row in rows) == len(stored)
    visit = next(row for row in rows if row["SQLDATE"] == 20250303)
    assert visit["NumMentions"] == 4 and visit["NumArticles"] == 3 and visit["NumSources"] == 3
    assert visit["Actor1CountryCode"] == "FRA" and visit["Actor2CountryCode"] == "DEU"
    assert visit["ActionGeo_Type"] == 4 and visit["ActionGeo_Lat"] == pytest.approx(52.52)
    assert visit["SOURCEURL"].startswith("https://example.org/F01-")
    assert len(str(visit["DATEADDED"])) == 14


def test_plover_entities_carry_plover_sector_codes(codebook):
    newspaper = {"name": "Daily Star", "text": "the Daily Star", "country": "GBR",
                 "sectors": ["MED"]}
    clinic = {"name": "clinic", "country": "KEN", "sectors": ["HLH", "NGO"]}
    assert _plover_entity(newspaper, codebook)["sector"] == "JRN"
    assert _plover_entity(clinic, codebook)["sector"] == "MED"
    assert "sector" not in _plover_entity({"name": "someone", "sectors": []}, codebook)


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        ({"name": "Macron", "country": "FRA", "kind": "person", "sectors": ["GOV"]}, "FRA"),
        ({"name": "UNHCR", "kind": "igo", "sectors": ["IGO", "REF"]}, "UNO"),
        ({"name": "European Commission", "kind": "igo", "sectors": ["IGO", "GOV"]}, "EUR"),
        ({"name": "African Union", "kind": "igo", "sectors": ["IGO", "GOV"]}, "IGO"),
        ({"name": "Amnesty International", "kind": "igo", "sectors": ["NGO", "HRI"]}, "NGO"),
        ({"name": "al-Qaeda", "kind": "group", "sectors": ["REB"]}, "IMG"),
        # armed men of no known country are not a transnational group
        ({"name": "gunmen", "kind": "agent", "sectors": ["REB"]}, None),
        ({"name": "someone", "sectors": []}, None),
    ],
)
def test_plover_entities_carry_the_manual_country_field(codebook, actor, code):
    assert _plover_entity(actor, codebook)["code"] == code


def test_stateless_codes_name_actors_the_dictionaries_know(codebook):
    known = {entry.name for entry in load_actor_dictionary().entries}
    named = [row[0] for row in codebook.stateless if row[0]]
    assert named and set(named) <= known


def test_plover_export_has_the_manual_fields(store_path, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(store_path, "plover", out) == 58
    records = [json.loads(line) for line in out.read_text().splitlines()]
    allowed = set(PLOVER_FIELDS) | set(PLOVER_EXTENSIONS)
    for record in records:
        assert all(record.get(name) is not None for name in PLOVER_REQUIRED)
        assert set(record) <= allowed
        dt.date.fromisoformat(record["date"])
        assert set(record["event"]) <= PLOVER_TYPES
        assert record["quad_code"] in {1, 2, 3, 4}
        for entity in record["actor"] + record.get("recipient", []):
            assert set(entity) <= PLOVER_ENTITY
        assert set(record.get("event_loc", {})) <= PLOVER_LOCATION
        assert record["attribution"][0]["stance"] == "publisher"
    vague = next(r for r in records if r["date_precision"] == "month")
    assert vague["date"].endswith("-01") and vague["enddate"] > vague["date"]
    links = {r["link"] for r in records if r["article_id"].startswith("F01")}
    assert len(links) == 1


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_exports_write_mentions_and_clusters(store_path, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    assert export(store_path, fmt, out, Filters(code="04")) == 13
    # CAMEO codes are strings with leading zeros; a CSV reader must be told so.
    codes = pacsv.ConvertOptions(column_types={"cameo": pa.string(), "cameo_root": pa.string()})
    read = pq.read_table if fmt == "parquet" else lambda p: pacsv.read_csv(
        p, convert_options=codes)
    mentions, clusters = read(out), read(clusters_path(out))
    assert set(mentions.column("cameo").to_pylist()) <= {"040", "041", "042", "043"}
    assert clusters.num_rows == len(set(mentions.column("cluster_id").to_pylist()))
    assert "sources_disagree" in clusters.column_names


def test_unknown_format_is_refused(store_path, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(store_path, "xml", tmp_path / "x.xml")


@pytest.fixture
def app():
    app = typer.Typer()
    for command in (commands.export, commands.dyad, commands.last_contact, commands.top):
        app.command()(command)
    return app


def test_export_command(app, store_path, tmp_path):
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(app, ["export", str(out), "--format", "gdelt",
                                      "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 36


def test_analytics_commands(app, store_path):
    runner = CliRunner()
    db = ["--db", str(store_path), "--jsonl"]
    dyad = runner.invoke(app, ["dyad", "FRA", "DEU", *db])
    assert dyad.exit_code == 0 and json.loads(dyad.stdout.splitlines()[0])["month"] == "2025-03"
    last = runner.invoke(app, ["last-contact", "USA", "CHN", "--before", "2026-03-09", *db])
    assert last.exit_code == 0 and json.loads(last.stdout)["date"] == "2026-03-03"
    top = runner.invoke(app, ["top", "codes", "--limit", "2", *db])
    assert top.exit_code == 0 and len(top.stdout.splitlines()) == 2
    table = runner.invoke(app, ["top", "actors", "--db", str(store_path)])
    assert table.exit_code == 0 and "USA" in table.stdout


def test_commands_refuse_a_missing_store_and_bad_arguments(app, tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["dyad", "FRA", "DEU", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2
    bad = runner.invoke(app, ["export", str(tmp_path / "x"), "--format", "xml"])
    assert bad.exit_code == 2


def test_gdelt_export_of_the_example_opens_in_pandas_with_gdelt_dtypes(tmp_path):
    pandas = pytest.importorskip("pandas")
    from newsevents.engine import run
    from newsevents.settings import Settings

    from .conftest import EXAMPLE

    db = tmp_path / "example.duckdb"
    run([str(EXAMPLE)], Settings(db=str(db)))
    out = tmp_path / "example.tsv"
    export(db, "gdelt", out)
    # How GDELT users read the files: no header, the 61 names, codes as strings.
    codes = {name: str for name in GDELT_COLUMNS if name.endswith(("Code", "CountryCode"))}
    frame = pandas.read_csv(out, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=codes)
    assert list(frame.columns) == list(GDELT_COLUMNS)
    assert frame["GLOBALEVENTID"].dtype.kind == "i" and frame["SQLDATE"].dtype.kind == "i"
    assert frame["GoldsteinScale"].dtype.kind == "f" and frame["NumMentions"].min() >= 1
    with Store(db, read_only=True) as store:
        stored = {event["cameo"] for event in store.events()}
    assert set(frame["EventCode"]) <= stored and "041" in set(frame["EventCode"])
