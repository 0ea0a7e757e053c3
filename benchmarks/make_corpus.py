"""Make a benchmark corpus of N raw articles, deterministically, from real text.

Run by hand (never from the tests)::

    .venv/bin/python benchmarks/make_corpus.py benchmarks/out/corpus-1000 -n 1000

What it writes into ``OUT_DIR/seeds/``: ``article-00001.txt`` ... one raw article each, shaped like
text copied from a news page:

- page chrome at the top and bottom ("Skip to main content", share buttons, a footer), which the
  chrome stripper has to remove;
- a headline, a dateline, then 6-14 paragraphs of real prose (paragraphs of the seeds in
  ``seeds/`` and of the openly licensed Wikinews/Wikipedia texts in
  ``/work/shared/devset/actors/*.txt``) with a few question-style section headings;
- actor mentions with a realistic spread: about N/2 distinct names (real person, organization
  and place names from the dev set's gold files), Zipf-distributed so most are mentioned in a
  few articles and a few (the first ranks) appear almost everywhere. The names already in the
  borrowed prose are replaced by names drawn from that distribution (otherwise every borrowed
  paragraph would bring its own never-repeated names: ~10 actors per article, not N/2 in all).

The same N and ``--seed`` always give byte-identical files.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefings.pages import MONTHS

ROOT = Path(__file__).resolve().parent.parent
DEVSET_ACTORS = Path("/work/shared/devset/actors")

#: Generic page chrome (menus, share bars, footers) as found on news sites.
CHROME_TOP = (
    "Skip to main content",
    "Advertisement",
    "Menu",
    "Search",
    "Subscribe",
    "Sign in",
    "World",
    "Politics",
    "Business",
    "Live broadcast",
    "Share",
    "Share on Facebook",
    "Share on X",
    "Copy link",
    "Listen to this article",
)
CHROME_BOTTOM = (
    "Advertisement",
    "Related articles",
    "Read more",
    "Most read",
    "Follow us",
    "Newsletter",
    "Sign up for our daily briefing",
    "Terms of use",
    "Privacy policy",
    "Cookie settings",
    "Contact us",
    "About us",
    "© 2025 The Daily Example. All rights reserved.",
)
#: How an actor mention is worked into a paragraph ({name} is replaced).
MENTION_TEMPLATES = (
    "{name} declined to comment on the matter.",
    "According to {name}, the situation remains unclear.",
    "The statement was later confirmed by {name}.",
    "Observers expect {name} to respond in the coming days.",
    "Earlier this year, {name} raised similar concerns.",
    "Officials said talks with {name} would continue.",
)
ZIPF_EXPONENT = 1.2
#: A run of capitalised words (a name in running text), or an acronym.
_WORD = r"[A-Z][\w'’.&-]*"
NAME_RUN = re.compile(
    rf"(?<![\w'’.&-]){_WORD}(?:\s+(?:(?:of|the|de|y|upon|and|for|da|van|von|al|du|la)\s+)*{_WORD})*"
)
SENTENCE_START = re.compile(r"(?:^|[.!?][\"”»’)]*\s+)[\"“«(]?$")
#: Capitalised words that are not names (left as they are).
NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        """I The A An In On At But However This That These Those It He She They We You His Her
        Their Its Our Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
        March April May June July August September October November December""",
    )
)
#: Ranks 1..EVERYWHERE are mentioned in (almost) every article.
EVERYWHERE = 3


@dataclass(frozen=True)
class Sources:
    paragraphs: tuple[str, ...]
    headings: tuple[str, ...]
    titles: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    bytes: int
    distinct_actors: int


def _blocks(text: str) -> list[str]:
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def load_sources(
    seed_dirs: tuple[Path, ...] = (ROOT / "seeds",), devset: Path = DEVSET_ACTORS
) -> Sources:
    """Collect paragraphs, headings, titles and actor names from the real texts (sorted: stable)."""
    paragraphs: list[str] = []
    headings: list[str] = []
    titles: list[str] = []
    texts = [p for d in seed_dirs for p in sorted(d.glob("*.txt"))]
    texts += sorted(devset.glob("*.txt"))
    for path in texts:
        blocks = _blocks(path.read_text(encoding="utf-8", errors="replace"))
        if blocks and path.parent == devset:
            titles.append(blocks[0].splitlines()[0])
        for block in blocks:
            if "\n" in block:
                continue
            if len(block) >= 160 and block[-1] in '."”»)':
                paragraphs.append(block)
            elif 20 <= len(block) <= 90 and block.endswith("?"):
                headings.append(block)
    names: list[str] = []
    seen: set[str] = set()
    for path in sorted(devset.glob("*.gold.json")):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            name = entity["name"].strip()
            # Multi-word proper names read as actors without context; skip odd tokens.
            if len(name) < 4 or not name[0].isupper() or name.casefold() in seen:
                continue
            seen.add(name.casefold())
            names.append(name)
    if not headings:
        headings = ["What happens next?", "Why does it matter?", "What was agreed?"]
    return Sources(tuple(paragraphs), tuple(headings), tuple(titles), tuple(names))


def actor_names(sources: Sources, count: int, rng: random.Random) -> list[str]:
    """``count`` distinct names: real names first, then first-name/surname recombinations."""
    names = list(sources.names)
    rng.shuffle(names)
    if len(names) >= count:
        return names[:count]
    firsts = sorted({n.split()[0] for n in sources.names if len(n.split()) == 2})
    lasts = sorted({n.split()[1] for n in sources.names if len(n.split()) == 2})
    seen = {n.casefold() for n in names}
    while len(names) < count:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def rename(paragraph: str, draw: Callable[[], str], used: list[str]) -> str:
    """Replace the names in a borrowed paragraph by drawn ones (sentence-initial words stay)."""

    def swap(m: re.Match[str]) -> str:
        run = m.group()
        head, _, rest = run.partition(" ")
        keep = ""
        if head in NOT_NAMES or SENTENCE_START.search(paragraph[: m.start()]) is not None:
            keep, run = (head + " ", rest) if rest else (head, "")
        if not run or run in NOT_NAMES:
            return m.group()
        name = draw()
        used.append(name)
        return keep + name + ("." if run.endswith(".") else "")  # it may end the sentence

    return NAME_RUN.sub(swap, paragraph)


def make_article(
    index: int, sources: Sources, names: list[str], weights: list[float], rng: random.Random
) -> tuple[str, list[str]]:
    """One raw article as copied from a web page, and the names mentioned in it."""
    lines: list[str] = []
    lines += rng.sample(CHROME_TOP, rng.randint(4, 9))
    lines += ["", rng.choice(sources.titles) if sources.titles else f"Article {index}", ""]
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.choice((2023, 2024, 2025))
    lines += [f"{day} {month} {year}", ""]
    # Who is mentioned: the ones everywhere, one name walked through in order (so every name is
    # used at least once), and a few Zipf draws.
    mentioned = [names[r] for r in range(min(EVERYWHERE, len(names))) if rng.random() < 0.9]
    mentioned.append(names[EVERYWHERE + index % (len(names) - EVERYWHERE)])
    mentioned += rng.choices(names, weights=weights, k=rng.randint(3, 7))
    paragraphs = rng.sample(sources.paragraphs, min(len(sources.paragraphs), rng.randint(6, 14)))
    cumulative = list(itertools.accumulate(weights))

    def draw() -> str:
        return rng.choices(names, cum_weights=cumulative, k=1)[0]

    paragraphs = [rename(p, draw, mentioned) for p in paragraphs]
    mentioned = list(dict.fromkeys(mentioned))
    for i, name in enumerate(mentioned):
        slot = i % len(paragraphs)
        paragraphs[slot] += " " + rng.choice(MENTION_TEMPLATES).format(name=name)
    for i, paragraph in enumerate(paragraphs):
        if i and i % 4 == 0:
            lines += [rng.choice(sources.headings), ""]
        lines += [paragraph, ""]
    lines += rng.sample(CHROME_BOTTOM, rng.randint(4, 9))
    return "\n".join(lines) + "\n", mentioned


def make_corpus(out: Path, n: int, seed: int = 0, sources: Sources | None = None) -> CorpusStats:
    """Write N raw articles into ``out/seeds/`` (replacing any there) and return their figures."""
    sources = sources or load_sources()
    rng = random.Random(seed)
    names = actor_names(sources, max(EVERYWHERE + 1, n // 2), rng)
    weights = [1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, len(names) + 1)]
    seeds = out / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for old in seeds.glob("article-*.txt"):
        old.unlink()
    total = 0
    used: set[str] = set()
    for index in range(1, n + 1):
        text, mentioned = make_article(index, sources, names, weights, rng)
        used.update(mentioned)
        data = text.encode("utf-8")
        total += len(data)
        (seeds / f"article-{index:05d}.txt").write_bytes(data)
    return CorpusStats(articles=n, bytes=total, distinct_actors=len(used))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path, help="folder to write (seeds/ goes inside)")
    parser.add_argument("-n", type=int, default=100, help="number of articles (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args()
    stats = make_corpus(args.out, args.n, args.seed)
    print(
        f"{stats.articles} articles, {stats.bytes / 1e6:.2f} MB, "
        f"{stats.distinct_actors} distinct actor names mentioned -> {args.out / 'seeds'}"
    )


if __name__ == "__main__":
    main()
