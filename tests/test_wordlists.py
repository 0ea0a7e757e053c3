"""Word lists more than one stage reads (wordlists.py, data/words.yml)."""

from __future__ import annotations

import re

import pytest

from briefings.wordlists import alternation, expand, word_lists


@pytest.mark.parametrize(
    ("pattern", "line", "matches"),
    [
        (r"^{byline_openers}\s", "Written by Jane Doe", True),
        (r"^{byline_openers}\s", "Авторы: Иван Петров", False),  # (no space after "Авторы")
        (r"^{byline_openers}:", "Авторы: Иван Петров", True),
        (r"^{byline_openers}\s", "Bye bye", False),
        # a space holds in a verbose pattern too
        (r"(?x) ^{byline_openers} \s", "Written by Jane Doe", True),
        # a quantifier is no list's name
        (r"^\d{2}:\d{2,3}$", "12:345", True),
    ],
)
def test_a_pattern_names_a_list_in_braces(pattern: str, line: str, matches: bool) -> None:
    assert (re.match(expand(pattern), line, re.IGNORECASE) is not None) is matches


def test_an_unknown_list_is_an_error() -> None:
    with pytest.raises(KeyError):
        expand("^{no_such_list}")


def test_every_list_is_its_entries_longest_first() -> None:
    for name, words in word_lists().items():
        assert words and all(w.strip() == w and w for w in words)
        re.compile(alternation(name))  # (entries are regular expressions: "jan(?:uary|v)?")
        longest_first = sorted(words, key=lambda w: (-len(w), w))
        inner = "|".join(w.replace(" ", "[ ]") for w in longest_first)
        assert alternation(name) == f"(?:{inner})"


@pytest.mark.parametrize(
    ("pattern", "line", "matches"),
    [
        # an entry holding its own alternation stays whole
        (r"^{months}\s\d", "January 5", True),
        (r"^{months}\s\d", "Janv 5", True),
        (r"^{months}\s\d", "Janx 5", False),
        (r"^{weekdays},", "Wednesday,", True),
        (r"^{weekdays},", "Wed,", True),
        (r"^{updated_labels}:", "Last updated:", True),
    ],
)
def test_entries_are_regular_expressions(pattern: str, line: str, matches: bool) -> None:
    assert (re.match(expand(pattern), line, re.IGNORECASE) is not None) is matches
