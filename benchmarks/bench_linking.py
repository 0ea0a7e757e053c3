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
extension (and without it, as the baseline). Prints best-of-N seconds per MB and the 5,000/50
ratios, then a sweep from 50 to 10,000 ``absent``-style aliases: the trie matcher's cost rises
while the first characters of the aliases fill the alphabet (a few hundred aliases) and is flat
after that.
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
    best, result = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
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
    plain_s, _ = best_of(max(1, args.repeat // 3), partial(render, None, text))
    print(f"Markdown without linking: {plain_s / mb:.3f} s/MB")
    header = ("aliases", "compile s", "trie s/MB", "matches", "flat s/MB", "markdown s/MB")
    print("{:<12} {:>10} {:>10} {:>8} {:>10} {:>14}".format(*header))
    times: dict[str, tuple[float, float, float]] = {}
    for label, aliases in sets.items():
        assert len(aliases) == (50 if label == "50" else 5000), label
        start = time.perf_counter()
        targets = {a: LinkTarget(str(i), f"actors/{i}.md", a) for i, a in enumerate(aliases)}
        matcher = build_matcher(targets)
        compile_s = time.perf_counter() - start
        trie_s, matches = best_of(args.repeat, partial(count, matcher, text))
        regex = flat(aliases)
        flat_s, _ = best_of(max(1, args.repeat // 3), partial(count_flat, regex, text))
        md_s, _ = best_of(max(1, args.repeat // 3), partial(render, matcher, text))
        times[label] = (trie_s, flat_s, md_s)
        row = (label, compile_s, trie_s / mb, matches, flat_s / mb, md_s / mb)
        print("{:<12} {:>10.3f} {:>10.4f} {:>8} {:>10.4f} {:>14.3f}".format(*row))
    for label in ("5000 absent", "5000 real"):
        trie, flat_, md = (times[label][i] / times["50"][i] for i in range(3))
        print(
            f"ratio {label} / 50: trie matcher {trie:.2f}x, flat alternation {flat_:.1f}x, "
            f"whole Markdown page render with linking {md:.2f}x"
        )
    print("sweep (absent-style aliases): aliases, trie ms/MB")
    for n in (50, 200, 500, 1000, 2000, 5000, 10000):
        aliases = present[:25] + absent[: n - 25]
        matcher = build_matcher({a: LinkTarget(a, f"actors/{a}.md", a) for a in aliases})
        trie_s, _ = best_of(args.repeat, partial(count, matcher, text))
        print(f"  {n:>6} {1000 * trie_s / mb:8.2f}")


if __name__ == "__main__":
    main()
