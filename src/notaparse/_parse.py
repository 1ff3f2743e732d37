"""Reading a nota from extracted text: ``parse(text)``.

Extracted text comes in many shapes (see docs/format.md, "Extracted text"). The reader works in
three passes over classified lines (:mod:`notaparse._lines`):

1. furniture: page lines ("Pagina 1 van 2" in all its broken forms) are removed and counted;
2. the header zone (everything before the first section heading): labels, their values (also
   when a reading order stacked several labels before their values), the purpose line, the
   document kind, the title and the letterhead;
3. the body: sections, paragraphs re-flowed, lists, the attachment table, footnotes, colofon
   pairs spliced into the body, and whatever cannot be placed (kept in ``unplaced``).

Canonical text (first line ``%nota 1``) is read by :mod:`notaparse._canonical` instead.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs

from . import _canon, _fragments, _lines, _vocab
from ._canonical import is_canonical, parse_canonical
from ._errors import FormatError, NotaSyntaxError
from ._lines import Kind, Line, join_value, join_wrapped
from ._model import (
    Attachment,
    Block,
    Diagnostic,
    Field,
    Footnote,
    ItemList,
    Metadata,
    Nota,
    Origin,
    Paragraph,
    Section,
)

_CLOSERS: Final = "'\u2019\u201d\")"


#: An entry's word with a number inside an attachment's name ("Bijlage 1a"): no name of a list.
_ENTRY_WORD_NUMBERED: Final = re.compile(rf"\b{_vocab.ATTACHMENT_WORD}\s+\d")


def _attachment_entries(blocks: Iterable[Block]) -> list[tuple[int, str, Origin | None]]:
    """The entries of an attachment list set without a table, when the blocks are only
    paragraphs of entries ("Bijlage 1  Noodoproep OCHA", more than one on a paragraph when the
    lines were joined), numbered 1 to n once each: in their numbers' order (a list in two
    columns, read row by row, gives 1, 4, 2, 5, 3, 6). Empty when the blocks are anything else,
    or when a name holds an entry's word and a number the list's numbers refuse ("... Kamer
    Bijlage 1a Reactie van de VNG": two entries, the second no entry of the list)."""
    found: dict[int, tuple[str, Origin | None]] = {}
    for block in blocks:
        if not isinstance(block, Paragraph) or not block.text.startswith(_vocab.ATTACHMENT_WORD):
            return []
        entries = _fragments.attachment_entries(block.text, rising=False)
        if not entries:
            return []
        for n, name in entries:
            if n in found or not name or _ENTRY_WORD_NUMBERED.search(name):
                return []
            found[n] = (name, block.origin)
    if sorted(found) != list(range(1, len(found) + 1)):
        return []
    return [(n, *found[n]) for n in sorted(found)]


def _numbered_rows(blocks: Iterable[Block]) -> list[tuple[int, str, Origin | None]]:
    """The rows of an attachment list whose number stands in a column left of the name, each row
    a paragraph of its own ("1  Conceptbrief aan de Tweede Kamer" / "2  Advies Raad van State"),
    numbered 1 to n in order; empty when the blocks are anything else or a row ends a sentence
    (numbered sentences about the attachments)."""
    rows: list[tuple[int, str, Origin | None]] = []
    for n, block in enumerate(blocks, 1):
        if not isinstance(block, Paragraph) or (m := _ROW_START.match(block.text)) is None:
            return []
        if int(m[1]) != n or not m[2] or _ends_full_stop(m[2]):
            return []
        rows.append((n, m[2], block.origin))
    return rows


def _listed_names(blocks: Sequence[Block]) -> list[tuple[int, str, Origin | None]]:
    """The items of the one list in ``blocks`` as attachments numbered 1 to n: a list numbered
    from 1, or a bullet list none of whose items ends a sentence; empty otherwise."""
    if len(blocks) != 1 or not isinstance(block := blocks[0], ItemList):
        return []
    if (block.ordered and (block.numbering, block.start) == ("1", 1)) or (
        not block.ordered and not any(_ends_full_stop(item) for item in block.items)
    ):
        return [(n, item, block.origin) for n, item in enumerate(block.items, 1)]
    return []


def _has_bullet_glyph(text: str) -> bool:
    return "\uf0b7" in text or "\u2022" in text or "\u00a9" in text


#: The fewest words of an attachment's name listed alone under "Bijlage" ("1. Rapportage
#: handhavingsactie Schiphol"): a colofon's value under the label is a count or a word or two.
_LISTED_NAME_WORDS: Final = 3
#: The most words of a heading the vocabulary does not know, written with a colon ("Prioriteiten:").
_COLON_HEADING_WORDS: Final = 3


def _ends_sentence(text: str) -> bool:
    """Whether text ends a sentence or clause (. ! ? : ;), closing quotes and brackets aside."""
    end = text.rstrip(_CLOSERS)
    return end.endswith((".", "!", "?", ":", ";")) and not _ends_abbreviation(end)


def _ends_full_stop(text: str) -> bool:
    """Whether text ends a sentence (. ! ?), closing quotes and brackets aside."""
    end = text.rstrip(_CLOSERS)
    return end.endswith((".", "!", "?")) and not _ends_abbreviation(end)


#: A footnote marker glued after a sentence's full stop at a line's end ("niet meer.1"): the
#: sentence ends there all the same.
_MARKER_AFTER_STOP: Final = re.compile(r"(?<=[^\W\d_]{2}[.!?])\d{1,2}$")


def _ends_abbreviation(text: str) -> bool:
    """Whether text ends in an abbreviation such as "nr." or "o.a." (no sentence end)."""
    return text.endswith(".") and text.rsplit(" ", 1)[-1].casefold() in _vocab.ABBREVIATIONS


_INLINE_BULLET: Final = re.compile(r"\s+(?=[\uf0b7\u2022\u00a9]\s)")
_ROW_START: Final = re.compile(r"^(\d{1,2})(?:[.)]?\s+(\S.*))?$")
#: An attachment table's first row with its 1 read by OCR as a stroke ("l. Kamerbrief ...", "|
#: Kamerbrief ..."): the stroke, its stop or bracket, the row's text (see ``_stroke_first_row``).
_STROKE_ROW: Final = re.compile(rf"^[{re.escape(_vocab.OCR_STROKES.replace('1', ''))}]([.)]?)\s+(\S.*)$")
_MAX_VALUE_WORDS: Final = 12

#: The rows of a colofon value carried from page 1's foot to page 2 (`_Reader._carry_open_label`).
_CARRIED_ROWS: Final = 8
#: The kinds of line that are a page's body (a carried value past them is looked at closer).
_BODY_KINDS: Final = frozenset(
    {Kind.HEADING, Kind.TITLE, Kind.BULLET, Kind.ORDERED, Kind.TABLE_HEADER, Kind.ROW}
)

#: The rows a colofon list of units runs to at most under its label (`_unit_in_list`).
_UNIT_LIST_ROWS: Final = 24
_UNKNOWN_LABEL: Final = re.compile(r"^([A-Z][\w()/.\- ]{0,30}[\w)]):(?:\s+(\S.*))?$")
#: A digit letter-spaced from the next ("4 8 628954"), not a count before a ground code on its
#: line ("3 5.1.2i": a redacted line under the count).
_SPLIT_DIGITS: Final = re.compile(rf"(?<=\b\d) (?=\d)(?!(?=\S*\.)(?i:{_vocab.GROUND_CODE.pattern}))")
_SPLIT_CAPITALS: Final = re.compile(r"\b([A-Z]{2,}) ([A-Z])\b(?!\.)")  # not an initial: "DG J. Jansen"
#: A comma with a letter on both sides: a list's comma whose space an extractor that reads no
#: space characters (pdfTeX draws none) left out ("FEZ,DWJZ", "SG,pSG"). Only a number has a
#: comma inside it ("1,5"); a colofon's list of units is written "FEZ, DWJZ".
_GLUED_COMMA: Final = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")
#: A superscript digit, as some extractors print footnote numbers ("sturen.¹", "¹ Kamerstukken").
_SUP: Final = "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"
#: The superscript digits 0 to 9.
_SUPERSCRIPT_DIGITS: Final = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPERSCRIPTS: Final = str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789")
#: Every digit a footnote marker is printed in.
_MARKER_DIGITS: Final = "0123456789" + _SUPERSCRIPT_DIGITS
_MARKER_AT_END: Final = re.compile(
    rf"(?:[^\W\d_][.)\u2019\u201d]{{0,2}}(?:\d{{1,2}}|{_SUP}{{1,2}})|[.;:)\u2019\u201d] \d{{1,2}})$"
)
#: A footnote marker set apart by a space after a sentence end, as ``pdftotext -layout`` prints a
#: raised number ("uitgebracht. 1 De Kamer", "de planning. 2" at a line end).
_SPACED_MARKER: Final = re.compile(r"[.;:)\u2019\u201d] (\d{1,2})(?=\s+[A-Z]|\s*$)")
#: A footnote marker set apart from a word by a space ("Stoffen 2 (zie", "ontving 5."), as
#: ``pdftotext -layout`` prints a raised number; trusted only for a number alone on its line.
_LOOSE_MARKER: Final = re.compile(r"[^\W\d_]{2}[.)\u2019\u201d]{0,2} (\d{1,2})(?=[\s.,;:]|$)")
#: A footnote marker set apart from its word (group 1) by a space, before a sentence's punctuation
#: ("opnieuw in 2. Zij", "onderzocht 1."), as plain ``pdftotext`` prints a raised number.
_WORD_SPACED_MARKER: Final = re.compile(r"([^\W\d_]{2,})[)\u2019\u201d]{0,2} (\d{1,2})(?=[.,;:])")
#: A sentence that ends in a year, before a marker glued to its full stop ("per 1 januari
#: 2025.1 Bijgaand"): a year is no number with decimals.
_YEAR_END: Final = r"\b(?:19|20)\d\d[.)]{1,2}"
#: A footnote marker: a number glued to a word or to its closing punctuation ("evaluaties.1",
#: "context1", "Wetboek).2", "evaluatie(s).4"), not a number in a code or date ("5.1.2.e", "05-01-2020").
_MARKER: Final = re.compile(rf"[^\W\d_][.)\u2019\u201d]{{0,2}}(\d{{1,2}}|{_SUP}{{1,2}})(?=[\s.,;:]|$)")
#: A footnote marker glued to the full stop of a sentence that ends in a year (:data:`_YEAR_END`;
#: apart from :data:`_MARKER`, which scans every line faster without it).
_YEAR_MARKER: Final = re.compile(rf"{_YEAR_END}(\d{{1,2}})(?=[\s.,;:]|$)")
#: A redaction ground code ("5.1.2e"), for a note that is its code alone: GROUND_CODE's pattern,
#: its ignore-case flag written inline (``.pattern`` leaves the flags behind).
_CODE: Final = f"(?i:{_vocab.GROUND_CODE.pattern})"
#: The first characters of a speck as OCR reads one at a line's start ("_ Aanleiding", "|").
_SPECK_FIRST: Final = frozenset("_|")
#: The first characters of an empty check box as OCR reads it (:data:`_vocab.OCR_BOX_READS`).
_OCR_BOX_FIRST: Final = frozenset(w[0] for w in _vocab.OCR_BOX_READS) | {"_"}
#: The first characters of a row :func:`_ocr_row` may repair.
_OCR_ROW_FIRST: Final = _SPECK_FIRST | _OCR_BOX_FIRST | frozenset("0123456789")
#: A footnote marker as OCR reads the raised number after a word: a quote, an asterisk or a
#: degree sign glued to it, before a sentence's punctuation or a space ("onderzocht’. Zij",
#: "Mozambique*. Nederland", "opvangplekken'."); a quote there closes a quotation only where one
#: was opened on the line (see :func:`_ocr_marker`).
_OCR_MARKER: Final = re.compile(r"[^\W\d_]{2}[’'*°](?=[.,;:]?(?:\s|$))")
_OPEN_QUOTES: Final = re.compile(r"(?:^|\s)[‘'“\"]")


def _ocr_marker(text: str) -> bool:
    """Whether a line carries a footnote marker as OCR reads it (:data:`_OCR_MARKER`)."""
    if ("’" in text or "'" in text or "*" in text or "°" in text) and (m := _OCR_MARKER.search(text)):
        return m[0][-1] in "*°" or _OPEN_QUOTES.search(text, 0, m.start()) is None
    return False


#: A footnote line: its number, a space, and text ("1 Kamerstukken II ..."); "1. ..." is a list item.
#: (after superscript digits the space may be missing, and before a capitalised word: a word
#: processor's note sets its raised number without a gap, "1Conclusies van ...", and extractors
#: write the number glued to the text; a note withheld under the Woo is its ground code alone,
#: "1 5.1.2e"; a note that is a web address alone opens with it in lower case, "2 https://...")
_FOOTNOTE_LINE: Final = re.compile(
    rf"^(\d{{1,2}}|{_SUP}{{1,2}})(?:\s+|(?<={_SUP})|(?=[A-Z][a-z]))"
    rf"([A-Z\u2018\u201c\"'(].*|(?:https?://|www\.)\S.*|{_CODE}(?:[,\s]+{_CODE}){{0,2}})$"
)


#: A footnote whose number a full stop follows, "1. Kamerstukken II ..." (CSS's default footnote
#: marker, WeasyPrint's ``float: footnote``): read so only in a run of such lines that ends its
#: page (:meth:`_Reader._dotted_notes_end_page`), as an ordered list's items look the same.
_DOTTED_NOTE_LINE: Final = re.compile(r"^(\d{1,2})\.\s+([A-Z\u2018\u201c\"'(].*)$")


#: The start of a footnote's text: a capital, an opening quote or bracket.
_NOTE_TEXT_START: Final = re.compile("^[A-Z\u2018\u201c\"'(]")


def parse(text: str, *, strict: bool = False) -> Nota:
    """Read a nota from extracted or canonical text.

    Lenient by default: what is not understood is kept in ``Nota.unplaced`` and explained in
    ``Nota.diagnostics`` (with line numbers). With ``strict=True`` the first such problem raises
    :class:`NotaSyntaxError`. Any string gives a Nota or a :class:`NotaparseError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() needs a str, got {type(text).__name__}; use load() for files")
    # lines that end in CR LF or in a CR alone (classic Mac OS) are lines all the same, for
    # canonical text too
    text = _lines.unify_line_ends(text)
    if is_canonical(text):
        try:
            return parse_canonical(text)
        except NotaSyntaxError as e:
            if strict:
                raise
            # keep line numbers: the magic line becomes an empty line
            nota = _read("\n" + text.partition("\n")[2])
            note = Diagnostic(
                code="canonical-syntax",
                message=f"canonical text breaks its grammar ({e.reason}); read as extracted text",
                line=e.line,
                column=e.column,
            )
            return attrs.evolve(nota, diagnostics=(note, *nota.diagnostics))
    nota = _read(text)
    problems = [
        *nota.diagnostics,
        *(d for e in nota.enclosures for d in e.diagnostics if d.code != "not-a-nota"),
    ]
    if strict and problems:
        first = min(problems, key=lambda d: d.line or 0)
        source = _source_line(text, first.line)
        raise NotaSyntaxError(
            first.message,
            line=first.line or 1,
            column=first.column or 1,
            source_line=source,
            width=max(1, len(source) - (first.column or 1) + 1) if source else 1,
            page=first.page,
        )
    return nota


#: How many lines at a page's top may hold a new document's head (letterhead, address, colofon,
#: Aan/Van rows) before its body starts.
_HEAD_LINES: Final = 16


def _read(text: str) -> Nota:
    """Read extracted text: the nota, then each document that follows it in the same text (an
    enclosure, :func:`_document_starts`) read as a nota of its own. Each document is read from
    its own lines, kept at their line numbers and pages."""
    # (split_pages, each reader, and the rules below that look at the whole text all see its
    # lines and spaces written one way)
    text = _lines.drop_line_numbers(_lines.blank_rules(_lines.unify_space(text)))
    with _lines.document_spellings(text):
        return _read_documents(text)


def _read_documents(text: str) -> Nota:
    """:func:`_read` on the text made uniform."""
    raw = _lines.split_pages(text)
    starts = _document_starts(raw)
    if not starts:
        return _Reader(text, raw=raw).read()
    # (each document is read as the whole text is: marked or not; a part of marked text without
    # a marked line, a letter with no headings, is marked text all the same)
    marked = _MARKED_LINE.search(text) is not None
    bounds = [0, *(k for k, _ in starts), len(raw)]
    documents: list[Nota] = []
    for a, b in itertools.pairwise(bounds):
        own = [(n, p, "" if part == _canon.ENCLOSURE else part) for n, p, part in raw[a:b]]
        parts: list[str] = []
        for k, (line_number, _, part) in enumerate(own):
            if k:
                parts.append("\f" if line_number == own[k - 1][0] else "\n")
            parts.append(part)
        documents.append(_Reader("".join(parts), marked=marked, raw=own).read())
    nota, enclosures = documents[0], documents[1:]
    if any(_is_letter(nota) and not _is_letter(e) for e in enclosures):
        # a cover letter (a Kamerbrief) over its nota: the file is no letter; the letter is read
        # as the first document, the nota as its enclosure
        nota = attrs.evolve(nota, diagnostics=tuple(d for d in nota.diagnostics if d.code != "not-a-nota"))
    paged = "\f" in text
    notes: list[Diagnostic] = []
    for index, ((k, why), enclosure) in enumerate(zip(starts, enclosures, strict=True), 1):
        number, page = raw[k][0], raw[k][1]
        metadata = enclosure.metadata
        if paged:  # (page breaks: an enclosure's page count is the pages it spans)
            end = bounds[index + 1]
            spans = len({p for _, p, part in raw[k:end] if part.strip() and part != _canon.ENCLOSURE})
            metadata = attrs.evolve(metadata, page_count=spans or None)
        enclosures[index - 1] = attrs.evolve(
            enclosure, metadata=metadata, origin=Origin(page=page, line=number)
        )
        notes.append(
            Diagnostic(
                code="enclosure",
                message=f"a new document starts on page {page} ({why}): read as enclosure {index}",
                line=number,
                page=page,
            )
        )
    page_count = nota.metadata.page_count
    if paged:  # (the nota's page count is the whole text's, its enclosures' pages too)
        page_count = max(page_count or 0, len({page for _, page, part in raw if part.strip()}))
    return attrs.evolve(
        nota,
        metadata=attrs.evolve(nota.metadata, page_count=page_count),
        enclosures=tuple(enclosures),
        diagnostics=(*nota.diagnostics, *notes),
    )


def _is_letter(nota: Nota) -> bool:
    """Whether a document was read as a letter or an e-mail (the ``not-a-nota`` diagnostic)."""
    return any(d.code == "not-a-nota" for d in nota.diagnostics)


def _document_starts(raw: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Where documents after the nota start in the (line number, page, line) triples of a text,
    with why: (index, reason).

    - The layout reader marks the first line of each with a line ``%enclosure`` (it sees the head
      of a new document on a later page: its own colofon, Aan/Van block or letterhead); where it
      did, or the text is marked ("# " title, "## " headings), nothing else splits.
    - In other text, a page (after a form feed) whose top, before its body, carries the head of a
      new document (:func:`_new_head`). A nota's continuation pages repeat page 1's colofon or
      print none; a document bound in after it prints its own head.
    - Without page breaks, only strong evidence: a page line numbering its document's last and a
      later one restarting the count (:func:`_restarted_count`); a letter's closing and signature
      followed by a nota's head (:func:`_letter_end`); an Aan and a Van label together after the
      body began (a known heading was seen), in a text that printed an Aan label before its body,
      with the head lines above them.

    Plain extraction splices page 1's colofon into its body ("... maatregelen 2024-2026 Datum" /
    "3 juli 2024"), or writes it after the body: so the nota's own values are looked for anywhere
    in the first document's text, and an Aan/Van block counts as a second one only after an
    Aan label of the nota's.
    """
    first = next(
        (k for k, (_, _, part) in enumerate(raw) if part.strip() and part != _canon.ENCLOSURE), len(raw)
    )
    # (a marked line before any text starts no enclosure: the nota is the first document)
    marked = [
        (k, "marked by the layout")
        for k, (_, _, part) in enumerate(raw)
        if part == _canon.ENCLOSURE and k > first
    ]
    if marked or any(_MARKED_LINE.match(part) for _, _, part in raw):
        return marked
    pages: dict[int, list[int]] = {}
    for k, (_, page, part) in enumerate(raw):
        if part.strip():
            pages.setdefault(page, []).append(k)
    if len(pages) > 1:
        numbers = sorted(pages)
        document = _Document()
        starts: list[tuple[int, str]] = []
        ended = False  # (the page before numbers itself its document's last: "Pagina 1 van 1")
        for page in numbers:
            head = _page_head(raw[k][2] for k in pages[page][:_HEAD_LINES])
            page_text = [raw[k][2] for k in pages[page]]
            why = _new_head(head, document, page_text) if document.pages else None
            if not why and ended and not any(_numbers_on(text) for text in page_text):
                why = "the page before it numbers itself its document's last"
            if why:
                starts.append((pages[page][0], why))
                document = _Document()
            document.add(page_text, head)
            ended = any(_ends_count(text) for text in page_text)
        return starts
    return _restarted_count(raw) or _letter_end(raw) or _second_header(raw)


def _page_head(rows: Iterable[str]) -> list[Line]:
    """The lines of a page's top that can be a document's head, classified: up to its first line
    of prose (a long line, or one that ends a sentence) or heading. A long line with an address
    is no prose: a letter's return address, its row also holding the colofon's unit ("> Retouradres
    Postbus 20011 2500 EH Den Haag  Nationaal Coördinator"). (Rows are classified one by one up to
    there: most pages start with their body.)"""
    head: list[Line] = []
    for row in rows:
        line = _lines.classify(_lines.normalise(row))
        if line.kind is Kind.TEXT and (
            (
                len(line.text) > _lines.HEAD_ROW_LENGTH
                and not _vocab.ADDRESS.search(line.text)
                and not _vocab.MINISTRY_LINE.match(line.text)
            )
            or _ends_sentence(line.text)
            or _known_heading(line.text)
        ):
            break
        head.append(line)
    return head


def _head_values(lines: list[Line]) -> dict[_vocab.Concept, tuple[str, str]]:
    """The first date and reference a page's head lines give, by concept: (label, value). A label
    row gives its value; labels stacked over their values ("Datum" / "Betreft" / "" /
    "14 oktober 2024" / "Voortgang ...", as plain extraction writes two columns of a letter's
    head) give the values under them in order."""
    found: dict[_vocab.Concept, tuple[str, str]] = {}
    rows = [ln for ln in lines if ln.kind is not Kind.BLANK]
    k = 0
    while k < len(rows):
        line = rows[k]
        if line.kind is Kind.LABEL_VALUE:
            pairs = [(line.label, line.rest)]
            k += 1
        elif line.kind is Kind.LABEL:
            stack = [line.label]
            k += 1
            while k < len(rows) and rows[k].kind is Kind.LABEL:
                stack.append(rows[k].label)
                k += 1
            values = [ln.text for ln in rows[k : k + len(stack)] if ln.kind is Kind.TEXT]
            pairs = list(zip(stack, values, strict=False))
            k += len(values)
        else:
            k += 1
            continue
        for label, value in pairs:
            concept = _vocab.label_concept(label)
            if (
                concept in (_vocab.Concept.DATE, _vocab.Concept.REFERENCE)
                and concept not in found
                and any(c.isdigit() for c in value)
                and not _fragments.is_redacted(value)
            ):
                found[concept] = (label, value)
    return found


def _label_concepts(lines: Iterable[Line]) -> set[_vocab.Concept]:
    """The concepts of the labels among ``lines``."""
    return {_vocab.label_concept(ln.label) for ln in lines if ln.kind in (Kind.LABEL, Kind.LABEL_VALUE)}


@attrs.define
class _Document:
    """The document read so far (the pages since the last start): what it prints, worked out
    only when a later page's head asks (most pages' heads give no values and no Aan/Van), and
    then kept up to date page by page (each line is classified once at most)."""

    #: Its pages' lines, and the concepts of the labels among the lines at their tops.
    pages: list[list[str]] = attrs.field(factory=list)
    concepts: set[_vocab.Concept] = attrs.field(factory=set)
    _all: set[_vocab.Concept] | None = None
    _printed: list[str] | None = None

    def add(self, page: list[str], head: list[Line]) -> None:
        self.pages.append(page)
        self.concepts |= _label_concepts(head)
        if self._all is not None:
            self._all |= _label_concepts(_lines.classify(_lines.normalise(text)) for text in page)
        if self._printed is not None:
            self._printed.append(_vocab.key(" ".join(page)))

    def has(self, concept: _vocab.Concept) -> bool:
        """Whether it prints a label of ``concept``: at a page's top, else anywhere (spliced)."""
        if concept in self.concepts:
            return True
        if self._all is None:
            self._all = _label_concepts(
                _lines.classify(_lines.normalise(text)) for page in self.pages for text in page
            )
        return concept in self._all

    def prints(self, value: str) -> bool:
        """Whether it prints ``value`` anywhere (any case or spacing)."""
        if self._printed is None:
            self._printed = [_vocab.key(" ".join(page)) for page in self.pages]
        wanted = _vocab.key(value)
        return any(wanted in page for page in self._printed)


def _new_head(head: list[Line], document: _Document, page: list[str]) -> str | None:
    """Why the head lines of a later page start a new document, or None: an Aan/Van block where
    the document so far printed an Aan label too; or a date or reference that the document so
    far does not print anywhere, where it prints that label, on a page that does not number on
    from an earlier one ("Pagina 2 van 3": the same document)."""
    if _aan_van(head) is not None and document.has(_vocab.Concept.ADDRESSEE):
        return "an Aan/Van block of its own"
    values = _head_values(head)
    if not values or any(_numbers_on(text) for text in page):
        return None
    for concept, (label, value) in values.items():
        if document.has(concept) and not document.prints(value):
            return f"{label} {value!r}, which the document before it does not print"
    return None


#: The gap between a layout text's columns on one row ("... de middelen      Pagina 4 van 4").
_COLUMN_GAP: Final = re.compile(r" {3,}")


def _page_pair(row: str) -> tuple[int, int] | None:
    """The (page, count) of a row that is a page line ("Pagina 2 van 3"), alone or, in layout
    text, in a column of its own beside the body's row (the colofon's "Pagina 4 van 4" at the end
    of "de grote steden. Het bedrag ..."); else None."""
    pair = _fragments.parse_page_line(row)
    if pair is None and "   " in row:
        pair = next(filter(None, map(_fragments.parse_page_line, _COLUMN_GAP.split(row.strip()))), None)
    return pair


def _numbers_on(row: str) -> bool:
    """Whether a page's row is its page line numbering on from an earlier page ("Pagina 2 van 3")."""
    pair = _page_pair(row)
    return pair is not None and pair[0] > 1


def _ends_count(row: str) -> bool:
    """Whether a page's row is its page line numbering it its document's last ("Pagina 1 van 1",
    "Pagina 3 van 3")."""
    pair = _page_pair(row)
    return pair is not None and pair[0] == pair[1]


def _restarted_count(raw: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Text without page breaks: a page line numbering its page its document's last ("Pagina 1
    van 1", a Kamerbrief's) and, later, one numbering a page the first of its count again
    ("Pagina 1 van 3"): a document starts at the first line after the first (the next one's
    head; a Kamerbrief merged before the nota, as docs/pdf.md reads it on its pages)."""
    pairs = [(k, pair) for k, (_, _, part) in enumerate(raw) if (pair := _page_pair(part)) is not None]
    for (k, (page, count)), (_, (nxt, _)) in itertools.pairwise(pairs):
        if page == count and nxt == 1:
            start = next((j for j in range(k + 1, len(raw)) if raw[j][2].strip()), None)
            if start is not None and _page_pair(raw[start][2]) is None and _labelled(raw[:k]):
                return [(start, "the page line before it numbers its page its document's last")]
            return []
    return []


#: The rows of a letter's signature under its closing at most: the signer's office (over two
#: rows when long), the signer's name and title, a page line.
_SIGNATURE_ROWS: Final = 6
#: The kinds of line that open a nota's head (its purpose line, kind of nota, colofon labels).
_NOTA_HEAD: Final = frozenset({Kind.PURPOSE, Kind.DOC_KIND, Kind.LABEL, Kind.LABEL_VALUE})


def _letter_end(raw: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Text without page breaks: a letter (a salutation before any heading of a nota, then its
    closing, "Hoogachtend," or the signer's office, "De Minister van ...,") whose signature rows
    a nota's head follows (a ministry's letterhead, a purpose line, a kind of nota or colofon
    labels, a known heading), a known heading after it: a cover letter over its nota, read as
    with a page break between them. The nota starts at the first row of its head; the
    signature's rows (short, no sentence) and a page line stay the letter's. A closing quoted
    in a nota's body comes after its headings: no letter."""
    if not any(_vocab.SALUTATION.match(part.strip()) for _, _, part in raw):
        return []  # (no letter: most texts; their lines are not classified twice)
    lines = [_lines.classify(_lines.normalise(part)) for _, _, part in raw]
    texts = [_unmarked(ln) for ln in lines]
    salutation = next(
        (k for k, text in enumerate(texts) if _known_heading(text) or _vocab.SALUTATION.match(text)), None
    )
    if salutation is None or _known_heading(texts[salutation]):
        return []
    closing = next(
        (k for k in range(salutation + 1, len(texts)) if _closes_letter(texts[k])),
        None,
    )
    if closing is None:
        return []
    rows = 0
    for k in range(closing + 1, len(lines)):
        line, text = lines[k], texts[k]
        if line.kind is Kind.BLANK:
            continue
        if line.kind in _NOTA_HEAD or _vocab.MINISTRY_LINE.match(text) or _known_heading(text):
            if not any(_known_heading(t) for t in texts[k:]):
                return []
            return [(k, "a nota's head after a letter's closing and signature")]
        rows += 1
        if rows > _SIGNATURE_ROWS or not (
            line.kind is Kind.PAGE
            or _vocab.SIGNER_CLOSING.match(text)
            or (len(text) <= _lines.HEAD_ROW_LENGTH and not _ends_full_stop(text))
        ):
            return []
    return []


def _unmarked(line: Line) -> str:
    """A line's text with a title's or heading's marks off ("# Aanleiding": "Aanleiding")."""
    return line.rest if line.kind in (Kind.TITLE, Kind.HEADING) else line.text


def _closes_letter(text: str) -> bool:
    """Whether a row is a letter's closing: a greeting ("Met vriendelijke groet,",
    :data:`_vocab.CLOSING`) or the signer's office ("De Minister van ...,",
    :data:`_vocab.SIGNER_CLOSING`)."""
    return _vocab.CLOSING.match(text) is not None or _vocab.SIGNER_CLOSING.match(text) is not None


def _labelled(raw: list[tuple[int, int, str]]) -> bool:
    """Whether lines print a label (a document's head: "Datum", "Betreft"). A page line over
    none is a page's head, no document's end (a one-page nota's "Pagina 1 van 1" under the
    letterhead, its foot's "Pagina 1 van 1" under the body)."""
    return any(
        _lines.classify(_lines.normalise(part)).kind in (Kind.LABEL, Kind.LABEL_VALUE) for _, _, part in raw
    )


def _addressed(lines: list[Line]) -> bool:
    """Whether lines print an Aan label (alone or with its value)."""
    return any(
        ln.kind in (Kind.LABEL, Kind.LABEL_VALUE)
        and _vocab.label_concept(ln.label) is _vocab.Concept.ADDRESSEE
        for ln in lines
    )


def _aan_van(lines: list[Line]) -> int | None:
    """The index of an Aan row followed (within three lines) by a Van row, or None; either a
    label with its value or a label alone (stacked labels, their values below: "Aan" / "Van" /
    "DGWB" / "Directie Financiën")."""
    rows = (Kind.LABEL, Kind.LABEL_VALUE)
    for k, line in enumerate(lines):
        if line.kind in rows and _vocab.label_concept(line.label) is _vocab.Concept.ADDRESSEE:
            for nxt in lines[k + 1 : k + 4]:
                if nxt.kind in rows and _vocab.label_concept(nxt.label) is _vocab.Concept.SENDER:
                    return k
    return None


def _second_header(raw: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Text without page breaks: a second Aan/Van block after a known heading starts a document,
    where an Aan label stands before that heading (the nota's own: a colofon written after the
    body is no second one); the head lines above it (purpose, labels and their values, blank
    lines) go with it."""
    lines = [_lines.classify(_lines.normalise(part)) for _, _, part in raw]
    body = next((k for k, ln in enumerate(lines) if ln.kind is Kind.TEXT and _known_heading(ln.text)), None)
    if body is None or not _addressed(lines[:body]):
        return []
    k = _aan_van(lines[body + 1 :])
    if k is None:
        return []
    aan = start = body + 1 + k
    head = (Kind.BLANK, Kind.PURPOSE, Kind.DOC_KIND, Kind.LABEL, Kind.LABEL_VALUE)
    while (
        start - 1 > body
        and aan - start < _HEAD_LINES
        and (lines[start - 1].kind in head or lines[start - 2].kind is Kind.LABEL)  # (or a value)
    ):
        start -= 1
    while lines[start].kind is Kind.BLANK:
        start += 1
    return [(start, "a second Aan/Van block after the nota's body")]


def _source_line(text: str, line: int | None) -> str:
    if line is None:
        return ""
    # (the line as the reader numbered it: every line break of unify_space counts, a vertical tab
    # or U+2028 too, not only the LF that parse() has written for CR LF and CR)
    lines = _lines.unify_space(text).split("\n")
    return lines[line - 1].replace("\f", "").rstrip() if 0 < line <= len(lines) else ""


def _join_split_digits(value: str) -> str:
    """A value with its letter-spaced digits joined (:data:`_SPLIT_DIGITS`), outside the
    telephone numbers it prints: "+31 6 12345678" keeps the spaces between its groups."""
    if not any(c.isdigit() for c in value):
        return value
    parts: list[str] = []
    at = 0
    for start, end in _vocab.phone_spans(value):
        parts.extend((_SPLIT_DIGITS.sub("", value[at:start]), value[start:end]))
        at = end
    parts.append(_SPLIT_DIGITS.sub("", value[at:]))
    return "".join(parts)


def _repair_value(value: str) -> str:
    """Undo letter-spacing in a colofon value ("4 8 628954" -> "48628954", "SL O" -> "SLO"); put
    back the spaces of a date run together ("4september2024", :data:`_vocab.GLUED_DATE`) and after
    a comma between letters ("FEZ,DWJZ": :data:`_GLUED_COMMA`)."""
    value = _join_split_digits(value)
    if value[:1].isdigit() and (m := _vocab.GLUED_DATE.search(value)) and m[0].count(" ") < 2:
        value = f"{value[: m.start()]}{m[1]} {m[2]} {m[3]}{value[m.end() :]}"
    if "," in value and _GLUED_COMMA.search(value):
        value = _GLUED_COMMA.sub(", ", value)
    return _SPLIT_CAPITALS.sub(r"\1\2", value)


def _line_above(lines: list[Line], position: int) -> int:
    """The number of the last line before ``position`` that is not blank (-1 where there is none)."""
    for j in range(position - 1, -1, -1):
        if lines[j].kind is not Kind.BLANK:
            return lines[j].number
    return -1


def _is_address(text: str) -> bool:
    """Whether a line is an address's: a postcode, a post box, a web or mail address, a street and
    its number, or the word that heads an address alone on its line ("Bezoekadres",
    :data:`_vocab.ADDRESS_HEAD`), its first line; a street abroad, its number first ("4200 Linnean
    Avenue NW", :data:`_vocab.FOREIGN_STREET`), is one too, not more of the unit's name above it."""
    return bool(
        _vocab.ADDRESS.search(text)
        or _vocab.STREET.match(text)
        or _vocab.FOREIGN_STREET.match(text)
        or _address_head(text)
    )


def _address_head(text: str) -> re.Match[str] | None:
    """The word heading an address (:data:`_vocab.ADDRESS_HEAD`, "Bezoekadres", "Postadres:") at
    a line's start, alone or before the address's first line ("Bezoekadres: Bezuidenhoutseweg
    73"); None for a line that only opens with it ("Bezoekadres en bereikbaarheid")."""
    m = _vocab.ADDRESS_HEAD.match(text)
    if m is None or m[2] is None or _vocab.ADDRESS.search(m[2]) or _vocab.STREET.match(m[2]):
        return m
    return None


#: The longest classification stamp's two lines together ("STAATSGEHEIM" / "ZEER GEHEIM").
_STAMP_LENGTH: Final = 30

#: The most lines a colofon's address block takes ("Rijnstraat 8" / "2515 XP Den Haag" / "Postbus
#: 20061" / "2500 EB Den Haag").
_ADDRESS_LINES: Final = 5


#: A colofon column is narrow: its value lines are short. A longer line next to a label is text of
#: the main column that an extractor put there (the title, most often).
_COLOFON_WIDTH: Final = 38


def _fits_colofon(text: str) -> bool:
    return len(text) <= _COLOFON_WIDTH


def _complete(values: list[str], label: str, nxt: str) -> bool:
    """Whether a value is complete in a form the next line would break: a date, Ja/Nee, a count.

    Extractors often print the title right under the colofon's last value, without a blank
    line ("Datum" / "12 maart 2024" / "Korte titel"): the title is not part of the date.
    """
    if not values:
        return False
    value = join_wrapped(values)
    concept = _vocab.label_concept(label)
    if concept is _vocab.Concept.DATE:
        return _fragments.is_date(value) and not _fragments.is_date(join_wrapped([value, nxt]))
    if concept is _vocab.Concept.ACTIVELY_PUBLIC:
        # (a bare Ja/Nee; an answer with its reason after a comma may go on on the next line)
        return _fragments.parse_yes_no(value) is not None and "," not in value
    if concept is _vocab.Concept.ATTACHMENT_COUNT:
        # a number, then a line of words: the title, not the names of the attachments (those
        # follow the count as a list, "1. Kamerbrief", or in brackets)
        # (or a line of ground codes: a redacted block set beside the colofon, no count's digit)
        return value.isdigit() and (nxt[:1].isalpha() or _is_code_line(nxt))
    if concept is _vocab.Concept.REFERENCE:
        # a whole reference in one word ("IENW/BSK-2024/61234") or a unit's code over its
        # number ("DGNVLG / 95533120"), then a row of words that begins with a capitalised word
        # (perhaps a hyphen in it or the title's colon after it, "Wlz-uitgaven: bijstelling"): the title
        # under the colofon, not more of the reference
        first = nxt.split(maxsplit=1)[0].removesuffix(":") if nxt.strip() else ""
        return (
            len(values) == 1
            and (_vocab.reference_word(value) or (" " in value and _reference_words(value.split())))
            and " " in nxt.strip()
            and first.replace("-", "").isalpha()
            and first[:1].isupper()
        )
    return False


def _note_number(digits: str) -> int:
    """A footnote number, printed in digits or in superscript digits."""
    return int(digits.translate(_SUPERSCRIPTS))


#: A name's initial at a line end ("onder leiding van mw. A." / "v. Dijk"): no sentence end.
_INITIAL_AT_END: Final = re.compile(r"(?:^|\s)[A-Z]\.$")


def _headless(lines: list[Line]) -> bool:
    """Whether marked text's title ("# ..." with text) has prose under it, at least one line of
    sixty characters or more, and no line there is a known heading (with or without its number)
    or looks like one: the layout read the page and found no heading there. (An OCR layer gives
    no bold: its headings, "1 Aanleiding voor deze nota", are still the text parser's to find.)"""
    k = next((i for i, ln in enumerate(lines) if ln.kind is Kind.TITLE), None)
    if k is None or not lines[k].text.strip("# ") or not any(len(ln.text) >= 60 for ln in lines[k + 1 :]):
        return False
    prev = ""
    for ln in lines[k + 1 :]:
        text = ln.text
        if (
            len(text) < 60
            and (
                _known_heading(text)
                or _known_heading(_vocab.heading_number(text)[1])
                # (a short capitalised line after a sentence's end or a blank line, ending no
                # sentence: a heading the text parser may find, "Werkwijze" in an OCR layer)
                or (
                    len(text.split()) <= 5
                    and text[:1].isupper()
                    and not text.endswith((".", ",", ";", ":"))
                    and (not prev or prev.endswith((".", ":", "?", "!")))
                )
            )
        ):
            return False
        prev = text
    return True


#: A marked title or heading line ("# ...", "## ..."): the text is marked (docs/format.md).
_MARKED_LINE: Final = re.compile(r"^#{1,2} \S", re.MULTILINE)


#: The rows that head a message (quoted in a nota's text when the nota gave its own).
_MESSAGE_HEAD = frozenset({_vocab.Concept.ADDRESSEE, _vocab.Concept.SENDER})


def _spliced_unit_at(words: list[str]) -> int | None:
    """Where the colofon's unit begins in the value of an Aan/Van row ("Minister van IenW
    Directoraat-Generaal ..."), if it does."""
    unit = next((k for k, w in enumerate(words) if k and _vocab.key(w) in _vocab.UNIT_WORDS), None)
    return unit if unit is not None and _unit_splits_row(words[unit - 1]) else None


def _code_over_spliced_unit(words: list[str], nxt: Line | None) -> bool:
    """Whether an Aan/Van row's value of two unit codes ("MBZK DGDOO") is a one-code value with
    the colofon's first line beside it: the next row is an Aan/Van row with the colofon's unit
    name spliced in ("Van DGDOO Directie Democratie"), so the colofon runs beside these rows,
    and its unit's code stands over its name (as `_code_over_unit` reads it in a column)."""
    return (
        len(words) == 2
        and all(_vocab.UNIT_CODE.fullmatch(w) is not None for w in words)
        and nxt is not None
        and nxt.kind is Kind.LABEL_VALUE
        and ":" not in nxt.text
        and nxt.label.casefold() in _vocab.INLINE_LABELS
        and _spliced_unit_at(nxt.rest.split()) is not None
    )


def _codes_over_unit_tail(words: list[str], prev: Line | None) -> int | None:
    """How many unit codes open an Aan/Van row's value whose rest is the colofon unit's second
    line spliced after them ("Directie Sanctietoepassing" / "Van DGSenB en Jeugd", "Directie
    Openbaar" / "Van DGMo Vervoer en Spoor"), if it is: the line above is a unit's name
    (a unit word first, short, no sentence's end) and the rest is a few words of a name's form
    (each capitalised or a particle, letters only, no code among them). Not after a title of two
    letters ("Van DG Water en Bodem": the DG's name), unless the line above cannot end there: a
    unit word alone ("Directie" / "Van DGWZ Arbeidsverhoudingen", read as a bare label) or a
    name that ends in a particle ("Directie Consulaire Zaken en" / "Van SG Visumbeleid")."""
    lone = prev is not None and _lone_unit_word(prev.text)
    if (
        prev is None
        or (prev.kind is not Kind.TEXT and not lone)
        or not prev.text
        or _vocab.key(prev.text.split()[0]) not in _vocab.UNIT_WORDS
        or not _fits_colofon(prev.text)
        or prev.text[-1:] in ".:;!?"
    ):
        return None
    codes = 0
    while codes < len(words) and _lines.unit_codes(words[codes]):
        codes += 1
    tail = words[codes:]
    open_above = lone or prev.text.split()[-1].casefold() in _vocab.CONTINUATION_WORDS
    if (
        not codes
        or not tail
        or len(tail) > _UNIT_TAIL_WORDS
        or (len(words[codes - 1]) < _UNIT_CODE_LETTERS and not open_above)
    ):
        # (a title's two letters are no unit's code: "Van DG Water en Bodem" names a DG)
        return None
    name = all(
        w.replace("-", "").isalpha()
        and (w.casefold() in _vocab.CONTINUATION_WORDS or (w[0].isupper() and not _lines.unit_codes(w)))
        for w in tail
    )
    return codes if name and tail[-1].casefold() not in _vocab.CONTINUATION_WORDS else None


def _unit_name_under_unit_word(lines: list[Line], i: int) -> int | None:
    """The index of the unit's name under a unit word alone on row i, read as a bare label
    ("Directie" / "Natuur en Biodiversiteit", blank rows between or none), if it is one: the word
    printed without a colon, the next row with text a unit name's rest (a few capitalised words,
    no unit's code: "Directie" / "DGWB" is a label over its value) that waits for no more. A
    label over its value prints a code or a short value; a unit's name, broken after its first
    word, goes on in words of a name."""
    line = lines[i]
    if line.kind is not Kind.LABEL or ":" in line.text or not _lone_unit_word(line.text):
        return None
    j = i + 1
    while j < len(lines) and lines[j].kind is Kind.BLANK and j - i <= _UNIT_NAME_GAP:
        j += 1
    if j >= len(lines) or lines[j].kind is not Kind.TEXT or lines[j].page != line.page:
        return None
    text = lines[j].text
    words = text.split()
    if not _unit_name_tail(text) or any(_lines.unit_codes(w) for w in words):
        return None
    return j


#: The most blank rows between a unit word alone and the rest of its name.
_UNIT_NAME_GAP: Final = 2


def _lone_unit_word(text: str) -> bool:
    """Whether a row is a unit word alone ("Directie", "Directie:"): a unit's first line whose
    name went on on the next row."""
    words = text.split()
    return len(words) == 1 and _vocab.key(words[0].rstrip(":")) in _vocab.UNIT_WORDS


#: The most units' codes alone on one row between the body's rows ("DIO AZ").
_MAX_ALONE_CODES: Final = 3
#: The most words of a unit's second line spliced after a sender's code.
_UNIT_TAIL_WORDS: Final = 4
#: The fewest letters of a unit's code before a unit's second line spliced after it ("DMO").
_UNIT_CODE_LETTERS: Final = 3


def _unit_splits_row(before: str) -> bool:
    """Whether a unit word after ``before`` in an Aan/Van row starts the colofon's unit: not after
    a list's separator ("DGMo/"), a particle ("de Directie ...") or the head of a unit ("directeur
    Directie Financiën", "Hoofd Directie ...")."""
    low = before.casefold()
    return (
        before[-1:] not in ",/&"
        and low not in _vocab.CONTINUATION_WORDS
        and not low.startswith(_vocab.UNIT_HEAD_WORDS)
    )


#: Labels whose value is a name, a unit or a list of units, never a phrase.
_TITLE_LIKE_VALUE_CONCEPTS: Final = frozenset(
    {_vocab.Concept.DRAFTED_BY, _vocab.Concept.COORDINATED_WITH, _vocab.Concept.OTHER}
)


#: A name that starts with an initial ("J. Jansen", "A.B. de Vries").
_INITIAL_START: Final = re.compile(r"^(?:[A-Z]\.)+\s")
#: A line that ends in a word and a hyphen ("Zuid-"): the word goes on on the next line.
_WORD_HYPHEN_END: Final = re.compile(r"\w-$")
#: A year or a span of years alone on its row: "2026", "2010-2014", "2024/2025", "2025-'28".
_YEARS_ALONE: Final = re.compile(r"^(?:19|20)\d\d(?:\s?[-\u2013/]\s?(?:(?:19|20)\d\d|['\u2019]\d\d))?$")
#: A second "Label: value" on a row ("Aan: Minister ... Datum: 12 juni 2019").
_SECOND_LABEL: Final = re.compile(r"\s(?=([A-Z][\w()\-]*(?: [\w()\-]+){0,2}):\s)")


def _split_label_pairs(line: Line) -> list[Line]:
    """A row of two or more "Label: value" pairs of known labels, one line per pair."""
    text = line.text
    for m in _SECOND_LABEL.finditer(text, len(line.label) + 1):
        if _vocab.known_label(m[1]) is not None and text[: m.start()].strip():
            head = _lines.classify(text[: m.start()], line.number, line.page)
            rest = _lines.classify(text[m.end() :], line.number, line.page)
            if head.kind is Kind.LABEL_VALUE and rest.kind is Kind.LABEL_VALUE:
                return [head, *_split_label_pairs(rest)]
    return [line]


#: The kinds of line :func:`_split_bare_label_pairs` reads.
_BARE_PAIR_KINDS: Final = frozenset({Kind.LABEL_VALUE, Kind.TEXT})
#: Where a second label may open inside a row: a space before a capital.
_BARE_SECOND_LABEL: Final = re.compile(r" (?=[A-Z])")


def _split_bare_label_pairs(line: Line) -> list[Line]:
    """A row of two label|value pairs without colons, as a head form's grid is read row by row
    with single spaces ("Aan Minister voor Medische Zorg Van Directeur Curatieve Zorg", "Datum
    3 juni 2026 Kenmerk 2026-0000143210"): one line per pair, where the row opens with a known
    label and its value and the second label is a known one whose value has its form (each part
    read as a label row by :func:`_lines.classify`: a date after Datum, a reference after
    Kenmerk, a name after Van). Not after an initial ("J. Van Dijk"), nor after a lower-case word
    that does not carry a unit's name on ("gemeld dat Van Dijk vertrekt": a name in a sentence;
    a date or number after the label is a field's still), nor where the part before is no label
    row (a sentence: "Van de minister ..."), nor in a row that ends a sentence (a lower-case word
    and a full stop: a form's values are names, dates and codes), nor where the colofon's unit
    is spliced into the first pair's value ("Aan de minister Directie Curatieve Zorg Van DG
    ...")."""
    text = line.text
    first = text.split(" ", 3)
    if not (
        _vocab.may_open_label(first[0])
        and any(_vocab.known_label(" ".join(first[:n])) for n in (1, 2, 3) if len(first) > n)
    ):
        return [line]  # (the cheap test first: the row opens with a known label)
    if text[-1:] in ".!?" and text.rpartition(" ")[2][:1].islower():
        return [line]  # ("Aan Minister Jetten is ... gemeld dat Van Dijk vertrekt.": a sentence)
    for m in _BARE_SECOND_LABEL.finditer(text):
        words = text[m.end() :].split(" ", 3)
        if not (
            _vocab.may_open_label(words[0])
            and any(_vocab.known_label(" ".join(words[:n])) for n in (1, 2, 3) if len(words) > n)
        ):
            continue
        before = text[: m.start()]
        last = before.rpartition(" ")[2]
        if last.endswith(".") and len(last) <= 3:
            continue  # ("A. Van Dijk": an initial before a name)
        head = _lines.classify(before, line.number, line.page)
        if head.kind is not Kind.LABEL_VALUE or ":" in before:
            continue
        if _spliced_unit_at(head.rest.split()) is not None:
            return [line]  # (the colofon's unit spliced into the row: read as such rows are)
        rest = _lines.classify(text[m.end() :], line.number, line.page)
        if (
            last.isalpha()
            and last.islower()
            and last not in _vocab.CONTINUATION_WORDS
            and not (rest.kind is Kind.LABEL_VALUE and rest.rest[:1].isdecimal())
        ):
            continue  # ("gemeld dat Van Dijk ...": a name in a sentence; not "... en Van DG", nor a
            # date or number after its label: "... tiek Notanummer 2024-0000412277")
        if rest.kind is Kind.LABEL_VALUE and _vocab.known_label(rest.label) is not None:
            more = _split_bare_label_pairs(rest)
        elif rest.kind is Kind.TEXT and len(more := _split_bare_label_pairs(rest)) > 1:
            pass
        else:
            continue
        # (each pair a label row as a colon sets it: a row of two pairs is no sentence, and the
        # first pair's "Aan ..." no line going on in a run of text above it)
        return [
            _lines.classify(f"{pair.label}: {pair.rest}", pair.number, pair.page)
            if pair.kind is Kind.LABEL_VALUE and ":" not in pair.text
            else pair
            for pair in (head, *more)
        ]
    return [line]


def _is_code_line(text: str) -> bool:
    """A line of one to three redaction ground codes and nothing else ("5.1.2.e", "[10.2.e]")."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(_vocab.GROUND_CODE.fullmatch(w.strip("[]()")) for w in words)


def _unit_in_list(lines: list[Line], i: int) -> bool:
    """Whether the known heading alone on line i, one that names a unit as well
    (:data:`_vocab.UNIT_HEADINGS`), is a unit in a colofon list: right under that
    list's label and its value rows (short, no sentence), and over a colofon label, a blank line
    at most between ("Kopie aan" / "SG" / "DG Werk" / "Woordvoering" / "Parafenroute"): the
    list's last value, no section."""
    page = lines[i].page
    j = i + 1
    if j < len(lines) and lines[j].kind is Kind.BLANK:
        j += 1
    if not (
        j < len(lines)
        and lines[j].kind in (Kind.LABEL, Kind.LABEL_VALUE)
        and lines[j].page == page
        and _vocab.known_label(lines[j].label) is not None
    ):
        return False
    k = i - 1
    while (
        k >= 0
        and i - k <= _UNIT_LIST_ROWS
        and lines[k].kind is Kind.TEXT
        and lines[k].page == page
        and _fits_colofon(lines[k].text)
        and not _ends_full_stop(lines[k].text)
        and not _known_heading(lines[k].text)
    ):
        k -= 1
    return (
        0 <= k < i - 1
        and lines[k].kind is Kind.LABEL
        and lines[k].page == page
        and _vocab.key(lines[k].label) in _vocab.UNIT_LIST_LABELS
    )


@functools.lru_cache(maxsize=8192)
def _known_heading(text: str) -> bool:
    """A heading of the vocabulary, also after a letter or roman mark ("B. Advies") and with a
    final full stop ("Vervolg.")."""
    m = _vocab.LETTERED_HEADING.match(text)
    bare = m[2] if m else text
    return _vocab.is_known_heading(bare) or (
        bare.endswith(".") and not bare.endswith("..") and _vocab.is_known_heading(bare[:-1])
    )


def _known_heading_redacted(text: str) -> bool:
    """A known heading with words of it redacted, their ground codes after it ("Risico's 5.1.2i",
    "Gesprekspunten 5.1.2i, 5.1.2e"): the heading as printed, codes kept."""
    if not text[-1:].islower() or not text.rpartition(" ")[2][:1].isdigit():
        return False  # (a cheap test first: a code opens with a digit, ends in its ground's letter)
    words = text.split()
    n = 0
    while n < min(3, len(words) - 1) and _vocab.GROUND_CODE.fullmatch(words[-n - 1].strip("[](),")):
        n += 1
    return n > 0 and _known_heading(" ".join(words[:-n]))


def _value_at_end(text: str, value: str) -> int | None:
    """Where a colofon value spliced at the end of a row starts in it: after a space ("... in de
    brief 48137608"), or, for a value of six characters or more that starts with a digit, also
    with its digits split and glued to the row's last word ("... het verslag over de1 3 december
    2023", the value "13 december 2023": spaces are not compared). None: the row does not end
    so. Case is not compared (a later page's colofon may print "stas IenW")."""
    if len(text.lower()) == len(text) and len(value.lower()) == len(value):
        text, value = text.lower(), value.lower()
    if text == value or text.endswith(" " + value):
        return len(text) - len(value)
    packed = value.replace(" ", "")
    if len(packed) < 6 or not text.endswith(packed[-1]) or not packed[0].isdigit():
        return None
    k = len(packed)
    at = len(text)
    while k and at:
        at -= 1
        if text[at] == " ":
            continue
        if text[at] != packed[k - 1]:
            return None
        k -= 1
    return at if k == 0 else None


def _value_lines_after(lines: list[Line], i: int, pieces: list[str]) -> list[tuple[int, str]]:
    """A value printed on several lines, spliced line by line into the rows after row i: each
    line at a row's end or alone on a row, in order, with at most one row of the body between
    two of them ("Opgesteld door" / "Bestuurskern" / "In de voorbereiding ..." / "Dir
    Omgevingsveiligheid &" / "... in diverse bijeenkomsten. Het Milieurisico's"). Returns (row,
    what is left of it) for each line of the value, or nothing when the value is not found so."""
    edits: list[tuple[int, str]] = []
    skipped = 0
    j = i + 1
    while len(edits) < len(pieces) and j < len(lines):
        text = lines[j].text
        cut = _value_at_end(text, pieces[len(edits)])
        if cut is not None:
            edits.append((j, text[:cut].rstrip()))
            skipped = 0
        elif not edits or skipped:
            return []  # (the value's first line comes right after the label's row)
        else:
            skipped += 1
        j += 1
    return edits if len(edits) == len(pieces) else []


def _restore_item_marks(lines: list[Line]) -> None:
    """Give the decision points back their marks where an extractor that follows the content
    stream printed them apart, a run of marks alone after the page's colofon ("1." / "a." / "b."
    / "2.", as a CSS renderer draws list markers after the page's text), and the points under the
    page's one decision heading ("Beslispunten") as plain rows: where the rows make as many items
    as there are marks (an item starts after a row ending in ".", ":" or ";"), and the rows end
    there (at a heading, a check box, a blank line or the page's end), each item's first row
    gets its mark, in order. So too bullets printed apart ("•" / "•"), as many as the items of
    the page's lists under a lead-in (:func:`_bullet_rows`). The marks stay, dropped as before
    (:func:`_textless_marks`). Numbers printed apart around the items' block go back first
    (:func:`_marks_around_block`)."""
    alone = [k for k, ln in enumerate(lines) if ln.kind in (Kind.ORDERED, Kind.BULLET) and not ln.rest]
    _marks_around_block(lines, alone)
    alone = [k for k in alone if lines[k].kind is not Kind.BLANK]
    if len(alone) < 2:
        return
    runs: list[list[int]] = []
    for k in alone:
        last = runs[-1][-1] if runs else -1
        if (
            runs
            and lines[k].page == lines[last].page
            and all(lines[m].kind is Kind.BLANK for m in range(last + 1, k))
        ):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < 2 or _textless_marks_end(lines, run[0]) <= run[-1]:
            continue
        page = lines[run[0]].page
        top = run[0]
        while top > 0 and lines[top - 1].page == page:
            top -= 1  # (the page's first line: the scans below stay on the page)
        if all(lines[k].kind is Kind.BULLET for k in run):
            starts = _bullet_rows(lines, top, run[0])
            if len(starts) != len(run):
                starts = _set_apart_item_rows(lines, top, run[0])
            if len(starts) == len(run):
                for start, k in zip(starts, run, strict=True):
                    row = lines[start]
                    lines[start] = _lines.classify(f"{lines[k].label} {row.text}", row.number, row.page)
            continue
        if lines[run[0]].label != "1" or any(lines[k].kind is not Kind.ORDERED for k in run):
            continue
        heads = [
            h
            for h in range(top, run[0])
            if lines[h].page == page
            and lines[h].kind in (Kind.TEXT, Kind.ORDERED)
            and _decision_heading(lines[h].text)
        ]
        if len(heads) != 1:
            continue
        units = _item_rows(lines, heads[0] + 1, len(run))
        for start, k in zip(units, run, strict=False):
            row = lines[start]
            lines[start] = _lines.classify(f"{lines[k].text} {row.text}", row.number, row.page)


def _bare_number_items(lines: list[Line]) -> None:
    """Give a numbered list whose marks lost their full stop or bracket ("1 Stemt u in met de
    brief?" / "2 Wilt u de brief ondertekenen?", a word processor's numbering exported without
    its dot) its marks back: rows of text opening with a bare number and a word, counting from 1
    by one and standing over each other on one page (an item's wrapped rows in lower case
    between), two or more, right under a heading the vocabulary knows or a row ending in a colon
    ("Beslispunten", "Ik stel u voor:"), and not at their page's foot. A number before a word
    that says what it counts ("2 miljoen euro ...", "30 januari ...") is no mark; a page's notes
    ("1 Stb. 2021, 499.") stand at its foot, under the page's last sentence; a margin's line
    numbers are gone before this (:func:`~._lines.drop_line_numbers`)."""
    i = 0
    while i < len(lines):
        if not _bare_item(lines[i], 1):
            i += 1
            continue
        run = [i]
        k = i + 1
        while k < len(lines) and lines[k].page == lines[i].page:
            ln = lines[k]
            if _bare_item(ln, len(run) + 1):
                run.append(k)
            elif not (ln.kind is Kind.TEXT and ln.text[:1].islower()):
                break  # (an item's wrapped row goes on in lower case)
            k += 1
        if len(run) >= 2 and _bare_items_lead_in(lines, i) and not _ends_its_page(lines, k, lines[i].page):
            for n, j in enumerate(run, 1):
                row = lines[j]
                rest = row.text.split(maxsplit=1)[1]
                lines[j] = _lines.classify(f"{n}. {rest}", row.number, row.page)
        i = k


def _bare_item(line: Line, number: int) -> bool:
    """Whether ``line`` is a text row opening with the bare number ``number`` and a word that
    is no unit of what the number counts (see :func:`_bare_number_items`)."""
    if line.kind is not Kind.TEXT or not line.text[:1].isdigit():
        return False
    m = _vocab.BARE_NUMBER_ITEM.match(line.text)
    return m is not None and int(m[1]) == number and m[2].casefold() not in _vocab.NUMBER_UNITS


def _bare_items_lead_in(lines: list[Line], i: int) -> bool:
    """Whether the nearest filled row above line ``i`` (one blank line may stand between), on its
    page, leads in a list: a row ending in a colon or a heading the vocabulary knows."""
    k = i - 1
    if k >= 0 and lines[k].kind is Kind.BLANK:
        k -= 1
    if k < 0 or lines[k].page != lines[i].page:
        return False
    above = lines[k]
    if above.kind not in (Kind.TEXT, Kind.LABEL, Kind.HEADING):
        return False
    text = above.rest if above.kind is Kind.HEADING else above.text
    return text.endswith(":") or _decision_heading(text) or _known_heading(text)


def _ends_its_page(lines: list[Line], k: int, page: int) -> bool:
    """Whether no text of page ``page`` follows from line ``k`` on (blank lines and the page's
    furniture aside): the rows above end their page, where its notes stand."""
    while k < len(lines) and lines[k].page == page:
        if lines[k].kind not in (Kind.BLANK, Kind.PAGE):
            return False
        k += 1
    return True


def _colon_list_item(lines: list[Line], i: int) -> bool:
    """Whether the numbered row i is an item of a list right under a row ending in a colon: the
    items, two or more, stand over each other (a row each, no blank line between, one page), "1"
    first and counting on by one, and the row over item 1 ends in a colon ("De brief noemt twee
    punten:" / "1. Kosten" / "2. Planning"). Such items are the list, also where their words
    are headings the vocabulary knows: numbered headings stand over their paragraphs."""
    line = lines[i]
    if line.kind is not Kind.ORDERED or not line.rest or not _plain_mark(line.label).isdecimal():
        return False
    number = int(_plain_mark(line.label))
    top = i - (number - 1)
    if top < 1 or not all(_numbered_row(lines, top + n, n + 1, line) for n in range(number)):
        return False
    above = lines[top - 1]
    if above.kind is not Kind.TEXT or above.page != line.page or not above.text.endswith(":"):
        return False
    return number >= 2 or (i + 1 < len(lines) and _numbered_row(lines, i + 1, 2, line))


def _numbered_row(lines: list[Line], k: int, number: int, like: Line) -> bool:
    """Whether line ``k`` is an item numbered ``number`` with text, marked as ``like`` is ("2."
    after "1.", "2)" after "1)") and on its page."""
    if k >= len(lines):
        return False
    line = lines[k]
    return (
        line.kind is Kind.ORDERED
        and bool(line.rest)
        and line.page == like.page
        and line.label == f"{number}{like.label.lstrip('0123456789')}"
    )


def _marks_around_block(lines: list[Line], alone: list[int]) -> None:
    """A list's numbers printed apart around its items' block, a blank line between (pdfminer
    gives the column of numbers boxes of its own: "1." / blank / the items' rows / blank / "2.",
    the first number read with the first row by then): where the block's rows make as many
    items as there are numbers (an item starts after a row ending in ".", ":" or ";"), each
    item's first row gets its number, in order, and the numbers alone after the block are left
    out (blank lines in their place). ``alone``: the indexes of the marks alone."""
    for k in alone:
        line = lines[k]
        if line.kind is not Kind.ORDERED or line.label == "1" or line.rest or k == 0:
            continue
        # the block right above the number, a blank line between, opening with item 1
        end = k
        while end > 0 and lines[end - 1].kind is Kind.BLANK:
            end -= 1
        if end == k:
            continue
        start = end
        while start > 0 and lines[start - 1].kind is Kind.TEXT and lines[start - 1].page == line.page:
            start -= 1
        first = lines[start - 1] if start > 0 else None
        if (
            first is None
            or first.kind is not Kind.ORDERED
            or first.label != "1"
            or not first.rest
            or first.page != line.page
            or line.label != "2"
        ):
            continue
        start -= 1
        marks = [k]
        at = k + 1
        while (nxt := _filled(lines, at)) < len(lines) and (
            lines[nxt].kind is Kind.ORDERED
            and not lines[nxt].rest
            and lines[nxt].label == str(len(marks) + 2)
            and lines[nxt].page == line.page
        ):
            marks.append(nxt)
            at = nxt + 1
        units = [start]
        for at in range(start, end - 1):
            if lines[at].text.rstrip(_CLOSERS).endswith((".", ":", ";")):
                units.append(at + 1)
        if len(units) != len(marks) + 1 or not lines[end - 1].text.rstrip(_CLOSERS).endswith((".", ":", ";")):
            continue
        for row_at, mark_at in zip(units[1:], marks, strict=True):
            row = lines[row_at]
            lines[row_at] = _lines.classify(f"{lines[mark_at].text} {row.text}", row.number, row.page)
        for mark_at in marks:
            lines[mark_at] = attrs.evolve(lines[mark_at], text="", kind=Kind.BLANK, label="", rest="")


def _bullet_rows(lines: list[Line], top: int, end: int) -> list[int]:
    """The first rows of the items of the lists on the page from line ``top`` to ``end`` whose
    bullets an extractor printed apart (see :func:`_restore_item_marks`): under a row ending in a colon
    ("Voordelen:"), rows opening in lower case, an item starting after a row ending in ";" or
    "." and the list ending with an item's full stop ("lost het structurele tekort niet op;" /
    "de organisatie kan geen vaste medewerkers aannemen.")."""
    starts: list[int] = []
    page = lines[top].page
    j = top
    while j < end:
        if not (lines[j].page == page and lines[j].kind is Kind.TEXT and lines[j].text.endswith(":")):
            j += 1
            continue
        j += 1
        ended = True
        while j < end and lines[j].kind is Kind.TEXT and lines[j].page == page:
            text = lines[j].text
            if ended:
                if not text[:1].islower():
                    break
                starts.append(j)
            ended = text.rstrip(_CLOSERS).endswith((".", ";"))
            j += 1
            if text.rstrip(_CLOSERS).endswith("."):
                break
    return starts


def _set_apart_item_rows(lines: list[Line], top: int, end: int) -> list[int]:
    """The first rows of the items of the page's lists (see :func:`_bullet_rows`) that stand
    right under a known heading, set apart from it by a blank line and ending at the next blank
    line (pdfminer gives the indented items a box of their own, "Kern" / blank / "Het tekort ...
    gedaald," / "van 9.700 ..." / "In de G5 ..."): an item starts after a row ending in "." or ";",
    and the block ends with one. Asked only where the lists under a lead-in ending in a colon
    do not make as many items as there are bullets."""
    starts: list[int] = []
    page = lines[top].page
    for j in range(top, end - 2):
        if not (
            lines[j].page == page
            and lines[j].kind is Kind.TEXT
            and lines[j + 1].kind is Kind.BLANK
            and lines[j + 2].kind is Kind.TEXT
            and _known_heading(lines[j].text)
        ):
            continue
        block: list[int] = []
        ended = True
        k = j + 2
        while k < end and lines[k].kind is Kind.TEXT and lines[k].page == page:
            if ended:
                block.append(k)
            ended = lines[k].text.rstrip(_CLOSERS).endswith((".", ";"))
            k += 1
        if ended and lines[k].kind is Kind.BLANK:
            starts.extend(block)
    return starts


def _decision_heading(text: str) -> bool:
    """A heading over decision points, numbered or not ("Beslispunten", "1. Beslispunten")."""
    if len(text) > _DECISION_HEADING_LETTERS:
        return False
    m = _vocab.NUMBERED_HEADING.match(text)
    return _vocab.key(m[2] if m else text) in _vocab.DECISION_HEADING_KEYS


def _item_rows(lines: list[Line], start: int, count: int) -> list[int]:
    """The first rows of ``count`` items from line ``start`` on (see :func:`_restore_item_marks`),
    or none where the rows make more or fewer items or do not end with the last."""
    page = lines[start].page if start < len(lines) else 0
    units: list[int] = []
    ended = True
    j = start
    while j < len(lines):
        row = lines[j]
        if row.kind is not Kind.TEXT or row.page != page or (ended and _known_heading(row.text)):
            break
        if ended:
            units.append(j)
            if len(units) > count:
                return []
        ended = row.text.rstrip(_CLOSERS).endswith((".", ":", ";"))
        j += 1
    return units if len(units) == count and ended else []


def _textless_marks(lines: list[Line], i: int) -> bool:
    """Whether line i is a list mark alone ("1.", "•", "–") and only such marks follow it to its
    page's end (or its "Pagina" line, or its notes): marks an extractor that follows the content stream prints
    apart after the colofon, as a CSS renderer (WeasyPrint) draws the markers after the page's
    text. They are no more of the colofon's last value ("Bijlage(n)" / "0" / "1." / "2.")."""
    return _textless_marks_end(lines, i) > i


def _is_mark_alone(line: Line) -> bool:
    """A list mark with no text on its line: "1.", "•", or a dash read as text ("–")."""
    return (line.kind in (Kind.ORDERED, Kind.BULLET) and not line.rest) or (
        len(line.text) == 1 and line.text in _vocab.BULLETS
    )


def _lone_number(lines: list[Line], i: int, end: int) -> bool:
    """Whether the marks of :func:`_textless_marks` from line i to ``end`` are one number alone
    ("5."), no run of marks printed apart: text with no items to number (the end of the
    paragraph above it), never dropped."""
    marks = [ln for ln in lines[i:end] if ln.kind is not Kind.BLANK]
    return len(marks) == 1 and marks[0].kind is Kind.ORDERED


def _textless_marks_end(lines: list[Line], i: int) -> int:
    """The index after the marks of :func:`_textless_marks` from line i, or i where there are none."""
    if not _is_mark_alone(lines[i]):
        return i
    j = i
    marks = 0
    while j < len(lines) and lines[j].page == lines[i].page and lines[j].kind is not Kind.PAGE:
        if lines[j].kind is not Kind.BLANK and not _is_mark_alone(lines[j]):
            # (or to the page's notes under them, "1." / "2." / "a." / "1  Kamerstukken ...":
            # two marks or more, then a note's number and its capitalised text)
            return j if marks >= 2 and _FOOTNOTE_LINE.match(lines[j].text) else i
        if j - i >= _MAX_LOOSE_MARKS:
            return i
        marks += lines[j].kind is not Kind.BLANK
        j += 1
    return j


#: The longest heading over decision points, its number with it ("2. Geadviseerd besluit").
_DECISION_HEADING_LETTERS: Final = 30
#: How many lines the marks printed apart at a page's end may take (a page's list items, blank
#: lines between them); a longer run is something else, and the scan stays short.
_MAX_LOOSE_MARKS: Final = 40


def _trailing_known_label(line: Line, known: dict[str, str], ends: frozenset[str]) -> tuple[str, str] | None:
    """(the row without it, the field's value) for a row ending in a label of ``known``; ``ends``
    holds every end of those labels' keys, a set look-up of the row's last word before any join."""
    if line.kind in (Kind.BLANK, Kind.HEADING, Kind.TITLE, Kind.ROW, Kind.PAGE):
        return None
    words = line.text.split()
    if not words or _vocab.key(words[-1]) not in ends:
        return None  # (a label's key ends with its last word's key)
    for n in (3, 2, 1):
        if len(words) >= n and words[-n][:1].isupper():
            value = known.get(_vocab.key(" ".join(words[-n:])))
            if value is not None:
                return " ".join(words[:-n]), value
    return None


def _split_from(label: Line, runs: list[_Run]) -> bool:
    """Whether ``label`` was split off the end of the last plain run's last row."""
    return bool(runs) and label.kind is Kind.LABEL and runs[-1].lines[-1].number == label.number


def _inside_sentence(lines: list[Line], i: int) -> bool:
    """Whether line i continues the sentence of the text line right above it."""
    before = lines[i - 1] if i > 0 else None
    return (
        before is not None
        and before.kind is Kind.TEXT
        and (not _ends_sentence(before.text) or _INITIAL_AT_END.search(before.text) is not None)
    )


def _under_table_rows(lines: list[Line], i: int) -> bool:
    """Whether the two lines right above line i are rows of a table of amounts ("Rijk  412  438"
    / "Waterschappen  412  438"): they end no sentence, and none goes on in line i."""
    return i >= 2 and _is_number_row(lines[i - 1].text) and _is_number_row(lines[i - 2].text)


def _under_parent(lines: list[Line], i: int, number: str) -> bool:
    """Whether the line right above line i, numbered ``number`` ("2.1"), is a short line numbered
    as its parent ("2 Stand van zaken"): the section's heading, the first sub-heading right
    under it (not a sentence line that goes on)."""
    parent, dot, _ = number.rpartition(".")
    if not dot or i == 0:
        return False
    m = _vocab.NUMBERED_HEADING.match(lines[i - 1].text)
    return m is not None and m[1] == parent and len(m[2].split()) <= 8 and m[2][:1].isupper()


#: A sentence's end inside a line, the next sentence after it: a word of lower-case letters, a
#: full stop, a question or exclamation mark, and a capitalised word ("uitgevoerd. De"); no
#: letterhead is written so (an initial, "J. de Vries", or an abbreviation, "Min. van", is not).
_SENTENCE_INSIDE: Final = re.compile(r"[a-z\u00df-\u00ff]{2}[.!?] +[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


def _inside_item(lines: list[Line], i: int) -> bool:
    """Whether line i continues the sentence of the list item right above it (its text ends no
    sentence)."""
    before = lines[i - 1] if i > 0 else None
    return (
        before is not None
        and before.kind in (Kind.BULLET, Kind.ORDERED)
        and bool(before.rest)
        and not _ends_sentence(before.rest)
    )


def _page_neighbour(lines: list[Line], i: int, step: int) -> Line | None:
    """The nearest line that is not blank before (``step`` -1) or after (+1) line i on its page,
    or None at the page's top or bottom."""
    j = _neighbour_index(lines, i, step)
    return None if j is None else lines[j]


def _neighbour_index(lines: list[Line], i: int, step: int) -> int | None:
    """The index of :func:`_page_neighbour`'s line."""
    page = lines[i].page
    j = i + step
    while 0 <= j < len(lines) and lines[j].kind is Kind.BLANK:
        j += step
    return j if 0 <= j < len(lines) and lines[j].page == page else None


def _page_dash(lines: list[Line], i: int) -> bool:
    """A page number between dashes ("-1-", "- 2 -") alone on its line: furniture at the top or
    bottom of its page (next to a form feed). A layout-blind extractor may write the page's margin
    column after it ("- 1 -" / "Kenmerk" / ... / form feed): between the end of a sentence and a
    row that is not running text, a number equal to its page's is furniture too; inside running
    text it stays."""
    m = _vocab.PAGE_DASH.match(lines[i].text)
    if m is None:
        return False
    before, after = _page_neighbour(lines, i, -1), _page_neighbour(lines, i, 1)
    if before is None or after is None:
        return True
    return int(m[1]) == lines[i].page and _ends_sentence(before.text) and after.kind is not Kind.TEXT


def _own_page_numbers(lines: list[Line]) -> frozenset[int]:
    """The indices of the lines that are their page's own number alone at its foot ("2" as the
    last line of page 2), where two pages or more end so: a layout-blind extractor writes the
    footer's bare page number as the page's last row, under its notes (a number alone at one
    page's foot may be a note's number or a count; at every page's foot it is the page's)."""
    found: set[int] = set()
    end = len(lines)
    while end > 0:  # (page by page from the end: the lines are in their pages' order)
        page = lines[end - 1].page
        start = bisect.bisect_left(lines, page, hi=end, key=_page_of)
        k = end - 1
        while k >= start and lines[k].kind is Kind.BLANK:
            k -= 1
        if k >= start and lines[k].text == str(page):
            # (not a count under its label, "Bijlagen" / "" / "1")
            above = _neighbour_index(lines, k, -1)
            if above is None or lines[above].kind is not Kind.LABEL:
                found.add(k)
        end = start
    return frozenset(found) if len(found) >= 2 else frozenset()


#: The most rows of a running header atop a later page (ministry, reference, short title).
_RUNNING_HEAD_ROWS: Final = 3


def _running_heads(lines: list[Line]) -> frozenset[int]:
    """The indices of a running header's rows atop the pages after the first: the first rows of a
    page (after a form feed, or after a page line in text without form feeds; at most three, in a
    run) whose text page 1 prints too (its letterhead's line, a field's value, the title after its
    label) or that stand atop two later pages or more. A line repeated at the same place is
    furniture by its repetition; a row said once at a page's top (a section's heading, running
    text going on) is content."""
    # (the pages' starts and their first rows found in C, by the lines' kinds and pages: a pass
    # of Python over every line cost about 2 % of a long text's parse())
    kinds = list(map(_KIND, lines))
    page_lines = _indices(kinds, Kind.PAGE)
    if page_lines:
        before, after = kinds[: page_lines[0]], kinds[page_lines[-1] + 1 :]
        if len(before) - before.count(Kind.BLANK) < len(after) - after.count(Kind.BLANK):
            page_lines = page_lines[1:]  # (page lines atop their pages: the first is page 1's)
    pages = list(map(_PAGE, lines))
    changes = itertools.compress(itertools.count(1), map(operator.ne, pages[1:], pages))
    starts = sorted({*changes, *(at + 1 for at in page_lines if at + 1 < len(lines))})
    if not starts:
        return frozenset()
    end = starts[0]  # (page 1's end)
    tops: list[list[int]] = []  # per later page, the indices of its first non-blank rows
    for start, stop in zip(starts, [*starts[1:], len(lines)], strict=True):
        top: list[int] = []
        for at in range(start, stop):
            if kinds[at] is not Kind.BLANK and kinds[at] is not Kind.PAGE:
                top.append(at)
                if len(top) == _RUNNING_HEAD_ROWS:
                    break
        if top:
            # (a row the page prints again under its top is the page's text, repeated: a
            # running header stands once on its page; "Zie bijlage 1." ending its paragraphs)
            below = {line.text.casefold() for line in lines[top[-1] + 1 : stop]}
            again = [k for k, at in enumerate(top) if lines[at].text.casefold() in below]
            top = top[: again[0]] if again else top
        if top:
            tops.append(top)
    if not tops:
        return frozenset()
    said = {line.text.casefold() for line in lines[:end]} | {line.rest.casefold() for line in lines[:end]}
    seen = collections.Counter(lines[at].text.casefold() for top in tops for at in set(top))
    found: set[int] = set()
    for top in tops:
        run: list[int] = []
        for at in top:
            key = lines[at].text.casefold()
            if (key not in said and seen[key] < 2) or lines[at].kind in (Kind.LABEL, Kind.LABEL_VALUE):
                break  # (a colofon's label or pair atop a later page: read elsewhere, as pairs)
            run.append(at)
        # (a line said once on page 1 only where the page's text goes on under it)
        once = [at for at in run if seen[lines[at].text.casefold()] < 2]
        found.update(at for at in run if at not in once or _runs_on(lines, run))
    return frozenset(found)


def _runs_on(lines: list[Line], top: list[int]) -> bool:
    """Whether the text under a later page's top rows goes on from the page before: the row
    after them opens in lower case, or the page before ends in "," or ";" (a sentence or a list
    cut by the page break, the rows between them its running header; the foot's page number
    passed over)."""
    after = _filled(lines, top[-1] + 1) if top else len(lines)
    before = top[0] - 1
    while before >= 0 and (
        lines[before].kind in (Kind.BLANK, Kind.PAGE)
        or _vocab.PAGE_DASH.match(lines[before].text)
        or _vocab.PAGE_FRACTION.match(lines[before].text)
    ):
        before -= 1  # (the page's foot: its number, "- 1 -", "1/2")
    return (after < len(lines) and lines[after].text[:1].islower()) or (
        before >= 0 and lines[before].text[-1:] in ",;"
    )


def _page_of(line: Line) -> int:
    return line.page


def _sheet_line(lines: list[Line], i: int) -> bool:
    """The sheet's number alone on its line ("Blad 2"): furniture at the top or bottom of its
    page, or where it gives its own page's number (an extractor may write it where the page drew
    it among the body's rows, as between a list's items split over the page break)."""
    m = _vocab.SHEET_LINE.match(lines[i].text)
    if m is None:
        return False
    return (
        int(m[1]) == lines[i].page
        or _page_neighbour(lines, i, -1) is None
        or _page_neighbour(lines, i, 1) is None
    )


def _is_publication_furniture(text: str) -> bool:
    """Whether a line is a publication stamp or a bare number (:func:`_publication_stamp` decides
    which of them are furniture where they stand)."""
    return _vocab.PUBLICATION_STAMP.match(text) is not None or _vocab.BARE_NUMBER.match(text) is not None


def _edge_run(lines: list[Line], i: int) -> list[Line] | None:
    """The lines between line i and the top or bottom of its page (a form feed, the text's start or
    end, or a page line, which stands at a page's edge also in text without form feeds), when all
    of them are blank, page lines or publication stamps and numbers; None when line i stands
    among the page's text."""
    page = lines[i].page
    for step in (1, -1):
        run: list[Line] = []
        j = i + step
        while 0 <= j < len(lines) and lines[j].page == page:
            ln = lines[j]
            if ln.kind is Kind.PAGE:
                return [*run, ln]
            if ln.kind is not Kind.BLANK and not _is_publication_furniture(ln.text):
                break
            run.append(ln)
            j += step
        else:
            return run
    return None


def _publication_stamp(lines: list[Line], i: int) -> str | None:
    """The stamp a publication tool printed on line i, as kept in the letterhead ("" for a bundle's
    page number, which is left out), or None when line i is text of the nota.

    The stamps' words say what they are ("Woo-besluit 2024-123 | document 7", "Openbaar gemaakt op
    grond van de Woo"); a bare "Document 12" and a bare number only at the top or bottom of a page,
    and never under a label (where they are its value); stamps with the nota's page line on their
    row ("Woo-besluit 2026-2807 document 2 pagina 2 van 2") only there too, as a sentence may wrap
    so (the stamps are kept, the page line left out). A bare number is the document's number when
    written as no page number is ("0034", "171436"), else a page number of the bundle; it is
    furniture next to a page line or a stamp, or under a colofon's count ("Bijlage(n)" / "1" /
    "117"), which is one number: the number under it is no more of it.
    """
    text = lines[i].text
    number = _vocab.BARE_NUMBER.match(text) is not None
    stamp = None if number else _vocab.PUBLICATION_STAMP.match(text)
    if not number and stamp is None:
        return None
    if stamp is not None and _vocab.DOCUMENT_NUMBER_STAMP.match(text) is None:
        if not stamp[1]:
            return text
        if not stamp[1][0].isdigit() and _edge_run(lines, i) is None:
            return None  # a page line is printed at the page's top or bottom, not among its text
        return text[: stamp.start(1)].rstrip()
    above = _neighbour_index(lines, i, -1)
    if number and above is None and len(text) <= _TOP_NUMBER_DIGITS:
        return ""  # the page's first line: its page number, or the bundle's (no value is over its label)
    run = _edge_run(lines, i)
    if run is None or (above is not None and lines[above].kind in (Kind.LABEL, Kind.LABEL_VALUE)):
        return None
    if stamp is not None:
        return text
    if (text[0] == "0" and len(text) > 1) or len(text) > _PAGE_NUMBER_DIGITS:
        return text  # a document number: no page or count is written so
    below_count = (
        above is not None
        and _vocab.BARE_NUMBER.match(lines[above].text) is not None
        and (label := _neighbour_index(lines, above, -1)) is not None
        and lines[label].kind is Kind.LABEL
        and _vocab.label_concept(lines[label].text) is _vocab.Concept.ATTACHMENT_COUNT
    )
    if below_count:
        return ""
    beside = [*run, lines[above]] if above is not None else run
    if any(_vocab.BARE_NUMBER.match(ln.text) for ln in beside):
        return None  # a stack of numbers ("1" / "2"): footnote numbers, a bundle prints one
    # the bundle's number stands under the nota's page line, or by a stamp; a number over the page
    # line is the last of the page's own text (a stacked label's value, a footnote's number)
    under_page_line = above is not None and lines[above].kind is Kind.PAGE
    stamped = any(_vocab.PUBLICATION_STAMP.match(ln.text) for ln in beside)
    return "" if under_page_line or stamped else None


def _marked_stamp(line: Line) -> bool:
    """Whether a plain line of marked text (the PDF reader's) is a publication stamp by its words
    ("Woo-besluit 2024-0871 | document 3", "Openbaar gemaakt op grond van de Woo"): the reader
    writes a stamp printed once at the page's foot with the head's lines, where a label left
    empty above it ("Bijlage(n)", its dash lost in an OCR layer) took it for its value. A bare
    number or "Document 12" is left to where it stands."""
    return (
        line.kind is Kind.TEXT
        and _vocab.PUBLICATION_STAMP.match(line.text) is not None
        and _vocab.DOCUMENT_NUMBER_STAMP.match(line.text) is None
    )


def _is_margin_letter(lines: list[Line], i: int) -> bool:
    """Capitals of an OCR'd vertical margin text: a run of three or more lines of single capitals
    ("D" / "E" / "P"), or one such line inside a sentence ("testen is" / "T" / "gestegen");
    option letters ("A" over a paragraph) and table cells stay text."""
    if not _vocab.MARGIN_LETTERS.match(lines[i].text) or _is_letter_value(lines, i):
        return False
    start = end = i
    while start > 0 and _vocab.MARGIN_LETTERS.match(lines[start - 1].text):
        start -= 1
    while end + 1 < len(lines) and _vocab.MARGIN_LETTERS.match(lines[end + 1].text):
        end += 1
    if end - start >= 2 or len(lines[i].text.split()) >= 3:
        return True
    before = lines[start - 1] if start > 0 else None
    after = lines[end + 1] if end + 1 < len(lines) else None
    return (
        before is not None
        and after is not None
        and before.kind is Kind.TEXT
        and not _ends_sentence(before.text)
        and after.text[:1].islower()
    )


def _is_letter_value(lines: list[Line], i: int) -> bool:
    """Capitals that are colofon text: the value under a label ("Aan" / "R"), or a one-letter
    label ("T", "E") with a telephone number or e-mail address under it."""
    before = lines[i - 1] if i > 0 else None
    if before is not None and before.kind is Kind.LABEL:
        return True
    if _vocab.known_label(lines[i].text) is None:
        return False
    nxt = next((ln for ln in lines[i + 1 :] if ln.kind is not Kind.BLANK), None)
    return nxt is not None and (any(c.isdigit() for c in nxt.text) or "@" in nxt.text)


def _mark_with_its_value(line: Line, lines: list[Line], i: int) -> bool:
    """Whether the label line ``line`` (at ``i``), a contact's one-letter mark ("T", "M", "E"),
    carries a value
    in its label's shape (:func:`_vocab.contact_mark_value`): beside it on its row ("T 06 1234
    5678") or, alone on its row, on the next line that is not blank ("E" / "s.degraaf@minvws.nl").
    Such a mark opens a field of its own under a contact's; a mark over anything else ("T" /
    "5.1.2e", "T" / "Adviseur") goes on in the contact's value."""
    if line.kind is Kind.LABEL_VALUE:
        return _vocab.contact_mark_value(line.label, line.rest) and _value_ends(lines, i + 1)
    j = next((j for j in range(i + 1, len(lines)) if lines[j].kind is not Kind.BLANK), None)
    return (
        j is not None
        and lines[j].kind is Kind.TEXT
        and _vocab.contact_mark_value(line.label, lines[j].text)
        and _value_ends(lines, j + 1)
    )


def _value_ends(lines: list[Line], j: int) -> bool:
    """Whether a contact mark's value ends before line ``j``: at the text's end, a blank line, a
    label, or another mark's row ("E s.degraaf@..."); a line of text going on under it ("T" /
    "070 123 4567" / "@rvo.nl") keeps the mark in the contact's value, as it was printed."""
    if j >= len(lines) or lines[j].kind in (Kind.BLANK, Kind.LABEL, Kind.LABEL_VALUE):
        return True
    return len(lines[j].text.split(" ", 1)[0]) == 1


def _bare_letter_labels(lines: list[Line]) -> list[Line]:
    """A one-letter contact label alone on its line ("M", "E") is a label only over a value in
    the form of its kind (:func:`_vocab.letter_label_value`: "E" / "j.dewit@mindef.nl"); a bare
    letter over anything else is text, a stray letter (an OCR margin's "D" / "E" / "P", whose
    "P" would be taken for the value of an "E")."""
    out = list(lines)
    for i in _indices(list(map(_KIND, lines)), Kind.LABEL):  # (the label lines found in C)
        line = lines[i]
        if line.label.casefold() not in _vocab.LETTER_LABEL_FORMS:
            continue
        nxt = next((ln for ln in itertools.islice(lines, i + 1, None) if ln.kind is not Kind.BLANK), None)
        if nxt is None or not _vocab.letter_label_value(line.label, nxt.text):
            out[i] = attrs.evolve(line, kind=Kind.TEXT, label="", rest="")
    return out


def _consecutive(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into runs of consecutive line numbers."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and line.number == runs[-1][-1].number + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _first_under_bare_inline_label(run: _Run, runs: list[_Run], lines: list[Line]) -> bool:
    """Whether ``run``, a short line (five words at most, no full stop at its end), is the first
    plain run after an Aan or Van label printed alone on its row with its colon and still without a
    value ("Van:" / "" / "T" / "" / "NVWA en RVO.nl": an extractor wrote a contact column's rows
    between them): that label's value by its place, never the title of a nota without one. Not asked
    of layout text, whose label rows keep their values beside them; nor of a bare label right
    beside a row of ``lines`` with its label and value on it ("Aan: Minister van VWS" / "Van:" /
    "Datum: 14 mei 2025"): a form writing its values beside its labels left that one empty."""
    if len(run.lines) != 1 or len(run.text.split()) > 5 or _ends_full_stop(run.text):
        return False
    earlier = [f for other in runs if other.start < run.start for f in other.pending]
    filled = {ln.number for ln in lines if ln.kind is Kind.LABEL_VALUE}
    return any(
        not field.values
        and field.label.casefold() in _vocab.INLINE_LABELS
        and field.line.kind is Kind.LABEL
        and field.line.text.rstrip().endswith(":")
        and field not in earlier
        and field.line.number - 1 not in filled
        and field.line.number + 1 not in filled
        for field in run.pending
    )


def _one_word_title(run: _Run, runs: list[_Run]) -> bool:
    """A one-word title ("Voorjaarsnota"): the last run before the body, standing alone, no label
    waiting for a value, no letterhead."""
    text = run.text
    return (
        run is runs[-1]
        and len(run.lines) == 1
        and len(text) >= 4
        and text[0].isupper()
        and text.isalpha()
        and all(f.values for f in run.pending)
        and not _is_letterhead_like(text)
    )


def _looks_like_label(label: str, value: str) -> bool:
    """An unknown "X: value" that reads as a label: X is one or two words without digits, and
    the value is short ("Behandelaar: J. Jansen"), unlike a title ("Beslisnota: aanpassing van
    de regeling ...")."""
    return len(label.split()) <= 2 and not any(c.isdigit() for c in label) and len(value.split()) <= 4


def _is_prose_sentence(text: str) -> bool:
    """A line that is a whole sentence of some words ("Tekst na de tabel.")."""
    return _ends_full_stop(text) and len(text.split()) >= 3


def _goes_on(text: str) -> bool:
    """Whether a line of a unit's name goes on on the next line: it ends in a comma ("Ministerie
    van Landbouw, Visserij,") or a word that cannot end a value ("... Welzijn en")."""
    return text.endswith(",") or _ends_with_continuation(text)


#: The most lines of a unit's name (ministry, directorate-general, directorate) between a purpose
#: stamp and the colofon's first label.
_UNIT_LINES: Final = 4
#: The most words of a line that is the wrapped rest of a ministry's name ("Groei", "en Sport")
#: or of a qualified purpose stamp ("juni": :meth:`_Reader._qualified_stamp`).
_WRAPPED_NAME_WORDS: Final = 3


def _opens_with_continuation(text: str) -> bool:
    """Whether a line opens, in lower case, with a word that cannot start a value ("en Sport",
    "van Defensie"): the rest of a name wrapped on the line above."""
    word = text.split(maxsplit=1)[0] if text[:1].islower() else ""
    return word in _vocab.CONTINUATION_WORDS


def _wraps_name(prev: str, text: str) -> bool:
    """Whether ``text`` is the rest of the unit's name on the line above, ``prev``, wrapped: after
    or before a word that goes on ("... Welzijn," / "Sport", "... Welzijn" / "en Sport"), after an
    adjective that opens its noun ("... Democratische" / "Rechtsstaat"), or the
    short rest of a ministry's name not yet whole ("Ministerie van Klimaat en Groene" / "Groei")."""
    return (
        _goes_on(prev)
        or _opens_with_continuation(text)
        # (after an adjective that opens its noun: "Bestuur en Democratische" / "Rechtsstaat")
        or _wraps_after_open_adjective(prev, text)
        or (
            _vocab.MINISTRY_LINE.match(prev) is not None
            and not _vocab.names_whole_ministry(prev)
            and len(text.split()) <= _WRAPPED_NAME_WORDS
        )
    )


def _wraps_office(value: str, text: str) -> bool:
    """Whether ``text`` is the rest of a minister's or a state secretary's title on the row above,
    ``value``, wrapped before the ministry's name is whole ("Minister van Volkshuisvesting en
    Ruimtelijke" / "Ordening"): together they name the office whole, the row alone does not."""
    return (
        value[:1] in _vocab.MINISTERS_OFFICE_INITIALS
        and len(text.split()) <= _WRAPPED_NAME_WORDS
        and not _vocab.names_ministers_office(value)
        and _vocab.names_ministers_office(f"{value} {text}")
    )


def _wraps_after_adjective(field: _PendingField, text: str) -> bool:
    """Whether ``text`` is the rest of an Aan or Van value whose row ends in an adjective that
    opens its noun (`_vocab.OPEN_ADJECTIVE`, "Directeur Algemene Financiële en Economische" /
    "Politiek"): a capitalised word or few, no heading, no label."""
    return (
        field.label.casefold() in _vocab.INLINE_LABELS
        and _wraps_after_open_adjective(field.values[-1], text)
        and not _known_heading(text)
        and _vocab.known_label(text) is None
    )


def _two_capitalised_words(text: str) -> bool:
    """Whether a row is two capitalised words and no more ("Stikstof Noord", "Sandra Vriese"):
    a title's shape as much as a name's (no initial, no particle to tell a name)."""
    words = text.split()
    return len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words)


def _closes_head(lines: list[Line], i: int) -> bool:
    """Whether line i is the head's last row, the body set apart under it: a blank line after it,
    then the body or its first heading (the place of a title, "Stikstof Noord" / "" / "Aanleiding")."""
    if i + 1 < len(lines) and lines[i + 1].kind is not Kind.BLANK:
        return False
    nxt = next((ln for ln in lines[i + 1 :] if ln.kind is not Kind.BLANK), None)
    return nxt is None or nxt.kind is Kind.HEADING or _known_heading(nxt.text)


def _wraps_post(field: _PendingField, text: str) -> bool:
    """Whether ``text`` is the name of the person whose post is the value of a drafter's or a
    contact's label so far (`_vocab.names_a_person`), wrapped under it ("Opgesteld door:
    Projectleider" / "Sandra Vriese", "Contactpersoon: Senior adviseur" / "Fatima el Amrani"):
    the row is a person's name, the post alone is none, and the two make a post and its holder
    (`_vocab.names_post_holder`)."""
    value = field.values[-1]
    return (
        len(field.values) == 1
        and text[:1].isupper()
        and _vocab.names_a_person(field.label)
        and not _vocab.names_person(value)
        and (_vocab.names_person(text) or _vocab.PERSON_WITH_INITIALS.match(text) is not None)
        and _vocab.names_post_holder(f"{value} {text}")
    )


#: The last letters of :data:`_vocab.OPEN_ADJECTIVE`'s words ("Europese", "Hoger", "Voortgezet",
#: "Caribisch", "Koninkrijks").
_OPEN_ADJECTIVE_ENDS: Final = frozenset("erths")


def _wraps_after_open_adjective(prev: str, text: str) -> bool:
    """Whether ``text``, a capitalised word or few, is the noun of the adjective that ends
    ``prev`` and opens it (`_vocab.OPEN_ADJECTIVE`: "... Democratische" / "Rechtsstaat"), ``prev``
    no person's name whose surname has an adjective's shape ("Sandra Vriese", "mr. R. Vriese"),
    a post before it or not ("Projectleider R. Vriese")."""
    return (
        prev[-1:] in _OPEN_ADJECTIVE_ENDS  # (the cheap tests first)
        and text[:1].isupper()
        and len(text.split()) <= _WRAPPED_NAME_WORDS
        and _vocab.OPEN_ADJECTIVE.search(prev) is not None
        and not _vocab.names_person(prev)
        and not _vocab.names_post_holder(prev)
    )


def _year_wrapped(value: str, text: str) -> bool:
    """Whether ``text`` is a date's year wrapped under its day and month, ``value`` ("Datum 8
    december" / "2026", as a narrow colofon column prints it)."""
    return _vocab.YEAR_ALONE.match(text) is not None and _vocab.DAY_MONTH.match(value) is not None


def _unit_code_row(field: _PendingField, text: str) -> bool:
    """Whether ``text`` is one more unit under a list label's inline value of units' codes
    ("Kopie aan: DSH" / "DMM" / "FEZ", a row each as a row-by-row extractor gives them): the
    value so far and the row are capitals' codes, a code (and up to two words after it) a row."""
    words = text.split()
    return (
        _vocab.key(field.label) in _vocab.UNIT_LIST_LABELS
        and 1 <= len(words) <= 3
        and _vocab.LISTED_UNIT_CODE.fullmatch(words[0]) is not None
        and all(_vocab.LISTED_UNIT_CODE.fullmatch(v.split()[0]) for v in field.values if v.split())
    )


def _is_salutation(text: str) -> bool:
    """Whether a line is a letter's salutation ("Geachte voorzitter,", "Beste Anne,"): it ends
    in a comma (a cheap test before :data:`_vocab.SALUTATION`)."""
    return text.endswith(",") and _vocab.SALUTATION.match(text) is not None


#: The most rows of signatories under a paraph's label at the text's end, and the most words of
#: one ("plv. directeur-generaal Bedrijfsleven en Innovatie").
_SIGNATORY_ROWS: Final = 8
_SIGNATORY_WORDS: Final = 6


def _signatory_row(text: str) -> bool:
    """Whether a row is a signatory's of a paraph or signature block: a person's name, titles
    and a post before it or not ("mr. drs. K.L. van Dijk", "generaal b.d. H. Mulder"), a post
    ("directeur Koninkrijksrelaties", "plv. directeur-generaal ..."), initials ("AB") or the
    date of signing ("18 juni 2025"); a few words, no colon, no sentence's end."""
    words = text.split()
    if not 0 < len(words) <= _SIGNATORY_WORDS or ":" in text or _ends_full_stop(text):
        return False
    first = words[0].casefold()
    return (
        all(w.isalpha() and w.isupper() for w in words)
        or first.startswith(_vocab.UNIT_HEAD_WORDS)
        or first in _vocab.PERSON_POSTS
        or _fragments.is_date(text)
        or any(_vocab.names_person(" ".join(words[n:])) for n in range(len(words) - 1))
    )


def _paraph_row(field: _PendingField, line: Line) -> bool:
    """Whether ``line`` is a row of the paraph table under ``field``'s label ("Parafenroute" /
    "DMB  2-12"): a unit's abbreviation and a date, no heading."""
    return (
        line.kind is Kind.TEXT
        and line.text[:1].isalpha()
        and _vocab.key(field.label) in _vocab.PARAPH_LABELS
        and _vocab.PARAPH_CELL.match(line.text) is not None
        and not _known_heading(line.text)
    )


#: The most rows between a paraph label and its table's rows spliced into the body.
_PARAPH_SPLICE_ROWS: Final = 12
#: The longest row of a paraph table (an abbreviation and a date: "DGSenB 11-3-2026").
_PARAPH_ROW_LENGTH: Final = 20


#: The most rows of a value wrapped in a head whose pairs are set apart by blank lines.
_SET_APART_VALUE_ROWS: Final = 3


def _pair_set_apart(lines: list[Line], i: int) -> bool:
    """Whether the rows from line i on, under a label and a blank line, are its value set apart:
    two or three rows no longer than a head's row that end no sentence, a blank line, and a
    known label ("Onderwerp" / "" /
    "Aanpak van klachten over de herstelregeling" / "kinderopvangtoeslag" / "" / "Datum"), as
    plain extraction writes a head whose every pair stands apart."""
    end = i
    while (
        end < min(i + _SET_APART_VALUE_ROWS, len(lines))
        and lines[end].kind is Kind.TEXT
        and len(lines[end].text) <= _lines.HEAD_ROW_LENGTH
        and not _ends_sentence(lines[end].text)
    ):
        end += 1
    if end < i + 2 or end >= len(lines) or lines[end].kind is not Kind.BLANK:
        return False  # (a value of one row: the pairs are read as stacked labels' are)
    nxt = next((ln for ln in lines[end:] if ln.kind is not Kind.BLANK), None)
    return (
        nxt is not None
        and nxt.kind in (Kind.LABEL, Kind.LABEL_VALUE)
        and _vocab.known_label(nxt.label) is not None
    )


def _ends_with_continuation(text: str) -> bool:
    """Whether a line ends in a word that cannot end a value ("Minister van ... en")."""
    words = text.split()
    return bool(words) and words[-1].casefold() in _vocab.CONTINUATION_WORDS


def _open_title_goes_on(field: _PendingField, lines: list[Line], position: int) -> bool:
    """Whether the text line at ``position`` (after a blank row) goes on in a subject's value cut
    after a small word that cannot end it ("Titel: ... maatregelen behorend bij" / "" /
    "escalatieladder (‘gereedschapskist)"): the value is a subject's, its last word a lower-case
    particle or preposition, and the line starts in lower case without ending a sentence."""
    if _vocab.label_concept(field.label) is not _vocab.Concept.TITLE or not field.values:
        return False
    words = field.values[-1].split()
    if not words or words[-1] not in _vocab.NAME_SMALL_WORDS:
        return False
    if position >= len(lines) or lines[position].kind is not Kind.TEXT:
        return False
    text = lines[position].text
    # (a paragraph whose sentence ends inside the line, "tijdens de stuurgroep ... maakt. Die
    # volgt", is the body's, no subject's rest)
    return text[:1].islower() and not _ends_sentence(text) and _SENTENCE_GOES_ON.search(text) is None


def _after_unfinished_value(lines: list[Line], i: int) -> bool:
    """Whether line i stands right under a label row whose value ends in a word that cannot end
    a value ("Aan: Minister van" / "Financiën", "Van: Directie ... en" / "Innovatie"): the
    value's rest, wrapped, not a heading."""
    above = lines[i - 1] if i > 0 else None
    return (
        above is not None
        and above.kind is Kind.LABEL_VALUE
        and above.page == lines[i].page
        and _ends_with_continuation(above.rest)
    )


def _head_row_under_title(line: Line, run: _Run) -> bool:
    """Whether an "Aan X" / "Van Y" row without a colon right under a plain run (the title) is the
    head's row after all: its value a unit's code or codes ("Aan MOCW", "Van DGHO", "Van DGLM en
    DGMI") or an office ("Aan Minister van ..."), the run's last row ending in no word that goes
    on ("... voor zij-instromers"; "... bijdrage" / "Van Dam ..." stays the title's row). An Aan
    row whose value names an office with its article ("Aan de Minister van LVVN") is the head's
    row too: an addressee's form, no title's words."""
    value = line.rest
    addressee = (
        _vocab.label_concept(line.label) is _vocab.Concept.ADDRESSEE
        and _vocab.ADDRESSEE_LINE.match(value) is not None
        and not _ends_sentence(value)
    )
    return not _ends_with_continuation(run.lines[-1].text) and (
        _lines.unit_codes(value) or _vocab.ADDRESSEE_OFFICE.match(value) is not None or addressee
    )


def _head_row_under_unit_tail(line: Line, run: _Run, lines: list[Line]) -> bool:
    """Whether an "Aan X" / "Van Y" row without a colon right under a plain run is the head's row
    after all because the run is the colofon unit's second row, not a title: a row-by-row
    extractor wrote the unit's first row, a unit word alone or a name cut after a word that goes
    on ("Directoraat-Generaal" / "Milieu en Internationaal", "Directie Bestuur en" / "Financiën"),
    then its rest on a row of its own over the main column's rows. The row's value opens in the
    label's own form: an office with its article ("de Minister van IenW ...", ADDRESSEE_LINE) or
    a unit's code ("DGMI ...")."""
    if not _unit_tail_run(run, lines):
        return False
    words = line.rest.split()
    return bool(words) and (
        _vocab.ADDRESSEE_LINE.match(line.rest) is not None
        or _vocab.ADDRESSEE_OFFICE.match(line.rest) is not None
        or _lines.unit_codes(words[0])
    )


def _unit_tail_run(run: _Run, lines: list[Line]) -> bool:
    """Whether a run is one row of a unit name's rest under its cut first row, blank rows between
    ("Directoraat-Generaal" / "" / "Milieu en Internationaal"): letterhead, no title."""
    if len(run.lines) != 1 or not _unit_name_tail(run.lines[0].text):
        return False
    above = next((ln for ln in reversed(lines[: run.start]) if ln.kind is not Kind.BLANK), None)
    return above is not None and above.kind is Kind.TEXT and _unit_name_opening(above.text)


def _unit_name_opening(text: str) -> bool:
    """Whether a row is a unit's name cut before its end: a unit word alone ("Directoraat-Generaal")
    or a unit word's name ending in a word that goes on ("Directie Bestuur en")."""
    words = text.split()
    return _lone_unit_word(text) or (
        len(words) > 1 and _vocab.key(words[0]) in _vocab.UNIT_WORDS and _ends_with_continuation(text)
    )


def _unit_name_tail(text: str) -> bool:
    """Whether a row has the form of a unit name's rest: a few words, letters only, each
    capitalised or a particle, the last capitalised ("Milieu en Internationaal")."""
    words = text.split()
    return (
        0 < len(words) <= _UNIT_TAIL_WORDS
        and all(
            w.replace("-", "").isalpha() and (w[0].isupper() or w.casefold() in _vocab.CONTINUATION_WORDS)
            for w in words
        )
        and words[-1][0].isupper()
    )


def _ends_in_digit(text: str) -> bool:
    """Whether a text ends in a digit, or a digit and a full stop: every date parse_date reads
    does (a cheap test before it)."""
    return text.rstrip().removesuffix(".")[-1:].isdecimal()


def _value_word(text: str) -> bool:
    """Whether the last word of a normalised text has a digit: the last word of every colofon
    value :func:`_value_words_at_end` finds does (a cheap test before it)."""
    return any(map(str.isdigit, text.rpartition(" ")[2]))


def _glued_marker_end(line: Line, row: str, page: int) -> bool:
    """Whether ``row`` (opening with punctuation) goes on the row of ``line``, which ends with a
    footnote marker glued to a word ("emissiebeleid)1", "ontving5")."""
    return (
        line.kind in (Kind.TEXT, Kind.BULLET, Kind.ORDERED)
        and line.page == page
        and line.text[-1:].isdigit()
        and (row[1:2] == " " or not row[1:])
        and _MARKER.search(line.text[-4:]) is not None
    )


def _marker_pattern(number: int, *, spaced: bool = True) -> re.Pattern[str]:
    """Footnote marker ``number`` after a word: glued to it ("rechtspraak.1") or, if ``spaced``,
    set apart by a space (group ``space``: "rechtspraak. 1 De", "Stoffen 2 (zie", "ontving 5."),
    not before a lower-case word or a digit ("artikel 2 van", "fase 2 2024")."""
    glued = rf"(?:[^\W\d_][.)\u2019\u201d]{{0,2}}|{_YEAR_END}){number}(?=[\s.,;:]|$)"
    if not spaced:
        return re.compile(glued)
    return re.compile(
        rf"{_YEAR_END}{number}(?=[\s.,;:]|$)|[^\W\d_][.)\u2019\u201d]{{0,2}}"
        rf"(?:{number}(?=[\s.,;:]|$)|(?P<space> ){number}(?=[.,;:]|\s+[A-Z(\u2018\u201c]|\s*$))"
    )


def _glue_markers(sections: list[Section], numbers: list[int]) -> list[Section]:
    """Glue the footnote markers that plain ``pdftotext`` sets apart by a space back to their
    words ("rechtspraak. 1 De antwoorden" -> "rechtspraak.1 De antwoorden"), as the PDF prints
    them raised: read in order, each note's marker is the first glued or spaced number after
    the marker of the note before it, and only a spaced one changes. A number the body prints
    glued somewhere is that note's marker as the extractor keeps it, so its spaced look-alikes
    stay apart ("artikel 3 (Langdurige zorg)" before "per cel3."). A number printed nowhere is
    a marker OCR misread (:data:`_OCR_MARKER`): the next misread mark is given the number."""
    texts = [
        text
        for section in sections
        for block in section.blocks
        for text in ((block.text,) if isinstance(block, Paragraph) else block.items)
    ]
    glued = {n for n in numbers if any(_marker_pattern(n, spaced=False).search(t) for t in texts)}
    # a number the body prints nowhere, glued or set apart, is a marker OCR misread (its digit
    # read as a quote or an asterisk: "onderzocht’. Zij"): that mark is the marker
    misread = (
        {n for n in numbers if n not in glued and not any(_marker_pattern(n).search(t) for t in texts)}
        if any(_OCR_MARKER.search(t) for t in texts)
        else set()
    )

    def marker(number: int) -> re.Pattern[str]:
        return _OCR_MARKER if number in misread else _marker_pattern(number, spaced=number not in glued)

    queue = list(numbers)
    pattern = marker(queue[0])

    def glue(text: str) -> str:
        nonlocal pattern
        position = 0
        while queue and (m := pattern.search(text, position)) is not None:
            position = m.end()
            if pattern is _OCR_MARKER:
                if m[0][-1] not in "*\u00b0" and _OPEN_QUOTES.search(text, 0, m.start()):
                    continue  # (a quote that closes a quotation)
                text = f"{text[: m.end() - 1]}{queue[0]}{text[m.end() :]}"
                position += len(str(queue[0])) - 1
            elif m.groupdict().get("space"):
                text = text[: m.start("space")] + text[m.end("space") :]
                position -= 1
            queue.pop(0)
            if queue:
                pattern = marker(queue[0])
        return text

    out = []
    for section in sections:
        blocks: list[Paragraph | ItemList] = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                blocks.append(attrs.evolve(block, text=glue(block.text)))
            else:
                blocks.append(attrs.evolve(block, items=tuple(glue(item) for item in block.items)))
        out.append(attrs.evolve(section, blocks=tuple(blocks)))
    return out


#: The misread bullets (:data:`_vocab.OCR_BULLETS`) that no extractor prints for a bullet glyph.
_LONE_OCR_BULLETS: Final = frozenset(_vocab.OCR_BULLETS) - frozenset(_vocab.BULLETS)
#: List marks that a text extractor prints as a line of their own when the mark and its item's
#: text are separate runs on the page (MuPDF, ``mutool draw -F txt`` and PyMuPDF's
#: ``get_text()``: "–" / "in Boxtel ...;", "o" / "voor diesel ..."): a dash or an "o" alone,
#: which read on their own are a value's dash or a letter (:data:`_vocab.LONE_LIST_MARKS`).
_LONE_TEXT_MARKS: Final = frozenset(_vocab.LONE_LIST_MARKS)
#: The marks alone on their line that :func:`_lone_ocr_bullets` reads as a list's only before
#: its item's text.
_LONE_MARKS: Final = _LONE_OCR_BULLETS | _LONE_TEXT_MARKS


def _bar_for_one(raw: Sequence[tuple[int, int, str]], at: int) -> bool:
    """Whether row ``at`` of ``raw`` (a bar, then text) is an attachment table's first row with its
    1 read as the bar: right under the table's header row, over its row 2."""
    before = next((p for _, _, p in reversed(raw[:at]) if p.strip()), None)
    after = next((p for _, _, p in raw[at + 1 :] if p.strip()), None)
    if before is None or after is None:
        return False
    two = _ROW_START.match(_lines.normalise(after))
    return (
        two is not None
        and two[1] == "2"
        and bool(two[2])
        and _lines.classify(_lines.normalise(before)).kind is Kind.TABLE_HEADER
    )


def _ocr_row(row: str) -> str:
    """A row of plain text with what OCR makes of a scan's specks and marks at its start
    repaired: a row that is only a speck ("_", "|") is empty; a lone "_" or "|" before the first
    word ("_ Aanleiding", "| Advies") and underscores glued to it ("_A. Nederland ...") are
    dropped, and so is a speck after a number ("1. . De planning"); empty check boxes before a
    row of decision options ("Ll Akkoord Ll Niet akkoord 0 Besproken") are the box glyph."""
    if row in ("_", "|"):
        return ""
    if row[0] in _SPECK_FIRST:
        if row[1:2] == " " and "|" not in row[1:]:
            # a speck in the margin read as a lone "_" or "|" (a row set apart by bars has more)
            row = row[2:]
        elif (bare := row.lstrip("_")) != row and bare[:1].isalnum():
            row = bare  # (no word starts with an underscore)
    if row[:1].isdigit() and (speck := _vocab.OCR_NUMBER_SPECK.match(row)):
        return f"{speck[1]} {row[speck.end() :]}"  # (no mark stands between a number and its text)
    if (
        row[:1] in _OCR_BOX_FIRST
        and (row[1:2] == " " or row[2:3] == " " or row[0] == "_")  # (a box is one or two marks)
        and _vocab.OCR_BOX_BEFORE_OPTION.match(row)
    ):
        # no sentence starts with such a word before "Akkoord": the boxes, split off below
        return _vocab.OCR_BOX_BEFORE_OPTION.sub("\\1\u2610 ", row)
    return row


#: A row's first two or three pieces of at most three letters ("n ota", "N ot a"), and its rest.
_SPACED_WORD: Final = (
    re.compile(r"^([^\W\d_]{1,3}) ([^\W\d_]{1,3})(?: +|$)(.*)$"),
    re.compile(r"^([^\W\d_]{1,3}) ([^\W\d_]{1,3}) ([^\W\d_]{1,3})(?: +|$)(.*)$"),
)


def _spaced_kind(row: str) -> tuple[str, str] | None:
    """The kind of nota (:data:`_vocab.KINDS`) that an OCR layer read from a wordmark set with
    wide tracking as two or three pieces at a row's start ("n ota", "N ot a", "Nn ota": within a
    letter error, :func:`_vocab.ocr_kind`), and the row's rest (the title beside it), or None.
    No word of running text is so split: pieces of one or two letters that make up a kind."""
    for pattern in _SPACED_WORD:
        if (m := pattern.match(row)) is None:
            continue
        pieces = m.groups()[:-1]
        if min(len(p) for p in pieces) > 2:
            continue
        printed = "".join(pieces)
        if _vocab.key(printed) in _vocab.KINDS:
            return printed, m[m.lastindex or 0]
        if (kind := _vocab.ocr_kind(printed)) is not None and kind[1] <= 1:
            return (kind[0] if printed[0].islower() else kind[0].capitalize()), m[m.lastindex or 0]
    return None


def _lone_ocr_bullets(lines: list[Line]) -> list[Line]:
    """A bullet as OCR misreads it alone on its line ("e", "«"; :func:`_lines.classify`) is a
    list mark only before its item's text, a line of words on the same page; among letters alone
    on their lines (a word printed vertically or diagonally, read a letter a line: "p" / "e" /
    "n") it is a letter of that word, text.

    A dash or an "o" alone (:data:`_LONE_TEXT_MARKS`) is a list mark on the same terms, and only
    before a line of text that opens with a letter (no label, value or number: "Kopie aan" / "-"
    / "Ons kenmerk" is an empty value); otherwise it is a line of text, as read on its own (a
    value's dash, a letter)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not (line.kind is Kind.BULLET and line.text in _LONE_MARKS):  # (not "•")
            continue
        before = next((ln for ln in reversed(lines[:i]) if ln.kind is not Kind.BLANK), None)
        after = next((ln for ln in lines[i + 1 :] if ln.kind is not Kind.BLANK), None)
        text_mark = line.text in _LONE_TEXT_MARKS
        if (
            after is None
            or after.page != line.page
            or " " not in after.text
            or (before is not None and len(before.text) <= 2 and not before.text[:1].isdigit())
            or (text_mark and (after.kind is not Kind.TEXT or not after.text[:1].isalpha()))
        ):
            # (a line of text, as classified on its own: a mark alone is no label, list or note)
            out[i] = attrs.evolve(line, kind=Kind.TEXT, label="", rest="")
    return out


#: What sets a purpose apart from the words that qualify it on its line: spaces, or a comma,
#: semicolon, colon or dash (stripped from the qualifier's start).
_QUALIFIER_SEPARATORS: Final = " ,;:-\u2013\u2014"
#: The most words of a purpose's qualifier ("vóór de ministerraad van 5 juni 2026"): more, or a
#: sentence's end, make the line a sentence that opens with the purpose's words ("Ter
#: besluitvorming leg ik u het voorstel voor om ...").
_QUALIFIER_WORDS: Final = 8


def _split_qualified_purpose(line: Line) -> tuple[Line, Line] | None:
    """A head line that opens with a purpose and goes on with words that qualify it ("Ter
    besluitvorming vóór 1 juni 2026", "TER BESLISSING, uiterlijk 5 juni", "Ter bespreking in de
    ministerraad"): the purpose line and the qualifier, a letterhead line of its own; None for
    any other line. Only the vocabulary's purpose words are read so (a capitalised "Ter" opens
    sentences too, and a sentence may open with a purpose's words: "Ter besluitvorming leg ik u
    ... voor", so a qualifier is a few words, :data:`_QUALIFIER_WORDS` at most, that end no
    sentence). A purpose the addressee follows ("Ter beslissing aan de minister van ...", as
    older templates head a nota) gives the addressee, no label printed, as that line."""
    words = line.text.split()

    def known(word: str) -> bool:
        return word.rstrip(_QUALIFIER_SEPARATORS).casefold() in _vocab.PURPOSES

    if len(words) < 3 or words[0].casefold() != _vocab.PURPOSE_WORD or not known(words[1]):
        return None
    to = _vocab.PURPOSE_TO_ADDRESSEE.match(line.text)
    addressed = to is not None and _vocab.ADDRESSEE_LINE.match(to[2]) is not None
    if to is not None and addressed:
        words = [*to[1].split(), to[2]]  # (the addressee as one "word": the whole qualifier)
    taken = 2
    while (
        words[taken - 1][-1] not in _QUALIFIER_SEPARATORS
        and taken + 1 < len(words)
        and words[taken].casefold() in _vocab.PURPOSE_JOINS
        and known(words[taken + 1])
    ):
        taken += 2  # ("Ter informatie en besluitvorming door het MT")
    phrase = " ".join(words[:taken]).rstrip(_QUALIFIER_SEPARATORS)
    purpose = _lines.classify(phrase, line.number, line.page)
    qualifier = " ".join(words[taken:]).lstrip(_QUALIFIER_SEPARATORS)
    if purpose.kind is not Kind.PURPOSE or not qualifier:
        return None
    if not addressed and (
        # (a sentence opening with the purpose's words: "Ter besluitvorming leg ik u ... voor")
        len(qualifier.split()) > _QUALIFIER_WORDS
        or _ends_full_stop(qualifier)
        # (words, not the colofon's text beside the stamp: "ter besluitvorming 2511 VX Den Haag")
        or not (
            qualifier[0].islower()
            or qualifier[0] == "("
            or qualifier.casefold() in _vocab.PURPOSE_MARKERS
            or _is_code_line(qualifier)  # (the qualifier redacted: "Ter besluitvorming 5.1.2e")
        )
    ):
        return None
    return purpose, attrs.evolve(line, text=qualifier, kind=Kind.TEXT, label="", rest="")


def _purpose_field_label(label: str) -> bool:
    """Whether ``label`` (a colon label's words) can take the purpose as its whole value ("Doel"):
    one to three words, a capital first, outside the vocabulary (a known label's value is
    another thing: "Van:" / "TER INFORMATIE" is a sender left blank over the purpose line)."""
    words = label.split()
    return 0 < len(words) <= 3 and label[:1].isupper() and _vocab.known_label(label) is None


def _split_qualified_purposes(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The head's lines with its purpose line split from the words that qualify it
    (:func:`_split_qualified_purpose`), when the head has no purpose line of its own; and the
    qualifiers so split off. Where the head has one ("TER BESLUITVORMING" over "Ter bespreking
    in de ministerraad"), the qualified line is kept whole, and is the qualifier: a letterhead
    entry, never the title."""
    purposed = any(line.kind is Kind.PURPOSE for line in lines)
    for index, line in enumerate(lines):
        if (
            line.kind is Kind.PURPOSE
            and index > 0
            and lines[index - 1].kind in (Kind.LABEL, Kind.TEXT)
            and lines[index - 1].text.endswith(":")
            and _purpose_field_label(lines[index - 1].text[:-1])
            and (index + 1 == len(lines) or lines[index + 1].kind is not Kind.TEXT)
            and sum(other.kind is Kind.PURPOSE for other in lines) == 1
        ):
            # the purpose line as a bare label's whole value ("Doel:" / "Ter besluitvorming",
            # nothing under it): the field as printed, the purpose read from it too (as from a
            # labelled row of tick boxes). A value under the purpose line ("Datum:" / "TER
            # BESLISSING" / "5 februari 2024") leaves it the purpose line alone.
            value = attrs.evolve(line, kind=Kind.TEXT)
            return [*lines[: index - 1], line, lines[index - 1], value, *lines[index + 1 :]], []
        if (
            not purposed
            and line.kind in (Kind.TEXT, Kind.LABEL_VALUE)
            and ":" in line.text
            and _purpose_field_label(line.text[: (label_end := line.text.index(":"))])
            and _vocab.PURPOSE_LINE.match(value_text := line.text[label_end + 1 :].strip())
        ):
            # the same on one row ("Doel: Ter besluitvorming")
            purpose = attrs.evolve(line, text=value_text, kind=Kind.PURPOSE, label="", rest="")
            return [*lines[:index], purpose, *lines[index:]], []
        if (
            line.text[:1] in _vocab.PURPOSE_BOX_FIRST  # (the cheap test first)
            and line.kind in (Kind.TEXT, Kind.BULLET)  # (a box opens an item, "☒" its mark)
            and (word := _vocab.ticked_purpose(line.text))
        ):
            # a head form's purpose row, the purposes each after its box ("☒ Ter besluitvorming
            # ☐ Ter informatie"): the ticked one is the purpose, the row a letterhead entry as
            # printed
            if purposed:
                return lines, [line]
            text = _fragments.format_purpose(word)
            purpose = attrs.evolve(line, text=text, kind=Kind.PURPOSE, label="", rest="")
            if index > 0 and lines[index - 1].text.endswith(":"):
                # the row is a label's value ("Doel:" / "[X] Ter besluitvorming [ ] Ter
                # informatie"): a field as printed, the purpose read from it too
                return [*lines[: index - 1], purpose, *lines[index - 1 :]], []
            return [*lines[:index], purpose, *lines[index:]], [line]
        if (
            line.kind is Kind.LABEL_VALUE
            and line.rest[:1] in _vocab.PURPOSE_BOX_FIRST
            and (word := _vocab.ticked_purpose(line.rest))
        ):
            # the row on the label's row ("Doel: ☒ Ter besluitvorming ☐ Ter informatie"): the
            # field as printed, the purpose read from it too
            if purposed:
                return lines, []
            purpose = attrs.evolve(
                line, text=_fragments.format_purpose(word), kind=Kind.PURPOSE, label="", rest=""
            )
            return [*lines[:index], purpose, *lines[index:]], []
        if (
            line.kind in (Kind.TEXT, Kind.LABEL_VALUE)
            and line.text[:3].casefold() == _vocab.PURPOSE_WORD
            # (a known label that opens with a purpose's words is a field: "Ter informatie aan:
            # DG Water", a copy's addressee, is no purpose with an addressee after it)
            and not (line.kind is Kind.LABEL_VALUE and _vocab.known_label(line.label) is not None)
            and (qualified := _split_qualified_purpose(line))
        ):
            if purposed:
                return lines, [line]
            return [*lines[:index], *qualified, *lines[index + 1 :]], [qualified[1]]
    return lines, []


def _mail_or_web_tail(line: Line) -> tuple[str, str] | None:
    """A text row ending in a colofon's mail or web address glued on ("NVWA en RVO.nl @rvo.nl",
    "Uitvoeringsoverleg (UO) www.rvo.nl"): (the row's words before it, the address)."""
    words = line.text.split()
    if line.kind is not Kind.TEXT or len(words) < 2 or _ends_sentence(" ".join(words[:-1])):
        return None
    last = words[-1]
    # (a bare domain, "@rvo.nl", or a web address: a person's own mail address, "b.jong@minbzk.nl",
    # goes with the name before it, a contact's row)
    if not (last.startswith("@") or last.casefold().startswith("www.")):
        return None
    return " ".join(words[:-1]), last


def _interleaved_head_row(
    line: Line, above: Line | None, after: list[Line]
) -> tuple[Line | None, list[Line]] | None:
    """An "Aan:" or "Van:" row whose value is a colofon word beside it, the real value on the next
    row with the colofon's mail or web address glued to its end (pdfplumber's ``extract_text``
    reads the page row by row): "Rijksdienst voor Ondernemend" / "Aan: Nederland" /
    "Uitvoeringsoverleg (UO) www.rvo.nl", or "Adviseur" / "Van: T 10.2.e" / "NVWA en RVO.nl
    @rvo.nl". A redacted or printed telephone after its one-letter mark ("T 10.2.e") is a
    contact's row by its form, never an addressee's or sender's words; one capitalised word
    completing the name printed on the row above ("Rijksdienst voor Ondernemend" + "Nederland")
    belongs to that name. Returns (the row above as completed, or None; the rows in their
    place: the colofon's words, then the label with the next row's words as its value)."""
    if (
        line.kind is not Kind.LABEL_VALUE
        or ":" not in line.text
        or line.label.casefold() not in _vocab.INLINE_LABELS
        or not after
        or (tail := _mail_or_web_tail(after[0])) is None
    ):
        return None
    value, address = tail
    words = line.rest.split()
    phone = (
        len(words) >= 2
        and _vocab.key(words[0]) in _vocab.PHONE_LABELS
        and len(words[0]) == 1
        and (_fragments.is_redacted(" ".join(words[1:])) or _vocab.phone_at_end(" ".join(words[1:])))
    )
    completes = (
        len(words) == 1
        and words[0].isalpha()
        and words[0][:1].isupper()
        and above is not None
        and above.kind is Kind.TEXT
        and len(above.text.split()) >= 2
        and all(_vocab.name_word(w) for w in above.text.split())
        and above.text.split()[-1][:1].isupper()
    )
    if not phone and not completes:
        return None
    n, page = line.number, line.page
    label_row = _lines.classify(f"{line.label}: {value}", n, page)
    if phone:
        # the contact's telephone and address, then the sender's row
        return None, [_lines.classify(line.rest, n, page), _lines.classify(address, n, page), label_row]
    assert above is not None  # (by ``completes``)
    completed = attrs.evolve(above, text=f"{above.text} {words[0]}")
    return completed, [_lines.classify(address, n, page), label_row]


def _value_under_main_row(above: Line | None, line: Line, after: list[Line]) -> bool:
    """Whether an Aan or Van row without a colon stands between a bare colofon label and that
    label's value of its own form (:func:`_own_form_value`) on the row under it: plain text reads
    the colofon's label on the row of the main column's row above, its value on the row below
    ("Datum" / "Van IND" / "21 maart 2023"), so the value would be read as the Aan or Van
    value's next line or the title's first."""
    return (
        above is not None
        and above.kind is Kind.LABEL
        and line.kind is Kind.LABEL_VALUE
        and ":" not in line.text
        and line.label.casefold() in _vocab.INLINE_LABELS
        and bool(after)
        and after[0].kind is Kind.TEXT
        and _own_form_value(above.label, after[0].text)
    )


def _own_form_value(label: str, text: str) -> bool:
    """Whether a whole row is a value of ``label`` by a form of that label's own: a date under a
    date's label, a reference under a reference's, a count under an attachment count's
    (:func:`_stacked_value_by_form`), a telephone number under a telephone's label, or a person's
    name with initials under a label whose value is a person ("Contactpersoon" / "drs. M.
    Yilmaz")."""
    if _stacked_value_by_form(label, text):
        return True
    if _vocab.key(label) in _vocab.PHONE_LABELS:
        return _vocab.is_phone(text)
    return _vocab.names_a_person(label) and _vocab.PERSON_WITH_INITIALS.match(text) is not None


def _surnames_after_labels(lines: list[Line]) -> list[Line]:
    """A "Van" row under a bare label that goes on with a surname's particle and a capital
    ("Opgesteld door" / "Van der Wal", "Kopie aan" / "Van 't Hof"): a surname, the label's value,
    not the sender's row (no sender's value starts with such a particle; see
    :data:`_vocab.VAN_SURNAME_PARTICLES`). A "Van" row with a colon stays the sender's."""
    out = list(lines)
    above: Line | None = None
    for index, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            continue
        if (
            above is not None
            and above.kind is Kind.LABEL
            and not above.rest
            and line.kind is Kind.LABEL_VALUE
            and line.label.casefold() == _vocab.SURNAME_LABEL
            and ":" not in line.text
            and _surname_rest(line.rest)
        ):
            out[index] = attrs.evolve(line, kind=Kind.TEXT, label="", rest="")
        above = line
    return out


def _surname_rest(rest: str) -> bool:
    """Whether what follows "Van" is the rest of a surname: a particle, then a capital ("der
    Wal", "'t Hof")."""
    words = rest.split(maxsplit=2)
    return len(words) >= 2 and words[0].casefold() in _vocab.VAN_SURNAME_PARTICLES and words[1][:1].isupper()


def _unsplice(lines: list[Line]) -> list[Line]:
    """Undo an extractor's splicing of the colofon into the "Aan"/"Van" rows.

    ``extract_text`` reads a page row by row, so a colofon label or value that stands on the same
    row as "Aan ..." or "Van ..." ends up at the end of that line: "Van CZW/CZ Datum" (the label
    Datum, its value on the next line) and, under a bare "Onze referentie", "Aan MBZK
    2023-0000700225" (the reference's value). Such lines are split back into their parts.
    """
    out: list[Line] = []
    skip = -1
    for index, line in enumerate(lines):
        if index == skip:
            continue
        if (name_at := _unit_name_under_unit_word(lines, index)) is not None:
            # "Directie" / "" / "Natuur en Biodiversiteit": the unit word, read as a bare label,
            # is the first word of the unit's name broken after it: one letterhead row
            name = lines[name_at].text
            out.append(attrs.evolve(line, text=f"{line.text} {name}", kind=Kind.TEXT, label="", rest=""))
            skip = name_at  # (the blank rows between follow as they are)
            continue
        if interleaved := _interleaved_head_row(line, out[-1] if out else None, lines[index + 1 : index + 2]):
            if interleaved[0] is not None:
                out[-1] = interleaved[0]
            out.extend(interleaved[1])
            skip = index + 1
            continue
        if stacked := _unit_over_addressee(line, lines[index + 1] if index + 1 < len(lines) else None):
            out.extend(stacked)
            skip = index + 1
            continue
        if _value_under_main_row(out[-1] if out else None, line, lines[index + 1 : index + 2]):
            # "Datum" / "Van IND" / "21 maart 2023": the bare colofon label's value, its own
            # form, read after the Aan or Van row beside it, put back under its label
            out.extend((lines[index + 1], line))
            skip = index + 1
            continue
        if (
            line.kind is Kind.TEXT
            and out
            and out[-1].kind in (Kind.LABEL, Kind.TEXT)
            and out[-1].text.endswith(":")
            and _vocab.key(out[-1].text) == _vocab.PURPOSE_LABEL
            and _vocab.key(line.text) in _vocab.PURPOSES
        ):
            # "Ter:" / "besluitvorming": the purpose printed as a head row, label over or beside
            # its value (a reading order gives them as two lines): the purpose line
            ter = out.pop()
            out.append(
                attrs.evolve(ter, text=f"{ter.text} {line.text}", kind=Kind.PURPOSE, label="", rest="")
            )
            continue
        pending_date = (
            line.kind is Kind.TEXT
            and bool(out)
            and out[-1].kind is Kind.LABEL
            and _vocab.label_concept(out[-1].label) is _vocab.Concept.DATE
        )
        if pending_date and (split := _split_trailing_date(line)):
            out.extend(split)  # under a bare "Datum": "Beslisnota ... 12 maart 2024"
            continue
        if (
            line.kind is Kind.TEXT
            and out
            and out[-1].kind is Kind.LABEL
            and not _fits_colofon(line.text)
            and index + 1 < len(lines)
            and _whole_value(lines[index + 1], out[-1].label)
            and not (index + 2 < len(lines) and lines[index + 2].text[:1].islower())
        ):
            # "Ons kenmerk" / "Geannoteerde agenda ... 25 juni 2024" / "Min-BuZa.2024.12345-27":
            # the title row, too wide for the colofon, came between the label and its value
            # (only a title of one row: a title that goes on under the value is left whole)
            out.extend((lines[index + 1], line))
            skip = index + 1
            continue
        if (
            line.kind is Kind.TEXT
            and out
            and out[-1].kind is Kind.LABEL
            and (value_split := _split_trailing_value(line, out[-1]))
        ):
            out.extend(value_split)  # under a bare "Onze referentie": "Titel ... 2021-0000098765"
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if line.kind is Kind.TEXT and (box_split := _split_trailing_post_box(line, nxt)):
            out.extend(box_split)  # a title's row: "Capaciteit ... 2025 Postbus 20301" / "2500 EH ..."
            continue
        if line.kind is Kind.ORDERED and (label_split := _split_trailing_words_label(line, nxt)):
            out.extend(label_split)  # a numbered heading's row: "1. Aanleiding Opgesteld door"
            continue
        if line.kind is Kind.TEXT and (label_split := _split_trailing_word_label(line, nxt)):
            out.extend(label_split)  # a title's row: "over de budgettaire tegenvallers Auteur"
            continue
        if (
            line.kind is Kind.LABEL_VALUE
            and ":" in line.text
            and line.label.casefold() in _vocab.INLINE_LABELS
            and out
            and out[-1].kind is Kind.LABEL
            and (n := _date_words_at_end(line.rest.split()))
            and _lines.unit_codes(" ".join(line.rest.split()[:-n]))
        ):
            # "Beslistermijn" / "Van: DGIS 14 juni 2024": the bare label's date, read on the
            # Aan/Van row beside it (an Aan or Van value of units' codes ends in no date)
            words = line.rest.split()
            head = " ".join(words[:-n])
            out.append(attrs.evolve(line, text=" ".join(words[-n:]), kind=Kind.TEXT, label="", rest=""))
            out.append(attrs.evolve(line, text=f"{line.label}: {head}", rest=head))
            continue
        if (
            line.kind is not Kind.LABEL_VALUE
            or ":" in line.text
            or line.label.casefold() not in _vocab.INLINE_LABELS
        ):
            out.append(line)
            continue
        words = line.rest.split()
        if (pair := _pair_at_end(words)) is not None:
            # "Van pDGBEL Onze referentie OCW/2024/556677": a colofon row of a label and its
            # value side by side, read on the Aan/Van row beside it
            head = " ".join(words[:pair])
            out.append(attrs.evolve(line, text=f"{line.label} {head}", rest=head))
            out.append(_lines.classify(" ".join(words[pair:]), line.number, line.page))
            continue
        if _code_over_spliced_unit(words, nxt):
            # "Aan MBZK DGDOO" / "Van DGDOO Directie Democratie": the colofon's unit code, its
            # name on the row under it, both beside the label rows
            out.append(attrs.evolve(line, text=f"{line.label} {words[0]}", rest=words[0]))
            out.append(attrs.evolve(line, text="", kind=Kind.BLANK, label="", rest=""))
            out.append(attrs.evolve(line, text=words[1], kind=Kind.TEXT, label="", rest=""))
            out.append(attrs.evolve(line, text="", kind=Kind.BLANK, label="", rest=""))
            continue
        if (codes := _codes_over_unit_tail(words, out[-1] if out else None)) is not None:
            # "Directie Internationaal" / "Van DGBEB Ondernemen": the unit's second line spliced
            # after the sender's code, put back under its first line
            head = " ".join(words[:codes])
            tail = " ".join(words[codes:])
            if _lone_unit_word(out[-1].text):
                # ("Directie" / "Van DGWZ Arbeidsverhoudingen": the unit word read as a bare
                # label is the unit's first line, its name the tail)
                unit_word = out[-1].text.rstrip(":")
                out[-1] = attrs.evolve(out[-1], text=f"{unit_word} {tail}", kind=Kind.TEXT, label="", rest="")
            else:
                out.append(attrs.evolve(line, text=tail, kind=Kind.TEXT, label="", rest=""))
            out.append(attrs.evolve(line, text=f"{line.label} {head}", rest=head))
            continue
        unit = _spliced_unit_at(words)
        if unit is not None:
            # "Aan Minister van IenW Directoraat-Generaal": the colofon's unit beside the row
            head = " ".join(words[:unit])
            out.append(attrs.evolve(line, text=f"{line.label} {head}", rest=head))
            out.append(attrs.evolve(line, text="", kind=Kind.BLANK, label="", rest=""))
            out.append(attrs.evolve(line, text=" ".join(words[unit:]), kind=Kind.TEXT, label="", rest=""))
            continue
        pending = out[-1] if out and out[-1].kind is Kind.LABEL else None
        concept = _vocab.label_concept(pending.label) if pending is not None else None
        value_words = 0
        if concept is _vocab.Concept.REFERENCE and len(words) >= 2 and _vocab.reference_word(words[-1], 0):
            # "2023-0000700225", also "DGNV-NV / 58775937" (a code, a slash, a number)
            spaced = len(words) >= 4 and _vocab.spaced_reference_at_end(words)
            value_words = 3 if spaced else 1
        elif concept is _vocab.Concept.DATE:
            # under a bare "Datum": "Van DGHO/HO&S 23 september 2024"
            value_words = _date_words_at_end(words)
        elif (
            pending is not None
            and (n := _date_words_at_end(words))
            and _lines.unit_codes(" ".join(words[:-n]))
        ):
            # under another bare label ("Beslistermijn"): "Van DGIS 14 juni 2024", the date after
            # units' codes, which end in no date
            value_words = n
        if value_words:
            head, value = " ".join(words[:-value_words]), " ".join(words[-value_words:])
            out.append(attrs.evolve(line, text=value, kind=Kind.TEXT, label="", rest=""))
            out.append(attrs.evolve(line, text=f"{line.label} {head}", rest=head))
            continue
        for n in (3, 2, 1):
            if len(words) > n and (label := _vocab.known_label(" ".join(words[-n:]))) is not None:
                if not words[-n][0].isupper():
                    continue
                head = " ".join(words[:-n])
                out.append(attrs.evolve(line, text=f"{line.label} {head}", rest=head))
                out.append(
                    attrs.evolve(line, text=" ".join(words[-n:]), kind=Kind.LABEL, label=label, rest="")
                )
                break
        else:
            out.append(line)
    return out


#: The first word of every known label, case-folded ("onze", "datum"): a cheap test before a
#: row's word is read as a label's start.
_LABEL_FIRST_WORDS: Final = frozenset(label.split(" ", 1)[0].casefold() for label in _vocab.LABELS)


#: The concepts of the main column's labels (Aan, Van), over the body beside the colofon.
_MAIN_COLUMN_CONCEPTS: Final = frozenset({_vocab.Concept.ADDRESSEE, _vocab.Concept.SENDER})


#: The fewest letters of a one-word heading over a list in lower case ("Opties", "Maatregelen").
_NOUN_HEADING_LETTERS: Final = 5


def _main_column_first(fields: list[Field]) -> list[Field]:
    """The fields with the main column's first: its Aan and Van, and a routing label read between
    them ("Aan" / "Via" / "Van"), then the others in the order read. Plain text follows the PDF's
    drawing order, which as often gives the colofon column beside the main column's rows first
    ("Datum", "Onze referentie", ... "Aan")."""
    main = [k for k, f in enumerate(fields) if _vocab.label_concept(f.label) in _MAIN_COLUMN_CONCEPTS]
    if not main or main == list(range(len(main))):
        return fields
    mains = set(main)
    front = [
        k
        for k in range(main[0], main[-1] + 1)
        if k in mains or _vocab.key(fields[k].label) in _vocab.ROUTING_LABELS
    ]
    # the main column's own labels stacked right under its last one ("Van" / "Kopie aan"),
    # read after the colofon: its rows go on, each label a few lines under the one above
    k = main[-1]
    while (
        k + 1 < len(fields)
        and _vocab.key(fields[k + 1].label) in _vocab.MAIN_COLUMN_LABELS
        and _stacked_under(fields[k], fields[k + 1])
    ):
        k += 1
        front.append(k)
    fronts = set(front)
    return [fields[k] for k in front] + [f for k, f in enumerate(fields) if k not in fronts]


#: The most lines a label of the main column stands under the one above it (the label's row and
#: a value of three lines).
_STACKED_LABEL_GAP: Final = 4


def _stacked_under(above: Field, field: Field) -> bool:
    """Whether a field's label stands a few lines under the one above it on the same page."""
    if above.origin is None or field.origin is None:
        return False
    if above.origin.line is None or field.origin.line is None or above.origin.page != field.origin.page:
        return False
    return 0 < field.origin.line - above.origin.line <= _STACKED_LABEL_GAP


def _pair_at_end(words: list[str]) -> int | None:
    """Where a known label (not Aan or Van) and a value of its form (a date after Datum, a
    reference, a count, Ja/Nee, names after a label of two words or more: what
    :func:`~._lines.classify` reads as a label with its value) end an Aan/Van row's value, after
    one word of it at least; None when they do not."""
    for k in range(1, len(words) - 1):
        if (
            not words[k][:1].isupper()
            or words[k].casefold() not in _LABEL_FIRST_WORDS
            or _vocab.key(words[k]) in _vocab.INLINE_LABELS
        ):
            continue
        if words[k - 1].casefold() in _vocab.CONTINUATION_WORDS:
            continue  # ("Minister van Onderwijs, Cultuur en Wetenschap": the name goes on)
        tail = _lines.classify(" ".join(words[k:]))
        if tail.kind is Kind.LABEL_VALUE and _vocab.key(tail.label) not in _vocab.INLINE_LABELS:
            return k
    return None


def _unit_over_addressee(line: Line, nxt: Line | None) -> tuple[Line, ...]:
    """ "Aan Ministerie van Defensie" / "Staatssecretaris van Defensie": the letterhead's unit,
    printed at the height of the bare label "Aan", read on its row; the addressee is the next row.

    Returns the label with its value and the unit, each a block (empty: no such rows). A unit
    that ends in a word that goes on ("Directoraat-generaal Klimaat en") wrapped: its last word
    ends the next row ("Minister voor Klimaat en Groene Groei Energie") and goes back to it.
    """
    if (
        line.kind is not Kind.LABEL_VALUE
        or nxt is None
        or nxt.kind is not Kind.TEXT
        or _vocab.label_concept(line.label) is not _vocab.Concept.ADDRESSEE
        or ":" in line.text
        or _vocab.UNIT_LINE.match(line.rest) is None
        or _vocab.ADDRESSEE_OFFICE.match(nxt.text) is None
    ):
        return ()
    unit, value = line.rest, nxt.text
    words = value.split()
    if _ends_with_continuation(unit) and len(words) > 3 and words[-1][:1].isupper():
        unit, value = f"{unit} {words[-1]}", " ".join(words[:-1])
    return (
        attrs.evolve(line, text=f"{line.label} {value}", rest=value),
        attrs.evolve(line, text="", kind=Kind.BLANK, label="", rest=""),
        attrs.evolve(line, text=unit, kind=Kind.TEXT, label="", rest=""),
        attrs.evolve(line, text="", kind=Kind.BLANK, label="", rest=""),
    )


#: Concepts whose value may be a long number: references, and the other labels of numbers
#: ("Notanummer", "Documentnummer", "Zaaknummer").
_NUMBER_VALUE_CONCEPTS: Final = frozenset({_vocab.Concept.REFERENCE, _vocab.Concept.OTHER})
#: A dash printed as a colofon value that is empty ("Uw brief" / "-").
_EMPTY_MARKS: Final = frozenset({"-", "\u2013"})


def _whole_value(line: Line, label: str) -> bool:
    """Whether a line is, by its form alone, a whole value of the label: a reference in one word
    with five digits or more (also for another label of a number), a date for a date label, or
    redaction ground codes."""
    if line.kind is not Kind.TEXT:
        return False
    words = line.text.split()
    concept = _vocab.label_concept(label)
    if concept is _vocab.Concept.DATE:
        return _fragments.is_date(line.text)
    if all(_vocab.GROUND_CODE.fullmatch(w.strip("[]()")) for w in words) and 0 < len(words) <= 3:
        return True
    return (
        concept in _NUMBER_VALUE_CONCEPTS
        and len(words) == 1
        and _vocab.reference_word(words[0])
        and not _fragments.is_date(words[0])
    )


def _whole_or_bare_value(line: Line, label: str) -> bool:
    """Whether a line is by its form a value of the label: a date for a date label, a count for
    a count label, a value by form (`_whole_value`, `_bare_value`) for another."""
    concept = _vocab.label_concept(label)
    if concept is _vocab.Concept.DATE:
        return _fragments.is_date(line.text)
    return _whole_value(line, label) or _bare_value(line.text, label)


#: The fewest labels stacked without values for a block of values found elsewhere to be theirs.
_MIN_STACKED: Final = 2


def _split_trailing_value(line: Line, label: Line) -> tuple[Line, Line] | None:
    """Under a bare reference label (or another label of a number, "Notanummer"), a row ending
    with a reference of six digits or more; under a bare "Nota actief openbaar", a row ending in
    "Ja" or "Nee"; under any bare label, a row ending with redaction ground codes or a lone dash:
    (the value, the rest of the row)."""
    words = line.text.split()
    if len(words) > 2 and words[-1] in _EMPTY_MARKS and words[-2][-1:].isalnum():
        # "Uw brief" / "Wijziging Wet langdurige zorg: zorgprofielen -": the dash that fills an
        # empty colofon value, glued to the title row beside it (a dash in a sentence has
        # words after it; a title does not end in one)
        row = _lines.classify(" ".join(words[:-1]), line.number, line.page)
        return attrs.evolve(line, text=words[-1]), row
    if (
        len(words) > 2
        and words[-1][:1].isupper()
        and _vocab.label_concept(label.label) is _vocab.Concept.ACTIVELY_PUBLIC
        and _fragments.parse_yes_no(words[-1]) is not None
        and sum(w.islower() for w in words[:-1]) >= 2
    ):
        # under a bare "Nota actief openbaar": "Kamerbrief over de huurtoeslag 2025 Ja", the
        # answer printed beside the title's row (a title does not end in "Ja" or "Nee")
        row = _lines.classify(" ".join(words[:-1]), line.number, line.page)
        return attrs.evolve(line, text=words[-1]), row
    n = _value_words_at_end(words)
    if not n or _date_words_at_end(words):
        return None
    value = " ".join(words[-n:])
    is_code = _vocab.GROUND_CODE.fullmatch(words[-1].strip("[]()")) is not None
    if not is_code and _vocab.label_concept(label.label) not in _NUMBER_VALUE_CONCEPTS:
        return None
    head = " ".join(words[:-n])
    if len(head.split()) < 2 or not any(c.islower() for c in head):
        return None  # "DGNV-NV 58775937": the whole row is the reference
    if is_code and _vocab.PERSON_WITH_INITIALS.match(head):
        # "P. de Wit 5.1.2e": a name with its ground code beside it (a box drawn over a name
        # still in the text layer) is the label's value, no row beside it
        return None
    return attrs.evolve(line, text=value), _lines.classify(head, line.number, line.page)


def _split_trailing_word_label(line: Line, nxt: Line | None) -> tuple[Line, Line] | None:
    """In the header zone, a one-word colofon label at the end of a row that is no label row,
    where the next line reads as its value (a code, a number, a redaction), not as the row's
    continuation ("... tijdelijke Directie" / "Participatie en Inclusie")."""
    if (several := _split_trailing_words_label(line, nxt)) is not None:
        return several
    head, _, last = line.text.rpartition(" ")
    if not head or not last[:1].isupper() or _is_column_row(line.text) or nxt is None:
        return None
    if not _reads_as_value(nxt.text) or _ends_with_continuation(head):
        return None
    if _unread_labels(line.text, nxt.text):
        return None  # (a row of labels over a row of values no form splits: kept, unplaced)
    label = _vocab.known_label(last)
    if label is None or _vocab.key(label) in _vocab.INLINE_LABELS or head.endswith(","):
        return None
    if _vocab.label_concept(label) is _vocab.Concept.PAGE or _ends_sentence(head):
        return None
    return (
        _lines.classify(head, line.number, line.page),
        attrs.evolve(line, text=last, kind=Kind.LABEL, label=_vocab.repaired_label(last), rest=""),
    )


def _split_trailing_post_box(line: Line, nxt: Line | None) -> tuple[Line, Line] | None:
    """In the header zone, a post box at the end of a row of the main column, the postcode and
    town under it ("Capaciteit gevangeniswezen: aanvullende maatregelen 2025 Postbus 20301" /
    "2500 EH Den Haag"): a row-by-row extractor put the colofon's address line beside the row.
    The row is split into its own text and the post box's line; a row holding another address
    part (a postcode, a street) is the address's own, kept whole."""
    m = _vocab.POST_BOX_AT_END.search(line.text)
    if m is None or nxt is None or _vocab.POSTCODE_TOWN.match(nxt.text) is None:
        return None
    head = line.text[: m.start()].rstrip()
    if len(head.split()) < _TITLE_BESIDE_ADDRESS_WORDS or _is_address(head) or _is_letterhead_like(head):
        return None
    return (
        _lines.classify(head, line.number, line.page),
        _lines.classify(m[1], line.number, line.page),
    )


def _split_trailing_words_label(line: Line, nxt: Line | None) -> tuple[Line, Line] | None:
    """In the header zone, a colofon label of two or three words at the end of a row of the main
    column, its value on the next line ("1. Aanleiding Opgesteld door" / "Beleidsmedewerker DOPS",
    "... Het mandaat Afgestemd met" / "DJZ, DFEZ, CDS"), or of one word over a whole value by its
    form ("1. Aanleiding Kenmerk" / "2024-0000456789"): a row-by-row extractor put the label
    beside the row. A label of capitalised words ends no sentence, so prose is no such row; the
    next line must read as a colofon value (short, no sentence, capitalised or a code)."""
    words = line.text.split()
    if nxt is None or nxt.kind is not Kind.TEXT or _is_column_row(line.text) or _two_labels(words):
        return None
    value = nxt.text
    if not (
        _fits_colofon(value) and not _ends_sentence(value) and (value[:1].isupper() or value[:1].isdigit())
    ):
        return None
    for n in (3, 2, 1):
        if len(words) <= n or not words[-n][:1].isupper():
            continue
        if (label := _tail_label(words, n)) is None:
            continue
        if _vocab.label_concept(label) is _vocab.Concept.PAGE:
            return None
        if n == 1 and not _whole_value(nxt, label):
            continue  # (a label of one word only over a value by its form: "1. Aanleiding Kenmerk")
        head = " ".join(words[:-n])
        if head.endswith(",") or _ends_sentence(head) or _ends_with_continuation(head):
            return None
        if _vocab.known_label(head) is not None:
            return None  # (a row of labels: read as such)
        return _split_off_label(line, words, n)
    return None


def _tail_label(words: list[str], n: int) -> str | None:
    """The known colofon label a row's last ``n`` words are (no inline label: "Aan", "Van"), or
    None."""
    label = _vocab.known_label(" ".join(words[-n:]))
    return None if label is None or _vocab.key(label) in _vocab.INLINE_LABELS else label


def _split_off_label(line: Line, words: list[str], n: int) -> tuple[Line, Line]:
    """The row ``line`` (its ``words``) split into its text and the colofon label of its last
    ``n`` words, a bare label whose value is on the next row."""
    tail = " ".join(words[-n:])
    return (
        _lines.classify(" ".join(words[:-n]), line.number, line.page),
        attrs.evolve(line, text=tail, kind=Kind.LABEL, label=_vocab.repaired_label(tail), rest=""),
    )


def _split_label_after_sentence(line: Line, nxt: Line, prev: Line | None = None) -> tuple[Line, Line] | None:
    """A body row whose sentence ends, then a known colofon label of two or three words, its first
    capitalised, its value on the next row ("... bij stations. Opgesteld door" / "Senior
    beleidsmedewerker"): a row-by-row extractor put the label beside the row after the sentence's
    full stop. The row is split into its text and the label. Prose where a sentence starts with
    capitalised words that are no known label ("... voor. Deze nota"), or under which no value
    stands (a row too wide for the colofon, or one that ends a sentence), stays whole. A short
    row is such a row only as the end of a sentence the row above (``prev``), a body row too wide
    for the colofon, left open ("... tegen hogere" / "kosten. Opgesteld door")."""
    words = line.text.split()
    if nxt.kind is not Kind.TEXT or _is_column_row(line.text) or _two_labels(words):
        return None
    value = nxt.text
    if not (_fits_colofon(value) and not _ends_sentence(value) and value[:1].isupper()):
        return None
    least = _GLUED_UNIT_ROW_WORDS  # (the row above asked only here: the tests above are cheaper)
    if (
        prev is not None
        and prev.kind is Kind.TEXT
        and not _fits_colofon(prev.text)
        and not _ends_sentence(prev.text)
    ):
        least = 1
    for n in (3, 2):
        if len(words) < n + least or not words[-n][:1].isupper():
            continue
        if not _ends_full_stop(words[-n - 1]):
            continue
        if (label := _tail_label(words, n)) is None:
            continue
        if _vocab.label_concept(label) is _vocab.Concept.PAGE:
            return None
        return _split_off_label(line, words, n)
    return None


def _split_heading_labels(lines: list[Line]) -> list[Line]:
    """A numbered known heading's row with a colofon label of two or three words beside it, its
    value on the next row ("1. Aanleiding Opgesteld door" / "Senior beleidsmedewerker DGMI"): a
    row-by-row extractor put the label beside the heading. The row is split into the heading and
    the label before the header zone is measured, so the heading ends the header (the label and
    its value are then a colofon pair read in the body, as any spliced there)."""
    out: list[Line] = []
    lifting, heading_at = False, 0  # under a heading a list's unit was split off (its row)
    for index, line in enumerate(lines):
        if (
            line.kind is Kind.TEXT
            and len(out) >= 2
            and out[-2].kind is Kind.LABEL
            and not out[-2].rest
            and (
                # the bare label's value under the heading a row-by-row extractor read between
                # them ("Kenmerk" / "1. Aanleiding" / "IENW/BSK-2025/31877", "Opgesteld door" /
                # "1. Aanleiding" / "mr. A. Martina")
                (
                    out[-1].kind is Kind.ORDERED
                    and _numbered_known_heading(out[-1].text)
                    and _own_form_value(out[-2].label, line.text)
                )
                # the bare count label's count under a list's first item read between them
                # ("Bijlagen" / "• de planning van de migratie;" / "2"; the item goes on with
                # its list)
                or (
                    out[-1].kind is Kind.BULLET
                    and _vocab.label_concept(out[-2].label) is _vocab.Concept.ATTACHMENT_COUNT
                    and _stacked_value_by_form(out[-2].label, line.text)
                )
            )
        ):
            # (the value under its label)
            out.insert(len(out) - 1, line)
            continue
        if (
            line.kind is Kind.TEXT
            and len(out) >= 2
            and out[-1].kind is Kind.ORDERED
            and _numbered_known_heading(out[-1].text)
            and _unit_under_list_heading(out[:-1], line.text)
            and not (index + 1 < len(lines) and _heading_goes_on(lines[index + 1]))
        ):
            # a list's unit alone under the heading a row-by-row extractor read between the list
            # and it ("Afgestemd met" / "2. Geadviseerd besluit" / "Rijkswaterstaat"): over the
            # heading, with the list; the list's next units alone under it follow
            out.insert(len(out) - 1, line)
            lifting, heading_at = True, len(out) - 1
            continue
        if line.kind is Kind.ORDERED and out and (value_split := _split_heading_glued_value(out[-1], line)):
            out.extend(value_split)  # "Ons kenmerk" / "1. Aanleiding 2025-0000123456"
            continue
        if line.kind is Kind.ORDERED and index + 1 < len(lines):
            split = _split_trailing_words_label(line, lines[index + 1])
            if split is not None and _numbered_known_heading(split[0].text):
                out.extend(split)
                continue
        if (
            line.kind is Kind.TEXT
            and index + 1 < len(lines)
            and (after := _split_label_after_sentence(line, lines[index + 1], out[-1] if out else None))
        ):
            out.extend(after)  # "... bij stations. Opgesteld door" / "Senior beleidsmedewerker"
            continue
        if line.kind is Kind.ORDERED and out and (code_split := _heading_glued_code(line, out[-1])):
            if _code_over_heading(out[-1]):
                out.extend(code_split)  # "Kopie aan" / "DWJZ" / "2. Geadviseerd besluit FEZ"
                lifting, heading_at = True, len(out) - 1
                continue
            if _post_over_heading(out[-1]):
                out.extend(code_split)  # "Coördinerend" / "beleidsmedewerker" / "2. Kern AFP"
                continue
        if lifting and line.kind is Kind.TEXT and _vocab.UNIT_CODE.fullmatch(line.text.strip()):
            nxt = lines[index + 1].text if index + 1 < len(lines) else ""
            if not nxt[:1].islower():  # (a code a sentence goes on after is the sentence's)
                # the list's next unit alone under the heading or between its section's rows:
                # over the heading, with the list
                out.insert(heading_at, line)
                heading_at += 1
                continue
        if (
            lifting
            and line.kind is Kind.TEXT
            and _unit_code_after_stop(
                words := line.text.split(), lines[index + 1].text if index + 1 < len(lines) else ""
            )
        ):
            # the list's next unit glued after the full stop of its section's body row, where the
            # list's column stands ("Afgestemd met" / "2. Geadviseerd besluit" / "Rijkswaterstaat"
            # / "... van de projecten. DGWB" / "FEZ"): over the heading, with the list; the row
            # goes on the body without it
            out.insert(heading_at, _lines.classify(words[-1], line.number, line.page))
            heading_at += 1
            out.append(_lines.classify(" ".join(words[:-1]), line.number, line.page))
            continue
        lifting = lifting and line.kind is Kind.TEXT
        out.append(line)
    return out


def _heading_goes_on(line: Line) -> bool:
    """Whether ``line``, the row under a lone unit's row under a numbered known heading, shows the
    unit's row is the heading's body (:func:`_unit_under_list_heading`): a sentence going on in
    lower case, or the next numbered known heading, which would leave the heading without a word
    ("2. Geadviseerd besluit" / "Akkoord" / "3. Kern": the section's one row)."""
    return line.text[:1].islower() or (line.kind is Kind.ORDERED and _numbered_known_heading(line.text))


def _lone_unit_row(text: str) -> bool:
    """Whether a row is one unit as a list of units gives it, alone on its row: a unit's code
    ("DGPenV", "FEZ") or a short name of capitalised words, no label, heading or sentence
    ("Rijkswaterstaat", "CIO Rijk"); a decision's option ("Akkoord") is none."""
    words = text.split()
    if len(words) == 1 and _vocab.LISTED_UNIT_CODE.fullmatch(words[0]):
        return True
    return (
        1 <= len(words) <= _LIST_UNIT_WORDS
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and _vocab.known_label(text) is None
        and not _known_heading(text)
        and _vocab.DECISION_OPTIONS_ROW.match(text) is None
    )


#: The most words of a unit's name alone on a row in a list of units ("CIO Rijk").
_LIST_UNIT_WORDS: Final = 3


def _unit_under_list_heading(above: list[Line], text: str) -> bool:
    """Whether ``text``, the row under a numbered known heading, is the next unit of a list of
    units over the heading: under a bare list label ("Afgestemd met" / "2. Kern" / "DGPenV"),
    with the list's units alone on their rows between them ("Afgestemd met" / "CIO Rijk" /
    "2. Geadviseerd besluit" / "DGOO"), or a unit's code under a unit's code ("DB" / "2. ..." /
    "FEZ"). A row-by-row extractor read the heading between the list's rows."""
    if not _lone_unit_row(text):
        return False
    k = len(above) - 1
    if (
        k >= 0
        and above[k].kind is Kind.TEXT
        and _vocab.UNIT_CODE.fullmatch(above[k].text.strip())
        and _vocab.UNIT_CODE.fullmatch(text.strip())
    ):
        return True
    while k >= 0 and above[k].kind is Kind.TEXT and _lone_unit_row(above[k].text):
        k -= 1
    return (
        k >= 0
        and above[k].kind is Kind.LABEL
        and not above[k].rest
        and _vocab.key(above[k].label) in _vocab.UNIT_LIST_LABELS
    )


def _split_heading_glued_value(prev: Line, line: Line) -> tuple[Line, Line] | None:
    """A numbered known heading's row with a whole value by its form glued to its end, under the
    bare label it is the value of ("Ons kenmerk" / "1. Aanleiding 2025-0000123456"): a row-by-row
    extractor put the label's value beside the heading. The value goes under its label, the
    heading stays its own row."""
    if prev.kind is not Kind.LABEL or prev.rest:
        return None
    head, _, tail = line.text.rstrip().rpartition(" ")
    if not _numbered_known_heading(head):
        return None
    value = _lines.classify(tail, line.number, line.page)
    if not _whole_value(value, prev.label):
        return None
    return value, _lines.classify(head, line.number, line.page)


def _heading_glued_code(line: Line, prev: Line) -> tuple[Line, Line] | None:
    """A numbered known heading's row with a unit's code glued to its end ("2. Geadviseerd besluit
    FEZ"), split into the code's row and the heading's; None for any other row. Whose the code is
    the row above, ``prev``, says (:func:`_code_over_heading`, :func:`_post_over_heading`). Under
    a list of units (:func:`_code_over_heading`) a unit's name of one capitalised word alone
    (:func:`_lone_unit_row`) is the list's next unit too ("FEZ" / "1. Aanleiding
    Rijkswaterstaat"): a numbered known heading is never a unit."""
    head, _, code = line.text.rstrip().rpartition(" ")
    unit = _vocab.UNIT_CODE.fullmatch(code) is not None or (
        _code_over_heading(prev) and code.isalpha() and _lone_unit_row(code)
    )
    if not unit or not _numbered_known_heading(head):
        return None
    return (
        _lines.classify(code, line.number, line.page),
        _lines.classify(head, line.number, line.page),
    )


def _code_over_heading(prev: Line) -> bool:
    """Whether a unit's code glued to a numbered heading's end (:func:`_heading_glued_code`) goes
    over the heading, under ``prev``: a list label of units or a unit's code alone ("Kopie aan" /
    "DWJZ" / "2. Geadviseerd besluit FEZ"): a row-by-row extractor put the list's next unit beside
    the heading. The code goes with the list's other units; the heading stays its own row. A
    heading ending in a code under body text ("... de NCTV." / "2. Advies NCTV") is left whole."""
    return (
        prev.kind is Kind.LABEL and not prev.rest and _vocab.key(prev.label) in _vocab.UNIT_LIST_LABELS
    ) or (prev.kind is Kind.TEXT and _vocab.UNIT_CODE.fullmatch(prev.text.strip()) is not None)


def _post_over_heading(prev: Line) -> bool:
    """Whether a unit's code glued to a numbered heading's end (:func:`_heading_glued_code`) goes
    under ``prev``, a drafter's post read without its unit ("Opgesteld door" / "Coördinerend" /
    "beleidsmedewerker" / "2. Kern AFP"): a row-by-row extractor put the post's unit beside the
    heading. The heading stays its own row: a heading is never part of a field's value."""
    post = prev.text.strip()
    return prev.kind is Kind.TEXT and _fits_colofon(post) and _post_without_unit(post)


def _numbered_known_heading(text: str) -> bool:
    """Whether a row is a numbered heading of the vocabulary ("1. Aanleiding")."""
    number, words = _vocab.heading_number(text)
    return number is not None and _known_heading(words)


def _two_labels(words: list[str]) -> bool:
    """Whether a row is two known labels, Aan and Van not among them ("Datum Bijlagen")."""
    if len(words) > _LABEL_ROW_WORDS or not _vocab.opens_label(words[0]):
        return False
    labels = _labels_of_row(words)
    return (
        labels is not None
        and len(labels) == _ROW_OF_TWO
        and not any(label.casefold() in _vocab.INLINE_LABELS for label in labels)
    )


#: The labels of a row that :func:`_split_trailing_label` leaves whole.
_ROW_OF_TWO: Final = 2


#: A reference's first part ending in its separator ("DGBI /", "IENW/BSK-"): its number follows.
_REFERENCE_OPEN: Final = re.compile(r"^\S.*?\s?[/\-\u2013]$")
#: A reference's number alone on its row ("44314491", "2023.1234", "DIO-2023/123").
_REFERENCE_REST: Final = re.compile(r"^[\w.\-/]*\d[\w.\-/]*$")


def _references_over_rows(lines: list[Line]) -> list[Line]:
    """A reference printed as its unit's code on the label's row and its number on the next row
    ("Onze referentie: DGBI /" / "44314491", "Kenmerk  DGED /" / "44314491" without a colon):
    one reference, its parts joined by the separator that is printed ("DGBI / 44314491"; a
    separator glued to the code goes on without a space, "IENW/" / "318844"). Only where the
    row's value ends in that separator and the row under it is a number of a reference's form."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and nxt.kind is Kind.TEXT and _REFERENCE_REST.match(nxt.text):
            pair = _reference_opening(line)
            if pair is not None:
                label, value = pair
                space = " " if value[-2:-1] == " " else ""
                out.append(_lines.classify(f"{label}: {value}{space}{nxt.text}", line.number, line.page))
                k += 2
                continue
        out.append(line)
        k += 1
    return out


def _reference_opening(line: Line) -> tuple[str, str] | None:
    """The reference label and the value's first part ending in its separator that a row holds
    ("Onze referentie: DGBI /", "Kenmerk DGED /"), or None."""
    if line.kind is Kind.LABEL_VALUE:
        label, value = line.label, line.rest.strip()
    elif line.kind is Kind.TEXT and line.text[-1:] in "/-\u2013" and _vocab.may_open_label(line.text):
        words = line.text.split()
        cut = next(
            (n for n in (3, 2, 1) if n < len(words) and _vocab.is_printed_label(" ".join(words[:n]))),
            0,
        )
        if not cut:
            return None
        label, value = _vocab.repaired_label(" ".join(words[:cut])), " ".join(words[cut:])
        if not value[:1].isupper():
            return None  # (a unit's code opens the value: "DGBI /")
    else:
        return None
    if _vocab.label_concept(label) is not _vocab.Concept.REFERENCE or not _REFERENCE_OPEN.match(value):
        return None
    return label, value


def _opens_postal_address(lines: list[Line], position: int) -> bool:
    """Whether the row at position opens an address under an Aan/Van value printed under its
    label ("Van" / "DG Wonen" / "2511 DP  Den Haag"): a Dutch postcode and its town, or a street
    and its number or a post box right over one ("Turfmarkt 147" / "2511 DP  Den Haag"). It is
    the letterhead's address printed beside or under the value, no more of the value; with its
    street, the whole address, never half of it."""
    text = lines[position].text
    if _vocab.POSTCODE_TOWN.match(text) is not None:
        return True
    nxt = lines[position + 1] if position + 1 < len(lines) else None
    return (
        nxt is not None
        and (
            _vocab.STREET.match(text) is not None
            or _vocab.STREET_WITH_NUMBER.match(text) is not None
            or _vocab.POST_BOX_OPENING.match(text) is not None  # ("Postbus 90801")
        )
        and _vocab.POSTCODE_TOWN.match(nxt.text) is not None
    )


def _unfilled_label_rows(lines: list[Line]) -> list[Line]:
    """The head's lines with a row of two or more labels, Aan and Van not among them, and no
    values printed ("Datum Kenmerk", "Datum Kenmerk Bijlagen": an unfilled template's colofon)
    right over the title, the head's last row, split into the labels, each alone on its line
    (empty fields). A row of two labels is left whole where a label at a row's end is split off
    (:func:`_split_trailing_label`), to be split by the row of values under it, which here is
    the title; a row of more labels whose last label :func:`_split_trailing_label` split off
    ("Datum Kenmerk" / "Bijlagen", one printed row) is read whole again."""
    out = list(lines)
    for k in range(len(lines) - 2, -1, -1):
        line = lines[k]
        span = 1
        if (
            k + 2 < len(lines)
            and lines[k + 1].kind is Kind.LABEL
            and lines[k + 1].number == line.number
            and line.kind is Kind.TEXT
        ):
            span = 2  # (the row's last label split off it: the row as printed)
            line = attrs.evolve(line, text=f"{line.text} {lines[k + 1].text}")
        if (
            line.kind not in (Kind.TEXT, Kind.LABEL_VALUE)
            or lines[k + span].kind is not Kind.TEXT
            or ":" in line.text
        ):
            continue
        words = line.text.split()
        if len(words) > _LABEL_ROW_WORDS or not _vocab.opens_label(words[0]):
            continue
        labels = _labels_of_row(words)
        if (
            labels is None
            or len(labels) < 2
            or any(label.casefold() in _vocab.INLINE_LABELS for label in labels)
        ):
            continue
        after = _page_neighbour(lines, k + span, 1)
        if after is None or (after.kind in (Kind.TEXT, Kind.HEADING) and _known_heading(after.text)):
            out[k : k + span] = [_unfilled_label(label, line) for label in labels]
    return out


def _unfilled_label(label: str, row: Line) -> Line:
    """One label of a row of labels printed with no values (:func:`_unfilled_label_rows`): a
    label with its value, empty, on the row's line, so the row under it is no value of it."""
    line = _lines.classify(label, row.number, row.page)
    return attrs.evolve(line, kind=Kind.LABEL_VALUE, rest="") if line.kind is Kind.LABEL else line


def _unread_labels(text: str, under: str) -> bool:
    """Whether row ``text`` is two or more known labels, no colon, Aan and Van not among them,
    over row ``under`` of a word or more for each label that does not split into their values by
    form (:func:`_values_by_form`) and is no value of the first label alone (the first of a
    column of values, a row each)."""
    words = text.split()
    if ":" in text or len(words) > _LABEL_ROW_WORDS or not _vocab.opens_label(words[0]):
        return False
    labels = _labels_of_row(words)
    return (
        labels is not None
        and len(labels) >= 2
        # (Aan or Van among them: a row of the head's main column, as read before)
        and not any(label.casefold() in _vocab.INLINE_LABELS for label in labels)
        # (fewer words than labels: no value for each, the row is no row of their values)
        and len(under.split()) >= len(labels)
        and _values_by_form(labels, under.split()) is None
        and not (
            _fragments.is_date(under)
            if _vocab.label_concept(labels[0]) is _vocab.Concept.DATE
            else not _fragments.is_date(under) and _bare_value(under, labels[0])
        )
    )


def _reads_as_value(text: str) -> bool:
    """A colofon value by its form: digits, a redaction, one or two capitalised codes, Ja/Nee."""
    words = text.split()
    return bool(words) and (
        any(c.isdigit() for c in text)
        or _fragments.is_redacted(text)
        or (len(words) <= 2 and all(w.isupper() for w in words))
        or (len(words) == 1 and _fragments.parse_yes_no(text) is not None)
    )


def _split_trailing_date(line: Line) -> tuple[Line, Line] | None:
    """A row that ends with a whole date: (the date, the rest of the row), or None."""
    words = line.text.split()
    if _fragments.is_date(line.text):
        return None  # the whole row is the date ("1 1 oktober 2024")
    n = _date_words_at_end(words)
    head = " ".join(words[:-n])
    if not n or not any(c.isalpha() for c in head):
        return None
    return attrs.evolve(line, text=" ".join(words[-n:])), _lines.classify(head, line.number, line.page)


def _date_words_at_end(words: list[str]) -> int:
    """How many of the last words, after at least one other, make a whole date ("13 februari
    2024" or "29-05-2020"), with the day of the week printed before it ("dinsdag 13 februari
    2024": the weekday is part of the date, not a word of the row it would be left in); 0 when
    they make none."""
    if not words or not _ends_in_digit(words[-1]):
        return 0
    n = next((n for n in (3, 1) if len(words) > n and _fragments.is_date(" ".join(words[-n:]))), 0)
    if n and len(words) > n and words[-n - 1].casefold() in _vocab.WEEKDAYS:
        n += 1
    return n


#: The most words of a row of labels over a row of their values ("Datum Kenmerk Bijlage(n)").
_LABEL_ROW_WORDS: Final = 8


def _foot_label_rows(
    raw: list[tuple[int, int, str]],
) -> tuple[list[tuple[int, int, str]], frozenset[int], list[tuple[int, int, str]]]:
    """A colofon of labels over values set as a table of one row at a page's foot ("Datum
    Kenmerk Bijlage(n)" / "16 december 2026 DGNV / 26412881 1"), right over the page line or the
    page's end, or under the head's label rows (:func:`_under_head_row`; also a second such
    row right under the first's values, "Opgesteld door Bijlagen" / "mr. J. de Vries 2"): each
    label a row with its value. Row-by-row extractors write the labels on one row and the values
    on the next, each value then read by its label's form (a date, a count; one label of no form
    takes the words between); extractors that write the cells a line each give the labels a row each and
    the values a row each, in the same order. A row of labels anywhere else (a table's head in
    the body, a head-form grid) stays as it is. Also the line numbers of the rows of labels that
    head such a table of the body (:func:`_body_table_head`, under a section's heading): text,
    no labels. Also the rows of such a colofon at the foot whose values no form splits
    (:func:`_unread_labels`: "Kenmerk  Lijnparaaf  Medeparaaf" / "DGNV / 26412881 JdV PB"): which
    words are whose is not certain, both rows are kept whole (for Nota.unplaced), taken out."""
    out: list[tuple[int, int, str]] = []
    unread: list[tuple[int, int, str]] = []
    table_heads: set[int] = set()
    head_end = -1  # (the end of such a table read under the head's label rows: one more may follow)
    i, n = 0, len(raw)
    while i < n:
        text = raw[i][2].lstrip()
        if (
            text[:1].isupper()
            and _vocab.opens_label(text.split(maxsplit=1)[0])
            and (found := _labels_over_values_at(raw, i)) is not None
        ):
            run, pairs, end = found
            labels = [label for label, _ in pairs]
            page = raw[i][1]
            at_foot = _at_page_foot(raw, end, page)
            table = _body_table_head(raw, i, labels)
            under_head = len(run) == 1 and (
                _under_head_row(raw, i) or (head_end >= 0 and _next_raw(raw, head_end) == i)
            )
            if (
                (at_foot or under_head)
                and not (at_foot and table)
                and not _labels_given(raw, i, labels)
                and not _signed_row(labels)
            ):
                if len(run) == 1:
                    out.extend((raw[i][0], page, f"{label}: {value}") for label, value in pairs)
                    if under_head:
                        head_end = end
                else:
                    out.extend(
                        (raw[r][0], page, f"{label}: {value}")
                        for r, (label, value) in zip(run, pairs, strict=True)
                    )
                i = end
                continue
            if table and _under_text(raw, i) and any(_known_heading(row.strip()) for _, _, row in raw[:i]):
                table_heads.update(raw[r][0] for r in run)
        elif (
            text[:1].isupper()
            and _vocab.opens_label(text.split(maxsplit=1)[0])
            and (j := _unread_foot_row(raw, i))
        ):
            unread.extend((raw[i], raw[j]))
            i = j + 1
            continue
        out.append(raw[i])
        i += 1
    return out, frozenset(table_heads), unread


#: Why an attachment table's header with no row under it is kept in Nota.unplaced.
_EMPTY_TABLE: Final = "attachment table header without rows (kept in Nota.unplaced)"
#: Why a row of labels and the row of values under it are kept in Nota.unplaced.
_UNREAD_ROWS: Final = "Expected a row of values that splits by its labels' forms (kept in Nota.unplaced)"


def _unread_foot_row(raw: list[tuple[int, int, str]], i: int) -> int:
    """The index of the row of values under row i where row i is a row of colofon labels at a
    page's foot (:func:`_at_page_foot`) over values that no form splits (:func:`_unread_labels`),
    as :func:`_foot_label_rows` reads a foot colofon otherwise (no table's head, no labels the
    nota gave already, no signed row); 0 where it is not."""
    page, text = raw[i][1], raw[i][2].strip()
    j = _next_raw(raw, i + 1)
    if j >= len(raw) or raw[j][1] != page or not _at_page_foot(raw, j + 1, page):
        return 0
    if not _unread_labels(text, raw[j][2].strip()) or _after_lead_in(raw, i):
        return 0
    labels = _labels_of_row(text.split()) or []
    if _body_table_head(raw, i, labels) or _labels_given(raw, i, labels) or _signed_row(labels):
        return 0
    return j


def _signed_row(labels: list[str]) -> bool:
    """Whether a row of labels holds a paraph's ("Datum  Paraaf" over "19 maart 2026  EH"): the
    row of a decision block, signed and dated when the decision was taken, no colofon; its date
    is the decision's, not the nota's. A row that also names a reference is the nota's colofon
    ("Datum  Kenmerk  Lijnparaaf" over "12 maart 2026  IENW/BSK-2026/48213  JdV": the line's
    paraph beside the date and reference): a decision block is numbered by no reference."""
    return any(_vocab.key(label) in _vocab.PARAPH_LABELS for label in labels) and not any(
        _vocab.label_concept(label) is _vocab.Concept.REFERENCE for label in labels
    )


def _labels_over_values_at(
    raw: list[tuple[int, int, str]], i: int
) -> tuple[list[int], list[tuple[str, str]], int] | None:
    """Row i as a row of labels over a row of values that splits by the labels' forms, or the
    labels' rows from row i over as many rows of values (the cells a line each): the labels'
    rows, each label with its value, and the index after the values; None for any other row."""
    page, text = raw[i][1], raw[i][2]
    words = text.split()
    if len(words) > _LABEL_ROW_WORDS or _after_lead_in(raw, i):
        return None  # (a table in the body under its lead-in: "U reageert op de volgende brief:")
    labels = _labels_of_row(words)
    if labels is not None and len(labels) >= 2:
        j = _next_raw(raw, i + 1)
        if j >= len(raw) or raw[j][1] != page:
            return None
        values = _values_by_form(labels, raw[j][2].split())
        if values is None:
            return None
        return [i], list(zip(labels, values, strict=True)), j + 1
    if labels is None or len(labels) != 1:
        return None
    run = [i]
    k = i + 1
    while k < len(raw) and raw[k][1] == page and _vocab.known_label(raw[k][2].strip()) is not None:
        run.append(k)
        k += 1
    if len(run) < 2 or k + len(run) > len(raw):
        return None
    cells = raw[k : k + len(run)]
    if any(c[1] != page or not c[2].strip() or _vocab.known_label(c[2].strip()) is not None for c in cells):
        return None
    pairs = [(raw[r][2].strip(), c[2].strip()) for r, c in zip(run, cells, strict=True)]
    if any(
        _values_by_form([_vocab.known_label(label) or ""], value.split()) is None for label, value in pairs
    ):
        return None
    return run, pairs, k + len(run)


def _body_table_head(raw: list[tuple[int, int, str]], i: int, labels: list[str]) -> bool:
    """Whether a row of labels at a page's foot (row i) heads a table of the body, no colofon: a
    label of the subject among them ("Datum  Onderwerp" over a debate's date and subject: a
    nota's subject stands over its body, at its head, :func:`_titled`), or a section's heading
    right above it ("Planning" / "Datum  Onderwerp": a heading heads text)."""
    if any(_vocab.label_concept(label) is _vocab.Concept.TITLE for label in labels) and _titled(raw, i):
        return True
    return _known_heading(_row_above(raw, i))


def _titled(raw: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the nota's subject stands over its body above row i: the row right over the first
    known heading is no head's label row ("Voortgang aanpak krapte arbeidsmarkt" / "Aanleiding").
    Where the head's rows run into the first heading ("Van DG Werk" / "Aanleiding") the subject
    is still to come, and a foot colofon's "Betreft" gives it."""
    h = next((k for k in range(i) if _known_heading(raw[k][2].strip())), None)
    if h is None:
        return True
    row = _row_above(raw, h)
    return bool(row) and not (row[:1].isupper() and _vocab.opens_label(row.split(maxsplit=1)[0]))


def _row_above(raw: list[tuple[int, int, str]], i: int) -> str:
    """The text of the row with text above row i, stripped ("" if none)."""
    k = i - 1
    while k >= 0 and not raw[k][2].strip():
        k -= 1
    return raw[k][2].strip() if k >= 0 else ""


def _under_text(raw: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the row with text above row i is a heading or ends a sentence: row i opens what
    follows (not a column's head after another's, "Nr." / "Titel" / "Kenmerk")."""
    row = _row_above(raw, i)
    return bool(row) and (_known_heading(row) or _ends_full_stop(row))


def _under_head_row(raw: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the row with text above row i is a head's label row with its colon ("Van:
    Directeur Begrotingszaken", "Afschrift aan:"), or the head's purpose or kind line alone
    ("TER INFORMATIE", "Nota"): a row of labels over values there is more of the head's colofon,
    in plain text set single-spaced ("Datum Kenmerk Bijlagen" / "12 maart 2026
    2026-0000123456 2")."""
    row = _row_above(raw, i)
    label, colon, _ = row.partition(":")
    if not colon:
        return _vocab.PURPOSE_LINE.match(row) is not None or (row[:1].isupper() and _vocab.is_kind(row))
    return row[:1].isupper() and _vocab.known_label(label) is not None


def _after_lead_in(raw: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the row with text above row i ends in a colon: a lead-in over a table in the body
    (not a label alone with its colon, "Afschrift aan:", a head's row with no value)."""
    row = _row_above(raw, i)
    if not row.endswith(":"):
        return False
    return not (row[:1].isupper() and _vocab.known_label(row[:-1]) is not None)


def _labels_given(raw: list[tuple[int, int, str]], i: int, labels: list[str]) -> bool:
    """Whether a row above row i opens with one of ``labels`` (as a label: alone, with a colon or
    a value after it): the nota's colofon gave it already, and the row of labels at the foot is a
    table of something else (the letter a nota answers: its date, reference, attachments)."""
    keys = {_vocab.key(label) for label in labels}
    for _, _, text in raw[:i]:
        row = text.strip()
        if row[:1].isupper() and _vocab.opens_label(row.split(maxsplit=1)[0]):
            head = row.split(":", 1)[0] if ":" in row else row
            if _vocab.key(head) in keys or any(
                _vocab.key(" ".join(head.split()[:n])) in keys for n in (1, 2)
            ):
                return True
    return False


def _labels_of_row(words: list[str]) -> list[str] | None:
    """The known labels a row is made of, in order, each of one to three words (None if a word
    belongs to no label)."""
    labels: list[str] = []
    p = 0
    while p < len(words):
        for size in (3, 2, 1):
            span = " ".join(words[p : p + size])
            if p + size <= len(words) and _vocab.known_label(span) is not None:
                labels.append(span)
                p += size
                break
        else:
            return None
    return labels


def _next_raw(raw: list[tuple[int, int, str]], k: int) -> int:
    while k < len(raw) and not raw[k][2].strip():
        k += 1
    return k


def _at_page_foot(raw: list[tuple[int, int, str]], k: int, page: int) -> bool:
    """Whether row k (blank rows passed) is the page line, on the next page or past the end."""
    k = _next_raw(raw, k)
    return k >= len(raw) or raw[k][1] != page or _vocab.PAGE_LINE_START.match(raw[k][2].strip()) is not None


def _form_span(concept: _vocab.Concept, words: list[str], *, from_end: bool) -> int | None:
    """How many words at the start (or end) of ``words`` are a value of the concept's form, or
    None if none are; 0 for a concept of no form. The one place the colofon values' forms are
    read, for a row of values under a row of labels (:func:`_values_by_form`) and for a column
    of them under stacked labels (:func:`_stacked_value_by_form`):

    - a date: one to four words :func:`_fragments.parse_date` reads ("13 februari 2024",
      "29-05-2020");
    - a reference: one token of letters, digits and ./- with a digit, no date and no telephone
      number ("2024-0000123456", "IENW/BSK-2022/248639", "BS2024021319"), or a unit's code and
      a number, a slash set apart between them or not ("DGNV / 26412881", "DGNV-NV 58775937");
    - an attachment count: one or two digits."""
    if not words:
        return None
    if concept is _vocab.Concept.DATE:
        for size in range(1, min(4, len(words)) + 1):
            span = words[len(words) - size :] if from_end else words[:size]
            try:
                _fragments.parse_date(" ".join(span))
            except FormatError:
                continue
            return size
        return None
    if concept is _vocab.Concept.REFERENCE:
        for size in range(min(3, len(words)), 0, -1):
            if _reference_words(words[len(words) - size :] if from_end else words[:size]):
                return size
        return None
    if concept is _vocab.Concept.ATTACHMENT_COUNT:
        return 1 if _COUNT_VALUE.match(words[-1] if from_end else words[0]) else None
    return 0


def _reference_words(words: list[str]) -> bool:
    """Whether ``words`` are a reference by its form (see :func:`_form_span`)."""
    if len(words) == 1:
        word = words[0]
        return (
            _vocab.REFERENCE_TOKEN.match(word) is not None
            and not _fragments.is_date(word)
            and not _vocab.is_phone(word)
        )
    return (
        _vocab.REFERENCE_UNIT_CODE.match(words[0]) is not None
        and (len(words) == 2 or words[1] == "/")
        and words[-1].isdigit()
        and len(words[-1]) >= _vocab.REFERENCE_DIGITS
    )


def _values_by_form(labels: list[str], words: list[str]) -> list[str] | None:
    """The values of a row of labels read off the row of values under them: each label of a form
    (:func:`_form_span`) from the row's start (before the one label of no form) or end (after
    it), that one label the words between. None if the words do not fit."""
    concepts = [_vocab.label_concept(label) for label in labels]
    free = [k for k, c in enumerate(concepts) if _form_span(c, ["x"], from_end=False) == 0]
    if len(free) > 1:
        return None
    cut = free[0] if free else len(labels)
    values: list[str] = [""] * len(labels)
    rest = list(words)
    for k in range(cut):
        size = _form_span(concepts[k], rest, from_end=False) if rest else None
        if not size:
            return None
        values[k], rest = " ".join(rest[:size]), rest[size:]
    for k in range(len(labels) - 1, cut, -1):
        size = _form_span(concepts[k], rest, from_end=True) if rest else None
        if not size:
            return None
        values[k], rest = " ".join(rest[len(rest) - size :]), rest[: len(rest) - size]
    if free:
        if not rest:
            return None
        values[cut] = " ".join(rest)
    elif rest:
        return None
    return values


def _split_kind_purpose(line: Line) -> tuple[Line, ...]:
    """A kind word with the purpose beside it, "Nota (ter beslissing)": the kind line and the
    purpose line; empty for any other line. (A printed line, no splice: also in marked text.)"""
    kind = _vocab.KIND_WITH_PURPOSE.match(line.text)
    if kind is not None and _vocab.key(kind[1]) in _vocab.KINDS:
        parts = tuple(_lines.classify(part, line.number, line.page) for part in (kind[1], kind[2]))
        if parts[1].kind is Kind.PURPOSE:
            return parts
    return _kind_beside_purpose(line)


#: The longest row read as a kind line and a purpose beside it (:func:`_kind_beside_purpose`).
_KIND_PURPOSE_ROW: Final = 80


def _kind_beside_purpose(line: Line) -> tuple[Line, ...]:
    """A kind line and a purpose phrase beside it on one row, either way round and the purpose
    in any case ("Nota Ter beslissing", "Ter accordering Nota", "Notitie voor de minister-president
    Ter voorbereiding"), as an extractor that sorts by rows joins the stamp and the kind with one
    space: the two lines in printed order; empty for any other line. Both parts must read whole,
    the kind as a kind line and the rest as a purpose line."""
    text = line.text
    if len(text) > _KIND_PURPOSE_ROW or not any(map(text.__contains__, _vocab.PURPOSE_WORD_IN_ROW)):
        return ()
    words = text.split()
    for i, word in enumerate(words):
        if word.casefold() != _vocab.PURPOSE_WORD:
            continue
        # (the purpose after the kind: from this word on; before it: up to a kind at the end)
        cuts = (
            [(words[:i], words[i:], False)]
            if i
            else [(words[j:], words[:j], True) for j in range(2, len(words))]
        )
        for kind_words, purpose_words, purpose_first in cuts:
            kind_text = " ".join(kind_words)
            if not _vocab.is_kind(kind_text):
                continue
            kind_line = _lines.classify(kind_text, line.number, line.page)
            purpose = _lines.classify(" ".join(purpose_words), line.number, line.page)
            if kind_line.kind is Kind.DOC_KIND and purpose.kind is Kind.PURPOSE:
                return (purpose, kind_line) if purpose_first else (kind_line, purpose)
    return ()


#: A contents list's entry on one row ("1. Aanleiding 2", "4. Advies Raad voor ... 3"), its
#: number alone ("1.") or with its heading but not the page ("1. Aanleiding", the page a row on
#: its own as an extractor writes the columns of a contents table).
_CONTENTS_ENTRY: Final = re.compile(r"(\d{1,2})[.)]?\s+(\S.*?)\s+(\d{1,3})")
_CONTENTS_NUMBER: Final = re.compile(r"(\d{1,2})[.)]?")
_CONTENTS_HEAD: Final = re.compile(r"(\d{1,2})[.)]\s+(\S.*)")


def _contents_list(lines: list[Line]) -> list[Line]:
    """A contents list under its heading ("Inhoud", :data:`_vocab.CONTENTS_HEADINGS`): each entry
    a section's number, heading and page, on one row or (the columns of a contents table read
    cell by cell) on rows of their own with blank rows between, becomes one row "1. Aanleiding 2",
    the rows together: one list under the heading, not a numbered section per entry. Only when
    the numbers run on, the pages do not go back and an entry's heading heads a section further
    down (a list of numbered points with a number last is no contents list)."""
    for i, line in enumerate(lines):
        if not (
            line.kind is Kind.TEXT
            and line.text[:1] in _vocab.CONTENTS_HEADING_STARTS
            and _vocab.key(line.text) in _vocab.CONTENTS_HEADING_KEYS
        ):
            continue
        entries: list[tuple[int, str, int, Line]] = []
        k = i + 1
        while True:
            k = _next_filled(lines, k)
            if k >= len(lines) or not lines[k].text[:1].isdigit():
                break
            text = lines[k].text
            if m := _CONTENTS_ENTRY.fullmatch(text):
                entries.append((int(m[1]), m[2], int(m[3]), lines[k]))
                k += 1
                continue
            if m := _CONTENTS_NUMBER.fullmatch(text):
                h = _next_filled(lines, k + 1)
                if h >= len(lines) or lines[h].kind is not Kind.TEXT or lines[h].text[:1].isdigit():
                    break
                heading = lines[h].text
            elif m := _CONTENTS_HEAD.fullmatch(text):
                h, heading = k, m[2]
            else:
                break
            p = _next_filled(lines, h + 1)
            if p >= len(lines) or not (lines[p].text.isdigit() and len(lines[p].text) <= 3):
                break
            entries.append((int(m[1]), heading, int(lines[p].text), lines[k]))
            k = p + 1
        if len(entries) < 2 or any(b[0] != a[0] + 1 or b[2] < a[2] for a, b in itertools.pairwise(entries)):
            continue
        last = max(j for j in range(i, k) if lines[j].kind is not Kind.BLANK)
        later = {_vocab.key(ln.rest if ln.kind is Kind.ORDERED else ln.text) for ln in lines[last + 1 :]}
        if not any(_vocab.key(heading) in later for _, heading, _, _ in entries):
            continue
        rows = [
            _lines.classify(f"{n}. {heading} {page}", row.number, row.page)
            for n, heading, page, row in entries
        ]
        return [*lines[: i + 1], *rows, *lines[last + 1 :]]
    return lines


def _after_split_word(lines: list[Line], i: int) -> bool:
    """Whether line i goes on with a word the line above it broke at its hyphen ("... van het
    ATR-" / "advies"): the line above, blank rows apart, ends in a letter and a hyphen."""
    k = i - 1
    while k >= 0 and lines[k].kind is Kind.BLANK:
        k -= 1
    above = lines[k].text if k >= 0 else ""
    return len(above) > 2 and above[-1] == "-" and above[-2].isalpha()


#: The fewest characters of a note's text row, under its number alone, that wrapped onto the
#: next row (a row of a note set small across the page is wider than a table's cells).
_WRAPPED_NOTE_ROW: Final = 90
#: The most rows of a note's rest carried to the next page's foot (:meth:`_Reader._note_rest_at`).
_NOTE_REST_ROWS: Final = 4


def _full_note_row(text: str, wrapped: int) -> bool:
    """Whether a note's row that ends a sentence is as wide as the note's rows that wrapped
    (``wrapped``, 0 if none did): the sentence ended at the row's end, and the note goes on with
    its next sentence on the next row ("... samengevat in bijlage 2 bij deze nota." / "De
    Autoriteit Persoonsgegevens heeft ..."). A note's last row is most often shorter."""
    return wrapped > 0 and len(text) * 10 >= wrapped * 9


#: The kinds of a colofon column's rows (:meth:`_Reader._colofon_column_to_page_end`).
_COLUMN_KINDS: Final = frozenset({Kind.BLANK, Kind.TEXT, Kind.LABEL, Kind.LABEL_VALUE})


#: A row that ends in a web address, no full stop after it ("Zie https://www.rijksoverheid.nl/...").
_ENDS_IN_ADDRESS: Final = re.compile(r"(?:https?://|www\.)\S+$")
#: Marks of a web address's path, no word's ("BWBR0017017/2026-01-01", "detail?id=2026Z04512").
_ADDRESS_MARKS: Final = frozenset("/?=&#%_.")


def _full_row_goes_on(text: str, wrapped: int, nxt: str) -> bool:
    """Whether a note goes on from its row ``text`` that ends a sentence at full width
    (:func:`_full_note_row`) to the row ``nxt``: with more of its prose, a row as wide as its
    wrapped rows or one that ends a sentence ("De Autoriteit Persoonsgegevens heeft ..." /
    "Die toets is op 1 maart verschenen."), or a short last row that ends none ("Zie
    https://www.cbs.nl/...", "Kamerstukken II 2025/26, 31 322, nr. 570"); a short row that opens
    a colofon's column is the next block's (the column an extractor writes after the notes:
    "Directoraat-generaal Werk" / "Postbus 90801"), and so is a known heading (the next page's,
    in text with no page breaks: "Kern")."""
    return _full_note_row(text, wrapped) and (
        len(nxt) * 4 >= wrapped * 3 or _ends_full_stop(nxt) or not (_opens_column(nxt) or _known_heading(nxt))
    )


def _opens_column(text: str) -> bool:
    """Whether a row opens a colofon's column written after a page's notes: a unit's name or a
    letterhead's row ("Directoraat-generaal Werk", "Postbus 90801"); a web address alone or
    ending a row of words is a note's ("Zie https://www.cbs.nl/...")."""
    if _opens_with_unit(text):
        return True
    if "//" in text or "www." in text:
        # (the words before a web address that ends the row; an address alone is as often a
        # note's, wrapped onto its row: "1 Zie ook de brief van 28 juni 2024," / "https://...")
        text = _ENDS_IN_ADDRESS.sub("", text).strip()
    return bool(text) and _is_letterhead_like(text)


def _note_ends(text: str, wrapped: int, nxt: str) -> bool:
    """Whether a note whose last row read is ``text`` ends before the row ``nxt`` (no next note's
    row): at its sentence's end, unless that row is full (:func:`_full_row_goes_on`); at a short
    row (well short of a wrapped row) that ends none where a colofon's column opens the next row
    ("Zie ook Kamerstukken II ..., nr. 570" / "Directoraat-generaal Werk"); or at a
    web address that ends it with no full stop where a capitalised word opens the next row (an
    address wrapped goes on with the rest of its path, no word: "https://wetten.overheid.nl/" /
    "BWBR0017017/2026-01-01", a digit or a path's mark in its first token)."""
    if _ends_full_stop(text):
        return not _full_row_goes_on(text, wrapped, nxt)
    if len(text) * 4 < max(wrapped, _WRAPPED_NOTE_ROW) * 3 and _opens_column(nxt):
        return True  # a short last row with no full stop ("... nr. 570"), the colofon's column after it
    return (
        nxt[:1].isupper()
        and ("//" in text or "www." in text)  # (the cheap test first)
        and _ENDS_IN_ADDRESS.search(text) is not None
        and not any(c.isdigit() or c in _ADDRESS_MARKS for c in nxt.split(maxsplit=1)[0])
    )


def _next_filled(lines: list[Line], k: int) -> int:
    """The index of the first line at or after ``k`` that is not blank (``len(lines)`` if none)."""
    while k < len(lines) and lines[k].kind is Kind.BLANK:
        k += 1
    return k


def _kind_heading(lines: list[Line]) -> list[Line]:
    """A heading word that also names a kind of document ("Advies") standing over the head's
    first label rows, "Advies" / "Aan: ..." / "Van: ...", before any heading, kind line or Aan /
    Van row (the colofon's rows may come first, as pdftotext gives a colofon column): the kind line, not
    the first section (which may have the same heading further down). In marked text, where the
    layout writes the head's label rows together, the word alone before the title line."""
    title = next((i for i, line in enumerate(lines) if line.kind is Kind.TITLE), None)
    if title is not None:
        for i, line in enumerate(lines[:title]):
            if line.kind is Kind.TEXT and _vocab.key(line.text) in _vocab.KIND_HEADINGS:
                return [*lines[:i], attrs.evolve(line, kind=Kind.DOC_KIND), *lines[i + 1 :]]
        return lines
    for i, line in enumerate(lines[:40]):
        printed = line.rest if line.kind is Kind.HEADING else line.text
        if line.kind in (Kind.TEXT, Kind.HEADING) and _vocab.key(printed) in _vocab.KIND_HEADINGS:
            nxt = next((ln for ln in lines[i + 1 : i + 4] if ln.kind is not Kind.BLANK), None)
            if nxt is not None and _head_label_row(nxt):
                kind_line = attrs.evolve(line, text=printed, kind=Kind.DOC_KIND, label="", rest="")
                return [*lines[:i], kind_line, *lines[i + 1 :]]
            return lines
        if (
            line.kind in (Kind.HEADING, Kind.TITLE, Kind.DOC_KIND)
            or (line.kind is Kind.TEXT and _known_heading(line.text))
            # (the head's Aan or Van row above it: the word heads the body, and a sentence under
            # it, "Aan de minister wordt geadviseerd ...", is no head row)
            or _head_label_row(line)
        ):
            return lines  # (only the head above it: letterhead, the purpose, the colofon's rows)
    return lines


def _head_label_row(line: Line) -> bool:
    """Whether a line is the head's Aan or Van row (a label of the addressee or the sender)."""
    return line.kind in (Kind.LABEL, Kind.LABEL_VALUE) and _vocab.label_concept(line.label) in (
        _vocab.Concept.ADDRESSEE,
        _vocab.Concept.SENDER,
    )


def _split_purpose_marker(line: Line) -> tuple[Line, ...]:
    """A purpose line with a marker beside it, "TER BESLISSING – SPOED", "URGENT | TER AKKOORD":
    the purpose line and the marker, a stamp of its own, in printed order; empty for any other
    line. (A printed line, no splice: also in marked text.)"""
    if "TER " not in line.text or (m := _vocab.PURPOSE_WITH_MARKER.match(line.text)) is None:
        return ()
    if m["before"] is None and m["after"] is None:
        return ()
    purpose = _lines.classify(m["purpose"], line.number, line.page)
    if purpose.kind is not Kind.PURPOSE:
        return ()
    marker = _lines.classify(" ".join((m["before"] or m["after"]).split()), line.number, line.page)
    return (marker, purpose) if m["before"] is not None else (purpose, marker)


def _split_wordmark(line: Line, above: list[Line]) -> tuple[Line, ...]:
    """A kind's wordmark printed in lower case ("nota", set large at the margin) at the start of
    the title's first row, as a row-by-row extractor joins them ("nota Aanpak lerarentekort in
    het primair onderwijs:"): the kind line and the row's rest, before the body's first heading;
    empty for any other line. No sentence or title opens in lower case, and a value's wrapped
    line that does ("Van DGPV" / "nota ...") does not take the title's row."""
    first, _, rest = line.text.partition(" ")
    if (
        line.kind is not Kind.TEXT
        or not first.islower()
        or _vocab.key(first) not in _vocab.KINDS
        or not rest[:1].isupper()
        or len(rest.split()) < _WORDMARK_TITLE_WORDS
        or any(ln.kind is Kind.HEADING for ln in above)
    ):
        return ()
    return (
        _lines.classify(first, line.number, line.page),
        _lines.classify(rest, line.number, line.page),
    )


#: The fewest words of a title's first row beside a wordmark (:func:`_split_wordmark`).
_WORDMARK_TITLE_WORDS: Final = 2


def _split_leading_purpose(line: Line) -> tuple[Line, ...]:
    """A purpose line with colofon text beside it on one row: "TER BESLISSING Directie ...";
    a kind word with the purpose beside it: "Nota (ter beslissing)"; a purpose with a marker
    beside it: "TER BESLISSING – SPOED"."""
    if parts := _split_kind_purpose(line) or _split_purpose_marker(line):
        return parts
    m = _vocab.PURPOSE_AT_START.match(line.text)
    if m is None or not m[2].isupper() or m[2].casefold() not in _vocab.PURPOSES:
        return (line,)
    # (a separator before words that qualify the purpose, "TER BESLISSING – uiterlijk 5 juni",
    # is no part of them)
    qualifier = m[3].lstrip(_QUALIFIER_SEPARATORS)
    rest = _lines.classify(qualifier if qualifier[:1].islower() else m[3], line.number, line.page)
    parts = (_lines.classify(m[1], line.number, line.page), rest)
    if (
        rest.kind is Kind.TEXT
        and _vocab.names_organisation(rest.text)
        # (a unit's name that stops at "en", a comma or a hyphen goes on on the row under it:
        # "Directoraat-generaal Klimaat en" / "Energie")
        and not (_ends_with_continuation(rest.text) or rest.text.endswith((",", "-")))
    ):
        # a unit of the colofon beside the purpose: the row under it (the title) is no part of it
        return (*parts, attrs.evolve(rest, text="", kind=Kind.BLANK))
    return parts


def _address_run_start(prepared: list[Line], rest: Line) -> int:
    """Where the address rows end ``prepared`` begin, when ``rest`` (the words beside a purpose on
    its row, :func:`_split_leading_purpose`) is a postcode and its town alone ("2509 LV Den
    Haag") and the row above is an address's (a street, a post box): a row-by-row extractor put
    the colofon's postcode line beside the purpose. -1 for any other row: a postcode with no
    address above it is left where it stands."""
    if rest.kind is not Kind.TEXT or _vocab.POSTCODE_TOWN.match(rest.text) is None:
        return -1
    start = len(prepared)
    while start > 0 and prepared[start - 1].kind is Kind.TEXT and _is_address(prepared[start - 1].text):
        start -= 1
    return start if start < len(prepared) else -1


def _split_spliced_kind(line: Line, prepared: list[Line]) -> tuple[Line, ...]:
    """A kind word alone at the start of a colofon's row, the rest of the row the part of a unit's
    name or of an address that goes on from the row above it ("Democratische" / "Beslisnota
    Rechtsstaat", "Korte Voorhout 7" / "Nota 2511 CW Den Haag", "Rijnstraat 50" / "Nota Den
    Haag", "Postbus 20011" / "Beslisnota 2500 EA Den Haag"), or a letterhead entry of its own by
    its shape with no kind line above it ("Nota Bezuidenhoutseweg 73", "Memo Postbus 20011",
    "Beslisnota DG Mobiliteit"): an extractor that reads by rows put the kind line, printed left of
    the colofon, into it. The rest joining the row above and the kind line after it, or the kind
    line and then the entry; empty for any other line."""
    first, _, rest = line.text.partition(" ")
    if (
        line.kind is not Kind.TEXT
        or not first[:1].isupper()
        or _vocab.key(first) not in _vocab.KINDS
        or not (rest[:1].isupper() or rest[:1].isdigit())
        or (above := _last_filled(prepared)) is None
        or any(ln.kind in (Kind.HEADING, Kind.TITLE, Kind.LABEL, Kind.LABEL_VALUE) for ln in prepared)
    ):
        # (in the head, over its labels: in a body the row is text as printed)
        return ()
    kind_line = _lines.classify(first, line.number, line.page)
    entry = _lines.classify(rest, line.number, line.page)
    if above.kind is Kind.TEXT and (
        # (the unit's name goes on: "... en Democratische" / "Rechtsstaat")
        _wraps_name(above.text, rest)
        # (the address goes on: its street and number or its post box, then the postcode or
        # the town: "Postbus 20011" / "Beslisnota 2500 EA Den Haag")
        or (
            (
                _vocab.STREET.match(above.text) is not None
                or _vocab.POST_BOX_AT_END.match(above.text) is not None
            )
            and (_vocab.POSTCODE_TOWN.match(rest) is not None or _vocab.CITY_LINE.match(rest) is not None)
        )
    ):
        return (entry, kind_line)
    if _opens_letterhead_entry(rest) and not any(
        ln.kind is Kind.TEXT and _vocab.key(ln.text) in _vocab.KINDS for ln in prepared
    ):
        # (the rest opens a letterhead entry, which may go on in the rows under it: the kind
        # line before it, the entry whole)
        return (kind_line, entry)
    return ()


def _opens_letterhead_entry(text: str) -> bool:
    """Whether a row is a letterhead's entry by its shape: a street and its number, a postcode and
    its town, a post box and its number, a unit's name (:data:`_vocab.UNIT_LINE`)."""
    return (
        _vocab.STREET.match(text) is not None
        or _vocab.POSTCODE_TOWN.match(text) is not None
        or _vocab.POST_BOX_OPENING.match(text) is not None
        or _vocab.UNIT_LINE.match(text) is not None
    )


def _is_column_row(text: str) -> bool:
    """A row of a paraph table's column heads ("Paraaf Naam Datum"), not a label row."""
    words = [w.rstrip(":").casefold() for w in text.split()]
    return len(words) >= 2 and all(w in _vocab.PARAPH_COLUMN_WORDS for w in words)


def _introduced_label_heads(text: str, above: Line | None) -> bool:
    """Whether a row of three or more known labels alone (:func:`_label_heads`, "Datum Kenmerk
    Onderwerp") heads a table the body's text introduces: the row above it ends in a colon ("U
    reageert op de volgende brief:"). Such a row is no heading and no label beside one; a row of
    labels after a paragraph's full stop (a colofon set across the page's foot) is left alone."""
    return (
        above is not None
        and above.text.endswith(":")
        and len(above.text.split()) > 1
        and ":" not in text
        and _label_heads(text.split()) >= _TABLE_LABEL_HEADS
    )


def _last_filled(prepared: list[Line]) -> Line | None:
    """The last line of ``prepared`` that is not blank, on the page of the line before it."""
    if prepared and prepared[-1].kind is not Kind.BLANK:
        return prepared[-1]  # (the common case, without a search back)
    j = _filled(prepared, len(prepared) - 1, -1)
    return prepared[j] if j >= 0 and prepared[j].page == prepared[-1].page else None


#: The most words a telephone number is printed in ("+31 (0)70 345 67 89").
_PHONE_WORDS: Final = 6
#: The fewest digits of a reference read off a row's end, with no label over it
#: (:func:`_value_words_at_end`): stricter than under its label (:data:`_vocab.REFERENCE_DIGITS`).
_ROW_END_REFERENCE_DIGITS: Final = 6


def _value_words_at_end(words: list[str]) -> int:
    """How many of the last words, after at least one other, are a colofon value by their form:
    a whole date, a reference of six digits or more (no telephone number: "06 12345678",
    "(070) 3456789", "+31 6 12345678", "06-12345678"), one to three redaction ground codes."""
    if not words or not _value_word(words[-1]):
        return 0
    if n := _date_words_at_end(words):
        return n
    if len(words) > 1 and _vocab.reference_word(words[-1], _ROW_END_REFERENCE_DIGITS):
        if _vocab.phone_at_end(" ".join(words[-_PHONE_WORDS:])):
            return 0  # a telephone number ("06 12345678", "06-12345678", "+31 6 12345678")
        # "2021-0000098765", also "DGKE / 22154321" (a unit code, a slash, a number)
        spaced = _vocab.spaced_reference_at_end(words)
        if not spaced:
            return 1
        return 3 if len(words) > 3 else 0  # (the whole row is the reference)
    n = 0
    while n < min(3, len(words) - 1) and _vocab.GROUND_CODE.fullmatch(words[-n - 1].strip("[]()")):
        n += 1
    return n


def _split_label_before_value(lines: list[Line]) -> list[Line]:
    """A date or reference label at the end of a row, its value by form alone on the next line
    ("... te bevriezen. Datum" / "11 maart 2025"), or a label of two or three words after a
    sentence's end with a ground code ending the next row: the label is split off the row."""
    out: list[Line] = []
    skip = -1
    for i, line in enumerate(lines):
        if i <= skip:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and (split := _split_label_before_code(line, nxt)):
            out.extend(split)
            continue
        if (
            nxt is not None
            and (line.text[-1:].isalpha() or line.text[-1:] == ")")  # (a label's last letter: "Bijlage(n)")
            and (over := _label_over_row_end(lines, i))
        ):
            out.extend(over[0])
            skip = i + over[1]
            continue
        head, _, last = line.text.rpartition(" ")
        label = _vocab.known_label(last) if line.kind is Kind.TEXT and head and last[:1].isupper() else None
        if label is not None and nxt is not None:
            concept = _vocab.label_concept(label)
            words = nxt.text.split()
            value = (concept is _vocab.Concept.DATE and _fragments.is_date(nxt.text)) or (
                concept is _vocab.Concept.REFERENCE
                and len(words) <= 3
                and sum(c.isdigit() for c in nxt.text) >= 6
                and _vocab.REFERENCE_TOKEN.match(words[-1]) is not None
            )
            if value:
                out.append(_lines.classify(head, line.number, line.page))
                out.append(attrs.evolve(line, text=last, kind=Kind.LABEL, label=_vocab.repaired_label(last)))
                continue
        if (
            nxt is not None
            # (cheap tests first: a short line or a row's end digit under a label's last word)
            and (len(nxt.text) <= _COLOFON_WIDTH or nxt.text[-1:].isdigit())
            and last.rstrip(":").casefold() in _vocab.LABEL_LAST_WORDS
            and (split := _split_label_over_bare_value(line, nxt))
        ):
            out.extend(split)
            continue
        out.append(line)
    return out


#: The colofon labels whose values have a form a row's end can be read by (:func:`_form_span`).
_FORMED_CONCEPTS: Final = (_vocab.Concept.DATE, _vocab.Concept.REFERENCE, _vocab.Concept.ATTACHMENT_COUNT)


def _label_over_row_end(lines: list[Line], at: int) -> tuple[list[Line], int] | None:
    """A colofon label of a form (a date's, a reference's, an attachment count's) at the end of
    the row ``lines[at]``, its value by that form at the end of the next row: a row-by-row
    extractor put the colofon's label beside one row and its value beside the next ("Kamerbrief
    over de warmtetransitie Bijlage(n)" / "Aanleiding 1", "Kopie aan SG Kenmerk" / "TER BESLISSING
    2023-0000345678"). The label's row may be a text row or a label's row without a colon
    ("Kopie aan SG"): a formless value gives up its last words only on this evidence, the next
    label's value by its form.

    Returns the lines that replace the two rows (the label's row, the label, its value, the rest
    of the value's row read as what it is: a purpose line, a heading, a title's next row, body)
    and how many lines after ``at`` they replace; None if the rows are no such pair. The value's
    row may have been split already into a purpose line and the value (the same row's number).
    A count, one or two digits, is a weak form: only beside a known heading or a purpose line.
    A value's row whose rest ends in a word that goes on or governs a value ("... het overleg
    op 13 maart 2024", `_vocab.VALUE_GOVERNING_WORDS`) or in a digit (the value's digits split:
    "over de1 3 december 2023") holds the value as its own words."""
    line = lines[at]
    if line.kind is Kind.TEXT:
        words = line.text.split()
        lead = ""
    elif line.kind is Kind.LABEL_VALUE and ":" not in line.text and line.rest:
        words = line.rest.split()
        lead = line.text[: len(line.text) - len(line.rest)]
    else:
        return None
    if not any(w[:1].isupper() for w in words[-3:]):
        return None  # (the cheap test first: no label's capital among the row's last words)
    if _is_column_row(line.text) or _two_labels(words):
        return None
    for n in (3, 2, 1):
        if len(words) <= n or not words[-n][:1].isupper():
            continue
        label = _tail_label(words, n)
        if label is None:
            continue
        concept = _vocab.label_concept(label)
        if concept not in _FORMED_CONCEPTS:
            return None
        head = " ".join(words[:-n])
        if head.endswith(",") or _governed_label(head):
            return None
        taken = _value_at_row_end(lines, at + 1, concept)
        if taken is None:
            return None
        value, rest, used = taken
        if _ends_with_article(head) and not _goes_on_article(rest):
            return None  # ("... het Kenmerk" / "van de aanvraag, ..."): the noun
        printed = " ".join(words[-n:])
        label_line = attrs.evolve(
            line, text=printed, kind=Kind.LABEL, label=_vocab.repaired_label(printed), rest=""
        )
        if lead:
            row = attrs.evolve(line, text=f"{lead}{head}", rest=head)
        else:
            row = _lines.classify(head, line.number, line.page)
        if rest is not None and rest.kind is Kind.TEXT and rest.text[:1].islower() and not lead:
            # "Kamerbrief over de voortgang van de Datum" / "warmtetransitie ... 14 juni 2023":
            # the title's row goes on on the value's row
            row = _lines.classify(f"{head} {rest.text}", line.number, line.page)
            return [row, label_line, value], used
        return [row, label_line, value, *([rest] if rest is not None else [])], used
    return None


def _governed_label(head: str) -> bool:
    """Whether the words before a label at a row's end govern it as a noun of running text: a
    word that takes a value or an instruction to the reader ("zie Bijlage", "met Kenmerk", "op
    Datum"). A colofon label set beside a row follows its last word, never such a word."""
    last = head.rpartition(" ")[2]
    return last in _vocab.VALUE_GOVERNING_WORDS or last in _vocab.INSTRUCTION_VERBS


def _ends_with_article(head: str) -> bool:
    """Whether the words before a label at a row's end end in an article ("... het Kenmerk")."""
    return head.rpartition(" ")[2] in _vocab.ARTICLES


def _goes_on_article(rest: Line | None) -> bool:
    """Whether the rest of a value's row (:func:`_value_at_row_end`) goes on from an article that
    ends the label's row, the noun it lacks ("van de Datum" / "warmtetransitie 14 juni 2023": a
    title's row split by the label): a lower-case word that is no article, preposition or word
    that goes on ("het Kenmerk" / "van de aanvraag, te weten 2024-...": "het van" reads as no
    Dutch, so the label is the article's noun in a sentence)."""
    if rest is None or rest.kind is not Kind.TEXT or not rest.text[:1].islower():
        return False
    first = rest.text.split()[0]
    return not (
        first in _vocab.ARTICLES
        or first in _vocab.CONTINUATION_WORDS
        or first in _vocab.VALUE_GOVERNING_WORDS
    )


def _value_at_row_end(
    lines: list[Line], at: int, concept: _vocab.Concept
) -> tuple[Line, Line | None, int] | None:
    """The value of the concept's form at the end of the row ``lines[at]`` (see
    :func:`_label_over_row_end`): (the value's line, the row's rest or None, how many lines the
    row took), or None."""
    nxt = lines[at]
    if (
        nxt.kind is Kind.PURPOSE
        and at + 1 < len(lines)
        and lines[at + 1].number == nxt.number
        and lines[at + 1].kind is Kind.TEXT
    ):
        # (the purpose already split off the row's start: "TER BESLISSING" / "2023-0000345678")
        value = lines[at + 1]
        if _form_span(concept, value.text.split(), from_end=False) != len(value.text.split()):
            return None
        return value, nxt, 2
    if nxt.kind is not Kind.TEXT:
        return None
    after = nxt.text.split()
    k = _form_span(concept, after, from_end=True)
    if not k or k >= len(after):
        return None  # (a whole row of the value: read by the rules for a bare label)
    rest = " ".join(after[:-k])
    before = after[-k - 1]
    if (
        _ends_with_continuation(rest)
        or before.casefold() in _vocab.VALUE_GOVERNING_WORDS  # ("... het overleg op 13 maart 2024")
        or before[-1:] in ",-/"
        or before[-1:].isdigit()  # (a value's digits split, the first glued on: "over de1 3 december 2023")
    ):
        return None
    if concept is _vocab.Concept.ATTACHMENT_COUNT and not (
        _known_heading(rest) or _vocab.PURPOSE_LINE.match(rest)
    ):
        return None  # ("... zie Bijlage" / "de tabel op pagina 2": a count only beside a heading)
    value = attrs.evolve(nxt, text=" ".join(after[-k:]), kind=Kind.TEXT, label="", rest="")
    return value, _lines.classify(rest, nxt.number, nxt.page), 1


#: A unit code in a list of them ("DGPenV, DWJZ", "SG, DGRB", "pSG"): two capitals or more, never
#: three lower-case letters in a row (a word: "Wetgeving", "EU-landen").
_CODE_WORD: Final = re.compile(r"^(?=(?:[^\sA-Z]*[A-Z]){2})(?![^\s]*[a-z]{3})[\w&/.-]+,?$")


def _bare_value(text: str, label: str) -> bool:
    """Whether a short line is a colofon value by its form alone, for ``label``: a count of one or
    two digits under an attachment label; under another, a line of a few words with digits or a
    redaction, or a list of unit codes ("DGSZ, FEZ")."""
    words = text.split()
    if not words or len(words) > _BARE_VALUE_WORDS or not _fits_colofon(text):
        return False
    if _vocab.label_concept(label) is _vocab.Concept.ATTACHMENT_COUNT:
        return _COUNT_VALUE.match(text) is not None
    return _reads_as_value(text) or all(_CODE_WORD.match(w) for w in words)


def _stacked_value_of(label: str, text: str) -> bool:
    """Whether a row is a value of ``label`` in a column of values under labels stacked right
    above them (:meth:`_Reader._stacked_column`): a value by its form (:func:`_stacked_value_by_form`),
    a telephone number under a telephone's label ("Doorkiesnummer" / "070 456 7890",
    `_vocab.PHONE_LABELS`), or a person's name under a label whose value is a person
    ("Contactpersoon" / "A. Bakker", `_vocab.names_a_person`): a value of its own form
    (:func:`_own_form_value`), or any person's name, with initials or not."""
    return _own_form_value(label, text) or (
        _vocab.key(label) not in _vocab.PHONE_LABELS
        and _vocab.names_a_person(label)
        and _vocab.names_person(text)
    )


#: The labels whose values have no form of their own: the addressee and the sender, a name or a
#: unit's code in any words.
_FORMLESS_CONCEPTS: Final = (_vocab.Concept.ADDRESSEE, _vocab.Concept.SENDER)


def _column_fits(labels: list[_PendingField], rows: list[Line]) -> bool:
    """Whether each row is the value of the label stacked at its place above the column
    (:meth:`_Reader._stacked_column`): a value of its label's form (:func:`_stacked_value_of`)
    or, under the addressee's or the sender's label, whose values have no form, a short row that is
    no other label's value by its form ("Aan" / "Van" / "Datum" / "Kenmerk", then "Minister van
    SZW" / "DGWI" / "12 maart 2024" / "2024-0000045123": a header table copied from a viewer,
    labels and values each a block, no blank line between). At least one label has a form, and
    its row anchors the column: a name wrapped over two rows puts the rows out of step with their
    labels, and a row of the wrong form under a label of a form rejects the column; a row that
    ends in a word that goes on ("Minister van Sociale Zaken en") is a name wrapped, not a value."""
    formed = [f for f in labels if _vocab.label_concept(f.label) not in _FORMLESS_CONCEPTS]
    if not formed:
        return False
    for field, row in zip(labels, rows, strict=True):
        if any(field is f for f in formed):
            fits = _stacked_value_of(field.label, row.text)
        else:
            fits = _vocab.GROUND_CODE.fullmatch(row.text) is not None or (
                _fits_stacked_value(field.label, row.text)
                and not _ends_with_continuation(row.text)
                and not any(_stacked_value_by_form(f.label, row.text) for f in formed)
            )
        if not fits:
            return False
    return True


def _stacked_value_by_form(label: str, text: str) -> bool:
    """Whether a row is a value of ``label`` by its form alone, the whole row, for a label whose
    values have a form (:func:`_form_span`): a date under a date's label, a reference under a
    reference's, a count under an attachment count's; no other label. A redaction's ground code
    ("5.1.2e", a drafter's name redacted) is a value of any label."""
    if _vocab.GROUND_CODE.fullmatch(text):
        return True
    words = text.split()
    return bool(words) and _form_span(_vocab.label_concept(label), words, from_end=False) == len(words)


def _post_after_stop(words: list[str]) -> int:
    """How many of a body row's last words are a drafter's post glued after its sentence's full
    stop ("... een voorstel voor. Beleidsmedewerker", "... zij-instromers. Senior
    beleidsadviseur"): up to `_lines.POST_TAIL_WORDS` words of letters, the first capitalised, the others
    in lower case, the last a post's (`_vocab.DRAFTER_POST_WORDS`), after at least
    `_GLUED_UNIT_ROW_WORDS` words of the body; 0 if none."""
    for n in range(1, _lines.POST_TAIL_WORDS + 1):
        if len(words) < n + _GLUED_UNIT_ROW_WORDS or not _ends_full_stop(words[-n - 1]):
            continue
        post = words[-n:]
        if (
            all(w.isalpha() for w in post)
            and post[0][:1].isupper()
            and all(w.islower() for w in post[1:])
            and post[-1].casefold() in _vocab.DRAFTER_POST_WORDS
        ):
            return n
    return 0


def _post_without_unit(value: str, *, alone: bool = False) -> bool:
    """Whether a drafter's value is a post without its unit ("Senior beleidsmedewerker"): words of
    letters only, the last in lower case and a post's (`_vocab.DRAFTER_POST_WORDS`); ``alone``:
    the row is the post by itself, so a one-word post may be capitalised ("Beleidsadviseur")."""
    words = value.split()
    last = words[-1] if words else ""
    return (
        bool(words)
        and all(w.isalpha() for w in words)
        and (last.islower() or (alone and len(words) == 1 and last[1:].islower()))
        and last.casefold() in _vocab.DRAFTER_POST_WORDS
    )


def _unit_code_after_stop(words: list[str], nxt: str, *, least: int | None = None) -> bool:
    """Whether a body row's words end a sentence with a unit's code glued after its full stop
    ("... de Kamerbrief voor. DWJZ"); a code inside the sentence ("... met de NCTV"), one the
    row's sentence ends in ("... de NCTV.") or one opening the next sentence, which goes on in
    lower case on the next row ``nxt`` ("... besproken. DGB" / "stelt voor ..."), is the body's.
    ``least``: the fewest words of the row, code included (`_GLUED_UNIT_ROW_WORDS` if None)."""
    return (
        len(words) >= (_GLUED_UNIT_ROW_WORDS if least is None else least)
        and not nxt[:1].islower()
        and _vocab.UNIT_CODE.fullmatch(words[-1]) is not None
        and _ends_full_stop(words[-2])
    )


def _spliced_value_at_end(words: list[str], label: str) -> int:
    """How many of the last words of a body row are the value of a bare label above it, printed
    beside the row and glued on: a value by its form (`_value_words_at_end`) of the label's kind
    (a date for a date label, no date for a reference), not the complement of the word before
    it ("brief van 16 oktober 2024", "artikel 5.1.2e", "met 5.1.2e van de FNV"); 0 if none."""
    n = _value_words_at_end(words)
    if not n or n >= len(words):
        return 0
    concept = _vocab.label_concept(label)
    is_date = _date_words_at_end(words) == n
    if (concept is _vocab.Concept.DATE) is not is_date or concept is _vocab.Concept.ATTACHMENT_COUNT:
        return 0
    before = words[-n - 1].lstrip("(").casefold()
    if before in _vocab.VALUE_GOVERNING_WORDS or before in _vocab.NUMBERED_NOUNS:
        return 0
    is_code = _vocab.GROUND_CODE.fullmatch(words[-1].strip("[]()")) is not None
    if is_code and before.isalpha() and words[-n - 1].islower():
        return 0  # a redacted name inside the sentence
    return n


def _ends_in_count(text: str, label: str) -> bool:
    """Whether a main-column row ends in a count glued to it, under an attachment count label
    ("... de Kamer over de uitvoering informeert. 1", "... aflopen. geen"; see
    `_split_glued_count`)."""
    words = text.split()
    if (
        _vocab.label_concept(label) is _vocab.Concept.ATTACHMENT_COUNT
        and len(words) >= _GLUED_COUNT_ROW_WORDS
        and words[-1].casefold() in _vocab.NONE_WORDS
        and words[-1][:1].isalpha()
        and _ends_full_stop(words[-2])
    ):
        # "none" glued after the row's full stop ("... omdat de afspraken aflopen. geen"): no
        # sentence opens in lower case, so the word is the count's ("... en geen" is the body's)
        return True
    return (
        _vocab.label_concept(label) is _vocab.Concept.ATTACHMENT_COUNT
        and len(words) >= _GLUED_COUNT_ROW_WORDS
        and _COUNT_VALUE.match(words[-1]) is not None
        and (
            _word_before_count(words[-2])
            # (or a capitalised word opening the row's last sentence, the rest of that sentence
            # on the next row: "... over de vervolgstappen. Een 0" / "vrijwillige aanpak ...")
            or (words[-2].isalpha() and words[-2][:1].isupper() and _ends_full_stop(words[-3]))
        )
        and _vocab.key(words[-2]) not in _vocab.NUMBERED_NOUNS
    )


def _split_label_over_bare_value(line: Line, nxt: Line) -> tuple[Line, Line] | None:
    """A body row ending in a colofon label, its value alone on the next line by its form ("...
    de motie-Bikker aangenomen Bijlage(n)" / "2", "... bijgaande Kamerbrief. Samengewerkt met" /
    "DGSZ, FEZ"): pdfplumber reads the colofon row by row into the main column's rows, so the
    label's line is glued to a body row and the value's line stands between two body rows (a
    wrapped sentence never leaves a short line of digits or codes), or an attachment count glued
    to the next row's end ("... met de Bijlage(n)" / "... informeert. 1"). The label is split
    off; so it is off a header row with a colon ("Aan: Minister voor Langdurige Zorg Kenmerk" /
    "3891234-1061234-LZ"). Labels that are words of running text ("Bijlage", "Directie", "Via")
    are left alone."""
    spliced_row = line.kind is Kind.TEXT or (line.kind is Kind.LABEL_VALUE and ":" in line.text)
    if not spliced_row or nxt.kind is not Kind.TEXT:
        return None
    words = line.text.split()
    for n in (3, 2, 1):
        if len(words) <= n + 1 or not words[-n][:1].isupper():
            continue
        printed = " ".join(words[-n:])
        label = _vocab.known_label(printed)
        if (
            label is None
            or _vocab.key(label) in _vocab.PROSE_LABELS
            or _vocab.label_concept(label) in (_vocab.Concept.PAGE, _vocab.Concept.TITLE)
            or not (_bare_value(nxt.text, label) or _ends_in_count(nxt.text, label))
        ):
            continue
        head = " ".join(words[:-n])
        if not any(c.islower() for c in head) or _is_column_row(line.text):
            return None  # a row of labels or codes ("Aan MBZK Bijlagen", "Paraaf Naam Datum")
        return (
            _lines.classify(head, line.number, line.page),
            attrs.evolve(line, text=printed, kind=Kind.LABEL, label=_vocab.repaired_label(printed), rest=""),
        )
    return None


#: Concepts whose value is never glued to a body row by its form alone (a title, a page line).
_NO_GLUED_VALUE: Final = frozenset({_vocab.Concept.TITLE, _vocab.Concept.PAGE})


def _filled(lines: list[Line], j: int, step: int = 1) -> int:
    """The index of the first line from ``j`` on (``step`` 1) or back (``step`` -1) that is not
    blank: ``len(lines)`` or -1 when there is none."""
    while 0 <= j < len(lines) and lines[j].kind is Kind.BLANK:
        j += step
    return j


def _head_row_above(lines: list[Line], i: int) -> Kind | None:
    """The form of the head's label row right above line i (blank lines passed): LABEL_VALUE for
    a known label with its value on its row, LABEL for a value under a bare label (stacked);
    None where the line above is no such row."""
    j = _filled(lines, i - 1, -1)
    if j < 0 or lines[j].kind not in (Kind.LABEL_VALUE, Kind.TEXT):
        return None
    if lines[j].kind is Kind.LABEL_VALUE:
        return Kind.LABEL_VALUE if _vocab.known_label(lines[j].label) is not None else None
    j = _filled(lines, j - 1, -1)
    return Kind.LABEL if j >= 0 and lines[j].kind is Kind.LABEL else None


def _head_row_below(lines: list[Line], i: int, form: Kind) -> bool:
    """Whether the next line with text after line i is a known label's row of the form ``form``
    (LABEL_VALUE: with its value; LABEL: bare), a row of its own (not one a row-by-row extractor
    spliced into line i's row: "... toegezegd de Datum")."""
    j = _filled(lines, i + 1)
    return (
        j < len(lines)
        and lines[j].number != lines[i].number
        and lines[j].kind is form
        and _vocab.known_label(lines[j].label) is not None
    )


def _heading_label_rows(lines: list[Line]) -> list[Line]:
    """A known heading used as a head label among the head's label rows: one label row ("Doel:
    Ter besluitvorming", "Financiële gevolgen: Geen, binnen de begroting").

    Right under a label row (a known label with its value, or a value under a bare label), its
    value is the purpose ("Doel   Ter besluitvorming", "Doel Ter besluitvorming", or "Doel" /
    "Ter besluitvorming": the field as printed, the purpose read from it,
    :func:`_split_qualified_purposes`); or, a heading head forms print as a label
    (:data:`~._vocab.HEAD_LABEL_HEADINGS`) between two label rows of one form, a short value:
    on its row between rows with their values ("Kenmerk DGED / 26412290" / "Financiële gevolgen
    Geen, binnen de begroting van EZ" / "Bijlage(n) 2"), or on the next line between stacked
    rows ("26412290" / "Financiële gevolgen" / "Geen, ..." / "Bijlage(n)"). A row with a colon is
    read elsewhere; a heading over prose, or with no label row under its value, stays a
    heading."""
    # (the head's rows only: a candidate has a label row above it, stacked rows at most two
    # lines apart. Only the line after each label row, or after a bare label's value, is tried:
    # most lines are prose, far from a label row. The label rows are found in C (list.index);
    # their candidates come in order)
    kinds = list(map(_KIND, lines))
    labels = sorted(_indices(kinds, Kind.LABEL) + _indices(kinds, Kind.LABEL_VALUE))
    if not labels:
        return lines
    stop = min(labels[-1] + _HEAD_ROW_REACH, len(lines) - 1)
    out: list[Line] = []
    done = 0  # (lines[:done] are read: in out, or the value rows of a row made)
    for k in labels:
        i = k + 1  # (the next line with text, :func:`_filled`, looked for up to stop)
        while i <= stop and kinds[i] is Kind.BLANK:
            i += 1
        if i <= stop and kinds[k] is Kind.LABEL and kinds[i] is Kind.TEXT:
            i += 1  # (the row after a bare label's value)
            while i <= stop and kinds[i] is Kind.BLANK:
                i += 1
        if i < done or i > stop or kinds[i] is not Kind.TEXT:
            continue
        line = lines[i]
        if (
            not line.text[:1].isupper()
            or ":" in line.text
            # ("Aan   Staatssecretaris van" / "Financiën" / "TER BESLISSING": the value's rest)
            or _after_unfinished_value(lines, i)
            or (above := _head_row_above(lines, i)) is None
            or (row := _heading_label_row(lines, i, above)) is None
        ):
            continue
        head, value, last = row
        out.extend(lines[done:i])
        out.append(attrs.evolve(line, text=f"{head}: {value}", kind=Kind.LABEL_VALUE, label=head, rest=value))
        done = last + 1
    if not done:
        return lines
    out.extend(lines[done:])
    return out


#: A line's kind.
_KIND: Final = operator.attrgetter("kind")
#: A line's page.
_PAGE: Final = operator.attrgetter("page")


def _indices(kinds: list[Kind], kind: Kind) -> list[int]:
    """The indices where ``kinds`` holds ``kind``, found in C (list.index): no step per line."""
    out: list[int] = []
    k = -1
    for _ in range(kinds.count(kind)):
        k = kinds.index(kind, k + 1)
        out.append(k)
    return out


def _heading_label_row(lines: list[Line], i: int, above: Kind) -> tuple[str, str, int] | None:
    """The (heading, value, index of the value's line) of a known heading used as a head label
    on line i (:func:`_heading_label_rows`), under a label row of the form ``above``, or None."""
    words = lines[i].text.split()
    for n in range(min(_HEADING_LABEL_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:n])
        if not _known_heading(head):
            continue
        rest = " ".join(words[n:])
        if not _purpose_field_label(head):
            return None
        if rest[:3].casefold() == _vocab.PURPOSE_WORD and _vocab.PURPOSE_LINE.match(rest):
            return head, rest, i
        if (
            above is Kind.LABEL_VALUE
            and _vocab.key(head) in _vocab.HEAD_LABEL_HEADINGS
            and _short_head_value(rest)
            and _head_row_below(lines, i, above)
        ):
            return head, rest, i
        return None
    if not _known_heading(lines[i].text) or not _purpose_field_label(lines[i].text):
        return None
    j = _filled(lines, i + 1)
    if j == len(lines):
        return None
    value = lines[j]
    if (value.kind is Kind.PURPOSE and _vocab.PURPOSE_LINE.match(value.text)) or (
        # the heading alone over its short value, between stacked label rows ("Financiële
        # gevolgen" / "Geen, binnen de begroting" / "Bijlage(n)")
        above is Kind.LABEL
        and _vocab.key(lines[i].text) in _vocab.HEAD_LABEL_HEADINGS
        and value.kind is Kind.TEXT
        and _short_head_value(value.text)
        and _head_row_below(lines, j, Kind.LABEL)
    ):
        return lines[i].text, value.text, j
    return None


def _short_head_value(text: str) -> bool:
    """Whether ``text`` can be a head label's short value: a few words, no lower-case start, no
    sentence's end nor a word that goes on ("... heeft u toegezegd de"), no heading."""
    return not (
        len(text.split()) > _HEAD_FORM_SHORT_WORDS
        or text[:1].islower()
        or _ends_sentence(text)
        or _ends_with_continuation(text)
        or _known_heading(text)
    )


#: How far after the last label row a known heading used as a head label may stand (its row
#: over a stacked label's value, blank lines between).
_HEAD_ROW_REACH: Final = 6
#: The most words of a known heading used as a head label ("Doel", "Doel van de nota").
_HEADING_LABEL_WORDS: Final = 4


def _margin_column_first(lines: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """A column of margin headings an extractor wrote first, before page 1's head ("Aanleiding"
    / "Beslispunten" / "Financiële" / "gevolgen" / "Ministerie van ..." / ... / "Aan ..."): the
    headings (a wrapped one joined) and the lines after them; None for any other text.

    Two known headings or more open the text, alone on their lines with no blank line between
    them, and a head follows them: the kind line or a known label's row within a few lines, no
    known heading nor a sentence's end before it (prose under the headings is their own text).
    Their sections' text follows the head without them: the order is lost, so the headings are
    kept apart (unplaced) and the head is read."""
    i = 0
    while i < len(lines) and lines[i].kind is Kind.BLANK:
        i += 1
    if i == len(lines) or not _known_heading(lines[i].text):
        return None  # (the cheap test first: most texts open with no heading)
    page = lines[i].page
    headings: list[Line] = []
    while i < len(lines) and lines[i].kind in (Kind.TEXT, Kind.LABEL) and lines[i].page == page:
        text = lines[i].text
        if _known_heading(text):
            headings.append(lines[i])
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.kind is Kind.TEXT
            and nxt.text[:1].islower()
            and len(nxt.text.split()) <= _MARGIN_WRAP_WORDS
            and _known_heading(joined := f"{text} {nxt.text}")
        ):
            headings.append(attrs.evolve(lines[i], text=joined))
            i += 2
            continue
        break
    if len(headings) < _MARGIN_FIRST_HEADINGS:
        return None
    for line in lines[i : i + _MARGIN_FIRST_REACH]:
        if line.kind is Kind.DOC_KIND or (
            line.kind in (Kind.LABEL, Kind.LABEL_VALUE) and _vocab.known_label(line.label) is not None
        ):
            return headings, lines[i:]
        if line.kind is not Kind.BLANK and (
            _known_heading(line.text) or (line.kind is Kind.TEXT and _ends_full_stop(line.text))
        ):
            return None  # (another heading, or prose: the headings head their own text)
    return None


#: The fewest headings of a margin column written before the head (:func:`_margin_column_first`).
_MARGIN_FIRST_HEADINGS: Final = 2
#: How many lines after such a column the head's kind line or first label row may stand.
_MARGIN_FIRST_REACH: Final = 12
#: The most words a heading's wrapped line holds ("Financiële" / "gevolgen").
_MARGIN_WRAP_WORDS: Final = 2


def _decision_boxes(lines: list[Line]) -> list[Line]:
    """The empty boxes of a decision block in the head ("Beslissing" / "Paraaf Minister" /
    "Datum", beside Aan and Van on page 1), each alone on its line: fields with an empty value,
    not a section "Beslissing" and a title "Paraaf Minister" (the options printed in the
    decision's box, "☐ Akkoord ☐ Niet akkoord" right under it, are its value; the date box's
    label, right after the paraph's box and over no date, also where labels stacked under it
    come before the column of their values, is empty too). Only a "Beslissing" line and a
    paraph's box together, a few lines apart, before the first page's end and the body's first heading,
    make such a block (a decision block under the body's sections, "Aanleiding" ... "Beslissing"
    / "Akkoord / niet akkoord" / "Paraaf Minister", is a section of its own; so is one whose
    "Beslissing" stands over its options, "Akkoord / niet akkoord", under a line of text, not
    under a label's row, and over the body's first heading: the body's first section, right
    under the title, :func:`_heading_after_boxes`)."""
    boxes = [
        k
        for k, ln in enumerate(lines)
        if ln.page == 1
        and ln.kind in (Kind.TEXT, Kind.LABEL)
        and (ln.text.casefold() == _vocab.DECISION_BOX_WORD or _vocab.PARAPH_BOX.match(ln.text) is not None)
    ]
    decision = [k for k in boxes if lines[k].text.casefold() == _vocab.DECISION_BOX_WORD]
    paraphs = [k for k in boxes if k not in decision]
    if not decision or not paraphs or not 0 < paraphs[0] - decision[0] <= _DECISION_BLOCK_LINES:
        return lines
    if any(ln.kind in (Kind.TEXT, Kind.HEADING) and _known_heading(ln.text) for ln in lines[: decision[0]]):
        return lines
    above = _page_neighbour(lines, decision[0], -1)
    if (
        above is not None
        and above.kind is Kind.TEXT
        and any(_vocab.DECISION_OPTION_ANY.search(ln.text) for ln in lines[decision[0] + 1 : paraphs[0]])
        and _heading_after_boxes(lines, paraphs[0])
    ):
        return lines
    out = list(lines)
    for k in (decision[0], paraphs[0]):
        out[k] = attrs.evolve(lines[k], kind=Kind.LABEL_VALUE, label=lines[k].text, rest="")
    options: list[int] = []  # (the options printed in the decision's box: its value)
    j = _filled(lines, decision[0] + 1)
    while j < paraphs[0] and _vocab.DECISION_OPTIONS_ROW.match(lines[j].text):
        options.append(j)
        j = _filled(lines, j + 1)
    if options:
        value = " ".join(lines[k].text for k in options)
        text = f"{lines[decision[0]].text}: {value}"
        out[decision[0]] = attrs.evolve(out[decision[0]], text=text, rest=value)
        for k in options:
            out[k] = attrs.evolve(lines[k], text="", kind=Kind.BLANK, label="", rest="")
    j = _filled(lines, paraphs[0] + 1)
    if (
        j < len(lines)
        and lines[j].kind is Kind.LABEL
        and _vocab.label_concept(lines[j].label) is _vocab.Concept.DATE
    ):
        after = _filled(lines, j + 1)
        while after < len(lines) and lines[after].kind is Kind.LABEL and not lines[after].rest:
            # (labels stacked under it, their values in a column under them, the date first:
            # "Datum" / "Kenmerk" / "12 januari 2027" / "2027-0000008841")
            after = _filled(lines, after + 1)
        if after >= len(lines) or not _fragments.is_date(lines[after].text):
            out[j] = attrs.evolve(lines[j], kind=Kind.LABEL_VALUE, rest="")
    return out


def _heading_after_boxes(lines: list[Line], paraph: int) -> bool:
    """Whether the first line with text after a decision block's paraph box (line ``paraph``),
    a bare date's box under it passed over, is a known heading or none: the block stands under
    the title, as the body's first section. The head's boxes have the title under them (under a
    value wrapped over two rows: "Van: Directie Integratie Europa en" / "Internationale
    Samenwerking" / "Beslissing" / ... / "Datum" / the title)."""
    j = _filled(lines, paraph + 1)
    if (
        j < len(lines)
        and lines[j].kind is Kind.LABEL
        and not lines[j].rest
        and _vocab.label_concept(lines[j].label) is _vocab.Concept.DATE
    ):
        j = _filled(lines, j + 1)
    return j >= len(lines) or (lines[j].kind in (Kind.TEXT, Kind.HEADING) and _known_heading(lines[j].text))


#: The fewest words of a row that goes on with a numbered paragraph's sentence.
_SENTENCE_ROW_WORDS: Final = 3
#: The fewest spaces in a title that a later page prints as its running head (a title of one
#: or two words may be a heading's word as well).
_RUNNING_TITLE_SPACES: Final = 3
#: The most lines between a decision block's "Beslissing" box and its paraph's box (a colofon
#: block written between them).
_DECISION_BLOCK_LINES: Final = 12


def _value_under_label(lines: list[Line]) -> list[Line]:
    """A colofon value read one row late, put back under its label.

    An extractor that reads the page row by row writes the colofon's label, then the main
    column's row beside the label's value row, then the value: "Datum" / "Wetsvoorstel ...
    openbaar" / "12 maart 2024" (a title line), "Extern OCW afgestemd" / "Aanleiding" / "FIN,
    BZK" (a heading), on page 1. The value is known by its form: a whole date under a date
    label, or a short value (codes, digits) under any label where the row between is a known
    heading. The row between goes on after the value, in the main column's order, or before the
    label where it continues the row over the label (it starts in lower case).
    """
    out = list(lines)
    # (the colofon beside the title and the first heading: page 1's rows only)
    labels = [
        i
        for i, line in enumerate(itertools.takewhile(lambda ln: ln.page == 1, out))
        if line.kind is Kind.LABEL
    ]
    for i in labels:
        if i + 2 >= len(out):
            break
        label, between = out[i], out[i + 1]
        if label.kind is not Kind.LABEL or between.kind is not Kind.TEXT:
            continue
        concept = _vocab.label_concept(label.label)
        found = _reference_after_rows(out, i) if concept is _vocab.Concept.REFERENCE else None
        end = i + 2 if found is None else found  # the value's index
        value = out[end]
        if value.kind is not Kind.TEXT:
            continue
        if concept is _vocab.Concept.DATE:
            moved = _fragments.is_date(value.text) and not _reads_as_value(between.text)
        elif found is not None:
            moved = not _reads_as_value(between.text)
        else:
            moved = (
                _known_heading(between.text)
                and _fits_colofon(value.text)
                and _reads_as_value(value.text)
                and not _ends_sentence(value.text)
            )
        rows = out[i + 1 : end]
        if moved and between.text[:1].islower() and i > 0 and out[i - 1].kind is Kind.TEXT:
            # the main column's row goes on from the row over the label ("Besluit ... voor" /
            # "Datum" / "de armoedeaanpak" / "5 november 2024": a title wrapped beside them)
            out[i : end + 1] = [*rows, label, value]
        elif moved:
            out[i + 1 : end + 1] = [value, *rows]
    return out


def _reference_after_rows(lines: list[Line], i: int) -> int | None:
    """The index of a reference's value read after one to three rows of the main column under
    its label at ``i``, or None: a reference by its form, its digits
    (:func:`_vocab.reference_word`), with the main column's rows on after it ("Referentie" /
    "Uitkomsten van de Klimaat- en" / "IENW/BSK-2020/188431" / "Energieverkenning 2020": a
    title's two rows) or the colofon's next label after it ("Kenmerk" / "Aanpak van" /
    "COVID-19" / "in het mbo" / "2020-0000123456" / "Datum": a title of three rows, a token of
    digits but not a reference's among them)."""
    for end in range(i + 2, min(i + 2 + _REFERENCE_ROWS_BEFORE, len(lines))):
        line = lines[end]
        if line.kind is not Kind.TEXT:
            break
        if not _vocab.reference_word(line.text):
            continue
        nxt = lines[end + 1] if end + 1 < len(lines) else None
        if nxt is None:
            break
        if nxt.kind is Kind.TEXT and not _reads_as_value(nxt.text.split()[0]):
            return end
        if nxt.kind is Kind.LABEL and end > i + 2:
            return end
        break
    return None


#: The most rows of the main column read between a reference's label and its value (a title's
#: rows, see :func:`_reference_after_rows`).
_REFERENCE_ROWS_BEFORE: Final = 3


def _split_glued_count(lines: list[Line]) -> list[Line]:
    """An attachment count label left without a value ("Bijlagen" / blank or another label) and
    the main column's row under it ending in a lone number ("... ten behoeve 1"): the colofon
    printed the count beside that row and the extractor glued it on (pdfplumber puts one space
    between columns when the row is long). The number is split off as the label's value; so is
    another label's value by its form ("Ons kenmerk" / "... In de vorige 5512345"), also where
    a -layout text wrote the colofon's column before the main column's rows."""
    out = list(lines)
    values: dict[int, Line] = {}  # the value split off for the label at each index
    for i, label in enumerate(lines):
        if label.kind is not Kind.LABEL:
            continue
        concept = _vocab.label_concept(label.label)
        if concept in _NO_GLUED_VALUE or _vocab.key(label.label) in _vocab.INLINE_LABELS:
            continue
        # (pdftotext/pdfplumber -layout write the margin column first, the main column after)
        row = next((j for j in range(i + 1, len(lines)) if lines[j].number == label.number + 1), None)
        if row is None or lines[row].page != label.page:
            continue
        nxt = lines[i + 1]
        if nxt is not lines[row] and nxt.kind is Kind.TEXT and label.number < nxt.number <= label.number + 2:
            continue  # the label has a value of its own, on the rows under it
        words = lines[row].text.split()
        if lines[row].kind is not Kind.TEXT:
            continue
        if concept is _vocab.Concept.ATTACHMENT_COUNT:
            n = 1 if _ends_in_count(lines[row].text, label.label) else 0
        else:
            # any other label: a value by its form glued to a body row too wide for the colofon
            # ("Ons kenmerk" / "... In de vorige 5512345", see `_spliced_value_at_end`)
            n = 0 if _fits_colofon(lines[row].text) else _spliced_value_at_end(words, label.label)
        if not n:
            continue
        head = lines[row]
        out[row] = _lines.classify(" ".join(words[:-n]), head.number, head.page)
        values[i] = attrs.evolve(head, text=" ".join(words[-n:]), kind=Kind.TEXT, label="", rest="")
    if not values:
        return lines
    flat: list[Line] = []
    for i, line in enumerate(out):
        flat.append(line)
        if i in values:
            flat.append(values[i])
    return flat


def _word_before_count(word: str) -> bool:
    """Whether a glued count may follow this word of a main-column row: a word in lower case,
    also one ending its sentence ("... ondertekenen. 1": a footnote marker under a bare count
    label is glued to its word by pdfplumber, the colofon's count stands apart); not an
    abbreviation ("nr. 4") or a word with digits ("artikel 3" is caught by NUMBERED_NOUNS), but
    a year ending its sentence ("... van 2023. 0": no count or number goes on from a full stop);
    of a compound, its last part ("Natura 2000-gebieden 0": the compound is a word)."""
    bare = word.removesuffix(".") if _ends_full_stop(word) else word
    if bare != word and len(bare) == _YEAR_DIGITS and bare.isdigit():
        return True
    bare = bare.rpartition("-")[2]
    return bare.isalpha() and bare.islower()


#: The digits of a year ("2023").
_YEAR_DIGITS: Final = 4


def _split_label_before_code(line: Line, nxt: Line) -> tuple[Line, Line] | None:
    """A label of two or three words at the end of a row, after its sentence's end, with a ground
    code ending the next row ("... werken thuis. Opgesteld door" / "... vergoeding. 10.2.e"):
    the label is split off the row (a label ending no sentence is split in any case)."""
    if line.kind is not Kind.TEXT or nxt.kind is not Kind.TEXT:
        return None
    if not _value_word(nxt.text):
        return None
    words, after = line.text.split(), nxt.text.split()
    n_value = _value_words_at_end(after)
    if not n_value or not all(_vocab.GROUND_CODE.fullmatch(w.strip("[]()")) for w in after[-n_value:]):
        return None
    for n in (3, 2):
        if len(words) <= n or not words[-n][:1].isupper():
            continue
        label = _vocab.known_label(" ".join(words[-n:]))
        if label is None or not _ends_sentence(" ".join(words[:-n])):
            continue
        printed = " ".join(words[-n:])
        return (
            _lines.classify(" ".join(words[:-n]), line.number, line.page),
            attrs.evolve(line, text=printed, kind=Kind.LABEL, label=_vocab.repaired_label(printed)),
        )
    return None


def _codes_at_end(words: list[str]) -> int:
    """How many of the last words, one to four after at least one other, are unit codes
    ("DGDOO", "DGKE, pSG, SG"); 0 when the last word is none."""
    n = 0
    while n < min(_BARE_VALUE_WORDS, len(words) - 1) and _CODE_WORD.match(words[-n - 1]):
        n += 1
    return n if n and not words[-1].endswith(",") else 0


def _split_heading_value(line: Line, above: list[Line]) -> tuple[Line, ...]:
    """A known heading with a colofon value at the end of its row: "Aanleiding 19 februari 2021",
    "Geadviseerd besluit 5.1.2e", "Aanleiding DGDOO" (a row-by-row extractor put the value
    beside the heading); a count of one or two digits only right under a bare attachment count
    label ("Bijlage(n)" / "Aanleiding 0").
    The value comes first, so it stays next to its label above; the heading follows. Ground
    codes alone are such a value only right under a bare label waiting for one (``above``, the
    lines read so far): under prose they are the heading's redacted words ("Risico's 5.1.2i").
    A numbered heading, read as an item ("2. Geadviseerd besluit 5.1.2e"), gives such codes only."""
    if line.text.endswith(".") or (
        line.kind is not Kind.TEXT and (line.kind is not Kind.ORDERED or not _under_bare_label(above))
    ):
        return (line,)  # (a full stop ends a sentence, a footnote: "1 Advies W12.24.00087/III.")
    if (person := _person_after_heading(line, above)) is not None:
        return person
    valued = _value_word(line.text)
    if not valued and not _CODE_WORD.match(line.text.rpartition(" ")[2]):
        return (line,)  # (a cheap test first: the last word has a digit or is a code)
    words = line.text.split()
    if valued:
        n = _value_words_at_end(words)
        if not n and len(words) > 1 and _COUNT_VALUE.match(words[-1]) and _under_count_label(above):
            n = 1  # a count beside the heading, under a bare count label ("Bijlage(n)" / "Aanleiding 0")
    elif line.text.isupper():
        n = 0  # (codes only after a heading in lower case: "VERVOLGSTAPPEN EN PLANNING" is one)
    else:
        n = _codes_at_end(words)
    head = " ".join(words[:-n]) if n else ""
    if not head or head[:1].islower():
        # (a heading's word in lower case is a value's word: "woordvoering MP", the last line
        # of a "Kopie aan" list)
        return (line,)
    if not _known_heading(_vocab.NUMBERED_HEADING.sub(r"\2", head)):
        return (line,)
    if _known_heading(_vocab.NUMBERED_HEADING.sub(r"\2", line.text)):
        return (line,)  # the code is the heading's own word: "Besluit SG"
    codes = _is_code_line(" ".join(words[-n:]))
    if (codes and not _under_bare_label(above)) or (not codes and line.kind is Kind.ORDERED):
        return (line,)  # no label above to take the codes: the heading's redacted words
    return (
        _lines.classify(" ".join(words[-n:]), line.number, line.page),
        _lines.classify(head, line.number, line.page),
    )


#: The most words of a known heading before a name on its row ("Geadviseerd besluit").
_HEADING_WORDS_BEFORE_NAME: Final = 3


def _person_after_heading(line: Line, above: list[Line]) -> tuple[Line, Line] | None:
    """A known heading with a person's name at the end of its row, right under a drafter's or a
    contact's bare label ("Contactpersoon" / "Aanleiding M. Bakker", a row-by-row extractor put
    the colofon's value beside the heading): (the name, the heading), or None."""
    label = _bare_label_above(above)
    if label is None or not _vocab.names_a_person(label.label):
        return None
    words = line.text.split()
    for n in range(1, min(_HEADING_WORDS_BEFORE_NAME, len(words) - 2) + 1):
        head, name = " ".join(words[:n]), " ".join(words[n:])
        if _known_heading(head) and (
            _vocab.PERSON_WITH_INITIALS.match(name) is not None or _vocab.names_post_holder(name)
        ):
            return _lines.classify(name, line.number, line.page), _lines.classify(
                head, line.number, line.page
            )
    return None


def _under_count_label(above: list[Line]) -> bool:
    """Whether the last line read with text is a bare attachment count label ("Bijlage(n)")."""
    label = _bare_label_above(above)
    return label is not None and _vocab.label_concept(label.label) is _vocab.Concept.ATTACHMENT_COUNT


def _under_bare_label(above: list[Line]) -> bool:
    """Whether the last line read with text is a bare label (waiting for its value)."""
    return _bare_label_above(above) is not None


def _last_read(above: list[Line]) -> Line | None:
    """The last line with text of ``above`` (the lines read so far), or None."""
    return next((ln for ln in reversed(above) if ln.kind is not Kind.BLANK), None)


def _bare_label_above(above: list[Line]) -> Line | None:
    """The last line read with text (:func:`_last_read`) where it is a bare label, waiting for
    its value; else None."""
    before = _last_read(above)
    return before if before is not None and before.kind is Kind.LABEL else None


#: A run-in heading: a few words opening a row, closed by a full stop or a colon, a sentence
#: after them on the same row ("Aanleiding. De regeling ...", "Toelichting: De indexatie ...").
_RUN_IN_HEADING: Final = re.compile(
    r"([A-Z\u00c0-\u00de][^.:]{2,40}?[.:]) +(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"
)
#: How far into a row a run-in heading's stop or colon and the space after it can stand.
_RUN_IN_REACH: Final = 44
#: The fewest words of the sentence after a run-in heading (not a value: "Besluit: Akkoord").
_RUN_IN_WORDS: Final = 4
#: The most rows after a run-in heading's row on which the sentence after it may end.
_RUN_IN_ROWS: Final = 6
#: The most rows a head form's value under a known heading used as its label may take.
_HEAD_FORM_VALUE_ROWS: Final = 3
#: The most words of a short value under a known heading without its colon used as a label.
_HEAD_FORM_SHORT_WORDS: Final = 12


def _split_run_in_heading(
    line: Line, above: list[Line], raw: list[tuple[int, int, str]], at: int, *, layout: bool
) -> tuple[Line, Line] | None:
    """A known heading run in at the start of its paragraph's first row, closed by a full stop or
    a colon ("Aanleiding. De energie-investeringsaftrek ...", "Toelichting: De indexatie ..."):
    the heading as printed (its stop or colon kept), then the row's rest, the paragraph's first
    line. Not where the row above goes on into it (a comma, "... van de"), nor under a label or a
    field (a row of the head's fields: "Gevraagd besluit: Instemmen met ..."), nor where the
    sentence after it does not end on its row or the next few rows (at a row's end or inside
    it; ``raw[at]`` is the row),
    before a blank row or a known heading: a title opening with a heading word ("Advies:
    Reactie op het rapport van de Raad van State", blank) is no paragraph. In ``layout`` text a
    blank row may be a colofon row taken out of the body's column: only a known heading stops."""
    head = line.text[:_RUN_IN_REACH]
    if (
        line.kind is not Kind.TEXT
        or not head[:1].isupper()
        or (". " not in head and ": " not in head)  # (a cheap test before the pattern)
        or (m := _RUN_IN_HEADING.match(line.text)) is None
    ):
        return None
    rest = line.text[m.end() :]
    if len(rest.split()) < _RUN_IN_WORDS or not _vocab.is_known_heading(m[1][:-1]):
        return None
    if not _ends_in(rest) and not _sentence_ends_below(raw, at, blank_ends=not layout):
        return None
    before = _last_read(above)
    if before is not None and (
        before.kind in (Kind.LABEL, Kind.LABEL_VALUE)  # (a field among the head's: "Gevraagd besluit: ...")
        or (before.kind is Kind.TEXT and (_goes_on(before.text) or _field_row(before.text)))
    ):
        return None
    return (
        _lines.classify(m[1], line.number, line.page),
        _lines.classify(rest, line.number, line.page),
    )


#: The most words of a known heading set in the margin beside its paragraph's first row.
_MARGIN_HEADING_WORDS: Final = 4
#: The fewest words of the sentence after a heading set in the margin, on its row.
_MARGIN_HEADING_REST: Final = 3


def _margin_heading_words(text: str) -> int:
    """How many words, one to :data:`_MARGIN_HEADING_WORDS`, of a row open it with a known
    heading set in the page's margin and glued to its paragraph's first row by an extractor
    that reads across ("Aanleiding Op 12 maart ...", "Uitvoering en planning De ..."): the
    heading, then a capitalised word that opens a sentence (:data:`_vocab.MARGIN_HEADING_OPENERS`)
    and the sentence's rest; 0 if the row has no such shape. A heading's word with a full stop or
    a colon is a run-in heading (:func:`_split_run_in_heading`); a word in lower case or a name's
    after it keeps the row prose ("Kern van het probleem ...", "Advies Raad van State ...")."""
    words = text.split()
    for n in range(min(_MARGIN_HEADING_WORDS, len(words) - _MARGIN_HEADING_REST), 0, -1):
        opener = words[n]
        if (
            opener[:1].isupper()
            and opener.casefold() in _vocab.MARGIN_HEADING_OPENERS
            and words[n - 1][-1:].isalpha()
            and _vocab.is_known_heading(" ".join(words[:n]))
        ):
            return n
    return 0


def _margin_heading_habit(raw: list[tuple[int, int, str]]) -> bool:
    """Whether two or more rows of the text open with a heading set in the margin
    (:func:`_margin_heading_words`): the template prints its headings there."""
    count = 0
    for row in raw:
        text = row[2].strip()
        if text[:1].isupper() and _margin_heading_words(text):
            count += 1
            if count == 2:
                return True
    return False


def _opens_paragraph(above: list[Line]) -> bool:
    """Whether the next row opens a paragraph by what was read before it (``above``): the text's
    first row, a row after a blank one, after a row other than text (a heading, a field), after
    a sentence's end, or after a row of text alone that does not go on (a title: plain extractors
    drop the blank rows between blocks)."""
    if not above or above[-1].kind is not Kind.TEXT:
        return True
    before = above[-1].text
    if _ends_in_noted(before) or before.endswith(":"):
        return True
    return (len(above) < 2 or above[-2].kind is not Kind.TEXT) and not _goes_on(before)


def _split_margin_heading(
    line: Line, above: list[Line], habit: Callable[[], bool]
) -> tuple[Line, Line] | None:
    """A known heading set in the page's margin beside its paragraph's first row, which a plain
    extractor glued to that row ("Aanleiding Op 12 maart heeft de Kamer ...",
    :func:`_margin_heading_words`): the heading, then the paragraph's first line. Only where the
    row opens a paragraph (:func:`_opens_paragraph`) and the evidence is strong: the document
    glues two or more headings so (``habit``, asked last: it reads the whole text), or the
    heading is of several words or of one that opens no sentence
    (:data:`_vocab.MARGIN_HEADINGS_ALONE`)."""
    n = _margin_heading_words(line.text)
    if not n or not _opens_paragraph(above):
        return None
    words = line.text.split()
    head = " ".join(words[:n])
    if n == 1 and head.casefold() not in _vocab.MARGIN_HEADINGS_ALONE and not habit():
        return None
    return (
        _lines.classify(head, line.number, line.page),
        _lines.classify(" ".join(words[n:]), line.number, line.page),
    )


def _field_row(text: str) -> bool:
    """Whether a row is a label outside the vocabulary with its value after a colon, the label of
    a label's form ("Sector: Mobiliteit", "Reden van spoed: Het debat ..."): a head form's row."""
    m = _UNKNOWN_LABEL.match(text)
    return m is not None and bool(m[2]) and _has_label_form(m[1])


def _ends_in(text: str) -> bool:
    """Whether a sentence ends on a row of ``text``: at its end, or inside it ("... 2025 af. De
    Europese Commissie": a long paragraph's rows may all go on past their sentences' ends)."""
    return _ends_sentence(text) or _SENTENCE_END_INSIDE.search(text) is not None


def _ends_in_noted(text: str) -> bool:
    """Whether a sentence ends on a row of ``text`` (:func:`_ends_in`), also before a footnote
    marker glued to its end ("... aangenomen.1", "... per 1 januari 2025.1"): a paragraph's last
    row, no title."""
    if _ends_in(text):
        return True
    if not text[-1:].isdigit():
        return False  # (the cheap test first; a superscript is a digit too)
    return (
        _MARKER_AT_END.search(text) is not None or _YEAR_MARKER.search(text[-8:]) is not None
    ) and _ends_sentence(text.rstrip(_MARKER_DIGITS).rstrip())


def _sentence_ends_below(raw: list[tuple[int, int, str]], at: int, *, blank_ends: bool) -> bool:
    """Whether a sentence going on from row ``at`` ends on one of the next few rows that have
    text (:data:`_RUN_IN_ROWS`), at its end or inside it, before a known heading's row
    (``blank_ends``: or a blank row)."""
    rows = 0
    for j in range(at + 1, len(raw)):  # (no slice: it would copy the rows to the text's end)
        text = raw[j][2].strip()
        if not text:
            if blank_ends:
                return False
            continue
        if _vocab.is_known_heading(text):
            return False
        if _ends_in(text):
            return True
        rows += 1
        if rows == _RUN_IN_ROWS:
            return False
    return False


#: The fewest known labels a row of nothing else holds to be a table's column heads.
_TABLE_LABEL_HEADS: Final = 3


def _label_heads(words: list[str]) -> int:
    """How many known labels of one to three words a row is made of, read from its start
    ("Datum Kenmerk Bijlage(n)": 3), or 0 when a word is left over: a row of labels alone, three
    or more, heads a table's columns ("U reageert op de volgende brief:" / "Datum  Kenmerk
    Onderwerp" / "2 februari 2026  GL/2026/0412  ..."), no heading with a label beside it."""
    count = at = 0
    while at < len(words):
        n = next((n for n in (3, 2, 1) if _vocab.known_label(" ".join(words[at : at + n])) is not None), 0)
        if not n or not words[at][:1].isupper():
            return 0
        count += 1
        at += n
    return count


def _split_trailing_label(line: Line) -> tuple[Line, ...]:
    """A heading with a colofon label at the end of its row: "Krachtenveld Opgesteld door".

    Row-by-row extractors append the colofon label that stands beside a heading. The line is split
    when its end is a label from the vocabulary and what comes before reads as a heading (a known
    one, or a short capitalised phrase that does not end a sentence).
    """
    words = line.text.split()
    if _two_labels(words):
        return (line,)  # a row of two labels ("Datum Bijlagen"): split, if at all, by the row under it
    for n in (3, 2, 1):
        if len(words) <= n or not words[-n][0].isupper():
            continue
        label = _vocab.known_label(" ".join(words[-n:]))
        if label is None or _vocab.label_concept(label) is _vocab.Concept.PAGE:
            continue
        if _is_column_row(line.text):
            return (line,)
        head = " ".join(words[:-n])
        known = _vocab.is_known_heading(_vocab.NUMBERED_HEADING.sub(r"\2", head))
        # a label of two or three capitalised words ("Opgesteld door") ends no sentence: the
        # row-by-row extractor put it beside the line (a title's second line, a heading)
        spliced = (
            n >= 2
            and _vocab.key(label) not in _vocab.INLINE_LABELS
            and not head.endswith(",")
            and not _ends_sentence(head)  # "... aparte brief. Uiterlijk bij" / "de Voorjaarsnota"
        )
        # "Aan"/"Van" also end names ("Omtzigt, Van / Vroonhoven"): only after a known heading
        short = (
            len(words) - n <= 6
            and head[0].isupper()
            and not _ends_sentence(head)
            and not head.endswith(",")
            and _vocab.key(label) not in _vocab.INLINE_LABELS
            and not _ends_with_continuation(head)  # "Gevolgen voor de Directie"
        )
        if known or short or spliced:
            tail = " ".join(words[-n:])
            return (
                _lines.classify(head, line.number, line.page),
                _lines.classify(tail, line.number, line.page),
            )
    return (line,)


def _values_of_stacked(run: _Run) -> bool:
    """A run of short lines, one for each of two or more labels stacked before it, is their values
    (a header table read column after column: "Aan" / "Van" / "Datum", then "de minister" /
    "Directeur Begrotingszaken" / "18 april 2024").

    When one of the labels names the subject ("Betreft"), its value is the title, which the value
    column wraps over as many rows as it needs: the lines left over after each other label took
    its own, those above the subject's from the top and those below it from the bottom ("Aan" /
    "Van" / "Datum" / "Kenmerk" / "Betreft" / "Bijlagen", then six values and a title wrapped
    over two lines), are all the subject's."""
    waiting = [f for f in run.pending if not f.values]
    if len(waiting) < 2 or len(run.lines) < len(waiting) or _is_salutation(run.lines[0].text):
        return False  # (a letter's salutation and text are no values: "Geachte voorzitter,")
    subject = _subject_at(waiting)
    if len(run.lines) > len(waiting) and subject is None:
        return False
    pairs = _stacked_pairs(waiting, run.lines, subject)
    if _wrapped_name([line for _, line in pairs]):
        return False
    return all(_fits_stacked_value(f.label, ln.text) for f, ln in pairs)


def _subject_at(waiting: list[_PendingField]) -> int | None:
    """The place of the last label among ``waiting`` that names the subject ("Betreft"), or None."""
    return next(
        (
            k
            for k in range(len(waiting) - 1, -1, -1)
            if _vocab.label_concept(waiting[k].label) is _vocab.Concept.TITLE
        ),
        None,
    )


def _stacked_pairs(
    waiting: list[_PendingField], lines: list[Line], subject: int | None
) -> list[tuple[_PendingField, Line]]:
    """Each label stacked over a column of values with its line, the subject's label (at
    ``subject``) left out: the labels above it take lines from the top, those below it from the
    bottom, and the subject has the lines between."""
    if subject is None:
        return list(zip(waiting, lines, strict=False))
    after = len(waiting) - subject - 1
    below = list(zip(waiting[subject + 1 :], lines[len(lines) - after :], strict=True)) if after else []
    return [*zip(waiting[:subject], lines, strict=False), *below]


def _wrapped_name(lines: list[Line]) -> bool:
    """Whether a run's first two lines are one name wrapped over them: the first ends in a word
    that goes on ("Directoraat-generaal Klimaat en" / "Energie"), or opens with a unit's word and
    the next is a bare capitalised word that starts no unit ("Directie Financieel-Economische" /
    "Zaken"). The colofon's unit, wrapped so, is no column of values for labels stacked above
    it: plain pdftotext writes the column blocks in the order the PDF draws them, so the unit's
    block can come between the labels and their values."""
    if len(lines) < 2:
        return False
    first, second = lines[0].text, lines[1].text
    if _ends_with_continuation(first):
        return True
    return (
        _opens_with_unit(first)
        and second.isalpha()
        and second[:1].isupper()
        and second[1:].islower()
        and not _starts_unit(second, first)
    )


#: The longest value of the header's addressee or sender: those labels ("Aan" / "Van") stand in
#: the main column, their values beside them in a column wider than the colofon's, where a sender
#: spelled out ("Directeur Wetgeving en Juridische Zaken") passes the colofon's width.
_HEADER_VALUE_WIDTH: Final = 60


def _fits_stacked_value(label: str, text: str) -> bool:
    if _vocab.label_concept(label) in (_vocab.Concept.ADDRESSEE, _vocab.Concept.SENDER):
        return len(text) <= _HEADER_VALUE_WIDTH
    return _fits_colofon(text)


def _short_of_stacked(run: _Run) -> bool:
    """Whether a run has fewer lines than the labels stacked before it wait for: its next line is
    one more value in the column, even where it would start a block of its own (a unit's name,
    "DG SZW", under the addressee)."""
    waiting = sum(1 for f in run.pending if not f.values)
    return waiting >= 2 and len(run.lines) < waiting and all(_fits_colofon(ln.text) for ln in run.lines)


#: A sentence's end inside a row: "... te herzien. In deze nota ...".
_SENTENCE_END_INSIDE: Final = re.compile(r"[a-z)][.!?] [A-Z]")

#: A section number alone on its line: "3.", "3)", "3.1", "3.2.1." (not a bare "3", a count or a
#: row).
_SECTION_NUMBER_LINE: Final = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]$|^\d{1,2}(?:\.\d{1,2})+$")


def _hanging_heading_text(lines: list[Line], i: int) -> Line | None:
    """The text of a heading whose number stands alone on line i: the next line with text, after
    blank lines if any, on the same page, a short capitalised phrase that ends no sentence.

    A colofon pair may stand between them, a known label alone and its value ("2)" / "Onze
    referentie" / "2024-0000556677" / "Geadviseerd besluit"): plain pdftotext writes the blocks
    in the order the PDF draws them, and a rewritten PDF (cairo, Ghostscript) draws the colofon's
    block between the number's and the heading's."""
    line = lines[i]
    if line.kind not in (Kind.TEXT, Kind.ORDERED) or not _SECTION_NUMBER_LINE.match(line.text):
        return None
    j = _filled(lines, i + 1)
    if (
        j + 1 < len(lines)
        and lines[j].kind is Kind.LABEL
        and lines[j + 1].kind is Kind.TEXT
        and _fits_colofon(lines[j + 1].text)
    ):
        j += 2
        j = _filled(lines, j)
    if j >= len(lines):
        return None
    text = lines[j]
    words = text.text.split()
    if (
        text.kind is not Kind.TEXT
        or text.page != line.page
        or not words
        or len(words) > _MAX_HANGING_HEADING_WORDS
        or not text.text[0].isupper()
        or text.text[-1] in ".;:,"
        or _SECTION_NUMBER_LINE.match(text.text)
    ):
        return None
    return text


#: A paragraph's number in a hanging margin and its first word: "2.1 Wij", "3.2.1 De".
_NUMBERED_PARAGRAPH: Final = re.compile(r"(\d{1,2}(?:\.\d{1,2})+)\.? +[A-Z\u00c0-\u00de]")

#: The number a line starts with ("3.1 Politieke context", "3.", "3.2.1"), without its end dot.
_NUMBER_START: Final = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?(?:\s|$)")
#: A heading's number alone, "4." / "4" / "2.3" (a row's rest before its heading's word).
_HEADING_NUMBER_ONLY: Final = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?$")


def _follows_in_numbering(number: str, seen: set[str]) -> bool:
    """Whether a section number follows one seen before it ("3.2" after "3.1", "3.1" after "3",
    "2" after "1"; "1" follows nothing): a number alone on its line that does not ("5.2" in a nota
    without numbered headings) is something else, such as a redaction's ground code."""
    parts = [int(p) for p in number.rstrip(".)").split(".")]
    if parts[-1] > 1:
        before = [*parts[:-1], parts[-1] - 1]
    elif len(parts) > 1:
        before = parts[:-1]
    else:
        return True
    return ".".join(map(str, before)) in seen


#: The most words a heading's text under its hanging number may have.
_MAX_HANGING_HEADING_WORDS: Final = 14


def _title_beside_address(run: _Run, text: str) -> bool:
    """Whether a row starts a run of its own at an address's edge in the head: a row of three
    words or more, no address and no letterhead, under an address's postcode and town ("2511 DP
    Den Haag" / "Capaciteit gevangeniswezen: ..."), or a post box alone on its row under such a
    row ("... maatregelen 2025" / "Postbus 20301"): a row-by-row extractor interleaved the
    colofon's address with the title's rows; the address is letterhead, the title its own run."""
    last = run.lines[-1].text
    if _vocab.POSTCODE_TOWN.match(last):
        words = text.split()
        # (the postcode-and-town row is whole after its town, so a row of two words under it
        # with a word in small letters is no town's and no name's: "2500 EH Den Haag" /
        # "Capaciteit wijkagenten"; two capitalised words may still be the address's, "The
        # Netherlands")
        return (
            (
                len(words) >= _TITLE_BESIDE_ADDRESS_WORDS
                or (len(words) == 2 and words[0][:1].isupper() and any(w[:1].islower() for w in words[1:]))
            )
            and not _is_address(text)
            and not _is_letterhead_like(text)
            and not _opens_with_unit(text)
        )
    return (
        _vocab.POST_BOX_AT_END.fullmatch(text.strip()) is not None
        and text[:1].isupper()
        and not any(_is_address(ln.text) for ln in run.lines)
        and not _is_letterhead_like(run.lines[0].text)
    )


def _after_last_row(run: _Run, line: Line) -> bool:
    """Whether a line starts a block of its own under a block of wrapped main-column rows whose
    last row is short ("... ten behoeve" / "van de regionale energiestrategieën" / "Uitwerking van
    de afspraken ..."): the rows above were filled to the column's width, so the short one ends
    the block (a title over three rows), and a capital starts the next (a subtitle), which
    plain extractors write without a blank line between."""
    rows = run.lines
    if not rows or not line.text[:1].isupper():
        return False
    last = rows[-1].text
    if len(rows) == 1:
        # one row, and the line under it longer than that row and the line's first word: the
        # row had room for that word, so it was not wrapped but ended its block (a title over a
        # subtitle in a smaller letter: "Nader rapport ... Energiewet" / "Reactie op het ...")
        return (
            len(last) + 1 + len(line.text.split()[0]) < len(line.text)
            and len(last.split()) >= _SUBTITLE_TITLE_WORDS
            and not _ends_with_continuation(last)
            and _WORD_HYPHEN_END.search(last) is None
            and not last.endswith((",", ":"))
            and not _ends_sentence(last)
            and not _ends_sentence(line.text)
            and not _is_letterhead_like(last)
            and not _is_letterhead_like(line.text)
        )
    # (the last row first: the rows above are measured only when it could end the block, so a
    # long run is not measured again for every line under it)
    return (
        not _ends_with_continuation(last)
        and _WORD_HYPHEN_END.search(last) is None
        and not last.endswith(",")
        and not _ends_sentence(last)  # (a paragraph's end is left to the body's rules)
        # (an address's head word opens the address under it: "Bezoekadres" / "Bezuidenhoutseweg 73")
        and _address_head(last) is None
        # (an address's line goes on in its town or more of the address, as _address_groups
        # joins them: a unit's long name over it, "DG Openbaar Bestuur en Democratische
        # Rechtsstaat" / "Turfmarkt 147" / "Den Haag", is no title whose short last row ends it)
        and not (_is_address(last) and (_is_town(line.text) or _is_address(line.text)))
        and all(len(ln.text) > _COLOFON_WIDTH for ln in rows[:-1])
        and len(last) < _SHORT_LAST_ROW * max(len(ln.text) for ln in rows[:-1])
    )


#: The fewest words of a one-row title over a subtitle (a shorter row is a label's value or a
#: unit's name as often as a title).
_SUBTITLE_TITLE_WORDS: Final = 4
#: A block's last row shorter than this share of its widest row ends it.
_SHORT_LAST_ROW: Final = 0.6


def _give_values(run: _Run, *, column: bool = False) -> None:
    """Give the labels stacked before a run its lines in order; the last label takes the rest.
    A ``column`` of values (:func:`_values_of_stacked`) gives the rest to its subject's label
    instead, wherever it stands among the labels."""
    pending = [f for f in run.pending if not f.values]
    if column and len(run.lines) > len(pending) and (subject := _subject_at(pending)) is not None:
        pairs = _stacked_pairs(pending, run.lines, subject)
        for field, line in pairs:
            field.values.append(line.text)
            field.value_line = line
        taken = {id(line) for _, line in pairs}
        rest = [ln for ln in run.lines if id(ln) not in taken]
        pending[subject].values.extend(ln.text for ln in rest)
        pending[subject].value_line = rest[0]
        return
    if 2 <= len(run.lines) < len(pending):
        # as many lines as the labels stacked right above one another, the last of them: theirs;
        # a label a blank line or more above them kept no value ("Datum" / blank / "Aan" /
        # "Van" / blank / "Minister van EZK" / "Directeur RVO": the date withheld)
        group = len(pending) - 1
        while group and pending[group].line.number - pending[group - 1].line.number == 1:
            group -= 1
        if len(pending) - group == len(run.lines):
            pending = pending[group:]
    if len(run.lines) <= len(pending):
        for field, line in zip(pending, run.lines, strict=False):
            field.values.append(line.text)
            field.value_line = line
    else:
        for field, line in zip(pending[:-1], run.lines, strict=False):
            field.values.append(line.text)
            field.value_line = line
        rest = run.lines[len(pending) - 1 :]
        pending[-1].values.extend(ln.text for ln in rest)
        pending[-1].value_line = rest[0]


def _split_title_from_prose(run: _Run) -> list[_Run]:
    """Split a run of running text where its first rows are a title over the paragraph that an
    extractor wrote right under it, no blank line between ("Evaluatie van de snelheidsverlaging
    op rijkswegen" / "Aan de hand van de evaluatie van het RIVM is bezien of ..."): the first row
    that opens a sentence (a capital, then a word in lower case) under rows that end no sentence
    and go on in no joining word, and is no narrower than the row above it, begins the paragraph
    when the rows from it on are running text and the rows above it are not. A wrapped title's
    next row ("Stand van zaken van de uitkoopregelingen voor veehouders" / "rond Natura
    2000-gebieden") opens in lower case or is narrower, and stays the title's."""
    if len(run.lines) < 2 or not _is_prose(run.text):
        return [run]
    for at in range(1, len(run.lines)):
        above = run.lines[at - 1].text
        head = run.lines[:at]
        if _ends_sentence(above) or above.endswith(",") or _ends_with_continuation(above):
            return [run]
        if _WORD_HYPHEN_END.search(above):
            continue
        words = run.lines[at].text.split()
        if (
            len(words) >= 2
            and words[0][:1].isupper()
            and words[1][:1].islower()
            and len(run.lines[at].text) >= len(above)
            and (
                _is_prose(rest := join_wrapped([ln.text for ln in run.lines[at:]]))
                or _is_short_sentence(rest)
            )
            and len(join_wrapped([ln.text for ln in head]).split()) >= 2
        ):
            return [
                _Run(head, run.after_kind, run.pending, run.start, run.under, run.qualifier),
                _Run(run.lines[at:], False, run.pending, run.start + at),
            ]
    return [run]


def _split_at_addressee(run: _Run) -> list[_Run]:
    """Split a letterhead run where an unlabelled addressee begins ("de minister van ...")."""
    at = next((i for i, ln in enumerate(run.lines) if i and _vocab.ADDRESSEE_LINE.match(ln.text)), None)
    if at is None:
        return [run]
    return [
        _Run(run.lines[:at], run.after_kind, run.pending, run.start),
        _Run(run.lines[at:], False, run.pending, run.start + at),
    ]


def _address_groups(lines: list[Line]) -> list[str]:
    """Split a letterhead run where the address begins (unit name, then street and postbus), and
    where a unit's name begins (see _starts_unit). A word heading the address on a line of its
    own ("Bezoekadres" / "Bezuidenhoutseweg 73") begins it."""
    groups: list[list[str]] = []
    previous = True
    for k, line in enumerate(lines):
        head = _address_head(line.text)
        address = _is_address(line.text)
        if not groups or (address and not previous) or _starts_unit(line.text, groups[-1][-1]):
            groups.append([])
        # (the head's colon is a label's, "Bezoekadres:": the entry reads as without it)
        groups[-1].append(line.text if head is None else " ".join(filter(None, head.groups())))
        # (the town under a street, "Rijnstraat 50" / "Den Haag" / "Postbus 16375": one address;
        # so is a short code line with a number between two of its lines, an internal mail code
        # or a building, "Plein 4" / "MPC 58 B" / "Postbus 20701")
        previous = address or (
            previous
            and len(groups[-1]) > 1
            and (
                _is_town(line.text)
                or (_address_code(line.text) and k + 1 < len(lines) and _is_address(lines[k + 1].text))
            )
        )
    return [join_wrapped(g) for g in groups]


#: The most rows between a street and its town on a row of its own in a row-by-row text (a kind
#: line or a label's row spliced between them: "Binnenhof 19" / "Nota" / "Den Haag").
_STREET_TOWN_GAP: Final = 2


def _town_under_street(street: Line, line: Line) -> bool:
    """Whether line is the town of the street a row or two above it on the same page: a town's
    name alone or a postcode and its town ("Den Haag", "2515 XP Den Haag"); under a street abroad,
    a town with its postal code ("666 Third Avenue" / "New York, NY 10017")."""
    return (
        line.page == street.page
        and 0 < line.number - street.number <= _STREET_TOWN_GAP
        and (
            _vocab.CITY_LINE.match(line.text) is not None
            or _vocab.POSTCODE_TOWN.match(line.text) is not None
            or (
                _vocab.FOREIGN_STREET.match(street.text) is not None
                and _vocab.FOREIGN_TOWN.match(line.text) is not None
            )
        )
    )


def _town_run(run: _Run, lines: list[Line]) -> bool:
    """Whether a run is only a town's name alone on its row a row or two under a street and its
    number ("Kalvermarkt 32" / "Van DGB" / "Den Haag"): the address's town, a letterhead entry's
    end (see `_assign`); the row under it (the title) begins a run of its own."""
    if len(run.lines) != 1 or _vocab.CITY_LINE.match(run.lines[0].text) is None:
        return False
    above = lines[max(0, run.start - _STREET_TOWN_GAP) : run.start]
    return any(
        ln.kind is Kind.TEXT
        and _vocab.STREET.match(ln.text) is not None
        and _town_under_street(ln, run.lines[0])
        for ln in above
    )


def _town_off_row(prepared: list[Line]) -> list[Line]:
    """A row right under a street and its number that ends in a town's name after a code in
    capitals ("Bezuidenhoutseweg 73" / "Aan de Minister van EZ Den Haag"), or in a postcode and
    its town ("Rijnstraat 8" / "Aan de Minister van IenW 2515 XP Den Haag"): an extractor that
    reads by rows put the address's town, printed in the colofon under the street, at the end
    of the header's row beside it. The town is set on a row of its own under the street (one
    address, one letterhead entry); the row keeps the rest. Only in the head, before any title
    or heading; a town after a joining word stays ("de burgemeester van Den Haag")."""
    out: list[Line] = []
    done = 0  # (prepared[:done] are in out; the rows after go in untouched, in one step)
    above: Line | None = None  # (the row last set in out, or to go in)
    heading, title, text, label_value = Kind.HEADING, Kind.TITLE, Kind.TEXT, Kind.LABEL_VALUE
    for at_line, line in enumerate(prepared):
        kind = line.kind
        if kind is heading or kind is title:
            break  # (past the head: the rows stay as they are)
        if (
            above is None
            or not (kind is text or kind is label_value)
            # (a street row ends in its number, maybe a letter after it: the cheap test first,
            # shared by both shapes below)
            or not (above.text[-1:].isdigit() or above.text[-2:-1].isdigit())
            or above.page != line.page
            or line.number != above.number + 1
        ):
            above = line
        elif (
            done < at_line
            and (street := _vocab.STREET_AT_END.match(above.text)) is not None
            and _vocab.STREET.match(above.text) is None
            and (at := _postcode_town_at_end(line.text)) > 0
        ):
            # (both rows glued: the street at the end of the row above, the postcode and town at
            # the end of this one, "Aan de Minister van OCW Rijnstraat 50" / "Van DGHO 2515 XP Den
            # Haag": the two rows keep the rest, the address is set on its two rows after them)
            words = line.text.split()
            out.extend(prepared[done : at_line - 1])
            done = at_line + 1
            out.append(_lines.classify(above.text[: street.start(1)].rstrip(), above.number, above.page))
            out.append(_lines.classify(" ".join(words[:at]), line.number, line.page))
            out.append(Line(street[1], above.number, above.page, Kind.TEXT))
            above = Line(" ".join(words[at:]), line.number, line.page, Kind.TEXT)
            out.append(above)
        elif (
            above.kind is text
            and _vocab.STREET.match(above.text) is not None
            and (at := _town_at_end(line.text) or _postcode_town_at_end(line.text)) > 0
        ):
            words = line.text.split()
            out.extend(prepared[done:at_line])
            done = at_line + 1
            out.append(Line(" ".join(words[at:]), line.number, line.page, Kind.TEXT))
            above = _lines.classify(" ".join(words[:at]), line.number, line.page)
            out.append(above)
        else:
            above = line
    out.extend(prepared[done:])
    return out


#: One word of a town's name: capitalised, maybe with its article or a hyphen ("Haag", "'s-Gravenhage").
_TOWN_WORD: Final = re.compile(r"(?:'s-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _town_at_end(text: str) -> int:
    """Where a town's name ends a row after a code in capitals ("de Minister van EZ Den Haag",
    "Van DGSenB Utrecht"): the index of its first word, 0 when none. The town is the capitalised
    words after the code, one to three of them; the code has two capitals or more, no digit in
    the row."""
    words = text.split()
    at = len(words)
    while at > 1 and _TOWN_WORD.fullmatch(words[at - 1]):
        at -= 1
    code = words[at - 1] if at >= 1 else ""
    if (
        at == len(words)
        or at < 2
        or sum(c.isupper() for c in code) < 2
        or not code.isalpha()
        # (no postcode before it, "2511 DP Den Haag": the address's own row)
        or any(c.isdigit() for c in text)
        or _vocab.CITY_LINE.match(" ".join(words[at:])) is None
    ):
        return 0
    return at


def _postcode_town_at_end(text: str) -> int:
    """Where a postcode and its town end a row after other words ("de Staatssecretaris van IenW
    2515 XP Den Haag"): the index of the postcode's first word, 0 when none. An addressee or a
    sender never ends in a postcode, so the postcode and town are the address's, read onto the
    row beside them."""
    words = text.split()
    for at in range(1, len(words) - 1):
        if words[at][:1].isdigit() and _vocab.POSTCODE_TOWN.match(" ".join(words[at:])) is not None:
            return at
    return 0


def _address_code(text: str) -> bool:
    """A short line with a number that can stand inside an address: at most three words, the
    first capitalised, a digit among them, no unit's name ("MPC 58 B", "Gebouw 2")."""
    words = text.split()
    return (
        0 < len(words) <= 3
        and words[0][:1].isupper()
        and any(c.isdigit() for c in text)
        and _vocab.UNIT_NAME.match(text) is None
    )


def _is_town(text: str) -> bool:
    """A line that can be a town's name: one to three capitalised words without digits ("Den
    Haag", "'s-Gravenhage"), no unit's name."""
    words = text.split()
    return (
        0 < len(words) <= 3
        and not any(c.isdigit() for c in text)
        and (words[0][:1].isupper() or words[0].startswith(_vocab.TOWN_PREFIX))
        and _vocab.UNIT_NAME.match(text) is None
    )


def _starts_unit(text: str, above: str) -> bool:
    """Whether a letterhead line names a unit of its own ("Ministerie van Defensie" /
    "Directie Plannen"): the colofon sets each unit on a line (or lines) of its own, so a line
    opening with a unit's word starts a new one, unless the line above ends in a word that
    cannot end a name ("Directoraat-generaal Klimaat en" / "Energie")."""
    if text[:1].isupper() and above[:1] in _vocab.WHOLE_NAME_INITIALS and _vocab.names_whole_ministry(above):
        # "Ministerie van Defensie" / "Defensie Materieel Organisatie": the ministry's name is
        # whole, a capitalised line under it is a unit of its own ("... Economische Zaken" /
        # "en Klimaat" goes on in lower case)
        return True
    return (
        text[:1] in _vocab.UNIT_LINE_INITIALS
        and _vocab.UNIT_NAME.match(text) is not None
        and not _ends_with_continuation(above)
    )


def _in_list(run: _Run, lines: list[Line]) -> bool:
    """Whether a run is (the text of) a list item: it starts with a marker or follows a bare one."""
    if run.lines[0].kind in (Kind.BULLET, Kind.ORDERED):
        return True
    before = run.start - 1
    while before >= 0 and lines[before].kind in (Kind.BLANK, Kind.GLYPH):
        before -= 1
    return before >= 0 and lines[before].kind in (Kind.BULLET, Kind.ORDERED) and not lines[before].rest


#: The longest line read as a known heading alone when telling whether a text sets its blocks
#: apart by blank lines (:meth:`_Reader._set_apart_heading`).
_SET_APART_HEADING: Final = 60


#: The most words of a heading over the text under a guessed title (:meth:`_Reader._preamble_heading`).
_HEADING_OVER_PROSE_WORDS: Final = 10
#: The fewest words of running text (:func:`_is_prose`).
_PROSE_WORDS: Final = 12


def _is_prose(text: str) -> bool:
    """Running text: twelve words or more that end a sentence."""
    return len(text.split()) >= _PROSE_WORDS and _ends_full_stop(text)


#: The fewest words of a short sentence standing alone ("U wordt gevraagd in te stemmen met de
#: verlaging."): a sentence's words, not a name's or an address's.
_SHORT_SENTENCE_WORDS: Final = 6


def _is_short_sentence(text: str) -> bool:
    """A sentence shorter than running text: six words or more, a capital first, ending in a
    full stop, most words after the first in lower case ("U wordt gevraagd in te stemmen met de
    verlaging."), no letterhead's or address's form (:func:`_is_sentence` of six words)."""
    return _is_sentence(text, least=_SHORT_SENTENCE_WORDS)


#: The fewest words of a sentence by its shape alone (:func:`_is_sentence`).
_SENTENCE_WORDS: Final = 4


def _is_sentence(text: str, *, least: int = _SENTENCE_WORDS) -> bool:
    """A sentence by its shape, however short: ``least`` words or more (four), a capital first,
    ending in a full stop, most words after the first in lower case ("Het budget is volledig
    uitgeput.", "Gemeenten melden een grote achterstand."), no letterhead's or address's form. A
    title is a phrase; it does not end like this."""
    words = text.split()
    lower = sum(w[:1].islower() for w in words[1:])
    return (
        len(words) >= least
        and text[:1].isupper()
        and _ends_full_stop(text)
        and 2 * lower > len(words) - 1
        and not _is_letterhead_like(text)
    )


def _street_over_town(run: _Run) -> bool:
    """Whether a run holds an address without a postcode: a street and its number over a town
    alone on its row ("Rijksvoorlichtingsdienst" / "Binnenhof 19" / "Den Haag"), a colofon's unit
    and address read as one block. A title with a year ("Begroting 2025") has no town under it."""
    return any(
        _vocab.STREET.match(above.text) is not None and _vocab.CITY_LINE.match(below.text) is not None
        for above, below in itertools.pairwise(run.lines)
    )


def _plain_title_run(run: _Run, lines: list[Line]) -> bool:
    """Whether a run may be the title by its shape: two words or more, no letterhead, address,
    prose or list item, waiting for no label."""
    return (
        not _is_letterhead_like(run.lines[0].text)
        and not any(_vocab.ADDRESS.search(ln.text) for ln in run.lines)
        and not _street_over_town(run)
        and len(run.text.split()) >= 2
        and all(f.values for f in run.pending)
        and not _is_prose(run.text)
        and not _in_list(run, lines)
    )


def _word_title_over_label(run: _Run, lines: list[Line]) -> bool:
    """Whether a run is one capitalised word alone on its row right over a label alone on its
    row ("Studentenhuisvesting" / "Datum"), no letterhead, kind word or address: a one-word
    title in a row-by-row head, where the colofon's labels go on under it."""
    words = run.text.split()
    end = run.start + len(run.lines)
    return (
        len(run.lines) == 1
        and len(words) == 1
        and words[0][:1].isupper()
        and words[0].replace("-", "").isalpha()
        and words[0].casefold() not in _vocab.KINDS
        and not _is_letterhead_like(run.text)
        and end < len(lines)
        and lines[end].kind is Kind.LABEL
    )


def _reads_as_title_not_town(text: str) -> bool:
    """Whether a row shaped like a town's name (`_vocab.CITY_LINE`) reads rather as a short
    title: two or three capitalised words, the first no particle of three letters or fewer
    ("Herziening Bouwbesluit", "Kansengelijkheid Onderwijs"; a town of more than one word
    opens with a particle: "Den Haag", "Den Helder")."""
    words = text.split()
    return len(words) >= 2 and len(words[0]) > _PARTICLE_LETTERS


#: The most letters of a particle a town's name of more than one word opens with ("Den Haag").
_PARTICLE_LETTERS: Final = 3


def _title_off_street(runs: list[_Run]) -> list[_Run] | None:
    """The runs with the last row of a run that ends in a street and its number over a row
    shaped like a town set apart as a run of its own, when that row reads as a title
    (`_reads_as_title_not_town`): "Turfmarkt 147" / "Herziening Bouwbesluit" in a row-by-row
    head whose nota has no title elsewhere (the caller's condition). None when no run has one."""
    for at, run in enumerate(runs):
        if len(run.lines) < 2:
            continue
        street, last = run.lines[-2], run.lines[-1]
        if (
            _vocab.STREET.match(street.text) is not None
            and _vocab.CITY_LINE.match(last.text) is not None
            and _reads_as_title_not_town(last.text)
        ):
            head = attrs.evolve(run, lines=run.lines[:-1])
            title = _Run([last], False, [], run.start + len(run.lines) - 1)
            return [*runs[:at], head, title, *runs[at + 1 :]]
    return None


def _is_letterhead_like(text: str) -> bool:
    words = text.split()
    if _vocab.LETTERHEAD_WORDS.match(text) or _vocab.ADDRESS.search(text):
        return True
    if _vocab.MINISTRY_WORD in text.casefold() and len(words) <= 6:
        return _vocab.MINISTRY_IN_PHRASE.search(text) is None
    return bool(words) and all(w.casefold() in _vocab.CONTINUATION_WORDS for w in words)


#: A number joined to a word by a hyphen ("51-campagne", "2030-doelen"): no house or box number.
_NUMBER_COMPOUND: Final = re.compile(r"\b\d+-[^\W\d_]+")


def _unit_word_in_prose(words: list[str]) -> bool:
    """Whether a line's words, the first a unit's word ("Directie", "Inspectie"), go on as prose,
    not as a unit's name: past one or more small words a name holds
    (:data:`_vocab.NAME_SMALL_WORDS`), the next word is in lower case ("Directie en inspecties
    werken samen", "Inspectie en zorgkantoren delen signalen"), where a name goes on
    capitalised ("Directie Openbaar bestuur", "Inspectie van het Onderwijs")."""
    rest = list(itertools.dropwhile(lambda w: w in _vocab.NAME_SMALL_WORDS, words[1:]))
    return bool(rest) and rest[0][:1].islower() and len(rest) < len(words) - 1


def _opens_with_unit(text: str) -> bool:
    """Whether a line opens with a unit's word and goes on ("Directie Financieel-Economische")."""
    return text[:1] in _vocab.UNIT_LINE_INITIALS and _vocab.UNIT_LINE.match(text) is not None


def _unit_under_title(text: str, above: _Run) -> bool:
    """Whether a line naming a ministry's unit starts a block of its own under plain text (the
    colofon's "Directie ..." read on the row after the title's last line)."""
    if not _opens_with_unit(text):
        return False
    first = above.lines[0].text.strip()
    if "-" not in first and _vocab.LETTERHEAD_WORDS.match(first):
        # The run's joined text opens with this line unchanged (no hyphen in it for _lines.join_wrapped to
        # undo), so it is letterhead-like too: answered from the first line, as joining a long
        # run of unit names again for every line under it would take quadratic time.
        return False
    joined = above.text  # (only now, after the line's own test, for the same reason)
    return not _is_letterhead_like(joined) and not _ends_with_continuation(joined)


def _title_under_unit(run: _Run, text: str) -> bool:
    """Whether a line wider than the colofon starts a block of its own under a block that is one
    unit's name, narrow as the colofon sets it ("Directoraat-generaal Stikstof" / "Voortgangs-
    rapportage stikstofaanpak eerste helft 2024"): the colofon's unit read on the row before the
    title's first; a unit's name wraps within the column ("Directie Financieel-Economische" /
    "Zaken")."""
    if len(run.lines) != 1 or len(text) <= _COLOFON_WIDTH or not text[:1].isupper():
        return False
    unit = run.lines[0].text
    return (
        _opens_with_unit(unit)
        and _fits_colofon(unit)
        and not _ends_with_continuation(unit)
        and _WORD_HYPHEN_END.search(unit) is None
    )


def _title_under_reference(run: _Run, text: str) -> bool:
    """Whether a phrase starts a block of its own under a block that is one reference's value, a
    reference's label stacked before it still waiting ("Ons kenmerk" / "Van DAR" / "4412876" /
    "Voorbereiding van het ..."): the colofon's value read on the row before the title's first; a
    reference (a code of at most three words with a digit, no date) does not go on as a phrase."""
    return (
        text[:1].isupper()
        and _reference_for(run, run.pending) is not None
        and any(w.islower() and len(w) >= 3 and w not in _vocab.CONTINUATION_WORDS for w in text.split())
    )


def _reference_for(run: _Run, waiting: list[_PendingField]) -> _PendingField | None:
    """The reference's label among ``waiting`` (stacked, no value yet) whose value ``run`` is by
    its form: one line, a code of at most three words with a digit, no word in lower case, no
    date ("4412876", "DGKE-WO / 94401275")."""
    if len(run.lines) != 1:
        return None
    value = run.lines[0].text
    words = value.split()
    if len(words) > 3 or not any(c.isdigit() for c in value) or any(w.islower() for w in words):
        return None
    if _fragments.is_date(value):
        return None
    for field in waiting:
        if (
            _vocab.label_concept(field.label) is _vocab.Concept.REFERENCE
            and not field.values
            and field in run.pending
        ):
            return field
    return None


def _kind_title_under_unit(run: _Run, text: str) -> bool:
    """Whether a title that opens with the nota's kind ("Beslisnota over de inzet van ...",
    :func:`_vocab.kind_in_title`) starts a block of its own under a unit's name or a ministry's
    ("Directie Veiligheid en Bestuur"): the colofon's last line read on the row before the
    title's; a unit's name does not go on with a kind word."""
    if not text[:1].isupper() or _vocab.kind_in_title(text) is None:
        return False  # (the rare kind word first: the unit's tests only under one)
    last = run.lines[-1].text
    return (_opens_with_unit(last) or _is_letterhead_like(last)) and not _ends_with_continuation(last)


def _unit_under_office(field: _PendingField, lines: list[Line], position: int) -> bool:
    """Whether a line under the addressee's value, a minister's or state secretary's whole title
    ("Aan:" / "Staatssecretaris van Infrastructuur en Waterstaat" / "Directie Openbaar Vervoer en
    Spoor"; also "de Minister", "Minister van LNV": :func:`_vocab.addresses_office`), opens with a
    unit's word: the colofon's unit read on the row under it, not more of
    the addressee (an office holder is addressed by the office; a sender's directorate under the
    sender is the sender's, so only the addressee's label). Not a unit's name that goes on
    ("Directie Arbeidsongeschiktheid en") with a label under it: its rest stands after the row
    beside it, interleaved ("Van" / "directeur ..." / "Ziekte"), and is left as it was read."""
    text = lines[position].text
    if not (
        text[:1] in _vocab.UNIT_LINE_INITIALS
        and len(field.values) == 1
        and _vocab.label_concept(field.label) is _vocab.Concept.ADDRESSEE
        and _opens_with_unit(text)
        and (_vocab.names_ministers_office(field.values[0]) or _vocab.addresses_office(field.values[0]))
    ):
        return False
    nxt = lines[position + 1] if position + 1 < len(lines) else None
    return not (_goes_on(text) and nxt is not None and nxt.kind in (Kind.LABEL, Kind.LABEL_VALUE))


def _title_under_office(run: _Run, text: str) -> bool:
    """Whether a line starts a block of its own under a block that is one line, an office
    holder's whole title ("Minister van Sociale Zaken en Werkgelegenheid" / "Kern van het nieuwe
    stelsel voor"): the addressee printed without its label over the title, no blank line
    between them as plain extractors write it; a title does not go on an office's name. Not
    under labels stacked without their values ("Aan:" / "Van:" / ... / "Staatssecretaris van
    Justitie en Veiligheid" / "Hoofddirecteur DJI": their values in order)."""
    return (
        len(run.lines) == 1
        and text[:1].isupper()
        and all(f.values for f in run.pending)
        and run.lines[0].text[:1] in _vocab.MINISTERS_OFFICE_INITIALS
        and _vocab.names_ministers_office(run.lines[0].text)
    )


def _code_over_unit(text: str, lines: list[Line], position: int) -> bool:
    """Whether a unit's code alone on its line, with a unit's name on the line under it ("DGDOO"
    / "Directie Democratie"), is letterhead read after the title's last row: not the title's end."""
    return (
        text.isupper()
        and _vocab.UNIT_CODE.fullmatch(text) is not None
        and position + 1 < len(lines)
        and _vocab.UNIT_LINE.match(lines[position + 1].text) is not None
    )


#: A label outside the vocabulary by its form: one to three words, a capital only at its start,
#: no digits, perhaps a colon ("Dossiernummer", "Behandelend ambtenaar", "Datum ondertekening:").
_LABEL_FORM: Final = re.compile(r"^[A-Z][a-z\u00df-\u00ff]+(?:[ -][a-z\u00df-\u00ff]+){0,2}:?$")


def _has_label_form(text: str) -> bool:
    """Whether a row has the form of a label outside the vocabulary (:data:`_LABEL_FORM`) and is
    no Ja/Nee value."""
    return _LABEL_FORM.match(text) is not None and _fragments.parse_yes_no(text) is None


#: The most lines before a page's colofon's first label: its stamp, unit and address.
_COLOFON_HEAD_LINES: Final = 7


def _label_form_value(text: str) -> tuple[str, str] | None:
    """A label outside the vocabulary and its value beside it on one row, by their forms: the
    label as :data:`_LABEL_FORM`, the value a few words with a digit or a redaction ("Versie
    2.0", "Uiterste beslisdatum 16 februari 2024", "Projectnummer PN 402117")."""
    if _is_address(text):
        return None  # ("Kempkensberg 12", "Wilhelmina van Pruisenweg 52": a street and number)
    words = text.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        label, value = " ".join(words[:n]), " ".join(words[n:])
        if (
            _LABEL_FORM.match(label)
            and len(words) - n <= _BARE_VALUE_WORDS
            and words[n - 1].casefold() not in _vocab.CONTINUATION_WORDS
        ):
            if any(c.isdigit() for c in value) or _fragments.is_redacted(value):
                return label.rstrip(":"), value
            return None
    return None


def _known_label_beside(text: str) -> tuple[str, str] | None:
    """A known label of one to three words and a short value beside it on one row, in a colofon
    column ("Bijlage(n) geen"): (the label, the value), or None. A row that is a label by its
    form is none ("Datum ondertekening:", "Datum besluit": a label that opens with a known one)."""
    if text.endswith(":") or _LABEL_FORM.match(text):
        return None
    words = text.split()
    for n in (3, 2, 1):
        label = " ".join(words[:n])
        if (
            len(words) > n
            and len(words) - n <= _BARE_VALUE_WORDS
            and _vocab.known_label(label) is not None
            and not _vocab.names_organisation(label)  # ("Directie Communicatie" is a unit)
        ):
            return _vocab.repaired_label(label), " ".join(words[n:])
    return None


def _none_then_title(values: list[str], label: str, nxt: str) -> bool:
    """Whether an attachment count label's value is a bare "geen" (`_vocab.NONE_WORDS`) and the next
    line begins with a capital: the title under the colofon, not more of the value ("Bijlage(n)" /
    "geen" / "Communicatie rond Prinsjesdag"; a lower-case line may still say what is not attached,
    a row that opens with a label is the colofon's); the same at the body's end, where the next
    line is the body's ("Bijlagen" / "geen" / "Deze nota is afgestemd met FEZ.").
    Only for a label read in the flow of lines: a colofon column is read by :func:`_complete`."""
    return (
        len(values) == 1
        and _vocab.label_concept(label) is _vocab.Concept.ATTACHMENT_COUNT
        and values[0].casefold() in _vocab.NONE_WORDS
        and nxt[:1].isupper()
        # (a row that opens with a label is the colofon's next label: "Kenmerk bijlage")
        and _vocab.known_label(nxt.split(maxsplit=1)[0]) is None
    )


def _whole_in_column(values: list[str], label: str, nxt: str) -> bool:
    """Whether a label's value in a colofon column is whole before the line ``nxt``: complete in
    its form (:func:`_complete`), or one line that is a whole value by its form (a reference in
    one word, a date, ground codes: :func:`_whole_value`)."""
    if _vocab.key(label) in _vocab.CONTACT_LABELS:
        return False  # (a contact's name, telephone and e-mail: a value of several lines)
    return _complete(values, label, nxt) or (
        len(values) == 1 and _whole_value(Line(values[0], 0, 1, Kind.TEXT), label)
    )


def _page_colofon(
    block: list[Line],
) -> tuple[Line | None, list[Line], list[tuple[Line, str, list[str]]], int] | None:
    """Read the lines from a page line to its page's end as a colofon column (see
    ``_Reader._colofon_after_page_lines``): (its purpose stamp, the lines before its first label,
    its (label line, label, value lines), the number of lines of the block it takes); None where
    a line before the column's end is no part of it, it has fewer than two known labels, or a
    blank line stands among them.

    A label stands alone over its value or has it beside it. Under a label, its first line is its
    value; a line after that opens a label outside the vocabulary where it has a label's form and
    a value follows it (a colon, or a line with a digit or a redaction, or the value before it is
    whole: a date, reference or count, or the value of a label outside the vocabulary); else the
    value goes on ("Samengewerkt met" / "Directie Bouwen en Energie," / "Directie Woningmarkt,")."""
    rows = list(block)
    while rows and rows[-1].kind is Kind.BLANK:
        rows.pop()
    if any(ln.kind is Kind.BLANK for ln in rows):
        # (a column written whole after the footer is one run of lines: plain pdftotext, which
        # sets blank lines between the blocks it finds, writes a table's columns there too)
        return None
    stamp = rows.pop(0) if rows and rows[0].kind is Kind.PURPOSE else None
    units: list[Line] = []
    while rows and rows[0].kind is Kind.TEXT and len(units) < _COLOFON_HEAD_LINES:
        line = rows[0]
        if not _fits_colofon(line.text) or _ends_sentence(line.text) or _label_form_value(line.text):
            break
        units.append(rows.pop(0))
    pairs: list[tuple[Line, str, list[str]]] = []
    known = 0
    end = len(block)
    unknown: set[int] = set()  # (the pairs whose label is outside the vocabulary)
    for k, line in enumerate(rows):
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if (
            pairs
            and line.kind in (Kind.LABEL, Kind.LABEL_VALUE, Kind.TEXT)
            and len(line.text.split(" ", 1)[0]) == 1
            and _vocab.key(pairs[-1][1]) in _vocab.CONTACT_LABELS
        ):
            # "Contactpersoon" / "J. Jansen" / "T 070 ..." / "E ...": the telephone's mark goes on
            # in the contact's value (as in the head, see _header)
            pairs[-1][2].append(line.text)
            continue
        if (
            pairs
            and pairs[-1][2]
            and (pairs[-1][2][-1].endswith(",") or _ends_with_continuation(pairs[-1][2][-1]))
            and line.kind is Kind.TEXT
        ):
            pairs[-1][2].append(line.text)  # ("Directie Financieel-Economische Zaken," / "Directie ...")
            continue
        if line.kind in (Kind.LABEL, Kind.LABEL_VALUE) and _vocab.known_label(line.label) is not None:
            pairs.append((line, line.label, [line.rest] if line.kind is Kind.LABEL_VALUE else []))
            known += 1
            continue
        if line.kind not in (Kind.TEXT, Kind.ORDERED, Kind.LABEL_VALUE) or not _fits_colofon(line.text):
            return None
        if (beside := _known_label_beside(line.text)) is not None:
            # "Bijlage(n) geen": a known label, its value beside it in a form the line's
            # classification does not read as a value on its own
            known += 1
            pairs.append((line, beside[0], [beside[1]]))
            continue
        if pairs and not pairs[-1][2]:
            pairs[-1][2].append(line.text)  # the first line under a label is its value
            continue
        if (beside := _label_form_value(line.text)) is not None:
            unknown.add(len(pairs))
            pairs.append((line, beside[0], [beside[1]]))
            continue
        last = pairs[-1] if pairs else None
        if (
            _has_label_form(line.text)
            and nxt is not None
            and (
                line.text.endswith(":")
                or any(c.isdigit() for c in nxt.text)
                or _fragments.is_redacted(nxt.text)
                or (
                    last is not None
                    and not _ends_with_continuation(last[2][-1])
                    and not last[2][-1].endswith(",")
                    and (len(pairs) - 1 in unknown or _whole_in_column(last[2], last[1], line.text))
                )
            )
        ):
            unknown.add(len(pairs))
            pairs.append((line, line.text.rstrip(":"), []))
            continue
        if last is None:
            return None
        if _whole_in_column(last[2], last[1], line.text) or (
            len(pairs) - 1 in unknown
            and line.text[:1].isupper()
            and not _ends_with_continuation(last[2][-1])
            and not last[2][-1].endswith(",")
        ):
            # a line that is no label under a whole value: the column ends over it (a watermark's
            # letters, drawn last, "p e n b a a r g e m a a k t")
            end = block.index(line)
            break
        last[2].append(line.text)
    if known < _MIN_STACKED:
        return None
    return stamp, units, pairs, end


#: The most words of a title's last row set apart from the title (:func:`_title_tail`).
_TITLE_TAIL_WORDS: Final = 6


def _title_tail(title: _Run, runs: list[_Run]) -> _Run | None:
    """The run after the title's that is the title's last row, set apart from it: one short line
    (no sentence, no letterhead, no address), waiting for no label, where the title's row ends in a
    word that goes on ("... aanpak van het" / "lerarentekort na 2025") or the line opens with one
    ("... over de basisteams" / "van de politie")."""
    at = runs.index(title)
    if at + 1 >= len(runs) or _ends_sentence(title.text):
        return None
    tail = runs[at + 1]
    waiting = [f for f in tail.pending if not f.values]
    if (
        # (a reference's label waiting for the code read on the row before the title's first
        # is answered by it: "Ons kenmerk" / "4412876" / "Voorbereiding ... van de" / "Datum" /
        # "..." / "president van Portugal")
        len(waiting) == 1 and at > 0 and _reference_for(runs[at - 1], waiting) is not None
    ):
        waiting = []
    if len(tail.lines) != 1 or waiting:
        return None
    text = tail.lines[0].text
    if not (_ends_with_continuation(title.text) or _opens_with_continuation(text)):
        return None
    if (
        len(text.split()) > _TITLE_TAIL_WORDS
        or _ends_sentence(text)
        or _is_letterhead_like(text)
        or _vocab.ADDRESS.search(text)
    ):
        return None
    return tail


def _unbulleted(values: list[str]) -> list[str]:
    """``values`` without the list glyph each line opens with (see :attr:`_PendingField.value`)."""
    if len(values) < 2 or not values[0][:1] or values[0][:1] not in _VALUE_BULLETS:
        return values
    mark = values[0][:2]
    if mark[1:] != " " or not all(v.startswith(mark) and len(v) > 2 for v in values):
        return values
    return [v[2:] for v in values]


#: Bullet glyphs that open a value's lines as a list's items (no dash, star or letter "o").
_VALUE_BULLETS: Final = "".join(c for c in _vocab.BULLETS if c not in _vocab.LONE_LIST_MARKS + "*")


@attrs.define
class _PendingField:
    label: str
    line: Line
    values: list[str] = attrs.field(factory=list)
    value_line: Line | None = None  # the first line that gave a value
    stacked: bool = False  # its value, if any, comes later (blank line or another label followed)

    @property
    def value(self) -> str:
        """The value as the field will hold it: lines joined, letter-spacing repaired. Lines that
        each open with the same bullet glyph (two addressees set as a list, "\u2022 Minister van
        Defensie" / "\u2022 Staatssecretaris van Defensie") are items: the glyph is no part of the
        value (a dash, which may be printed as text, is kept)."""
        return _repair_value(join_value(_unbulleted(self.values)))

    @property
    def lines(self) -> tuple[str, ...]:
        """The value's lines as printed (:attr:`Field.lines`), where the value is them joined by
        one space; else (a word hyphenated or a path glued across a line end) the value as one
        line."""
        value = self.value
        lines = tuple(_repair_value(" ".join(v.split())) for v in _unbulleted(self.values) if v.strip())
        if len(lines) > 1 and " ".join(lines) == value:
            return lines
        return (value,) if value else ()


@attrs.define
class _Run:
    """Consecutive plain lines in the header zone, not attached to a label."""

    lines: list[Line]
    after_kind: bool
    pending: list[_PendingField]
    start: int = 0  # position in the header zone
    #: The start of the block of wrapped rows whose short last row this run's first line follows
    #: (see _after_last_row): under a title, a subtitle.
    under: int | None = None
    #: Whether it opens with the words that qualify a purpose on its line ("Ter besluitvorming
    #: vóór 1 juni 2026", :func:`_split_qualified_purpose`): letterhead, never the title.
    qualifier: bool = False

    @property
    def text(self) -> str:
        return join_wrapped([ln.text for ln in self.lines])


#: Kinds of line a page may open with before its body: blanks, a page line, a colofon's label
#: repeated. A note's rest stands under the page's own body, of any kind (a paragraph, a list, a
#: table), not at the page's top.
_PAGE_TOP_KINDS: Final = frozenset({Kind.BLANK, Kind.PAGE, Kind.LABEL, Kind.LABEL_VALUE})


class _Reader:
    """One parse of extracted text. Not reusable."""

    def __init__(self, text: str, *, raw: list[tuple[int, int, str]], marked: bool = False) -> None:
        """``marked``: the text is one document of a marked text (:func:`_read`), though it may
        have no marked line itself (a letter without headings): its rows are read as marked
        text's (never split as spliced). ``raw``: the text's (line number, page, line) triples
        (:func:`~._lines.split_pages` of the text as :func:`~._lines.unify_space` writes it); a
        document after the nota keeps its line numbers and pages in the whole text."""
        self._marked = marked
        self._raw = raw
        #: The line numbers of rows of labels that head a table of the body (_foot_label_rows).
        self._table_heads: frozenset[int] = frozenset()
        #: A foot colofon's rows of labels and values that no form splits (see _foot_label_rows).
        self.foot_unread: list[Line] = []
        self.diagnostics: list[Diagnostic] = []
        self.page_count: int | None = None
        #: Classification stamps ("DEPARTEMENTAAL VERTROUWELIJK"), each once, for the letterhead.
        self.markings: list[str] = []
        #: Page 1's running footer ("Beslisnota | <title> | pagina 1"), kept once, for the
        #: letterhead after the unit the head prints (its later pages' copies are furniture).
        self.running_lines: list[str] = []
        #: Lines of stray capitals (OCR of a word printed vertically in the margin).
        self.debris: list[Line] = []
        #: A margin column of headings an extractor wrote before page 1's head
        #: (:func:`_margin_column_first`), each heading a line of its own.
        self.margin_first: list[Line] = []
        #: Source line numbers of "Pagina k van n" lines: a page ends there, also in text
        #: without form feeds.
        self.page_lines: list[int] = []
        self._page_lines_sorted: list[int] = []  # (see _page_line_after)
        #: The page counts printed on the pages ("Pagina 1 van 3": 3).
        self.printed_counts: list[int] = []
        self.lines = _kind_heading(_contents_list(_purpose_words_in_sentences(self._prepare(text))))
        if self.printed_counts:
            self.page_count = max(self.page_count or 0, self._printed_count())
        kinds = {line.kind for line in self.lines}
        #: Explicit markup from a layout-aware source (the PDF reader) is trusted over guesses:
        #: with "## " headings no line is guessed to be a heading, with "# " no colofon value is
        #: cut at the column width, and with "[^n]:" or "## " no plain line is guessed a footnote.
        self.marked_title = Kind.TITLE in kinds
        #: (a layout that wrote the title and no heading found none: a nota of one paragraph
        #: under its title; no line of its colofon or body is guessed to be a heading)
        self.marked_headings = Kind.HEADING in kinds or (
            self.marked_title and _MARKED_LINE.search(text) is not None and _headless(self.lines)
        )
        # (text a layout-aware source marked, or set apart in columns, has no spliced rows)
        spliced = not (marked or self.layout or self.marked_title or self.marked_headings)
        #: (whether the text may hold the colofon's rows spliced into the body's)
        self._spliced_text = spliced
        if spliced and _MARKED_LINE.search(text) is None:
            self.lines = _split_heading_labels(self.lines)
        #: The value rows under the last head form's label :meth:`_head_form_label` found.
        self._form_value_rows: range = range(0)
        self.marked_notes = Kind.FOOTNOTE in kinds or self.marked_headings
        if not self.marked_headings:
            _restore_item_marks(self.lines)
            _bare_number_items(self.lines)
            if not self.marked_title and (self.page_lines or (self.lines and self.lines[-1].page > 1)):
                self._carry_open_label()
        self._markers: dict[int, int] | None = None
        self._loose_markers: dict[int, int] | None = None
        self._spaced_markers: dict[int, int] | None = None
        self._colofon_numbers: frozenset[int] | None = None  # (see _beside_colofon)
        self._blank_pages: set[int] | None = None  # the pages with a blank line (_note_under_sentence)
        self._ocr_marker: int | None = None  # (see _ocr_marker_line)
        #: The last note number expected past a missing marker: (the number after the last
        #: note, the number the next note has).
        self._expected: tuple[int, int] | None = None
        self._footnote_end = -1  # index right after the last footnote read
        #: The first of two or more question headings, when it stands right under the title.
        self._first_question = -1
        #: A bare label word that heads the first section (see _first_label_heading).
        self._label_start = -1
        self._colon_style: bool | None = None  # (see _colon_heading)
        self._options: dict[str, set[str]] | None = None  # (see _option_heading)
        self._blocks_apart: bool | None = None  # (see _set_apart_heading)
        self._measure: int | None = None  # (the text's measure, see _long_heading_alone)

    # -- pass 1: preparation and furniture ------------------------------------------------------

    def _prepare(self, text: str) -> list[Line]:
        raw = _lines.join_wrapped_head(self._raw)
        if "\f" in text:  # form feeds are explicit page breaks: count the pages that have text
            self.page_count = len({page for _, page, part in raw if part.strip()}) or None
        #: Whether the text is `pdftotext -layout` output, its columns set apart by spaces.
        self.layout = _lines.is_layout_text([r for _, _, r in raw])
        if self.layout:
            if "\f" not in text:
                # (form feeds dropped by a tool or an editor: the page lines still end the pages)
                raw = _lines.pages_at_page_lines(raw)
            raw = _lines.split_layout(_lines.raised_markers(raw))
        elif "\f" not in text and (paged := _lines.pages_at_page_numbers(raw)) is not raw:
            # (the pages counted by their bare numbers, "- 2 -", as form feeds would count them)
            raw = paged
            self.page_count = len({page for _, page, part in raw if part.strip()})
        prepared: list[Line] = []
        # marked text comes from a layout-aware source, which kept the colofon apart: no row of
        # it is spliced, so no row is split (a table's "... Uitvoerder Status" stays whole)
        marked = self._marked or _MARKED_LINE.search(text) is not None
        table_heads: frozenset[int] = frozenset()  # (rows of labels heading a table of the body)
        if not marked and not self.layout:
            raw, table_heads, unread = _foot_label_rows(
                _lines.join_table_cells(_lines.bar_rows(_lines.triple_rows(raw)))
            )
            self._table_heads = table_heads
            self.foot_unread = [
                _lines.classify(_lines.normalise(part), number, page) for number, page, part in unread
            ]
        # (cheap tests over the whole text first: the rules they open are for few rows)
        stamps = not marked and "TER " in text
        boxes = any(c in text for c in _vocab.BOX_GLYPH_CHARS)
        # how often the text prints a running line's value, counted once per value
        printed = functools.cache(text.count)
        # whether the template sets its headings in the margin (asked of few rows, read once)
        margin_habit = functools.cache(functools.partial(_margin_heading_habit, raw))
        lone_marks = False
        for at, (number, page, part) in enumerate(raw):
            normal = _lines.aligned_label(part) or _lines.normalise(part)
            if normal[:2] == "| " and not marked and _bar_for_one(raw, at):
                # an attachment table's first row with its 1 read as a bar ("Nr. Titel" / "|
                # Kamerbrief ..." / "2. ..."): the row's number, not a speck dropped below
                normal = f"1 {normal[2:]}"
            if normal[:1] in _OCR_ROW_FIRST and not marked:
                # (a layout-aware source read the scan's marks by their positions)
                normal = _ocr_row(normal)
                if not normal:
                    continue  # a speck of a scan, read by OCR as a line of its own
                boxes = boxes or normal[:1] == "\u2610"
            pieces = _INLINE_BULLET.split(normal) if _has_bullet_glyph(normal) else [normal]
            if not marked and " " in normal[1:3] and (spaced := _spaced_kind(normal)) is not None:
                # the kind's wordmark an OCR layer split at its wide tracking ("n ota"), alone or
                # before the title on its row: the kind's line, then the row's rest
                pieces = [piece for piece in spaced if piece]
            if (
                boxes
                and normal[:1] in _vocab.BOX_GLYPH_CHARS
                # (the boxes all before the options: paired by :func:`_pair_boxes`)
                and not ((m := _vocab.BOXES_THEN_OPTIONS.match(normal)) and m[2])
            ):
                # a row of options, each after its box ("☐ Akkoord ☐ Niet akkoord"); options after
                # a label ("Besluit Minister: ☐ akkoord ☐ niet akkoord") stay that label's row
                pieces = [p for piece in pieces for p in _vocab.BOXED_OPTIONS_SPLIT.split(piece)]
            for piece in pieces:
                row_text = piece
                if (m := _vocab.PAGE_PREFIX.match(row_text)) is not None:
                    # "Pagina 2 van 3Voorgaande ...": furniture glued to the row's text
                    self.printed_counts.append(int(m[2]))
                    self.page_lines.append(number)
                    row_text = row_text[m.end() :]
                elif (
                    "|" in row_text
                    and (m := _vocab.RUNNING_PAGE_LINE.match(row_text)) is not None
                    and int(m[1]) == page
                ):
                    # a running footer whose bars set apart its parts, the page's own number last
                    # ("Beslisnota | <title> | pagina 3"): page furniture; page 1's copy is kept
                    # once (in the letterhead, after the head's unit: it stands at the page's foot)
                    if page == 1 and m[0].strip() not in self.running_lines:
                        self.running_lines.append(m[0].strip())
                    row_text = row_text[m.end() :].lstrip()
                    if not row_text:
                        continue
                elif (
                    row_text[-1:].isdigit()  # (the pattern ends in a number)
                    and (m := _vocab.PAGE_SUFFIX.search(row_text)) is not None
                    and int(m[1]) <= int(m[2])
                ):
                    self.printed_counts.append(int(m[2]))
                    self.page_lines.append(number)
                    row_text = row_text[: m.start()]
                    if (
                        not marked
                        and row_text[-1:] in ("\u00b7", "|")
                        and (field := _vocab.RUNNING_FIELD_AT_END.search(row_text))
                        and printed(field["value"]) >= 2
                    ):
                        # the running line's reference before the page line ("... Gemeenten
                        # Kenmerk DGKE-KE / 24128817 · Pagina 3 van 4"), where page 1's colofon
                        # prints it too: furniture as well (a layout-aware source decided that
                        # itself; each value is counted in the text once)
                        row_text = row_text[: field.start()].rstrip()
                        if not row_text:
                            continue
                if (
                    row_text[:1]  # (an empty row is a blank line: "" is in every string)
                    and row_text[:1] in ".,;:"
                    and prepared
                    and _glued_marker_end(prepared[-1], row_text, page)
                ):
                    # "... het ZZS-emissiebeleid)1" / ". Met het ...": pdftotext -raw broke the row
                    # after a raised footnote number; the punctuation and the row go on after it
                    last = prepared[-1]
                    prepared[-1] = attrs.evolve(
                        last,
                        text=last.text + row_text,
                        rest=last.rest + row_text if last.rest else "",
                    )
                    continue
                if (
                    stamps
                    and row_text[-1:].isupper()
                    and "TER " in row_text
                    and (m := _vocab.PURPOSE_AT_ROW_END.match(row_text)) is not None
                    and m[3].casefold() in _vocab.PURPOSES
                    # (not a marker before it, "URGENT – TER AKKOORD": _split_purpose_marker)
                    and _vocab.PURPOSE_WITH_MARKER.match(row_text) is None
                    # (nor a purpose line of two, "TER INFORMATIE EN TER BESLUITVORMING")
                    and _vocab.PURPOSE_LINE.match(row_text) is None
                ):
                    # "Aan Minister van LVVN TER AKKOORD": the colofon's stamp read on the row of
                    # the header's first field; the stamp is the purpose line, set apart
                    prepared.append(_lines.classify(m[1], number, page))
                    row_text = m[2]
                if marked and row_text[:1] == "\\" and (as_printed := _lines.unescape_row(row_text)):
                    # a table's row the layout wrote as a paragraph, escaped where it would read
                    # as a list item or markup ("\\1. Akkoord te gaan met ..."): text as printed
                    prepared.append(Line(as_printed, number, page, Kind.TEXT))
                    continue
                line = _lines.classify(row_text, number, page, ocr=not marked)
                if table_heads and number in table_heads:
                    # a table's head in the body ("Datum  Onderwerp" over a debate's date and
                    # subject): text as printed, no labels (see _foot_label_rows)
                    prepared.append(attrs.evolve(line, kind=Kind.TEXT, label="", rest=""))
                    continue
                if len(row_text) == 1 and row_text in _LONE_OCR_BULLETS:
                    lone_marks = True  # (a mark alone on its line: see _lone_ocr_bullets)
                elif len(row_text) == 1 and row_text in _LONE_TEXT_MARKS and not marked:
                    # a dash or "o" alone: a list mark if its item's text follows (_lone_ocr_bullets)
                    line = attrs.evolve(line, kind=Kind.BULLET, label=row_text, rest="")
                    lone_marks = True
                if not marked and line.kind is Kind.LABEL_VALUE and ":" in line.text:
                    prepared.extend(_split_label_pairs(line))
                    continue
                if (
                    row_text[:1].isupper()  # (the cheap tests first)
                    and not marked
                    and line.kind in _BARE_PAIR_KINDS
                    and ":" not in row_text
                    and len(pairs := _split_bare_label_pairs(line)) > 1
                ):
                    prepared.extend(pairs)
                    continue
                if marked and line.kind is Kind.TEXT and (item := _MARKED_LETTER_ITEM.match(line.text)):
                    # marked text writes a lettered item's mark as printed, any letter ("k. ..."):
                    # the layout reader took it for one by the tab after it
                    line = attrs.evolve(line, kind=Kind.ORDERED, label=item[1], rest=item[2])
                if marked or line.kind is not Kind.TEXT:
                    kind_parts = (
                        (_split_kind_purpose(line) or _split_purpose_marker(line))
                        if marked and line.kind is Kind.TEXT
                        else _kind_beside_purpose(line)
                        if line.kind is Kind.DOC_KIND
                        else _split_heading_value(line, prepared)
                        if not marked and line.kind is Kind.ORDERED
                        else ()
                    )
                    prepared.extend(kind_parts or (line,))
                    continue
                if line.text[-1:] != ":" and (
                    run_in := _split_run_in_heading(line, prepared, raw, at, layout=self.layout)
                ):
                    prepared.extend(run_in)
                    continue
                if (
                    row_text[:1].isupper()
                    and not marked
                    and (margin := _split_margin_heading(line, prepared, margin_habit))
                ):
                    prepared.extend(margin)
                    continue
                if row_text[:1].islower() and (wordmark := _split_wordmark(line, prepared)):
                    prepared.extend(wordmark)
                    continue
                if spliced := _split_spliced_kind(line, prepared):
                    prepared.extend(spliced)
                    continue
                splits = _split_leading_purpose(line)
                if len(splits) == 2 and (at_address := _address_run_start(prepared, splits[1])) >= 0:
                    # the purpose beside the address's postcode-and-town row ("TER INFORMATIE
                    # 2509 LV Den Haag"): the postcode joins the address rows above it, the
                    # purpose goes before them (one address block, not two)
                    prepared.insert(at_address, splits[0])
                    prepared.append(splits[1])
                    continue
                for split in splits:
                    for cut in _split_heading_value(split, prepared):
                        parts = _split_trailing_label(cut) if cut.kind is Kind.TEXT else (cut,)
                        # (asked only of a row split, the rare case: no search back for each line)
                        if len(parts) > 1 and _introduced_label_heads(cut.text, _last_filled(prepared)):
                            parts = (cut,)
                        prepared.extend(parts)
        if marked and _CAPITAL_ITEM_START in text:
            prepared = _capital_items(prepared)
        elif not marked:
            lone_capitals = _LONE_CAPITAL_START.search(text) is not None
            if lone_capitals:
                prepared = _join_lone_capital_marks(prepared)
            if lone_capitals or (
                any(start in text for start in _PLAIN_CAPITAL_MARKS) and _PLAIN_CAPITAL_START.search(text)
            ):
                prepared = _plain_capital_items(prepared)
        if boxes and not marked:
            prepared = _pair_boxes(prepared)
        if lone_marks:
            prepared = _lone_ocr_bullets(prepared)
        if not marked:
            prepared = _bare_letter_labels(prepared)
            prepared = _split_label_before_value(prepared)
            prepared = _split_glued_count(prepared)
            prepared = _value_under_label(prepared)
            prepared = _heading_label_rows(prepared)
            prepared = _town_off_row(prepared)
            if _vocab.PARAPH_BOX_OPENING in text and _vocab.DECISION_BOX_WORD in text.casefold():
                prepared = _decision_boxes(prepared)
            if prepared and (first := _margin_column_first(prepared)):
                self.margin_first, prepared = first
        out: list[Line] = []
        numbers: set[str] = set()  # the numbers lines began with so far ("3", "3.1")
        own_numbers = _own_page_numbers(prepared) if "\f" in text and not marked else frozenset()
        if not marked and not self.layout and (heads := _running_heads(prepared)):
            prepared = [line for at, line in enumerate(prepared) if at not in heads]
        # (a layout-aware source has dropped text that is not upright: its letters are text)
        i = 0
        while i < len(prepared):
            line = prepared[i]
            if line.kind is Kind.PAGE:
                i = self._furniture(prepared, i, out)
                continue
            if (
                (line.text[:1].isdigit() or line.text[:3].casefold() in _vocab.PUBLICATION_STAMP_STARTS)
                and (not marked or _marked_stamp(line))
                and (stamp := _publication_stamp(prepared, i)) is not None
            ):
                # a stamp of the Woo publication is kept once (in the letterhead), a page number
                # of the bundle is left out: furniture, not text of the nota
                if marked and any(ln.kind in (Kind.LABEL, Kind.LABEL_VALUE) for ln in out):
                    # (the reader wrote it under the head's rows, where it was printed, at the
                    # foot: it stays after the head's letterhead lines, as page 1's running
                    # footer; one written above the fields goes first, as the markings)
                    if stamp not in self.running_lines:
                        self.running_lines.append(stamp)
                elif stamp and stamp.casefold() not in {m.casefold() for m in self.markings}:
                    self.markings.append(stamp)
                i += 1
                continue
            if (
                line.kind is Kind.TEXT
                and i + 1 < len(prepared)
                and line.text.isupper()
                and prepared[i + 1].kind is Kind.TEXT
                and prepared[i + 1].text.isupper()
                and len(line.text) + len(prepared[i + 1].text) <= _STAMP_LENGTH
                and not (out and out[-1].kind is Kind.LABEL)
                and _vocab.CLASSIFICATION_LINE.match(wrapped := f"{line.text} {prepared[i + 1].text}")
            ):
                # a classification stamp wrapped over two lines in a narrow column
                # ("DEPARTEMENTAAL" / "VERTROUWELIJK"): one stamp
                if wrapped.casefold() not in {m.casefold() for m in self.markings}:
                    self.markings.append(wrapped)
                i += 2
                continue
            if (
                _vocab.CLASSIFICATION_LINE.match(line.text)
                and (line.text.isupper() or " " in line.text)  # ("Departementaal vertrouwelijk")
                and not (out and out[-1].kind is Kind.LABEL)  # the value of "Rubricering"
            ):
                # a classification stamp: kept once (in the letterhead), its repeats are furniture
                if line.text.casefold() not in {m.casefold() for m in self.markings}:
                    self.markings.append(line.text)
                i += 1
                continue
            if i in own_numbers:
                i += 1  # (the page's own number at its foot: furniture)
                continue
            if line.kind is Kind.TEXT and self._page_fraction(prepared, i):
                i += 1
                continue
            if line.kind in (Kind.TEXT, Kind.BULLET) and _page_dash(prepared, i):
                i += 1
                continue
            if not marked and line.kind is Kind.TEXT and line.text[:1] in "Bb" and _sheet_line(prepared, i):
                i += 1
                continue
            if (
                line.kind is Kind.ORDERED
                # (capitals are items only in a run that counts on: :func:`_capital_items`)
                and (line.label.islower() or line.text[:1] == "(")
                and _inside_sentence(prepared, i)
                # (a heading is no sentence: "Advies" / "a) ...")
                and not _vocab.is_marked_known_heading(prepared[i - 1].text)
                and not _counted_on(prepared, i)
            ):
                # "mw. A." / "v. Dijk"; "... artikel 5, lid" / "(2) van de wet"
                line = attrs.evolve(line, kind=Kind.TEXT, label="", rest="")
            if line.kind is not Kind.TABLE_HEADER and _table_head_cell(prepared, i):
                line = attrs.evolve(line, kind=Kind.TABLE_HEADER, label="", rest="")
            if not marked and _is_margin_letter(prepared, i):
                self.debris.append(line)
                i += 1
                continue
            if (
                not marked
                and (heading_text := _hanging_heading_text(prepared, i)) is not None
                and _follows_in_numbering(line.text, numbers)
            ):
                # the number and the text of a heading, set apart by a wide gap, are two blocks
                # to pdftotext ("3.2.1" / "" / "Uitgaven"; -layout's "3.1       Politieke
                # context" is split into two columns): one heading line, whose number is kept
                joined = _lines.classify(f"{line.text} {heading_text.text}", line.number, line.page)
                out.append(joined)
                numbers.add(line.text.rstrip(".)"))
                end = prepared.index(heading_text, i)
                # (a colofon pair between the number and the text goes on under the heading)
                out.extend(ln for ln in prepared[i + 1 : end] if ln.kind is not Kind.BLANK)
                i = end + 1
                continue
            if (start := _NUMBER_START.match(line.text)) is not None:
                numbers.add(start[1])
            out.append(line)
            i += 1
        return out

    def _printed_count(self) -> int:
        """The page count the nota prints on its pages. A nota published in a bundle also carries
        the bundle's page lines ("Pagina 45 van 312" under its own "Pagina 1 van 3"): of two
        counts, the nota's is the one that fits its pages (their form feeds, or else the number of
        page lines with that count, one a page)."""
        counts = collections.Counter(self.printed_counts)
        if len(counts) == 1:
            return self.printed_counts[0]
        return min(counts, key=lambda n: (abs(n - (self.page_count or counts[n])), n))

    def _page_fraction(self, lines: list[Line], i: int) -> bool:
        """A page number "2/3" alone on its line, at the top or bottom of its page or next to
        other furniture (a classification stamp, "Pagina ..."): furniture; it sets the count."""
        m = _vocab.PAGE_FRACTION.match(lines[i].text)
        if m is None or not 1 <= int(m[1]) <= int(m[2]) or int(m[2]) < 2:
            return False
        near = [ln for ln in (_page_neighbour(lines, i, -1), _page_neighbour(lines, i, 1)) if ln is not None]
        if len(near) == 2 and not any(
            ln.kind is Kind.PAGE or _vocab.CLASSIFICATION_LINE.match(ln.text) for ln in near
        ):
            return False
        self.printed_counts.append(int(m[2]))
        return True

    def _furniture(self, lines: list[Line], i: int, out: list[Line]) -> int:
        """Consume a page line ("Pagina 1 van 2", or "Pagina" then "1 van 2")."""
        line = lines[i]
        pair = _fragments.parse_page_line(line.text)
        if pair is None and _vocab.PAGE_WORD.match(line.text):
            j = _filled(lines, i + 1)
            if j < len(lines) and (m := _vocab.PAGE_TAIL.match(lines[j].text)):
                pair = (int(m[1]), int(m[2]))
                i = j
            elif (
                j + 1 < len(lines)
                and (m := _vocab.PAGE_TAIL_OPEN.match(lines[j].text))
                and lines[j + 1].text.isdecimal()
                and int(m[1]) <= int(lines[j + 1].text)
            ):
                # "Pagina" / "2 van" / "2": the page line wrapped word by word in a narrow cell
                # of the colofon (a table's cell, as an HTML page sets it)
                pair = (int(m[1]), int(lines[j + 1].text))
                i = j + 1
        elif pair is None and (m := _vocab.PAGE_TAIL.match(line.text)):
            # "1 van 2" alone is furniture only next to another page marker; otherwise text
            out.append(attrs.evolve(line, kind=Kind.TEXT))
            return i + 1
        if pair is None:
            out.append(attrs.evolve(line, kind=Kind.TEXT))
            return i + 1
        self.printed_counts.append(pair[1])
        self.page_lines.append(line.number)
        return i + 1

    def _page_break(self, a: int, b: int) -> bool:
        """Whether a page ends between lines a and b (a < b): a new page, or a page line."""
        first, last = self.lines[a], self.lines[b]
        if first.page != last.page:
            return True
        after = self._page_line_after(first.number)  # (a bisection, not a pass over all of them)
        return after is not None and after < last.number

    def _carry_open_label(self) -> None:
        """A colofon that runs on from page 1's foot onto page 2 with a label last: its value at
        the top of page 2's column, written there as a block of short rows right over a label page
        1 does not print ("Parafenroute" / "Pagina 1 van 2" ... "Dir. SJ" / "DGSenB" / "SG" /
        "Bijlagen" / "2"). The label, last in its column (a page's end, the main column's kind or
        purpose under it), takes the block as its value; the block's rows are emptied."""
        lines = self.lines
        for a in _indices(list(map(_KIND, lines)), Kind.LABEL):  # (the lines are changed only at the end)
            line = lines[a]
            if line.text.endswith(":"):
                continue
            b = _filled(lines, a + 1)
            if b >= len(lines):
                return
            if lines[b].kind in (Kind.DOC_KIND, Kind.PURPOSE):
                # (the main column under it, its kind or purpose over a label: a purpose between
                # a label and its value, "Datum" / "TER BESLISSING" / "5 februari 2024", is not)
                c = _filled(lines, b + 1)
                if c < len(lines) and lines[c].kind is Kind.TEXT:
                    continue
            elif not self._page_break(a, b):
                continue
            if (
                _known_heading(line.text)
                and (p := _filled(lines, a - 1, -1)) >= 0
                and _ends_sentence(lines[p].text)
            ):
                continue  # (a heading's word under a paragraph, "Bijlagen": a section at the foot)
            start = next((n for n in range(a + 1, len(lines)) if self._page_break(a, n)), None)
            if start is None:
                return
            run = self._carried_run(start)
            if run is None:
                continue
            first, end = run
            key = _vocab.key(lines[end].label)
            if any(
                ln.kind in (Kind.LABEL, Kind.LABEL_VALUE) and _vocab.key(ln.label) == key
                for ln in lines[:start]
            ):
                continue  # (a later page's colofon repeats page 1's labels: furniture)
            value = join_value([ln.text for ln in lines[first:end]])
            lines[a] = attrs.evolve(line, text=f"{line.label}: {value}", kind=Kind.LABEL_VALUE, rest=value)
            for n in range(first, end):
                lines[n] = attrs.evolve(lines[n], text="", kind=Kind.BLANK, label="", rest="")
            return

    def _carried_run(self, start: int) -> tuple[int, int] | None:
        """On the page that opens at line ``start``: the first block of short value rows (no
        sentence, heading or unit's name; at the page's top or after a blank line) right over a
        known label's row, as (its first line, the label's line). Past the page's first heading
        or paragraph (an extractor may write the column's block after the body's first one) the
        block is no section's text: not right under a heading ("Bijlagen" / "" / "Concept-
        Kamerbrief ..."), and each row a unit's name or code, no phrase in lower case ("Dir. SJ" /
        "DGSenB" / "pSG", not "Eerste fase in november")."""
        lines = self.lines
        first = n = start = _filled(lines, start)
        body = False  # (a heading or a paragraph came before the block)
        while n < len(lines) and not (n > start and self._page_break(n - 1, n)):
            line = lines[n]
            if (
                line.kind is Kind.TEXT
                and _fits_colofon(line.text)
                and not _ends_sentence(line.text)
                and not _known_heading(line.text)
                and not _is_letterhead_like(line.text)
            ):
                if n - first >= _CARRIED_ROWS:
                    return None
                n += 1
                continue
            if (
                n > first
                and line.kind in (Kind.LABEL, Kind.LABEL_VALUE)
                and (first == start or lines[first - 1].kind is Kind.BLANK)
                and not (body and not self._carried_after_body(first, n))
            ):
                return first, n
            body = (
                body
                or line.kind in _BODY_KINDS
                or (line.kind is Kind.TEXT and not _is_letterhead_like(line.text))
            )
            n += 1
            first = n
        return None

    def _carried_after_body(self, first: int, end: int) -> bool:
        """Whether rows ``first`` to ``end`` (a block under the page's first heading or
        paragraph) are a carried value: the line above them no heading, and each row a name or
        code, its words capitalised, with a capital or a digit, or a name's small word."""
        lines = self.lines
        above = _filled(lines, first - 1, -1)
        if above >= 0 and (
            lines[above].kind in (Kind.LABEL, Kind.HEADING, Kind.TITLE) or _known_heading(lines[above].text)
        ):
            return False
        return all(
            any(c.isupper() or c.isdigit() for c in word) or word in _vocab.NAME_SMALL_WORDS
            for ln in lines[first:end]
            for word in ln.text.split()
        )

    # -- the whole document ---------------------------------------------------------------------

    def read(self) -> Nota:
        start = self._body_start()
        header = self.lines[:start]
        body = self.lines[start:]
        self.fields: list[_PendingField] = []
        #: The subject's labels left without a value whose run was taken as the title
        #: (:meth:`_title_label_answered`): dropped when nothing else gives them a value.
        self.answered_title_labels: list[_PendingField] = []
        self.letterhead: list[str] = []
        self.unplaced: list[str] = []
        self.footnotes: list[Footnote] = []
        self.attachments: list[Attachment] = []
        self.letterhead_lines: set[int] = set()
        self._spliced_end = -1  # (the line after the last colofon pair read in the body)
        self.preamble: Section | None = None
        self.title_marked = False
        self.unlabelled_addressee: str | None = None
        self.letterhead.extend(self.markings)
        for run in _consecutive(self.debris):
            self._unplace(
                attrs.evolve(run[0], text=" ".join(ln.text for ln in run)),
                "Stray capital letters, one per line (an OCR'd word printed vertically in the margin, "
                "such as a classification); kept in Nota.unplaced",
            )
        for line in self.margin_first:
            self._unplace(
                line,
                "A heading of a margin column the extractor wrote before the head, apart from "
                "its section's text; kept in Nota.unplaced",
            )
        purpose, kind, title = self._header(header)
        self.purpose = purpose
        self.kind = kind
        self.letterhead.extend(line for line in self.running_lines if line not in self.letterhead)
        if not self.marked_headings:
            if not self.layout and self.page_lines:
                self._colofon_after_page_lines(start)
            self._trailing_stacked_values(start)
            self._strip_repeated_colofon(start)
            start = self._head_units_interleaved(start)
            if title.count(" ") >= _RUNNING_TITLE_SPACES:
                self._strip_running_title(start, title)
            body = self.lines[start:]
        sections = self._body(body)
        for line in self.foot_unread:
            self._unplace(line, _UNREAD_ROWS)
        if sections and not self.attachments:
            for k, section in enumerate(sections):
                if not self.attachments:
                    sections[k] = self._listed_attachments(section)
        purpose = self.purpose
        if self.footnotes and not self.marked_notes:
            sections = _glue_markers(sections, [note.number for note in self.footnotes])
        if self.preamble is not None:
            sections.insert(0, self.preamble)
        if purpose is None and (m := _vocab.PURPOSE_IN_TITLE.search(title)):
            purpose = m[1].casefold() if _fragments.is_purpose(m[1].casefold()) else None
        if not title and not self.title_marked:
            self._note("no-title", "no title (subject line) found", header[0] if header else None)
        if purpose is None and kind is None:
            self._check_letter_or_email()
        metadata = Metadata(
            fields=tuple(self._fields()),
            purpose=purpose,
            page_count=self.page_count,
            kind=kind,
            letterhead=tuple(self.letterhead),
            unlabelled_addressee=self.unlabelled_addressee,
        )
        self._check_date(metadata)
        return Nota(
            metadata=metadata,
            title=title,
            sections=tuple(sections),
            attachments=tuple(self.attachments),
            footnotes=tuple(self.footnotes),
            unplaced=tuple(self.unplaced),
            diagnostics=tuple(self.diagnostics),
        )

    def _listed_attachments(self, section: Section) -> Section:
        """A section headed "Bijlagen", "Bijlage(n)" or "Overzicht bijlagen" (a colon or not)
        that holds only the attachments listed without a table, read as its rows (the section
        keeps its heading), in extracted text and in the PDF reader's marked text alike (where
        its layout left the lines as printed: under a heading not the last, a number column, a
        bullet list; docs/pdf.md, "Table cells"):

        - a list numbered from 1 ("1. Kamerbrief ..." / "2. Uitvoeringstoets ...");
        - paragraphs of entries "Bijlage 1  Kamerbrief" (see `_attachment_entries`);
        - lines opening with their number, each a paragraph of its own ("1  Kamerbrief" /
          "2  Advies Raad van State": a number column left of the names), numbered from 1;
        - a bullet list of names, numbered as listed, when no item ends a sentence (a bullet list
          of sentences under the heading says something about the attachments and stays).

        A disclosure status ending an entry ("... deels openbaar", the status column at the right)
        is its information."""
        if not _vocab.is_attachments_heading(section.heading.rstrip(":")) or not section.blocks:
            return section
        listed = (
            _attachment_entries(section.blocks)
            or _numbered_rows(section.blocks)
            or _listed_names(section.blocks)
        )
        if not listed:
            return section
        for n, text, origin in listed:
            name, info = _fragments.status_at_end(text)
            self.attachments.append(Attachment(number=n, name=name, info=info, origin=origin))
        return attrs.evolve(section, blocks=())

    def _trailing_stacked_values(self, start: int) -> None:
        """Labels stacked in the header without values, and the text's last block, after its
        last page line, of as many short lines, each by its form a value of its label ("Kenmerk"
        / "Datum" / "Bijlagen" ... "Pagina 1 van 1" / "DGA-ELV 91234567" / "21 mei 2024" / "3"):
        pdftotext writes the colofon's column of values as a block of its own, after the page.
        The values are the labels', in order; their lines are taken out of the body."""
        pending = [f for f in self.fields if f.stacked and not f.values]
        if len(pending) < _MIN_STACKED or not self.page_lines:
            return
        end = len(self.lines)
        while end > start and self.lines[end - 1].kind is Kind.BLANK:
            end -= 1
        first = end - len(pending)
        if first <= start or self.lines[first - 1].kind is not Kind.BLANK:
            return  # (the block is exactly the values, set apart by a blank line)
        block = self.lines[first:end]
        if block[0].number <= max(self.page_lines) or not all(
            line.kind is Kind.TEXT and _whole_or_bare_value(line, field.label)
            for line, field in zip(block, pending, strict=True)
        ):
            return
        for index, (line, field) in enumerate(zip(block, pending, strict=True), start=first):
            field.values.append(line.text)
            field.value_line = line
            self.lines[index] = attrs.evolve(line, text="", kind=Kind.BLANK, label="", rest="")

    def _strip_running_title(self, start: int, title: str) -> None:
        """Take the title printed as a later page's running head out of the body: the first or
        the last line with text of page 2 on (a page line or a page's number aside) that is the
        title, in one row ("Uitvoering van de motie ... box 3-herstelregeling" over page 2's
        first heading, or written last on the page by an extractor that follows the content
        stream). Page furniture, as the page line. Not from an appended document's heading on
        ("Bijlage 1: Kamerbrief"): the appended letter's subject, the nota's title too, opens its
        page; nor a row right under a heading with no text after it ("Bijlagen" / the Kamerbrief
        whose subject is the title, the page's and the body's last row): that heading's only
        text. A heading left at a page's foot whose text opens the next page has the running
        title under it ("Communicatie" / the title / page 3's "De Kamerbrief wordt ...")."""
        lines = self.lines
        wanted = " ".join(title.split())
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for k in range(start, len(lines)):
            line = lines[k]
            if _vocab.APPENDIX_HEADING.match(line.text) is not None:
                break
            if line.page > 1 and line.kind is Kind.TEXT:
                first.setdefault(line.page, k)
                last[line.page] = k
        found = {
            k
            for k in (*first.values(), *last.values())
            if len(lines[k].text) >= len(wanted)
            and " ".join(lines[k].text.split()) == wanted
            and not (self._under_known_heading(k) and not self._text_follows(k))
        }
        for k in sorted(found, reverse=True):
            del lines[k]

    def _under_known_heading(self, k: int) -> bool:
        """Whether the line with text right above line k, on its page, is a heading: marked, or
        a known heading's words."""
        above = _page_neighbour(self.lines, k, -1)
        return above is not None and (
            above.kind is Kind.HEADING
            or (above.kind in (Kind.TEXT, Kind.LABEL) and _known_heading(above.text))
        )

    def _text_follows(self, k: int) -> bool:
        """Whether a line of text (no heading, page line or blank) follows line k before the next
        heading, on any page."""
        for line in self.lines[k + 1 :]:
            if line.kind in (Kind.BLANK, Kind.PAGE):
                continue
            return line.kind is not Kind.HEADING and not (
                line.kind in (Kind.TEXT, Kind.LABEL) and _known_heading(line.text)
            )
        return False

    def _strip_repeated_colofon(self, start: int) -> None:
        """Take a later page's colofon out of the body rows it was spliced into.

        A row-by-row extractor puts the repeated colofon beside the body: a label at the end of
        one row ("... vraagt Referentie") and its value at the end of the next ("... in de brief
        48137608", "Kern 23 september 2024") or on a line of its own. Where a label of a field
        read in the header and that field's value follow each other so, both are furniture.
        """
        known: dict[str, str] = {}
        pieces: dict[str, list[str]] = {}  # a value's printed lines, where it has two or more
        for field in self.fields:
            if field.value and _vocab.known_label(field.label) is not None:
                known.setdefault(_vocab.key(field.label), field.value)
                if len(field.values) > 1:
                    pieces.setdefault(field.value, field.values)
        if not known:
            return
        ends = frozenset(k[n:] for k in known for n in range(len(k) + 1))  # ("" too: a lone ":")
        lines = self.lines
        i = start
        while i < len(lines):
            found = _trailing_known_label(lines[i], known, ends)
            if found is not None:
                head, value = found
                for j in (i + 1, i + 2):
                    text = lines[j].text if j < len(lines) else ""
                    cut = _value_at_end(text, value)
                    if cut is not None:
                        rest = text[:cut].rstrip()
                        for index, kept in ((j, rest), (i, head)):  # (the later line first)
                            if kept:
                                line = lines[index]
                                lines[index] = _lines.classify(kept, line.number, line.page)
                            else:
                                del lines[index]
                        break
                else:
                    if value in pieces and (edits := _value_lines_after(lines, i, pieces[value])):
                        # a value of several lines, each spliced at a row's end or alone on a row
                        for index, kept in sorted([*edits, (i, head)], reverse=True):
                            if kept:
                                line = lines[index]
                                lines[index] = _lines.classify(kept, line.number, line.page)
                            else:
                                del lines[index]
                    elif (
                        self.layout
                        # (not a numbered heading of the label's word: "4. Bijlagen" over its table)
                        and _HEADING_NUMBER_ONLY.match(head) is None
                        and (at := self._layout_value_line(start, i, value)) is not None
                    ):
                        # `pdftotext -layout` kept the label on the body's row, one space apart,
                        # and set the value apart in the colofon column, read before the page's body
                        for index, kept in sorted(((at, ""), (i, head)), reverse=True):
                            if kept:
                                line = lines[index]
                                lines[index] = _lines.classify(kept, line.number, line.page)
                            else:
                                del lines[index]
                        i -= at < i
            i += 1

    def _layout_value_line(self, start: int, i: int, value: str) -> int | None:
        """In layout text, the index of a line on line i's page, from ``start`` on, that is
        ``value`` alone; not a footnote's number alone over its text at the page's foot ("2" /
        "Verordening (EU) 2017/625, artikel 79."), its marker in the body above: a count's value
        equal to a note's number is that note's."""
        page = self.lines[i].page
        return next(
            (
                j
                for j in range(start, len(self.lines))
                if j != i
                and self.lines[j].page == page
                and self.lines[j].text == value
                and not (value.isdecimal() and self._note_number_over_text(j, int(value)))
            ),
            None,
        )

    def _note_number_over_text(self, j: int, number: int) -> bool:
        """Whether line j is footnote ``number``'s number alone over its text (:meth:`_bare_note`),
        below the body's rows that carry its marker."""
        return self._bare_note(j, number) and self._marker_lines(loose=True).get(number, j) < j

    def _note(self, code: str, message: str, line: Line | None) -> None:
        self.diagnostics.append(
            Diagnostic(
                code=code,
                message=message,
                line=line.number if line else None,
                column=1 if line else None,
                page=line.page if line else None,
            )
        )

    def _check_letter_or_email(self) -> None:
        """A salutation before any heading of a nota, and a letter's closing after it ("Met
        vriendelijke groet," or the signer's office, "De Minister van ...,") with no heading of a
        nota after that: the text is a letter (a Kamerbrief, a Woo decision, an e-mail), not a
        nota; so is a text with an e-mail's "Verzonden:" and "Onderwerp:" rows before any such
        heading. Noted at the salutation or the "Verzonden:" row. A letter whose closing a
        nota's headings follow is a cover letter over the nota, read as one text: no letter."""
        salutation: Line | None = None
        sent: Line | None = None
        subject = False
        for k, line in enumerate(self.lines):
            text = _unmarked(line)
            if salutation is None:
                if _known_heading(text):
                    return
                if sent is None and _vocab.EMAIL_SENT.match(text):
                    sent = line
                subject = subject or _vocab.EMAIL_SUBJECT.match(text) is not None
                if sent is not None and subject:
                    self._note(
                        "not-a-nota",
                        f"an e-mail, not a nota: it has the rows {sent.text!r} and 'Onderwerp:' before "
                        "any heading of a nota, and no purpose line or kind of nota",
                        sent,
                    )
                    return
                if _vocab.SALUTATION.match(text):
                    salutation = attrs.evolve(line, text=text)
            elif _closes_letter(text):
                if any(_known_heading(_unmarked(ln)) for ln in self.lines[k + 1 :]):
                    return  # (a cover letter, the nota after it)
                self._note(
                    "not-a-nota",
                    f"a letter, not a nota: it opens with the salutation {salutation.text!r} and closes "
                    f"with {line.text!r}, with no purpose line, kind of nota or heading of a nota "
                    "before the salutation",
                    salutation,
                )
                return

    def _body_start(self) -> int:
        """Index of the first section heading (the end of the header zone)."""
        if self.marked_headings:  # a layout-aware source marked every heading: trust it
            # (none in a nota of one paragraph: the text under its title is the preamble)
            return next(
                (i for i, line in enumerate(self.lines) if line.kind is Kind.HEADING), len(self.lines)
            )
        for i in range(len(self.lines)):
            if self.lines[i].kind is Kind.LABEL and self._first_label_heading(i):
                self._label_start = i
                return i
            if self.lines[i].kind is Kind.ORDERED and self._opens_numbered_headings(i):
                return i  # "1. Stand van zaken" / its paragraph, "2. ..." later: the first section
            if self.lines[i].kind is Kind.ORDERED and self._headless_decision_list(i):
                return i  # the title / "1. Instemmen met ..." / "2. ...": the body's first list
            if self.lines[i].kind is Kind.TEXT and self._lead_in_over_list(i):
                return i  # the title / "Te besluiten:" / "1 Instemmen met ..." / "2 ...": its lead-in
            heading = self._heading(i, numbered_sequence=None)
            if heading is None or not _known_heading(heading[1]):
                continue
            if _vocab.key(heading[1]) in _vocab.HEADING_OR_LABEL and not self._table_follows(i):
                continue  # "Bijlagen" before any other heading is the colofon label
            if heading[0] is None and i > 0 and self._wrapped_name_row(i):
                continue  # "Directie Bestuur en" / "Financiën": the rest of a unit's name
            if heading[0] is None and self._head_form_label(i):
                # "Gevraagd besluit:" / its value, among the head's label rows: a label
                # with its value (the value's rows are then blank: they are the field's)
                label = self.lines[i].text.rstrip(":").rstrip()
                rows = self._form_value_rows
                value = join_wrapped([self.lines[j].text for j in rows])
                self.lines[i] = attrs.evolve(
                    self.lines[i], text=f"{label}: {value}", kind=Kind.LABEL_VALUE, label=label, rest=value
                )
                for j in rows:
                    self.lines[j] = attrs.evolve(self.lines[j], text="", kind=Kind.BLANK, label="", rest="")
                continue
            if (
                _vocab.key(heading[1]) in _vocab.MINISTER_DECISION_HEADINGS
                and self._check_boxes_follow(i)
                and self._heading_after(i)
            ):
                continue  # a decision block printed above the title: part of the header
            return self._unknown_heading_before(i)
        # no heading from the vocabulary: a template of question headings ("Wat is de
        # aanleiding?" ... "Wat is het advies?") starts at its first question; else the first
        # heading-like line after some prose
        questions = [i for i in range(len(self.lines)) if self._question_heading(i)]
        # the first question may stand right under the title's last row, with no blank line
        # between them ("Voorbereiding Europese Raad" / "Wat vragen wij u?")
        first = -1
        if questions:
            first = next((i for i in range(questions[0]) if self._question_heading(i, under_text=True)), -1)
        if len(questions) + (first >= 0) >= 2:
            if first >= 0:
                self._first_question = first
                return first
            return questions[0]
        prose = False
        for i, line in enumerate(self.lines):
            if prose and (self._unknown_heading(i) or self._question_heading(i)):
                return i
            prose = prose or (line.kind is Kind.TEXT and _ends_full_stop(line.text))
        return len(self.lines)

    def _head_form_label(self, i: int) -> bool:
        """Whether the known heading alone on line i is a head form's label, its value under it
        ("Gevraagd besluit:" / "Kunt u instemmen ...?", "Doel" / "☒ Ter besluitvorming ☐ Ter
        informatie" / "Aan" ...): in the head, before any title (no marked title, no subject row
        above it), with a known heading after its value; printed with its colon right under a label
        row or a label's value (or as the head's first row, more label rows under its value), or
        without one over a short value with a known label's row right under that. A first
        section's heading under the title, over prose, stays a heading."""
        lines = self.lines
        text = lines[i].text
        colon = text.endswith(":")
        for line in lines[:i]:
            if line.kind is Kind.TITLE or (
                line.kind in (Kind.LABEL, Kind.LABEL_VALUE)
                and _vocab.label_concept(line.label) is _vocab.Concept.TITLE
            ):
                return False
        j = _filled(lines, i + 1)
        if colon and not (j < len(lines) and lines[j].kind is Kind.PURPOSE):
            j = i + 1  # (with its colon the value is on the next row, or a purpose line below blank rows)
        value: list[Line] = []
        while (
            j < len(lines)
            and (
                lines[j].kind is Kind.TEXT
                # a tick-box row ("☒ Ter besluitvorming ☐ Ter informatie")
                or (lines[j].kind is Kind.BULLET and _vocab.CHECK_BOX_ALONE.match(lines[j].label) is not None)
                # the purpose line alone under the label's colon ("Doel:" / "Ter besluitvorming")
                or (colon and not value and lines[j].kind is Kind.PURPOSE)
            )
            and not _known_heading(lines[j].text)
        ):
            if _vocab.known_label(lines[j].text.rstrip(":")) is not None:
                break
            value.append(lines[j])
            j += 1
            if _ends_sentence(value[-1].text) or value[-1].kind is Kind.PURPOSE:
                break  # (the value's sentence ends: the title may follow with no blank row)
        if not value or len(value) > _HEAD_FORM_VALUE_ROWS:
            return False
        self._form_value_rows = range(j - len(value), j)
        k = j
        while k < len(lines) and lines[k].kind is Kind.BLANK:
            k += 1
        # (a label row of its own, not one a row-by-row extractor spliced into the value's row)
        label_below = (
            k < len(lines) and lines[k].number != value[-1].number and self._head_label_row(lines[k])
        )
        if (
            k == len(lines)
            # (a run-in heading's paragraph, not a layout row's cell beside its label)
            or (value[0].number == lines[i].number and not self.layout)
            or self._heading(k, numbered_sequence=None) is not None
            or not self._title_before_heading(k)
        ):
            # a first section's paragraph has the next section's heading under it, or the body's
            # rows go on under the colofon's rows spliced between them: the title is found after
            # a head form, right over the first section's heading
            return False
        short = (
            label_below
            and len(value) == 1
            and len(value[0].text.split()) <= _HEAD_FORM_SHORT_WORDS
            and not _ends_in(value[0].text)
            and not _is_prose(value[0].text)
            and _vocab.key(lines[k].label) not in _vocab.HEADING_OR_LABEL
        )
        above = i - 1
        while above >= 0 and lines[above].kind is Kind.BLANK:
            above -= 1
        if above >= 0 and lines[above].number == lines[i].number:
            return False  # (a colofon's value a row-by-row extractor spliced beside the heading)
        if not colon and not short:
            # a form's cell of a sentence ("Gevraagd besluit" / "Instemmen met ... 2029."), right
            # under a label's row or a stacked label's value of one row, a label row or the title
            # (a row that ends no sentence, a known heading under it) under the sentence
            return (
                _ends_in(value[-1].text)
                and above >= 1
                and (
                    lines[above].kind is Kind.LABEL_VALUE
                    or (lines[above].kind is Kind.TEXT and self._nonblank_above(above) is Kind.LABEL)
                )
                and (label_below or self._title_over_heading(k))
            )
        # right under a label row, the kind or purpose line, or under the value of a label alone
        # on its row above it
        if above >= 0 and (
            self._head_label_row(lines[above]) or lines[above].kind in (Kind.DOC_KIND, Kind.PURPOSE)
        ):
            return True
        # (its value one row, or rows ending a sentence: "Datum:" / "3 juni 2026" / a title /
        # "Aanleiding:" is a first section under the title)
        # (blank rows passed: "Aan:" / "" / "Minister van ...")
        back = above
        for rows in range(_HEAD_FORM_VALUE_ROWS + 1):
            if back < 0:
                break
            if lines[back].kind is not Kind.TEXT or _UNKNOWN_LABEL.match(lines[back].text):
                if self._bare_head_label(lines[back]) and (rows == 1 or _ends_in(lines[above].text)):
                    return True
                break
            back = _filled(lines, back - 1, -1)
        # the head's first label row, under the letterhead: more label rows under its value
        return label_below and not any(self._head_label_row(line) for line in lines[:i])

    def _nonblank_above(self, i: int) -> Kind | None:
        """The kind of the nearest line with text above line i (blank rows passed over)."""
        j = i - 1
        while j >= 0 and self.lines[j].kind is Kind.BLANK:
            j -= 1
        return self.lines[j].kind if j >= 0 else None

    def _title_before_heading(self, k: int) -> bool:
        """Whether the row right over the first known heading from line k on (a head form's
        label further down passed over) reads as a title: a marked title, or text that ends no
        sentence (:func:`_ends_in_noted`), of two words or more, no label row and no value of a
        label alone on its row above it (a colofon's "Opgesteld door" / "5.1.2e")."""
        lines = self.lines
        h = None
        saved = self._form_value_rows
        for j in range(k, len(lines)):
            found = self._heading(j, numbered_sequence=None)
            if found is None or not _known_heading(found[1]):
                continue
            if found[0] is None and self._head_form_label(j):
                continue  # (its value under it; the title is further down)
            h = j
            break
        self._form_value_rows = saved
        if h is None:
            return False
        p = h - 1
        while p >= k and lines[p].kind is Kind.BLANK:
            p -= 1
        if p < k:
            return False
        if lines[p].kind is Kind.TITLE:
            return True
        q = p - 1
        while q >= 0 and lines[q].kind is Kind.BLANK:
            q -= 1
        text = lines[p].text
        return (
            lines[p].kind is Kind.TEXT
            and len(text.split()) >= 2
            and not _ends_in_noted(text)
            and _UNKNOWN_LABEL.match(text) is None
            and (q < 0 or lines[q].kind is not Kind.LABEL)
        )

    def _title_over_heading(self, k: int) -> bool:
        """Whether line k reads as a title: text that ends no sentence (:func:`_ends_in_noted`), a
        known heading on the next row with text."""
        lines = self.lines
        if lines[k].kind is not Kind.TEXT or _ends_in_noted(lines[k].text):
            return False
        nxt = k + 1
        while nxt < len(lines) and lines[nxt].kind is Kind.BLANK:
            nxt += 1
        return (
            nxt < len(lines)
            and (h := self._heading(nxt, numbered_sequence=None)) is not None
            and _known_heading(h[1])
        )

    @staticmethod
    def _bare_head_label(line: Line) -> bool:
        """Whether a line is a head's label alone on its row, waiting for its value under it
        ("Datum:", "Reden van spoed:"; a known heading only where it was read as such a label)."""
        if line.kind is Kind.LABEL:
            return True
        m = _UNKNOWN_LABEL.match(line.text)
        return m is not None and not m[2] and _has_label_form(m[1]) and not _known_heading(line.text)

    @staticmethod
    def _head_label_row(line: Line) -> bool:
        """Whether a line is a head's label row: a known label (with or without its value), or a
        label of a label's form printed with its colon ("Reden van spoed:")."""
        if line.kind in (Kind.LABEL, Kind.LABEL_VALUE):
            return _vocab.known_label(line.label) is not None or line.text.rstrip().endswith(":")
        m = _UNKNOWN_LABEL.match(line.text)
        return m is not None and ":" in line.text and _has_label_form(m[1])

    def _wrapped_name_row(self, i: int) -> bool:
        """Whether the heading-like row i is the rest of a name wrapped on the row right above it
        (no blank row between): that row, plain text, ends in a word that cannot end a value
        ("Afgestemd met" / "Directie Bestuur en" / "Financiën"), so the name goes on here."""
        above = self.lines[i - 1]
        return above.kind is Kind.TEXT and _ends_with_continuation(above.text)

    def _unknown_heading_before(self, i: int) -> int:
        """The first known heading's line i, or an unknown heading standing before it after some
        prose (a memo's "Voortgang" between its first paragraph and "Vervolg")."""
        prose = False
        for j in range(i):
            line = self.lines[j]
            if prose and self._unknown_heading(j):
                return j
            prose = prose or (line.kind is Kind.TEXT and _ends_full_stop(line.text))
        # a question heading right under the title's last row, where another question heads a
        # later section ("Wat vragen we van u?" ... "Stand van zaken" ... "Wat zijn de risico's?")
        first = next((j for j in range(1, i) if self._question_heading(j, under_text=True)), None)
        if (
            first is not None
            and self.lines[first - 1].kind is Kind.TEXT
            and any(self._question_heading(j) for j in range(i + 1, len(self.lines)))
        ):
            self._first_question = first
            return first
        return i

    def _first_label_heading(self, i: int) -> bool:
        """Whether the bare label on line i heads the first section ("Status", "Contact" over the
        paragraph "Deze nota is een vervolg op ..."): a one-word label of no concept of the
        nota's head, printed without a colon, not under a label waiting for its value, over a
        paragraph of prose (twelve words or more ending a sentence: no colofon value is prose),
        with a known heading after it. A template may open its body with such a section."""
        line = self.lines[i]
        if (
            " " in line.text
            or ":" in line.text
            or _vocab.label_concept(line.label) is not _vocab.Concept.OTHER
            or i == 0
            or self.lines[i - 1].kind is Kind.LABEL
        ):
            return False
        paragraph: list[str] = []
        start = i + 1
        if self.layout and start < len(self.lines) and self.lines[start].kind is Kind.BLANK:
            start += 1  # (pdftotext -layout: the blank row a colofon row beside the heading leaves)
        for nxt in self.lines[start:]:
            if nxt.kind is not Kind.TEXT or _known_heading(nxt.text):
                break
            paragraph.append(nxt.text)
            if _ends_full_stop(nxt.text):
                break
        return (
            bool(paragraph)
            and not _fits_colofon(paragraph[0])
            and _is_prose(join_wrapped(paragraph))
            and self._heading_after(i)
        )

    def _check_boxes_follow(self, i: int) -> bool:
        """Whether the lines under line i start with check boxes ("☐ akkoord")."""
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return nxt is not None and (
            _vocab.CHECK_BOX_ALONE.match(nxt.text) is not None
            or (nxt.kind is Kind.BULLET and _vocab.CHECK_BOX_ALONE.match(nxt.label) is not None)
        )

    def _heading_after(self, i: int) -> bool:
        """Whether a known section heading follows line i somewhere."""
        return any(
            (h := self._heading(j, numbered_sequence=None)) is not None and _known_heading(h[1])
            for j in range(i + 1, len(self.lines))
        )

    def _table_follows(self, i: int) -> bool:
        j = i + 1
        while j < len(self.lines) and self.lines[j].kind is Kind.BLANK:
            j += 1
        return j < len(self.lines) and self.lines[j].kind in (Kind.TABLE_HEADER, Kind.ROW)

    # -- pass 2: the header zone ----------------------------------------------------------------

    @staticmethod
    def _unread_label_row(lines: list[Line], position: int) -> bool:
        """Whether line ``position`` is a row of labels right over a row of text that does not
        split into their values (:func:`_unread_labels`)."""
        if position + 1 >= len(lines) or lines[position + 1].kind is not Kind.TEXT:
            return False
        return _unread_labels(lines[position].text, lines[position + 1].text)

    def _stacked_column(self, lines: list[Line], position: int) -> dict[int, _PendingField]:
        """The labels stacked right above line ``position``, two or more bare labels on rows of
        their own with no blank line between and no value yet ("Datum" / "Kenmerk"), each paired
        with one of the rows from ``position`` on in order ("12 januari 2027" /
        "2027-0000008841"), where that is unambiguous: as many rows as labels, then a blank line,
        a label or a line no value by its form, and each row a value of its own label by its form
        (:func:`_stacked_value_of`: a date, a reference or a count, a telephone number under a
        telephone's label, a person's name under a contact's or drafter's label, or a
        redaction's ground code under any label). Empty where not (the rows then go as before:
        to the last label)."""
        by_line = {id(f.line): f for f in self.fields if not f.values}
        labels: list[_PendingField] = []
        j = position - 1
        while j >= 0 and lines[j].kind is Kind.LABEL and not lines[j].rest:
            field = by_line.get(id(lines[j]))
            if field is None:
                break
            labels.insert(0, field)
            j -= 1
        n = len(labels)
        if n < 2 or position + n > len(lines):
            return {}
        rows = lines[position : position + n]
        if any(row.kind is not Kind.TEXT for row in rows):
            return {}
        if position + n < len(lines):
            after = lines[position + n]
            if after.kind is Kind.TEXT and any(_stacked_value_of(f.label, after.text) for f in labels):
                return {}  # (one more value-like row: which label has two is not certain)
        if not _column_fits(labels, rows):
            return {}
        return {position + m: field for m, field in enumerate(labels)}

    def _header(self, lines: list[Line]) -> tuple[str | None, str | None, str]:
        lines = _unfilled_label_rows(_unsplice(_references_over_rows(_surnames_after_labels(lines))))
        lines, qualifiers = _split_qualified_purposes(lines)
        purpose: str | None = None
        purpose_line: Line | None = None
        kind: str | None = None
        runs: list[_Run] = []
        current: _PendingField | None = None
        previous: Line | None = None
        after_kind = False
        explicit_title: str | None = None
        inline: _PendingField | None = None
        inline_end: Line | None = None  # the last line of the inline value
        title_at = -1
        blank_pairs = False  # (head labels each over its value, set apart by blank lines)
        column: dict[int, _PendingField] = {}  # (values under bare labels stacked right above them)
        unread: set[int] = set()
        for position, printed in enumerate(lines):
            line = printed
            k = line.kind
            if position in unread:
                continue  # (a row of values under a row of labels, kept in Nota.unplaced)
            if k in (Kind.TEXT, Kind.LABEL_VALUE) and self._unread_label_row(lines, position):
                # a row of labels over a row of values that no label's form splits ("Opgesteld
                # door Afgestemd met" / "J. de Vries DG Fiscale Zaken"): which words are whose is
                # not certain, both rows are kept as printed, no field and no title
                self._unplace(line, _UNREAD_ROWS)
                self._unplace(lines[position + 1], _UNREAD_ROWS)
                unread.add(position + 1)
                current = None
                previous = lines[position + 1]
                continue
            if position in column:
                # one of the values under labels stacked right above them, each its own row
                # ("Datum" / "Kenmerk" / "12 januari 2027" / "2027-0000008841"): its label's
                field = column.pop(position)
                field.values.append(line.text)
                field.value_line = line
                current = None
                previous = line
                continue
            if k is Kind.GLYPH:
                continue  # a checkbox or stray glyph is not a word, and does not separate anything
            if k is Kind.TITLE and explicit_title is None:
                explicit_title, title_at = line.rest, position
                current = None
                previous = line
                continue
            if k in (Kind.FOOTNOTE, Kind.ROW, Kind.SIGNATURE):
                self._body_line(line)
                current = None
                previous = line
                continue
            if k is Kind.BLANK:
                if (
                    current is not None
                    and not current.values
                    and current.label.casefold() in _vocab.INLINE_LABELS
                    and position + 1 < len(lines)
                    and lines[position + 1].kind in (Kind.TEXT, Kind.BULLET)
                    and (lines[position + 1].kind is Kind.TEXT or not self.layout)
                    and (self.layout or blank_pairs or self._head_label_after(lines, position + 1, current))
                ):
                    # "Van:" / "" / "NVWA": the blank row is a colofon row beside them; in text
                    # that sets every block apart (pdftotext's raw order of a head table, "Aan:" /
                    # "" / "Minister van JenV" / "" / "Van:" / "" / "DGPenV") each label over its
                    # value, when the next label follows the first value
                    blank_pairs = not self.layout
                    continue
                if (
                    (paraphed := current or inline) is not None
                    and paraphed.values
                    and position + 1 < len(lines)
                    and _paraph_row(paraphed, lines[position + 1])
                ):
                    # ("Parafenroute" / "DMB 2-12" / "" / "DGM 3-12" / "SG": the rows of a
                    # paraph table under its label, a blank line between them, its value)
                    current, inline = paraphed, None
                    continue
                if (
                    blank_pairs
                    and current is not None
                    and not current.values
                    and _pair_set_apart(lines, position + 1)
                ):
                    # ("Onderwerp" / "" / "Aanpak van ..." / "kinderopvangtoeslag" / "" /
                    # "Datum": in such a head, a label's value wrapped over rows of its own, the
                    # next label after it set apart as well)
                    continue
                if (
                    blank_pairs
                    and current is not None
                    and not current.values
                    and position + 1 < len(lines)
                    and lines[position + 1].kind is Kind.TEXT
                    and _vocab.label_concept(current.label) is _vocab.Concept.DATE
                    and _fragments.is_date(lines[position + 1].text)
                    and next(
                        (ln.kind for ln in lines[position + 2 :] if ln.kind is not Kind.BLANK), Kind.BLANK
                    )
                    not in (Kind.LABEL, Kind.LABEL_VALUE)
                ):
                    # ("Datum:" / "" / "14 april 2026" the last of such a head's labels: the date
                    # is the label's value; no stacked column follows, whose first value the
                    # title under it would be)
                    continue
                if (
                    self.layout
                    and inline is not None
                    and previous is inline_end
                    and position + 1 < len(lines)
                    and lines[position + 1].kind is Kind.TEXT
                    and (
                        self._second_addressee(inline, lines, position + 1)
                        or _wraps_office(inline.values[-1], lines[position + 1].text)
                        or _wraps_after_adjective(inline, lines[position + 1].text)
                    )
                ):
                    # (so between an Aan row and the second addressee under it, or the rest of
                    # its minister's title)
                    continue
                if (
                    inline is not None
                    and previous is inline_end
                    and _open_title_goes_on(inline, lines, position + 1)
                ):
                    # ("Titel: inventarisatie van ... maatregelen behorend bij" / "" /
                    # "escalatieladder (...)": a subject cut after a small word that cannot end
                    # it goes on in lower case after the blank row an extractor put between them)
                    continue
                if current is not None and not current.values:
                    current.stacked = True
                current = None
                previous = line
                continue
            if (
                current is not None
                and current.values
                and previous is not None
                and self.page_lines
                and any(previous.number < n < line.number for n in self.page_lines)
                and not _ends_with_continuation(current.values[-1])
            ):
                current = None  # a value ends at a page line ("Van:" / "NVWA" / "Pagina 1 van 2")
            if k is Kind.TEXT and (unknown := self._unknown_label(lines, position, previous)):
                line = unknown
                k = line.kind
            if k is Kind.TEXT and (mark := self._contact_mark_row(line, current)) is not None:
                line = mark  # "T 06 1234 5678" under a contact: the telephone's mark and its value
                k = line.kind
            if (
                title_at >= 0
                and k is Kind.LABEL_VALUE
                and ":" not in line.text
                and line.label.casefold() in _vocab.INLINE_LABELS
            ):
                # under a marked title (the PDF reader writes the head's rows before it, "Aan:"
                # with its colon) "Aan de minister van Financiën is op ..." opens a paragraph
                line = attrs.evolve(line, kind=Kind.TEXT)
                k = Kind.TEXT
            heading_after_head = k is Kind.LABEL_VALUE and self._heading_after_head(line, runs)
            if heading_after_head:
                k = Kind.TEXT  # "Van plan naar uitvoering" under the title: a heading, not a
                # second Van (the head's Van is filled), nor more of the title's rows
            if (
                k is Kind.LABEL_VALUE
                and line.label.casefold() in _vocab.INLINE_LABELS
                and ":" not in line.text
                and runs
                and previous is runs[-1].lines[-1]
                and not _is_letterhead_like(runs[-1].text)
                and not (purpose_line is not None and runs[-1].lines[0].number == purpose_line.number)
                and not _head_row_under_title(line, runs[-1])
                and not _head_row_under_unit_tail(line, runs[-1], lines)
            ):
                k = Kind.TEXT  # "Van ..." continuing a plain run is not a label (a letterhead
                # line such as "Directie ..." right above it is no such run; nor is a run that
                # starts on the purpose's row, "TER BESLISSING Immigratie- en Naturalisatiedienst":
                # the colofon's unit, read beside the stamp)
            if (
                k is Kind.PURPOSE
                and purpose_line is not None
                and _fragments.parse_purpose(line.text) != purpose
                and purpose_line.text.isupper()
                and not line.text.isupper()
            ):
                # a stamp in capitals ("TER ADVISERING") and later a purpose in a sentence's case
                # ("Ter informatie"): the stamp is the head's; the other a table's information
                # cell, which a row-by-row extractor set in the colofon's column (kept, not dropped)
                self._unplace(
                    line,
                    f"Expected one purpose line; {line.text!r} differs from the stamp "
                    f"{purpose_line.text!r}, which is read as the purpose (kept in Nota.unplaced)",
                )
                previous = line
                continue
            if k is Kind.PURPOSE:
                word = _fragments.parse_purpose(line.text)
                if purpose_line is not None and word != purpose:
                    # a nota has one purpose: of two different purpose lines the later one is
                    # read (a table's information cells, "Ter ondertekening", can reach the
                    # colofon column and be written before it); the other is kept, not dropped
                    self._unplace(
                        purpose_line,
                        f"Expected one purpose line; {purpose_line.text!r} differs from the later "
                        f"{line.text!r}, which is read as the purpose (kept in Nota.unplaced)",
                    )
                purpose, purpose_line = word, line
                nxt = lines[position + 1] if position + 1 < len(lines) else None
                if not (
                    current is not None
                    and not current.values
                    and nxt is not None
                    and nxt.kind is Kind.TEXT
                    and _fits_colofon(nxt.text)
                    and _reads_as_value(nxt.text)
                ):
                    # (a row-by-row extractor puts the purpose, in the main column, between a
                    # colofon label and its value: "Datum" / "TER BESLISSING" / "5 februari 2024")
                    if current is not None and not current.values:
                        current.stacked = True
                    current = None
            elif k is Kind.DOC_KIND and kind is None:
                kind = line.text
                current = None
                after_kind = True
                previous = line
                continue
            elif (
                k in (Kind.LABEL, Kind.LABEL_VALUE)
                and len(line.label) == 1
                and self.fields
                and current in (None, self.fields[-1])
                and self.fields[-1].values
                and _vocab.key(self.fields[-1].label) in _vocab.CONTACT_LABELS
                # (marked text keeps a label set apart in the PDF, bold or after a gap, as a block
                # of its own: there a "T" after a blank line is a field of its own)
                and not (self.marked_headings and position and lines[position - 1].kind is Kind.BLANK)
                # (nor is a mark over a value in its label's shape: "T" / "06 1234 5678", "E" /
                # "s.degraaf@minvws.nl" are the contact's telephone and e-mail, fields of their own
                # as the PDF's colofon gives them)
                and not _mark_with_its_value(line, lines, position)
            ):
                # "Contactpersoon" / "Adviseur" / "T" / "@rvo.nl" (also after a blank line, and
                # with the number on its row, "T 070 ..."): the telephone's mark goes on in the
                # contact's value, and so do the lines under it
                current = self.fields[-1]
                current.values.append(
                    join_wrapped([line.label, line.rest]) if k is Kind.LABEL_VALUE else line.text
                )
            elif k in (Kind.LABEL, Kind.LABEL_VALUE):
                if current is not None and not current.values:
                    current.stacked = True
                field = _PendingField(line.label, line)
                self.fields.append(field)
                if k is Kind.LABEL_VALUE:
                    field.values.append(line.rest)
                    field.value_line = line
                    inline, inline_end = field, line  # its value may wrap onto the next lines
                    current = None
                else:
                    current = field
                previous = line
                continue
            elif (
                inline is not None
                and previous is inline_end
                and k is Kind.TEXT
                and (
                    line.text[:1].islower()
                    or _ends_with_continuation(inline.values[-1])
                    or inline.values[-1].endswith(",")  # "Minister van Landbouw, Visserij," / "..."
                    or _WORD_HYPHEN_END.search(inline.values[-1]) is not None  # "uit Zuid-" / "Soedan"
                    # a subject wrapped before the year or the years it ends in ("... voormalige
                    # gasfabrieksterreinen" / "2010-2014")
                    or (
                        line.text[:1].isdigit()
                        and _YEARS_ALONE.match(line.text) is not None
                        and _vocab.label_concept(inline.label) is _vocab.Concept.TITLE
                    )
                    or self._second_addressee(inline, lines, position)
                    # (a minister's title wrapped before the last word of the ministry's name:
                    # "Aan Minister van Volkshuisvesting en Ruimtelijke" / "Ordening")
                    or _wraps_office(inline.values[-1], line.text)
                    # (a unit's or official's name wrapped after an adjective that opens its noun:
                    # "Van Directeur Algemene Financiële en Economische" / "Politiek")
                    or _wraps_after_adjective(inline, line.text)
                    # (a person's post, their name on the next row: "Opgesteld door:
                    # Projectleider" / "Sandra Vriese")
                    # ("Opgesteld door: Beleidsmedewerker" / "Stikstof Noord" / "" / "Aanleiding":
                    # a row of two capitalised words that closes the head under a whole post is
                    # the title, by its place; a name with initials or a particle is the holder's)
                    or (
                        _wraps_post(inline, line.text)
                        and (
                            not _closes_head(lines, position)
                            or not _two_capitalised_words(line.text)
                            # (the title printed above the head: the row is the holder's name)
                            or explicit_title is not None
                            or any(not _is_letterhead_like(run.text) for run in runs)
                        )
                    )
                    # (a person's name wrapped after a particle: "Opgesteld door: J. van der" /
                    # "Berg")
                    or _vocab.wraps_name_after_particle(inline.values[-1], line.text)
                    # (a date's year wrapped under its day and month: "Datum 2 december" / "2026")
                    or _year_wrapped(inline.values[-1], line.text)
                    # (a list label's units, a code a row: "Kopie aan: DSH" / "DMM" / "FEZ")
                    or _unit_code_row(inline, line.text)
                    # (a unit's name cut after its unit word: "Van Directoraat-generaal" /
                    # "Ruimte en Water")
                    or (_unit_name_opening(inline.values[-1]) and _unit_name_tail(line.text))
                )
                and (
                    not _ends_sentence(inline.values[-1])
                    # (a subject's colon before its subtitle in lower case: "Betreft: Handreiking
                    # Inclusieve Dienstverlening:" / "beste praktijken van gemeenten")
                    or (
                        inline.values[-1].endswith(":")
                        and line.text[:1].islower()
                        and _vocab.label_concept(inline.label) is _vocab.Concept.TITLE
                    )
                )
                # (a date, Ja/Nee or count complete in its form takes no more: "Datum: 22 mei
                # 2024" / "a ZN", a redaction box read as letters on the row under it)
                and not _complete(inline.values, inline.label, line.text)
                # (a third row that ends a sentence, or holds a sentence's end, is prose the value
                # ran into, not the value)
                and not (
                    inline_end is not inline.line
                    and (_ends_sentence(line.text) or _SENTENCE_END_INSIDE.search(line.text) is not None)
                )
            ):
                # "Titel: ... behorend bij" / "escalatieladder ...": the value column wraps a
                # long value (a subject) over as many rows as it needs, each going on the row above
                inline.values.append(line.text)
                inline_end = line
            elif (
                current is not None
                and not current.values
                and k is Kind.TEXT
                and (stacked_column := self._stacked_column(lines, position))
            ):
                column = dict(stacked_column)
                field = column.pop(position)
                field.values.append(line.text)
                field.value_line = line
                current = None
            elif (
                current is not None
                and k in (Kind.TEXT, Kind.GLYPH, Kind.ORDERED, Kind.BULLET)
                and not _complete(current.values, current.label, line.text)
                and not _none_then_title(current.values, current.label, line.text)
                and not (current.values and _textless_marks(lines, position))
                and not (line.text[:1].islower() and _split_from(current.line, runs))
                and not (current.values and self._after_addressee_value(current, line))
                and not (current.values and _unit_under_office(current, lines, position))
                # (a letter's salutation under its Betreft row opens its text, no more of the
                # subject: "Betreft" / "Voortgang ..." / "Geachte voorzitter,")
                and not (current.values and _is_salutation(line.text))
                # (a numbered known heading opens the body, no more of a colofon value beside
                # it: "Kenmerk" / "BS2024012345" / "1. Aanleiding")
                and not (
                    current.values
                    and k is Kind.ORDERED
                    and _known_heading(_vocab.heading_number(line.text)[1])
                )
                # (an address's head word opens the address, letterhead: "Onze referentie" /
                # "IENW/BSK-2026/51234" / "Postadres:" / "Postbus 20901")
                and not (current.values and _address_head(line.text) is not None)
                and not (
                    current.values
                    and current.label.casefold() in _vocab.INLINE_LABELS
                    and _opens_postal_address(lines, position)
                )
                and (
                    self.marked_title
                    or _fits_colofon(line.text)
                    or _vocab.label_concept(current.label) is _vocab.Concept.TITLE
                    # (a list label's units in one row as wide as the main column: "Kopie aan" /
                    # "SG, pSG, DGMI, DGLM, RWS, HDJZ, DCOM, FMC, Bestuursraad, Politiek assistent")
                    or (
                        not current.values
                        and _vocab.key(current.label) in _vocab.UNIT_LIST_LABELS
                        and _vocab.is_unit_list(line.text)
                    )
                    # Aan/Van stand in the main column, not the colofon: the first line of
                    # their value may be as wide as a minister's full title
                    or (
                        not current.values
                        and current.label.casefold() in _vocab.INLINE_LABELS
                        and not _ends_sentence(line.text)
                    )
                    # a second addressee under the first, in a pair set apart by blank lines
                    # ("AAN" / "" / "Minister van ..." / "Staatssecretaris ...")
                    or (
                        blank_pairs
                        and current.label.casefold() in _vocab.INLINE_LABELS
                        and _vocab.ADDRESSEE_OFFICE.match(line.text) is not None
                        and not _ends_sentence(line.text)
                    )
                )
            ):
                current.values.append(line.text)
                current.value_line = current.value_line or line
            else:
                if current is not None and not current.values:
                    current.stacked = True
                current = None  # a line that is no value ends the label's value
                continued = previous is not None and line.text[:1].islower() and _split_from(previous, runs)
                if (
                    runs
                    and not heading_after_head
                    and previous is not None
                    and (previous is runs[-1].lines[-1] or continued)
                    and (
                        _short_of_stacked(runs[-1])
                        or (
                            not _unit_under_title(line.text, runs[-1])
                            and not _title_under_unit(runs[-1], line.text)
                            and not _code_over_unit(line.text, lines, position)
                            and not _after_last_row(runs[-1], line)
                            and not _kind_title_under_unit(runs[-1], line.text)
                            and not _title_under_office(runs[-1], line.text)
                            and not _title_beside_address(runs[-1], line.text)
                            and not _title_under_reference(runs[-1], line.text)
                            and not _town_run(runs[-1], lines)
                        )
                    )
                ):
                    # (also the row that goes on under a label split off its end: "...
                    # gebiedsprogramma's Opgesteld door" / "en de eerste tranche ...")
                    runs[-1].lines.append(line)
                else:
                    pending = [f for f in self.fields if f.stacked and not f.values]
                    # (a run right under a bare label waiting for its value, blank lines between,
                    # is that value by its place, not the title after the kind line: "Memo" /
                    # "Aan" / "" / "Minister ..." / "" / "Afschrift aan" / "" / "Staatssecretaris
                    # ..." / "" / title)
                    under_label = bool(pending) and _line_above(lines, position) in {
                        f.line.number for f in pending
                    }
                    run = _Run([line], after_kind and not under_label, pending, position)
                    run.qualifier = line in qualifiers
                    if runs and previous is runs[-1].lines[-1] and _after_last_row(runs[-1], line):
                        run.under = runs[-1].start
                    runs.append(run)
                after_kind = False
            previous = line
        for field in self.fields:
            if not field.values:
                field.stacked = True
        # a column of values under labels stacked before it is theirs before any title is chosen:
        # a subject among the labels ("Betreft") then gives the title (under a marked title,
        # plain runs are the body's first, see _preamble)
        for run in list(runs) if explicit_title is None else []:
            if _values_of_stacked(run):  # (asked run by run: runs after one share its labels)
                _give_values(run, column=True)
                runs.remove(run)
        if explicit_title is not None:
            title = explicit_title
            self.title_marked = True
        else:
            title, title_at = self._choose_title(runs, lines)
        if kind is None and title and (named := _vocab.kind_in_title(title)):
            # "Beslisnota ter besluitvorming over ...": no kind line, the title names the kind
            # (and the purpose); the title keeps its words
            kind = named[0]
            if purpose is None and named[1]:
                purpose = _fragments.parse_purpose(named[1])
        self._preamble(runs, after=title_at, explicit=explicit_title is not None)
        self._assign(runs)
        for field in self.answered_title_labels:
            if not field.values and field in self.fields:
                self.fields.remove(field)
        return purpose, kind, title

    def _heading_after_head(self, line: Line, runs: list[_Run]) -> bool:
        """Whether a row read as an Aan or Van label with its value ("Van plan naar uitvoering",
        "Van DMO naar CZSK") is a heading under the title: no colon, the head's field of that
        label already filled, a plain run (the title) read after the head, and a value shaped as
        a phrase (a word in lower case that joins no name, "naar", "plan"), not an office or a
        unit ("de directeur Wonen", "DG Mobiliteit")."""
        if line.label.casefold() not in _vocab.INLINE_LABELS or ":" in line.text or not runs:
            return False
        label = _vocab.key(line.label)
        filled = [f for f in self.fields if _vocab.key(f.label) == label and f.values]
        if not filled or _is_letterhead_like(runs[-1].text):
            return False
        rest = line.rest
        words = rest.split()
        return (
            bool(words)
            and words[0].casefold() not in _vocab.CONTINUATION_WORDS
            and _vocab.UNIT_NAME.match(rest) is None
            and _vocab.ADDRESSEE_OFFICE.match(rest) is None
            and not _ends_sentence(rest)
            and any(w.islower() and len(w) >= 3 and w not in _vocab.CONTINUATION_WORDS for w in words)
        )

    def _after_addressee_value(self, field: _PendingField, line: Line) -> bool:
        """Whether plain text's ``line``, under an Aan or Van label alone on its row with its
        colon and the value's line under it, starts something else: a line opening with a capital,
        with words in lower case (a title's, not a name's), after a value of one line that does not
        go on ("Van:" / "directeur PG" / "Griepvaccinatie voor medewerkers in de" / "langdurige
        zorg": the title), unless it names another office holder or a unit (a second addressee,
        the sender's directorate under the sender) or reads as letterhead."""
        if self.layout or field.label.casefold() not in _vocab.INLINE_LABELS or not line.text[:1].isupper():
            return False
        if len(field.values) != 1:
            return False  # (after a second line, "Directie Stabiliteit en Humanitaire" / "Hulp")
        last = field.values[0]
        return (
            field.line.text.rstrip().endswith(":")
            and field.line.kind is Kind.LABEL
            and not _ends_with_continuation(last)
            and not last.endswith(",")
            and _WORD_HYPHEN_END.search(last) is None
            # a title's words in lower case: a name's are capitalised ("Immigratie- en
            # Naturalisatiedienst"), and one word goes on ("Inspecteur-generaal der" / "Rijksfinanciën")
            and any(w[:1].islower() and w not in _vocab.CONTINUATION_WORDS for w in line.text.split()[1:])
            and _vocab.ADDRESSEE_OFFICE.match(line.text) is None
            and not _opens_with_unit(line.text)
            and not _is_letterhead_like(line.text)  # (the colofon's address read after it)
        )

    @staticmethod
    def _second_addressee(inline: _PendingField, lines: list[Line], position: int) -> bool:
        """Whether line ``position``, under an Aan row, is a second addressee: an office holder's
        title, the Van row right under it ("Aan Minister van LVVN" / "Staatssecretaris van LVVN" /
        "Van ..."). The Aan and Van rows stand together, so an office between them is more of
        Aan's value (a nota to two office holders sets one under the other); a unit's name there
        ("Directie ...") is the colofon's, read on the row beside it."""
        nxt = lines[position + 1] if position + 1 < len(lines) else None
        return (
            nxt is not None
            and nxt.kind in (Kind.LABEL, Kind.LABEL_VALUE)
            and _vocab.label_concept(nxt.label) is _vocab.Concept.SENDER
            and _vocab.label_concept(inline.label) is _vocab.Concept.ADDRESSEE
            and len(inline.values) == 1
            and _vocab.ADDRESSEE_OFFICE.match(lines[position].text) is not None
            and _fits_colofon(lines[position].text)
            and not _ends_sentence(lines[position].text)
        )

    @staticmethod
    def _unknown_label(lines: list[Line], position: int, previous: Line | None) -> Line | None:
        """A label outside the vocabulary, printed with a colon: "Behandelaar: J. Jansen".

        Only in the header zone, only where the line stands on its own (not inside a run of
        text, whose first line may well contain a colon, as in "Oplegnota: ondertekening ...").
        """
        line = lines[position]
        m = _UNKNOWN_LABEL.match(line.text)
        if m is None:
            return _Reader._unknown_label_among_rows(lines, position, previous)
        if _address_head(line.text) is not None:
            return None  # ("Bezoekadres:" over its street: the address's first line, as without a colon)
        bare = not m[2] and len(m[1].split()) <= 3 and not any(c.isdigit() for c in m[1])
        if (
            m[2]
            and previous is not None
            and previous.kind is Kind.LABEL
            and _vocab.label_concept(previous.label) is _vocab.Concept.TITLE
        ):
            return None  # "Titel" / "Circulaire economie: voortgangsrapportage": its value
        if previous is not None and previous.kind is Kind.TEXT and not bare:
            return None  # (a bare "Behandelaar:" also follows the value line of a label above)
        nxt = lines[position + 1] if position + 1 < len(lines) else None
        if m[2] and nxt is not None and nxt.kind is Kind.TEXT and not _UNKNOWN_LABEL.match(nxt.text):
            return None
        if (
            m[2]
            and len(m[2].split()) > _MAX_VALUE_WORDS
            and not _Reader._among_fields(lines, position, previous)
        ):
            return None
        if m[2] and not _looks_like_label(m[1], m[2]):
            # "Voorjaarsnota 2024: eerste ronde claims" is a title, unless it stands among labels
            before = lines[position - 1] if position > 0 else None
            among = [ln for ln in (before, nxt) if ln is not None]
            if not any(
                ln.kind in (Kind.LABEL, Kind.LABEL_VALUE) or _UNKNOWN_LABEL.match(ln.text) for ln in among
            ):
                return None
        kind = Kind.LABEL_VALUE if m[2] else Kind.LABEL
        return attrs.evolve(line, kind=kind, label=m[1], rest=m[2] or "")

    @staticmethod
    def _among_fields(lines: list[Line], position: int, previous: Line | None) -> bool:
        """Whether a label outside the vocabulary with a long value after its colon ("Reden van
        spoed: Het debat over ... ontvangen.", a head form's cell of sentences) stands right under
        a field's row, its label of a label's form: a field as the rows around it (a sentence
        under a blank row, or under text, is the body's)."""
        line = lines[position]
        m = _UNKNOWN_LABEL.match(line.text)
        return (
            m is not None
            and previous is not None
            and position > 0
            and previous.number == lines[position - 1].number
            and previous.kind is Kind.LABEL_VALUE
            and _has_label_form(m[1])
        )

    @staticmethod
    def _unknown_label_among_rows(lines: list[Line], position: int, previous: Line | None) -> Line | None:
        """A label outside the vocabulary with its value beside it, no colon, between two rows of
        known labels with their values ("Kenmerk RWS-2024/5512" / "Projectnummer PN 402117" /
        "Bijlage(n) 2"): by their forms (:func:`_label_form_value`), read as a label row among
        the rows it stands with."""
        nxt = lines[position + 1] if position + 1 < len(lines) else None
        if _Reader._stacked_unknown_label(lines, position) or (
            # a label outside the vocabulary among labels stacked before their values ("Datum" /
            # "Kenmerk" / "Projectnummer" / "Bijlage(n)" ... then the values): by its form, between
            # known labels alone on their rows, two of them above it (under one label its value
            # may stand: "Nota actief openbaar" / "Ja" / "Bijlage(n)")
            previous is not None
            and nxt is not None
            and position >= 2
            and previous is lines[position - 1]
            and previous.kind is Kind.LABEL
            and lines[position - 2].kind is Kind.LABEL
            and nxt.kind is Kind.LABEL
            and _vocab.known_label(previous.label) is not None
            and _vocab.known_label(nxt.label) is not None
            and _has_label_form(lines[position].text)
            and ":" not in lines[position].text
        ):
            return attrs.evolve(lines[position], kind=Kind.LABEL, label=lines[position].text, rest="")
        if (
            previous is None
            or nxt is None
            or previous.kind is not Kind.LABEL_VALUE
            or nxt.kind is not Kind.LABEL_VALUE
            or _vocab.known_label(previous.label) is None
            or _vocab.known_label(nxt.label) is None
            or (found := _label_form_value(lines[position].text)) is None
        ):
            return _Reader._unknown_label_heading_rows(lines, position)
        return attrs.evolve(lines[position], kind=Kind.LABEL_VALUE, label=found[0], rest=found[1])

    @staticmethod
    def _head_label_after(lines: list[Line], i: int, field: _PendingField) -> bool:
        """Whether the text line i, under a blank line under the head's label ``field`` printed
        with its colon ("Aan:"), and up to two more text lines under it (a value wrapped, "... en"
        / "Douane") are followed by a blank line and the head's next label printed so ("Van:"),
        perhaps after one or two colofon pairs set apart so ("DATUM" / "16 maart 2026" / ""): the
        label's value, each pair set apart by blank lines, not a column of values under stacked
        labels. (Blank lines may be more than one, and a unit's name of the colofon beside them
        may stand between: "Aan:" / "Staatssecretaris ..." / "Directie Algemene Fiscale
        Politiek" / "Van:".)"""
        colon = field.line.text.rstrip().endswith(":")
        if not colon and not _Reader._label_set_apart(lines, i, field):
            return False
        end = i + 1
        while end < min(i + 3, len(lines)) and lines[end].kind in (Kind.TEXT, lines[i].kind):
            end += 1
        if end + 1 >= len(lines) or lines[end].kind is not Kind.BLANK:
            return False
        while end + 2 < len(lines) and lines[end + 1].kind is Kind.BLANK:
            end += 1
        unit_end = end + 2  # (past the unit's name, wrapped: "Ministerie van ..." / "en ...", or
        # after a line that goes on: "Ministerie van Landbouw, Visserij," / "Voedselzekerheid ...")
        address = lines[end + 1].kind is Kind.TEXT and _is_address(lines[end + 1].text)
        while (
            unit_end < min(end + (_ADDRESS_LINES if address else 4), len(lines))
            and lines[unit_end].kind is Kind.TEXT
            and (
                _is_address(lines[unit_end].text)
                if address
                else lines[unit_end].text[:1].islower() or _goes_on(lines[unit_end - 1].text)
            )
        ):
            unit_end += 1
        if (
            unit_end + 1 < len(lines)
            and lines[end + 1].kind is Kind.TEXT
            and lines[unit_end].kind is Kind.BLANK
            and (address or _opens_with_unit(lines[end + 1].text))
        ):
            end = unit_end  # (the colofon's unit, set apart by blank lines)
            while end + 2 < len(lines) and lines[end + 1].kind is Kind.BLANK:
                end += 1
        nxt = lines[end + 1]
        for _ in range(2):
            # (pdftotext writes a colofon's pair between them, "DATUM" / "16 maart 2026" / "")
            j = end + 1
            if not (
                nxt.kind is Kind.LABEL
                and j + 3 < len(lines)
                and lines[j + 1].kind is Kind.TEXT
                and lines[j + 2].kind is Kind.BLANK
            ):
                break
            end = j + 2
            nxt = lines[end + 1]
        return (
            nxt.kind is Kind.LABEL
            and nxt.text.rstrip().endswith(":") is colon
            and _vocab.key(nxt.label) in _vocab.INLINE_LABELS | _vocab.ROUTING_LABELS
            and _vocab.key(nxt.label) != _vocab.key(field.label)
        )

    @staticmethod
    def _label_set_apart(lines: list[Line], i: int, field: _PendingField) -> bool:
        """Whether the head's label ``field``, printed without its colon ("AAN", "Van"), stands
        alone between blank lines (or first in the text) above line i: a pair of its own, not one
        of labels stacked over a column of values ("Aan" / "Van" / "" / values)."""
        k = i - 1
        while k >= 0 and lines[k].kind is Kind.BLANK:
            k -= 1
        if k < 0 or lines[k] is not field.line or k == i - 1:
            return False
        return k == 0 or lines[k - 1].kind not in (Kind.LABEL, Kind.LABEL_VALUE)

    @staticmethod
    def _unknown_label_heading_rows(lines: list[Line], position: int) -> Line | None:
        """A label outside the vocabulary with its value beside it, no colon, first of a run of
        label rows each set apart by a blank line (a colofon column as an OCR layer gives it,
        "Dossiernummer IGJ-2024-4471" / "" / "Kenmerk 2024-1187334" / "" / "Datum 14 oktober
        2024"): by its forms (:func:`_label_form_value`), under a blank line or the text's start,
        the next two rows known labels with their values."""
        if position > 0 and lines[position - 1].kind is not Kind.BLANK:
            return None
        below: list[Line] = []
        k = position + 1
        while k < len(lines) and len(below) < 2:
            if lines[k].kind is not Kind.BLANK:
                if lines[k - 1].kind is not Kind.BLANK:
                    return None  # (rows set apart by blank lines only)
                below.append(lines[k])
            k += 1
        if len(below) < 2 or not all(
            ln.kind is Kind.LABEL_VALUE and _vocab.known_label(ln.label) is not None for ln in below
        ):
            return None
        if (found := _label_form_value(lines[position].text)) is None:
            return None
        return attrs.evolve(lines[position], kind=Kind.LABEL_VALUE, label=found[0], rest=found[1])

    @staticmethod
    def _stacked_unknown_label(lines: list[Line], position: int, depth: int = 0) -> bool:
        """Whether line ``position`` is a label outside the vocabulary over its value, in a
        column of labels over their values: a label by its form (:data:`_LABEL_FORM`, no colon)
        under a known label's value, under the label or beside it ("Bijlagen 1" / "Versie" /
        "5"; "Datum" / "12 februari 2024" / "Uiterste beslisdatum" /
        "16 februari 2024" / "Bijlage(n)"), or under the value of such a label itself under a
        known label's (up to three in a row: "Datum" / ... / "Dossiernummer" / "DMO/2024-118" /
        "Versie" / "2.0"), over one value line with a digit or a redaction, the column going
        on under it (a blank line, a label, or its end)."""
        text = lines[position].text
        if ":" in text or not _has_label_form(text) or position + 1 >= len(lines):
            return False
        value = lines[position + 1]
        after = lines[position + 2] if position + 2 < len(lines) else None
        if (
            value.kind is not Kind.TEXT
            or not _fits_colofon(value.text)
            or not (any(c.isdigit() for c in value.text) or _fragments.is_redacted(value.text))
            or (after is not None and after.kind not in (Kind.BLANK, Kind.LABEL, Kind.LABEL_VALUE))
        ):
            return False
        above = [k for k in range(max(0, position - 4), position) if lines[k].kind is not Kind.BLANK]
        if not above or not _fits_colofon(lines[above[-1]].text):
            return False
        if lines[above[-1]].kind is Kind.LABEL_VALUE:
            # (under a known label with its value beside it: "Bijlagen 1" / "Versie" / "5", the
            # count an OCR layer boxed on the label's row)
            label = lines[above[-1]]
        elif len(above) < 2 or lines[above[-1]].kind is not Kind.TEXT:
            return False
        else:
            label = lines[above[-2]]
        if label.kind is Kind.TEXT and depth < 2:
            # (a label outside the vocabulary over its value, itself under a known label's)
            return _Reader._stacked_unknown_label(lines, above[-2], depth + 1)
        return (
            label.kind in (Kind.LABEL, Kind.LABEL_VALUE)
            and _vocab.known_label(label.label) is not None
            # "Contactpersoon" / name / "Beleidsmedewerker" / "T 070 ..." (or the number alone,
            # "06-12345678"): over the telephone's one-letter mark or its number the contact's
            # function, more of the contact's value
            and not (
                _vocab.key(label.label) in _vocab.CONTACT_LABELS
                and (len(value.text.split(" ", 1)[0]) == 1 or _vocab.is_phone(value.text))
            )
        )

    def _preamble(self, runs: list[_Run], *, after: int, explicit: bool) -> None:
        """Text after the title and before the first heading: a section without heading.

        After a marked title (``# ...``) every plain run is body text; after a guessed title
        only runs that read as prose (twelve words or more, not letterhead) are.
        """

        def body_text(run: _Run) -> bool:
            if explicit and after >= 0:
                return True
            if after >= 0 and run.under == after and not _is_letterhead_like(run.text):
                return True  # a subtitle, right under the title's short last row
            if (
                len(run.lines) > 1
                and _is_salutation(run.lines[0].text)
                and len(run.text.split()) >= _PROSE_WORDS
                and any(_ends_full_stop(ln.text) for ln in run.lines[1:])
            ):
                return True  # a letter's salutation over its text, in one run with it
            if after >= 0 and _is_sentence(run.text):
                return True  # a sentence under the title, however short: the nota's first text
            return _is_prose(run.text) and not _is_letterhead_like(run.lines[0].text)

        chosen = [run for run in runs if run.start > after and body_text(run)]
        if not chosen:
            return
        k = next(k for k, run in enumerate(runs) if run is chosen[0])
        if k and runs[k - 1].start > after and _vocab.SALUTATION.match(runs[k - 1].text):
            # a letter's salutation right over its text ("Geachte heer, mevrouw,"): the text's
            # first paragraph, not letterhead
            chosen.insert(0, runs[k - 1])
        # after the first prose run, a shorter run that ends a sentence ("De woordvoering is
        # afgestemd met BZK.") is more of the body, not letterhead: a memo's text does not go
        # back to the header
        taken = {id(run) for run in chosen}
        chosen += [
            run
            for run in runs
            if run.start > chosen[0].start
            and id(run) not in taken
            and _ends_full_stop(run.text)
            and not _is_letterhead_like(run.lines[0].text)
        ]
        # a letter's closing ("Hoogachtend,") after its text, and the runs under it (the
        # signatory's office and name), end the text: body, not the letterhead it reads like
        taken = {id(run) for run in chosen}
        closing = next(
            (
                run.start
                for run in runs
                if run.start > chosen[0].start and _vocab.CLOSING.match(run.lines[0].text)
            ),
            None,
        )
        if closing is not None:
            chosen += [run for run in runs if run.start >= closing and id(run) not in taken]
        chosen.sort(key=lambda run: run.start)
        heading = self._preamble_heading(runs, chosen[0], after)
        builder = _SectionBuilder(
            heading.text if heading is not None else "",
            None,
            chosen[0].lines[0] if heading is None else heading.lines[0],
            _typical_width(self.lines),
            guess=not self.marked_headings,
        )
        if heading is not None:
            runs.remove(heading)
        # (by identity, in one pass: removing run by run compared every run's lines, quadratic
        # in a long body of paragraphs without a heading)
        gone = {id(run) for run in chosen}
        runs[:] = [run for run in runs if id(run) not in gone]
        for run in chosen:
            for line in run.lines:
                builder.add(line)
            builder.add(attrs.evolve(run.lines[-1], text="", kind=Kind.BLANK))
            if _vocab.CLOSING.match(run.text):
                builder.end_paragraph()  # (the closing is a paragraph of its own: no sentence goes on)
        self.preamble = builder.build_preamble()

    @staticmethod
    def _preamble_heading(runs: list[_Run], first: _Run, after: int) -> _Run | None:
        """The heading of the text under a guessed title: a run of one short row after the
        title, right over the text's first paragraph, no blank line between ("Van plan naar
        uitvoering" / "In 2025 heeft u ..."), a capital, no sentence's end, no letterhead's or
        address's form."""
        k = next(k for k, run in enumerate(runs) if run is first)
        if after < 0 or not k:
            return None
        above = runs[k - 1]
        text = above.text
        if (
            above.start > after
            and len(above.lines) == 1
            and above.start + 1 == first.start
            and text[:1].isupper()
            and len(text.split()) <= _HEADING_OVER_PROSE_WORDS
            and not _ends_sentence(text)
            and not _is_letterhead_like(text)
            and _address_head(text) is None
            and not _is_address(text)
        ):
            return above
        return None

    def _choose_title(self, runs: list[_Run], lines: list[Line]) -> tuple[str, int]:
        """The title: a Titel field, else the run after the kind line, else the best-scoring run.

        Returns the title and its position in the header zone (-1 when there is none).
        """
        for field in self.fields:
            if _vocab.label_concept(field.label) is _vocab.Concept.TITLE and field.values:
                self.fields.remove(field)
                return join_wrapped(field.values), -1
        runs[:] = [part for run in runs for part in _split_title_from_prose(run)]
        best: _Run | None = None
        best_score = 0.0
        # a short title ("AOW-leeftijd 2030") beats letterhead, however long: letterhead counts
        # only when no run of two words or more that waits for no label, nor one word over a
        # label's row ("Studentenhuisvesting" / "Datum"), is left
        plain = any(_plain_title_run(run, lines) or _word_title_over_label(run, lines) for run in runs)
        if not plain and (split := _title_off_street(runs)) is not None:
            # no title elsewhere: the town-shaped row under the street is the title
            runs[:] = split
            plain = True
        starts = {run.start for run in runs}
        for run in runs:
            text = run.text
            words = len(text.split())
            score = float(len(text))
            if run.after_kind:
                score *= 4
            if text.split()[0].casefold() in _vocab.KINDS:
                score *= 3
            if (
                _is_letterhead_like(run.lines[0].text)
                or any(_vocab.ADDRESS.search(ln.text) for ln in run.lines)
                or _street_over_town(run)
                # (a post abroad's street, its number first: "4200 Linnean Avenue NW")
                or any(_vocab.FOREIGN_STREET.match(ln.text) for ln in run.lines)
            ):
                score *= 0.001 if plain else 0.1
            if words < 3:
                score *= 0.2
            if (
                run.qualifier
                or _is_prose(text)
                or _in_list(run, lines)
                or _values_of_stacked(run)
                or _is_salutation(run.lines[0].text)
                or any(_vocab.contact_phone_row(ln.text) for ln in run.lines)
            ):
                continue  # a purpose's qualifier, a paragraph, a list item, a column of values, a
                # letter's salutation and text, or a contact's row ending in a telephone number
                # ("Projectleider Sandra Vriese, T 070 - 345 67 89") is never the title
            if (
                len(run.lines) == 1
                and text[:1] in _vocab.MINISTERS_OFFICE_INITIALS
                and _vocab.names_ministers_office(text)
            ):
                continue  # "Minister van Sociale Zaken en Werkgelegenheid": the addressee, unlabelled
            if all(_vocab.POSTCODE_TOWN.match(ln.text) for ln in run.lines):
                continue  # "2511 DP Den Haag": an address's postcode and town, never the title
            if len(run.lines) == 1 and "," in text and _fragments.is_place_date(text):
                continue  # "Den Haag, 3 juni 2026": the place and date a letter opens with, letterhead
            if not self.layout and _first_under_bare_inline_label(run, runs, lines):
                continue  # "Van:" / "" / "NVWA en RVO.nl": the value its bare label waits for
            if _unit_tail_run(run, lines):
                continue  # "Directoraat-Generaal" / "Milieu en Internationaal": the unit's rest, letterhead
            if _fragments.is_redacted(run.lines[0].text):
                continue  # "5.1.2e" / "Adviseur": a redacted name over its role, a contact's
            if len(run.lines) == 1 and _fragments.is_date(text):
                continue  # "14 oktober 2024", "03-06-2025" alone on its row: the head's date, no title
            if len(run.lines) == 1 and words <= 5 and any(not f.values for f in run.pending):
                score *= 0.5  # more likely the value of a label printed above it
            if _ends_full_stop(text) or words > 30:
                score *= 0.3  # titles rarely end like sentences
            if _is_sentence(text):
                score *= 0.05  # "Het budget is volledig uitgeput.": the text's first sentence; a
                # short capitalised phrase over it ("Subsidieregeling energiebesparing") wins
            if run.under is not None and run.under in starts:
                score *= 0.3  # a subtitle, under the block it follows (the title), however long
            if score > best_score:
                best, best_score = run, score
        if best is None or (len(best.text.split()) < 2 and not _one_word_title(best, runs)):
            colon = self._colon_title()
            return colon if colon[0] or best is not None else self._title_taken_as_value()
        if _is_letterhead_like(best.lines[0].text) and (colon := self._colon_title())[0]:
            return colon  # "Topsectorenbeleid: nieuwe aanpak" rather than "Ministerie van EZK"
        if _is_letterhead_like(best.lines[0].text) and (taken := self._title_taken_as_value())[0]:
            return taken
        if best.lines[0].text.casefold().startswith(_vocab.MINISTRY_WORD) and ":" not in best.text:
            return "", -1  # the ministry's name is letterhead, never the title of a nota without one
        if any(_vocab.WEB_OR_MAIL.search(ln.text) for ln in best.lines):
            return "", -1  # "Rijksdienst voor ..." / "www.rvo.nl": letterhead, not a title
        if (tail := _title_tail(best, runs)) is not None and all(
            # (only blank lines and a colofon pair between them: no stamp, kind or page line
            # that starts another column)
            ln.kind in (Kind.BLANK, Kind.LABEL, Kind.LABEL_VALUE, Kind.TEXT)
            for ln in lines[best.start : tail.start]
        ):
            # the title's last row set apart from it, by a blank line or a colofon pair that an
            # extractor wrote between them ("... voor het" / "Ons kenmerk" / "..." / "hoofdrailnet
            # 2025-2033"): more of the title
            runs.remove(tail)
            runs.remove(best)
            self._title_label_answered(best)
            return join_wrapped([best.text, tail.text]), best.start
        runs.remove(best)
        self._title_label_answered(best)
        return best.text, best.start

    def _title_label_answered(self, title: _Run) -> None:
        """Drop (after the header's runs are given to their labels, when none is its value) the
        subject's label (``Onderwerp:``, ``Betreft:``) left without a value when the
        title chosen is the run that waits for it: an extractor wrote the label over a blank line
        above its value ("Onderwerp:" / "" / "Eerste resultaten ..."), which is the title, as a
        subject row is when no title line is printed."""
        self.answered_title_labels += [
            field
            for field in title.pending
            if not field.values and _vocab.label_concept(field.label) is _vocab.Concept.TITLE
        ]

    def _title_taken_as_value(self) -> tuple[str, int]:
        """An empty label printed right over a short title ("Opgesteld door" / "Stand van zaken
        Woo-verzoeken") took the title as its value: when only letterhead is left for the title,
        the last such value that reads as a phrase (three words or more, a lower-case word that
        is no particle, no name, code or number) is the title, and the label stays empty."""
        for field in reversed(self.fields):
            if len(field.values) != 1 or field.value_line is None or field.value_line is field.line:
                continue
            if _vocab.label_concept(field.label) not in _TITLE_LIKE_VALUE_CONCEPTS:
                continue
            value = field.values[0]
            words = value.split()
            if (
                len(words) >= 3
                and value[:1].isupper()
                and not any(c.isdigit() for c in value)
                and not _fragments.is_redacted(value)
                and words[0].rstrip(".").casefold() not in _vocab.NAME_TITLES
                and any(w.islower() and len(w) >= 3 and w not in _vocab.CONTINUATION_WORDS for w in words)
                and not _is_letterhead_like(value)
            ):
                field.values.clear()
                field.value_line = None
                return value, -1
        return "", -1

    def _colon_title(self) -> tuple[str, int]:
        """No title among the plain runs: a short "Onderwerp: phrase" line read as an unknown
        label ("Kamervragen: lid Omtzigt over toeslagen") is the title after all."""
        for field in self.fields:
            values = join_wrapped(field.values)
            words = values.split()
            if (
                _vocab.known_label(field.label) is None
                and ":" in field.line.text
                and words
                and (
                    # ("Lerarentekort: noodmaatregelen"; not a yes or no)
                    (values[:1].islower() and _fragments.parse_yes_no(values) is None)
                    # "Vervanging onderzeeboten: B-fase": a label of two words or more over a
                    # value that is no name (no initial), number or redaction
                    or (
                        len(field.label.split()) >= 2
                        and not any(c.isdigit() for c in values)
                        and not _fragments.is_redacted(values)
                        and _INITIAL_START.match(values) is None
                    )
                )
                and words[0].rstrip(".").casefold() not in _vocab.NAME_TITLES
            ):
                self.fields.remove(field)
                return f"{field.label}: {values}", -1
        return "", -1

    def _assign(self, runs: list[_Run]) -> None:
        """Give stacked labels their values; what is left is letterhead."""
        assigned: set[int] = set()
        for run in runs:
            pending = [f for f in run.pending if not f.values]
            if (
                not pending
                or _is_salutation(run.lines[0].text)
                or (
                    _is_letterhead_like(run.lines[0].text)
                    and not _vocab.ADDRESS.search(run.lines[0].text)
                    # (more lines than labels, or one name wrapped over its lines: "Ministerie van
                    # Binnenlandse Zaken en" / "Koninkrijksrelaties" is no value of two labels)
                    and (
                        len(pending) < len(run.lines)
                        or (
                            len(run.lines) > 1
                            and all(_ends_with_continuation(ln.text) for ln in run.lines[:-1])
                        )
                    )
                )
            ):
                continue
            _give_values(run)
            assigned.add(id(run))
        merged: list[str] = []
        continues = False
        street: Line | None = None  # (the street and number the last entry ends with)
        labelled = any(_vocab.label_concept(f.label) is _vocab.Concept.ADDRESSEE for f in self.fields)
        if not labelled:
            runs = [part for run in runs for part in _split_at_addressee(run)]
        for run in runs:
            if id(run) in assigned:
                continues = False
                continue
            if (
                not labelled
                and self.unlabelled_addressee is None
                and (
                    _vocab.ADDRESSEE_LINE.match(run.text)
                    # a minister's line of its own, capitalised ("Minister van Financiën"; not
                    # an official's, "Directeur-generaal ...": the sender or a unit)
                    or (len(run.lines) == 1 and _vocab.UNLABELLED_OFFICE.match(run.text))
                )
            ):
                self.unlabelled_addressee = run.text
                continues = False
                continue
            groups = _address_groups(run.lines)
            if (
                street is not None
                and _town_under_street(street, run.lines[0])
                and groups[0] == run.lines[0].text
            ):
                # a street's town printed a row or two under it, a kind line or a label's row
                # between ("Binnenhof 19" / "Nota" / "Den Haag"): one address, one entry
                merged[-1] = f"{merged[-1]} {groups.pop(0)}"
                continues = False
                if not groups:
                    street = None
                    continue
            *heads, text = groups
            if heads:
                merged.extend(heads)
                continues = False
            if continues and merged:
                merged[-1] = f"{merged[-1]} {text}"
            else:
                merged.append(text)
            # (a unit's name cut before its end goes on in the next entry: "Directoraat-Generaal"
            # / "Milieu en Internationaal")
            continues = _ends_with_continuation(text) or _lone_unit_word(text)
            last = run.lines[-1]
            street = (
                last
                if _vocab.STREET.match(last.text) is not None
                or _vocab.FOREIGN_STREET.match(last.text) is not None
                else None
            )
        self.letterhead.extend(merged)

    def _fields(self) -> list[Field]:
        out = []
        for field in self.fields:
            value = field.value
            if _canon.label_problem(field.label) is not None:
                # a line read as a label that the model cannot hold ("TER BESLISSING: ja"):
                # its words are kept where the user sees them
                self._unplace(attrs.evolve(field.line, text=join_wrapped([field.label + ":", value])))
                continue
            if _vocab.ocr_box(value):
                # a value that is only a redaction box read by OCR ("Opgesteld door: EEEN"):
                # no value; the letters are kept where the user sees them
                self._unplace(
                    attrs.evolve(field.line, text=value),
                    f"The value of {field.label!r} is a redaction box as OCR reads it, not text "
                    "(kept in Nota.unplaced)",
                )
                value = ""
            elif (boxes := _vocab.ocr_box_before_ground(words := value.split())) and field.line is not None:
                # the box a ground code names, read by OCR before the code ("Opgesteld door:
                # IEMNEN 5.1.2e"): the value is the code; the letters are kept where the user
                # sees them
                self._unplace(
                    attrs.evolve(field.line, text=" ".join(words[:boxes])),
                    f"The value of {field.label!r} starts with a redaction box as OCR reads it, "
                    "not text (kept in Nota.unplaced)",
                )
                value = " ".join(words[boxes:])
            elif (boxes := _vocab.ocr_box_after_ground(words := value.split())) and field.line is not None:
                # the rest of the box a ground code is printed in, read by OCR after the code
                # ("Opgesteld door: 5.1.2e EER"): the value is the code; the letters are kept
                # where the user sees them
                self._unplace(
                    attrs.evolve(field.line, text=" ".join(words[-boxes:])),
                    f"The value of {field.label!r} ends with a redaction box as OCR reads it, "
                    "not text (kept in Nota.unplaced)",
                )
                value = " ".join(words[:-boxes])
            elif (
                any(edges := _vocab.ocr_box_edges_beside_ground(words := value.split()))
                and field.line is not None
            ):
                # the edge of the box a ground code names, read by OCR as a fragment of one or
                # two lower-case letters or bars beside the code, the box's mass lost ("Opgesteld
                # door: el 5.1.2e"): the value is the code; the fragment is kept where the user
                # sees it
                before, after = edges
                for fragment in (words[:before], words[len(words) - after :]):
                    if fragment:
                        self._unplace(
                            attrs.evolve(field.line, text=" ".join(fragment)),
                            f"The value of {field.label!r} has a redaction box's edge as OCR reads "
                            "it beside its ground code, not text (kept in Nota.unplaced)",
                        )
                value = " ".join(words[before : len(words) - after])
            elif (
                _vocab.label_concept(field.label) is _vocab.Concept.DATE
                and (dated := _fragments.date_before_speck(value)) is not None
                and field.line is not None
            ):
                # a speck read by OCR as a short word after the date on its row ("Datum 8
                # februari 2023 san"): the value is the date; the speck is kept where the user
                # sees it
                self._unplace(
                    attrs.evolve(field.line, text=dated[1]),
                    f"The value of {field.label!r} ends with a speck of the scan as OCR reads it, "
                    "not text (kept in Nota.unplaced)",
                )
                value = dated[0]
            elif (
                _vocab.label_concept(field.label) is _vocab.Concept.REFERENCE
                and _vocab.ocr_speck_before_reference(words := value.split())
                and field.line is not None
            ):
                # a speck at the colofon column's edge read by OCR as a short word before the
                # reference ("Kenmerk: a 2020-0000098765"): the value is the reference; the speck
                # is kept where the user sees it
                self._unplace(
                    attrs.evolve(field.line, text=words[0]),
                    f"The value of {field.label!r} starts with a speck of the scan as OCR reads it, "
                    "not text (kept in Nota.unplaced)",
                )
                value = " ".join(words[1:])
            out.append(
                Field(
                    label=field.label,
                    value=value,
                    lines=field.lines if value == field.value else ((value,) if value else ()),
                    origin=Origin(line=field.line.number, page=field.line.page),
                )
            )
        if self.marked_headings or self.layout:
            # (a layout-aware source and layout text keep the columns apart: their order stands)
            return out
        if self._marked and out and _vocab.label_concept(out[0].label) in _MAIN_COLUMN_CONCEPTS:
            # a document of marked text without headings (an enclosed e-mail) whose rows start
            # with the main column's: read in order ("Van:" / "Verzonden:" / "Aan:")
            return out
        return _main_column_first(out)

    def _check_date(self, metadata: Metadata) -> None:
        for field in metadata.values(_vocab.Concept.DATE):
            if not field.value or _fragments.is_redacted(field.value):
                continue
            try:
                _fragments.parse_date(field.value)
            except FormatError as e:
                source = next((f for f in self.fields if f.label == field.label), None)
                line = None if source is None else source.value_line or source.line
                self._note("bad-date", f"Expected a date after {field.label!r}: {e}", line)
            break

    # -- pass 3: the body -----------------------------------------------------------------------

    def _heading(self, i: int, numbered_sequence: int | None) -> tuple[str | None, str] | None:
        """If line i is a section heading, return (number, heading)."""
        line = self.lines[i]
        if line.kind is Kind.HEADING:
            return _canon.unescape_heading(line.rest)
        if line.kind not in (Kind.TEXT, Kind.ORDERED, Kind.LABEL):
            return None
        text = line.text
        if len(text) > 90 or (_ends_full_stop(text) and not _known_heading(text)):
            return None
        if (
            text.endswith(".")
            and not _vocab.is_known_heading(text)
            and _inside_sentence(self.lines, i)
            # (not a heading run in at its paragraph's start, its row going on after it)
            and not (i + 1 < len(self.lines) and self.lines[i + 1].number == line.number)
        ):
            return None  # "... ten behoeve van de" / "Communicatie.": a sentence's end
        if text[0].islower() and _inside_item(self.lines, i):
            return None  # "- ... binnen de gebruikelijke" / "planning.": the item's last word
        if text[0].islower() and _after_split_word(self.lines, i):
            return None  # "... verwerking van het ATR-" / "advies": a word's rest, not a heading
        number: str | None = None
        heading = text
        m = _vocab.NUMBERED_HEADING.match(text)
        if m:
            number, heading = m[1], m[2]
        elif (paren := _vocab.PAREN_NUMBERED_HEADING.match(text)) and _vocab.is_known_heading(paren[2]):
            # "1) Aanleiding" (only before a known heading: "1) in te stemmen" is a list item)
            number, heading = paren[1], paren[2]
        elif (
            (marked := _vocab.LETTERED_HEADING.match(text))
            and _vocab.is_known_heading(marked[2])
            and (marked[1] != "I" or self._roman_headings())
        ):
            return None, text  # "A. Aanleiding", "II. Advies": the mark stays in the heading
        elif text[:3] == _vocab.AD_WORD and _vocab.AD_HEADING.match(text) and self._heading_alone(i):
            return None, text  # "Ad 1. Motie-Van Dijk ...": the point it answers, mark kept
        elif text[:1] in _LETTERS and self._letter_heading(i):
            return None, text  # "a. Gevolgen voor vergunningverlening": mark kept
        if number is None and (ocr := _vocab.OCR_ONE_HEADING.match(text)) and _vocab.is_known_heading(ocr[1]):
            number, heading = "1", ocr[1]  # OCR's "l. Aanleiding"
        elif (
            number is None
            and text[:1].isdigit()
            and (ocr := _vocab.OCR_NUMBERED_HEADING.match(text))
            and _vocab.is_known_heading(ocr[2])
        ):
            number, heading = ocr[1], ocr[2]  # OCR's "4, Communicatie"
        elif (
            number is None
            and text[:1].isdigit()
            and (glued := _vocab.GLUED_NUMBERED_HEADING.match(text))
            and _vocab.is_known_heading(glued[2])
        ):
            number, heading = glued[1], glued[2]  # a copy's "1.Aanleiding": the space lost
        if (
            _known_heading(heading)
            or self._appendix_heading(i)
            or self._lettered_appendix(i)
            or _known_heading_redacted(heading)
        ):
            if number is None and heading is text and _after_unfinished_value(self.lines, i):
                return None  # ("Aan: Minister van" / "Financiën": the value's rest, no heading)
            if (
                number is None
                and heading is text
                and _vocab.key(text) in _vocab.UNIT_HEADINGS
                and _unit_in_list(self.lines, i)
            ):
                return None  # ("Kopie aan" / "SG" / "Woordvoering" / "Parafenroute": a unit)
            return number, heading
        if line.kind is Kind.LABEL:
            return None
        words = heading.split()
        if not words or not heading[0].isupper() or _ends_sentence(heading):
            return None
        if (
            number is not None
            and len(words) <= 8
            and (
                not _inside_sentence(self.lines, i)
                or _under_parent(self.lines, i, number)
                or _under_table_rows(self.lines, i)
            )
            and not self._paragraph_goes_on(i)
        ):
            top = int(number.split(".")[0])
            if "." in number or (numbered_sequence is not None and top == numbered_sequence + 1):
                return number, heading
        return None

    def _paragraph_goes_on(self, i: int) -> bool:
        """Whether the numbered row i is a paragraph's first row, not a sub-heading: the row
        right under it, on its page, goes on in lower case with a sentence's row, longer than a
        wrapped heading's tail or ending a sentence ("2.2 De selectie van gedetineerden voor een"
        / "cel blijft gebaseerd op een risicotaxatie. Gedetineerden ..."; paragraphs numbered in a
        hanging margin, the number written before the first row)."""
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1]
        if nxt.kind is not Kind.TEXT or nxt.page != self.lines[i].page:
            return False
        if not nxt.text[:1].islower() and not _ends_with_continuation(self.lines[i].text):
            return False
        words = len(nxt.text.split())
        # (a sentence's row has words: "e ." under an OCR'd heading is debris)
        return words > _HEADING_TAIL_WORDS or (
            words >= _SENTENCE_ROW_WORDS
            and (_ends_sentence(nxt.text) or _SENTENCE_INSIDE.search(nxt.text) is not None)
        )

    def _numbered_heading_over_prose(self, i: int) -> bool:
        """Whether line i has a numbered heading's shape over its paragraph: "N. Words" (a top
        number, capitalised words, at most a heading's tail of them, no sentence's end), set apart
        above (a blank line, its page's first row or a sentence's end), the row right under it
        (after one wrapped row of the heading: lower case, or under a row ending in a word no
        heading ends in) a capitalised text row of a paragraph that ends a sentence ("1. Stand
        van zaken" / "In 2024 zijn 112 aanvragen ingediend."). A list's item over the next item,
        or over a title that ends no sentence, is no such heading."""
        lines = self.lines
        line = lines[i]
        m = _vocab.NUMBERED_HEADING.match(line.text)
        if line.kind is not Kind.ORDERED or m is None or "." in m[1]:
            return False
        words = m[2].split()
        if len(words) > _HEADING_TAIL_WORDS or not m[2][:1].isupper() or _ends_sentence(m[2]):
            return False
        above = lines[i - 1] if i > 0 else None
        if (
            above is not None
            and above.kind is not Kind.BLANK
            and above.page == line.page
            and not (above.kind is Kind.TEXT and _ends_full_stop(above.text))
        ):
            return False
        j = i + 1
        if (
            j < len(lines)
            and lines[j].kind is Kind.TEXT
            and lines[j].page == line.page
            and (lines[j].text[:1].islower() or _ends_with_continuation(line.text))
            and len(lines[j].text.split()) <= _HEADING_TAIL_WORDS
            and not _ends_sentence(lines[j].text)
        ):
            j += 1  # the heading's wrapped row
        if j >= len(lines) or lines[j].kind is not Kind.TEXT or not lines[j].text[:1].isupper():
            return False
        while j + 1 < len(lines) and lines[j + 1].kind is Kind.TEXT and lines[j + 1].page == lines[j].page:
            j += 1
        return _ends_full_stop(lines[j].text)

    def _headless_decision_list(self, i: int) -> bool:
        """Whether the numbered row i, before any section, opens the nota's decision list printed
        with no heading over it, right under the title: the title the nearest filled row above
        (a text row that ends no sentence; blank lines may stand between), a run of two items or
        more, "1." and on in one mark, over each other (an item's wrapped rows in lower case under
        it), each of two words or more opening with a capital and no heading the vocabulary knows
        (a sentence's words or a unit's name: "1. Belastingdienst Centrale Administratie
        Processen" / "2. Directie Fiscale Zaken"), and after the run (blank lines aside) a heading
        the vocabulary knows ("Verlaging van de heffing" / "1. Instemmen met de verlaging ..." /
        "2. Instemmen met de Kamerbrief" / "" / "Toelichting"). Its items are the body's first
        list, not more of the title nor the letterhead."""
        lines = self.lines
        line = lines[i]
        if line.kind is not Kind.ORDERED or line.label[:1] != "1" or line.label[1:2].isdigit():
            return False
        k = i - 1
        while k >= 0 and lines[k].kind is Kind.BLANK:
            k -= 1
        if k < 0 or lines[k].kind not in (Kind.TEXT, Kind.TITLE) or _ends_sentence(lines[k].text):
            return False
        if not lines[k].text[:1].isupper() or any(ln.kind is Kind.ORDERED for ln in lines[:i]):
            return False
        mark = line.label[1:]
        items: list[list[str]] = []
        j = i
        while j < len(lines):
            ln = lines[j]
            if ln.kind is Kind.ORDERED and ln.label == f"{len(items) + 1}{mark}":
                items.append([ln.rest])
            elif ln.kind is Kind.TEXT and ln.text[:1].islower() and ln.page == lines[j - 1].page:
                items[-1].append(ln.text)
            else:
                break
            j += 1
        if len(items) < 2:
            return False
        for item in items:
            text = " ".join(item)
            if len(text.split()) < 2 or not text[:1].isupper() or _known_heading(text):
                return False  # a numbered heading ("1. Aanleiding"), no list
        while j < len(lines) and lines[j].kind is Kind.BLANK:
            j += 1
        if j >= len(lines):
            return False
        heading = self._heading(j, numbered_sequence=None)
        return heading is not None and heading[0] is None and _known_heading(heading[1])

    def _lead_in_over_list(self, i: int) -> bool:
        """Whether the text row i, before any section, is the lead-in of the nota's decision list
        under the title: a row ending in a colon with nothing after it, no label the vocabulary
        knows ("Te besluiten:", "Ik stel u voor:", "Gevraagd wordt:"), the title the nearest filled
        row above (a text row that ends no sentence), and right under it a run of two items or
        more numbered from 1 ("1 ", "1." or "1)"), each of two words or more opening with a
        capital. A label's form alone does not make it a label: a label stands over one value,
        not over a numbered list of sentences, and the rows below a title are the body's."""
        lines = self.lines
        text = lines[i].text
        if not text.endswith(":") or _vocab.known_label(text) is not None:
            return False
        if _known_heading(text.rstrip(":")) or not text[:1].isupper():
            return False  # (a known heading has its own path: "Gevraagd besluit:")
        k = i - 1
        while k >= 0 and lines[k].kind is Kind.BLANK:
            k -= 1
        if k < 0 or lines[k].kind not in (Kind.TEXT, Kind.TITLE) or _ends_sentence(lines[k].text):
            return False
        if not lines[k].text[:1].isupper() or i + 1 >= len(lines):
            return False
        n = 0
        for ln in lines[i + 1 :]:
            m = _ROW_START.match(ln.text)
            if m is None or int(m[1]) != n + 1 or not m[2]:
                break
            if len(m[2].split()) < 2 or not m[2][:1].isupper():
                return False
            n += 1
        return n >= 2

    def _opens_numbered_headings(self, i: int) -> bool:
        """Whether the numbered row i, before any section, is the first of the nota's numbered
        section headings, words the vocabulary knows or not: a "1." row over its paragraph
        (:meth:`_numbered_heading_over_prose`) with a "2." row of the same mark over its own
        paragraph later on; or a lone "1." row under the title, the head's addressee or sender
        and date given above it. A decision list or attachment list in the head ("1. Akkoord
        gaan met ..." / "2. ...") stands over its next item, not over prose."""
        lines = self.lines
        line = lines[i]
        if line.kind is not Kind.ORDERED or line.label[:1] != "1" or line.label[1:2].isdigit():
            return False
        if not self._numbered_heading_over_prose(i):
            return False
        if self._second_heading_over_prose(i):
            return True
        concepts = _label_concepts(lines[:i])
        last_label = max(
            (j for j in range(i) if lines[j].kind in (Kind.LABEL, Kind.LABEL_VALUE)), default=None
        )
        return (
            _vocab.Concept.DATE in concepts
            and bool(concepts & {_vocab.Concept.ADDRESSEE, _vocab.Concept.SENDER})
            and last_label is not None
            and any(ln.kind in (Kind.TEXT, Kind.TITLE) for ln in lines[last_label + 1 : i])
        )

    def _numbered_headings_run(self, i: int) -> bool:
        """Whether the "1." row i opens a run of numbered headings: it stands over its paragraph
        (:meth:`_numbered_heading_over_prose`), and so does a "2." row of the same mark later on.
        A list's items stand over each other, not over prose: a decision list's "1." / "2." /
        "3." and the sections numbered anew after it ("1. Dreiging" / "De dreiging is hoog.")
        are told apart so."""
        line = self.lines[i]
        if line.kind is not Kind.ORDERED or line.label[:1] != "1" or line.label[1:2].isdigit():
            return False
        return self._numbered_heading_over_prose(i) and self._second_heading_over_prose(i)

    def _second_heading_over_prose(self, i: int) -> bool:
        """Whether a "2." row of the mark of the "1." row i stands over its paragraph later on
        (:meth:`_numbered_heading_over_prose`)."""
        mark = self.lines[i].label[1:]
        return any(
            ln.kind is Kind.ORDERED and ln.label == f"2{mark}" and self._numbered_heading_over_prose(j)
            for j, ln in enumerate(self.lines[i + 1 :], i + 1)
        )

    def _letter_heading(self, i: int) -> bool:
        """Whether line i is a sub-heading marked with a lower-case letter ("a. Gevolgen voor
        vergunningverlening" over its paragraph, "b. Maatregelen ..." over the next): a short
        capitalised line ending in no punctuation, alone between a sentence's end and a
        capitalised paragraph row longer than itself, and the letter before or after it marks
        another such line (a list's items run on under each other, or end a sentence)."""
        m = _LETTER_HEADING.match(self.lines[i].text)
        if m is None or not self._letter_heading_shape(i):
            return False
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or nxt.kind is not Kind.TEXT or len(nxt.text) <= len(self.lines[i].text):
            return False
        siblings = {chr(ord(m[1]) - 1), chr(ord(m[1]) + 1)} & _LETTERS
        lo, hi = max(0, i - _LETTER_SIBLING_SPAN), min(len(self.lines), i + _LETTER_SIBLING_SPAN)
        return any(
            self.lines[j].text[:1] in siblings
            and _LETTER_HEADING.match(self.lines[j].text)
            and self._letter_heading_shape(j)
            for j in range(lo, hi)
        )

    def _letter_heading_shape(self, i: int) -> bool:
        text = self.lines[i].text
        return (
            len(text.split()) <= _LETTER_HEADING_WORDS + 1
            and text[-1:].isalnum()
            and not _inside_sentence(self.lines, i)
            and i + 1 < len(self.lines)
            and self.lines[i + 1].kind is Kind.TEXT
            and self.lines[i + 1].text[:1].isupper()
        )

    def _heading_alone(self, i: int) -> bool:
        """Whether line i stands alone as a heading: after a sentence's end (or a blank line,
        or no text), and over a line that starts a paragraph, a list or a blank, its own
        wrapped line aside (one in lower case that ends no sentence)."""
        if _inside_sentence(self.lines, i):
            return False
        j = i + 1
        if (
            j < len(self.lines)
            and self.lines[j].kind is Kind.TEXT
            and self.lines[j].page == self.lines[i].page
            and self.lines[j].text[:1].islower()
            and not _ends_sentence(self.lines[j].text)
        ):
            j += 1
        if j >= len(self.lines):
            return True
        nxt = self.lines[j]
        return nxt.kind is not Kind.TEXT or nxt.text[:1].isupper()

    def _heading_wraps(self, i: int, width: int) -> bool:
        """Whether the heading on line i goes on on the next line: that row follows it directly
        (no blank line, same page), starts in lower case (a new paragraph or heading starts with
        a capital), is short and ends no sentence (a heading has no full stop), and the heading's
        row is long, so the extractor wrapped it (a short heading over a lower-case row is not).
        A heading's row that ends in a word no heading ends in ("2.2 Gevolgen voor de" /
        "begroting", a narrow column's wrap) goes on however short it is, in lower case or not."""
        line = self.lines[i]
        if i + 1 >= len(self.lines):
            return False
        open_end = _ends_with_continuation(line.text)
        if len(line.text) < _HEADING_WRAPPED * width and not open_end:
            return False
        nxt = self.lines[i + 1]
        return (
            nxt.kind is Kind.TEXT
            and nxt.page == line.page
            and (nxt.text[:1].islower() or (open_end and nxt.text[:1].isupper()))
            and len(nxt.text.split()) <= _HEADING_TAIL_WORDS
            and not _ends_sentence(nxt.text)
            and not _ends_sentence(line.text)
        )

    def _roman_headings(self) -> bool:
        """Whether the headings are numbered I., II., ... (so "I. Aanleiding" is no OCR'd "1.")."""
        return any(
            (m := _vocab.LETTERED_HEADING.match(ln.text)) is not None and m[1] == "II" for ln in self.lines
        )

    def _repeated_table_head(self, i: int, table_heads: dict[str, int]) -> bool:
        """Whether line i is a table's header row printed again at the top of a later page, over
        the rows the table goes on with ("Maatregel 2025 2026 2027 2028 Struct." on page 2 and on
        page 3): the repeat is for the reader's convenience, page furniture. A header row is a
        few cells (capitalised words, numbers), with a number in the row under it on its page;
        it is a repeat where the same row stood over such rows on an earlier page. (Records the
        header rows it sees in ``table_heads``.)"""
        text = self.lines[i].text
        words = text.split()
        # (its cells: capitalised words, years, units in brackets, "Struct." - no sentence)
        if not (
            2 <= len(words) <= _TABLE_HEAD_WORDS
            and all(w[:1].isupper() or w[:1] in "(0123456789" for w in words)
        ):
            return False
        below = _page_neighbour(self.lines, i, 1)
        if below is None or not any(c.isdigit() for c in below.text):
            return False
        key = " ".join(text.split())
        first = table_heads.setdefault(key, self.lines[i].page)
        return first < self.lines[i].page

    def _appendix_heading(self, i: int) -> bool:
        """ "Bijlage 1: Kamerbrief ..." standing alone: the heading of a document appended to the
        nota (not a line of a list of attachments, not a wrapped line of a sentence)."""
        if not _vocab.APPENDIX_HEADING.match(self.lines[i].text):
            return False
        before = self.lines[i - 1] if i > 0 else None
        after = self.lines[i + 1] if i + 1 < len(self.lines) else None
        opens = before is None or before.kind is Kind.BLANK or before.page != self.lines[i].page
        # (an appendix starts on a page of its own: under a repeated colofon and a blank line its
        # heading may stand right over its first row, "Bijlage 1: Tijdlijn ..." / "1. ...", a
        # heading still where it ends no sentence)
        alone = opens and (
            after is None or after.kind is Kind.BLANK or not _ends_sentence(self.lines[i].text)
        )
        later = next((ln for ln in self.lines[i + 1 :] if ln.kind is not Kind.BLANK), None)
        return alone and not (later is not None and _vocab.APPENDIX_HEADING.match(later.text))

    def _lettered_appendix(self, i: int) -> bool:
        """ "Bijlage A" standing alone over its text, a sibling annex lettered next to it ("Bijlage
        B"): an annex's heading, however short the text under it ("Raming van de kosten."). With
        no text under it (the next row a sibling's name, or none) it is a name in a list of the
        annexes ("Bijlagen" / "Bijlage A" / "Bijlage B"), no heading."""
        m = _vocab.LETTERED_APPENDIX.match(self.lines[i].text)
        if m is None or self.lines[i].kind is not Kind.TEXT or not self._heading_alone(i):
            return False
        lines = self.lines
        # (the next row with text, found without copying the lines after it)
        under = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].kind is not Kind.BLANK), None)
        if under is None or _vocab.LETTERED_APPENDIX.match(under.text) is not None:
            return False
        siblings = {chr(ord(m[1]) - 1), chr(ord(m[1]) + 1)}
        return any(
            (other := _vocab.LETTERED_APPENDIX.match(ln.text)) is not None and other[1] in siblings
            for ln in self.lines
            if ln.kind is Kind.TEXT
        )

    def _unknown_heading(self, i: int, *, under_heading: bool = False) -> bool:
        """A short capitalised line standing alone before a longer paragraph line.

        ``under_heading``: the line right under a section's heading, where a sub-heading stands
        ("II. Stand van zaken" / "Aantal eenheden" / "Sinds de start ..."), no sentence before it."""
        line = self.lines[i]
        if line.kind is not Kind.TEXT:
            return False
        words = line.text.split()
        if (
            not (1 <= len(words) <= 4 or (len(words) <= _LONG_HEADING_WORDS and self._long_heading_alone(i)))
            or not line.text[0].isupper()
            or _ends_sentence(line.text)
        ):
            return False
        if line.text.endswith((",", "-", "–")):
            return False  # (a row that goes on below, "I&W," of a list of names: no heading)
        if len(line.text) < 2:
            return False  # an option letter ("A" over its text) is no heading
        if line.text[:1] in _PARAPH_CAPITALS and _is_column_row(line.text):
            return False  # a paraph table's column heads ("Functie  Naam  Paraaf  Datum"): a row
        if _introduced_label_heads(line.text, _page_neighbour(self.lines, i, -1)):
            return False  # a table's label heads under the text's lead-in ("Datum  Kenmerk  Onderwerp")
        if self._table_heads and line.number in self._table_heads:
            return False  # a table's label heads over its values ("Datum  Onderwerp")
        if any(c.isdigit() for c in line.text) and _is_number_row(line.text):
            nxt_row = _page_neighbour(self.lines, i, 1)
            if nxt_row is not None and _is_number_row(nxt_row.text):
                return False  # a table's header row over its rows ("Kanaal  2026  2027")
        if _is_letterhead_like(line.text) and not self._heading_over_prose(i):
            return False
        prev = self.lines[i - 1] if i > 0 else None
        j = i + 1
        while j < len(self.lines) and (
            self.lines[j].kind is Kind.LABEL
            # pdftotext -layout keeps the gap under a heading as a blank line
            or (self.layout and self.lines[j].kind is Kind.BLANK and self.lines[j].page == line.page)
        ):
            j += 1  # a colofon label spliced in beside the heading
        nxt = self.lines[j] if j < len(self.lines) else None
        if nxt is None:
            return False
        if nxt.kind is Kind.BLANK and (k := _neighbour_index(self.lines, j, 1)) is not None:
            nxt = self.lines[k]  # (a layout-aware source sets a heading apart from a list under it)
            if nxt.kind not in (Kind.ORDERED, Kind.BULLET) and not self._set_apart_heading(i, k):
                return False
        if nxt.kind in (Kind.ORDERED, Kind.BULLET):
            # a short line standing alone over the first item of a list ("Opties" / "A. Nederland
            # steunt ...", "Gespreksonderwerpen" / "1. ..."): a lead-in to a list goes on in its
            # items in lower case ("Wij adviseren u" / "1. in te stemmen ...") or ends with a
            # colon; and words only (a later page's reference or page line over a list, "DGA /
            # 21286882", "Pagina} van 2", is furniture); a decision's option over the next options
            # ("Akkoord" / "☐ Niet akkoord", its box printed elsewhere) is one of them; a page's
            # first line is as often a colofon's or running head's leftover over a list going on
            # from the page before ("Nederland" of "Rijksdienst voor Ondernemend Nederland")
            item = nxt.rest
            after = _page_neighbour(self.lines, j, 1) if not item else None
            if after is not None and after.kind is Kind.TEXT:
                item = after.text  # (the mark on a row of its own, "•" / "een ophokplicht ...")
            if (
                (nxt.kind is Kind.ORDERED and not _opens_list(nxt.label))
                or _vocab.OPTIONS_ROW.match(line.text)
                or _page_neighbour(self.lines, i, -1) is None
                or not (item[:1].isupper() or self._noun_over_items(i, item))
                or not all(w.replace("-", "").isalpha() for w in words)
            ):
                return False
        # (over a paraph or decision table's column heads, "Parafen" / "Paraaf  Naam  Datum", a
        # short row follows the heading; not a decision's option or a remark with its value,
        # "Akkoord" / "Opmerkingen: geen", over the block's "Datum  Paraaf")
        elif not (
            nxt.kind is Kind.TEXT
            # (a paragraph that opens with a word that is also a label, "Van de 232 ouders ...")
            or (nxt.kind is Kind.LABEL_VALUE and _vocab.key(nxt.label) in _vocab.PROSE_LABELS)
        ) or (
            len(nxt.text) < 1.3 * len(line.text) + 10
            and not (
                _is_column_row(nxt.text)
                and ": " not in line.text
                and _vocab.DECISION_OPTION.match(line.text) is None
            )
        ):
            return False
        return (
            prev is None
            or under_heading
            or prev.kind is Kind.BLANK
            or prev.page != line.page
            or _ends_full_stop(prev.text)
        )

    def _long_heading_alone(self, i: int) -> bool:
        """Whether the row i, five words or more, may be a heading over prose all the same ("Postbus
        51 in de regio", "Directie en inspecties werken samen"): alone on its row after a blank
        line under a paragraph's sentence, its last word no word a sentence goes on from ("... in
        de", "... werken met"), no comma or colon inside, markedly shorter than the text's measure
        (or the row under it), and a capitalised row of the text right under it (a paragraph's
        short first row goes on in lower case; a one-line paragraph stands over a blank line);
        and no sentence by its word classes (:func:`_vocab.opens_sentence`: "Wij verwachten geen
        grote vertraging", "Zie ook de bijlage bij deze nota", "Dit is een tijdelijke oplossing")."""
        line = self.lines[i]
        prev = self.lines[i - 1] if i > 0 else None
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        last = line.text.rsplit(None, 1)[-1]
        above = _neighbour_index(self.lines, i, -1)
        if self._measure is None:
            # (the measure of the rows a paragraph wraps, as the body reads it)
            self._measure = _typical_width(_wrapped_rows(_ordinary_measure(self.lines)))
        return (
            prev is not None
            and prev.kind is Kind.BLANK
            and prev.page == line.page
            # (after a paragraph's sentence: under a heading and blank lines, the lines printed
            # empty of a list's bullet glyphs, a row is the list's item)
            and above is not None
            and self.lines[above].kind is Kind.TEXT
            and _ends_full_stop(self.lines[above].text)
            and nxt is not None
            and nxt.kind is Kind.TEXT
            and nxt.page == line.page
            and nxt.text[:1].isupper()
            and not any(c in line.text for c in ",:;")
            and last not in _vocab.SENTENCE_WORDS_AFTER_ADDRESS
            # (a sentence by its word classes: "Wij verwachten ...", "Zie ook ...", "Dit is ...")
            and not _vocab.opens_sentence(line.text.split())
            # (a short text's rows are few to measure by: the row under it shows the measure too)
            and len(line.text) <= _LONG_HEADING_SHARE * max(self._measure, len(nxt.text))
        )

    def _colon_heading(self, i: int) -> bool:
        """A heading the vocabulary does not know, in a nota that writes its headings with a colon
        ("Aanleiding:", "Gevraagd besluit:" on lines of their own): one to three words, a capital
        first, and the colon, alone on its line between a sentence's end (or a blank line or a
        page break) and a capitalised paragraph row longer than it ("... voor 2015 voor." /
        "Prioriteiten:" / "De Kansspelautoriteit treedt ...")."""
        line = self.lines[i]
        text = line.text
        if line.kind is not Kind.TEXT or not text.endswith(":") or not text[:1].isupper():
            return False
        words = text[:-1].split()
        if not 1 <= len(words) <= _COLON_HEADING_WORDS or not all(w.isalpha() for w in words):
            return False
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if (
            nxt is None
            or nxt.kind is not Kind.TEXT
            or nxt.page != line.page
            or not nxt.text[:1].isupper()
            or len(nxt.text) <= 2 * len(text)
            or not self._after_sentence(i)
        ):
            return False
        if self._colon_style is None:
            self._colon_style = any(
                ln.kind is Kind.TEXT and ln.text.endswith(":") and _vocab.is_known_heading(ln.text[:-1])
                for ln in self.lines
            )
        return self._colon_style

    def _option_heading(self, i: int) -> bool:
        """One of the options a nota lays before its reader, under a heading of its own ("Optie A:
        bijdrage per behandeling met jaarmaximum" / "Verzekerden betalen ..."): the option's word,
        its letter or number and a colon, stop or dash, a few words ending in no punctuation,
        standing after a sentence's end, a list, a blank line or a short heading over it
        ("Opties"), over a capitalised row or a list; and another line names another option the
        same way (options come in twos and threes: one such line may be a sentence's start)."""
        line = self.lines[i]
        text = line.text
        if (
            line.kind is not Kind.TEXT
            or text[:1] not in _OPTION_INITIALS  # (a cheap test first: most lines are no option's)
            or text.split(maxsplit=1)[0].casefold() not in _vocab.OPTION_WORDS
        ):
            return False
        m = _vocab.OPTION_HEADING.match(text)
        if (
            m is None
            or len(text.split()) > _OPTION_HEADING_WORDS
            or _ends_sentence(text)
            or text.endswith(",")
        ):
            return False
        if i > 0 and _inside_sentence(self.lines, i) and not _heading_like(self.lines, i - 1):
            return False
        k = _neighbour_index(self.lines, i, 1)  # (a blank line may set the heading apart)
        nxt = None if k is None else self.lines[k]
        if nxt is None or not (
            nxt.kind in (Kind.BULLET, Kind.ORDERED) or (nxt.kind is Kind.TEXT and nxt.text[:1].isupper())
        ):
            return False
        if self._options is None:  # (each option word's marks over the whole text, read once)
            self._options = {}
            for ln in self.lines:
                if (
                    ln.kind is Kind.TEXT
                    and ln.text[:1] in _OPTION_INITIALS
                    and (other := _vocab.OPTION_HEADING.match(ln.text)) is not None
                ):
                    self._options.setdefault(other[1], set()).add(other[2])
        return bool(self._options.get(m[1], set()) - {m[2]})

    def _noun_over_items(self, i: int, item: str) -> bool:
        """A heading of one word over a list whose items go on in lower case ("Maatregelen" /
        "• een ophokplicht ..."), or a short noun phrase, its noun linked by a preposition
        (:data:`_vocab.HEADING_PHRASE_LINKS`: "Punten voor het gesprek" / "• de planning ...;"),
        ending in no word a phrase goes on from: it stands right after a sentence's end on its
        page, where a lead-in to the list is a clause ("Wij adviseren u" / "1. in te stemmen ...",
        "Het advies luidt" / "- de boosterprik ...") or ends in a colon."""
        line = self.lines[i]
        if not item[:1].islower() or len(line.text) < _NOUN_HEADING_LETTERS:
            return False
        words = line.text.split()
        if len(words) > 1 and (
            words[1].casefold() not in _vocab.HEADING_PHRASE_LINKS
            or _vocab.opens_sentence(words)
            or _ends_with_continuation(line.text)
        ):
            return False
        prev = _page_neighbour(self.lines, i, -1)  # (layout text: a blank row may stand between)
        return prev is not None and prev.kind is Kind.TEXT and _ends_full_stop(prev.text)

    def _set_apart_heading(self, i: int, k: int) -> bool:
        """Line i over the paragraph at line k with a blank line between, in a text that sets
        every block apart so (pdfminer: each known heading alone between blank lines, over its
        paragraph): a heading when a sentence's end stands above it (the blank line between)
        and the paragraph under it is prose, a whole sentence or more; not a line in capitals (a
        marking, "CONCEPT", stamped over the page). (A table's cells, "Nr." / "" / "Omschrijving"
        / "" / "Brief aan ...", have no sentence over them.)"""
        if self._marked or self.marked_title or self.marked_headings:
            return False  # (a layout-aware source marks its headings, and sets blocks apart itself)
        if self._blocks_apart is None:
            known = [
                j
                for j, ln in enumerate(self.lines[:-1])
                if ln.kind is Kind.TEXT and len(ln.text) <= _SET_APART_HEADING and _known_heading(ln.text)
            ]
            self._blocks_apart = len(known) >= 2 and all(self.lines[j + 1].kind is Kind.BLANK for j in known)
        if not self._blocks_apart or i == 0 or self.lines[i - 1].kind is not Kind.BLANK:
            return False
        if self.lines[i].text.isupper():
            return False  # (a marking in capitals, "CONCEPT", "ONTWERP", set apart as a stamp)
        above = _neighbour_index(self.lines, i, -1)
        if above is None or self.lines[above].kind not in (Kind.TEXT, Kind.ORDERED, Kind.BULLET):
            return False
        above_line = self.lines[above]
        if not _ends_full_stop(above_line.rest if above_line.kind is not Kind.TEXT else above_line.text):
            return False
        paragraph: list[str] = []
        for ln in self.lines[k:]:
            if ln.kind is not Kind.TEXT:
                break
            paragraph.append(ln.text)
        return _is_prose_sentence(join_wrapped(paragraph)) and paragraph[0][:1].isupper()

    def _after_sentence(self, i: int) -> bool:
        """Whether line i stands after a sentence's end, a blank line, a page break or a line that
        is no text (the cheap test before the rules for unknown headings)."""
        line = self.lines[i]
        prev = self.lines[i - 1] if i > 0 else None
        return (
            prev is None or prev.kind is not Kind.TEXT or prev.page != line.page or _ends_full_stop(prev.text)
        )

    def _wrapped_known_heading(self, i: int) -> tuple[str | None, str] | None:
        """A known section heading wrapped onto a second line, as a narrow margin column prints
        it and a plain extractor gives it ("Financiële" / "gevolgen", "4. Politieke" /
        "context"): a line of at most three words, then one or two words in lower case, that
        join to a known heading (its first line none alone), after a blank line, a page break or a
        sentence's end, and over a blank line, a page break or a line that is no lower-case
        text: the heading's (number, text)."""
        if i + 1 >= len(self.lines):
            return None
        line, nxt = self.lines[i], self.lines[i + 1]
        if not (
            len(line.text) <= _HEADING_WRAP_CHARS  # (the cheap tests first: most lines are longer)
            and nxt.text[:1].islower()
            and nxt.kind is Kind.TEXT
            and nxt.page == line.page
            and len(nxt.text.split()) <= _HEADING_TAIL_ROW_WORDS
            and line.kind in (Kind.TEXT, Kind.ORDERED)
        ):
            return None
        number, text = (None, line.text) if line.kind is Kind.TEXT else (line.label.rstrip(".)"), line.rest)
        if (
            not text[:1].isupper()
            or len(text.split()) > _HEADING_TAIL_ROW_WORDS + 1
            or not _vocab.is_known_heading(f"{text} {nxt.text}")
            or _vocab.is_known_heading(text)
        ):
            return None
        prev = self.lines[i - 1] if i > 0 else None
        after = self.lines[i + 2] if i + 2 < len(self.lines) else None
        if (
            prev is not None
            and prev.kind is Kind.TEXT
            and prev.page == line.page
            and not _ends_full_stop(prev.text)
        ):
            return None  # (a paragraph's last rows)
        if (
            after is not None
            and after.kind is Kind.TEXT
            and after.page == nxt.page
            and after.text[:1].islower()
        ):
            return None  # (a sentence's rows)
        return number, f"{text} {nxt.text}"

    def _wrapped_unknown_heading(self, i: int, width: int) -> bool:
        """A long heading not in the vocabulary, wrapped over two rows: the first row fills most
        of the column ("Gevolgen voor de uitvoering door de netbeheerders en de Autoriteit"), the
        second is short ("Consument en Markt"), and neither ends in punctuation, where a
        paragraph's last row ends its sentence; it stands after a sentence's end, a blank line or
        a heading, over a capitalised paragraph row longer than its second row."""
        if i + 2 >= len(self.lines):
            return False
        first, second, nxt = self.lines[i], self.lines[i + 1], self.lines[i + 2]
        if not (
            first.kind is Kind.TEXT
            and second.kind is Kind.TEXT
            and nxt.kind is Kind.TEXT
            and first.page == second.page == nxt.page
            and first.text[:1].isupper()
            and nxt.text[:1].isupper()
            and len(first.text) >= _HEADING_WRAPPED * width
            and len(first.text) <= width
            and len(second.text.split()) <= _HEADING_TAIL_WORDS
            and len(nxt.text) > len(second.text)
        ):
            return False
        for row in (first.text, second.text):
            if _ends_sentence(row) or row.endswith((",", "-", "–")) or any(c.isdigit() for c in row):
                return False
        if _ends_with_continuation(second.text):
            # (a heading's last row ends its phrase; one ending in "de", "van" or "en" is a
            # sentence's row going on below: "... omdat voor de" / "uitvoering ... tussen de" /
            # "Belastingdienst, gemeenten ...", a paragraph at a page's top)
            return False
        if (
            len(first.text.split()) < _WRAPPED_HEADING_WORDS
            or _is_column_row(first.text)
            or _is_letterhead_like(first.text)
            or _is_letterhead_like(second.text)
        ):
            return False
        above = [ln for ln in self.lines[max(i - 3 * _LIST_INTRO_ROWS, 0) : i] if ln.kind is not Kind.BLANK]
        # (under "... als volgt te groeperen:": an item whose glyph was lost)
        return not any(ln.text.endswith(":") for ln in above[-_LIST_INTRO_ROWS:])

    def _question_heading(self, i: int, *, under_text: bool = False) -> bool:
        """A short question standing alone over its answer ("Wat vragen wij u?" / "Wij vragen u
        ..."): it starts with a question word, after a blank line or a sentence's end (with
        ``under_text``, or for the first of a template's questions, also after any line)."""
        line = self.lines[i]
        words = line.text.split()
        if (
            line.kind is not Kind.TEXT
            or not line.text.rstrip(_CLOSERS).endswith("?")
            or not 2 <= len(words) <= 10
            or words[0].casefold() not in _vocab.QUESTION_WORDS
        ):
            return False
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            nxt is not None
            and nxt.kind in (Kind.TEXT, Kind.BULLET, Kind.ORDERED)
            and (
                (nxt.rest if nxt.kind is not Kind.TEXT else nxt.text)[:1].isupper()
                # (or the items of a list that is one sentence, in lower case: "Wat zijn de
                # risico's?" / "• slecht weer kan ...;", their marks kept or dropped)
                or nxt.kind is not Kind.TEXT
                or nxt.text.endswith(";")
            )
            and (under_text or i == self._first_question or self._after_sentence(i))
        )

    def _unmarked_question_heading(self, i: int) -> bool:
        """A question heading printed without its question mark ("Wat vragen wij van u en waarom
        is een besluit op korte termijn nodig"): a row opening with a question word and ending
        in no punctuation or word that runs on, between a sentence's end and a capitalised row
        (a sentence that opens with "Wat" ends with a full stop or runs on to the next row); or
        such a row, ending in a letter, after a blank line or a sentence's end and right over a
        bulleted list ("Wie krijgen er meer agenten" / "► de eenheden ...;": a list's lead-in
        sentence ends in a colon)."""
        line = self.lines[i]
        if (
            line.text[:1].lower() not in _QUESTION_INITIALS
            or line.text.split(maxsplit=1)[0].casefold() not in _vocab.QUESTION_WORDS
        ):
            return False
        words = line.text.split()
        prev = self.lines[i - 1] if i > 0 else None
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            3 <= len(words) <= _QUESTION_HEADING_WORDS
            and not _ends_sentence(line.text)
            and not line.text.endswith((",", "-"))
            and not _ends_with_continuation(line.text)
            and nxt is not None
            and nxt.page == line.page
            and (
                (
                    prev is not None
                    and prev.kind is Kind.TEXT
                    and prev.page == line.page
                    and _ends_full_stop(prev.text)
                    and nxt.kind is Kind.TEXT
                    and nxt.text[:1].isupper()
                )
                or (nxt.kind is Kind.BULLET and line.text[-1:].isalpha() and self._after_sentence(i))
            )
        )

    def _bijlagen_is_label(self, i: int) -> bool:
        """ "Bijlagen" directly followed by a short value (not a table) is a colofon label."""
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1]
        if nxt.kind in (Kind.BLANK, Kind.TABLE_HEADER, Kind.PAGE):
            return False
        if (
            nxt.text.startswith(_vocab.ATTACHMENT_WORD)
            and (m := _vocab.ATTACHMENT_ENTRY.match(nxt.text))
            and m[1] == "1"
        ):
            return False  # the first entry of a list of attachments ("Bijlage 1  Kamerbrief")
        after = self.lines[i + 2] if i + 2 < len(self.lines) else None
        if (
            nxt.kind is Kind.ORDERED
            and nxt.rest
            and after is not None
            and after.kind is Kind.ORDERED
            and after.rest
        ):
            return False  # a numbered list of attachments under the heading
        if (
            nxt.kind is Kind.ORDERED
            and nxt.label.rstrip(".") == "1"
            and len(nxt.rest.split()) >= _LISTED_NAME_WORDS
            and (after is None or after.kind in (Kind.BLANK, Kind.PAGE) or after.page != nxt.page)
        ):
            # a list of one attachment, its page's last text ("Bijlage:" / "1. Rapportage
            # handhavingsactie Schiphol, september 2012" / "Pagina 1 van 1"): a count is a number
            return False
        return nxt.kind in (Kind.TEXT, Kind.ORDERED) and len(nxt.text.split()) <= 8

    def _body(self, lines: list[Line]) -> list[Section]:
        offset = len(self.lines) - len(lines)  # index of the first body line
        sections: list[Section] = []
        sequence: int | None = None
        builder: _SectionBuilder | None = None
        width = _typical_width(_wrapped_rows(_ordinary_measure(lines)))
        measured = sum(1 for ln in lines if ln.kind is Kind.TEXT) >= _MEASURED_ROWS
        page_rows = collections.Counter(ln.page for ln in self.lines if ln.kind is not Kind.BLANK)
        lone_pages = frozenset(page for page, rows in page_rows.items() if rows <= _LONE_PAGE_ROWS)
        i = offset
        end = len(self.lines)
        under_heading = -1  # the line right after the last heading read
        builders: list[_SectionBuilder] = []  # of the sections, in their order
        table_heads: dict[str, int] = {}  # a table's header row -> the page it was first read on
        attachment_rows = end  # the attachments' heading over their rows to the text's end, once read
        while i < end:
            line = self.lines[i]
            k = line.kind
            if (
                k is Kind.TEXT
                # (a cheap test first: a header row is a few cells, most rows are longer prose)
                and line.text.count(" ") < _TABLE_HEAD_WORDS
                and not self.marked_headings
                and self._repeated_table_head(i, table_heads)
            ):
                i += 1
                continue
            heading = None
            rows = 1  # the lines the heading takes
            wrapped: tuple[str | None, str] | None = None  # a known heading wrapped onto a second line
            if (
                # (the rows of the attachments' list under their heading are no headings, though a
                # name is a heading's word: "Bijlagen" / "1. Brief aan de Kamer" / "2. Planning")
                i <= attachment_rows
                and k in (Kind.TEXT, Kind.ORDERED, Kind.LABEL, Kind.HEADING)
                and not (
                    k is Kind.LABEL
                    and _vocab.key(line.text) in _vocab.HEADING_OR_LABEL
                    and self._bijlagen_is_label(i)
                    and not (builder is not None and self._attachments_over_list(i))
                )
            ):
                if builder is not None and self._attachments_over_list(i):
                    attachment_rows = i
                if self.marked_headings:
                    heading = _canon.unescape_heading(line.rest) if k is Kind.HEADING else None
                else:
                    # (the cheap test first: most lines are longer than a heading's first line)
                    if len(line.text) <= _HEADING_WRAP_CHARS and (wrapped := self._wrapped_known_heading(i)):
                        heading = wrapped
                        rows = 2
                    else:
                        heading = self._heading(i, sequence)
                        if (
                            heading is None
                            and k is Kind.ORDERED
                            and (m := _vocab.NUMBERED_HEADING.match(line.text))
                            and (
                                self._opens_numbered_headings(i)
                                if builder is None
                                else sequence is None
                                and not builder.continues_list(m[1])
                                and self._numbered_headings_run(i)
                            )
                        ):
                            # the first of numbered headings not known; in a section, the
                            # count started anew after its list ("Beslispunten" / "1. ..." /
                            # "2. ..." / "1. Dreiging" / "De dreiging is ...")
                            heading = (m[1], m[2])
                    if (
                        heading is not None
                        and wrapped is None
                        and heading[0] is not None
                        and builder is not None
                        and builder.continues_list(heading[0])
                        and not _vocab.is_known_heading(heading[1])
                    ):
                        heading = None  # "2. ..." after item "1. ..." of an open list is its item 2
                    if heading is not None and heading[0] is not None and _colon_list_item(self.lines, i):
                        heading = None  # "De brief noemt twee punten:" / "1. Kosten" / "2. Planning"
                    if heading is None and (
                        self._unknown_heading(i, under_heading=i == under_heading)
                        or self._label_heading(i)
                        or (builder is not None and self._attachments_over_list(i))
                        or self._question_heading(i)
                        or self._colon_heading(i)
                        or self._option_heading(i)
                    ):
                        heading = (None, line.text)
                    elif (
                        heading is None
                        and k is Kind.TEXT
                        and line.text[:1].isupper()
                        and self._after_sentence(i)
                    ):
                        # (headings the vocabulary does not know, standing after a sentence's end)
                        if self._wrapped_unknown_heading(i, width):
                            heading = (None, f"{line.text} {self.lines[i + 1].text}")
                            rows = 2
                        elif self._unmarked_question_heading(i):
                            heading = (None, line.text)
                    elif heading is not None and wrapped is None and self._heading_wraps(i, width):
                        # "3. Informatie ... op grond van de Wet" / "open overheid en de
                        # Archiefwet": a long heading wrapped, its row going on in lower case
                        heading = (heading[0], f"{heading[1]} {self.lines[i + 1].text}")
                        rows = 2
            elif (
                k is Kind.PURPOSE
                and builder is not None
                and not self.marked_headings
                and self._purpose_heading(i)
            ):
                heading = (None, line.text)
            elif (
                k is Kind.LABEL_VALUE
                and builder is not None
                and not self.marked_headings
                and self._label_heading(i)
            ):
                heading = (None, line.text)  # ("Paraaf DG" over the signatories' rows)
            if heading is not None:
                if builder is not None:
                    sections.append(builder.build())
                    builders.append(builder)
                number, text = heading
                if number is not None:
                    sequence = int(number.split(".")[0])
                builder = _SectionBuilder(
                    text,
                    number,
                    line,
                    width,
                    guess=not self.marked_headings,
                    measured=measured,
                    lone_pages=lone_pages,
                    layout=self.layout,
                )
                i += rows
                under_heading = i
                continue
            if k is Kind.TABLE_HEADER:
                i = self._table(i)
                continue
            if k in (Kind.ROW, Kind.FOOTNOTE, Kind.SIGNATURE):
                self._body_line(line)
                i += 1
                continue
            spliced = k is Kind.LABEL or (
                k is Kind.LABEL_VALUE
                and (
                    ":" in line.text
                    # (a colofon written after the body: its rows under its unit's name, or
                    # under the pair above, "De Nationale ombudsman" / "Directie Onderzoek" /
                    # "Datum 8 december" / "2026" / "Kenmerk 2026.04127")
                    or ((i - 1 in self.letterhead_lines or i == self._spliced_end) and self._colofon_row(i))
                    or self._repeats_field(line)
                )
            )
            if spliced and _vocab.known_label(line.label) is not None:
                if builder is not None and (rows := self._quoted_message_head(i)):
                    # a message quoted in the nota's text, its "Van:" / "Aan:" rows with it: text
                    # of the section, one paragraph (the nota's own Aan and Van were read above)
                    for n in range(i, i + rows):
                        if self.lines[n].kind is not Kind.BLANK:
                            builder.add(attrs.evolve(self.lines[n], kind=Kind.TEXT, label="", rest=""))
                    i += rows
                    continue
                if (
                    k is Kind.LABEL
                    and builder is not None
                    and line.text.endswith(":")
                    and not self.marked_headings
                    and self._form_label_before(i)
                    and self._form_label_ends(i)
                ):
                    # the same form in extracted text, whose colofon is spliced in: the label
                    # stands under another label to fill in ("Paraaf MBZK:" / "Datum:"), each a
                    # row of the form
                    builder.add_form_rows(attrs.evolve(line, kind=Kind.TEXT, label="", rest=""))
                    i += 1
                    continue
                if (
                    k is Kind.LABEL
                    and builder is not None
                    and (self.marked_headings or self.marked_title)
                    and line.text.endswith(":")
                    and (i + 1 == len(self.lines) or self.lines[i + 1].kind in (Kind.BLANK, Kind.PAGE))
                ):
                    # "Paraaf MBZK:" / "Datum:" in a section with nothing after the colon: a form to
                    # sign, its value left to fill in by hand, is text of its section (a layout-aware
                    # source kept the colofon apart, so this is no colofon label spliced in; taken
                    # for a repeat of the colofon's "Datum", it was dropped). Such a source marks
                    # the title also where it marks no heading (an OCR layer, which has no bold)
                    builder.add(attrs.evolve(line, kind=Kind.TEXT, label="", rest=""))
                    i += 1
                    continue
                if k is Kind.LABEL and builder is not None and self._empty_box_at_end(i):
                    # "Datum" alone on the text's last row, under a decision block ("Beslissing"
                    # / "Akkoord / niet akkoord" / "Paraaf Minister" / "Datum"): a box to fill
                    # in by hand, text of its section (taken for a repeat of the colofon's
                    # "Datum", whose value it lacks, it was dropped)
                    builder.add(attrs.evolve(line, kind=Kind.TEXT, label="", rest=""))
                    i += 1
                    continue
                if k is Kind.LABEL and builder is not None and self._contact_line_in_text(i):
                    # "Contact" on its own row in a section, a name or a number under it: a line
                    # of the section's text, no colofon label spliced in
                    builder.add(attrs.evolve(line, kind=Kind.TEXT, label="", rest=""))
                    i += 1
                    continue
                i = self._spliced_field(i)
                self._spliced_end = i
                continue
            if (
                k is Kind.TEXT
                and len(line.text) <= _PARAPH_ROW_LENGTH
                and (paraph := self._spliced_paraph_rows(i)) > i
            ):
                i = paraph
                continue
            if k is Kind.TEXT and (repeated := self._repeated_letterhead(i)):
                i += repeated
                continue
            if k is Kind.TEXT and not self.marked_headings and self._body_letterhead(i):
                self.letterhead_lines.add(i)
                if (
                    i - 1 in self.letterhead_lines
                    and not (_is_address(line.text) and not _is_address(self.lines[i - 1].text))
                    # (nor under a High College's or a body's whole name: "Algemene Rekenkamer"
                    # / "Sector Fysieke Leefomgeving")
                    and not (line.text[:1].isupper() and _vocab.names_agency(self.letterhead[-1]))
                    # (a unit's name under a whole name is an entry of its own: "Ministerie van
                    # Volksgezondheid, Welzijn en Sport" / "Directie Zorgverzekeringen")
                    and not (_opens_with_unit(line.text) and not _goes_on(self.letterhead[-1]))
                ):
                    self.letterhead[-1] = f"{self.letterhead[-1]} {line.text}"
                else:
                    self.letterhead.append(line.text)
                i += 1
                while (
                    i < end
                    and self.lines[i].kind is Kind.TEXT
                    and self.lines[i].page == line.page
                    and _goes_on(self.lines[i - 1].text)
                    and self.lines[i].text[:1].isupper()
                    and _fits_colofon(self.lines[i].text)
                ):
                    # the unit's name wrapped after a word that goes on ("Ministerie van
                    # Volksgezondheid, Welzijn en" / "Sport") or a comma ("Ministerie van
                    # Volksgezondheid," / "Welzijn en Sport"): its next line is more of it
                    self.letterhead_lines.add(i)
                    self.letterhead[-1] = f"{self.letterhead[-1]} {self.lines[i].text}"
                    i += 1
                continue
            if (
                len(line.text) <= 4  # ("1.", "•", "–", "iv.": cheap before the scan)
                and k in (Kind.TEXT, Kind.ORDERED, Kind.BULLET)
                and not self.marked_headings
                and (after_marks := _textless_marks_end(self.lines, i)) > i
                # (a number alone, one mark only, is text: "Het aantal aanvragen was" / "5.")
                and not _lone_number(self.lines, i, after_marks)
            ):
                i = after_marks  # (list marks with no text to the page's end: _textless_marks)
                continue
            if (
                k is Kind.TEXT
                and line.text[:1].islower()
                and self.footnotes
                and not self.marked_notes
                and (end_of_rest := self._note_rest_at(i))
            ):
                i = end_of_rest
                continue
            if (
                k in (Kind.TEXT, Kind.ORDERED)
                and not self.marked_notes
                and (end_of_note := self._footnote_at(i))
            ):
                i = end_of_note
                continue
            if (
                k is Kind.TEXT
                and self.purpose is None
                and line.text[:3].casefold() == _vocab.PURPOSE_WORD
                and (stamp := self._qualified_stamp(i, end)) is not None
            ):
                # the same stamp with words that qualify it ("Ter besluitvorming vóór 1" /
                # "juni"): the purpose, and the qualifier a letterhead entry as in the header
                self.purpose = _fragments.parse_purpose(stamp[0])
                self.letterhead.append(stamp[1])
                i = self._colofon_unit(stamp[2], end)
                continue
            if k is Kind.PURPOSE and self.purpose is None and self._colofon_follows(i):
                # extractors that follow the content stream (pypdfium2, pdftotext -raw) write the
                # colofon column where the page drew it, after the body and its footer: its
                # purpose stamp heads the colofon's labels there ("TER BESLISSING" / "Onze
                # referentie" / ...). With no purpose in the header, that stamp is the purpose.
                self.purpose = _fragments.parse_purpose(line.text)
                i += 1
                while i < end and self.lines[i].kind is Kind.BLANK:
                    i += 1
                if i < end and self.lines[i].text.casefold() in _vocab.PURPOSE_MARKERS:
                    # its marker, set beside it ("TER BESLISSING – SPOED"): a stamp of its own,
                    # a letterhead entry as in the header
                    self.letterhead.insert(0, self.lines[i].text)
                    i += 1
                i = self._colofon_unit(i, end)
                continue
            if (
                k is Kind.DOC_KIND
                and self.kind is not None
                and line.text.casefold() == self.kind.casefold()
                and (_page_neighbour(self.lines, i, -1) is None or _page_neighbour(self.lines, i, 1) is None)
            ):
                # the document's kind ("Beslisnota") printed again at the top or foot of a later
                # page: a running header, page furniture like the page's classification stamp
                i += 1
                continue
            if (
                k is Kind.PURPOSE
                and builder is not None
                and line.text[:1].islower()
                and self.lines[i - 1].kind is Kind.TEXT
                and self.lines[i - 1].page == line.page
                and not _ends_sentence(self.lines[i - 1].text)
            ):
                # a purpose phrase in lower case going on from a sentence ("... naar de
                # provincies" / "ter informatie en kennisname" / "zodat ..."): the sentence's
                # words, no stamp
                builder.add(attrs.evolve(line, kind=Kind.TEXT, label="", rest=""))
                i += 1
                continue
            if (
                builder is None
                and not sections
                and not self.marked_headings
                and self.preamble is None
                and (
                    (k is Kind.ORDERED and self._headless_decision_list(i))
                    or (k is Kind.TEXT and self._lead_in_over_list(i))
                )
            ):
                # the decision list under the title, no heading over it: the preamble's list,
                # its lead-in sentence first ("Ik stel u voor:") where it has one
                builder = _SectionBuilder(
                    "",
                    None,
                    line,
                    width,
                    guess=True,
                    measured=measured,
                    lone_pages=lone_pages,
                    layout=self.layout,
                )
            if k in (Kind.PURPOSE, Kind.DOC_KIND) or builder is None:
                if k is not Kind.BLANK:
                    self._unplace(line)
                i += 1
                continue
            if (
                k is Kind.TEXT
                and line.text[-1:] == ":"
                and not self.marked_headings
                and self._lead_in_alone(i)
            ):
                builder.end_block()
            if k is Kind.TEXT and i > attachment_rows and _ROW_START.match(line.text):
                builder.end_block()  # (a row of the attachments' number column: its own paragraph)
            if k is Kind.TEXT and not self.marked_headings and (row := self._contact_phone_glued(line)):
                line = self.lines[i] = attrs.evolve(line, text=row)
            if k is Kind.BLANK and builder.lead_blanks is None and self._beside_colofon(line):
                i += 1  # (no blank under the heading: the colofon's row beside it)
                continue
            builder.add(line)
            i += 1
        if builder is not None:
            sections.append(builder.build())
            builders.append(builder)
        if not self.marked_headings:
            _lost_bullet_sections(sections, builders)
        _lettered_section_numbers(sections)
        return sections

    def _contact_phone_glued(self, line: Line) -> str | None:
        """A body row of plain text that ends, after a sentence's end, in a telephone number
        with its one-letter mark ("... uit de brief van het kabinet. T 06-12345678"), where the
        nota's colofon holds a contact's label (``_vocab.CONTACT_LABELS``, with its value) on the
        row's page: a row-by-row extractor glued the contact's number, printed in the colofon
        beside the row, to the row's end. The number goes on in the contact's value, as the
        mark's line does under it (:meth:`_header`); the row's text before it is returned. None
        where the row ends in no such number, or no contact is there, or the contact's value
        holds a number already (the number stays: the body's). A sentence's end is a full stop
        (or a question or exclamation mark) here: a colon introduces the number as the row's own
        ("Het nummer is: T 0800-8051")."""
        text = line.text
        if not text[-1:].isdigit() or not _vocab.phone_at_end(text):
            return None  # (the cheap tests first)
        start = next(start for start, end in _vocab.phone_spans(text) if end == len(text))
        head, _, mark = text[:start].rstrip().rpartition(" ")
        if len(mark) != 1 or _vocab.known_label(mark) is None or not head or not _ends_full_stop(head):
            return None
        contact = next(
            (
                f
                for f in self.fields
                if _vocab.key(f.label) in _vocab.CONTACT_LABELS and f.values and f.line.page == line.page
            ),
            None,
        )
        if contact is None or _vocab.phone_spans(contact.value):
            return None
        contact.values.append(f"{mark} {text[start:]}")
        return head

    def _lead_in_alone(self, i: int) -> bool:
        """Whether line i is a list's lead-in of a few words on a row of its own ("Voordelen:",
        "Nadelen:", "Risico's:") right after a sentence's end, over the list's first item: a
        paragraph of its own, not the last words of the paragraph or list item above (whose last
        row may have been too long to show that it ended there, or the list one item long)."""
        line = self.lines[i]
        words = line.text[:-1].split()
        if not (1 <= len(words) <= _COLON_HEADING_WORDS and line.text[:1].isupper()):
            return False
        if not all(w.replace("'", "").replace("-", "").isalpha() for w in words):
            return False
        prev = self.lines[i - 1] if i > 0 else None
        if (
            prev is None
            or prev.kind not in (Kind.TEXT, Kind.BULLET, Kind.ORDERED)
            or prev.page != line.page
            or not _ends_full_stop(prev.text)
        ):
            return False
        k = _neighbour_index(self.lines, i, 1)
        return k is not None and self.lines[k].kind in (Kind.BULLET, Kind.ORDERED)

    def _form_label_before(self, i: int) -> bool:
        """Whether the row above line i (on its page) is a form's label to fill in: a few words
        ending in a colon with nothing after it ("Paraaf MBZK:", "Handtekening:")."""
        j = _neighbour_index(self.lines, i, -1)
        if j is None:
            return False
        above = self.lines[j]
        return (
            above.kind is Kind.TEXT
            and above.text.endswith(":")
            and above.text[:1].isupper()
            and len(above.text.split()) <= _FORM_LABEL_WORDS
        )

    def _form_label_ends(self, i: int) -> bool:
        """Whether the label on line i has no value under it: the page or the text ends there,
        or the colofon's labels follow, among them the same label with its value (the colofon's
        "Datum" under the form's "Datum:": this one is no stacked label waiting for its value)."""
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or nxt.kind in (Kind.BLANK, Kind.PAGE):
            return True
        label = self.lines[i].label
        return nxt.kind is Kind.LABEL and any(
            ln.kind is Kind.LABEL and ln.label == label for ln in self.lines[i + 1 :]
        )

    def _beside_colofon(self, line: Line) -> bool:
        """Whether a blank line of layout text is the body's part of a row on which the colofon
        column printed text: the colofon's rows, set closer or wider than the body's, make
        empty body rows between a heading and its text that the page does not print."""
        if not self.layout:
            return False
        if self._colofon_numbers is None:
            self._colofon_numbers = frozenset(
                ln.number for ln in self.lines if ln.kind not in (Kind.BLANK, Kind.PAGE)
            )
        return line.number in self._colofon_numbers

    def _marker_lines(self, *, loose: bool = False) -> dict[int, int]:
        """For each footnote number glued to a word in the body, the first line index it is on.

        ``loose``: also a number set apart from the word before it ("Stoffen 2 (zie", as
        ``pdftotext -layout`` prints a raised number), which only a note whose number stands
        alone on its line, its text under it, may take for its marker."""
        if self._markers is None:
            self._markers = {}
            for index, line in enumerate(self.lines):
                if line.kind in (Kind.TEXT, Kind.BULLET, Kind.ORDERED):
                    for found in (
                        *_MARKER.finditer(line.text),
                        *_SPACED_MARKER.finditer(line.text),
                        *_YEAR_MARKER.finditer(line.text),
                    ):
                        self._markers.setdefault(_note_number(found[1]), index)
        if not loose:
            return self._markers
        if self._loose_markers is None:
            self._loose_markers = dict(self._markers)
            for index, line in enumerate(self.lines):
                if line.kind in (Kind.TEXT, Kind.BULLET, Kind.ORDERED):
                    for found in _LOOSE_MARKER.finditer(line.text):
                        number = int(found[1])
                        self._loose_markers[number] = min(index, self._loose_markers.get(number, index))
        return self._loose_markers

    def _spaced_marker_lines(self) -> dict[int, int]:
        """For each number set apart from the word before it ("opnieuw in 2. Zij", as plain
        ``pdftotext`` prints a raised number), the first line index it is on; not after a noun a
        number follows in running text ("artikel 3."). Trusted for a note that stands with the
        notes numbered on from it at its page's end, where a list's items do not stand."""
        if self._spaced_markers is None:
            self._spaced_markers = {}
            for index, line in enumerate(self.lines):
                if line.kind in (Kind.TEXT, Kind.BULLET, Kind.ORDERED):
                    for found in _WORD_SPACED_MARKER.finditer(line.text):
                        if _vocab.key(found[1]) not in _vocab.NUMBERED_NOUNS:
                            self._spaced_markers.setdefault(int(found[2]), index)
        return self._spaced_markers

    def _ocr_marker_line(self) -> int:
        """The index of the first line carrying a footnote marker as OCR misreads the raised
        number (:data:`_OCR_MARKER`: "onderzocht’. Zij", "Mozambique*. Nederland"), or the
        number of lines when none does."""
        if self._ocr_marker is None:
            self._ocr_marker = len(self.lines)
            for index, line in enumerate(self.lines):
                if line.kind in (Kind.TEXT, Kind.BULLET, Kind.ORDERED) and _ocr_marker(line.text):
                    self._ocr_marker = index
                    break
        return self._ocr_marker

    def _bare_note(self, i: int, number: int) -> bool:
        """Whether line i is footnote number ``number`` alone on its line, its text on the line
        under it ("1" / "KST 22343-330": the raised number printed as a line of its own)."""
        return self._bare_note_text(i, number) > 0

    def _bare_note_text(self, i: int, number: int) -> int:
        """The index of the text of footnote ``number`` standing alone on line i (see
        _bare_note), or 0. Plain pdftotext may set a blank line between them ("1" / "" /
        "Kenmerk 2023Z15521."; a note's text may open with a label's word)."""
        line = self.lines[i]
        if line.text != str(number):
            return 0
        at = i + 1
        if at + 1 < len(self.lines) and self.lines[at].kind is Kind.BLANK:
            at += 1
        if at >= len(self.lines):
            return 0
        nxt = self.lines[at]
        kinds = (Kind.TEXT,) if at == i + 1 else (Kind.TEXT, Kind.LABEL_VALUE)
        if nxt.kind in kinds and nxt.page == line.page and _NOTE_TEXT_START.match(nxt.text) is not None:
            return at
        return 0

    def _page_line_after(self, number: int) -> int | None:
        """The first "Pagina k van n" line below line ``number`` (:attr:`page_lines`), if any.

        (Asked for each note read: a bisection in the sorted lines, sorted again only when a
        page line was added since, not a pass over all of them each time.)"""
        if len(self._page_lines_sorted) != len(self.page_lines):
            self._page_lines_sorted = sorted(self.page_lines)
        k = bisect.bisect_right(self._page_lines_sorted, number)
        return self._page_lines_sorted[k] if k < len(self._page_lines_sorted) else None

    def _note_under_sentence(self, i: int) -> bool:
        """Whether line i, a numbered line that ends a sentence ("1 Kamerstukken II ..., nr. 680."),
        stands right under a body row that ends one, on a page with no blank line: extractors
        that print no blank lines (PyMuPDF's ``get_text()``, pypdf, PDFBox) set a page's notes
        straight under its last row of text, with the colofon's column after them, so they do not
        end the page. (A numbered heading or list item ends no sentence; the note's marker must
        stand earlier in the body, as for any note.)"""
        line, previous = self.lines[i], self.lines[i - 1]
        if not (previous.kind is Kind.TEXT and _ends_full_stop(previous.text) and _ends_full_stop(line.text)):
            return False
        if self._blank_pages is None:
            # (a blank line between two rows of a page: not the one a form feed leaves at its end)
            lines = self.lines
            self._blank_pages = {
                ln.page
                for k, ln in enumerate(lines[1:-1], 1)
                if ln.kind is Kind.BLANK and lines[k - 1].page == ln.page == lines[k + 1].page
            }
        return line.page not in self._blank_pages

    def _notes_end_page(self, i: int) -> bool:
        """Whether lines n, n+1, ... numbered one by one run from line i to the end of its page
        (a number alone on its line followed by the note's text line counts as one). A note
        wrapped over more lines goes on in unnumbered text lines until its sentence ends, as
        _footnote_at reads it ("1 Kamerstukken II ...; zie ook de brief van" / "Sociale Zaken
        ... 2024."): extractors that set no blank line between notes print them so."""
        first = number = self._note_number_expected()
        j = i
        last = ""  # the last note's last row read, while the note may go on ("" when it ended)
        wrapped = 0  # the widest row of the last note that wrapped (see _full_note_row)
        page_line = self._page_line_after(self.lines[i].number)
        while j < len(self.lines) and self.lines[j].page == self.lines[i].page:
            if page_line is not None and self.lines[j].number >= page_line:
                break  # "Pagina 1 van 2" under the notes: the page ends there
            if self.lines[j].kind is Kind.BLANK:
                j += 1
                continue
            if text_at := self._bare_note_text(j, number):
                number += 1
                note = self.lines[text_at].text
                # (a note's text under its number goes on only from a row as wide as a note's
                # wrapped row: a table's short cells under a number, "1" / "Omschrijving" /
                # "Kamerbrief ...", are no note)
                open_note = not _ends_full_stop(note) and len(note) >= _WRAPPED_NOTE_ROW
                last, wrapped = (note, len(note)) if open_note else ("", 0)
                j = text_at + 1
                continue
            text = self.lines[j].text
            m = _FOOTNOTE_LINE.match(text)
            if m is None and last and self.lines[j].kind is Kind.TEXT:
                if not _note_ends(last, wrapped, text):
                    last = text
                    if not _ends_full_stop(text):
                        wrapped = max(wrapped, len(text))
                    j += 1
                    continue
                last = ""  # (the note ended on the row before)
            if m is None or _note_number(m[1]) != number:
                # (extractors that follow the content stream write the colofon's column after
                # the notes: "Directoraat-generaal Werk" / "Postbus 90801" / "2509 LV Den Haag")
                return number > first and not last and self._colofon_column_to_page_end(j, page_line)
            number += 1
            last, wrapped = (text, 0 if _ends_full_stop(m[2]) else len(text))
            j += 1
        return number > first

    def _colofon_column_to_page_end(self, j: int, page_line: int | None) -> bool:
        """Whether the rows from line j to the end of its page (or its page line) are a colofon's
        column: the first a unit's name or letterhead ("Directoraat-generaal Werk", "Postbus
        90801"), none a sentence's end, no heading or list among them."""
        first = self.lines[j]
        if first.kind is not Kind.TEXT or not _opens_column(first.text):
            return False
        k = j
        while k < len(self.lines) and self.lines[k].page == first.page:
            line = self.lines[k]
            if page_line is not None and line.number >= page_line:
                break
            if line.kind not in _COLUMN_KINDS or _ends_full_stop(line.text):
                return False
            k += 1
        return True

    def _dotted_notes_end_page(self, i: int) -> bool:
        """Whether lines "n. Text", "n+1. Text", ... (:data:`_DOTTED_NOTE_LINE`), n the next note's
        number, run from line i to the end of its page, blank lines between them, and each has its
        marker glued to a word of the body above line i ("procent1", "afgenomen2"). An ordered
        list's items look the same, but a list does not end a page under markers of all its
        numbers, its items each a sentence from a capital; a page's notes do."""
        first = number = self._note_number_expected()
        markers = self._marker_lines()
        page = self.lines[i].page
        page_line = self._page_line_after(self.lines[i].number)
        j = i
        while j < len(self.lines) and self.lines[j].page == page:
            line = self.lines[j]
            if page_line is not None and line.number >= page_line:
                break  # "Pagina 1 van 2" under the notes: the page ends there
            if number == first and _is_mark_alone(line):
                pass  # (list marks printed apart over the notes, see _textless_marks: "1." / "•")
            elif line.kind is not Kind.BLANK:
                m = _DOTTED_NOTE_LINE.match(line.text)
                if m is None or int(m[1]) != number or markers.get(number, i) >= i:
                    return False
                number += 1
            j += 1
        return number > first

    def _note_number_expected(self) -> int:
        """The number the next footnote has: one more than the last note's, or more when the
        body carries no marker of that number but one of the next (the note and its marker
        stood on a page withheld under the Woo, "Deze pagina is geheel gelakt ...")."""
        number = self.footnotes[-1].number + 1 if self.footnotes else 1
        markers = self._marker_lines()
        if number in markers:
            return number
        if self._expected is None or self._expected[0] != number:
            spaced = self._spaced_marker_lines()
            seen = self._marker_lines(loose=True).keys() | spaced.keys()  # (any number after a word)
            expected = number
            while expected not in seen and (expected + 1 in markers or expected + 1 in spaced):
                expected += 1
            self._expected = (number, expected)
        return self._expected[1]

    def _next_footnote(self, i: int) -> bool:
        """Whether line i starts the next footnote and its marker stands earlier in the text."""
        text = self.lines[i].text
        m = _FOOTNOTE_LINE.match(text)
        if (
            m is None
            and text[:1].isdigit()
            and (_is_mark_alone(self.lines[i]) or _DOTTED_NOTE_LINE.match(text))
            and self._dotted_notes_end_page(i)
        ):
            return True  # ("1. Centerdata ..." under an attachment table)
        if m is None and not text.isdecimal():
            return self._late_number_notes(i, read=False) > 0  # (see _late_number_notes)
        number = self._note_number_expected()
        starts = (m is not None and _note_number(m[1]) == number) or self._bare_note(i, number)
        return starts and self._marker_lines().get(number, i) < i

    def _footnote_at(self, i: int) -> int:
        """A footnote at a page bottom in plain text: "1 Kamerstukken II 2022/23, 34 338, nr. 5."

        The line starts with the next footnote number, the body before it carries that number as a
        marker glued to a word ("evaluaties.1", "context1"), and it stands after a blank line, after
        another footnote, or right after a line that ends with a marker (extractors that print no
        blank lines: "... Burgerlijk Wetboek).2" / "1 Kamerstukken ..."). Following lines continue
        it up to a blank line, a page break, the next footnote, or the end of its sentence.
        The number may stand alone on its line, the text under it ("1" / "Kamerstukken ..."), and
        the numbers of a page's notes may all come before their texts ("1" / "2" / blank /
        "Kamerstukken ..." / "Artikel 22 ..."): each number takes a text in order, where the texts
        are as many as the numbers (a text ends at a full stop before a capitalised line).
        Returns the index after the footnote(s), or 0 when line i is not one.
        """
        line = self.lines[i]
        if i == 0:
            return 0
        m = _FOOTNOTE_LINE.match(line.text)
        dotted = False
        if (
            m is None
            and line.kind is Kind.ORDERED
            and (not line.rest or _DOTTED_NOTE_LINE.match(line.text))
            and self._dotted_notes_end_page(i)
        ):
            m = _DOTTED_NOTE_LINE.match(line.text)
            dotted = True
        if m is None and not line.text.isdecimal():
            return self._late_number_notes(i)
        number = self._note_number_expected()
        if m is None and line.text != str(number):
            return 0
        if m is not None and _note_number(m[1]) != number:
            return 0
        previous = self.lines[i - 1]
        after_marker = previous.kind is Kind.TEXT and _MARKER_AT_END.search(previous.text) is not None
        if (
            previous.kind is not Kind.BLANK
            and i != self._footnote_end
            and not after_marker
            and not dotted
            and not self._notes_end_page(i)
            and not self._note_under_sentence(i)
        ):
            return 0
        if m is None:
            if self._marker_lines(loose=True).get(number, len(self.lines)) >= i:
                return 0
            return self._bare_notes(i, number)
        if self._marker_lines().get(number, len(self.lines)) >= i and not (
            (self._spaced_marker_lines().get(number, len(self.lines)) < i or self._ocr_marker_line() < i)
            and self._notes_end_page(i)
        ):
            # (the notes numbered on to their page's end are trusted with a marker set apart,
            # or one that OCR misread: its digit is lost, so the notes' order numbers it)
            return 0
        parts = [m[2]]
        j = i + 1
        wrapped = 0 if _ends_full_stop(m[2]) else len(line.text)  # (see _full_note_row)
        # ("Pagina 1 van 2" under the notes ends the page also in text without form feeds: the
        # next page's text is no more of the last note)
        page_line = self._page_line_after(line.number)
        while j < len(self.lines) and self.lines[j].page == line.page:
            if page_line is not None and self.lines[j].number >= page_line:
                break
            if self._note_goes_on_past_blank(j, parts[-1]):
                j += 1  # (plain pdftotext may set a blank line inside a long note)
            if self.lines[j].kind is not Kind.TEXT:
                break
            if _FOOTNOTE_LINE.match(self.lines[j].text) or _note_ends(parts[-1], wrapped, self.lines[j].text):
                break
            if not _ends_full_stop(self.lines[j].text):
                wrapped = max(wrapped, len(self.lines[j].text))
            parts.append(self.lines[j].text)
            j += 1
        for n, text in enumerate(self._split_notes(_lines.join_value(parts), number, j), number):
            self.footnotes.append(Footnote(number=n, text=text, origin=_origin(line)))
        self._footnote_end = j
        return j

    def _late_number_notes(self, i: int, *, read: bool = True) -> int:
        """Footnotes whose first numbers plain pdftotext prints after them, at the page's end: a
        block from line i, after a blank line, of k unnumbered texts from a capital, then notes
        n+k, n+k+1, ... numbered as usual (the number glued to the text or alone over it), then
        n, ..., n+k-1 alone on the block's last rows, right over the page's end ("Bijlage bij
        Kamerstukken ... Rechten van de Mens." / "4 Kamerstukken II 2022/23, 34 338, nr. 5." / "3"
        / "Pagina 2 van 2"; "KST 22343-330" / "KST 28089-209" / "3" / "KST 32813-833" / ... /
        "1" / "2"); n the next note's number, every number's marker earlier in the body. The
        unnumbered texts are notes n to n+k-1: one a row when k rows, else split where a row ends
        a sentence. Reads the notes when ``read``; returns the index after the block, or 0."""
        line = self.lines[i]
        if i == 0 or self.lines[i - 1].kind is not Kind.BLANK or _NOTE_TEXT_START.match(line.text) is None:
            return 0
        page_line = self._page_line_after(line.number)
        j = i
        while (
            j < len(self.lines)
            and self.lines[j].kind is Kind.TEXT
            and self.lines[j].page == line.page
            and (page_line is None or self.lines[j].number < page_line)
        ):
            j += 1
        tail = j
        while tail > i and self.lines[tail - 1].text.isdecimal():
            tail -= 1
        if tail == j:
            return 0  # (no number alone at the block's end: the cheap exit, before the page's end is sought)
        after = j
        while after < len(self.lines) and self.lines[after].kind is Kind.BLANK:
            after += 1
        at_end = (
            after >= len(self.lines)
            or self.lines[after].page != line.page
            or (page_line is not None and self.lines[after].number >= page_line)
        )
        number = self._note_number_expected()
        late = [int(ln.text) for ln in self.lines[tail:j]]
        if not at_end or late != list(range(number, number + len(late))):
            return 0
        texts: list[list[str]] = [[]]  # the unnumbered texts' rows, then each numbered note's
        numbers: list[int] = []
        k = i
        while k < tail:
            text, nxt = self.lines[k].text, number + len(late) + len(numbers)
            m = _FOOTNOTE_LINE.match(text)
            if m is not None and _note_number(m[1]) == nxt:
                numbers.append(nxt)
                texts.append([m[2]])
            elif text == str(nxt) and k + 1 < tail and _NOTE_TEXT_START.match(self.lines[k + 1].text):
                numbers.append(nxt)
                texts.append([self.lines[k + 1].text])
                k += 1
            elif text.isdecimal():
                return 0
            else:
                texts[-1].append(text)
            k += 1
        first = texts[0]
        if len(late) == 1:
            split = [first] if first else []
        elif len(first) == len(late):
            split = [[row] for row in first]
        else:
            split = [[]]
            for row in first:
                if split[-1] and _ends_full_stop(split[-1][-1]) and _NOTE_TEXT_START.match(row):
                    split.append([])
                split[-1].append(row)
        if len(split) != len(late) or not numbers:
            return 0
        glued, loose = self._marker_lines(), self._marker_lines(loose=True)
        spaced = self._spaced_marker_lines()
        every = [*late, *numbers]
        if any(min(glued.get(n, i), loose.get(n, i), spaced.get(n, i)) >= i for n in every):
            return 0
        if read:
            for n, rows in zip(every, [*split, *texts[1:]], strict=True):
                self.footnotes.append(Footnote(number=n, text=_lines.join_value(rows), origin=_origin(line)))
            self._footnote_end = j
        return j

    def _note_rest_at(self, i: int) -> int:
        """The rest of the last note, carried from its page to the foot of a later one: rows from
        line i, in lower case after a row that ends a sentence (or a blank line), up to one that
        ends the note's sentence, right over the next note ("n+1 ...") or the page's end, where
        the last note read ends in no sentence ("... het burgerservicenummer door" / page break
        / "de kinderopvangorganisaties." / "3 Wet kinderopvang ..."), under the page's own text (a
        lower-case row that opens its page goes on with the body's sentence from the page before,
        "... en wij hebben" / notes / page break / "besloten dat de regeling wordt verlengd.").
        Joined to that note; returns the index after the rows, or 0."""
        last, line = self.footnotes[-1], self.lines[i]
        page = last.origin.page if last.origin is not None else None
        if page is None or page >= line.page or _ends_full_stop(last.text):
            return 0
        previous = self.lines[i - 1] if i else None
        if previous is not None and previous.kind is not Kind.BLANK and not _ends_full_stop(previous.text):
            return 0  # (a row of the body's sentence, in lower case)
        k = i - 1
        while k >= 0 and self.lines[k].page == line.page and self.lines[k].kind in _PAGE_TOP_KINDS:
            k -= 1
        if k < 0 or self.lines[k].page != line.page:
            return 0  # the page's first text: the body's sentence going on from the page before
        j = i
        while j < len(self.lines) and j - i < _NOTE_REST_ROWS and self.lines[j].kind is Kind.TEXT:
            j += 1
            if _ends_full_stop(self.lines[j - 1].text):
                break
        else:
            return 0
        if not _ends_full_stop(self.lines[j - 1].text) or self.lines[j - 1].page != line.page:
            return 0
        after = j
        while after < len(self.lines) and self.lines[after].kind is Kind.BLANK:
            after += 1
        page_line = self._page_line_after(self.lines[j - 1].number)
        if not (
            after >= len(self.lines)
            or self.lines[after].page != line.page
            or (page_line is not None and self.lines[after].number >= page_line)
            or (
                (m := _FOOTNOTE_LINE.match(self.lines[after].text)) is not None
                and _note_number(m[1]) == last.number + 1
            )
            or self.lines[after].text == str(last.number + 1)
        ):
            return 0
        rest = join_wrapped([ln.text for ln in self.lines[i:j]])
        self.footnotes[-1] = attrs.evolve(last, text=join_wrapped([last.text, rest]))
        self._footnote_end = j
        return j

    def _note_goes_on_past_blank(self, j: int, last: str) -> bool:
        """Whether line j is a blank line inside a note: the note's sentence has not ended and the
        line after the blank, on the same page, goes on in lower case or with a number."""
        if self.lines[j].kind is not Kind.BLANK or j + 1 >= len(self.lines) or _ends_sentence(last):
            return False
        nxt = self.lines[j + 1]
        return (
            nxt.kind is Kind.TEXT
            and nxt.page == self.lines[j].page
            and (nxt.text[:1].islower() or nxt.text[:1].isdigit())
            and _FOOTNOTE_LINE.match(nxt.text) is None
        )

    def _split_notes(self, text: str, number: int, end: int) -> list[str]:
        """A note's text split where the next notes start on its line ("KST 22343-330 2 KST
        28089-209 3 KST ...", as pdfium prints a page's notes as one line): at " n " before a
        note's text, n running on from ``number``, each with its marker earlier in the body, as
        long as no line after the note starts note n itself."""
        if " " not in text or not any(c.isdigit() for c in text):
            return [text]
        nxt = _FOOTNOTE_LINE.match(self.lines[end].text) if end < len(self.lines) else None
        later = _note_number(nxt[1]) if nxt is not None else None
        texts = [text]
        n = number + 1
        markers = self._marker_lines()
        while markers.get(n, end) < end and later != n:
            head, sep, rest = texts[-1].partition(f" {n} ")
            if not sep or not head or _NOTE_TEXT_START.match(rest) is None:
                break
            texts[-1:] = [head, rest]
            n += 1
        return texts

    def _bare_notes(self, i: int, number: int) -> int:
        """Footnotes whose numbers stand alone on their lines from line i (see _footnote_at)."""
        page = self.lines[i].page
        numbers: list[Line] = []
        j = i
        while (
            j < len(self.lines)
            and self.lines[j].page == page
            and self.lines[j].text == str(number + len(numbers))
        ):
            numbers.append(self.lines[j])
            j += 1
        while (
            j + 1 < len(self.lines)
            and self.lines[j].kind is Kind.BLANK
            and (len(numbers) > 1 or _NOTE_TEXT_START.match(self.lines[j + 1].text) is not None)
        ):
            # (plain pdftotext sets a blank line between a raised number and its text: "1" /
            # "" / "Kenmerk 2023Z15521.")
            j += 1
        texts: list[list[str]] = []
        wrapped = 0  # the widest row of the last note that wrapped (see _full_note_row)
        while (
            j < len(self.lines)
            and (
                self.lines[j].kind is Kind.TEXT
                # a note's text may open with a label's word ("Kenmerk 2023Z15521.")
                or (self.lines[j].kind is Kind.LABEL_VALUE and len(texts) < len(numbers))
            )
            and self.lines[j].page == page
            and not self.lines[j].text.isdecimal()
        ):
            text = self.lines[j].text
            if texts and _FOOTNOTE_LINE.match(text):
                break  # the next note, its number glued to its text
            if not texts or (
                _ends_full_stop(texts[-1][-1])
                and _NOTE_TEXT_START.match(text)
                and not (len(texts) == len(numbers) and _full_row_goes_on(texts[-1][-1], wrapped, text))
            ):
                if len(texts) == len(numbers):
                    break  # (one number: its text ends at its sentence's end)
                texts.append([])
                wrapped = 0
            if not _ends_full_stop(text):
                wrapped = max(wrapped, len(text))
            texts[-1].append(text)
            j += 1
        if len(texts) != len(numbers):
            return 0
        for n, (at, parts) in enumerate(zip(numbers, texts, strict=True), number):
            self.footnotes.append(Footnote(number=n, text=join_wrapped(parts), origin=_origin(at)))
        self._footnote_end = j
        return j

    def _repeated_letterhead(self, i: int) -> int:
        """How many lines from ``i`` on (one to three) repeat a letterhead entry read before the
        body, wrapped as it was ("Rijksdienst voor Ondernemend" / "Nederland"): a later page's
        colofon repeats the unit's name, page furniture like its repeated fields."""
        first = self.lines[i].text
        if not any(entry.startswith(first) for entry in self.letterhead):
            return 0
        texts: list[str] = []
        for line in self.lines[i : i + 3]:
            if line.kind is not Kind.TEXT:
                break
            texts.append(line.text)
            if join_wrapped(texts) in self.letterhead:
                return len(texts)
        return 0

    def _colofon_unit(self, i: int, end: int) -> int:
        """The lines of the colofon's unit from line i to its first label, under a purpose stamp
        read after the body (`_colofon_follows`): letterhead entries. A line with a unit's word
        goes on the entry above as in the body (`_body_letterhead`), not on a ministry's whole
        name ("Ministerie van Algemene Zaken" / "Kabinet Minister-President"); a line without one is an
        entry of its own ("Rijkswaterstaat" / "Grote Projecten en Onderhoud") unless it goes on
        the line above: a name wrapped after or before a word that goes on ("... Welzijn" /
        "en Sport"), the wrapped rest of a ministry's name ("Ministerie van Klimaat en Groene" /
        "Groei"). Returns the index of the line after them."""
        prev = ""
        address = False  # (whether the entry above is the unit's address)
        while i < end and self.lines[i].kind in (Kind.TEXT, Kind.BLANK):
            line = self.lines[i]
            if line.kind is Kind.BLANK:
                i += 1
                continue
            if not prev:
                goes_on = False
            elif address and (
                _is_address(line.text)
                or (_vocab.STREET.match(prev) is not None and _vocab.CITY_LINE.match(line.text) is not None)
            ):
                # the address's lines are one entry ("Rijnstraat 50" / "Den Haag" / "Postbus ...");
                # a city's name alone only under its street (not a unit's name after the address:
                # "2595 DH Den Haag" / "Directie Leraren")
                goes_on = True
            elif _is_letterhead_like(line.text):
                # (as for a unit's lines in the body: more of the entry above, unless it opens
                # with a unit's word or is an address under a name)
                goes_on = (
                    not (_is_address(line.text) and not _is_address(prev))
                    and not (_opens_with_unit(line.text) and not _goes_on(prev))
                    # (the entry's whole name: "Ministerie van Volkshuisvesting en" / "Ruimtelijke
                    # Ordening" is whole, the unit under it an entry of its own)
                    and not _vocab.names_whole_ministry(self.letterhead[-1])
                )
            else:
                goes_on = _wraps_name(prev, line.text)
            if goes_on:
                self.letterhead[-1] = f"{self.letterhead[-1]} {line.text}"
            else:
                self.letterhead.append(line.text)
                address = _is_address(line.text)
            self.letterhead_lines.add(i)
            prev = line.text
            i += 1
        return i

    def _body_letterhead(self, i: int) -> bool:
        line = self.lines[i]
        if (
            line.text[:1].isdigit()  # (also a raised digit, "¹")
            and (m := _FOOTNOTE_LINE.match(line.text)) is not None
            and _note_number(m[1]) == self._note_number_expected()
            and self._marker_lines().get(_note_number(m[1]), len(self.lines)) < i
        ):
            return False  # the next note, its marker in the body above: "1 Zie https://www...."
        prev = self.lines[i - 1] if i > 0 else None
        if not (
            prev is None
            or prev.kind is not Kind.TEXT
            or _ends_full_stop(prev.text)
            or i == self._footnote_end  # (right under the notes, the last one read to its end)
            or i - 1 in self.letterhead_lines
            or prev.text.casefold() in _vocab.PURPOSE_MARKERS  # (under "TER BESLISSING" / "SPOED")
        ):
            return False  # inside a paragraph
        if _ends_sentence(line.text) or _SENTENCE_INSIDE.search(line.text):
            return False  # (a paragraph opening with a unit's word: "Dienst Toeslagen heeft ...
            # uitgevoerd. De aanpassing kan")
        if not _is_letterhead_like(line.text):
            if _vocab.names_agency(line.text) and self._colofon_follows(i):
                return True  # (a body's or a High College's name over a colofon written here)
            # a unit's name wrapped onto a short line of its own under it, the block ending
            # there ("Ministerie van Landbouw, Natuur" / "en Voedselkwaliteit" / blank)
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
            return (
                i - 1 in self.letterhead_lines
                and len(line.text.split()) <= 4
                and (
                    nxt is None
                    or nxt.kind in (Kind.BLANK, Kind.LABEL, Kind.LABEL_VALUE)
                    or nxt.page != line.page
                )
            )
        if self._heading_over_prose(i) or self._row_among_rows(i):
            return False
        return len(line.text.split()) <= (20 if _vocab.ADDRESS.search(line.text) else 12)

    def _row_among_rows(self, i: int) -> bool:
        """Whether line ``i``, a paragraph of one line, is a table's row among its rows: it holds a
        second cell (:func:`_opens_cell`), and so do the one-line paragraphs right above and
        below it on its page, which read as no letterhead ("Maatregel Kosten Status" /
        "Onderwijsassistenten € 8 mln In voorbereiding" / "Stimulering van deeltijdbanen € 4 mln
        Overleg met de sector"): a row whose first cell opens like a unit's name is body, as
        its neighbours are."""
        line = self.lines[i]

        def row(j: int) -> bool:
            if not 0 <= j < len(self.lines):
                return False
            other = self.lines[j]
            return (
                other.kind is Kind.TEXT
                and other.page == line.page
                and all(
                    not 0 <= k < len(self.lines) or self.lines[k].kind is not Kind.TEXT
                    for k in (j - 1, j + 1)
                )
                and _opens_cell(other.text)
            )

        return (
            row(i)
            and row(i - 2)
            and row(i + 2)
            and not any(_is_letterhead_like(self.lines[j].text) for j in (i - 2, i + 2))
        )

    def _heading_over_prose(self, i: int) -> bool:
        """Whether line ``i``, shaped as a letterhead's but opening with a word that a unit's word
        opens ("Dienstverlening", "Onderwijsachterstanden"), with an address's word
        ("Bezoekadres", "Postbus" not in a post box's form), or with a unit's word that lower-case
        words go on from ("Directie en inspecties werken samen": :func:`_unit_word_in_prose`), is
        a heading over the paragraph right under it: no name, as it holds a lower-case word a
        name does not hold between its capitalised ones (:data:`_vocab.NAME_SMALL_WORDS`), no
        digit but in a number's compound ("Postbus 51-campagne") and no address ("Bezoekadres en
        bereikbaarheid", "Dienstverlening aan ondernemers"), and the next line on its page
        opens a longer sentence that is no letterhead's ("Dienst Toeslagen" and "Directie
        Openbaar bestuur" open a unit's name and stay the colofon's)."""
        line = self.lines[i]
        words = line.text.split()
        opening = _vocab.LETTERHEAD_WORDS.match(line.text)
        if not (
            # (a word a unit's word opens, "Dienstverlening"; or an address's word, "Bezoekadres":
            # a unit's own word, "Dienst Toeslagen", "Directie Openbaar bestuur", opens a name)
            (opening is not None and line.text[opening.end() : opening.end() + 1].isalpha())
            or _vocab.ADDRESS_HEAD.match(words[0]) is not None
            or _vocab.POST_BOX_WORD.match(line.text) is not None  # (no post box's form: below)
            or (opening is not None and _unit_word_in_prose(words))
        ):
            return False
        # (a post box's number running on in lower-case words is a phrase, "Postbus 51 in de
        # regio"; an address goes on with its postcode and place, "Postbus 20011 2500 EA ...")
        text = _vocab.POST_BOX_OPENING.sub("", line.text, count=1)
        if text != line.text and not any(
            w.islower() and w not in _vocab.NAME_SMALL_WORDS for w in text.split()
        ):
            text = line.text
        if (
            len(words) < 2
            or any(c.isdigit() for c in _NUMBER_COMPOUND.sub("", text))
            or _vocab.ADDRESS.search(text) is not None
            or all(_vocab.name_word(w) for w in words[1:])
        ):
            return False
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is not None and nxt.page == line.page and nxt.kind in (Kind.BULLET, Kind.ORDERED):
            # (over a list's first item, "Programma van eisen" / "- een kantoor voor ...;": a
            # letterhead's entry stands over no list)
            return bool(nxt.rest) and not _is_letterhead_like(nxt.rest)
        return (
            nxt is not None
            and nxt.kind is Kind.TEXT
            and nxt.page == line.page
            and nxt.text[:1].isupper()
            and not _is_letterhead_like(nxt.text)
            and len(nxt.text.split()) > len(words)
        )

    def _qualified_stamp(self, i: int, end: int) -> tuple[str, str, int] | None:
        """A purpose stamp with words that qualify it on line i, after the body and over the
        colofon's labels (`_colofon_follows`), as extractors that follow the content stream write
        it: its words wrapped onto a short line under it or not ("Ter besluitvorming vóór 1" /
        "juni", "Ter bespreking in de MR van" / "12 juni"). The purpose's words, the qualifier
        (:func:`_split_qualified_purpose`) and the index of the line after the stamp; else None."""
        line = self.lines[i]
        text, last = line.text, i
        nxt = self.lines[i + 1] if i + 1 < end else None
        if (
            nxt is not None
            and nxt.kind is Kind.TEXT
            and len(nxt.text.split()) <= _WRAPPED_NAME_WORDS
            and (_ends_with_continuation(text) or not nxt.text[:1].isupper())
            and not _ends_sentence(nxt.text)
        ):
            text, last = f"{text} {nxt.text}", i + 1
        split = _split_qualified_purpose(attrs.evolve(line, text=text))
        if split is None or not self._colofon_follows(last):
            return None
        return split[0].text, split[1].text, last + 1

    def _colofon_follows(self, i: int) -> bool:
        """Whether a known colofon label comes next after line i (blank lines skipped).

        The unit's name may stand between them: the column opens with the stamp, then the
        unit, then the labels ("TER AKKOORD" / "Directoraat-generaal Stikstof" / "Datum")."""
        rest = (ln for ln in self.lines[i + 1 :] if ln.kind is not Kind.BLANK)
        nxt = next(rest, None)
        if nxt is not None and nxt.kind is Kind.TEXT and _vocab.LETTERHEAD_WORDS.match(nxt.text):
            # (the unit's lines: its name wrapped after a comma or a word that goes on, "Ministerie
            # van Volksgezondheid," / "Welzijn en Sport", and the unit under the ministry)
            for _ in range(_UNIT_LINES):
                name = nxt.text
                nxt = next(rest, None)
                if nxt is None or nxt.kind is not Kind.TEXT:
                    break
                more = _goes_on(name) or _vocab.LETTERHEAD_WORDS.match(nxt.text) is not None
                if not more or not _fits_colofon(nxt.text):
                    break
        if (
            nxt is not None
            and nxt.kind in (Kind.LABEL, Kind.LABEL_VALUE)
            and _vocab.known_label(nxt.label) is not None
        ):
            return True
        # an organisation's name without a unit word, or a unit's name wrapped where no word says
        # it goes on ("Rijkswaterstaat" / "Grote Projecten en Onderhoud", "Ministerie van
        # Klimaat en Groene" / "Groei"): a few short lines, none ending a sentence, then a label
        # ... and the unit's address under its name, not counted among them ("Rijnstraat 50" /
        # "Den Haag" / "Postbus 16375" / "2500 BJ Den Haag" / "Datum")
        rest = (
            ln
            for ln in self.lines[i + 1 :]
            if ln.kind is not Kind.BLANK and ln.text.casefold() not in _vocab.PURPOSE_MARKERS
        )
        # ... nor the wrapped rest of a name ("Ministerie van Klimaat en Groene" / "Groei",
        # "Directoraat-Generaal Klimaat en" / "Energie", as `_colofon_unit` joins them)
        names = addresses = wrapped = 0
        street = False
        prev = ""
        while names <= _UNIT_LINES and addresses <= _ADDRESS_LINES and wrapped <= _UNIT_LINES:
            nxt = next(rest, None)
            if nxt is None:
                return False
            if nxt.kind in (Kind.LABEL, Kind.LABEL_VALUE):
                return _vocab.known_label(nxt.label) is not None
            if nxt.kind is not Kind.TEXT or _ends_sentence(nxt.text):
                return False
            if not _fits_colofon(nxt.text) and not _vocab.LETTERHEAD_WORDS.match(nxt.text):
                return False
            if _is_address(nxt.text) or (street and _vocab.CITY_LINE.match(nxt.text) is not None):
                # (a street's city on a line of its own under it, "Den Haag")
                addresses += 1
                street = _vocab.STREET.match(nxt.text) is not None
            elif prev and _wraps_name(prev, nxt.text):
                wrapped += 1
                street = False
            else:
                names += 1
                street = False
            prev = nxt.text
        return False

    def _unplace(self, line: Line, why: str | None = None) -> None:
        self.unplaced.append(line.text)
        self._note(
            "unplaced-text",
            why
            or "Expected a field, heading, paragraph, list or table row; this line is none of them "
            "(kept in Nota.unplaced)",
            line,
        )

    def _spliced_paraph_rows(self, i: int) -> int:
        """The rows of the colofon's paraph table spliced into the body from line i on, as
        extractors that read the page row by row write them ("Parafenroute" / "DMB" / "" /
        "Beslispunten" / "" / "2-12" / "" / "DGM 3-12" / "SG"): blocks set apart by blank lines,
        every row an abbreviation and a date or a date alone, after a blank line, while a paraph
        label's value was read. They go on that value; returns the index after them (i where
        there are none)."""
        if i == 0 or self.lines[i - 1].kind is not Kind.BLANK:
            return i
        field = next((f for f in self.fields if _vocab.key(f.label) in _vocab.PARAPH_LABELS), None)
        if (
            field is None
            or not field.values
            # (the value read so far a row of the table, a few rows above: a paraph form's label
            # with another value, or a table in the body further on, keeps its rows)
            or not all(_vocab.PARAPH_CELL.match(value) for value in field.values)
            or not 0 < self.lines[i].number - field.line.number <= _PARAPH_SPLICE_ROWS
        ):
            return i
        rows: list[str] = []
        j = i
        while j < len(self.lines):
            text = self.lines[j].text
            kind = self.lines[j].kind
            if kind is Kind.BLANK:
                if j + 1 < len(self.lines) and self._paraph_cell(self.lines[j + 1]):
                    j += 1
                    continue
                break
            if not self._paraph_cell(self.lines[j]):
                return i  # (a block that holds anything else is the body's)
            rows.append(text)
            j += 1
        if not rows or (j < len(self.lines) and self.lines[j].kind is not Kind.BLANK):
            return i
        field.values.extend(rows)
        return j

    @staticmethod
    def _paraph_cell(line: Line) -> bool:
        return line.kind is Kind.TEXT and (
            _vocab.PARAPH_DATE.match(line.text) is not None
            or (_vocab.PARAPH_CELL.match(line.text) is not None and not _known_heading(line.text))
        )

    def _colofon_row(self, i: int) -> bool:
        """Whether the label row i (without a colon) is a whole colofon row: short, no sentence, and
        no text under it that could be more of its value or of a paragraph it opens (only a
        date's year wrapped alone, "Datum 8 december" / "2026")."""
        line = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            _fits_colofon(line.text)
            and not _ends_sentence(line.text)
            and (nxt is None or nxt.kind is not Kind.TEXT or _vocab.YEAR_ALONE.match(nxt.text) is not None)
        )

    def _contact_mark_row(self, line: Line, current: _PendingField | None) -> Line | None:
        """A text row under a contact's field (or its mark's) that is a one-letter contact mark with its value
        beside it in that mark's shape ("T 06 1234 5678", "E s.degraaf@minvws.nl",
        :func:`_vocab.contact_mark_value`): the row as the mark's label and value; else None."""
        mark, _, value = line.text.partition(" ")
        if (
            len(mark) != 1
            or not self.fields
            or current not in (None, self.fields[-1])
            or not self.fields[-1].values
            # (under the contact's field, or under its telephone's: "T 06 ..." / "E ...")
            or not (
                _vocab.key(self.fields[-1].label) in _vocab.CONTACT_LABELS or len(self.fields[-1].label) == 1
            )
            or not _vocab.contact_mark_value(mark, value)
        ):
            return None
        return attrs.evolve(line, kind=Kind.LABEL_VALUE, label=mark, rest=value.strip())

    def _contact_line_in_text(self, i: int) -> bool:
        """Whether the bare label on line i, in a section of a source that marks its headings (a
        PDF's page layout, which keeps the colofon apart), is a contact block's word written in
        the section's text ("Communicatie" / "De Kamerbrief wordt ... verstuurd." / "Contact" /
        "mr. J. de Vries, telefoon 06 12345678"): a contact label (`_vocab.CONTACT_LABELS`)
        printed without a colon over a row of text on its page. (In plain extracted text a
        colofon spliced into the body stands the same way: there it stays a label.)"""
        line = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            self.marked_headings
            and ":" not in line.text
            and _vocab.key(line.label) in _vocab.CONTACT_LABELS
            and _vocab.label_concept(line.label) is _vocab.Concept.OTHER
            and nxt is not None
            and nxt.kind is Kind.TEXT
            and nxt.page == line.page
        )

    def _spliced_field(self, i: int) -> int:
        """A colofon pair inside the body (the column spliced in, or a later page's colofon)."""
        line = self.lines[i]
        values = [line.rest] if line.kind is Kind.LABEL_VALUE else []
        interleaved: list[str] = []  # (a list of units' codes read interleaved with the body rows)
        # (whether the label's value is a list of units read in spliced text: tested once here,
        # not on every row the loop reads)
        units_list = self._spliced_text and _vocab.key(line.label) in _vocab.UNIT_LIST_LABELS
        j = i + 1
        if values and j < len(self.lines) and _year_wrapped(values[0], self.lines[j].text):
            # (a date's year wrapped under its day and month: "Datum 8 december" / "2026")
            values.append(self.lines[j].text)
            j += 1
        while line.kind is Kind.LABEL and j < len(self.lines):
            nxt = self.lines[j]
            words = nxt.text.split()
            if (
                not values
                and nxt.kind is Kind.TEXT
                and not _fits_colofon(nxt.text)
                and _ends_sentence(" ".join(words[: len(words) - _value_words_at_end(words)]))
                and (n := _value_words_at_end(words))
                and any(_vocab.GROUND_CODE.fullmatch(w.strip("[]()")) for w in words[-n:])
            ):
                # a body row too wide for the colofon, its sentence ended, then a ground code
                # ("... over de vergoeding. 10.2.e"): the code is the label's value
                values.append(" ".join(words[-n:]))
                self.lines[j] = _lines.classify(" ".join(words[:-n]), nxt.number, nxt.page)
                break
            if (
                not values
                and nxt.kind in (Kind.TEXT, Kind.ORDERED)
                and j + 1 < len(self.lines)
                and _COUNT_VALUE.match(self.lines[j + 1].text)
                and not _COUNT_VALUE.match(nxt.text)
                and _vocab.label_concept(line.label) is _vocab.Concept.ATTACHMENT_COUNT
            ):
                # the count on a line of its own under the body row read after the label
                # ("Bijlagen" / "zorgkantoorregio's." / "0", "Bijlagen" / "1. Akkoord gaan met
                # ..." / "2"): a count is the label's whole value, the row goes on the body
                self.lines[j], self.lines[j + 1] = self.lines[j + 1], nxt
                continue
            if (
                all(_vocab.unit_code(v.strip()) for v in values)
                and nxt.kind is Kind.TEXT
                and (codes := self._unit_codes_glued(j, line.label))
            ):
                # a list label's first unit glued to the next body row after its sentence's end,
                # the list's other units alone on the rows under it ("Kopie aan" / "... de
                # Kamerbrief voor. DWJZ" / "DCOM" / "FEZ"), also after units read alone ("Afgestemd
                # met" / "FEZ" / "... te ondertekenen. DJZ" / "DGOO"): the units are the label's
                # value, the body row goes on under them
                values.append(words[-1])
                row = _lines.classify(" ".join(words[:-1]), nxt.number, nxt.page)
                self.lines[j : j + codes] = [*self.lines[j + 1 : j + codes], row]
                continue
            if not values and _vocab.names_a_person(line.label) and (post := self._post_glued(j)):
                # a drafter's post glued to the next body row's end, the rest of it with its
                # unit under it ("Opgesteld door" / "... op Beleidsadviseur" / "... met de
                # Kamer kinderopvang DK"): the value, the body rows go on without it
                values.append(post[0])
                j = post[1]
                break
            if not values and units_list and self._codes_alone_under(j, line.label):
                # an empty list label of units, its codes interleaved with the body rows under
                # it, the first alone under a body row too wide for the colofon ("Kopie aan" /
                # "... Dit is zijn derde" / "DAM" / "bezoek aan Washington. DIO" / "AZ")
                interleaved, j = self._unit_codes_interleaved(j)
                values.extend(interleaved)
                break
            if not values and nxt.kind is Kind.TEXT and not _fits_colofon(nxt.text):
                if n := _spliced_value_at_end(words, line.label):
                    # the label's value printed beside the next body row, glued to its end
                    # ("Ons kenmerk" / "... In de vorige 5512345")
                    values.append(" ".join(words[-n:]))
                    self.lines[j] = _lines.classify(" ".join(words[:-n]), nxt.number, nxt.page)
                    break
                if self._value_under_row(j, line.label):
                    # the value on a line of its own under the next body row, inside its
                    # sentence ("Afgestemd met" / "... heeft de Tweede" / "DGPenV, DWJZ" /
                    # "Kamer de motie ..."): the value is read, the rows join up
                    self.lines[j], self.lines[j + 1] = self.lines[j + 1], nxt
                    continue
            if (
                nxt.kind not in (Kind.TEXT, Kind.ORDERED, Kind.GLYPH)
                or len(nxt.text.split()) > _MAX_VALUE_WORDS
                or not _fits_colofon(nxt.text)
            ):
                break
            if self._heading(j, None) is not None or (values and _complete(values, line.label, nxt.text)):
                break  # (a count, then the body row it stood beside goes on: "2" / "wordt u ...")
            if _none_then_title(values, line.label, nxt.text):
                break  # ("Bijlagen" / "geen" / "Deze nota is afgestemd met FEZ.": the body's next line)
            if values and _textless_marks(self.lines, j):
                break  # ("Bijlage(n)" / "0" / "1." / "2." / "–": a CSS renderer's list marks)
            if (
                values
                and nxt.text[:1].islower()
                and _ends_full_stop(nxt.text)
                and len(words) >= 3
                and _inside_sentence(self.lines, i)
            ):
                # the label was spliced at the end of a body row whose sentence goes on under
                # its value ("... treft u de brief aan Opgesteld door" / "Directie Woningmarkt" /
                # "waarmee u aan deze toezegging voldoet."): the row goes on the body's
                break
            if nxt.text[:1].islower() and not values:
                # the sentence the label was spliced into goes on under it ("De
                # voorraadverplichting Opgesteld door" / "moet per 1 januari ingaan. 5.1.2e"):
                # only a value by its form at the row's end is the label's
                n = _value_words_at_end(words)
                if n:
                    values.append(" ".join(words[-n:]))
                    self.lines[j] = _lines.classify(" ".join(words[:-n]), nxt.number, nxt.page)
                    break
                if _ends_full_stop(nxt.text) and len(words) >= 3:
                    break
            values.append(nxt.text)
            j += 1
        if len(values) == 1 and _vocab.names_a_person(line.label) and self._post_tail_under(j, values[0]):
            # a post without its unit, then a body row, then the post's rest alone on a row
            # ("Senior beleidsmedewerker" / "stijgt. Het ..." / "mantelzorg DMO"): the rest is
            # the value's, the body row goes on under it
            values.append(self.lines[j + 1].text)
            self.lines[j], self.lines[j + 1] = self.lines[j + 1], self.lines[j]
            j += 1
        elif len(values) == 1 and _vocab.names_a_person(line.label) and self._post_unit_glued(j, values[0]):
            # a post without its unit, then a body row whose sentence ends, the unit's code glued
            # after its full stop ("Senior beleidsmedewerker" / "... de Kamerbrief voor. OVS"):
            # the code is the value's, the body row goes on without it
            row = self.lines[j]
            head, _, code = row.text.rpartition(" ")
            values.append(code)
            self.lines[j] = _lines.classify(head, row.number, row.page)
        if (
            values
            and not interleaved
            and units_list
            and all(_vocab.unit_code(w) for v in values for w in v.split())
        ):
            tail, j = self._unit_codes_interleaved(j)
            values.extend(tail)
        self._add_spliced_field(line, line.label, _repair_value(join_value(values)))
        return j

    def _head_units_interleaved(self, start: int) -> int:
        """The head's last field a list of units ("Kopie aan" / "DB", "Parafenroute" / "DMB" /
        "DJZ"), its list going on in the body's first rows, interleaved with them
        (:meth:`_unit_codes_interleaved`): the codes go to its value. Returns where the body
        starts (after the rows of codes alone, taken out of it)."""
        if not self._spliced_text or not self.fields:
            return start
        field = self.fields[-1]
        if (
            _vocab.key(field.label) not in _vocab.UNIT_LIST_LABELS
            or not field.values
            or not all(_vocab.unit_code(w) for v in field.values for w in v.split())
        ):
            return start
        codes, start = self._unit_codes_interleaved(start)
        field.values.extend(codes)
        return start

    def _unit_codes_interleaved(self, j: int) -> tuple[list[str], int]:
        """The rest of a list of units read in the body, its rows interleaved with the body rows
        from line ``j`` on: each a unit's code alone on a row between two body rows ("... Dit is
        zijn derde" / "DAM" / "bezoek aan ..."), or glued to a body row's end after its sentence's
        full stop ("... aan Washington. DIO"), or glued to a row whose sentence goes on in lower
        case under the codes alone after it ("... asielzoekers en FEZ" / "SG" / "statushouders
        op."), with at most one body row between two of them. The codes are taken off the rows
        (a row alone goes up before line ``j``, read with the label, so the body rows join up):
        the codes and the line to read on from. A code inside the sentence with no code
        alone under it ("... het advies van de NVWA" / "heeft ..."), or opening a sentence that
        goes on in lower case ("... besproken. DGB" / "stelt voor ..."), is the body's."""
        lines = self.lines
        codes: list[str] = []
        gap = 0
        r = j
        while r < len(lines) and gap <= 1 and lines[r].kind in (Kind.TEXT, Kind.ORDERED):
            words = lines[r].text.split()
            body_around = (
                (r > j or gap) and r + 1 < len(lines) and lines[r + 1].kind in (Kind.TEXT, Kind.ORDERED)
            )
            if (
                lines[r].kind is Kind.TEXT
                and len(words) <= _MAX_ALONE_CODES
                and all(_vocab.unit_code(w) for w in words)
                and r > 0
                and lines[r - 1].kind in (Kind.TEXT, Kind.ORDERED)
                and lines[r - 1].page == lines[r].page
                and (body_around or r + 1 == len(lines) or self._heading(r + 1, None) is not None)
            ):
                codes.extend(words)
                row = lines[r]
                lines[j + 1 : r + 1] = lines[j:r]
                lines[j] = row
                j += 1
                gap = 0
                r += 1
                continue
            alone_after = r + 1
            while (
                alone_after < len(lines)
                and lines[alone_after].kind is Kind.TEXT
                and _vocab.unit_code(lines[alone_after].text)
            ):
                alone_after += 1
            goes_on = r + 1 < alone_after < len(lines) and lines[alone_after].text[:1].islower()
            if (
                len(words) >= _GLUED_UNIT_ROW_WORDS
                and _vocab.unit_code(words[-1])
                and (
                    (_ends_full_stop(words[-2]) and not self._next_text(r)[:1].islower())
                    or (goes_on and not _ends_sentence(words[-2]))
                )
            ):
                codes.append(words[-1])
                row = lines[r]
                lines[r] = _lines.classify(" ".join(words[:-1]), row.number, row.page)
                gap = 1
                r += 1
                continue
            gap += 1
            r += 1
        return codes, j

    def _codes_alone_under(self, j: int, label: str) -> bool:
        """Whether under an empty list label of units (`_vocab.UNIT_LIST_LABELS`) read in the
        body, body row ``j`` is too wide for the colofon and the row under it is units' codes
        alone ("... Dit is zijn derde" / "DAM" / "bezoek aan ..."): the label's list interleaved
        with the body rows (`_unit_codes_interleaved`). A code inside the row's sentence ("... de
        NVWA" / "heeft ...") is the body's."""
        lines = self.lines
        if (
            not self._spliced_text
            or _vocab.key(label) not in _vocab.UNIT_LIST_LABELS
            or j + 2 >= len(lines)
            or lines[j].kind is not Kind.TEXT
            or _fits_colofon(lines[j].text)
            or lines[j + 1].kind is not Kind.TEXT
            or lines[j + 2].kind not in (Kind.TEXT, Kind.ORDERED)
        ):
            return False
        words = lines[j + 1].text.split()
        return len(words) <= _MAX_ALONE_CODES and all(_vocab.unit_code(w) for w in words)

    def _post_glued(self, j: int) -> tuple[str, int] | None:
        """A drafter's post under its label spliced into the body, its first word glued to the end
        of body row j ("... legt u Coördinerend", `_vocab.DRAFTER_POST_WORDS`), the rest of it and
        its unit's code on the next row (`_lines.post_tail`), alone ("beleidsmedewerker DSB") or glued
        to that row's end too ("... met de Kamer kinderopvang DK"): the value and the line to read
        on from, the value's words taken off the body rows (a row alone goes before the body row,
        which goes on under it); None where the rows do not read so (a capitalised word ending a
        row with no post's rest under it is the body's: "... de Tweede Kamer"; so is one after an
        article, a noun phrase of the sentence: "... over het Strategisch" / "kader AWTI")."""
        lines = self.lines
        if not self._spliced_text or j + 1 >= len(lines):
            return None
        row, nxt = lines[j], lines[j + 1]
        words, after = row.text.split(), nxt.text.split()
        if (
            row.kind is Kind.TEXT
            and nxt.kind is Kind.TEXT
            and not _fits_colofon(row.text)
            and (n := _post_after_stop(words))
            and _vocab.UNIT_CODE.fullmatch(nxt.text.strip()) is not None
        ):
            # "... legt u een voorstel voor. Beleidsmedewerker" / "DWM": the post after the
            # sentence's full stop, its unit's code alone under it
            lines[j], lines[j + 1] = nxt, _lines.classify(" ".join(words[:-n]), row.number, row.page)
            return f"{' '.join(words[-n:])} {nxt.text.strip()}", j + 1
        if (
            j + 2 < len(lines)
            and row.kind is Kind.TEXT
            and nxt.kind is Kind.TEXT
            and lines[j + 2].kind is Kind.TEXT
            and not _fits_colofon(row.text)
            and _fits_colofon(nxt.text)
            and _post_without_unit(nxt.text.strip(), alone=True)
            and _unit_code_after_stop(tail := lines[j + 2].text.split(), self._next_text(j + 2), least=2)
        ):
            # "... De posten in het buitenland" / "Coördinerend beleidsadviseur" / "melden lange
            # wachttijden. DCV": the post alone on its row between two body rows, its unit's
            # code glued after the next row's full stop (a short row too, the end of the sentence
            # the row above left open: "per week. DLS"); the body rows join up without them
            rest = _lines.classify(" ".join(tail[:-1]), lines[j + 2].number, lines[j + 2].page)
            lines[j : j + 3] = [nxt, row, rest]
            return f"{nxt.text.strip()} {tail[-1]}", j + 1
        if (
            row.kind is not Kind.TEXT
            or nxt.kind is not Kind.TEXT
            or _fits_colofon(row.text)
            or len(words) < _GLUED_UNIT_ROW_WORDS
            or not words[-1][:1].isupper()
            or words[-1].casefold() not in _vocab.DRAFTER_POST_WORDS
            or words[-2].casefold() in _vocab.ARTICLES
        ):
            return None
        body = _lines.classify(" ".join(words[:-1]), row.number, row.page)
        if _fits_colofon(nxt.text) and _lines.post_tail(after, whole=True):
            lines[j], lines[j + 1] = nxt, body
            return f"{words[-1]} {nxt.text}", j + 1
        if not _fits_colofon(nxt.text) and (n := _lines.post_tail(after, whole=False)):
            lines[j] = body
            lines[j + 1] = _lines.classify(" ".join(after[:-n]), nxt.number, nxt.page)
            return " ".join([words[-1], *after[-n:]]), j
        return None

    def _post_tail_under(self, j: int, value: str) -> bool:
        """Whether under a drafter's value that is a post without its unit ("Senior
        beleidsmedewerker", its last word a post's, `_vocab.DRAFTER_POST_WORDS`) body row j stands,
        then the post's rest alone on a row (`_lines.post_tail`: "mantelzorg DMO")."""
        if not self._spliced_text or j + 1 >= len(self.lines) or not _post_without_unit(value):
            return False
        row, nxt = self.lines[j], self.lines[j + 1]
        return (
            row.kind is Kind.TEXT
            and not _fits_colofon(row.text)
            and nxt.kind is Kind.TEXT
            and _fits_colofon(nxt.text)
            and _lines.post_tail(nxt.text.split(), whole=True) > 0
        )

    def _post_unit_glued(self, j: int, value: str) -> bool:
        """Whether under a drafter's value that is a post without its unit ("Senior
        beleidsmedewerker", `_post_tail_under`) body row j ends a sentence with a unit's code
        glued after its full stop ("... de Kamerbrief voor. OVS"); a code inside the sentence
        ("... met de NCTV") or one the row's sentence ends in ("... de NCTV.") is the body's."""
        if not self._spliced_text or j >= len(self.lines) or not _post_without_unit(value):
            return False
        row = self.lines[j]
        return row.kind is Kind.TEXT and _unit_code_after_stop(row.text.split(), self._next_text(j))

    def _unit_codes_glued(self, j: int, label: str) -> int:
        """For a list label of units read in the body, bare: how many rows from line ``j`` on hold
        its units, the first glued to the end of body row ``j`` after a full stop ("... de
        Kamerbrief voor. DWJZ"), the others each a unit's code alone on a row under it ("DCOM" /
        "FEZ"); 0 where row ``j`` does not end so (a code inside the sentence, "... met de NCTV",
        is the body's)."""
        words = self.lines[j].text.split()
        if _vocab.key(label) not in _vocab.UNIT_LIST_LABELS or not _unit_code_after_stop(
            words, self._next_text(j)
        ):
            return 0
        end = j + 1
        while (
            end < len(self.lines)
            and self.lines[end].kind is Kind.TEXT
            and _vocab.unit_code(self.lines[end].text)
        ):
            end += 1
        return end - j

    def _next_text(self, j: int) -> str:
        """The text of the line after line ``j`` ("" after the last)."""
        return self.lines[j + 1].text if j + 1 < len(self.lines) else ""

    def _add_spliced_field(self, line: Line, label: str, value: str) -> None:
        """A colofon pair read in the body: a new field, or the value of a field read without one,
        or nothing where it repeats a field read before (a later page's colofon: furniture)."""
        key = _vocab.key(label)
        for existing in self.fields:
            if _vocab.key(existing.label) != key:
                continue
            known = existing.value.casefold()
            if existing.values and not known:
                continue  # (an empty box, the decision block's "Datum": the colofon's is another)
            if not known or known.startswith(value.casefold()):
                if not existing.values and value:
                    existing.values.append(value)
                return
        self.fields.append(_PendingField(label, line, [value] if value else []))

    def _colofon_after_page_lines(self, start: int) -> None:
        """The colofon column written after a page's footer, down to the page's end.

        Extractors that follow the content stream (pypdfium2, ``pdftotext -raw``) write the
        column where the page drew it last: after the body and its "Pagina 1 van 2" line come
        the column's purpose stamp, its unit's name and address, then its labels, each over its
        value or beside it ("TER ONDERTEKENING" / "Rijksvastgoedbedrijf" / "Datum:" / "13
        februari 2024" / "Dossiernummer" / "VRO-2024-0118" / ...). Where the lines from a page
        line to its page's end are such a column (two known labels or more, every line a part of
        it, :meth:`_page_colofon`), the stamp is the purpose, the lines before the first label
        are letterhead and the pairs are fields, labels outside the vocabulary kept as printed;
        a pair that repeats a field read before is furniture."""
        lines = self.lines
        numbers = [ln.number for ln in lines]
        for page_line in sorted(set(self.page_lines)):
            i = bisect.bisect_right(numbers, page_line, lo=start)
            if i <= start or i >= len(lines) or lines[i].page != lines[i - 1].page:
                continue
            end = i
            while end < len(lines) and lines[end].page == lines[i].page:
                end += 1
            found = _page_colofon(lines[i:end])
            if found is None:
                continue
            stamp, units, pairs, taken = found
            if stamp is not None:
                word = _fragments.parse_purpose(stamp.text)
                if self.purpose is None:
                    self.purpose = word
                elif word != self.purpose:
                    self._unplace(
                        stamp,
                        f"Expected one purpose line; {stamp.text!r} differs from the "
                        "purpose read before (kept in Nota.unplaced)",
                    )
            for entry in _address_groups(units):
                if entry not in self.letterhead:
                    self.letterhead.append(entry)
            for label_line, label, values in pairs:
                self._add_spliced_field(
                    label_line, _vocab.repaired_label(label), _repair_value(join_value(values))
                )
            for k in range(i, i + taken):
                lines[k] = attrs.evolve(lines[k], text="", kind=Kind.BLANK, label="", rest="")

    def _value_under_row(self, j: int, label: str) -> bool:
        """Whether the line under body row j is a colofon value standing inside the row's
        sentence: by its form a value of ``label`` (`_bare_value`), no full stop, the row not
        ending its sentence and a body row following."""
        if j + 2 >= len(self.lines) or _ends_sentence(self.lines[j].text):
            return False
        value, after = self.lines[j + 1], self.lines[j + 2]
        return (
            value.kind is Kind.TEXT
            and not value.text.endswith(".")
            and _bare_value(value.text, label)
            and after.kind is Kind.TEXT
            and not _fits_colofon(after.text)
        )

    def _quoted_message_head(self, i: int) -> int:
        """How many rows from ``i`` are the head of a message quoted in the body, or 0: in marked
        text (whose colofon the PDF reader kept apart), two or more `Label: value` rows, adjacent
        or one blank line apart, with an Aan and a Van row among them ("Van: Schuttevaer" /
        "Aan: Minister van IenW" / "Onderwerp: ..."), where the nota's Aan or Van was already
        read. A nota has one addressee and one sender: a second pair in its text is the quoted
        e-mail's or letter's."""
        if not self.marked_headings or not any(
            _vocab.label_concept(f.label) in _MESSAGE_HEAD for f in self.fields
        ):
            return 0
        j = end = i
        rows = 0
        concepts = set()
        while j < len(self.lines) and self.lines[j].kind is Kind.LABEL_VALUE and ":" in self.lines[j].text:
            concepts.add(_vocab.label_concept(self.lines[j].label))
            rows += 1
            end = j + 1
            # (rows set a little apart, a redaction box's height: one blank line between)
            j += 2 if j + 1 < len(self.lines) and self.lines[j + 1].kind is Kind.BLANK else 1
        return end - i if rows >= 2 and concepts >= _MESSAGE_HEAD else 0

    def _empty_box_at_end(self, i: int) -> bool:
        """Whether label line i, with no value, is the text's last line and repeats the label of
        a field read with a value: no colofon repeated (that repeats the value too) but an empty
        box of a form under the body's last section."""
        line, lines = self.lines[i], self.lines
        # (the lines after it looked at in place, up to the first with text: a copy of all of
        # them, for each label line of a long text, took an eighth of its parse())
        if line.rest or any(lines[j].kind not in (Kind.BLANK, Kind.PAGE) for j in range(i + 1, len(lines))):
            return False
        key = _vocab.key(line.label)
        return any(_vocab.key(f.label) == key and f.value for f in self.fields)

    def _repeats_field(self, line: Line) -> bool:
        """A label and value on one row equal to a field already read ("Datum 13 februari 2024"
        at the top of page 2): the colofon repeated, page furniture."""
        value = _repair_value(line.rest).casefold()
        label = _vocab.key(line.label)
        return any(_vocab.key(f.label) == label and f.value.casefold() == value for f in self.fields)

    def _attachments_over_list(self, i: int) -> bool:
        """Whether the bare attachment count label at row i ("Bijlagen", "Bijlage(n):"), after the
        body's sections, heads the list of the attachments' names that ends the text (blank and
        page lines aside): rows numbered 1 to n ("1 Conceptbrief ..." / "2 Advies ...", a number
        column, or "1." / "1)" marks), or bullets, two or more, none ending a sentence. A count is
        one number, a colofon's value a word or two on one row: a list of names to the text's end
        is no label's value but the attachments (read by :meth:`_listed_attachments`)."""
        line = self.lines[i]
        if line.kind is Kind.LABEL:
            if line.rest or _vocab.label_concept(line.label) is not _vocab.Concept.ATTACHMENT_COUNT:
                return False
        elif line.kind not in (Kind.TEXT, Kind.HEADING) or not _vocab.is_attachments_heading(
            line.text.rstrip(":")
        ):
            return False  # (the cheap test first: few rows are the attachments' heading)
        rows = [ln for ln in self.lines[i + 1 :] if ln.kind not in (Kind.BLANK, Kind.PAGE)]
        if len(rows) < 2 or any(_ends_full_stop(ln.text) for ln in rows):
            return False
        if all(ln.kind is Kind.BULLET for ln in rows):
            return len({ln.label for ln in rows}) == 1
        for n, ln in enumerate(rows, 1):
            m = _ROW_START.match(ln.text)
            if m is None or int(m[1]) != n or not m[2] or not m[2][:1].isupper():
                return False
        return True

    def _label_heading(self, i: int) -> bool:
        """A label word standing alone as a sub-heading in the body ("Deadline" over a paragraph):
        directly over a line too wide for a colofon value, after a blank line or, when no field
        of that label was read (a colofon label spliced into the body repeats one), after a
        sentence's end. Also a paraph's label after the body's text over the signatories' rows
        to the text's end (:meth:`_signatories_under`: "Paraaf" / "drs. M. de Groot"), the
        closing section as "Ondertekening" is."""
        line = self.lines[i]
        if line.kind is Kind.LABEL_VALUE:
            return self._signatories_under(i)  # ("Paraaf DG" / "ir. H.J. de Boer" / "18 juni 2025")
        if line.kind is not Kind.LABEL or i == 0 or i + 1 >= len(self.lines):
            return False
        if i == self._label_start:
            return True  # (the first section's heading, see _first_label_heading)
        if self._signatories_under(i):
            return True
        before, nxt = self.lines[i - 1], self.lines[i + 1]
        if (
            nxt.kind is Kind.TEXT
            and nxt.page == line.page
            and ":" not in line.text
            and nxt.text[:1] in _PARAPH_CAPITALS
            and _is_column_row(nxt.text)
            and before.kind is not Kind.LABEL
        ):
            return True  # "Parafenroute" over its table's column heads ("Functie  Naam  Paraaf  Datum")
        if not (
            nxt.kind is Kind.TEXT
            and not _fits_colofon(nxt.text)
            and len(nxt.text.split()) >= 8  # prose, not a long colofon value
            # (a row ending in the label's value by its form: the colofon spliced in)
            and not _spliced_value_at_end(nxt.text.split(), line.label)
        ):
            return False
        if before.kind is Kind.BLANK:
            return True
        label = _vocab.key(line.label)
        return (
            before.kind is Kind.TEXT
            and _ends_full_stop(before.text)
            and ":" not in line.text
            and _vocab.label_concept(line.label) is _vocab.Concept.OTHER
            and not any(_vocab.key(f.label) == label for f in self.fields)
        )

    def _signatories_under(self, i: int) -> bool:
        """Whether label line i is a paraph's (:data:`_vocab.SIGNATURE_LABELS`) with no value, or
        with one word of a post after it ("Paraaf DG", "Paraaf SG"), after a sentence's end and
        over nothing but the signatories' rows (:func:`_signatory_row`) to the text's end: the
        closing section's heading ("Paraaf" / "" / "drs. M. de Groot" / "mr. P.A. Jansen"), as
        "Ondertekening" over the same rows, not an empty field of the head with the names left
        in the last section. A paraph with its value ("Paraaf: J. de Vries") stays a field."""
        line, lines = self.lines[i], self.lines
        if _vocab.key(line.label) not in _vocab.SIGNATURE_LABELS:
            return False
        if line.rest and not (len(line.rest.split()) == 1 and line.rest.isalpha() and ":" not in line.text):
            return False
        above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].kind is not Kind.BLANK), None)
        if above is None or above.kind is not Kind.TEXT or not _ends_full_stop(above.text):
            return False
        rows = [ln for ln in lines[i + 1 :] if ln.kind not in (Kind.BLANK, Kind.PAGE)]
        return 0 < len(rows) <= _SIGNATORY_ROWS and all(_signatory_row(ln.text) for ln in rows)

    def _purpose_heading(self, i: int) -> bool:
        """A purpose phrase in the body, not in capitals, over a paragraph ("Ter informatie" /
        "De stuurgroep heeft ..."): a sub-heading, not the nota's purpose line. Not where a nota
        without a purpose has its colofon's labels follow ("Ter beslissing" / "Ministerie van
        ..." / "Datum", the colofon column written after the body): that stamp is the purpose."""
        line = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            not line.text.isupper()
            and line.text[:1].isupper()
            and nxt is not None
            and nxt.kind is Kind.TEXT
            and nxt.text[:1].isupper()
            and not (self.purpose is None and self._colofon_follows(i))
        )

    def _body_line(self, line: Line) -> None:
        """Lines whose meaning does not depend on the zone: footnotes, table rows, signatures."""
        if line.kind is Kind.FOOTNOTE and line.rest:
            self.footnotes.append(Footnote(number=int(line.label), text=line.rest, origin=_origin(line)))
        elif line.kind is Kind.ROW:
            self._row(line)
        else:
            self._unplace(line)

    def _rows_follow(self, line: Line) -> bool:
        """Whether a table row with a number in its first cell comes after a header row (blank
        lines and page breaks between)."""
        at = next((k for k, ln in enumerate(self.lines) if ln is line), None)
        if at is None:
            return True
        for nxt in self.lines[at + 1 :]:
            if nxt.kind in (Kind.BLANK, Kind.PAGE):
                continue
            cells = _canon.split_row(nxt.text) if nxt.kind is Kind.ROW else None
            return bool(cells) and cells is not None and cells[0].isdecimal()
        return False

    def _row(self, line: Line) -> None:
        """An explicit table row "| 1 | Naam | Informatie |" (the header row is skipped)."""
        cells = _canon.split_row(line.text)
        if cells and cells[0].casefold() in _vocab.TABLE_NUMBER_WORDS:
            if not self._rows_follow(line):
                # a header row with no row under it: its words are kept
                self.unplaced.append(" ".join(c for c in cells if c))
                self._note("empty-table", _EMPTY_TABLE, line)
            return
        if (
            cells is None
            or len(cells) not in (2, 3)
            or not cells[0].isdecimal()
            or int(cells[0]) < 1  # (rows are numbered from 1: "| 0 |" is no attachment's row)
            or not cells[1]
        ):
            self._unplace(line)
            return
        # (a cell wrapped in layout text keeps its line-end hyphen: "beschikbaarheid- bijdrage")
        info = join_wrapped([_lines.normalise(cells[2])]) if len(cells) == 3 and cells[2].strip() else None
        name = join_wrapped([_lines.normalise(cells[1])])
        self.attachments.append(Attachment(number=int(cells[0]), name=name, info=info, origin=_origin(line)))

    def _stroke_first_row(self, j: int) -> re.Match[str] | None:
        """The first row of an attachment table whose 1 an OCR engine read as a stroke ("l.
        Kamerbrief ...", "| Kamerbrief ...", "I. ..."; :data:`_vocab.OCR_STROKES`), read as row 1
        where the next line is row 2 (the column's numbers in sequence); None otherwise."""
        text = self.lines[j].text
        stroke = _STROKE_ROW.match(text)
        if stroke is None:
            return None
        nxt = next((ln for ln in self.lines[j + 1 :] if ln.kind is not Kind.BLANK), None)
        if nxt is None:
            return None
        two = _ROW_START.match(nxt.text)
        if two is None or two[1] != "2" or not two[2]:
            return None
        return _ROW_START.match(f"1{stroke[1]} {stroke[2]}")

    def _beyond_count(self, number: int) -> bool:
        """Whether row ``number`` is more than the colofon's Bijlage(n) says there are."""
        for field in self.fields:
            if _vocab.label_concept(field.label) is _vocab.Concept.ATTACHMENT_COUNT:
                count = _fragments.parse_attachment_count(join_wrapped(field.values))
                return count is not None and number > count
        return False

    def _table(self, i: int) -> int:
        """attachment table := header ("Naam" | "Informatie" | row-start | cell-text)*"""
        j = i + 1
        row: list[str] | None = None
        number = 0
        start = self.lines[i]
        rows: list[tuple[int, list[str], Line]] = []
        infos: dict[int, str] = {}  # a row's information cell, where the table has that column
        info_column = late_column = False
        # the header's words: the information column's head ("Openbaar") may be followed by the
        # ground column's ("Woo-grond"), on the header's line or on lines of their own
        head_words = start.text.casefold().split()
        while len(head_words) > 1 and head_words[-1] in _vocab.TABLE_GROUND_WORDS:
            head_words.pop()
        ground = len(head_words) < len(start.text.split())
        info_named = head_words[-1] in _vocab.TABLE_INFO_WORDS
        answers = head_words[-1] in _vocab.YES_NO_INFO_WORDS
        blanks = 0
        # the table read column by column (pdfminer's text boxes): the numbers first, each cell a
        # line of its own after them; None while the rows come one by one
        by_column: list[tuple[bool, list[Line]]] | None = None  # (an information cell?, its lines)
        info_after = False  # the information column's head read after cells: its cells follow
        info_head = ""  # the information column's head read on a line of its own before rows
        two_info = False  # a second information column's head under it ("Kenmerk" / "Openbaar")
        boxed = False  # the table read column by column has its cells set apart by blank lines
        while j < len(self.lines):
            line = self.lines[j]
            k = line.kind
            if k is Kind.BLANK:
                blanks += 1
                j += 1
                continue
            gap = (
                bool(rows)
                and (
                    blanks >= 2
                    or line.page != rows[-1][2].page
                    # a blank line, then a sentence of its own: the text after the table
                    or (blanks == 1 and line.text[:1].isupper() and _is_prose_sentence(line.text))
                )
            )
            after_blank, blanks = blanks > 0, 0
            low = line.text.casefold()
            # (the header's other cells, each on its line or together on one: "Naam Informatie"
            # after a first cell its narrow column wrapped, "Volgnumm" / "er"; once the header
            # has named its third column, a line of such a word is a row's cell: "Openbaar"
            # under a table headed "Nr. Titel Openbaar", "Kenmerk" under "... Informatie")
            words = set(low.split())
            if (
                low
                and not rows
                and (info_named or info_column or words & _vocab.TABLE_INFO_WORDS)
                and words & _vocab.TABLE_GROUND_WORDS
                and words <= _vocab.TABLE_INFO_WORDS | _vocab.TABLE_GROUND_WORDS
            ):
                # the ground column's head after the information column's ("Openbaar" /
                # "Woo-grond", or "Openbaar Woo-grond" under "Nr. Titel"): its cells join the
                # information cell
                ground = True
                info_column = info_column or not info_named
                answers = answers or bool(words & _vocab.YES_NO_INFO_WORDS)
                j += 1
                continue
            if (
                info_head
                and not rows
                and not two_info
                and low in _vocab.TABLE_INFO_WORDS
                and low != info_head
                and self.lines[j - 1].text.casefold() == info_head
            ):
                # a second information column's head right under the first ("Nr." / "Titel" /
                # "Kenmerk" / "Openbaar"), the header read cell by cell: each row's last two
                # cells are its information, as in the layout's two-information header
                two_info = True
                answers = answers or low in _vocab.YES_NO_INFO_WORDS
                j += 1
                continue
            if (
                low
                and words <= _vocab.TABLE_NAME_WORDS | _vocab.TABLE_INFO_WORDS
                and not (words & _vocab.TABLE_INFO_WORDS and (info_named or info_column or late_column))
            ):
                if not rows and low in _vocab.TABLE_INFO_WORDS:
                    info_head = low
                if words & _vocab.TABLE_INFO_WORDS:
                    answers = answers or bool(words & _vocab.YES_NO_INFO_WORDS)
                    # the column's head read after rows: its cells follow, their rows unknown
                    info_column, late_column = not rows, bool(rows)
                    info_after = bool(by_column)
                j += 1
                continue
            if by_column is not None:
                after = _ROW_START.match(line.text) if not by_column else None
                if after and not after[2] and int(after[1]) == number + 1 and not gap:
                    number += 1  # (the column of numbers goes on, "3" under "1" / "2")
                    rows.append((number, [], line))
                    j += 1
                    continue
                if gap or k in (Kind.LABEL, Kind.LABEL_VALUE, Kind.FOOTNOTE, Kind.SIGNATURE):
                    break
                if self._next_footnote(j):
                    self._footnote_end = j  # (the page's notes under the table)
                    break
                info = info_after or _info_cell(line)
                last = by_column[-1] if by_column else None
                if last and last[1][-1].number == line.number:
                    # a cell that starts with a known heading, "Uitvoeringstoets RVO", split as a
                    # value beside a heading (see below): the cell as printed
                    value = last[1].pop()
                    last[1].append(attrs.evolve(line, text=f"{line.text} {value.text}"))
                elif last and (
                    line.text[:1].islower()
                    or (line.text[:1].isdigit() and _FOOTNOTE_LINE.match(line.text) is None)
                    or (info_after and not _info_cell(line))
                    # (pdfminer sets its boxes apart by blank lines: a name's line right under a
                    # name cell's line is that cell's, "Kamerbrief bij aanbieding evaluaties
                    # College voor de" / "Rechten van de Mens"; a column's information cells
                    # may share one box, each opening with a purpose or a status)
                    or (
                        boxed
                        and not info
                        and not last[0]
                        and not after_blank
                        and self.lines[j - 1] is last[1][-1]
                    )
                ):
                    # a cell's wrapped line ("arbeidsmarktkrapte", "2024 en gaat ..."; not a
                    # note under the table, "1 Advies ..."); in the information column each cell
                    # opens with a purpose or a status
                    last[1].append(line)
                elif _column_cells_full(
                    by_column, sum(not cells for _, cells, _ in rows), len(rows), info_like=info
                ):
                    break  # (each row has its name, and its information where the table gives it)
                else:
                    by_column.append((info, [line]))
                j += 1
                continue
            if (
                k is Kind.PURPOSE
                and row
                and not gap
                and not late_column
                and not line.text.isupper()
                # (in a table with no information column, a stamp over the colofon's unit and
                # labels is the colofon written after the table: "Ter ondertekening" /
                # "Ministerie van ..." / "Datum")
                and (info_column or info_named or not self._colofon_follows(j))
            ):
                # "Ter ondertekening" under a row's name: the row's information cell
                if info_column and number not in infos:
                    infos[number] = line.text
                else:
                    row.append(line.text)
                j += 1
                continue
            if (
                k is Kind.LABEL_VALUE
                and row
                and (
                    (info_column and number not in infos)
                    # (or its information cell read at the end of the row's first line)
                    or (info_named and _purpose_before_wrap([*row, line.text]) is not None)
                )
                and not gap
                and _vocab.key(line.label) in _vocab.PROSE_LABELS
                and _fits_colofon(line.text)
            ):
                # "Antwoorden op de Kamervragen van het lid" / "Van der Berg" / "Ter
                # ondertekening": a name's wrapped line that opens with a label's word, before
                # the row's information cell, or after it, read at the end of the row's first
                # line ("1 Antwoorden op de Ter ondertekening" / "Kamervragen van het lid" / "Van
                # der Berg")
                row.append(join_wrapped([line.label, line.rest]))
                j += 1
                continue
            if k in (Kind.LABEL, Kind.LABEL_VALUE, Kind.FOOTNOTE, Kind.SIGNATURE, Kind.PURPOSE):
                break
            if (
                not (row and line.text[:1].islower())  # (a row's cell wrapped: "aanbeveling")
                and self._heading(j, None) is not None
                and not (row is not None and not row)
            ):
                previous = self.lines[j - 1]
                if row and previous.number == line.number and previous.text == row[-1]:
                    # a cell that starts with a known heading, "Uitvoeringstoets RVO", was split
                    # off its row's end as a value beside a heading (:func:`_split_heading_value`)
                    # before the table was known: the row's cell, as printed ("2 Uitvoeringstoets
                    # UWV" the next row's start)
                    joined = f"{line.text} {row.pop()}"
                    if (m := _ROW_START.match(joined)) and int(m[1]) == number + 1:
                        number += 1
                        row = [m[2]]
                        rows.append((number, row, line))
                    else:
                        row.append(joined)
                    j += 1
                    continue
                # (a row's number read alone, cell by cell, is followed by the row's name: a name
                # that is also a known heading, "2" / "Uitvoeringstoets", is that cell)
                break
            m = _ROW_START.match(line.text)
            if k is Kind.ORDERED:
                m = _ROW_START.match(f"{line.label} {line.rest}".strip())
            if m is None and not rows and by_column is None:
                m = self._stroke_first_row(j)
            if gap and not (m and int(m[1]) == number + 1):
                break  # after a wide gap or a page break only the next row continues the table
            if rows and not (m and int(m[1]) == number + 1) and self._next_footnote(j):
                self._footnote_end = j  # the page's footnotes follow the last row directly
                break
            over = rows and m and int(m[1]) == number + 1 and self._beyond_count(number + 1)
            if over and self._next_footnote(j):
                self._footnote_end = j  # "3 Kamerstukken II ..." after rows 1-2 of "Bijlage(n): 2"
                break
            if (
                info_column
                and rows
                and number in infos
                and not (m and int(m[1]) == number + 1)
                and _vocab.names_organisation(line.text)
            ):
                # the last row's information cell read, then a line naming a ministry or unit
                # ("Ministerie van Volksgezondheid, ..."): the colofon written after the table,
                # no more of the row's name
                break
            if m and int(m[1]) == number + 1:
                if rows and row == [] and not m[2] and by_column is None and not gap:
                    # "1" / "2" / "3", the next row's number under an empty row: the table read
                    # column by column, its cells after all its numbers (set apart by blank
                    # lines, each cell a box of its own: pdfminer)
                    by_column = []
                    boxed = after_blank
                number += 1
                row = [m[2]] if m[2] else []
                rows.append((number, row, line))
            elif row is not None:
                row.append(line.text)
            elif len(line.text.split()) <= 2 and j - i <= 3:
                # a stray colofon value between the header and the first row ("2" of Bijlage(n))
                if self.fields and not self.fields[-1].values:
                    self.fields[-1].values.append(line.text)
                elif not any(join_wrapped(f.values) == line.text for f in self.fields):
                    self._unplace(line)  # (a value repeated from page 1's colofon is furniture)
            else:
                break
            j += 1
        if by_column:
            # pdfminer groups a table's cells into a box per column or per cell, so the names may
            # come before the information cells or alternate with them: each kind in order
            name_cells = [c for is_info, c in by_column if not is_info]
            info_cells = [c for is_info, c in by_column if is_info]
            # (the rows read before the column of numbers went on have their names: "1" /
            # "Kamerbrief ..." / "2" / "3" / the names of rows 2 and 3)
            unnamed = [r for r in rows if not r[1]]
            for (_, row_cells, _), printed_lines in zip(unnamed, name_cells, strict=False):
                row_cells.extend(ln.text for ln in printed_lines)
            if len(info_cells) == len(rows):
                for (n, _, _), info_lines in zip(rows, info_cells, strict=True):
                    infos[n] = join_wrapped([ln.text for ln in info_lines])
            for cell in name_cells[len(unnamed) :] + (info_cells if len(info_cells) != len(rows) else []):
                for ln in cell:
                    self._unplace(ln)
        with_info = info_column or info_named
        empty: list[tuple[Line, str | None]] = []  # the rows with no name (and their information)
        for n, row_cells, line in rows:
            # (a ground code on a line of its own, "5.1.1b", is no reference: it joins the answer
            # before it, "Nee" or "Nee,")
            cells = _ground_cells(row_cells) if ground or answers else row_cells
            if info_column and n not in infos and len(cells) >= 2 and _is_cell_reference(cells[-1]):
                # the table read cell by cell, a column of references ("Kenmerk"): the row's
                # last line, one token with digits ("2024Z12345"), is its information cell
                infos[n] = cells.pop()
            if (
                info_named
                and n not in infos
                and cells
                and head_words[-1] in _vocab.TABLE_REFERENCE_WORDS
                and (at_end := _reference_at_end(cells[-1])) is not None
            ):
                # "1 Draft Foreign Ministers' Statement, 9 January 2027 BZ2612346" under "Nr. Titel
                # Kenmerk": the row's last token, of a reference's form, is its information cell
                cells = [*cells[:-1], at_end[0]]
                infos[n] = at_end[1]
            if (
                two_info
                and n not in infos
                and len(cells) >= 3
                and _is_cell_reference(cells[-2])
                and _vocab.ANSWER_CELL.match(cells[-1]) is not None
            ):
                # ("Besluit op de Woo-verzoeken" / "50912281" / "Ja": the reference and whether
                # it is made public, one information cell)
                infos[n] = f"{cells[-2]} {cells[-1]}"
                cells = cells[:-2]
            if (
                late_column
                and answers
                and n not in infos
                and len(cells) >= 2
                and _vocab.ANSWER_CELL.fullmatch(cells[-1])
            ):
                # the answering column's head read after the first row's name ("Nr. Naam" / "1" /
                # "Kamerbrief ..." / "Openbaar?" / "Ja" / "2" / ...): a row's last line that is an
                # answer alone is its information cell
                infos[n] = cells.pop()
            printed = cells
            if with_info and n not in infos and (at := _purpose_cell(cells)):
                # "Ter informatie, niet openbaar" / "Ter informatie; de toets is ..." on a line
                # of its own after the name's lines (the table read cell by cell): the row's
                # information cell, its wrapped lines after it, as a bare "Ter informatie" is
                printed, infos[n] = cells[:at], join_wrapped(cells[at:])
            split = None
            if with_info and n not in infos:
                split = _disclosure_cell(cells, answers=answers, ground=ground)
            if split is not None:
                printed, infos[n] = split
            name = join_wrapped(printed)
            purpose = _vocab.PURPOSE_AT_END.search(name) if with_info and n not in infos else None
            if purpose is not None and purpose[1] in _vocab.PURPOSES and purpose.start():
                # "1 Nader rapport Ter ondertekening": the row's information cell on its row
                infos[n] = name[purpose.start() + 1 :]
                name = name[: purpose.start()]
            elif with_info and n not in infos and (wrapped := _purpose_before_wrap(printed)):
                name, infos[n] = wrapped
            elif (
                with_info
                and n not in infos
                and not (answers or ground or head_words[-1] in _vocab.TABLE_REFERENCE_WORDS)
                and (cut := _info_after_short_line(printed))
            ):
                name, infos[n] = join_wrapped(printed[:cut]), join_wrapped(printed[cut:])
            if name:
                attachment = Attachment(number=n, name=name, info=infos.get(n), origin=_origin(line))
                self.attachments.append(attachment)
            else:
                self._note("empty-attachment", f"attachment {n} has no name (kept in Nota.unplaced)", line)
                empty.append((line, infos.get(n)))
        if len(empty) == len(rows):
            # no row with a name ("1." alone under the heads), or no row at all: the header's words
            # are no table's, and the numbers of the empty rows are kept with them
            self.unplaced.append(start.text)
            if not rows:
                self._note("empty-table", _EMPTY_TABLE, start)
        for row_line, row_info in empty:
            self.unplaced.append(row_line.text if row_info is None else f"{row_line.text} {row_info}")
        return j


def _info_after_short_line(cells: list[str]) -> int:
    """Where a row's information cell starts, its table read a cell a line (the name's lines,
    then the information's: "Aanbiedingsbrief aan de Tweede" / "Kamer" / "Hiermee wordt het" /
    "programmaplan aangeboden en" / ...): at the last line opening with a capital under a line
    that ends no sentence and is short, the first word of that line fitting on it with room to
    spare (a cell's wrapped line is full: its next word did not fit; the name's last line need
    not be). 0 where no line is so (also for a row of no lines: "1." alone under the heads)."""
    if not cells:
        return 0
    widest = max(len(c) for c in cells)
    for at in range(len(cells) - 1, 0, -1):
        before, text = cells[at - 1], cells[at]
        if (
            text[:1].isupper()
            and not before.rstrip(_CLOSERS).endswith((".", ":", ";"))
            and len(before) + 1 + len(text.split()[0]) <= _SHORT_CELL_LINE * widest
        ):
            return at
    return 0


#: The share of a table row's widest line that a cell's line with the next line's first word on
#: it stays within where the cell ended there (see :func:`_info_after_short_line`).
_SHORT_CELL_LINE: Final = 0.8


def _purpose_before_wrap(cells: list[str]) -> tuple[str, str] | None:
    """A row read across its cells, line by line, whose name wraps: the information cell stands
    at the end of the row's first line, the name's next lines under it ("1 Antwoorden op de Ter
    ondertekening" / "Kamervragen van het lid"). The name and the purpose, or None."""
    for at, cell in enumerate(cells[:-1]):
        purpose = _vocab.PURPOSE_AT_END.search(cell)
        if purpose is not None and purpose[1] in _vocab.PURPOSES and purpose.start():
            rest = [cell[: purpose.start()], *cells[at + 1 :]]
            return join_wrapped(cells[:at] + rest), cell[purpose.start() + 1 :]
    return None


def _info_cell(line: Line) -> bool:
    """Whether a line of an attachment table read cell by cell opens a row's information cell: a
    purpose ("Ter informatie", "Ter informatie, niet openbaar") or a disclosure status or answer
    ("Openbaar", "Nee, 5.2 Woo")."""
    return (
        line.kind is Kind.PURPOSE
        or _vocab.PURPOSE_CELL.match(line.text) is not None
        or _vocab.ANSWER_CELL.match(line.text) is not None
    )


def _column_cells_full(
    cells: list[tuple[bool, list[Line]]], unnamed: int, rows: int, *, info_like: bool
) -> bool:
    """Whether the cells read after a table's column of numbers give each of its ``unnamed``
    rows a name (a row read before the column went on has its name), and each of its ``rows``
    rows information too where the table has it (the next cell, ``info_like`` or not, is then
    no more of the table)."""
    info = sum(is_info for is_info, _ in cells)
    return len(cells) - info >= unnamed and (info >= rows or not info_like)


def _purpose_cell(cells: list[str]) -> int:
    """The index of a row's information cell that names a purpose and goes on after a comma or
    semicolon ("Ter informatie, niet openbaar"), after the name's lines; 0 when there is none."""
    for at, text in enumerate(cells[1:], 1):
        if (m := _vocab.PURPOSE_CELL.match(text)) is not None and m[1] in _vocab.PURPOSES:
            return at
    return 0


def _ground_cells(cells: list[str]) -> list[str]:
    """A row's printed lines with a ground cell read on a line of its own ("5.1.1b") joined to
    the answer or status cell on the line before it ("Nee"): one information cell, "Nee 5.1.1b"."""
    out: list[str] = []
    for text in cells:
        if (
            out
            and text[:1].isdigit()
            and _vocab.GROUND_CELL.fullmatch(text) is not None
            and _vocab.GROUND_ANSWER_CELL.search(out[-1]) is not None
        ):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _disclosure_cell(
    cells: list[str], *, answers: bool = False, ground: bool = False
) -> tuple[list[str], str] | None:
    """A row's printed lines without its information cell, a disclosure status, and that cell.

    Read cell by cell, the status stands on a line of its own after the name's lines; read row by
    row, it ends the row's first line and the name's wrapped lines follow. A status going on after
    a comma takes the lines after it too (its column's wrapped lines, written after the name's).
    ``answers``: the column's head asks whether the attachment is public ("Openbaar"), its cells
    answering "Ja" or "Nee" ("Nee, 5.2 Woo"). ``ground``: a ground column ("Woo-grond") follows
    it, and the cell is the answer or status ("Deels" too) with the ground codes after it ("Nee
    5.1.1b", :data:`_vocab.GROUND_ANSWER_CELL`).
    """
    if ground:
        pattern = _vocab.GROUND_ANSWER_CELL
    else:
        pattern = _vocab.ANSWER_CELL if answers else _vocab.DISCLOSURE_CELL
    for at, text in enumerate(cells):
        m = pattern.search(text)
        if m is None:
            continue
        before = text[: m.start()].rstrip()
        if text[m.end() :].startswith(","):
            name, info = [*cells[:at], before], join_wrapped([text[m.start() :], *cells[at + 1 :]])
        else:
            name, info = [*cells[:at], before, *cells[at + 1 :]], m[0]
        name = [c for c in name if c]
        return (name, info) if name else None
    return None


#: The fewest characters and digits of a reference at a table row's end ("BZ2612346",
#: "2024Z12345", "50912281"): a year or a number of a title ("2027", "nr. 561") is shorter.
_ROW_REFERENCE_CHARS: Final = 6
_ROW_REFERENCE_DIGITS: Final = 4
#: A period of years at a title's end ("2026-2030", "2025/2026", "2025/26"): the title's, no
#: reference (groups: the first year, the last one, in full or its last two digits).
_YEAR_SPAN: Final = re.compile(r"((?:19|20)\d\d)[-\u2013/]((?:19|20)?\d\d)")
#: The most years a period at a title's end spans.
_YEAR_SPAN_MOST: Final = 50


def _is_year_span(token: str) -> bool:
    """Whether a token is a period of years, its last year after its first ("2026-2030")."""
    m = _YEAR_SPAN.fullmatch(token)
    if m is None:
        return False
    first, last = int(m[1]), int(m[2])
    if len(m[2]) == 2:
        last += first - first % 100
    return 0 < last - first <= _YEAR_SPAN_MOST


def _reference_at_end(text: str) -> tuple[str, str] | None:
    """A row's text split before its last token when that token has a reference's form: one
    token of six characters or more, four digits or more among them, a letter or digit last;
    no period of years ("Uitvoeringsagenda 2026-2030": the title's end)."""
    name, _, last = text.rpartition(" ")
    if (
        not name
        or len(last) < _ROW_REFERENCE_CHARS
        or not last[-1].isalnum()
        or sum(c.isdigit() for c in last) < _ROW_REFERENCE_DIGITS
        or _is_year_span(last)
    ):
        return None
    if name.endswith(" /") and (coded := _CODED_REFERENCE.search(f"{name} {last}")) is not None:
        return text[: coded.start()].rstrip(), coded[0]  # "... Omnibus  DGED-DE / 27004513"
    return name, last


#: A reference of a unit's code, a slash and a number: "DGED-DE / 27004513", "DJZ/2027001234".
_CODED_REFERENCE: Final = re.compile(r"(?<!\S)[A-Z][A-Z0-9&-]+ ?/ ?\d{4,}$")


def _is_cell_reference(text: str) -> bool:
    """A reference alone in a table cell: one token holding a digit ("47123990", "2024Z12345"),
    or a unit's code, a slash and a number ("DGED-DE / 27004513")."""
    if " " not in text:
        return any(c.isdigit() for c in text)
    return "/" in text and _CODED_REFERENCE.fullmatch(text) is not None


def _table_head_cell(lines: list[Line], i: int) -> bool:
    """Whether line i is the number cell of an attachment table's header read cell by cell:
    "Nr." (or "Nummer") alone, the name column's head ("Titel", "Naam") the next line with text."""
    text = lines[i].text
    if len(text) > 11 or text.casefold() not in _vocab.TABLE_NUMBER_WORDS:
        return False
    j = _filled(lines, i + 1)
    return j < len(lines) and lines[j].text.casefold() in _vocab.TABLE_NAME_WORDS


#: A cell of a table of amounts: a number, its sign or euro sign before it, a per cent sign or a
#: word of scale after it ("12,0", "2024", "€ 3,2", "15%", "-0,4", "€ 85 miljoen").
_AMOUNT: Final = (
    r"[-+\u2212\u20ac]?\s?\d[\d.,]*%?"
    rf"(?:\s(?:{'|'.join(re.escape(unit) for unit in _vocab.AMOUNT_UNITS)})(?!\w))?"
)
#: An empty cell of a table of amounts, a dash: "Tijdvak 2  -  € 16.000.000  € 8.000.000".
_EMPTY_CELL: Final = r"[-\u2013\u2014](?=\s|$)"
_EMPTY_CELLS: Final = frozenset("-\u2013\u2014")
#: A row of a table of amounts or years: a short lead ("Uitvoering UWV", "Post") and two or more
#: amounts ("12,0   14,5", "2024 2025", "2025  € 85 miljoen").
_NUMBER_ROW: Final = re.compile(
    rf"^(?:(?P<lead>[^\d\s][^.:;!?]{{0,60}}?)\s)?(?:{_AMOUNT}|{_EMPTY_CELL})(?:\s+(?:{_AMOUNT}|{_EMPTY_CELL}))+$"
)
_DIGIT: Final = re.compile(r"\d")
#: An amount alone on its line, a table's cell (cheap tests first: its length and first sign).
_AMOUNT_CELL: Final = re.compile(_AMOUNT)
_AMOUNT_CELL_LETTERS: Final = 16
_AMOUNT_CELL_FIRST: Final = frozenset("0123456789-+\u2212\u20ac")
#: The fewest amounts under a lead cell that make a row of a table written a cell a line.
_CELL_ROW_AMOUNTS: Final = 2
#: A year over a table's column of amounts ("Kanaal  2026  2027"): its header row's last cells.
_HEAD_YEAR: Final = re.compile(r"(?:19|20)\d\d")
#: A table's last row of one amount under rows of amounts: a short label and its amount
#: ("Totaal 32,0", "Totaal  € 125 miljoen").
_TOTAL_ROW: Final = re.compile(rf"^(?P<lead>[^\W\d_][^.:;!?\d]{{0,40}}?)\s(?:{_AMOUNT})$")
#: The most words of a table's header row over rows of amounts ("Jaar  Bedrag (x € 1 mln)").
_TABLE_HEAD_WORDS: Final = 6


def _is_number_row(text: str) -> bool:
    if _DIGIT.search(text) is None:
        return False  # (each row of amounts has a digit, in an amount: the cheap test first)
    m = _NUMBER_ROW.match(text)
    lead = m["lead"] or "" if m is not None else ""
    # (a row's lead is a capitalised label: "zie Kamerstuk 35 300" is a wrapped sentence)
    if m is None or len(lead.split()) > 6 or lead[:1].islower():
        return False
    cells = text[len(lead) :].split()
    # (empty cells, dashes, only beside two amounts or more: "Tijdvak 3  -  -  € 14.000.000  € 9.000.000")
    return not any(cell in _EMPTY_CELLS for cell in cells) or sum(cell[-1:].isdigit() for cell in cells) >= 2


def _table_head(lines: list[Line]) -> bool:
    """Whether the last of ``lines`` is a table's header row standing over rows of amounts: a
    few capitalised words ending no sentence ("Jaar  Bedrag", "Post  Bedrag (x € 1 mln)"), the
    paragraph's first line or after a line that ends a sentence or introduces the table with a
    colon (not the wrapped start of a sentence that runs on in the numbers)."""
    head = lines[-1].text
    return (
        head[:1].isupper()
        and len(head.split()) <= _TABLE_HEAD_WORDS
        and not _ends_sentence(head)
        and not head.endswith(",")
        and (len(lines) == 1 or _ends_sentence(lines[-2].text))
    )


def _purpose_words_in_sentences(lines: list[Line]) -> list[Line]:
    """A purpose's words not in capitals alone on a row inside a sentence ("Hierbij wordt de
    conceptbrief" / "ter informatie" / "aan u voorgelegd."): the row above goes on (words, no
    sentence's end) and the row under it goes on in lower case, so the row is the sentence's
    middle, wrapped there, and stays body text; only a purpose line of its own is the purpose."""
    out = list(lines)
    for k in range(1, len(out) - 1):
        line, above, below = out[k], out[k - 1], out[k + 1]
        if (
            line.kind is Kind.PURPOSE
            and not line.text.isupper()
            and above.kind is Kind.TEXT
            and len(above.text.split()) >= 2
            and not _ends_sentence(above.text)
            and below.kind is Kind.TEXT
            and below.text[:1].islower()
        ):
            out[k] = attrs.evolve(line, kind=Kind.TEXT, label="", rest="")
    return out


def _cell_rows(lines: list[Line]) -> list[Line]:
    """A table of amounts whose cells an extractor wrote a line each (PyMuPDF: "Rijk" / "412" /
    "438" / "Waterschappen" / "412" / "438"): each lead cell and the amounts under it one row
    ("Rijk 412 438"), where two rows or more are so; else the lines as they are."""
    if sum(_is_amount_cell(ln.text) for ln in lines) < 2 * _CELL_ROW_AMOUNTS:
        return lines
    out: list[Line] = []
    made = 0
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and _is_amount_cell(lines[j].text):
            j += 1
        lead = lines[i].text
        if (
            j - i - 1 >= _CELL_ROW_AMOUNTS
            and lead[:1].isupper()
            and len(lead.split()) <= _TABLE_HEAD_WORDS
            and not _ends_sentence(lead)
            and not _is_amount_cell(lead)
        ):
            out.append(attrs.evolve(lines[i], text=join_wrapped([ln.text for ln in lines[i:j]])))
            made += 1
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out if made >= 2 else lines


def _is_amount_cell(text: str) -> bool:
    """An amount alone on its line ("412", "€ 10,74", "-520", "2027"): a table's cell."""
    return (
        len(text) <= _AMOUNT_CELL_LETTERS
        and text[:1] in _AMOUNT_CELL_FIRST
        and _AMOUNT_CELL.fullmatch(text) is not None
    )


def _table_rows_apart(lines: list[Line]) -> list[tuple[list[Line], bool]]:
    """A paragraph's lines cut around the rows of a table of amounts: two or more lines in a row
    that each end in two or more numbers ("Post  2024  2025" / "Handhaving  3,2  3,4") are
    rows, each its own paragraph (one wrapped line ending "Kamerstuk 34 338" is no table)."""
    lines = _cell_rows(lines)
    rows = [_is_number_row(ln.text) for ln in lines]
    chunks: list[tuple[list[Line], bool]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if j - i >= 2:
            if chunks and not chunks[-1][1] and _table_head(chunks[-1][0]):
                # the header row over the amounts ("Jaar  Bedrag"), after the sentence that
                # introduces the table: a row too
                chunks.append(([chunks[-1][0].pop()], True))
                if not chunks[-2][0]:
                    del chunks[-2]
            chunks.extend(([ln], True) for ln in lines[i:j])
            if j < len(lines) and (total := _TOTAL_ROW.match(lines[j].text)) and total["lead"][:1].isupper():
                chunks.append(([lines[j]], True))  # "Totaal  32,0": the table's last row
                j += 1
            i = j
            continue
        if chunks and not chunks[-1][1]:
            chunks[-1][0].append(lines[i])
        else:
            chunks.append(([lines[i]], False))
        i += 1
    last = chunks[-1][0] if chunks and not chunks[-1][1] else []
    if len(last) >= 2 and last[-1].text[-1:].isdigit():
        # the paragraph's last line a table's header row ("... ongeoormerkte bijdragen." /
        # "Kanaal  2026  2027", or its cells a line each), the rows under it set apart by blank
        # lines: a row, no more of the sentence that ended above it (its last numbers years: a
        # sentence may end in a reference's, "Kamerstuk 31 288")
        k = len(last) - 1
        while k > 0 and not _ends_full_stop(last[k - 1].text) and len(last) - k <= _TABLE_HEAD_WORDS:
            k -= 1
        tail = last[k:]
        head = join_wrapped([ln.text for ln in tail])
        if (
            k > 0
            and _ends_full_stop(last[k - 1].text)
            and tail[0].text[:1].isupper()
            and all(_HEAD_YEAR.fullmatch(w) for w in head.split()[-2:])
            and _is_number_row(head)
        ):
            del last[k:]
            chunks.append(([attrs.evolve(tail[0], text=head)], True))
    return chunks


def _origin(line: Line) -> Origin:
    return Origin(page=line.page, line=line.number)


def _ordinary_measure(lines: list[Line]) -> list[Line]:
    """The lines without those of pages set to a much wider measure than the narrowest page of
    the body (a landscape page's rows, a wide table's): their long rows would make every row of
    the portrait pages look short, and a full row that ends a sentence end its paragraph. Only
    pages with enough rows of text, and rows of 40 characters or more, count; without two of them,
    or when the wide pages hold half the rows or more, all lines."""
    per_page: dict[int, list[int]] = {}
    for ln in lines:
        if ln.kind is Kind.TEXT:
            per_page.setdefault(ln.page, []).append(len(ln.text))
    tenths = {  # (a page's rows: the length nine in ten of them reach at most)
        page: sorted(lengths)[int(len(lengths) * 0.9) - 1]
        for page, lengths in per_page.items()
        if len(lengths) >= _MEASURED_ROWS
    }
    widths = {page: width for page, width in tenths.items() if width >= _BODY_MEASURE}
    if len(widths) < 2:
        return lines
    narrow = min(widths.values())
    wide = {page for page, w in widths.items() if w > _WIDER_MEASURE * narrow}
    rows = sum(len(lengths) for lengths in per_page.values())
    # (the wide pages are the exception, fewer than half the rows: a page of a narrow table
    # is no measure for the others)
    if not wide or 2 * sum(len(per_page[page]) for page in wide) >= rows:
        return lines
    return [ln for ln in lines if ln.page not in wide]


def _wrapped_rows(lines: list[Line]) -> list[Line]:
    """The rows of text that a paragraph's next row follows (wrapped rows, which show the body's
    measure), where there are enough of them to measure by; else all lines. A row standing alone
    is no measure: a table's row written as a paragraph of its own (a landscape page's wide
    table, read cell by cell into one long row) or a one-line paragraph."""
    wrapped = [ln for ln, nxt in itertools.pairwise(lines) if ln.kind is Kind.TEXT and nxt.kind is Kind.TEXT]
    return wrapped if len(wrapped) >= _MEASURED_ROWS else lines


def _typical_width(lines: list[Line]) -> int:
    lengths = sorted(len(ln.text) for ln in lines if ln.kind is Kind.TEXT)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]


#: The most digits of a page number of a bundle of published documents ("Pagina 45 van 312"): a
#: longer number alone at a page's edge is a document number.
_PAGE_NUMBER_DIGITS: Final = 4
#: The most rows of text of a page that stops short: a withheld page's notice.
_LONE_PAGE_ROWS: Final = 2
#: The most digits of a page number standing first on its page (a year, "2025", may head a column
#: of a table that plain pdftotext printed from a page's top).
_TOP_NUMBER_DIGITS: Final = 3
#: A count of attachments as a colofon value: a number of one or two digits.
_COUNT_VALUE: Final = re.compile(r"^\d{1,2}$")
#: The fewest words of a main-column row a glued count is split off (a row of the title or text).
_GLUED_COUNT_ROW_WORDS: Final = 4
#: The fewest words of a body row with a list label's unit glued to its end ("... voor. DWJZ").
_GLUED_UNIT_ROW_WORDS: Final = 4
#: The fewest words of a title's row a row-by-row extractor set beside the colofon's address.
_TITLE_BESIDE_ADDRESS_WORDS: Final = 3
#: The most words of a colofon value standing alone between two body rows ("DGPenV, DWJZ",
#: "12 maart 2024", "5.1.2e 5.1.2e").
_BARE_VALUE_WORDS: Final = 4
#: The share of the typical row width a heading's row reaches when the extractor wrapped it (a
#: bold heading fits fewer letters on a row than the body's text).
_HEADING_WRAPPED: Final = 0.6
#: The letters that mark sub-headings ("a. Gevolgen ...", "b. Maatregelen ...").
_LETTERS: Final = frozenset("abcdefgh")
_LETTER_HEADING: Final = re.compile(r"^([a-h])[.)] +[A-Z\u00c0-\u00de]")
#: The most words of a letter-marked sub-heading after its mark.
_LETTER_HEADING_WORDS: Final = 8
#: The most words of an option's heading ("Optie A: bijdrage per behandeling met jaarmaximum").
_OPTION_HEADING_WORDS: Final = 12
_OPTION_INITIALS: Final = frozenset(word[0].upper() for word in _vocab.OPTION_WORDS)
#: How many lines away the sub-heading with the letter before or after it is looked for.
_LETTER_SIBLING_SPAN: Final = 80
#: The most words of a heading over prose that stands alone after a blank line
#: (:meth:`_Reader._long_heading_alone`), and the most of the text's measure it fills.
_LONG_HEADING_WORDS: Final = 7
_LONG_HEADING_SHARE: Final = 0.6
#: The most words of a wrapped heading's last row (a heading is a line or two, not a paragraph).
_HEADING_TAIL_WORDS: Final = 8
#: Longer than a printed row of a nota's main column (about 110 characters at most): a line this
#: long is a paragraph written out unwrapped.
_UNWRAPPED: Final = 160
#: The share of the typical row width a row and the next row's first word must stay under for the
#: row to have ended its paragraph (proportional letters make full rows vary about this much).
_FITS: Final = 0.93
#: The body's text rows needed for its typical width to be known that closely.
_MEASURED_ROWS: Final = 12
#: How much wider than the body's narrowest page's a page's typical row is when the page is set
#: to another measure (landscape: about 1.4 times as wide).
_WIDER_MEASURE: Final = 1.3
#: The fewest characters of a page's usual row for the page to measure the body (a page of narrow
#: cells or words set one per row, as an extractor may write a table, is no measure).
_BODY_MEASURE: Final = 40


#: A lettered list item in marked text: a small letter, a full stop and the item's text.
_MARKED_LETTER_ITEM: Final = re.compile(r"^([a-z])\. (\S.*)$")
#: An item lettered past h ("j) een rapportage"), which the line classifier leaves as text.
_LATER_LETTER_ITEM: Final = re.compile(r"^([i-z])[.)]\s+(\S.*)$")


def _mark_items(out: list[Line], run: list[tuple[int, re.Match[str]]]) -> None:
    """Make the lines of ``run`` (each line's index in ``out`` and its match: the mark, then the
    item's text) the items of one ordered list, the marks kept, when the run has two or more: a
    single mark counts on from nothing and may be a name's initial or a word of the text."""
    if len(run) >= 2:
        for k, m in run:
            out[k] = attrs.evolve(out[k], kind=Kind.ORDERED, label=m[1], rest=m[2])


#: A line of marked text opening with a capital letter and a full stop: "A. Nederland steunt ...".
_CAPITAL_ITEM: Final = re.compile(r"^([A-Z])\. (\S.*)$")
#: The first item of a list lettered in capitals, as it stands at a line start in marked text.
_CAPITAL_ITEM_START: Final = "\nA. "


def _capital_items(prepared: list[Line]) -> list[Line]:
    """Items lettered in capitals in marked text ("A. Nederland steunt ..." / "B. ..." / "C. ...",
    the options of a decision): a line opening with "A. " and, in the same section, later lines
    opening with "B. ", "C. " ... in order, two or more, are the items of one list (the marks
    kept). A capital and a full stop at a line start is also a name's initial ("M. Rutte"), so a
    line is an item only as part of such a run counting on from A; headings are marked in this
    text, so "A. Aanleiding" as a heading is not at stake here."""
    out = list(prepared)
    run: list[tuple[int, re.Match[str]]] = []  # (index, match) of the items so far

    for k, line in enumerate(prepared):
        if line.kind in (Kind.HEADING, Kind.TITLE):
            _mark_items(out, run)
            run = []
        elif line.kind is Kind.TEXT and (m := _CAPITAL_ITEM.match(line.text)) is not None:
            if m[1] == "A":
                _mark_items(out, run)
                run = [(k, m)]
            elif run and ord(m[1]) == ord(run[-1][1][1]) + 1:
                run.append((k, m))
    _mark_items(out, run)
    return out


#: A line of extracted text opening with a capital letter or a capital roman numeral and a full
#: stop or bracket: "A. Nederland steunt ...", "II) De kosten ...".
_PLAIN_CAPITAL_ITEM: Final = re.compile(r"^([A-Z]|[IVX]{2,5})[.)]\s+(\S.*)$")
#: The first marks of such a list (a cheap test over the whole text before the pattern).
_PLAIN_CAPITAL_MARKS: Final = ("A. ", "A) ", "I. ", "I) ")
#: Where a list lettered in capitals or numbered in capital roman numerals can start.
_PLAIN_CAPITAL_START: Final = re.compile(r"(?m)^[ \t]*[AI][.)][ \t]")


#: The first mark of a list lettered in capitals alone on its line ("A." / "Nederland steunt
#: ..."), as MuPDF prints a mark that is a run of its own (see _LONE_TEXT_MARKS).
_LONE_CAPITAL_START: Final = re.compile(r"(?m)^[ \t]*[AI][.)][ \t]*$")
_LONE_CAPITAL_MARK: Final = re.compile(r"^(?:[A-Z]|[IVX]{2,5})[.)]$")


def _join_lone_capital_marks(prepared: list[Line]) -> list[Line]:
    """A capital mark alone on its line ("A.", "II.") and the line of text under it on its page
    are one line, the mark before its item's text ("A. Nederland steunt ..."); whether the marks
    count on as a list's is :func:`_plain_capital_items`'s to decide."""
    out: list[Line] = []
    skip = False
    for k, line in enumerate(prepared):
        if skip:
            skip = False
            continue
        after = prepared[k + 1] if k + 1 < len(prepared) else None
        if (
            line.kind is Kind.TEXT
            and _LONE_CAPITAL_MARK.match(line.text)
            and after is not None
            and after.kind is Kind.TEXT
            and after.page == line.page
        ):
            out.append(attrs.evolve(line, text=f"{line.text} {after.text}"))
            skip = True
            continue
        out.append(line)
    return out


def _plain_capital_items(prepared: list[Line]) -> list[Line]:
    """Items lettered in capitals ("A. ..." / "B. ..." / "C. ...", the options of a decision) or
    numbered in capital roman numerals ("I." / "II." / "III.") in extracted text: a line opening
    with "A." or "I." and later lines opening with the marks that count on from it, two or more,
    are the items of one list (the marks kept), as :func:`_capital_items` reads marked text.

    A capital and a full stop at a line start is also a name's initial ("M. Jansen", a name in
    the form of a contact's) or the mark of a lettered heading ("B. Toelichting"): such a line is
    no item, and a known heading, marked or bare, ends the run (the next section's "A." starts
    a list of its own)."""
    out = list(prepared)
    run: list[tuple[int, re.Match[str]]] = []  # (index, match) of the items so far

    for k, line in enumerate(prepared):
        if line.kind is not Kind.TEXT:
            continue
        m = _PLAIN_CAPITAL_ITEM.match(line.text)
        if m is None:
            if run and len(line.text) <= 80 and _vocab.is_known_heading(line.text):
                _mark_items(out, run)
                run = []
            continue
        if _vocab.PERSON_WITH_INITIALS.match(line.text) or _vocab.is_marked_known_heading(line.text):
            _mark_items(out, run)
            run = []
        elif m[1] in ("A", "I"):
            _mark_items(out, run)
            run = [] if _inside_sentence(prepared, k) and not _heading_like(prepared, k - 1) else [(k, m)]
        elif run and m[1] in _canon.next_marks([item[1] for _, item in run]):
            run.append((k, m))
    _mark_items(out, run)
    return out


#: The longest row of a paraph table's column heads ("Paraaf  Naam  Datum  Handtekening").
_FORM_ROW_LENGTH: Final = 60
#: The most words of a row under a paraph or decision table's heads ("DG Fiscale Zaken").
_FORM_ROW_WORDS: Final = 5
#: The most words a column of a paraph table's row holds ("DG Volkshuisvesting en Bouwen").
_FORM_CELL_WORDS: Final = 3
#: The first letters of the question words and of a paraph table's column heads (cheap tests).
_QUESTION_INITIALS: Final = frozenset(word[0] for word in _vocab.QUESTION_WORDS)
_PARAPH_CAPITALS: Final = frozenset(initial.upper() for initial in _vocab.PARAPH_COLUMN_INITIALS)
#: The most words of a question heading printed without its question mark.
_QUESTION_HEADING_WORDS: Final = 16
#: The fewest words of the first row of a heading that wrapped (it fills most of the column).
_WRAPPED_HEADING_WORDS: Final = 6
#: The most words of a known heading's second line where a narrow margin column wrapped it
#: ("Geadviseerd" / "besluit"); its first line has one more at most.
_HEADING_TAIL_ROW_WORDS: Final = 2
#: The longest first line of such a wrapped heading ("4. Financiële", "Geadviseerd").
_HEADING_WRAP_CHARS: Final = 40
#: How far above a line a colon that introduces a list is looked for: the line may be one of its
#: items, their glyphs lost (each item a row or two).
_LIST_INTRO_ROWS: Final = 8
#: The words of a form's label to fill in ("Paraaf MBZK:", "Paraaf directeur-generaal:").
_FORM_LABEL_WORDS: Final = 4
#: How far below a list's first item the next item is looked for (an item wraps over a few rows).
_NEXT_ITEM_ROWS: Final = 8


def _counted_on(lines: list[Line], i: int) -> bool:
    """Whether the item on line i opens a list whose next item follows ("a) ..." then "b) ...",
    "(1) ..." then "(2) ..."): the list's first mark after a line that ends no sentence (a short
    heading the reader has not found yet, "Opties" / "a) ...") is a mark, not a word of that
    line's sentence, when the marks count on."""
    label = lines[i].label
    if not _opens_list(label):
        return False
    following = _canon.next_marks([_plain_mark(label)])
    for line in lines[i + 1 : i + 1 + _NEXT_ITEM_ROWS]:
        if line.kind is Kind.ORDERED:
            return _plain_mark(line.label) in following
    return False


#: The most words of a line that may be a heading the reader has not found yet ("Opties").
_HEADING_LIKE_WORDS: Final = 4


def _heading_like(lines: list[Line], i: int) -> bool:
    """Whether line i may be a heading standing alone (the reader finds unknown headings later):
    a few capitalised words after a blank line or a sentence's end, not a sentence's start that
    runs on ("Het overleg werd gevoerd met mw." / "A. Bakker ...")."""
    line = lines[i]
    before = lines[i - 1] if i > 0 else None
    return (
        line.text[:1].isupper()
        and len(line.text.split()) <= _HEADING_LIKE_WORDS
        and _INITIAL_AT_END.search(line.text) is None
        and (before is None or before.kind is not Kind.TEXT or _ends_sentence(before.text))
    )


def _pair_boxes(prepared: list[Line]) -> list[Line]:
    """A decision block's check boxes printed apart from their options, as a row-by-row extractor
    gives them: "☐ ☐ ☐ Akkoord Niet akkoord Besproken" on one row, or the options' row over a row
    of as many boxes ("Akkoord Niet akkoord Besproken" / "☐ ☐ ☐"). Each box goes with the option
    in its place, a row of its own ("☐ Akkoord"), as a decision's options are read."""
    out: list[Line] = []
    for line in prepared:
        m = _vocab.BOXES_THEN_OPTIONS.match(line.text) if line.text[:1] in _vocab.BOX_GLYPH_CHARS else None
        if m is None:
            out.append(line)
            continue
        boxes = m[1].split()
        options = _vocab.DECISION_OPTION_ANY.findall(m[2])
        above = out[-1] if out else None
        if not options and above is not None and _vocab.OPTIONS_ROW.match(above.text):
            options = _vocab.DECISION_OPTION_ANY.findall(above.text)
            if len(options) == len(boxes):
                out.pop()  # (the options' row goes into the pairs)
        if len(options) != len(boxes):
            out.append(line)
            continue
        out.extend(
            _lines.classify(f"{box} {option}", line.number, line.page)
            for box, option in zip(boxes, options, strict=True)
        )
    return out


def _opens_list(label: str) -> bool:
    """Whether an item's mark is the first of its numbering: "1", "a", "A", "i", "I", "(1)"."""
    return any(start == 1 for _, start in _canon.mark_readings(_plain_mark(label)))


#: The fewest words of a sentence starting a paragraph under a list of short names ("Zie
#: bijlage."); one word with a full stop is a wrapped name's end (see `_SectionBuilder`).
_LEAST_PARAGRAPH_WORDS: Final = 2


def _short_name_item(text: str) -> bool:
    """Whether an item's text is a few capitalised words, no sentence nor clause ("Kosten",
    "Preventie en voorlichting"), ending in no word that leaves it open ("Ministerie van")."""
    return (
        text[:1].isupper()
        and text[-1:].isalnum()
        and len(text.split()) <= _HEADING_TAIL_WORDS
        and not _ends_with_continuation(text)
    )


def _plain_mark(label: str) -> str:
    """An item's mark as the numbering reads it: "03" -> "3", "(a" / "a" -> "a"."""
    mark = label.strip("()")
    return str(int(mark)) if mark.isdecimal() else mark


def _reads_all(numbering: _canon.Numbering, marks: list[str]) -> bool:
    """Whether ``numbering`` can read every mark (in any order)."""
    return all(any(reading[0] == numbering for reading in _canon.mark_readings(m)) for m in marks)


def _same_numbering(marks: list[str]) -> bool:
    """Whether one numbering (decimal, letters, roman numerals) can read every mark: "1" "2" "a"
    cannot, so the lettered items start a list of their own."""
    return any(_reads_all(numbering, marks) for numbering, _ in _canon.mark_readings(marks[0]))


def _numbering(marks: list[str], count: int) -> tuple[_canon.Numbering, int]:
    """The numbering and first number of an ordered list of ``count`` items printed with ``marks``
    (the marks as they stand, also those whose text was not found).

    The first mark gives them; a mark that is both a letter and a roman numeral ("i", "v", "x")
    is read in the numbering that all the list's marks share ("h." "i." letters, "i." "ii." roman
    numerals; :func:`_canon.read_marks`). Marks that do not count on by one (an item lost in
    extraction, "1." "1." "2.") still give the first number; a list that would run past what its
    numbering can write (letters past z) is numbered 1, 2, 3.
    """
    if marks and all(marks):
        exact = _canon.read_marks(marks)
        readings = [exact] if exact else _canon.mark_readings(marks[0])
        for numbering, start in readings:
            if start < 1 or not _reads_all(numbering, marks):
                continue  # (a list counted from "0." has no first number the model can hold)
            last = _canon.LAST_NUMBER[numbering]
            if last is None or start + count - 1 <= last:
                if _canon.lettered_roman(numbering, start, count):
                    continue  # (one item marked i, v or x is roman)
                return numbering, start
    return "1", 1


class _SectionBuilder:
    """Collects a section's lines into paragraphs and lists."""

    def __init__(
        self,
        heading: str,
        number: str | None,
        line: Line,
        width: int,
        *,
        guess: bool = True,
        measured: bool = False,
        layout: bool = False,
        lone_pages: frozenset[int] = frozenset(),
    ) -> None:
        #: Guess lists from a colon and markers from bare numbers and dashes; off for marked text,
        #: whose list items carry their "•" or "1." markers.
        self.guess = guess
        self.heading = heading
        self.number = number
        self.line = line
        self.width = width
        #: Whether the width was measured over enough rows to tell a full row from one with room.
        self.measured = measured
        #: The text is layout text (rows kept at their widths: a short row is a short line).
        self.layout = layout
        #: Pages of one or two lines of text (a page withheld under the Woo, its notice alone:
        #: "Deze pagina is geheel gelakt op grond van 5.1.1c"): no sentence runs on from them.
        self.lone_pages = lone_pages
        self.blocks: list[Block] = []
        self.para: list[Line] = []
        self.items: list[list[Line]] = []
        self.ordered = False
        #: The printed marks of an ordered list ("3", "c", "iii") in the order they stand, also of
        #: markers waiting for their text (which may come after the next item's), for its numbering.
        self.marks: list[str] = []
        #: Whether the open list's last mark was printed after an opening bracket ("(a)").
        self.bracketed = False
        self.queued = 0  # markers seen alone on their line, waiting for their text
        self.queued_page = 0  # the page of the last of them
        self.boxes: list[str] = []  # of the queued markers: the check box, or "" for a bullet
        #: The queued markers' lines while no item came, each with whether a blank line stood
        #: before it: a number alone with no item after it is text (:meth:`_numbers_as_text`).
        self.queued_lines: list[tuple[Line, bool]] = []
        self.open_item = False  # the last item can take continuation lines
        #: Rows of a paraph or decision table are being read (:meth:`_form_row`).
        self.form_rows = False
        #: The number of column heads of the paraph or decision table being read.
        self.form_heads = 0
        self.blank = False
        #: Blank lines between the heading and the section's first line of text (None: not yet
        #: counted, no text came).
        self.lead_blanks: int | None = None
        #: The lines of each paragraph flushed as one paragraph, in order; None once a block was
        #: read that is no such paragraph (a list, a table's rows, an implicit list).
        self.paragraphs: list[list[Line]] | None = []
        #: Blank lines in a row just read: marked text has two only where the reader knows the
        #: paragraph ended at a page break (its page stopped short: no sentence runs on from it).
        self.blanks = 0

    def continues_list(self, number: str) -> bool:
        """Whether ``number`` is the next number of the ordered list being read."""
        if not (self.items and self.ordered and not self.para and number.isdecimal()):
            return False
        marker = self.items[-1][0].label
        return marker.isdecimal() and int(number) == int(marker) + 1

    def add(self, line: Line) -> None:
        """block := paragraph | list; one line at a time."""
        k = line.kind
        if k is Kind.BLANK:
            self.blank = True
            self.blanks += 1
            return
        if self.lead_blanks is None:
            self.lead_blanks = self.blanks
        after_blank, self.blank = self.blank, False
        ended, self.blanks = self.blanks >= 2 and not self.guess, 0
        if k is Kind.GLYPH and _vocab.CHECK_BOX_ALONE.match(line.text):
            k = Kind.BULLET  # "☐" / "Akkoord" / "☐" / "Niet akkoord": the options of a decision
            line = attrs.evolve(line, kind=k, label=line.text, rest="")
        if k is Kind.GLYPH:
            return
        if not self.guess and k is Kind.BULLET and line.label != "\u2022":
            # marked text writes every bullet as "•": a line starting with a dash is text (a
            # paragraph that continues on a new page with "– ...")
            k = Kind.TEXT
            line = attrs.evolve(line, kind=k)
        if not self.guess and k is Kind.ORDERED and not line.rest:
            # marked text writes an item's number with its text: a bare "5." is the wrapped end of
            # the line above ("... Kamerstuk 34 338, nr." / "5."), also across a page break
            k = Kind.TEXT
            line = attrs.evolve(line, kind=k)
        if (
            k is Kind.TEXT
            and self.ordered
            and self.items
            and not self.para
            and line.text[1:2] in (".", ")")
            and (item := _LATER_LETTER_ITEM.match(line.text))
            and item[1] in _canon.next_marks(self.marks)
        ):
            # "i) ...;" / "j) ...": a letter past h is an item only where it is the next mark of
            # the open lettered list (alone, "p." or "s." at a line start is more often text)
            k = Kind.ORDERED
            line = attrs.evolve(line, kind=k, label=item[1], rest=item[2])
        if k in (Kind.BULLET, Kind.ORDERED):
            ordered = k is Kind.ORDERED
            mark = _plain_mark(line.label) if ordered else ""
            if line.rest or not self.guess:
                # (a mark alone waits for its item's text, which ends the paragraph: marks an
                # extractor printed apart at a page's end may have none, see below)
                self._flush_para()
            if self.items and (
                self.ordered != ordered
                # a numbered list is followed by a lettered one (its sub-items), or the other way
                # round: two lists, each keeping its printed marks
                or (ordered and not _same_numbering([*self.marks, mark]))
                # marks printed in another form, an opening bracket or none ("a)" "b)" then
                # "(a)" "(b)"): a list of their own, its numbering starting again
                or (ordered and self.ordered and self.bracketed != line.text.startswith("("))
            ):
                self._flush_list()
            self.ordered = ordered
            self.bracketed = line.text.startswith("(")
            # a check box stays in its item's text: "☒ Akkoord" says which option was ticked
            box = line.label if _vocab.CHECK_BOX_ALONE.match(line.label) else ""
            self.marks.append(mark)
            if line.rest:
                self.items.append([attrs.evolve(line, text=join_wrapped([box, line.rest]))])
                self.open_item = True
            else:
                self.queued += 1
                self.queued_page = line.page
                self.boxes.append(box)
                self.open_item = False
                if not self.items:
                    self.queued_lines.append((line, after_blank))
            return
        self.queued_lines = []  # (a line came after the markers: their item's text)
        if self.queued and not self.items and self.guess and line.page != self.queued_page:
            # list marks alone at a page's end, their item's text on a later page: an extractor
            # that follows the content stream prints the marks a CSS renderer (WeasyPrint) draws
            # after the page's text apart at its end ("•" / "•" after the colofon and the
            # notes); the next page's first paragraph is no item of theirs
            self.queued = 0
            self.boxes = []
            self.marks = []
        last = self._last_line()
        # a blank line ends a block, unless an unfinished sentence continues in lower case
        # (a page break reads as a blank line: a sentence that goes on across it is joined)
        broken = after_blank and not (
            last is not None
            and not _ends_sentence(last.text)
            and (not line.text[:1].isupper() or self._full_over_page(last, line))
            # (in marked text only a page break is such a blank line: "De directeur-generaal,"
            # / blank / "drs. P. de Vries" are two blocks)
            and (self.guess or line.page != last.page)
            and not ended
        )
        if last is not None and line.page != last.page and last.page in self.lone_pages:
            broken = True  # (the next page's text goes on from the page before the lone one)
        # (also in marked text: a list's last item and the paragraph after it can stand without
        # a blank line between them)
        new_sentence = last is not None and self._new_sentence_line(last, line)
        if (
            self.items
            and not self.para
            and not new_sentence
            and not self.queued
            and last is not None
            and self._closed_list(last, line)
        ):
            new_sentence = True
        if (
            self.guess
            and last is not None
            and last.text.endswith(",")
            and _vocab.SIGNATORY.match(last.text)
            and _vocab.PERSON_WITH_INITIALS.match(line.text)
        ):
            # a signature: the office ("De Staatssecretaris van Defensie,") over the name
            # ("G.P. Tuinman"), each printed as a paragraph of its own
            new_sentence = True
        if self.queued and last is not None and self.open_item:
            # items waiting for text: a short line before a capitalised one ends an item, and so
            # does a semicolon at a line's end (the items of a list that is one sentence, their
            # glyphs set apart by plain pdftotext: "•" / "•" / "... geschikt zijn;" / "de ...")
            new_sentence = new_sentence or (
                (len(last.text) < 0.7 * self.width and line.text[:1].isupper()) or last.text.endswith(";")
            )
        if self.queued:
            if self.items and self.open_item and not broken and not new_sentence:
                self.items[-1].append(line)
            else:
                self._flush_para()
                box = self.boxes.pop(0) if self.boxes else ""
                self.items.append([attrs.evolve(line, text=join_wrapped([box, line.text])) if box else line])
                self.queued -= 1
                self.open_item = True
            return
        if (
            self.guess
            and k is Kind.TEXT
            and (
                self.form_rows
                or line.text[:1] in _PARAPH_CAPITALS
                or (self.para and self.para[-1].text[-1:] == ":")
            )
            and self._form_row(line, after_blank)
        ):
            return
        if self.items and not self.para:
            if (
                line.text.count(":") >= 2
                and _vocab.fill_in(*line.text.split(":", 1))
                and _vocab.CHECK_BOX_ALONE.match(self.items[-1][0].text[:1])
            ):
                # a form row under a decision's options ("☐ Besproken" / "Paraaf: Datum:
                # Opmerkingen:"), its fields left to fill in by hand: a paragraph of its own
                new_sentence = True
            if broken or new_sentence:
                self._flush_list()
                self.para.append(line)
            else:
                self.items[-1].append(line)
            return
        if self.para and (broken or new_sentence):
            self._flush_para()
        self.para.append(line)

    def _form_row(self, line: Line, after_blank: bool) -> bool:
        """Read ``line`` as a row of a paraph or decision table, if it is one: the column heads
        ("Paraaf  Naam  Datum", "Besluit  Paraaf  Datum") and the short rows under them
        ("Directeur", "Akkoord", "Niet akkoord"), each row a paragraph of its own (its cells
        joined), up to a blank line or a row that is a sentence."""
        if len(line.text) <= _FORM_ROW_LENGTH and (
            (line.text[:1].lower() in _vocab.PARAPH_COLUMN_INITIALS and _is_column_row(line.text))
            # (a table's label heads under the text's lead-in: "... de volgende brief:" / "Datum
            # Kenmerk Onderwerp" / "2 februari 2026 GL/2026/0412 Opening Lelystad Airport")
            or (self.para and _introduced_label_heads(line.text, self.para[-1]))
        ):
            self._flush_para()
            self._flush_list()
            self.para.append(line)
            self._flush_para()
            self.form_rows = True
            self.form_heads = len(line.text.split())
            return True
        if not self.form_rows:
            return False
        words = line.text.split()
        if (
            after_blank
            or (
                len(words) > _FORM_ROW_WORDS
                # (a paraph table's row of a function, a name, initials and a date, "Directeur
                # Woningmarkt E. Jansen EJ 2 oktober 2026": a few words a column, and a date)
                and not (
                    len(words) <= _FORM_CELL_WORDS * self.form_heads and any(c.isdigit() for c in line.text)
                )
            )
            or _ends_sentence(line.text)
            # (a date alone, a cell of a row whose cells stand a line each: "28-05-2025")
            or not (line.text[:1].isupper() or (line.text[:1].isdigit() and _fragments.is_date(line.text)))
        ):
            self.form_rows = False
            return False
        self.para.append(line)
        self._flush_para()
        return True

    def _closed_list(self, last: Line, line: Line) -> bool:
        """Whether the list read so far has ended at ``last``: its items end in a semicolon (one
        sentence over the list: "... om drie redenen:" / "i) ...;" / "ii) ...;") and the last
        item ends it with a full stop, so a capitalised line after it starts a paragraph, also
        when the item's row is full. So too under items that are each a sentence on a row of its
        own ("1. U stemt in met de brief." / "2. U ondertekent de brief." / "Het is ..."): an
        item's sentence that went on would have taken a row of its own above."""
        if len(self.items) < 2 or not line.text[:1].isupper():
            return False
        if not _ends_full_stop(last.text):
            # items of a few capitalised words a row each under a lead-in ending in a colon, no
            # sentence ("... twee punten:" /
            # "1. Kosten" / "2. Planning" / "Daarna volgt ..."): a name's row that went on would
            # end in a word that cannot end it; a lone word with a full stop under them is the
            # last name's end wrapped onto a row of its own ("2. De Autoriteit" /
            # "Persoonsgegevens."), no sentence
            lead = self.blocks[-1] if self.blocks else None
            return (
                self.ordered
                and isinstance(lead, Paragraph)
                and lead.text.endswith(":")
                and all(len(item) == 1 and _short_name_item(item[0].text) for item in self.items)
                and _ends_full_stop(line.text)
                and len(line.text.split()) >= _LEAST_PARAGRAPH_WORDS
            )
        return all(item[-1].text.endswith(_vocab.LIST_CLAUSE_ENDS) for item in self.items[:-1]) or all(
            len(item) == 1 and _ends_full_stop(item[0].text) for item in self.items
        )

    def add_form_rows(self, line: Line) -> None:
        """Add a form's label to fill in (``line``, "Datum:") under the label above it ("Paraaf
        MBZK:", the last line read): each label is a paragraph of its own, as printed, also when
        the extracted text set no blank line between the body's last sentence and the form."""
        last = self.para.pop() if self.para else None
        self._flush_para()
        self._flush_list()
        for row in (last, line):
            if row is not None:
                self.para.append(row)
                self._flush_para()

    def _full_over_page(self, last: Line, line: Line) -> bool:
        """Whether a page ended on ``last``, a full row of extracted text, and ``line`` on the next
        page goes on with its sentence, also with a capital ("... (beiden Nieuw Sociaal" / page
        break / "Contract) en ..."): a row with no room for the next word was wrapped, not ended,
        wherever the page happened to break (another page size puts the break elsewhere)."""
        if not (self.guess and line.page != last.page):
            return False
        first = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
        return len(last.text) + 1 + len(first) >= _FITS * self.width

    def _new_sentence_line(self, previous: Line, line: Line) -> bool:
        """A short line that ends a sentence, followed by a capitalised line, ends a paragraph.

        (Not after a bare number such as "5.": that is the wrapped end of "... nr." above.)
        """
        if _is_code_line(line.text) and _ends_full_stop(previous.text):
            return True  # a redacted paragraph, its ground code alone on the line
        if line.text[:1].isupper() and self.para and all(_is_code_line(ln.text) for ln in self.para):
            return True  # the paragraph after a redacted one (not a sentence ending in a code)
        first = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
        if first[:1].isdigit() and self.para and self._next_numbered_paragraph(previous, line):
            return True
        if _vocab.SIGNER_CLOSING.match(line.text) and _ends_full_stop(previous.text):
            # a letter's signer's office under its last sentence ("... Schade." /
            # "De Staatssecretaris van Financiën - Toeslagen en Douane,"): no sentence goes on
            return True
        if self.para and not self.items and _options_row(line.text):
            # a decision box's row of options under its decision ("Akkoord / Niet akkoord"; under
            # a decision point, a list's item, the options are the item's)
            return True
        # (pdfium joins a printed row that ended in a hyphen to the next one, "... door de regie"
        # U+FFFE "organisatie.": the printed row that ends the sentence is the part after it)
        joined = [*_lines.SPLIT_WORD.finditer(previous.text)] if "- " in previous.text else []
        printed = previous.text[joined[-1].end() :] if joined else previous.text
        return (
            # (a line longer than any printed row is a whole paragraph, as LibreOffice's text
            # export writes one: its sentence end is the paragraph's end)
            (
                len(printed) < 0.7 * self.width
                or len(previous.text) > _UNWRAPPED
                # a wrapped row breaks only where its next word does not fit: a row that had room
                # for the next line's first word was ended by the paragraph (a tenth of the width
                # spare, for the letters' widths that characters do not count)
                or (self.measured and len(printed) + 1 + len(first) < _FITS * self.width)
            )
            and _ends_full_stop(_MARKER_AFTER_STOP.sub("", previous.text) if self.layout else previous.text)
            and line.text[:1].isupper()
            and any(c.isalpha() for c in previous.text)
        )

    def _next_numbered_paragraph(self, previous: Line, line: Line) -> bool:
        """Whether ``line`` starts the paragraph numbered next after the one being read ("2.1 Wij
        stellen ..." / ... / "... personeel." / "2.2 De selectie ..."): paragraphs numbered in a
        hanging margin, written without a blank line between them."""
        if not _ends_full_stop(previous.text):
            return False
        here = _NUMBERED_PARAGRAPH.match(line.text)
        start = _NUMBERED_PARAGRAPH.match(self.para[0].text)
        if here is None or start is None:
            return False
        parent, _, last = start[1].rpartition(".")
        return here[1] == f"{parent}.{int(last) + 1}"

    def _last_line(self) -> Line | None:
        if self.para:
            return self.para[-1]
        if self.items:
            return self.items[-1][-1]
        return None

    def end_paragraph(self) -> None:
        """End the paragraph being read: the next line starts another, whatever it starts with."""
        self._flush_para()

    def end_block(self) -> None:
        """End the paragraph or list being read: the next line starts a paragraph."""
        self._flush_para()
        self._flush_list()

    def _flush_para(self) -> None:
        if not self.para:
            return
        lines, self.para = self.para, []
        chunks = _table_rows_apart(lines) if self.guess else [(lines, False)]
        if self.paragraphs is not None and len(chunks) == 1 and not chunks[0][1]:
            self.paragraphs.append(lines)
        else:
            self.paragraphs = None
        for chunk, is_row in chunks:
            if is_row:
                self.blocks.append(Paragraph(text=chunk[0].text, origin=_origin(chunk[0])))
                continue
            intro, items = self._implicit_list(chunk) if self.guess else (chunk, [])
            if items:
                self.paragraphs = None
            if intro:
                self.blocks.append(
                    Paragraph(text=join_wrapped([ln.text for ln in intro]), origin=_origin(intro[0]))
                )
            if items:
                texts = tuple(join_wrapped([ln.text for ln in item]) for item in items)
                self.blocks.append(ItemList(items=texts, origin=_origin(items[0][0])))

    def _implicit_list(self, lines: list[Line]) -> tuple[list[Line], list[list[Line]]]:
        """A paragraph ending its first sentence with ':' followed by items whose glyphs were lost.

        After the colon line, a capitalised line starts an item when the line before it ends
        with ';' or stops short of the column width. At least two items, or it stays prose.
        """
        colon = next((n for n, ln in enumerate(lines[:-1]) if ln.text.endswith(":")), None)
        if colon is None:
            return self._semicolon_list(lines)
        items: list[list[Line]] = []
        for prev, line in zip(lines[colon:], lines[colon + 1 :], strict=False):
            starts = line.text[:1].isupper() and (
                not items or prev.text.endswith(";") or len(prev.text) < 0.7 * self.width
            )
            if starts:
                items.append([line])
            elif not items:
                return lines, []
            else:
                items[-1].append(line)
        if len(items) < 2:
            return lines, []
        return lines[: colon + 1], items

    @staticmethod
    def _semicolon_list(lines: list[Line]) -> tuple[list[Line], list[list[Line]]]:
        """Items whose glyphs were lost, in the form of one sentence's parts: from the
        paragraph's first line or the line after a sentence's end, to the paragraph's end, lines
        opening in lower case after a line ending with ';' start items; every item but the last
        ends with ';', the last with '.' ("de provincies ... spreken;" / "de VNG vraagt ...;" /
        "het COA kan ... oplossen."). At least three items, or it stays prose (one sentence's
        row may end at a semicolon by chance, not every row before a lower-case one)."""
        if (
            len(lines) < 3
            or not lines[-1].text.endswith(".")
            or not any(ln.text.endswith(";") for ln in lines)
        ):
            return lines, []
        for start, line in enumerate(lines):
            if not line.text[:1].islower() or (start and not _ends_full_stop(lines[start - 1].text)):
                continue
            items: list[list[Line]] = [[line]]
            for prev, nxt in zip(lines[start:], lines[start + 1 :], strict=False):
                if prev.text.endswith(";"):
                    if not nxt.text[:1].islower():
                        break
                    items.append([nxt])
                elif prev.text.endswith("."):
                    break  # (a sentence's end before the paragraph's: prose goes on)
                else:
                    items[-1].append(nxt)
            else:
                if len(items) >= 3 and all(item[-1].text.endswith(";") for item in items[:-1]):
                    return lines[:start], items
            return lines, []
        return lines, []

    def _flush_list(self) -> None:
        if self.items or self.queued:
            self.paragraphs = None
        if self.items:
            items = tuple(join_wrapped([ln.text for ln in item]) for item in self.items)
            numbering, start = _numbering(self.marks, len(items)) if self.ordered else ("1", 1)
            self.blocks.append(
                ItemList(
                    items=items,
                    ordered=self.ordered,
                    numbering=numbering,
                    start=start,
                    origin=_origin(self.items[0][0]),
                )
            )
            self.items = []
        self.marks = []
        self.queued = 0
        self.boxes = []

    def _numbers_as_text(self) -> None:
        """A number alone at the block's end with no item after it that it could number ("Het
        aantal aanvragen was" / "5."): text, the end of the paragraph above (or a paragraph of its
        own after a blank line), never dropped. A run of marks printed apart ("1." / "2." / "•" /
        "•", a CSS renderer's list marks) stays out, as bullet glyphs alone do."""
        if self.items or len(self.queued_lines) != 1:
            self.queued_lines = []
            return
        numbers = [(ln, blank) for ln, blank in self.queued_lines if ln.kind is Kind.ORDERED]
        self.queued_lines = []
        if not numbers:
            return
        self.queued = 0
        self.boxes = []
        self.marks = []
        for ln, blank in numbers:
            if blank:
                self._flush_para()
            self.para.append(attrs.evolve(ln, kind=Kind.TEXT, label="", rest=""))

    def build_preamble(self) -> Section | None:
        """The section without a heading, or None where its lines gave no block (a list mark
        alone, "1)", whose item text never came: as under a heading, no block)."""
        self._numbers_as_text()
        self._flush_para()
        self._flush_list()
        return self.build() if self.blocks else None

    def build(self) -> Section:
        self._numbers_as_text()
        self._flush_para()
        self._flush_list()
        return Section(
            heading=self.heading,
            number=self.number,
            blocks=tuple(self.blocks),
            origin=_origin(self.line),
        )


#: A heading opening with a capital letter or a capital roman numeral and a full stop or closing
#: bracket: "B. Kern", "II) Advies" (the mark, the heading's words).
_CAPITAL_MARK_HEADING: Final = re.compile(r"^([A-Z]|[IVX]{2,6})[.)]\s+(\S.*)$")


def _lettered_section_numbers(sections: list[Section]) -> None:
    """Headings lettered in order, A. B. C. ... (or numbered I. II. III. in capital roman
    numerals), in place: a run of two or more unnumbered headings whose marks count on one by one
    from "A" or "I" (other headings may stand between, a section's sub-headings) is numbered
    sections: the mark (without its full stop) is the number, the words after it the heading.
    A lone "A. Inleiding" with no "B." after it, or marks that do not count on, keep their mark in
    the heading text."""
    marked = [
        (k, m[1], m[2])
        for k, section in enumerate(sections)
        if section.number is None and (m := _CAPITAL_MARK_HEADING.match(section.heading))
    ]
    run: list[tuple[int, str, str]] = []
    for item in [*marked, None]:
        if item is not None and _canon.read_marks([*(mark for _, mark, _ in run), item[1]]) in (
            ("A", 1),
            ("I", 1),
        ):
            run.append(item)
            continue
        if len(run) >= 2:
            for k, mark, heading in run:
                sections[k] = attrs.evolve(sections[k], number=mark, heading=heading)
        run = [item] if item is not None and _canon.read_marks([item[1]]) in (("A", 1), ("I", 1)) else []


def _lost_bullet_sections(sections: list[Section], builders: Sequence[_SectionBuilder]) -> None:
    """Sections whose list lost its bullet glyphs to the extractor (in place): where the
    document's headings are ordinarily followed by their text on the next line (two sections or
    more are), a section whose heading is followed by blank lines instead (the lines the glyphs
    stood on, printed empty) and whose text is paragraphs only, two or more items once split, is
    one unordered list. Its paragraphs are its items, and a paragraph's row that stops short of
    the measure (:data:`_SHORT_ROW`) before a capitalised row ends an item there, as under marks
    waiting for their text ("Er is interdepartementale afstemming vereist" / "Dit lukt niet
    ..."). Every item opens with a capital, none ends with a comma, one ends a sentence (rows of
    names, "Brief van de inspectie" / "Overzicht bezetting", are left as read), and no row ends
    with a colon (a timetable's rows, "Mogelijk bespreking in Veiligheidsberaad:"). A section after blank
    lines in a document that sets blank lines under every heading, whose text is one paragraph,
    or a sentence over a signature ("De directeur ...," / "drs. P. de Vries"), stays as it is; so
    does one under a single blank line whose paragraphs run on past a sentence's end (prose set
    apart by blank lines, not items of one sentence each)."""
    direct = sum(1 for b in builders if b.lead_blanks == 0)
    if direct < 2:
        return
    for n, (section, builder) in enumerate(zip(sections, builders, strict=True)):
        groups = builder.paragraphs
        if (
            not builder.lead_blanks
            or not groups
            or len(groups) != len(section.blocks)
            or not all(isinstance(b, Paragraph) for b in section.blocks)
        ):
            continue
        items: list[list[Line]] = []
        for group in groups:
            items.append([group[0]])
            for prev, line in itertools.pairwise(group):
                if len(prev.text) < _SHORT_ROW * builder.width and line.text[:1].isupper():
                    items.append([line])
                else:
                    items[-1].append(line)
        if (
            len(items) < 2
            or not all(item[0].text[:1].isupper() and not item[-1].text.endswith(",") for item in items)
            or not any(item[-1].text[-1:] in ".;?!" for item in items)
            or any(ln.text.endswith(":") for item in items for ln in item)
        ):
            # (a signature, "De directeur ...," over "drs. P. de Vries", is no list; nor rows
            # that end no sentence, as names under "Bijlagen" stand, read where they are; nor
            # rows leading in to what follows, a timetable's "14 september:" / "Doorlopend:")
            continue
        if _table_rows(groups):
            continue  # (a table's header and rows, each row one paragraph: read as paragraphs)
        texts = tuple(join_wrapped([ln.text for ln in item]) for item in items)
        if builder.lead_blanks == 1 and any(_SENTENCE_GOES_ON.search(text) for text in texts):
            # one blank line is a paragraph's spacing as much as a glyph's line: paragraphs
            # that run on past a sentence's end ("De eerste resultaten zijn positief. Het
            # gebruik ...") are prose; a lost glyph's item is one sentence
            continue
        sections[n] = attrs.evolve(section, blocks=(ItemList(items=texts, origin=_origin(items[0][0])),))


def _opens_cell(text: str) -> bool:
    """Whether a row holds a second cell: a capitalised word after the first, right after a word
    or number that ends no sentence or clause ("Natuurherstel Op schema ...", "Onderwijsassistenten
    € 8 mln In voorbereiding"), as a table row reads with its cells joined by spaces."""
    return any(
        word[:1].isupper() and before[-1:].isalnum() for before, word in itertools.pairwise(text.split())
    )


def _table_rows(groups: Sequence[Sequence[Line]]) -> bool:
    """Whether a section's paragraphs are a table's header and rows, each row one paragraph of one
    line, cells joined by spaces: two rows or more under the header, the header ending no
    sentence ("Doel Stand van zaken", "Maatregel Kosten Status"), and every row holding a second
    cell (:func:`_opens_cell`) and, under the header, no name alone: a row whose lower-case
    words are all a name's small words ("Rijksdienst voor Ondernemend Nederland", "Staatsbosbeheer
    en Provincie Gelderland.") is one name, its capitals inside it, where a row's second cell
    goes on in lower case ("Veluwe Op schema"). A list whose bullet glyphs were lost has items of
    one sentence or one name each, not a header over rows of cells."""
    return (
        len(groups) >= 3
        and all(len(group) == 1 for group in groups)
        and not _ends_sentence(groups[0][0].text)
        and all(_opens_cell(group[0].text) for group in groups)
        and not any(_one_name(group[0].text) for group in groups[1:])
    )


def _one_name(text: str) -> bool:
    """Whether ``text`` reads as one name: capitalised words joined by a name's small words
    (:data:`_vocab.NAME_SMALL_WORDS`), one of them at least ("Nederlandse Voedsel- en
    Warenautoriteit"), and no other word in lower case."""
    words = text.rstrip(".").split()
    return any(w in _vocab.NAME_SMALL_WORDS for w in words) and all(_vocab.name_word(w) for w in words)


#: A sentence's end with another sentence after it inside a text ("... positief. Het gebruik").
_SENTENCE_GOES_ON: Final = re.compile(r"[.?!]\s+[A-Z]")


#: The share of the typical row width a row stays under to have ended its item, not wrapped.
_SHORT_ROW: Final = 0.7


def _options_row(text: str) -> bool:
    """Whether ``text`` is a decision box's row of two options or more, alone on its line, each
    after its check box or set apart by a slash ("Akkoord / Niet akkoord", "☐ Akkoord ☐ Niet
    akkoord"): a row of the box of its own, never the end of the decision's sentence above it."""
    return (
        bool(_vocab.DECISION_OPTIONS_ROW.match(text.strip()))
        and len(_vocab.DECISION_OPTION_ANY.findall(text)) >= 2
    )
