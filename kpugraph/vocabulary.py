"""Loads the domain vocabularies kept in `ontology/` (role words, unit abbreviations, known
bodies, topics), once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .errors import OntologyError
from .resources import ontology_file
from .scan import WORD


def tsv_rows(filename: str, columns: int) -> list[list[str]]:
    """The rows of a tab-separated file of `ontology/` (blank lines and # comments skipped)."""
    path = ontology_file(filename)
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < columns:
            raise OntologyError(f"{path}: line {n}: expected {columns} tab-separated columns")
        rows.append(parts)
    return rows


@lru_cache(maxsize=1)
def _election_years() -> dict[str, tuple[int, ...]]:
    return {kind: tuple(sorted(int(y) for y in years.split())) for kind, years in tsv_rows("election-years.tsv", 2)}


def election_year(kind: str, year: int) -> int:
    """The year of the election of `kind` ("pilkada", "pemilu") that a case or re-vote of `year`
    concerns: the latest one held in or before it, less than a five-year term before (else
    `year` itself: before the first one listed, or an election to come)."""
    held = [y for y in _election_years()[kind] if y <= year]
    return held[-1] if held and year - held[-1] < 5 else year


@dataclass(frozen=True, slots=True)
class RoleWord:
    surface: str
    long: str
    heads: str | None  # the unit kind this role heads: divisi, subbagian, bagian, biro, ...

    @property
    def contracted(self) -> bool:
        """Whether the title contracts the head word of the body it names ("Dandim": Kodim)."""
        return bool(self.heads and self.heads.startswith("+"))


@lru_cache(maxsize=1)
def role_words() -> tuple[RoleWord, ...]:
    """Role words, longest first (so "Ketua Divisi" wins over "Ketua")."""
    rows = [RoleWord(s, long, None if h == "-" else h) for s, long, h in tsv_rows("roles.tsv", 3)]
    return tuple(sorted(rows, key=lambda r: len(r.surface), reverse=True))


@lru_cache(maxsize=1)
def unit_abbreviations() -> dict[str, str]:
    """ "sosdiklih" -> "Sosialisasi, Pendidikan Pemilih"."""
    return {a.lower(): full for a, full in tsv_rows("divisions.tsv", 2)}


@dataclass(frozen=True, slots=True)
class KnownBody:
    name: str
    kind: str
    alt_labels: tuple[str, ...]


@lru_cache(maxsize=1)
def known_bodies() -> tuple[KnownBody, ...]:
    return tuple(
        KnownBody(n, k, tuple(a for a in alts.split("|") if a)) for n, k, alts in tsv_rows("organizations.tsv", 3)
    )


@dataclass(frozen=True, slots=True)
class TopicConcept:
    label: str
    alt_labels: tuple[str, ...]
    pattern: re.Pattern[str]
    # the first word of each label, case-folded (None: a label starts with no word): the pattern
    # can match only where one of them starts (`scan.Words`)
    first_words: frozenset[str] | None


def _first_words(labels: Iterable[str]) -> frozenset[str] | None:
    firsts = [WORD.match(w.casefold()) for w in labels]
    return frozenset(m.group(0) for m in firsts if m) if all(firsts) else None


def _acronym(word: str) -> bool:
    return " " not in word and any(c.isupper() for c in word[1:])


@lru_cache(maxsize=1)
def topic_concepts() -> tuple[TopicConcept, ...]:
    """The SKOS topic concepts of `ontology/topics.ttl` (prefLabel and altLabels).

    Read with a small line parser rather than rdflib: extraction should not pay for rdflib's import.
    """
    text = ontology_file("topics.ttl").read_text(encoding="utf-8")
    out = []
    for block in re.split(r"\n\s*\n", text):
        pref = re.search(r'skos:prefLabel\s+"([^"]+)"', block)
        if not pref or " a skos:Concept ;" not in block:
            continue
        alts = (
            tuple(re.findall(r'"([^"]+)"@id', block.split("skos:altLabel", 1)[1])) if "skos:altLabel" in block else ()
        )
        words = sorted([pref.group(1), *alts], key=len, reverse=True)
        # acronyms ("DPT", "e-Katalog", "PPK") match case-sensitively, phrases case-insensitively
        parts = [f"(?-i:{re.escape(w)})" if _acronym(w) else re.escape(w) for w in words]
        pattern = re.compile(rf"(?<!\w)(?i:{'|'.join(parts)})(?!\w)")
        out.append(TopicConcept(pref.group(1), alts, pattern, _first_words(words)))
    return tuple(out)


# Role words that are also common given names ("Lukman Hakim", "Fauzi Heri Pranata"): roles only in a role phrase.
ROLE_WORDS_IN_NAMES = frozenset({"hakim", "pranata"})


@lru_cache(maxsize=1)
def non_name_words() -> frozenset[str]:
    """Lower-cased words of ontology/non-name-words.txt, plus every role and unit word."""
    path = ontology_file("non-name-words.txt")
    words = {
        ln.strip().lower()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    for r in role_words():
        words.update(w.lower() for w in r.surface.split() if w.lower() not in ROLE_WORDS_IN_NAMES)
    words.update(unit_abbreviations())
    return frozenset(words)


@lru_cache(maxsize=1)
def known_series() -> tuple[str, ...]:
    """Forum series of ontology/series.txt, as their organisers write them."""
    path = ontology_file("series.txt")
    return tuple(
        ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")
    )
