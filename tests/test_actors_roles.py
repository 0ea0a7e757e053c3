"""Roles as stated in the text: titles before a name, appositives after it."""

from __future__ import annotations

import re

import pytest

from briefings.actors import find_actors
from briefings.actors.roles import (
    _covered,
    appositive_after,
    appositive_before,
    list_title,
    predicate_after,
    title_before,
)
from briefings.sections import Briefing, Meta, Paragraph, Section


def _before(text: str, name: str) -> str | None:
    return title_before(text, text.index(name))


def _after(text: str, name: str) -> str | None:
    return appositive_after(text, text.index(name) + len(name))


def test_a_title_in_capitals_before_a_name_in_capitals() -> None:
    # A transcript's label in capitals reads as written in title case: with the names known,
    # "CHIEF" and "CABINET" were no title words (only "SECRETARY" was taken).
    text = "CHIEF CABINET SECRETARY SUGA: The Cabinet met."
    start = text.index("SUGA")
    names = [(start, start + 4)]
    assert title_before(text, start, names=names) == "CHIEF CABINET SECRETARY"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", "Kremlin spokesman"),
        (
            "He quoted Russian Foreign Minister Sergei Lavrov.",
            "Sergei Lavrov",
            "Russian Foreign Minister",
        ),
        ("Special Envoy Steve Witkoff's visit ended.", "Steve Witkoff", "Special Envoy"),
        ("US President Donald Trump", "Donald Trump", "US President"),
        ("Shares fell after Chief Executive Elon Musk spoke.", "Elon Musk", "Chief Executive"),
        ("It was filed by District Attorney Fani Willis.", "Fani Willis", "District Attorney"),
        ("He met Police Chief Jane Doe on Monday.", "Jane Doe", "Police Chief"),
        # Honorifics are no roles (data/words.yml honorifics).
        ("Then Prime Minister Sir Keir Starmer spoke.", "Keir Starmer", "Prime Minister"),
        ("Since then Sir Keir Starmer has faced a rebellion.", "Keir Starmer", None),
        (
            "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met him.",
            "Mohammed bin Abdulrahman Al Thani",
            "Qatar's Prime Minister",
        ),
        ("Its Executive Director Jane Doe said no.", "Jane Doe", "Executive Director"),
        # A hyphen inside a title word ("Secretary-General") is part of the title.
        (
            "Meanwhile, NATO Secretary-General Jens Stoltenberg said no.",
            "Jens Stoltenberg",
            "NATO Secretary-General",
        ),
        # The first part of a hyphenated role noun belongs to it, whatever it is.
        ("Facebook co-founder Mark Zuckerberg tweeted.", "Mark Zuckerberg", "Facebook co-founder"),
        ("He met the ex-minister Jane Doe there.", "Jane Doe", "ex-minister"),
        # ... but a hyphen with spaces around it ends the title.
        ("The talks - President Emmanuel Macron said - failed.", "Emmanuel Macron", "President"),
        (
            "the visit of Trump's special envoy Steve Witkoff to Russia",
            "Steve Witkoff",
            "Trump's special envoy",
        ),
        (
            "Putin and US President's Special Envoy for the Middle East Stephen Witkoff met.",
            "Stephen Witkoff",
            "US President's Special Envoy for the Middle East",
        ),
        ("talks between Vladimir Putin and Donald Trump", "Donald Trump", None),
        (
            "According to Afghan Ambassador to the United States Hamdullah Mohib, it worked.",
            "Hamdullah Mohib",
            "Afghan Ambassador to the United States",
        ),
        ("his former Marine commandant James Jones", "James Jones", "former Marine commandant"),
        ("In early April, Kirill Dmitriev visited Washington.", "Kirill Dmitriev", None),
    ],
)
def test_title_before(text: str, name: str, role: str | None) -> None:
    assert _before(text, name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Dmitry Polyansky, First Deputy Permanent Representative of Russia"
            " to the United Nations, told Izvestia.",
            "Dmitry Polyansky",
            "First Deputy Permanent Representative of Russia to the United Nations",
        ),
        (
            "Andrei Kortunov, an expert at the Valdai Club, said so.",
            "Andrei Kortunov",
            "expert at the Valdai Club",
        ),
        (
            "says Vladimir Vasiliev, Chief Researcher at ISKRAN.",
            "Vladimir Vasiliev",
            "Chief Researcher at ISKRAN",
        ),
        (
            "and Sergey Beseda, adviser to the head of the FSB.",
            "Sergey Beseda",
            "adviser to the head of the FSB",
        ),
        ("Donald Trump, who positions himself as a mediator, spoke.", "Donald Trump", None),
        ("Keith Kellogg, known for his position, opposed it.", "Keith Kellogg", None),
        ("Putin, Trump and Biden met.", "Putin", None),
        ("Witkoff's third visit", "Witkoff", None),
    ],
)
def test_appositive_after(text: str, name: str, role: str | None) -> None:
    assert _after(text, name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A clause ends the phrase: a relative pronoun, a verb.
        (
            "Fernando Caudevilla, a Spanish physician who is better known as X, wrote it.",
            "Fernando Caudevilla",
            "Spanish physician",
        ),
        (
            "Ananth Iyer, a professor at Purdue University whose research includes supply chains.",
            "Ananth Iyer",
            "professor at Purdue University",
        ),
        ("Carlos, Carlos is singer of the band.", "Carlos", None),
        # ... but only in lower case: "Doctor Who" is a name.
        (
            "Jane Doe, host of the Doctor Who Society, spoke.",
            "Jane Doe",
            "host of the Doctor Who Society",
        ),
        # Words after the head that open no complement are cut off.
        (
            "Pamela Colman Smith, the artist Waite chose to draw his deck, was born here.",
            "Pamela Colman Smith",
            "artist",
        ),
        # Calendar words at the end are no part of the role.
        (
            "Robert Sarvis, Libertarian Party nominee for Governor of Virginia Saturday.",
            "Robert Sarvis",
            "Libertarian Party nominee for Governor of Virginia",
        ),
        # A name right after a role word: another person's title.
        (
            "treason against Yoon, Kim and Interior Minister Lee Sang-min. The",
            "Yoon",
            None,
        ),
        # ... unless the role word is in the complement, or only modifies the title.
        (
            "Jack Lesmana, a jazz maestro and father of jazz musician Indra Lesmana, died.",
            "Jack Lesmana",
            "jazz maestro and father of jazz musician Indra Lesmana",
        ),
        (
            "Terry McAuliffe, the former Democratic National Committee chairman, led.",
            "Terry McAuliffe",
            "former Democratic National Committee chairman",
        ),
    ],
)
def test_appositive_after_ends_at_its_head(text: str, name: str, role: str | None) -> None:
    names = [
        (m.start(), m.end())
        for m in re.finditer(
            r"Lee Sang-min|Kim|Yoon|Indra Lesmana|Jack Lesmana|Democratic National Committee"
            r"|Purdue University|Doctor Who Society|Pamela Colman Smith",
            text,
        )
    ]
    end = text.index(name) + len(name)
    assert appositive_after(text, end, names=names) == role


def test_capitalised_words_in_a_title_must_be_names_when_names_are_known() -> None:
    text = "According to the Arts and Humanities Citation Index Professor Chomsky is cited."
    start = text.index("Chomsky")
    assert title_before(text, start, names=[(start, start + 7)]) == "Professor"
    kremlin = "Kremlin spokesman Dmitry Peskov said."
    assert title_before(kremlin, 18, names=[(0, 7), (18, 31)]) == "Kremlin spokesman"


def _apposed(text: str, name: str) -> str | None:
    start = text.index(name)
    return appositive_before(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "According to the Afghan team's coach, Alireza Mehraban, the robot won.",
            "Alireza Mehraban",
            "Afghan team's coach",
        ),
        (
            "It rained. Russia's foreign minister, Sergei Lavrov, agreed.",
            "Sergei Lavrov",
            "Russia's foreign minister",
        ),
        ("Its president, Emmanuel Macron, spoke.", "Emmanuel Macron", "president"),
        # (a possessive in capitals: words.yml possessive_marks)
        (
            "According to the Afghan TEAM'S coach, Alireza Mehraban, the robot won.",
            "Alireza Mehraban",
            "Afghan TEAM'S coach",
        ),
        ("The agency's new head, Jane Roe. She left.", "Jane Roe", "agency's new head"),
        # No comma or stop after the name: "the coach" is a clause's object, not apposed.
        ("After meeting the coach, Tom Brady left.", "Tom Brady", None),
        ("Two people, John Doe and Jane Roe, came.", "John Doe", None),
        ("In the morning, John Doe said no.", "John Doe", None),
        # No role word at the end of the phrase.
        ("In the morning, John Doe, a farmer, said no.", "John Doe", None),
        ("Two people, John Doe, came.", "John Doe", None),
        # A function word inside the phrase: a clause, no noun phrase.
        ("She spoke while minister, John Doe, waited.", "John Doe", None),
        # A possessive after the name belongs to the next phrase.
        ("The coach, John Doe's brother, came.", "John Doe", None),
        # A phrase of more than MAX_WORDS words is no appositive.
        ("Big " * 16 + "coach, John Doe, said.", "John Doe", None),
        # An honorific between the comma and the name is no part of either.
        (
            "The Police Public Relations Officer, Mr Charles Muka, made the disclosure.",
            "Charles Muka",
            "Police Public Relations Officer",
        ),
        # Complements chained after the title ("Secretary of State for ...").
        (
            "The panel included Secretary of State for Cabinet Affairs, Mr Mohammed Afif.",
            "Mohammed Afif",
            "Secretary of State for Cabinet Affairs",
        ),
        # A capitalised title takes no lower-case word before it but a title's own.
        (
            "Members of the media included Secretary of State for Cabinet Affairs, Mohammed Afif,"
            " and others.",
            "Mohammed Afif",
            "Secretary of State for Cabinet Affairs",
        ),
        # "and" before a capitalised title opens a list's item.
        (
            "They met Mr Afif, and Deputy Cabinet Secretary for Institutional Affairs, Mr Johny"
            " Bastienne.",
            "Johny Bastienne",
            "Deputy Cabinet Secretary for Institutional Affairs",
        ),
    ],
)
def test_appositive_before(text: str, name: str, role: str | None) -> None:
    assert _apposed(text, name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A title's complement of capitalised words ("of Education") is part of the title,
        # even when no name covers them; complements chain ("Secretary of State for Health").
        (
            "Minister of Education Stefania Giannini said so.",
            "Stefania Giannini",
            "Minister of Education",
        ),
        (
            "Then Minister for Women and Equalities Kemi Badenoch spoke.",
            "Kemi Badenoch",
            "Minister for Women and Equalities",
        ),
        (
            "Undersecretary for Education Mr. Toccafondi says no.",
            "Toccafondi",
            "Undersecretary for Education",
        ),
        (
            "The Secretary of State for Health Wes Streeting said so.",
            "Wes Streeting",
            "Secretary of State for Health",
        ),
        # Capitalised words that are no complement of a title stay out of it.
        ("The Bank of England Chief Economist Huw Pill said so.", "Huw Pill", "Chief Economist"),
        ("Visitors of Education First Jane Doe came.", "Jane Doe", None),
    ],
)
def test_title_with_a_complement_when_names_are_known(
    text: str, name: str, role: str | None
) -> None:
    start = text.index(name)
    assert title_before(text, start, names=[(start, start + len(name))]) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Also the president of the Lombardy region, Roberto Maroni, has reacted.",
            "Roberto Maroni",
            "president of the Lombardy region",
        ),
        (
            "The head of the World Health Organization, Tedros Adhanom, warned.",
            "Tedros Adhanom",
            "head of the World Health Organization",
        ),
        (
            "It rained. A professor at Oxford University, Jane Doe, said no.",
            "Jane Doe",
            "professor at Oxford University",
        ),
        # the complement is a noun phrase: a clause in it gives no role
        ("The leader of the group that came, John Doe, said no.", "John Doe", None),
        ("The owner of the house, John Doe, said no.", "John Doe", "owner of the house"),
        ("In front of the house, John Doe, said no.", "John Doe", None),
    ],
)
def test_appositive_before_with_a_complement(text: str, name: str, role: str | None) -> None:
    assert _apposed(text, name) == role


def test_appositive_after_a_lower_case_role_noun() -> None:
    text = "Claudio De Vincenti, undersecretary to the prime minister, said so."
    assert _after(text, "Claudio De Vincenti") == "undersecretary to the prime minister"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("As coauthor Colette Heald told the paper, it is grim.", "Colette Heald", "coauthor"),
        ("Republican congressman Jim Jordan said no.", "Jim Jordan", "Republican congressman"),
    ],
)
def test_role_nouns_of_news_bylines(text: str, name: str, role: str) -> None:
    assert _before(text, name) == role


def test_of_joins_a_title_to_its_complement_only() -> None:
    text = "It housed the Eugenics Record Office of biologist Charles B. Davenport and others."
    start = text.index("Charles")
    names = [(text.index("Eugenics"), text.index(" of biologist")), (start, start + 19)]
    assert title_before(text, start, names=names) == "biologist"
    secretary = "He met Secretary of State James Baker in Moscow."
    assert _before(secretary, "James Baker") == "Secretary of State"


def test_a_modifier_alone_is_no_role() -> None:
    text = "DJs like Jorge Nunez, Chris Paciello & others with special events at KGB, played."
    assert _after(text, "Jorge Nunez") is None
    assert _after("He met Jane Doe, the special envoy, on Monday.", "Jane Doe") == "special envoy"


@pytest.mark.parametrize(
    ("start", "end", "covered"),
    [(0, 5, True), (2, 4, True), (4, 6, False), (10, 12, True), (6, 9, False), (13, 14, False)],
)
def test_covered_finds_the_name_holding_a_span(start: int, end: int, covered: bool) -> None:
    names = [(0, 5), (10, 12)]  # sorted, not overlapping: the mentions of one unit
    assert _covered(names, start, end) is covered
    assert covered == any(s <= start and end <= e for s, e in names)


@pytest.mark.parametrize(
    ("text", "name", "others", "role"),
    [
        # lower-case modifiers before the role noun belong to the title
        (
            "Take Obama’s national security advisor James Jones, for one.",
            "James Jones",
            ["Obama"],
            "Obama’s national security advisor",
        ),
        (
            "said White House press secretary Josh Earnest.",
            "Josh Earnest",
            ["White House"],
            "White House press secretary",
        ),
        (
            "the Zimbabwean opposition leader Morgan Tsvangirai",
            "Morgan Tsvangirai",
            [],
            "Zimbabwean opposition leader",
        ),
        # ... a verb is none, nor a role noun used as one before a modifier
        ("Yesterday he praised advisor Jane Doe.", "Jane Doe", [], "advisor"),
        (
            "came to Taipei to witness city mayor Hau Lung-bin",
            "Hau Lung-bin",
            ["Taipei"],
            "city mayor",
        ),
    ],
)
def test_role_modifiers_before_a_role_noun(
    text: str, name: str, others: list[str], role: str
) -> None:
    names = sorted((text.index(n), text.index(n) + len(n)) for n in [name, *others])
    assert title_before(text, text.index(name), names=names) == role


# --- rules found on the Wikinews role check set (tests/golden/roles-wikinews.json) ---


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    return sorted((m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text))


@pytest.mark.parametrize(
    ("text", "name", "others", "role"),
    [
        # A title ends right before its name: words that are no complement between them make
        # it another's ("chairman" is Schultze's, not Carter's).
        (
            "said Charles Schultze, chairman of the Council of Economic Advisers in the Carter"
            " administration.",
            "Carter",
            ["Charles Schultze", "Council of Economic Advisers"],
            None,
        ),
        ("Then the Minister told Putin so.", "Putin", [], None),
        # ... but a suffix of the title word is part of it (title_suffixes).
        (
            "an announcement to Vice-president elect Mike Pence while",
            "Mike Pence",
            [],
            "Vice-president elect",
        ),
        ("He thanked Professor emeritus Jane Doe warmly.", "Jane Doe", [], "Professor emeritus"),
        # A plural role noun right before a name (a list's title) is a title ...
        (
            "photographers Nat Finkelstein, Christopher Makos and Felice Quinto",
            "Nat Finkelstein",
            ["Christopher Makos", "Felice Quinto"],
            "photographers",
        ),
        # ... but not before another title word: "Bishop" is this name's.
        (
            "meets church leaders Bishop Trevor Manhanga, centre, and Father Fidelis Mukonori",
            "Trevor Manhanga",
            ["Fidelis Mukonori"],
            "Bishop",
        ),
        # Two role nouns joined by "and" are one person's.
        (
            "Interview with US political activist and philosopher Noam Chomsky",
            "Noam Chomsky",
            ["US"],
            "US political activist and philosopher",
        ),
        ("talks between the minister and Jane Doe", "Jane Doe", [], None),
        # A capitalised portfolio before a title word is part of it.
        ("Environment Minister John Baird has asked", "John Baird", [], "Environment Minister"),
        (
            "He met Foreign Affairs minister Jane Doe.",
            "Jane Doe",
            [],
            "Foreign Affairs minister",
        ),
        ("The Health Secretary Jane Doe said", "Jane Doe", [], "Health Secretary"),
        # "outgoing", "incoming": modifiers of a role noun (role_modifiers).
        (
            "would replace outgoing governor Bob McDonnell.",
            "Bob McDonnell",
            [],
            "outgoing governor",
        ),
        # Nouns of occupations (role_nouns).
        ("according to curator Elaine Gustafon.", "Elaine Gustafon", [], "curator"),
        ("said defence barrister Jane Doe.", "Jane Doe", [], "defence barrister"),
        # An organization's name going on before its "for"/"of" is no part of the title.
        (
            "said Society for the Protection of Birds spokesman Jane Doe.",
            "Jane Doe",
            ["Society for the Protection of Birds"],
            "spokesman",
        ),
    ],
)
def test_titles_of_the_wikinews_check_set(
    text: str, name: str, others: list[str], role: str | None
) -> None:
    assert title_before(text, text.index(name), names=_spans(text, [name, *others])) == role


@pytest.mark.parametrize(
    ("text", "name", "others", "role"),
    [
        # A later member of a list has the list's plural title ...
        (
            "photographers Nat Finkelstein, Christopher Makos and Felice Quinto; and athletes",
            "Felice Quinto",
            ["Nat Finkelstein", "Christopher Makos"],
            "photographers",
        ),
        (
            "and athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf).",
            "Jack Nicklaus",
            ["Vitas Gerulaitis"],
            "athletes",
        ),
        # ... members may name their organization in a complement ...
        (
            "pro-Beijing councillors Ann Chiang of DAB and Priscilla Leung of BPA were re-elected",
            "Priscilla Leung",
            ["Ann Chiang", "DAB", "BPA", "Beijing"],
            "pro-Beijing councillors",
        ),
        # ... but a singular title is its own name's, and a list must be joined.
        ("Mayor Jane Doe and John Smith met.", "John Smith", ["Jane Doe"], None),
        ("actors Jane Doe. John Smith left.", "John Smith", ["Jane Doe"], None),
        ("photographers Jane Doe of Reuters and John Smith", "Jane Doe", ["Reuters"], None),
    ],
)
def test_list_title(text: str, name: str, others: list[str], role: str | None) -> None:
    assert list_title(text, text.index(name), _spans(text, [name, *others])) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Andrew Westphal is the director of Stardust@home.",
            "Andrew Westphal",
            "director of Stardust@home",
        ),
        (
            "Jane Doe is a professor at the University of Oslo.",
            "Jane Doe",
            "professor at the University of Oslo",
        ),
        # The head must be a role word, and nothing but its complement may follow it.
        ("Columbus is a stunner of a debut from director Kogonada.", "Columbus", None),
        ("Samoan is the most widely spoken official language.", "Samoan", None),
        ("Jane Doe is a threat to them.", "Jane Doe", None),
        ("Jane Doe is expected to win.", "Jane Doe", None),
    ],
)
def test_predicate_after(text: str, name: str, role: str | None) -> None:
    assert predicate_after(text, text.index(name) + len(name)) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A reflexive pronoun ends the phrase.
        (
            "Jane Doe, a Navy veteran herself and the wife of a Navy officer, said so.",
            "Jane Doe",
            None,
        ),
        # A complement cut off by a quote leaves no dangling preposition.
        (
            'Kristen Wilkins, curator of "Andy Warhol: Photographs", said',
            "Kristen Wilkins",
            "curator",
        ),
    ],
)
def test_appositive_after_ends_in_its_role(text: str, name: str, role: str | None) -> None:
    assert _after(text, name) == role


def test_an_article_of_another_language_opens_no_role() -> None:
    text = "Le projet. La ministre de la justice, Christiane Taubira, était défavorable."
    assert _apposed(text, "Christiane Taubira") == "ministre de la justice"
    # ... before a capital it may begin a name
    assert (
        _apposed("He said. The Le Monde editor, Jane Doe, said.", "Jane Doe") == "Le Monde editor"
    )


_OFFICIALS = (
    "Vice Foreign Minister Li Baodong, Vice Minister of Finance Zhu Guangyao, Vice Minister of"
    " Commerce Wang Shouwen"
)


def _briefing(*paragraphs: str) -> Briefing:
    meta = Meta(title="t", encoding="utf-8", source_name="t.txt", title_from="editor")
    lead = Section(None, "lead", tuple(Paragraph(p) for p in paragraphs))
    return Briefing("t", meta, lead, (), ())


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        # A predicate is a person's role when nothing else in the text gives one ...
        (
            ("Andrew Westphal is the director of Stardust@home. He spoke on Monday.",),
            "Andrew Westphal",
            "director of Stardust@home",
        ),
        # ... a title or an appositive wins over it, even a shorter one.
        (
            (
                "Jane Doe is a member of the Royal Society of Chemistry and of the board.",
                "Professor Jane Doe opened the meeting.",
            ),
            "Jane Doe",
            "Professor",
        ),
        # A later member of a list takes the list's title, in the singular: one person's role.
        (
            ("The show has photographers Nat Finkelstein, Christopher Makos and Felice Quinto.",),
            "Felice Quinto",
            "photographer",
        ),
        (
            ("The show has photographers Nat Finkelstein, Christopher Makos and Felice Quinto.",),
            "Nat Finkelstein",
            "photographer",
        ),
        (
            ("The pro-Beijing councillors Ann Chiang and Priscilla Leung were re-elected.",),
            "Priscilla Leung",
            "pro-Beijing councillor",
        ),
        # (a capitalised or unknown last word is no plural role: "Minister for Foreign Affairs")
        (
            ("The Minister for Foreign Affairs Jane Doe met envoys on Monday.",),
            "Jane Doe",
            "Minister for Foreign Affairs",
        ),
        # A list of officials, each with a title: the next one's title is no appositive of the
        # one before it, nor is a title after "and" part of the complement before it
        (
            (_OFFICIALS + " will brief the press.",),
            "Li Baodong",
            "Vice Foreign Minister",
        ),
        (
            (_OFFICIALS + " will brief the press.",),
            "Zhu Guangyao",
            "Vice Minister of Finance",
        ),
        (
            (_OFFICIALS.replace(", Vice Minister of Commerce", " and Vice Minister of Commerce"),),
            "Wang Shouwen",
            "Vice Minister of Commerce",
        ),
        # ... also where the titles come before the names, set off by commas with honorifics
        (
            (
                "The panel included Secretary of State for Cabinet Affairs, Mr Mohammed Afif,"
                " Deputy Cabinet Secretary for Policy Affairs, Ms Margaret Pillay, and others.",
            ),
            "Mohammed Afif",
            "Secretary of State for Cabinet Affairs",
        ),
        # a place's preposition before a title is no part of it
        (
            ("They will give a briefing in Lanting on President Xi Jinping's visit to Peru.",),
            "Xi Jinping",
            "President",
        ),
    ],
)
def test_roles_found_in_a_briefing(paragraphs: tuple[str, ...], name: str, role: str) -> None:
    actors = {a.name: a for a in find_actors(_briefing(*paragraphs)).actors}
    assert actors[name].role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Without a comma after the name: a country's or body's capitalised title that opens
        # a clause ...
        (
            "In a statement, Malaysia's Prime Minister, Najib Razak said, we are in contact.",
            "Najib Razak",
            "Malaysia's Prime Minister",
        ),
        # ... not a title after an article, a lower-case one or one without a possessive.
        ("He told the President, Jane Doe said.", "Jane Doe", None),
        ("In March, Malaysia's prime minister, Jane Doe said.", "Jane Doe", None),
        ("In March, Prime Minister, Jane Doe said.", "Jane Doe", None),
        (
            "In a statement, Malaysia's Prime Minister, Najib Razak's office said.",
            "Najib Razak",
            None,
        ),
    ],
)
def test_appositive_before_without_a_closing_comma(text: str, name: str, role: str | None) -> None:
    assert _apposed(text, name) == role


def test_veteran_modifies_a_role_noun() -> None:
    text = "Two pan-democratic veteran politicians Lee Cheuk-yan and Frederick Fung lost."
    assert _before(text, "Lee Cheuk-yan") == "veteran politicians"
