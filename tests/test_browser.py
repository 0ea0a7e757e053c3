"""The built site in headless Chromium (Debian's chromium, driven by Playwright): issue 4's
"what must hold" for the reading experience.

Clicking an actor mention opens the actor page; hovering a mention shows its kind and role;
search finds an actor by an alias; an annotation opens; no page logs a console error; no request
goes to another host. Screenshots of a briefing page and an actor page are written to a tmp
folder, or to ``$BRIEFINGS_SCREENSHOTS`` when set (for people to look at).

The site is the session's shared build of the real project, served from 127.0.0.1 under
``/repo/`` for the URL it was built for (see ``conftest.py``). Chromium missing = failure.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from support.browser import Watch, open_watched, screenshot_dir
from support.crawler import parse_page
from support.server import Served

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VIEWPORT = {"width": 1280, "height": 900}
WAIT_MS = 15_000  # guards against hangs only; no timing is asserted


@dataclass(frozen=True)
class Mention:
    actor_id: str
    name: str
    title: str
    """The link's title as built: "<kind> · <role>"."""


@dataclass(frozen=True)
class Target:
    briefing: str
    """Path of a briefing page (relative to the site) with role mentions and an annotation."""
    mention: Mention
    note_id: str
    note_text: str


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


_MENTION = re.compile(
    r'<a class="briefings-actor" href="(?:\.\./)+actors/([^/"]+)/" title="([^"]+)">([^<]+)</a>'
)
_NOTE = re.compile(r'<li id="(fn:[^"]+)">\s*<p>(.*?)</p>', re.S)


@pytest.fixture(scope="module")
def target(shared_site: Path) -> Target:
    """A briefing page of the real site with an actor mention that has a role, and a note."""
    for page in sorted((shared_site / "briefing").glob("*/index.html")):
        text = page.read_text(encoding="utf-8")
        mentions = [m for m in _MENTION.finditer(text) if " · " in m.group(2)]
        notes = _NOTE.findall(text)
        if mentions and notes:
            m = mentions[0]
            note_html = re.sub(r'<a [^>]*class="footnote-backref".*?</a>', "", notes[0][1])
            note_text = html.unescape(re.sub(r"<[^>]+>", "", note_html))
            return Target(
                briefing=page.parent.relative_to(shared_site).as_posix() + "/",
                mention=Mention(m.group(1), m.group(3), m.group(2).replace("&amp;", "&")),
                note_id=notes[0][0],
                note_text=" ".join(note_text.split()),
            )
    pytest.fail("no briefing page of the real site has a mention with a role and an annotation")


@pytest.fixture
def watched(chromium: Any) -> Iterator[tuple[Any, Watch]]:
    with open_watched(chromium, viewport=VIEWPORT) as (page, watch, _):
        page.set_default_timeout(WAIT_MS)
        yield page, watch


def assert_clean(watch: Watch) -> None:
    """No request to another host, no page error, no console error."""
    assert not watch.foreign_requests(), f"requests to other hosts: {watch.foreign_requests()}"
    assert not watch.page_errors, f"page errors: {watch.page_errors}"
    assert not watch.console_errors, f"console errors: {watch.console_errors}"


def wait_until(page: Any, watch: Watch, script: str, arg: Any, what: str) -> Any:
    """Wait for ``script(arg)`` to be truthy; fail saying ``what`` did not happen (with the
    page's errors, which usually say why)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        return page.wait_for_function(script, arg=arg, timeout=WAIT_MS).json_value()
    except PlaywrightTimeout:
        state = page.evaluate("[location.href, window.scrollY, document.title]")
        pytest.fail(
            f"{what} (waited {WAIT_MS // 1000} s; location, scroll, title: {state})\n"
            f"page errors: {watch.page_errors}\nconsole errors: {watch.console_errors}\n"
            f"last requests: {watch.requests[-6:]}",
            pytrace=False,
        )


def _goto(page: Any, served: Served, path: str) -> None:
    response = page.goto(served.url(path), wait_until="load")
    assert response is not None and response.status == 200, path
    page.wait_for_load_state("networkidle")


QUIET_MS = 500
"""How long the page rests after a scroll before a test clicks: longer than Material's 250 ms
debounce of ``navigation.tracking``."""


def _scroll_into_view_and_rest(page: Any, locator: Any) -> None:
    """Scroll ``locator`` into view, then wait until the page has not scrolled for
    ``QUIET_MS``, as a person's click comes a while after their scroll.

    Clicked right after a scroll (Playwright's click scrolls and clicks at once), an in-page
    link races Material: the first such click re-fetches the page (instant navigation), and if
    ``navigation.tracking`` records the scrolled-to section (``history.replaceState({}, ...)``,
    250 ms after the scroll) before the page is back, instant navigation reads the history
    entry's state as a visit to restore and scrolls to the top instead of to the anchor. Seen
    on a loaded machine: the test failed about once in four runs; with the rest, 30 of 30
    passed."""
    page.evaluate(
        """() => {
            window.__lastScroll = performance.now();
            addEventListener('scroll', () => { window.__lastScroll = performance.now(); });
        }"""
    )
    locator.scroll_into_view_if_needed()
    page.wait_for_function(
        "ms => performance.now() - window.__lastScroll > ms", arg=QUIET_MS, timeout=WAIT_MS
    )


def test_clicking_a_mention_opens_the_actor_page(
    watched: tuple[Any, Watch], served_site: Served, target: Target
) -> None:
    page, watch = watched
    _goto(page, served_site, target.briefing)
    link = page.locator(f"article a.briefings-actor[href$='/actors/{target.mention.actor_id}/']")
    link.first.click()
    page.wait_for_url(f"**/actors/{target.mention.actor_id}/")
    # instant navigation swaps the content in: wait for the actor's page, not just its URL
    wait_until(
        page,
        watch,
        "name => document.querySelector('article h1')?.textContent.includes(name)",
        target.mention.name,
        f"the URL is the actor page but its heading {target.mention.name!r} never showed",
    )
    back = page.locator(f"article a[href*='{target.briefing.rstrip('/')}']")
    assert back.count() > 0, "the actor page does not link back to the briefing"
    assert_clean(watch)


def test_hovering_a_mention_shows_kind_and_role(
    watched: tuple[Any, Watch], served_site: Served, target: Target
) -> None:
    page, watch = watched
    _goto(page, served_site, target.briefing)
    role = target.mention.title.split(" · ", 1)[1]
    link = page.locator(
        f"article a.briefings-actor[href$='/actors/{target.mention.actor_id}/']"
    ).first
    link.scroll_into_view_if_needed()
    link.hover()
    shown = wait_until(
        page,
        watch,
        """([link, role]) => {
            if ((link.getAttribute('title') || '').includes(role)) return 'title attribute';
            const tips = document.querySelectorAll('.md-tooltip2, .md-tooltip, [role=tooltip]');
            for (const tip of tips) {
                const style = getComputedStyle(tip);
                if (style.visibility !== 'hidden' && style.display !== 'none'
                    && tip.textContent.includes(role)) return 'tooltip';
            }
            return false;
        }""",
        [link.element_handle(), role],
        f"hovering {target.mention.name!r} shows no title or tooltip with its role {role!r}",
    )
    assert shown in ("title attribute", "tooltip")
    assert_clean(watch)


def test_search_finds_an_actor_by_an_alias(
    watched: tuple[Any, Watch], served_site: Served, shared_project: Path, shared_site: Path
) -> None:
    page, watch = watched
    registry = yaml.safe_load((shared_project / "briefings" / "actors.yml").read_text("utf-8"))

    def words(text: str) -> set[str]:
        return set(re.findall(r"\w+", text.casefold()))

    # an alias made of words the actor's name does not have ("Kyiv" for Kiev), so only the alias
    # can find the page; of those, the one in the fewest search documents (the most telling)
    docs = json.loads((shared_site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    candidates = [
        (sum(a.casefold() in d["text"].casefold() for d in docs), n, a, e["id"])
        for n, e in enumerate(registry["actors"])
        for a in e.get("aliases") or []
        if (shared_site / "actors" / e["id"] / "index.html").is_file()
        and re.fullmatch(r"[^\W\d_]{4,}(?: [^\W\d_]+)*", a)
        and not words(a) & words(e["name"])
    ]
    assert candidates, "the registry has no alias to search for"
    _, _, alias, actor_id = min(candidates)
    _goto(page, served_site, "")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(alias, delay=30)
    found = wait_until(
        page,
        watch,
        """id => [...document.querySelectorAll('.md-search-result__item a')]
                .filter(a => a.href.includes('actors/' + id + '/')).length""",
        actor_id,
        f"searching for the alias {alias!r} does not list actors/{actor_id}/",
    )
    assert found >= 1
    assert_clean(watch)


def test_an_annotation_opens(
    watched: tuple[Any, Watch], served_site: Served, target: Target
) -> None:
    """Hovering an annotation's numbered marker shows the editor's note (Material's footnote
    tooltip)."""
    page, watch = watched
    _goto(page, served_site, target.briefing)
    marker = page.locator(f"a.footnote-ref[href$='#{target.note_id}']").first
    words = target.note_text[:40]
    marker.scroll_into_view_if_needed()
    marker.hover()
    wait_until(
        page,
        watch,
        """words => [...document.querySelectorAll('.md-tooltip2')].some(
            t => getComputedStyle(t).visibility !== 'hidden' && t.textContent.includes(words))""",
        words,
        f"hovering the annotation marker shows no tooltip with {words!r}",
    )
    assert_clean(watch)


def test_clicking_an_annotation_marker_brings_its_note_into_view(
    watched: tuple[Any, Watch], served_site: Served, target: Target
) -> None:
    page, watch = watched
    _goto(page, served_site, target.briefing)
    marker = page.locator(f"a.footnote-ref[href$='#{target.note_id}']").first
    # seen by a scroll listener: the page may scroll on afterwards (the address bar follows the
    # section in view), and a page reloaded by instant navigation would lose the listener
    page.evaluate(
        """id => {
            window.__noteSeen = false;
            const check = () => {
                const box = document.getElementById(id)?.getBoundingClientRect();
                if (box && box.top >= 0 && box.top < window.innerHeight) window.__noteSeen = true;
            };
            window.addEventListener('scroll', check);
        }""",
        target.note_id,
    )
    _scroll_into_view_and_rest(page, marker)
    marker.click()
    wait_until(
        page,
        watch,
        # seen by the listener, or in view now (a slow machine may finish the scroll, or an
        # instant-navigation reload drop the listener, before the first poll)
        """id => {
            const box = document.getElementById(id)?.getBoundingClientRect();
            return window.__noteSeen === true
                || (box !== undefined && box.top >= 0 && box.top < window.innerHeight);
        }""",
        target.note_id,
        "clicking the annotation marker does not bring its note into view",
    )
    note = page.locator(f"[id='{target.note_id}']")
    assert note.is_visible()
    assert target.note_text[:40] in " ".join(note.inner_text().split())
    assert_clean(watch)


def test_pages_load_without_console_errors_or_foreign_requests(
    chromium: Any, served_site: Served, shared_site: Path, target: Target
) -> None:
    """Every kind of page, opened directly: no console or page error, nothing from elsewhere."""
    actor = f"actors/{target.mention.actor_id}/"
    paths = ["", "briefing/", target.briefing, "actors/", actor, "tags/", "no/such/page/"]
    paths += sorted(
        p.parent.relative_to(shared_site).as_posix() + "/"
        for p in shared_site.glob("*/index.html")
        if p.parent.name not in ("briefing", "actors", "tags", "search", "assets")
    )
    problems: list[str] = []
    requested: list[str] = []
    for path in paths:
        with open_watched(chromium, viewport=VIEWPORT) as (page, watch, _):
            page.set_default_timeout(WAIT_MS)
            page.goto(served_site.url(path), wait_until="load")
            page.wait_for_load_state("networkidle")
            requested += watch.requests
            errors = watch.console_errors + watch.page_errors
            if path == "no/such/page/":  # the browser logs the 404 status of the page itself
                errors = [
                    e
                    for e in errors
                    if not e.startswith("error: Failed to load resource")
                    or f"'url': '{served_site.url(path)}'" not in e
                ]
            problems += [f"{path}: {e}" for e in errors]
            problems += [f"{path}: request to {u}" for u in watch.foreign_requests()]
    assert not problems, "\n".join(problems)
    assert any(u.endswith("search_index.json") for u in requested) or any(
        "/assets/" in u for u in requested
    )


def test_screenshots_of_a_briefing_and_an_actor_page(
    chromium: Any,
    served_site: Served,
    target: Target,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = screenshot_dir(tmp_path_factory.mktemp("screenshots"))
    shots = {
        "briefing.png": (target.briefing, {"viewport": VIEWPORT}),
        "actor.png": (f"actors/{target.mention.actor_id}/", {"viewport": VIEWPORT}),
        "briefing-dark.png": (target.briefing, {"viewport": VIEWPORT, "color_scheme": "dark"}),
        "briefing-phone.png": (
            target.briefing,
            {
                "viewport": {"width": 390, "height": 844},
                "device_scale_factor": 2,
                "is_mobile": True,
                "has_touch": True,
            },
        ),
        "actors-index.png": ("actors/", {"viewport": VIEWPORT}),
        "home.png": ("", {"viewport": VIEWPORT}),
    }
    for name, (path, args) in shots.items():
        with open_watched(chromium, **args) as (page, watch, _):
            page.goto(served_site.url(path), wait_until="load")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(folder / name), full_page=True)
            assert not watch.foreign_requests(), (name, watch.foreign_requests())
        data = (folder / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000, name
    print(f"screenshots in {folder}")


def test_parse_page_finds_role_mentions_in_the_built_briefing(
    shared_site: Path, target: Target
) -> None:
    """The target the browser tests use is really on the page (guards the regexes above)."""
    info = parse_page("http://127.0.0.1/", _html(shared_site, target.briefing.rstrip("/")))
    assert target.mention.name in info.text
    assert target.note_id in info.ids
