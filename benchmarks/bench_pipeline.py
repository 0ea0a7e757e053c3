"""Pipeline speed (issue 7): MB of raw text per CPU second, ingest to generated pages, one core.

Run by hand, never from the tests::

    .venv/bin/python benchmarks/bench_pipeline.py                 # N = 300, 5 runs
    .venv/bin/python benchmarks/bench_pipeline.py --size 1000 --runs 3
    .venv/bin/python benchmarks/bench_pipeline.py --project path/to/project

Each run is a fresh process that first passes one seed through the pipeline (loading the
lexicon, the tagger and the data files, which a long-lived process does once) and then times
``bench_build.time_pipeline`` (the whole site rendered with ``workers=1``: no process pool, no
MkDocs) with ``time.process_time``. Fresh processes, because the word caches of a process that has
already seen the corpus would flatter the figure. Prints every run and the median.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import OUT, make_project, time_pipeline


def one_run(project: Path) -> dict[str, float]:
    from briefings.ingest import read_source
    from briefings.pipeline import process_source
    from briefings.project import read_project

    seeds = sorted(p for p in read_project(project / "mkdocs.yml").seeds_dir.iterdir())
    process_source(read_source(seeds[0]))  # warm-up: data files, lexicon, tagger
    rate, seconds, pages = time_pipeline(project)
    return {"mb_per_s": rate, "seconds": seconds, "pages": pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=300, help="corpus size N (made if missing)")
    parser.add_argument("--project", type=Path, help="an existing project instead of --size")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0, help="corpus seed, as in bench_build")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    project = args.project or OUT / f"n{args.size}" / "project"
    if args.one:
        print(json.dumps(one_run(project)))
        return
    if not (project / "mkdocs.yml").is_file():
        if args.project:
            raise SystemExit(f"{project}: no mkdocs.yml")
        make_project(args.size, args.seed)
    rates = []
    for k in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one", "--project", str(project)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        run = json.loads(out.strip().splitlines()[-1])
        rates.append(run["mb_per_s"])
        print(
            f"run {k + 1}: {run['mb_per_s']:.3f} MB/s ({run['seconds']:.2f} s CPU, "
            f"{run['pages']:.0f} pages)",
            flush=True,
        )
    print(
        f"pipeline alone, {project}: median {statistics.median(rates):.3f} MB/s "
        f"(min {min(rates):.3f}, max {max(rates):.3f}, {len(rates)} fresh processes)"
    )


if __name__ == "__main__":
    main()
