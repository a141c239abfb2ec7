"""The offline graph explorer (placeholder until issue 8 lands: a plain pyvis page)."""

from __future__ import annotations

from rdflib import Dataset, Graph


def explorer_html(graph: Graph | Dataset, *, focus: str | None = None, depth: int = 2, max_nodes: int = 1500) -> str:
    from html import escape

    from .export import to_networkx

    net = to_networkx(graph)
    items = "".join(f"<li>{escape(d.get('label', n))}</li>" for n, d in list(net.nodes(data=True))[:max_nodes])
    return f"<!doctype html><meta charset=utf-8><title>kpugraph</title><ul>{items}</ul>"
