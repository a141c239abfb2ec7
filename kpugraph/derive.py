"""Cross-article facts: role spans over time, seats (org:Post), merge and ruling-link evidence.

Everything here goes into the named graph `id/graph/derived` (`build.derived_quads`), each fact
with `prov:wasDerivedFrom` the articles it rests on. IRIs and literals are written with the
helpers of `build`, so a derived node is the same node the per-article graphs describe.

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
from collections.abc import Iterator
from datetime import date

from rdflib import URIRef

from .build import (
    _date,
    _hash,
    _idr,
    _iri,
    _KPU_unit,
    _ORG_member,
    _ORG_Membership,
    _ORG_organization,
    _ORG_role,
    _PROV_wasDerivedFrom,
    _RDF_type,
    _SKOS_prefLabel,
    _text,
    article_iri,
    person_iri,
    slugify,
)
from .models import Org, Resolution
from .vocab import ID, KPU, ORG, TIME

# Offices one person holds at a time in a body: their seat is an org:Post even without a unit.
SINGULAR_ROLES = frozenset(
    {"Ketua", "Wakil Ketua", "Sekretaris", "Sekretaris Jenderal", "Ketua Umum", "Inspektur Utama", "Kepala"}
)

_Key = tuple[str, str, str, str]  # (person, org key, role, unit)
_KPU_firstSeen = f"<{KPU.firstSeen}>"
_KPU_lastSeen = f"<{KPU.lastSeen}>"
_KPU_mergeReason = f"<{KPU.mergeReason}>"
_KPU_mergedFrom = f"<{KPU.mergedFrom}>"
_ORG_Post = f"<{ORG.Post}>"
_ORG_heldBy = f"<{ORG.heldBy}>"
_ORG_holds = f"<{ORG.holds}>"
_ORG_memberDuring = f"<{ORG.memberDuring}>"
_ORG_postIn = f"<{ORG.postIn}>"
_TIME_Interval = f"<{TIME.Interval}>"


def post_iri(org_key: str, role: str, unit: str | None) -> URIRef:
    """The IRI of a seat: id/post/kpu-33/ketua, id/post/kpu-33/anggota-divisi-hukum-dan-pengawasan."""
    tail = slugify(role) + (f"-{slugify(unit)}" if unit else "")
    return ID[f"post/{org_key}/{tail}"]


def _unit(org_key: str, unit: str) -> str:
    return _idr(f"unit/{org_key or 'unknown'}/{slugify(unit)}")


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


def derived_triples(resolution: Resolution) -> Iterator[tuple[str, str, str]]:
    """The cross-article facts of `resolution` as (subject, predicate, object) in N-Quads syntax."""
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
    posts: dict[str, tuple[str, str, str]] = {}
    holders: dict[str, set[str]] = defaultdict(set)
    for (person, orgkey, role, unit), seen in sorted(_fold_units(spans).items()):
        key = _hash(person, orgkey, role, unit)
        node = _idr(f"membership/{key}")
        who = _iri(person_iri(person))
        yield (node, _RDF_type, _ORG_Membership)
        yield (node, _ORG_member, who)
        yield (node, _ORG_role, _idr(f"role/{slugify(role)}"))
        if orgkey:
            yield (node, _ORG_organization, _idr(f"org/{orgkey}"))
        if unit:
            yield (node, _KPU_unit, _unit(orgkey, unit))
        dates = sorted(d for d, _ in seen if d != date.min)
        if dates:
            interval = _idr(f"interval/{key}")
            first, last = _date(dates[0]), _date(dates[-1])
            yield (node, _ORG_memberDuring, interval)
            yield (interval, _RDF_type, _TIME_Interval)
            yield (interval, _KPU_firstSeen, first)
            yield (interval, _KPU_lastSeen, last)
            yield (node, _KPU_firstSeen, first)
            yield (node, _KPU_lastSeen, last)
        for art_id in sorted({a for _, a in seen}):
            yield (node, _PROV_wasDerivedFrom, _iri(article_iri(art_id)))
        if orgkey and (unit or role in SINGULAR_ROLES):
            post = _iri(post_iri(orgkey, role, unit or None))
            posts[post] = (orgkey, role, unit)
            holders[post].add(person)
            yield (who, _ORG_holds, post)
    for post, (orgkey, role, unit) in sorted(posts.items()):
        yield (post, _RDF_type, _ORG_Post)
        yield (post, _ORG_role, _idr(f"role/{slugify(role)}"))
        yield (post, _ORG_postIn, _unit(orgkey, unit) if unit else _idr(f"org/{orgkey}"))
        org_name = orgs[orgkey].name if orgkey in orgs else orgkey
        yield (post, _SKOS_prefLabel, _text(f"{role} {org_name}" + (f" {unit}" if unit else "")))
        for person in sorted(holders[post]):
            yield (post, _ORG_heldBy, _iri(person_iri(person)))
    for variant, canonical, reason in resolution.merges:
        node = _iri(person_iri(canonical))
        yield (node, _KPU_mergedFrom, _text(variant))
        yield (node, _KPU_mergeReason, _text(f"{variant} -> {canonical}: {reason}"))
    for mention, identifier in resolution.ruling_links:
        node = _idr(f"ruling/{slugify(identifier)}")
        yield (node, _KPU_mergedFrom, _text(mention))
        why = f"{mention} -> {identifier}: the only numbered ruling of that election in the corpus"
        yield (node, _KPU_mergeReason, _text(why))
