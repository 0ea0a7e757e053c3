"""Sections: a stripped article -> lead, titled sections with stable anchors, figures, metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .chrome import LineKind, StrippedText
from .editor import EditorFile


@dataclass(frozen=True)
class Paragraph:
    text: str
    kind: Literal["paragraph", "quote"] = "paragraph"
    line: int = 0


@dataclass(frozen=True)
class Figure:
    caption: str | None
    credit: str | None
    original: str | None
    line: int = 0


Block = Paragraph | Figure


@dataclass(frozen=True)
class Section:
    title: str | None
    """None for the lead."""
    anchor: str
    """Stable ASCII slug, unique within the briefing ("lead" for the lead)."""
    blocks: tuple[Block, ...]

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if isinstance(b, Paragraph))

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Figure))


@dataclass(frozen=True)
class Removal:
    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Meta:
    title: str
    encoding: str
    source_name: str
    translated_by: str | None = None
    date: str | None = None
    """ISO date (YYYY-MM-DD) when known."""
    source_url: str | None = None
    publication: str | None = None
    byline: str | None = None
    summary: str | None = None
    tags: tuple[str, ...] = ()
    title_from: Literal["editor", "source", "text"] = "text"
    extra: tuple[tuple[str, str], ...] = field(default=())
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Briefing:
    slug: str
    meta: Meta
    lead: Section | None
    sections: tuple[Section, ...]
    removed: tuple[Removal, ...]

    @property
    def all_sections(self) -> tuple[Section, ...]:
        return ((self.lead,) if self.lead else ()) + self.sections

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for s in self.all_sections for f in s.figures)


def split_sections(stripped: StrippedText, slug: str, editor: EditorFile | None = None) -> Briefing:
    """Split a stripped article into lead and sections (placeholder: everything in the lead)."""
    paragraphs = tuple(
        Paragraph(line.text.strip(), line=line.number)
        for line in stripped.lines
        if line.kind is LineKind.PARAGRAPH
    )
    title = (editor.title if editor and editor.title else None) or (
        paragraphs[0].text[:80] if paragraphs else stripped.source.name
    )
    meta = Meta(title=title, encoding=stripped.source.encoding, source_name=stripped.source.name)
    lead = Section(title=None, anchor="lead", blocks=paragraphs) if paragraphs else None
    removed = tuple(Removal(ln.number, ln.text, ln.reason) for ln in stripped.removed)
    return Briefing(slug=slug, meta=meta, lead=lead, sections=(), removed=removed)
