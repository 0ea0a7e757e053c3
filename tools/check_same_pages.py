"""Check that a change leaves the generated pages byte-identical (issue 7: speed work).

``tools/check_same_output.py`` covers the per-article JSON; this covers the site side: for each
project it runs ``export.render_site(read_project(mkdocs.yml), ArticleCache(), workers=1)`` (the
corpus-wide steps: one id per actor, gathering, related briefings; then every generated page)
and records, per generated page, a digest of its path, kind, key and content, and a digest of
the page as ``briefings export`` links it (``export.default_linking`` over
``export.portable_page``: the alias matcher and the Markdown link writer) and a digest of its
HTML as Python-Markdown makes it with the plugin's extensions and actor links
(``linking.ActorLinkExtension``; ``--no-html`` leaves it out: it takes most of the time). The
corpus and page
warnings, the corpus actors and the related briefings are recorded too.

    .venv/bin/python tools/check_same_pages.py --write /tmp/ref-pages.jsonl    # before a change
    .venv/bin/python tools/check_same_pages.py --compare /tmp/ref-pages.jsonl  # after it

``--write`` also keeps every page's text in ``<reference>.d/`` so that ``--compare`` can show
the first differing page as a diff. ``--compare`` exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markdown

from briefings.corpus import ArticleCache, Corpus
from briefings.export import _split_front_matter, default_linking, portable_page, render_site
from briefings.linking import ActorLinkExtension, LinkPolicy, build_matcher
from briefings.pages import REQUIRED_EXTENSIONS, GeneratedPage, link_targets
from briefings.project import Project, read_project

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "out" / "n300" / "project" / "mkdocs.yml"  # (made by bench_build)
DEFAULT_PROJECTS = (ROOT / "mkdocs.yml", BENCH)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class _Html:
    """A page's HTML as Python-Markdown makes it with the extensions and the actor links the
    plugin adds (``linking.ActorLinkExtension``; the rest of MkDocs left out)."""

    def __init__(self, corpus: Corpus, project: Project) -> None:
        actors_dir = str(project.options["actors_dir"]).strip("/")
        matcher = build_matcher(link_targets(corpus, actors_dir))
        self.page: GeneratedPage | None = None
        extension = ActorLinkExtension(
            get_matcher=lambda: matcher,
            get_page=lambda: self.page.src_uri if self.page else None,
            policy=LinkPolicy(str(project.options["link_mode"])),
            get_own=lambda: self.page.continues if self.page else None,
        )
        self.md = markdown.Markdown(extensions=[*REQUIRED_EXTENSIONS, extension])

    def __call__(self, page: GeneratedPage) -> str:
        self.page = page
        self.md.reset()
        return str(self.md.convert(_split_front_matter(page.content)[1]))


def project_records(
    config: Path, label: str, html: bool = True
) -> Iterator[tuple[dict[str, Any], dict[str, str]]]:
    """One record per generated page (and one for the warnings), with the texts it digests."""
    project = read_project(config)
    corpus, site = render_site(project, ArticleCache(), workers=1)
    link = default_linking(corpus, project)
    to_html = _Html(corpus, project) if html else None
    warnings = "\n".join((*corpus.warnings, *corpus.notes, *site.warnings))
    yield {"project": label, "page": "(warnings)", "sha": _sha(warnings)}, {"": warnings}
    # The corpus-wide data the pages are made of (co-actors beyond the dozen a page lists,
    # which the pictures draw; related briefings).
    actors = "\n".join(repr(a) for a in corpus.actors)
    yield {"project": label, "page": "(actors)", "sha": _sha(actors)}, {"": actors}
    related = "\n".join(repr(item) for item in sorted(corpus.related.items()))
    yield {"project": label, "page": "(related)", "sha": _sha(related)}, {"": related}
    for page in site.pages:
        linked = link(page, portable_page(page, corpus))
        record = {
            "project": label,
            "page": page.src_uri,
            "kind": page.kind,
            "key": page.key,
            "continues": page.continues,
            "sha": _sha(page.content),
            "linked": _sha(linked),
        }
        texts = {"": page.content, ".linked": linked}
        if to_html is not None:
            texts[".html"] = to_html(page)
            record["html"] = _sha(texts[".html"])
        yield record, texts


def _label(config: Path) -> str:
    """A name for the project that does not depend on the checkout it is in."""
    folder = config.resolve().parent
    if folder == ROOT:
        return "repository"
    return folder.parent.name if folder.name == "project" else folder.name


def _store(folder: Path, record: dict[str, Any], texts: dict[str, str]) -> None:
    for suffix, text in texts.items():
        path = folder / record["project"] / (record["page"] + suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", errors="surrogatepass")


def _show_diff(folder: Path, record: dict[str, Any], texts: dict[str, str]) -> None:
    for suffix, text in texts.items():
        path = folder / record["project"] / (record["page"] + suffix)
        if not path.is_file():
            continue
        old = path.read_text(encoding="utf-8", errors="surrogatepass")
        if old == text:
            continue
        diff = difflib.unified_diff(
            old.splitlines(),
            text.splitlines(),
            f"reference/{record['page']}{suffix}",
            f"now/{record['page']}{suffix}",
            lineterm="",
            n=1,
        )
        for n, line in enumerate(diff):
            if n >= 40:
                print("  ...")
                break
            print("  " + line)


def _same(old: dict[str, Any], new: dict[str, Any], no_html: bool) -> bool:
    if no_html:
        old.pop("html", None)
    return old == new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the digests here (JSON lines)")
    group.add_argument("--compare", type=Path, help="compare the digests with this reference")
    parser.add_argument(
        "--project",
        type=Path,
        action="append",
        help="an mkdocs.yml (repeatable; default: this repository's and the N=300 benchmark's)",
    )
    parser.add_argument("--no-html", action="store_true", help="leave out the HTML digests")
    args = parser.parse_args()
    configs = args.project or [c for c in DEFAULT_PROJECTS if c.is_file()]
    missing = [c for c in DEFAULT_PROJECTS if not c.is_file()] if not args.project else []
    for c in missing:
        print(f"note: no project at {c}", file=sys.stderr)
    reference = args.write or args.compare
    folder = reference.with_name(reference.name + ".d")
    start = time.perf_counter()
    lines: list[str] = []
    first_diff_shown = False
    old_lines: dict[tuple[str, str], str] = {}
    if args.compare:
        for raw in args.compare.read_text(encoding="utf-8").splitlines():
            rec = json.loads(raw)
            old_lines[(rec["project"], rec["page"])] = raw
    differing: list[str] = []
    for config in configs:
        for record, texts in project_records(config, _label(config), html=not args.no_html):
            line = json.dumps(record, ensure_ascii=False, sort_keys=True)
            lines.append(line)
            if args.write:
                _store(folder, record, texts)
                continue
            old = old_lines.pop((record["project"], record["page"]), None)
            if old is not None and _same(json.loads(old), record, args.no_html):
                continue
            what = "new page" if old is None else "differs"
            differing.append(f"{what}: {record['project']}/{record['page']}")
            if not first_diff_shown and old is not None:
                print(differing[-1])
                _show_diff(folder, record, texts)
                first_diff_shown = True
    print(f"{len(lines)} pages in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    differing += [f"missing: {p}/{page}" for p, page in old_lines]
    for what in differing[:20]:
        print(what)
    total = len(lines) + len(old_lines)
    print("IDENTICAL" if not differing else f"DIFFERENT: {len(differing)} of {total} pages")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
