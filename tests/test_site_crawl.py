"""The built site served like GitHub Pages serves a project site (under ``/repo/``), crawled:
every internal link, asset and #anchor resolves, nothing is loaded from another host, every
page of the site is reachable, search and the 404 page work under the prefix (issues 4 and 6).

The crawler and server are tested first on a tiny hand-made site with known defects, so a
clean crawl of the real site means something.
"""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import pytest

from support.crawler import CrawlReport, crawl, fetch, parse_page
from support.server import Served, serve_site

# --------------------------------------------------------------------------- the harness itself

BROKEN_SITE = {
    "index.html": """<!doctype html><html><head>
<link rel="stylesheet" href="assets/site.css">
<link rel="canonical" href="https://elsewhere.example/">
<script src="https://cdn.example/lib.js"></script>
</head><body>
<h1 id="top-title">Home</h1>
<a href="page/">ok page</a>
<a href="page/#exists">ok anchor</a>
<a href="page/#missing">broken anchor</a>
<a href="#top-title">ok local anchor</a>
<a href="#nowhere">broken local anchor</a>
<a href="gone/">broken page</a>
<a href="../../outside/">leaves the prefix</a>
<a href="javascript:alert(1)">script url</a>
<a href="https://en.wikipedia.org/wiki/X">external link, allowed</a>
<img src="assets/missing.png">
</body></html>""",
    "page/index.html": """<!doctype html><html><body>
<h2 id="exists">Here</h2><a href="../">home</a><a href="../#top-title">home title</a>
</body></html>""",
    "assets/site.css": "body { background: url(bg.png) } h1 { background: url(gone.png) }"
    " @font-face { src: url(https://fonts.example/f.woff2) }",
    "assets/bg.png": "png",
    "404.html": "<!doctype html><html><body><h1>404</h1></body></html>",
}


def write_site(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_crawler_reports_every_kind_of_defect(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", BROKEN_SITE)
    with serve_site(site, prefix="/repo/") as served:
        report = crawl(served.base)
    text = report.summary()
    expected = [
        "#missing is not an id on",
        "#nowhere is not an id on",
        "gone/ -> HTTP 404",
        "'../../outside/' leaves the site's prefix",
        "javascript: URL 'javascript:alert(1)'",
        "'assets/missing.png' -> HTTP 404",
        "'gone.png' -> HTTP 404",
        "'https://cdn.example/lib.js' from another host",
        "'https://fonts.example/f.woff2' from another host",
    ]
    for fragment in expected:
        assert fragment in text, f"{fragment!r} not reported:\n{text}"
    assert len(report.problems) == len(expected), text
    assert set(report.pages) == {served.base, served.base + "page/"}
    assert "https://en.wikipedia.org/wiki/X" in report.external


def test_server_serves_like_github_pages_under_a_prefix(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", BROKEN_SITE)
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    with serve_site(site, prefix="/repo/") as served:
        origin = served.base[: -len("/repo/")]
        assert fetch(served.base).status == 200
        folder = fetch(served.base + "page")  # redirected to page/
        assert folder.status == 200 and folder.url.endswith("/repo/page/")
        missing = fetch(served.base + "no/such/")
        assert missing.status == 404 and b"<h1>404</h1>" in missing.body
        assert fetch(origin + "/index.html").status == 404  # nothing outside the prefix
        assert fetch(origin + "/repo/../secret.txt").status == 404
        assert fetch(origin + "/repo/%2e%2e/secret.txt").status == 404
        assert fetch(served.base + "assets/site.css").content_type == "text/css"
        assert any(r.startswith("/repo/page") for r in served.requests)


def test_parse_page_collects_ids_refs_and_visible_text() -> None:
    info = parse_page(
        "http://127.0.0.1/",
        '<a name="n" href="x/">A &amp; B</a><script>var s = "<b>";</script><p id="p">C</p>'
        '<link rel="stylesheet" href="s.css"><link rel="canonical" href="https://x.example/">',
    )
    assert info.ids == {"n", "p"}
    assert [(r.tag, r.url, r.loaded) for r in info.refs] == [
        ("a", "x/", False),
        ("link", "s.css", True),
    ]
    assert info.text == "A & B C"


# --------------------------------------------------------------------------- the real site


@pytest.fixture(scope="module")
def site_crawl(served_site: Served) -> CrawlReport:
    return crawl(served_site.base)


@pytest.mark.slow
def test_real_site_under_repo_prefix_has_no_broken_link_asset_or_anchor(
    site_crawl: CrawlReport, served_site: Served
) -> None:
    assert not site_crawl.problems, site_crawl.summary()
    assert all(url.startswith(served_site.base) for url in site_crawl.pages)
    stylesheets = [u for u in site_crawl.assets if u.endswith(".css")]
    scripts = [u for u in site_crawl.assets if u.endswith(".js")]
    assert stylesheets and scripts, sorted(site_crawl.assets)


@pytest.mark.slow
def test_every_page_of_the_site_is_reached_from_the_home_page(
    site_crawl: CrawlReport, served_site: Served, shared_site: Path, shared_project: Path
) -> None:
    built = {
        served_site.url(p.parent.relative_to(shared_site).as_posix() + "/")
        if p.parent != shared_site
        else served_site.base
        for p in shared_site.rglob("index.html")
    }
    assert len(built) > 10, built
    unreached = sorted(built - set(site_crawl.pages))
    assert not unreached, f"{len(unreached)} pages not linked from anywhere: {unreached[:20]}"
    seeds = [
        p for p in (shared_project / "seeds").iterdir() if p.suffix in (".txt", ".html", ".htm")
    ]
    briefings = [u for u in site_crawl.pages if "/briefing/" in u and not u.endswith("/briefing/")]
    assert len(briefings) == len(seeds), briefings
    actors = [u for u in site_crawl.pages if "/actors/" in u and not u.endswith("/actors/")]
    assert actors


@pytest.mark.slow
def test_search_index_locations_resolve_under_the_prefix(
    site_crawl: CrawlReport, served_site: Served
) -> None:
    response = fetch(served_site.url("search/search_index.json"))
    assert response.status == 200
    docs = json.loads(response.body)["docs"]
    assert docs
    problems = []
    for doc in docs:
        path, _, fragment = doc["location"].partition("#")
        target = urllib.parse.urljoin(served_site.base, path)
        if target not in site_crawl.pages:
            problems.append(f"{doc['location']}: not a page of the site")
        elif fragment and urllib.parse.unquote(fragment) not in site_crawl.pages[target].ids:
            problems.append(f"{doc['location']}: no such anchor")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.slow
def test_404_page_under_the_prefix_loads_its_assets(served_site: Served) -> None:
    missing = served_site.url("briefing/no-such-briefing/deeper/")
    response = fetch(missing)
    assert response.status == 404
    info = parse_page(missing, response.body.decode("utf-8"))
    loaded = [r for r in info.refs if r.loaded]
    assert any(r.url.endswith(".css") for r in loaded), [r.url for r in loaded]
    for ref in loaded:
        url = urllib.parse.urljoin(missing, ref.url)
        assert url.startswith(served_site.base), (ref.url, url)
        assert fetch(url).status == 200, ref.url
    home = [r.url for r in info.refs if r.tag == "a"]
    assert any(urllib.parse.urljoin(missing, u) == served_site.base for u in home), home


@pytest.mark.slow
def test_paged_actor_pages_resolve_and_are_reached(tmp_path: Path) -> None:
    """With one briefing per actor page, actors named in several seeds get pages 2, 3...:
    a strict build, every link of them resolving under the prefix, each reached."""
    from support.project import build_site, copy_project
    from support.server import free_port

    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      link_mode: first-per-section\n" in text
    config.write_text(
        text.replace(
            "      link_mode: first-per-section\n",
            "      link_mode: first-per-section\n      actor_page_size: 1\n",
        ),
        encoding="utf-8",
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}/repo/"
    build_site(project, tmp_path / "site", env={"SITE_URL": base})
    more = sorted(p for p in (tmp_path / "site" / "actors").glob("*/2/index.html"))
    assert more, "no actor is named in two seeds: the test needs one that is"
    with serve_site(tmp_path / "site", prefix="/repo/", port=port) as served:
        report = crawl(served.base)
    assert not report.problems, report.summary()
    for page in more:
        url = served.base + page.parent.relative_to(tmp_path / "site").as_posix() + "/"
        assert url in report.pages, url
        first = url.rsplit("/2/", 1)[0] + "/"
        assert first in report.pages
        assert "mentions, page 2 of" in report.pages[url].text
