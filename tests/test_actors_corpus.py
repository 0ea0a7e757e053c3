"""Corpus-wide actors: gather_actors (merge by id) and unify_ids (one id per real-world actor)."""

from __future__ import annotations

from briefings.actors import find_actors
from briefings.actors.corpus import gather_actors, unify_ids
from briefings.actors.model import Actor, BriefingActors, Mention, Quote
from briefings.actors.registry import Registry, RegistryEntry
from briefings.sections import Briefing, Meta, Paragraph, Section


def briefing(slug: str, *paragraphs: str) -> Briefing:
    meta = Meta(title="t", encoding="utf-8", source_name="t.txt", title_from="editor")
    return Briefing(
        slug, meta, Section(None, "lead", tuple(Paragraph(p) for p in paragraphs)), (), ()
    )


def actor(id_: str, name: str, kind: str = "person", aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id_, name, kind, aliases, None, (Mention(name, "lead", name + "."),))  # type: ignore[arg-type]


def test_gather_merges_by_id_sorted_with_appearances_in_briefing_order() -> None:
    one = find_actors(briefing("one", "Kremlin spokesman Dmitry Peskov spoke in Moscow."))
    two = find_actors(briefing("two", "Dmitry Peskov and Sergei Lavrov met in Moscow."))
    corpus = gather_actors([one, two])
    ids = [a.id for a in corpus]
    assert ids == sorted(ids)
    peskov = next(a for a in corpus if a.id == "dmitry-peskov")
    assert [ap.slug for ap in peskov.appearances] == ["one", "two"]
    assert peskov.appearances[0].role == "Kremlin spokesman"
    assert peskov.mention_count == 2
    assert gather_actors([one, two]) == corpus  # deterministic


def test_gather_uses_registry_name_description_links() -> None:
    reg = Registry(
        entries=(
            RegistryEntry(
                "moscow", "Moscow", "place", ("Moskva",), "Capital of Russia.", ("https://x.org",)
            ),
        )
    )
    found = find_actors(briefing("one", "Talks were held in Moscow on Monday."), reg)
    moscow = next(a for a in gather_actors([found], reg) if a.id == "moscow")
    assert moscow.description == "Capital of Russia."
    assert moscow.links == ("https://x.org",)
    assert "Moskva" in moscow.aliases


def test_unify_lone_surname_and_alias_across_briefings() -> None:
    one = BriefingActors(
        "one",
        (
            actor("vladimir-putin", "Vladimir Putin", aliases=("Putin",)),
            actor("united-nations", "United Nations", "organization", ("UN",)),
        ),
    )
    two = BriefingActors(
        "two",
        (actor("putin", "Putin"), actor("un", "UN", "organization")),
        quotes=(Quote("We will see.", "putin", "lead"),),
    )
    a, b = unify_ids([one, two])
    assert [x.id for x in b.actors] == ["vladimir-putin", "united-nations"]
    assert b.quotes[0].speaker == "vladimir-putin"
    assert a == one
    assert len(gather_actors([a, b])) == 2


def test_unify_first_name_variants_but_not_people_named_together() -> None:
    one = BriefingActors("one", (actor("steve-witkoff", "Steve Witkoff"),))
    two = BriefingActors("two", (actor("stephen-witkoff", "Stephen Witkoff"),))
    three = BriefingActors(
        "three", (actor("john-kerry", "John Kerry"), actor("john-bolton", "John Bolton"))
    )
    four = BriefingActors("four", (actor("kerry", "Kerry"),))
    out = unify_ids([one, two, three, four])
    assert out[1].actors[0].id == "steve-witkoff"
    assert {x.id for x in out[2].actors} == {"john-kerry", "john-bolton"}
    assert out[3].actors[0].id == "john-kerry"


def test_unify_never_joins_two_registry_actors_or_different_kinds() -> None:
    reg = Registry(
        entries=(
            RegistryEntry("georgia-country", "Georgia", "place"),
            RegistryEntry("georgia-us-state", "Georgia (U.S. state)", "place", ("Georgia",)),
        )
    )
    one = BriefingActors("one", (actor("georgia-country", "Georgia", "place"),))
    two = BriefingActors("two", (actor("georgia-us-state", "Georgia (U.S. state)", "place"),))
    three = BriefingActors("three", (actor("washington", "Washington", "place"),))
    four = BriefingActors("four", (actor("george-washington", "George Washington"),))
    out = unify_ids([one, two, three, four], reg)
    assert [b.actors[0].id for b in out] == [
        "georgia-country",
        "georgia-us-state",
        "washington",
        "george-washington",
    ]
