"""Commands for the graph as a service: ingest into a store, serve SPARQL, push to a triple store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .cli import cli, reports_errors


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-s", "--store", "store_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Store directory (created if missing).")
@click.option("--strict", is_flag=True, help="Fail on the first unreadable record instead of skipping it.")
@click.option("--rebuild", is_flag=True,
              help="Recompute every graph from the stored articles (automatic after a kpugraph upgrade).")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
@reports_errors
def ingest(inputs: tuple[Path, ...], store_dir: Path, strict: bool, rebuild: bool, quiet: bool) -> None:
    """Add articles to a persistent store; unchanged articles are skipped, changed ones replaced.

    The store is an Oxigraph directory with one named graph per article. Cross-article facts
    (merged names, role spans) are recomputed, so the store always equals a fresh `build` of
    every article it holds. Query it with `kpugraph query NAME -g DIR`.

    \b
    Examples:
      kpugraph ingest examples new-articles.jsonl --store kpu-store
      kpugraph ingest --rebuild --store kpu-store
    """
    from .store import ingest as run_ingest

    if not inputs and not rebuild:
        raise click.UsageError("give article files or folders to ingest (or --rebuild)")
    r = run_ingest(inputs, store_dir, strict=strict, rebuild=rebuild)
    if not quiet:
        click.echo(
            f"{store_dir}: {r.added} added, {r.replaced} replaced, {r.unchanged} unchanged; "
            f"{r.articles} articles in the store (+{r.quads_added} -{r.quads_removed} quads)",
            err=True,
        )
        if r.skipped:
            click.echo(f"skipped {len(r.skipped)} record(s); see the warnings above", err=True)


def _source(store_dir: Path | None, graph: Path | None, allow_update: bool = False):  # -> ox.Store
    from .query import load_store
    from .store import open_store

    if (store_dir is None) == (graph is None):
        raise click.UsageError("give exactly one of --store DIR or --graph FILE")
    if store_dir is not None:
        return open_store(store_dir, read_only=not allow_update)
    assert graph is not None
    return load_store(graph)


@cli.command()
@click.option("-s", "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), help="Store directory.")
@click.option("-g", "--graph", type=click.Path(dir_okay=False, path_type=Path),
              help="Or a graph file (loaded in memory).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True,
              help="TCP port (0 = any free port).")
@click.option("--timeout", type=click.FloatRange(0.1, None), default=30.0, show_default=True,
              help="Seconds a query may run before the client gets 503.")
@click.option("--max-rows", type=click.IntRange(1, None), default=100_000, show_default=True,
              help="Result rows (or triples) above which the client gets 413.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update (refused with 403 otherwise).")
@reports_errors
def serve(store_dir: Path | None, graph: Path | None, host: str, port: int, timeout: float, max_rows: int,
          allow_update: bool) -> None:
    """Serve a SPARQL 1.1 endpoint, the explorer page and the saved queries over HTTP.

    /sparql answers GET and POST queries (JSON, XML, CSV, TSV; Turtle or N-Triples for
    CONSTRUCT), /queries lists the saved queries and /queries/NAME?param=value runs one,
    / is the explorer. Read-only unless --allow-update. Stop it with Ctrl-C.

    \b
    Example:
      kpugraph serve --store kpu-store --port 8080
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:8080/sparql
    """
    from . import serve as sv

    store = _source(store_dir, graph, allow_update)
    try:
        server = sv.make_server(store, host=host, port=port, timeout=timeout, max_rows=max_rows,
                                allow_update=allow_update)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc

    def ready(url: str) -> None:
        mode = "read-write" if allow_update else "read-only"
        click.echo(f"serving {store_dir or graph} ({mode}) at {url}/sparql  explorer: {url}/  queries: {url}/queries",
                   err=True)
        sys.stderr.flush()

    sv.serve_forever(server, ready)


@cli.command()
@click.option("-e", "--endpoint", required=True, help="Graph Store HTTP Protocol URL, e.g. http://127.0.0.1:7878/store.")
@click.option("-s", "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), help="Store directory.")
@click.option("-g", "--graph", type=click.Path(dir_okay=False, path_type=Path), help="Or a graph file.")
@click.option("-u", "--user", help="HTTP basic-auth user; the password is read from $KPUGRAPH_PASSWORD.")
@click.option("--timeout", type=click.FloatRange(1, None), default=60.0, show_default=True, help="Seconds per request.")
@reports_errors
def push(endpoint: str, store_dir: Path | None, graph: Path | None, user: str | None, timeout: float) -> None:
    """Send each named graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol, PUT).

    Each graph replaces the graph of the same name on the server; other graphs are left alone.
    Works with Oxigraph, Apache Jena Fuseki, GraphDB and Virtuoso.

    \b
    Example:
      kpugraph push --store kpu-store --endpoint http://127.0.0.1:7878/store
    """
    from . import push as ps

    source = _source(store_dir, graph)
    r = ps.push(ps.graphs_of(source), endpoint, user=user, password=os.environ.get("KPUGRAPH_PASSWORD"),
                timeout=timeout)
    click.echo(f"pushed {r.graphs} graphs, {r.triples} triples -> {endpoint}", err=True)
