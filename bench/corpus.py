"""A synthetic corpus of KPU news articles for the benchmark, as JSON Lines.

Articles are written from templates in the shapes of real KPU news (see DOMAIN.md): every
role-phrase shape, the date forms "Selasa (2/12)", "Jumat (18/7/2025)", "Kamis, 19 Juni 2025"
and "Selasa 7 Oktober 2025", recurring series with editions, Constitutional Court case numbers,
acronyms defined in the text, quotes with "ujar NAME" and a closing credit. Bodies and places
come from the official region list; each body has a fixed roster of generated people, and every
article also names a few new guests, so entity counts grow with the corpus the way a real one
does (not one article copied N times). The same N and seed always give the same bytes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from kpugraph.regions import Region, gazetteer

FIRST = (
    "Ahmad Budi Citra Dewi Eko Fajar Gita Hendra Indah Joko Kartika Lestari Muhammad Nur Oki Putri "
    "Rahmat Sri Tri Umar Vina Wahyu Yusuf Zainal Agus Bambang Dian Endang Fitri Hadi Ika Jaka Kurnia "
    "Lukman Made Nanda Novi Okta Purnomo Ratna Siti Teguh Wulan Yanti Arif Bayu Cahyo Dodi Erni Fikri "
    "Galih Hana Imam Juwita Khoirul Lilis Mulyadi Nining Prasetyo Rizki Slamet Tuti Wawan Yudi Anisa "
    "Basuki Desi Elly Gunawan Heru Irma Kukuh Maria Nyoman Paulus Rina Sugeng Taufik Windi Yosef"
).split()
MIDDLE = "Tri Dwi Eka Sri Nur Maria Adi Budi Dewi Putra Putri Wahyu Rahma Hari Indra".split()
LAST = (
    "Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Wibowo Lestari Susanto Rahman "
    "Hakim Siregar Nasution Harahap Simanjuntak Pangaribuan Sitompul Lubis Tanjung Daulay Ginting "
    "Sembiring Tarigan Pohan Rangkuti Situmorang Manurung Purba Hutapea Sinaga Silalahi Panjaitan "
    "Halim Gunadi Kurniawan Prasetya Utomo Wardhana Hartono Suryadi Haryanto Firmansyah Permana "
    "Ramadhan Syahputra Maulana Hamzah Fauzi Iskandar Yulianto Mahendra Anggraini Wulandari Rahayu "
    "Safitri Handayani Puspita Amron Ujiono Zaini Ulfah Salomo Arafah Murwanto Wijayanti Perianto"
).split()
DEGREES = ("", "", "", ", S.Kom., M.Kom", ", SE, M.Si", ", S.H., M.H.", ", S.M", ", S.Sos")
DIVISIONS = (
    "Divisi Hukum dan Pengawasan",
    "Divisi Teknis Penyelenggaraan",
    "Divisi Perencanaan, Data, dan Informasi",
    "Divisi Sosdiklih, Parmas, dan SDM",
    "Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat, dan SDM",
    "Divisi Perencanaan dan Logistik",
)
SUBBAGS = (
    "Subbagian Perencanaan, Data, dan Informasi",
    "Subbag Teknis Penyelenggaraan Pemilu dan Hukum",
    "Subbagian Keuangan, Umum, dan Logistik",
    "Subbag Partisipasi dan Hubungan Masyarakat",
)
EVENTS = (
    ("rapat koordinasi", "rakor"),
    ("bimbingan teknis", "bimtek"),
    ("webinar", "webinar"),
    ("focus group discussion", "FGD"),
    ("rapat pleno", "pleno"),
    ("audiensi", "audiensi"),
    ("upacara", "upacara"),
)
TOPICS = (
    ("Sistem Akuntabilitas Kinerja Instansi Pemerintah", "SAKIP"),
    ("Pemutakhiran Data Pemilih Berkelanjutan", "PDPB"),
    ("Sistem Pengendalian Intern Pemerintah", "SPIP"),
    ("Rencana Strategis", "Renstra"),
    ("Pejabat Pengelola Informasi dan Dokumentasi", "PPID"),
    ("Jaringan Dokumentasi dan Informasi Hukum", "JDIH"),
    ("Sistem Informasi Partai Politik", "Sipol"),
)
SERIES = ("Kamis Sesuatu", "Ngopi Asli", "BerCanDa")
CASE_TYPES = (
    ("PHPU.BUP", "Bupati dan Wakil Bupati", "kabupaten"),
    ("PHPU.WAKO", "Wali Kota dan Wakil Wali Kota", "kota"),
)
GUEST_BODIES = (
    "Badan Pengawasan Keuangan dan Pembangunan (BPKP)",
    "Universitas Diponegoro",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Badan Kesbangpol",
)
WEEKDAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
INITIALS = ("sof", "lia", "dnp", "rhd", "ion", "awh", "aaa", "rap", "mfz", "tns")
ROMAN = tuple("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII XXIV".split())
# Prose without entities: real articles are mostly this (calibrated so that a generated article
# gives about as many quads as a development-set article: ~130).
FILLER = (
    "Kegiatan ini menjadi bagian dari upaya peningkatan akuntabilitas dan efektivitas pelaksanaan tugas.",
    "Dalam diskusi diungkapkan bahwa secara administratif seluruh tahapan telah berjalan sesuai ketentuan.",
    "Peserta diharapkan memiliki pemahaman yang komprehensif agar mampu mengimplementasikan materi secara optimal.",
    "Melalui forum ini seluruh satuan kerja diharapkan lebih solid dalam menyusun langkah strategis ke depan.",
    "Menurutnya, kolaborasi antara pemerintah daerah dan masyarakat menjadi kunci pelayanan publik yang baik.",
    "Dalam sesi diskusi, peserta menyampaikan sejumlah saran terkait penyempurnaan layanan kepada publik.",
    "Ia menilai strategi standar tidak selalu memadai untuk daerah dengan kondisi geografis yang berat.",
    "Evaluasi berkala dinilai penting untuk menjaga kualitas data dan transparansi informasi kepemiluan.",
    "Kegiatan berlangsung lancar dan diakhiri dengan sesi tanya jawab bersama seluruh peserta.",
    "Secara umum, pelayanan dinilai sudah baik meski tetap diperlukan beberapa perbaikan bertahap.",
    "Materi yang disampaikan meliputi penetapan tujuan, struktur dan proses, serta capaian organisasi.",
    "Seluruh jajaran diminta menindaklanjuti hasil kegiatan ini dalam rencana kerja tahun berikutnya.",
)
START = date(2023, 1, 2)


def _name(rng: random.Random) -> str:
    first = rng.choice(FIRST)
    if rng.random() < 0.35:
        first = f"{first} {rng.choice(MIDDLE)}"
    return f"{first} {rng.choice(LAST)}"


def _body_name(r: Region) -> str:
    return f"KPU {r.name}"


def _site(r: Region) -> str:
    prefix = {"kabupaten": "kab-", "kota": "kota-", "provinsi": "prov-"}[r.level]
    return f"{prefix}{r.bare.lower().replace(' ', '-')}.kpu.go.id"


@cache
def roster(code: str) -> dict[str, object]:
    """The people of one KPU body: a chair, four members with divisions, a secretary, subunit heads."""
    rng = random.Random(f"roster:{code}")
    return {
        "ketua": _name(rng),
        "anggota": [(_name(rng), DIVISIONS[(i + len(code)) % len(DIVISIONS)]) for i in range(4)],
        "sekretaris": _name(rng),
        "kasubbag": [(_name(rng), s) for s in SUBBAGS[:2]],
    }


def _date_phrase(rng: random.Random, d: date) -> str:
    wd = WEEKDAYS[d.weekday()]
    form = rng.randrange(4)
    if form == 0:
        return f"{wd} ({d.day}/{d.month})"
    if form == 1:
        return f"{wd} ({d.day}/{d.month}/{d.year})"
    if form == 2:
        return f"{wd}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{wd} {d.day} {MONTHS[d.month - 1]} {d.year}"


def _short(name: str) -> str:
    return name.split()[0] if not name.startswith(("Muhammad", "Ahmad")) else name.split()[-1]


def _article(n: int, rng: random.Random, places: list[Region], provinces: dict[str, Region]) -> dict[str, str]:
    r = rng.choice(places)
    prov = provinces[r.province_code]
    body, pbody = _body_name(r), _body_name(prov)
    ros = roster(r.code)
    d = START + timedelta(days=rng.randrange(3 * 365))
    when = _date_phrase(rng, d)
    kind, short = rng.choice(EVENTS)
    topic, acro = rng.choice(TOPICS)
    site = _site(r)
    mode = rng.choice(
        ("secara daring melalui Zoom Meeting", "secara luring di Aula " + body, "di Hotel Santika " + r.bare)
    )
    ketua, anggota = ros["ketua"], ros["anggota"]  # type: ignore[index]
    a1, a2, a3 = rng.sample(anggota, 3)  # type: ignore[arg-type]
    guest, guest2 = _name(rng), _name(rng)
    sents = []
    series = None
    if rng.random() < 0.3:
        series = rng.choice(SERIES)
        edition = ROMAN[rng.randrange(len(ROMAN))]
        sents.append(
            f"{r.bare}, {site} – {body} mengikuti kegiatan {series} Seri ke-{edition} yang digelar {pbody} "
            f"{mode}, {when}, dengan tema penguatan {topic} ({acro})."
        )
    else:
        sents.append(
            f"{r.bare}, {site} – Komisi Pemilihan Umum (KPU) {r.name} menggelar {kind} ({short}) {topic} ({acro}) "
            f"{mode}, {when}."
        )
    fill = iter(rng.sample(FILLER, 5))
    shape = rng.randrange(4)
    if shape == 0:
        sents.append(f"Kegiatan dibuka oleh Ketua {body}, {ketua}, yang menekankan pentingnya {acro}.")
    elif shape == 1:
        sents.append(f"Ketua {body}, {ketua}, bersama Anggota KPU, {a1[0]}, {a2[0]}, dan {a3[0]} hadir.")
    elif shape == 2:
        sents.append(f"Ketua {body} {ketua} menyampaikan bahwa {acro} harus dipahami seluruh jajaran.")
    else:
        sents.append(f"{ketua}, Ketua {body}, membuka kegiatan dan mengajak peserta aktif berdiskusi.")
    sents.append(next(fill))
    if rng.random() < 0.6:
        sents.append(
            f"{a1[0]}, Anggota {body}, {a1[1]} yang menjadi narasumber dalam kegiatan ini, "
            f"memaparkan capaian {acro} tahun {d.year}."
        )
    sents.append(next(fill))
    if rng.random() < 0.4:
        sents.append(f"Anggota {body} {a2[1]}, {a2[0]}{rng.choice(DEGREES)}, menjelaskan langkah tindak lanjut.")
    if rng.random() < 0.7:
        q = rng.choice((
            "Kita harus memastikan setiap tahapan berjalan akuntabel dan transparan bagi masyarakat",
            "Evaluasi ini menjadi bahan perbaikan layanan kepada publik ke depan",
            "Koordinasi yang baik menjadi kunci keberhasilan penyelenggaraan pemilihan",
        ))
        sents.append(f"\"{q},\" ujar {_short(a1[0])}.")
    sents.append(next(fill))
    guests = rng.random()
    if guests < 0.25:
        sents.append(f"Hadir sebagai narasumber, {guest} ({pbody}) dan {guest2} (Divisi Hukum dan Pengawasan {body}).")
    elif guests < 0.5:
        sents.append(f"Kegiatan ini juga menghadirkan narasumber {guest} dari {rng.choice(GUEST_BODIES)}.")
    if rng.random() < 0.2:
        sec, sub = ros["kasubbag"][0]  # type: ignore[index]
        sents.append(f"Plt. Kepala {sub} {body} {sec}{rng.choice(DEGREES)} bertindak sebagai moderator.")
    if rng.random() < 0.2:
        ctype, office, level = rng.choice(CASE_TYPES)
        target = rng.choice([p for p in places if p.level == level] or places)
        num = rng.randrange(1, 320)
        year = rng.choice((2025, 2024))
        term = ROMAN[year - 2003]
        sents.append(
            f"Materi membahas Putusan Mahkamah Konstitusi (MK) Nomor {num}/{ctype}-{term}/{year} dalam perkara "
            f"PHPU {office} {target.bare} Tahun {year - 1} yang memerintahkan pemungutan suara ulang (PSU)."
        )
    sents.append(next(fill))
    if rng.random() < 0.4:
        sents.append(f"Kegiatan diikuti oleh Sekretaris {body}, {ros['sekretaris']}, serta jajaran sekretariat.")
    sents.append(next(fill))
    w, p = rng.choice(INITIALS), rng.choice(INITIALS)
    sents.append(f"({w}/ed. Foto: {p}/{body})")
    title = f"{body} {rng.choice(('Ikuti', 'Gelar', 'Hadiri'))} {short.capitalize()} {acro}" + (
        f" Lewat {series}" if series else f" Bersama {pbody}"
    )
    text = " ".join(sents)
    return {
        "id": f"bench-{n:07d}",
        "title": title,
        "text": text,
        "url": f"https://{site}/berita/{n}",
        "site": site,
        "date": (d + timedelta(days=rng.randrange(3))).isoformat(),
    }


def generate(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """N synthetic articles (dicts with id, title, text, url, site, date)."""
    g = gazetteer()
    places = [r for r in g.regions if r.level != "provinsi"]
    provinces = {r.code: r for r in g.regions if r.level == "provinsi"}
    rng = random.Random(seed)
    for i in range(n):
        yield _article(i, rng, places, provinces)


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """Write N articles as JSON Lines to `path` (one file)."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in generate(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
