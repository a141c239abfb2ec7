"""lexicon.is_common_word: Indonesian root words and their derived forms, but not names."""

from __future__ import annotations

import pytest

from kpugraph.lexicon import is_common_word


@pytest.mark.parametrize(
    "word",
    ["Jajaran", "Penguatan", "Perwakilan", "Terpilih", "Dihadiri", "Kinerja", "Telunjuk", "Gemetar", "Kinerjanya"],
)
def test_common_words_and_their_derived_forms(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["Suhendy", "Winarto", "Hermawan", "Termanto", "Pinarto"])
def test_names_are_not_common_words(word: str) -> None:
    assert not is_common_word(word)


def test_derived_forms_only_when_asked() -> None:
    assert is_common_word("Penguatan") and not is_common_word("Penguatan", derived=False)
