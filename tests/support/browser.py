"""Headless Chromium (Debian's ``chromium`` package) through Playwright's Python API.

Never ``playwright install``: the browser is the system one at ``/usr/bin/chromium`` (``./dev
test`` installs it). A missing browser or package FAILS the test with a message saying how to
install it; browser tests are never skipped.

:func:`open_watched` gives a page whose every request, console error, page error and dialog is
recorded, so a test can assert that the site asks nothing of another host and runs clean.
"""

from __future__ import annotations

import contextlib
import os
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = Path(os.environ.get("BRIEFINGS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS_ENV = "BRIEFINGS_SCREENSHOTS"
"""Set to a folder to keep the screenshots the browser tests take (else a tmp folder)."""

LOCAL_HOSTS = frozenset({"127.0.0.1"})


@contextlib.contextmanager
def launch_chromium() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: the browser tests need Debian's chromium "
            "package (./dev test installs it: apt-get install chromium)",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "the playwright package is missing: pip install -e '.[test]' "
            "(the browser itself is Debian's chromium; never run 'playwright install')",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


XSS_CANARY = """
(() => {
  const report = (id) => { try { window.__xssReport(String(id)); } catch (e) {} };
  Object.defineProperty(window, '__xss', { value: report, writable: false });
})();
"""
"""Init script of every page and frame: vectors call ``__xss(id)``, which reports to Python
(``Watch.xss``) through a binding, so hits survive navigations."""


@dataclass
class Watch:
    """What a browser context did: requests, console errors, page errors, dialogs."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    xss: list[str] = field(default_factory=list)
    """Ids of XSS vectors that ran (canary calls), when opened with ``canary=True``."""

    def foreign_requests(self) -> list[str]:
        """Requests to any host other than 127.0.0.1 (data:/blob: URLs are not requests)."""
        out = []
        for url in self.requests:
            parts = urllib.parse.urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if parts.hostname not in LOCAL_HOSTS:
                out.append(url)
        return out


@contextlib.contextmanager
def open_watched(
    browser: Browser, canary: bool = False, **context_args: Any
) -> Iterator[tuple[Page, Watch, BrowserContext]]:
    """A new context and page whose activity is recorded in a :class:`Watch`.

    Requests to other hosts are recorded and then aborted (the test fails on them; the site
    must not wait on the network). Dialogs (``alert``...) are recorded and dismissed.
    """
    watch = Watch()
    context = browser.new_context(**context_args)
    if canary:
        context.expose_binding("__xssReport", lambda source, xid: watch.xss.append(str(xid)))
        context.add_init_script(XSS_CANARY)

    def route(route: Any) -> None:
        url = route.request.url
        watch.requests.append(url)
        host = urllib.parse.urlsplit(url).hostname
        if host in LOCAL_HOSTS or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    context.on("request", lambda request: watch.requests.append(request.url))
    page = context.new_page()
    page.on(
        "console",
        lambda m: (
            watch.console_errors.append(f"{m.type}: {m.text} ({m.location})")
            if m.type == "error"
            else None
        ),
    )
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        yield page, watch, context
    finally:
        context.close()


def screenshot_dir(default: Path) -> Path:
    """Where screenshots go: ``$BRIEFINGS_SCREENSHOTS`` when set, else ``default``."""
    chosen = os.environ.get(SCREENSHOTS_ENV)
    folder = Path(chosen) if chosen else default
    folder.mkdir(parents=True, exist_ok=True)
    return folder
