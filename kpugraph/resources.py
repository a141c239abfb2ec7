"""Finds the bundled `ontology/` and `queries/` folders, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

from .errors import OntologyError

_CHECKOUT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The folder `name` ("ontology" or "queries"): the checkout's, else the installed copy.

    Raises:
        OntologyError: when neither exists (a broken install).
    """
    local = _CHECKOUT / name
    if local.is_dir() and (_CHECKOUT / "pyproject.toml").is_file():
        return local
    installed = Path(__file__).resolve().parent / f"_{name}"  # where the wheel puts it (pyproject package-dir)
    if installed.is_dir():
        return installed
    raise OntologyError(f"cannot find the {name}/ folder (looked in {local} and the installed package)")


def ontology_file(filename: str) -> Path:
    """A file of `ontology/`."""
    path = data_dir("ontology") / filename
    if not path.is_file():
        raise OntologyError(f"{path}: missing vocabulary file (reinstall kpugraph)")
    return path


def queries_dir() -> Path:
    """The folder of saved `.rq` queries."""
    return data_dir("queries")
