"""Kind rules: which kind of actor a name is (person, organization, place), and which names are
of things that are no actors at all.

Owns the label tables (LABELS, the firm gazetteer classes, head-word and acronym shapes), the
acceptance test of a tagger name (_acceptable), the kinds from the name itself (_strong_label,
_fix_label, _team_name), from context (class nouns, appositives, "City, Region", "X's Person",
match reports) and the demotion of unsure places and persons and of names of things
(_drop_things). The lowest of the detection modules: it imports neither detect nor boundaries;
boundaries imports its label rules and the small word tables both need (articles; the possessive
marks are data, words.yml possessive_marks).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .lexicon import Lexicon
from .tokens import phrase_key

LABELS = ("PER", "ORG", "LOC")


_FIRM_PLACES = frozenset({"country", "region", "sea", "river"})
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")


_ARTICLES = frozenset({"the", "The", "THE"})
_INDEFINITE = frozenset({"a", "an"})


_DEMONYM_ENDINGS = ("ese", "ian", "ians", "ean", "eans", "ist", "ists", "ish", "ans")


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}[0-9]?$")


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


def _person_shaped(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether a name of several words may be a person's full name whose last word (or first)
    stands for it alone: it opens with a known first name, or none of its words is a head word
    of organizations or places, a title, an event head or a nationality ("Parliament House",
    "Metroid Queen": "House", "Queen" alone are no one's surname)."""
    if words[0] in lex.first_names and words[0] not in lex.places:
        return True
    return not any(
        w in lex.org_words
        or w in lex.place_words
        or w in lex.title_words
        or w in lex.misc_heads
        or w in lex.demonyms
        for w in words
    )


_INITIAL = re.compile(r"[A-Z]\.?")


def _people_of_place(key: str, lex: Lexicon) -> bool:
    """ "New Yorkers", "Londoners", "New Zealanders", "Australians", "Kenyans": people of a
    place or a nationality in the plural, no actor (the place's name plus "ers", or a demonym
    of data/words.yml plus "s")."""
    if key in lex.places or key in lex.known_orgs:
        return False
    return (key.endswith("ers") and key[:-3] in lex.places) or (
        key.endswith("s") and key[:-1] in lex.demonyms
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
    if (
        len(span_words) > 2
        and phrase_key(span_words[-2:]) in lex.not_actors
        and all(w.lower() in lex.dict_lower for w in span_words[:-2])
    ):
        return False  # "Regular Press Conference": an event, common words before it
    if _people_of_place(key, lex):
        return False
    if (
        len(span_words) > 1
        and span_words[-1] in lex.misc_heads
        and not _person_with_misc_head(span_words, label, lex)
    ):
        return False
    if _names_an_event(span_words, lex):
        return False
    titles = 0
    while (
        titles < len(span_words) - 2
        and span_words[titles] in lex.title_words
        and span_words[titles] not in lex.org_words
    ):
        titles += 1
    if (
        titles
        and span_words[titles] in ("of", "for")
        and phrase_key(span_words[titles + 1 :]) not in lex.places
    ):
        # "Director of Media and Communications", "Chief of Staff", "Chief Secretary for
        # Administration": a title
        return False
    first = span_words[0]
    if not (first[:1].isupper() or first[:1].isdigit()) and len(span_words) == 1:
        return False
    if len(span_words) > 1 and all(_INITIAL.fullmatch(w) for w in span_words):
        return False  # initials alone ("A. J." of "Anderson, A. J." in a reference list)
    if not any(ch.isupper() for ch in key):
        return False
    if all(
        w in lex.demonyms
        or w in lex.not_actors
        or w in lex.title_words
        or w in lex.address_words  # ("Your Excellency", "Her Royal Highness")
        or w in lex.name_dividers  # "elected as [MP] for Saffron Walden": a role
        or not w[:1].isalnum()
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
        and _ACRONYM_PLURAL.fullmatch(first)
        and key not in lex.known_orgs
        and key not in lex.places
    ):
        return False  # "GIFs", "ATMs", "MPs": things or people in the plural, no one actor
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
    if key in lex.known_orgs or lex.org_pattern.fullmatch(span_words[0]):
        return "ORG"  # ("Gazprom Neft": a company's shape opens its subsidiary's name too)
    if (
        len(span_words) > 1
        and (span_words[0] in lex.org_openers or span_words[0] in lex.org_prefixes)
        and span_words[-1] not in lex.place_words  # not "Centre Street", "Air Base"
    ):
        return "ORG"  # "Instituto Gonzaga", "Partido Popular", "Air Canada", "Team GB"
    if (
        len(span_words) > 1
        and span_words[0] in lex.agency_prefixes
        and phrase_key(span_words[1:]) in lex.places
    ):
        return "ORG"  # "Statistics Canada", "Sport England": an agency named after its country
    if lex.places.get(key) in _FIRM_PLACES:
        return "LOC"
    if len(span_words) > 1:
        if last in lex.org_words or last in lex.org_tails:
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


def _headed_place_run(words: list[str], s: int, e: int, lex: Lexicon) -> bool:
    """Whether the capitalised run ``words[s:e]`` that the tagger left out is a place by its
    head word: two words or more ending in a head word of places ("Castlefrank Road", "Haifa
    Street", "Shah Mosque", "Inner Ring Road"), not a class named with "a"/"an" ("a National
    Park", "a Technology Centre"), not opened by a function word ("From the Airport"), a name's
    suffix ("Jr. Airport"), a lone letter ("R Square") or, opening a sentence, a common word
    ("Current Fisht Stadium: ...")."""
    return (
        e - s >= 2
        and words[e - 1] in lex.place_words
        and (s > 0 or words[s].lower() not in lex.dict_lower)  # "Current Fisht Stadium: ..."
        and (s == 0 or words[s - 1].lower() not in _INDEFINITE)
        and words[s].lower() not in lex.function_words
        and words[s] not in lex.name_suffixes
        and len(words[s]) > 1
    )


def numbered_places(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """ "Route 66", "State Route 267", "Interstate 95", "Terminal 2", "Building 31": a word of
    data/words.yml numbered_places with a number of one to four digits after it is a place,
    with the capitalised words right before it ("State", "U.S."; not one opening the
    sentence); so are a highway's abbreviation (road_prefixes) and number, with a compass word
    after them ("I-95", "US-75 South", "U.S. 1"; not "Form I-130", "US 5 billion")."""
    out: list[tuple[int, int]] = []
    n = len(words)
    for k in range(n - 1):
        if words[k] in lex.numbered_places and words[k + 1].isdigit() and len(words[k + 1]) <= 4:
            s = k
            while s > 1 and words[s - 1][:1].isupper() and words[s - 1] not in _ARTICLES:
                s -= 1
            out.append((s, k + 2))
        elif words[k] in lex.road_prefixes:
            # "I-95", "US-75 South", "U.S. 1", "SR-51": a highway's abbreviation and number
            j = k + 2 if words[k + 1] == "-" else k + 1
            if (
                (j == k + 1 and words[k] == "I")  # ("I 44": the pronoun)
                or j >= n
                or not (words[j].isdigit() and len(words[j]) <= 3)
                or (k > 0 and words[k - 1].lower() == "form")  # "Form I-130"
                or (j + 1 < n and words[j + 1][:1].islower() and words[j + 1] not in _ROAD_AFTER)
            ):
                continue
            e = j + 1
            if e < n and words[e] in lex.road_directions:
                e += 1
            out.append((k, e))
    return out


def hyphenated_places(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """ "Mazar-i-Sharif", "Aix-en-Provence", "Saint-Jean-de-Luz": capitalised parts joined by
    hyphens, at least one joint a lower-case particle of place names (data/words.yml
    hyphen_place_particles), the first part and the last capitalised: one place's name."""
    out: list[tuple[int, int]] = []
    n, k = len(words), 0
    while k < n:
        if not words[k][:1].isupper():
            k += 1
            continue
        e, particle = k + 1, False
        while e + 1 < n and words[e] in _HYPHENS and words[e + 1][:1].isalpha():
            nxt = words[e + 1]
            if nxt in lex.hyphen_place_particles:
                particle = True
            elif not nxt[:1].isupper():
                break
            e += 2
        while e > k + 1 and not words[e - 1][:1].isupper():
            e -= 2  # (the name ends on a capitalised part)
        if particle and e - k >= 5 and any(w in lex.hyphen_place_particles for w in words[k:e]):
            out.append((k, e))
        k = max(e, k + 1)
    return out


#: Lower-case words that may follow a highway's number ("I-95 north", "US 169 near Tulsa");
#: others make it a count or a code ("US 5 billion", "I-9 form").
_ROAD_AFTER = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northbound",
        "southbound",
        "eastbound",
        "westbound",
        "near",
        "at",
        "in",
        "and",
        "or",
        "to",
        "from",
        "between",
        "through",
        "into",
        "on",
        "until",
        "where",
        "when",
        "after",
        "before",
        "outside",
        "towards",
        "toward",
        "by",
        "exit",
        "was",
        "is",
        "were",
        "remains",
        "remained",
        "reopened",
        "closed",
    }
)


def _fix_label(span_words: list[str], label: str, lex: Lexicon) -> str:
    strong = _strong_label(span_words, lex)
    if strong:
        return strong
    if 2 <= len(span_words) <= 3 and span_words[0] in lex.stage_titles:
        return "PER"  # "DJ Khaled", "MC Hammer": a performer's stage name
    if _team_name(span_words, lex):
        return "ORG"
    if (
        len(span_words) > 1
        and span_words[0] in lex.place_openers
        and not (span_words[0] in lex.first_names and span_words[1] in lex.last_names)
    ):
        # "Lake Taupo", "Mount Kenya", "Boulevard Montmartre", "Fort Worth"; not an opener
        # that is also a given name before a known surname ("Sierra Smith", "Zona Gale")
        return "LOC"
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
    if (
        len(span_words) > 1
        and span_words[-1] in lex.institute_heads
        and span_words[-2] in lex.institute_words
    ):
        return "ORG"  # "Pew Research Center", "Tax Policy Center": an institute, no building
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


def _cued_runs(words: list[str], k: int, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The names a class noun at ``k`` announces, with their kind: "band [Korn]" (ORG), "town of
    [Hiram]" (LOC); after a plural class noun, every name of a list: "the villages of [Lougou]
    and [Tougana]", "the bands [Korn], [Creed] and [Staind]", also when words that open
    examples come first ("bands like [The Ramones] and [The Stooges]", "companies, including
    [Wachovia]", "such bands as [The Velvet Underground]": data/words.yml example_openers).
    Empty when no capitalised run follows."""
    w = words[k].lower() if k == 0 else words[k]  # ("Carmaker Stellantis")
    n = len(words)
    if w in lex.org_class_nouns:
        label, start = "ORG", k + 1
        if w.endswith("s"):
            start = _past_example_opener(words, k, lex)
    elif w in lex.place_class_nouns and k + 1 < n and words[k + 1] == "of":
        label, start = "LOC", k + 2
    elif w in lex.org_cue_verbs:
        # "joined the Sea Org", "signed with Decca", "traded to the Athletics": one name.
        j = k + 1
        if j < n and words[j] in lex.org_cue_verbs[w]:
            j += 1
        elif "" not in lex.org_cue_verbs[w]:
            return []
        article = j < n and words[j] == "the"
        if article:
            j += 1
        e = j
        while e < n and e - j < 4 and words[e][:1].isupper():
            e += 1
        if e == j or lex.places.get(phrase_key(words[j:e])) in _FIRM_PLACES:
            return []  # ("Croatia joined the EU": no team is named "France")
        if not article and (
            _persons_name(words[j:e], lex)
            or (e - j == 1 and (words[j] in lex.first_names or words[j] in lex.last_names))
        ):
            return []  # "Biden joined Harris at the rally": a person may be joined too
        return [(j, e, "ORG")]
    else:
        return []
    runs: list[tuple[int, int, str]] = []
    while True:
        j = start
        # (a number may end a name: "the parties Democrats 66, GreenLeft and ...")
        while (
            j < n
            and j - start < 4
            and (words[j][:1].isupper() or (j > start and words[j].isdigit()))
        ):
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


def _past_example_opener(words: list[str], k: int, lex: Lexicon) -> int:
    """Where the list of examples after the plural class noun at ``k`` starts: past "like",
    "including", ", such as" (data/words.yml example_openers) when they follow it, and past
    "as" when "such" stands before it ("such bands as X"); else right after the noun."""
    n = len(words)
    if k > 0 and words[k - 1] in ("such", "Such") and k + 1 < n and words[k + 1] == "as":
        return k + 2
    j = k + 1
    if j < n and words[j] == ",":
        j += 1
    if j < n and words[j] in lex.example_openers:
        if words[j] == "such":
            return j + 2 if j + 1 < n and words[j + 1] == "as" else k + 1
        return j + 1
    return k + 1


#: Relative words and "of" that end the noun phrase of an appositive or a predicate ("a
#: company [that] ..."); past participles end it too (data/words.yml phrase_end_participles).
_PHRASE_ENDS = frozenset({"of", "that", "which", "who", "whose", "where", "when"})
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
    org_class_nouns, place_class_nouns, role_nouns (not shared_role_nouns: "a member of
    NATO")."""
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
        if w in lex.possessive_marks:
            return None  # "the band's name"
        if w.lower() in _APPOSITIVE_ARTICLES:
            return None  # "Kodiak, Alaska, the Polaris makes a series of trips": a clause
        if not (
            w in ("/", "-", "–")
            or (
                w.isalpha()
                and w not in _PHRASE_ENDS
                and w not in lex.phrase_end_participles
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
    if _runs_into_speech(words, j, lex):
        return None  # "the war in Ukraine, a spokesman for the Elysee Palace said"
    if head == "group" and j < n and words[j] == "of":
        return None  # "a group of islands", "the group of chemicals"
    if head in lex.thing_nouns:
        return "MISC"  # a storm, a vessel, a work, a product: no actor
    if head in lex.org_class_nouns:
        return "ORG"
    if head in lex.place_class_nouns:
        return "LOC"
    if head in lex.role_nouns and head not in lex.shared_role_nouns:
        return "PER"
    return None


#: Words that end the scan of :func:`_runs_into_speech`: punctuation, and relative words (a
#: relative clause belongs to the appositive: "X, a company that has ...").
_SPEECH_SCAN_STOPS = frozenset({",", ".", ";", ":", "(", ")", "!", "?"}) | (_PHRASE_ENDS - {"of"})


def _runs_into_speech(words: list[str], j: int, lex: Lexicon) -> bool:
    """Whether the phrase after an appositive's head goes on, over its prepositional phrase and
    without punctuation, into a verb of saying (or of reporting: data/words.yml
    reporting_verbs): "..., a spokesman for the Elysee Palace said" is a clause whose subject
    is the spokesman, not an appositive of the name before it."""
    for k in range(j, min(len(words), j + _SPEECH_SCAN_WORDS)):
        if words[k] in _SPEECH_SCAN_STOPS:
            return False
        if words[k] in lex.speech_verbs or words[k] in lex.reporting_verbs:
            return True
    return False


#: How far :func:`_runs_into_speech` looks for the verb.
_SPEECH_SCAN_WORDS = 8


def _between_the_and(words: list[str], s: int, e: int, nouns: frozenset[str]) -> bool:
    """Whether the name ``words[s:e]`` stands between "the" and one of ``nouns``: "the [NAME]
    party"."""
    return s > 0 and words[s - 1] in ("the", "The") and e < len(words) and words[e] in nouns


def _class_noun_after(words: list[str], s: int, e: int, lex: Lexicon) -> str | None:
    """ "the [Ennahda] party", "the [Wagner] group": a name between "the" and a singular
    class noun of organizations is an organization's; not a place's ("the Texas company", "the
    Aleutian Islands chain") nor a person's full name."""
    if (
        _between_the_and(words, s, e, lex.org_class_nouns)
        and not words[e].endswith("s")
        and phrase_key(words[s:e]) not in lex.places
        and words[e - 1] not in lex.place_words
        and words[e - 1] not in lex.place_plurals  # "the Aleutian Islands chain"
        and not (e - s > 1 and words[s] in lex.first_names)  # a person's full name
        and not _persons_name(words[s:e], lex)
    ):
        return "ORG"
    return None


def _employer_after_role(words: list[str], s: int, e: int, lex: Lexicon) -> str | None:
    """ "co-founder and CEO of [Vidyard]", "an analyst at [Coresight Research]": a name right
    after a job's noun and "of" or "at" (data/words.yml employer_roles) is the employer, an
    organization; not a known place ("president of France") nor a person's full name (a known
    first name and more: this covers every name ``_persons_name`` accepts)."""
    if (
        s >= 2
        and words[s - 1] in ("of", "at")
        and words[s - 2].lower() in lex.employer_roles
        and phrase_key(words[s:e]) not in lex.places
        and not (e - s > 1 and words[s] in lex.first_names)
    ):
        return "ORG"
    return None


def _leaders_body_after(words: list[str], s: int, e: int, lex: Lexicon) -> str | None:
    """ "the [Obama] administration", "the [Maduro] government": a surname between "the" and a
    government word names the leader, a person, even where a small town has that name too
    (Obama, Fukui); not a country's or a big city's name ("the Kyiv government")."""
    w = words[s]
    if (
        e - s == 1
        and _between_the_and(words, s, e, lex.leader_bodies)
        and w in lex.last_names
        and lex.places.get(w) not in _FIRM_PLACES
        and w not in lex.major_cities
        and w not in lex.demonyms
        and w not in lex.known_orgs
        and w.lower() not in lex.dict_lower
    ):
        return "PER"
    return None


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
            if (
                w[:1].islower()
                and (
                    w in lex.org_class_nouns or w in lex.place_class_nouns or w in lex.org_cue_verbs
                )
            ) or (
                # "Carmaker Stellantis cut prices": a class noun opening the sentence (one of
                # the words that open sentences before names; not "Group F", "Party leaders")
                k == 0
                and w[1:].islower()
                and w.lower() in lex.org_class_nouns
                and w.lower() in lex.opening_modifiers
            ):
                for s, e, label in _cued_runs(words, k, lex):
                    name = words[s:e]
                    nxt = words[e] if e < len(words) else "."
                    if (
                        not _acceptable(name, lex, False, seen)
                        or any(x in lex.title_words for x in name)
                        or _persons_name(name, lex)
                        or (
                            # "the company Smith founded": a lone name before a verb may be the
                            # subject of a relative clause, not the company's name (not
                            # after a class noun opening the sentence: "Automaker Ford recalled").
                            k > 0
                            and (name[0] in lex.first_names or name[0] in lex.last_names)
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
            kind = (
                _appositive_kind(words, s, e, lex)
                or _class_noun_after(words, s, e, lex)
                or _leaders_body_after(words, s, e, lex)
                or _employer_after_role(words, s, e, lex)
            )
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
    # "opposition parties Democrats 66, GreenLeft and Christian Union": a name the tagger ran
    # over two names of the list and their joiner is those names
    listed: dict[int, list[tuple[int, int]]] = {}
    for n, s, e, _label in runs:
        listed.setdefault(n, []).append((s, e))
    for n, names in listed.items():
        spans = spans_per_sentence[n]
        for x in [x for x in spans if _runs_over_list(x, names, sentence_words[n])]:
            spans.remove(x)
            soft_per_sentence[n].pop((x[0], x[1]), None)
    for n, s, e, label in runs:
        spans = spans_per_sentence[n]
        if cued.get(phrase_key(sentence_words[n][s:e])) == label and not any(
            x[0] < e and s < x[1] for x in spans
        ):
            spans.append((s, e, label, "rule", None))


def _runs_over_list(
    span: tuple[int, int, str, str, str | None], names: list[tuple[int, int]], words: list[str]
) -> bool:
    """Whether ``span`` (not the registry's) covers two or more of a list's ``names`` and
    nothing else but their joiners."""
    start, end = span[0], span[1]
    inside = [(s, e) for s, e in names if start <= s and e <= end]
    return (
        span[3] != "registry"
        and len(inside) >= 2
        and (start, end) not in inside
        and all(
            w in _LIST_JOINERS
            for k, w in enumerate(words[start:end], start)
            if not any(s <= k < e for s, e in inside)
        )
    )


#: What joins the names of a list: "A, B and C".
_LIST_JOINERS = frozenset({",", "and", "or", "&"})


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


def _unsure_in_every_mention(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    unsure_here: Callable[[int, tuple[int, int, str, str, str | None]], bool | None],
) -> set[str]:
    """Keys of the names that ``unsure_here`` finds unsure in every mention that counts.
    ``unsure_here(n, span)`` judges a span of sentence ``n``; None: the mention does not count.
    A name's first sure mention settles it (its later ones are not judged)."""
    unsure: dict[str, bool] = {}
    for n, (words, spans) in enumerate(zip(sentence_words, spans_per_sentence, strict=True)):
        for span in spans:
            key = phrase_key(words[span[0] : span[1]])
            if unsure.get(key) is False:
                continue
            verdict = unsure_here(n, span)
            if verdict is not None:
                unsure[key] = verdict
    return {key for key, verdict in unsure.items() if verdict}


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
    listed = [
        _listed_with_known_places(words, spans, lex)
        for words, spans in zip(sentence_words, spans_per_sentence, strict=True)
    ]

    def unsure_here(n: int, span: tuple[int, int, str, str, str | None]) -> bool | None:
        words, (s, e, label, source, _) = sentence_words[n], span
        if e - s > 3:
            return None
        key = phrase_key(words[s:e])
        return (
            label == "LOC"
            and key not in parts
            and (s, e) not in listed[n]
            and not any(w in lex.place_words or w in lex.place_plurals for w in words[s:e])
            and not _place_prefix(words[s:e], lex)
            and source in ("tagger", "echo")
            and (
                source == "echo"
                or dict(soft_per_sentence[n].get((s, e), ())).get("LOC", 1.0) < _UNSURE_PLACE
            )
            and (s == 0 or words[s - 1] not in _PLACE_PREPOSITIONS)
            and (s == 0 or words[s - 1] not in _HYPHENS)
            and (e == len(words) or words[e] not in _HYPHENS)  # "Saxony-Anhalt"
            and key not in lex.places  # (major_cities too: they are places)
        )

    unsure = _unsure_in_every_mention(sentence_words, spans_per_sentence, unsure_here)
    if not unsure:
        return
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for i, (s, e, _, _source, entry) in enumerate(spans):
            if phrase_key(words[s:e]) in unsure:
                label = "PER" if _unknown_given_name_and_surname(words[s:e], lex) else "ORG"
                spans[i] = (s, e, label, "rule", entry)
                soft.pop((s, e), None)


def _unknown_given_name_and_surname(span_words: list[str], lex: Lexicon) -> bool:
    """ "Barack Obama", "Arran Murphy": two capitalised words, a known surname after a word that
    is no English word, place or head word (a given name the lists lack)."""
    return (
        len(span_words) == 2
        and span_words[1] in lex.last_names
        and span_words[0].isalpha()
        and span_words[0][:1].isupper()
        and span_words[0].lower() not in lex.dict_lower
        and span_words[0] not in lex.places
        and _person_shaped(span_words, lex)
    )


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
        after = _after_joiners(words, e, lex.list_joiners)
        if after > e and after < len(words) and words[after] == "the":
            after += 1  # ", and the Solomon Islands"
        before = s
        if before > 1 and words[before - 1] == "the" and words[before - 2] in lex.list_joiners:
            before -= 1
        before = _before_joiners(words, before, lex.list_joiners)
        if (after > e and after in starts) or (before < s and before in ends):
            out.add((s, e))
    return out


def _before_joiners(words: Sequence[str], start: int, joiners: frozenset[str]) -> int:
    """Where the run of ``joiners`` (a list's commas and conjunctions) right before
    ``words[start]`` starts (``start`` when there is none): the end of the previous member."""
    while start > 0 and words[start - 1] in joiners:
        start -= 1
    return start


def _after_joiners(words: Sequence[str], end: int, joiners: frozenset[str]) -> int:
    """Where the run of ``joiners`` from ``words[end]`` on ends (``end`` when there is none):
    the start of the next member."""
    while end < len(words) and words[end] in joiners:
        end += 1
    return end


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

    def unsure_here(n: int, span: tuple[int, int, str, str, str | None]) -> bool | None:
        words, (s, e, label, source, _) = sentence_words[n], span
        if e - s != 1:
            return None
        key = phrase_key(words[s:e])
        return (
            label == "PER"
            and key not in parts
            and source in ("tagger", "echo")
            and (
                source == "echo"
                or dict(soft_per_sentence[n].get((s, e), ())).get("PER", 1.0) < _UNSURE_PERSON
            )
            and key not in lex.first_names
            and key not in lex.last_names
            and key not in lex.places
        )

    unsure = _unsure_in_every_mention(sentence_words, spans_per_sentence, unsure_here)
    if unsure:
        for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
            spans[:] = [
                x
                for x in spans
                if not (x[1] - x[0] == 1 and phrase_key(words[x[0] : x[1]]) in unsure)
            ]


def _first_names_before_roles(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    lex: Lexicon,
) -> None:
    """ "former Marine commandant", "an Army sergeant": a lone word that is a given name but no
    surname, written right before a lower-case role noun, names the role's service or body, not
    a person (a person's name before a role noun has a surname: "Smith spokesman" is rare).
    Dropped, unless a longer person's name of the document has the word. Changes the spans in
    place."""
    parts = _persons_name_parts(sentence_words, spans_per_sentence)
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        spans[:] = [
            x
            for x in spans
            if not (
                x[2] == "PER"
                and x[1] - x[0] == 1
                and x[1] < len(words)
                and words[x[1]][:1].islower()
                and words[x[1]] in lex.role_nouns
                and words[x[0]] in lex.first_names
                and words[x[0]] not in lex.last_names
                and words[x[0]] not in parts
            )
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
    towns: set[str] = set()
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        beaten = _towns_that_beat_towns(words, spans, lex)
        if not lex.match_words.isdisjoint(words):
            teams.update(beaten)  # "... in overtime", "... in the final"
        else:
            towns.update(beaten)
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
    # Towns that beat towns in a sentence without a word of sports are teams where the document
    # gives a score ("London beat Paris to host the Games" stays two places).
    if score_sentences:
        teams |= towns
    return teams | beside_scores if score_sentences >= 2 else teams


def _towns_that_beat_towns(
    words: list[str], spans: list[tuple[int, int, str, str, str | None]], lex: Lexicon
) -> list[str]:
    """ "Boston defeated Miami in overtime", "Denver lost to Phoenix": two towns on either side
    of a verb of winning (data/words.yml match_win_verbs) are teams, with no score in the
    sentence, where a word of sports (match_words) or a score elsewhere in the document says
    so (see :func:`_teams_in_match_reports`; "London beat Paris to host the Games"; countries
    win wars: "Russia defeated Napoleon", so only towns). Keys of both names; a town the tagger
    took for a team already counts, and one it took for a person unless it is a surname too
    ("Jackson defeated Houston" may be an election)."""

    def town(s: int, e: int, label: str, source: str) -> bool:
        key = phrase_key(words[s:e])
        return (
            source != "registry"
            and lex.places.get(key) == "city"
            and (label in ("LOC", "ORG") or (label == "PER" and key not in lex.last_names))
        )

    out: list[str] = []
    for (s0, e0, l0, src0, _), (s1, e1, l1, src1, _) in pairwise(sorted(spans)):
        length = _phrase_at(words, e0, lex.match_win_verbs)
        if length and e0 + length == s1 and town(s0, e0, l0, src0) and town(s1, e1, l1, src1):
            out += [phrase_key(words[s0:e0]), phrase_key(words[s1:e1])]
    return out


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


_OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "«"})


def _named_thing(words: list[str], s: int, lex: Lexicon) -> bool:
    """ "the team's robot, named "Better Idea of Afghan Girls"", "a rover dubbed 'Spirit'": a
    name in quotes right after a naming verb that follows a class noun of things
    (data/words.yml naming_verbs, thing_nouns) names that thing, not an actor."""
    if s < 3 or words[s - 1] not in _OPEN_QUOTES or words[s - 2] not in lex.naming_verbs:
        return False  # unquoted ("a dog named Rex") may name anything: the reading stands
    noun = s - 3
    if words[noun] == "," and noun > 0:
        noun -= 1
    return words[noun].lower() in lex.thing_nouns


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
            if (
                _appositive_kind(words, s, e, lex) == "MISC"
                or _named_thing(words, s, lex)
                or (
                    # "Protestantism", "Islamophobia": doctrines and attitudes
                    e - s == 1 and _DOCTRINE.search(words[s])
                )
            ):
                things.add(phrase_key(words[s:e]))
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        spans[:] = [
            x
            for x in spans
            if x[3] == "registry"
            or (
                phrase_key(words[x[0] : x[1]]) not in things
                and not _names_a_day(words, x[1], lex)
                and not _model_letters(words, x[0], x[1])
            )
        ]


def _model_letters(words: Sequence[str], s: int, e: int) -> bool:
    """Whether the name ``words[s:e]`` is the letters of a model's designation before a hyphen
    and its number ("Su-24", "Tu-95", "Il-76" bombers and transports): two or three letters, the
    first a capital, no actor (not one letter: "G-20" is a group of countries)."""
    w = words[s]
    return (
        e - s == 1
        and 2 <= len(w) <= 3
        and w.isalpha()
        and w[0].isupper()
        and w[1:].islower()
        and e + 1 < len(words)
        and words[e] == "-"
        and words[e + 1][:1].isdigit()
    )


def _names_a_day(words: Sequence[str], e: int, lex: Lexicon) -> bool:
    """Whether the name ending at ``e`` is a possessive before a day's head word: a holiday
    ("Mother’s Day", "Valentine's Day", "St. Patrick's Day", "Presidents' Day"; data/words.yml
    day_heads), no actor there."""
    return e + 1 < len(words) and words[e] in lex.possessive_marks and words[e + 1] in lex.day_heads


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
            words[e] in lex.possessive_marks
            and nxt is not None
            and nxt[2] == "PER"
            and nxt[1] - nxt[0] >= 2
            and w not in lex.first_names
            and w not in lex.last_names
        ):
            spans[i] = (s, e, "LOC" if w in lex.places else "ORG", source, entry)
            changed.append((s, e))
    return changed


def _firm_place_spans(gaz: list[str]) -> list[tuple[int, int]]:
    """Multi-word gazetteer places of the firm classes (country, region, sea, river)."""
    out: list[tuple[int, int]] = []
    i = 0 if gaz.count("O") < len(gaz) else len(gaz)  # (skipped when there is none)
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


def _name_like(word: str, lex: Lexicon, common: bool = False) -> bool:
    """A capitalised word that can be (part of) a person's name: no common lower-case word
    unless a known given name or surname (or ``common`` allows it), no title, demonym, head
    word or non-actor."""
    return (
        word[:1].isupper()
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and not word.isupper()
        and (
            common
            or word in lex.first_names
            or word in lex.last_names
            or word.lower() not in lex.dict_lower
        )
        and word not in lex.title_words
        and word not in lex.demonyms
        and word not in lex.not_actors
        and word not in lex.org_words
        and word not in lex.place_words
        and word not in lex.calendar_words
        and word not in lex.function_words
    )


def person_cue(words: Sequence[str], s: int, e: int, lex: Lexicon, titles: bool = True) -> bool:
    """Whether the sentence says that ``words[s:e]`` names a person: it follows an honorific
    ("Mr Panvalkar", "Dr Lee"), it speaks after a quotation or clause (", Saqib said", '"
    Leive said', "said Guilbeault.", "his wife, Alice, reported"), the text goes "according
    to" it, or it opens a sentence before ", who" / ", whose" ("Gomery, who led the inquiry").
    (A company opening a sentence before "said" has no cue: "Valero said it was ...", nor a
    source that is no known name: "according to Quantcast".) ``titles``: whether a title
    before the name counts."""
    n = len(words)
    before = words[s - 1] if s > 0 else ""
    after = words[e] if e < n else ""
    if titles and (before in lex.honorifics or before in lex.single_name_titles):
        return True
    if (
        titles
        and e - s == 1
        and before[:1].isupper()
        and before in lex.title_words
        and before not in lex.title_modifiers
        and (e == n or not words[e][:1].isalnum() or words[e].islower())
        and words[s] not in lex.places
        and not (s > 1 and words[s - 2] in lex.first_names)  # (a middle name: "Jimmy Dean X")
        # (an article before it makes it an adjective: "the Major Arcana")
        and not (s > 1 and words[s - 2].lower() in ("the", "a", "an"))
    ):
        # "Foreign Minister Battzezeg said", "President Khurelsukh met": one unknown name
        # after a capitalised title (translated news names foreign officials so)
        return True
    if (
        s == 0
        and after in lex.speech_verbs
        and not {"it", "its"} & set(words[e + 1 : e + 4])  # "Valero said it was ...": a firm
        and (words[s] in lex.first_names or words[s] in lex.last_names)
        and (words[s] in lex.last_names or words[s].lower() not in lex.dict_lower)  # "Many"
    ):
        return True  # "Vega suggested that ...", "Dündar warned Europe ..."
    if before in lex.attribution_openers and (
        after in lex.speech_verbs
        or (
            # "his wife, Alice, reported" (not "the University of Arkansas, Fayetteville, said")
            after == ","
            and e + 1 < n
            and words[e + 1] in lex.speech_verbs
            and s > 1
            and words[s - 2].islower()
        )
    ):
        return True
    if (
        before in lex.speech_verbs
        and s > 1
        and words[s - 2] in lex.attribution_openers
        and (e == n or after in lex.attribution_closers)
    ):
        return True
    if (
        s > 1
        and words[s - 2].lower() == "according"
        and before == "to"
        and after in (",", ".")
        # (sources are often bodies: "according to Quantcast")
        and any(w in lex.first_names or w in lex.last_names for w in words[s:e])
    ):
        return True
    if after in lex.person_reflexives or _age_after(words, e, lex):
        return True  # "Wintour herself appears", "Jutting, now 31, is on trial"
    return s == 0 and after == "," and e + 1 < n and words[e + 1] in ("who", "whose")


def opening_company(words: Sequence[str], taken: Sequence[bool], lex: Lexicon) -> int:
    """The end of a company's name that opens the sentence before a verb of saying, with "its"
    soon after ("Lockheed Martin said on Tuesday its profit rose", "Raytheon reported its
    sales"): one to three name-like words no name claims yet (the tagger passes over an unknown
    name at a sentence's start). 0 when the sentence opens otherwise, or with a person's name (a
    known given name first: "Anna said its ..." stays unknown)."""
    j = 0
    while j < len(words) and j < 3 and not taken[j] and _name_like(words[j], lex):
        j += 1
    if (
        j == 0
        or j >= len(words)
        or words[j] not in lex.speech_verbs
        or "its" not in words[j + 1 : j + 7]
        or "it" in words[j + 1 : words.index("its", j + 1)]  # "... said it ... its"
        or words[0] in lex.first_names
    ):
        return 0
    return j


def _age_after(words: Sequence[str], e: int, lex: Lexicon) -> bool:
    """Whether an age in commas follows the name that ends at ``e``: ", 45," / ", now 31," /
    ", aged 45." (one or two digits: not a postcode, a year or a score in a list)."""
    k = e + 1
    if e >= len(words) or words[e] != ",":
        return False
    if k < len(words) and words[k] in lex.age_openers:
        k += 1
    return (
        k + 1 < len(words)
        and words[k].isdigit()
        and len(words[k]) <= 2
        and words[k + 1] in (",", ".", ";")
    )


def cued_persons(
    words: Sequence[str], taken: Sequence[bool], lex: Lexicon
) -> list[tuple[int, int]]:
    """Runs of one or two name-like words that no name claims yet and that the sentence says
    are a person's (:func:`person_cue`): the tagger passes over unknown names ("Saqib",
    "Panvalkar", "Guilbeault") that no list of names has."""
    out: list[tuple[int, int]] = []
    n = len(words)
    k = 0
    while k < n:
        if taken[k] or not _name_like(words[k], lex):
            k += 1
            continue
        j = k + 1
        while (
            j < n
            and j - k < 2
            and not taken[j]
            and (
                _name_like(words[j], lex)
                # "Mrs Fanny [Law]": after a given name, a surname that is a common word
                or (words[k] in lex.first_names and _name_like(words[j], lex, common=True))
            )
        ):
            j += 1
        if (j == n or not words[j][:1].isupper()) and person_cue(words, k, j, lex):
            out.append((k, j))
        k = j
    return out


def _suffix_run(words: Sequence[str], e: int, lex: Lexicon) -> int:
    """Where a person's name ends that goes on with a suffix after ``e``: "Andre Price" + "III",
    "Martin Luther King" + "Jr." (the same index when none follows). Not over a comma ("Richard
    L. Jones, Jr."): references keep the name without it."""
    if e < len(words) and words[e] in lex.name_suffixes:
        return e + 1
    return e


def _surname_after_given_names(
    words: Sequence[str], s: int, e: int, starts: set[int], lex: Lexicon
) -> int:
    """Where a person's name ends that the tagger cut after its given names: "[James Henry]
    Breasted" (a surname that is also a common word). One capitalised word after one or two
    given names, that is no head word, title, calendar word or the start of another name."""
    n = len(words)
    if not (
        0 < e - s <= 2
        and e < n
        and e not in starts
        and all(w in lex.first_names for w in words[s:e])
    ):
        return e
    w = words[e]
    if (
        w[:1].isupper()
        and w.isalpha()
        and not w.isupper()
        and w not in lex.first_names
        and w not in lex.misc_heads
        and w not in lex.org_words
        and w not in lex.place_words
        and w not in lex.title_words
        and w not in lex.calendar_words
        and w not in lex.demonyms
        and w not in lex.not_actors
        and w.lower() not in lex.function_words
        and w not in lex.places
        # the sentence goes on after it ("Breasted in 1903"; not "Pearl Oscar Dress ...")
        and e + 1 < n
        and (words[e + 1] == "," or (words[e + 1].isalpha() and words[e + 1].islower()))
    ):
        return e + 1
    return e


def _regnal_name(span_words: Sequence[str], lex: Lexicon) -> bool:
    """ "Ramesses II", "Thutmose III", "Carlos IV": given names and a regnal numeral, a person
    whatever else the words looked like (not "World War II", "Vatican II": a common word, a
    place or a body before the numeral)."""
    if len(span_words) < 2 or span_words[-1] not in lex.name_suffixes:
        return False
    names = span_words[:-1]
    key = phrase_key(list(names))
    return (
        key not in lex.places
        and key not in lex.known_orgs
        and all(
            w[:1].isupper()
            and w.isalpha()
            and (w in lex.first_names or w.lower() not in lex.dict_lower)
            and w not in lex.org_words
            and w not in lex.place_words
            and w not in lex.misc_heads
            and w not in lex.title_words
            for w in names
        )
    )


def suffixed_persons(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    title_cased: Sequence[bool],
    lex: Lexicon,
) -> None:
    """A person's name goes on over a surname the tagger cut off ("James Henry Breasted"; not
    in a sentence in title case, ``title_cased``) and over its suffix ("Andre Price III",
    "Martin Luther King Jr."),
    and a name with a regnal numeral is a person's ("Ramesses II"). Changes the spans in
    place."""
    for words, spans, soft, titled in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, title_cased, strict=True
    ):
        starts = {s for s, *_ in spans}
        for i, (s, e, label, _source, entry) in enumerate(spans):
            if label != "PER" and _regnal_name(words[s:e], lex):
                spans[i] = (s, e, "PER", "rule", entry)
                soft.pop((s, e), None)  # the tagger's kind no longer votes
                label = "PER"
            if label == "PER" and not titled:  # (a headline capitalises every word)
                e = _surname_after_given_names(words, s, e, starts, lex)
                if e > spans[i][1]:
                    spans[i] = (s, e, "PER", spans[i][3], entry)
                end = _suffix_run(words, e, lex)
                if end > e and not any(s < x < end for x in starts if x >= e):
                    spans[i] = (s, end, "PER", spans[i][3], entry)


def drop_prizes(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    title_cased: Sequence[bool],
    lex: Lexicon,
) -> None:
    """Drop prizes' names before "-winning" (:func:`_prize_before_hyphen`) and persons' names
    that open the name of a show, a prize or an event ("the BBC's [Andrew Marr] Show", "the
    [Jimmy Kimmel] Show"; data/words.yml misc_heads): the work is named, not the person (not in
    a sentence in title case, ``title_cased``). Changes the spans in place."""
    for words, spans, titled in zip(sentence_words, spans_per_sentence, title_cased, strict=True):
        spans[:] = [
            x
            for x in spans
            if not _prize_before_hyphen(words, x, lex)
            and not (
                x[1] < len(words)
                and words[x[1]] in lex.misc_heads
                and not titled  # (a headline capitalises every word: "Trump Campaign Says")
                and (x[2] == "PER" or words[x[1]] in lex.prize_heads)
            )
        ]


def _prize_before_hyphen(
    words: list[str], span: tuple[int, int, str, str, str | None], lex: Lexicon
) -> bool:
    """ "the Oscar-winning Gravity", "a Pulitzer-winning reporter", "Emmy-nominated": a name
    written before a hyphen and "winning" or "nominated" is a prize's, no actor (data/words.yml
    prize_hyphen_suffixes)."""
    e = span[1]
    return (
        e + 1 < len(words)
        and words[e] in _HYPHENS
        and words[e + 1].lower() in lex.prize_hyphen_suffixes
    )


#: Plural verbs after a country's name that make it a team's ("South Africa are", "England were").
_TEAM_VERBS = frozenset({"are", "were"})


def teams_named_in_the_plural(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "South Africa are almost at the point of no return", "England were beaten": a country
    named with a plural verb is its team (sports writing), an organization in that mention (not
    after "and": "our deals with Albania and France are ..."). Changes the spans in place."""
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for i, (s, e, label, _source, entry) in enumerate(spans):
            if (
                label == "LOC"
                and e < len(words)
                and words[e] in _TEAM_VERBS
                and (s == 0 or words[s - 1] not in lex.list_joiners)  # "Albania and France are"
                and lex.places.get(phrase_key(words[s:e])) == "country"
            ):
                spans[i] = (s, e, "ORG", "rule", entry)
                soft.pop((s, e), None)


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def shops_named_in_the_possessive(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "Macy's said", "Sainsbury's reported", "lunch at McDonald's.": a person's name whose
    possessive is followed by a verb (data/words.yml shop_possessive_followers), or by the
    sentence's end after "at", owns nothing there; it is a shop's or a company's name, an
    organization in every mention of the document. Not a word of a person's longer name
    ("Tom Macy" named too). Changes the spans in place."""
    parts = _persons_name_parts(sentence_words, spans_per_sentence)
    shops: set[str] = set()
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        for s, e, label, source, _ in spans:
            if (
                label == "PER"
                and source != "registry"
                and e < len(words)
                and words[e] in lex.possessive_marks
                and words[e] not in ("'", "’")
                and e + 1 < len(words)
                and (
                    words[e + 1] in lex.shop_possessive_followers
                    or (words[e + 1] in _SENTENCE_ENDS and s > 0 and words[s - 1] == "at")
                )
                and not (e - s == 1 and words[s] in parts)
            ):
                shops.add(phrase_key(words[s:e]))
    if not shops:
        return
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for i, (s, e, label, source, entry) in enumerate(spans):
            if label == "PER" and source != "registry" and phrase_key(words[s:e]) in shops:
                spans[i] = (s, e, "ORG", "rule", entry)
                soft.pop((s, e), None)


def _phrase_at(words: Sequence[str], k: int, phrases: frozenset[str]) -> int:
    """How many words long the phrase of ``phrases`` (lower case, up to four words; a hyphen
    glued as written: "fly-half") that starts at ``words[k]`` is; 0 when none does."""
    for n in range(min(4, len(words) - k), 0, -1):
        if " ".join(words[k : k + n]).lower().replace(" - ", "-") in phrases:
            return n
    return 0


def _free_name_word(words: Sequence[str], k: int, cap_mid: set[str], lex: Lexicon) -> bool:
    """Whether ``words[k]``, which no name claims, can be a word of a body's name the tagger
    left out: capitalised, no title, demonym, party member, calendar or function word, and, as a
    sentence's first word, no common word unless a place, a surname ("Ford CEO ...") or written
    capitalised inside a sentence too ("Arsenal manager ..." where "Arsenal" stands mid-sentence
    elsewhere; not "Veteran coach ...")."""
    w = words[k]
    return (
        w[:1].isupper()
        and w.replace("-", "").replace("&", "").replace(".", "").isalnum()
        and w not in lex.title_words
        and w not in lex.demonyms
        and w not in lex.not_actors
        and w not in lex.party_members
        and w not in lex.calendar_words
        and w.lower() not in lex.function_words
        and (
            k > 0
            or w.lower() not in lex.dict_lower
            or w in cap_mid
            or w in lex.places
            or w in lex.last_names  # "Ford CEO Jim Farley"
        )
    )


@dataclass
class _Claims:
    """The names of one sentence, indexed for the look-ups of bodies_named_by_their_roles."""

    words: list[str]
    spans: list[tuple[int, int, str, str, str | None]]
    covered: list[bool]
    ending: dict[int, int]
    starting: dict[int, int]
    cap_mid: set[str]

    @classmethod
    def of(
        cls, words: list[str], spans: list[tuple[int, int, str, str, str | None]], cap_mid: set[str]
    ) -> _Claims:
        covered = [False] * len(words)
        for s, e, *_ in spans:
            covered[s:e] = [True] * (e - s)
        ending = {x[1]: i for i, x in enumerate(spans)}
        starting = {x[0]: i for i, x in enumerate(spans)}
        return cls(words, spans, covered, ending, starting, cap_mid)

    def before(
        self, k: int, labels: tuple[str, ...], team: bool, lex: Lexicon
    ) -> tuple[int, int] | None:
        """The name that ends right before ``words[k]``: a name of one of ``labels``, or
        capitalised words no name claims."""
        words = self.words
        i = self.ending.get(k)
        if i is not None:
            s, e, label, source, _ = self.spans[i]
            if source == "registry" or label not in labels:
                return None
            if team and label == "PER" and phrase_key(words[s:e]) not in lex.places:
                return None  # "Federer coach Ivan Ljubicic": a player has a coach
            return s, e
        s = k
        while (
            s > 0
            and k - s < 3
            and not self.covered[s - 1]
            and _free_name_word(words, s - 1, self.cap_mid, lex)
        ):
            s -= 1
        if s == k or (
            team
            and phrase_key(words[s:k]) not in lex.places
            and (
                words[k - 1] in lex.last_names
                or words[k - 1] in lex.first_names
                or words[k - 1].lower() not in lex.dict_lower
            )
        ):
            # "Federer coach ...": a player's name the tagger left out; a team's is a place or
            # a common word ("Arsenal manager").
            return None
        return s, k

    def after(self, k: int, lex: Lexicon) -> tuple[int, int] | None:
        """The name that starts at ``words[k]``: the tagger's person, or capitalised words no
        name claims."""
        i = self.starting.get(k)
        if i is not None:
            s, e, label, source, _ = self.spans[i]
            return (s, e) if label == "PER" and source != "registry" else None
        e = k
        while (
            e < len(self.words)
            and e - k < 3
            and not self.covered[e]
            and _free_name_word(self.words, e, self.cap_mid, lex)
        ):
            e += 1
        return (k, e) if e > k else None


def bodies_named_by_their_roles(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> set[str]:
    """Companies and teams named by what they give or have, where the tagger took a firm named
    after its founders for a person ("Merrill Lynch", "Dell") or a team for its town:

    - "[Dell] CEO Michael Dell", "[Merrill Lynch] chief economist Jane Doe": a name right before
      a role only a body gives (data/words.yml body_roles; not "spokesman": "Biden spokesman
      Andrew Bates") and a name;
    - "[Chelsea] manager Enzo Maresca", "[Denver] coach Sean Payton": a place right before a
      team's role (team_roles) and a name;
    - "shares of [Ford]", "a stake in [Wells Fargo]", "[Kellogg] shares fell": a company's
      shares (share_nouns with "of"/"in", or before one of market_verbs).

    Such a name is an organization in every mention of the document (the keys returned, typed
    as match reports' teams are), but a place only where a team's role follows it (a town or a
    country is a place elsewhere). Only names the tagger called persons (or, for teams, places)
    or left out (added here); not a lone word of a person's longer name ("Michael Dell" is
    named too). Changes the spans in place."""
    # The words that open a cue (a role's first word, a share noun): most sentences have none.
    openers = {p.split()[0] for p in lex.body_roles | lex.team_roles} | lex.share_nouns
    cued = [
        len(words) >= 3 and not openers.isdisjoint(w.lower() for w in words)
        for words in sentence_words
    ]
    if not any(cued):
        return set()
    parts = _persons_name_parts(sentence_words, spans_per_sentence)
    cap_mid = {w for words in sentence_words for w in words[1:] if w[:1].isupper()}
    bodies: set[str] = set()
    for words, spans, soft, has_cue in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, cued, strict=True
    ):
        if not has_cue:
            continue
        claims = _Claims.of(words, spans, cap_mid)
        added: list[tuple[int, int]] = []
        n = len(words)
        for k, w in enumerate(words):
            if w.lower() not in openers:
                continue
            found: tuple[int, int] | None = None
            if w.lower() in lex.share_nouns:
                if k + 2 < n and words[k + 1] in ("of", "in"):
                    found = claims.after(k + 2, lex)
                elif k > 0 and k + 1 < n and words[k + 1] in lex.market_verbs:
                    found = claims.before(k, ("PER",), False, lex)
            elif k > 0 and (not w[:1].isupper() or w.isupper()):
                for roles, labels, team in (
                    (lex.body_roles, ("PER",), False),
                    (lex.team_roles, ("PER", "LOC"), True),
                ):
                    length = _phrase_at(words, k, roles)
                    if (
                        length
                        and k + length < n
                        and words[k + length][:1].isupper()
                        and words[k + length].lower() not in lex.function_words
                    ):
                        found = claims.before(k, labels, team, lex)
                        break
            if found is None:
                continue
            s, e = found
            if e - s == 1 and words[s] in parts:
                continue  # "Michael Dell": the lone surname is his
            i = claims.ending.get(e)
            if i is not None and spans[i][2] == "LOC":
                # A place's team in this mention only: "Texas coach Steve Sarkisian" but "Texas
                # Governor Greg Abbott", "Ukraine captain ..." but the country elsewhere.
                spans[i] = (s, e, "ORG", "rule", spans[i][4])
                soft.pop((s, e), None)
                continue
            if not claims.covered[s]:
                if any(claims.covered[s:e]):
                    continue
                added.append((s, e))
                claims.covered[s:e] = [True] * (e - s)
            bodies.add(phrase_key(words[s:e]))
        spans.extend((s, e, "ORG", "rule", None) for s, e in added)
    return bodies


def persons_listed_with_persons(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "with Damien Leloup and Morgane Tual": a name of two capitalised words that the tagger
    called a place, that no gazetteer knows (only its last word: "Tual" is a town), listed right
    next to a person's name that opens with a known given name, is a person's name too. Not a
    name with a head word of places, a dictionary word ("Atal Pharmacy, Karol Bag") or opened
    by a place ("Jane Doe and Santa Clara"). Changes the spans in place."""
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        persons = {
            (s, e)
            for s, e, label, *_ in spans
            if label == "PER" and e - s >= 2 and words[s] in lex.first_names
        }
        if not persons:
            continue
        starts = {s for s, _ in persons}
        ends = {e for _, e in persons}
        for i, (s, e, label, source, entry) in enumerate(spans):
            if (
                label != "LOC"
                or source != "tagger"
                or e - s != 2
                or not all(w[:1].isupper() and w.isalpha() for w in words[s:e])
                or phrase_key(words[s:e]) in lex.places
                or words[s] in lex.places
                or words[s] in lex.place_openers
                or any(w in lex.place_words or w.lower() in lex.dict_lower for w in words[s:e])
            ):
                continue
            before = _before_joiners(words, s, lex.list_joiners)
            after = _after_joiners(words, e, lex.list_joiners)
            if (before < s and before in ends) or (after > e and after in starts):
                spans[i] = (s, e, "PER", "rule", entry)
                soft.pop((s, e), None)


def places_listed_with_places(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "New Zealand – or Aotearoa as it is called", "Fiji or Tuvalu": a one-word name that
    only the tagger calls a person, that no list of names knows (no given name or surname),
    written right after a country or a region of the gazetteer and "or", is another place (or
    another name of it). Changes the spans in place."""
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        ends = {
            e
            for s, e, label, *_ in spans
            if label == "LOC" and lex.places.get(phrase_key(words[s:e])) in _FIRM_PLACES
        }
        if not ends:
            continue
        for i, (s, e, label, source, entry) in enumerate(spans):
            if (
                label != "PER"
                or source != "tagger"
                or e - s != 1
                or words[s] in lex.first_names
                or words[s] in lex.last_names
                or not words[s].isalpha()
            ):
                continue
            before = _before_joiners(words, s, lex.place_list_joiners)
            # (only "or": "In Germany, Scholz said" names a person after a comma)
            if before < s and before in ends and "or" in words[before:s]:
                spans[i] = (s, e, "LOC", "rule", entry)
                soft.pop((s, e), None)


def bodies_before_acronyms(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "Estado Islámico (ISIS)", "Partido dos Trabalhadores (PT)": a name of two words or more
    followed by an acronym in brackets is the acronym's long form, a body's name, not a
    person's, when the tagger called it a person but nothing else did (its first word is no
    given name: "Jane Doe (UKIP)" stays a person). Changes the spans in place."""
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        n = len(words)
        for i, (s, e, label, source, entry) in enumerate(spans):
            if (
                label == "PER"
                and source == "tagger"
                and e - s >= 2
                and e + 2 < n
                and words[e] == "("
                and words[e + 2] == ")"
                and _ACRONYM.match(words[e + 1])
                and len(words[e + 1]) >= 3
                and words[s] not in lex.first_names
                and not any(w in lex.honorifics or w in lex.title_words for w in words[s:e])
            ):
                spans[i] = (s, e, "ORG", "rule", entry)
                soft.pop((s, e), None)


def affiliations_of_persons(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "Raymond Chan of People Power", "Michael Tien of NPP", "Fan of the Neo Democrats": the
    name right after a person's name and "of" is the body the person belongs to, an
    organization, where it is an acronym or a name of two words or more that is no place (a
    place is the person's home: "Lindsey Graham of South Carolina"; one unknown word may be a
    small town: "Jane Doe of Ashfield"), no person's name and no title. The tagger's name there
    is relabelled, or the name added where the tagger left it out. Changes the spans in
    place."""
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        n = len(words)
        for _, e0, label0, _, _ in list(spans):
            if label0 != "PER" or e0 + 1 >= n or words[e0] != "of":
                continue
            s = e0 + 2 if words[e0 + 1] == "the" else e0 + 1
            e = s
            while e < n and e - s < 4 and words[e][:1].isupper() and words[e].isalpha():
                e += 1
            name = words[s:e]
            if not name or (e < n and words[e][:1].isupper()):
                continue  # ("of Italy's la Repubblica", "of 2BE": not the whole name)
            key = phrase_key(name)
            if (
                not (_ACRONYM.match(key) or len(name) > 1)
                or key in lex.places
                or _place_prefix(name, lex)
                or name[-1] in lex.place_words
                or name[-1] in lex.place_plurals
                or name[0] in lex.first_names
                or any(w in lex.title_words or w in lex.honorifics for w in name)
                or not _acceptable(name, lex, False, set(), "ORG")
            ):
                continue
            overlapping = [i for i, x in enumerate(spans) if x[0] < e and s < x[1]]
            if not overlapping:
                spans.append((s, e, "ORG", "rule", None))
            elif len(overlapping) == 1 and spans[overlapping[0]][:2] == (s, e):
                i = overlapping[0]
                if spans[i][2] != "ORG" and spans[i][3] != "registry":
                    spans[i] = (s, e, "ORG", "rule", spans[i][4])
                    soft.pop((s, e), None)


def leaders_of_governments(
    sentence_words: list[list[str]],
    spans_per_sentence: list[list[tuple[int, int, str, str, str | None]]],
    soft_per_sentence: list[dict[tuple[int, int], tuple[tuple[str, float], ...]]],
    lex: Lexicon,
) -> None:
    """ "Grafton's government disintegrated", "Meloni's cabinet": a one-word name with a
    possessive before a lower-case head word of a government (data/words.yml leader_bodies) names
    its leader, a person; not a country, region or city of its own ("Britain's government"), nor
    a known body. Changes the spans in place."""
    for words, spans, soft in zip(
        sentence_words, spans_per_sentence, soft_per_sentence, strict=True
    ):
        for i, (s, e, label, _source, entry) in enumerate(spans):
            if (
                label != "PER"
                and e - s == 1
                and e + 1 < len(words)
                and words[e] in lex.possessive_marks
                and words[e + 1] in lex.leader_bodies
                and words[s] in lex.last_names
                and lex.places.get(words[s]) in (None, "city")
                and words[s] not in lex.major_cities
                and words[s] not in lex.known_orgs
                and words[s] not in lex.demonyms
            ):
                spans[i] = (s, e, "PER", "rule", entry)
                soft.pop((s, e), None)
