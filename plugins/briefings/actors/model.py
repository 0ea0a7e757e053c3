"""Types of the actor stage: who is named in a briefing, with aliases, roles, mentions, quotes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

Kind = Literal["person", "organization", "place"]
KINDS: tuple[Kind, ...] = ("person", "organization", "place")


@dataclass(frozen=True)
class Mention:
    surface: str
    """The text as written ("Witkoff's")."""
    section: str
    """Anchor of the section it is in ("lead" for the lead)."""
    sentence: str
    """The sentence around the mention, as context."""
    in_figure: bool = False
    """Seen in a figure caption or credit rather than the body."""


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    """Actor id of the speaker, when the text says who spoke."""
    section: str


@dataclass(frozen=True)
class Actor:
    """One real-world actor as found in one briefing."""

    id: str
    """Stable ASCII slug (the registry id when the registry knows the actor)."""
    name: str
    kind: Kind
    aliases: tuple[str, ...]
    """Every other surface form that refers to this actor (name excluded)."""
    role: str | None
    mentions: tuple[Mention, ...]
    credit_only: bool = False
    """Seen only in a photo credit (photographer, agency): not a briefing actor."""


@dataclass(frozen=True)
class BriefingActors:
    slug: str
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Appearance:
    """One actor's part in one briefing."""

    slug: str
    """The briefing's slug."""
    role: str | None
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class CorpusActor:
    """One real-world actor across the whole site: what its actor page shows."""

    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...]
    appearances: tuple[Appearance, ...]
    """One per briefing that names the actor, in briefing order."""
    description: str | None = None
    links: tuple[str, ...] = ()
    credit_only: bool = False
    co_actors: tuple[tuple[str, int], ...] = ()
    """(actor id, number of shared briefing sections), most shared first."""

    @cached_property
    def mention_count(self) -> int:
        # Cached: pages, pictures and their fingerprints ask for it many times per build.
        return sum(len(a.mentions) for a in self.appearances)
