"""A SPARQL 1.1 Protocol endpoint over a store directory or a graph file (standard library HTTP server).

Routes:

* ``/sparql`` — GET ``?query=``, POST form ``query=``, POST ``application/sparql-query`` body.
  SELECT results as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle or N-Triples;
  chosen by the Accept header (or ``format=json|xml|csv|tsv|ttl|nt``). Updates (form ``update=``
  or ``application/sparql-update``) are refused with 403 unless the server allows them.
* ``/`` and ``/explorer`` — the explorer page of the whole graph.
* ``/queries`` — the saved queries as JSON; ``/queries/<name>?param=value`` runs one, the
  parameters bound as values (SPARQL substitutions), never pasted into the query text.

Every query runs in its own thread with a deadline: the client gets 503 when it passes, and the
evaluation stops at the next result row (an operator that must see all rows first, such as
ORDER BY over a huge join, finishes that operator in the background). Results larger than the
row limit give 413 instead of a silently truncated answer.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from .query import QueryResult, format_result, has_default_graph, saved_queries

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # a query text, not data: bigger requests get 413
SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_PARAM = {  # ?format=NAME (also sent by SPARQLWrapper): media types for results, then for graphs
    "json": ("application/sparql-results+json",),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
    "ttl": ("text/turtle",),
    "turtle": ("text/turtle",),
    "nt": ("application/n-triples",),
    "rdfxml": ("application/rdf+xml",),
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def _text(status: int, message: str) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


def _accepted(accept: str | None) -> list[str]:
    """Media types of an Accept header, best first (stable for equal q)."""
    if not accept:
        return ["*/*"]
    items = []
    for n, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if bits[0] and q > 0:
            items.append((-q, n, bits[0].lower()))
    return [t for _, _, t in sorted(items)] or ["*/*"]


def _negotiate(accept: list[str], offered: dict[str, Any], default: str) -> str | None:
    for t in accept:
        if t in offered:
            return t
        if t in ("*/*", "application/*", "text/*"):
            if t == "*/*" or default.startswith(t[:-1]):
                return default
            prefix = t[:-1]
            for o in offered:
                if o.startswith(prefix):
                    return o
    return None


def _xml_results(result: QueryResult) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f'<variable name="{xml_escape(v)}"/>' for v in result.variables]
    out += ["</head>", "<results>"]
    for row in result.rows:
        out.append("<result>")
        for v, t in zip(result.variables, row, strict=True):
            if t is None:
                continue
            if isinstance(t, ox.NamedNode):
                val = f"<uri>{xml_escape(t.value)}</uri>"
            elif isinstance(t, ox.BlankNode):
                val = f"<bnode>{xml_escape(t.value)}</bnode>"
            elif t.language:
                val = f'<literal xml:lang="{xml_escape(t.language)}">{xml_escape(t.value)}</literal>'
            else:
                val = f'<literal datatype="{xml_escape(t.datatype.value)}">{xml_escape(t.value)}</literal>'
            out.append(f'<binding name="{xml_escape(v)}">{val}</binding>')
        out.append("</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


class _TooLarge(Exception):
    pass


class _Cancelled(Exception):
    pass


_EXPECTED = (SyntaxError, _TooLarge, _Cancelled, RuntimeError, ValueError, TypeError, OSError)


@dataclass
class Endpoint:
    """A store with the limits of one server; `answer` turns a request into a `Response`."""

    store: ox.Store
    timeout: float = 30.0
    max_rows: int = 100_000
    allow_update: bool = False
    _explorer: str | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    # -- queries
    def query(
        self,
        sparql: str,
        accept: list[str],
        *,
        substitutions: dict[ox.Variable, ox.Literal] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Response:
        """Run one query under the deadline and the row limit; the answer in the negotiated format."""
        box: dict[str, Any] = {}
        cancel = threading.Event()
        done = threading.Event()
        started = time.monotonic()

        def work() -> None:
            try:
                box["response"] = self._evaluate(sparql, accept, substitutions, default_graphs, named_graphs, cancel)
            except Exception as exc:  # handed to the request thread, which answers it
                if not isinstance(exc, _EXPECTED):
                    log.exception("error while evaluating a query")
                # the traceback's frames hold pyoxigraph iterators, which must be dropped on this thread
                exc.__traceback__ = None
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=work, name="sparql-query", daemon=True).start()
        if not done.wait(self.timeout):
            cancel.set()
            log.warning("query timed out after %.1f s", time.monotonic() - started)
            return _text(503, f"query timed out after {self.timeout:g} s (add LIMIT or narrow the patterns)")
        if "error" in box:
            exc = box["error"]
            if isinstance(exc, SyntaxError):
                return _text(400, f"bad query: {str(exc).splitlines()[0][:300]}")
            if isinstance(exc, _TooLarge):
                return _text(413, f"the result has more than {self.max_rows} rows (add LIMIT, or raise --max-rows)")
            if isinstance(exc, _Cancelled):
                return _text(503, f"query timed out after {self.timeout:g} s")
            if isinstance(exc, RuntimeError) and "projection" in str(exc):
                # pyoxigraph 0.5 binds a parameter only if the query's SELECT clause lists it
                return _text(400, f"cannot bind the parameter: {str(exc).splitlines()[0][:200]}")
            if isinstance(exc, (ValueError, TypeError, OSError)):
                return _text(400, f"query failed: {str(exc).splitlines()[0][:300]}")
            raise exc
        response: Response = box["response"]
        return response

    def _evaluate(
        self,
        sparql: str,
        accept: list[str],
        substitutions: dict[ox.Variable, ox.Literal] | None,
        default_graphs: list[str] | None,
        named_graphs: list[str] | None,
        cancel: threading.Event,
    ) -> Response:
        kwargs: dict[str, Any] = {"substitutions": substitutions or None}
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        elif self.allow_update or not has_default_graph(self.store):
            # updates write named graphs the stored union would not show (and older stores have none)
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        res = self.store.query(sparql, **kwargs)

        def rows(it: Any) -> list[Any]:
            out = []
            for item in it:
                if cancel.is_set():
                    raise _Cancelled()
                out.append(item)
                if len(out) > self.max_rows:
                    raise _TooLarge()
            return out

        if isinstance(res, ox.QueryBoolean):
            offered = {k: v for k, v in SELECT_TYPES.items() if v in ("json", "xml")}
            kind = _negotiate(accept, offered, SELECT_TYPES_DEFAULT)
            if kind is None:
                return _text(406, "ASK results come as application/sparql-results+json or +xml")
            if SELECT_TYPES[kind] == "xml":
                body = (
                    '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f"<boolean>{str(bool(res)).lower()}</boolean></sparql>\n"
                )
                return Response(200, CONTENT_TYPES["xml"], body.encode("utf-8"))
            return Response(200, CONTENT_TYPES["json"], json.dumps({"head": {}, "boolean": bool(res)}).encode("utf-8"))
        if isinstance(res, ox.QuerySolutions):
            kind = _negotiate(accept, SELECT_TYPES, SELECT_TYPES_DEFAULT)
            if kind is None:
                return _text(406, "SELECT results come as " + ", ".join(SELECT_TYPES))
            names = tuple(v.value for v in res.variables)
            result = QueryResult(names, tuple(tuple(sol[n] for n in names) for sol in rows(res)))
            fmt = SELECT_TYPES[kind]
            text = _xml_results(result) if fmt == "xml" else format_result(result, fmt)
            return Response(200, CONTENT_TYPES[fmt], text.encode("utf-8"))
        kind = _negotiate(accept, GRAPH_TYPES, "text/turtle")
        if kind is None:
            return _text(406, "CONSTRUCT and DESCRIBE results come as text/turtle, application/n-triples or rdf+xml")
        triples = rows(res)
        fmt = GRAPH_TYPES[kind]
        data = ox.serialize(triples, format=fmt, prefixes=_PREFIXES if fmt == ox.RdfFormat.TURTLE else None) or b""
        return Response(200, fmt.media_type + "; charset=utf-8", data)

    def update(self, sparql: str) -> Response:
        """Apply a SPARQL Update, if this server allows updates (403 otherwise)."""
        if not self.allow_update:
            return _text(403, "this endpoint is read-only (start it with --allow-update to accept SPARQL Update)")
        try:
            self.store.update(sparql)
        except SyntaxError as exc:
            return _text(400, f"bad update: {str(exc).splitlines()[0][:300]}")
        except (ValueError, OSError) as exc:
            return _text(400, f"update failed: {str(exc).splitlines()[0][:300]}")
        with self._lock:
            self._explorer = None
        return Response(204, "text/plain", b"")

    # -- pages
    def explorer(self) -> Response:
        """The explorer page of the whole graph, built once and kept."""
        with self._lock:
            if self._explorer is None:
                from .export import dataset_from_quads
                from .store import SOURCE
                from .visualize import explorer_html

                quads = (q for q in self.store.quads_for_pattern(None, None, None, None) if q.graph_name != SOURCE)
                self._explorer = explorer_html(dataset_from_quads(quads))
            page = self._explorer
        return Response(200, "text/html; charset=utf-8", page.encode("utf-8"))

    def queries(self) -> Response:
        """The saved queries: name, description, parameters, and the URL that runs each."""
        items = [
            {"name": q.name, "description": q.description, "params": list(q.params), "url": f"/queries/{q.name}"}
            for q in saved_queries()
        ]
        return Response(200, "application/json", json.dumps(items, ensure_ascii=False, indent=1).encode("utf-8"))

    def saved(self, name: str, params: dict[str, list[str]], accept: list[str]) -> Response:
        """Run the saved query `name`; each URL parameter (but `format`) binds the variable of that name."""
        known = {q.name: q for q in saved_queries()}
        q = known.get(name)
        if q is None:
            return _text(404, f"no saved query {name!r} (see /queries)")
        values = {k: v[-1] for k, v in params.items() if k != "format"}
        unknown = sorted(set(values) - set(q.params))
        if unknown:
            takes = ", ".join(q.params) or "no parameters"
            return _text(400, f"{name}: unknown parameter {unknown[0]!r} (this query takes: {takes})")
        subs = {ox.Variable(k): ox.Literal(v) for k, v in values.items()}
        return self.query(q.path.read_text(encoding="utf-8"), accept, substitutions=subs)


SELECT_TYPES_DEFAULT = "application/sparql-results+json"
_PREFIXES = {
    "kpu": "https://w3id.org/kpugraph/ontology#",
    "kpuid": "https://w3id.org/kpugraph/id/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kpugraph"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
            log.info("%s %s", self.address_string(), format % args)

        def _send(self, r: Response) -> None:
            self.send_response(r.status)
            self.send_header("Content-Type", r.content_type)
            self.send_header("Content-Length", str(len(r.body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            for k, v in r.headers:
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(r.body)

        def _accept(self, params: dict[str, list[str]]) -> list[str]:
            fmt = params.get("format", [""])[-1].lower()
            named = list(FORMAT_PARAM.get(fmt, (fmt,) if "/" in fmt else ()))
            # a format name that does not fit the query kind falls back to the Accept header
            return named + _accepted(self.headers.get("Accept"))

        def _route(self, method: str) -> Response:
            url = urlsplit(self.path)
            params = parse_qs(url.query, keep_blank_values=True)
            path = url.path.rstrip("/") or "/"
            body = b""
            if method == "POST":
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_BODY:
                    return _text(413, f"request body over {MAX_BODY} bytes")
                body = self.rfile.read(length)
            if path in ("/", "/explorer") and method in ("GET", "HEAD"):
                return endpoint.explorer()
            if path == "/queries" and method in ("GET", "HEAD"):
                return endpoint.queries()
            if path.startswith("/queries/") and method in ("GET", "HEAD"):
                return endpoint.saved(unquote(path[len("/queries/") :]), params, self._accept(params))
            if path not in ("/sparql", "/query", "/update"):
                return _text(404, "not found: try /sparql, /queries or /explorer")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if method == "POST" and ctype == "application/x-www-form-urlencoded":
                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                params = {**params, **form}
            elif method == "POST" and ctype == "application/sparql-query":
                params = {**params, "query": [body.decode("utf-8", "replace")]}
            elif method == "POST" and ctype == "application/sparql-update":
                params = {**params, "update": [body.decode("utf-8", "replace")]}
            elif method == "POST":
                return _text(415, "POST a form (query= or update=), application/sparql-query or -update")
            if "update" in params:
                if method != "POST" and endpoint.allow_update:
                    return _text(405, "SPARQL Update must be sent with POST")
                return endpoint.update(params["update"][-1])
            if "query" not in params:
                return _text(400, "missing query: use ?query=SELECT... or POST it")
            return endpoint.query(
                params["query"][-1],
                self._accept(params),
                default_graphs=params.get("default-graph-uri"),
                named_graphs=params.get("named-graph-uri"),
            )

        def _handle(self, method: str) -> None:
            try:
                response = self._route(method)
            except Exception:  # a bug: answer 500 so the client is not left hanging, and log the traceback
                log.exception("error while answering %s %s", method, self.path)
                response = _text(500, "internal error (see the server log)")
            self._send(response)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._handle("GET")

        def do_HEAD(self) -> None:  # noqa: N802
            self._handle("HEAD")

        def do_POST(self) -> None:  # noqa: N802
            self._handle("POST")

    return Handler


def make_server(
    store: ox.Store,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    timeout: float = 30.0,
    max_rows: int = 100_000,
    allow_update: bool = False,
) -> ThreadingHTTPServer:
    """An HTTP server (not yet serving) answering SPARQL over `store`; port 0 picks a free port.

    Args:
        store: the Oxigraph store to query (opened read-only unless updates are allowed).
        host: the address to bind; loopback by default.
        port: the TCP port.
        timeout: seconds a query may run before the client gets 503.
        max_rows: result rows (or triples) above which the client gets 413.
        allow_update: accept SPARQL Update (403 otherwise).

    Returns:
        A ThreadingHTTPServer; call `serve_forever()` on it, `shutdown()` to stop it.
    """
    endpoint = Endpoint(store, timeout=timeout, max_rows=max_rows, allow_update=allow_update)
    server = ThreadingHTTPServer((host, port), _handler(endpoint))
    server.daemon_threads = True
    return server


def serve_forever(server: ThreadingHTTPServer, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C), then close the socket."""
    host, port = server.server_address[:2]
    if on_ready:
        on_ready(f"http://{host}:{port}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
