"""SHACL validation: the build's own output conforms; a graph that breaks a shape fails, readably."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DEV_CORPUS, EXAMPLES, needs_shared
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import SH

from kpugraph import pipeline
from kpugraph.cli import cli
from kpugraph.errors import OntologyError
from kpugraph.export import serialize
from kpugraph.validate import load_shapes, validate_graph
from kpugraph.vocab import FOAF, ID, KPU, ORG, RDF, SKOS, TIME, XSD

BROKEN = """\
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix kpu: <https://w3id.org/kpugraph/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/kpugraph/id/person/budi> a foaf:Person ; skos:prefLabel "Budi" , "Budi S." ; foaf:name "Budi" .
<https://w3id.org/kpugraph/id/membership/m1> a org:Membership ;
    org:member <https://w3id.org/kpugraph/id/person/budi> ;
    kpu:firstSeen "2025-02-01"^^xsd:date ; kpu:lastSeen "2025-01-01"^^xsd:date .
"""


@pytest.fixture(scope="module")
def examples_graph() -> Dataset:
    return pipeline.run([EXAMPLES]).graph


def test_the_build_of_the_sample_conforms(examples_graph: Dataset) -> None:
    report = validate_graph(examples_graph)
    assert report.conforms, report.text()
    assert report.triples > 500
    assert report.text().startswith("conforms")


def test_every_class_the_build_produces_has_a_shape(examples_graph: Dataset) -> None:
    shapes = load_shapes()
    targeted = set(shapes.objects(None, SH.targetClass))
    produced = {o for _, _, o, _ in examples_graph.quads((None, RDF.type, None, None))}
    assert produced - targeted == set()


def test_a_broken_graph_fails_with_focus_path_and_message() -> None:
    report = validate_graph(Graph().parse(data=BROKEN, format="turtle"))
    assert not report.conforms
    text = report.text()
    assert "Violation: kpuid:person/budi  skos:prefLabel: needs exactly one skos:prefLabel" in text
    assert "kpuid:membership/m1  org:role" in text
    assert "kpuid:membership/m1  kpu:firstSeen" in text
    assert text.splitlines()[-1].startswith("does not conform: ")


def test_an_interval_needs_its_dates() -> None:
    g = Graph()
    g.add((ID["interval/x"], RDF.type, TIME.Interval))
    g.add((ID["interval/x"], KPU.firstSeen, Literal("2025-01-01", datatype=XSD.date)))
    report = validate_graph(g)
    assert [(p.focus, p.path) for p in report.problems] == [("kpuid:interval/x", "kpu:lastSeen")]


def test_two_spellings_of_a_unit_are_a_warning_only() -> None:
    g = Graph()
    unit = ID["unit/kpu-33/divisi-x"]
    g.add((unit, RDF.type, ORG.OrganizationalUnit))
    g.add((unit, SKOS.prefLabel, Literal("Divisi X")))
    g.add((unit, SKOS.prefLabel, Literal("Divisi, X")))
    report = validate_graph(g)
    assert report.conforms
    assert [p.severity for p in report.problems] == ["Warning"]


def test_cli_validate_exit_codes(tmp_path: Path, examples_graph: Dataset) -> None:
    good = tmp_path / "good.trig"
    good.write_bytes(serialize(examples_graph, ".trig"))
    ok = CliRunner().invoke(cli, ["validate", str(good)])
    assert ok.exit_code == 0, ok.output
    assert ok.output.startswith("conforms: 0 violation(s)")
    bad = tmp_path / "bad.ttl"
    bad.write_text(BROKEN, encoding="utf-8")
    failed = CliRunner().invoke(cli, ["validate", str(bad)])
    assert failed.exit_code == 1
    assert "kpuid:person/budi" in failed.output and "does not conform" in failed.output
    missing = CliRunner().invoke(cli, ["validate", str(tmp_path / "nope.ttl")])
    assert missing.exit_code == 1 and "nope.ttl" in missing.output


def test_cli_validate_help() -> None:
    result = CliRunner().invoke(cli, ["validate", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_broken_shapes_file_is_an_ontology_error(tmp_path: Path) -> None:
    bad = tmp_path / "shapes.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(OntologyError, match="shapes.ttl"):
        load_shapes(bad)


@needs_shared
def test_the_build_of_sample_and_dev_set_conforms_with_one_node_per_person() -> None:
    ds = pipeline.run([EXAMPLES, DEV_CORPUS]).graph
    report = validate_graph(ds)
    assert report.conforms, report.text()
    people = {s for s, _, _, _ in ds.quads((None, RDF.type, FOAF.Person, None))}
    labels: dict[object, set[str]] = {p: set() for p in people}
    for s, _, o, _ in ds.quads((None, SKOS.prefLabel, None, None)):
        if s in labels:
            labels[s].add(str(o))
    assert people and all(len(names) == 1 for names in labels.values())
