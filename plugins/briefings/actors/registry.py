"""The editors' actor registry (one YAML file): ids, names, kinds, aliases, descriptions, links."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Kind


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
