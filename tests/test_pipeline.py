"""The pipeline composition (briefings.pipeline): the collector thresholds around an article."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from briefings.ingest import SourceText
from briefings.pipeline import _GC_YOUNG, fewer_collections, process_source


@pytest.fixture
def thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


@pytest.mark.usefixtures("thresholds")
@pytest.mark.parametrize(
    ("before", "inside"),
    [
        ((700, 10, 10), (_GC_YOUNG, 10, 10)),  # the default: raised, then set back
        ((100_000, 5, 5), (100_000, 5, 5)),  # higher already: left alone
        ((0, 10, 10), (0, 10, 10)),  # collection switched off: left alone
    ],
)
def test_fewer_collections_raises_the_young_threshold_and_sets_it_back(
    before: tuple[int, int, int], inside: tuple[int, int, int]
) -> None:
    gc.set_threshold(*before)
    with fewer_collections():
        assert gc.get_threshold() == inside
        with fewer_collections():  # nested: only the outermost block sets back
            assert gc.get_threshold() == inside
        assert gc.get_threshold() == inside
    assert gc.get_threshold() == before


@pytest.mark.usefixtures("thresholds")
def test_thresholds_are_set_back_when_an_article_fails() -> None:
    gc.set_threshold(700, 10, 10)
    empty = SourceText(name="empty.txt", lines=(), encoding="utf-8")
    with pytest.raises(ValueError):
        process_source(empty)
    assert gc.get_threshold() == (700, 10, 10)
