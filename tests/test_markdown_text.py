"""Scraped Markdown read as the words of the rendered page (markdown_text.py, via ingest)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefings.ingest import MARKDOWN_NOTE, decode_source
from briefings.markdown_text import (
    join_paragraphs,
    looks_like_markdown,
    unmark_inline,
    unmark_lines,
)
from briefings.pipeline import process_source


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # links keep their text, images go (also inside a link), addresses and titles go
        (
            "Talks between [Russia](https://x.org/ru) and Ukraine.",
            "Talks between Russia and Ukraine.",
        ),
        ('See [the report](/r/1 "The full report") now.', "See the report now."),
        ("[![OS X Yosemite](//img/1.jpg)](/mac/story.html)", ""),
        ("![](//sa.bbc.co.uk/s?name=news&x=1)", ""),
        (
            "A [link with (parens)](https://en.wikipedia.org/wiki/X_(Y)) here",
            "A link with (parens) here",
        ),
        ("a [reference link][1] and [another][]", "a reference link and another"),
        # a link's text may hold brackets
        (
            "[[Notice] Holiday service hours](http://admin.example/p/1)",
            "[Notice] Holiday service hours",
        ),
        # links inside links (html2text's teaser boxes)
        (
            "[[ 12 questions. [[More…](/q.html)](/q.html) ](/q.html)](/q.html)",
            "12 questions. More…",
        ),
        (
            "mail <mailto:desk@example.org> or <https://example.org/tips>",
            "mail mailto:desk@example.org or https://example.org/tips",
        ),
        # emphasis, code and strike-through keep their content; HTML tags stay as written
        ("**Bold** and __bold__, *italic* and _italic_", "Bold and bold, italic and italic"),
        ("`pip install` and ~~old~~ new<br/>", "pip install and old new<br/>"),
        # ... but not the marks of plain words: snake_case, 5 * 3 * 2, an escaped star
        ("the file_name_here and 5 * 3 * 2 = 30", "the file_name_here and 5 * 3 * 2 = 30"),
        (r"a \*literal\* star and a \_ mark", "a *literal* star and a _ mark"),
        # plain text is left as it is
        ("President Putin said on Monday.", "President Putin said on Monday."),
    ],
)
def test_inline_marks_give_their_words(line: str, words: str) -> None:
    assert unmark_inline(line) == words


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        # headings lose their marks (ATX, closing hashes); setext underlines and rules go
        (
            ["# Talks stall in Riyadh #", "Subtitle", "========", "---"],
            ["Talks stall in Riyadh", "Subtitle", "", ""],
        ),
        # list bullets and quote marks go, ordered lists keep their numbers
        (
            ["* [News](/news)", "  - nested item", "> a quote", "1. First step"],
            ["News", "nested item", "a quote", "1. First step"],
        ),
        # a table: cells joined by tabs, its rule line blank
        (["| Team | Points |", "|---|:---:|", "| Ajax | 12 |"], ["Team\tPoints", "", "Ajax\t12"]),
        # link definitions are blank; fenced code stays as written
        (
            ['[1]: https://example.org/a "A"', "```", "x = [a](b)", "```"],
            ["", "", "x = [a](b)", ""],
        ),
        # a link across lines (markdownify's links around blocks) keeps its text and the lines
        (
            ["[", 'Teamsters praise the plan](/t/2017/x "Its summary …") 604 Comments'],
            ["", "Teamsters praise the plan 604 Comments"],
        ),
    ],
)
def test_lines_give_their_words_one_for_one(lines: list[str], words: list[str]) -> None:
    assert list(unmark_lines(lines)) == words


@pytest.mark.parametrize(
    ("lines", "markdown"),
    [
        (["# Title", "", "Text with [a link](/a).", "", "![](/i.png)"], True),
        (["* [Home](/)", "* [World](/world)", "* [Sport](/sport)", "Story text."], True),
        # copied text with a single bracketed link, or brackets of prose, stays text
        (["Story text [sic] here.", "See [the report](https://x.org/r).", "More text."], False),
        (["# 1 in the charts", "A story.", "Another line."], False),
        # hostile text quoting Markdown with script addresses is text (shown literally)
        (["[click](javascript:x())", "![i](javascript:x())", "[d](data:text/html;b64)"], False),
    ],
)
def test_markdown_is_told_from_copied_text(lines: list[str], markdown: bool) -> None:
    assert looks_like_markdown(lines) is markdown


SCRAPE = """\
[Skip to content](#main)

* [Home](/)
* [World](/world)
* [Business](/business)

# Ukraine talks stall as envoys leave Riyadh

*By Jane Smith* | 12 March 2025

![Envoys at the talks](https://example.com/x.jpg)

Talks between [Russia](https://en.wikipedia.org/wiki/Russia) and the **United States** stalled
on Wednesday after two days in Riyadh, officials from both delegations said on Thursday.

## What happens next

US Secretary of State Marco Rubio said the delegations would meet again next week in Jeddah,
where Saudi officials have offered to host a third round of talks between the two sides.

Share this article: [Twitter](https://twitter.com/share) [Facebook](https://facebook.com/sharer)
"""


def test_a_scrape_in_markdown_reads_as_the_rendered_page() -> None:
    # (saved as ".txt": ".md" files in the seeds folder are its README and editors' notes)
    source = decode_source("story.txt", SCRAPE.encode(), "txt")
    assert MARKDOWN_NOTE in source.warnings
    assert not any("](" in line or line.startswith(("#", "*", "!")) for line in source.lines)
    article = process_source(source)
    briefing = article.briefing
    assert briefing.meta.title == "Ukraine talks stall as envoys leave Riyadh"
    assert [s.title for s in briefing.sections] == ["What happens next"]
    kept = " ".join(p for s in briefing.all_sections for p in s.paragraphs)
    assert "Talks between Russia and the United States stalled" in kept
    assert "https" not in kept and "Facebook" not in kept
    names = {a.name for a in article.actors.actors}
    assert {"Russia", "United States", "Marco Rubio", "Jeddah"} <= names


def test_copied_text_is_not_read_as_markdown() -> None:
    text = "A story [sic] with brackets.\n\nIt goes on for a while, said the minister.\n"
    source = decode_source("story.txt", text.encode(), "txt")
    assert MARKDOWN_NOTE not in source.warnings
    assert source.lines[0] == "A story [sic] with brackets."


@given(st.lists(st.text(alphabet="ab []()!*_#>|`-\\\n:/.", max_size=30), max_size=12))
def test_unmarking_keeps_one_line_for_each_line(lines: list[str]) -> None:
    lines = [part for line in lines for part in line.split("\n")]
    assert len(unmark_lines(lines)) == len(lines)


@pytest.mark.parametrize(
    ("raw", "lines", "numbers"),
    [
        # a paragraph wrapped in the file is one line, numbered by its first line
        (
            [
                "Talks between Russia and the US stalled",
                "on Wednesday, officials said.",
                "",
                "Next.",
            ],
            ["Talks between Russia and the US stalled on Wednesday, officials said.", "", "Next."],
            [1, 3, 4],
        ),
        # ... but a capitalised line, a list item, a heading's next line or a line after a
        # sentence's end stays its own: scrapes print a menu's entries line under line
        (
            ["Home", "World", "* [Sport](/s)", "# Title", "then text", "Done.", "and more"],
            ["Home", "World", "Sport", "Title", "then text", "Done.", "and more"],
            [1, 2, 3, 4, 5, 6, 7],
        ),
    ],
)
def test_wrapped_paragraphs_are_joined(
    raw: list[str], lines: list[str], numbers: list[int]
) -> None:
    assert join_paragraphs(raw, unmark_lines(raw)) == (tuple(lines), tuple(numbers))


@given(st.lists(st.text(alphabet="ab A.[]()!*#>|-\n", max_size=20), max_size=12))
def test_joining_keeps_every_word(lines: list[str]) -> None:
    raw = [part for line in lines for part in line.split("\n")]
    unmarked = unmark_lines(raw)
    joined, numbers = join_paragraphs(raw, unmarked)
    assert " ".join(joined).split() == " ".join(unmarked).split()
    assert list(numbers) == sorted(set(numbers)) and len(numbers) == len(joined)


def test_a_page_long_line_of_unclosed_marks_is_read_through() -> None:
    # every "*" opens an emphasis no "*" closes: a span is looked for over 500 characters at
    # most, not to the line's end for each of the 60,000 marks
    for line in ("*a " * 60_000, "![a " * 45_000, "[a] " * 45_000, "**a " * 45_000):
        assert unmark_inline(line) == line.strip()
    # the bound itself: a span of emphasis or an image's text ends within 500 characters
    assert unmark_inline("*" + "a" * 400 + "*") == "a" * 400
    assert unmark_inline("*" + "a" * 600 + "*") == "*" + "a" * 600 + "*"
    assert unmark_inline("![" + "a" * 600 + "](/i.png)") == "!" + "a" * 600  # (a link then)
