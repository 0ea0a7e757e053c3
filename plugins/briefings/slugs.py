"""Stable ASCII slugs for URLs and anchors (Cyrillic is transliterated, the rest folded)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў"
_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u"
_CYRILLIC = dict(zip(_CYRILLIC_LETTERS, _LATIN.split(" "), strict=True))
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60, fallback: str = "item") -> str:
    """An ASCII slug of ``text``: lower case, words joined by ``-``, never empty."""
    out = []
    for ch in text.lower():
        mapped = _CYRILLIC.get(ch)
        out.append("" if mapped == "-" else mapped if mapped is not None else ch)
    ascii_text = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    slug = _NON_WORD.sub("-", ascii_text.replace("'", "")).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if not slug:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{fallback}-{digest}"
    return slug


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is free; adds it to ``taken``."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
