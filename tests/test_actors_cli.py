"""`briefings actors PATH... [--yaml]`: a table, or a registry stub of everything detected."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from briefings.actors.registry import parse_registry
from briefings.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "izvestia-russia-us-talks-ukraine.txt"
SHARED_SEED = Path("/work/shared/seeds/000_4e26ffc4a7a00ce2.txt")


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = SEED if SEED.is_file() else SHARED_SEED
    (seeds / "2025").mkdir()  # (a folder's subfolders are read too)
    (seeds / "2025" / "talks.txt").write_bytes(seed.read_bytes())
    (seeds / "notes.md").write_text("Not an article: ignored.", encoding="utf-8")
    return seeds


def test_table_lists_actors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["actors", str(_seeds(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "dmitry-peskov" in result.output
    assert "Kremlin spokesman" in result.output
    assert "riyadh" in result.output
    assert "[photo credit only]" in result.output


def test_yaml_stub_is_a_valid_registry(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["actors", str(_seeds(tmp_path)), "--yaml"])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.output)
    ids = {e["id"] for e in data["actors"]}
    assert {"dmitry-peskov", "riyadh", "sergei-lavrov"} <= ids
    assert "gavriil-grigorov" not in ids  # a photographer: only in the credit comment
    assert "Gavriil Grigorov" in result.output
    assert parse_registry(data, "stub").warnings == ()


def test_missing_path_fails(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["actors", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.output
