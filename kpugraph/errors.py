"""The exceptions the library raises; the CLI turns them into one-line messages."""

from __future__ import annotations


class KpugraphError(Exception):
    """Base of every error kpugraph reports to a user (exit status 1)."""


class InputError(KpugraphError):
    """An input file or record that cannot be read as articles."""


class OntologyError(KpugraphError):
    """The ontology or a vocabulary file is missing or broken."""


class QueryError(KpugraphError):
    """A saved query that is unknown, or a SPARQL text that does not parse or run."""


class StageError(KpugraphError):
    """A pipeline stage returned something other than its contract says (a bug)."""


def excerpt(text: str, limit: int = 40) -> str:
    """A short, escaped excerpt of untrusted input, safe to put in a one-line message."""
    cut = text[:limit]
    shown = cut.encode("unicode_escape").decode("ascii")
    return shown + ("..." if len(text) > limit else "")
