#!/usr/bin/env python3
"""Train the actor tagger (a linear-chain CRF, python-crfsuite) on the open training split.

Reads token<TAB>BIO-tag files (PER/ORG/LOC/MISC, blank line between sentences, "# doc ID" lines),
computes features with briefings.actors.features (the same code the package runs), and writes
plugins/briefings/actors/data/tagger.crfsuite. Deterministic: same data and settings, same model.

    .venv/bin/python tools/train_tagger.py [--train-dir DIR] [--holdout 0.15] [--c1 0.05 --c2 0.1]

With --holdout F the last fraction F of each file's documents is kept out and entity-level
precision/recall/F1 on it is printed (no model is written unless --out is given). With --folds K
(K-fold cross-validation by document on the training split, for choosing --c1/--c2 without
touching the dev set) K models are trained and the pooled held-out F1 is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

import pycrfsuite  # noqa: E402
from scores import prf  # noqa: E402  (tools/, this script's folder)

from briefings.actors.detect import bio_spans  # noqa: E402
from briefings.actors.features import (  # noqa: E402
    capitalised_mid,
    document_contexts,
    lower_words,
    sentence_featurizer,
)

MODEL = ROOT / "plugins" / "briefings" / "actors" / "data" / "tagger.crfsuite"
Doc = list[tuple[list[str], list[str]]]


def read_docs(path: Path) -> list[tuple[Doc, str]]:
    docs: list[tuple[Doc, str]] = []
    doc: Doc = []
    name = ""
    words: list[str] = []
    tags: list[str] = []

    def flush_sentence() -> None:
        nonlocal words, tags
        if words:
            doc.append((words, tags))
        words, tags = [], []

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# doc"):
            flush_sentence()
            if doc:
                docs.append((doc, name))
            doc = []
            name = line[len("# doc") :].strip()
        elif not line.strip():
            flush_sentence()
        else:
            word, tag = line.split("\t")
            words.append(word)
            tags.append(tag)
    flush_sentence()
    if doc:
        docs.append((doc, name))
    return docs


def doc_items(doc: Doc) -> list[tuple[list[list[str]], list[str]]]:
    seen = lower_words(w for words, _ in doc for w in words)
    cap = capitalised_mid(words for words, _ in doc)
    ctx = document_contexts(words for words, _ in doc)
    featurize = sentence_featurizer(seen, cap_mid=cap, doc_ctx=ctx)  # (one per document)
    return [(featurize(words), tags) for words, tags in doc]


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """The names the tags mark, other names (MISC) aside."""
    return {span for span in bio_spans(tags) if span[2] != "MISC"}


def fit(train: list[Doc], target: str, args: argparse.Namespace) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc in train:
        for xseq, yseq in doc_items(doc):
            trainer.append(xseq, yseq)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(target)


def score(model: str, held: list[Doc]) -> tuple[int, int, int]:
    """Entity-level true positives, false positives and false negatives (PER/ORG/LOC spans)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    tp = fp = fn = 0
    for doc in held:
        for xseq, yseq in doc_items(doc):
            gold, pred = spans(yseq), spans(tagger.tag(xseq))
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
    return tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-dir", type=Path, default=Path("/work/shared/devset/actors/train"))
    parser.add_argument("--holdout", type=float, default=0.0)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.1)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument(
        "--drop",
        action="append",
        default=None,
        metavar="PREFIX",
        help="leave out documents whose id starts with PREFIX (default: GUM_voyage travel "
        "guides; --drop NONE keeps every document)",
    )
    parser.add_argument(
        "--repeat",
        action="append",
        default=["wikigold-train.tsv=10"],
        metavar="FILE=N",
        help="use the documents of FILE N times (default: the small WikiGold file 10 times)",
    )
    args = parser.parse_args()

    if args.drop is None:
        args.drop = ["GUM_voyage"]
    args.drop = [d for d in args.drop if d != "NONE"]
    repeat = {k: int(v) for k, v in (r.split("=") for r in args.repeat)}
    files = [
        (
            tsv.name,
            [d for d, name in read_docs(tsv) if not name.startswith(tuple(args.drop) or ("\0",))],
        )
        for tsv in sorted(args.train_dir.glob("*.tsv"))
    ]
    if args.folds:
        counts = [0, 0, 0]
        for fold in range(args.folds):
            fold_train = [
                d
                for name, docs in files
                for i, d in enumerate(docs)
                if i % args.folds != fold
                for _ in range(repeat.get(name, 1))
            ]
            fold_held = [
                d for _, docs in files for i, d in enumerate(docs) if i % args.folds == fold
            ]
            target = f"/tmp/tagger-fold{fold}-c1={args.c1}-c2={args.c2}.crfsuite"
            fit(fold_train, target, args)
            for k, v in enumerate(score(target, fold_held)):
                counts[k] += v
        tp, fp, fn = counts
        print(f"{args.folds}-fold c1={args.c1} c2={args.c2}: F1={2 * tp / (2 * tp + fp + fn):.3f}")
        return
    train: list[Doc] = []
    held: list[Doc] = []
    for name, docs in files:
        cut = len(docs) - int(len(docs) * args.holdout)
        train += docs[:cut] * repeat.get(name, 1)
        held += docs[cut:]
    t0 = time.time()
    out = args.out or (None if args.holdout else MODEL)
    target = str(out) if out else "/tmp/tagger-holdout.crfsuite"
    fit(train, target, args)
    print(f"trained on {len(train)} docs in {time.time() - t0:.0f}s -> {target}")
    if held:
        tp, fp, fn = score(target, held)
        p, r, f = prf(tp, fp, fn)
        print(f"holdout ({len(held)} docs) PER/ORG/LOC spans: P={p:.3f} R={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()
