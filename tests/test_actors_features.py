"""Tagger features (briefings.actors.features): the per-word caches and the filter by the model's
attributes change no feature list and no tag."""

from __future__ import annotations

import importlib

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
    for words in SENTENCES:
        tags = tagger.tag(full(words))
        marginals = [tagger.marginal(t, k) for k, t in enumerate(tags)]
        assert tagger.tag(kept(words)) == tags
        assert [tagger.marginal(t, k) for k, t in enumerate(tags)] == marginals
