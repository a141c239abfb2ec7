"""Roles over time: role spans, seats (org:Post), merge evidence, and the saved queries on them.

Invented articles about invented holders of real body keys; the graph is built for real and
queried with Oxigraph through the saved queries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES

from kpugraph import pipeline
from kpugraph.build import DERIVED, build_graph
from kpugraph.derive import post_iri
from kpugraph.export import serialize
from kpugraph.models import Article, Election, Extraction, Membership, Org, PersonMention, Ruling, Span
from kpugraph.query import load_store, resolve_query, run_query
from kpugraph.resolve import resolve
from kpugraph.vocab import ID, KPU, ORG, PROV, RDF, TIME

SPAN = Span(0, 10)
KOTA = Org("KPU Kota Semarang", "kpu-33-74", "kpu", "33.74", "Kota Semarang", "kpu-33")
PROV_JATENG = Org("KPU Provinsi Jawa Tengah", "kpu-33", "kpu", "33", "Jawa Tengah", "kpu-ri")
HUKUM = "Divisi Hukum dan Pengawasan"


def stated(n: int, when: date, *roles: tuple[str, str, Org, str | None]) -> Extraction:
    """Article n, dated `when`, stating (person, role, body, unit)."""
    a = Article(id=f"peran-{n}", title=f"Berita peran {n}", text="teks", source="test", published=when)
    people = tuple(dict.fromkeys(p for p, _, _, _ in roles))
    return Extraction(
        article=a,
        persons=tuple(PersonMention(p, SPAN) for p in people),
        memberships=tuple(Membership(p, role, org, unit, SPAN) for p, role, org, unit in roles),
    )


CORPUS = [
    stated(1, date(2024, 9, 12), ("Andi Saputra", "Ketua", KOTA, None)),
    stated(2, date(2025, 3, 5), ("Andi Saputra", "Ketua", KOTA, None), ("Rina Lestari", "Anggota", KOTA, HUKUM)),
    stated(3, date(2025, 6, 19), ("Bayu Pratama", "Ketua", KOTA, None), ("Rina Lestari", "Anggota", KOTA, None)),
    stated(4, date(2025, 12, 2), ("Bayu Pratama", "Ketua", KOTA, None)),
    stated(5, date(2024, 10, 5), ("Sari Wulandari", "Anggota", PROV_JATENG, HUKUM)),
    stated(6, date(2025, 11, 5), ("Sari Wulandari", "Anggota", PROV_JATENG, HUKUM)),
]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("derive") / "roles.trig"
    path.write_bytes(serialize(build_graph(resolve(CORPUS)), ".trig"))
    return path


def rows(graph_file: Path, name: str, **params: str) -> list[dict[str, str]]:
    label, sparql = resolve_query(name)
    result = run_query(load_store(graph_file), sparql, label=label, params=params)
    return [
        {v: (t.value if t is not None else "") for v, t in zip(result.variables, row, strict=True)}
        for row in result.rows
    ]


def test_membership_spans_first_and_last_evidence_with_sources() -> None:
    ds = build_graph(resolve(CORPUS))
    g = ds.graph(DERIVED)
    spans = {}
    for m in g.subjects(RDF.type, ORG.Membership):
        who = str(g.value(m, ORG.member)).rsplit("/", 1)[-1]
        interval = g.value(m, ORG.memberDuring)
        assert (interval, RDF.type, TIME.Interval) in g
        spans[who, str(g.value(m, ORG.role)).rsplit("/", 1)[-1]] = (
            str(g.value(interval, KPU.firstSeen)),
            str(g.value(interval, KPU.lastSeen)),
            len(set(g.objects(m, PROV.wasDerivedFrom))),
        )
    assert spans["andi-saputra", "ketua"] == ("2024-09-12", "2025-03-05", 2)
    assert spans["bayu-pratama", "ketua"] == ("2025-06-19", "2025-12-02", 2)
    # "Anggota KPU Kota Semarang" without a unit folds into her only division
    assert spans["rina-lestari", "anggota"] == ("2025-03-05", "2025-06-19", 2)


def test_seats_outlive_their_holders_as_posts() -> None:
    g = build_graph(resolve(CORPUS)).graph(DERIVED)
    ketua = post_iri("kpu-33-74", "Ketua", None)
    assert (ketua, RDF.type, ORG.Post) in g
    assert (ketua, ORG.postIn, ID["org/kpu-33-74"]) in g
    assert set(g.objects(ketua, ORG.heldBy)) == {ID["person/andi-saputra"], ID["person/bayu-pratama"]}
    assert (ID["person/bayu-pratama"], ORG.holds, ketua) in g
    hukum = post_iri("kpu-33", "Anggota", HUKUM)
    assert (hukum, ORG.postIn, ID["unit/kpu-33/divisi-hukum-dan-pengawasan"]) in g
    # an Anggota without a unit is one of several: no seat
    assert not any(str(p).endswith("/anggota") for p in g.subjects(RDF.type, ORG.Post))


def test_merges_and_ruling_links_are_kept_as_evidence() -> None:
    pasaman = Election("Bupati", "13.08", "Kabupaten Pasaman", 2024)
    numbered = Ruling("02/PHPU.BUP-XXIII/2025", 2, "PHPU.BUP", "XXIII", 2025, "Mahkamah Konstitusi", pasaman, SPAN)
    vague = Ruling(None, None, None, None, None, "Mahkamah Konstitusi", pasaman, SPAN)
    corpus = [
        *CORPUS,
        stated(7, date(2025, 7, 1), ("Andi Saputro", "Ketua", KOTA, None)),
        Extraction(Article("r1", "R1", "t", "test"), rulings=(numbered,)),
        Extraction(Article("r2", "R2", "t", "test"), rulings=(vague,)),
    ]
    g = build_graph(resolve(corpus)).graph(DERIVED)
    andi = ID["person/andi-saputra"]
    assert str(g.value(andi, KPU.mergedFrom)) == "Andi Saputro"
    assert "Andi Saputro -> Andi Saputra" in str(g.value(andi, KPU.mergeReason))
    ruling = ID["ruling/02-phpu-bup-xxiii-2025"]
    assert "r2" in str(g.value(ruling, KPU.mergedFrom))
    assert "only numbered ruling" in str(g.value(ruling, KPU.mergeReason))


@pytest.mark.parametrize(
    ("when", "holder"),
    [
        ("2025-07", "Bayu Pratama"),
        ("2025-04-30", "Andi Saputra"),
        ("2024-09", "Andi Saputra"),
        ("2026", "Bayu Pratama"),
    ],
)
def test_role_at_date_names_the_latest_stated_holder(graph_file: Path, when: str, holder: str) -> None:
    found = rows(graph_file, "role_at_date", orgName="KPU Kota Semarang", role="Ketua", date=when)
    assert [r["name"] for r in found] == [holder]
    assert found[0]["firstSeen"] <= found[0]["statedOn"] <= found[0]["lastSeen"]


def test_role_at_date_before_any_evidence_is_empty(graph_file: Path) -> None:
    assert rows(graph_file, "role_at_date", orgName="KPU Kota Semarang", role="Ketua", date="2024-01-01") == []


def test_role_span_gives_first_and_last_seen(graph_file: Path) -> None:
    found = rows(graph_file, "role_span", orgName="KPU Provinsi Jawa Tengah", unitName=HUKUM)
    assert [(r["name"], r["role"], r["firstSeen"], r["lastSeen"], r["articles"]) for r in found] == [
        ("Sari Wulandari", "Anggota", "2024-10-05", "2025-11-05", "2")
    ]


@pytest.fixture(scope="module")
def examples_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("examples") / "examples.trig"
    path.write_bytes(serialize(pipeline.run([EXAMPLES]).graph, ".trig"))
    return path


@pytest.mark.parametrize("name", ["speakers_by_series", "co_appearance"])
def test_network_queries_run_on_the_sample(examples_file: Path, name: str) -> None:
    found = rows(examples_file, name)
    assert found, f"{name} gave no rows on the sample"


def test_rulings_roll_up_to_the_province(examples_file: Path) -> None:
    short = rows(examples_file, "rulings_by_province", provinceName="Jawa Tengah")
    long = rows(examples_file, "rulings_by_province", provinceName="Provinsi Jawa Tengah")
    assert short and [r["rulingLabel"] for r in short] == [r["rulingLabel"] for r in long]
    assert rows(examples_file, "rulings_by_province", provinceName="Papua") == []


def test_forums_roll_up_to_the_province_through_members(examples_file: Path) -> None:
    found = rows(examples_file, "forums_by_province", provinceName="Sumatera Barat")
    assert [(r["seriesName"], r["satkerName"], r["people"], r["capacities"]) for r in found] == [
        ("Kamis Sesuatu", "KPU Provinsi Sumatera Barat", "Hamdan", "speaker")
    ]


def test_role_at_date_cites_the_latest_statement(graph_file: Path) -> None:
    (found,) = rows(graph_file, "role_at_date", orgName="KPU Kota Semarang", role="Ketua", date="2025-05")
    assert (found["name"], found["statedOn"], found["article"]) == (
        "Andi Saputra",
        "2025-03-05",
        str(ID["article/peran-2"]),
    )
