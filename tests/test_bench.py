"""Smoke test of the benchmark (N=20): the corpus generator and `python -m bench` end to end.

Timing targets live in the benchmark itself, never here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from kpugraph.read import read_articles

sys.path.insert(0, str(ROOT))  # bench/ is a folder of the checkout, not part of the package
from bench.corpus import generate, write_corpus  # noqa: E402


def test_generator_is_deterministic_and_varied() -> None:
    first, again = list(generate(20)), list(generate(20))
    assert first == again
    assert len({a["id"] for a in first}) == 20
    assert len({a["text"] for a in first}) == 20  # not one article copied N times
    assert list(generate(20, seed=8)) != first


def test_generator_covers_the_domain_shapes() -> None:
    text = "\n".join(a["text"] for a in generate(400))
    assert re.search(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \(\d{1,2}/\d{1,2}\)", text)  # Selasa (2/12)
    assert re.search(r"\(\d{1,2}/\d{1,2}/20\d\d\)", text)  # Jumat (18/7/2025)
    assert re.search(r"(Kamis|Senin|Selasa|Rabu|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ 20\d\d", text)
    assert re.search(r"\d+/PHPU\.(BUP|WAKO)-X[XVI]+/20\d\d", text)
    assert re.search(r"Seri ke-[IVX]+", text)
    assert re.search(r'," ujar [A-Z][a-z]+', text)
    assert "Plt. Kepala Subbag" in text
    assert re.search(r"\((?:[a-z]{3})/ed\. Foto: [a-z]{3}/KPU ", text)


def test_generated_corpus_reads_as_articles(tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "c.jsonl", 20)
    warnings: list[str] = []
    articles = list(read_articles([path], warn=warnings.append))
    assert warnings == []
    assert len(articles) == 20
    assert all(a.site and a.site.endswith(".kpu.go.id") and a.event_date for a in articles)


def test_bench_command_runs_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    cmd = [sys.executable, "-m", "bench", "--articles", "20", "--json", str(out), "--workdir", str(tmp_path / "w"),
           "--no-startup", "--repeat", "1", "--rdflib-runs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    (size,) = report["sizes"]
    assert size["articles"] == 20 and size["quads"] > 0
    assert size["build"]["wall_s"] > 0 and size["extraction"]["extract_s"] > 0
    assert size["queries"] and all(q["oxigraph_ms"] >= 0 for q in size["queries"].values())
    assert "== 20 articles" in done.stdout
