"""Test-only: draw single nota pages line by line at given positions (reportlab).

Where tests/pdfwriter.py typesets a whole ``Nota`` in one house style, this draws exactly the
lines a test names (text, x, top, font, size), to reproduce one layout detail of a real template:
a line above the Aan row, a bold title at the margin, a footer under the notes. :func:`load_both`
reads the PDF with both character sources and checks that they agree.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import notaparse
from notaparse import Nota
from notaparse._pdf import extract

REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"
HEIGHT = A4[1]

#: A long paragraph sentence, wrapped by :meth:`Page.para`.
LOREM = (
    "De Tweede Kamer heeft de regering verzocht om voor de zomer een voorstel te doen voor de "
    "herziening van de regeling. Met deze nota leg ik u het voorstel voor en vraag ik uw akkoord."
)


def glyph_font(name: str, chars: str) -> str:
    """Register reportlab's bundled Vera as ``name`` with ``chars`` (check boxes, which no bundled
    font has) drawn as its "O" glyph; the PDF's ToUnicode map gives them as ``chars``, so both
    character sources read them, whatever fonts the machine has."""
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")))
    # (reportlab shares one face between the fonts registered from one file: the characters
    # are added to the face the registered font draws with)
    face = pdfmetrics.getFont(name).face
    for c in chars:
        face.charToGlyph[ord(c)] = face.charToGlyph[ord("O")]
        face.charWidths[ord(c)] = face.charWidths[ord("O")]
    return name


class Page:
    """A canvas with a cursor; ``top`` is measured from the top of the page, as in the reader."""

    def __init__(self, size: float = 9.5, left: float = 79.0, width: float = 360.0) -> None:
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4)
        self.size = size
        self.left = left
        self.width = width
        self.lead = 1.5 * size
        self.y = 330.0
        self.height = HEIGHT  # (of the page being drawn: see :meth:`new_page`)

    def text(self, x: float, top: float, s: str, font: str = REGULAR, size: float | None = None) -> None:
        """One run of text whose box top is at ``top``."""
        size = size or self.size
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.height - top - 0.8 * size, s)

    def runs(
        self, x: float, top: float, parts: Sequence[str], overlap: float, size: float | None = None
    ) -> None:
        """``parts`` drawn one after another with no space between them, each next part starting
        ``overlap`` points before the previous one's end (two words a producer set flush, the
        second's capital drawn over the first's last letter: "NaamKenmerk")."""
        size = size or self.size
        for part in parts:
            self.text(x, top, part, size=size)
            x += self.canvas.stringWidth(part, REGULAR, size) - overlap

    def header(self, rows: list[tuple[str, str]], top: float = 200.0, value_x: float = 170.0) -> None:
        """Label rows with the value at a tab stop ("Aan   MBZK")."""
        for k, (label, value) in enumerate(rows):
            self.text(self.left, top + 14 * k, label)
            self.text(value_x, top + 14 * k, value)

    def colofon(
        self,
        pairs: list[tuple[str, str]],
        x: float = 466.0,
        top: float = 157.0,
        fonts: tuple[str, str] = (BOLD, REGULAR),
        sizes: tuple[float, float] = (7, 7),
    ) -> None:
        """Right-hand column: bold 7 pt labels, values below (a value's lines split at "\\n");
        a pair with no value is one line. ``fonts`` and ``sizes``: the labels' and the values' (an
        OCR layer's boxes)."""
        y = top
        for label, value in pairs:
            self.text(x, y, label, fonts[0], sizes[0])
            y += 9.8
            for row in value.split("\n") if value else ():
                self.text(x, y, row, fonts[1], sizes[1])
                y += 9.8
            y += 8.8

    def stacked(
        self,
        pairs: list[tuple[str, str]],
        x: float = 466.0,
        top: float = 157.0,
        fonts: tuple[str, str] = (BOLD, REGULAR),
        step: float = 28.4,
    ) -> float:
        """Labels over their values at a fixed pitch (7 pt, the value 9.8 pt under its label, none
        for an empty value), each pair ``step`` under the one before; the top of the next pair."""
        y = top
        for label, value in pairs:
            self.text(x, y, label, fonts[0], 7)
            if value:
                self.text(x, y + 9.8, value, fonts[1], 7)
            y += step
        return y

    def box(self, x: float, top: float, width: float, height: float, gray: float = 0.0) -> None:
        """A filled redaction box whose top is at ``top`` (black by default), drawn over whatever
        is there; the fill colour is set back to black."""
        self.canvas.setFillGray(gray)
        self.canvas.rect(x, self.height - top - height, width, height, fill=1, stroke=0)
        self.canvas.setFillGray(0)

    def line(self, s: str, font: str = REGULAR, x: float | None = None) -> None:
        """One line at the cursor."""
        self.text(self.left if x is None else x, self.y, s, font)
        self.y += self.lead

    def table(
        self,
        rows: Sequence[Sequence[str | Sequence[str]]],
        xs: Sequence[float],
        *,
        size: float | None = None,
        pitch: float | None = None,
        pad: float = 0.0,
        head_pad: float | None = None,
    ) -> None:
        """Rows of cells at the cursor, each cell at its column's x, the first row (the header)
        bold, empty cells left out; the cursor moves ``pitch`` (default: the line lead) a row,
        and ``pad`` more (the cells' padding, which sets the rows apart; ``head_pad`` under the
        header, when it differs).
        A cell given as a sequence of lines wraps: its lines stand single-spaced (1.25 times the
        size apart) under the row's first, and the row is as much taller."""
        spacing = 1.25 * (size or self.size)
        for r, row in enumerate(rows):
            depth = 1
            for x, cell in zip(xs, row, strict=True):
                lines = [cell] if isinstance(cell, str) else list(cell)
                for k, text in enumerate(lines):
                    if text:
                        self.text(x, self.y + k * spacing, text, BOLD if r == 0 else REGULAR, size)
                depth = max(depth, len(lines))
            self.y += (
                (depth - 1) * spacing + (pitch or self.lead) + (pad if r or head_pad is None else head_pad)
            )

    def ruled_row(
        self, label: str, lines: Sequence[str], columns: tuple[float, float, float], font: str = BOLD
    ) -> None:
        """A table of one row and two columns at the cursor, its cells ruled: ``label`` in the left
        cell (in bold, or in ``font``), ``lines`` (a prose's wrapped lines) in the right one;
        ``columns`` are the x of the left rule, the rule between the cells and the right rule. The
        cursor moves a line lead under the table."""
        left, between, right = columns
        pad = 4.0
        top = self.y
        height = 2 * pad + self.lead * (len(lines) - 1) + self.size
        bottom = self.height - top - height
        self.canvas.setLineWidth(0.5)
        self.canvas.rect(left, bottom, right - left, height, stroke=1, fill=0)
        self.canvas.line(between, bottom, between, self.height - top)
        self.text(left + pad, top + pad, label, font)
        for k, text in enumerate(lines):
            self.text(between + pad, top + pad + self.lead * k, text)
        self.y = top + height + self.lead

    def form(
        self,
        header: Sequence[str],
        rows: Sequence[str],
        xs: Sequence[float],
        *,
        size: float = 8.5,
        paraph: str | None = None,
        shade: float = 0.88,
    ) -> None:
        """A ruled decision form at the cursor, as a word processor sets it: a bold header row
        on a grey box (``shade``), then rows whose text fills the first column only, wrapped in
        it, with a drawn check box in each other column; ``paraph`` a bold last row to sign,
        its box left empty. ``xs`` are the x of the rules (the columns' edges, the last the
        table's right); cells are padded 3 pt, lines 1.3 times the size apart. The cursor moves
        a line lead under the form."""
        pad, lead, box = 3.0, 1.3 * size, 7.0
        top = self.y
        self.box(xs[0], top, xs[-1] - xs[0], lead + 6, shade)
        for x, cell in zip(xs, header, strict=False):
            self.text(x + pad, top + pad, cell, BOLD, size)
        edges = [top, top + lead + 6]
        self.canvas.setLineWidth(0.6)
        for row in rows:
            y = edges[-1]
            lines = self.wrap(row, xs[1] - xs[0] - 2 * pad, size=size)
            for k, text in enumerate(lines):
                self.text(xs[0] + pad, y + pad + k * lead, text, size=size)
            for left, right in itertools.pairwise(xs[1:]):
                self.canvas.rect((left + right) / 2 - box / 2, self.height - y - 4 - box, box, box)
            edges.append(y + len(lines) * lead + 6)
        bottom = edges[-1]
        if paraph is not None:
            self.text(xs[0] + pad, bottom + pad, paraph, BOLD, size)
            bottom += 28
        self.canvas.setLineWidth(0.5)
        for y in [*edges, bottom]:
            self.canvas.line(xs[0], self.height - y, xs[-1], self.height - y)
        for x in xs:
            self.canvas.line(x, self.height - top, x, self.height - (edges[-1] if x in xs[2:-1] else bottom))
        self.y = bottom + self.lead

    def framed(self, lines: Sequence[str], width: float = 330.0, pad: float = 6.0) -> None:
        """Lines in a frame at the cursor (a decision box), ``pad`` in from its rules, at the
        line lead; the cursor moves a line lead under the frame."""
        top = self.y
        height = 2 * pad + self.lead * (len(lines) - 1) + self.size
        self.canvas.setLineWidth(0.5)
        self.canvas.rect(self.left, self.height - top - height, width, height, stroke=1, fill=0)
        for k, text in enumerate(lines):
            self.text(self.left + pad, top + pad + self.lead * k, text)
        self.y = top + height + self.lead

    def small_caps(self, s: str, font: str = REGULAR) -> None:
        """A heading line in small caps at the cursor: capitals a point over the text's size, the
        small letters as capitals at 78 % of that, in ``font``'s weight."""
        x, big = self.left, self.size + 1
        for ch in s:
            size = 0.78 * big if ch.islower() else big
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, self.height - self.y - 0.8 * big, ch.upper())
            x += self.canvas.stringWidth(ch.upper(), font, size)
        self.y += self.lead

    def para(self, s: str, font: str = REGULAR) -> None:
        """A paragraph wrapped to the width, then a paragraph gap."""
        line: list[str] = []
        for word in s.split():
            if line and self.canvas.stringWidth(" ".join([*line, word]), font, self.size) > self.width:
                self.line(" ".join(line), font)
                line = []
            line.append(word)
        if line:
            self.line(" ".join(line), font)
        self.y += 0.7 * self.lead

    def wrap(self, s: str, width: float, font: str = REGULAR, *, size: float | None = None) -> list[str]:
        """``s`` broken into lines no wider than ``width`` (a cell's lines, for :meth:`table`), at
        the page's text size or ``size``."""
        lines: list[str] = []
        for word in s.split():
            if lines and self.canvas.stringWidth(f"{lines[-1]} {word}", font, size or self.size) <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def indented(self, s: str, indent: float = 14.0) -> None:
        """A paragraph whose first line is set ``indent`` in, wrapped to the width, with no
        paragraph gap after it (a paragraph set apart only by its first line's indent)."""
        line: list[str] = []
        x = self.left + indent
        for word in s.split():
            room = self.width - (x - self.left)
            if line and self.canvas.stringWidth(" ".join([*line, word]), REGULAR, self.size) > room:
                self.line(" ".join(line), x=x)
                line, x = [], self.left
            line.append(word)
        if line:
            self.line(" ".join(line), x=x)

    def new_page(self, *, landscape: bool = False, top: float = 100.0) -> None:
        """End the page and start the next, A4 upright or landscape, the cursor at ``top``."""
        self.canvas.showPage()
        size = (A4[1], A4[0]) if landscape else A4
        self.canvas.setPageSize(size)
        self.height = size[1]
        self.y = top

    def pdf(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()


def load_both(data: bytes) -> Nota:
    """The nota read with the PDFium source, after checking that pdfplumber's reads the same."""
    pdfium = notaparse.load(io.BytesIO(data), backend="pdfium")
    plumber = notaparse.load(io.BytesIO(data), backend="pdfplumber")
    assert notaparse.to_dict(pdfium) == notaparse.to_dict(plumber)
    return pdfium


def marked(data: bytes) -> str:
    """The marked text the layout writes for a PDF."""
    return extract(io.BytesIO(data), name="drawn.pdf").text


def words(nota: Nota) -> str:
    """Everything a nota holds as text (JSON), to check that no word was lost."""
    return notaparse.to_json(nota)


def pdf_of_objects(objects: Sequence[bytes]) -> bytes:
    """A PDF file of the given object bodies, numbered from 1 (the catalog), with its
    cross-reference table: for what reportlab does not write (a Type3 font, a font without a
    ToUnicode map)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
