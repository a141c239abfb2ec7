"""Saved and ad-hoc SPARQL over a graph file, with Oxigraph as the query engine.

Parameters are bound as values (SPARQL substitutions), never pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, QueryError, excerpt
from .resources import queries_dir

FORMATS_BY_SUFFIX = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    path: Path
    description: str
    params: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QueryResult:
    variables: tuple[str, ...]
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...], ...]


def saved_queries() -> list[SavedQuery]:
    """The saved queries of `queries/`, sorted by name, with their header descriptions."""
    out = []
    for path in sorted(queries_dir().glob("*.rq")):
        header = []
        params: tuple[str, ...] = ()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            body = line.lstrip("#").strip()
            if body.lower().startswith("params:"):
                params = tuple(re.findall(r"\?(\w+)", body))
            elif body:
                header.append(body)
        out.append(SavedQuery(path.stem, path, header[0] if header else "", params))
    return out


def resolve_query(name_or_path: str) -> tuple[str, str]:
    """(label, SPARQL text) of a saved query name or a `.rq` file path.

    Raises:
        QueryError: an unknown name or an unreadable file.
    """
    p = Path(name_or_path)
    try:
        is_file = p.is_file()
    except OSError:  # a name too long for a path is no file
        is_file = False
    if name_or_path.endswith(".rq") or is_file:
        shown = excerpt(name_or_path, 80)
        if not is_file:
            raise QueryError(f"{shown}: no such query file")
        try:
            return str(p), p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{shown}: cannot read the query ({str(exc)[:120]})") from exc
    known = {q.name: q for q in saved_queries()}
    if name_or_path not in known:
        names = ", ".join(sorted(known))
        raise QueryError(f"unknown query {excerpt(name_or_path)!r}; saved queries are: {names} (or give a .rq file)")
    q = known[name_or_path]
    return q.name, q.path.read_text(encoding="utf-8")


def load_store(path: Path) -> ox.Store:
    """An Oxigraph store: a store directory opened read-only, or a graph file loaded in memory (format by extension)."""
    if Path(path).is_dir():
        from .store import open_store

        return open_store(Path(path), read_only=True)
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if path.suffix.lower() == ".jsonld":
        fmt = ox.RdfFormat.JSON_LD
    if fmt is None:
        raise InputError(f"{path}: unknown graph format (use .ttl, .nt, .trig, .nq, .jsonld or .rdf)")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file (build one with: kpugraph build ARTICLES -o {path})")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            with_union(store, ox.parse(path=str(path), format=fmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"{path}: not a valid graph file ({str(exc).splitlines()[0][:160]})") from exc
    return store


def with_union(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Add every triple of `quads` to the store's default graph, once.

    Queries run on the default graph. Oxigraph's union-of-named-graphs mode matches a triple once
    per graph that holds it, so an entity described in fifty articles would multiply every join
    fifty-fold; a stored union holds each triple once, and GRAPH patterns still see the articles.
    """
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)


def has_default_graph(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def run_query(
    store: ox.Store, sparql: str, *, label: str = "query", params: dict[str, str] | None = None
) -> QueryResult:
    """Run a SELECT (or ASK) query; `params` bind variables to literal values.

    Raises:
        QueryError: a syntax error or a query that is not a SELECT/ASK.
    """
    subs = {ox.Variable(k): ox.Literal(v) for k, v in (params or {}).items()}
    try:
        union = not has_default_graph(store)  # a store written before the stored union
        res = store.query(sparql, use_default_graph_as_union=union, substitutions=subs or None)
    except SyntaxError as exc:
        msg = str(exc).splitlines()[0][:200]
        raise QueryError(f"{label}: SPARQL syntax error: {msg}") from exc
    except RuntimeError as exc:
        if "projection" in str(exc):
            names = ", ".join(f"?{k}" for k in (params or {}))
            raise QueryError(
                f"{label}: a parameter ({names}) must be a variable the query SELECTs; add it to the SELECT clause"
            ) from exc
        raise QueryError(f"{label}: query failed: {str(exc)[:200]}") from exc
    except (OSError, ValueError, TypeError) as exc:
        raise QueryError(f"{label}: query failed: {str(exc)[:200]}") from exc
    if isinstance(res, ox.QueryBoolean):
        return QueryResult(("result",), ((ox.Literal(str(bool(res)).lower()),),))
    if not isinstance(res, ox.QuerySolutions):
        raise QueryError(f"{label}: only SELECT and ASK queries give rows (use export for graphs)")
    names = tuple(v.value for v in res.variables)
    rows = tuple(tuple(sol[n] for n in names) for sol in res)
    return QueryResult(names, rows)


def _plain(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(getattr(term, "value", term))


def format_result(result: QueryResult, fmt: str) -> str:
    """Render rows as table, csv, tsv or json (SPARQL 1.1 Query Results JSON)."""
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow([_plain(t) for t in row])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        for row in result.rows:
            lines.append("\t".join("" if t is None else str(t) for t in row))
        return "\n".join(lines) + "\n"
    if fmt == "json":
        bindings = []
        for row in result.rows:
            b = {}
            for v, t in zip(result.variables, row, strict=True):
                if t is None:
                    continue
                if isinstance(t, ox.NamedNode):
                    b[v] = {"type": "uri", "value": t.value}
                elif isinstance(t, ox.BlankNode):
                    b[v] = {"type": "bnode", "value": t.value}
                else:
                    d: dict[str, str] = {"type": "literal", "value": t.value}
                    if t.language:
                        d["xml:lang"] = t.language
                    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                        d["datatype"] = t.datatype.value
                    b[v] = d
            bindings.append(b)
        return (
            json.dumps(
                {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                ensure_ascii=False,
                indent=1,
            )
            + "\n"
        )
    if fmt == "table":
        cells = [list(result.variables)] + [[_short(_plain(t)) for t in row] for row in result.rows]
        widths = [min(60, max(len(r[i]) for r in cells)) for i in range(len(result.variables))]
        out = []
        for n, r in enumerate(cells):
            out.append("  ".join(c[:60].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
        out.append(f"({len(result.rows)} rows)")
        return "\n".join(out) + "\n"
    raise QueryError(f"unknown format {fmt!r} (use {', '.join(OUTPUT_FORMATS)})")


def _short(value: str) -> str:
    from .vocab import BASE

    return value.replace(BASE + "id/", "kpuid:") if value.startswith(BASE) else value
