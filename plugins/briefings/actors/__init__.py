"""The actor stage: find people, organizations and places, merge aliases, take roles and quotes."""

from __future__ import annotations

import re
from functools import lru_cache

from ..sections import Briefing, Figure, Paragraph
from ..slugs import slugify, unique_slug
from .detect import KIND_OF, AliasMatcher, Found, Unit, detect, is_credit_line
from .languages import fit_to_language
from .merge import merge
from .model import KINDS, Actor, BriefingActors, Kind, Mention, Quote
from .quotes import find_answerer, find_quotes
from .registry import Registry, RegistryEntry, load_registry
from .roles import (
    appositive_after,
    appositive_before,
    list_title,
    one_of,
    predicate_after,
    role_out_of_capitals,
    title_before,
)

__all__ = [
    "KINDS",
    "Actor",
    "BriefingActors",
    "Kind",
    "Mention",
    "Quote",
    "Registry",
    "RegistryEntry",
    "briefing_units",
    "find_actors",
    "load_registry",
]

_LABEL_OF: dict[str, str] = {v: k for k, v in KIND_OF.items()}


def briefing_units(briefing: Briefing) -> list[Unit]:
    """The texts of a briefing scanned for actors: title, section titles, paragraphs, figures."""
    units: list[Unit] = []
    title = briefing.meta.title
    first = briefing.all_sections[0].paragraphs[:1] if briefing.all_sections else ()
    if (
        title
        and title != briefing.meta.source_name
        and briefing.meta.title_from != "editor"
        and (not first or not first[0].startswith(title))
    ):
        # (A title cut from the first sentence, "...was a Major…", is no headline.)
        units.append(Unit(title, "lead", headline=not title.endswith(("…", "...")), heading=True))
    for section in briefing.all_sections:
        if section.title:
            units.append(Unit(section.title, section.anchor, heading=True))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                if is_credit_line(block.text):
                    units.append(Unit(block.text, section.anchor, in_figure=True, credit=True))
                else:
                    units.append(Unit(block.text, section.anchor))
            elif isinstance(block, Figure):
                if block.caption:
                    units.append(Unit(block.caption, section.anchor, in_figure=True))
                if block.credit:
                    units.append(Unit(block.credit, section.anchor, in_figure=True, credit=True))
    return units


@lru_cache(maxsize=8)
def _matcher(registry: Registry) -> AliasMatcher | None:
    phrases: dict[str, str] = {}
    for entry in registry.entries:
        for alias in (entry.name, *entry.aliases):
            phrases.setdefault(alias, f"{entry.id}\t{_LABEL_OF[entry.kind]}")
    return AliasMatcher(phrases) if phrases else None


def _role_labels(actors: list[Actor], first_mention: dict[str, int]) -> dict[str, int]:
    """A role held by one person of the briefing only, in lower case -> that person's first
    mention (a transcript's label by role: "Chief Executive:")."""
    holders: dict[str, set[str]] = {}
    for a in actors:
        if a.kind == "person" and a.role and a.id in first_mention:
            holders.setdefault(a.role.lower(), set()).add(a.id)
    return {r: first_mention[next(iter(ids))] for r, ids in holders.items() if len(ids) == 1}


def _name_at(text: str, names: tuple[str, ...]) -> int:
    """Where one of ``names`` first stands in ``text`` as whole words, or -1."""
    found = [
        m.start()
        for n in names
        if n and (m := re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)) is not None
    ]
    return min(found, default=-1)


def _surface(unit: Unit, f: Found) -> str:
    tail = unit.text[f.end : f.end + 2]
    return f.surface + tail if tail in ("'s", "’s") else f.surface


def find_actors(briefing: Briefing, registry: Registry | None = None) -> BriefingActors:
    """Find the actors of one briefing: detection, merging, roles and quotes (pure)."""
    units = briefing_units(briefing)
    matcher = _matcher(registry) if registry is not None else None
    language = briefing.meta.language
    found = fit_to_language(detect(units, matcher, language), units, language)
    if registry is not None and registry.ignore:
        ignore = {s.casefold() for s in registry.ignore}
        found = [f for f in found if f.entry or f.surface.casefold() not in ignore]
    clusters = merge(found, units)
    entries = {e.id: e for e in registry.entries} if registry is not None else {}

    spans_by_unit: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        spans_by_unit.setdefault(f.unit, []).append((f.start, f.end))
    taken: set[str] = set()
    cluster_of: dict[int, str] = {}
    actors: list[Actor] = []
    for c in clusters:
        entry = entries.get(c.entry) if c.entry else None
        name = entry.name if entry else c.name
        kind: Kind = entry.kind if entry else KIND_OF[c.label]  # type: ignore[assignment]
        actor_id = entry.id if entry else unique_slug(slugify(name, fallback="actor"), taken)
        taken.add(actor_id)
        for i in c.mentions:
            cluster_of[i] = actor_id
        mentions = tuple(
            Mention(
                surface=_surface(units[found[i].unit], found[i]),
                section=units[found[i].unit].section,
                sentence=found[i].sentence,
                in_figure=units[found[i].unit].in_figure,
            )
            for i in c.mentions
        )
        role = None
        if kind == "person":
            candidates: list[str] = []
            predicates: list[str] = []
            for i in c.mentions:
                unit = units[found[i].unit]
                if unit.credit:
                    continue
                names = spans_by_unit.get(found[i].unit, [])
                for cand in (
                    title_before(unit.text, found[i].start, names=names),
                    appositive_after(unit.text, found[i].end, names=names),
                    appositive_before(unit.text, found[i].start, found[i].end),
                    list_title(unit.text, found[i].start, names),
                ):
                    if cand:
                        candidates.append(one_of(cand))
                if not candidates:
                    predicate = predicate_after(unit.text, found[i].end, names=names)
                    if predicate:
                        predicates.append(predicate)
            # "X is the director of Y" only when no title or appositive says it.
            candidates = candidates or predicates[:1]
            if candidates:
                role = max(candidates, key=lambda r: (len(r.split()), -candidates.index(r)))
                role = role_out_of_capitals(role)
        aliases = tuple(s for s in c.surfaces if s != name)
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                kind=kind,
                aliases=aliases,
                role=role,
                mentions=mentions,
                credit_only=all(units[found[i].unit].credit for i in c.mentions),
            )
        )

    kind_of = {a.id: a.kind for a in actors}
    person_mentions = [
        i for i in range(len(found)) if kind_of.get(cluster_of.get(i, "")) == "person"
    ]
    first_person_mention: dict[str, int] = {}
    for k, i in enumerate(person_mentions):
        first_person_mention.setdefault(cluster_of[i], k)
    headline = next((k for k, u in enumerate(units) if u.headline), None)
    title = briefing.meta.title
    if headline is not None:  # (the persons it names)
        named = [
            (cluster_of[i], k, found[i].start)
            for k, i in enumerate(person_mentions)
            if found[i].unit == headline
        ]
    else:  # (an editor's title is not scanned: the persons whose names it holds)
        named = [
            (a.id, first_person_mention[a.id], at)
            for a in actors
            if a.id in first_person_mention and (at := _name_at(title, (a.name, *a.aliases))) >= 0
        ]
    quotes = find_quotes(
        [(u.text, not u.in_figure) for u in units],
        [(found[i].unit, found[i].start, found[i].end) for i in person_mentions],
        titles=frozenset(k for k, u in enumerate(units) if u.heading),
        headline=headline,
        answerer=find_answerer(title, named) if title else None,
        ids=[cluster_of[i] for i in person_mentions],
        role_labels=_role_labels(actors, first_person_mention),
    )
    out_quotes = tuple(
        Quote(
            text=q.text,
            speaker=cluster_of[person_mentions[q.speaker]] if q.speaker is not None else None,
            section=units[q.unit].section,
        )
        for q in quotes
    )
    return BriefingActors(slug=briefing.slug, actors=tuple(actors), quotes=out_quotes)
