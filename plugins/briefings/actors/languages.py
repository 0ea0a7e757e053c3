"""Names in articles that are not in English: what the article's language says about capitals.

The tagger and the rules of detect.py read English. In another language (chrome profiles it from
the stop words of the body, ``Meta.language``) three things about a capitalised word differ, and
they are properties of the language, read from data (data/languages.yml and the language's jusText
stop list, the list chrome profiles by):

* A sentence opens with a capital whatever its first word is: a function word of the language
  that opens a sentence is no name ("Zatímco", "Dann"), nor is one glued before a name ("En
  Chile", "al Estado"): it is cut.
* Languages that write every noun with a capital (German) give a capitalised word no weight: a
  lone one is a name only with a gazetteer entry, a cue (an honorific, a verb of saying) or a
  longer name of the article it is part of ("Möglichkeit", "Zahl" are nouns).
* An adverb of manner that opens a sentence ("Naturalmente, ...") is no name.

The language's honorifics and verbs of saying extend the lexicon detect() reads its cues from
(:func:`lexicon_for`), so that ", sagte Keller." and "o Sr. Costa" cue persons as ", Keller
said" and "Mr Costa" do.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..chrome import stop_words
from .kinds import _strong_label
from .lexicon import Lexicon, _firsts, _yaml, lexicon

if TYPE_CHECKING:
    from .detect import Found, Unit


@dataclass(frozen=True)
class Language:
    name: str
    stopwords: frozenset[str]
    """Function words of the language, case-folded (jusText's stop list)."""
    capitalises_nouns: bool = False
    honorifics: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    """Offices written before a person's name, as capitalised there ("Präsident", "Kanzlerin")."""
    speech_verbs: frozenset[str] = frozenset()
    calendar_words: frozenset[str] = frozenset()
    adverb_suffixes: tuple[str, ...] = ()
    noun_suffixes: tuple[str, ...] = ()
    """Endings that make a word a common noun of the language (German "-heit", "-ung"): in a
    language that capitalises its nouns, such a word after a name is no part of it ("Glenda
    Gelegenheit")."""
    indefinite_articles: frozenset[str] = frozenset()
    """The language's indefinite articles as written before a noun ("ein", "eine"): in a
    language that capitalises its nouns, the capitalised word after one is a common noun."""
    conjunctions: frozenset[str] = frozenset()
    misc_openers: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    """Conjunctions opening a clause, whose subject, a common noun, takes its article ("dass die
    Wahl", "weil der Richter"): in a language that capitalises its nouns, a lone surname right
    after one is a name ("dass Klein")."""
    locale: str = ""
    """CLDR code of the language ("de"), for its names of countries and regions."""


def _stoplist(name: str) -> frozenset[str]:
    """The language's function words, case-folded (chrome's stop lists: jusText's)."""
    return frozenset(w.casefold() for w in stop_words(name))


@cache
def language(name: str) -> Language | None:
    """What the actor stage knows of language ``name`` (a jusText language name); None for
    English (the rules' own language) and for no language."""
    if not name or name == "English":
        return None
    entry = _yaml("languages.yml").get(name) or {}
    return Language(
        name=name,
        stopwords=_stoplist(name),
        capitalises_nouns=entry.get("capitalises_nouns") == "yes",
        honorifics=frozenset(entry.get("honorifics") or ()),
        speech_verbs=frozenset(entry.get("speech_verbs") or ()),
        title_words=frozenset(entry.get("title_words") or ()),
        calendar_words=frozenset(entry.get("calendar_words") or ()),
        adverb_suffixes=tuple(entry.get("adverb_suffixes") or ()),
        noun_suffixes=tuple(entry.get("noun_suffixes") or ()),
        indefinite_articles=frozenset(entry.get("indefinite_articles") or ()),
        conjunctions=frozenset(entry.get("conjunctions") or ()),
        misc_openers=frozenset(entry.get("misc_openers") or ()),
        clause_words=frozenset(entry.get("clause_words") or ()),
        locale=entry.get("locale") or "",
    )


#: CLDR territories that are no country: the world, pseudo-regions, the euro area; the European
#: Union and the United Nations are organizations.
_NO_COUNTRY = frozenset({"001", "QO", "EZ", "ZZ", "XA", "XB", "EU", "UN"})
_BODIES = frozenset({"EU", "UN"})


@cache
def territories(locale: str) -> tuple[dict[str, str], frozenset[str]]:
    """CLDR's names of countries and regions in the language of ``locale`` (through Babel,
    which ships CLDR): name -> place class ("Brasilien" -> country, "Südamerika" -> region),
    and its names of the bodies among CLDR's territories ("Europäische Union"). Names as a
    text writes them only: capitalised, without brackets or commas ("Hong Kong, RAE da China"
    is left out)."""
    try:
        from babel import Locale  # CLDR's names of every country in every language

        names = Locale.parse(locale).territories
    except (ImportError, ValueError, LookupError):
        return {}, frozenset()
    places: dict[str, str] = {}
    bodies: set[str] = set()
    for code, text in names.items():
        if not text[:1].isupper() or not all(ch.isalpha() or ch in " -'’" for ch in text):
            continue
        if code in _BODIES:
            bodies.add(text)
        elif code not in _NO_COUNTRY:
            places[text] = "region" if code.isdigit() else "country"
    return places, frozenset(bodies)


@cache
def lexicon_for(name: str) -> Lexicon:
    """The lexicon, with the cues of language ``name`` added (its honorifics, offices, verbs of
    saying and calendar words) and its function words: an acronym named once between them is a
    body's ("dass BA und IAG es", "a a BBC que")."""
    base = lexicon()
    lang = language(name)
    if lang is None:
        return base
    # The language's function words: its stop list but for the names and English words on it.
    words = frozenset(
        w
        for w in lang.stopwords
        if w.isalpha()
        and w.islower()
        and w.capitalize() not in base.first_names
        and w.capitalize() not in base.last_names
        and w.capitalize() not in base.places
        and not (len(w) > 4 and w in base.dict_lower)
    )
    cldr_places, cldr_bodies = territories(lang.locale) if lang.locale else ({}, frozenset())
    places = {**cldr_places, **base.places}
    return dataclasses.replace(
        base,
        places=places,
        place_firsts=_firsts(places),
        max_place_words=max([base.max_place_words, *(len(p.split()) for p in cldr_places)]),
        known_orgs=base.known_orgs | cldr_bodies,
        honorifics=base.honorifics | lang.honorifics,
        speech_verbs=base.speech_verbs | lang.speech_verbs,
        title_words=base.title_words | lang.title_words,
        calendar_words=base.calendar_words | lang.calendar_words,
        misc_openers=base.misc_openers | lang.misc_openers,
        body_openers=words,
        list_joiners=base.list_joiners | lang.conjunctions,
    )


_WORD = re.compile(r"\S+")
#: What may stand between a sentence's end and its first word: spaces, quotes, brackets, dashes.
_OPENING = " \t\n\"'“”„«»‹›‘’([—–-"


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENING)
    return not before or before[-1] in ".!?:;…\n"


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'“”„«»()").removesuffix("’s").removesuffix("'s")


def _is_function_word(word: str, lang: Language, lex: Lexicon, lower_seen: set[str]) -> bool:
    """Whether ``word`` is a function word of the language: on its stop list (jusText's lists
    are the language's most frequent words, given names, places and English words among them:
    "michael", "paris", "rio", "university"), and written in lower case here, or a gazetteer
    name the article also writes in lower case ("Dann" / "dann", "Era" / "era"), or neither a
    gazetteer name nor a longer English word."""
    bare = _bare(word)
    folded = bare.casefold()
    if folded not in lang.stopwords:
        return False
    if not bare[:1].isupper() or folded in lower_seen:
        return True
    if len(bare) > 4 and folded in lex.dict_lower:
        return False  # "University" (on the German list): a word of an English name
    return not (
        bare in lex.first_names
        or bare in lex.last_names
        or bare in lex.places
        or bare in lex.major_cities
        or bare in lex.known_orgs
    )


def _cut_function_words(
    f: Found,
    text: str,
    lang: Language,
    lex: Lexicon,
    kept_openers: set[str],
    lower_seen: set[str],
) -> tuple[int, int] | None:
    """The span of ``f`` without the function words of the language glued before it ("En
    Chile", "al Estado") or after it; None when nothing but function words is
    left ("Zatímco", "Dann"). A capitalised function word is cut only where it opens the
    sentence and the article never writes it capitalised inside a sentence before the same
    name ("Le Monde", "La Nación" stay); a lower-case one always, a particle of names too:
    one that opens a name is the language's word ("da Libertadores", "al Estado"; inside a
    name it stays: "Lula da Silva")."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(f.surface)]
    if not words or f.surface in lex.places or f.surface in lex.known_orgs:
        return None if not words else (f.start, f.end)
    first, last = 0, len(words)
    at_start = _opens_sentence(text, f.start)
    while first < last:
        w = f.surface[words[first][0] : words[first][1]]
        rest = f.surface[words[first][1] :].strip()
        if not _is_function_word(w, lang, lex, lower_seen) or rest in kept_openers:
            break
        if w[:1].isupper():
            if not (first == 0 and at_start) or (w.isupper() and len(w) > 1):
                break
            if w in lex.org_openers or w in lex.place_openers or w in lex.org_words:
                break  # "Centro Cultural ...": a frequent word that heads a name
            if rest and not rest[:1].isupper():
                break  # "Rio de Janeiro": a name goes on in lower case
        first += 1
    while last > first:
        w = f.surface[words[last - 1][0] : words[last - 1][1]]
        if w[:1].isupper() or not _is_function_word(w, lang, lex, lower_seen):
            break
        last -= 1
    if first == last:
        return None
    if last - first == 1:
        w = f.surface[words[first][0] : words[first][1]]
        if _is_function_word(w, lang, lex, lower_seen):
            return None  # "al Estado", "el Estado": a frequent word of the language alone
    return f.start + words[first][0], f.start + words[last - 1][1]


def _known_pair(f: Found, text: str, lang: Language, lex: Lexicon) -> list[Found] | None:
    """Two names the gazetteer knows joined by a conjunction of the language ("Unión Europea y
    Estados Unidos", "Kamchatka e Sakhalin"): each on its own, of its own kind; None when
    ``f`` is no such pair."""
    words = f.surface.split(" ")
    for k, w in enumerate(words):
        if w not in lang.conjunctions or k == 0 or k == len(words) - 1:
            continue
        left, right = " ".join(words[:k]), " ".join(words[k + 1 :])
        kinds = [_strong_label(part.split(), lex) for part in (left, right)]
        if None in kinds:
            return None
        right_start = f.start + len(left) + len(w) + 2
        return [
            dataclasses.replace(
                f, surface=left, end=f.start + len(left), label=kinds[0] or f.label, scores=()
            ),
            dataclasses.replace(
                f, surface=right, start=right_start, label=kinds[1] or f.label, scores=()
            ),
        ]
    return None


def _has_name_evidence(
    word: str, lex: Lexicon, lang: Language, lower_seen: set[str], in_longer: bool = False
) -> bool:
    """Whether a capitalised word of a language that capitalises its nouns is a name by its
    own: an acronym, a word with a capital inside ("McDonald", "YouTube") or a digit, or in a
    gazetteer (places, given names, well-known organizations, the head words of names:
    "Association", "Club"), and no function word of the language. ``in_longer``: the word is
    one of several of a name, where a surname counts, too ("Anil Rao")."""
    bare = _bare(word)
    if not bare or bare in lang.calendar_words or _is_function_word(bare, lang, lex, lower_seen):
        return False
    if (bare.isupper() and len(bare) > 1) or any(ch.isdigit() for ch in bare):
        return True
    if any(ch.isupper() and bare[k] != "-" for k, ch in enumerate(bare[1:])) and not (
        bare[1:].isupper()
    ):
        return True  # (not after a hyphen: "Einmal-Passwörter" is a compound noun)
    return (
        bare in lex.places
        or bare in lex.major_cities
        or bare in lex.first_names
        or bare in lex.known_orgs
        or bare in lex.org_words
        or bare in lex.place_words
        or bare in lex.org_openers
        or (in_longer and bare in lex.last_names)
    )


def _word_before(f: Found, text: str) -> str:
    """The word (as split by white space) right before ``f`` in its unit's ``text``; "" when
    ``f`` opens it."""
    before = text[: f.start].rsplit(maxsplit=1)
    return before[-1] if before else ""


def _cued(f: Found, text: str, lex: Lexicon) -> bool:
    """Whether a verb of saying, an honorific or an office of the language stands right before
    or after the name ("Frau Keller", "Präsident Selenskyj", ", sagt Keller.", "Keller
    sagte")."""
    after = text[f.end :].split(maxsplit=1)
    prev = _word_before(f, text)
    nxt = after[0].strip(".,;:") if after else ""
    return (
        prev in lex.honorifics
        or prev in lex.title_words
        or prev in lex.speech_verbs
        or nxt in lex.speech_verbs
    )


def _surname_after_conjunction(f: Found, text: str, lang: Language, lex: Lexicon) -> bool:
    """Whether ``f`` is a lone surname (data/last_names.txt) the tagger read as a person, right
    after a conjunction of the language opening a clause, whose subject, a common noun, would
    take its article ("Er sagte, dass Klein ..."; not "dass die Wahl", "weil der Richter": the
    surname list holds many nouns too)."""
    if f.label != "PER" or f.surface not in lex.last_names:
        return False
    return _word_before(f, text).casefold() in lang.clause_words


def fit_to_language(found: Sequence[Found], units: Sequence[Unit], name: str) -> list[Found]:
    """The names of ``found`` read with the properties of the article's language ``name``
    (see the module's doc): function words cut, function words and sentence-opening adverbs
    alone dropped, and in a language that capitalises its nouns, lone capitalised words
    without a gazetteer entry, a cue or a longer name of the article dropped. Unchanged for
    English and for no language."""
    lang = language(name)
    if lang is None:
        return list(found)
    lex = lexicon_for(name)
    # Capitalised function words the article writes inside a sentence before a name: part of
    # that name ("... according to La Nación").
    kept_openers: set[str] = set()
    lower_seen = {w.casefold() for u in units for w in _WORD.findall(u.text) if w.islower()}
    for f in found:
        first, _, rest = f.surface.partition(" ")
        if (
            rest
            and first[:1].isupper()
            and first.casefold() in lang.stopwords
            and not _opens_sentence(units[f.unit].text, f.start)
        ):
            kept_openers.add(rest.strip())
    cut: list[Found] = []
    for f in found:
        if f.source in ("registry", "credit"):
            cut.append(f)
            continue
        text = units[f.unit].text
        span = _cut_function_words(f, text, lang, lex, kept_openers, lower_seen)
        if span is None:
            continue
        start, end = span
        if (start, end) != (f.start, f.end):
            f = dataclasses.replace(f, surface=text[start:end], start=start, end=end)
        pair = _known_pair(f, text, lang, lex)
        if pair:
            cut.extend(pair)
            continue
        words = f.surface.split()
        if (
            len(words) == 1
            and _opens_sentence(text, f.start)
            and any(words[0].casefold().endswith(s) for s in lang.adverb_suffixes)
            and words[0] not in lex.first_names
            and words[0] not in lex.last_names
        ):
            continue  # "Naturalmente, a China ..."
        if (
            f.label == "PER"
            and len(words) == 1
            and f.source == "tagger"
            and words[0] in lex.places
            and words[0] not in lex.first_names
            and words[0] not in lex.last_names
            and not _cued(f, text, lex)
        ):
            # "Praha": a place the English tagger took for a person in another language
            f = dataclasses.replace(f, label="LOC", scores=())
        cut.append(f)
    if not lang.capitalises_nouns:
        return cut
    return _nouns_are_no_names(cut, units, lang, lex, lower_seen)


def _trim_to_evidence(
    f: Found, lex: Lexicon, lang: Language, lower_seen: set[str]
) -> tuple[int, int] | None:
    """The span of ``f`` cut to its parts with evidence of a name. The name's capitalised
    parts are the runs of capitalised words between lower-case ones; parts without evidence
    are left out before the first part with it and after the last ("Vertreter von [Google]",
    "Passagiere den [Rhine River]", "[Eva Roth] eine Rolle"), but for a part after particles
    of names ("Ursula von der Leyen"); in the first part, common nouns before a given name
    ("Kundin [Anna Berger]", "Tochter [Eva]"). None when no word has evidence."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(f.surface)]
    texts = [f.surface[a:b] for a, b in words]
    # (A surname is weak evidence: "Rolle" of "Eva Roth eine Rolle" is one, too.)
    evidence = [_has_name_evidence(w, lex, lang, lower_seen) for w in texts]
    if not any(evidence):
        evidence = [_has_name_evidence(w, lex, lang, lower_seen, True) for w in texts]
        if not any(evidence):
            return None
    parts: list[list[int]] = []  # word indexes of the capitalised runs
    for k, w in enumerate(texts):
        if w[:1].islower():
            continue
        if parts and parts[-1][-1] == k - 1:
            parts[-1].append(k)
        else:
            parts.append([k])
    with_evidence = [p for p in parts if any(evidence[k] for k in p)]
    if not with_evidence:
        return f.start, f.end  # (a name in lower case, its own evidence: the agency "dpa")
    first_part, last_part = with_evidence[0], with_evidence[-1]
    n = parts.index(last_part)
    while n + 1 < len(parts) and all(
        texts[k] in lex.name_particles or texts[k] in lex.surname_particles
        for k in range(parts[n][-1] + 1, parts[n + 1][0])
    ):
        n += 1  # "Ursula" + "von der" + "Leyen"
    end = parts[n][-1]
    while end > parts[n][0] and _suffixed_noun(texts[end], lex, lang, lower_seen):
        end -= 1  # "[Glenda] Gelegenheit": a common noun of the language after the name
    start = first_part[0]
    for k in first_part:
        if evidence[k]:
            bare = _bare(texts[k])
            is_head = bare in lex.org_words or bare in lex.place_words or bare in lex.org_openers
            if not is_head and not any(
                _bare(texts[j]).casefold() in lex.dict_lower
                or _bare(texts[j]) in lex.dict_proper
                or _bare(texts[j]) in lex.demonyms
                for j in range(start, k)
            ):
                # "Kundin Anna Berger", "Stadt Hillsborough", "Radiosender BBC" (not "North
                # Carolina", "British Columbia": English words before it are words of a name; not
                # "Republikanischen Partei": a head word's modifiers are the name's)
                start = k
            break
    return f.start + words[start][0], f.start + words[end][1]


def _suffixed_noun(word: str, lex: Lexicon, lang: Language, lower_seen: set[str]) -> bool:
    """Whether ``word`` ends in a suffix of the language's common nouns ("Gelegenheit",
    "Regierung") and has no evidence of a name, not even a surname's ("Hartung", "Jung")."""
    bare = _bare(word)
    return any(
        bare.endswith(s) and len(bare) >= len(s) + 3 for s in lang.noun_suffixes
    ) and not _has_name_evidence(bare, lex, lang, lower_seen, True)


def _after_indefinite_article(f: Found, text: str, lang: Language, lex: Lexicon) -> int | None:
    """Where ``f`` goes on after its first word, when an indefinite article of the language
    stands right before it ("eine [Art] Zwang", "eine [Menge] Sachen": names take no indefinite
    article, so that word is a common noun); ``f.end`` when it is a lone word; None when no
    such article is there, or the first word is a known place or body, an acronym or a compound
    with a hyphen ("ein Google-Sprecher")."""
    if _word_before(f, text) not in lang.indefinite_articles:
        return None
    first = f.surface.split()[0]
    if (
        "-" in first
        or (first.isupper() and len(first) > 1)
        or first in lex.places
        or first in lex.known_orgs
    ):
        return None
    rest = f.surface[len(first) :]
    return f.end if not rest.strip() else f.end - len(rest.lstrip())


def _nouns_are_no_names(
    found: list[Found],
    units: Sequence[Unit],
    lang: Language,
    lex: Lexicon,
    lower_seen: set[str],
) -> list[Found]:
    """In a language that writes its nouns with a capital: names trimmed to their words with
    evidence of a name (:func:`_trim_to_evidence`), and a lone word kept only with evidence of
    its own, a cue (an honorific, a verb of saying) or as a word of a longer name of the
    article ("Keller" after "Eva Keller")."""
    trimmed: list[Found] = []
    for f in found:
        if f.source in ("registry", "credit"):
            trimmed.append(f)
            continue
        after_article = _after_indefinite_article(f, units[f.unit].text, lang, lex)
        if after_article is not None:
            if after_article == f.end:
                continue  # "eine Menge": a common noun after an indefinite article
            text = units[f.unit].text
            f = dataclasses.replace(
                f, surface=text[after_article : f.end], start=after_article, scores=()
            )
        span = _trim_to_evidence(f, lex, lang, lower_seen)
        if span is None:
            if len(f.surface.split()) == 1:
                trimmed.append(f)  # (decided below, by its cues and the longer names)
            elif _cued(f, units[f.unit].text, lex):
                trimmed.append(f)  # "Präsident Wolodymyr Selenskyj": names the lists lack
            continue
        start, end = span
        if (start, end) != (f.start, f.end):
            text = units[f.unit].text
            surface = text[start:end]
            strong = _strong_label(surface.split(), lex)  # "Regierung von [Hong Kong]"
            f = dataclasses.replace(
                f,
                surface=surface,
                start=start,
                end=end,
                label=strong or f.label,
                scores=() if strong else f.scores,  # (the tagger's kind no longer votes)
            )
        trimmed.append(f)
    in_names = {w for f in trimmed if len(f.surface.split()) > 1 for w in f.surface.split()}
    out: list[Found] = []
    for f in trimmed:
        words = f.surface.split()
        if (
            f.source in ("registry", "credit")
            or len(words) > 1
            or _has_name_evidence(words[0], lex, lang, lower_seen)
            or words[0] in in_names
            or _cued(f, units[f.unit].text, lex)
            or _surname_after_conjunction(f, units[f.unit].text, lang, lex)
        ):
            out.append(f)
    return out
