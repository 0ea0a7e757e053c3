"""Safe YAML for editors' files (``briefings.yamlfile``): strings stay strings, no tags, no
aliases, no duplicate keys; errors name the file and the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefings.yamlfile import MAX_BYTES, YamlError, load_yaml, parse_yaml

# (yaml text, parsed value): every scalar is text, whatever YAML 1.1 would make of it
VALUES: list[tuple[str, Any]] = [
    ("title: no", {"title": "no"}),
    ("title: yes", {"title": "yes"}),
    ("a: on\nb: off\nc: y\nd: n", {"a": "on", "b": "off", "c": "y", "d": "n"}),
    ("date: 2025-04-14", {"date": "2025-04-14"}),
    ("when: 2025-04-14T10:00:00Z", {"when": "2025-04-14T10:00:00Z"}),
    ("n: 1e3\nm: 0x1F\no: 012\np: 1_000", {"n": "1e3", "m": "0x1F", "o": "012", "p": "1_000"}),
    ("x: null\ny: ~\nz: Null", {"x": "null", "y": "~", "z": "Null"}),
    ("x:", {"x": ""}),
    ("t: 12:30", {"t": "12:30"}),
    ("tags: [yes, no, 2025-01-01, .inf]", {"tags": ["yes", "no", "2025-01-01", ".inf"]}),
    ("q: '<script>alert(1)</script>'", {"q": "<script>alert(1)</script>"}),
    ("q: '{{ config }}'", {"q": "{{ config }}"}),
    ("q: !!str 5", {"q": "5"}),
    ("", None),
    ("# only a comment\n", None),
    ("- a\n- b", ["a", "b"]),
    ("\ufefftitle: with a byte-order mark", {"title": "with a byte-order mark"}),
    ("title: Zürich — «кавычки»", {"title": "Zürich — «кавычки»"}),
]


@pytest.mark.parametrize(("text", "expected"), VALUES, ids=[v[0][:30] for v in VALUES])
def test_every_scalar_is_text(text: str, expected: Any) -> None:
    assert parse_yaml(text.removeprefix("\ufeff"), "f.yml") == expected


ALIAS_BOMB = "\n".join(
    [
        'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
        *[
            f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        ],
        "title: *i",
    ]
)

# (yaml text, expected "file:line: ..." message fragment)
ERRORS: list[tuple[str, str]] = [
    ("title: First\ntitle: Second\n", "f.yml:2: duplicate key 'title'"),
    ("a:\n  b: 1\n  b: 2\n", "f.yml:3: duplicate key 'b'"),
    ("- {x: 1, x: 2}\n", "f.yml:1: duplicate key 'x'"),
    ("title: &t A\nsummary: *t\n", "f.yml:2: YAML aliases (*name) are not allowed here"),
    (ALIAS_BOMB, "f.yml:2: YAML aliases (*name) are not allowed here"),
    ("title: !!python/object/apply:os.system ['echo pwned']\n", "f.yml:1: the tag"),
    ("title: !!python/name:os.system\n", "f.yml:1: the tag"),
    ("x: !!python/object:briefings.editor.EditorFile {}\n", "f.yml:1: the tag"),
    ("? [a, b]\n: c\n", "f.yml:1: mapping keys must be plain text"),
    ("title: [unclosed\n", "f.yml:2:"),
    ("title: 'unterminated\n", "f.yml:2:"),
    ("a: b: c\n", "f.yml:1:"),
    ("\tindented: with a tab\n", "f.yml:1:"),
    ("- a\nb: c\n", "f.yml:2:"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS, ids=[e[1][:40] for e in ERRORS])
def test_unsafe_or_broken_yaml_is_an_error_naming_file_and_line(text: str, message: str) -> None:
    with pytest.raises(YamlError) as info:
        parse_yaml(text, "f.yml")
    assert str(info.value).startswith(message), str(info.value)
    assert "\n" not in str(info.value).strip(), "one line"


def test_python_tags_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    with pytest.raises(YamlError):
        parse_yaml(f"t: !!python/object/apply:os.system ['touch {marker}']\n", "f.yml")
    assert not marker.exists()


def test_load_yaml_names_the_file_for_unreadable_oversized_and_undecodable(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "missing.yml"
    with pytest.raises(YamlError, match=r"missing\.yml: cannot read"):
        load_yaml(missing)
    folder = tmp_path / "folder.yml"
    folder.mkdir()
    with pytest.raises(YamlError, match=r"folder\.yml: cannot read"):
        load_yaml(folder)
    big = tmp_path / "big.yml"
    big.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(YamlError, match=r"big\.yml: larger than"):
        load_yaml(big)
    latin = tmp_path / "latin.yml"
    latin.write_bytes("title: Zürich".encode("latin-1"))
    with pytest.raises(YamlError, match=r"latin\.yml: not UTF-8 text"):
        load_yaml(latin)
    bom = tmp_path / "bom.yml"
    bom.write_bytes("\ufefftitle: ok\n".encode())
    assert load_yaml(bom) == {"title": "ok"}
    bad = tmp_path / "bad.yml"
    bad.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(YamlError) as info:
        load_yaml(bad)
    assert str(info.value) == f"{bad}:2: duplicate key 'a'"
