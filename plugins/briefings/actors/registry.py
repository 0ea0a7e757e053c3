"""The editors' actor registry (one YAML file): ids, names, kinds, aliases, descriptions, links.

    actors:
      - id: dmitry-peskov
        name: Dmitry Peskov
        kind: person            # person | organization | place
        aliases: [Peskov]
        description: Press secretary of the Russian president.
        links: [https://en.wikipedia.org/wiki/Dmitry_Peskov]
    ignore: [Live broadcast]    # detected names that are not actors

Problems with single entries (unknown keys, duplicate ids, an alias claimed by two actors, a link
that is not http(s), a kind that is not one of the three, an empty, very common or absurdly long
alias) are collected as warnings naming the file and the entry; the entry or the offending value
is skipped. A file that is not YAML or not shaped like the above raises RegistryError.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..slugs import slugify
from ..yamlfile import YamlError, load_yaml
from .model import KINDS, Kind

ENTRY_KEYS = ("id", "name", "kind", "aliases", "description", "links")
TOP_KEYS = ("actors", "ignore")
MAX_ALIAS_CHARS = 120
MAX_ALIAS_WORDS = 12


class RegistryError(YamlError):
    """A registry file that cannot be used at all; the message names the file."""


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    description: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Registry:
    entries: tuple[RegistryEntry, ...] = ()
    ignore: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()


def _strings(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def parse_registry(data: Any, name: str) -> Registry:
    """Validate parsed registry YAML (pure); ``name`` names the file in messages."""
    from .lexicon import lexicon

    common = lexicon().common_alias_words
    if data is None:
        return Registry()
    if not isinstance(data, dict):
        raise RegistryError(f"{name}: the registry must be a mapping with 'actors' and 'ignore'")
    warnings: list[str] = []
    for key in data:
        if key not in TOP_KEYS:
            warnings.append(f"{name}: unknown top-level key {key!r} (expected actors, ignore)")
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        raise RegistryError(f"{name}: 'actors' must be a list of entries")
    entries: list[RegistryEntry] = []
    ids: set[str] = set()
    alias_owner: dict[str, str] = {}
    for n, raw in enumerate(actors, 1):
        where = f"{name}: actor #{n}"
        if not isinstance(raw, dict):
            warnings.append(f"{where}: not a mapping; skipped")
            continue
        ent_name = raw.get("name")
        if not isinstance(ent_name, str) or not ent_name.strip():
            warnings.append(f"{where}: missing 'name'; skipped")
            continue
        ent_name = ent_name.strip()
        ent_id = raw.get("id")
        if not isinstance(ent_id, str) or not ent_id.strip():
            ent_id = slugify(ent_name, fallback="actor")
            warnings.append(f"{where} ({ent_name}): missing 'id'; using {ent_id!r}")
        ent_id = ent_id.strip()
        where = f"{name}: actor {ent_id!r}"
        for key in raw:
            if key not in ENTRY_KEYS:
                warnings.append(f"{where}: unknown key {key!r} (expected {', '.join(ENTRY_KEYS)})")
        if ent_id in ids:
            warnings.append(f"{where}: duplicate id; this entry is skipped")
            continue
        kind = raw.get("kind")
        if kind not in KINDS:
            warnings.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}; skipped")
            continue
        aliases: list[str] = []
        for alias in _strings(raw.get("aliases")):
            if not isinstance(alias, str) or not alias.strip():
                warnings.append(f"{where}: empty alias ignored")
                continue
            alias = alias.strip()
            acronym = alias.isupper() and len(alias) > 1  # "US" is a name, "us" a word
            if alias.casefold() in common and not acronym:
                warnings.append(f"{where}: alias {alias!r} is too common a word; ignored")
                continue
            if len(alias) > MAX_ALIAS_CHARS or len(alias.split()) > MAX_ALIAS_WORDS:
                warnings.append(f"{where}: alias {alias[:40]!r}… is too long; ignored")
                continue
            owner = alias_owner.get(alias.casefold())
            if owner is not None and owner != ent_id:
                warnings.append(
                    f"{where}: alias {alias!r} is already claimed by {owner!r}; ignored"
                )
                continue
            if alias != ent_name and alias not in aliases:
                aliases.append(alias)
        taken_name = alias_owner.get(ent_name.casefold())
        if taken_name is not None and taken_name != ent_id:
            warnings.append(f"{where}: name {ent_name!r} is already claimed by {taken_name!r}")
        for alias in (ent_name, *aliases):
            alias_owner.setdefault(alias.casefold(), ent_id)
        links: list[str] = []
        for link in _strings(raw.get("links")):
            if isinstance(link, str) and link.strip().startswith(("http://", "https://")):
                links.append(link.strip())
            else:
                warnings.append(f"{where}: link {link!r} is not an http(s) URL; ignored")
        description = raw.get("description")
        if description is not None and not isinstance(description, str):
            warnings.append(f"{where}: description must be text; ignored")
            description = None
        ids.add(ent_id)
        entries.append(
            RegistryEntry(
                id=ent_id,
                name=ent_name,
                kind=kind,
                aliases=tuple(aliases),
                description=description.strip() if description else None,
                links=tuple(links),
            )
        )
    ignore: set[str] = set()
    for item in _strings(data.get("ignore")):
        if isinstance(item, str) and item.strip():
            ignore.add(item.strip())
        else:
            warnings.append(f"{name}: ignore: {item!r} is not a name; skipped")
    return Registry(entries=tuple(entries), ignore=frozenset(ignore), warnings=tuple(warnings))


def load_registry(path: Path) -> Registry:
    """Read one registry YAML file; raise YamlError/RegistryError naming the file when unusable."""
    return parse_registry(load_yaml(path), str(path))
