"""The ``briefings`` MkDocs plugin: a thin layer over the pipeline.

- ``on_startup``: the plugin object lives across ``mkdocs serve`` rebuilds, and with it the
  cache of processed articles (an unchanged seed is not parsed again).
- ``on_config``: resolves the folders, makes sure the Markdown extensions the generated pages
  use are on, and adds the actor-linking extension (it links mentions on every page, generated
  or written by hand).
- ``on_files``: discovers the seeds, builds the corpus, renders the pages
  (:mod:`briefings.pages`) and adds them as generated files.
- ``on_page_markdown`` tells the linker which page it is on; ``on_page_context`` gives the
  templates in ``site_templates/`` the data of the page (network and timeline layouts).
- ``on_serve`` watches the seeds folder and the registry.

Problems editors should fix are logged as warnings (``mkdocs build --strict`` fails on them);
input that cannot be used at all raises ``PluginError`` naming the file. While serving, a broken
edit is logged and the last good corpus keeps being served until it is fixed.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from . import __version__
from .actors import Registry
from .actors.model import CorpusActor
from .actors.registry import load_registry
from .config import BriefingsConfig
from .corpus import (
    ArticleCache,
    Corpus,
    CorpusError,
    CorpusMemo,
    build_corpus,
    discover_seeds,
    hidden_seed_files,
    pictures_only,
    unread_reason,
    unread_seed_files,
    without_lines,
)
from .linking import ActorLinkExtension, AliasMatcher, LinkPolicy, build_matcher
from .pages import (
    REQUIRED_EXTENSIONS,
    GeneratedPage,
    PageSettings,
    actor_network,
    actor_pages_of,
    briefings_timeline,
    co_actor_index,
    link_targets,
    picture_fingerprint,
    render_pages,
    site_network,
)
from .yamlfile import YamlError

log = get_plugin_logger(__name__)

#: Parse progress is logged when at least this many seeds are new or changed.
PROGRESS_MIN = 100

#: Generated pages the indexes list (not the navigation: it stays short).
_REACHED_BY_INDEX = frozenset({"briefing", "actor", "actor-more"})

#: Allocations between two young-generation passes of the garbage collector (default 700).
GC_THRESHOLD = 100_000


class TemplateCodeCache(jinja2.BytecodeCache):
    """Compiled Jinja templates kept in memory across ``mkdocs serve`` rebuilds.

    MkDocs makes a new Jinja environment for every build, which compiles every template of the
    theme again (about 0.3 s of each live reload). Jinja checks each entry against the
    checksum of the template's source, so an edited template is compiled again.
    """

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.code.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


class BriefingsPlugin(BasePlugin[BriefingsConfig]):  # type: ignore[no-untyped-call]
    """Generate briefing, actor and index pages from the raw articles in ``seeds_dir``."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.is_serve = False
        self.dirty = False
        self.cache: ArticleCache | None = None
        self.corpus: Corpus | None = None
        self.root = Path.cwd()
        self.seeds_dir = self.root / "seeds"
        self.registry_path: Path | None = None
        self.current_page: str | None = None
        self.current_own: str | None = None
        self.current_named: frozenset[str] = frozenset()
        self.matcher: AliasMatcher | None = None
        self.pages: dict[str, GeneratedPage] = {}
        self.files: Files | None = None
        self._co_index: Mapping[str, Mapping[str, int]] | None = None
        self._actor_pages: dict[str, CorpusActor] = {}
        self._summary: dict[str, float] = {}
        self._render_memo: dict[Any, Any] = {}
        self._outputs: dict[str, tuple[str | None, str | None]] = {}
        self._previous_outputs: dict[str, tuple[str | None, str | None]] = {}
        self._matcher_key = ""
        self._links_memo: dict[tuple[str, str], str] = {}
        self._links_next: dict[tuple[str, str], str] = {}
        self._started = time.perf_counter()
        self.link_count = 0
        self.pages_built = 0
        self._settings_key = ""
        self._write_failed = False
        self._written: dict[str, tuple[bytes, int, int]] = {}
        self._template_code = TemplateCodeCache()
        self._corpus_memo = CorpusMemo()
        self._picture_memo: dict[str, tuple[tuple[CorpusActor, ...], str]] = {}

    # ------------------------------------------------------------------ lifecycle

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.is_serve = command == "serve"
        self.dirty = dirty
        # A site of thousands of briefings keeps millions of small objects alive; with Python's
        # default thresholds the cyclic garbage collector walks all of them many times per
        # rebuild (a full pass took 0.3 s at 1,000 briefings, several per live reload). While
        # serving, collect less often (as mypy does for the same reason). Not for a one-off
        # build: there, cyclic garbage (one Jinja context per page) would pile up until the end.
        if self.is_serve:
            gen0, gen1, gen2 = gc.get_threshold()
            gc.set_threshold(max(gen0, GC_THRESHOLD), max(gen1, 20), max(gen2, 20))

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self._started = time.perf_counter()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        config_file = config.config_file_path
        self.root = Path(os.path.dirname(os.path.abspath(config_file or "mkdocs.yml")))
        self.seeds_dir = self.root / self.config.seeds_dir
        self.registry_path = Path(config.docs_dir) / self.config.registry
        cache_dir = self.root / self.config.cache_dir if self.config.cache_dir else None
        if self.cache is None or self.cache.directory != cache_dir:
            self.cache = ArticleCache(cache_dir, memory=self.is_serve)
        self._settings_key = f"briefings {__version__}"
        for name in REQUIRED_EXTENSIONS:
            if not any(
                isinstance(ext, str) and (ext == name or ext.endswith("." + name))
                for ext in config.markdown_extensions
            ):
                config.markdown_extensions.append(name)
        config.markdown_extensions.append(
            ActorLinkExtension(
                get_matcher=lambda: self.matcher,
                get_page=lambda: self.current_page,
                policy=LinkPolicy(self.config.link_mode),
                get_own=lambda: self.current_own,
                get_named=lambda: self.current_named,
            )
        )
        return config

    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment | None:
        if self.is_serve:  # a one-off build compiles each template once anyway
            env.bytecode_cache = self._template_code
        return env

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer | None:
        if not self.config.enabled:
            return server
        if self.seeds_dir.is_dir():
            server.watch(str(self.seeds_dir))
        if self.registry_path is not None and not self._inside_docs(config, self.registry_path):
            server.watch(str(self.registry_path))
        return server

    # ------------------------------------------------------------------ files

    def _inside_docs(self, config: MkDocsConfig, path: Path) -> bool:
        try:
            path.resolve().relative_to(Path(config.docs_dir).resolve())
        except ValueError:
            return False
        return True

    def _load_registry(self) -> Registry:
        path = self.registry_path
        if path is None or not path.is_file():
            return Registry()
        return load_registry(path)

    def _build(self) -> tuple[Corpus, float]:
        start = time.perf_counter()
        seeds = discover_seeds(self.seeds_dir, root=self.root)
        registry = self._load_registry()
        step = {"next": 0.0}

        def progress(done: int, total: int) -> None:
            # Long builds (hundreds of new seeds) say how far they are, every tenth or so.
            if total >= PROGRESS_MIN and (done / total >= step["next"] or done == total):
                log.info(f"parsed {done} of {total} new or changed seeds")
                step["next"] = done / total + 0.1

        # Worker processes are forked; once `mkdocs serve` runs its server threads, forking is
        # not safe (a lock held by another thread stays held in the child), so rebuilds during
        # serve parse in this process.
        workers = 1 if self.is_serve and self.corpus is not None else None
        corpus = build_corpus(
            seeds,
            registry,
            self.cache,
            settings=self._settings_key,
            workers=workers,
            progress=progress,
            memo=self._corpus_memo,
            skip_unusable=self.config.unusable_seeds == "skip",
        )
        return corpus, time.perf_counter() - start

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return files
        if not self.seeds_dir.is_dir():
            log.warning(f"the seeds folder {self.seeds_dir} does not exist; no briefings")
        hits_before = self.cache.hits if self.cache else 0
        try:
            corpus, seconds = self._build()
        except (CorpusError, YamlError) as exc:
            if self.is_serve and self.corpus is not None:
                log.error(f"{exc}\nkeeping the last good briefings until this is fixed")
                corpus, seconds = self.corpus, 0.0
            else:
                raise PluginError(str(exc)) from None
        if not self.is_serve:
            corpus = without_lines(corpus)  # a one-off build: lighter while MkDocs renders
        self.corpus = corpus
        for warning in corpus.warnings:
            log.warning(warning)
        for note in corpus.notes:
            log.info(note)
        for unread in unread_seed_files(self.seeds_dir):
            log.info(f"{unread}: skipped: {unread_reason(unread)}")
        for hidden in hidden_seed_files(self.seeds_dir):
            log.info(
                f"{hidden}: skipped: names starting with '.' are not read as seeds "
                "(rename the file to include it)"
            )

        if self.registry_path is not None and self._inside_docs(config, self.registry_path):
            registry_file = files.get_file_from_path(
                Path(os.path.relpath(self.registry_path, config.docs_dir)).as_posix()
            )
            if registry_file is not None:
                files.remove(registry_file)  # editors' data, not a page of the site

        written = {f.src_uri for f in files}
        settings = PageSettings(
            briefings_dir=self.config.briefings_dir.strip("/"),
            actors_dir=self.config.actors_dir.strip("/"),
            home="index.md" not in written,
            tags_page="tags.md" not in written,
            home_briefings=self.config.home_briefings,
            actor_page_size=self.config.actor_page_size,
            site_name=config.site_name,
        )
        # Pages are memoised for the next rebuild only while serving: a one-off build keeps no
        # second copy of the whole site's Markdown.
        site = render_pages(corpus, settings, self._render_memo if self.is_serve else None)
        for warning in site.warnings:
            log.warning(warning)
        if not self._previous_outputs and self._outputs_file() is not None:
            self._previous_outputs = self._load_outputs()
        self._outputs = {}
        self.pages = {}
        self.files = files
        self._co_index = None
        targets = link_targets(corpus, settings.actors_dir)
        self.matcher = build_matcher(targets)
        self._matcher_key = repr(sorted((k, v.url, v.title) for k, v in targets.items()))
        self._links_next = {}
        pages_dir = self.root / self.config.cache_dir / "pages" if self.config.cache_dir else None
        if pages_dir is not None and self._inside_docs(config, pages_dir):
            # MkDocs would take the written pages for documents (and serve would rebuild forever)
            log.warning(f"cache_dir {self.config.cache_dir!r} is inside docs_dir; move it out")
            pages_dir = None
        if pages_dir is not None:
            self._co_index = co_actor_index(corpus)
            self._actor_pages = actor_pages_of(corpus)
        for page in site.pages:
            if page.src_uri in written:
                if page.kind in ("briefing", "actor"):
                    log.warning(f"{page.src_uri}: written by hand, replaces the generated page")
                continue  # the editors' own page wins (index.md, tags.md, the indexes)
            path = self._materialize(pages_dir, page, corpus) if pages_dir is not None else None
            # Briefing and actor pages are reached through the indexes, not the navigation:
            # MkDocs is told so, and does not list thousands of them as "not in nav".
            inclusion = (
                InclusionLevel.NOT_IN_NAV
                if page.kind in _REACHED_BY_INDEX
                else InclusionLevel.UNDEFINED
            )
            # (the Markdown in memory, or the file written for --dirty)
            text = {"content": page.content} if path is None else {"abs_src_path": str(path)}
            generated = File.generated(config, page.src_uri, inclusion=inclusion, **text)
            files.append(generated)
            # While serving, the Markdown stays for the next rebuild's memo; otherwise MkDocs
            # reads it from the written file (or the File), and this copy would only take memory.
            kept = page if self.is_serve or path is None else replace(page, content="")
            self.pages[page.src_uri] = kept
            self._outputs[page.src_uri] = (generated.abs_dest_path, generated.abs_src_path)
        self._links_memo, self._links_next = (self._links_next if self.is_serve else {}), {}
        self._picture_memo = {k: v for k, v in self._picture_memo.items() if k in self._actor_pages}
        self._summary = {
            "briefings": len(corpus.articles),
            "actors": len(actor_pages_of(corpus)),
            "removed": sum(len(a.briefing.removed) for a in corpus.articles),
            "pages": len(self.pages),
            "pipeline": seconds,
            "cached": (self.cache.hits - hits_before) if self.cache else 0,
        }
        self.link_count = 0
        self.pages_built = 0
        if not self.is_serve:
            # The pages are generated: MkDocs gets the memory of the text they came from.
            self.corpus = pictures_only(corpus)
            self._co_index, self._actor_pages, self._picture_memo = None, {}, {}
        return files

    def _materialize(self, pages_dir: Path, page: GeneratedPage, corpus: Corpus) -> Path | None:
        """Write a generated page under the cache folder, only when its text changed.

        A page file keeps its modification time while its text stays the same, so
        ``mkdocs serve --dirty`` rebuilds exactly the pages an edit changed. The text carries a
        fingerprint of what the page shows beyond its Markdown: the picture drawn by its
        template and the actor links the linker would make in it (a new actor elsewhere
        relinks the pages that name it).
        """
        parts = [
            picture_fingerprint(
                page,
                corpus,
                self._co_index or {},
                self._actor_pages,
                self.config.network_size,
                self._picture_memo,
            )
        ]
        if self.matcher is not None:
            memo_key = (page.content, self._matcher_key)
            links = self._links_memo.get(memo_key)
            if links is None:
                found = {(t.url, t.title) for _, _, t in self.matcher.finditer(page.content)}
                links = repr(sorted(found))
            self._links_next[memo_key] = links
            parts.append(links)
            if page.named:  # (which one-word person names it may link)
                parts.append(" ".join(sorted(page.named)))
        fingerprint = hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()
        stamp = f"briefings_fingerprint: {fingerprint}\n"
        content = page.content
        if content.startswith("---\n"):
            content = "---\n" + stamp + content[4:]
        else:
            content = f"---\n{stamp}---\n\n{content}"
        data = content.encode("utf-8")
        path = pages_dir / page.src_uri
        digest = hashlib.sha1(data).digest()
        try:
            stat = path.stat() if path.is_file() else None
            # What this process last wrote there (same size and time: not touched since).
            known = self._written.get(str(path))
            if stat is not None and known == (digest, stat.st_size, stat.st_mtime_ns):
                return path
            if stat is None or path.read_bytes() != data:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(path.name + ".tmp")
                tmp.write_bytes(data)
                os.replace(tmp, path)
                stat = path.stat()
            self._written[str(path)] = (digest, stat.st_size, stat.st_mtime_ns)
        except OSError as exc:  # a read-only checkout still builds, just without --dirty help
            if not self._write_failed:
                log.info(f"cannot write generated pages under {pages_dir} ({exc}); kept in memory")
            self._write_failed = True
            return None
        return path

    def _remove_stale_outputs(self, config: MkDocsConfig) -> None:
        """Delete what the previous build generated for pages that are gone (a deleted seed, an
        actor no longer named): a full build starts from an empty site folder, but
        ``serve --dirty`` and ``build --dirty`` do not, and would go on serving them."""
        in_use = {f.abs_dest_path for f in self.files or ()} | {
            f.abs_src_path for f in self.files or () if f.abs_src_path
        }
        # Only in dirty builds (a full build empties the site folder itself), and only inside
        # this build's site folder and the pages cache: never another build's output.
        roots = [os.path.abspath(config.site_dir)]
        if self.config.cache_dir:
            roots.append(str(self.root / self.config.cache_dir / "pages"))
        for uri in sorted(set(self._previous_outputs) - set(self.pages)) if self.dirty else ():
            for path in self._previous_outputs[uri]:
                if not path or path in in_use:
                    continue
                if not any(os.path.abspath(path).startswith(r + os.sep) for r in roots):
                    continue
                with contextlib.suppress(OSError):
                    os.remove(path)
                    os.removedirs(os.path.dirname(path))  # empty folders only
        self._previous_outputs = {uri: self._outputs[uri] for uri in self.pages}
        target = self._outputs_file()
        if target is not None:
            with contextlib.suppress(OSError):
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(self._previous_outputs), encoding="utf-8")

    def _outputs_file(self) -> Path | None:
        if not self.config.cache_dir:
            return None
        return self.root / self.config.cache_dir / "outputs.json"

    def _load_outputs(self) -> dict[str, tuple[str | None, str | None]]:
        path = self._outputs_file()
        try:
            data = json.loads(path.read_text(encoding="utf-8")) if path else {}
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(k): (v[0], v[1])
            for k, v in data.items()
            if isinstance(v, list) and len(v) == 2 and all(isinstance(x, str | None) for x in v)
        }

    # ------------------------------------------------------------------ pages

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        self.link_count += html.count('class="briefings-actor"')
        self.pages_built += 1
        if page.file.src_uri in self.pages:
            # MkDocs converts every page before it renders any, so a large site holds all the
            # Markdown and all the HTML at once; the Markdown of a generated page is not needed
            # once converted (its file is the source), which keeps a third of that off the peak.
            # ("" rather than None: MkDocs gives a page whose Markdown is None no title.)
            page.markdown = ""
        return html

    @event_priority(-100)  # after every other plugin's post_page
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if page.file.src_uri in self.pages:
            # Written out: the HTML of a generated page is not needed any more (search has
            # indexed it in page_context; a rebuild makes new Page objects). Dropped here, the
            # memory of all pages' HTML is free again for the search index MkDocs writes last,
            # instead of both being held at the end of a large build.
            page.content = None
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or not self._summary:
            return
        self._remove_stale_outputs(config)
        s = self._summary
        log.info(
            f"{s['briefings']:.0f} briefings, {s['actors']:.0f} actor pages, "
            f"{s['removed']:.0f} removed lines, {s['pages']:.0f} pages generated; "
            f"{self.link_count} actor links in the {self.pages_built} pages built; "
            f"pipeline {s['pipeline']:.2f} s ({s['cached']:.0f} of {s['briefings']:.0f} from "
            f"the cache), whole build {time.perf_counter() - self._started:.1f} s"
        )

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        self.current_page = page.file.src_uri
        generated = self.pages.get(page.file.src_uri)
        # Page 2, 3... of an actor's mentions does not link the actor to its first page.
        self.current_own = generated.continues if generated is not None else None
        self.current_named = generated.named if generated is not None else frozenset()
        return markdown

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> TemplateContext | None:
        generated = self.pages.get(page.file.src_uri)
        kind = generated.kind if generated else ("home" if page.is_homepage else "page")
        data: dict[str, Any] = {"kind": kind, "key": generated.key if generated else None}
        corpus = self.corpus
        if corpus is not None and self.config.enabled:
            actors_dir = self.config.actors_dir.strip("/")
            briefings_dir = self.config.briefings_dir.strip("/")

            def actor_url(actor_id: str) -> str:
                return self._href(page, f"{actors_dir}/{actor_id}.md")

            def briefing_url(slug: str) -> str:
                return self._href(page, f"{briefings_dir}/{slug}.md")

            if kind == "actor" and generated is not None and generated.key:
                if self._co_index is None:
                    self._co_index = co_actor_index(corpus)
                    self._actor_pages = actor_pages_of(corpus)
                data["network"] = actor_network(
                    corpus,
                    generated.key,
                    actor_url,
                    co_index=self._co_index,
                    actor_pages=self._actor_pages,
                )
            elif kind == "actors-index":
                data["network"] = site_network(corpus, actor_url, self.config.network_size)
            elif kind in ("home", "briefings-index"):
                data["timeline"] = briefings_timeline(corpus, briefing_url)
        context["briefings"] = data  # type: ignore[typeddict-unknown-key]
        return context

    def _href(self, page: Page, src_uri: str) -> str:
        """The href from ``page`` to the page built from ``src_uri`` (as templates write it)."""
        target = self.files.get_file_from_path(src_uri) if self.files is not None else None
        if target is None:
            return "#"
        return get_relative_url(target.url, page.url)
