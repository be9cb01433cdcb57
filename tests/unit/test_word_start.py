"""The catalogue's word-start rule has two spellings, MariaDB's and the faster one SQLite's
REGEXP (Python's re) runs: both find the same words in the same texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cakeshop_desktop.core.repositories.catalog import (
    python_word_start_regexp,
    search_words,
    word_start_regexp,
)

# letters in both cases, ё/е, accented Latin, digits, '_', separators, a combining accent
ALPHABET = "аАбеЕёЁжЙйкКмоОтТeEéÉèêëcCçaAàáâäñÑß1_0 -\n.,«»№%\u0301"


def same(word: str, text: str) -> bool:
    ours = re.search(python_word_start_regexp(word), text) is not None
    theirs = re.search(word_start_regexp(word), text) is not None
    return ours == theirs


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, min_size=1, max_size=4), st.text(ALPHABET, max_size=30))
def test_both_spellings_find_the_same(query: str, text: str) -> None:
    for word in search_words(query):
        assert same(word, text), (word, text)


def test_word_starts_spelled_for_python():
    cases = {
        ("медов", "Торт «Медовик»"): True,
        ("медов", "Торт медовый"): True,
        ("едов", "Торт «Медовик»"): False,
        ("ежик", "Ёжик в тумане"): True,
        ("cafe", "Le Café"): True,
        ("46000", "4600012"): True,
        ("600", "4600012"): False,
        ("ко", "и_ко"): False,
        ("и_ко", "Шоколад 70% и_ко"): True,
        ("70", "Шоколад 70%"): True,
    }
    for (word, text), found in cases.items():
        assert (re.search(python_word_start_regexp(word), text) is not None) is found, word
        assert same(word, text)
