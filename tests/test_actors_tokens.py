"""Tokens (briefings.actors.tokens): the lazy and the tail tokenizers give tokenize's tokens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.actors.tokens import (
    Token,
    _token_re,
    bounded_sentences,
    iter_tokens,
    phrase_key,
    split_cells,
    split_sentences,
    tail_tokens,
    tokenize,
)

_TEXT = st.text(
    alphabet=st.sampled_from(list("ab J.U.S Mr.St 's’ 12,5\t\n\u00a0\u2003-—“\"()é&")),
    max_size=200,
)


@settings(deadline=None)  # (no timing in tests: a loaded machine must not fail them)
@given(_TEXT)
def test_iter_tokens_are_tokenize(text: str) -> None:
    assert list(iter_tokens(text)) == tokenize(text)


@given(_TEXT, st.integers(0, 200), st.integers(0, 200), st.integers(1, 20))
def test_tail_tokens_end_with_the_tokens_of_the_whole_window(
    text: str, a: int, b: int, count: int
) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    offset, toks = tail_tokens(text, start, end, count)
    assert start <= offset <= end
    assert toks == tokenize(text[offset:end])
    want = [(t.text, start + t.start, start + t.end) for t in tokenize(text[start:end])]
    got = [(t.text, offset + t.start, offset + t.end) for t in toks]
    assert got[-count:] == want[-count:]
    assert len(got) >= min(count, len(want))


def test_tail_tokens_take_a_shorter_window_in_long_text() -> None:
    text = "Officials said on Monday that " * 20 + "President Vladimir Putin"
    end = text.index("Vladimir")
    offset, toks = tail_tokens(text, 0, end, 17)
    assert offset > 0 and len(toks) >= 17
    assert [t.text for t in toks[-2:]] == ["that", "President"]


_PROSE = st.text(
    alphabet=st.sampled_from(
        list("abcXYZ Mr.St.etc approx vs J.U.S. 's’re l'O 12,5:3 \t\n\u00a0-—“”\"()!?;,.é_ßЖ中&")
    ),
    max_size=80,
)


@given(st.one_of(_PROSE, st.text(max_size=40)))
def test_token_shortcuts_change_no_token(text: str) -> None:
    # The shortcut alternatives tried first must give the tokens the full pattern gives.
    slow = [(m.group(), m.span()) for m in _token_re(shortcuts=False).finditer(text)]
    assert [(t.text, (t.start, t.end)) for t in tokenize(text)] == slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Letters joined by an ampersand are one word (the tagger's training data writes
        # "a&m", "R&L", "F&AM" so): a company's or a school's name.
        ("AT&T's chief", ["AT&T", "'s", "chief"]),
        ("Texas A&M, S&P.", ["Texas", "A&M", ",", "S&P", "."]),
        # ... not with spaces or digits around it, nor a chain of them.
        ("rock & roll", ["rock", "&", "roll"]),
        ("3&4 A& &B", ["3", "&", "4", "A", "&", "&", "B"]),
        ("a&b&c", ["a", "&", "b", "&", "c"]),
    ],
)
def test_ampersand_words(text: str, want: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == want


@given(st.lists(st.sampled_from(["St.", "Petersburg", "-", "'s", "’s", "a - b", " 's", "x y"])))
def test_phrase_key_of_one_word_is_the_word_unless_it_holds_a_space(words: list[str]) -> None:
    full = " ".join(words).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")
    assert phrase_key(words) == full


def _reference_sentences(tokens: list[Token]) -> list[list[Token]]:
    """split_sentences the slow way: the token-by-token loop it replaced (kept verbatim, so that
    the property below compares the fast path with something other than itself)."""
    out: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        current.append(tok)
        i += 1
        if tok.text in {".", "!", "?", "…"}:
            while (
                i < n
                and tokens[i].text in {'"', "”", "’", "'", ")", "]", "»"}
                and tokens[i].start == current[-1].end
            ):
                current.append(tokens[i])
                i += 1
            nxt = tokens[i].text if i < n else ""
            if not nxt or nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in '"“‘«—–-(':
                out.append(current)
                current = []
    if current:
        out.append(current)
    return out


_SENTENCES = st.text(alphabet=st.sampled_from(list("ab X.!?… \"”’')]»“‘«—–-(1")), max_size=120)


@settings(deadline=None)
@given(_SENTENCES)
def test_split_sentences_is_the_token_by_token_split(text: str) -> None:
    assert split_sentences(tokenize(text)) == _reference_sentences(tokenize(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("", []),
        ("No stop", ["No stop"]),
        ("He left. She came.", ["He left.", "She came."]),
        ('He said "go." Then left.', ['He said "go."', "Then left."]),
        ('He said "go." "Now."', ['He said "go."', '"Now."']),
        ("It cost 5. 3 left.", ["It cost 5.", "3 left."]),
        ("Wait... what? Yes!", ["Wait... what?", "Yes!"]),
        ("Mr. Smith came. he left.", ["Mr. Smith came. he left."]),
        ('"Go." (Later.)', ['"Go."', "(Later.)"]),
        ('Go. " Later', ["Go.", '" Later']),
        # a reference mark glued to the stop belongs to the sentence it ends
        ("It rose.[45] With it.", ["It rose.[45]", "With it."]),
        ("He left.[a] Then came.", ["He left.[a]", "Then came."]),
        ("It rose. [45] with it.", ["It rose. [45] with it."]),
    ],
)
def test_split_sentences_breaks_where_the_next_token_opens_a_sentence(
    text: str, want: list[str]
) -> None:
    got = [text[s[0].start : s[-1].end] for s in split_sentences(tokenize(text))]
    assert got == want


@pytest.mark.parametrize(
    ("lengths", "limit", "want"),
    [
        ([3, 5], 5, [3, 5]),  # short enough: unchanged
        ([12], 5, [5, 5, 2]),  # no comma: cut every ``limit`` tokens
        ([0], 5, [0]),
    ],
)
def test_bounded_sentences_cut_long_ones(lengths: list[int], limit: int, want: list[int]) -> None:
    sentences = [tokenize(" ".join(["w"] * n)) for n in lengths]
    got = bounded_sentences(sentences, limit)
    assert [len(s) for s in got] == want
    assert [t for s in got for t in s] == [t for s in sentences for t in s]  # nothing lost


def test_bounded_sentences_cut_after_a_comma_in_the_second_half() -> None:
    toks = tokenize("a b c d e f , g h i j k l m n")
    pieces = bounded_sentences([toks], 10)
    assert [" ".join(t.text for t in p) for p in pieces] == ["a b c d e f ,", "g h i j k l m n"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("4\tHamilton\tWaikato\t241,200", [["4"], ["Hamilton"], ["Waikato"], ["241,200"]]),
        ("Kapiti\tWellington 42,700", [["Kapiti"], ["Wellington", "42,700"]]),
        ("Mayor\nJohn Smith said", [["Mayor"], ["John", "Smith", "said"]]),
        (
            "John Smith said so. Then\tleft",
            [["John", "Smith", "said", "so", "."], ["Then"], ["left"]],
        ),
        ("No break here. None at all", [["No", "break", "here", "."], ["None", "at", "all"]]),
    ],
)
def test_split_cells_cuts_at_tabs_and_line_breaks(text: str, pieces: list[list[str]]) -> None:
    got = split_cells(split_sentences(tokenize(text)), text)
    assert [[t.text for t in s] for s in got] == pieces
