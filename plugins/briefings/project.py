"""A project as the command line sees it: ``mkdocs.yml`` read without MkDocs.

``briefings check`` and ``briefings export`` need the paths the plugin uses (seeds folder,
registry, docs folder) and, for export, the rest of ``mkdocs.yml`` to write a plugin-free copy.
MkDocs is not imported here (only ``plugin.py`` and ``config.py`` do): the file is read as YAML
with every tag (``!ENV``, ``!relative``, ``!!python/name:...``) kept as it is, so writing it back
keeps environment lookups such as ``site_url: !ENV [SITE_URL, ...]`` working.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PLUGIN = "briefings"

#: The plugin options the command line needs, with the defaults of ``config.BriefingsConfig``
#: (a test keeps the two in step).
OPTION_DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "seeds_dir": "seeds",
    "registry": "actors.yml",
    "link_mode": "first-per-section",
    "briefings_dir": "briefing",
    "actors_dir": "actors",
    "cache_dir": ".cache/briefings",
    "home_briefings": 20,
    "actor_page_size": 25,
    "network_size": 40,
    "unusable_seeds": "error",
}


class ProjectError(ValueError):
    """A mkdocs.yml that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Tagged:
    """A YAML node with an application tag, kept verbatim (value: str, list or dict)."""

    tag: str
    value: Any


class _TagLoader(yaml.SafeLoader):
    pass


def _construct_tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        assert isinstance(node, yaml.MappingNode)
        value = loader.construct_mapping(node, deep=True)
    return Tagged(node.tag, value)


_TagLoader.add_multi_constructor("!", _construct_tagged)
_TagLoader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)


class _TagDumper(yaml.SafeDumper):
    pass


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_TagDumper.add_representer(Tagged, _represent_tagged)


def load_mkdocs_yml(text: str, name: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_TagLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise ProjectError(f"{name}: not valid YAML{where}: {problem}") from None
    except yaml.YAMLError as exc:
        one_line = " ".join(str(exc).split())
        raise ProjectError(f"{name}: not valid YAML: {one_line}") from None
    if not isinstance(data, dict):
        raise ProjectError(f"{name}: expected a mapping of settings at the top")
    return data


def dump_mkdocs_yml(data: dict[str, Any]) -> str:
    return yaml.dump(
        data, Dumper=_TagDumper, allow_unicode=True, sort_keys=False, default_flow_style=False
    )


def plugin_entries(config: dict[str, Any]) -> list[tuple[str, Any]]:
    """``plugins:`` as (name, options) pairs, whether written as a list or a mapping."""
    plugins = config.get("plugins")
    if plugins is None:
        return [("search", {})]  # MkDocs' default
    if isinstance(plugins, dict):
        return [(str(k), v) for k, v in plugins.items()]
    out: list[tuple[str, Any]] = []
    for item in plugins if isinstance(plugins, list) else []:
        if isinstance(item, dict):
            out += [(str(k), v) for k, v in item.items()]
        else:
            out.append((str(item), {}))
    return out


@dataclass(frozen=True)
class Project:
    config_file: Path
    config: dict[str, Any]
    """mkdocs.yml as parsed, tags kept (see ``Tagged``)."""
    options: dict[str, Any] = field(default_factory=dict)
    """The briefings plugin's options, defaults filled in."""

    @property
    def root(self) -> Path:
        return self.config_file.parent

    @property
    def docs_dir(self) -> Path:
        return self.root / str(self.config.get("docs_dir", "docs"))

    @property
    def seeds_dir(self) -> Path:
        return self.root / str(self.options["seeds_dir"])

    @property
    def registry(self) -> Path:
        return self.docs_dir / str(self.options["registry"])


def read_project(config_file: Path) -> Project:
    """Read ``mkdocs.yml``; raise ProjectError when it is missing, not YAML or lacks the plugin."""
    try:
        text = config_file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ProjectError(f"{config_file}: cannot read ({exc.strerror or exc})") from None
    config = load_mkdocs_yml(text, str(config_file))
    options: dict[str, Any] | None = None
    for name, value in plugin_entries(config):
        if name == PLUGIN:
            options = dict(value) if isinstance(value, dict) else {}
    if options is None:
        raise ProjectError(f"{config_file}: the {PLUGIN} plugin is not in 'plugins'")
    return Project(config_file.resolve(), config, {**OPTION_DEFAULTS, **options})
