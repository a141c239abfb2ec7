"""Serialisation (canonical bytes per syntax), network export and atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from conftest import EXAMPLES
from rdflib import Dataset, Literal, URIRef

from kpugraph import export, pipeline
from kpugraph.errors import InputError


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return pipeline.run([EXAMPLES]).graph


def _shuffled_copy(ds: Dataset) -> Dataset:
    """The same quads added in reverse order, to a fresh dataset."""
    copy = Dataset()
    for prefix, ns in ds.namespace_manager.namespaces():
        copy.bind(prefix, ns, override=True, replace=True)
    for s, p, o, g in sorted(ds.quads((None, None, None, None)), reverse=True):
        copy.graph(g).add((s, p, o))
    return copy


@pytest.mark.parametrize("suffix", sorted(export.RDF_FORMATS))
def test_equal_graphs_give_equal_bytes(sample: Dataset, suffix: str) -> None:
    assert export.serialize(sample, suffix) == export.serialize(_shuffled_copy(sample), suffix)


def test_trig_holds_the_same_quads_as_nquads(sample: Dataset) -> None:
    trig = set(map(str, ox.parse(export.serialize(sample, ".trig"), format=ox.RdfFormat.TRIG)))
    nq = set(map(str, ox.parse(export.serialize(sample, ".nq"), format=ox.RdfFormat.N_QUADS)))
    assert trig == nq and len(trig) > 500


def test_trig_graphs_in_iri_order(sample: Dataset) -> None:
    text = export.serialize(sample, ".trig").decode("utf-8")
    names = [ln.split()[0] for ln in text.splitlines() if ln.startswith("<") and ln.rstrip().endswith("{")]
    assert names == sorted(names) and len(names) > 3


def test_jsonld_is_sorted_json(sample: Dataset) -> None:
    doc = json.loads(export.serialize(sample, ".jsonld"))
    ids = [node["@id"] for node in doc["@graph"]]
    assert len(ids) == len(set(ids)) > 10


def test_literals_with_line_breaks_survive() -> None:
    # U+2028 is a line break to str.splitlines but not to N-Triples; long literals span lines in Turtle
    ds = Dataset()
    g = ds.graph(URIRef("https://w3id.org/kpugraph/id/article/x"))
    g.add((URIRef("https://w3id.org/kpugraph/id/x"), URIRef("https://schema.org/text"), Literal('a"b\\c\nd\te\u2028f')))
    formats = {".nq": "N_QUADS", ".trig": "TRIG", ".nt": "N_TRIPLES", ".ttl": "TURTLE"}
    for suffix, fmt in formats.items():
        data = export.serialize(ds, suffix)
        (q,) = list(ox.parse(data, format=getattr(ox.RdfFormat, fmt)))
        assert q.object.value == 'a"b\\c\nd\te\u2028f'


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_network_export(sample: Dataset, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"g{suffix}"
    export.write_atomic(out, export.export_bytes(sample, out))
    net = nx.read_graphml(out) if suffix == ".graphml" else nx.read_gexf(out)
    assert net.number_of_nodes() > 20 and net.number_of_edges() > 20
    labels = {d.get("label") for _, d in net.nodes(data=True)}
    assert "Ahmad Zaini" in labels


def test_check_suffix() -> None:
    assert export.check_suffix(Path("a.TTL")) == ".ttl"
    with pytest.raises(InputError, match="unknown output format"):
        export.check_suffix(Path("a.csv"))
    with pytest.raises(InputError, match="none"):
        export.check_suffix(Path("a"))


def test_write_atomic_replaces_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "g.ttl"
    target.write_text("old", encoding="utf-8")
    export.write_atomic(target, "new")
    export.write_atomic(target, b"newer")
    assert target.read_bytes() == b"newer"
    assert os.listdir(tmp_path) == ["g.ttl"]


def test_write_atomic_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        export.write_atomic(tmp_path / "no" / "g.ttl", "x")
    assert os.listdir(tmp_path) == []
