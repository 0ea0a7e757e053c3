"""Sections: the seed's exact structure (golden + explicit), headings, figures, metadata, titles."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefings.chrome import LineKind, strip_chrome
from briefings.editor import EditorFile
from briefings.ingest import SourceText, read_source
from briefings.sections import (
    Briefing,
    Figure,
    Paragraph,
    derive_title,
    parse_date,
    split_sections,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "izvestia-russia-us-talks-ukraine.txt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "izvestia-russia-us-talks-ukraine.json"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def text_source(text: str, name: str = "a.txt") -> SourceText:
    return SourceText(name=name, lines=tuple(text.split("\n")), encoding="utf-8")


def briefing_of(text: str, editor: EditorFile | None = None) -> Briefing:
    return split_sections(strip_chrome(text_source(text)), "a", editor)


def seed_summary(b: Briefing) -> dict[str, Any]:
    """The parts of a briefing the golden file pins (actors belong to another stage)."""
    return {
        "title": b.meta.title,
        "lead": list(b.lead.paragraphs) if b.lead else None,
        "sections": [
            {"title": s.title, "anchor": s.anchor, "paragraphs": list(s.paragraphs)}
            for s in b.sections
        ],
        "figures": [
            {"caption": f.caption, "credit": f.credit, "original": f.original, "line": f.line}
            for f in b.figures
        ],
        "translated_by": b.meta.translated_by,
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in b.removed],
    }


@pytest.fixture(scope="module")
def seed() -> Briefing:
    source = read_source(SEED)
    return split_sections(strip_chrome(source), "izvestia-russia-us-talks-ukraine")


def test_seed_matches_golden_field_by_field(seed: Briefing) -> None:
    got = seed_summary(seed)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert set(got) == set(want)
    for key in want:
        assert got[key] == want[key], key


def test_seed_lead_is_one_paragraph(seed: Briefing) -> None:
    assert seed.lead is not None
    assert len(seed.lead.paragraphs) == 1
    assert seed.lead.paragraphs[0].startswith("Negotiations between Russia and the United States")
    assert seed.lead.anchor == "lead"


def test_seed_has_two_sections_with_8_and_9_paragraphs(seed: Briefing) -> None:
    assert [s.title for s in seed.sections] == [
        "At what stage is the negotiation process on Ukraine?",
        "What prevents the conflict from being resolved",
    ]
    assert [len(s.paragraphs) for s in seed.sections] == [8, 9]
    anchors = [s.anchor for s in seed.sections]
    assert all(re.fullmatch(r"[a-z0-9-]+", a) for a in anchors)
    assert len(set(anchors) | {"lead"}) == 3


def test_seed_figures_with_credits_and_two_english_captions(seed: Briefing) -> None:
    figures = seed.figures
    assert len(figures) == 4
    assert [f.credit for f in figures] == [
        "Photo: RIA Novosti/Gavriil Grigorov",
        "Photo: Global Look Press/Serg Glovny",
        "Photo: REUTERS/Nathan Howard",
        "Photo: Global Look Press/Christoph Soeder",
    ]
    captions = [f.caption for f in figures if f.caption]
    assert len(captions) == 2
    assert captions[1] == "US President Donald Trump"
    assert not any(CYRILLIC.search(c) for c in captions)
    assert all(f.original and CYRILLIC.search(f.original) for f in figures)


def test_seed_figures_stand_where_the_photos_stood(seed: Briefing) -> None:
    first = seed.sections[0].blocks
    kinds = [type(b).__name__ for b in first]
    assert kinds[:4] == ["Paragraph", "Paragraph", "Paragraph", "Figure"]


def test_seed_metadata_and_removals(seed: Briefing) -> None:
    assert seed.meta.translated_by == "Yandex Translator"
    removed = [(r.line, r.text) for r in seed.removed]
    assert [n for n, _ in removed] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 71]
    assert removed[-1][1] == "Live broadcast"
    assert all(r.reason for r in seed.removed)
    assert seed.meta.title and len(seed.meta.title) <= 91


def test_seed_no_cyrillic_in_paragraphs(seed: Briefing) -> None:
    for section in seed.all_sections:
        for paragraph in section.paragraphs:
            assert not CYRILLIC.search(paragraph)


def test_seed_quotes_are_quote_paragraphs(seed: Briefing) -> None:
    quotes = [b for s in seed.all_sections for b in s.blocks if getattr(b, "kind", "") == "quote"]
    assert quotes, "dash- and quote-led paragraphs are quotes"
    assert all(q.text[0] in '"—' for q in quotes)


ARTICLE = "\n".join(
    [
        "Home",
        "News",
        "Sport",
        "",
        "The city council voted on Tuesday to close the old bridge for repairs, officials said,"
        " after engineers found cracks in two of its supports.",
        "",
        "Why the bridge matters",
        "",
        "The bridge carries about 40,000 cars a day and is the only crossing for several miles,"
        " which means that detours will add up to half an hour to many commutes.",
        "",
        "Residents have until the end of the month to comment on the plan, which the council"
        " will discuss again in May before the final vote is taken.",
        "",
        "Why the bridge matters",
        "",
        "A second heading with the same title must get its own anchor, and this sentence is"
        " long enough to be body text.",
        "",
    ]
)


def test_headings_get_unique_ascii_anchors() -> None:
    b = briefing_of(ARTICLE)
    assert [s.title for s in b.sections] == ["Why the bridge matters", "Why the bridge matters"]
    assert [s.anchor for s in b.sections] == ["why-the-bridge-matters", "why-the-bridge-matters-2"]
    assert b.lead is not None and len(b.lead.paragraphs) == 1


def test_heading_followed_by_credit_is_a_caption() -> None:
    text = ARTICLE.replace(
        "Residents have", "The old bridge at dusk\nPhoto: Reuters/Jane Doe\n\nResidents have"
    )
    b = briefing_of(text)
    assert "The old bridge at dusk" not in [s.title for s in b.sections]
    assert (
        Figure("The old bridge at dusk", "Photo: Reuters/Jane Doe", None, b.figures[0].line)
        in b.figures
    )


@pytest.mark.parametrize(
    ("editor", "expected", "origin"),
    [
        (EditorFile(title="Editor's title"), "Editor's title", "editor"),
        (
            None,
            "The city council voted on Tuesday to close the old bridge for repairs, officials"
            " said…",
            "text",
        ),
    ],
)
def test_title_sources(editor: EditorFile | None, expected: str, origin: str) -> None:
    b = briefing_of(ARTICLE, editor)
    assert b.meta.title == expected
    assert b.meta.title_from == origin


def test_title_from_source_meta() -> None:
    source = SourceText(
        name="p.html",
        lines=("A paragraph of the article that is long enough to be kept as body text here.",),
        encoding="utf-8",
        format="html",
        hints=("",),
        meta=(("title", "The HTML title"), ("url", "https://example.com/a")),
    )
    b = split_sections(strip_chrome(source), "p")
    assert (b.meta.title, b.meta.title_from) == ("The HTML title", "source")
    assert b.meta.source_url == "https://example.com/a"


def test_editor_metadata_wins() -> None:
    editor = EditorFile(date="2025-04-14", publication="Izvestia", tags=("Russia",), summary="S.")
    b = briefing_of("Published: 1 March 2020\n\n" + ARTICLE, editor)
    assert (b.meta.date, b.meta.publication, b.meta.tags, b.meta.summary) == (
        "2025-04-14",
        "Izvestia",
        ("Russia",),
        "S.",
    )


def test_a_figure_notes_caption_leaves_out_a_gallerys_counter() -> None:
    caption = "Flags fly outside the Commission in Brussels, March 1, 2023. REUTERS/Yves Herman"
    b = briefing_of(ARTICLE + "\nItem 1 of 2 " + caption + "\n\n" + ARTICLE)
    assert [(f.caption, f.credit) for f in b.figures] == [
        ("Flags fly outside the Commission in Brussels, March 1, 2023.", "REUTERS/Yves Herman")
    ]


def test_date_line_becomes_meta_date() -> None:
    b = briefing_of("Published: 1 March 2020\n\n" + ARTICLE)
    assert b.meta.date == "2020-03-01"


_HEADLINE = "Parliament approves the regional budget after a long debate"


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        # a portal's date of today above the article's own stamp, both above the headline
        (["14 Nov 2024", "Saturday 5 November 2016 - 14:34", "", _HEADLINE], "2016-11-05"),
        # teasers' dates above the headline; the byline under it holds the article's
        (
            ["1 March 2019 15:20", "", "28 February 2019 20:36", "", _HEADLINE,
             "By Jane Doe — 24 November 2017 18:42"],
            "2017-11-24",
        ),
        # the section's name and a bar before the stamp (Perfil's Buenos Aires Times)
        (["Friday, March 29, 2024", "Perfil", "", "WORLD | 08-09-2017 19:03", "", _HEADLINE],
         "2017-09-08"),
        # a byline with its date, no date line at all
        ([_HEADLINE, "By JANE DOE JAN. 13, 2017"], "2017-01-13"),
    ],
)  # fmt: skip
def test_the_article_s_date_is_the_one_by_its_headline(header: list[str], iso: str) -> None:
    body = [
        "The regional parliament approved the budget on Wednesday after a debate that lasted"
        " more than nine hours, with the opposition voting against every article of the bill.",
        "Officials said the money would go mostly to schools and hospitals, and that the first"
        " payments could reach the districts before the end of the summer.",
        "Critics argued that the budget relied on optimistic forecasts of tax revenue, and they"
        " promised to challenge several of its articles in the constitutional court.",
    ]
    b = briefing_of("\n".join(header) + "\n\n" + "\n\n".join(body))
    assert (b.meta.title, b.meta.date) == (_HEADLINE, iso)


def test_the_last_paragraph_without_its_editors_initials() -> None:
    b = briefing_of(f"{FIRST}\n\n{REST} (bbn)(+)")
    assert [p.text for p in b.lead.blocks if isinstance(p, Paragraph)] == [FIRST, REST]


def test_a_headline_dated_after_a_dash_gives_the_date() -> None:
    """A document's own date in its headline beats the portal's date of today above it."""
    title = "Department Press Briefing – March 8, 2021"
    header = ["October 26, 2021", "", "News Network", "", title, "", "2:43 p.m. EST", ""]
    body = [
        "MR PRICE: Good afternoon. One element at the top today, and that, of course, is in"
        " celebration of International Women's Day, which the Secretary marked this morning.",
        "The 2021 class of awardees are truly international, from Venezuela to Iran to China,"
        " and they will meet American leaders in their fields across the United States.",
        "Over the last 15 years, the United States has bestowed the award on more than 155"
        " extraordinary women from over 75 countries, often at great personal risk to them.",
    ]
    b = briefing_of("\n".join(header) + "\n\n" + "\n\n".join(body))
    assert (b.meta.title, b.meta.date) == (title, "2021-03-08")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-04-14", "2025-04-14"),
        ("April 11, 2025", "2025-04-11"),
        ("11 апреля 2025", "2025-04-11"),
        ("Updated 3 Feb. 2019 10:00", "2019-02-03"),
        ("14.04.2025", "2025-04-14"),
        # (the day first with hyphens too: Latin American and Indian papers)
        ("08-09-2017 19:03", "2017-09-08"),
        ("14-04.2025", None),
        ("Updated 09:12, 17-Nov-2024", "2024-11-17"),
        # a year run into the time or the repeated date after it (page elements copied
        # without a space)
        ("November 15, 20245:04 PM ET", "2024-11-15"),
        ("12 Nov 202412 Nov 2024", "2024-11-12"),
        ("12 Nov 20241", None),
        # a Chinese or Japanese date
        ("2024年11月14日 10時25分", "2024-11-14"),
        ("no date here", None),
        ("99.99.2025", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a first paragraph that fits is the title whole (a headline of two sentences kept as
        # the body's first line), less its final full stop ...
        ("Short sentence. Another one.", "Short sentence. Another one"),
        ("Delwyn J. Langejans is a luthier.", "Delwyn J. Langejans is a luthier"),
        # ... a longer one gives its first sentence
        (
            "Wild goats ruled this island for over a century. Now, after a long campaign by the "
            "island's wardens, it is being reborn.",
            "Wild goats ruled this island for over a century",
        ),
        ("x" * 10, "x" * 10),
        (
            "One very long first sentence that goes on and on about many things until it is far "
            "longer than ninety characters allow.",
            "One very long first sentence that goes on and on about many things until it is far…",
        ),
    ],
)
def test_derive_title(text: str, title: str) -> None:
    got = derive_title(text)
    assert got == title
    assert 0 < len(got) <= 90


def test_every_kept_line_lands_once_in_the_briefing() -> None:
    stripped = strip_chrome(text_source(ARTICLE))
    b = split_sections(stripped, "a")
    body_lines = [
        ln.number for ln in stripped.lines if ln.kind in (LineKind.PARAGRAPH, LineKind.QUOTE)
    ]
    paragraph_lines = [
        blk.line for s in b.all_sections for blk in s.blocks if not isinstance(blk, Figure)
    ]
    assert paragraph_lines == body_lines
    assert [r.line for r in b.removed] == [ln.number for ln in stripped.removed]


# Two paragraphs of an article, for the tests of figures and titles between them.
FIRST = (
    "The city council voted on Tuesday to close the old bridge for repairs, officials said,"
    " after engineers found cracks in two of its supports."
)
REST = (
    "The bridge carries about 40,000 cars a day and is the only crossing for several miles,"
    " which means that detours will add up to half an hour to many commutes."
)


@pytest.mark.parametrize(
    ("credit", "figures"),
    [
        # A marked credit comes before its caption (BBC style): one figure.
        ("Image source, Reuters", [Figure("The minister in Geneva", "Reuters", None, 3)]),
        # An unmarked credit ends its figure: the caption after it starts the next one.
        (
            "Photo: Reuters",
            [
                Figure(None, "Photo: Reuters", None, 3),
                Figure("The minister in Geneva", None, None, 4),
            ],
        ),
    ],
)
def test_a_caption_after_a_marked_credit_joins_its_figure(
    credit: str, figures: list[Figure]
) -> None:
    text = "\n".join([FIRST, "", credit, "Image caption, The minister in Geneva", "", REST])
    assert list(briefing_of(text).figures) == figures


def test_a_caption_under_a_plain_credit_joins_its_figure() -> None:
    """A site printing the credit on the photo gives its caption under it (no caption above)."""
    caption = "The minister arrives in Geneva for the second round of talks on Monday"
    text = "\n".join(
        ["Bridge to close", "", "3 March 2025", "", "Getty Images", caption, "", ARTICLE]
    )
    assert list(briefing_of(text).figures) == [Figure(caption, "Getty Images", None, 5)]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("History[edit]", "History"),
        ("Geschichte[Bearbeiten | Quelltext bearbeiten]", "Geschichte"),
        ("Conclusion¶", "Conclusion"),
        ("Current status #", "Current status"),
        ("Next steps", "Next steps"),  # (no mark)
    ],
)
def test_a_section_title_leaves_out_its_edit_or_permalink_mark(heading: str, title: str) -> None:
    text = "\n".join([FIRST, "", heading, "", REST, "", FIRST])
    assert [s.title for s in briefing_of(text).sections] == [title]


def test_headline_in_the_text_gives_the_title() -> None:
    text = "Bridge to close for repairs next month\n\nMonday, 3 March 2025\n\n" + ARTICLE
    b = briefing_of(text)
    assert (b.meta.title, b.meta.title_from, b.meta.date) == (
        "Bridge to close for repairs next month",
        "text",
        "2025-03-03",
    )


# ----------------------------------------------------------------- property: sections join back

_PIECES = [
    "Skip to main content",
    "Advertisement",
    "What happens next?",
    "The talks resumed",
    "Photo: Reuters/Jane Doe",
    "Image source, Getty Images",
    "Image caption, The minister arrives in Geneva",
    "Media caption",
    "Президент США Дональд Трамп",
    "US President Donald Trump",
    "Переведено сервисом «Яндекс Переводчик»",
    "The minister said on Tuesday that the talks would continue, and that both sides had agreed.",
    '"We will keep talking," the spokesman told reporters after the meeting in Geneva ended.',
    "— This is a long quoted answer that goes on, with commas, and ends with a full stop.",
    "",
]


@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=80)), max_size=30))
@example(["0\r#"])  # (a heading by its permalink mark, titled without it)
def test_sections_join_back_to_the_kept_text(lines: list[str]) -> None:
    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    stripped = strip_chrome(text_source("\n".join(lines)))
    b = split_sections(stripped, "a")
    # (a heading's title leaves out its edit link or permalink mark: "History[edit]", "0 #";
    # and a dateline alone opens the paragraph under it: "KARACHI:")
    kept_body: list[str] = []
    dateline = ""
    for ln in stripped.lines:
        if ln.meta_key == "dateline":
            value = ln.meta_value or ""
            dateline = value + (" — " if value[-1:].isalnum() or value.endswith(")") else " ")
        elif ln.kind in (LineKind.HEADING, LineKind.PARAGRAPH, LineKind.QUOTE):
            text = ln.meta_value if ln.kind is LineKind.HEADING and ln.meta_value else ln.text
            if ln.kind is LineKind.PARAGRAPH:
                text, dateline = dateline + text.strip(), ""
            kept_body.append(text.strip())
    joined: list[str] = []
    for section in b.all_sections:
        if section.title is not None:
            joined.append(section.title)
        joined.extend(section.paragraphs)
    assert joined == kept_body
    figure_parts = [
        (ln.meta_value or ln.text).strip()
        for ln in stripped.lines
        if ln.kind in (LineKind.FIGURE_ORIGINAL, LineKind.FIGURE_CAPTION, LineKind.FIGURE_CREDIT)
    ]
    shown = [p for f in b.figures for p in (f.original, f.caption, f.credit) if p is not None]
    assert sorted(shown) == sorted(figure_parts)


def test_a_caption_ending_in_its_credit_is_one_figure_with_both() -> None:
    caption = "Security forces secure the area in Tunis, the capital. Fethi Belaid/AFP/Getty Images"
    b = briefing_of(ARTICLE.replace("Residents have", f"{caption}\n\nResidents have"))
    assert [(f.caption, f.credit) for f in b.figures] == [
        ("Security forces secure the area in Tunis, the capital.", "Fethi Belaid/AFP/Getty Images")
    ]


def test_a_dateline_alone_opens_the_first_paragraph() -> None:
    first = (
        "Police fired tear gas and detained dozens of traders on Monday as shopkeepers shut"
        " markets across the city to protest against a new fixed tax on retailers."
    )
    second = (
        "The traders' alliance said more than 5,000 shops stayed closed in Saddar, Tariq"
        " Road and Clifton, while transporters joined the strike in the afternoon."
    )
    lines = ["Police use tear gas as traders protest tax drive", "KARACHI:", first, second]
    hints = ("title", "", "", "")
    source = SourceText("p.html", tuple(lines), "utf-8", format="html", hints=hints)
    b = split_sections(strip_chrome(source), "a")
    assert b.lead is not None
    assert b.lead.paragraphs[:2] == (f"KARACHI: {first}", second)


def test_a_dateline_with_no_dash_of_its_own_gets_one() -> None:
    """(a copied wire story: "Baku, Azerbaijan, June 2" alone over the byline, removed with the
    header by the scores, taken back)"""
    first = (
        "Azerbaijan and Turkey signed a new agreement on energy cooperation on Friday, the"
        " country's energy ministry said in a statement."
    )
    second = (
        "The agreement covers gas supplies through the pipeline and joint work on renewable"
        " energy projects in the Caspian region, the ministry said."
    )
    head = "Azerbaijan and Turkey sign new energy agreement"
    lines = ["Home", "Politics", "", head, "", "Baku, Azerbaijan, June 2", "", "By Trend", ""]
    b = split_sections(strip_chrome(text_source("\n".join([*lines, first, "", second]))), "a")
    assert b.lead is not None
    assert b.lead.paragraphs[:2] == (f"Baku, Azerbaijan, June 2 — {first}", second)


def test_a_standfirst_under_the_headline_is_the_briefings_summary() -> None:
    standfirst = "Treasury documents show promised flood works pushed back by two years"
    body = (
        "Ministers are facing a backlash from councils after Treasury documents showed that"
        " promised flood defence works in England have been pushed back by two years."
    )
    more = (
        "The papers list 140 schemes in Yorkshire, Cumbria and the Somerset Levels whose"
        " construction will now begin in 2027 at the earliest, the councils said."
    )
    head = "Ministers delay flood defence works"
    byline = ["Jane Doe", "Political correspondent", "4 June 2024 14:07"]
    text = "\n".join(["News", "World", "", head, standfirst, *byline, "", body, more])
    assert briefing_of(text).meta.summary == standfirst
