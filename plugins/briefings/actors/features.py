"""Token features of the actor tagger (shared by tools/train_tagger.py and run time).

Features: the word, its shape, affixes and capitalisation; its neighbours; membership in the
gazetteers (places by class, multi-word places as B/I spans, first names, surnames, organization and
place head words, title words, demonyms, calendar words); whether the document also uses the word
in lower case (a capitalised common word at the start of a sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .lexicon import Lexicon, lexicon
from .tokens import phrase_key

_UPPER = re.compile(r"[A-ZÀ-ÞА-ЯЁ]")
_LOWER = re.compile(r"[a-zß-ÿа-яё]")
_DIGIT = re.compile(r"\d")


def shape(word: str) -> str:
    s = _UPPER.sub("X", word)
    s = _LOWER.sub("x", s)
    return _DIGIT.sub("d", s)


def short_shape(word: str) -> str:
    out: list[str] = []
    for ch in shape(word):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def lower_words(words: Iterable[str]) -> set[str]:
    """Words a document writes in lower case (so a capitalised use may be sentence-initial)."""
    return {w for w in words if w.islower()}


def capitalised_mid(sentences: Iterable[Sequence[str]]) -> set[str]:
    """Words a document capitalises in mid-sentence (a name even where it opens a sentence)."""
    out: set[str] = set()
    for words in sentences:
        for k in range(1, len(words)):
            w = words[k]
            opener = words[k - 1] in {".", '"', "“", ":", "—"}
            if w[:1].isupper() and not w.isupper() and not opener:
                out.add(w)
    return out


def document_contexts(sentences: Iterable[Sequence[str]], limit: int = 24) -> dict[str, list[str]]:
    """Context aggregation over a document: for every capitalised word, the words right before
    and after each of its occurrences ("in", "said", "Mr.", "Party"), so that one use that
    gives the kind away informs the others (Ratinov & Roth 2009)."""
    out: dict[str, set[str]] = {}
    for words in sentences:
        n = len(words)
        for k, w in enumerate(words):
            if not w[:1].isupper():
                continue
            ctx = out.setdefault(w, set())
            if len(ctx) >= limit:
                continue
            ctx.add("p=" + (words[k - 1].lower() if k > 0 else "<s>"))
            ctx.add("n=" + (words[k + 1].lower() if k + 1 < n else "</s>"))
    return {w: sorted(ctx) for w, ctx in out.items()}


def place_tags(words: Sequence[str], lex: Lexicon) -> list[str]:
    """Per token: "B-country", "I-city", ... for the longest gazetteer place starting there."""
    tags = ["O"] * len(words)
    i = 0
    n = len(words)
    firsts = lex.place_firsts
    while i < n:
        longest = firsts.get(words[i])
        if longest is None:
            i += 1
            continue
        found = 0
        cls = ""
        for length in range(min(longest, n - i), 0, -1):
            key = phrase_key(words[i : i + length])
            if key in lex.places:
                found, cls = length, lex.places[key]
                break
        if found:
            tags[i] = "B-" + cls
            for j in range(i + 1, i + found):
                tags[j] = "I-" + cls
            i += found
        else:
            i += 1
    return tags


#: Word-list flags: (feature name, Lexicon field holding the list).
_FLAG_LISTS = (
    ("first", "first_names"),
    ("last", "last_names"),
    ("orgw", "org_words"),
    ("placew", "place_words"),
    ("title", "title_words"),
    ("demonym", "demonyms"),
    ("notactor", "not_actors"),
    ("knownorg", "known_orgs"),
)


def _word_flags(word: str, lex: Lexicon, lower_seen: set[str]) -> list[str]:
    flags = [flag for flag, field in _FLAG_LISTS if word in getattr(lex, field)]
    if word[:1].isupper() and word.lower() in lower_seen:
        flags.append("seenlower")
    if word[:1].isupper():
        if word.lower() in lex.dict_lower:
            flags.append("dictlow")
        if word in lex.dict_proper:
            flags.append("dictprop")
        elif word.lower() not in lex.dict_lower and word.isalpha():
            flags.append("unknown")
    return flags


def _runs(words: Sequence[str], lex: Lexicon) -> list[list[str]]:
    """Features of the capitalised run each token sits in ("Republic Windows and Doors"):
    position, length and what its last and first words are."""
    n = len(words)
    out: list[list[str]] = [[] for _ in range(n)]
    i = 0
    while i < n:
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < n and (
            words[j][:1].isupper()
            or (words[j] in lex.name_particles and j + 1 < n and words[j + 1][:1].isupper())
        ):
            j += 1
        length = j - i
        last, first = words[j - 1], words[i]
        common = [f"run_len={min(length, 5)}"]
        if last in lex.org_words:
            common.append("run_last_org")
        if last in lex.place_words:
            common.append("run_last_place")
        if first in lex.first_names:
            common.append("run_first_name")
        if last in lex.last_names:
            common.append("run_last_surname")
        if any(w in lex.name_particles for w in words[i:j]):
            common.append("run_has_particle")
        for k in range(i, j):
            pos = "S" if length == 1 else "B" if k == i else "E" if k == j - 1 else "I"
            out[k] = [f"run_pos={pos}", *common]
        i = j
    return out


def sentence_features(
    words: Sequence[str],
    lower_seen: set[str],
    lex: Lexicon | None = None,
    cap_mid: set[str] | None = None,
    doc_ctx: dict[str, list[str]] | None = None,
) -> list[list[str]]:
    """One list of string features per token (python-crfsuite's item format)."""
    lex = lex or lexicon()
    n = len(words)
    gaz = place_tags(words, lex)
    memo: dict[str, list[str]] = {}
    flags = []
    for w in words:
        got = memo.get(w)
        if got is None:
            got = memo[w] = _word_flags(w, lex, lower_seen)
        flags.append(got)
    shapes = [short_shape(w) for w in words]
    lowers = [w.lower() for w in words]
    runs = _runs(words, lex)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = [
            "bias",
            "w=" + lowers[i],
            "sh=" + shape(w)[:8],
            "ss=" + shapes[i],
            "p2=" + w[:2],
            "p3=" + w[:3],
            "s2=" + lowers[i][-2:],
            "s3=" + lowers[i][-3:],
            "s4=" + lowers[i][-4:],
            "gaz=" + gaz[i],
        ]
        if w[:1].isupper():
            f.append("cap")
        if w.isupper() and len(w) > 1:
            f.append("allcap")
        if i == 0 or words[i - 1] in {'"', "“", "—", "–", "-", "(", ":", "‘", "'"}:
            f.append("first_tok")
        if len(w) == 1:
            f.append("len1")
        f.extend("f=" + x for x in flags[i])
        f.extend(runs[i])
        if cap_mid is not None and w in cap_mid:
            f.append("capmid_doc")
        if doc_ctx is not None:
            f.extend("d" + x for x in doc_ctx.get(w, ()))
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.append(f"{off}w=" + lowers[j])
                f.append(f"{off}ss=" + shapes[j])
                if abs(off) == 1:
                    f.append(f"{off}gaz=" + gaz[j])
                    f.extend(f"{off}f=" + x for x in flags[j])
            else:
                f.append(f"{off}edge")
        if i > 0:
            f.append("bg=" + lowers[i - 1] + "|" + lowers[i])
        if i + 1 < n:
            f.append("bg+=" + lowers[i] + "|" + lowers[i + 1])
        out.append(f)
    return out
