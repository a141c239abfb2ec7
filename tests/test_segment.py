"""Sentence splitting: titles, initials and abbreviations do not end a sentence; offsets are exact."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES, article

from kpugraph.read import read_articles
from kpugraph.segment import segment_article, without_link_lines


def _texts(text: str) -> list[str]:
    return [s.text for s in segment_article(article(text))]


def test_plain_sentences() -> None:
    assert _texts("Rapat dimulai pukul 09.00. Rapat selesai siang hari! Apakah ada pertanyaan? Tidak ada.") == [
        "Rapat dimulai pukul 09.00.",
        "Rapat selesai siang hari!",
        "Apakah ada pertanyaan?",
        "Tidak ada.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Materi disampaikan oleh Dr. Ahmad Zaini, S.Kom., M.Kom. di aula.",
        "Hadir pula M. Machruz dari KPU Kab. Semarang dalam rapat itu.",
        "Rapat dipimpin Plt. Sekretaris KPU Kota Semarang hari ini.",
        "Kegiatan di Jl. Pemuda No. 12 berlangsung lancar.",
        "Narasumber H. Abdul Rahman, S.H., M.H. memaparkan materi.",
    ],
)
def test_titles_initials_and_abbreviations_do_not_split(text: str) -> None:
    assert _texts(text) == [text]


def test_quote_closing_a_sentence() -> None:
    text = '"Kita harus siap," ujar Ketua. "Data harus akurat." Rapat ditutup.'
    assert _texts(text)[-1] == "Rapat ditutup."


def test_newline_always_ends_a_sentence() -> None:
    assert _texts("Judul tanpa titik\nIsi berita pertama. Isi kedua") == [
        "Judul tanpa titik",
        "Isi berita pertama.",
        "Isi kedua",
    ]


def test_lowercase_after_a_dot_does_not_split() -> None:
    assert len(_texts("Nilai naik 2.5 persen dari tahun lalu. dan seterusnya")) == 1


def test_offsets_point_into_the_text_for_the_sample() -> None:
    for a in read_articles([EXAMPLES]):
        sentences = segment_article(a)
        assert len(sentences) > 3
        assert [s.index for s in sentences] == list(range(len(sentences)))
        previous_end = 0
        for s in sentences:
            assert a.text[s.start : s.end] == s.text
            assert s.start >= previous_end
            previous_end = s.end


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", ".", "....", "!?!?"])
def test_degenerate_texts(text: str) -> None:
    for s in segment_article(article(text or " ")):
        assert s.text.strip()


def test_long_dot_run_is_linear() -> None:
    # 200 000 dots used to take minutes: every start inside the run rescanned it
    assert len(segment_article(article("." * 200_000 + " Akhir."))) >= 1


def test_links_to_other_stories_are_blanked_with_their_offsets_kept() -> None:
    text = (
        "Sidang digelar Senin.\nBaca juga: MK Tolak Gugatan Pilkada Halmahera Utara\n"
        "Baca juga:\n\nDKPP Pecat Ketua KPU X\nPilihan Editor: Komisi II Kebut Revisi\n"
        "Baca Juga\nDalam kontestasi lalu, paslon Mara Ondak dan Desrizal kalah.\nSelesai."
    )
    out = without_link_lines(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "Halmahera" not in out and "DKPP" not in out and "Komisi II" not in out
    # a label left alone before the story's own paragraph (a sentence, not a headline) keeps that paragraph
    assert "Dalam kontestasi lalu, paslon Mara Ondak dan Desrizal kalah." in out
    assert without_link_lines("Tanpa tautan.") == "Tanpa tautan."
