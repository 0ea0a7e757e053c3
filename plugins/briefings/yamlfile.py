"""Safe YAML for editors' files: strings stay strings, no tags, no aliases, no duplicate keys.

Every scalar is loaded as a string (``no``, ``yes`` and ``2025-04-14`` stay text); callers
convert the few numeric fields themselves. Errors name the file and line.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node

MAX_BYTES = 2_000_000


class YamlError(ValueError):
    """A YAML file that cannot be used; the message names the file and line."""


class _StrictLoader(yaml.BaseLoader):  # BaseLoader: every scalar is a str, no implicit types
    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call, unused-ignore]
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed here", event.start_mark
            )
        node = super().compose_node(parent, index)
        if node is not None and node.tag.startswith("tag:yaml.org,2002:python/"):
            raise yaml.MarkedYAMLError(
                None, None, f"the tag {node.tag} is not allowed", node.start_mark
            )
        return node

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise yaml.MarkedYAMLError(
                    None, None, "mapping keys must be plain text", key_node.start_mark
                )
            if key in seen:
                raise yaml.MarkedYAMLError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML text safely; raise YamlError naming ``name`` and the line."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}:{mark.line + 1}" if mark is not None else name
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(f"{where}: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlError(f"{name}: invalid YAML ({exc})") from None


def load_yaml(path: Path) -> Any:
    """Read and parse a YAML file; raise YamlError for unreadable, oversized or invalid files."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise YamlError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise YamlError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise YamlError(f"{path}: not UTF-8 text") from None
    return parse_yaml(text, str(path))


def load_package_data(name: str) -> Any:
    """A data file of the package (``briefings/data/<name>``): our own trusted YAML, read with
    libyaml's all-strings loader (fast; the same string-only semantics as the strict editor-file
    loader), else the strict one."""
    text = resources.files("briefings").joinpath("data", name).read_text(encoding="utf-8")
    fast = getattr(yaml, "CBaseLoader", None)
    if fast is not None:
        return yaml.load(text, Loader=fast)
    return parse_yaml(text, f"briefings/data/{name}")
