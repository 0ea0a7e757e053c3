"""Where a sentence ends (sentences.py): the definition ingest and chrome share."""

from __future__ import annotations

import re

import pytest

from briefings.sentences import BARE_INNER_END, INNER_END, LAST_MARKS, ends_sentence


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The talks ended on Friday.", True),
        ("“Will the ministers agree?”", True),
        ("He left (for good.)", True),
        ("The deal was signed in 2019.[12]", True),
        ("会谈周五结束。", True),
        ("The talks ended on Friday", False),
        ("Talks go on:", False),  # a clause, not a sentence
        ("The students'", False),
    ],
)
def test_a_line_ends_a_sentence_on_an_end_mark_and_its_closers(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


@pytest.mark.parametrize(
    ("pattern", "line", "expected"),
    [
        (INNER_END, "the ultimate video game system. It sports", True),
        (INNER_END, "Мы не знаем. Никто не знает", True),
        (INNER_END, "talks in the U.S. Officials met", False),  # (not "U.S.")
        (INNER_END, "and then… Nothing", False),  # (an ellipsis trails off in a sentence)
        # a quoted question inside a title: a sentence's end to ingest, not to chrome
        (INNER_END, 'Develop a Personal "Should I Buy This?" Test', True),
        (BARE_INNER_END, 'Develop a Personal "Should I Buy This?" Test', False),
        (BARE_INNER_END, "Talks with Mr. Smith went on", False),  # (an abbreviation)
        (BARE_INNER_END, "a comment here. And another one", True),
    ],
)
def test_a_sentence_ends_inside_a_line(pattern: re.Pattern[str], line: str, expected: bool) -> None:
    assert (pattern.search(line) is not None) is expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [(".", True), ("?", True), (":", True), (";", True), ("”", True), (")", True), ("}", True),
     (",", False), ("’", False), ("'", False), ("a", False)],
)  # fmt: skip
def test_the_last_marks_of_a_sentence_or_a_clause(last: str, expected: bool) -> None:
    assert (last in LAST_MARKS) is expected
