"""Is a capitalised word a common Indonesian word or (possibly) part of a name?

Uses the root-word dictionary of PySastrawi (with a light affix stripper of our own, far faster than
its full stemmer and enough to tell derived common words): "Penguatan" stems to "kuat", a root
word, so a title-cased phrase such as "Penguatan Etika Digital" is not a person's name, while
"Darius Suhendy" has a word that is no Indonesian root and may be one.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Written short forms inside names, kept in the name as written: of given names ("Muh. Rusli",
# "Moch. Sugiarto": Muhammad, Mochammad, Achmad, Abdul; "St. Aisyah": Siti), of the Minangkabau adat title
# Datuk ("Afrizal Dt. Rajo Bandaro"), the Haji of a North Maluku patronymic ("Abubakar Hi. Umar") and Banten's
# Tubagus ("Tb. Ahmad Syarifudin").
# Their dot ends no sentence.
NAME_ABBREVIATIONS = (
    "Muh", "Moh", "Mhd", "Muhd", "Mohd", "Moch", "Mochd", "Mch", "Much", "Mukh", "Ach", "Achm", "Abd", "Dt", "St", "Hi",
    "Tb",
)  # fmt: skip

# Titles before a name, dropped from it: academic ("Prof.", "Dr.", "Ir."), of a pilgrimage or a religious office
# ("H.", "Hj.", "KH.", "Kiai", "TGH." tuan guru haji, "Tgk.", "Pdt." pendeta, "Pnt." penatua, "Romo"),
# civil ("Ny." nyonya, "Tn." tuan)
PERSON_TITLES = (
    "Prof", "Dr", "Drs", "Dra", "Ir", "H", "Hj", "KH", "Kiai", "Kyai", "TGH", "Ust", "Ustadz", "Ustaz", "Ustad",
    "Ustadzah", "Ustazah", "Hajjah", "Haji", "Tgk", "Teungku", "Pdt", "Pnt", "Romo", "Pastor", "Ny", "Tn",
)  # fmt: skip

# Words that follow the "I" (men) or "Ni" (women) opening a Balinese name ("I Gusti Ngurah ...", "Ni Luh Putu ...")
BALINESE_AFTER_I = (
    "Gusti", "Made", "Wayan", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Gde", "Dewa", "Desak", "Ayu",
    "Nengah", "Ida", "Cokorda", "Luh", "Kade", "Agung", "Anak",
)  # fmt: skip


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    data = resources.files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip())


_PREFIXES = ("memper", "menge", "meng", "meny", "mem", "men", "me", "pemer", "peng", "peny", "pem", "pen", "per", "pe",
             "ber", "be", "ter", "di", "ke", "se")  # fmt: skip
_INFIXES = ("in", "el", "em", "er")
_SUFFIXES = ("kannya", "annya", "kan", "an", "nya", "lah", "kah", "pun", "i")
# nasal prefixes replace the root's first consonant: menulis < tulis, memilih < pilih, menyapa < sapa
_RESTORE = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k"}


def _roots_of(w: str) -> set[str]:
    """Candidate roots of an Indonesian word by stripping one prefix and/or one suffix."""
    bases = {w: False}  # word -> did it lose "-i" (which only comes with a prefix: "dihadiri")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            bases[w[: -len(suf)]] = suf == "i" and len(w) < 8  # "fasilitasi" yes, "suhadi" no
    out = {b for b, needs_prefix in bases.items() if not needs_prefix}
    for b in list(bases):  # infixes after the first consonant: kinerja < kerja, telunjuk < tunjuk, gemetar < getar
        if len(b) >= 7 and b[0] not in "aeiou" and b[1:3] in _INFIXES:  # a root of 5 letters or more
            out.add(b[0] + b[3:])
    for b in bases:
        for pre in _PREFIXES:
            if b.startswith(pre) and len(b) - len(pre) >= 3:
                rest = b[len(pre) :]
                out.add(rest)
                if pre in _RESTORE:
                    out.add(_RESTORE[pre] + rest)
    return out


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
    return any(r in roots for r in _roots_of(w) if r != w)
