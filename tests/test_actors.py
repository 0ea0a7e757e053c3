"""The actor stage: detection, merging, roles and quotes (briefings.actors.find_actors)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.actors import BriefingActors, find_actors
from briefings.actors.boundaries import _extend_org, _glue_hyphens, _name_break
from briefings.actors.detect import Found, Unit, detect
from briefings.actors.kinds import _persons_name
from briefings.actors.lexicon import lexicon
from briefings.actors.merge import _a_persons_name, _propagate_persons, merge
from briefings.actors.tokens import tokenize
from briefings.sections import Briefing, Figure, Meta, Paragraph, Section
from briefings.slugs import slugify

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4e26ffc4a7a00ce2.txt"
SHARED_SEED = Path("/work/shared/seeds/000_4e26ffc4a7a00ce2.txt")
GOLD = json.loads((Path(__file__).parent / "golden" / "actors-seed.json").read_text("utf-8"))


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def seed_briefing() -> Briefing:
    """The seed as a Briefing built here (independent of the chrome and sections stages):
    article lines from the first long paragraph to the translator's note; short unpunctuated
    lines are section titles; a Cyrillic line (+ English caption) + 'Photo:' line is a figure."""
    path = SEED if SEED.is_file() else SHARED_SEED
    lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if len(ln.split()) > 40)
    end = next(i for i, ln in enumerate(lines) if ln.startswith("Переведено"))
    body = lines[start:end]
    sections: list[tuple[str | None, list[Paragraph | Figure]]] = [(None, [])]
    i = 0
    while i < len(body):
        line = body[i]
        if _cyrillic(line) and i + 2 < len(body) and body[i + 2].startswith("Photo:"):
            sections[-1][1].append(Figure(caption=body[i + 1], credit=body[i + 2], original=line))
            i += 3
            continue
        if _cyrillic(line) and i + 1 < len(body) and body[i + 1].startswith("Photo:"):
            sections[-1][1].append(Figure(caption=None, credit=body[i + 1], original=line))
            i += 2
            continue
        if len(line.split()) < 12 and not line.endswith("."):
            sections.append((line, []))
        else:
            sections[-1][1].append(Paragraph(line))
        i += 1
    built = [
        Section(title, slugify(title) if title else "lead", tuple(blocks))
        for title, blocks in sections
    ]
    meta = Meta(title="Seed", encoding="utf-8", source_name=path.name, title_from="editor")
    return Briefing("seed", meta, built[0], tuple(built[1:]), ())


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).replace("’", "'").strip().lower()
    s = re.sub(r"'s$", "", s).replace("'", "").replace(".", "")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def score(found: BriefingActors, gold: list[dict[str, object]]) -> tuple[float, list[str]]:
    """Typed F1 on unique actors (one-to-one, name or alias), like the dev-set evaluator."""
    preds = [a for a in found.actors if not a.credit_only]
    used: set[int] = set()
    tp = 0
    missing = []
    for g in gold:
        keys = {_norm(str(s)) for s in g["surface_forms"]}  # type: ignore[attr-defined]
        for n, a in enumerate(preds):
            names = {_norm(a.name), *(_norm(x) for x in a.aliases)}
            if n not in used and a.kind == g["kind"] and names & keys:
                used.add(n)
                tp += 1
                break
        else:
            missing.append(str(g["name"]))
    fp, fn = len(preds) - tp, len(gold) - tp
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, missing + [f"extra: {a.name}" for n, a in enumerate(preds) if n not in used]


@pytest.fixture(scope="module")
def seed_actors() -> BriefingActors:
    return find_actors(seed_briefing())


def _actor(found: BriefingActors, name: str):  # type: ignore[no-untyped-def]
    matches = [a for a in found.actors if a.name == name or name in a.aliases]
    assert len(matches) == 1, f"{name}: {[a.name for a in matches]}"
    return matches[0]


# --- the seed, against a careful reading (tests/golden/actors-seed.json) ---


def test_seed_typed_f1(seed_actors: BriefingActors) -> None:
    f1, errors = score(seed_actors, GOLD["entities"])
    assert f1 >= 0.90, errors


def test_seed_counts_by_kind(seed_actors: BriefingActors) -> None:
    gold_kinds = [e["kind"] for e in GOLD["entities"]]
    assert (gold_kinds.count("person"), gold_kinds.count("organization")) == (13, 16)
    assert gold_kinds.count("place") == 24
    persons = [a for a in seed_actors.actors if a.kind == "person" and not a.credit_only]
    assert len(persons) == 13, [a.name for a in persons]


def test_seed_one_witkoff_with_all_forms(seed_actors: BriefingActors) -> None:
    witkoff = [a for a in seed_actors.actors if "Witkoff" in a.name]
    assert len(witkoff) == 1
    forms = {witkoff[0].name, *witkoff[0].aliases}
    assert {"Steve Witkoff", "Stephen Witkoff", "Witkoff"} <= forms
    assert witkoff[0].id == "steve-witkoff"
    assert any(m.surface == "Witkoff's" for m in witkoff[0].mentions)
    assert any(m.in_figure for m in witkoff[0].mentions)


def test_seed_kiev_is_a_place(seed_actors: BriefingActors) -> None:
    assert _actor(seed_actors, "Kiev").kind == "place"


def test_seed_no_demonyms_or_holidays(seed_actors: BriefingActors) -> None:
    names = {n for a in seed_actors.actors for n in (a.name, *a.aliases)}
    assert not names & set(GOLD["not_actors"])


def test_seed_roles(seed_actors: BriefingActors) -> None:
    right = []
    for g in GOLD["entities"]:
        if "role_accept" in g:
            actor = _actor(seed_actors, g["name"])
            role = (actor.role or "").lower()
            if any(p.lower() in role for p in g["role_accept"]):
                right.append(g["name"])
    assert len([g for g in GOLD["entities"] if "role_accept" in g]) == 12
    assert len(right) >= 10, right


def test_seed_photo_credits_are_credit_only(seed_actors: BriefingActors) -> None:
    for name in GOLD["credit_only"]:
        assert _actor(seed_actors, name).credit_only, name
    # REUTERS in a credit is the body's Reuters: a briefing actor, not credit-only.
    assert not _actor(seed_actors, "Reuters").credit_only


def test_seed_quotes_attributed(seed_actors: BriefingActors) -> None:
    ids = {a.id: a.name for a in seed_actors.actors}
    got = {q.text[:30]: ids.get(q.speaker or "") for q in seed_actors.quotes}
    for q in GOLD["quotes"]:
        key = next((k for k in got if k[:20] == q["starts"][:20]), None)
        assert key is not None, q["starts"]
        assert got[key] == q["speaker"], (q["starts"], got[key])
    assert all(len(q.text.split()) >= 3 for q in seed_actors.quotes)


def test_seed_mentions_carry_section_and_sentence(seed_actors: BriefingActors) -> None:
    anchors = {s.anchor for s in seed_briefing().all_sections}
    for actor in seed_actors.actors:
        for m in actor.mentions:
            assert m.section in anchors
            assert m.surface.rstrip("'s’") in m.sentence or m.surface in m.sentence
    peskov = _actor(seed_actors, "Dmitry Peskov")
    assert peskov.mentions[0].sentence.startswith("Kremlin spokesman Dmitry Peskov called")


# --- small briefings, table-driven ---


def briefing(*paragraphs: str, caption: str | None = None, credit: str | None = None) -> Briefing:
    blocks: list[Paragraph | Figure] = [Paragraph(p) for p in paragraphs]
    if caption or credit:
        blocks.append(Figure(caption=caption, credit=credit, original=None))
    meta = Meta(title="t", encoding="utf-8", source_name="t.txt", title_from="editor")
    return Briefing("t", meta, Section(None, "lead", tuple(blocks)), (), ())


def kinds(*paragraphs: str) -> dict[str, str]:
    found = find_actors(briefing(*paragraphs))
    return {a.name: a.kind for a in found.actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Kremlin spokesman Dmitry Peskov spoke on Monday.", "Kremlin", "organization"),
        ("Kremlin spokesman Dmitry Peskov spoke on Monday.", "Dmitry Peskov", "person"),
        ("The talks were held in Riyadh, the capital.", "Riyadh", "place"),
        ("Ships crossed the Black Sea near Odesa last week.", "Black Sea", "place"),
        ("He spoke to the Valdai Club in Sochi.", "Valdai Club", "organization"),
        ("The delegation met officials of the European Union in Brussels.", "Brussels", "place"),
        ("Officials in Germany and France welcomed the plan.", "France", "place"),
        ("The contest was founded by Dean Kamen in 1989.", "Dean Kamen", "person"),
        # Organization by word shape (data/words.yml org_patterns), whatever the tagger says.
        ("Moscow wants sanctions on Roskomnadzor lifted soon.", "Roskomnadzor", "organization"),
        # ... a federal agency's name with nothing between "Ros" and its field.
        ("New Roscosmos head Dmitry Rogozin will attend.", "Roscosmos", "organization"),
        ("Rosatom said on Monday the reactor was safe.", "Rosatom", "organization"),
        ("Gazprom Neft reported a profit.", "Gazprom Neft", "organization"),
        # A well-known body's acronym written with periods.
        ("The U.N. said the talks would resume.", "U.N.", "organization"),
        # A state body's name goes on with its country ("Investigative Committee of Russia").
        (
            "The Investigative Committee of Russia opened a case.",
            "Investigative Committee of Russia",
            "organization",
        ),
        # Newspapers' head words of other languages; a cosmodrome is a place.
        ("He told Rossiyskaya Gazeta on Monday.", "Rossiyskaya Gazeta", "organization"),
        ("The rocket left the Vostochny Cosmodrome at dawn.", "Vostochny Cosmodrome", "place"),
        # A place followed by a newspaper or organization head word is one organization.
        ("The report appeared in the Toronto Star on Friday.", "Toronto Star", "organization"),
        # Coordinated names sharing a plural head name two places.
        ("Troops left the Donetsk and Lugansk People's Republics in May.", "Lugansk", "place"),
        ("Troops left the Donetsk and Lugansk People's Republics in May.", "Donetsk", "place"),
        # An initial is no organization glued before a person.
        (
            "The church was founded by science fiction writer L. Ron Hubbard in 1954.",
            "L. Ron Hubbard",
            "person",
        ),
        # A capital named as an agent is still a place (data/major_cities.txt).
        ("Moscow insists on lifting the sanctions, and Moscow said so again.", "Moscow", "place"),
        # A nationality and a title before a name are not part of it.
        ("Russian President Vladimir Putin met the envoy.", "Vladimir Putin", "person"),
        # A surname that is also a law's or an event's head word ("Magnitsky Law").
        ("Demosisto's Nathan Law won a seat in the vote.", "Nathan Law", "person"),
        # A name goes on after "and" ("of Arts and Sciences", "Space and Rocket Center").
        (
            "She studied at the Brooklyn Institute of Arts and Sciences in the city.",
            "Brooklyn Institute of Arts and Sciences",
            "organization",
        ),
        (
            "Officials at the Centers for Disease Control and Prevention warned on Tuesday.",
            "Centers for Disease Control and Prevention",
            "organization",
        ),
        (
            "The engines went to the U.S. Space and Rocket Center in Huntsville.",
            "U.S. Space and Rocket Center",
            "place",
        ),
        # Two names joined by "of": a complete name, then a country.
        (
            "A team from Colorado State University of the US took part.",
            "Colorado State University",
            "organization",
        ),
        # ... but not a common word's name with its country or a university with its city.
        (
            "Officials of the Communist Party of China met on Monday.",
            "Communist Party of China",
            "organization",
        ),
        (
            "She works at the Hebrew University of Jerusalem now.",
            "Hebrew University of Jerusalem",
            "organization",
        ),
        (
            "He taught at the Kennedy School of Government.",
            "Kennedy School of Government",
            "organization",
        ),
        # An organization's head word before "of" and a place ("Medical Journal of Australia").
        (
            "The study was published in the Medical Journal of Australia this week.",
            "Medical Journal of Australia",
            "organization",
        ),
        # An acronym widened over a head word.
        (
            "The CBC reported it first. She told CBC News the department agreed.",
            "CBC News",
            "organization",
        ),
        # A unit's number is part of its name.
        (
            "Soldiers of the 93rd Mechanized Brigade held the line near Bakhmut.",
            "93rd Mechanized Brigade",
            "organization",
        ),
        (
            "In 1944 the unit joined the Fourth Air Force in California.",
            "Fourth Air Force",
            "organization",
        ),
        # A name right after a title is a person's, however unknown its words.
        (
            "Chancellor Olaf Scholz spoke with Chinese President Xi Jinping about Taiwan.",
            "Xi Jinping",
            "person",
        ),
        # Initials before a surname: a person ("U.S. Army" stays an organization).
        ("The trial of O.J. Simpson was on every channel.", "O.J. Simpson", "person"),
        ("He served in the U.S. Army for ten years.", "U.S. Army", "organization"),
        # A one-word name owning a person's full name is a party or company.
        (
            "Demosisto's Nathan Law won a seat. Nathan Law thanked voters.",
            "Demosisto",
            "organization",
        ),
        ("Smith's John Brown said no.", "Smith", "person"),
        # A city's name that goes on after a comma.
        ("The regiment marched to Washington, D.C., in May.", "Washington, D.C.", "place"),
        # Continents and world regions are places.
        ("Migrants from Asia arrived in Western Europe.", "Western Europe", "place"),
        # A place and a plural nickname: a sports team, not the place (place_plurals say when
        # the plural ends a place's name).
        ("The Boston Bruins beat Ottawa on Saturday.", "Boston Bruins", "organization"),
        (
            "He played for the Sacramento River Cats in 2006.",
            "Sacramento River Cats",
            "organization",
        ),
        ("They hiked near Niagara Falls in June.", "Niagara Falls", "place"),
        ("Tourists flew to the Cayman Islands in May.", "Cayman Islands", "place"),
        # Organizations' names in other languages open with their head word
        # (data/words.yml org_openers).
        ("She studied at the Instituto Gonzaga in Palermo.", "Instituto Gonzaga", "organization"),
        ("The Partido Popular won in Madrid.", "Partido Popular", "organization"),
        ("Banco Santander bought the bank.", "Banco Santander", "organization"),
        (
            "Members of the Partido Republicano met. Partido Republicano leaders spoke.",
            "Partido Republicano",
            "organization",
        ),
        # The words after "Secretary of", "Minister of" end the title, not a name.
        (
            "U.S. Secretary of State Antony Blinken is expected to visit Kyiv next week, "
            "according to the State Department.",
            "Antony Blinken",
            "person",
        ),
        # An organization's head word before "for" ("Institute for Fiscal Studies").
        (
            "Liz Kendall defended the plans on BBC Radio 4's Today programme, saying the system"
            " was unsustainable. The Institute for Fiscal Studies (IFS) estimated the cuts.",
            "Institute for Fiscal Studies",
            "organization",
        ),
        ("More than 120 Labour MPs signed the amendment.", "Labour", "organization"),
        (
            "The Houthis in Yemen claimed another attack on a ship in the Red Sea.",
            "Houthis",
            "organization",
        ),
        # A place head word (Shoal, Reef, Boulevard, ...) ends a place's name, and a name
        # ending in a head word needs less of the tagger's confidence.
        (
            "China's coast guard said a Philippine supply ship approached a Chinese vessel near"
            " Second Thomas Shoal on Monday.",
            "Second Thomas Shoal",
            "place",
        ),
        # A place before a comma and a state or country is a place ("Austin, Texas").
        ("The Austin, Texas-based company said revenue rose.", "Austin", "place"),
        # In a sentence with a score, places next to a match verb are teams (data/words.yml
        # match_verbs), in every mention; players stay persons, and no score, no team.
        (
            "Liverpool beat Manchester City 2-0 at Anfield on Sunday.",
            "Manchester City",
            "organization",
        ),
        ("Liverpool beat Manchester City 2-0 at Anfield on Sunday.", "Anfield", "place"),
        (
            "Sweden defeated South Korea 1 – 0 in Nizhny Novgorod. Sweden had more of the ball.",
            "Sweden",
            "organization",
        ),
        ("Novak Djokovic beat Carlos Alcaraz 6-3 in Paris.", "Carlos Alcaraz", "person"),
        ("Ukraine beat back an attack near Bakhmut on Monday.", "Ukraine", "place"),
        # Sports clubs' and leagues' head words (org_words, org_openers, org_patterns).
        ("Harry Kane scored a hat-trick in the Bundesliga.", "Bundesliga", "organization"),
        (
            "Real Madrid signed him from Queens Park Rangers last year.",
            "Queens Park Rangers",
            "organization",
        ),
        # The city of a news dateline, in capitals, is a place (named as the gazetteer writes it).
        (
            "LONDON, March 3 (Reuters) - British Prime Minister Rishi Sunak met King Charles.",
            "London",
            "place",
        ),
        ("BEIRUT — Hezbollah fired rockets into Israel on Tuesday.", "Beirut", "place"),
        ("BEIJING/MANILA, June 18 (Reuters) - Talks failed.", "Manila", "place"),
        # ... and the city before a source's letters and a dash (CNN's dateline)
        (
            "Washington CNN — President Joe Biden on Monday authorized Ukraine to use US-provided"
            " long-range missiles to strike deeper inside Russia, two US officials told CNN.",
            "Washington",
            "place",
        ),
        # Well-known companies with no head word (data/words.yml known_orgs).
        ("Yahoo agreed to sell its core business to Verizon on Monday.", "Yahoo", "organization"),
        ("Shares of Sony rose while Ikea cut prices.", "Ikea", "organization"),
        # A state's name glued before a person's name is a place of its own.
        (
            "In a statement, Governor of Washington Chris Gregoire said it was good.",
            "Chris Gregoire",
            "person",
        ),
        # A lower-case class noun before a name gives its kind, in every mention
        # (data/words.yml org_class_nouns, place_class_nouns).
        ("He joined the band Korn in 1995. Korn toured Europe.", "Korn", "organization"),
        ("The flaw was found by the firm Secunia last week.", "Secunia", "organization"),
        ("They moved to the town of Hiram in Maine. Hiram is small.", "Hiram", "place"),
        ("She was born in the village of Vanxim near Panaji.", "Vanxim", "place"),
        # (a name the tagger ran over two of the list's names and their "and" is both; a
        # number may end a listed name)
        (
            "He would continue talks with opposition parties Democrats 66, GreenLeft and"
            " Christian Union, and the Liberals.",
            "Christian Union",
            "organization",
        ),
        (
            "He would continue talks with opposition parties Democrats 66, GreenLeft and"
            " Christian Union, and the Liberals.",
            "Democrats 66",
            "organization",
        ),
        # a hyphenated name with a place's particle inside is one place (data/words.yml
        # hyphen_place_particles); a person's hyphenated names stay a person's
        ("Fighting broke out near Mazar-i-Sharif on Monday.", "Mazar-i-Sharif", "place"),
        ("He then flew to Saint-Jean-de-Luz with his family.", "Saint-Jean-de-Luz", "place"),
        ("Jean-Claude Juncker met them in Aix-en-Provence.", "Jean-Claude Juncker", "person"),
        # an appositive running into a verb of reporting is the sentence's subject, no person
        # named before it (data/words.yml reporting_verbs)
        (
            "According to The Guardian, a spokesperson for the company confirmed Getty had not"
            " reached out to the women photographed.",
            "The Guardian",
            "organization",
        ),
        # (a plural one: every name of its list, "political parties Fianna Fail, Fine Gael")
        (
            "Talks among Irish political parties Fianna Fail, Fine Gael and the Green Party"
            " will conclude on Monday.",
            "Fine Gael",
            "organization",
        ),
        # A first name opening an organization's name does not make "X of Y" a person.
        (
            "He called the Florida Department of Law Enforcement on Monday.",
            "Florida Department of Law Enforcement",
            "organization",
        ),
    ],
)
def test_detects_and_types(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Ukrainian officials met before Easter, a European diplomat said.",
        "Western governments in March and April were cautious.",
        "However, the plan failed. Moreover, nobody came on Monday.",
        # Events and operations.
        "The unit fought in Operation Market Garden and then in the Battle of the Bulge.",
        "Veterans of the War of Independence marched.",
        # A title before a role, not a name.
        "She met the Director Events Coordinator on Monday.",
        # Small towns named like common words, where the text means the word.
        "The band released its album on the Enterprise label with a Mustang on the cover.",
        "He drove a Mustang to the Summit meeting.",
        # Storms, vessels, works and languages, named after a class noun or before one, are
        # no actors anywhere in the document (data/words.yml thing_before, thing_after).
        "Cyclone Phailin hit the coast. Phailin weakened later.",
        "The crew boarded Space Shuttle Atlantis. Atlantis flew on Friday.",
        "Most people speak the Konkani language. Konkani is old.",
        "Hurricane Katrina struck hard in 2005.",
        "The ship USS Potomac sailed. USS Potomac was old.",
        # A lone surname after a class noun and before a verb is no company's name.
        "It was the company Smith founded in 1990.",
        # Letters and a digit are a product or a format, not an organization.
        "The PS4 sold well. Later the PS4 got cheaper and MP3 files spread.",
        # A title and its field are a role, not an organization.
        "She is the Director of Media and Communications at the college.",
        # People of a place, in the plural.
        "New Yorkers and Londoners voted on Tuesday.",
        "Greeks, Czechs and Anglo-Americans voted on Tuesday.",
        # ... also after a title word ("First" opens titled names: "First Lady Jill Biden").
        "The book tells of the First New Zealanders.",
        # The letters of a model's designation before a hyphen and its number.
        "The attack destroyed four Su-24 bombers on the ground.",
    ],
)
def test_not_actors(text: str) -> None:
    assert kinds(text) == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "First of all, let me extend a warm welcome to Your Excellency. What is Your"
            " Excellency’s assessment regarding the talks in Iran?",
            {"Iran": "place"},
        ),
        ("Her Royal Highness Princess Anne visited Leeds.", {"Anne": "person", "Leeds": "place"}),
    ],
)
def test_a_form_of_address_names_no_one(text: str, found: dict[str, str]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Event heads (data/words.yml misc_heads) end names of events, not of actors (each of
        # these was listed as an organization or a place before the head words were added).
        (
            "The Cold Spring Harbor Laboratory Symposium opened in June with talks.",
            "Cold Spring Harbor Laboratory Symposium",
        ),
        (
            "Results of the Australian Census were published by the bureau.",
            "Australian Census",
        ),
        ("Fans went to the Epsom Derby on Saturday.", "Epsom Derby"),
    ],
)
def test_events_are_not_actors(text: str, name: str) -> None:
    assert name not in kinds(text)


@pytest.mark.parametrize(
    ("text", "span", "glued"),
    [
        # A hyphenated given name is part of a person's name ...
        ("Leung Kwok-hung spoke", (0, 2), "Leung Kwok-hung"),
        ("Kim Jong-un spoke", (0, 2), "Kim Jong-un"),
        # ... an adjective made of a name is not (data/words.yml hyphen_suffixes).
        ("Warhol-like images", (0, 1), "Warhol"),
        ("Trump-backed candidates", (0, 1), "Trump"),
        ("Obama-era rules", (0, 1), "Obama"),
    ],
)
def test_hyphenated_parts_of_a_persons_name(text: str, span: tuple[int, int], glued: str) -> None:
    tokens = tokenize(text)
    s, e = _glue_hyphens(tokens, *span, "PER", lexicon())
    assert text[tokens[s].start : tokens[e - 1].end] == glued


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # A lower-case English word that is no particle or head word ends a name ...
        ("USI includes Polaroids", 1),
        ("AHAC rules", 1),
        ("Orlando before Devil Rays", 1),
        # ... particles, head words in lower case, words of other languages and words before a
        # later head word do not.
        ("Frankfurt am Main", 3),
        ("Bohai sea", 2),
        ("Time magazine", 2),
        ("Centro de investigación CITIC", 4),
        ("Cosham railway station", 3),
        ("Bosnia and Herzegovina", 3),
    ],
)
def test_lower_case_words_that_end_a_name(text: str, end: int) -> None:
    words = text.split()
    cut = _name_break(words, 0, len(words), lexicon())
    if cut is None:
        cut = len(words)
    assert cut == end


@pytest.mark.parametrize(
    ("text", "end", "widened"),
    [
        ("Massachusetts Institute of Technology said", 2, "Massachusetts Institute of Technology"),
        (
            "Joint Council for the Welfare of Immigrants said",
            2,
            "Joint Council for the Welfare of Immigrants",
        ),
        (
            "National Institute of Standards and Technology said",
            2,
            "National Institute of Standards and Technology",
        ),
        # "and" before a name of its own (a head word, a place) is a boundary
        ("Institute of Technology and Harvard University met", 1, "Institute of Technology"),
        ("Institute of Technology and Paris officials", 1, "Institute of Technology"),
        # no head word, or no "of"/"for" after it: nothing to widen over
        ("Massachusetts of Technology", 1, "Massachusetts"),
        ("Council said", 1, "Council"),
        # "on" and a subject of two capitalised words or more, no date, no place
        ("Council on Foreign Relations said", 1, "Council on Foreign Relations"),
        ("UN Commission on Human Rights met", 2, "UN Commission on Human Rights"),
        ("Security Council on North Korea met", 2, "Security Council"),
        ("Committee on Monday Morning voted", 1, "Committee"),
        ("Council on Tuesday", 1, "Council"),
        ("Council on Energy voted", 1, "Council"),
    ],
)
def test_an_organization_widens_over_of_and_for(text: str, end: int, widened: str) -> None:
    words = text.split()
    assert " ".join(words[: _extend_org(words, end, lexicon())]) == widened


@pytest.mark.parametrize(
    ("text", "end", "label", "widened"),
    [
        # an institute's head word of places, in a name tagged an organization
        (
            "Center for Strategic and International Studies said",
            1,
            "ORG",
            "Center for Strategic and International Studies",
        ),
        ("Center on Poverty and Inequality said", 1, "ORG", "Center on Poverty and Inequality"),
        ("Center for Strategic Studies said", 1, "LOC", "Center"),  # tagged a place: stays
        # other head words of places never widen
        ("Cleveland Browns Stadium for the NFL Browns", 3, "ORG", "Cleveland Browns Stadium"),
        # a subject of more than four capitalised words holds the next name too
        (
            "Office on Drugs and Crime World Drug Report said",
            1,
            "ORG",
            "Office",
        ),
    ],
)
def test_an_institute_widens_when_tagged_an_organization(
    text: str, end: int, label: str, widened: str
) -> None:
    words = text.split()
    assert " ".join(words[: _extend_org(words, end, lexicon(), label)]) == widened


def test_and_between_two_names_stays_a_boundary() -> None:
    found = kinds(
        "A team from the Massachusetts Institute of Technology and Colorado State University"
        " met officials of the Bank of England and Germany on Monday."
    )
    assert "Massachusetts Institute of Technology" in found
    assert "Colorado State University" in found
    assert found.get("Germany") == "place"


@pytest.mark.parametrize(
    ("paragraphs", "groups"),
    [
        (("Kiev rejected it. Later Kyiv said so again.",), [{"Kiev", "Kyiv"}]),
        (("Shelling hit Lugansk. Luhansk was quiet later.",), [{"Lugansk", "Luhansk"}]),
        (
            ("The United Nations met. The UN said the meeting went well.",),
            [{"United Nations", "UN"}],
        ),
        (
            ("NATO members met. Kyiv wants to join the North Atlantic Alliance.",),
            [{"NATO", "North Atlantic Alliance"}],
        ),
        (
            ("Steve Witkoff flew in.", "Stephen Witkoff met Putin. Witkoff's visit was long."),
            [{"Steve Witkoff", "Stephen Witkoff", "Witkoff"}],
        ),
        (
            ("Sergey Lavrov spoke. Sergei Lavrov spoke again.",),
            [{"Sergey Lavrov", "Sergei Lavrov"}],
        ),
        # A dateline's city in capitals is the same place as the city written normally.
        (
            ("WASHINGTON (AP) — President Joe Biden said that Washington would help.",),
            [{"WASHINGTON", "Washington"}],
        ),
        # A company's name with and without its legal form (data/words.yml legal_suffixes).
        (
            ("Tesla Inc shares fell 8% on Thursday. Tesla said revenue rose.",),
            [{"Tesla Inc", "Tesla"}],
        ),
        # ... and with and without its final period.
        (
            (
                "The shares stay behind in Remain Co. after the sale.",
                "Remain Co will probably just sit there, analysts said.",
            ),
            [{"Remain Co", "Remain Co."}],
        ),
        # An acronym in brackets after a name is its abbreviation when the letters fit.
        (
            ("The International Brotherhood of Magicians (IBM) met in May.",),
            [{"International Brotherhood of Magicians", "IBM"}],
        ),
        # A surname with its particle, capitalised at a sentence's start or not.
        (
            (
                "Osama bin Laden lived in Khartoum in the 1990s.",
                "Bin Laden left in 1996. Officials said bin Laden had been a guest.",
            ),
            [{"Osama bin Laden", "Bin Laden", "Laden"}],
        ),
        # A surname's attached article may be left out ("al-Bashir" / "Mr. Bashir").
        (
            (
                "Charges were brought against Sudan's president, Omar Hassan al-Bashir.",
                "Officials said Mr. Bashir must be held accountable.",
            ),
            [{"Omar Hassan al-Bashir", "Bashir"}],
        ),
        # A middle name of exactly one person's name, when neither a surname nor a given name
        # names anyone ("Lula", "Adil").
        (
            (
                "Brazil's president, Luiz Inácio Lula da Silva, flew to Rome on Monday.",
                "Lula met the Pope there.",
            ),
            [{"Luiz Inácio Lula da Silva", "Lula"}],
        ),
        (
            (
                "Governor Emmanuel Adil Anthony ordered an inquiry into the theft.",
                "\u201cIt is a criminal act,\u201d Adil explained.",
            ),
            [{"Emmanuel Adil Anthony", "Adil"}],
        ),
        # A family name written first stands for its person alone (data/words.yml
        # family_first_names): "Xi said", "Moon welcomed it".
        (
            (
                "Chinese President Xi Jinping held talks in Beijing.",
                "Xi said the talks were useful.",
            ),
            [{"Xi Jinping", "Xi"}],
        ),
        (
            ("South Korean President Moon Jae-in met the envoy.", "Moon welcomed the plan."),
            [{"Moon Jae-in", "Moon"}],
        ),
        # An acronym in brackets that leaves out the country's adjective.
        (
            ("The Russian Ministry of Foreign Affairs (MFA) summoned the ambassador.",),
            [{"Russian Ministry of Foreign Affairs", "MFA"}],
        ),
    ],
)
def test_merges_aliases(paragraphs: tuple[str, ...], groups: list[set[str]]) -> None:
    found = find_actors(briefing(*paragraphs))
    for group in groups:
        holders = [a for a in found.actors if group & {a.name, *a.aliases}]
        assert len(holders) == 1, [(a.name, a.aliases) for a in holders]
        assert group <= {holders[0].name, *holders[0].aliases}


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — President Joe Biden said that Washington would help.",
        "MOSCOW (TASS) — The Kremlin said the talks in Moscow went well.",
    ],
)
def test_a_datelines_agency_is_not_the_city(text: str) -> None:
    found = find_actors(briefing(text))
    city = next(a for a in found.actors if a.kind == "place")
    agency = next(a for a in found.actors if a.name in ("AP", "TASS"))
    assert agency.kind == "organization"
    assert agency.id != city.id
    assert agency.name not in city.aliases


def test_a_caption_before_a_credit_is_no_credit_name() -> None:
    found = find_actors(
        briefing(
            "Elon Musk spoke in Paris on Friday.",
            "Photo: Elon Musk at the Viva Technology conference in Paris, France, June 16, 2023."
            " REUTERS/Gonzalo Fuentes",
        )
    )
    names = {a.name for a in found.actors}
    assert "Gonzalo Fuentes" in names  # the credit's photographer
    assert not any(" at " in n or any(ch.isdigit() for ch in n) for n in names), names


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A credit glued to a caption's end (copied page text) names no briefing actor.
        (
            "Water mains broke across the city on Monday.",
            "A main break caused severe flooding in Bushwick, Brooklyn.CreditFred R. Conrad/The New"
            " York Times",
        ),
        # A bare "Credit" line is a credit; the word is no part of the name.
        ("Yahoo agreed to sell its core business on Monday.", "Credit Harry Campbell"),
    ],
)
def test_credits_after_captions(paragraphs: tuple[str, ...]) -> None:
    found = find_actors(briefing(*paragraphs))
    names = {a.name for a in found.actors if not a.credit_only}
    assert not any("Credit" in n or "Conrad" in n or "Campbell" in n for n in names), names
    credited = {a.name for a in found.actors if a.credit_only}
    assert all(not n.startswith("Credit") for n in credited), credited


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a wire story's credits of its reporters and editors, in brackets or not, a typo too
        (
            "Talks will conclude on Monday, Finance Minister Paschal Donohoe said. (Reporting by"
            " Padraic Halpin; Wriging by Conor Humphries; Editing by Peter Cooney)",
            {"Paschal Donohoe"},
        ),
        (
            "China said the flight was an isolated event, spokesperson Mao Ning said. Reporting"
            " by Laurie Chen in Beijing; Writing by Bernard Orr; Editing by Andrew Heavens",
            {"China", "Mao Ning"},
        ),
        # ... not a sentence with the words in it
        ("Reporting by phone, Smith said, was hard.", {"Smith"}),
        ("The report was edited by John Smith on Monday.", {"John Smith"}),
    ],
)
def test_a_wire_story_s_credits_name_no_actors(text: str, names: set[str]) -> None:
    assert {a.name for a in find_actors(briefing(text)).actors} == names


@pytest.mark.parametrize(
    ("credit", "kinds"),
    [
        # a photographer's name in capitals is a person's (named in title case when its first
        # name is known); the agencies are organizations
        (
            "JIM WATSON/AFP/Getty Images",
            {"Jim Watson": "person", "AFP": "organization", "Getty Images": "organization"},
        ),
        ("Photo: Jane Doe/Shutterstock", {"Jane Doe": "person", "Shutterstock": "organization"}),
        # an agency's name in capitals stays an organization
        ("ASSOCIATED PRESS", {"ASSOCIATED PRESS": "organization"}),
        # credit labels in other languages are no part of a name
        ("Foto: LA NACION", {"LA NACION": "organization"}),
        ("Bild: Jane Doe/dpa", {"Jane Doe": "person", "dpa": "organization"}),
        # names and agencies parted by " for ", " via ", " - " or a word's final period
        (
            "Kirsten Luce for The New York Times",
            {"Kirsten Luce": "person", "The New York Times": "organization"},
        ),
        ("Photo Prakash Mathema. AFP", {"Prakash Mathema": "person", "AFP": "organization"}),
        (
            "Anthony Wallace / AFP - Getty Images",
            {"Anthony Wallace": "person", "AFP": "organization", "Getty Images": "organization"},
        ),
        # ... not an initial's period
        ("Chang W. Lee/Reuters", {"Chang W. Lee": "person", "Reuters": "organization"}),
        # an agency's acronym before its photographer, the slash lost ("Image: NASA Bill Ingalls")
        ("Photo: NASA Bill Ingalls", {"NASA": "organization", "Bill Ingalls": "person"}),
        # ... a known agency's too, before a known given name
        (
            "dpa via AP Kay Nietfeld",
            {"dpa": "organization", "AP": "organization", "Kay Nietfeld": "person"},
        ),
        # how the photo was had names no one; a body with "The" before it is no person
        (
            "The Egyptian Presidency/Handout via REUTERS",
            {"The Egyptian Presidency": "organization", "REUTERS": "organization"},
        ),
        ("REUTERS/Yves Herman/File Photo", {"REUTERS": "organization", "Yves Herman": "person"}),
        ("Pool via AP", {"AP": "organization"}),
    ],
)
def test_credit_names_are_typed(credit: str, kinds: dict[str, str]) -> None:
    found = find_actors(briefing("Officials met in the capital on Monday.", credit=credit))
    assert {a.name: a.kind for a in found.actors if a.credit_only} == kinds


def test_never_merges_two_people_sharing_a_first_name() -> None:
    found = find_actors(
        briefing("John Kerry met John Bolton in Washington. Kerry spoke first, then Bolton.")
    )
    persons = [a for a in found.actors if a.kind == "person"]
    names = sorted(a.name for a in persons)
    assert names == ["John Bolton", "John Kerry"]
    assert all(a.id != b.id for a in persons for b in persons if a is not b)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Two middle names or initials that differ: two persons (father and son).
        (
            "He served under George H. W. Bush and then George W. Bush.",
            ["George H. W. Bush", "George W. Bush"],
        ),
        # One name without its middle initial or one of its middle names, or with them
        # spelled out: one person.
        (
            "Hillary Diane Rodham Clinton wrote it. Later, Hillary Rodham Clinton said so.",
            ["Hillary Diane Rodham Clinton"],
        ),
        ("John F. Kennedy met voters. John Kennedy spoke briefly.", ["John F. Kennedy"]),
        (
            "George Herbert Walker Bush was president. George H. W. Bush died in 2018.",
            ["George Herbert Walker Bush"],
        ),
    ],
)
def test_persons_with_other_middle_names_are_two(text: str, names: list[str]) -> None:
    found = find_actors(briefing(text))
    assert sorted(a.name for a in found.actors if a.kind == "person") == names


def test_initials_of_an_organization_are_not_a_country() -> None:
    # "University of Sheffield" has the initials "US", but the US is a place.
    found = find_actors(
        briefing("The study came from the University of Sheffield in the UK and a lab in the US.")
    )
    holders = [a for a in found.actors if "University of Sheffield" in {a.name, *a.aliases}]
    assert len(holders) == 1
    assert holders[0].kind == "organization"
    assert "US" not in {holders[0].name, *holders[0].aliases}


def test_ids_are_unique_ascii_slugs() -> None:
    found = find_actors(seed_briefing())
    ids = [a.id for a in found.actors]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=200), min_size=1, max_size=4))
def test_any_text_gives_well_formed_actors(paragraphs: list[str]) -> None:
    found = find_actors(briefing(*[p for p in paragraphs if p.strip()] or ["x"]))
    ids = [a.id for a in found.actors]
    assert len(ids) == len(set(ids))
    for actor in found.actors:
        assert actor.kind in ("person", "organization", "place")
        assert actor.mentions
        assert actor.name not in actor.aliases
        for m in actor.mentions:
            assert m.surface.strip()


@pytest.mark.parametrize(
    ("name", "lone", "kind"),
    [
        ("Barack Obama", "Obama", "PER"),  # a person named alone elsewhere: the full name is one
        ("Camp Howe", "Howe", "LOC"),  # a common word opens it: a place named after someone
        ("Linkin Park", "Park", "LOC"),  # a head word: not a plain person's name
        ("Instituto Lula", "Lula", "LOC"),  # a body's head word opens it: named after someone
        ("Casa Luiz Caloi", "Caloi", "LOC"),
    ],
)
def test_one_kind_per_person_across_a_document(name: str, lone: str, kind: str) -> None:
    votes = {name: Counter({"LOC": 900, "PER": 300}), lone: Counter({"PER": 1000})}
    _propagate_persons([name, lone], votes, lexicon())
    assert votes[name].most_common(1)[0][0] == kind


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("President", "PER"),  # a person's title before a person-tagged mention decides
        ("Mr.", "PER"),
        ("President-elect", "PER"),  # a title with its "-elect" is that title
        ("Former", "LOC"),  # a modifier alone is no title: the place votes win
        ("the", "LOC"),
    ],
)
def test_a_title_before_a_name_makes_it_a_person_across_the_document(
    before: str, kind: str
) -> None:
    # Five mentions: the one after the title tagged a person but unsure, four tagged places.
    texts = [f"{before} Obama spoke.", *["They resist Obama on both fronts."] * 4]
    units = [Unit(t, "lead") for t in texts]
    found = [
        Found(
            "Obama",
            "PER",
            0,
            len(before) + 1,
            len(before) + 6,
            texts[0],
            "tagger",
            None,
            (("PER", 0.55), ("LOC", 0.45)),
        ),
        *[
            Found("Obama", "LOC", u, 12, 17, texts[u], "tagger", None, (("PER", 0.2), ("LOC", 0.8)))
            for u in range(1, 5)
        ],
    ]
    (cluster,) = merge(found, units)
    assert cluster.label == kind


@pytest.mark.parametrize(
    ("surfaces", "labels", "person"),
    [
        (["Ken Norton", "Norton"], {"Ken Norton": "PER", "Norton": "LOC"}, True),
        (["Manuel Belgrano", "Belgrano"], {"Manuel Belgrano": "PER", "Belgrano": "LOC"}, True),
        # A glued "Washington Chris Gregoire" does not make the state a person.
        (
            ["Washington Chris Gregoire", "Washington"],
            {"Washington Chris Gregoire": "PER", "Washington": "LOC"},
            False,
        ),
        # A country is never a person's surname here.
        (["Ivan Russia", "Russia"], {"Ivan Russia": "PER", "Russia": "LOC"}, False),
        (["Norton Sound", "Norton"], {"Norton Sound": "LOC", "Norton": "LOC"}, False),
    ],
)
def test_a_persons_surname_is_no_town(
    surfaces: list[str], labels: dict[str, str], person: bool
) -> None:
    assert _a_persons_name(surfaces, labels.__getitem__, lexicon()) is person


def test_words_of_a_widened_name_are_not_a_second_name() -> None:
    found = kinds("Officials of the Communist Party of China met on Monday.")
    assert found == {"Communist Party of China": "organization"}


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Jeremy", "Tam"], True),
        (["Nathan", "Law"], False),  # a law's head word: left to the tagger
        (["Summer", "Olympics"], False),
        (["Victoria", "Day"], False),
        (["Jeremy", "Tam", "Jr"], False),
    ],
)
def test_persons_name_shape(words: list[str], person: bool) -> None:
    assert _persons_name(words, lexicon()) is person


@pytest.mark.parametrize(
    "text",
    [
        "Scott LeDoux fought in 1977. Two years later Minnesotan Scott LeDoux fought again.",
        "Tom Cruise spoke. Critics of Scientologist Tom Cruise were banned.",
    ],
)
def test_a_modifier_before_a_known_person_is_not_part_of_the_name(text: str) -> None:
    found = find_actors(briefing(text))
    persons = [a for a in found.actors if a.kind == "person"]
    assert len(persons) == 1
    assert len(persons[0].name.split()) == 2
    assert all(len(m.surface.split()) == 2 for m in persons[0].mentions)


@pytest.mark.parametrize(
    ("text", "joined", "parts"),
    [
        # A table row copied as one paragraph: tab-separated cells are separate names.
        (
            "4\tHamilton\tWaikato\t241,200\n14\tKapiti\tWellington\t42,700",
            "Kapiti Wellington",
            ["Wellington"],
        ),
        (
            "Rank\tCity\tRegion\n1\tAuckland\tAuckland\n2\tChristchurch\tCanterbury",
            "Christchurch Canterbury",
            ["Christchurch"],
        ),
    ],
)
def test_no_name_runs_across_table_cells(text: str, joined: str, parts: list[str]) -> None:
    found = kinds(text)
    assert joined not in found
    assert all(found.get(p) == "place" for p in parts)


@pytest.mark.parametrize(
    ("full", "part", "merged"),
    [
        ("John Smith", "Smith", True),
        ("Tom Hall", "Hall", True),  # a first name opens it: a person despite the head word
        ("Omar al-Bashir", "Bashir", True),
        # A name the tagger took for a person but shaped like an organization's or a place's
        # (head word, title): its parts are no one's surname or first name.
        ("Parliament House", "House", False),
        ("Parliament House", "Parliament", False),
        ("Metroid Queen", "Queen", False),
        ("Lake Taupo", "Taupo", False),
    ],
)
def test_only_a_persons_name_has_its_parts_as_aliases(full: str, part: str, merged: bool) -> None:
    texts = [f"{full} met them.", f"Later {part} met them."]
    units = [Unit(t, "lead") for t in texts]
    found = [
        Found(full, "PER", 0, 0, len(full), texts[0], "tagger"),
        Found(part, "PER", 1, 6, 6 + len(part), texts[1], "tagger"),
    ]
    clusters = merge(found, units)
    assert (len(clusters) == 1) is merged, [c.surfaces for c in clusters]


def test_a_part_of_a_name_not_shaped_like_a_persons_is_not_echoed() -> None:
    # The tagger takes "Metroid Queen" for a person; "Queen" alone is no one's surname.
    texts = (
        "Scientists wired an instinct into the Metroid Queen’s feral mind.",
        "Only the Queen survived the war.",
    )
    found = detect([Unit(t, "lead") for t in texts])
    assert [f.surface for f in found if f.source == "echo"] == []
    assert "Metroid Queen" in {f.surface for f in found}


@pytest.mark.parametrize(
    ("paragraph", "absent", "present"),
    [
        # A credit after a caption's last sentence, with a space: its names are no actors.
        (
            "Peacekeepers at a camp in Sudan on Monday. Credit Ashraf Shazly/Agence"
            " France-Presse — Getty Images",
            {"France-Presse", "Agence France-Presse", "Getty Images", "Ashraf Shazly"},
            {"Sudan"},
        ),
        # ... or in brackets (a shape chrome splits off a caption: chrome.split_credit_tail)
        (
            "The rocket booster is installed on a launch pad in Baikonur, Kazakhstan. (Oleg"
            " Urusov/ Roscosmos Space Agency Press Service photo via AP)",
            {"Oleg Urusov", "Roscosmos Space Agency", "AP"},
            {"Kazakhstan"},
        ),
        # "Credit" opening a sentence of prose is no credit.
        (
            "The bank lost money in March. Credit Suisse said on Monday it would cut jobs.",
            set(),
            {"Credit Suisse"},
        ),
    ],
)
def test_a_credit_after_a_captions_sentence(
    paragraph: str, absent: set[str], present: set[str]
) -> None:
    names = {a.name for a in find_actors(briefing(paragraph)).actors if not a.credit_only}
    assert not absent & names, names
    assert present <= names, names


@pytest.mark.parametrize(
    ("surfaces", "name"),
    [
        (["MALCOLM Fraser", "Malcolm Fraser"], "Malcolm Fraser"),  # an opening in capitals
        (["REUTERS", "Reuters"], "Reuters"),
        (["NATO", "NATO"], "NATO"),
    ],
)
def test_the_name_of_an_actor_is_its_form_with_fewest_capitals(
    surfaces: list[str], name: str
) -> None:
    texts = [f"{s} spoke." for s in surfaces]
    units = [Unit(t, "lead") for t in texts]
    found = [Found(s, "PER", u, 0, len(s), texts[u], "tagger") for u, s in enumerate(surfaces)]
    (cluster,) = merge(found, units)
    assert cluster.name == name


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, did not comment. Hemedti"
            " later visited Khartoum.",
            "Mohamed Hamdan Dagalo",
            "Hemedti",
        ),
        (
            "The group's leader, Abu Mohammed al-Julani, also known as Ahmed al-Sharaa, spoke.",
            "Abu Mohammed al-Julani",
            "Ahmed al-Sharaa",
        ),
    ],
)
def test_a_name_after_known_as_is_the_persons_alias(text: str, one: str, other: str) -> None:
    actors = find_actors(briefing(text)).actors
    (actor,) = [a for a in actors if one in (a.name, *a.aliases)]
    assert other in (actor.name, *actor.aliases)
    assert actor.kind == "person"


@pytest.mark.parametrize(
    ("surface", "label", "name"),
    [
        # known only in capitals: the case a reader expects, when the lexicon knows the form
        ("WASHINGTON", "LOC", "Washington"),
        ("MARK SHERMAN", "PER", "Mark Sherman"),
        # ... else as printed: acronyms, a stage name, an unknown place
        ("NATO", "ORG", "NATO"),
        ("DJ IRIE", "PER", "DJ IRIE"),
        ("WASI SDK", "PER", "WASI SDK"),
        ("ZORBLAND", "LOC", "ZORBLAND"),
    ],
)
def test_a_name_known_only_in_capitals(surface: str, label: str, name: str) -> None:
    text = f"{surface} spoke."
    found = [Found(surface, label, 0, 0, len(surface), text, "tagger")]
    (cluster,) = merge(found, [Unit(text, "lead")])
    assert cluster.name == name


@pytest.mark.parametrize(
    ("surfaces", "clusters"),
    [
        # a transcript's label in capitals names a person of the text by the surname
        ([("Ned Price", "PER"), ("PRICE", "ORG")], [["Ned Price", "PRICE"]]),
        # not an acronym ending a name the tagger took for a person's, nor a short word
        ([("TaskStatus GRPC", "PER"), ("GRPC", "ORG")], [["TaskStatus GRPC"], ["GRPC"]]),
        ([("Jane Fox", "PER"), ("FOX", "ORG")], [["Jane Fox"], ["FOX"]]),
    ],
)
def test_a_surname_in_capitals_is_its_persons(
    surfaces: list[tuple[str, str]], clusters: list[list[str]]
) -> None:
    texts = [f"{s}: we spoke." for s, _ in surfaces]
    units = [Unit(t, "lead") for t in texts]
    found = [Found(s, k, u, 0, len(s), texts[u], "tagger") for u, (s, k) in enumerate(surfaces)]
    assert [c.surfaces for c in merge(found, units)] == clusters


@pytest.mark.parametrize(
    ("surfaces", "clusters"),
    [
        # in credits only, an agency's first word alone is that agency
        (
            [("Getty Images", "credit"), ("Getty", "credit")],
            [["Getty Images", "Getty"]],
        ),
        # not where the text names either: two bodies ("Ford", "Ford Foundation")
        (
            [("Ford Foundation", "credit"), ("Ford", "tagger")],
            [["Ford Foundation"], ["Ford"]],
        ),
    ],
)
def test_a_credits_first_word_alone_is_its_agency(
    surfaces: list[tuple[str, str]], clusters: list[list[str]]
) -> None:
    texts = [f"Photo: {s}" for s, _ in surfaces]
    units = [
        Unit(t, "lead", credit=src == "credit") for t, (_, src) in zip(texts, surfaces, strict=True)
    ]
    found = [
        Found(s, "ORG", u, 7, 7 + len(s), texts[u], src) for u, (s, src) in enumerate(surfaces)
    ]
    assert [c.surfaces for c in merge(found, units)] == clusters


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the end of a name the tagger left out ("Starry" is a word)
        ("Lee Cheuk-yan of the Labour Party lost.", "DAB's Starry Lee; from file, 2015."),
    ],
)
def test_a_family_name_first_is_no_alias_where_it_ends_another_name(
    paragraphs: tuple[str, ...],
) -> None:
    found = find_actors(briefing(*paragraphs))
    (lee,) = [a for a in found.actors if a.name == "Lee Cheuk-yan"]
    assert "Lee" not in lee.aliases


@pytest.mark.parametrize(
    ("word", "org"),
    [("Gosduma", True), ("Goskomstat", True), ("Gospel", False), ("Goscinny", False)],
)
def test_russian_state_words_by_shape(word: str, org: bool) -> None:
    assert bool(lexicon().org_pattern.fullmatch(word)) == org


def test_a_lone_word_that_opens_a_bodys_name_is_that_kind() -> None:
    # "Norinchukin Bank" ... "Norinchukin will discuss": the tagger took the lone word for a
    # person's name.
    found = kinds(
        "TOKYO - Japan's Norinchukin Bank is considering a capital increase, a source said.",
        "Norinchukin will discuss the matter with its main investors.",
    )
    assert found.get("Norinchukin") == "organization", found


def test_a_modifier_that_opens_several_bodies_names_is_no_body() -> None:
    found = kinds(
        "Troops of the Royal Navy came, and the Royal Geographical Society wrote.",
        "See Royal, Te Ahukaramu (2009), for the war.",
    )
    assert found.get("Royal") != "organization", found


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        # one unknown name after a capitalised title: translated news's foreign officials
        ("He held talks with Foreign Minister Battzezeg on Monday.", "Battzezeg", True),
        ("Later, President Khurelsukh said the talks were useful.", "Khurelsukh", True),
        # not after a modifier alone, nor a title that is a middle name
        ("The Foreign Battzezeg said so.", "Battzezeg", False),
        ("In ex parte Jimmy Dean Watkins the court agreed.", "Watkins", False),
        ("Its 21 trump cards are known as the Major Arcana, plus the Fool.", "Arcana", False),
    ],
)
def test_one_unknown_name_after_a_title_is_a_person(text: str, name: str, person: bool) -> None:
    assert (kinds(text).get(name) == "person") is person


@pytest.mark.parametrize(
    ("paragraphs", "caption", "credit", "name", "kind"),
    [
        # a broadcaster named with its "TV" is a body
        (("The visit was reported by Phoenix TV and Dragon TV.",), None, None, "Phoenix TV",
         "organization"),
        # wire agencies in general credit a photo: no actor (China Daily's "[Photo/Agencies]")
        (("Xi Jinping met Susan Rice in Beijing on Tuesday.",),
         "Susan Rice shakes hands with Xi Jinping in Beijing.", "Photo/Agencies", "Agencies",
         None),
    ],
)  # fmt: skip
def test_broadcasters_and_agencies_credits(
    paragraphs: tuple[str, ...],
    caption: str | None,
    credit: str | None,
    name: str,
    kind: str | None,
) -> None:
    found = find_actors(briefing(*paragraphs, caption=caption, credit=credit)).actors
    assert {a.name: a.kind for a in found}.get(name) == kind


@pytest.mark.parametrize("title_from", ["editor", "text"])
def test_an_interviews_answers_are_the_titles_persons(title_from: str) -> None:
    """(an editor's title is not scanned for actors: the persons it names are looked up)"""
    answer = "Could be. I give so many talks that I cannot remember all of them, you know."
    meta = Meta(
        title="Interview with philosopher Noam Chomsky",
        encoding="utf-8",
        source_name="t.txt",
        title_from=title_from,
    )
    blocks = (
        Paragraph("Noam Chomsky is a professor emeritus at MIT in Cambridge."),
        Paragraph("Do you have any thoughts on the conference?"),
        Paragraph(answer),
    )
    found = find_actors(Briefing("t", meta, Section(None, "lead", blocks), (), ()))
    assert [(q.text, q.speaker) for q in found.quotes] == [(answer, "noam-chomsky")]


@pytest.mark.parametrize(
    ("text", "merged"),
    [
        # initials and a surname are the one person of that surname with that first initial
        ("Giorgos Katrougalos spoke. Later G. Katrougalos left.",
         {"Giorgos Katrougalos": ["G. Katrougalos"]}),
        # ... in a transcript's capitals too, the name in mixed case the actor's name
        ("We have Giorgos Katrougalos on the line.\\n\\nG. KATROUGALOS: Good morning to you."
         " G. KATROUGALOS: Thank you.",
         {"Giorgos Katrougalos": ["G. KATROUGALOS"]}),
        # ... not when two persons share the surname and the initial
        ("John Smith met Jane Smith. J. Smith spoke first.",
         {"John Smith": [], "Jane Smith": [], "J. Smith": []}),
    ],
)  # fmt: skip
def test_initials_and_a_surname_are_one_persons(text: str, merged: dict[str, list[str]]) -> None:
    found = find_actors(briefing(*text.split("\n\n")))
    persons = {a.name: sorted(x for x in a.aliases if "." in x) for a in found.actors}
    assert {k: v for k, v in persons.items() if k in merged} == merged


def test_a_transcripts_capitals_read_in_title_case() -> None:
    """(a role and a surname known only from a label in capitals)"""
    found = find_actors(
        briefing(
            "CHIEF CABINET SECRETARY SUGA: The Cabinet met today in Tokyo. CHIEF CABINET"
            " SECRETARY SUGA: Yes, we did so on Monday."
        )
    )
    assert [(a.name, a.role) for a in found.actors if a.kind == "person"] == [
        ("Suga", "Chief Cabinet Secretary")
    ]


def test_a_transcripts_label_by_role_is_its_holders_turn() -> None:
    answer = "There is one point about the arrangements. I can assure you all is going well."
    found = find_actors(
        briefing(
            "Following is the transcript of remarks by the Chief Executive, Mr Donald Tsang,"
            " at a media session today.",
            "Reporter: Are you referring to the bureaus?",
            "Chief Executive: " + answer,
            # (a role no one in the text holds labels nobody's turn)
            "Secretary for Justice: " + answer,
        )
    )
    assert [(q.text, q.speaker) for q in found.quotes] == [(answer, "donald-tsang")]
