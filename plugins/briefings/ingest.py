"""Reading raw articles: bytes (text or saved HTML, any encoding) -> text lines."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

from charset_normalizer import from_bytes

from .markdown_text import join_paragraphs, looks_like_markdown, unmark_lines
from .sentences import INNER_END, LAST_MARKS, ends_sentence
from .wordlists import alternation

Format = Literal["txt", "html"]
#: How a seed file is stored: text, a saved page, or a page saved as one MIME file (MHTML).
SeedFormat = Literal["txt", "html", "mhtml"]

#: Suffixes read as seeds, and the format each one is read as. A ".txt" file whose bytes open as
#: an HTML document is read as a saved page (``looks_like_html``), one whose lines are a scrape's
#: Markdown as Markdown (``markdown_text.looks_like_markdown``). ".md" files are no seeds: the
#: seeds folder's README and editors' notes.
SEED_SUFFIXES: dict[str, SeedFormat] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".mhtml": "mhtml",  # Chromium's and Edge's "Webpage, single file"
    ".mht": "mhtml",
}

#: Files in the seeds folder that are no seeds and go unmentioned: editor files, the folder's
#: README, and what operating systems leave in folders.
QUIET_SUFFIXES = frozenset({".yml", ".yaml"})
QUIET_NAMES = frozenset({"readme", "readme.md", "thumbs.db", "desktop.ini"})

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
    numbers: tuple[int, ...] = ()
    """The 1-based number in the file of each line's first line, when hard-wrapped lines were
    joined into paragraphs (``unwrap_lines``); empty when line ``i`` is the file's ``i + 1``."""

    def hint(self, index: int) -> Hint:
        return self.hints[index] if index < len(self.hints) else ""

    def number(self, index: int) -> int:
        """The file's line number of ``lines[index]`` (its first line, when joined)."""
        return self.numbers[index] if self.numbers else index + 1


#: Characters dropped from the text: C0 controls but tab and newline, DEL, C1 controls, stray BOMs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ufeff]")
#: Invisible formatting characters dropped without a warning: soft hyphens (hyphenation hints
#: that split words for every later stage: "Netan\u00adyahu"), zero-width spaces, word joiners.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060]")
#: Line ends besides LF: CRLF, lone CR, NEL, Unicode line and paragraph separators.
_LINE_END = re.compile(r"\r\n?|[\x85\u2028\u2029]")

#: Legacy code pages people actually meet, tried besides charset-normalizer's guess; on a tie the
#: earlier one wins (Western first: a tie means no Cyrillic or Central European letters differ).
LEGACY_ENCODINGS = ("latin-1", "cp1252", "cp1251", "koi8-r", "cp1250")

#: Leading bytes of common binary formats (images, archives, documents, executables).
_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x1f\x8b": "gzip-compressed data", b"\x7fELF": "a program", b"RIFF": "a media file",
    b"\x00\x00\x01\x00": "an icon", b"BZh": "bzip2-compressed data", b"\xfd7zXZ": "xz data",
}  # fmt: skip
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SAMPLE = 1 << 16
_WHAT_TO_DO = "a seed must be an article's text or a saved web page (save it as UTF-8 text)"
#: The note on a seed read as Markdown.
MARKDOWN_NOTE = "read as Markdown: link addresses, images and marks dropped, their words kept"
_JUDGED = 1 << 14  # bytes judged for plausibility: enough words, and cheap for huge files


def _binary_problem(data: bytes, share: float = 0.05) -> str | None:
    """Why ``data`` is not text (a known binary format, or too many control bytes), or None."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"looks like {what}, not text"
    sample = data[:_SAMPLE]
    controls = len(_BINARY_BYTES.findall(sample))
    if sample and controls / len(sample) > share:
        return f"looks like binary data ({controls} control bytes in the first {len(sample)})"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Codec name when ``data`` looks like BOM-less UTF-16 text of one alphabet.

    The high byte of every character is then one of very few values (0 for ASCII, 4 for
    Cyrillic...) and is 0 for spaces and punctuation, while the low byte is rarely 0.
    """
    sample = data[: _SAMPLE & ~1]
    half = len(sample) // 2
    if half < 4:
        return None
    for codec, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        top_two = sum(n for _, n in Counter(high).most_common(2))
        if high.count(0) >= 0.05 * half and top_two >= 0.9 * half and low.count(0) < 0.02 * half:
            return codec
    return None


_LETTERS = re.compile(r"[^\W\d_]+")
_COMMON_SYMBOLS = frozenset("©®°™№§¶•€£¥¢")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if name.startswith("HALFWIDTH KATAKANA"):
        return "HALFWIDTH"  # mojibake sign: Cyrillic bytes read as Shift-JIS
    head = name.split(" ", 1)[0]
    return "CJK" if head in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL") else head


@lru_cache(maxsize=65536)
def _word_score(word: str) -> int:
    """+1 for a plausible word, 0 for a doubtful one, -2 for mojibake."""
    scripts = {_script(c) for c in word}
    if len(scripts) > 1 or "HALFWIDTH" in scripts:
        return -2  # one word in two scripts: "espaсola"
    if scripts <= {"LATIN", "CYRILLIC", "GREEK"} and len(word) > 1:
        if word.isupper():
            return 0 if len(word) > 3 else 1  # real text is mostly lower case
        if not word[1:].islower():
            return -2  # "жЕМШ": case changes inside a word
    if scripts == {"LATIN"}:
        accented = sum(ord(c) > 127 for c in word)
        if (accented >= 2 and accented == len(word)) or (
            accented >= 3 and 2 * accented > len(word)
        ):
            return -2  # "Ïðåçèäåíò", "ÑØÀ": Cyrillic read as a Western code page
    return 1


#: Cyrillic letters by how often Russian, Ukrainian and Bulgarian text uses them: KOI8-R and
#: Windows-1251 read each other's text as real but improbable letters ("уыб Й еу" for "США и ЕС").
_CYRILLIC_FREQUENT = frozenset("оеаинтсрвлкмі")
_CYRILLIC_RARE = frozenset("щъэфцюшжё")


def _letter_bonus(ch: str) -> int:
    low = ch.lower()
    return 1 if low in _CYRILLIC_FREQUENT else -1 if low in _CYRILLIC_RARE else 0


def plausibility(text: str) -> int:
    """How much the non-ASCII characters of ``text`` look like real writing (higher is better).

    ASCII decodes the same in every candidate, so only the other characters are judged: letters
    by the words they stand in (one script, sane letter case, not all accents), punctuation and
    common symbols as good, control characters, box drawing and rare symbols as bad.
    """
    score = 0
    for match in _LETTERS.finditer(text):
        word = match.group()
        if not word.isascii():
            wide = [c for c in word if ord(c) > 127]
            score += 2 * _word_score(word) * len(wide) + sum(_letter_bonus(c) for c in wide)
    for ch in text:
        if ord(ch) < 128 or ch.isalpha():
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "PZ" or cat == "Sc" or ch in _COMMON_SYMBOLS:
            score += 2
        elif cat[0] == "M":
            continue
        elif cat in ("Sm", "No"):
            score -= 2
        else:  # Cc, Co, Cn, So, Sk: control characters, box drawing, unassigned
            score -= 6
    return score


def _candidates(data: bytes) -> list[str]:
    best = from_bytes(data).best()
    names = list(LEGACY_ENCODINGS)
    if best is not None:
        guessed = codecs.lookup(best.encoding).name
        if not guessed.startswith("utf") and guessed not in {codecs.lookup(n).name for n in names}:
            names.append(best.encoding)
    return names


def _detect(data: bytes) -> tuple[str, str] | None:
    """Best decoding of non-UTF-8 bytes by plausibility of a sample, or None."""
    sample = data[:_JUDGED]
    scored: list[tuple[int, int, str]] = []
    for order, name in enumerate(_candidates(data)):
        try:
            decoded = sample.decode(name, errors="strict" if len(data) <= _JUDGED else "ignore")
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((plausibility(decoded), -order, name))
    for _score, _order, name in sorted(scored, reverse=True):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (meta charset, http-equiv, XML declaration), if known."""
    head = data[:4096]
    match = _DECLARED.search(head)
    if not match:
        return None
    return _known_codec(match.group(1).decode("ascii", "ignore"))


def _known_codec(label: str) -> str | None:
    """Python's codec name for a charset label as pages and MIME parts write it, if known."""
    label = label.strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


_DECLARED = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
#: Browsers read these labels as Windows code pages (WHATWG Encoding Standard).
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "iso-8859-9": "cp1254", "x-cp1251": "cp1251", "win-1251": "cp1251",
}  # fmt: skip


def decode_bytes(name: str, data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise IngestError when it is not text.

    Order: a byte-order mark; UTF-8; the charset the page declares (HTML); BOM-less UTF-16; else
    the most plausible of the common legacy code pages and charset-normalizer's guess.
    """
    for bom, codec, label in (
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"{name}: not valid {label.upper()} despite its byte-order mark "
                    f"({exc.reason} at byte {exc.start}); re-save the file as UTF-8"
                ) from exc
    if b"\x00" in data[:_SAMPLE] and (utf16 := _utf16_without_bom(data)) is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if len(_CONTROL.findall(text[:_SAMPLE])) < 0.01 * min(len(text), _SAMPLE) + 1:
                return text, utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if (problem := _binary_problem(data, 0.25)) is not None:
            raise IngestError(f"{name}: {problem}; {_WHAT_TO_DO}")
        return text, "utf-8"
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong: detect
    if (problem := _binary_problem(data)) is not None:
        raise IngestError(f"{name}: {problem}; {_WHAT_TO_DO}")
    detected = _detect(data)
    if detected is None:
        raise IngestError(f"{name}: the bytes are not text in any known encoding; {_WHAT_TO_DO}")
    return detected


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Normalise line ends to LF, drop NUL and control characters (with a warning) and invisible
    formatting characters (soft hyphens, zero-width spaces); return (text, warnings)."""
    if text.isprintable():  # no line end, NUL, control character or no-break space (one line)
        return unicodedata.normalize("NFC", text), ()
    warnings: list[str] = []
    text = _LINE_END.sub("\n", text)
    nul = text.count("\x00")
    if nul:
        where = text.count("\n", 0, text.index("\x00")) + 1
        warnings.append(f"dropped {nul} NUL character(s) (first on line {where})")
    cleaned = _CONTROL.sub("", text)
    if len(cleaned) < len(text) - nul:
        others = [m.start() for m in _CONTROL.finditer(text) if m.group() not in "\x00\ufeff"]
        if others:
            where = text.count("\n", 0, others[0]) + 1
            warnings.append(f"dropped {len(others)} control character(s) (first on line {where})")
    cleaned = _INVISIBLE.sub("", cleaned)
    cleaned = unicodedata.normalize("NFC", cleaned).replace("\u00a0", " ")
    return cleaned, tuple(warnings)


def split_lines(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Normalise newlines and drop control characters; return ``(lines, warnings)``."""
    cleaned, warnings = clean_text(text)
    return tuple(line.rstrip() for line in cleaned.split("\n")), warnings


#: When a text is hard-wrapped (wire copy, e-mail, a terminal browser's dump: every line of a
#: paragraph broken near one width, ``fmt`` style). "Full" lines are those followed by another
#: non-blank line; the width is the longest full line's length once the longest
#: ``share_longer`` of them are left out (a stray long line: a URL, a table). The text is wrapped
#: when at least ``min_lines`` full lines exist, the width lies in [``min_width``,
#: ``max_width``], a ``share_in_band`` of the full lines are within ``band`` characters of it, at
#: most ``share_longer`` of all non-blank lines exceed it by more than ``slack``, and at most
#: ``share_ending_sentences`` of the full lines end a sentence (``sentences.ends_sentence``: a
#: wrap breaks lines mid-sentence; paragraphs of one line each, however alike their lengths,
#: end theirs).
WRAP = {
    "min_lines": 4,
    "min_width": 40,
    "max_width": 100,
    "band": 20,
    "share_in_band": 0.6,
    "share_longer": 0.05,
    "slack": 5,
    "share_ending_sentences": 0.5,
}
#: Articles, prepositions and conjunctions of English, German, French, Spanish, Portuguese,
#: Italian and Russian (``FRAGMENT["open_words"]``).
_OPEN_WORDS = """
        a an the of to in into on at by for from with and or but nor that which who whose
        whom as than if because while although when where its their his her our your my
        der die das den dem des ein eine einer eines einem einen und oder aber mit von zu zum
        zur im ins auf für an am bei aus als wie dass sowie über unter nach vor durch gegen
        le la les un une des du de et ou à au aux en dans pour par sur avec que qui dont sans
        el los las una del y o con por para al lo sus su se
        o os as um uma do da dos das e em no na nos nas com pelo pela pelos pelas ao à às
        il gli lo della dello delle degli dei nel nella nei con per tra fra che ed
        в во на и с со по к ко о об из за от для что как а но или у при без до
        """
#: A scraper's fragment (see ``unwrap_lines``): the marks that cannot open a line of their own,
#: the last marks of a sentence or a clause (``sentences.LAST_MARKS``), and how long a line of
#: prose the lower-case fragment continues is.
FRAGMENT: dict[str, Any] = {
    "closers": frozenset(",.;:!?)]}”%"),
    "sentence_ends": LAST_MARKS,
    "min_chars": 40,
    # words no sentence, title or list item ends on (articles, prepositions, conjunctions):
    # a line ending on one goes on in the next ("... und weitere" / "Verbesserungen.")
    "open_words": frozenset(_OPEN_WORDS.split()),
    # a paragraph wrapped by the page's source, not as a whole (see ``_wrapped_here``): the
    # line above is prose of at least this many words
    "wrap_min_words": 8,
    # a block (lines between blank lines) of prose broken anywhere (see ``_wrapped_blocks``):
    # this many lines at least, this long on average, most ending no sentence, many with a
    # sentence ending inside; a line under this share of the block's median length that ends
    # a sentence ends its paragraph
    "block_min_lines": 3,
    "block_min_chars": 25,
    # ... and its median line this long (a source wraps near one width; an author's box,
    # "MARK SHERMAN" / a sentence / "twitter" / "mailto", has one long line among short ones)
    "block_median_chars": 30,
    "block_open_share": 0.6,
    "block_inner_share": 0.25,
    "block_goes_on_share": 0.4,  # ... and many going on in the next: lower case, or after a comma
    # or a word no sentence ends on
    "block_last_line_share": 0.7,
}
#: A line that starts a list item or a quoted e-mail line is never joined to the line above.
_ITEM_START = re.compile(r"^\s*(?:[-*•·▪–—>|]\s|\d{1,3}[.)]\s|\(?[a-z\d]\)\s)")
_LETTER_HYPHEN = re.compile(r"[^\W\d_]-$")
#: A table of contents' line ("3. Storage model......3") ends where it ends, however long.
_DOT_LEADER = re.compile(r"\.{4,}\s*\w{0,6}$")


def wrap_width(lines: tuple[str, ...]) -> int | None:
    """The width a hard-wrapped text was broken at (see ``WRAP``), or None if it is not."""
    full_lines = [a for a, b in pairwise(lines) if a.strip() and b.strip()]
    if len(full_lines) < WRAP["min_lines"]:
        return None
    if sum(ends_sentence(a) for a in full_lines) > (
        WRAP["share_ending_sentences"] * len(full_lines)
    ):
        return None
    full = sorted((len(a) for a in full_lines), reverse=True)
    width = full[int(WRAP["share_longer"] * len(full))]  # a few stray long lines left out
    if not WRAP["min_width"] <= width <= WRAP["max_width"]:
        return None
    if sum(width - WRAP["band"] <= n <= width for n in full) < WRAP["share_in_band"] * len(full):
        return None
    texts = [t for t in lines if t.strip()]
    if sum(len(t) > width + WRAP["slack"] for t in texts) > WRAP["share_longer"] * len(texts):
        return None
    return width


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1].lower() if words else ""


def _wrapped_here(above: str, text: str, last: str, ends_later: bool) -> bool:
    """``text`` goes on the sentence of the line ``above`` it, broken where a page's source
    wrapped its paragraph (a blog whose text keeps its HTML's line breaks, in a page not wrapped
    as a whole): ``above`` is a line of prose (``FRAGMENT["wrap_min_words"]`` words or more,
    most in lower case: not a Title Case headline) that ends no sentence, and ends on a
    lower-case word no sentence ends on ("... passed to the" / "Request() constructor, ...") or
    ``text`` opens with one ("... a JS object literal" / "to the constructor:"); and the
    sentence ends by the end of the block (``ends_later``). Never a list item, nor a byline
    ("by Jane Doe"). (A line opening with any lower-case word is not enough: list items
    written without bullets open with a user's or a product's name, "mconley fixed ...".)"""
    words = above.split()
    if len(words) < FRAGMENT["wrap_min_words"] or last in FRAGMENT["sentence_ends"]:
        return False
    if not ends_later or _ITEM_START.match(text):
        return False
    if sum(w[:1].isupper() for w in words) * 2 >= len(words):
        return False
    if sum(_PROSE_WORD.match(w) is not None for w in words) < 0.7 * len(words):
        return False  # (code: "hg log -q -r 'head()' --template ...")
    first, end = text.split()[0], words[-1]
    if first in FRAGMENT["open_words"]:
        # the rest of a sentence, not a label ("les plus partagés")
        return len(text.split()) >= 4 or text[-1] in FRAGMENT["sentence_ends"]
    # (a capital after "... in": a sentence going on, not a label, "Business Insider")
    return end.islower() and end in FRAGMENT["open_words"] and len(text.split()) >= 3


#: A word of prose: letters, and a mark of punctuation after them.
_PROSE_WORD = re.compile(r"^[\"'“‘(]?[^\W\d_]+(?:['’\-][^\W\d_]+)*[,.;:!?\"'”’)]*$")
#: A byline's opening (data/words.yml byline_openers), then a name's capital: never the rest
#: of a sentence ("by the end of the year" goes on the line above; "by Jane Doe" does not).
_BYLINE_START = re.compile(rf"^(?i:{alternation('byline_openers')})\s+[A-ZА-ЯЁ]")


def _wrapped_blocks(lines: tuple[str, ...]) -> list[bool]:
    """For each line, whether it goes on the line above within a block of prose broken
    anywhere: what a scraper gives of a page whose HTML source wraps its paragraphs (text
    nodes keep the source's line breaks), or a page styled to keep them. A block is the lines
    between blank lines; it is such prose when it has ``FRAGMENT["block_min_lines"]`` lines or
    more, ``block_min_chars`` characters a line on average and ``block_median_chars`` on the
    median line, most lines ending no sentence
    (``block_open_share``), many with a sentence ending inside (``block_inner_share``: ".
    It sports" -- menus, lists, poems and titles have none) and many going on in the next line
    (``block_goes_on_share``: it opens in lower case, or this one ends in a comma or a word no
    sentence ends on: a menu's or teaser list's items open with capitals). In it every line
    joins the one above, but a list item, and the line after a paragraph's last line (a
    sentence's end on a line shorter than ``block_last_line_share`` of the block's median)."""
    joins = [False] * len(lines)
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        block = [lines[i].strip() for i in range(start, end)]
        if _broken_prose(block):
            median = sorted(len(t) for t in block)[len(block) // 2]
            for k in range(1, len(block)):
                above = block[k - 1]
                ended = above[-1] in FRAGMENT["sentence_ends"] and len(above) < (
                    FRAGMENT["block_last_line_share"] * median
                )
                joins[start + k] = not ended and not _ITEM_START.match(lines[start + k])
        start = end
    return joins


def _broken_prose(block: list[str]) -> bool:
    if len(block) < FRAGMENT["block_min_lines"]:
        return False
    if sum(len(t) for t in block) < FRAGMENT["block_min_chars"] * len(block):
        return False
    if sorted(len(t) for t in block)[len(block) // 2] < FRAGMENT["block_median_chars"]:
        return False
    heads = block[:-1]
    open_lines = sum(t[-1] not in FRAGMENT["sentence_ends"] for t in heads)
    if open_lines < FRAGMENT["block_open_share"] * len(heads):
        return False
    inner = sum(INNER_END.search(t) is not None for t in block)
    if inner < FRAGMENT["block_inner_share"] * len(block):
        return False
    goes_on = sum(
        below[0].islower() or above[-1] == "," or _last_word(above) in FRAGMENT["open_words"]
        for above, below in pairwise(block)
    )
    return bool(goes_on >= FRAGMENT["block_goes_on_share"] * len(heads))


def _sentence_ends_later(lines: tuple[str, ...]) -> list[bool]:
    """For each line, whether it or a later line of its block (up to a blank line) ends a
    sentence or a clause (``FRAGMENT["sentence_ends"]``: "... to the constructor:")."""
    found = [False] * len(lines)
    later = False
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].strip()
        later = bool(text) and (text[-1] in FRAGMENT["sentence_ends"] or later)
        found[i] = later
    return found


#: A wire story's dateline that a copy put on a line of its own, its dash last ("CNN —",
#: "WASHINGTON (AP) —", "KYIV, March 4 (Reuters) -"): the article's first paragraph follows.
_DATELINE_ALONE = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]{1,25}(?:[ ,]+[A-ZÀ-Þ][\w.'’-]{1,25}){0,3}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: ?\([A-Za-z][\w .-]{0,20}\))?\s*(?:—|–|--)$"
)


_DASH_ALONE = re.compile(r"^\s*(?:—|–|--)\s*$")
_SHORT_CAPITALISED = re.compile(
    r"^\s*[A-ZÀ-Þ][\w.'’-]{1,25}(?:[ ,]+[A-ZÀ-Þ][\w.'’-]{1,25}){0,2}\s*$"
)
#: the paragraph under a dateline split over lines is at least this long
_DATELINE_PARAGRAPH_CHARS = 80
#: a dateline alone ("Washington CNN —", "WASHINGTON (AP) —") is at most this long: a longer
#: line so far is not compared with it
_DATELINE_MAX_CHARS = 80


def _split_dateline(lines: tuple[str, ...]) -> frozenset[int]:
    """Indexes of the lines that join the line above as parts of a wire dateline printed one
    part a line, its dash alone on the last ("Washington" / "CNN" / "—" above the first
    paragraph: CNN's pages): the dash, the source above it and a place above that."""
    parts: set[int] = set()
    for j, line in enumerate(lines):
        if (
            _DASH_ALONE.match(line)
            and 0 < j < len(lines) - 1
            and len(lines[j + 1].strip()) >= _DATELINE_PARAGRAPH_CHARS
            and _SHORT_CAPITALISED.match(lines[j - 1])
        ):
            parts.add(j)
            if j > 1 and _SHORT_CAPITALISED.match(lines[j - 2]):
                parts.add(j - 1)
    return frozenset(parts)


def unwrap_lines(lines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Lines a wrap or a scraper broke -> one line per paragraph, and each line's first line
    number in the file (empty when nothing was joined).

    Hard-wrapped text (``wrap_width``): a line joins the one above when that one was full (the
    next line's first word would not have fitted), so the break was the wrap's, not the
    writer's; a word broken after its hyphen ("self-" / "driving", "Internet-" / "Drafts")
    joins without a space; a list item or a quoted e-mail line starts a line of its own, and a
    table of contents' line ("3. Storage model......3") ends one.

    Any text: a fragment a scraper cut at a link or an emphasis (``get_text("\\n")``) joins the
    line above when it cannot start a line of its own: it opens with a closing mark (", the
    minister said", ": Das direkte ...", ". Die ...") after a line that ends no sentence, or in
    lower case ("die iOS-Version ...") after a line of prose (``FRAGMENT["min_chars"]`` or more)
    that ends in a comma or a word no sentence ends on ("..., die"; ``FRAGMENT["open_words"]``):
    not a byline ("by Jane Doe") after a headline, nor the items of a list. And a paragraph
    joins the wire dateline right above it, alone on its line ("CNN —", "WASHINGTON (AP) —"),
    also one printed a part a line (``_split_dateline``)."""
    width = wrap_width(lines)
    ends_later = _sentence_ends_later(lines)
    in_block = _wrapped_blocks(lines) if width is None else [False] * len(lines)
    dateline = _split_dateline(lines)
    paragraphs: list[list[str]] = []  # each output line's pieces, joined once at the end
    numbers: list[int] = []
    above = ""  # the previous line of the file, as it was
    size, last = 0, ""  # the output line so far: its length and its last character
    joined = False
    for number, line in enumerate(lines, 1):
        text = line.strip()
        glue: str | None = None
        if paragraphs and text and above.strip():
            if (
                width is not None
                and len(above) + 1 + len(text.split()[0]) > width
                and not _ITEM_START.match(line)
                and not _DOT_LEADER.search(above)
            ):
                glue = "" if _LETTER_HYPHEN.search(above) else " "
            elif text[0] in FRAGMENT["closers"] and last not in FRAGMENT["sentence_ends"]:
                glue = ""
            elif number - 1 in dateline:
                glue = " "
            elif (
                text[0].isupper()
                and size <= _DATELINE_MAX_CHARS  # (the line so far: its parts joined)
                and _DATELINE_ALONE.match("".join(paragraphs[-1]).strip())
            ):
                glue = " "  # "CNN —" / "Sudan's army said on Friday ..."
            elif in_block[number - 1]:
                glue = "" if _LETTER_HYPHEN.search(above) else " "
            elif not _BYLINE_START.match(text) and (
                (
                    text[0].islower()
                    and size >= FRAGMENT["min_chars"]
                    and (last == "," or _last_word(above) in FRAGMENT["open_words"])
                )
                or _wrapped_here(above, text, last, ends_later[number - 1])
            ):
                glue = " "
        if glue is not None:
            paragraphs[-1] += [glue, text]
            size += len(glue) + len(text)
            joined = True
        else:
            paragraphs.append([line])
            numbers.append(number)
            size = len(text)
        if text:
            last = text[-1]
        above = line
    if not joined:
        return lines, ()
    return tuple("".join(p) for p in paragraphs), tuple(numbers)


#: The opening of an HTML document (after a byte-order mark, blank space and comments).
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` opens as an HTML document ("<!DOCTYPE html", "<html"): a page saved
    under a ".txt" name is read as the page, not as lines of markup."""
    return _HTML_START.match(data[:4096]) is not None


def html_of_mhtml(name: str, data: bytes) -> tuple[bytes, str | None, str | None]:
    """The page inside an MHTML file: (HTML bytes, its charset, the page's address)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                url = message.get("Snapshot-Content-Location") or part.get("Content-Location")
                return payload, part.get_content_charset(), str(url) if url else None
    raise IngestError(f"{name}: an MHTML file without an HTML page in it")


def decode_source(name: str, data: bytes, fmt: SeedFormat = "txt") -> SourceText:
    """Decode a seed's bytes into a SourceText (pure: no file access)."""
    url: str | None = None
    declared: str | None = None
    notes: tuple[str, ...] = ()
    if fmt == "mhtml":
        data, charset, url = html_of_mhtml(name, data)
        declared = _known_codec(charset) if charset else None
        fmt = "html"
    elif fmt == "txt" and looks_like_html(data):
        fmt = "html"
        notes = ("the file holds an HTML page: read as a saved page",)
    if fmt == "html":
        from .extract import extract_html  # local import: only HTML seeds need the extractors

        declared = declared or declared_charset(data)
        text, encoding = decode_bytes(name, data, declared)
        cleaned, warnings = clean_text(text)
        source = extract_html(name, cleaned, encoding)
        if url and not any(key == "url" for key, _ in source.meta):
            source = replace(source, meta=(*source.meta, ("url", url)))
        if warnings or notes:
            source = replace(source, warnings=notes + warnings + source.warnings)
        return source
    text, encoding = decode_bytes(name, data)
    lines, warnings = split_lines(text)
    if looks_like_markdown(lines):
        lines, numbers = join_paragraphs(lines, unmark_lines(lines))
        warnings = (*warnings, MARKDOWN_NOTE)
    else:
        lines, numbers = unwrap_lines(lines)
    return SourceText(
        name=name,
        lines=lines,
        encoding=encoding,
        format="txt",
        warnings=warnings,
        numbers=numbers,
    )


def seed_folders(folder: Path) -> Iterator[tuple[Path, list[str]]]:
    """``folder`` and the subfolders read for seeds (hidden ones and symlinked folders aside),
    each with the names of the entries in it that are no folders, top down."""
    for where, dirs, names in os.walk(folder):  # (does not follow symlinked folders)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield Path(where), names


def seed_files(folder: Path) -> list[Path]:
    """Entries with a seed suffix in ``folder`` and its subfolders (hidden ones and symlinked
    folders aside): the folder's own first, by name, then the subfolders', by path."""
    found = [
        where / name
        for where, names in seed_folders(folder)
        for name in names
        if not name.startswith(".") and Path(name).suffix.lower() in SEED_SUFFIXES
    ]

    def order(path: Path) -> tuple[bool, str]:
        rel = path.relative_to(folder)
        return len(rel.parts) > 1, rel.as_posix()

    return sorted(found, key=order)


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
