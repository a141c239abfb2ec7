"""The explorer page in real headless Chromium, with the network cut off."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT

from kpugraph import export, pipeline, visualize

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
XSS_TITLE = 'Rapat <script>window.__xss=1;alert(1)</script> "Pleno" \'<img src=x onerror="window.__xss=2">\''
XSS_TEXT = (
    "Semarang, kota-semarang.kpu.go.id - KPU Kota Semarang menggelar rapat pleno <img src=x onerror=window.__xss=3>, "
    "Senin (1/12). Ketua KPU Kota Semarang, Ahmad Zaini <script>window.__xss=4</script>, membuka rapat tersebut. "
    '"Kami siap </script><b onmouseover=window.__xss=6>bekerja</b>", ujar Ahmad Zaini.'
)

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
if not CHROMIUM.exists() and not shutil.which("chromium"):
    pytest.skip("no chromium at /usr/bin/chromium (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        exe = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
        b = p.chromium.launch(
            executable_path=exe,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"],
        )
        yield b
        b.close()


class Page:
    """One loaded page, with what it logged and tried to fetch."""

    def __init__(self, browser: Any, path: Path, *, bypass_csp: bool = False) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 860}, bypass_csp=bypass_csp)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=20000)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    graph = pipeline.run([EXAMPLES]).graph
    path = tmp_path_factory.mktemp("explorer") / "explorer.html"
    export.write_atomic(path, visualize.explorer_html(graph))
    return path, visualize.explorer_data(graph)


def test_sample_page_loads_offline_and_draws_every_node(browser: Any, sample_page: tuple[Path, dict]) -> None:
    path, data = sample_page
    shown_types = {t["key"] for t in data["types"] if t["default"]}
    expected = sum(1 for n in data["nodes"] if n["kind"] in shown_types)
    page = Page(browser, path)
    try:
        assert page.errors == []
        assert page.requests == []
        assert page.js("kpugraphExplorer.nodeCount()") == expected
        assert page.js("kpugraphExplorer.drawnNodeCount()") == expected
        assert page.js("kpugraphExplorer.physicsEnabled()") is False, "physics stops once the layout settled"
        # unticking a type hides its nodes; Reset brings them back
        page.page.uncheck("#type-person")
        people = sum(1 for n in data["nodes"] if n["kind"] == "person")
        assert page.js("kpugraphExplorer.nodeCount()") == expected - people
        page.page.click("#reset")
        assert page.js("kpugraphExplorer.nodeCount()") == expected

        person = next(n for n in data["nodes"] if n["kind"] == "person" and n["panel"].get("roles"))
        role = person["panel"]["roles"][0]
        article_title = data["articles"][role["evidence"][0][0]][0]
        page.page.fill("#search", person["fullLabel"])
        page.page.press("#search", "Enter")
        assert page.js("kpugraphExplorer.selected()") == person["id"]
        assert page.js(f"kpugraphExplorer.network.getSelectedNodes()[0] === {person['id']}")
        assert page.page.text_content("#panelTitle") == person["fullLabel"]
        panel = page.page.text_content("#panel")
        assert article_title in panel and role["role"] in panel

        # neighbourhood focus from the panel, then back
        page.page.click("#panel button:has-text('1 hop')")
        neighbours = {e["to"] for e in data["edges"] if e["from"] == person["id"]}
        neighbours |= {e["from"] for e in data["edges"] if e["to"] == person["id"]}
        visible_neighbours = {i for i in neighbours if data["nodes"][i]["kind"] in shown_types}
        assert page.js("kpugraphExplorer.nodeCount()") == len(visible_neighbours | {person["id"]})
        page.page.click("#unfocus")
        assert page.js("kpugraphExplorer.nodeCount()") == expected

        page.page.wait_for_timeout(400)  # let the focus animation finish before the picture
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "explorer.png"
        page.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 30_000
        colours = page.js(
            """(() => { const c = document.querySelector('#graph canvas');
                 const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const s = new Set();
                 for (let i = 0; i < d.length; i += 16) s.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
                 return s.size; })()"""
        )
        assert colours > 200, "the graph canvas is drawn, not blank"
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_article_text_runs_nothing(browser: Any, tmp_path: Path, bypass_csp: bool) -> None:
    src = tmp_path / "xss.jsonl"
    src.write_text(json.dumps({"title": XSS_TITLE, "text": XSS_TEXT, "url": "javascript:window.__xss=5"}) + "\n",
                   encoding="utf-8")
    graph = pipeline.run([src]).graph
    path = tmp_path / "xss.html"
    export.write_atomic(path, visualize.explorer_html(graph))
    page = Page(browser, path, bypass_csp=bypass_csp)
    try:
        ids = page.js("kpugraphExplorer.data.nodes.map(n => n.id)")
        texts = []
        for node_id in ids:  # open every panel: labels, titles and sentences all get rendered
            page.js(f"kpugraphExplorer.select({node_id})")
            texts.append(page.page.text_content("#panel"))
            page.page.hover("#panel")
        page.page.fill("#search", XSS_TITLE)
        page.page.press("#search", "Enter")
        page.page.wait_for_timeout(300)
        assert page.js("typeof window.__xss") == "undefined"
        assert page.dialogs == []
        assert page.js("document.querySelectorAll('img, b, iframe').length") == 0
        assert page.js("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
        assert any("<script>window.__xss=1;alert(1)</script>" in t for t in texts), "shown as text"
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


def test_empty_graph_page_says_so(browser: Any, tmp_path: Path) -> None:
    from rdflib import Dataset

    path = tmp_path / "empty.html"
    export.write_atomic(path, visualize.explorer_html(Dataset()))
    page = Page(browser, path)
    try:
        assert page.js("kpugraphExplorer.nodeCount()") == 0
        assert "no people, bodies" in page.page.text_content("#loading")
        assert page.errors == [] and page.requests == []
    finally:
        page.close()
