#!/usr/bin/env python3
"""Score the actor stage on the open dev set in one process (a fast loop for development).

    .venv/bin/python tools/eval_actors.py [--only gum|wikigold] [--details OUT.json] [--fp-fn]
                                          [--model OTHER.crfsuite] [--split dev|train]

Runs the same pipeline as ``briefings parse --json`` (read_article -> article_to_json) on every
dev-set text and scores it with the dev set's own evaluate.py (imported, so normalisation and
one-to-one matching are exactly the official ones). Briefings are parsed once (chrome and sections
do not depend on the actor stage) and cached for the run. Prints the same summary lines as
evaluate.py; the last line is the micro typed F1. With --fp-fn it also lists false positives and
false negatives with their document, for error analysis by category.

The dev set is for measuring only: nothing here trains on it.

``--split train`` scores the same way on documents rebuilt from the training split's TSV files
(train/*.tsv: one document per ``# doc`` line, one paragraph per sentence, gold entities from the
BIO tags with the dev set's conventions). The tagger was trained on them, so the figures there
are not accuracy; they serve to check that a post-tagger rule does not hurt on documents the
rule was not written from.
"""

from __future__ import annotations

import argparse
import atexit
import importlib.util
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from train_tagger import read_docs  # noqa: E402  (tools/, this script's folder)

import briefings.actors.detect  # noqa: E402, F401
from briefings.actors import find_actors  # noqa: E402
from briefings.actors.detect import bio_spans  # noqa: E402
from briefings.pipeline import EmptyArticleError, read_article  # noqa: E402

DEVSET = Path("/work/shared/devset/actors")
detect_module = sys.modules["briefings.actors.detect"]


def load_evaluator(devset: Path) -> Any:
    spec = importlib.util.spec_from_file_location("devset_evaluate", devset / "evaluate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "’s", "n't", "'", "%"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def _detokenize(words: list[str]) -> str:
    out = ""
    for i, w in enumerate(words):
        if i and w not in _NO_SPACE_BEFORE and words[i - 1] not in _NO_SPACE_AFTER:
            out += " "
        out += w
    return out


def build_train_split(devset: Path, out_dir: Path, normalise: Any) -> None:
    """Write one NAME.txt and NAME.gold.json per ``# doc`` of devset/train/*.tsv into out_dir."""
    kinds = {"PER": "person", "ORG": "organization", "LOC": "place"}
    for tsv in sorted((devset / "train").glob("*.tsv")):
        group = tsv.stem.split("-")[0]
        # The tagger's trainer reads these files, the detector decodes BIO tags: the same code.
        for n, (sents, doc_id) in enumerate(read_docs(tsv)):
            mentions = [
                (_detokenize(words[s:e]), kind)
                for words, tags in sents
                for s, e, kind in bio_spans(tags)
            ]
            by_key: dict[str, dict[str, Any]] = {}
            misc: set[str] = set()
            for name, kind in mentions:
                if kind not in kinds:
                    misc.add(name)
                    continue
                e = by_key.setdefault(normalise(name), {"names": [], "kinds": []})
                e["names"].append(name)
                e["kinds"].append(kinds[kind])
            entities = []
            for e in by_key.values():
                counts = {k: e["kinds"].count(k) for k in set(e["kinds"])}
                kind = max(sorted(counts), key=counts.__getitem__)
                entities.append(
                    {
                        "name": max(set(e["names"]), key=e["names"].count),
                        "kind": kind,
                        "alt_kinds": sorted(set(counts) - {kind}),
                        "surface_forms": sorted(set(e["names"])),
                    }
                )
            # A lone name that belongs to exactly one longer person name is merged into it.
            persons = [x for x in entities if x["kind"] == "person" and " " in x["name"]]
            merged = []
            for x in entities:
                owners = [
                    p
                    for p in persons
                    if " " not in x["name"]
                    and x["name"] in (p["name"].split()[0], p["name"].split()[-1])
                ]
                if len(owners) == 1 and x["kind"] == "person":
                    owners[0]["surface_forms"] = sorted({*owners[0]["surface_forms"], x["name"]})
                    merged.append(x)
            entities = [x for x in entities if x not in merged]
            if not entities:
                continue
            name = f"{group}-{n:03d}"
            text = "\n\n".join(_detokenize(words) for words, _ in sents)
            (out_dir / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
            gold = {
                "id": name,
                "source": {"doc": doc_id},
                "entities": entities,
                "misc": sorted(misc),
            }
            (out_dir / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--only", default=None)
    ap.add_argument("--details", type=Path, default=None)
    ap.add_argument(
        "--model", type=Path, default=None, help="tagger model to use instead of the shipped one"
    )
    ap.add_argument("--fp-fn", action="store_true", help="print every FP and FN with its document")
    ap.add_argument(
        "--split",
        choices=("dev", "train"),
        default="dev",
        help="train: documents rebuilt from train/*.tsv (to check rules, not to claim accuracy)",
    )
    args = ap.parse_args()
    ev = load_evaluator(args.devset)
    data_dir = args.devset
    if args.split == "train":  # (rebuilt in a folder removed when the run ends)
        data_dir = Path(tempfile.mkdtemp(prefix="actors-train-"))
        atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
        build_train_split(args.devset, data_dir, ev.normalise)
    if args.model:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(args.model))
        detect_module._tagger = lambda: tagger  # type: ignore[attr-defined]
        # The feature filter knows the shipped model's attributes only: give the other model
        # every feature (crfsuite skips the ones it lacks).
        detect_module._model_attributes = lambda: None  # type: ignore[attr-defined]
    items = ev.load_items(str(data_dir), args.only)
    t0 = time.time()
    rows = []
    for it in items:
        try:
            article = read_article(Path(it["path"]))
        except EmptyArticleError:  # a short train-split text that is all "chrome"
            actors = []
        else:
            actors = list(find_actors(article.briefing).actors)
        preds = []
        for a in actors:  # every actor, credit-only ones too (as parse --json lists them)
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
