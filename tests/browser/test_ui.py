"""The web UI in a real browser: Playwright drives Debian's chromium against a real
`dipwatch serve` subprocess on a free port, over a fixture database."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

if CHROMIUM is None:
    pytest.skip("chromium is not installed (run scripts/install_browser.sh)",
                allow_module_level=True)
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (run scripts/install_browser.sh)")


def _testdocs():
    return sys.modules["dipwatch_store_testdocs"]  # loaded once by tests/conftest.py


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from dipwatch.store import Store

    db = tmp_path_factory.mktemp("ui") / "ui.db"
    with Store(db) as store:
        for article, doc in _testdocs().sample():
            store.write_document(doc, article=article)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"),
                                                       os.environ.get("PYTHONPATH", "")])}
    env.pop("DIPWATCH_TOKEN", None)
    log = db.with_suffix(".log")
    with log.open("wb") as out:  # a file, not a pipe: a full pipe would block the server
        proc = subprocess.Popen(
            [sys.executable, "-m", "dipwatch", "serve", "--db", str(db), "--port", str(port),
             "--read-only"], env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/api/events?limit=1", timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("dipwatch serve did not start: " + log.read_text(errors="replace"))
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_filter_denied_open_evidence_highlighted(server, page):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto(server + "/")
    assert page.locator("tr.event-row").count() == 6
    with page.expect_navigation():
        page.select_option("#status-filter", "denied")  # the page submits on change
    rows = page.locator("tr.event-row")
    assert rows.count() == 1
    assert rows.first.get_attribute("data-status") == "denied"
    badge = rows.first.locator(".badge")
    assert badge.inner_text() == "denied"
    assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(192, 57, 43)"
    page.screenshot(path=str(ARTIFACTS / "events_denied.png"), full_page=True)

    rows.first.locator("a.evidence-link").click()
    page.wait_for_selector("#article-text")
    text = page.locator("#article-text")
    assert text.locator(".f-trigger").first.inner_text() == "meeting"
    sentence = "".join(text.locator(".f-sentence").all_inner_texts())
    assert "no meeting between" in sentence
    assert text.locator(".f-actor").first.inner_text() == "Vladimir Putin"
    assert text.locator(".f-recipient").first.inner_text() == "Choe Son Hui"
    assert text.locator(".f-time").first.inner_text() == "this week"
    assert text.locator(".f-claim_source").first.inner_text() == "The Kremlin"
    assert "Kremlin" in page.locator("#claim-source").inner_text()
    colour = text.locator(".f-trigger").first.evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    # text outside the evidence sentence is not highlighted
    assert "Peskov" not in sentence
    page.screenshot(path=str(ARTIFACTS / "evidence.png"), full_page=True)
    assert (ARTIFACTS / "evidence.png").stat().st_size > 10_000


def test_legend_toggles_a_field(server, page):
    page.goto(server + "/?status=denied")
    page.locator("a.evidence-link").first.click()
    trigger = page.locator("#article-text .f-trigger").first
    before = trigger.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator(".legend button[data-field=trigger]").click()
    after = trigger.evaluate("e => getComputedStyle(e).backgroundColor")
    assert before != after


def test_timeline_statuses_look_different(server, page):
    page.goto(server + "/timeline?a=Macron&b=Scholz")
    page.goto(server + "/timeline?a=RUS&b=PRK")
    items = page.locator("#timeline-svg .tl-item")
    assert items.count() == 2
    denied = page.locator('#timeline-svg .tl-item[data-status="denied"] .mk-cross')
    ongoing = page.locator('#timeline-svg .tl-item[data-status="ongoing"] circle.mk')
    assert denied.count() == 1 and ongoing.count() == 1
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)


def test_network_and_map_render(server, page):
    page.goto(server + "/network")
    assert page.locator("#network-svg .node").count() >= 4
    assert page.locator("#network-svg line.edge").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)
    page.goto(server + "/map")
    assert page.locator("#map-svg circle.place").count() == 4  # Vladivostok, Beijing, ...
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)


def test_api_docs_render_offline(server, page):
    external = []
    page.on("request", lambda r: external.append(r.url)
            if not r.url.startswith(server) else None)
    page.goto(server + "/docs")
    assert page.locator("section.op").count() >= 10
    assert external == []  # everything the page needs comes from dipwatch itself
    page.screenshot(path=str(ARTIFACTS / "api_docs.png"), full_page=True)
