"""Faster pattern scans: try a long pattern only where a match can start."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer_at(pattern: re.Pattern[str], text: str, starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, trying `pattern` only where `starts` matches.

    Exact for a pattern whose (non-empty) matches all begin where `starts` finds a match, and
    faster: the long pattern is not attempted at every position of the text.
    """
    return matches_at(pattern, text, map(re.Match.start, starts.finditer(text)))


def matches_at(pattern: re.Pattern[str], text: str, positions: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` tried at `positions` (ascending), not overlapping, as finditer gives them."""
    end = 0
    for at in positions:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m:
            end = m.end()
            yield m


def finditer_needing(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...], within: str | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, or nothing at once when `within` (default `text`; its lower-cased
    form for a case-insensitive pattern and lower-case `words`) holds none of `words`, one of
    which every match of `pattern` contains."""
    hay = text if within is None else within
    return pattern.finditer(text) if any(w in hay for w in words) else iter(())


WORD = re.compile(r"\w+")


def word_positions(text: str, word: str) -> list[int]:
    """Start offsets of `word` in `text` as a whole word (a plain search: no pattern per word)."""
    out = []
    at = text.find(word)
    n = len(word)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + n] if at + n < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            out.append(at)
        at = text.find(word, at + 1)
    return out


class Words:
    """The words of a text (runs of word characters), case-folded: which are there, found in one
    pass, and where given ones start, found only when asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.casefold()
        self.present = frozenset(WORD.findall(self.folded))

    def starts(self, words: frozenset[str]) -> list[int]:
        """Where a word of `words` (case-folded) starts in the text, ascending."""
        if len(self.folded) != len(self.text):  # a letter folded to two ("ß" -> "ss"): offsets moved
            return [m.start() for m in WORD.finditer(self.text) if m.group(0).casefold() in words]
        return sorted(p for w in words if w in self.present for p in word_positions(self.folded, w))


def prefix_starts(words: Iterable[str], before: str = r"(?<![\w-])", size: int = 3) -> re.Pattern[str]:
    """A `starts` pattern for an alternation of `words` (compiled case-insensitively, a space
    between words standing for any whitespace): `before`, then the first `size` letters of one
    of them (up to its first space).

    The prefixes are a trie and the pattern a lookahead, so every start is found (also one
    inside another's prefix) and a position costs one comparison per letter, not one per word.
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in re.split(r"\s", w, maxsplit=1)[0][:size]:
            low = ch.lower()
            node = node.setdefault(low if len(low) == 1 else ch, {})  # "İ".lower() is two characters
        node[""] = {}  # a prefix may end here

    def alternation(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # this prefix ends here: what follows it need not be checked
        branches = [re.escape(ch) + alternation(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(f"{before}(?={alternation(trie)})", re.IGNORECASE)
