"""Linking: the one-regex alias matcher and the Markdown treeprocessor that links actor mentions."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.linking import (
    MAX_NESTING,
    ActorLinkExtension,
    AliasMatcher,
    LinkPolicy,
    LinkTarget,
    build_matcher,
)


def target(actor_id: str) -> LinkTarget:
    return LinkTarget(actor_id, f"actors/{actor_id}.md", f"person · role of {actor_id}")


def found(matcher: AliasMatcher, text: str) -> list[tuple[str, str]]:
    return [(text[s:e], t.actor_id) for s, e, t in matcher.finditer(text)]


# --------------------------------------------------------------------------------------------
# The matcher
# --------------------------------------------------------------------------------------------

ALIASES = {
    "Russian Federation": target("russia"),
    "Russian Federation Council": target("federation-council"),
    "Witkoff": target("witkoff"),
    "Steve Witkoff": target("witkoff"),
    "U.S.": target("usa"),
    "Лавров": target("lavrov"),
    "Сергей Лавров": target("lavrov"),
    "José Manuel Albares": target("albares"),
    "Zürich": target("zurich"),
    "普京": target("putin"),
    "NATO": target("nato"),
    "C++": target("cpp"),
    "(ISIS)": target("isis"),
}

MATCHER_CASES = [
    # longest alias wins, a shorter one is found where the longer one is not there
    (
        "The Russian Federation Council and the Russian Federation.",
        [("Russian Federation Council", "federation-council"), ("Russian Federation", "russia")],
    ),
    # a longer alias failing its end boundary falls back to the shorter one
    ("the Russian Federation Councillor", [("Russian Federation", "russia")]),
    ("Steve Witkoff met Witkoff", [("Steve Witkoff", "witkoff"), ("Witkoff", "witkoff")]),
    # possessives, both apostrophes
    ("Witkoff's plan and Witkoff’s aide", [("Witkoff", "witkoff"), ("Witkoff", "witkoff")]),
    # no match inside words, in any script
    ("Witkoffs Witkoffian xWitkoff _Witkoff Witkoff_ Witkoff2", []),
    ("Лаврову Лавровым Лавров, Сергей Лавров", [("Лавров", "lavrov"), ("Сергей Лавров", "lavrov")]),
    ("Zürichsee; in Zürich.", [("Zürich", "zurich")]),
    ("José Manuel Albares dijo", [("José Manuel Albares", "albares")]),
    # a combining mark continues the word (decomposed "Witkoffé")
    ("Witkoffe\u0301 Witkoff", [("Witkoff", "witkoff")]),
    # punctuation at the edges of an alias: still word-bounded by look-arounds, not \b
    ("the U.S. said; the U.S.A. did not; U.S.", [("U.S.", "usa"), ("U.S.", "usa")]),
    ("C++ and C++x", [("C++", "cpp")]),
    ("the group (ISIS) said", [("(ISIS)", "isis")]),
    # CJK: punctuation around, and no spaces needed in unspaced scripts
    ("「普京」表示。普京说", [("普京", "putin"), ("普京", "putin")]),
    # whitespace runs in the text match a space of the alias (soft line breaks)
    (
        "Steve\nWitkoff and Steve   Witkoff",
        [("Steve\nWitkoff", "witkoff"), ("Steve   Witkoff", "witkoff")],
    ),
    # case-sensitive, like abbr
    ("nato Nato NATO", [("NATO", "nato")]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), MATCHER_CASES)
def test_matcher_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(build_matcher(ALIASES), text) == expected


def test_metacharacter_aliases_are_literal() -> None:
    m = build_matcher({".*": target("dot"), "a|b": target("pipe"), "(": target("paren")})
    assert found(m, "x .* y a|b ( z") == [(".*", "dot"), ("a|b", "pipe"), ("(", "paren")]
    assert found(m, "anything at all, a or b") == []


def test_empty_and_whitespace_aliases_are_ignored() -> None:
    m = build_matcher({"": target("e"), "   ": target("w"), "\n\t": target("n")})
    assert m.regex is None and len(m) == 0
    assert list(m.finditer("any text   here")) == []
    assert len(build_matcher({})) == 0


def test_aliases_are_normalized_and_first_one_wins() -> None:
    m = build_matcher({" Steve \n Witkoff ": target("a"), "Steve Witkoff": target("b")})
    assert found(m, "Steve Witkoff") == [("Steve Witkoff", "a")]


def test_huge_alias_compiles_and_matches() -> None:
    huge = "Q" * 10_000
    m = build_matcher({huge: target("huge"), "Witkoff": target("witkoff")})
    assert found(m, f"{huge} and Witkoff") == [(huge, "huge"), ("Witkoff", "witkoff")]
    assert found(m, huge + "Q") == []


def test_hostile_nesting_is_left_out_not_crashing() -> None:
    chain = {" ".join(["a"] * n): target(f"a{n}") for n in range(1, MAX_NESTING + 20)}
    m = build_matcher(chain)
    assert m.skipped and all(len(s.split()) > MAX_NESTING - 1 for s in m.skipped)
    assert found(m, "a a b") == [("a a", "a2")]


# A reference matcher written the obvious way: at each position, the longest alias whose edges are
# word-bounded. The alphabet has no characters of unspaced scripts, so the rule is just \w.
ALPHABET = "ab Ж.'\n-é"


def naive(aliases: dict[str, str], text: str) -> list[tuple[int, int, str]]:
    def word(ch: str) -> bool:
        return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")

    def ws_regex(alias: str) -> re.Pattern[str]:
        return re.compile(r"\s+".join(re.escape(p) for p in alias.split(" ")))

    keys = sorted({" ".join(a.split()) for a in aliases if a.strip()}, key=len, reverse=True)
    out = []
    i = 0
    while i < len(text):
        best = None
        if i == 0 or not word(text[i - 1]):
            for k in keys:
                m = ws_regex(k).match(text, i)
                bounded = m is not None and (m.end() == len(text) or not word(text[m.end()]))
                if m and bounded and (best is None or m.end() > best[1]):
                    best = (i, m.end(), k)
        if best:
            out.append(best)
            i = best[1]
        else:
            i += 1
    return out


@settings(max_examples=300, deadline=None)
@given(
    aliases=st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=6), max_size=8),
    text=st.text(alphabet=ALPHABET, max_size=60),
)
def test_matcher_agrees_with_naive_longest_match(aliases: list[str], text: str) -> None:
    mapping = {a: target(f"t{i}") for i, a in enumerate(aliases)}
    m = build_matcher(mapping)
    got = [(s, e) for s, e, _ in m.finditer(text)]
    want = [(s, e) for s, e, _ in naive({a: "" for a in aliases}, text)]
    assert got == want
    for s, e, t in m.finditer(text):
        assert t is m.targets[" ".join(text[s:e].split())]


# --------------------------------------------------------------------------------------------
# The Markdown extension
# --------------------------------------------------------------------------------------------


def render(
    source: str,
    aliases: dict[str, LinkTarget] | None = None,
    page: str | None = "briefing/izvestia.md",
    policy: LinkPolicy = LinkPolicy.FIRST_PER_SECTION,
    link: bool = True,
) -> str:
    matcher = build_matcher(ALIASES if aliases is None else aliases)
    extensions: list[markdown.Extension | str] = ["attr_list", "footnotes", "tables", "admonition"]
    extensions.append("toc")
    if link:
        extensions.insert(0, ActorLinkExtension(lambda: matcher, lambda: page, policy))
    return markdown.Markdown(extensions=extensions).convert(source)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[dict[str, str | None], str]] = []
        self._in: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and ("class", "briefings-actor") in attrs:
            self._in = dict(attrs)
            self.links.append((self._in, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in = None

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        if self._in is not None:
            attrs, text = self.links[-1]
            self.links[-1] = (attrs, text + data)


def parse(html: str) -> _Text:
    p = _Text()
    p.feed(html)
    p.close()
    return p


def links(html: str) -> list[tuple[str, str | None]]:
    return [(text, attrs.get("href")) for attrs, text in parse(html).links]


def visible(html: str) -> str:
    return "".join(parse(html).parts)


W = "../actors/witkoff.md"
N = "../actors/nato.md"
EXTENSION_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("plain paragraph", "Envoy Witkoff met NATO.", [("Witkoff", W), ("NATO", "../actors/nato.md")]),
    ("existing link", "[Witkoff](https://example.org) and Witkoff", [("Witkoff", W)]),
    ("autolink", "<https://Witkoff.example> Witkoff", [("Witkoff", W)]),
    ("code span", "`Witkoff` then Witkoff", [("Witkoff", W)]),
    ("code block", "    Witkoff\n\nWitkoff", [("Witkoff", W)]),
    ("emphasis", "*Witkoff* said", [("Witkoff", W)]),
    ("escaped", r"\*U\.S\.\* said", [("U.S.", "../actors/usa.md")]),
    ("inline raw link", 'See <a href="x">Witkoff</a>, Witkoff', [("Witkoff", W)]),
    ("raw span", "<span>Witkoff</span>", [("Witkoff", W)]),
    ("entity is opaque", "Witkoff&amp;NATO", [("Witkoff", W), ("NATO", "../actors/nato.md")]),
    ("headings", "# Witkoff\n\n### Witkoff\n\nWitkoff", [("Witkoff", W)]),
    ("list", "- Witkoff\n- NATO", [("Witkoff", W), ("NATO", "../actors/nato.md")]),
    (
        "table",
        "| a | b |\n|---|---|\n| Witkoff | NATO |",
        [("Witkoff", W), ("NATO", "../actors/nato.md")],
    ),
    ("footnote", "Text.[^1]\n\n[^1]: Witkoff said so.", [("Witkoff", W)]),
    (
        "admonition (title is heading-like)",
        '!!! note "Witkoff"\n    Witkoff inside',
        [("Witkoff", W)],
    ),
    ("attr_list nolink", "Witkoff here\n{: .briefings-nolink }", []),
    ("attr_list credit", "Photo: Witkoff\n{: .figure-credit }", []),
    ("attr_list other class", "Witkoff here\n{: .lead }", [("Witkoff", W)]),
    ("soft line break", "Steve\nWitkoff", [("Steve\nWitkoff", W)]),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in EXTENSION_CASES], ids=[c[0] for c in EXTENSION_CASES]
)
def test_extension_cases(source: str, expected: list[tuple[str, str | None]]) -> None:
    html = render(source)
    assert links(html) == expected
    assert visible(html) == visible(render(source, link=False))


def test_link_attributes() -> None:
    html = render("Witkoff")
    ((attrs, text),) = parse(html).links
    assert text == "Witkoff"
    assert attrs == {"href": W, "class": "briefings-actor", "title": "person · role of witkoff"}


def test_hrefs_are_relative_to_the_page() -> None:
    assert links(render("Witkoff", page="index.md")) == [("Witkoff", "actors/witkoff.md")]
    assert links(render("Witkoff", page="a/b/c.md")) == [("Witkoff", "../../actors/witkoff.md")]
    assert links(render("Witkoff", page="actors/nato.md")) == [("Witkoff", "witkoff.md")]
    assert links(render("Witkoff", page=None)) == [("Witkoff", "actors/witkoff.md")]


def test_actor_page_does_not_link_itself_and_keeps_longest_match() -> None:
    aliases = {"Russian Federation": target("russia"), "Russian Federation Council": target("rfc")}
    html = render("The Russian Federation Council met.", aliases, page="actors/rfc.md")
    assert links(html) == []
    html = render("Witkoff and NATO", page="actors/witkoff.md")
    assert links(html) == [("NATO", "nato.md")]


SECTIONED = """Witkoff in the lead, Witkoff again.

## One

Witkoff in one. NATO too. Witkoff.

### Sub

Witkoff in a subsection.

## Two

Steve Witkoff in two.
"""


@pytest.mark.parametrize(
    ("policy", "count"),
    [(LinkPolicy.FIRST_PER_SECTION, 3), (LinkPolicy.FIRST_PER_PAGE, 1), (LinkPolicy.EVERY, 6)],
)
def test_policies(policy: LinkPolicy, count: int) -> None:
    html = render(SECTIONED, policy=policy)
    witkoff = [text for text, href in links(html) if href == W]
    assert len(witkoff) == count
    assert len([1 for _, href in links(html) if href == "../actors/nato.md"]) == 1


def test_policy_accepts_strings() -> None:
    assert LinkPolicy("every") is LinkPolicy.EVERY
    matcher = build_matcher(ALIASES)
    ext = ActorLinkExtension(lambda: matcher, lambda: None, "every")  # type: ignore[arg-type]
    html = markdown.Markdown(extensions=[ext]).convert("Witkoff Witkoff")
    assert len(links(html)) == 2


def test_no_matcher_links_nothing() -> None:
    ext = ActorLinkExtension(lambda: None, lambda: "a.md")
    assert markdown.Markdown(extensions=[ext]).convert("Witkoff") == "<p>Witkoff</p>"


def test_matcher_and_page_are_read_per_conversion() -> None:
    state: dict[str, str | None] = {"page": "a.md"}
    matcher = build_matcher(ALIASES)
    md = markdown.Markdown(extensions=[ActorLinkExtension(lambda: matcher, lambda: state["page"])])
    first = md.convert("Witkoff")
    state["page"] = "actors/witkoff.md"
    md.reset()
    assert links(first) == [("Witkoff", "actors/witkoff.md")]
    assert links(md.convert("Witkoff")) == []


def test_toc_and_heading_ids_are_untouched() -> None:
    source = "## Witkoff and NATO\n\nWitkoff"
    assert render(source).split("\n")[0] == render(source, link=False).split("\n")[0]


MD_PIECES = st.sampled_from(
    [
        "Witkoff",
        "Steve",
        " ",
        "\n",
        "\n\n",
        "Russian Federation",
        "Council",
        "U.S.",
        "NATO",
        "Лавров",
        "普京",
        "*",
        "_",
        "`",
        "\\",
        "[",
        "](x)",
        "<b>",
        "</b>",
        "&amp;",
        "'s",
        "## ",
        "- ",
        "> ",
        "#",
        "|",
        ".",
        ",",
        "é",
        "\u0301",
        "(",
        ")",
        "<a href='y'>",
        "</a>",
        "[^1]",
        "\n\n[^1]: ",
        "{: .briefings-nolink }",
        "!!! note\n    ",
        "    ",
        "a",
        "x1",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(MD_PIECES, max_size=40),
    names=st.lists(
        st.sampled_from(
            [
                "Witkoff",
                "Steve Witkoff",
                "U.S.",
                "NATO",
                "Council",
                "Лавров",
                "普京",
                "Russian Federation",
                "x1",
                "*",
                "é",
                "a",
            ]
        ),
        max_size=6,
    ),
    policy=st.sampled_from(list(LinkPolicy)),
)
def test_visible_text_never_changes(
    pieces: list[str], names: list[str], policy: LinkPolicy
) -> None:
    source = "".join(pieces)
    aliases = {n: target(f"t{i}") for i, n in enumerate(names)}
    with_links = render(source, aliases, policy=policy)
    assert visible(with_links) == visible(render(source, aliases, link=False))
    for text, href in links(with_links):
        assert href is not None and href.startswith("../actors/")
        assert " ".join(text.split()) in {" ".join(n.split()) for n in names}


def test_tab_labels_and_collapsible_titles_are_not_linked() -> None:
    matcher = build_matcher(ALIASES)
    ext = ActorLinkExtension(lambda: matcher, lambda: "b/x.md")
    md = markdown.Markdown(
        extensions=[ext, "pymdownx.tabbed", "pymdownx.details", "pymdownx.superfences"]
    )
    html = md.convert('=== "Witkoff"\n\n    Witkoff in a tab\n\n??? note "NATO"\n    NATO inside\n')
    assert links(html) == [("Witkoff", "../actors/witkoff.md"), ("NATO", "../actors/nato.md")]
    assert "<label" in html and "<summary>NATO</summary>" in html


def test_comments_in_the_tree_are_left_alone() -> None:
    import xml.etree.ElementTree as etree

    from markdown.treeprocessors import Treeprocessor

    class AddComment(Treeprocessor):  # type: ignore[misc]
        def run(self, root: etree.Element) -> None:
            comment = etree.Comment(" Witkoff ")
            comment.tail = " Witkoff after"
            root.append(comment)

    class CommentExt(markdown.Extension):  # type: ignore[misc]
        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.treeprocessors.register(AddComment(md), "add-comment", 5)

    matcher = build_matcher(ALIASES)
    ext = ActorLinkExtension(lambda: matcher, lambda: None)
    html = markdown.Markdown(extensions=[ext, CommentExt()]).convert("Hello")
    assert "<!-- Witkoff -->" in html
    assert links(html) == [("Witkoff", "actors/witkoff.md")]


def test_many_long_aliases_sharing_a_long_prefix() -> None:
    base = "Zz" * 5_000
    aliases = {f"{base} {i}": target(f"z{i}") for i in range(200)}
    m = build_matcher(aliases)
    assert len(m) == 200 and not m.skipped
    assert found(m, f"see {base} 17, and {base} 1.") == [(f"{base} 17", "z17"), (f"{base} 1", "z1")]


def test_a_continuation_page_does_not_link_to_the_page_it_continues() -> None:
    # Page 2 of Witkoff's mentions: Witkoff is not linked (to his own first page), NATO is.
    matcher = build_matcher(ALIASES)
    ext = ActorLinkExtension(
        lambda: matcher, lambda: "actors/witkoff/2.md", get_own=lambda: "actors/witkoff.md"
    )
    html = markdown.Markdown(extensions=[ext]).convert("Witkoff met NATO envoys.")
    assert links(html) == [("NATO", "../nato.md")]
    plain = ActorLinkExtension(lambda: matcher, lambda: "actors/witkoff/2.md")
    assert ("Witkoff", "../witkoff.md") in links(
        markdown.Markdown(extensions=[plain]).convert("Witkoff met NATO envoys.")
    )


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        # a local alias (a person's one-word name) links only where the page names that person
        (frozenset({"paul-smith"}), [("Paul", "../actors/paul-smith.md"), ("NATO", N)]),
        (frozenset(), [("NATO", N)]),
        (frozenset({"someone-else"}), [("NATO", N)]),
    ],
)
def test_a_local_alias_links_only_on_pages_naming_its_actor(
    named: frozenset[str], expected: list[tuple[str, str]]
) -> None:
    paul = LinkTarget("paul-smith", "actors/paul-smith.md", "person", local=True)
    matcher = build_matcher({"Paul": paul, "NATO": target("nato")})
    ext = ActorLinkExtension(lambda: matcher, lambda: "briefing/b.md", get_named=lambda: named)
    html = markdown.Markdown(extensions=[ext]).convert("Paul met NATO envoys.")
    assert links(html) == expected
