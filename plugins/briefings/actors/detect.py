"""Detection: name mentions in the text of a briefing (tagger + gazetteers + name-structure rules).

The statistical tagger (a CRF trained by tools/train_tagger.py) proposes PER/ORG/LOC/MISC spans;
rules then clean them (articles, titles, possessives), drop what is never an actor (demonyms,
calendar words), fix kinds from the gazetteers and head words ("… Committee" is an organization,
"… Sea" a place), add gazetteer places and well-known organizations the tagger left out, and echo
every accepted name to its other occurrences in the document.
"""

from __future__ import annotations

import re
import struct
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .features import (
    capitalised_mid,
    document_contexts,
    lower_words,
    place_tags,
    sentence_featurizer,
)
from .lexicon import Lexicon, data_path, lexicon
from .tokens import Token, phrase_key, split_sentences, tokenize

LABELS = ("PER", "ORG", "LOC")
KIND_OF = {"PER": "person", "ORG": "organization", "LOC": "place"}
_FIRM_PLACES = frozenset({"country", "region", "sea", "river"})
_POSSESSIVE = frozenset({"'s", "’s", "'S", "’S", "'", "’"})
_STRIP_TAIL = frozenset({".", ",", ";", ":", "-", "–", "—", "/", '"', "“", "”", "(", ")"})
_ARTICLES = frozenset({"the", "The", "THE"})
#: "and" in the languages of place names in news ("El Salvador y Venezuela").
_AND_WORDS = frozenset({"and", "&", "y", "e", "et", "und"})
#: Words that join the parts of a name and never open one ("[of] Civic Party").
_CONNECTORS = frozenset({"of", "for", "and", "&", "in", "at", "on", "by"})
_DEMONYM_ENDINGS = ("ese", "ian", "ians", "ean", "eans", "ist", "ists", "ish", "ans")
#: A tagger name whose tokens are names with lower mean probability than this is dropped.
_MIN_CONFIDENCE = 0.65
#: ... or than this when the name ends in a head word ("Second Thomas Shoal", "... Committee").
_MIN_HEADED_CONFIDENCE = 0.4
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}[0-9]?$")


@dataclass(frozen=True)
class Unit:
    """One piece of text scanned for actors: a paragraph, a title, a caption or a credit."""

    text: str
    section: str
    in_figure: bool = False
    credit: bool = False


@dataclass(frozen=True)
class Found:
    """One mention of a name in a unit."""

    surface: str
    label: str
    """PER, ORG or LOC."""
    unit: int
    start: int
    end: int
    sentence: str
    source: str = "tagger"
    """tagger, gazetteer, rule, echo, credit or registry."""
    entry: str | None = None
    """Registry id when a registry alias matched."""
    scores: tuple[tuple[str, float], ...] = ()
    """The tagger's mean probability of each kind over the name's tokens (tagger names whose
    kind no rule decided), for voting on the kind of an actor across its mentions."""


@cache
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(data_path("tagger.crfsuite"))
    return tagger


@cache
def _model_attributes() -> frozenset[str] | None:
    """The attributes the tagger's model knows (its CQDB attribute dictionary), or None when the
    file is not laid out as expected (then every feature goes to the tagger). Read here rather
    than with pycrfsuite's ``Tagger.info()``, which gives the same set but dumps and parses the
    whole model as text (~0.2 s at start-up against ~0.02 s)."""
    try:
        with open(data_path("tagger.crfsuite"), "rb") as fh:
            data = fh.read()
        magic, *_, num_attrs, _, _, offset, _, _ = struct.unpack_from("<4sI4sIIIIIIIII", data)
        chunk, _, _, order, size, backward = struct.unpack_from("<4sIIIII", data, offset)
        if magic != b"lCRF" or chunk != b"CQDB" or order != 0x62445371 or size != num_attrs:
            return None
        out = []
        for i, at in enumerate(struct.unpack_from(f"<{size}I", data, offset + backward)):
            record, length = struct.unpack_from("<II", data, offset + at)
            if record != i:
                return None
            start = offset + at + 8
            out.append(data[start : start + length - 1].decode("utf-8"))
        return frozenset(out)
    except (OSError, struct.error, UnicodeDecodeError, ValueError):
        return None


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start >= 0:
                out.append((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (-1, "")
    return out


@dataclass
class _Sentence:
    unit: int
    tokens: list[Token]
    text: str


class AliasMatcher:
    """One lookup table for many phrases: token n-grams -> value (cost independent of its size)."""

    def __init__(self, phrases: dict[str, str]) -> None:
        self.table: dict[str, str] = {}
        self.first: dict[str, int] = {}
        """First token of a phrase -> the longest phrase (in tokens) starting with it."""
        for phrase, value in phrases.items():
            words = [t.text for t in tokenize(phrase)]
            if words:
                self.table[phrase_key(words)] = value
                self.first[words[0]] = max(self.first.get(words[0], 0), len(words))

    def find(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        if self.first.keys().isdisjoint(words):  # most sentences: no phrase starts here
            return out
        i = 0
        n = len(words)
        while i < n:
            longest = self.first.get(words[i])
            if longest is None:
                i += 1
                continue
            for length in range(min(longest, n - i), 0, -1):
                value = self.table.get(phrase_key(words[i : i + length]))
                if value is not None:
                    out.append((i, i + length, value))
                    i += length
                    break
            else:
                i += 1
        return out


def _clean(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> tuple[int, int] | None:
    """Trim articles, leading function words, titles (persons), possessives, trailing
    particles, calendar words and stray punctuation off a span."""
    while (
        start < end
        and (
            words[start] in _ARTICLES
            or (words[start] == "An" and end - start > 1)  # "An Oscar-winning ..."
            or words[start] in _STRIP_TAIL
            or words[start] in _CONNECTORS
            or (end - start > 1 and words[start].lower() in lex.function_words)
            or (
                end - start > 1
                and words[start][:1].islower()
                and words[start] not in lex.name_particles
            )
        )
    ):
        start += 1
    if _title_of_the_name(words, start, end, lex):
        pass  # "Saint Petersburg", "Prince Edward Island": the title is part of the name
    elif label == "PER":
        while end - start > 1 and (
            (words[start] in lex.title_words and not _first_name_of(words, start, end, lex))
            or words[start] in lex.demonyms
        ):
            start += 1
    elif (
        end - start > 1
        and (words[start] in lex.title_words or words[start] in lex.demonyms)
        and words[start][:1].isupper()
        and not any(w in lex.org_words or w in lex.place_words for w in words[start:end])
        and any(w in lex.title_words for w in words[start : start + 3])
    ):
        # "Ambassador Mohib", "Russian President Vladimir Putin" tagged as something else: a
        # title (and nationality) before a bare name.
        while end - start > 1 and (words[start] in lex.title_words or words[start] in lex.demonyms):
            start += 1
    while (
        end - start > 2
        and words[end - 1].lower() in lex.hyphen_suffixes
        and words[end - 2] in ("-", "‐")
    ):
        end -= 2  # "Warhol-like", "Booker Prize-winner": an adjective made of a name
    while end > start and (
        words[end - 1] in _POSSESSIVE
        or words[end - 1] in _STRIP_TAIL
        or words[end - 1] in _ARTICLES
        or words[end - 1] in lex.name_particles
        or (end - start > 1 and words[end - 1] in lex.calendar_words)
        or (
            end - start > 1
            and label != "PER"
            and words[end - 1] in lex.title_words
            # (not "Ministry of National Defense", "Department of the Interior")
            and not any(
                words[j] in lex.org_words and words[j + 1] in ("of", "for")
                for j in range(start, end - 2)
            )
        )
    ):
        end -= 1
    if start >= end:
        return None
    return start, end


def _title_of_the_name(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """Whether the title word opening ``words[start:end]`` belongs to the name: a saint's name
    or a place named after one ("Saint Petersburg", "Saint Lucia", "Saint Nicholas"; data/
    words.yml name_titles) or a gazetteer place ("Prince Edward Island")."""
    return end - start > 1 and (
        words[start] in lex.name_titles or phrase_key(words[start:end]) in lex.places
    )


def _breaks_name(words: list[str], j: int, end: int, lex: Lexicon) -> bool:
    """Whether a name cannot go on over word ``j``: a lower-case English word ("includes",
    "before", "rules") that is no particle of names and no head word written in lower case
    ("Bohai sea", "Time magazine", "Greek government"); words of other languages
    ("Centro de investigación") and hyphenated parts do not break a name, nor words before a
    head word later in the name ("Cosham railway station", "US house science committee")."""
    w = words[j]
    head = w.capitalize()
    return (
        len(w) > 2
        and w.isalpha()
        and w.islower()
        and w in lex.dict_lower
        and w not in lex.name_particles
        and w not in lex.inner_particles
        and head not in lex.org_words
        and head not in lex.place_words
        and words[j - 1] not in ("-", "‐")
        and (j + 1 >= len(words) or words[j + 1] not in ("-", "‐"))
        # (last: the look-ahead over the rest of the name, for the few words that get here)
        and not any(
            x.capitalize() in lex.org_words or x.capitalize() in lex.place_words
            for x in words[j + 1 : end]
        )
    )


def _name_break(words: list[str], start: int, end: int, lex: Lexicon) -> int | None:
    """The first inner word of the name ``words[start:end]`` that ends it (see
    :func:`_breaks_name`), or None."""
    return next((j for j in range(start + 1, end) if _breaks_name(words, j, end, lex)), None)


def _first_name_of(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """ "Dean Kamen": a title word that is also a first name, before a lone surname."""
    return end - start == 2 and words[start] in lex.first_names and words[start][:1].isupper()


def _person_with_misc_head(span_words: list[str], label: str | None, lex: Lexicon) -> bool:
    """ "Nathan Law", "Doris Day": a person's name (so tagged) whose surname is also a head word
    of a law or an event ("Magnitsky Law", "Victory Day")."""
    return (
        label == "PER"
        and len(span_words) == 2
        and span_words[0] in lex.first_names
        and span_words[0] not in lex.places
        and span_words[1].isalpha()
        and not span_words[1].endswith("s")  # "Summer Olympics", "Stanley Cups"
        and span_words[1] not in lex.prize_heads  # "Booker Prize", "Stanley Cup"
    )


def _names_an_event(span_words: list[str], lex: Lexicon) -> bool:
    """ "Operation Market Garden", "Battle of Britain", "War of Independence", "Treaty of
    Versailles": an event's or an agreement's head word opens the name or comes before "of"."""
    if len(span_words) < 2:
        return False
    if span_words[0] in lex.misc_openers:
        return True
    if "of" in span_words[1:]:
        return span_words[span_words.index("of", 1) - 1] in lex.misc_heads
    return False


def _persons_name(span_words: list[str], lex: Lexicon) -> bool:
    """ "Jeremy Tam": a known first name and a surname (or a word no dictionary knows), the
    shape of a person's name even where the tagger took it for a work or an event."""
    if len(span_words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in span_words):
        return False
    first, last = span_words
    return (
        first in lex.first_names
        and first not in lex.places
        and (last in lex.last_names or last.lower() not in lex.dict_lower)
        and last not in lex.places
        and last not in lex.misc_heads
    )


def _acceptable(
    span_words: list[str],
    lex: Lexicon,
    sentence_initial: bool,
    seen: set[str],
    label: str | None = None,
) -> bool:
    key = phrase_key(span_words)
    if key in lex.demonyms or key in lex.not_actors:
        return False
    if key.endswith("ers") and key[:-3] in lex.places and key not in lex.places:
        return False  # "New Yorkers", "Londoners", "Icelanders": people of a place
    if (
        len(span_words) > 1
        and span_words[-1] in lex.misc_heads
        and not _person_with_misc_head(span_words, label, lex)
    ):
        return False
    if _names_an_event(span_words, lex):
        return False
    if (
        len(span_words) > 2
        and span_words[0] in lex.title_words
        and span_words[0] not in lex.org_words
        and span_words[1] in ("of", "for")
        and phrase_key(span_words[2:]) not in lex.places
    ):
        return False  # "Director of Media and Communications", "Chief of Staff": a title
    first = span_words[0]
    if not (first[:1].isupper() or first[:1].isdigit()) and len(span_words) == 1:
        return False
    if not any(ch.isupper() for ch in key):
        return False
    if all(
        w in lex.demonyms or w in lex.not_actors or w in lex.title_words or not w[:1].isalnum()
        for w in span_words
    ):
        return False
    if (
        len(span_words) == 1
        and sentence_initial
        and first.lower() in seen
        and key not in lex.places
    ):
        return False
    if (
        len(span_words) == 1
        and key.endswith(_DEMONYM_ENDINGS)
        and key not in lex.places
        and key not in lex.first_names
        and key not in lex.last_names
        and key not in lex.known_orgs
    ):
        return False
    return not all(ch.isdigit() or not ch.isalnum() for ch in key)


def _strong_label(span_words: list[str], lex: Lexicon) -> str | None:
    """The kind that head words and gazetteers make certain, if any."""
    key = phrase_key(span_words)
    last = span_words[-1]
    if key in lex.known_orgs or (len(span_words) == 1 and lex.org_pattern.fullmatch(key)):
        return "ORG"
    if (
        len(span_words) > 1
        and span_words[0] in lex.org_openers
        and span_words[-1] not in lex.place_words  # not "Centre Street"
    ):
        return "ORG"  # "Instituto Gonzaga", "Partido Popular"
    if lex.places.get(key) in _FIRM_PLACES:
        return "LOC"
    if len(span_words) > 1:
        if last in lex.org_words:
            return "ORG"
        if "of" in span_words[1:]:
            head = span_words[span_words.index("of", 1) - 1]
            if head in lex.org_words:
                return "ORG"
            if head in lex.place_words:
                return "LOC"
        if "for" in span_words[1:] and span_words[span_words.index("for", 1) - 1] in lex.org_words:
            return "ORG"  # "Institute for Fiscal Studies", "Centre for Policy Studies"
    return None


def _place_prefix(span_words: list[str], lex: Lexicon) -> int:
    """The length of the longest gazetteer place that opens a name and is not all of it ("New
    York" in "New York Yankees"), or 0."""
    for k in range(len(span_words) - 1, 0, -1):
        if phrase_key(span_words[:k]) in lex.places:
            return k
    return 0


def _team_name(span_words: list[str], lex: Lexicon) -> bool:
    """ "Boston Bruins", "Sacramento River Cats", "West Coast Eagles": a place followed by a
    capitalised plural common noun (the nickname) is a sports team, not the place ("Niagara
    Falls", "Cayman Islands": data/words.yml place_plurals, or the gazetteer, say otherwise);
    so is a place followed by a word of data/words.yml team_words ("Newcastle United")."""
    if not 2 <= len(span_words) <= 4:
        return False
    last = span_words[-1]
    if (
        last in lex.team_words
        and _place_prefix(span_words, lex) == len(span_words) - 1
        and phrase_key(span_words) not in lex.places
    ):
        return True  # "Newcastle United", "Oldham Athletic"
    if not (
        last[:1].isupper()
        and last.isalpha()
        and len(last) > 3
        and last.endswith("s")
        and not last.endswith("ss")
        and last not in lex.place_plurals
        and last not in lex.place_words
        and last not in lex.org_words
        and last not in lex.demonyms
        and last not in lex.places
        and (last[:-1].lower() in lex.dict_lower or last[:-2].lower() in lex.dict_lower)
    ):
        return False
    prefix = _place_prefix(span_words, lex)
    return (
        prefix > 0
        and phrase_key(span_words) not in lex.places
        and span_words[0] not in lex.first_names
        and all(w[:1].isupper() and w.isalpha() for w in span_words[prefix:])
    )


def _fix_label(span_words: list[str], label: str, lex: Lexicon) -> str:
    strong = _strong_label(span_words, lex)
    if strong:
        return strong
    if 2 <= len(span_words) <= 3 and span_words[0] in lex.stage_titles:
        return "PER"  # "DJ Khaled", "MC Hammer": a performer's stage name
    if _team_name(span_words, lex):
        return "ORG"
    key = phrase_key(span_words)
    n = len(span_words)
    plain = all(w[:1].isupper() for w in span_words) and not any(
        w in lex.place_words or w in lex.org_words for w in span_words
    )
    if label != "PER" and 2 <= n <= 4 and plain and key not in lex.places:
        # "Barack Obama" (Obama is also a town): a known first name opens a person's name.
        if span_words[0] in lex.first_names and span_words[0] not in lex.places:
            return "PER"
        # "Toronto Star", "LA Weekly": a place name followed by other words is a title.
        if label == "LOC" and _place_prefix(span_words, lex) and span_words[-1] not in lex.places:
            return "ORG"
    if span_words[-1] in lex.place_words and len(span_words) > 1 and label != "PER":
        return "LOC"
    if (
        label == "PER"
        and len(span_words) >= 3
        and span_words[-1] in lex.place_words
        and span_words[-1] not in lex.last_names
    ):
        return "LOC"  # "Bobby Morris Playfield": a place named after a person ("Tom Hall" stays)
    if (
        label != "PER"
        and len(span_words) == 2
        and _INITIALS.match(span_words[0])
        and span_words[0] not in lex.places
        and span_words[1] in lex.last_names
        and span_words[1] not in lex.places
    ):
        # "O.J. Simpson", "J.K. Rowling": initials before a surname (not "U.S. Army").
        return "PER"
    if len(span_words) == 1 and key in lex.first_names and key not in lex.places:
        return "PER"
    if label == "LOC" and len(span_words) == 1 and _ACRONYM.match(key) and key not in lex.places:
        # An unknown acronym is an organization far more often than a place ("ISKRAN").
        return "ORG"
    return label


def _split_credit(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """A photo credit line -> (start, end, label) parts: agencies and photographers."""
    body_start = 0
    for prefix in sorted(lex.credit_prefixes, key=len, reverse=True):
        if text.lower().startswith(prefix.lower()):
            body_start = len(prefix)
            break
    bare = re.match(r"Credits?\s+", text[body_start:])
    if bare:  # "Credit Harry Campbell"
        body_start += bare.end()
    out = []
    for m in re.finditer(r"[^/,;|]+", text[body_start:]):
        part = m.group().strip()
        if not part or not part[:1].isupper():
            continue
        if any(ch.isdigit() for ch in part) or any(
            w[:1].islower() and w not in lex.name_particles for w in part.split()
        ):
            continue  # a caption or a date before the credit ("Elon Musk at the ... in Paris")
        start = body_start + m.start() + (len(m.group()) - len(m.group().lstrip()))
        words = part.split()
        if (
            part in lex.known_orgs
            or part.isupper()
            or any(w in lex.org_words for w in words)
            or not (2 <= len(words) <= 4)
            or not all(w[:1].isupper() for w in words)
        ):
            label = "ORG"
        else:
            label = "PER"
        out.append((start, start + len(part), label))
    return out


#: "Credit Harry Campbell", "Credits Jane Doe/Reuters": a short line of names after the word.
_BARE_CREDIT = re.compile(r"Credits?\s+[A-Z][\w.'’\- ]{0,40}(?:/[\w.'’\- ]{1,40})?")
#: A credit glued to the end of a caption: "... in Brooklyn.CreditFred R. Conrad/The New York
#: Times" (copied page text loses the line break before the credit).
_GLUED_CREDIT = re.compile(r"(?<=[.!?”\")])\s?(?:Credit)+(?=[A-ZÀ-Þ])")


def is_credit_line(text: str, lex: Lexicon | None = None) -> bool:
    lex = lex or lexicon()
    low = text.lower()
    return len(text) < 150 and (
        any(low.startswith(p.lower()) for p in lex.credit_prefixes)
        or _BARE_CREDIT.fullmatch(text.strip()) is not None
    )


def detect(units: Sequence[Unit], registry_matcher: AliasMatcher | None = None) -> list[Found]:
    """Every name mention in ``units``, in text order."""
    lex = lexicon()
    tagger = _tagger()
    sentences: list[_Sentence] = []
    found: list[Found] = []
    for u, unit in enumerate(units):
        if unit.credit:
            for start, end, label in _split_credit(unit.text, lex):
                found.append(Found(unit.text[start:end], label, u, start, end, unit.text, "credit"))
            continue
        for toks in split_sentences(tokenize(unit.text)):
            text = unit.text[toks[0].start : toks[-1].end]
            sentences.append(_Sentence(u, toks, text))
    sentence_words = [[t.text for t in s.tokens] for s in sentences]
    seen = lower_words(w for words in sentence_words for w in words)
    cap_mid = capitalised_mid(sentence_words)
    doc_ctx = document_contexts(sentence_words)
    acronym_counts = Counter(w for words in sentence_words for w in words if _ACRONYM.match(w))
    featurize = sentence_featurizer(seen, lex, cap_mid, doc_ctx, _model_attributes())

    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]] = []
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]] = []
    for sent, words in zip(sentences, sentence_words, strict=True):
        taken = [False] * len(words)
        spans: list[tuple[int, int, str, str, str | None]] = []
        if registry_matcher is not None:
            for s, e, value in registry_matcher.find(words):
                entry_id, _, label = value.partition("\t")
                spans.append((s, e, label, "registry", entry_id))
                for k in range(s, e):
                    taken[k] = True
        if words[0].isupper() and not units[sent.unit].text[: sent.tokens[0].start].strip():
            for ds, de in _dateline(words, lex):
                if not any(taken[ds:de]):
                    spans.append((ds, de, "LOC", "gazetteer", None))
                    for k in range(ds, de):
                        taken[k] = True
        gaz = place_tags(words, lex)
        tags = tagger.tag(featurize(words, gaz))
        firm = _firm_place_spans(gaz)
        blocked = [False] * len(words)
        soft: dict[tuple[int, int], tuple[tuple[str, float], ...]] = {}
        for s, e, label in bio_spans(tags):
            if any(taken[s:e]):
                continue
            if label not in LABELS:
                # Other names (events, works, nationalities) block gazetteer additions, unless
                # head words make them an organization or a place ("Church of Scientology").
                cleaned = _clean(words, s, e, label, lex)
                strong = _strong_label(words[cleaned[0] : cleaned[1]], lex) if cleaned else None
                if (
                    strong is None
                    and cleaned
                    and _persons_name(words[cleaned[0] : cleaned[1]], lex)
                ):
                    strong = "PER"
                if (
                    strong is None
                    and cleaned
                    and cleaned[1] - cleaned[0] > 1
                    and words[cleaned[1] - 1] in lex.place_words
                    and words[cleaned[0]] not in lex.misc_openers
                ):
                    strong = "LOC"  # "Second Thomas Shoal", "Golden Gate Bridge"
                if strong is None:
                    for k in range(s, e):
                        blocked[k] = True
                    continue
                label = strong
            # A name inside a longer gazetteer place is that place ("Middle" -> "Middle East").
            for gs, ge in firm:
                if gs <= s and e <= ge and (gs, ge) != (s, e) and not any(taken[gs:ge]):
                    s, e, label = gs, ge, "LOC"
                    break
            cleaned = _clean(words, s, e, label, lex)
            if cleaned is None:
                continue
            cs, ce = cleaned
            cut = _name_break(words, cs, ce, lex)
            if cut is not None:
                # "Monti government", "USI includes Polaroids", "CORS rules": a name ends
                # before a lower-case word that is no particle of names.
                cleaned = _clean(words, cs, cut, label, lex)
                if cleaned is None:
                    continue
                cs, ce = cleaned
            ce = _before_title(words, cs, ce, lex)
            if _leaders_body(words, cs, ce, lex):
                ce, label = ce - 1, "PER"  # "the [Monti] government"
            # The tagger's confidence: marginals of the span's tokens only.
            p_out = sum(tagger.marginal("O", k) for k in range(cs, ce))
            confidence = 1 - p_out / (ce - cs)
            headed = ce - cs > 1 and (
                words[ce - 1] in lex.org_words or words[ce - 1] in lex.place_words
            )
            if confidence < (_MIN_HEADED_CONFIDENCE if headed else _MIN_CONFIDENCE):
                continue
            span_words = words[cs:ce]
            if not _acceptable(span_words, lex, cs == 0, seen, label):
                continue
            cs = _first_name_before(words, cs, ce, label, taken, lex)
            ce = _extend_org(words, cs, ce, lex)
            if label != "PER":
                # (A person's name does not go on into a head word: "[Davis] Administration",
                # "[Sara Shackleton] Enron Wholesale Services".)
                headed_end = _extend_head(words, ce, taken, lex)
                if headed_end > ce and label == "LOC":
                    # "New Zealand" + "League" + "of Rights"
                    headed_end = _extend_org(words, cs, headed_end, lex)
                ce = _before_title(words, cs, headed_end, lex)  # not "White House Press"
            ce = _extend_conjoined(words, cs, ce, taken, lex)
            pieces = _coordinated(words, cs, ce, lex) or _split_of(words, cs, ce, label, lex)
            if pieces is None:
                pieces = _split_span(words, cs, ce, label, lex)
            for ps, pe, plabel in pieces:
                fixed = _fix_label(words[ps:pe], plabel, lex)
                spans.append((ps, pe, fixed, "tagger", None))
                if fixed == plabel == label:
                    soft[(ps, pe)] = _kind_scores(tagger, ps, pe)
            # The tagger's span and what it was widened over ("Communist Party" + "of China"):
            # no later name of the tagger's may claim those words again.
            for k in range(s, max(e, ce)):
                taken[k] = True
        # Gazetteer places and well-known organizations the tagger left out. Only places that
        # are hardly anything else: countries, regions, seas, rivers and big cities (the tagger
        # already sees the gazetteer; where it passed over "Summit", "Mission" or "Mesa", the
        # small town of that name is seldom meant).
        i = 0 if gaz.count("O") < len(gaz) else len(words)  # (skipped when there is none)
        while i < len(words):
            if gaz[i].startswith("B-") and not taken[i] and not blocked[i]:
                j = i + 1
                while j < len(words) and gaz[j].startswith("I-"):
                    j += 1
                cls = gaz[i][2:]
                if not any(taken[i:j]) and (
                    cls in _FIRM_PLACES
                    or (
                        phrase_key(words[i:j]) in lex.major_cities
                        and words[i] not in lex.first_names
                        and (i > 0 or words[i].lower() not in seen)
                    )
                ):
                    span_words = words[i:j]
                    if _acceptable(span_words, lex, i == 0, seen):
                        spans.append((i, j, "LOC", "gazetteer", None))
                        for k in range(i, j):
                            taken[k] = True
                i = j
            else:
                i += 1
        for k, w in enumerate(words):
            # Organizations by word shape ("Rosselkhoznadzor"), from data/words.yml.
            if not taken[k] and not blocked[k] and lex.org_pattern.fullmatch(w):
                spans.append((k, k + 1, "ORG", "rule", None))
                taken[k] = True
        for s, e, _ in _KNOWN_ORGS().find(words):
            if not any(taken[s:e]) and not any(blocked[s:e]):
                spans.append((s, e, "ORG", "gazetteer", None))
                for k in range(s, e):
                    taken[k] = True
        # A name right after a title is a person's ("President Xi Jinping").
        for ts, te in _titled_names(words, lex):
            if not any(taken[ts:te]) and not any(blocked[ts:te]):
                spans.append((ts, te, "PER", "rule", None))
                for k in range(ts, te):
                    taken[k] = True
        # Unknown acronyms are organizations ("NCAA", "FIFA") unless the sentence shouts.
        shouting = sum(1 for w in words if w.isupper() and len(w) > 1) > len(words) / 2
        for k, w in enumerate(words):
            if (
                not taken[k]
                and not blocked[k]
                and not shouting
                and _ACRONYM.match(w)
                and not w[-1].isdigit()  # "PS4", "MP3", "HTML5": products and formats
                and w not in lex.not_acronyms
                and w not in lex.not_actors  # "ROV", "EP": abbreviations of things
                and w not in lex.places
                and (acronym_counts[w] >= 2 or (k > 0 and words[k - 1] == "("))
            ):
                # "CBC" + "News", "BBC" + "World Service".
                e = _extend_head(words, k + 1, taken, lex)
                spans.append((k, e, "ORG", "acronym", None))
                for j in range(k, e):
                    taken[j] = True
        # Capitalised runs ending in an organization head word ("International Affairs Committee").
        for s, e in _capitalised_runs(words, lex):
            of_org = _org_of_place(words, s, e, spans, taken, lex)
            if of_org is not None:
                spans[:] = [x for x in spans if not (of_org[0] <= x[0] and x[1] <= of_org[1])]
                spans.append((*of_org, "ORG", "rule", None))
                for k in range(*of_org):
                    taken[k] = True
            elif (
                (
                    words[e - 1] in lex.org_words
                    or (words[s] in lex.org_openers and words[e - 1] not in lex.place_words)
                    or _team_name(words[s:e], lex)  # "Manchester United", "Boston Bruins"
                    or (
                        # "Institute for Fiscal Studies", "Bank of England"
                        e - s >= 3
                        and words[s] in lex.org_words
                        and words[s + 1] in ("of", "for")
                        and words[e - 1] not in lex.place_words
                    )
                )
                and e - s >= 2
                and not any(taken[s:e])
                and not any(blocked[s:e])
                and _acceptable(words[s:e], lex, s == 0, seen)
            ):
                spans.append((s, e, "ORG", "rule", None))
                for k in range(s, e):
                    taken[k] = True
        spans_per_sentence.append(spans)
        soft_per_sentence.append(soft)

    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for s, e in _city_comma_region(words, spans, lex):
            soft.pop((s, e), None)  # the tagger's kind no longer votes
        _glue_city_suffix(words, spans, lex)
        for s, e in _owner_before_person(words, spans, lex):
            soft.pop((s, e), None)  # the tagger's kind no longer votes
    _trim_to_known_persons(sentence_words, spans_per_sentence, lex)
    _drop_things(sentence_words, spans_per_sentence, lex)
    teams = _teams_in_match_reports(sentence_words, spans_per_sentence, lex)
    _kinds_from_class_nouns(sentence_words, spans_per_sentence, soft_per_sentence, seen, teams, lex)
    _unsure_places(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    _unsure_persons(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    # Echo: every accepted name also counts where the tagger missed it.
    votes: dict[str, Counter[str]] = {}
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        for s, e, label, _, _ in spans:
            votes.setdefault(phrase_key(words[s:e]), Counter())[label] += 1
    echo_names = {
        key: counts.most_common(1)[0][0]
        for key, counts in votes.items()
        if key not in lex.first_names or len(key.split()) > 1
    }
    for key, label in list(echo_names.items()):
        parts = key.split()
        if label == "PER" and len(parts) > 1 and parts[-1][:1].isupper() and len(parts[-1]) > 2:
            echo_names.setdefault(parts[-1], "PER")
    echo = AliasMatcher(echo_names)
    for sent, words, spans, soft in zip(
        sentences, sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        taken = [False] * len(words)
        for s, e, *_ in spans:
            for k in range(s, e):
                taken[k] = True
        for s, e, label in echo.find(words):
            if any(taken[s:e]):
                continue
            if s == 0 and e - s == 1 and words[s].lower() in seen:
                continue
            spans.append((s, e, label, "echo", None))
        for s0, e0, label, source, entry in spans:
            if _cut_by_ellipsis(sent.tokens, e0, units[sent.unit].text):
                continue
            s, e = _glue_hyphens(sent.tokens, s0, e0, label, lex)
            s = _glue_number(sent.tokens, s, e, lex)
            e = _glue_trailing_number(sent.tokens, e, lex)
            start, end = sent.tokens[s].start, sent.tokens[e - 1].end
            text = units[sent.unit].text
            found.append(
                Found(
                    text[start:end],
                    label,
                    sent.unit,
                    start,
                    end,
                    sent.text,
                    source,
                    entry,
                    soft.get((s0, e0), ()),
                )
            )
    # Names in a credit glued to a caption's end are the photographer's and the agency's: no
    # briefing actors.
    credit_tails = {}
    for u, unit in enumerate(units):
        if not unit.credit and "Credit" in unit.text:
            m = _GLUED_CREDIT.search(unit.text)
            if m and len(unit.text) - m.start() < 120:
                credit_tails[u] = m.start()
    if credit_tails:
        found = [f for f in found if f.start < credit_tails.get(f.unit, len(units[f.unit].text))]
    found.sort(key=lambda f: (f.unit, f.start))
    return found


def _city_comma_region(
    words: list[str], spans: list[tuple[int, int, str, str, str | None]], lex: Lexicon
) -> list[tuple[int, int]]:
    """ "Austin, Texas", "Paris, France", "Kyiv, Ukraine": a gazetteer place followed by a comma
    and a country, state or region is a place, whatever the tagger made of it ("The Austin,
    Texas-based company"). Changes the spans in place and returns the changed ones."""
    changed: list[tuple[int, int]] = []
    starts = {x[0]: x for x in spans}
    for i, (s, e, label, source, entry) in enumerate(spans):
        if label == "LOC" or source == "registry" or e + 1 >= len(words) or words[e] != ",":
            continue
        nxt = starts.get(e + 1)
        if (
            nxt is not None
            and nxt[2] == "LOC"
            and lex.places.get(phrase_key(words[nxt[0] : nxt[1]]))
            in ("country", "subdivision", "region")
            and (
                phrase_key(words[s:e]) in lex.places
                or _unknown_before_region(words, s, e, nxt[1], label, lex)
            )
        ):
            spans[i] = (s, e, "LOC", source, entry)
            changed.append((s, e))
    return changed


def _unknown_before_region(
    words: list[str], s: int, e: int, region_end: int, label: str, lex: Lexicon
) -> bool:
    """ "Debden, England, 4 June 1943", "Ribandar, Goa.": a name no gazetteer knows before a
    comma and a country or region that ends the phrase (not "Nyrstar, Belgium's zinc group")
    is a town of that region, unless it is shaped like a person's or an organization's name."""
    after = words[region_end] if region_end < len(words) else "."
    return (
        after in (",", ".", ";", ":", ")", "-", "–", "—")
        and words[s] not in lex.first_names
        and not (label == "PER" and e - s > 1)
        and not any(_head_word(w, lex) for w in words[s:e])
        and _strong_label(words[s:e], lex) is None  # "Universidad Nacional ..., Spain"
    )


def _glue_city_suffix(
    words: list[str], spans: list[tuple[int, int, str, str, str | None]], lex: Lexicon
) -> None:
    """ "Washington, D.C.": a place followed by a comma and a word that completes a city's name
    (data/words.yml city_suffixes) is one place. Changes the spans in place."""
    glued = {
        x
        for x in spans
        if x[2] == "LOC"
        and x[1] + 1 < len(words)
        and words[x[1]] == ","
        and words[x[1] + 1] in lex.city_suffixes
    }
    if glued:
        suffixes = {x[1] + 1 for x in glued}
        spans[:] = [
            (x[0], x[1] + 2, x[2], x[3], x[4]) if x in glued else x
            for x in spans
            if x[0] not in suffixes
        ]


_DATELINE_ENDS = frozenset({",", "(", "—", "–", "-", ":"})


def _dateline(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """ "LONDON, March 3 (Reuters) -", "KYIV, Ukraine —", "BEIJING/MANILA, June 18": the cities
    of a news dateline, in capitals at the start of a paragraph (several joined by "/"), are
    places. Returns their spans (none when the paragraph opens otherwise)."""
    out: list[tuple[int, int]] = []
    i = 0
    while True:
        j = i
        while j < len(words) and j - i < 4 and words[j].isupper() and words[j].isalpha():
            j += 1
        if j == i or j >= len(words) or not _a_dateline_place(words[i:j], lex):
            return []
        out.append((i, j))
        if words[j] in _DATELINE_ENDS:
            return out
        if words[j] != "/" or len(out) >= 4:
            return []
        i = j + 1


def _a_dateline_place(words: list[str], lex: Lexicon) -> bool:
    titled = [w.lower() if w.lower() in lex.name_particles else w.capitalize() for w in words]
    name = " ".join(titled)
    return (len(name) >= 4 and name in lex.major_cities) or lex.places.get(name) in (
        "city",
        "country",
        "subdivision",
        "region",
    )


def _cued_runs(words: list[str], k: int, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The names a class noun at ``k`` announces, with their kind: "band [Korn]" (ORG), "town of
    [Hiram]" (LOC); after a plural class noun, every name of a list: "the villages of [Lougou]
    and [Tougana]", "the bands [Korn], [Creed] and [Staind]". Empty when no capitalised run
    follows."""
    w = words[k]
    if w in lex.org_class_nouns:
        label, start = "ORG", k + 1
    elif w in lex.place_class_nouns and k + 1 < len(words) and words[k + 1] == "of":
        label, start = "LOC", k + 2
    else:
        return []
    runs: list[tuple[int, int, str]] = []
    n = len(words)
    while True:
        j = start
        while j < n and j - start < 4 and words[j][:1].isupper():
            j += 1
        if j == start:
            break
        runs.append((start, j, label))
        if not w.endswith("s"):
            break
        nxt = j
        if nxt < n and words[nxt] == ",":
            nxt += 1
        if nxt < n and words[nxt] in ("and", "or"):
            nxt += 1
        if nxt == j or nxt >= n or not words[nxt][:1].isupper():
            break
        start = nxt
    return runs


#: Words that end the noun phrase of an appositive or a predicate ("a company [with] ...").
_PHRASE_ENDS = frozenset(
    {
        "of",
        "that",
        "which",
        "who",
        "whose",
        "where",
        "when",
        "based",
        "founded",
        "located",
        "situated",
        "headquartered",
        "spoken",
        "known",
        "called",
        "named",
        "formed",
        "established",
        "created",
        "launched",
        "released",
        "published",
        "developed",
        "written",
        "owned",
        "operated",
    }
)
_APPOSITIVE_ARTICLES = frozenset({"a", "an", "the"})
_COPULAS = frozenset({"is", "are", "was", "were"})
_CLAUSE_VERBS = _COPULAS | frozenset(
    {"has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should"}
)


def _appositive_kind(words: list[str], s: int, e: int, lex: Lexicon) -> str | None:
    """The kind a class noun gives the name at ``s:e`` in an appositive or a predicate right
    after it: "Staedtler, a stationery company with ..." (ORG), "Debden, a village in Essex"
    (LOC), "Crazyhead are an English punk rock / garage rock band" (ORG), "X, the singer" (PER);
    MISC for a class noun of things (data/words.yml thing_nouns): "X is a space capsule".
    The head is the last word of the noun phrase (up to a preposition, a relative word or
    punctuation): "a town hall meeting" names no town. Class nouns: data/words.yml
    org_class_nouns, place_class_nouns, role_nouns."""
    n = len(words)
    if e + 2 >= n or words[e + 1].lower() not in _APPOSITIVE_ARTICLES:
        return None
    if words[e] == ",":
        pass
    elif words[e] in _COPULAS and (s == 0 or (s == 1 and words[0] in _ARTICLES)):
        pass  # a name opening its sentence: "Crazyhead are a band"
    else:
        return None
    head = ""
    j = e + 2
    while j < n and j - e <= 9:
        w = words[j]
        if w in _POSSESSIVE:
            return None  # "the band's name"
        if w.lower() in _APPOSITIVE_ARTICLES:
            return None  # "Kodiak, Alaska, the Polaris makes a series of trips": a clause
        if not (
            w in ("/", "-", "–")
            or (
                w.isalpha()
                and w not in _PHRASE_ENDS
                and (w[:1].isupper() or w not in lex.function_words)
            )
        ):
            break
        if w.isalpha():
            head = w
        j += 1
    if j - e > 9:
        return None  # no phrase end in sight
    if j < n and (words[j] in _CLAUSE_VERBS or words[j] in lex.speech_verbs):
        # "in Taiwan, the lantern festival is crowded", "in New York City, an official said": a
        # clause's subject
        return None
    if head == "group" and j < n and words[j] == "of":
        return None  # "a group of islands", "the group of chemicals"
    if head in lex.thing_nouns:
        return "MISC"  # a storm, a vessel, a work, a product: no actor
    if head in lex.org_class_nouns:
        return "ORG"
    if head in lex.place_class_nouns:
        return "LOC"
    if head in lex.role_nouns and head not in _NOT_PERSONS_ROLES:
        return "PER"
    return None


#: Role nouns that organizations and places may be, too ("a member of NATO", "a host").
_NOT_PERSONS_ROLES = frozenset(
    {
        "member",
        "host",
        "resident",
        "citizen",
        "victim",
        "fellow",
        "owner",
        "investor",
        "developer",
        "producer",
        "publisher",
    }
)


def _kinds_from_class_nouns(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    seen: set[str],
    teams: set[str],
    lex: Lexicon,
) -> None:
    """ "the band Korn", "the firm Secunia", "the town of Hiram": a name right after a lower-case
    class noun of organizations (or of places, before "of"; data/words.yml org_class_nouns,
    place_class_nouns) is of that kind, in every mention of the document. Not a person's name
    shape, nor a lone first name or surname before a verb ("the company Smith founded"). Names
    the tagger left out there are added. ``teams`` (keys of names a match report makes teams,
    see :func:`_teams_in_match_reports`) are organizations the same way unless a class noun
    says otherwise. Changes the spans in place."""
    cued: dict[str, str] = {}
    runs: list[tuple[int, int, int, str]] = []
    for n, words in enumerate(sentence_words):
        for k, w in enumerate(words):
            if w[:1].islower() and (w in lex.org_class_nouns or w in lex.place_class_nouns):
                for s, e, label in _cued_runs(words, k, lex):
                    name = words[s:e]
                    nxt = words[e] if e < len(words) else "."
                    if (
                        not _acceptable(name, lex, False, seen)
                        or any(x in lex.title_words for x in name)
                        or _persons_name(name, lex)
                        or (
                            # "the company Smith founded": a lone name before a verb may be the
                            # subject of a relative clause, not the company's name.
                            (name[0] in lex.first_names or name[0] in lex.last_names)
                            and nxt[:1].isalpha()
                            and nxt[:1].islower()
                            and (nxt not in lex.function_words or nxt in lex.speech_verbs)
                        )
                    ):
                        continue
                    key = phrase_key(name)
                    if cued.get(key, label) != label:
                        cued[key] = ""  # two kinds: no cue
                    else:
                        cued[key] = label
                    runs.append((n, s, e, label))
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        for s, e, _label, source, _ in spans:
            kind = _appositive_kind(words, s, e, lex)
            if kind not in LABELS or source == "registry":
                continue
            key = phrase_key(words[s:e])
            cued[key] = kind if cued.get(key, kind) == kind else ""
    for key in teams:
        cued.setdefault(key, "ORG")
    if not any(cued.values()):
        return
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for i, (s, e, label, source, entry) in enumerate(spans):
            new = cued.get(phrase_key(words[s:e]))
            if new and new != label and source != "registry":
                spans[i] = (s, e, new, "rule", entry)
                soft.pop((s, e), None)
    for n, s, e, label in runs:
        spans = spans_per_sentence[n]
        if cued.get(phrase_key(sentence_words[n][s:e])) == label and not any(
            x[0] < e and s < x[1] for x in spans
        ):
            spans.append((s, e, label, "rule", None))


#: Words before a name that make it a place in the reading of :func:`_unsure_places`.
_PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "near",
        "from",
        "to",
        "at",
        "outside",
        "across",
        "of",
        "around",
        "throughout",
        "into",
        "via",
        "through",
    }
)
_HYPHENS = frozenset({"-", "‐", "–"})
#: Below this probability of a place (the tagger's best over the mentions), an unknown one-word
#: name is an organization rather (see :func:`_unsure_places`).
_UNSURE_PLACE = 0.5


def _persons_name_parts(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
) -> set[str]:
    """Words of the document's persons' names of two words or more: a lone one is theirs
    ("Peskov" of "Dmitry Peskov")."""
    return {
        w
        for words, spans in zip(sentence_words, spans_per_sentence, strict=True)
        for s, e, label, _, _ in spans
        if label == "PER" and e - s > 1
        for w in words[s:e]
    }


def _unsure_places(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "Wachovia", "Telemundo", "Cloud9": a name of one to three words that only the tagger
    calls a place, unsure of it in every mention (a place's probability under one half), that
    no gazetteer knows (nor its first words: "New York ..."), with no head word of places, and
    that never follows a preposition of places ("in", "from", "near", ...) is a company, a band
    or a brand far more often than a place: an organization, in every mention of the document.
    Changes the spans in place."""
    parts = _persons_name_parts(sentence_words, spans_per_sentence)
    unsure: dict[str, bool] = {}
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        listed = _listed_with_known_places(words, spans, lex)
        for s, e, label, source, _ in spans:
            key = phrase_key(words[s:e])
            if e - s > 3 or unsure.get(key) is False:
                continue
            scores = dict(soft.get((s, e), ()))
            unsure[key] = (
                label == "LOC"
                and key not in parts
                and (s, e) not in listed
                and not any(w in lex.place_words or w in lex.place_plurals for w in words[s:e])
                and not _place_prefix(words[s:e], lex)
                and source in ("tagger", "echo")
                and (source == "echo" or scores.get("LOC", 1.0) < _UNSURE_PLACE)
                and (s == 0 or words[s - 1] not in _PLACE_PREPOSITIONS)
                and (s == 0 or words[s - 1] not in _HYPHENS)
                and (e == len(words) or words[e] not in _HYPHENS)  # "Saxony-Anhalt"
                and key not in lex.places
                and key not in lex.major_cities
            )
    if not any(unsure.values()):
        return
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for i, (s, e, _, _source, entry) in enumerate(spans):
            if unsure.get(phrase_key(words[s:e])):
                spans[i] = (s, e, "ORG", "rule", entry)
                soft.pop((s, e), None)


_LIST_JOINERS = frozenset({",", "and", "or"})


def _listed_with_known_places(
    words: list[str], spans: list[tuple[int, int, str, str, str | None]], lex: Lexicon
) -> set[tuple[int, int]]:
    """Spans of a list whose next or previous member is a gazetteer place: "in Cyprus, Somalia,
    Angola, East Timor, and the Solomon Islands" (a list of places names places)."""
    known = {(s, e) for s, e, *_ in spans if phrase_key(words[s:e]) in lex.places}
    if not known:
        return set()
    starts = {s for s, _ in known}
    ends = {e for _, e in known}
    out: set[tuple[int, int]] = set()
    for s, e, *_ in spans:
        after = e
        while after < len(words) and words[after] in _LIST_JOINERS:
            after += 1
        if after > e and after < len(words) and words[after] == "the":
            after += 1  # ", and the Solomon Islands"
        before = s
        if before > 1 and words[before - 1] == "the" and words[before - 2] in _LIST_JOINERS:
            before -= 1
        while before > 0 and words[before - 1] in _LIST_JOINERS:
            before -= 1
        if (after > e and after in starts) or (before < s and before in ends):
            out.add((s, e))
    return out


#: Below this probability of a person (the tagger's best over the mentions), an unknown
#: one-word name is dropped (see :func:`_unsure_persons`).
_UNSURE_PERSON = 0.5


def _unsure_persons(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "Gigaloader", "Gameplay", "Pinkpop": a one-word name that only the tagger calls a
    person, unsure of it in every mention (a person's probability under one half), and that is
    no known first name, surname or place, was seldom a person on dev or on the train split
    (1 in 24): mostly a work, a product or an event, else an organization or a place of no
    telling kind. It is dropped, unless a longer person's name of the document has it.
    Changes the spans in place."""
    parts = _persons_name_parts(sentence_words, spans_per_sentence)
    unsure: dict[str, bool] = {}
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for s, e, label, source, _ in spans:
            key = phrase_key(words[s:e])
            if e - s != 1 or unsure.get(key) is False:
                continue
            scores = dict(soft.get((s, e), ()))
            unsure[key] = (
                label == "PER"
                and key not in parts
                and source in ("tagger", "echo")
                and (source == "echo" or scores.get("PER", 1.0) < _UNSURE_PERSON)
                and key not in lex.first_names
                and key not in lex.last_names
                and key not in lex.places
            )
    if any(unsure.values()):
        for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
            spans[:] = [
                x
                for x in spans
                if not (x[1] - x[0] == 1 and unsure.get(phrase_key(words[x[0] : x[1]])))
            ]


_SCORE = re.compile(r"(?<![\d/.,:])\d{1,2} ?[-–] ?\d{1,2}(?![\d/.,:])")


def _teams_in_match_reports(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    lex: Lexicon,
) -> set[str]:
    """ "Liverpool beat Manchester City 2-0", "Sweden defeated South Korea 1 – 0", "were beaten
    2-1 by Aston Villa": in a sentence that gives a score, a place named right before or after a
    match verb (data/words.yml match_verbs) is a team, an organization (in every mention of the
    document: a match report names teams after their towns and countries). Only names typed as
    places: players who beat each other ("Djokovic beat Alcaraz 6-3") stay persons."""
    teams: set[str] = set()
    beside_scores: set[str] = set()
    score_sentences = 0
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        if not any(w[:1].isdigit() for w in words) or not _SCORE.search(" ".join(words)):
            continue
        n = len(words)
        score_starts, score_ends = _score_tokens(words)
        score_sentences += bool(score_starts)
        for s, e, label, source, _ in spans:
            if label != "LOC" or source == "registry":
                continue
            before = words[s - 1] if s > 0 else ""
            before2 = words[s - 2] if s > 1 else ""
            after = words[e] if e < n else ""
            after2 = words[e + 1] if e + 1 < n else ""
            if (
                before in lex.match_verbs
                or (before in lex.match_prepositions and before2 in lex.match_verbs)
                or after in lex.match_verbs
                or (after in lex.match_auxiliaries and after2 in lex.match_verbs)
            ):
                teams.add(phrase_key(words[s:e]))
            elif (
                # "Sweden 1 – 0 Korea Republic", "lost 1 – 2 to England"
                e in score_starts
                or s in score_ends
                or (before in lex.match_prepositions and s - 1 in score_ends)
            ):
                if any(w in lex.match_verbs for w in words):
                    teams.add(phrase_key(words[s:e]))
                else:
                    beside_scores.add(phrase_key(words[s:e]))
    # A name beside a score in a sentence without a match verb is a team where the document
    # reports matches (scores in two sentences or more), not where one cited headline gives a
    # score ("Rugby World Cup final: New Zealand 8-7 France" in an article on the country).
    return teams | beside_scores if score_sentences >= 2 else teams


def _score_tokens(words: list[str]) -> tuple[set[int], set[int]]:
    """Token indexes where a score ("2 - 0", "1 – 2") starts and where the words after one start."""
    starts: set[int] = set()
    ends: set[int] = set()
    for k in range(len(words) - 2):
        if (
            words[k].isdigit()
            and len(words[k]) <= 2
            and words[k + 1] in ("-", "–", "—")
            and words[k + 2].isdigit()
            and len(words[k + 2]) <= 2
        ):
            starts.add(k)
            ends.add(k + 3)
    return starts, ends


def _head_word(word: str, lex: Lexicon) -> bool:
    return word in lex.org_words or word in lex.place_words or word in lex.thing_before


_DOCTRINE = re.compile(r"[a-z](?:ism|isms|phobia|philia)$")


def _drop_things(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    lex: Lexicon,
) -> None:
    """ "Cyclone Phailin", "Space Shuttle Atlantis", "the Konkani language": a name right after
    a class noun of things or right before one (data/words.yml thing_before, thing_after) names
    a storm, a vessel, a work or a language, not an actor, here and everywhere else in the
    document; so do a name defined as a thing ("X is a space capsule", see
    :func:`_appositive_kind`) and a one-word name of a doctrine ("Protestantism"). Changes the
    spans in place."""
    things: set[str] = set()
    for words in sentence_words:
        n = len(words)
        for k, w in enumerate(words):
            if w in lex.thing_before:
                j = k + 1
                while j < n and j - k <= 3 and words[j][:1].isupper() and words[j] not in _ARTICLES:
                    j += 1
                if j > k + 1 and not _head_word(words[j - 1], lex):
                    things.add(phrase_key(words[k + 1 : j]))
                    if w[:1].isupper():  # "USS Potomac", "Cyclone Phailin" as one name
                        things.add(phrase_key(words[k:j]))
            elif w in lex.thing_after and k > 0 and words[k - 1][:1].isupper():
                j = k - 1
                while j > 0 and k - j < 3 and words[j - 1][:1].isupper():
                    j -= 1
                while j < k and words[j] in _ARTICLES:
                    j += 1
                if j < k and not _head_word(words[k - 1], lex):
                    things.add(phrase_key(words[j:k]))
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        for s, e, _, source, _ in spans:
            if source == "registry":
                continue
            # "Stardust is a NASA space capsule", "Tetris, a puzzle game"
            if _appositive_kind(words, s, e, lex) == "MISC" or (
                # "Protestantism", "Islamophobia": doctrines and attitudes
                e - s == 1 and _DOCTRINE.search(words[s])
            ):
                things.add(phrase_key(words[s:e]))
    if things:
        for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
            spans[:] = [
                x
                for x in spans
                if x[3] == "registry" or phrase_key(words[x[0] : x[1]]) not in things
            ]


def _owner_before_person(
    words: list[str], spans: list[tuple[int, int, str, str, str | None]], lex: Lexicon
) -> list[tuple[int, int]]:
    """ "Demosisto's Nathan Law", "Apple's Tim Cook": a one-word name tagged a person, not a
    known first name or surname, right before "'s" and a person's full name is the party,
    company or country that person belongs to. Changes the spans in place and returns the
    changed ones."""
    changed: list[tuple[int, int]] = []
    starts = {x[0]: x for x in spans}
    for i, (s, e, label, source, entry) in enumerate(spans):
        if label != "PER" or e - s != 1 or source == "registry" or e + 1 >= len(words):
            continue
        w = words[s]
        nxt = starts.get(e + 1)
        if (
            words[e] in _POSSESSIVE
            and nxt is not None
            and nxt[2] == "PER"
            and nxt[1] - nxt[0] >= 2
            and w not in lex.first_names
            and w not in lex.last_names
        ):
            spans[i] = (s, e, "LOC" if w in lex.places else "ORG", source, entry)
            changed.append((s, e))
    return changed


def _trim_to_known_persons(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    lex: Lexicon,
) -> None:
    """One person, one name across a document: a longer name ending in a person's full name
    found elsewhere in the document ("Minnesotan Scott LeDoux", "Scientologist Tom Cruise",
    "Texas Coach Darrell Royal") is that person, the words before being a modifier, or another
    person's name glued to it ("Basil Zempilas Glen Jakovich") that becomes a span of its own.
    Changes the spans in place."""
    persons: set[str] = set()
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        for s, e, label, source, _ in spans:
            if label == "PER" and e - s >= 2 and source != "registry":
                persons.add(phrase_key(words[s:e]))
    if not persons:
        return
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        for i, (s, e, _label, source, entry) in enumerate(list(spans)):
            if e - s < 3 or source == "registry" or words[s] in lex.first_names:
                continue
            for k in range(s + 1, e - 1):
                if phrase_key(words[k:e]) in persons:
                    spans[i] = (k, e, "PER", source, entry)
                    if phrase_key(words[s:k]) in persons:
                        spans.append((s, k, "PER", source, entry))
                    break


def _kind_scores(tagger: Any, start: int, end: int) -> tuple[tuple[str, float], ...]:
    """Mean marginal probability of each kind (B- or I-) over tokens start..end of the sentence
    the tagger last tagged."""
    n = end - start
    return tuple(
        (
            label,
            sum(
                tagger.marginal("B-" + label, k) + tagger.marginal("I-" + label, k)
                for k in range(start, end)
            )
            / n,
        )
        for label in LABELS
    )


def _firm_place_spans(gaz: list[str]) -> list[tuple[int, int]]:
    """Multi-word gazetteer places of the firm classes (country, region, sea, river)."""
    out = []
    i = 0
    while i < len(gaz):
        if gaz[i].startswith("B-"):
            j = i + 1
            while j < len(gaz) and gaz[j].startswith("I-"):
                j += 1
            if j - i > 1 and gaz[i][2:] in _FIRM_PLACES:
                out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _cut_by_ellipsis(tokens: list[Token], e: int, text: str) -> bool:
    """Whether a name ending before token ``e`` runs into the ellipsis that ends a shortened
    text (a title cut from the first sentence: "... a rock band from Los…"): the name may be cut
    short, and its full form is in the text it was cut from."""
    return (
        e < len(tokens)
        and tokens[e].text in ("…", "...")
        and tokens[e].start == tokens[e - 1].end
        and not text[tokens[e].end :].strip()
    )


def _glue_hyphens(tokens: list[Token], s: int, e: int, label: str, lex: Lexicon) -> tuple[int, int]:
    """Widen a span over hyphenated parts written without spaces ("Leung Kwok" -> "Leung
    Kwok-hung", "Hazy Center" -> "Udvar-Hazy Center")."""
    n = len(tokens)
    while (
        e + 1 < n
        and tokens[e].text in {"-", "‐"}
        and tokens[e].start == tokens[e - 1].end
        and tokens[e + 1].start == tokens[e].end
        and tokens[e + 1].text[:1].isalpha()
        and (label == "PER" or tokens[e + 1].text[:1].isupper())
        and tokens[e + 1].text.lower() not in lex.hyphen_suffixes  # "Warhol-like", "-backed"
        and not any(ch.isdigit() for ch in tokens[e - 1].text)
    ):
        e += 2
    while (
        s >= 2
        and tokens[s - 1].text in {"-", "‐"}
        and tokens[s - 1].end == tokens[s].start
        and tokens[s - 2].end == tokens[s - 1].start
        and tokens[s - 2].text[:1].isupper()
        and tokens[s - 2].text.isalpha()
        and not (
            # "Pro-Beijing", "R-Texas": a prefix or a party letter before a place (not
            # "Pre-Raphaelite Brotherhood", "Anti-Defamation League").
            (tokens[s - 2].text in lex.hyphen_prefixes or tokens[s - 2].text in lex.party_letters)
            and (label == "LOC" or phrase_key([t.text for t in tokens[s:e]]) in lex.places)
        )
    ):
        s -= 2
    return s, e


_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th", "d"})


def _glue_number(tokens: list[Token], s: int, e: int, lex: Lexicon) -> int:
    """Widen a unit's name over the number that opens it ("65th Air Division", "3 Air
    Division", "Fourth Air Force", "IV Corps"): a head word of data/words.yml numbered_heads
    ends the name and a number, an ordinal or a Roman numeral stands right before it. Digits
    written together with a capitalised name are part of it too ("3AW")."""
    if (
        s >= 1
        and tokens[s - 1].text.isdigit()
        and tokens[s - 1].end == tokens[s].start
        and tokens[s].text.isupper()
        and (s < 2 or tokens[s - 2].end < tokens[s - 1].start)
    ):
        return s - 1  # "3AW", "6PR": a call sign written as one word
    if not any(t.text in lex.numbered_heads for t in tokens[s:e]):
        return s
    if s >= 1 and tokens[s - 1].text in lex.ordinal_words and tokens[s - 1].text != tokens[s].text:
        return s - 1
    if s >= 1 and tokens[s - 1].text in _ORDINAL_SUFFIX:
        if s >= 2 and tokens[s - 2].text.isdigit() and tokens[s - 2].end == tokens[s - 1].start:
            return s - 2  # "65" "th"
        return s
    if s >= 1 and tokens[s - 1].text.isdigit() and len(tokens[s - 1].text) <= 3:
        return s - 1
    return s


def _glue_trailing_number(tokens: list[Token], e: int, lex: Lexicon) -> int:
    """Widen a name over the number written after its last word where that word is one of
    data/words.yml numbered_names ("BBC Radio" + "1", "Channel" + "4", "Formula" + "3")."""
    if (
        e < len(tokens)
        and tokens[e - 1].text in lex.numbered_names
        and tokens[e].text.isdigit()
        and len(tokens[e].text) <= 2
    ):
        return e + 1
    return e


def _extend_org(words: list[str], start: int, end: int, lex: Lexicon) -> int:
    """Widen "Massachusetts Institute" over "of Technology", "Joint Council" over "for the
    Welfare of Immigrants": an organization head word followed by of/for and capitalised words."""
    if words[end - 1] not in lex.org_words:
        return end
    k = end
    if k < len(words) and words[k] in ("of", "for"):
        k += 1
        if k < len(words) and words[k] in _ARTICLES:
            k += 1
        j = k
        while j < len(words) and (
            (words[j][:1].isupper() and words[j] not in _ARTICLES)
            or (
                words[j] in ("of", "and", "&", "for")
                and j + 1 < len(words)
                and words[j + 1][:1].isupper()
                and not (
                    words[j] in ("and", "&")
                    and (_names_org(words, j + 1, lex) or words[j + 1] in lex.places)
                )
            )
        ):
            j += 1
        if j > k:
            return j
    return end


def _extend_conjoined(
    words: list[str], start: int, end: int, taken: list[bool], lex: Lexicon
) -> int:
    """Widen a name over "and" when the name goes on after it: "[U.S. Space] and Rocket Center",
    "[National Air] and Space Museum" (capitalised words ending in a head word, the left part
    having none), "[Department of Physics] and Astronomy", "[Institute of Arts] and Sciences"
    (one capitalised common noun after "Head of X")."""
    n = len(words)
    if end + 1 >= n or words[end] not in ("and", "&") or any(taken[end : end + 2]):
        return end
    left = words[start:end]
    heads = lex.org_words | lex.place_words
    j = end + 1
    while j < n and j - end <= 4 and words[j][:1].isupper() and words[j].isalpha():
        j += 1
    right = words[end + 1 : j]
    if not right or any(taken[end + 1 : j]):
        return end
    if (
        right[-1] in lex.endpoint_heads
        and len(left) <= 3
        and not any(w in heads or w in lex.endpoint_heads for w in left)
    ):
        # "[Portland] and Ogdensburg Railroad", "[London] and South Western Railway": a line
        # named after the places it joins.
        return j
    if (
        right[-1] in heads
        and not any(w in heads for w in left)
        and phrase_key(left) not in lex.places
        and left[0] not in lex.first_names
        and not any(w in heads for w in right[:-1])
        and place_tags(right, lex)[0] == "O"  # "… and [Santa Clara] Convention Center"
    ):
        return j
    of_head = any(
        w in lex.org_words and k + 1 < len(left) and left[k + 1] == "of" for k, w in enumerate(left)
    )
    word = right[0]
    if (
        of_head
        and len(right) == 1
        and left[-1] != "of"
        and word.lower() in lex.dict_lower
        and word not in lex.places
        and word not in lex.first_names
        and word not in lex.last_names
    ):
        return j
    return end


def _names_org(words: list[str], start: int, lex: Lexicon) -> bool:
    """Whether the capitalised run from ``start`` is an organization's name of its own ("… of
    Technology and [Colorado State University]")."""
    j = start
    while j < len(words) and words[j][:1].isupper():
        if words[j] in lex.org_words:
            return True
        j += 1
    return False


def _coordinated(
    words: list[str], start: int, end: int, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """Names sharing a plural head: "[Donetsk and] Lugansk People's Republics" -> Donetsk,
    Lugansk (each conjunct as long as the first one), or None when the span is no such list."""
    j = end
    while (
        words[end - 1] not in lex.plural_heads
        and j < min(len(words), end + 3)
        and (words[j][:1].isupper() or words[j] in _POSSESSIVE)
    ):
        j += 1
        if words[j - 1] in lex.plural_heads:
            end = j
    if words[end - 1] not in lex.plural_heads:
        return None
    label = "LOC" if words[end - 1] in lex.place_words else "ORG"
    if "and" in words[start:end]:
        k = words.index("and", start)
        left = k - start
        if 1 <= left <= 3 and k + 1 + left < end:
            return [(start, k, label), (k + 1, k + 1 + left, label)]
        return None
    left = 0
    while start - 2 - left >= 0 and left < 3 and words[start - 2 - left][:1].isupper():
        left += 1
    if start >= 2 and words[start - 1] == "and" and left and start + left < end:
        # The conjunct ends where the shared head starts ("[Lugansk] People's Republics",
        # "State and [Homeland Security] Departments"), else it is as long as the first one.
        heads = lex.org_words | lex.place_words | lex.plural_heads | lex.possessive_nouns
        head = next((j for j in range(start + 1, end) if words[j] in heads), start + left)
        return [(start, min(head, end - 1), label)]
    return None


def _past_articles(words: list[str], i: int, end: int) -> int:
    """The first word from ``i`` (before ``end``) that is no article: where the name after "of"
    starts ("Army of [the] Potomac")."""
    while i < end and words[i] in _ARTICLES:
        i += 1
    return i


def _split_of(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """Two names joined by "of": "[Colorado State University] of the [US]", "[Oakland Athletics]
    of [Major League Baseball]", "[IV Corps] of the [Army of the Potomac]": the left part is a
    complete name of its own (two or more capitalised words opened by a proper noun, not by a
    common word as in "Royal Bank of Scotland" or "Communist Party of China") and the right part
    is a name of its own (a country or region, a known organization, or ending in a head word).
    None when the span is no such pair."""
    if (
        end - start > 2
        and words[start + 1] == "of"
        and (words[start] in lex.not_acronyms or words[start] in lex.not_actors)
    ):
        # "GNP of Israel", "GDP of China": a measure of a place is no name; the place is.
        rest = _past_articles(words, start + 2, end)
        right = words[rest:end]
        if right and all(w[:1].isupper() for w in right):
            return [(rest, end, "LOC" if phrase_key(right) in lex.places else label)]
        return []
    if "of" not in words[start + 2 : end - 1]:
        return _split_for(words, start, end, label, lex)
    k = words.index("of", start + 2, end - 1)
    left = words[start:k]
    rest = _past_articles(words, k + 1, end)
    right = words[rest:end]
    if not right or not all(w[:1].isupper() for w in left):
        return None
    first = left[0]
    proper = (
        first.lower() not in lex.dict_lower
        or first in lex.places
        # "IV Corps of the Army of the Potomac": a numbered unit is a name of its own.
        or (first in lex.ordinal_words and left[-1] in lex.numbered_heads)
    )
    key = phrase_key(right)
    if (
        left[-1] in lex.org_words
        and left[-1] not in lex.campus_heads
        and first not in lex.title_words
        and key in lex.places
        and all(w[:1].isupper() for w in right)
    ):
        # "[Victoria Hockey Club] of [Montreal]", "[Standard Oil Company] of [New York]": a
        # club, a company or a party and the place it is from ("Hebrew University of
        # Jerusalem", "Bank of England" are one name: data/words.yml campus_heads).
        return [(start, k, "ORG"), (rest, end, "LOC")]
    if not proper or first in lex.first_names or first in lex.title_words:
        return None
    if lex.places.get(key) in ("country", "region"):
        # Not a city: "Hebrew University of Jerusalem" is one name.
        right_label = "LOC"
    elif key in lex.known_orgs or (right[-1] in lex.org_words and len(right) > 1):
        # Not one head word: "Kennedy School of Government" is one name.
        right_label = "ORG"
    elif right[-1] in lex.place_words and len(right) > 1:
        right_label = "LOC"
    elif len(right) > 2 and right[0] in lex.org_words and right[1] == "of":
        # "Army of the Potomac": a head word and "of" open a name of its own.
        right_label = "ORG"
    else:
        return None
    left_label = _strong_label(left, lex) or label
    return [(start, k, left_label), (rest, end, right_label)]


def _split_for(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "[National Hockey League] for the [St. Louis Eagles]": an organization's name (two
    words or more ending in a head word) and, after "for", a team's name or an organization
    opened by a proper noun are two names ("Institute for Fiscal Studies", "Ministry for Primary
    Industries", "Commission for Africa" are one). None when the span is no such pair."""
    if "for" not in words[start + 2 : end - 1]:
        return None
    k = words.index("for", start + 2, end - 1)
    left = words[start:k]
    rest = _past_articles(words, k + 1, end)
    right = words[rest:end]
    if (
        not right
        or not all(w[:1].isupper() for w in left + right)
        or not (left[-1] in lex.org_words or phrase_key(left) in lex.known_orgs)
    ):
        return None
    first = right[0]
    if not (
        _team_name(right, lex)
        or phrase_key(right) in lex.known_orgs
        or (len(right) > 1 and first in lex.org_openers)  # "FC Basel"
        or (
            len(right) > 1
            and right[-1] in lex.org_words
            and (first.lower() not in lex.dict_lower or first in lex.places)
        )
    ):
        return None
    return [(start, k, "ORG"), (rest, end, "ORG")]


def _org_of_place(
    words: list[str],
    start: int,
    end: int,
    spans: list[tuple[int, int, str, str, str | None]],
    taken: list[bool],
    lex: Lexicon,
) -> tuple[int, int] | None:
    """ "Medical Journal of Australia", "Council of Europe": a capitalised run whose head word
    before "of" names an organization is that organization, even where the tagger took only the
    place after "of" (that place span is replaced). Returns the run, or None."""
    if "of" not in words[start + 1 : end - 1]:
        return None
    k = words.index("of", start + 1, end - 1)
    if words[k - 1] not in lex.org_words or any(taken[start:k]):
        return None
    rest = _past_articles(words, k + 1, end)
    if rest >= end or not all(w[:1].isupper() for w in words[rest:end]):
        return None
    inner = [x for x in spans if rest <= x[0] and x[1] <= end]
    covered = {j for x in inner for j in range(x[0], x[1])}
    if any(taken[j] and j not in covered for j in range(start, end)):
        return None
    if any(x[2] == "PER" or x[3] == "registry" for x in inner):
        return None
    return start, end


def _titled_names(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of two or three capitalised words right after a title ("President Xi Jinping",
    "CEO Satya Nadella", "Foreign Minister Sergei Lavrov"): a person's name, whatever the
    tagger made of unknown names. Not places, organizations (head words), demonyms or more
    titles, and not a run that goes on with capitalised words."""
    out: list[tuple[int, int]] = []
    n = len(words)
    k = 0
    while k < n:
        if words[k] not in lex.title_words or not words[k][:1].isupper():
            k += 1
            continue
        while k + 1 < n and words[k + 1] in lex.title_words:
            k += 1
        j = k + 1
        while j < n and j - k <= 3 and words[j][:1].isupper() and words[j].isalpha():
            j += 1
        run = words[k + 1 : j]
        if (
            2 <= len(run) <= 3
            and (j == n or not words[j][:1].isupper())
            and phrase_key(run) not in lex.places
            and any(
                w in lex.first_names or w in lex.last_names or w.lower() not in lex.dict_lower
                for w in run
            )
            and not any(
                w in lex.places
                or w in lex.org_words
                or w in lex.place_words
                or w in lex.title_words
                or w in lex.demonyms
                or w in lex.misc_heads
                or w in lex.not_actors
                or w.isupper()
                for w in run
            )
        ):
            out.append((k + 1, j))
        k = max(j, k + 1)
    return out


def _extend_head(words: list[str], end: int, taken: list[bool], lex: Lexicon) -> int:
    """Widen a name over up to three following capitalised words that end in an organization
    head word ("Toronto" + "Star", "BBC" + "News", "Bangladesh" + "Scouts", "UK" + "Government")."""
    j = end
    while j < len(words) and j - end < 3 and words[j][:1].isupper() and words[j].isalpha():
        j += 1
        if words[j - 1] in lex.org_words and not any(taken[end:j]):
            return j
    return end


def _split_span(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int, str]]:
    """Split glued names: a place before a person ("Middle East Stephen Witkoff") and an
    organization's possessive ("Federation Council's International Affairs Committee"); first
    the parties of a case, role words, periods before places, "and" between complete names,
    places after "pro-" and inner articles (the _split_* functions below)."""
    pieces = (
        _split_case(words, start, end, label, lex)
        or _split_at_role(words, start, end, label, lex)
        or _split_period(words, start, end, lex)
        or _split_conjoined(words, start, end, lex)
        or _split_prefixed_place(words, start, end, label, lex)
        or _split_at_article(words, start, end, label, lex)
    )
    if pieces is not None:
        return pieces
    if end - start >= 3:
        for k in range(end - 2, start, -1):
            head = phrase_key(words[start:k])
            tail = words[k:end]
            name_like = (
                len(tail) <= 3
                and all(w[:1].isupper() and w.isalpha() for w in tail)
                and not any(w in lex.org_words or w in lex.place_words for w in tail)
                and (tail[-1] in lex.last_names or tail[-1] not in lex.dict_lower)
                and phrase_key(tail) not in lex.places
            )
            if (words[k] not in lex.first_names and not name_like) or end - k > 4:
                continue
            if words[k - 1] in lex.first_names:
                continue
            if lex.places.get(head) in _FIRM_PLACES or (
                lex.places.get(head) == "subdivision" and words[k] in lex.first_names
            ):
                # "Middle East Stephen Witkoff", "Washington Chris Gregoire"
                return [(start, k, "LOC"), (k, end, "PER")]
            # An acronym before a person's name ("CNN Wolf Blitzer") or before common words ("W3C
            # Candidate Recommendation"); not initials ("W. W. Rouse Ball", "L.") and not an
            # acronym that opens an unknown name ("PHB Hagler Bailly", "ISO New England").
            acronym = (
                head.isupper()
                and len(head.replace(".", "")) >= 2
                and " " not in head
                and (
                    words[k] in lex.first_names
                    or all(len(w) > 1 and w.lower() in lex.dict_lower for w in tail)
                )
            )
            if words[k - 1] in lex.org_words or head in lex.known_orgs or acronym:
                return [(start, k, "ORG"), (k, end, "PER")]
            if (
                _ACRONYM.match(head) is not None
                and len(tail) > 1
                and any(w.isupper() and len(w) > 1 for w in tail)
            ):
                # "AMD Polaris GPU": a product after a company, no person's name.
                return [(start, k, "ORG")]
            if (
                start >= 2
                and words[start - 1] == "of"
                and words[start - 2] in lex.title_words
                and words[k] in lex.first_names
                and head not in lex.places
            ):
                # "Secretary of [State Antony Blinken]", "Minister of [Foreign Affairs Sergei
                # Lavrov]": the words before the name end the title, no actor of their own.
                return [(k, end, "PER")]
        for k in range(start + 1, end - 1):
            if (
                words[k] in _POSSESSIVE
                and not (words[k + 1] in lex.place_words or words[k + 1] in lex.org_words)
                and words[k - 1] not in lex.possessive_nouns  # "Men's", "Children's"
                # "Ralph's Market", "Noonan's Liquor": common words after a person's possessive
                # name nothing alone; the whole is a shop's name (not "Britain's Labour").
                and not (
                    phrase_key(words[start:k]) not in lex.places
                    and phrase_key(words[start:k]) not in lex.known_orgs
                    and not words[k - 1].isupper()
                    and words[k - 1] not in lex.org_words  # "IETF Trust's Legal Provisions"
                    and all(
                        x.lower() in lex.dict_lower
                        and x not in lex.org_words
                        and x not in lex.place_words
                        and x not in lex.places
                        for x in words[k + 1 : end]
                    )
                )
            ):
                left = phrase_key(words[start:k])
                left_label = _strong_label(words[start:k], lex) or (
                    "PER" if words[start] in lex.first_names else label
                )
                if left in lex.places:
                    left_label = "LOC"
                return [(start, k, left_label), *_split_span(words, k + 1, end, label, lex)]
        if words[start] in lex.first_names and "of" in words[start + 2 : start + 4]:
            # "Claudia Mo of the Civic Party", "Carlo De Benedetti of Italy" (but not "Florida
            # Department of Law Enforcement": a head word makes the left part no person).
            k = words.index("of", start + 2)
            if any(w in lex.org_words or w in lex.place_words for w in words[start:k]):
                return [(start, end, label)]
            rest = _past_articles(words, k + 1, end)
            if rest < end:
                right = words[rest:end]
                right_label = _strong_label(right, lex) or (
                    "LOC" if phrase_key(right) in lex.places else "ORG"
                )
                return [(start, k, "PER"), (rest, end, right_label)]
    return [(start, end, label)]


def _own_name_label(part: list[str], label: str, lex: Lexicon) -> str | None:
    """The kind of ``part`` if it is a name of its own once cut off a longer span ("Texas" of
    "Texas Coach Darrell Royal", "NFL"), or None for words that name nothing alone ("National")."""
    if not part or not all(w[:1].isupper() or w[:1].isdigit() for w in part):
        return None
    key = phrase_key(part)
    if all(w in lex.title_words or w in lex.demonyms or w in lex.name_dividers for w in part):
        return None
    strong = _strong_label(part, lex)
    if strong:
        return strong
    if key in lex.places:
        return "LOC"
    if _ACRONYM.match(key):
        return "ORG"
    if len(part) == 1 and key.lower() in lex.dict_lower:
        return None  # "National", "Former"
    return "ORG" if label == "PER" and key not in lex.first_names else label


def _before_title(words: list[str], start: int, end: int, lex: Lexicon) -> int:
    """The end of a name that runs into the first word of a title after it ("[United Nations]
    High Commissioner", "[Kremlin] Deputy Chief of Staff"): title modifiers right before a title
    word are the title's."""
    while (
        end - start > 1
        and end < len(words)
        and words[end - 1] in lex.title_modifiers
        and words[end - 1][:1].isupper()
        and words[end] in lex.title_words
    ):
        end -= 1
    return end


def _leaders_body(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """ "the Monti government", "the Biden administration": a surname before a lower-case
    head word of a government names the leader; the government is no name of its own (unlike
    "the Greek government", "Bohai sea")."""
    return (
        end - start == 2
        and words[end - 1] in lex.leader_bodies
        and words[start] in lex.last_names
        and words[start] not in lex.places
        and words[start] not in lex.demonyms
        and words[start] not in lex.known_orgs
        and words[start].lower() not in lex.dict_lower
    )


def _split_period(
    words: list[str], start: int, end: int, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "World War II Hungary", "Cold War Europe", "post-Ceauşescu Romania": an event or a
    period (a misc head word such as War or Revolution, or a name after "post-"/"pre-") before a
    country or region is no part of the place's name and no actor. None otherwise."""
    after_prefix = (
        start >= 2 and words[start - 1] in ("-", "‐") and words[start - 2] in lex.period_prefixes
    )
    for k in range(start + 1, end):
        if lex.places.get(phrase_key(words[k:end])) not in ("country", "region"):
            continue
        head = words[start:k]
        if after_prefix or any(w in lex.misc_heads for w in head):
            return [(k, end, "LOC")]
        return None
    return None


def _split_conjoined(
    words: list[str], start: int, end: int, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "[Western Reds Rugby League] & [West Coast Eagles AFL]", "[Tufts University] and
    [Boston College]": "and" between two names that each end in a head word (or, on the right,
    an acronym) and the right one opened by a proper noun or a place ("First National Bank and
    Trust Company", "Birmingham Museum and Art Gallery" are one name). None otherwise."""
    heads = lex.org_words | lex.place_words | lex.legal_suffixes
    for k in range(start + 1, end - 1):
        if words[k] in lex.legal_suffixes and words[k + 1][:1].isupper():
            # "Business Insider Inc Nintendo": a company's legal form ends its name.
            rest = words[k + 1 : end]
            return [(start, k + 1, "ORG"), (k + 1, end, _strong_label(rest, lex) or "ORG")]
    if phrase_key(words[start:end]) not in lex.places:
        for k in range(start + 1, end - 1):
            if (
                words[k] in _AND_WORDS
                and phrase_key(words[start:k]) in lex.places
                and phrase_key(words[k + 1 : end]) in lex.places
            ):
                # "Cosham and Bedhampton": two places ("Trinidad and Tobago" is one).
                return [(start, k, "LOC"), (k + 1, end, "LOC")]
    for k in range(start + 2, end - 2):
        if words[k] not in ("and", "&"):
            continue
        left, right = words[start:k], words[k + 1 : end]
        first = right[0]
        if (
            left[-1] in heads
            and (
                right[-1] in heads
                or _ACRONYM.match(right[-1])
                # "ABC News and Politifact": one unknown word, a name of its own
                or (len(right) == 1 and first.isalpha() and first not in lex.first_names)
            )
            and all(w[:1].isupper() for w in right)
            and first not in heads
            and (first.lower() not in lex.dict_lower or _place_prefix(right, lex) > 0)
        ):
            return [
                (start, k, _strong_label(left, lex) or "ORG"),
                (k + 1, end, _strong_label(right, lex) or "ORG"),
            ]
        return None
    return None


def _split_prefixed_place(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "pro-Beijing New People Party", "anti-Moscow Popular Front": a place after a hyphenated
    prefix is a modifier of its own, and the name after it another name. None otherwise."""
    if not (
        start >= 2 and words[start - 1] in ("-", "‐") and words[start - 2] in lex.hyphen_prefixes
    ):
        return None
    k = _place_prefix(words[start:end], lex)
    if k == 0 or not all(w[:1].isupper() for w in words[start + k : end]):
        return None
    rest = words[start + k : end]
    return [(start, start + k, "LOC"), (start + k, end, _strong_label(rest, lex) or label)]


def _split_at_article(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "[Bandarlapalle] the [Deccan Plateau] ends in a forest": "the" inside a span, not after
    a connector ("League of the Arab States", "Hootie & the Blowfish"), before a name of its own
    (two words or more, or a head word or a place) ends one name and opens the next; epithets
    stay ("Alexander the Great", "Jack the Ripper"). None otherwise."""
    for k in range(start + 1, end - 1):
        if words[k] != "the" or words[k - 1] in _CONNECTORS or words[k - 1] in lex.name_particles:
            continue
        right = words[k + 1 : end]
        if not all(w[:1].isupper() for w in right) or not (
            len(right) > 1
            or right[-1] in lex.org_words
            or right[-1] in lex.place_words
            or phrase_key(right) in lex.places
        ):
            return None
        left_label = _own_name_label(words[start:k], label, lex)
        right_label = _strong_label(right, lex) or label
        out = [(start, k, left_label)] if left_label else []
        return [*out, (k + 1, end, right_label)]
    return None


def _first_name_before(
    words: list[str], start: int, end: int, label: str, taken: list[bool], lex: Lexicon
) -> int:
    """The start of a person's name whose first name the tagger left out because it is also a
    common word ("Will Rogers", "Will Middlebrooks", "Grant Shapps"): a capitalised known first
    name right before a lone surname, not opening the sentence."""
    k = start - 1
    if (
        label != "PER"
        or end - start != 1
        or k < 1
        or taken[k]
        or not words[k][:1].isupper()
        or words[k] not in lex.first_names
        or words[k] in lex.title_words
        or words[k] in lex.honorifics  # "Miss"
        or words[k] in lex.demonyms
        or words[k] in lex.places
        or words[k] in lex.not_actors
        or words[k] in lex.calendar_words
        or words[k - 1][:1].isupper()
    ):
        return start
    return k


def _split_case(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "Roe v. Wade", "Kitzmiller v. Dover Area School District": the parties of a court case
    (or a match) are two names; a lone word before "v." is a person's name far more often than
    not. None when the span has no such separator."""
    k = next((j for j in range(start + 1, end - 1) if words[j] in lex.case_separators), None)
    if k is None:
        return None
    out: list[tuple[int, int, str]] = []
    for s, e in ((start, k), (k + 1, end)):
        part_label = _own_name_label(words[s:e], label, lex)
        if part_label is None:
            continue
        if (
            s == start
            and e - s == 1
            and part_label != "LOC"
            and not _ACRONYM.match(words[s])
            and phrase_key(words[s:e]) not in lex.known_orgs
        ):
            part_label = "PER"
        out.append((s, e, part_label))
    return out


def _split_at_role(
    words: list[str], start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "[Texas] Coach [Darrell Royal]", "[NFL] Champion [Baltimore Colts]", "National Champion
    [Texas Longhorns]", "Western Australian [Labor] MP": a title or role word (title_words,
    name_dividers) inside a span of names without head words ends one name and opens the next;
    the part before it stays only if it names something alone. Not where the span is a person's
    name with a title-like part ("Sacha Baron Cohen": a first name opens it; "Dean", "King" are
    first names too). None when there is no such word."""
    span = words[start:end]
    if len(span) >= 2 and span[0] in lex.name_dividers:
        # "MP Graeme Campbell": a role before the name, like a title.
        return _split_span(words, start + 1, end, label, lex)
    if len(span) < 2:
        return None
    # A first name opens a person's name, title-like words and all ("Sacha Baron Cohen"); only
    # a role word that is never part of a name divides it ("Tory MP Graeme Campbell").
    personal = words[start] in lex.first_names and words[start] not in lex.places
    if span[-1] in lex.name_dividers:
        # "[Labor] MP", "Western Australian [Labor] MP": the role and the nationality before
        # the party are no part of its name.
        e = end - 1
        s = start
        for k in range(start, e):
            if words[k] in lex.demonyms and all(
                w in lex.demonyms or w.lower() in lex.dict_lower for w in words[start:k]
            ):
                s = k + 1
        if s >= e or all(w in lex.title_words or w in lex.demonyms for w in words[s:e]):
            return []
        # What comes before the role is a person ("Tony Blair MP"), or else a party or a place
        # ("Labor", "Tory"; common words elsewhere).
        if words[s] in lex.first_names and words[s] not in lex.places and e - s > 1:
            return [(s, e, "PER")]
        return [(s, e, _strong_label(words[s:e], lex) or ("LOC" if label == "LOC" else "ORG"))]
    if any(w in lex.org_words or w in lex.place_words or w in _CONNECTORS for w in span):
        return None
    for k in range(start + 1, end - 1):
        w = words[k]
        if not (
            (w in lex.title_words and w[:1].isupper() and w not in lex.first_names and not personal)
            or w in lex.name_dividers
        ) or (
            # "First", "Special": a title only before another ("Paxton First Schoolhouse").
            (w in lex.title_modifiers or w in lex.ordinal_words)
            and words[k + 1] not in lex.title_words
        ):
            continue
        t = k + 1
        while t < end and (words[t] in lex.title_words or words[t] in lex.name_dividers):
            t += 1
        tail = words[t:end]
        if not tail or not all(x[:1].isupper() for x in tail):
            return None
        tail_label = (
            "PER"
            if tail[0] in lex.first_names and tail[0] not in lex.places and len(tail) > 1
            else label
        )
        out: list[tuple[int, int, str]] = []
        lk = _before_title(words, start, k, lex)  # "[White House] Press Secretary"
        left_label = _own_name_label(words[start:lk], label, lex)
        if left_label == "PER" and w in lex.name_dividers:
            left_label = "ORG"  # "Tory MP", "NFL Champion": a party or a league
        if left_label is not None:
            out.append((start, lk, left_label))
        out.append((t, end, tail_label))
        return out
    return None


def _capitalised_runs(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if words[i][:1].isupper() and words[i] not in _ARTICLES:
            j = i + 1
            while j < len(words) and (
                words[j][:1].isupper()
                or (
                    words[j] in lex.name_particles
                    and j + 1 < len(words)
                    and words[j + 1][:1].isupper()
                )
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


@cache
def _KNOWN_ORGS() -> AliasMatcher:
    return AliasMatcher({name: "ORG" for name in lexicon().known_orgs})
