"""Time per KB of extracting one article of 1 KB, 10 KB, 100 KB and 1 MB (issue 6): it should be flat.

The article is built from realistic sentences of the bundled sample (roles, names, dates, quotes,
rulings), repeated and lightly varied, so every extractor has work at every size. The 1 MB article
is over read.MAX_ARTICLE_CHARS, so it is handed to segment + extract directly, as a stress test.

    .venv/bin/python bench/linear_time.py            # 1 KB .. 1 MB
    .venv/bin/python bench/linear_time.py --max-kb 100
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kpugraph.extract import extract_article  # noqa: E402
from kpugraph.read import date_articles, make_article, read_articles  # noqa: E402
from kpugraph.segment import segment_article  # noqa: E402


def sentences() -> list[str]:
    """The sentences of the bundled sample, without the closing credit."""
    out = []
    for a in read_articles([ROOT / "examples"]):
        out.extend(s.text for s in segment_article(a) if not s.text.startswith("("))
    return out


def article_text(size: int, pool: list[str]) -> str:
    parts = ["Semarang, kota-semarang.kpu.go.id – "]
    n = 0
    total = len(parts[0])
    while total < size:
        s = pool[n % len(pool)]
        n += 1
        parts.append(s + " ")
        total += len(s) + 1
    return "".join(parts)[:size].rsplit(" ", 1)[0] + ". (sof/ed. Foto: awh/KPU Kota Semarang)"


def time_one(text: str, repeat: int) -> float:
    article = date_articles([make_article("KPU Kota Semarang Gelar Rapat Koordinasi", text, "bench")])[0]
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        extract_article(article, segment_article(article))
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1024)
    args = parser.parse_args()
    pool = sentences()
    print(f"{'size':>8}  {'seconds':>9}  {'ms per KB':>9}")
    for kb in (1, 10, 100, 1024):
        if kb > args.max_kb:
            break
        text = article_text(kb * 1024, pool)
        secs = time_one(text, repeat=3 if kb <= 100 else 1)
        print(f"{kb:>6} KB  {secs:>9.3f}  {1000 * secs / kb:>9.2f}", flush=True)


if __name__ == "__main__":
    main()
