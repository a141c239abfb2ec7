"""Resolution -> RDF: the only module that mints IRIs and triples.

Each article's facts go into a named graph whose name is the article's IRI. Facts from the
official region list (body hierarchy, regions) go into `id/graph/reference`; facts derived across
articles (role spans, merges) go into `id/graph/derived` with `prov:wasDerivedFrom` their sources.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef

from . import regions
from .models import Election, Extraction, Org, Resolution, Span
from .orgs import body_by_key, court_org
from .vocab import DCTERMS, FOAF, ID, KPU, ORG, PREFIXES, PROV, RDF, SCHEMA, SKOS, XSD

REFERENCE = ID["graph/reference"]
DERIVED = ID["graph/derived"]
MODES = {
    "online": SCHEMA.OnlineEventAttendanceMode,
    "offline": SCHEMA.OfflineEventAttendanceMode,
    "hybrid": SCHEMA.MixedEventAttendanceMode,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """A readable IRI segment: lower-case ASCII words joined by hyphens ("Rina Wulandari" -> "rina-wulandari")."""
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


def ruling_key(identifier: str | None, election: Election | None, court: str, scope: str = "") -> str:
    """A ruling by case number, else by the election it concerns, else one per article (`scope`)."""
    if identifier:
        return slugify(identifier)
    if election:
        return f"{slugify(court)}-{election_key(election)}"
    return f"{slugify(court)}-unnumbered-{scope}" if scope else f"{slugify(court)}-unnumbered"


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:10]


_IDS = str(ID)
_XSD = str(XSD)
_REF = f"<{REFERENCE}>"
_Add = Callable[[str, str, str], None]
_DCTERMS_date = f"<{DCTERMS.date}>"
_DCTERMS_identifier = f"<{DCTERMS.identifier}>"
_DCTERMS_source = f"<{DCTERMS.source}>"
_DCTERMS_subject = f"<{DCTERMS.subject}>"
_DCTERMS_title = f"<{DCTERMS.title}>"
_FOAF_Person = f"<{FOAF.Person}>"
_FOAF_name = f"<{FOAF.name}>"
_KPU_CourtRuling = f"<{KPU.CourtRuling}>"
_KPU_Election = f"<{KPU.Election}>"
_KPU_ElectionBody = f"<{KPU.ElectionBody}>"
_KPU_Participation = f"<{KPU.Participation}>"
_KPU_acting = f"<{KPU.acting}>"
_KPU_capacity = f"<{KPU.capacity}>"
_KPU_caseNumber = f"<{KPU.caseNumber}>"
_KPU_caseSequence = f"<{KPU.caseSequence}>"
_KPU_caseType = f"<{KPU.caseType}>"
_KPU_charEnd = f"<{KPU.charEnd}>"
_KPU_charStart = f"<{KPU.charStart}>"
_KPU_concernsElection = f"<{KPU.concernsElection}>"
_KPU_court = f"<{KPU.court}>"
_KPU_courtTerm = f"<{KPU.courtTerm}>"
_KPU_datelinePlace = f"<{KPU.datelinePlace}>"
_KPU_edited = f"<{KPU.edited}>"
_KPU_edition = f"<{KPU.edition}>"
_KPU_electionYear = f"<{KPU.electionYear}>"
_KPU_eventKind = f"<{KPU.eventKind}>"
_KPU_inEvent = f"<{KPU.inEvent}>"
_KPU_office = f"<{KPU.office}>"
_KPU_participant = f"<{KPU.participant}>"
_KPU_photoOwner = f"<{KPU.photoOwner}>"
_KPU_photographerInitials = f"<{KPU.photographerInitials}>"
_KPU_region = f"<{KPU.region}>"
_KPU_regionLevel = f"<{KPU.regionLevel}>"
_KPU_registrationYear = f"<{KPU.registrationYear}>"
_KPU_site = f"<{KPU.site}>"
_KPU_sourceText = f"<{KPU.sourceText}>"
_KPU_statedOn = f"<{KPU.statedOn}>"
_KPU_unit = f"<{KPU.unit}>"
_KPU_writerInitials = f"<{KPU.writerInitials}>"
_ORG_Membership = f"<{ORG.Membership}>"
_ORG_Organization = f"<{ORG.Organization}>"
_ORG_OrganizationalUnit = f"<{ORG.OrganizationalUnit}>"
_ORG_Role = f"<{ORG.Role}>"
_ORG_member = f"<{ORG.member}>"
_ORG_organization = f"<{ORG.organization}>"
_ORG_role = f"<{ORG.role}>"
_ORG_subOrganizationOf = f"<{ORG.subOrganizationOf}>"
_ORG_unitOf = f"<{ORG.unitOf}>"
_PROV_wasDerivedFrom = f"<{PROV.wasDerivedFrom}>"
_RDF_type = f"<{RDF.type}>"
_SCHEMA_AdministrativeArea = f"<{SCHEMA.AdministrativeArea}>"
_SCHEMA_Event = f"<{SCHEMA.Event}>"
_SCHEMA_EventSeries = f"<{SCHEMA.EventSeries}>"
_SCHEMA_NewsArticle = f"<{SCHEMA.NewsArticle}>"
_SCHEMA_Place = f"<{SCHEMA.Place}>"
_SCHEMA_Quotation = f"<{SCHEMA.Quotation}>"
_SCHEMA_about = f"<{SCHEMA.about}>"
_SCHEMA_containedInPlace = f"<{SCHEMA.containedInPlace}>"
_SCHEMA_datePublished = f"<{SCHEMA.datePublished}>"
_SCHEMA_eventAttendanceMode = f"<{SCHEMA.eventAttendanceMode}>"
_SCHEMA_headline = f"<{SCHEMA.headline}>"
_SCHEMA_isPartOf = f"<{SCHEMA.isPartOf}>"
_SCHEMA_location = f"<{SCHEMA.location}>"
_SCHEMA_mentions = f"<{SCHEMA.mentions}>"
_SCHEMA_name = f"<{SCHEMA.name}>"
_SCHEMA_organizer = f"<{SCHEMA.organizer}>"
_SCHEMA_spokenByCharacter = f"<{SCHEMA.spokenByCharacter}>"
_SCHEMA_startDate = f"<{SCHEMA.startDate}>"
_SCHEMA_superEvent = f"<{SCHEMA.superEvent}>"
_SCHEMA_text = f"<{SCHEMA.text}>"
_SCHEMA_url = f"<{SCHEMA.url}>"
_SKOS_Concept = f"<{SKOS.Concept}>"
_SKOS_altLabel = f"<{SKOS.altLabel}>"
_SKOS_inScheme = f"<{SKOS.inScheme}>"
_SKOS_notation = f"<{SKOS.notation}>"
_SKOS_prefLabel = f"<{SKOS.prefLabel}>"


def _idr(path: str) -> str:
    """A resource IRI (under id/) in N-Quads form."""
    return f"<{_IDS}{path}>"


def _iri(term: str) -> str:
    """An IRI in N-Quads form."""
    return f"<{term}>"


def _text(value: str) -> str:
    """A plain string literal in N-Quads form, escaped the way rdflib's N-Quads writer does."""
    v = clean(value)
    if "\\" in v or '"' in v or "\n" in v or "\r" in v:
        v = v.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{v}"'


def _typed(lexical: str, datatype: str) -> str:
    return f'"{lexical}"^^<{datatype}>'


def _int(value: int) -> str:
    return f'"{value}"^^<{_XSD}integer>'


def _date(value: date) -> str:
    return f'"{value.isoformat()}"^^<{_XSD}date>'


def _bool(value: bool) -> str:
    return f'"{"true" if value else "false"}"^^<{_XSD}boolean>'


class _Emitter:
    """Writes each article's facts as N-Quads lines, without rdflib terms (the slow part at scale).

    `article` returns the article's own lines (its named graph); lines of the reference graph go
    to `reference`, each place and body once per emitter (several emitters may repeat them, so
    readers deduplicate).
    """

    def __init__(self) -> None:
        self.reference: list[str] = []
        self.seen_places: set[str] = set()
        self.seen_orgs: set[str] = set()

    def _ref(self, s: str, p: str, o: str) -> None:
        self.reference.append(f"{s} {p} {o} {_REF} .")

    # -- reference data: regions and the KPU/Bawaslu hierarchy
    def place(self, code: str) -> str:
        iri = _iri(place_iri(code))
        if code in self.seen_places:
            return iri
        self.seen_places.add(code)
        region = regions.by_code(code)
        self._ref(iri, _RDF_type, _SCHEMA_AdministrativeArea)
        if region is not None:
            self._ref(iri, _SKOS_prefLabel, _text(region.name))
            self._ref(iri, _SKOS_notation, _text(region.code))
            self._ref(iri, _KPU_regionLevel, _text(region.level))
            if "." in code:
                self._ref(iri, _SCHEMA_containedInPlace, self.place(region.province_code))
            else:  # "Jawa Tengah": a province's bare name is unique, unlike "Semarang"
                self._ref(iri, _SKOS_altLabel, _text(region.bare))
        return iri

    def org(self, add: _Add, org: Org) -> str:
        iri = _iri(org_iri(org))
        add(iri, _RDF_type, _ORG_Organization)
        add(iri, _SKOS_prefLabel, _text(org.name))
        if org.acronym:
            add(iri, _SKOS_altLabel, _text(org.acronym))
        if org.key not in self.seen_orgs:
            self.seen_orgs.add(org.key)
            self._org_reference(org)
        return iri

    def _org_reference(self, org: Org) -> None:
        iri = _iri(org_iri(org))
        if org.kind in ("kpu", "bawaslu"):
            self._ref(iri, _RDF_type, _KPU_ElectionBody)
            self._ref(iri, _RDF_type, _ORG_Organization)
            self._ref(iri, _SKOS_prefLabel, _text(org.name))
        if org.region_code:
            self._ref(iri, _KPU_region, self.place(org.region_code))
        if org.parent_key:
            parent = Org(name="", key=org.parent_key, kind=org.kind)
            self._ref(iri, _ORG_subOrganizationOf, _iri(org_iri(parent)))
            p = body_by_key(org.parent_key)
            if p is not None and p.key not in self.seen_orgs:
                self.seen_orgs.add(p.key)
                self._ref(_iri(org_iri(p)), _SKOS_prefLabel, _text(p.name))
                self._org_reference(p)

    # -- one article
    def article(self, ex: Extraction) -> list[str]:
        a = ex.article
        art_ref = article_iri(a.id)
        art = _iri(art_ref)
        lines: list[str] = []
        tail = f" {art} ."

        def add(s: str, p: str, o: str) -> None:
            lines.append(f"{s} {p} {o}{tail}")

        text = a.text
        art_slug = slugify(a.id)

        def evidence(node: str, span: Span) -> None:
            add(node, _PROV_wasDerivedFrom, art)
            add(node, _KPU_charStart, _int(span.start))
            add(node, _KPU_charEnd, _int(span.end))
            add(node, _KPU_sourceText, _text(_sentence_at(ex, span, text)))

        def mention(node: str) -> str:
            add(art, _SCHEMA_mentions, node)
            return node

        add(art, _RDF_type, _SCHEMA_NewsArticle)
        add(art, _SCHEMA_headline, _text(a.title))
        add(art, _DCTERMS_title, _text(a.title))
        add(art, _DCTERMS_identifier, _text(a.id))
        add(art, _DCTERMS_source, _text(a.source))
        when = a.event_date or a.published
        if when:
            add(art, _DCTERMS_date, _date(when))
        if a.published:
            add(art, _SCHEMA_datePublished, _date(a.published))
        if a.url:
            add(art, _SCHEMA_url, _text(a.url))
        if a.site:
            add(art, _KPU_site, _text(a.site))
        if a.place:
            add(art, _KPU_datelinePlace, _text(a.place))
        if a.credit:
            c = a.credit
            if c.writer:
                add(art, _KPU_writerInitials, _text(c.writer))
            add(art, _KPU_edited, _bool(c.edited))
            if c.photographer:
                add(art, _KPU_photographerInitials, _text(c.photographer))
            if c.photo_owner:
                add(art, _KPU_photoOwner, _text(c.photo_owner))

        people: dict[str, str] = {}

        def person(name: str) -> str:
            if name not in people:
                iri = _iri(person_iri(name))
                add(iri, _RDF_type, _FOAF_Person)
                add(iri, _SKOS_prefLabel, _text(name))
                add(iri, _FOAF_name, _text(name))
                people[name] = mention(iri)
            return people[name]

        for pm in ex.persons:
            p = person(pm.name)
            for alt in pm.alt_names:
                add(p, _SKOS_altLabel, _text(alt))
        for o in ex.orgs:
            mention(self.org(add, o))

        for m in ex.memberships:
            p = person(m.person)
            key = _hash(m.person, m.org.key if m.org else "", m.role, m.unit or "")
            node = _idr(f"membership/{art_slug}-{key}")
            add(node, _RDF_type, _ORG_Membership)
            add(node, _ORG_member, p)
            role = _idr(f"role/{slugify(m.role)}")
            add(role, _RDF_type, _ORG_Role)
            add(role, _SKOS_prefLabel, _text(m.role))
            add(node, _ORG_role, role)
            if m.org:
                add(node, _ORG_organization, mention(self.org(add, m.org)))
            if m.unit:
                u = _iri(unit_iri(m.org, m.unit))
                add(u, _RDF_type, _ORG_OrganizationalUnit)
                add(u, _SKOS_prefLabel, _text(m.unit))
                if m.org:
                    add(u, _ORG_unitOf, _iri(org_iri(m.org)))
                add(node, _KPU_unit, mention(u))
            if m.acting:
                add(node, _KPU_acting, _bool(True))
            if when:
                add(node, _KPU_statedOn, _date(when))
            evidence(node, m.span)

        if ex.event:
            ev = ex.event
            if ev.series and ev.date:
                ev_iri = _idr(f"event/{slugify(ev.series)}-{ev.date.isoformat()}")
            else:
                ev_iri = _idr(f"event/{art_slug}")
            add(art, _SCHEMA_about, ev_iri)
            mention(ev_iri)
            add(ev_iri, _RDF_type, _SCHEMA_Event)
            add(ev_iri, _SKOS_prefLabel, _text(ev.label))
            add(ev_iri, _SCHEMA_name, _text(ev.label))
            if ev.kind:
                add(ev_iri, _KPU_eventKind, _text(ev.kind))
            if ev.date:
                add(ev_iri, _SCHEMA_startDate, _date(ev.date))
            if ev.mode:
                add(ev_iri, _SCHEMA_eventAttendanceMode, _iri(MODES[ev.mode]))
            if ev.venue:
                venue = _idr(f"venue/{slugify(ev.venue)}")
                add(venue, _RDF_type, _SCHEMA_Place)
                add(venue, _SKOS_prefLabel, _text(ev.venue))
                add(ev_iri, _SCHEMA_location, mention(venue))
            if ev.organizer:
                add(ev_iri, _SCHEMA_organizer, mention(self.org(add, ev.organizer)))
            if ev.series:
                s = _idr(f"series/{slugify(ev.series)}")
                add(s, _RDF_type, _SCHEMA_EventSeries)
                add(s, _SKOS_prefLabel, _text(ev.series))
                add(ev_iri, _SCHEMA_superEvent, mention(s))
                if ev.organizer:
                    add(s, _SCHEMA_organizer, _iri(org_iri(ev.organizer)))
            if ev.edition:
                add(ev_iri, _KPU_edition, _text(ev.edition))
            evidence(ev_iri, ev.span)
            for pt in ex.participations:
                if pt.person:
                    who: str | None = person(pt.person)
                    who_iri: str = str(person_iri(pt.person))
                elif pt.org:
                    who = self.org(add, pt.org)
                    who_iri = str(org_iri(pt.org))
                else:
                    continue
                node = _idr(f"participation/{art_slug}-{_hash(who_iri, pt.capacity)}")
                add(node, _RDF_type, _KPU_Participation)
                add(node, _KPU_participant, who)
                add(node, _KPU_inEvent, ev_iri)
                add(node, _KPU_capacity, _text(pt.capacity))
                evidence(node, pt.span)

        for r in ex.rulings:
            court = court_org(r.court)
            node = _idr(f"ruling/{ruling_key(r.identifier, r.election, r.court, art_slug)}")
            mention(node)
            add(node, _RDF_type, _KPU_CourtRuling)
            label = f"Putusan {r.court} {r.identifier}" if r.identifier else _ruling_label(r.court, r.election)
            add(node, _SKOS_prefLabel, _text(label))
            add(node, _KPU_court, mention(self.org(add, court)))
            if r.identifier:
                add(node, _KPU_caseNumber, _text(r.identifier))
            if r.number is not None:
                add(node, _KPU_caseSequence, _int(r.number))
            if r.case_type:
                add(node, _KPU_caseType, _text(r.case_type))
            if r.term:
                add(node, _KPU_courtTerm, _text(r.term))
            if r.year:
                add(node, _KPU_registrationYear, _typed(str(r.year), XSD.gYear))
            if r.election:
                e = r.election
                e_iri = _idr(f"election/{election_key(e)}")
                add(node, _KPU_concernsElection, mention(e_iri))
                add(e_iri, _RDF_type, _KPU_Election)
                add(e_iri, _SKOS_prefLabel, _text(_election_label(e)))
                add(e_iri, _KPU_office, _text(e.office))
                if e.year:
                    add(e_iri, _KPU_electionYear, _typed(str(e.year), XSD.gYear))
                if e.region_code:
                    place = self.place(e.region_code)
                    add(e_iri, _KPU_region, mention(place))
                    region = regions.by_code(e.region_code)
                    if region is not None:
                        add(place, _RDF_type, _SCHEMA_AdministrativeArea)
                        add(place, _SKOS_prefLabel, _text(region.name))
            evidence(node, r.span)

        for t in ex.topics:
            node = _idr(f"topic/{slugify(t.label)}")
            add(node, _RDF_type, _SKOS_Concept)
            add(node, _SKOS_inScheme, _idr("scheme/topics"))
            add(node, _SKOS_prefLabel, _text(t.label))
            if t.alt_label:
                add(node, _SKOS_altLabel, _text(t.alt_label))
            add(art, _DCTERMS_subject, node)
            mention(node)

        for q in ex.quotes:
            node = _idr(f"quote/{art_slug}-{q.span.start}")
            add(node, _RDF_type, _SCHEMA_Quotation)
            add(node, _SCHEMA_text, _text(q.text))
            if q.speaker:
                add(node, _SCHEMA_spokenByCharacter, person(q.speaker))
            add(node, _SCHEMA_isPartOf, art)
            evidence(node, q.span)
        return lines


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
        An rdflib Dataset; the same input always gives the same triples. For corpora too large
        for an in-memory rdflib graph, `pipeline.build_file` streams the same quads to a file.
    """
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    blocks, reference = article_quads(resolution.extractions)
    data = "".join(line + "\n" for block in blocks for line in block)
    data += "".join(line + "\n" for line in sorted(set(reference)))
    data += "".join(line + "\n" for line in derived_quads(resolution))
    ds.parse(data=data, format="nquads")
    return ds


def article_quads(extractions: Sequence[Extraction]) -> tuple[list[list[str]], list[str]]:
    """N-Quads lines of each article's named graph (sorted, no duplicates) and of the reference graph.

    Reference lines may repeat across calls (one call per chunk of articles); deduplicate them.
    """
    em = _Emitter()
    return [sorted(set(em.article(ex))) for ex in extractions], em.reference


def derived_quads(resolution: Resolution) -> list[str]:
    """N-Quads lines of the derived graph (cross-article facts), sorted."""
    from .derive import derived_triples  # derive.py imports this module

    graph = f" <{DERIVED}> ."
    return sorted({f"{s} {p} {o}{graph}" for s, p, o in derived_triples(resolution)})


def union(ds: Dataset) -> Graph:
    """All triples of all named graphs in one graph (for Turtle, N-Triples, JSON-LD)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g

