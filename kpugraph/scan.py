"""Faster pattern scans: try a long pattern only where a match can start."""

from __future__ import annotations

import re
from collections.abc import Iterator


def finditer_at(pattern: re.Pattern[str], text: str, starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, trying `pattern` only where `starts` matches.

    Exact for a pattern whose (non-empty) matches all begin where `starts` finds a match, and
    faster: the long pattern is not attempted at every position of the text.
    """
    end = 0
    for c in starts.finditer(text):
        at = c.start()
        if at < end:
            continue
        m = pattern.match(text, at)
        if m:
            end = m.end()
            yield m
