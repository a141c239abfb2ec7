"""Organisations against the official region list: every level, short forms, enumerations."""

from __future__ import annotations

import pytest

from kpugraph import regions
from kpugraph.orgs import body_by_key, find_orgs, is_election_body_site, is_kpu_site, site_body


def names(text: str, site: str | None = None) -> list[str]:
    return [o.org.name for o in find_orgs(text, site)]


def test_region_list_is_complete() -> None:
    g = regions.gazetteer()
    assert sum(r.level == "provinsi" for r in g.regions) == 38
    assert sum(r.level != "provinsi" for r in g.regions) == 514


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KPU Jateng", "KPU Provinsi Jawa Tengah"),
        ("KPU Prov. Sumbar", "KPU Provinsi Sumatera Barat"),
        ("KPU Kab. Pati", "KPU Kabupaten Pati"),
        ("KPU Boyolali", "KPU Kabupaten Boyolali"),
        ("KPU Kota Kupang", "KPU Kota Kupang"),
        ("KIP Sabang", "KIP Kota Sabang"),
        ("Komisi Pemilihan Umum (KPU) Kabupaten Nabire", "KPU Kabupaten Nabire"),
        ("KPU RI", "KPU RI"),
        ("Bawaslu Kaltim", "Bawaslu Provinsi Kalimantan Timur"),
        ("Panwaslih Kabupaten Pidie", "Panwaslih Kabupaten Pidie"),
        ("Panitia Pengawas Pemilihan (Panwaslih) Kota Sabang", "Panitia Pengawas Pemilihan Kota Sabang"),
        # official spellings, names written as one word or with a hyphen, former names, news short forms
        ("KPU Kota Bau-Bau", "KPU Kota Baubau"),
        ("KPU Kabupaten Toli-Toli", "KPU Kabupaten Tolitoli"),
        ("KPU Kota Tanjung Pinang", "KPU Kota Tanjungpinang"),
        ("KPU Kabupaten Gunung Kidul", "KPU Kabupaten Gunungkidul"),
        ("KPU Kabupaten Maluku Tenggara Barat", "KPU Kabupaten Kepulauan Tanimbar"),
        ("KPU Kukar", "KPU Kabupaten Kutai Kartanegara"),
        ("KPU Kota Administrasi Jakarta Selatan", "KPU Kota Jakarta Selatan"),
        ("Bawaslu Kabupaten Adm. Kepulauan Seribu", "Bawaslu Kabupaten Kepulauan Seribu"),
    ],
)
def test_short_forms(text: str, expected: str) -> None:
    assert names(f"Rapat bersama {text} berlangsung.") == [expected]


def test_names_are_the_current_official_ones() -> None:
    assert all("(" not in r.bare for r in regions.gazetteer().regions)  # former names are keys, not names
    assert regions.lookup("Sitaro") == regions.lookup("Kepulauan Siau Tagulandang Biaro")


def test_ambiguous_name_takes_the_sites_own_level() -> None:
    assert names("KPU Semarang menggelar rapat.", "kota-semarang.kpu.go.id") == ["KPU Kota Semarang"]
    assert names("KPU Semarang menggelar rapat.", "kab-semarang.kpu.go.id") == ["KPU Kabupaten Semarang"]


def test_bare_kpu_is_the_sites_satker_and_levels_are_not_bodies() -> None:
    assert names("KPU menetapkan DPT.", "kab-nabire.kpu.go.id") == ["KPU Kabupaten Nabire"]
    assert names("KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia hadir.", "kab-nabire.kpu.go.id") == []


def test_enumerated_bodies() -> None:
    got = names("Penghargaan diraih KPU Kabupaten Agam, Tanah Datar, dan Kota Solok.")
    assert got == ["KPU Kabupaten Agam", "KPU Kabupaten Tanah Datar", "KPU Kota Solok"]
    # a province after a body says where it is, not another body
    assert names("KPU Kabupaten Pati, Jawa Tengah, hadir.") == ["KPU Kabupaten Pati"]


def test_hierarchy_from_region_codes() -> None:
    kota = body_by_key("kpu-33-74")
    assert kota is not None and kota.name == "KPU Kota Semarang" and kota.parent_key == "kpu-33"
    prov = body_by_key(kota.parent_key or "")
    assert prov is not None and prov.parent_key == "kpu-ri"
    assert site_body("kab-grobogan.kpu.go.id") == body_by_key("kpu-33-15")


def test_acronyms_stay_as_written_unless_the_article_expands_them() -> None:
    assert "BPKP" in names("Narasumber dari BPKP hadir.")
    assert "Badan Pengawasan Keuangan dan Pembangunan" in names(
        "Narasumber dari Badan Pengawasan Keuangan dan Pembangunan (BPKP) hadir."
    )
    assert names("Putusan MK dibacakan.") == ["Mahkamah Konstitusi"]


def test_a_national_body_s_office_in_a_region_is_named_as_written() -> None:
    got = names("Kepala Ombudsman RI Perwakilan Sulawesi Tenggara dan BPKP Perwakilan Provinsi Maluku hadir.")
    assert got == ["Ombudsman RI Perwakilan Sulawesi Tenggara", "BPKP Perwakilan Provinsi Maluku"]
    assert names("Ombudsman RI Perwakilan kami hadir.") == ["Ombudsman RI"]  # no region: the body itself
    assert names("Badan Pemeriksa Keuangan (BPK) Perwakilan Provinsi Riau hadir.") == [
        "Badan Pemeriksa Keuangan Perwakilan Provinsi Riau"  # its acronym is no part of its name
    ]


def test_a_monitoring_network_s_chapter_is_named_with_its_region_once() -> None:
    text = "Komite Independen Pemantau Pemilu (KIPP) Riau menemukan pelanggaran. Koordinator KIPP Riau hadir."
    assert set(names(text)) == {"Komite Independen Pemantau Pemilu Riau"}
    assert names("Koordinator KIPP Riau hadir.") == ["KIPP Riau"]  # never spelled out: as written


def test_a_regional_head_the_article_defines_by_acronym_is_spelled_out_in_later_uses() -> None:
    text = "Jaksa Kejaksaan Negeri (Kejari) Gowa dan Sentra Penegakan Hukum Terpadu (Gakkumdu) Kabupaten Gowa."
    text += " Kejari Gowa"
    got = names(text + " menahan, dan Sentra Gakkumdu Kabupaten Gowa juga.")
    assert list(dict.fromkeys(got)) == ["Kejaksaan Negeri Gowa", "Sentra Penegakan Hukum Terpadu Kabupaten Gowa"]


def test_a_regional_court_is_named_with_its_seat_and_a_body_by_its_short_forms_once() -> None:
    assert names("PTUN Jayapura dan Pengadilan Tinggi Tata Usaha Negara (PTTUN) Makassar memutus.") == [
        "PTUN Jayapura",
        "Pengadilan Tinggi Tata Usaha Negara Makassar",
    ]
    assert names("Sidang di Gedung MK Jakarta.") == ["Mahkamah Konstitusi"]  # a national court has no seat name
    assert names("Sentra Gakkumdu menangani kasus itu. Gakkumdu bekerja cepat.") == ["Sentra Gakkumdu"] * 2


def test_a_bare_kpu_in_a_news_report_is_the_one_it_names_else_after_a_post_the_national_one() -> None:
    site = "kompas.com"
    assert names("Ketua KPU Tiara Simanjuntak dan Anggota Bawaslu Yosef Lako hadir.", site) == ["KPU RI", "Bawaslu RI"]
    assert names("KPU Kota Ternate menggelar pleno. Ketua KPU Rizal Umar membukanya.", site) == [
        "KPU Kota Ternate",
        "KPU Kota Ternate",
    ]
    assert names("Semua pihak, termasuk KPU dan Bawaslu, diminta netral.", site) == []  # no post: no body
    assert names("KPU Kota Ternate dan KPU Kota Tidore hadir. Ketua KPU Rizal Umar membuka.", site) == [
        "KPU Kota Ternate",
        "KPU Kota Tidore Kepulauan",
    ]  # two named: which one is not said


def test_a_known_bodys_acronym_in_parentheses_closes_its_name_unless_a_place_follows() -> None:
    got = names("Ketua Badan Pengawas Pemilu (Bawaslu) Abdul Gafur Lubis dan Universitas Islam Negeri (UIN) Walisongo.")
    assert got == ["Bawaslu RI", "Universitas Islam Negeri Walisongo"]  # the acronym is no part of the name


def test_a_defined_acronym_before_a_region_is_the_bodys_branch_there() -> None:
    got = names("Persatuan Penyandang Disabilitas Indonesia (PPDI) hadir. Ketua PPDI Kabupaten Buton bicara. PPDI ada.")
    whole = "Persatuan Penyandang Disabilitas Indonesia"
    assert got == [whole, "PPDI Kabupaten Buton", whole]
    assert names("Ketua Persatuan Tunarungu Indonesia (PTI) hadir bersama PTI Kotawaringin Timur.") == [
        "Persatuan Tunarungu Indonesia",
        "PTI Kabupaten Kotawaringin Timur",  # a region with no level word
    ]
    jepara = "Dinas Kearsipan dan Perpustakaan Kabupaten Jepara"
    assert names("Dinas Kearsipan dan Perpustakaan (Diskarpus) Kabupaten Jepara hadir. Diskarpus Jepara siap.") == [
        jepara,
        jepara,  # the acronym with the body's own region is the body
    ]


def test_a_venue_after_a_body_and_the_jdih_network_are_no_part_or_body() -> None:
    assert names("Seminar Universitas Mulawarman di Gedung Rektorat Universitas Mulawarman.") == [
        "Universitas Mulawarman",
        "Universitas Mulawarman",
    ]
    assert names("Layanan Jaringan Dokumentasi dan Informasi Hukum (JDIH) KPU diperkuat.") == []


def test_two_bodies_joined_by_dan_and_a_numbered_class_of_prison() -> None:
    assert names("Polda Papua Tengah dan Pemerintah Kabupaten Puncak Jaya hadir.") == [
        "Polda Papua Tengah",
        "Pemerintah Kabupaten Puncak Jaya",
    ]
    assert names("Petugas Lapas Kelas I Kedungpane hadir.") == ["Lapas Kelas I Kedungpane"]


def test_institutions_by_head_word() -> None:
    got = names(
        "Sosialisasi di Universitas Cenderawasih bersama Polres Jayapura Kota dan Dinas Sosial Kabupaten Mimika."
    )
    assert "Universitas Cenderawasih" in got
    assert "Dinas Sosial Kabupaten Mimika" in got


def test_civil_society_bodies_and_a_name_with_dan_that_its_acronym_opens() -> None:
    got = names(
        "Audiensi Lingkar Inklusi dan Gerakan Advokasi Tunanetra (LIGAT), Kaukus Perempuan Politik Maluku "
        "dan Koalisi Pemantau Pemilu Sulawesi hadir."
    )
    assert got == [
        "Lingkar Inklusi dan Gerakan Advokasi Tunanetra",
        "Kaukus Perempuan Politik Maluku",
        "Koalisi Pemantau Pemilu Sulawesi",
    ]
    assert names("Warga Desa dan Gerakan Pemuda Tani (GPT) hadir.") == ["Gerakan Pemuda Tani"]  # G opens GPT


def test_an_acronym_in_parentheses_is_no_part_of_the_name() -> None:
    assert names("Bacalon dari Partai Bulan Bintang (PBB) untuk pelaksanaan pemilu.") == ["Partai Bulan Bintang"]


def test_a_state_school_is_spelled_out_only_where_the_article_spells_it_out() -> None:
    assert names("Sosialisasi di SMA N 2 Waingapu.") == ["SMA N 2 Waingapu"]
    assert names("Kepala SMA Negeri 2 Waingapu hadir. Siswa SMAN 2 Waingapu antusias.") == ["SMA Negeri 2 Waingapu"] * 2


@pytest.mark.parametrize(
    ("site", "body"),
    [
        ("kip.pidiejayakab.go.id", "KIP Kabupaten Pidie Jaya"),
        ("kip-acehtamiangkab.go.id", "KIP Kabupaten Aceh Tamiang"),
        ("kip.acehprov.go.id", "KIP Aceh"),
        ("kpu.dompukab.go.id", "KPU Kabupaten Dompu"),
        ("kpud-sintangkab.go.id", "KPU Kabupaten Sintang"),
        ("kota-ternate.kpu.go.id", "KPU Kota Ternate"),
    ],
)
def test_a_satker_site_under_its_regions_domain_is_a_kpu_site(site: str, body: str) -> None:
    assert is_kpu_site(site)
    found = site_body(site)
    assert found is not None and found.name == body


def test_other_government_and_media_sites_are_not_kpu_sites() -> None:
    assert not any(is_kpu_site(s) for s in ("pidiejayakab.go.id", "detik.com", "antaranews.com", "bawaslu.go.id"))


@pytest.mark.parametrize(
    ("site", "body"),
    [
        ("bawaslu.go.id", "Bawaslu RI"),
        ("jatim.bawaslu.go.id", "Bawaslu Provinsi Jawa Timur"),
        ("bantul.bawaslu.go.id", "Bawaslu Kabupaten Bantul"),
    ],
)
def test_a_bawaslu_site_is_an_election_body_site_of_its_bawaslu(site: str, body: str) -> None:
    assert is_election_body_site(site) and not is_kpu_site(site)
    found = site_body(site)
    assert found is not None and found.name == body
    assert [m.org.name for m in find_orgs("Bawaslu menggelar rapat koordinasi.", site)] == [body]


def test_a_regency_acronym_counts_only_in_capitals() -> None:
    assert [o.org.name for o in find_orgs("Ketua KPU TTS dan Bawaslu OKU Timur hadir.", None)] == [
        "KPU Kabupaten Timor Tengah Selatan",
        "Bawaslu Kabupaten Ogan Komering Ulu Timur",
    ]
    assert regions.lookup("OKI") and not regions.lookup("Oki")  # "Oki" is a given name


def test_an_acronym_in_parentheses_then_a_preposition_closes_the_name() -> None:
    text = "Rapat dengan Dewan Kehormatan Penyelenggara Pemilu (DKPP) di Kompleks Parlemen, Senayan."
    assert [o.org.name for o in find_orgs(text, None)] == ["Dewan Kehormatan Penyelenggara Pemilu"]


def test_ad_hoc_bodies_are_named_after_their_district_or_village() -> None:
    text = (
        "Hadir Ketua PPK Pringgabaya Lalu Hamdi bersama anggota PPK Baiq Rina, Ketua PPS Suela Ahmad Junaidi, "
        "dan Ketua Panwaslu Kecamatan Sakra Timur, Rudi Hartono."
    )
    got = [(text[o.start : o.end], o.org.name) for o in find_orgs(text, "kab-lombok-timur.kpu.go.id")]
    assert got == [
        ("PPK Pringgabaya", "PPK Pringgabaya"),  # a district of Lombok Timur: the name after it is no part
        ("PPK", "PPK Pringgabaya"),  # "anggota PPK NAME": the PPK named before
        ("PPS Suela", "PPS Suela"),  # a village: one word when no comma closes it
        ("Panwaslu Kecamatan Sakra Timur", "Panwaslu Kecamatan Sakra Timur"),
    ]


def test_an_acronym_the_article_defines_names_the_same_body_later() -> None:
    text = (
        "KPU beraudiensi dengan Dinas Perpustakaan dan Kearsipan (Dispusip) Kabupaten Sumba Timur. "
        "Kepala Dispusip menyambut baik."
    )
    got = [(text[o.start : o.end], o.org.name) for o in find_orgs(text, None)]
    assert got[-1] == ("Dispusip", "Dinas Perpustakaan dan Kearsipan Kabupaten Sumba Timur")


def test_the_place_right_after_a_body_word_ends_its_name() -> None:
    text = "Hadir perwakilan dari Polres Ende Yosef Dhae, dan dari Lanud Kupang."
    assert [o.org.name for o in find_orgs(text, None)][0] == "Polres Ende"


def test_a_known_body_ends_before_the_name_that_follows_it() -> None:
    text = (
        "Anggota DPD RI Maria Goreti Tefa menyambut baik putusan. Sekjen DPP Partai Demokrat Yoppi Lomboan "
        "menolak. Anggota Dewan Perwakilan Rakyat Daerah Kabupaten Alor hadir."
    )
    got = [(text[o.start : o.end], o.org.name) for o in find_orgs(text, None)]
    assert ("DPD RI", "DPD RI") in got
    assert ("DPP Partai Demokrat", "Partai Demokrat") in got  # the party's central board is the party
    assert any(name.startswith("Dewan Perwakilan Rakyat Daerah") for _, name in got)


def test_bodies_with_an_english_name() -> None:
    text = (
        "Peneliti Kupang Budget Watch (KBW), Rina Lado, dan Direktur Eksekutif Network for Civic Education "
        "and Integrity menilai biaya PSU tinggi. Konferensi pers digelar di Media Center KPU RI dan di Batam "
        "Center."
    )
    names = [o.org.name for o in find_orgs(text, None)]
    assert "Kupang Budget Watch" in names and "Network for Civic Education and Integrity" in names
    assert not any(n.endswith("Center") for n in names)  # a press room and a place, no bodies


def test_a_persons_title_after_a_body_ends_its_name() -> None:
    text = "Ketua Umum Asosiasi Dosen Nusa Tenggara (ADNT) Prof. Maria Lede Bunga dan Ketua Ikatan Guru Alor Dr. Yosef."
    assert [o.org.name for o in find_orgs(text, None)] == ["Asosiasi Dosen Nusa Tenggara", "Ikatan Guru Alor"]


def test_newspapers_and_radio_stations_are_bodies_but_an_executive_chair_is_no_newspaper() -> None:
    text = "KPU mengunjungi Harian Flores Pos dan Radio Suara Timor, lalu bertemu Ketua Harian Partai Demokrat."
    assert [o.org.name for o in find_orgs(text, None)] == ["Harian Flores Pos", "Radio Suara Timor", "Partai Demokrat"]


def test_regional_bodies_by_their_regions_name_and_dkpps_examining_teams() -> None:
    text = (
        "Hadir Kapolres TTS, anggota Tim Pemeriksa Daerah (TPD) Provinsi Maluku, dan Dinas Kependudukan dan "
        "Pencatatan Sipil (Disdukcapil) Kota Ambon."
    )
    names = [o.org.name for o in find_orgs(text, None)]
    assert "Tim Pemeriksa Daerah Provinsi Maluku" in names
    assert any(n.endswith("Kota Ambon") for n in names)


def test_church_bodies_are_bodies_but_a_church_as_venue_is_none() -> None:
    text = (
        "Ketua Klasis Alor Gereja Masehi Injili di Timor hadir bersama Jemaat Efata Kalabahi. "
        "Ibadah digelar di Gereja Katedral."
    )
    names = [o.org.name for o in find_orgs(text, None)]
    assert "Jemaat Efata Kalabahi" in names and any(n.startswith("Gereja Masehi Injili") for n in names)
    assert "Gereja Katedral" not in names


def test_a_village_youth_organisation_is_a_body() -> None:
    assert names("Ketua Karang Taruna Desa Hanura, Rian Hidayat, hadir.") == ["Karang Taruna Desa Hanura"]


def test_a_body_named_only_by_its_short_forms_takes_the_longest_for_all() -> None:
    got = names("Draf itu dikonsultasikan kepada DPR. Wakil Ketua Komisi II DPR RI Dede Kurniasih hadir.")
    assert set(got) == {"DPR RI"}
