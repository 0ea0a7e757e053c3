"""Where a sentence ends: the one definition the reading (``ingest``) and chrome stages share.

A sentence ends on an end mark (``END_MARKS``, or a full-width one of CJK text), then any
closing quotes and brackets (``CLOSERS``). The variants below differ from that on purpose, and
each says how:

- ``LINE_END``: a line (or a text) ends a sentence; a footnote's marker may follow the mark
  ("... in 2019.[12]").
- ``INNER_END``: a sentence ends inside a line and the next one opens (". It sports"): a word's
  last two lower-case letters before the mark (not "U.S."), at most one closing mark, a capital.
  No ellipsis (it trails off inside a sentence as often: "... and then… Nothing").
- ``BARE_INNER_END``: ``INNER_END`` without the closing mark, for chrome's judging of titles and
  captions: a quoted question inside a title is no sentence's end there ('Develop a Personal
  "Should I Buy This?" Test' stays a heading).
- ``LAST_MARKS``: the last characters of a line that ends a sentence *or a clause* (":" and ";"
  too: "... to the constructor:"), looser than ``LINE_END``: any closing bracket or double
  quote counts alone; an apostrophe does not (it ends words: "the students'").
"""

from __future__ import annotations

import re

#: The marks a sentence ends on.
END_MARKS = ".!?…"
#: The full-width end marks of CJK text.
CJK_END_MARKS = "。！？"
#: Closing quotes and brackets that may follow a sentence's end mark (".”", "?)").
CLOSERS = "'\"»”’)]"
#: Marks that end a clause, not a sentence.
CLAUSE_MARKS = ":;"
#: Closers that are also apostrophes (they end words too: "the students'").
APOSTROPHES = "'’"


def _chars(marks: str) -> str:
    """A regular expression's character class of ``marks``."""
    return "[" + "".join(re.escape(m) for m in marks) + "]"


LINE_END = re.compile(
    rf"{_chars(END_MARKS + CJK_END_MARKS)}{_chars(CLOSERS)}*$|{_chars(END_MARKS)}\s*\[\d+\]$"
)
_INNER_MARKS = _chars(END_MARKS.replace("…", ""))
INNER_END = re.compile(rf"[a-zß-ÿа-яё]{{2}}{_INNER_MARKS}[\"”’)]?\s+[A-ZÀ-ÞА-ЯЁ]")
BARE_INNER_END = re.compile(rf"[a-zß-ÿа-яё]{{2}}{_INNER_MARKS}\s+[A-ZÀ-ÞА-ЯЁ]")
LAST_MARKS = frozenset(
    END_MARKS + CLAUSE_MARKS + "".join(c for c in CLOSERS if c not in APOSTROPHES) + "}"
)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` (a line) ends a sentence (``LINE_END``)."""
    return LINE_END.search(text.strip()) is not None
