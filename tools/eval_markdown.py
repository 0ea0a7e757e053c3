"""The chrome dev set's pages as scraped Markdown: how well the article comes out of them.

Run by hand (needs the two converters, which the project does not depend on)::

    .venv/bin/pip install html2text markdownify
    .venv/bin/python tools/eval_markdown.py [--converter html2text|markdownify]

Each page's saved HTML is turned into Markdown the way a scraper would (html2text with no line
width; markdownify with ATX headings, scripts and styles dropped first), saved under a temporary
folder as NAME.txt (".md" files are no seeds: the Markdown is recognised from its lines), parsed by
the pipeline, and scored against the page's gold body by the dev set's own evaluator
(../shared/devset/chrome/evaluate.py: word shingles, micro P/R/F1).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
DEVSET = ROOT.parent / "shared" / "devset" / "chrome"

from eval_actors import load_evaluator  # noqa: E402  (tools/, this script's folder)

from briefings.ingest import read_source  # noqa: E402
from briefings.pipeline import EmptyArticleError, article_to_json, process_source  # noqa: E402


def to_markdown(html: str, converter: str) -> str:
    if converter == "html2text":
        import html2text

        h = html2text.HTML2Text()
        h.body_width = 0
        return str(h.handle(html))
    import markdownify

    html = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>", "", html)
    return str(markdownify.markdownify(html, heading_style="ATX"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--converter", choices=["html2text", "markdownify"], default="html2text")
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--worst", type=int, default=8, help="list the K lowest pages")
    args = parser.parse_args()
    ev = load_evaluator(args.devset)
    per_doc: list[tuple[int, int, int]] = []
    scores: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(args.devset.glob("*.gold.txt")):
            name = gold.name[: -len(".gold.txt")]
            html = (args.devset / f"{name}.html").read_bytes().decode("utf-8", "replace")
            path = Path(tmp) / f"{name}.txt"
            path.write_text(to_markdown(html, args.converter), encoding="utf-8")
            try:
                body = ev.body_of(article_to_json(process_source(read_source(path))))
            except EmptyArticleError:
                body = ""  # (as the dev set's evaluator scores a failed page)
            counts = ev.tp_fp_fn(gold.read_text(encoding="utf-8"), body)
            per_doc.append(counts)
            scores.append((ev.summarise([counts])[2], name))
    p, r, f = ev.summarise(per_doc)
    print(f"{len(per_doc)} pages as {args.converter} Markdown: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("lowest F1: " + ", ".join(f"{n} {s:.2f}" for s, n in sorted(scores)[: args.worst]))


if __name__ == "__main__":
    main()
