"""Names in articles that are not in English (briefings.actors.languages, issue 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.actors import find_actors
from briefings.actors.languages import language, lexicon_for
from briefings.actors.lexicon import lexicon
from briefings.ingest import SourceText
from briefings.pipeline import process_source
from briefings.sections import Briefing, Meta, Paragraph, Section


def _briefing(paragraphs: list[str], lang: str) -> Briefing:
    meta = Meta(
        title="t", encoding="utf-8", source_name="t.txt", title_from="editor", language=lang
    )
    lead = Section(title=None, anchor="lead", blocks=tuple(Paragraph(p) for p in paragraphs))
    return Briefing(slug="t", meta=meta, lead=lead, sections=(), removed=())


def _actors(paragraphs: list[str], lang: str) -> dict[str, str]:
    """Actor name -> kind."""
    return {a.name: a.kind for a in find_actors(_briefing(paragraphs, lang)).actors}


def test_the_article_language_reaches_the_actor_stage() -> None:
    text = (
        "Die Bundesregierung hat am Montag in Berlin einen neuen Plan für die Energie "
        "vorgestellt, der nach Ansicht der Opposition nicht weit genug geht.\n\n"
        "Der Minister sagte, dass die Kosten für die Bürger in den nächsten Jahren nicht "
        "steigen würden und dass die Industrie ihren Teil beitragen müsse.\n"
    )
    source = SourceText(name="de.txt", lines=tuple(text.splitlines()), encoding="utf-8")
    article = process_source(source)
    assert article.briefing.meta.language == "German"


def test_english_and_unknown_languages_are_read_as_before() -> None:
    assert language("") is None and language("English") is None
    assert lexicon_for("") is lexicon() and lexicon_for("English") is lexicon()


def test_languages_data_is_well_formed() -> None:
    for name in ("German", "Spanish", "Portuguese", "French", "Czech"):
        lang = language(name)
        assert lang is not None and lang.stopwords, name
        assert all(" " not in w for w in lang.speech_verbs | lang.honorifics), name
    german = language("German")
    assert german is not None and german.capitalises_nouns
    assert not language("Spanish").capitalises_nouns  # type: ignore[union-attr]


def test_no_module_of_the_stage_names_a_document() -> None:
    # (general vocabulary only: no name of the articles the rules were checked on)
    text = (Path(__file__).parent.parent / "plugins/briefings/actors/data/languages.yml").read_text(
        "utf-8"
    )
    for name in ("Mailis", "Hopley", "Tarlo", "Saqib", "Declan", "Libertadores"):
        assert name not in text


# The language's honorifics and verbs of saying cue persons the tagger passes over.
@pytest.mark.parametrize(
    ("lang", "paragraph", "name"),
    [
        ("Portuguese", "Houve um tempo, disse o Sr. Kulkarni, em que ele quis sair.", "Kulkarni"),
        ("Portuguese", "O Sr. Kulkarni inscreveu-se em a agência em julho.", "Kulkarni"),
        ("German", "Ihre Stimme ging um die Welt, sagte Kulkarni.", "Kulkarni"),
    ],
)
def test_cues_of_the_language(lang: str, paragraph: str, name: str) -> None:
    assert _actors([paragraph], lang).get(name) == "person"
