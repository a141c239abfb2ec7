"""pipeline.run end to end on the sample and the test articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BAD, DATA, EXAMPLES
from rdflib import Dataset
from rdflib.term import BNode

from kpugraph import pipeline
from kpugraph.errors import InputError
from kpugraph.models import Resolution


def test_run_on_the_sample() -> None:
    result = pipeline.run([EXAMPLES])
    assert result.articles == 12
    assert result.skipped == ()
    assert isinstance(result.graph, Dataset) and isinstance(result.resolution, Resolution)
    assert len(result.graph) > 500


def test_run_on_every_reader_form() -> None:
    result = pipeline.run([DATA / "articles"])
    assert result.articles == 7
    graphs = {str(g.identifier) for g in result.graph.graphs() if len(g)}
    assert sum("/id/article/" in g for g in graphs) == 7


def test_no_blank_nodes_in_the_graph() -> None:
    graph = pipeline.run([EXAMPLES, DATA / "articles"]).graph
    assert not any(isinstance(t, BNode) for q in graph.quads((None, None, None, None)) for t in q[:3])


def test_bad_record_is_skipped_and_counted() -> None:
    result = pipeline.run([BAD / "one-broken-line.jsonl"])
    assert result.articles == 2
    assert len(result.skipped) == 1 and "line 2" in result.skipped[0]


def test_strict_raises() -> None:
    with pytest.raises(InputError, match="line 2"):
        pipeline.run([BAD / "one-broken-line.jsonl"], strict=True)


def test_nothing_to_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="no article found"):
        pipeline.run([tmp_path])
