"""``briefings export OUT_DIR``: the site's sources as plain Markdown, buildable without the plugin.

Writes into ``OUT_DIR``:

- ``docs/``: the editors' own files of the docs folder (the actor registry aside) and every
  generated page (briefings, actors, indexes, home, tags) as ordinary Markdown with YAML front
  matter. Actor mentions are already links (``[Dmitry Peskov](../actors/dmitry-peskov.md)``),
  and the front matter carries the facts another generator needs (``briefing:`` or ``actor:``).
- the theme folder (``custom_dir``: templates, stylesheet) and any hooks, copied;
- ``mkdocs.yml``: the project's, with the ``briefings`` plugin removed, ``docs_dir: docs`` and
  the Markdown extensions the pages need; tags such as ``site_url: !ENV [SITE_URL, ...]`` kept.

``mkdocs build --strict`` in ``OUT_DIR`` then builds the same pages with plain MkDocs.
The pages come from the same pure functions the plugin uses (``corpus.build_corpus``,
``pages.render_pages``); this module only decides where they go.
"""

from __future__ import annotations

import os
import posixpath
import re
import shutil
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
import yaml

from . import __version__
from .actors import Registry, load_registry
from .corpus import ArticleCache, Corpus, build_corpus, discover_seeds
from .linking import build_matcher, relative_href
from .pages import (
    REQUIRED_EXTENSIONS,
    GeneratedPage,
    PageSettings,
    RenderedSite,
    actor_network,
    actor_pages_of,
    briefings_timeline,
    co_actor_index,
    front_matter,
    link_targets,
    render_pages,
    site_network,
)
from .project import PLUGIN, Project, dump_mkdocs_yml, plugin_entries

#: The exported docs folder, relative to OUT_DIR.
DOCS = "docs"
#: Files MkDocs never treats as pages or assets (it skips dotfiles); not copied either.
_HIDDEN = "."


class ExportError(ValueError):
    """An export that cannot be written; the message says why."""


@dataclass(frozen=True)
class ExportReport:
    out: Path
    briefings: int
    actors: int
    generated: int
    """Generated pages written (editors' own pages of the same name win, as in the plugin)."""
    copied: int
    """Files copied from the docs folder."""
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        return (
            f"briefings export: {self.briefings} briefings, {self.actors} actor pages, "
            f"{self.generated} generated pages and {self.copied} copied files -> {self.out}"
        )


# --------------------------------------------------------------------------- pages


def _split_front_matter(content: str) -> tuple[dict[str, Any], str]:
    if not content.startswith("---\n"):
        return {}, content
    end = content.find("\n---\n", 4)
    if end < 0:
        return {}, content
    data = yaml.safe_load(content[4 : end + 1]) or {}
    return (data if isinstance(data, dict) else {}), content[end + 5 :].lstrip("\n")


def portable_page(page: GeneratedPage, corpus: Corpus) -> str:
    """The page's Markdown with its facts added to the front matter (under one namespaced key,
    which MkDocs and its themes ignore) for generators that do not read the text."""
    meta, body = _split_front_matter(page.content)
    if page.kind == "briefing" and page.key is not None:
        article = corpus.article(page.key)
        if article is not None:
            m = article.briefing.meta
            facts = {
                "slug": article.briefing.slug,
                "title": m.title,
                "date": m.date,
                "publication": m.publication,
                "byline": m.byline,
                "source_url": m.source_url,
                "translated_by": m.translated_by,
                "seed": m.source_name,
                "actors": [a.id for a in article.actors.actors if not a.credit_only],
            }
            meta["briefing"] = {k: v for k, v in facts.items() if v not in (None, [])}
    elif page.kind == "actor" and page.key is not None:
        actor = corpus.actor(page.key)
        if actor is not None:
            facts = {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "briefings": [ap.slug for ap in actor.appearances],
            }
            meta["actor"] = {k: v for k, v in facts.items() if v not in (None, [])}
    return front_matter(meta) + body


LinkText = Callable[[GeneratedPage, str], str]


# --------------------------------------------------------------------------- linking as text
#
# The plugin links actor mentions in the Markdown element tree (linking.ActorLinkExtension).
# Plain MkDocs has no such extension, so the export writes the same links into the Markdown
# text: the same matcher, the same policy, the same places skipped (headings, admonition titles,
# photo credits, existing links, code, raw HTML), as ``[Name](../actors/x.md "title")``.

#: Inline tokens of the generated Markdown: an escape is one visible character; the others are
#: opaque (no mention inside or across them), as they are in the element tree.
_TOKEN = re.compile(
    r"""(?=[\\`!\[<&{*_])  # every token starts with one of these: other places are skipped fast
    (?:(?P<escape>\\[!-/:-@\[-`{-~])
    | (?P<opaque>
        `+[^`]*?`+                                  # code span
      | !?\[\^[^\]]*\]                            # footnote reference
      | !?\[(?:\\.|[^\]\\])*\]\([^)]*\)(?:\{[^}]*\})?  # link or image
      | !?\[(?:\\.|[^\]\\])*\]\[[^\]]*\]           # reference link
      | ^\[[^\]]+\]:\s.*$                           # link reference definition
      | <[^>]*>                                     # raw HTML tag
      | &\#?\w+;                                   # entity
      | \{[:\s][^}]*\}                             # attribute list
      | \*+ | _{2,}                                 # emphasis markers
    ))""",
    re.VERBOSE,
)
_HTML_BLOCK = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|!--)")
_ATTR_LINE = re.compile(r"^\s*\{[:\s][^}]*\}\s*$")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]]+\]:\s?")
_NO_LINK_CLASSES = (".figure-credit", ".briefings-nolink", ".admonition-title")


@dataclass(frozen=True)
class _Run:
    """Visible characters of a line between two opaque tokens: ``text`` as a reader sees it
    (an escape ``\\*`` is the one character ``*``), found in the line from ``start`` on."""

    text: str
    start: int
    escapes: list[int]
    """Offsets into ``text`` of the characters written as escapes (two characters each)."""

    def source(self, offset: int) -> int:
        """Where the character at ``offset`` of ``text`` (or its end, ``len(text)``) is in
        the line."""
        return self.start + offset + bisect_left(self.escapes, offset)


def _segments(line: str, start: int) -> list[_Run]:
    """The runs of visible characters of ``line[start:]`` between opaque tokens."""
    runs: list[_Run] = []
    parts: list[str] = []
    escapes: list[int] = []
    size = 0  # characters in ``parts``
    run_start = pos = start
    for m in _TOKEN.finditer(line, start):
        if m.start() > pos:
            parts.append(line[pos : m.start()])
            size += m.start() - pos
        if m.group("escape"):
            escapes.append(size)
            parts.append(m.group()[1])
            size += 1
        else:
            if parts:
                runs.append(_Run("".join(parts), run_start, escapes))
            parts, escapes, size, run_start = [], [], 0, m.end()
        pos = m.end()
    if pos < len(line):
        parts.append(line[pos:])
    if parts:
        runs.append(_Run("".join(parts), run_start, escapes))
    return runs


def _link_title(title: str) -> str:
    return title.replace("\\", "/").replace('"', "”")


def link_markdown(
    markdown: str,
    page: str,
    matcher: Any,
    policy: str,
    own: str | None = None,
    named: frozenset[str] = frozenset(),
) -> str:
    """``markdown`` (a page at docs path ``page``) with actor mentions as Markdown links.

    ``matcher`` is a ``linking.AliasMatcher``; ``policy`` a ``linking.LinkPolicy`` value;
    ``own`` a page not to link to either (the first page of the actor a page 2 continues);
    ``named`` the actors the page names, the only ones a ``local`` alias links to.
    """
    if matcher is None or getattr(matcher, "regex", None) is None:
        return markdown
    every = policy == "every"
    per_section = policy == "first-per-section"
    base = posixpath.dirname(page) or "."
    seen: set[str] = set()
    lines = markdown.split("\n")
    blocked = [False] * len(lines)
    # A paragraph whose attribute list names a no-link class (photo credits) stays as it is.
    block: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(i)
            continue
        if (
            block
            and _ATTR_LINE.match(lines[block[-1]])
            and any(c in lines[block[-1]] for c in _NO_LINK_CLASSES)
        ):
            for j in block:
                blocked[j] = True
        block = []
    in_front = markdown.startswith("---\n")
    fence = False
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if in_front:
            out.append(line)
            if i > 0 and line == "---":
                in_front = False
            continue
        if stripped.startswith(("```", "~~~")):
            fence = not fence
        if (
            fence
            or blocked[i]
            or not stripped
            or stripped.startswith(("#", "!!!", "???", "```", "~~~"))
            or _HTML_BLOCK.match(stripped)
            or _ATTR_LINE.match(line)
        ):
            if per_section and line.startswith("## "):
                seen.clear()
            out.append(line)
            continue
        start = len(line) - len(line.lstrip())
        if m := _FOOTNOTE_DEF.match(line, start):
            start = m.end()
        inserts: list[tuple[int, int, Any]] = []
        for run in _segments(line, start):
            for s, e, target in matcher.finditer(run.text):
                if target.url == page or target.url == own:
                    continue
                if target.local and target.actor_id not in named:
                    continue
                if not every:
                    if target.actor_id in seen:
                        continue
                    seen.add(target.actor_id)
                inserts.append((run.source(s), run.source(e), target))
        for s, e, target in reversed(inserts):
            href = relative_href(target.url, base)
            title = f' "{_link_title(target.title)}"' if target.title else ""
            line = f"{line[:s]}[{line[s:e]}]({href}{title}){{ .briefings-actor }}{line[e:]}"
        out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- files


def docs_files(docs_dir: Path, skip: Iterable[Path] = ()) -> list[PurePosixPath]:
    """Docs-relative paths of the editors' files (dotfiles and ``skip`` aside), sorted."""
    if not docs_dir.is_dir():
        return []
    skipped = {p.resolve() for p in skip}
    out: list[PurePosixPath] = []
    for folder, dirs, names in os.walk(docs_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith(_HIDDEN))
        for name in sorted(names):
            path = Path(folder) / name
            if name.startswith(_HIDDEN) or path.resolve() in skipped:
                continue
            out.append(PurePosixPath(path.relative_to(docs_dir).as_posix()))
    return out


def export_config(project: Project, out: Path) -> dict[str, Any]:
    """mkdocs.yml for the export: no briefings plugin, docs in ``docs/``, extensions on."""
    config = dict(project.config)
    config["docs_dir"] = DOCS
    plugins = [(name, options) for name, options in plugin_entries(config) if name != PLUGIN]
    config["plugins"] = [{name: options} if options else name for name, options in plugins]
    extensions = list(config.get("markdown_extensions") or [])
    names = {next(iter(e)) if isinstance(e, dict) else str(e) for e in extensions}
    extensions += [e for e in REQUIRED_EXTENSIONS if e not in names]
    config["markdown_extensions"] = extensions
    watch = [w for w in config.get("watch") or [] if isinstance(w, str) and (out / w).exists()]
    if watch:
        config["watch"] = watch
    else:
        config.pop("watch", None)
    return config


def _copy_relative(project: Project, value: Any, out: Path) -> None:
    """Copy a file or folder named relative to mkdocs.yml into the same place under ``out``."""
    if not isinstance(value, str) or not value or os.path.isabs(value):
        return
    source = project.root / value
    target = out / value
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
    elif source.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def render_site(
    project: Project, cache: ArticleCache | None = None, workers: int | None = None
) -> tuple[Corpus, RenderedSite]:
    """The corpus and pages exactly as the plugin builds them for this project (``workers``:
    processes parsing the seeds, as in ``corpus.build_corpus``; 1 keeps to this process)."""
    registry = load_registry(project.registry) if project.registry.is_file() else Registry()
    seeds = discover_seeds(project.seeds_dir, root=project.root)
    corpus = build_corpus(
        seeds,
        registry,
        cache,
        settings=f"briefings {__version__}",
        workers=workers,
        skip_unusable=project.options["unusable_seeds"] == "skip",
    )
    written = {str(p) for p in docs_files(project.docs_dir, [project.registry])}
    settings = PageSettings(
        briefings_dir=str(project.options["briefings_dir"]).strip("/"),
        actors_dir=str(project.options["actors_dir"]).strip("/"),
        home="index.md" not in written,
        tags_page="tags.md" not in written,
        home_briefings=int(project.options["home_briefings"]),
        actor_page_size=int(project.options["actor_page_size"]),
        site_name=str(project.config.get("site_name") or "Briefings"),
    )
    site = render_pages(corpus, settings)
    # As in the plugin: a page the editors wrote themselves replaces the generated one.
    kept = tuple(p for p in site.pages if p.src_uri not in written)
    return corpus, RenderedSite(pages=kept, warnings=site.warnings)


def export_site(
    project: Project,
    out: Path,
    link_text: LinkText | None = None,
    cache: ArticleCache | None = None,
) -> ExportReport:
    """Write the plain-Markdown site of ``project`` into ``out`` (which must be empty or new)."""
    out = out.resolve()
    if out.exists() and any(out.iterdir()):
        raise ExportError(f"{out}: not empty; export writes into a new or empty folder")
    docs_dir = project.docs_dir.resolve()
    if out == docs_dir or docs_dir in out.parents:
        raise ExportError(f"{out}: inside the project's docs folder")
    corpus, site = render_site(project, cache)
    link = link_text or default_linking(corpus, project)
    docs = out / DOCS
    docs.mkdir(parents=True)
    copied = 0
    for rel in docs_files(project.docs_dir, [project.registry]):
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel.suffix == ".md":  # the plugin links mentions on the editors' pages too
            text = (project.docs_dir / rel).read_text(encoding="utf-8-sig")
            target.write_text(link(GeneratedPage(str(rel), text), text), encoding="utf-8")
        else:
            shutil.copy2(project.docs_dir / rel, target)
        copied += 1
    draw = pictures(project, corpus)
    for page in site.pages:
        target = docs / page.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        text = link(page, portable_page(page, corpus)).rstrip("\n") + "\n" + draw(page)
        target.write_text(text, encoding="utf-8")
    theme = project.config.get("theme")
    if isinstance(theme, dict):
        _copy_relative(project, theme.get("custom_dir"), out)
    hooks = project.config.get("hooks") or []
    for hook in hooks if isinstance(hooks, list) else []:
        _copy_relative(project, hook, out)
    config = export_config(project, out)
    header = (
        "# Exported by `briefings export` from "
        f"{project.config_file.name}: plain MkDocs, no briefings plugin.\n"
        "# Build: mkdocs build --strict\n"
    )
    (out / "mkdocs.yml").write_text(header + dump_mkdocs_yml(config), encoding="utf-8")
    actors = sum(1 for p in site.pages if p.kind == "actor")
    return ExportReport(
        out=out,
        briefings=len(corpus.articles),
        actors=actors,
        generated=len(site.pages),
        copied=copied,
        warnings=tuple(corpus.warnings) + tuple(site.warnings),
    )


# --------------------------------------------------------------------------- pictures
#
# The plugin hands its templates the data of the static SVG pictures (actor networks, the
# timeline) through the page context, which plain MkDocs does not have. The export draws them
# with the same functions and the same partial templates and appends them to the page as raw
# HTML, so the exported Markdown is complete for MkDocs and for any other generator.


def _norm_parts(path: str) -> list[str]:
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return parts


def relative_url(url: str, other: str) -> str:
    """``url`` relative to the page at ``other`` (what ``mkdocs.utils.get_relative_url`` does)."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    other_parts, dest_parts = _norm_parts(other), _norm_parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts, strict=False):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(other_parts) - common) + dest_parts[common:]) or "."
    return rel + "/" if url.endswith("/") else rel


def page_url(src_uri: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives the page built from ``src_uri`` (``actors/x.md`` -> ``actors/x/``)."""
    folder, _, name = src_uri.rpartition("/")
    stem = name.rsplit(".", 1)[0]
    if not directory_urls:
        return f"{folder}/{stem}.html" if folder else f"{stem}.html"
    if stem in ("index", "README"):
        return f"{folder}/" if folder else "./"
    return f"{folder}/{stem}/" if folder else f"{stem}/"


def pictures(project: Project, corpus: Corpus) -> Callable[[GeneratedPage], str]:
    """A function giving the raw HTML of a page's picture (or ``""``), drawn like the plugin."""
    theme = project.config.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    if not isinstance(custom_dir, str) or not (project.root / custom_dir).is_dir():
        return lambda page: ""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(project.root / custom_dir)))
    directory_urls = bool(project.config.get("use_directory_urls", True))
    actors_dir = str(project.options["actors_dir"]).strip("/")
    briefings_dir = str(project.options["briefings_dir"]).strip("/")
    actor_pages = actor_pages_of(corpus)
    co_index = co_actor_index(corpus)

    def draw(page: GeneratedPage) -> str:
        here = page_url(page.src_uri, directory_urls)

        def actor_url(actor_id: str) -> str:
            return relative_url(page_url(f"{actors_dir}/{actor_id}.md", directory_urls), here)

        def briefing_url(slug: str) -> str:
            return relative_url(page_url(f"{briefings_dir}/{slug}.md", directory_urls), here)

        if page.kind == "actor" and page.key:
            layout: Any = actor_network(
                corpus, page.key, actor_url, co_index=co_index, actor_pages=actor_pages
            )
            what = "network"
        elif page.kind == "actors-index":
            layout = site_network(corpus, actor_url, int(project.options["network_size"]))
            what = "network"
        elif page.kind in ("home", "briefings-index"):
            layout = briefings_timeline(corpus, briefing_url)
            what = "timeline"
        else:
            return ""
        if layout is None:
            return ""
        try:
            template = env.get_template(f"partials/briefings-{what}.html")
        except jinja2.TemplateNotFound:
            return ""
        html = template.render(**{f"briefings_{what}": layout, what: layout}).strip()
        if not html:
            return ""
        html = "\n".join(line for line in html.splitlines() if line.strip())
        return f'\n\n<h2 id="{what}">{what.title()}</h2>\n\n{html}\n'

    return draw


def default_linking(corpus: Corpus, project: Project) -> LinkText:
    """Actor links as plain Markdown links, with the plugin's matcher and policy."""
    actors_dir = str(project.options["actors_dir"]).strip("/")
    matcher = build_matcher(link_targets(corpus, actors_dir))
    policy = str(project.options["link_mode"])

    def link(page: GeneratedPage, markdown: str) -> str:
        return link_markdown(markdown, page.src_uri, matcher, policy, page.continues, page.named)

    return link


__all__ = [
    "REQUIRED_EXTENSIONS",
    "ExportError",
    "ExportReport",
    "export_config",
    "export_site",
    "render_site",
]
