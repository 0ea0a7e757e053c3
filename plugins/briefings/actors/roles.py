"""Roles as the text states them: titles before a name and appositives around it.

"Kremlin spokesman Dmitry Peskov" -> "Kremlin spokesman"; "Andrei Kortunov, an expert at the
Valdai Club, said" -> "expert at the Valdai Club"; "the team's coach, Alireza Mehraban, said" ->
"team's coach". A phrase counts only when it holds a title word or a role noun (data/words.yml),
so "Donald Trump, who positions himself…" gives no role.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from .lexicon import Lexicon, lexicon
from .tokens import Token, iter_tokens, tail_tokens

_PARTICLES = frozenset({"of", "for", "the", "to", "at", "in", "on", "'s", "’s"})
_PREPOSITIONS = frozenset({"of", "for", "to", "at", "in", "on"})
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at"})
_LEADING_JUNK = frozenset(
    {"of", "for", "the", "to", "at", "in", "on", "and", "'s", "’s", "a", "an"}
)
_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})
_HYPHENS = frozenset({"-", "‐"})
MAX_WORDS = 14


def _is_role_noun(word: str, lex: Lexicon) -> bool:
    return word.lower() in lex.role_nouns


def _is_plural_role(word: str, lex: Lexicon) -> bool:
    """A role noun's plural: right before a name, a title of each member of a list
    ("photographers Nat Finkelstein, Christopher Makos and Felice Quinto")."""
    w = word.lower()
    return w[-1:] == "s" and w[:-1] in lex.role_nouns and word[:1].islower()


def one_of(role: str, lex: Lexicon | None = None) -> str:
    """The role of one member of a list titled in the plural: "veteran politicians" ->
    "veteran politician" (a person's page names the person's role, not the list's)."""
    lex = lex or lexicon()
    head = role.rsplit(" ", 1)[-1]
    return role[:-1] if _is_plural_role(head, lex) else role


def _is_role_word(word: str, lex: Lexicon) -> bool:
    return word in lex.title_words or _is_role_noun(word, lex)


def _has_role_word(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` hold a role: a role noun or a title word that is no mere modifier of
    one ("special", "former": "Chris Paciello & others with special events" holds none)."""
    return any(
        _is_role_noun(w, lex) or (w in lex.title_words and w not in lex.title_modifiers)
        for w in words
    )


#: Words inside the complement of a title ("Minister of [Foreign Affairs]", "Secretary of
#: State for [Health and Social Care]") besides its capitalised words.
_COMPLEMENT_GLUE = frozenset({"and", "&", "the"})
_COMPLEMENT_OPENERS = frozenset({"of", "for"})


def _in_title_complement(toks: list[Token], k: int, lex: Lexicon) -> bool | None:
    """Whether capitalised token ``k`` belongs to the complement of a title before it: the
    tokens back from it are capitalised words or "and"/"the" up to "of"/"for" right after a
    title word ("Minister of Education", "Undersecretary for Education"). None when ``toks``
    begin before that is decided (a wider window of tokens decides)."""
    for j in range(k, max(-1, k - MAX_WORDS), -1):
        w = toks[j].text
        if w in _COMPLEMENT_OPENERS:
            if j == 0:
                return None
            before = toks[j - 1].text
            if before in lex.title_words:
                return True
            # "Secretary of [State] for Health": a complement of a complement
            return _in_title_complement(toks, j - 1, lex) if before[:1].isupper() else False
        if not (w in _COMPLEMENT_GLUE or (w[:1].isupper() and w.isalpha())):
            return False
    return None if k < MAX_WORDS else False


def _opens_complement(toks: list[Token], k: int, picked: list[int], lex: Lexicon) -> bool:
    """Whether "of"/"for" at ``k`` joins a title to its complement: a title word before it
    ("Secretary of state") or a capitalised word after it ("... of Education")."""
    return (k > 0 and toks[k - 1].text in lex.title_words) or toks[picked[-1]].text[:1].isupper()


def _covered(names: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``names`` covers ``start``..``end``. ``names``: spans sorted by start
    that do not overlap (the mentions found in one unit), so only the last one starting at or
    before ``start`` can: a binary search, not a scan (a paragraph may hold thousands)."""
    k = bisect_right(names, (start, sys.maxsize))
    return k > 0 and names[k - 1][1] >= end


def _modifies_role(toks: list[Token], picked: list[int], lex: Lexicon) -> bool:
    """Whether the tokens picked so far (last first) open with lower-case role modifiers
    followed by a role noun: "national [security advisor]"."""
    for k in reversed(picked):
        w = toks[k].text
        if _is_role_noun(w, lex) or _is_plural_role(w, lex):
            return True
        if w not in lex.role_modifiers:
            return False
    return False


def _walk_back(
    offset: int,
    toks: list[Token],
    lex: Lexicon,
    names: Sequence[tuple[int, int]] | None,
) -> tuple[list[int], bool] | None:
    """Title-like tokens right before ``toks``' end, last first, and whether the walk stopped
    at a token after ``toks``' first (so tokens before them could not change it); None when
    too many."""

    def in_name(k: int) -> bool:
        if names is None:
            return True
        s, e = offset + toks[k].start, offset + toks[k].end
        return _covered(names, s, e)

    picked: list[int] = []
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k].text
        if picked and picked[-1] == k + 1 and toks[k + 1].text in _HYPHENS:
            picked.append(k)  # the first part of a hyphenated title word: "co-founder"
            continue
        if (
            picked
            and w.islower()
            and w.lower() in lex.role_nouns
            and w not in lex.role_modifiers
            and toks[picked[-1]].text in lex.role_modifiers
            and toks[picked[-1]].text.lower() not in lex.role_nouns
        ):
            return picked, k > 0  # "to witness [city mayor]": no role noun before a modifier
        if (
            w == "and"
            and picked
            and picked[-1] == k + 1
            and k > 0
            and toks[k + 1].text.islower()
            and toks[k - 1].text.islower()
            and _is_role_noun(toks[k + 1].text, lex)
            and _is_role_noun(toks[k - 1].text, lex)
        ):
            picked.append(k)  # "political activist [and] philosopher": two roles of one person
            continue
        # ("Minister for Women [and] Equalities"; not "... of Finance Zhu [and] Vice Minister":
        # a title after "and" opens another person's)
        if w in _COMPLEMENT_GLUE and picked and toks[picked[-1]].text not in lex.title_words:
            complement = _in_title_complement(toks, k, lex)
            if complement is None:
                return picked, False  # undecided here: a wider window reads further back
            if complement:
                picked.append(k)  # "Minister for Women [and] Equalities"
                continue
        if w.lower() in lex.function_words and w not in lex.title_words and w not in _PARTICLES:
            return picked, k > 0
        if (
            w in _PLACE_PREPOSITIONS
            and picked
            and toks[picked[-1]].text in lex.title_words
            and names is not None
            and not in_name(k)
        ):
            # "a briefing in Lanting [on] President Xi's attendance": a preposition right before
            # a title word governs it, it is inside no title ("Committee on Foreign Relations
            # Chairman" is: its "on" is inside the committee's name)
            return picked, k > 0
        if w in _COMPLEMENT_OPENERS and picked and not _opens_complement(toks, k, picked, lex):
            if names is not None and in_name(k):
                # An organization's name goes on before its "of"/"for": none of it is taken
                # ("Joint Council for the Welfare of Immigrants [campaigner] Caitlin Boswell")
                while picked and (in_name(picked[-1]) or toks[picked[-1]].text in _PARTICLES):
                    picked.pop()
            return picked, k > 0  # "the Eugenics Record Office of [biologist] Charles Davenport"
        if (
            (w[:1].isupper() and (w in lex.title_words or w in lex.demonyms or in_name(k)))
            or w in _PARTICLES
            or w in lex.title_words
            or _is_role_noun(w, lex)
            or (not picked and k == len(toks) - 1 and _is_plural_role(w, lex))
            or (w[:1].islower() and "-" not in w and k > 0 and toks[k - 1].text in lex.title_words)
            # "national security [advisor]": a modifier before the role noun read so far
            or (w in lex.role_modifiers and picked and _modifies_role(toks, picked, lex))
            or (
                # "District Attorney", "Police Chief", "County Sheriff": a head word of a place
                # or an organization right before a title word is part of the title
                w[:1].isupper()
                and (w in lex.org_words or w in lex.place_words)
                and picked
                and toks[picked[-1]].text in lex.title_words
            )
            or (
                # "Environment Minister", "Foreign Affairs minister": the portfolio of a title
                # word, capitalised (role_modifiers in lower case)
                w[:1].isupper()
                and w.lower() in lex.role_modifiers
                and picked
                and (
                    toks[picked[-1]].text in lex.title_words
                    or toks[picked[-1]].text.lower() in lex.role_modifiers
                )
            )
            or (
                # "Secretary-General", "Vice-President": a hyphen inside one title word
                w in _HYPHENS
                and picked
                and k > 0
                and toks[k - 1].end == toks[k].start
                and toks[k].end == toks[k + 1].start
            )
        ):
            picked.append(k)
        elif w[:1].isupper() and (complement := _in_title_complement(toks, k, lex)):
            picked.append(k)  # "Minister of [Education]"
        elif w[:1].isupper() and complement is None:
            return picked, False  # undecided here: a wider window reads further back
        else:
            return picked, k > 0
        if len(picked) > MAX_WORDS:
            return None
    return picked, False


def _shouted(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def title_before(
    text: str,
    start: int,
    lex: Lexicon | None = None,
    names: Sequence[tuple[int, int]] | None = None,
) -> str | None:
    """The title written right before a name ("Russian Foreign Minister" Sergei Lavrov).

    ``names``: character spans of the names found in ``text``; when given, a capitalised word
    in the title must be a title word, a nationality or part of a name ("Kremlin spokesman"),
    so "the Arts and Humanities Citation Index Professor Chomsky" gives just "Professor"."""
    lex = lex or lexicon()
    # Most names follow a word that is no title ("said Putin", "and Lavrov"): a window of two
    # tokens decides those; the walk reads at most MAX_WORDS + 3 tokens back.
    window_start = max(0, start - 300)
    for count in (2, MAX_WORDS + 3):
        offset, toks = tail_tokens(text, window_start, start, count)
        if toks and _shouted(toks[-1].text):
            # "CHIEF CABINET SECRETARY SUGA:", a transcript's label in capitals: its words read
            # as written in title case
            toks = [
                Token(t.text.capitalize(), t.start, t.end) if _shouted(t.text) else t for t in toks
            ]
        walked = _walk_back(offset, toks, lex, names)
        if walked is None:
            return None
        picked, stopped = walked
        if stopped or offset == window_start:
            break  # the walk stopped inside this window: a wider one reads the same tokens
    picked.reverse()
    while picked and toks[picked[0]].text in _LEADING_JUNK:
        picked.pop(0)

    # The phrase ends in a title word or role noun, or its complement ("Envoy for the Middle East").
    def is_title(k: int) -> bool:
        w = toks[k].text
        if k == len(toks) - 1 and _is_plural_role(w, lex):
            return True
        if w in lex.title_suffixes and k > 0 and toks[k - 1].text in lex.title_words:
            return True  # "Vice-president elect", "Professor emeritus"
        if w in lex.title_modifiers:
            # "Chief Executive": a modifier that ends the phrase right after a title word is
            # the title's noun.
            return k == picked[-1] and k > 0 and toks[k - 1].text in lex.title_words
        return w in lex.title_words or _is_role_noun(w, lex)

    last = max((n for n, k in enumerate(picked) if is_title(k)), default=-1)
    tail = [toks[k].text for k in picked[last + 1 :]]
    keep_tail = bool(tail) and tail[0] in _PREPOSITIONS and tail[-1][:1].isupper()
    if tail and not keep_tail:
        # The title ends before words that are no complement of it: it is not this name's
        # ("chairman of the Council of Economic Advisers in the [Carter] administration").
        return None
    if not picked:
        return None
    while picked and toks[picked[-1]].text in lex.honorifics:
        picked.pop()  # "Sir" in "Prime Minister Sir Keir Starmer"
    words = [toks[k].text for k in picked]
    if not words or not (_has_role_word(words, lex) or _is_plural_role(words[-1], lex)):
        return None
    return text[offset + toks[picked[0]].start : offset + toks[picked[-1]].end]


#: What may stand between two members of a list of names: a comma or "and", after a bracketed
#: note ("Vitas Gerulaitis (tennis) and Jack Nicklaus").
_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
#: What joins a member of a list to a name in its complement ("Alvin Yeung from the Civic Party").
_MEMBER_COMPLEMENT = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")
MAX_LIST = 12


def list_title(
    text: str,
    start: int,
    names: Sequence[tuple[int, int]],
    lex: Lexicon | None = None,
) -> str | None:
    """The plural title before a list that the name at ``start`` is a later member of:
    "photographers Nat Finkelstein, Christopher Makos and Felice Quinto" -> "photographers"
    for each; members may have a complement naming their organization ("councillors Ann
    Chiang of DAB and Priscilla Leung of BPA"). ``names``: the spans of the names found in
    ``text``, sorted. None when the first member's title is singular (its own) or there is none."""
    lex = lex or lexicon()
    at, joined = start, False
    for _ in range(MAX_LIST):
        k = bisect_left(names, (at, -1)) - 1
        while k >= 0 and names[k][1] > at:
            k -= 1
        if k < 0:
            return None
        s, e = names[k]
        gap = text[e:at]
        if _LIST_GAP.fullmatch(gap):
            joined = True
        elif not (joined and _MEMBER_COMPLEMENT.fullmatch(gap)):
            return None
        title = title_before(text, s, lex, names)
        if title is not None:
            return title if _is_plural_role(title.split()[-1], lex) else None
        at = s
    return None


#: Words that may open the complement of a role word in an appositive ("expert [at] the Valdai
#: Club", "professor [of] history"); any other word after the last role word is cut off.
_COMPLEMENT_PREPOSITIONS = frozenset(
    {"of", "for", "at", "in", "on", "to", "with", "from", "under", "within", "and", "&"}
)
_HEAD_PREPOSITIONS = _COMPLEMENT_PREPOSITIONS - {"and", "&"}
#: Words a role phrase cannot end in: its complement was cut off.
_DANGLING = _COMPLEMENT_PREPOSITIONS | {"the", "a", "an"}
_APPOSITIVE_STOPS = frozenset({",", ";", ".", "!", "?", ":", "(", ")", '"', "“", "”", "—", "–"})


def _in_names(at: int, names: Sequence[tuple[int, int]] | None) -> bool:
    return names is not None and _covered(names, at, at + 1)


def appositive_after(
    text: str,
    end: int,
    lex: Lexicon | None = None,
    names: Sequence[tuple[int, int]] | None = None,
) -> str | None:
    """The appositive after a name (Dmitry Polyansky, "First Deputy … to the United Nations",).

    The phrase ends before a clause ("a Spanish physician [who is better known as]"), at its
    last role word unless a complement follows ("an expert [at the Valdai Club]", but "the
    artist [Waite chose]" gives "artist"), and before calendar words at its end. ``names``:
    character spans of the names found in ``text``; a name right after a role word before the
    complement makes the phrase another person's title ("Yoon, Kim and Interior Minister Lee
    Sang-min"): no role ("father of jazz musician Indra Lesmana" is one: the name is in the
    complement)."""
    lex = lex or lexicon()
    if not text.startswith(", ", end):
        return None
    return _role_phrase(text, end + 2, lex, names)


#: A copula and an article after a name: "Andrew Westphal [is the] director of Stardust@home".
_COPULA = re.compile(r" (?:is|was) (?=(?:a|an|the) )")


def predicate_after(
    text: str,
    end: int,
    lex: Lexicon | None = None,
    names: Sequence[tuple[int, int]] | None = None,
) -> str | None:
    """The role in a predicate right after a name: "Andrew Westphal is the director of
    Stardust@home" -> "director of Stardust@home". Read like an appositive (it must hold a role
    word: "X is a threat" gives none); a weaker statement than a title or an appositive, so
    find_actors takes it only when the text gives the person neither."""
    lex = lex or lexicon()
    m = _COPULA.match(text, end)
    return _role_phrase(text, m.end(), lex, names, strict=True) if m else None


def _role_phrase(
    text: str,
    at: int,
    lex: Lexicon,
    names: Sequence[tuple[int, int]] | None,
    strict: bool = False,
) -> str | None:
    """The role phrase that opens at ``at`` (after an appositive's comma or a copula).
    ``strict`` (a predicate): the phrase's head must be a role word, followed by its
    complement or nothing ("X is the most widely spoken [official] language" gives none)."""
    rest = text[at:]
    toks = iter_tokens(rest)  # (read up to the first stop only)
    picked: list[Token] = []
    for t in toks:
        if t.text in _APPOSITIVE_STOPS or t.text in lex.speech_verbs:
            if (
                t.text == ","
                and picked
                and picked[0].text in lex.title_words
                and picked[0].text[:1].isupper()
                and _name_next(toks, at, lex, names)
            ):
                # "Mr Mohammed Afif, [Deputy Cabinet Secretary for Policy Affairs], Ms Margaret
                # Pillay": in a list of titled officials the title before a name is that name's.
                return None
            break
        if t.text in lex.clause_words or t.text in lex.person_reflexives:
            break  # (lower case only: "Doctor Who" is a name; "a Navy veteran [herself]")
        picked.append(t)
        if len(picked) > MAX_WORDS:
            return None
    if not picked:
        return None
    first = picked[0].text
    if not (first in _ARTICLES or first[:1].isupper() or _is_role_noun(first, lex)):
        return None
    words = [t.text for t in picked]
    if not _has_role_word(words, lex):
        return None
    # The head: the last role word before the complement's first preposition, if any.
    opener = next((n for n, w in enumerate(words) if w in _HEAD_PREPOSITIONS), len(words))
    heads = [n for n in range(opener) if _is_role_word(words[n], lex)]
    for n in heads:
        if words[n] in lex.title_modifiers:
            continue  # "the former [Democratic National Committee] chairman"
        if n + 1 < len(picked) and _in_names(at + picked[n + 1].start, names):
            return None  # another person's title: "Kim and Interior Minister [Lee Sang-min]"
    if _titles_a_name_in_it(text, at, picked, lex, names):
        return None
    if (
        heads
        and heads[-1] + 1 < len(picked)
        and picked[heads[-1] + 1].text.lower() not in _COMPLEMENT_PREPOSITIONS
    ):
        if strict:
            return None
        picked = picked[: heads[-1] + 1]  # "the artist [Waite chose to draw his deck]"
    if strict and (not heads or words[heads[-1]] in lex.title_modifiers):
        return None  # "a stunner of a debut from video essayist turned director Kogonada"
    while len(picked) > 1 and (
        picked[-1].text in lex.calendar_words or picked[-1].text in _DANGLING
    ):
        # "nominee for Governor of Virginia [Saturday]"; a complement cut by a quote: 'curator
        # [of] "Andy Warhol: ..."'
        picked.pop()
    if first in _ARTICLES:
        picked = picked[1:]
        if not picked:
            return None
    return rest[picked[0].start : picked[-1].end]


def _name_next(
    toks: Iterator[Token],
    at: int,
    lex: Lexicon,
    names: Sequence[tuple[int, int]] | None,
) -> bool:
    """Whether the next of ``toks`` (tokens of the text from ``at``) opens a name, past an
    honorific ("Ms Margaret Pillay")."""
    t = next(toks, None)
    if t is not None and t.text in lex.honorifics:
        t = next(toks, None)
    return t is not None and t.text[:1].isupper() and _in_names(at + t.start, names)


def _titles_a_name_in_it(
    text: str,
    at: int,
    picked: list[Token],
    lex: Lexicon,
    names: Sequence[tuple[int, int]] | None,
) -> bool:
    """Whether the phrase (``picked``, opening at ``at``) is, up to a name inside it, that
    name's title: "Li Baodong, [Vice Minister of Finance] Zhu Guangyao, ..." lists a second
    official, it states no role of the first ("father of jazz musician Indra Lesmana" is one:
    the name's title there is "jazz musician" alone)."""
    if names is None:
        return False
    for m in range(1, len(picked)):
        start = at + picked[m].start
        if not _in_names(start, names) or _in_names(at + picked[m - 1].start, names):
            continue
        title = title_before(text, start, lex, names)
        if title is not None and text[at:start].strip() == title:
            return True
    return False


#: Tokens that open the phrase of an appositive before a name (a sentence, a clause, a quote).
_PHRASE_OPENERS = frozenset({",", ";", ":", "(", '"', "“", ".", "!", "?", "—", "–"})
_POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their", "our", "my", "your"})
#: Tokens after a name that close an appositive before it ("the coach, Alireza Mehraban, said").
_APPOSITIVE_CLOSERS = frozenset({",", ";", ".", "!", "?", ")", "—", "–"})


def appositive_before(text: str, start: int, end: int, lex: Lexicon | None = None) -> str | None:
    """The role in an appositive phrase right before a name and its comma, the name being set
    off by a comma or a stop after it too: "the Afghan team's coach, Alireza Mehraban, said" ->
    "Afghan team's coach"; "Russia's foreign minister, Sergei Lavrov, said" -> "Russia's foreign
    minister". The phrase must end in a role noun or a title word and open the sentence or
    follow an article or a preposition; "After meeting the coach, John Smith left" gives none
    (no comma after the name)."""
    lex = lex or lexicon()
    # (indexes, not slices of ``text``: a paragraph may be long and hold many names)
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    if after == len(text) or text.startswith(("'s", "’s"), end):
        return None  # (not "John Doe's brother": the apostrophe closes no appositive)
    # No closing comma: "In a statement, Malaysia's Prime Minister, Najib Razak said" (taken
    # only for a country's or body's capitalised title at a clause's start; see below)
    bare = text[after] not in _APPOSITIVE_CLOSERS
    if bare and not text[after].isalpha():
        return None
    comma = start - 1
    while comma >= 0 and text[comma] == " ":
        comma -= 1
    if comma >= 0 and text[comma] != ",":
        # "The Police Public Relations Officer, Mr Charles Muka, made": an honorific before the
        # name is no part of the appositive.
        word = text.rfind(" ", 0, comma + 1)
        if text[word + 1 : comma + 1] in lex.honorifics:
            comma = word
            while comma >= 0 and text[comma] == " ":
                comma -= 1
    if comma < 0 or text[comma] != ",":
        return None
    offset, toks = tail_tokens(text, max(0, comma - 300), comma, MAX_WORDS + 3)
    if not toks:
        return None
    role = _role_before_complement(toks, lex)
    if role is None:
        return None
    picked: list[int] = list(range(len(toks) - 1, role, -1))  # the complement, if any
    edge = -1
    for k in range(role, -1, -1):
        w = toks[k].text
        edge = k
        if (
            w in _ARTICLES
            or w.lower() in _PREPOSITIONS
            or w.lower() in _POSSESSIVE_DETERMINERS
            or w in _PHRASE_OPENERS
            or (
                w.lower() in lex.role_articles
                and k < role
                and toks[k + 1].text.islower()
                and (k == 0 or toks[k - 1].text in _PHRASE_OPENERS)
            )
        ):
            # the phrase's left edge: "the", "to", "its", a clause's comma, an article of
            # another language before a common noun ("La ministre de la justice, C. Taubira")
            break
        if not (w.isalpha() or w in lex.possessive_marks or "-" in w):
            return None
        if w in ("and", "&") and k < role and toks[k + 1].text in lex.title_words:
            break  # "..., and [Deputy Cabinet Secretary], Mr Johny Bastienne": a list's item
        if w.lower() in lex.function_words and w not in lex.title_words:
            return None  # "He said the coach, ...": a clause, not a noun phrase
        if (
            w.islower()
            and w.isalpha()
            and k < role
            and toks[k + 1].text[:1].isupper()
            and not _is_role_word(w, lex)
        ):
            # "the media [included] Secretary of State for Cabinet Affairs, Mr Mohammed Afif":
            # a capitalised title takes no lower-case word before it but a title's own
            break
        picked.append(k)
        if len(picked) > MAX_WORDS:
            return None
    if len(picked) == len(toks) - 1 - role:
        return None  # nothing before the complement: no role word was taken
    if bare and not (
        role == len(toks) - 1
        and toks[role].text[:1].isupper()
        and toks[role].text in lex.title_words
        and any(toks[k].text in lex.possessive_marks for k in picked)
        and (edge == picked[-1] or toks[edge].text in _PHRASE_OPENERS)
    ):
        return None  # "After meeting the coach, John Smith left"
    first = toks[picked[-1]]
    return text[offset + first.start : offset + toks[picked[0]].end]


def _role_before_complement(toks: list[Token], lex: Lexicon) -> int | None:
    """The index of the role word that ends an appositive before a name: the last token, or
    the role word before a complement that runs to the comma ("the president [of the Lombardy
    region]", "the head [of the World Health Organization]"); None when there is none."""
    last = len(toks) - 1
    if _is_role_word(toks[last].text, lex):
        return last
    for k in range(last, max(0, last - MAX_WORDS), -1):
        w = toks[k].text
        if w in _COMPLEMENT_OPENERS or w in ("at", "to"):
            if k > 0 and _is_role_word(toks[k - 1].text, lex):
                return k - 1
            if w in _COMPLEMENT_OPENERS and k > 0 and toks[k - 1].text[:1].isupper():
                continue  # "Secretary of [State] for Cabinet Affairs": complements chained
            return None
        if not (w.isalpha() or w in lex.possessive_marks or "-" in w):
            return None
        if w.lower() in lex.function_words and w not in _COMPLEMENT_GLUE:
            return None
    return None


#: Words a role in capitals keeps in lower case when it is set in title case ("Minister of
#: State for Foreign Affairs").
_ROLE_SMALL_WORDS = frozenset({"of", "for", "and", "the", "to", "on", "in", "at"})


def role_out_of_capitals(role: str) -> str:
    """A role printed in capitals (a transcript's label, "CHIEF CABINET SECRETARY SUGA:") in
    title case: "Chief Cabinet Secretary". Any other role as it is."""
    if not role.isupper() or len(role) <= 3:
        return role
    return " ".join(
        w.lower() if w.lower() in _ROLE_SMALL_WORDS else w.capitalize() for w in role.split()
    )
