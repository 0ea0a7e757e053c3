"""Scraped Markdown -> the lines a reader would have copied from the rendered page.

Scrapers and "reader" services (html2text, markdownify, Jina Reader, Firecrawl, trafilatura's
Markdown output) give a page as Markdown: headings behind ``#``, links as ``[text](address)``,
images as ``![alt](address)``, emphasis, list bullets, quotes and tables. Read as plain text, the
addresses and marks become words of the article and the headline is ``![](...)``. Part of the
ingest stage: :func:`unmark_lines` keeps each line's words and drops the marks, so the chrome
stage sees what a copy of the rendered page would hold (images and link addresses are not text
of it, a heading's words are, on their own line). Pure functions over lines, no Markdown parser:
a scrape is Markdown-shaped text, not a document to render.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .sentences import ends_sentence

#: ``![alt](address "title")``, also inside a link: ``[![alt](src)](href)``.
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
#: ``[text](address "title")`` -> text (an image inside was dropped before).
_LINK = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"  # (the text may hold brackets: "[[Notice] ...](/a)")
    r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
#: The same two across line breaks ("[\nHeadline](/story "Its summary")", markdownify's links
#: around blocks): replaced keeping their line breaks, so line numbers stay the file's.
_IMAGE_LINES = re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,2000}\)")
_LINK_LINES = re.compile(
    r"\[([^\]]{0,500})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]{0,500}\"|'[^']{0,500}'))?\s*\)"
)
#: Links inside links unwrapped at most (html2text nests a teaser's links in its box's).
_MAX_NESTING = 4
#: ``[text][ref]`` and ``[text][]`` -> text.
_REF_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]")
#: ``[ref]: address "title"``: a link's address, on its own line.
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S+(?:\s+[\"'(].*[\"')])?\s*$")
#: ``<https://...>`` -> the address.
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
#: A setext heading's underline, or a thematic break: no words.
_RULE = re.compile(r"^\s{0,3}(?:(?:[-*_]\s*){3,}|=+)\s*$")
_BULLET = re.compile(r"^(\s*)[*+-]\s+(?=\S)")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
#: Spans of emphasis, strike-through and code: at most 500 characters (an unclosed mark on a
#: page-long line is then scanned that far, not to the line's end for every mark).
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.{1,500}?)(?<=[^\s*\\])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=[^\s_])(.{1,500}?)(?<=[^\s_\\])_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.{1,500}?)(?<=\S)~~")
_CODE = re.compile(r"(`+)(.{1,500}?)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")

#: Marks that make text Markdown (counted by ``looks_like_markdown``): a link or image to a web
#: address or a path of the site (not "[click](javascript:...)": hostile text quoting Markdown
#: stays text, shown literally), a "#" heading, a link definition.
_WEB_TARGET = r"\((?:https?:|//|/|#|\.\.?/)"
_MARKS = (
    re.compile(r"\[[^\]\n]*\]" + _WEB_TARGET),
    _ATX_HEADING,
    re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*(?:https?:|//|/)"),
)
#: Lines with such marks that make a ".txt" seed Markdown: this many, and this share of the
#: lines with words (a story quoting one "[sic](...)" stays text).
MIN_MARKED_LINES = 3
MIN_MARKED_SHARE = 0.05


def looks_like_markdown(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a scrape's Markdown rather than copied text: links, images, ``#``
    headings or link definitions on at least ``MIN_MARKED_LINES`` lines and
    ``MIN_MARKED_SHARE`` of the lines with words."""
    worded = marked = 0
    for line in lines:
        if not line.strip():
            continue
        worded += 1
        if any(p.search(line) for p in _MARKS):
            marked += 1
    return marked >= MIN_MARKED_LINES and marked >= MIN_MARKED_SHARE * worded


def unmark_inline(text: str) -> str:
    """One line's words without inline marks: images go, links keep their text, emphasis and
    code their content, escapes their character. HTML tags stay as written (shown literally,
    like any text of a seed)."""
    if not any(ch in text for ch in "![]*_`~<\\"):
        return text
    text = _IMAGE.sub("", text)
    for _ in range(_MAX_NESTING):  # "[[Mehr…](/a)](/a)": the innermost link first
        text, found = _LINK.subn(r"\1", text)
        if not found:
            break
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(lambda m: m.group(2).strip(), text)
    text = _STRONG.sub(r"\2", text)
    for pattern in (_STRIKE, _EMPHASIS_STAR, _EMPHASIS_UNDERSCORE):
        text = pattern.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _table_cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if stripped.count("|") < 2 or not (stripped.startswith("|") or stripped.endswith("|")):
        return None
    return [cell.strip() for cell in stripped.strip("|").split("|")]


def _link_words(m: re.Match[str]) -> str:
    """A link across lines: its text, and the line breaks of its address and title (kept: line
    numbers). A link on one line is left to ``unmark_inline``."""
    if "\n" not in m.group():
        return m.group()
    return m.group(1) + "\n" * m.string.count("\n", m.end(1), m.end())


def unmark_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """Every line of a Markdown scrape as its words (one output line per input line, so line
    numbers stay the file's): a heading's text without ``#``, list items and quotes without
    their marks, a table row's cells joined by tabs; rules, setext underlines, link definitions
    and lines of images only are blank. Lines of fenced code stay as they are."""
    if not lines:
        return ()
    text = "\n".join(lines)
    if "](" in text:  # (marks on one line are read line by line, fenced code apart)
        text = _IMAGE_LINES.sub(lambda m: "\n" * m.group().count("\n") or m.group(), text)
        text = _LINK_LINES.sub(_link_words, text)
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1) == fence:
                fence = None
                out.append("")
            else:
                out.append(line)
            continue
        if opening:
            fence = opening.group(1)
            out.append("")
            continue
        if _RULE.match(line) or _REF_DEFINITION.match(line) or _TABLE_RULE.match(line):
            out.append("")
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            out.append(unmark_inline(heading.group(2)))
            continue
        text = _QUOTE.sub("", line)
        text = _BULLET.sub("", text)
        cells = _table_cells(text)
        if cells is not None:
            out.append("\t".join(unmark_inline(c) for c in cells if unmark_inline(c)))
            continue
        out.append(unmark_inline(text))
    return tuple(out)


#: A raw line that starts a block of its own: never the continuation of the line above.
_BLOCK_START = re.compile(r"^\s{0,3}(?:#{1,6}\s|[*+-]\s|\d{1,9}[.)]\s|>|\||```|~~~)")


def join_paragraphs(
    raw: Sequence[str], unmarked: Sequence[str]
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Markdown's paragraphs as one line each: a line goes on the one above it unless either is
    blank, it opens a block (a heading, list item, quote, table row or fence) or the one above
    is a heading, a table row or ends in a hard break (two spaces, a backslash). Returns the
    lines and the 1-based number of each one's first line in the file. ``raw``: the file's
    lines, ``unmarked``: ``unmark_lines(raw)``."""
    lines: list[str] = []
    numbers: list[int] = []
    fenced = False
    joinable = False  # whether the next line may go on the last output line
    for k, (line, words) in enumerate(zip(raw, unmarked, strict=True)):
        if _FENCE.match(line):
            fenced = not fenced
        goes_on = (
            joinable
            and not fenced
            and words.strip()[:1].islower()
            and not _BLOCK_START.match(line)
            and not _RULE.match(line)
        )
        if goes_on:
            lines[-1] = f"{lines[-1]} {words.strip()}"
        else:
            lines.append(words)
            numbers.append(k + 1)
        joinable = (
            not fenced
            and bool(words.strip())
            and not ends_sentence(words.strip())
            and not _ATX_HEADING.match(line)
            and _table_cells(line) is None
            and not line.endswith(("  ", "\\"))
            and not _FENCE.match(line)
        )
    return tuple(lines), tuple(numbers)
