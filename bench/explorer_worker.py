"""Worker for the benchmark: the explorer page over a graph in an on-disk Oxigraph store.

`python -m bench.explorer_worker STORE_DIR` prints {"seconds": ..., "bytes": ...}.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    import oxrdflib
    import pyoxigraph as ox
    from rdflib import Dataset

    from kpugraph import visualize

    store = ox.Store.read_only(sys.argv[1])
    ds = Dataset(store=oxrdflib.OxigraphStore(store=store))
    t = time.perf_counter()
    page = visualize.explorer_html(ds)
    print(json.dumps({"seconds": time.perf_counter() - t, "bytes": len(page.encode("utf-8"))}), flush=True)


if __name__ == "__main__":
    main()
