"""Actor-mention linking: one compiled matcher over every alias, and the Markdown extension.

The model is Python-Markdown's ``abbr`` extension (a treeprocessor running one regex over the text
of the element tree), with two changes that matter at the scale of a site with thousands of aliases:

- the aliases are compiled into a *trie-shaped* regex (shared prefixes factored out, one branch per
  distinct next character), not a flat alternation: Python's ``re`` tries the alternatives of a
  flat ``a|b|c|...`` one by one at every position, so its cost grows with the number of aliases;
  the trie regex costs about the same with 50 or 5,000 (``benchmarks/bench_linking.py``);
- word boundaries are explicit look-arounds rather than ``\\b``, so they hold in every script and
  for aliases that start or end with punctuation ("U.S.").

Boundaries: an alias matches only where the character before its first character and the one after
its last are not word characters (letters, digits, ``_`` and combining marks, in any script). In
scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar) there is no
such boundary to require, so an edge next to such a character always counts as a boundary. Runs of
whitespace in an alias match any run of whitespace in the text (soft line breaks inside a
paragraph). Matching is case-sensitive, like ``abbr``.

No mkdocs import here: the MkDocs plugin registers :class:`ActorLinkExtension` on each page.
"""

from __future__ import annotations

import posixpath
import re
import sys
import unicodedata
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache

import markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import STX, AtomicString

__all__ = [
    "ActorLinkExtension",
    "AliasMatcher",
    "LinkPolicy",
    "LinkTarget",
    "build_matcher",
    "normalize_alias",
]


@dataclass(frozen=True)
class LinkTarget:
    actor_id: str
    url: str
    """Docs-relative src path of the actor page, e.g. ``actors/dmitry-peskov.md``."""
    title: str
    """Tooltip text, e.g. ``person · Kremlin spokesman``."""
    local: bool = False
    """Links only on pages that name the actor (a person's one-word name: "Paul", "Essid" is
    someone else in another article)."""


class LinkPolicy(StrEnum):
    FIRST_PER_SECTION = "first-per-section"
    FIRST_PER_PAGE = "first-per-page"
    EVERY = "every"


# --------------------------------------------------------------------------------------------
# Character classes for the boundaries
# --------------------------------------------------------------------------------------------

#: Scripts written without spaces between words: no word boundary can be required next to them.
_UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3005, 0x3007),  # ideographic iteration mark, closing mark, number zero
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3031, 0x3035),  # kana repeat marks
    (0x3038, 0x303C),
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3134F),  # CJK extensions B-G
)

#: Inline raw HTML tags inside which no link may be made (tracked through htmlStash placeholders).
_SKIP_TAGS = frozenset(
    {"a", "code", "pre", "kbd", "samp", "script", "style", "textarea", "button", "svg", "math"}
    | {"label", "summary"}  # tab labels (pymdownx.tabbed), collapsible titles: clickable already
    | {f"h{i}" for i in range(1, 7)}
)
_SKIP_CLASSES = frozenset({"figure-credit", "briefings-nolink", "admonition-title"})

#: Deepest nesting of groups in the trie regex (one per branching point along an alias's path);
#: much deeper and the regex compiler's recursion would overflow, so aliases nested deeper are
#: left out and listed in ``AliasMatcher.skipped`` (hostile registries only: real ones nest a
#: dozen deep at most).
MAX_NESTING = 100


def _class_of(ranges: list[tuple[int, int]]) -> str:
    parts = []
    for lo, hi in ranges:
        parts.append(
            re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        )
    return "".join(parts)


def _ranges(codepoints: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for cp in codepoints:
        if out and out[-1][1] == cp - 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return out


def _is_unspaced(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _UNSPACED_RANGES)


@cache
def _boundary_classes() -> tuple[str, re.Pattern[str]]:
    """Regex of one *bounding* word character (word chars outside unspaced scripts), and the set
    of unspaced characters as a compiled class."""
    marks = [
        cp
        for cp in range(0x0300, 0x20000)
        if unicodedata.category(chr(cp)).startswith("M") and not _is_unspaced(cp)
    ]
    unspaced = _class_of(list(_UNSPACED_RANGES))
    word = f"(?:[^\\W{unspaced}]|[{_class_of(_ranges(marks))}])"
    return word, re.compile(f"[{unspaced}]")


def _bounds_words(ch: str) -> bool:
    """True if a word boundary must hold next to this (alias edge) character."""
    return _boundary_classes()[1].fullmatch(ch) is None


# --------------------------------------------------------------------------------------------
# The matcher
# --------------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")
_PLACEHOLDER_CHARS = re.compile("[\x02\x03]")


def normalize_alias(alias: str) -> str:
    """The form an alias is matched by: STX/ETX removed, whitespace runs as one space, stripped."""
    return _WS.sub(" ", _PLACEHOLDER_CHARS.sub("", alias)).strip()


@dataclass(frozen=True)
class AliasMatcher:
    """One compiled regex for all aliases; :meth:`finditer` yields (start, end, target)."""

    regex: re.Pattern[str] | None
    targets: Mapping[str, LinkTarget]
    """Normalized alias -> target."""
    skipped: tuple[str, ...] = field(default=())
    """Aliases left out (nesting deeper than :data:`MAX_NESTING`)."""

    def finditer(self, text: str) -> Iterator[tuple[int, int, LinkTarget]]:
        """Non-overlapping mentions, left to right; at each start the longest alias wins."""
        if self.regex is None:
            return
        targets = self.targets
        for m in self.regex.finditer(text):
            found = m.group()
            # Most mentions are written as their alias is: no whitespace to normalize.
            target = targets.get(found)
            yield m.start(), m.end(), target or targets[_WS.sub(" ", found)]

    def __len__(self) -> int:
        return len(self.targets)


def build_matcher(aliases: Mapping[str, LinkTarget]) -> AliasMatcher:
    """Compile every alias into one trie-shaped regex.

    Aliases are matched literally (``re.escape``); empty or all-whitespace aliases are ignored. When
    two aliases normalize to the same text, the first in the mapping's order wins.
    """
    targets: dict[str, LinkTarget] = {}
    for alias, target in aliases.items():
        key = normalize_alias(alias)
        if key and key not in targets:
            targets[key] = target
    keys = sorted(targets)
    skipped: list[str] = []
    word, unspaced = _boundary_classes()
    before = f"(?<!{word}[\\s\\S])"  # checked right after the first character (see below)
    # One end check for the whole regex: when it fails after the longest alias, the engine
    # backtracks into the trie and tries the next shorter alias ending on that path.
    after = f"(?:(?<={unspaced.pattern})|(?!{word}))"
    tops = []
    for group in _groups(keys, 0):
        ch = group[0][0]
        # The lookbehind goes *after* the first character so that every top-level alternative
        # starts with a literal: ``re`` then derives the set of possible first characters and
        # skips every other position in C, without entering the regex.
        guard = before if _bounds_words(ch) else ""
        tops.append(_literal(ch) + guard + _emit(group, 1, 0, skipped))
    for key in skipped:
        del targets[key]
    if not targets:
        return AliasMatcher(None, targets, tuple(skipped))
    pattern = "(?:" + "|".join(tops) + ")" + after
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20 * MAX_NESTING + 1000))
    try:
        regex = re.compile(pattern)
    finally:
        sys.setrecursionlimit(limit)
    return AliasMatcher(regex, targets, tuple(skipped))


def _literal(text: str) -> str:
    """``text`` as a regex: literal, except that a space matches any run of whitespace."""
    return r"\s+".join(re.escape(part) for part in text.split(" "))


def _groups(keys: list[str], pos: int) -> Iterator[list[str]]:
    """Runs of the sorted ``keys`` (each longer than ``pos``) with the same character at ``pos``."""
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i][pos] != keys[start][pos]:
            yield keys[start:i]
            start = i


def _emit(keys: list[str], pos: int, depth: int, skipped: list[str]) -> str:
    """Regex for the sub-trie of the sorted, unique ``keys``, which share ``keys[0][:pos]``.

    The trie is implicit (runs of the sorted list), so memory stays linear in the aliases' length
    and a 10,000-character alias is one literal. Longer continuations come before "the alias ends
    here" (the empty alternative), so the regex prefers the longest alias and backtracks to a
    shorter one only if the longer one fails. Keys nested deeper than :data:`MAX_NESTING` groups
    (hostile registries only) are left out and listed in ``skipped``.
    """
    first, last = keys[0], keys[-1]
    end = pos
    limit = min(len(first), len(last))
    while end < limit and first[end] == last[end]:
        end += 1
    ends_here = len(first) == end  # a prefix sorts first
    rest = keys[1:] if ends_here else keys
    groups = list(_groups(rest, end)) if rest else []
    if len(groups) + ends_here >= 2:
        depth += 1
        if depth > MAX_NESTING:
            skipped.extend(keys)
            return "(?!)"
    alts = [_emit(g, end, depth, skipped) for g in groups]
    if ends_here:
        alts.append("")
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return _literal(first[pos:end]) + body


# --------------------------------------------------------------------------------------------
# The Markdown extension
# --------------------------------------------------------------------------------------------

_ESCAPED = re.compile(f"{STX}(\\d+)\x03")
_OPAQUE = re.compile(f"{STX}[^{STX}\x03]*\x03")
_RAW_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)\s*>\s*$")
_STASH_INDEX = re.compile(r"\x02wzxhzdk:(\d+)\x03")


@lru_cache(maxsize=1 << 14)
def relative_href(url: str, base: str) -> str:
    """``posixpath.relpath(url, base)`` of two docs-relative paths (the answer does not depend
    on the current directory), kept per pair: a site has a few page folders and one page per
    actor, and ``relpath`` asks the operating system for the current directory on every call
    (a third of the time spent linking)."""
    return posixpath.relpath(url, base)


def _unescape(text: str) -> str:
    """Decode backslash-escape placeholders, as Markdown's UnescapeTreeprocessor does."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1))), text)


class ActorLinkTreeprocessor(Treeprocessor):  # type: ignore[misc]  # markdown is untyped
    """Wraps actor mentions in ``<a class="briefings-actor">`` (see :class:`ActorLinkExtension`)."""

    def __init__(
        self,
        md: markdown.Markdown,
        get_matcher: Callable[[], AliasMatcher | None],
        get_page: Callable[[], str | None],
        policy: LinkPolicy,
        get_own: Callable[[], str | None] | None = None,
        get_named: Callable[[], frozenset[str]] | None = None,
    ) -> None:
        super().__init__(md)
        self.get_matcher = get_matcher
        self.get_page = get_page
        self.get_own = get_own
        self.get_named = get_named
        self.policy = LinkPolicy(policy)

    def run(self, root: etree.Element) -> None:
        matcher = self.get_matcher()
        if matcher is None or matcher.regex is None:
            return
        page = self.get_page()
        own = self.get_own() if self.get_own is not None else None
        named = self.get_named() if self.get_named is not None else frozenset()
        _Walk(self.md, matcher, page, self.policy, own, named).element(root, blocked=False)


class _Walk:
    """One pass over one page's tree, in document order."""

    def __init__(
        self,
        md: markdown.Markdown,
        matcher: AliasMatcher,
        page: str | None,
        policy: LinkPolicy,
        own: str | None = None,
        named: frozenset[str] = frozenset(),
    ) -> None:
        self.md = md
        self.matcher = matcher
        self.page = page
        self.own = own
        self.named = named
        self.base = posixpath.dirname(page) if page else ""
        self.policy = policy
        self.seen: set[str] = set()
        self.raw_depth = 0
        """Open inline raw-HTML tags (``<a>``, ``<code>``...) the text is currently inside."""

    def element(self, el: etree.Element, blocked: bool) -> None:
        if not isinstance(el.tag, str):  # comments, processing instructions: not page text
            return
        tag = el.tag
        if tag == "h2" and self.policy is LinkPolicy.FIRST_PER_SECTION:
            self.seen.clear()
        if not blocked:
            classes = el.get("class")
            blocked = tag.lower() in _SKIP_TAGS or (
                classes is not None and not _SKIP_CLASSES.isdisjoint(classes.split())
            )
        children = list(el)
        out: list[etree.Element] = []
        el.text = self.text(el.text, blocked, out)
        for child in children:
            out.append(child)
            self.element(child, blocked)
            child.tail = self.text(child.tail, blocked, out)
        if len(out) != len(children):
            el[:] = out

    def text(self, text: str | None, blocked: bool, out: list[etree.Element]) -> str | None:
        """Link mentions in one text node; new ``<a>`` elements are appended to ``out`` and the
        text before the first of them is returned (the node's new text)."""
        if not text:
            return text
        if blocked or isinstance(text, AtomicString):
            self.track_raw(text)
            return text
        pieces: list[tuple[int, int, LinkTarget]] = []
        if STX not in text:  # no placeholder: no escape, nothing opaque, no raw HTML
            decoded = text
            self.segment(decoded, 0, len(decoded), pieces)
        else:
            decoded = _unescape(text)
            pos = 0
            for m in _OPAQUE.finditer(decoded):
                self.segment(decoded, pos, m.start(), pieces)
                self.track_raw(m.group())
                pos = m.end()
            self.segment(decoded, pos, len(decoded), pieces)
        if not pieces:
            return text
        head = decoded[: pieces[0][0]]
        for i, (start, end, target) in enumerate(pieces):
            stop = pieces[i + 1][0] if i + 1 < len(pieces) else len(decoded)
            a = etree.Element("a")
            a.set("href", relative_href(target.url, self.base or "."))
            a.set("class", "briefings-actor")
            if target.title:
                a.set("title", target.title)
            a.text = AtomicString(decoded[start:end])
            a.tail = decoded[end:stop]
            out.append(a)
        return head

    def segment(
        self, text: str, start: int, end: int, pieces: list[tuple[int, int, LinkTarget]]
    ) -> None:
        if self.raw_depth or start >= end:
            return
        for s, e, target in self.matcher.finditer(text[start:end]):
            if target.url == self.page or target.url == self.own:
                continue  # no link from a page to itself (or to the page it continues)
            if target.local and target.actor_id not in self.named:
                continue
            if self.policy is not LinkPolicy.EVERY:
                if target.actor_id in self.seen:
                    continue
                self.seen.add(target.actor_id)
            pieces.append((start + s, start + e, target))

    def track_raw(self, text: str) -> None:
        """Follow inline raw HTML (stashed tag by tag) so no link lands inside a raw ``<a>``."""
        for m in _STASH_INDEX.finditer(text):
            blocks = self.md.htmlStash.rawHtmlBlocks
            index = int(m.group(1))
            raw = blocks[index] if index < len(blocks) else None
            if not isinstance(raw, str):
                continue
            tag = _RAW_TAG.match(raw.strip())
            if tag is None or tag.group(2).lower() not in _SKIP_TAGS or tag.group(3):
                continue
            self.raw_depth = max(0, self.raw_depth + (-1 if tag.group(1) else 1))


class ActorLinkExtension(markdown.Extension):  # type: ignore[misc]  # markdown is untyped
    """Links actor mentions to actor pages.

    ``get_matcher`` returns the site's :class:`AliasMatcher` (``None``: link nothing); ``get_page``
    the current page's docs-relative src path (``briefing/izvestia.md``) or ``None``; ``get_own``
    (optional) the page the current one continues (an actor's first page, on its page 2), which
    is not linked either; ``get_named`` (optional) the ids of the actors the page names, the only
    ones a ``local`` alias links to (none when not given). Hrefs are relative ``.md`` paths: the
    treeprocessor runs after inline patterns (20) and before MkDocs's ``relpath`` and Markdown's
    ``unescape`` (both 0), so MkDocs turns them into URLs and validates them.
    """

    def __init__(
        self,
        get_matcher: Callable[[], AliasMatcher | None],
        get_page: Callable[[], str | None],
        policy: LinkPolicy = LinkPolicy.FIRST_PER_SECTION,
        get_own: Callable[[], str | None] | None = None,
        get_named: Callable[[], frozenset[str]] | None = None,
    ) -> None:
        super().__init__()
        self.get_matcher = get_matcher
        self.get_page = get_page
        self.get_own = get_own
        self.get_named = get_named
        self.policy = LinkPolicy(policy)

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.registerExtension(self)
        md.treeprocessors.register(
            ActorLinkTreeprocessor(
                md, self.get_matcher, self.get_page, self.policy, self.get_own, self.get_named
            ),
            "briefings-actor-links",
            1,
        )
