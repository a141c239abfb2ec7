"""Resolution -> RDF: the only module that mints IRIs and triples.

Each article's facts go into a named graph whose name is the article's IRI. Facts from the
official region list (body hierarchy, regions) go into `id/graph/reference`; facts derived across
articles (role spans, merges) go into `id/graph/derived` with `prov:wasDerivedFrom` their sources.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from rdflib import Dataset, Graph, Literal, URIRef

from . import regions
from .models import Election, Extraction, Org, Resolution, Span
from .vocab import DCTERMS, FOAF, ID, KPU, ORG, PREFIXES, PROV, RDF, SCHEMA, SKOS, XSD

REFERENCE = ID["graph/reference"]
DERIVED = ID["graph/derived"]
MODES = {
    "online": SCHEMA.OnlineEventAttendanceMode,
    "offline": SCHEMA.OfflineEventAttendanceMode,
    "hybrid": SCHEMA.MixedEventAttendanceMode,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def slugify(text: str) -> str:
    """A readable IRI segment: lower-case ASCII words joined by hyphens ("Ahmad Zaini" -> "ahmad-zaini")."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if not slug:
        slug = "x" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return slug[:80]


def clean(text: str) -> str:
    """Text safe in any RDF syntax: no control characters, no lone surrogates."""
    return _CONTROL.sub("", text)


def lit(value: object) -> Literal:
    if isinstance(value, str):
        return Literal(clean(value))
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    raise TypeError(f"no literal for {value!r}")


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{slugify(article_id)}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slugify(name)}"]


def org_iri(org: Org) -> URIRef:
    return ID[f"org/{org.key}"]


def place_iri(code: str) -> URIRef:
    return ID[f"place/{code.replace('.', '-')}"]


def unit_iri(org: Org | None, unit: str) -> URIRef:
    owner = org.key if org else "unknown"
    return ID[f"unit/{owner}/{slugify(unit)}"]


def election_key(e: Election) -> str:
    where = e.region_code.replace(".", "-") if e.region_code else slugify(e.region_name or "indonesia")
    return f"{slugify(e.office)}-{where}-{e.year or 'unknown'}"


def ruling_key(identifier: str | None, election: Election | None, court: str) -> str:
    if identifier:
        return slugify(identifier)
    if election:
        return f"{slugify(court)}-{election_key(election)}"
    return f"{slugify(court)}-unnumbered"


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:10]


class _Builder:
    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.ref = ds.graph(REFERENCE)
        self.seen_places: set[str] = set()
        self.seen_orgs: set[str] = set()

    # -- reference data: regions and the KPU/Bawaslu hierarchy
    def place(self, code: str) -> URIRef:
        iri = place_iri(code)
        if code in self.seen_places:
            return iri
        self.seen_places.add(code)
        region = regions.by_code(code)
        g = self.ref
        g.add((iri, RDF.type, SCHEMA.AdministrativeArea))
        if region is not None:
            g.add((iri, SKOS.prefLabel, lit(region.name)))
            g.add((iri, SKOS.notation, lit(region.code)))
            g.add((iri, KPU.regionLevel, lit(region.level)))
            if "." in code:
                g.add((iri, SCHEMA.containedInPlace, self.place(region.province_code)))
        return iri

    def org(self, g: Graph, org: Org) -> URIRef:
        iri = org_iri(org)
        g.add((iri, RDF.type, ORG.Organization))
        g.add((iri, SKOS.prefLabel, lit(org.name)))
        if org.acronym:
            g.add((iri, SKOS.altLabel, lit(org.acronym)))
        if org.key not in self.seen_orgs:
            self.seen_orgs.add(org.key)
            self._org_reference(org)
        return iri

    def _org_reference(self, org: Org) -> None:
        iri = org_iri(org)
        g = self.ref
        if org.kind in ("kpu", "bawaslu"):
            g.add((iri, RDF.type, KPU.ElectionBody))
            g.add((iri, RDF.type, ORG.Organization))
            g.add((iri, SKOS.prefLabel, lit(org.name)))
        if org.region_code:
            g.add((iri, KPU.region, self.place(org.region_code)))
        if org.parent_key:
            parent = Org(name="", key=org.parent_key, kind=org.kind)
            g.add((iri, ORG.subOrganizationOf, org_iri(parent)))
            from .orgs import body_by_key  # the parent's canonical description

            p = body_by_key(org.parent_key)
            if p is not None and p.key not in self.seen_orgs:
                self.seen_orgs.add(p.key)
                g.add((org_iri(p), SKOS.prefLabel, lit(p.name)))
                self._org_reference(p)

    # -- one article
    def article(self, ex: Extraction) -> None:
        a = ex.article
        art = article_iri(a.id)
        g = self.ds.graph(art)
        text = a.text

        def evidence(node: URIRef, span: Span) -> None:
            g.add((node, PROV.wasDerivedFrom, art))
            g.add((node, KPU.charStart, lit(span.start)))
            g.add((node, KPU.charEnd, lit(span.end)))
            g.add((node, KPU.sourceText, lit(_sentence_at(ex, span, text))))

        def mention(node: URIRef) -> URIRef:
            g.add((art, SCHEMA.mentions, node))
            return node

        g.add((art, RDF.type, SCHEMA.NewsArticle))
        g.add((art, SCHEMA.headline, lit(a.title)))
        g.add((art, DCTERMS.title, lit(a.title)))
        g.add((art, DCTERMS.identifier, lit(a.id)))
        g.add((art, DCTERMS.source, lit(a.source)))
        when = a.event_date or a.published
        if when:
            g.add((art, DCTERMS.date, lit(when)))
        if a.published:
            g.add((art, SCHEMA.datePublished, lit(a.published)))
        if a.url:
            g.add((art, SCHEMA.url, lit(a.url)))
        if a.site:
            g.add((art, KPU.site, lit(a.site)))
        if a.place:
            g.add((art, KPU.datelinePlace, lit(a.place)))
        if a.credit:
            c = a.credit
            if c.writer:
                g.add((art, KPU.writerInitials, lit(c.writer)))
            g.add((art, KPU.edited, lit(c.edited)))
            if c.photographer:
                g.add((art, KPU.photographerInitials, lit(c.photographer)))
            if c.photo_owner:
                g.add((art, KPU.photoOwner, lit(c.photo_owner)))

        people: dict[str, URIRef] = {}

        def person(name: str) -> URIRef:
            if name not in people:
                iri = person_iri(name)
                g.add((iri, RDF.type, FOAF.Person))
                g.add((iri, SKOS.prefLabel, lit(name)))
                g.add((iri, FOAF.name, lit(name)))
                people[name] = mention(iri)
            return people[name]

        for pm in ex.persons:
            p = person(pm.name)
            for alt in pm.alt_names:
                g.add((p, SKOS.altLabel, lit(alt)))
        for o in ex.orgs:
            mention(self.org(g, o))

        for m in ex.memberships:
            p = person(m.person)
            key = _hash(m.person, m.org.key if m.org else "", m.role, m.unit or "")
            node = ID[f"membership/{slugify(a.id)}-{key}"]
            g.add((node, RDF.type, ORG.Membership))
            g.add((node, ORG.member, p))
            role = ID[f"role/{slugify(m.role)}"]
            g.add((role, RDF.type, ORG.Role))
            g.add((role, SKOS.prefLabel, lit(m.role)))
            g.add((node, ORG.role, role))
            if m.org:
                g.add((node, ORG.organization, mention(self.org(g, m.org))))
            if m.unit:
                u = unit_iri(m.org, m.unit)
                g.add((u, RDF.type, ORG.OrganizationalUnit))
                g.add((u, SKOS.prefLabel, lit(m.unit)))
                if m.org:
                    g.add((u, ORG.unitOf, org_iri(m.org)))
                g.add((node, KPU.unit, mention(u)))
            if m.acting:
                g.add((node, KPU.acting, lit(True)))
            if when:
                g.add((node, KPU.statedOn, lit(when)))
            evidence(node, m.span)

        if ex.event:
            ev = ex.event
            if ev.series and ev.date:
                ev_iri = ID[f"event/{slugify(ev.series)}-{ev.date.isoformat()}"]
            else:
                ev_iri = ID[f"event/{slugify(a.id)}"]
            g.add((art, SCHEMA.about, ev_iri))
            mention(ev_iri)
            g.add((ev_iri, RDF.type, SCHEMA.Event))
            g.add((ev_iri, SKOS.prefLabel, lit(ev.label)))
            g.add((ev_iri, SCHEMA.name, lit(ev.label)))
            if ev.kind:
                g.add((ev_iri, KPU.eventKind, lit(ev.kind)))
            if ev.date:
                g.add((ev_iri, SCHEMA.startDate, lit(ev.date)))
            if ev.mode:
                g.add((ev_iri, SCHEMA.eventAttendanceMode, MODES[ev.mode]))
            if ev.venue:
                venue = ID[f"venue/{slugify(ev.venue)}"]
                g.add((venue, RDF.type, SCHEMA.Place))
                g.add((venue, SKOS.prefLabel, lit(ev.venue)))
                g.add((ev_iri, SCHEMA.location, mention(venue)))
            if ev.organizer:
                g.add((ev_iri, SCHEMA.organizer, mention(self.org(g, ev.organizer))))
            if ev.series:
                s = ID[f"series/{slugify(ev.series)}"]
                g.add((s, RDF.type, SCHEMA.EventSeries))
                g.add((s, SKOS.prefLabel, lit(ev.series)))
                g.add((ev_iri, SCHEMA.superEvent, mention(s)))
                if ev.organizer:
                    g.add((s, SCHEMA.organizer, org_iri(ev.organizer)))
            if ev.edition:
                g.add((ev_iri, KPU.edition, lit(ev.edition)))
            evidence(ev_iri, ev.span)
            for pt in ex.participations:
                who = person(pt.person) if pt.person else (self.org(g, pt.org) if pt.org else None)
                if who is None:
                    continue
                node = ID[f"participation/{slugify(a.id)}-{_hash(str(who), pt.capacity)}"]
                g.add((node, RDF.type, KPU.Participation))
                g.add((node, KPU.participant, who))
                g.add((node, KPU.inEvent, ev_iri))
                g.add((node, KPU.capacity, lit(pt.capacity)))
                evidence(node, pt.span)

        for r in ex.rulings:
            court = Org(name=r.court, key=slugify(r.court), kind="court")
            node = ID[f"ruling/{ruling_key(r.identifier, r.election, r.court)}"]
            mention(node)
            g.add((node, RDF.type, KPU.CourtRuling))
            label = f"Putusan {r.court} {r.identifier}" if r.identifier else _ruling_label(r.court, r.election)
            g.add((node, SKOS.prefLabel, lit(label)))
            g.add((node, KPU.court, mention(self.org(g, court))))
            if r.identifier:
                g.add((node, KPU.caseNumber, lit(r.identifier)))
            if r.number is not None:
                g.add((node, KPU.caseSequence, lit(r.number)))
            if r.case_type:
                g.add((node, KPU.caseType, lit(r.case_type)))
            if r.term:
                g.add((node, KPU.courtTerm, lit(r.term)))
            if r.year:
                g.add((node, KPU.registrationYear, Literal(str(r.year), datatype=XSD.gYear)))
            if r.election:
                e = r.election
                e_iri = ID[f"election/{election_key(e)}"]
                g.add((node, KPU.concernsElection, mention(e_iri)))
                g.add((e_iri, RDF.type, KPU.Election))
                g.add((e_iri, SKOS.prefLabel, lit(_election_label(e))))
                g.add((e_iri, KPU.office, lit(e.office)))
                if e.year:
                    g.add((e_iri, KPU.electionYear, Literal(str(e.year), datatype=XSD.gYear)))
                if e.region_code:
                    place = self.place(e.region_code)
                    g.add((e_iri, KPU.region, mention(place)))
                    region = regions.by_code(e.region_code)
                    if region is not None:
                        g.add((place, RDF.type, SCHEMA.AdministrativeArea))
                        g.add((place, SKOS.prefLabel, lit(region.name)))
            evidence(node, r.span)

        for t in ex.topics:
            node = ID[f"topic/{slugify(t.label)}"]
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.inScheme, ID["scheme/topics"]))
            g.add((node, SKOS.prefLabel, lit(t.label)))
            if t.alt_label:
                g.add((node, SKOS.altLabel, lit(t.alt_label)))
            g.add((art, DCTERMS.subject, node))
            mention(node)

        for q in ex.quotes:
            node = ID[f"quote/{slugify(a.id)}-{q.span.start}"]
            g.add((node, RDF.type, SCHEMA.Quotation))
            g.add((node, SCHEMA.text, lit(q.text)))
            if q.speaker:
                g.add((node, SCHEMA.spokenByCharacter, person(q.speaker)))
            g.add((node, SCHEMA.isPartOf, art))
            evidence(node, q.span)


def _sentence_at(ex: Extraction, span: Span, text: str) -> str:
    for s in ex.sentences:
        if s.start <= span.start < s.end:
            end = span.end
            last = s
            for t in ex.sentences[s.index :]:
                if t.start < end:
                    last = t
            return text[s.start : last.end]
    return text[span.start : span.end]


def _election_label(e: Election) -> str:
    where = e.region_name or "Indonesia"
    return f"Pemilihan {e.office} {where}" + (f" {e.year}" if e.year else "")


def _ruling_label(court: str, e: Election | None) -> str:
    return f"Putusan {court}" + (f" tentang {_election_label(e)}" if e else "")


def build_graph(resolution: Resolution) -> Dataset:
    """The knowledge graph of resolved extractions, one named graph per article.

    Args:
        resolution: the output of `resolve.resolve`.

    Returns:
        An rdflib Dataset; the same input always gives the same triples.
    """
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    b = _Builder(ds)
    for ex in resolution.extractions:
        b.article(ex)
    from .derive import derive_graph  # derive.py imports this module

    derive_graph(ds, resolution)
    return ds


def union(ds: Dataset) -> Graph:
    """All triples of all named graphs in one graph (for Turtle, N-Triples, JSON-LD)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g

