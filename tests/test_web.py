"""The HTTP API over a store built from the example article and one posted-style article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.deliver.web import MAX_CODE_BYTES, create_app
from newsevents.engine import run
from newsevents.settings import Settings
from tests.conftest import EXAMPLE

# An article of our own with markup in its text: the API returns it as data, the page as text.
HOSTILE = {
    "id": "hostile-1",
    "outlet": "Harbour Gazette",
    "published": "2023-06-14",
    "title": "<img src=x onerror=alert(1)>",
    "text": "Germany condemned Iran on Tuesday over the arrest of two aid workers. "
            "<script>alert('boom')</script> The German foreign minister met the Iranian "
            "ambassador in Berlin and demanded their release, officials said.",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    extra = folder / "hostile.jsonl"
    extra.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = folder / "events.duckdb"
    run([str(EXAMPLE), str(extra)], Settings(db=str(path)))
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def everything(client) -> list[dict]:
    page = client.get("/events", params={"limit": 1000}).json()
    assert page["total"] == len(page["events"]) > 10
    return page["events"]


def _countries(event: dict) -> set[str]:
    return {a["country"] for a in event["source"] + event["target"] if a["country"]}


FILTERS = [
    ({"actor": "rus"}, lambda e: "RUS" in _countries(e)
     or any("rus" in a["name"].lower() for a in e["source"] + e["target"])),
    ({"country": "fra"}, lambda e: "FRA" in _countries(e)),
    ({"code": "04"}, lambda e: e["cameo"].startswith("04")),
    ({"code": "1"}, lambda e: e["cameo"].startswith("1")),
    ({"plover": "consult"}, lambda e: e["plover_type"] == "CONSULT"),
    ({"since": "2024-03-25"}, lambda e: e["date"] and e["date"] >= "2024-03-25"[: len(e["date"])]),
    ({"until": "2023-12-31"}, lambda e: e["date"] and e["date"] <= "2023-12-31"),
    ({"factuality": "asserted"}, lambda e: e["factuality"] == "asserted"),
    ({"q": "condemn"}, lambda e: "condemn" in e["sentence"].lower()),
]


@pytest.mark.parametrize(("params", "keep"), FILTERS, ids=[str(p) for p, _ in FILTERS])
def test_each_event_filter_keeps_exactly_the_matching_events(client, everything, params, keep):
    page = client.get("/events", params={**params, "limit": 1000}).json()
    expected = {e["event_id"] for e in everything if keep(e)}
    assert expected, f"the fixture should have events for {params}"
    assert {e["event_id"] for e in page["events"]} == expected
    assert page["total"] == len(expected)


def test_outlet_filter_joins_the_article(client, everything):
    page = client.get("/events", params={"outlet": "harbour gazette", "limit": 1000}).json()
    assert 0 < page["total"] < len(everything)
    articles = {e["article_id"] for e in page["events"]}
    assert len(articles) == 1
    assert client.get(f"/articles/{articles.pop()}").json()["outlet"] == HOSTILE["outlet"]


def test_filters_combine(client):
    both = client.get("/events", params={"country": "FRA", "code": "04"}).json()["total"]
    one = client.get("/events", params={"country": "FRA"}).json()["total"]
    assert 0 < both <= one


def test_paging_keeps_the_total_and_does_not_repeat(client, everything):
    first = client.get("/events", params={"limit": 4, "offset": 0}).json()
    second = client.get("/events", params={"limit": 4, "offset": 4}).json()
    assert first["total"] == second["total"] == len(everything)
    assert len(first["events"]) == 4
    assert not {e["event_id"] for e in first["events"]} & {e["event_id"] for e in second["events"]}


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 5000}, {"offset": -1}, {"offset": 2**63}]
)
def test_paging_bounds_are_checked(client, params):
    assert client.get("/events", params=params).status_code == 422


def test_the_largest_offset_gives_an_empty_page(client):
    response = client.get("/events", params={"offset": 2**62})
    assert response.status_code == 200 and response.json()["events"] == []


def test_values_never_enter_the_sql(client):
    for value in ("x' OR 1=1 --", "'; DROP TABLE events; --"):
        assert client.get("/events", params={"actor": value}).json()["total"] == 0
    assert client.get("/events").json()["total"] > 0


def test_event_comes_with_its_cluster_mates(client, everything):
    event = everything[0]
    detail = client.get(f"/events/{event['event_id']}").json()
    assert detail["event"] == event
    assert all(mate["cluster_id"] == event["cluster_id"] for mate in detail["cluster"])
    assert event["event_id"] not in {mate["event_id"] for mate in detail["cluster"]}
    assert client.get("/events/nope").status_code == 404


def test_article_has_spans_that_point_into_its_text(client, everything):
    event = everything[0]
    article = client.get(f"/articles/{event['article_id']}").json()
    text = article["text"]
    kinds = {span["kind"] for span in article["spans"]}
    assert {"trigger", "actor"} <= kinds
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in article["spans"])
    for span in article["spans"]:
        if span["kind"] == "trigger":
            mine = next(e for e in article["events"] if e["event_id"] == span["event_id"])
            assert text[span["start"]:span["end"]] == mine["trigger"]
    assert client.get("/articles/nope").status_code == 404


def test_example_article_shows_cues_and_dropped_furniture(client, everything):
    article_id = next(e["article_id"] for e in everything if e["date"] != "2023-06-14")
    article = client.get(f"/articles/{article_id}").json()
    assert {"cue", "speaker", "source"} <= {span["kind"] for span in article["spans"]}
    assert article["dropped"] and all({"text", "reason"} <= set(d) for d in article["dropped"])


def test_markup_in_an_article_comes_back_as_data(client, everything):
    event = next(e for e in everything if "Germany" in json.dumps(e["source"] + e["target"]))
    article = client.get(f"/articles/{event['article_id']}").json()
    assert "<script>alert('boom')</script>" in article["text"]
    assert article["title"] == HOSTILE["title"]


def test_page_puts_data_in_as_text_only():
    static = Path(__file__).resolve().parent.parent / "src/newsevents/deliver/static"
    script = (static / "app.js").read_text(encoding="utf-8")
    for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write"):
        assert sink not in script
    assert "eval(" not in script
    assert "http" not in (static / "index.html").read_text().replace("http-equiv", "")


def test_page_and_assets_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "<table id=\"events\"" in page.text
    for asset in ("app.js", "style.css"):
        assert client.get(f"/static/{asset}").status_code == 200


def test_dyad_history_by_month(client, everything):
    dyad = client.get("/dyads/FRA/RUS", params={"both": True}).json()
    assert dyad["months"] and dyad["months"] == sorted(dyad["months"], key=lambda m: m["month"])
    for month in dyad["months"]:
        assert sum(month["quad"]) == month["events"]
        assert -10 <= month["goldstein_mean"] <= 10
    one_way = client.get("/dyads/FRA/RUS").json()["months"]
    assert sum(m["events"] for m in one_way) <= sum(m["events"] for m in dyad["months"])
    assert client.get("/dyads/ATL/PAC").json()["months"] == []


def test_top_actors_are_counted_by_side(client):
    actors = client.get("/actors", params={"limit": 5}).json()
    assert 0 < len(actors) <= 5
    assert [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)
    assert all(a["as_source"] + a["as_target"] == a["events"] for a in actors)
    filtered = client.get("/actors", params={"country": "DEU"}).json()
    assert filtered and all(a["events"] <= 10 for a in filtered)


def test_network_and_map_follow_the_filters(client):
    edges = client.get("/network").json()
    assert edges and all(edge["events"] >= 1 for edge in edges)
    assert client.get("/network", params={"q": "no such words here"}).json() == []
    points = client.get("/map").json()
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)


def test_posted_text_is_coded_and_not_stored(client, db):
    before = client.get("/events").json()["total"]
    response = client.post("/code", json={
        "text": "France condemned Russia on Monday. Poland met Ukraine in Warsaw on Friday "
                "and the two governments signed an agreement on grain exports.",
        "published": "2025-02-10"})
    assert response.status_code == 200
    body = response.json()
    assert body["rejected"] is None and body["events"]
    assert client.get("/events").json()["total"] == before


def test_posted_text_that_is_too_short_is_rejected_with_a_reason(db):
    result = TestClient(create_app(db)).post("/code", json={"text": "Hi."}).json()
    assert result["events"] == [] and "too short" in result["rejected"]


def test_posts_over_the_size_limit_get_413(db):
    client = TestClient(create_app(db))
    assert client.post("/code", json={"text": "a" * (MAX_CODE_BYTES + 10)}).status_code == 413
    # Multi-byte text is measured in bytes, not characters.
    text = "é" * (MAX_CODE_BYTES // 2 + 10)
    assert client.post("/code", json={"text": text}).status_code == 413


def test_too_many_posts_get_429(db):
    client = TestClient(create_app(db, code_calls=2, code_seconds=60))
    statuses = [client.post("/code", json={"text": "x"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_there_are_no_write_endpoints(client):
    writes = {(route.path, method) for route in client.app.routes
              for method in getattr(route, "methods", set()) - {"GET", "HEAD"}}
    assert writes == {("/code", "POST")}
    assert client.delete("/events/anything").status_code == 405
    assert client.put("/events/anything", json={}).status_code == 405


def test_store_is_opened_read_only(client):
    import duckdb

    with pytest.raises(duckdb.Error):
        client.app.state.store.connection.execute("DELETE FROM events")


def test_openapi_documents_the_response_models(client):
    schema = client.get("/openapi.json").json()
    assert {"EventPage", "EventDetail", "ArticleOut", "Dyad", "ActorCount", "CodeResult"} <= set(
        schema["components"]["schemas"])
    assert {"/events", "/events/{event_id}", "/articles/{article_id}", "/dyads/{a}/{b}",
            "/actors", "/code"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 200


def test_serve_command_documents_its_options():
    import typer
    from typer.testing import CliRunner

    from newsevents.deliver.serve import serve

    app = typer.Typer()
    app.command()(serve)
    output = CliRunner().invoke(app, ["--help"]).output
    for option in ("--db", "--host", "--port"):
        assert option in output
    missing = CliRunner().invoke(app, ["--db", "/nonexistent/store.duckdb"])
    assert missing.exit_code == 2
