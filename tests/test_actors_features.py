"""Tagger features (briefings.actors.features): the per-word caches and the filter by the model's
attributes change no feature list and no tag."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.actors.features import (
    capitalised_mid,
    document_contexts,
    lower_words,
    sentence_features,
    sentence_featurizer,
)
from briefings.actors.tokens import split_sentences, tokenize

detect = importlib.import_module("briefings.actors.detect")
features = importlib.import_module("briefings.actors.features")

TEXT = (
    "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in St. Petersburg on Friday. "
    'The Kremlin said the talks were "useful", Putin\'s aide Yuri Ushakov told TASS. '
    "the talks were held at the Konstantinovsky Palace; the palace is near the Gulf of Finland. "
    "Mr. Witkoff, of the White House, later flew to Abu Dhabi - where the UAE hosts (FIFA) talks."
)
SENTENCES = [[t.text for t in s] for s in split_sentences(tokenize(TEXT))]
DOC = (
    lower_words(w for s in SENTENCES for w in s),
    None,
    capitalised_mid(SENTENCES),
    document_contexts(SENTENCES),
)


def test_featurizer_memo_does_not_depend_on_order() -> None:
    forward = sentence_featurizer(*DOC)
    backward = sentence_featurizer(*DOC)
    got_forward = [forward(s) for s in SENTENCES]
    got_backward = [backward(s) for s in reversed(SENTENCES)][::-1]
    fresh = [sentence_features(s, *DOC) for s in SENTENCES]
    assert got_forward == got_backward == fresh
    assert all(len(f) == len(s) for f, s in zip(fresh, SENTENCES, strict=True))


def test_features_of_a_token_name_the_word_and_its_neighbours() -> None:
    words = SENTENCES[0]
    feats = sentence_features(words, *DOC)
    putin = words.index("Putin")
    assert "w=putin" in feats[putin]
    assert "-1w=vladimir" in feats[putin]
    assert "bg=vladimir|putin" in feats[putin]
    assert "first_tok" in feats[0] and "-1edge" in feats[0]


ALL_FEATURES = sorted({x for s in SENTENCES for f in sentence_features(s, *DOC) for x in f})


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(ALL_FEATURES)))
def test_known_filter_keeps_exactly_the_known_features_in_order(known: set[str]) -> None:
    keep = frozenset(known)
    featurize = sentence_featurizer(*DOC, known=keep)
    for words in SENTENCES:
        want = [[x for x in f if x in keep] for f in sentence_features(words, *DOC)]
        assert featurize(words) == want


def test_model_attributes_are_the_models() -> None:
    tagger = detect._tagger()
    attributes = detect._model_attributes()
    assert attributes is not None
    assert attributes == frozenset(attr for attr, _ in tagger.info().state_features)


def test_known_filter_changes_no_tag_and_no_marginal() -> None:
    tagger = detect._tagger()
    known = detect._model_attributes()
    full = sentence_featurizer(*DOC)
    kept = sentence_featurizer(*DOC, known=known)
    encoded = sentence_featurizer(*DOC, known=known, as_bytes=True)
    for words in SENTENCES:
        tags = tagger.tag(full(words))
        marginals = [tagger.marginal(t, k) for k, t in enumerate(tags)]
        for featurize in (kept, encoded):
            assert tagger.tag(featurize(words)) == tags
            assert [tagger.marginal(t, k) for k, t in enumerate(tags)] == marginals


def _reference_features(
    words: list[str],
    lower_seen: set[str],
    cap_mid: set[str] | None = None,
    doc_ctx: dict[str, list[str]] | None = None,
) -> list[list[str]]:
    """The features the slow way: the per-token implementation the featurizer replaced (kept
    here verbatim, so that the tests above compare the fast path with something other than
    itself: ``sentence_features`` now calls ``sentence_featurizer``)."""
    from briefings.actors.features import _runs, _word_flags, place_tags, shape, short_shape
    from briefings.actors.lexicon import lexicon

    lex = lexicon()
    n = len(words)
    gaz = place_tags(words, lex)
    flags = [_word_flags(w, lex, lower_seen) for w in words]
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


def test_features_match_the_per_token_reference() -> None:
    for words in SENTENCES:
        assert sentence_features(words, *DOC) == _reference_features(words, DOC[0], DOC[2], DOC[3])


#: Words that reach every branch: places (one and several words), first names, name particles,
#: openers, all-capitals, one letter, digits, non-ASCII, lower case also used capitalised.
_WORDS = st.sampled_from(
    [
        "St.",
        "Petersburg",
        "New",
        "York",
        "City",
        "A",
        "Coruña",
        "Abu",
        "Dhabi",
        "Vladimir",
        "Putin",
        "de",
        "la",
        "Cruz",
        "van",
        "der",
        "Berg",
        "Party",
        "Ministry",
        "the",
        "The",
        "said",
        "Said",
        "talks",
        "Talks",
        "UAE",
        "FIFA",
        "(",
        ")",
        '"',
        "“",
        "—",
        "–",
        "-",
        ":",
        "‘",
        "'",
        ".",
        ",",
        "'s",
        "12",
        "x",
        "X",
        "Москва",
        "Ж",
        "é",
        "Évian",
        "Mr.",
        "in",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_WORDS, max_size=14), min_size=1, max_size=4),
    st.booleans(),
    st.sets(_WORDS, max_size=6),
)
def test_featurizer_matches_the_per_token_reference(
    sentences: list[list[str]], with_doc: bool, extra_cap_mid: set[str]
) -> None:
    # Documents of made-up sentences, with and without document features; the caller's
    # capitalised-mid set may also hold lower-case words (no sharing across documents then).
    seen = lower_words(w for s in sentences for w in s)
    cap_mid = capitalised_mid(sentences) | extra_cap_mid if with_doc else None
    ctx = document_contexts(sentences) if with_doc else None
    featurize = sentence_featurizer(seen, None, cap_mid, ctx)
    for words in sentences:
        want = _reference_features(words, seen, cap_mid, ctx)
        assert featurize(words) == want
        known = frozenset(x for f in want[::2] for x in f)  # a model that knows some of them
        filtered = sentence_featurizer(seen, None, cap_mid, ctx, known=known)
        assert filtered(words) == [[x for x in f if x in known] for f in want]
        # UTF-8 bytes for crfsuite: the same features, encoded.
        encoded = sentence_featurizer(seen, None, cap_mid, ctx, as_bytes=True)
        assert encoded(words) == [[x.encode() for x in f] for f in want]
        encoded = sentence_featurizer(seen, None, cap_mid, ctx, known=known, as_bytes=True)
        assert encoded(words) == [[x.encode() for x in f if x in known] for f in want]
        # crfsuite records (crf.FastTagger): each token's pieces join to its features' records.
        records = {x: i.to_bytes(16, "little") for i, x in enumerate(sorted(known))}
        packed = sentence_featurizer(
            seen, None, cap_mid, ctx, known=known, as_bytes=True, records=records
        )
        assert [b"".join(pieces) for pieces in packed(words)] == [
            b"".join(records[x] for x in f if x in known) for f in want
        ]


def test_emptied_word_tables_change_no_feature(monkeypatch: pytest.MonkeyPatch) -> None:
    # The per-process tables are emptied when one outgrows the limit (a long `mkdocs serve`);
    # the entries are then built again, the same.
    monkeypatch.setattr(features, "_WORD_TABLE_LIMIT", 5)

    def held(model: frozenset[str] | None) -> int:  # (read without emptying)
        return next(len(t[0]) for (_, k, _), t in features._WORD_TABLES.values() if k is model)

    known = frozenset(x for s in SENTENCES for f in _reference_features(s, DOC[0]) for x in f[1:])
    for model in (None, known):  # fill them first
        sentence_featurizer(*DOC, known=model)(SENTENCES[0])
    for _ in range(2):
        for model in (None, known):
            featurize = sentence_featurizer(*DOC, known=model)
            assert held(model) == 0  # emptied: an earlier document filled it
            for words in SENTENCES:
                want = _reference_features(words, DOC[0], DOC[2], DOC[3])
                if model is not None:
                    want = [[x for x in f if x in model] for f in want]
                assert featurize(words) == want
            assert held(model) > 5
