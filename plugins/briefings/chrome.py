"""Chrome stripping: classify every line of a raw article, drop page chrome, report why.

Every input line ends up in exactly one ClassifiedLine (nothing of the article is lost):
body (paragraph, heading, quote), figure part, metadata, blank, or chrome (removed, with a reason).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .ingest import SourceText


class LineKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    FIGURE_ORIGINAL = "figure-original"
    FIGURE_CAPTION = "figure-caption"
    FIGURE_CREDIT = "figure-credit"
    METADATA = "metadata"
    BLANK = "blank"
    CHROME = "chrome"


BODY_KINDS = frozenset({LineKind.PARAGRAPH, LineKind.HEADING, LineKind.QUOTE})
FIGURE_KINDS = frozenset(
    {LineKind.FIGURE_ORIGINAL, LineKind.FIGURE_CAPTION, LineKind.FIGURE_CREDIT}
)


@dataclass(frozen=True)
class ClassifiedLine:
    number: int
    """1-based line number in the source."""
    text: str
    kind: LineKind
    reason: str = ""
    """Why the line got its kind (always set for chrome: shown in the removal report)."""
    meta_key: str | None = None
    """For METADATA lines: which field ("translated_by", "byline", "date", "source", ...)."""
    meta_value: str | None = None


@dataclass(frozen=True)
class Corrections:
    """Editor overrides for one article: lines (exact text, whitespace-trimmed) to keep or drop."""

    keep: frozenset[str] = frozenset()
    drop: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StrippedText:
    source: SourceText
    lines: tuple[ClassifiedLine, ...]

    @property
    def removed(self) -> tuple[ClassifiedLine, ...]:
        return tuple(line for line in self.lines if line.kind is LineKind.CHROME)

    @property
    def kept(self) -> tuple[ClassifiedLine, ...]:
        return tuple(
            line for line in self.lines if line.kind not in (LineKind.CHROME, LineKind.BLANK)
        )


def strip_chrome(
    source: SourceText,
    corrections: Corrections = Corrections(),
    repeated: frozenset[str] = frozenset(),
) -> StrippedText:
    """Classify every line of ``source`` (placeholder: keeps every non-blank line)."""
    lines = tuple(
        ClassifiedLine(i, text, LineKind.PARAGRAPH if text.strip() else LineKind.BLANK)
        for i, text in enumerate(source.lines, 1)
    )
    return StrippedText(source=source, lines=lines)
