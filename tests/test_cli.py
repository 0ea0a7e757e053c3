"""The ``briefings`` command line: input it cannot use gives exit status 2 and ONE line on stderr
naming the file (never a traceback); ``check`` lists every problem and exits 1.

Table-driven through click's runner (in process, fast); one case runs the installed console
script to see what a user sees.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.cli import main
from support.project import copy_project, run_cli

ARTICLE = (
    "Negotiations between the two delegations continued on Monday in Geneva, officials said, "
    "and the talks lasted for several hours without a break while journalists waited outside."
    "\n\nThe ministers discussed a proposal on grain exports and several other ideas before the "
    "press conference began in the afternoon, according to a statement by the ministry.\n"
)

Setup = Callable[[Path], list[str]]


def _file(name: str, content: bytes | str, sidecar: str | None = None) -> Setup:
    def setup(tmp: Path) -> list[str]:
        path = tmp / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        if sidecar is not None:
            path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
        return ["parse", name]

    return setup


# (id, setup returning the arguments, text the single stderr line must contain)
PARSE_ERRORS: list[tuple[str, Setup, str]] = [
    ("missing", lambda tmp: ["parse", "nowhere.txt"], "nowhere.txt: no such file"),
    ("empty", _file("empty.txt", b""), "empty.txt: the article is empty"),
    ("blank", _file("blank.txt", "\n  \n\t\n"), "blank.txt: the article is empty"),
    (
        "chrome-only",
        _file(
            "chrome.txt",
            "Skip to main content\nAdvertisement\nSubscribe\n"
            "Share on Facebook\n© 2025 Example Media. All rights reserved.\n",
        ),
        "chrome.txt: the article has no article text left",
    ),
    ("binary", _file("binary.txt", bytes(range(256)) * 20), "binary.txt"),
    ("not-a-seed-suffix", _file("article.pdf", ARTICLE), "article.pdf: not a seed"),
    ("sidecar-malformed", _file("a.txt", ARTICLE, "title: [unclosed\n"), "a.yml:2:"),
    (
        "sidecar-duplicate-key",
        _file("a.txt", ARTICLE, "title: x\ntitle: y\n"),
        "a.yml:2: duplicate key 'title'",
    ),
    (
        "sidecar-python-tag",
        _file("a.txt", ARTICLE, "title: !!python/name:os.system\n"),
        "a.yml:1: the tag",
    ),
    (
        "sidecar-alias",
        _file("a.txt", ARTICLE, "title: &t x\nsummary: *t\n"),
        "a.yml:2: YAML aliases",
    ),
    ("sidecar-not-a-mapping", _file("a.txt", ARTICLE, "- a\n- b\n"), "a.yml: expected a mapping"),
]


@pytest.mark.parametrize(
    ("setup", "message"), [(s, m) for _, s, m in PARSE_ERRORS], ids=[i for i, _, _ in PARSE_ERRORS]
)
def test_parse_errors_exit_2_with_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setup: Setup, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    args = setup(tmp_path)
    result = CliRunner().invoke(main, args)
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("briefings: ") and message in lines[0], lines[0]
    assert result.stdout == ""


def test_parse_prints_markdown_and_reports_removed_lines_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Skip to main content\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "a.yml").write_text("title: Talks in Geneva\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "a.txt"])
    assert result.exit_code == 0, result.stderr
    assert "\n# Talks in Geneva\n" in "\n" + result.stdout  # the briefing page's Markdown
    assert "the talks lasted for several hours" in result.stdout
    assert "removed line 1 (" in result.stderr and "Skip to main content" in result.stderr


def test_parse_json_is_one_object(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a b.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--json", "a b.txt"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["slug"] == "a-b"
    assert {"title", "lead", "sections", "figures", "meta", "removed", "actors"} <= set(data)


def test_parse_of_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert "directory" in result.stderr


def _project(tmp: Path) -> Path:
    return copy_project(tmp / "project")


# (id, prepare the project and return the --config path, message on the one stderr line)
CHECK_ERRORS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("no-mkdocs-yml", lambda tmp: tmp / "nowhere" / "mkdocs.yml", "mkdocs.yml: cannot read"),
    (
        "mkdocs-yml-not-yaml",
        lambda tmp: _write(tmp / "mkdocs.yml", "site_name: [x\n"),
        "mkdocs.yml: not valid YAML",
    ),
    (
        "mkdocs-yml-not-a-mapping",
        lambda tmp: _write(tmp / "mkdocs.yml", "- a\n"),
        "mkdocs.yml: expected a mapping",
    ),
    (
        "no-plugin",
        lambda tmp: _write(tmp / "mkdocs.yml", "site_name: x\nplugins: [search]\n"),
        "the briefings plugin is not in 'plugins'",
    ),
]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("prepare", "message"),
    [(p, m) for _, p, m in CHECK_ERRORS],
    ids=[i for i, _, _ in CHECK_ERRORS],
)
def test_check_with_an_unusable_mkdocs_yml_exits_2(
    tmp_path: Path, prepare: Callable[[Path], Path], message: str
) -> None:
    config = prepare(tmp_path)
    result = CliRunner().invoke(main, ["check", "--config", str(config)])
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2, (result.exit_code, result.output)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], lines


def test_check_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "seeds" / "empty.txt").write_bytes(b"")
    (project / "seeds" / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "talks.yml").write_text("title: a\ntitle: b\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--config", str(project / "mkdocs.yml")])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert any("empty.txt" in line for line in lines), lines
    assert any("talks.yml:2: duplicate key 'title'" in line for line in lines), lines
    assert lines[-1].startswith("briefings check: ") and "problem" in lines[-1]


def test_check_of_the_real_project_passes(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = CliRunner().invoke(main, ["check", "--config", str(project / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("no problems")


def test_unknown_command_and_version() -> None:
    result = CliRunner().invoke(main, ["frobnicate"])
    assert result.exit_code == 2 and "No such command" in result.stderr
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "version" in result.stdout


def test_the_installed_command_reports_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.yml").write_text(
        "t: !!python/object/apply:os.system ['touch PWNED']\n", encoding="utf-8"
    )
    for name, message in (
        ("empty.txt", "empty.txt: the article is empty"),
        ("a.txt", "a.yml:1: the tag"),
    ):
        result = run_cli(["parse", name], cwd=tmp_path)
        assert "Traceback" not in result.log, result.describe()
        assert result.returncode == 2, result.describe()
        assert result.stderr.strip().count("\n") == 0 and message in result.stderr
    assert not (tmp_path / "PWNED").exists()
