"""Build benchmark (issue 7): the plugin against plain MkDocs on the same content.

Run by hand, never from the tests (it takes minutes; N = 3000 takes long)::

    .venv/bin/python benchmarks/bench_build.py                      # N = 100, 1000, 3000
    .venv/bin/python benchmarks/bench_build.py --sizes 100,1000     # a subset
    .venv/bin/python benchmarks/bench_build.py --sizes 100 --pairs 1 --no-reload

For each N it

1. makes a corpus of N raw articles (``make_corpus.py``) and a project around it: the repository's
   ``mkdocs.yml`` and everything it refers to (linked, not copied), with ``seeds/`` replaced;
2. exports the same site as plain Markdown with ``briefings export`` (no plugin in its
   ``mkdocs.yml``, same theme, same navigation);
3. builds A (``mkdocs build`` with the plugin, cold: no cache folder) and B (plain ``mkdocs build``
   of the export) alternately, A B A B, ``--pairs`` times (default 3), each in a fresh process, and
   prints the median wall-clock seconds, the median ratio A/B, seconds per article and the peak
   resident memory of each build process (``os.wait4`` rusage, children included);
4. times the pipeline alone in this process on one core (ingest to generated pages, no MkDocs) in
   MB of raw text per second;
5. at N = 1000 (``--reload-size``): starts ``mkdocs serve`` on 127.0.0.1, edits one seed and
   measures the time from the save until the rebuilt page is served with the new text.

Work files go to ``benchmarks/out/`` (ignored by git).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import load_sources, make_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
BIN = Path(sys.executable).parent
#: Top-level entries of the repository that are not part of the site's sources.
NOT_SOURCES = frozenset(
    {
        ".git",
        ".github",
        ".venv",
        ".ci",
        "benchmarks",
        "tests",
        "tools",
        "site",
        "seeds",
        ".cache",
        "mkdocs.yml",
        "README.md",
        "dev",
        "pyproject.toml",
        "build",
        "dist",
        "plugins",
    }
)


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run ``cmd`` to completion; wall-clock seconds and peak RSS of it and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace")[-4000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return Run(seconds=seconds, peak_mb=usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def make_project(n: int, seed: int) -> tuple[Path, int]:
    """``OUT/n{N}/project``: the repository's site sources with N generated seeds."""
    base = OUT / f"n{n}"
    project = base / "project"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for entry in ROOT.iterdir():
        if entry.name not in NOT_SOURCES and not entry.name.startswith("."):
            (project / entry.name).symlink_to(entry)
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    stats = make_corpus(project, n, seed=seed, sources=load_sources())
    return project, stats.bytes


def export_project(project: Path) -> Path:
    out = project.parent / "export"
    if out.exists():
        shutil.rmtree(out)
    subprocess.run(
        [str(BIN / "briefings"), "export", str(out), "--config", str(project / "mkdocs.yml")],
        check=True,
        cwd=project,
    )
    return out


def build_plugin(project: Path, site: Path) -> Run:
    shutil.rmtree(project / ".cache", ignore_errors=True)  # a cold, full build
    shutil.rmtree(site, ignore_errors=True)
    return run_measured([str(BIN / "mkdocs"), "build", "-q", "-d", str(site)], cwd=project)


def build_plain(export: Path, site: Path) -> Run:
    shutil.rmtree(site, ignore_errors=True)
    return run_measured([str(BIN / "mkdocs"), "build", "-q", "-d", str(site)], cwd=export)


def count_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def time_pipeline(project: Path) -> tuple[float, float, int]:
    """The pipeline alone in this process (one core, no MkDocs): seeds -> corpus -> pages.

    Returns (MB of raw text per second of CPU time, seconds, pages). Nothing is cached.
    """
    from briefings.corpus import ArticleCache
    from briefings.export import render_site
    from briefings.project import read_project

    config = read_project(project / "mkdocs.yml")
    raw = sum(p.stat().st_size for p in config.seeds_dir.iterdir() if p.is_file())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.process_time()
    _, site = render_site(config, ArticleCache(), workers=1)  # one core: no process pool
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    seconds = time.process_time() - start + children  # children: none expected with workers=1
    return raw / 1e6 / seconds, seconds, len(site.pages)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, OSError):
        return None


@contextlib.contextmanager
def serving(
    project: Path, port: int, extra: tuple[str, ...] = ()
) -> Iterator[subprocess.Popen[bytes]]:
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}", *extra],
            cwd=project,
            stdout=log,
            stderr=log,
        )
        try:
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def time_reload(
    project: Path, page_path: str, seed_name: str, extra: tuple[str, ...] = (), limit: float = 900.0
) -> tuple[float, float]:
    """(seconds until first served, seconds from saving an edited seed until ``page_path`` is
    served with the new text) for ``mkdocs serve`` (livereload on, as editors run it)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/{page_path}"
    started = time.monotonic()
    with serving(project, port, extra) as proc:
        deadline = time.monotonic() + limit
        while fetch(url) is None:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"mkdocs serve did not come up serving {url}")
            time.sleep(0.5)
        first = time.monotonic() - started
        time.sleep(3.0)  # let the watcher settle after the first build
        seed = project / "seeds" / seed_name
        marker = f"Benchmark marker {time.time_ns()} was added by the editor."
        # An editor's usual edit: a sentence added to a paragraph in the middle of the body
        # (an edit at the very top can change the title, which every page listing the
        # briefing shows: that rebuilds those pages too, as it must).
        original = seed.read_bytes()
        paragraphs = original.decode("utf-8").split("\n\n")
        middle = len(paragraphs) // 2
        paragraphs[middle] = f"{paragraphs[middle].rstrip()} {marker}"
        text = "\n\n".join(paragraphs)
        start = time.monotonic()
        seed.write_text(text, encoding="utf-8")
        try:
            while True:
                page = fetch(url)
                if page is not None and marker in page:
                    return first, time.monotonic() - start
                if proc.poll() is not None or time.monotonic() - start > limit:
                    raise SystemExit(f"the edit never showed up at {url}")
                time.sleep(0.05)
        finally:
            seed.write_bytes(original)  # the corpus stays as make_corpus made it


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def revision() -> str:
    """The commit measured, and whether the working tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "plugins"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}{' + uncommitted changes in plugins/' if dirty else ''}"


def bench_size(n: int, pairs: int, seed: int) -> dict[str, float]:
    project, raw = make_project(n, seed)
    export = export_project(project)
    site_a, site_b = project.parent / "site-plugin", project.parent / "site-plain"
    runs_a: list[Run] = []
    runs_b: list[Run] = []
    for i in range(pairs):
        runs_a.append(build_plugin(project, site_a))
        runs_b.append(build_plain(export, site_b))
        print(
            f"  N={n} pair {i + 1}: plugin {runs_a[-1].seconds:.1f} s, "
            f"plain {runs_b[-1].seconds:.1f} s",
            flush=True,
        )
    pages_a, pages_b = count_pages(site_a), count_pages(site_b)
    a = statistics.median(r.seconds for r in runs_a)
    b = statistics.median(r.seconds for r in runs_b)
    ratio = statistics.median(x.seconds / y.seconds for x, y in zip(runs_a, runs_b, strict=True))
    return {
        "n": n,
        "mb": raw / 1e6,
        "pages_a": pages_a,
        "pages_b": pages_b,
        "plugin_s": a,
        "plain_s": b,
        "ratio": ratio,
        "plugin_s_per_article": a / n,
        "plain_s_per_article": b / n,
        "plugin_peak_mb": max(r.peak_mb for r in runs_a),
        "plain_peak_mb": max(r.peak_mb for r in runs_b),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Plugin build against plain MkDocs (issue 7).")
    parser.add_argument("--sizes", default="100,1000,3000", help="comma-separated N values")
    parser.add_argument("--pairs", type=int, default=3, help="A B pairs per N (default 3)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--reload-size", type=int, default=1000, help="N for the live-reload measurement (0: skip)"
    )
    parser.add_argument("--no-reload", action="store_true", help="skip the live reload")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the pipeline timing")
    parser.add_argument("--no-builds", action="store_true", help="skip the A/B builds")
    parser.add_argument("--dirty", action="store_true", help="also time 'mkdocs serve --dirty'")
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice on every build
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    print(f"# Briefings build benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"# machine: {machine()}")
    print(f"# code: {revision()}")
    results = []
    for n in sizes if not args.no_builds else []:
        print(f"N={n}: building", flush=True)
        results.append(bench_size(n, args.pairs, args.seed))
    if results:
        print()
        print(
            "| N | MB raw | pages plugin/plain | plugin s | plain s | ratio (median of pairs) "
            "| plugin s/article | plain s/article | peak MB plugin/plain |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['n']:.0f} | {r['mb']:.2f} | {r['pages_a']:.0f}/{r['pages_b']:.0f} "
            f"| {r['plugin_s']:.2f} | {r['plain_s']:.2f} | {r['ratio']:.2f} "
            f"| {r['plugin_s_per_article']:.4f} | {r['plain_s_per_article']:.4f} "
            f"| {r['plugin_peak_mb']:.0f}/{r['plain_peak_mb']:.0f} |"
        )
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(
            f"seconds per article, N={last['n']:.0f} / N={first['n']:.0f}: "
            f"{last['plugin_s_per_article'] / first['plugin_s_per_article']:.2f}"
        )
    if not args.no_pipeline:
        for n in sizes:
            project = OUT / f"n{n}" / "project"
            if not project.exists():
                make_project(n, args.seed)
            rate, seconds, count = time_pipeline(project)
            print(
                f"pipeline alone, N={n} (one core, seeds -> {count} pages, no MkDocs): "
                f"{seconds:.2f} s CPU, {rate:.2f} MB/s of raw text"
            )
    if not args.no_reload and args.reload_size:
        n = args.reload_size
        project = OUT / f"n{n}" / "project"
        if not project.exists():
            make_project(n, args.seed)
        variants: list[tuple[str, tuple[str, ...]]] = [("mkdocs serve", ())]
        if args.dirty:
            variants.append(("mkdocs serve --dirty", ("--dirty",)))
        for label, extra in variants:
            seed = f"article-{n // 2:05d}.txt"
            served, reload = time_reload(project, page_url(seed[:-4]), seed, extra)
            print(
                f"live reload, N={n}, {label}: first build served after {served:.1f} s; "
                f"one seed edited -> its page served with the edit after {reload:.2f} s"
            )


def page_url(slug: str, briefings_dir: str = "briefing") -> str:
    return f"{briefings_dir}/{slug}/"


if __name__ == "__main__":
    main()
