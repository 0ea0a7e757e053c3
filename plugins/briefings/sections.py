"""Sections: a stripped article -> lead, titled sections with stable anchors, figures, metadata.

Headings come from the chrome stage (``LineKind.HEADING``: a question or a short unpunctuated
line followed by body text, not by a photo credit; a line with a heading's mark, "History[edit]";
a line the page's own table of contents names). The lead is everything before the first
heading. Figures stay where the photos stood, as blocks between paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from .chrome import (
    CAPTION_AFTER_CREDIT,
    CAPTION_COPIES,
    CREDIT_TAIL,
    DATELINE,
    ClassifiedLine,
    LineKind,
    StrippedText,
    is_quote_like,
    split_credit_tail,
)
from .editor import EditorFile
from .slugs import slugify, unique_slug


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
    language: str = ""
    """The article's language as chrome profiled it ("English", "German", ...; "" unknown)."""


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


# --------------------------------------------------------------------------- dates

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan январь января янв janvier janv januar jän enero ene janeiro leden ledna",
        "february feb февраль февраля фев février févr februar febrero fevereiro fev únor února",
        "march mar март марта mars märz marzo março březen března",
        "april apr апрель апреля апр avril abril duben dubna",
        "may май мая mai mayo maio květen května",
        "june jun июнь июня juin juni junio junho červen června",
        "july jul июль июля juillet juli julio julho červenec července",
        "august aug август августа авг août agosto srpen srpna",
        "september sep sept сентябрь сентября сен septembre septiembre setembro set září",
        "october oct октябрь октября окт octobre oktober octubre outubro out říjen října",
        "november nov ноябрь ноября ноя novembre noviembre novembro listopad listopadu",
        "december dec декабрь декабря дек décembre dezember diciembre dezembro prosinec prosince",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# (a year may run into the time or the date printed after it: "November 15, 20245:04 PM ET",
# "12 Nov 202412 Nov 2024", two page elements copied without a space)
_YEAR_END = r"(?:\b|(?=\d{1,2}(?::\d{2}|\s)))"
# (or joined by hyphens: "17-Nov-2024", CGTN)
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:\.?\s+|-)([^\W\d_]+)(?:\.?,?\s+|-)(\d{4})" + _YEAR_END)
_MONTH_DAY_YEAR = re.compile(
    r"\b([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _YEAR_END
)
# (the day first: "08.09.2017", "08-09-2017" are the 8th of September)
_NUMERIC = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")
_CJK_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date line in common formats, else None."""

    def iso(year: int, month: int, day: int) -> str | None:
        if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None

    if m := _ISO.search(text):
        return iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _CJK_DATE.search(text):
        return iso(int(m[1]), int(m[2]), int(m[3]))
    if (m := _DAY_MONTH_YEAR.search(text)) and m[2].lower() in _MONTHS:
        return iso(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    if (m := _MONTH_DAY_YEAR.search(text)) and m[1].lower() in _MONTHS:
        return iso(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    if m := _NUMERIC.search(text):
        return iso(int(m[4]), int(m[3]), int(m[1]))
    return None


# --------------------------------------------------------------------------- title

_SENTENCE = re.compile(r"(.+?[.!?…])(?:\s|$)")


def derive_title(text: str, limit: int = 90) -> str:
    """A title from body text: all of it when it fits in ``limit`` (a headline of two sentences
    kept as the first paragraph: "Wild goats ruled this island. Now, it's reborn."), else its
    first sentence, shortened at a word boundary to ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text.rstrip(".")
    m = _SENTENCE.match(text)
    sentence = m.group(1) if m else text
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return (cut or sentence[: limit - 1]) + "…"


# --------------------------------------------------------------------------- splitting


class _FigureBuilder:
    def __init__(self) -> None:
        self.caption: str | None = None
        self.credit: str | None = None
        self.original: str | None = None
        self.line = 0

    def empty(self) -> bool:
        return self.caption is None and self.credit is None and self.original is None

    def build(self) -> Figure:
        return Figure(self.caption, self.credit, self.original, self.line)


def _meta_lookup(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in pairs:
        if value and value.strip():
            out.setdefault(key.lower(), value.strip())
    return out


def _article_date(dates: list[tuple[int, str]], stripped: StrippedText) -> str:
    """The article's own date among the page's date lines and dated bylines (line number,
    date): of those in its header (above the first line of text), the first under the
    headline (a teaser list above it has its own dates), else the nearest above it (a portal
    prints today's date at the top of every page: "14 Nov 2024" / "Saturday 5 November 2016 -
    14:34" / <headline>); else the first."""
    lines = stripped.lines
    headline = next((ln.number for ln in lines if ln.meta_key == "title"), None)
    text = next((ln.number for ln in lines if ln.kind in _TEXT_KINDS), None)
    header = [(number, date) for number, date in dates if text is None or number < text]
    if headline is None or not header:
        return dates[0][1]
    below = [date for number, date in header if number > headline]
    return below[0] if below else header[-1][1]


_TEXT_KINDS = (LineKind.PARAGRAPH, LineKind.QUOTE, LineKind.HEADING)

#: A date printed after a dash at a headline's end ("Department Press Briefing – March 8,
#: 2021", "Joint Statement - 5 May 2023"): group 1, the date alone.
_TITLE_DATE = re.compile(
    r"\s[-–—]\s+((?:[^\W\d_]+,?\s+)?"  # (a weekday)
    r"(?:\d{1,2}\s+[^\W\d_]+\.?,?|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4})$"
)


def _title_date(title: str) -> str | None:
    """The date a headline ends in after a dash (ISO), else None."""
    found = _TITLE_DATE.search(title.strip())
    return parse_date(found[1]) if found else None


def split_sections(stripped: StrippedText, slug: str, editor: EditorFile | None = None) -> Briefing:
    """Split a stripped article into lead and sections, figures in place, and metadata."""
    editor = editor or EditorFile()
    taken: set[str] = {"lead"}
    sections: list[Section] = []
    title: str | None = None
    anchor = "lead"
    blocks: list[Paragraph | Figure] = []
    figure = _FigureBuilder()
    found: dict[str, str] = {}
    dates: list[tuple[int, str]] = []  # (line number, date) of each date line

    def flush_figure() -> None:
        nonlocal figure
        if not figure.empty():
            blocks.append(figure.build())
        figure = _FigureBuilder()

    def close_section() -> None:
        nonlocal blocks
        flush_figure()
        sections.append(Section(title=title, anchor=anchor, blocks=tuple(blocks)))
        blocks = []

    def add_figure_part(line: ClassifiedLine, prior: ClassifiedLine | None) -> None:
        text = (line.meta_value or line.text).strip()
        if (
            line.kind is LineKind.FIGURE_CAPTION
            and figure.empty()
            and prior is not None
            and prior.kind is LineKind.FIGURE_CREDIT
            and (prior.meta_value is not None or line.reason == CAPTION_AFTER_CREDIT)
            and blocks
            and isinstance(blocks[-1], Figure)
            and blocks[-1].caption is None
        ):
            # Sites that mark their credits ("Image source, Reuters") give the caption after
            # the credit ("Image caption, ..."), as do those printing the credit on the photo
            # (chrome.CAPTION_AFTER_CREDIT): one figure.
            blocks[-1] = replace(blocks[-1], caption=text)
            return
        if line.kind is LineKind.FIGURE_ORIGINAL:
            if figure.original is not None or figure.caption is not None:
                flush_figure()
            figure.original = text
        elif line.kind is LineKind.FIGURE_CAPTION:
            if figure.caption is not None:
                flush_figure()
            figure.caption = text
            credited = line.reason in (CREDIT_TAIL, CAPTION_COPIES)
            split = split_credit_tail(line.text) if credited else None
            if split is not None:  # "... in Tunis. Fethi Belaid/AFP/Getty Images": both
                # (the caption as chrome gave it: a gallery's counter left out)
                figure.caption, figure.credit = line.meta_value or split[0], split[1]
                figure.line = figure.line or line.number
                flush_figure()
                return
        else:
            figure.credit = text
        figure.line = figure.line or line.number
        if line.kind is LineKind.FIGURE_CREDIT:
            flush_figure()

    previous: ClassifiedLine | None = None  # the last line of the article before this one
    dateline = ""  # a wire dateline printed alone, for the paragraph under it
    for line in stripped.lines:
        kind = line.kind
        text = line.text.strip()
        if kind in (LineKind.BLANK, LineKind.CHROME):
            continue
        prior, previous = previous, line
        if kind in (LineKind.FIGURE_ORIGINAL, LineKind.FIGURE_CAPTION, LineKind.FIGURE_CREDIT):
            add_figure_part(line, prior)
            continue
        if kind is LineKind.METADATA:
            if line.meta_key == DATELINE:  # ("KARACHI:" alone: it opens the paragraph below)
                dateline = (line.meta_value or text).strip()
                continue
            if line.meta_key == "date":
                dates.append((line.number, (line.meta_value or text).strip()))
            elif line.meta_key:
                found.setdefault(line.meta_key, (line.meta_value or text).strip())
                if line.meta_key == "byline" and parse_date(text):
                    dates.append((line.number, text))  # ("By Jane Doe | May 12, 2025 5:34 PM")
            continue
        flush_figure()
        if kind is LineKind.HEADING:
            close_section()
            title = (line.meta_value or text).strip()  # (without an edit link's mark)
            anchor = unique_slug(slugify(text, fallback="section"), taken)
            continue
        text = (line.meta_value or text).strip()  # (without an editor's closing mark)
        quote = kind is LineKind.QUOTE or is_quote_like(text)
        if dateline and kind is LineKind.PARAGRAPH:
            # (a dateline printed with no dash of its own gets the wire's: "ANKARA — ...")
            joint = " — " if dateline[-1].isalnum() or dateline[-1] == ")" else " "
            text, dateline = f"{dateline}{joint}{text}", ""
        blocks.append(Paragraph(text, "quote" if quote else "paragraph", line.number))
    close_section()
    if dates:
        found["date"] = _article_date(dates, stripped)
    if (dated := _title_date(found.get("title", ""))) is not None:
        found["date"] = dated  # (the document's own date, over a portal's date of today)

    lead_section = sections[0]
    lead = lead_section if lead_section.blocks else None
    body = tuple(sections[1:])
    meta = _build_meta(stripped, editor, found, lead, body)
    removed = tuple(Removal(ln.number, ln.text, ln.reason) for ln in stripped.removed)
    return Briefing(slug=slug, meta=meta, lead=lead, sections=body, removed=removed)


def _build_meta(
    stripped: StrippedText,
    editor: EditorFile,
    found: dict[str, str],
    lead: Section | None,
    sections: tuple[Section, ...],
) -> Meta:
    source = stripped.source
    smeta = _meta_lookup(source.meta)
    title_from: Literal["editor", "source", "text"]
    if editor.title:
        title, title_from = editor.title, "editor"
    elif smeta.get("title"):
        title, title_from = smeta["title"], "source"
    elif found.get("title"):
        title = found["title"]
        title_from = "source" if source.format == "html" else "text"
    else:
        first = next(
            (p for s in ((lead,) if lead else ()) + sections for p in s.paragraphs if p.strip()),
            None,
        )
        heading = next((s.title for s in sections if s.title), None)
        stem = source.name.rsplit(".", 1)[0] or "Untitled briefing"
        title, title_from = derive_title(first or heading or stem), "text"
    title = " ".join(title.split()) or "Untitled briefing"

    date = editor.date
    extra: dict[str, str] = {}
    if not date:
        raw_date = smeta.get("date") or found.get("date")
        if raw_date:
            date = parse_date(raw_date)
            if not date:
                extra["date_text"] = raw_date
    publication = (
        editor.publication
        or smeta.get("publication")
        or smeta.get("site_name")
        or smeta.get("sitename")
        or found.get("source")
    )
    source_url = editor.source_url or smeta.get("source_url") or smeta.get("url")
    tags = editor.tags or tuple(
        t.strip() for t in (smeta.get("tags") or "").split(",") if t.strip()
    )
    used = {"title", "date", "publication", "site_name", "sitename", "source_url", "url", "tags"}
    used |= {"author", "byline", "description", "summary", "translated_by"}
    for key, value in smeta.items():
        if key not in used:
            extra.setdefault(key, value)
    return Meta(
        title=title,
        encoding=source.encoding,
        source_name=source.name,
        translated_by=found.get("translated_by") or smeta.get("translated_by"),
        date=date,
        source_url=source_url,
        publication=publication,
        byline=found.get("byline") or smeta.get("author") or smeta.get("byline"),
        summary=editor.summary
        or smeta.get("description")
        or smeta.get("summary")
        or found.get("summary"),  # (a standfirst under the headline of copied text)
        tags=tags,
        title_from=title_from,
        extra=tuple(sorted(extra.items())),
        warnings=editor.warnings,
        language=stripped.language,
    )
