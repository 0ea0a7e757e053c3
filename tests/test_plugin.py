"""The plugin end to end: ``mkdocs build --strict`` of the real mkdocs.yml and of small projects
in tmp, with assertions on the built HTML and a crawler over every internal link and anchor."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"
SEED_SLUG = "izvestia-russia-us-talks-ukraine"

pytestmark = pytest.mark.slow


def mkdocs_build(
    project: Path, site: Path, strict: bool = True
) -> subprocess.CompletedProcess[str]:
    args = [str(MKDOCS), "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    if strict:
        args.insert(2, "--strict")
    return subprocess.run(
        args,
        cwd=project,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "HOME": str(project)},
        timeout=300,
        check=False,
    )


# --------------------------------------------------------------------------- HTML helpers


@dataclass
class PageScan:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    """(tag, url, attributes) of every a/link/script/img/iframe/source URL."""
    title: str = ""


class _Scanner(HTMLParser):
    URL_ATTRS: ClassVar[dict[str, str]] = {
        "a": "href",
        "link": "href",
        "script": "src",
        "img": "src",
        "iframe": "src",
        "source": "src",
        "audio": "src",
        "video": "src",
        "use": "href",
        "image": "href",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.scan.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.scan.ids.add(a["name"])
        attr = self.URL_ATTRS.get(tag)
        if attr and a.get(attr):
            self.scan.links.append((tag, a[attr], a))
        elif tag == "a" and a.get("xlink:href"):  # links inside the SVG pictures
            self.scan.links.append((tag, a["xlink:href"], a))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.scan.title += data


def scan(path: Path) -> PageScan:
    scanner = _Scanner()
    scanner.feed(path.read_text(encoding="utf-8"))
    return scanner.scan


def html_pages(site: Path) -> Iterator[Path]:
    yield from sorted(site.rglob("*.html"))


def resolve(site: Path, page: Path, url: str) -> tuple[Path, str]:
    """The file a relative URL on ``page`` points to, and its fragment."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path.startswith("/"):  # absolute: the site is built for site_url http://127.0.0.1:8000/
        target = (site / path.lstrip("/")).resolve()
    else:
        target = (page.parent / path).resolve() if path else page
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


#: <link rel=...> values whose URL the browser fetches.
LOADED_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}


def crawl(site: Path) -> list[str]:
    """Every broken internal link or anchor, and every resource from another host."""
    problems: list[str] = []
    scans = {p.resolve(): scan(p) for p in html_pages(site)}
    for page, result in scans.items():
        where = page.relative_to(site.resolve())
        for tag, url, attrs in result.links:
            parts = urlsplit(url)
            rel = set(attrs.get("rel", "").split())
            if tag == "link" and not rel & LOADED_RELS:
                continue  # canonical, prev/next, alternate: not loaded by the browser
            if parts.scheme or url.startswith("//"):
                if tag != "a":
                    problems.append(f"{where}: <{tag}> loads {url} from another host")
                elif parts.scheme not in ("http", "https", "mailto"):
                    problems.append(f"{where}: link with scheme {parts.scheme}: {url}")
                continue
            target, fragment = resolve(site, page, url)
            if not target.exists():
                problems.append(f"{where}: <{tag}> {url} -> missing {target}")
                continue
            if fragment and target.suffix == ".html":
                ids = scans[target].ids if target in scans else scan(target).ids
                if fragment not in ids and not fragment.startswith("__"):
                    problems.append(f"{where}: {url} -> no id {fragment!r} in {target.name}")
    return problems


# --------------------------------------------------------------------------- the real project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr[-4000:]
    return out


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_every_internal_link_and_anchor_resolves_and_nothing_comes_from_another_host(
    site: Path,
) -> None:
    problems = crawl(site)
    assert problems == [], "\n".join(problems[:40])
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:", text), css
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, css
    assert "fonts.googleapis" not in read(site, "index.html")


def test_briefing_page_has_sections_figures_removal_report_and_annotation(site: Path) -> None:
    page = read(site, f"briefing/{SEED_SLUG}/index.html")
    ids = scan(site / f"briefing/{SEED_SLUG}/index.html").ids
    first, second = (
        "at-what-stage-is-the-negotiation-process-on-ukraine",
        "what-prevents-the-conflict-from-being-resolved",
    )
    assert {"lead", first, second} <= ids
    assert re.search(f'<h2 id="{first}">At what stage', page)
    assert page.count('<div class="admonition figure">') == 4
    assert '<p class="figure-credit">Photo: RIA Novosti/Gavriil Grigorov</p>' in page
    assert '<details class="quote">\n<summary>Original text</summary>' in page
    assert "<summary>What was removed (" in page and "Skip to main content" in page
    assert "Machine-translated by Yandex Translator" in page
    assert re.search(
        r'Rosselkhoznadzor(?:</a>)?<sup id="fnref:(note-\d+)">'
        r'<a class="footnote-ref" href="#fn:\1"',
        page,
    )
    assert "Rosselkhozbank" in page
    title = "Russia and the US keep talking about Ukraine, but only bilaterally"
    assert f"<title>{title} - Briefings</title>" in page
    assert 'href="../../tags/#tag:russia"' in page


def test_mentions_link_to_actor_pages_which_link_back(site: Path) -> None:
    briefing = site / f"briefing/{SEED_SLUG}/index.html"
    links = [
        (url, attrs)
        for tag, url, attrs in scan(briefing).links
        if tag == "a" and "briefings-actor" in attrs.get("class", "")
    ]
    assert links, "no actor links on the briefing page"
    by_url = {url: attrs.get("title", "") for url, attrs in links}
    assert by_url["../../actors/dmitry-peskov/"].startswith("person · ")
    actor = site / "actors" / "dmitry-peskov" / "index.html"
    back = [url for tag, url, _ in scan(actor).links if tag == "a" and SEED_SLUG in url]
    assert any(url.endswith("#at-what-stage-is-the-negotiation-process-on-ukraine") for url in back)
    # every actor page is reachable from a briefing and links back to one
    actor_pages = {p.parent.name for p in (site / "actors").glob("*/index.html")}
    reached: set[str] = set()
    for page in (site / "briefing").glob("*/index.html"):
        for _, url, _ in scan(page).links:
            m = re.match(r"^\.\./\.\./actors/([^/#]+)/", url)
            if m:
                reached.add(m.group(1))
    assert actor_pages and actor_pages <= reached, sorted(actor_pages - reached)
    for name in actor_pages:
        urls = [url for _, url, _ in scan(site / "actors" / name / "index.html").links]
        assert any("../../briefing/" in u for u in urls), name


_ACTOR_LINK = re.compile(
    r'<a class="briefings-actor"[^>]*href="\.\./\.\./actors/([^/"#]+)/"[^>]*>(.*?)</a>', re.S
)


def test_every_mention_link_points_to_the_actor_it_names(site: Path) -> None:
    """The visible text of each actor link is that actor's name or one of its aliases."""
    import html as html_lib

    from briefings.actors import load_registry
    from briefings.corpus import build_corpus, discover_seeds
    from briefings.pages import actor_pages_of

    registry = load_registry(ROOT / "briefings" / "actors.yml")
    corpus = build_corpus(discover_seeds(ROOT / "seeds", root=ROOT), registry, workers=1)
    names = {
        actor.id: {n.casefold() for n in (actor.name, *actor.aliases)}
        for actor in actor_pages_of(corpus).values()
    }
    checked = 0
    for page in sorted((site / "briefing").glob("*/index.html")):
        for actor_id, inner in _ACTOR_LINK.findall(page.read_text(encoding="utf-8")):
            text = html_lib.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
            assert text.casefold() in names[actor_id], (page.parent.name, actor_id, text)
            checked += 1
    assert checked >= 50, checked


def test_pictures_are_static_svg_on_actor_pages_indexes_and_home(site: Path) -> None:
    actor = read(site, "actors/steve-witkoff/index.html")
    assert '<svg class="briefings-network__svg"' in actor
    assert 'class="briefings-node briefings-node--person briefings-node--focus"' in actor
    svg_links = [
        u for tag, u, a in scan(site / "actors/steve-witkoff/index.html").links if "xlink:href" in a
    ]
    assert "../donald-trump/" in svg_links
    assert '<svg class="briefings-network__svg"' in read(site, "actors/index.html")
    for page in ("index.html", "briefing/index.html"):
        text = read(site, page)
        assert '<svg class="briefings-timeline__svg"' in text, page
    assert 'href="briefing/' + SEED_SLUG + '/"' in read(site, "index.html")


def test_actor_shared_by_briefings_is_one_page_listing_them(site: Path) -> None:
    page = read(site, "actors/nato/index.html")
    assert f"../../briefing/{SEED_SLUG}/" in page
    assert "../../briefing/wikinews-chomsky-interview-nato/" in page


def test_indexes_home_tags_and_hand_written_page(site: Path) -> None:
    home = read(site, "index.html")
    assert "Russia and the US keep talking about Ukraine, but only bilaterally" in home
    assert "14 April 2025" in home
    first = (
        "Negotiations between Russia and the United States on the Ukrainian issue are "
        "continuing only in a bilateral format, Dmitry Polyansky, First Deputy Permanent "
        "Representative of the Russian Federation to the United Nations, told Izvestia."
    )
    assert first in home  # the first sentence, even though the editor gave a summary
    assert "Moscow and Washington keep negotiating on Ukraine only bilaterally" in home
    index = read(site, "briefing/index.html")
    assert index.index(">2025<") < index.index(">2017<") < index.index(">2009<")
    actors = read(site, "actors/index.html")
    for heading in ("People", "Organizations", "Places", "Photo credits"):
        assert f">{heading}" in actors
    assert 'href="dmitry-peskov/"' in actors
    tags = read(site, "tags/index.html")
    assert f"../briefing/{SEED_SLUG}/" in tags
    analysis = read(site, "analysis/index.html")
    assert 'href="../actors/sergei-lavrov/"' in analysis
    assert not (site / "actors.yml").exists()  # the registry is data, not a page


def test_search_index_has_briefings_sections_and_actor_aliases(site: Path) -> None:
    index = json.loads(read(site, "search/search_index.json"))
    docs = index["docs"]
    locations = {d["location"] for d in docs}
    assert f"briefing/{SEED_SLUG}/#at-what-stage-is-the-negotiation-process-on-ukraine" in locations
    witkoff = [d for d in docs if d["location"].startswith("actors/steve-witkoff/")]
    assert any("Stephen Witkoff" in d["text"] for d in witkoff)
    # An actor's mention sentences are indexed on the briefing only, not once more per actor
    # page naming someone in them (the mention headings are left out of the index).
    sentence = "last visit to St. Petersburg on April 11 may become a bridge"
    where = {d["location"].split("/")[0] for d in docs if sentence in d["text"]}
    assert where == {"briefing"}
    assert "actors/steve-witkoff/#mentions" in {d["location"] for d in witkoff}


# --------------------------------------------------------------------------- projects in tmp


def make_project(
    tmp: Path, seeds: dict[str, str | bytes], docs: dict[str, str] | None = None
) -> Path:
    project = tmp / "project"
    shutil.copytree(ROOT / "site_templates", project / "site_templates")
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "briefings").mkdir()
    for name, text in {"analysis.md": "# Analysis\n\nNotes.\n", **(docs or {})}.items():
        path = project / "briefings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (project / "seeds").mkdir()
    for name, content in seeds.items():
        path = project / "seeds" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return project


class Elements(HTMLParser):
    """Tags, event-handler attributes, URLs and inline script text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self.text_in_b = ""
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._stack.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}={value}")
            if name in ("href", "src", "action", "formaction") and value:
                self.urls.append(value.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            while self._stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1] == "script":
            self.scripts.append(data)
        if self._stack and self._stack[-1] == "b":
            self.text_in_b += data


HOSTILE = "\n\n".join(
    [
        (
            "Negotiations between the delegations continued on Monday in Geneva, officials "
            'said, and the talks <script>alert("xss")</script> lasted for several hours '
            "without a break."
        ),
        (
            "The ministers discussed [a proposal](javascript:alert(1)) and several other "
            "ideas {: onclick=alert(1) } before the press conference began in the afternoon."
        ),
        (
            "Protesters outside the building carried banners reading {{ config.site_name }} "
            'and {% include "base.html" %} while the police watched from a distance.'
        ),
        (
            '!!! danger "Injected" was the phrase the spokesman used when he read a short '
            "statement to the journalists after the meeting."
        ),
        (
            "*[HTML]: Hyper Text was written on a sign, and <img src=x onerror=alert(2)> "
            "appeared in the caption of the photo that the agency published later."
        ),
        (
            "# A hash at the start of this line does not make it a heading, the editor said "
            "during the long interview with the newspaper."
        ),
    ]
)

HOSTILE_SIDECAR = """\
title: "</title><script>alert(3)</script> & {{ x }}"
summary: "<iframe src=https://evil.example/></iframe> summary"
tags: ["<b>bold</b>", Geneva]
source_url: "https://example.org/a?b=<c>"
annotations:
  - phrase: Geneva
    occurrence: 1
    note: "<script>alert(4)</script> [x](javascript:alert(5))"
"""


HOSTILE_HTML = (
    "<!doctype html><html><head><title>&lt;/title&gt;&lt;script&gt;alert(7)&lt;/script&gt;"
    "</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Talks &lt;b&gt;bold&lt;/b&gt; {{ config.site_name }}</h1>"
    "<p>Negotiations between the delegations went on for hours on Monday, officials said, and "
    "the statement &lt;script&gt;alert(8)&lt;/script&gt; was read out to the journalists.</p>"
    "<p>The spokesman said [a link](javascript:alert(9)) and {: onclick=alert(10) } several "
    "times while the ministers of both countries listened to the long statement.</p>"
    "<script>alert(11)</script><img src=x onerror=alert(12)>"
    "<p>The talks will go on next week in the capital, the ministry said in a short note "
    "published on its website after the meeting had ended late in the evening.</p>"
    "</article></body></html>"
)


def test_hostile_seed_shows_literally(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        {"evil.txt": HOSTILE, "evil.yml": HOSTILE_SIDECAR, "evil-page.html": HOSTILE_HTML},
    )
    site = tmp_path / "site"
    result = mkdocs_build(project, site, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    page = read(site, "briefing/evil/index.html")
    for path in html_pages(site):
        elements = Elements()
        elements.feed(path.read_text(encoding="utf-8"))
        where = path.relative_to(site)
        assert not elements.handlers, (where, elements.handlers)
        assert "iframe" not in elements.tags and "img" not in elements.tags, where
        assert not any("alert(" in script for script in elements.scripts), where
        assert not any(u.lower().startswith("javascript:") for u in elements.urls), where
        assert "bold" not in elements.text_in_b, where
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page or (
        '&lt;script&gt;alert("xss")&lt;/script&gt;' in page
    )
    assert "{{ config.site_name }}" in page and '{% include "base.html" %}' in page
    assert "[a proposal](javascript:alert(1))" in page
    assert "{: onclick=alert(1) }" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    title = scan(site / "briefing/evil/index.html").title
    assert title.startswith("</title><script>alert(3)</script> & {{ x }}"), title
    assert "&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; {{ x }} - Briefings" in page
    assert "&lt;script&gt;alert(4)&lt;/script&gt; [x](javascript:alert(5))" in page
    assert "example.org/a?b" not in page  # refused by the editor file reader, with a warning
    assert "evil.yml: source_url must be an http(s) URL" in result.stderr
    html_page = read(site, "briefing/evil-page/index.html")
    assert "&lt;script&gt;alert(8)&lt;/script&gt;" in html_page
    assert "[a link](javascript:alert(9))" in html_page
    assert crawl(site) == []


ARTICLE = "\n\n".join(
    [
        (
            "Negotiations between Russia and the United States on the Ukrainian issue are "
            "continuing only in a bilateral format, Dmitry Polyansky told Izvestia."
        ),
        (
            "Kremlin spokesman Dmitry Peskov called these talks a step towards a possible "
            "meeting of the leaders, although he warned that results should not be expected "
            "soon."
        ),
    ]
)


def test_editors_own_home_page_wins_and_annotation_problems_fail_strict(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        {"a.txt": ARTICLE, "a.yml": "annotations:\n  - phrase: Rosselkhozbank\n    note: x\n"},
        {"index.md": "# Our own home\n\nWelcome.\n"},
    )
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode != 0
    problem = "a.yml: annotation 1 ('Rosselkhozbank'): the phrase is not in the article"
    assert problem in result.stderr
    (project / "seeds" / "a.yml").write_text("title: Fixed\n", encoding="utf-8")
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Our own home" in read(site, "index.html")
    assert "<title>Fixed - Briefings</title>" in read(site, "briefing/a/index.html")


def test_unusable_seed_fails_the_build_naming_the_file(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"good.txt": ARTICLE, "empty.txt": ""})
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr


def test_unusable_seeds_skip_leaves_them_out_with_a_warning(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"good.txt": ARTICLE, "empty.txt": ""})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "      seeds_dir: seeds\n", "      seeds_dir: seeds\n      unusable_seeds: skip\n"
        ),
        encoding="utf-8",
    )
    assert "unusable_seeds: skip" in config.read_text(encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    assert "empty.txt" in result.stderr and "left out of the site" in result.stderr
    assert (tmp_path / "site" / "briefing" / "good" / "index.html").is_file()
    assert not (tmp_path / "site" / "briefing" / "empty").exists()
    strict = mkdocs_build(project, tmp_path / "site-strict")
    assert strict.returncode != 0 and "left out of the site" in strict.stderr


def test_briefing_and_actor_pages_are_not_reported_missing_from_the_nav(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"good.txt": ARTICLE})
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "briefing" / "good" / "index.html").is_file()
    assert 'not included in the "nav"' not in result.stderr, result.stderr


def test_symlink_out_of_the_project_fails_the_build(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"good.txt": ARTICLE})
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "leak.txt").symlink_to(secret)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "leak.txt" in result.stderr and "outside the project" in result.stderr


def test_site_wide_previews_stay_off_so_mention_tooltips_survive() -> None:
    # Material's navigation.instant.preview removes the title of every link it previews; the
    # actor links' title is their kind-and-role tooltip, so previews are enabled per link.
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    features = re.findall(r"^\s+- ((?:navigation|content|search|toc)\.[\w.]+)\s*$", text, re.M)
    assert "content.tooltips" in features and "navigation.instant" in features
    assert "navigation.instant.preview" not in features


def test_dirty_build_rebuilds_exactly_the_pages_an_edit_changes(tmp_path: Path) -> None:
    other = ARTICLE.replace("Dmitry Polyansky", "Vasily Nebenzia").replace("Peskov", "Zakharova")
    project = make_project(tmp_path, {"a.txt": ARTICLE, "b.txt": other})
    site = project / "site"
    assert mkdocs_build(project, site, strict=True).returncode == 0
    pages = project / ".cache" / "briefings" / "pages"
    assert (pages / "briefing" / "a.md").is_file()
    stamp = {p: p.stat().st_mtime_ns for p in site.rglob("*.html")}
    edited = ARTICLE.replace("step towards", "first step towards")
    (project / "seeds" / "a.txt").write_text(edited, encoding="utf-8")
    result = subprocess.run(
        [str(MKDOCS), "build", "--dirty", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "HOME": str(project)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    rebuilt = {
        p.relative_to(site).as_posix()
        for p, ns in stamp.items()
        if p.stat().st_mtime_ns != ns and p.name == "index.html"
    }
    assert "briefing/a/index.html" in rebuilt
    assert "actors/dmitry-peskov/index.html" in rebuilt  # its mention sentence changed
    assert "briefing/b/index.html" not in rebuilt
    assert "actors/vasily-nebenzia/index.html" not in rebuilt
    assert len(rebuilt) < len(stamp) / 2, sorted(rebuilt)
    assert "first step towards" in read(site, "briefing/a/index.html")
    # deleting a seed removes its pages from a dirty build's output too (no stale page served)
    only_b = {
        p.parent.name
        for p in (site / "actors").glob("*/index.html")
        if "briefing/b/" in p.read_text(encoding="utf-8")
        and "briefing/a/" not in p.read_text(encoding="utf-8")
    }
    assert only_b  # actors named only in b
    (project / "seeds" / "b.txt").unlink()
    result = subprocess.run(
        [str(MKDOCS), "build", "--dirty", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "HOME": str(project)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (site / "briefing" / "b").exists()
    assert (site / "briefing" / "a" / "index.html").exists()
    for name in only_b:
        assert not (site / "actors" / name).exists(), name
    assert not (pages / "briefing" / "b.md").exists()


def test_compiled_templates_are_reused_by_a_new_environment_until_the_source_changes(
    tmp_path: Path,
) -> None:
    import jinja2

    from briefings.plugin import TemplateCodeCache

    (tmp_path / "page.html").write_text("<p>{{ x }}</p>", encoding="utf-8")
    cache = TemplateCodeCache()
    compiled: list[str] = []

    def environment() -> jinja2.Environment:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), bytecode_cache=cache)
        original = env.compile

        def counting(source: str, *args: object, **kw: object) -> object:
            compiled.append(source)
            return original(source, *args, **kw)  # type: ignore[call-overload]

        env.compile = counting  # type: ignore[method-assign,assignment]
        return env

    assert environment().get_template("page.html").render(x=1) == "<p>1</p>"
    assert environment().get_template("page.html").render(x=2) == "<p>2</p>"
    assert compiled == ["<p>{{ x }}</p>"]  # the second environment (next build) compiled nothing
    (tmp_path / "page.html").write_text("<b>{{ x }}</b>", encoding="utf-8")
    assert environment().get_template("page.html").render(x=3) == "<b>3</b>"
    assert compiled == ["<p>{{ x }}</p>", "<b>{{ x }}</b>"]


def test_generated_pages_drop_their_html_once_written(tmp_path: Path) -> None:
    """MkDocs converts every page before writing any; the plugin lets go of a generated page's
    HTML once it is written (memory at the end of a large build), and leaves other pages be."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    from briefings.pages import GeneratedPage
    from briefings.plugin import BriefingsPlugin

    config = MkDocsConfig()
    config.load_dict({"site_name": "t", "docs_dir": str(tmp_path), "site_dir": str(tmp_path / "s")})
    plugin = BriefingsPlugin()
    plugin.pages = {"briefing/a.md": GeneratedPage("briefing/a.md", "# A\n", kind="briefing")}
    pages = {
        uri: Page(None, File(uri, str(tmp_path), str(tmp_path / "s"), True), config)
        for uri in ("briefing/a.md", "analysis.md")
    }
    for page in pages.values():
        page.content = "<p>A</p>"
        assert plugin.on_post_page("<html>A</html>", page=page, config=config) == "<html>A</html>"
    assert pages["briefing/a.md"].content is None
    assert pages["analysis.md"].content == "<p>A</p>"


LUCY = (
    "The novelist Lucy Hope signed copies of her new book at the city library on Saturday, "
    "drawing a queue that stretched around the block.\n\n"
    "Eleven years of work\n\n"
    "Hope said the book had taken her eleven years to write and that she had rewritten the "
    "ending four times before her editor was satisfied.\n"
)
MINERS = (
    "Rescue teams in Chile worked through the night on Tuesday to reach the miners trapped "
    "underground after the tunnel collapsed.\n\n"
    "Hope is fading for the miners, officials in Santiago said, although the teams have not "
    "given up and more drills arrived in the morning.\n"
)


def test_a_persons_one_word_alias_links_only_where_that_person_is_named(tmp_path: Path) -> None:
    # "Hope" is Lucy Hope in her briefing (and on the pages about her), but only a word in the
    # miners' briefing; "Lucy Hope" links anywhere.
    docs = {"analysis.md": "# Analysis\n\nLucy Hope wrote it. Hope is a word here.\n"}
    project = make_project(tmp_path, {"novel.txt": LUCY, "miners.txt": MINERS}, docs)
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr[-3000:]

    def linked(page: str) -> list[str]:
        return re.findall(r'class="briefings-actor"[^>]*>([^<]+)</a>', read(site, page))

    assert "Hope" in linked("briefing/novel/index.html")
    assert "Hope" not in linked("briefing/miners/index.html")
    assert "Chile" in linked("briefing/miners/index.html")
    assert linked("analysis/index.html") == ["Lucy Hope"]


def test_a_pages_fingerprint_changes_when_only_the_actors_it_names_change(tmp_path: Path) -> None:
    """A person's one-word alias ("Hope") links only on pages naming that person: when the set of
    named actors changes but the page's Markdown does not (an actor page gains a co-actor), the
    generated file must still change, or ``serve --dirty`` keeps serving the old links."""
    from briefings.corpus import Corpus
    from briefings.linking import LinkTarget, build_matcher
    from briefings.pages import GeneratedPage
    from briefings.plugin import BriefingsPlugin

    plugin = BriefingsPlugin()
    errors, _ = plugin.load_config({})
    assert not errors
    plugin.matcher = build_matcher(
        {"Hope": LinkTarget("lucy-hope", "actors/lucy-hope.md", "person", local=True)}
    )
    text = "# Miners\n\nHope is fading for the miners.\n"
    written = []
    for named in (frozenset(), frozenset({"lucy-hope"}), frozenset()):
        page = GeneratedPage("briefing/miners.md", text, kind="briefing", named=named)
        path = plugin._materialize(tmp_path, page, Corpus((), ()))
        assert path is not None
        written.append(path.read_text(encoding="utf-8"))
    assert written[0] != written[1]  # Lucy Hope named now: "Hope" becomes a link
    assert written[0] == written[2]  # and back: the same file as before
    assert all(w.endswith(text) for w in written)  # the Markdown itself is untouched
