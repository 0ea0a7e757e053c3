"""HTML pages -> main-content lines with hints and page metadata."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings import extract
from briefings.extract import Block, clean_author, extract_html, parse_html, render_blocks
from briefings.ingest import Hint, decode_source

DATA = Path(__file__).resolve().parent / "data" / "extract"

BODY = (
    "The city council voted on Tuesday to expand the bus network to the northern districts, "
    "a plan that had been debated for more than three years. Supporters said the new routes "
    "would cut commuting times for thousands of residents who currently rely on cars. "
)
MORE = (
    "Opponents argued that the cost, estimated at forty million euros, would strain a budget "
    "already stretched by repairs to bridges and schools. The mayor promised a review of the "
    "spending plan before the end of the year and a public consultation in the spring. "
)

ARTICLE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council expands bus network | The Daily Example</title>
<meta property="og:title" content="Council expands bus network">
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
<link rel="canonical" href="https://news.example.org/2024/03/05/council-bus-network">
<style>.secret-style {{ color: red }}</style>
<script>var trackingSecret = "SCRIPT-TEXT";</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">NAV-WORLD</a></li>
<li><a href="/sport">NAV-SPORT</a></li></ul></nav></header>
<main><article>
<h1>Council expands bus network</h1>
<p>{BODY}</p>
<figure><img src="bus.jpg" alt="A bus">
<figcaption>A new electric bus on its first trip.<span class="credit">Photo: Ann Lens</span>
</figcaption></figure>
<p>{MORE}</p>
<h2>What happens next</h2>
<p>{BODY}</p>
<blockquote><p>We have waited long enough for this decision to be made.</p></blockquote>
<ul><li>Route 12 to the northern hospital</li><li>Route 14 to the university campus</li></ul>
<p>{MORE}</p>
<script>document.write("INLINE-SCRIPT")</script>
<noscript>NOSCRIPT-TEXT</noscript>
</article></main>
<footer><nav>FOOTER-NAV Terms Privacy</nav></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def article() -> extract.SourceText:
    return extract_html("bus.html", ARTICLE, "utf-8")


def test_lines_and_hints_have_the_same_length(article: extract.SourceText) -> None:
    assert article.format == "html"
    assert article.encoding == "utf-8"
    assert len(article.lines) == len(article.hints) > 0
    assert all(line and line == line.strip() for line in article.lines)


@pytest.mark.parametrize(
    "secret",
    ["SCRIPT-TEXT", "INLINE-SCRIPT", "secret-style", "NOSCRIPT-TEXT", "NAV-WORLD", "NAV-SPORT"],
)
def test_script_style_and_nav_never_in_output(article: extract.SourceText, secret: str) -> None:
    assert not any(secret in line for line in article.lines)


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("What happens next", "heading"),
        ("A new electric bus on its first trip.", "caption"),
        ("Photo: Ann Lens", "credit"),
        ("We have waited long enough for this decision to be made.", "quote"),
        ("Route 12 to the northern hospital", "list"),
        ("Route 14 to the university campus", "list"),
        (BODY.strip(), ""),
        (MORE.strip(), ""),
        ("Council expands bus network", "title"),  # the page's own headline is metadata
    ],
)
def test_hints(article: extract.SourceText, line: str, hint: str) -> None:
    assert line in article.lines
    assert article.hint(article.lines.index(line)) == hint


def test_reading_order(article: extract.SourceText) -> None:
    order = [
        BODY.strip(),
        "A new electric bus on its first trip.",
        "What happens next",
        "Route 14 to the university campus",
    ]
    assert [article.lines.index(x) for x in order] == sorted(article.lines.index(x) for x in order)


def test_meta(article: extract.SourceText) -> None:
    meta = dict(article.meta)
    assert meta["title"] == "Council expands bus network"
    assert meta["date"] == "2024-03-05"
    assert meta["url"] == "https://news.example.org/2024/03/05/council-bus-network"
    assert meta["sitename"] == "The Daily Example"
    assert meta["author"] == "Jane Reporter"
    assert meta["extractor"] in ("readability", "trafilatura")


@pytest.mark.parametrize(
    ("html", "blocks"),
    [
        ("<p>One <b>two</b></p><p>three</p>", [Block("One two"), Block("three")]),
        ("<div>a<br>b</div>", [Block("a"), Block("b")]),
        ("<h3>Head</h3><p>x</p>", [Block("Head", "heading"), Block("x")]),
        ("<ol><li>one</li><li><p>two</p></li></ol>", [Block("one", "list"), Block("two", "list")]),
        ("<blockquote>said <i>this</i></blockquote>", [Block("said this", "quote")]),
        ("<table><tr><td>a</td><td>b</td></tr></table>", [Block("a b")]),
        ("<pre>line 1\nline 2</pre>", [Block("line 1"), Block("line 2")]),
        ("<p>x<script>bad()</script><style>p{}</style>y</p>", [Block("xy")]),
        ("<p>kept</p><nav>menu</nav><form>field</form>", [Block("kept")]),
        (
            '<div class="wp-caption-text">Sunset <em class="photo-credit">AP</em></div>',
            [Block("Sunset", "caption"), Block("AP", "credit")],
        ),
        ("<p>a &amp; b &lt;c&gt;</p>", [Block("a & b <c>")]),
        # a paragraph that is all bold, short and unpunctuated is a subheading ...
        ("<p><strong>Reaping the harvest</strong></p>", [Block("Reaping the harvest", "heading")]),
        ("<p> <b>Was it worth it?</b><br></p>", [Block("Was it worth it?", "heading")]),
        # ... but not bold words inside a paragraph, after a line break, nor a bold sentence
        ("<p><b>Berlin</b> said no.</p>", [Block("Berlin said no.")]),
        (
            "<p><b>Track task status</b><br>Clients can query it.</p>",
            [Block("Track task status"), Block("Clients can query it.")],
        ),
        (
            "<p><strong>This one is a full sentence.</strong></p>",
            [Block("This one is a full sentence.")],
        ),
        ("<p><strong>Read more:</strong></p>", [Block("Read more:")]),
    ],
)
def test_render_blocks(html: str, blocks: list[Block]) -> None:
    doc = parse_html(f"<html><body>{html}</body></html>")
    assert doc is not None
    assert render_blocks(doc) == blocks


NEVER_CRASH = {
    "empty": "",
    "whitespace": "  \n\t ",
    "plain text": "just some words, no markup at all",
    "head only": "<html><head><title>Only a title</title></head></html>",
    "empty body": "<html><body></body></html>",
    "scripts only": "<html><body><script>x()</script><style>a{}</style></body></html>",
    "malformed": "<p>Hello <b>world<p>second <div><<<>>> </i></table>",
    "xml declaration": '<?xml version="1.0" encoding="utf-8"?><html><body><p>Hi</p></body></html>',
    "deep nesting": "<div>" * 5000 + "deep text" + "</div>" * 5000,
    "one huge line": "<html><body><p>" + "word " * 200_000 + "</p></body></html>",
    "many paragraphs": "<html><body>"
    + "<p>a short paragraph of text.</p>" * 5_000
    + "</body></html>",
    "binary junk": "\x89PNG\ufffd\ufffd\x1a IHDR \ufffd",
    "unclosed comment": "<p>before</p><!-- never closed <p>after</p>",
    "entities": "<p>&#0; &#xD800; &bogus; &#99999999;</p>",
}


@pytest.mark.parametrize("name", list(NEVER_CRASH))
def test_never_crashes(name: str) -> None:
    html = NEVER_CRASH[name]
    source = extract_html(f"{name}.html", html, "utf-8")
    assert len(source.lines) == len(source.hints)
    assert all("\x00" not in line for line in source.lines)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plain text", "just some words, no markup at all"),
        ("malformed", "Hello world"),
        ("deep nesting", "deep text"),  # beyond libxml2's depth: tag-stripped, not lost
        ("unclosed comment", "before"),
    ],
)
def test_text_survives_broken_markup(name: str, expected: str) -> None:
    assert expected in " ".join(extract_html("x.html", NEVER_CRASH[name], "utf-8").lines)


def test_many_paragraphs_are_all_kept() -> None:
    source = extract_html("many.html", NEVER_CRASH["many paragraphs"], "utf-8")
    assert Counter(source.lines)["a short paragraph of text."] == 5_000


def test_extractor_failure_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str) -> list[Block]:
        raise RuntimeError("boom")

    monkeypatch.setattr(extract, "EXTRACTORS", {"readability": broken, "trafilatura": broken})
    source = extract_html("bus.html", ARTICLE, "utf-8")
    assert dict(source.meta)["extractor"] == "fallback"
    assert BODY.strip() in source.lines
    assert "What happens next" in source.lines
    assert not any("NAV-WORLD" in line or "SCRIPT-TEXT" in line for line in source.lines)
    assert "the readability extractor failed (RuntimeError)" in source.warnings


def test_too_little_from_readability_uses_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(extract.EXTRACTORS, "readability", lambda html: [Block("Too short.")])
    source = extract_html("bus.html", ARTICLE, "utf-8")
    assert dict(source.meta)["extractor"] == "trafilatura"
    assert BODY.strip() in source.lines


SHORT_PAGES = [
    (
        "<html><head><title>Oil rises - Example News</title></head><body><header><nav>"
        '<a href="/">Home</a><a href="/world">World</a></nav></header><main><article>'
        "<h1>Oil rises</h1><p>Oil prices rose.</p><p>Brent crude gained 2%.</p></article></main>"
        "<footer>© 2024 Example News</footer></body></html>",
        ["Oil prices rose.", "Brent crude gained 2%."],
    ),
    (
        "<p>Flooding hit Valencia on Tuesday.</p>"
        "<p>Prime Minister Pedro Sánchez declared three days of mourning.</p>",
        [
            "Flooding hit Valencia on Tuesday.",
            "Prime Minister Pedro Sánchez declared three days of mourning.",
        ],
    ),
]


@pytest.mark.parametrize(("html", "paragraphs"), SHORT_PAGES)
def test_a_short_page_keeps_its_paragraphs_apart(html: str, paragraphs: list[str]) -> None:
    source = extract_html("short.html", html, "utf-8")
    assert [p for p in paragraphs if p not in source.lines] == []
    assert not any(word in source.lines for word in ("Home", "World"))


TRANSLATED_BODY = (
    "<article><h1>Talks</h1><p>Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow"
    " was ready for talks with Washington, and that no date had been set for them yet.</p>"
    "<p>Russian Foreign Minister Sergei Lavrov declined to comment on the preparations.</p>"
    "</article>"
)
TRANSLATED_PAGES = [
    # Chrome's translation: the class on <html>, <font> wrappers, the original-text tooltip box
    (
        '<html lang="ru" class="translated-ltr"><body>'
        + TRANSLATED_BODY.replace("<p>", '<p><font style="vertical-align: inherit;">')
        + "</body></html>",
        "Google Translate",
    ),
    ('<html lang="ar" class="x translated-rtl"><body>' + TRANSLATED_BODY, "Google Translate"),
    # the translate widget's tooltip box is on pages it has not translated too
    (
        '<html lang="en"><body>' + TRANSLATED_BODY + '<div id="goog-gt-tt">Original text</div>'
        "</body></html>",
        None,
    ),
    # Edge's translation: hash attributes on the translated elements
    (
        '<html lang="de"><body>'
        + TRANSLATED_BODY.replace("<p>", '<p _msttexthash="1234" _msthash="5">')
        + "</body></html>",
        "Microsoft Translator",
    ),
    # no translation: a page whose class merely contains the word
    ('<html class="untranslated-page"><body>' + TRANSLATED_BODY + "</body></html>", None),
]


@pytest.mark.parametrize(("html", "service"), TRANSLATED_PAGES)
def test_a_page_the_browser_translated_names_the_translator(html: str, service: str | None) -> None:
    source = extract_html("page.html", html, "utf-8")
    assert dict(source.meta).get("translated_by") == service


def test_the_browser_translator_reaches_the_briefing() -> None:
    from briefings.pipeline import process_source

    source = extract_html("page.html", TRANSLATED_PAGES[0][0], "utf-8")
    article = process_source(source)
    assert article.briefing.meta.translated_by == "Google Translate"
    assert "translated_by" not in dict(article.briefing.meta.extra)


def test_nul_and_controls_are_dropped_from_html_with_a_warning() -> None:
    html = ARTICLE.replace("What happens next", "What\x00 happens\x07 next")
    source = decode_source("bus.html", html.encode("utf-8"), "html")
    assert "What happens next" in source.lines
    assert any("NUL" in w for w in source.warnings)


def test_cp1251_page_with_declared_charset() -> None:
    ru = (
        "Городской совет во вторник проголосовал за расширение автобусной сети в северных "
        "районах. Этот план обсуждался более трёх лет, сообщили в мэрии. "
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>Автобусы</title></head><body><article><h1>Автобусы</h1><p>{ru * 3}</p>"
        "<h2>Что дальше</h2><p>" + ru * 2 + "</p></article></body></html>"
    )
    source = decode_source("ru.html", html.encode("cp1251"), "html")
    assert source.encoding == "cp1251"
    assert "Что дальше" in source.lines
    assert source.hint(source.lines.index("Что дальше")) == "heading"


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["p", "div", "h2", "li", "blockquote", "figcaption", "span", "td"]),
            st.text(max_size=80),
        ),
        max_size=20,
    )
)
def test_any_page_extracts_without_error(parts: list[tuple[str, str]]) -> None:
    html = "<html><body>" + "".join(f"<{t}>{x}</{t}>" for t, x in parts) + "</body></html>"
    source = extract_html("gen.html", html, "utf-8")
    assert len(source.lines) == len(source.hints)
    assert all(line.strip() == line and line for line in source.lines)


# --- real pages from the dev set (tests/data/extract/README.md: source and licence) ---

GOLDEN_PAGES = ["heise", "simplyfound-1", "la-nacion"]
_TOKEN = re.compile(r"\w+")


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    return Counter(zip(*(toks[i:] for i in range(4)), strict=False))


def _read(name: str) -> extract.SourceText:
    return decode_source(f"{name}.html", (DATA / f"{name}.html").read_bytes(), "html")


def _as_json(source: extract.SourceText) -> dict[str, object]:
    return {
        "encoding": source.encoding,
        "meta": dict(source.meta),
        "lines": [[hint, line] for line, hint in zip(source.lines, source.hints, strict=True)],
    }


@pytest.mark.parametrize("name", GOLDEN_PAGES)
def test_real_page_matches_golden(name: str) -> None:
    got = _as_json(_read(name))
    path = DATA / f"{name}.expected.json"
    if os.environ.get("BRIEFINGS_UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", GOLDEN_PAGES)
def test_real_page_body_against_readability_gold(name: str) -> None:
    source = _read(name)
    body = "\n".join(
        line for line, hint in zip(source.lines, source.hints, strict=True) if hint != "title"
    )
    gold, got = _shingles((DATA / f"{name}.gold.txt").read_text(encoding="utf-8")), _shingles(body)
    tp = sum((gold & got).values())
    precision, recall = tp / sum(got.values()), tp / sum(gold.values())
    assert 2 * precision * recall / (precision + recall) >= 0.95


def test_real_page_details() -> None:
    la_nacion = _read("la-nacion")
    assert "Foto: LA NACION" in la_nacion.lines
    assert la_nacion.hint(la_nacion.lines.index("Foto: LA NACION")) in ("caption", "credit")
    heise = dict(_read("heise").meta)
    assert heise["date"] == "2015-04-08"
    assert heise["title"] == "1Password für Mac generiert Einmal-Passwörter"
    simply = _read("simplyfound-1")
    captions = [
        line for line, hint in zip(simply.lines, simply.hints, strict=True) if hint == "caption"
    ]
    assert len(captions) == 3


@pytest.mark.parametrize(
    ("kept", "page", "expected"),
    [
        # a caption between two kept paragraphs comes back, in place
        (["p1", "p2"], ["p1", "cap:c", "p2"], ["p1", "cap:c", "p2"]),
        (["p1", "p2"], ["p1", "img", "cap:c", "cred:r", "p2"], ["p1", "cap:c", "cred:r", "p2"]),
        # plain text the extractor dropped stays dropped: it chose to
        (["p1", "p2"], ["p1", "teaser", "p2"], ["p1", "p2"]),
        # before the first or after the last kept block: outside the article
        (["p1", "p2"], ["cap:a", "p1", "p2", "cap:b"], ["p1", "p2"]),
        # kept blocks far apart on the page: the extractor skipped a region on purpose
        (["p1", "p2"], ["p1", *["x"] * 8, "cap:c", "p2"], ["p1", "p2"]),
        # already kept: not repeated
        (["p1", "cap:c", "p2"], ["p1", "cap:c", "p2"], ["p1", "cap:c", "p2"]),
    ],
)
def test_restore_figure_parts(kept: list[str], page: list[str], expected: list[str]) -> None:
    hints: dict[str, Hint] = {"cap": "caption", "cred": "credit", "": ""}

    def block(spec: str) -> Block:
        prefix, _, text = spec.rpartition(":")
        return Block(text, hints[prefix])

    got = extract._restore_figure_parts([block(k) for k in kept], [block(p) for p in page])
    assert got == [block(e) for e in expected]


def test_xml_declaration_does_not_stop_the_extractors() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE.replace("<!DOCTYPE html>", "")
    source = extract_html("xhtml.html", page, "utf-8")
    assert dict(source.meta)["extractor"] in extract.EXTRACTORS
    assert BODY.strip() in source.lines


def test_pages_over_the_element_budget_skip_the_extractors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "LIMITS", {"readability": 10, "trafilatura": 10})
    monkeypatch.setattr(extract, "META_LIMIT", 10)
    source = extract_html("bus.html", ARTICLE, "utf-8")
    meta = dict(source.meta)
    assert meta["extractor"] == "fallback"
    assert any("too large" in w and "readability" in w for w in source.warnings)
    assert BODY.strip() in source.lines
    assert not any("NAV-WORLD" in line for line in source.lines)
    # metadata from the page's own tags, without trafilatura's reader
    assert meta["title"] == "Council expands bus network"
    assert meta["date"] == "2024-03-05"
    assert meta["url"] == "https://news.example.org/2024/03/05/council-bus-network"
    assert meta["sitename"] == "The Daily Example"
    assert meta["author"] == "Jane Reporter"


def test_deep_nesting_within_the_parser_limit_keeps_every_paragraph() -> None:
    page = "<html><body>" + "<div><p>text at depth here.</p>" * 1000 + "</div>" * 1000 + "</body>"
    source = extract_html("deep.html", page, "utf-8")
    assert source.lines.count("text at depth here.") == 1000


@given(
    st.text(
        alphabet=st.sampled_from(list("a \t\n\r\x0b\x1c\x85\u00a0\u2003\u200b\u3000")), max_size=20
    )
)
def test_block_space_collapsing_matches_the_regex(text: str) -> None:
    # render_blocks and _norm collapse spaces with str.split: it must give what \s+ gave.
    assert " ".join(text.split()) == re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(
    ("title", "sitename", "url", "expected", "author"),
    [
        # the site's name appended after a separator goes (og:site_name starts with it) ...
        ("Rewriting Rules of Video in 2020 - Spiceworks", "Spiceworks Inc", None,
         "Rewriting Rules of Video in 2020", None),
        ("West Ham hrozí gigantům | Aktuálně.cz", "Aktuálně.cz - Víte, co se právě děje", None,
         "West Ham hrozí gigantům", None),
        # ... or names the page's domain
        ("How to Build a Terrarium | eHow", None, "https://www.ehow.com/how_1.html",
         "How to Build a Terrarium", None),
        # other tails stay: a story's own name, a subtitle
        ("ONE HUNDRED TWO: What kind of wordchain? - Super Supportive", "Royal Road",
         "https://www.royalroad.com/fiction/1",
         "ONE HUNDRED TWO: What kind of wordchain? - Super Supportive", None),
        ("Friday Facts #282 - 0.17 in sight", "Factorio.com", None,
         "Friday Facts #282 - 0.17 in sight", None),
        ("Talks - Moscow", None, None, "Talks - Moscow", None),
        # a date appended after the site's name goes with it
        ("Uncork the mystery of Germany's Frühburgunder | DW | 10.06.2013", "DW.COM", None,
         "Uncork the mystery of Germany's Frühburgunder", None),
        ("Budget passes after long night | 2024-03-05", None, None,
         "Budget passes after long night", None),
        # the page's author named after the headline goes, and the site after the author
        ("Māori tribes fearful over whale strandings | Eleanor Ainge Roy", None, None,
         "Māori tribes fearful over whale strandings", "Eleanor Ainge Roy"),
        ("Talks resume in Riyadh | Anna Smith | World news | The Guardian", "The Guardian", None,
         "Talks resume in Riyadh | Anna Smith | World news", "Anna Smith"),
        ("Talks resume in Riyadh | Anna Smith | The Guardian", "The Guardian", None,
         "Talks resume in Riyadh", "Anna Smith"),
        ("Interview with Anna Smith - Anna Smith", None, None, "Interview with Anna Smith",
         "Anna Smith"),
        # a date inside the headline stays
        ("What happened on 10.06.2013 in Bonn", None, None, "What happened on 10.06.2013 in Bonn",
         None),
    ],
)  # fmt: skip
def test_a_titles_site_suffix_goes(
    title: str, sitename: str | None, url: str | None, expected: str, author: str | None
) -> None:
    from briefings.extract import title_without_site

    assert title_without_site(title, sitename, url, author) == expected


LONG_H2 = "Bereits in den kommenden Monaten will der Konzern mit zehn Fahrzeugen unterwegs sein."


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # a standfirst sentence in a heading tag is text (it becomes the lead) ...
        (Block(LONG_H2, "heading"), Block(LONG_H2)),
        (Block(f"«{LONG_H2}»", "heading"), Block(f"«{LONG_H2}»")),
        # ... a title-like heading, a question or a short sentence stays a heading
        (Block("Lyft verliert mehr als man umsetzt", "heading"), None),
        (Block("What did the council decide, and what happens to the old routes now?", "heading"),
         None),
        (Block("It works.", "heading"), None),
        (Block("I love it / it segfaulted / there's a problem in the manual and more!", "heading"),
         None),
        # other hints are not touched
        (Block(LONG_H2, "caption"), None),
    ],
)  # fmt: skip
def test_a_sentence_in_a_heading_tag_is_text(block: Block, expected: Block | None) -> None:
    assert extract._unhead_sentences([block]) == [expected or block]


def test_a_standfirst_in_a_heading_tag_becomes_the_lead() -> None:
    from briefings.pipeline import article_to_json, process_source

    page = (
        "<html><head><title>Lyft startet mit Robotertaxis</title></head><body><article>"
        f"<h1>Lyft startet mit Robotertaxis</h1><h2>{LONG_H2}</h2><p>{BODY}</p>"
        f"<h2>Was kommt danach</h2><p>{MORE}</p></article></body></html>"
    )
    out = article_to_json(process_source(extract_html("p.html", page, "utf-8")))
    assert out["lead"] is not None and out["lead"].startswith(LONG_H2)
    assert [s["title"] for s in out["sections"]] == ["Was kommt danach"]


@pytest.mark.parametrize(
    ("author", "kept"),
    [
        ("Jane Reporter", True),
        ("Malcolm X", True),  # one last word that is a share button's name is no evidence
        ("so Artikel empfehlen", False),  # a share bar read as the byline
        ("Share this article", False),
        ("Follow Author", False),
    ],
)
def test_an_author_that_is_page_chrome_is_dropped(author: str, kept: bool) -> None:
    page = ARTICLE.replace('content="Jane Reporter"', f'content="{author}"')
    src = extract_html("a.html", page, "utf-8")
    assert (dict(src.meta).get("author") == author) == kept


@pytest.mark.parametrize(
    ("author", "site", "byline"),
    [
        # the date stamp and the site's name in the author field (digits dropped by the reader)
        ("Ann Tunney · CBC News · Posted Nov ; Last Updated November", "CBC", "Ann Tunney"),
        ("Last Updated January 7", None, None),
        ("Stella Kim; Jennifer Jett", "NBC News", "Stella Kim, Jennifer Jett"),
        ("Jeffrey Gettleman; JEFFREY GETTLEMAN", None, "Jeffrey Gettleman"),
        # a label without a date is part of the byline; a personal site named after its author
        ("Rob Ewaschuk Edited by Betsy Beyer", None, "Rob Ewaschuk Edited by Betsy Beyer"),
        ("Haki Benita", "Haki Benita", "Haki Benita"),
    ],
)  # fmt: skip
def test_the_author_field_keeps_the_names(
    author: str, site: str | None, byline: str | None
) -> None:
    assert clean_author(author, site) == byline


def test_a_page_saved_before_its_script_ran_has_no_article() -> None:
    # an AngularJS shell: every text is a template expression or an editing control
    from briefings.pipeline import EmptyArticleError, process_source

    page = (
        '<html ng-app="app"><head><title ng-bind-template="{{page.title}}"></title></head><body>'
        '<div ng-show="ctrl.detail"><div class="header-status">{{ctrl.content.status === '
        '"published" ? "Contenu publié" : ctrl.content.status === "draft" ? "Brouillon" : '
        '"Inconnu"}}</div><div>{{ctrl.content.user.fullName}} - {{ctrl.content.time | date}}'
        '</div><a href="">Ouvrir le mode avancé</a></div><div ng-hide="ctrl.detail">'
        "<h2>Modification de page en cours</h2></div><div ng-view></div></body></html>"
    )
    with pytest.raises(EmptyArticleError):
        process_source(extract_html("shell.html", page, "utf-8"))


_ARTICLE = [Block(f"{BODY} ({k})") for k in range(4)]
_WIDGETS = [Block(f"Widget link {k}") for k in range(25)]
_SIDEBAR_P = Block("Der Medienbischof besuchte die Buchmesse in Frankfurt.")


@pytest.mark.parametrize(
    ("kept", "page", "expected"),
    [
        # a short paragraph the extractor took from far below the article (a sidebar) goes
        ([*_ARTICLE, _SIDEBAR_P], [*_ARTICLE, *_WIDGETS, _SIDEBAR_P], _ARTICLE),
        # close below the article it stays (a few blocks of figure or ad between)
        ([*_ARTICLE, _SIDEBAR_P], [*_ARTICLE, *_WIDGETS[:5], _SIDEBAR_P], [*_ARTICLE, _SIDEBAR_P]),
        # far below but a large share of the text: the article goes on after a long embed
        (
            [*_ARTICLE[:2], *_ARTICLE[2:]],
            [*_ARTICLE[:2], *_WIDGETS, *_ARTICLE[2:]],
            _ARTICLE,
        ),
        # a block the page does not hold as a line of its own: nothing is judged
        ([*_ARTICLE, Block("merged text")], [*_ARTICLE, *_WIDGETS, _SIDEBAR_P], None),
    ],
)
def test_a_short_far_tail_is_dropped(
    kept: list[Block], page: list[Block], expected: list[Block] | None
) -> None:
    assert extract._drop_far_tail(kept, page) == (kept if expected is None else expected)


_ONE_BLOCK = [Block(BODY), Block(MORE)]
_MORE_PROSE = [Block(f"In part {k}, {MORE.strip()}") for k in range(4)]
_MORE_LINKS = [Block(f"Read the story number {k} about the bus network", "list") for k in range(40)]


@pytest.mark.parametrize(
    ("fuller", "used"),
    [
        # trafilatura reads all of Readability's text and more than twice as much prose: the
        # article split into blocks between pictures, of which Readability kept one
        ([*_ONE_BLOCK, *_MORE_PROSE], "trafilatura"),
        # ... but more than twice as many words in link lists and widgets: Readability's
        ([*_ONE_BLOCK, *_MORE_LINKS], "readability"),
        # ... and prose that does not hold Readability's text is another reading: Readability's
        (_MORE_PROSE, "readability"),
    ],
)
def test_a_fuller_prose_reading_is_taken(
    monkeypatch: pytest.MonkeyPatch, fuller: list[Block], used: str
) -> None:
    monkeypatch.setitem(extract.EXTRACTORS, "readability", lambda page: list(_ONE_BLOCK))
    monkeypatch.setitem(extract.EXTRACTORS, "trafilatura", lambda page: list(fuller))
    assert dict(extract_html("a.html", ARTICLE, "utf-8").meta)["extractor"] == used


@pytest.mark.parametrize(
    ("page", "hints"),
    [
        # a photo credit line and the short line right before it (its caption)
        ([BODY, "Goats on Redonda before their flight.", "Photograph by Jeremy Holden", MORE],
         ["", "caption", "credit", ""]),
        # a line with a hint of its own keeps it
        (["Head", "Photo: AP"], ["heading", "credit"]),
        # a teaser's cut blurb or a long paragraph before a credit is no caption
        (["Build wealth, … Read more", "Photos by Ann Lens (Shutterstock)"], ["", "credit"]),
        ([BODY * 2, "Photo: AP"], ["", "credit"]),
        # ... nor is a page control ("Share this article") right before it
        (["Share this article", "Photograph by Jeremy Holden"], ["", "credit"]),
        # no credit: nothing changes
        ([BODY, MORE], ["", ""]),
    ],
)  # fmt: skip
def test_figure_hints_for_restoring(page: list[str], hints: list[str]) -> None:
    blocks = [Block(t, "heading" if t == "Head" else "") for t in page]
    assert [b.hint for b in extract._figure_hints(blocks)] == hints


def test_a_far_sidebar_paragraph_leaves_the_extracted_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # the far-tail cut is wired into extract_html: an extractor's reading that takes one short
    # paragraph from a sidebar far below the article loses it (the unit test above decides the
    # rule; this one that a page goes through it)
    widgets = "".join(f"<li><a href='/w{k}'>Widget link {k}</a></li>" for k in range(25))
    body = "".join(f"<p>{BODY} ({k})</p>" for k in range(4))
    page = (
        f"<html><head><title>Buses</title></head><body><article>{body}</article>"
        f"<aside><ul>{widgets}</ul><p>{_SIDEBAR_P.text}</p></aside></body></html>"
    )
    monkeypatch.setitem(extract.EXTRACTORS, "readability", lambda doc: [*_ARTICLE, _SIDEBAR_P])
    monkeypatch.setitem(extract.EXTRACTORS, "trafilatura", lambda doc: [*_ARTICLE, _SIDEBAR_P])
    lines = extract_html("a.html", page, "utf-8").lines
    assert f"{BODY} (3)".strip() in lines
    assert _SIDEBAR_P.text not in lines


_DIGEST_ITEMS = [
    (f"Topic {k}", f"Item {k}: how the new routes change the commute", f"Note {k}. {BODY}")
    for k in range(6)
]
_DIGEST = "".join(f"<h2>{t}</h2><h3>{h}</h3><p>{p}</p>" for t, h, p in _DIGEST_ITEMS)
_DIGEST_PAGE = (
    "<html><head><title>Weekly digest</title></head><body><main>"
    f"{_DIGEST}</main><footer><p>Footer links and more links</p></footer></body></html>"
)
_DIGEST_ALL = [Block(x, "heading" if i % 3 < 2 else "") for i, x in enumerate(
    x for item in _DIGEST_ITEMS for x in item
)]  # fmt: skip
#: Readability's reading of a digest: three items' paragraphs, the ones between them skipped
_DIGEST_HOLEY = [Block(_DIGEST_ITEMS[k][2]) for k in (1, 3, 5)]


@pytest.mark.parametrize(
    ("kept", "page", "share"),
    [
        # most extra words stand between the first and the last kept block: a holey reading
        (_DIGEST_HOLEY, _DIGEST_ALL, 2 / 3),
        # the extra words all stand after the kept run (a sidebar below the article)
        ([Block(_DIGEST_ITEMS[k][2]) for k in (0, 1)], _DIGEST_ALL, 0.0),
        # kept text the page does not hold: nothing stands inside
        ([Block("not on the page")], _DIGEST_ALL, 0.0),
    ],
)
def test_inside_share(kept: list[Block], page: list[Block], share: float) -> None:
    assert extract._inside_share(_DIGEST_ALL, kept, page) == pytest.approx(share, abs=0.1)


_WIDGETS_60 = [Block(f"Widget link {k} to elsewhere on the site", "list") for k in range(60)]


@pytest.mark.parametrize(
    ("readability", "trafilatura", "used"),
    [
        # Readability keeps three items' paragraphs of six; trafilatura has every item with its
        # headings (over twice the words, mostly headings: no prose majority) and most of its
        # extra words stand between Readability's first and last paragraph: the fuller reading
        (_DIGEST_HOLEY, _DIGEST_ALL, "trafilatura"),
        # Readability's reading is one run at the top: the extra words stand after it, outside
        ([Block(_DIGEST_ITEMS[k][2]) for k in (0, 1)], _DIGEST_ALL, "readability"),
        # trafilatura's extra words are mostly widgets the page holds nowhere: Readability's
        (_DIGEST_HOLEY, [*_DIGEST_ALL, *_WIDGETS_60], "readability"),
    ],
)
def test_a_holey_reading_gives_way_to_the_fuller_one(
    monkeypatch: pytest.MonkeyPatch,
    readability: list[Block],
    trafilatura: list[Block],
    used: str,
) -> None:
    monkeypatch.setitem(extract.EXTRACTORS, "readability", lambda page: list(readability))
    monkeypatch.setitem(extract.EXTRACTORS, "trafilatura", lambda page: list(trafilatura))
    assert dict(extract_html("a.html", _DIGEST_PAGE, "utf-8").meta)["extractor"] == used


@pytest.mark.parametrize(
    ("title", "headings", "tag_title", "expected"),
    [
        # a section's name before the headline printed as the page's h1
        (
            "Europe - Council expands bus network to the north",
            ["Council expands bus network to the north"],
            "Europe - Council expands bus network to the north - The Example",
            "Council expands bus network to the north",
        ),
        # the only h1 is the site's greeting, read as the title; the <title> opens with the
        # article's heading
        (
            "Hi, I'm Jane.",
            ["Hi, I'm Jane.", "Testing the new bus routes by bike"],
            "Testing the new bus routes by bike | Travel | Jane Doe",
            "Testing the new bus routes by bike",
        ),
        # a heading that is a shorter part of the title is the site's logo: the title stays
        ("Council expands bus network | The Example", ["The Example"], "", None),
        # a "Topic: headline" title is one headline (no split at a colon)
        ("Brexit: What happens next", ["What happens next"], "Brexit: What happens next", None),
        # the title the <title> holds stays, though a heading opens the <title> too
        (
            "Council expands bus network",
            ["Budget", "Council expands bus network"],
            "Council expands bus network | Budget",
            None,
        ),
        # nothing to go by: the title stays
        ("Council expands bus network", [], "", None),
    ],
)
def test_the_page_s_printed_headline_replaces_a_title_that_is_not_it(
    title: str, headings: list[str], tag_title: str, expected: str | None
) -> None:
    body = "".join(f"<h{1 + k % 2}>{h}</h{1 + k % 2}>" for k, h in enumerate(headings))
    doc = parse_html(f"<html><head><title>{tag_title}</title></head><body>{body}</body></html>")
    assert doc is not None
    assert extract._page_headline(title, doc, tag_title) == expected


def test_a_saved_page_s_title_is_its_printed_headline() -> None:
    page = ARTICLE.replace(
        '<meta property="og:title" content="Council expands bus network">',
        '<meta property="og:title" content="Local news - Council expands bus network">',
    )
    assert dict(extract_html("a.html", page, "utf-8").meta)["title"] == (
        "Council expands bus network"
    )
