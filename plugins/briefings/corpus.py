"""The whole site's input: discover the seeds, process each one (cached), gather the actors.

Pure library code (no MkDocs): the plugin, the CLI and the benchmarks share it.

- :func:`discover_seeds` lists the raw articles of a seeds folder in a stable order, with a
  unique URL slug each and their editor sidecar file, refusing files that resolve outside the
  project (a symlink to ``/etc/passwd`` is not an article).
- :func:`build_corpus` runs :func:`briefings.pipeline.process_source` on every seed, reusing
  earlier results from an :class:`ArticleCache` when nothing that affects them changed, then
  gathers the actors of all briefings and finds related briefings (sharing actors).
"""

from __future__ import annotations

import hashlib
import heapq
import multiprocessing
import os
import pickle
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from . import __version__
from .actors import BriefingActors, Registry
from .actors.corpus import GatherMemo, RewriteMemo, gather_actors, same_briefings, unify_ids
from .actors.model import Appearance, CorpusActor
from .chrome import SeedKeys, find_copies, key_seed, repeated_line_keys
from .editor import EditorFile, EditorFileError, parse_editor_data
from .ingest import (
    QUIET_NAMES,
    QUIET_SUFFIXES,
    SEED_SUFFIXES,
    IngestError,
    SourceText,
    decode_source,
    seed_files,
    seed_folders,
)
from .pipeline import Article, EmptyArticleError, process_source
from .slugs import slugify, unique_slug
from .yamlfile import YamlError, parse_yaml

#: Slugs a briefing cannot have: the briefings index page is ``<briefings_dir>/index.md``.
RESERVED_SLUGS = frozenset({"index"})
#: Related briefings: an actor named in more than this share of all briefings (and in more
#: than RELATED_MIN_COMMON of them) says little about relatedness and is not counted.
RELATED_COMMON_SHARE = 0.2
RELATED_MIN_COMMON = 25
#: Seeds to parse before a process pool pays for itself (about 50 ms each, a fork about 20 ms).
PARALLEL_MIN_JOBS = 16
#: How many related briefings are kept per briefing.
RELATED_LIMIT = 8


class CorpusError(ValueError):
    """Seeds that cannot be used; ``problems`` lists one message per file, naming it."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Seed:
    """One raw article file of the seeds folder."""

    path: Path
    slug: str
    """Unique URL slug of the briefing (from the file name, ASCII)."""
    sidecar: Path | None = None
    """The editor file (``<stem>.yml`` beside the seed), when there is one."""
    warnings: tuple[str, ...] = ()
    """Problems found while discovering it (a renamed slug, a shared editor file)."""

    @property
    def name(self) -> str:
        return self.path.name


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _seed_folder_files(seeds_dir: Path, wanted: Callable[[str], bool]) -> tuple[Path, ...]:
    """Files in ``seeds_dir`` and the subfolders read for seeds whose names are ``wanted``."""
    if not seeds_dir.is_dir():
        return ()
    return tuple(
        folder / name
        for folder, names in seed_folders(seeds_dir)
        for name in sorted(names)
        if wanted(name)
    )


def _hidden_seed(name: str) -> bool:
    # "x" + name: a file named just ".txt" has no suffix for pathlib
    return name.startswith(".") and Path("x" + name).suffix.lower() in SEED_SUFFIXES


def _unread(name: str) -> bool:
    suffix = Path(name).suffix.lower()
    return (
        not name.startswith(".")
        and suffix not in SEED_SUFFIXES
        and suffix not in QUIET_SUFFIXES
        and name.lower() not in QUIET_NAMES
    )


def hidden_seed_files(seeds_dir: Path) -> tuple[Path, ...]:
    """Files in ``seeds_dir`` and the subfolders read for seeds, with a seed suffix, whose names
    start with ``.`` (not read as seeds).

    Editors' tools leave such files (``.draft.txt``); they are skipped, and callers say so.
    """
    return _seed_folder_files(seeds_dir, _hidden_seed)


def unread_seed_files(seeds_dir: Path) -> tuple[Path, ...]:
    """Files in ``seeds_dir`` and the subfolders read for seeds that are not read because of
    their suffix (``notes.pdf``, ``README``), editor files and the operating system's own files
    aside; callers say so, as a saved page with an unexpected suffix is easily missed."""
    return _seed_folder_files(seeds_dir, _unread)


def unread_reason(path: Path) -> str:
    """Why a file of :func:`unread_seed_files` is not read, and what to do if it is an article."""
    if path.suffix.lower() in (".md", ".markdown"):
        return (
            "Markdown files in the seeds folder are editors' notes; a scraped article in "
            "Markdown is read when saved as .txt"
        )
    return f"not a seed (seeds end in {', '.join(SEED_SUFFIXES)}; rename it if it is an article)"


def seed_slug(seeds_dir: Path, path: Path) -> str:
    """The slug a seed's briefing wants: its name without suffix; in a subfolder, the folders'
    names first (``seeds/2025/11/summit.txt`` -> ``2025-11-summit``)."""
    parts = path.relative_to(seeds_dir).with_suffix("").parts
    return slugify("-".join(parts), fallback="briefing")


def discover_seeds(seeds_dir: Path, root: Path | None = None) -> tuple[Seed, ...]:
    """The seeds in ``seeds_dir`` and its subfolders (the suffixes of ``SEED_SUFFIXES``).

    ``root`` is the project folder (default: the parent of ``seeds_dir``); a seed or editor file
    that is a symlink resolving outside it raises :class:`CorpusError`. Hidden files and folders
    are skipped. A seed in a subfolder gets the folders' names in its slug (``seed_slug``). Two
    seeds whose names give the same slug (``a b.txt`` and ``a-b.txt``, or ``x.txt`` and
    ``x.html``) get deterministic unique slugs (``a-b``, ``a-b-2``) and a warning. A missing
    folder has no seeds.
    """
    seeds_dir = Path(os.path.abspath(seeds_dir))
    root = Path(os.path.abspath(root)) if root is not None else seeds_dir.parent
    if not seeds_dir.is_dir():
        return ()
    problems: list[str] = []
    candidates: list[Path] = []
    for entry in seed_files(seeds_dir):
        if entry.is_symlink() and not _inside(entry, root):
            problems.append(
                f"{entry}: a symlink to {os.path.realpath(entry)}, outside the project "
                f"{root}; refusing to read it"
            )
            continue
        if not entry.is_file():
            if entry.is_symlink():
                problems.append(f"{entry}: a symlink to nothing (dangling)")
            continue
        candidates.append(entry)
    taken: set[str] = set(RESERVED_SLUGS)
    owner: dict[str, str] = {}
    sidecar_users: Counter[Path] = Counter()
    seeds: list[Seed] = []
    for path in candidates:
        warnings: list[str] = []
        wanted = seed_slug(seeds_dir, path)
        slug = unique_slug(wanted, taken)
        if slug != wanted:
            why = f"taken by {owner[wanted]}" if wanted in owner else "reserved"
            warnings.append(
                f"{path}: the briefing slug {wanted!r} is {why}; this briefing uses {slug!r}"
            )
        name = path.relative_to(seeds_dir).as_posix()
        owner.setdefault(wanted, name)
        owner[slug] = name
        sidecar: Path | None = path.with_suffix(".yml")
        assert sidecar is not None
        if sidecar.is_symlink() and not _inside(sidecar, root):
            problems.append(
                f"{sidecar}: a symlink to {os.path.realpath(sidecar)}, outside the project "
                f"{root}; refusing to read it"
            )
            sidecar = None
        elif not sidecar.is_file():
            sidecar = None
        if sidecar is not None:
            sidecar_users[sidecar] += 1
            if sidecar_users[sidecar] > 1:
                warnings.append(
                    f"{sidecar}: editor file shared by several seeds named {path.stem}.*; "
                    f"it applies to each of them"
                )
        seeds.append(Seed(path=path, slug=slug, sidecar=sidecar, warnings=tuple(warnings)))
    if problems:
        raise CorpusError(problems)
    return tuple(seeds)


# --------------------------------------------------------------------------- cache


def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the package's code and data files: a cached article is only reused by the
    same code (an editable install changes without its version number changing)."""
    package = Path(__file__).resolve().parent
    parts: list[bytes | str] = [__version__]
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            parts.append(path.relative_to(package).as_posix())
            parts.append(path.read_bytes())
    return _digest(*parts)


def registry_fingerprint(registry: Registry) -> str:
    """A stable digest of a registry's content (same registry, same digest, in any process)."""
    parts = [
        repr((e.id, e.name, e.kind, e.aliases, e.description, e.links)) for e in registry.entries
    ]
    parts.append(repr(sorted(registry.ignore)))
    return _digest(*parts)


class ArticleCache:
    """Processed articles by key, in memory and optionally in a folder on disk.

    Kept on the plugin instance across ``mkdocs serve`` rebuilds; the folder (when given) keeps
    them across processes. A key is a digest of everything that affects an article: seed bytes,
    editor file bytes, registry, the package's code and data, and settings. ``hits`` and
    ``misses`` count lookups since creation (tests use them to see that unchanged seeds are not
    parsed again).
    """

    def __init__(self, directory: Path | None = None, memory: bool = True) -> None:
        self.directory = directory
        self.memory = memory
        """Keep articles and decoded sources in memory too (for ``mkdocs serve`` rebuilds; a
        one-off build has no use for them after it)."""
        self._articles: dict[str, Article] = {}
        self._sources: dict[str, tuple[SourceText, SeedKeys]] = {}
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._articles)

    def _file(self, key: str) -> Path | None:
        return self.directory / f"{key}.pickle" if self.directory is not None else None

    def get(self, key: str) -> Article | None:
        article = self._articles.get(key)
        if article is None and (path := self._file(key)) is not None and path.is_file():
            try:
                loaded = pickle.loads(path.read_bytes())  # our own cache folder, never downloaded
            except Exception:  # a stale or truncated cache file is just a miss
                loaded = None
            if isinstance(loaded, Article):
                article = loaded
                if self.memory:
                    self._articles[key] = loaded
        if article is None:
            self.misses += 1
        else:
            self.hits += 1
        return article

    def put(self, key: str, article: Article) -> None:
        if self.memory:
            self._articles[key] = article
        path = self._file(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, path)
        except OSError:
            pass  # the disk cache is an optimisation; the build goes on without it

    def source(self, key: str) -> tuple[SourceText, SeedKeys] | None:
        return self._sources.get(key)

    def put_source(self, key: str, source: SourceText, keys: SeedKeys) -> None:
        if self.memory:
            self._sources[key] = (source, keys)

    def keep_only(self, article_keys: Iterable[str], source_keys: Iterable[str]) -> None:
        """Forget (in memory) everything not used by the last build, so serve does not grow."""
        keep_a, keep_s = set(article_keys), set(source_keys)
        self._articles = {k: v for k, v in self._articles.items() if k in keep_a}
        self._sources = {k: v for k, v in self._sources.items() if k in keep_s}


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Corpus:
    """Every briefing of the site with its actors, and the actors across the site."""

    articles: tuple[Article, ...]
    """In seed order (see :func:`discover_seeds`)."""
    actors: tuple[CorpusActor, ...]
    """Sorted by id."""
    related: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    """Briefing slug -> (related slug, number of shared actors), most shared first."""
    warnings: tuple[str, ...] = ()
    """Problems editors should fix (they fail ``mkdocs build --strict``)."""
    notes: tuple[str, ...] = ()
    """Things done to the input that need no fixing (control characters dropped...)."""
    registry: Registry = field(default_factory=Registry)
    keys: tuple[str, ...] = ()
    """The cache key of each article (same order): equal keys, equal articles."""

    def article(self, slug: str) -> Article | None:
        return self._article_of.get(slug)

    def actor(self, actor_id: str) -> CorpusActor | None:
        return self._actor_of.get(actor_id)

    @cached_property
    def _article_of(self) -> dict[str, Article]:
        # Made on first use (the export asks once per page: a scan each would grow with the
        # square of the site); the first article of a slug, as a scan finds it.
        found: dict[str, Article] = {}
        for a in self.articles:
            found.setdefault(a.briefing.slug, a)
        return found

    @cached_property
    def _actor_of(self) -> dict[str, CorpusActor]:
        found: dict[str, CorpusActor] = {}
        for a in self.actors:
            found.setdefault(a.id, a)
        return found


def _source_key(seed: Seed, data: bytes) -> str:
    return _digest(code_fingerprint(), seed.path.name, data)


def _decode(seed: Seed, data: bytes, cache: ArticleCache) -> tuple[SourceText, SeedKeys]:
    key = _source_key(seed, data)
    hit = cache.source(key)
    if hit is not None:
        return hit
    source = decode_source(seed.path.name, data, SEED_SUFFIXES[seed.path.suffix.lower()])
    keys = key_seed(source)
    cache.put_source(key, source, keys)
    return source, keys


def _editor(seed: Seed, data: bytes | None) -> EditorFile | None:
    if seed.sidecar is None or data is None:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EditorFileError(f"{seed.sidecar}: not UTF-8 text") from None
    try:
        parsed = parse_yaml(text, str(seed.sidecar))
    except YamlError as exc:
        raise EditorFileError(str(exc)) from None
    return parse_editor_data(parsed, str(seed.sidecar))


def copies_note(paths: Sequence[Path]) -> str:
    """The build's note on seeds that hold one story (``find_copies``)."""
    names = ", ".join(str(p) for p in paths)
    return (
        f"{names}: copies of one story (each is a briefing; the lines they share are not "
        "taken for site chrome)"
    )


@dataclass
class RelatedMemo:
    """What :func:`find_related` computed last time, for the next call to reuse."""

    per_briefing: tuple[BriefingActors, ...] = ()
    slugs_of: dict[str, list[str]] = field(default_factory=dict)
    too_common: int = 0
    limit: int = 0
    related: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


def _changed_slugs(
    memo: RelatedMemo | None,
    per: Sequence[BriefingActors],
    slugs_of: Mapping[str, list[str]],
    too_common: int,
    limit: int,
) -> set[str] | None:
    """The briefings whose related list may differ from ``memo``'s (None: all of them)."""
    if (
        memo is None
        or (memo.too_common, memo.limit) != (too_common, limit)
        or not same_briefings(memo.per_briefing, per)
    ):
        return None
    changed: set[str] = set()
    for old, new in zip(memo.per_briefing, per, strict=True):
        if old is new:
            continue
        changed.add(new.slug)
        for actor_id in {a.id for a in old.actors} | {a.id for a in new.actors}:
            before, after = memo.slugs_of.get(actor_id, []), slugs_of.get(actor_id, [])
            # An actor counted neither before nor after (too common, or in one briefing) changes
            # nobody's counts; otherwise every briefing naming it, then or now, is recounted.
            if 2 <= len(before) <= too_common or 2 <= len(after) <= too_common:
                changed.update(before)
                changed.update(after)
    return changed


def _top(counter: Counter[str], limit: int) -> tuple[tuple[str, int], ...]:
    """The ``limit`` most shared briefings, ties by slug: the counts are ranked first (in C),
    then only the briefings reaching the last count kept are sorted."""
    if not counter or limit <= 0:
        return ()
    floor = heapq.nlargest(limit, counter.values())[-1]
    best = sorted((-n, slug) for slug, n in counter.items() if n >= floor)[:limit]
    return tuple((slug, -n) for n, slug in best)


def find_related(
    per_briefing: Sequence[BriefingActors],
    limit: int = RELATED_LIMIT,
    memo: RelatedMemo | None = None,
) -> dict[str, tuple[tuple[str, int], ...]]:
    """Briefings sharing actors (credit-only actors aside), most shared first, then by slug.

    Actors named in a large share of all briefings are not counted (they relate everything to
    everything, and counting their pairs would grow with the square of the corpus).
    ``memo`` (kept by the caller between calls) recounts only the briefings an edit can
    affect; it is updated in place.
    """
    slugs_of: dict[str, list[str]] = defaultdict(list)
    for findings in per_briefing:
        for actor in findings.actors:
            if not actor.credit_only:
                slugs_of[actor.id].append(findings.slug)
    too_common = max(RELATED_MIN_COMMON, int(RELATED_COMMON_SHARE * len(per_briefing)))
    changed = _changed_slugs(memo, per_briefing, slugs_of, too_common, limit)
    related: dict[str, tuple[tuple[str, int], ...]] = {}
    for findings in per_briefing:
        slug = findings.slug
        if changed is not None and memo is not None and slug not in changed:
            related[slug] = memo.related[slug]
            continue
        counter: Counter[str] = Counter()
        for actor in findings.actors:
            slugs = slugs_of.get(actor.id, []) if not actor.credit_only else []
            if 2 <= len(slugs) <= too_common:
                counter.update(slugs)  # counts this briefing too (an id is once per briefing)
        counter.pop(slug, None)
        related[slug] = _top(counter, limit)
    if memo is not None:
        memo.per_briefing = tuple(per_briefing)
        memo.slugs_of = dict(slugs_of)
        memo.too_common, memo.limit = too_common, limit
        memo.related = related
    return related


@dataclass
class CorpusMemo:
    """Work of the last :func:`build_corpus` call that the next one reuses: ``mkdocs serve``
    keeps one across rebuilds, so an edit to one seed redoes the corpus-wide steps (one id
    per actor, the actors across briefings, related briefings) only where it can matter."""

    rewrites: RewriteMemo = field(default_factory=dict)
    gather: GatherMemo = field(default_factory=GatherMemo)
    related: RelatedMemo = field(default_factory=RelatedMemo)


@dataclass(frozen=True)
class _Job:
    """One seed to process (everything a worker process needs, picklable)."""

    index: int
    source: SourceText
    slug: str
    seed_path: str
    sidecar: str | None
    sidecar_bytes: bytes | None
    repeated: frozenset[str]


def _run_job(job: _Job, registry: Registry) -> Article | str:
    """Process one seed; an unusable seed gives its problem as a message naming the file."""
    seed = Seed(
        path=Path(job.seed_path),
        slug=job.slug,
        sidecar=Path(job.sidecar) if job.sidecar is not None else None,
    )
    try:
        editor = _editor(seed, job.sidecar_bytes)
        return process_source(
            job.source, slug=job.slug, editor=editor, registry=registry, repeated=job.repeated
        )
    except (EditorFileError, EmptyArticleError, IngestError) as exc:
        message = str(exc)
        if seed.path.name in message or (job.sidecar and job.sidecar in message):
            return message
        return f"{seed.path}: {message}"
    except Exception as exc:  # a bug of the pipeline: name the seed, not a worker's traceback
        return f"{seed.path}: {_internal_error(exc)}"


def _internal_error(exc: Exception) -> str:
    """A pipeline failure the seed's content triggered, told so that it can be reported."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" in {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return (
        f"Briefings failed on this seed ({type(exc).__name__}: {exc}{where}); this is a bug "
        "of Briefings, not of the seed: please report it with the seed attached"
    )


_WORKER_REGISTRY = Registry()


def _init_worker(registry: Registry) -> None:
    global _WORKER_REGISTRY
    _WORKER_REGISTRY = registry


def _run_job_in_worker(job: _Job) -> Article | str:
    return _run_job(job, _WORKER_REGISTRY)


def default_workers(jobs: int) -> int:
    """Worker processes for ``jobs`` seeds to parse: one per core when there are enough seeds
    to pay for starting them (and the platform can fork), else 1 (in this process)."""
    if jobs < PARALLEL_MIN_JOBS or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, jobs // (PARALLEL_MIN_JOBS // 2)))


def _run_jobs(
    jobs: list[_Job],
    registry: Registry,
    workers: int,
    progress: Callable[[int, int], None] | None = None,
) -> list[Article | str]:
    results: list[Article | str] = []

    def collect(items: Iterable[Article | str]) -> list[Article | str]:
        for result in items:
            results.append(result)
            if progress is not None:
                progress(len(results), len(jobs))
        return results

    if workers <= 1 or len(jobs) < 2:
        return collect(_run_job(job, registry) for job in jobs)
    # fork: the workers inherit the loaded lexicons and models instead of loading them again.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(registry,)
    ) as pool:
        chunk = max(1, min(32, len(jobs) // (workers * 4)))
        return collect(pool.map(_run_job_in_worker, jobs, chunksize=chunk))


def build_corpus(
    seeds: Sequence[Seed],
    registry: Registry | None = None,
    cache: ArticleCache | None = None,
    settings: str = "",
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    memo: CorpusMemo | None = None,
    skip_unusable: bool = False,
) -> Corpus:
    """Process every seed (reusing cached results) and gather the site's actors.

    ``settings`` is any text that changes what processing produces (it is part of the cache
    key). Seeds not in the cache are processed in ``workers`` processes (default: see
    :func:`default_workers`; small batches, such as one edited seed, stay in this process);
    ``progress(done, total)`` is called after each of them. ``memo`` (a :class:`CorpusMemo`
    the caller keeps between calls) makes the corpus-wide steps after a small edit cheap.
    Raises :class:`CorpusError` listing every seed that cannot be used (unreadable,
    undecodable, empty, a broken editor file), each message naming the file; with
    ``skip_unusable`` those messages become warnings and the corpus is built without them.
    """
    registry = registry or Registry()
    cache = cache if cache is not None else ArticleCache()
    problems: list[str] = []
    warnings: list[str] = [w for seed in seeds for w in seed.warnings]
    notes: list[str] = []
    loaded: list[tuple[Seed, bytes, bytes | None, SourceText, SeedKeys, str]] = []
    for seed in seeds:
        try:
            data = seed.path.read_bytes()
            side = seed.sidecar.read_bytes() if seed.sidecar is not None else None
        except OSError as exc:
            problems.append(f"{exc.filename or seed.path}: cannot read ({exc.strerror or exc})")
            continue
        try:
            source, keys = _decode(seed, data, cache)
        except IngestError as exc:
            problems.append(f"{seed.path}: {_without_name(str(exc), seed.path.name)}")
            continue
        source_key = _source_key(seed, data)
        loaded.append((seed, data, side, source, keys, source_key))
    seed_keys = [keys for _, _, _, _, keys, _ in loaded]
    copies = find_copies(seed_keys)
    repeated = repeated_line_keys(seed_keys, copies=copies)
    notes.extend(copies_note([loaded[i][0].path for i in g]) for g in copies if len(g) > 1)
    reg = registry_fingerprint(registry)
    found: list[Article | None] = []
    keys_used: list[str] = []
    jobs: list[_Job] = []
    for index, (seed, data, side, source, keys, _) in enumerate(loaded):
        mine = (keys.lines | keys.pairs) & repeated
        key = _digest(
            code_fingerprint(),
            settings,
            reg,
            seed.slug,
            seed.path.name,
            data,
            side if side is not None else b"\x00no editor file",
            "\n".join(sorted(mine)),
        )
        keys_used.append(key)
        article = cache.get(key)
        found.append(article)
        if article is None:
            jobs.append(
                _Job(
                    index=index,
                    source=source,
                    slug=seed.slug,
                    seed_path=str(seed.path),
                    sidecar=str(seed.sidecar) if seed.sidecar is not None else None,
                    sidecar_bytes=side,
                    repeated=mine,
                )
            )
    n_workers = default_workers(len(jobs)) if workers is None else workers
    for job, result in zip(jobs, _run_jobs(jobs, registry, n_workers, progress), strict=True):
        if isinstance(result, str):
            problems.append(result)
            continue
        cache.put(keys_used[job.index], result)
        found[job.index] = result
    if problems and not skip_unusable:
        raise CorpusError(problems)
    warnings.extend(f"{problem} (left out of the site)" for problem in problems)
    used = [(seed, a) for (seed, *_), a in zip(loaded, found, strict=True) if a is not None]
    articles = [a for _, a in used]
    for seed, article in used:
        warnings.extend(article.editor.warnings)
        notes.extend(f"{seed.path}: {w}" for w in article.source.warnings)
        notes.extend(f"{seed.path}: {w}" for w in article.briefing.meta.warnings)
    cache.keep_only(keys_used, (k for *_, k in loaded))
    # One id per real-world actor across briefings ("Putin" here, "Vladimir Putin" there).
    memo = memo if memo is not None else CorpusMemo()
    per_briefing = list(unify_ids([a.actors for a in articles], registry, memo.rewrites))
    articles = [
        a if a.actors is unified else replace(a, actors=unified)
        for a, unified in zip(articles, per_briefing, strict=True)
    ]
    return Corpus(
        articles=tuple(articles),
        actors=gather_actors(per_briefing, registry, memo.gather),
        related=find_related(per_briefing, memo=memo.related),
        warnings=tuple(registry.warnings) + tuple(warnings),
        notes=tuple(notes),
        registry=registry,
        keys=tuple(keys_used),
    )


def without_lines(corpus: Corpus) -> Corpus:
    """The corpus without each article's raw and classified lines: what the pages show comes
    from the briefings and actors (the removed lines are in ``briefing.removed``). A large
    one-off build keeps this lighter corpus while MkDocs renders (about 40 % of it)."""

    def slim(article: Article) -> Article:
        source = replace(article.source, lines=(), hints=())
        stripped = replace(article.stripped, source=source, lines=())
        return replace(article, source=source, stripped=stripped)

    return replace(corpus, articles=tuple(slim(a) for a in corpus.articles))


def pictures_only(corpus: Corpus) -> Corpus:
    """The corpus as a one-off build still needs it once its pages are generated: what the
    templates draw (the actor networks and the timeline) from titles, dates, tags, actor names,
    kinds, counts and co-actors. Sections, removal reports, mentions, sentences and quotes are
    left out, so MkDocs has their memory while it converts and renders every page (about a
    tenth of the peak at N = 3,000).

    Not for ``mkdocs serve``: its next rebuild starts from the full corpus."""

    def slim_actor(actor: CorpusActor) -> CorpusActor:
        light = replace(
            actor,
            appearances=tuple(Appearance(ap.slug, ap.role, ()) for ap in actor.appearances),
        )
        # ``mention_count`` is a cached_property: seeded with the count of the full actor.
        light.__dict__["mention_count"] = actor.mention_count
        return light

    def slim_article(article: Article) -> Article:
        briefing = replace(article.briefing, lead=None, sections=(), removed=())
        actors = replace(article.actors, actors=(), quotes=())
        return replace(article, briefing=briefing, actors=actors)

    return replace(
        corpus,
        articles=tuple(slim_article(a) for a in corpus.articles),
        actors=tuple(slim_actor(a) for a in corpus.actors),
    )


def _without_name(message: str, name: str) -> str:
    prefix = f"{name}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
