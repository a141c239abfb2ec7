"""The persistent store: incremental ingest equals a one-shot build, idempotence, SIGKILL mid-ingest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kpugraph import export, pipeline, store
from kpugraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PAGES = sorted(EXAMPLES.glob("*.txt"))
SEMARANG = "Semarang, kota-semarang.kpu.go.id – "


def _record(n: int, title: str, text: str, day: str = "2025-03-10") -> str:
    url = f"https://kota-semarang.kpu.go.id/berita/{n}"
    return json.dumps({"title": title, "url": url, "published": day, "text": SEMARANG + text}, ensure_ascii=False)


def _write(path: Path, *records: str) -> Path:
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


A = _record(
    1,
    "Rapat Koordinasi Divisi Hukum",
    "Anggota KPU Kota Semarang Divisi Hukum dan Pengawasan, Ahmad Zaini, membuka rapat koordinasi pada "
    'Senin (10/3/2025). "Kita harus bekerja dengan teliti," ujar Ahmad Zaini.',
)
# B names the same commissioner in full: a fresh build renames the person of A's graph
B = _record(
    2,
    "Sosialisasi Pemilih Pemula",
    "Anggota KPU Kota Semarang Divisi Hukum dan Pengawasan, Muhammad Ahmad Zaini, menjadi narasumber "
    "sosialisasi pemilih pemula pada Rabu (2/4/2025) di Aula KPU Kota Semarang.",
    "2025-04-02",
)
C = _record(
    3,
    "Bimtek Badan Adhoc",
    "Ketua KPU Kota Semarang, Novi Maria Ulfah, membuka bimbingan teknis badan adhoc pada Selasa (20/5/2025). "
    "Sekretaris KPU Kota Semarang, Budi Santoso, turut hadir.",
    "2025-05-20",
)


def _store_quads(path: Path) -> set[ox.Quad]:
    return set(ox.parse(store.dataset_nquads(path), format=ox.RdfFormat.N_QUADS))


def _all_quads(path: Path) -> set[ox.Quad]:
    """Everything, bookkeeping graph included (but the code fingerprint: others may edit the code meanwhile)."""
    s = store.open_store(path, read_only=True)
    return {q for q in s.quads_for_pattern(None, None, None, None) if q.predicate != store.BUILT_WITH}


def _build_quads(paths: list[Path]) -> set[ox.Quad]:
    ds = pipeline.run(paths).graph
    return set(ox.parse(export.serialize(ds, ".nq"), format=ox.RdfFormat.N_QUADS))


def _assert_same(got: set[ox.Quad], want: set[ox.Quad]) -> None:
    # no blank nodes in kpugraph output, so isomorphic == equal quad sets
    missing = sorted(str(q) for q in want - got)[:5]
    extra = sorted(str(q) for q in got - want)[:5]
    assert not missing and not extra, f"missing: {missing}\nunexpected: {extra}"


def test_three_ingests_equal_one_shot_build_and_reingest_changes_nothing(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", A)
    bc = _write(tmp_path / "bc.jsonl", B, C)
    db = tmp_path / "store"
    r1 = store.ingest([PAGES[0], a], db)
    assert r1.added > 1 and r1.replaced == 0
    assert any("person/ahmad-zaini" in str(q) for q in _store_quads(db))
    store.ingest([PAGES[1]], db)
    r3 = store.ingest([bc], db)
    assert r3.added == 2
    everything = [*PAGES, a, bc]
    _assert_same(_store_quads(db), _build_quads(everything))
    # B renamed the person in A's graph, as a fresh build does
    short = ox.NamedNode("https://w3id.org/kpugraph/id/person/ahmad-zaini")
    assert not any(short in (q.subject, q.object) for q in _store_quads(db))

    before = _all_quads(db)
    again = store.ingest(everything, db)
    assert not again.changed
    assert (again.added, again.replaced, again.unchanged) == (0, 0, r3.articles)
    assert _all_quads(db) == before


def test_changed_article_replaces_its_graph(tmp_path: Path) -> None:
    db = tmp_path / "store"
    store.ingest([_write(tmp_path / "a.jsonl", A, C)], db)
    changed = A.replace("Ahmad Zaini", "Rina Kartika Sari")
    path = _write(tmp_path / "a.jsonl", changed, C)
    r = store.ingest([path], db)
    assert (r.added, r.replaced, r.unchanged) == (0, 1, 1)
    quads = _store_quads(db)
    assert not any("zaini" in str(q).lower() for q in quads)
    _assert_same(quads, _build_quads([path]))


@pytest.mark.skipif(not (DEV_CORPUS / "articles.jsonl").is_file(), reason="../shared development set is not present")
def test_sample_and_dev_set_in_three_runs_equal_one_shot_build(tmp_path: Path) -> None:
    dev = DEV_CORPUS / "articles.jsonl"
    db = tmp_path / "store"
    for run in ([PAGES[0]], [PAGES[1]], [dev]):
        store.ingest(run, db)
    everything = [*PAGES, dev]
    _assert_same(_store_quads(db), _build_quads(everything))
    before = _all_quads(db)
    assert not store.ingest(everything, db).changed
    assert _all_quads(db) == before


FIRST = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lestari"]
LAST = ["Santoso", "Wibowo", "Saputra", "Hidayat", "Kurniawan", "Pratama", "Wijaya", "Nugroho", "Setiawan",
        "Susanto", "Permana", "Rahmawati", "Utomo"]


def _many(path: Path) -> Path:
    records = []
    n = 0
    for first in FIRST[:8]:
        for last in LAST[:10]:  # 80 articles: a few seconds of per-article commits to kill into
            n += 1
            day = 1 + n % 27
            records.append(
                _record(
                    100 + n,
                    f"Rapat Pleno Nomor {n}",
                    f"Anggota KPU Kota Semarang, {first} {last}, memimpin rapat pleno pada Senin ({day}/6/2025).",
                    f"2025-06-{day:02d}",
                )
            )
    return _write(path, *records)


def test_sigkill_mid_ingest_leaves_whole_articles_and_rerun_completes(tmp_path: Path) -> None:
    corpus = _many(tmp_path / "many.jsonl")
    db = tmp_path / "store"
    store.ingest([PAGES[0]], db)  # an existing store, so the kill lands on top of committed data
    cmd = [sys.executable, "-m", "kpugraph", "-vv", "ingest", str(corpus), "--store", str(db)]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, cwd=ROOT, text=True)
    assert proc.stderr is not None
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 5 and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        committed += "stored article" in line
    assert committed == 5, "the ingest never started writing"
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stderr.close()

    # the store opens and answers queries
    from kpugraph.query import load_store, run_query

    s = load_store(db)
    rows = run_query(s, "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }").rows
    assert int(rows[0][0].value) >= 6
    # every article is whole (record and graph) or absent
    records = set(store.stored_records(s))
    graphs = {g for g in s.named_graphs() if "/article/" in g.value}
    assert records == graphs
    assert store.is_pending(s)
    expected = _build_quads([PAGES[0], corpus])
    total = len({q.graph_name for q in expected if "/article/" in q.graph_name.value})
    assert 6 <= len(records) < total
    for g in graphs:
        got = set(s.quads_for_pattern(None, None, None, g))
        assert got == {q for q in expected if q.graph_name == g}, f"article {g} is not whole"
    del s

    r = store.ingest([corpus], db)
    assert r.articles == total
    _assert_same(_store_quads(db), expected)
    assert not store.is_pending(store.open_store(db, read_only=True))


def test_pending_store_is_completed_by_a_rerun_with_nothing_new(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", A, B)
    db = tmp_path / "store"
    store.ingest([a], db)
    s = store.open_store(db)
    s.add(ox.Quad(store.SOURCE, store.PENDING, store.TRUE, store.SOURCE))
    s.remove_graph(ox.NamedNode("https://w3id.org/kpugraph/id/graph/derived"))
    del s
    r = store.ingest([a], db)
    assert r.unchanged == 2 and r.changed
    _assert_same(_store_quads(db), _build_quads([a]))


def test_record_round_trip() -> None:
    from kpugraph.read import read_articles

    art = next(read_articles([PAGES[0]]))
    assert store.article_from_record(store.article_record(art)) == art


def test_cli_ingest_query_export_from_a_store(tmp_path: Path, runner) -> None:
    db = tmp_path / "store"
    res = runner.invoke(cli, ["ingest", *map(str, PAGES), "--store", str(db)])
    assert res.exit_code == 0, res.output
    assert "added" in res.output
    res = runner.invoke(cli, ["ingest", *map(str, PAGES), "--store", str(db)])
    assert "0 added, 0 replaced" in res.output
    res = runner.invoke(cli, ["query", "articles", "-g", str(db), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert len(res.output.splitlines()) > 2
    out = tmp_path / "kpu.nq"
    res = runner.invoke(cli, ["export", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert set(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)) == _build_quads(PAGES)
    res = runner.invoke(cli, ["validate", str(db)])  # validate reads graphs through export.load_dataset too
    assert res.exit_code in (0, 1) and "triples checked" in res.output, res.output
    page = tmp_path / "explorer.html"
    assert runner.invoke(cli, ["explore", str(db), "-o", str(page)]).exit_code == 0
    assert page.stat().st_size > 0


def test_cli_ingest_errors(tmp_path: Path, runner) -> None:
    afile = tmp_path / "file"
    afile.write_text("x")
    res = runner.invoke(cli, ["ingest", str(PAGES[0]), "--store", str(afile)])
    assert res.exit_code != 0
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("x")
    res = runner.invoke(cli, ["ingest", str(PAGES[0]), "--store", str(full)])
    assert res.exit_code == 1 and "not a store" in res.output
    res = runner.invoke(cli, ["query", "articles", "-g", str(full)])
    assert res.exit_code == 1 and "not a kpugraph store" in res.output
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    res = runner.invoke(cli, ["ingest", str(empty), "--store", str(tmp_path / "new")])
    assert res.exit_code == 1 and "empty.jsonl" in res.output
    assert not (tmp_path / "new").exists()  # nothing read, nothing created


INJECTIONS = ['"', '" } ; DROP ALL ; SELECT * { "', "} ; DROP ALL", "{ ?s ?p ?o }", "\\\" . } DROP ALL #"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_query_parameter_is_only_a_value(tmp_path: Path, runner, value: str) -> None:
    db = tmp_path / "store"
    store.ingest([PAGES[0], _write(tmp_path / "a.jsonl", A)], db)
    rq = tmp_path / "by_name.rq"
    # pyoxigraph 0.5 binds only variables of the SELECT clause, so the parameter is projected
    rq.write_text(
        "# Roles of one person.\n# params: ?name (literal)\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX org: <http://www.w3.org/ns/org#>\n"
        "SELECT ?name ?m WHERE { ?p skos:prefLabel ?name . ?m org:member ?p }\n",
        encoding="utf-8",
    )
    before = _all_quads(db)
    ok = runner.invoke(cli, ["query", str(rq), "-g", str(db), "--format", "csv", "--param", "name=Ahmad Zaini"])
    assert ok.exit_code == 0, ok.output
    assert len(ok.output.splitlines()) > 1
    res = runner.invoke(cli, ["query", str(rq), "-g", str(db), "--format", "csv", "--param", f"name={value}"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["name,m"]
    assert _all_quads(db) == before


def test_code_change_recomputes_and_rebuild_flag(tmp_path: Path, runner) -> None:
    a = _write(tmp_path / "a.jsonl", A, B)
    db = tmp_path / "store"
    store.ingest([a], db)
    derived = ox.NamedNode("https://w3id.org/kpugraph/id/graph/derived")
    s = store.open_store(db)
    s.remove(next(iter(s.quads_for_pattern(store.SOURCE, store.BUILT_WITH, None, store.SOURCE))))
    s.add(ox.Quad(store.SOURCE, store.BUILT_WITH, ox.Literal("an-older-kpugraph"), store.SOURCE))
    s.remove_graph(derived)
    del s
    assert store.ingest([a], db).changed  # built by other code: everything is recomputed
    _assert_same(_store_quads(db), _build_quads([a]))
    s = store.open_store(db)
    s.remove_graph(derived)
    del s
    res = runner.invoke(cli, ["ingest", "--rebuild", "--store", str(db)])
    assert res.exit_code == 0, res.output
    _assert_same(_store_quads(db), _build_quads([a]))
    assert runner.invoke(cli, ["ingest", "--store", str(db)]).exit_code == 2
    res = runner.invoke(cli, ["ingest", "--rebuild", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "no store" in res.output


def test_only_new_articles_are_extracted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "store"
    store.ingest([_write(tmp_path / "a.jsonl", A, C)], db)
    caplog.set_level("INFO", logger="kpugraph.store")
    store.ingest([_write(tmp_path / "b.jsonl", B)], db)
    assert "extracted 1 article(s), 2 from the cache" in caplog.text
    _assert_same(_store_quads(db), _build_quads([tmp_path / "a.jsonl", tmp_path / "b.jsonl"]))
