"""The fast build paths give the same graph as before: golden sample, streaming, worker processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from rdflib import Dataset, Graph

from kpugraph import export, pipeline
from kpugraph.build import build_graph
from kpugraph.errors import InputError
from kpugraph.read import read_articles
from kpugraph.resolve import resolve

GOLDEN = ROOT / "tests" / "golden" / "examples.nq"


def _quads(ds: Dataset) -> set[tuple[str, str, str, str]]:
    quads = ds.quads((None, None, None, None))
    return {(s.n3(), p.n3(), o.n3(), g.n3() if g is not None else "") for s, p, o, g in quads}


def _load(path: Path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="nquads" if path.suffix == ".nq" else "trig")
    return ds


def test_sample_matches_golden(update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The golden file was first written by the rdflib-based builder this one replaced.

    Extraction changes legitimately change it: then run `pytest tests/test_build_perf.py --update-golden`.
    """
    monkeypatch.chdir(ROOT)  # dcterms:source keeps the path as given
    ds = pipeline.run([Path("examples")]).graph
    if update_golden:
        export.write_atomic(GOLDEN, export.serialize(ds, ".nq"))
    expected = _load(GOLDEN)
    got = Dataset()
    got.parse(data=export.serialize(ds, ".nq").decode("utf-8"), format="nquads")
    missing, extra = _quads(expected) - _quads(got), _quads(got) - _quads(expected)
    assert not missing and not extra, (
        f"missing {sorted(missing)[:5]}\nunexpected {sorted(extra)[:5]}\n"
        "(if extraction changed on purpose: pytest tests/test_build_perf.py --update-golden)"
    )


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_streamed_build_equals_in_memory_build(tmp_path: Path, suffix: str) -> None:
    mem, streamed = tmp_path / f"mem{suffix}", tmp_path / f"str{suffix}"
    a = pipeline.build_file([EXAMPLES], mem, stream=False)
    b = pipeline.build_file([EXAMPLES], streamed, stream=True)
    assert (a.articles, a.streamed, b.streamed) == (b.articles, False, True)
    assert _quads(_load(mem)) == _quads(_load(streamed))


@pytest.mark.parametrize("suffix", [".nt", ".ttl"])
def test_streamed_triples_equal_in_memory_triples(tmp_path: Path, suffix: str) -> None:
    mem, streamed = tmp_path / f"mem{suffix}", tmp_path / f"str{suffix}"
    pipeline.build_file([EXAMPLES], mem, stream=False)
    pipeline.build_file([EXAMPLES], streamed, stream=True)
    fmt = "nt" if suffix == ".nt" else "turtle"
    assert set(Graph().parse(mem, format=fmt)) == set(Graph().parse(streamed, format=fmt))


def test_streamed_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    for suffix in (".nq", ".ttl"):
        first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
        pipeline.build_file([EXAMPLES], first, stream=True, workers=2)
        pipeline.build_file([EXAMPLES], second, stream=True, workers=1)
        assert first.read_bytes() == second.read_bytes()


def test_owner_processes_stream_the_serial_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 2)  # several shares per owner process
    done: list[int] = []
    outputs = []
    for workers in (1, 2, 3):
        out = tmp_path / f"w{workers}.nq"
        summary = pipeline.build_file([EXAMPLES], out, stream=True, workers=workers, progress=done.append)
        outputs.append(out.read_bytes())
        assert summary.articles == sum(done)
        done.clear()
    assert outputs[0] == outputs[1] == outputs[2]
    in_memory = build_graph(resolve(pipeline.extract_all(list(read_articles([EXAMPLES])))))
    assert _quads(_load(tmp_path / "w2.nq")) == _quads(in_memory)


def test_streamed_build_links_unnumbered_rulings_as_the_in_memory_build(tmp_path: Path) -> None:
    records = [
        {
            "title": "Kajian Putusan MK Pilbup Kepulauan Talaud",
            "text": "Putusan MK Nomor 71/PHPU.BUP-XXIII/2025 tentang perselisihan hasil Pemilihan Bupati "
            "Kepulauan Talaud Tahun 2024 dibahas dalam kajian.",
        },
        {
            "title": "MK Putuskan PSU Pilbup Talaud",
            "text": "Mahkamah Konstitusi memutuskan pemungutan suara ulang dalam Pilbup Kepulauan Talaud 2024.",
            "site": "www.beritacontoh.com",
        },
    ]
    corpus = tmp_path / "rulings.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    mem, streamed = tmp_path / "mem.nq", tmp_path / "str.nq"
    pipeline.build_file([corpus], mem, stream=False)
    pipeline.build_file([corpus], streamed, stream=True, workers=2)
    quads = _quads(_load(streamed))
    assert quads == _quads(_load(mem))
    # both articles mention the numbered ruling: the second's unnumbered one took its number
    assert sum("ruling/71-phpu-bup-xxiii-2025" in o and "mentions" in p for _, p, o, _ in quads) == 2


def test_worker_processes_give_the_serial_result_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = list(read_articles([EXAMPLES]))
    serial = pipeline.extract_all(articles, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    monkeypatch.setattr(pipeline, "CHUNK", 3)  # several chunks per worker, returned out of order by nature
    done: list[int] = []
    parallel = pipeline.extract_all(articles, done.append, workers=2)
    assert parallel == serial
    assert sum(done) == len(articles)
    assert _quads(build_graph(resolve(parallel))) == _quads(build_graph(resolve(serial)))


def test_streamed_build_into_missing_folder_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        pipeline.build_file([EXAMPLES], tmp_path / "nope" / "g.nq", stream=True)
    assert list(tmp_path.iterdir()) == []


def test_cli_import_stays_light() -> None:
    code = (
        "import sys, kpugraph.cli; "
        "print(sorted(m for m in ('rdflib', 'pyoxigraph', 'trafilatura', 'networkx', 'oxrdflib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
