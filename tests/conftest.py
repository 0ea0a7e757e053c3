"""Shared fixtures for whole-site tests (helpers live in ``tests/support``).

- ``project_copy``: the real project (mkdocs.yml, briefings/, seeds/, site_templates/) copied
  into ``tmp_path``, so a test can add hostile seeds or files without touching the repository.
- ``shared_project`` / ``shared_site``: one copy of the real project built once per session
  (``--strict``, for ``site_url`` https://user.github.io/repo/), shared by the crawl, browser
  and reproducibility tests to keep the suite fast. Treat them as read-only.
- ``served_site``: ``shared_site`` served from 127.0.0.1 under ``/repo/``.
- ``chromium``: Debian's chromium driven by Playwright (fails, never skips, when missing).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from support.project import SUBPATH_URL, RunResult, build_site, copy_project
from support.server import Served, serve_site


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A fresh copy of the real project in ``tmp_path / "project"``."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def shared_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("shared") / "project")


@pytest.fixture(scope="session")
def shared_build(shared_project: Path) -> RunResult:
    """The strict build of the shared project (its log is kept for tests that read it)."""
    return build_site(
        shared_project, shared_project.parent / "site", env={"SITE_URL": SUBPATH_URL}
    )


@pytest.fixture(scope="session")
def shared_site(shared_project: Path, shared_build: RunResult) -> Path:
    return shared_project.parent / "site"


@pytest.fixture(scope="session")
def served_site(shared_site: Path) -> Iterator[Served]:
    with serve_site(shared_site, prefix="/repo/") as served:
        yield served


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A headless Chromium browser (playwright Browser) shared by the session."""
    from support.browser import launch_chromium

    with launch_chromium() as browser:
        yield browser
