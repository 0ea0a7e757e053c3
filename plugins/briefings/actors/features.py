"""Token features of the actor tagger (shared by tools/train_tagger.py and run time).

Features: the word, its shape, affixes and capitalisation; its neighbours; membership in the
gazetteers (places by class, multi-word places as B/I spans, first names, surnames, organization and
place head words, title words, demonyms, calendar words); whether the document also uses the word
in lower case (a capitalised common word at the start of a sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal, overload

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
    """The shape with runs of one character written once ("Xxxxx" -> "Xx")."""
    return _collapse(shape(word))


def _collapse(s: str) -> str:
    out: list[str] = []
    for ch in s:
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
        for prev, w in pairwise(words):
            if w[:1].isupper() and not w.isupper() and prev not in _MID_OPENERS:
                out.add(w)
    return out


_MID_OPENERS = frozenset({".", '"', "“", ":", "—"})


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
    if firsts.keys().isdisjoint(words):  # no place can start in this sentence
        return tags
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


def _runs(words: Sequence[str], lex: Lexicon) -> list[tuple[str, ...]]:
    """Features of the capitalised run each token sits in ("Republic Windows and Doors"):
    position, length and what its last and first words are."""
    n = len(words)
    out: list[tuple[str, ...]] = [()] * n
    particles = lex.name_particles
    j = 0  # the end of the last run
    for i, first in enumerate(words):
        if i < j or not first[:1].isupper():
            continue
        j = i + 1
        while j < n and (
            words[j][:1].isupper()
            or (words[j] in particles and j + 1 < n and words[j + 1][:1].isupper())
        ):
            j += 1
        if j == i + 1:
            out[i] = _run_features(1, first, first, False, lex)[0]
            continue
        start, middle, end = _run_features(
            j - i, first, words[j - 1], not particles.isdisjoint(words[i:j]), lex
        )
        out[i] = start
        out[i + 1 : j - 1] = [middle] * (j - i - 2)
        out[j - 1] = end
    return out


def _run_features(
    length: int, first: str, last: str, has_particle: bool, lex: Lexicon
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The features of the first, a middle and the last token of a run (one token: all "S")."""
    common = [f"run_len={min(length, 5)}"]
    if last in lex.org_words:
        common.append("run_last_org")
    if last in lex.place_words:
        common.append("run_last_place")
    if first in lex.first_names:
        common.append("run_first_name")
    if last in lex.last_names:
        common.append("run_last_surname")
    if has_particle:
        common.append("run_has_particle")
    if length == 1:
        single = ("run_pos=S", *common)
        return single, single, single
    return ("run_pos=B", *common), ("run_pos=I", *common), ("run_pos=E", *common)


def sentence_features(
    words: Sequence[str],
    lower_seen: set[str],
    lex: Lexicon | None = None,
    cap_mid: set[str] | None = None,
    doc_ctx: dict[str, list[str]] | None = None,
) -> list[list[str]]:
    """One list of string features per token (python-crfsuite's item format)."""
    return sentence_featurizer(lower_seen, lex, cap_mid, doc_ctx)(words)


#: Tokens after which a token counts as the first of a sentence or clause.
_OPENERS = frozenset({'"', "“", "—", "–", "-", "(", ":", "‘", "'"})
#: Per lexicon and model attributes (see ``_word_table``): what depends on the word, the lexicon
#: and the model only.
_WordTables = tuple[
    dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]], dict[str, str | bytes | None]
]
_WORD_TABLES: dict[tuple[int, int, bool, int], tuple[Any, _WordTables]] = {}
#: Words held before the tables are emptied: about 1.7 KB a word (table, shared entry and
#: contexts), so some 90 MB at most in a long `mkdocs serve` session (per lexicon and model).
_WORD_TABLE_LIMIT = 50_000


def _word_table(
    lex: Lexicon,
    known: frozenset[str] | None,
    as_bytes: bool,
    records: Mapping[str, bytes] | None = None,
) -> _WordTables:
    """Per process: word -> ``_word_info``; lower-case word -> its entry; document context
    ("p=said") -> its feature ("dp=said"), None when the model lacks it."""
    key = (id(lex), id(known), as_bytes, id(records))
    got = _WORD_TABLES.get(key)
    if got is None or got[0][0] is not lex or got[0][1] is not known or got[0][2] is not records:
        if len(_WORD_TABLES) >= 4:
            _WORD_TABLES.clear()
        got = _WORD_TABLES[key] = ((lex, known, records), ({}, {}, {}))
    tables = got[1]
    if any(len(t) > _WORD_TABLE_LIMIT for t in tables):
        for t in tables:
            t.clear()
    return tables


def _keeper(
    known: frozenset[str] | None,
    as_bytes: bool = False,
    records: Mapping[str, bytes] | None = None,
) -> Callable[[Iterable[str]], tuple[Any, ...]]:
    """The features of ``items`` that ``known`` holds (all when None), UTF-8 encoded when
    ``as_bytes``; with ``records``, the records of those it holds joined into one (none when
    it holds none of them)."""
    if records is not None:
        join = b"".join

        def packed(items: Iterable[str]) -> tuple[bytes, ...]:
            got = join([records[x] for x in items if x in records])
            return (got,) if got else ()

        return packed
    if as_bytes:
        if known is None:
            return lambda items: tuple([x.encode() for x in items])
        return lambda items: tuple([x.encode() for x in items if x in known])
    if known is None:
        return tuple
    contains = known.__contains__
    return lambda items: tuple(filter(contains, items))


def _word_info(
    w: str,
    lex: Lexicon,
    known: frozenset[str] | None,
    as_bytes: bool = False,
    records: Mapping[str, bytes] | None = None,
) -> tuple[Any, ...]:
    """(own features before "gaz=", capitalisation features, own flag features without and with
    "seenlower", lower case, neighbour features at -2, -1 (without, with "seenlower"), +1 (idem),
    +2, capitalised), each tuple without the attributes ``known`` lacks (and encoded when
    ``as_bytes``, or records with ``records``)."""
    keep = _keeper(known, as_bytes, records)
    low = w.lower()
    sh = shape(w)
    ss = _collapse(sh)
    head = (
        "bias",
        "w=" + low,
        "sh=" + sh[:8],
        "ss=" + ss,
        "p2=" + w[:2],
        "p3=" + w[:3],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
    )
    cap = w[:1].isupper()
    caps = (("cap",) if cap else ()) + (("allcap",) if w.isupper() and len(w) > 1 else ())
    flags = _word_flags(w, lex, set())
    before = [f for f in flags if f in _LIST_FLAGS]
    after = [f for f in flags if f not in _LIST_FLAGS]
    seen = [*before, "seenlower", *after]
    len1 = ("len1",) if len(w) == 1 else ()
    return (
        keep(head),
        keep(caps),
        keep((*len1, *("f=" + x for x in flags))),
        keep((*len1, *("f=" + x for x in seen))),
        low,
        keep(("-2w=" + low, "-2ss=" + ss)),
        keep(("-1w=" + low, "-1ss=" + ss)),
        keep("-1f=" + x for x in flags),
        keep("-1f=" + x for x in seen),
        keep(("1w=" + low, "1ss=" + ss)),
        keep("1f=" + x for x in flags),
        keep("1f=" + x for x in seen),
        keep(("2w=" + low, "2ss=" + ss)),
        cap,
    )


_LIST_FLAGS = frozenset(flag for flag, _ in _FLAG_LISTS)


_Pairs = dict[str, frozenset[str]]


@lru_cache(maxsize=4)
def _bigram_pairs(known: frozenset[str]) -> tuple[_Pairs, _Pairs]:
    """The word pairs of the known "bg=" and "bg+=" features, first word -> second words (a
    superset where a word holds "|": every split is taken, and whole strings are checked too),
    so that the strings of the other pairs are never built."""
    pairs: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})
    for attr in known:
        if attr.startswith(("bg=", "bg+=")):
            rest, into = (attr[3:], pairs[0]) if attr[2] == "=" else (attr[4:], pairs[1])
            for j, ch in enumerate(rest):
                if ch == "|":
                    into.setdefault(rest[:j], set()).add(rest[j + 1 :])
    bg, bgp = ({a: frozenset(bs) for a, bs in p.items()} for p in pairs)
    return bg, bgp


@overload
def sentence_featurizer(
    lower_seen: set[str],
    lex: Lexicon | None = None,
    cap_mid: set[str] | None = None,
    doc_ctx: dict[str, list[str]] | None = None,
    known: frozenset[str] | None = None,
    as_bytes: Literal[False] = False,
) -> Callable[..., list[list[str]]]: ...


@overload
def sentence_featurizer(
    lower_seen: set[str],
    lex: Lexicon | None = None,
    cap_mid: set[str] | None = None,
    doc_ctx: dict[str, list[str]] | None = None,
    known: frozenset[str] | None = None,
    *,
    as_bytes: Literal[True],
    records: Mapping[str, bytes] | None = None,
) -> Callable[..., list[list[bytes]]]: ...


def sentence_featurizer(
    lower_seen: set[str],
    lex: Lexicon | None = None,
    cap_mid: set[str] | None = None,
    doc_ctx: dict[str, list[str]] | None = None,
    known: frozenset[str] | None = None,
    as_bytes: bool = False,
    records: Mapping[str, bytes] | None = None,
) -> Callable[..., list[list[Any]]]:
    """``sentence_features`` for the sentences of one document: the features of each distinct
    word are put together once (per process for what depends on the lexicon only, per document
    for the rest), so that every token only adds those of its context.

    ``known``: the attributes of the tagger's model; the features it lacks are left out (crfsuite
    skips them anyway: the same tags and marginals for less work), each list keeping its order.

    ``as_bytes``: every feature UTF-8 encoded, as crfsuite reads it (pycrfsuite then copies the
    bytes instead of encoding each string again: a sixth less time in ``Tagger.tag``).

    ``records``: the crfsuite record of every attribute of the model (``crf.FastTagger``):
    each token is then a list of byte strings that joined are its features' records, in the
    same order (the attributes ``records`` lacks left out), for ``FastTagger.tag``."""
    lex = lex or lexicon()
    table, plain, contexts = _word_table(lex, known, as_bytes, records)
    memo: dict[str, tuple[Any, ...]] = {}
    # A word not capitalised has no document features (seen lower case, capitalised mid-sentence,
    # contexts: all about capitalised words), so its entry is the same in every document and is
    # kept per process in ``plain`` -- unless the caller's sets hold such words.
    shared = all(w[:1].isupper() for w in cap_mid or ()) and all(
        w[:1].isupper() for w in doc_ctx or ()
    )
    if not shared:
        plain = {}
    keep = _keeper(known, as_bytes, records)
    first_tok = keep(("first_tok",))
    capmid_doc = keep(("capmid_doc",))
    edge_m2, edge_m1, edge_p1, edge_p2 = (keep((f"{off}edge",)) for off in (-2, -1, 1, 2))
    gaz_feats: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
    run_feats: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}
    bg_pairs, bgp_pairs = _bigram_pairs(known) if known is not None else (None, None)
    nothing: frozenset[str] = frozenset()
    any_word = _AnyWord()
    # (a bigram feature: the model's record of it, its UTF-8 bytes or the string)
    encode: Callable[[str], Any] = (
        records.__getitem__ if records is not None else str.encode if as_bytes else str
    )

    def gaz_of(tag: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        got = gaz_feats[tag] = (
            keep(("gaz=" + tag,)),
            keep(("-1gaz=" + tag,)),
            keep(("1gaz=" + tag,)),
        )
        return got

    gaz_o, gaz_o_m1, gaz_o_p1 = gaz_of("O")

    def entry(w: str) -> tuple[Any, ...]:
        """The features of a word in this document, in the slots of ``_E_*``. A token's own
        features are, in order: head, gaz, caps, [first_tok], own flags, [run], doc; the
        ``_E_ALONE`` slot joins them for the usual token (gaz "O", no first_tok, no run)."""
        info = table.get(w)
        if info is None:
            info = table[w] = _word_info(w, lex, known, as_bytes, records)
        head, caps, own, own_seen, low, m2, m1, m1f, m1f_seen, p1, p1f, p1f_seen, p2, cap = info
        if cap and low in lower_seen:
            own, m1f, p1f = own_seen, m1f_seen, p1f_seen
        # (Looked up for every word: a lower-case one is in the sets only when ``shared`` is
        # false, and then gets its document features as in ``sentence_features``.)
        capmid = cap_mid is not None and w in cap_mid
        ctx = doc_ctx.get(w, ()) if doc_ctx is not None else ()
        if ctx:
            feats = []
            for x in ctx:
                d = contexts.get(x, _UNSEEN)
                if d is _UNSEEN:
                    kept = keep(("d" + x,))
                    d = contexts[x] = kept[0] if kept else None
                if d is not None:
                    feats.append(d)
            doc = (*capmid_doc, *feats) if capmid else tuple(feats)
        else:
            doc = capmid_doc if capmid else ()
        got = (
            (*head, *gaz_o, *caps, *own, *doc),
            head,
            caps,
            own,
            doc,
            low,
            m2,
            (*m1, *gaz_o_m1, *m1f),
            m1,
            m1f,
            (*p1, *gaz_o_p1, *p1f),
            p1,
            p1f,
            p2,
            # The words that can follow this one in a "bg=" and a "bg+=" feature.
            any_word if bg_pairs is None else bg_pairs.get(low, nothing),
            any_word if bgp_pairs is None else bgp_pairs.get(low, nothing),
        )
        if cap or not shared:
            memo[w] = got
        else:
            plain[w] = got
        return got

    # Stand-ins for the tokens before and after a sentence (gaz "O"): their context slots hold
    # the edge features, and no bigram starts at them.
    before2 = (None,) * _E_M2 + (edge_m2,) + (None,) * (_E_P2 - _E_M2) + (nothing, nothing)
    before1 = (
        (None,) * _E_M2 + (edge_m2, edge_m1) + (None,) * (_E_P2 - _E_M1_O) + (nothing, nothing)
    )
    after1 = (None,) * _E_P1_O + (edge_p1, None, None, edge_p2, nothing, nothing)
    after2 = (None,) * _E_P2 + (edge_p2, nothing, nothing)

    def featurize(words: Sequence[str], gaz: list[str] | None = None) -> list[list[str]]:
        """The features of one sentence (``gaz``: its ``place_tags``, when known already)."""
        n = len(words)
        if gaz is None:
            gaz = place_tags(words, lex)
        get, get_plain = memo.get, plain.get
        entries = [
            before2,
            before1,
            *[get_plain(w) or get(w) or entry(w) for w in words],
            after1,
            after2,
        ]
        runs = _runs(words, lex)
        out: list[list[str]] = []
        append = out.append
        prev_tag = "O"
        opens = True
        tag = gaz[0] if n else "O"
        for i in range(n):
            e = entries[i + 2]
            next_tag = gaz[i + 1] if i + 1 < n else "O"
            run = runs[i]
            if tag == "O" and not opens and not run:
                own = e[_E_ALONE]
            else:
                if run:
                    kept = run_feats.get(run)
                    if kept is None:
                        kept = run_feats[run] = keep(run)
                else:
                    kept = ()
                own = (
                    *e[_E_HEAD],
                    *(gaz_feats.get(tag) or gaz_of(tag))[0],
                    *e[_E_CAPS],
                    *(first_tok if opens else ()),
                    *e[_E_OWN],
                    *kept,
                    *e[_E_DOC],
                )
            prev = entries[i + 1]
            nxt = entries[i + 3]
            f = [
                *own,
                *entries[i][_E_M2],
                *(
                    prev[_E_M1_O]
                    if prev_tag == "O"
                    else (*prev[_E_M1], *gaz_feats[prev_tag][1], *prev[_E_M1F])
                ),
                *(
                    nxt[_E_P1_O]
                    if next_tag == "O"
                    else (
                        *nxt[_E_P1],
                        *(gaz_feats.get(next_tag) or gaz_of(next_tag))[2],
                        *nxt[_E_P1F],
                    )
                ),
                *entries[i + 4][_E_P2],
            ]
            low = e[_E_LOW]
            if low in prev[_E_BG]:  # (never at the first token: no pair starts at before1)
                bg = "bg=" + prev[_E_LOW] + "|" + low
                if known is None or bg in known:
                    f.append(encode(bg))
            if nxt[_E_LOW] in e[_E_BGP]:  # (never at the last: after1's word is None)
                bg = "bg+=" + low + "|" + nxt[_E_LOW]
                if known is None or bg in known:
                    f.append(encode(bg))
            append(f)
            prev_tag, tag = tag, next_tag
            opens = words[i] in _OPENERS
        return out

    return featurize


#: Slots of a word's entry in ``sentence_featurizer``.
(
    _E_ALONE,
    _E_HEAD,
    _E_CAPS,
    _E_OWN,
    _E_DOC,
    _E_LOW,
    _E_M2,
    _E_M1_O,
    _E_M1,
    _E_M1F,
    _E_P1_O,
    _E_P1,
    _E_P1F,
    _E_P2,
    _E_BG,
    _E_BGP,
) = range(16)


#: A document context not looked up yet.
_UNSEEN: Any = object()


class _AnyWord:
    """Every word (the bigram filter without a model: all pairs are built)."""

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str)
