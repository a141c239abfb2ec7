"""Readers: text pages (listing and single article), JSON Lines, saved HTML, folders, metadata, limits."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from conftest import BAD, DATA, DEV_CORPUS, EXAMPLES, needs_shared

from kpugraph import read
from kpugraph.errors import InputError
from kpugraph.models import Credit

ARTICLES = DATA / "articles"


def _read(*paths: Path, strict: bool = False) -> tuple[list, list[str]]:
    warnings: list[str] = []
    return list(read.read_articles(paths, warn=warnings.append, strict=strict)), warnings


def test_listing_page_with_blank_lines() -> None:
    page = next(EXAMPLES.glob("000_*.txt"))
    articles, warnings = _read(page)
    assert warnings == []
    assert len(articles) == 6
    first = articles[0]
    assert first.title == "KPU Kota Semarang Ikuti Kajian Tentang Putusan MK Soal Pilbup Pasaman Lewat Kamis Sesuatu"
    assert first.place == "Semarang" and first.site == "kota-semarang.kpu.go.id"
    assert first.credit == Credit("sof", True, "awh", "KPU Kota Semarang")
    assert "Berita Terkini" not in {a.title for a in articles}
    assert all(a.text.startswith("Semarang, kota-semarang.kpu.go.id") for a in articles)
    assert [a.source for a in articles] == [f"{page}#{n}" for n in range(1, 7)]


def test_listing_page_with_trailing_ellipsis() -> None:
    page = next(EXAMPLES.glob("001_*.txt"))
    articles, _ = _read(page)
    assert len(articles) == 6
    assert articles[0].title.startswith("KPU Kota Semarang Gelar Forum Konsultasi Publik")
    assert articles[1].title == "Distribusi Logistik Pemilu di Wilayah Terjauh Jadi Tema dalam Ngopi Asli"
    for a in articles:
        assert not a.text.endswith("...."), a.title
    assert articles[0].credit == Credit("rhd", True, "rap", "KPU Kota Semarang")


def test_weekday_rule_dates_the_ellipsis_page() -> None:
    # "Selasa (2/12)" without a year: 2 December is a Tuesday in 2025
    articles, _ = _read(next(EXAMPLES.glob("001_*.txt")))
    assert str(articles[0].event_date) == "2025-12-02"


def test_a_date_only_the_title_gives_dates_the_article() -> None:
    dated, undated = read.date_articles(
        [
            read.make_article("Rapat Pleno Rekapitulasi DPB, Senin (12/5/2025)", "KPU menggelar pleno.", "t:1"),
            read.make_article("Rapat Pleno Rekapitulasi DPB", "KPU menggelar pleno.", "t:2"),
        ]
    )
    assert str(dated.event_date) == "2025-05-12"
    assert undated.event_date is None


def test_single_article_page_drops_the_footer() -> None:
    (a,), warnings = _read(ARTICLES / "single.txt")
    assert warnings == []
    assert a.title == "KPU Kota Semarang Gelar Rapat Pleno Rekapitulasi Daftar Pemilih Berkelanjutan"
    assert "Bagikan" not in a.text and "Telah dilihat" not in a.text
    assert a.text.endswith("(sof/ed. Foto: awh/KPU Kota Semarang)")
    assert str(a.event_date) == "2025-03-06"


def test_jsonl_required_and_optional_fields() -> None:
    articles, warnings = _read(ARTICLES / "records.jsonl")
    assert warnings == []
    first, second = articles
    assert first.id == "rakor-1"
    assert first.url == "https://kota-semarang.kpu.go.id/berita/1"
    assert first.site == "kota-semarang.kpu.go.id"
    assert first.source.endswith("records.jsonl: line 1")
    assert second.url is None and second.site == "kota-semarang.kpu.go.id"  # site from the dateline
    assert len(second.id) == 12  # a hash of site + title + text
    assert second.credit == Credit("rhd", True, "rap", "KPU Kota Semarang")


def test_saved_html_page() -> None:
    (a,), _ = _read(ARTICLES / "page.html")
    assert a.title == "KPU Kota Semarang Gelar Forum Konsultasi Publik"
    assert a.text.startswith("Semarang, kota-semarang.kpu.go.id")
    assert "Beranda" not in a.text and "Hak cipta" not in a.text
    assert a.place == "Semarang"
    assert a.url == "https://kota-semarang.kpu.go.id/berita/fkp"
    assert str(a.published) == "2025-12-02"


def test_folders_are_searched_recursively_in_a_stable_order() -> None:
    articles, warnings = _read(ARTICLES)
    assert warnings == []
    sources = [a.source for a in articles]
    assert any("nested/deeper/listing.txt#2" in s for s in sources)
    assert sources == [a.source for a in _read(ARTICLES)[0]]
    assert {Path(s.split("#")[0].split(":")[0]).name for s in sources} == {
        "credit-dok.txt", "listing.txt", "page.html", "records.jsonl", "single.txt",
    }  # fmt: skip


def test_hidden_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text("rubbish", encoding="utf-8")
    (tmp_path / "a.txt").write_text((ARTICLES / "single.txt").read_text(encoding="utf-8"), encoding="utf-8")
    articles, warnings = _read(tmp_path)
    assert len(articles) == 1 and warnings == []


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("... selesai. (sof/ed. Foto: awh/KPU Kota Semarang)", Credit("sof", True, "awh", "KPU Kota Semarang")),
        ("... selesai. (sof/ed. Foto dok KPU Kota Semarang)", Credit("sof", True, None, "KPU Kota Semarang")),
        ("... selesai. (sof/ed. Foto: dok. KPU Kota Semarang)", Credit("sof", True, None, "KPU Kota Semarang")),
        ("... selesai. (rhd/ed)", Credit("rhd", True, None, None)),
        ("... (adm/ed. Foto: tim/KPU Kabupaten Semarang)", Credit("adm", True, "tim", "KPU Kabupaten Semarang")),
        ("... selesai tanpa kredit.", None),
    ],
)
def test_credit_variants(text: str, credit: Credit | None) -> None:
    assert read.parse_credit(text) == credit


def test_credit_variant_on_a_page() -> None:
    (a,), _ = _read(ARTICLES / "credit-dok.txt")
    assert a.credit == Credit("sof", True, None, "KPU Kota Semarang")


@pytest.mark.parametrize(
    ("text", "place", "site"),
    [
        ("Semarang, kota-semarang.kpu.go.id – Isi.", "Semarang", "kota-semarang.kpu.go.id"),
        ("Ungaran, kab-semarang.kpu.go.id - Isi.", "Ungaran", "kab-semarang.kpu.go.id"),
        ("Kota Padang, sumbar.kpu.go.id — Isi.", "Kota Padang", "sumbar.kpu.go.id"),
        ("GenPI.co Jateng - KPU masih menunggu.", None, None),
    ],
)
def test_dateline(text: str, place: str | None, site: str | None) -> None:
    assert read.parse_dateline(text) == (place, site)


def test_same_input_same_ids() -> None:
    a, _ = _read(EXAMPLES)
    b, _ = _read(EXAMPLES)
    assert [x.id for x in a] == [x.id for x in b]
    assert len({x.id for x in a}) == len(a)


def test_crlf_and_cr_pages_read_like_lf(tmp_path: Path) -> None:
    text = (ARTICLES / "nested" / "deeper" / "listing.txt").read_text(encoding="utf-8")
    lf, _ = _read(ARTICLES / "nested" / "deeper" / "listing.txt")
    for name, eol in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        (tmp_path / name).write_bytes(text.replace("\n", eol).encode("utf-8"))
        got, _ = _read(tmp_path / name)
        assert [(a.title, a.text) for a in got] == [(a.title, a.text) for a in lf]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    page = tmp_path / "bom.txt"
    page.write_bytes(b"\xef\xbb\xbf" + (ARTICLES / "single.txt").read_bytes())
    (a,), _ = _read(page)
    assert a.title.startswith("KPU Kota Semarang")


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "not UTF-8"),
        ("no-article.txt", "no article found"),
    ],
)
def test_bad_named_file_raises_with_its_name(name: str, words: str) -> None:
    with pytest.raises(InputError, match=words) as info:
        _read(BAD / name)
    assert str(BAD / name) in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_file_inside_a_folder_is_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_bytes((ARTICLES / "single.txt").read_bytes())
    articles, warnings = _read(tmp_path)
    assert len(articles) == 1
    assert len(warnings) == 1 and "empty.txt" in warnings[0]
    with pytest.raises(InputError, match="empty.txt"):
        _read(tmp_path, strict=True)


def test_jsonl_broken_line_keeps_the_good_lines() -> None:
    articles, warnings = _read(BAD / "one-broken-line.jsonl")
    assert [a.url for a in articles] == ["https://kota-semarang.kpu.go.id/berita/1", "https://kota-semarang.kpu.go.id/berita/2"]
    (msg,) = warnings
    assert "one-broken-line.jsonl: line 2: broken JSON" in msg
    with pytest.raises(InputError, match="line 2"):
        _read(BAD / "one-broken-line.jsonl", strict=True)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('["a list"]', "expected a JSON object"),
        ('{"title": "t"}', 'missing "title" or "text"'),
        ('{"title": 3, "text": "x"}', 'missing "title" or "text"'),
        ('{"title": " ", "text": "x"}', 'missing "title" or "text"'),
        ("{not json", "broken JSON"),
    ],
)
def test_jsonl_record_errors(tmp_path: Path, line: str, words: str) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    _, warnings = _read(tmp_path)
    assert len(warnings) == 1 and words in warnings[0] and "a.jsonl: line 1" in warnings[0]


def test_jsonl_non_utf8_line(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    good = json.dumps({"title": "Judul", "text": (ARTICLES / "single.txt").read_text(encoding="utf-8")})
    f.write_bytes(b'{"title": "caf\xe9", "text": "x"}\n' + good.encode() + b"\n")
    articles, warnings = _read(f)
    assert len(articles) == 1
    assert "line 1: not UTF-8" in warnings[0]


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        _read(Path("does/not/exist.txt"))


# --- limits and streaming -------------------------------------------------------------------

SENTENCE = (
    "Ketua KPU Kota Semarang, Ahmad Zaini, membuka rapat koordinasi persiapan pemilihan di Aula KPU Kota "
    "Semarang, Senin (3/3/2025), yang dihadiri Anggota KPU Kota Semarang Divisi Hukum dan Pengawasan. "
)


def test_overlong_jsonl_article_is_reported_and_skipped(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    huge = SENTENCE * (read.MAX_ARTICLE_CHARS // len(SENTENCE) + 10)
    with f.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "Terlalu panjang", "text": huge}) + "\n")
        fh.write(json.dumps({"title": "Biasa", "text": SENTENCE}) + "\n")
    articles, warnings = _read(f)
    assert [a.title for a in articles] == ["Biasa"]
    assert "line 1" in warnings[0] and "over the limit" in warnings[0]
    assert len(warnings[0]) < 300


def test_overlong_jsonl_line_is_skipped_without_being_held(tmp_path: Path) -> None:
    f = tmp_path / "huge-line.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        fh.write('{"title": "x", "text": "' + "a" * (read.MAX_ARTICLE_CHARS * 4 + 5000) + '"}\n')
        fh.write(json.dumps({"title": "Biasa", "text": SENTENCE}) + "\n")
    articles, warnings = _read(f)
    assert [a.title for a in articles] == ["Biasa"]
    assert "line 1: record of" in warnings[0] and "over the limit" in warnings[0]


def test_overlong_article_on_a_text_page_is_reported_and_skipped(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    body = "Semarang, kota-semarang.kpu.go.id – " + SENTENCE * (read.MAX_ARTICLE_CHARS // len(SENTENCE) + 10)
    single = (ARTICLES / "single.txt").read_text(encoding="utf-8")
    page.write_text(f"Berita Terkini\n\nJudul Yang Terlalu Panjang\n\n{body}\n\n{single}", encoding="utf-8")
    articles, warnings = _read(page)
    assert [a.title for a in articles] == [single.splitlines()[0]]
    assert "page.txt#1" in warnings[0] and "over the limit" in warnings[0]
    with pytest.raises(InputError, match="over the limit"):
        _read(page, strict=True)


def test_jsonl_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    """A megabyte of JSON Lines: peak memory while reading stays far below the file size.

    (The 50 MB run is bench/large_input.py; reading is slow under tracemalloc, so this stays small.)
    """
    f = tmp_path / "many.jsonl"
    text = "Semarang, kota-semarang.kpu.go.id – Rapat digelar Senin (3/3/2025). " + "Rapat koordinasi pemilihan. " * 180
    with f.open("w", encoding="utf-8") as fh:
        for n in range(240):
            rec = {"title": f"Berita nomor {n}", "text": text, "url": f"https://kota-semarang.kpu.go.id/page/{n // 3}"}
            fh.write(json.dumps(rec) + "\n")
    size = f.stat().st_size
    assert size > 1_200_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read.read_articles([f]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 240
    assert peak < size / 3, f"peak {peak} bytes for a {size}-byte file"


def test_consecutive_records_of_one_listing_url_share_neighbour_dates(tmp_path: Path) -> None:
    f = tmp_path / "page.jsonl"
    url = "https://kota-semarang.kpu.go.id/index.php/blog/category/104?page=3"
    recs = [
        {"title": "Satu", "text": "Semarang, kota-semarang.kpu.go.id – Rapat digelar Senin (3/3/2025).", "url": url},
        {"title": "Dua", "text": "Semarang, kota-semarang.kpu.go.id – Apel pagi digelar Selasa (4/3).", "url": url},
        {"title": "Tiga", "text": "Semarang, kota-semarang.kpu.go.id – Apel pagi digelar Selasa (4/3).", "url": None},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    one, two, three = _read(f)[0]
    assert str(two.event_date) == "2025-03-04"  # the year comes from the neighbour on the same page
    assert two.neighbour_dates == one.neighbour_dates
    assert three.neighbour_dates == ()


@needs_shared
def test_dev_corpus_reads_every_record() -> None:
    articles, warnings = _read(DEV_CORPUS)
    assert warnings == []
    assert len(articles) == sum(1 for line in (DEV_CORPUS / "articles.jsonl").open(encoding="utf-8") if line.strip())
