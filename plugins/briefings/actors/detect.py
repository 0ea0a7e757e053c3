"""Detection: name mentions in the text of a briefing (tagger + gazetteers + name-structure rules).

The statistical tagger (a CRF trained by tools/train_tagger.py) proposes PER/ORG/LOC/MISC spans;
rules then clean them (articles, titles, possessives), drop what is never an actor (demonyms,
calendar words), fix kinds from the gazetteers and head words ("… Committee" is an organization,
"… Sea" a place), add gazetteer places and well-known organizations the tagger left out, and echo
every accepted name to its other occurrences in the document.

This module owns the tagger (loading, tagging, kind scores), the units and mentions, the alias
matcher, credit lines and detect(), which applies the rules in order. The rules themselves live
in boundaries.py (where a name starts and ends) and kinds.py (which kind a name is, and names of
things that are no actors); kinds.py is the lowest of the three, boundaries.py imports from it.
"""

from __future__ import annotations

import re
import struct
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any

from ..chrome import split_credit_tail
from .boundaries import (
    _ampersand_firms,
    _before_person,
    _before_title,
    _bodies_of_countries,
    _bodies_of_the,
    _capitalised_runs,
    _clean,
    _coordinated,
    _cut_by_ellipsis,
    _dateline,
    _extend_conjoined,
    _extend_head,
    _extend_legal,
    _extend_org,
    _first_name_before,
    _first_name_over_particles,
    _glue_city_suffix,
    _glue_hyphens,
    _glue_number,
    _glue_trailing_number,
    _headline_span,
    _heads_after_bodies,
    _hyphenated_given_names,
    _initial_before,
    _join_initials,
    _join_particles,
    _leaders_body,
    _name_after_title,
    _name_break,
    _org_of_place,
    _past_office,
    _portfolio,
    _split_of,
    _split_span,
    _stray_particle,
    _surname_after_particles,
    _title_case,
    _titled_names,
    _trim_to_known_persons,
)
from .crf import FastTagger, open_tagger
from .features import (
    capitalised_mid,
    document_contexts,
    lower_words,
    place_tags,
    sentence_featurizer,
)
from .kinds import (
    _ACRONYM,
    _FIRM_PLACES,
    _INITIAL,
    LABELS,
    _acceptable,
    _city_comma_region,
    _drop_things,
    _firm_place_spans,
    _first_names_before_roles,
    _fix_label,
    _headed_place_run,
    _kinds_from_class_nouns,
    _owner_before_person,
    _person_shaped,
    _persons_name,
    _strong_label,
    _team_name,
    _teams_in_match_reports,
    _unsure_persons,
    _unsure_places,
    affiliations_of_persons,
    bodies_before_acronyms,
    bodies_named_by_their_roles,
    cued_persons,
    drop_prizes,
    hyphenated_places,
    leaders_of_governments,
    numbered_places,
    opening_company,
    person_cue,
    persons_listed_with_persons,
    places_listed_with_places,
    shops_named_in_the_possessive,
    suffixed_persons,
    teams_named_in_the_plural,
)
from .languages import lexicon_for
from .lexicon import Lexicon, data_path, lexicon
from .tokens import (
    Token,
    bounded_sentences,
    phrase_key,
    split_cells,
    split_sentences,
    tokenize,
)

#: Words after which an acronym named once is a body's ("the ECB", "told ZDF that"), where no
#: noun follows it.
_BEFORE_A_BODY = frozenset({"the", "The", "by", "at", "for", "told"})

KIND_OF = {"PER": "person", "ORG": "organization", "LOC": "place"}


def _names_a_body(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Whether the words around an acronym named once (``words[k]``) make it a body's name:
    before a role held in a body ("a ZDF commander", "the GOP leader"; not a role shared with
    others: "an IBM investor"), after "the", "by", "told", ... (``_BEFORE_A_BODY``: "of the
    ECB and", "The RSPB's stance")
    or after "of" following a name or a role noun ("Frederick Fung of ADPL", "Leung Kwok-hung
    of LSD", "a member of GEMA"; not "tabs of LSD", "an outbreak of CRE"), where no noun it
    qualifies follows ("the LNG market", "the SCADA system"; a verb in the past tense may: "The
    ANC lost its majority") and it is no dictionary word shouted ("the CASH that")."""
    w = words[k]
    if k == 0 or k + 1 >= len(words) or len(w) < 3 or w.lower() in lex.dict_lower:
        return False
    before, after = words[k - 1], words[k + 1]
    if after in lex.role_nouns and after not in lex.shared_role_nouns:
        return True  # "the GOP nominee", "a CIA officer": a role held in a body
    if before.lower() in lex.body_openers:
        # Another language's article or preposition ("Die RHS sammelte", "o RHS recolheu",
        # "dass KLM und IAG"): its modifiers follow the noun or join it with a hyphen.
        return True
    return (
        (
            before in _BEFORE_A_BODY
            or (
                k > 1
                and before == "of"
                and (
                    words[k - 2][:1].isupper()
                    # a hyphenated given name's lower-case part: "Leung Kwok-hung of LSD"
                    or (k > 4 and words[k - 3] == "-" and words[k - 4][:1].isupper())
                    or words[k - 2] in lex.role_nouns
                    or words[k - 2] in lex.shared_role_nouns
                )
            )
        )
        and (
            not after[:1].isalnum()
            or after in lex.function_words
            or after in lex.body_openers
            or after in lex.speech_verbs
            or _past_verb(after, lex)  # "The ECB kept rates", "the ANC lost its majority"
        )
    )


def _past_verb(word: str, lex: Lexicon) -> bool:
    """A verb in the past tense, as far as its shape or data/words.yml past_verbs tell: "kept",
    "announced" (not "bed", "speed": "-ed" after two letters or more, not "-eed")."""
    return word in lex.past_verbs or (
        len(word) > 4
        and word.endswith("ed")
        and not word.endswith("eed")
        and word.isalpha()
        and word.islower()
    )


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
    headline: bool = False
    """The briefing's title (often in title case: "Sale to Verizon Leaves Shareholders With
    Little Say")."""
    heading: bool = False
    """The briefing's title or a section's: no transcript's turn ("Frank Messina: An Interview
    with the 'Mets Poet'")."""


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
def _fast_tagger() -> FastTagger | None:
    """The tagger's model through crfsuite's C interface (``crf.py``: same tags and marginals,
    half the time), when it can be opened and holds exactly ``_model_attributes``; else None."""
    fast = open_tagger(str(data_path("tagger.crfsuite")), _tagger())
    if fast is None or frozenset(fast.records) != _model_attributes():
        return None
    return fast


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


#: What parts a credit's names and agencies: "/", ",", ";", "|", " - ", " for ", " via " and a
#: word's final period ("Kirsten Luce for The New York Times", "Photo Prakash Mathema. AFP"; not
#: an initial's: "Chang W. Lee").
_CREDIT_SEPARATOR = re.compile(r"\s*(?:[/,;|]|\s-\s|(?<=[a-z]{2})\.\s|\s(?:for|via)\s)\s*")


def _credit_parts(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, part)`` of each piece of ``text`` between credit separators."""
    pos = 0
    for m in _CREDIT_SEPARATOR.finditer(text):
        yield pos, text[pos : m.start()]
        pos = m.end()
    yield pos, text[pos:]


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
    for offset, piece in _credit_parts(text[body_start:]):
        part = piece.strip()
        if not part or not (part[:1].isupper() or part in lex.known_orgs):
            continue  # (an agency may write itself in lower case: "dpa")
        if part.lower() in lex.credit_words:
            continue  # how the photo was had, no one's name ("Handout", "File Photo")
        if part not in lex.known_orgs and (
            any(ch.isdigit() for ch in part)
            or any(w[:1].islower() and w not in lex.name_particles for w in part.split())
        ):
            continue  # a caption or a date before the credit ("Elon Musk at the ... in Paris")
        start = body_start + offset + (len(piece) - len(piece.lstrip()))
        words = part.split()
        if (
            3 <= len(words) <= 4
            and _ACRONYM.match(words[0])
            # (a known agency before a known given name: "dpa via AP Kay Nietfeld")
            and (words[0] not in lex.known_orgs or words[1] in lex.first_names)
            and words[0] not in lex.name_particles
            and all(w[:1].isupper() and not w.isupper() for w in words[1:])
        ):
            # "NASA Bill Ingalls": an agency's acronym and its photographer, the slash lost
            out.append((start, start + len(words[0]), "ORG"))
            start = start + part.index(words[1], len(words[0]))
            part, words = part[part.index(words[1], len(words[0])) :], words[1:]
        out.append((start, start + len(part), _credit_label(part, words, lex)))
    return out


def _credit_label(part: str, words: list[str], lex: Lexicon) -> str:
    """The kind of one credit part: an agency (ORG) or a photographer (PER)."""
    if part.isupper() and 2 <= len(words) <= 3 and words[0].title() in lex.first_names:
        return "PER"  # "JIM WATSON/AFP": a photographer's name in capitals
    if (
        part in lex.known_orgs
        or part.isupper()
        or words[0] in ("The", "THE")  # ("The Egyptian Presidency": no one's name)
        or any(w in lex.org_words for w in words)
        or not (2 <= len(words) <= 4)
        or not all(w[:1].isupper() for w in words)
    ):
        return "ORG"  # (one unknown word too: "Photodisc", "Moodboard/Getty Images")
    return "PER"


#: "Credit Harry Campbell", "Credits Jane Doe/Reuters": a short line of names after the word.
_BARE_CREDIT = re.compile(r"Credits?\s+[A-Z][\w.'’\- ]{0,40}(?:/[\w.'’\- ]{1,40})?")
#: A credit glued to the end of a caption: "... in Brooklyn.CreditFred R. Conrad/The New York
#: Times" (copied page text loses the line break before the credit).
_GLUED_CREDIT = re.compile(r"(?<=[.!?”\")])\s?(?:Credit)+(?=[A-ZÀ-Þ])")
#: ... or after a space: "... intelligence agents. Credit Ashraf Shazly/Agence France-Presse —
#: Getty Images", when every word after it is capitalised (names and agencies, no prose:
#: "... on Monday. Credit Suisse said ..." stays) but for particles of names.
_SPACED_CREDIT = re.compile(r"(?<=[.!?”\")])\s+Credits?:?\s+(?=[A-ZÀ-Þ])")


def is_credit_line(text: str, lex: Lexicon | None = None) -> bool:
    lex = lex or lexicon()
    low = text.lower()
    return len(text) < 150 and (
        any(low.startswith(p.lower()) for p in lex.credit_prefixes)
        or _BARE_CREDIT.fullmatch(text.strip()) is not None
    )


def _claim(
    spans: list[tuple[int, int, str, str, str | None]],
    taken: list[bool],
    s: int,
    e: int,
    label: str,
) -> None:
    """A rule's name at ``s:e`` of kind ``label``: added to the sentence's spans, its tokens
    taken (no later rule nor the tagger claims them)."""
    spans.append((s, e, label, "rule", None))
    taken[s:e] = [True] * (e - s)


def detect(
    units: Sequence[Unit], registry_matcher: AliasMatcher | None = None, language: str = ""
) -> list[Found]:
    """Every name mention in ``units``, in text order. ``language``: the article's (chrome's
    profile); its honorifics and verbs of saying cue persons as the English ones do."""
    lex = lexicon_for(language)
    tagger = _tagger()
    sentences: list[_Sentence] = []
    found: list[Found] = []
    for u, unit in enumerate(units):
        if unit.credit:
            for start, end, label in _split_credit(unit.text, lex):
                found.append(Found(unit.text[start:end], label, u, start, end, unit.text, "credit"))
            continue
        for toks in bounded_sentences(split_cells(split_sentences(tokenize(unit.text)), unit.text)):
            text = unit.text[toks[0].start : toks[-1].end]
            sentences.append(_Sentence(u, toks, text))
    sentence_words = [[t.text for t in s.tokens] for s in sentences]
    seen = lower_words(w for words in sentence_words for w in words)
    cap_mid = capitalised_mid(sentence_words)
    doc_ctx = document_contexts(sentence_words)
    word_counts = Counter(chain.from_iterable(sentence_words))
    # Word-shape tests run once per distinct word, not once per token.
    acronym_counts = {w: n for w, n in word_counts.items() if _ACRONYM.match(w)}
    org_shaped = {w for w in word_counts if lex.org_pattern.fullmatch(w)}
    known = _model_attributes()
    fast = _fast_tagger()
    if fast is not None:
        tagger = fast
        featurize = sentence_featurizer(
            seen, lex, cap_mid, doc_ctx, known, as_bytes=True, records=fast.records
        )
    else:
        featurize = sentence_featurizer(seen, lex, cap_mid, doc_ctx, known, as_bytes=True)
    # Words without which no sentence gives a person cue (see kinds.person_cue).
    cue_words = (
        lex.speech_verbs
        | lex.honorifics
        | lex.single_name_titles
        | lex.person_reflexives
        | {"to", "who", "whose"}
        # (a capitalised title before one unknown name: "Foreign Minister Battzezeg")
        | {w for w in lex.title_words if w[:1].isupper()}
    )
    # ... and the ages in commas after a name ("Jutting, now 31, is ..."): one or two digits.
    cue_words |= {w for w in word_counts if len(w) <= 2 and w.isdigit()}

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
        if words[0][:1].isupper() and not units[sent.unit].text[: sent.tokens[0].start].strip():
            for ds, de in _dateline(words, lex):
                if not any(taken[ds:de]):
                    spans.append((ds, de, "LOC", "gazetteer", None))
                    for k in range(ds, de):
                        taken[k] = True
        if "&" in words:
            for fs, fe in _ampersand_firms(words, lex):
                if not any(taken[fs:fe]):
                    _claim(spans, taken, fs, fe, "ORG")
        if "-" in words:
            for hs, he in hyphenated_places(words, lex):
                if not any(taken[hs:he]):
                    _claim(spans, taken, hs, he, "LOC")
        gaz = place_tags(words, lex)
        tags = tagger.tag(featurize(words, gaz))
        firm = _firm_place_spans(gaz)
        blocked = [False] * len(words)
        soft: dict[tuple[int, int], tuple[tuple[str, float], ...]] = {}
        # A headline in title case: capitals do not end a name there.
        titled = units[sent.unit].headline and _title_case(words)
        for s, e, label in bio_spans(tags):
            if any(taken[s:e]):
                continue
            # A kind that head words gave a name the tagger called something else ("Partido
            # Republicano" from MISC): the tagger's probabilities do not vote on it.
            head_kind = label not in LABELS
            if head_kind:
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
            named = _name_after_title(words, s, e, lex)
            if named is not None:
                # "US Deputy Secretary of State [Victoria Nuland]": the office is no part of the
                # person's name (the place before it is named on its own).
                s, label = named, "PER"
            elif label == "ORG" and _portfolio(words, s, e, lex):
                for k in range(s, e):
                    taken[k] = True
                continue  # "the Women and [Equalities] minister": the title's portfolio
            elif label == "ORG" and (office := _past_office(words, s, e, lex)) is not None:
                # "Director of [Education]", "State Minister of [Cabinet Office]": an office's
                # words are no body's name.
                if office >= e:
                    for k in range(s, e):
                        taken[k] = True
                    continue
                s = office
            cleaned = _clean(words, s, e, label, lex)
            if cleaned is None:
                continue
            cs, ce = cleaned
            relabelled = label != "PER" and ce < e and words[ce] in lex.party_members
            if relabelled:
                label = "LOC"  # "a [Virginia] Democrat": the place without its politician
            if (
                label == "ORG"
                and cs >= 2
                and words[cs - 1] == "for"
                and words[cs - 2] in lex.name_dividers
            ):
                label, relabelled = "LOC", True  # "MP for [Saffron Walden]": a constituency
            cut = _name_break(words, cs, ce, lex)
            if cut is not None:
                # "Monti government", "USI includes Polaroids", "CORS rules": a name ends
                # before a lower-case word that is no particle of names.
                cleaned = _clean(words, cs, cut, label, lex)
                if cleaned is None:
                    continue
                cs, ce = cleaned
            if titled:
                trimmed = _headline_span(words, cs, ce, gaz, seen, lex)
                if trimmed != (cs, ce):
                    cleaned = _clean(words, *trimmed, label, lex) if trimmed else None
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
            cs = _initial_before(words, cs, ce, label, taken)
            cs = _first_name_over_particles(words, cs, ce, label, taken, lex)
            ce = _surname_after_particles(words, cs, ce, label, taken, lex)
            if (
                label != "PER"
                and cs > 0
                and (
                    words[cs - 1] in lex.org_prefixes
                    or (label == "LOC" and words[cs - 1] in lex.agency_prefixes)
                )
                and not taken[cs - 1]
            ):
                # "Team [Estonia]", "Air [Chathams]": a team's or an airline's name;
                # "Statistics [Canada]": an agency's.
                cs, label, relabelled = cs - 1, "ORG", True
            ce = _extend_org(words, ce, lex, label)
            legal_end = _extend_legal(words, ce, label, taken, lex)
            if legal_end > ce:
                ce, label, relabelled = legal_end, "ORG", True  # "Rio Tinto plc"
            if label != "PER":
                # (A person's name does not go on into a head word: "[Davis] Administration",
                # "[Sara Shackleton] Enron Wholesale Services".)
                headed_end = _extend_head(words, ce, taken, lex)
                if headed_end > ce and label == "LOC":
                    # "New Zealand" + "League" + "of Rights"
                    headed_end = _extend_org(words, headed_end, lex)
                ce = _before_title(words, cs, headed_end, lex)  # not "White House Press"
            ce = _extend_conjoined(words, cs, ce, taken, lex)
            pieces = _coordinated(words, cs, ce, lex) or _split_of(words, cs, ce, label, lex)
            if pieces is None:
                pieces = _split_span(words, cs, ce, label, lex)
            for ps, pe, plabel in pieces:
                while _stray_particle(words, ps, pe, lex):  # "Countess [of Lennox]"
                    ps += 1
                fixed = _fix_label(words[ps:pe], plabel, lex)
                spans.append((ps, pe, fixed, "tagger", None))
                if fixed == plabel == label and not relabelled and not head_kind:
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
        # Organizations by word shape ("Rosselkhoznadzor"), from data/words.yml.
        if not org_shaped.isdisjoint(words):
            for k, w in enumerate(words):
                if not taken[k] and not blocked[k] and w in org_shaped:
                    _claim(spans, taken, k, k + 1, "ORG")
        for s, e, _ in _KNOWN_ORGS().find(words):
            if not any(taken[s:e]) and not any(blocked[s:e]):
                spans.append((s, e, "ORG", "gazetteer", None))
                for k in range(s, e):
                    taken[k] = True
        # Korean, Hong Kong and Taiwanese names by their shape ("Moon Jae-in", also where the
        # tagger took the first part for another name: "Kwok Wai").
        if "-" in words:
            for ts, te in _hyphenated_given_names(sent.tokens, lex):
                if not any(taken[ts:te]):
                    _claim(spans, taken, ts, te, "PER")
        # A name right after a title is a person's ("President Xi Jinping").
        for ts, te in _titled_names(words, lex):
            if not any(taken[ts:te]) and not any(blocked[ts:te]):
                _claim(spans, taken, ts, te, "PER")
        # A name the sentence says is a person's ('," Saqib said', "Mr Panvalkar"): a person,
        # also where the tagger took a small town's name for it ("his wife, Alice, reported").
        # (A cue in the sentence outweighs the tagger's guess of another kind of name, "Cuaron,
        # whose ...", a title does not: the film "Oh, Mr Porter!".)
        cued = not cue_words.isdisjoint(words)
        for ts, te in cued_persons(words, taken, lex) if cued else ():
            if (
                any(blocked[ts:te])
                and not person_cue(words, ts, te, lex, titles=False)
                # "Mrs [Fanny Law]": an honorific outside the tagger's other name still says
                # it is a person's (not inside one: the film "Oh, Mr Porter!")
                and not (ts > 0 and words[ts - 1] in lex.honorifics and not blocked[ts - 1])
            ):
                continue
            _claim(spans, taken, ts, te, "PER")
        company_end = opening_company(words, taken, lex) if cued else 0
        if company_end and not any(blocked[:company_end]):
            _claim(spans, taken, 0, company_end, "ORG")  # "Raytheon said its ..."
        for i, (ts, te, label, source, entry) in enumerate(spans if cued else ()):
            if source != "tagger" or te - ts > 2 or not person_cue(words, ts, te, lex):
                continue
            if label == "PER":
                # Sure of it: no later doubt about unknown one-word persons drops it.
                spans[i] = (ts, te, "PER", "rule", entry)
            elif (
                label == "LOC"
                and te - ts == 1
                and lex.places.get(words[ts]) == "city"
                and words[ts] not in lex.major_cities
            ):
                spans[i] = (ts, te, "PER", "rule", entry)
                soft.pop((ts, te), None)
        # Unknown acronyms are organizations ("NCAA", "FIFA") unless the sentence shouts.
        if not acronym_counts.keys().isdisjoint(words) and not _shouts(words):
            for k, w in enumerate(words):
                if (
                    not taken[k]
                    and not blocked[k]
                    and w in acronym_counts
                    and _shouted_title(words, k, lex)
                ):
                    # "CHIEF CABINET SECRETARY SUGA:", "PRESIDENT PUTIN:": a transcript's label
                    # in capitals, a title (no acronym) before its speaker's name.
                    if not _shouted_title(words, k + 1, lex) and k > 0:
                        _claim(spans, taken, k, k + 1, "PER")
                    else:
                        taken[k] = True
                    continue
                if (
                    not taken[k]
                    and not blocked[k]
                    and w in acronym_counts
                    and not w[-1].isdigit()  # "PS4", "MP3", "HTML5": products and formats
                    and w not in lex.not_acronyms
                    and w not in lex.not_actors  # "ROV", "EP": abbreviations of things
                    and w not in lex.places
                    and (
                        acronym_counts[w] >= 2
                        or (k > 0 and words[k - 1] == "(")
                        or _names_a_body(words, k, lex)
                    )
                ):
                    # "CBC" + "News", "BBC" + "World Service".
                    e = _extend_head(words, k + 1, taken, lex)
                    spans.append((k, e, "ORG", "acronym", None))
                    for j in range(k, e):
                        taken[j] = True
        for hs, he in _heads_after_bodies(words, spans, taken, lex):
            if not any(blocked[hs:he]):
                _claim(spans, taken, hs, he, "PER")  # "the head of Mossad [Dedi Barnea]"
        # Capitalised runs ending in an organization head word ("International Affairs Committee"),
        # or in a place's ("Castlefrank Road", "Shah Mosque").
        for s, run_end in _capitalised_runs(words, lex):
            of_org = _org_of_place(words, s, run_end, spans, taken, lex)
            e = _before_person(words, s, run_end, spans, lex)
            if of_org is not None:
                spans[:] = [x for x in spans if not (of_org[0] <= x[0] and x[1] <= of_org[1])]
                _claim(spans, taken, *of_org, "ORG")
            elif (
                (
                    words[e - 1] in lex.org_words
                    or (
                        # "Ford Motor Co recalled ..." (not a region's two capitals: "Calgary AB")
                        words[e - 1] in lex.legal_suffixes
                        and not (len(words[e - 1]) <= 2 and words[e - 1].isupper())
                    )
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
                _claim(spans, taken, s, e, "ORG")
            elif (
                _headed_place_run(words, s, e, lex)
                and not any(taken[s:e])
                and not any(blocked[s:e])
                and _acceptable(words[s:e], lex, s == 0, seen)
            ):
                _claim(spans, taken, s, e, "LOC")
        if "the" in words:
            for s, e in _bodies_of_the(words, spans, taken, lex):
                if not any(blocked[s:e]) and _acceptable(words[s:e], lex, s == 0, seen):
                    spans[:] = [x for x in spans if not (s <= x[0] and x[1] <= e)]
                    taken[s:e] = [False] * (e - s)
                    _claim(spans, taken, s, e, "ORG")
        # Roads, terminals and buildings named by a number ("Route 66", "Terminal 2").
        if not lex.numbered_places.isdisjoint(words) or not lex.road_prefixes.isdisjoint(words):
            for s, e in numbered_places(words, lex):
                inside = [x for x in spans if s <= x[0] and x[1] <= e and x[3] != "registry"]
                if inside and all(taken[k] for x in inside for k in range(x[0], x[1])):
                    # "[US]-75 South": the tagger's name of the road's abbreviation alone
                    spans[:] = [x for x in spans if x not in inside]
                    for x in inside:
                        taken[x[0] : x[1]] = [False] * (x[1] - x[0])
                if not any(taken[s:e]) and not any(blocked[s:e]):
                    _claim(spans, taken, s, e, "LOC")
        spans_per_sentence.append(spans)
        soft_per_sentence.append(soft)

    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for s, e in _city_comma_region(words, spans, lex):
            soft.pop((s, e), None)  # the tagger's kind no longer votes
        _glue_city_suffix(words, spans, lex)
        _bodies_of_countries(words, spans, lex)
        _join_initials(words, spans)
        _join_particles(words, spans, lex)
        for s, e in _owner_before_person(words, spans, lex):
            soft.pop((s, e), None)  # the tagger's kind no longer votes
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        spans[:] = [x for x in spans if not _lone_letter(words, x[0], x[1], x[3], lex)]
    _trim_to_known_persons(sentence_words, spans_per_sentence, lex)
    title_cased = [_title_case(w) for w in sentence_words]
    suffixed_persons(sentence_words, spans_per_sentence, soft_per_sentence, title_cased, lex)
    _drop_things(sentence_words, spans_per_sentence, lex)
    drop_prizes(sentence_words, spans_per_sentence, title_cased, lex)
    teams = _teams_in_match_reports(sentence_words, spans_per_sentence, lex)
    teams_named_in_the_plural(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    shops_named_in_the_possessive(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    teams |= bodies_named_by_their_roles(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    bodies_before_acronyms(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    affiliations_of_persons(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    persons_listed_with_persons(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    places_listed_with_places(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    leaders_of_governments(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    _kinds_from_class_nouns(sentence_words, spans_per_sentence, soft_per_sentence, seen, teams, lex)
    _unsure_places(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    _unsure_persons(sentence_words, spans_per_sentence, soft_per_sentence, lex)
    _first_names_before_roles(sentence_words, spans_per_sentence, lex)
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
    family_echoes: set[str] = set()
    for key, label in list(echo_names.items()):
        parts = key.split()
        if (
            label == "PER"
            and len(parts) > 1
            and parts[-1][:1].isupper()
            and len(parts[-1]) > 2
            and _person_shaped(parts, lex)
        ):
            echo_names.setdefault(parts[-1], "PER")
        if (
            label == "PER"
            and 2 <= len(parts) <= 3
            and parts[0] in lex.family_first_names
            and parts[0].lower() not in seen
            and _person_shaped(parts, lex)
            # "Xi Jinping" ... "Xi said": a family name written first stands for its person
            and echo_names.setdefault(parts[0], "PER") == "PER"
        ):
            family_echoes.add(parts[0])
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
            if s > 0 and words[s] in family_echoes and words[s - 1][:1].isupper():
                continue  # "DAB's Starry Lee": another name's surname, not "Lee Cheuk-yan"
            if e < len(words) and words[e] in lex.misc_heads and words[e][:1].isupper():
                continue  # "[Belt and Road] Initiative": a part of a thing's name
            spans.append((s, e, label, "echo", None))
        # Persons named elsewhere in full, echoed side by side: "the Trump-Putin summit".
        echoed = [(s, e) for s, e, label, source, _ in spans if (label, source) == ("PER", "echo")]
        for s0, e0, label, source, entry in spans:
            if _cut_by_ellipsis(sent.tokens, e0, units[sent.unit].text):
                continue
            others: frozenset[int] = frozenset()
            if (label, source) == ("PER", "echo") and len(echoed) > 1:
                others = frozenset(k for s, e in echoed if (s, e) != (s0, e0) for k in range(s, e))
            s, e = _glue_hyphens(sent.tokens, s0, e0, label, lex, others)
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
    # Names in a credit run onto a caption's end are the photographer's and the agency's: no
    # briefing actors.
    credit_tails = {}
    for u, unit in enumerate(units):
        if not unit.credit and (cut := _credit_tail_start(unit.text, lex)) is not None:
            credit_tails[u] = cut
    if credit_tails:
        found = [f for f in found if f.start < credit_tails.get(f.unit, len(units[f.unit].text))]
    found.sort(key=lambda f: (f.unit, f.start))
    return found


def _credit_tail_start(text: str, lex: Lexicon) -> int | None:
    """Where a photo credit run onto the end of ``text`` starts, if one does, or a wire story's
    credits of its reporters and editors ("... conclusion," Donohoe said. (Reporting by Padraic
    Halpin; Editing by Peter Cooney)": words.yml ``wire_credits``). The shapes chrome
    splits off as a figure's credit (chrome.split_credit_tail: "... in 2016. (John Minchillo /
    AP)"), and two more that chrome leaves in the text (copied pages keep them in the article
    there, and a glued credit may open with any capital), whose names are no actors all the
    same: "... Protection.CreditÁngel Franco/The New York Times" (``_GLUED_CREDIT``), "...
    agents. Credit Ashraf Shazly/Agence France-Presse — Getty Images" (``_SPACED_CREDIT``, when
    only names follow)."""
    split = split_credit_tail(text)
    if split is not None:  # (the caption is the start of the stripped text)
        return len(text) - len(text.lstrip()) + len(split[0])
    if (wire := lex.wire_credit.search(text)) is not None:
        return wire.start()
    if "Credit" not in text:
        return None
    m = _GLUED_CREDIT.search(text)
    if m and len(text) - m.start() < 120:
        return m.start()
    for m in _SPACED_CREDIT.finditer(text):
        if len(text) - m.start() < 120 and _names_only(text[m.end() :], lex):
            return m.start()
    return None


def _names_only(text: str, lex: Lexicon) -> bool:
    """Whether every word of ``text`` is capitalised or a particle of names (a credit's names:
    "Ashraf Shazly/Agence France-Presse — Getty Images", "Fred R. Conrad/The New York Times")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    return bool(words) and all(w[:1].isupper() or w in lex.name_particles for w in words)


def _lone_letter(words: list[str], s: int, e: int, source: str, lex: Lexicon) -> bool:
    """Whether the span is a letter alone that names no one: an initial of a reference list
    ("Hardt, D."), a symbol ("a Hermitian matrix M"). After a title or a role noun a letter is
    an anonymised person ("Mr A", "witness G", "patient G"; data/words.yml
    letter_person_words)."""
    if e - s != 1 or source == "registry" or not _INITIAL.fullmatch(words[s]):
        return False
    before = words[s - 1] if s > 0 else ""
    return not (
        before in lex.honorifics
        or before in lex.title_words
        or before.lower() in lex.role_nouns
        or before.lower() in lex.letter_person_words
    )


def _shouted_title(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Whether ``words[k]`` is a title word written in capitals ("CHIEF", "SECRETARY") or, after
    one, a word of its complement ("CABINET") or the name it titles; with the run from the
    first such word to the transcript label's colon all in capitals."""
    if k >= len(words) or not words[k].isupper():
        return False
    j = k
    while j > 0 and words[j - 1].isupper() and words[j - 1].isalpha():
        j -= 1
    e = k
    while e < len(words) and words[e].isupper() and words[e].isalpha():
        e += 1
    return (
        j == 0
        and e < len(words)
        and words[e] == ":"
        and e - j >= 2
        and words[j].capitalize() in lex.title_words
    )


def _shouts(words: Sequence[str]) -> bool:
    """Most words of the sentence in capitals (a headline or a banner written in capitals)."""
    return sum(1 for w in words if w.isupper() and len(w) > 1) > len(words) / 2


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


@cache
def _KNOWN_ORGS() -> AliasMatcher:
    return AliasMatcher({name: "ORG" for name in lexicon().known_orgs})
