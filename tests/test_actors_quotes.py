"""Direct quotes and their speakers."""

from __future__ import annotations

import pytest

from briefings.actors.quotes import find_quotes


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


def test_figures_are_not_searched() -> None:
    text = '"This is a long quoted sentence of more than eight words here," he said.'
    assert find_quotes([(text, False)], []) == []
    assert len(find_quotes([(text, True)], [])) == 1
