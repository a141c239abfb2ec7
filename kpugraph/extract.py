"""Sentence -> facts: people, role statements, organisations, the main event, participation,
court rulings, topics and quotes of one article.

Everything is read from the language's patterns (role words, verbs of saying, prepositions,
capitalisation) and the vocabularies in `ontology/`; nothing about particular people or rulings
is written here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from . import regions
from .lexicon import BALINESE_AFTER_I, NAME_ABBREVIATIONS, PERSON_TITLES, is_common_word
from .models import (
    Article,
    Election,
    Event,
    Extraction,
    Membership,
    Org,
    Participation,
    PersonMention,
    Quote,
    Ruling,
    Sentence,
    Span,
    Topic,
)
from .orgs import (
    OrgMatch,
    contracted_body,
    court_org,
    find_orgs,
    is_election_body_site,
    local_body,
    ministry_after,
    region_after,
    site_body,
    site_region,
)
from .scan import Words, finditer_at, finditer_needing, matches_at, prefix_starts, word_positions
from .segment import without_link_lines
from .vocabulary import (
    ROLE_WORDS_IN_NAMES,
    RoleWord,
    election_year,
    known_series,
    non_name_words,
    role_words,
    topic_concepts,
    unit_abbreviations,
)

# ----------------------------------------------------------------------------- names
# Titles before a name ("Dr.", "H.", "Hj.") and academic degrees after it ("S.Kom., M.Kom", "SE, M.Si").
# Police and military ranks before a name ("AKBP Heri", "Letkol Inf Andi", "Kombes Pol Budi") are titles too.
RANK = (
    r"(?:Komjen|Irjen|Brigjen|Kombes|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda"
    r"|Letjen|Mayjen|Kolonel|Letkol|Mayor|Kapten|Lettu|Letda|Peltu|Pelda|Serma|Serka|Sertu|Serda|Laksma|Marsma)"
    r"(?:\s+(?:Pol|TNI|Inf|Arh|Kav|Czi|Cpl|Cba|Chb|Ckm|Cku|Caj|Chk|Arm|Pas|Mar|Pnb)\.?)?(?:\s+\(Purn\.?\))?"
)
# a party to an ethics case before the name: "Teradu I NAME", "Pengadu II NAME"
PARTY = r"(?:Teradu|Pengadu|Terdakwa|Tergugat|Penggugat|Pemohon|Termohon|Saksi)(?:\s+[IVX]{1,4}(?![\w.]))?"
PREFIX_TITLE = rf"(?:(?:{'|'.join(PERSON_TITLES)}|K\.H|{RANK}|{PARTY})\.?\s+)"
DEGREE_WORD = (
    r"(?:[A-Z][A-Za-z]{0,3}\.(?:\s?[A-Z][A-Za-z]{0,5}\.?){0,3}(?:\s?\([A-Za-z]+\))?"
    r"|SE|SH|MH|MM|MT|ST|SIP|MSi|MPd|SPd|SSos|SKom|MKom|SIKom|PhD|MBA|MA|SHI|SAg|MAg|SPsi|MKes|SKM|Ak|CA)"
)
# bounded: no name carries more; a title before a capital opens the next name ("Udayana, Prof. Dr. I Made")
DEGREES = rf"(?:,?\s+(?!{PREFIX_TITLE}[A-Z]){DEGREE_WORD}(?=[\s,.;:)]|$)){{0,6}}"
NAME_WORD = r"(?:[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Z]?[a-z]+)?)"
INITIALS = r"(?:[A-Z]\.[^\S\n]?){1,3}"
ABBREVIATED = rf"(?:(?:{'|'.join(NAME_ABBREVIATIONS)})\.[^\S\n]?)"  # "Muh. Rusli"
# lower-case words inside a name: Batak "br"/"boru" before the clan ("Roslina br Sembiring"), "bin"/"binti"
NAME_LINK = r"(?:(?:br\.?|Br\.?|boru|bin|binti)[^\S\n]+)"
# Balinese names open with "I" or "Ni" before a birth-order or caste word ("I Dewa Kade ...", "Ni Luh Putu ...",
# not "Terdakwa I Jefri"); a middle initial may lack its dot ("Yohanes P Lomi").
_SP = r"[^\S\n]"  # a name's words never run over a line break
_BALINESE = rf"(?:I|Ni){_SP}+(?=(?:{'|'.join(BALINESE_AFTER_I)}){_SP}+{NAME_WORD})"
NAME = (
    rf"(?:{_BALINESE})?(?:{INITIALS}{_SP}?|{ABBREVIATED})?{NAME_WORD}"
    rf"(?:{_SP}+(?:{INITIALS}{_SP}?|{ABBREVIATED}|[A-Z]{_SP}+(?={NAME_WORD})|{NAME_LINK})?{NAME_WORD}){{0,4}}"
    rf"(?:{_SP}+[A-Z]\.(?!\w))?"
)
NAME_RE = re.compile(rf"(?<!\w){PREFIX_TITLE}*(?P<name>{NAME}){DEGREES}")  # not inside a word: "DPR R|I Budi"

# Capitalised words that never belong to a person's name.
NOT_NAME = {
    w.lower()
    for w in """
    KPU Bawaslu KIP DKPP Komisi Pemilihan Umum Kota Kabupaten Provinsi Divisi Ketua Anggota Sekretaris
    Sekretariat Kepala Bagian Subbagian Subbag Kasubbag Kasubag Kabag Biro Inspektur Wilayah Plt Plh
    Mahkamah Konstitusi Bupati Wakil Gubernur Walikota Wali Januari Februari Maret April Mei Juni Juli Agustus
    September Oktober November Desember Senin Selasa Rabu Kamis Jumat Sabtu Minggu Dalam Selain Kegiatan Menurut
    Ia Hal Namun Sementara Selanjutnya Adapun Untuk Acara Dengan Pada Melalui Tahun Pemilu Pilkada Pemilihan
    Forum Rapat Rakor Bimtek Webinar Sosialisasi Kajian Upacara Aula Hotel Ruang Gedung Kantor Jalan Jl Desa
    Kelurahan Kecamatan Indonesia Republik Jawa Tengah Barat Timur Utara Selatan Sumatera Sulawesi Kalimantan
    Partai Dinas Badan Universitas Sekolah Kami Kita Mereka Bapak Ibu Saudara Tim Semua Seluruh Para Hadir
    Sebagai Setelah Sebelum Saat Ketika Kemudian Lebih Bahkan Sedangkan Oleh Ini Itu Tersebut Bagi Agar Jika
    Terkait Secara Sesuai Bersama Putusan Perkara Nomor Surat Keputusan Peraturan Undang Pasal Sidang
    Pemerintah DPRD DPR Polres Kodim Korpri Zoom Meeting Youtube Instagram Facebook Tiktok Whatsapp Website
    Pemungutan Suara Ulang Tahapan Data Pemilih Daftar Tetap Informasi Hukum Pengawasan Teknis Penyelenggaraan
    Perencanaan Logistik Partisipasi Masyarakat Pendidikan Sumber Daya Manusia Program Keuangan Umum
    Menjelaskan Mengatakan Menyampaikan Berdasarkan Sehingga Yang Dan Atau Di Ke Dari
    """.split()
} | non_name_words()
SPEECH_VERBS = (
    r"(?:ujar|ujarnya|kata|katanya|tutur|tuturnya|ucap|ucapnya|jelas|jelasnya|tegas|tegasnya|ungkap|ungkapnya"
    r"|imbuh|imbuhnya|terang|terangnya|pungkas|pungkasnya|sebut|sebutnya|papar|paparnya|tandas|tandasnya"
    r"|lanjut|lanjutnya|tambah|tambahnya|sambung|sambungnya|ajak|ajaknya|harap|harapnya|pesan|pesannya"
    r"|katakan|ucapkan|menurut|kata dia|ujar dia)"
)

# verbs of saying before a quote or after its speaker ("NAME menegaskan, '...'")
SAYING_BEFORE = re.compile(
    r"\b(?:mengatakan|menyampaikan|menjelaskan|menegaskan|mengungkapkan|menuturkan|berpesan|menambahkan|menyebut|menyebutkan"
    r"|menilai|mengingatkan|menerangkan|menekankan|berharap|menyatakan|mengajak|meminta|memaparkan|bertanya|mempertanyakan"
    r"|membacakan|berkata|ujar|kata|menetapkan|mengimbau|mendorong|menginformasikan|menerangkan|memberikan|menyoroti)\b",
    re.IGNORECASE,
)

# ----------------------------------------------------------------------------- roles and units
UNIT_HEAD = re.compile(
    r"(?P<kind>Divisi|Div\.|Sub\s?[Bb]agian|Subbag|Subag|Bagian|Biro|Satpel|Tim\s+Kerja)\s+", re.UNICODE
)
UNIT_KIND_LONG = {
    "divisi": "Divisi", "div.": "Divisi", "subbagian": "Subbagian", "sub bagian": "Subbagian", "subbag": "Subbagian",
    "subag": "Subbagian", "bagian": "Bagian", "biro": "Biro", "satpel": "Satpel", "tim kerja": "Tim Kerja",
}  # fmt: skip
# Words that make up division and subunit names; a new word right after the unit head is taken too.
UNIT_WORDS = {
    w.lower()
    for w in """
    Hukum Pengawasan Teknis Penyelenggaraan Penyelenggara Pemilu Pemilihan Perencanaan Data Informasi Sosialisasi
    Pendidikan Pemilih Partisipasi Masyarakat SDM Sumber Daya Manusia Logistik Keuangan Umum Rumah Tangga Program
    Sosdiklih Parmas Hupmas Hubungan Litbang Penelitian Pengembangan Rendatin Datin Sosparmas Sosdiklihparmas
    Kampanye Organisasi Tata Usaha Kepegawaian Perlengkapan Pengadaan Barang Jasa Advokasi Penyelesaian Sengketa
    KUL KURL TPPH Hukwas Tekhum Parhupmas Aset Anggaran Evaluasi Pelaporan Humas Protokol Kearsipan Arsip
    Pencegahan Penanganan Pelanggaran Pelatihan Diklat
    """.split()
}
ROLE_WORDS = role_words()
ROLE_RE = re.compile(
    r"(?<![\w])(?P<acting>(?:Plt|Plh|Pj|Penjabat)\.?\s+)?(?P<role>(?i:"
    + "|".join(r"\s+".join(re.escape(p) for p in r.surface.split()) for r in ROLE_WORDS)
    + rf"))(?:\s+(?P<numeral>[IVX]{{1,4}})(?![\w])(?!\s+(?:{'|'.join(BALINESE_AFTER_I)})\b))?(?=[\s,])",
    # "Hakim Konstitusi I Gusti ...": a Balinese name's "I", no numeral
)
ROLE_BY_SURFACE = {r.surface.lower(): r for r in ROLE_WORDS}
# Where a match of ROLE_RE can start: "Plt"/"Plh"/"Pj"/"Penjabat" (acting, as the guideline's "Plt.") or a role word.
ROLE_START = prefix_starts(
    ["Plt", "Plh", "Pj", "Penjabat", *(r.surface for r in ROLE_WORDS)], before=r"(?<![\w])", size=6
)
CAPITAL = re.compile(r"[A-Z]")  # where a name (NAME_RE, NAME_PAREN) can start
WORD_CAPITAL = re.compile(r"(?<!\w)[A-Z]")  # where NAME_RE, not inside a word, can start: not at "P" of "KPU"


@dataclass
class _Ctx:
    article: Article
    text: str
    sentences: tuple[Sentence, ...]
    orgs: list[OrgMatch]
    home: Org | None
    org_at: dict[int, OrgMatch] = field(default_factory=dict)
    persons: dict[str, PersonMention] = field(default_factory=dict)  # full name -> mention
    person_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, full name)
    covered: bytearray = field(default_factory=bytearray)  # 1 where a person or organisation is named
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.covered = bytearray(len(self.text) + 1)
        for o in self.orgs:
            self.covered[o.start : o.end] = b"\x02" * (o.end - o.start)
        self.sentence_starts = [s.start for s in self.sentences]

    def org_at_pos(self, pos: int) -> bool:
        return self.covered[pos] == 2

    memberships: list[Membership] = field(default_factory=list)
    titled_bodies: list[Org] = field(default_factory=list)  # bodies a contracted title names: "Kapolda X"


@lru_cache(maxsize=65536)
def _clean_name(raw: str) -> str | None:
    """A person's name without titles, or None if the words cannot be a name."""
    name = re.sub(rf"^{PREFIX_TITLE}+", "", raw.strip())
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    if name.endswith(".") and not re.search(r"\s[A-Z]\.$", name):
        name = name.rstrip(".")
    words = name.split()
    while words and words[-1].strip(".").lower() in NOT_NAME:
        words.pop()
    while words and words[0].strip(".").lower() in NOT_NAME:
        words.pop(0)
    if len(words) > 1 and words[0] == "I" and words[1] not in BALINESE_AFTER_I:
        words.pop(0)  # "Terdakwa I Jefri Nalle": the numeral of a party to a case, left after its word
    if len(words) > 2 and words[0] == "Hi.":
        words.pop(0)  # "Hi. Ridwan Saputra": haji before a name; inside one a patronymic ("Abubakar Hi. Umar")
    if not words:
        return None
    if all(re.fullmatch(INITIALS.strip(), w + ("" if w.endswith(".") else ".")) for w in words):
        return None
    name = " ".join(words)
    if len(name) < 3 or not re.search(r"[a-z]", name) or DEGREE_ONLY.fullmatch(name):
        return None
    if len(words) == 1 and (name.lower() in NOT_NAME or common_not_name(name) or regions.lookup(name)):
        return None
    return name


# words built with Indonesian affixes ("Perwakilan", "Jajaran", "Terpilih"): common words, not names
AFFIXED = re.compile(r"(?i)^(?:me|pe|ber|ter|di|ke|se|per).{5,}|.{3,}(?:an|kan|nya)$")


@lru_cache(maxsize=65536)
def common_not_name(word: str) -> bool:
    """A single word that is a common Indonesian word rather than a name.

    Root words count ("Jajaran"); derived forms only when clearly affixed ("Perwakilan", "Terpilih"),
    so that names that merely begin like a prefix ("Dimas", "Sekar", "Kevin") stay names.
    """
    return is_common_word(word, derived=bool(AFFIXED.match(word)))


# "S.Ag", "S.Pd", "M.Si", "SE" alone are titles; "Budi", "Dewi Sari" (short words, no dots) are names
DEGREE_ONLY = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s?){1,3}(?:[A-Z][a-z]{0,3}\.?)?|[A-Z]{2,4}")


_SPACE = re.compile(r"\s*")
_SPACE_COMMA = re.compile(r"[\s,]*")
_SECRETARIAT = re.compile(r"\s*(?:(?:Sekretariat(?:\s+Jenderal)?|Setjen|Sekjen)\s+)?")
COMMITTEE = re.compile(r"Komisi\s+(?:[IVX]{1,4}|[A-E])(?![\w-])")  # of the DPR, or of a DPRD
AD_HOC_GROUP = re.compile(r"\s+(?:majelis|panel|panitia|pokja|juri|tim|delegasi|rombongan)\b", re.IGNORECASE)
FACTION = re.compile(r"\s+Fraksi\s+[\w-]+(?:\s+[\w-]+){0,2}(?=\s*,)")
_AFTER_ROLE = re.compile(
    r"\s*(?:lainnya\b\s*)?(?:,\s*)?(?:(?:yakni|yaitu|adalah|masing-masing|Saudara|Sdr\.|Bapak|Ibu)\s+)?"
)
_CLOSE = re.compile(r"(?<!\s)\s*\)")  # starts after a word: linear even on long space runs


CAPITALS_NAME = re.compile(rf"{PREFIX_TITLE}*(?P<name>[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){{1,4}})(?!\w|\.\w)")


def _capitals_name_at(text: str, start: int) -> tuple[str, int, int] | None:
    """A name written in capitals where a role phrase puts one ("Ketua KPU Kota X, ANDI SYAMSUL BAHRI, S.H."),
    in the case names are written in."""
    m = CAPITALS_NAME.match(text, start)
    if not m:
        return None
    words = m.group("name").split()
    if any(len(w) < 3 or w.lower() in NOT_NAME or _is_region_word(w) for w in words):
        return None  # acronyms and bodies ("KPU RI", "DPRD KABUPATEN X") are no names
    return " ".join(w.capitalize() for w in words), m.start("name"), m.end("name")


def _name_at(text: str, pos: int) -> tuple[str, int, int] | None:
    """A person's name starting at `pos` (after optional spaces), with its span (titles excluded)."""
    ws = _SPACE_COMMA.match(text, pos)
    start = ws.end() if ws else pos
    m = NAME_RE.match(text, start)
    if not m:
        return _capitals_name_at(text, start)
    raw = m.group("name")
    begin = m.start("name")  # after the titles: "Dr. |Rina ..."
    hy = _PAIR_HYPHEN.search(raw)
    if hy:  # "Ratna Dewi Lestari-Bayu Prasetya": a pair, the first is the one named here
        raw = raw[: hy.start()]
    words = raw.split()
    if len(words) >= 3 and _is_region_word(words[0]) and not text[max(0, start - 5) : start].rstrip().endswith(","):
        # "PPK Mlonggo Budi Hartanto": a place glued to what is before; after a comma it is the name's
        begin = text.index(words[1], begin + len(words[0]))
        raw = raw[raw.index(words[1]) :]
        words = words[1:]
    if words[0].strip(".").lower() in NOT_NAME:
        return None
    # a name ends before a word that cannot be part of one ("Siti Rahmawati didampingi", "... Periode")
    for i, w in enumerate(words[1:], start=1):
        if i == 1 and w.strip(".").lower() in NOT_NAME and w[0].isupper() and w.lower() in UNIT_WORDS:
            return None  # "Pastisipasi Masyarakat": a misspelt phrase word, not a one-word name
        if w.strip(".").lower() in NOT_NAME or (i >= 2 and _is_region_word(w)):
            raw = text[begin : text.index(words[i - 1], begin) + len(words[i - 1])]
            break
    name = _clean_name(raw)
    if name is None:
        return None
    return name, begin, begin + len(raw)


# ----------------------------------------------------------------------------- units
def canonical_unit(kind: str, words: str) -> str | None:
    """One spelling per unit: abbreviations spelled out, items joined as "A, B, dan C"."""
    abbrev = unit_abbreviations()
    tokens = re.findall(r"[A-Za-z][A-Za-z-]*(?:\d+[A-Z]*)?|,|&", words)  # "TP2H"
    items: list[list[str]] = [[]]
    for t in tokens:
        low = t.lower()
        if t in {",", "&"} or low in {"dan", "serta"}:
            if items[-1]:
                items.append([])
            continue
        if low in abbrev:
            parts = re.split(r",\s*(?:dan\s+)?|\s+dan\s+", abbrev[low])
            for i, p in enumerate(parts):
                if i and items[-1]:
                    items.append([])
                items[-1].extend(p.split())
            continue
        items[-1].append(t if not t.islower() else t)
    items = [i for i in items if i]
    if not items:
        return None
    phrases = []
    for i in items:
        phrase = " ".join(w if w.isupper() else w[0].upper() + w[1:] for w in i)
        if phrase not in phrases:
            phrases.append(phrase)
    if len(phrases) == 1:
        body = phrases[0]
    elif len(phrases) == 2:
        body = f"{phrases[0]} dan {phrases[1]}"
    else:
        body = ", ".join(phrases[:-1]) + f", dan {phrases[-1]}"
    return f"{kind} {body}"


def _unit_at(text: str, pos: int, kind: str | None = None) -> tuple[str, int] | None:
    """A unit phrase at `pos` ("Divisi Hukum dan Pengawasan", or, when the role already names the
    kind, just "Hukum dan Pengawasan"), canonical, with its end."""
    at = pos
    ws = _SPACE.match(text, pos)
    at = ws.end() if ws else pos
    if kind is None:
        m = UNIT_HEAD.match(text, at)
        if not m:
            return None
        kind = UNIT_KIND_LONG[re.sub(r"\s+", " ", m.group("kind")).lower()]
        at = m.end()
    words: list[str] = []
    end = at
    first = True
    for tm in re.finditer(
        r"\s*((?:,\s*|&\s*)?(?:\b(?:dan|serta)\s+)?)([A-Za-z][A-Za-z-]*(?:\d+[A-Z]*)?)"
        r"|\s*\(([A-Za-z]+(?:,\s*[A-Za-z]+)*)\)",
        text[at:],
    ):
        if tm.start() != 0 and tm.start() != end - at:
            break
        if tm.group(3):  # "(Rendatin)" after a spelled-out name
            end = at + tm.end()
            continue
        word = tm.group(2)
        sep = tm.group(1)
        known = word.lower() in UNIT_WORDS or word.lower() in unit_abbreviations()
        capital = word[0].isupper()
        # a new division word is taken right after "Divisi", or later when it is a derived noun
        # ("Penanganan Pelanggaran"); a name after the unit is neither
        new_word = capital and not sep and word.lower() not in NOT_NAME
        if not (known or (new_word and (first or (AFFIXED.match(word) and is_common_word(word))))):
            break
        words.append(("," if sep and "," in sep else ("dan" if sep else "")) + " " + word)
        end = at + tm.end()
        first = False
    if not words:
        return None
    unit = canonical_unit(kind, " ".join(words))
    return (unit, end) if unit else None


# ----------------------------------------------------------------------------- role statements
def _org_at(ctx: _Ctx, pos: int) -> tuple[Org, int] | None:
    """An organisation starting at `pos` (after spaces, "Sekretariat", "Sekretariat Jenderal")."""
    # "Sekretariat Daerah Kabupaten X" is a body of its own; "Sekretariat KPU X" is KPU X's
    for at in (_SPACE.match(ctx.text, pos).end(), _SECRETARIAT.match(ctx.text, pos).end()):
        om = ctx.org_at.get(at)
        if om:
            return om.org, om.end
    return None


_FIELD_WORD = re.compile(r"\s+(?:(?:dan|&)\s+)?(?:[A-Z][A-Za-z-]*|\([A-Z][A-Za-z]{1,10}\))")  # or "(FISIP)"


def _org_after_field(ctx: _Ctx, pos: int, limit: int = 7) -> tuple[Org, int, str] | None:
    """The body after a post's field, faculty or portfolio, and the words between:
    "(Guru Besar) Ilmu Politik Universitas X", "(Wakil Rektor) Bidang Kemahasiswaan Universitas X"."""
    at = pos
    for _ in range(limit):
        m = _FIELD_WORD.match(ctx.text, at)
        if not m:
            return None
        at = m.end()
        hit = _org_at(ctx, at)
        if hit:
            return hit[0], hit[1], _ACRONYM_IN.sub("", _SPACES.sub(" ", ctx.text[pos:at])).strip()
    return None


_ACRONYM_IN = re.compile(r" \([^()]*\)")
_ACRONYM_AT = re.compile(r"[^\S\n]?[A-Z][A-Z0-9]{2,}\b")  # applied with .match: "Ketua| TAPD"
# applied with .match: a division's post between a member's body and the division
_DIVISION_POST = re.compile(r"[\s,]*(?:Koordinator|Ketua|Kordiv)\s+(?=Divisi\s)")
_HEADS_OF_SECTION = {"Kepala Bidang": "Bidang", "Kepala Seksi": "Seksi", "Direktur Jenderal": "Direktorat Jenderal"}
_ACADEMIC_UNIT = re.compile(r"\b(?:Fakultas|Departemen|Jurusan|Program\s+Studi|Prodi|Sekolah\s+Pascasarjana)\b")
_UNIVERSITY_POSTS = {"Rektor", "Wakil Rektor", "Dekan", "Wakil Dekan"}
_UNIVERSITY = re.compile(r"(?:Universitas|Institut|Sekolah\s+Tinggi|Politeknik)\b")
# applied with .match after a university post with no body after it: its portfolio or faculty, up to the comma
_PORTFOLIO = re.compile(r"\s+((?:Bidang|Fakultas)(?:\s+(?:[A-Z][\w-]*|dan))+?)(?=\s*,)")


def _university_before(ctx: _Ctx, pos: int) -> Org | None:
    """The university named last before `pos` in its paragraph."""
    lo = ctx.text.rfind("\n", 0, pos) + 1
    unis = [o.org for o in ctx.orgs if lo <= o.start < pos and _UNIVERSITY.match(o.org.name)]
    return unis[-1] if unis else None


# the grade of a civil servant's functional post
_GRADE = re.compile(r"\s+(Ahli\s+(?:Pertama|Muda|Madya|Utama)|Terampil|Mahir|Penyelia)\b")
_SPACES = re.compile(r"\s+")


def _role_word(m: re.Match[str]) -> RoleWord:
    """The role word a match of ROLE_RE found."""
    return ROLE_BY_SURFACE[_SPACES.sub(" ", m.group("role")).lower()]


_ROLE_ACRONYM = re.compile(r"[^\S\n]*\(([A-Z]{2,6})\)")  # applied with .match after a role word


def _parse_role(
    ctx: _Ctx, m: re.Match[str], inherit: bool = True
) -> tuple[str, bool, Org | None, str | None, int] | None:
    """role, acting, org, unit, end offset of the role phrase starting at match `m`."""
    word = _role_word(m)
    role = word.long
    pos = m.end()
    if m.group("numeral") and word.contracted:
        pos = m.end("role")  # "Danlantamal II": the numeral is the body's (Lantamal II)
    elif m.group("numeral"):
        role = f"{role} {m.group('numeral')}"
    acting = bool(m.group("acting"))
    unit = None
    org = None
    am = _ROLE_ACRONYM.match(ctx.text, pos)
    if am:
        pos = am.end()  # "Jaksa Penuntut Umum (JPU) Kejaksaan Negeri X": the post's acronym
    if word.heads == "kementerian":
        # "Menteri Dalam Negeri NAME": the ministry's name follows the role word
        hit = ministry_after(ctx.text, pos)
        if hit:
            org, pos = hit
    elif word.contracted:
        # "Dandim 0712/Salatiga NAME", "Kapolres Sumba Barat, NAME": the title holds the body's head word
        hit = contracted_body(word.heads[1:], ctx.text, pos, ctx.article.site)
        if hit:
            org, pos = hit
    elif word.heads == "^":
        gm = _GRADE.match(ctx.text, pos)  # "Arsiparis Ahli Madya": the grade is part of the post
        if gm:
            role, pos = f"{role} {_SPACES.sub(' ', gm.group(1))}", gm.end()
    elif word.heads and word.heads != "~":
        kind = UNIT_KIND_LONG.get(word.heads, word.heads.title())
        u = _unit_at(ctx.text, pos, kind)
        if u is None:
            u = _unit_at(ctx.text, pos)
        if u:
            unit, pos = u
    hit = None if org else _org_at(ctx, pos)
    if hit is None and org is None and word.heads == "~":
        field = _org_after_field(ctx, pos)
        if field:
            hit = field[:2]
            # a portfolio is part of the post, a faculty is a unit of the body, and so is the field a head
            # of a section or a directorate general heads ("Kepala Bidang Arsip Dinas X": unit "Bidang
            # Arsip"; "Dirjen Dukcapil Kemendagri": unit "Direktorat Jenderal Dukcapil"); a professor's
            # field of study is neither
            academic = _ACADEMIC_UNIT.search(field[2])
            if academic:  # "dosen Hukum Tata Negara Fakultas Hukum Universitas X": the faculty is the unit
                unit = field[2][academic.start() :]
            elif word.long in _HEADS_OF_SECTION:
                unit = f"{_HEADS_OF_SECTION[word.long]} {field[2]}"
            elif field[2].startswith("Bidang") or word.long.startswith(("Direktur", "Asisten")):
                role = f"{role} {field[2]}"  # "Asisten Pemerintahan dan Kesra Sekretariat Daerah X"
        elif word.long in _UNIVERSITY_POSTS:
            # "Rektor Universitas X ... Turut menyaksikan Wakil Rektor I Bidang Akademik, NAME, dan Dekan Fakultas
            # Y, NAME": a post of the university named before in the paragraph, with its portfolio or faculty
            uni = _university_before(ctx, m.start())
            fm = _PORTFOLIO.match(ctx.text, pos)
            if uni is not None:
                hit = (uni, pos)
                if fm and fm.group(1).startswith("Bidang"):
                    role, hit = f"{role} {_SPACES.sub(' ', fm.group(1))}", (uni, fm.end())
                elif fm:
                    unit, hit = _SPACES.sub(" ", fm.group(1)), (uni, fm.end())
    if hit is None and org is None and not m.group("numeral"):
        # "Kepala Dinas Kominfo Kota Tual": the body's name starts inside the role words
        last = m.group("role").rfind(" ")
        om = ctx.org_at.get(m.start("role") + last + 1) if last > 0 else None
        head = ROLE_BY_SURFACE.get(re.sub(r"\s+", " ", m.group("role")[:last]).lower()) if om else None
        if om and head:
            role, hit = head.long, (om.org, om.end)
    if hit:
        org, pos = hit
    if unit is None:
        dp = _DIVISION_POST.match(ctx.text, pos)  # "Anggota KPU X Koordinator Divisi Hukum": the member's division
        u = _unit_at(ctx.text, dp.end() if dp else pos)
        u = u or (_unit_at(ctx.text, pos + 1) if ctx.text[pos : pos + 1] == "," else None)
        if u:
            unit, pos = u
            if org is None:
                hit = _org_at(ctx, pos)
                if hit:
                    org, pos = hit
    if unit is None and org is None:
        # "Ketua Komisi II DPR RI", "Anggota Komisi A DPRD Provinsi X": a committee of a legislature
        cm = COMMITTEE.match(ctx.text, _SPACE.match(ctx.text, pos).end())
        hit = _org_at(ctx, cm.end()) if cm else None
        if cm and hit and (hit[0].kind == "legislature" or hit[0].name.startswith("DPRD")):
            unit = re.sub(r"\s+", " ", cm.group(0))
            org, pos = hit
            fm = FACTION.match(ctx.text, pos)  # "... DPR Fraksi PKB, NAME"
            pos = fm.end() if fm else pos
    if org is None and not inherit:
        return role, acting, None, unit, pos
    if org is None and word.heads == "divisi":
        # "Divisi X, NAME" / "Kadiv X, NAME": the body named just before in the sentence, else the
        # satker whose own site this is
        org = (_org_before(ctx, m.start()) or ctx.home) if unit else None
        if org is None:
            return None
    if org is None and word.long in _JUDGES:
        # "Hakim Ketua NAME": a judge of the court named last before, a constitutional judge of MK
        courts = [o.org for o in ctx.orgs if o.end <= m.start() and o.org.kind == "court"]
        if courts:
            org = courts[-1]
        elif word.long in {"Hakim Konstitusi", "Ketua Majelis Hakim"}:
            org = court_org("Mahkamah Konstitusi")
    if org is None and word.long in GOVERNMENT_ROLES:
        org, pos = _government(ctx, word.long, pos)
    if org is None and unit is None and word.long in {"Ketua", "Anggota", "Sekretaris", "Wakil Ketua"}:
        # "beserta anggota, A, B" / "didampingi Sekretaris C": the body named earlier in the sentence,
        # unless the role is in a group of the occasion ("sebagai ketua majelis", "anggota tim")
        if AD_HOC_GROUP.match(ctx.text, pos) or _ACRONYM_AT.match(ctx.text, pos):
            return None  # "... selaku Ketua TAPD": the post is in a body the article does not know
        org = _org_before(ctx, m.start())
        if org is None:
            return None
    if unit and unit.startswith("Divisi") and role in {"Ketua", "Koordinator"}:
        role = "Anggota"
    return role, acting, org, unit, pos


GOVERNMENT_ROLES = {
    "Bupati": "kabupaten", "Wakil Bupati": "kabupaten",
    "Wali Kota": "kota", "Wakil Wali Kota": "kota",
    "Gubernur": "provinsi", "Wakil Gubernur": "provinsi", "Sekretaris Daerah": None,
}  # fmt: skip


def _government(ctx: _Ctx, role: str, pos: int) -> tuple[Org | None, int]:
    """The regional government a head of region belongs to: "Bupati Sukoharjo", or the site's region."""
    level = GOVERNMENT_ROLES[role]
    home = site_region(ctx.article.site)
    hit = region_after(ctx.text, pos, home)
    region = None
    if hit and (level is None or hit[0].level == level or regions.lookup(hit[0].bare, level)):
        region = hit[0] if level is None or hit[0].level == level else regions.lookup(hit[0].bare, level)[0]
        pos = hit[1]
    elif home is not None and (level is None or home.level == level):
        region = home
    if region is None:
        return None, pos
    return government_body(region), pos


def government_body(region: regions.Region) -> Org:
    return Org(
        f"Pemerintah {region.name}",
        f"pemerintah-{region.code.replace('.', '-')}",
        "government",
        region.code,
        region.name,
    )


def _sentence_of(ctx: _Ctx, pos: int) -> Sentence | None:
    i = bisect_right(ctx.sentence_starts, pos) - 1
    if i >= 0 and pos < ctx.sentences[i].end:
        return ctx.sentences[i]
    return None


def _org_before(ctx: _Ctx, pos: int) -> Org | None:
    sent = _sentence_of(ctx, pos)
    lo = sent.start if sent else max(0, pos - 200)
    for m in reversed(ctx.memberships):
        if lo <= m.span.start < pos and m.org is not None:
            return m.org
    before = [o for o in ctx.orgs if lo <= o.start and o.end <= pos and o.org.kind in ("kpu", "bawaslu")]
    return before[-1].org if before else None


def _add_person(ctx: _Ctx, name: str, start: int, end: int) -> str:
    ctx.person_spans.append((start, end, name))
    ctx.covered[start:end] = b"\x01" * (end - start)
    if name not in ctx.persons:
        ctx.persons[name] = PersonMention(name, Span(start, end))
    return name


NAME_BEFORE_ROLE = re.compile(
    rf"(?P<name>{PREFIX_TITLE}*{NAME}){DEGREES}\s*(?:,\s*(?:selaku|sebagai|(?P<each>masing-masing))?|\(|selaku|sebagai)\s*$"
)  # "NAME, ROLE", "NAME (ROLE", "NAME, S.Pd.I., sebagai ROLE", "A dan B, masing-masing ROLE"
# the item before another in a list before "masing-masing": "|A| dan B, masing-masing anggota KPU X"
NAME_BEFORE_ITEM = re.compile(rf"(?P<name>{PREFIX_TITLE}*{NAME}){DEGREES}(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)$")
NAME_PAREN = re.compile(rf"(?P<name>{PREFIX_TITLE}*{NAME}){DEGREES}\s*\(")
# What a match of NAME_PAREN is made of: name characters, and spaces only before a capital or a "(" (no
# word of a name starts in lower case); one starts only at a capital of such a run holding a "("
NAME_PAREN_RUN = re.compile(r"[A-Z(](?:[A-Za-z\u00e0-\u00ff'\u2019.,()-]|\s+(?=[A-Z(]))*")


def name_paren_starts(text: str) -> Iterator[int]:
    """Where a match of NAME_PAREN can start, ascending (`scan.matches_at`)."""
    for run in NAME_PAREN_RUN.finditer(text):
        last = run.group(0).rfind("(")
        if last > 0:
            yield from (c.start() for c in CAPITAL.finditer(text, run.start(), run.start() + last))


_OFFICE_OF = re.compile(r"\b(?:Kantor|Rumah\s+Jabatan|Rujab|Pendopo|Pendapa)\s+$")
CANDIDATE_BEFORE = re.compile(
    r"\b(?:calon|bakal\s+calon|paslon|pasangan|cawabup|cabup|mantan|eks|kandidat)\s+(?:\w+\s+)?$", re.IGNORECASE
)


_JUDGES = {"Hakim Konstitusi", "Ketua Majelis Hakim", "Hakim", "Hakim Ketua", "Hakim Anggota"}
_ROLES_WITHOUT_BODY = {"Bupati", "Wali Kota", "Gubernur", *_JUDGES}  # a person even with no body
_WORD_BEFORE = re.compile(r"([A-Z][a-z\u00e0-\u00ff'\u2019]+)\s+$")


def _after_name_word(text: str, pos: int) -> bool:
    """Whether a capitalised word that may be a name's ("Abdul", not "Ketua") ends right before `pos`."""
    m = _WORD_BEFORE.search(text[max(0, pos - 30) : pos])
    return bool(m) and m.group(1).lower() not in NOT_NAME


# "yang membidangi hukum", "yang juga membawahi Divisi Teknis": a member's division in a clause
_DIVISION_CLAUSE = re.compile(
    r"[\s,]*yang\s+(?:juga\s+)?(?:membidangi|membawahi|mengampu|menangani|memegang)\s+(?:(?:[Dd]ivisi|[Bb]idang)\s+)?"
)


_DEGREES_AT = re.compile(DEGREES)  # applied with .match after a name


def _division_clause(text: str, pos: int) -> tuple[str, int] | None:
    m = _DIVISION_CLAUSE.match(text, _DEGREES_AT.match(text, pos).end())  # "NAME, S.H., yang membidangi ..."
    return _unit_at(text, m.end(), "Divisi") if m else None


# one word between commas right after a role: "Ketua KPU Kabupaten X, Budi, membuka ..."
_LONE_NAME = re.compile(r"([A-Z][a-z]{2,})(?=\s*,)")


def _items_before(ctx: _Ctx, pos: int) -> list[tuple[str, int, int]]:
    """The names of a list that ends at `pos` ("A, B dan |C, masing-masing ..."), first first."""
    out: list[tuple[str, int, int]] = []
    while len(out) < 8:
        before = ctx.text[max(0, pos - 80) : pos]
        im = NAME_BEFORE_ITEM.search(before)
        start = pos - len(before) + im.start() if im else pos
        got = _name_at(ctx.text, start) if im else None
        if not got or ctx.org_at_pos(got[1]):
            break
        out.insert(0, got)
        pos = start
    return out


def _lone_name_at(text: str, role_end: int, at: int) -> tuple[str, int, int] | None:
    """A one-word name that is a common word too ("Budi", "Indah"), where only a name can stand:
    set off by commas right after a role and its body."""
    if not text.startswith(",", _SPACE.match(text, role_end).end()):
        return None
    m = _LONE_NAME.match(text, at)
    if not m or m.group(1).lower() in NOT_NAME or _is_region_word(m.group(1)):
        return None
    return m.group(1), m.start(), m.end()


# from a list item's end to the next item: its degrees, then ", ", ", dan " or " dan " ("A, S.H., B, S.E., dan C")
_LIST_NEXT = re.compile(rf"{DEGREES}(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)")  # one \s run per branch: linear
# a bachelor's or master's degree read as a name's initials: "A, |S.E. A| memaparkan" (not "A, |M. Fadhil|")
_DEGREE_AS_INITIALS = re.compile(r"[SM]\.\s?[A-Z][a-z]{0,3}\.")
_LEAD_ROLE = re.compile(r"\b(Ketua|Wakil\s+Ketua|Sekretaris)\s+dan\s+$", re.IGNORECASE)


def _roles(ctx: _Ctx) -> None:
    text = ctx.text
    for m in finditer_at(ROLE_RE, text, ROLE_START):
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue
        if m.group("role").lower() in ROLE_WORDS_IN_NAMES and _after_name_word(text, m.start()):
            continue  # "Lukman Hakim": the word is a name's
        parsed = _parse_role(ctx, m)
        if parsed is None:
            continue
        role, acting, org, unit, pos = parsed
        if org is not None and _role_word(m).contracted:
            # "dihadiri Kapolda Sumatera Barat, Danrem 032/Wirabraja": bodies named, and no part of a name
            ctx.titled_bodies.append(org)
            ctx.covered[m.start() : pos] = b"\x02" * (pos - m.start())
        if org is None and unit is None and role not in _ROLES_WITHOUT_BODY:
            continue
        if CANDIDATE_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "calon Wakil Bupati X", "mantan Ketua ...": not a post held
        if _OFFICE_OF.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Kantor Bupati Minut, Airmadidi": a building named after the post, and its town
        # ROLE ORG [UNIT], NAME  /  ROLE ORG NAME
        after = _AFTER_ROLE.match(text, pos)
        at = after.end() if after else pos
        names: list[tuple[str, int, int]] = []
        got = _name_at(text, at) or _lone_name_at(text, pos, at)
        if got and not ctx.org_at.get(got[1]):
            names.append(got)
            # lists: "A, B, dan C"
            while True:
                lm = _LIST_NEXT.match(text, names[-1][2])
                if not lm:
                    break
                nxt = _name_at(text, lm.end())
                if not nxt or ctx.org_at.get(nxt[1]) or ROLE_RE.match(text, nxt[1]):
                    break
                if _DEGREE_AS_INITIALS.match(text, nxt[1]):  # "A, |S.E. A| memaparkan": A's degree, no name
                    break
                names.append(nxt)
        else:
            # NAME, ROLE ORG  /  NAME (ROLE ORG)  /  NAME selaku ROLE ORG
            before = text[max(0, m.start() - 80) : m.start()]
            bm = NAME_BEFORE_ROLE.search(before)
            if bm:
                cleaned = _clean_name(bm.group("name"))
                s = m.start() - len(before) + bm.start("name")
                e = s + len(bm.group("name"))
                # not the end of a body's name: "Anggota KPU Kabupaten Halmahera Barat, Divisi ..."
                if cleaned and cleaned.split()[0].lower() not in NOT_NAME and not ctx.org_at_pos(s):
                    # read as a name at its place: "Dandim 0712/ Salatiga Imam Makmur, Ketua ...": the place is no part
                    got = _name_at(text, s)
                    names.append(got if got and got[2] == e else (cleaned, s, e))
                    if bm.group("each"):  # "A dan B, masing-masing anggota KPU X": each holds the post
                        names[:0] = _items_before(ctx, m.start() - len(before) + bm.start())
        if org is None and unit is not None:
            # "Kasubbag Hukum dan SDM, NAME": a secretariat unit of the body named before, or the site's
            org = _org_before(ctx, m.start()) or ctx.home
        if unit is None and role == "Anggota" and org is not None and org.kind in ("kpu", "bawaslu") and names:
            # "Anggota KPU X, NAME, yang membidangi hukum dan pengawasan": the division after the name
            clause = _division_clause(text, pos) or (_division_clause(text, names[0][2]) if len(names) == 1 else None)
            unit = clause[0] if clause else None
        lead = _LEAD_ROLE.search(text, max(0, m.start() - 30), m.start()) if len(names) > 1 else None
        for i, (name, s, e) in enumerate(names):
            _add_person(ctx, name, s, e)
            # "Ketua dan Anggota KPU X, A, B, dan C": the first named holds the first post
            post = ROLE_BY_SURFACE[lead.group(1).lower()].long if lead and i == 0 else role
            if org is not None:  # a role with no body stated is no membership statement
                ctx.memberships.append(Membership(name, post, org, unit, Span(min(s, m.start()), max(e, pos)), acting))
    # NAME (ORG) / NAME (DIVISI ORG) / NAME (ROLE [UNIT] [ORG]) ... ORG
    for pm in matches_at(NAME_PAREN, text, name_paren_starts(text)):
        inner = pm.end()
        name = _clean_name(pm.group("name"))
        if not name or name.split()[0].lower() in NOT_NAME or ctx.org_at.get(pm.start("name")):
            continue
        role = None
        unit = None
        org = None
        pos = inner
        rm = ROLE_RE.match(text, inner)
        if rm:
            parsed = _parse_role(ctx, rm, inherit=False)
            if parsed is None:
                continue
            role, _, org, unit, pos = parsed
        else:
            u = _unit_at(text, inner)
            if u:
                unit, pos = u
                role = "Anggota" if unit.startswith("Divisi") else None
            hit = _org_at(ctx, pos)
            if hit:
                org, pos = hit
        close = _CLOSE.match(text, pos)
        if not close:
            continue
        if org is None and role:
            # "A (ketua Divisi X), B (sekretaris), dan C (Kasubbag Y) KPU Kabupaten Z": the body after the list
            after = re.match(r"(?:\s*(?:,|dan)\s*[^()]{1,60}\([^()]{1,80}\))*\s*", text[pos + close.end() :])
            at = pos + close.end() + (after.end() if after else 0)
            hit = _org_at(ctx, at)
            org = hit[0] if hit else ctx.home
        if org is None:
            continue
        _add_person(ctx, name, pm.start("name"), pm.end("name"))
        if role:
            ctx.memberships.append(Membership(name, role, org, unit, Span(pm.start(), pos + 1)))


# ----------------------------------------------------------------------------- plain person mentions
CUE_BEFORE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|oleh|narasumber|pemateri|moderator|Bapak|Ibu|Sdr\.?|Saudara|Saudari|dipandu|hadir|bersama"
    r"|yakni|yaitu|pembina\s+(?:upacara|apel)|inspektur\s+(?:upacara|apel)|keynote\s+speaker|dibuka|menghadirkan)\s+$",
    re.IGNORECASE,
)
CUE_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:mengatakan|menyampaikan|menjelaskan|menegaskan|menekankan|memaparkan|mengungkapkan|menyebut"
    r"|menambahkan|membuka|hadir|bertindak|selaku|juga|turut|memberikan|berharap|mengajak|meminta|menilai)\b"
)


PLACE_BEFORE = re.compile(
    r"\b(?:Ballroom|Lobby|Lobi|Resto|Restoran|Cafe|Kafe|Villa|Desa|Kelurahan|Kecamatan|Kapanewon|Kemantren|Kampung"
    r"|Dusun|Distrik|Gampong|Kawasan|Kompleks|Komplek|Sentra"
    r"|Nagari|Jorong|Korong|Nagori|Pekon|Dukuh|Padukuhan|Kalurahan|Negeri|Istana|Teluk|Danau|Bukit|Museum|Monumen"
    r"|Benteng|Pelabuhan|Ponpes|Jalan|Jl\.?|Gang|Hotel|Gedung|Aula|Masjid|Gereja|Pondok|Pesantren"
    r"|SMAN?|SMKN?|SMPN?|SDN?|Universitas|Kota|Kabupaten|Provinsi|Pulau|Gunung|Sungai|Pantai|Bandara|Stasiun|Terminal"
    r"|Pasar|Taman|Lapangan|Stadion|Kantor|Rumah|Wisma|Graha|Balai|Pendopo|Ruang|Partai|Tim|Program|Aplikasi|Hari"
    r"|Gerakan|Komunitas|Forum|Kamis|Rabu|Selasa|Senin|Jumat|Sabtu|Minggu|Tema|Tajuk|Buku|Film|Lagu|Lomba|Festival)\s+"
    rf"(?:(?:{'|'.join(PERSON_TITLES)})\.\s*)*$"  # "Aula Prof. Syukur Abdullah": a hall named after someone
)


# a credit line's label before a name: "Pewarta: X", "Editor: Y", "Foto: Dok MI X" (who wrote or shot it, no
# one the article is about)
# or "Rep: X / Red: Y", "(TribunPalu.com/X)", "TribunBatam.id/X"; after a name, "X berkontribusi dalam penulisan"
CREDIT_BEFORE = re.compile(
    r"(?:\b(?:Pewarta|Editor|Reporter|Penulis|Fotografer|Foto|Redaktur|Kontributor|Penyunting|Rep|Red)"
    r"\s*:\s*(?:Dok\.?\s+(?:[A-Z]{1,6}\s+)?)?(?:[A-Z]\.?\s+)?|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|id|net)/\s*)$"
)
CREDIT_AFTER = re.compile(r"\s+(?:ikut\s+)?berkontribusi\s+dalam\s+penulisan\b")


# a line naming a body, then its members numbered one per line: "PPK Dumai Barat:\n1. Suryani Harahap\n2. ..."
_LIST_HEADING = re.compile(r"^(?P<head>[^\n:]{3,80}):[ \t]*\n(?=[ \t]*1[.)])", re.MULTILINE)
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")
_LINE_END_AFTER_NAME = re.compile(rf"{DEGREES}[ \t.,;]*(?:\n|$)")
_MEMBERS = re.compile(r"\banggota\b", re.IGNORECASE)


def _listed_members(ctx: _Ctx) -> None:
    """Members of a body listed under its name, when the text before says they are members: "Berikut
    nama-nama anggota PPK terpilih:\nPPK Dumai Barat:\n1. Suryani Harahap\n2. ..."."""
    text = ctx.text
    for hm in _LIST_HEADING.finditer(text) if ":" in text else ():
        hit = _org_at(ctx, hm.start("head"))
        if hit is None or hit[1] != hm.end("head") or not _MEMBERS.search(text, max(0, hm.start() - 300), hm.start()):
            continue
        org, pos = hit[0], hm.end()
        while im := _NUMBERED.match(text, pos):
            got = _name_at(text, im.end())
            rest = _LINE_END_AFTER_NAME.match(text, got[2]) if got else None
            if not got or not rest or ctx.org_at_pos(got[1]):
                break  # an item must be a name alone on its line ("1. Suryani Harahap, S.Pd.")
            name, start, end = got
            _add_person(ctx, name, start, end)
            ctx.memberships.append(Membership(name, "Anggota", org, None, Span(start, end)))
            pos = rest.end()


# the head of a village, urban village, district or nagari, by its name, then the person's name after a comma:
# "Kepala Desa Oebelo, Yakobus Benu", "Camat Amanuban Selatan, Daniel Benu", "Lurah Takimpo, Wa Nurhaeni"
LOCAL_HEAD = re.compile(
    r"\b(?P<role>Kepala\s+Desa|Kades|Klebun|Kepala\s+Kampung|Kepala\s+Kelurahan|Lurah|Camat|Wali\s+Nagari)"
    r"(?:\s+\(Kepala\s+Desa\))?\s+(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s*,\s*"
    r"(?:Kecamatan\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*,\s*)?"
)
_LOCAL_HEAD_WORDS = ("Kepala", "Kades", "Klebun", "Lurah", "Camat", "Wali")
_LOCAL_UNITS = {  # role as written -> (role, the kind of government it heads)
    "kepala desa": ("Kepala Desa", "Desa"), "kades": ("Kepala Desa", "Desa"), "klebun": ("Kepala Desa", "Desa"),
    "kepala kampung": ("Kepala Kampung", "Kampung"), "kepala kelurahan": ("Lurah", "Kelurahan"),
    "lurah": ("Lurah", "Kelurahan"), "camat": ("Camat", "Kecamatan"), "wali nagari": ("Wali Nagari", "Nagari"),
}  # fmt: skip


def _local_heads(ctx: _Ctx) -> None:
    """Heads of village, urban-village, district and nagari governments: "Kepala Desa Oebelo, Yakobus Benu"
    holds Kepala Desa in "Pemerintah Desa Oebelo" (of the site's region, where it has one)."""
    text = ctx.text
    home = site_region(ctx.article.site)
    for m in finditer_needing(LOCAL_HEAD, text, _LOCAL_HEAD_WORDS):
        place = m.group("place")
        if place.split()[0].lower() in NOT_NAME or ctx.org_at_pos(m.start("place")):
            continue  # "Camat Kota Kupang" names no place alone; "Lurah KPU ..." is no village
        if _OFFICE_OF.search(text, max(0, m.start() - 20), m.start()):
            continue  # "di Aula Kantor Camat Amanuban Selatan, Panite": the office building and its town
        got = _name_at(text, m.end()) or _lone_name_at(text, m.end("place"), m.end())
        if not got or ctx.org_at.get(got[1]):
            continue
        role, level = _LOCAL_UNITS[_SPACES.sub(" ", m.group("role")).lower()]
        org = local_body(f"Pemerintah {level} {place}", "government", home)
        name, start, end = got
        _add_person(ctx, name, start, end)
        ctx.memberships.append(Membership(name, role, org, None, Span(m.start(), end)))


def _credit_at(before: str, after: str) -> bool:
    """Whether a name between `before` and `after` is a credit line's (a writer's, an editor's)."""
    return (":" in before or "/" in before) and bool(CREDIT_BEFORE.search(before)) or bool(CREDIT_AFTER.match(after))


def _name_words_ok(words: list[str]) -> bool:
    """Cue-less candidates: two or more words, no stop word, not all common Indonesian words."""
    if len(words) < 2:
        return False
    if any(w.strip(".").lower() in NOT_NAME for w in words):
        return False
    full_words = [w for w in words if len(w.strip(".")) > 1]
    if not full_words:
        return False
    return not all(is_common_word(w) for w in full_words)


def _is_region_word(word: str) -> bool:
    return bool(regions.lookup(word.strip(".,")))


DISTRICT_HEADS = {"camat", "kecamatan"}  # a district's name follows
DEFINES_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,11})\)")  # right after a phrase: its acronym
# "A B-C D": two people; not an Arabic article's hyphen ("Muhammad Ridho Al-Habsyi", "Ar-Rasyid", "El-Hakim")
_PAIR_HYPHEN = re.compile(r"(?<=[a-z])(?<!\bA[lrdntz])(?<!\bEl)-(?=[A-Z])")


def _abbreviates(short: str, phrase: str) -> bool:
    """Whether `short` in parentheses after `phrase` is its acronym: "(P5)", "(PDPB)", or a syllable
    acronym ("Ngobrol Santai Demokrasi (Ngobras)"); a nickname is neither ("Yosef Tukan (Ocep)")."""
    if short[0] != phrase[0] or short in phrase.split():
        return False
    return short.isupper() or any(c.isdigit() for c in short) or short[:3].lower() == phrase[:3].lower()


def _candidates(text: str, m: re.Match[str], lower_words: frozenset[str]) -> list[tuple[str, int, int]]:
    """The name(s) in a NAME_RE match, with offsets.

    The match is cut at words that cannot be part of a name (role words, "Pilbup", "alias"), at a
    hyphen joining a pair ("A B-C D"), and trimmed of words used in lower case elsewhere in the
    article ("Pasangan Robert Simanjuntak") and of region names at its edges ("Kendari Wulan P.").
    """
    if all("-" not in w and w.strip(".").lower() in NOT_NAME for w in m.group("name").split()):
        return []  # only words that are never part of a name ("Ketua", "Kota", "Divisi Hukum")
    base = m.start("name")
    tokens = [(t.group(0), base + t.start()) for t in re.finditer(r"\S+", m.group("name"))]
    split: list[tuple[str, int]] = []
    for tok, at in tokens:
        hy = _PAIR_HYPHEN.search(tok) if "-" in tok else None
        if hy:
            split += [(tok[: hy.start()], at), ("-", at + hy.start()), (tok[hy.end() :], at + hy.end())]
        else:
            split.append((tok, at))
    segments: list[list[tuple[str, int]]] = [[]]
    district_next: set[int] = set()  # segments that open with a district's name
    for tok, at in split:
        if tok == "-" or tok.strip(".").lower() in NOT_NAME:
            segments.append([])
            if tok.lower() in DISTRICT_HEADS:  # "Camat Tanjung Bintang Suherman": the district, then the name
                district_next.add(len(segments) - 1)
        else:
            segments[-1].append((tok, at))
    out = []
    for i, seg in enumerate(segments):
        if i in district_next:
            seg = seg[regions.district_words([t for t, _ in seg]) :]
        while len(seg) > 1 and (
            seg[0][0].lower() in lower_words
            or (len(seg) > 2 and _is_region_word(seg[0][0]))
            or (AFFIXED.match(seg[0][0]) and is_common_word(seg[0][0]))  # "Ditemui| Timor Express, ..."
        ):
            seg = seg[1:]
        while len(seg) > 1 and (seg[-1][0].lower() in lower_words or _is_region_word(seg[-1][0])):
            seg = seg[:-1]
        if not seg:
            continue
        raw = text[seg[0][1] : seg[-1][1] + len(seg[-1][0])]
        name = _clean_name(raw)
        if name:
            out.append((name, seg[0][1], seg[-1][1] + len(seg[-1][0])))
    return out


_FIRST_WORD = re.compile(r"(\S+)\s+")


def _past_leading_non_names(ctx: _Ctx, m: re.Match[str]) -> re.Match[str]:
    """The match again from the word after its last word of a body's name, or after its leading words
    never in a name, where that reaches further: the five words of "Hadir Ni Luh Putu
    Ary| Sukmawati" or "Universitas Udayana Ni Luh Putu| Ary Sukmawati" leave out the end of the name."""
    text = ctx.text
    at = pos = m.start("name")
    while w := _FIRST_WORD.match(text, pos, m.end()):
        pos = w.end()
        if ctx.org_at_pos(w.start(1)) or w.start() == at and w.group(1).strip(".").lower() in NOT_NAME:
            at = pos  # "Politikus Partai Gerindra| Bayu Kresna Aditama": the name opens after the body
    again = NAME_RE.match(text, at) if at > m.start("name") else None
    return again if again and again.end() > m.end() else m


def _plain_persons(ctx: _Ctx) -> None:
    text = ctx.text
    home = site_region(ctx.article.site)
    lower_words = frozenset(re.findall(r"\b[a-z][a-z'-]+\b", text))
    for m in finditer_at(NAME_RE, text, WORD_CAPITAL):
        found = [(c, m) for c in _candidates(text, m, lower_words)]
        if m.group("name").count(" ") >= 4:  # a match at the bound may cut a name that opens late
            again = _past_leading_non_names(ctx, m)
            if again is not m:  # the names before it, and the name it reaches
                found = [f for f in found if f[0][2] <= again.start()]
                found += [(c, again) for c in _candidates(text, again, lower_words)]
        for (name, s, e), src in found:
            if ctx.org_at_pos(s) or ctx.org_at_pos(e - 1) or 1 in ctx.covered[s:e]:
                # in a body's name or running into one ("Ilmu Politik |Unhas|"), or over a person a role
                # phrase found: "Menteri Dalam Negeri |Tito K.|"
                continue
            titled = s == src.start("name") and src.start() < s  # "AKBP Heri Wibowo", "(H. Gogo ..."
            before = text[max(0, s - 40) : s]
            after = text[e : e + 40]
            first = name.split()[0].lower()
            if first in NOT_NAME or PLACE_BEFORE.search(before) or _credit_at(before, after):
                continue
            if regions.lookup(name) or _is_region_word(name.split()[-1]):
                continue
            if home is not None and regions.is_district_of(name, home.code):
                continue  # "enam kecamatan, yakni Mertoyudan, ...": a district of the satker's own regency
            am = DEFINES_ACRONYM.match(after)
            if am and _abbreviates(am.group(1), name):
                continue  # "Penguatan Profil Pelajar Pancasila (P5)": a term the article abbreviates, no person
            cue = CUE_BEFORE.search(before) or CUE_AFTER.match(after)
            if not cue and re.search(r"[\"\u201c\u2018'(]\s*$", before):
                continue  # a quoted title, a forum name, an expansion in parentheses
            last_before = s - (len(before) - len(before.rstrip())) - 1  # the last character before the spaces
            body_before = last_before >= 0 and ctx.org_at_pos(last_before)  # "DPR RI |Name Name|"
            if not (cue or body_before or titled) and re.search(r"\b[A-Z]{2,6}\s+$", before) and len(name.split()) >= 2:
                # "PPK Mlonggo Budi Hartanto": the first word names the body before it
                rest = name.split(" ", 1)[1]
                if not _name_words_ok(rest.split()) and len(rest.split()) < 2:
                    continue
                name, s = rest, text.index(rest, s)
            words = name.split()
            partner = _partner_before(ctx, s)
            if (cue or partner) and len(words) == 1:
                if name.lower() in _COMMON_SINGLE or common_not_name(name):
                    continue
            elif not (partner and text[s - 1 : s] == "-" or len(words) > 1 and _pair_opens(text, s, e)) and not (
                _name_words_ok(words)
            ):
                continue
            _add_person(ctx, name, s, e)


_PAIR_CUE = re.compile(r"\b(?:pasangan|paslon)(?:\s+calon)?(?:\s+nomor\s+urut\s+\d+)?\s+$", re.IGNORECASE)


def _pair_opens(text: str, start: int, end: int) -> bool:
    """Whether the words at start:end open a pair of candidates: "pasangan |Wahyu Permana Sidik|-Iis Sugiarti"."""
    return text[end : end + 1] == "-" and bool(_PAIR_CUE.search(text, max(0, start - 40), start))


def _partner_before(ctx: _Ctx, pos: int) -> bool:
    """True when a person is named right before, joined by "dan", a comma or a pair's hyphen:
    "Wempi Rumbiak dan Sobirin", "Nanda Karya Jaya-Putra Jaya"."""
    gap = re.search(r"(?:\s+dan\s+|\s*,\s*|-)$", ctx.text[max(0, pos - 8) : pos])
    if not gap:
        return False
    end = pos - len(gap.group(0))
    return any(pe == end for _, pe, _ in ctx.person_spans)


_COMMON_SINGLE = {"kpu", "mk", "ia", "beliau", "dia", "mereka", "kami", "kita", "semua", "peserta", "panitia"}


# applied with .match after a word / .search before it: "Ratna menyatakan", "Menurut Budi", "kata Indah"
_SPEAKS = re.compile(rf"[\s,]+(?:juga\s+|pun\s+|kembali\s+)?{SAYING_BEFORE.pattern}")
_SPOKEN_BY = re.compile(rf"\b(?:{SPEECH_VERBS}|[Mm]enurut)\s+$")


def _speaks_at(text: str, start: int, end: int) -> bool:
    return bool(_SPEAKS.match(text, end) or _SPOKEN_BY.search(text, max(0, start - 30), start))


def _all_occurrences(ctx: _Ctx, short: dict[str, str]) -> None:
    """Record every later mention of a known person (full name or a unique short form) as a span."""
    forms: dict[str, str] = {}
    common: set[str] = set()  # forms that are common words too ("Ratna", "Budi"): names only where one speaks
    for name in ctx.persons:
        full = short.get(name, name)
        forms[name] = full
        for tok in name.replace(".", " ").split():
            if len(tok) >= 3 and tok.lower() not in NOT_NAME:
                if common_not_name(tok):
                    common.add(tok)
                forms.setdefault(tok, full)
                if forms[tok] != full:
                    forms[tok] = ""  # ambiguous between two people
    for form, full in sorted(forms.items(), key=lambda f: -len(f[0])):
        if not full:
            continue
        for start in word_positions(ctx.text, form):
            end = start + len(form)
            if any(c == 1 for c in ctx.covered[start:end]):
                continue
            if form in common and not _speaks_at(ctx.text, start, end):
                continue
            ctx.person_spans.append((start, end, full))
            ctx.covered[start:end] = b"\x01" * (end - start)


NICKNAME_AFTER = re.compile(r"[^()]{0,40}?\((?P<a>[A-Z][a-z]+)\)|[^.]{0,60}?disapa\s+(?P<b>[A-Z][a-z]+)")


def _resolve_short_names(ctx: _Ctx) -> dict[str, str]:
    """Map short forms ("Rina", "Bayu") to the full names given in the same article."""
    full = [n for n in ctx.persons if len(n.split()) > 1]
    mapping: dict[str, str] = {}
    # full names that are prefixes of longer full names ("Dewi Anggraini" -> "Dewi Anggraini Putri")
    longest: dict[str, str] = {}
    for name in full:
        longer = [f for f in full if f != name and f.lower().startswith(name.lower() + " ")]
        if len(longer) == 1:
            longest[name] = longer[0]
    for name in list(ctx.persons):
        if name in full:
            continue
        toks = name.lower().split()
        hits = [f for f in full if all(t in f.lower().replace(".", " ").split() for t in toks)]
        if not hits and len(toks) == 1 and len(toks[0]) >= 4:
            # a clipped form: "Fahmi" for "Muhammad Fahmiddin", "Prawira" for "Yoga Suprawira"
            hits = [f for f in full if any(w.startswith(toks[0]) or w.endswith(toks[0]) for w in f.lower().split())]
        hits = [longest.get(h, h) for h in hits]  # "Tenri": "Andi Tenri" and "Andi Tenri Sompa" are one
        if len(set(hits)) == 1:
            mapping[name] = hits[0]
    # nicknames given once: "Yosef Arakian Tukan (Ocep)", "... yang akrab disapa Ocep"
    for f in full:
        for at in word_positions(ctx.text, f):
            m = NICKNAME_AFTER.match(ctx.text, at + len(f))
            nick = (m.group("a") or m.group("b")) if m else None
            if nick and nick not in full:
                mapping[nick] = f
    mapping.update(longest)
    return mapping


# ----------------------------------------------------------------------------- quotes
# a quotation within a paragraph, or one left open at the paragraph's end: a quote running over
# paragraphs opens each and closes only the last; the end of a scraped article that was cut off
QUOTE_RE = re.compile(
    r"[\"\u201c\u201d](?P<q>[^\"\u201c\u201d\n]{12,1200}?)(?:[\"\u201c\u201d]|(?P<open>[^\S\n]*(?:\n|\Z)))"
)
# in single marks, only with a verb of saying after it: "'...,' kata NAME" (an apostrophe is no quote)
SINGLE_QUOTE_RE = re.compile(
    rf"(?<!\w)[\u2018'](?P<q>[^\u2018\u2019'\"\u201c\u201d\n]{{12,600}}?)[\u2019'](?=\s*,?\s*{SPEECH_VERBS}\b)",
    re.IGNORECASE,
)
# applied with .match(text, pos); one \s* run each, so a long run of spaces cannot be split n^2 ways
SPEAKER_AFTER = re.compile(rf"\s*(?:,\s*)?{SPEECH_VERBS}\b", re.IGNORECASE)
PRONOUN_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:\w+nya\b|(?:kata|ujar|tutur|ucap|jelas|tegas|ungkap|imbuh|terang|pungkas|harap|tambah)\s+(?:dia|beliau|ia)\b)",
    re.IGNORECASE,
)


def _speaker_after(ctx: _Ctx, pos: int) -> str | None:
    """The named speaker of '..." kata Ketua KPU X, NAME' / '..." ujar NAME' right after a quote."""
    am = SPEAKER_AFTER.match(ctx.text, pos)
    if not am or PRONOUN_AFTER.match(ctx.text, pos):
        return None
    at = am.end()
    spans = sorted((s, n) for s, _, n in ctx.person_spans if at <= s <= at + 120)
    got = _name_at(ctx.text, at) or _known_token_at(ctx, at)
    if got and (not spans or got[1] <= spans[0][0]):
        return got[0]
    return spans[0][1] if spans else None


_WORD_AT = re.compile(r"\s*([A-Z][a-z]{2,})\b")


def _known_token_at(ctx: _Ctx, pos: int) -> tuple[str, int, int] | None:
    """A capitalised word at `pos` that is a word of exactly one person named in the article:
    '..." kata Budi' for "Budi Santoso", where "Budi" alone, a common word too, is no name."""
    m = _WORD_AT.match(ctx.text, pos)
    if not m or m.group(1).lower() in NOT_NAME:
        return None
    word = m.group(1)
    owners = {n for n in ctx.persons if len(n.split()) > 1 and word in n.replace(".", " ").split()}
    return (owners.pop(), m.start(1), m.end(1)) if len(owners) == 1 else None


def _speaker_before(ctx: _Ctx, pos: int) -> str | None:
    """The person introduced just before a quote with a verb of saying ("NAME menegaskan, ... '...')."""
    lo = max(0, pos - 600)
    before = sorted((s, e, n) for s, e, n in ctx.person_spans if lo <= s < pos)
    if not before:
        return None
    s, e, name = before[-1]
    between = ctx.text[e:pos]
    if SAYING_BEFORE.search(between) and not re.search(r"[\"\u201d]", between):
        return name
    return None


# the lead-in just before a quote that names no one: "Menurutnya, '...'", "Ia menambahkan, '...'",
# "Mantan wartawan itu menegaskan: '...'" (the speaker is the person last named)
_PRONOUN_INTRO = re.compile(
    r"(?:\b[Mm]enurut(?:nya|\s+(?:ia|dia|beliau))|(?:\b(?:[Ii]a|[Dd]ia|[Bb]eliau)|\w\s+(?:itu|tersebut|ini))"
    rf"(?:\s+(?:juga|pun|kembali|lalu|lantas|kemudian|sempat))?\s+{SAYING_BEFORE.pattern})\s*[,:]?\s*$"
)
# "Menurut Jons, '...'": the person named after "menurut"
_MENURUT_NAME = re.compile(r"\b[Mm]enurut\s+(?P<who>[^,:.\"\u201c\u201d]{2,80}?)\s*[,:]\s*$")


def _speaker_intro(ctx: _Ctx, pos: int, last_speaker: str | None) -> str | None:
    """The speaker of a quote at `pos` from the words that lead into it in its sentence (a pronoun's:
    the person named last, else the last speaker)."""
    sent = _sentence_of(ctx, pos)
    lo = max(sent.start if sent else 0, pos - 160)
    lead = ctx.text[lo:pos]
    m = _MENURUT_NAME.search(lead)
    if m:
        inside = [n for s, e, n in ctx.person_spans if lo + m.start("who") <= s and e <= lo + m.end("who")]
        if inside:
            return inside[-1]
    if _PRONOUN_INTRO.search(lead):
        return _nearest_person_before(ctx, lo) or last_speaker
    return None


_TITLED = re.compile(r"\b(?:bertajuk|bertema|bertemakan|berjudul|tema|judul|tajuk|slogan|tagline|jargon)\s*:?\s*$")


def _quotes(ctx: _Ctx, short: dict[str, str]) -> list[Quote]:
    text = ctx.text
    out = []
    last_speaker: str | None = None
    last_end = 0
    for q, start, end in _quotations(text):
        if len(q.split()) < 4 or _TITLED.search(text, max(0, start - 30), start):
            continue  # too short to be said, or a title: 'seminar bertajuk "Masa Depan ..."'
        speaker = _speaker_after(ctx, end)
        if speaker is None and PRONOUN_AFTER.match(text, end):
            speaker = _nearest_person_before(ctx, start) or last_speaker
        if speaker is None:
            speaker = _speaker_before(ctx, start)
        if speaker is None:
            speaker = _speaker_intro(ctx, start, last_speaker)
        if speaker is None and last_speaker and not SPEAKER_AFTER.match(text, end) and _continues(
            ctx, last_end, start, last_speaker, short
        ):  # a quote with no attribution of its own goes on from the one before
            speaker = last_speaker
        if speaker is None:
            continue
        speaker = short.get(speaker, speaker)
        if speaker.split()[0].lower() in NOT_NAME or common_not_name(speaker):
            continue
        if speaker not in ctx.persons and not any(speaker == short.get(n, n) for n in ctx.persons):
            _add_person(ctx, speaker, end, end)
        last_speaker, last_end = speaker, end
        out.append(Quote(q, speaker, Span(start, end)))
    return out


_ENDS_CLAUSE = re.compile(r"[.!?,]\s*$")  # '"A," kata X. "B."' and '"A," kata X, "B."'


def _continues(ctx: _Ctx, last_end: int, start: int, speaker: str, short: dict[str, str]) -> bool:
    """Whether a quote at `start` goes on from the speaker's quote that ended at `last_end`: the
    same paragraph, only the attribution between ('"...," katanya. "..."')."""
    between = ctx.text[last_end:start]
    if len(between) > 160 or "\n" in between or not SPEAKER_AFTER.match(between) or not _ENDS_CLAUSE.search(between):
        return False
    return all(short.get(n, n) == speaker for s, _, n in ctx.person_spans if last_end <= s < start)


def _quotations(text: str) -> list[tuple[str, int, int]]:
    """The quotations of `text` (words, start, end), in order; a quote over several paragraphs
    (each opened, only the last closed) is one."""
    out: list[tuple[str, int, int]] = []
    still_open = False
    double = list(QUOTE_RE.finditer(text))
    single = [m for m in SINGLE_QUOTE_RE.finditer(text) if not any(d.start() < m.start() < d.end() for d in double)]
    for m in sorted([*double, *single], key=lambda m: m.start()):  # a quote in single marks inside one is part of it
        q = m.group("q").strip()
        if still_open and not text[out[-1][2] : m.start()].strip():
            out[-1] = (f"{out[-1][0]} {q}", out[-1][1], m.end())
        else:
            out.append((q, m.start(), m.end()))
        still_open = m.re is QUOTE_RE and m.group("open") is not None
    return out


def _nearest_person_before(ctx: _Ctx, pos: int) -> str | None:
    """The person a quote's "-nya" refers to: in the sentence of the person named last, the one a
    verb of saying follows ("Melianus menyampaikan terima kasih atas pengabdian Yonas. '...,' ujarnya"
    is Melianus's), else the person named last."""
    before = sorted((s, e, n) for s, e, n in ctx.person_spans if s < pos)
    if not before:
        return None
    sent = _sentence_of(ctx, before[-1][0])
    lo = sent.start if sent else before[-1][0]
    subjects = [n for s, e, n in before if s >= lo and _SPEAKS.match(ctx.text, e)]
    return subjects[-1] if subjects else before[-1][2]


# ----------------------------------------------------------------------------- events
EVENT_KINDS = [
    ("rapat pleno", r"rapat\s+pleno|pleno\s+terbuka"),
    ("konferensi pers", r"konferensi\s+pers|jumpa\s+pers"),
    ("rapat dengar pendapat", r"rapat\s+dengar\s+pendapat|\bRDP\b"),
    ("sidang pemeriksaan", r"sidang\s+(?:pemeriksaan|kode\s+etik|dugaan\s+pelanggaran)"),
    ("rakor", r"rapat\s+koordinasi|\brakor\b"),
    ("bimtek", r"bimbingan\s+teknis|\bbimtek\b"),
    ("webinar", r"\bwebinar\b"),
    ("FGD", r"\bFGD\b|focus\s+group\s+discussion|diskusi\s+kelompok\s+terpumpun"),
    ("forum konsultasi publik", r"forum\s+konsultasi\s+publik"),
    ("uji publik", r"\buji\s+publik\b"),
    ("simulasi", r"\bsimulasi\b"),
    ("peluncuran", r"\bpeluncuran\b|\blaunching\b|\b(?:me)?luncurkan\b"),
    ("pembekalan", r"\bpembekalan\b"),
    ("upacara", r"\bupacara\b|\bapel\b"),
    ("kajian", r"\bkajian\b"),
    ("sosialisasi", r"\bsosialisasi\b"),
    ("kunjungan", r"\bkunjungan\b|\baudiensi\b|\bsilaturahmi\b|\bsilaturahim\b|\bvisitasi\b"),
    ("pelantikan", r"\bpelantikan\b|\bdilantik\b"),
    ("workshop", r"\bworkshop\b|\blokakarya\b"),
    ("seminar", r"\bseminar\b"),
    ("pelatihan", r"\bpelatihan\b|\bdiklat\b"),
    ("podcast", r"\bpodcast\b|\btalkshow\b|\btalk\s+show\b"),
    ("rapat", r"\brapat\b"),
    ("diskusi", r"\bdiskusi\b"),
    ("forum", r"\bforum\b"),
]
EVENT_KIND_RE = [(k, re.compile(p, re.IGNORECASE)) for k, p in EVENT_KINDS]
ONLINE = re.compile(
    r"\bdaring\b|\bvirtual\b|\bzoom\b|\bonline\b|\bwebinar\b|\bstreaming\b|\bgoogle\s+meet\b|\bvideo\s+conference\b|\bvicon\b",
    re.IGNORECASE,
)
OFFLINE = re.compile(
    r"\bluring\b|\btatap\s+muka\b|\bbertempat\b|\b[Aa]ula\b|\bHotel\b|\b[Rr]uang\s+(?:[Rr]apat|[Pp]ertemuan|[Ss]idang)|\b[Gg]edung\b"
    r"|\bofflin|\b(?:di|ke)\s+(?:[A-Z][a-z]|SMA|SMK|SMP|MAN|kantor|sekolah|desa|kelurahan|kecamatan|balai|pendopo|lapangan|halaman|lobi)"
    r"|\bkunjungan\b|\bmengunjungi\b|\bmeninjau\b|\btinjau\b|\baudiensi\b|\bsilaturahmi\b|\bpelantikan\b|\bupacara\b|\bapel\b"
    r"|\bpenandatanganan\b|\bmenyerahkan\b|\bmenerima\b",
    re.IGNORECASE,
)
_MEDIA_DARING = re.compile(r"\bmedia\s+(?:[a-z]+,?\s+){0,4}(?:dan\s+)?daring\b", re.IGNORECASE)
HYBRID = re.compile(r"\bhybrid\b|\bhibrid\b|\bhibrida\b|daring\s+dan\s+luring|luring\s+dan\s+daring", re.IGNORECASE)
HYBRID_WORDS = ("hybrid", "hibrid", "daring")  # one is in every match (of the lower-cased text)
# the words that open a venue's name: where an event is held ("di Aula KPU", "berlangsung di Ruang Rapat ...")
VENUE_HEADS = (
    r"(?:Aula|Hotel|Ruang|Gedung|Kantor|Pendopo|Balai|Wisma|Graha|Auditorium|Convention|Gor|GOR|Lapangan|Halaman)"
)
VENUE_RE = re.compile(
    rf"\b(?:di|bertempat\s+di)\s+(?P<venue>{VENUE_HEADS}"
    r"(?:\s+(?:[A-Z][\w&'-]*|\d+|dan|lt\.?|Lantai)){0,7})"
)
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS_LOWER = tuple(d.lower() for d in WEEKDAYS)
SERIES_KNOWN = known_series()
WEEKDAY_SERIES = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s+(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2}\b(?!\s*\()"
)
SERIES_INTRO = re.compile(
    r"(?:program|kegiatan\s+rutin|agenda\s+rutin|rubrik|program\s+unggulan|inovasi|seri|edisi|kegiatan(?:\s+virtual|\s+daring)?)"
    r"\s+[\"\u201c](?P<name>[A-Z][\w'-]*(?:\s+[\w'-]+){0,4})[\"\u201d]"
)
SERIES_INTRO_WORDS = ('"', "\u201c")
# a forum said to recur, unquoted or quoted: "program rutin Rembug Demokrasi", "forum Kamisan Pemilu yang rutin
# digelar Perludem", "bertajuk 'KPU Sapa Santri' yang menjadi program rutin"
_CAPITALISED = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
ROUTINE_BEFORE = re.compile(rf"\b(?:program|forum|kegiatan|agenda)\s+rutin\s+(?P<name>{_CAPITALISED})")
ROUTINE_AFTER = re.compile(
    rf"\b(?:program|forum|kegiatan|agenda|acara)\s+(?P<name>{_CAPITALISED})\s+yang\s+(?:secara\s+)?rutin\b"
)
ROUTINE_QUOTED = re.compile(
    r"[\"\u201c](?P<name>[A-Z][\w'-]*(?:\s+[\w'-]+){0,4})[\"\u201d]\s+yang\s+(?:menjadi|merupakan)\s+"
    r"(?:program|agenda|kegiatan)\s+rutin\b"
)
ROUTINE = (ROUTINE_BEFORE, ROUTINE_AFTER, ROUTINE_QUOTED)
ROUTINE_WORDS = ("rutin",)
GOES_TO = re.compile(
    r"\b(?P<name>(?:KPU|Bawaslu)(?:\s+[A-Z][\w]*){0,3}\s+Goes\s+to\s+(?:School|Campus|Kampus|Sekolah|Pesantren|Village|Desa))\b"
)
GOES_TO_WORDS = ("Goes",)
# "JUMAT BERKAH SERI-2", "Forum Rabu Seri ke-XIV", "Podcast Suara Pemilih (Supel) Episode Spesial"
NAMED_EDITION = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][\w'-]{0,30}(?:\s+[A-Z][\w'-]{0,30}){0,3})(?:\s*\([^()]{2,40}\))?"
    r"(?:\s+(?:SERI|Seri|EDISI|Edisi|edisi|EPISODE|Episode|JILID|Jilid)\b"
    # an edition follows: "Seri ke-XIV", "SERI-2", "Episode Spesial", "edisi ke-4" (not "Bandar Seri Bentan")
    r"(?=[\s-]*(?:ke[-\s]?)?(?:[IVXLC]+\b|\d|Spesial|SPESIAL|Khusus|Perdana|[Pp]ertama|[Kk]edua|[Kk]etiga|[Kk]eempat))"
    r"|[^\S\n]?#\d{1,3}\b)"  # or a number sign: "Ngobrol Hukum #7", "Webinar Series #3"
)
# one is in every match
NAMED_EDITION_WORDS = ("SERI", "Seri", "EDISI", "Edisi", "edisi", "EPISODE", "Episode", "JILID", "Jilid", "#")
_SHORT_AFTER = re.compile(r"\s*\(([A-Z][\w-]{2,20})\)")  # applied with .match after a series' name
# "kunjungan bertajuk safari media ke ...": a short unquoted name after "bertajuk"
BERTAJUK = re.compile(
    r"\b(?:kegiatan|kunjungan|program|agenda|acara)\s+bertajuk\s+(?P<name>[A-Za-z]+\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+(?:ke|di|dari|dengan|untuk|pada|yang|bersama)\b"
)
BERTAJUK_WORDS = ("bertajuk",)
EDITION = re.compile(
    r"\b(?:Seri|Edisi|Episode|Jilid|Vol\.?|Volume)\s+(?:ke[-\s]?)?(?P<ed>[IVXLC]+|\d+)\b|(?<=\w)[^\S\n]?#(?P<num>\d{1,3})\b",
    re.IGNORECASE,
)
EDITION_WORDS = ("seri", "edisi", "episode", "jilid", "vol", "#")  # in the lower-cased text
ORGANIZER_CUE = re.compile(
    r"\b(?:diselenggarakan|digelar|dilaksanakan|diadakan|diinisiasi|yang\s+digelar|diprakarsai)\s+(?:secara\s+\w+\s+)?(?:oleh\s+)?$",
    re.IGNORECASE,
)
HOST_VERB = re.compile(
    r"^\s*(?:menggelar|mengadakan|menyelenggarakan|melaksanakan|gelar|adakan|selenggarakan)\b", re.IGNORECASE
)


_EVENT_NOUNS = "|".join(p for k, p in EVENT_KINDS if k not in ("kunjungan", "pelantikan", "rapat", "forum", "diskusi"))
_HELD_NOUNS = "|".join(p for k, p in EVENT_KINDS if k != "kunjungan")
# a body holding an event, actively or passively: "menggelar rapat pleno", "diskusi yang digelar oleh X"; not
# one yet to come or ordered ("akan menggelar rapat pleno", "diperintahkan untuk menggelar ...")
HOSTED = re.compile(
    r"(?<!akan\s)(?<!segera\s)(?<!untuk\s)(?<!agar\s)(?<!sebelum\s)"
    rf"\b(?:(?:menggelar|mengadakan|menyelenggarakan|melaksanakan)\s+(?:[a-z]+\s+)?(?:{_HELD_NOUNS})"
    rf"|(?:menuntaskan|dalam|pada)\s+(?:[a-z]+\s+)?(?:{_EVENT_NOUNS}))"
    rf"|(?:{_HELD_NOUNS})(?:\s+(?:[a-z]+|\"[^\"]{{1,150}}\"|\u201c[^\u201d]{{1,150}}\u201d)){{0,5}}\s+(?:yang\s+)?"
    r"(?:digelar|diselenggarakan|dilaksanakan|diadakan)\s+(?:oleh\s+)?[A-Z]"
    r"|\bmelantik\b"
    # held somewhere, or opened: "Penandatanganan NPHD berlangsung di Ruang Rapat ...", "Kegiatan dibuka Ketua ..."
    r"|(?<!sidang\s)(?<!sidang\syang\s)(?<!siding\syang\s)"  # a court's hearing is no event of the report
    rf"\b(?:berlangsung|digelar|dilaksanakan|diselenggarakan)\s+(?:[a-z]+\s+){{0,2}}?di\s+{VENUE_HEADS}\b"
    r"|\bkegiatan\s+(?:ini\s+|tersebut\s+)?dibuka\b",
    re.IGNORECASE,
)


# a title that reports a vote as held: "PSU Puncak Jaya Berlangsung Aman", "KPU X Gelar PSU di 3 TPS"
VOTE_HELD_TITLE = re.compile(
    r"(?:\bPSU\b|[Pp]emungutan\s+[Ss]uara|[Pp]encoblosan|[Pp]enghitungan\s+[Ss]uara)(?:\s+\S+){0,4}?\s+"
    r"(?:[Bb]erlangsung|[Dd]igelar|[Dd]ilaksanakan|[Dd]iikuti)\b"
    r"|(?<![Aa]kan\s)(?<![Ss]iap\s)\b(?:[Gg]elar|[Mm]enggelar|[Ll]aksanakan|[Mm]elaksanakan)\s+(?:PSU\b|[Pp]emungutan\s+[Ss]uara)"
)

# a title reporting a ruling or a verdict: "MK Batalkan X, Pilkada Y Gelar PSU" (a vote ordered), "Dua Warga Divonis";
# not "KPU X Tetapkan Paslon Terpilih Usai MK Tolak Gugatan" (the court's ruling is no subject of its own)
RULING_TITLE = re.compile(r"^\s*(?:MK|Mk|Mahkamah|[Pp]utusan)\b|\b[Dd]ivonis\b|\b[Vv]onis\b|\b[Dd]ihukum\b")


_YET_TO_COME = re.compile(
    r"\b(?:akan|segera|lagi|jelang|menjelang|siap|bakal|batal)\b(?:\s+\S+){0,4}?\s+$", re.IGNORECASE
)


# the event itself broadcast live: "disiarkan (secara) langsung melalui kanal YouTube", "live streaming"
STREAMED = re.compile(
    r"\b(?:disiarkan|ditayangkan)\s+(?:secara\s+)?langsung\b|\bsiaran\s+langsung\b|\blive\s*stream", re.IGNORECASE
)
_ON_TV = re.compile(r"\btelevisi\b|\bTV", re.IGNORECASE)


def _streamed(ctx: _Ctx, low: str) -> bool:
    """Whether a sentence says the event went out live online (not on television: a debate aired by a local
    station is held before its audience)."""
    if "langsung" not in low and "stream" not in low:
        return False
    return any(STREAMED.search(s.text) and not _ON_TV.search(s.text) for s in ctx.sentences)


def _held_in_title(kind: re.Pattern[str], title: str) -> bool:
    """Whether the title names an event of this kind as held, not one to come ("Selangkah Lagi X Dilantik")."""
    m = kind.search(title)
    return bool(m) and not _YET_TO_COME.search(title, 0, m.start())


_NOT_YET = re.compile(  # a vote to come, or ordered ("MK memerintahkan PSU dilaksanakan di 12 TPS")
    r"\b(?:akan|mendatang|dijadwalkan|direncanakan|rencananya|bakal|jika|apabila|harus|wajib"
    r"|memerintahkan|diperintahkan|perintahkan)\b",
    re.IGNORECASE,
)


def _vote_held_in_lead(ctx: _Ctx) -> bool:
    """Whether the lead reports a vote held: "PSU digelar di seluruh 187 TPS", "KPU X menggelar pemungutan
    suara ulang"; not one to come ("PSU akan digelar pada 5 April mendatang")."""
    return any(
        _held_in_title(VOTE_HELD_TITLE, s.text) and not _NOT_YET.search(s.text) for s in ctx.sentences[:4]
    )


# a ruling's title that goes on to what a body did about it: "MK Tak Terima Gugatan, KPU Kota Sorong Tetapkan ..."
# (not "..., KPU Segera Tetapkan ...")
BODY_ACTS_TITLE = re.compile(
    r",\s*(?:KPU|KIP|Bawaslu)\b(?:\s+(?!Segera\b|Siap\b|Akan\b|Bakal\b)[A-Z][\w.-]*){0,4}?"
    r"\s+(?:Tetapkan|Gelar|Lantik|Umumkan|Serahkan)\b"
)


def _held_in_lead(ctx: _Ctx) -> bool:
    """Whether the lead says a forum was held, "Dalam diskusi daring bertajuk "..." yang digelar JPDN ...";
    not only named ("hasilnya dikoreksi dalam rapat pleno")."""
    return any(
        any(not m.group(0).lower().startswith(("dalam", "pada")) for m in HOSTED.finditer(s.text))
        and not _NOT_YET.search(s.text)
        for s in ctx.sentences[:4]
    )


def _event(ctx: _Ctx) -> Event | None:
    a = ctx.article
    head = a.title + " . " + " ".join(s.text for s in ctx.sentences[:3])
    title_kind = next((k for k, p in EVENT_KIND_RE if _held_in_title(p, a.title)), None)
    kind = title_kind or next((k for k, p in EVENT_KIND_RE if p.search(head)), None)
    series, edition = _series(ctx)
    if series and series.lower() == "forum konsultasi publik":
        kind = "forum konsultasi publik"
    whole = a.title + " " + ctx.text
    low = whole.lower()
    if "media" in low and "daring" in low:  # "media cetak, elektronik, dan daring": not how the event was held
        whole, head = _MEDIA_DARING.sub(" ", whole), _MEDIA_DARING.sub(" ", head)
        low = whole.lower()
    vm = VENUE_RE.search(ctx.text)
    venue = vm.group("venue").strip() if vm else None
    if next(finditer_needing(HYBRID, whole, HYBRID_WORDS, low), None):
        mode = "hybrid"
    elif ONLINE.search(head) or (ONLINE.search(whole) and not OFFLINE.search(whole)):
        mode = "online"
    elif (venue or "luring" in low) and _streamed(ctx, low):
        mode = "hybrid"  # "berlangsung secara luring di Media Center ..., dan disiarkan langsung melalui kanal YouTube"
    elif OFFLINE.search(whole):
        mode = "offline"
    else:
        mode = None
    if venue and mode is None:
        mode = "offline"
    organizer = _organizer(ctx)
    ruling_title = RULING_TITLE.search(a.title) and not (_held_in_title(BODY_ACTS_TITLE, a.title) or _held_in_lead(ctx))
    if (
        not is_election_body_site(a.site)
        and title_kind is None
        and series is None
        and (ruling_title or not (HOSTED.search(ctx.text) or _held_in_title(VOTE_HELD_TITLE, a.title)
                                  or _vote_held_in_lead(ctx)))
    ):
        # news media report events only when their title says so, a vote held included, or a body is said
        # to hold one ("KPU Kota X menggelar rapat pleno terbuka ..."); KPU items nearly always do. A report
        # of a ruling or a verdict is none, whatever meeting its text mentions in passing.
        return None
    label = a.title
    return Event(label, kind, series, edition, organizer, mode, venue, a.event_date, Span(0, min(len(ctx.text), 300)))


def _series(ctx: _Ctx) -> tuple[str | None, str | None]:
    whole = ctx.article.title + " . " + ctx.text
    found: list[tuple[int, str]] = []
    low = whole.lower()
    for name in SERIES_KNOWN:
        at = low.find(name.lower())
        if at >= 0:
            found.append((at, name))
    for m in finditer_needing(WEEKDAY_SERIES, whole, WEEKDAYS):
        words = m.group(0).split()
        cut = next((i for i, w in enumerate(words[1:], start=1) if w.lower() in NOT_NAME), len(words))
        if cut < 2:
            continue
        phrase = " ".join(words[:cut])
        # "Bu Kaji (Rabu Mengkaji)": the short name before the expansion is the series' name
        outer = re.search(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*\($", whole[max(0, m.start() - 40) : m.start()])
        found.append((m.start(), outer.group(1) if outer else phrase))
    for m in finditer_needing(NAMED_EDITION, whole, NAMED_EDITION_WORDS):
        name = m.group("name")
        words = name.split()
        keep = {"ngopi", "asli", "sesuatu"} | set(WEEKDAYS_LOWER)
        while words and (words[0].lower() in NOT_NAME - keep or is_common_word(words[0]) and len(words) > 2):
            words = words[1:]
        if words and not all(w.lower() in NOT_NAME for w in words):
            label = " ".join(words)
            short = _SHORT_AFTER.match(whole, m.end("name"))
            # "Ngobrol Santai Demokrasi (Ngobras)" with "Ngobras" in the title: the series' short name
            if short and short.group(1)[:3].lower() == name[:3].lower() and short.group(1) in ctx.article.title:
                label = short.group(1)
            found.append((m.start(), label.title() if label.isupper() and len(label) > 4 else label))
    introduced = [(SERIES_INTRO, SERIES_INTRO_WORDS), (GOES_TO, GOES_TO_WORDS), *((r, ROUTINE_WORDS) for r in ROUTINE)]
    for rx, needs in introduced:
        for m in finditer_needing(rx, whole, needs):
            found.append((m.start(), m.group("name").strip()))
    for m in finditer_needing(BERTAJUK, whole, BERTAJUK_WORDS):
        found.append((m.start(), m.group("name").title()))
    edition = None
    em = next(finditer_needing(EDITION, whole, EDITION_WORDS, low), None)
    if em:
        edition = em.group("ed") or em.group("num")
    if not found:
        return None, edition
    counts = Counter(n for _, n in found)
    best = min(found, key=lambda f: (-counts[f[1]], f[0]))[1]
    return best, edition


def _organizer(ctx: _Ctx) -> Org | None:
    text = ctx.text
    for om in ctx.orgs:
        before = text[max(0, om.start - 45) : om.start]
        if ORGANIZER_CUE.search(before) and om.org.kind != "court":
            return om.org
    title = ctx.article.title
    for om in find_orgs(title, ctx.article.site):
        if HOST_VERB.match(title[om.end :]):
            return om.org
    for om in ctx.orgs:
        if HOST_VERB.match(text[om.end : om.end + 30]):
            return om.org
    return None


# ----------------------------------------------------------------------------- participation
# the words that say in what capacity the people of a sentence take part; one pattern, a group per capacity
CAPACITY_CUES = [
    ("moderator", r"\bmoderator\b|\bdipandu\b|\bdimoderatori\b|\bmemandu\b"),
    (
        "leader",
        r"\bpembina\s+(?:upacara|apel)\b|\binspektur\s+(?:upacara|apel)\b|\b(?:pemimpin|komandan)\s+(?:upacara|apel)\b"
        r"|\bpemimpin\s+rapat\b|\bdipimpin\b|\bmemimpin\b",
    ),
    (
        "opener",
        r"\bdibuka\b|\bmembuka\b(?!\s+(?:layanan|akses|ruang|peluang|kesempatan|pendaftaran|posko|lowongan|diri|mata"
        r"|wawasan|jalan|pintu|kotak|rekening|data))|\bpembukaan\b(?!\s+(?:kotak|pendaftaran|lowongan|data|UUD|Undang))"
        r"|\bsambutan\b(?!\s+(?:hangat|baik|positif|antusias|meriah))",
    ),
    (
        "speaker",
        r"\bnarasumber\b|\bpemantik\b|\bpenyaji\b|\bpengantar\b|\bpemateri\b|\bmemaparkan\b|\bpaparan\b|\bmateri\b|\bkeynote\b"
        r"|\bpembicara\b|\bmenjadi\s+pembicara\b|\bkuliah\s+umum\b|\bceramah\b|\borasi\b",
    ),
    (
        "attendee",
        r"\bhadir\b(?!\s+sebagai)|\bmenghadiri\b|\bdidampingi\b|\bmendampingi\b|\bdihadiri\b|\bdiikuti\b|\bmengikuti\b"
        r"|\bturut\b|\bpeserta\b|\bdisaksikan\b|\bmenyaksikan\b|\bdisambut\b|\bditerima\s+(?:langsung\s+)?oleh\b",
    ),
]
CAPACITY_CUE_RE = re.compile("|".join(f"(?P<{cap}>{pattern})" for cap, pattern in CAPACITY_CUES), re.IGNORECASE)
# applied with .match after a name: "NAME, sebagai narasumber", "NAME (selaku moderator)"
AS_CAPACITY = re.compile(
    r"(?:,[^,.;()]{1,60},|,|\s*\()?\s*(?:(?:hadir|tampil)\s+)?(?:sebagai|selaku|bertindak\s+sebagai)\s+", re.IGNORECASE
)
SPEAKING = re.compile(
    r"\b(?:menyampaikan|menekankan|menegaskan|menjelaskan|mengatakan|menyebut|mengungkapkan|mendorong|mengajak|berharap|menambahkan"
    r"|melaporkan|berbagi\s+pengalaman|memberikan\s+arahan|menceritakan|mengingatkan|menyatakan|menilai|mengusulkan"
    r"|menanggapi|meminta|memaparkan|menuturkan|mengimbau|menyoroti|menerangkan)\b"
)
# applied with .match after a name: "A, yang menjelaskan ...", "A yang hadir dalam pleno menyatakan ...", "A, yang
# memandu sesi tanya jawab": what else they did
_SPEAKS_AFTER = re.compile(
    rf"[\s,]*yang\s+(?:juga\s+|kemudian\s+|lalu\s+)?(?:hadir(?:\s+[a-z]+){{0,4}}?\s+)?{SPEAKING.pattern}"
)
_GUIDES_AFTER = re.compile(r"[\s,]*yang\s+(?:juga\s+)?(?:memandu|memoderatori)\b")


def _did_after(text: str, pos: int) -> str | None:
    if _GUIDES_AFTER.match(text, pos):
        return "moderator"
    return "speaker" if _SPEAKS_AFTER.match(text, pos) else None


# "narasumber yang hadir yakni A": the attendance word describes the speaker, it is no cue of its own
_CUE_NOUN_YANG = re.compile(r"\b(?:narasumber|pemateri|pembicara|penyaji|pemantik|moderator)\s+yang\s+$", re.IGNORECASE)
# a cue sentence that opens a list ("menghadirkan narasumber berikut:"), one person per line after it
_LIST_OPENER = re.compile(r"(?::|\b(?:berikut|antara\s+lain|yaitu|yakni|di\s+antaranya))\s*:?\s*$")
_LIST_OPENER_WORDS = (":", "berikut", "antara", "yaitu", "yakni")  # one is in every match


def _participation(ctx: _Ctx, event: Event | None, quotes: list[Quote], short: dict[str, str]) -> list[Participation]:
    if event is None:
        return []
    out: dict[tuple[str, str], Participation] = {}
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for ps, pe, n in ctx.person_spans:
        sent = _sentence_of(ctx, ps)
        if sent is not None:
            by_sentence.setdefault(sent.index, []).append((ps, pe, short.get(n, n)))
    list_cue: tuple[int, str] | None = None  # the cue of a list the sentences are items of
    quoted = [q.span for q in quotes]
    for s in ctx.sentences:
        people = by_sentence.get(s.index, [])
        tail = s.text[-40:]
        opens_list = any(w in tail for w in _LIST_OPENER_WORDS) and _LIST_OPENER.search(tail)
        if not people and not opens_list:
            if list_cue and not _list_item(ctx, s):
                list_cue = None  # the list's numbering ("1.") goes on with it, other text ends it
            continue
        cues = _cues(s, quoted)
        if cues and opens_list:
            list_cue = max(cues)
        elif list_cue and not cues and _list_item(ctx, s):
            cues = [list_cue] if people else []
        else:
            list_cue = None
        if not people:
            continue
        for ps, pe, name in people:
            if cues:
                # "NAME, sebagai narasumber" says what the person did; else the cue that introduces
                # the person ("dibuka oleh X", "narasumber Y"), else the nearest
                stated = AS_CAPACITY.match(ctx.text, pe)
                after = [c for c in cues if stated and c[0] == stated.end()]
                before = [c for c in cues if c[0] < ps]
                if after:
                    pos, cap = after[0]
                else:
                    pos, cap = max(before) if before else min(cues, key=lambda c: (abs(c[0] - ps), c[1]))
                out.setdefault((name, cap), Participation(name, cap, Span(ps, pe)))
                also = _did_after(ctx.text, pe) if cap == "attendee" else None  # "hadir pula A, yang menjelaskan ..."
                if also:
                    out.setdefault((name, also), Participation(name, also, Span(ps, pe)))
            elif SPEAKING.search(s.text):
                out.setdefault((name, "speaker"), Participation(name, "speaker", Span(ps, pe)))
    for q in quotes:
        if q.speaker:
            out.setdefault((q.speaker, "speaker"), Participation(q.speaker, "speaker", q.span))
    return list(out.values())


def _cues(s: Sentence, quoted: list[Span]) -> list[tuple[int, str]]:
    """The capacity cues of sentence `s` (offset, capacity), but none inside a quotation ("Kami membuka
    akses") and no attendance word that describes a speaker ("narasumber yang hadir")."""
    inside = [q for q in quoted if q.start < s.end and q.end > s.start]  # the sentence's quotations
    cues = []
    for m in CAPACITY_CUE_RE.finditer(s.text):
        at, cap = s.start + m.start(), m.lastgroup or ""
        if cap == "attendee" and _CUE_NOUN_YANG.search(s.text, max(0, m.start() - 40), m.start()):
            continue
        if not inside or not any(q.start < at < q.end for q in inside):
            cues.append((at, cap))
    return cues


def _list_item(ctx: _Ctx, s: Sentence) -> bool:
    """Whether sentence `s` is in a short line that names someone: an item of a list of people
    ("1. Dr. A, S.H. (Akademisi)"), or its numbering."""
    lo = ctx.text.rfind("\n", 0, s.start) + 1
    hi = ctx.text.find("\n", s.start)
    hi = len(ctx.text) if hi < 0 else hi
    return hi - lo <= 200 and any(lo <= ps < hi for ps, _, _ in ctx.person_spans)


# ----------------------------------------------------------------------------- rulings
CASE_NUMBER = re.compile(
    r"(?:\b(?:Nomor|No\.?|nomor)\s*:?\s*)?\b(?P<num>\d{1,4}(?:-\d{1,3}){0,4})\s*/\s*(?P<type>[A-Z]{2,5}(?:[.\s][A-Z]{2,6})?(?:-[A-Z]{2,6})?)"
    r"\s*-\s*(?P<term>[IVXLC]{1,7})\s*/\s*(?P<year>(?:19|20)\d{2})\b"
)
CASE_NUMBER_START = re.compile(r"\b[Nn0-9]")
# other courts' case numbers: a judicial review of the Supreme Court ("24 P/HUM/2025"), an administrative
# court's election case ("12/G/PILKADA/2025/PTUN.JPR"), a district court's election crime ("18/Pid.Sus/2025/PN Kpg")
OTHER_CASE_NUMBER = re.compile(
    r"(?<![\w/])(?P<num>\d{1,4})(?:\s?(?P<hum>P/HUM)|/G/[A-Z]{2,10}(?:/[A-Z]{2,10})?|/(?P<pid>Pid\.Sus(?:-[A-Za-z]+)?))"
    r"/(?P<year>(?:19|20)\d{2})(?:/PT\.?\s?TUN\.[A-Z]{2,5}|/PTUN\.[A-Z]{2,5}|/PN\s?[A-Z][a-z]{1,5}\b)?"
)
OTHER_CASE_WORDS = ("/HUM/", "/G/", "/Pid.")  # one is in every match
_ADMINISTRATIVE_COURT = ("Pengadilan Tata Usaha Negara", ("TUN", "Tata Usaha"))  # the kind, and words of its names
_DISTRICT_COURT = ("Pengadilan Negeri", ("Negeri", "PN "))
OFFICE_OF_SUFFIX = {".BUP": "Bupati", ".WAKO": "Wali Kota", ".WALKOT": "Wali Kota", ".GUB": "Gubernur"}
ELECTION_MENTION = re.compile(
    r"\b(?P<office>Pilkada|Pilbup|Pilwalkot|Pilwakot|Pilgub|Pilwali|Pemilihan\s+Kepala\s+Daerah|Pemilihan\s+Bupati|Pemilihan\s+Wali\s*[Kk]ota|Pemilihan\s+Gubernur"
    r"|PHPU\s+Bupati|PHPU\s+Wali\s*[Kk]ota|PHPU\s+Gubernur|PSU|Pemungutan\s+Suara\s+Ulang|Pemilu|Pemilihan"
    r"|(?:Bupati|Wali\s*[Kk]ota|Gubernur)(?=\s+dan\s+Wakil))"
    r"(?:\s+(?:dan\s+)?Wakil\s+(?:Bupati|Wali\s*[Kk]ota|Gubernur))?(?:\s+(?:[Tt]ahun\s+)?20\d\d)?(?:\s*\([A-Za-z]{2,10}\))?(?:\s+(?:di|serentak|Serentak))?",
    re.IGNORECASE,
)
OFFICE_WORD = [
    ("Bupati", re.compile(r"Pilbup|Bupati", re.IGNORECASE)),
    ("Wali Kota", re.compile(r"Pilwalkot|Pilwakot|Pilwali|Wali\s*[Kk]ota", re.IGNORECASE)),
    ("Gubernur", re.compile(r"Pilgub|Gubernur", re.IGNORECASE)),
]
ELECTION_MENTION_START = re.compile(r"\b[PBWG]", re.IGNORECASE)
RULING_WORD = re.compile(
    r"\b(?:putus\w*|diskualifikasi\w*|mendiskualifikasi|gugat\w*|sengketa|perkara|PHPU|PHP\s+Kada|amar"
    r"|(?:MK|Mahkamah(?:\s+Konstitusi(?:\s*\(MK\))?)?)\s+(?:telah\s+|juga\s+|kemudian\s+)?"
    r"(?:memerintahkan|membatalkan|menolak|mengabulkan))\b",
    re.IGNORECASE,
)
COURT_WORD = re.compile(r"\bMahkamah\s+Konstitusi\b|\bMK\b", re.IGNORECASE)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = ROMAN[ch]
        total += -v if i + 1 < len(s) and ROMAN[s[i + 1]] > v else v
    return total


def _elections(ctx: _Ctx) -> list[tuple[int, Election]]:
    """Elections named in the title (position -1) and the text: office, region, year."""
    out = []
    home = site_region(ctx.article.site)
    for text, shift in ((ctx.article.title, None), (ctx.text, 0)):
        for m in finditer_at(ELECTION_MENTION, text, ELECTION_MENTION_START):
            phrase = m.group(0)
            if phrase.lower().startswith("pemilu"):
                continue
            office = next((o for o, rx in OFFICE_WORD if rx.search(phrase)), None)
            hit = region_after(text, m.end(), home)
            if hit is None:
                continue
            region, end = hit
            level = GOVERNMENT_ROLES.get(office or "")
            if level and region.level != level and regions.lookup(region.bare, level):
                region = regions.lookup(region.bare, level)[0]
            office = office or _office_of(region)
            # "Wali Kota Semarang 2025-2030" is a term of office, not the year of an election
            ym = re.search(r"\b(20\d{2})\b(?!\s*[-\u2013]\s*20\d{2})", phrase) or re.match(
                r"\s*(?:[Tt]ahun\s+)?(20\d{2})\b(?!\s*[-\u2013]\s*20\d{2})", text[end : end + 25]
            )
            year = int(ym.group(1)) if ym else None
            out.append((-1 if shift is None else m.start(), Election(office, region.code, region.name, year)))
    # the election of the body a ruling orders: "MK memerintahkan KPU Kabupaten Pasaman untuk melakukan PSU"
    for o in ctx.orgs if "memerintahkan" in ctx.text else ():
        region = regions.by_code(o.org.region_code) if o.org.kind == "kpu" and o.org.region_code else None
        if region is not None and _ORDERS.search(ctx.text, max(0, o.start - 40), o.start):
            out.append((o.start, Election(_office_of(region), region.code, region.name, None)))
    return out


_ORDERS = re.compile(r"\bmemerintahkan\s+(?:kepada\s+)?$")


def _office_of(region: regions.Region) -> str:
    """The head of the region's government, whose election a regional election is."""
    return {"provinsi": "Gubernur", "kota": "Wali Kota"}.get(region.level, "Bupati")


def _default_year(elections: list[tuple[int, Election]], ctx: _Ctx) -> int | None:
    years = [e.year for _, e in elections if e.year]
    if years:
        return Counter(years).most_common(1)[0][0]
    m = re.search(
        r"\b(?:Pilkada|Pemilihan|Pilbup|Pilwalkot|Pilgub)\s+(?:[Ss]erentak\s+)?(?:[Tt]ahun\s+)?(20\d{2})\b",
        ctx.article.title + " " + ctx.text,
    )
    return int(m.group(1)) if m else None


def _rulings(ctx: _Ctx) -> list[Ruling]:
    text = ctx.text
    elections = _elections(ctx)
    dyear = _default_year(elections, ctx)
    out: list[Ruling] = []
    numbered_elections = set()
    titled = any(p < 0 for p, _ in elections)  # the title names an election: the article's own
    for m in finditer_at(CASE_NUMBER, text, CASE_NUMBER_START):
        ctype = re.sub(r"\s", ".", m.group("type"))
        ident = f"{m.group('num')}/{ctype}-{m.group('term')}/{m.group('year')}"
        year = int(m.group("year"))
        election = None
        kind = "pemilu" if re.search(r"\.(?:DPR|DPD|PRES)", ctype) else "pilkada"  # "PHPU.DPR-DPRD", "PHPU.PRES"
        if ctype.startswith("PHP"):
            office = next((o for suffix, o in OFFICE_OF_SUFFIX.items() if ctype.endswith(suffix)), None)
            # the election named next to the number, else the one of the body its sentence orders, else one near
            election = (
                _near_election(text, elections, m.start(), office, kind, dyear or year, within=200, anywhere=False)
                or _body_election(ctx, m.start(), office, dyear or year, titled=titled)
                or _near_election(text, elections, m.start(), office, kind, dyear or year)
            )
            if election:
                numbered_elections.add((election.office, election.region_code))
        out.append(
            Ruling(
                ident,
                int(m.group("num").split("-")[0]),  # "98-02-17-36/PHPU.DPR-DPRD-...": case 98
                ctype,
                m.group("term"),
                year,
                "Mahkamah Konstitusi",
                election,
                Span(m.start(), m.end()),
            )
        )
    for m in OTHER_CASE_NUMBER.finditer(text) if any(w in text for w in OTHER_CASE_WORDS) else ():
        # "24 P/HUM/2025" (Mahkamah Agung), "12/G/PILKADA/2025/PTUN.JPR" (the PTUN the article names)
        ident = _SPACES.sub(" ", m.group(0))
        if m.group("hum"):
            court = "Mahkamah Agung"
        else:  # the court of that kind the article names, else the kind
            kind, marks = _DISTRICT_COURT if m.group("pid") else _ADMINISTRATIVE_COURT
            named = (o.org.name for o in ctx.orgs if o.org.kind == "court" and any(w in o.org.name for w in marks))
            court = next(named, kind)
        year = int(m.group("year"))
        election = None
        if "PILKADA" in ident or m.group("pid"):  # an election case, or a crime committed in one
            election = _near_election(text, elections, m.start(), None, "pilkada", dyear or year)
        out.append(Ruling(ident, int(m.group("num")), None, None, year, court, election, Span(m.start(), m.end())))
    whole = ctx.article.title + " " + text
    if COURT_WORD.search(whole) and RULING_WORD.search(whole):
        counts = Counter((e.office, e.region_code) for _, e in elections)
        for pos, e in elections:
            if pos < 0:
                counts[(e.office, e.region_code)] += 2  # the title names the election the article is about
        if counts:
            key = max(
                counts, key=lambda k: (counts[k], -min(p for p, e in elections if (e.office, e.region_code) == k))
            )
            pos, e = next((p, e) for p, e in elections if (e.office, e.region_code) == key)
            year = next((x.year for _, x in elections if (x.office, x.region_code) == key and x.year), None) or dyear
            year = election_year("pilkada", year) if year else None
            if key not in numbered_elections:
                out.append(_unnumbered(e, year, pos))
            # another election whose ruling the article mentions in passing: "juga membahas putusan MK
            # dalam perkara sengketa hasil Pemilihan Wali Kota Parepare Tahun 2024"
            for pos, e in elections:
                other = (e.office, e.region_code)
                sent = _sentence_of(ctx, pos) if pos >= 0 else None
                if other in numbered_elections or other == key or sent is None:
                    continue
                # the court in the sentence or right after it: "gugatan Pilkada Sikka ... kandas. ... MK menolak"
                para_end = text.find("\n", sent.end)
                after = text[sent.start : min(sent.end + 300, para_end if para_end >= 0 else len(text))]
                if _RULED.search(sent.text) and (COURT_WORD.search(after) or _COURT_ALONE.search(after)):
                    held = election_year("pilkada", e.year or dyear) if (e.year or dyear) else None
                    out.append(_unnumbered(e, held, pos))
    return _dedupe_rulings(out)  # a ruling named with neither number nor election is none the graph can hold apart


def _body_election(ctx: _Ctx, pos: int, office: str | None, year: int, titled: bool = False) -> Election | None:
    """The election of a case number's office held in the region of the election body its sentence
    names, "perkara Nomor 207/PHPU.BUP-XXIII/2025 ... memerintahkan KPU Kabupaten Boalemo ...", else in
    a region of the office's level it names: "Perkara Nomor 90/PHPU.WAKO-XXIII/2025, seluruh pemilih Kota
    Parepare", "Putusan Nomor 187/PHPU.BUP-XXIII/2025, MK memerintahkan PSU di 12 TPS di Kepulauan Sula"
    (unless the title names an election: the article's own, which a region in passing must not outrank)."""
    sent = _sentence_of(ctx, pos)
    if sent is None or office is None:
        return None
    for o in ctx.orgs:
        region = regions.by_code(o.org.region_code) if o.org.region_code else None
        if sent.start <= o.start < sent.end and o.org.kind == "kpu" and region and _office_of(region) == office:
            return Election(office, region.code, region.name, election_year("pilkada", year))
    if titled:
        return None
    level = GOVERNMENT_ROLES.get(office)
    for m in regions.gazetteer().pattern.finditer(ctx.text, sent.start, sent.end):
        named = regions.lookup(m.group(0), level) if m.group(0)[0].isupper() else ()
        if len(named) == 1:
            return Election(office, named[0].code, named[0].name, election_year("pilkada", year))
    return None


def _near_election(
    text: str,
    elections: list[tuple[int, Election]],
    pos: int,
    office: str | None,
    kind: str,
    year: int,
    within: int = 400,
    anywhere: bool = True,
) -> Election | None:
    """The election a case number at `pos` concerns: the nearest named `within` characters, in its own
    paragraph first (else, if `anywhere`, the first in the article), of the office its case type names,
    held in the election year of its own year or `year`."""
    def apart(p: int) -> tuple[int, int]:  # one in another paragraph only after those in its own, the title last
        return (2 if p < 0 else int("\n" in text[min(p, pos) : max(p, pos)])), abs(p - pos)

    by_distance = sorted((apart(p), i) for i, (p, _) in enumerate(elections) if abs(p - pos) < within)
    pool = [elections[i][1] for _, i in by_distance] or ([e for _, e in elections] if anywhere else [])
    cands = [e for e in pool if office is None or e.office == office] or (pool if anywhere else [])
    if not cands:
        return None
    e = cands[0]  # the nearest
    return Election(e.office, e.region_code, e.region_name, election_year(kind, e.year or year))


_COURT_ALONE = re.compile(r"\bMahkamah\b(?!\s+Agung)")  # "Mahkamah menilai ...": the court named before
_RULED = re.compile(r"\b(?:putusan|perkara|sengketa|gugatan|diskualifikasi|PHPU)\b", re.IGNORECASE)


def _unnumbered(e: Election, year: int | None, pos: int) -> Ruling:
    """A ruling on election `e` that the article names by no case number."""
    at = max(pos, 0)
    election = Election(e.office, e.region_code, e.region_name, year)
    return Ruling(None, None, None, None, None, "Mahkamah Konstitusi", election, Span(at, at + 40))


def _dedupe_rulings(rulings: list[Ruling]) -> list[Ruling]:
    seen = set()
    out = []
    for r in rulings:
        key = r.identifier or (r.election.office, r.election.region_code) if r.election else r.identifier
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


# ----------------------------------------------------------------------------- topics
ACRONYM_PAREN = re.compile(r"\s\((?P<acr>[A-Z][A-Za-z-]{1,10})\)")
_LONG_WORD = re.compile(r"[A-Z][a-z]+|dan|dalam|untuk|atas|di")


def acronym_definitions(text: str) -> list[tuple[str, str, int]]:
    """(acronym, long form, offset) for "Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)".

    Found from the parenthesis backwards (at most ten words), so the cost stays linear in the text.
    """
    out = []
    for m in ACRONYM_PAREN.finditer(text):
        words = text[max(0, m.start() - 160) : m.start()].split()[-10:]
        long: list[str] = []
        for w in reversed(words):
            if not _LONG_WORD.fullmatch(w):
                break
            long.insert(0, w)
        while long and not long[0][0].isupper():
            long.pop(0)
        if len(long) >= 2:
            out.append((m.group("acr"), " ".join(long), m.start() - len(" ".join(long))))
    return out


def _topics(ctx: _Ctx, org_names: set[str]) -> list[Topic]:
    whole = ctx.article.title + " \n " + ctx.text
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    topics: dict[str, Topic] = {}
    words = Words(whole)
    for c in topic_concepts():
        if c.first_words is None:
            hits = list(c.pattern.finditer(whole))
        elif not any(w in words.present for w in c.first_words):
            continue
        else:
            hits = list(matches_at(c.pattern, whole, words.starts(c.first_words)))
        if not hits:
            continue
        in_title = any(h.start() < len(ctx.article.title) for h in hits)
        scores[c.label] = len(hits) + (3 if in_title else 0)
        first[c.label] = hits[0].start()
        topics[c.label] = Topic(c.label, None, True)
    for acr, long, at in acronym_definitions(whole):
        if (
            acr in topics
            or acr.lower() in {t.lower() for t in topics}
            or long in org_names
            or acr in {"KPU", "MK", "RI"}
        ):
            continue
        if any(acr.lower() == n.lower() or long.lower() in n.lower() for n in org_names):
            continue
        if re.match(
            r"^(?:Badan|Dinas|Komisi|Kementerian|Mahkamah|Dewan|Lembaga|Universitas|Partai|Pemerintah)\b", long
        ):
            continue
        count = len(word_positions(whole, acr))
        topics[acr] = Topic(acr, long, False)
        scores[acr] = count + 1
        first[acr] = at
    ranked = sorted(topics, key=lambda t: (-scores[t], first[t]))
    return [topics[t] for t in ranked[:MAX_TOPICS]]


MAX_TOPICS = 6


# ----------------------------------------------------------------------------- the article
def extract_article(article: Article, sentences: tuple[Sentence, ...]) -> Extraction:
    """All facts of one article.

    Args:
        article: the article, as read.
        sentences: its sentences (from `segment.segment_article`).

    Returns:
        The extraction, with every fact's character span in `article.text`.
    """
    text = without_link_lines(article.text)
    if text is not article.text:  # the same offsets, links to other stories blanked
        sentences = tuple(Sentence(s.index, text[s.start : s.end], s.start) for s in sentences)
    orgs = find_orgs(text, article.site)
    ctx = _Ctx(article, text, sentences, orgs, site_body(article.site))
    ctx.org_at = {o.start: o for o in orgs}
    _roles(ctx)
    _listed_members(ctx)
    _local_heads(ctx)
    _plain_persons(ctx)
    short = _resolve_short_names(ctx)
    _all_occurrences(ctx, short)
    quotes = _quotes(ctx, short)
    short = _resolve_short_names(ctx)
    quotes = [Quote(q.text, short.get(q.speaker, q.speaker) if q.speaker else None, q.span) for q in quotes]

    persons = {}
    for name, pm in ctx.persons.items():
        if name in short:
            continue
        alts = tuple(sorted(s for s, f in short.items() if f == name))
        persons[name] = PersonMention(name, pm.span, alts)
    memberships = _merge_memberships(
        [Membership(short.get(m.person, m.person), m.role, m.org, m.unit, m.span, m.acting) for m in ctx.memberships]
    )
    org_list: dict[str, Org] = {}
    for om in orgs:
        org_list.setdefault(om.org.key, om.org)
    for org in [*(m.org for m in memberships if m.org), *ctx.titled_bodies]:
        org_list.setdefault(org.key, org)
    event = _event(ctx)
    if event and event.organizer:
        org_list.setdefault(event.organizer.key, event.organizer)
    participations = [p for p in _participation(ctx, event, quotes, short) if p.person in persons]
    rulings = _rulings(ctx)
    named = {o.name for o in org_list.values()}
    for court in dict.fromkeys(r.court for r in rulings):  # each ruling's court is named in the article
        if court not in named:
            org = court_org(court, acronym="MK" if court == "Mahkamah Konstitusi" else None)
            org_list.setdefault(org.key, org)
    topics = _topics(ctx, {o.name for o in org_list.values()})
    # the forum series and the election an article is about are among its topics
    extra = [event.series] if event and event.series else []
    extra += [_election_topic(r.election) for r in rulings if r.election and r.election.region_name][:1]
    known = {t.label.lower() for t in topics}
    topics = [Topic(x, None, False) for x in extra if x.lower() not in known] + topics
    return Extraction(
        article=article,
        persons=tuple(sorted(persons.values(), key=lambda p: p.span.start)),
        orgs=tuple(org_list.values()),
        memberships=tuple(memberships),
        event=event,
        participations=tuple(participations),
        rulings=tuple(rulings),
        topics=tuple(topics),
        quotes=tuple(quotes),
        sentences=sentences,
    )


ELECTION_SHORT = {"Bupati": "Pilbup", "Wali Kota": "Pilwalkot", "Gubernur": "Pilgub"}


def _election_topic(e: Election) -> str:
    where = re.sub(r"^(?:Kabupaten|Kota|Provinsi)\s+", "", e.region_name or "")
    return f"{ELECTION_SHORT.get(e.office, 'Pilkada')} {where}" + (f" {e.year}" if e.year else "")


def _merge_memberships(items: list[Membership]) -> list[Membership]:
    """One statement per person and organisation: the one with a unit wins over the one without."""
    best: dict[tuple[str, str, str], Membership] = {}
    order: list[tuple[str, str, str]] = []
    for m in items:
        key = (m.person, m.org.key if m.org else "", m.role)
        if key not in best:
            best[key] = m
            order.append(key)
        elif m.unit and not best[key].unit:
            best[key] = m
    return [best[k] for k in order]


__all__ = ["extract_article", "canonical_unit", "roman_to_int"]
