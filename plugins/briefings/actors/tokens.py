"""Tokens and sentences of prose, with character offsets (Penn-Treebank-like splitting)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from .lexicon import lexicon


class Token(NamedTuple):
    # A named tuple, not a frozen dataclass: a document makes tens of thousands, and a tuple is
    # built several times faster.
    text: str
    start: int
    end: int


@cache  # (compiled once per process, for each value of ``shortcuts``)
def _token_re(shortcuts: bool = True) -> re.Pattern[str]:
    abbrevs = "|".join(
        sorted(map(re.escape, lexicon().period_abbreviations), key=len, reverse=True)
    )
    # The abbreviations are only tried where one can start (the guard changes no match).
    firsts = "".join(sorted({re.escape(a[0]) for a in lexicon().period_abbreviations if a}))
    guard = f"(?=[{firsts}])" if firsts else ""
    # Shortcuts for the usual tokens, tried first, that match only where the alternatives below
    # give the same token: an ASCII word before a space or a stop (no "." for an abbreviation,
    # an initial or U.S., no apostrophe), or one character that no alternative before "\S" can
    # start. Both hold while every abbreviation is letters only.
    fast = (
        r"[A-Za-z]+(?=[\s,;:!?)\"”]|$)|[^\w\s'’]|"
        if shortcuts and all(a.isalpha() for a in lexicon().period_abbreviations)
        else ""
    )
    # No alternative matches at a space: the look-ahead rejects those positions at once.
    return re.compile(
        r"(?=\S)(?:"
        rf"{fast}"
        r"(?:[^\W\d_]\.){2,}(?![^\W\d_])"  # U.S., D.C.
        rf"|{guard}(?:{abbrevs})\.(?=\s|$)"  # St. Petersburg, Mr. Smith
        r"|[^\W\d_]\.(?=\s+[^\W\d_])"  # initials: J. Smith
        r"|\d+(?:[.,:]\d+)*"
        r"|(?<!&)[^\W\d_]+&[^\W\d_]+(?![\w&])"  # AT&T, S&P: one word (as in the training data)
        r"|[^\W_]+(?:['’](?!(?:[sSmMdD]|re|ve|ll|RE|VE|LL)\b)[^\W_]+)*"  # O'Brien, d'Ettorre
        r"|['’](?:[sSmMdD]|re|ve|ll|RE|VE|LL)\b"  # Witkoff 's, I 'm
        r"|\S"
        r")"
    )


def tokenize(text: str) -> list[Token]:
    # (tuple.__new__ skips the named tuple's own __new__: a quarter of the time of tokenize)
    make = tuple.__new__
    return [make(Token, (m.group(), m.start(), m.end())) for m in _token_re().finditer(text)]


def iter_tokens(text: str) -> Iterator[Token]:
    """The tokens of ``tokenize(text)``, one at a time (for callers that stop early)."""
    make = tuple.__new__
    for m in _token_re().finditer(text):
        yield make(Token, (m.group(), m.start(), m.end()))


_SPACE = re.compile(r"\s")


def tail_tokens(text: str, start: int, end: int, count: int) -> tuple[int, list[Token]]:
    """``(offset, tokenize(text[offset:end]))`` for an ``offset`` from ``start`` on, such that
    the last ``count`` tokens are those of ``tokenize(text[start:end])`` (at the same places in
    ``text``): a shorter window when it holds that many, for callers that read a few tokens back
    from ``end``.

    No token holds a space, so the tokens after a space do not depend on where the text
    starts: a window opening right after a space has the same ones."""
    window = 6 * count + 16
    if end - start > window:
        space = _SPACE.search(text, end - window, end)
        if space is not None:
            offset = space.end()
            toks = tokenize(text[offset:end])
            if len(toks) >= count:
                return offset, toks
    return start, tokenize(text[start:end])


_END = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


def split_sentences(tokens: list[Token]) -> list[list[Token]]:
    """Sentences: break after . ! ? (and closing quotes or a reference mark such as "[45]")
    when the next token opens a sentence."""
    out: list[list[Token]] = []
    start = 0  # where the current sentence starts
    n = len(tokens)
    for i in [k for k, tok in enumerate(tokens) if tok.text in _END]:
        j = i + 1
        while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
            j += 1
        while (
            # a reference mark glued to the stop ("… to increase.[45] With …")
            j + 2 < n
            and tokens[j].text == "["
            and tokens[j].start == tokens[j - 1].end
            and tokens[j + 2].text == "]"
            and len(tokens[j + 1].text) <= 4
        ):
            j += 3
        nxt = tokens[j].text if j < n else ""
        if not nxt or nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in '"“‘«—–-(':
            out.append(tokens[start:j])
            start = j
    if start < n:
        out.append(tokens[start:])
    return out


_CELL_BREAK = re.compile(r"[\t\n\r\v\f]")


def split_cells(sentences: list[list[Token]], text: str) -> list[list[Token]]:
    """``sentences`` (tokens of ``text``) cut wherever a tab or a line break stands between two
    tokens: the cells of a table row or the lines of a list copied into one paragraph
    ("Kapiti<TAB>Wellington") are separate pieces, and no name runs from one into the next."""
    if _CELL_BREAK.search(text) is None:
        return sentences
    out: list[list[Token]] = []
    for sentence in sentences:
        start = 0
        for k in range(1, len(sentence)):
            if _CELL_BREAK.search(text, sentence[k - 1].end, sentence[k].start):
                out.append(sentence[start:k])
                start = k
        out.append(sentence[start:])
    return out


#: Longest sentence the tagger reads in one piece: a paragraph with no sentence end (a whole
#: page pasted as one line) is cut into pieces of at most this many tokens, at a comma or a
#: semicolon where there is one, so that memory stays bounded by the piece, not the paragraph.
MAX_SENTENCE_TOKENS = 250
_SOFT_BREAKS = frozenset({",", ";", ":", "—", "–"})


def bounded_sentences(
    sentences: list[list[Token]], limit: int = MAX_SENTENCE_TOKENS
) -> list[list[Token]]:
    """``sentences`` with every one longer than ``limit`` tokens cut into pieces of at most
    ``limit``, each after the last comma-like token of its second half when there is one."""
    if all(len(s) <= limit for s in sentences):
        return sentences
    out: list[list[Token]] = []
    for sentence in sentences:
        start = 0
        while len(sentence) - start > limit:
            end = start + limit
            cut = next(
                (
                    k + 1
                    for k in range(end - 1, start + limit // 2, -1)
                    if sentence[k].text in _SOFT_BREAKS
                ),
                end,
            )
            out.append(sentence[start:cut])
            start = cut
        out.append(sentence[start:])
    return out


def phrase_key(words: Sequence[str]) -> str:
    """The gazetteer key of a token sequence ("St." "Petersburg" -> "St. Petersburg")."""
    if len(words) == 1 and " " not in words[0]:  # (every replacement below needs a space)
        return words[0]
    return " ".join(words).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")
