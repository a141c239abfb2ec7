"""push against a real Oxigraph server (the `oxigraph` package's binary), read back with SPARQL."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest

from kpugraph import store
from kpugraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "examples").glob("*.txt"))


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[str]:
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph, in the test extra)")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "oxigraph-data"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(base + "/query?" + urlencode({"query": "ASK {}"}), timeout=2).read()
                break
            except (urllib.error.URLError, OSError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the oxigraph server did not start")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _server_quads(base: str) -> set[ox.Quad]:
    req = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return set(ox.parse(resp.read(), format=ox.RdfFormat.N_QUADS))


def _select(base: str, query: str) -> list[dict]:
    req = urllib.request.Request(
        base + "/query",
        data=urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())["results"]["bindings"]


def test_push_store_round_trip(oxigraph: str, tmp_path: Path, runner) -> None:
    db = tmp_path / "store"
    store.ingest(PAGES, db)
    res = runner.invoke(cli, ["push", "--store", str(db), "--endpoint", oxigraph + "/store"])
    assert res.exit_code == 0, res.output
    local = set(ox.parse(store.dataset_nquads(db), format=ox.RdfFormat.N_QUADS))
    assert _server_quads(oxigraph) == local  # every named graph, nothing of the bookkeeping graph
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }"
    rows = _select(oxigraph, query)
    articles = {q.graph_name for q in local if "/article/" in q.graph_name.value}
    assert int(rows[0]["n"]["value"]) == len(articles)
    assert f"pushed {len({q.graph_name for q in local})} graphs" in res.output


def test_push_again_replaces_graphs(oxigraph: str, tmp_path: Path, runner) -> None:
    text = (
        "Semarang, kota-semarang.kpu.go.id – Ketua KPU Kota Semarang, Novi Maria Ulfah, membuka bimbingan "
        "teknis badan adhoc pada Selasa (20/5/2025)."
    )
    record = {"title": "Bimtek Badan Adhoc", "url": "https://kota-semarang.kpu.go.id/berita/3", "text": text}
    src = tmp_path / "a.jsonl"
    db = tmp_path / "store"
    for name in ("Novi Maria Ulfah", "Rina Kartika Sari"):  # the same article, corrected
        src.write_text(json.dumps({**record, "text": text.replace("Novi Maria Ulfah", name)}) + "\n", encoding="utf-8")
        store.ingest([src], db)
        res = runner.invoke(cli, ["push", "--store", str(db), "--endpoint", oxigraph + "/store"])
        assert res.exit_code == 0, res.output
        assert _server_quads(oxigraph) == set(ox.parse(store.dataset_nquads(db), format=ox.RdfFormat.N_QUADS))
    assert "Novi" not in str(_server_quads(oxigraph))


def test_push_a_flat_file_to_the_default_graph(oxigraph: str, tmp_path: Path, runner) -> None:
    flat = tmp_path / "kpu.ttl"  # no named graphs: goes to the default graph
    assert runner.invoke(cli, ["build", str(PAGES[1]), "-o", str(flat)]).exit_code == 0
    assert runner.invoke(cli, ["push", "--graph", str(flat), "--endpoint", oxigraph + "/store"]).exit_code == 0
    default = {q for q in _server_quads(oxigraph) if isinstance(q.graph_name, ox.DefaultGraph)}
    assert {q.triple for q in default} == {q.triple for q in ox.parse(path=str(flat), format=ox.RdfFormat.TURTLE)}


def test_push_errors_are_one_line(oxigraph: str, tmp_path: Path, runner) -> None:
    g = tmp_path / "kpu.trig"
    assert runner.invoke(cli, ["build", str(PAGES[0]), "-o", str(g)]).exit_code == 0
    refused = runner.invoke(cli, ["push", "--graph", str(g), "--endpoint", oxigraph + "/no-such-service"])
    assert refused.exit_code == 1 and "refused graph" in refused.output
    dead = runner.invoke(cli, ["push", "--graph", str(g), "--endpoint", f"http://127.0.0.1:{_free_port()}/store"])
    assert dead.exit_code == 1 and "cannot reach" in dead.output
    bad = runner.invoke(cli, ["push", "--graph", str(g), "--endpoint", "ftp://example.org/store"])
    assert bad.exit_code == 1 and "http://" in bad.output
    both = runner.invoke(cli, ["push", "--endpoint", oxigraph + "/store"])
    assert both.exit_code == 2
