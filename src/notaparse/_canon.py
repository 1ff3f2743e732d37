"""The canonical text form: its markers, escapes and the rules for text that it can hold.

This module is the one place that decides what canonical text can represent. The model's
validators, the renderer, the canonical parser and the public strategies all use it.

Canonical text is line based. Its first line is :data:`MAGIC`; because of it the parser never
guesses about canonical text: every line has one meaning given by its first characters.
"""

from __future__ import annotations

import re
from typing import Final

MAGIC: Final = "%nota 1"

#: Characters canonical text cannot hold: C0/C1 controls and lone surrogates.
_UNWRITABLE: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

KIND: Final = "@kind "
PAGES: Final = "@pages "
LETTERHEAD: Final = "@letterhead "
ADDRESSEE: Final = "@addressee "
TITLE: Final = "# "
HEADING: Final = "## "
BULLET: Final = "- "
FOOTNOTE: Final = re.compile(r"^\[\^(\d+)\]: (.*)$")
UNPLACED: Final = "?? "
ROW: Final = "| "
ORDERED: Final = re.compile(r"^(\d+)\. (.*)$")
FIELD: Final = re.compile(r"^([^:]+):(?: (.*))?$")
NUMBER: Final = re.compile(r"^\d{1,2}(?:\.\d{1,2})*$")
NUMBERED_HEADING: Final = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*) (.*)$")
ESCAPE: Final = "\\"

#: Prefixes that give a body line a meaning other than "paragraph".
_BODY_MARKERS: Final = ("#", "-", "|", "?", "[", "@", "%", ESCAPE)


def text_problem(text: str) -> str | None:
    """Explain why ``text`` cannot stand in canonical text, or None when it can."""
    if not text:
        return "must not be empty"
    if text != " ".join(text.split()):
        return "must be one line without leading, trailing or repeated whitespace"
    bad = _UNWRITABLE.search(text)
    if bad is not None:
        return f"must not contain the control character or surrogate U+{ord(bad[0]):04X}"
    return None


def label_problem(label: str) -> str | None:
    """Explain why ``label`` cannot be a field label, or None when it can."""
    problem = text_problem(label)
    if problem:
        return problem
    if ":" in label:
        return "must not contain ':' (it separates label and value)"
    if not label[0].isalnum() and label[0] not in "(":
        return "must start with a letter, digit or '('"
    if label.casefold().startswith("ter ") and label[4:].isalpha():
        return "must not look like a purpose line"
    return None


def escape_paragraph(text: str) -> str:
    """Write a paragraph so that it cannot be read as another block."""
    starts_ordered = ORDERED.match(text) is not None
    return ESCAPE + text if text.startswith(_BODY_MARKERS) or starts_ordered else text


def unescape_paragraph(line: str) -> str:
    """Undo :func:`escape_paragraph`."""
    return line[1:] if line.startswith(ESCAPE) else line


def escape_heading(heading: str, number: str | None) -> str:
    """Write a heading line's text; an unnumbered heading that starts like a number is escaped."""
    if number is not None:
        return f"{number} {heading}"
    if NUMBERED_HEADING.match(heading) or heading.startswith(ESCAPE):
        return ESCAPE + heading
    return heading


def unescape_heading(text: str) -> tuple[str | None, str]:
    """Split a heading line's text into (number, heading), undoing :func:`escape_heading`."""
    if text.startswith(ESCAPE):
        return None, text[1:]
    m = NUMBERED_HEADING.match(text)
    if m:
        return m[1], m[2]
    return None, text


def escape_cell(text: str) -> str:
    """Escape a table cell: backslash and bar get a backslash."""
    return text.replace(ESCAPE, ESCAPE * 2).replace("|", ESCAPE + "|")


_CELL: Final = re.compile(r"((?:[^|\\]|\\.)*)\|")


def split_row(line: str) -> list[str] | None:
    """Split "| 1 | name | info |" into unescaped, stripped cells; None when malformed."""
    if not line.startswith("|"):
        return None
    rest = line[1:]
    cells: list[str] = []
    pos = 0
    while pos < len(rest):
        m = _CELL.match(rest, pos)
        if m is None:
            return None
        cells.append(re.sub(r"\\(.)", r"\1", m[1].strip()))
        pos = m.end()
    return cells if pos == len(rest) else None
