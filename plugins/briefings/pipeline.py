"""One article through the whole pipeline: ingest -> chrome -> sections -> actors.

A plain composition of the stage functions, shared by the CLI and the MkDocs plugin.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .actors import BriefingActors, Registry, find_actors
from .chrome import LineKind, StrippedText, strip_chrome
from .editor import EditorFile, load_editor_file, sidecar_path
from .ingest import SourceText, read_source
from .sections import Briefing, split_sections
from .slugs import slugify


class EmptyArticleError(ValueError):
    """An article with no body text left (empty, or chrome only)."""


@dataclass(frozen=True)
class Article:
    """Everything the pipeline knows about one seed."""

    source: SourceText
    stripped: StrippedText
    briefing: Briefing
    actors: BriefingActors
    editor: EditorFile


#: Container allocations between two young-generation collections while an article is processed
#: (Python's default: 700). The stages allocate hundreds of thousands of short-lived tuples and
#: lists per article, almost none of them in reference cycles; at 700 the collector ran (and,
#: every tenth and hundredth time, swept the older generations, the whole corpus held so far)
#: thousands of times per hundred articles: about 8 % of the pipeline's time at N = 300.
_GC_YOUNG = 50_000
_gc_lock = threading.Lock()
_gc_depth = 0
_gc_saved = (0, 0, 0)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often inside this block (see ``_GC_YOUNG``); the thresholds are set
    back when the outermost such block (in any thread) ends."""
    global _gc_depth, _gc_saved
    with _gc_lock:
        if _gc_depth == 0:
            _gc_saved = gc.get_threshold()
            if 0 < _gc_saved[0] < _GC_YOUNG:  # (0: collection switched off)
                gc.set_threshold(_GC_YOUNG, *_gc_saved[1:])
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and gc.get_threshold()[0] == _GC_YOUNG:
                gc.set_threshold(*_gc_saved)


def process_source(
    source: SourceText,
    slug: str | None = None,
    editor: EditorFile | None = None,
    registry: Registry | None = None,
    repeated: frozenset[str] = frozenset(),
) -> Article:
    """Run one decoded source through chrome stripping, sections and actors (pure)."""
    with fewer_collections():
        return _process_source(source, slug, editor, registry, repeated)


def _process_source(
    source: SourceText,
    slug: str | None,
    editor: EditorFile | None,
    registry: Registry | None,
    repeated: frozenset[str],
) -> Article:
    editor = editor or EditorFile()
    slug = slug or slugify(source.name.rsplit(".", 1)[0], fallback="briefing")
    stripped = strip_chrome(source, editor.corrections, repeated)
    if not any(line.kind in (LineKind.PARAGRAPH, LineKind.QUOTE) for line in stripped.lines):
        what = (
            "is empty"
            if not any(t.strip() for t in source.lines)
            else "has no article text left after removing page chrome"
        )
        raise EmptyArticleError(f"{source.name}: the article {what}")
    briefing = split_sections(stripped, slug, editor)
    return Article(
        source=source,
        stripped=stripped,
        briefing=briefing,
        actors=find_actors(briefing, registry),
        editor=editor,
    )


def read_article(path: Path, registry: Registry | None = None) -> Article:
    """Read a seed file and its editor sidecar (when present) and process it."""
    source = read_source(path)
    sidecar = sidecar_path(path)
    editor = load_editor_file(sidecar) if sidecar.is_file() else None
    return process_source(source, editor=editor, registry=registry)


def article_to_json(article: Article) -> dict[str, Any]:
    """The ``briefings parse --json`` object."""
    b = article.briefing
    lead = b.lead
    figures = [
        {"caption": f.caption, "credit": f.credit, "original": f.original, "line": f.line}
        for f in b.figures
    ]
    actors_by_id = {a.id: a for a in article.actors.actors}
    return {
        "slug": b.slug,
        "title": b.meta.title,
        "lead": "\n\n".join(lead.paragraphs) if lead and lead.paragraphs else None,
        "sections": [
            {"title": s.title, "anchor": s.anchor, "paragraphs": list(s.paragraphs)}
            for s in b.sections
        ],
        "figures": figures,
        "quotes": [
            {
                "text": q.text,
                "speaker": actors_by_id[q.speaker].name if q.speaker in actors_by_id else None,
                "speaker_id": q.speaker,
                "section": q.section,
            }
            for q in article.actors.quotes
        ],
        "meta": {
            "title": b.meta.title,
            "translated_by": b.meta.translated_by,
            "encoding": b.meta.encoding,
            "format": article.source.format,
            "source": b.meta.source_name,
            "date": b.meta.date,
            "source_url": b.meta.source_url,
            "publication": b.meta.publication,
            "byline": b.meta.byline,
            "tags": list(b.meta.tags),
            "summary": b.meta.summary,
            "warnings": list(article.source.warnings) + list(b.meta.warnings),
        },
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in b.removed],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "role": a.role,
                "mentions": len(a.mentions),
                "credit_only": a.credit_only,
            }
            for a in article.actors.actors
        ],
    }
