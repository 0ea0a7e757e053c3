"""Corpus-wide actors: the same actor across several briefings becomes one CorpusActor."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .model import Actor, Appearance, BriefingActors, CorpusActor
from .registry import Registry


def gather_actors(
    per_briefing: Sequence[BriefingActors], registry: Registry | None = None
) -> tuple[CorpusActor, ...]:
    """Merge per-briefing actors by id into corpus actors, sorted by id (pure)."""
    by_id: dict[str, list[tuple[str, Actor]]] = defaultdict(list)
    for findings in per_briefing:
        for actor in findings.actors:
            by_id[actor.id].append((findings.slug, actor))
    sections_of: dict[str, set[tuple[str, str]]] = {
        actor_id: {(slug, m.section) for slug, a in items for m in a.mentions if not m.in_figure}
        for actor_id, items in by_id.items()
    }
    entries = {e.id: e for e in registry.entries} if registry else {}
    out: list[CorpusActor] = []
    for actor_id in sorted(by_id):
        items = by_id[actor_id]
        first = items[0][1]
        entry = entries.get(actor_id)
        aliases: dict[str, None] = {}
        for _, actor in items:
            aliases.update(dict.fromkeys(actor.aliases))
        if entry:
            aliases.update(dict.fromkeys(entry.aliases))
        name = entry.name if entry else first.name
        aliases.pop(name, None)
        quotes_by_slug = {
            f.slug: tuple(q for q in f.quotes if q.speaker == actor_id) for f in per_briefing
        }
        appearances = tuple(
            Appearance(slug, actor.role, actor.mentions, quotes_by_slug.get(slug, ()))
            for slug, actor in items
        )
        shared: Counter[str] = Counter()
        mine = sections_of[actor_id]
        for other, theirs in sections_of.items():
            if other != actor_id and (n := len(mine & theirs)):
                shared[other] = n
        out.append(
            CorpusActor(
                id=actor_id,
                name=name,
                kind=entry.kind if entry else first.kind,
                aliases=tuple(aliases),
                appearances=appearances,
                description=entry.description if entry else None,
                links=entry.links if entry else (),
                credit_only=all(actor.credit_only for _, actor in items),
                co_actors=tuple(sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))),
            )
        )
    return tuple(out)
