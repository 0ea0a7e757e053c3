"""Alias matching costs the same with 50 or 5,000 aliases (issue 7): run by hand, not in the tests.

    .venv/bin/python benchmarks/bench_linking.py [--repeat 7]

Text: the dev-set articles in /work/shared/devset/actors/*.txt and the seeds (real prose, ~0.4 MB).
Aliases: real names (last names, places, "First Last" pairs) from the actor stage's gazetteers,
shuffled with a fixed seed. The 5,000-alias set contains the 50-alias set, in two variants:

- ``absent``: the 4,950 extra aliases never occur in the text, so both sets find exactly the
  same mentions and the ratio is the cost of the matcher alone;
- ``real``: 4,950 further names from the same pool, so more mentions are found (each one costs a
  Python-level yield), the way a bigger registry behaves.

For contrast it times a flat alternation of the same aliases (what ``abbr`` compiles), whose cost
grows with the number of aliases, and the whole Markdown rendering of the text with the link
extension (and without it, as the baseline). Times are CPU seconds of this process per MB, best
of interleaved rounds (so other work on the machine does not count). Then a sweep from 50 to
10,000 ``absent``-style aliases: the trie matcher's cost rises while the trie fills (words of
the text descend deeper into it, up to a few hundred aliases) and is flat after that.

Figures on 2026-11-25, this 2-core machine: trie 0.011 s/MB with 50 aliases, 0.019 with 5,000
(1.7x; sweep 500 -> 10,000 aliases +14%); flat alternation 63x; a whole Markdown render with
linking 1.03x (0.32 -> 0.33 s/MB; 0.29 without linking).
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import markdown

from briefings.linking import (
    ActorLinkExtension,
    AliasMatcher,
    LinkPolicy,
    LinkTarget,
    build_matcher,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "plugins" / "briefings" / "actors" / "data"
TEXTS = [Path("/work/shared/devset/actors"), ROOT / "seeds"]


def corpus() -> str:
    parts: list[str] = []
    for folder in TEXTS:
        parts.extend(
            p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))
        )
    return "\n\n".join(parts)


def names(rng: random.Random) -> list[str]:
    firsts = (DATA / "first_names.txt").read_text(encoding="utf-8").split()
    lasts = (DATA / "last_names.txt").read_text(encoding="utf-8").split()
    places = [
        line.split("\t")[0]
        for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    pool = set(lasts[:8000]) | set(places[:8000])
    pool |= {f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(4000)}
    out = sorted(pool)
    rng.shuffle(out)
    return out


def best_of(repeat: int, fn: Callable[[], int]) -> tuple[float, int]:
    """Least CPU time of this process over ``repeat`` runs (CPU, not wall clock: other work on
    the machine then does not count)."""
    best, result = float("inf"), 0
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
    return best, result


def count(matcher: AliasMatcher, text: str) -> int:
    return sum(1 for _ in matcher.finditer(text))


def render(matcher: AliasMatcher | None, text: str) -> int:
    """Render the text as Markdown with the link extension (every mention linked)."""
    ext = ActorLinkExtension(lambda: matcher, lambda: "briefing/x.md", LinkPolicy.EVERY)
    html: str = markdown.Markdown(extensions=[ext]).convert(text)
    return html.count('class="briefings-actor"')


def count_flat(regex: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in regex.finditer(text))


def flat(aliases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    text = corpus()
    mb = len(text.encode("utf-8")) / 1e6
    rng = random.Random(20261125)
    pool = names(rng)
    present = [n for n in pool if n in text]
    absent = [n for n in pool if n not in text]
    small = present[:25] + absent[:25]
    sets = {
        "50": small,
        "5000 absent": small + absent[25 : 25 + 4950],
        "5000 real": small + [n for n in pool if n not in set(small)][:4950],
    }
    print(f"text: {mb:.2f} MB; alias pool {len(pool)} ({len(present)} occur in the text)")
    header = ("aliases", "compile s", "trie s/MB", "matches", "flat s/MB", "markdown s/MB")
    print("{:<12} {:>10} {:>10} {:>8} {:>10} {:>14}".format(*header))
    matchers: dict[str, AliasMatcher] = {}
    compile_s: dict[str, float] = {}
    for label, aliases in sets.items():
        assert len(aliases) == (50 if label == "50" else 5000), label
        start = time.perf_counter()
        targets = {a: LinkTarget(str(i), f"actors/{i}.md", a) for i, a in enumerate(aliases)}
        matchers[label] = build_matcher(targets)
        compile_s[label] = time.perf_counter() - start
    # Interleaved rounds, best of each: drift in machine load hits every set alike.
    jobs: dict[tuple[str, str], Callable[[], int]] = {
        ("plain", "markdown"): partial(render, None, text)
    }
    for label, matcher in matchers.items():
        jobs[(label, "trie")] = partial(count, matcher, text)
        jobs[(label, "flat")] = partial(count_flat, flat(sets[label]), text)
        jobs[(label, "markdown")] = partial(render, matcher, text)
    best: dict[tuple[str, str], float] = dict.fromkeys(jobs, float("inf"))
    results: dict[tuple[str, str], int] = {}
    for round_ in range(args.repeat):
        for key, job in jobs.items():
            if key[1] == "flat" and key[0] != "50" and round_ >= 2:
                continue  # seconds each: two rounds are plenty
            took, results[key] = best_of(1, job)
            best[key] = min(best[key], took)
    plain = best[("plain", "markdown")] / mb
    print(f"{'no linking':<12} {'':>10} {'':>10} {'':>8} {'':>10} {plain:>14.3f}")
    for label in sets:
        row = (
            label,
            compile_s[label],
            best[(label, "trie")] / mb,
            results[(label, "trie")],
            best[(label, "flat")] / mb,
            best[(label, "markdown")] / mb,
        )
        print("{:<12} {:>10.3f} {:>10.4f} {:>8} {:>10.4f} {:>14.3f}".format(*row))
    for label in ("5000 absent", "5000 real"):
        trie, flat_, md = (best[(label, k)] / best[("50", k)] for k in ("trie", "flat", "markdown"))
        print(
            f"ratio {label} / 50: trie matcher {trie:.2f}x, flat alternation {flat_:.1f}x, "
            f"whole Markdown render with linking {md:.2f}x"
        )
    print("sweep (absent-style aliases): aliases, trie ms/MB")
    sweep = {}
    for n in (50, 200, 500, 1000, 2000, 5000, 10000):
        aliases = present[:25] + absent[: n - 25]
        sweep[n] = build_matcher({a: LinkTarget(a, f"actors/{a}.md", a) for a in aliases})
    times = dict.fromkeys(sweep, float("inf"))
    for _ in range(args.repeat):
        for n, matcher in sweep.items():
            times[n] = min(times[n], best_of(1, partial(count, matcher, text))[0])
    for n, took in times.items():
        print(f"  {n:>6} {1000 * took / mb:8.2f}")


if __name__ == "__main__":
    main()
