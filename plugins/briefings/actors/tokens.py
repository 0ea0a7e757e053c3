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
    """Sentences: break after . ! ? (and closing quotes) when the next token opens a sentence."""
    out: list[list[Token]] = []
    start = 0  # where the current sentence starts
    n = len(tokens)
    for i in [k for k, tok in enumerate(tokens) if tok.text in _END]:
        j = i + 1
        while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
            j += 1
        nxt = tokens[j].text if j < n else ""
        if not nxt or nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in '"“‘«—–-(':
            out.append(tokens[start:j])
            start = j
    if start < n:
        out.append(tokens[start:])
    return out


def phrase_key(words: Sequence[str]) -> str:
    """The gazetteer key of a token sequence ("St." "Petersburg" -> "St. Petersburg")."""
    if len(words) == 1 and " " not in words[0]:  # (every replacement below needs a space)
        return words[0]
    return " ".join(words).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")
