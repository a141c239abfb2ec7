"""kpugraph: KPU news articles -> an RDF knowledge graph of people, roles, bodies, events, rulings and topics."""

from __future__ import annotations

import logging

from .errors import InputError, KpugraphError, OntologyError, QueryError

__version__ = "0.1.0"
__all__ = ["KpugraphError", "InputError", "OntologyError", "QueryError", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
