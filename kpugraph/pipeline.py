"""run(): read -> segment -> extract -> resolve -> build. The only module that knows the order."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import IO, Any, TypeVar

from rdflib import Dataset

from .build import article_iri, article_quads, build_graph, derived_quads
from .errors import InputError, StageError
from .extract import extract_article
from .models import Article, Extraction, Quote, Resolution
from .parallel import Channel, Owners, can_fork
from .read import Run, date_articles, read_runs
from .resolve import resolve, resolved
from .segment import segment_article

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RunResult:
    graph: Dataset
    articles: int
    skipped: tuple[str, ...]  # one message per skipped file or record
    resolution: Resolution


PARALLEL_MIN = 200  # articles: below this a process pool costs more than it saves
STREAM_MIN = 200  # articles: from here `build_file` streams quads instead of holding an rdflib Dataset
CHUNK = 100  # articles per task sent to a worker process

_WORK: Sequence[Any] = ()  # set just before forking: workers read their slice by index, nothing is pickled in


def _extract_one(a: Article) -> Extraction:
    ex = extract_article(a, segment_article(a))
    if not isinstance(ex, Extraction):
        raise StageError(f"extract returned {type(ex).__name__}, not Extraction")
    return ex


def _extract_range(bounds: tuple[int, int]) -> list[Extraction]:
    return [_extract_one(a) for a in _WORK[bounds[0] : bounds[1]]]


def _extract_runs(bounds: tuple[int, int]) -> list[Extraction]:
    """Date a slice of runs (`read.read_runs`) and extract their articles that are not duplicates."""
    runs: Sequence[Run] = _WORK[bounds[0] : bounds[1]]
    return [_extract_one(a) for run, keep in runs for a, new in zip(date_articles(run), keep, strict=True) if new]


def _emit(exs: Sequence[Extraction], triples: bool) -> tuple[bytes, int, list[str]]:
    """N-Quads (or N-Triples) bytes of resolved extractions, their number of lines, and their
    reference-graph lines."""
    blocks, reference = article_quads(exs)
    lines = sum(map(len, blocks))
    if triples:  # every line of a block ends with " <article IRI> ."
        out = []
        for ex, block in zip(exs, blocks, strict=True):
            cut = len(str(article_iri(ex.article.id))) + 4
            out.extend(line[:-cut] + " ." for line in block)
        return ("\n".join(out) + "\n").encode("utf-8") if out else b"", lines, reference
    return b"".join(("\n".join(block) + "\n").encode("utf-8") for block in blocks if block), lines, reference


def _light(ex: Extraction) -> Extraction:
    """`ex` without what resolve and derive never read: of the article only its id, site and dates; no
    text, sentences, quoted words, organisations (those of memberships stay), event or topics.
    Half the bytes to pickle and unpickle of a copy that kept them."""
    a = ex.article
    article = Article(a.id, "", "", "", site=a.site, published=a.published, event_date=a.event_date)
    quotes = tuple(Quote("", q.speaker, q.span) for q in ex.quotes)
    return replace(ex, article=article, orgs=(), event=None, topics=(), sentences=(), quotes=quotes)


def _own(k: int, n: int, channel: Channel, *, bounds: Sequence[tuple[int, int]], triples: bool) -> None:
    """Owner k of n (`parallel.Owners`) of the slices k, k+n, ... of `_WORK` (runs of articles).

    Sends, slice by slice, the light copies of their extractions; receives what resolve settled
    (`None`: stop); sends, slice by slice, their quads. The full extractions never leave.
    """
    mine: dict[int, list[Extraction]] = {}
    for i in range(k, len(bounds), n):
        mine[i] = _extract_runs(bounds[i])
        channel.send([_light(ex) for ex in mine[i]])
    plan = channel.recv()
    if plan is None:
        return
    mapping, rulings = plan
    for i in range(k, len(bounds), n):
        channel.send(_emit([resolved(ex, mapping, rulings.get(ex.article.id)) for ex in mine.pop(i)], triples))


def default_workers() -> int:
    """Worker processes to use: the CPUs this process may run on (1 where fork is unavailable)."""
    if not can_fork():
        return 1  # workers read their input through fork; elsewhere run serially
    env = os.environ.get("KPUGRAPH_WORKERS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, len(os.sched_getaffinity(0)))


def _in_order(
    func: Callable[[tuple[int, int]], T], work: Sequence[Any], workers: int, size: int | None = None
) -> Iterator[T]:
    """func over consecutive slices of `work`, results in input order, in forked worker processes.

    `size` is the number of articles in `work` when its items are runs of articles (default: one
    article per item); slices then hold whole runs of about CHUNK articles.
    """
    global _WORK
    if size is None:
        size = len(work)
        bounds = [(i, min(len(work), i + CHUNK)) for i in range(0, len(work), CHUNK)]
    else:
        bounds = _run_bounds(work)
    if workers <= 1 or size < PARALLEL_MIN:
        _WORK = work
        try:
            for b in bounds:
                yield func(b)
        finally:
            _WORK = ()
        return
    _WORK = work
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(func, bounds)
    finally:
        _WORK = ()


def _run_bounds(runs: Sequence[Run]) -> list[tuple[int, int]]:
    """Slices of `runs` of whole runs, about CHUNK articles each."""
    bounds, start, count = [], 0, 0
    for i, (run, _) in enumerate(runs):
        count += len(run)
        if count >= CHUNK or i == len(runs) - 1:
            bounds.append((start, i + 1))
            start, count = i + 1, 0
    return bounds


def extract_all(
    articles: Iterable[Article], progress: Progress | None = None, *, workers: int | None = None
) -> list[Extraction]:
    """Segment and extract each article, in worker processes for large inputs; output in input order."""
    work = articles if isinstance(articles, list) else list(articles)
    out: list[Extraction] = []
    for part in _in_order(_extract_range, work, default_workers() if workers is None else workers):
        out.extend(part)
        if progress:
            progress(len(part))
    return out


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (forked workers inherit the pause).

    Extraction, resolve and emit make millions of small objects without reference cycles; each
    collection of the oldest generation walks every live one, which was half of resolve's time
    at 10k articles. Reference counting still frees them all.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _read(paths: Iterable[Path], strict: bool) -> tuple[list[Run], int, list[str]]:
    """The runs of articles under `paths` (undated: workers date them), their number of articles, warnings."""
    paths = list(paths)
    skipped: list[str] = []

    def warn(msg: str) -> None:
        skipped.append(msg)
        log.warning("%s", msg)

    runs = list(read_runs(paths, warn=warn, strict=strict))
    count = sum(sum(keep) for _, keep in runs)
    if not count:
        where = ", ".join(str(p) for p in paths)
        raise InputError(f"{where}: no article found" + (f" ({skipped[0]})" if skipped else ""))
    return runs, count, skipped


def _extract_read(runs: list[Run], count: int, progress: Progress | None, workers: int) -> list[Extraction]:
    out: list[Extraction] = []
    for part in _in_order(_extract_runs, runs, workers, size=count):
        out.extend(part)
        if progress:
            progress(len(part))
    return out


def _resolve(extractions: list[Extraction]) -> Resolution:
    resolution = resolve(extractions)
    if not isinstance(resolution, Resolution):
        raise StageError(f"resolve returned {type(resolution).__name__}, not Resolution")
    return resolution


@_collector_paused()
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
    runs, count, skipped = _read(paths, strict)
    resolution = _resolve(_extract_read(runs, count, progress, default_workers()))
    graph = build_graph(resolution)
    return RunResult(graph, count, tuple(skipped), resolution)


@dataclass(frozen=True, slots=True)
class BuildSummary:
    articles: int
    triples: int  # statements in the graph (quads: one per named graph a triple is in)
    skipped: tuple[str, ...]
    streamed: bool  # True when the quads went straight to the file (large inputs)


@_collector_paused()
def build_file(
    paths: Iterable[Path],
    output: Path,
    *,
    html: Path | None = None,
    strict: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    stream: bool | None = None,
) -> BuildSummary:
    """Build the graph of every article under `paths` and write it to `output` (and the explorer page).

    Small inputs go through an rdflib Dataset and `export.serialize` (canonical, sorted output).
    From `STREAM_MIN` articles on (or with `stream=True`) the quads are streamed to the file without
    an in-memory graph: each article's named graph sorted, in input order, then the reference and
    derived graphs; Turtle, TriG and JSON-LD are written from that by Oxigraph's serialisers. The
    same input always gives the same bytes. Nothing is written unless everything succeeded.

    Args:
        paths: files and folders of articles.
        output: the graph file; the format follows the extension.
        html: also write the explorer page here.
        strict: fail on the first unreadable record instead of skipping it.
        progress: called with the number of articles extracted since the last call.
        workers: extraction processes (default: one per CPU).
        stream: force (True) or forbid (False) streaming; default by input size.

    Returns:
        What was built and written.

    Raises:
        InputError: as `run`, or an output folder that does not exist.
    """
    from . import export

    suffix = export.check_suffix(output)
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{output}: the folder {directory} does not exist")
    clock = _Stages()
    runs, count, skipped = _read(paths, strict)
    clock.done("read")
    nproc = default_workers() if workers is None else workers
    if stream is None:
        stream = count >= STREAM_MIN
    if stream:
        quads = _build_streamed(runs, output, suffix, nproc, clock, progress)
        if html is not None:
            export.write_atomic(html, _explorer(_file_dataset(output)))
            clock.done("explorer")
        return BuildSummary(count, quads, tuple(skipped), True)
    extractions = _extract_read(runs, count, progress, nproc)
    clock.done("extract")
    resolution = _resolve(extractions)
    clock.done("resolve")
    graph = build_graph(resolution)
    clock.done("build")
    data = export.serialize(graph, suffix)
    page = _explorer(graph) if html is not None else None
    export.write_atomic(output, data)
    if page is not None and html is not None:
        export.write_atomic(html, page)
    clock.done("write")
    quads = sum(1 for _ in graph.quads((None, None, None, None)))
    return BuildSummary(count, quads, tuple(skipped), False)


def _build_streamed(
    runs: list[Run], output: Path, suffix: str, workers: int, clock: _Stages, progress: Progress | None
) -> int:
    """Extract, resolve and write the graph of `runs` to `output`; the number of statements written.

    Each worker process owns a share of the articles for the whole build (`_own`): it extracts
    them, sends light copies for resolve, and after resolve writes their quads. Full extractions
    never travel between processes, and the parent never holds them all.
    """
    global _WORK
    bounds = _run_bounds(runs)
    _WORK = runs
    try:
        with Owners(partial(_own, bounds=bounds, triples=suffix == ".nt"), workers) as owners:
            lights: list[Extraction] = []
            for i in range(len(bounds)):
                part = owners.recv(i % owners.n)
                lights.extend(part)
                if progress:
                    progress(len(part))
            clock.done("extract")
            resolution = _resolve(lights)
            del lights
            # resolve may have given an unnumbered ruling its number: send every article's resolved rulings
            rulings = {ex.article.id: ex.rulings for ex in resolution.extractions if ex.rulings}
            owners.send_all((dict(resolution.person_keys), rulings))
            clock.done("resolve")
            chunks = (owners.recv(i % owners.n) for i in range(len(bounds)))
            return _write_streamed(chunks, lambda: derived_quads(resolution), output, suffix, clock)
    finally:
        _WORK = ()


class _Stages:
    """Logs how long each stage took (`kpugraph -v build ...` shows them; the benchmark reads them)."""

    def __init__(self) -> None:
        self.last = time.perf_counter()

    def done(self, stage: str) -> None:
        now = time.perf_counter()
        log.info("stage %s: %.2f s", stage, now - self.last)
        self.last = now


def _explorer(graph: Dataset) -> str:
    from . import visualize

    return visualize.explorer_html(graph)


def _file_dataset(path: Path) -> Dataset:
    """A graph file as an rdflib Dataset over an Oxigraph store (too large for rdflib's memory store)."""
    import oxrdflib
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
    return Dataset(store=oxrdflib.OxigraphStore(store=store))


def _write_streamed(
    chunks: Iterable[tuple[bytes, int, list[str]]],
    derived: Callable[[], list[str]],
    output: Path,
    suffix: str,
    clock: _Stages,
) -> int:
    """Write the quads of `chunks` (bytes, their lines, reference lines), then the reference and `derived`
    graphs, to `output` atomically; the number of statements written."""
    directory = output.parent if str(output.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=directory)
    nq_tmp = None
    count = 0
    try:
        with os.fdopen(fd, "wb") as fh:
            sink = fh
            if suffix not in (".nq", ".nt"):  # Oxigraph serialises from an N-Quads file beside it
                nfd, nq_tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".nq.tmp", dir=directory)
                sink = os.fdopen(nfd, "wb")
            reference: set[str] = set()
            for data, lines, ref in chunks:
                sink.write(data)
                count += lines
                reference.update(ref)
            clock.done("emit")
            tail = sorted(reference) + derived()
            clock.done("derive")
            if suffix == ".nt":
                tail = [_strip_graph(line) for line in tail]
            sink.write("".join(line + "\n" for line in tail).encode("utf-8"))
            count += len(tail)
            if sink is not fh:
                sink.close()
                _oxigraph_convert(Path(nq_tmp), fh, suffix)  # type: ignore[arg-type]
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, output)
        clock.done("write")
    finally:
        for t in (tmp, nq_tmp):
            if t and os.path.exists(t):
                os.unlink(t)
    return count


def _strip_graph(line: str) -> str:
    """An N-Quads line without its graph name (our graph names are IRIs)."""
    head, _, _ = line[:-2].rpartition(" <")
    return head + " ."


def _oxigraph_convert(nq: Path, out: IO[bytes], suffix: str) -> None:
    """Write the N-Quads file `nq` as Turtle, TriG or JSON-LD, streaming (Turtle: the union of the graphs)."""
    import pyoxigraph as ox

    from .vocab import PREFIXES

    fmt = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD}[suffix]
    quads = ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS)
    items: Iterable[Any] = quads if suffix == ".trig" else (q.triple for q in quads)
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    ox.serialize(items, out, fmt, prefixes=prefixes)
