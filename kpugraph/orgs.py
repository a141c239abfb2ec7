"""Organisations in text: KPU/KIP/Bawaslu bodies resolved against the official region list,
bodies of `ontology/organizations.tsv`, region-bound bodies (DPRD, Pemerintah Kabupaten ...),
and capitalised names headed by an institution word (Universitas, Partai, Dinas ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import regions
from .lexicon import BALINESE_AFTER_I, PERSON_TITLES, is_common_word
from .models import Org
from .regions import Region
from .scan import finditer_at, prefix_starts, word_positions
from .vocabulary import known_bodies

ELECTION_BODY = re.compile(
    r"\b(?P<body>Komisi\s+Pemilihan\s+Umum|Komisi\s+Independen\s+Pemilihan|Badan\s+Pengawas\s+Pemilihan\s+Umum"
    r"|Badan\s+Pengawas\s+Pemilu|Panitia\s+Pengawas\s+Pemilihan|KPUD|KPU|KIP|Bawaslu|BAWASLU|Panwaslih)\b"
    r"(?:\s*\((?:KPUD?|KIP|Bawaslu|Panwaslih)\))?"
)
NATIONAL = re.compile(r"\s*(?:RI\b|Republik\s+Indonesia\b|Pusat\b)")
# "Kota Administrasi Jakarta Selatan", "Kabupaten Adm. Kepulauan Seribu": DKI Jakarta's cities and regency
LEVEL = re.compile(
    r"\s*(?P<lvl>Provinsi|Prov\.?|Propinsi|Kabupaten|Kab\.?|Kota)(?=[\s.])\s*(?:(?:Administrasi|Adm\.)\s*)?",
    re.IGNORECASE,
)
BODY_KIND = {
    "komisi pemilihan umum": "kpu", "kpud": "kpu", "kpu": "kpu",
    "komisi independen pemilihan": "kip", "kip": "kip",
    "badan pengawas pemilihan umum": "bawaslu", "badan pengawas pemilu": "bawaslu", "bawaslu": "bawaslu",
    "panwaslih": "panwaslih", "panitia pengawas pemilihan": "panwaslih",  # Aceh's Bawaslu, by its own name
}  # fmt: skip

# Bodies bound to a region: "DPRD Kabupaten Magelang", "Pemerintah Kota Semarang", "Bappeda Kota X".
REGIONAL_HEAD = re.compile(
    r"\b(?P<head>DPRD|Pemerintah|Pemkab|Pemkot|Pemprov|Bappeda|Disdukcapil|Dispendukcapil|Kesbangpol"
    r"|Badan\s+Kesbangpol|Inspektorat|Polres|Polresta|Polrestabes|Kejaksaan\s+Negeri|Kejari|Pengadilan\s+Negeri|(?<!/)PN"
    r"|Diskominfo|Dinas\s+Komunikasi\s+dan\s+Informatika|Dinas\s+Pendidikan|Dinas\s+Kependudukan\s+dan\s+Pencatatan\s+Sipil"
    r"|Sekretariat\s+Daerah|Setda|Kantor\s+Kementerian\s+Agama|Kemenag|Kodim|PWI|Komisi\s+Informasi"
    r"|Tim\s+Pemeriksa\s+Daerah"  # DKPP's examining team in a province
    r"|Sentra\s+Penegakan\s+Hukum\s+Terpadu|Sentra\s+Gakkumdu)\b"  # the election-crimes desk of a region
    r"(?:[^\S\n]*\((?P<acronym>[A-Z][A-Za-z]{1,9})\))?"  # its acronym: "Tim Pemeriksa Daerah (TPD) Sulawesi Tengah"
)
HEAD_EXPANSION = {
    "pemkab": "Pemerintah",
    "pemkot": "Pemerintah",
    "pemprov": "Pemerintah",
    "dispendukcapil": "Disdukcapil",
    "pn": "Pengadilan Negeri",
}
# Capitalised names headed by an institution word: "Universitas Diponegoro", "Partai Gerindra".
INSTITUTION = re.compile(
    r"\b(?P<head>Universitas|Institut|Sekolah\s+Tinggi|Politeknik|SMAN?|SMKN?|SMPN?|MAN|Madrasah(?:\s+Aliyah)?"
    r"|Pondok\s+Pesantren|Ponpes|Dayah"
    r"|Partai|Perhimpunan|Ikatan|Himpunan|Korps|Komunitas|Lembaga|Yayasan|Badan|Dinas|Kementerian|Dewan|Paguyuban"
    r"|Persatuan|Gerakan|Aliansi|Asosiasi|Organisasi|Pengurus|Kaukus|Koalisi|Jaringan|Komite|Perkumpulan|Serikat|Lingkar"
    r"|Konsorsium|Pusat\s+(?:Studi|Kajian|Penelitian|Pengkajian)|Karang\s+Taruna|DPC|DPD|DPW|PC|PD|PW"
    r"|Polda|Kodam|Korem|Kodim|Lanud|Lantamal|Kanwil|Kantor\s+Wilayah|Kejati|Kejari|Polres|Polrestabes|Polresta|Lapas|Rutan"
    r"|Pengadilan|(?<!Ketua\s)(?<!Pelaksana\s)(?:Harian|Radio|Majalah|Tabloid|Koran)"  # "Harian X": not "Ketua Harian"
    r"|(?<!di\s)(?<!ke\s)(?:Gereja|Jemaat|Sinode|Keuskupan|Paroki))"  # a church body; "di Gereja X" is a venue
    r"(?P<rest>(?:\s+(?:[A-Z][\w'&/.-]*|\d+(?:/[A-Z]\w*)?|dan|untuk|di|se-\w+|\([A-Z][\w-]*\))){1,8})"
)
PARTY_SHORT = re.compile(r"\bPDI[\s-]?Perjuangan\b|\bPDIP\b")


@dataclass(frozen=True, slots=True)
class OrgMatch:
    org: Org
    start: int
    end: int


def _kpu_name(kind: str, region: Region | None) -> str:
    word = {"kpu": "KPU", "kip": "KIP", "bawaslu": "Bawaslu", "panwaslih": "Panwaslih"}[kind]
    if region is None:
        return f"{word} RI"
    if region.level == "provinsi":
        return f"{word} {region.bare}" if kind in ("kip", "panwaslih") else f"{word} Provinsi {region.bare}"
    return f"{word} {region.name}"


def _family(kind: str) -> str:
    """The body family a kind belongs to: KIP is Aceh's KPU, Panwaslih Aceh's Bawaslu."""
    return "bawaslu" if kind in ("bawaslu", "panwaslih") else "kpu"


def election_body(kind: str, region: Region | None) -> Org:
    """The canonical KPU/KIP/Bawaslu body of a region (None: the national body).

    KIP (Komisi Independen Pemilihan) is the KPU of Aceh and Panwaslih its Bawaslu: each keeps
    its name and shares the key of its region's KPU or Bawaslu.
    """
    family = _family(kind)
    if region is None:
        return Org(_kpu_name(family, None), f"{family}-ri", family)
    if region.province_code == "11" and family == "kpu":
        kind = "kip"
    key = f"{family}-{region.code.replace('.', '-')}"
    parent = f"{family}-ri" if region.level == "provinsi" else f"{family}-{region.province_code}"
    return Org(_kpu_name(kind, region), key, family, region.code, region.name, parent)


def body_by_key(key: str) -> Org | None:
    """The election body of a key such as "kpu-33-74" or "bawaslu-ri"."""
    m = re.fullmatch(r"(kpu|bawaslu)-(ri|\d{2}(?:-\d{2})?)", key)
    if not m:
        return None
    if m.group(2) == "ri":
        return election_body(m.group(1), None)
    region = regions.by_code(m.group(2).replace("-", "."))
    return election_body(m.group(1), region) if region else None


# a satker under its region's domain: kpud-grobogankab.go.id, kip-pidiekab.go.id, kip.acehprov.go.id, kpu.bimakab.go.id
_REGIONAL_DOMAIN = re.compile(r"^(?:kpud?|kip)[.-]?([a-z]+?)(kab|kota|prov)\.go\.id$")


def _host(site: str | None) -> str:
    """The site's host name as the site patterns read it: lower case, without "www."."""
    return (site or "").lower().removeprefix("www.")


@lru_cache(maxsize=4096)  # one site per satker: looked up for every article and title
def site_region(site: str | None) -> Region | None:
    """The region of a satker site: kota-semarang.kpu.go.id, kab-grobogan.kpu.go.id, jateng.kpu.go.id,
    kpud-grobogankab.go.id, kip.acehbesarkab.go.id. None for KPU RI's own site or any other site."""
    host = _host(site)
    if not host:
        return None
    m = re.match(r"^(kota|kab|kabupaten)-([a-z-]+)\.(?:kpu|bawaslu)\.go\.id$", host)
    if m:
        level = "kota" if m.group(1) == "kota" else "kabupaten"
        found = regions.lookup(m.group(2).replace("-", " "), level)
        return found[0] if found else None
    m = _REGIONAL_DOMAIN.match(host)
    if m:
        level = {"kota": "kota", "kab": "kabupaten", "prov": "provinsi"}[m.group(2)]
        found = regions.lookup(m.group(1), level)
        return found[0] if found else None
    m = re.match(r"^([a-z-]+)\.(?:kpu|bawaslu)\.go\.id$", host)
    if m and m.group(1) not in ("www", "jdih", "ppid", "infopemilu", "sirekap", "helpdesk"):
        found = regions.lookup(m.group(1).replace("-", " "))
        provs = [r for r in found if r.level == "provinsi"]
        if provs:
            return provs[0]
        return found[0] if len(found) == 1 else None
    return None


@lru_cache(maxsize=4096)
def is_kpu_site(site: str | None) -> bool:
    """A site of KPU RI, a KPU satker or a KIP of Aceh (also under its region's domain)."""
    host = _host(site)
    return host.endswith("kpu.go.id") or bool(re.search(r"kpud?-?\w*\.go\.id$", host) or _REGIONAL_DOMAIN.match(host))


@lru_cache(maxsize=4096)
def site_body(site: str | None) -> Org | None:
    """The satker that publishes on `site` (KPU RI for kpu.go.id itself, Bawaslu RI for bawaslu.go.id)."""
    host = _host(site)
    family = "bawaslu" if host.endswith("bawaslu.go.id") else "kpu"
    region = site_region(site)
    if region is not None:
        return election_body(family, region)
    if host in ("kpu.go.id", "bawaslu.go.id"):
        return election_body(family, None)
    return None


def is_election_body_site(site: str | None) -> bool:
    """A site of the KPU (and KIP) or of the Bawaslu, national or of a satker."""
    return is_kpu_site(site) or _host(site).endswith("bawaslu.go.id")


def _pick(cands: tuple[Region, ...], home: Region | None) -> Region | None:
    """One region among namesakes ("Semarang": Kota or Kabupaten): the home satker's, else the regency."""
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    if home is not None:
        for c in cands:
            if c.code == home.code:
                return c
    kab = [c for c in cands if c.level == "kabupaten"]
    return kab[0] if kab else cands[0]


_SPACES = re.compile(r"\s+")


def region_after(text: str, pos: int, home: Region | None) -> tuple[Region, int] | None:
    """A region name (with an optional level word) right after `pos`, and where it ends."""
    level = None
    lm = LEVEL.match(text, pos)
    at = pos
    if lm:
        level = regions.LEVEL_OF[lm.group("lvl").lower().rstrip(".")]
        at = lm.end()
    else:
        ws = _SPACES.match(text, pos)
        at = ws.end() if ws else pos
        if at == pos:
            return None
    hit = regions.region_at(text, at)
    if hit is None or not hit[0][0].isupper():
        return None
    name, end = hit
    cands = regions.lookup(name, level) if level else regions.lookup(name)
    if level is None:
        # without a level word a bare province name means the province ("KPU Jawa Tengah")
        provs = tuple(c for c in cands if c.level == "provinsi")
        cands = provs or cands
    region = _pick(cands, home)
    return (region, end) if region else None


def find_election_bodies(text: str, site: str | None) -> list[OrgMatch]:
    """KPU, KIP and Bawaslu bodies named in text, canonical; "KPU" alone is the site's own satker."""
    home = site_region(site)
    home_body = site_body(site)
    out = []
    bare: list[tuple[str, int, int]] = []  # "KPU" alone where no site says which
    for m in ELECTION_BODY.finditer(text):
        kind = BODY_KIND[re.sub(r"\s+", " ", m.group("body")).lower()]
        end = m.end()
        nat = NATIONAL.match(text, end)
        if nat:
            out.append(OrgMatch(election_body(kind, None), m.start(), nat.end()))
            continue
        hit = region_after(text, end, home)
        if hit:
            region, end = hit
            out.append(OrgMatch(election_body(kind, region), m.start(), end))
            out.extend(_enumerated(text, end, kind, region, home))
            continue
        follow = text[end : end + 25]
        if re.match(r"\s*(?:Provinsi|Kabupaten|Kota|kabupaten|kota|provinsi|se-|di\s+(?:tingkat|seluruh))", follow):
            continue  # "KPU Provinsi dan KPU Kabupaten/Kota": a level, not a body
        if home is not None:
            # "KPU" or "Bawaslu" alone on a satker's site: that satker's region
            out.append(OrgMatch(election_body(kind, home), m.start(), end))
        elif home_body is not None and _family(kind) == home_body.kind:
            out.append(OrgMatch(home_body, m.start(), end))
        elif home_body is None:
            bare.append((kind, m.start(), end))
    out += _bare_bodies(text, bare, out)
    if "Panitia" in text and _PANWASLIH_LONG.search(text):  # named as spelt out: "Panitia Pengawas Pemilihan Kota X"
        out = [
            replace(o, org=replace(o.org, name=o.org.name.replace("Panwaslih", _PANWASLIH_WORDS, 1)))
            if o.org.name.startswith("Panwaslih ")
            else o
            for o in out
        ]
    return out


_PANWASLIH_WORDS = "Panitia Pengawas Pemilihan"
_PANWASLIH_LONG = re.compile(r"\bPanitia\s+Pengawas\s+Pemilihan\b")


def _bare_bodies(text: str, bare: list[tuple[str, int, int]], named: list[OrgMatch]) -> list[OrgMatch]:
    """"KPU" or "Bawaslu" alone in a news report: the one body of that kind the report names
    ("KPU Kabupaten Tabalong" ... "Ketua KPU Hendra"), else, after a post, the national one
    ("Ketua KPU X" in national news); nothing where the report names several."""
    out = []
    for kind, start, end in bare:
        family = _family(kind)
        bodies = {o.org.key: o.org for o in named if o.org.kind == family}
        if len(bodies) == 1:
            out.append(OrgMatch(next(iter(bodies.values())), start, end))
        elif not bodies and kind in ("kpu", "bawaslu") and _POST_BEFORE.search(text, max(0, start - 40), start):
            out.append(OrgMatch(election_body(kind, None), start, end))
    return out


# a post in the body right before its bare name: "Ketua KPU X", "Biro Hukum Sekretariat Jenderal KPU"
_POST_BEFORE = re.compile(
    r"\b(?i:ketua|anggota|komisioner|sekretaris\s+jenderal|sekjen|sekretariat\s+jenderal|setjen)\s+$"
)


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:(?:dan|serta)\s+)?|(?<=\s)(?:dan|serta)\s+)")  # one \s* run: linear


def _enumerated(text: str, pos: int, kind: str, first: Region, home: Region | None) -> list[OrgMatch]:
    """The rest of an enumeration of bodies: "KPU Kabupaten Solok, Tanah Datar, dan Kota Solok"."""
    items: list[OrgMatch] = []
    closed = False
    prev = first
    while True:
        sep = _LIST_SEP.match(text, pos)
        if not sep:
            break
        hit = region_after(text, sep.end() - 1 if text[sep.end() - 1].isspace() else sep.end(), home)
        if hit is None:
            break
        region, end = hit
        if region.level == "provinsi" or region.code == prev.province_code:
            break  # "KPU Kabupaten Pati, Jawa Tengah": where the body is, not another body
        items.append(OrgMatch(election_body(kind, region), sep.end(), end))
        closed = bool(re.search(r"\b(?:dan|serta)\b", sep.group(0)))
        prev, pos = region, end
        if closed:
            break
    return items if closed or len(items) >= 2 else []


@lru_cache(maxsize=1)
def _known_pattern() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Org]]:
    """The pattern of every known body's name and alternative labels, where it can start, and the bodies by label."""
    by_label: dict[str, Org] = {}
    for b in known_bodies():
        acronym = next((a for a in b.alt_labels if a.isupper() and len(a) <= 8), None)
        org = Org(b.name, _slug(b.name), b.kind, acronym=acronym)
        for label in (b.name, *b.alt_labels):
            by_label[label.lower()] = org
    names = sorted(by_label, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    return (
        re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE),
        prefix_starts(names),
        by_label,
    )


def court_org(name: str, acronym: str | None = None) -> Org:
    """A court as an organisation, keyed like the known bodies of ontology/organizations.tsv."""
    return Org(name, _slug(name), "court", acronym=acronym)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def find_known_bodies(text: str) -> list[OrgMatch]:
    """Bodies of ontology/organizations.tsv by name or acronym (acronyms must be written in capitals)."""
    pattern, starts, by_label = _known_pattern()
    out = []
    as_written: dict[str, Org] = {}  # a body named by its short forms only: the longest one for all ("DPR RI")
    matches = []
    for m in finditer_at(pattern, text, starts):
        word = m.group(0)
        org = by_label[re.sub(r"\s+", " ", word).lower()]
        if word.lower() != org.name.lower() and not any(c.isupper() for c in word):
            continue
        if len(word) <= 3 and not word.isupper():
            continue
        matches.append((m, org))
    for m, org in sorted(matches, key=lambda mo: -len(mo[0].group(0))):
        word = m.group(0)
        as_written.setdefault(org.key, Org(word, _slug(word), org.kind, acronym=word))
    low = text.lower()
    for m, org in matches:
        word = m.group(0)
        if org.kind != "court" and word.lower() != org.name.lower() and org.name.lower() not in low:
            # named only by its acronym: keep it as the article writes it (expanded only where expanded)
            org = as_written[org.key]
        end = m.end()
        am = _ACRONYM_AFTER.match(text, end)
        after = am.end() if am else end
        pm = _REPRESENTATIVE.match(text, after)
        if pm:
            hit = region_after(text, pm.end(), None)
        else:  # a regional court: "PTUN Jayapura", "Pengadilan Tinggi Tata Usaha Negara (PTTUN) Makassar"
            # "RRI Merauke": a public broadcaster's station; "KIPP Riau": a monitoring network's chapter
            regional = org.kind in ("media", "civil") or org.kind == "court" and org.name not in NATIONAL_COURTS
            hit = region_after(text, after, None) if regional else None
        if hit:  # "Ombudsman RI Perwakilan Jawa Timur": the body's office in a region, as written
            region, end = hit
            # as written, but for its acronym: "Komite Independen Pemantau Pemilu (KIPP) Riau"; "KIPP Riau" where
            # the article spells the body out; a court as written ("PTUN Jayapura")
            lead = word if org.kind == "court" else org.name
            name = _SPACES.sub(" ", f"{lead} {text[after:end].strip()}")
            org = Org(name, _slug(f"{org.key}-{region.code}"), org.kind, region.code, region.name)
        start = m.start()
        if org.kind == "party" and (board := _CENTRAL_BOARD.search(text, max(0, start - 30), start)):
            start = board.start()  # "Sekjen DPP Partai X": the party's central board is the party
        out.append(OrgMatch(org, start, end))
    return out


_CENTRAL_BOARD = re.compile(r"\b(?:DPP|Dewan\s+Pimpinan\s+Pusat)\s+$")
_REPRESENTATIVE = re.compile(r"(?<![^\S\n])[^\S\n]+Perwakilan(?=\s)")  # from a run's first space: linear
# applied with .match after a name: "Badan X| (BX)", "Pengadilan Tinggi Tata Usaha Negara| (PT TUN)"
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z-]{1,12}(?: [A-Z]{2,5})?)\)")
NATIONAL_COURTS = {"Mahkamah Konstitusi", "Mahkamah Agung"}


_MINISTRY = "Kementerian "


def ministry_after(text: str, pos: int) -> tuple[Org, int] | None:
    """The ministry a minister's title names right after `pos`: "Menteri| Dalam Negeri" is the
    Kementerian Dalam Negeri of ontology/organizations.tsv."""
    ws = _SPACES.match(text, pos)
    at = ws.end() if ws else pos
    pattern, _, by_label = _known_pattern()
    m = pattern.match(_MINISTRY + text[at : at + 120])
    if not m or m.end() <= len(_MINISTRY):
        return None
    org = by_label[re.sub(r"\s+", " ", m.group(0)).lower()]
    return (org, at + m.end() - len(_MINISTRY)) if org.name.startswith(_MINISTRY) else None


_UNIT_NUMBER = re.compile(r"\s*(\d{2,4})\s*/\s*")  # "Dandim 0712/ Salatiga"
# after the number: "032/Wirabraja"; two words before an officer's rank: "033/Wira Pratama Brigjen TNI X"
_UNIT_NAME = re.compile(
    r"([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+(?=[^\S\n]+(?:Brigjen|Mayjen|Letjen|Kolonel|Letkol|Mayor|Laksma|Marsma)\b))?)\b"
)
_UNIT_ROMAN = re.compile(r"[^\S\n]+([IVX]{1,5}(?:/[A-Z][a-z]+\b|(?![.\w/])))")  # "Lantamal II", "Kodam IV/Diponegoro"


def contracted_body(head: str, text: str, pos: int, site: str | None) -> tuple[Org, int] | None:
    """The body a contracted title names by the place after it, and where the place ends:
    "Dandim| 0712/Salatiga" is Kodim 0712/Salatiga, "Kapolres| Sumba Barat" Polres Sumba Barat."""
    num = _UNIT_NUMBER.match(text, pos)
    ws = _SPACES.match(text, pos)
    at = num.end() if num else (ws.end() if ws else pos)
    if at == pos:
        return None
    hit = regions.region_at(text, at)
    if hit is None:
        # a numbered unit named after no region: "Danrem 032/Wirabraja", "Danlantamal II"
        nm = _UNIT_NAME.match(text, at) if num else _UNIT_ROMAN.match(text, pos)
        if nm is None:
            return None
        written = f"{head} {num.group(1)}/{nm.group(1)}" if num else f"{head} {nm.group(1)}"
        return Org(written, _slug(written), "government"), nm.end()
    place, end = hit
    written = f"{head} {num.group(1)}/{place}" if num else f"{head} {place}"
    found = find_orgs(written, site)
    return (found[0].org, end) if found and found[0].end == len(written) else None


def find_regional_bodies(text: str, site: str | None) -> list[OrgMatch]:
    home = site_region(site)
    out = []
    matches = list(REGIONAL_HEAD.finditer(text))
    # "Kejaksaan Negeri (Kejari) Gowa" ... "Kejari Gowa": the short head the article defines is the long one
    defined = {m.group("acronym").lower(): _SPACES.sub(" ", m.group("head")) for m in matches if m.group("acronym")}
    _, _, by_label = _known_pattern()
    low = text.lower()
    for m in matches:
        hit = region_after(text, m.end(), home)
        if not hit:
            continue
        region, end = hit
        head = _SPACES.sub(" ", m.group("head"))
        known = by_label.get(head.lower())  # "Sentra Gakkumdu", where the article spells it out
        if known and known.name.lower() in low:
            head = known.name
        head = defined.get(head.lower(), HEAD_EXPANSION.get(head.lower(), head))
        written = re.sub(r"\s+", " ", text[m.end() : end]).strip()
        level_written = bool(re.match(r"(?i)(provinsi|prov\.?|kabupaten|kab\.?|kota)\s", written))
        if head in ("Pemerintah", "DPRD") or level_written:
            name = f"{head} {region.name}"
        else:  # "Polres Salatiga", "Pengadilan Negeri Sukoharjo"; "Polres Minut": "Polres Minahasa Utara"
            name = f"{head} {region.bare}"
        kind = "court" if head.startswith("Pengadilan") else "government"
        out.append(OrgMatch(Org(name, _slug(f"{head}-{region.code}"), kind, region.code, region.name), m.start(), end))
    return out


_TRAILING = re.compile(r"(?:\s+(?:dan|untuk|di|se-\w+)|\s+\([^)]*\))+$")  # "Partai X (PX) untuk" -> "Partai X"
# "SMA N 1 X", "SMAN 1 X": the state school "SMA Negeri 1 X"
_STATE_SCHOOL = re.compile(r"^(SMA|SMK|SMP|SD)(?:N|\s+N\.?)(?=\s+\d)")
_NOT_ORG_TAIL = {
    "Divisi",
    "Ketua",
    "Anggota",
    "Sekretaris",
    "Kepala",
    "Kota",
    "Kabupaten",
    "Provinsi",
    "KPU",
    "Bawaslu",
    "Nomor",
    "No",
    "Tahun",
}
_TITLES = {*(f"{t}." for t in PERSON_TITLES), "Prof", "Dr", "Drs"}  # as written before a name
_VENUE_WORDS = {"Gedung", "Aula", "Ruang", "Kampus", "Hotel", "Kantor", "Auditorium", "Balai", "Pendopo", "Lapangan"}
_GENERIC = re.compile(
    r"^(?:Partai\s+Politik|Badan\s+Ad\s*hoc|Badan\s+Adhoc|Dinas\s+Terkait|Lembaga\s+Terkait"
    r"|Jaringan\s+Dokumentasi)\b",  # JDIH: a legal-information network, a service rather than a body
    re.IGNORECASE,
)


_WORD = re.compile(r"\w+")
_LEAD_WITH_DAN = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3}[^\S\n]+(?:dan|&)[^\S\n]+$")


def _acronym_opens_before(text: str, start: int, name: str, acronym: str) -> int | None:
    """Where a body's name really starts when its acronym's initial is that of a word before
    "dan": "Sasana Inklusi dan Gerakan Advokasi Difabel (SIGAB)" starts at "Sasana"."""
    lead = _LEAD_WITH_DAN.search(text, max(0, start - 80), start) if acronym[0] != name[0] else None
    if lead is None:
        return None
    return next((w.start() for w in _WORD.finditer(text, lead.start(), start) if w.group()[0] == acronym[0]), None)


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every word of a known body's labels, lower case: "partai", "gerindra", "daerah"."""
    return frozenset(w for label in _known_pattern()[2] for w in label.split())


def _known_body_ends(name: str, rest: list[str]) -> bool:
    """Whether a known body's label `name` ends its name before the words `rest`: "Partai Gerindra| Bayu
    Kresna", "DPD RI| Andi ..." (a person's name follows), but not "DPD| Partai X" or "Dewan Perwakilan
    Rakyat| Daerah" (a word of the known labels follows)."""
    low = name.lower()
    if low not in _known_pattern()[2] or not rest:
        return False
    return rest[0].lower() not in _label_words() and not _body_head(" ".join(rest))


def _known_acronym(word: str, after: str) -> bool:
    known = word.lower() in BODY_KIND or (word.isupper() and word.lower() in _known_pattern()[2])
    return known and not regions.lookup(after.strip(".,"))


def _body_head(text: str) -> bool:
    return bool(INSTITUTION.match(text) or REGIONAL_HEAD.match(text))


_INNER_ACRONYM = re.compile(r" \(([A-Z][\w-]*)\)(?= )")


def find_institutions(text: str) -> list[OrgMatch]:
    """Capitalised institution names ("Universitas Diponegoro", "Partai Gerindra"), with an
    acronym when the text defines it right after: "Badan X (BX)"."""
    out = []
    pos = 0
    while (m := INSTITUTION.search(text, pos)) is not None:
        pos = m.start("rest")  # a match cut short lets the next body start inside its tail
        words = m.group("rest").split()
        keep: list[str] = []
        for i, w in enumerate(words):
            if w in _TITLES:
                break  # "Asosiasi X (AX) Prof. Lukas ...": a person's title opens the name after the body's
            if w in _NOT_ORG_TAIL or keep and _known_body_ends(f"{m.group('head')} {' '.join(keep)}", words[i:]):
                break
            if keep and keep[-1].startswith("(") and (w.islower() or _known_acronym(keep[-1].strip("()"), w)):
                # "Dewan ... Pemilu (DKPP) di Kompleks Parlemen", "Badan Pengawas Pemilu (Bawaslu) Abdul
                # Gafur": the acronym closes the name; a known body's unless a place follows ("(PTTUN)
                # Makassar"), another's only before a lower-case word ("(UIN) Walisongo")
                keep.pop()
                break
            if regions.lookup(w.strip(".,")) and (not keep or keep[-1] not in ("Kota", "Kabupaten", "Provinsi")):
                keep.append(w)  # "Polres Kendari Budi Hartanto": the name of the place ends the body's name
                if not (i + 1 < len(words) and regions.lookup(f"{w} {words[i + 1]}")):
                    break
                continue
            if w == "dan" and i + 1 < len(words) and _body_head(" ".join(words[i + 1 :])):
                break  # "Lapas A dan Lapas B", "Polda X dan Pemerintah Kabupaten Y": two bodies
            if i + 1 < len(words) and (w == "Ni" or w == "I" and words[i + 1] in BALINESE_AFTER_I):
                break  # "Universitas Udayana Ni Luh Putu ...": a Balinese name opens after the body
            if w == "di" and i + 1 < len(words) and words[i + 1] in _VENUE_WORDS:
                break  # "Universitas X di Gedung Rektorat ...": where, not a part of the name
            if w.endswith(".") and len(w) > 2:  # "Bringin." ends the sentence (initials like "N." do not)
                keep.append(w.rstrip("."))
                break
            keep.append(w)
        name = _TRAILING.sub("", f"{m.group('head')} {' '.join(keep)}".strip())
        name = re.sub(r"\s+\([^)]*$", "", name).rstrip(",.;:")
        spelled_out = _STATE_SCHOOL.sub(r"\1 Negeri", name)
        if spelled_out != name and spelled_out in text:
            name = spelled_out  # "SMA N 1 X" where the article also writes "SMA Negeri 1 X": one school
        if len(name.split()) < 2 or _GENERIC.match(name):
            continue
        end = text.index(keep[-1], m.start()) + len(keep[-1]) if keep else m.end()
        hit = (
            region_after(text, end, None)
            if re.match(r"\s+(?:Provinsi|Kabupaten|Kota)\s", text[end : end + 12])
            else None
        )
        if hit:  # "Dinas Kearsipan dan Perpustakaan Kabupaten Jepara"
            name = f"{name} {hit[0].name}"
            end = hit[1]
        acronym = None
        start = m.start()
        am = _ACRONYM_AFTER.match(text, end)
        if am:
            acronym = am.group(1)
            end = am.end()
        inner = acronym or next((a.group(1) for a in _DEFINED_ACRONYM.finditer(text, start, end)), None)
        if inner:
            at = _acronym_opens_before(text, start, name, inner)
            if at is not None:
                name = f"{_SPACES.sub(' ', text[at:start])}{name}"
                start = at
        inner_acronym = _INNER_ACRONYM.search(name)
        if inner_acronym:  # "Pengadilan Negeri (PN) Jantho": the acronym is no part of the name
            name = name[: inner_acronym.start()] + name[inner_acronym.end() :]
            acronym = acronym or inner_acronym.group(1)
        kind = "court" if m.group("head") == "Pengadilan" else "other"
        out.append(OrgMatch(Org(name, _slug(name), kind, acronym=acronym), start, end))
        pos = max(pos, end)
    for m in PARTY_SHORT.finditer(text):
        out.append(OrgMatch(Org("PDI Perjuangan", "pdi-perjuangan", "party"), m.start(), m.end()))
    return out


# Bodies with an English name, its head word last: "Indonesia Corruption Watch (ICW)", "The Indonesian Institute"
_ENGLISH_HEADS = (
    r"(?:Watch|Institute|Center|Centre|Foundation|Network|Initiative|Society|Alliance|Association|Council|Corner)"
)
_ENGLISH_TAIL = r"[^\S\n]+(?:for|of|on)[^\S\n]+[A-Z][\w'-]*(?:[^\S\n]+(?:(?:and|&)[^\S\n]+)?[A-Z][\w'-]*){0,5}"
ENGLISH_BODY = re.compile(
    rf"(?<![\w-])(?P<lead>(?:[A-Z][\w&'-]*[^\S\n]+){{0,5}}){_ENGLISH_HEADS}(?P<tail>{_ENGLISH_TAIL})?(?![\w-])"
)
_ENGLISH_HEAD = re.compile(rf"(?<!\w){_ENGLISH_HEADS}(?![\w-])")
_OWN_NAME_WORDS = {"Indonesia", "Indonesian", "Nusantara"}  # common words that open such names
_WORD_RUN = re.compile(r"\S+")


def find_english_bodies(text: str) -> list[OrgMatch]:
    """Bodies named in English: "Indonesia Corruption Watch (ICW)", "The Indonesian Institute", "Network
    for Democracy and Electoral Integrity (Netgrit)", less the Indonesian words that open the match
    ("Peneliti| Indonesia Corruption Watch"), with the acronym the text gives right after. Facilities
    and places named by common words or a place's name ("Media Center", "Batam Center") are none."""
    out: list[OrgMatch] = []
    if not _ENGLISH_HEAD.search(text):
        return out
    for m in ENGLISH_BODY.finditer(text):
        words = list(_WORD_RUN.finditer(text, m.start("lead"), m.end("lead")))
        while words and (w := words[0].group()) not in _OWN_NAME_WORDS and not regions.lookup(w) and is_common_word(w):
            words = words[1:]
        lead = [w.group() for w in words]
        am = _ACRONYM_AFTER.match(text, m.end())
        if not m.group("tail") and not (lead and (am or not all(is_common_word(w) or regions.lookup(w) for w in lead))):
            continue  # "Media Center", "Batam Center": a room, a place
        start = words[0].start() if words else m.end("lead")  # the first word kept, else the head word
        name = _SPACES.sub(" ", text[start : m.end()])
        acronym = am.group(1) if am else None
        out.append(OrgMatch(Org(name, _slug(name), "other", acronym=acronym), start, am.end() if am else m.end()))
    return out


# The ad hoc election bodies of a district or village: PPK and Panwascam per kecamatan, PPS and PKD per
# desa/kelurahan; each named after its place ("PPK Kembang", "PPS Desa Tubanan", "Panwaslu Kecamatan X").
AD_HOC_BODY = re.compile(
    r"\b(?P<body>PPK|Panwascam|Panwaslu\s+Kecamatan|PPS|PKD)"
    r"(?P<level>\s+(?:Kecamatan|Kec\.|Distrik|Desa|Kelurahan|Kel\.|Gampong|Nagari|Kampung))?\s+(?=[A-Z])"
)
_PLACE_WORDS = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}")
_DISTRICT_BODIES = {"ppk", "panwascam", "panwaslu kecamatan"}


def find_ad_hoc_bodies(text: str, site: str | None) -> list[OrgMatch]:
    """PPK, PPS, Panwascam and PKD bodies with the place they are named after. A district's name
    is read from the kecamatan list; a village's is the words up to a comma after "Desa" or
    "Kelurahan", else one word ("Ketua PPS Tubanan Sutrisno": the name follows)."""
    home = site_region(site)
    out: list[OrgMatch] = []
    last: dict[str, Org] = {}  # the body of each kind named last: "anggota PPK NAME" is a member of it
    for m in AD_HOC_BODY.finditer(text):
        pm = _PLACE_WORDS.match(text, m.end())
        if pm is None:
            continue
        tokens = list(re.finditer(r"\S+", pm.group(0)))
        words = [t.group(0) for t in tokens]
        body = re.sub(r"\s+", " ", m.group("body"))
        closed = re.match(r"\s*,", text[pm.end() :]) and len(words) <= 3
        if body.lower() in _DISTRICT_BODIES:
            n = regions.district_words(words, home.code if home else None)
            if n == 0 and not (m.group("level") and closed):
                if body in last and not m.group("level"):
                    out.append(OrgMatch(last[body], m.start(), m.start() + len(body)))
                continue
            n = n or len(words)
        else:  # "PPS Desa Lendang Nangka, NAME"; without the level word the name may follow at once
            n = len(words) if closed and m.group("level") else 1
        end = pm.start() + tokens[n - 1].end()
        name = re.sub(r"\s+", " ", text[m.start() : end])
        last[body] = local_body(name, "adhoc", home)
        out.append(OrgMatch(last[body], m.start(), end))
    return out


def local_body(name: str, kind: str, home: Region | None) -> Org:
    """A body below the regency named without its regency ("PPK Dumai Barat", "Pemerintah Desa Oebelo"):
    of the site's region, which its key carries (village and district names repeat across Indonesia)."""
    key = _slug(f"{name}-{home.code}" if home else name)
    return Org(name, key, kind, home.code if home else None, home.name if home else None)


def find_orgs(text: str, site: str | None) -> list[OrgMatch]:
    """All organisations in `text`, earliest first; where two matches overlap the longer wins."""
    found = find_election_bodies(text, site) + find_known_bodies(text) + find_regional_bodies(text, site)
    found += find_institutions(text) + find_ad_hoc_bodies(text, site) + find_english_bodies(text)
    out = _without_overlaps(found)
    return _without_overlaps(out + _acronym_uses(text, out)) if out else out


def _without_overlaps(found: list[OrgMatch]) -> list[OrgMatch]:
    found.sort(key=lambda o: (o.start, -(o.end - o.start)))
    out: list[OrgMatch] = []
    for o in found:
        if out and o.start < out[-1].end:
            continue
        out.append(o)
    return out


_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9-]{2,12})\)")


def _acronym_uses(text: str, found: list[OrgMatch]) -> list[OrgMatch]:
    """Later uses of an acronym the article defines for a body ("Dinas Kearsipan dan Perpustakaan
    (Diskarpus) Kabupaten Jepara" ... "Kepala Diskarpus"): the same body."""
    defined: dict[str, Org] = {}
    for o in found:
        if o.org.kind in ("kpu", "bawaslu", "court", "adhoc"):
            continue
        am = _DEFINED_ACRONYM.search(text, o.start, o.end)
        acronym = o.org.acronym or (am.group(1) if am else None)
        if acronym and acronym != o.org.name:
            defined.setdefault(acronym, o.org)
    out = []
    for acronym, org in defined.items():
        for at in word_positions(text, acronym):
            end = at + len(acronym)
            hit = region_after(text, end, None)
            if hit and (org.region_code == hit[0].code or org.name.endswith(hit[0].name)):
                # "Diskarpus Jepara" of "Dinas Kearsipan dan Perpustakaan (Diskarpus) Kabupaten Jepara": the same body
                out.append(OrgMatch(org, at, hit[1]))
            elif hit:  # "Ketua PPDI Kabupaten Buton", "PPDI Kotawaringin Timur": the body's branch in a region
                region, end = hit
                name = f"{acronym} {region.name}"
                out.append(OrgMatch(Org(name, _slug(name), org.kind, region.code, region.name), at, end))
            else:
                out.append(OrgMatch(org, at, end))
    return out
