"""Shared fixtures for whole-site tests (helpers live in ``tests/support``).

- ``project_copy``: the real project (mkdocs.yml, briefings/, seeds/, site_templates/) copied
  into ``tmp_path``, so a test can add hostile seeds or files without touching the repository.
- ``shared_project`` / ``shared_site``: one copy of the real project built once per session
  (``--strict``), shared by the crawl, browser and reproducibility tests to keep the suite
  fast. Treat them as read-only. It is built for ``site_url`` ``http://127.0.0.1:<port>/repo/``
  and served there (``served_site``): a project subpath exactly as GitHub Pages serves one, so
  Material's instant navigation and previews (which compare links with the sitemap's URLs)
  behave as on the published site.
- ``chromium``: Debian's chromium driven by Playwright (fails, never skips, when missing).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from support.project import RunResult, build_site, copy_project
from support.server import Served, free_port, serve_site

SHARED_PREFIX = "/repo/"


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A fresh copy of the real project in ``tmp_path / "project"``."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def shared_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("shared") / "project")


@pytest.fixture(scope="session")
def shared_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def shared_site_url(shared_port: int) -> str:
    return f"http://127.0.0.1:{shared_port}{SHARED_PREFIX}"


@pytest.fixture(scope="session")
def shared_build(shared_project: Path, shared_site_url: str) -> RunResult:
    """The strict build of the shared project (its log is kept for tests that read it)."""
    return build_site(
        shared_project, shared_project.parent / "site", env={"SITE_URL": shared_site_url}
    )


@pytest.fixture(scope="session")
def shared_site(shared_project: Path, shared_build: RunResult) -> Path:
    return shared_project.parent / "site"


@pytest.fixture(scope="session")
def served_site(shared_site: Path, shared_port: int, shared_site_url: str) -> Iterator[Served]:
    with serve_site(shared_site, prefix=SHARED_PREFIX, port=shared_port) as served:
        assert served.base == shared_site_url
        yield served


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A headless Chromium browser (playwright Browser) shared by the session."""
    from support.browser import launch_chromium

    with launch_chromium() as browser:
        yield browser
