"""Editors' per-briefing files (``briefings.editor``): validation is table-driven; problems with
single values are warnings naming the file (they fail ``--strict``), a file that is not a
mapping of keys or not YAML is an error naming it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefings.editor import (
    Annotation,
    EditorFile,
    EditorFileError,
    is_http_url,
    load_editor_file,
    parse_editor_data,
    sidecar_path,
)
from briefings.yamlfile import parse_yaml

NAME = "seeds/a.yml"


def parse(text: str) -> EditorFile:
    return parse_editor_data(parse_yaml(text, NAME), NAME)


# (yaml, field, expected value)
VALID: list[tuple[str, str, Any]] = [
    ("title: Talks go on", "title", "Talks go on"),
    ("title: '  padded  '", "title", "padded"),
    ("title: no", "title", "no"),
    ("title: '<b>x</b> {{ config }}'", "title", "<b>x</b> {{ config }}"),
    ("date: 2025-04-14", "date", "2025-04-14"),
    ("source_url: https://iz.ru/1870000", "source_url", "https://iz.ru/1870000"),
    ("source_url: HTTP://EXAMPLE.ORG/A", "source_url", "HTTP://EXAMPLE.ORG/A"),
    ("publication: yes", "publication", "yes"),
    ("tags: [Russia, yes, 2025-01-01]", "tags", ("Russia", "yes", "2025-01-01")),
    ("tags: Russia", "tags", ("Russia",)),
    ("tags: ['', Russia, '  ']", "tags", ("Russia",)),
    ("summary: One sentence.", "summary", "One sentence."),
    ("title: ''", "title", None),
    (
        "annotations:\n  - phrase: Rosselkhoznadzor\n    note: Most likely Rosselkhozbank.\n",
        "annotations",
        (Annotation("Rosselkhoznadzor", "Most likely Rosselkhozbank."),),
    ),
    (
        "annotations:\n  - {phrase: talks, note: n, occurrence: 2}\n",
        "annotations",
        (Annotation("talks", "n", 2),),
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), VALID, ids=[v[0][:40] for v in VALID])
def test_valid_values(text: str, field: str, expected: Any) -> None:
    editor = parse(text)
    assert getattr(editor, field) == expected
    assert editor.warnings == ()
    assert editor.path == NAME


def test_keep_and_drop_become_corrections() -> None:
    editor = parse("keep: [a kept line]\ndrop: [chrome, more chrome]\n")
    assert editor.corrections.keep == frozenset({"a kept line"})
    assert editor.corrections.drop == frozenset({"chrome", "more chrome"})


# (yaml, warning fragment, field, value after the warning)
WARNINGS: list[tuple[str, str, str, Any]] = [
    ("titel: typo", f"{NAME}: unknown key 'titel'", "title", None),
    ("date: 14 April 2025", f"{NAME}: date '14 April 2025' is not", "date", None),
    ("date: 2025-4-14", f"{NAME}: date '2025-4-14' is not", "date", None),
    ("date: 2025-02-30", f"{NAME}: date '2025-02-30' is not", "date", None),
    ("date: 2025-13-45", "is not YYYY-MM-DD", "date", None),
    (
        "source_url: javascript:alert(1)",
        f"{NAME}: source_url must be an http(s) URL",
        "source_url",
        None,
    ),
    ("source_url: ' javascript:alert(1)'", "source_url must be an http(s) URL", "source_url", None),
    ("source_url: data:text/html,x", "source_url must be an http(s) URL", "source_url", None),
    ("source_url: //evil.example/x", "source_url must be an http(s) URL", "source_url", None),
    ("source_url: ftp://example.org/x", "source_url must be an http(s) URL", "source_url", None),
    (
        "source_url: 'https://x.org/a\" onclick=\"b'",
        "source_url must be an http(s) URL",
        "source_url",
        None,
    ),
    ("title: [a, list]", f"{NAME}: title: expected text, got a list", "title", None),
    ("summary: {a: b}", f"{NAME}: summary: expected text, got a dict", "summary", None),
    ("tags: {a: b}", f"{NAME}: tags: expected a list of text", "tags", ()),
    ("tags: [[nested]]", f"{NAME}: tags[1]: expected text", "tags", ()),
    ("annotations: text", f"{NAME}: annotations must be a list", "annotations", ()),
    ("annotations: [text]", f"{NAME}: annotation 1: expected a mapping", "annotations", ()),
    (
        "annotations:\n  - phrase: x\n",
        f"{NAME}: annotation 1: needs both a phrase and a note",
        "annotations",
        (),
    ),
    (
        "annotations:\n  - {phrase: x, note: y, color: red}\n",
        f"{NAME}: annotation 1: unknown key 'color'",
        "annotations",
        (Annotation("x", "y"),),
    ),
    (
        "annotations:\n  - {phrase: x, note: y, occurrence: 0}\n",
        "annotation 1 ('x'): occurrence must be a whole number >= 1",
        "annotations",
        (Annotation("x", "y"),),
    ),
    (
        "annotations:\n  - {phrase: x, note: y, occurrence: two}\n",
        "occurrence must be a whole number",
        "annotations",
        (Annotation("x", "y"),),
    ),
    (
        "annotations:\n  - {phrase: x, note: y, occurrence: -1}\n",
        "occurrence must be a whole number",
        "annotations",
        (Annotation("x", "y"),),
    ),
]


@pytest.mark.parametrize(
    ("text", "warning", "field", "value"), WARNINGS, ids=[w[0][:40] for w in WARNINGS]
)
def test_problems_with_single_values_are_warnings(
    text: str, warning: str, field: str, value: Any
) -> None:
    editor = parse(text)
    assert any(warning in w for w in editor.warnings), editor.warnings
    assert all(w.startswith(NAME) for w in editor.warnings), editor.warnings
    assert getattr(editor, field) == value


@pytest.mark.parametrize("text", ["- a list\n- of things\n", "just text\n", "'quoted'\n"])
def test_a_file_that_is_not_a_mapping_is_an_error_naming_it(text: str) -> None:
    with pytest.raises(EditorFileError, match=f"^{NAME}: expected a mapping"):
        parse(text)


def test_an_empty_file_is_an_empty_editor_file() -> None:
    assert parse("") == EditorFile(path=NAME)
    assert parse("# nothing yet\n") == EditorFile(path=NAME)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"title: [unclosed\n", ":2:"),
        (b"title: a\ntitle: b\n", ":2: duplicate key 'title'"),
        (b"t: !!python/object/apply:os.system ['true']\n", ":1: the tag"),
        (b"a: &x 1\nb: *x\n", ":2: YAML aliases"),
        ("title: Zürich".encode("latin-1"), ": not UTF-8 text"),
    ],
)
def test_load_editor_file_errors_name_file_and_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "a.yml"
    path.write_bytes(content)
    with pytest.raises(EditorFileError) as info:
        load_editor_file(path)
    assert str(info.value).startswith(str(path)), str(info.value)
    assert message in str(info.value)


def test_load_editor_file_reads_a_sidecar(tmp_path: Path) -> None:
    seed = tmp_path / "talks in geneva.txt"
    assert sidecar_path(seed) == tmp_path / "talks in geneva.yml"
    sidecar_path(seed).write_text("title: Geneva\ntags: [a, b]\n", encoding="utf-8")
    editor = load_editor_file(sidecar_path(seed))
    assert (editor.title, editor.tags, editor.path) == (
        "Geneva",
        ("a", "b"),
        str(sidecar_path(seed)),
    )


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://en.wikipedia.org/wiki/X", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("https://x.org/a b", False),
        ("https://x.org/<script>", False),
        ('https://x.org/"', False),
        ("https://x.org/'", False),
        ("https://", False),
        ("//x.org", False),
        ("data:text/html,x", False),
        ("", False),
        ("https://x.org/\nhttps://y.org", False),
    ],
)
def test_is_http_url(url: str, ok: bool) -> None:
    assert is_http_url(url) is ok
