"""The scale benchmark: `python -m bench --articles 1000,10000,100000 --json bench.json`.

For each corpus size N it generates N synthetic KPU articles (bench/corpus.py), then times:

- `kpugraph build corpus.jsonl -o graph.nq` end to end in a subprocess (wall, CPU, articles/s,
  peak memory of the whole process tree as summed PSS, sampled);
- extraction alone (read + segment + extract, in-process, with the default worker processes);
- store ingest: the built N-Quads bulk-loaded into an on-disk Oxigraph store, then compacted;
- every saved query on that store (median of several runs) and on rdflib's plain in-memory
  Dataset holding the same quads (in a subprocess with a time limit, since it may not finish);
- the explorer page (`kpugraph.visualize.explorer_html`) over the Oxigraph-backed graph.

It also times `kpugraph --help` and `kpugraph build examples -o g.ttl`, and the development set
when ../shared is present. It prints one table and writes everything as JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KPUGRAPH = Path(sys.executable).with_name("kpugraph")
DEV = ROOT.parent / "shared" / "corpus" / "dev"
PARAM_DEFAULTS = {"role": "Ketua", "date": "2024-06", "provinceName": "Provinsi Jawa Tengah"}


def _tree_rss(pid: int) -> int:
    """Memory of a process and all its descendants, in bytes (0 if it is gone).

    The sum of each process's PSS (its private pages plus its share of pages shared with others):
    forked workers share the parent's pages, and a sum of RSS would count those once per process.
    """
    try:
        import psutil
    except ImportError:  # pragma: no cover - psutil is optional; wait4's maxrss is the fallback
        return 0
    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for q in procs:
        try:
            total += q.memory_full_info().pss
        except psutil.Error:
            pass
    return total


def run_measured(cmd: list[str], *, timeout: float | None = None, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `cmd`, returning wall time, CPU time (children included), peak tree RSS and exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        timed_out = True
    stop.set()
    sampler.join()
    wall = time.perf_counter() - start
    # resource of the child and everything it waited for (the pool's workers)
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall_s": wall,
        "cpu_s_children_total": ru.ru_utime + ru.ru_stime,
        "peak_pss_mb": peak / 2**20,
        "maxrss_single_mb": ru.ru_maxrss / 1024,
        "returncode": proc.returncode,
        "timed_out": timed_out,
        "stdout": out.decode("utf-8", "replace"),
        "stderr": err.decode("utf-8", "replace")[-2000:],
    }


def _cpu_children() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def time_build(corpus: Path, out: Path) -> dict[str, Any]:
    before = _cpu_children()
    r = run_measured([str(KPUGRAPH), "-v", "build", str(corpus), "-o", str(out)])
    r["cpu_s"] = r.pop("cpu_s_children_total") - before
    r["stages_s"] = {m[0]: float(m[1]) for m in re.findall(r"stage (\w+): ([\d.]+) s", r["stderr"])}
    if r["returncode"] != 0:
        raise SystemExit(f"build failed: {r['stderr']}")
    return r


def time_extraction(corpus: Path) -> dict[str, Any]:
    from kpugraph.pipeline import default_workers, extract_all
    from kpugraph.read import read_articles

    t = time.perf_counter()
    articles = list(read_articles([corpus]))
    t_read = time.perf_counter() - t
    t = time.perf_counter()
    extract_all(articles)
    t_ex = time.perf_counter() - t
    return {"read_s": t_read, "extract_s": t_ex, "workers": default_workers(), "articles_per_s": len(articles) / t_ex}


def load_store(nq: Path, store_dir: Path):  # -> (pyoxigraph.Store, {seconds})
    """The quads bulk-loaded into an on-disk Oxigraph store, plus their union (deduplicated) as its default graph.

    Why the union: with `use_default_graph_as_union` Oxigraph matches a triple once per named
    graph holding it, so a join over entities stated in many articles multiplies rows (at 300
    articles the `memberships` query gave 1.3 million rows in 130 s). A stored default graph holds
    each triple once; GRAPH patterns still see the named graphs.
    """
    import pyoxigraph as ox

    shutil.rmtree(store_dir, ignore_errors=True)
    t = time.perf_counter()
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    t_named = time.perf_counter() - t
    with io.BufferedReader(_Triples(nq), 1 << 16) as triples:
        store.bulk_load(triples, format=ox.RdfFormat.N_TRIPLES)  # the default graph
    t_union = time.perf_counter() - t - t_named
    # A bulk load adds its sorted files to RocksDB as they are; until they are compacted every
    # lookup consults them all (at 100k articles a join of 700 rows took 270 ms, 19 ms after).
    store.optimize()
    store.flush()
    t_optimize = time.perf_counter() - t - t_named - t_union
    return store, {"bulk_load_s": t_named, "union_s": t_union, "optimize_s": t_optimize}


class _Triples(io.RawIOBase):
    """An N-Quads file written by `kpugraph build` read as N-Triples: each line's graph name dropped.

    Every line of such a file ends with its graph's IRI, so the last IRI of a line is the graph
    name (in other N-Quads files a line may have none). Loading this is the union of the graphs.
    """

    _GRAPH = re.compile(rb" <[^<>\s]*> \.$", re.MULTILINE)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._fh = open(path, "rb")  # noqa: SIM115 - closed with the reader
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if not self._buf:
            block = self._fh.read(1 << 20)
            if not block:
                return 0
            self._buf = memoryview(self._GRAPH.sub(b" .", block + self._fh.readline()))
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        self._fh.close()
        super().close()


def choose_params(store: Any) -> dict[str, str]:
    """Plausible values for the saved queries' parameters: the most stated person, body and unit."""
    prefix = (
        "PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "PREFIX kpu: <https://w3id.org/kpugraph/ontology#> "
    )
    picks = dict(PARAM_DEFAULTS)
    for param, prop in (("name", "org:member"), ("orgName", "org:organization"), ("unitName", "kpu:unit")):
        q = prefix + (
            f"SELECT ?l (COUNT(*) AS ?c) WHERE {{ ?m {prop} ?x . ?x skos:prefLabel ?l }} "
            "GROUP BY ?l ORDER BY DESC(?c) ?l LIMIT 1"
        )
        rows = list(store.query(q))
        if rows:
            picks[param] = rows[0]["l"].value
    return picks


def time_queries_oxigraph(store_dir: Path, params: dict[str, str], runs: int, timeout: float) -> dict[str, Any]:
    """Each saved query on the on-disk store, in a subprocess with a time limit."""
    return _query_worker(["bench.oxigraph_worker", str(store_dir), json.dumps(params), str(runs)], timeout)


def _query_worker(args: list[str], timeout: float) -> dict[str, Any]:
    r = run_measured([sys.executable, "-m", *args], timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
    result: dict[str, Any] = {"timed_out": r["timed_out"], "wall_s": r["wall_s"], "peak_pss_mb": r["peak_pss_mb"]}
    queries: dict[str, Any] = {}
    for line in r["stdout"].splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            if "query" in rec:
                queries[rec.pop("query")] = rec
            else:
                result.update(rec)
    result["queries"] = queries
    if r["returncode"] not in (0, None) and not r["timed_out"]:
        result["error"] = r["stderr"][-500:]
    return result


def time_queries_rdflib(nq: Path, params: dict[str, str], timeout: float, runs: int) -> dict[str, Any]:
    """Load the quads into rdflib's memory Dataset in a subprocess and time each saved query there."""
    return _query_worker(["bench.rdflib_worker", str(nq), json.dumps(params), str(runs)], timeout)


def time_explorer(store_dir: Path, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.explorer_worker", str(store_dir)]
    r = run_measured(cmd, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
    result: dict[str, Any] = {"timed_out": r["timed_out"], "wall_s": r["wall_s"], "peak_pss_mb": r["peak_pss_mb"]}
    for line in r["stdout"].splitlines():
        if line.startswith("{"):
            result.update(json.loads(line))
    if r["returncode"] not in (0, None) and not r["timed_out"]:
        result["error"] = r["stderr"][-500:]
    return result


def startup() -> dict[str, Any]:
    helps = [run_measured([str(KPUGRAPH), "--help"])["wall_s"] for _ in range(5)]
    with tempfile.TemporaryDirectory() as d:
        cmd = [str(KPUGRAPH), "build", str(ROOT / "examples"), "-o", f"{d}/g.ttl"]
        builds = [run_measured(cmd)["wall_s"] for _ in range(3)]
    out: dict[str, Any] = {"help_s": statistics.median(helps), "build_examples_s": statistics.median(builds)}
    if DEV.is_dir():
        n = sum(1 for line in (DEV / "articles.jsonl").open(encoding="utf-8") if line.strip())
        with tempfile.TemporaryDirectory() as d:
            r = run_measured([str(KPUGRAPH), "build", str(DEV), "-o", f"{d}/dev.ttl"])
        out["dev_articles"] = n
        out["dev_build_s"] = r["wall_s"]
        out["dev_articles_per_s"] = n / r["wall_s"]
    return out


def bench_size(n: int, work: Path, *, repeat: int, oxigraph_timeout: float, rdflib_timeout: float,
               rdflib_max_quads: int, rdflib_runs: int,
               explorer_timeout: float, skip_extraction: bool) -> dict[str, Any]:
    from bench.corpus import write_corpus

    res: dict[str, Any] = {"articles": n}
    corpus = work / f"corpus-{n}.jsonl"
    t = time.perf_counter()
    write_corpus(corpus, n)
    res["generate_s"] = time.perf_counter() - t
    nq = work / f"graph-{n}.nq"
    b = time_build(corpus, nq)
    quads = sum(1 for _ in nq.open("rb"))
    res["build"] = {k: b[k] for k in ("wall_s", "cpu_s", "peak_pss_mb", "maxrss_single_mb", "stages_s")}
    res["build"]["articles_per_s"] = n / b["wall_s"]
    res["quads"] = quads
    res["nq_mb"] = nq.stat().st_size / 2**20
    _say(f"  build {b['wall_s']:.1f}s wall, {b['cpu_s']:.1f}s CPU, peak {b['peak_pss_mb']:.0f} MB, {quads} quads")
    if not skip_extraction:
        res["extraction"] = time_extraction(corpus)
        _say(f"  extraction alone {res['extraction']['extract_s']:.1f}s")
    store_dir = work / f"store-{n}"
    store, t_load = load_store(nq, store_dir)
    res["ingest"] = {**t_load, "quads_per_s": quads / t_load["bulk_load_s"]}
    _say(
        f"  store bulk load {t_load['bulk_load_s']:.1f}s + union {t_load['union_s']:.1f}s"
        f" + compaction {t_load['optimize_s']:.1f}s"
    )
    params = choose_params(store)
    del store  # release the RocksDB lock for the worker processes
    ox = time_queries_oxigraph(store_dir, params, repeat, oxigraph_timeout)
    res["oxigraph"] = {k: v for k, v in ox.items() if k != "queries"}
    if quads <= rdflib_max_quads:
        _say("  rdflib memory store (subprocess)...")
        rd = time_queries_rdflib(nq, params, rdflib_timeout, rdflib_runs)
    else:
        rd = {"skipped": f"{quads} quads > --rdflib-max-quads {rdflib_max_quads}"}
    res["rdflib"] = {k: v for k, v in rd.items() if k != "queries"}
    res["queries"] = {}
    from kpugraph.query import saved_queries

    for name in [q.name for q in saved_queries()]:
        ox_t = ox["queries"].get(name)
        if ox_t is None:
            res["queries"][name] = {"oxigraph_ms": None, "rows": None, "note": "did not finish in the time limit"}
            continue
        row = {"oxigraph_ms": ox_t["median_ms"], "rows": ox_t["rows"]}
        r_t = rd.get("queries", {}).get(name)
        if r_t is not None:
            row["rdflib_ms"] = r_t["median_ms"]
            row["rdflib_rows"] = r_t["rows"]
            row["speedup"] = r_t["median_ms"] / max(ox_t["median_ms"], 1e-3)
        res["queries"][name] = row
    res["explorer"] = time_explorer(store_dir, explorer_timeout)
    shutil.rmtree(store_dir, ignore_errors=True)
    return res


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def table(report: dict[str, Any]) -> str:
    lines = []
    s = report.get("startup", {})
    if s:
        lines.append(f"kpugraph --help: {s['help_s']:.2f} s")
        lines.append(f"kpugraph build examples -o g.ttl: {s['build_examples_s']:.2f} s")
        if "dev_build_s" in s:
            lines.append(
                f"development set: {s['dev_articles']} articles in {s['dev_build_s']:.2f} s "
                f"= {s['dev_articles_per_s']:.1f} articles/s (incl. startup)"
            )
    for r in report["sizes"]:
        b = r["build"]
        lines.append("")
        lines.append(f"== {r['articles']} articles: {r['quads']} quads, {r['nq_mb']:.0f} MB N-Quads")
        lines.append(
            f"build end to end: {b['wall_s']:.1f} s wall ({b['articles_per_s']:.0f} articles/s), "
            f"{b['cpu_s']:.1f} s CPU, peak memory (PSS) {b['peak_pss_mb']:.0f} MB"
        )
        if b.get("stages_s"):
            lines.append("build stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in b["stages_s"].items()))
        if "extraction" in r:
            e = r["extraction"]
            lines.append(
                f"extraction alone: {e['extract_s']:.1f} s ({e['articles_per_s']:.0f} articles/s, "
                f"{e['workers']} workers); read {e['read_s']:.1f} s"
            )
        ing = r["ingest"]
        lines.append(
            f"store ingest: bulk load {ing['bulk_load_s']:.1f} s ({ing['quads_per_s']:.0f} quads/s) "
            f"+ default-graph union {ing['union_s']:.1f} s + compaction {ing.get('optimize_s', 0):.1f} s"
        )
        rd = r["rdflib"]
        if "load_s" in rd:
            late = " (TIMED OUT: queries without a time did not finish)" if rd.get("timed_out") else ""
            mem = rd["peak_pss_mb"]
            lines.append(f"rdflib memory Dataset: load {rd['load_s']:.1f} s, peak memory (PSS) {mem:.0f} MB{late}")
        elif rd.get("skipped") or rd.get("timed_out") or rd.get("error"):
            why = rd.get("skipped") or ("timed out while loading" if rd.get("timed_out") else rd.get("error"))
            lines.append(f"rdflib memory Dataset: {why}")
        lines.append(f"{'query':24} {'oxigraph ms':>12} {'rdflib ms':>12} {'ratio':>8} {'rows':>7}")
        for name, q in r["queries"].items():
            if q["oxigraph_ms"] is None:
                lines.append(f"{name:24} {'(timed out)':>12}")
                continue
            rdf = f"{q['rdflib_ms']:.1f}" if "rdflib_ms" in q else "-"
            ratio = f"{q['speedup']:.0f}x" if "speedup" in q else "-"
            lines.append(f"{name:24} {q['oxigraph_ms']:12.1f} {rdf:>12} {ratio:>8} {q['rows']:7d}")
        x = r["explorer"]
        if "seconds" in x:
            lines.append(f"explorer page: {x['seconds']:.1f} s, {x['bytes'] / 2**20:.1f} MB")
        else:
            lines.append(f"explorer page: {'timed out' if x.get('timed_out') else x.get('error', '?')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", default="1000", help="comma-separated corpus sizes (default 1000)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--workdir", type=Path, help="keep corpora and graphs here (default: a temporary folder)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per Oxigraph query (median; one if slow)")
    ap.add_argument("--oxigraph-timeout", type=float, default=600, help="seconds for all Oxigraph queries")
    ap.add_argument("--rdflib-timeout", type=float, default=900, help="seconds for rdflib's load and queries")
    ap.add_argument("--rdflib-runs", type=int, default=3, help="runs per rdflib query (median; one if slow)")
    ap.add_argument("--rdflib-max-quads", type=int, default=30_000_000, help="skip rdflib above this many quads")
    ap.add_argument("--explorer-timeout", type=float, default=600)
    ap.add_argument("--no-startup", action="store_true", help="skip the --help / sample / dev-set timings")
    ap.add_argument("--no-extraction", action="store_true", help="skip the separate extraction-only timing")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.articles.split(",") if x.strip()]
    report: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "sizes": [],
    }
    tmp = None
    if args.workdir:
        work = args.workdir
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="kpugraph-bench-")
        work = Path(tmp.name)
    try:
        if not args.no_startup:
            _say("startup timings...")
            report["startup"] = startup()
        for n in sizes:
            _say(f"{n} articles...")
            report["sizes"].append(
                bench_size(n, work, repeat=args.repeat, oxigraph_timeout=args.oxigraph_timeout,
                           rdflib_timeout=args.rdflib_timeout,
                           rdflib_max_quads=args.rdflib_max_quads, rdflib_runs=args.rdflib_runs,
                           explorer_timeout=args.explorer_timeout,
                           skip_extraction=args.no_extraction)
            )
            if args.json:  # after every size, so a long run leaves partial results
                args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    finally:
        if tmp is not None:
            tmp.cleanup()
    print(table(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
