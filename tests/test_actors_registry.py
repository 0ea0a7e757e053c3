"""The editors' actor registry: loading, warnings, and registry entries winning over detection."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefings.actors import find_actors
from briefings.actors.cli_report import registry_stub
from briefings.actors.corpus import gather_actors
from briefings.actors.registry import Registry, RegistryError, load_registry, parse_registry
from briefings.sections import Briefing, Meta, Paragraph, Section
from briefings.yamlfile import YamlError


def briefing(*paragraphs: str, slug: str = "b") -> Briefing:
    meta = Meta(title="t", encoding="utf-8", source_name="t.txt", title_from="editor")
    blocks = tuple(Paragraph(p) for p in paragraphs)
    return Briefing(slug, meta, Section(None, "lead", blocks), (), ())


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """
actors:
  - id: dmitry-peskov
    name: Dmitry Peskov
    kind: person
    aliases: [Peskov, Kremlin spokesman Peskov]
    description: Press secretary of the Russian president.
    links: [https://en.wikipedia.org/wiki/Dmitry_Peskov]
  - id: kyiv
    name: Kyiv
    kind: place
    aliases: [Kiev]
ignore: [Live broadcast]
"""


def test_loads_a_good_registry(tmp_path: Path) -> None:
    reg = load_registry(write(tmp_path, GOOD))
    assert reg.warnings == ()
    assert [e.id for e in reg.entries] == ["dmitry-peskov", "kyiv"]
    peskov = reg.entries[0]
    assert peskov.kind == "person"
    assert peskov.aliases == ("Peskov", "Kremlin spokesman Peskov")
    assert peskov.links == ("https://en.wikipedia.org/wiki/Dmitry_Peskov",)
    assert reg.ignore == frozenset({"Live broadcast"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("actors:\n  - {id: a, name: A, kind: person, colour: red}\n", "unknown key 'colour'"),
        ("actors: []\nextra: 1\n", "unknown top-level key 'extra'"),
        (
            "actors:\n  - {id: a, name: A, kind: person}\n  - {id: a, name: B, kind: place}\n",
            "duplicate id",
        ),
        (
            "actors:\n  - {id: a, name: Anna Smith, kind: person, aliases: [Smith]}\n"
            "  - {id: b, name: Bob Smith, kind: person, aliases: [Smith]}\n",
            "alias 'Smith' is already claimed by 'a'",
        ),
        ("actors:\n  - {id: a, name: A, kind: person, links: [ftp://x]}\n", "not an http(s) URL"),
        ("actors:\n  - {id: a, name: A, kind: people}\n", "is not one of person"),
        ("actors:\n  - {id: a, name: A, kind: person, aliases: ['']}\n", "empty alias"),
        ("actors:\n  - {id: a, name: A, kind: person, aliases: [The]}\n", "too common"),
        ("actors:\n  - {id: a, name: A, kind: place, aliases: [us]}\n", "too common"),
        (
            "actors:\n  - {id: a, name: A, kind: place, aliases: ['" + "long " * 30 + "']}\n",
            "too long",
        ),
        ("actors:\n  - {name: Anna Smith, kind: person}\n", "missing 'id'; using 'anna-smith'"),
        ("actors:\n  - {id: a, kind: person}\n", "missing 'name'"),
    ],
)
def test_warnings_name_file_and_entry(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    reg = load_registry(path)
    assert any(expected in w for w in reg.warnings), reg.warnings
    assert all(w.startswith(str(path)) for w in reg.warnings)


def test_warning_names_the_entry(tmp_path: Path) -> None:
    reg = load_registry(write(tmp_path, "actors:\n  - {id: putin, name: V, kind: person, x: 1}\n"))
    assert "actor 'putin'" in reg.warnings[0]


@pytest.mark.parametrize(
    "text",
    ["actors: [\n", "actors:\n  - id: a\n    id: b\n", "- just\n- a list\n", "actors: nope\n"],
)
def test_unusable_files_raise_naming_the_file(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(YamlError) as info:
        load_registry(path)
    assert str(path) in str(info.value)


def test_structure_errors_are_registry_errors() -> None:
    with pytest.raises(RegistryError):
        parse_registry(["a"], "r.yml")


def test_registry_wins_over_detection(tmp_path: Path) -> None:
    reg = load_registry(write(tmp_path, GOOD))
    found = find_actors(
        briefing("Kremlin spokesman Dmitry Peskov said Kiev was wrong. Peskov repeated it."), reg
    )
    by_id = {a.id: a for a in found.actors}
    assert by_id["dmitry-peskov"].name == "Dmitry Peskov"
    assert len(by_id["dmitry-peskov"].mentions) == 2
    assert by_id["kyiv"].name == "Kyiv"
    assert by_id["kyiv"].kind == "place"
    assert "Kiev" in by_id["kyiv"].aliases


def test_registry_kind_and_alias_override(tmp_path: Path) -> None:
    text = "actors:\n  - {id: acme, name: Acme Widgets, kind: organization, aliases: [Widgetco]}\n"
    reg = load_registry(write(tmp_path, text))
    found = find_actors(briefing("Shares of Widgetco rose on Tuesday in London."), reg)
    acme = next(a for a in found.actors if a.id == "acme")
    assert acme.kind == "organization"
    assert acme.name == "Acme Widgets"
    assert acme.mentions[0].surface == "Widgetco"


def test_ignore_list_drops_false_positives() -> None:
    text = "Talks resumed in Riyadh. Live Broadcast coverage followed from Riyadh."
    assert "Riyadh" in {a.name for a in find_actors(briefing(text)).actors}
    reg = Registry(ignore=frozenset({"live broadcast", "Riyadh"}))
    names = {a.name for a in find_actors(briefing(text), reg).actors}
    assert "Riyadh" not in names
    assert "Live Broadcast" not in names


def test_matching_does_not_depend_on_registry_size() -> None:
    from briefings.actors.registry import RegistryEntry

    entries = tuple(
        RegistryEntry(id=f"org-{n}", name=f"Org Number {n}", kind="organization")
        for n in range(3000)
    )
    reg = Registry(entries=entries)
    found = find_actors(briefing("Org Number 2999 and Org Number 7 signed a deal."), reg)
    assert {a.id for a in found.actors} >= {"org-2999", "org-7"}


def test_stub_round_trips_through_the_loader(tmp_path: Path) -> None:
    findings = [
        find_actors(briefing("Kremlin spokesman Dmitry Peskov spoke in Moscow.", slug="one")),
        find_actors(briefing("Peskov and Sergei Lavrov met in Moscow.", slug="two")),
    ]
    stub = registry_stub(gather_actors(findings))
    data = yaml.safe_load(stub)
    assert {e["id"] for e in data["actors"]} >= {"dmitry-peskov", "moscow", "sergei-lavrov"}
    reg = load_registry(write(tmp_path, stub))
    assert reg.warnings == ()
    peskov = next(e for e in reg.entries if e.id == "dmitry-peskov")
    assert peskov.description == "Kremlin spokesman"


def test_upper_case_acronym_aliases_are_not_common_words(tmp_path: Path) -> None:
    text = "actors:\n  - {id: united-states, name: United States, kind: place, aliases: [US]}\n"
    reg = load_registry(write(tmp_path, text))
    assert reg.warnings == ()
    assert reg.entries[0].aliases == ("US",)
