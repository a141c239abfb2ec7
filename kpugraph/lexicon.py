"""Is a capitalised word a common Indonesian word or (possibly) part of a name?

Uses the root-word dictionary and stemmer of PySastrawi: "Penguatan" stems to "kuat", a root
word, so a title-cased phrase such as "Penguatan Etika Digital" is not a person's name, while
"Welly Suhery" has a word that is no Indonesian root and may be one.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    data = resources.files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip())


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=65536)
def is_common_word(word: str, derived: bool = True) -> bool:
    """True if `word` is an Indonesian root word or (with `derived`) a derived form of one."""
    w = word.lower().strip(".,;:'\u2019")
    if not w.isalpha():
        return False
    roots = _roots()
    if w in roots:
        return True
    if len(w) < 5 or not derived:
        return False
    return _stemmer().stem(w) in roots and _stemmer().stem(w) != w
