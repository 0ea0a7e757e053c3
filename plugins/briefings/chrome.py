"""Chrome stripping: classify every line of a raw article, drop page chrome, report why.

Every input line ends up in exactly one ClassifiedLine (nothing of the article is lost):
body (paragraph, heading, quote), figure part, metadata, blank, or chrome (removed, with a reason).

How a text line is judged (all phrase lists, patterns, weights and thresholds are data in
``data/chrome.yml``, ``data/translators.yml`` and ``data/chrome_model.yml``):

1. *Explicit evidence* decides at once: editor corrections, machine-translation footers,
   photo credits, UI/ad/share/... phrases, chrome patterns, lines repeated across seeds,
   byline/date/source lines.
2. Every other line gets a *score* from a linear model over general features (length, sentence
   punctuation, share of common words as in jusText, capitalised words, digits, the line's
   script against the article's, duplicates on the page). High scores are body, low scores
   chrome, the middle and very short lines are undecided.
3. *Context smoothing* (jusText's idea): undecided lines take the class of their decided
   neighbours; a short line between body lines stays (a heading, a list item), one in a run of
   removed lines goes.
4. *Position*: the article body is the best-scoring contiguous stretch of lines (body text
   gains, chrome costs; a run of chrome costs at most a cap plus the "boundary" costs of its
   phrases, so "Related stories" or "Comments" end an article where an ad slot does not);
   body-like lines outside it (teasers, comments, footers) are chrome, figures right before
   it stay.
5. Figures: a credit anchors a figure; the lines right before it in another script become the
   original-language text, a short unpunctuated line the caption.
6. The headline (the longest title-like line just before the body, or the shorter one right
   above it: headline then standfirst; else the nearest further up sharing two subject words)
   becomes metadata "title"; short unpunctuated lines or questions followed by body text
   become headings, and so do lines ending in a heading's mark (a wiki's "[edit]", a
   permalink's "¶") and the lines a table of contents printed in the page names.

HTML sources come from a main-content extractor: their lines are trusted, only whole-line phrase
matches and editor drops are removed, and the extractor's hints give the kinds.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any, Literal

from .ingest import SourceText
from .sentences import BARE_INNER_END, ends_sentence
from .wordlists import alternation, expand, first_names, word_lists
from .yamlfile import load_package_data


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
    """For METADATA lines, the field's value; for a figure line behind a marker ("Image
    caption, ...", "Image source, ..."), the caption or credit without the marker."""


@dataclass(frozen=True)
class Corrections:
    """Editor overrides for one article: lines (exact text, whitespace-trimmed) to keep or drop."""

    keep: frozenset[str] = frozenset()
    drop: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StrippedText:
    source: SourceText
    lines: tuple[ClassifiedLine, ...]
    language: str = ""
    """The article's language by the stop words of its lines, as chrome profiles it (a jusText
    language name, "English", "German", ...; "" when none is sure): later stages read names
    by it."""

    @property
    def removed(self) -> tuple[ClassifiedLine, ...]:
        return tuple(line for line in self.lines if line.kind is LineKind.CHROME)

    @property
    def kept(self) -> tuple[ClassifiedLine, ...]:
        return tuple(
            line for line in self.lines if line.kind not in (LineKind.CHROME, LineKind.BLANK)
        )


# --------------------------------------------------------------------------- rules (data)


@dataclass(frozen=True)
class PhraseGroup:
    label: str
    exact: frozenset[str]
    prefix: tuple[str, ...]
    contains: tuple[str, ...]
    boundary: float = 0.0
    """Extra cost of this chrome inside the body stretch: "Related stories" or "Comments"
    mark where an article ends, an "Advertisement" slot sits in the middle of many."""
    flags: frozenset[str] = frozenset()
    """``inline``: controls printed inside an article's text (a wiki's "Main article: ..." link,
    an image viewer's "View photo", a code block's "Copy"): removed, but no evidence about the
    lines around them, so a heading or a caption next to one is still judged by the article.
    ``teasers``: a heading of links to other stories ("Read more", "Most read"): the run of
    title-like lines right after it is that list, even inside the article."""


def _any_of(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching where any of ``phrases`` does (None: there are none).

    The phrases are merged into a trie ("ab|ac" -> "a(?:b|c)"): the regex engine tries the
    branches of an alternation one by one at every position, and a trie leaves it one."""
    trie: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return re.compile(_trie_pattern(trie)) if trie else None


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase ends here, a longer one goes on
        return (body if len(branches) == 1 and len(body) == 1 else f"(?:{body})") + "?"
    return body


#: What makes patterns unsafe to join into one alternation (group numbers shift).
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _any_pattern(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern searching for all of ``patterns`` at once (None: they cannot be joined)."""
    if not patterns or any(_GROUP_REFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return _compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:  # e.g. a group name used twice
        return None


@dataclass(frozen=True)
class PhraseFilter:
    """Quick tests over all phrase groups and patterns at once: most lines are no phrase of any
    group and match no pattern, and only a line these tests cannot rule out goes through the
    groups and patterns one by one (which decide, in their order)."""

    exact: frozenset[str]
    """Every group's exact phrases."""
    prefix: re.Pattern[str] | None
    """Matches at the start of a key that some group's prefix starts (word boundary unchecked)."""
    contains: re.Pattern[str] | None
    """Finds any group's contains-phrase in a key."""
    patterns: re.Pattern[str] | None
    """Finds any chrome pattern but those of ``unscreened`` (None: the patterns could not be
    joined, try each)."""
    unscreened: tuple[int, ...] = ()
    """The indices of the patterns left out of ``patterns`` (they refer to their own groups:
    unsafe to join), tried one by one on every line that ``patterns`` rules out."""

    @classmethod
    def of(cls, groups: Sequence[PhraseGroup], patterns: Sequence[re.Pattern[str]]) -> PhraseFilter:
        apart = tuple(k for k, p in enumerate(patterns) if _GROUP_REFERENCE.search(p.pattern))
        joined = _any_pattern([p for k, p in enumerate(patterns) if k not in apart])
        return cls(
            exact=frozenset().union(*(g.exact for g in groups)),
            # (an empty prefix, a phrase of punctuation only like "©", never matches: a key
            # starts with a letter or digit, so no word boundary follows the empty prefix)
            prefix=_any_of(p for g in groups for p in g.prefix if p),
            contains=_any_of(p for g in groups for p in g.contains),
            patterns=joined,
            unscreened=apart if joined is not None else (),
        )

    def may_match_group(self, key: str, short: bool, exact_only: bool) -> bool:
        """False when no phrase group can match ``key`` (True does not promise a match)."""
        if key in self.exact:
            return True
        if exact_only:
            return False
        if short and self.prefix is not None and self.prefix.match(key):
            return True
        return self.contains is not None and self.contains.search(key) is not None

    def may_match_pattern(self, text: str) -> bool:
        """False when no chrome pattern but those of ``unscreened`` can match ``text``."""
        return self.patterns is None or self.patterns.search(text) is not None


#: What every credit-tail shape holds, when chrome.yml names no ``credit_tail_keys``.
_CREDIT_TAIL_KEYS = ("/", "Credit", ")")


@dataclass(frozen=True)
class Rules:
    groups: tuple[PhraseGroup, ...]
    patterns: tuple[tuple[str, re.Pattern[str], float], ...]
    credits: tuple[re.Pattern[str], ...]
    caption_prefixes: tuple[str, ...]
    credit_prefixes: tuple[str, ...]
    datelines: tuple[re.Pattern[str], ...]
    caption_follows: frozenset[str]
    metadata: tuple[tuple[str, re.Pattern[str]], ...]
    translators: tuple[tuple[str, re.Pattern[str]], ...]
    weights: dict[str, float]
    params: dict[str, float]
    languages: tuple[str, ...]
    fallback_stopwords: dict[str, frozenset[str]]
    headline_rejects: tuple[re.Pattern[str], ...] = ()
    """Lines that are never the headline: bylines and date stamps the metadata patterns miss."""
    title_taglines: frozenset[str] = frozenset()
    gallery_counters: tuple[re.Pattern[str], ...] = ()
    """A gallery's counter opening a caption ("Item 1 of 2 ...", "[1/2]...")."""
    """Keys of a wiki's tagline under its page title ("From Wikipedia, the free encyclopedia")."""
    teaser_closers: frozenset[str] = frozenset()
    """Keys of a teaser card's last line, its link ("Read now"): the lines above it are the card."""
    credit_tails: tuple[re.Pattern[str], ...] = ()
    """A photo credit run onto the end of its caption (group ``credit``)."""
    credit_tail_keys: tuple[str, ...] = _CREDIT_TAIL_KEYS
    """Strings one of which every ``credit_tails`` shape holds (most lines skip the regexes)."""
    phrase_filter: PhraseFilter | None = None
    """``PhraseFilter.of(groups, patterns)`` (None: every line goes through the groups and
    patterns one by one)."""
    pattern_flags: dict[str, frozenset[str]] = field(default_factory=dict)
    """Pattern label -> its flags (see ``PhraseGroup.flags``)."""
    extracted: tuple[tuple[str, re.Pattern[str], float], ...] = ()
    """The ``patterns`` flagged ``extracted`` (whole-line evidence in extracted text too)."""
    section_titles: frozenset[str] = frozenset()
    """Keys of page controls that are also an article's section titles ("Feedback", "FAQ"):
    a section title when a prose paragraph follows."""
    heading_marks: tuple[re.Pattern[str], ...] = ()
    """A line ending in a mark printed after section headings only (a wiki's "[edit]" link)."""
    contents_labels: frozenset[str] = frozenset()
    """Keys of the label over a table of contents printed in the page ("Contents")."""
    caption_cues: tuple[re.Pattern[str], ...] = ()
    """Words only a photo's caption holds ("pictured", "(left)"): a line with one is no heading."""
    dateline_alone: tuple[re.Pattern[str], ...] = ()
    """A wire dateline printed alone on the line over the first paragraph ("ANKARA",
    "KARACHI:"): it opens that paragraph (case-sensitive)."""
    dateline_dated: tuple[re.Pattern[str], ...] = ()
    """A dateline with its date printed alone over the first paragraph ("Baku, Azerbaijan,
    June 2"): it opens that paragraph, even when the scores removed it with the page's header."""
    speaker_labels: tuple[re.Pattern[str], ...] = ()
    """A transcript's speaker label opening a turn ("MR PRICE: That is it.", "QUESTION: ...")."""
    closing_tails: tuple[re.Pattern[str], ...] = ()
    """An editor's mark closing the article's last paragraph ("... rates. (bbn)(+)"): left
    out of that paragraph's text (searched at its end)."""
    metadata_follows: dict[str, str] = field(default_factory=dict)
    """A metadata label alone on its line, lower case with its colon ("from:") -> the key of
    its value, the next line ("source")."""
    dated_titles: tuple[re.Pattern[str], ...] = ()
    """A document's headline dated after a dash ("Department Press Briefing – October 11,
    2022"): a headline, though short, dated and sharing no word with the text under it."""


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(expand(pattern), re.IGNORECASE)


def _either(pieces: Any) -> str:
    """One alternation of the regular expressions in ``pieces`` (a string or a list)."""
    return "|".join(f"(?:{p})" for p in _strings(pieces))


def _translator_patterns(data: dict[str, Any]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The footer grammar of ``translators.yml`` (its header explains it), one pattern per
    service, then the automatic notice that names none ("machine translation")."""
    connector = "|".join(
        rf"\s+(?:{c})" if c[:1].isalpha() else rf"\s*(?:{c})" for c in _strings(data["connector"])
    )
    start = rf"^(?:(?:{data['frame_open']})\s*)?(?:(?:{_either(data['lead'])})\s+)?"
    source = rf"(?:\s+(?:{data['source']}))?"
    word = data["service_word"]
    end = rf"\.?\s*(?:{data['frame_close']})?\s*\.?$"
    found = []
    for spec in data["services"]:
        name = (
            rf"\s+(?:the\s+)?(?:(?:{word})\s+)?[«\"“„']?\s*(?:{_either(spec['names'])})\s*[»\"”']?"
            rf"(?:\s+(?:{word}))?(?:\s*(?:{_either(data['tail'])}))?"
        )
        found.append(
            (
                str(spec["service"]),
                _compile(
                    rf"{start}(?:{_either(data['notice'])}){source}(?:{connector})?{name}{source}{end}"
                ),
            )
        )
        found.extend((str(spec["service"]), _compile(p)) for p in _strings(spec.get("patterns")))
    automatic = rf"{start}(?:{_either(data['automatic_notice'])}){source}{end}"
    found.append(("machine translation", _compile(automatic)))
    return tuple(found)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The classifier's data files, parsed and compiled once."""
    data = load_package_data("chrome.yml")
    model = load_package_data("chrome_model.yml")
    translators = load_package_data("translators.yml")
    groups = tuple(
        PhraseGroup(
            label=str(spec.get("label", name)),
            exact=frozenset(line_key(p) for p in _strings(spec.get("exact"))),
            prefix=tuple(line_key(p) for p in _strings(spec.get("prefix"))),
            contains=tuple(line_key(p) for p in _strings(spec.get("contains"))),
            boundary=float(spec.get("boundary", 0)),
            flags=frozenset(_strings(spec.get("flags"))),
        )
        for name, spec in data["phrases"].items()
    )
    patterns = tuple(
        (label, _compile(p), float(spec.get("boundary", 0)) if isinstance(spec, dict) else 0.0)
        for label, spec in data["patterns"].items()
        for p in _strings(spec.get("regex") if isinstance(spec, dict) else spec)
    )
    flags = {
        label: frozenset(_strings(spec.get("flags")))
        for label, spec in data["patterns"].items()
        if isinstance(spec, dict) and spec.get("flags")
    }
    metadata = tuple(
        (key, _compile(p)) for key, ps in data["metadata"].items() for p in _strings(ps)
    )
    trans = _translator_patterns(translators)
    fallback = {
        lang: frozenset(w.lower() for w in _strings(words))
        for lang, words in (model.get("fallback_stopwords") or {}).items()
    }
    return Rules(
        groups=groups,
        patterns=patterns,
        credits=tuple(_compile(p) for p in _strings(data["credit_patterns"])),
        caption_prefixes=tuple(line_key(p) for p in _strings(data["caption_prefixes"])),
        credit_prefixes=tuple(line_key(p) for p in _strings(data["credit_prefixes"])),
        datelines=tuple(re.compile(expand(p)) for p in _strings(data["dateline_patterns"])),
        headline_rejects=tuple(_compile(p) for p in _strings(data.get("headline_rejects"))),
        title_taglines=frozenset(line_key(p) for p in _strings(data.get("title_taglines"))),
        gallery_counters=tuple(_compile(p) for p in _strings(data.get("gallery_counters"))),
        teaser_closers=frozenset(line_key(p) for p in _strings(data.get("teaser_closers"))),
        credit_tails=tuple(re.compile(expand(p)) for p in _strings(data.get("credit_tails"))),
        credit_tail_keys=tuple(_strings(data.get("credit_tail_keys"))) or _CREDIT_TAIL_KEYS,
        caption_follows=frozenset(_strings(data["caption_follows"])) | {CAPTION_LABEL},
        metadata=metadata,
        translators=trans,
        weights={k: float(v) for k, v in model["weights"].items()},
        params={k: float(v) for k, v in model["params"].items()},
        languages=tuple(_strings(model.get("languages"))),
        fallback_stopwords=fallback,
        phrase_filter=PhraseFilter.of(groups, [pattern for _, pattern, _ in patterns]),
        pattern_flags=flags,
        extracted=tuple(p for p in patterns if "extracted" in flags.get(p[0], ())),
        section_titles=frozenset(line_key(p) for p in _strings(data.get("section_titles"))),
        heading_marks=tuple(_compile(p) for p in _strings(data.get("heading_marks"))),
        contents_labels=frozenset(line_key(p) for p in _strings(data.get("contents_labels"))),
        caption_cues=tuple(_compile(p) for p in _strings(data.get("caption_cues"))),
        dateline_alone=tuple(re.compile(expand(p)) for p in _strings(data.get("dateline_alone"))),
        dateline_dated=tuple(re.compile(expand(p)) for p in _strings(data.get("dateline_dated"))),
        dated_titles=tuple(_compile(p) for p in _strings(data.get("dated_titles"))),
        metadata_follows={
            " ".join(str(k).split()).lower(): str(v)
            for k, v in (data.get("metadata_follows") or {}).items()
        },
        closing_tails=tuple(re.compile(expand(p)) for p in _strings(data.get("closing_tails"))),
        speaker_labels=tuple(re.compile(expand(p)) for p in _strings(data.get("speaker_labels"))),
    )


@lru_cache(maxsize=64)
def stop_words(language: str) -> frozenset[str]:
    """The stop words of a jusText language name ("German"), lower case; the fallback lists of
    chrome.yml when jusText is missing; empty for an unknown language."""
    rules = load_rules()
    try:
        import justext  # jusText ships curated stop-word lists for 100 languages (via trafilatura)

        return frozenset(w.lower() for w in justext.get_stoplist(language))
    except Exception:
        return rules.fallback_stopwords.get(language, frozenset())


# --------------------------------------------------------------------------- text helpers

_COUNTER = re.compile(r"\s*[\(\[（]\d+[\)\]）]$")  # (full-width parentheses: CJK pages)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: ``_WORD`` for ASCII text, where its letters are A-Z and a-z (a plain class matches faster).
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['\-][A-Za-z]+)*")

_QUOTE_START = re.compile(r"^\s*[\"“«„‘'—–―]|^\s*-\s")


def find_words(text: str) -> list[str]:
    """The words of ``text`` (runs of letters, joined by apostrophes or hyphens)."""
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


@lru_cache(maxsize=4096)  # a line is keyed 4-5 times (duplicates, phrases, captions)
def line_key(text: str) -> str:
    """Lower case, spaces collapsed, bullets/arrows/counters and edge punctuation trimmed."""
    key = text.strip().lower()
    if not key.isprintable() or "  " in key:  # else its only spaces are single " "
        key = _SPACES.sub(" ", key)
    if key.endswith((")", "]", "）")):  # (no newline is left for "$" to stand before)
        key = _COUNTER.sub("", key)
    if not key.isascii() and ("\u0307" in key or "ı" in key):
        # Turkish: "İ".lower() is "i" + a combining dot, and "I".lower() is "i", not "ı", so
        # "İLGİLİ HABERLER", "İlgili haberler" and "ilgili haberler" key alike without the dot
        key = key.replace("\u0307", "").replace("ı", "i")
    return _trim_edges(key)


def _trim_edges(key: str) -> str:
    """Drop non-alphanumeric characters at both ends (what ``[\\W_]`` matches), in linear time.

    The regex ``[\\W_]+$`` is quadratic on long runs of punctuation inside a line.
    """
    start, end = 0, len(key)
    while start < end and not key[start].isalnum():
        start += 1
    while end > start and not key[end - 1].isalnum():
        end -= 1
    return key[start:end]


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
#: The ASCII characters ``str.isspace`` accepts.
_ASCII_SPACES = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _char_script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return ""
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC"):
        return "CJK"
    return first


def _ascii_letters(text: str) -> int:
    """How many ASCII letters ``text`` holds (by bytes: other characters encode to bytes above
    0x7f)."""
    data = text.encode("utf-8")
    return len(data) - len(data.translate(None, _ASCII_LETTERS))


def script_counts(text: str) -> Counter[str]:
    """Letters per Unicode script (LATIN, CYRILLIC, CJK, ...)."""
    # Fast path: letters all Latin (ASCII, or ASCII and other Latin letters), one script.
    if text.isascii():
        n = _ascii_letters(text)
        return Counter({"LATIN": n}) if n else Counter()
    others = [ch for ch in _NON_ASCII.findall(text) if ch.isalpha()]
    if all(_char_script(ch) == "LATIN" for ch in others):
        n = _ascii_letters(text) + len(others)
        return Counter({"LATIN": n}) if n else Counter()
    # Per distinct character, not per character; scripts keep the order of their first letter.
    counts: Counter[str] = Counter()
    for ch, k in Counter(text).items():
        if ch.isalpha():
            counts[_char_script(ch)] += k
    return counts


def dominant_script(text: str) -> str:
    counts = script_counts(text)
    return counts.most_common(1)[0][0] if counts else ""


#: No character before this one is CJK (by ``_char_script``; checked in tests/test_chrome.py).
_FIRST_CJK = "\u2e80"


def text_length(text: str) -> int:
    """Length in Latin-equivalent characters: a CJK character carries about a word, so 3."""
    stripped = text.strip()
    if stripped.isascii() or max(stripped) < _FIRST_CJK:
        return len(stripped)
    return len(stripped) + 2 * sum(
        k for ch, k in Counter(stripped).items() if _char_script(ch) == "CJK"
    )


def is_quote_like(text: str) -> bool:
    return _QUOTE_START.match(text) is not None


# --------------------------------------------------------------------------- explicit evidence


def match_phrase(text: str, rules: Rules | None = None) -> str | None:
    """The removal reason when ``text`` is a known chrome phrase (UI, ads, share...), else None."""
    found = find_phrase(text, rules)
    return found[0] if found else None


def find_phrase(
    text: str, rules: Rules | None = None, exact_only: bool = False
) -> tuple[str, float] | None:
    """``(reason, boundary cost)`` when ``text`` is a known chrome phrase or pattern.

    ``exact_only``: whole-line phrase matches only (no prefixes, substrings, nor patterns but
    those flagged ``extracted``), for text an extractor already chose as the article."""
    found = _find_evidence(text, rules, exact_only)
    return (found[0], found[1]) if found else None


def _find_evidence(
    text: str, rules: Rules | None = None, exact_only: bool = False
) -> tuple[str, float, frozenset[str]] | None:
    """``find_phrase``, and the flags of the phrase's group or pattern (``PhraseGroup.flags``)."""
    rules = rules or load_rules()
    key = line_key(text)
    if not key:
        return None
    short = len(key) <= rules.params["prefix_max_chars"]
    screen = rules.phrase_filter
    if screen is None or screen.may_match_group(key, short, exact_only):
        found = _find_in_groups(text, key, rules, short, exact_only)
        if found is not None:
            return found
    stripped = text.strip()
    if exact_only:
        # (an ``extracted`` pattern is whole-line evidence: chrome in any text; there are few,
        # tried one by one: the screen of all patterns costs more than they do)
        for label, pattern, boundary in rules.extracted:
            if pattern.search(stripped):
                return label, boundary, rules.pattern_flags[label]
        return None
    if screen is None or screen.may_match_pattern(stripped):
        for label, pattern, boundary in rules.patterns:
            if pattern.search(stripped):
                return label, boundary, rules.pattern_flags.get(label, frozenset())
        return None
    # Only the patterns the screen leaves out can match (the first of them in their order is
    # the first of all patterns to match).
    for k in screen.unscreened:
        label, pattern, boundary = rules.patterns[k]
        if pattern.search(stripped):
            return label, boundary, rules.pattern_flags.get(label, frozenset())
    return None


def _find_in_groups(
    text: str, key: str, rules: Rules, short: bool, exact_only: bool
) -> tuple[str, float, frozenset[str]] | None:
    """The first phrase group matching ``key`` (see ``_find_evidence``)."""
    for group in rules.groups:
        if key in group.exact:
            return f"{group.label} {text.strip()!r}", group.boundary, group.flags
        if exact_only:
            continue
        if short:
            for p in group.prefix:
                if key.startswith(p) and (len(key) == len(p) or not key[len(p)].isalnum()):
                    return f"{group.label} (starts with {p!r})", group.boundary, group.flags
        for p in group.contains:
            if p in key:
                return f"{group.label} (contains {p!r})", group.boundary, group.flags
    return None


def match_translator(text: str, rules: Rules | None = None) -> str | None:
    """The readable name of the translation service when ``text`` is a translator footer."""
    rules = rules or load_rules()
    stripped = text.strip()
    if len(stripped) > 200:
        return None
    for service, pattern in rules.translators:
        if pattern.match(stripped):
            return service
    return None


def match_credit(text: str, rules: Rules | None = None) -> bool:
    """True when ``text`` is a photo credit line ("Photo: RIA Novosti/...", "Getty Images")."""
    rules = rules or load_rules()
    stripped = text.strip()
    if len(stripped) > 200:
        return False
    return any(p.match(stripped) for p in rules.credits)


def split_credit_tail(text: str, rules: Rules | None = None) -> tuple[str, str] | None:
    """``(caption, credit)`` when ``text`` is a photo caption with its credit run onto its end
    ("... in Tunis, the capital. Fethi Belaid/AFP/Getty Images", "... in 2016. (John Minchillo
    / AP)", "...coated in slush.CreditHiroko Masuike/The New York Times"), else None."""
    stripped = text.strip()
    rules = rules or load_rules()
    if not any(key in stripped for key in rules.credit_tail_keys):
        return None  # (every credit_tails shape holds one of these: most lines skip the regexes)
    if len(stripped) > rules.params["credit_tail_max_chars"]:
        return None
    for pattern in rules.credit_tails:
        m = pattern.search(stripped)
        if m is None:
            continue
        # (a shape that must read the caption too names it: group "caption")
        caption = (m["caption"] if "caption" in m.re.groupindex else stripped[: m.start()]).strip()
        if len(find_words(caption)) >= rules.params["credit_tail_caption_words"]:
            return caption, m.group("credit").strip()
    return None


_BRACKETED_TAIL = re.compile(r"\(([^()]{3,100})\)\s*$")
_DASHED_TAIL = re.compile(r"\s[-–—|]\s+([^-–—|]{3,100})$")


def _ends_in_bracketed_credit(text: str, rules: Rules) -> bool:
    """Whether ``text`` ends in a photo credit in brackets ("... (Thomas Coex/AFP/Getty
    Images)", "... (Reuters)"): a caption, neither a headline nor a section heading."""
    tail = _BRACKETED_TAIL.search(text)
    return tail is not None and match_credit(tail.group(1), rules)


def _ends_in_credit(text: str, rules: Rules) -> bool:
    """Whether ``text`` ends in a photo credit in brackets or after a dash or bar ("... only
    costs $35 - Image: Raspberry Pi Foundation"): a caption, neither a headline nor a section
    heading (though, unlike one in brackets, not enough to take it for page chrome)."""
    if _ends_in_bracketed_credit(text, rules):
        return True
    tail = _DASHED_TAIL.search(text)
    return tail is not None and match_credit(tail.group(1), rules)


#: A list item's bullet, or a bar (a row of the header's items, "| 15 Feb 2024 | 08:20"), and
#: the space after it, at a line's start.
_LIST_BULLET = re.compile(r"^[•·▪◦‣●|]\s+")


def match_metadata(text: str, rules: Rules | None = None) -> tuple[str, str] | None:
    """``(key, value)`` for byline, date and source lines, else None. (A list's bullet before
    it is looked past: a page's header may list the author, the date and the comments' count,
    "• 승인 2018.04.20 13:26", or open its row of them with a bar, "| 15 Feb 2024 | 08:20".)"""
    rules = rules or load_rules()
    stripped = _LIST_BULLET.sub("", text.strip())
    if len(stripped) > rules.params["metadata_max_chars"]:
        return None
    for key, pattern in rules.metadata:
        m = pattern.match(stripped)
        if m:
            groups = {k: v for k, v in m.groupdict().items() if v}
            value = groups.get("value2") or groups.get("value") or stripped
            if "value" in groups and "value2" in groups:
                value = stripped
            return key, value.strip()
    return None


def _after_marker(text: str, key: str, markers: tuple[str, ...]) -> str | None:
    """The rest of the line when its ``key`` starts with one of ``markers`` (line keys) followed
    by a space, comma or colon and some text ("Image caption, Mr Smith ..." -> "Mr Smith ...")."""
    for marker in markers:
        if key.startswith(marker) and key[len(marker) : len(marker) + 1] in (" ", ",", ":"):
            words = r"\s+".join(map(re.escape, marker.split()))
            found = re.match(rf"\W*{words}[\s,:]+(\S.*)", text.strip(), re.IGNORECASE)
            if found and len(found[1]) >= 3:
                return found[1]
    return None


CAPTION_LABEL = "caption label (the caption is the next line)"
CREDIT_TAIL = "photo caption ending in its credit"
KEPT_BY_EDITOR = "kept by the editor"
DROPPED_BY_EDITOR = "dropped by the editor"


def caption_marker(text: str, rules: Rules | None = None) -> tuple[bool, str | None]:
    """Whether the line is a caption marker alone ("Media caption": a screen-reader label whose
    caption is the next line), and the caption when the line starts with a marker ("Image
    caption, Mr Smith ..." -> "Mr Smith ...")."""
    markers = (rules or load_rules()).caption_prefixes
    key = line_key(text)
    if key in markers:
        return True, None
    return False, _after_marker(text, key, markers)


def credit_prefix(text: str, rules: Rules | None = None) -> str | None:
    """The credit when the line starts with a credit marker ("Image source, Getty Images")."""
    return _after_marker(text, line_key(text), (rules or load_rules()).credit_prefixes)


# --------------------------------------------------------------------------- features and score


@dataclass(frozen=True)
class DocumentProfile:
    script: str
    language: str
    stopwords: frozenset[str]


@lru_cache(maxsize=4)
def _stopword_index(languages: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Stop word -> the positions in ``languages`` of the stop lists that hold it."""
    index: dict[str, list[int]] = {}
    for i, language in enumerate(languages):
        for w in stop_words(language):
            index.setdefault(w, []).append(i)
    return {w: tuple(positions) for w, positions in index.items()}


def profile_document(lines: Sequence[str], rules: Rules | None = None) -> DocumentProfile:
    """The article's dominant script and (stop-word) language, from its longer lines."""
    rules = rules or load_rules()
    long_lines = [t for t in lines if len(t.strip()) >= 60] or [t for t in lines if t.strip()]
    counts: Counter[str] = Counter()
    for t in long_lines:
        counts.update(script_counts(t))
    # (a few letters are no script of an article: a page of two short lines keeps its lines)
    enough = sum(counts.values()) >= rules.params["min_script_letters"]
    script = counts.most_common(1)[0][0] if counts and enough else ""
    words: list[str] = []
    for t in long_lines:  # the first 4,000 words
        # (lower case first where that cannot change the words: ASCII)
        words += find_words(t.lower()) if t.isascii() else [w.lower() for w in find_words(t)]
        if len(words) >= 4000:
            break
    del words[4000:]
    best, best_hits = "", 0
    if words:
        # Stop-word hits of every language at once, from one index word -> its languages;
        # besides, each language's hits on words outside the first language's list.
        index = _stopword_index(rules.languages)
        language_hits = [0] * len(rules.languages)
        own_hits = [0] * len(rules.languages)
        for w, k in Counter(words).items():
            found = index.get(w, ())  # (positions in ascending order)
            outside_main = not found or found[0] != 0
            for i in found:
                language_hits[i] += k
                if outside_main:
                    own_hits[i] += k
        for i, language in enumerate(rules.languages):
            if not stop_words(language):
                continue
            hits = language_hits[i]
            if hits > best_hits:
                best, best_hits = language, hits
        # The long stop lists of one language hold common words of others (Finnish's and
        # Slovak's hold "the", "with", "in", "apple", "london"): in a short text those decide.
        # Another language beats the first listed one (the articles' usual language), when
        # that has hits, only by its words outside the first one's list, and enough of them.
        main_hits = language_hits[0]
        if main_hits and best:
            own = own_hits[rules.languages.index(best)]
            if own <= main_hits or own < rules.params["min_language_hits"]:
                best, best_hits = rules.languages[0], main_hits
    if best and (
        best_hits / max(1, len(words)) < rules.params["min_language_share"]
        or best_hits < rules.params["min_language_hits"]
    ):
        best = ""
    return DocumentProfile(
        script=script, language=best, stopwords=stop_words(best) if best else frozenset()
    )


FEATURES = (
    "bias",
    "log_chars",
    "stop_share",
    "no_stoplist",
    "ends_sentence",
    "commas",
    "capitalised",
    "digits",
    "duplicate",
    "other_script",
    "truncated",
    "very_short",
    "one_word",
    "quote_start",
)


def line_features(text: str, profile: DocumentProfile, duplicates: int = 1) -> dict[str, float]:
    """General, site-independent features of one line (see FEATURES)."""
    stripped = text.strip()
    words = find_words(stripped)
    n_words = len(words)
    counts = script_counts(stripped)
    letters = sum(counts.values())
    cjk = counts.get("CJK", 0)
    chars = text_length(stripped)
    if profile.stopwords and n_words:
        stop_share = sum(map(profile.stopwords.__contains__, map(str.lower, words))) / n_words
    else:
        stop_share = 0.0
    initials = [w[0] for w in words if len(w) >= 3 and w[0].isalpha()]  # (of longer words)
    capitalised = sum(map(str.isupper, initials)) / len(initials) if initials else 0.0
    if stripped.isascii():  # the letters are the ASCII letters counted above
        data = stripped.encode("ascii")
        non_space = len(data.translate(None, _ASCII_SPACES))
        other_chars = non_space - letters
    else:
        chars_seen = Counter(stripped)  # per distinct character, not per character
        non_space = sum(k for ch, k in chars_seen.items() if not ch.isspace())
        other_chars = sum(
            k for ch, k in chars_seen.items() if not ch.isspace() and not ch.isalpha()
        )
    digits = other_chars / non_space if non_space else 1.0
    other = 0.0
    if letters >= 3 and profile.script:
        other = 1.0 - counts.get(profile.script, 0) / letters
    return {
        "bias": 1.0,
        "log_chars": math.log1p(chars),
        "stop_share": stop_share,
        "no_stoplist": 0.0 if profile.stopwords else 1.0,
        "ends_sentence": 1.0 if ends_sentence(stripped) else 0.0,
        "commas": min(3, stripped.count(",") + stripped.count(";")) / 3,
        "capitalised": capitalised,
        "digits": digits,
        "duplicate": 1.0 if duplicates > 1 else 0.0,
        "other_script": other,
        "truncated": 1.0 if stripped.endswith(("...", "…")) else 0.0,
        "very_short": 1.0 if chars < 20 else 0.0,
        "one_word": 1.0 if n_words <= 1 and cjk == 0 else 0.0,
        "quote_start": 1.0 if is_quote_like(stripped) else 0.0,
    }


def score_features(features: dict[str, float], weights: dict[str, float]) -> float:
    """Probability (0..1) that the line is article text, by the logistic model in the data."""
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_FEATURE_WHY = {
    "ends_sentence": "no sentence punctuation",
    "stop_share": "few common words",
    "capitalised": "mostly capitalised words (headline/menu style)",
    "digits": "mostly digits and symbols",
    "duplicate": "repeated on the page",
    "other_script": "script differs from the article",
    "truncated": "truncated teaser text",
    "very_short": "very short",
    "one_word": "a single word",
    "log_chars": "short",
}


def _weak_points(features: dict[str, float], weights: dict[str, float]) -> str:
    """The two features that pulled the score down most, in words."""
    pulls = []
    for name, why in _FEATURE_WHY.items():
        w = weights.get(name, 0.0)
        v = features.get(name, 0.0)
        if name in ("ends_sentence", "stop_share", "log_chars"):
            pull = (
                w * (v - 1.0)
                if name == "ends_sentence"
                else w * (v - 0.4 if name == "stop_share" else v - 5.0)
            )
        else:
            pull = w * v
        if pull < -0.3:
            pulls.append((pull, why))
    pulls.sort()
    return ", ".join(why for _, why in pulls[:2]) or "low text score"


# --------------------------------------------------------------------------- repeated lines


def repeat_key(text: str) -> str:
    return line_key(text)


@dataclass(frozen=True)
class SeedKeys:
    """What the repeated-line rule reads of one seed (:func:`key_seed`)."""

    lines: frozenset[str]
    """The keys (``repeat_key``) of its non-blank lines."""
    pairs: frozenset[str]
    """Two consecutive non-blank lines, one of them short (``pair_key``): a short line counts
    as site chrome only with a neighbour that recurs beside it."""
    prose: frozenset[int]
    """Checksums of a sample of the word shingles of its prose lines: copies of one story share
    most of them however their lines are broken (a page's copied text and its saved HTML, a wire
    story hard-wrapped on one site and in paragraphs on another)."""
    brief: frozenset[int]
    """All its shingles' checksums when it is a brief (fewer than ``copy_brief_shingles``
    sampled: too few to tell copies by); else empty."""


#: One token of a shingle: a CJK character (CJK text has no spaces), or a run of letters/digits.
_SHINGLE_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+")


def key_seed(source: SourceText) -> SeedKeys:
    """The line keys and prose shingles of one seed, for :func:`repeated_line_keys`.

    A shingle is ``copy_shingle_words`` consecutive tokens of a prose line (one of at least
    ``copy_prose_words`` tokens: menus and bylines have none). About one in ``copy_sample`` is
    kept: those opened by a word whose checksum is a multiple of it, so every seed keeps the
    same ones (and a word is checked once, not every shingle hashed). A brief keeps them all."""
    params = load_rules().params
    size, least, sample = (
        int(params["copy_shingle_words"]),
        int(params["copy_prose_words"]),
        int(params["copy_sample"]),
    )
    keys = [repeat_key(t) for t in source.lines if t.strip()]
    lines = frozenset(keys)
    pairs = frozenset(
        pair_key(a, b)
        for a, b in pairwise(keys)
        if not (_stands_alone(a, params) and _stands_alone(b, params))
    )
    prose: set[int] = set()
    texts = [t for t in (_SHINGLE_TOKEN.findall(key) for key in lines) if len(t) >= least]
    opens: dict[str, bool] = {}  # a word opens a kept shingle (by its checksum)
    for tokens in texts:
        for i in range(len(tokens) - size + 1):
            word = tokens[i]
            kept = opens.get(word)
            if kept is None:
                kept = opens[word] = zlib.crc32(word.encode()) % sample == 0
            if kept:
                prose.add(zlib.crc32(" ".join(tokens[i : i + size]).encode()))
    brief: frozenset[int] = frozenset()
    if len(prose) < params["copy_brief_shingles"]:
        brief = frozenset(
            zlib.crc32(" ".join(tokens[i : i + size]).encode())
            for tokens in texts
            for i in range(len(tokens) - size + 1)
        )
    return SeedKeys(lines, pairs, frozenset(prose), brief)


def pair_key(first: str, second: str) -> str:
    """The key of two consecutive non-blank lines, given their ``repeat_key``."""
    return f"{first}\n{second}"


def _stands_alone(key: str, params: dict[str, Any]) -> bool:
    """A line this long is site chrome when it recurs alone; a shorter one ("Mobile", "Events",
    "Conclusion") recurs on unrelated pages by chance, so it needs a neighbour recurring too."""
    return text_length(key) >= int(params["repeat_alone_chars"])


def find_repeated_lines(sources: Iterable[SourceText], min_seeds: int = 2) -> frozenset[str]:
    """Line keys that occur in at least ``min_seeds`` different seeds (site chrome evidence).

    Pass the result to ``strip_chrome(..., repeated=...)``. Credits, translator footers and
    metadata are still recognised first, so a shared "Photo: Reuters" or footer stays what it is.
    Copies of one story (saved twice, or syndicated on two sites) count as one seed: see
    :func:`repeated_line_keys`.
    """
    return repeated_line_keys([key_seed(source) for source in sources], min_seeds)


def _copies(
    seeds: Sequence[SeedKeys], field: Literal["prose", "brief"], params: dict[str, Any]
) -> set[tuple[int, int]]:
    """Pairs of seeds sharing at least ``copy_min_shingles`` (of a brief's:
    ``copy_min_brief_shingles``) of the checksums in ``field``, and at least
    ``copy_min_share`` of the shorter one's."""
    least = params["copy_min_shingles" if field == "prose" else "copy_min_brief_shingles"]
    holders: dict[int, list[int]] = {}
    for i, seed in enumerate(seeds):
        for checksum in getattr(seed, field):
            holders.setdefault(checksum, []).append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for held in holders.values():
        if 1 < len(held) <= params["copy_max_seeds"]:  # (in more: boilerplate, not a story)
            shared.update(combinations(held, 2))
    found = set()
    for (a, b), n in shared.items():
        fewest = min(len(getattr(seeds[a], field)), len(getattr(seeds[b], field)))
        if n >= least and n >= params["copy_min_share"] * fewest:
            found.add((a, b))
    return found


#: Longest line key counted as a repeated line.
REPEAT_KEY_MAX = 300


def find_copies(seeds: Sequence[SeedKeys]) -> tuple[tuple[int, ...], ...]:
    """The seeds grouped by story: indexes of ``seeds`` that are copies of one story (sharing
    most of their prose shingles, :func:`_copies`: saved twice, as text and as HTML, or
    syndicated on two sites) in one group; every seed in exactly one group, in order."""
    params = load_rules().params
    group = list(range(len(seeds)))  # union-find over copies

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for a, b in _copies(seeds, "prose", params) | _copies(seeds, "brief", params):
        group[root(a)] = root(b)
    members: dict[int, list[int]] = {}
    for i in range(len(seeds)):
        members.setdefault(root(i), []).append(i)
    return tuple(tuple(m) for m in members.values())


def repeated_line_keys(
    seeds: Sequence[SeedKeys],
    min_seeds: int = 2,
    copies: Sequence[Sequence[int]] | None = None,
) -> frozenset[str]:
    """Line keys (``repeat_key``) and pair keys (``pair_key``) found in at least ``min_seeds``
    seeds, given each seed's keys (:func:`key_seed`).

    Copies of one story (``copies``, else :func:`find_copies`) count as one seed, so the
    sentences they share are not taken for site chrome. Two stories of one site share only
    their boilerplate (a cookie notice, a disclaimer): a small share."""
    seen: Counter[str] = Counter()
    for group in copies if copies is not None else find_copies(seeds):
        merged = seeds[group[0]].lines.union(
            seeds[group[0]].pairs, *(seeds[j].lines | seeds[j].pairs for j in group[1:])
        )
        seen.update(k for k in merged if k and len(k) <= REPEAT_KEY_MAX)
    return frozenset(k for k, n in seen.items() if n >= min_seeds)


# --------------------------------------------------------------------------- classification

_GOOD, _BAD, _SHORT, _NEAR = "good", "bad", "short", "near"


@dataclass
class _Line:
    number: int
    text: str
    kind: LineKind | None = None
    reason: str = ""
    meta_key: str | None = None
    meta_value: str | None = None
    cls: str = ""
    score: float = 0.0
    features: dict[str, float] | None = None
    """The line's features, when it was scored (not decided by explicit evidence)."""
    anchor: int = -1
    """For figure parts: index of the figure's credit line (the figure stays or goes as one)."""
    boundary: float = 0.0
    explicit: bool = False
    """Decided by explicit evidence (phrase, pattern, credit, editor...), not by the score."""
    flags: frozenset[str] = frozenset()
    """Of the phrase that removed the line (``PhraseGroup.flags``): an inline control's
    neighbours look past it."""

    def decide(
        self, kind: LineKind, reason: str, key: str | None = None, value: str | None = None
    ) -> None:
        self.kind, self.reason, self.meta_key, self.meta_value = kind, reason, key, value

    def weak_points(self, weights: dict[str, float]) -> str:
        """Why a scored line reads as chrome (built only for the lines that need the reason)."""
        return _weak_points(self.features, weights) if self.features is not None else ""

    def freeze(self) -> ClassifiedLine:
        assert self.kind is not None
        return ClassifiedLine(
            self.number, self.text, self.kind, self.reason, self.meta_key, self.meta_value
        )


def _long_prose(text: str, rules: Rules) -> bool:
    """A long, punctuated sentence run: too article-like to drop just for recurring elsewhere
    (the same story saved twice, or two reports quoting one statement)."""
    return text_length(text) >= rules.params["repeat_prose_chars"] and ends_sentence(text)


def titles_prose(text: str, following: str | None, rules: Rules) -> bool:
    """``text`` is a page control that is also a section title ("Feedback", "Help") and the
    line after it (``following``) is a prose paragraph: the article's own section title."""
    return (
        following is not None
        and line_key(text) in rules.section_titles
        and _long_prose(following, rules)
    )


def _next_text(texts: Sequence[str], idx: int) -> tuple[int, str] | None:
    """The first non-blank line after ``idx`` (its index and text)."""
    for j in range(idx + 1, len(texts)):
        if texts[j].strip():
            return j, texts[j].strip()
    return None


def _section_title(line: _Line, texts: Sequence[str], idx: int, rules: Rules) -> bool:
    """A line removed as a page control that is a section title here (``titles_prose``, or
    over an item's own title and then prose: "Jobs" / "The office is hiring a route planner" /
    "You will plan the routes of ..."): undecided again, for the scores to
    judge (True)."""
    if line.kind is not LineKind.CHROME or line_key(line.text) not in rules.section_titles:
        return False
    following = _next_text(texts, idx)
    if following is not None and not _long_prose(following[1], rules):
        if _is_headline_like(following[1], rules.params):
            following = _next_text(texts, following[0])
        else:
            following = None
    if following is None or not titles_prose(line.text, following[1], rules):
        return False
    line.kind, line.reason, line.boundary, line.flags = None, "", 0.0, frozenset()
    return True


HEADING_MARK = "section heading with its edit link or permalink mark"


IN_BOX = "between two lines of an appeal box"


def _fill_boxes(lines: list[_Line], params: dict[str, float]) -> None:
    """The lines between two lines of one box inside the article (a phrase group flagged
    ``box``: a donation appeal's "We need your help ..." and "Not ready to support today?"),
    at most ``box_gap_lines`` non-blank lines apart, are the box's own text and buttons
    ("Independent journalism is under threat ...", "Continue"), removed with its flags; lines
    decided otherwise by explicit evidence (a photo credit, a date) stay as they are."""
    marks = [i for i, ln in enumerate(lines) if ln.kind is LineKind.CHROME and "box" in ln.flags]
    for a, b in pairwise(marks):
        inside = [i for i in range(a + 1, b) if lines[i].text.strip()]
        if not inside or len(inside) > params["box_gap_lines"]:
            continue
        for i in inside:
            line = lines[i]
            if line.explicit and line.kind is not LineKind.CHROME:
                continue
            line.explicit, line.flags, line.cls = True, lines[a].flags, _BAD
            line.boundary, line.features = 0.0, None
            line.decide(LineKind.CHROME, IN_BOX)


def _explicit(
    line: _Line,
    rules: Rules,
    corrections: Corrections,
    repeated: bool,
) -> bool:
    """Decide the line from explicit evidence; True when decided (``repeated``: the line recurs
    in other seeds, :func:`_repeated_here`)."""
    text = line.text.strip()
    if not text:
        line.decide(LineKind.BLANK, "")
        return True
    if text in corrections.drop:
        line.decide(LineKind.CHROME, DROPPED_BY_EDITOR)
        return True
    if text in corrections.keep:
        kind = LineKind.QUOTE if is_quote_like(text) else LineKind.PARAGRAPH
        line.decide(kind, KEPT_BY_EDITOR)
        return True
    marked = next((m for p in rules.heading_marks if (m := p.match(text))), None)
    if marked is not None:
        # (the title without its mark: "History[edit]" -> "History", named group "title")
        title = (marked.groupdict().get("title") or text).strip()
        line.decide(LineKind.HEADING, HEADING_MARK, None, title)
        return True
    service = match_translator(text, rules)
    if service:
        line.decide(LineKind.METADATA, "machine-translation notice", "translated_by", service)
        return True
    label, caption = caption_marker(text, rules)
    if label:
        line.decide(LineKind.CHROME, CAPTION_LABEL)
        return True
    if caption:
        # (before the credit patterns: "Image caption, ..." also reads as "Image <Name>")
        line.decide(LineKind.FIGURE_CAPTION, "caption marker", None, caption)
        return True
    if match_credit(text, rules):
        line.decide(LineKind.FIGURE_CREDIT, "photo credit", None, credit_prefix(text, rules))
        return True
    if _named_credit(text):
        line.decide(LineKind.FIGURE_CREDIT, NAMED_CREDIT)
        return True
    found = _find_evidence(text, rules)
    if found:
        line.decide(LineKind.CHROME, found[0])
        line.boundary, line.flags = found[1], found[2]
        return True
    if repeated and not _long_prose(text, rules):
        line.decide(LineKind.CHROME, "repeated in other seeds (site chrome)")
        return True
    meta = match_metadata(text, rules)
    if meta:
        line.decide(LineKind.METADATA, f"{meta[0]} line", meta[0], meta[1])
        return True
    return False


def _nearest(
    lines: list[_Line], classes: tuple[str, ...], edge: str = _BAD
) -> tuple[list[str], list[str]]:
    """For each line, the class of the nearest line before and after it with a class in
    ``classes`` (``edge`` past the edges, "bad" by default: chrome surrounds an article; inline
    controls are looked past). Linear time."""
    before, after = [edge] * len(lines), [edge] * len(lines)
    last = edge
    for i, line in enumerate(lines):
        before[i] = last
        if line.cls in classes and "inline" not in line.flags:
            last = line.cls
    last = edge
    for i in range(len(lines) - 1, -1, -1):
        after[i] = last
        if lines[i].cls in classes and "inline" not in lines[i].flags:
            last = lines[i].cls
    return before, after


def _smooth(lines: list[_Line], rules: Rules, edge: str = _BAD) -> None:
    """jusText-style context: near-good and short lines follow their decided neighbours (and
    the page's edges count as ``edge``)."""
    own_good = [line.cls == _GOOD for line in lines]  # (by their own score, before context)
    before, after = _nearest(lines, (_GOOD, _BAD), edge)
    for i, line in enumerate(lines):
        if line.cls == _NEAR:
            if before[i] == _BAD and after[i] == _BAD:
                line.cls = _BAD
                line.reason = "between removed lines"
            else:
                line.cls = _GOOD
                line.reason = "between article lines"
    before, after = _nearest(lines, (_GOOD, _BAD), edge)
    last_good = max((i for i, line in enumerate(lines) if line.cls == _GOOD), default=-1)
    turns = sum(1 for line in lines if line.cls == _GOOD and _speaker_turn(line.text, rules))
    for i, line in enumerate(lines):
        if line.cls != _SHORT:
            continue
        prev, nxt = before[i], after[i]
        if (
            (prev == _GOOD and nxt == _GOOD)
            or (
                # (after the last line of article text: a card's summary over its "Read now"
                # link, with the article going on below, is no closing sentence)
                prev == _GOOD and nxt == _BAD and i > last_good and _closing_sentence(line, rules)
            )
            # a transcript's short turn opening or closing it ("MR KIRBY: Afternoon,
            # everybody." / "MR PRICE: That is it."), when its text holds labelled turns
            or (
                prev != nxt
                and turns >= rules.params["transcript_min_turns"]
                and _speaker_turn(line.text, rules)
            )
        ):
            line.cls = "short-good"
        else:
            line.cls = "short-bad"
            line.reason = (
                "short line in a run of navigation lines before the article"
                if prev == _BAD and nxt == _GOOD
                else "short line in a run of removed lines after the article"
                if prev == _GOOD and nxt == _BAD
                else "short line among removed lines"
            )
    for line in lines:
        if line.cls == "short-good":
            line.cls = _GOOD
        elif line.cls == "short-bad":
            line.cls = _BAD
    _keep_headings_between_paragraphs(lines, own_good, rules)


def _speaker_turn(text: str, rules: Rules) -> bool:
    """The line opens with a transcript's speaker label (chrome.yml ``speaker_labels``)."""
    return any(p.match(text.strip()) for p in rules.speaker_labels)


def _closing_sentence(line: _Line, rules: Rules) -> bool:
    """A short line that is a sentence by its own score: lower-case words with common words,
    sentence punctuation ("The ruling party lost its majority.")."""
    return (
        line.score >= rules.params["good"]
        and (line.features or {}).get("ends_sentence", 0.0) > 0
        and len(find_words(line.text)) >= rules.params["closing_sentence_min_words"]
    )


def _keep_headings_between_paragraphs(
    lines: list[_Line], own_good: list[bool], rules: Rules
) -> None:
    """A section heading in Title Case ("Make a List of Everything You Own") scores as a menu
    line; right between two lines that are article text by their own score (blank lines aside;
    not by context, which changes once the chrome around is gone) it is the article's heading.
    Not a line that reads as a caption with its credit ("... | Foto: Reuters"), a list of tags
    or names (commas), a row of links ("|") or a previous/next link (an arrow)."""
    body = [i for i, line in enumerate(lines) if line.text.strip()]
    for k in range(1, len(body) - 1):
        line = lines[body[k]]
        if (
            line.cls != _BAD
            or line.explicit
            or not own_good[body[k - 1]]
            or not own_good[body[k + 1]]
        ):
            continue
        text = line.text.strip()
        if (
            ends_sentence(text)
            or text_length(text) > rules.params["heading_max_chars"]
            or text.count(",") > 1
            or _NOT_A_HEADING.search(text)
            or _ends_in_bracketed_credit(text, rules)
        ):
            continue
        line.cls = _GOOD
        line.reason = "title-like line between article lines (a heading)"


#: Marks of a line that is no section heading: a row of links, an arrow of a previous/next link.
_NOT_A_HEADING = re.compile(r"[|←→«»‹›]")


#: chrome.yml's label for a line in capitals between the paragraphs (Fox News' links): the
#: headline may be printed so too, and stays a candidate for it.
CAPS_LINK = "link to another story in capitals"
LIVE_MARKER = "live-feed marker"  # (the label of chrome.yml's live_marker group)
TEASER = "teaser"  # (what opens the reasons of the teaser rules: "teaser headline after ...")


#: chrome.yml's label for a clock time alone on its line ("14:05 GMT"): on a live page, a
#: post's time stamp, as a date line is.
TIME_STAMP = "time stamp line"


def _post_stamp(line: _Line) -> bool:
    """A date line or a clock time alone: what opens a post on a live page."""
    return line.meta_key == "date" or line.reason == TIME_STAMP


def _live_page(lines: list[_Line], params: dict[str, float]) -> bool:
    """A live page: a live-feed marker and ``live_posts_min`` post stamps or more (a list of
    teasers, each with its time, is no live page)."""
    return any(ln.reason.startswith(LIVE_MARKER) for ln in lines) and (
        sum(1 for ln in lines if _post_stamp(ln)) >= params["live_posts_min"]
    )


def _keep_post_titles(lines: list[_Line], span: tuple[int, int], rules: Rules) -> tuple[int, int]:
    """On a live page, a post's title right under its time stamp ("14:05 GMT" / "Egyptian
    officials say delegations arrive in Cairo" / the post's text), which the scores removed
    as a short line among the stamps and share buttons, is the post's heading (the first
    post's too, right over the body stretch: the stretch then starts at it)."""
    if not _live_page(lines, rules.params):
        return span
    first = span[0]
    shown = [i for i, ln in enumerate(lines) if ln.text.strip()]
    for a, b, c in zip(shown, shown[1:], shown[2:], strict=False):
        title = lines[b]
        text = title.text.strip()
        if (
            span[0] <= c <= span[1]
            and _post_stamp(lines[a])
            and title.cls == _BAD
            and not title.explicit
            and lines[c].cls == _GOOD
            and not ends_sentence(text)
            and len(find_words(text)) >= 3
            and text_length(text) <= rules.params["heading_max_chars"]
        ):
            title.cls, title.reason = _GOOD, "a live page's post title"
            first = min(first, b)
    return first, span[1]


def _body_span(lines: list[_Line], params: dict[str, float]) -> tuple[int, int] | None:
    """Indices (first, last) of the best contiguous stretch: body text gains, chrome costs.

    A run of consecutive chrome lines costs at most ``span_run_cap`` (a video player or an ad
    block inside an article does not cut it in two) plus the boundary costs of the phrases in
    it ("Related stories", "Comments" do mark an end). An inline control ("Main article: ...",
    "View photo") costs nothing: it is judged as if it were not there, so that stripping the
    kept text again finds the same stretch. A box's printed end ("End of list", flag
    ``closes``) makes the run up to it free: the box was inside the article. A post's time
    stamp on a live page (a live-feed marker and ``live_posts_min`` date lines or more: a list
    of teasers, each with its time, is no live page) makes its whole run free, from the second
    stamp on (the first opens the first post, under the page's header)."""
    items: list[tuple[float, int, int]] = []  # (value, first index, last index)
    run_cost, run_boundary, run_start, run_end = 0.0, 0.0, -1, -1
    # (a live page: a time stamp opens each post, and the share buttons and the post's
    # heading and author between two posts are no end of the article)
    live = _live_page(lines, params)
    run_free = False  # the run holds a post's time stamp on a live page
    stamps = 0  # (the first stamp opens the first post: the header above it still costs)

    def close_run() -> None:
        nonlocal run_cost, run_boundary, run_start, run_free
        if run_start >= 0:
            cost = 0.0 if run_free else min(run_cost, params["span_run_cap"]) + run_boundary
            items.append((-cost, run_start, run_end))
        run_cost, run_boundary, run_start, run_free = 0.0, 0.0, -1, False

    for i, line in enumerate(lines):
        if line.cls == _GOOD:
            close_run()
            value = min(params["span_cap"], text_length(line.text) / params["span_chars"])
            items.append((value, i, i))
        elif line.cls == _BAD and "inline" not in line.flags:  # (an inline control is free)
            if run_start < 0:
                run_start = i
            run_end = i
            run_cost += params["span_penalty"] + text_length(line.text) / params["span_bad_chars"]
            run_boundary += line.boundary * params["span_boundary_scale"]
            if "closes" in line.flags:  # (a box's printed end: the box was inside the article)
                run_cost, run_boundary = 0.0, 0.0
            if live and line.reason == TIME_STAMP:  # (a post's clock time: "14:05 GMT")
                stamps += 1
                run_free = run_free or stamps > 1
        elif live and line.meta_key == "date":
            stamps += 1
            run_free = run_free or stamps > 1
    close_run()
    best: tuple[float, int, int] | None = None
    run, start = 0.0, 0
    for value, first, last in items:
        if run <= 0:
            run, start = value, first
        else:
            run += value
        if value > 0 and (best is None or run > best[0]):
            best = (run, start, last)
    return (best[1], best[2]) if best else None


def _start_at_dateline(lines: list[_Line], span: tuple[int, int], rules: Rules) -> tuple[int, int]:
    """A wire story's dateline ("MOSCOW (AP) — ...") opens it: when the body stretch crosses
    an end-of-article marker (a phrase whose boundary cost is at least ``dateline_marker``:
    comments, related stories, footer) and then a dateline, the stretch starts at the dateline,
    with up to ``dateline_lead_in`` body lines right above it (the photo captions of its top)."""
    first, last = span
    params = rules.params
    marked = False
    for i in range(first, last + 1):
        line = lines[i]
        if line.cls == _BAD and line.boundary >= params["dateline_marker"]:
            marked = True
        elif "closes" in line.flags:
            marked = False
        elif (
            marked
            and line.cls == _GOOD
            and any(p.match(line.text.strip()) for p in rules.datelines)
        ):
            start, k, above = i, i - 1, 0
            while k > first and above < params["dateline_lead_in"]:
                if lines[k].cls == _BAD and lines[k].boundary >= params["dateline_marker"]:
                    break
                if lines[k].cls == _GOOD:
                    start, above = k, above + 1
                k -= 1
            return start, last
    return span


def _end_before_item_list(
    lines: list[_Line], span: tuple[int, int], params: dict[str, float]
) -> tuple[int, int]:
    """A tail of items between end-of-article markers (a comment thread's "Reply" buttons, a
    gallery's "3/50" counters, a list of teasers each with its comment count) is no article:
    when at least ``list_markers`` markers of boundary cost ``list_marker_cost`` or more follow
    one another to the end of the stretch with at most ``list_item_lines`` body lines between
    them, the stretch ends before the first of them (when at least ``list_item_lines`` body
    lines are left before it: a list at the top is not cut away from the article below it)."""
    first, last = span
    cost, gap_max = params["list_marker_cost"], params["list_item_lines"]
    start, count, gap = -1, 0, 0  # the dense run of markers that reaches the end
    for i in range(first, last + 1):
        line = lines[i]
        if line.cls == _BAD and line.boundary >= cost:
            if start < 0:
                start, count = i, 0
            count += 1
            gap = 0
        elif "closes" in line.flags:
            start = -1
        elif line.cls == _GOOD:
            gap += 1
            if gap > gap_max:
                start = -1
    if start < 0 or count < params["list_markers"]:
        return span
    body_before = sum(1 for i in range(first, start) if lines[i].cls == _GOOD)
    return (first, start - 1) if body_before >= gap_max else span


def _end_before_teaser_tail(
    lines: list[_Line], span: tuple[int, int], params: dict[str, float]
) -> tuple[int, int]:
    """A short tail after an end-of-article heading ("Related coverage", "Latest news") is a
    list of teasers: when the last marker of boundary cost ``tail_marker_cost`` or more inside
    the stretch is followed by body text of at most ``tail_share`` of the text before it, the
    stretch ends before the marker."""
    first, last = span
    marker = -1
    for i in range(first, last + 1):
        if lines[i].cls == _BAD and lines[i].boundary >= params["tail_marker_cost"]:
            marker = i
        elif "closes" in lines[i].flags:
            marker = -1
    if marker < 0:
        return span
    before = sum(text_length(lines[i].text) for i in range(first, marker) if lines[i].cls == _GOOD)
    after = sum(
        text_length(lines[i].text) for i in range(marker, last + 1) if lines[i].cls == _GOOD
    )
    if 0 < after <= params["tail_share"] * before:
        end = max(i for i in range(first, marker) if lines[i].cls == _GOOD)
        return first, end
    return span


def _cut_teaser_runs(lines: list[_Line], span: tuple[int, int], params: dict[str, float]) -> None:
    """A box of links to other stories inside the article ("Most Read Business Stories" or
    "Read more", then headlines, then the article goes on): after a phrase flagged ``teasers``,
    a run of at least ``teaser_run_min`` title-like lines (no sentence end, at most
    ``heading_max_chars``) is that list and is removed. The run stops at a paragraph (a
    sentence, or a line longer than that) or at a line decided by explicit evidence, and a
    title-like line right before a paragraph is left out: it may be the heading of the
    article's next section. A single title-like line printed right under the phrase (no blank
    line between: "Related" / "Ex-coach sacked after a row") is the one story linked there.
    When the box's printed end (flag ``closes``) follows within ``box_max_lines`` lines,
    everything between is the box, its teaser images too."""
    first, last = span
    for i in range(first, last + 1):
        marker = lines[i]
        if marker.cls != _BAD or "teasers" not in marker.flags:
            continue
        reason = f"{TEASER} headline after {marker.text.strip()!r}"
        end = min(len(lines), i + 1 + int(params["box_max_lines"]))
        close = next((j for j in range(i + 1, end) if "closes" in lines[j].flags), None)
        if close is not None:
            for line in lines[i + 1 : close]:
                if line.kind in FIGURE_KINDS:
                    line.decide(LineKind.CHROME, reason)
                if line.cls == _GOOD or line.kind is LineKind.CHROME:
                    line.cls = _BAD
                    line.reason = line.reason or reason
            continue
        run: list[_Line] = []
        linked = False  # one headline right under the phrase, then a paragraph
        gap = False  # page chrome (a card's kicker, a share row) since the last title-like line
        fenced = False  # ... and right above that line: a teaser's card, no section's heading
        count = 0  # title-like lines before the paragraph that ends the run
        for line in lines[i + 1 : last + 1]:
            text = line.text.strip()
            if not text:
                continue
            if line.explicit:
                if line.kind is not LineKind.CHROME:
                    break
                gap = True  # (the box's own controls: "World" / headline, "Previous" / "Next")
                continue
            if ends_sentence(text) or text_length(text) > params["heading_max_chars"]:
                linked = len(run) == 1 and run[0] is lines[i + 1]
                count = len(run)  # (a list of two, the heading counted in)
                if not (linked or gap or fenced):
                    run = run[:-1]  # (a paragraph: the line before it may be its heading)
                break
            fenced, gap = gap, False
            run.append(line)
        if linked or max(count, len(run)) >= params["teaser_run_min"]:
            for line in run:
                if line.cls == _GOOD:
                    line.cls = _BAD
                    line.reason = reason


def _cut_teaser_cards(lines: list[_Line], span: tuple[int, int], rules: Rules) -> None:
    """A card linking another story inside the article: a headline and its summary, then the
    link's words on the next line ("Scientists find new mechanism for memory formation" / "How
    do we form memories? ..." / "Read now", chrome.yml ``teaser_closers``). The card is the block
    of at most ``teaser_card_lines`` short lines right above the link (a blank line above it)."""
    if not rules.teaser_closers:
        return
    first, last = span
    params = rules.params
    for i in range(max(first, 1), min(last + 2, len(lines))):
        closer = lines[i]
        if closer.cls != _BAD or line_key(closer.text) not in rules.teaser_closers:
            continue
        j = i - 1
        while j >= 0 and lines[j].text.strip():
            j -= 1
        card = lines[j + 1 : i]
        if not card or len(card) > params["teaser_card_lines"]:
            continue
        if any(
            ln.cls == _BAD or ln.explicit or text_length(ln.text) > params["teaser_card_max_chars"]
            for ln in card
        ):
            continue
        for line in card:
            line.cls = _BAD
            line.reason = f"{TEASER} card above {closer.text.strip()!r}"


def _in_other_script(text: str, script: str) -> bool:
    counts = script_counts(text)
    letters = sum(counts.values())
    return bool(script) and letters >= 3 and counts.get(script, 0) / letters < 0.5


def _caption_block(
    lines: list[_Line], j: int, i: int, params: dict[str, float], first_prose: int
) -> bool:
    """Line ``j`` and the credit ``i`` right under it stand alone as one block: ``j`` is a
    caption's length, and the lines around the pair are blank, removed or metadata (not text
    run on); under the lead photo's credit, above which no prose stands (``first_prose``: the
    first line of prose, scored), the article may start. A page whose only prose the line is
    has no photo: the line is its text."""
    if len(lines[j].text.strip()) > params["caption_max_chars"]:
        return False
    if not any(ln.cls == _GOOD for k, ln in enumerate(lines) if k != j):
        return False
    above = lines[j - 1] if j > 0 else None
    below = lines[i + 1] if i + 1 < len(lines) else None
    # (the lead photo, above every line of prose, may have the article's first line under it:
    # "... at the White House on Monday." / "Kevin Lamarque/Reuters" / "Washington CNN — ...")
    lead = first_prose >= j  # (no line of prose above the caption)
    return all(
        edge is None
        or edge.kind in (LineKind.BLANK, LineKind.CHROME, LineKind.METADATA)
        or edge.cls == _BAD
        for edge in ((above,) if lead else (above, below))
    )


def _labelled_caption(lines: list[_Line], j: int, params: dict[str, float]) -> bool:
    """Line ``j``, blank lines under it and a labelled credit under them: one sentence of a
    caption's length, no quotation, standing apart (a blank, removed or metadata line above
    it)."""
    text = lines[j].text.strip()
    above = lines[j - 1] if j > 0 else None
    return (
        len(text) <= params["caption_max_chars"]
        and BARE_INNER_END.search(text) is None
        and not is_quote_like(text)
        and not any(q in text for q in '"“”«»„')
        and (
            above is None
            or above.kind in (LineKind.BLANK, LineKind.CHROME, LineKind.METADATA)
            or above.cls == _BAD
        )
    )


def _is_caption_like(text: str, params: dict[str, float]) -> bool:
    t = text.strip()
    return 0 < len(t) <= params["caption_max_chars"] and not ends_sentence(t)


CAPTION_BEFORE_CREDIT = "caption before a photo credit"
CAPTION_AFTER_CREDIT = "caption after a photo credit"


def _attach_figures(lines: list[_Line], script: str, params: dict[str, float]) -> None:
    """Before a credit: another script -> figure-original, short unpunctuated line -> caption.
    With neither, a long unpunctuated line right after the credit is its caption (sites that
    print the credit on the photo and the caption under it: "Getty Images" / "Palestinians
    inspect the damage after an Israeli strike in Rafah on Monday")."""
    first_prose = next((k for k, ln in enumerate(lines) if ln.cls == _GOOD), len(lines))
    for i, line in enumerate(lines):
        if line.kind is not LineKind.FIGURE_CREDIT:
            continue
        if not _caption_above(lines, i, script, params, first_prose):
            _caption_below(lines, i, params)


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person's name alone (a given name, an initial or names, words.yml's
    ``byline_particles``, a surname: "Stef W. Kight"), and a line of such names with the place
    the story was filed from ("Fiona Harvey in Baku", the Guardian; group ``names``)."""
    word = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
    particles = "|".join(re.escape(p) for p in word_lists()["byline_particles"])
    name = (
        rf"(?P<first>{word})(?:\s(?:(?P<initial>[A-Z]\.)|{word}|{particles})){{0,2}}"
        rf"\s(?:O['’])?{word}"
    )
    any_name = re.sub(r"\(\?P<\w+>", "(?:", name)
    placed = (
        rf"(?P<names>{any_name}(?:(?:,\s|\sand\s){any_name}){{0,3}})"
        r"\s(?:in|at)\s[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}"
    )
    return re.compile(name), re.compile(placed)


NAMED_CREDIT = "photo credit (a photographer's name and an agency)"
#: A name, a slash between spaces, an agency's or a paper's name in capitals ("Sergei Kiselyov
#: / Moskva News Agency"): the credit when the name opens with a known given name.
_NAME_SLASH = re.compile(
    r"(?P<name>[^/]{3,40}?)\s/\s(?:The\s)?[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|of|for)){0,4}"
)


def _named_credit(text: str) -> bool:
    """A photographer's name and an agency not in the credit lists, alone on the line under
    the caption ("Sergei Kiselyov / Moskva News Agency", The Moscow Times): a credit when the
    name opens with a given name of words.yml (a breadcrumb "Ukraine War / Politics" is none)."""
    found = _NAME_SLASH.fullmatch(text.strip())
    return found is not None and _known_name(found["name"], first_names())


def _known_name(text: str, names: frozenset[str]) -> bool:
    found = _name_patterns()[0].fullmatch(text)
    return found is not None and (found["first"] in names or bool(found["initial"]))


#: An author's name, in capitals or not, and the author's handle on one line ("SINAN ÖZTÜRK
#: @sinan_ozturk", Daily Sabah): group ``name``.
_NAME_HANDLE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})\s+@[\w.]{2,30}"
)


def _mark_name_bylines(lines: list[_Line], params: dict[str, float]) -> None:
    """Authors printed as their names alone, one a line, under the headline (NPR, Axios:
    "Stef W. Kight" / "Alex Thompson"): two to ``name_byline_max`` such lines in a row (blank
    lines between allowed), each a given name (or a name with an initial) then a surname,
    before the first prose paragraph and at most ``name_byline_gap`` lines under the headline
    or next to the date line, are the byline; the first holds all the names. (One name alone
    may be a photo's caption, but not right over the date line; a longer list, or one
    elsewhere, is a menu of columnists.) So is one line of such names and the place the story
    was filed from ("Fiona Harvey in Baku"), and a name with the author's handle after it
    ("SINAN ÖZTÜRK @sinan_ozturk": any name, the handle shows it is an author's)."""
    names = first_names()
    start = next(
        (
            i
            for i, ln in enumerate(lines)
            if ln.kind in (LineKind.PARAGRAPH, LineKind.QUOTE)
            and (ends_sentence(ln.text.strip()) or len(ln.text.strip()) >= 100)
        ),
        len(lines),
    )
    shown = [i for i in range(start) if lines[i].kind is not LineKind.BLANK]
    gap = int(params["name_byline_gap"])
    runs: list[list[int]] = [[]]
    filed: dict[int, str] = {}  # a line of names and a place: its names
    for i in shown:
        line = lines[i]
        text = line.text.strip()
        free = not line.explicit and line.meta_key is None and line.reason != KEPT_BY_EDITOR
        placed = _name_patterns()[1].fullmatch(text) if free else None
        handled = _NAME_HANDLE.fullmatch(text) if free else None
        if placed is not None and all(
            _known_name(n, names) for n in _byline_names().split(placed["names"])
        ):
            filed[i] = placed["names"]
            runs += [[i], []]
        elif handled is not None:  # (the handle names an author, whatever the given name)
            filed[i] = handled["name"]
            runs += [[i], []]
        elif free and _known_name(text, names):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if not run or len(run) > params["name_byline_max"]:
            continue
        at, end = shown.index(run[0]), shown.index(run[-1])
        above = {lines[k].meta_key for k in shown[max(0, at - gap) : at]}
        # (the author's title and handle may stand between the names and the date: "Jane
        # Doe" / "Political correspondent" / "@janedoe" / "Tuesday 4 June 2024 14:07, UK")
        details = list(itertools.takewhile(lambda k: _byline_detail(lines[k]), shown[end + 1 :]))
        end += len(details)
        below = lines[shown[end + 1]].meta_key if end + 1 < len(shown) else None
        # (one name alone counts right over the date line: "Matthew Yglesias" / "Nov 20, 2024")
        if len(run) < 2 and run[0] not in filed and below != "date":
            continue
        if not ({"title", "date"} & above or below == "date"):
            continue
        every = ", ".join(filed.get(k, lines[k].text.strip()) for k in run)
        for n, k in enumerate(run):
            lines[k].decide(LineKind.METADATA, "author's name", "byline", every if n == 0 else None)
            lines[k].anchor = -1
        for k in details:
            lines[k].decide(LineKind.METADATA, BYLINE_DETAIL)
            lines[k].anchor = -1


#: chrome.yml's label for a correspondent's title or place under the byline ("Political
#: correspondent", "Reporting from Jerusalem").
REPORTER_DETAIL = "reporter's title or location under a byline"
BYLINE_DETAIL = "the author's title or handle under the byline"
_HANDLE = re.compile(r"@[\w.]{2,30}")


def _byline_detail(line: _Line) -> bool:
    """A line under an author's name that names the author's job or social handle."""
    return line.reason.startswith(REPORTER_DETAIL) or bool(_HANDLE.fullmatch(line.text.strip()))


AUTHOR_BIO = "author's box after the article"


@lru_cache(maxsize=1)
def _bio_verb() -> re.Pattern[str]:
    """A verb of words.yml's bio_verbs after the author's name, between spaces."""
    return re.compile(rf"\s+{alternation('bio_verbs')}\s")


def _drop_author_bios(lines: list[_Line]) -> None:
    """The authors' box under the article (NBC News): a name alone on its line, then a sentence
    opening with that name and a verb ("Jennifer Jett" / "Jennifer Jett is the Asia digital
    editor for NBC News, based in Hong Kong."), pair after pair from the last body line up."""
    body = [i for i, ln in enumerate(lines) if ln.kind in BODY_KINDS]
    k = len(body) - 1
    while k >= 1:
        name, bio = lines[body[k - 1]], lines[body[k]]
        who, about = name.text.strip(), bio.text.strip()
        if (
            name.reason == KEPT_BY_EDITOR
            or bio.reason == KEPT_BY_EDITOR
            or _name_patterns()[0].fullmatch(who) is None
            or not about.startswith(who)
            or _bio_verb().match(about, len(who)) is None
        ):
            break
        name.decide(LineKind.CHROME, AUTHOR_BIO)
        bio.decide(LineKind.CHROME, AUTHOR_BIO)
        k -= 2


@lru_cache(maxsize=1)
def _byline_names() -> re.Pattern[str]:
    """What stands between a byline's names (words.yml ``byline_joiners``: ",", "and" ...)."""
    joiners = word_lists()["byline_joiners"]
    words = "|".join(re.escape(j) for j in joiners if j[:1].isalnum())
    marks = "".join(re.escape(j) for j in joiners if not j[:1].isalnum())
    return re.compile(rf"\s*[{marks}]\s*|\s+(?:{words})\s+")


def _drop_repeated_headline(lines: list[_Line], params: dict[str, float]) -> None:
    """The headline printed again between it and the article's first paragraph (a photo's
    alt text: Times of India), or above it right over a photo's credit (Arab News), is no
    article text nor caption. (Further down, a line with the title's
    words is the article's: a wiki's section named like its page.)"""
    at = next((i for i, ln in enumerate(lines) if ln.meta_key == "title"), None)
    if at is None:
        return
    key = line_key(lines[at].text)
    _drop_summary_over_repeated_headline(lines, at, key, params)
    for line in lines[:at]:
        # (the headline atop the page, right over the lead photo's credit, is no caption of
        # it: "Why reforms are bad news" / "Illustration by Jane Doe" / ... / the headline)
        if line.reason == CAPTION_BEFORE_CREDIT and line_key(line.text) == key:
            line.decide(LineKind.CHROME, "repeats the headline")
            line.anchor = -1
    for line in lines[at + 1 :]:
        if line.kind in BODY_KINDS and line.reason != KEPT_BY_EDITOR:
            if line_key(line.text) != key:
                if line.kind is not LineKind.HEADING:
                    return
            else:
                line.decide(LineKind.CHROME, "repeats the headline")


def _drop_summary_over_repeated_headline(
    lines: list[_Line], at: int, key: str, params: dict[str, float]
) -> None:
    """A page that teases its story above the story (Trend: headline, date, the first
    paragraph, then the headline again, the dateline, the byline and the whole article): when
    the headline (line ``at``, line key ``key``; a headline's length, ``heading_max_chars``) is
    printed again further down and every line of text between the two (``summary_max_lines`` at
    most) is printed again after the repeat, those lines and the repeat are no article text."""
    if len(lines[at].text.strip()) > params["heading_max_chars"]:
        return  # (a long line the headline rule took: no headline a page prints twice so)
    # (the repeat: kept, or removed by the scores, never by a phrase)
    candidates = (
        j
        for j in range(at + 1, len(lines))
        if lines[j].kind in BODY_KINDS
        or (lines[j].kind is LineKind.CHROME and not lines[j].explicit)
    )
    repeat = next(
        (j for j in candidates
         if lines[j].reason != KEPT_BY_EDITOR and line_key(lines[j].text) == key),
        None,
    )  # fmt: skip
    if repeat is None:
        return
    between = [
        k for k in range(at + 1, repeat)
        if lines[k].kind in BODY_KINDS and lines[k].kind is not LineKind.HEADING
    ]  # fmt: skip
    later = {line_key(ln.text) for ln in lines[repeat + 1 :] if ln.kind in BODY_KINDS}
    if (
        not between
        or len(between) > params["summary_max_lines"]
        or any(lines[k].reason == KEPT_BY_EDITOR or line_key(lines[k].text) not in later
               for k in between)
    ):  # fmt: skip
        return
    for k in between:  # (decided: no standfirst either, _keep_standfirst)
        lines[k].explicit = True
        lines[k].decide(LineKind.CHROME, "the article's opening, printed above its headline again")
    lines[repeat].decide(LineKind.CHROME, "repeats the headline")


REPEATED_FIGURE = "repeats the photo's caption or credit just above"


def _title_under_control(
    lines: list[_Line], span: tuple[int, int], params: dict[str, float]
) -> None:
    """A section's title printed right under a control inside the article (Substack's
    "Subscribe" button, then "The politics of housing", then its text) was removed with the
    control's neighbours: inside the body stretch, a short title-like line (no sentence end, at
    most ``heading_max_chars``, opening with a capital, no phrase of its own, no teaser's
    headline) between a line removed by a phrase that marks an end (boundary cost above 0: an
    ad, a button) and a paragraph of prose is article text again (then judged as a heading
    like any other line)."""
    first, last = span
    shown = [i for i in range(first, last + 1) if lines[i].kind is not LineKind.BLANK]
    for k in range(1, len(shown) - 1):
        line, above, below = lines[shown[k]], lines[shown[k - 1]], lines[shown[k + 1]]
        text = line.text.strip()
        if (
            line.kind is LineKind.CHROME
            and not line.explicit
            and not line.reason.startswith(TEASER)
            and above.kind is LineKind.CHROME
            and above.explicit
            and above.boundary > 0  # (a phrase's control: no photo's credit of a teaser card)
            and below.kind is LineKind.PARAGRAPH
            and ends_sentence(below.text.strip())
            and text[:1].isupper()
            and not ends_sentence(text)
            and len(text) <= params["heading_max_chars"]
            and len(find_words(text)) >= 2
        ):
            line.decide(LineKind.PARAGRAPH, "a title under a control inside the article")


def without_counter(text: str, rules: Rules) -> str:
    """``text`` without a gallery's counter at its start ("Item 1 of 2 ", "[1/2]")."""
    for counter in rules.gallery_counters:
        if found := counter.match(text):
            return text[found.end() :]
    return text


def _extension(above: _Line, line: _Line, rules: Rules) -> tuple[str, str] | None:
    """``(first, again)``, the two lines without their counters, when ``line`` opens with the
    whole of the line ``above`` and goes on (a line printed again with something run on: its
    credit, the page's controls); else None. (The same line twice is none: a wiki's
    references may cite one book twice.)"""
    first = without_counter(above.text.strip(), rules)
    again = without_counter(line.text.strip(), rules)
    return (first, again) if len(again) > len(first) and again.startswith(first) else None


CAPTION_PRINTED_AGAIN = "photo caption, printed again below with its credit"
CREDIT_PRINTED_AGAIN = "the caption above again, with its credit"
_PRINTED_AGAIN = (CAPTION_PRINTED_AGAIN, CREDIT_PRINTED_AGAIN)
CAPTION_COPIES = "photo caption ending in its credit, printed again below"
#: The lead photo's figures found before the scores: kept however long the header under them.
_LEAD_PHOTO = (*_PRINTED_AGAIN, CAPTION_COPIES)
_NAME_WORDS = re.compile(r"(?:[A-Z][\w.'’&-]*|via|for|of|the|and|de|van|von|al)")


def _credit_like(text: str, rules: Rules) -> bool:
    """Whether ``text`` (what a repeated line adds) is a photo credit: a credit shape, or a
    photographer's and an agency's names alone ("dpa via AP Kay Nietfeld", "Mikhail
    Metzel/TASS"): two to eight words, most capitalised, no sentence in them."""
    if match_credit(text, rules):
        return True
    words = [w for w in re.split(r"[\s/|,]+", text.strip()) if w]
    return (
        2 <= len(words) <= 8
        and not ends_sentence(text.strip())
        and all(_NAME_WORDS.fullmatch(w) for w in words)
        and sum(w[:1].isupper() for w in words) >= 2
    )


def _mark_captions_printed_again(
    lines: list[_Line], rules: Rules, corrections: Corrections
) -> None:
    """AP's pages and the papers printing its stories (McClatchy's) give the lead photo's
    caption, then the same caption with its credit run on ("... in Berlin, Monday, Jan. 8,
    2018." / "... in Berlin, Monday, Jan. 8, 2018. dpa via AP Kay Nietfeld"; the Hindustan
    Times: "The post prompted ... reactions." / "The post prompted ... reactions.
    (Facebook/@richmondpolicecali)"): a line printed again right under itself with a credit
    added (``repeat_prose_chars`` or longer, counters aside, and names added,
    ``_credit_like``; or any line and a credit ``split_credit_tail`` finds) is a figure,
    decided before the scores: the line its caption, the repeat its credit. It is no article
    text, so the article's start and headline are found below it."""
    shown = [ln for ln in lines if ln.text.strip()]
    for above, line in pairwise(shown):
        if above.text.strip()[-20:] not in line.text:
            continue  # (most pairs: no repeat at all)
        if (
            above.explicit
            or {above.text.strip(), line.text.strip()} & (corrections.keep | corrections.drop)
            or (extended := _extension(above, line, rules)) is None
        ):
            continue
        first, again = extended
        tail = again[len(first) :].strip()
        added: str | None = None
        if (split := split_credit_tail(again, rules)) is not None and split[0] == first:
            added = split[1]  # (any caption with its credit run on)
        elif len(first) >= rules.params["repeat_prose_chars"] and _credit_like(tail, rules):
            added = tail  # (a long line with names added)
        if added is not None:
            above.explicit = line.explicit = True
            above.decide(LineKind.FIGURE_CAPTION, CAPTION_PRINTED_AGAIN)
            line.decide(LineKind.FIGURE_CREDIT, CREDIT_PRINTED_AGAIN, None, added)


def _mark_credited_caption_copies(
    lines: list[_Line], rules: Rules, corrections: Corrections
) -> None:
    """The National prints its lead photo's caption, its credit run on, up to four times over
    one under the other above the headline ("... in Oman. Photo: Subas Humagain for The
    National", four times: a picture's sources each give their alt text): a line a credit
    tail ends (``split_credit_tail``) printed again right under itself is that figure, decided
    before the scores: the first copy its caption and credit, the others chrome. (Else the
    copies are taken for a headline printed twice, and the real one for a standfirst.)"""
    shown = [ln for ln in lines if ln.text.strip()]
    k = 0
    while k < len(shown):
        first, key = shown[k], " ".join(shown[k].text.split())
        end = k + 1
        while end < len(shown) and " ".join(shown[end].text.split()) == key:
            end += 1
        copies, k = shown[k:end], end
        if (
            len(copies) < 2
            or any(ln.explicit for ln in copies)
            or key in corrections.keep | corrections.drop
            or (split := split_credit_tail(key, rules)) is None
        ):
            continue
        for line in copies:
            line.explicit = True
            line.decide(LineKind.CHROME, REPEATED_FIGURE)
        first.decide(LineKind.FIGURE_CAPTION, CAPTION_COPIES, None, split[0])


PLACEHOLDER = "an image's placeholder text, printed over and over"
#: A line that is one short phrase printed two times or more, run together ("News imageNews
#: imageNews image"): group ``unit`` the phrase.
_RUN_TOGETHER = re.compile(r"(?P<unit>\S.{2,30}?)(?P=unit)+")


def _mark_placeholders(lines: list[_Line], params: dict[str, float]) -> None:
    """Pages laid out with spacer images (the BBC's of 1998-2002) print an image's alt text,
    "News image", dozens of times between and around the article's lines, runs of it glued
    together ("News imageNews imageNews image"): a phrase of two words or more that a line
    repeats run together, and every line that is that phrase, are chrome when the page prints
    it ``placeholder_min_lines`` times or more (decided before the scores: not a headline, not
    a heading over each paragraph)."""
    glued: dict[int, str] = {}  # line index -> the phrase it repeats run together
    for i, line in enumerate(lines):
        found = _RUN_TOGETHER.fullmatch(line.text.strip())
        if found is not None and len(find_words(found["unit"])) >= 2:
            glued[i] = " ".join(found["unit"].split()).lower()
    if not glued:
        return
    units = set(glued.values())
    marked = [
        line
        for i, line in enumerate(lines)
        if not line.explicit and (i in glued or " ".join(line.text.split()).lower() in units)
    ]
    if len(marked) < params["placeholder_min_lines"]:
        return
    for line in marked:
        line.explicit, line.cls = True, _BAD
        line.decide(LineKind.CHROME, PLACEHOLDER)


CAPTION_PRINTED_TWICE = "photo caption, printed twice"


def _gallery_control(shown: list[_Line], k: int, rules: Rules) -> bool:
    """Whether line ``k`` of ``shown`` is a gallery's control: its slide counter ("1 of 2") or
    an image viewer's button ("Click to view next image"; inline controls)."""
    line = shown[k] if k < len(shown) else None
    return (
        line is not None
        and line.kind is LineKind.CHROME
        and (line.reason in rules.caption_follows or "inline" in line.flags)
    )


def _mark_captions_printed_twice(lines: list[_Line], rules: Rules) -> None:
    """The Daily Mail prints each photo's caption twice, one line under the other, between two
    paragraphs ("Getty Images has come under fire for sharing a gallery of the 'hottest' 2018
    World Cup fans", twice): inside the article, below its first line, a line of no sentence
    (opening with a capital, at least ``caption_twice_min_words`` words, at most
    ``caption_max_chars``) printed again right under itself, exactly twice, is a caption, and
    the second copy chrome (also a sentence, also the first line, when it holds a caption's
    words, chrome.yml ``caption_cues``: "... said. (file photo)"); so is a sentence so printed
    over a gallery's arrows or counter
    (CNN's pages of the 2000s: the caption twice, "Click to view previous image", "1 of 2").
    (The headline printed twice above the article is ``_drop_repeated_headline``'s; the same
    sentence twice is left otherwise: a wiki's references may cite one book twice.)"""
    params = rules.params
    shown = [ln for ln in lines if ln.kind is not LineKind.BLANK]
    body = [k for k, ln in enumerate(shown) if ln.kind in (LineKind.PARAGRAPH, LineKind.QUOTE)]
    if not body:
        return

    def same(a: _Line, b: _Line) -> bool:
        return " ".join(a.text.split()) == " ".join(b.text.split())

    # (the lines the page keeps, read past removed ones: stripping the kept text again finds
    # the pair next to each other)
    kept = [k for k, ln in enumerate(shown) if ln.kind is not LineKind.CHROME]
    for q in range(len(kept) - 1):
        k = kept[q]
        if k < body[0]:
            continue
        above, line = shown[k], shown[kept[q + 1]]
        text = above.text.strip()
        # (a caption's own words, "(file photo)": also a sentence, also the article's first
        # line, the lead photo's caption printed twice above it, RFE/RL)
        cue = any(p.search(text) for p in rules.caption_cues)
        if k == body[0] and not cue:
            continue
        if (
            # (exactly twice: a line three times over is no caption's pair)
            not (q + 2 < len(kept) and same(line, shown[kept[q + 2]]))
            and (q == 0 or not same(shown[kept[q - 1]], above))
            and above.kind in (LineKind.PARAGRAPH, LineKind.HEADING)
            and line.kind in (LineKind.PARAGRAPH, LineKind.HEADING)
            and KEPT_BY_EDITOR not in (above.reason, line.reason)
            and same(above, line)
            and text[:1].isupper()
            and (not ends_sentence(text) or cue or _gallery_control(shown, kept[q + 1] + 1, rules))
            and len(text) <= params["caption_max_chars"]
            and len(find_words(text)) >= params["caption_twice_min_words"]
        ):
            above.decide(LineKind.FIGURE_CAPTION, CAPTION_PRINTED_TWICE)
            line.decide(LineKind.CHROME, REPEATED_FIGURE)
            # (a sentence so taken is no headline printed twice either)
            above.explicit = line.explicit = above.explicit or line.explicit or cue


def _drop_extended_repeats(lines: list[_Line], rules: Rules) -> None:
    """A line printed again right under itself with the page's controls run on (Reuters'
    gallery: "Item 1 of 2 Flags fly in Brussels. REUTERS/Yves Herman" then "[1/2]Flags fly in
    Brussels. REUTERS/Yves Herman Purchase Licensing Rights, opens new tab"): a body line that,
    counters aside, opens with the whole of the body line above (``repeat_prose_chars`` or
    more) and goes on is that line again (``_mark_captions_printed_again``: unless what it adds
    is a photo credit)."""
    shown = [ln for ln in lines if ln.kind is not LineKind.BLANK]
    for above, line in pairwise(shown):
        if (
            above.kind in BODY_KINDS
            and line.kind in BODY_KINDS
            and line.reason != KEPT_BY_EDITOR
            and (extended := _extension(above, line, rules)) is not None
            and len(extended[0]) >= rules.params["repeat_prose_chars"]
        ):
            line.decide(LineKind.CHROME, "repeats the line above, with page controls")


def _drop_repeated_figures(lines: list[_Line]) -> None:
    """Pages with a "hide caption / toggle caption" button print a photo's caption and credit
    two or three times (NPR). A line repeating a caption or credit of the figures just above,
    with no article text between, is the same figure printed again: a caption or paragraph
    with the same words, or a credit with no new caption of its own (a gallery's photos each
    credited "Getty Images" keep their credits: each has its own caption)."""
    recent: set[str] = set()  # keys of the figure parts above, since the last article text
    for i, line in enumerate(lines):
        kind = line.kind
        if kind in (None, LineKind.BLANK, LineKind.CHROME, LineKind.METADATA):
            continue
        if line.reason == KEPT_BY_EDITOR:
            recent = set()
            continue
        key = line_key(line.text)
        if key in recent and (
            kind is not LineKind.FIGURE_CREDIT
            or not any(  # (a part above was judged already; one below is new if unseen)
                other.anchor == i and (k < i or line_key(other.text) not in recent)
                for k, other in enumerate(lines)
                if other.kind in FIGURE_KINDS and k != i
            )
        ):
            line.decide(LineKind.CHROME, REPEATED_FIGURE)
        elif kind in FIGURE_KINDS:
            recent.add(key)
        else:
            recent = set()


def _caption_below(lines: list[_Line], i: int, params: dict[str, float]) -> None:
    k = next((k for k in range(i + 1, len(lines)) if lines[k].kind is not LineKind.BLANK), -1)
    if k < 0 or lines[k].kind is not None:
        return
    text = lines[k].text
    after = next((ln for ln in lines[k + 1 :] if ln.kind is not LineKind.BLANK), None)
    if (
        _is_caption_like(text, params)
        and len(find_words(text)) >= params["caption_after_credit_min_words"]
        # (a line printed twice over is no caption printed once under its photo; read as one,
        # its repeat would go, and stripping the kept text again would find the pair apart)
        and (after is None or " ".join(after.text.split()) != " ".join(text.split()))
    ):
        lines[k].decide(LineKind.FIGURE_CAPTION, CAPTION_AFTER_CREDIT)
        lines[k].anchor = i


def _caption_above(
    lines: list[_Line], i: int, script: str, params: dict[str, float], first_prose: int
) -> bool:
    """Takes the caption and the original (another script) right above credit ``i``; whether
    it took any."""
    j, seen, have_caption, have_original = i - 1, 0, False, False
    # (a labelled credit with its caption under it, the BBC's "Image source, Reuters" /
    # "Image caption, ...", takes none from above)
    under = next((ln for ln in lines[i + 1 :] if ln.kind is not LineKind.BLANK), None)
    labelled = credit_prefix(lines[i].text) is not None and not (
        under is not None
        and (
            under.kind is LineKind.FIGURE_CAPTION
            or (under.kind is None and _is_caption_like(under.text, params))
        )
    )
    while j >= 0 and seen < 2:
        cand = lines[j]
        if cand.kind is LineKind.BLANK:
            j -= 1
            continue
        if cand.kind is not None and cand.kind is not LineKind.FIGURE_CAPTION:
            break
        text = cand.text
        if not have_original and _in_other_script(text, script):
            cand.decide(
                LineKind.FIGURE_ORIGINAL, "alt text in another language, before a photo credit"
            )
            have_original = True
        elif not have_caption and (
            cand.kind is LineKind.FIGURE_CAPTION
            or _is_caption_like(text, params)
            # a short sentence the scores would drop ("The app also scans QR codes."):
            # the photo's caption, not page chrome (article text is never taken)
            or (
                cand.cls == _BAD
                and len(text.strip()) <= params["caption_sentence_max_chars"]
                and BARE_INNER_END.search(text) is None
                and bool(find_words(text))
            )
            # a sentence printed as one block with the credit under it, a blank line or
            # chrome on both sides (NPR, CNN, The Verge: "Schumer speaks to reporters on
            # Thursday." / "Kevin Dietsch/Getty Images")
            or (j == i - 1 and _caption_block(lines, j, i, params, first_prose))
            # a sentence over a credit that opens with its label, blank lines between
            # ("Residents wade through floodwaters on Sunday." / "" / "Photo credit: Name |
            # Nation Media Group", Nation): the label says a photo stands there
            or (j < i - 1 and labelled and _labelled_caption(lines, j, params))
        ):
            reason = cand.reason if cand.kind is LineKind.FIGURE_CAPTION else ""
            cand.decide(LineKind.FIGURE_CAPTION, reason or CAPTION_BEFORE_CREDIT)
            have_caption = True
        else:
            break
        cand.anchor = i
        seen += 1
        j -= 1
    return seen > 0


#: A list item's bullet at a line's start.
_BULLET = re.compile(r"[•·▪▫◦‣●○■□►▶➤✓✔]|[-*–]\s")


def _is_heading(
    lines: list[_Line],
    i: int,
    rules: Rules,
    prev_i: int,
    next_i: int,
    over_heading: bool = False,
    contents: _Contents | None = None,
) -> bool:
    """A kept line that reads as a section heading: a question or a short unpunctuated line,
    followed by body text (not by a credit, which would make it a caption). A line in brackets
    is an editor's insert ("[Read: Why Tunisia ...]"), no heading. ``over_heading``: followed
    by a heading instead (a part's title over its first chapter's: "Part Two: The End" /
    "The Holy World" / text). ``contents``: the page's own table of contents; none of its
    entries is a heading, and when the page repeats most of them as lines, neither is a line
    after it that no entry names."""
    params = rules.params
    text = lines[i].text.strip()
    if len(text) > params["heading_max_chars"]:
        return False
    if contents is not None and (
        contents.label < i < contents.end
        or (contents.complete and i >= contents.end and contents_key(text) not in contents.entries)
    ):
        return False
    if is_quote_like(text) and not is_quoted_heading(text, params["quoted_heading_max_words"]):
        return False
    if text.startswith(("[", "(")) and text.endswith(("]", ")")):
        return False
    if _BULLET.match(text):
        return False  # a list's item ("• The agency removed the collection"), no title
    if split_credit_tail(text, rules) is not None or _ends_in_credit(text, rules):
        return False  # a photo's caption with its credit
    if any(cue.search(text) for cue in rules.caption_cues):
        return False  # a photo's caption without its credit ("John Tinniswood, pictured on ...")
    if ends_sentence(text) and not text.endswith("?"):
        return False
    words = find_words(text)
    if text.endswith((":", ",", ";", "—", "–", "-")) or not words:
        return False  # (a line ending in a dash breaks off mid-sentence)
    opening = _FIRST_WORD.match(text)
    if opening is not None and opening.group().islower() and opening.start() == 0:
        return False  # a link's words or a sentence's tail ("whale strandings"), not a title
    commas = _PARENTHESES.sub("", text).count(",")
    if (
        commas > 2  # a list of names, a wrapped sentence
        or _NOT_A_SECTION_HEADING.search(text)
        or (_CODE_MARKS.search(text) and not text.endswith("?"))  # (a question is no code)
        # two sentences: a comment, a caption (not "Great! How does it work?")
        or (BARE_INNER_END.search(text) and len(words) > 6)
        # a long clause with a comma, in sentence case: a photo caption or a list item ("Hori
        # Parata at his farm, the place where he was born and grew up"), unless a question
        or (
            commas
            and len(words) > params["heading_comma_max_words"]
            and not text.endswith("?")
            and not _in_title_case(words)
        )
    ):
        return False
    touching = prev_i >= 0 and all(ln.kind is not LineKind.BLANK for ln in lines[prev_i + 1 : i])
    if touching and lines[prev_i].kind is LineKind.HEADING:
        return False  # a line right under a heading is its photo's caption ("Mozilla Reps logo")
    nxt = lines[next_i] if next_i >= 0 else None
    if over_heading:
        if nxt is None or nxt.kind is not LineKind.HEADING or not text[0].isalpha():
            return False  # (nor a figure or a count over it: "7.7 MB 52")
        if text_length(text) > params["heading_over_max_chars"]:
            return False  # (a part's title is short; a longer line is a sentence unpunctuated)
        if _list_item(lines, prev_i, params) and not lines[prev_i].text.rstrip().endswith(":"):
            return False  # the last of a run of captions or items, a blank line apart
    else:
        if nxt is None or nxt.kind not in (LineKind.PARAGRAPH, LineKind.QUOTE):
            return False
        nxt_text = nxt.text.strip()
        if len(nxt_text) < params["heading_next_min_chars"] and not ends_sentence(nxt_text):
            return False
        if nxt_text.endswith("?") and text.endswith("?") and next_i == i + 1:
            return False  # the first of a list of questions, one a line
        first_word = _FIRST_WORD.match(nxt_text)
        if first_word is not None and first_word.group().islower():
            return False  # a hard-wrapped sentence going on ("... a Request created / with mode")
    # a short unpunctuated line right above (no blank between) makes a list, not a heading
    # after it (even one: a photo's caption, "Step 2"); but code is no list item, "});", nor
    # is a line of a sentence's length, "Neil has patches up to improve the tab unloader"
    return not (touching and _list_item(lines, prev_i, params))


@dataclass(frozen=True)
class _Contents:
    """A table of contents printed in the page: the index of its label, the index after its
    last entry, its entries' keys (:func:`contents_key`), and whether later lines repeat most
    of them (``contents_share``: then the page's headings are those it names)."""

    label: int
    end: int
    keys: tuple[str, ...]
    """The entries' keys in order (an entry listed twice, twice)."""
    entries: frozenset[str]
    complete: bool


_ENTRY_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]+\.)\s+"
)  # "1", "1.2", "2.", "IV."
_ENTRY_PAGE = re.compile(r"\s*(?:\.{2,}|…+)\s*\d*$")  # dot leaders, then a page number
_ENTRY_MARK = re.compile(r"\s*\[[^\[\]]{1,40}\]$")  # a wiki's edit mark after its heading


def contents_key(text: str) -> str:
    """The key a table of contents' entry and the heading it names share: without the section's
    number, the dot leaders to a page number or an edit mark ("1.2 Early years", "2. Early
    years.......3", "Early years[edit]" -> "early years")."""
    text = _ENTRY_PAGE.sub("", _ENTRY_NUMBER.sub("", text.strip()))
    return line_key(_ENTRY_MARK.sub("", text))


def _find_contents(lines: list[_Line], rules: Rules) -> _Contents | None:
    """The first table of contents under a label (chrome.yml ``contents_labels``) whose entries
    recur as later lines, at least ``contents_min_found`` of them. Its entries are the short
    lines right under the label (a blank line may come first), up to a blank line, a line of
    text, ``contents_max_entries`` of them, or the first entry again (the first heading right
    under the table: "1 History" ... "9 References" / "History")."""
    params = rules.params
    for i, label in enumerate(lines):
        if not rules.contents_labels or line_key(label.text) not in rules.contents_labels:
            continue
        keys: list[str] = []
        j = i + 1
        while j < len(lines) and len(keys) < params["contents_max_entries"]:
            text = lines[j].text.strip()
            if not text and not keys:
                j += 1
                continue
            key = contents_key(text)
            if (
                not key
                or text_length(text) > params["heading_max_chars"]
                or (ends_sentence(key) and not key.endswith("?"))
                or not find_words(key)
                or (keys and key == keys[0])
            ):
                break
            keys.append(key)
            j += 1
        entries = frozenset(keys)
        found = {
            key
            for line in lines[j:]
            if text_length(line.text) <= params["heading_max_chars"]
            and (key := contents_key(line.text)) in entries
        }
        if len(found) >= params["contents_min_found"]:
            complete = len(found) >= params["contents_share"] * len(entries)
            return _Contents(i, j, tuple(keys), entries, complete)
    return None


def _head_contents_entries(
    lines: list[_Line], contents: _Contents, span: tuple[int, int], params: dict[str, float]
) -> None:
    """The first lines after a table of contents that its entries name (an entry listed twice,
    the first two: "Setting up") are the article's section headings: kept text, and lines of
    the body stretch ``span`` (or right above its first line: its heading) removed as menu
    lines or by a phrase ("Etymology", "See also"; not an editor's drop nor an inline control).
    A later line of the same words is none ("Firefox" in a box of links under the article), nor
    is a menu's link outside the stretch. A kept label over the table is a heading too (its
    entries are that section's text)."""
    label = lines[contents.label]
    if label.kind is LineKind.PARAGRAPH and label.reason != KEPT_BY_EDITOR:
        label.decide(LineKind.HEADING, "label of the page's table of contents")
    top, last = span[0] - 1, span[1]
    while top >= 0 and (lines[top].kind is LineKind.BLANK or "inline" in lines[top].flags):
        top -= 1  # (the line right above the stretch's first line, past blanks and controls)
    left = Counter(contents.keys)
    for i in range(contents.end, len(lines)):
        line = lines[i]
        if text_length(line.text) > params["heading_max_chars"]:
            continue
        key = contents_key(line.text)
        if not left[key]:
            continue
        removed = line.kind is LineKind.CHROME
        if removed and not (
            top <= i <= last and line.reason != DROPPED_BY_EDITOR and "inline" not in line.flags
        ):
            continue  # (a menu's link of the same words: the heading may come later)
        left[key] -= 1
        if removed or (
            line.kind in (LineKind.PARAGRAPH, LineKind.QUOTE) and line.reason != KEPT_BY_EDITOR
        ):
            line.decide(LineKind.HEADING, "section named by the page's table of contents")


def _list_item(lines: list[_Line], i: int, params: dict[str, float]) -> bool:
    """Line ``i`` is kept text that reads as a list item: a few words, no sentence end, no code;
    or a short question right next to another (a list of questions: "Is this a planned
    purchase?" / "Where am I going to put it?"; a question over a subheading is a heading)."""
    if i < 0 or lines[i].kind is not LineKind.PARAGRAPH:
        return False
    text = lines[i].text.strip()
    if not text.endswith("?"):
        return _item_text(text, params)
    return _item_text(text[:-1], params) and any(
        (near := lines[j].text.strip()).endswith("?") and _item_text(near[:-1], params)
        for j in (i - 1, i + 1)
        if 0 <= j < len(lines)
    )


def _item_text(text: str, params: dict[str, float]) -> bool:
    return (
        bool(text)
        and len(find_words(text)) <= params["heading_list_max_words"]
        and not ends_sentence(text)
        and not _CODE_MARKS.search(text)
    )


#: Marks of a line that is no section heading: a shell prompt ("$ hg push"), a reference of a
#: copied encyclopedia page ("^ Bailey, Keith. ..."), a row of links, an arrow of a
#: previous/next link, a table's row of cells copied with tabs between them ("Website\t
#: mozilla.org"); and of code ("fetch(url).then(function(res) {", "Content-Type:
#: text/html; charset=UTF-8").
_NOT_A_SECTION_HEADING = re.compile(r"[|←→]|^\$\s|^\^|\S\t+\S")
_CODE_MARKS = re.compile(r"[{};`]|\w=\w")
_PARENTHESES = re.compile(r"\([^()]*\)")


def _in_title_case(words: Sequence[str]) -> bool:
    """Most words of four letters or more capitalised ("See How Much Money You Spent")."""
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


_FIRST_WORD = re.compile(r"\w+")  # ("iPhone" and "eBay" open sentences: not all lower case)


# "‘Unprecedented’ strandings", "‘We need to listen’": a section heading may be a short quoted
# phrase, alone or with words after it. The quote closes on the line; no clause or sentence ends
# inside it (a question aside), and after it comes neither a sentence ("“It is over,” she said"
# is a quote) nor a source after a dash ("“Document found on street” — CBC.ca, 2008").
_QUOTED_HEADING = re.compile(r"[\"“‘'«„]([^\"“”‘’'«»„]+)[\"”’'»“]([^\"“”‘’'«»„]*)")
_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_CLAUSE_END = re.compile(r"[.,;:!…]$|[.!?…]\s")


def is_quoted_heading(text: str, max_words: float = 10) -> bool:
    match = _QUOTED_HEADING.fullmatch(_WORD_APOSTROPHE.sub("_", text.strip()))
    if match is None:
        return False
    inside, after = match.group(1).strip(), match.group(2).strip()
    return (
        0 < len(find_words(inside)) <= max_words
        and _CLAUSE_END.search(inside) is None
        and not after.startswith(("—", "–", "-"))
        and not ends_sentence(after)
        and not after.endswith((":", ",", ";"))
    )


# "'What is the sea telling us?': Maori tribes fearful ...": a headline may open with a quote
# when its own words follow the quote.
_QUOTE_THEN_TITLE = re.compile(r"[\"“«„‘'][^\"“”«»„‘’']{3,}[\"”»“’']\s*:\s*\w")


_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}$")  # "... Underneath N.Y.C.", "... the U.S."
# "'Neutral' Snopes Fact-Checker ...", "‘Star Wars’ Original Cuts ...": a headline may open with a
# quoted term (a few words, no clause inside) its own words follow (not an attribution dash).
_QUOTED_TERM_THEN_TITLE = re.compile(
    r"[\"“«„‘']([^\"“”«»„‘’'.,;:!?]{1,40})[\"”»“’']\s+[^\W\d_]", re.UNICODE
)
# "'We will not surrender,' Zelensky tells parliament as strikes hit Kyiv": a quoted clause (its
# comma, question or exclamation inside the quotes) then four words or more, a headline's report
# of speech (not a pull quote's short attribution: "'...' parliament said")
_QUOTED_CLAUSE_THEN_TITLE = re.compile(r"[\"“«„‘'].{3,150}?[,?!][\"”»’']\s+(?:\S+\s+){3,}\S")
# a question, or an exclamation, may close a headline, inside its closing quotes ("... Trump
# Supporters?'", "This API is so Fetching!"), not an ellipsis nor a full stop
_QUESTION_END = re.compile(r"[?!]+[\"'”’»)]*$")
# a row of tab-separated cells ("Weekly edition\tKernel\tSecurity\tDistributions"): a menu or a
# table row copied from a page, never a title
_CELL_ROW = re.compile(r"[^\t]+(?:\t+[^\t]+){2,}")


def _opens_lowercase(text: str) -> bool:
    """A line whose first word is all lower case ("in Featured Article ...", "titles in native
    4K than Sony's") continues something above it (a tag strip, a wrapped sentence): a headline
    opens with a capital in a script that has them (a brand's "iPhone", "eBay" keeps one)."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return first[:1].islower() and first == first.lower()


def _quote_opens_title(text: str) -> bool:
    """A line opening with a quote is a headline's when its own words follow the quote (after a
    colon, after a quoted term of at most four words, or four words or more after a quoted
    clause ending in its comma), not a quotation with its speaker."""
    if _QUOTE_THEN_TITLE.match(text) is not None or _QUOTED_CLAUSE_THEN_TITLE.match(text):
        return True
    match = _QUOTED_TERM_THEN_TITLE.match(text)
    return match is not None and len(match.group(1).split()) <= 4


def _is_headline_like(text: str, params: dict[str, float]) -> bool:
    t = text.strip()
    words = find_words(t)
    # (CJK text: a character carries about a word and words are not spaced, so its length and
    # its word count are its Latin-equivalent length and its CJK characters)
    length = text_length(t)
    cjk = (length - len(t)) // 2
    return (
        params["headline_min_chars"] <= length <= params["headline_max_chars"]
        and (cjk >= 3 or (len(words) >= 3 and len(t.split()) >= 3))
        and (
            not ends_sentence(t)
            or _QUESTION_END.search(t) is not None
            or _INITIALS_END.search(t) is not None
        )
        and not t.endswith((":", ","))
        and (not is_quote_like(t) or _quote_opens_title(t))
        and not _opens_lowercase(t)
        and _CELL_ROW.fullmatch(t) is None
    )


_POSSESSIVE = re.compile(r"['’]s$")


def _content_words(text: str, stopwords: frozenset[str]) -> set[str]:
    """The words of ``text`` that carry its subject, crudely stemmed: lower case, four letters
    or more, or a shorter name ("Xi", "Li", "Kim": a capital, then lower case), no stop words
    (CJK text: every run of two characters, as words are not spaced)."""
    found = find_words(text)
    words = {w.lower() for w in found}
    # (a crude stem, the first five letters without a plural "s": "builds" meets "build")
    out = {
        (w[:-1] if w.endswith("s") else w)[:5] for w in words if len(w) >= 4 and w not in stopwords
    }
    names = (_POSSESSIVE.sub("", w) for w in found)  # ("Xi's")
    out |= {
        w.lower()
        for w in names
        if 2 <= len(w) < 4 and w[0].isupper() and w[1:].islower() and w.lower() not in stopwords
    }
    if text_length(text) > len(text):  # CJK characters
        out |= {w[k : k + 2] for w in words for k in range(len(w) - 1) if len(w) > 1}
    return out


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _not_a_headline(text: str, rules: Rules) -> bool:
    """A byline or a date stamp ("Dan Goodin - Apr 16, 2015 8:02 pm UTC"), a caption ending in
    its credit, or a line opening with a chrome phrase run together with more ("Skip to
    contentSkip to site index", "Continue reading the main story Share This Page"); not a
    document's headline dated after a dash (``_dated_title``)."""
    if _dated_title(text, rules):
        return False
    if match_metadata(text, rules) is not None or any(
        p.search(text) for p in rules.headline_rejects
    ):
        return True
    if _ends_in_credit(text, rules):
        return True  # a photo caption ending in its credit: "... (Thomas Coex/AFP/Getty Images)"
    words = _GLUED.sub(" ", text).split()  # ("contentSkip": link texts copied without a space)
    return any(
        find_phrase(" ".join(words[:k]), rules, exact_only=True) is not None
        for k in range(2, min(len(words), 6) + 1)  # (not one word: "Live: …", "Video: …")
    )


def _dated_title(text: str, rules: Rules) -> bool:
    """A document's headline with its date after a dash (chrome.yml ``dated_titles``:
    "Department Press Briefing – October 11, 2022", "Joint Statement - 5 May 2023")."""
    return any(p.match(text) for p in rules.dated_titles)


#: At most this many words of a page control before a headline printed again ("Share on X").
_CONTROL_PREFIX_WORDS = 3


def _count_control_copies(lines: list[_Line], copies: Counter[str], rules: Rules) -> Counter[str]:
    """``copies`` with the headline printed again behind a page control counted too: a share
    box labels its buttons with the headline ("Share The 21 best movies of 2017" under "The 21
    best movies of 2017"), so the bare line is the one printed twice, and the headline."""
    counted = copies
    for line in lines:
        words = line.text.split()
        for k in range(1, min(len(words) - 1, _CONTROL_PREFIX_WORDS) + 1):
            key = line_key(" ".join(words[k:]))
            if copies[key] and find_phrase(" ".join(words[:k]), rules, exact_only=True):
                if counted is copies:
                    counted = Counter(copies)
                counted[key] += 1
                break
    return counted


def _title_above_tagline(
    lines: list[_Line], rules: Rules, subject: set[str], stopwords: frozenset[str]
) -> _Line | None:
    """A wiki prints a tagline right under its page's title ("Mozilla" / "From Wikipedia, the
    free encyclopedia", chrome.yml ``title_taglines``): the line above the first tagline is the
    title, when it reads as one (no sentence, no page control, no byline or date stamp) and
    shares a word with the article's first paragraphs (``subject``; not a menu's "Tools")."""
    if not rules.title_taglines:
        return None
    above: _Line | None = None
    for line in lines:
        if line.kind is LineKind.BLANK:
            continue
        if line_key(line.text) in rules.title_taglines:
            if above is None or above.explicit or above.kind is LineKind.METADATA:
                return None
            text = above.text.strip()
            if (
                len(text) > rules.params["headline_max_chars"]
                or ends_sentence(text)
                or not find_words(text)
                or _not_a_headline(text, rules)
                or not _content_words(text, stopwords) & subject
            ):
                return None
            return above
        above = line
    return None


def _headline_above_standfirst(
    best: _Line | None, read: list[tuple[_Line, tuple[int, int, int] | None]], min_words: float
) -> _Line | None:
    """A standfirst sits right under its headline and is longer: when the line right above the
    best candidate (``read``: the lines read upwards from the body, lines of a phrase list
    passed over, with their rank when they are candidates) is a shorter candidate as plain as
    it (or a question after a statement), of ``min_words`` words or more (not a section label),
    that one is the headline (and so on upwards: "headline / standfirst / caption")."""
    at = next((i for i, (line, _) in enumerate(read) if line is best), None)
    if best is None or at is None:
        return best
    rank = read[at][1]
    while rank is not None and at + 1 < len(read):
        above = read[at + 1][1]
        line_above = read[at + 1][0].text.strip()
        if (
            above is None
            # (a question may follow a statement in a headline: "Ukraine is running out of
            # soldiers. Can a new recruitment drive help?")
            or (above[:2] < rank[:2] and not (above[0] >= rank[0] and line_above.endswith("?")))
            or above[2] >= rank[2]
            or len(find_words(read[at + 1][0].text)) < min_words
        ):
            break
        at, rank = at + 1, above
    return read[at][0]


def _distant_headline(
    lines: list[_Line], rules: Rules, stopwords: frozenset[str], subject: set[str]
) -> _Line | None:
    """When no line near the body is the headline, the nearest title-like line further up
    sharing ``headline_far_shared`` subject words with the article's first paragraphs (a page
    printing a tag list, a share bar and an editor's toolbar between its headline and its
    body). Only title-like lines count against ``headline_window`` here: the rows of tags and
    buttons in between do not."""
    params, seen = rules.params, 0
    for line in reversed(lines):
        if line.kind is LineKind.BLANK or line.explicit:
            continue
        text = line.text.strip()
        if not _is_headline_like(text, params):
            continue
        seen += 1
        if seen > params["headline_window"]:
            break
        if line.kind not in (LineKind.CHROME, LineKind.HEADING) or _not_a_headline(text, rules):
            continue
        if len(_content_words(text, stopwords) & subject) >= params["headline_far_shared"]:
            return line
    return None


def _headline_over_date(lines: list[_Line], rules: Rules) -> _Line | None:
    """When no line shares subject words with the article's opening (a briefing's questions
    under "Spokesperson Hua Chunying's Regular Press Conference on July 24, 2019"), the
    title-like line of ``headline_over_date_words`` words or more right above the page's date
    line, only blank lines between them."""
    params = rules.params
    above: _Line | None = None
    for line in lines:
        if line.kind is LineKind.BLANK:
            continue
        if line.meta_key == "date":
            break
        above = line
    else:
        return None
    if above is None or above.explicit or above.kind not in (LineKind.CHROME, LineKind.HEADING):
        return None
    text = above.text.strip()
    if (
        len(find_words(text)) < params["headline_over_date_words"]
        or not _is_headline_like(text, params)
        or _not_a_headline(text, rules)
    ):
        return None
    return above


def _continued_below(line: _Line, rules: Rules) -> bool:
    """The line under a candidate opens in lower case, and is no byline or date stamp ("by
    Jane Doe", "on March 10, 2015"): the candidate's sentence goes on there (text wrapped into
    short lines), so it is no headline."""
    text = line.text.strip()
    return not line.explicit and _opens_lowercase(text) and not _not_a_headline(text, rules)


def _find_headline(
    lines: list[_Line], rules: Rules, profile: DocumentProfile, copies: Counter[str]
) -> None:
    """The article's headline: among the title-like lines before the first body paragraph
    (kept by context or removed by score, never by a phrase list; at most ``headline_window``
    of them counted, lines removed by a phrase list passed over) that share a subject word with
    the article's first paragraphs, the best becomes metadata "title" instead of body text or a
    removal: one printed twice on the page (``copies``: line key -> count), then one of a
    single sentence not ending in "!", then the longest, then the shorter candidates right
    above it (``_headline_above_standfirst``); with none, a headline-like caption, then a
    distant headline (``_distant_headline``). A line sharing none is no headline ("Forgot your
    password?", "From Wikipedia, the free encyclopedia"), nor is a byline, a date stamp, a
    line opening with a chrome phrase (``_not_a_headline``), one opening in lower case or a
    row of tab-separated cells (``_is_headline_like``), nor one whose sentence goes on in the
    line under it (``_continued_below``)."""
    params, stopwords = rules.params, profile.stopwords
    start = next(
        (i for i, ln in enumerate(lines) if ln.kind in (LineKind.PARAGRAPH, LineKind.QUOTE)), -1
    )
    if start < 0:
        return
    opening = [ln.text for ln in lines[start:] if ln.kind in (LineKind.PARAGRAPH, LineKind.QUOTE)][
        : int(params["headline_body_lines"])
    ]
    subject = _content_words(" ".join(opening), stopwords)
    copies = _count_control_copies(lines[:start], copies, rules)
    titled = _title_above_tagline(lines[:start], rules, subject, stopwords)
    if titled is not None:
        titled.decide(
            LineKind.METADATA, "title above the page's tagline", "title", titled.text.strip()
        )
        return
    # (a page prints its headline more than once, in a sticky bar or a share box: a repeated
    # candidate beats a longer standfirst)
    best: _Line | None = None
    best_rank = (0, 0, 0)
    captioned: _Line | None = None  # the nearest headline-like caption the credit rule took
    seen = 0
    # (the lines read upwards, with their rank when they are candidates)
    read: list[tuple[_Line, tuple[int, int, int] | None]] = []
    below = kept_below = lines[start]
    for line in reversed(lines[:start]):
        if line.kind is LineKind.BLANK:
            continue
        # (the line under a candidate, and the next line kept so far: stripping the kept
        # text again reads the page without the removed lines between)
        after, kept_after = below, kept_below
        below = line
        if line.kind is not LineKind.CHROME:
            kept_below = line
        if line.explicit and line.reason != CAPS_LINK:  # (a headline printed in capitals)
            continue
        seen += 1
        if seen > params["headline_window"]:
            break
        read.append((line, None))
        text = line.text.strip()
        if (
            line.kind is LineKind.FIGURE_CAPTION
            and line.reason == CAPTION_BEFORE_CREDIT
            and captioned is None
            and _is_headline_like(text, params)
            and not _not_a_headline(text, rules)
            and len(_content_words(text, stopwords) & subject) >= params["headline_min_shared"]
        ):
            captioned = line
        if line.kind not in (LineKind.CHROME, LineKind.HEADING):
            continue
        if not _is_headline_like(text, params) or _not_a_headline(text, rules):
            continue
        if _continued_below(after, rules) or _continued_below(kept_after, rules):
            continue
        shared = len(_content_words(text, stopwords) & subject)
        if _dated_title(text, rules):  # (a briefing's headline names no subject of its text)
            shared = max(shared, int(params["headline_min_shared"]))
        repeated = (  # (words, not "&": a section's label "Politics & Diplomacy" is no headline)
            copies[line_key(text)] > 1 and len(find_words(text)) >= params["headline_repeat_words"]
        )
        # (a standfirst often holds two sentences, a headline one; a line ending in "!" is
        # more often a list item's exclamation than a headline)
        plain = BARE_INNER_END.search(text) is None and not text.rstrip("\"'”’»)").endswith("!")
        rank = (int(repeated), int(plain), len(text))
        if shared >= params["headline_min_shared"]:
            read[-1] = (line, rank)
            if rank > best_rank:
                best, best_rank = line, rank
    best = _headline_above_standfirst(best, read, params["headline_above_words"])
    # (no other candidate: a headline printed right above the photo's credit, read as its caption)
    best = (
        best
        or captioned
        or _distant_headline(lines[:start], rules, stopwords, subject)
        or _headline_over_date(lines[:start], rules)
    )
    if best is not None:
        best.decide(LineKind.METADATA, "headline before the article", "title", best.text.strip())
    # a headline kept as the first body line (nothing before it) is metadata too
    first = lines[start]
    more_body = any(ln.kind in (LineKind.PARAGRAPH, LineKind.QUOTE) for ln in lines[start + 1 :])
    if (
        best is None
        and more_body
        and not first.explicit
        and _is_headline_like(first.text, params)
        and not _not_a_headline(first.text.strip(), rules)
    ):
        nxt = next((ln for ln in lines[start + 1 :] if ln.kind is not LineKind.BLANK), None)
        # (or the lead photo under it: "Marcos returns ..." / its caption, the Inquirer)
        if nxt is not None and nxt.kind in (
            {LineKind.METADATA, LineKind.PARAGRAPH, LineKind.QUOTE} | FIGURE_KINDS
        ):
            first.decide(
                LineKind.METADATA, "headline before the article", "title", first.text.strip()
            )


STANDFIRST = "standfirst under the headline"
#: What may stand between a standfirst and the first paragraph: the byline, the date, the lead
#: photo, removed lines.
_ABOVE_FIRST_PARAGRAPH = FIGURE_KINDS | {LineKind.BLANK, LineKind.CHROME, LineKind.METADATA}


def _keep_standfirst(lines: list[_Line], rules: Rules) -> None:
    """The line right under the headline that the scores removed with the page's header, when
    it reads as a sentence (``standfirst_min_words`` words or more, mostly lower case, no
    phrase of a list) and only metadata and removed lines stand between it and the first
    paragraph: the standfirst, kept as the briefing's summary (metadata ``summary``: shown
    under the title). Not as the lead's first paragraph: the chrome dev set's references leave
    most standfirsts out of the body (copied-text F1 0.943 -> 0.942 with them in it). Not a
    line kept as a section's heading over the first paragraph: an interview's first question
    printed without its question mark is one ("How did you come to be involved")."""
    params = rules.params
    head = next((i for i, ln in enumerate(lines) if ln.meta_key == "title"), None)
    if head is None:
        return
    below = next((k for k in range(head + 1, len(lines)) if lines[k].text.strip()), None)
    if below is None:
        return
    line = lines[below]
    text = line.text.strip()
    words = find_words(text)
    if (
        line.kind is not LineKind.CHROME
        or line.explicit
        or line.reason.startswith(TEASER)
        or not (params["standfirst_min_words"] <= len(words) <= params["standfirst_max_words"])
        or sum(w[:1].isupper() for w in words) > len(words) / 2
        or _not_a_headline(text, rules)
    ):
        return
    for k in range(below + 1, len(lines)):
        kind = lines[k].kind
        if kind in (LineKind.PARAGRAPH, LineKind.QUOTE):
            break
        if kind not in _ABOVE_FIRST_PARAGRAPH:
            return
    else:
        return
    line.decide(LineKind.METADATA, STANDFIRST, "summary", text)


def _bracket_balance(text: str) -> int:
    """Brackets a line of code opens minus those it closes ("_taboola.push({" -> 2)."""
    return sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")


def _repeated_here(texts: Sequence[str], repeated: frozenset[str], rules: Rules) -> frozenset[int]:
    """Indexes of the lines of ``texts`` that recur in other seeds (``repeated``, from
    :func:`repeated_line_keys`): a line long enough to stand alone, or a short one beside a
    neighbour (the non-blank line before or after) that recurs beside it."""
    if not repeated:
        return frozenset()
    at = [i for i, t in enumerate(texts) if t.strip()]
    keys = [repeat_key(texts[i]) for i in at]
    found = []
    for j, key in enumerate(keys):
        if key not in repeated:
            continue
        if (
            _stands_alone(key, rules.params)
            or (j > 0 and pair_key(keys[j - 1], key) in repeated)
            or (j + 1 < len(keys) and pair_key(key, keys[j + 1]) in repeated)
        ):
            found.append(at[j])
    return frozenset(found)


def _strip_text(
    source: SourceText,
    corrections: Corrections,
    repeated: frozenset[str],
    profile: DocumentProfile,
    edge: str = _BAD,
) -> list[_Line]:
    rules = load_rules()
    params, weights = rules.params, rules.weights
    lines = [_Line(source.number(i), text) for i, text in enumerate(source.lines)]
    dup = Counter(line_key(t) for t in source.lines if t.strip())
    shared = _repeated_here(source.lines, repeated, rules)
    after_label = False  # the last non-blank line was a caption label or a slide counter
    block: _Line | None = None  # a "block" pattern's line whose brackets are still open
    depth = taken = 0
    _mark_captions_printed_again(lines, rules, corrections)
    _mark_credited_caption_copies(lines, rules, corrections)
    _mark_placeholders(lines, params)
    _mark_labelled_metadata(lines, rules)
    for idx, line in enumerate(lines):
        if line.explicit:  # (decided before the scores)
            continue
        if block is not None and line.text.strip():
            depth += _bracket_balance(line.text)
            taken += 1
            line.explicit, line.flags, line.cls = True, block.flags, _BAD
            line.decide(LineKind.CHROME, f"{block.reason} (its code, continued)")
            if depth <= 0 or taken >= params["block_max_lines"]:
                block = None
            continue
        if _explicit(line, rules, corrections, idx in shared) and not _section_title(
            line, source.lines, idx, rules
        ):
            line.explicit = True
            if "block" in line.flags and _bracket_balance(line.text) > 0:
                block, depth, taken = line, _bracket_balance(line.text), 0
            if line.kind is LineKind.CHROME:
                line.cls = _BAD
            elif line.kind in BODY_KINDS:
                line.cls = _GOOD
            if line.kind is not LineKind.BLANK:
                after_label = line.reason in rules.caption_follows
            continue
        if after_label:
            after_label = False
            # Only a line long enough to stand on its own: a short one ("0", "A0A") is left to
            # the scores, as it would be when stripped again without the counter before it.
            if text_length(line.text) >= params["short_chars"] and find_words(line.text):
                line.explicit = True
                line.decide(
                    LineKind.FIGURE_CAPTION, "caption after a caption label or slide counter"
                )
                continue
        line.features = line_features(line.text, profile, dup[line_key(line.text)])
        line.score = score_features(line.features, weights)
        chars = text_length(line.text)
        if line.score >= params["good"]:
            line.cls = _GOOD if chars >= params["short_chars"] else _SHORT
        elif line.score >= params["near"]:
            line.cls = _NEAR if chars >= params["short_chars"] else _SHORT
        elif chars < params["short_chars"] and line.score >= params["short_floor"]:
            line.cls = _SHORT
        else:
            line.cls = _BAD
            weak = line.weak_points(weights)
            line.reason = f"not article text: {weak} (score {line.score:.2f})"
    _fill_boxes(lines, params)
    _smooth(lines, rules, edge)
    span = _body_span(lines, params)
    if span:
        span = _start_at_dateline(lines, span, rules)
        span = _end_before_item_list(lines, span, params)
        while (shorter := _end_before_teaser_tail(lines, span, params)) != span:
            span = shorter  # ("Related coverage", teasers, "Latest news", teasers)
        _cut_teaser_runs(lines, span, params)
        _cut_teaser_cards(lines, span, rules)
        span = _keep_post_titles(lines, span, rules)
    first, last = span if span else (len(lines), -1)
    # figures: attach captions/originals, then drop figures far outside the body
    _attach_figures(lines, profile.script, params)
    for i, line in enumerate(lines):
        if line.kind is not None:
            at = line.anchor if line.anchor >= 0 else i
            lead_in, tail = params["figure_lead_in"], params["figure_tail"]
            # (no body stretch at all: every figure is outside it; a caption printed again
            # with its credit above the article is its lead photo's, however long the header)
            printed_again = line.reason in _LEAD_PHOTO and at < first
            if line.kind in FIGURE_KINDS and (
                span is None or not (first - lead_in <= at <= last + tail or printed_again)
            ):
                reason = "photo credit or caption outside the article (teaser image)"
                line.decide(LineKind.CHROME, reason)
            continue
        if line.cls == _GOOD and first <= i <= last:
            if _in_other_script(line.text, profile.script):
                line.decide(
                    LineKind.CHROME, "language/script differs from the article (no caption context)"
                )
            else:
                kind = LineKind.QUOTE if is_quote_like(line.text) else LineKind.PARAGRAPH
                line.decide(kind, line.reason or "article text")
        elif line.cls == _GOOD:
            where = "before the article starts" if i < first else "after the article ends"
            line.decide(LineKind.CHROME, f"text block {where} (outside the main body)")
        else:
            reason = line.reason or f"not article text: {line.weak_points(weights)}"
            line.decide(LineKind.CHROME, reason)
    _drop_repeated_figures(lines)
    _drop_extended_repeats(lines, rules)
    _mark_captions_printed_twice(lines, rules)
    if span:
        _title_under_control(lines, span, params)
    if edge == _BAD:
        # (not when read again with the edges as article text: a short text with no chrome
        # around it is kept as it stands, so that reading its kept lines again keeps them all)
        _find_headline(lines, rules, profile, dup)
    _mark_name_bylines(lines, params)
    if edge == _BAD:
        # (after the byline: the headline printed again under it and the date is no text)
        _drop_repeated_headline(lines, params)
    _drop_author_bios(lines)
    # (an inline control is looked past: "History" / "Main article: ..." / text)
    non_blank = [
        i
        for i, line in enumerate(lines)
        if line.kind is not LineKind.BLANK
        and not (line.kind is LineKind.CHROME and "inline" in line.flags)
    ]
    prev_of = {i: (non_blank[k - 1] if k else -1) for k, i in enumerate(non_blank)}
    next_of = {
        i: (non_blank[k + 1] if k + 1 < len(non_blank) else -1) for k, i in enumerate(non_blank)
    }
    contents = _find_contents(lines, rules)
    if contents is not None:
        _head_contents_entries(lines, contents, (first, last), params)
    for i, line in enumerate(lines):
        if (
            line.kind in (LineKind.PARAGRAPH, LineKind.QUOTE)
            and line.reason != KEPT_BY_EDITOR
            and _is_heading(lines, i, rules, prev_of[i], next_of[i], contents=contents)
        ):
            line.decide(LineKind.HEADING, "short line before body text")
    for i, line in enumerate(lines):  # (then the headings over those: a part over a chapter)
        if (
            line.kind is LineKind.PARAGRAPH
            and line.reason != KEPT_BY_EDITOR
            and _is_heading(lines, i, rules, prev_of[i], next_of[i], True, contents)
        ):
            line.decide(LineKind.HEADING, "short line before a heading")
    if edge == _BAD:
        _keep_standfirst(lines, rules)
        _standfirst_in_heading(lines, params)  # (a standfirst short of a sentence's end)
    return lines


_HINT_KINDS: dict[str, tuple[LineKind, str | None]] = {
    "heading": (LineKind.HEADING, None),
    "caption": (LineKind.FIGURE_CAPTION, None),
    "credit": (LineKind.FIGURE_CREDIT, None),
    "quote": (LineKind.QUOTE, None),
    "list": (LineKind.PARAGRAPH, None),
    "title": (LineKind.METADATA, "title"),
    "byline": (LineKind.METADATA, "byline"),
    "date": (LineKind.METADATA, "date"),
}


#: Extractor hints that a whole-line chrome phrase overrides (the extractor took a page's
#: widget headings and link lists for the article's own, a figure's empty "(Bild: )" credit
#: slot); quote and metadata hints stay.
_PHRASE_HINTS = frozenset({"heading", "list", "caption"})


def _figure_text(kind: LineKind, text: str, caption: str | None, rules: Rules) -> str | None:
    """A hinted caption or credit without its marker (None: the line has none); ``caption``:
    the line's caption after a marker, if any."""
    if kind is LineKind.FIGURE_CAPTION:
        return caption
    if kind is LineKind.FIGURE_CREDIT:
        return credit_prefix(text, rules)
    return None


def _strip_html(source: SourceText, corrections: Corrections) -> list[_Line]:
    """HTML lines come from a main-content extractor: trust it, remove only explicit chrome."""
    rules = load_rules()
    lines = [_Line(source.number(i), text) for i, text in enumerate(source.lines)]
    for idx, line in enumerate(lines):
        text = line.text.strip()
        hint = source.hint(idx)
        if not text:
            line.decide(LineKind.BLANK, "")
        elif text in corrections.drop:
            line.decide(LineKind.CHROME, DROPPED_BY_EDITOR)
        elif text in corrections.keep:
            line.decide(LineKind.QUOTE if hint == "quote" else LineKind.PARAGRAPH, KEPT_BY_EDITOR)
        elif (service := match_translator(text, rules)) is not None:
            line.decide(LineKind.METADATA, "machine-translation notice", "translated_by", service)
        elif (marker := caption_marker(text, rules))[0]:
            line.decide(LineKind.CHROME, CAPTION_LABEL)
        elif (
            hint in _PHRASE_HINTS
            and (found := find_phrase(text, rules, True)) is not None
            and not _titles_section(source, idx, rules)
        ):
            # (a heading or list item that is a whole UI phrase: "You Might Also Like",
            # a slideshow's "Previous" / "Next", "Share on Twitter")
            line.decide(LineKind.CHROME, found[0])
            line.boundary = found[1]
        elif hint in _HINT_KINDS:
            kind, key = _HINT_KINDS[hint]
            value = text if key else _figure_text(kind, text, marker[1], rules)
            line.decide(kind, f"extractor hint {hint!r}", key, value)
        elif (caption := marker[1]) is not None:
            line.decide(LineKind.FIGURE_CAPTION, "caption marker", None, caption)
        elif match_credit(text, rules):
            line.decide(LineKind.FIGURE_CREDIT, "photo credit", None, credit_prefix(text, rules))
        elif (found := find_phrase(text, rules, exact_only=True)) is not None:
            line.decide(LineKind.CHROME, found[0])
            line.boundary = found[1]
        elif (meta := match_metadata(text, rules)) is not None and meta[0] in _HTML_META:
            # a date stamp or a byline the extractor kept with the text ("Updated: May 12, 2025
            # 5:34 PM", "By Tom Baker, Staff Writer")
            line.decide(LineKind.METADATA, f"{meta[0]} line", meta[0], meta[1])
        else:
            line.decide(
                LineKind.QUOTE if is_quote_like(text) else LineKind.PARAGRAPH, "extracted text"
            )
    _cut_extracted_tail(lines, rules.params)
    _standfirst_in_heading(lines, rules.params)
    return lines


def _standfirst_in_heading(lines: list[_Line], params: dict[str, float]) -> None:
    """A saved page's standfirst set in a heading tag right under the headline, no paragraph
    before it ("<h2 class="spot">Joint committee to meet every three months to set monthly
    releases from Ilisu Dam, says Turkish Energy Ministry</h2>", Anadolu), or a copied one
    read as a heading for its missing full stop ("Information about the arrival of the head
    of state in the Kremlin was distributed by several Telegram channels", TASS): a long line
    (``standfirst_heading_words`` words or more) that asks no question is no section's
    title but the standfirst, the briefing's summary (as ``_keep_standfirst`` for copied
    text)."""
    shown = [ln for ln in lines if ln.kind is not LineKind.BLANK]
    for above, line in pairwise(shown):
        if line.kind in (LineKind.PARAGRAPH, LineKind.QUOTE):
            return
        text = line.text.strip()
        if (
            above.meta_key == "title"
            and line.kind is LineKind.HEADING
            and len(find_words(text)) >= params["standfirst_heading_words"]
            and not text.endswith(("?", ":"))
        ):
            line.decide(LineKind.METADATA, STANDFIRST, "summary", text)
            return


#: Metadata lines read in an extractor's text (the rest, "Source: ...", may be the article's).
_HTML_META = frozenset({"date", "byline"})


def _titles_section(source: SourceText, idx: int, rules: Rules) -> bool:
    """Extracted line ``idx`` is a heading that titles the prose paragraph after it
    (``titles_prose``: "Feedback", then "Tell the council what you think of ...")."""
    if source.hint(idx) != "heading" or line_key(source.lines[idx]) not in rules.section_titles:
        return False
    following = _next_text(source.lines, idx)
    return (
        following is not None
        and source.hint(following[0]) == ""
        and titles_prose(source.lines[idx], following[1], rules)
    )


def _cut_extracted_tail(lines: list[_Line], params: dict[str, float]) -> None:
    """An extractor may run past the article's end into a widget ("You Might Also Like", then
    a slideshow): after the first end-of-article phrase (boundary cost ``tail_marker_cost`` or
    more) followed by extracted text of at most ``tail_share`` of the text before it, that
    text is teasers, removed (as ``_end_before_teaser_tail`` does for copied text)."""
    body = (LineKind.PARAGRAPH, LineKind.QUOTE, LineKind.HEADING)
    sizes = [text_length(ln.text) if ln.kind in body else 0 for ln in lines]
    total, before = sum(sizes), 0
    for i, line in enumerate(lines):
        before += sizes[i]
        if line.kind is not LineKind.CHROME or line.boundary < params["tail_marker_cost"]:
            continue
        after = total - before
        if 0 < after <= params["tail_share"] * before:
            reason = f"extracted text after {line.text.strip()!r} (teasers)"
            for ln in lines[i + 1 :]:
                if ln.kind in body:
                    ln.decide(LineKind.CHROME, reason)
            return


def strip_chrome(
    source: SourceText,
    corrections: Corrections = Corrections(),
    repeated: frozenset[str] = frozenset(),
) -> StrippedText:
    """Classify every line of ``source``: body, figure, metadata, blank or chrome (with reason)."""
    rules = load_rules()
    profile = profile_document(source.lines, rules)  # (of the whole source: its language)
    if source.format == "html":
        lines = _strip_html(source, corrections)
    else:
        lines = _strip_text(source, corrections, repeated, profile)
        if repeated and not any(ln.kind in BODY_KINDS for ln in lines):
            # lines shared with other seeds took the whole body: trust this page alone
            lines = _strip_text(source, corrections, frozenset(), profile)
        if not any(ln.kind in BODY_KINDS for ln in lines):
            lines = _strip_alone(source, corrections, profile) or lines
    _mark_credited_captions(lines, rules)
    _mark_dateline(lines, rules)
    _trim_closing_tail(lines, rules)
    return StrippedText(
        source=source, lines=tuple(line.freeze() for line in lines), language=profile.language
    )


def _strip_alone(
    source: SourceText, corrections: Corrections, profile: DocumentProfile
) -> list[_Line] | None:
    """Nothing read as the article by its context: a short text with no chrome around it (a
    pasted paragraph or two) is all "between the page's edges", which count as chrome. Read it
    again with the edges as article text: lines removed by a phrase or by their own low score
    stay removed, so a page of chrome alone stays empty (None: no article text this way
    either). The lines kept are read once more as a text of their own, and where that reading
    finds an article it decides (so that stripping the kept text again changes nothing)."""
    lines = _strip_text(source, corrections, frozenset(), profile, edge=_GOOD)
    kept = [ln for ln in lines if ln.kind not in (LineKind.CHROME, LineKind.BLANK)]
    if not any(ln.kind in BODY_KINDS for ln in kept):
        return None
    alone = replace(source, lines=tuple(ln.text for ln in kept), numbers=(), hints=())
    again = _strip_text(alone, corrections, frozenset(), profile_document(alone.lines))
    if any(ln.kind in BODY_KINDS for ln in again):
        for line, decided in zip(kept, again, strict=True):
            assert decided.kind is not None
            line.decide(decided.kind, decided.reason, decided.meta_key, decided.meta_value)
    return lines


_CAPTION_HOSTS = frozenset(
    {LineKind.PARAGRAPH, LineKind.HEADING, LineKind.QUOTE, LineKind.FIGURE_CREDIT}
)
#: A caption the extractor marked (a <figcaption>) still gives its run-on credit to the figure.
_HINTED_CAPTION = "extractor hint 'caption'"


def _mark_credited_captions(lines: list[_Line], rules: Rules) -> None:
    """A kept line ending in a photo credit is a caption with its credit, a figure note ("... in
    Tunis. Fethi Belaid/AFP/Getty Images"), and so is a credit line with a caption before the
    credit. So is a line the scores removed just before the body (``figure_lead_in`` lines: the
    lead photo's "... on Saturday. Photograph: Toby Melville/Reuters" under the headline) or
    between two of its lines (a caption of names in capitals, its credit run on without a space:
    "... in Tokyo on Sunday.Kim Kyung-Hoon / Reuters"), but a teaser's. Decided once the body is
    known, so the body's bounds and headline stay as they were; a line the editor kept stays
    text."""
    body = [i for i, ln in enumerate(lines) if ln.kind in BODY_KINDS]
    first, last = (body[0], body[-1]) if body else (len(lines), -1)
    lead_in = range(max(0, first - int(rules.params["figure_lead_in"])), first)
    for i, line in enumerate(lines):
        scored_out = (
            line.kind is LineKind.CHROME
            and not line.explicit
            and (i in lead_in or first < i < last)
            and not line.reason.startswith(TEASER)
        )
        if line.kind not in _CAPTION_HOSTS and line.reason != _HINTED_CAPTION and not scored_out:
            continue
        if line.reason == KEPT_BY_EDITOR or line.reason in _PRINTED_AGAIN:
            continue
        if (split := split_credit_tail(line.text, rules)) is not None:
            caption = without_counter(split[0], rules)
            line.decide(LineKind.FIGURE_CAPTION, CREDIT_TAIL, None, caption)


def _trim_closing_tail(lines: list[_Line], rules: Rules) -> None:
    """The article's last paragraph without the editor's mark that closes it (chrome.yml
    ``closing_tails``: "... interest rates. (bbn)(+)", The Jakarta Post): its text kept in
    ``meta_value``, the line's text as it was (stripping the kept text again finds it
    again)."""
    last = next(
        (ln for ln in reversed(lines) if ln.kind in (LineKind.PARAGRAPH, LineKind.QUOTE)), None
    )
    if last is None or last.meta_value is not None:
        return
    text = last.text.strip()
    found = next((m for p in rules.closing_tails if (m := p.search(text))), None)
    if found is not None and found.start() > 0:
        last.meta_value = text[: found.start()].rstrip()


#: The metadata key of a dateline printed alone over the first paragraph: split_sections
#: opens that paragraph with it.
DATELINE = "dateline"


METADATA_LABEL = "metadata label over its value"


def _mark_labelled_metadata(lines: list[_Line], rules: Rules) -> None:
    """A metadata label alone on its line over its value (chrome.yml ``metadata_follows``:
    gov.uk's "From:" / "Foreign & Commonwealth Office and The Rt Hon Boris Johnson MP"): the
    label is chrome, the next line that key's value when it is short and no sentence (it had
    been taken for the headline); decided before the scores."""
    for i, line in enumerate(lines):
        key = rules.metadata_follows.get(" ".join(line.text.split()).lower())
        if key is None or line.explicit:
            continue
        value = next((ln for ln in lines[i + 1 :] if ln.text.strip()), None)
        if value is None or value.explicit:
            continue
        text = value.text.strip()
        if (
            len(text) > rules.params["metadata_max_chars"]
            or ends_sentence(text)
            or match_metadata(text, rules) is not None
        ):
            continue
        line.explicit = value.explicit = True
        line.cls, value.cls = _BAD, _BAD
        line.decide(LineKind.CHROME, METADATA_LABEL)
        value.decide(LineKind.METADATA, f"{key} under its label", key, text)


def _mark_dateline(lines: list[_Line], rules: Rules) -> None:
    """A wire dateline printed alone on its line ("ANKARA", "<strong>ISTANBUL</strong>",
    "KARACHI:"; chrome.yml ``dateline_alone``, or with its date, "Baku, Azerbaijan, June 2",
    ``dateline_dated``) right over the article's first paragraph (a prose line that ends a
    sentence) is no section heading nor paragraph of its own: metadata ``dateline``, which
    opens that paragraph. Only before the first paragraph: further down, a line in capitals is
    a section's title ("BACKGROUND"). A dated one is taken back from the removed lines too,
    when only a byline or a date stands between it and the first paragraph (the scores remove
    it with the page's header: it is short and ends no sentence)."""
    if _mark_removed_dateline(lines, rules):
        return
    body = [i for i, ln in enumerate(lines) if ln.kind in BODY_KINDS]
    skipped = 0
    for k, i in enumerate(body[:-1]):
        line, following = lines[i], lines[body[k + 1]]
        text = line.text.strip()
        if (
            following.kind is LineKind.PARAGRAPH
            and ends_sentence(following.text.strip())
            and any(p.match(text) for p in rules.dateline_alone + rules.dateline_dated)
        ):
            line.decide(LineKind.METADATA, "dateline over the first paragraph", DATELINE, text)
            return
        if line.kind in (LineKind.PARAGRAPH, LineKind.QUOTE):
            # (the first paragraph came first; a standfirst or a stamp kept above, ending no
            # sentence, is none: two of them at most)
            skipped += 1
            if ends_sentence(text) or skipped > 2:
                return


def _mark_removed_dateline(lines: list[_Line], rules: Rules) -> bool:
    """The dated dateline the scores removed right over the first paragraph (only blank lines,
    a byline or a date between), decided ``dateline``; whether there was one."""
    first = next((i for i, ln in enumerate(lines) if ln.kind in BODY_KINDS), None)
    if first is None or lines[first].kind is not LineKind.PARAGRAPH:
        return False
    if not ends_sentence(lines[first].text.strip()):
        return False
    for line in reversed(lines[:first]):
        if line.kind in (LineKind.BLANK, LineKind.METADATA) and line.meta_key != "title":
            continue
        text = line.text.strip()
        if (
            line.kind is LineKind.CHROME
            and not line.explicit
            and any(p.match(text) for p in rules.dateline_dated)
        ):
            line.decide(LineKind.METADATA, "dateline over the first paragraph", DATELINE, text)
            return True
        return False
    return False
