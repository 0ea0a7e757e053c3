"""How often a briefing's title is the page's own title, on the chrome dev set's copied pages.

Run by hand, from the repository::

    .venv/bin/python tools/eval_titles.py [--devset ../shared/devset/chrome] [-v]

The reference is the page's ``og:title`` (else its ``<title>``) read from the saved HTML; the
briefing's title comes from the copied text (``NAME.txt``), which holds no such tag: the title
must be found among the page's lines. A title counts as right when at least 70 % of its words are
words of the reference (site names and " | Section" suffixes of the reference do not count
against it). A rough check for the headline rule of the chrome stage, not a dev-set score.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

from briefings.ingest import read_source
from briefings.pipeline import process_source

ROOT = Path(__file__).resolve().parent.parent
_OG = re.compile(r"<meta[^>]+property=[\"']og:title[\"'][^>]+content=([\"'])(.*?)\1", re.I | re.S)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def page_title(page: Path) -> str:
    text = page.read_text(encoding="utf-8", errors="ignore")
    m = _OG.search(text)
    if m:  # (the quote that opens the attribute closes it: "Nyong'o" stays whole)
        return html.unescape(m.group(2)).strip()
    m = _TITLE.search(text)
    return html.unescape(m.group(1)).strip() if m else ""


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared/devset/chrome")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every page")
    args = parser.parse_args()
    items = json.loads((args.devset / "manifest.json").read_text())["items"]
    right = 0
    for item in items:
        name = item["name"]
        ours = process_source(read_source(args.devset / f"{name}.txt")).briefing.meta.title
        ref = page_title(args.devset / f"{name}.html")
        mine = words(ours)
        ok = bool(mine) and len(mine & words(ref)) / len(mine) >= 0.7
        right += ok
        if args.verbose:
            print(f"{'ok ' if ok else 'BAD'} {name:<28} {ours[:60]!r:<64} page: {ref[:60]!r}")
    print(f"titles matching the page's own title: {right} of {len(items)}")


if __name__ == "__main__":
    main()
