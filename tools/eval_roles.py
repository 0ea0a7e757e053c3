#!/usr/bin/env python3
"""Score the roles of people against a careful reading of the dev set's Wikinews texts.

    .venv/bin/python tools/eval_roles.py [--split development|held-out|all] [--list]

Reads ``tests/golden/roles-wikinews.json`` (the role each person's text states, or null; see
its "reading" note) and runs the same pipeline as ``briefings parse --json`` (read_article ->
find_actors) on each of its documents in the actors dev set. A gold person is matched to a
predicted person when one of the predicted names or aliases equals the gold name or one of its
surface forms after the dev set's own normalisation (one predicted actor per gold person);
unmatched persons are counted, not scored. Roles are compared case-folded, without a leading
article:

- exact: the predicted role is the gold role or one of its "accept" wordings;
- partial: one contains the other (a title cut short or run on);
- wrong: a role unlike the gold one;
- missing: the text states a role, none was predicted;
- spurious: a role where the text states none ("accept" wordings of a null entry are
  optional: counted as "optional", not spurious);
- none: no role stated, none predicted.

The held-out half is for a final check only: develop on ``--split development`` (the default).
``--list`` prints every case that is not exact or none, with its document.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from eval_actors import DEVSET, load_evaluator  # noqa: E402  (tools/, this script's folder)

from briefings.actors import find_actors  # noqa: E402
from briefings.actors.roles import one_of  # noqa: E402
from briefings.pipeline import read_article  # noqa: E402

GOLD = ROOT / "tests" / "golden" / "roles-wikinews.json"
OUTCOMES = ("exact", "partial", "wrong", "missing", "spurious", "optional", "none")


def norm_role(role: str) -> str:
    """Compared without case, a leading article and number: the pipeline gives each member of
    a list titled in the plural its singular ("politicians A and B" -> "politician")."""
    s = unicodedata.normalize("NFKC", role).replace("’", "'")
    s = re.sub(r"\s+", " ", one_of(s)).casefold().strip(" ,;.")
    return re.sub(r"^(the|a|an) ", "", s)


def judge(predicted: str | None, role: str | None, accept: list[str]) -> str:
    """The outcome for one person (see the module docstring)."""
    if predicted is None:
        return "missing" if role else "none"
    p = norm_role(predicted)
    wordings = [norm_role(w) for w in accept]
    if role is None:
        if any(p == w or p in w or w in p for w in wordings):
            return "optional"
        return "spurious"
    wordings.insert(0, norm_role(role))
    if p in wordings:
        return "exact"
    if any(p in w or w in p for w in wordings):
        return "partial"
    return "wrong"


def match(gold_keys: list[set[str]], predicted: list[set[str]]) -> list[int | None]:
    """For each gold person the index of its predicted person, one-to-one (first come)."""
    used: set[int] = set()
    out: list[int | None] = []
    for keys in gold_keys:
        k = next((i for i, p in enumerate(predicted) if i not in used and p & keys), None)
        if k is not None:
            used.add(k)
        out.append(k)
    return out


def score_document(doc: str, entries: list[dict[str, Any]], devset: Path, ev: Any) -> list[Any]:
    gold = json.loads((devset / f"{doc}.gold.json").read_text(encoding="utf-8"))
    forms = {
        e["name"]: {ev.normalise(s) for s in (e["name"], *e["surface_forms"])}
        for e in gold["entities"]
        if e["kind"] == "person"
    }
    actors = [
        a
        for a in find_actors(read_article(devset / f"{doc}.txt").briefing).actors
        if a.kind == "person"
    ]
    keys = [{ev.normalise(x) for x in (a.name, *a.aliases)} - {""} for a in actors]
    rows = []
    for entry, k in zip(entries, match([forms[e["name"]] for e in entries], keys), strict=True):
        if k is None:
            rows.append((doc, entry, None, "unmatched"))
            continue
        role = actors[k].role
        rows.append((doc, entry, role, judge(role, entry["role"], entry.get("accept", []))))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument(
        "--split",
        choices=("development", "held-out", "all"),
        default="development",
        help="held-out: for the final check only",
    )
    ap.add_argument("--list", action="store_true", help="print every non-exact case")
    args = ap.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    ev = load_evaluator(args.devset)
    splits = ["development", "held_out"] if args.split == "all" else [args.split.replace("-", "_")]
    for split in splits:
        rows = [
            row
            for doc in gold[split]
            for row in score_document(doc, gold["documents"][doc], args.devset, ev)
        ]
        counts = Counter(outcome for *_, outcome in rows)
        stated = sum(1 for _, e, _, o in rows if e["role"] and o != "unmatched")
        unstated = sum(1 for _, e, _, o in rows if not e["role"] and o != "unmatched")
        print(
            f"[{split}] {len(gold[split])} documents, {len(rows)} persons, "
            f"{len(rows) - counts['unmatched']} matched ({counts['unmatched']} unmatched)"
        )
        print(
            f"  stated roles {stated}: exact {counts['exact']}, partial {counts['partial']}, "
            f"wrong {counts['wrong']}, missing {counts['missing']}"
        )
        print(
            f"  no role stated {unstated}: none {counts['none']}, optional {counts['optional']}, "
            f"spurious {counts['spurious']}"
        )
        if args.list:
            for doc, entry, role, outcome in rows:
                if outcome not in ("exact", "none", "unmatched", "optional"):
                    gold_role = entry["role"]
                    print(f"  {outcome:8} {doc}\t{entry['name']}\tgold={gold_role!r}\tgot={role!r}")


if __name__ == "__main__":
    main()
