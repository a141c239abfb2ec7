"""Plain, frozen data objects that cross the boundaries between pipeline stages.

read -> Article -> segment -> Sentence -> extract -> Extraction -> resolve -> Resolution -> build.
No rdflib terms appear here: IRIs are minted only in `build`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Credit:
    """The closing credit of a KPU article: "(sof/ed. Foto: awh/KPU Kota Semarang)"."""

    writer: str | None = None
    edited: bool = False
    photographer: str | None = None
    photo_owner: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One news item, as read from a file (read -> segment)."""

    id: str  # stable: the given id, else a hash of URL or site + title + text
    title: str
    text: str
    source: str  # path (and line) quoted in messages
    url: str | None = None
    site: str | None = None  # e.g. "kota-semarang.kpu.go.id", from the record or the dateline
    place: str | None = None  # dateline place, e.g. "Semarang"
    published: date | None = None
    event_date: date | None = None
    credit: Credit | None = None
    neighbour_dates: tuple[date, ...] = ()  # dates of articles around it on the same listing page


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's text with its offset (segment -> extract)."""

    index: int
    text: str
    start: int  # offset into Article.text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a fact was read: character offsets into Article.text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation as recognised in text, already canonical where the gazetteer knows it."""

    name: str  # canonical name: "KPU Kota Semarang", "Mahkamah Konstitusi"
    key: str  # stable key for the IRI: "kpu-33-74", "bawaslu-33", "mahkamah-konstitusi"
    kind: str = "other"  # "kpu", "bawaslu", "court", "government", "other"
    region_code: str | None = None  # "33.74"
    region_name: str | None = None  # "Kota Semarang"
    parent_key: str | None = None
    acronym: str | None = None


@dataclass(frozen=True, slots=True)
class PersonMention:
    name: str  # full name without titles
    span: Span
    alt_names: tuple[str, ...] = ()  # nicknames in parentheses, short forms seen


@dataclass(frozen=True, slots=True)
class Membership:
    person: str
    role: str  # long form: "Ketua", "Anggota", "Kepala Subbagian"
    org: Org | None
    unit: str | None  # canonical: "Divisi Hukum dan Pengawasan"
    span: Span
    acting: bool = False  # "Plt."


@dataclass(frozen=True, slots=True)
class Participation:
    person: str | None  # a person's full name, or None when only a body is named
    capacity: str  # speaker, moderator, opener, attendee, leader
    span: Span
    org: Org | None = None


@dataclass(frozen=True, slots=True)
class Election:
    office: str  # "Bupati", "Wali Kota", "Gubernur", "Presiden", "DPR", ...
    region_code: str | None
    region_name: str | None  # "Kabupaten Pasaman"
    year: int | None


@dataclass(frozen=True, slots=True)
class Ruling:
    identifier: str | None  # "27/PHPU.WAKO-XXIII/2025" as the court writes it
    number: int | None
    case_type: str | None  # "PHPU.BUP", "PUU"
    term: str | None  # Roman numeral: "XXIII"
    year: int | None  # registration year
    court: str
    election: Election | None
    span: Span


@dataclass(frozen=True, slots=True)
class Event:
    label: str
    kind: str | None  # rakor, bimtek, webinar, ...
    series: str | None
    edition: str | None  # "XXI" from "Seri ke-XXI"
    organizer: Org | None
    mode: str | None  # online, offline, hybrid
    venue: str | None
    date: date | None
    span: Span


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Topic:
    label: str
    alt_label: str | None = None  # an acronym defined in the text
    known: bool = False  # from the vocabulary in ontology/topics.ttl


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read out of one article (extract -> resolve)."""

    article: Article
    persons: tuple[PersonMention, ...] = ()
    orgs: tuple[Org, ...] = ()
    memberships: tuple[Membership, ...] = ()
    event: Event | None = None
    participations: tuple[Participation, ...] = ()
    rulings: tuple[Ruling, ...] = ()
    topics: tuple[Topic, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Extractions with identities settled across articles (resolve -> build)."""

    extractions: tuple[Extraction, ...]
    person_keys: tuple[tuple[str, str], ...] = ()  # (name as extracted, canonical name)
    merges: tuple[tuple[str, str, str], ...] = ()  # (variant, canonical, reason)
    ruling_links: tuple[tuple[str, str], ...] = ()  # (unnumbered ruling key, numbered identifier)
