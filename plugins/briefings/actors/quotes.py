"""Direct quotes and who said them, where the text says so.

Patterns: '"…," the Russian diplomat stated' (a pronoun or a bare noun phrase points to the person
named most recently), '— …," X told Izvestia' (a quote opened by a dash), 'X said: "…"' and
'As X concluded, "…"'. Scare quotes ("mediator") are not quotes: a quote needs an attribution
or at least eight words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .lexicon import lexicon

_QUOTE = re.compile(r"[\"“„«]([^\"“”„«»]{2,}?)[\"”»]")
_DASH_QUOTE = re.compile(r"^\s*[—–-]\s*(.+?[,.!?…])[\"”»]", re.S)
_PRONOUN = re.compile(r"^\s*,?\s*(?:he|she|they)\b", re.I)
_NOUN_SUBJECT = re.compile(r"^\s*,?\s*(?:the|this|that)\s+[\w\- ]{0,40}?\b(\w+)\s+(\w+)", re.I)
_LONG = 8


@dataclass(frozen=True)
class FoundQuote:
    unit: int
    start: int
    end: int
    text: str
    speaker: int | None
    """Index of the speaker's mention in the found list (a person mention), or None."""


def _tail_speaker(
    tail: str, unit: int, offset: int, persons_in: Callable[[int, int, int], list[int]]
) -> int | bool | None:
    """Speaker named in the text after a quote; True: 'he said' (the last named person)."""
    lex = lexicon()
    window = tail[:160]
    cut = re.search(r"[.!?](?:\s|$)", window)
    window = window[: cut.start()] if cut else window
    words = re.findall(r"[\w'’-]+", window)
    if not any(w in lex.speech_verbs for w in words[:12]):
        return None
    named = persons_in(unit, offset, offset + len(window))
    if named:
        return named[0]
    if _PRONOUN.match(window) or _NOUN_SUBJECT.match(window):
        return True
    return None


def find_quotes(
    texts: Sequence[tuple[str, bool]],
    persons: Sequence[tuple[int, int, int]],
) -> list[FoundQuote]:
    """Quotes in ``texts`` ((text, is_body) per unit); ``persons``: (unit, start, end) of person
    mentions in text order (their index is the mention index returned as speaker)."""
    lex = lexicon()

    def persons_in(unit: int, start: int, end: int) -> list[int]:
        return [i for i, (u, s, e) in enumerate(persons) if u == unit and s >= start and e <= end]

    def last_before(unit: int, pos: int) -> int | None:
        best = None
        for i, (u, s, _) in enumerate(persons):
            if u < unit or (u == unit and s < pos):
                best = i
        return best

    out: list[FoundQuote] = []
    for u, (text, is_body) in enumerate(texts):
        if not is_body:
            continue
        spans: list[tuple[int, int, str]] = []
        dash = _DASH_QUOTE.match(text)
        if dash and not _QUOTE.match(text[dash.start(1) - 1 :]):
            spans.append((dash.start(1), dash.end(1) + 1, dash.group(1)))
        for m in _QUOTE.finditer(text):
            if any(s <= m.start() < e for s, e, _ in spans):
                continue
            spans.append((m.start(), m.end(), m.group(1)))
        for start, end, inner in spans:
            quote_text = inner.strip().rstrip(",").strip()
            speaker: int | None = None
            attributed = False
            tail = text[end:]
            ended = inner.rstrip().endswith((".", "…")) and not tail.lstrip()[:1].islower()
            got = None if ended else _tail_speaker(tail, u, end, persons_in)
            if got is True:
                speaker, attributed = last_before(u, start), True
            elif isinstance(got, int) and got is not False:
                speaker, attributed = got, True
            if not attributed:
                head = text[:start]
                sentence_start = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
                head_sentence = head[sentence_start + 1 :]
                words = re.findall(r"[\w'’-]+", head_sentence)
                if head_sentence.rstrip().endswith((":", ",")) and any(
                    w in lex.speech_verbs or w in {"As", "as"} for w in words
                ):
                    offset = sentence_start + 1
                    named = persons_in(u, offset, start)
                    if named:
                        speaker, attributed = named[-1], True
                    elif re.search(r"\b(?:he|she|they)\b", head_sentence, re.I):
                        speaker, attributed = last_before(u, start), True
            if attributed or len(quote_text.split()) >= _LONG:
                out.append(FoundQuote(u, start, end, quote_text, speaker))
    return out
