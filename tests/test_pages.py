"""Generated pages: escaping of seed text, briefing and actor pages, indexes, annotations."""

from __future__ import annotations

import dataclasses
import html
import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.actors.model import (
    Actor,
    BriefingActors,
    Mention,
    Quote,
)
from briefings.chrome import StrippedText
from briefings.corpus import Corpus, find_related
from briefings.editor import Annotation, EditorFile
from briefings.ingest import SourceText
from briefings.pages import (
    PageSettings,
    clean_tag,
    escape_markdown,
    first_sentence,
    format_date,
    front_matter,
    md_url,
    place_annotations,
    rel,
    render_pages,
)
from briefings.pipeline import Article
from briefings.sections import Briefing, Figure, Meta, Paragraph, Removal, Section

#: A superset of the site's extensions, so escaping also holds if editors enable more.
EXTENSIONS = [
    "attr_list",
    "admonition",
    "footnotes",
    "pymdownx.details",
    "toc",
    "abbr",
    "def_list",
    "md_in_html",
    "tables",
]


def render(md_text: str) -> str:
    return markdown.markdown(md_text, extensions=EXTENSIONS)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(fragment: str) -> _Tags:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser


CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


NASTY = [
    "<script>alert(1)</script>",
    "<b>bold</b> & <i>italic</i> &amp; &copy; &#60;",
    "[x](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "<http://evil.example/>",
    "Text {: onclick=alert(1) } and { #id .class }",
    "{: .class onclick=alert(1) }",
    "*[abbr]: an abbreviation",
    "!!! note",
    '!!! note "Title"',
    "??? note",
    "???+ danger",
    "{{ config.site_name }} {% include 'x' %} {# comment #}",
    "# not a heading",
    "## also not",
    "- not a list",
    "+ not a list",
    "* not a list",
    "1. not an ordered list",
    "2025. A year, not a list",
    "> not a quote",
    ": not a definition",
    "Term\n: definition",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "    indented code",
    "```\nfenced\n```",
    "`code` and ``double``",
    "*emphasis* and **strong** and _under_ and __dunder__",
    "a\\b\\\\c \\* \\[",
    "[^1] footnote ref\n[^1]: footnote",
    "<!-- material/tags -->",
    "<!-- comment -->",
    "line one\n\n# heading after a blank line\n\n<div>block</div>",
    "===",
    "---",
    "Setext\n===",
    "~~~\nfence\n~~~",
    "%TOC%",
    "[TOC]",
    "&nbsp;&lt;&gt;",
    'He said "hi" & left; it\'s <fine>',
    "Иван <Иванович> & «кавычки» — тире",
    "\t  leading tabs and spaces",
    "trailing spaces for a line break  \nnext",
    "<div markdown>*x*</div>",
    "javascript:alert(1)",
    "\\",
    "`",
    "#",
    "1.",
    "!",
    "?",
    ":",
]


@pytest.mark.parametrize("text", NASTY)
def test_escaped_seed_text_renders_literally_as_one_paragraph(text: str) -> None:
    out = render(escape_markdown(text))
    parsed = parse_html(out)
    assert parsed.tags == ["p"], out
    assert parsed.attrs == []
    assert normalized("".join(parsed.text)) == normalized(text)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=60).filter(lambda t: t.strip() != ""))
def test_escaping_holds_for_any_text(text: str) -> None:
    out = render(escape_markdown(text))
    parsed = parse_html(out)
    assert set(parsed.tags) <= {"p"}, (text, out)
    assert parsed.attrs == []
    assert normalized("".join(parsed.text)) == normalized(CONTROL.sub("", text))


def test_inserts_are_raw_markdown_at_their_offsets() -> None:
    text = "Moscow asked for *Rosselkhoznadzor* to return to SWIFT."
    end = text.index("Rosselkhoznadzor") + len("Rosselkhoznadzor")
    md_text = escape_markdown(text, [(end, "[^note-1]")]) + "\n\n[^note-1]: A note."
    out = render(md_text)
    assert 'href="#fn:note-1"' in out
    assert "*Rosselkhoznadzor" in html.unescape(out)  # the seed's asterisk stays text


@pytest.mark.parametrize(
    ("src", "target", "expected"),
    [
        ("briefing/a.md", "actors/x.md", "../actors/x.md"),
        ("actors/x.md", "actors/y.md", "y.md"),
        ("index.md", "briefing/a.md", "briefing/a.md"),
        ("briefing/a.md", "index.md", "../index.md"),
        ("a/b/c.md", "a/d/e.md", "../d/e.md"),
        ("actors/index.md", "actors/x.md", "x.md"),
    ],
)
def test_rel_matches_posixpath(src: str, target: str, expected: str) -> None:
    import posixpath

    assert rel(src, target) == expected
    assert posixpath.relpath(target, posixpath.dirname(src) or ".") == expected


def test_md_url_accepts_http_only_and_encodes_link_enders() -> None:
    assert md_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example", "ftp://x"):
        with pytest.raises(ValueError):
            md_url(bad)


def test_front_matter_keeps_strings_strings() -> None:
    fm = front_matter({"tags": ["no", "2025-04-14", "a: b", "{{ x }}"]})
    out = markdown.markdown(fm + "text", extensions=["meta"])  # parses as YAML-ish, no crash
    assert "text" in out
    import yaml

    data = yaml.safe_load(fm.strip().strip("-"))
    assert data == {"tags": ["no", "2025-04-14", "a: b", "{{ x }}"]}


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("Russia", "Russia"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ('a"b&c', 'a"b&amp;c'),
        ("Putin's war", "Putin's war"),
        ("  United   States ", "United States"),
        ("Україна", "Україна"),
    ],
)
def test_clean_tag(tag: str, expected: str) -> None:
    assert clean_tag(tag) == expected


@pytest.mark.parametrize(
    ("iso", "shown"),
    [
        ("2025-04-14", "14 April 2025"),
        ("2009-12-01", "1 December 2009"),
        ("bad", None),
        (None, None),
    ],
)
def test_format_date(iso: str | None, shown: str | None) -> None:
    assert format_date(iso) == shown


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("One. Two.", "One."),
        ('He said "Go." Then left.', 'He said "Go."'),
        ("No end", "No end"),
        ("U.S. envoy met Putin. Later.", "U.S. envoy met Putin."),
        ("The U.S. President met Mr. Putin. Later.", "The U.S. President met Mr. Putin."),
        ("«Да.» Нет.", "«Да.»"),
    ],
)
def test_first_sentence(text: str, sentence: str) -> None:
    assert first_sentence(text) == sentence


# --------------------------------------------------------------------------- hand-built corpus

LEAD = "Talks between Russia and the United States go on, Dmitry Peskov said."
S1 = "Moscow insists on lifting sanctions against Rosselkhoznadzor and its return to SWIFT."
S2 = "Peskov said Rosselkhoznadzor twice: Rosselkhoznadzor."
EVIL = "<script>alert(1)</script> [x](javascript:alert(1)) {: onclick=alert(1) }"


def make_briefing(
    slug: str = "talks", title: str = "Talks", date: str | None = "2025-04-14"
) -> Briefing:
    lead = Section(None, "lead", (Paragraph(LEAD, line=1),))
    first = Section(
        "What is at stake?",
        "what-is-at-stake",
        (
            Paragraph(S1, line=3),
            Figure(
                caption="Dmitry Peskov at a briefing",
                credit="Photo: RIA Novosti/Someone",
                original="Дмитрий Песков",
                line=5,
            ),
            Paragraph("“Nothing is agreed,” he said.", kind="quote", line=8),
        ),
    )
    second = Section(
        "Evil <b>heading</b> {: #x }",
        "evil-heading",
        (Paragraph(S2, line=10), Paragraph(EVIL, line=11)),
    )
    meta = Meta(
        title=title,
        encoding="utf-8",
        source_name=f"{slug}.txt",
        translated_by="Yandex Translator",
        date=date,
        publication="Izvestia",
        source_url="https://example.org/a(b)",
        tags=("Russia", "<b>x</b>"),
    )
    removed = (
        Removal(2, "Skip to main content", "skip link"),
        Removal(12, "<img src=x onerror=alert(1)>", "chrome"),
    )
    return Briefing(slug=slug, meta=meta, lead=lead, sections=(first, second), removed=removed)


def make_actors(slug: str) -> BriefingActors:
    peskov = Actor(
        id="dmitry-peskov",
        name="Dmitry Peskov",
        kind="person",
        aliases=("Peskov",),
        role="Kremlin spokesman",
        mentions=(
            Mention("Dmitry Peskov", "lead", LEAD),
            Mention("Peskov", "evil-heading", S2),
        ),
    )
    russia = Actor("russia", "Russia", "place", (), None, (Mention("Russia", "lead", LEAD),))
    ria = Actor(
        "ria-novosti",
        "RIA Novosti",
        "organization",
        (),
        None,
        (Mention("RIA Novosti", "what-is-at-stake", "Photo: RIA Novosti/Someone", in_figure=True),),
        credit_only=True,
    )
    quote = Quote("Nothing is agreed,", "dmitry-peskov", "what-is-at-stake")
    return BriefingActors(slug=slug, actors=(peskov, russia, ria), quotes=(quote,))


def make_article(briefing: Briefing, editor: EditorFile | None = None) -> Article:
    source = SourceText(name=briefing.meta.source_name, lines=(), encoding="utf-8")
    return Article(
        source=source,
        stripped=StrippedText(source=source, lines=()),
        briefing=briefing,
        actors=make_actors(briefing.slug),
        editor=editor or EditorFile(),
    )


def make_corpus(*articles: Article) -> Corpus:
    from briefings.actors.corpus import gather_actors

    per = [a.actors for a in articles]
    return Corpus(articles=tuple(articles), actors=gather_actors(per), related=find_related(per))


def pages_of(corpus: Corpus, **kw: object) -> dict[str, str]:
    site = render_pages(corpus, PageSettings(**kw))  # type: ignore[arg-type]
    return {p.src_uri: p.content for p in site.pages}


def test_briefing_page_structure() -> None:
    corpus = make_corpus(make_article(make_briefing()))
    md_text = pages_of(corpus)["briefing/talks.md"]
    assert md_text.startswith("---\ntemplate: briefing.html\n")
    assert "\n# Talks\n" in md_text
    assert "## What is at stake? { #what-is-at-stake }" in md_text
    assert '<div id="lead" class="briefing-lead"></div>' in md_text
    assert "**Izvestia** · 14 April 2025" in md_text
    assert "[Original article](https://example.org/a%28b%29)" in md_text
    assert "Machine-translated by Yandex Translator" in md_text
    assert '!!! figure "Photo"' in md_text and "{ .figure-credit }" in md_text
    assert '??? quote "Original text"' in md_text
    assert "> “Nothing is agreed,” he said." in md_text
    assert '??? abstract "What was removed (2 lines)"' in md_text
    peskov = "- [Dmitry Peskov](../actors/dmitry-peskov.md){ data-preview } — Kremlin spokesman"
    assert peskov in md_text
    assert "ria-novosti" not in md_text.split("## Actors", 1)[1].split("??? abstract")[0]
    out = render(md_text.split("---\n", 2)[2])
    assert 'id="what-is-at-stake"' in out and 'id="lead"' in out
    assert '<p class="figure-credit">Photo: RIA Novosti/Someone</p>' in out
    assert '<details class="abstract">' in out and "Skip to main content" in out


def test_briefing_page_escapes_every_seed_string() -> None:
    corpus = make_corpus(make_article(make_briefing(title="<script>alert('t')</script> {{ x }}")))
    out = render(pages_of(corpus)["briefing/talks.md"].split("---\n", 2)[2])
    parsed = parse_html(out)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert not any(v and v.startswith("javascript") for _, v in parsed.attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "{: onclick=alert(1) }" in html.unescape(out)
    assert "Evil &lt;b&gt;heading&lt;/b&gt; {: #x }" in out
    assert "{{ x }}" in html.unescape(out)


def test_tags_are_cleaned_into_front_matter() -> None:
    corpus = make_corpus(make_article(make_briefing()))
    head = pages_of(corpus)["briefing/talks.md"].split("---\n", 2)[1]
    assert "tags:\n- Russia\n- '&lt;b&gt;x&lt;/b&gt;'\n" in head


def test_annotation_is_a_footnote_after_its_phrase() -> None:
    editor = EditorFile(
        path="seeds/talks.yml",
        annotations=(Annotation("Rosselkhoznadzor", "Probably Rosselkhozbank.", occurrence=None),),
    )
    b = make_briefing()
    b2 = Briefing(b.slug, b.meta, b.lead, b.sections[:1], b.removed)  # phrase once only
    site = render_pages(make_corpus(make_article(b2, editor)))
    assert site.warnings == ()
    md_text = next(p.content for p in site.pages if p.src_uri == "briefing/talks.md")
    assert "Rosselkhoznadzor[^note-1] and its return" in md_text
    assert "[^note-1]: Probably Rosselkhozbank." in md_text
    out = render(md_text.split("---\n", 2)[2])
    assert 'href="#fn:note-1"' in out and 'id="fn:note-1"' in out


@pytest.mark.parametrize(
    ("annotation", "problem"),
    [
        (Annotation("Rosselkhozbank", "x"), "not in the article"),
        (Annotation("Rosselkhoznadzor", "x"), "occurs 3 times"),
        (Annotation("Rosselkhoznadzor", "x", occurrence=4), "occurrence 4 asked"),
    ],
)
def test_annotation_problems_warn_naming_file_and_annotation(
    annotation: Annotation, problem: str
) -> None:
    editor = EditorFile(path="seeds/talks.yml", annotations=(annotation,))
    site = render_pages(make_corpus(make_article(make_briefing(), editor)))
    assert len(site.warnings) == 1
    warning = site.warnings[0]
    assert warning.startswith("seeds/talks.yml: annotation 1 (")
    assert repr(annotation.phrase) in warning and problem in warning
    md_text = next(p.content for p in site.pages if p.src_uri == "briefing/talks.md")
    assert "[^note-1]" not in md_text


def test_annotation_occurrence_picks_the_nth() -> None:
    b = make_briefing()
    markers, notes, warnings = place_annotations(
        b, [Annotation("Rosselkhoznadzor", "n", occurrence=3)], "f.yml"
    )
    assert warnings == [] and notes == [("note-1", "n")]
    ((key, [(offset, marker)]),) = markers.items()
    assert key == (2, 0, "text") and marker == "[^note-1]"
    assert S2[:offset].endswith("twice: Rosselkhoznadzor")


def test_annotations_are_numbered_in_reading_order() -> None:
    b = make_briefing()
    markers, notes, warnings = place_annotations(
        b,
        [Annotation("twice:", "second"), Annotation("Dmitry Peskov said", "first")],
        "f.yml",
    )
    assert warnings == []
    assert notes == [("note-1", "first"), ("note-2", "second")]
    assert markers[(0, 0, "text")] == [(len(LEAD) - 1, "[^note-1]")]


def test_annotation_in_a_caption_and_case_insensitive_fallback() -> None:
    b = make_briefing()
    markers, _, warnings = place_annotations(b, [Annotation("peskov AT a", "n")], "f.yml")
    assert warnings == []
    assert list(markers) == [(1, 1, "caption")]


def test_actor_page_lists_mentions_linking_back_to_sections() -> None:
    corpus = make_corpus(make_article(make_briefing()))
    pages = pages_of(corpus)
    md_text = pages["actors/dmitry-peskov.md"]
    assert "\n# Dmitry Peskov\n" in md_text
    assert "Person · 2 mentions in 1 briefing" in md_text
    assert "Also named: *Peskov*" in md_text
    assert "[Lead](../briefing/talks.md#lead)" in md_text
    assert "(../briefing/talks.md#evil-heading)" in md_text
    assert "- Talks between Russia and the United States go on, **Dmitry Peskov** said." in md_text
    assert "## Quotes" in md_text and "> Nothing is agreed," in md_text
    assert "- Kremlin spokesman — in [Talks](../briefing/talks.md)" in md_text
    assert "actors/ria-novosti.md" not in pages  # credit-only: no page
    index = pages["actors/index.md"]
    assert "## Photo credits" in index and "- RIA Novosti · organization" in index
    assert "## People (1)" in index
    assert "[Dmitry Peskov](dmitry-peskov.md){ data-preview } · 2 mentions" in index


def test_related_briefings_and_indexes() -> None:
    a = make_article(make_briefing("talks", "Talks", "2025-04-14"))
    b = make_article(make_briefing("older", "Older talks", "2024-01-02"))
    c = make_article(make_briefing("undated", "Undated", None))
    pages = pages_of(make_corpus(a, b, c), home_briefings=2)
    assert "## Related briefings" in pages["briefing/talks.md"]
    assert "[Older talks](older.md){ data-preview } · 2 shared actors" in pages["briefing/talks.md"]
    index = pages["briefing/index.md"]
    assert index.index("## 2025") < index.index("## 2024") < index.index("## Undated")
    home = pages["index.md"]
    assert "[Talks](briefing/talks.md)" in home and "[Older talks](briefing/older.md)" in home
    assert "Undated](" not in home  # only the latest two
    assert "Talks between Russia and the United States go on, Dmitry Peskov said." in home
    assert "tags.md" in pages


def test_home_and_tags_page_can_be_left_to_the_editors() -> None:
    pages = pages_of(make_corpus(make_article(make_briefing())), home=False, tags_page=False)
    assert "index.md" not in pages and "tags.md" not in pages


def test_folders_are_configurable() -> None:
    pages = pages_of(
        make_corpus(make_article(make_briefing())), briefings_dir="news", actors_dir="who"
    )
    assert "news/talks.md" in pages and "who/dmitry-peskov.md" in pages
    assert "(../who/dmitry-peskov.md)" in pages["news/talks.md"]
    assert "(../news/talks.md#lead)" in pages["who/dmitry-peskov.md"]


def test_memo_reuses_unchanged_pages_and_renders_changed_ones() -> None:
    from dataclasses import replace

    a = make_article(make_briefing("talks", "Talks"))
    b = make_article(make_briefing("older", "Older talks", "2024-01-02"))
    corpus = replace(make_corpus(a, b), keys=("key-a", "key-b"))
    memo: dict[object, object] = {}
    first = {p.src_uri: p for p in render_pages(corpus, memo=memo).pages}
    plain = {p.src_uri: p for p in render_pages(corpus).pages}
    assert first == plain and memo
    second = {p.src_uri: p for p in render_pages(corpus, memo=memo).pages}
    assert second["briefing/talks.md"] is first["briefing/talks.md"]
    assert second["actors/dmitry-peskov.md"] is first["actors/dmitry-peskov.md"]
    # 'older' gets a new title: its page, the page relating to it and the actor pages change
    b2 = make_article(make_briefing("older", "Renamed talks", "2024-01-02"))
    corpus2 = replace(make_corpus(a, b2), keys=("key-a", "key-b2"))
    third = {p.src_uri: p for p in render_pages(corpus2, memo=memo).pages}
    assert third == {p.src_uri: p for p in render_pages(corpus2).pages}
    assert "[Renamed talks](older.md)" in third["briefing/talks.md"].content
    assert "Renamed talks" in third["actors/dmitry-peskov.md"].content


@pytest.mark.parametrize(
    ("actor_id", "safe"),
    [
        ("dmitry-peskov", True),
        ("Dmitry_Peskov", True),
        ("u.s", True),
        ("../index", False),
        ("a/b", False),
        ("a)b", False),
        ("", False),
        ("-x", False),
        ("x..y", False),
    ],
)
def test_unsafe_actor_ids_get_no_page_and_a_warning(actor_id: str, safe: bool) -> None:
    from dataclasses import replace

    from briefings.pages import is_safe_id

    assert is_safe_id(actor_id) is safe
    article = make_article(make_briefing())
    actors = tuple(
        replace(a, id=actor_id) if a.id == "dmitry-peskov" else a for a in article.actors.actors
    )
    quotes = tuple(replace(q, speaker=actor_id) for q in article.actors.quotes)
    article = replace(article, actors=replace(article.actors, actors=actors, quotes=quotes))
    site = render_pages(make_corpus(article))
    uris = {p.src_uri for p in site.pages}
    if safe:
        assert f"actors/{actor_id}.md" in uris and site.warnings == ()
    else:
        assert not any(actor_id and actor_id in u for u in uris)
        assert any(repr(actor_id) in w for w in site.warnings)
        briefing = next(p.content for p in site.pages if p.src_uri == "briefing/talks.md")
        assert "Dmitry Peskov](" not in briefing


def test_odd_section_anchors_are_folded_the_same_on_both_sides() -> None:
    from briefings.pages import safe_anchor

    assert safe_anchor('x" onclick="y') == "x--onclick--y"
    assert safe_anchor("what-is-at-stake") == "what-is-at-stake"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/relative/path", "//evil.example/x", ""])
def test_source_url_that_is_not_http_is_left_out(url: str) -> None:
    from dataclasses import replace

    b = make_briefing()
    b = replace(b, meta=replace(b.meta, source_url=url))
    md_text = pages_of(make_corpus(make_article(b)))["briefing/talks.md"]
    assert "Original article" not in md_text


def test_picture_fingerprint_follows_what_templates_and_tags_show() -> None:
    from dataclasses import replace

    from briefings.pages import actor_pages_of, co_actor_index, picture_fingerprint

    def prints(corpus: Corpus) -> dict[str, str]:
        co, pages = co_actor_index(corpus), actor_pages_of(corpus)
        return {
            p.src_uri: picture_fingerprint(p, corpus, co, pages) for p in render_pages(corpus).pages
        }

    a = make_article(make_briefing("talks", "Talks"))
    before = prints(make_corpus(a))
    b = make_briefing("talks", "Talks")
    tagged = replace(b, meta=replace(b.meta, tags=("Russia", "New tag")))
    after = prints(make_corpus(make_article(tagged)))
    assert before["tags.md"] and before["tags.md"] != after["tags.md"]
    assert before["index.md"] == after["index.md"]  # same dates and titles
    assert before["briefing/talks.md"] == after["briefing/talks.md"] == ""


def _many_briefings(n: int) -> Corpus:
    return make_corpus(
        *(make_article(make_briefing(f"b{i:02d}", f"Briefing {i:02d}")) for i in range(n))
    )


@pytest.mark.parametrize(
    ("briefings", "per_page", "pages"), [(1, 3, 1), (3, 3, 1), (4, 3, 2), (7, 3, 3)]
)
def test_actor_mentions_are_split_into_pages_of_per_page_briefings(
    briefings: int, per_page: int, pages: int
) -> None:
    site = pages_of(_many_briefings(briefings), actor_page_size=per_page)
    uris = ["actors/dmitry-peskov.md"]
    uris += [f"actors/dmitry-peskov/{n}.md" for n in range(2, pages + 1)]
    assert [u for u in site if u.startswith("actors/dmitry-peskov")] == uris
    listed = [re.findall(r"^### \[Briefing (\d\d)\]", site[u], re.MULTILINE) for u in uris]
    # every briefing once, in order, at most per_page on a page
    assert [x for chunk in listed for x in chunk] == [f"{i:02d}" for i in range(briefings)]
    assert all(len(chunk) <= per_page for chunk in listed)
    first = site[uris[0]]
    assert f"Person · {2 * briefings} mentions in {briefings} briefing" in first
    assert first.count("\n## Quotes") == 1
    assert first.count("\n— in [Briefing") == min(per_page, briefings)  # its briefings' quotes
    if pages == 1:
        assert "Pages of mentions" not in first
        return
    assert "Pages of mentions: **1** · [2](dmitry-peskov/2.md)" in first
    last = site[uris[-1]]
    assert last.startswith("---\ntemplate: actor.html\n")
    assert f"\n# Dmitry Peskov: mentions, page {pages} of {pages}\n" in last
    assert "[about Dmitry Peskov](../dmitry-peskov.md)" in last
    assert "[1](../dmitry-peskov.md) · " in last and f"**{pages}**" in last
    assert "(../../briefing/b00.md" not in last  # its own briefings only (one level down)
    assert "## Often mentioned with" not in last and "Also named" not in last


def test_paged_actor_pages_render_again_only_where_a_briefing_changed() -> None:
    from dataclasses import replace

    corpus = replace(_many_briefings(7), keys=tuple(f"k{i}" for i in range(7)))
    memo: dict[object, object] = {}
    settings_ = PageSettings(actor_page_size=3)
    first = {p.src_uri: p for p in render_pages(corpus, settings_, memo).pages}
    retitled = make_article(make_briefing("b04", "Briefing 04 renamed"))
    articles = list(corpus.articles)
    articles[4] = retitled
    corpus2 = replace(make_corpus(*articles), keys=(*corpus.keys[:4], "new", *corpus.keys[5:]))
    second = {p.src_uri: p for p in render_pages(corpus2, settings_, memo).pages}
    assert second == {p.src_uri: p for p in render_pages(corpus2, settings_).pages}
    assert second["actors/dmitry-peskov/3.md"] is first["actors/dmitry-peskov/3.md"]
    assert second["actors/dmitry-peskov.md"] is first["actors/dmitry-peskov.md"]
    assert "Briefing 04 renamed" in second["actors/dmitry-peskov/2.md"].content


_ESCAPE_ALPHABET = st.sampled_from(list("ab  \t\n\x00\x85\xa0\u2028\ud800&<*_[#é"))


@given(st.one_of(st.text(alphabet=_ESCAPE_ALPHABET, max_size=30), st.text(max_size=30)))
def test_escape_piece_shortcut_changes_nothing(text: str) -> None:
    # Text with nothing to escape is returned at once; that shortcut must agree with the
    # three substitutions it skips.
    from briefings.pages import _CONTROL, _INLINE, _INLINE_RE, _WS, _escape_piece

    slow = _INLINE_RE.sub(lambda m: _INLINE[m.group()], _WS.sub(" ", _CONTROL.sub("", text)))
    assert _escape_piece.__wrapped__(text) == slow


@given(
    st.text(alphabet=st.sampled_from(list("ab/.")), max_size=12),
    st.text(alphabet=st.sampled_from(list("ab/.")), max_size=12),
)
def test_rel_cached_by_folder_is_the_plain_computation(src: str, target: str) -> None:
    from briefings.pages import rel

    here, there = src.split("/")[:-1], target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    assert rel(src, target) == "/".join([".."] * (len(here) - common) + there[common:])


@given(
    st.one_of(st.text(alphabet=_ESCAPE_ALPHABET, max_size=30), st.text(max_size=30)),
    st.lists(
        st.tuples(st.integers(0, 32), st.sampled_from(["**", "[^n]", ""])), min_size=1, max_size=3
    ),
)
def test_plain_text_with_inserts_escapes_as_piece_by_piece(
    text: str, inserts: list[tuple[int, str]]
) -> None:
    # A plain text's pieces are taken as they are; that shortcut must agree with escaping
    # every piece.
    from briefings.pages import _escape_piece, _escape_start

    pieces: list[str] = []
    pos = 0
    for offset, raw in sorted(inserts, key=lambda item: item[0]):
        pieces += [_escape_piece(text[pos:offset]), raw]
        pos = offset
    pieces.append(_escape_piece(text[pos:]))
    pieces[0], pieces[-1] = pieces[0].lstrip(), pieces[-1].rstrip()
    assert escape_markdown(text, inserts) == _escape_start(pieces[0]) + "".join(pieces[1:])


def test_actor_pages_sharing_briefing_faces_are_the_pages_made_alone() -> None:
    from briefings.pages import BriefingFace, actor_pages_of, briefing_face, render_actor

    corpus = _many_briefings(3)
    settings = PageSettings(actor_page_size=2)
    actor_pages = actor_pages_of(corpus)
    titles = {a.briefing.slug: a.briefing.meta.title for a in corpus.articles}
    briefings = {a.briefing.slug: a.briefing for a in corpus.articles}
    faces: dict[str, BriefingFace] = {}
    for actor in actor_pages.values():
        alone = render_actor(actor, corpus, settings, actor_pages, titles, briefings)
        shared = render_actor(actor, corpus, settings, actor_pages, titles, briefings, faces=faces)
        assert shared == alone
    assert faces  # filled in as the briefings came up
    face = briefing_face("A *title*", corpus.articles[0].briefing)
    assert face.title == "A \\*title\\*"
    assert all(fragment.startswith("#") for _, fragment in face.sections.values())


def test_a_persons_one_word_names_link_only_on_pages_naming_that_person() -> None:
    from briefings.actors.registry import Registry, RegistryEntry
    from briefings.pages import link_targets

    corpus = make_corpus(make_article(make_briefing()))
    targets = link_targets(corpus, "actors")
    # "Peskov" is someone else in another article; "Dmitry Peskov" and "Russia" are not
    assert (targets["Peskov"].local, targets["Dmitry Peskov"].local) == (True, False)
    assert targets["Russia"].local is False
    site = {p.src_uri: p for p in render_pages(corpus, PageSettings()).pages}
    assert "dmitry-peskov" in site["briefing/talks.md"].named  # the briefing names him
    assert "dmitry-peskov" in site["actors/russia.md"].named  # they share a section
    assert "dmitry-peskov" not in site["actors/index.md"].named
    # a one-word alias the editors declare in the registry links everywhere
    entry = RegistryEntry("dmitry-peskov", "Dmitry Peskov", "person", aliases=("Peskov",))
    declared = dataclasses.replace(corpus, registry=Registry(entries=(entry,)))
    assert link_targets(declared, "actors")["Peskov"].local is False
