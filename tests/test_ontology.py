"""The ontology files parse, and every kpu: term the code, the queries or the output use is declared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLES, ROOT
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.term import BNode

from kpugraph import pipeline
from kpugraph.vocab import KPU

ONTOLOGY = ROOT / "ontology"


def _declared() -> Graph:
    return Graph().parse(ONTOLOGY / "kpu.ttl", format="turtle")


@pytest.mark.parametrize("path", sorted(ONTOLOGY.glob("*.ttl")), ids=lambda p: p.name)
def test_ontology_files_parse(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 10


def _terms_in_code() -> set[str]:
    terms: set[str] = set()
    for path in sorted((ROOT / "kpugraph").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        terms |= set(re.findall(r"\bKPU\.([A-Za-z_]\w*)", text))
        terms |= set(re.findall(r"\bKPU\[\"(\w+)\"\]", text))
    for path in sorted((ROOT / "queries").glob("*.rq")):
        terms |= set(re.findall(r"(?<![\w:])kpu:([A-Za-z_]\w*)", path.read_text(encoding="utf-8")))
    return terms


def _terms_in_output() -> set[str]:
    graph = pipeline.run([EXAMPLES, DATA / "articles"]).graph
    out = set()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        for t in (s, p, o):
            if isinstance(t, URIRef) and str(t).startswith(str(KPU)):
                out.add(str(t)[len(str(KPU)) :])
    return out


@pytest.fixture(scope="module")
def declared() -> Graph:
    return _declared()


def _check(term: str, g: Graph) -> list[str]:
    iri = KPU[term]
    problems = []
    labels = {lit.language for lit in g.objects(iri, RDFS.label) if isinstance(lit, Literal)}
    if not any(True for _ in g.triples((iri, None, None))):
        return [f"kpu:{term} is not declared in ontology/kpu.ttl"]
    if not {"id", "en"} <= labels:
        problems.append(f"kpu:{term} lacks an rdfs:label in @id and @en (has {sorted(filter(None, labels))})")
    if not any(True for _ in g.objects(iri, RDFS.comment)):
        problems.append(f"kpu:{term} has no rdfs:comment")
    return problems


def test_every_term_in_code_and_queries_is_declared(declared: Graph) -> None:
    terms = _terms_in_code()
    assert len(terms) > 10
    problems = [p for t in sorted(terms) for p in _check(t, declared)]
    assert not problems, "\n".join(problems)


def test_every_term_in_the_output_is_declared(declared: Graph) -> None:
    problems = [p for t in sorted(_terms_in_output()) for p in _check(t, declared)]
    assert not problems, "\n".join(problems)


def test_every_declared_term_is_documented(declared: Graph) -> None:
    subjects = {s for s in declared.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KPU))}
    problems = [p for s in sorted(subjects) for p in _check(str(s)[len(str(KPU)) :], declared)]
    assert not problems, "\n".join(problems)


def test_no_blank_nodes_in_build_output() -> None:
    graph = pipeline.run([EXAMPLES]).graph
    blank = [q for q in graph.quads((None, None, None, None)) if any(isinstance(t, BNode) for t in q[:3])]
    assert blank == []
