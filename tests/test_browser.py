"""The web page in a real browser: events load, an article opens, markup in it stays text.

Needs the `playwright` Python package and Debian's chromium (`/usr/bin/chromium`); the test is
skipped, with the reason, when either is missing. It never downloads a browser.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from newsevents.engine import run
from newsevents.settings import Settings
from tests.conftest import EXAMPLE
from tests.test_web import HOSTILE

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ARTIFACTS.mkdir(exist_ok=True)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("no chromium on PATH (Debian package `chromium`)", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the `playwright` package is not installed; browser test skipped")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from newsevents.deliver.web import create_app

    folder = tmp_path_factory.mktemp("browser")
    extra = folder / "hostile.jsonl"
    extra.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "events.duckdb"
    run([str(EXAMPLE), str(extra)], Settings(db=str(db)))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


def test_page_shows_events_and_an_article_with_markup_as_text(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server)
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr").count() > 5
    page.locator("#events tbody tr", has_text="Germany").first.click()
    page.wait_for_selector("#article-text .trigger")
    text = page.locator("#article-text").inner_text()
    assert "<script>alert('boom')</script>" in text
    assert page.locator("#article-text script").count() == 0
    assert page.locator("#article-title").inner_text() == HOSTILE["title"]
    assert page.locator("#event-panel dt").count() >= 8
    page.fill("#filters input[name=country]", "FRA")
    page.click("#filters button")
    page.wait_for_function("document.querySelector('#network line') !== null")
    page.fill("#dyad-form input[name=a]", "FRA")
    page.fill("#dyad-form input[name=b]", "RUS")
    page.click("#dyad-form button")
    page.wait_for_selector("#dyad rect")
    page.screenshot(path=str(ARTIFACTS / "dyad.png"), full_page=True)
    assert dialogs == []
    page.close()


def test_the_french_russian_call_shows_with_its_le_monde_attribution(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server)
    page.fill("#filters input[name=country]", "FRA")
    page.click("#filters button")
    page.wait_for_selector("#events tbody tr")
    page.locator("#events tbody tr", has_text="041").first.click()
    page.wait_for_selector("#article-text .trigger")
    assert "held" in page.locator("#article-text .trigger").all_inner_texts()
    panel = page.locator("#event-panel").inner_text()
    assert "Le Monde" in panel and "041" in panel
    page.screenshot(path=str(ARTIFACTS / "article-view.png"), full_page=True)
    page.close()


def test_the_article_view_fits_a_phone_screen(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server)
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#article-text .trigger")
    width = page.evaluate("document.documentElement.scrollWidth")
    text_box = page.locator("#article-text").bounding_box()
    assert text_box["width"] <= 390 and width <= 420
    page.screenshot(path=str(ARTIFACTS / "phone.png"), full_page=False)
    page.close()
