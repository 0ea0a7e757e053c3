"""The corpus: seed discovery (slugs, sidecars, symlinks), cached processing, related briefings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import briefings.corpus as corpus_module
from briefings.actors.model import Actor, BriefingActors, Mention
from briefings.actors.registry import Registry, RegistryEntry
from briefings.corpus import (
    ArticleCache,
    Corpus,
    CorpusError,
    Seed,
    build_corpus,
    discover_seeds,
    find_related,
    hidden_seed_files,
    registry_fingerprint,
    unread_reason,
    unread_seed_files,
)

ARTICLE = (
    "Skip to main content\n\n"
    "Negotiations between Russia and the United States on the Ukrainian issue are continuing "
    "only in a bilateral format, Dmitry Polyansky told Izvestia on Monday in New York.\n\n"
    "Kremlin spokesman Dmitry Peskov called these talks a step towards a possible meeting of "
    "the leaders, although he warned that immediate results should not be expected.\n"
)


def write(path: Path, text: str = ARTICLE) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def slugs(seeds: tuple[Seed, ...]) -> list[tuple[str, str]]:
    return [(s.path.name, s.slug) for s in seeds]


def test_discovers_seed_files_sorted_with_their_sidecars(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("b.txt", "a.html", "c.HTM", "notes.md", ".hidden.txt", "a.yml", "README.md"):
        write(seeds / name)
    # subfolders are read too (years of briefings kept by date), hidden ones are not
    (seeds / "2025" / "11").mkdir(parents=True)
    write(seeds / "2025" / "11" / "Summit talks.txt")
    write(seeds / "2025" / "11" / "Summit talks.yml", "title: Summit\n")
    write(seeds / "2025" / "a.txt")
    (seeds / ".drafts").mkdir()
    write(seeds / ".drafts" / "e.txt")
    found = discover_seeds(seeds)
    assert slugs(found) == [
        ("a.html", "a"),
        ("b.txt", "b"),
        ("c.HTM", "c"),
        ("Summit talks.txt", "2025-11-summit-talks"),
        ("a.txt", "2025-a"),
    ]
    assert found[0].sidecar == seeds / "a.yml"
    assert found[1].sidecar is None
    assert found[3].sidecar == seeds / "2025" / "11" / "Summit talks.yml"
    assert all(s.warnings == () for s in found)


def test_missing_folder_has_no_seeds(tmp_path: Path) -> None:
    assert discover_seeds(tmp_path / "nope") == ()


def test_colliding_slugs_are_made_unique_with_a_warning(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a b.txt", "a-b.txt", "A_B.html", "index.txt", "Ünïcode.txt", "Юг.txt"):
        write(seeds / name)
    found = discover_seeds(seeds)
    assert slugs(found) == [
        ("A_B.html", "a-b"),
        ("a b.txt", "a-b-2"),
        ("a-b.txt", "a-b-3"),
        ("index.txt", "index-2"),
        ("Ünïcode.txt", "unicode"),
        ("Юг.txt", "yug"),
    ]
    by_name = {s.path.name: s for s in found}
    assert by_name["A_B.html"].warnings == ()
    assert "'a-b' is taken by A_B.html" in by_name["a b.txt"].warnings[0]
    assert "uses 'a-b-2'" in by_name["a b.txt"].warnings[0]
    assert "'index' is reserved" in by_name["index.txt"].warnings[0]
    assert discover_seeds(seeds) == found  # deterministic
    # a seed in a subfolder whose slug is taken by one outside it: named by its path
    (seeds / "a").mkdir()
    write(seeds / "a" / "b.txt")
    nested = {s.path.name: s for s in discover_seeds(seeds) if s.path.parent.name == "a"}
    assert nested["b.txt"].slug == "a-b-4"
    assert "'a-b' is taken by A_B.html" in nested["b.txt"].warnings[0]


def test_same_stem_seeds_share_the_sidecar_with_a_warning(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds / "x.txt")
    write(seeds / "x.html")
    write(seeds / "x.yml", "title: X\n")
    found = discover_seeds(seeds)
    assert [s.sidecar for s in found] == [seeds / "x.yml", seeds / "x.yml"]
    assert any("shared by several seeds" in w for w in found[1].warnings)


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_symlinks_outside_the_project_are_refused(tmp_path: Path) -> None:
    project = tmp_path / "project"
    seeds = project / "seeds"
    seeds.mkdir(parents=True)
    outside = write(tmp_path / "secret.txt", "root:x:0:0")
    inside = write(project / "kept.txt")
    (seeds / "leak.txt").symlink_to(outside)
    (seeds / "ok.txt").symlink_to(inside)
    with pytest.raises(CorpusError) as info:
        discover_seeds(seeds, root=project)
    assert len(info.value.problems) == 1
    assert str(seeds / "leak.txt") in str(info.value) and "outside the project" in str(info.value)
    (seeds / "leak.txt").unlink()
    assert slugs(discover_seeds(seeds, root=project)) == [("ok.txt", "ok")]
    (seeds / "ok.yml").symlink_to(outside)
    with pytest.raises(CorpusError, match=r"ok\.yml"):
        discover_seeds(seeds, root=project)


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_dangling_symlink_is_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "gone.txt").symlink_to(seeds / "missing.txt")
    with pytest.raises(CorpusError, match=r"gone\.txt"):
        discover_seeds(seeds)


# --------------------------------------------------------------------------- build + cache


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts calls of the pipeline (process_source) made by build_corpus."""
    calls: list[str] = []
    real = corpus_module.process_source

    def counting(source: Any, **kw: Any) -> Any:
        calls.append(source.name)
        return real(source, **kw)

    monkeypatch.setattr(corpus_module, "process_source", counting)
    return calls


def make_seeds(tmp_path: Path, n: int = 2) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(n):
        write(seeds / f"s{i}.txt", ARTICLE.replace("Monday", f"day {i}"))
    return seeds


def test_unchanged_seeds_are_not_processed_again(tmp_path: Path, counted: list[str]) -> None:
    seeds = make_seeds(tmp_path, 3)
    cache = ArticleCache()
    first = build_corpus(discover_seeds(seeds), cache=cache)
    assert sorted(counted) == ["s0.txt", "s1.txt", "s2.txt"]
    second = build_corpus(discover_seeds(seeds), cache=cache)
    assert len(counted) == 3  # nothing parsed again
    assert second.articles == first.articles
    write(seeds / "s1.txt", ARTICLE.replace("Monday", "Tuesday"))
    build_corpus(discover_seeds(seeds), cache=cache)
    assert counted[3:] == ["s1.txt"]
    write(seeds / "s2.yml", "title: Edited\n")  # an editor file is part of the key
    third = build_corpus(discover_seeds(seeds), cache=cache)
    assert counted[4:] == ["s2.txt"]
    assert third.articles[2].briefing.meta.title == "Edited"


def test_registry_and_settings_are_part_of_the_key(tmp_path: Path, counted: list[str]) -> None:
    seeds = make_seeds(tmp_path, 1)
    cache = ArticleCache()
    build_corpus(discover_seeds(seeds), cache=cache)
    build_corpus(discover_seeds(seeds), cache=cache, settings="other")
    registry = Registry(entries=(RegistryEntry("dmitry-peskov", "Dmitry Peskov", "person"),))
    build_corpus(discover_seeds(seeds), registry, cache=cache, settings="other")
    build_corpus(discover_seeds(seeds), registry, cache=cache, settings="other")
    assert len(counted) == 3


def test_disk_cache_survives_a_new_process(tmp_path: Path, counted: list[str]) -> None:
    seeds = make_seeds(tmp_path, 2)
    folder = tmp_path / "cache"
    build_corpus(discover_seeds(seeds), cache=ArticleCache(folder))
    assert len(counted) == 2 and len(list(folder.glob("*.pickle"))) == 2
    fresh = ArticleCache(folder)
    build_corpus(discover_seeds(seeds), cache=fresh)
    assert len(counted) == 2 and fresh.hits == 2 and fresh.misses == 0
    for f in folder.glob("*.pickle"):
        f.write_bytes(b"truncated")  # a broken cache file is a miss, not a crash
    build_corpus(discover_seeds(seeds), cache=ArticleCache(folder))
    assert len(counted) == 4


def test_registry_fingerprint_is_content_based() -> None:
    a = Registry(ignore=frozenset({"x", "y", "z"}))
    b = Registry(ignore=frozenset({"z", "y", "x"}))
    assert registry_fingerprint(a) == registry_fingerprint(b)
    assert registry_fingerprint(a) != registry_fingerprint(Registry())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt"),
        ("chrome.txt", b"Skip to main content\nAdvertisement\n", "chrome.txt"),
        ("utf16.txt", b"\xff\xfe\x00\xd8", "utf16.txt"),  # a lone surrogate after a BOM
    ],
)
def test_unusable_seeds_raise_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_bytes(content)
    write(seeds / "good.txt")
    with pytest.raises(CorpusError) as info:
        build_corpus(discover_seeds(seeds))
    assert len(info.value.problems) == 1 and message in info.value.problems[0]


def test_unusable_seeds_can_be_left_out_with_a_warning(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path, 2)
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 20)
    write(seeds / "empty.txt", "")
    write(seeds / "s1.yml", "title: [unclosed\n")
    corpus = build_corpus(discover_seeds(seeds), skip_unusable=True)
    assert [a.briefing.slug for a in corpus.articles] == ["s0"]
    left_out = [w for w in corpus.warnings if w.endswith("(left out of the site)")]
    assert sorted(Path(w.split(":")[0]).name for w in left_out) == [
        "binary.txt",
        "empty.txt",
        "s1.yml",
    ]


def test_a_pipeline_failure_names_the_seed_and_says_it_is_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefings.corpus as corpus_module

    def fail(*args: object, **kwargs: object) -> object:
        raise IndexError("list index out of range")

    seeds = make_seeds(tmp_path, 1)
    monkeypatch.setattr(corpus_module, "process_source", fail)
    with pytest.raises(CorpusError) as info:
        build_corpus(discover_seeds(seeds))
    (problem,) = info.value.problems
    assert str(seeds / "s0.txt") in problem
    assert "IndexError: list index out of range" in problem and "bug of Briefings" in problem


def test_broken_editor_file_raises_naming_it(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path, 1)
    write(seeds / "s0.yml", "title: [unclosed\n")
    with pytest.raises(CorpusError, match=r"s0\.yml"):
        build_corpus(discover_seeds(seeds))


def test_editor_warnings_and_slug_warnings_reach_the_corpus(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path, 1)
    write(seeds / "s0.yml", "title: T\ncolour: red\n")
    write(seeds / "S0.txt")
    corpus = build_corpus(discover_seeds(seeds))
    assert any("unknown key 'colour'" in w and "s0.yml" in w for w in corpus.warnings)
    assert any("slug 's0' is taken" in w for w in corpus.warnings)


def actors(slug: str, *ids: str, credit: str | None = None) -> BriefingActors:
    found = [Actor(i, i, "person", (), None, (Mention(i, "lead", i),)) for i in ids]
    if credit:
        found.append(Actor(credit, credit, "organization", (), None, (), credit_only=True))
    return BriefingActors(slug, tuple(found))


def test_related_briefings_most_shared_first() -> None:
    per = [
        actors("a", "x", "y", "z", credit="agency"),
        actors("b", "x", credit="agency"),
        actors("c", "x", "y", "z"),
        actors("d", "w"),
    ]
    related = find_related(per)
    assert related["a"] == (("c", 3), ("b", 1))
    assert related["b"] == (("a", 1), ("c", 1))
    assert related["d"] == ()


def test_related_ignores_actors_named_almost_everywhere() -> None:
    per = [actors(f"b{i}", "everywhere", *(["rare"] if i < 2 else [])) for i in range(100)]
    related = find_related(per)
    assert related["b0"] == (("b1", 1),)
    assert related["b50"] == ()


def test_worker_processes_give_the_same_corpus(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path, 4)
    write(seeds / "s3.yml", "title: [broken\n")
    with pytest.raises(CorpusError, match=r"s3\.yml") as info:
        build_corpus(discover_seeds(seeds), workers=2)
    assert len(info.value.problems) == 1
    write(seeds / "s3.yml", "title: Fine\n")
    alone = build_corpus(discover_seeds(seeds), workers=1)
    pooled_cache = ArticleCache()
    pooled = build_corpus(discover_seeds(seeds), cache=pooled_cache, workers=2)
    assert pooled.articles == alone.articles
    assert pooled.actors == alone.actors
    assert len(pooled_cache) == 4  # results of the workers are cached in this process


@pytest.mark.parametrize(("jobs", "most"), [(0, 1), (1, 1), (15, 1), (16, 2), (400, 64)])
def test_default_workers_stay_in_process_for_small_batches(jobs: int, most: int) -> None:
    from briefings.corpus import default_workers

    assert 1 <= default_workers(jobs) <= most


def test_a_sites_menu_in_several_seeds_is_removed_from_each(tmp_path: Path) -> None:
    # two stories of one site print the same menu block; the corpus finds it in both seeds
    # (from the keys cached with each decoded seed) and each briefing reports it removed
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    menu = "Gazette Extra\nWeekend Supplement\n\n"
    write(seeds / "a.txt", menu + ARTICLE.split("\n\n", 1)[1])
    write(seeds / "b.txt", menu + COMMENT_STORY)
    corpus = build_corpus(discover_seeds(seeds))
    for article in corpus.articles:
        removed = {r.text: r.reason for r in article.briefing.removed}
        assert "repeated in other seeds" in removed["Gazette Extra"]
        assert "repeated in other seeds" in removed["Weekend Supplement"]


def test_copies_of_one_story_are_noted_in_the_build(tmp_path: Path) -> None:
    # the same story saved as copied text and as a wire version broken at 60 columns, and a
    # different story: the build says which seeds are copies (a note, not a warning)
    import textwrap

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = ARTICLE.split("\n\n", 1)[1]
    write(seeds / "a.txt", ARTICLE)
    write(seeds / "b.txt", "Top stories\n\n" + "\n".join(textwrap.wrap(body, 60)) + "\n")
    write(seeds / "c.txt", "Skip to main content\n\n" + COMMENT_STORY)
    corpus = build_corpus(discover_seeds(seeds))
    notes = [n for n in corpus.notes if "copies of one story" in n]
    assert len(notes) == 1
    assert "a.txt" in notes[0] and "b.txt" in notes[0] and "c.txt" not in notes[0]
    assert not corpus.warnings


COMMENT_STORY = (
    "The city council voted on Tuesday to close the old bridge over the river for two years "
    "of repairs, and drivers will have to use the northern ring road until the work is done.\n"
)


def test_hidden_seed_files_are_listed_so_they_are_not_skipped_silently(tmp_path: Path) -> None:
    for name in (".draft.txt", "....txt", ".txt", ".notes.yml", "a.txt", ".cache"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in hidden_seed_files(tmp_path)] == ["....txt", ".draft.txt", ".txt"]
    assert [s.path.name for s in discover_seeds(tmp_path)] == ["a.txt"]
    # in the subfolders read for seeds too (not inside hidden folders, which are not read)
    (tmp_path / "2025").mkdir()
    (tmp_path / "2025" / ".old.html").write_text("x", encoding="utf-8")
    (tmp_path / ".trash").mkdir()
    (tmp_path / ".trash" / ".gone.txt").write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in hidden_seed_files(tmp_path)] == [
        "....txt",
        ".draft.txt",
        ".txt",
        "2025/.old.html",
    ]


def test_files_not_read_for_their_suffix_are_listed_so_they_are_not_skipped_silently(
    tmp_path: Path,
) -> None:
    names = ("a.txt", "b.md", "a.yml", "b.yaml", "paper.pdf", "README.md", "Thumbs.db")
    for name in (*names, ".DS_Store"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "2025").mkdir()
    (tmp_path / "2025" / "page.webarchive").write_text("x", encoding="utf-8")
    unread = unread_seed_files(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in unread] == [
        "b.md",
        "paper.pdf",
        "2025/page.webarchive",
    ]
    assert [s.path.name for s in discover_seeds(tmp_path)] == ["a.txt"]
    assert "saved as .txt" in unread_reason(unread[0])
    assert "rename it" in unread_reason(unread[1])


# --------------------------------------------------------------------------- reuse across builds

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from briefings.actors.corpus import gather_actors, unify_ids  # noqa: E402
from briefings.actors.model import Quote  # noqa: E402
from briefings.corpus import CorpusMemo  # noqa: E402

#: A small pool of names, so briefings share actors, surnames and aliases often.
POOL = [
    ("vladimir-putin", "Vladimir Putin", "person"),
    ("putin", "Putin", "person"),
    ("steve-witkoff", "Steve Witkoff", "person"),
    ("stephen-witkoff", "Stephen Witkoff", "person"),
    ("witkoff", "Witkoff", "person"),
    ("un", "UN", "organization"),
    ("united-nations", "United Nations", "organization"),
    ("moscow", "Moscow", "place"),
    ("kyiv", "Kyiv", "place"),
    ("nato", "NATO", "organization"),
]


@st.composite
def findings_of(draw: st.DrawFn, slug: str) -> BriefingActors:
    picks = draw(st.lists(st.integers(0, len(POOL) - 1), unique=True, max_size=6))
    actors = []
    for i in picks:
        id_, name, kind = POOL[i]
        sections = draw(st.lists(st.sampled_from(["lead", "s1", "s2"]), min_size=1, max_size=3))
        mentions = tuple(Mention(name, s, f"{name} in {s} of {slug}.") for s in sections)
        aliases = ("UN",) if id_ == "united-nations" and draw(st.booleans()) else ()
        credit = draw(st.integers(0, 9)) == 0
        actors.append(Actor(id_, name, kind, aliases, None, mentions, credit_only=credit))  # type: ignore[arg-type]
    quotes = tuple(Quote(f"quote {k}", actors[k].id, "lead") for k in range(min(len(actors), 2)))
    return BriefingActors(slug, tuple(actors), quotes)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_memo_gives_what_a_fresh_computation_gives_edit_after_edit(data: st.DataObject) -> None:
    slugs = [f"b{i}" for i in range(data.draw(st.integers(1, 7)))]
    per = [data.draw(findings_of(s)) for s in slugs]
    memo = CorpusMemo()
    for _ in range(data.draw(st.integers(1, 5))):
        unified = list(unify_ids(per, None, memo.rewrites))
        assert unified == list(unify_ids(per))
        assert gather_actors(unified, None, memo.gather) == gather_actors(unified)
        assert find_related(unified, memo=memo.related) == find_related(unified)
        edited = data.draw(st.integers(0, len(per) - 1))
        per = list(per)  # unchanged briefings stay the same objects, as from the article cache
        per[edited] = data.draw(findings_of(slugs[edited]))


@given(st.dictionaries(st.text("abc", max_size=3), st.integers(1, 4)), st.integers(0, 6))
def test_top_related_is_the_head_of_the_full_ranking(counts: dict[str, int], limit: int) -> None:
    from collections import Counter

    from briefings.corpus import _top

    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    assert _top(Counter(counts), limit) == tuple(ranked[:limit])


def _repository_seeds_corpus(tmp_path: Path) -> Corpus:
    """The corpus of the repository's seeds (copied: a build never writes into seeds/)."""
    seeds_dir = tmp_path / "seeds"
    seeds_dir.mkdir()
    for seed in (Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"):
        (seeds_dir / seed.name).write_bytes(seed.read_bytes())
    return build_corpus(discover_seeds(seeds_dir), workers=1)


def test_without_lines_keeps_what_the_pages_show(tmp_path: Path) -> None:
    from briefings.corpus import without_lines
    from briefings.pages import render_pages

    corpus = _repository_seeds_corpus(tmp_path)
    light = without_lines(corpus)
    assert all(not a.source.lines and not a.stripped.lines for a in light.articles)
    assert any(a.briefing.removed for a in light.articles)  # the removal report stays
    assert render_pages(light) == render_pages(corpus)


def test_a_cache_without_memory_keeps_articles_on_disk_only(tmp_path: Path) -> None:
    seeds_dir = tmp_path / "seeds"
    seeds_dir.mkdir()
    sentence = "Moscow said on Monday that the talks go on in Geneva."
    text = "Talks go on\n\n" + " ".join([sentence] * 4)
    (seeds_dir / "a.txt").write_text(text + "\n", "utf-8")
    cache = ArticleCache(tmp_path / "cache", memory=False)
    build_corpus(discover_seeds(seeds_dir), cache=cache, workers=1)
    assert len(cache) == 0 and list((tmp_path / "cache").glob("*.pickle"))
    build_corpus(discover_seeds(seeds_dir), cache=cache, workers=1)
    assert cache.hits == 1  # read back from disk


def test_pictures_only_draws_the_same_pictures_with_less(tmp_path: Path) -> None:
    from briefings.corpus import pictures_only
    from briefings.pages import actor_network, actor_pages_of, briefings_timeline, site_network

    corpus = _repository_seeds_corpus(tmp_path)
    light = pictures_only(corpus)

    def url(x: str) -> str:
        return f"/{x}/"

    assert site_network(light, url) == site_network(corpus, url) is not None
    assert briefings_timeline(light, url) == briefings_timeline(corpus, url) is not None
    ids = list(actor_pages_of(corpus))
    assert ids == list(actor_pages_of(light)) and len(ids) > 10
    for actor_id in ids:
        assert actor_network(light, actor_id, url) == actor_network(corpus, actor_id, url)
    full = {a.id: a for a in corpus.actors}
    assert all(a.mention_count == full[a.id].mention_count > 0 for a in light.actors)
    # What it leaves out: the text the pages were made from.
    assert all(not a.briefing.all_sections and not a.briefing.removed for a in light.articles)
    assert all(not ap.mentions for a in light.actors for ap in a.appearances)
    assert any(a.briefing.removed for a in corpus.articles)
