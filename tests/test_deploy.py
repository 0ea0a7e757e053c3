"""Deployment: the GitHub Pages workflow, site_url from the environment, subpath and root builds,
and the same project built with ProperDocs (the maintained MkDocs 1.x fork)."""

from __future__ import annotations

import json
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import yaml

from support.crawler import crawl, fetch, parse_page
from support.project import BuildError, build_site, copy_project, run
from support.server import serve_site

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
    assert 'mkdocs" build --strict' in dev or "mkdocs build --strict" in dev


def test_mkdocs_yml_takes_site_url_from_the_environment() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    line = next((ln for ln in text.splitlines() if ln.startswith("site_url:")), "")
    assert "!ENV" in line and "SITE_URL" in line, line


# --------------------------------------------------------------------------- built sites
#
# The shared test site (conftest) is built for http://127.0.0.1:<port>/repo/ and crawled by
# test_site_crawl.py. Here the site is built as GitHub Pages builds it, for an address on another
# host (https://user.github.io/repo/, served under /repo/ here), and for a domain root; and with
# ProperDocs. Server, crawler and builds come from tests/support.

SUBPATH_URL = "https://user.github.io/repo/"
ROOT_URL = "https://briefings.example.org/"


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
    build_site(project, site, env={"SITE_URL": site_url})
    with serve_site(site, prefix=prefix) as served:
        report = crawl(served.base)
        assert not report.problems, report.summary()
        seeds = [p for p in (project / "seeds").iterdir() if p.suffix in (".txt", ".html", ".htm")]
        assert sum("/briefing/" in u for u in report.pages) > len(seeds)  # index + each briefing
        assert any("/actors/" in u for u in report.pages)

        # search: the index is served under the prefix; each location is a page (and anchor)
        response = fetch(served.url("search/search_index.json"))
        assert response.status == 200
        docs = json.loads(response.body)["docs"]
        assert docs
        for doc in docs:
            path, _, fragment = doc["location"].partition("#")
            target = urllib.parse.urljoin(served.base, path)
            assert target in report.pages, doc["location"]
            if fragment:
                assert urllib.parse.unquote(fragment) in report.pages[target].ids, doc["location"]

        # 404: a missing page deep under the prefix gets the 404 page, whose assets resolve
        missing = served.url("no/such/page/")
        response = fetch(missing)
        assert response.status == 404
        loaded = [
            r.url for r in parse_page(missing, response.body.decode("utf-8")).refs if r.loaded
        ]
        assert any(u.endswith(".css") for u in loaded) and any(u.endswith(".js") for u in loaded)
        for raw in loaded:
            absolute = urllib.parse.urljoin(missing, raw)
            assert absolute.startswith(served.base), raw
            assert fetch(absolute).status == 200, raw

    # site_url shows in the canonical links and the sitemap
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{site_url}">' in home
    assert f"<loc>{site_url}</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_site_built_for_the_root_breaks_under_a_subpath(project: Path, tmp_path: Path) -> None:
    """The check above can fail: served under a prefix it was not built for, the 404 page
    loads its assets from outside the prefix."""
    site = tmp_path / "site"
    build_site(project, site, env={"SITE_URL": ROOT_URL})
    with serve_site(site, prefix="/repo/") as served:
        missing = served.url("no/such/page/")
        refs = parse_page(missing, fetch(missing).body.decode("utf-8")).refs
        outside = [
            r.url
            for r in refs
            if r.loaded and not urllib.parse.urljoin(missing, r.url).startswith(served.base)
        ]
        assert outside


@pytest.mark.slow
def test_properdocs_builds_the_project_into_the_same_pages(project: Path, tmp_path: Path) -> None:
    build_site(project, tmp_path / "mkdocs-site", env={"SITE_URL": SUBPATH_URL})
    result = run(
        [
            sys.executable,
            "-m",
            "properdocs",
            "build",
            "--strict",
            "-f",
            project / "mkdocs.yml",
            "-d",
            tmp_path / "properdocs-site",
        ],
        cwd=project,
        env={"SITE_URL": SUBPATH_URL},
    )
    if result.returncode != 0:
        raise BuildError(result)

    def html_pages(site: Path) -> set[str]:
        return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}

    assert html_pages(tmp_path / "properdocs-site") == html_pages(tmp_path / "mkdocs-site")
    briefing = next(
        p
        for p in sorted(html_pages(tmp_path / "properdocs-site"))
        if p.startswith("briefing/") and p != "briefing/index.html"
    )
    page = (tmp_path / "properdocs-site" / briefing).read_text(encoding="utf-8")
    assert 'class="briefings-actor"' in page  # the plugin ran: actor links in the text
