"""Reading raw articles: bytes (text or saved HTML, any encoding) -> text lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from charset_normalizer import from_bytes

Format = Literal["txt", "html"]

#: Suffixes read as seeds, and the format each one is read as.
SEED_SUFFIXES: dict[str, Format] = {".txt": "txt", ".html": "html", ".htm": "html"}

#: Structural hints an HTML extractor can give a line (empty string: no hint).
Hint = Literal["", "heading", "caption", "credit", "quote", "list", "title", "byline", "date"]


class IngestError(ValueError):
    """Input that cannot be read as an article; the message names the file and the problem."""


@dataclass(frozen=True)
class SourceText:
    """A raw article decoded to text lines, nothing removed yet."""

    name: str
    """The seed's file name, as shown to editors."""
    lines: tuple[str, ...]
    encoding: str
    format: Format = "txt"
    hints: tuple[Hint, ...] = ()
    """One hint per line for HTML input (same length as ``lines``), empty for text."""
    meta: tuple[tuple[str, str], ...] = ()
    """Metadata found by the reader (HTML title, date, url, site name), as key/value pairs."""
    warnings: tuple[str, ...] = field(default=())

    def hint(self, index: int) -> Hint:
        return self.hints[index] if index < len(self.hints) else ""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(name: str, data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise IngestError when it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise IngestError(f"{name}: not valid UTF-16 despite its byte-order mark ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(f"{name}: the bytes are not text in any known encoding")
    return str(best), best.encoding


def split_lines(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Normalise newlines and drop control characters; return ``(lines, warnings)``."""
    warnings: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        warnings.append(f"dropped {text.count(chr(0))} NUL character(s)")
    cleaned = _CONTROL.sub("", text)
    dropped = len(text) - len(cleaned) - text.count("\x00")
    if dropped:
        warnings.append(f"dropped {dropped} control character(s)")
    cleaned = unicodedata.normalize("NFC", cleaned).replace("\u00a0", " ")
    return tuple(line.rstrip() for line in cleaned.split("\n")), tuple(warnings)


def decode_source(name: str, data: bytes, fmt: Format = "txt") -> SourceText:
    """Decode a seed's bytes into a SourceText (pure: no file access)."""
    text, encoding = decode_bytes(name, data)
    if fmt == "html":
        from .extract import extract_html  # local import: only HTML seeds need lxml/trafilatura

        return extract_html(name, text, encoding)
    lines, warnings = split_lines(text)
    return SourceText(name=name, lines=lines, encoding=encoding, format="txt", warnings=warnings)


def read_source(path: Path) -> SourceText:
    """Read one seed file; raise IngestError (never OSError) for unreadable input."""
    fmt = SEED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"{path}: not a seed (expected one of {', '.join(SEED_SUFFIXES)})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return decode_source(path.name, data, fmt)
