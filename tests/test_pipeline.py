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


def test_an_editor_drops_a_joined_paragraph_of_a_wrapped_seed_by_its_reported_text() -> None:
    """A hard-wrapped seed's paragraph is one line (its whole text) in the removal report, and
    ``drop:`` names it so; the report gives the file's line number of its first line."""
    from briefings.editor import parse_editor_data
    from briefings.ingest import decode_source
    from briefings.yamlfile import parse_yaml

    paragraphs = [
        "The finance ministers of the seven largest economies agreed on Friday to a new\n"
        "budget framework after two days of talks in London, officials said, ending\n"
        "months of disagreement over spending rules and deficits.",
        "The agreement, which still needs approval by national parliaments, sets limits\n"
        "on deficits and gives governments more time to cut their debts, according to\n"
        "a draft seen by reporters on Friday evening.",
        "Critics said the deal did not go far enough and warned that the new rules would\n"
        "be hard to enforce in the countries with the largest debts of the group.",
    ]
    source = decode_source("wire.txt", "\n\n".join(paragraphs).encode())
    second = " ".join(paragraphs[1].split("\n"))
    editor = parse_editor_data(parse_yaml(f"drop: [{second!r}]\n", "wire.yml"), "wire.yml")
    article = process_source(source, "wire", editor)
    kept = [p for s in (article.briefing.lead, *article.briefing.sections) for p in s.paragraphs]
    assert kept == [" ".join(paragraphs[0].split("\n")), " ".join(paragraphs[2].split("\n"))]
    assert [(r.line, r.text) for r in article.briefing.removed] == [(5, second)]
