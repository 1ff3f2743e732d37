"""Reading canonical text (the output of ``render``). Mirrors :mod:`notaparse._render`.

Canonical text has one meaning per line prefix, so this reader never guesses. Any departure
from the grammar in docs/format.md raises :class:`NotaSyntaxError` with line, column and caret.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Final, NoReturn, TypeVar

import attrs

from . import _canon, _fragments
from ._errors import FormatError, ModelError, NotaSyntaxError
from ._model import Attachment, Block, Field, Footnote, ItemList, Metadata, Nota, Origin, Paragraph, Section

T = TypeVar("T")


#: A first line that declares canonical text of some version: ``%nota 1``, or ``%nota 2`` of a
#: later notaparse.
_MAGIC_ANY_VERSION: Final = re.compile(r"%nota [0-9]+")


def is_canonical(text: str) -> bool:
    """Return whether ``text`` declares itself canonical (its first line is a magic line, of this
    version or another: :func:`parse_canonical` refuses another version, saying which)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip()
    return _MAGIC_ANY_VERSION.fullmatch(first) is not None


def _fail(message: str, lineno: int, line: str, column: int = 1, width: int | None = None) -> NoReturn:
    span = width if width is not None else max(1, len(line) - column + 1)
    raise NotaSyntaxError(message, line=lineno, column=column, source_line=line, width=span)


def _build(make: Callable[[], T], lineno: int, line: str, what: str) -> T:
    try:
        return make()
    except ModelError as e:
        _fail(f"Invalid {what}: {e}", lineno, line)


def parse_canonical(text: str) -> Nota:
    """canonical := MAGIC document (NL NL ENCLOSURE document)*
    document := (NL header-line)* (NL NL group)*   (groups separated by blank lines)"""
    lines = text.lstrip("\ufeff").split("\n")
    lines = [ln.rstrip() for ln in lines]
    if lines[0] != _canon.MAGIC:
        version = lines[0].removeprefix("%nota ")
        if _MAGIC_ANY_VERSION.fullmatch(lines[0]):
            _fail(
                f"Expected the first line {_canon.MAGIC!r}: this is canonical text of version {version}, "
                "which this version of notaparse cannot read; read it with a notaparse that writes it",
                1,
                lines[0],
                len("%nota ") + 1,
            )
        _fail(f"Expected the first line {_canon.MAGIC!r}", 1, lines[0])
    starts = [0]
    for n in range(1, len(lines)):
        line = lines[n]
        if line.startswith(_canon.ENCLOSURE):  # (a paragraph so starting is escaped: "\%...")
            if line != _canon.ENCLOSURE:
                _fail(
                    f"Expected {_canon.ENCLOSURE!r} alone on its line", n + 1, line, len(_canon.ENCLOSURE) + 1
                )
            if lines[n - 1]:
                _fail(f"Expected a blank line before {_canon.ENCLOSURE!r}", n + 1, line)
            starts.append(n)
    ends = [*starts[1:], len(lines)]
    documents = [parse_document(lines, start, end) for start, end in zip(starts, ends, strict=True)]
    nota = documents[0]
    if len(documents) == 1:
        return nota
    return attrs.evolve(nota, enclosures=tuple(documents[1:]))


def parse_document(lines: list[str], start: int, end: int) -> Nota:
    """document := first-line (NL header-line)* (NL NL group)*: the nota (its first line the magic
    line) or an enclosure (its first line ``%enclosure``), ``lines[start:end]``."""
    i = start + 1
    header: list[tuple[int, str]] = []
    while i < end and lines[i]:
        header.append((i + 1, lines[i]))
        i += 1
    metadata = parse_header(header)
    groups: list[list[tuple[int, str]]] = []
    for n in range(i, end):
        if not lines[n]:
            if groups and groups[-1]:
                groups.append([])
            continue
        if not groups:
            groups.append([])
        groups[-1].append((n + 1, lines[n]))
    nota = parse_body([g for g in groups if g], metadata)
    return attrs.evolve(nota, origin=Origin(line=start + 1)) if start else nota


def parse_header(lines: list[tuple[int, str]]) -> Metadata:
    """header-line := "@kind " text | "TER " WORD | "@pages " int | "@addressee " text
    | "@letterhead " text | field   (a field's later lines, "+ " line, right under it)"""
    kind: str | None = None
    purpose: str | None = None
    pages: int | None = None
    letterhead: list[str] = []
    addressee: str | None = None
    fields: list[Field] = []
    previous = ""  # the line before, when it was a field's (or a field's later line)
    for lineno, line in lines:
        if line.startswith(_canon.CONTINUATION.rstrip()):
            fields[-1] = parse_continuation(lineno, line, previous, fields[-1] if previous else None)
            continue
        previous = ""
        if line.startswith(_canon.KIND):
            if kind is not None:
                _fail("Expected one '@kind' line, got a second", lineno, line)
            kind = line[len(_canon.KIND) :]
        elif line.startswith(_canon.PAGES):
            value = line[len(_canon.PAGES) :]
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                _fail("Expected a page count after '@pages'", lineno, line, len(_canon.PAGES) + 1)
            pages = int(value)
        elif line.startswith(_canon.LETTERHEAD):
            letterhead.append(line[len(_canon.LETTERHEAD) :])
        elif line.startswith(_canon.ADDRESSEE):
            if addressee is not None:
                _fail("Expected one '@addressee' line, got a second", lineno, line)
            addressee = line[len(_canon.ADDRESSEE) :]
        elif line.upper().startswith("TER ") and ":" not in line:
            try:
                purpose = _fragments.parse_purpose(line)
            except FormatError as e:
                _fail(f"Expected a purpose line: {e}", lineno, line)
        else:
            fields.append(parse_field(lineno, line))
            previous = line
    return _build(
        lambda: Metadata(
            fields=tuple(fields),
            purpose=purpose,
            page_count=pages,
            kind=kind,
            letterhead=tuple(letterhead),
            unlabelled_addressee=addressee,
        ),
        lines[0][0] if lines else 1,
        lines[0][1] if lines else "",
        "metadata",
    )


def parse_field(lineno: int, line: str) -> Field:
    """field := label ":" (" " value)?"""
    m = _canon.FIELD.match(line)
    if m is None:
        _fail("Expected a field 'Label: value' in the header", lineno, line)
    label, value = m[1], m[2] or ""
    origin = Origin(line=lineno)
    return _build(lambda: Field(label=label, value=value, origin=origin), lineno, line, "field")


def parse_continuation(lineno: int, line: str, previous: str, field: Field | None) -> Field:
    """A field value's later line, "+ " line, right under the field's line: ``field`` with it."""
    if field is None:
        _fail("Expected a field's line ('Label: value') right before this later line '+ ...'", lineno, line)
    if not field.lines:
        _fail(
            f"Expected the first line of the value of {field.label!r} on its label's line, before later "
            "lines '+ ...'",
            lineno,
            line,
        )
    if not line.startswith(_canon.CONTINUATION):
        _fail(f"Expected {_canon.CONTINUATION!r} and a line of the value", lineno, line)
    text = line[len(_canon.CONTINUATION) :]
    problem = _canon.text_problem(text)
    if problem:
        _fail(f"Invalid field: a line of its value {problem}", lineno, line, len(_canon.CONTINUATION) + 1)
    lines = (*field.lines, text)
    return _build(
        lambda: Field(label=field.label, value=" ".join(lines), lines=lines, origin=field.origin),
        lineno,
        line,
        "field",
    )


def parse_body(groups: list[list[tuple[int, str]]], metadata: Metadata) -> Nota:
    """body := title? preamble? section* rows? footnotes? unplaced?"""
    title = ""
    heads: list[tuple[str, str | None, int, str]] = []  # heading, number, line number, line
    blocks: list[list[Block]] = []
    attachments: list[Attachment] = []
    footnotes: list[Footnote] = []
    unplaced: list[str] = []
    for index, group in enumerate(groups):
        lineno, first = group[0]
        if first.startswith(_canon.HEADING):
            _single(group, "a heading")
            number, heading = _canon.unescape_heading(first[len(_canon.HEADING) :])
            if not heading:
                _fail("Expected a heading after '## '", lineno, first, len(_canon.HEADING) + 1)
            heads.append((heading, number, lineno, first))
            blocks.append([])
        elif first.startswith(_canon.TITLE):
            _single(group, "the title")
            if index != 0:
                _fail("Expected the title ('# ...') before everything else in the body", lineno, first)
            title = _build(partial(_title, first[len(_canon.TITLE) :]), lineno, first, "title")
        elif first.startswith(_canon.ROW):
            attachments.extend(parse_row(n, line) for n, line in _same(group, _canon.ROW, "table rows"))
        elif _canon.FOOTNOTE.match(first):
            footnotes.extend(parse_footnote(n, line) for n, line in group)
        elif first.startswith(_canon.UNPLACED):
            for n, line in _same(group, _canon.UNPLACED, "unplaced text"):
                text = line[len(_canon.UNPLACED) :]
                _build(lambda: Nota(unplaced=(text,)), n, line, "unplaced text")  # noqa: B023
                unplaced.append(text)
        else:
            if not heads:
                heads.append(("", None, lineno, first))  # the preamble
                blocks.append([])
            elif attachments or footnotes or unplaced:
                _fail("Expected text only inside sections, before the table and footnotes", lineno, first)
            blocks[-1].append(parse_block(group))
    sections = [
        _build(
            lambda: Section(heading=h, number=num, blocks=tuple(bl), origin=Origin(line=n)),  # noqa: B023
            n,
            line,
            "section",
        )
        for (h, num, n, line), bl in zip(heads, blocks, strict=True)
    ]
    return Nota(
        metadata=metadata,
        title=title,
        sections=tuple(sections),
        attachments=tuple(attachments),
        footnotes=tuple(footnotes),
        unplaced=tuple(unplaced),
    )


def _title(text: str) -> str:
    return Nota(title=text).title


def _single(group: list[tuple[int, str]], what: str) -> None:
    if len(group) > 1:
        lineno, line = group[1]
        _fail(f"Expected a blank line after {what}", lineno, line)


def _same(group: list[tuple[int, str]], prefix: str, what: str) -> list[tuple[int, str]]:
    for lineno, line in group:
        if not line.startswith(prefix):
            _fail(f"Expected only {what} in this group (lines starting with {prefix!r})", lineno, line)
    return group


def parse_block(group: list[tuple[int, str]]) -> Block:
    """block := paragraph-line | ("- " item)+ | (mark ". " item)+   (marks counting on one by one)"""
    lineno, first = group[0]
    origin = Origin(line=lineno)
    if first.startswith(_canon.BULLET):
        items = [line[len(_canon.BULLET) :] for _, line in _same(group, _canon.BULLET, "bullet items")]
        return _build(lambda: ItemList(items=tuple(items), origin=origin), lineno, first, "list")
    if _canon.ORDERED.match(first):
        marks: list[str] = []
        items = []
        for n, line in group:
            m = _canon.ORDERED.match(line)
            if m is not None and _canon.read_marks([*marks, m[1]]) is not None:
                marks.append(m[1])
                items.append(m[2])
                continue
            if not marks:
                _fail(f"Expected a list mark (1, a, A, i, I ...), got {m[1] if m else line!r}", n, line)
            expected = " or ".join(f"{mark}." for mark in _canon.next_marks(marks))
            if not expected:
                _fail(f"Expected the numbered list to end after item {marks[-1]}.", n, line)
            _fail(f"Expected item {expected} of a numbered list", n, line)
        numbering, start = _canon.read_marks(marks) or ("1", 1)
        return _build(
            lambda: ItemList(
                items=tuple(items), ordered=True, numbering=numbering, start=start, origin=origin
            ),
            lineno,
            first,
            "list",
        )
    _single(group, "a paragraph")
    text = _canon.unescape_paragraph(first)
    return _build(lambda: Paragraph(text=text, origin=origin), lineno, first, "paragraph")


def parse_row(lineno: int, line: str) -> Attachment:
    """row := "| " number " | " name (" | " info)? " |" """
    cells = _canon.split_row(line)
    if cells is None or len(cells) not in (2, 3):
        _fail("Expected a table row '| number | name | info |'", lineno, line)
    if not (cells[0].isascii() and cells[0].isdigit()):
        _fail(f"Expected a row number, got {cells[0]!r}", lineno, line, 3, max(1, len(cells[0])))
    info = cells[2] if len(cells) == 3 else None
    origin = Origin(line=lineno)
    return _build(
        lambda: Attachment(number=int(cells[0]), name=cells[1], info=info, origin=origin),
        lineno,
        line,
        "table row",
    )


def parse_footnote(lineno: int, line: str) -> Footnote:
    """footnote := "[^" number "]: " text"""
    m = _canon.FOOTNOTE.match(line)
    if m is None:
        _fail("Expected a footnote '[^1]: text'", lineno, line)
    origin = Origin(line=lineno)
    return _build(lambda: Footnote(number=int(m[1]), text=m[2], origin=origin), lineno, line, "footnote")
