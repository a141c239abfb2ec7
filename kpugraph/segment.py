"""Split an article's text into sentences, keeping each sentence's offset."""

from __future__ import annotations

import re

from .lexicon import NAME_ABBREVIATIONS
from .models import Article, Sentence

# Words that end in a dot without ending a sentence: titles, abbreviations, initials.
_ABBREV = {
    "dr", "drs", "dra", "ir", "h", "hj", "prof", "kh", "no", "nomor", "kab", "prov", "kec", "kel", "jl",
    "st", "sdr", "bpk", "ibu", "dll", "dsb", "tgl", "plt", "plh", "s", "m", "a", "skom", "mkom", "si",
    "msi", "sh", "mh", "se", "mm", "spd", "mpd", "ssos", "sip", "mip", "ssi", "sag", "mag", "mt",
    "sth", "mth", "shi", "sm", "ak", "kom", "hum", "sos", "pd", "ag", "ip", "kes", "or", "fil", "tgk", "br",
    "pdt", "pnt", "ny", "tn",
    *(a.lower() for a in NAME_ABBREVIATIONS),
}  # fmt: skip
# The lookbehind starts a match only at the first mark of a run: "....." x 100 000 is then linear,
# not quadratic (each later start would rescan the same run and fail the same way).
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?$")


def segment_article(article: Article) -> tuple[Sentence, ...]:
    """The sentences of `article.text`, each with its start offset.

    A dot after a title ("S.Kom."), an initial ("M. Fauzan") or an abbreviation ("Kab.") does
    not end a sentence.
    """
    text = article.text
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        chunk = text[start : m.start() + 1]
        if "\n" not in m.group(0):
            w = _WORD_BEFORE.search(text[max(start, m.start() - 12) : m.start() + 1])
            if w and (w.group(1).lower() in _ABBREV or len(w.group(1)) == 1):
                continue
        _add(out, text, start, m.start() + len(m.group(0).rstrip()) if "\n" not in m.group(0) else m.start())
        start = m.end()
        del chunk
    _add(out, text, start, len(text))
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + (len(piece) - len(piece.lstrip()))
        out.append(Sentence(len(out), stripped, offset))


# A news site's links to its other stories, set between paragraphs: "Baca juga: <headline>", the label
# alone with the headline on the next line, "Pilihan Editor: ...", "Simak Video ...".
_LINK_LINE = re.compile(
    r"^[^\S\n]*(?:Baca|BACA|Lihat|LIHAT|Simak|SIMAK)[^\S\n]+(?:[Jj]uga|JUGA|[Vv]ideo|VIDEO)\b[^\n]*"
    r"|^[^\S\n]*(?:Pilihan[^\S\n]+Editor|Artikel[^\S\n]+[Tt]erkait|Berita[^\S\n]+[Tt]erkait)\b[^\n]*",
    re.MULTILINE,
)
# the line after a label line, past one blank line, when it reads as a headline: short, no closing stop
# ("Baca Juga" left alone where a scrape lost the link is followed by the story's next paragraph)
_NEXT_LINE = re.compile(r"\n[^\S\n]*\n?[^\n]{0,150}(?<![.!?\"\u201d])(?=\n|$)")


def without_link_lines(text: str) -> str:
    """`text` with the lines that link to other stories blanked (same length: offsets stay valid).

    Their headlines are other articles' facts: "Baca juga: MK Tolak Gugatan Pilkada X" names no
    ruling of this article.
    """
    if not _LINK_LINE.search(text):
        return text
    spans = []
    for m in _LINK_LINE.finditer(text):
        end = m.end()
        if len(m.group(0).replace(":", " ").split()) == 2 and (nxt := _NEXT_LINE.match(text, end)):
            end = nxt.end()  # "Baca juga:" alone on its line: the headline is on the next
        spans.append((m.start(), end))
    out, last = [], 0
    for start, end in spans:
        start = max(start, last)
        out.append(text[last:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = max(last, end)
    out.append(text[last:])
    return "".join(out)
