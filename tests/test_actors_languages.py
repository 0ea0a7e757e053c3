"""Names in articles that are not in English (briefings.actors.languages, issue 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.actors import find_actors
from briefings.actors.detect import Found, Unit
from briefings.actors.languages import fit_to_language, language, lexicon_for
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


# Function words of the article's language that open a sentence or are glued before a name are
# no part of it; alone they are no name. (Found as persons or places before the rule.)
@pytest.mark.parametrize(
    ("lang", "paragraphs", "absent", "present"),
    [
        (
            "Spanish",
            ["En Chile, donde el conflicto fue más duro, los agricultores denunciaron daños."],
            "En Chile",
            "Chile",
        ),
        (
            "Czech",
            ["S Janem Novákem vytvořil silné partnerství a udělal spoustu těžké práce."],
            "S Janem Novákem",
            "Janem Novákem",
        ),
        (
            "Czech",
            ["Zatímco v Praze pršelo, v Brně bylo celý den slunečno a teplo."],
            "Zatímco",
            None,
        ),
    ],
)
def test_function_words_are_cut(
    lang: str, paragraphs: list[str], absent: str, present: str | None
) -> None:
    found = _actors(paragraphs, lang)
    assert absent not in found
    if present is not None:
        assert present in found


def test_a_function_word_the_article_writes_inside_a_name_stays() -> None:
    paragraphs = [
        "Le Parisien a publié le rapport complet dimanche matin, selon son directeur Jean Martin.",
        "Le directeur du Parisien a dit que l'enquête continue, a confirmé Le Parisien.",
    ]
    assert "Le Parisien" in _actors(paragraphs, "French")
    # (opening a sentence alone, the article is cut: it may be any word's)
    assert "Le Parisien" not in _actors(paragraphs[:1], "French")


def test_a_name_that_is_on_the_stop_list_is_no_function_word() -> None:
    # jusText's lists are frequent words: given names and places among them ("michael").
    found = _actors(
        ["Michael Fallon sagte, die Marine werde neue Schiffe in Schottland bauen lassen."],
        "German",
    )
    assert found.get("Michael Fallon") == "person"


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    paragraphs = [
        "Naturalmente, a empresa vai apresentar outros produtos esta semana em Lisboa.",
        "Felizmente, ninguém ficou ferido durante o incêndio, disse o porta-voz.",
    ]
    found = _actors(paragraphs, "Portuguese")
    assert "Naturalmente" not in found and "Felizmente" not in found


# A language that writes its nouns with a capital: capitals are no sign of a name.
GERMAN = [
    "Verbesserungen gibt es bei der Synchronisierung, die jetzt schneller läuft.",
    "Die Zahl der Nutzer ist im letzten Jahr deutlich gestiegen.",
    "Eine Einführung in die Möglichkeit der Anmeldung gibt es auf der Webseite.",
    "Erstellen von Einmal-Passwörtern geht jetzt auch in der App.",
]


def test_capitalised_nouns_are_no_names() -> None:
    found = _actors(GERMAN, "German")
    for noun in ("Verbesserungen", "Zahl", "Einführung", "Eine Einführung", "Möglichkeit"):
        assert noun not in found
    # (a capital after a hyphen is a compound noun's, no name's)
    assert not any("Passwörtern" in name for name in found)


@pytest.mark.parametrize(
    ("paragraph", "name", "kind"),
    [
        ("Die Kundin Anna Berger berichtete, das Angebot sei gut.", "Anna Berger", "person"),
        ("Vertreter von Google waren bei dem Treffen in Hamburg dabei.", "Google", "organization"),
        ("„Das ist eine Katastrophe“, sagte Okafor in einem Interview.", "Okafor", "person"),
        ("Frau Okonjo fügte hinzu, das Risiko sei gestiegen.", "Okonjo", "person"),
        ("Die Regierung von Hong Kong hat sich dagegen ausgesprochen.", "Hong Kong", "place"),
    ],
)
def test_names_among_capitalised_nouns(paragraph: str, name: str, kind: str) -> None:
    found = _actors([paragraph], "German")
    assert found.get(name) == kind, found


def test_a_lone_word_of_a_longer_name_stays() -> None:
    found = _actors(
        [
            "Donald Trump hat am Abend eine Rede in Ohio gehalten.",
            "Trump kündigte an, die Steuern zu senken.",
        ],
        "German",
    )
    assert "Donald Trump" in found
    assert not any(k == "Trump" for k in found if k != "Donald Trump")


def test_languages_data_is_well_formed() -> None:
    for name in ("German", "Spanish", "Portuguese", "French", "Czech"):
        lang = language(name)
        assert lang is not None and lang.stopwords, name
        assert all(" " not in w for w in lang.speech_verbs | lang.honorifics), name
        assert all(w[:1].isupper() for w in lang.title_words), name
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
        # ... and so do its offices (languages.yml title_words), also before a name of two
        # words the name lists lack
        (
            "German",
            "Der ukrainische Präsident Wolodymyr Selenskyj hat vor einer Offensive gewarnt.",
            "Wolodymyr Selenskyj",
        ),
        (
            "German",
            "Er sprach nach einem Treffen mit Frankreichs Präsident Emmanuel Macron in Paris.",
            "Emmanuel Macron",
        ),
    ],
)
def test_cues_of_the_language(lang: str, paragraph: str, name: str) -> None:
    assert _actors([paragraph], lang).get(name) == "person"


# An acronym named once between the language's function words is a body's, as after "the".
@pytest.mark.parametrize(
    ("lang", "paragraph", "name"),
    [
        ("German", "Der Standpunkt der RSPB hat sie in Konflikt gebracht.", "RSPB"),
        ("German", "Es kann sein, dass KLM und IAG es geschafft haben.", "IAG"),
        (
            "Portuguese",
            "A empresa disse a a QRS que seria de a responsabilidade de cada um.",
            "QRS",
        ),
    ],
)
def test_acronyms_after_function_words_of_the_language(
    lang: str, paragraph: str, name: str
) -> None:
    assert _actors([paragraph], lang).get(name) == "organization"


# CLDR's names of countries in the language (through Babel) are places of the gazetteer there.
@pytest.mark.parametrize(
    ("lang", "paragraph", "name", "kind"),
    [
        ("Spanish", "Holanda, Kenia y Brasil extraditaron a varios militantes.", "Kenia", "place"),
        ("Spanish", "Holanda, Kenia y Brasil extraditaron a varios militantes.", "Brasil", "place"),
        (
            "German",
            "Der Sänger ist in den letzten Jahren häufig nach Russland gereist.",
            "Russland",
            "place",
        ),
    ],
)
def test_countries_named_in_the_language(lang: str, paragraph: str, name: str, kind: str) -> None:
    assert _actors([paragraph], lang).get(name) == kind


def test_two_known_names_joined_by_a_conjunction_of_the_language() -> None:
    found = _actors(
        ["La Unión Europea y Estados Unidos incluyeron al grupo en su lista en 2002."], "Spanish"
    )
    assert found.get("Unión Europea") == "organization"
    assert found.get("Estados Unidos") == "place"


# Events, contests, agreements and prizes are named head word first in many languages.
@pytest.mark.parametrize(
    ("lang", "paragraph", "name"),
    [
        (
            "Portuguese",
            "O técnico levou a taça da Copa Libertadores ao ex-presidente.",
            "Copa Libertadores",
        ),
        (
            "Portuguese",
            "Palmeiras convidou o presidente para a festa do título do Campeonato Brasileiro.",
            "Campeonato Brasileiro",
        ),
    ],
)
def test_events_named_head_word_first(lang: str, paragraph: str, name: str) -> None:
    assert name not in _actors([paragraph], lang)


@pytest.mark.parametrize(
    ("paragraph", "absent", "present"),
    [
        (
            "Danach arbeitete er bei dem Radiosender BBC World Service in dem Bush House.",
            "Radiosender BBC World Service",
            "BBC World Service",
        ),
        (
            "Zu Beginn des Jahres wollte er eine Schule in der Hauptstadt Belgrad errichten.",
            "Hauptstadt Belgrad",
            None,
        ),
        (
            "Die Polizei in British Columbia sagte, der Verdächtige habe keine Vorstrafen.",
            "Columbia",
            "British Columbia",
        ),
    ],
)
def test_common_nouns_before_a_name_are_cut(
    paragraph: str, absent: str, present: str | None
) -> None:
    found = _actors([paragraph], "German")
    assert absent not in found
    if present is not None:
        assert present in found


@pytest.mark.parametrize(
    ("lang", "paragraph", "name"),
    [
        ("Portuguese", "O RHS recolheu comentários enviados por alunos e professores.", "RHS"),
        ("German", "Die RHS sammelte Kommentare von Schulkindern und Lehrern.", "RHS"),
    ],
)
def test_acronyms_after_an_article_opening_the_sentence(
    lang: str, paragraph: str, name: str
) -> None:
    # (another language's modifiers follow the noun: the verb after the acronym is no sign)
    assert _actors([paragraph], lang).get(name) == "organization"


def test_a_head_word_on_the_stop_list_opening_a_sentence_stays() -> None:
    # ("centro" is a frequent Spanish word, written in lower case here too)
    found = _actors(
        ["Centro Cultural Kirchner abrió sus puertas el domingo en el centro de la ciudad."],
        "Spanish",
    )
    assert "Cultural Kirchner" not in found
    assert "Centro Cultural Kirchner" in found


@pytest.mark.parametrize(
    ("lang", "text", "name", "label"),
    [
        ("Czech", "Chce Praha založit bytové družstvo?", "Praha", "LOC"),  # a gazetteer place
        ("Czech", "Chce Novák založit bytové družstvo?", "Novák", "PER"),  # no place
        ("Czech", "Chce pan Lincoln založit bytové družstvo?", "Lincoln", "PER"),  # cued, a surname
        ("", "Will Praha found a cooperative?", "Praha", "PER"),  # English: the tagger's kind
    ],
)
def test_a_place_the_tagger_took_for_a_person(lang: str, text: str, name: str, label: str) -> None:
    start = text.index(name)
    found = Found(name, "PER", 0, start, start + len(name), text, "tagger")
    (out,) = fit_to_language([found], [Unit(text, "lead")], lang)
    assert out.label == label


@pytest.mark.parametrize(
    ("paragraph", "present", "absent"),
    [
        # A lone surname opening a clause after "dass" is its subject, a person (a common noun
        # there takes its article: "dass die Wahl").
        ("Der Minister sagte am Montag, dass Klein die Entscheidung begrüßt habe.", "Klein", None),
        ("Der Minister sagte am Montag, dass die Wahl im Herbst stattfinden werde.", None, "Wahl"),
        # (after "und" a bare noun of a list is no surname: "Scholle und Pollack")
        ("Die Fangmenge von Kabeljau, Seezunge, Scholle und Pollack sinkt.", None, "Pollack"),
    ],
)
def test_a_lone_surname_opening_a_clause(
    paragraph: str, present: str | None, absent: str | None
) -> None:
    found = _actors([paragraph], "German")
    if present is not None:
        assert found.get(present) == "person", found
    if absent is not None:
        assert absent not in found, found


def test_a_suffixed_common_noun_after_a_name_is_cut() -> None:
    found = _actors(
        ["Nachdem sie Glenda Gelegenheit zu einer Darbietung gegeben hat, klatschte der Saal."],
        "German",
    )
    assert "Glenda Gelegenheit" not in found
    assert found.get("Glenda") == "person", found


def test_a_surname_with_a_noun_suffix_is_not_cut() -> None:
    found = _actors(
        ["Nachdem sie Glenda Hartung zu einer Darbietung eingeladen hat, klatschte der Saal."],
        "German",
    )
    assert found.get("Glenda Hartung") == "person", found


@pytest.mark.parametrize(
    ("lang", "paragraph", "name", "kind"),
    [
        # Places' names in other languages open with their head word (data/words.yml
        # place_openers).
        (
            "Spanish",
            "Ucrania ha iniciado una estrategia defensiva para la Zona de Exclusión de"
            " Chernóbil, uno de los lugares más radiactivos.",
            "Zona de Exclusión de Chernóbil",
            "place",
        ),
        ("Portuguese", "O comércio na Rua Augusta cresceu no último ano.", "Rua Augusta", "place"),
        # A kind that a head word gives a name the tagger read as another kind of name is not
        # outvoted by the tagger's probabilities.
        (
            "Spanish",
            "Jane Doe sigue dominando al Partido Republicano a un año de la derrota"
            "\n\nSu influencia sobre el partido muestra, una vez más, que es capaz de todo.",
            "Partido Republicano",
            "organization",
        ),
    ],
)
def test_head_words_of_other_languages(lang: str, paragraph: str, name: str, kind: str) -> None:
    found = _actors(paragraph.split("\n\n"), lang)
    assert found.get(name) == kind, found


@pytest.mark.parametrize(
    ("paragraph", "absent", "present"),
    [
        # Names take no indefinite article: the capitalised word after one is a common noun.
        ("Normalerweise sind es Künstler, die eine Menge Sachen machen wollen.", "Menge", None),
        ("Die Taten gehen auf irgendeine Art Zwang zurück.", "Art", None),
        # (a known place after one stays: "ein Berlin, das ...")
        ("Es war ein Berlin, das niemand mehr kannte.", "Menge", "Berlin"),
    ],
)
def test_a_capitalised_word_after_an_indefinite_article_is_no_name(
    paragraph: str, absent: str, present: str | None
) -> None:
    found = _actors([paragraph], "German")
    assert not any(absent in name for name in found), found
    if present is not None:
        assert any(present in name for name in found), found


def test_a_known_name_in_lower_case_stays_whole_among_capitalised_nouns() -> None:
    # the gazetteer finds the agency "dpa" (here inside an image address): all its evidence is
    # on a word in lower case, which is no capitalised run of the name (this raised IndexError)
    text = "Bild: //1.f.ix.de/imgs/urn-newsml-dpa-com-20090101_large.jpeg"
    start = text.index("dpa")
    found = Found("dpa", "ORG", 0, start, start + 3, text, "gazetteer")
    units = [Unit(text, "lead")]
    kept = fit_to_language([found], units, "German")
    assert [(f.surface, f.start, f.end) for f in kept] == [("dpa", start, start + 3)]
