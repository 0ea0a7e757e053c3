"""``briefings check``: every problem of a broken project, located; a clean project passes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.check import Problem, check_project, locate
from briefings.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))

#: file name -> bytes of a broken project's seeds folder
BROKEN_SEEDS: dict[str, bytes] = {
    "good.txt": SEED.read_bytes(),
    "good.yml": b"title: [unclosed\n",  # not YAML
    "undecodable.txt": b"\xff\xfe\x00\xd8",  # a UTF-16 byte-order mark, then half a surrogate
    "empty.txt": b"",
    "chrome.txt": b"Skip to main content\nAdvertisement\nShare\nSign in\n",
    "other.txt": SEED.read_bytes(),
    # unknown key, bad date, an annotation whose phrase is not in the article
    "other.yml": b"titel: A typo in a key\ndate: 14 April 2025\n"
    b"annotations:\n  - phrase: Nowhere in this article\n    note: A note.\n",
    "orphan.yml": b"title: An editor file whose seed was deleted\n",
}
BROKEN_REGISTRY = b"actors:\n  - id: someone\n    name: Some One\n    kind: alien\n"

#: (file name, line or None, a phrase of the message) expected for the broken project
EXPECTED = [
    ("actors.yml", None, "kind 'alien'"),
    ("good.yml", 2, ""),
    ("undecodable.txt", None, "UTF-16"),
    ("empty.txt", None, "empty"),
    ("chrome.txt", None, "chrome"),
    ("other.yml", None, "unknown key 'titel'"),
    ("other.yml", None, "YYYY-MM-DD"),
    ("other.yml", None, "not in the article"),
    ("orphan.yml", None, "without a seed"),
]


def make_project(root: Path, seeds: dict[str, bytes], registry: bytes | None) -> Path:
    """A minimal project: mkdocs.yml with the plugin, seeds/, docs/actors.yml."""
    (root / "seeds").mkdir(parents=True)
    (root / "docs").mkdir()
    for name, data in seeds.items():
        (root / "seeds" / name).write_bytes(data)
    if registry is not None:
        (root / "docs" / "actors.yml").write_bytes(registry)
    (root / "mkdocs.yml").write_text(
        "site_name: Check test\nplugins:\n  - briefings\n", encoding="utf-8"
    )
    return root / "mkdocs.yml"


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    return make_project(tmp_path / "broken", BROKEN_SEEDS, BROKEN_REGISTRY)


def test_check_project_lists_every_problem_located(broken: Path) -> None:
    report = check_project(broken.parent / "seeds", broken.parent / "docs" / "actors.yml")
    assert not report.ok
    assert report.seeds == 5 and report.sidecars == 2
    found = [(Path(p.path).name, p.line, p.message) for p in report.problems]
    for name, line, phrase in EXPECTED:
        assert any(
            n == name and (line is None or ln == line) and phrase in msg for n, ln, msg in found
        ), (name, line, phrase, found)
    assert len(found) == len(EXPECTED), found
    # good.txt and other.txt themselves are fine: no problem names them
    assert not any(n in ("good.txt", "other.txt") for n, _, _ in found)


def test_cli_check_prints_every_problem_and_fails(broken: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--config", str(broken)])
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    for name, line, phrase in EXPECTED:
        where = f"{name}:{line}: " if line else f"{name}: "
        assert any(where in ln and phrase in ln for ln in lines), (where, phrase, lines)
    assert f"{len(EXPECTED)} problem(s)" in lines[-1]


def test_cli_check_passes_a_clean_project_with_one_line(tmp_path: Path) -> None:
    config = make_project(
        tmp_path / "clean",
        {"a.txt": SEED.read_bytes(), "a.yml": b"title: A title\ndate: 2025-04-14\n"},
        b"actors:\n  - id: dmitry-peskov\n    name: Dmitry Peskov\n    kind: person\n",
    )
    result = CliRunner().invoke(main, ["check", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == [
        "briefings check: 1 seed, 1 editor file(s), registry "
        f"{config.parent / 'docs' / 'actors.yml'}: no problems"
    ]


def test_cli_check_runs_on_the_repository_project() -> None:
    if not (ROOT / "mkdocs.yml").exists():
        pytest.skip("no mkdocs.yml yet")
    result = CliRunner().invoke(main, ["check", "--config", str(ROOT / "mkdocs.yml")])
    assert result.exit_code == 0, result.output


def test_cli_check_missing_config_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--config", str(tmp_path / "nope.yml")])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("/p/a.yml:3: duplicate key 'x'", Problem("/p/a.yml", "duplicate key 'x'", 3)),
        ("/p/a.yml: unknown key 'y'", Problem("/p/a.yml", "unknown key 'y'")),
        ("a.txt: the article is empty", Problem("/p/a.txt", "the article is empty")),
        ("something unlocated", Problem("/p/a.txt", "something unlocated")),
    ],
)
def test_locate_splits_file_line_and_message(message: str, expected: Problem) -> None:
    assert locate(message, expected.path) == expected


def test_a_missing_seeds_folder_is_one_problem(tmp_path: Path) -> None:
    report = check_project(tmp_path / "nowhere")
    assert [p.message for p in report.problems] == ["no such folder of seeds"]


def test_the_registry_beside_the_seeds_is_not_an_orphan_editor_file(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a.txt")
    (tmp_path / "seeds" / "actors.yml").write_text("actors: []\n", encoding="utf-8")
    report = check_project(tmp_path / "seeds", tmp_path / "seeds" / "actors.yml")
    assert report.ok, report.problems


def test_editor_files_in_subfolders_belong_to_the_seeds_beside_them(tmp_path: Path) -> None:
    # seeds in subfolders are read, so their editor files are theirs; one without a seed there
    # is an orphan; a hidden folder is not looked into
    seeds = tmp_path / "seeds"
    (seeds / "2025").mkdir(parents=True)
    (seeds / ".trash").mkdir()
    shutil.copy(SEED, seeds / "2025" / "a.txt")
    (seeds / "2025" / "a.yml").write_text("title: A\n", encoding="utf-8")
    (seeds / "2025" / "gone.yml").write_text("title: Gone\n", encoding="utf-8")
    (seeds / ".trash" / "old.yml").write_text("title: Old\n", encoding="utf-8")
    report = check_project(seeds)
    assert report.seeds == 1 and report.sidecars == 1
    assert [(Path(p.path).name, "without a seed" in p.message) for p in report.problems] == [
        ("gone.yml", True)
    ]
