"""The tagger through crfsuite's C interface (briefings.actors.crf): exactly python-crfsuite's
tags and marginals, or not used at all."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from briefings.actors.crf import FastTagger, open_tagger
from briefings.actors.features import (
    capitalised_mid,
    document_contexts,
    lower_words,
    sentence_featurizer,
)
from briefings.actors.lexicon import data_path
from briefings.actors.tokens import split_sentences, tokenize

detect = importlib.import_module("briefings.actors.detect")

TEXTS = [
    "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in St. Petersburg on Friday.",
    'The Kremlin said the talks were "useful", Putin\'s aide Yuri Ushakov told TASS.',
    "the talks were held at the Konstantinovsky Palace; the palace is near the Gulf of Finland.",
    "Mr. Witkoff, of the White House, later flew to Abu Dhabi - where the UAE hosts (FIFA) talks.",
    "Angela Merkel und Emmanuel Macron trafen sich in Paris.",
    "—",
    "NASA",
]


def _document(text: str) -> tuple[list[list[str]], tuple[Any, ...]]:
    """The sentences of ``text`` and the document arguments of ``sentence_featurizer``."""
    sentences = [[t.text for t in s] for s in split_sentences(tokenize(text))]
    seen = lower_words(w for s in sentences for w in s)
    return sentences, (seen, None, capitalised_mid(sentences), document_contexts(sentences))


def _fast() -> FastTagger:
    fast = detect._fast_tagger()
    if fast is None:
        pytest.skip("crfsuite's C interface is not available here")
    return fast


def test_the_fast_tagger_is_used_where_it_can_be() -> None:
    # (python-crfsuite's wheels for 64-bit Linux carry the crfsuite functions it calls)
    assert detect._fast_tagger() is not None
    assert frozenset(_fast().records) == detect._model_attributes()


@pytest.mark.parametrize("text", TEXTS)
def test_same_tags_and_marginals_as_python_crfsuite(text: str) -> None:
    fast, tagger = _fast(), detect._tagger()
    sentences, doc = _document(text)
    known = detect._model_attributes()
    encoded = sentence_featurizer(*doc, known, as_bytes=True)
    packed = sentence_featurizer(*doc, known, as_bytes=True, records=fast.records)
    for words in sentences:
        tags = tagger.tag(encoded(words))
        marginals = [tagger.marginal(y, k) for k in range(len(words)) for y in fast.labels]
        assert fast.tag(packed(words)) == tags
        assert [fast.marginal(y, k) for k in range(len(words)) for y in fast.labels] == marginals


@pytest.mark.parametrize("text", TEXTS)
def test_records_are_the_encoded_features_in_order(text: str) -> None:
    fast = _fast()
    sentences, doc = _document(text)
    known = detect._model_attributes()
    encoded = sentence_featurizer(*doc, known, as_bytes=True)
    packed = sentence_featurizer(*doc, known, as_bytes=True, records=fast.records)
    for words in sentences:
        want = [b"".join(fast.records[x.decode()] for x in f) for f in encoded(words)]
        assert [b"".join(pieces) for pieces in packed(words)] == want


def test_an_empty_sequence_has_no_tags() -> None:
    assert _fast().tag([]) == detect._tagger().tag([]) == []


class _Differs:
    """python-crfsuite's tagger, but for the probe's first label."""

    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger

    def labels(self) -> list[str]:
        return list(self.tagger.labels())

    def tag(self, xseq: Any) -> list[str]:
        tags = list(self.tagger.tag(xseq))
        return ["B-PER" if tags[0] == "O" else "O", *tags[1:]]

    def marginal(self, label: str, position: int) -> float:
        return float(self.tagger.marginal(label, position))


def test_not_used_when_the_probe_differs() -> None:
    _fast()
    path = str(data_path("tagger.crfsuite"))
    assert open_tagger(path, detect._tagger()) is not None
    assert open_tagger(path, _Differs(detect._tagger())) is None


def test_not_used_without_the_model() -> None:
    assert open_tagger("/nonexistent/tagger.crfsuite", detect._tagger()) is None
