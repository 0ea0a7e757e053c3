"""Name boundaries of the actor stage (briefings.actors.boundaries): where one name ends and the
next begins inside a span of capitalised words (titles and roles, "of"/"for" chains, court cases,
periods before places, names that go on after a number or "and")."""

from __future__ import annotations

import pytest

from briefings.actors import find_actors
from briefings.actors.boundaries import (
    _ampersand_firms,
    _clean,
    _extend_legal,
    _first_name_before,
    _first_name_over_particles,
    _glue_hyphens,
    _hyphenated_given_names,
    _join_initials,
    _join_particles,
    _name_after_title,
    _on_subject,
    _org_of_place,
    _split_conjoined,
    _split_of,
    _split_span,
    _surname_after_particles,
    _trim_to_known_persons,
)
from briefings.actors.detect import Unit, _lone_letter, detect
from briefings.actors.lexicon import lexicon
from briefings.actors.tokens import tokenize
from briefings.sections import Briefing, Meta, Paragraph, Section


def _briefing(text: str) -> Briefing:
    meta = Meta(title="t", encoding="utf-8", source_name="t.txt", title_from="editor")
    return Briefing("t", meta, Section(None, "lead", (Paragraph(text),)), (), ())


def names(text: str) -> dict[str, str]:
    """Actor name -> kind for one paragraph."""
    return {a.name: a.kind for a in find_actors(_briefing(text)).actors}


def assert_names(text: str, present: dict[str, str], absent: set[str]) -> None:
    """The actors of ``text`` include ``present`` (name -> kind) and none of ``absent``."""
    found = names(text)
    for name, kind in present.items():
        assert found.get(name) == kind, found
    assert not absent & set(found), found


def surfaces(text: str) -> set[str]:
    """Every detected mention's text."""
    return {f.surface for f in detect([Unit(text, "lead")])}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Texas Coach Darrell Royal called him a super player.",
            {"Darrell Royal": "person"},
            {"Texas Coach Darrell Royal", "Coach Darrell Royal"},
        ),
        (
            "He was drafted by the NFL Champion Baltimore Colts.",
            {"Baltimore Colts": "organization"},
            {"Champion Baltimore Colts", "NFL Champion Baltimore Colts"},
        ),
        (
            "He started on the back-to-back National Champion Texas Longhorns teams of 1969.",
            {"Texas Longhorns": "organization"},
            {"National Champion Texas Longhorns", "National"},
        ),
    ],
)
def test_a_role_word_between_two_names_divides_them(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    assert_names(text, present, absent)


@pytest.mark.parametrize(
    "text",
    [
        "A plaque honours the Paxton First Schoolhouse, built in 1850.",  # "First": no role here
        "Sacha Baron Cohen starred in the film.",  # a first name opens a person's name
    ],
)
def test_title_like_words_inside_one_name_do_not_divide_it(text: str) -> None:
    found = surfaces(text)
    assert any(len(s.split()) == 3 for s in found), found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "At the Kitzmiller v. Dover Area School District trial the article was cited.",
            {"Kitzmiller", "Dover Area School District"},
        ),
        ("The Supreme Court decided Marbury v. Madison in 1803.", {"Marbury", "Madison"}),
    ],
)
def test_the_parties_of_a_case_are_two_names(text: str, parties: set[str]) -> None:
    found = surfaces(text)
    assert parties <= found, found
    assert not any(" v. " in s for s in found), found


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        ("Kitzmiller v. Dover Area School District", [(0, 1, "PER"), (2, 6, "ORG")]),
        ("Marbury v. Madison", [(0, 1, "PER"), (2, 3, "LOC")]),
        ("FEC v. Citizens United", [(0, 1, "ORG"), (2, 4, "ORG")]),
        # Parties that are common words name no actor; the case is not one name either.
        ("Roe v. Wade", []),
    ],
)
def test_split_span_at_a_case_separator(span: str, parts: list[tuple[int, int, str]]) -> None:
    # (The tagger keeps "v." out of its spans in the sentences above, so they pass without the
    # rule; the rule itself is tested here on the span it splits.)
    words = span.split()
    assert _split_span(words, 0, len(words), "ORG", lexicon()) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The regiment was attached to the IV Corps of the Army of the Potomac in 1862.",
            {"IV Corps", "Army of the Potomac"},
        ),
        (
            "He played 13 seasons in the National Hockey League for the St. Louis Eagles.",
            {"National Hockey League", "St. Louis Eagles"},
        ),
        (
            "He scored 20 goals in the Swiss Super League for FC Basel last season.",
            {"Swiss Super League", "FC Basel"},
        ),
    ],
)
def test_two_complete_names_joined_by_of_or_for_are_two_actors(text: str, parts: set[str]) -> None:
    found = surfaces(text)
    assert parts <= found, found


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("He spoke at the Institute for Fiscal Studies on Monday.", "Institute for Fiscal Studies"),
        ("She studied at the London School of Economics.", "London School of Economics"),
        ("The Hebrew University of Jerusalem hired him.", "Hebrew University of Jerusalem"),
    ],
)
def test_one_name_with_of_or_for_stays_whole(text: str, whole: str) -> None:
    assert whole in surfaces(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former Western Australian Labor MP Graeme Campbell founded the party.",
            {"Graeme Campbell": "person"},
        ),
        ("The motion was tabled by Tony Blair MP on Monday.", {"Tony Blair": "person"}),
        (
            "Senior SNP MP Graeme Campbell said he would resign.",
            {"SNP": "organization", "Graeme Campbell": "person"},
        ),
    ],
)
def test_a_role_word_is_no_part_of_the_names_around_it(text: str, expected: dict[str, str]) -> None:
    assert {f.surface: f.label for f in detect([Unit(text, "lead")])} == {
        name: {"person": "PER", "organization": "ORG"}[kind] for name, kind in expected.items()
    }


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        (
            "The talks went on, Deputy Secretary of State Victoria Nuland said on Monday.",
            "Victoria Nuland",
            {"State Victoria Nuland"},
        ),
        (
            "Benny Gantz says he spoke yesterday with US Secretary of State Blinken about efforts"
            " to secure an agreement.",
            "Blinken",
            {"US Secretary of State Blinken"},
        ),
        (
            "Minister for Women and Equalities Kemi Badenoch said the law protected women.",
            "Kemi Badenoch",
            {"Equalities Kemi Badenoch", "Equalities"},
        ),
        # ... nor of one written with an initial
        (
            "Alternate Minister of Foreign Affairs G. Katrougalos spoke on the radio.",
            "G. Katrougalos",
            {"Affairs G. Katrougalos"},
        ),
    ],
)
def test_a_title_and_its_complement_are_no_part_of_the_name_after_them(
    text: str, person: str, absent: set[str]
) -> None:
    found = names(text)
    assert found.get(person) == "person", found
    assert not absent & set(found), found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "The Women and Equalities minister took part in a terse select committee session.",
            {},
            {"Equalities", "Women and Equalities"},
        ),
        ("She said Equalities Minister Kemi Badenoch was wrong.", {}, {"Equalities"}),
        (
            "In the reshuffle she was appointed Minister of State for Regional Growth and Local"
            " Government.",
            {},
            {
                "Regional Growth and Local Government",
                "State for Regional Growth and Local Government",
            },
        ),
        (
            "We worked together in the Education Department. I was the Director of Education and"
            " she was the Secretary for Education and Manpower.",
            {"Education Department": "organization"},
            {"Education", "Education and Manpower"},
        ),
        (
            "Today Akira Sato was appointed to concurrently serve as State Minister of Cabinet"
            " Office.",
            {"Cabinet Office": "organization"},
            {"State Minister of Cabinet Office"},
        ),
        # Known bodies and parties before a title stay ("Treasury", "Labour").
        (
            "Treasury Secretary Janet Yellen met Labour leader Keir Starmer in London.",
            {"Treasury": "organization", "Labour": "organization"},
            set(),
        ),
    ],
)
def test_an_offices_words_are_no_organization(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    assert_names(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # An honorific before a name the tagger took for a work, a surname that is a common
        # word ("Law"), and a title with its complement as a transcript's label (no body).
        (
            "Reporter: There are rumours that the Chief Executive forced Fanny Law out. Chief"
            " Secretary for Administration: Mrs Fanny Law is an outstanding leader, outstanding"
            " Chairman. I have known Mrs Law for a very long time.",
            {"Fanny Law": "person"},
            {"Chief Secretary for Administration"},
        ),
        # A body's head named right after it, with no comma (translated news).
        (
            "Netanyahu's office later issued a statement saying the head of Mossad Dedi Barnea"
            " returned today from Doha.",
            {"Mossad": "organization", "Dedi Barnea": "person"},
            set(),
        ),
    ],
)
def test_persons_named_after_honorifics_and_bodies(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    assert_names(text, present, absent)


@pytest.mark.parametrize(
    ("text", "names", "glued"),
    [
        (
            "She spoke at the Bundestag ahead of an EU-Asia summit in Milan, Italy.",
            {"EU", "Asia"},
            "EU-Asia",
        ),
        (
            "In December 2018, the Connecting Eurasia: EU-Russia-China-Central Asia round-table"
            " conference was co-hosted by the Russian Council.",
            {"EU", "Russia"},
            "EU-Russia",
        ),
        (
            "He gave a speech to ASEAN-Australia-New Zealand Free Trade Agreement Seminars.",
            {"ASEAN", "Australia", "New Zealand"},
            "ASEAN-Australia-New",
        ),
    ],
)
def test_places_and_unions_joined_by_hyphens_stay_apart(
    text: str, names: set[str], glued: str
) -> None:
    found = surfaces(text)
    assert names <= found, found
    assert not any(s.startswith(glued) for s in found), found


def test_an_initial_without_a_period_opens_a_persons_name() -> None:
    text = (
        "The Minister of State for External Affairs V Muraleedharan had welcomed PM Modi by"
        " draping a shawl and presenting a memento to him in Kochi."
    )
    assert_names(text, {"V Muraleedharan": "person"}, {"Muraleedharan"})


def test_a_name_is_not_echoed_inside_a_things_name() -> None:
    # "Belt and Road" (a place by its head word "Road" before "routes") is no mention inside
    # "Belt and Road Initiative", a thing's name.
    text = (
        "The Belt and Road Initiative shapes a new platform for cooperation. Through it, China"
        " has been sharing opportunities with countries along the Belt and Road routes."
    )
    found = [f.surface for f in detect([Unit(text, "lead")])]
    assert found.count("Belt and Road") == 1, found


def test_a_members_role_is_no_body_and_names_a_constituency() -> None:
    text = (
        "On Friday, Vice World News reported that it had obtained a recording of Badenoch made in"
        " 2018, a year after she had been elected as MP for Saffron Walden."
    )
    assert_names(text, {"Saffron Walden": "place"}, {"MP"})


def test_a_transcripts_label_in_capitals_is_a_title_and_its_speaker() -> None:
    # "CHIEF" and "SUGA" were organizations (unknown acronyms said twice).
    text = (
        "CHIEF CABINET SECRETARY SUGA: The Cabinet met today in Tokyo. PRESIDENT MACRI: We"
        " agreed. CHIEF CABINET SECRETARY SUGA: Yes, we did so on Monday."
    )
    # (a surname alone in capitals is the actor's name in title case)
    assert_names(text, {"Suga": "person", "Macri": "person"}, {"CHIEF", "PRESIDENT"})


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("US Deputy Secretary of State Victoria Nuland", "Victoria Nuland"),
        ("US Secretary of State Blinken", "Blinken"),
        (
            "Minister of Foreign Affairs and Human Mobility of the Republic of Ecuador Ricardo"
            " Armando Patino Aroca",
            "Ricardo Armando Patino Aroca",
        ),
        ("Chief of Staff Ron Klain", "Ron Klain"),
        ("Secretary of State", None),
        ("Bank of England Governor Andrew Bailey", None),
        ("President of the Philippines Duterte", None),
    ],
)
def test_name_after_title_finds_where_the_person_starts(span: str, name: str | None) -> None:
    words = span.split()
    start = _name_after_title(words, 0, len(words), lexicon())
    assert (None if start is None else " ".join(words[start:])) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A complement that names no person after it stays as it was.
        (
            "Wikinews interviews President of the International Brotherhood of Magicians Wednesday",
            "International Brotherhood of Magicians",
        ),
        ("He met the President of the European Commission in Brussels.", "European Commission"),
    ],
)
def test_a_titles_complement_without_a_person_stays_a_name(text: str, name: str) -> None:
    assert name in surfaces(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The novel is set in World War II Hungary.", "Hungary"),
        ("They were the first western bands to tour post-Ceauşescu Romania.", "Romania"),
        ("He grew up in Cold War Europe.", "Europe"),
    ],
)
def test_a_period_before_a_place_is_no_part_of_it(text: str, place: str) -> None:
    assert names(text) == {place: "place"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The United Nations High Commissioner for Refugees recommended it.", "United Nations"),
        ("White House Press Secretary Karine Jean-Pierre told reporters.", "White House"),
    ],
)
def test_a_name_ends_before_the_title_after_it(text: str, name: str) -> None:
    assert name in surfaces(text)
    assert not any(s.startswith(name + " ") for s in surfaces(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "It connected with the Portland and Ogdensburg Railroad from Portland, Maine.",
            "Portland and Ogdensburg Railroad",
        ),
        (
            "Opened in 1847 by the London and South Western Railway, it is on the line.",
            "London and South Western Railway",
        ),
    ],
)
def test_a_line_named_after_two_places_is_one_name(text: str, name: str) -> None:
    found = surfaces(text)
    assert name in found, found
    assert not any(s in found for s in ("Ogdensburg Railroad", "South Western Railway"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The band played on BBC Radio 1 last week.", "BBC Radio 1"),
        ("The interview was aired by BBC Radio 4 on Sunday.", "BBC Radio 4"),
    ],
)
def test_a_number_after_a_numbered_name_belongs_to_it(text: str, name: str) -> None:
    assert name in surfaces(text)


def test_initials_before_a_surname_are_no_organization() -> None:
    found = surfaces("The mathematician W. W. Rouse Ball wrote the book.")
    assert "W. W. Rouse Ball" in found, found
    assert "W. W." not in found


@pytest.mark.parametrize(
    ("text", "parts", "whole"),
    [
        (
            "He played for the Western Reds Rugby League & West Coast Eagles AFL teams.",
            {"Western Reds Rugby League", "West Coast Eagles AFL"},
            None,
        ),
        (
            "She taught at Tufts University and Boston College for years.",
            {"Tufts University", "Boston College"},
            None,
        ),
        (
            "The tracks ran parallel to those of the Camden and Atlantic until they crossed.",
            {"Camden", "Atlantic"},
            None,
        ),
        ("He flew to Trinidad and Tobago last week.", set(), "Trinidad and Tobago"),
        (
            "He worked at the First National Bank and Trust Company for years.",
            set(),
            "First National Bank and Trust Company",
        ),
    ],
)
def test_and_between_two_headed_names(text: str, parts: set[str], whole: str | None) -> None:
    found = surfaces(text)
    assert parts <= found, found
    if whole is not None:
        assert whole in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He moved to Saint Petersburg in 1990.", "Saint Petersburg"),
        ("He was born on Prince Edward Island.", "Prince Edward Island"),
    ],
)
def test_a_title_that_opens_a_place_name_stays(text: str, name: str) -> None:
    assert names(text) == {name: "place"}


@pytest.mark.parametrize(
    ("span", "label", "kept"),
    [
        ("Saint Nicholas", "PER", (0, 2)),  # data/words.yml name_titles
        ("Prince Edward Island", "PER", (0, 3)),  # a gazetteer place
        ("President Xi Jinping", "PER", (1, 3)),  # any other title goes
    ],
)
def test_clean_keeps_a_title_that_belongs_to_the_name(
    span: str, label: str, kept: tuple[int, int]
) -> None:
    # (The sentences above pass without name_titles: "Saint Petersburg" is in the gazetteer.)
    words = span.split()
    assert _clean(words, 0, len(words), label, lexicon()) == kept


@pytest.mark.parametrize(
    ("words", "start", "kept"),
    [
        # A word that opens a sentence before a name is no part of it (data/words.yml
        # opening_modifiers) ...
        (["Rival", "Sainsbury"], 0, (1, 2)),
        (["“", "Embattled", "Boeing"], 1, (2, 3)),
        (["Carmaker", "Stellantis"], 0, (1, 2)),
        # A party's member before a given name and more is no part of the name, anywhere.
        (["by", "Republican", "Susan", "Collins"], 1, (2, 4)),
        (["the", "Republican", "Party"], 1, (1, 3)),
        # ... only there, and not a name of its own.
        (["the", "Rival", "Sainsbury"], 1, (1, 3)),
        (["Rival"], 0, (0, 1)),
    ],
)
def test_clean_cuts_a_modifier_or_party_before_a_name(
    words: list[str], start: int, kept: tuple[int, int]
) -> None:
    assert _clean(words, start, len(words), "ORG", lexicon()) == kept


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "In the island constituency, pro-Beijing New People Party's Regina Ip was re-elected.",
            {"Beijing", "New People Party", "Regina Ip"},
            {"Beijing New People Party"},
        ),
        ("For the Pro-Beijing camp, Elizabeth Quat was elected.", {"Beijing"}, {"Pro-Beijing"}),
        ("John Cornyn, U.S. Senator (R-Texas) said so.", {"Texas"}, {"R-Texas"}),
        ("He joined the A-League in 2005.", {"A-League"}, set()),
    ],
)
def test_a_hyphenated_prefix_is_no_part_of_the_place_after_it(
    text: str, expected: set[str], absent: set[str]
) -> None:
    found = surfaces(text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We bought bread at Ralph's Market yesterday.", {"Ralph's Market"}),
        ("Britain's Labour said no.", {"Britain", "Labour"}),
    ],
)
def test_a_possessive_before_common_words_is_a_shops_name(text: str, expected: set[str]) -> None:
    assert surfaces(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The tagger's place, person or organization goes on over the legal form after it,
        # lower-case or unknown to the tagger, and is a company's name.
        ("Shares of Rio Tinto plc rose on Monday.", "Rio Tinto plc"),
        ("The stake went to Heineken NV last year.", "Heineken NV"),
        ("Ericsson AB and others won contracts.", "Ericsson AB"),
        ("Samsung Electronics Co Ltd said profit fell.", "Samsung Electronics Co Ltd"),
        ("Vodafone Group Plc agreed to sell the unit.", "Vodafone Group Plc"),
        # ... and capitalised words the tagger left out before a legal form are a company's.
        ("Ford Motor Co recalled 500,000 vehicles.", "Ford Motor Co"),
    ],
)
def test_a_name_goes_on_over_its_legal_form_and_is_a_companys(text: str, name: str) -> None:
    assert names(text).get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Procter & Gamble said sales rose .", ["Procter & Gamble"]),
        ("Johnson & Johnson agreed to pay .", ["Johnson & Johnson"]),
        (
            "Shares of Marks & Spencer fell after Barnes & Noble reported .",
            ["Marks & Spencer", "Barnes & Noble"],
        ),
        ("It was published by McFarland & Company .", ["McFarland & Company"]),
        ("Harry & Meghan visited .", []),
        ("Read Food & Drink and Installer & Updater .", []),
        ("Flights to US & Canada and Tempe & Mesa .", []),
        ("We met at 44th St & Tatum .", []),
        ("Marlon Wayans & Regina Hall star .", []),
        ("The model ( Miller & Robertson , 2010 ) works .", []),
        ("As Carrano & Biewener [ 7 ] found .", []),
        ("Video : Miharris & Acphillips .", []),
        ("the Nicholson 's Limited & American College", []),
    ],
)
def test_two_names_joined_by_an_ampersand_are_a_firm(text: str, firms: list[str]) -> None:
    words = text.split()
    found = [" ".join(words[s:e]) for s, e in _ampersand_firms(words, lexicon())]
    assert found == firms


def test_a_firm_named_with_an_ampersand_is_one_organization() -> None:
    # The tagger took "Johnson" twice for a person, "Barnes" for a place.
    assert_names(
        "Johnson & Johnson and Barnes & Noble reported results on Tuesday.",
        {"Johnson & Johnson": "organization", "Barnes & Noble": "organization"},
        {"Johnson", "Barnes", "Noble"},
    )


@pytest.mark.parametrize(
    ("text", "end", "label", "widened"),
    [
        ("Rio Tinto plc rose", 2, "LOC", 3),
        ("Samsung Electronics Co Ltd said", 2, "ORG", 4),
        ("Ericsson AB said", 1, "PER", 2),
        # Two capitals after a place are a region's code too: the place stays whole.
        ("Adelaide SA said", 1, "LOC", 1),
    ],
)
def test_extend_legal(text: str, end: int, label: str, widened: int) -> None:
    words = text.split()
    assert _extend_legal(words, end, label, [False] * len(words), lexicon()) == widened


def test_a_measure_of_a_place_is_the_place() -> None:
    assert names("You will see that the GNP of Israel is very close to the Saudis.") == {
        "Israel": "place"
    }


def test_a_name_cut_by_the_ellipsis_of_a_shortened_title_is_dropped() -> None:
    units = [
        Unit("Linkin Park is an alternative rock band from Los…", "lead"),
        Unit("Linkin Park is an alternative rock band from Los Angeles, California.", "lead"),
    ]
    found = [(f.unit, f.surface) for f in detect(units)]
    assert (0, "Los") not in found, found
    assert (1, "Los Angeles") in found, found


def test_digits_written_together_with_a_name_are_part_of_it() -> None:
    found = surfaces("Games are broadcast from sister stations 3AW in Melbourne and 3AW again.")
    assert "3AW" in found, found
    assert "AW" not in found


def test_a_place_widened_over_a_head_word_goes_on_over_of() -> None:
    found = surfaces("It has been associated with the now-defunct New Zealand League of Rights.")
    assert "New Zealand League of Rights" in found, found


def test_a_persons_name_does_not_run_into_an_organization_after_it() -> None:
    found = surfaces("He thanked Sara Shackleton Enron Wholesale Services for the memo.")
    assert {"Sara Shackleton", "Enron Wholesale Services"} <= found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About ten miles from Bandarlapalle the Deccan Plateau ends in a dense forest range.",
            {"Bandarlapalle", "Deccan Plateau"},
        ),
        (
            "Is a member, University of Texas Men's Athletics Hall of Honor, voted in 2001.",
            {"University of Texas Men's Athletics Hall of Honor"},
        ),
    ],
)
def test_inner_articles_and_possessives(text: str, expected: set[str]) -> None:
    assert surfaces(text) == expected


@pytest.mark.parametrize(
    ("sentence", "surname", "label", "first"),
    [
        ("the humorist Will Rogers toured Asia", 3, "PER", 2),
        ("Will Rogers toured Asia", 1, "PER", 1),  # opens the sentence: may be the verb
        ("letters of Miss Chaworth were read", 3, "PER", 3),  # an honorific
        ("the new Grant Park opened", 3, "LOC", 3),  # not a person's name
    ],
)
def test_a_first_name_that_is_also_a_common_word_opens_the_name(
    sentence: str, surname: int, label: str, first: int
) -> None:
    words = sentence.split()
    taken = [False] * len(words)
    assert _first_name_before(words, surname, surname + 1, label, taken, lexicon()) == first


@pytest.mark.parametrize(
    ("sentence", "first", "label", "end"),
    [
        # a first name, lower-case particles, the surname: one name
        ("President Ursula von der Leyen said", 1, "PER", 5),
        ("General Charles de Gaulle spoke", 1, "PER", 4),
        ("a painting by Leonardo da Vinci hangs", 3, "PER", 6),
        # ... not over a head word ("Charles de Gaulle Airport": his name only)
        ("at Charles de Gaulle Airport on", 1, "PER", 4),
        # ... and not from a surname, a place, nor without a capital after the particles
        ("Mr Smith de Paris said", 1, "PER", 2),
        ("in Paris de la Concorde", 1, "LOC", 2),
        ("Marie la présidente said", 0, "PER", 1),
    ],
)
def test_a_surname_opening_with_particles_ends_the_name(
    sentence: str, first: int, label: str, end: int
) -> None:
    words = sentence.split()
    taken = [False] * len(words)
    assert _surname_after_particles(words, first, first + 1, label, taken, lexicon()) == end


@pytest.mark.parametrize(
    ("sentence", "start", "end", "first"),
    [
        # the tagger took the surname alone, or the surname with its particles
        ("President Ursula von der Leyen said", 4, 5, 1),
        ("President Ursula von der Leyen said", 2, 5, 1),
        ("a painting by Leonardo da Vinci", 5, 6, 3),
        # ... not without a known first name before the particles, nor without particles
        ("President von der Leyen said", 3, 4, 3),
        ("Ursula Leyen said", 1, 2, 1),
    ],
)
def test_a_first_name_before_a_particled_surname_opens_the_name(
    sentence: str, start: int, end: int, first: int
) -> None:
    words = sentence.split()
    taken = [False] * len(words)
    assert _first_name_over_particles(words, start, end, "PER", taken, lexicon()) == first


def test_a_first_name_and_a_particled_surname_make_one_actor() -> None:
    assert_names(
        "European Commission President Ursula von der Leyen said on Tuesday that the bloc would"
        " spend more on defence, after talks with Chancellor Friedrich Merz in Brussels. Von der"
        " Leyen said the plan would be presented on Thursday.",
        {"Ursula von der Leyen": "person"},
        {"Ursula", "Von der Leyen"},
    )


def test_a_place_and_a_team_word_make_a_clubs_name() -> None:
    found = detect([Unit("The club sacked Manchester United manager Erik ten Hag on Monday.", "l")])
    assert ("Manchester United", "ORG") in {(f.surface, f.label) for f in found}


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        ("Camden and Atlantic", [(0, 1, "LOC"), (2, 3, "LOC")]),
        ("Trinidad and Tobago", None),
        ("El Salvador y Venezuela", [(0, 2, "LOC"), (3, 4, "LOC")]),
        ("Business Insider Inc Nintendo", [(0, 3, "ORG"), (3, 4, "ORG")]),
        # A legal form after another is the same company's: "Co Ltd", "Pty Ltd".
        ("Samsung Electronics Co Ltd", None),
        ("Tufts University and Boston College", [(0, 2, "ORG"), (3, 5, "ORG")]),
        ("First National Bank and Trust Company", None),
    ],
)
def test_split_conjoined(span: str, parts: list[tuple[int, int, str]] | None) -> None:
    words = span.split()
    assert _split_conjoined(words, 0, len(words), lexicon()) == parts


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        ("W. W. Rouse Ball", [(0, 4, "PER")]),  # initials
        ("PHB Hagler Bailly", [(0, 3, "ORG")]),  # an acronym opening an unknown name
        ("CNN Wolf Blitzer", [(0, 1, "ORG"), (1, 3, "PER")]),
        ("W3C Candidate Recommendation", [(0, 1, "ORG"), (1, 3, "PER")]),  # (kinds: later)
        ("AMD Polaris GPU", [(0, 1, "ORG")]),  # a product after a company
        ("JPMorgan Chase & Co", [(0, 4, "ORG")]),  # a legal form ends no person's name
        ("IETF Trust's Legal Provisions", [(0, 2, "ORG"), (3, 5, "ORG")]),
    ],
)
def test_split_span_after_an_acronym_or_possessive(
    span: str, parts: list[tuple[int, int, str]]
) -> None:
    words = span.replace("'s", " 's").split()
    label = "PER" if parts[0][2] == "PER" else "ORG"
    assert _split_span(words, 0, len(words), label, lexicon()) == parts


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A word of data/words.yml org_prefixes before a name: one organization's name.
        ("Team Estonia had to cross the border first.", "Team Estonia", "ORG"),
        ("He flew Air Chathams to the islands.", "Air Chathams", "ORG"),
        ("He flew Air Canada to Toronto.", "Air Canada", "ORG"),
        # ... unless a place's head word ends it.
        ("He landed at Ramstein Air Base on Monday.", "Ramstein Air Base", "LOC"),
        # A word of agency_prefixes before a place: a government agency's name.
        ("Sport England funded the new pools this year.", "Sport England", "ORG"),
        ("The drug was approved by Health Canada last year.", "Health Canada", "ORG"),
        # (also where the tagger took the whole for a person's name)
        ("The pools were funded by Sport England this year.", "Sport England", "ORG"),
    ],
)
def test_org_prefixes_open_an_organizations_name(text: str, name: str, label: str) -> None:
    found = {f.surface: f.label for f in detect([Unit(text, "lead")])}
    assert found.get(name) == label, found


def test_a_title_word_that_ends_an_organizations_name_stays() -> None:
    found = surfaces("The Ministry of National Defense has also suspended the officers.")
    assert "Ministry of National Defense" in found, found


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        ("Victoria Hockey Club of Montreal", [(0, 3, "ORG"), (4, 5, "LOC")]),
        ("Standard Oil Company of New York", [(0, 3, "ORG"), (4, 6, "LOC")]),
        ("Hebrew University of Jerusalem", None),
        ("Boy Scouts of America", None),
        ("National Party of Australia", None),
        # A team and its league (a head word inside the league's name).
        ("Oakland Athletics of Major League Baseball", [(0, 2, "ORG"), (3, 6, "ORG")]),
        ("Oakland Athletics of Major Zorvex Baseball", None),
        ("Oakland Zorvex of Major League Baseball", None),
    ],
)
def test_split_of_a_club_or_company_and_its_town(
    span: str, parts: list[tuple[int, int, str]] | None
) -> None:
    words = span.split()
    assert _split_of(words, 0, len(words), "ORG", lexicon()) == parts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The law was passed by the Monti government.", "Monti"),
        ("The Greek government fell.", "Greek government"),  # no surname: left alone
    ],
)
def test_a_leaders_government_is_the_leaders_name(text: str, name: str) -> None:
    assert surfaces(text) == {name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After some interplay between the State and Homeland Security Departments, "
            "the girls were granted parole.",
            {"Homeland Security"},
        ),
        ("Russia recognised the Donetsk and Lugansk People's Republics.", {"Lugansk"}),
    ],
)
def test_a_conjunct_before_a_shared_plural_head(text: str, expected: set[str]) -> None:
    assert expected <= surfaces(text)


def test_a_longer_name_ending_in_a_known_persons_name_is_that_person() -> None:
    # _trim_to_known_persons: no other test fails when it is switched off.
    sentence_words = [s.split() for s in ("Minnesotan Scott LeDoux fought", "Scott LeDoux won")]
    spans: list[list[tuple[int, int, str, str, str | None]]] = [
        [(0, 3, "ORG", "tagger", None)],
        [(0, 2, "PER", "tagger", None)],
    ]
    _trim_to_known_persons(sentence_words, spans, lexicon())
    assert spans[0] == [(1, 3, "PER", "tagger", None)]


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        # A known person's full name run together with a word after it: that person.
        ("Margaret Hamilton Lego", [(0, 2)]),
        # ... with another known person's name: both.
        ("Margaret Hamilton Glen Jakovich", [(0, 2), (2, 4)]),
        # A particle or a suffix goes on with the name; no known name opens it: as it was.
        ("Margaret Hamilton y Andaya", [(0, 4)]),
        ("Margaret Hamilton Jr.", [(0, 3)]),
        ("Pierre Charles Lego", [(0, 3)]),
    ],
)
def test_a_longer_name_opening_with_a_known_persons_name_is_that_person(
    run: str, expected: list[tuple[int, int]]
) -> None:
    sentence_words = [
        run.split(),
        ["Margaret", "Hamilton", "spoke"],
        ["Glen", "Jakovich", "won"],
    ]
    spans: list[list[tuple[int, int, str, str, str | None]]] = [
        [(0, len(run.split()), "PER", "tagger", None)],
        [(0, 2, "PER", "tagger", None)],
        [(0, 2, "PER", "tagger", None)],
    ]
    _trim_to_known_persons(sentence_words, spans, lexicon())
    assert sorted((s, e) for s, e, *_ in spans[0]) == expected


@pytest.mark.parametrize(
    ("span", "place_label", "expected"),
    [
        ("Medical Journal of Australia", "LOC", (0, 4)),
        ("Council of Europe", "LOC", (0, 3)),
        # the field's words joined by "and" before the place after the last "of"
        ("Ministry of Industry and Trade of Russia", "LOC", (0, 7)),
        ("Council of Europe and Russia", "LOC", None),  # two names
        ("Medical Journal of Australia", "PER", None),  # a person's name after "of" stays
    ],
)
def test_a_head_word_before_of_and_a_place_names_an_organization(
    span: str, place_label: str, expected: tuple[int, int] | None
) -> None:
    # _org_of_place: no other test fails when it is switched off.
    words = span.split()
    taken = [False] * (len(words) - 1) + [True]
    place = (len(words) - 1, len(words), place_label, "tagger", None)
    assert _org_of_place(words, 0, len(words), [place], taken, lexicon()) == expected


@pytest.mark.parametrize(
    ("sentence", "spans", "expected"),
    [
        # the tagger split the name at the initials, the surname untagged or tagged apart
        ("President George H.W. Bush held", [(1, 2)], [(1, 4, "PER")]),
        ("President George H.W. Bush held", [(1, 2), (3, 4)], [(1, 4, "PER")]),
        ("John F. Kennedy Airport", [(0, 1)], [(0, 3, "PER")]),
        # ... but not over another kind of name, nor over a word in capitals or lower case
        ("George W. Washington Post", [(0, 1, "PER"), (2, 4, "ORG")], None),
        ("Smith J. ABC said", [(0, 1)], None),
        ("Smith J. said", [(0, 1)], None),
    ],
)
def test_a_persons_name_goes_on_over_middle_initials(
    sentence: str, spans: list[tuple[int, ...]], expected: list[tuple[int, int, str]] | None
) -> None:
    words = sentence.split()
    given = [(x[0], x[1], str(x[2]) if len(x) > 2 else "PER", "tagger", None) for x in spans]
    joined = list(given)
    _join_initials(words, joined)
    if expected is None:
        assert joined == given
    else:
        assert [(s, e, label) for s, e, label, _, _ in joined] == expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "said Sen. Mark Warner, a Virginia Democrat, on Monday.",
            {"Virginia": "place", "Mark Warner": "person"},
            {"Virginia Democrat"},
        ),
        (
            "Sen. James Lankford, an Oklahoma Republican, disagreed.",
            {"Oklahoma": "place"},
            {"Oklahoma Republican"},
        ),
    ],
)
def test_a_party_member_after_a_place_is_no_part_of_a_name(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    assert_names(text, present, absent)


@pytest.mark.parametrize(
    ("sentence", "at", "dropped"),
    [
        ("in : Hardt , D . , The OAuth Framework", 4, True),  # an initial of a reference
        ("a complex Hermitian matrix M and a vector", 4, True),  # a symbol
        ("the court heard that Mr A had left", 5, False),  # after an honorific
        ("after that , patient G was moved", 4, False),  # after a person word (data)
        ("the witness X said so", 2, False),  # after a role noun
        ("the party SNP said so", 2, False),  # more than one letter: no matter
    ],
)
def test_a_letter_alone_names_someone_only_after_a_title(
    sentence: str, at: int, dropped: bool
) -> None:
    words = sentence.split()
    assert _lone_letter(words, at, at + 1, "tagger", lexicon()) is dropped


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Two countries, or a country and a nationality, hyphenated into one adjective.
        ("Trump criticized U.S.-Israeli relations.", {"U.S.": "place"}, {"U.S.-Israeli"}),
        (
            "Fighting on the Kenya-Somalia border grew.",
            {"Kenya": "place", "Somalia": "place"},
            {"Kenya-Somalia"},
        ),
        # A known place with a hyphen, and towns joined into one name, stay whole.
        ("He flew to Guinea-Bissau on Monday.", {"Guinea-Bissau": "place"}, {"Guinea", "Bissau"}),
        ("She studied in Urbana-Champaign for a year.", {"Urbana-Champaign": "place"}, {"Urbana"}),
    ],
)
def test_two_countries_hyphenated_are_no_one_name(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    assert_names(text, present, absent)


@pytest.mark.parametrize(
    ("text", "span", "glued"),
    [
        # Two countries (regions, seas) that are one known place together stay one name when
        # the tagger names one part ("Guinea-Bissau" above glues anyway: Bissau is a city).
        ("He served Austria-Hungary until 1918.", (2, 3), "Austria-Hungary"),
        ("He served Austria-Hungary until 1918.", (4, 5), "Austria-Hungary"),
        ("Trade across Asia-Pacific grew.", (2, 3), "Asia-Pacific"),
        ("Fighting on the Kenya-Somalia border grew.", (3, 4), "Kenya"),
    ],
)
def test_a_known_place_of_two_countries_is_glued(
    text: str, span: tuple[int, int], glued: str
) -> None:
    tokens = tokenize(text)
    s, e = _glue_hyphens(tokens, *span, "LOC", lexicon())
    assert text[tokens[s].start : tokens[e - 1].end] == glued


def _titled_names(title: str, paragraph: str) -> dict[str, str]:
    meta = Meta(title=title, encoding="utf-8", source_name="t.txt", title_from="source")
    lead = Section(None, "lead", (Paragraph(paragraph),))
    return {a.name: a.kind for a in find_actors(Briefing("t", meta, lead, (), ())).actors}


@pytest.mark.parametrize(
    ("title", "present", "absent"),
    [
        # A title-case headline: common words capitalised there are no part of a name.
        (
            "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say",
            {"Verizon"},
            {"Verizon Leaves Shareholders With Little Say", "Verizon Leaves"},
        ),
        (
            "Hamilton Cast Smiles With Un-Angry Trump Supporters",
            set(),
            {"Un-Angry Trump Supporters", "Un-Angry Trump"},
        ),
        # Names of places and organizations with head words and particles stay whole.
        ("Bank Of America Buys Land In Papua New Guinea", {"Papua New Guinea"}, {"Papua"}),
    ],
)
def test_a_title_case_headline_names_no_common_words(
    title: str, present: set[str], absent: set[str]
) -> None:
    found = _titled_names(title, "Shareholders say the deal leaves them with little to say.")
    assert present <= set(found), found
    assert not absent & set(found), found


def test_a_title_cut_from_the_first_sentence_is_no_headline() -> None:
    # ("Buckshot" would end the name there: the document writes it in lower case.)
    found = _titled_names(
        "William Herbert Buckshot May Pitched In One Major…",
        "He fired buckshot. William Herbert Buckshot May pitched in one game.",
    )
    assert "William Herbert" not in found, found


@pytest.mark.parametrize(
    ("words", "label", "kept"),
    [
        # Only a surname's particle opens a name: not "of", "for", "and".
        (["of", "Lennox"], "ORG", (1, 2)),
        (["y", "Gasset"], "PER", (1, 2)),  # (a particle, but no surname's)
        (["de", "Meza"], "PER", (0, 2)),
        (["van", "Gogh"], "PER", (0, 2)),
        # A preposition opening a sentence is no part of the name after it.
        (["Outside", "Japan"], "ORG", (1, 2)),
        (["Across", "Europe"], "LOC", (1, 2)),
    ],
)
def test_clean_drops_words_that_open_no_name(
    words: list[str], label: str, kept: tuple[int, int]
) -> None:
    assert _clean(words, 0, len(words), label, lexicon()) == kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A fundamental change was brought about by Scotsman James Watt.",
            [("James Watt", "PER")],
        ),
        (
            "Her latest book is about Margaret Douglas, Countess of Lennox.",
            [("Margaret Douglas", "PER"), ("Lennox", "ORG")],
        ),
    ],
)
def test_names_without_the_words_before_them(text: str, names: list[tuple[str, str]]) -> None:
    assert [(f.surface, f.label) for f in detect([Unit(text, "lead")])] == names


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("the Council on Foreign Relations said", "Relations"),
        ("the Office on Drugs and Crime", "Crime"),
        # An address after "on" is no subject of the body: the name ends before it.
        ("the Metropolitan Club on H Street nearby", None),
        ("the Committee on Monday", None),
    ],
)
def test_on_subject(text: str, end: str | None) -> None:
    words = text.split()
    k = words.index("on")
    got = _on_subject(words, k, lexicon())
    assert (words[got - 1] if got else None) == end


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        # A nationality or creed before a person's name goes, a given name spelled like one stays.
        (["Christian", "Wolmar"], (0, 2)),
        (["Russian", "Putin"], (1, 2)),
        (["American", "John", "Smith"], (1, 3)),
    ],
)
def test_clean_keeps_a_given_name_spelled_like_a_demonym(
    words: list[str], kept: tuple[int, int]
) -> None:
    assert _clean(words, 0, len(words), "PER", lexicon()) == kept


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # A Korean, Hong Kong or Taiwanese name: a surname and a hyphenated given name.
        ("South Korean President Moon Jae-in met him in Seoul.", "Moon Jae-in", True),
        ("Lam Cheuk-ting of the Democratic Party won a seat.", "Lam Cheuk-ting", True),
        ("Shiu Ka-chun won a seat in the election.", "Shiu Ka-chun", True),
        # An English compound after a capitalised word is no name.
        ("They went to the Ban Set-up meeting.", "Ban Set-up", False),
    ],
)
def test_hyphenated_given_names(text: str, name: str, found: bool) -> None:
    assert (names(text).get(name) == "person") is found
    tokens = tokenize(text)
    spans = [
        " ".join(t.text for t in tokens[s:e]) for s, e in _hyphenated_given_names(tokens, lexicon())
    ]
    assert (name.replace("-", " - ") in spans) is found


@pytest.mark.parametrize(
    ("sentence", "spans", "expected"),
    [
        # the tagger split a person's name at its surname particles
        ("Ludwig van Beethoven was born", [(0, 1), (2, 3)], [(0, 3, "PER")]),
        ("Ursula von der Leyen said", [(0, 1), (3, 4)], [(0, 4, "PER")]),
        # ... but not a person and another kind of name, nor names apart
        ("Charles de Gaulle Airport", [(0, 1), (2, 4, "LOC")], None),
        ("Smith and Jones", [(0, 1), (2, 3)], None),
    ],
)
def test_a_persons_name_goes_on_over_surname_particles(
    sentence: str, spans: list[tuple[int, ...]], expected: list[tuple[int, int, str]] | None
) -> None:
    words = sentence.split()
    given = [(x[0], x[1], str(x[2]) if len(x) > 2 else "PER", "tagger", None) for x in spans]
    joined = list(given)
    _join_particles(words, joined, lexicon())
    if expected is None:
        assert joined == given
    else:
        assert [(s, e, label) for s, e, label, _, _ in joined] == expected


def test_persons_echoed_side_by_side_stay_apart_over_a_hyphen() -> None:
    # "the Trump-Putin summit": two persons named in full before, not one "Trump-Putin".
    text = "Donald Trump and Vladimir Putin met. The Trump-Putin summit ended in Helsinki."
    found = names(text)
    assert "Trump-Putin" not in found
    assert found.get("Donald Trump") == "person"
    assert found.get("Vladimir Putin") == "person"
    assert {"Trump", "Putin"} <= surfaces(text)


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        (frozenset(), (0, 3)),  # "Trump-Putin" glued when nothing else names "Putin"
        (frozenset({2}), (0, 1)),
    ],
)
def test_glue_hyphens_stops_at_another_name(
    others: frozenset[int], expected: tuple[int, int]
) -> None:
    tokens = tokenize("Trump-Putin summit")
    assert _glue_hyphens(tokens, 0, 1, "PER", lexicon(), others) == expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A body and its head without a comma (translated news): the run stops before the person.
        (
            "The head of the Ministry of Foreign Affairs Sergei Lavrov said Moscow was ready.",
            {"Ministry of Foreign Affairs": "organization", "Sergei Lavrov": "person"},
            {"Ministry of Foreign Affairs Sergei Lavrov"},
        ),
        # A plural noun's possessive inside a name: the run and the tagger's name go on over it.
        (
            "Kim Jong Un, general secretary of the Workers' Party of Korea, left.",
            {"Workers' Party of Korea": "organization"},
            {"Party of Korea"},
        ),
        # A head word of organizations, "of the" and capitalised words: a body (not a title
        # before it, nor a person's name after it, nor the body it belongs to).
        (
            "The Ministry of the Interior said on Monday that it would act.",
            {"Ministry of the Interior": "organization"},
            set(),
        ),
        (
            "Ruslan Sitnikov, First Deputy Chairman of the Government of the Irkutsk Region, left.",
            {"Government of the Irkutsk Region": "organization", "Ruslan Sitnikov": "person"},
            {"First Deputy Chairman of the Government of the Irkutsk Region", "Irkutsk Region"},
        ),
        (
            "Deputy Chairman of the Government of the Russian Federation Alexander Novak spoke.",
            {"Government of the Russian Federation": "organization", "Alexander Novak": "person"},
            set(),
        ),
        (
            "He led the 2nd Division of the IV Corps at Gettysburg.",
            {"IV Corps": "organization"},
            {"Division of the IV Corps"},
        ),
        # "and" before a person's second title ends the body's name; a body and a Chinese
        # name after it are two names.
        (
            "Member of the Political Bureau of the CPC Central Committee and Director of the"
            " Office of the Central Commission for Foreign Affairs Wang Yi went to France.",
            {
                "Political Bureau of the CPC Central Committee": "organization",
                "Central Commission for Foreign Affairs": "organization",
                "Wang Yi": "person",
            },
            {"Political Bureau of the CPC Central Committee and Director"},
        ),
        # A country's body is named with its country (not a city's club, nor a place's body).
        (
            "The Atomic Energy Organization of Iran said the centrifuges were installed.",
            {"Atomic Energy Organization of Iran": "organization"},
            {"Atomic Energy Organization"},
        ),
        (
            "The Ministry of Foreign Affairs of the Republic of Korea said so on Monday.",
            {"Ministry of Foreign Affairs of the Republic of Korea": "organization"},
            {"Ministry of Foreign Affairs"},
        ),
        (
            "Scientists from the University of Sheffield of the UK said so.",
            {"University of Sheffield": "organization", "UK": "place"},
            {"University of Sheffield of the UK"},
        ),
        # A body and its head's name without a comma, the tagger's one name: two names.
        (
            "Chairman of the Board of Sberbank Herman Gref spoke on Monday.",
            {"Board of Sberbank": "organization", "Herman Gref": "person"},
            {"Board of Sberbank Herman Gref"},
        ),
        # A body's possessive before another body: two names.
        (
            "The State Duma's Committee on International Affairs backed the bill.",
            {"State Duma": "organization", "Committee on International Affairs": "organization"},
            {"State Duma's Committee on International Affairs"},
        ),
        (
            "He met the Chief of the Korean People's Army General Staff on Monday.",
            {"Korean People's Army": "organization"},
            {"Korean People"},
        ),
    ],
)
def test_a_body_before_its_heads_name_is_found(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    assert_names(text, present, absent)
