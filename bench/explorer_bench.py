"""Explorer benchmark: a synthetic graph of ~10,000 articles -> the page -> headless Chromium.

Prints one row per node budget: nodes and edges drawn, entities in the graph, page size, time to
generate the page in Python, and time to interactive in headless Chromium (navigation start until
the page has drawn and stopped its layout; the target is under 5 s).

    .venv/bin/python bench/explorer_bench.py                 # 10,000 articles, budgets 1500 and 5000
    .venv/bin/python bench/explorer_bench.py --articles 2000 --max-nodes 1500

The synthetic graph follows the graph model of the README (one named graph per article, bodies
and regions in the reference graph) and is generated here with rdflib, not by the pipeline, so
the benchmark measures the explorer alone.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from rdflib import Dataset, Literal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpugraph import export, visualize  # noqa: E402
from kpugraph.vocab import DCTERMS, FOAF, ID, KPU, ORG, PROV, RDF, SCHEMA, SKOS, XSD  # noqa: E402

FIRST = ["Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Agus", "Nur", "Sri", "Eko", "Hendra", "Indah", "Joko", "Lina",
         "Made", "Putu", "Rina", "Teguh", "Wahyu", "Yusuf", "Zainal", "Fitri", "Hadi", "Kurnia", "Mulyono"]
LAST = ["Santoso", "Wijaya", "Rahayu", "Saputra", "Hidayat", "Lestari", "Kusuma", "Pratama", "Nugroho", "Setiawan",
        "Purnomo", "Utami", "Firmansyah", "Maulana", "Siregar", "Harahap", "Sembiring", "Nasution", "Zaini", "Amron"]
ROLES = ["Ketua", "Anggota", "Sekretaris", "Kasubbag Teknis", "Kasubbag Hukum", "Kasubbag Keuangan", "Operator"]
DIVISIONS = ["Divisi Hukum dan Pengawasan", "Divisi Teknis Penyelenggaraan", "Divisi Perencanaan, Data dan Informasi",
             "Divisi Sosdiklih, Parmas dan SDM"]
KINDS = ["rakor", "bimtek", "webinar", "FGD", "sosialisasi", "upacara", "rapat pleno", "kunjungan"]
TOPICS = ["pemilu", "pilkada", "logistik", "SAKIP", "SPIP", "renstra", "verifikasi", "PHPU", "arsip", "e-katalog",
          "layanan publik", "pendidikan pemilih", "integritas", "etika digital", "data pemilih", "partai politik",
          "PAW", "sengketa", "kajian hukum", "netralitas ASN", "keuangan", "kepegawaian", "humas", "JDIH"]
SERIES = ["Kamis Sesuatu", "Ngopi Asli", "Forum Konsultasi Publik", "Jumat Berkah", "Selasa Belajar", "Rabu Diskusi",
          "KPU Menyapa", "Kelas Pemilu", "Sapa Pemilih", "Bincang Data"]
CAPACITIES = ["speaker", "moderator", "opener", "attendee", "leader"]


def synthetic_graph(articles: int, seed: int = 1) -> Dataset:
    """A graph shaped like the pipeline's output for `articles` articles (deterministic for a seed)."""
    rnd = random.Random(seed)
    ds = Dataset()
    ref = ds.graph(ID["graph/reference"])
    kpu_ri = ID["org/kpu-ri"]
    ref.add((kpu_ri, RDF.type, ORG.Organization))
    ref.add((kpu_ri, RDF.type, KPU.ElectionBody))
    ref.add((kpu_ri, SKOS.prefLabel, Literal("KPU RI")))
    bodies = [kpu_ri]
    for prov in range(11, 49):
        pbody, pplace = ID[f"org/kpu-{prov}"], ID[f"place/{prov}"]
        ref.add((pplace, RDF.type, SCHEMA.AdministrativeArea))
        ref.add((pplace, SKOS.prefLabel, Literal(f"Provinsi {prov}")))
        for s, p, o in ((pbody, RDF.type, ORG.Organization), (pbody, RDF.type, KPU.ElectionBody),
                        (pbody, SKOS.prefLabel, Literal(f"KPU Provinsi {prov}")),
                        (pbody, ORG.subOrganizationOf, kpu_ri),
                        (pbody, KPU.region, pplace)):
            ref.add((s, p, o))
        bodies.append(pbody)
        for kab in range(1, 15):
            code = f"{prov}-{kab:02d}"
            body, place = ID[f"org/kpu-{code}"], ID[f"place/{code}"]
            ref.add((place, RDF.type, SCHEMA.AdministrativeArea))
            ref.add((place, SKOS.prefLabel, Literal(f"Kabupaten {code}")))
            ref.add((place, SCHEMA.containedInPlace, pplace))
            for s, p, o in ((body, RDF.type, ORG.Organization), (body, RDF.type, KPU.ElectionBody),
                            (body, SKOS.prefLabel, Literal(f"KPU Kabupaten {code}")),
                            (body, ORG.subOrganizationOf, pbody), (body, KPU.region, place)):
                ref.add((s, p, o))
            bodies.append(body)
    people = [f"{a} {b} {c}" for a in FIRST for b in FIRST if a != b for c in LAST]
    rnd.shuffle(people)
    people = people[:3000]
    start = date(2023, 1, 1)
    for i in range(articles):
        art = ID[f"article/syn{i:06d}"]
        g = ds.graph(art)
        day = start + timedelta(days=rnd.randrange(1000))
        bi = rnd.randrange(len(bodies))
        body = bodies[bi]
        title = f"{rnd.choice(['KPU', 'Komisioner', 'Sekretariat'])} {body.rsplit('/', 1)[-1]} {rnd.choice(KINDS)} {i}"
        g.add((art, RDF.type, SCHEMA.NewsArticle))
        g.add((art, SCHEMA.headline, Literal(title)))
        g.add((art, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date)))
        g.add((art, SCHEMA.url, Literal(f"https://example.kpu.go.id/berita/{i}")))
        g.add((art, SCHEMA.mentions, body))
        g.add((body, RDF.type, ORG.Organization))
        ev = ID[f"event/syn{i:06d}"]
        g.add((art, SCHEMA.about, ev))
        g.add((ev, RDF.type, SCHEMA.Event))
        g.add((ev, SKOS.prefLabel, Literal(title)))
        g.add((ev, SCHEMA.startDate, Literal(day.isoformat(), datatype=XSD.date)))
        g.add((ev, SCHEMA.organizer, body))
        if rnd.random() < 0.15:
            s = ID[f"series/s{rnd.randrange(len(SERIES))}"]
            g.add((s, RDF.type, SCHEMA.EventSeries))
            g.add((s, SKOS.prefLabel, Literal(SERIES[int(str(s)[-1])])))
            g.add((ev, SCHEMA.superEvent, s))
        for t in rnd.sample(TOPICS, 3):
            topic = ID[f"topic/{t.lower().replace(' ', '-')}"]
            g.add((topic, RDF.type, SKOS.Concept))
            g.add((topic, SKOS.prefLabel, Literal(t)))
            g.add((art, DCTERMS.subject, topic))
        for j in range(rnd.randint(1, 3)):
            name = people[(bi * 5 + j + rnd.randrange(6)) % len(people)]
            person = ID[f"person/{name.lower().replace(' ', '-').replace('.', '')}"]
            g.add((person, RDF.type, FOAF.Person))
            g.add((person, SKOS.prefLabel, Literal(name)))
            g.add((art, SCHEMA.mentions, person))
            role = rnd.choice(ROLES)
            sentence = f"{role} {body.rsplit('/', 1)[-1]}, {name}, membuka kegiatan {rnd.choice(KINDS)} tersebut."
            m = ID[f"membership/syn{i:06d}-{j}"]
            for p, o in ((RDF.type, ORG.Membership), (ORG.member, person), (ORG.organization, body),
                         (ORG.role, ID[f"role/{role.lower().replace(' ', '-')}"]), (PROV.wasDerivedFrom, art),
                         (KPU.sourceText, Literal(sentence)),
                         (KPU.statedOn, Literal(day.isoformat(), datatype=XSD.date))):
                g.add((m, p, o))
            g.add((ID[f"role/{role.lower().replace(' ', '-')}"], SKOS.prefLabel, Literal(role)))
            if role == "Anggota":
                unit = ID[f"unit/{body.rsplit('/', 1)[-1]}/d{j}"]
                g.add((unit, RDF.type, ORG.OrganizationalUnit))
                g.add((unit, SKOS.prefLabel, Literal(DIVISIONS[j % len(DIVISIONS)])))
                g.add((unit, ORG.unitOf, body))
                g.add((m, KPU.unit, unit))
            pt = ID[f"participation/syn{i:06d}-{j}"]
            for p, o in ((RDF.type, KPU.Participation), (KPU.participant, person), (KPU.inEvent, ev),
                         (KPU.capacity, Literal(rnd.choice(CAPACITIES))), (PROV.wasDerivedFrom, art),
                         (KPU.sourceText, Literal(sentence))):
                g.add((pt, p, o))
        if rnd.random() < 0.02:
            ruling = ID[f"ruling/{i}-phpu-bup-xxiii-2025"]
            election = ID[f"election/bupati-{body.rsplit('/', 1)[-1]}-2024"]
            g.add((ruling, RDF.type, KPU.CourtRuling))
            g.add((ruling, SKOS.prefLabel, Literal(f"Putusan MK {i}/PHPU.BUP-XXIII/2025")))
            g.add((ruling, KPU.concernsElection, election))
            g.add((election, RDF.type, KPU.Election))
            g.add((election, SKOS.prefLabel, Literal(f"Pemilihan Bupati {body.rsplit('/', 1)[-1]} 2024")))
            g.add((art, SCHEMA.mentions, ruling))
    return ds


def time_to_interactive(page_path: Path) -> tuple[float, float]:
    """(seconds from navigation start to the page's ready mark, wall-clock seconds) in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t0 = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready]", state="attached", timeout=120_000)
        wall = time.perf_counter() - t0
        ready_ms = page.evaluate("kpugraphExplorer.readyAt")
        # interactive: a search answered right after the ready mark
        t1 = time.perf_counter()
        page.evaluate("kpugraphExplorer.search(kpugraphExplorer.data.nodes[0].fullLabel)")
        search_s = time.perf_counter() - t1
        browser.close()
        if errors:
            raise RuntimeError(f"page errors: {errors[:3]}")
        return ready_ms / 1000.0 + search_s, wall


def _embedded(page: str) -> dict:
    import json
    import re

    m = re.search(r'<script type="application/json" id="kpugraph-data">(.*?)</script>', page, re.S)
    assert m is not None
    return json.loads(m.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--max-nodes", type=int, nargs="+", default=[1500, 5000])
    args = parser.parse_args()

    t = time.perf_counter()
    ds = synthetic_graph(args.articles)
    quads = len(ds)
    print(f"synthetic graph: {args.articles:,} articles, {quads:,} quads in {time.perf_counter() - t:.1f} s",
          flush=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for budget in args.max_nodes:
            t = time.perf_counter()
            page = visualize.explorer_html(ds, max_nodes=budget)
            gen = time.perf_counter() - t
            data = _embedded(page)
            path = Path(tmp) / f"explorer-{budget}.html"
            export.write_atomic(path, page)
            tti, wall = time_to_interactive(path)
            total = sum(v for k, v in data["meta"]["total"].items() if k != "article")
            rows.append((args.articles, budget, total, len(data["nodes"]), len(data["edges"]),
                         len(page.encode("utf-8")) / 1e6, gen, tti, wall))
    header = ("articles", "budget", "entities", "nodes drawn", "edges", "page MB", "generate s", "interactive s",
              "load wall s")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print(f"| {r[0]:,} | {r[1]:,} | {r[2]:,} | {r[3]:,} | {r[4]:,} | {r[5]:.1f} | {r[6]:.1f} | {r[7]:.2f} | "
              f"{r[8]:.2f} |")


if __name__ == "__main__":
    main()
