"""Reading a 50 MB JSON Lines file in bounded memory (issue 6).

Generates SIZE MB of records (three per listing URL, as scraped pages give them, plus one
absurdly long record that must be reported and skipped), streams them through
`read.read_articles` without keeping them, and prints the time and the peak resident memory
of the process against the file size.

    .venv/bin/python bench/large_input.py            # 50 MB
    .venv/bin/python bench/large_input.py --mb 10
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kpugraph import read  # noqa: E402

SENTENCE = (
    "Ketua KPU Kota Semarang, Ahmad Zaini, membuka rapat koordinasi persiapan pemilihan di Aula KPU Kota "
    "Semarang, Senin (3/3/2025), yang dihadiri Anggota KPU Kota Semarang Divisi Hukum dan Pengawasan. "
)


def write_corpus(path: Path, megabytes: int) -> int:
    records = 0
    with path.open("w", encoding="utf-8") as fh:
        huge = {"title": "Terlalu panjang", "text": SENTENCE * (read.MAX_ARTICLE_CHARS // len(SENTENCE) + 100)}
        fh.write(json.dumps(huge) + "\n")
        while fh.tell() < megabytes * 1024 * 1024:
            url = f"https://kota-semarang.kpu.go.id/index.php/blog/category/104?page={records // 3}"
            text = "Semarang, kota-semarang.kpu.go.id – " + SENTENCE * 20
            fh.write(json.dumps({"title": f"Berita nomor {records}", "text": text, "url": url}) + "\n")
            records += 1
    return records + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.jsonl"
        records = write_corpus(path, args.mb)
        size = path.stat().st_size
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        warnings: list[str] = []
        t = time.perf_counter()
        count = sum(1 for _ in read.read_articles([path], warn=warnings.append))
        secs = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"file        {size / 2**20:8.1f} MB, {records} records")
    print(f"read        {count} articles in {secs:.1f} s ({size / 2**20 / secs:.2f} MB/s)")
    print(f"skipped     {len(warnings)}: {warnings[0][:100] if warnings else '-'}")
    print(f"peak RSS    {peak / 2**20:8.1f} MB (grew {max(0, peak - before) / 2**20:.1f} MB while reading)")


if __name__ == "__main__":
    main()
