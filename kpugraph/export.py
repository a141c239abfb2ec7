"""Serialise the graph (Turtle, N-Triples, TriG, N-Quads, JSON-LD, GraphML, GEXF) and write files atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SKOS

from .build import union
from .errors import InputError

RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}
NETWORK_FORMATS = {".graphml", ".gexf"}
ALL_SUFFIXES = tuple(sorted(RDF_FORMATS)) + tuple(sorted(NETWORK_FORMATS))


def check_suffix(path: Path, allowed: tuple[str, ...] = tuple(RDF_FORMATS)) -> str:
    """The output suffix, or an error naming the ones that work."""
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise InputError(f"{path}: unknown output format {suffix or '(none)'!r} (use {', '.join(allowed)})")
    return suffix


def serialize(ds: Dataset, suffix: str) -> bytes:
    """The graph in the RDF syntax of `suffix`, in a canonical order: equal graphs give equal bytes.

    rdflib keeps named graphs in a set (order varies between runs) and its JSON-LD writer follows
    store order, so TriG is written graph by graph in IRI order and JSON-LD is sorted afterwards.
    """
    fmt = RDF_FORMATS[suffix]
    if fmt == "trig":
        return _trig(ds)
    if fmt == "nquads":
        data = ds.serialize(format=fmt, encoding="utf-8")
    else:
        data = union(ds).serialize(format=fmt, encoding="utf-8", **({"auto_compact": True} if fmt == "json-ld" else {}))
    if fmt in ("nt", "nquads"):
        # split on "\n" only: str.splitlines also breaks at U+2028, U+0085 and others a literal may hold
        lines = sorted(set(data.decode("utf-8").split("\n")) - {""})
        data = ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "json-ld":
        data = (json.dumps(_sorted_json(json.loads(data)), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return data


def _trig(ds: Dataset) -> bytes:
    """TriG with graphs in IRI order, each graph's body written by the (deterministic) Turtle writer."""
    prefixes: set[str] = set()
    blocks: list[str] = []
    graphs = sorted(
        (g for g in ds.graphs() if len(g)), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier))
    )
    for g in graphs:
        single = Graph()
        for prefix, ns in ds.namespace_manager.namespaces():
            single.bind(prefix, ns, override=True, replace=True)
        for triple in g:
            single.add(triple)
        lines = single.serialize(format="turtle").split("\n")
        n = 0
        while n < len(lines) and lines[n].startswith("@prefix "):  # the prefixes come first, then the triples
            prefixes.add(lines[n])
            n += 1
        text = "\n".join(lines[n:]).strip("\n")
        # not indented: a long literal spans lines, and indenting them would change its value
        named = g.identifier != DATASET_DEFAULT_GRAPH_ID
        blocks.append(f"{g.identifier.n3()} {{\n{text}\n}}\n" if named else text + "\n")
    head = "\n".join(sorted(prefixes))
    return (head + "\n\n" + "\n".join(blocks)).encode("utf-8")


def _sorted_json(node: Any) -> Any:
    """JSON-LD with every unordered array sorted (the graph has no RDF lists, so no @list to keep)."""
    if isinstance(node, dict):
        return {k: (v if k == "@list" else _sorted_json(v)) for k, v in sorted(node.items())}
    if isinstance(node, list):
        items = [_sorted_json(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def to_networkx(graph: Graph | Dataset):  # -> networkx.MultiDiGraph
    """Resources as nodes (label, type), object properties between them as edges (label = property name)."""
    import networkx as nx

    g = union(graph) if isinstance(graph, Dataset) else graph
    net = nx.MultiDiGraph()
    labels = {s: str(o) for s, o in g.subject_objects(SKOS.prefLabel)}
    types = {}
    for s, o in g.subject_objects(RDF.type):
        types.setdefault(s, str(o).rsplit("/", 1)[-1].rsplit("#", 1)[-1])
    for s, p, o in sorted(g):
        if p == RDF.type or not isinstance(o, URIRef) or isinstance(o, Literal):
            continue
        for n in (s, o):
            if str(n) not in net:
                net.add_node(str(n), label=labels.get(n, str(n).rsplit("/", 1)[-1]), type=types.get(n, ""))
        prop = str(p).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        net.add_edge(str(s), str(o), key=prop, label=prop)
    return net


def network_bytes(graph: Graph | Dataset, suffix: str) -> bytes:
    import io

    import networkx as nx

    net = to_networkx(graph)
    buf = io.BytesIO()
    if suffix == ".graphml":
        nx.write_graphml(net, buf)
    else:
        nx.write_gexf(net, buf)
    return buf.getvalue()


def export_bytes(ds: Dataset, path: Path) -> bytes:
    """The bytes to write for `path`, by its extension (RDF syntaxes, GraphML, GEXF)."""
    suffix = check_suffix(path, ALL_SUFFIXES)
    return network_bytes(ds, suffix) if suffix in NETWORK_FORMATS else serialize(ds, suffix)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write so that readers never see a half-written file: a temporary file beside it, then rename."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: the folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load_dataset(path: Path) -> Dataset:
    """A graph file (format by extension) or a store directory read into an rdflib Dataset."""
    if Path(path).is_dir():
        from .store import named_graph_quads, open_store

        return dataset_from_quads(named_graph_quads(open_store(Path(path), read_only=True)))
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    fmt = RDF_FORMATS.get(suffix)
    if fmt is None:
        raise InputError(f"{path}: unknown graph format (use {', '.join(RDF_FORMATS)})")
    ds = Dataset()
    try:
        if fmt in ("trig", "nquads"):
            ds.parse(path, format=fmt)
        else:
            ds.default_graph.parse(path, format=fmt) if hasattr(ds, "default_graph") else ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser exception types
        raise InputError(f"{path}: not a valid {fmt} file ({str(exc).splitlines()[0][:160]})") from exc
    return ds


def dataset_from_quads(quads) -> Dataset:  # quads: Iterable[pyoxigraph.Quad]
    """An rdflib Dataset of pyoxigraph quads (no detour through a parser)."""
    import pyoxigraph as ox
    from rdflib import BNode

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(t.value)  # rdflib keeps plain and xsd:string literals apart
        return Literal(t.value, datatype=URIRef(t.datatype.value))

    ds = Dataset()
    graphs: dict = {}
    for q in quads:
        g = q.graph_name
        key = None if isinstance(g, ox.DefaultGraph) else g.value
        if key not in graphs:
            graphs[key] = ds.default_graph if key is None else ds.graph(term(g))
        graphs[key].add((term(q.subject), term(q.predicate), term(q.object)))
    return ds
