"""Check that a change to the pipeline leaves its output byte-identical (issue 7: speed work).

Runs ``article_to_json(read_article(path))`` over a fixed set of inputs (the actor and chrome dev
sets, the repository's seeds and a slice of a benchmark corpus) in one process, adds the details
the JSON leaves out (every classified line, every actor mention), and writes one JSON line per
input. A crash is recorded as its exception, so it must stay the same crash.

    .venv/bin/python tools/check_same_output.py --write /tmp/ref.jsonl      # before a change
    .venv/bin/python tools/check_same_output.py --compare /tmp/ref.jsonl    # after it

``--compare`` prints the first differing inputs and exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefings.pipeline import article_to_json, read_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/devset")
BENCH_SEEDS = next(
    (
        p
        for p in (
            ROOT / "benchmarks" / "out" / "n300" / "project" / "seeds",
            Path("/work/main/benchmarks/out/n300/project/seeds"),
        )
        if p.is_dir()
    ),
    ROOT / "benchmarks" / "out" / "n300" / "project" / "seeds",
)
SIDECAR_SUFFIXES = (".yml", ".yaml")


def default_inputs(bench_seeds: Path, bench_count: int) -> Iterator[Path]:
    """The inputs in a fixed order."""
    yield from sorted((SHARED / "actors").glob("*.txt"))
    chrome = SHARED / "chrome"
    yield from sorted(
        p
        for p in chrome.iterdir()
        if p.suffix in (".txt", ".html") and not p.name.endswith(".gold.txt")
    )
    yield from sorted(
        p
        for p in (ROOT / "seeds").iterdir()
        if p.is_file() and p.suffix not in SIDECAR_SUFFIXES and p.name != "README.md"
    )
    if bench_seeds.is_dir():
        yield from sorted(bench_seeds.iterdir())[:bench_count]


def record(path: Path) -> dict[str, Any]:
    """Everything one input produces, as JSON-able data."""
    try:
        article = read_article(path)
    except Exception as exc:  # a crash is an output too
        return {"path": _label(path), "error": f"{type(exc).__name__}: {exc}"}
    out = article_to_json(article)
    out["lines"] = [
        [line.number, line.kind.value, line.reason, line.meta_key, line.meta_value]
        for line in article.stripped.lines
    ]
    out["mentions"] = {
        actor.id: [[m.surface, m.section, m.sentence, m.in_figure] for m in actor.mentions]
        for actor in article.actors.actors
    }
    return {"path": _label(path), "out": out}


def _label(path: Path) -> str:
    """The input's name without the folder it was found in (the benchmark corpus may sit in
    another checkout)."""
    return f"{path.parent.name}/{path.name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the outputs here (JSON lines)")
    group.add_argument("--compare", type=Path, help="compare the outputs with this reference")
    parser.add_argument("--bench-seeds", type=Path, default=BENCH_SEEDS)
    parser.add_argument("--bench-count", type=int, default=200)
    args = parser.parse_args()
    if not args.bench_seeds.is_dir():
        print(f"note: no benchmark seeds at {args.bench_seeds}", file=sys.stderr)
    start = time.perf_counter()
    lines = [
        json.dumps(record(p), ensure_ascii=False, sort_keys=True)
        for p in default_inputs(args.bench_seeds, args.bench_count)
    ]
    print(f"{len(lines)} inputs in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    reference = args.compare.read_text(encoding="utf-8").splitlines()
    if len(reference) != len(lines):
        print(f"DIFFERENT: {len(lines)} inputs, reference has {len(reference)}")
        return 1
    differing = [
        json.loads(new)["path"] for new, old in zip(lines, reference, strict=True) if new != old
    ]
    for path in differing[:20]:
        print(f"differs: {path}")
    print("IDENTICAL" if not differing else f"DIFFERENT: {len(differing)} of {len(lines)} inputs")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
