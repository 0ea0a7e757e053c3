"""Direct quotes and their speakers."""

from __future__ import annotations

import pytest

from briefings.actors.quotes import find_answerer, find_quotes


def _persons(text: str, *names: str) -> list[tuple[int, int, int]]:
    out = []
    for name in names:
        start = text.index(name)
        out.append((0, start, start + len(name)))
    return sorted(out, key=lambda p: p[1])


@pytest.mark.parametrize(
    ("text", "names", "quote", "speaker"),
    [
        (
            'Dmitry Polyansky spoke. "So far, everything is going well," the diplomat stated.',
            ("Dmitry Polyansky",),
            "So far, everything is going well",
            "Dmitry Polyansky",
        ),
        (
            '— The first one involves agreements, and this path is unclear," he told Izvestia.',
            (),
            "The first one involves agreements, and this path is unclear",
            None,
        ),
        (
            'Dmitry Peskov called it a step, although he warned: "Results should not be expected."',
            ("Dmitry Peskov",),
            "Results should not be expected.",
            "Dmitry Peskov",
        ),
        (
            'As Vladimir Vasiliev concluded, "agreements in principle guarantee nothing," he said.',
            ("Vladimir Vasiliev",),
            "agreements in principle guarantee nothing",
            "Vladimir Vasiliev",
        ),
        (
            '"Joining NATO was a mistake," Russian Foreign Minister Sergei Lavrov stated.',
            ("Sergei Lavrov",),
            "Joining NATO was a mistake",
            "Sergei Lavrov",
        ),
        # a quote run into the sentence a few words after its verb is the subject's
        (
            'Jane Doe told reporters that "the country will not back down in the face of threats."',
            ("Jane Doe",),
            "the country will not back down in the face of threats.",
            "Jane Doe",
        ),
        (
            'Jane Doe said the country "will not back down in the face of threats" on Monday.',
            ("Jane Doe",),
            "will not back down in the face of threats",
            "Jane Doe",
        ),
        # ... not an owner's ('X's party ... by saying that "…"'), nor after a comma
        (
            "Jane Doe's party rallied support by saying that voters were \"coming out in droves"
            ' against the government today."',
            ("Jane Doe",),
            "coming out in droves against the government today.",
            None,
        ),
        (
            "Jane Doe wrote. Had she not made those points, she'd be attacked for \"not providing"
            ' any proof of her claims at all".',
            ("Jane Doe",),
            "not providing any proof of her claims at all",
            None,
        ),
        # "According to X," and more verbs of saying of official and translated news
        (
            'According to Jane Doe, "the country will not back down in the face of threats."',
            ("Jane Doe",),
            "the country will not back down in the face of threats.",
            "Jane Doe",
        ),
        (
            '"We will not back down," Jane Doe underlined.',
            ("Jane Doe",),
            "We will not back down",
            "Jane Doe",
        ),
        (
            '"We will not back down," Jane Doe was quoted as saying by the agency.',
            ("Jane Doe",),
            "We will not back down",
            "Jane Doe",
        ),
        # single curly quotes (British and South Asian papers), apostrophes inside
        (
            "‘We will not back down, it’s over,’ Jane Doe said on Monday.",
            ("Jane Doe",),
            "We will not back down, it’s over",
            "Jane Doe",
        ),
        # Russian-style dialogue in dashes, attributed after the second dash
        (
            "— We are ready for dialogue, but not at any price, — Dmitry Peskov said.",
            ("Dmitry Peskov",),
            "We are ready for dialogue, but not at any price",
            "Dmitry Peskov",
        ),
        # a name as the quote's label; a noun phrase as the subject of a verb before a colon
        (
            'Dmitry Peskov: "We are ready for dialogue, but not at any price."',
            ("Dmitry Peskov",),
            "We are ready for dialogue, but not at any price.",
            "Dmitry Peskov",
        ),
        (
            'Dmitry Peskov spoke. The Kremlin spokesman stressed: "We are ready for dialogue."',
            ("Dmitry Peskov",),
            "We are ready for dialogue.",
            "Dmitry Peskov",
        ),
        # a title in quotes is nobody's words
        (
            "According to Jane Doe's book, \"Hockey: Canada's Royal Winter Game And Its Early"
            ' Champions"',
            ("Jane Doe",),
            "Hockey: Canada's Royal Winter Game And Its Early Champions",
            None,
        ),
    ],
)
def test_attributes_quotes(
    text: str, names: tuple[str, ...], quote: str, speaker: str | None
) -> None:
    persons = _persons(text, *names)
    quotes = find_quotes([(text, True)], persons)
    assert len(quotes) == 1
    assert quotes[0].text == quote
    if speaker is None:
        assert quotes[0].speaker is None
    else:
        assert quotes[0].speaker is not None
        _, s, e = persons[quotes[0].speaker]
        assert text[s:e] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Donald Trump, who positions himself as a "mediator," extended the sanctions.',
        'It retains "leverage." Kellogg called it "capitulation."',
    ],
)
def test_scare_quotes_are_not_quotes(text: str) -> None:
    assert find_quotes([(text, True)], []) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # apostrophes are no quotes
        ("The ’90s were good to Jane Doe’s family and Jane Doe’s dog’s bone was very big.",
         ("Jane Doe",)),
        # a dash's aside with no verb of saying after it is no quote
        ("— We are ready for dialogue, but not at any price, — and so on for many more days.", ()),
        # a value after a label is no quote; "as" and a noun phrase before a comma speak not
        ('ETag: "1382694045000"', ("ETag",)),
        ('Jane Doe wrote it. This is tri-valued as "omit" (default), "same-origin" and "all".',
         ("Jane Doe",)),
    ],
)  # fmt: skip
def test_no_quotes_here(text: str, names: tuple[str, ...]) -> None:
    assert find_quotes([(text, True)], _persons(text, *names)) == []


def test_figures_are_not_searched() -> None:
    text = '"This is a long quoted sentence of more than eight words here," he said.'
    assert find_quotes([(text, False)], []) == []
    assert len(find_quotes([(text, True)], [])) == 1


_GREETING = "Mr President, colleagues,"
_ERDOGAN = "President of Turkey Recep Tayyip Erdogan (retranslated):"
_SPEECH = (
    "I am happy to welcome you to the Russian capital. We are glad that our relations are"
    " recovering, and very quickly."
)


@pytest.mark.parametrize(
    ("texts", "names", "quotes"),
    [
        # a label alone on its line: the first paragraph of eight words or more under it
        (
            ["President of Russia Vladimir Putin:", _GREETING, _SPEECH],
            ["Vladimir Putin"],
            [(2, _SPEECH, "Vladimir Putin")],
        ),
        # ... with a note in brackets; the next label ends the turn
        (
            [_ERDOGAN, "Thank you.", "Jane Doe:", _SPEECH],
            ["Recep Tayyip Erdogan", "Jane Doe"],
            [(3, _SPEECH, "Jane Doe")],
        ),
        # the words after a label on the same line
        (
            ["Wang Wenbin: State Councilor Wang Yi just concluded his successful visit there."],
            ["Wang Wenbin", "Wang Yi"],
            [
                (
                    0,
                    "State Councilor Wang Yi just concluded his successful visit there.",
                    "Wang Wenbin",
                )
            ],
        ),
        # a long turn: whole sentences up to sixty words (here 52), then an ellipsis
        (
            ["Jane Doe:", " ".join([_SPEECH] * 4)],
            ["Jane Doe"],
            [
                (
                    1,
                    " ".join([_SPEECH] * 2)
                    + " I am happy to welcome you to the Russian capital. …",
                    "Jane Doe",
                )
            ],
        ),
        # a label in capitals: the surname of a person named in the text
        (
            ["Ned Price, Department Spokesperson", "MR PRICE: Good afternoon. " + _SPEECH],
            ["Ned Price"],
            [(1, "Good afternoon. " + _SPEECH, "Ned Price")],
        ),
        (
            ["Ned Price, Department Spokesperson", "MR. PRICE:", _SPEECH, "QUESTION:", _SPEECH],
            ["Ned Price"],
            [(2, _SPEECH, "Ned Price")],
        ),
        # ... and one of someone unnamed ends the turn before it
        (
            ["Ned Price, Department Spokesperson", "MR PRICE:", "Thanks.", "QUESTION:", _SPEECH],
            ["Ned Price"],
            [],
        ),
        # a label by one word of one person's name: a family name written first
        (
            ["Highlights of President Xi Jinping's interview", "Xi: " + _SPEECH],
            ["Xi Jinping"],
            [(1, _SPEECH, "Xi Jinping")],
        ),
        # turns run together in one paragraph (a copy that lost its line breaks)
        (
            [
                "Jane Doe is on the line.",
                f"JOURNALIST: Good morning. DOE: {_SPEECH} JOURNALIST: And then? DOE: {_SPEECH}",
            ],
            ["Jane Doe"],
            [(1, _SPEECH, "Jane Doe"), (1, _SPEECH, "Jane Doe")],
        ),
        # an interview's labels by the initials of one person's name
        (
            ["Michael Dranove met Noam Chomsky.", "MD: Any thoughts?", "NC: " + _SPEECH],
            ["Noam Chomsky", "Michael Dranove"],
            [(2, _SPEECH, "Noam Chomsky")],
        ),
        (
            ["Nora Chase met Noam Chomsky.", "NC: " + _SPEECH],
            ["Noam Chomsky", "Nora Chase"],
            [],
        ),
        # ... not a word of two persons' names
        (
            ["Jane Doe and John Doe spoke.", "Doe: " + _SPEECH],
            ["Jane Doe", "John Doe"],
            [],
        ),
        # any label alone on its line ends the turn before it
        (
            ["General Pat Ryder (00:00):", "Thanks.", "Speaker 2 (01:12):", _SPEECH],
            ["Pat Ryder"],
            [],
        ),
        # a turn holding a quote already found is not quoted twice
        (
            ['Wang Wenbin: "We firmly oppose it and we will respond to it," he said.'],
            ["Wang Wenbin"],
            [(0, "We firmly oppose it and we will respond to it", "Wang Wenbin")],
        ),
        # a name and a colon inside a sentence label no turn
        (
            ["Among those present was Foreign Minister Jane Doe: she spoke about the budget."],
            ["Jane Doe"],
            [],
        ),
    ],
)
def test_transcript_turns_are_their_speakers_quotes(
    texts: list[str], names: list[str], quotes: list[tuple[int, str, str]]
) -> None:
    assert _quotes_of(texts, names) == quotes


def _quotes_of(texts: list[str], names: list[str]) -> list[tuple[int, str, str | None]]:
    """(unit, text, speaker's name) of the quotes in ``texts``, every name of ``names`` a
    person's mention wherever it stands."""
    persons = sorted(
        (u, text.index(name), text.index(name) + len(name))
        for name in names
        for u, text in enumerate(texts)
        if name in text
    )
    return [
        (q.unit, q.text, None if q.speaker is None else _name(texts, persons[q.speaker]))
        for q in find_quotes([(t, True) for t in texts], persons)
    ]


def _name(texts: list[str], person: tuple[int, int, int]) -> str:
    u, s, e = person
    return texts[u][s:e]


def test_a_title_opens_no_turn() -> None:
    """(an interview's headline: "Frank Messina: An Interview with the 'Mets Poet' ...")"""
    texts = ["Jane Doe: An interview with the poet about her new book and career", _SPEECH]
    persons = [(0, 0, len("Jane Doe"))]
    got = find_quotes([(t, True) for t in texts], persons, titles=frozenset({0}))
    assert got == []
    assert len(find_quotes([(t, True) for t in texts], persons)) == 1


_PART_1 = "People who are not formally spies are seen in activities that pose a threat."
_PART_2 = "But the man who headed this team turned out to be a real officer"


@pytest.mark.parametrize(
    ("texts", "names", "quotes"),
    [
        # a quote left open at a paragraph's end, closed in the next one, attributed there
        (
            [f'"{_PART_1}', f'{_PART_2}," says Grozev.'],
            ["Grozev"],
            [(0, _PART_1, "Grozev"), (1, _PART_2, "Grozev")],
        ),
        # ... in curly marks, over three paragraphs
        (
            [f"“{_PART_1}", f"“{_PART_1}", f"{_PART_2},” Jane Doe said."],
            ["Jane Doe"],
            [(0, _PART_1, "Jane Doe"), (1, _PART_1, "Jane Doe"), (2, _PART_2, "Jane Doe")],
        ),
        # ... the last part opening again and closing (news style): it names the speaker
        (
            [f'"{_PART_1}', f'"{_PART_2}," Jane Doe said.'],
            ["Jane Doe"],
            [(0, _PART_1, "Jane Doe"), (1, _PART_2, "Jane Doe")],
        ),
        # a quote opened after one that closed in the paragraph runs on from there
        (
            [f'"It was hard," Jane Doe said. "{_PART_1}', f'{_PART_2}," she said.'],
            ["Jane Doe"],
            [(0, "It was hard", "Jane Doe"), (0, _PART_1, "Jane Doe"), (1, _PART_2, "Jane Doe")],
        ),
        # ... with no attribution at its end: the speaker of the quote before it
        (
            [f'"It was hard," Jane Doe said. "{_PART_1}', f'"{_PART_2}."'],
            ["Jane Doe"],
            [
                (0, "It was hard", "Jane Doe"),
                (0, _PART_1, "Jane Doe"),
                (1, _PART_2 + ".", "Jane Doe"),
            ],
        ),
        # a paragraph between that neither goes on nor closes ends the run
        (
            [f'"{_PART_1}', "The ministry did not comment.", f'{_PART_2}," says Grozev.'],
            ["Grozev"],
            [],
        ),
    ],
)
def test_a_quote_over_several_paragraphs_is_its_speakers(
    texts: list[str], names: list[str], quotes: list[tuple[int, str, str]]
) -> None:
    assert _quotes_of(texts, names) == quotes


def test_a_run_on_quotes_he_is_the_person_named_before_it() -> None:
    texts = [
        "The tour was green, according to the bassist Matt Wachter.",
        '"Jared and Shannon Leto put together a thing that shows other ways to clean up.',
        'We fueled the bus with vegetable oil," he explains.',
    ]
    persons = [
        (u, texts[u].index(name), texts[u].index(name) + len(name))
        for u, name in ((0, "Matt Wachter"), (1, "Shannon Leto"))
    ]
    got = find_quotes([(t, True) for t in texts], persons)
    assert [(q.unit, q.speaker) for q in got] == [(1, 0), (2, 0)]


def test_a_german_quote_closes_in_its_paragraph() -> None:
    texts = [
        "„Der Titelverteidiger spielte nicht gut, das Spiel war langweilig“, sagt Petr Novak.",
        "Die Liga beginnt im August wieder mit einem neuen Spielplan für alle Vereine.",
    ]
    start = texts[0].index("Petr Novak")
    got = find_quotes([(t, True) for t in texts], [(0, start, start + 10)])
    assert [(q.unit, q.text) for q in got] == [
        (0, "Der Titelverteidiger spielte nicht gut, das Spiel war langweilig")
    ]


_QUESTION = "Q: There was a report yesterday that a delegation is going to Shanghai. Is it true?"


@pytest.mark.parametrize(
    ("texts", "names", "quotes"),
    [
        # the answers of a press conference are the words of the one person its headline names
        (
            ["Spokesperson Hua Chunying's Regular Press Conference", _QUESTION, "A: " + _SPEECH],
            ["Hua Chunying"],
            [(2, _SPEECH, "Hua Chunying")],
        ),
        # ... with no space after the label, and in an interview's "Question:"/"Answer:"
        (
            ["Spokesperson Hua Chunying's Regular Press Conference", "A:" + _SPEECH],
            ["Hua Chunying"],
            [(1, _SPEECH, "Hua Chunying")],
        ),
        (
            ["Interview with Minister Sergey Lavrov", "Question: Why?", "Answer: " + _SPEECH],
            ["Sergey Lavrov"],
            [(2, _SPEECH, "Sergey Lavrov")],
        ),
        # a question is nobody's quote
        (
            ["Spokesperson Hua Chunying's Regular Press Conference", "Q: " + _SPEECH],
            ["Hua Chunying"],
            [],
        ),
        # a headline naming no event of answering questions, or two persons: nobody's answers
        (
            ["Hua Chunying visits Paris", _QUESTION, "A: " + _SPEECH],
            ["Hua Chunying"],
            [],
        ),
        (
            ["Press conference of Jane Doe and John Roe", _QUESTION, "A: " + _SPEECH],
            ["Jane Doe", "John Roe"],
            [],
        ),
        # ... nor a label of the same name as a question's ("Q:" ends the turn of a label alone)
        (
            ["Press briefing by Jane Doe", "Jane Doe:", "Q: Thanks.", _SPEECH],
            ["Jane Doe"],
            [],
        ),
    ],
)
def test_answers_are_the_headline_persons(
    texts: list[str], names: list[str], quotes: list[tuple[int, str, str]]
) -> None:
    persons = sorted(
        (u, text.index(name), text.index(name) + len(name))
        for name in names
        for u, text in enumerate(texts)
        if name in text
    )
    answerer = find_answerer(
        texts[0], [(_name(texts, p), k, p[1]) for k, p in enumerate(persons) if p[0] == 0]
    )
    got = find_quotes(
        [(t, True) for t in texts], persons, titles=frozenset({0}), headline=0, answerer=answerer
    )
    assert [
        (q.unit, q.text, None if q.speaker is None else _name(texts, persons[q.speaker]))
        for q in got
    ] == quotes


@pytest.mark.parametrize(
    ("texts", "titles", "quotes"),
    [
        # an interview without labels: the paragraph after a question is the answer
        (["Interview with Noam Chomsky", "Do you think this is a revival?", _SPEECH], {0}, [2]),
        # ... the first paragraph under a section's title asking "you" is a question
        (["Interview with Noam Chomsky", "On NATO", "I wanted your thoughts on it.", _SPEECH],
         {0, 1}, [3]),
        # ... an answer closing on a question of its own asks nobody
        (["Interview with Noam Chomsky", "Do you think so?", _SPEECH + " Why should it exist?",
          _SPEECH], {0}, [2]),
        # ... nor does a person named as the title's topic answer
        (["Wikinews interviews a bar owner on Noam Chomsky", "Do you like it?", _SPEECH], {0}, []),
    ],
)  # fmt: skip
def test_an_interview_without_labels(texts: list[str], titles: set[int], quotes: list[int]) -> None:
    name = "Noam Chomsky"
    persons = [(0, texts[0].index(name), texts[0].index(name) + len(name))]
    answerer = find_answerer(texts[0], [(name, 0, persons[0][1])])
    got = find_quotes(
        [(t, True) for t in texts], persons, frozenset(titles), headline=0, answerer=answerer
    )
    assert [(q.unit, q.speaker) for q in got] == [(u, 0) for u in quotes]


@pytest.mark.parametrize(
    ("text", "names", "quotes"),
    [
        # a quote opening a sentence after the paragraph's attributed quote is the same speaker's
        (
            '"I have seen it first-hand," Jane Doe said of her time in the army. "At the end of'
            ' the day I did nothing wrong."',
            ["Jane Doe"],
            [(0, "I have seen it first-hand", "Jane Doe"),
             (0, "At the end of the day I did nothing wrong.", "Jane Doe")],
        ),
        # ... not when someone else is named between them
        (
            '"I have seen it first-hand," Jane Doe said. John Roe disagreed. "It was wrong."',
            ["Jane Doe", "John Roe"],
            [(0, "I have seen it first-hand", "Jane Doe")],
        ),
        # ... or it is the subject's of the verb of saying in the sentence right before it
        (
            'Jane Doe also said Warhol was a businessman. "He would make a blue Marilyn and a'
            ' pink one."',
            ["Jane Doe", "Warhol"],
            [(0, "He would make a blue Marilyn and a pink one.", "Jane Doe")],
        ),
        # ... not a word or two: '"Impertinent" was what he called her'
        (
            '"I have seen it first-hand," Jane Doe said. "Impertinent" was what he called her.',
            ["Jane Doe"],
            [(0, "I have seen it first-hand", "Jane Doe")],
        ),
    ],
)  # fmt: skip
def test_a_quote_after_an_attributed_one_in_its_paragraph(
    text: str, names: list[str], quotes: list[tuple[int, str, str]]
) -> None:
    assert _quotes_of([text], names) == quotes


@pytest.mark.parametrize(
    ("texts", "names", "quotes"),
    [
        # a paragraph opening with a quote carries on the last paragraph's speaker
        (
            ['"It was hard," Jane Doe said.', '"But we never gave up on the plan at all."'],
            ["Jane Doe"],
            [(0, "It was hard", "Jane Doe"), (1, "But we never gave up on the plan at all.",
              "Jane Doe")],
        ),
        # ... not when someone else is named after that quote
        (
            ['"It was hard," Jane Doe said. John Roe left.', '"But we never gave up on it."'],
            ["Jane Doe", "John Roe"],
            [(0, "It was hard", "Jane Doe")],
        ),
        # ... nor past a paragraph without a quote
        (
            ['"It was hard," Jane Doe said.', "The plan failed.", '"But we never gave up on it."'],
            ["Jane Doe"],
            [(0, "It was hard", "Jane Doe")],
        ),
    ],
)  # fmt: skip
def test_a_paragraph_opening_with_a_quote_carries_on_the_speaker(
    texts: list[str], names: list[str], quotes: list[tuple[int, str, str]]
) -> None:
    assert _quotes_of(texts, names) == quotes
