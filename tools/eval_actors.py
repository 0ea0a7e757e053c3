#!/usr/bin/env python3
"""Score the actor stage on the open dev set in one process (a fast loop for development).

    .venv/bin/python tools/eval_actors.py [--only gum|wikigold] [--details OUT.json] [--fp-fn]
                                          [--model OTHER.crfsuite]

Runs the same pipeline as ``briefings parse --json`` (read_article -> article_to_json) on every
dev-set text and scores it with the dev set's own evaluate.py (imported, so normalisation and
one-to-one matching are exactly the official ones). Briefings are parsed once (chrome and sections
do not depend on the actor stage) and cached for the run. Prints the same summary lines as
evaluate.py; the last line is the micro typed F1. With --fp-fn it also lists false positives and
false negatives with their document, for error analysis by category.

The dev set is for measuring only: nothing here trains on it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

import briefings.actors.detect  # noqa: E402, F401
from briefings.actors import find_actors  # noqa: E402
from briefings.pipeline import read_article  # noqa: E402

DEVSET = Path("/work/shared/devset/actors")
detect_module = sys.modules["briefings.actors.detect"]


def load_evaluator(devset: Path) -> Any:
    spec = importlib.util.spec_from_file_location("devset_evaluate", devset / "evaluate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--only", default=None)
    ap.add_argument("--details", type=Path, default=None)
    ap.add_argument(
        "--model", type=Path, default=None, help="tagger model to use instead of the shipped one"
    )
    ap.add_argument("--fp-fn", action="store_true", help="print every FP and FN with its document")
    args = ap.parse_args()
    ev = load_evaluator(args.devset)
    if args.model:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(args.model))
        detect_module._tagger = lambda: tagger  # type: ignore[attr-defined]
    items = ev.load_items(str(args.devset), args.only)
    t0 = time.time()
    rows = []
    for it in items:
        article = read_article(Path(it["path"]))
        result = find_actors(article.briefing)
        preds = []
        for a in result.actors:  # every actor, credit-only ones too (as parse --json lists them)
            keys = {ev.normalise(a.name)} | {ev.normalise(x) for x in a.aliases}
            keys.discard("")
            preds.append({"name": a.name, "kind": a.kind, "keys": keys})
        run = {"ok": True, "error": None, "seconds": 0.0, "actors": preds}
        rows.append(
            {"id": it["id"], "group": it["group"], "run": run, "score": ev.score(it, preds)}
        )
    wall = time.time() - t0
    groups = ["all", *sorted({r["group"] for r in rows})]
    print(f"{len(rows)} documents in {wall:.1f}s")
    for g in groups:
        a = ev.aggregate([r for r in rows if g == "all" or r["group"] == g])
        t, u = a["typed"], a["untyped"]
        print(
            f"[{g}] typed P/R/F1 {t['micro']['p']:.3f}/{t['micro']['r']:.3f}/{t['micro']['f1']:.3f}"
            f"  untyped F1 {u['micro']['f1']:.3f}  (tp={t['tp']} fp={t['fp']} fn={t['fn']})"
        )
        print(
            "   "
            + "; ".join(
                f"{k} P/R/F1 {v['p']:.2f}/{v['r']:.2f}/{v['f1']:.2f}"
                for k, v in a["by_kind_typed"].items()
            )
        )
    if args.fp_fn:
        for r in rows:
            for name in r["score"]["typed"]["fp_names"]:
                kind = next(p["kind"] for p in r["run"]["actors"] if p["name"] == name)
                print(f"FP\t{r['id']}\t{name}\t{kind}")
            for name in r["score"]["typed"]["fn_names"]:
                print(f"FN\t{r['id']}\t{name}")
    if args.details:
        args.details.write_text(
            json.dumps(
                [
                    {
                        "id": r["id"],
                        "typed": r["score"]["typed"],
                        "untyped": r["score"]["untyped"],
                        "preds": [
                            {"name": p["name"], "kind": p["kind"]} for p in r["run"]["actors"]
                        ],
                    }
                    for r in rows
                ],
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    all_f1 = ev.aggregate(rows)["typed"]["micro"]["f1"]
    print(f"devset actors typed F1: {all_f1:.3f}")


if __name__ == "__main__":
    main()
