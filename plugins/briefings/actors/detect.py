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
from .kinds import (
    _ACRONYM,
    _ARTICLES,
    _FIRM_PLACES,
    _POSSESSIVE,
    LABELS,
    _acceptable,
    _city_comma_region,
    _drop_things,
    _firm_place_spans,
    _fix_label,
    _kinds_from_class_nouns,
    _owner_before_person,
    _persons_name,
    _place_prefix,
    _strong_label,
    _team_name,
    _teams_in_match_reports,
    _unsure_persons,
    _unsure_places,
)
from .lexicon import Lexicon, data_path, lexicon
from .tokens import Token, phrase_key, split_sentences, tokenize

KIND_OF = {"PER": "person", "ORG": "organization", "LOC": "place"}


_STRIP_TAIL = frozenset({".", ",", ";", ":", "-", "–", "—", "/", '"', "“", "”", "(", ")"})


#: "and" in the languages of place names in news ("El Salvador y Venezuela").
_AND_WORDS = frozenset({"and", "&", "y", "e", "et", "und"})
#: Words that join the parts of a name and never open one ("[of] Civic Party").
_CONNECTORS = frozenset({"of", "for", "and", "&", "in", "at", "on", "by"})


#: A tagger name whose tokens are names with lower mean probability than this is dropped.
_MIN_CONFIDENCE = 0.65
#: ... or than this when the name ends in a head word ("Second Thomas Shoal", "... Committee").
_MIN_HEADED_CONFIDENCE = 0.4


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
