"""Send the graph to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph (one per article, plus `graph/derived` and `graph/reference`) is sent with
``PUT <endpoint>?graph=<graph IRI>`` as N-Triples, which replaces that graph on the server and
leaves the others alone, so pushing again after an ingest is safe. Triples of a file's default
graph (a ``.ttl`` file) go to ``PUT <endpoint>?default``.

Endpoints: Oxigraph ``http://host:7878/store``, Apache Jena Fuseki ``http://host:3030/DATASET/data``,
GraphDB ``http://host:7200/repositories/REPO/rdf-graphs/service``, Virtuoso
``http://host:8890/sparql-graph-crud-auth``.
"""

from __future__ import annotations

import base64
import logging
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from .errors import KpugraphError

log = logging.getLogger(__name__)


class PushError(KpugraphError):
    """The endpoint refused a graph or could not be reached."""


@dataclass(frozen=True, slots=True)
class PushResult:
    graphs: int
    triples: int


def graphs_of(store: ox.Store) -> dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Triple]]:
    """The triples of each graph of `store`, without the store's bookkeeping graph."""
    from .store import SOURCE

    out: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Triple]] = defaultdict(list)
    for q in store.quads_for_pattern(None, None, None, None):
        if q.graph_name != SOURCE:
            out[q.graph_name].append(q.triple)
    if len(out) > 1:
        # with named graphs, the default graph is their stored union (query.with_union): not data of its own
        out.pop(ox.DefaultGraph(), None)
    return out


def graph_url(endpoint: str, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> str:
    """The Graph Store Protocol URL of one graph: ``?graph=<iri>`` (percent-encoded) or ``?default``."""
    sep = "&" if urlsplit(endpoint).query else "?"
    if isinstance(graph, ox.DefaultGraph):
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={quote(graph.value, safe='')}"


def push(
    graphs: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Triple]],
    endpoint: str,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 60.0,
    progress: Callable[[int], None] | None = None,
) -> PushResult:
    """PUT each graph to a Graph Store HTTP Protocol endpoint, replacing what it held.

    Args:
        graphs: graph name -> its triples (see :func:`graphs_of`).
        endpoint: the Graph Store endpoint URL (e.g. ``http://127.0.0.1:7878/store``).
        user: HTTP basic-auth user, if the endpoint needs one.
        password: its password.
        timeout: seconds to wait for each request.
        progress: called with 1 after each graph.

    Returns:
        How many graphs and triples were sent.

    Raises:
        PushError: an unreachable endpoint or a refused graph (the message names the graph and the status).
    """
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    headers = {"Content-Type": "application/n-triples"}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    n_triples = 0
    for graph in sorted(graphs, key=lambda g: (not isinstance(g, ox.DefaultGraph), str(g))):
        triples = graphs[graph]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        url = graph_url(endpoint, graph)
        req = urllib.request.Request(url, data=body, method="PUT", headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (the user's own endpoint)
                resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            hint = f": {detail[0][:160]}" if detail else ""
            raise PushError(f"{endpoint}: the server refused graph {graph} with HTTP {exc.code}{hint}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(f"{endpoint}: cannot reach the endpoint ({reason})") from exc
        n_triples += len(triples)
        log.debug("pushed %d triples to %s", len(triples), url)
        if progress:
            progress(1)
    return PushResult(len(graphs), n_triples)


def load_graphs(path: Path) -> dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Triple]]:
    """The graphs of a store directory or a graph file, ready for :func:`push`."""
    from .query import load_store

    return graphs_of(load_store(Path(path)))

