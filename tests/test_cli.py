"""Every command through click's CliRunner: builds, formats, queries, help, and each bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import BAD, DATA, EXAMPLES
from rdflib import Dataset, Graph

from kpugraph.cli import cli
from kpugraph.query import saved_queries

OX_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
RDFLIB_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}


def _invoke(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled sample built once into every RDF syntax."""
    out = tmp_path_factory.mktemp("built")
    paths = {}
    for suffix in OX_FORMATS:
        path = out / f"g{suffix}"
        result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "-o", str(path), "-q"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        paths[suffix] = path
    return paths


@pytest.mark.parametrize("suffix", sorted(OX_FORMATS))
def test_build_output_parses_with_rdflib_and_pyoxigraph(built: dict[str, Path], suffix: str) -> None:
    path = built[suffix]
    quads = list(ox.parse(path=str(path), format=OX_FORMATS[suffix]))
    assert len(quads) > 500
    if suffix in (".trig", ".nq"):
        ds = Dataset()
        ds.parse(path, format=RDFLIB_FORMATS[suffix])
        named = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert any("/id/article/" in g for g in named), "one named graph per article"
        assert "https://w3id.org/kpugraph/id/graph/reference" in named
        assert len({q.graph_name for q in quads}) == len(named)
    else:
        g = Graph().parse(path, format=RDFLIB_FORMATS[suffix])
        assert len(g) == len({(q.subject, q.predicate, q.object) for q in quads})


def test_every_syntax_holds_the_same_triples(built: dict[str, Path]) -> None:
    triples = {}
    for suffix, path in built.items():
        quads = ox.parse(path=str(path), format=OX_FORMATS[suffix])
        triples[suffix] = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads}
    assert len({frozenset(t) for t in triples.values()}) == 1


@pytest.mark.parametrize("suffix", sorted(OX_FORMATS))
def test_building_twice_gives_identical_bytes(built: dict[str, Path], tmp_path: Path, suffix: str) -> None:
    again = tmp_path / f"again{suffix}"
    assert _invoke("build", str(EXAMPLES), "-o", str(again), "-q").exit_code == 0
    assert again.read_bytes() == built[suffix].read_bytes()


PARAM_VALUES = {
    "orgName": "KPU Kota Semarang",
    "name": "Ahmad Zaini",
    "date": "2025-07-18",
    "unitName": "Divisi Hukum dan Pengawasan",
    "provinceName": "Jawa Tengah",
}


def _query_cases() -> list:
    cases = []
    for q in saved_queries():
        for suffix in (".ttl", ".trig"):
            cases.append(pytest.param(q.name, suffix, id=f"{q.name}{suffix}"))
    return cases


@pytest.mark.parametrize(("name", "suffix"), _query_cases())
def test_every_saved_query_runs(built: dict[str, Path], suffix: str, name: str) -> None:
    q = next(q for q in saved_queries() if q.name == name)
    args = ["query", name, "-g", str(built[suffix]), "--format", "json"]
    for p in q.params:
        args += ["--param", f"{p}={PARAM_VALUES.get(p, 'KPU Kota Semarang')}"]
    result = _invoke(*args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"head", "results"}


def test_memberships_has_rows_in_every_format(built: dict[str, Path]) -> None:
    g = str(built[".ttl"])
    table = _invoke("query", "memberships", "-g", g).stdout
    assert table.rstrip().endswith("rows)")
    rows = list(csv.reader(io.StringIO(_invoke("query", "memberships", "-g", g, "--format", "csv").stdout)))
    assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows)
    tsv = _invoke("query", "memberships", "-g", g, "--format", "tsv").stdout.splitlines()
    assert tsv[0].startswith("?") and len(tsv) == len(rows)
    doc = json.loads(_invoke("query", "memberships", "-g", g, "--format", "json").stdout)
    # SPARQL 1.1 Query Results JSON: head.vars, results.bindings of {type, value}
    assert doc["head"]["vars"] == rows[0]
    assert len(doc["results"]["bindings"]) == len(rows) - 1
    for binding in doc["results"]["bindings"]:
        for term in binding.values():
            assert term["type"] in ("uri", "literal", "bnode") and isinstance(term["value"], str)


def test_person_timeline_with_a_param(built: dict[str, Path]) -> None:
    result = _invoke("query", "person_timeline", "-g", str(built[".ttl"]), "--param", "name=Ahmad Zaini", "-f", "csv")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) > 1


def test_query_a_rq_file(built: dict[str, Path], tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    doc = json.loads(_invoke("query", str(rq), "-g", str(built[".trig"]), "-f", "json").stdout)
    assert int(doc["results"]["bindings"][0]["n"]["value"]) > 500


def test_queries_lists_every_saved_query_with_a_description() -> None:
    result = _invoke("queries")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for q in saved_queries():
        line = next(ln for ln in lines if ln.split()[0] == q.name)
        assert q.description and q.description in line


@pytest.mark.parametrize("command", [None, *sorted(cli.commands)])
def test_help_of_every_command_has_an_example(command: str | None) -> None:
    result = _invoke(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert "kpugraph " in result.stdout.split("Example", 1)[1]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".nq", ".ttl"])
def test_export(built: dict[str, Path], tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"x{suffix}"
    result = _invoke("export", str(built[".trig"]), "-o", str(out))
    assert result.exit_code == 0
    assert out.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_build_html_and_jsonl_and_folder_inputs(tmp_path: Path) -> None:
    out = tmp_path / "g.nt"
    result = CliRunner().invoke(cli, ["build", str(DATA / "articles"), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "built 7 articles" in result.stderr
    assert "next: kpugraph query" in result.stderr
    assert result.stdout == ""  # data only on stdout, and build writes none


# --- bad input: one line naming the file, exit 1 (2 for usage), nothing written ---------------


def _fails(tmp_path: Path, args: list[str], code: int = 1) -> str:
    before = sorted(p.name for p in tmp_path.iterdir())
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code, (result.output, result.exception)
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "no output file is created or left"
    err = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert len(err) == 1, result.stderr
    return err[0]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "iconv"),
        ("no-article.txt", "no article found"),
        ("missing-text.jsonl", 'missing "title" or "text"'),
    ],
)
def test_build_bad_input(tmp_path: Path, name: str, words: str) -> None:
    msg = _fails(tmp_path, ["build", str(BAD / name), "-o", str(tmp_path / "g.ttl")])
    assert name in msg and words in msg


def test_build_jsonl_with_one_broken_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(cli, ["build", str(BAD / "one-broken-line.jsonl"), "-o", str(out)])
    assert result.exit_code == 0
    # the warning goes to stderr through logging (pytest's log capture takes it over in tests)
    assert "one-broken-line.jsonl: line 2: broken JSON" in result.stderr + caplog.text
    assert "built 2 articles" in result.stderr and "skipped 1 record" in result.stderr
    labels = " ".join(Graph().parse(out).objects())
    assert "Rapat Koordinasi" in labels and "Bimtek" in labels
    out.unlink()
    msg = _fails(tmp_path, ["build", "--strict", str(BAD / "one-broken-line.jsonl"), "-o", str(out)])
    assert "one-broken-line.jsonl: line 2" in msg


def test_build_missing_path(tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "g.ttl")])
    assert "nowhere: no such file or folder" in msg


def test_build_unknown_output_format(tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["build", str(EXAMPLES), "-o", str(tmp_path / "g.xlsx")])
    assert "g.xlsx" in msg and ".ttl" in msg


def test_build_keeps_an_existing_output_when_it_fails(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    out.write_text("old", encoding="utf-8")
    _fails(tmp_path, ["build", str(BAD / "empty.txt"), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize(
    "args", [["build"], ["build", str(EXAMPLES)], ["query"], ["build", "--nope", "x", "-o", "y.ttl"]]
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_unknown_query_name(built: dict[str, Path], tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["query", "no_such_query", "-g", str(built[".ttl"])])
    assert "no_such_query" in msg and "memberships" in msg


def test_query_with_a_syntax_error(built: dict[str, Path], tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["query", str(BAD / "syntax-error.rq"), "-g", str(built[".ttl"])])
    assert "syntax-error.rq" in msg and "syntax error" in msg


def test_query_on_a_graph_that_is_not_rdf(tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["query", "memberships", "-g", str(BAD / "not-rdf.ttl")])
    assert "not-rdf.ttl" in msg and "not a valid" in msg


def test_query_on_a_missing_graph(tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["query", "memberships", "-g", str(tmp_path / "none.ttl")])
    assert "none.ttl" in msg and "kpugraph build" in msg


def test_export_a_graph_that_is_not_rdf(tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["export", str(BAD / "not-rdf.ttl"), "-o", str(tmp_path / "x.nt")])
    assert "not-rdf.ttl" in msg


def test_unknown_query_name_is_quoted_short_and_escaped(built: dict[str, Path], tmp_path: Path) -> None:
    name = "x\x1b[31m" + "y" * 200
    msg = _fails(tmp_path, ["query", name, "-g", str(built[".ttl"])])
    assert "\x1b" not in msg and "y" * 100 not in msg


def test_unknown_query_name_too_long_for_a_path(built: dict[str, Path], tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["query", "y" * 300, "-g", str(built[".ttl"])])
    assert "unknown query" in msg


def test_build_path_too_long_for_the_file_system(tmp_path: Path) -> None:
    msg = _fails(tmp_path, ["build", "y" * 300, "-o", str(tmp_path / "g.ttl")])
    assert "cannot open" in msg and "y" * 100 not in msg
