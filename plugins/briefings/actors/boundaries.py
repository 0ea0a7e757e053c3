"""Name-boundary rules: where a name starts and ends.

Owns the rules that build, split, extend, glue or trim spans: cleaning a tagger span (_clean),
breaks inside a name, splitting a span at "of"/"for", roles, case changes, periods, conjunctions,
articles and place prefixes (_split_span and its parts), extending organizations, heads and
conjoined names, gluing hyphens, numbers and city suffixes, names built from titles, datelines
and capitalised runs, and trimming names to persons known in the document. Imports the label
rules it needs from kinds; detect calls these rules in its own order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .features import (
    place_tags,
)
from .kinds import (
    _ACRONYM,
    _ARTICLES,
    _FIRM_PLACES,
    _INITIAL,
    _INITIALS,
    _people_of_place,
    _place_prefix,
    _strong_label,
    _team_name,
)
from .lexicon import Lexicon
from .tokens import Token, phrase_key

_STRIP_TAIL = frozenset({".", ",", ";", ":", "-", "–", "—", "/", '"', "“", "”", "(", ")"})
#: Hyphens that join the parts of a word ("Kwok-hung", "pro-Beijing"); no dashes.
_WORD_HYPHENS = frozenset({"-", "‐"})


def _stray_particle(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name ``words[start:end]`` opens with a particle that opens no name ("[of]
    Lennox" left by a split at a title): only a surname's particle does ("de Meza", "van Gogh")."""
    word = words[start]
    return (
        end - start > 1
        and word[:1].islower()
        and word in lex.name_particles
        and word not in lex.surname_particles
        and word not in lex.surname_articles
    )


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
            or words[start] in lex.name_connectors
            or (end - start > 1 and words[start].lower() in lex.function_words)
            or (
                end - start > 1
                and words[start][:1].islower()
                and words[start] not in lex.name_particles
            )
            or _stray_particle(words, start, end, lex)
            or (
                # "Republican [Mitt Romney]": a party's member before a given name and more
                end - start > 2
                and words[start] in lex.party_members
                and words[start + 1] in lex.first_names
            )
            or (
                # "Rival [Sainsbury's]", "Carmaker [Stellantis]" opening the sentence
                end - start > 1
                and words[start].lower() in lex.opening_modifiers
                and all(not w[:1].isalnum() for w in words[:start])
            )
        )
    ):
        start += 1
    if _title_of_the_name(words, start, end, lex):
        pass  # "Saint Petersburg", "Prince Edward Island": the title is part of the name
    elif label == "PER":
        while end - start > 1 and (
            (words[start] in lex.title_words and not _first_name_of(words, start, end, lex))
            or (
                words[start] in lex.demonyms
                # (a given name spelled like one before a surname: "Christian Wolmar")
                and not (
                    end - start == 2
                    and words[start] in lex.first_names
                    and words[start + 1] not in lex.first_names
                )
            )
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
        and words[end - 2] in _WORD_HYPHENS
    ):
        end -= 2  # "Warhol-like", "Booker Prize-winner": an adjective made of a name
    while end > start and (
        words[end - 1] in lex.possessive_marks
        or words[end - 1] in _STRIP_TAIL
        or words[end - 1] in _ARTICLES
        or words[end - 1] in lex.name_particles
        or (end - start > 1 and words[end - 1] in lex.calendar_words)
        or (
            # "a [Virginia] Democrat": a party member after a place describes a politician
            end - start > 1
            and words[end - 1] in lex.party_members
            and phrase_key(words[start : end - 1]) in lex.places
        )
        or (
            # "[Ahmed Mohamed] Image: Twitter": a credit label after the name
            end - start > 1
            and end < len(words)
            and words[end] == ":"
            and words[end - 1] + ":" in lex.credit_prefixes
        )
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
        and words[j - 1] not in _WORD_HYPHENS
        and (j + 1 >= len(words) or words[j + 1] not in _WORD_HYPHENS)
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


def _title_case(words: list[str]) -> bool:
    """Whether a sentence is written in title case (a headline: "Yahoo's Sale to Verizon Leaves
    Shareholders With Little Say"): four words of four letters or more, all capitalised, and not
    all in capitals."""
    long_words = [w for w in words if len(w) >= 4 and w.isalpha()]
    return (
        len(long_words) >= 4
        and all(w[:1].isupper() for w in long_words)
        and not all(w.isupper() for w in long_words)
    )


def _headline_span(
    words: list[str], start: int, end: int, gaz: list[str], seen: set[str], lex: Lexicon
) -> tuple[int, int] | None:
    """In a title-case headline every word is capitalised, so capitals do not mark a name
    there: the name ``words[start:end]`` without the common words (see :func:`_common_word`)
    that open it and from the first inner one on ("Sale to [Verizon] Leaves Shareholders With
    Little Say", "Un-Angry [Trump] Supporters"); None when no word of it is left. Only words
    the dictionary knows open no name (a name the document also writes in lower case, as in a
    web address, may: "Firefox Nightly"), and a name ending in a head word keeps its opening
    ("Production Services")."""
    if words[end - 1] not in lex.org_words and words[end - 1] not in lex.place_words:
        while start < end and (
            words[start] in _WORD_HYPHENS or _common_word(words, start, gaz, set(), lex)
        ):
            start += 1
    if start == end:
        return None
    cut = next((j for j in range(start + 1, end) if _common_word(words, j, gaz, seen, lex)), end)
    return start, cut


def _common_word(words: list[str], j: int, gaz: list[str], seen: set[str], lex: Lexicon) -> bool:
    """Whether the capitalised ``words[j]`` of a headline is a common lower-case word: the
    document writes it in lower case, or the dictionary knows it and no list of names does.
    Head words, particles of names and words of gazetteer places (``gaz``: their tags) are not
    ("Bank Of America", "Brown University", "Papua New Guinea")."""
    w = words[j]
    low = w.lower()
    if (
        not w[:1].isupper()
        or w.isupper()
        or low in lex.name_particles
        or w in lex.org_words
        or w in lex.place_words
        or gaz[j] != "O"
    ):
        return False
    return low in seen or (
        low in lex.dict_lower
        and w not in lex.dict_proper
        and w not in lex.first_names
        and w not in lex.last_names
        and w not in lex.places
    )


def _first_name_of(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """ "Dean Kamen": a title word that is also a first name, before a lone surname."""
    return end - start == 2 and words[start] in lex.first_names and words[start][:1].isupper()


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


def _join_initials(words: list[str], spans: list[tuple[int, int, str, str, str | None]]) -> None:
    """ "George H.W. Bush": a person's name, middle initials and a capitalised word right after
    them are one name (the tagger may leave the initials out and split it in two). The word
    after the initials joins unless another kind of name holds it. Changes the spans in place."""
    for i, (s, e, label, source, entry) in enumerate(spans):
        if label != "PER" or e + 1 >= len(words) or not _INITIALS.fullmatch(words[e]):
            continue
        after = words[e + 1]
        if not (after[:1].isupper() and after.isalpha() and after[1:].islower()):
            continue
        holder = next((x for x in spans if x[0] <= e + 1 < x[1]), None)
        if holder is not None and (holder[2] != "PER" or holder[0] != e + 1):
            continue
        end = holder[1] if holder is not None else e + 2
        spans[i] = (s, end, label, source, entry)
        if holder is not None:
            spans.remove(holder)
        return _join_initials(words, spans)  # (the list changed: start over)


def _join_particles(
    words: list[str], spans: list[tuple[int, int, str, str, str | None]], lex: Lexicon
) -> None:
    """ "[Ludwig] van [Beethoven]", "[Charles] de [Gaulle]": two names of persons with only
    lower-case surname particles between them (one to three) are one person's name (the tagger
    may leave the particle out and split the name in two; :func:`_first_name_over_particles`
    does not take a given name another name holds). Changes the spans in place."""
    for i, (s, e, label, source, entry) in enumerate(spans):
        if label != "PER" or source == "registry":
            continue
        k = e
        while k < len(words) and k - e < 3 and words[k] in lex.surname_particles:
            k += 1
        if k == e:
            continue
        holder = next((x for x in spans if x[0] == k and x[2] == "PER"), None)
        if holder is None or holder[3] == "registry":
            continue
        spans[i] = (s, holder[1], label, source, entry)
        spans.remove(holder)
        return _join_particles(words, spans, lex)  # (the list changed: start over)


_DATELINE_ENDS = frozenset({",", "(", "—", "–", "-", ":"})


def _ampersand_firms(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """ "Procter & Gamble", "Johnson & Johnson", "Marks & Spencer", "Simon & Schuster": two
    single capitalised words joined by "&", one of them a person's name at least, name a firm
    (with the head words or legal forms after it: "McFarland & Company", "Holland & Hart LLP").
    Not two given names ("Harry & Meghan", "Jim & Andy"; two surnames may be: "Johnson &
    Johnson"), two common words or no name ("Food & Drink", "Installer & Updater": a site's
    menu), two places ("Tempe & Mesa"), a place bigger than a town ("US & Canada", "Priest &
    Washington") or a street ("44th St & Tatum"), a side in capitals ("Forex & CFD"), a side
    that goes on with other capitalised or hyphenated words ("Evergreen Aviation & Space Museum",
    "Marlon Wayans & Regina Hall": the tagger's), a head word's name before it ("Nicholson's
    Limited & American College of ..."), names after a colon (a credit's: "Video: Miharris &
    Acphillips"), nor the authors of a citation ("Miller & Robertson, 2010", "[7]")."""
    out: list[tuple[int, int]] = []
    n = len(words)
    for k in range(1, n - 1):
        if words[k] != "&":
            continue
        left, right = words[k - 1], words[k + 1]
        if not (
            left[:1].isupper()
            and right[:1].isupper()
            and left.isalpha()
            and right.isalpha()
            and not left.isupper()
            and not right.isupper()
            and left not in lex.org_words  # "[Nicholson's Limited] & [American College]"
            and (
                k < 2
                or not (
                    words[k - 2][:1].isupper()
                    or words[k - 2] in ("-", ":")
                    or words[k - 2] in lex.possessive_marks
                )
            )
            and (
                any(w in lex.last_names or w in lex.first_names for w in (left, right))
                or right in lex.org_words  # "McFarland & Company"
            )
        ):
            continue
        e = k + 2
        while e < n and (words[e] in lex.org_words or words[e] in lex.legal_suffixes):
            e += 1
        if e < n and (
            (words[e][:1].isupper() and words[e] not in lex.possessive_marks) or words[e] == "-"
        ):
            continue
        after = words[e : e + 6]
        if any(w.isdigit() and len(w) == 4 for w in after) or "et" in after or "[" in after[:1]:
            # a citation: "(Miller & Robertson, 2010)", "Carrano & Biewener's (1999)", "[7]"
            continue
        if (
            (
                left in lex.first_names
                and right in lex.first_names
                and not (left in lex.last_names and right in lex.last_names)
            )
            or (left.lower() in lex.dict_lower and right.lower() in lex.dict_lower)
            or (left in lex.places and right in lex.places)
            or any(w in lex.places and lex.places[w] != "city" for w in (left, right))
            or any(w in lex.place_words for w in (left, right))
        ):
            continue
        out.append((k - 1, e))
    return out


def _dateline(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """ "LONDON, March 3 (Reuters) -", "KYIV, Ukraine —", "BEIJING/MANILA, June 18": the cities
    of a news dateline, in capitals at the start of a paragraph (several joined by "/"), are
    places; so is the city before a source's letters and a dash ("Washington CNN — ...",
    CNN's pages). Returns their spans (none when the paragraph opens otherwise)."""
    out: list[tuple[int, int]] = []
    for k in range(1, min(4, len(words) - 2)):  # (the source's letters at k, its dash after)
        if (
            words[k].isupper()
            and words[k].isalpha()
            and words[k + 1] in _DATELINE_ENDS
            and all(w[:1].isupper() and not w.isupper() for w in words[:k])
            and _a_dateline_place(words[:k], lex)
        ):
            return [(0, k)]
    if not words[0].isupper():
        return []
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
    person's name found elsewhere that becomes a span of its own. Spans opening with a known first
    name are left alone (a full name of their own). Changes the spans in place."""
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
    # ... and a longer name opening with a person's full name found elsewhere that goes on
    # with other words ("Margaret Hamilton Lego", "Phil Connors Stuck", "Basil Zempilas Glen
    # Jakovich" of a list or a caption run together) is that person, and the rest another
    # person's name found elsewhere, or nothing (not a particle or suffix of the name: "Diego
    # Silang y Andaya", "John Smith Jr.").
    for words, spans in zip(sentence_words, spans_per_sentence, strict=True):
        for i, (s, e, label, source, entry) in enumerate(list(spans)):
            if (
                label != "PER"
                or e - s < 3
                or source == "registry"
                or words[s] not in lex.first_names
            ):
                continue
            for k in range(e - 1, s + 1, -1):
                rest = words[k]
                if (
                    phrase_key(words[s:k]) in persons
                    and rest[:1].isupper()
                    and rest.casefold() not in lex.surname_particles
                    and rest not in lex.name_particles
                    and rest not in lex.name_suffixes
                ):
                    spans[i] = (s, k, "PER", source, entry)
                    if phrase_key(words[k:e]) in persons:
                        spans.append((k, e, "PER", source, entry))
                    break


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


def _glue_hyphens(
    tokens: list[Token],
    s: int,
    e: int,
    label: str,
    lex: Lexicon,
    others: frozenset[int] = frozenset(),
) -> tuple[int, int]:
    """Widen a span over hyphenated parts written without spaces ("Leung Kwok" -> "Leung
    Kwok-hung", "Hazy Center" -> "Udvar-Hazy Center"); not over a token of another name of the
    sentence (``others``): "the Trump-Putin summit" names two persons."""
    n = len(tokens)
    while (
        e + 1 < n
        and e + 1 not in others
        and tokens[e].text in _WORD_HYPHENS
        and tokens[e].start == tokens[e - 1].end
        and tokens[e + 1].start == tokens[e].end
        and tokens[e + 1].text[:1].isalpha()
        and (label == "PER" or tokens[e + 1].text[:1].isupper())
        and tokens[e + 1].text.lower() not in lex.hyphen_suffixes  # "Warhol-like", "-backed"
        and not any(ch.isdigit() for ch in tokens[e - 1].text)
        and not _two_places(tokens, s, e, e + 2, label, lex)
        and not _opens_place(tokens, e + 1, lex)
    ):
        e += 2
    while (
        s >= 2
        and s - 2 not in others
        and tokens[s - 1].text in _WORD_HYPHENS
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
        and not _two_places(tokens, s - 2, s - 1, e, label, lex)
    ):
        s -= 2
    return s, e


#: One syllable of a romanised Korean, Cantonese or Taiwanese given name ("jae", "in", "cheuk",
#: "ting", "wai", "keung", "yeol"), in lower case.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|[nmkptlrwh])?")


def _hyphenated_given_names(tokens: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """ "Moon Jae-in", "Lam Cheuk-ting", "Shiu Ka-chun", "Tsai Ing-wen", "Kim Yo-jong": a
    short capitalised surname of one syllable before a given name of two syllables joined by a
    hyphen, the second in lower case (as Korean, Hong Kong and Taiwanese names are written in
    English), is a person's name: the spans of the four tokens. Not an English compound ("Ban
    Sit-in": the first syllable of the given name is no dictionary word)."""
    out: list[tuple[int, int]] = []
    for i in range(len(tokens) - 3):
        surname, given, hyphen, tail = (t.text for t in tokens[i : i + 4])
        if (
            hyphen in _WORD_HYPHENS
            and tokens[i + 2].start == tokens[i + 1].end
            and tokens[i + 3].start == tokens[i + 2].end
            and tail.islower()
            and _SYLLABLE.fullmatch(tail)
            and given[:1].isupper()
            and given[1:].islower()
            and _SYLLABLE.fullmatch(given.lower())
            and given.lower() not in lex.dict_lower
            and surname[:1].isupper()
            and surname[1:].islower()
            and len(surname) <= 6
            and _SYLLABLE.fullmatch(surname.lower())
            and surname.lower() not in lex.function_words
            and surname not in lex.title_words
        ):
            out.append((i, i + 4))
    return out


def _opens_place(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether tokens from ``k`` on name a country or region of two or three words ("[ASEAN]-New
    Zealand", "[China]-Central Asia"): a name of its own after a hyphen, not a part of the one
    before it."""
    return any(
        lex.places.get(phrase_key([t.text for t in tokens[k : k + n]])) in _FIRM_PLACES
        for n in (2, 3)
        if k + n <= len(tokens)
    )


def _two_places(
    tokens: list[Token], start: int, cut: int, end: int, label: str, lex: Lexicon
) -> bool:
    """Whether tokens start..end, hyphenated at ``cut``, are two countries (regions, seas,
    rivers) or one and a nationality written as one adjective ("U.S.-Israeli relations", "the
    Kenya-Somalia border", "an EU-Asia summit"), not one name: each part stays a name of its own
    (a nationality none)
    unless the whole is a known place ("Guinea-Bissau"). Towns may join into one name
    ("Urbana-Champaign", "Waldorf-Astoria"), so they are not split."""
    if label == "PER":
        return False
    # (the parts next to the hyphen only, in a chain: "EU-[Russia]-[China]-Central Asia")
    first = max([start] + [k + 1 for k in range(start, cut) if tokens[k].text in _WORD_HYPHENS])
    last = min([end] + [k for k in range(cut + 1, end) if tokens[k].text in _WORD_HYPHENS])
    left = phrase_key([t.text for t in tokens[first:cut]])
    right = phrase_key([t.text for t in tokens[cut + 1 : last]])
    if phrase_key([t.text for t in tokens[start:end]]) in lex.places:
        return False
    return all(
        lex.places.get(part) in _FIRM_PLACES
        or part in lex.demonyms
        # "an EU-Asia summit", "EU-Russia relations": a union of countries by its acronym
        or (part.isupper() and part in lex.known_orgs)
        for part in (left, right)
    )


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


def _extend_org(words: list[str], end: int, lex: Lexicon, label: str = "") -> int:
    """Widen "Massachusetts Institute" over "of Technology", "Joint Council" over "for the
    Welfare of Immigrants", "Council" over "on Foreign Relations" (``_on_subject``): an
    organization head word followed by of/for/on and capitalised words; an institute's head
    word too in a name tagged an organization ("[Center] for Strategic and International
    Studies"; data/words.yml institute_heads)."""
    n = len(words)
    if (
        label == "ORG"
        and end + 1 < n
        and words[end - 1] in lex.possessive_nouns
        and words[end] in lex.possessive_marks
    ):
        # "Korean People" + "'s Army": the tagger stopped at a possessive inside the name
        j = end + 1
        while j < n and j - end <= 3 and words[j][:1].isupper() and words[j] not in _ARTICLES:
            j += 1
        head = next((m for m in range(j, end + 1, -1) if words[m - 1] in lex.org_words), 0)
        if head:
            return _extend_org(words, head, lex, label)
    if words[end - 1] not in lex.org_words and not (
        label == "ORG" and words[end - 1] in lex.institute_heads
    ):
        return end
    k = end
    on_end = _on_subject(words, end, lex)
    if on_end:
        return on_end  # (the subject ends the name: "… on Drugs and Crime [World Drug Report]")
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
                    and (
                        _names_org(words, j + 1, lex)
                        or words[j + 1] in lex.places
                        # "... Central Committee and Director of ...": a person's second title
                        or (words[j + 1] in lex.title_words and words[j + 1] not in lex.org_words)
                    )
                )
            )
        ):
            j += 1
        if j > k:
            return j
    return end


def _on_subject(words: list[str], k: int, lex: Lexicon) -> int:
    """Where the subject of a council or a committee opened by "on" at ``k`` ends: two to four
    capitalised words (joined by "and" too), no calendar word, no place ("Council on
    Foreign Relations", "Office on Drugs and Crime"; not "Security Council on North Korea", "the
    Committee on Monday", "the Metropolitan Club on H Street"); 0 when there is none."""
    if k >= len(words) or words[k] != "on":
        return 0
    j = k + 1
    while (
        j < len(words)
        and (
            (words[j][:1].isupper() and words[j].isalpha())
            # "on Poverty and Inequality"
            or (words[j] in ("and", "&") and j + 1 < len(words) and words[j + 1][:1].isupper())
        )
    ):
        j += 1
    subject = [w for w in words[k + 1 : j] if w not in ("and", "&")]
    if (
        2
        <= len(subject)
        <= 4  # (a longer run holds the next name too: "… Crime World Drug Report")
        and not any(w in lex.calendar_words for w in subject)
        and subject[-1] not in lex.place_words  # "Metropolitan Club on [H Street]": an address
        and phrase_key(subject) not in lex.places
        and place_tags(subject, lex)[0] == "O"
    ):
        return j
    return 0


def _extend_conjoined(
    words: list[str], start: int, end: int, taken: list[bool], lex: Lexicon
) -> int:
    """Widen a name over "and" when the name goes on after it: "[U.S. Space] and Rocket Center",
    "[National Air] and Space Museum" (capitalised words ending in a head word, the left part
    having none), "[Department of Physics] and Astronomy", "[Institute of Arts] and Sciences",
    "[Centers for Disease Control] and Prevention" (one capitalised common noun after "Head of
    X" or "Head for X")."""
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
        (w in lex.org_words or w in lex.institute_heads or w.rstrip("s") in lex.institute_heads)
        and k + 1 < len(left)
        and left[k + 1] in ("of", "for")
        for k, w in enumerate(left)
    )
    word = right[0]
    if (
        of_head
        and len(right) == 1
        and left[-1] not in ("of", "for")
        and word.lower() in lex.dict_lower
        and word not in lex.places
        and word not in lex.first_names
        and word not in lex.last_names
        # "[Political Bureau of the CPC Central Committee] and Director of ...": a person's
        # second title
        and word not in lex.title_words
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
        and (words[j][:1].isupper() or words[j] in lex.possessive_marks)
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
        return _split_for(words, start, end, lex)
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
        # (a country's body is named with it: "Atomic Energy Organization of Iran")
        and lex.places[key] != "country"
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
    elif (
        len(right) > 2
        and left[-1][:1].isupper()
        and _team_name(left, lex)
        and any(w in lex.org_words for w in right[1:-1])
    ):
        # "[Oakland Athletics] of [Major League Baseball]": a team and its league.
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
    words: list[str], start: int, end: int, lex: Lexicon
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
    if rest < end and not all(w[:1].isupper() for w in words[rest:end]):
        # "Ministry of Industry and Trade of Russia": the field's words joined by "and", then
        # the place after the last "of" (not "Council of Europe and Russia": two names)
        last = max((j for j in range(k + 1, end) if words[j] == "of"), default=k)
        if last > k and all(w[:1].isupper() or w in ("and", "&") for w in words[rest:last]):
            rest = _past_articles(words, last + 1, end)
    if rest >= end or not all(w[:1].isupper() for w in words[rest:end]):
        return None
    inner = [x for x in spans if rest <= x[0] and x[1] <= end]
    covered = {j for x in inner for j in range(x[0], x[1])}
    if any(taken[j] and j not in covered for j in range(start, end)):
        return None
    if any(x[2] == "PER" or x[3] == "registry" for x in inner):
        return None
    return start, end


def _bodies_of_the(
    words: list[str],
    spans: list[tuple[int, int, str, str, str | None]],
    taken: list[bool],
    lex: Lexicon,
) -> list[tuple[int, int]]:
    """ "the [Ministry of the Interior]", "the [Government of the Irkutsk Region]", "[Office of
    the Prosecutor General]": a body's head word whose name goes on with what it serves
    (data/words.yml campus_heads), "of the" and capitalised words name a body (capitalised runs
    stop at "the"), with the capitalised words before the head word that are no title ("First
    Deputy Chairman of the [Government of ...]"). The name stops
    before a person's name that ends the run ("... Russian Federation Alexander Novak"); the
    tagger's places inside it after "of the" give way to it, anything else it overlaps keeps it
    from being found."""
    out: list[tuple[int, int]] = []
    n = len(words)
    for k in range(n - 3):
        if not (
            words[k] in lex.campus_heads  # (not "Review of the Official ... Standard")
            and words[k + 1] == "of"
            and words[k + 2] == "the"
            and words[k + 3][:1].isupper()
        ):
            continue
        s = k
        while (
            s > 0
            and words[s - 1][:1].isupper()
            and words[s - 1] not in _ARTICLES
            and words[s - 1] not in lex.title_words
        ):
            s -= 1
        e = k + 4
        while e < n and (
            words[e][:1].isupper()
            or (words[e] in lex.name_particles and e + 1 < n and words[e + 1][:1].isupper())
        ):
            e += 1
        e = _before_person(words, s, e, spans, lex)
        if e <= k + 3 or any(taken[s : k + 3]):
            continue
        inner = [x for x in spans if k + 3 <= x[0] and x[1] <= e]
        covered = {j for x in inner for j in range(x[0], x[1])}
        if any(taken[j] and j not in covered for j in range(k + 3, e)):
            continue
        if any(x[2] != "LOC" or x[3] == "registry" for x in inner):
            continue  # (a body's own body: "2nd Division of the [IV Corps]")
        out.append((s, e))
    return out


def _bodies_of_countries(
    words: list[str], spans: list[tuple[int, int, str, str, str | None]], lex: Lexicon
) -> None:
    """ "[Ministry of Foreign Affairs] of the [Republic of Korea]": a body named by its head
    word, "of"/"for" and its field goes on over "of" and the country it serves, as in
    translated news (not a city: "[Victoria Hockey Club] of [Montreal]"; nor after a place:
    "[University of Sheffield] of the [UK]"). Changes the spans in place."""
    for i, (s, e, label, source, entry) in enumerate(spans):
        if label != "ORG" or source == "registry" or e + 1 >= len(words) or words[e] != "of":
            continue
        k = next(
            (
                k
                for k, w in enumerate(words[s : e - 1], s)
                if w in lex.org_words and words[k + 1] in ("of", "for")
            ),
            None,
        )
        field = words[_past_articles(words, k + 2, e) : e] if k is not None else []
        if not field or phrase_key(field) in lex.places:
            continue  # (a place's body already: "University of Sheffield of the UK")
        start = _past_articles(words, e + 1, len(words))
        place = next((x for x in spans if x[0] == start and x[2] == "LOC"), None)
        if place is None or lex.places.get(phrase_key(words[place[0] : place[1]])) != "country":
            continue
        spans[i] = (s, place[1], "ORG", source, entry)
        spans.remove(place)
        return _bodies_of_countries(words, spans, lex)  # (the indexes moved)


def _before_person(
    words: list[str],
    start: int,
    end: int,
    spans: list[tuple[int, int, str, str, str | None]],
    lex: Lexicon,
) -> int:
    """Where a capitalised run stops before the person's name that ends it: "the head of the
    [Ministry of Foreign Affairs] Sergei Lavrov", translated news's apposition of a body and its
    head without a comma. The run's end when no person's name ends it, or when nothing but
    particles of names would be left before it."""
    for s, e, label, _, _ in spans:
        if label == "PER" and e == end and start < s:
            cut = s
            while cut > start and words[cut - 1] in lex.name_particles:
                cut -= 1
            return cut if cut > start else end
    return end


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
            and not _people_of_place(phrase_key(run), lex)  # "the First New Zealanders"
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


#: Words inside a title's complement besides its capitalised words ("Minister for [Women and
#: Equalities]", "Minister of [State for Europe]").
_COMPLEMENT_GLUE = frozenset({"and", "&", "the", "of", "for"})


def _common_capital(word: str, lex: Lexicon) -> bool:
    """A capitalised common word or its plural ("State", "Affairs", "Equalities"): a word of an
    office's name, not of a person's."""
    low = word.lower()
    return word[:1].isupper() and (
        low in lex.dict_lower
        or (low.endswith("ies") and low[:-3] + "y" in lex.dict_lower)
        or (low.endswith("s") and low[:-1] in lex.dict_lower)
    )


def _common_words(part: list[str], lex: Lexicon) -> bool:
    """Every word a capitalised common word or a complement's glue ("Women and Equalities",
    "State for Regional Growth"): an office's words, no person's name."""
    return all(_common_capital(w, lex) or w in _COMPLEMENT_GLUE for w in part)


def _capital_title(word: str, lex: Lexicon) -> bool:
    """A capitalised title word that heads no body's name ("Minister", "Secretary"; not
    "Ministry")."""
    return word in lex.title_words and word[:1].isupper() and word not in lex.org_words


def _title_complement_start(words: list[str], start: int, lex: Lexicon) -> int | None:
    """Where the title whose complement holds ``words[start]`` begins: back from ``start`` over
    capitalised words and "and"/"the"/"of"/"for" to "of"/"for" right after a capitalised title
    word ("Deputy [Secretary] of State", "[Minister] for Women and Equalities"). None when
    ``words[start]`` is in no such complement."""
    j = start
    while j > 0 and start - j < 12:
        w = words[j - 1]
        if w in ("of", "for") and j >= 2:
            title = words[j - 2]
            if _capital_title(title, lex):
                return j - 2
        if not (w[:1].isupper() or w in _COMPLEMENT_GLUE):
            return None
        j -= 1
    return None


def _office_words(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``words[start:end]`` are only common words of an office's name ("Education and
    Manpower", "Regional Growth and Local Government"): no head word of a body or a place and
    no known organization or place."""
    part = words[start:end]
    return (
        bool(part)
        and part[0][:1].isupper()
        and _common_words(part, lex)
        and not any(w in lex.org_words or w in lex.place_words for w in part)
        and phrase_key(part) not in lex.known_orgs
        and phrase_key(part) not in lex.places
    )


def _portfolio(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``words[start:end]`` name the portfolio of the title after them ("the Women and
    [Equalities] minister", "[Home] Secretary"): common words only, no party's name."""
    return (
        end < len(words)
        and words[end] in lex.portfolio_titles
        and _office_words(words, start, end, lex)
        and not any(w in lex.party_members for w in words[start:end])
    )


def _past_office(words: list[str], start: int, end: int, lex: Lexicon) -> int | None:
    """Where the name starts in a span that is, or opens with, an office: a title and its
    "of"/"for" complement ("State Minister of [Cabinet Office]"), or a complement of common
    words after a title outside the span ("Director of [Education]", "Minister of State for
    [Regional Growth and Local Government]"). ``end`` when the whole span is the office's (no
    actor); None when the span holds no office, or opens with its title before a body's name
    ("Director of Media and Communications": kinds._acceptable drops such a title whole)."""
    title = _title_complement_start(words, start, lex)
    if (
        title is not None
        and _common_words(words[title + 2 : start], lex)
        and _office_words(words, start, end, lex)
    ):
        return end
    i = start
    titled = False
    while (
        i < end
        and (
            (words[i] in lex.title_words and words[i][:1].isupper())
            or (_common_capital(words[i], lex) and i + 1 < end and words[i + 1] in lex.title_words)
        )
        and words[i] not in lex.org_words
    ):
        titled = titled or words[i] in lex.title_words
        i += 1
    if not titled or i + 1 >= end or words[i] not in ("of", "for"):
        return None
    rest = _past_articles(words, i + 1, end)
    if rest >= end:
        return None
    if _office_words(words, rest, end, lex):
        return end
    if words[start] in lex.title_words:
        return None  # "Director of Media and Communications": a title, no name (kinds._acceptable)
    return rest


def _name_after_title(words: list[str], start: int, end: int, lex: Lexicon) -> int | None:
    """Where the person's name starts in a span that runs over a title with its complement
    ("US Deputy Secretary of State [Victoria Nuland]", "US Secretary of State [Blinken]") or
    that the tagger began inside one ("[Equalities Kemi Badenoch]" after "Minister for Women
    and"): the first given name after the complement ("Minister of Foreign Affairs and Human
    Mobility of the Republic of Ecuador [Ricardo Armando Patino Aroca]"), or else the one or
    two words after a complement of common words that are none ("State", "Women and
    Equalities"). None where the span holds no such title or names no person after it."""
    title = None
    for t in range(end - 2, start - 1, -1):
        if words[t + 1] in ("of", "for") and _capital_title(words[t], lex):
            title = t
            break
    if title is None:
        title = _title_complement_start(words, start, lex)
        if title is None:
            return None
    first = max(title + 2, start)
    name_start = None
    for k in range(first, end - 1):
        if words[k] in lex.first_names and words[k] not in lex.places and end - k <= 4:
            name_start = k
            break
    if name_start is None:
        k = end - 1
        if end - 2 >= first and not _common_capital(words[end - 2], lex):
            k = end - 2
        # (initials before the surname: "Minister of Foreign Affairs [G. Katrougalos]")
        while k - 1 >= first and _INITIAL.fullmatch(words[k - 1]):
            k -= 1
        if not _common_words(words[title + 2 : k], lex):
            return None
        name_start = k
    name = words[name_start:end]
    if (
        name_start == start
        or not all(
            w[:1].isupper() and (w.replace("-", "").isalpha() or _INITIAL.fullmatch(w))
            for w in name
        )
        or any(_common_capital(w, lex) and w not in lex.first_names for w in name[-1:])
        or any(
            w in lex.org_words
            or w in lex.place_words
            or w in lex.title_words
            or w in lex.calendar_words
            or w in lex.not_actors
            for w in name
        )
        or phrase_key(name) in lex.places
        or any(lex.places.get(w) in _FIRM_PLACES for w in name)
    ):
        return None
    return name_start


def _heads_after_bodies(
    words: list[str],
    spans: list[tuple[int, int, str, str, str | None]],
    taken: list[bool],
    lex: Lexicon,
) -> list[tuple[int, int]]:
    """A name of two or three words right after a body that a role word governs ("the head of
    [Mossad] Dedi Barnea", "the director of the [FBI] Christopher Wray"): the body's head,
    named without a comma (translated news). Not known places or bodies, heads, titles or
    common words."""
    out: list[tuple[int, int]] = []
    n = len(words)
    for s, e, label, _, _ in spans:
        b = s - 1
        if b >= 0 and words[b] in _ARTICLES:
            b -= 1
        if (
            label != "ORG"
            or b < 1
            or words[b] not in ("of", "for")
            or not (words[b - 1].lower() in lex.role_nouns or words[b - 1] in lex.title_words)
        ):
            continue
        j = e
        while (
            j < n and j - e < 3 and not taken[j] and words[j][:1].isupper() and words[j].isalpha()
        ):
            j += 1
        run = words[e:j]
        if (
            2 <= len(run) <= 3
            and (j == n or not words[j][:1].isupper())
            and phrase_key(run) not in lex.places
            and phrase_key(run) not in lex.known_orgs
            and not any(
                w in lex.org_words
                or w in lex.place_words
                or w in lex.title_words
                or w in lex.places
                or w in lex.demonyms
                or w in lex.calendar_words
                or w in lex.not_actors
                or (
                    w.lower() in lex.dict_lower
                    and w not in lex.first_names
                    and w not in lex.last_names
                )
                for w in run
            )
        ):
            out.append((e, j))
    return out


def _extend_legal(words: list[str], end: int, label: str, taken: list[bool], lex: Lexicon) -> int:
    """Widen a name over the legal forms after it ("Rio Tinto" + "plc", "Samsung Electronics" +
    "Co Ltd"; data/words.yml legal_suffixes), whatever the tagger took it for: the name is a
    company's. Not a place's over two capitals that are a region's code too ("Adelaide SA",
    "Calgary AB", "Reno NV")."""
    j = end
    while (
        j < len(words)
        and words[j] in lex.legal_suffixes
        and not taken[j]
        and (label != "LOC" or not (len(words[j]) <= 2 and words[j].isupper()))
    ):
        j += 1
    return j


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
    # The first rule that applies decides, even where it leaves no name (only role words):
    # None means "does not apply", an empty list "no name here". (Called lazily, in order.)
    splitters: tuple[Callable[[], list[tuple[int, int, str]] | None], ...] = (
        lambda: _split_case(words, start, end, label, lex),
        lambda: _split_at_role(words, start, end, label, lex),
        lambda: _split_period(words, start, end, lex),
        lambda: _split_conjoined(words, start, end, lex),
        lambda: _split_prefixed_place(words, start, end, label, lex),
        lambda: _split_at_article(words, start, end, label, lex),
    )
    for split in splitters:
        pieces = split()
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
            if tail[-1] in lex.legal_suffixes:
                continue  # "JPMorgan [Chase & Co]": a company's legal form ends no person's name
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
                label == "ORG"
                and end - k == 2
                and words[k - 1][:1].isupper()  # (not "Federal University of Santa Catarina")
                and words[k] in lex.first_names
                and (
                    not (words[k] in lex.last_names and tail[-1] in lex.last_names)
                    or words[k] in lex.family_first_names  # "[...] Wang Yi"
                )
                and _strong_label(words[start:k], lex) == "ORG"
            ):
                # "[Ministry of Emergency Situations] Ivan Petrov", "[Board of Sberbank] Herman
                # Gref": a body and its head's name without a comma (translated news); not a
                # firm named by two surnames ("Bank of America Merrill Lynch")
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
                words[k] in lex.possessive_marks
                and (
                    not (words[k + 1] in lex.place_words or words[k + 1] in lex.org_words)
                    # "[State Duma]'s [Committee on International Affairs]": a body's own body
                    # (not "St Mary's Hospital")
                    or (words[k - 1] in lex.org_words and k - start > 1)
                )
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
    if len(part) == 1 and _common_capital(key, lex):
        return None  # "National", "Former", "Equalities" (Minister)
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


def _after_prefix(words: list[str], start: int, prefixes: frozenset[str]) -> bool:
    """Whether the name from ``start`` follows one of ``prefixes`` and a hyphen ("post-",
    "pro-")."""
    return start >= 2 and words[start - 1] in _WORD_HYPHENS and words[start - 2] in prefixes


def _split_period(
    words: list[str], start: int, end: int, lex: Lexicon
) -> list[tuple[int, int, str]] | None:
    """ "World War II Hungary", "Cold War Europe", "post-Ceauşescu Romania": an event or a
    period (a misc head word such as War or Revolution, or a name after "post-"/"pre-") before a
    country or region is no part of the place's name and no actor. None otherwise."""
    after_prefix = _after_prefix(words, start, lex.period_prefixes)
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
    for k in range(start + 1, end - 1):
        if (
            words[k] in lex.legal_suffixes
            and words[k + 1][:1].isupper()
            and words[k + 1] not in lex.legal_suffixes  # "Co Ltd", "Pty Ltd": one company
        ):
            # "Business Insider Inc Nintendo": a company's legal form ends its name.
            rest = words[k + 1 : end]
            return [(start, k + 1, "ORG"), (k + 1, end, _strong_label(rest, lex) or "ORG")]
    if phrase_key(words[start:end]) not in lex.places:
        for k in range(start + 1, end - 1):
            if (
                words[k] in lex.and_words
                and phrase_key(words[start:k]) in lex.places
                and phrase_key(words[k + 1 : end]) in lex.places
            ):
                # "Cosham and Bedhampton": two places ("Trinidad and Tobago" is one).
                return [(start, k, "LOC"), (k + 1, end, "LOC")]
    for k in range(start + 2, end - 2):
        if words[k] not in ("and", "&"):
            continue
        # (Built here, not per call: most spans have no "and".)
        heads = lex.org_words | lex.place_words | lex.legal_suffixes
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
    if not _after_prefix(words, start, lex.hyphen_prefixes):
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
        if (
            words[k] != "the"
            or words[k - 1] in lex.name_connectors
            or words[k - 1] in lex.name_particles
        ):
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


def _initial_before(words: list[str], start: int, end: int, label: str, taken: list[bool]) -> int:
    """The start of a person's name written with an initial and no period before a lone
    surname ("Minister of State for External Affairs [V] Muraleedharan", Indian and Malaysian
    news): a capital letter alone right before it (not "A" or "I")."""
    k = start - 1
    if (
        label == "PER"
        and end - start == 1
        and k >= 0
        and not taken[k]
        and len(words[k]) == 1
        and words[k].isupper()
        and words[k] not in ("A", "I")
    ):
        return k
    return start


def _surname_after_particles(
    words: list[str], start: int, end: int, label: str, taken: list[bool], lex: Lexicon
) -> int:
    """The end of a person's name whose surname opens with lower-case particles the tagger cut
    off ("[Ursula] von der Leyen", "[Charles] de Gaulle", "[Leonardo] da Vinci"): a known
    first name alone, then one to three surname particles, then capitalised words (at most
    two, not taken by an earlier name)."""
    if label != "PER" or end - start != 1 or words[start] not in lex.first_names:
        return end
    k = end
    while k < len(words) and k - end < 3 and words[k] in lex.surname_particles:
        k += 1
    if k == end or k >= len(words):
        return end
    stop = k
    while (
        stop < len(words)
        and stop - k < 2
        and words[stop][:1].isupper()
        and not taken[stop]
        and words[stop] not in lex.calendar_words
        and words[stop] not in lex.org_words  # ("Charles de Gaulle Airport": his name only)
        and words[stop] not in lex.place_words
    ):
        stop += 1
    return stop if stop > k else end


def _first_name_over_particles(
    words: list[str], start: int, end: int, label: str, taken: list[bool], lex: Lexicon
) -> int:
    """The start of a person's name when the tagger took only the surname and its particles
    ("Ursula von der [Leyen]", "Ursula [von der Leyen]"): a capitalised known first name, then
    one to three lower-case surname particles (before the span or opening it)."""
    if label != "PER":
        return start
    inner = start
    while inner < end - 1 and words[inner] in lex.surname_particles:
        inner += 1
    k = start
    while k > 0 and start - k < 3 and words[k - 1] in lex.surname_particles:
        k -= 1
    first = k - 1
    if (
        (k == start and inner == start)
        or first < 0
        or taken[first]
        or not words[first][:1].isupper()
        or words[first] not in lex.first_names
        or words[first] in lex.title_words
    ):
        return start
    return first


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
    if any(w in lex.org_words or w in lex.place_words or w in lex.name_connectors for w in span):
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
            while (
                j < len(words)
                and (
                    words[j][:1].isupper()
                    or (
                        (
                            words[j] in lex.name_particles
                            # "Workers' Party of Korea", "People's Army": a plural noun's
                            # possessive inside a name
                            or (
                                words[j] in lex.possessive_marks
                                and words[j - 1] in lex.possessive_nouns
                            )
                        )
                        and j + 1 < len(words)
                        and words[j + 1][:1].isupper()
                    )
                )
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs
