"""run(): read -> segment -> extract -> resolve -> build. The only module that knows the order."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from .build import build_graph
from .errors import InputError, StageError
from .extract import extract_article
from .models import Article, Extraction, Resolution
from .read import read_articles
from .resolve import resolve
from .segment import segment_article

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class RunResult:
    graph: Dataset
    articles: int
    skipped: tuple[str, ...]  # one message per skipped file or record
    resolution: Resolution


def extract_all(articles: Iterable[Article], progress: Progress | None = None) -> list[Extraction]:
    """Segment and extract each article."""
    out = []
    for a in articles:
        ex = extract_article(a, segment_article(a))
        if not isinstance(ex, Extraction):
            raise StageError(f"extract returned {type(ex).__name__}, not Extraction")
        out.append(ex)
        if progress:
            progress(1)
    return out


def run(paths: Iterable[Path], *, strict: bool = False, progress: Progress | None = None) -> RunResult:
    """Build the knowledge graph of every article under `paths`.

    Args:
        paths: files and folders of articles.
        strict: fail on the first unreadable record instead of skipping it.
        progress: called with the number of articles done since the last call.

    Returns:
        The graph, the number of articles and the messages about what was skipped.

    Raises:
        InputError: a missing path, an unreadable named file, no article at all, or (strict) any bad record.
    """
    skipped: list[str] = []

    def warn(msg: str) -> None:
        skipped.append(msg)
        log.warning("%s", msg)

    articles = list(read_articles(paths, warn=warn, strict=strict))
    if not articles:
        where = ", ".join(str(p) for p in paths)
        raise InputError(f"{where}: no article found" + (f" ({skipped[0]})" if skipped else ""))
    extractions = extract_all(articles, progress)
    resolution = resolve(extractions)
    if not isinstance(resolution, Resolution):
        raise StageError(f"resolve returned {type(resolution).__name__}, not Resolution")
    graph = build_graph(resolution)
    return RunResult(graph, len(articles), tuple(skipped), resolution)
