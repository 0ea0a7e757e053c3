"""How well section headings are found, on the chrome dev set's pages.

Run by hand, from the repository::

    .venv/bin/python tools/eval_headings.py [--devset DIR] [--mode txt|html] [-v]

The reference: the page's own subheadings, the ``<h2>``-``<h6>`` elements of its saved HTML whose
text is a line of the page's gold article body (so a sidebar's or footer's headings do not
count, nor the headline). Ours: the section titles of the briefing made from the copied text
(``NAME.txt``, which holds no tags: headings must be found from the text itself) or, with
``--mode html``, from the saved HTML. Headings are compared by their words, lower case;
precision counts only our titles that are lines of the gold body (a heading kept from chrome
is the chrome stage's error, measured by the dev set's own evaluator). A rough check of the
sections stage, not a dev-set score.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from scores import prf  # (tools/, this script's folder)

from briefings.chrome import load_rules
from briefings.ingest import read_source
from briefings.pipeline import article_to_json, process_source

ROOT = Path(__file__).resolve().parent.parent


def norm(text: str) -> str:
    """A heading's words, lower case, without a wiki's edit link or a permalink mark (the
    pipeline's titles leave them out: chrome.yml heading_marks)."""
    stripped = text.strip()
    for pattern in load_rules().heading_marks:
        if (m := pattern.match(stripped)) is not None and m.groupdict().get("title"):
            stripped = m["title"]
            break
    return " ".join(re.findall(r"\w+", stripped.lower()))


def reference(page: Path, gold_lines: set[str]) -> set[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8", errors="ignore"), "html.parser")
    found = set()
    for tag in soup.find_all(["h2", "h3", "h4", "h5", "h6"]):
        key = norm(tag.get_text(" "))
        if key and key in gold_lines:
            found.add(key)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared/devset/chrome")
    parser.add_argument("--mode", choices=("txt", "html"), default="txt")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    items = json.loads((args.devset / "manifest.json").read_text())["items"]
    tp = fp = fn = 0
    for item in items:
        name = item["name"]
        gold_text = (args.devset / f"{name}.gold.txt").read_text(encoding="utf-8")
        gold_lines = {norm(line) for line in gold_text.splitlines() if line.strip()}
        ref = reference(args.devset / f"{name}.html", gold_lines)
        article = process_source(read_source(args.devset / f"{name}.{args.mode}"))
        titles = {norm(s["title"]) for s in article_to_json(article)["sections"] if s["title"]}
        ours = {t for t in titles if t in gold_lines}
        tp += len(ours & ref)
        fp += len(ours - ref)
        fn += len(ref - ours)
        if args.verbose and (ours ^ ref):
            print(f"{name}:")
            for t in sorted(ref - ours):
                print(f"   missed  {t[:90]!r}")
            for t in sorted(ours - ref):
                print(f"   extra   {t[:90]!r}")
    p, r, f = prf(tp, fp, fn)
    print(f"headings ({args.mode}): P {p:.3f} R {r:.3f} F1 {f:.3f} (tp={tp} fp={fp} fn={fn})")


if __name__ == "__main__":
    main()
