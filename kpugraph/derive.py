"""Cross-article facts: role spans over time, seats (org:Post), merge and ruling-link evidence.

Everything here goes into the named graph `id/graph/derived`, each fact with
`prov:wasDerivedFrom` the articles it rests on. IRIs are minted with the helpers of `build`, so a
derived node is the same node the per-article graphs describe.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from rdflib import Dataset

from .build import DERIVED, _hash, article_iri, lit, person_iri, slugify
from .models import Resolution
from .vocab import ID, KPU, ORG, PROV, RDF, TIME


def derive_graph(ds: Dataset, resolution: Resolution) -> None:
    """Add the cross-article facts of `resolution` to the derived named graph of `ds`.

    Args:
        ds: the dataset `build.build_graph` is filling.
        resolution: the resolved extractions it was built from.
    """
    g = ds.graph(DERIVED)
    spans: dict[tuple[str, str, str, str], list[tuple[date, str]]] = defaultdict(list)
    for ex in resolution.extractions:
        when = ex.article.event_date or ex.article.published
        for m in ex.memberships:
            spans[(m.person, m.org.key if m.org else "", m.role, m.unit or "")].append(
                (when or date.min, ex.article.id)
            )
    for (person, orgkey, role, unit), seen in sorted(spans.items()):
        node = ID[f"membership/{_hash(person, orgkey, role, unit)}"]
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, person_iri(person)))
        g.add((node, ORG.role, ID[f"role/{slugify(role)}"]))
        if orgkey:
            g.add((node, ORG.organization, ID[f"org/{orgkey}"]))
        dates = sorted(d for d, _ in seen if d != date.min)
        if dates:
            interval = ID[f"interval/{_hash(person, orgkey, role, unit)}"]
            g.add((node, ORG.memberDuring, interval))
            g.add((interval, RDF.type, TIME.Interval))
            g.add((interval, KPU.firstSeen, lit(dates[0])))
            g.add((interval, KPU.lastSeen, lit(dates[-1])))
            g.add((node, KPU.firstSeen, lit(dates[0])))
            g.add((node, KPU.lastSeen, lit(dates[-1])))
        for _, art_id in sorted(set(seen)):
            g.add((node, PROV.wasDerivedFrom, article_iri(art_id)))
    for variant, canonical, reason in resolution.merges:
        node = person_iri(canonical)
        g.add((node, KPU.mergedFrom, lit(variant)))
        g.add((node, KPU.mergeReason, lit(f"{variant} -> {canonical}: {reason}")))
