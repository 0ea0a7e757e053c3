"""``mkdocs serve`` with the plugin: seeds, editor files and the registry are watched; a broken
edit keeps the last good site and says what is wrong; fixing it recovers without a restart.

One ``mkdocs serve`` process on 127.0.0.1 for the module, on a copy of the project in tmp.
Waits poll with a generous limit that only guards against hanging (no timed assertions).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefings.project import read_project
from support.project import build_env, copy_project

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
#: Limit for one wait; only reached when something is broken.
PATIENCE = 90.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (ROOT / "mkdocs.yml").exists(), reason="no mkdocs.yml yet"),
]


@dataclass
class Served:
    root: Path
    base: str
    proc: subprocess.Popen[bytes]
    log_path: Path

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.base + path, timeout=10) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, ""
        except (urllib.error.URLError, OSError):
            return 0, ""

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, what: str, ready: Callable[[], bool]) -> None:
        deadline = time.monotonic() + PATIENCE
        while not ready():
            if self.proc.poll() is not None:
                pytest.fail(f"mkdocs serve exited while waiting for {what}:\n{self.log()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"gave up waiting for {what}:\n{self.log()[-3000:]}")
            time.sleep(0.2)

    def wait_page(self, path: str, phrase: str) -> str:
        page: list[str] = [""]

        def ready() -> bool:
            status, page[0] = self.get(path)
            return status == 200 and phrase in page[0]

        self.wait_for(f"{phrase!r} at {path}", ready)
        return page[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def small_project(dest: Path) -> Path:
    """The repository's site sources with two seeds (copies: the test edits them)."""
    copy_project(dest, seeds=False)
    shutil.copy2(SEED, dest / "seeds" / "first.txt")
    shutil.copy2(SEED, dest / "seeds" / "second.txt")
    return dest


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = small_project(tmp_path_factory.mktemp("serve") / "project")
    port = free_port()
    log_path = root.parent / "serve.log"
    env = build_env({"SITE_URL": f"http://127.0.0.1:{port}/"})
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=root,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        server = Served(root, f"http://127.0.0.1:{port}/", proc, log_path)
        try:
            server.wait_page("briefing/first/", "</html>")
            yield server
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_editing_a_seed_rebuilds_its_page(served: Served) -> None:
    marker = f"An editor added this sentence {time.time_ns()}."
    seed = served.root / "seeds" / "first.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("\n\n", f"\n\n{marker}\n\n", 2), encoding="utf-8")
    served.wait_page("briefing/first/", marker)


def test_editing_the_sites_stylesheet_reloads(served: Served) -> None:
    # site_templates/ is the theme's custom_dir: mkdocs.yml watches it, so a template or CSS
    # edit shows without restarting the preview (MkDocs watches a theme only with --watch-theme).
    marker = f"/* edited {time.time_ns()} */"
    css = served.root / "site_templates" / "assets" / "stylesheets" / "briefings.css"
    css.write_text(css.read_text(encoding="utf-8") + marker + "\n", encoding="utf-8")
    served.wait_page("assets/stylesheets/briefings.css", marker)


def test_adding_and_deleting_a_seed(served: Served) -> None:
    new = served.root / "seeds" / "third.txt"
    shutil.copy2(SEED, new)
    served.wait_page("briefing/third/", "</html>")
    new.unlink()
    served.wait_for("briefing/third/ to go away", lambda: served.get("briefing/third/")[0] == 404)


def test_an_editor_file_change_shows(served: Served) -> None:
    title = f"Edited title {time.time_ns()}"
    (served.root / "seeds" / "second.yml").write_text(f"title: {title}\n", encoding="utf-8")
    served.wait_page("briefing/second/", title)


def test_a_registry_change_shows_on_the_actor_page(served: Served) -> None:
    description = f"Described by the editors {time.time_ns()}"
    registry = read_project(served.root / "mkdocs.yml").registry
    registry.write_text(
        "actors:\n  - id: dmitry-peskov\n    name: Dmitry Peskov\n    kind: person\n"
        f"    aliases: [Peskov]\n    description: {description}\n",
        encoding="utf-8",
    )
    served.wait_page("actors/dmitry-peskov/", description)


def test_a_broken_editor_file_keeps_the_last_good_site_then_recovers(served: Served) -> None:
    good = f"Good title {time.time_ns()}"
    sidecar = served.root / "seeds" / "first.yml"
    sidecar.write_text(f"title: {good}\n", encoding="utf-8")
    served.wait_page("briefing/first/", good)
    offset = len(served.log())
    sidecar.write_text("title: [this is not closed\n", encoding="utf-8")
    served.wait_for(
        "a message naming the broken file", lambda: "first.yml:" in served.log()[offset:]
    )
    assert served.proc.poll() is None, "mkdocs serve must keep running"
    status, page = served.get("briefing/first/")
    assert status == 200 and good in page, "the last good page stays served"
    fixed = f"Fixed title {time.time_ns()}"
    sidecar.write_text(f"title: {fixed}\n", encoding="utf-8")
    served.wait_page("briefing/first/", fixed)


def test_an_undecodable_seed_is_reported_and_the_rest_keeps_serving(served: Served) -> None:
    bad = served.root / "seeds" / "broken.txt"
    offset = len(served.log())
    bad.write_bytes(b"\xff\xfe\x00\xd8")
    served.wait_for("a message naming broken.txt", lambda: "broken.txt" in served.log()[offset:])
    assert served.proc.poll() is None
    assert served.get("briefing/second/")[0] == 200
    bad.unlink()
    marker = f"Recovered {time.time_ns()}."
    seed = served.root / "seeds" / "second.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("\n\n", f"\n\n{marker}\n\n", 1), encoding="utf-8"
    )
    served.wait_page("briefing/second/", marker)
