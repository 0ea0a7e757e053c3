"""Word lists more than one stage reads (``data/words.yml``), loaded once."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

#: ``{name}`` in a chrome.yml pattern: the list ``name`` of words.yml (a regular expression's
#: quantifier, ``{2}``, ``{0,4}``, holds no letter).
_REFERENCE = re.compile(r"\{([a-z_]+)\}")


@cache
def word_lists() -> dict[str, tuple[str, ...]]:
    """words.yml: list name -> its entries (strings, as written)."""
    text = resources.files("briefings").joinpath("data", "words.yml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    return {str(name): tuple(str(w) for w in words) for name, words in data.items()}


def alternation(name: str) -> str:
    """The list ``name`` as one group of a regular expression, its longest entries first, a
    space written "[ ]" (it holds in a verbose pattern too)."""
    words = sorted(word_lists()[name], key=lambda w: (-len(w), w))
    return "(?:" + "|".join(w.replace(" ", "[ ]") for w in words) + ")"


def expand(pattern: str) -> str:
    """``pattern`` with each ``{name}`` replaced by the alternation of words.yml's list ``name``
    (KeyError: no such list)."""
    return _REFERENCE.sub(lambda m: alternation(m[1]), pattern)


@cache
def first_names() -> frozenset[str]:
    """Given names (actors/data/first_names.txt): the actor detector's, and the chrome
    stripper's for a byline printed as names alone on their lines."""
    text = resources.files("briefings").joinpath("actors", "data", "first_names.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(ln for ln in lines if ln.strip() and not ln.startswith("#"))
