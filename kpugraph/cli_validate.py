"""`kpugraph validate`: check a graph file against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click

from .cli import cli, reports_errors


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Shapes file (default: bundled)."
)
@reports_errors
def validate(graph: Path, shapes: Path | None) -> None:
    """Validate a graph against the SHACL shapes (exit 0 when it conforms, 1 when not).

    Prints one line per problem (severity, focus node, property, message) and a summary line.
    Warnings are shown but do not fail validation.

    \b
    Example:
      kpugraph validate out/kpu.trig
    """
    from . import export
    from . import validate as v

    ds = export.load_dataset(graph)
    report = v.validate_graph(ds, v.load_shapes(shapes) if shapes else None)
    click.echo(report.text(), nl=False)
    if not report.conforms:
        raise click.exceptions.Exit(1)
