"""The canonical text form: its markers, escapes and the rules for text that it can hold.

This module is the one place that decides what canonical text can represent. The model's
validators, the renderer, the canonical parser and the public strategies all use it.

Canonical text is line based. Its first line is :data:`MAGIC`; because of it the parser never
guesses about canonical text: every line has one meaning given by its first characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal, TypeAlias

from . import _vocab

MAGIC: Final = "%nota 1"
#: The line that starts an enclosure (a document that follows the nota in the same file); its
#: header lines follow it directly, then a blank line and its body.
ENCLOSURE: Final = "%enclosure"

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
#: An item of a numbered list: its mark (a number, a letter or a roman numeral) and the text.
ORDERED: Final = re.compile(r"^(\d+|[a-zA-Z]|[ivx]+|[IVX]+)\. (.*)$")
FIELD: Final = re.compile(r"^([^:]+):(?: (.*))?$")
#: A field value's later printed line, right under the field's line (or its previous later
#: line): "Afgestemd met: Rijkswaterstaat" / "+ DGWB" / "+ FEZ". No label can start so.
CONTINUATION: Final = "+ "
#: A section's number: digits ("4", "4.1"), one capital letter ("A") or a capital roman numeral
#: from I to XXXIX ("IV"), without the full stop it is printed with.
_DIGIT_NUMBER: Final = r"\d{1,2}(?:\.\d{1,2})*"
_LETTER_NUMBER: Final = r"[A-Z]|X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}"
NUMBER: Final = re.compile(rf"^(?:{_DIGIT_NUMBER}|{_LETTER_NUMBER})$")
#: A heading line's text in canonical form: a digit number and a space ("3.1 Kern"), or a letter or
#: roman number with its full stop and a space ("A. Aanleiding", "IV. Toelichting"), then the heading.
#: A letter without its stop ("U wordt gevraagd ...") is no number, so texts of earlier versions,
#: which wrote such headings unescaped, read as they did.
NUMBERED_HEADING: Final = re.compile(rf"^(?:({_DIGIT_NUMBER})|({_LETTER_NUMBER})\.) (.*)$")
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
    first, _, rest = label.partition(" ")
    if first.casefold() == _vocab.PURPOSE_WORD and rest.isalpha():
        return "must not look like a purpose line"
    return None


def escape_paragraph(text: str) -> str:
    """Write a paragraph so that it cannot be read as another block."""
    starts_ordered = ORDERED.match(text) is not None
    return ESCAPE + text if text.startswith(_BODY_MARKERS) or starts_ordered else text


#: How an ordered list's items are marked: "1" decimal (1. 2. 3.), "a" small letters (a. b. c.),
#: "A" capitals (A. B. C.), "i" small roman numerals (i. ii. iii.), "I" capital ones (I. II. III.).
Numbering: TypeAlias = Literal["1", "a", "A", "i", "I"]
NUMBERINGS: Final[tuple[Numbering, ...]] = ("1", "a", "A", "i", "I")
#: The last number each numbering can write: letters run from a to z; roman numerals are written
#: with i, v and x only, so up to xxxix (a list of nota's never gets near it).
LAST_NUMBER: Final[dict[Numbering, int | None]] = {"1": None, "a": 26, "A": 26, "i": 39, "I": 39}
#: The letters that are also roman numerals (i, v, x): a list of one item so marked is roman.
_ROMAN_LETTER_NUMBERS: Final = (9, 22, 24)
_ROMAN_DIGITS: Final = (("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def roman(number: int) -> str:
    """A number in small roman numerals (1 -> "i", 14 -> "xiv")."""
    out = ""
    for digits, value in _ROMAN_DIGITS:
        count, number = divmod(number, value)
        out += digits * count
    return out


_ROMAN_NUMBERS: Final[dict[str, int]] = {roman(n): n for n in range(1, 40)}


def lettered_roman(numbering: Numbering, start: int, count: int) -> bool:
    """Whether a list of ``count`` items lettered ``numbering`` from ``start`` is one item marked
    "i", "v" or "x" (or "I", "V", "X"): such a list is roman, never lettered (:func:`read_marks`)."""
    return numbering in ("a", "A") and count == 1 and start in _ROMAN_LETTER_NUMBERS


def format_mark(number: int, numbering: Numbering) -> str:
    """The mark of item ``number`` (1-based) in a list numbered ``numbering``, without its full stop:
    3 -> "3", "c", "C", "iii", "III"."""
    if numbering == "1":
        return str(number)
    mark = chr(ord("a") + number - 1) if numbering in ("a", "A") else roman(number)
    return mark.upper() if numbering in ("A", "I") else mark


def mark_readings(mark: str) -> list[tuple[Numbering, int]]:
    """Every (numbering, number) that writes ``mark``; the roman reading first ("i" -> roman 1,
    letter 9; "c" -> letter 3 only, as roman numerals stop at xxxix; "10" -> decimal 10)."""
    if mark.isascii() and mark.isdigit():
        return [("1", int(mark))] if str(int(mark)) == mark else []
    if not mark.isascii() or not mark.isalpha() or not (mark.islower() or mark.isupper()):
        return []
    upper = mark.isupper()
    low = mark.lower()
    readings: list[tuple[Numbering, int]] = []
    if low in _ROMAN_NUMBERS:
        readings.append(("I" if upper else "i", _ROMAN_NUMBERS[low]))
    if len(low) == 1:
        readings.append(("A" if upper else "a", ord(low) - ord("a") + 1))
    return readings


def read_marks(marks: Sequence[str]) -> tuple[Numbering, int] | None:
    """The numbering and first number of a list whose items are marked ``marks``, when the marks
    count on one by one from the first; else None.

    A mark that is both a letter and a roman numeral ("i", "v", "x") is decided by its neighbours:
    "h. i. j." are letters, "i. ii. iii." roman numerals. Only a list of one such item has no
    neighbours: it is roman ("i." alone is the first of a roman list more often than the ninth
    letter), and :class:`~notaparse.ItemList` refuses the one-item letter list it cannot be.
    """
    if not marks:
        return None
    for numbering, start in mark_readings(marks[0]):
        if all((numbering, start + k) in mark_readings(mark) for k, mark in enumerate(marks[1:], 1)):
            return numbering, start
    return None


def next_marks(marks: Sequence[str]) -> list[str]:
    """The marks that can follow ``marks`` (which :func:`read_marks` reads): ["ii", "j"] after
    "i", whose numbering its neighbours have not decided yet."""
    out = []
    for numbering, start in mark_readings(marks[0]):
        if read_marks([*marks, format_mark(start + len(marks), numbering)]) == (numbering, start):
            out.append(format_mark(start + len(marks), numbering))
    return out


def unescape_paragraph(line: str) -> str:
    """Undo :func:`escape_paragraph`."""
    return line[1:] if line.startswith(ESCAPE) else line


def number_mark(number: str) -> str:
    """A section number as printed before its heading: digits bare ("3.1"), a letter or roman
    numeral with its full stop ("A.", "IV.")."""
    return number if number[0].isdigit() else f"{number}."


def escape_heading(heading: str, number: str | None) -> str:
    """Write a heading line's text: a digit number bare ("3.1 Kern"), a letter or roman number with
    its full stop ("A. Aanleiding"); an unnumbered heading that starts like a number is escaped."""
    if number is not None:
        return f"{number_mark(number)} {heading}"
    if NUMBERED_HEADING.match(heading) or heading.startswith(ESCAPE):
        return ESCAPE + heading
    return heading


def unescape_heading(text: str) -> tuple[str | None, str]:
    """Split a heading line's text into (number, heading), undoing :func:`escape_heading`."""
    if text.startswith(ESCAPE):
        return None, text[1:]
    m = NUMBERED_HEADING.match(text)
    if m:
        return m[1] or m[2], m[3]
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
