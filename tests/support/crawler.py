"""A crawler over a served site: every page reachable from the home page, every internal link,
asset and ``#anchor`` checked, every problem reported (not just the first).

What counts:

- pages: ``text/html`` answers, found through ``<a href>`` (and ``<link rel=next/prev>`` etc. are
  checked but not followed as pages unless they are HTML);
- assets: ``src``/``href`` of ``script``, ``img``, ``link rel=stylesheet|icon|...``, ``source``,
  ``iframe``, ``video``, ``audio``, SVG ``use``/``image``, and ``url(...)`` inside CSS files;
- anchors: a fragment must be an ``id`` (or ``<a name>``) on the target page (``#`` alone and
  ``#top`` mean the top of the page);
- an internal URL must stay under the site's prefix; a resource the browser loads (not a plain
  ``<a>`` link) from another host is a problem, as is any ``javascript:`` URL.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: <link rel> values whose URL the browser fetches by itself.
LOADED_RELS = frozenset(
    {
        "stylesheet",
        "icon",
        "shortcut",
        "preload",
        "modulepreload",
        "manifest",
        "apple-touch-icon",
        "prefetch",
    }
)
#: tag -> attributes holding a URL the browser loads by itself.
ASSET_ATTRS = {
    "script": ("src",),
    "img": ("src",),
    "source": ("src",),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
    "input": ("src",),
}
#: Elements that break text into separate blocks (a space stands in for them in ``text``).
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
        "label",
        "option",
        "button",
        "input",
        "select",
        "textarea",
        "head",
        "body",
        "html",
    }
)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE)


@dataclass
class Ref:
    """One URL on a page."""

    tag: str
    attr: str
    url: str
    loaded: bool
    """Fetched by the browser without a click (asset) rather than followed by the reader."""


@dataclass
class PageInfo:
    url: str
    ids: set[str] = field(default_factory=set)
    refs: list[Ref] = field(default_factory=list)
    text: str = ""


class _Parser(HTMLParser):
    def __init__(self, url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageInfo(url)
        self._skip = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if a.get("id"):
            self.page.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.page.ids.add(a["name"])
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCK_TAGS:
            self._text.append(" ")
        if tag == "a" and "href" in a:
            self.page.refs.append(Ref(tag, "href", a["href"], loaded=False))
        elif tag == "link" and a.get("href"):
            rels = set(a.get("rel", "").lower().split())
            if rels & LOADED_RELS:
                self.page.refs.append(Ref(tag, "href", a["href"], loaded=True))
            elif rels & {"next", "prev"}:
                self.page.refs.append(Ref(tag, "href", a["href"], loaded=False))
            # canonical/alternate point at site_url (the published address), not fetched
        for attr in ASSET_ATTRS.get(tag, ()):
            if a.get(attr):
                self.page.refs.append(Ref(tag, attr, a[attr], loaded=True))
        if tag == "form" and a.get("action"):
            self.page.refs.append(Ref(tag, "action", a["action"], loaded=False))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in BLOCK_TAGS:
            self._text.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self.page.text = " ".join("".join(self._text).split())


def parse_page(url: str, html: str) -> PageInfo:
    parser = _Parser(url)
    parser.feed(html)
    parser.close()
    return parser.page


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str
    url: str


def fetch(url: str, timeout: float = 20) -> Response:
    """GET ``url`` (redirects followed); HTTP errors are answers, not exceptions."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return Response(
                response.status,
                response.read(),
                response.headers.get_content_type(),
                response.geturl(),
            )
    except urllib.error.HTTPError as exc:
        return Response(exc.code, exc.read(), exc.headers.get_content_type(), url)


@dataclass
class CrawlReport:
    base: str
    pages: dict[str, PageInfo] = field(default_factory=dict)
    """Every HTML page reached, by URL (no fragment)."""
    assets: dict[str, int] = field(default_factory=dict)
    """Every non-page URL fetched, with its status."""
    external: set[str] = field(default_factory=set)
    """Links (<a>) to other hosts: allowed, listed for information."""
    problems: list[str] = field(default_factory=list)

    def summary(self, limit: int = 60) -> str:
        lines = self.problems[:limit]
        more = len(self.problems) - len(lines)
        return "\n".join(lines + ([f"... and {more} more"] if more > 0 else []))


def _strip(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(fragment=""))


def crawl(base: str, start: str | None = None, max_pages: int = 5000) -> CrawlReport:
    """Crawl the site at ``base`` (e.g. ``http://127.0.0.1:PORT/repo/``) from ``start``
    (default: the home page) and report every broken link, asset or anchor."""
    report = CrawlReport(base)
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(base))
    queue: deque[tuple[str, str]] = deque([(start or base, "(start)")])
    seen: set[str] = set()
    anchors: list[tuple[str, str, str]] = []  # (page, target, fragment)
    css_seen: set[str] = set()

    def problem(message: str) -> None:
        if message not in report.problems:
            report.problems.append(message)

    def check_asset(url: str, where: str, raw: str) -> None:
        if url in report.assets:
            if report.assets[url] != 200:
                problem(f"{where}: {raw!r} -> HTTP {report.assets[url]}")
            return
        response = fetch(url)
        report.assets[url] = response.status
        if response.status != 200:
            problem(f"{where}: {raw!r} -> HTTP {response.status}")
            return
        if response.content_type == "text/css" and url not in css_seen:
            css_seen.add(url)
            css = response.body.decode("utf-8", "replace")
            for match in _CSS_URL.finditer(css):
                inner = match.group(2).strip()
                if inner and not inner.startswith(("data:", "#")):
                    handle(url, Ref("css", "url", inner, loaded=True))

    def handle(page_url: str, ref: Ref) -> None:
        raw = ref.url.strip()
        where = page_url
        if not raw:
            return
        absolute = urllib.parse.urljoin(page_url, raw)
        parts = urllib.parse.urlsplit(absolute)
        scheme = parts.scheme.lower()
        if scheme == "javascript" or raw.lower().lstrip().startswith("javascript:"):
            problem(f"{where}: <{ref.tag} {ref.attr}> has a javascript: URL {raw!r}")
            return
        if scheme in ("mailto", "tel"):
            return
        if scheme == "data":
            if ref.tag not in ("img", "css", "image", "use"):
                problem(f"{where}: <{ref.tag} {ref.attr}> has a data: URL {raw[:60]!r}")
            return
        if scheme not in ("http", "https"):
            problem(f"{where}: <{ref.tag} {ref.attr}> has an unexpected scheme {raw[:80]!r}")
            return
        if not absolute.startswith(origin + "/"):
            if ref.loaded:
                problem(f"{where}: <{ref.tag} {ref.attr}> loads {raw!r} from another host")
            else:
                report.external.add(absolute)
            return
        target = _strip(absolute)
        if not target.startswith(base):
            problem(f"{where}: {raw!r} leaves the site's prefix ({target})")
            return
        if parts.fragment:
            anchors.append((page_url, target, urllib.parse.unquote(parts.fragment)))
        if ref.loaded:
            check_asset(target, where, raw)
        elif target not in seen:
            queue.append((target, where))

    while queue and len(report.pages) < max_pages:
        url, referrer = queue.popleft()
        url = _strip(url)
        if url in seen:
            continue
        seen.add(url)
        response = fetch(url)
        if response.status != 200:
            problem(f"{referrer}: link to {url} -> HTTP {response.status}")
            continue
        if response.content_type != "text/html":
            report.assets[url] = response.status
            continue
        if _strip(response.url) != url:  # redirected (a folder without its slash)
            seen.add(_strip(response.url))
            url = _strip(response.url)
        info = parse_page(url, response.body.decode("utf-8", "replace"))
        report.pages[url] = info
        for ref in info.refs:
            handle(url, ref)

    for page_url, target, fragment in anchors:
        if fragment in ("", "top"):
            continue
        info = report.pages.get(target)
        if info is None:
            continue  # not a page (an asset), or its own problem was reported
        if fragment not in info.ids:
            problem(f"{page_url}: #{fragment} is not an id on {target}")
    return report
