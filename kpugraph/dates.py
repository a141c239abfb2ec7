"""Indonesian date expressions: finding them in text and settling a missing year.

Forms handled (DOMAIN.md): "Jumat (18/7/2025)", "Selasa (2/12)", "Kamis, 19 Juni 2025",
"Selasa 7 Oktober 2025", "19 Juni 2025", "(18/7/2025)", "18-07-2025". A date written without
a year but with a weekday fits a few years only; the year is chosen from the article's context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .scan import finditer_at

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}  # fmt: skip
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip

# The years a KPU news item without a year can be from (gold guideline: 2019-2026).
YEAR_RANGE = range(2019, 2027)

_DAYS = r"Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad"
_WEEKDAY = rf"(?P<wd>{_DAYS})"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A range of days stands for its first: "Kamis-Sabtu, 18-20 November 2021", "1 s.d. 3 Oktober",
# "Sabtu-Minggu (13-14/9/2025)"; the weekday, if any, is the first day's.
_DASH = r"[-\u2013]"
_TO_WEEKDAY = rf"(?:\s?{_DASH}\s?(?:{_DAYS}))?"
_FROM_DAY = rf"(?:(?P<d0>\d{{1,2}})\s{{0,2}}(?:{_DASH}|s\.\s?d\.?|sampai(?:\s{{1,2}}dengan)?|hingga)\s{{0,2}})?"
# "Jumat (18/7/2025)", "Selasa (2/12)", "Jumat, (18/7)"; the weekday is optional.
_NUMERIC = re.compile(
    rf"(?:\b{_WEEKDAY}{_TO_WEEKDAY},?\s{{0,3}})?\(\s{{0,3}}(?:(?P<d0>\d{{1,2}})\s{{0,2}}{_DASH}\s{{0,2}})?"
    r"(?P<d>\d{1,2})\s{0,2}/\s{0,2}(?P<m>\d{1,2})"
    r"(?:\s{0,2}/\s{0,2}(?P<y>(?:19|20)\d{2}))?\s{0,3}\)",
    re.IGNORECASE,
)
# "Kamis, 19 Juni 2025", "Selasa 7 Oktober 2025", "19 Juni 2025", "Senin, 2 Desember".
_LONG = re.compile(
    rf"(?:\b{_WEEKDAY}{_TO_WEEKDAY},?\s{{1,3}}(?:tanggal\s{{1,3}})?)?\b{_FROM_DAY}(?P<d>\d{{1,2}})\s{{1,3}}(?P<mn>{_MONTH})\.?"
    r"(?:\s{1,3}(?P<y>(?:19|20)\d{2}))?\b",
    re.IGNORECASE,
)
# "18-07-2025", "18/07/2025" outside parentheses.
_DIGITS = re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d{2})\b")
_YEAR = re.compile(r"\b(20[12]\d)\b")
# where a match of each can start (`scan.finditer_at`): a weekday, an opening parenthesis, a digit
_DAY_NAME = r"(?:senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad)"
_STARTS = {
    _NUMERIC: re.compile(rf"\b(?={_DAY_NAME})|\(", re.IGNORECASE),
    _LONG: re.compile(rf"\b(?={_DAY_NAME}|\d)", re.IGNORECASE),
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text; `year` is None when the text gives none."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None  # 0 = Senin (Monday)

    def as_date(self) -> date | None:
        """The date when the year is written and the day exists, else None."""
        if self.year is None:
            return None
        return _safe_date(self.year, self.month, self.day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday(name: str | None) -> int | None:
    return None if name is None else WEEKDAYS.get(name.lower().replace("\u2019", "'"))


def find_dates(text: str) -> tuple[DateMention, ...]:
    """Every date expression in `text`, in order of appearance.

    Args:
        text: any text.

    Returns:
        The mentions, each with its offsets; impossible days/months are left out.
    """
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)  # 1 where an earlier pattern already found a date
    for pattern in (_NUMERIC, _LONG, _DIGITS):
        starts = _STARTS.get(pattern)
        for m in finditer_at(pattern, text, starts) if starts else pattern.finditer(text):
            if 1 in taken[m.start() : m.end()]:
                continue
            groups = m.groupdict()
            month = MONTHS[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
            day = int(groups["d"])
            first = int(groups.get("d0") or 0)  # a range's first day
            if 0 < first < day:
                day = first
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            year = int(groups["y"]) if groups.get("y") else None
            if year is not None and _safe_date(year, month, day) is None:
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            found.append(DateMention(m.start(), m.end(), day, month, year, _weekday(groups.get("wd"))))
    return tuple(sorted(found, key=lambda d: d.start))


def years_named(text: str) -> tuple[int, ...]:
    """Years 2010-2029 written in the text, in order."""
    return tuple(int(y) for y in _YEAR.findall(text))


def candidate_years(day: int, month: int, weekday: int | None) -> tuple[int, ...]:
    """The years of YEAR_RANGE in which day/month exists and falls on `weekday` (if given)."""
    out = []
    for year in YEAR_RANGE:
        d = _safe_date(year, month, day)
        if d is not None and (weekday is None or d.weekday() == weekday):
            out.append(year)
    return tuple(out)


def settle_year(
    mention: DateMention,
    *,
    context_years: Iterable[int] = (),
    neighbours: Iterable[date] = (),
    published: date | None = None,
) -> date | None:
    """The date a mention stands for, choosing a missing year from the context.

    A written year wins. Otherwise the candidates are the years in which the weekday falls on
    that day; among them the one nearest to the publication date, else to the neighbouring
    articles' dates on the same listing page, else to the years the article names (an event is
    reported in or just after the latest year named: "Pilkada 2024" disputes are decided in 2025).

    Args:
        mention: the date expression.
        context_years: years written in the article.
        neighbours: dates of articles next to it on a listing page.
        published: publication date, where known.

    Returns:
        The date, or None when no candidate fits.
    """
    if mention.year is not None:
        return mention.as_date()
    candidates = candidate_years(mention.day, mention.month, mention.weekday)
    if not candidates:
        return None
    anchors = [d for d in neighbours]
    if published is not None:
        anchors = [published]
    if anchors:

        def distance(year: int) -> int:
            d = _safe_date(year, mention.month, mention.day)
            assert d is not None
            return min(abs((d - a).days) for a in anchors)

        best = min(candidates, key=lambda y: (distance(y), -y))
        return _safe_date(best, mention.month, mention.day)
    named = [y for y in context_years if y in YEAR_RANGE]
    if named and mention.weekday is None and max(named) in candidates:
        return _safe_date(max(named), mention.month, mention.day)  # no weekday to go by: the year named
    if named:
        target = max(named) + 0.5  # the latest named year or the one after it
        best = min(candidates, key=lambda y: (abs(y - target), -y))
    else:
        best = candidates[-1]
    return _safe_date(best, mention.month, mention.day)


def main_date(
    text: str,
    *,
    title: str = "",
    neighbours: Iterable[date] = (),
    published: date | None = None,
    mentions: tuple[DateMention, ...] | None = None,
) -> date | None:
    """The date of the event an article reports.

    The first date written with a weekday is the event's ("Jumat (18/7/2025)"); failing that,
    the first full date; failing that, the first day/month with a year settled from context.

    Args:
        text: the article body.
        title: the title, for years named in it.
        neighbours: dates of neighbouring articles on the same page.
        published: publication date, where known.
        mentions: `find_dates(text)`, when the caller has it already.
    """
    if mentions is None:
        mentions = find_dates(text)
    if not mentions:
        return None
    with_weekday = [m for m in mentions if m.weekday is not None]
    full = [m for m in mentions if m.year is not None]
    context = years_named(title + " " + text)
    if published is not None and len(mentions) > 1:
        # a news item reports what happened around its publication: the nearest dated mention
        settled = [(settle_year(m, context_years=context, published=published), m) for m in (with_weekday or mentions)]
        dated = [(d, m) for d, m in settled if d is not None]
        if dated:
            return min(dated, key=lambda x: (abs((x[0] - published).days), x[1].start))[0]
    chosen = (with_weekday or full or list(mentions))[0]
    anchors = list(neighbours) or [m.as_date() for m in full if m is not chosen and m.as_date() is not None]
    if chosen.year is None and not list(neighbours) and published is None and anchors:
        # a full date elsewhere in the text anchors the year; a weekday far from it is a source error
        d = settle_year(chosen, neighbours=anchors)
        near = min(anchors, key=lambda a: abs((a - d).days)) if d else None
        if d is not None and near is not None and abs((d - near).days) <= 200:
            return d
        return _safe_date(near.year, chosen.month, chosen.day) if near else d
    # A weekday that contradicts a written full date: trust the written date (sources err).
    return settle_year(chosen, context_years=context, neighbours=tuple(neighbours), published=published)


_URL_DATE = re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/|/(20\d{2})(\d{2})(\d{2})/")


def date_from_url(url: str | None) -> date | None:
    """A publication date written in a news URL path (".../2025/05/14/..." or ".../20250225/...")."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    return _safe_date(int(y), int(mo), int(d))


def parse_iso(value: str) -> date | None:
    """A date from "2025-07-18" or "2025-07-18T10:00:00", else None."""
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
