"""Merging: name mentions -> one cluster per real-world actor.

Surfaces are joined when they are the same name in another case ("REUTERS"/"Reuters"), known
spelling variants ("Kiev"/"Kyiv"), an abbreviation and its full name (table or initials:
"UN"/"United Nations"), the same person with a first-name variant ("Steve"/"Stephen Witkoff") or
transliteration ("Sergey"/"Sergei"), or a lone surname or first name that belongs to exactly one
longer person name ("Witkoff"). A lone name shared by several people goes to the one named most
recently before it, so two people who share a first name are never merged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .detect import Found, Unit
from .kinds import _FIRM_PLACES, _person_shaped
from .lexicon import Lexicon, lexicon

#: Vote of one mention on its surface's kind, by source (tagger names vote with probabilities).
_WEIGHT = {"registry": 1000, "tagger": 10, "gazetteer": 12, "rule": 10, "echo": 4, "credit": 10}
#: A person-tagged name right after a person's title ("President Obama"): it outweighs the
#: tagger's doubts about the same name in several other places.
_TITLE_WEIGHT = 50
_SCALE = 100


@dataclass
class Cluster:
    surfaces: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    """Indexes into the found list."""
    label: str = "PER"
    name: str = ""
    entry: str | None = None


class _Union:
    def __init__(self, items: Sequence[str], order: dict[str, int]) -> None:
        self.parent = {x: x for x in items}
        self.order = order

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Keep the earlier-seen surface as root (deterministic).
            self.parent[max(ra, rb, key=self.order.__getitem__)] = min(
                ra, rb, key=self.order.__getitem__
            )


_FORMS: dict[str, frozenset[str]] = {}


def _translit_forms(name: str, lex: Lexicon) -> frozenset[str]:
    """A name and its forms under the letter-level transliteration variants (both directions)."""
    cached = _FORMS.get(name)
    if cached is None:
        cached = _FORMS[name] = frozenset(_compute_forms(name, lex))
        if len(_FORMS) > 50_000:
            _FORMS.clear()
    return cached


def _compute_forms(name: str, lex: Lexicon) -> set[str]:
    # (A typeset apostrophe is the same letter: "Vava’u" / "Vava'u".)
    low = name.lower().replace("’", "'")
    forms = {low}
    for a, b in lex.transliterations:
        for f in list(forms):
            if a in f:
                forms.add(f.replace(a, b))
    return forms


def name_forms(name: str, lex: Lexicon) -> frozenset[str]:
    """The spellings :func:`same_name` compares (two names are the same when these meet)."""
    return _translit_forms(name, lex) | {name}


def same_name(a: str, b: str, lex: Lexicon) -> bool:
    return a == b or bool(_translit_forms(a, lex) & _translit_forms(b, lex))


def same_first_name(a: str, b: str, lex: Lexicon) -> bool:
    if same_name(a, b, lex):
        return True
    return b in lex.nicknames.get(a, frozenset())


def initials(name: str, lex: Lexicon) -> str:
    words = [w for w in name.replace("-", " ").split() if w not in lex.name_particles]
    return "".join(w[0] for w in words if w[:1].isupper())


def _surnames(name: str, lex: Lexicon) -> tuple[str, ...]:
    """A person's last word, and without an attached article ("al-Bashir" is also "Bashir")."""
    last = name.split()[-1]
    head, dash, rest = last.partition("-")
    if dash and rest and head.casefold() in lex.surname_articles:
        return last, rest
    return (last,)


def _other_middle_names(wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Whether two persons' names (as words) both have middle initials, and other ones ("H. W."
    / "W."); middle names written out may be left out ("Te Kaurinui Robert Parata" / "Te
    Kaurinui Parata") or abbreviated ("Herbert Walker" / "H. W.")."""
    ma, mb = wa[1:-1], wb[1:-1]
    return (
        bool(ma and mb)
        and all(len(w.rstrip(".")) == 1 for w in (*ma, *mb))
        and [w[:1] for w in ma] != [w[:1] for w in mb]
    )


def _is_acronym(s: str) -> bool:
    bare = s.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def _without_legal_suffix(name: str, lex: Lexicon) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in lex.legal_suffixes:
        words.pop()
    return " ".join(words).rstrip(",")


def _may_abbreviate(acronym: str, full: str) -> bool:
    """Whether an acronym in brackets after a name may stand for it: it opens with the name's
    first initial and uses no letter that is not an initial of one of its words; or so without
    the name's first word, a country's adjective that the acronym leaves out ("Russian Ministry of
    Foreign Affairs (MFA)", "Chinese People's Liberation Army (PLA)")."""
    letters = acronym.replace(".", "").upper()
    words = [w for w in full.replace("-", " ").split() if w[:1].isalpha()]
    if not letters or not words:
        return False
    for rest in (words, words[1:] if len(words) > 2 else []):
        firsts = {w[0].upper() for w in rest}
        if rest and letters[0] == rest[0][0].upper() and set(letters) <= firsts:
            return True
    return False


def _kinds_agree(acronym: str, full: str, label_of: Callable[[str], str], lex: Lexicon) -> bool:
    """Whether a name's initials may stand for it: never for a person, and a known place's
    abbreviation ("US", "UK") only for a place ("University of Sheffield" is not the US)."""
    full_label = label_of(full)
    if full_label == "PER":
        return False
    if acronym in lex.places or label_of(acronym) == "LOC":
        return full_label == "LOC"
    return True


def _propagate_persons(
    surfaces: Sequence[str], votes: dict[str, Counter[str]], lex: Lexicon
) -> None:
    """One kind per person across a document: a plain two- or three-word name whose last word
    the document names as a person on its own ("President Obama") is that person's full name,
    whatever one mention's tagging said ("Barack Obama" as a place). ``surfaces``: the names
    found on their own (not only echoed from a longer name)."""
    lone_persons = {s for s in surfaces if " " not in s and votes[s].most_common(1)[0][0] == "PER"}
    for s in surfaces:
        words = s.split()
        if not (2 <= len(words) <= 3) or words[-1] not in lone_persons:
            continue
        if votes[s].most_common(1)[0][0] == "PER" or s in lex.places or s in lex.known_orgs:
            continue
        if words[0].lower() in lex.dict_lower and words[0] not in lex.first_names:
            continue  # "Camp Howe", "Fort Worth"
        if (
            not all(w[:1].isupper() for w in words)
            or any(w in lex.org_words or w in lex.place_words for w in words)
            or words[0] in lex.org_openers  # "Instituto Lula": a body named after a person
        ):
            continue
        votes[s]["PER"] = max(votes[s].values()) + 1


def _a_persons_name(surfaces: Sequence[str], label_of: Callable[[str], str], lex: Lexicon) -> bool:
    """Whether an actor is a person's full name with its lone surname or first name ("Ken
    Norton", "Norton"): the full names are persons by their own votes, no surface is a country or
    region, and every one-word surface is a part of a full name (a town of the same name, as the
    tagger may take "Norton" for, does not outvote the person)."""
    full = [s for s in surfaces if len(s.split()) > 1]
    if not full or any(label_of(s) != "PER" for s in full):
        return False
    parts = {s.split()[-1] for s in full}
    parts |= {s.split()[0] for s in full if s.split()[0] in lex.first_names}
    return all(
        len(s.split()) > 1 or (s in parts and lex.places.get(s) not in _FIRM_PLACES)
        for s in surfaces
    )


_LAST_WORD = re.compile(r"(\S+)\s+$")
_TITLE_SUFFIXES = frozenset({"elect", "designate"})


def _after_a_title(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the word right before ``start`` is a person's title or honorific ("President",
    "Mr."), not a mere modifier ("Former", "Deputy")."""
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    head, _, suffix = word.partition("-")
    if suffix.lower() in _TITLE_SUFFIXES:
        word = head  # "President-elect", "Prime Minister-designate"
    return word in lex.honorifics or (
        word[:1].isupper() and word in lex.title_words and word not in lex.title_modifiers
    )


def merge(found: Sequence[Found], units: Sequence[Unit]) -> list[Cluster]:
    lex = lexicon()
    surfaces: list[str] = []
    first_seen: dict[str, int] = {}
    votes: dict[str, Counter[str]] = {}
    gazetteer_votes: dict[str, Counter[str]] = {}
    entry_of: dict[str, str] = {}
    for i, f in enumerate(found):
        s = " ".join(f.surface.split())
        if s not in first_seen:
            first_seen[s] = i
            surfaces.append(s)
        if f.scores:
            # A tagger name: every kind by its probability (an unsure "LOC" barely outvotes).
            for label, p in f.scores:
                if p >= 0.25 or label == f.label:
                    votes.setdefault(s, Counter())[label] += round(_SCALE * _WEIGHT["tagger"] * p)
        else:
            votes.setdefault(s, Counter())[f.label] += _SCALE * _WEIGHT.get(f.source, 10)
        if f.source == "gazetteer":
            gazetteer_votes.setdefault(s, Counter())[f.label] += _SCALE * _WEIGHT["gazetteer"]
        if f.entry:
            entry_of[s] = f.entry
        person = f.label == "PER" or any(k == "PER" and p >= 0.25 for k, p in f.scores)
        if person and _after_a_title(units[f.unit].text, f.start, lex):
            # "President Obama": a person's name right after a person's title outweighs a
            # mention elsewhere that the tagger took for a place ("to resist Obama on both
            # fronts"). (Only a name the tagger thought may be a person's: "GNU General [Public
            # License]" is none.)
            votes.setdefault(s, Counter())["PER"] += _SCALE * _TITLE_WEIGHT
    named = {" ".join(f.surface.split()) for f in found if f.source != "echo"}
    _propagate_persons([s for s in surfaces if s in named], votes, lex)
    uf = _Union(surfaces, first_seen)

    def label_of(s: str) -> str:
        return votes[s].most_common(1)[0][0]

    # Registry entries: every surface of one entry is one actor.
    by_entry: dict[str, str] = {}
    for s, e in entry_of.items():
        if e in by_entry:
            uf.union(by_entry[e], s)
        else:
            by_entry[e] = s
    # Case variants ("REUTERS" / "Reuters").
    by_fold: dict[str, str] = {}
    for s in surfaces:
        key = s.casefold()
        if key in by_fold:
            if (s.isupper() and len(s) >= 4) or (by_fold[key].isupper() and len(by_fold[key]) >= 4):
                uf.union(by_fold[key], s)
        else:
            by_fold[key] = s
    # Typeset and typewriter apostrophes ("Vava’u" / "Vava'u", "O’Brien" / "O'Brien").
    by_apostrophe: dict[str, str] = {}
    for s in surfaces:
        key = s.replace("’", "'")
        if key in by_apostrophe:
            uf.union(by_apostrophe[key], s)
        else:
            by_apostrophe[key] = s
    present = set(surfaces)
    # Known spelling variants and alternative names.
    for group in (*lex.place_groups, *lex.org_groups, *lex.person_groups):
        there = [g for g in group if g in present]
        for g in there[1:]:
            uf.union(there[0], g)
    # Abbreviation table and initials.
    for abbr, fulls in lex.abbreviations.items():
        forms = [abbr, *fulls]
        there = [g for g in forms if g in present]
        for g in there[1:]:
            uf.union(there[0], g)
    # "International Brotherhood of Magicians (IBM)": an acronym in brackets after a name.
    # Not a dateline's agency: "WASHINGTON (AP)", "MOSCOW (TASS)" (the letters must be the
    # name's initials, in any order: "Unione degli Atei e degli Agnostici Razionalisti (UAAR)").
    for prev, cur in pairwise(found):
        if prev.unit == cur.unit and _is_acronym(cur.surface):
            between = units[prev.unit].text[prev.end : cur.start]
            if between.strip() == "(" and _may_abbreviate(cur.surface, prev.surface):
                uf.union(" ".join(prev.surface.split()), " ".join(cur.surface.split()))
    # "Mohamed Hamdan Dagalo, known as Hemedti": the name right after a person's name and an
    # alias phrase (data/words.yml alias_phrases) is that person's.
    for prev, cur in pairwise(found):
        if prev.unit != cur.unit or label_of(" ".join(prev.surface.split())) != "PER":
            continue
        between = " ".join(units[prev.unit].text[prev.end : cur.start].split()).lower()
        if between.strip(", ") in lex.alias_phrases and between.startswith(","):
            uf.union(" ".join(prev.surface.split()), " ".join(cur.surface.split()))
    # "Tesla Inc" / "Tesla, Inc." / "Tesla": a company's name with and without its legal form,
    # also where the bare name looks like a person's ("Eberhard Faber GmbH" / "Eberhard Faber":
    # a company named after its founder, who is named in full where meant). And a name with and
    # without its final period ("Remain Co" / "Remain Co.").
    by_stem: dict[str, str] = {}
    for s in surfaces:
        bare = _without_legal_suffix(s, lex)
        if bare != s and bare in present:
            uf.union(bare, s)
        stem = s.rstrip(".")
        if stem in by_stem:
            uf.union(by_stem[stem], s)
        else:
            by_stem[stem] = s
    multi = [s for s in surfaces if len(s.split()) > 1]
    # "Source: Getty" / "Photo: Getty Images": in credits only, an agency's first word alone is
    # that agency (in the text, "Ford" and "Ford Foundation" are two bodies).
    credits = {" ".join(f.surface.split()) for f in found if f.source == "credit"}
    in_text = {" ".join(f.surface.split()) for f in found if f.source != "credit"}
    for s in credits - in_text:
        if " " not in s and label_of(s) == "ORG":
            agencies = [m for m in multi if m in credits and m not in in_text and m.split()[0] == s]
            if len(agencies) == 1:
                uf.union(agencies[0], s)
    for s in surfaces:
        if _is_acronym(s) and label_of(s) != "PER":
            bare = s.replace(".", "")
            matches = [
                m for m in multi if initials(m, lex) == bare and _kinds_agree(s, m, label_of, lex)
            ]
            if len(matches) == 1:
                uf.union(matches[0], s)
    # Persons: first-name variants of the same full name (not two middle names that differ:
    # "George H. W. Bush" and "George W. Bush" are father and son).
    persons = [s for s in multi if label_of(s) == "PER"]
    for i, a in enumerate(persons):
        for b in persons[i + 1 :]:
            wa, wb = a.split(), b.split()
            if (
                same_name(wa[-1], wb[-1], lex)
                and same_first_name(wa[0], wb[0], lex)
                and not _other_middle_names(wa, wb)
            ):
                uf.union(a, b)
    # Surnames with their particle ("bin Laden", "Bin Laden", "van Gogh"): the tail of exactly
    # one person's name.
    for s in multi:
        first = s.split()[0]
        if s in entry_of or first.casefold() not in lex.surname_particles:
            continue
        tail = s.casefold()
        owners = {uf.find(p) for p in persons if p != s and p.casefold().endswith(" " + tail)}
        if len(owners) == 1:
            uf.union(next(iter(owners)), s)
    # Lone surnames / first names (of names shaped like a person's: not "House" of a
    # "Parliament House" the tagger took for a person).
    owners_of_parts = [
        (p, _surnames(p, lex), p.split()[0]) for p in persons if _person_shaped(p.split(), lex)
    ]

    def surname_owners(surname: str, initial: str = "") -> set[str]:
        """The persons whose surname ``surname`` is, written in lower case after its capital
        (a name in capitals, a transcript's label, is read in title case); with ``initial``,
        only those whose given name (not an initial itself) opens with it."""
        return {
            uf.find(p)
            for p, lasts, first in owners_of_parts
            if (not initial or (first[:1] == initial and len(first.rstrip(".")) > 1))
            and any(k[1:].islower() and same_name(k, surname, lex) for k in lasts)
        }

    # A person's initials and surname ("G. Katrougalos", and in capitals "G. KATROUGALOS:", a
    # transcript's label): the one person of that surname (written in lower case after its
    # capital) whose given name opens with the first initial ("Giorgos Katrougalos").
    for s in multi:
        words = s.split()
        if s in entry_of or len(words[-1]) < 4 or label_of(s) != "PER":
            continue
        if not all(re.fullmatch(r"[A-Z]\.?", w) for w in words[:-1]):
            continue
        last = words[-1].title() if s.isupper() else words[-1]
        initial_owners = surname_owners(last, words[0][:1])
        if len(initial_owners) == 1:
            uf.union(next(iter(initial_owners)), s)
    ambiguous: dict[str, list[str]] = {}
    for s in surfaces:
        if len(s.split()) != 1 or s in entry_of:
            continue
        if lex.places.get(s) in _FIRM_PLACES:
            continue
        # ("MR PRICE:", a transcript's label in capitals: the surname of "Ned Price", written
        # in lower case after its capital there; not an acronym ending a name, "TaskStatus RPC")
        caps = s.title() if s.isupper() and len(s) >= 4 and s not in lex.known_orgs else ""
        caps_owners = surname_owners(caps) if caps else set()
        if caps_owners:
            if len(caps_owners) == 1:
                uf.union(next(iter(caps_owners)), s)
            continue
        if label_of(s) == "ORG" and (s in lex.known_orgs or _is_acronym(s)):
            continue
        by_last = {
            uf.find(p)
            for p, lasts, _ in owners_of_parts
            if any(same_name(k, s, lex) for k in lasts)
        }
        by_first = {uf.find(p) for p, _, first in owners_of_parts if same_first_name(first, s, lex)}
        owners = by_last or by_first
        if not owners and len(s) > 2:
            # "Emmanuel Adil Anthony" / "Adil explained": a middle name of exactly one person
            owners = {uf.find(p) for p, _, _ in owners_of_parts if s in p.split()[1:-1]}
        if len(owners) == 1:
            uf.union(next(iter(owners)), s)
        elif len(owners) > 1:
            ambiguous[s] = sorted(owners, key=first_seen.__getitem__)

    # Build clusters (mention level, so ambiguous lone names go to the latest owner).
    clusters: dict[str, Cluster] = {}
    order: list[str] = []
    last_seen: dict[str, int] = {}
    for i, f in enumerate(found):
        s = " ".join(f.surface.split())
        root = uf.find(s)
        if s in ambiguous:
            choices = ambiguous[s]
            before = [o for o in choices if o in last_seen]
            root = max(before, key=last_seen.__getitem__) if before else choices[0]
        last_seen[root] = i
        if root not in clusters:
            clusters[root] = Cluster()
            order.append(root)
        c = clusters[root]
        c.mentions.append(i)
        if s not in c.surfaces:
            c.surfaces.append(s)
        if f.entry:
            c.entry = f.entry
    # A cluster only ever seen by echoing another name's parts is not an actor of its own.
    out = [
        clusters[r] for r in order if any(found[i].source != "echo" for i in clusters[r].mentions)
    ]
    # "Norinchukin Bank" ... "Norinchukin will discuss": a lone word that a body's name of two
    # words opens, its head word after it, and no other name (a modifier opens several: "Royal
    # Navy", "Royal Geographical Society").
    openers = Counter(s.split()[0] for s in surfaces if " " in s)
    bodies_named = {
        s.split()[0]
        for s in surfaces
        if len(s.split()) == 2
        and label_of(s) == "ORG"
        and (s.split()[1] in lex.org_words or s.split()[1] in lex.legal_suffixes)
        and openers[s.split()[0]] == 1
    }
    for c in out:
        total: Counter[str] = Counter()
        person_names = {
            s.split()[-1] for s in c.surfaces if len(s.split()) > 1 and votes[s]["PER"] > 0
        }
        for s in c.surfaces:
            total.update(votes[s])
            if s in person_names and s in gazetteer_votes:
                # "Obama" is also a town: the gazetteer does not vote on a person's surname.
                total.subtract(gazetteer_votes[s])
        label = total.most_common(1)[0][0]
        # A rule that made a place's name an organization ("Sweden beat South Korea 1-0": a
        # team) outweighs the gazetteer.
        ruled_org = label == "ORG" and any(
            found[i].source == "rule" and found[i].label == "ORG" for i in c.mentions
        )
        if c.entry is None and not ruled_org:
            if any(lex.places.get(s) in _FIRM_PLACES for s in c.surfaces) and label != "PER":
                label = "LOC"
            if label != "LOC" and all(
                s in lex.major_cities or (s.isupper() and s.title() in lex.major_cities)
                for s in c.surfaces
            ):
                # "Moscow insists": a capital or big city named as an actor is still the place.
                label = "LOC"
            if any(s in lex.known_orgs for s in c.surfaces):
                label = "ORG"
            if (
                any(len(s.split()) > 1 and votes[s]["PER"] > 0 for s in c.surfaces)
                and label == "ORG"
            ):
                multi_org = any(
                    s.split()[-1] in lex.org_words or s.split()[0] in lex.org_openers
                    for s in c.surfaces
                )
                label = label if multi_org else "PER"
            if label == "LOC" and _a_persons_name(c.surfaces, label_of, lex):
                label = "PER"
            if (
                label == "PER"
                and all(s in bodies_named for s in c.surfaces)
                and not any(
                    found[i].source == "rule" and found[i].label == "PER" for i in c.mentions
                )
            ):
                label = "ORG"
        c.label = label
        c.name = _canonical(c, found, units, lex)
    return out


def _canonical(c: Cluster, found: Sequence[Found], units: Sequence[Unit], lex: Lexicon) -> str:
    weight: Counter[str] = Counter()
    for i in c.mentions:
        f = found[i]
        s = " ".join(f.surface.split())
        weight[s] += 1 if units[f.unit].in_figure else 2
    candidates = list(c.surfaces)
    if c.label == "PER":
        longest = max(len(s.split()) for s in candidates)
        candidates = [s for s in candidates if len(s.split()) == longest]
    # Of the same name in other cases, the one with the fewest capitals ("Malcolm Fraser", not
    # "MALCOLM Fraser" or "MALCOLM FRASER" of a byline or an opening in capitals).
    if len({s.casefold() for s in candidates}) < len(candidates):
        capitals = {s: sum(ch.isupper() for ch in s) for s in candidates}
        fewest: dict[str, int] = {}
        for s in candidates:
            key = s.casefold()
            fewest[key] = min(fewest.get(key, len(s)), capitals[s])
        candidates = [s for s in candidates if capitals[s] == fewest[s.casefold()]]
    # ... and a name in mixed case before one all in capitals ("Giorgos Katrougalos", not a
    # transcript's label "G. KATROUGALOS" however often it is printed)
    if c.label == "PER" and any(not s.isupper() for s in candidates):
        candidates = [s for s in candidates if not s.isupper()]
    best = max(candidates, key=lambda s: (weight[s], len(s), -c.surfaces.index(s)))
    return _out_of_capitals(best, c.label, lex)


def _out_of_capitals(name: str, label: str, lex: Lexicon) -> str:
    """A name known only in capitals (a dateline's "WASHINGTON", a byline's "MARK SHERMAN") in
    the case a reader expects, when the lexicon knows that form: a person's whose first word is
    a known first name ("Mark Sherman") or a person's surname alone ("Price" of a transcript's
    "MR PRICE:"), a gazetteer's place ("Washington"). Anything else stays
    as printed ("NATO", "DJ IRIE", "WASI SDK")."""
    words = name.split()
    if not name.isupper() or not any(len(w) >= 4 for w in words):
        return name
    titled = " ".join(w.capitalize() for w in words)
    if label == "PER" and len(words) >= 2 and words[0].capitalize() in lex.first_names:
        return titled
    if label == "PER" and len(words) == 1 and name.isalpha():
        return titled  # a transcript's label by the surname alone ("MR PRICE:" -> "Price")
    if label == "LOC" and titled in lex.places:
        return titled
    return name
