"""Store and endpoint benchmark: `python -m bench.store_bench --articles 500 --batches 5 --clients 20`.

Generates N synthetic articles (bench/corpus.py), ingests them into a fresh store in B weekly
batches (time per batch: each batch extracts only its own articles, then resolves and builds
everything), re-ingests everything (should write nothing), then serves the store on a free
loopback port and runs C concurrent clients for a few seconds against `/sparql` and a saved query,
reporting throughput, latency percentiles and failures. Prints one table and optional JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from bench.corpus import generate
from kpugraph import serve, store

QUERY = "SELECT ?a ?t WHERE { ?a <https://schema.org/headline> ?t } LIMIT 50"


def _ingest(tmp: Path, n: int, batches: int) -> dict[str, object]:
    records = [json.dumps(r, ensure_ascii=False) for r in generate(n)]
    db = tmp / "store"
    per_batch = []
    size = -(-len(records) // batches)
    files = []
    for i in range(batches):
        f = tmp / f"week{i}.jsonl"
        f.write_text("\n".join(records[i * size : (i + 1) * size]) + "\n", encoding="utf-8")
        files.append(f)
        t = time.perf_counter()
        r = store.ingest([f], db)
        per_batch.append({"seconds": round(time.perf_counter() - t, 2), "articles": r.articles})
    t = time.perf_counter()
    again = store.ingest(files, db)
    noop = time.perf_counter() - t
    return {"db": db, "batches": per_batch, "reingest_seconds": round(noop, 2), "reingest_changed": again.changed}


def _load(db: Path, clients: int, seconds: float) -> dict[str, object]:
    server = serve.make_server(store.open_store(db, read_only=True), port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = [f"{base}/sparql?{urlencode({'query': QUERY})}", f"{base}/queries/articles?format=csv"]
    latencies: list[float] = []
    failures: list[str] = []
    stop = time.monotonic() + seconds

    def client(i: int) -> None:
        k = i
        while time.monotonic() < stop:
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(urls[k % 2], timeout=30) as resp:
                    resp.read()
                latencies.append(time.perf_counter() - t)
            except (urllib.error.URLError, OSError) as exc:
                failures.append(repr(exc))
            k += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    server.shutdown()
    server.server_close()
    q = statistics.quantiles(latencies, n=20) if len(latencies) >= 20 else [0.0] * 19
    return {
        "requests": len(latencies),
        "failures": len(failures),
        "requests_per_s": round(len(latencies) / seconds, 1),
        "p50_ms": round(q[9] * 1000, 1),
        "p95_ms": round(q[18] * 1000, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--json", type=Path, help="Also write the results here.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ing = _ingest(Path(tmp), args.articles, args.batches)
        load = _load(ing.pop("db"), args.clients, args.seconds)  # type: ignore[arg-type]
    for i, b in enumerate(ing["batches"]):  # type: ignore[arg-type]
        print(f"ingest batch {i + 1}: {b['seconds']:>7.2f} s  ({b['articles']} articles in the store)")
    print(f"re-ingest everything: {ing['reingest_seconds']:.2f} s, changed: {ing['reingest_changed']}")
    print(f"{args.clients} clients x {args.seconds:g} s: {load['requests']} requests, {load['failures']} failed, "
          f"{load['requests_per_s']} req/s, p50 {load['p50_ms']} ms, p95 {load['p95_ms']} ms")
    if args.json:
        args.json.write_text(json.dumps({"ingest": ing, "endpoint": load}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
