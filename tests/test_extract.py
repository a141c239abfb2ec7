"""Extraction on invented articles: every role shape, series and acronyms not in any vocabulary,
rulings, quotes and participation. None of these names or bodies appear in the code."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import article

from kpugraph.extract import canonical_unit, extract_article, roman_to_int
from kpugraph.segment import segment_article
from kpugraph.vocabulary import election_year


def run(text: str, title: str = "Judul Berita Uji", site: str | None = "kab-lombok-timur.kpu.go.id"):
    a = article(text, title=title, site=site)
    return extract_article(a, segment_article(a))


def roles(ex) -> set[tuple[str, str, str | None, str | None]]:
    return {(m.person, m.role, m.org.name if m.org else None, m.unit) for m in ex.memberships}


def test_role_org_comma_name() -> None:
    ex = run(
        "Selong, kab-lombok-timur.kpu.go.id - Ketua KPU Kabupaten Lombok Timur, Baiq Sarimah Wulandari, membuka rapat."
    )
    assert ("Baiq Sarimah Wulandari", "Ketua", "KPU Kabupaten Lombok Timur", None) in roles(ex)


def test_name_comma_role_org_division_with_titles() -> None:
    ex = run(
        "Rapat digelar Senin (3/3/2025). Darmawan Pakpahan, S.H., M.H., Anggota KPU Provinsi Sumatera Utara, "
        "Divisi Hukum dan Pengawasan, menjadi narasumber."
    )
    assert ("Darmawan Pakpahan", "Anggota", "KPU Provinsi Sumatera Utara", "Divisi Hukum dan Pengawasan") in roles(ex)


def test_batak_br_and_boru_and_arabic_bin_stay_inside_the_name() -> None:
    ex = run(
        "Anggota KPU Provinsi Sumatera Utara, Tiurma br Napitupulu, S.H., membuka rapat. Hadir pula Desi br. Ginting "
        'dan Rusmini boru Pasaribu. Umar bin Khattab turut hadir. "Kami siap melaksanakan tahapan," kata Tiurma.'
    )
    assert {p.name for p in ex.persons} == {
        "Tiurma br Napitupulu", "Desi br. Ginting", "Rusmini boru Pasaribu", "Umar bin Khattab",
    }  # fmt: skip
    assert roles(ex) == {("Tiurma br Napitupulu", "Anggota", "KPU Provinsi Sumatera Utara", None)}
    assert [q.speaker for q in ex.quotes] == ["Tiurma br Napitupulu"]


def test_a_civil_servants_functional_post_keeps_its_grade() -> None:
    ex = run(
        "Arsiparis Ahli Madya Dinas Perpustakaan dan Kearsipan Kabupaten Lombok Timur, Moh. Zainul Arifin, menjadi "
        "narasumber. Pranata Komputer Ahli Muda Biro Hukum KPU RI, Fransiska Wenda, dan Kepala Bidang Pendaftaran "
        "Penduduk Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lombok Timur, Lalu Hamdi, hadir."
    )
    assert roles(ex) == {
        ("Moh. Zainul Arifin", "Arsiparis Ahli Madya", "Dinas Perpustakaan dan Kearsipan Kabupaten Lombok Timur", None),
        ("Fransiska Wenda", "Pranata Komputer Ahli Muda", "KPU RI", "Biro Hukum"),
        ("Lalu Hamdi", "Kepala Bidang", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lombok Timur",
         "Bidang Pendaftaran Penduduk"),
    }


def test_the_end_of_a_body_name_before_its_division_is_no_person() -> None:
    ex = run(
        "Rapat digelar Senin (3/3/2025). Sinta Marbun, Anggota KPU Kabupaten Bolaang Mongondow Utara, "
        "Divisi Hukum dan Pengawasan, menjadi narasumber."
    )
    who = {m.person for m in ex.memberships} | {p.name for p in ex.persons}
    assert who == {"Sinta Marbun"}


def test_name_with_division_and_body_in_parentheses() -> None:
    ex = run("Narasumber kegiatan ini Rini Oktaviani (Divisi Teknis Penyelenggaraan KPU Kota Kendari) hadir daring.")
    assert ("Rini Oktaviani", "Anggota", "KPU Kota Kendari", "Divisi Teknis Penyelenggaraan") in roles(ex)


def test_role_without_comma_acting_and_long_form() -> None:
    ex = run("Acara dibuka Plt. Kasubbag Keuangan, Umum dan Logistik KPU Kota Ternate Yusuf Kalauw, S.E. di aula.")
    (m,) = [m for m in ex.memberships if m.person == "Yusuf Kalauw"]
    assert (m.role, m.org.name if m.org else None, m.acting) == ("Kepala Subbagian", "KPU Kota Ternate", True)
    assert m.unit == "Subbagian Keuangan, Umum, dan Logistik"


def test_list_of_members_inherits_the_body() -> None:
    ex = run(
        "Hadir Ketua KPU Kabupaten Sikka Maria Goreti beserta anggota, Yohanes Bako, Emilia Nona, dan Fransiskus Lewar."
    )
    got = roles(ex)
    for name in ("Yohanes Bako", "Emilia Nona", "Fransiskus Lewar"):
        assert (name, "Anggota", "KPU Kabupaten Sikka", None) in got


def test_kadiv_means_a_commissioner_of_that_division() -> None:
    ex = run("Kadiv Perencanaan, Data dan Informasi KPU Kabupaten Sikka, Agustinus Moa, memaparkan data pemilih.")
    assert ("Agustinus Moa", "Anggota", "KPU Kabupaten Sikka", "Divisi Perencanaan, Data, dan Informasi") in roles(ex)


def test_unit_spellings_share_one_canonical_form() -> None:
    a = canonical_unit("Divisi", "Sosdiklih, Parmas, dan SDM")
    b = canonical_unit("Divisi", "Sosialisasi Pendidikan Pemilih, Partisipasi Masyarakat dan Sumber Daya Manusia")
    assert a == "Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat, dan Sumber Daya Manusia"
    assert canonical_unit("Divisi", "Hukum & Pengawasan") == "Divisi Hukum dan Pengawasan"
    # an abbreviation whose long form ends ", dan X" gives no doubled "dan"
    assert canonical_unit("Subbagian", "Rendatin") == "Subbagian Perencanaan, Data, dan Informasi"
    assert a is not None and b is not None


def test_new_division_word_is_kept() -> None:
    ex = run("Anggota KPU Kota Bitung Divisi Kehumasan, Stevi Lumintang, hadir.")
    assert ("Stevi Lumintang", "Anggota", "KPU Kota Bitung", "Divisi Kehumasan") in roles(ex)


def test_short_forms_of_bodies_resolve_to_the_region_list() -> None:
    ex = run("KPU Sulsel, KPU Kab. Gowa, KIP Kota Langsa dan Bawaslu Sultra bertemu. KPU menyiapkan logistik.")
    names = {o.name for o in ex.orgs}
    assert {
        "KPU Provinsi Sulawesi Selatan",
        "KPU Kabupaten Gowa",
        "KIP Kota Langsa",
        "Bawaslu Provinsi Sulawesi Tenggara",
    } <= names
    # "KPU" alone on a satker's own site is that satker
    assert "KPU Kabupaten Lombok Timur" in names


def test_a_series_numbered_by_jilid() -> None:
    ex = run(
        "KPU Kabupaten Lombok Timur menggelar Sapa Pemilih Jilid 3 di Aula KPU, Rabu (5/3/2025). Narasumber "
        "Baiq Nurhasanah memaparkan materi."
    )
    assert ex.event is not None
    assert (ex.event.series, ex.event.edition) == ("Sapa Pemilih", "3")


def test_a_series_named_by_its_short_form_where_the_title_uses_it() -> None:
    ex = run(
        "KPU Kabupaten Lombok Timur kembali menggelar Bincang Santai Demokrasi (Bincangsa) edisi ke-4 di Aula KPU, "
        "Kamis (21/8/2025).",
        title="Lewat Bincangsa, KPU Lombok Timur Dorong Keterwakilan Perempuan",
    )
    assert ex.event is not None
    assert (ex.event.series, ex.event.edition) == ("Bincangsa", "4")


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("FGD ini bagian dari program rutin Rembug Demokrasi yang digelar KPU setiap triwulan.", "Rembug Demokrasi"),
        ("Diskusi ini merupakan seri ketiga forum Kamisan Pemilu yang rutin digelar Perludem.", "Kamisan Pemilu"),
        ("Kegiatan bertajuk \u201cKPU Sapa Santri\u201d yang menjadi program rutin KPU digelar.", "KPU Sapa Santri"),
        ("Upacara digelar di Lapangan Bandar Seri Bentan, Senin (10/11/2025).", None),  # a place, no edition
        ("KPU menggelar rapat persiapan PSU jilid II di aula, Senin (10/3/2025).", None),
    ],
)
def test_a_series_said_to_recur_and_no_series_from_a_place_or_a_second_round(text: str, series: str | None) -> None:
    ex = run(text)
    assert ex.event is not None and ex.event.series == series


def test_acronym_defined_in_text_becomes_a_topic() -> None:
    ex = run(
        "Rapat membahas Sistem Informasi Logistik Terpadu (SILOGTER) untuk pemilu. SILOGTER dipakai semua satker. "
        "Petugas mengisi SILOGTER setiap minggu."
    )
    topics = {t.label: t.alt_label for t in ex.topics}
    assert topics.get("SILOGTER") == "Sistem Informasi Logistik Terpadu"


def test_new_series_recognised_from_how_series_are_introduced() -> None:
    ex = run(
        "KPU Kabupaten Lombok Timur kembali menggelar Jumat Berkah Seri ke-IV secara daring melalui Zoom, "
        "Jumat (7/3/2025). Narasumber Hj. Lale Sulastri memaparkan materi.",
        title="KPU Lombok Timur Gelar Jumat Berkah Seri IV",
    )
    assert ex.event is not None
    assert ex.event.series == "Jumat Berkah"
    assert ex.event.edition == "IV"
    assert ex.event.mode == "online"
    assert ("Lale Sulastri", "speaker") in {(p.person, p.capacity) for p in ex.participations}


def test_participation_capacities() -> None:
    ex = run(
        "Kegiatan dibuka oleh Ketua KPU Kabupaten Sikka, Maria Goreti. Bertindak sebagai moderator, Paulus Nong. "
        "Narasumber Yosef Sareng memaparkan materi. Hadir pula Kepala Dinas Pendidikan, Theresia Bupu."
    )
    got = {(p.person, p.capacity) for p in ex.participations}
    assert ("Maria Goreti", "opener") in got
    assert ("Paulus Nong", "moderator") in got
    assert ("Yosef Sareng", "speaker") in got


def test_the_leader_of_a_morning_assembly_apel() -> None:
    ex = run(
        "KPU Kabupaten Sikka menggelar apel pagi di halaman kantor, Senin (3/3/2025). Bertindak sebagai pembina "
        "apel, Kasubbag Keuangan KPU Kabupaten Sikka, Veronika Lewar, menyampaikan amanat."
    )
    assert ("Veronika Lewar", "leader") in {(p.person, p.capacity) for p in ex.participations}


def test_a_capacity_stated_after_the_name_wins_over_the_cue_before() -> None:
    ex = run(
        "Diskusi daring dimoderatori oleh Ria Fitriani dan menghadirkan Direktur Eksekutif Perludem, Bima Santika "
        "Putra, sebagai narasumber. Peserta berterima kasih atas sambutan hangat KPU."
    )
    assert {(p.person, p.capacity) for p in ex.participations} == {
        ("Ria Fitriani", "moderator"),
        ("Bima Santika Putra", "speaker"),  # "Bima", a regency too, opens the name after a comma
    }
    assert roles(ex) == {("Bima Santika Putra", "Direktur Eksekutif", "Perludem", None)}


def test_speakers_listed_one_per_line_after_a_cue_and_speakers_who_are_present() -> None:
    ex = run(
        "KPU Kabupaten Sikka menggelar diskusi kajian hukum di Aula KPU, Kamis (15/5/2025). Narasumber yang hadir "
        "yakni Dr. Yohanes Rumbiak, S.H., serta Markus Wanggai.\nKegiatan ini menghadirkan narasumber berikut:\n"
        "1. Dr. Frans Kambuaya, S.H., M.H. (Akademisi Universitas Nusa Cendana)\n2. Maria Yoku, S.Sos.\n"
        "Kegiatan berjalan lancar dan penuh antusias dari seluruh undangan yang memenuhi aula sejak pagi hari "
        "hingga siang, dengan diskusi yang hangat tentang pemutakhiran data pemilih berkelanjutan di desa-desa.\n"
        "Simon Lewar, S.Pd.\n"
        "Anggota KPU Kabupaten Sikka, Paskalis Semunya, melaporkan perkembangan PDPB."
    )
    assert {(p.person, p.capacity) for p in ex.participations} == {
        ("Yohanes Rumbiak", "speaker"),
        ("Markus Wanggai", "speaker"),
        ("Frans Kambuaya", "speaker"),
        ("Maria Yoku", "speaker"),
        ("Paskalis Semunya", "speaker"),
    }  # the list ends at the long paragraph: the name after it is in no list


def test_the_other_members_listed_after_lainnya_and_the_head_of_a_regional_office() -> None:
    ex = run(
        "Hadir pula anggota KPU lainnya, yakni Wayan Sudarsa, Rosmini, dan Ketut Adnyana. Kepala Ombudsman RI "
        "Perwakilan Nusa Tenggara Barat, Dwi Sudarsono, turut hadir."
    )
    assert roles(ex) == {
        ("Wayan Sudarsa", "Anggota", "KPU Kabupaten Lombok Timur", None),
        ("Rosmini", "Anggota", "KPU Kabupaten Lombok Timur", None),
        ("Ketut Adnyana", "Anggota", "KPU Kabupaten Lombok Timur", None),
        ("Dwi Sudarsono", "Kepala", "Ombudsman RI Perwakilan Nusa Tenggara Barat", None),
    }


def test_witnesses_attend_a_verb_quoted_is_no_cue_and_an_attendee_who_explains_speaks() -> None:
    ex = run(
        "Serah terima jabatan di Aula KPU, Senin (3/3/2025), dipimpin oleh Ketua KPU Kabupaten Lombok Timur, "
        "Melianus Tabuni, disaksikan Anggota KPU Kabupaten Lombok Timur, Elisa Wandik dan Nelce Lokobal. "
        "\u201cKami membuka akses layanan data bagi semua warga,\u201d kata Elisa. Hadir pula Kepala Dinas "
        "Sosial Kabupaten Lombok Timur, Zulfikar Ibrahim, yang menjelaskan layanan bagi pemilih disabilitas."
    )
    assert {(p.person, p.capacity) for p in ex.participations} == {
        ("Melianus Tabuni", "leader"),
        ("Elisa Wandik", "attendee"),
        ("Elisa Wandik", "speaker"),  # quoted
        ("Nelce Lokobal", "attendee"),
        ("Zulfikar Ibrahim", "attendee"),
        ("Zulfikar Ibrahim", "speaker"),
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hasil PSU ditetapkan dalam rapat pleno terbuka di Gedung Serbaguna, Jumat (2/5/2025).", True),
        ("Rapat pleno rekapitulasi tingkat kabupaten yang digelar KPU Kabupaten Tabalong berjalan lancar.", True),
        ("Komisi II DPR menyetujui pagu KPU dalam rapat dengar pendapat (RDP) di Kompleks Parlemen.", True),
        ("MK memerintahkan KPU Kabupaten Tabalong menggelar pemungutan suara ulang dalam 60 hari.", False),
        ("Hal itu disampaikan dalam diskusi publik yang digelar Lembaga Kajian Pemilu Borneo di Banjarmasin.", True),
        ("DKPP menggelar sidang pemeriksaan dugaan pelanggaran kode etik di Kantor Bawaslu Kalsel.", True),
        ("Ketua KPU Tabalong mengatakan pihaknya akan menggelar rapat pleno penetapan pekan depan.", False),
        ("Penandatanganan NPHD berlangsung di Ruang Rapat Melati Kantor Bupati Tabalong.", True),
        ("Penghitungan suara ulang digelar terpusat di GOR Tanjung. Kegiatan dibuka Ketua KPU Tabalong.", True),
        ("Salah satu sidang yang digelar di Ruang Sidang Gedung I MK adalah perkara Tabalong.", False),
    ],
)
def test_a_news_report_has_an_event_when_a_body_is_said_to_hold_one(text: str, event: bool) -> None:
    ex = run(text, title="Kolom Kosong Kalah, Hasil Ditetapkan", site="banjarmasin.tribunnews.com")
    assert (ex.event is not None) is event


def test_an_interim_replacement_a_party_to_an_ethics_case_and_a_division_after_the_body() -> None:
    ex = run(
        "Ketua KPU Provinsi Nusa Tenggara Barat melantik Hj. Siti Masrupah, S.Pd.I., sebagai Anggota KPU Kabupaten "
        "Lombok Timur Pengganti Antarwaktu (PAW). Pengangkatan Antarwaktu ini sah. Dalam sidang itu Teradu I "
        "Fao'aro Dakhi hadir bersama Hj. St. Aisyah Lamba. Kristina Nyangun, S.H., Anggota KPU Provinsi Nusa "
        "Tenggara Barat Koordinator Divisi Hukum dan Pengawasan, hadir. Sekda Lombok Timur, Widodo, selaku Ketua "
        "TAPD (Tim Anggaran Pemerintah Daerah) memaparkan anggaran."
    )
    assert {p.name for p in ex.persons} == {
        "Siti Masrupah", "Fao'aro Dakhi", "St. Aisyah Lamba", "Kristina Nyangun", "Widodo",
    }  # fmt: skip
    got = roles(ex)
    assert ("Siti Masrupah", "Anggota", "KPU Kabupaten Lombok Timur", None) in got
    assert ("Kristina Nyangun", "Anggota", "KPU Provinsi Nusa Tenggara Barat", "Divisi Hukum dan Pengawasan") in got
    assert not [r for r in got if r[0] == "Widodo" and r[1] == "Ketua"]  # of a body the article does not name


def test_a_judge_belongs_to_the_court_named_before_and_a_spokesperson_is_a_post() -> None:
    ex = run(
        "PTUN Mataram mengabulkan gugatan bakal calon. Hakim Ketua Arnoldus Rumaseuw membacakan putusan. Juru Bicara "
        "MK Yustinus Wicaksono mengatakan berkas lengkap.",
        site="detik.com",
    )
    assert roles(ex) == {
        ("Arnoldus Rumaseuw", "Hakim Ketua", "PTUN Mataram", None),
        ("Yustinus Wicaksono", "Juru Bicara", "Mahkamah Konstitusi", None),
    }


def test_rulings_of_other_courts_and_a_second_ruling_without_a_number() -> None:
    ex = run(
        "Kajian membahas Putusan MK Nomor 27/PHPU.WAKO-XXIII/2025 tentang Pemilihan Wali Kota Bitung Tahun 2024. "
        "Peserta juga membahas putusan MK dalam perkara sengketa hasil Pemilihan Bupati Sikka Tahun 2024. "
        "PTUN Kupang melalui Putusan Nomor 12/G/PILKADA/2025/PTUN.KPG mengabulkan gugatan bakal calon Pilkada Sikka "
        "2024, sedangkan Mahkamah Agung melalui Putusan Nomor 24 P/HUM/2025 membatalkan sebagian PKPU.\nDalam "
        "perkara politik uang Pilkada Sikka 2024, majelis membacakan putusan nomor perkara 18/Pid.Sus/2025/PN Mme."
    )
    got = {(r.identifier, r.court, r.election.region_name if r.election else None) for r in ex.rulings}
    assert got == {
        ("27/PHPU.WAKO-XXIII/2025", "Mahkamah Konstitusi", "Kota Bitung"),
        (None, "Mahkamah Konstitusi", "Kabupaten Sikka"),
        ("12/G/PILKADA/2025/PTUN.KPG", "PTUN Kupang", "Kabupaten Sikka"),
        ("24 P/HUM/2025", "Mahkamah Agung", None),
        ("18/Pid.Sus/2025/PN Mme", "Pengadilan Negeri", "Kabupaten Sikka"),  # no district court named
    }


def test_the_head_of_a_dayah_and_of_a_branch_named_by_acronym() -> None:
    ex = run(
        "Sosialisasi bersama Persatuan Penyandang Disabilitas Indonesia (PPDI). Ketua PPDI Kabupaten Lombok Timur, "
        "Lalu Hamiruddin, hadir. Pimpinan Dayah Terpadu Darul Ulum, Tgk. H. Abdul Manan Ismail, berdoa."
    )
    assert roles(ex) == {
        ("Lalu Hamiruddin", "Ketua", "PPDI Kabupaten Lombok Timur", None),
        ("Abdul Manan Ismail", "Pimpinan", "Dayah Terpadu Darul Ulum", None),
    }


def test_media_daring_is_no_online_event() -> None:
    ex = run(
        "KPU Kabupaten Lombok Timur menggelar media gathering bersama wartawan media cetak, elektronik, dan daring "
        "di Hotel Lombok Raya, Rabu (4/6/2025)."
    )
    assert ex.event is not None and ex.event.mode == "offline"


def test_a_forum_abbreviated_by_syllables_is_no_person_and_opening_a_service_opens_no_event() -> None:
    ex = run(
        "KPU Kabupaten Lombok Timur menggelar Bincang Asyik Demokrasi (Bincasi) di Aula KPU, Kamis (21/8/2025). "
        "Dalam diskusi itu Yosef Arakian Tukan (Ocep) meminta agar Ketua KPU Kabupaten Lombok Timur, Baiq Nurul, "
        "terus membuka layanan informasi."
    )
    assert {p.name for p in ex.persons} == {"Yosef Arakian Tukan", "Baiq Nurul"}
    assert ("Baiq Nurul", "opener") not in {(p.person, p.capacity) for p in ex.participations}


def test_names_of_short_words_are_names_and_degrees_alone_are_not() -> None:
    ex = run("Ketua KPU Kabupaten Sikka, Dewi Sari, membuka rapat didampingi Anggota KPU Kabupaten Sikka, Lalu Rina.")
    assert {p.name for p in ex.persons} == {"Dewi Sari", "Lalu Rina"}
    ex = run("Ketua KPU Kabupaten Sikka Fauzi Heri Pranata dan Anggota KPU Sikka, Kristina Bulan Ping, hadir.")
    assert {p.name for p in ex.persons} == {"Fauzi Heri Pranata", "Kristina Bulan Ping"}  # a post's word, a common one
    ex = run("Ketua KPU Kabupaten Sikka, Indah, dan Sekretaris KPU Kabupaten Sikka, Bagus, hadir.")
    assert roles(ex) == {  # common words, but set off by commas after a post only names can stand there
        ("Indah", "Ketua", "KPU Kabupaten Sikka", None),
        ("Bagus", "Sekretaris", "KPU Kabupaten Sikka", None),
    }
    ex = run('"Menetapkan Pasangan Calon Nomor Urut Satu Sdri. Dr. Agustina Wilujeng, S.S., M.M." ujar Ketua KPU.')
    assert {p.name for p in ex.persons} == {"Agustina Wilujeng"}


def test_chair_and_members_listed_together_and_contracted_titles_of_prosecutors_and_police() -> None:
    ex = run(
        "Ketua dan Anggota KPU Kabupaten Sikka, Jefry Sasube, Novi Lalamentik, dan Hendro Tatengkeng, hadir. "
        "Kajari Sikka, Paulus Wetik, dan Kapolres Sikka AKBP Albert Zai turut hadir. Kasdim 1603/Sikka, Mayor Inf "
        "Bambang Suryanto, hadir."
    )
    assert roles(ex) == {
        ("Jefry Sasube", "Ketua", "KPU Kabupaten Sikka", None),
        ("Novi Lalamentik", "Anggota", "KPU Kabupaten Sikka", None),
        ("Hendro Tatengkeng", "Anggota", "KPU Kabupaten Sikka", None),
        ("Paulus Wetik", "Kepala", "Kejari Sikka", None),
        ("Albert Zai", "Kepala", "Polres Sikka", None),
        ("Bambang Suryanto", "Kepala Staf", "Kodim 1603/Sikka", None),
    }


def test_bodies_a_contracted_title_names_with_no_one_named() -> None:
    ex = run("Rapat dihadiri Kapolda Nusa Tenggara Barat, Danrem 162/Wirabhakti, Danlantamal V, Pangdam IX/Udayana.")
    assert {o.name for o in ex.orgs} == {
        "Polda Nusa Tenggara Barat", "Korem 162/Wirabhakti", "Lantamal V", "Kodam IX/Udayana",
    }  # fmt: skip
    assert not ex.memberships


def test_balinese_i_is_no_numeral_parties_to_a_case_and_bylines_are_no_names() -> None:
    ex = run(
        "Hakim Konstitusi I Gusti Ngurah Wirasatya membacakan putusan. \"Menyatakan Terdakwa I Jefri Nalle bersalah "
        'dan dihukum," kata hakim. Kampung Tiong Ohang sepi. Kasubbag '
        "Umum KPU Kabupaten Sikka, Abubakar Hi. Umar, hadir bersama akademisi Universitas Udayana Ni Luh Putu "
        "Ary Sukmawati.\nPewarta: Fathur Rochman\nEditor: Yance Agapa"
    )
    assert {p.name for p in ex.persons} == {
        "I Gusti Ngurah Wirasatya", "Jefri Nalle", "Abubakar Hi. Umar", "Ni Luh Putu Ary Sukmawati",
    }  # fmt: skip (who wrote and edited it is no one the article is about)
    assert ("I Gusti Ngurah Wirasatya", "Hakim Konstitusi", "Mahkamah Konstitusi", None) in roles(ex)


def test_the_preamble_opens_nothing_members_masing_masing_and_a_quote_split_by_a_comma() -> None:
    ex = run(
        "KPU Kabupaten Sikka menggelar upacara Hari Lahir Pancasila, Senin (2/6/2025). Pembacaan Pembukaan UUD 1945 "
        "oleh Kasubbag Umum KPU Kabupaten Sikka, Nurhayati Lamato. Anggota KPU Kabupaten Sikka masing-masing Stevi "
        'Lumowa dan Roy Mandagi hadir. "Kami siap melaksanakan tahapan," kata Roy, "Semua petugas sudah dilatih."'
    )
    assert ("Nurhayati Lamato", "opener") not in {(p.person, p.capacity) for p in ex.participations}
    assert {("Stevi Lumowa", "Anggota"), ("Roy Mandagi", "Anggota")} <= {(m.person, m.role) for m in ex.memberships}
    assert [(q.speaker, q.text.split()[0]) for q in ex.quotes] == [("Roy Mandagi", "Kami"), ("Roy Mandagi", "Semua")]


def test_an_event_the_title_says_is_to_come_is_none_in_a_news_report() -> None:
    title = "MK Tolak Gugatan, Selangkah Lagi Bupati Terpilih Dilantik"
    ex = run("MK menolak gugatan itu.", title=title, site="kompas.com")
    assert ex.event is None


def test_who_guides_a_session_commands_a_ceremony_or_gives_a_lecture() -> None:
    ex = run(
        "KPU Kabupaten Sikka menggelar sosialisasi di Aula SMA, Senin (2/6/2025). Turut hadir Kepala Subbagian Umum "
        "KPU Kabupaten Sikka, Ahmad Fauzan, yang memandu sesi tanya jawab. Bertindak sebagai pemimpin upacara, "
        "Tengku Syahrial. Kegiatan dilanjutkan dengan kuliah umum yang disampaikan oleh Ridwan Munawar, dengan "
        "moderator dosen FISIP, Neng Sri Mulyati."
    )
    got = {(p.person, p.capacity) for p in ex.participations}
    assert {("Ahmad Fauzan", "moderator"), ("Tengku Syahrial", "leader"), ("Ridwan Munawar", "speaker")} <= got
    assert ("Neng Sri Mulyati", "moderator") in got and ("Ridwan Munawar", "moderator") not in got


def test_an_assistant_to_the_regional_secretary_a_regional_office_and_a_broadcasters_station() -> None:
    ex = run(
        "Turut hadir Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kabupaten Sikka, Denny Wowor. "
        "Analis Hukum Ahli Madya Kantor Wilayah Kementerian Hukum Nusa Tenggara Timur, Jeanette Pangalila, hadir. "
        "Kedatangan KPU disambut Kepala RRI Ende, Yohanes Sinaga."
    )
    assert roles(ex) == {
        ("Denny Wowor", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "Sekretariat Daerah Kabupaten Sikka", None),
        ("Jeanette Pangalila", "Analis Hukum Ahli Madya", "Kantor Wilayah Kementerian Hukum Nusa Tenggara Timur", None),
        ("Yohanes Sinaga", "Kepala", "RRI Ende", None),
    }


def test_the_hosts_of_a_visit_attend_it() -> None:
    ex = run(
        "Dandim 1603/Sikka melakukan kunjungan ke KPU Kabupaten Sikka, Senin (3/3/2025). Kedatangan rombongan "
        "disambut Ketua KPU Kabupaten Sikka, Dede Rohmat, bersama Anggota KPU Kabupaten Sikka, Euis Komalasari."
    )
    assert {("Dede Rohmat", "attendee"), ("Euis Komalasari", "attendee")} <= {
        (p.person, p.capacity) for p in ex.participations
    }


def test_university_posts_named_after_the_university_keep_its_body() -> None:
    ex = run(
        "Penandatanganan dilakukan Rektor Universitas Nusa Nipa, Prof. Dedi Suryadi. Turut menyaksikan Wakil Rektor "
        "I Bidang Akademik, Dr. Iis Sumiati Rahayu, M.Pd., dan Dekan Fakultas Ilmu Sosial dan Ilmu Politik, Asep "
        "Deni Gumilar, M.Si.\nDekan Fakultas Hukum, Ratna Dewi, hadir."
    )
    assert roles(ex) == {
        ("Dedi Suryadi", "Rektor", "Universitas Nusa Nipa", None),
        ("Iis Sumiati Rahayu", "Wakil Rektor I Bidang Akademik", "Universitas Nusa Nipa", None),
        ("Asep Deni Gumilar", "Dekan", "Universitas Nusa Nipa", "Fakultas Ilmu Sosial dan Ilmu Politik"),
    }  # no university in the last paragraph: no body for its dean


def test_numbered_ruling_is_parsed_and_linked_to_its_election() -> None:
    ex = run(
        "Putusan MK Nomor 27/PHPU.WAKO-XXIII/2025 tentang perselisihan hasil Pemilihan Wali Kota Bitung Tahun 2024 "
        "dibahas dalam kajian."
    )
    (r,) = ex.rulings
    assert (r.identifier, r.number, r.case_type, r.term, r.year) == (
        "27/PHPU.WAKO-XXIII/2025",
        27,
        "PHPU.WAKO",
        "XXIII",
        2025,
    )
    assert roman_to_int(r.term or "") == r.year - 2002  # the court's first year, 2003, is I
    assert r.election is not None
    assert (r.election.office, r.election.region_name, r.election.year) == ("Wali Kota", "Kota Bitung", 2024)


def test_unnumbered_ruling_from_the_election_it_concerns() -> None:
    ex = run(
        "Mahkamah Konstitusi memutuskan pemungutan suara ulang dalam Pilbup Kepulauan Talaud 2024.",
        title="MK Putuskan PSU Pilbup Talaud",
        site="www.beritacontoh.com",
    )
    (r,) = ex.rulings
    assert r.identifier is None and r.election is not None
    assert (r.election.region_name, r.election.year) == ("Kabupaten Kepulauan Talaud", 2024)


@pytest.mark.parametrize(
    ("text", "site", "expected"),
    [
        (  # each case number of several concerns its own election
            '"Memerintahkan pemungutan suara ulang Pemilihan Bupati dan Wakil Bupati Mahakam Ulu Tahun 2024 di empat '
            'TPS dalam waktu paling lama 45 hari sejak putusan ini diucapkan," kata Ketua MK dalam perkara Nomor '
            "118/PHPU.BUP-XXIII/2025.\nSementara itu, untuk perkara Nomor 207/PHPU.BUP-XXIII/2025 yang diajukan "
            "pasangan nomor urut dua, Mahkamah memerintahkan KPU Kabupaten Boalemo melakukan penghitungan suara ulang.",
            "kompas.com",
            {
                ("118/PHPU.BUP-XXIII/2025", "Kabupaten Mahakam Ulu"),
                ("207/PHPU.BUP-XXIII/2025", "Kabupaten Boalemo"),  # the body ordered, not the election named before
            },
        ),
        (  # a case number concerns the region of its office its sentence names
            "Dalam Putusan Nomor 187/PHPU.BUP-XXIII/2025, MK memerintahkan PSU di 12 TPS di Kepulauan Sula. Sementara "
            "dalam Perkara Nomor 90/PHPU.WAKO-XXIII/2025, seluruh pemilih Kota Parepare harus kembali ke TPS.\n"
            "Di Puncak Jaya, putusan MK atas sengketa Pilbup Puncak Jaya membatalkan hasil di tujuh distrik.",
            "tirto.id",
            {
                ("187/PHPU.BUP-XXIII/2025", "Kabupaten Kepulauan Sula"),  # not the Pilbup of the next paragraph
                ("90/PHPU.WAKO-XXIII/2025", "Kota Parepare"),
                (None, "Kabupaten Puncak Jaya"),
            },
        ),
    ],
)
def test_each_case_number_concerns_the_election_its_sentence_names(
    text: str, site: str, expected: set[tuple[str | None, str]]
) -> None:
    ex = run(text, site=site)
    assert {(r.identifier, r.election.region_name if r.election else None) for r in ex.rulings} == expected


def test_a_region_in_a_case_numbers_sentence_does_not_outrank_the_election_the_title_names() -> None:
    ex = run(
        "Sidang digelar di Gedung MK.\nDalam perkara Nomor 5/PHPU.BUP-XXIII/2025, kuasa hukum pemohon asal Kabupaten "
        "Sleman menyampaikan dalil.",
        title="MK Sidangkan Sengketa Pilbup Bantul",
        site="kompas.com",
    )
    assert {(r.identifier, r.election.region_name if r.election else None) for r in ex.rulings} == {
        ("5/PHPU.BUP-XXIII/2025", "Kabupaten Bantul")
    }


def test_a_ruling_on_the_body_the_court_orders_and_one_whose_court_follows_its_sentence() -> None:
    ex = run(
        "MK kemudian memerintahkan Komisi Pemilihan Umum (KPU) Kabupaten Pasaman untuk melakukan pemungutan suara "
        "ulang.\nDi sisi lain, gugatan Pilkada Kabupaten Sikka 2024 yang diajukan pasangan nomor urut dua kandas. "
        "Mahkamah menilai dalil pemohon tidak beralasan menurut hukum.",
        site="kompas.com",
    )
    assert {(r.identifier, r.election.region_name if r.election else None) for r in ex.rulings} == {
        (None, "Kabupaten Pasaman"),
        (None, "Kabupaten Sikka"),
    }


def test_a_ruling_mentioned_in_general_is_none() -> None:
    ex = run("KPU membahas tahapan PSU di 24 daerah sebagai tindak lanjut atas putusan Mahkamah Konstitusi.")
    assert ex.rulings == ()


def test_a_re_vote_or_a_case_of_a_later_year_concerns_the_election_held_before() -> None:
    ex = run(
        "MK memerintahkan PSU Pilbup Mappi dalam putusan Nomor 77/PHPU.BUP-XXIII/2025. PSU Mappi 2025 digelar April. "
        "Sengketa Pileg di Dapil Maluku 2 diputus dalam perkara nomor 41-03-12-31/PHPU.DPR-DPRD-XXII/2024."
    )
    got = {r.identifier: (r.number, r.election.year if r.election else None) for r in ex.rulings}
    assert got["77/PHPU.BUP-XXIII/2025"] == (77, 2024)
    assert got["41-03-12-31/PHPU.DPR-DPRD-XXII/2024"][0] == 41


@pytest.mark.parametrize(
    ("kind", "year", "held"),
    [("pilkada", 2025, 2024), ("pilkada", 2021, 2020), ("pilkada", 2018, 2018), ("pilkada", 2016, 2015),
     ("pilkada", 2012, 2012), ("pilkada", 2031, 2031), ("pemilu", 2024, 2024), ("pemilu", 2020, 2019)],
)  # fmt: skip
def test_election_year_is_the_latest_election_held_in_or_before(kind: str, year: int, held: int) -> None:
    assert election_year(kind, year) == held


def test_quotes_with_named_speakers_and_short_forms() -> None:
    ex = run(
        'Anggota KPU Kabupaten Sikka, Emilia Nona, menilai data harus mutakhir. "Kami turun langsung ke desa-desa '
        'untuk mencocokkan data," ujar Emilia. "Semua pihak perlu mendukung langkah ini," tegas narasumber dari BPKP.'
    )
    quotes = [(q.speaker, q.text[:20]) for q in ex.quotes]
    assert ("Emilia Nona", "Kami turun langsung ") in quotes
    assert all(q.speaker for q in ex.quotes)  # the unnamed BPKP speaker gives no quote row
    assert len(quotes) == 1


def test_a_regional_secretariat_is_a_body_of_its_own() -> None:
    ex = run(
        "Hadir Kepala Bagian Hukum Sekretariat Daerah Kabupaten Agam, Yuniarti, dan Sekretaris KPU Kabupaten "
        "Agam, Rudi Hartono."
    )
    assert roles(ex) == {
        ("Yuniarti", "Kepala Bagian", "Sekretariat Daerah Kabupaten Agam", "Bagian Hukum"),
        ("Rudi Hartono", "Sekretaris", "KPU Kabupaten Agam", None),
    }


def test_a_minister_belongs_to_the_ministry_the_title_names() -> None:
    ex = run(
        "Rapat dihadiri Ketua KPU RI Dewi Kartika dan Menteri Dalam Negeri Bonar Situmorang.", site="antaranews.com"
    )
    assert ("Bonar Situmorang", "Menteri", "Kementerian Dalam Negeri", None) in roles(ex)
    assert {p.name for p in ex.persons} == {"Dewi Kartika", "Bonar Situmorang"}  # not "Negeri Bonar Situmorang"


def test_a_name_after_a_body_written_in_capitals_is_whole() -> None:
    # "RI" is no initial of the name after it, and "DPR RI" is no place name glued to the person
    ex = run("Ketua Komisi II DPR RI Rudolf Karsanegara meminta anggaran disiapkan.", site="antaranews.com")
    assert [p.name for p in ex.persons] == ["Rudolf Karsanegara"]


def test_a_quote_over_two_paragraphs_is_one_and_later_quotes_keep_their_speakers() -> None:
    ex = run(
        "Ketua KPU Provinsi Jambi, Rendra Wijaya, memaparkan hasilnya. \u201cAngka ini hasil pemutakhiran "
        "berkelanjutan sejak Januari.\n\u201cKami juga mencatat pemilih pemula yang bertambah,\u201d kata Rendra. "
        '"Ada ribuan data yang sudah kami verifikasi ulang," ujar Sinta Marlina.'
    )
    assert [(q.speaker, q.text.split()[:3]) for q in ex.quotes] == [
        ("Rendra Wijaya", ["Angka", "ini", "hasil"]),
        ("Sinta Marlina", ["Ada", "ribuan", "data"]),
    ]


def test_a_quote_led_in_by_a_pronoun_or_menurut_goes_to_the_person_last_named() -> None:
    ex = run(
        "Ketua KIP Kabupaten Pidie, Teuku Mahfudz, membuka rapat. Ia menambahkan, \u201cSetiap gampong harus punya "
        "relawan demokrasi.\u201d Menurutnya, \u201cPartisipasi pemilih menentukan mutu demokrasi kita.\u201d "
        "Anggota KIP Pidie, Cut Nurhayati, menutup rapat. "
        'Menurut Nurhayati, "Data ganda harus dibersihkan bulan ini." '
        "Mantan guru itu menegaskan: \u201cTidak boleh ada pemilih yang tercecer.\u201d"
    )
    assert [(q.speaker, q.text.split()[0]) for q in ex.quotes] == [
        ("Teuku Mahfudz", "Setiap"),
        ("Teuku Mahfudz", "Partisipasi"),
        ("Cut Nurhayati", "Data"),
        ("Cut Nurhayati", "Tidak"),
    ]


def test_a_quote_split_by_its_attribution_keeps_its_speaker_for_the_second_half() -> None:
    ex = run(
        "Anggota KPU RI Ratna Sembiring menjelaskan tahapannya. \u201cKami akan segera menyusun jadwal ulang,\u201d "
        "katanya. \u201cAnggaran juga sudah kami bahas dengan pemerintah daerah.\u201d\n"
        '"Ada empat agenda utama hari ini," ujarnya. Sesuai tema "Membangun Pemilih Cerdas dan Kritis Sejak Dini". '
    )
    assert [(q.speaker, q.text.split()[0]) for q in ex.quotes] == [
        ("Ratna Sembiring", "Kami"),
        ("Ratna Sembiring", "Anggaran"),
        ("Ratna Sembiring", "Ada"),
    ]  # a theme quoted after the attribution is no quote of hers


def test_nya_after_a_quote_is_the_subject_who_spoke_and_a_common_word_short_form_that_speaks() -> None:
    ex = run(
        "Sidang dipimpin Anggota DKPP Ratna Juwita Pohan. Turut hadir teradu Andi Baso Makkarumpa. Ratna menyatakan "
        'putusan segera dibacakan. "Putusan akan dibacakan dalam waktu dekat," tuturnya.\n'
        "Ketua KPU Kabupaten Lombok Timur, Melianus Tabuni, menyampaikan terima kasih atas pengabdian Yonas Wenda. "
        "\u201cPak Yonas meletakkan dasar yang kuat bagi lembaga ini,\u201d ujarnya.\n"
        'Anggota KPU Lombok Timur, Robert Simbolon, menjelaskan tahapan. "Kami sudah siapkan semua logistik," kata '
        'Simbolon. "Distribusi dimulai pekan depan ke semua kecamatan."'
    )
    assert [(q.speaker, q.text.split()[0]) for q in ex.quotes] == [
        ("Ratna Juwita Pohan", "Putusan"),  # "Ratna", a common word, is her name where she speaks
        ("Melianus Tabuni", "Pak"),
        ("Robert Simbolon", "Kami"),
        ("Robert Simbolon", "Distribusi"),  # the surname short form attributes the first half
    ]


def test_a_speaker_named_only_after_a_quote_is_a_person() -> None:
    ex = run('"Kami siap melaksanakan tahapan dengan baik," kata Agung Sejahtera.')
    assert [q.speaker for q in ex.quotes] == ["Agung Sejahtera"]
    assert [p.name for p in ex.persons] == ["Agung Sejahtera"]  # two common words: no name but for the quote


def test_a_quote_in_single_marks_before_a_verb_of_saying() -> None:
    ex = run(
        "Anggota KPU Kabupaten Bangka, Dimas Pratama, menegaskan pentingnya integritas. \u2018Kalau fondasinya "
        "rapuh, seluruh bangunan pemilu akan goyah,\u2019 tegasnya. Rumah Da\u2019i itu ramai."
    )
    assert [(q.speaker, q.text.split()[0]) for q in ex.quotes] == [("Dimas Pratama", "Kalau")]


def test_a_quote_in_single_marks_inside_a_quote_is_part_of_it() -> None:
    ex = run(
        "\u201cDia bilang \u2018kami siap melaksanakan semua tahapan,\u2019 kata dia kepada kami,\u201d ujar Rendi "
        "Pontoh."
    )
    assert [(q.speaker, q.text.split()[0]) for q in ex.quotes] == [("Rendi Pontoh", "Dia")]


def test_short_form_that_is_also_a_common_word_names_the_speaker() -> None:
    # "Bayu" and "Indah" are Indonesian words too; after a verb of saying they are the person named before
    ex = run(
        'Ketua KPU Kabupaten Sumba Barat, Bayu Lende, membuka rapat pleno. "Data ini sudah kami cermati bersama '
        'Bawaslu," kata Bayu. Rapat dihadiri Anggota Bawaslu Sumba Barat Markus Dapa. "Kami memastikan semua '
        'catatan ditindaklanjuti," ujar Indah.'
    )
    quotes = [(q.speaker, q.text[:14]) for q in ex.quotes]
    assert quotes == [("Bayu Lende", "Data ini sudah")]  # "Indah" is no one named here: no speaker guessed


def test_a_term_of_office_is_not_the_year_of_the_election() -> None:
    ex = run(
        "KPU Kota Kupang menetapkan pasangan terpilih pada Pemilihan Wali Kota Kupang 2025-2030 setelah putusan "
        "Mahkamah Konstitusi tentang perselisihan hasil Pilkada 2024.",
        site="www.beritacontoh.com",
    )
    (r,) = ex.rulings
    assert r.election is not None and (r.election.region_name, r.election.year) == ("Kota Kupang", 2024)


def test_organisations_places_and_forums_are_not_people() -> None:
    ex = run(
        "KPU Kabupaten Sikka menggelar Forum Konsultasi Publik di Aula Hotel Sylvia Maumere bersama Dinas Kependudukan "
        "dan Pencatatan Sipil. Penguatan Etika Digital menjadi tema."
    )
    names = {p.name for p in ex.persons}
    assert not names & {"Forum Konsultasi Publik", "Hotel Sylvia Maumere", "Penguatan Etika Digital", "Sylvia Maumere"}


def test_a_written_short_form_of_a_given_name_stays_in_the_name() -> None:
    ex = run(
        "Rapat dihadiri Ketua KPU Kabupaten Wajo, Muh. Ardiansyah Lapolo, dan Sekretaris KPU Wajo, Moch. Rifai. "
        "Muh. Ardiansyah Lapolo membuka rapat."
    )
    assert {("Muh. Ardiansyah Lapolo", "Ketua"), ("Moch. Rifai", "Sekretaris")} <= {(p, r) for p, r, _, _ in roles(ex)}
    assert len(ex.sentences) == 2  # the dots of "Muh." and "Moch." end no sentence


def test_a_minangkabau_adat_title_inside_a_name_keeps_one_person() -> None:
    ex = run("Ketua KPU Kabupaten Agam, Yulisman Dt. Rajo Sampono, membuka rapat.")
    assert roles(ex) == {("Yulisman Dt. Rajo Sampono", "Ketua", "KPU Kabupaten Agam", None)}


def test_ranks_and_religious_titles_are_not_part_of_a_name() -> None:
    ex = run(
        "Hadir pula Kapolres Sorong AKBP Benny Waromi dan Dandim 1802/Sorong Letkol Inf Rudi Hartono, serta Kasat "
        "Intelkam Polres Sorong, Iptu Yakob Kambu. Ketua KIP Kabupaten Pidie Jaya, Tgk. Iskandar Usman, membuka acara."
    )
    names = {p.name for p in ex.persons}
    assert {"Benny Waromi", "Rudi Hartono", "Yakob Kambu", "Iskandar Usman"} <= names
    assert not {n for n in names if n.startswith(("AKBP", "Letkol", "Iptu", "Tgk", "Kasat"))}
    ex = run(
        "Tausiyah disampaikan Ustaz La Sabaruddin. Pengasuh pesantren, KH. Marzuki Fadhil Anwar, berpesan kepada "
        "santri. Menurut Kiai Marzuki, santri harus memilih. Doa dipimpin TGH. Abdul Hafiz."
    )
    assert {p.name for p in ex.persons} == {"La Sabaruddin", "Marzuki Fadhil Anwar", "Abdul Hafiz"}


def test_hakim_is_a_given_name_unless_it_opens_a_role_phrase() -> None:
    ex = run(
        "Ketua KPU Kabupaten Bima, Lukman Hakim, dan Anggota KPU Bima, Abdul Hakim Daeng Naba, hadir. "
        "Putusan dibacakan oleh Hakim Yusuf Basri."
    )
    assert {p.name for p in ex.persons} == {"Lukman Hakim", "Abdul Hakim Daeng Naba", "Yusuf Basri"}
    assert {(p, r) for p, r, _, _ in roles(ex)} == {("Lukman Hakim", "Ketua"), ("Abdul Hakim Daeng Naba", "Anggota")}


def test_the_head_of_an_office_whose_name_starts_inside_the_role_words() -> None:
    ex = run(
        "Hadir Kepala Dinas Komunikasi dan Informatika Kabupaten Sumba Timur, Yosef Lende, dan Kepala Badan "
        "Kesatuan Bangsa dan Politik Kabupaten Sumba Timur, Maria Kahi."
    )
    assert {(p, r, o) for p, r, o, _ in roles(ex)} == {
        ("Yosef Lende", "Kepala", "Dinas Komunikasi dan Informatika Kabupaten Sumba Timur"),
        ("Maria Kahi", "Kepala", "Badan Kesatuan Bangsa dan Politik Kabupaten Sumba Timur"),
    }


def test_a_committee_of_a_legislature_is_the_unit_of_the_membership() -> None:
    ex = run(
        "Rapat dipimpin Wakil Ketua Komisi II DPR, Rahmat Saleh, bersama Anggota Komisi II DPR Fraksi Partai Demokrat, "
        "Yulia Sari. Hadir pula Ketua Komisi A DPRD Provinsi Nusa Tenggara Timur, Frans Bria."
    )
    assert roles(ex) == {
        ("Rahmat Saleh", "Wakil Ketua", "DPR", "Komisi II"),
        ("Yulia Sari", "Anggota", "DPR", "Komisi II"),
        ("Frans Bria", "Ketua", "DPRD Provinsi Nusa Tenggara Timur", "Komisi A"),
    }


def test_a_district_after_camat_and_the_satkers_own_districts_are_no_names() -> None:
    ex = run(
        "Turut hadir Camat Sakra Timur Haerul Anwar. Coklit menyasar dua kecamatan, yakni Pringgabaya, dan Suela."
    )  # on the site of KPU Kabupaten Lombok Timur, whose districts these are
    assert {p.name for p in ex.persons} == {"Haerul Anwar"}


def test_a_role_in_a_panel_of_the_occasion_is_no_post_in_the_body() -> None:
    ex = run("Sidang DKPP dipimpin Anggota DKPP Yohana Sitepu sebagai ketua majelis, didampingi anggota tim pemeriksa.")
    assert roles(ex) == {("Yohana Sitepu", "Anggota", "DKPP", None)}


def test_palaces_bays_and_boarding_schools_are_not_people() -> None:
    ex = run(
        "Rapat digelar di Istana Isen Mulang, lalu logistik dikirim melalui Teluk Tolo. Sosialisasi di Pondok "
        "Pesantren Darul Hikmah Martapura diikuti santri."
    )
    assert not ex.persons
    assert "Pondok Pesantren Darul Hikmah Martapura" in {o.name for o in ex.orgs}


def test_a_name_written_in_capitals_after_a_role_phrase() -> None:
    ex = run("Ketua KPU Kota Kendari, LA ODE HARUNA, S.H., membuka kegiatan bersama KPU RI.")
    assert roles(ex) == set()  # "LA" is too short to tell from an acronym
    ex = run("Ketua KPU Kota Kendari, WA ODE SITTI RAHMA, S.H., dan Anggota KPU Kota Kendari, YUSRAN DAENG MASIGA.")
    assert roles(ex) == {
        ("Yusran Daeng Masiga", "Anggota", "KPU Kota Kendari", None),
    }


def test_a_title_after_a_comma_opens_the_next_name_not_a_degree_of_the_last() -> None:
    ex = run("Hadir akademisi Universitas Udayana, Prof. Dr. I Nyoman Gede Suarjana, dalam diskusi.")
    assert [p.name for p in ex.persons] == ["I Nyoman Gede Suarjana"]


def test_a_contracted_title_names_its_body_by_the_place_after_it() -> None:
    ex = run(
        "Turut hadir Dandim 1614/ Dompu Yusuf Rahman, Kapolres Sumba Barat, AKBP Rudi Santoso, dan Bupati Dompu "
        "Bambang Firdaus."
    )
    assert {(p, r, o) for p, r, o, _ in roles(ex)} >= {
        ("Yusuf Rahman", "Komandan", "Kodim 1614/Dompu"),
        ("Rudi Santoso", "Kepala", "Polres Sumba Barat"),
    }


def test_a_phrase_the_article_abbreviates_is_no_person() -> None:
    ex = run(
        "KPU menghadiri kegiatan Projek Penguatan Profil Pelajar Pancasila (P5) bersama Yohana Kase (Ketua Panitia)."
    )
    assert [p.name for p in ex.persons] == ["Yohana Kase"]


def test_villages_of_other_regions_are_places_not_people() -> None:
    ex = run(
        "Logistik dikirim ke Distrik Kurima Hulu, Gampong Lampoh Keude, Nagari Koto Tinggi dan Negeri Hatu Lama "
        "untuk pemungutan suara."
    )
    assert not ex.persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat berlangsung Selasa (2/12/2025) di aula.", date(2025, 12, 2)),
        ("Kegiatan pada Kamis, 19 Juni 2025 berjalan lancar.", date(2025, 6, 19)),
    ],
)
def test_article_date(text: str, expected: date) -> None:
    assert article(text).event_date == expected


def test_extraction_keeps_offsets_into_the_text() -> None:
    a = article("Ketua KPU Kabupaten Sikka, Maria Goreti, membuka rapat.")
    ex = extract_article(a, segment_article(a))
    (m,) = ex.memberships
    assert "Maria Goreti" in a.text[m.span.start : m.span.end]


def test_division_of_derived_nouns_and_names_that_look_prefixed() -> None:
    ex = run(
        "Rapat dihadiri Anggota Bawaslu Kabupaten Jayapura Divisi Penanganan Pelanggaran, Yermias Wenda. "
        'Ketua KPU Kabupaten Jayapura, Diana Simbiak, memimpin rapat. "Kami pastikan data pemilih akurat," ujar Diana.',
        site="kab-jayapura.kpu.go.id",
    )
    assert ("Yermias Wenda", "Anggota", "Bawaslu Kabupaten Jayapura", "Divisi Penanganan Pelanggaran") in roles(ex)
    assert [(q.speaker, q.text[:5]) for q in ex.quotes] == [("Diana Simbiak", "Kami ")]


def test_aceh_bodies_are_kip_and_panwaslih() -> None:
    ex = run(
        "Komisi Independen Pemilihan (KIP) Kabupaten Aceh Besar menggelar sosialisasi bersama Panwaslih Aceh Besar. "
        "Ketua KIP Aceh Besar, Munawar Syah, menjelaskan tahapan.",
        site=None,
    )
    assert ("Munawar Syah", "Ketua", "KIP Kabupaten Aceh Besar", None) in roles(ex)
    assert "Panwaslih Kabupaten Aceh Besar" in {o.name for o in ex.orgs}


def test_people_named_together_with_a_person() -> None:
    ex = run(
        "Permohonan diajukan pasangan calon nomor urut 2, Wempi Rumbiak dan Sobirin. "
        "Paslon nomor urut 1 Nanda Karya Jaya-Putra Jaya hadir.",
        site="www.beritacontoh.com",
    )
    names = {p.name for p in ex.persons}
    assert {"Wempi Rumbiak", "Sobirin", "Nanda Karya Jaya", "Putra Jaya"} <= names


def test_a_post_outside_the_election_bodies_may_name_its_field_before_the_body() -> None:
    ex = run(
        "Narasumber kegiatan adalah Guru Besar Ilmu Politik Universitas Nusa Cendana, Prof. Dr. Maria Lede Bunga, "
        "dan dosen Fakultas Hukum Universitas Pattimura, Yohanis Latuperisa. Hadir pula Wakil Rektor Bidang "
        "Kemahasiswaan Universitas Khairun, Dr. Hasan Abdullah."
    )
    # a portfolio is part of the post, a faculty a unit of the body, a field of study neither
    assert {
        ("Maria Lede Bunga", "Guru Besar", "Universitas Nusa Cendana", None),
        ("Yohanis Latuperisa", "Dosen", "Universitas Pattimura", "Fakultas Hukum"),
        ("Hasan Abdullah", "Wakil Rektor Bidang Kemahasiswaan", "Universitas Khairun", None),
    } <= roles(ex)


def test_a_field_is_not_skipped_for_a_role_of_the_election_bodies() -> None:
    # "Ketua Panitia Seleksi ... KPU X": the chair of a selection panel, not of KPU X
    ex = run("Ketua Panitia Seleksi Calon Anggota KPU Kabupaten Alor, Markus Lakapu, membuka tes.")
    assert not any(o == "KPU Kabupaten Alor" and r == "Ketua" for _, r, o, _ in roles(ex))


def test_a_subsection_abbreviation_with_a_digit_keeps_the_membership() -> None:
    ex = run("Kasubbag TP2H KPU Kabupaten Sumba Timur, Yulius Ndapa, memaparkan materi.")
    assert ("Yulius Ndapa", "Kepala Subbagian", "KPU Kabupaten Sumba Timur", "Subbagian TP2H") in roles(ex)


def test_districts_areas_and_task_forces_are_no_persons() -> None:
    ex = run(
        "Sosialisasi digelar di Kapanewon Gamping bersama Panwaslu Kapanewon. Rapat lanjutan di Ruang Rapat "
        "Gubernur, Kawasan Pusat Pemerintahan Provinsi Banten. Anggota Bawaslu Kabupaten Sleman, Rina Hapsari, "
        "menjelaskan peran Sentra Gakkumdu. “Kami siap menindak pelanggaran,” katanya."
    )
    assert {p.name for p in ex.persons} == {"Rina Hapsari"}
    assert [q.speaker for q in ex.quotes] == ["Rina Hapsari"]


def test_a_bawaslu_site_reports_an_event_whatever_its_title() -> None:
    ex = run(
        "Bawaslu Kabupaten Bantul menggelar kegiatan di Aula Bawaslu, Selasa (4/3/2025). Ketua Bawaslu "
        "Kabupaten Bantul, Dewi Kartika, membuka acara.",
        title="Perkuat Pengawasan Partisipatif Jelang Pemilihan",
        site="bantul.bawaslu.go.id",
    )
    assert ex.event is not None
    assert ("Dewi Kartika", "opener") in {(p.person, p.capacity) for p in ex.participations}


def test_researchers_and_party_posts_are_memberships() -> None:
    ex = run(
        "Peneliti Pusat Studi Demokrasi Timur (Pusdemti), Yakobus Dhae, menilai putusan itu tepat. Wakil Sekretaris "
        "Jenderal DPP Partai Demokrat Yoppi Lomboan meminta aturan rinci. Politikus Partai Demokrat Frans Leu "
        "Kolo hadir.",
        site="www.beritacontoh.com",
    )
    assert {
        ("Yakobus Dhae", "Peneliti", "Pusat Studi Demokrasi Timur", None),
        ("Yoppi Lomboan", "Wakil Sekretaris Jenderal", "Partai Demokrat", None),
    } <= roles(ex)
    assert "Frans Leu Kolo" in {p.name for p in ex.persons}  # the name after a body inside a five-word match


def test_credit_lines_of_news_media_are_no_persons() -> None:
    ex = run(
        "Sidang digelar di Kupang. “Kami siap,” kata Ketua KPU Kota Kupang, Yosef Lalang.\n\n"
        "Rep: Maria Ulfa Dewi\nRed: Anton Widjaya\n(TribunKupang.com/Kristo Ngga)\n"
        "Dewi Sartika Lamba berkontribusi dalam penulisan artikel ini.",
        site="www.beritacontoh.com",
    )
    assert {p.name for p in ex.persons} == {"Yosef Lalang"}


def test_a_media_title_reporting_a_vote_held_makes_an_event_and_a_ruling_title_does_not() -> None:
    body = (
        "Ketua KPU Kabupaten Alor, Markus Lakapu, memantau langsung TPS 03. "
        "“Semua berjalan lancar dan pemilih datang sejak pagi,” kata Markus. "
        "Turut hadir Anggota Bawaslu Kabupaten Alor, Maria Bunga."
    )
    held = run(body, title="PSU Kabupaten Alor Berlangsung Aman", site="www.beritacontoh.com")
    assert held.event is not None
    got = {(p.person, p.capacity) for p in held.participations}
    assert got >= {("Markus Lakapu", "speaker"), ("Maria Bunga", "attendee")}
    ordered = run(body, title="MK Batalkan Hasil Pilkada, Kabupaten Alor Gelar PSU", site="www.beritacontoh.com")
    assert ordered.event is None
    ordered = run(body, title="Mk batalkan hasil pilkada kabupaten alor", site="www.beritacontoh.com")
    assert ordered.event is None  # a sentence-case title


def test_a_ruling_title_makes_an_event_when_it_goes_on_to_a_body_acting_or_its_lead_reports_a_forum() -> None:
    site = "www.beritacontoh.com"
    body = "KPU Kota Sorong menetapkan pasangan terpilih dalam rapat pleno terbuka, Kamis (6/3/2025)."
    assert run(body, title="MK Tak Terima Gugatan, KPU Kota Sorong Tetapkan Wali Kota Terpilih", site=site).event
    assert run(body, title="MK Tak Terima Gugatan, KPU Kota Sorong Segera Tetapkan Wali Kota", site=site).event is None
    forum = (
        "Putusan yang dibacakan pada Kamis (26/6) itu disambut pemantau. Dalam diskusi daring bertajuk "
        '"Setelah Putusan MK: Menata Ulang Badan Ad Hoc" yang digelar Jaringan Pemantau Demokrasi Nusantara melalui '
        "Zoom Meeting, Jumat (27/6/2025), para pembicara menilai putusan itu berpihak pada petugas."
    )
    ex = run(forum, title="Putusan MK soal Badan Ad Hoc Dinilai Lindungi Petugas", site=site)
    assert ex.event is not None and ex.event.mode == "online"
    to_come = forum.replace("yang digelar", "yang akan digelar")
    assert run(to_come, title="Putusan MK soal Badan Ad Hoc", site=site).event is None


def test_an_event_held_at_a_venue_and_streamed_live_is_hybrid_unless_aired_on_television() -> None:
    site = "sultra.bawaslu.go.id"
    text = (
        "Bawaslu Sultra menggelar Bintang Pengawasan Edisi 4, Kamis (28/8/2025). Kegiatan berlangsung secara luring di "
        "Media Center Bawaslu Sultra, dan disiarkan langsung melalui kanal YouTube Bawaslu Sultra."
    )
    assert run(text, title="Bintang Pengawasan Edisi 4", site=site).event.mode == "hybrid"
    debate = (
        "Debat publik digelar di Gedung Serbaguna, Sabtu (9/11/2024). Warga dapat menyaksikan melalui siaran langsung "
        "televisi lokal dan kanal YouTube KPU."
    )
    assert run(debate, title="KPU Gelar Debat Publik", site="kab-contoh.kpu.go.id").event.mode == "offline"


def test_a_village_or_district_head_holds_the_post_in_its_government() -> None:
    ex = run(
        "Rakor digelar di Aula Kantor Camat Amanuban Selatan, Panite. Camat Amanuban Selatan, Daniel Benu, S.STP., "
        "membuka rakor. Kepala Desa Oebelo, Yakobus Benu, hadir bersama Lurah Takimpo, Wa Nurhaeni, dan Klebun "
        "(Kepala Desa) Banyubunih, Kecamatan Galis, Moh. Rasyid.",
        site="kab-timortengahselatan.kpu.go.id",
    )
    got = {(m.person, m.role, m.org.name if m.org else None) for m in ex.memberships}
    assert got == {
        ("Daniel Benu", "Camat", "Pemerintah Kecamatan Amanuban Selatan"),
        ("Yakobus Benu", "Kepala Desa", "Pemerintah Desa Oebelo"),
        ("Wa Nurhaeni", "Lurah", "Pemerintah Kelurahan Takimpo"),
        ("Moh. Rasyid", "Kepala Desa", "Pemerintah Desa Banyubunih"),
    }  # not "Panite": the town of the office building


def test_members_listed_under_their_body_after_a_word_that_they_are_members() -> None:
    text = (
        "KPU Kota Dumai menetapkan anggota Panitia Pemilihan Kecamatan (PPK) terpilih.\n"
        "Berikut nama-nama anggota PPK terpilih:\nPPK Dumai Barat:\n1. Suryani Harahap\n2. Tengku Nurul Aini, S.Pd.\n"
        "PPK Dumai Kota:\n1. Yuliana Siregar\n2. Ahmad Zulfikar akan dilantik pada Jumat."
    )
    ex = run(text, site="kota-dumai.kpu.go.id")
    got = {(m.person, m.role, m.org.name if m.org else None) for m in ex.memberships}
    assert got >= {
        ("Suryani Harahap", "Anggota", "PPK Dumai Barat"),
        ("Tengku Nurul Aini", "Anggota", "PPK Dumai Barat"),
        ("Yuliana Siregar", "Anggota", "PPK Dumai Kota"),
    }
    assert not any(m.person == "Ahmad Zulfikar" for m in ex.memberships)  # more than a name on its line
    listed = run(text.replace("anggota", "peserta"), site="kota-dumai.kpu.go.id")
    assert not any(m.person == "Suryani Harahap" for m in listed.memberships)


def test_a_body_holding_a_discussion_in_a_media_report_is_an_event() -> None:
    site = "www.beritacontoh.com"
    text = (
        "Forum Pemuda Peduli Demokrasi Hulu Sungai Utara {} diskusi publik bertajuk \"Politik Uang dan Pemilih Muda\" "
        "di Kafe Kopi Itah, Amuntai, Minggu (27/7/2025)."
    )
    title = "Pemuda HSU Diskusikan Politik Uang, Bawaslu Kalsel: Pemilih Muda Jangan Mau Dibeli"
    held = run(text.format("menggelar"), title=title, site=site)
    assert held.event is not None and held.event.mode == "offline"
    assert run(text.format("akan menggelar"), title=title, site=site).event is None


def test_a_media_lead_reporting_a_vote_held_makes_an_event_and_one_to_come_or_ordered_does_not() -> None:
    site = "www.beritacontoh.com"
    lead = "Pemantau memantau PSU Pilbup Alor. PSU {} di seluruh 187 TPS, Sabtu (5/4/2025). Ketua KPU Alor hadir."
    assert run(lead.format("digelar"), title="Pemantau Asing Pantau PSU Alor", site=site).event is not None
    assert run(lead.format("akan digelar"), title="Pemantau Asing Pantau PSU Alor", site=site).event is None
    ordered = "MK memerintahkan PSU dilaksanakan di 12 TPS. Ketua KPU Alor menanggapinya."
    assert run(ordered, title="KPU Alor Siapkan Logistik", site=site).event is None


def test_religious_and_civil_titles_and_line_breaks_bound_a_name() -> None:
    ex = run(
        "Ketua Majelis Jemaat GMIT Efata, Pdt. Yohana Lulu, S.Th., membuka acara. Berita acara ditandatangani "
        "Kasubbag Keuangan, Umum dan Logistik KPU Kota Tual, Ny. Maria Renyaan, S.E.\n"
        "Anggota KPU Kota Tual, Yakob Rahayaan, S.E.\nYakob mengatakan logistik aman.",
        site="kota-tual.kpu.go.id",
    )
    assert {p.name for p in ex.persons} == {"Yohana Lulu", "Maria Renyaan", "Yakob Rahayaan"}


def test_regional_information_commissions_and_the_official_spelling_of_a_regency() -> None:
    ex = run(
        "Penghargaan diserahkan Ketua Komisi Informasi Provinsi Gorontalo, Rahman Ali. Hadir Anggota KPU "
        "Kabupaten Pohuwato, Ismail Dunggio.",
        site="gorontalo.kpu.go.id",
    )
    assert {
        ("Rahman Ali", "Ketua", "Komisi Informasi Provinsi Gorontalo", None),
        ("Ismail Dunggio", "Anggota", "KPU Kabupaten Pohuwato", None),
    } <= roles(ex)


def test_a_list_of_names_after_a_role_may_carry_degrees() -> None:
    ex = run(
        "Rapat didampingi Anggota KPU Kabupaten Alor, Maria Bunga, S.H., Yosef Lalang, S.IP., Markus Lakapu, S.E., "
        "dan Yulius Ndapa, S.Pd."
    )
    members = {p for p, r, o, _ in roles(ex) if r == "Anggota" and o == "KPU Kabupaten Alor"}
    assert members == {"Maria Bunga", "Yosef Lalang", "Markus Lakapu", "Yulius Ndapa"}


def test_a_series_numbered_with_a_number_sign() -> None:
    ex = run(
        "KPU Provinsi Maluku menggelar diskusi Kupas Regulasi #12 secara daring, Jumat (4/7/2025).",
        title="Kupas Regulasi #12 Bahas Putusan MK",
        site="maluku.kpu.go.id",
    )
    assert ex.event is not None and (ex.event.series, ex.event.edition) == ("Kupas Regulasi", "12")


def test_a_district_court_judge_and_prosecutor_belong_to_the_bodies_the_article_names() -> None:
    ex = run(
        "Majelis hakim Pengadilan Negeri (PN) Waingapu menjatuhkan pidana penjara. Putusan perkara Nomor "
        "21/Pid.Sus/2025/PN Wgp itu dibacakan Kamis (16/1/2025). “Terdakwa terbukti membagikan uang kepada pemilih,” "
        "kata ketua majelis hakim, Yosef Lalang. Tuntutan Jaksa Penuntut Umum (JPU) Kejaksaan Negeri Sumba Timur, "
        "Maria Bunga, lebih berat. Perkara serupa di PN Kupang masih berjalan.",
        site="www.beritacontoh.com",
    )
    assert {
        ("Yosef Lalang", "Ketua Majelis Hakim", "Pengadilan Negeri Waingapu", None),
        ("Maria Bunga", "Jaksa Penuntut Umum", "Kejaksaan Negeri Sumba Timur", None),
    } <= roles(ex)
    assert [r.court for r in ex.rulings] == ["Pengadilan Negeri Waingapu"]
    names = {o.name for o in ex.orgs}
    assert "Mahkamah Konstitusi" not in names and "Pengadilan Negeri Kupang" in names


def test_a_news_report_of_a_verdict_has_no_event_whatever_meeting_it_mentions() -> None:
    ex = run(
        "Majelis hakim Pengadilan Negeri Kupang menjatuhkan pidana tiga bulan. Ketua KPU Kota Kupang, Yosef "
        "Lalang, menyatakan hasil di TPS itu telah dikoreksi dalam rapat pleno.",
        title="Dua Petugas KPPS di Kupang Divonis Tiga Bulan Penjara",
        site="www.beritacontoh.com",
    )
    assert ex.event is None and not ex.participations


def test_a_public_consultation_in_a_news_title_is_an_event() -> None:
    ex = run(
        "Uji publik dibuka Ketua KPU RI Markus Lakapu di Hotel Borobudur, Jakarta, Senin (3/3/2025).",
        title="KPU Uji Publik Rancangan PKPU Kampanye",
        site="www.beritacontoh.com",
    )
    assert ex.event is not None and ex.event.kind == "uji publik"
    assert ("Markus Lakapu", "opener") in {(p.person, p.capacity) for p in ex.participations}


def test_bawaslu_division_words_and_academic_departments_as_units() -> None:
    ex = run(
        "Koordinator Divisi Pencegahan, Partisipasi Masyarakat, dan Hubungan Masyarakat Bawaslu Kabupaten Alor, "
        "Maria Bunga, hadir bersama Guru Besar Departemen Ilmu Pemerintahan Universitas Nusa Cendana, Yosef Lalang.",
        site="www.beritacontoh.com",
    )
    division = "Divisi Pencegahan, Partisipasi Masyarakat, dan Hubungan Masyarakat"
    assert {
        ("Maria Bunga", "Anggota", "Bawaslu Kabupaten Alor", division),
        ("Yosef Lalang", "Guru Besar", "Universitas Nusa Cendana", "Departemen Ilmu Pemerintahan"),
    } <= roles(ex)


def test_an_attendee_who_states_something_at_the_event_is_a_speaker_too() -> None:
    ex = run(
        "KPU Kabupaten Alor menggelar rapat pleno terbuka, Rabu (2/7/2025). Anggota Bawaslu Kabupaten Alor Maria "
        "Bunga yang hadir dalam pleno menyatakan pengawasan akan terus dilakukan."
    )
    got = {(p.person, p.capacity) for p in ex.participations}
    assert {("Maria Bunga", "attendee"), ("Maria Bunga", "speaker")} <= got


def test_a_director_general_heads_a_directorate_general_of_the_ministry() -> None:
    ex = run(
        "Direktur Jenderal Bina Administrasi Kewilayahan Kementerian Dalam Negeri, Markus Lakapu, hadir.",
        site="www.beritacontoh.com",
    )
    assert (
        "Markus Lakapu",
        "Direktur Jenderal",
        "Kementerian Dalam Negeri",
        "Direktorat Jenderal Bina Administrasi Kewilayahan",
    ) in roles(ex)


def test_a_quoted_title_is_no_quote() -> None:
    ex = run(
        "Ketua KPU Kabupaten Alor, Markus Lakapu, menjadi narasumber seminar bertajuk “Masa Depan Pemilih Muda "
        "di Kepulauan” di Aula KPU. “Pemilih muda harus datang ke TPS dengan membawa KTP,” ujar Markus."
    )
    assert [q.text for q in ex.quotes] == ["Pemilih muda harus datang ke TPS dengan membawa KTP,"]


def test_the_first_of_a_pair_of_candidates_is_a_person_even_in_common_words() -> None:
    text = "Selisih suara dengan pasangan Wahyu Permana Sidik-Iis Sugiarti hanya 1.106 suara."
    ex = run(text, site="www.beritacontoh.com")
    assert {p.name for p in ex.persons} == {"Wahyu Permana Sidik", "Iis Sugiarti"}


def test_a_case_number_takes_the_election_named_near_it_before_one_of_the_title() -> None:
    ex = run(
        "Mahkamah Konstitusi mendiskualifikasi calon bupati nomor urut 2 dari Pilkada 2024.\n\n"
        "Putusan perkara nomor 78/PHPU.BUP-XXIII/2025 itu dibacakan Senin (24/2/2025).\n\n"
        "“Menyatakan diskualifikasi calon bupati dari kepesertaan Pemilihan Bupati Sumba Timur Tahun 2024,” kata "
        "Ketua MK Markus Lakapu.",
        title="MK Diskualifikasi Cabup Sumba Timur, Gugatan Pilkada Alor Kandas",
        site="www.beritacontoh.com",
    )
    numbered = [r for r in ex.rulings if r.identifier]
    assert [(r.identifier, r.election.region_name if r.election else None) for r in numbered] == [
        ("78/PHPU.BUP-XXIII/2025", "Kabupaten Sumba Timur")
    ]


def test_the_faculty_in_a_lecturers_field_is_the_unit() -> None:
    ex = run(
        "Narasumber dosen Hukum Tata Negara Fakultas Hukum Universitas Nusa Cendana, Maria Bunga, dan Dekan Fakultas "
        "Ilmu Sosial dan Ilmu Politik (FISIP) Universitas Pattimura, Yosef Lalang.",
        site="www.beritacontoh.com",
    )
    assert {
        ("Maria Bunga", "Dosen", "Universitas Nusa Cendana", "Fakultas Hukum"),
        ("Yosef Lalang", "Dekan", "Universitas Pattimura", "Fakultas Ilmu Sosial dan Ilmu Politik"),
    } <= roles(ex)


def test_titled_names_in_lists_and_division_clauses_end_where_the_name_ends() -> None:
    ex = run(
        "Hadir Anggota KPU Kabupaten Alor, Dr. Maria Bunga, S.H., yang membidangi Divisi Hukum dan Pengawasan. "
        "Hadir pula Ketua dan Anggota KPU Kabupaten Sumba Timur, Hj. Rina Lado, Ir. Yosef Lalang, dan M. Fadhil "
        "Arrasyid. Sekretaris KPU Kabupaten Alor, Hj. Nurjannah Sirfefa, S.E. Nurjannah memaparkan kebutuhan gudang."
    )
    got = roles(ex)
    assert ("Maria Bunga", "Anggota", "KPU Kabupaten Alor", "Divisi Hukum dan Pengawasan") in got
    sumba_timur = {"Rina Lado", "Yosef Lalang", "M. Fadhil Arrasyid"}
    assert {p for p, _, o, _ in got if o == "KPU Kabupaten Sumba Timur"} == sumba_timur
    assert {p.name for p in ex.persons} == {"Maria Bunga", "Nurjannah Sirfefa", *sumba_timur}


def test_regional_name_parts_and_words_that_open_no_name() -> None:
    ex = run(
        "Anggota KPU Kabupaten Toba, Rosdiana Br. Sitorus, dan Anggota KPU Kota Serang, Tb. Ahmad Syarifudin, hadir "
        "di Aula Prof. Syukur Abdullah. Setiap Pantarlih menangani satu TPS."
    )
    assert {p.name for p in ex.persons} == {"Rosdiana Br. Sitorus", "Tb. Ahmad Syarifudin"}


def test_police_chiefs_by_their_contracted_titles_and_no_post_in_a_buildings_name() -> None:
    ex = run(
        "Rapat digelar di Ruang Rapat Kantor Bupati Minahasa Utara, Airmadidi. Hadir Kapolres Minut AKBP Adrian "
        "Lumentut dan Kapolrestabes Bandung Kombes Pol Eko Prasetyo Nugroho.",
        site="www.beritacontoh.com",
    )
    assert roles(ex) == {
        ("Adrian Lumentut", "Kepala", "Polres Minahasa Utara", None),
        ("Eko Prasetyo Nugroho", "Kepala", "Polrestabes Bandung", None),
    }


def test_a_title_where_the_ruling_is_no_subject_still_reports_the_meeting() -> None:
    ex = run(
        "KPU Kabupaten Alor menetapkan pasangan calon terpilih dalam rapat pleno terbuka di Aula Hotel Pelangi, "
        "Kamis (6/2/2025). Rapat pleno dipimpin Ketua KPU Kabupaten Alor, Markus Lakapu.",
        title="KPU Alor Tetapkan Paslon Bupati Terpilih Usai MK Tolak Gugatan",
        site="www.beritacontoh.com",
    )
    assert ex.event is not None and ("Markus Lakapu", "leader") in {(p.person, p.capacity) for p in ex.participations}


def test_a_verb_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    ex = run(
        "Ditemui Timor Express, Jumat (14/3/2025), Ketua KPU Kabupaten Alor, Markus Lakapu, menjelaskan sisa dana.",
        title="KPU Alor Luncurkan Gerakan Coklit Serentak",
        site="www.beritacontoh.com",
    )
    assert {p.name for p in ex.persons} == {"Markus Lakapu"}
    assert ex.event is not None and ex.event.kind == "peluncuran"


def test_a_short_name_from_the_middle_of_a_name_and_no_person_running_into_a_body() -> None:
    ex = run(
        "Kegiatan dibuka Wakil Dekan Universitas Hasanuddin (Unhas), Dr. Andi Tenri Sompa. Dalam sambutannya, Andi "
        "Tenri berharap kerja sama berlanjut. “Kami siap membuka ruang magang bersama Bawaslu,” ujar Tenri. Diskusi "
        "dipandu dosen Departemen Ilmu Politik Unhas, Muhammad Fadli Lewa.",
        site="sulsel.bawaslu.go.id",
    )
    assert {p.name for p in ex.persons} == {"Andi Tenri Sompa", "Muhammad Fadli Lewa"}
    assert [q.speaker for q in ex.quotes] == ["Andi Tenri Sompa"]


def test_each_of_a_list_before_masing_masing_holds_the_post() -> None:
    ex = run(
        "DKPP menjatuhkan sanksi peringatan keras kepada Teradu II Maria Bunga, Teradu III Yosef Lalang dan Teradu IV "
        "Rina Lado, masing-masing anggota KPU Kabupaten Alor.",
        site="www.beritacontoh.com",
    )
    assert {p for p, r, o, _ in roles(ex) if (r, o) == ("Anggota", "KPU Kabupaten Alor")} == {
        "Maria Bunga", "Yosef Lalang", "Rina Lado",
    }  # fmt: skip


def test_an_officers_rank_ends_the_unit_and_opens_the_name_and_a_domain_credit_is_no_person() -> None:
    ex = run(
        "Hadir Danrem 161/Wira Sakti Brigjen TNI Yosef Lalang dan Kapolda NTT Irjen Pol Markus Lakapu.\n"
        "Foto: apel pasukan. PosKupang.com/Maria Bunga",
        site="kupang.tribunnews.com",
    )
    assert {p.name for p in ex.persons} == {"Yosef Lalang", "Markus Lakapu"}
    assert ("Yosef Lalang", "Komandan", "Korem 161/Wira Sakti", None) in roles(ex)


def test_an_attendee_who_asks_for_something_later_spoke_at_the_event() -> None:
    ex = run(
        "KPU Kabupaten Alor menggelar rapat pleno terbuka, Rabu (2/7/2025). Rapat dihadiri Anggota Bawaslu "
        "Kabupaten Alor Maria Bunga.\n\nMaria meminta KPU membuka akses data kepada pengawas."
    )
    assert ("Maria Bunga", "speaker") in {(p.person, p.capacity) for p in ex.participations}


def test_an_arabic_article_s_hyphen_joins_no_pair() -> None:
    ex = run("Ketua KPU Provinsi Jambi, Muhammad Ridho Al-Habsyi, mengatakan hal itu.")
    assert [p.name for p in ex.persons] == ["Muhammad Ridho Al-Habsyi"]


def test_hi_before_a_name_is_a_pilgrim_s_title_and_inside_one_a_patronymic() -> None:
    ex = run("Acara dibuka Ketua Bawaslu Provinsi Lampung, Hi. Ridwan Saputra Abung, S.H., M.H.")
    assert [p.name for p in ex.persons] == ["Ridwan Saputra Abung"]
    ex = run("Ketua KPU Kota Ternate, Abubakar Hi. Umar, mengatakan hal itu.")
    assert [p.name for p in ex.persons] == ["Abubakar Hi. Umar"]
