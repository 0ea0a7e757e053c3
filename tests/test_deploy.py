"""Deployment: the GitHub Pages workflow, site_url from the environment, subpath and root builds,
and the same project built with ProperDocs (the maintained MkDocs 1.x fork)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

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
