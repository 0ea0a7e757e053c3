"""Direct quotes and who said them, where the text says so.

Patterns: '"…," the Russian diplomat stated' (a pronoun or a bare noun phrase points to the person
named most recently), '— …," X told Izvestia' (a quote opened by a dash), 'X said: "…"' and
'As X concluded, "…"'. Scare quotes ("mediator") are not quotes: a quote needs an attribution
or at least eight words. A transcript's turns are quotes too: the words after a speaker's label
("Wang Wenbin: Yesterday ...") or the first paragraph under a label alone on its line
("President of Russia Vladimir Putin:").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .lexicon import lexicon

_QUOTE = re.compile(  # („…“: German, Czech; ‘…’: British and South Asian papers)
    r"„(?P<low>[^\"“”„«»]{2,}?)[“”]|[\"“«](?P<high>[^\"“”„«»]{2,}?)[\"”»]"
    # (an apostrophe inside is no close: ‘It’s over,’ she said)
    r"|‘(?P<single>(?:[^‘’\"“”„«»]|’(?=\w)){2,}?)’(?!\w)"
)
_DASH_QUOTE = re.compile(r"^\s*[—–-]\s*(.+?[,.!?…])[\"”»]", re.S)
#: A quote in dashes, Russian style ("— We are ready for dialogue, — Peskov said."): only with
#: a verb of saying and its speaker after the second dash.
_DASH_DIALOGUE = re.compile(r"^\s*[—–]\s*(.+?[,!?…])\s+[—–]\s+(?=\w)", re.S)
_PRONOUN = re.compile(r"^\s*,?\s*(?:he|she|they)\b", re.I)
_NOUN_SUBJECT = re.compile(r"^\s*,?\s*(?:the|this|that)\s+[\w\- ]{0,40}?\b(\w+)\s+(\w+)", re.I)
_LONG = 8
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.I)
#: At most this many words between a verb of saying and a quote run into its sentence ('X
#: told reporters that "…"').
_RUN_IN_GAP = 6
_POSSESSIVE = re.compile(r"['’]s?\b")
#: What may follow a transcript's speaker label before its colon: a note in brackets
#: ("President of Turkey Recep Tayyip Erdogan (retranslated):").
_LABEL_END = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*:(?:\s+|$)")
#: What may come before the name in a speaker label: its title, capitalised words and particles
#: ("President of Russia Vladimir Putin:"), at most eight words.
_LABEL_TITLE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the|for|and|on)\s+){0,8}")
#: A speaker's label by the surname alone, in capitals in an official transcript ("MR PRICE:",
#: "MR. MORRELL:", "ASSISTANT SECRETARY TOLOUI:") or not ("Xi: China is ready ..."): the last
#: word is the surname of a person named in the text.
_CAPS_LABEL = re.compile(
    r"(?:[A-Z][A-Z.'’-]*\s+){0,4}([A-Z][A-Z'’-]+)\.?\s*:(?:\s+|$)|([A-Z][a-z'’-]+)\s*:(?:\s+|$)"
)
#: A speaker's label in capitals at a paragraph's start or after a sentence's end ("… to
#: your listeners. JOURNALIST: Let's take things in order. G. KATROUGALOS: This meeting …"):
#: two or more in a paragraph are turns run together (a copy that lost the line breaks).
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.!?…\"”’)]\s))(?:[A-Z][A-Z.'’-]*\s+){0,4}([A-Z][A-Z'’-]+)\.?\s*:\s+"
)
#: A speaker's label by a role: capitalised words (and "of", "for", "and", "the") before a
#: colon ("Chief Executive:", "Secretary for Justice:", "The President:").
_ROLE_LABEL = re.compile(
    r"((?:[A-Z][\w'’-]*|of|for|and|the)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the)){0,6})\s*:(?:\s+|$)"
)
#: Any speaker's label alone on its line ("Speaker 2 (01:12):"): it ends the turn before it.
_ANY_LABEL = re.compile(r"[^.!?:]{1,60}?(?:\s*\([^()]{1,30}\))?\s*:")
#: A question-and-answer transcript's label ("Q: ...", "A:I would like ..."); its word is looked
#: up in the lexicon's ``answer_labels`` and ``question_labels``.
_QA_LABEL = re.compile(r"([A-Z][A-Za-z]{0,11})\s*:\s*")
#: At most this many words of a turn's paragraph make its quote (whole sentences, then "…").
_TURN_WORDS = 60


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


def _persons_between(
    persons: Sequence[tuple[int, int, int]], unit: int, start: int, end: int
) -> list[int]:
    """The person mentions of ``unit`` within ``start``-``end``."""
    return [i for i, (u, s, e) in enumerate(persons) if u == unit and s >= start and e <= end]


def _sentence_start(head: str) -> int:
    """Where the last sentence of ``head`` (a unit's text up to a quote) starts."""
    return max(head.rfind(". "), head.rfind("? "), head.rfind("! ")) + 1


def _subjects(
    text: str, persons: Sequence[tuple[int, int, int]], unit: int, start: int, end: int
) -> list[int]:
    """The person mentions of ``unit`` within ``start``-``end`` that own nothing (not
    "Netanyahu's" of "Netanyahu's Likud party ... by saying that "…""): who may speak."""
    return [
        i
        for i in _persons_between(persons, unit, start, end)
        if not _POSSESSIVE.match(text, persons[i][2])
    ]


def _head_speaker(
    head: str,
    quote: str,
    unit: int,
    persons: Sequence[tuple[int, int, int]],
    last_before: Callable[[int, int], int | None],
) -> tuple[bool, int | None]:
    """(attributed, speaker) from the quote's sentence before it (``head``: the unit's text up
    to the quote mark): 'X said: "…"', 'As X concluded, "…"', 'According to X, "…"' (the
    person named last before the quote); or a quote run into the sentence a few words after
    its verb, 'X told reporters that "…"', 'X said the country "will …"' (the person named
    before the verb; not a title in quotes: 'X said the report "The Road Ahead" ...'); 'he
    said: "…"' points to the person named last before it."""
    lex = lexicon()
    start = len(head)
    sentence_start = _sentence_start(head)
    sentence = head[sentence_start:]
    words = list(re.finditer(r"[\w'’-]+", sentence))
    quote_words = quote.split()
    if len(quote_words) > 1 and sum(w[:1].isupper() for w in quote_words) * 2 > len(quote_words):
        return False, None  # (a title: 'According to X's book, "Hockey: Canada's Royal Game"')
    if sentence.rstrip().endswith((":", ",")):
        named = _persons_between(persons, unit, sentence_start, start)
        if not any(w[0].lower() in lex.speech_verbs or w[0].lower() == "as" for w in words):
            # (a name as the quote's label: 'Dmitry Peskov: "…"'; words, not a value: 'ETag:
            # "1382694045000"')
            if (
                named
                and len(quote_words) >= 3
                and _LABEL_END.fullmatch(head, persons[named[-1]][2])
            ):
                return True, named[-1]
            return False, None
        if named:
            return True, named[-1]
        if _SUBJECT_PRONOUN.search(sentence) or (
            # ('The Kremlin spokesman stressed: "…"', not 'This is as "omit" (default), "…"')
            sentence.rstrip().endswith(":")
            and _NOUN_SUBJECT.match(sentence)
            and any(w[0] in lex.speech_verbs and w[0] != "according" for w in words)
        ):
            return True, last_before(unit, start)
        return False, None
    for k in range(len(words) - 1, max(len(words) - 2 - _RUN_IN_GAP, -1), -1):
        if words[k][0] not in lex.speech_verbs:
            continue
        if "," in sentence[words[k].end() :]:
            return False, None  # ("had she not brought up those points, she'd ... for "…"")
        before = sentence[: words[k].start()]
        named = _subjects(head, persons, unit, sentence_start, sentence_start + len(before))
        if named:
            return True, named[-1]
        if _SUBJECT_PRONOUN.search(before):
            return True, last_before(unit, start)
        return False, None
    return False, None


def _follow_on_speaker(
    texts: Sequence[tuple[str, bool]],
    unit: int,
    start: int,
    quote: str,
    persons: Sequence[tuple[int, int, int]],
    said: tuple[int, int, int] | None,
) -> int | None:
    """The speaker of a quote (of three words or more) that opens a sentence with no
    attribution of its own, from the text before it (``said``: the unit, end and speaker of
    the last quote with a speaker): the speaker of the paragraph's quote before it when no one
    else is named between them ('"I have seen it first-hand," Hicks said of her time in the
    army. "At the end of the day I did nothing wrong."'), or of the paragraph right before
    when the quote opens its paragraph and no one else is named after that quote; else the
    person named before the verb of saying of the sentence right before it ('Wilkins also
    said Warhol was both. "As a way to commercialize his work, he ..."'; not an owner)."""
    text = texts[unit][0]
    head = text[:start].rstrip()
    if (head and not head.endswith((".", "!", "?", "…"))) or len(quote.split()) < 3:
        return None  # (a word or two opening a sentence: '"Impertinent" was what he called her')
    lex = lexicon()
    if said is not None and (said[0] == unit or (said[0] == unit - 1 and not head)):
        su, ss, se = persons[said[2]]
        name = texts[su][0][ss:se]
        between = [
            texts[u][0][s:e]
            for u, s, e in persons
            if (u, s) >= (said[0], said[1]) and (u, e) <= (unit, start)
        ]
        if all(n in name for n in between):
            return said[2]
        if said[0] == unit:
            return None
    sentence_start = _sentence_start(head)
    sentence = head[sentence_start:]
    for verb in re.finditer(r"[\w'’-]+", sentence):
        if verb[0] not in lex.speech_verbs or verb[0] == "according":
            continue
        named = _subjects(text, persons, unit, sentence_start, sentence_start + verb.start())
        return named[-1] if named else None
    return None


def find_quotes(
    texts: Sequence[tuple[str, bool]],
    persons: Sequence[tuple[int, int, int]],
    titles: frozenset[int] = frozenset(),
    headline: int | None = None,
    answerer: int | None = None,
    ids: Sequence[str] = (),
    role_labels: Mapping[str, int] | None = None,
) -> list[FoundQuote]:
    """Quotes in ``texts`` ((text, is_body) per unit); ``persons``: (unit, start, end) of person
    mentions in text order (their index is the mention index returned as speaker); ``titles``:
    the units that are titles (the briefing's, a section's), which open no transcript's turn;
    ``headline``: the unit of the briefing's title, if scanned; ``answerer``: the mention of
    the person who answers the questions of an interview or a press conference (see
    :func:`find_answerer`), whose words the answers ("A: ...", or paragraphs after unlabelled
    questions) are; ``ids``: the actor each person mention is of (a transcript's label by a
    surname names one actor, whatever its mentions' spellings: "Giorgos Katrougalos",
    "G. KATROUGALOS"); ``role_labels``: a role held by one person only, in lower case -> a
    mention of that person (a transcript labels turns by role: "Chief Executive:")."""

    def persons_in(unit: int, start: int, end: int) -> list[int]:
        return _persons_between(persons, unit, start, end)

    def last_before(unit: int, pos: int) -> int | None:
        best = None
        for i, (u, s, _) in enumerate(persons):
            if u < unit or (u == unit and s < pos):
                best = i
        return best

    out: list[FoundQuote] = []
    said: tuple[int, int, int] | None = None  # (unit, end, speaker) of the last quote with one
    for u, (text, is_body) in enumerate(texts):
        if not is_body:
            continue
        spans: list[tuple[int, int, str]] = []
        dash = _DASH_QUOTE.match(text)
        dialogue = None if dash else _DASH_DIALOGUE.match(text)
        if dash and not _QUOTE.match(text[dash.start(1) - 1 :]):
            spans.append((dash.start(1), dash.end(1) + 1, dash.group(1)))
        elif dialogue and not _QUOTE.search(dialogue[1]):
            spans.append((dialogue.start(1), dialogue.end(1), dialogue[1]))
        for m in _QUOTE.finditer(text):
            if any(s <= m.start() < e for s, e, _ in spans):
                continue
            spans.append((m.start(), m.end(), m["low"] or m["high"] or m["single"]))
        dialogue_start = dialogue.start(1) if dialogue else -1
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
                attributed, speaker = _head_speaker(
                    text[:start], quote_text, u, persons, last_before
                )
            if not attributed:
                speaker = _follow_on_speaker(texts, u, start, quote_text, persons, said)
                attributed = speaker is not None
            if attributed or (len(quote_text.split()) >= _LONG and start != dialogue_start):
                out.append(FoundQuote(u, start, end, quote_text, speaker))
                if speaker is not None:
                    said = (u, end, speaker)
    continued = _continued_quotes(texts, persons_in, last_before, list(out))
    taken = {(q.unit, q.start) for q in continued}
    out = [q for q in out if (q.unit, q.start) not in taken] + continued
    # (a turn holding a quote already found is not quoted twice: 'Wang Wenbin: "We oppose
    # it," he said.')
    turns = _transcript_turns(texts, persons, titles, answerer, ids, role_labels)
    if not turns and answerer is not None:
        turns = _unlabelled_answers(texts, titles, headline, answerer)
    out.extend(
        t
        for t in turns
        if not any(q.unit == t.unit and q.start < t.end and t.start < q.end for q in out)
    )
    out.sort(key=lambda q: (q.unit, q.start))
    return out


_OPENERS = "“«„"
_QUOTE_ENDS = frozenset(",.!?…;")
_CLOSERS = "”»"


def _open_from(text: str) -> int | None:
    """Where a quote starts that the paragraph opens and leaves open, to run on into the next
    paragraph (news style: no closing mark at a paragraph's end, a new opening mark at the next
    one's start), else None: after its last unmatched straight mark, or after the outermost
    curly opening mark left unclosed ("„…“" closes in German and Czech)."""
    if text.count('"') % 2 == 1:
        return text.rfind('"') + 1
    stack: list[tuple[str, int]] = []
    for k, c in enumerate(text):
        if c == "“" and stack and stack[-1][0] == "„":
            stack.pop()
        elif c in _OPENERS:
            stack.append((c, k))
        elif c in _CLOSERS and stack:
            stack.pop()
    return stack[0][1] + 1 if stack else None


def _closing_mark(text: str) -> int | None:
    """Where the quote run on from the paragraph before ends in this one: its first quotation
    mark, when that one closes (a curly closing mark, or an odd count of straight ones not
    opening the paragraph)."""
    first = next((k for k, c in enumerate(text) if c in _OPENERS + _CLOSERS + '"'), None)
    if first is None or text[first] in _OPENERS:
        return None
    if text[first] == '"' and (text.count('"') % 2 == 0 or not text[:first].strip()):
        return None
    return first


def _continued_quotes(
    texts: Sequence[tuple[str, bool]],
    persons_in: Callable[[int, int, int], list[int]],
    last_before: Callable[[int, int], int | None],
    found: list[FoundQuote],
) -> list[FoundQuote]:
    """Quotes over several paragraphs: a paragraph that opens a quote and leaves it open, maybe
    more such paragraphs, then one whose first mark closes it, with its attribution after
    ('"People who are not formally spies ...' / 'But the man ... an operator," says Grozev.'):
    each part is a quote of the speaker the closing paragraph names (or, by "he said", the
    person named last; else the speaker of a quote before it in its first paragraph), when
    named or long. ``found``: the quotes found within paragraphs."""
    out: list[FoundQuote] = []
    pending: list[tuple[int, int, str]] = []  # (unit, start, text) of the open parts
    for u, (text, is_body) in enumerate(texts):
        if not is_body:
            continue
        indent = len(text) - len(text.lstrip())
        parts: list[tuple[int, int, str]] = []
        tail_at = 0
        close = _closing_mark(text) if pending else None
        if close is not None and text[:close].rstrip()[-1:] in _QUOTE_ENDS:
            # the run-on quote closes in this paragraph: '... an operator," says Grozev.' (its
            # words end a sentence or a clause there: not a title in a list of references,
            # 'Implicit Grant", in: Hardt, D. (ed), "The OAuth ...')
            parts, tail_at = [*pending, (u, 0, text[:close])], close + 1
        elif pending and _open_from(text) is None and (last := _QUOTE.match(text, indent)):
            # the last part opens again and closes ('"More text," he said.'): the main pass
            # took that part too (the speaker found here wins over its none)
            parts, tail_at = [*pending, (u, last.start(), last[0])], last.end()
        if parts:
            got = _tail_speaker(text[tail_at:], u, tail_at, persons_in)
            # ("he explains": the person named last before the quote, not inside it)
            first_unit, first_start, _ = parts[0]
            speaker = (
                last_before(first_unit, first_start)
                if got is True
                else got
                if isinstance(got, int)
                else None
            )
            if speaker is None:
                # ('"Now it is hard," Indyk said. "That has nothing to do ...': the speaker of
                # the quote before it in its first paragraph)
                speaker = next(
                    (
                        q.speaker
                        for q in reversed(found)
                        if q.unit == first_unit and q.end < first_start and q.speaker is not None
                    ),
                    None,
                )
            for unit, start, part in parts:
                quote = part.strip().strip(_OPENERS + _CLOSERS + '"').strip().rstrip(",").strip()
                if quote and (speaker is not None or len(quote.split()) >= _LONG):
                    out.append(FoundQuote(unit, start, start + len(part), quote, speaker))
            pending = []
        elif (opened := _open_from(text)) is not None:
            opening = (u, opened, text[opened:])
            # (a paragraph that opens again goes on with the run; one that opens a quote
            # further in starts a run of its own)
            pending = [*pending, opening] if opened == indent + 1 else [opening]
        else:
            pending = []
    return out


def _speaker_label(
    text: str, persons: Sequence[tuple[int, int, int]], unit: int
) -> tuple[int, int] | None:
    """(the speaker's mention index, where the words after the label start) when ``text``
    opens with a speaker's label: a person's name, maybe its title before it and a note after
    it, then a colon."""
    title = _LABEL_TITLE.match(text)  # (it matches the empty string too)
    title_end = title.end() if title else 0
    for i in range(bisect_left(persons, (unit, -1, -1)), len(persons)):
        u, s, e = persons[i]
        if u != unit or s > title_end:
            break  # (the name must follow the title-like words that open the line)
        end = _LABEL_END.match(text, e)
        if end is not None:
            return i, end.end()
    return None


def _turn_quote(text: str) -> str:
    """A turn's paragraph as its quote: whole sentences up to ``_TURN_WORDS`` words (the first
    one at least), then "…" when more follows."""
    sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
    kept: list[str] = []
    count = 0
    for sentence in sentences:
        words = len(sentence.split())
        if kept and count + words > _TURN_WORDS:
            return " ".join(kept) + " …"
        kept.append(sentence)
        count += words
    return " ".join(kept)


def find_answerer(title: str, named: Sequence[tuple[str, int, int]]) -> int | None:
    """The mention of the one person a title names when it names an event of answering
    questions ("Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on July
    24, 2019", "Interview with Foreign Minister Sergey Lavrov"): the answers' speaker.
    ``named``: (the person's id, a mention of it, where the title names it) for each person
    named in the title; a person named after the topic's preposition is the topic, not the one
    answering ("... interviews New York bar owner on Santorum cocktail"). None when the title
    names no such event, nobody or two persons."""
    lex = lexicon()
    words = list(re.finditer(r"[\w&]+", title))
    if not {w[0].lower() for w in words} & lex.answering_events:
        return None
    topic = next((w.start() for w in words if w[0] in lex.topic_prepositions), len(title))
    persons: dict[str, int] = {}
    for person, mention, at in named:
        if at < topic:
            persons.setdefault(person, mention)
    return next(iter(persons.values())) if len(persons) == 1 else None


def _unlabelled_answers(
    texts: Sequence[tuple[str, bool]],
    titles: frozenset[int],
    headline: int | None,
    answerer: int,
) -> list[FoundQuote]:
    """An interview printed without labels (its questions were bold on the page): the
    paragraph after a question is ``answerer``'s answer. A question ends in "?" and is one
    sentence or asks "you" in its last ("Do you think this is a revival of the Left?"), or is
    the first
    paragraph under a section's title and asks "you" anywhere ("On NATO" / "I just wanted to
    know if you had any thoughts on ..."); an answer's own closing question ("is there any
    reason why it should exist?") asks nobody."""
    out: list[FoundQuote] = []
    asked = under_title = False
    for u, (text, is_body) in enumerate(texts):
        if u in titles:
            under_title = u != headline
            continue
        if not is_body:
            continue
        sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
        asks = sentences[-1].rstrip('"”’»)').endswith("?")
        one_or_you = len(sentences) == 1 or _YOU.search(sentences[-1]) is not None
        question = (asks and one_or_you) or (under_title and _YOU.search(text) is not None)
        if question:
            asked = True
        elif asked and len(text.split()) >= _LONG:
            out.append(FoundQuote(u, 0, len(text), _turn_quote(text), answerer))
            asked = False
        under_title = False
    return out


def _transcript_turns(
    texts: Sequence[tuple[str, bool]],
    persons: Sequence[tuple[int, int, int]],
    titles: frozenset[int],
    answerer: int | None = None,
    ids: Sequence[str] = (),
    role_labels: Mapping[str, int] | None = None,
) -> list[FoundQuote]:
    """A transcript's turns as quotes of their speakers: the words after a speaker's label on
    the same line ("Wang Wenbin: State Councilor ... concluded his visit."; in capitals, the
    surname of a person named in the text: "MR PRICE: Good afternoon ..."), or the first
    paragraph of at least ``_LONG`` words under a label alone on its line, before the next
    label ("President of Russia Vladimir Putin:" / "Mr President, colleagues," / "I am happy
    to ..."). In a question-and-answer transcript, the answers ("A: ...") are ``answerer``'s
    and a question ("Q: ...") ends the turn before it."""
    lex = lexicon()
    qa_labels = lex.question_labels | lex.answer_labels
    out: list[FoundQuote] = []
    waiting: int | None = None  # the speaker of a label alone on its line, until a paragraph
    # a word of one person's name (lower case: a surname, or a family name written first, "Xi
    # Jinping") -> a mention of the person; a word of two persons' names names neither
    # (one person: one of ``ids``, the actors the mentions are of, else one name)
    owners: dict[str, dict[str, int]] = {}
    for i, (u, s, e) in enumerate(persons):
        name = " ".join(texts[u][0][s:e].split())
        for word in name.split():
            owners.setdefault(word.lower(), {}).setdefault(ids[i] if ids else name, i)
    surnames = {w: next(iter(o.values())) for w, o in owners.items() if len(o) == 1}
    # an interview's labels by initials ("NC:" for Noam Chomsky), of one person's name only
    by_initials: dict[str, dict[str, int]] = {}
    for i, (u, s, e) in enumerate(persons):
        name = " ".join(texts[u][0][s:e].split())
        parts = name.split()
        if 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts):
            by_initials.setdefault("".join(p[0] for p in parts).lower(), {}).setdefault(name, i)
    for key, names in by_initials.items():
        if len(names) == 1 and key not in surnames:
            surnames[key] = next(iter(names.values()))
    for u, (text, is_body) in enumerate(texts):
        if not is_body or u in titles:
            continue
        inline = list(_INLINE_LABEL.finditer(text))
        if len(inline) >= 2:  # (turns run together in one paragraph: "JOURNALIST: … G. X: …")
            for k, m in enumerate(inline):
                end = inline[k + 1].start() if k + 1 < len(inline) else len(text)
                who = surnames.get(m[1].lower())
                turn = text[m.end() : end].strip()
                if who is not None and len(turn.split()) >= _LONG:
                    out.append(FoundQuote(u, m.end(), end, _turn_quote(turn), who))
            waiting = None
            continue
        qa = _QA_LABEL.match(text)
        if qa is not None and qa[1] in qa_labels:
            waiting = None
            rest = text[qa.end() :].strip()
            if answerer is not None and qa[1] in lex.answer_labels and len(rest.split()) >= _LONG:
                out.append(FoundQuote(u, qa.end(), len(text), _turn_quote(rest), answerer))
            continue
        label = _speaker_label(text, persons, u)
        if label is None and role_labels and (by_role := _ROLE_LABEL.match(text)) is not None:
            # a label by the speaker's role ("Chief Executive: ..." of "the Chief Executive, Mr
            # Donald Tsang")
            holder = role_labels.get(re.sub(r"^the\s+", "", by_role[1].lower()))
            if holder is not None:
                label = holder, by_role.end()
        if label is None and (caps := _CAPS_LABEL.match(text)) is not None:
            named = surnames.get((caps[1] or caps[2]).lower())
            if named is None:
                waiting = None  # someone else's turn: "QUESTION:", "MODERATOR:"
                continue
            label = named, caps.end()
        if label is None and _ANY_LABEL.fullmatch(text.strip()):
            waiting = None  # someone else's turn: "Speaker 2 (01:12):"
            continue
        if label is not None:
            speaker, at = label
            rest = text[at:].strip()
            waiting = None if rest else speaker
            if len(rest.split()) >= _LONG:
                out.append(FoundQuote(u, at, len(text), _turn_quote(rest), speaker))
            continue
        if waiting is not None and len(text.split()) >= _LONG:
            out.append(FoundQuote(u, 0, len(text), _turn_quote(text), waiting))
            waiting = None
    return out
