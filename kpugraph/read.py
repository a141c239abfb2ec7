"""Read article files into `Article` objects: text pages, JSON Lines and saved HTML pages.

Text pages come in the forms of the bundled samples: a listing page ("Berita Terkini" and
several articles, separated by blank lines or by a trailing " ...."), or a single article (title
line, body, optional "Bagikan:" / "Telah dilihat N kali" footer). Every article body opens with a
dateline ("Semarang, kota-semarang.kpu.go.id – ...") or is a long paragraph.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .dates import date_from_url, find_dates, main_date, parse_iso
from .errors import InputError, excerpt
from .models import Article, Credit

log = logging.getLogger(__name__)

MAX_ARTICLE_CHARS = 200_000  # a news item is a few KB; anything this long is not one article
MAX_PAGE_BYTES = 64 * 1024 * 1024  # text and HTML pages are read whole; JSON Lines are streamed
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

Warn = Callable[[str], None]

DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w .'()-]{1,40}?)\s*,\s*(?P<site>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*[-\u2013\u2014]+\s*"
)
MEDIA_DATELINE = re.compile(r"^\s*(?P<site>[A-Z][\w.]{1,30}(?:\s[A-Z][\w.]+){0,2})\s*[-\u2013\u2014]\s+")
CREDIT = re.compile(
    r"\((?P<writer>[A-Za-z]{1,6})\s*/\s*(?P<ed>ed)?\.?\s*(?:Foto\s*:?\s*(?:dok\.?\s*)?"
    r"(?:(?P<photog>[A-Za-z]{1,6})\s*/\s*)?(?P<owner>[^()]{0,80}?))?\s*\)\s*$"
)
FOOTER = re.compile(r"^(Bagikan\s*:?.*|Telah dilihat \d+ kali.*|Share\s*:?.*)$", re.IGNORECASE)


def article_id(*parts: str | None) -> str:
    """A stable id from the parts that identify an article."""
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:12]


def parse_credit(text: str) -> Credit | None:
    """The closing credit "(sof/ed. Foto: awh/KPU Kota Semarang)", if the text ends with one."""
    m = CREDIT.search(text[-200:])
    if not m:
        return None
    owner = (m.group("owner") or "").strip(" .:") or None
    return Credit(m.group("writer"), bool(m.group("ed")), m.group("photog"), owner)


def parse_dateline(text: str) -> tuple[str | None, str | None]:
    """(place, site) from a KPU dateline "Semarang, kota-semarang.kpu.go.id – ..."."""
    m = DATELINE.match(text)
    if m:
        return m.group("place").strip(), m.group("site").lower()
    return None, None


def make_article(
    title: str,
    text: str,
    source: str,
    *,
    id: str | None = None,
    url: str | None = None,
    site: str | None = None,
    published: date | None = None,
) -> Article:
    """An Article with its metadata read from the text (dateline, credit); dates come later."""
    title = " ".join(title.split())
    text = text.strip()
    place, dl_site = parse_dateline(text)
    return Article(
        # a listing-page URL is shared by every article scraped from that page: the title tells them apart
        id=id or article_id(url or None, None if url else site, title, None if url else text),
        title=title,
        text=text,
        source=source,
        url=url,
        site=(site or dl_site),
        place=place,
        published=published,
        credit=parse_credit(text),
    )


def date_articles(articles: list[Article]) -> list[Article]:
    """Settle each article's event date; a date without a year looks at its page neighbours.

    Pages list articles newest first, so the neighbours' full dates bound a missing year.
    """
    sources, mentions = [], []  # the text's dates, else the title's ("Pleno DPB, Senin (12/5/2025)")
    for a in articles:
        src, found = a.text, find_dates(a.text)  # once per article: the slow part
        if not found and a.title:
            src, found = a.title, find_dates(a.title)
        sources.append(src)
        mentions.append(found)
    first = []
    for a, src, found in zip(articles, sources, mentions, strict=True):
        full = any(m.year is not None for m in found)
        dated = full or a.published
        first.append(main_date(src, title=a.title, published=a.published, mentions=found) if dated else None)
    out = []
    for i, a in enumerate(articles):
        d = first[i]
        if d is None:
            near = [x for j, x in enumerate(first) if x is not None and abs(j - i) <= 3]
            d = main_date(sources[i], title=a.title, neighbours=near, published=a.published, mentions=mentions[i])
        out.append(replace(a, event_date=d, neighbour_dates=tuple(x for x in first if x is not None)[:5]))
    return out


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(f"{path}: empty file (expected article text)")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not text (expected .txt, .jsonl or .html articles)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (byte {exc.start}); convert it with: iconv -f LATIN1 -t UTF-8"
        ) from exc


def _is_body(line: str) -> bool:
    return bool(DATELINE.match(line)) or len(line) > 300


def _strip_ellipsis(text: str) -> str:
    r"""The text without the " ...." a listing page puts after a cut-off article.

    Written without a regex: r"\s*\.{3,}\s*$" rescans every whitespace run from each of its
    positions, which is quadratic on scraped pages holding long runs of spaces.
    """
    text = text.strip()
    if text.endswith("\u2026"):
        return text[:-1].rstrip()
    if text.endswith("..."):
        return text.rstrip(".").rstrip()
    return text


def split_page(text: str) -> list[tuple[str, str]]:
    """(title, body) pairs of a text page, listing or single article."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln and not FOOTER.match(ln)]
    pairs: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not _is_body(line) and nxt and _is_body(nxt):
            pairs.append((line, []))
        elif pairs and (pairs[-1][1] or _is_body(line)):
            pairs[-1][1].append(line)
        elif pairs and not pairs[-1][1]:
            # two short lines in a row: the earlier one was a header ("Berita Terkini")
            pairs[-1] = (line, [])
        i += 1
    out = []
    for title, body in pairs:
        joined = "\n".join(body)
        joined = _strip_ellipsis(joined)
        if joined:
            out.append((title, joined))
    return out


def read_text_page(path: Path, warn: Warn | None = None) -> list[Article]:
    """Articles of a plain-text page; an article over MAX_ARTICLE_CHARS is reported and skipped."""
    data = path.read_bytes()
    text = _decode(path, data)
    pairs = split_page(text)
    if not pairs:
        raise InputError(
            f"{path}: no article found (expected a title line followed by a body paragraph "
            "that opens with a dateline such as 'Semarang, kota-semarang.kpu.go.id -')"
        )
    out = []
    for n, (t, b) in enumerate(pairs):
        if len(b) > MAX_ARTICLE_CHARS:
            msg = (
                f"{path}#{n + 1}: article {excerpt(t)!r} of {len(b)} characters is over the limit of "
                f"{MAX_ARTICLE_CHARS}, skipped (is it several articles without titles?)"
            )
            if warn is None:
                raise InputError(msg)
            warn(msg)
            continue
        out.append(make_article(t, b, f"{path}#{n + 1}"))
    if not out:
        raise InputError(f"{path}: every article on the page is over the limit of {MAX_ARTICLE_CHARS} characters")
    return out


def read_html_page(path: Path) -> list[Article]:
    """The main text of a saved HTML page, extracted with trafilatura."""
    text = _decode(path, path.read_bytes())
    import trafilatura  # imported here: only HTML input pays for it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        raise InputError(f"{path}: no article text found in the HTML page")
    title = getattr(doc, "title", None) or body.split("\n", 1)[0][:200]
    first, _, rest = body.partition("\n")
    if rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        body = rest  # trafilatura keeps the <h1> headline as the first line; the dateline follows it
    published = parse_iso(getattr(doc, "date", None) or "")
    url = getattr(doc, "url", None)
    site = getattr(doc, "hostname", None)
    return [make_article(title, body, str(path), url=url, site=site, published=published)]


def iter_jsonl(path: Path, warn: Warn, strict: bool = False) -> Iterator[Article]:
    """Articles of a JSON Lines file, streamed; a broken line is reported and skipped."""
    with path.open("rb") as fh:
        head = fh.read(4096)
        if not head.strip():
            raise InputError(f"{path}: empty file (expected one JSON article per line)")
        if b"\x00" in head:
            raise InputError(f"{path}: binary file, not JSON Lines")
        fh.seek(0)
        for lineno, raw in enumerate(_bounded_lines(fh, MAX_ARTICLE_CHARS * 4 + 1024), start=1):
            if not raw.strip():
                continue
            try:
                article = _jsonl_record(path, lineno, raw)
            except InputError as exc:
                if strict:
                    raise
                warn(str(exc))
                continue
            yield article


class _LongLine(bytes):
    """Stands for a line that was too long to keep: its first bytes, and its full length."""

    length: int


def _bounded_lines(fh: BinaryIO, limit: int) -> Iterator[bytes]:
    """The lines of a binary file; a line over `limit` bytes is skipped over, never held in memory."""
    while True:
        line = fh.readline(limit)
        if not line:
            return
        if len(line) < limit or line.endswith(b"\n"):
            yield line
            continue
        length = len(line)
        while True:  # read the rest of the overlong line in bounded chunks
            chunk = fh.readline(1 << 20)
            length += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        marker = _LongLine(line[:64] or b"?")
        marker.length = length
        yield marker


def _jsonl_record(path: Path, lineno: int, raw: bytes) -> Article:
    where = f"{path}: line {lineno}"
    if isinstance(raw, _LongLine) or len(raw) > MAX_ARTICLE_CHARS * 4:
        size = raw.length if isinstance(raw, _LongLine) else len(raw)
        raise InputError(f"{where}: record of {size} bytes is over the limit of {MAX_ARTICLE_CHARS * 4}, skipped")
    try:
        rec = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{where}: not UTF-8 text (save the file as UTF-8)") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: broken JSON ({exc.msg.removesuffix(' at')}, column {exc.colno}); "
            'each line must be one JSON object with "title" and "text"'
        ) from None
    if not isinstance(rec, dict):
        raise InputError(f'{where}: expected a JSON object with "title" and "text", not {type(rec).__name__}')
    title, text = rec.get("title"), rec.get("text")
    if not isinstance(title, str) or not isinstance(text, str) or not title.strip() or not text.strip():
        raise InputError(f'{where}: missing "title" or "text" (each article needs both, as strings)')
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{where}: article {excerpt(title)!r} of {len(text)} characters is over the limit of "
            f"{MAX_ARTICLE_CHARS}, skipped"
        )
    opt = {k: rec.get(k) if isinstance(rec.get(k), str) else None for k in ("id", "url", "site")}
    published = None
    for key in ("date", "published", "datePublished"):
        if isinstance(rec.get(key), str):
            published = parse_iso(rec[key])
            break
    published = published or date_from_url(opt["url"])  # news URLs often carry it: /2025/05/14/
    return make_article(title, text, where, id=opt["id"], url=opt["url"], site=opt["site"], published=published)


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Files under the given paths, folders searched recursively, in a stable order."""
    out: list[Path] = []
    for p in paths:
        try:
            exists, is_dir = p.exists(), p.is_dir()
        except OSError as exc:  # a name too long for the file system, a loop of links...
            raise InputError(f"{excerpt(str(p))}: cannot open ({exc.strerror or exc}); check the path") from None
        if not exists:
            raise InputError(f"{p}: no such file or folder (check the path)")
        if is_dir:
            out.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            out.append(p)
    return out


def iter_file(path: Path, warn: Warn, strict: bool = False) -> Iterator[Article]:
    """The articles of one file, dated, streamed (JSON Lines hold at most one listing page in memory)."""
    for run in _file_runs(path, warn, strict):
        yield from date_articles(run)


def _file_runs(path: Path, warn: Warn, strict: bool) -> Iterator[list[Article]]:
    """The articles of one file, undated, in runs that are dated together (`date_articles`).

    JSON Lines records scraped from one listing page share its URL and come one after another:
    only such a run is dated together, so a file of any size is read in bounded memory.
    """
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES or suffix == ".json":
        run: list[Article] = []
        for a in iter_jsonl(path, warn, strict):
            if run and (a.url is None or a.url != run[-1].url):
                yield run
                run = []
            run.append(a)
        if run:
            yield run
        return
    if path.stat().st_size > MAX_PAGE_BYTES:
        raise InputError(f"{path}: {path.stat().st_size} bytes is too large for a page (split it, or use JSON Lines)")
    if suffix in HTML_SUFFIXES:
        yield read_html_page(path)
        return
    yield read_text_page(path, None if strict else warn)


def read_file(path: Path, warn: Warn, strict: bool = False) -> list[Article]:
    """All articles of one file, dated."""
    return list(iter_file(path, warn, strict))


def read_articles(
    paths: Iterable[Path], *, warn: Warn | None = None, strict: bool = False
) -> Iterator[Article]:
    """Every article under `paths`, dated.

    Args:
        paths: files and folders (searched recursively).
        warn: called with a one-line message for each skipped record or file.
        strict: raise on the first bad record instead of skipping it.

    Raises:
        InputError: a missing path; with `strict`, any unreadable file or record; a single
            named file that holds no article.
    """
    for run, keep in read_runs(paths, warn=warn, strict=strict):
        yield from (a for a, new in zip(date_articles(run), keep, strict=True) if new)


Run = tuple[list[Article], list[bool]]  # articles dated together (undated), and which are not duplicates


def read_runs(paths: Iterable[Path], *, warn: Warn | None = None, strict: bool = False) -> Iterator[Run]:
    """Every article under `paths`, undated, in the runs `date_articles` dates together.

    The slow part of reading is finding dates; a caller can date the runs in parallel. An article
    read before (same id) is marked False: it is dated with its page but not used. Arguments and
    errors as `read_articles`.
    """
    paths = list(paths)
    files = find_files(paths)
    explicit = {p for p in paths if p.is_file()}
    say = warn or (lambda msg: log.warning("%s", msg))
    seen: set[str] = set()
    for f in files:
        try:
            for run in _file_runs(f, say, strict):
                keep = []
                for a in run:
                    keep.append(a.id not in seen)
                    if a.id in seen:
                        log.info("%s: duplicate of an article already read, skipped", a.source)
                    seen.add(a.id)
                yield run, keep
        except InputError as exc:
            if strict or f in explicit:
                raise
            say(str(exc))
