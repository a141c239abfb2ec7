"""Cross-article facts: role spans over time, seats (org:Post), merge and ruling-link evidence.

Everything here goes into the named graph `id/graph/derived`, each fact with
`prov:wasDerivedFrom` the articles it rests on. IRIs are minted with the helpers of `build`, so a
derived node is the same node the per-article graphs describe.

- One `org:Membership` per (person, body, role, unit) across all articles, with
  `org:memberDuring` a `time:Interval` whose `kpu:firstSeen`/`kpu:lastSeen` are the dates of the
  first and last article stating it (an article's date: its event date, else its publication
  date). A statement without a unit ("Anggota KPU Kota Semarang") folds into the one with a
  unit when the person is stated to hold that role in exactly one unit of that body.
- One `org:Post` per seat that outlives its holders: a singular office of a body ("Ketua KPU
  Provinsi Jawa Tengah") or a role in a unit ("Anggota ... Divisi Hukum dan Pengawasan", whose
  post is in the unit), with `org:heldBy` every holder seen and `org:holds` back.
- `kpu:mergedFrom` / `kpu:mergeReason` on each person that absorbed a name variant, and on each
  numbered ruling that absorbed an unnumbered mention of the same election.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from rdflib import Dataset, URIRef

from .build import DERIVED, _hash, article_iri, lit, person_iri, slugify
from .models import Org, Resolution
from .vocab import ID, KPU, ORG, PROV, RDF, SKOS, TIME

# Offices one person holds at a time in a body: their seat is an org:Post even without a unit.
SINGULAR_ROLES = frozenset(
    {"Ketua", "Wakil Ketua", "Sekretaris", "Sekretaris Jenderal", "Ketua Umum", "Inspektur Utama", "Kepala"}
)

_Key = tuple[str, str, str, str]  # (person, org key, role, unit)


def post_iri(org_key: str, role: str, unit: str | None) -> URIRef:
    """The IRI of a seat: id/post/kpu-33/ketua, id/post/kpu-33/anggota-divisi-hukum-dan-pengawasan."""
    tail = slugify(role) + (f"-{slugify(unit)}" if unit else "")
    return ID[f"post/{org_key}/{tail}"]


def _unit_iri(org_key: str, unit: str) -> URIRef:
    return ID[f"unit/{org_key or 'unknown'}/{slugify(unit)}"]


def _fold_units(spans: dict[_Key, list[tuple[date, str]]]) -> dict[_Key, list[tuple[date, str]]]:
    """Fold unit-less statements into the person's only unit for that role and body."""
    units: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for person, org, role, unit in spans:
        if unit:
            units[(person, org, role)].add(unit)
    out: dict[_Key, list[tuple[date, str]]] = defaultdict(list)
    for (person, org, role, unit), seen in spans.items():
        known = units.get((person, org, role), set())
        if not unit and len(known) == 1:
            unit = next(iter(known))
        out[(person, org, role, unit)].extend(seen)
    return out


def derive_graph(ds: Dataset, resolution: Resolution) -> None:
    """Add the cross-article facts of `resolution` to the derived named graph of `ds`.

    Args:
        ds: the dataset `build.build_graph` is filling.
        resolution: the resolved extractions it was built from.
    """
    g = ds.graph(DERIVED)
    spans: dict[_Key, list[tuple[date, str]]] = defaultdict(list)
    orgs: dict[str, Org] = {}
    for ex in resolution.extractions:
        when = ex.article.event_date or ex.article.published
        for m in ex.memberships:
            if m.org:
                orgs.setdefault(m.org.key, m.org)
            spans[(m.person, m.org.key if m.org else "", m.role, m.unit or "")].append(
                (when or date.min, ex.article.id)
            )
    posts: dict[URIRef, tuple[str, str, str]] = {}
    holders: dict[URIRef, set[str]] = defaultdict(set)
    for (person, orgkey, role, unit), seen in sorted(_fold_units(spans).items()):
        node = ID[f"membership/{_hash(person, orgkey, role, unit)}"]
        who = person_iri(person)
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, who))
        g.add((node, ORG.role, ID[f"role/{slugify(role)}"]))
        if orgkey:
            g.add((node, ORG.organization, ID[f"org/{orgkey}"]))
        if unit:
            g.add((node, KPU.unit, _unit_iri(orgkey, unit)))
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
        if orgkey and (unit or role in SINGULAR_ROLES):
            post = post_iri(orgkey, role, unit or None)
            posts[post] = (orgkey, role, unit)
            holders[post].add(person)
            g.add((who, ORG.holds, post))
    for post, (orgkey, role, unit) in sorted(posts.items()):
        g.add((post, RDF.type, ORG.Post))
        g.add((post, ORG.role, ID[f"role/{slugify(role)}"]))
        g.add((post, ORG.postIn, _unit_iri(orgkey, unit) if unit else ID[f"org/{orgkey}"]))
        org_name = orgs[orgkey].name if orgkey in orgs else orgkey
        g.add((post, SKOS.prefLabel, lit(f"{role} {org_name}" + (f" {unit}" if unit else ""))))
        for person in sorted(holders[post]):
            g.add((post, ORG.heldBy, person_iri(person)))
    for variant, canonical, reason in resolution.merges:
        node = person_iri(canonical)
        g.add((node, KPU.mergedFrom, lit(variant)))
        g.add((node, KPU.mergeReason, lit(f"{variant} -> {canonical}: {reason}")))
    for mention, identifier in resolution.ruling_links:
        node = ID[f"ruling/{slugify(identifier)}"]
        g.add((node, KPU.mergedFrom, lit(mention)))
        g.add(
            (
                node,
                KPU.mergeReason,
                lit(f"{mention} -> {identifier}: the only numbered ruling of that election in the corpus"),
            )
        )
