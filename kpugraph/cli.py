"""The command line: thin click adapters over the library. Business logic lives elsewhere."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import KpugraphError

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("kpugraph")


def reports_errors(func: F) -> F:
    """Turn library errors into one-line messages with exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KpugraphError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        if "=" not in v:
            raise click.BadParameter(f"{v!r}: expected NAME=VALUE", param_hint="--param")
        k, _, val = v.partition("=")
        out[k.strip().lstrip("?")] = val
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kpugraph")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """kpugraph: KPU news articles -> an RDF knowledge graph you can query, export and explore.

    \b
    Examples:
      kpugraph build examples -o kpu.ttl --html explorer.html
      kpugraph queries
      kpugraph query memberships -g kpu.ttl --format csv
      kpugraph export kpu.ttl -o kpu.graphml
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)


def _progress_bar(total: int, quiet: bool):  # -> (callback, closer)
    if quiet or not sys.stderr.isatty() or total < 20:
        return None, lambda: None
    bar = click.progressbar(length=total, label="extracting", file=sys.stderr)
    bar.__enter__()
    return bar.update, lambda: bar.__exit__(None, None, None)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Graph file to write; the format follows the extension (.ttl .nt .trig .nq .jsonld).",
)
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path), help="Also write the explorer page here.")
@click.option("--strict", is_flag=True, help="Fail on the first unreadable record instead of skipping it.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@reports_errors
def build(inputs: tuple[Path, ...], output: Path, html: Path | None, strict: bool, quiet: bool) -> None:
    """Build the knowledge graph from article files and folders (searched recursively).

    Reads .txt pages (listing or single article), .jsonl (one article per line with title and
    text) and saved .html pages. Bad records are reported on stderr and skipped (--strict fails).

    \b
    Example:
      kpugraph build examples -o out/kpu.ttl --html out/explorer.html
    """
    from . import export, pipeline

    export.check_suffix(output)
    if html is not None and html.suffix.lower() not in (".html", ".htm"):
        raise click.BadParameter(f"{html}: the explorer page must end in .html", param_hint="--html")
    for path in (output, html):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
    result = pipeline.build_file(inputs, output, html=html, strict=strict)  # large inputs stream to the file
    if not quiet:
        triples = result.triples
        click.echo(f"built {result.articles} articles, {triples} triples -> {output}", err=True)
        if result.skipped:
            click.echo(f"skipped {len(result.skipped)} record(s); see the warnings above", err=True)
        if html is not None:
            click.echo(f"explorer page -> {html} (open it in a browser; works offline)", err=True)
        click.echo(f"next: kpugraph query memberships -g {output}", err=True)


@cli.command()
@click.argument("name")
@click.option("-g", "--graph", "graph", required=True, type=click.Path(path_type=Path), help="Graph file to query.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output format (json = SPARQL 1.1 Query Results JSON).",
)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query variable to a literal value (repeatable).",
)
@reports_errors
def query(name: str, graph: Path, fmt: str, params: tuple[str, ...]) -> None:
    """Run a saved query (see `kpugraph queries`) or a .rq file; rows go to stdout.

    \b
    Examples:
      kpugraph query memberships -g kpu.ttl --format csv
      kpugraph query person_timeline -g kpu.ttl --param name="Rina Wulandari"
      kpugraph query my-question.rq -g kpu.trig --format json
    """
    from . import query as q

    label, sparql = q.resolve_query(name)
    store = q.load_store(graph)
    result = q.run_query(store, sparql, label=label, params=_params(params))
    click.echo(q.format_result(result, fmt), nl=False)


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write: .ttl .nt .trig .nq .jsonld, or .graphml / .gexf for Gephi.",
)
@reports_errors
def export(graph: Path, output: Path) -> None:
    """Convert a graph file to another RDF syntax, or to GraphML / GEXF for Gephi.

    \b
    Examples:
      kpugraph export kpu.trig -o kpu.nq
      kpugraph export kpu.ttl -o kpu.gexf
    """
    from . import export as ex

    ex.check_suffix(output, ex.ALL_SUFFIXES)
    ds = ex.load_dataset(graph)
    ex.write_atomic(output, ex.export_bytes(ds, output))
    click.echo(f"wrote {output}", err=True)


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML page to write."
)
@click.option("--focus", help="Start from this entity (a name or label) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(1, 3), default=2, show_default=True, help="Hops around --focus.")
@click.option(
    "--max-nodes",
    type=click.IntRange(10, 100000),
    default=1500,
    show_default=True,
    help="Node budget: larger graphs start from a reduced view of the most connected nodes.",
)
@reports_errors
def explore(graph: Path, output: Path, focus: str | None, depth: int, max_nodes: int) -> None:
    """Write the interactive, offline graph explorer (one self-contained HTML file).

    \b
    Example:
      kpugraph explore kpu.ttl -o explorer.html --focus "Rina Wulandari" --depth 2
    """
    from . import export as ex
    from . import visualize

    ds = ex.load_dataset(graph)
    page = visualize.explorer_html(ds, focus=focus, depth=depth, max_nodes=max_nodes)
    ex.write_atomic(output, page)
    click.echo(f"explorer page -> {output}", err=True)


@cli.command("queries")
@reports_errors
def list_queries() -> None:
    """List the saved queries with their one-line descriptions.

    \b
    Example:
      kpugraph queries
    """
    from .query import saved_queries

    qs = saved_queries()
    width = max(len(q.name) for q in qs)
    for q in qs:
        extra = f"  [params: {', '.join(q.params)}]" if q.params else ""
        click.echo(f"{q.name.ljust(width)}  {q.description}{extra}")


def main() -> None:
    """Console entry point."""
    cli(prog_name="kpugraph")


# The service and validation commands live in their own modules; importing them registers them.
from . import cli_service, cli_validate  # noqa: E402,F401
