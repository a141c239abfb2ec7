"""Worker for the benchmark: saved queries on rdflib's plain in-memory Dataset.

`python -m bench.rdflib_worker GRAPH.nq PARAMS_JSON [RUNS]` prints one JSON line after loading and one
per query (flushed), so a run stopped at its time limit still reports what it finished.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def main() -> None:
    from rdflib import Dataset, Literal, Variable

    from kpugraph.query import saved_queries

    nq, params = Path(sys.argv[1]), json.loads(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    t = time.perf_counter()
    ds = Dataset(default_union=True)  # like Oxigraph's use_default_graph_as_union
    ds.parse(nq, format="nquads")
    print(json.dumps({"load_s": time.perf_counter() - t}), flush=True)
    for q in saved_queries():
        sparql = q.path.read_text(encoding="utf-8")
        bind = {Variable(p): Literal(params.get(p, "x")) for p in q.params}
        times, rows = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = len(list(ds.query(sparql, initBindings=bind)))
            times.append(time.perf_counter() - t)
            if times[-1] > 2:  # slow enough that one run says it
                break
        print(json.dumps({"query": q.name, "median_ms": statistics.median(times) * 1000, "rows": rows}), flush=True)


if __name__ == "__main__":
    main()
