"""Actor finding speed (issue 3): a 5,000-word article, and registry size: run by hand.

    .venv/bin/python benchmarks/bench_actors.py [--repeat 5]

Text: dev-set articles (/work/shared/devset/actors/*.txt, real prose) joined until 5,000 words,
as the paragraphs of one briefing. Prints the one-time start-up (loading the tagger model and the
gazetteers) and the best-of-N wall and CPU seconds of ``find_actors`` on the article, without
a registry and with registries of 50 and 5,000 entries (one lookup table for all aliases, so
their cost should not grow with the number of entries).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from briefings.actors import find_actors
from briefings.actors.registry import Registry, RegistryEntry
from briefings.sections import Briefing, Meta, Paragraph, Section

DEVSET = Path("/work/shared/devset/actors")


def article(words: int = 5000) -> Briefing:
    paragraphs: list[str] = []
    count = 0
    for path in sorted(DEVSET.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            para = " ".join(para.split())
            if para:
                paragraphs.append(para)
                count += len(para.split())
            if count >= words:
                break
        if count >= words:
            break
    meta = Meta(title="bench", encoding="utf-8", source_name="bench.txt", title_from="editor")
    blocks = tuple(Paragraph(p) for p in paragraphs)
    return Briefing("bench", meta, Section(None, "lead", blocks), (), ())


def registry(n: int) -> Registry:
    return Registry(
        entries=tuple(
            RegistryEntry(id=f"actor-{i}", name=f"Person Number{i} Example", kind="person")
            for i in range(n)
        )
    )


def best(fn: object, repeat: int) -> str:
    """Best-of-N wall and CPU seconds (CPU time is what a loaded machine cannot inflate)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()  # type: ignore[operator]
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return f"{min(wall):.3f}s wall, {min(cpu):.3f}s CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    briefing = article()
    words = sum(len(p.split()) for p in briefing.all_sections[0].paragraphs)
    t0 = time.perf_counter()
    find_actors(Briefing("warm", briefing.meta, None, (), ()))
    find_actors(briefing)
    print(f"first call (loads model and gazetteers, then finds): {time.perf_counter() - t0:.2f}s")
    print(f"article: {words} words")
    print(f"find_actors, no registry: {best(lambda: find_actors(briefing), args.repeat)}")
    for n in (50, 5000):
        reg = registry(n)
        find_actors(briefing, reg)  # builds the registry's lookup table once
        secs = best(lambda reg=reg: find_actors(briefing, reg), args.repeat)
        print(f"find_actors, registry of {n:>5} entries: {secs}")


if __name__ == "__main__":
    main()
