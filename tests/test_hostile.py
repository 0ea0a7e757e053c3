"""Hostile and broken input (issue 5, section 2): every listed case is a test case.

Each case adds files to a copy of the real project (seeds, editor files, the registry) and
builds the site with ``mkdocs build --strict`` in a child process bounded by a timeout (a hang
fails the test instead of the suite). The outcome must be one of:

- ``ok``: the strict build succeeds and the input's text shows literally on the site;
- ``warn``: a recoverable problem: the strict build fails on warnings that name the file, the
  non-strict build succeeds and shows the text;
- ``error``: the build stops with ONE error message naming the file (and what is wrong);
- ``either``: ``ok`` or ``error``, each with its own checks (for inputs where refusing with a
  clear message is as good as building, such as a 5 MB article).

Never a Python traceback. Seed and editor-file cases also run ``briefings parse`` (exit 0, or
exit 2 with one stderr line naming the file); seed-folder and registry cases run
``briefings check`` (exit 1 listing the file, or 0).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pytest

from support.crawler import parse_page
from support.project import RunResult, copy_project, run_build, run_cli

pytestmark = pytest.mark.slow

HOSTILE_TIMEOUT = 300
"""Seconds a hostile build may take (a hang guard: Python-Markdown is quadratic on nested
brackets, and a build that does not escape or cap them would never finish)."""

Outcome = Literal["ok", "warn", "error", "either"]

ARTICLE = """\
Negotiations between the two delegations continued on Monday in Geneva, officials said, and \
the talks lasted for several hours without a break while journalists waited outside.

The ministers discussed a proposal on grain exports and several other ideas before the press \
conference began in the afternoon, according to a statement published by the foreign ministry.

Observers in the city said that progress remained slow, although both sides described the \
atmosphere as constructive and agreed to meet again before the end of the month.
"""
ARTICLE_SHOWN = (
    "the talks lasted for several hours without a break while journalists waited outside.",
    "agreed to meet again before the end of the month.",
)

BASE_ARTICLE = """\
The city library reopened on Tuesday after two years of repairs, its director told reporters, \
and hundreds of readers queued in the rain before the doors opened at nine in the morning.

The renovation cost more than planned because the old roof had to be replaced, according to \
the council's report, which also praised the builders for finishing before the winter.
"""
"""The one seed of the base project (its text shares no sentence with the cases' texts)."""

RUSSIAN = """\
Переговоры между делегациями двух стран продолжились в понедельник в Женеве, сообщили \
официальные лица, и встреча продолжалась несколько часов без перерыва.

Министры обсудили предложение об экспорте зерна и ряд других идей, прежде чем началась \
пресс-конференция, говорится в заявлении министерства иностранных дел.

Наблюдатели в городе отметили, что прогресс остается медленным, хотя обе стороны назвали \
атмосферу конструктивной и договорились встретиться снова до конца месяца.
"""
RUSSIAN_SHOWN = (
    "и встреча продолжалась несколько часов без перерыва.",
    "договорились встретиться снова до конца месяца.",
)

CHROME_ONLY = """\
Skip to main content
Advertisement
Share on Facebook
Subscribe to our newsletter
Cookie settings
© 2025 Example Media. All rights reserved.
Privacy policy
"""

ALIAS_BOMB = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
title: *i
"""
PYTHON_TAG = "title: !!python/object/apply:os.system ['echo pwned > PWNED']\n"

Content = str | bytes | Callable[[Path], None]


def _big_article() -> str:
    """About 5 MB of distinct paragraphs (repeated lines would read as page chrome)."""
    paragraphs: list[str] = []
    size, n = 0, 0
    while size < 5_000_000:
        for p in ARTICLE.strip().split("\n\n"):
            text = f"Update {n}: {p}"
            paragraphs.append(text)
            size += len(text) + 2
            n += 1
    return "\n\n".join(paragraphs) + "\n"


def _one_mb_line() -> str:
    words = " ".join(f"token{i % 997} and" for i in range(90_000))[:1_000_000]
    return ARTICLE + "\n" + words.rsplit(" ", 1)[0] + "\n"


def _ten_thousand_words() -> str:
    return ARTICLE + "\n" + "\n".join(f"word{i}" for i in range(10_000)) + "\n"


NESTED_BRACKETS = "[" * 2000 + "x" + "](" * 2000
NESTED_LINK = "[a](" * 1500 + "b" + ")" * 1500
NESTED_QUOTES = '"' * 2000 + " " + "'" * 2000 + " " + "«" * 1000 + "»" * 1000
NESTED_MARKUP = "*_" * 1500 + " " + "<" * 2000 + " " + "> " * 500 + " " + "(" * 2000


def _symlink_outside(project: Path) -> None:
    outside = project.parent / "outside-the-project.txt"
    outside.write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "leak.txt").symlink_to(outside)


def _registry(extra: str) -> Callable[[Path], None]:
    """Append entries to the project's registry (the real one stays valid)."""

    def write(project: Path) -> None:
        path = project / "briefings" / "actors.yml"
        text = path.read_text(encoding="utf-8")
        assert "\nactors:\n" in text
        path.write_text(text.replace("\nactors:\n", "\nactors:\n" + extra, 1), encoding="utf-8")

    return write


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, Content]
    """Paths relative to the project -> content (a callable writes it itself)."""
    outcome: Outcome
    names: tuple[str, ...]
    """File names a problem message must name (any one of them)."""
    shown: tuple[str, ...] = ()
    """Texts that must show literally on some page when the site builds."""
    not_linked: tuple[str, ...] = ()
    """Texts that must never be the text of an actor link."""
    cli: Literal["parse", "check", "none"] = "parse"
    seed: str | None = None
    """The seed ``briefings parse`` reads (default: the first seeds/*.txt of ``files``)."""
    hidden_ok: bool = False
    """A skipped file is acceptable if the build log names it."""
    extra: tuple[str, ...] = field(default=())


REGISTRY_ENTRY = """\
  - id: geneva-talks-office
    name: Geneva Talks Office
    kind: organization
"""

CASES = [
    # ------------------------------------------------------------------ seeds: content
    Case("empty-seed", {"seeds/empty.txt": b""}, "error", ("empty.txt",)),
    Case("blank-seed", {"seeds/blank.txt": "\n \n\t\n\n"}, "error", ("blank.txt",)),
    Case("chrome-only-seed", {"seeds/chrome.txt": CHROME_ONLY}, "error", ("chrome.txt",)),
    Case(
        "undecodable-binary",
        {"seeds/binary.txt": bytes(range(256)) * 40},
        "error",
        ("binary.txt",),
    ),
    Case(
        "undecodable-stray-bytes",
        {"seeds/stray.txt": ARTICLE.encode().replace(b"Monday", b"Mon\xff\xfeday")},
        "ok",
        ("stray.txt",),
        shown=ARTICLE_SHOWN,
    ),
    Case(
        "nul-bytes",
        {"seeds/nul.txt": ARTICLE.encode().replace(b" the ", b" the\x00 ")},
        "ok",
        ("nul.txt",),
        shown=ARTICLE_SHOWN,
    ),
    Case(
        "cp1251",
        {"seeds/cp1251.txt": RUSSIAN.encode("cp1251")},
        "ok",
        ("cp1251.txt",),
        shown=RUSSIAN_SHOWN,
    ),
    Case(
        "koi8-r",
        {"seeds/koi8.txt": RUSSIAN.encode("koi8-r")},
        "ok",
        ("koi8.txt",),
        shown=RUSSIAN_SHOWN,
    ),
    Case(
        "utf-16",
        {"seeds/utf16.txt": ("Zürich — " + ARTICLE).encode("utf-16")},
        "ok",
        ("utf16.txt",),
        shown=("Zürich — Negotiations between", *ARTICLE_SHOWN),
    ),
    Case(
        "crlf",
        {"seeds/crlf.txt": ARTICLE.replace("\n", "\r\n").encode()},
        "ok",
        ("crlf.txt",),
        shown=ARTICLE_SHOWN,
    ),
    Case(
        "lone-cr",
        {"seeds/cr.txt": ARTICLE.replace("\n", "\r").encode()},
        "ok",
        ("cr.txt",),
        shown=ARTICLE_SHOWN,
    ),
    Case(
        "five-mb-article",
        {"seeds/big.txt": _big_article()},
        "either",
        ("big.txt",),
        shown=("Update 0: Negotiations between", "Update 1000: The ministers"),
    ),
    Case(
        "one-mb-line",
        {"seeds/oneline.txt": _one_mb_line()},
        "either",
        ("oneline.txt",),
        shown=(*ARTICLE_SHOWN, "token5 and token6 and token7"),
    ),
    Case(
        "ten-thousand-one-word-lines",
        {"seeds/words.txt": _ten_thousand_words()},
        "either",
        ("words.txt",),
        shown=(*ARTICLE_SHOWN, "word0", "word5000", "word9999"),
    ),
    Case(
        "nested-brackets",
        {
            "seeds/brackets.txt": ARTICLE + f"\nThe clerk typed {NESTED_BRACKETS} by mistake.\n"
            f"\nThen the clerk typed {NESTED_LINK} again.\n"
        },
        "ok",
        ("brackets.txt",),
        shown=(
            *ARTICLE_SHOWN,
            NESTED_BRACKETS[:200],
            NESTED_BRACKETS[-200:],
            NESTED_LINK[:200],
            NESTED_LINK[-200:],
        ),
    ),
    Case(
        "nested-quotes-and-markup",
        {
            "seeds/quotes.txt": ARTICLE + f"\nThe clerk typed {NESTED_QUOTES} by mistake.\n"
            f"\nThen the clerk typed {NESTED_MARKUP} again.\n"
        },
        "ok",
        ("quotes.txt",),
        shown=(
            *ARTICLE_SHOWN,
            NESTED_QUOTES[:200],
            NESTED_QUOTES[-200:],
            NESTED_MARKUP[:200],
            NESTED_MARKUP[-200:],
        ),
    ),
    # ------------------------------------------------------------------ seeds: file names
    Case(
        "name-with-spaces",
        {"seeds/talks in geneva.txt": ARTICLE},
        "ok",
        ("talks in geneva.txt",),
        shown=ARTICLE_SHOWN,
    ),
    Case(
        "name-unicode",
        {"seeds/переговоры в Женеве.txt": ARTICLE},
        "ok",
        ("переговоры в Женеве.txt",),
        shown=ARTICLE_SHOWN,
    ),
    Case("name-leading-dash", {"seeds/-rf.txt": ARTICLE}, "ok", ("-rf.txt",), shown=ARTICLE_SHOWN),
    Case(
        "name-leading-double-dash",
        {"seeds/--help.txt": ARTICLE},
        "ok",
        ("--help.txt",),
        shown=ARTICLE_SHOWN,
    ),
    Case(
        "name-leading-dot",
        {"seeds/.talks.txt": ARTICLE},
        "ok",
        (".talks.txt",),
        shown=ARTICLE_SHOWN,
        hidden_ok=True,
    ),
    Case(
        "name-dots-only-stem",
        {"seeds/....txt": ARTICLE},
        "ok",
        ("....txt",),
        shown=ARTICLE_SHOWN,
        hidden_ok=True,
    ),
    Case(
        "same-slug",
        {"seeds/talks geneva.txt": ARTICLE, "seeds/talks-geneva.txt": RUSSIAN},
        "warn",
        ("talks-geneva.txt", "talks geneva.txt"),
        shown=(*ARTICLE_SHOWN, *RUSSIAN_SHOWN),
        cli="check",
    ),
    Case(
        "symlink-outside", {"seeds/leak.txt": _symlink_outside}, "error", ("leak.txt",), cli="check"
    ),
    # ------------------------------------------------------------------ editor files (YAML)
    Case(
        "editor-malformed-yaml",
        {"seeds/talks.txt": ARTICLE, "seeds/talks.yml": "title: [unclosed\ntags: {a: \n"},
        "error",
        ("talks.yml",),
    ),
    Case(
        "editor-python-tag",
        {"seeds/talks.txt": ARTICLE, "seeds/talks.yml": PYTHON_TAG},
        "error",
        ("talks.yml",),
    ),
    Case(
        "editor-alias-bomb",
        {"seeds/talks.txt": ARTICLE, "seeds/talks.yml": ALIAS_BOMB},
        "error",
        ("talks.yml",),
    ),
    Case(
        "editor-duplicate-keys",
        {
            "seeds/talks.txt": ARTICLE,
            "seeds/talks.yml": "title: First\ndate: 2025-01-02\ntitle: Second\n",
        },
        "error",
        ("talks.yml",),
    ),
    Case(
        "editor-yes-no-dates",
        {
            "seeds/talks.txt": ARTICLE,
            "seeds/talks.yml": "title: no\npublication: yes\ndate: 2025-04-14\n"
            "tags: [yes, off, 2025-01-01, 1e3, null, ~]\nsummary: on\n",
        },
        "ok",
        ("talks.yml",),
        shown=(*ARTICLE_SHOWN, "yes", "off", "2025-01-01", "1e3", "null"),
        extra=("title:no",),
    ),
    # ------------------------------------------------------------------ the registry
    Case(
        "registry-malformed-yaml",
        {"seeds/talks.txt": ARTICLE, "briefings/actors.yml": "actors:\n  - id: [x\n"},
        "error",
        ("actors.yml",),
        cli="check",
    ),
    Case(
        "registry-python-tag",
        {"seeds/talks.txt": ARTICLE, "briefings/actors.yml": PYTHON_TAG.replace("title", "actors")},
        "error",
        ("actors.yml",),
        cli="check",
    ),
    Case(
        "registry-alias-bomb",
        {"seeds/talks.txt": ARTICLE, "briefings/actors.yml": ALIAS_BOMB.replace("title", "actors")},
        "error",
        ("actors.yml",),
        cli="check",
    ),
    Case(
        "registry-duplicate-keys",
        {
            "seeds/talks.txt": ARTICLE,
            "briefings/actors.yml": _registry(
                "  - id: x-one\n    name: X One\n    name: X Two\n    kind: person\n"
            ),
        },
        "error",
        ("actors.yml",),
        cli="check",
    ),
    Case(
        "registry-duplicate-ids",
        {
            "seeds/talks.txt": ARTICLE,
            "briefings/actors.yml": _registry(
                REGISTRY_ENTRY + REGISTRY_ENTRY.replace("Geneva Talks Office", "Another Office")
            ),
        },
        "warn",
        ("actors.yml",),
        shown=ARTICLE_SHOWN,
        cli="check",
    ),
    Case(
        "registry-yes-no-dates",
        {
            "seeds/talks.txt": ARTICLE.replace("Geneva", "Geneva Talks Office"),
            "briefings/actors.yml": _registry(
                "  - id: geneva-talks-office\n    name: Geneva Talks Office\n"
                "    kind: organization\n    description: no\n    aliases: [2025-04-14, yes]\n"
            ),
        },
        "either",
        ("actors.yml",),
        shown=(*ARTICLE_SHOWN,),
        cli="check",
        extra=("registry-values",),
    ),
    Case(
        "alias-regex-metacharacters",
        {
            "seeds/talks.txt": ARTICLE + "\nThe memo said (.*)+ and a|b and [A-Z]+ and \\d{3} "
            "and ^$ in its margin notes, which nobody could explain to the press.\n",
            "briefings/actors.yml": _registry(
                "  - id: regex-office\n    name: Regex Office\n    kind: organization\n"
                "    aliases: ['(.*)+', 'a|b', '[A-Z]+', '\\d{3}', '^$', '.', '\\', '(']\n"
            ),
        },
        "either",
        ("actors.yml",),
        shown=(*ARTICLE_SHOWN, "(.*)+ and a|b and [A-Z]+ and \\d{3} and ^$ in its margin"),
        not_linked=("a", "b", "A", "The", "Negotiations", "the"),
        cli="check",
    ),
    Case(
        "alias-empty",
        {
            "seeds/talks.txt": ARTICLE,
            "briefings/actors.yml": _registry(REGISTRY_ENTRY + "    aliases: ['', ' ']\n"),
        },
        "warn",
        ("actors.yml",),
        shown=ARTICLE_SHOWN,
        cli="check",
    ),
    Case(
        "alias-common-words",
        {
            "seeds/talks.txt": ARTICLE,
            "briefings/actors.yml": _registry(REGISTRY_ENTRY + "    aliases: [The, us, the, a]\n"),
        },
        "warn",
        ("actors.yml",),
        shown=ARTICLE_SHOWN,
        not_linked=("The", "the", "us", "a"),
        cli="check",
    ),
    Case(
        "alias-ten-thousand-chars",
        {
            "seeds/talks.txt": ARTICLE,
            "briefings/actors.yml": _registry(REGISTRY_ENTRY + f"    aliases: [{'Ab' * 5000}]\n"),
        },
        "warn",
        ("actors.yml",),
        shown=ARTICLE_SHOWN,
        cli="check",
    ),
]


# --------------------------------------------------------------------------- helpers


def write_case(project: Path, case: Case) -> None:
    for rel, content in case.files.items():
        path = project / rel
        if callable(content):
            content(project)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def problem_lines(log: str) -> list[str]:
    """The WARNING and ERROR messages of a build log (continuation lines joined)."""
    out: list[str] = []
    for line in log.splitlines():
        if re.match(r"^(WARNING|ERROR)\s+-", line):
            out.append(line)
        elif out and line.startswith(" ") and not line.startswith("  - "):
            out[-1] += "\n" + line
    return out


def site_text(site: Path) -> str:
    """The visible text of every page of a built site, whitespace collapsed."""
    parts = []
    for page in sorted(site.rglob("*.html")):
        parts.append(parse_page("http://127.0.0.1/", page.read_text(encoding="utf-8")).text)
    return "\n".join(parts)


def actor_link_texts(site: Path) -> set[str]:
    texts: set[str] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        texts.update(re.findall(r'<a class="briefings-actor"[^>]*>([^<]*)</a>', html))
    return texts


def norm(text: str) -> str:
    return " ".join(text.split())


def assert_no_traceback(result: RunResult) -> None:
    assert "Traceback" not in result.log, f"a Python traceback:\n{result.describe()}"


def assert_names_file(lines: list[str], case: Case, result: RunResult) -> None:
    assert lines, f"no WARNING/ERROR message at all:\n{result.describe()}"
    for line in lines:
        assert any(name in line for name in case.names), (
            f"a message does not name {' or '.join(case.names)}: {line!r}\n{result.describe()}"
        )


def assert_shown(site: Path, case: Case) -> None:
    text = site_text(site)
    missing = [s[:80] for s in case.shown if norm(s) not in text]
    assert not missing, f"not shown literally on any page: {missing}"
    links = actor_link_texts(site)
    wrong = [t for t in case.not_linked if t in links]
    assert not wrong, f"texts linked as actors: {wrong}"


def check_error(result: RunResult, case: Case) -> None:
    assert result.returncode != 0, f"expected the build to stop\n{result.describe()}"
    lines = problem_lines(result.log)
    errors = [line for line in lines if line.startswith("ERROR")]
    assert len(errors) == 1, f"expected ONE error message, got {errors}\n{result.describe()}"
    assert_names_file(errors, case, result)
    message = errors[0].split("-", 1)[1].strip()
    assert len(message) > max(len(n) for n in case.names) + 10, f"say what is wrong: {message!r}"


# --------------------------------------------------------------------------- jobs
#
# Every case's builds and CLI runs are child processes, independent of each other: they run in
# a thread pool (one worker per CPU, the largest inputs first) as soon as the module starts, and
# each test waits for its own results. Only the cases pytest selected are run.


@dataclass
class BuildJob:
    project: Path
    site: Path
    strict: RunResult
    lenient: RunResult | None
    """The non-strict build, run when the strict one fails."""
    seeds_before: dict[Path, bytes]
    seeds_after: dict[Path, bytes]


def _seed_bytes(project: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((project / "seeds").iterdir()) if p.is_file()}


def base_project(dest: Path) -> Path:
    """The real project (config, docs folder with the registry, theme) with one small seed of
    its own instead of the real ones: hostile builds stay quick."""
    project = copy_project(dest, seeds=False)
    (project / "seeds" / "base-article.txt").write_text(BASE_ARTICLE, encoding="utf-8")
    return project


def run_build_job(case: Case, root: Path) -> BuildJob:
    project = base_project(root / "project")
    write_case(project, case)
    before = _seed_bytes(project)
    site = root / "site"
    strict = run_build(project, site, strict=True, timeout=HOSTILE_TIMEOUT)
    lenient = None
    if strict.returncode != 0:
        lenient = run_build(project, root / "lenient-site", strict=False, timeout=HOSTILE_TIMEOUT)
    return BuildJob(project, site, strict, lenient, before, _seed_bytes(project))


def _cli_seed(case: Case, project: Path) -> Path:
    if case.seed:
        return project / case.seed
    return next(
        project / rel for rel in case.files if rel.startswith("seeds/") and rel.endswith(".txt")
    )


def run_cli_job(case: Case, root: Path) -> RunResult:
    project = base_project(root / "project")
    write_case(project, case)
    if case.cli == "parse":
        seed = _cli_seed(case, project)
        # a name starting with '-' must not be read as an option: './-rf.txt' as users type it
        arg = f"./{seed.name}" if seed.name.startswith("-") else seed.name
        return run_cli(["parse", "--json", arg], cwd=seed.parent, timeout=HOSTILE_TIMEOUT)
    return run_cli(["check"], cwd=project, timeout=HOSTILE_TIMEOUT)


def _size(case: Case) -> int:
    return sum(len(c) for c in case.files.values() if isinstance(c, str | bytes))


@pytest.fixture(scope="module")
def jobs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[tuple[str, str], Future[Any]]]:
    wanted: set[tuple[str, str]] = set()
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if item.module is request.module and callspec is not None and "case" in callspec.params:
            kind = "build" if item.name.startswith("test_build") else "cli"
            wanted.add((kind, callspec.params["case"].id))
    executor = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
    futures: dict[tuple[str, str], Future[Any]] = {}
    for case in sorted(CASES, key=_size, reverse=True):
        for kind in ("build", "cli"):
            if (kind, case.id) in wanted:
                root = tmp_path_factory.mktemp(f"{kind}-{case.id}")
                run = run_build_job if kind == "build" else run_cli_job
                futures[(kind, case.id)] = executor.submit(run, case, root)
    yield futures
    executor.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- the build


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_build_with_hostile_input(case: Case, jobs: dict[tuple[str, str], Future[Any]]) -> None:
    job: BuildJob = jobs[("build", case.id)].result()
    strict, site = job.strict, job.site
    assert_no_traceback(strict)
    if job.lenient is not None:
        assert_no_traceback(job.lenient)
    assert not (job.project / "PWNED").exists() and not (job.project / "seeds" / "PWNED").exists()
    assert job.seeds_after == job.seeds_before, "the build changed seeds/"

    outcome = case.outcome
    if outcome == "either":
        errors = [ln for ln in problem_lines(strict.log) if ln.startswith("ERROR")]
        outcome = "ok" if strict.returncode == 0 else "error" if errors else "warn"
    if outcome == "ok":
        assert strict.returncode == 0, f"expected a clean strict build\n{strict.describe()}"
        if case.hidden_ok and not any(norm(s) in site_text(site) for s in case.shown):
            # a hidden file may be skipped (editors' tools leave them), but never silently
            assert any(n in strict.log for n in case.names), (
                f"{case.names[0]} was skipped without a word in the build log\n{strict.describe()}"
            )
        else:
            assert_shown(site, case)
    elif outcome == "warn":
        assert strict.returncode != 0, f"warnings must fail --strict\n{strict.describe()}"
        lines = problem_lines(strict.log)
        assert all(line.startswith("WARNING") for line in lines), lines
        assert_names_file(lines, case, strict)
        assert job.lenient is not None and job.lenient.returncode == 0, job.lenient
        assert_shown(job.site.parent / "lenient-site", case)
    else:
        check_error(strict, case)
        assert job.lenient is not None
        check_error(job.lenient, case)

    built = site if strict.returncode == 0 else job.site.parent / "lenient-site"
    if "title:no" in case.extra:
        page = (built / "briefing" / "talks" / "index.html").read_text(encoding="utf-8")
        assert "<title>no - " in page, re.findall(r"<title>.*</title>", page)
        assert re.search(r">\s*(on|yes)\s*<", page), "summary/publication 'on'/'yes' not shown"
    if "registry-values" in case.extra:
        page = (built / "actors" / "geneva-talks-office" / "index.html").read_text("utf-8")
        assert re.search(r">\s*no\s*<", page), "description 'no' not shown on the actor page"


# --------------------------------------------------------------------------- the CLI


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


CLI_CASES = [c for c in CASES if c.cli != "none"]


@pytest.mark.parametrize("case", CLI_CASES, ids=[c.id for c in CLI_CASES])
def test_cli_with_hostile_input(case: Case, jobs: dict[tuple[str, str], Future[Any]]) -> None:
    result: RunResult = jobs[("cli", case.id)].result()
    assert_no_traceback(result)
    if case.cli == "parse":
        expect_error = case.outcome == "error" or (
            case.outcome == "either" and result.returncode != 0
        )
        if expect_error:
            assert result.returncode == 2, result.describe()
            lines = [line for line in result.stderr.splitlines() if line.strip()]
            assert len(lines) == 1, f"expected ONE line on stderr\n{result.describe()}"
            assert lines[0].startswith("briefings: ")
            assert any(name in lines[0] for name in case.names), result.describe()
        else:
            assert result.returncode == 0, result.describe()
            text = norm(" ".join(_strings(json.loads(result.stdout))))
            missing = [s[:60] for s in case.shown if norm(s) not in text]
            assert not missing, f"not in the parsed article (parse --json): {missing}"
    else:
        if case.outcome == "ok":
            assert result.returncode == 0, result.describe()
            return
        if case.outcome == "either" and result.returncode == 0:
            return
        assert result.returncode == 1, result.describe()
        problems = [
            line for line in result.stdout.splitlines() if not line.startswith("briefings check:")
        ]
        assert problems, result.describe()
        unrelated = [p for p in problems if not any(n in p for n in case.names)]
        assert not unrelated, f"problems about other files: {unrelated}"


def test_cli_parse_of_a_dash_name_after_double_dash(tmp_path: Path) -> None:
    (tmp_path / "-rf.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["parse", "--", "-rf.txt"], cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 0, result.describe()
    assert norm(ARTICLE_SHOWN[0]) in norm(result.stdout)


def test_cli_parse_of_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    result = run_cli(["parse", "nowhere.txt"], cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 2, result.describe()
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "nowhere.txt" in lines[0], result.describe()
    # a folder is a usage error: click's usage lines, then the error naming it
    (tmp_path / "folder").mkdir()
    result = run_cli(["parse", "folder"], cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 2, result.describe()
    assert "folder" in result.stderr.splitlines()[-1], result.describe()
