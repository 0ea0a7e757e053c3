"""Types of the actor stage: who is named in a briefing, with aliases, roles, mentions, quotes."""

from __future__ import annotations

from dataclasses import dataclass
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
