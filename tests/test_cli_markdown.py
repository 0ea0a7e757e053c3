"""`briefings parse PATH` without --json prints the briefing page's Markdown and the removals."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefings.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "izvestia-russia-us-talks-ukraine.txt"


def test_parse_prints_the_page_markdown_and_reports_removals_on_stderr() -> None:
    result = CliRunner().invoke(main, ["parse", str(SEED)])
    assert result.exit_code == 0, result.output
    out, err = result.stdout, result.stderr
    assert "## What prevents the conflict from being resolved" in out
    assert "Machine-translated by Yandex Translator" in out
    assert "Photo: REUTERS/Nathan Howard" in out
    # Removed chrome appears only in the collapsed removal report, never as a paragraph.
    assert "\nSkip to main content\n" not in out
    assert "Line 1: “Skip to main content” — skip link 'Skip to main content'" in out
    assert "removed line 1 (skip link 'Skip to main content')" in err
    assert err.count("removed line") == 10


def test_parse_escapes_markup_of_the_seed(tmp_path: Path) -> None:
    seed = tmp_path / "x.txt"
    seed.write_text(
        "A long enough opening paragraph about the talks, with <script>alert(1)</script> in it.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", str(seed)])
    assert result.exit_code == 0, result.output
    assert "<script>" not in result.stdout
    assert "&lt;script&gt;" in result.stdout


def test_parse_warns_on_stderr_when_control_characters_are_dropped(tmp_path: Path) -> None:
    seed = tmp_path / "nul.txt"
    seed.write_bytes(
        b"A long enough opening paragraph about the talks\x00 in Geneva, which went on all day.\n"
    )
    for args in (["parse", str(seed)], ["parse", "--json", str(seed)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "warning:" in result.stderr and "NUL" in result.stderr, result.stderr
        assert "\x00" not in result.stdout
