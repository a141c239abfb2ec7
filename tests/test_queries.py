"""Saved queries: each has a header, parses, and answers on the sample graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES

from kpugraph import export, pipeline, query
from kpugraph.errors import QueryError

SAVED = query.saved_queries()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    path = tmp_path_factory.mktemp("q") / "g.nq"
    export.write_atomic(path, export.serialize(pipeline.run([EXAMPLES]).graph, ".nq"))
    return query.load_store(path)


def test_saved_queries_are_named_in_snake_case_with_a_description() -> None:
    assert len(SAVED) >= 8
    for q in SAVED:
        assert q.name.replace("_", "").isalnum() and q.name == q.name.lower(), q.name
        assert len(q.description) > 15, q.name


@pytest.mark.parametrize("q", SAVED, ids=lambda q: q.name)
def test_saved_query_parses(q: query.SavedQuery) -> None:
    ox.Store().query(q.path.read_text(encoding="utf-8"))  # raises SyntaxError on a broken query


@pytest.mark.parametrize(
    "name", ["articles", "memberships", "mentions", "participation", "events", "rulings", "topics", "quotes"]
)
def test_contract_queries_have_rows_on_the_sample(store: ox.Store, name: str) -> None:
    label, sparql = query.resolve_query(name)
    result = query.run_query(store, sparql, label=label)
    assert result.rows, f"{name} gave no rows on the bundled sample"


def test_unknown_name_lists_the_saved_ones() -> None:
    with pytest.raises(QueryError, match="memberships"):
        query.resolve_query("nope")


def test_missing_rq_file() -> None:
    with pytest.raises(QueryError, match="no such query file"):
        query.resolve_query(str(Path("nowhere.rq")))


def test_syntax_error_names_the_query(store: ox.Store) -> None:
    with pytest.raises(QueryError, match="my.rq: SPARQL syntax error"):
        query.run_query(store, "SELECT ?s WHERE { ?s ", label="my.rq")


@pytest.mark.parametrize("fmt", query.OUTPUT_FORMATS)
def test_formats_of_an_empty_result(store: ox.Store, fmt: str) -> None:
    result = query.run_query(store, "SELECT ?s WHERE { ?s <urn:none> ?o }")
    text = query.format_result(result, fmt)
    assert "s" in text
