"""``briefings check``: validate a project's inputs without building the site.

Seeds (decodable, not empty, not chrome only), editor sidecars (YAML, keys, annotations that
cannot be placed) and the actor registry go through the site build's own code
(``corpus.discover_seeds``, ``corpus.build_corpus``, ``actors.load_registry``,
``pages.render_pages``) without MkDocs; every problem and warning they report (what would fail
``mkdocs build --strict``) becomes one line ``file[:line]: message``.
Nothing here re-implements their validation; it only adds editor files that match no seed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .actors import Registry, load_registry
from .corpus import ArticleCache, CorpusError, Seed, build_corpus, discover_seeds
from .editor import sidecar_path
from .pages import render_pages
from .yamlfile import YamlError


@dataclass(frozen=True)
class Problem:
    """One problem, located: ``path`` and, when known, the 1-based ``line``."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class CheckReport:
    seeds: int
    sidecars: int
    registry: str | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        registry = f", registry {self.registry}" if self.registry else ", no registry"
        plural = "s" if self.seeds != 1 else ""
        head = f"{self.seeds} seed{plural}, {self.sidecars} editor file(s){registry}"
        if self.ok:
            return f"briefings check: {head}: no problems"
        return f"briefings check: {head}: {len(self.problems)} problem(s)"


_LOCATED = re.compile(r"^(?P<path>[^\n]+?)(?::(?P<line>\d+))?: (?P<message>.*)$", re.DOTALL)


def locate(message: str, path: Path | str | None = None, known: Iterable[Path] = ()) -> Problem:
    """A Problem from a loader's message, which usually starts with the file (and line).

    ``path`` is the file the message is about when the message does not name it; ``known`` are
    files the message may start with, by full path or bare name (the longest match wins).
    """
    full_of: dict[str, str] = {}
    for candidate in [*known, *([Path(path)] if path is not None else [])]:
        full_of.setdefault(str(candidate), str(candidate))
        full_of.setdefault(candidate.name, str(candidate))
    for prefix in sorted(full_of, key=len, reverse=True):
        if message.startswith(prefix + ":"):
            rest = message[len(prefix) + 1 :]
            match = re.match(r"^(?P<line>\d+): (?P<message>.*)$", rest, re.DOTALL)
            if match:
                return Problem(full_of[prefix], match["message"], int(match["line"]))
            return Problem(full_of[prefix], rest.removeprefix(" "))
    if path is not None:
        return Problem(str(path), message)
    match = _LOCATED.match(message)
    if match:
        return Problem(match["path"], match["message"], int(match["line"] or 0) or None)
    return Problem("", message)


def check_registry(path: Path | None) -> tuple[Registry | None, list[Problem]]:
    if path is None or not path.exists():
        return None, []
    try:
        registry = load_registry(path)
    except YamlError as exc:  # RegistryError is a YamlError
        return None, [locate(str(exc), path)]
    return registry, []  # its warnings come back with the corpus's


def orphan_sidecars(seeds_dir: Path, seeds: Iterable[Seed], registry: Path | None) -> list[Path]:
    """Editor files (``*.yml`` in the seeds folder and its subfolders, hidden ones aside) that
    belong to no seed."""
    wanted = {sidecar_path(s.path) for s in seeds}
    skip = {registry.resolve()} if registry else set()
    return sorted(
        p
        for p in seeds_dir.rglob("*.yml")
        if p not in wanted
        and p.resolve() not in skip
        and not any(part.startswith(".") for part in p.relative_to(seeds_dir).parts)
    )


def _named(message: str, seed: Seed) -> bool:
    files = [seed.path, *([seed.sidecar] if seed.sidecar else [])]
    return any(message.startswith(f"{name}:") for f in files for name in (str(f), f.name))


def check_corpus(seeds: tuple[Seed, ...], registry: Registry | None) -> list[str]:
    """Every problem and warning the site build would report for these seeds.

    ``build_corpus`` stops at the first failing pass with the problems of every seed; the seeds
    it did not complain about are then built again (from the cache) for their warnings.
    """
    cache = ArticleCache()
    messages: list[str] = list(registry.warnings) if registry is not None else []
    remaining = seeds
    while remaining:
        try:
            corpus = build_corpus(remaining, registry, cache)
        except CorpusError as exc:
            messages += exc.problems
            left = tuple(s for s in remaining if not any(_named(m, s) for m in exc.problems))
            if len(left) == len(remaining):  # a problem naming no seed: nothing more to learn
                break
            remaining = left
            continue
        messages += corpus.warnings
        messages += render_pages(corpus).warnings  # annotations that cannot be placed
        break
    return list(dict.fromkeys(messages))


def check_project(
    seeds_dir: Path, registry_path: Path | None = None, root: Path | None = None
) -> CheckReport:
    """Validate every seed, editor file and the registry of a project (reads files, no build)."""
    problems: list[Problem] = []
    if not seeds_dir.is_dir():
        return CheckReport(0, 0, None, (Problem(str(seeds_dir), "no such folder of seeds"),))
    registry, registry_problems = check_registry(registry_path)
    problems += registry_problems
    try:
        seeds = discover_seeds(seeds_dir, root)
    except CorpusError as exc:
        problems += [locate(m) for m in exc.problems]
        seeds = ()
    if not seeds and not problems:
        problems.append(Problem(str(seeds_dir), "no seeds (.txt, .html, .htm) in this folder"))
    known = [s.path for s in seeds] + [s.sidecar for s in seeds if s.sidecar]
    known += [registry_path] if registry_path else []
    for message in check_corpus(seeds, registry):
        problems.append(locate(message, known=known))
    for orphan in orphan_sidecars(seeds_dir, seeds, registry_path):
        problems.append(
            Problem(str(orphan), "editor file without a seed of the same name (.txt/.html/.htm)")
        )
    sidecars = sum(1 for s in seeds if s.sidecar)
    shown = str(registry_path) if registry_path and registry_path.exists() else None
    return CheckReport(len(seeds), sidecars, shown, tuple(problems))
