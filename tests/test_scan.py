"""scan.finditer_at gives exactly the matches of finditer for every pattern the extractors scan with it."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLES
from hypothesis import given
from hypothesis import strategies as st
from test_hostile import FEW

from kpugraph import dates, extract, orgs
from kpugraph.scan import Words, finditer_at, finditer_needing, matches_at, prefix_starts
from kpugraph.vocabulary import TopicConcept, topic_concepts

PAIRS = {
    "role": (extract.ROLE_RE, extract.ROLE_START),
    "name": (extract.NAME_RE, extract.CAPITAL),
    "election": (extract.ELECTION_MENTION, extract.ELECTION_MENTION_START),
    "case-number": (extract.CASE_NUMBER, extract.CASE_NUMBER_START),
    "known-body": orgs._known_pattern()[:2],
}
# words that start or continue the scanned patterns, and the separators between them
WORDS = (
    "Plt. Plh Ketua ketua KETUA Anggota Divisi Hukum KPU Kabupaten Kota Semarang Dr. H. Siti Rahma M. "
    "Budi S.H., (Ketua) Pilkada pilbup Wakil Bupati 2024 Nomor No. 12/PHPU.BUP-XXIII/2025 hybrid daring "
    "dan luring Mahkamah Konstitusi MK Bawaslu DKPP Ni I Wayan a-b ’ ſ K İ"
).split()
SEPARATORS_LIST = [" ", "  ", ", ", "\n", "", "(", ")", "-", ". "]
SEPARATORS = st.sampled_from(SEPARATORS_LIST)


def _same(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in finditer_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_same_matches_on_the_sample_pages(name: str) -> None:
    pattern, starts = PAIRS[name]
    for page in sorted(EXAMPLES.glob("*.txt")):
        _same(pattern, starts, page.read_text(encoding="utf-8"))


@FEW
@given(st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=40), st.sampled_from(sorted(PAIRS)))
def test_same_matches_on_generated_text(parts: list[tuple[str, str]], name: str) -> None:
    pattern, starts = PAIRS[name]
    _same(pattern, starts, "".join(w + sep for w, sep in parts))


def _topic_hits(concept: TopicConcept, text: str) -> list[tuple[int, int]]:
    assert concept.first_words is not None
    return [m.span() for m in matches_at(concept.pattern, text, Words(text).starts(concept.first_words))]


TOPIC_WORDS = (
    "Pemilu pemilu PEMILU Pemilihan DPT dpt Daftar Pemilih Tetap e-Katalog E-katalog Sirekap data KPU "
    "keterbukaan informasi publik ſirekap İnformasi Kelvin Straße"
).split()


def test_topics_match_only_where_a_first_word_starts() -> None:
    for page in sorted(EXAMPLES.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        for c in topic_concepts():
            assert _topic_hits(c, text) == [m.span() for m in c.pattern.finditer(text)], c.label


@FEW
@given(st.lists(st.tuples(st.sampled_from(TOPIC_WORDS), SEPARATORS), max_size=30))
def test_topics_match_only_where_a_first_word_starts_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    for c in topic_concepts():
        assert _topic_hits(c, text) == [m.span() for m in c.pattern.finditer(text)], c.label


def test_prefix_starts_finds_a_start_inside_another_prefix() -> None:
    starts = prefix_starts(["K.H", "Haji", "ketua umum"])
    assert [m.start() for m in starts.finditer("K.Haji, Ketua")] == [0, 2, 8]


# patterns scanned only when the text holds one of their words: (pattern, words, words are lower-case)
NEEDING = {
    "hybrid": (extract.HYBRID, extract.HYBRID_WORDS, True),
    "weekday-series": (extract.WEEKDAY_SERIES, extract.WEEKDAYS, False),
    "series-intro": (extract.SERIES_INTRO, extract.SERIES_INTRO_WORDS, False),
    "goes-to": (extract.GOES_TO, extract.GOES_TO_WORDS, False),
    "named-edition": (extract.NAMED_EDITION, extract.NAMED_EDITION_WORDS, False),
    "bertajuk": (extract.BERTAJUK, extract.BERTAJUK_WORDS, False),
    "edition": (extract.EDITION, extract.EDITION_WORDS, True),
}
NEEDING_WORDS = (
    "Hybrid hibrida Daring dan luring LURING daring Rabu Mengkaji Jumat Berkah SERI Seri-2 EDISI Edisi "
    'Episode episode Vol. Volume ke-3 XIV 12 program "Ngopi Bareng" \u201cSapa\u201d KPU Bawaslu Goes to School '
    "kegiatan bertajuk safari media ke"
).split()


@FEW
@given(st.lists(st.tuples(st.sampled_from(NEEDING_WORDS), SEPARATORS), max_size=30), st.sampled_from(sorted(NEEDING)))
def test_a_text_without_the_needed_words_has_no_match(parts: list[tuple[str, str]], name: str) -> None:
    pattern, words, lowered = NEEDING[name]
    text = "".join(w + sep for w, sep in parts)
    within = text.lower() if lowered else None
    assert [m.span() for m in finditer_needing(pattern, text, words, within)] == [
        m.span() for m in pattern.finditer(text)
    ]


def _name_paren_same(text: str) -> None:
    found = matches_at(extract.NAME_PAREN, text, extract.name_paren_starts(text))
    assert [m.span() for m in found] == [m.span() for m in extract.NAME_PAREN.finditer(text)]


def test_names_before_a_parenthesis_on_the_sample_pages() -> None:
    for page in sorted(EXAMPLES.glob("*.txt")):
        _name_paren_same(page.read_text(encoding="utf-8"))


@FEW
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([*SEPARATORS_LIST, '"', "2", ": "])), max_size=40))
def test_names_before_a_parenthesis_on_generated_text(parts: list[tuple[str, str]]) -> None:
    _name_paren_same("".join(w + sep for w, sep in parts))


DATE_WORDS = "Senin senin, Jumat Jum'at (18/7/2025) (2/12) 19 Juni 2025 7 Okt. 18-07-2025 Ahad pada tanggal 3 x".split()


@FEW
@given(st.lists(st.tuples(st.sampled_from(DATE_WORDS), SEPARATORS), max_size=30))
def test_dates_found_only_where_they_can_start(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    for pattern, starts in dates._STARTS.items():
        _same(pattern, starts, text)
