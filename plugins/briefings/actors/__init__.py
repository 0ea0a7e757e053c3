"""The actor stage: find people, organizations and places, merge aliases, take roles and quotes."""

from __future__ import annotations

from ..sections import Briefing
from .model import KINDS, Actor, BriefingActors, Kind, Mention, Quote
from .registry import Registry, RegistryEntry

__all__ = [
    "KINDS",
    "Actor",
    "BriefingActors",
    "Kind",
    "Mention",
    "Quote",
    "Registry",
    "RegistryEntry",
    "find_actors",
]


def find_actors(briefing: Briefing, registry: Registry | None = None) -> BriefingActors:
    """Find the actors of one briefing (placeholder until detection lands: finds none)."""
    return BriefingActors(slug=briefing.slug, actors=())
