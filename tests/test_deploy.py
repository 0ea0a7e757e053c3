"""Deployment: the GitHub Pages workflow, site_url from the environment, subpath and root builds,
and the same project built with ProperDocs (the maintained MkDocs 1.x fork)."""

from __future__ import annotations

import contextlib
import html.parser
import http.server
import json
import mimetypes
import os
import posixpath
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefings.project import load_mkdocs_yml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def _workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(job: str) -> list[dict[str, Any]]:
    steps = _workflow()["jobs"][job]["steps"]
    assert isinstance(steps, list)
    return steps


def _uses(job: str) -> list[str]:
    return [str(step["uses"]).split("@", 1)[0] for step in _steps(job) if "uses" in step]


def _step(steps: list[dict[str, Any]], action: str) -> dict[str, Any]:
    return next(s for s in steps if str(s.get("uses", "")).split("@", 1)[0] == action)


def test_workflow_is_yaml_with_push_trigger_and_pages_permissions() -> None:
    data = _workflow()
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1); GitHub reads it as "on".
    triggers = data.get("on", data.get(True))
    assert "push" in triggers and "workflow_dispatch" in triggers
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert data["concurrency"]["group"] == "pages"


def test_workflow_builds_with_the_readme_setup_and_site_url_from_pages() -> None:
    assert _uses("build") == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ]
    steps = _steps("build")
    python = _step(steps, "actions/setup-python")
    assert str(python["with"]["python-version"]) == "3.11"
    configure = _step(steps, "actions/configure-pages")
    build = next(s for s in steps if "run" in s)
    assert "./dev build" in build["run"]  # the README's setup, then mkdocs build --strict
    assert "SITE_URL=" in build["run"]
    assert build["env"]["BASE_URL"] == "${{ steps." + configure["id"] + ".outputs.base_url }}"
    upload = _step(steps, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"


def test_workflow_deploys_the_artifact_after_the_build() -> None:
    deploy = _workflow()["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert _uses("deploy") == ["actions/deploy-pages"]


def test_dev_build_runs_a_strict_mkdocs_build() -> None:
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    assert "mkdocs\" build --strict" in dev or "mkdocs build --strict" in dev


def test_mkdocs_yml_takes_site_url_from_the_environment() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    line = next((ln for ln in text.splitlines() if ln.startswith("site_url:")), "")
    assert "!ENV" in line and "SITE_URL" in line, line


# --------------------------------------------------------------------------- built sites


MKDOCS = Path(sys.executable).parent / "mkdocs"
PROPERDOCS = Path(sys.executable).parent / "properdocs"
SUBPATH_URL = "https://user.github.io/repo/"
ROOT_URL = "https://briefings.example.org/"


def copy_project(dest: Path) -> Path:
    """The repository's project (mkdocs.yml, docs folder, seeds, theme folder) in ``dest``."""
    dest.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    config = load_mkdocs_yml((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), "mkdocs.yml")
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    for folder in {str(config.get("docs_dir", "docs")), "seeds", str(theme.get("custom_dir", ""))}:
        if folder and (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, dest / folder)
    return dest


def build_site(tool: Path, project: Path, site: Path, site_url: str) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [str(tool), "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=env, check=False, cwd=project,
    )
    assert result.returncode == 0, result.stderr[-4000:]


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves a built site under a path prefix, as GitHub Pages serves a project site:
    directories answer with their index.html, anything else missing with the site's 404.html."""

    site: Path
    prefix: str

    def do_GET(self) -> None:
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        target: Path | None = None
        if path.startswith(self.prefix):
            rel = posixpath.normpath(path[len(self.prefix):]).lstrip("/")
            if rel in ("", "."):
                rel = ""
            candidate = (self.site / rel).resolve()
            if self.site in (candidate, *candidate.parents):
                if candidate.is_dir() and path.endswith("/"):
                    candidate = candidate / "index.html"
                if candidate.is_file():
                    target = candidate
        status = 200
        if target is None:
            status, target = 404, self.site / "404.html"
        body = target.read_bytes()
        self.send_response(status)
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


@contextlib.contextmanager
def serve(site: Path, prefix: str) -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"site": site.resolve(), "prefix": prefix})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


class _Links(html.parser.HTMLParser):
    """href/src of a page and the ids it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name") if tag != "meta" else ("id",):
            if values.get(key):
                self.ids.add(str(values[key]))
        for key in ("href", "src"):
            if values.get(key) and not (tag == "link" and values.get("rel") in (
                "canonical", "alternate")):
                self.urls.append(str(values[key]))


def fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get_content_type()


@dataclass
class Crawl:
    pages: dict[str, _Links]
    broken: list[str]


def crawl(base: str) -> Crawl:
    """Every page reachable from ``base``: each internal href/src must answer 200 and stay
    under ``base``; each #anchor must be an id on its page."""
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(base))
    pages: dict[str, _Links] = {}
    checked: dict[str, int] = {}
    anchors: list[tuple[str, str, str]] = []  # (from page, target page, fragment)
    broken: list[str] = []
    queue = [base]
    while queue:
        url = queue.pop()
        if url in pages:
            continue
        status, body, kind = fetch(url)
        checked[url] = status
        if status != 200:
            broken.append(f"{url}: HTTP {status}")
            continue
        parser = _Links()
        if kind == "text/html":
            parser.feed(body.decode("utf-8", "replace"))
        pages[url] = parser
        for raw in parser.urls:
            absolute = urllib.parse.urljoin(url, raw)
            parts = urllib.parse.urlsplit(absolute)
            if parts.scheme not in ("http", "https") or not absolute.startswith(origin):
                continue  # another host (or mailto:, data:, javascript:)
            target = urllib.parse.urlunsplit(parts._replace(fragment="", query=""))
            if not target.startswith(base):
                broken.append(f"{url}: {raw!r} leaves the site's prefix ({target})")
                continue
            if parts.fragment:
                anchors.append((url, target, urllib.parse.unquote(parts.fragment)))
            if target in pages or target in checked:
                continue
            if target.endswith("/") or target.endswith(".html"):
                queue.append(target)
            else:
                status, _, _ = fetch(target)
                checked[target] = status
                if status != 200:
                    broken.append(f"{url}: {raw!r} -> HTTP {status}")
    for page, target, fragment in anchors:
        if target in pages and fragment not in pages[target].ids:
            broken.append(f"{page}: #{fragment} is not an id on {target}")
    return Crawl(pages, sorted(set(broken)))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("deploy") / "project")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("site_url", "prefix"), [(SUBPATH_URL, "/repo/"), (ROOT_URL, "/")], ids=["subpath", "root"]
)
def test_every_link_asset_anchor_search_and_404_resolve(
    project: Path, tmp_path: Path, site_url: str, prefix: str
) -> None:
    site = tmp_path / "site"
    build_site(MKDOCS, project, site, site_url)
    with serve(site, prefix) as base:
        result = crawl(base)
        assert not result.broken, "\n".join(result.broken[:20])
        html_pages = [u for u in result.pages if u.endswith("/")]
        seeds = [p for p in (project / "seeds").iterdir() if p.suffix in (".txt", ".html", ".htm")]
        assert sum("/briefing/" in u for u in html_pages) > len(seeds)  # index + each briefing
        assert any("/actors/" in u for u in html_pages)

        # search: the index is served under the prefix and each location is a page of the site
        status, body, _ = fetch(base + "search/search_index.json")
        assert status == 200
        docs = json.loads(body)["docs"]
        assert docs
        for doc in docs:
            location = doc["location"].split("#", 1)
            target = urllib.parse.urljoin(base, location[0])
            assert target in result.pages or fetch(target)[0] == 200, doc["location"]
            if len(location) == 2 and location[1] and target in result.pages:
                assert location[1] in result.pages[target].ids, doc["location"]

        # 404: a missing page deep under the prefix gets the 404 page, whose assets resolve
        missing = base + "no/such/page/"
        status, body, _ = fetch(missing)
        assert status == 404 and b"404" in body
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        assets = [u for u in parser.urls if u.endswith((".css", ".js"))]
        assert assets
        for raw in assets:
            absolute = urllib.parse.urljoin(missing, raw)
            if absolute.startswith(base.split(prefix, 1)[0]):
                assert absolute.startswith(base), raw
                assert fetch(absolute)[0] == 200, raw

    # site_url shows in the canonical links and the sitemap
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{site_url}">' in home
    assert f"<loc>{site_url}</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.slow
def test_properdocs_builds_the_project_into_the_same_pages(project: Path, tmp_path: Path) -> None:
    if not PROPERDOCS.exists():
        pytest.fail("properdocs is in the test extra: pip install -e '.[test]'")
    build_site(MKDOCS, project, tmp_path / "mkdocs-site", SUBPATH_URL)
    build_site(PROPERDOCS, project, tmp_path / "properdocs-site", SUBPATH_URL)

    def html_pages(site: Path) -> set[str]:
        return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}

    assert html_pages(tmp_path / "properdocs-site") == html_pages(tmp_path / "mkdocs-site")
    briefing = next(p for p in sorted(html_pages(tmp_path / "properdocs-site"))
                    if p.startswith("briefing/") and p != "briefing/index.html")
    page = (tmp_path / "properdocs-site" / briefing).read_text(encoding="utf-8")
    assert 'class="briefings-actor"' in page  # the plugin ran: actor links in the text
