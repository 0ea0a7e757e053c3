"""Copies of the real project in a temporary folder, and builds/CLI runs in a subprocess.

Builds run ``python -m mkdocs build`` in a child process with a small, explicit environment,
so a test controls everything that could change the output (site_url, hash seed, time zone)
and a hung build is killed by the timeout instead of hanging the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository (the real project: mkdocs.yml, briefings/, seeds/, site_templates/)."""

PROJECT_PARTS = ("mkdocs.yml", "briefings", "seeds", "site_templates")
"""What a project copy holds (the docs folder, seeds and theme folder of the real mkdocs.yml)."""

BUILD_TIMEOUT = 240
"""Seconds a build may take before the test fails (guards against hangs, not a speed check)."""

SUBPATH_URL = "https://user.github.io/repo/"
"""A GitHub Pages project site: the shared test site is built for it and served under /repo/."""


def copy_project(
    dest: Path, *, seeds: bool = True, reverse_order: bool = False, source: Path = ROOT
) -> Path:
    """Copy the real project into ``dest`` (created) and return ``dest``.

    ``seeds=False`` leaves ``seeds/`` empty (tests add their own); ``reverse_order`` creates
    the files of every folder in reverse name order (a different directory order on disk, for
    reproducibility tests).
    """
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = source / part
        if src.is_file():
            shutil.copy2(src, dest / part)
        elif part == "seeds" and not seeds:
            (dest / part).mkdir(exist_ok=True)
        elif src.is_dir():
            _copy_tree(src, dest / part, reverse_order)
    return dest


def _copy_tree(src: Path, dest: Path, reverse_order: bool) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    entries = sorted(src.iterdir(), key=lambda p: p.name, reverse=reverse_order)
    for entry in entries:
        if entry.name == "__pycache__":
            continue
        if entry.is_dir() and not entry.is_symlink():
            _copy_tree(entry, dest / entry.name, reverse_order)
        else:
            shutil.copy2(entry, dest / entry.name)


def build_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """A small environment for a child process: PATH, HOME, a UTF-8 locale, no MkDocs 2
    banner, no inherited SITE_URL; ``env`` overrides (a value of "" removes the variable)."""
    out = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
    }
    for key, value in (env or {}).items():
        if value == "":
            out.pop(key, None)
        else:
            out[key] = value
    return out


@dataclass(frozen=True)
class RunResult:
    """A finished child process (build or CLI)."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def log(self) -> str:
        return self.stdout + self.stderr

    def describe(self, tail: int = 6000) -> str:
        """The command, its status and the end of its output (MkDocs' list of pages left out
        of the nav is dropped: it is long and never the point)."""

        def short(text: str) -> str:
            kept = [line for line in text.splitlines() if not line.startswith("  - ")]
            return "\n".join(kept)[-tail:]

        return (
            f"$ {' '.join(self.args)}\nexit status {self.returncode}\n"
            f"--- stdout ---\n{short(self.stdout)}\n--- stderr ---\n{short(self.stderr)}"
        )


class BuildError(AssertionError):
    """A build that failed; the message carries its log."""

    def __init__(self, result: RunResult) -> None:
        self.result = result
        super().__init__(f"mkdocs build failed\n{result.describe()}")


def run(
    args: Iterable[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = BUILD_TIMEOUT,
    stdin: str | None = None,
) -> RunResult:
    """Run a child process with :func:`build_env`; a timeout fails the test with a message."""
    argv = tuple(str(a) for a in args)
    try:
        done = subprocess.run(
            argv,
            cwd=cwd,
            env=build_env(env),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            input=stdin,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode("utf-8", "replace") if isinstance(exc.stdout, bytes) else ""
        err = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else ""
        raise AssertionError(
            f"$ {' '.join(argv)} did not finish within {timeout} s (a hang)\n"
            f"--- stdout ---\n{out[-3000:]}\n--- stderr ---\n{err[-3000:]}"
        ) from None
    return RunResult(argv, done.returncode, done.stdout, done.stderr)


def run_build(
    project_dir: Path,
    out_dir: Path,
    strict: bool = True,
    env: Mapping[str, str] | None = None,
    timeout: float = BUILD_TIMEOUT,
) -> RunResult:
    """``python -m mkdocs build [--strict]`` of ``project_dir/mkdocs.yml`` into ``out_dir``."""
    args = [sys.executable, "-m", "mkdocs", "build", "-f", project_dir / "mkdocs.yml"]
    args += ["-d", out_dir]
    if strict:
        args.append("--strict")
    return run(args, cwd=project_dir, env=env, timeout=timeout)


def build_site(
    project_dir: Path,
    out_dir: Path,
    strict: bool = True,
    env: Mapping[str, str] | None = None,
    timeout: float = BUILD_TIMEOUT,
) -> RunResult:
    """Build like :func:`run_build`; raise :class:`BuildError` (with the log) on failure."""
    result = run_build(project_dir, out_dir, strict=strict, env=env, timeout=timeout)
    if result.returncode != 0:
        raise BuildError(result)
    return result


def run_cli(
    args: Iterable[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = BUILD_TIMEOUT,
) -> RunResult:
    """The ``briefings`` command (the venv's console script) with ``args``, in ``cwd``."""
    script = Path(sys.executable).parent / "briefings"
    if not script.exists():
        raise AssertionError(f"{script} is missing: pip install -e '.[test]' installs it")
    return run([script, *args], cwd=cwd, env=env, timeout=timeout)
