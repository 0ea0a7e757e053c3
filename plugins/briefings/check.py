"""``briefings check``: validate a project's inputs without building the site.

Seeds (decodable, not empty, not chrome only), editor sidecars (YAML and keys) and the actor
registry are read with the pipeline's own loaders; every problem they report becomes one line
``file[:line]: message``. Nothing here re-implements their validation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .actors import Registry, load_registry
from .editor import EditorFile, EditorFileError, load_editor_file, sidecar_path
from .ingest import SEED_SUFFIXES, IngestError, read_source
from .pipeline import EmptyArticleError, process_source
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


_LOCATED = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+))?: (?P<message>.*)$", re.DOTALL)


def locate(message: str, path: Path | str) -> Problem:
    """A Problem from a loader's message, which usually starts with the file (and line) already."""
    text = str(path)
    for prefix in dict.fromkeys((text, Path(text).name)):
        if message.startswith(prefix):
            match = _LOCATED.match(text + message[len(prefix) :])
            if match and match["path"] == text:
                line = int(match["line"]) if match["line"] else None
                return Problem(text, match["message"], line)
    return Problem(text, message)


def seed_files(seeds_dir: Path) -> list[Path]:
    """The seeds of a folder, in the order the site lists them (sorted by name)."""
    return sorted(
        p for p in seeds_dir.iterdir() if p.is_file() and p.suffix.lower() in SEED_SUFFIXES
    )


def check_registry(path: Path | None) -> tuple[Registry | None, list[Problem]]:
    if path is None or not path.exists():
        return None, []
    try:
        registry = load_registry(path)
    except YamlError as exc:  # RegistryError is a YamlError
        return None, [locate(str(exc), path)]
    return registry, [locate(w, path) for w in registry.warnings]


def check_seed(seed: Path, registry: Registry | None) -> list[Problem]:
    problems: list[Problem] = []
    editor: EditorFile | None = None
    sidecar = sidecar_path(seed)
    if sidecar.is_file():
        try:
            editor = load_editor_file(sidecar)
        except EditorFileError as exc:
            problems.append(locate(str(exc), sidecar))
        else:
            problems += [locate(w, sidecar) for w in editor.warnings]
    try:
        source = read_source(seed)
        process_source(source, editor=editor, registry=registry)
    except (IngestError, EmptyArticleError) as exc:
        problems.append(locate(str(exc), seed))
    return problems


def orphan_sidecars(seeds_dir: Path, seeds: Iterable[Path], registry: Path | None) -> list[Path]:
    """Editor files (``*.yml`` in the seeds folder) that belong to no seed."""
    wanted = {sidecar_path(s) for s in seeds}
    skip = {registry.resolve()} if registry else set()
    return sorted(
        p
        for p in seeds_dir.glob("*.yml")
        if p not in wanted and p.resolve() not in skip
    )


def check_project(seeds_dir: Path, registry_path: Path | None = None) -> CheckReport:
    """Validate every seed, editor file and the registry of a project (reads files, no build)."""
    problems: list[Problem] = []
    if not seeds_dir.is_dir():
        return CheckReport(0, 0, None, (Problem(str(seeds_dir), "no such folder of seeds"),))
    registry, registry_problems = check_registry(registry_path)
    problems += registry_problems
    seeds = seed_files(seeds_dir)
    if not seeds:
        problems.append(Problem(str(seeds_dir), "no seeds (.txt, .html, .htm) in this folder"))
    for seed in seeds:
        problems += check_seed(seed, registry)
    for orphan in orphan_sidecars(seeds_dir, seeds, registry_path):
        problems.append(
            Problem(str(orphan), "editor file without a seed of the same name (.txt/.html/.htm)")
        )
    sidecars = sum(1 for s in seeds if sidecar_path(s).is_file())
    shown = str(registry_path) if registry_path and registry_path.exists() else None
    return CheckReport(len(seeds), sidecars, shown, tuple(problems))
