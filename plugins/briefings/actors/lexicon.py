"""The actor stage's data files (word lists, gazetteers, variants), loaded once and cached."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..wordlists import first_names

_PACKAGE = "briefings.actors"


def data_text(name: str) -> str:
    return (resources.files(_PACKAGE) / "data" / name).read_text(encoding="utf-8")


def data_path(name: str) -> str:
    return str(resources.files(_PACKAGE) / "data" / name)


def _yaml(name: str) -> Any:
    # Package data written by us; BaseLoader keeps every scalar a string ("No", "y").
    return yaml.load(data_text(name), Loader=yaml.BaseLoader)


def _lines(name: str) -> list[str]:
    return [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    org_words: frozenset[str]
    place_words: frozenset[str]
    title_words: frozenset[str]
    demonyms: frozenset[str]
    not_actors: frozenset[str]
    name_suffixes: frozenset[str]
    name_particles: frozenset[str]
    inner_particles: frozenset[str]
    period_abbreviations: frozenset[str]
    known_orgs: frozenset[str]
    role_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    credit_prefixes: tuple[str, ...]
    credit_words: frozenset[str]
    """Words of a photo credit that name no one ("Handout", "File Photo", "Pool"), lower case."""
    wire_credit: re.Pattern[str]
    """A wire story's credits at a paragraph's end ("(Reporting by X; Editing by Y)")."""
    common_alias_words: frozenset[str]
    function_words: frozenset[str]
    not_acronyms: frozenset[str]
    misc_heads: frozenset[str]
    calendar_words: frozenset[str]
    clause_words: frozenset[str]
    role_modifiers: frozenset[str]
    institute_words: frozenset[str]
    institute_heads: frozenset[str]
    party_members: frozenset[str]
    letter_person_words: frozenset[str]
    reporting_verbs: frozenset[str]
    title_modifiers: frozenset[str]
    title_suffixes: frozenset[str]
    portfolio_titles: frozenset[str]
    role_articles: frozenset[str]
    plural_heads: frozenset[str]
    surname_particles: frozenset[str]
    surname_articles: frozenset[str]
    numbered_heads: frozenset[str]
    name_dividers: frozenset[str]
    endpoint_heads: frozenset[str]
    numbered_names: frozenset[str]
    numbered_places: frozenset[str]
    """Words that name a place with a number after them ("Route 66", "Terminal 2")."""
    road_prefixes: frozenset[str]
    """Abbreviations of highways before their number ("I-95", "US-75"): see
    kinds.numbered_places."""
    road_directions: frozenset[str]
    hyphen_place_particles: frozenset[str]
    """Lower-case joints of hyphenated place names ("Mazar-i-Sharif"): kinds.hyphenated_places."""
    period_prefixes: frozenset[str]
    case_separators: frozenset[str]
    name_titles: frozenset[str]
    hyphen_prefixes: frozenset[str]
    party_letters: frozenset[str]
    possessive_nouns: frozenset[str]
    campus_heads: frozenset[str]
    leader_bodies: frozenset[str]
    misc_openers: frozenset[str]
    city_suffixes: frozenset[str]
    ordinal_words: frozenset[str]
    place_plurals: frozenset[str]
    thing_before: frozenset[str]
    thing_after: frozenset[str]
    org_class_nouns: frozenset[str]
    place_class_nouns: frozenset[str]
    hyphen_suffixes: frozenset[str]
    org_openers: frozenset[str]
    legal_suffixes: frozenset[str]
    honorifics: frozenset[str]
    single_name_titles: frozenset[str]
    prize_hyphen_suffixes: frozenset[str]
    attribution_openers: frozenset[str]
    attribution_closers: frozenset[str]
    match_verbs: frozenset[str]
    match_prepositions: frozenset[str]
    match_auxiliaries: frozenset[str]
    match_win_verbs: frozenset[str]
    """Match verbs (one or two words) that say a team beat another without a score ("Boston
    defeated Miami", "Denver lost to Phoenix"): see kinds._teams_in_match_reports."""
    match_words: frozenset[str]
    """Words of sports: with one, two towns on either side of a verb of winning are teams."""
    opening_modifiers: frozenset[str]
    """Words (lower case) that open a sentence before a name without being part of it ("Rival
    [Sainsbury's]", "Carmaker [Stellantis]"): see boundaries._clean."""
    past_verbs: frozenset[str]
    """Irregular past tenses ("lost", "kept"): see detect._names_a_body."""
    body_roles: frozenset[str]
    """Roles (lower case, one to four words) only a body gives a person ("[Dell] CEO Michael
    Dell"): see kinds.bodies_named_by_their_roles."""
    team_roles: frozenset[str]
    """Roles (lower case, one or two words) a sports team gives ("[Chelsea] manager Enzo
    Maresca")."""
    share_nouns: frozenset[str]
    """A company's shares ("shares of [Ford]", "[Dell] shares fell")."""
    market_verbs: frozenset[str]
    """What shares do after the company's name ("[Dell] shares fell")."""
    team_words: frozenset[str]
    prize_heads: frozenset[str]
    thing_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    alias_phrases: frozenset[str]
    stage_titles: frozenset[str]
    phrase_end_participles: frozenset[str]
    shared_role_nouns: frozenset[str]
    employer_roles: frozenset[str]
    """Job nouns whose "of"/"at" names the employer ("CEO of Vidyard"), lower case."""
    family_first_names: frozenset[str]
    """Family names that Chinese and Korean names (and Japanese ones in their own order) write
    first ("Xi Jinping", "Moon Jae-in", "Abe Shinzo"): the word that stands for the person
    alone ("Xi said")."""
    org_tails: frozenset[str]
    """Abbreviated head words of bodies ("Phoenix TV") that the tagger's features leave out."""
    answer_labels: frozenset[str]
    """Labels of a transcript's answers ("A: ..."), the headline's one person's words."""
    question_labels: frozenset[str]
    """Labels of a transcript's questions ("Q: ..."), which end the answer before them."""
    address_words: frozenset[str]
    """Words of a form of address ("Your Excellency"): a name of them alone is no actor."""
    topic_prepositions: frozenset[str]
    """Words after which a title names its topic ("Interview with X on Y")."""
    answering_events: frozenset[str]
    """Words of a headline naming an event of answering questions ("Press Conference"), lower
    case."""
    person_reflexives: frozenset[str]
    """Reflexive pronouns of persons: a name right before one is a person's ("Smith himself")."""
    age_openers: frozenset[str]
    """Words between a name's comma and its age ("Jutting, now 31,"): see kinds._age_after."""
    day_heads: frozenset[str]
    """Head words of holidays named by a possessive ("Mother's Day"): see kinds._names_a_day."""
    place_openers: frozenset[str]
    """Words that open places' names ("Lake Taupo", "Mount Kenya")."""
    org_prefixes: frozenset[str]
    """Words that make the name right after them an organization's, and part of it ("Team
    Estonia", "Air Chathams")."""
    agency_prefixes: frozenset[str]
    """Words that make the place right after them a government agency's name, and part of it
    ("Statistics Canada", "Health Canada")."""
    org_cue_verbs: dict[str, frozenset[str]]
    """Verbs whose object is an organization, with the prepositions that may follow them (""
    for none): "joined [the Sea Org]", "signed with [Decca]", "traded to [the Athletics]"."""
    example_openers: frozenset[str]
    """Words between a plural class noun and the list of its examples ("bands like X and Y",
    "companies including X", "charities such as X"; "such" is matched with its "as")."""
    shop_possessive_followers: frozenset[str]
    """What follows a possessive that owns nothing ("Macy's said"): see
    kinds.shops_named_in_the_possessive."""
    list_joiners: frozenset[str]
    """What joins the members of a list of names: English's, and the conjunctions of the
    article's language (see languages.lexicon_for)."""
    place_list_joiners: frozenset[str]
    """What stands between a place and another name for it or the next place of a list."""
    and_words: frozenset[str]
    """ "and" in the languages of place names in news."""
    possessive_marks: frozenset[str]
    """The tokens of a possessive ("'s", "'", and "'S" in capitals)."""
    name_connectors: frozenset[str]
    """Words that join the parts of a name and never open one ("[of] Civic Party")."""
    places: dict[str, str]
    """Place name -> class (country, region, subdivision, city, sea, river)."""
    first_names: frozenset[str]
    last_names: frozenset[str]
    dict_lower: frozenset[str]
    """Common lower-case English words (SCOWL)."""
    dict_proper: frozenset[str]
    """Proper nouns of the SCOWL word list ("Kremlin", "Putin")."""
    max_place_words: int
    place_firsts: dict[str, int]
    """First token of a place name -> an upper bound of its length in tokens."""
    place_groups: tuple[tuple[str, ...], ...]
    org_groups: tuple[tuple[str, ...], ...]
    person_groups: tuple[tuple[str, ...], ...]
    transliterations: tuple[tuple[str, str], ...]
    abbreviations: dict[str, tuple[str, ...]]
    nicknames: dict[str, frozenset[str]]
    """First name -> every name of its variant groups (itself included)."""
    major_cities: frozenset[str]
    """Capitals and cities of a million people or more."""
    org_pattern: re.Pattern[str]
    """One-word names that are organizations by their shape ("Rosselkhoznadzor")."""
    body_openers: frozenset[str] = frozenset()
    """Words of another language than English after which an acronym named once is a body's
    (its articles and prepositions: "der", "a", "de"; see languages.lexicon_for): English's
    are detect._BEFORE_A_BODY."""


def _wire_credit(openers: list[str]) -> re.Pattern[str]:
    """The credits a wire story ends with, after its last sentence, in brackets or not, each
    opener then names up to the next ";" ("(Reporting by Padraic Halpin; Writing by Conor
    Humphries; Editing by Peter Cooney)")."""
    opener = "|".join(r"\s+".join(map(re.escape, o.split())) for o in openers)
    # (names, maybe with where each reported from: "Mark Trevelyan in London and Jane Doe")
    names = r"(?-i:[A-Z][\w'’.-]*(?:,?\s+(?:(?:and|in|at|from|&)\s+)?[A-Z][\w'’.-]*)*)"
    # (the first part with an opener of the list; the next ones with any "<word(s)> by", a
    # typo included: "Wriging by Conor Humphries")
    more = rf";\s*(?:[\w-]+\s+){{1,2}}by\s+{names}"
    return re.compile(
        rf"(?:^|(?<=[.!?”\"’)]))\s*\(?(?:{opener})\s+{names}(?:{more})*\)?\.?\s*$", re.IGNORECASE
    )


#: Lexicon fields loaded as sets from the list of the same name in data/words.yml.
_WORD_SETS = (
    "org_words",
    "reporting_verbs",
    "place_words",
    "title_words",
    "demonyms",
    "not_actors",
    "name_suffixes",
    "name_particles",
    "inner_particles",
    "role_nouns",
    "speech_verbs",
    "common_alias_words",
    "function_words",
    "not_acronyms",
    "misc_heads",
    "calendar_words",
    "clause_words",
    "role_modifiers",
    "institute_words",
    "institute_heads",
    "party_members",
    "letter_person_words",
    "title_modifiers",
    "title_suffixes",
    "portfolio_titles",
    "role_articles",
    "plural_heads",
    "surname_particles",
    "surname_articles",
    "numbered_heads",
    "name_dividers",
    "endpoint_heads",
    "numbered_names",
    "numbered_places",
    "hyphen_place_particles",
    "road_prefixes",
    "road_directions",
    "period_prefixes",
    "case_separators",
    "name_titles",
    "hyphen_prefixes",
    "party_letters",
    "possessive_nouns",
    "campus_heads",
    "leader_bodies",
    "misc_openers",
    "city_suffixes",
    "ordinal_words",
    "place_plurals",
    "thing_before",
    "thing_after",
    "org_class_nouns",
    "place_class_nouns",
    "hyphen_suffixes",
    "org_openers",
    "legal_suffixes",
    "honorifics",
    "single_name_titles",
    "prize_hyphen_suffixes",
    "attribution_openers",
    "attribution_closers",
    "match_verbs",
    "match_prepositions",
    "match_auxiliaries",
    "match_win_verbs",
    "match_words",
    "opening_modifiers",
    "past_verbs",
    "body_roles",
    "team_roles",
    "share_nouns",
    "market_verbs",
    "team_words",
    "prize_heads",
    "thing_nouns",
    "naming_verbs",
    "alias_phrases",
    "stage_titles",
    "phrase_end_participles",
    "shared_role_nouns",
    "employer_roles",
    "place_openers",
    "family_first_names",
    "org_tails",
    "answer_labels",
    "question_labels",
    "answering_events",
    "topic_prepositions",
    "address_words",
    "person_reflexives",
    "age_openers",
    "day_heads",
    "example_openers",
    "org_prefixes",
    "agency_prefixes",
    "list_joiners",
    "shop_possessive_followers",
    "place_list_joiners",
    "and_words",
    "name_connectors",
    "possessive_marks",
)
_TOKEN_BREAKS = re.compile(r"[\s\-‐'’]")


def _firsts(names: dict[str, str]) -> dict[str, int]:
    """First token -> longest length in tokens (an upper bound; lookups stay exact)."""
    out: dict[str, int] = {}
    for name in names:
        first = name.split(" ")[0].split("-")[0]
        for suffix in ("'s", "’s"):
            first = first.removesuffix(suffix)
        length = len(_TOKEN_BREAKS.findall(name)) * 2 + 1
        if length > out.get(first, 0):
            out[first] = length
    return out


def _with_curly_apostrophes(names: frozenset[str]) -> frozenset[str]:
    """``names`` and their forms with a typeset (curly) apostrophe."""
    return names | frozenset(n.replace("'", "’") for n in names if "'" in n)


def _with_variants(names: frozenset[str], variants: Any) -> frozenset[str]:
    """Names and every spelling variant of them ("Kyiv" -> "Kiev")."""
    out = set(names)
    for group in variants.get("places", []):
        if any(g in names for g in group):
            out.update(group)
    return frozenset(out)


def _without_marks(name: str) -> str:
    """``name`` without its combining marks ("Chhattīsgarh" -> "Chhattisgarh")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


@cache
def lexicon() -> Lexicon:
    words = _yaml("words.yml")
    places: dict[str, str] = {}
    for line in _lines("places.tsv"):
        name, cls = line.split("\t")
        places[name] = cls
    # A region's name is written without its diacritics in English news ("Chhattisgarh" for
    # pycountry's "Chhattīsgarh", "Maharashtra"): the plain form is that region too, unless a
    # common word ("Store" of "Støre").
    dict_lower = frozenset(_lines("dict_lower.txt"))
    for name, cls in list(places.items()):
        if cls == "subdivision" and not name.isascii():
            plain = _without_marks(name)
            if plain.isascii() and plain not in places and plain.lower() not in dict_lower:
                places[plain] = cls
    variants = _yaml("variants.yml")
    nick: dict[str, set[str]] = {}
    for group in _yaml("nicknames.yml"):
        for name in group:
            nick.setdefault(name, set()).update(group)
    abbreviations = {
        str(k): tuple(str(v) for v in (vals or []))
        for k, vals in _yaml("abbreviations.yml").items()
    }
    # Every variant form of a place is a place, too.
    for group in variants.get("places", []):
        cls = next((places[g] for g in group if g in places), "region")
        for g in group:
            places.setdefault(g, cls)
    # Typeset text writes the apostrophe curly: "People’s Republic of China", "Côte d’Ivoire".
    for name, cls in list(places.items()):
        if "'" in name:
            places.setdefault(name.replace("'", "’"), cls)
    trans = tuple((str(a), str(b)) for a, b in variants.get("transliterations", []))
    return Lexicon(
        known_orgs=_with_curly_apostrophes(
            frozenset(words["known_orgs"])
            | frozenset(full for fulls in abbreviations.values() for full in fulls if " " in full)
            # "U.N.", "F.B.I.": the acronyms written with periods
            | frozenset(
                ".".join(w) + "."
                for w in words["known_orgs"]
                if 2 <= len(w) <= 4 and w.isalpha() and w.isupper()
            )
        ),
        period_abbreviations=frozenset(words["abbreviations_with_period"]),
        credit_prefixes=tuple(words["credit_prefixes"]),
        credit_words=frozenset(w.lower() for w in words["credit_words"]),
        wire_credit=_wire_credit(words["wire_credits"]),
        **{name: frozenset(words[name]) for name in _WORD_SETS},
        places=places,
        first_names=first_names(),
        last_names=frozenset(_lines("last_names.txt")),
        dict_lower=dict_lower,
        dict_proper=frozenset(_lines("dict_proper.txt")),
        max_place_words=max(len(p.split()) for p in places),
        place_firsts=_firsts(places),
        place_groups=tuple(tuple(g) for g in variants.get("places", [])),
        org_groups=tuple(tuple(g) for g in variants.get("organizations", [])),
        person_groups=tuple(tuple(g) for g in variants.get("persons", [])),
        transliterations=trans,
        abbreviations=abbreviations,
        nicknames={k: frozenset(v) for k, v in nick.items()},
        major_cities=_with_variants(frozenset(_lines("major_cities.txt")), variants),
        org_cue_verbs={
            verb: frozenset(str(p) for p in preps) for verb, preps in words["org_cue_verbs"].items()
        },
        org_pattern=re.compile("|".join(f"(?:{p})" for p in words["org_patterns"])),
    )
