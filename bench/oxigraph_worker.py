"""Worker for the benchmark: saved queries on an on-disk Oxigraph store.

`python -m bench.oxigraph_worker STORE_DIR PARAMS_JSON RUNS` prints one JSON line per query
(flushed), so a run stopped at its time limit still reports the queries it finished.
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def main() -> None:
    import pyoxigraph as ox

    from kpugraph.query import saved_queries

    store = ox.Store.read_only(sys.argv[1])
    params, runs = json.loads(sys.argv[2]), int(sys.argv[3])
    for q in saved_queries():
        sparql = q.path.read_text(encoding="utf-8")
        subs = {ox.Variable(p): ox.Literal(params.get(p, "x")) for p in q.params}
        times, rows = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            res = store.query(sparql, substitutions=subs or None)  # default graph = the stored union
            rows = sum(1 for _ in res) if isinstance(res, ox.QuerySolutions) else 1
            times.append(time.perf_counter() - t)
            if times[-1] > 2:  # slow enough that one run says it
                break
        print(json.dumps({"query": q.name, "median_ms": statistics.median(times) * 1000, "rows": rows}), flush=True)


if __name__ == "__main__":
    main()
