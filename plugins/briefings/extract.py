"""Saved HTML pages -> the article's text lines, with a structural hint per line.

The main content is chosen by a content extractor (Readability's algorithm, as
``readability-lxml``, checked against trafilatura); the lines are then rendered block by block
from the chosen HTML, each with a hint (heading, caption, credit, quote, list) taken from the
element it came from. Whatever goes wrong inside an extractor, the page still reads: the fallback
is a block-aware rendering of the whole body without its navigation, scripts and forms.
"""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from .ingest import Hint, SourceText, split_lines
from .yamlfile import load_package_data

# the extractors report their own failures as logged tracebacks; a failure here is a fallback
for _logger in ("readability", "readability.readability", "trafilatura", "htmldate", "courlan"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())
    logging.getLogger(_logger).propagate = False

# ---------------------------------------------------------------------------- element tables

#: Elements whose content never belongs to the article text.
_SKIP_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "map", "select", "option", "textarea", "button",
        "input", "nav", "form", "dialog", "menu",
    }
)  # fmt: skip

#: Page-level chrome, skipped in the whole-page fallback (extractors choose for themselves).
_FALLBACK_SKIP = _SKIP_TAGS | {"header", "footer", "aside"}

#: Elements that start and end a line.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "aside", "legend",
    }
)  # fmt: skip

_HINT_OF_TAG: dict[str, Hint] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "figcaption": "caption", "caption": "caption", "blockquote": "quote",
    "li": "list", "dd": "list", "dt": "list",
}  # fmt: skip

#: class/id/itemprop words that mark a photo credit or a caption on any element.
_CREDIT_ATTR = re.compile(
    r"(?:^|[\s_-])(?:credits?|copyright|photographer|photo-?credit|image-?credit|"
    r"media-?credit|attribution|source-?image|getty)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CAPTION_ATTR = re.compile(r"(?:^|[\s_-])(?:caption|wp-caption-text|img-?desc)(?:$|[\s_-])", re.I)

#: Hints ranked for nesting: an inner credit inside a caption is a credit.
_HINT_RANK: dict[Hint, int] = {
    "": 0, "list": 1, "quote": 2, "heading": 3, "caption": 4, "credit": 5,
}  # fmt: skip

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    """One rendered line of text and its hint."""

    text: str
    hint: Hint = ""


# ---------------------------------------------------------------------------- rendering


def _attr_hint(el: etree._Element) -> Hint:
    get = el.get
    words = (
        f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} "
        f"{get('data-component') or ''}"
    )
    return _hint_of_words(words) if words.strip() else ""


@lru_cache(maxsize=4096)  # pages repeat their class names
def _hint_of_words(words: str) -> Hint:
    """The hint that class/id words give (see ``_CREDIT_ATTR``, ``_CAPTION_ATTR``)."""
    if _CREDIT_ATTR.search(words):
        return "credit"
    if _CAPTION_ATTR.search(words):
        return "caption"
    return ""


#: A bold-only paragraph longer than this is emphasis, not a subheading.
SUBHEAD_MAX_CHARS = 100
_BOLD_TAGS = frozenset({"strong", "b"})


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


def _structure_hint(el: etree._Element, tag: str) -> Hint:
    """The hint a paragraph's shape gives where its tag and class give none: a paragraph that
    is all bold, short and without a sentence end is a subheading ("<p><strong>Reaping the
    harvest</strong></p>")."""
    if tag == "p" and _blank(el.text) and all(_blank(c.tail) for c in el):
        children = [c for c in el if _tag(c) != "br"]
        if len(children) == 1 and _tag(children[0]) in _BOLD_TAGS:
            text = " ".join(children[0].text_content().split())
            if text and len(text) <= SUBHEAD_MAX_CHARS and text[-1] not in ".,;:!":
                return "heading"
    return ""


def _tag(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def render_blocks(root: etree._Element, skip: frozenset[str] = _SKIP_TAGS) -> list[Block]:
    """Render an element tree as lines, a line per block element (iterative: any depth)."""
    blocks: list[Block] = []
    buf: list[str] = []
    # stack of (hint, skipping, preformatted, line-breaking) for every open element
    stack: list[tuple[Hint, bool, bool, bool]] = [("", False, False, True)]

    def flush() -> None:
        if buf:
            text = " ".join("".join(buf).split())  # (what _SPACE.sub(" ", ...).strip() gives)
            buf.clear()
            if text:
                blocks.append(Block(text, stack[-1][0]))

    def add(text: str | None) -> None:
        if not text or stack[-1][1]:
            return
        if stack[-1][2] and "\n" in text:  # <pre>: keep its lines
            first, *rest = text.split("\n")
            buf.append(first)
            for part in rest:
                flush()
                buf.append(part)
        else:
            buf.append(text)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            tag = _tag(el)
            hint, skipping, pre, _ = stack[-1]
            if not tag:
                stack.append((hint, True, pre, False))  # a comment: skip its text, keep its tail
                continue
            own = _HINT_OF_TAG.get(tag, "") or _structure_hint(el, tag)
            by_class = "" if own else _attr_hint(el)
            # a credit or caption marked by its class is a line of its own, even in a <span>
            breaking = tag in _BLOCK_TAGS or tag == "br" or bool(by_class)
            if breaking:
                flush()
            own = own or by_class
            if _HINT_RANK[own] > _HINT_RANK[hint]:
                hint = own
            stack.append((hint, skipping or tag in skip, pre or tag == "pre", breaking))
            if tag in ("td", "th"):
                buf.append(" ")
            add(el.text)
        else:
            if stack[-1][3]:
                flush()
            stack.pop()
            add(el.tail)
    flush()
    return blocks


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def strip_xml_declaration(html: str) -> str:
    """lxml refuses text with an XML encoding declaration; the text is decoded already."""
    return _XML_DECLARATION.sub("", html[:500], count=1) + html[500:]


def parse_html(html: str) -> etree._Element | None:
    """Parse HTML leniently; None when there is nothing to parse."""
    text = strip_xml_declaration(html)
    if not text.strip():
        return None
    try:
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
        doc = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    return doc


_RAW_SKIP = re.compile(
    r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_RAW_BLOCK = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|tr|td|th|blockquote|figcaption|section|article|pre|hr)\b[^>]*>",
    re.IGNORECASE,
)
_RAW_TAG = re.compile(r"<[^>]*>")


def raw_text_blocks(html: str) -> list[Block]:
    """Last resort for pages no parser reads (nested deeper than libxml2 allows): strip tags."""
    from html import unescape

    text = _RAW_TAG.sub("", _RAW_BLOCK.sub("\n", _RAW_SKIP.sub(" ", html)))
    lines = (_SPACE.sub(" ", unescape(line)).strip() for line in text.split("\n"))
    return [Block(line) for line in lines if line]


def fallback_blocks(doc: etree._Element) -> list[Block]:
    """Block-aware text of the body, without navigation, scripts, forms, header and footer."""
    body = doc.find("body")
    return render_blocks(body if body is not None else doc, _FALLBACK_SKIP)


# ---------------------------------------------------------------------------- extractors


#: What an extractor reads: the page's text, or (better: no second parse, no depth limit) a
#: private copy of the parsed page, which it may change.
Page: TypeAlias = str | lxml_html.HtmlElement


def readability_blocks(page: Page) -> list[Block]:
    """Main content as Mozilla Readability's algorithm chooses it (readability-lxml)."""
    from readability import Document

    summary = Document(page).summary(html_partial=True)
    doc = parse_html(f"<html><body>{summary}</body></html>")
    return fallback_blocks(doc) if doc is not None else []


_TRAFILATURA_TAGS = {
    "head": "h2", "p": "p", "list": "ul", "item": "li", "quote": "blockquote", "table": "table",
    "row": "tr", "cell": "td", "lb": "br", "code": "pre", "main": "div", "body": "div",
}  # fmt: skip


def trafilatura_blocks(page: Page) -> list[Block]:
    """Main content as trafilatura chooses it (its XML keeps heads, lists, quotes, tables)."""
    import trafilatura

    # bare_extraction, not extract: extract also fingerprints the text, seconds per MB for nothing
    document = trafilatura.bare_extraction(
        page,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=False,
        deduplicate=False,
    )
    root = getattr(document, "body", None)
    if root is None or not isinstance(root.tag, str):
        return []
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = _TRAFILATURA_TAGS.get(el.tag, "span")
    return render_blocks(root, frozenset({"comments"}))


Extractor = Callable[[Page], list[Block]]

#: Pages with more elements than this skip the extractor (both grow worse than linearly:
#: trafilatura takes ~10 s on 60,000 elements, Readability 5 s; real articles have < 10,000).
LIMITS = {"trafilatura": 20_000, "readability": 60_000}
#: Above this many elements, metadata comes from the page's own tags only (no date search).
META_LIMIT = 20_000

EXTRACTORS: dict[str, Extractor] = {
    "readability": readability_blocks,
    "trafilatura": trafilatura_blocks,
}


# ---------------------------------------------------------------------------- metadata


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


#: The text of the document's <title> tag.
_TITLE_TAG = "//title//text()"
#: The page's own metadata tags, per field, in order of trust (used when trafilatura is not).
_META_XPATHS: dict[str, tuple[str, ...]] = {
    "title": ('//meta[@property="og:title"]/@content', _TITLE_TAG),
    "date": (
        '//meta[@property="article:published_time"]/@content',
        '//meta[@name="date"]/@content',
        "//time/@datetime",
    ),
    "url": ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'),
    "sitename": ('//meta[@property="og:site_name"]/@content',),
    "author": ('//meta[@name="author"]/@content',),
}


def _tag_text(doc: etree._Element, xpath: str, hits: int = 1) -> str:
    """The text of the first ``hits`` results of ``xpath``, its spaces collapsed."""
    return " ".join(" ".join(str(h) for h in doc.xpath(xpath)[:hits]).split())


def _tag_meta(doc: etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, xpaths in _META_XPATHS.items():
        for xpath in xpaths:
            value = _tag_text(doc, xpath, 1 if key != "title" else 5)
            if key == "url" and not value.startswith(("http://", "https://")):
                continue
            if value:
                meta[key] = value
                break
    return meta


_TITLE_TAIL = re.compile(r"\s+(?:[|–—·•]|-|::)\s+(?P<tail>[^|–—·•]{2,60})$")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", _norm(text))


_DATE_TAIL = re.compile(
    r"\s+(?:[|–—·•]|-|::)\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*$"
)


def title_without_site(
    title: str, sitename: str | None, url: str | None, author: str | None = None
) -> str:
    """``title`` without the site's name that pages append to it ("... Platform - Spiceworks",
    "... | Aktuálně.cz"): a last part after " - ", " | ", " — " that the site name (og:site_name)
    starts with or that names the page's domain. Other tails stay ("... - Super Supportive", a
    story's own name). A date appended last goes first ("... | DW | 10.06.2013"), and the
    author's name the page gives (``author``) goes too ("... whale strandings | Eleanor Ainge
    Roy", as the Guardian's pages title their stories)."""
    dated = _DATE_TAIL.search(title)
    if dated is not None and dated.start() >= 10:
        title = title[: dated.start()].rstrip()
    site = _squash(sitename or "")
    host = urlsplit(url or "").hostname or ""
    labels = [_squash(x) for x in host.split(".") if x not in ("www", "m", "amp")]
    byline = _squash(author or "")
    for _ in range(2):  # "<headline> | <author> | <site>": both go
        m = _TITLE_TAIL.search(title)
        if m is None or m.start() < 10:
            return title
        tail = _squash(m.group("tail"))
        if not tail or not (
            (site and (site.startswith(tail) or tail.startswith(site)))
            or any(len(x) >= 3 and (x in tail or tail in x) for x in labels[:-1])
            or (byline and tail == byline)
        ):
            return title
        title = title[: m.start()].rstrip()
    return title


_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•]|-|::)\s+")
#: A page heading this long or longer is no headline.
HEADING_MAX_CHARS = 200


def _title_segments(title: str) -> list[str]:
    """The parts of a page title between its separators ("Section - Headline | Site")."""
    return [part for part in _TITLE_SEPARATOR.split(title) if part.strip()]


def _page_headline(title: str, doc: etree._Element, tag_title: str) -> str | None:
    """The page's own printed headline when ``title`` is not it: a heading (h1-h3) that is a
    whole part of the title between separators while the title holds more ("Europe - Council
    expands bus network" over the h1 "Council expands bus network"), or, when ``title`` is
    nowhere in the document's <title> (``tag_title``)
    (a site's greeting in the only h1, "Hi, I'm Jane."), a heading that is the first part of
    that <title> ("Testing the new bus routes by bike | Travel | Jane Doe")."""
    headings = [
        " ".join(h.text_content().split())
        for h in doc.iter("h1", "h2", "h3")
        if isinstance(h, lxml_html.HtmlElement)
    ]
    heads = {_norm(h): h for h in headings if 0 < len(h) < HEADING_MAX_CHARS}
    # (the headline is the title's longest part: a heading that is a shorter one is the site's
    # logo or a section's name)
    parts = [_norm(part) for part in _title_segments(title)]
    longest = max(parts, key=len, default="")
    if len(parts) > 1 and longest in heads:
        return heads[longest]
    tag_parts = [_norm(part) for part in _title_segments(tag_title)]
    first = tag_parts[0] if tag_parts else ""
    if first in heads and first == max(tag_parts, key=len) and _norm(title) not in _norm(tag_title):
        return heads[first]
    return None


_BYLINE_PARTS = re.compile(r"\s*[·•|;]\s*")


@lru_cache(maxsize=1)
def _stamp_words() -> re.Pattern[str]:
    from .wordlists import alternation

    return re.compile(rf"\b(?:posted|published|{alternation('updated_labels')})\b", re.I)


@lru_cache(maxsize=1)
def _date_words() -> re.Pattern[str]:
    from .wordlists import alternation

    return re.compile(rf"\d|\b(?:{alternation('months')}|{alternation('weekdays')})\b", re.I)


def clean_author(author: str, sitename: str | None) -> str | None:
    """The byline's names from a page's author field that also holds its date stamp and the
    site's name ("Catharine Tunney · CBC News · Posted Nov ; Last Updated November": the
    metadata reader drops the digits): the parts between dots, bars and semicolons that are
    no stamp (a label such as "Updated" with a date's words or nothing else: "Edited by Betsy
    Beyer" stays) and do not name the site, each name once, joined by commas (None: nothing
    is left)."""
    site = (sitename or "").strip().lower()
    parts: list[str] = []
    for part in map(str.strip, _BYLINE_PARTS.split(author)):
        rest = _stamp_words().sub("", part)
        stamp = rest != part and (not rest.strip() or _date_words().search(rest) is not None)
        # (the name twice, once in capitals, is one name)
        if part and not stamp and part.lower() not in map(str.lower, parts):
            parts.append(part)
    # (a personal site is named after its author: the name stays when it is all there is)
    named = [p for p in parts if not (site and (site in p.lower() or p.lower() in site))]
    return ", ".join(named or parts) or None


def _is_chrome_text(text: str) -> bool:
    """``text``, or its last two or more words, is a known page control (a share or UI phrase;
    one last word alone is not: "Malcolm X")."""
    from .chrome import find_phrase

    words = text.split()
    starts = [0, *range(1, max(len(words) - 1, 1))][:4]
    return any(find_phrase(" ".join(words[i:])) is not None for i in starts)


@lru_cache(maxsize=1)
def _translation_marks() -> tuple[tuple[str, etree.XPath], ...]:
    """(service, XPath) for what a browser's page translation leaves in a saved page
    (data/translators.yml ``page_marks``)."""
    data = load_package_data("translators.yml")
    return tuple(
        (str(spec["service"]), etree.XPath(mark))
        for spec in data["services"]
        for mark in spec.get("page_marks") or ()
    )


def translated_by(doc: etree._Element) -> str | None:
    """The service whose in-browser translation the saved page carries, if any."""
    for service, mark in _translation_marks():
        if mark(doc):
            return service
    return None


def extract_meta(html: str, doc: etree._Element | None) -> dict[str, str]:
    """Title, date (ISO), canonical url, site name and author, where the page states them, and
    the translator when the browser translated the page before it was saved."""
    meta: dict[str, str] = {}
    found = None
    if _element_count(doc) <= META_LIMIT:
        try:
            from trafilatura.metadata import extract_metadata

            page: Page = copy.deepcopy(doc) if doc is not None else html
            found = extract_metadata(page, extensive=False)  # the extensive search takes seconds
        except Exception:  # a metadata failure must never stop the page from reading
            found = None
    if found is not None:
        for key in ("title", "date", "url", "sitename", "author"):
            value = getattr(found, key, None)
            if isinstance(value, str) and value.strip():
                meta[key] = " ".join(value.split())
    if doc is not None:
        for key, value in _tag_meta(doc).items():
            meta.setdefault(key, value)
        service = translated_by(doc)
        if service is not None:
            meta["translated_by"] = service
    if "author" in meta:
        author = clean_author(meta["author"], meta.get("sitename"))
        if author is None or _is_chrome_text(author):
            del meta["author"]  # a share bar read as the byline ("so Artikel empfehlen")
        else:
            meta["author"] = author
    if "title" in meta:
        meta["title"] = title_without_site(
            meta["title"], meta.get("sitename"), meta.get("url"), meta.get("author")
        )
        if doc is not None:
            headline = _page_headline(meta["title"], doc, _tag_text(doc, _TITLE_TAG, 5))
            if headline is not None:
                meta["title"] = headline
    if "date" in meta and not _ISO_DATE.match(meta["date"]):
        del meta["date"]
    elif "date" in meta:
        meta["date"] = meta["date"][:10]
    return meta


# ---------------------------------------------------------------------------- choosing


def _words(blocks: Iterable[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


MIN_WORDS = 50
"""Below this many words an extractor is taken to have missed the article."""

_WORD = re.compile(r"\w+")


def _shingles(blocks: Iterable[Block], n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(" ".join(b.text for b in blocks))
    return Counter(zip(*(tokens[i:] for i in range(n)), strict=False))


def _containment(inner: list[Block], outer: list[Block]) -> float:
    """Share of ``inner``'s 4-word shingles that ``outer`` also has."""
    a, b = _shingles(inner), _shingles(outer)
    total = sum(a.values())
    return sum((a & b).values()) / total if total else 0.0


def _with_page_hints(blocks: list[Block], page: list[Block]) -> list[Block]:
    """Give unhinted blocks the hint their text has on the page (an extractor may drop classes)."""
    hints: dict[str, Hint] = {}
    for block in page:
        if block.hint:
            hints.setdefault(_norm(block.text), block.hint)
    return [b if b.hint else Block(b.text, hints.get(_norm(b.text), "")) for b in blocks]


#: A kept block this many page blocks or more after the article's last one is an island ...
TAIL_GAP = 20
#: ... and dropped when its text is at most this share of the article's (a sidebar widget's
#: paragraph the extractor took along: "Der Medienbischof ... besuchte die Buchmesse").
TAIL_SHARE = 0.15


def _places_on_page(blocks: list[Block], page: list[Block]) -> list[int | None]:
    """Where each of ``blocks`` (kept in reading order) stands among the ``page`` blocks: the
    first place of its text after the last block placed (None: the page holds it nowhere there,
    not as one block)."""
    positions: dict[str, list[int]] = {}
    for i, block in enumerate(page):
        positions.setdefault(_norm(block.text), []).append(i)
    places: list[int | None] = []
    last = -1
    for block in blocks:
        spots = positions.get(_norm(block.text), [])
        at = bisect_right(spots, last)
        if at < len(spots):
            last = spots[at]
            places.append(last)
        else:
            places.append(None)
    return places


def _drop_far_tail(blocks: list[Block], page: list[Block]) -> list[Block]:
    """``blocks`` without a short run at their end that stands far below the rest on the page."""
    where = [at for at in _places_on_page(blocks, page) if at is not None]
    if len(where) < len(blocks):
        return blocks  # (a block the page does not hold as one: no reading of distances)
    total = _words(blocks)
    for k in range(len(blocks) - 1, 0, -1):
        if where[k] - where[k - 1] >= TAIL_GAP:
            if _words(blocks[k:]) <= TAIL_SHARE * total:
                return blocks[:k]
            break
    return blocks


#: How far apart (in page blocks) two kept blocks may be for the figure parts between them to
#: count as the article's own (farther apart, the extractor skipped a region on purpose).
FIGURE_GAP = 6


#: A picture's caption or credit line is at most this long.
FIGURE_LINE_MAX_CHARS = 300


def _figure_hints(page: list[Block]) -> list[Block]:
    """``page`` with the figure parts its classes do not mark: a line that is a photo credit
    ("Photograph by Jeremy Holden"), and the unmarked short line right before one (its
    caption). For putting back what an extractor dropped, never to relabel what it kept."""
    from .chrome import find_phrase, match_credit

    out = list(page)
    for i, block in enumerate(page):
        if block.hint or len(block.text) > FIGURE_LINE_MAX_CHARS or not match_credit(block.text):
            continue
        out[i] = Block(block.text, "credit")
        prev = page[i - 1] if i else None
        if (
            prev is not None
            and not prev.hint
            and len(prev.text) <= FIGURE_LINE_MAX_CHARS
            and "…" not in prev.text  # (a teaser's cut blurb "... wealth, … Read more")
            and find_phrase(prev.text) is None
        ):
            out[i - 1] = Block(prev.text, "caption")
    return out


def _restore_figure_parts(blocks: list[Block], page: list[Block]) -> list[Block]:
    """Put back captions and credits an extractor dropped from between two kept blocks."""
    kept = {_norm(b.text) for b in blocks}
    out: list[Block] = []
    last = -1
    for block, here in zip(blocks, _places_on_page(blocks, page), strict=True):
        if here is not None:
            if last >= 0 and here - last <= FIGURE_GAP:
                for between in page[last + 1 : here]:
                    if between.hint in ("caption", "credit") and _norm(between.text) not in kept:
                        out.append(between)
                        kept.add(_norm(between.text))
            last = here
        out.append(block)
    return out


def _mark_title_lines(blocks: list[Block], meta: dict[str, str]) -> list[Block]:
    """The page's own headline, byline and date lines are metadata, not body text."""
    title = _norm(meta.get("title", ""))
    author = _norm(meta.get("author", ""))
    out: list[Block] = []
    for i, block in enumerate(blocks):
        norm = _norm(block.text)
        if i < 8 and title and (norm == title or (len(norm) > 15 and title.startswith(norm))):
            out.append(Block(block.text, "title"))
        elif i < 12 and author and len(norm) < 80 and norm in (author, f"by {author}"):
            out.append(Block(block.text, "byline"))
        else:
            out.append(block)
    return out


#: A heading-tagged block of at least this many words that ends a sentence is a paragraph.
SENTENCE_HEADING_WORDS = 10


def _unhead_sentences(blocks: list[Block]) -> list[Block]:
    """A standfirst or teaser sentence set in a heading tag ("<h2>Bereits in den kommenden
    Monaten will ... unterwegs sein.</h2>") is text, not a section title: a heading-hinted
    block of many words ending in a full stop loses its hint (questions and exclamations stay
    headings: "I love it / it segfaulted / there's a problem in the manual!")."""
    out: list[Block] = []
    for block in blocks:
        text = block.text.rstrip(" \"'”’»«)")
        if (
            block.hint == "heading"
            and text[-1:] in (".", "…")
            and len(block.text.split()) >= SENTENCE_HEADING_WORDS
        ):
            out.append(Block(block.text))
        else:
            out.append(block)
    return out


def _element_count(doc: etree._Element | None) -> int:
    return 0 if doc is None else sum(1 for _ in doc.iter())


def choose_blocks(html: str, doc: etree._Element | None) -> tuple[list[Block], str, list[str]]:
    """Run the extractors; return the blocks, the name of the one used and any warnings."""
    warnings: list[str] = []
    results: dict[str, list[Block]] = {}
    page = fallback_blocks(doc) if doc is not None else []
    if not page:
        raw = raw_text_blocks(html)
        return raw, "tag-stripped" if raw else "none", warnings
    size = _element_count(doc)
    for name, extractor in EXTRACTORS.items():
        if size > LIMITS.get(name, size):
            warnings.append(f"the page is too large ({size} elements) for the {name} extractor")
            results[name] = []
            continue
        try:
            results[name] = extractor(copy.deepcopy(doc) if doc is not None else html)
        except Exception as exc:  # any extractor failure: fall back, never crash
            warnings.append(f"the {name} extractor failed ({type(exc).__name__})")
            results[name] = []
    primary, other = results["readability"], results["trafilatura"]
    pw, ow = _words(primary), _words(other)
    if pw < MIN_WORDS:
        # (both short: a short page, whose sentences Readability keeps apart where trafilatura's
        # fallback for small pages can run the menu and the paragraphs into one line; a page
        # without a sentence, a script's empty shell, is read as trafilatura reads it)
        if ow >= MIN_WORDS or (ow and not any(map(_short_prose, primary))):
            return other, "trafilatura", warnings
        if pw:
            return primary, "readability", warnings
        return page, "fallback", warnings
    fuller = pw < ow and (
        ow <= 2 * pw
        or _prose_share(other, primary) >= PROSE_SHARE
        or _inside_share(other, primary, page) >= INSIDE_SHARE
    )
    if fuller and _containment(primary, other) >= 0.9:
        # trafilatura found all of Readability's text and some more of the same page region
        # (often whole sections Readability drops: an article split into blocks between its
        # pictures, where Readability keeps one): take the fuller reading
        return other, "trafilatura", warnings
    return primary, "readability", warnings


def _is_prose(block: Block, min_words: int) -> bool:
    """A paragraph of text (no heading, list or caption) of ``min_words`` words or more that
    ends a sentence."""
    return (
        block.hint in ("", "quote")
        and len(block.text.split()) >= min_words
        and block.text.rstrip(" \"'”’»)").endswith((".", "!", "?", "…"))
    )


def _short_prose(block: Block) -> bool:
    """A sentence of at least ``SHORT_PROSE_MIN_WORDS`` words ("Oil prices rose.")."""
    return _is_prose(block, SHORT_PROSE_MIN_WORDS)


SHORT_PROSE_MIN_WORDS = 3


#: Trafilatura's reading is taken though it has more than twice Readability's words when at
#: least this share of its extra words is in prose paragraphs (a sentence end, enough words):
#: more of the article, not a page's lists and widgets.
PROSE_SHARE = 0.85
PROSE_MIN_WORDS = 15


#: ... or when most of its extra words stand on the page inside the stretch Readability's own
#: reading spans: Readability kept pieces of one region and skipped the rest between them (a
#: digest's items under their headings, where it keeps three paragraphs of twelve items).
INSIDE_SHARE = 0.5


def _inside_share(blocks: list[Block], known: list[Block], page: list[Block]) -> float:
    """Share of the words of ``blocks`` not in ``known`` that the page holds between the first
    and the last of ``known``'s blocks (0 when ``known`` stands nowhere on the page)."""
    spots = [at for at in _places_on_page(known, page) if at is not None]
    if not spots:
        return 0.0
    first, last = min(spots), max(spots)
    seen = {_norm(b.text) for b in known}
    extra = [
        (block, at)
        for block, at in zip(blocks, _places_on_page(blocks, page), strict=True)
        if _norm(block.text) not in seen
    ]
    total = _words(block for block, _ in extra)
    inside = _words(block for block, at in extra if at is not None and first <= at <= last)
    return inside / total if total else 0.0


def _prose_share(blocks: list[Block], known: list[Block]) -> float:
    """Share of the words of ``blocks`` not in ``known`` that sit in prose paragraphs."""
    seen = {_norm(b.text) for b in known}
    extra = [b for b in blocks if _norm(b.text) not in seen]
    total = _words(extra)
    prose = _words(b for b in extra if _is_prose(b, PROSE_MIN_WORDS))
    return prose / total if total else 0.0


def extract_html(name: str, html: str, encoding: str) -> SourceText:
    """A saved page -> its main content as lines with hints, and the page's metadata."""
    html = strip_xml_declaration(html)
    doc = parse_html(html)
    blocks, used, warnings = choose_blocks(html, doc)
    meta = extract_meta(html, doc)
    if doc is not None and used in EXTRACTORS:
        page = render_blocks(doc)
        blocks = _with_page_hints(_drop_far_tail(blocks, page), page)
        blocks = _restore_figure_parts(blocks, _figure_hints(page))
    blocks = _mark_title_lines(_unhead_sentences(blocks), meta)
    lines: list[str] = []
    line_hints: list[Hint] = []
    for block in blocks:
        cleaned, warned = split_lines(block.text)
        warnings.extend(w for w in warned if w not in warnings)
        for text in cleaned:
            if text.strip():
                lines.append(text.strip())
                line_hints.append(block.hint)
    keys = ("title", "date", "url", "sitename", "author", "translated_by")
    pairs: list[tuple[str, str]] = [(k, meta[k]) for k in keys if k in meta]
    pairs.append(("extractor", used))
    return SourceText(
        name=name,
        lines=tuple(lines),
        encoding=encoding,
        format="html",
        hints=tuple(line_hints),
        meta=tuple(pairs),
        warnings=tuple(warnings),
    )
