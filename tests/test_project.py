"""Reading mkdocs.yml without MkDocs: tags survive a round trip; options match the plugin's."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.project import (
    OPTION_DEFAULTS,
    ProjectError,
    Tagged,
    dump_mkdocs_yml,
    load_mkdocs_yml,
    plugin_entries,
    read_project,
)

MKDOCS_YML = """\
site_name: T
site_url: !ENV [SITE_URL, 'http://127.0.0.1:8000/']
docs_dir: pages
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
  - toc:
      permalink: true
plugins:
  - search
  - briefings:
      seeds_dir: raw
      link_mode: every
"""


def test_tags_are_kept_verbatim_through_a_round_trip() -> None:
    data = load_mkdocs_yml(MKDOCS_YML, "mkdocs.yml")
    assert data["site_url"] == Tagged("!ENV", ["SITE_URL", "http://127.0.0.1:8000/"])
    emoji = data["markdown_extensions"][0]["pymdownx.emoji"]["emoji_index"]
    assert emoji.tag == "tag:yaml.org,2002:python/name:material.extensions.emoji.twemoji"
    again = load_mkdocs_yml(dump_mkdocs_yml(data), "again")
    assert again == data


def test_the_plugin_options_and_paths(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    project = read_project(tmp_path / "mkdocs.yml")
    assert project.seeds_dir == tmp_path.resolve() / "raw"
    assert project.docs_dir == tmp_path.resolve() / "pages"
    assert project.registry == tmp_path.resolve() / "pages" / "actors.yml"
    assert project.options["link_mode"] == "every"
    assert project.options["briefings_dir"] == OPTION_DEFAULTS["briefings_dir"]


@pytest.mark.parametrize(
    ("plugins", "expected"),
    [
        (None, [("search", {})]),
        (["search", "briefings"], [("search", {}), ("briefings", {})]),
        (
            {"search": {}, "briefings": {"seeds_dir": "x"}},
            [("search", {}), ("briefings", {"seeds_dir": "x"})],
        ),
    ],
)
def test_plugin_entries_in_every_shape(plugins: object, expected: list[tuple[str, object]]) -> None:
    config = {} if plugins is None else {"plugins": plugins}
    assert plugin_entries(config) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("site_name: T\nplugins: [search]\n", "not in 'plugins'"),
        ("- a list\n", "mapping"),
        ("site_name: [\n", "not valid YAML"),
    ],
)
def test_unusable_configs_raise(tmp_path: Path, text: str, phrase: str) -> None:
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError, match=phrase.replace("'", ".")):
        read_project(tmp_path / "mkdocs.yml")


def test_option_defaults_match_the_plugin_config() -> None:
    config = pytest.importorskip("briefings.config")
    defaults = {name: option.default for name, option in config.BriefingsConfig._schema}
    assert {k: defaults[k] for k in OPTION_DEFAULTS} == OPTION_DEFAULTS


@pytest.mark.parametrize(
    ("value", "error"),
    [(25, None), (1, None), (0, "1 or more"), (-3, "1 or more"), ("10", "Expected type")],
)
def test_actor_page_size_must_be_a_whole_number_of_one_or_more(
    value: object, error: str | None
) -> None:
    config = pytest.importorskip("briefings.config")
    options = config.BriefingsConfig()
    options.load_dict({"actor_page_size": value})
    errors, _ = options.validate()
    if error is None:
        assert not errors and options.actor_page_size == value
    else:
        assert [name for name, _ in errors] == ["actor_page_size"] and error in str(errors[0][1])
