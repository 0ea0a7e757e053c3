"""What ``briefings actors PATH... [--yaml]`` prints: a table, or a registry stub for editors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from .corpus import gather_actors
from .model import BriefingActors, CorpusActor
from .registry import Registry, load_registry


def article_paths(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Files named directly, and the seeds inside named folders and their subfolders."""
    from ..ingest import seed_files

    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in seed_files(path) if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def collect_actors(
    paths: Sequence[Path], registry_file: Path | None = None
) -> tuple[tuple[CorpusActor, ...] | None, list[str]]:
    """Read every article and gather their actors; problems are per-file messages."""
    from ..cli import INPUT_ERRORS
    from ..pipeline import read_article

    registry = load_registry(registry_file) if registry_file else Registry()
    files, problems = article_paths(paths)
    problems.extend(registry.warnings)
    found: list[BriefingActors] = []
    for path in files:
        try:
            found.append(read_article(path, registry).actors)
        except INPUT_ERRORS as exc:
            problems.append(str(exc))
    if not found:
        return None, problems
    return gather_actors(found, registry), problems


def registry_stub(corpus: Sequence[CorpusActor]) -> str:
    """A registry YAML to start from: every actor found (photo credits as comments)."""
    actors = []
    for actor in corpus:
        if actor.credit_only:
            continue
        role = next((a.role for a in actor.appearances if a.role), None)
        entry: dict[str, object] = {"id": actor.id, "name": actor.name, "kind": actor.kind}
        if actor.aliases:
            entry["aliases"] = list(actor.aliases)
        entry["description"] = actor.description or role or ""
        entry["links"] = list(actor.links)
        actors.append(entry)
    header = (
        "# Actor registry stub written by `briefings actors --yaml`: everything detected.\n"
        "# Check kinds and aliases, add descriptions and links (Wikipedia/Wikidata), move false\n"
        "# positives to `ignore`, then save as the project's registry (briefings/actors.yml).\n"
    )
    body = yaml.safe_dump(
        {"actors": actors, "ignore": []}, allow_unicode=True, sort_keys=False, width=100
    )
    credits = [a for a in corpus if a.credit_only]
    tail = ""
    if credits:
        tail = "# Seen only in photo credits (not listed as briefing actors):\n" + "".join(
            f"#   {a.name} ({a.kind})\n" for a in credits
        )
    return header + body + tail


def actors_table(corpus: Sequence[CorpusActor]) -> str:
    """A readable table: kind, id, mentions, briefings, name, role and aliases."""
    rows = [("KIND", "ID", "MENTIONS", "BRIEFINGS", "NAME / ROLE / ALIASES")]
    order = {"person": 0, "organization": 1, "place": 2}
    for a in sorted(corpus, key=lambda a: (a.credit_only, order[a.kind], -a.mention_count, a.id)):
        role = next((x.role for x in a.appearances if x.role), None)
        detail = a.name
        if role:
            detail += f" — {role}"
        if a.aliases:
            detail += f" (also: {', '.join(a.aliases)})"
        if a.credit_only:
            detail += " [photo credit only]"
        rows.append((a.kind, a.id, str(a.mention_count), str(len(a.appearances)), detail))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "".join(
        "  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] + "\n" for r in rows
    )
