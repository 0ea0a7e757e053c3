"""``briefings export``: plain Markdown that plain MkDocs builds into the same pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefings.cli import main
from briefings.export import REQUIRED_EXTENSIONS, ExportError, export_site
from briefings.project import load_mkdocs_yml, read_project
from support.project import build_site, copy_project

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))

pytestmark = pytest.mark.skipif(not (ROOT / "mkdocs.yml").exists(), reason="no mkdocs.yml yet")


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


PICTURE = re.compile(
    r'<h2 id="(?:network|timeline)">\w+</h2>\s*(?:<figure class="briefings-[a-z]+">.*?</figure>)?',
    re.DOTALL,
)
FIGURE = re.compile(r'<figure class="briefings-[a-z]+">.*?</figure>', re.DOTALL)


def article_html(html: str) -> tuple[str, list[str]]:
    """The article part of a page (its HTML, links and all), whitespace runs folded, without
    the pictures; and the pictures (the plugin's template draws them after the Markdown, the
    export puts them at the end of the Markdown)."""
    main_part = html.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]
    main_part = " ".join(main_part.split())
    return PICTURE.sub("", main_part).replace("> <", "><"), FIGURE.findall(main_part)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's project with its seeds, in tmp (the build writes a cache beside it)."""
    return copy_project(tmp_path_factory.mktemp("project") / "project")


@pytest.fixture(scope="module")
def exported(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "out"
    result = CliRunner().invoke(main, ["export", str(out), "--config", str(project / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert "briefings export:" in result.output
    return out


@pytest.fixture(scope="module")
def sites(project: Path, exported: Path) -> tuple[Path, Path]:
    plugin_site = project.parent / "site-plugin"
    plain_site = exported.parent / "site-plain"
    build_site(project, plugin_site)
    build_site(exported, plain_site)
    return plugin_site, plain_site


@pytest.mark.slow
def test_plain_mkdocs_builds_the_export_into_the_same_pages(sites: tuple[Path, Path]) -> None:
    plugin_site, plain_site = sites
    assert pages(plugin_site) == pages(plain_site)
    seeds = [p for p in (ROOT / "seeds").iterdir() if p.suffix in (".txt", ".html", ".htm")]
    assert len([p for p in pages(plain_site) if p.startswith("briefing/")]) >= len(seeds)


@pytest.mark.slow
def test_the_pages_are_the_same_html_actor_links_included(sites: tuple[Path, Path]) -> None:
    plugin_site, plain_site = sites
    differ, pictures = [], 0
    for page in sorted(pages(plugin_site)):
        text, figures = article_html((plugin_site / page).read_text(encoding="utf-8"))
        plain_text, plain_figures = article_html((plain_site / page).read_text(encoding="utf-8"))
        if text != plain_text or (figures and figures != plain_figures):
            differ.append(page)
        pictures += len(plain_figures)
    assert not differ, differ[:5]
    assert pictures  # networks and the timeline are in the export
    some_briefing = next(
        p
        for p in sorted(pages(plain_site))
        if p.startswith("briefing/") and p != "briefing/index.html"
    )
    assert 'class="briefings-actor"' in (plain_site / some_briefing).read_text(encoding="utf-8")


def test_the_exported_config_has_no_plugin_and_keeps_site_url_from_the_environment(
    exported: Path,
) -> None:
    config = load_mkdocs_yml((exported / "mkdocs.yml").read_text(encoding="utf-8"), "x")
    names = [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    assert "briefings" not in names and "search" in names
    assert config["docs_dir"] == "docs"
    assert config["site_url"].tag == "!ENV" and config["site_url"].value[0] == "SITE_URL"
    extensions = {e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]}
    assert set(REQUIRED_EXTENSIONS) <= extensions
    assert (exported / str(config["theme"]["custom_dir"]) / "main.html").is_file()
    assert not (exported / "docs" / "actors.yml").exists()  # editors' data, not a page


def test_briefing_and_actor_pages_are_markdown_with_front_matter(exported: Path) -> None:
    briefings = sorted((exported / "docs" / "briefing").glob("*.md"))
    briefings = [p for p in briefings if p.name != "index.md"]
    actors = [p for p in (exported / "docs" / "actors").glob("*.md") if p.name != "index.md"]
    assert briefings and actors
    for path, key in [(briefings[0], "briefing"), (actors[0], "actor")]:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        meta = yaml.safe_load(text[4 : text.index("\n---\n", 4)])
        assert meta["template"] == f"{key}.html"
        assert meta[key]["slug" if key == "briefing" else "id"] == path.stem
        assert "\n# " in text  # the title as a Markdown heading


def test_export_refuses_a_folder_that_is_not_empty(project: Path, tmp_path: Path) -> None:
    (tmp_path / "something").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty"):
        export_site(read_project(project / "mkdocs.yml"), tmp_path)


def test_export_with_a_missing_config_fails_with_a_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(tmp_path / "o"), "--config", "nope.yml"])
    assert result.exit_code == 2 and "nope.yml" in result.output


def test_required_extensions_match_the_plugin() -> None:
    plugin = pytest.importorskip("briefings.plugin")
    assert tuple(REQUIRED_EXTENSIONS) == tuple(plugin.REQUIRED_EXTENSIONS)


# --------------------------------------------------------------------------- linking as text


def _matcher() -> object:
    from briefings.linking import LinkTarget, build_matcher

    peskov = LinkTarget("dmitry-peskov", "actors/dmitry-peskov.md", "person · spokesman")
    return build_matcher(
        {
            "Dmitry Peskov": peskov,
            "Peskov": peskov,
            "Kremlin": LinkTarget("kremlin", "actors/kremlin.md", "organization"),
        }
    )


PESKOV = '[Peskov](../actors/dmitry-peskov.md "person · spokesman"){ .briefings-actor }'


@pytest.mark.parametrize(
    ("markdown", "policy", "expected"),
    [
        ("Peskov said.", "first-per-section", f"{PESKOV} said."),
        ("Peskov and Peskov.", "first-per-section", f"{PESKOV} and Peskov."),
        ("Peskov and Peskov.", "every", f"{PESKOV} and {PESKOV}."),
        (
            "Peskov.\n\n## Next { #next }\n\nPeskov.",
            "first-per-section",
            f"{PESKOV}.\n\n## Next {{ #next }}\n\n{PESKOV}.",
        ),
        (
            "Peskov.\n\n## Next { #next }\n\nPeskov.",
            "first-per-page",
            f"{PESKOV}.\n\n## Next {{ #next }}\n\nPeskov.",
        ),
        ("# Peskov\n\n## Peskov\n", "every", "# Peskov\n\n## Peskov\n"),  # headings
        (
            "[Peskov](x.md) and `Peskov` and <b>Peskov</b>",
            "every",  # link, code, raw HTML
            f"[Peskov](x.md) and `Peskov` and <b>{PESKOV}</b>",
        ),
        ("Photo: Peskov\n{ .figure-credit }", "every", "Photo: Peskov\n{ .figure-credit }"),
        (
            '!!! figure "Peskov"\n\n    Peskov smiles.',
            "every",
            f'!!! figure "Peskov"\n\n    {PESKOV} smiles.',
        ),
        ("Pes\\*kov and Peskov\\'s", "every", f"Pes\\*kov and {PESKOV}\\'s"),
        ("Peskovian Peskov", "every", f"Peskovian {PESKOV}"),  # word boundaries
        (
            "---\ntemplate: x.html\n---\n\nPeskov",
            "every",
            f"---\ntemplate: x.html\n---\n\n{PESKOV}",
        ),
        ("[^note-1]: Peskov said", "every", f"[^note-1]: {PESKOV} said"),
        (
            "[Peskov][p] and [Peskov][]\n\n[p]: https://x.example/ Peskov",
            "every",
            "[Peskov][p] and [Peskov][]\n\n[p]: https://x.example/ Peskov",
        ),
        ("<https://x.example/Peskov> Peskov", "every", f"<https://x.example/Peskov> {PESKOV}"),
    ],
)
def test_link_markdown(markdown: str, policy: str, expected: str) -> None:
    from briefings.export import link_markdown

    assert link_markdown(markdown, "briefing/a.md", _matcher(), policy) == expected


def test_link_markdown_links_an_alias_written_with_escapes() -> None:
    from briefings.export import link_markdown
    from briefings.linking import LinkTarget, build_matcher

    matcher = build_matcher({"E*Trade": LinkTarget("e-trade", "actors/e-trade.md", "")})
    markdown = "\\_x\\_ E\\*Trade, [E*Trade](y.md)"
    linked = link_markdown(markdown, "briefing/a.md", matcher, "every")
    link = "[E\\*Trade](../actors/e-trade.md){ .briefings-actor }"
    assert linked == f"\\_x\\_ {link}, [E*Trade](y.md)"


def _segments_oracle(line: str, start: int) -> list[list[tuple[str, int, int]]]:
    """Runs of visible characters between opaque tokens, character by character:
    (character, source start, source end)."""
    from briefings.export import _TOKEN

    runs: list[list[tuple[str, int, int]]] = [[]]
    pos = start
    for m in _TOKEN.finditer(line, start):
        runs[-1].extend((line[i], i, i + 1) for i in range(pos, m.start()))
        if m.group("escape"):
            runs[-1].append((m.group()[1], m.start(), m.end()))
        else:
            runs.append([])
        pos = m.end()
    runs[-1].extend((line[i], i, i + 1) for i in range(pos, len(line)))
    return [r for r in runs if r]


@given(
    st.text(alphabet=st.sampled_from(list("ab \\*_[]()`<>&;#{}:.!^")), max_size=40),
    st.integers(min_value=0, max_value=3),
)
def test_segments_map_every_visible_character_to_its_source(line: str, start: int) -> None:
    from briefings.export import _segments

    runs = _segments(line, start)
    expected = _segments_oracle(line, start)
    assert [r.text for r in runs] == ["".join(ch for ch, _, _ in run) for run in expected]
    for run, chars in zip(runs, expected, strict=True):
        for i, (_, begin, end) in enumerate(chars):
            assert run.source(i) == begin
            assert run.source(i + 1) == end


def test_link_markdown_leaves_an_actor_unlinked_on_its_own_page() -> None:
    from briefings.export import link_markdown

    assert link_markdown("Peskov.", "actors/dmitry-peskov.md", _matcher(), "every") == "Peskov."


def test_link_markdown_leaves_an_actor_unlinked_on_the_pages_continuing_its_own() -> None:
    from briefings.export import link_markdown

    page, own = "actors/dmitry-peskov/2.md", "actors/dmitry-peskov.md"
    linked = link_markdown("Peskov in the Kremlin.", page, _matcher(), "every", own)
    assert linked == 'Peskov in the [Kremlin](../kremlin.md "organization"){ .briefings-actor }.'
    assert "(../dmitry-peskov.md" in link_markdown("Peskov.", page, _matcher(), "every")


def test_link_targets_are_the_plugins(project: Path) -> None:
    plugin = pytest.importorskip("briefings.plugin")
    from briefings.export import link_targets, render_site

    corpus, _ = render_site(read_project(project / "mkdocs.yml"))
    assert link_targets(corpus, "actors") == plugin.link_targets(corpus, "actors")


def test_link_markdown_links_a_local_alias_only_where_its_actor_is_named() -> None:
    from briefings.export import link_markdown
    from briefings.linking import LinkTarget, build_matcher

    paul = LinkTarget("paul-smith", "actors/paul-smith.md", "person", local=True)
    matcher = build_matcher({"Paul": paul})
    assert link_markdown("Paul said.", "briefing/b.md", matcher, "every") == "Paul said."
    named = frozenset({"paul-smith"})
    linked = link_markdown("Paul said.", "briefing/b.md", matcher, "every", named=named)
    assert linked == '[Paul](../actors/paul-smith.md "person"){ .briefings-actor } said.'


def test_export_honours_unusable_seeds_skip(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    config = project / "mkdocs.yml"
    failing = CliRunner().invoke(main, ["export", str(tmp_path / "a"), "--config", str(config)])
    assert failing.exit_code != 0 and "empty.txt" in failing.output
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "      seeds_dir: seeds\n", "      seeds_dir: seeds\n      unusable_seeds: skip\n"
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["export", str(tmp_path / "b"), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "empty.txt" in result.output and "left out of the site" in result.output
