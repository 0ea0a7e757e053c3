"""Editors' per-briefing files: a sidecar ``<seed stem>.yml`` beside the seed.

Example (``seeds/izvestia-russia-us-talks.yml``)::

    title: Russia and the US keep talking about Ukraine, but only bilaterally
    date: 2025-04-14
    source_url: https://iz.ru/...
    publication: Izvestia
    tags: [Russia, United States, Ukraine]
    summary: One sentence for the home page.
    keep: ["a line the chrome stripper removed but belongs to the article"]
    drop: ["a line it kept but is chrome"]
    annotations:
      - phrase: Rosselkhoznadzor
        note: Most likely a mistranslation of Rosselkhozbank, ...
        occurrence: 1        # optional: which occurrence when the phrase appears more than once
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .chrome import Corrections
from .yamlfile import YamlError, load_yaml

KEYS = frozenset(
    {"title", "date", "source_url", "publication", "tags", "summary", "keep", "drop", "annotations"}
)
ANNOTATION_KEYS = frozenset({"phrase", "note", "occurrence"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class EditorFileError(ValueError):
    """An editor file that cannot be used at all (the message names the file)."""


@dataclass(frozen=True)
class Annotation:
    phrase: str
    note: str
    occurrence: int | None = None
    """1-based occurrence of the phrase in the article; None: it must occur exactly once."""


@dataclass(frozen=True)
class EditorFile:
    path: str | None = None
    title: str | None = None
    date: str | None = None
    source_url: str | None = None
    publication: str | None = None
    tags: tuple[str, ...] = ()
    summary: str | None = None
    corrections: Corrections = field(default_factory=Corrections)
    annotations: tuple[Annotation, ...] = ()
    warnings: tuple[str, ...] = ()


def sidecar_path(seed: Path) -> Path:
    """The editor file that belongs to a seed: same folder and stem, suffix ``.yml``."""
    return seed.with_suffix(".yml")


def _is_iso_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_http_url(value: str) -> bool:
    return re.match(r"^https?://[^\s<>\"']+$", value, flags=re.IGNORECASE) is not None


def _text(value: Any, where: str, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    warnings.append(f"{where}: expected text, got a {type(value).__name__}; ignored")
    return None


def _texts(value: Any, where: str, warnings: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        warnings.append(f"{where}: expected a list of text; ignored")
        return ()
    out: list[str] = []
    for i, item in enumerate(value, 1):
        text = _text(item, f"{where}[{i}]", warnings)
        if text:
            out.append(text)
    return tuple(out)


def parse_editor_data(data: Any, name: str) -> EditorFile:
    """Validate parsed YAML of an editor file; problems become warnings naming ``name``."""
    if data is None:
        return EditorFile(path=name)
    if not isinstance(data, dict):
        raise EditorFileError(f"{name}: expected a mapping of keys (title, date, ...) at the top")
    warnings: list[str] = []
    for key in sorted(set(data) - KEYS):
        warnings.append(f"{name}: unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
    date = _text(data.get("date"), f"{name}: date", warnings)
    if date and not _is_iso_date(date):
        warnings.append(f"{name}: date {date!r} is not YYYY-MM-DD (a real calendar date); ignored")
        date = None
    url = _text(data.get("source_url"), f"{name}: source_url", warnings)
    if url and not is_http_url(url):
        warnings.append(f"{name}: source_url must be an http(s) URL; ignored")
        url = None
    annotations: list[Annotation] = []
    raw_annotations = data.get("annotations") or []
    if not isinstance(raw_annotations, list):
        warnings.append(f"{name}: annotations must be a list; ignored")
        raw_annotations = []
    for i, item in enumerate(raw_annotations, 1):
        where = f"{name}: annotation {i}"
        if not isinstance(item, dict):
            warnings.append(f"{where}: expected a mapping with phrase and note; ignored")
            continue
        for key in sorted(set(item) - ANNOTATION_KEYS):
            warnings.append(f"{where}: unknown key {key!r}")
        phrase = _text(item.get("phrase"), f"{where} phrase", warnings)
        note = _text(item.get("note"), f"{where} note", warnings)
        if not phrase or not note:
            warnings.append(f"{where}: needs both a phrase and a note; ignored")
            continue
        occurrence: int | None = None
        raw_occ = item.get("occurrence")
        if raw_occ is not None:
            if isinstance(raw_occ, str) and raw_occ.isdigit() and int(raw_occ) >= 1:
                occurrence = int(raw_occ)
            else:
                warnings.append(f"{where} ({phrase!r}): occurrence must be a whole number >= 1")
        annotations.append(Annotation(phrase=phrase, note=note, occurrence=occurrence))
    corrections = Corrections(
        keep=frozenset(_texts(data.get("keep"), f"{name}: keep", warnings)),
        drop=frozenset(_texts(data.get("drop"), f"{name}: drop", warnings)),
    )
    return EditorFile(
        path=name,
        title=_text(data.get("title"), f"{name}: title", warnings),
        date=date,
        source_url=url,
        publication=_text(data.get("publication"), f"{name}: publication", warnings),
        tags=_texts(data.get("tags"), f"{name}: tags", warnings),
        summary=_text(data.get("summary"), f"{name}: summary", warnings),
        corrections=corrections,
        annotations=tuple(annotations),
        warnings=tuple(warnings),
    )


def load_editor_file(path: Path) -> EditorFile:
    """Load an editor file; raise EditorFileError for unreadable or malformed YAML."""
    try:
        data = load_yaml(path)
    except YamlError as exc:
        raise EditorFileError(str(exc)) from None
    return parse_editor_data(data, str(path))
