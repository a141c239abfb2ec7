"""Extraction on the probe sets of tests/data/probes (invented articles from regions and media the
development set lacks), scored by the development-set scorer of ../shared and held to a floor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, ROOT, SHARED

KGEVAL = SHARED / "tools" / "kgeval.py"
PROBES = DATA / "probes"


@pytest.mark.skipif(not KGEVAL.is_file(), reason="../shared (the scorer) is not present")
def test_probe_sets_score_at_least_their_floor(tmp_path: Path) -> None:
    out = tmp_path / "score.json"
    kpugraph = f"{sys.executable} -m kpugraph"
    subprocess.run(
        [sys.executable, str(KGEVAL), "--kpugraph", kpugraph, "--corpus", str(PROBES / "corpus"),
         "--gold", str(PROBES / "gold"), "--json", str(out)],
        check=True, capture_output=True, cwd=tmp_path,
    )  # fmt: skip
    score = json.loads(out.read_text(encoding="utf-8"))
    floor = json.loads((ROOT / "tests" / "extraction_floor.json").read_text(encoding="utf-8"))["probes_macro_f1"]
    assert not score["errors"] and score["matched"] == score["gold"]
    assert score["macro_f1"] >= floor, f"probe macro F1 {score['macro_f1']:.3f} below the floor {floor:.3f}"
