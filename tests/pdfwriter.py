"""Test-only: typeset a Nota as a PDF in the Rijkshuisstijl manner (reportlab).

Colofon column on the right in a small font (bold labels), header rows (Aan/Van) with the value at
a tab stop, the title, bold headings, paragraphs, bullet and numbered lists, the attachment table
with wrapped cells, footnotes at the page bottom, and on every later page a repeated colofon and
"Pagina k van n". The geometry comes from :class:`Layout`, so tests can vary it.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import attrs
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from notaparse import ItemList, Nota, Paragraph
from notaparse._vocab import Concept

#: Font families (regular, bold) of the standard PDF fonts.
FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}


@attrs.frozen
class Layout:
    """Geometry of a generated nota (PDF points)."""

    left: float = 79.0
    value_x: float = 190.0
    colofon_x: float = 466.0
    right: float = 450.0
    size: float = 9.0
    colofon_size: float = 6.5
    leading: float = 12.0
    top: float = 150.0
    bottom: float = 90.0
    #: Font family of the main column (a key of :data:`FONTS`); the colofon is always Helvetica.
    font: str = "Helvetica"
    #: Distance from the left margin to the attachment table's Naam column.
    table_name: float = 80.0
    #: Fields printed in the main column (header rows); the others go to the colofon.
    header_concepts: tuple[Concept, ...] = (Concept.ADDRESSEE, Concept.SENDER)


def write_pdf(nota: Nota, layout: Layout | None = None) -> bytes:
    """Typeset ``nota``; returns the PDF bytes."""
    layout = layout or Layout()
    pages = _render(nota, layout, None)
    return _render_bytes(nota, layout, pages)


def _render_bytes(nota: Nota, layout: Layout, total: int) -> bytes:
    buffer = io.BytesIO()
    _render(nota, layout, total, buffer)
    return buffer.getvalue()


def _render(nota: Nota, lay: Layout, total: int | None, buffer: io.BytesIO | None = None) -> int:
    """Typeset (into ``buffer`` when given); returns the number of pages."""
    c = canvas.Canvas(buffer or io.BytesIO(), pagesize=A4)
    REGULAR, BOLD = FONTS[lay.font]  # noqa: N806 - constants of this typesetting run
    SMALL, SMALL_BOLD = FONTS["Helvetica"]  # noqa: N806
    height = A4[1]
    page = [1]
    y = [lay.top]
    notes_here: list[tuple[int, str]] = []
    width = lay.right - lay.left
    meta = nota.metadata
    colofon_fields = [f for f in meta.fields if f.concept not in lay.header_concepts]
    header_fields = [f for f in meta.fields if f.concept in lay.header_concepts]
    repeat = [f for f in colofon_fields if f.concept in (Concept.REFERENCE, Concept.DATE)][:2]

    def text(x: float, top: float, s: str, font: str = REGULAR, size: float | None = None) -> None:
        size = size or lay.size
        c.setFont(font, size)
        c.drawString(x, height - top - size, s)

    def colofon(fields: list[tuple[str, str]], purpose: str | None) -> None:
        cy = lay.top
        cs = lay.colofon_size
        if purpose:
            text(lay.colofon_x, cy, f"TER {purpose.upper()}", SMALL_BOLD, cs)
            cy += 2 * cs * 1.4
        for label, value in fields:
            text(lay.colofon_x, cy, label, SMALL_BOLD, cs)
            cy += cs * 1.4
            for part in simpleSplit(value, SMALL, cs, 595 - lay.colofon_x - 20) if value else []:
                text(lay.colofon_x, cy, part, SMALL, cs)
                cy += cs * 1.4
            cy += cs * 1.4
        if total is not None:
            text(lay.colofon_x, height - lay.bottom + 30, f"Pagina {page[0]} van {total}", SMALL, cs)

    def footnotes() -> None:
        fy = height - lay.bottom - 4
        for number, note in reversed(notes_here):
            parts = simpleSplit(note, REGULAR, lay.size - 1, width - 6)
            fy -= len(parts) * (lay.size + 1)
            text(lay.left, fy - 1, str(number), REGULAR, lay.size - 4)
            for i, part in enumerate(parts):
                text(lay.left + 6, fy + i * (lay.size + 1), part, REGULAR, lay.size - 1)
        notes_here.clear()

    def room() -> float:
        used = sum(len(simpleSplit(n, REGULAR, lay.size - 1, width - 6)) for _, n in notes_here)
        return height - lay.bottom - 10 - used * (lay.size + 1) - (8 if notes_here else 0)

    def new_page() -> None:
        footnotes()
        c.showPage()
        page[0] += 1
        y[0] = lay.top
        colofon([(f.label, f.value) for f in repeat], None)

    def need(lines: int) -> None:
        if y[0] + lines * lay.leading > room():
            new_page()

    def line(x: float, s: str, font: str = REGULAR) -> None:
        need(1)
        text(x, y[0], s, font)
        y[0] += lay.leading

    def wrapped(x: float, s: str, first: Callable[[str], tuple[str, float]] | None = None) -> None:
        for i, part in enumerate(simpleSplit(s, REGULAR, lay.size, lay.right - x)):
            if i == 0 and first is not None:
                need(1)
                marker, indent = first(part)
                text(x - indent, y[0], marker)
            line(x, part)

    colofon([(f.label, f.value) for f in colofon_fields], meta.purpose)
    for f in header_fields:
        text(lay.left, y[0], f.label)
        text(lay.value_x, y[0], f.value)
        y[0] += lay.leading
    y[0] += 2 * lay.leading
    if nota.title:
        for part in simpleSplit(nota.title, REGULAR, lay.size, lay.right - lay.value_x):
            line(lay.value_x, part)
    footnote_queue = list(nota.footnotes)
    for section in nota.sections:
        y[0] += lay.leading
        need(3)
        heading = f"{section.number} {section.heading}" if section.number else section.heading
        line(lay.left, heading, BOLD)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                wrapped(lay.left, block.text)
                if footnote_queue:
                    note = footnote_queue.pop(0)
                    notes_here.append((note.number, note.text))
            elif isinstance(block, ItemList):
                # the text at a tab stop 18 pt in, or further when the widest marker and an em
                # do not fit before it ("10." in Courier): a tab is never narrower than a space
                widest = c.stringWidth(f"{len(block.items)}.", REGULAR, lay.size)
                indent = max(18.0, widest + lay.size)
                for n, item in enumerate(block.items, 1):
                    marker = f"{n}." if block.ordered else "\u2022"
                    wrapped(lay.left + indent, item, first=lambda _p, m=marker, i=indent: (m, i))
            y[0] += lay.leading
    if nota.attachments:
        name_x = lay.table_name
        cols = (lay.left + 2, lay.left + name_x, lay.left + name_x + (width - name_x) / 2)
        has_info = any(a.info for a in nota.attachments)
        need(2)
        c.setFont(BOLD, lay.size)
        words = ("Volgnummer", "Naam", "Informatie") if has_info else ("Volgnummer", "Naam")
        for x, word in zip(cols, words, strict=False):
            text(x, y[0], word, BOLD)
        y[0] += 1.5 * lay.leading
        cell = (cols[2] - cols[1] - 6) if has_info else lay.right - cols[1]
        for a in nota.attachments:
            name = simpleSplit(a.name, REGULAR, lay.size, cell)
            info = simpleSplit(a.info or "", REGULAR, lay.size, lay.right - cols[2]) if has_info else []
            rows = max(len(name), len(info))
            need(rows)
            text(cols[0], y[0], str(a.number))
            for i in range(rows):
                if i < len(name):
                    text(cols[1], y[0], name[i])
                if i < len(info):
                    text(cols[2], y[0], info[i])
                y[0] += lay.leading
            y[0] += 0.5 * lay.leading
    notes_here.extend((n.number, n.text) for n in footnote_queue)
    footnotes()
    c.showPage()
    if buffer is not None:
        c.save()
    return page[0]


def unwrapped(nota: Nota) -> Nota:
    """``nota`` with each field's value as its one line: the writer wraps a value where its
    column ends, so the lines read back (:attr:`notaparse.Field.lines`) are the rows it printed,
    not the lines of the nota written."""
    fields = tuple(attrs.evolve(f, lines=(f.value,) if f.value else ()) for f in nota.metadata.fields)
    return attrs.evolve(nota, metadata=attrs.evolve(nota.metadata, fields=fields))
