"""Options of the ``briefings`` MkDocs plugin (``plugins: - briefings: {...}`` in mkdocs.yml).

Every option has a default, so ``plugins: [search, briefings]`` is a complete configuration::

    plugins:
      - briefings:
          seeds_dir: seeds              # raw articles (.txt/.html/.htm), relative to mkdocs.yml
          registry: actors.yml          # editors' actor registry, inside docs_dir (may be absent)
          link_mode: first-per-section  # which actor mentions link: first-per-section,
                                        # first-per-page or every
          briefings_dir: briefing       # URL folder of the briefing pages
          actors_dir: actors            # URL folder of the actor pages
          cache_dir: .cache/briefings   # parsed articles kept between builds ('' to disable)
          home_briefings: 20            # how many briefings the generated home page lists
          actor_page_size: 25           # briefings whose mentions one actor page lists
"""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

#: The values of ``link_mode`` (the same strings as ``briefings.linking.LinkPolicy``).
LINK_MODES = ("first-per-section", "first-per-page", "every")
#: The values of ``unusable_seeds``.
UNUSABLE_SEEDS = ("error", "skip")


class AtLeastOne(c.Type[int]):
    """A whole number of 1 or more (MkDocs reports anything else as a configuration error)."""

    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        number = super().run_validation(value)
        if number < 1:
            raise ValidationError(f"must be 1 or more, not {number}")
        return number


class BriefingsConfig(Config):  # type: ignore[no-untyped-call]
    """Typed options of the plugin; MkDocs validates them before the build starts."""

    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml."""

    seeds_dir = c.Type(str, default="seeds")
    """Folder of raw articles, relative to the folder of mkdocs.yml (or absolute).
    Every ``.txt``, ``.html`` and ``.htm`` file directly inside becomes a briefing; a ``.yml``
    file with the same stem is its editor file (title, date, tags, annotations...)."""

    registry = c.Type(str, default="actors.yml")
    """The actor registry (ids, names, kinds, aliases, descriptions, links), relative to
    docs_dir. A missing file is an empty registry."""

    unusable_seeds = c.Choice(UNUSABLE_SEEDS, default="error")
    """What a seed that cannot be used at all does (unreadable, binary, empty, nothing but page
    chrome, a broken editor file): ``error`` stops the build naming every such seed; ``skip``
    logs each as a warning (``mkdocs build --strict`` still fails on it) and builds the site
    without it."""

    link_mode = c.Choice(LINK_MODES, default="first-per-section")
    """Which mentions of an actor link to the actor's page: the first in each section, the
    first on the page, or every mention."""

    briefings_dir = c.Type(str, default="briefing")
    """URL folder of the generated briefing pages (``briefing/<slug>/``)."""

    actors_dir = c.Type(str, default="actors")
    """URL folder of the generated actor pages (``actors/<id>/``)."""

    cache_dir = c.Type(str, default=".cache/briefings")
    """Folder (relative to mkdocs.yml) where parsed articles are kept between builds, keyed by
    the content hash of the seed, its editor file, the registry and the package version.
    An empty string keeps the cache in memory only (still reused across ``mkdocs serve``
    rebuilds)."""

    home_briefings = c.Type(int, default=20)
    """How many of the latest briefings the generated home page lists (the briefings index
    lists them all)."""

    actor_page_size = AtLeastOne(default=25)
    """How many briefings' mentions one actor page lists; an actor named in more briefings
    gets pages 2, 3... (``actors/<id>/2/``), so no page grows with the site."""

    network_size = c.Type(int, default=40)
    """Most actors drawn in the site-wide co-occurrence network (the most mentioned ones)."""
