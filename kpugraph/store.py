"""A persistent, growing graph: an Oxigraph (pyoxigraph) store directory fed by incremental ingests.

Layout of a store directory (a plain pyoxigraph ``Store(path)``, so any Oxigraph tool opens it):

* one named graph per article (its article IRI), plus ``kpuid:graph/derived`` and
  ``kpuid:graph/reference``: exactly the named graphs ``kpugraph build`` writes;
* the bookkeeping graph ``kpuid:graph/source``: for each article its full record (the ``Article``
  as read, as an ``rdf:JSON`` literal), a content hash and its cached extraction; the code
  fingerprint; and a ``pending`` flag while an ingest is under way. `export`, `push` and
  :func:`named_graph_quads` leave it out.

Why rebuild everything: person names are merged across articles (``resolve``), so adding
article B can rename a person in article A's graph, and role spans in ``graph/derived`` depend on
every article. An ingest therefore rebuilds the whole graph in memory from the stored records plus
the new articles and writes only the difference. Only new and changed articles are extracted: each
article's extraction is cached in the bookkeeping graph with the fingerprint of the code that made
it, so resolve and build run over everything but extraction does not. The store then equals a
fresh ``kpugraph build`` of the same articles; ingesting nothing new writes nothing at all.

Atomicity (each step is one Oxigraph transaction, a single SPARQL Update request):

1. for each new or changed article: its record, its whole named graph and the ``pending`` flag;
2. then every other graph that differs (renamed people, derived, reference), clearing ``pending``.

A run killed between transactions leaves a store that opens and answers queries, in which every
article is either whole (record and graph) or absent; ``pending`` tells the next ingest to
recompute, so re-running completes it even when it brings nothing new.

The store also records a fingerprint of the code and vocabularies it was built with; after an
upgrade (or an edit of ``ontology/``) the next ingest recomputes every graph.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import models
from .errors import InputError, KpugraphError
from .models import Article, Extraction

log = logging.getLogger(__name__)

ID = "https://w3id.org/kpugraph/id/"
STORE_NS = "https://w3id.org/kpugraph/store#"  # store-internal bookkeeping terms, never exported
SOURCE = ox.NamedNode(ID + "graph/source")
RECORD = ox.NamedNode(STORE_NS + "record")
CONTENT_HASH = ox.NamedNode(STORE_NS + "contentHash")
PENDING = ox.NamedNode(STORE_NS + "pending")
BUILT_WITH = ox.NamedNode(STORE_NS + "builtWith")  # fingerprint of the code and vocabularies
EXTRACTION = ox.NamedNode(STORE_NS + "extraction")  # cached extraction, with the fingerprint that made it
RDF_JSON = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
TRUE = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))

Progress = Callable[[int], None]
GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


class StoreError(KpugraphError):
    """A store directory that cannot be opened or written."""


@dataclasses.dataclass(frozen=True, slots=True)
class IngestResult:
    added: int  # articles new to the store
    replaced: int  # articles whose content changed
    unchanged: int  # articles read again with the same content
    articles: int  # articles in the store afterwards
    quads_added: int
    quads_removed: int
    skipped: tuple[str, ...]  # one message per skipped file or record

    @property
    def changed(self) -> bool:
        return bool(self.quads_added or self.quads_removed)


# -- article records -------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return {"@date": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"@" + type(value).__name__: fields}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict) and len(value) == 1:
        (key, inner), = value.items()
        if key == "@date":
            return date.fromisoformat(inner)
        cls = getattr(models, key[1:], None) if key.startswith("@") else None
        if dataclasses.is_dataclass(cls) and isinstance(cls, type):
            names = {f.name for f in dataclasses.fields(cls)}
            return cls(**{k: _decode(v) for k, v in inner.items() if k in names})
    return value


def article_record(article: Article) -> str:
    """The article as canonical JSON: everything the graph is built from, and nothing else."""
    return json.dumps(_encode(article), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def article_from_record(record: str) -> Article:
    """The inverse of :func:`article_record`."""
    art = _decode(json.loads(record))
    if not isinstance(art, Article):
        raise StoreError(f"a stored article record is not an Article: {record[:80]!r}")
    return art


def content_hash(record: str) -> str:
    return hashlib.sha256(record.encode("utf-8", "surrogatepass")).hexdigest()


# -- opening ------------------------------------------------------------------------------------


def is_store(path: Path) -> bool:
    """True if `path` is a directory holding an Oxigraph store (RocksDB's CURRENT file)."""
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """Open (and with `read_only` off, create) the store directory `path`.

    Raises:
        StoreError: not a store, or locked by another writer.
    """
    path = Path(path)
    if read_only and not is_store(path):
        raise StoreError(f"{path}: not a kpugraph store (create one with: kpugraph ingest ARTICLES --store {path})")
    if not read_only and path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store directory")
    if not read_only and path.is_dir() and any(path.iterdir()) and not is_store(path):
        raise StoreError(f"{path}: the folder is not empty and is not a store (give a new or empty folder)")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        hint = " (is another kpugraph ingest or serve --allow-update using it?)" if "lock" in str(exc).lower() else ""
        raise StoreError(f"{path}: cannot open the store: {str(exc).splitlines()[0][:160]}{hint}") from exc


def named_graph_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every quad of the store's named graphs except the bookkeeping graph."""
    for q in store.quads_for_pattern(None, None, None, None):
        if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != SOURCE:
            yield q


def dataset_nquads(path: Path) -> bytes:
    """The store's graphs (not the bookkeeping graph) as N-Quads, opened read-only."""
    store = open_store(path, read_only=True)
    return ox.serialize(named_graph_quads(store), format=ox.RdfFormat.N_QUADS) or b""


def stored_records(store: ox.Store) -> dict[ox.NamedNode, tuple[str, str]]:
    """article IRI -> (content hash, record JSON) for every stored article."""
    hashes: dict[Any, str] = {}
    records: dict[Any, str] = {}
    for q in store.quads_for_pattern(None, CONTENT_HASH, None, SOURCE):
        hashes[q.subject] = q.object.value
    for q in store.quads_for_pattern(None, RECORD, None, SOURCE):
        records[q.subject] = q.object.value
    return {s: (hashes.get(s, ""), records[s]) for s in records}


def is_pending(store: ox.Store) -> bool:
    return any(True for _ in store.quads_for_pattern(SOURCE, PENDING, None, SOURCE))


def code_fingerprint() -> str:
    """A hash of the package's modules and vocabulary files: what a build's output depends on."""
    from .resources import data_dir

    h = hashlib.sha256()
    files = sorted(Path(__file__).resolve().parent.glob("*.py")) + sorted(data_dir("ontology").iterdir())
    for f in files:
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _built_with(store: ox.Store) -> set[ox.Quad]:
    return set(store.quads_for_pattern(SOURCE, BUILT_WITH, None, SOURCE))


# -- writing ------------------------------------------------------------------------------------


def _data_block(quads: Iterable[ox.Quad]) -> str:
    by_graph: dict[Any, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[q.graph_name].append(f"{q.subject} {q.predicate} {q.object} .")
    parts = [
        "\n".join(lines) if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}"
        for g, lines in by_graph.items()
    ]
    return "\n".join(parts)


def apply_changes(store: ox.Store, remove: Iterable[ox.Quad], add: Iterable[ox.Quad]) -> None:
    """Remove then add quads in ONE transaction (a single SPARQL Update request).

    The terms are written by pyoxigraph's own N-Triples serialiser (escaped), never from user text.
    """
    remove, add = list(remove), list(add)
    ops = []
    if remove:
        ops.append("DELETE DATA {\n" + _data_block(remove) + "\n}")
    if add:
        ops.append("INSERT DATA {\n" + _data_block(add) + "\n}")
    if ops:
        store.update(" ;\n".join(ops))


def _graph_quads(store: ox.Store, graph: GraphName) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, graph))


def _build_quads(extractions: list[Extraction]) -> dict[Any, set[ox.Quad]]:
    """The quads of a fresh build of the articles of `extractions`, by graph name.

    Uses build's N-Quads emitters (the quads `build_graph` holds, without an rdflib graph).
    """
    from .build import article_quads, derived_quads
    from .resolve import resolve

    resolution = resolve(extractions)
    blocks, reference = article_quads(resolution.extractions)
    lines = [line for block in blocks for line in block] + sorted(set(reference)) + derived_quads(resolution)
    out: dict[Any, set[ox.Quad]] = defaultdict(set)
    for q in ox.parse(("\n".join(lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        out[q.graph_name].add(q)
    return out


def _extraction_quad(iri: ox.NamedNode, ex: Extraction, fingerprint: str) -> ox.Quad:
    data = {"builtWith": fingerprint, "extraction": _encode(ex)}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return ox.Quad(iri, EXTRACTION, ox.Literal(text, datatype=RDF_JSON), SOURCE)


def _cached_extractions(store: ox.Store, fingerprint: str) -> dict[Any, Extraction]:
    """Stored extractions made by the current code (others are stale and ignored)."""
    out: dict[Any, Extraction] = {}
    for q in store.quads_for_pattern(None, EXTRACTION, None, SOURCE):
        try:
            data = json.loads(q.object.value)
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("builtWith") == fingerprint:
            ex = _decode(data.get("extraction"))
            if isinstance(ex, Extraction):
                out[q.subject] = ex
    return out


def _source_quads(iri: ox.NamedNode, record: str) -> set[ox.Quad]:
    return {
        ox.Quad(iri, RECORD, ox.Literal(record, datatype=RDF_JSON), SOURCE),
        ox.Quad(iri, CONTENT_HASH, ox.Literal(content_hash(record)), SOURCE),
    }


def ingest(
    paths: Iterable[Path],
    store_dir: Path,
    *,
    strict: bool = False,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestResult:
    """Add the articles under `paths` to the store in `store_dir` (created if missing).

    Args:
        paths: files and folders of articles, as for `kpugraph build`.
        store_dir: the store directory.
        strict: fail on the first unreadable record instead of skipping it.
        rebuild: recompute every graph even if nothing changed (done anyway when the code or the
            vocabularies changed since the last ingest, or a previous run was killed).
        progress: called with 1 after each article is committed.

    Returns:
        Counts of added, replaced and unchanged articles and of the quads written.

    Raises:
        InputError: no article found, or (strict) a bad record.
        StoreError: the store cannot be opened.
    """
    from .build import article_iri
    from .read import read_articles

    skipped: list[str] = []

    def warn(msg: str) -> None:
        skipped.append(msg)
        log.warning("%s", msg)

    paths = list(paths)
    incoming = list(read_articles(paths, warn=warn, strict=strict)) if paths else []
    if paths and not incoming:
        where = ", ".join(str(p) for p in paths)
        raise InputError(f"{where}: no article found" + (f" ({skipped[0]})" if skipped else ""))
    if not paths and not is_store(Path(store_dir)):
        raise StoreError(f"{store_dir}: no store to rebuild (ingest some articles first)")
    store = open_store(store_dir)
    stored = stored_records(store)
    articles: dict[ox.NamedNode, Article] = {iri: article_from_record(rec) for iri, (_, rec) in stored.items()}
    changed: dict[ox.NamedNode, str] = {}
    added = replaced = unchanged = 0
    for a in incoming:
        iri = ox.NamedNode(str(article_iri(a.id)))
        record = article_record(a)
        old = stored.get(iri)
        if old is not None and old[0] == content_hash(record):
            unchanged += 1
            continue
        if old is None and iri not in changed:
            added += 1
        elif old is not None and iri not in changed:
            replaced += 1
        articles[iri] = a
        changed[iri] = record
    result = dict(added=added, replaced=replaced, unchanged=unchanged, articles=len(articles), skipped=tuple(skipped))
    fp = code_fingerprint()
    fingerprint = {ox.Quad(SOURCE, BUILT_WITH, ox.Literal(fp), SOURCE)}
    if not changed and not rebuild and not is_pending(store) and _built_with(store) == fingerprint:
        log.info("%s: nothing new (%d article(s) already stored)", store_dir, unchanged)
        return IngestResult(quads_added=0, quads_removed=0, **result)  # type: ignore[arg-type]

    from .pipeline import extract_all

    # extract only new, changed or stale articles; the rest come from the cache
    order = sorted(articles, key=lambda n: n.value)
    cache = {} if rebuild else _cached_extractions(store, fp)
    todo = [k for k in order if k in changed or k not in cache]
    fresh = dict(zip(todo, extract_all([articles[k] for k in todo]), strict=True))
    log.info("extracted %d article(s), %d from the cache", len(fresh), len(order) - len(fresh))
    target = _build_quads([fresh[k] if k in fresh else cache[k] for k in order])
    cached_quads = {k: _extraction_quad(k, ex, fp) for k, ex in fresh.items()}
    n_add = n_rm = 0
    pending = ox.Quad(SOURCE, PENDING, TRUE, SOURCE)
    # 1. each new or changed article whole (record + graph) in its own transaction
    for iri, record in changed.items():
        have = _graph_quads(store, iri)
        old_source = set(store.quads_for_pattern(iri, None, None, SOURCE))
        want = target.get(iri, set())
        new_source = _source_quads(iri, record) | {cached_quads[iri]}
        remove = (have - want) | (old_source - new_source)
        add = (want - have) | (new_source - old_source) | {pending}
        apply_changes(store, remove, add)
        n_add += sum(q.graph_name != SOURCE for q in add)  # data quads only, not bookkeeping
        n_rm += sum(q.graph_name != SOURCE for q in remove)
        log.debug("stored article %s", iri.value)
        if progress:
            progress(1)
    # 2. everything else the new articles changed, and clear the pending flag
    remove: set[ox.Quad] = set()
    add: set[ox.Quad] = set()
    graphs = {q.graph_name for q in named_graph_quads(store)} | set(target)
    for g in graphs:
        if g in changed:
            continue
        have = _graph_quads(store, g)
        want = target.get(g, set())
        remove |= have - want
        add |= want - have
    n_add += len(add)
    n_rm += len(remove)
    log.info("recomputed cross-article graphs: +%d -%d quads", len(add), len(remove))
    # the default graph holds the union of the data graphs, each triple once (see query.with_union)
    want_default = {ox.Quad(q.subject, q.predicate, q.object) for qs in target.values() for q in qs}
    have_default = set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    remove |= have_default - want_default
    add |= want_default - have_default
    # bookkeeping, not counted as a change of the data
    for k, quad in cached_quads.items():
        if k not in changed:
            old_quads = set(store.quads_for_pattern(k, EXTRACTION, None, SOURCE))
            remove |= old_quads - {quad}
            add |= {quad} - old_quads
    remove |= _built_with(store) - fingerprint
    add |= fingerprint - _built_with(store)
    remove.add(pending)
    apply_changes(store, remove, add)
    store.flush()
    return IngestResult(quads_added=n_add, quads_removed=n_rm, **result)  # type: ignore[arg-type]
