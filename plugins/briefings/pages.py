"""The generated Markdown pages of the site: briefings, actors, indexes (pure, no MkDocs).

Every string that comes from a seed (article text, captions, credits, removed lines, actor
names...) or an editor file goes through :func:`escape_markdown` and shows literally: HTML,
Markdown, attribute lists, admonitions, abbreviations, footnotes and template syntax in a seed
are text, never markup. The only markup on a page is the one written here.

Pages link to each other with relative ``.md`` paths (``../actors/dmitry-peskov.md#...``) so
that MkDocs validates every link and anchor (``mkdocs build --strict``).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import Any

import yaml

from .actors.model import KINDS, Actor, Appearance, CorpusActor, Kind
from .corpus import Corpus
from .editor import Annotation
from .graphs import (
    NetworkLayout,
    NetworkNode,
    TimelineItem,
    TimelineLayout,
    network_layout,
    timeline_layout,
)
from .linking import LinkTarget
from .pipeline import Article
from .sections import Briefing, Figure, Paragraph, Section

# --------------------------------------------------------------------------- escaping

#: Characters escaped wherever they stand: HTML-significant ones become entities, Markdown
#: inline markers get a backslash (all of them are in Python-Markdown's ESCAPED_CHARS).
_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "{": "\\{",
    "}": "\\}",
    "#": "\\#",
}
_INLINE_RE = re.compile("[" + re.escape("".join(_INLINE)) + "]")
_ORDERED = re.compile(r"^(\d+)\.")
_WS = re.compile(r"\s+")
#: Control characters (Markdown uses STX/ETX as placeholder markers), DEL, C1 controls and
#: lone surrogates: never text a reader should see; removed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def _is_plain(text: str) -> bool:
    """Text that escapes to itself: no control character or space other than " " (all of them
    are unprintable), no double space, no marker. Most text is; so is every part of it."""
    return text.isprintable() and "  " not in text and _INLINE_RE.search(text) is None


@lru_cache(maxsize=1 << 14)
def _escape_piece(text: str) -> str:
    # Cached: the same names, titles and sentences are escaped on many pages and rebuilds.
    if _is_plain(text):
        return text
    text = _WS.sub(" ", _CONTROL.sub("", text))
    return _INLINE_RE.sub(lambda m: _INLINE[m.group()], text)


def _escape_start(escaped: str) -> str:
    """Defuse block markers at the start of a line: lists, headings, admonitions, details,
    abbreviations, definitions, tables, rules, fences, quotes (``>`` is already an entity)."""
    if not escaped:
        return escaped
    if m := _ORDERED.match(escaped):  # "11. April" is not an ordered list
        return f"{m.group(1)}\\.{escaped[m.end() :]}"
    first = escaped[0]
    if first in "+-!":  # escapable with a backslash (Python-Markdown ESCAPED_CHARS)
        return "\\" + escaped
    if first.isascii() and not first.isalnum() and first not in "\\&\"'(":
        return f"&#{ord(first)};{escaped[1:]}"  # ? : ~ = | % / ... as a numeric entity
    return escaped


@lru_cache(maxsize=1 << 14)
def _escape_line(text: str) -> str:
    # Cached: names and titles are escaped on every page that links to them.
    return _escape_start(_escape_piece(text).strip())


def _unchanged(text: str) -> str:
    return text


_offset = itemgetter(0)


def escape_markdown(text: str, inserts: Sequence[tuple[int, str]] = ()) -> str:
    """``text`` as Markdown that renders to exactly that text, on one line.

    Whitespace runs (newlines, indentation) collapse to one space and the ends are trimmed;
    control characters are dropped;
    ``& < >`` become entities; Markdown's inline markers are backslash-escaped; block markers at
    the start (``#``, ``-``, ``+``, ``1.``, ``!!!``, ``???``, ``:``, ``*[``...) are defused.
    ``inserts`` are ``(offset into text, raw Markdown)`` pairs placed unescaped at those offsets
    (footnote markers, emphasis), in offset order.
    """
    if not inserts:
        return _escape_line(text)
    # The pieces of a plain text are plain: taken as they are (mention sentences with their
    # bold surface are most of the calls, and each sentence is a new text).
    escape = _unchanged if _is_plain(text) else _escape_piece
    pieces: list[str] = []
    pos = 0
    for offset, raw in sorted(inserts, key=_offset):
        pieces.append(escape(text[pos:offset]))
        pieces.append(raw)
        pos = offset
    pieces.append(escape(text[pos:]))
    pieces[0] = pieces[0].lstrip()
    pieces[-1] = pieces[-1].rstrip()
    return _escape_start(pieces[0]) + "".join(pieces[1:])


_HTTP = re.compile(r"^https?://[^\s/?#]+", flags=re.IGNORECASE)


def md_url(url: str) -> str:
    """A link destination for Markdown: http(s) only, characters that end a link encoded."""
    if not re.match(r"^https?://", url, flags=re.IGNORECASE):
        raise ValueError(f"not an http(s) URL: {url!r}")
    return "".join(
        f"%{ord(ch):02X}" if ch in " ()<>\"'`[]{}\\" or ord(ch) < 33 else ch for ch in url
    )


def front_matter(data: Mapping[str, Any]) -> str:
    """A YAML front matter block (safe_dump: any string value stays a plain string)."""
    if not data:
        return ""
    body = yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{body}---\n\n"


def clean_tag(tag: str) -> str:
    """A tag as handed to Material's tags plugin: HTML-escaped text, one line.

    Material prints tag names unescaped in every template that shows them (the chips on a
    page, the tags index, its table of contents), so the name it receives is already escaped:
    a tag ``<b>x</b>`` shows as that text, never as markup.
    """
    text = _WS.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", tag))).strip()
    return html.escape(text, quote=False)


# --------------------------------------------------------------------------- types


@dataclass(frozen=True)
class GeneratedPage:
    """One Markdown file of the site (docs-relative ``src_uri``) and what it shows."""

    src_uri: str
    content: str
    kind: str = "page"
    """briefing, actor, actor-more, actors-index, briefings-index, home, tags."""
    key: str | None = None
    """The briefing slug or actor id the page is about."""
    continues: str | None = None
    """The page this one continues (an actor's first page, for its page 2, 3...): mentions on
    it are not linked there either."""
    named: frozenset[str] = frozenset()
    """Ids of the actors the page is known to name (a briefing's actors; an actor page: the
    actor and those it shares briefing sections with, ``CorpusActor.co_actors``): a person's
    one-word name links only to these."""


@dataclass(frozen=True)
class PageSettings:
    briefings_dir: str = "briefing"
    actors_dir: str = "actors"
    home: bool = True
    """Generate ``index.md`` (False when the editors wrote their own)."""
    tags_page: bool = True
    """Generate ``tags.md`` (the tags index of Material's tags plugin)."""
    home_briefings: int = 20
    site_name: str = "Briefings"
    actor_page_size: int = 25
    """Briefings whose mentions one actor page lists (the rest go to pages 2, 3...)."""


@dataclass(frozen=True)
class RenderedSite:
    pages: tuple[GeneratedPage, ...]
    warnings: tuple[str, ...] = ()
    """Problems editors should fix (annotations that cannot be placed...)."""


#: attr_list for internal links: Material shows the linked page on hover (instant preview).
#: Given per link, not site-wide: the site-wide feature strips every link's title, which would
#: remove the kind-and-role tooltips of actor mentions.
PREVIEW = "{ data-preview }"
#: attr_list for a heading whose section Material's search leaves out of its index.
NO_SEARCH = "{ data-search-exclude }"

KIND_LABEL: dict[Kind, str] = {"person": "Person", "organization": "Organization", "place": "Place"}
KIND_PLURAL: dict[Kind, str] = {
    "person": "People",
    "organization": "Organizations",
    "place": "Places",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(iso: str | None) -> str | None:
    """``2025-04-14`` -> ``14 April 2025`` (None or unparsable: None)."""
    if not iso:
        return None
    try:
        d = Date.fromisoformat(iso)
    except ValueError:
        return None
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


_SENTENCE_END = re.compile(r"([.!?…][\"”»’)]*)\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Jr|Sr|No|Inc|Ltd|Co|vs)\.)$"
)


def first_sentence(text: str, limit: int = 300) -> str:
    """The first sentence of ``text`` (cut at a word boundary with … when very long)."""
    text = _WS.sub(" ", text).strip()
    sentence = text
    for m in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[: m.start(1) + 1]):
            sentence = text[: m.end(1)]
            break
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return sentence


def rel(src_uri: str, target: str) -> str:
    """Relative link from one docs-relative page to another (``../actors/x.md``).

    Plain string work on ``/``-separated docs paths (``posixpath.relpath`` consults the current
    directory on every call, which showed up as a third of the time to render a large site).
    """
    return _rel(src_uri[: src_uri.rfind("/") + 1], target)


@lru_cache(maxsize=1 << 14)
def _rel(src_dir: str, target: str) -> str:
    # Cached by the page's folder ("actors/", "" at the top): every actor page links to the
    # same briefings.
    here = src_dir.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def opening_sentence(briefing: Briefing) -> str:
    """The article's first sentence (of its first paragraph, lead or not)."""
    for section in briefing.all_sections:
        if section.paragraphs:
            return first_sentence(section.paragraphs[0])
    return ""


def briefing_summary(briefing: Briefing) -> str:
    """The editor's summary, else the article's first sentence."""
    return briefing.meta.summary or opening_sentence(briefing)


def sort_articles(articles: Iterable[Article]) -> list[Article]:
    """Newest first; undated briefings last, by title."""
    items = list(articles)
    dated = sorted(
        (a for a in items if a.briefing.meta.date),
        key=lambda a: (a.briefing.meta.date or "", a.briefing.slug),
        reverse=True,
    )
    undated = sorted(
        (a for a in items if not a.briefing.meta.date),
        key=lambda a: (a.briefing.meta.title.casefold(), a.briefing.slug),
    )
    return dated + undated


# --------------------------------------------------------------------------- annotations


@dataclass(frozen=True)
class _Spot:
    """A text of the article an annotation can be anchored in: (section, block, field)."""

    section: int
    block: int
    field: str
    text: str


def _spots(briefing: Briefing) -> list[_Spot]:
    spots: list[_Spot] = []
    for s, section in enumerate(briefing.all_sections):
        for b, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                spots.append(_Spot(s, b, "text", block.text))
            elif block.caption:
                spots.append(_Spot(s, b, "caption", block.caption))
    return spots


def _occurrences(phrase: str, spots: Sequence[_Spot]) -> list[tuple[int, int]]:
    """(spot index, end offset) of every occurrence: exact first, else ignoring case/spaces."""
    words = [re.escape(w) for w in phrase.split()]
    for flags in (0, re.IGNORECASE):
        pattern = re.compile(r"\s+".join(words), flags)
        found = [(i, m.end()) for i, spot in enumerate(spots) for m in pattern.finditer(spot.text)]
        if found:
            return found
    return []


def place_annotations(
    briefing: Briefing, annotations: Sequence[Annotation], where: str
) -> tuple[dict[tuple[int, int, str], list[tuple[int, str]]], list[tuple[str, str]], list[str]]:
    """Anchor each annotation after its phrase.

    Returns the footnote markers by text ``(section, block, field) -> [(offset, marker)]``, the
    footnote definitions ``(label, note)`` numbered in reading order, and warnings (phrase not
    found, found several times without ``occurrence``, occurrence out of range), each naming
    ``where`` (the editor file) and the annotation.
    """
    spots = _spots(briefing)
    placed: list[tuple[int, int, str]] = []
    warnings: list[str] = []
    for n, annotation in enumerate(annotations, 1):
        what = f"{where}: annotation {n} ({annotation.phrase!r})"
        found = _occurrences(annotation.phrase, spots)
        if not found:
            warnings.append(f"{what}: the phrase is not in the article; the note is not shown")
            continue
        if annotation.occurrence is None and len(found) > 1:
            warnings.append(
                f"{what}: the phrase occurs {len(found)} times; add 'occurrence: N' "
                f"(1 to {len(found)}) to say which one; the note is not shown"
            )
            continue
        index = (annotation.occurrence or 1) - 1
        if index >= len(found):
            warnings.append(
                f"{what}: occurrence {annotation.occurrence} asked, but the phrase occurs "
                f"{len(found)} time(s); the note is not shown"
            )
            continue
        spot_index, end = found[index]
        placed.append((spot_index, end, annotation.note))
    # Numbered in reading order, whatever the order of the editor file.
    markers: dict[tuple[int, int, str], list[tuple[int, str]]] = defaultdict(list)
    notes: list[tuple[str, str]] = []
    for number, (spot_index, end, note) in enumerate(sorted(placed, key=lambda p: p[:2]), 1):
        spot = spots[spot_index]
        label = f"note-{number}"
        markers[(spot.section, spot.block, spot.field)].append((end, f"[^{label}]"))
        notes.append((label, note))
    return markers, notes, warnings


# --------------------------------------------------------------------------- briefing page


def _indent(text: str, by: str = "    ") -> str:
    return "\n".join(by + line if line else "" for line in text.split("\n"))


def _figure(figure: Figure, caption_md: str | None) -> str:
    lines = ['!!! figure "Photo"', ""]
    if caption_md:
        lines += ["    " + caption_md, "    { .figure-caption }", ""]
    if figure.credit:
        lines += ["    " + escape_markdown(figure.credit), "    { .figure-credit }", ""]
    if figure.original:
        lines += [
            '    ??? quote "Original text"',
            "",
            "        " + escape_markdown(figure.original),
            "        { .figure-original }",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def _section_blocks(
    s: int, section: Section, markers: Mapping[tuple[int, int, str], list[tuple[int, str]]]
) -> list[str]:
    out: list[str] = []
    for b, block in enumerate(section.blocks):
        if isinstance(block, Paragraph):
            text = escape_markdown(block.text, markers.get((s, b, "text"), ()))
            out.append(f"> {text}\n" if block.kind == "quote" else f"{text}\n")
        else:
            caption = (
                escape_markdown(block.caption, markers.get((s, b, "caption"), ()))
                if block.caption
                else None
            )
            out.append(_figure(block, caption))
    return out


def _actor_line(src: str, actor: Actor, name: str, settings: PageSettings) -> str:
    link = rel(src, f"{settings.actors_dir}/{actor.id}.md")
    line = f"- [{escape_markdown(name)}]({link}){PREVIEW}"
    if actor.role:
        line += f" — {escape_markdown(actor.role)}"
    return line


def page_actors(article: Article, actor_pages: Mapping[str, CorpusActor]) -> list[Actor]:
    """The briefing's actors that have a page and that it names outside photo credits (in the
    text or a caption), so every actor page is reachable from each briefing naming it."""
    return [a for a in article.actors.actors if a.id in actor_pages and not a.credit_only]


@lru_cache(maxsize=1 << 10)
def _briefing_front_matter(tags: tuple[str, ...]) -> str:
    """The front matter of a briefing page with these tags (dumped once per set of tags: most
    briefings have none, or share them with others)."""
    meta: dict[str, Any] = {"template": "briefing.html"}
    if tags:
        meta["tags"] = list(tags)
    return front_matter(meta)


def render_briefing(
    article: Article,
    corpus: Corpus,
    settings: PageSettings,
    actor_pages: Mapping[str, CorpusActor],
    titles: Mapping[str, str],
) -> tuple[GeneratedPage, list[str]]:
    """The page of one briefing and the warnings about its annotations."""
    b = article.briefing
    src = f"{settings.briefings_dir}/{b.slug}.md"
    where = article.editor.path or f"the editor file of {b.meta.source_name}"
    markers, notes, warnings = place_annotations(b, article.editor.annotations, where)
    taken = {safe_anchor(s.anchor) for s in b.all_sections}

    def own_id(wanted: str) -> str:
        anchor, n = wanted, 2
        while anchor in taken:
            anchor, n = f"{wanted}-{n}", n + 1
        taken.add(anchor)
        return anchor

    tags = tuple(t for t in (clean_tag(t) for t in b.meta.tags) if t)
    out: list[str] = [_briefing_front_matter(tags), f"# {escape_markdown(b.meta.title)}\n"]

    facts: list[str] = []
    if b.meta.publication:
        facts.append(f"**{escape_markdown(b.meta.publication)}**")
    if when := format_date(b.meta.date):
        facts.append(escape_markdown(when))
    if b.meta.byline:
        facts.append(escape_markdown(b.meta.byline))
    if b.meta.source_url and _HTTP.match(b.meta.source_url):  # HTML metadata may be anything
        facts.append(f"[Original article]({md_url(b.meta.source_url)})")
    facts.append(f"Seed file: {escape_markdown(b.meta.source_name)}")
    out.append(" · ".join(facts) + "\n{ .briefing-meta .briefings-nolink }\n")
    if b.meta.translated_by:
        out.append(
            '!!! warning "Machine translation"\n\n'
            f"    Machine-translated by {escape_markdown(b.meta.translated_by)}. Names, titles and "
            "terms may be mistranslated; check them against the original.\n"
        )
    if b.meta.summary:
        summary = escape_markdown(b.meta.summary)
        out.append(f"{summary}\n{{ .briefing-summary .briefings-nolink }}\n")

    for s, section in enumerate(b.all_sections):
        if section.title is None:
            out.append(f'<div id="{safe_anchor(section.anchor)}" class="briefing-lead"></div>\n')
        else:
            heading = escape_markdown(section.title)
            out.append(f"## {heading} {{ #{safe_anchor(section.anchor)} }}\n")
        out.extend(_section_blocks(s, section, markers))

    listed = page_actors(article, actor_pages)
    if listed:
        out.append(f"## Actors {{ #{own_id('briefing-actors')} }}\n")
        for kind in KINDS:
            # the site-wide name and kind (the registry's), this briefing's role
            group = sorted(
                (a for a in listed if actor_pages[a.id].kind == kind),
                key=lambda a: actor_pages[a.id].name.casefold(),
            )
            if group:
                out.append(f"**{KIND_PLURAL[kind]}**\n{{ .actor-kind }}\n")
                lines = (_actor_line(src, a, actor_pages[a.id].name, settings) for a in group)
                out.append("\n".join(lines) + "\n")

    related = [(slug, n) for slug, n in corpus.related.get(b.slug, ()) if slug in titles]
    if related:
        out.append(f"## Related briefings {{ #{own_id('briefing-related')} }}\n")
        for slug, n in related:
            link = rel(src, f"{settings.briefings_dir}/{slug}.md")
            out.append(
                f"- [{escape_markdown(titles[slug])}]({link}){PREVIEW} · "
                f"{n} shared actor{'s' if n != 1 else ''}"
            )
        out.append("")

    if b.removed:
        count = len(b.removed)
        out.append(
            f'??? abstract "What was removed ({count} line{"s" if count != 1 else ""})"\n\n'
            "    Lines of the seed file taken for page chrome (menus, buttons, ads...) and left "
            "out of this page, with the reason. Editors: a line listed here that belongs to the "
            "article goes under `keep:` in the editor file.\n"
        )
        for r in b.removed:
            text = escape_markdown(r.text) or "(empty)"
            reason = escape_markdown(r.reason)
            out.append(f"    - Line {r.line}: “{text}” — {reason}\n      {{ .briefings-nolink }}")
        out.append("")

    if notes:
        out.append("")
        for label, note in notes:
            out.append(f"[^{label}]: {escape_markdown(note)}")
        out.append("")
    content = "\n".join(out).rstrip() + "\n"
    named = frozenset(a.id for a in article.actors.actors)
    return GeneratedPage(src, content, kind="briefing", key=b.slug, named=named), warnings


# --------------------------------------------------------------------------- actor pages


def _bold_surface(sentence: str, surface: str) -> list[tuple[int, str]]:
    i = sentence.find(surface) if surface else -1
    if i < 0:
        return []
    return [(i, "**"), (i + len(surface), "**")]


def actor_page_uri(settings: PageSettings, actor_id: str, number: int = 1) -> str:
    """The docs path of page ``number`` of an actor (``actors/x.md``, ``actors/x/2.md``...)."""
    if number <= 1:
        return f"{settings.actors_dir}/{actor_id}.md"
    return f"{settings.actors_dir}/{actor_id}/{number}.md"


def actor_page_chunks(actor: CorpusActor, per_page: int) -> list[tuple[Appearance, ...]]:
    """The actor's appearances split into the pages that list them (briefing order; at least
    one page). Each page lists the mentions, roles and quotes of at most ``per_page``
    briefings, so a page's size does not grow with the site, and an edit to one briefing
    rebuilds one of them."""
    size = max(per_page, 1)
    apps = actor.appearances
    return [apps[i : i + size] for i in range(0, len(apps), size)] or [()]


def _pager(src: str, settings: PageSettings, actor_id: str, number: int, total: int) -> str:
    if total <= 1:
        return ""
    items = [
        f"**{n}**" if n == number else f"[{n}]({rel(src, actor_page_uri(settings, actor_id, n))})"
        for n in range(1, total + 1)
    ]
    return "Pages of mentions: " + " · ".join(items) + "\n{ .actor-pager .briefings-nolink }\n"


@lru_cache(maxsize=1)
def _actor_front_matter() -> str:
    """The front matter of every actor page (the same on all: dumped once)."""
    return front_matter({"template": "actor.html", "search": {"boost": 2}})


def render_actor_header(actor: CorpusActor, settings: PageSettings) -> list[str]:
    """The top of an actor's first page: name, kind, counts, aliases, description, links."""
    out: list[str] = [_actor_front_matter(), f"# {escape_markdown(actor.name)}\n"]
    facts = [KIND_LABEL[actor.kind]]
    n_mentions = actor.mention_count
    n_briefings = len(actor.appearances)
    facts.append(
        f"{n_mentions} mention{'s' if n_mentions != 1 else ''} in {n_briefings} "
        f"briefing{'s' if n_briefings != 1 else ''}"
    )
    out.append(" · ".join(facts) + "\n{ .actor-meta .briefings-nolink }\n")
    if actor.aliases:
        out.append(
            "Also named: "
            + ", ".join(f"*{escape_markdown(a)}*" for a in actor.aliases)
            + "\n{ .actor-aliases .briefings-nolink }\n"
        )
    if actor.description:
        out.append(escape_markdown(actor.description) + "\n")
    links = [u for u in actor.links if _HTTP.match(u)]
    if links:
        out.append(
            "\n".join(f"- [{escape_markdown(_link_label(u))}]({md_url(u)})" for u in links) + "\n"
        )
    return out


@dataclass(frozen=True)
class BriefingFace:
    """What an actor page shows of a briefing besides the actor's own mentions, as Markdown:
    its title and section headings (escaped once per briefing, not once per actor naming it)."""

    title: str
    sections: Mapping[str, tuple[str, str]]
    """Section anchor -> (heading, ``#anchor`` of the link); the lead's heading is "Lead"."""


#: A mention in a section the briefing does not have: "Lead", linking to the page's top.
_LEAD = (escape_markdown("Lead"), "")


def briefing_face(title: str, briefing: Briefing) -> BriefingFace:
    """The face of a briefing whose title is ``title``."""
    headings = {s.anchor: s.title for s in briefing.all_sections}  # the last of an anchor wins
    return BriefingFace(
        title=escape_markdown(title),
        sections={
            anchor: (escape_markdown(heading or "Lead"), f"#{safe_anchor(anchor)}")
            for anchor, heading in headings.items()
        },
    )


def render_appearances(
    src: str,
    appearances: Sequence[Appearance],
    settings: PageSettings,
    titles: Mapping[str, str],
    briefings: Mapping[str, Briefing],
    faces: dict[str, BriefingFace] | None = None,
) -> list[str]:
    """Roles, mentions (grouped by briefing and section, with their sentences) and quotes of
    some of an actor's appearances, as Markdown blocks of the page ``src``.

    ``faces`` (slug -> :class:`BriefingFace`, filled in as briefings come up) shares the
    escaped titles and headings between the pages of one site.
    """
    out: list[str] = []
    roles = [(ap.slug, ap.role) for ap in appearances if ap.role and ap.slug in titles]
    if roles:
        out.append("## Roles\n")
        for slug, role in roles:
            link = rel(src, f"{settings.briefings_dir}/{slug}.md")
            title = escape_markdown(titles[slug])
            out.append(f"- {escape_markdown(role or '')} — in [{title}]({link}){PREVIEW}")
        out.append("")

    out.append("## Mentions\n")
    if faces is None:
        faces = {}
    for ap in appearances:
        briefing = briefings.get(ap.slug)
        if briefing is None:
            continue
        face = faces.get(ap.slug)
        if face is None:
            face = faces[ap.slug] = briefing_face(titles[ap.slug], briefing)
        link = rel(src, f"{settings.briefings_dir}/{ap.slug}.md")
        # Out of the search index: these sentences are indexed on the briefing page already;
        # indexed here too they would bury it under one hit per actor named in them (and make
        # the index of a large site twice as big).
        out.append(f"### [{face.title}]({link}) {NO_SEARCH}\n")
        by_section: dict[str, list[str]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for m in ap.mentions:
            if (m.section, m.sentence) in seen:
                continue
            seen.add((m.section, m.sentence))
            by_section[m.section].append(
                escape_markdown(m.sentence, _bold_surface(m.sentence, m.surface))
            )
        for anchor, sentences in by_section.items():
            heading, fragment = face.sections.get(anchor, _LEAD)
            out.append(f"[{heading}]({link}{fragment}){PREVIEW}\n{{ .mention-section }}\n")
            out.append("- " + "\n- ".join(sentences) + "\n")

    quotes = [(ap.slug, q) for ap in appearances for q in ap.quotes]
    if quotes:
        out.append("## Quotes\n")
        for slug, q in quotes:
            link = rel(src, f"{settings.briefings_dir}/{slug}.md")
            out.append(f"> {escape_markdown(q.text)}\n")
            title = escape_markdown(titles[slug])
            out.append(f"— in [{title}]({link}){PREVIEW}\n{{ .quote-source }}\n")
    return out


def render_actor(
    actor: CorpusActor,
    corpus: Corpus,
    settings: PageSettings,
    actor_pages: Mapping[str, CorpusActor],
    titles: Mapping[str, str],
    briefings: Mapping[str, Briefing] | None = None,
    chunks: Sequence[tuple[Appearance, ...]] | None = None,
    faces: dict[str, BriefingFace] | None = None,
) -> GeneratedPage:
    """An actor's first page (the one every link points to): who it is, the mentions of its
    first briefings (``chunks``: see :func:`actor_page_chunks`), the actors most often named
    with it. ``faces``: see :func:`render_appearances`."""
    if briefings is None:
        briefings = {a.briefing.slug: a.briefing for a in corpus.articles}
    if chunks is None:
        chunks = actor_page_chunks(actor, settings.actor_page_size)
    src = actor_page_uri(settings, actor.id)
    out = render_actor_header(actor, settings)
    out.extend(render_appearances(src, chunks[0], settings, titles, briefings, faces))
    if pager := _pager(src, settings, actor.id, 1, len(chunks)):
        out.append(pager)

    co = list(islice(((o, n) for o, n in actor.co_actors if o in actor_pages), 12))
    if co:
        out.append("## Often mentioned with\n")
        for other, n in co:
            o = actor_pages[other]
            link = rel(src, f"{settings.actors_dir}/{o.id}.md")
            out.append(
                f"- [{escape_markdown(o.name)}]({link}){PREVIEW} · {KIND_LABEL[o.kind].lower()} · "
                f"{n} shared section{'s' if n != 1 else ''}"
            )
        out.append("")
    content = "\n".join(out).rstrip() + "\n"
    return GeneratedPage(src, content, kind="actor", key=actor.id, named=_named_with(actor))


def _named_with(actor: CorpusActor) -> frozenset[str]:
    """The actors an actor page's sentences may name: itself and those sharing its sections."""
    return frozenset((actor.id, *(other for other, _ in actor.co_actors)))


def render_actor_more(
    actor: CorpusActor,
    number: int,
    chunks: Sequence[tuple[Appearance, ...]],
    settings: PageSettings,
    titles: Mapping[str, str],
    briefings: Mapping[str, Briefing],
    faces: dict[str, BriefingFace] | None = None,
) -> GeneratedPage:
    """Page ``number`` (2, 3...) of an actor's mentions (``chunks``: see
    :func:`actor_page_chunks`): the roles, mentions and quotes of its briefings, with links back
    to the first page and the others. ``faces``: see :func:`render_appearances`."""
    src = actor_page_uri(settings, actor.id, number)
    first = rel(src, actor_page_uri(settings, actor.id))
    out: list[str] = [
        _actor_front_matter(),
        f"# {escape_markdown(actor.name)}: mentions, page {number} of {len(chunks)}\n",
        f"Mentions in briefings {(number - 1) * settings.actor_page_size + 1} to "
        f"{(number - 1) * settings.actor_page_size + len(chunks[number - 1])} of "
        f"{len(actor.appearances)}; [about {escape_markdown(actor.name)}]({first}).\n"
        "{ .actor-meta .briefings-nolink }\n",
    ]
    out.extend(render_appearances(src, chunks[number - 1], settings, titles, briefings, faces))
    out.append(_pager(src, settings, actor.id, number, len(chunks)))
    content = "\n".join(out).rstrip() + "\n"
    return GeneratedPage(
        src,
        content,
        kind="actor-more",
        key=actor.id,
        continues=actor_page_uri(settings, actor.id),
        named=_named_with(actor),
    )


def _link_label(url: str) -> str:
    host = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).split("/", 1)[0]
    return host or url


# --------------------------------------------------------------------------- indexes


def _briefing_entry(src: str, article: Article, settings: PageSettings) -> str:
    b = article.briefing
    link = rel(src, f"{settings.briefings_dir}/{b.slug}.md")
    facts = [x for x in (format_date(b.meta.date), b.meta.publication) if x]
    line = f"- **[{escape_markdown(b.meta.title)}]({link}){PREVIEW}**"
    if facts:
        line += " · " + " · ".join(escape_markdown(x) for x in facts)
    if b.meta.summary:  # the editor's summary, then the article's own first sentence
        line += "  \n  *" + escape_markdown(b.meta.summary) + "*"
    if opening := opening_sentence(b):
        line += "  \n  " + escape_markdown(opening)
    return line + "\n  { .briefings-nolink }"


def render_briefings_index(articles: Sequence[Article], settings: PageSettings) -> GeneratedPage:
    src = f"{settings.briefings_dir}/index.md"
    out = [front_matter({"template": "briefings-index.html"}), "# Briefings\n"]
    count = len(articles)
    out.append(f"{count} briefing{'s' if count != 1 else ''}, newest first.\n")
    year: str | None = None
    for article in articles:
        y = (article.briefing.meta.date or "")[:4] or "Undated"
        if y != year:
            out.append(f"\n## {y}\n")
            year = y
        out.append(_briefing_entry(src, article, settings))
    return GeneratedPage(src, "\n".join(out).rstrip() + "\n", kind="briefings-index")


def render_actors_index(
    actors: Sequence[CorpusActor], credits: Sequence[CorpusActor], settings: PageSettings
) -> GeneratedPage:
    src = f"{settings.actors_dir}/index.md"
    out = [front_matter({"template": "actors-index.html"}), "# Actors\n"]
    out.append(
        f"{len(actors)} people, organizations and places named in the briefings, by kind and "
        "name, with how often they are mentioned. The search box finds an actor by any of "
        "its names.\n"
    )
    for kind in KINDS:
        group = sorted((a for a in actors if a.kind == kind), key=lambda a: a.name.casefold())
        if not group:
            continue
        out.append(f"## {KIND_PLURAL[kind]} ({len(group)})\n")
        for a in group:
            link = rel(src, f"{settings.actors_dir}/{a.id}.md")
            n = a.mention_count
            line = f"- [{escape_markdown(a.name)}]({link}){PREVIEW} · {n} mention{'s' * (n != 1)}"
            if a.aliases:
                line += " · " + ", ".join(f"*{escape_markdown(x)}*" for x in a.aliases)
            out.append(line + "\n  { .briefings-nolink }")
        out.append("")
    if credits:
        out.append("## Photo credits\n")
        out.append("Named only in photo credits (photographers, agencies); they have no page.\n")
        for a in sorted(credits, key=lambda a: a.name.casefold()):
            out.append(f"- {escape_markdown(a.name)} · {KIND_LABEL[a.kind].lower()}")
        out.append("")
    return GeneratedPage(src, "\n".join(out).rstrip() + "\n", kind="actors-index")


def render_home(
    articles: Sequence[Article], settings: PageSettings, n_actors: int
) -> GeneratedPage:
    src = "index.md"
    out = [front_matter({"template": "home.html"}), f"# {escape_markdown(settings.site_name)}\n"]
    count = len(articles)
    out.append(
        f"{count} briefing{'s' if count != 1 else ''} and {n_actors} "
        f"actor{'s' if n_actors != 1 else ''}. "
        f"[All briefings]({rel(src, settings.briefings_dir + '/index.md')}) · "
        f"[Actors]({rel(src, settings.actors_dir + '/index.md')})"
        + (" · [Tags](tags.md)" if settings.tags_page else "")
        + "\n"
    )
    latest = articles[: max(settings.home_briefings, 0)]
    if latest:
        out.append("## Latest briefings\n")
        out.extend(_briefing_entry(src, a, settings) for a in latest)
        out.append("")
    return GeneratedPage(src, "\n".join(out).rstrip() + "\n", kind="home")


def render_tags_page() -> GeneratedPage:
    content = "# Tags\n\nBriefings by the tags their editors gave them.\n\n<!-- material/tags -->\n"
    return GeneratedPage("tags.md", content, kind="tags")


# --------------------------------------------------------------------------- the site


_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")


def is_safe_id(actor_id: str) -> bool:
    """An actor id usable as a file name and URL segment (registry ids come from editors:
    ``../index`` or ``a)b`` would replace another page or break the Markdown link)."""
    return _SAFE_ID.match(actor_id) is not None and ".." not in actor_id


def actor_pages_of(corpus: Corpus) -> dict[str, CorpusActor]:
    """The actors that get a page: every corpus actor named outside photo credits (and with an
    id that is safe as a URL; see :func:`is_safe_id`)."""
    return {a.id: a for a in corpus.actors if not a.credit_only and is_safe_id(a.id)}


_UNSAFE_ANCHOR = re.compile(r"[^A-Za-z0-9_-]")


def safe_anchor(anchor: str) -> str:
    """A section anchor as written into attribute lists and links (sections.py makes ASCII
    slugs already; anything else is folded the same way on both sides)."""
    return _UNSAFE_ANCHOR.sub("-", anchor) or "section"


def render_pages(
    corpus: Corpus,
    settings: PageSettings = PageSettings(),
    memo: dict[Any, Any] | None = None,
) -> RenderedSite:
    """Every generated page of the site (pure): briefings, actors, indexes, home, tags.

    ``memo`` (a dict the caller keeps between calls, e.g. across ``mkdocs serve`` rebuilds)
    reuses the briefing and actor pages whose inputs did not change; it is updated in place
    to hold exactly this call's pages. Needs ``corpus.keys`` to recognise unchanged articles.
    """
    actor_pages = actor_pages_of(corpus)
    credits = [a for a in corpus.actors if a.credit_only]
    titles = {a.briefing.slug: a.briefing.meta.title for a in corpus.articles}
    articles = sort_articles(corpus.articles)
    use_memo = memo is not None and len(corpus.keys) == len(corpus.articles)
    key_of = dict(zip((a.briefing.slug for a in corpus.articles), corpus.keys, strict=False))
    old: dict[Any, Any] = dict(memo) if memo is not None else {}
    new: dict[Any, Any] = {}
    pages: list[GeneratedPage] = []
    warnings: list[str] = [
        f"actor id {a.id!r} ({a.name}) cannot be a page address (letters, digits, '.', '_', "
        "'-'; no '/' or '..'); the actor gets no page"
        for a in corpus.actors
        if not a.credit_only and not is_safe_id(a.id)
    ]
    for article in corpus.articles:
        b = article.briefing
        memo_key: Any = None
        if use_memo:
            related = tuple(
                (slug, n, titles.get(slug)) for slug, n in corpus.related.get(b.slug, ())
            )
            paged = tuple(a.id for a in page_actors(article, actor_pages))
            memo_key = ("briefing", key_of[b.slug], related, paged, settings)
        hit = old.get(memo_key) if memo_key is not None else None
        if hit is None:
            hit = render_briefing(article, corpus, settings, actor_pages, titles)
        if memo_key is not None:
            new[memo_key] = hit
        page, problems = hit
        pages.append(page)
        warnings.extend(problems)
    by_slug = {a.briefing.slug: a.briefing for a in corpus.articles}
    # What an actor page shows of each briefing it names (besides the actor's own mentions):
    # its title and section headings. An edit elsewhere in a briefing leaves the page as is.
    faces = (
        {
            slug: (titles[slug], tuple((s.anchor, s.title) for s in b.all_sections))
            for slug, b in by_slug.items()
        }
        if use_memo
        else {}
    )
    # The same, as the pages write it (made when a page first needs it).
    briefing_faces: dict[str, BriefingFace] = {}
    for actor in actor_pages.values():
        chunks = actor_page_chunks(actor, settings.actor_page_size)
        memo_key = None
        if use_memo:
            # Only what the first page shows: the counts and the first briefings' mentions
            # (hashing the whole actor would cost as much as its largest page).
            shown = tuple(
                islice(
                    (
                        (o, n, actor_pages[o].name, actor_pages[o].kind)
                        for o, n in actor.co_actors
                        if o in actor_pages
                    ),
                    12,
                )
            )
            sources = tuple(faces.get(ap.slug) for ap in chunks[0])
            head = (actor.id, actor.name, actor.kind, actor.aliases, actor.description)
            counts = (actor.links, actor.mention_count, len(actor.appearances), len(chunks))
            memo_key = ("actor", head, counts, chunks[0], sources, shown, settings)
        actor_page = old.get(memo_key) if memo_key is not None else None
        if actor_page is None:
            actor_page = render_actor(
                actor, corpus, settings, actor_pages, titles, by_slug, chunks, briefing_faces
            )
        if memo_key is not None:
            new[memo_key] = actor_page
        pages.append(actor_page)
        for number in range(2, len(chunks) + 1):
            chunk = chunks[number - 1]
            more_key = None
            if use_memo:
                sources = tuple(faces.get(ap.slug) for ap in chunk)
                about = (actor.id, actor.name, len(actor.appearances), len(chunks))
                more_key = ("actor-more", about, number, chunk, sources, settings)
            more = old.get(more_key) if more_key is not None else None
            if more is None:
                more = render_actor_more(
                    actor, number, chunks, settings, titles, by_slug, briefing_faces
                )
            if more_key is not None:
                new[more_key] = more
            pages.append(more)
    pages.append(render_briefings_index(articles, settings))
    pages.append(render_actors_index(list(actor_pages.values()), credits, settings))
    if settings.home:
        pages.append(render_home(articles, settings, len(actor_pages)))
    if settings.tags_page:
        pages.append(render_tags_page())
    if memo is not None:
        memo.clear()
        memo.update(new)
    return RenderedSite(pages=tuple(pages), warnings=tuple(warnings))


__all__ = [
    "GeneratedPage",
    "PageSettings",
    "RenderedSite",
    "actor_pages_of",
    "clean_tag",
    "escape_markdown",
    "first_sentence",
    "format_date",
    "front_matter",
    "is_safe_id",
    "md_url",
    "place_annotations",
    "render_pages",
    "safe_anchor",
]


# --------------------------------------------------------------------------- pictures


def _actor_network_inputs(
    actor_id: str,
    co: Mapping[str, Mapping[str, int]],
    pages: Mapping[str, CorpusActor],
    max_nodes: int,
) -> tuple[list[CorpusActor], list[tuple[str, str, int]]] | None:
    actor = pages.get(actor_id)
    if actor is None:
        return None
    neighbours = list(
        islice(((other, n) for other, n in actor.co_actors if other in pages), max_nodes - 1)
    )
    if not neighbours:
        return None
    kept = [actor_id] + [other for other, _ in neighbours]
    edges = [(actor_id, other, n) for other, n in neighbours]
    for i, a in enumerate(kept[1:], 1):
        for b in kept[i + 1 :]:
            if w := co.get(a, {}).get(b):
                edges.append((a, b, w))
    return [pages[i] for i in kept], edges


def _node(a: CorpusActor, url_of: Callable[[str], str]) -> NetworkNode:
    return NetworkNode(
        id=a.id,
        label=a.name,
        kind=a.kind,
        weight=a.mention_count,
        url=url_of(a.id),
        title=f"{a.name} · {a.kind}",
    )


def actor_network(
    corpus: Corpus,
    actor_id: str,
    url_of: Callable[[str], str],
    max_nodes: int = 16,
    co_index: Mapping[str, Mapping[str, int]] | None = None,
    actor_pages: Mapping[str, CorpusActor] | None = None,
) -> NetworkLayout | None:
    """The network drawn on an actor's page: the actor in the middle, the actors named in the
    same sections around it (most shared first), with the links among them.

    ``url_of(actor_id)`` gives the href of an actor page as the drawing page writes it;
    ``co_index`` and ``actor_pages`` (computed once per site) save recomputing them per page.
    """
    pages = actor_pages if actor_pages is not None else actor_pages_of(corpus)
    co = co_index if co_index is not None else co_actor_index(corpus)
    inputs = _actor_network_inputs(actor_id, co, pages, max_nodes)
    if inputs is None:
        return None
    kept, edges = inputs
    nodes = [_node(a, url_of) for a in kept]
    return network_layout(nodes, edges, focus=actor_id, max_nodes=max_nodes)


def _site_network_inputs(
    pages: Mapping[str, CorpusActor], max_nodes: int
) -> tuple[list[CorpusActor], list[tuple[str, str, int]]] | None:
    ranked = sorted(pages.values(), key=lambda a: (-a.mention_count, a.id))[:max_nodes]
    if len(ranked) < 2:
        return None
    kept = {a.id for a in ranked}
    edges = [
        (a.id, other, n)
        for a in ranked
        for other, n in a.co_actors
        if other in kept and a.id < other
    ]
    return ranked, edges


def picture_fingerprint(
    page: GeneratedPage,
    corpus: Corpus,
    co_index: Mapping[str, Mapping[str, int]],
    actor_pages: Mapping[str, CorpusActor],
    network_size: int = 40,
    memo: dict[str, tuple[tuple[CorpusActor, ...], str]] | None = None,
) -> str:
    """A text that changes whenever what ``page`` shows outside its Markdown (the picture its
    template draws, the tags listing) would change: written into generated pages so that
    ``mkdocs serve --dirty`` rebuilds them. ``memo`` (kept between calls) spares recomputing
    the picture of an actor page whose actors are the same objects as last time."""
    inputs: object = None
    if page.kind == "actor" and page.key:
        actor = actor_pages.get(page.key)
        if actor is None:
            return ""
        # The picture is made of the actor and its first neighbours: while they are the same
        # objects (an unchanged corpus actor is reused across rebuilds), so is the picture.
        around = (actor_pages[o] for o, _ in actor.co_actors if o in actor_pages)
        drawn = (actor, *islice(around, 15))
        if memo is not None:
            hit = memo.get(page.key)
            if (
                hit is not None
                and len(hit[0]) == len(drawn)
                and all(a is b for a, b in zip(hit[0], drawn, strict=True))
            ):
                return hit[1]
        inputs = _actor_network_inputs(page.key, co_index, actor_pages, 16)
    elif page.kind == "actors-index":
        inputs = _site_network_inputs(actor_pages, network_size)
    elif page.kind in ("home", "briefings-index"):
        inputs = sorted(
            (a.briefing.slug, a.briefing.meta.date or "", a.briefing.meta.title)
            for a in corpus.articles
        )
    elif page.kind == "tags":  # Material's tags plugin fills the listing in at build time
        inputs = sorted(
            (a.briefing.slug, a.briefing.meta.title, tuple(a.briefing.meta.tags))
            for a in corpus.articles
        )
    if inputs is None:
        return ""
    if isinstance(inputs, tuple):
        actors, edges = inputs
        inputs = ([(a.id, a.name, a.kind, a.mention_count) for a in actors], edges)
    digest = hashlib.sha1(repr(inputs).encode("utf-8")).hexdigest()
    if memo is not None and page.kind == "actor" and page.key:
        memo[page.key] = (drawn, digest)
    return digest


class CoActorIndex(Mapping[str, Mapping[str, int]]):
    """Actor id -> {co-actor id: shared sections}, for every actor with a page; each actor's
    entry is made when first asked for (a rebuild usually needs a handful of them)."""

    def __init__(self, actor_pages: Mapping[str, CorpusActor]) -> None:
        self.actor_pages = actor_pages
        self._made: dict[str, dict[str, int]] = {}

    def __getitem__(self, actor_id: str) -> dict[str, int]:
        made = self._made.get(actor_id)
        if made is None:
            pages = self.actor_pages
            made = {o: n for o, n in pages[actor_id].co_actors if o in pages}
            self._made[actor_id] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.actor_pages)

    def __len__(self) -> int:
        return len(self.actor_pages)


def co_actor_index(corpus: Corpus) -> CoActorIndex:
    """Actor id -> {co-actor id: shared sections}, for every actor with a page."""
    return CoActorIndex(actor_pages_of(corpus))


def site_network(
    corpus: Corpus, url_of: Callable[[str], str], max_nodes: int = 40
) -> NetworkLayout | None:
    """The network of the whole site: the most mentioned actors and who is named with whom."""
    inputs = _site_network_inputs(actor_pages_of(corpus), max_nodes)
    if inputs is None:
        return None
    ranked, edges = inputs
    return network_layout([_node(a, url_of) for a in ranked], edges, max_nodes=max_nodes)


def briefings_timeline(corpus: Corpus, url_of: Callable[[str], str]) -> TimelineLayout | None:
    """The briefings by date; ``url_of(slug)`` gives the href of a briefing page."""
    if not corpus.articles:
        return None
    items = [
        TimelineItem(
            date=a.briefing.meta.date, title=a.briefing.meta.title, url=url_of(a.briefing.slug)
        )
        for a in corpus.articles
    ]
    return timeline_layout(items)


def render_single_briefing(
    article: Article, settings: PageSettings = PageSettings()
) -> tuple[str, list[str]]:
    """The Markdown of one article's briefing page as the site shows it, with its warnings.

    Used by ``briefings parse`` (no ``--json``): the article is a site of its own, so links to
    actor pages point where the site would put them.
    """
    from .actors.corpus import gather_actors

    corpus = Corpus(articles=(article,), actors=gather_actors([article.actors]), keys=("single",))
    site = render_pages(
        corpus, PageSettings(**{**settings.__dict__, "home": False, "tags_page": False})
    )
    page = next(p for p in site.pages if p.kind == "briefing")
    return page.content, list(site.warnings)


#: Markdown extensions the generated pages rely on (the plugin adds them in on_config, the export
#: writes them into its mkdocs.yml).
REQUIRED_EXTENSIONS = ("attr_list", "admonition", "footnotes", "pymdownx.details", "toc")


def main_role(actor: CorpusActor) -> str | None:
    """The role an actor is most often given (ties: the earliest)."""
    roles = [ap.role for ap in actor.appearances if ap.role]
    if not roles:
        return None
    counts = Counter(roles)
    return max(roles, key=lambda r: (counts[r], -roles.index(r)))


def link_targets(corpus: Corpus, actors_dir: str) -> dict[str, LinkTarget]:
    """Alias -> LinkTarget for every actor with a page (names and aliases; ignored names out).

    When two actors claim the same alias, the one mentioned more often keeps it. A person's
    one-word name or alias ("Paul", "Essid") is ``local``: it links only on pages that name that
    person (merged there from the full name), unless the registry declares it.
    """
    ignore = {s.casefold() for s in corpus.registry.ignore}
    # Names the editors declared in the registry link everywhere.
    declared = {n for e in corpus.registry.entries for n in (e.name, *e.aliases)}
    actors = sorted(actor_pages_of(corpus).values(), key=lambda a: (-a.mention_count, a.id))
    out: dict[str, LinkTarget] = {}
    for actor in actors:
        role = main_role(actor)
        title = f"{actor.kind} · {role}" if role else actor.kind
        target = LinkTarget(actor_id=actor.id, url=f"{actors_dir}/{actor.id}.md", title=title)
        local: LinkTarget | None = None
        for alias in (actor.name, *actor.aliases):
            if alias.strip() and alias.casefold() not in ignore:
                if actor.kind == "person" and " " not in alias.strip() and alias not in declared:
                    local = local or replace(target, local=True)
                    out.setdefault(alias, local)
                else:
                    out.setdefault(alias, target)
    return out
