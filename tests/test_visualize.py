"""The explorer page: self-contained, nothing written, the right nodes, escaped data, reduced views."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES
from rdflib import Dataset
from rdflib.namespace import FOAF, ORG, RDF, SKOS

from kpugraph import pipeline, visualize
from kpugraph.cli import cli
from kpugraph.errors import InputError
from kpugraph.vocab import KPU, SCHEMA

XSS_TITLE = 'Rapat <script>window.__xss=1;alert(1)</script> "Pleno" \'<img src=x onerror="window.__xss=2">\' & <!-- x'
XSS_TEXT = (
    "Semarang, kota-semarang.kpu.go.id - KPU Kota Semarang menggelar rapat pleno <img src=x onerror=window.__xss=3>, "
    "Senin (1/12). Ketua KPU Kota Semarang, Ahmad Zaini <script>window.__xss=4</script>, membuka rapat tersebut. "
    '"Kami siap </script><b>bekerja</b>", ujar Ahmad Zaini.'
)
ENTITY_CLASSES = (FOAF.Person, ORG.Organization, ORG.OrganizationalUnit, SCHEMA.Event, SCHEMA.EventSeries,
                  KPU.CourtRuling, KPU.Election, SKOS.Concept, SCHEMA.AdministrativeArea, SCHEMA.Place)


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return pipeline.run([EXAMPLES]).graph


def xss_graph(tmp_path: Path) -> Dataset:
    src = tmp_path / "xss.jsonl"
    record = {"title": XSS_TITLE, "text": XSS_TEXT, "url": "javascript:window.__xss=5"}
    src.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return pipeline.run([src]).graph


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kpugraph-data">(.*?)</script>', page, re.S)
    assert m, "the page embeds its data as JSON"
    return json.loads(m.group(1))


def expected_entities(ds: Dataset) -> set[str]:
    typed = {str(s) for s, _, o, _ in ds.quads((None, RDF.type, None, None)) if o in ENTITY_CLASSES}
    return typed


def test_page_is_self_contained(sample: Dataset) -> None:
    page = visualize.explorer_html(sample)
    assert page.startswith("<!doctype html>")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page, re.I), "no external resource"
    assert not re.search(r"cdnjs|unpkg|jsdelivr|googleapis", page), "no CDN"
    assert "vis.Network" in page and "Content-Security-Policy" in page
    assert "connect-src 'none'" in page


def test_writes_nothing_to_the_working_directory(sample: Dataset, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    visualize.explorer_html(sample)
    visualize.explorer_html(sample, max_nodes=10)
    assert list(tmp_path.iterdir()) == []


def test_nodes_are_the_graph_entities(sample: Dataset) -> None:
    data = embedded_data(visualize.explorer_html(sample))
    entities = expected_entities(sample)
    articles = {str(s) for s, _, _, _ in sample.quads((None, RDF.type, SCHEMA.NewsArticle, None))}
    shown = {n["panel"]["iri"] for n in data["nodes"] if n["kind"] != "article"}
    assert shown == entities
    assert {n["panel"]["iri"] for n in data["nodes"] if n["kind"] == "article"} == articles
    memberships = {str(s) for s, _, _, _ in sample.quads((None, RDF.type, ORG.Membership, None))}
    assert memberships and not memberships & shown, "memberships are folded into edges"
    kinds = {n["kind"] for n in data["nodes"]}
    assert {"person", "kpu", "event", "topic"} <= kinds
    default_visible = [t["key"] for t in data["types"] if t["default"]]
    assert "article" not in default_visible


def test_memberships_become_role_edges_with_evidence(sample: Dataset) -> None:
    data = visualize.explorer_data(sample)
    by_id = {n["id"]: n for n in data["nodes"]}
    people = [n for n in data["nodes"] if n["kind"] == "person" and n["panel"].get("roles")]
    assert people, "the sample states roles"
    person = people[0]
    role = person["panel"]["roles"][0]
    target = role["unit"][1] if role["unit"][1] >= 0 else role["org"][1]
    edge = [e for e in data["edges"] if e["from"] == person["id"] and e["to"] == target]
    assert edge and edge[0]["label"] == role["role"]
    article, sentence = role["evidence"][0]
    assert data["articles"][article][0], "the source article has a title"
    assert person["fullLabel"].split()[0] in data["strings"][sentence]
    assert by_id[target]["panel"]["members"]


def test_edge_labels_come_from_the_ontology() -> None:
    assert visualize._term_label(str(KPU.concernsElection)) == "concerns election"
    assert visualize._term_label(str(KPU.region)) == "region"
    assert visualize._term_label(str(ORG.subOrganizationOf)) == "part of"
    assert visualize._term_label(str(SCHEMA.organizer)) == "organizer"


def test_untrusted_text_is_escaped(tmp_path: Path) -> None:
    page = visualize.explorer_html(xss_graph(tmp_path))
    for raw in ("<script>window", "<img src=x", "</script><b>", "<!-- x", "<b>bekerja"):
        assert raw not in page
    data = embedded_data(page)
    labels = {n["fullLabel"] for n in data["nodes"]}
    assert XSS_TITLE in labels or any(XSS_TITLE in a[0] for a in data["articles"]), "the text survives as data"
    assert "innerHTML" not in page.split("/*APP*/")[1], "the app never parses data as HTML"


def test_reduced_view_keeps_the_most_connected(sample: Dataset) -> None:
    full = visualize.explorer_data(sample)
    data = visualize.explorer_data(sample, max_nodes=10)
    assert len(data["nodes"]) == 10
    assert data["meta"]["reduced"] == "degree"
    assert not data["meta"]["articlesInView"]
    assert sum(data["meta"]["total"].values()) > 10 and data["hiddenLabels"]
    kept = {n["panel"]["iri"] for n in data["nodes"]}
    people = [n for n in full["nodes"] if n["kind"] == "person"]
    kept_people = [n for n in people if n["panel"]["iri"] in kept]
    assert kept_people, "people get a share of the budget"
    assert max(n["value"] for n in kept_people) >= sorted(n["value"] for n in people)[-3], "the well connected ones"
    assert len({n["kind"] for n in data["nodes"]}) > 2, "each type gets a share"


def test_focus_starts_from_the_neighbourhood(sample: Dataset) -> None:
    full = visualize.explorer_data(sample)
    person = next(n for n in full["nodes"] if n["kind"] == "person" and n["panel"].get("roles"))
    data = visualize.explorer_data(sample, focus=person["fullLabel"].upper(), depth=1)
    center = data["nodes"][data["meta"]["focus"]]
    assert center["fullLabel"] == person["fullLabel"]
    neighbours = {e["to"] for e in data["edges"] if e["from"] == center["id"]}
    neighbours |= {e["from"] for e in data["edges"] if e["to"] == center["id"]}
    assert {n["id"] for n in data["nodes"]} == neighbours | {center["id"]}
    assert data["meta"]["reduced"] == "focus"
    small = visualize.explorer_data(sample, focus=person["fullLabel"], depth=2, max_nodes=3)
    assert len(small["nodes"]) == 3


def test_unknown_focus_is_an_input_error(sample: Dataset) -> None:
    with pytest.raises(InputError, match="no entity"):
        visualize.explorer_html(sample, focus="Nama Yang Tidak Ada")


def test_explore_command_writes_one_page(sample: Dataset, tmp_path: Path, runner) -> None:
    graph = tmp_path / "g.trig"
    graph.write_bytes(sample.serialize(format="trig", encoding="utf-8"))
    out = tmp_path / "page.html"
    result = runner.invoke(cli, ["explore", str(graph), "-o", str(out), "--max-nodes", "20"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.trig", "page.html"]
    assert len(embedded_data(out.read_text(encoding="utf-8"))["nodes"]) == 20


def test_empty_graph_gives_a_page() -> None:
    data = embedded_data(visualize.explorer_html(Dataset()))
    assert data["nodes"] == [] and data["edges"] == []
    assert data["meta"]["physics"] is False
