"""Time entity resolution on a large synthetic set of extractions (no extraction, resolve only).

    .venv/bin/python bench/resolve_bench.py 100000

Each article names three people from a population of about N/5 (given names x family names),
with a role in one of 500 bodies; one name in fifty is written with a one-letter typo in its last
word. Target: 100k articles resolve in well under a minute on a 2-core machine, i.e. candidate
blocking keeps the work near-linear in the number of distinct names.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date

from kpugraph.models import Article, Extraction, Membership, Org, PersonMention, Span
from kpugraph.resolve import resolve

GIVEN = (
    "Agus Ahmad Andi Budi Citra Dedi Dewi Eko Fajar Gita Hadi Indah Joko Kartika Lina Made Nur Putri Rudi Sari".split()
)
FAMILY = "Santoso Wibowo Pratama Saputra Lestari Hidayat Nugroho Setiawan Kurniawan Susanto Wijaya Rahman".split()


def population(n: int, rng: random.Random) -> list[str]:
    names = set()
    while len(names) < n:
        k = rng.choice((2, 2, 3))
        parts = [rng.choice(GIVEN) for _ in range(k - 1)] + [
            rng.choice(FAMILY) + rng.choice(("", "o", "i", "an", "ta"))
        ]
        names.add(" ".join(dict.fromkeys(parts)))
    return sorted(names)


def typo(name: str, rng: random.Random) -> str:
    *rest, last = name.split()
    i = rng.randrange(1, len(last))
    return " ".join([*rest, last[:i] + rng.choice("aiueo") + last[i + 1 :]])


def main(articles: int) -> None:
    rng = random.Random(7)
    people = population(max(1000, articles // 5), rng)
    bodies = [Org(f"KPU Uji {i}", f"kpu-uji-{i}", "kpu") for i in range(500)]
    home = {p: rng.choice(bodies) for p in people}
    span = Span(0, 1)
    exs = []
    for a in range(articles):
        names = [rng.choice(people) for _ in range(3)]
        written = [typo(n, rng) if rng.random() < 0.02 else n for n in names]
        art = Article(f"a{a}", "t", "x", "bench", published=date(2025, 1, 1))
        exs.append(
            Extraction(
                art,
                persons=tuple(PersonMention(w, span) for w in written),
                memberships=tuple(
                    Membership(w, "Anggota", home[n], None, span) for w, n in zip(written, names, strict=True)
                ),
            )
        )
    t = time.perf_counter()
    res = resolve(exs)
    took = time.perf_counter() - t
    distinct = len({p.name for e in exs for p in e.persons})
    print(f"{articles} articles, {distinct} distinct names: resolved in {took:.1f} s, {len(res.merges)} merges")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
