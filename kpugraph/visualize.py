"""The offline graph explorer: one self-contained HTML page (vis-network via pyvis, no network access).

The page shows the entities of the graph (people, bodies, units, events, series, rulings,
elections, topics, places, and articles on demand) as nodes. The reified statements are folded
into edges: an `org:Membership` becomes a person -> body/unit edge labelled with the role, a
`kpu:Participation` a person -> event edge labelled with the capacity; their dates, articles and
source sentences go to the side panel. Every string from the graph is untrusted web text: it is
embedded as JSON in a non-executable script element (``<`` escaped) and rendered with textContent.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from .errors import InputError, OntologyError
from .vocab import DCTERMS, FOAF, KPU, ORG, PROV, RDF, SCHEMA, SKOS

log = logging.getLogger(__name__)

__all__ = ["explorer_html", "explorer_data", "NODE_TYPES"]

# key, legend label, plural, colour, vis shape, shown by default
NODE_TYPES: tuple[tuple[str, str, str, str, str, bool], ...] = (
    ("person", "Person", "people", "#3b6fb6", "dot", True),
    ("kpu", "KPU body", "KPU bodies", "#d62839", "hexagon", True),
    ("org", "Other body", "other bodies", "#f28e2b", "hexagon", True),
    ("unit", "Unit / division", "units", "#e3b505", "square", True),
    ("event", "Event", "events", "#3a9d5d", "diamond", True),
    ("series", "Event series", "event series", "#17becf", "star", True),
    ("ruling", "Court ruling", "court rulings", "#8e5ea2", "triangleDown", True),
    ("election", "Election", "elections", "#9c755f", "triangle", True),
    ("topic", "Topic", "topics", "#e377c2", "dot", True),
    ("place", "Place", "places", "#7f8c8d", "square", True),
    ("article", "Article", "articles", "#5d6d7e", "dot", False),
)

# rdf:type -> node type; the first match in this order wins (an Election is also an Event).
_CLASS_ORDER: tuple[tuple[URIRef, str], ...] = (
    (FOAF.Person, "person"),
    (KPU.ElectionBody, "org"),  # KPU/KIP bodies become "kpu" below, Bawaslu stays "org"
    (ORG.OrganizationalUnit, "unit"),
    (KPU.Election, "election"),
    (KPU.CourtRuling, "ruling"),
    (SCHEMA.EventSeries, "series"),
    (SCHEMA.Event, "event"),
    (ORG.Organization, "org"),
    (ORG.FormalOrganization, "org"),
    (SKOS.Concept, "topic"),
    (SCHEMA.AdministrativeArea, "place"),
    (SCHEMA.Place, "place"),
    (SCHEMA.NewsArticle, "article"),
)
_CLASS_RANK = {str(cls): i for i, (cls, _) in enumerate(_CLASS_ORDER)}
_MEMBERSHIP, _PARTICIPATION, _QUOTATION = str(ORG.Membership), str(KPU.Participation), str(SCHEMA.Quotation)
_LABEL_PROPS = tuple(str(p) for p in (SKOS.prefLabel, SCHEMA.name, FOAF.name, SCHEMA.headline, DCTERMS.title))

# Labels for the standard terms (the kpu: terms take theirs from ontology/kpu.ttl).
STANDARD_LABELS: dict[str, str] = {
    str(ORG.subOrganizationOf): "part of",
    str(ORG.unitOf): "unit of",
    str(ORG.member): "member",
    str(ORG.organization): "organisation",
    str(ORG.role): "role",
    str(ORG.memberDuring): "member during",
    str(ORG.hasUnit): "has unit",
    str(SCHEMA.organizer): "organizer",
    str(SCHEMA.superEvent): "in series",
    str(SCHEMA.location): "location",
    str(SCHEMA.containedInPlace): "in",
    str(SCHEMA.mentions): "mentions",
    str(SCHEMA.about): "about",
    str(SCHEMA.startDate): "date",
    str(SCHEMA.eventAttendanceMode): "attendance",
    str(SCHEMA.spokenByCharacter): "spoken by",
    str(SCHEMA.isPartOf): "part of",
    str(SCHEMA.url): "link",
    str(SCHEMA.datePublished): "published",
    str(DCTERMS.subject): "subject",
    str(DCTERMS.date): "date",
    str(DCTERMS.source): "source file",
    str(PROV.wasDerivedFrom): "derived from",
    str(SKOS.notation): "code",
    str(SKOS.altLabel): "also written",
    str(SKOS.broader): "broader",
    str(SKOS.related): "related",
}
_ATTENDANCE = {
    str(SCHEMA.OnlineEventAttendanceMode): "online (daring)",
    str(SCHEMA.OfflineEventAttendanceMode): "in person (luring)",
    str(SCHEMA.MixedEventAttendanceMode): "hybrid",
}
# Literal properties not worth a line in the panel (shown elsewhere, or offsets).
_QUIET = {
    str(p)
    for p in (
        SKOS.prefLabel, FOAF.name, SCHEMA.name, SCHEMA.headline, DCTERMS.title, DCTERMS.identifier,
        KPU.sourceText, KPU.charStart, KPU.charEnd, SCHEMA.text, KPU.statedOn, KPU.firstSeen, KPU.lastSeen,
        KPU.mergeReason,
    )
}
# Links that do not become edges: provenance, reified statements, article links (handled apart).
_NOT_EDGES = {str(p) for p in (RDF.type, PROV.wasDerivedFrom, SCHEMA.mentions, SCHEMA.about, DCTERMS.subject,
                                SCHEMA.isPartOf, SKOS.inScheme)}
_ARTICLE_CAP = 60          # articles listed per node in the panel
_EVIDENCE_CAP = 8          # sentences kept per role / participation
# How much of a reduced view each type may claim, per entity (people and bodies are looked for most).
_VIEW_WEIGHT = {"person": 4.0, "kpu": 3.0, "org": 3.0, "unit": 2.0, "series": 3.0, "ruling": 3.0, "election": 3.0,
                "topic": 3.0, "event": 1.0, "place": 0.5}
_ROW_CAP = 50              # roles, members, events, participants listed per node in the panel
_PHYSICS_LIMIT = 350       # above this many nodes the browser gets fixed positions, physics off
_HIDDEN_LABEL_CAP = 60000  # names of entities outside a reduced view, for the search box


@dataclass
class _Entity:
    iri: str
    kind: str
    label: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    alt: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    evidence: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Edge:
    label: str
    dates: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    count: int = 0


def _triples(graph: Graph | Dataset) -> Iterator[tuple[Node, Node, Node]]:
    """Every triple of every named graph (repeats across graphs are harmless to the caller)."""
    spo = getattr(graph.store, "_Memory__spo", None)
    if isinstance(graph, Dataset) and isinstance(spo, dict):
        # rdflib's in-memory store indexes each triple once, whatever its graphs. Dataset.quads()
        # looks up the graphs of every triple, which takes minutes on 10,000 article graphs.
        for s, by_p in spo.items():
            for p, objects in by_p.items():
                for o in objects:
                    yield s, p, o
        return
    if isinstance(graph, Dataset):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[str, str]:
    """English rdfs:label of every kpu: term, read from ontology/kpu.ttl."""
    from .resources import ontology_file

    labels: dict[str, str] = {}
    try:
        g = Graph().parse(ontology_file("kpu.ttl"), format="turtle")
    except OntologyError:
        log.warning("ontology/kpu.ttl not found: the explorer falls back to term names")
        return labels
    for s, o in g.subject_objects(RDFS.label):
        if isinstance(o, Literal) and (o.language == "en" or str(s) not in labels):
            labels[str(s)] = str(o)
    return labels


def _term_label(term: str) -> str:
    """A readable label for a property IRI: the ontology's, the built-in table's, else its local name."""
    label = _ontology_labels().get(term) or STANDARD_LABELS.get(term)
    if label:
        return label
    local = re.split(r"[/#]", term)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).lower()


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


# Property IRIs as plain strings for the hot loops (namespace attribute access costs microseconds).
_DCTERMS_date = str(DCTERMS.date)
_DCTERMS_subject = str(DCTERMS.subject)
_KPU_acting = str(KPU.acting)
_KPU_capacity = str(KPU.capacity)
_KPU_firstSeen = str(KPU.firstSeen)
_KPU_inEvent = str(KPU.inEvent)
_KPU_lastSeen = str(KPU.lastSeen)
_KPU_mergedFrom = str(KPU.mergedFrom)
_KPU_participant = str(KPU.participant)
_KPU_site = str(KPU.site)
_KPU_sourceText = str(KPU.sourceText)
_KPU_statedOn = str(KPU.statedOn)
_KPU_unit = str(KPU.unit)
_ORG_member = str(ORG.member)
_ORG_organization = str(ORG.organization)
_ORG_role = str(ORG.role)
_ORG_unitOf = str(ORG.unitOf)
_PROV_wasDerivedFrom = str(PROV.wasDerivedFrom)
_SCHEMA_about = str(SCHEMA.about)
_SCHEMA_datePublished = str(SCHEMA.datePublished)
_SCHEMA_endDate = str(SCHEMA.endDate)
_SCHEMA_eventAttendanceMode = str(SCHEMA.eventAttendanceMode)
_SCHEMA_isPartOf = str(SCHEMA.isPartOf)
_SCHEMA_mentions = str(SCHEMA.mentions)
_SCHEMA_spokenByCharacter = str(SCHEMA.spokenByCharacter)
_SCHEMA_startDate = str(SCHEMA.startDate)
_SCHEMA_text = str(SCHEMA.text)
_SCHEMA_url = str(SCHEMA.url)
_SKOS_altLabel = str(SKOS.altLabel)


class _Model:
    """The graph read into plain Python: entities, folded statements, edges, article table."""

    def __init__(self, graph: Graph | Dataset) -> None:
        types: dict[str, list[str]] = defaultdict(list)
        props: dict[str, dict[str, list[Node]]] = {}
        rdf_type = str(RDF.type)
        # plain str keys: rdflib terms hash and compare in Python, ten times slower on big graphs
        for s, p, o in _triples(graph):
            if not isinstance(s, URIRef):
                continue
            ps = str(p)
            if ps == rdf_type:
                if isinstance(o, URIRef):
                    types[str(s)].append(str(o))
                continue
            by_prop = props.get(str(s))
            if by_prop is None:
                by_prop = props[str(s)] = {}
            values = by_prop.get(ps)
            if values is None:
                by_prop[ps] = [o]
            elif o not in values:
                values.append(o)
        self.props = props
        self.entities: dict[str, _Entity] = {}
        for iri, classes in types.items():
            ranked = [_CLASS_RANK[c] for c in classes if c in _CLASS_RANK]
            if not ranked:
                continue
            kind = _CLASS_ORDER[min(ranked)][1]
            label = self._label(iri)
            if kind == "org" and (_local(iri).startswith(("kpu-", "kip-")) or label.upper().startswith(("KPU", "KIP"))):
                kind = "kpu"
            self.entities[iri] = _Entity(iri, kind, label)
        self.articles: dict[str, dict[str, str]] = {}
        self.edges: dict[tuple[str, str, str], _Edge] = {}
        self.article_edges: dict[tuple[str, str, str], _Edge] = {}
        self.roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.members: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.events: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.participants: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._read_articles()
        self._read_entities()
        self._fold_memberships(types)
        self._fold_participations(types)
        self._read_quotes(types)

    # -- small readers
    def _pairs(self, iri: str) -> Iterator[tuple[str, Node]]:
        for p, values in self.props.get(iri, {}).items():
            for o in values:
                yield p, o

    def _label(self, iri: str) -> str:
        by_prop = self.props.get(iri, {})
        for wanted in _LABEL_PROPS:
            for o in by_prop.get(wanted, ()):
                if isinstance(o, Literal) and str(o).strip():
                    return str(o).strip()
        return _local(iri)

    def _one(self, iri: str, prop: str) -> Node | None:
        values = self.props.get(iri, {}).get(str(prop))  # str(): a URIRef hashes differently
        return values[0] if values else None

    def _all(self, iri: str, prop: str) -> list[Node]:
        return self.props.get(iri, {}).get(str(prop), [])

    def _date(self, iri: str, *props: str) -> str:
        for prop in props:
            value = self._one(iri, prop)
            if isinstance(value, Literal):
                return str(value)[:10]
        return ""

    def _add_edge(
        self, src: str, dst: str, label: str, date: str = "", article: str = "", *, store: Any = None
    ) -> None:
        if src == dst:
            return
        edges = self.edges if store is None else store
        edge = edges.setdefault((src, dst, label), _Edge(label))
        edge.count += 1
        if date:
            edge.dates.add(date)
        if article:
            edge.articles.add(article)

    # -- articles and their links
    def _read_articles(self) -> None:
        subject = _DCTERMS_subject
        links = (_SCHEMA_mentions, _SCHEMA_about, subject)
        labels = {p: _term_label(p) for p in links}
        for iri, ent in list(self.entities.items()):
            if ent.kind != "article":
                continue
            date = self._date(iri, _DCTERMS_date, _SCHEMA_datePublished)
            url = self._one(iri, _SCHEMA_url)
            site = self._one(iri, _KPU_site)
            self.articles[iri] = {
                "title": ent.label,
                "date": date,
                "url": str(url) if url is not None else "",
                "site": str(site) if site is not None else "",
            }
            if date:
                ent.dates.append(date)
            about = [str(o) for o in self._all(iri, _SCHEMA_about) if str(o) in self.entities]
            for p, o in ((link, o) for link in links for o in self._all(iri, link)):
                target = str(o)
                other = self.entities.get(target)
                if other is None or other.kind == "article":
                    continue
                other.articles.add(iri)
                if date:
                    other.dates.append(date)
                self._add_edge(iri, target, labels[p], date, iri, store=self.article_edges)
                if p == subject:
                    # With articles hidden, a topic hangs off the event the article is about.
                    for ev in about:
                        self._add_edge(ev, target, labels[p], date, iri)

    # -- plain entities: literal facts and direct links
    def _read_entities(self) -> None:
        alt_props = {_SKOS_altLabel, _KPU_mergedFrom}
        source_text, derived, mode = _KPU_sourceText, _PROV_wasDerivedFrom, _SCHEMA_eventAttendanceMode
        date_props = {_SCHEMA_startDate, _SCHEMA_endDate}
        for iri, ent in self.entities.items():
            if ent.kind == "article":
                continue
            for p, o in self._pairs(iri):
                if isinstance(o, Literal):
                    if p in alt_props:
                        if str(o) != ent.label:
                            ent.alt.add(str(o))
                    elif p == source_text:
                        for art in self._all(iri, _PROV_wasDerivedFrom):
                            ent.evidence.append((str(art), str(o)))
                    elif p not in _QUIET:
                        ent.facts.append((_term_label(p), str(o)))
                        if p in date_props:
                            ent.dates.append(str(o)[:10])
                    continue
                target = str(o)
                if p == mode:
                    ent.facts.append((_term_label(p), _ATTENDANCE.get(target, _local(target))))
                elif p == derived and target in self.articles:
                    ent.articles.add(target)
                elif p not in _NOT_EDGES and target in self.entities and self.entities[target].kind != "article":
                    self._add_edge(iri, target, _term_label(p), self._date(iri, _SCHEMA_startDate))
            ent.facts.sort()

    def _evidence(self, node: str) -> list[tuple[str, str]]:
        sentences = [str(o) for o in self._all(node, _KPU_sourceText)]
        arts = [str(a) for a in self._all(node, _PROV_wasDerivedFrom) if str(a) in self.articles]
        if not sentences:
            return [(a, "") for a in arts]
        return [(a, s) for a in arts[:1] for s in sentences] if arts else [("", s) for s in sentences]

    # -- org:Membership -> person -> unit/body edges labelled with the role
    def _fold_memberships(self, types: dict[str, list[str]]) -> None:
        groups: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        for node, classes in types.items():
            if _MEMBERSHIP not in classes:
                continue
            person = self._one(node, _ORG_member)
            if person is None or str(person) not in self.entities:
                continue
            role_iri = self._one(node, _ORG_role)
            role = self._label(str(role_iri)) if role_iri is not None else "member"
            org = self._one(node, _ORG_organization)
            unit = self._one(node, _KPU_unit)
            org_s = str(org) if org is not None and str(org) in self.entities else ""
            unit_s = str(unit) if unit is not None and str(unit) in self.entities else ""
            key = (str(person), role, org_s, unit_s)
            rec = groups.setdefault(key, {"dates": set(), "evidence": [], "articles": set(), "acting": False})
            for prop in (_KPU_statedOn, _KPU_firstSeen, _KPU_lastSeen):
                for value in self._all(node, prop):
                    rec["dates"].add(str(value)[:10])
            if self._one(node, _KPU_acting) is not None and str(self._one(node, _KPU_acting)).lower() == "true":
                rec["acting"] = True
            for art, sentence in self._evidence(node):
                if art:
                    rec["articles"].add(art)
                if sentence and (art, sentence) not in rec["evidence"]:
                    rec["evidence"].append((art, sentence))
        for (person, role, org, unit), rec in sorted(groups.items()):
            dates = sorted(rec["dates"])
            entry = {
                "person": person, "role": role, "org": org, "unit": unit, "acting": rec["acting"],
                "first": dates[0] if dates else "", "last": dates[-1] if dates else "",
                "evidence": sorted(rec["evidence"], key=lambda e: self.articles.get(e[0], {}).get("date", ""))[
                    :_EVIDENCE_CAP],
                "n": len(rec["articles"]) or len(rec["evidence"]),
            }
            self.roles[person].append(entry)
            for target in {org, unit} - {""}:
                self.members[target].append(entry)
            target = unit or org
            if target:
                edge = self.edges.setdefault((person, target, role), _Edge(role))
                edge.count += 1
                edge.dates.update(dates)
                edge.articles.update(rec["articles"])
                self.entities[person].dates.extend(dates)
            if unit and org:
                self._add_edge(unit, org, _term_label(_ORG_unitOf))

    # -- kpu:Participation -> participant -> event edges labelled with the capacities
    def _fold_participations(self, types: dict[str, list[str]]) -> None:
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for node, classes in types.items():
            if _PARTICIPATION not in classes:
                continue
            who = self._one(node, _KPU_participant)
            event = self._one(node, _KPU_inEvent)
            if who is None or event is None or str(who) not in self.entities or str(event) not in self.entities:
                continue
            capacity = self._one(node, _KPU_capacity)
            cap = str(capacity) if capacity is not None else _term_label(_KPU_participant)
            rec = groups.setdefault((str(who), str(event)), {"caps": set(), "evidence": [], "articles": set()})
            rec["caps"].add(cap)
            for art, sentence in self._evidence(node):
                if art:
                    rec["articles"].add(art)
                if sentence and (art, sentence) not in rec["evidence"]:
                    rec["evidence"].append((art, sentence))
        for (who, event), rec in sorted(groups.items()):
            date = self._date(event, _SCHEMA_startDate)
            cap = ", ".join(sorted(rec["caps"]))
            entry = {"who": who, "event": event, "capacity": cap, "date": date,
                     "evidence": rec["evidence"][:_EVIDENCE_CAP]}
            self.events[who].append(entry)
            self.participants[event].append(entry)
            self._add_edge(who, event, cap, date)
            self.edges[(who, event, cap)].articles.update(rec["articles"])
            if date:
                self.entities[who].dates.append(date)

    def _read_quotes(self, types: dict[str, list[str]]) -> None:
        for node, classes in types.items():
            if _QUOTATION not in classes:
                continue
            speaker = self._one(node, _SCHEMA_spokenByCharacter)
            text = self._one(node, _SCHEMA_text)
            if speaker is None or text is None or str(speaker) not in self.entities:
                continue
            art = self._one(node, _SCHEMA_isPartOf) or self._one(node, _PROV_wasDerivedFrom)
            self.quotes[str(speaker)].append({"text": str(text), "article": str(art) if art is not None else ""})


def _find_focus(model: _Model, focus: str, degree: dict[str, int]) -> str:
    """The entity a --focus name means: exact label (any case), else a label containing it."""
    wanted = " ".join(focus.split()).casefold()
    candidates = [e for e in model.entities.values() if e.kind != "article"]
    exact = [e for e in candidates if e.label.casefold() == wanted or wanted in {a.casefold() for a in e.alt}]
    partial = [e for e in candidates if wanted and wanted in e.label.casefold()]
    pool = exact or partial
    if not pool:
        raise InputError(
            f"focus {focus!r}: no entity with that name in the graph (check the spelling, or leave out --focus)"
        )
    pool.sort(key=lambda e: (e.kind != "person", -degree.get(e.iri, 0), e.label))
    return pool[0].iri


def _choose_view(model: _Model, adjacency: dict[str, set[str]], focus: str | None, depth: int,
                 max_nodes: int) -> tuple[list[str], str | None, str]:
    """The entities to draw, the focus IRI, and how the view was reduced ('' = everything)."""
    entities = sorted(iri for iri, e in model.entities.items() if e.kind != "article")
    degree = {iri: len(adjacency.get(iri, ())) for iri in entities}
    if focus:
        center = _find_focus(model, focus, degree)
        seen = [center]
        frontier = [center]
        members = {center}
        for _ in range(max(depth, 1)):
            nxt: list[str] = []
            for node in frontier:
                for other in sorted(adjacency.get(node, ()), key=lambda n: (-degree.get(n, 0), n)):
                    if other not in members:
                        members.add(other)
                        nxt.append(other)
            seen.extend(nxt)
            frontier = nxt
        reason = "focus" if len(seen) < len(entities) else ""
        if len(seen) > max_nodes:
            seen = seen[:max_nodes]
            reason = "focus"
        return seen, center, reason
    if len(entities) <= max_nodes:
        return entities, None, ""
    return sorted(_most_connected(model, entities, degree, max_nodes)), None, "degree"


def _most_connected(model: _Model, entities: list[str], degree: dict[str, int], budget: int) -> list[str]:
    """The best-connected entities of each type, each type's share of the budget by its size and weight.

    A plain top-N by degree fills the budget with events and bodies (every event links to its
    organiser and topics) and drops the people a reader looks for; a share per type keeps a mix.
    """
    by_kind: dict[str, list[str]] = defaultdict(list)
    for n in entities:
        by_kind[model.entities[n].kind].append(n)
    mass = {k: _VIEW_WEIGHT.get(k, 1.0) * len(v) for k, v in by_kind.items()}
    total = sum(mass.values()) or 1.0
    chosen: list[str] = []
    for kind in sorted(by_kind):
        ranked = sorted(by_kind[kind], key=lambda n: (-degree[n], n))
        chosen.extend(ranked[: int(budget * mass[kind] / total)])
    taken = set(chosen)
    rest = sorted((n for n in entities if n not in taken),
                  key=lambda n: (-degree[n] * _VIEW_WEIGHT.get(model.entities[n].kind, 1.0), n))
    return chosen + rest[: budget - len(chosen)]


def _layout(nodes: list[str], adjacency: dict[str, set[str]]) -> dict[str, tuple[float, float]]:
    """Positions in vis pixels: a spring layout of the best-connected nodes, the rest ringed around them.

    networkx' spring layout is quadratic (15 s for 1,500 nodes here), so only the top few hundred
    nodes get it; every other node sits on a ring around its best-connected placed neighbour, and
    nodes with no placed neighbour go to a grid below the graph.
    """
    import networkx as nx

    present = set(nodes)
    adj = {n: adjacency.get(n, set()) & present for n in nodes}
    degree = {n: len(adj[n]) for n in nodes}
    core_size = min(len(nodes), 300)
    core = sorted(nodes, key=lambda n: (-degree[n], n))[:core_size]
    g = nx.Graph()
    g.add_nodes_from(core)
    core_set = set(core)
    g.add_edges_from((a, b) for a in core for b in adj[a] if b in core_set and a < b)
    scale = 55.0 * math.sqrt(len(core)) + 60.0
    pos: dict[str, tuple[float, float]] = {}
    if core:
        raw = nx.spring_layout(g, seed=7, iterations=60, k=1.6 / math.sqrt(max(len(core), 1)))
        pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}
    placed = set(pos)
    # breadth-first from the core: each new node joins a ring around the neighbour that placed it
    satellites: dict[str, list[str]] = defaultdict(list)
    frontier = sorted(core, key=lambda n: (-degree[n], n))
    while frontier:
        nxt = []
        for anchor in frontier:
            for other in sorted(adj[anchor], key=lambda n: (-degree[n], n)):
                if other not in placed:
                    placed.add(other)
                    satellites[anchor].append(other)
                    nxt.append(other)
        for anchor in frontier:
            ring = satellites.get(anchor, [])
            ax, ay = pos[anchor]
            for i, node in enumerate(ring):
                # a sunflower spiral keeps big rings compact without overlaps
                r = 38.0 * math.sqrt(i + 1) + 25.0
                theta = i * 2.399963
                pos[node] = (ax + r * math.cos(theta), ay + r * math.sin(theta))
        frontier = nxt
    rest = [n for n in nodes if n not in pos]
    if rest:
        ys = [y for _, y in pos.values()] or [0.0]
        xs = [x for x, _ in pos.values()] or [0.0]
        top = max(ys) + 160.0
        cols = max(8, int(math.sqrt(len(rest)) * 1.6))
        for i, node in enumerate(rest):
            pos[node] = (min(xs) + (i % cols) * 120.0, top + (i // cols) * 90.0)
    return pos


def explorer_data(graph: Graph | Dataset, *, focus: str | None = None, depth: int = 2,
                  max_nodes: int = 1500) -> dict[str, Any]:
    """The data the explorer page draws: nodes and edges (as pyvis builds them), panel details, legend.

    Args:
        graph: the knowledge graph (a Dataset of named graphs, or one Graph).
        focus: a name or label; the view starts from that entity's neighbourhood.
        depth: hops around `focus` (1-3).
        max_nodes: node budget; larger graphs start from the most connected entities.

    Returns:
        A JSON-ready dict; `explorer_html` embeds it in the page.

    Raises:
        InputError: when `focus` names nothing in the graph.
    """
    import gc

    # Reading a big graph allocates millions of small objects and no cycles; the cyclic collector
    # would rescan the whole rdflib store again and again (half the run time at 10,000 articles).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _explorer_data(graph, focus, depth, max_nodes)
    finally:
        if was_enabled:
            gc.enable()


def _explorer_data(graph: Graph | Dataset, focus: str | None, depth: int, max_nodes: int) -> dict[str, Any]:
    from pyvis.network import Network

    model = _Model(graph)
    adjacency: dict[str, set[str]] = defaultdict(set)
    for src, dst, _ in model.edges:
        adjacency[src].add(dst)
        adjacency[dst].add(src)
    view, center, reason = _choose_view(model, adjacency, focus, depth, max_nodes)
    shown = set(view)
    articles_in_view = not reason and len(view) + len(model.articles) <= max_nodes
    node_ids = list(view) + (sorted(model.articles) if articles_in_view else [])
    if articles_in_view:
        for src, dst, _ in model.article_edges:
            adjacency[src].add(dst)
            adjacency[dst].add(src)
    index = {iri: i for i, iri in enumerate(node_ids)}
    edges = [(k, e) for k, e in model.edges.items() if k[0] in index and k[1] in index]
    if articles_in_view:
        edges += [(k, e) for k, e in model.article_edges.items() if k[0] in index and k[1] in index]
    edges.sort(key=lambda ke: ke[0])
    # size by degree among the entities (articles would make every node look central)
    degree: dict[str, int] = defaultdict(int)
    for (src, dst, _), _ in edges:
        if src in shown and dst in shown:
            degree[src] += 1
            degree[dst] += 1
    positions = _layout([n for n in node_ids if n in shown], {n: adjacency[n] & shown for n in shown})
    if articles_in_view:
        _place_articles(positions, model, node_ids, shown)

    strings: dict[str, int] = {}
    article_rows: dict[str, int] = {}

    def sid(text: str) -> int:
        return strings.setdefault(text, len(strings))

    def aid(iri: str) -> int:
        if iri not in model.articles:
            return -1
        return article_rows.setdefault(iri, len(article_rows))

    def ref(iri: str) -> list[Any]:
        """[label, node index or -1] for an entity mentioned in the panel."""
        if not iri:
            return ["", -1]
        ent = model.entities.get(iri)
        return [ent.label if ent else _local(iri), index.get(iri, -1)]

    net = Network(directed=True)
    type_info = {t[0]: t for t in NODE_TYPES}
    for iri in node_ids:
        ent = model.entities[iri]
        _, type_label, _, colour, shape, _ = type_info[ent.kind]
        x, y = positions.get(iri, (0.0, 0.0))
        dates = sorted(set(ent.dates))
        arts = sorted(ent.articles, key=lambda a: (model.articles[a]["date"], a), reverse=True)
        panel: dict[str, Any] = {
            "iri": iri,
            "facts": [[k, v] for k, v in ent.facts],
            "alt": sorted(ent.alt),
            "articles": [aid(a) for a in arts[:_ARTICLE_CAP]],
            "articlesTotal": len(arts),
            "evidence": [[aid(a), sid(s)] for a, s in ent.evidence[:_EVIDENCE_CAP]],
        }
        # A busy body has thousands of statements: the panel lists the newest, and says how many more.
        for key, rows, cap, evidence, row_of in (
            ("roles", model.roles.get(iri), _ROW_CAP, _EVIDENCE_CAP, _role_row),
            ("members", model.members.get(iri), _ROW_CAP // 2, 1, _role_row),
            ("events", model.events.get(iri), _ROW_CAP, 2, _event_row),
            ("participants", model.participants.get(iri), _ROW_CAP // 2, 1, _event_row),
        ):
            if rows:
                newest = sorted(rows, key=lambda r: r.get("last") or r.get("date") or "", reverse=True)[:cap]
                panel[key] = [row_of(r, ref, aid, sid, evidence) for r in newest]
                panel[key + "Total"] = len(rows)
        if iri in model.quotes:
            panel["quotes"] = [[sid(q["text"]), aid(q["article"])] for q in model.quotes[iri][:_EVIDENCE_CAP]]
        if ent.kind == "article":
            meta = model.articles[iri]
            panel["article"] = aid(iri)
            panel["facts"] = [[k, v] for k, v in (("date", meta["date"]), ("site", meta["site"])) if v]
        net.add_node(
            index[iri],
            label=_short(ent.label, 34 if ent.kind in ("event", "article", "ruling") else 48),
            shape=shape,
            color=colour,
            x=round(x, 1),
            y=round(y, 1),
            value=degree.get(iri, 0) + 1,
            kind=ent.kind,
            typeLabel=type_label,
            fullLabel=ent.label,
            first=dates[0] if dates else "",
            last=dates[-1] if dates else "",
            panel=panel,
        )
    for (src, dst, label), edge in edges:
        dates = sorted(edge.dates)
        net.add_edge(
            index[src],
            index[dst],
            label=label,
            first=dates[0] if dates else "",
            last=dates[-1] if dates else "",
            n=max(edge.count, len(edge.articles)),
        )

    total: dict[str, int] = defaultdict(int)
    for ent in model.entities.values():
        total[ent.kind] += 1
    in_view: dict[str, int] = defaultdict(int)
    for iri in node_ids:
        in_view[model.entities[iri].kind] += 1
    hidden_labels: list[str] = []
    if reason:
        hidden_labels = sorted({e.label for iri, e in model.entities.items()
                                if iri not in shown and e.kind not in ("article", "event")})[:_HIDDEN_LABEL_CAP]
    all_dates = sorted({d for iri in node_ids for d in model.entities[iri].dates if re.match(r"\d{4}-\d\d-\d\d$", d)})
    rows = sorted(article_rows.items(), key=lambda kv: kv[1])
    return {
        "meta": {
            "reduced": reason,
            "focus": index.get(center, -1) if center else -1,
            "focusLabel": model.entities[center].label if center else "",
            "depth": depth,
            "maxNodes": max_nodes,
            "physics": 0 < len(node_ids) <= _PHYSICS_LIMIT,
            "total": dict(total),
            "shown": dict(in_view),
            "dateMin": all_dates[0] if all_dates else "",
            "dateMax": all_dates[-1] if all_dates else "",
            "articlesInView": articles_in_view,
        },
        "types": [{"key": k, "label": lab, "plural": pl, "color": c, "shape": s, "default": d}
                  for k, lab, pl, c, s, d in NODE_TYPES],
        "nodes": net.nodes,
        "edges": net.edges,
        "articles": [[a["title"], a["date"], a["url"], a["site"]] for a in (model.articles[i] for i, _ in rows)],
        "strings": list(strings),
        "hiddenLabels": hidden_labels,
    }


def _place_articles(positions: dict[str, tuple[float, float]], model: _Model, node_ids: list[str],
                    shown: set[str]) -> None:
    """Put each article node near the centre of what it mentions (they start hidden)."""
    mentioned: dict[str, list[str]] = defaultdict(list)
    for src, dst, _ in model.article_edges:
        mentioned[src].append(dst)
    for i, iri in enumerate(node_ids):
        if iri in shown:
            continue
        targets = [positions[dst] for dst in mentioned[iri] if dst in positions]
        if targets:
            x = sum(t[0] for t in targets) / len(targets) + 30.0 * math.cos(i)
            y = sum(t[1] for t in targets) / len(targets) + 30.0 * math.sin(i)
        else:
            x, y = 0.0, 0.0
        positions[iri] = (x, y)


def _role_row(r: dict[str, Any], ref: Any, aid: Any, sid: Any, evidence: int) -> dict[str, Any]:
    return {
        "person": ref(r["person"]), "role": r["role"], "org": ref(r["org"]), "unit": ref(r["unit"]),
        "acting": r["acting"], "first": r["first"], "last": r["last"], "n": r["n"],
        "evidence": [[aid(a), sid(s)] for a, s in r["evidence"][:evidence]],
    }


def _event_row(r: dict[str, Any], ref: Any, aid: Any, sid: Any, evidence: int) -> dict[str, Any]:
    return {
        "who": ref(r["who"]), "event": ref(r["event"]), "capacity": r["capacity"], "date": r["date"],
        "evidence": [[aid(a), sid(s)] for a, s in r["evidence"][:evidence]],
    }


def _short(label: str, limit: int = 48) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _safe_json(data: Any) -> str:
    """JSON that cannot end its script element or open a comment: every '<' (and U+2028/9) escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _vis_assets() -> str:
    """vis-network's minified script, from the copy pyvis bundles (never a CDN)."""
    import pyvis

    root = Path(pyvis.__file__).resolve().parent
    for candidate in sorted(root.glob("lib/vis-*/vis-network.min.js"), reverse=True):
        # The HTML parser turns CR and CRLF into LF; do it first so the CSP hash matches.
        text = candidate.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
        if "</script" in text.lower():  # would end the inline script element early
            text = re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)
        return text
    raise OntologyError(f"{root}: pyvis ships no vis-network.min.js (reinstall pyvis)")


@lru_cache(maxsize=1)
def _template() -> str:
    return (importlib_resources.files("kpugraph") / "templates" / "explorer.html").read_text(encoding="utf-8")


_MARKER = re.compile(r"@@(VIS_JS|APP_JS|DATA|CSP|TITLE)@@")


def explorer_html(graph: Graph | Dataset, *, focus: str | None = None, depth: int = 2, max_nodes: int = 1500) -> str:
    """The explorer page for `graph`: one self-contained HTML file that works offline.

    Writes nothing: the caller writes the returned text (see `export.write_atomic`).

    Args:
        graph: the knowledge graph (a Dataset of named graphs, or one Graph).
        focus: a name or label; the page starts from that entity's neighbourhood.
        depth: hops around `focus`.
        max_nodes: node budget; above it the page starts from the most connected entities and
            says what it leaves out.

    Returns:
        The HTML page.

    Raises:
        InputError: when `focus` names nothing in the graph.
    """
    data = explorer_data(graph, focus=focus, depth=depth, max_nodes=max_nodes)
    template = _template()
    app_start = template.index("/*APP*/")
    app_end = template.index("/*END APP*/")
    app_js = template[app_start:app_end]
    vis_js = _vis_assets()
    # Only these two scripts may run: injected markup cannot add a script the hashes allow.
    hashes = " ".join(f"'sha256-{_sha256(js)}'" for js in (vis_js, app_js))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "connect-src 'none'; base-uri 'none'; form-action 'none'")
    template = template[:app_start] + "@@APP_JS@@" + template[app_end + len("/*END APP*/"):]
    values = {"VIS_JS": vis_js, "APP_JS": app_js, "DATA": _safe_json(data), "CSP": csp, "TITLE": _title(data)}
    return _MARKER.sub(lambda m: values[m.group(1)], template)


def _sha256(text: str) -> str:
    import base64

    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _title(data: dict[str, Any]) -> str:
    from html import escape

    shown = len(data["nodes"])
    focus = data["meta"]["focusLabel"]
    return escape(f"kpugraph explorer — {focus}" if focus else f"kpugraph explorer — {shown} nodes")
