"""Validate a graph against the SHACL shapes of `ontology/shapes.ttl` (pySHACL, no inference).

The shapes describe every class the build produces; `kpugraph validate GRAPH` prints one line
per problem (severity, focus node, path, message) and a summary line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .errors import OntologyError
from .resources import ontology_file
from .vocab import PREFIXES

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Problem:
    """One SHACL validation result."""

    severity: str  # "Violation", "Warning", "Info"
    focus: str  # the node that fails, as a short IRI
    path: str  # the property, as a short IRI ("" for node-level constraints)
    message: str
    value: str = ""  # the offending value, if any


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of validating one graph."""

    conforms: bool  # no violations (warnings allowed)
    problems: tuple[Problem, ...]
    triples: int

    def text(self) -> str:
        """A readable report: one line per problem, then a summary line."""
        lines = []
        for p in self.problems:
            where = f"{p.focus}  {p.path}" if p.path else p.focus
            value = f"  (value: {p.value})" if p.value else ""
            lines.append(f"{p.severity}: {where}: {p.message}{value}")
        violations = sum(p.severity == "Violation" for p in self.problems)
        warnings = len(self.problems) - violations
        nodes = len({p.focus for p in self.problems})
        verdict = "conforms" if self.conforms else "does not conform"
        counts = f"{violations} violation(s), {warnings} warning(s) on {nodes} node(s)"
        lines.append(f"{verdict}: {counts}, {self.triples} triples checked")
        return "\n".join(lines) + "\n"


def _short(term: Node | None) -> str:
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if text.startswith(str(ns)):
                return f"{prefix}:{text[len(str(ns)) :]}"
        return f"<{text}>"
    return text if len(text) <= 80 else text[:77] + "..."


def _union(data: Graph | Dataset) -> Graph:
    if not isinstance(data, Dataset):
        return data
    g = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def load_shapes(path: Path | None = None) -> Graph:
    """The SHACL shapes graph (default: the bundled `ontology/shapes.ttl`).

    Raises:
        OntologyError: a missing or unparsable shapes file.
    """
    path = path or ontology_file("shapes.ttl")
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise OntologyError(f"{path}: not a valid shapes file ({str(exc).splitlines()[0][:160]})") from exc
    return g


def validate_graph(data: Graph | Dataset, shapes: Graph | None = None) -> Report:
    """Check a graph (all named graphs of a dataset together) against the SHACL shapes.

    Args:
        data: the graph or dataset to check.
        shapes: a shapes graph; default the bundled `ontology/shapes.ttl`.

    Returns:
        A Report; `conforms` is False when any result has severity sh:Violation.
    """
    from pyshacl import validate

    graph = _union(data)
    shapes = shapes if shapes is not None else load_shapes()
    _, results, _ = validate(graph, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True)
    problems = []
    for r in results.subjects(SH.resultSeverity, None):
        severity = str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        message = results.value(r, SH.resultMessage)
        problems.append(
            Problem(
                severity=severity,
                focus=_short(results.value(r, SH.focusNode)),
                path=_short(results.value(r, SH.resultPath)),
                message=str(message) if message is not None else _short(results.value(r, SH.sourceConstraintComponent)),
                value=_short(results.value(r, SH.value)),
            )
        )
    problems.sort(key=lambda p: (p.severity != "Violation", p.focus, p.path, p.message, p.value))
    conforms = not any(p.severity == "Violation" for p in problems)
    log.info("validated %d triples: %d problem(s)", len(graph), len(problems))
    return Report(conforms, tuple(problems), len(graph))
