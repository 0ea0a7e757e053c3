"""Corpus-wide actors: the same actor across several briefings becomes one CorpusActor."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from operator import itemgetter

from .model import Actor, Appearance, BriefingActors, CorpusActor, Quote
from .registry import Registry

#: (actor id -> sections it is named in outside figures, section -> actor ids named there).
SectionLayout = tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]


def _section_layout(findings: BriefingActors) -> SectionLayout:
    of_actor = {
        a.id: frozenset(m.section for m in a.mentions if not m.in_figure) for a in findings.actors
    }
    members: dict[str, list[str]] = defaultdict(list)
    for actor_id, sections in of_actor.items():
        for section in sections:
            members[section].append(actor_id)
    return of_actor, {section: tuple(ids) for section, ids in members.items()}


@dataclass
class GatherMemo:
    """What :func:`gather_actors` made last time, for the next call to reuse (``mkdocs serve``
    keeps one across rebuilds). Briefings are compared by identity: an unchanged seed comes
    back from the article cache as the same objects."""

    per_briefing: tuple[BriefingActors, ...] = ()
    registry: Registry | None = None
    actors: dict[str, CorpusActor] = field(default_factory=dict)
    layouts: dict[int, tuple[BriefingActors, SectionLayout]] = field(default_factory=dict)


def same_briefings(old: Sequence[BriefingActors], new: Sequence[BriefingActors]) -> bool:
    """The same briefings in the same order (their actors may differ): what a memo of the last
    call needs to compare the two briefing by briefing."""
    return len(old) == len(new) and all(o.slug == n.slug for o, n in zip(old, new, strict=True))


def _changed_ids(
    memo: GatherMemo | None, per: Sequence[BriefingActors], registry: Registry | None
) -> set[str] | None:
    """The ids whose corpus actor may differ from ``memo``'s (None: all of them)."""
    if memo is None or memo.registry != registry or not same_briefings(memo.per_briefing, per):
        return None
    changed: set[str] = set()
    for old, new in zip(memo.per_briefing, per, strict=True):
        if old is not new:
            # An actor of another briefing only: its mentions, sections (so the actors sharing
            # them), quotes and names all come from briefings that did not change.
            changed.update(a.id for a in old.actors)
            changed.update(a.id for a in new.actors)
    return changed


def _most_shared(shared: Counter[str]) -> list[tuple[str, int]]:
    """(co-actor, count) pairs, most shared first, then by id: sorted by id, then (stable, so
    the ids stay in order within a count) by count."""
    return sorted(sorted(shared.items()), key=itemgetter(1), reverse=True)


def gather_actors(
    per_briefing: Sequence[BriefingActors],
    registry: Registry | None = None,
    memo: GatherMemo | None = None,
) -> tuple[CorpusActor, ...]:
    """Merge per-briefing actors by id into corpus actors, sorted by id (pure).

    ``memo`` (kept by the caller between calls) makes a call after a small edit cheap: only the
    actors named in briefings that changed are gathered again. It is updated in place.
    """
    changed = _changed_ids(memo, per_briefing, registry)
    by_id: dict[str, list[tuple[str, Actor]]] = defaultdict(list)
    for findings in per_briefing:
        for actor in findings.actors:
            by_id[actor.id].append((findings.slug, actor))
    # Who is named in which section of each briefing (made once per briefing object: a
    # rebuild after an edit makes it for the edited briefing only).
    layouts: dict[int, tuple[BriefingActors, SectionLayout]] = {}
    layout_of: dict[str, SectionLayout] = {}
    for findings in per_briefing:
        known = memo.layouts.get(id(findings)) if memo is not None else None
        layout = known[1] if known is not None and known[0] is findings else None
        if layout is None:
            layout = _section_layout(findings)
        layouts[id(findings)] = (findings, layout)
        layout_of[findings.slug] = layout
    entries = {e.id: e for e in registry.entries} if registry else {}
    # Indexes built once (not per actor), so gathering stays linear in the corpus size.
    quotes_of: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    for f in per_briefing:
        for q in f.quotes:
            if q.speaker:
                quotes_of[(q.speaker, f.slug)].append(q)
    # One tuple per distinct (co-actor, count) pair, shared by every actor listing it: most
    # counts are 1 or 2, so a site of 3,000 briefings has ~660,000 pairs but few distinct ones.
    pairs: dict[tuple[str, int], tuple[str, int]] = {}
    out: list[CorpusActor] = []
    for actor_id in sorted(by_id):
        if changed is not None and memo is not None and actor_id not in changed:
            out.append(memo.actors[actor_id])
            continue
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
        appearances = tuple(
            Appearance(slug, actor.role, actor.mentions, tuple(quotes_of.get((actor_id, slug), ())))
            for slug, actor in items
        )
        # Everyone named in the sections naming this actor, counted in one pass.
        shared = Counter(
            chain.from_iterable(
                members[section]
                for of_actor, members in (layout_of[slug] for slug, _ in items)
                for section in of_actor[actor_id]
            )
        )
        del shared[actor_id]
        ranked = _most_shared(shared)
        made = CorpusActor(
            id=actor_id,
            name=name,
            kind=entry.kind if entry else first.kind,
            aliases=tuple(aliases),
            appearances=appearances,
            description=entry.description if entry else None,
            links=entry.links if entry else (),
            credit_only=all(actor.credit_only for _, actor in items),
            co_actors=tuple(map(pairs.setdefault, ranked, ranked)),
        )
        before = memo.actors.get(actor_id) if memo is not None else None
        # Equal to last time (an edit that did not touch this actor's mentions): the same
        # object, so later stages that reuse work by identity (pictures, pages) still can.
        out.append(before if before is not None and before == made else made)
    if memo is not None:
        memo.per_briefing = tuple(per_briefing)
        memo.registry = registry
        memo.actors = {a.id: a for a in out}
        memo.layouts = layouts
    return tuple(out)


#: (the briefing's actors, its ids' new ids, the rewritten actors), by ``id()`` of the first.
RewriteMemo = dict[int, tuple[BriefingActors, tuple[tuple[str, str], ...], BriefingActors]]


def unify_ids(
    per_briefing: Sequence[BriefingActors],
    registry: Registry | None = None,
    memo: RewriteMemo | None = None,
) -> tuple[BriefingActors, ...]:
    """Give one real-world actor one id in every briefing (pure, deterministic).

    Briefings name the same actor differently ("Vladimir Putin" here, only "Putin" there;
    "UN" here, "United Nations" with alias "UN" there), so their slugs differ. Two ids of the same
    kind become one when the name of one is a name or alias of the other, when two persons'
    full names agree up to first-name variants ("Steve"/"Stephen Witkoff"), or when a lone
    surname belongs to exactly one full name in the corpus. Ids that appear together in one
    briefing were judged different there and are never joined; registry ids are never joined
    with each other and win as the shared id.

    ``memo`` (kept by the caller between calls) returns the same rewritten object for a
    briefing whose actors and new ids did not change, so later stages can tell by identity.
    """
    from .lexicon import lexicon
    from .merge import name_forms as surname_forms
    from .merge import same_first_name, same_name

    lex = lexicon()
    reg_ids = {e.id for e in registry.entries} if registry else set()
    kind: dict[str, str] = {}
    name: dict[str, str] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    # The briefings each id is named in: ids named in one briefing are never joined.
    seen_in: dict[str, set[int]] = defaultdict(set)
    order: dict[str, int] = {}
    for number, findings in enumerate(per_briefing):
        for actor in findings.actors:
            seen_in[actor.id].add(number)
            order.setdefault(actor.id, len(order))
            kind.setdefault(actor.id, actor.kind)
            if len(actor.name.split()) >= len(name.get(actor.id, "").split()):
                name[actor.id] = actor.name
            forms[actor.id].update(s.casefold() for s in (actor.name, *actor.aliases))
            mentions[actor.id] += len(actor.mentions)
    parent = {i: i for i in order}
    group: dict[str, list[str]] = {i: [i] for i in order}
    # Per group: the briefings its members are named in (groups are disjoint, so two groups
    # share a briefing exactly when a member of one was named next to a member of the other).
    briefings_of: dict[str, set[int]] = {i: set(seen_in[i]) for i in order}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def members(root: str) -> list[str]:
        return group[root]

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if not briefings_of[ra].isdisjoint(briefings_of[rb]):
            return
        if sum(1 for i in group[ra] + group[rb] if i in reg_ids) > 1:
            return
        parent[rb] = ra
        group[ra] += group.pop(rb)
        briefings_of[ra] |= briefings_of.pop(rb)

    ids = sorted(order, key=order.__getitem__)
    # Same kind, and the name of one is a name or alias of the other.
    owners: dict[tuple[str, str], list[str]] = defaultdict(list)
    for i in ids:
        for form in forms[i]:
            owners[(kind[i], form)].append(i)
    for i in ids:
        others = [o for o in owners[(kind[i], name[i].casefold())] if o != i]
        if len(others) == 1 or (others and len(name[i].split()) > 1):
            for o in others:
                union(o, i)
    persons = [i for i in ids if kind[i] == "person"]
    full = [i for i in persons if len(name[i].split()) > 1]
    # Full names indexed by the spelling forms of their surname: only names whose surnames
    # share a form are compared (pairs of all full names would grow with the square).
    by_surname: dict[str, list[int]] = defaultdict(list)
    for n, p in enumerate(full):
        for form in surname_forms(name[p].split()[-1], lex):
            by_surname[form].append(n)

    def same_surname(word: str) -> list[int]:
        return sorted({n for form in surname_forms(word, lex) for n in by_surname.get(form, ())})

    for n, a in enumerate(full):
        wa = name[a].split()
        for m in same_surname(wa[-1]):
            if m <= n:
                continue
            b = full[m]
            wb = name[b].split()
            if same_name(wa[-1], wb[-1], lex) and same_first_name(wa[0], wb[0], lex):
                union(a, b)
    for i in persons:
        if len(name[i].split()) == 1:
            owned = {
                find(full[m])
                for m in same_surname(name[i])
                if same_name(name[full[m]].split()[-1], name[i], lex)
            }
            if len(owned) == 1:
                union(next(iter(owned)), i)

    def rank(i: str) -> tuple[int, int, int, int]:
        return (i in reg_ids, len(name[i].split()), mentions[i], -order[i])

    canonical = {i: max(members(find(i)), key=rank) for i in ids}
    if memo is None:
        return tuple(_rewrite(findings, canonical) for findings in per_briefing)
    out: list[BriefingActors] = []
    kept: RewriteMemo = {}
    for findings in per_briefing:
        named = [a.id for a in findings.actors] + [q.speaker for q in findings.quotes if q.speaker]
        renames = tuple((i, canonical.get(i, i)) for i in named)
        hit = memo.get(id(findings))
        if hit is not None and hit[0] is findings and hit[1] == renames:
            rewritten = hit[2]
        else:
            rewritten = _rewrite(findings, canonical)
        kept[id(findings)] = (findings, renames, rewritten)
        out.append(rewritten)
    memo.clear()
    memo.update(kept)
    return tuple(out)


def _rewrite(findings: BriefingActors, canonical: dict[str, str]) -> BriefingActors:
    """One briefing's actors under corpus-wide ids (two actors that became one are joined)."""
    if all(canonical.get(a.id, a.id) == a.id for a in findings.actors) and all(
        canonical.get(q.speaker, q.speaker) == q.speaker for q in findings.quotes if q.speaker
    ):
        return findings  # nothing renamed: the same object (later stages reuse work by identity)
    joined: dict[str, Actor] = {}
    for actor in findings.actors:
        new_id = canonical.get(actor.id, actor.id)
        prev = joined.get(new_id)
        if prev is None:
            joined[new_id] = actor if new_id == actor.id else replace(actor, id=new_id)
            continue
        names = dict.fromkeys((prev.name, *prev.aliases, actor.name, *actor.aliases))
        names.pop(prev.name, None)
        joined[new_id] = replace(
            prev,
            aliases=tuple(names),
            role=prev.role or actor.role,
            mentions=prev.mentions + actor.mentions,
            credit_only=prev.credit_only and actor.credit_only,
        )
    quotes = tuple(
        replace(q, speaker=canonical.get(q.speaker, q.speaker)) if q.speaker else q
        for q in findings.quotes
    )
    return replace(findings, actors=tuple(joined.values()), quotes=quotes)
