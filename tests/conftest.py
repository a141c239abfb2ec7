"""Shared fixtures: invented articles, a CLI runner, the bundled sample and ../shared (optional)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kpugraph.models import Article
from kpugraph.read import make_article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"
BAD = DATA / "bad"
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
DEV_GOLD = SHARED / "gold" / "dev"

needs_shared = pytest.mark.skipif(not DEV_GOLD.is_dir(), reason="../shared (development set) is not present")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def article(text: str, title: str = "Judul Berita Uji", site: str | None = "kota-contoh.kpu.go.id") -> Article:
    """An invented article, metadata read the way the readers read it."""
    from kpugraph.read import date_articles

    return date_articles([make_article(title, text, "test", site=site)])[0]


def sorted_nt(graph: Graph) -> str:
    return "\n".join(sorted(graph.serialize(format="nt").splitlines()))
