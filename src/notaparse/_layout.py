"""Layout analysis: from positioned characters to *marked extracted text* (docs/format.md).

This module knows nothing about PDF libraries. A character source (``notaparse._pdf``) turns each
page into a list of :class:`Char` records; :class:`LayoutReader` takes the pages one by one and
keeps only small line records, so memory stays flat in the page count. :meth:`LayoutReader.text`
then writes the marked text that :func:`notaparse.parse` reads:

- the colofon column of page 1 (label line, value lines, a blank line between pairs);
- the header block (label rows as ``Label: value``, the purpose line), the title as ``# Title``;
- the body in reading order: bold (or italic) headings as ``## 4.1 Heading``, paragraphs as
  their wrapped lines with a blank line between paragraphs, bullets as ``• text``, numbered items
  ``1. text``, the attachment table as ``| 1 | Naam | Informatie |`` rows (cells by x-position),
  footnotes as ``[^1]: text``; pages separated by a form feed;
- page furniture left out: the colofon of later pages and lines repeated on every page (stamps).

The steps, each a small function: rows by vertical overlap (:func:`rows`), the column split
(:func:`column_threshold`, :func:`_split_columns`), lines and words (:func:`lines`), then the
per-line classification while writing (:class:`LayoutReader`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Final, NamedTuple, NoReturn

import attrs

from . import _canon, _fragments, _lines, _vocab
from ._errors import FormatError, NotaparseError


class Char(NamedTuple):
    """One character with its box (PDF points, ``top`` measured from the top of the page) and font."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str
    bold: bool
    italic: bool


class Turned(NamedTuple):
    """A character set turned a quarter (text running up or down the page, as a classification
    stamp in the margin): its origin (``top`` from the top of the page), its size, whether it
    runs up, and its font; or (``aslant``) a character of a watermark set diagonally across the
    page. ``advance``: how far the next character's origin would be without a gap (the glyph's
    width along the line), 0 where unknown (a watermark's)."""

    text: str
    x: float
    top: float
    size: float
    up: bool
    fontname: str
    bold: bool
    aslant: bool = False
    advance: float = 0.0


@attrs.define(slots=True)
class Pieces:
    """The pieces of a page, by ``id()`` of their record.

    A piece is a record standing for characters of one text object that follow each other on
    one baseline with no gap and no space between them: its text is theirs (one code point
    each), its box runs from the first's x0 to the last's x1. The layout handles a piece as it
    would handle its characters, and splits it into them where another record starts among them.
    """

    #: (the record, x0s, x1s, start): character ``k`` of the piece has its x0 and x1 at
    #: ``start + k`` of those lists.
    parts: dict[int, tuple[Char, list[float], list[float], int]] = attrs.field(factory=dict)
    #: The x0 of the piece's last character plus 0.1 em: a record starting before it is read
    #: with the piece's characters (it stands among them, or is drawn over the last one).
    ends: dict[int, float] = attrs.field(factory=dict)
    #: How many more characters the pieces stand for than records.
    extra: int = 0


def _expand(records: list[Char], pieces: Pieces) -> list[Char]:
    """The records with each piece replaced by its characters."""
    out: list[Char] = []
    get = pieces.parts.get
    for c in records:
        piece = get(id(c))
        if piece is None:
            out.append(c)
        else:
            _, x0s, x1s, start = piece
            top, bottom, size, name, bold, italic = c[3:]
            out.extend(
                Char(t, x0s[k], x1s[k], top, bottom, size, name, bold, italic)
                for k, t in enumerate(c[0], start)
            )
    return out


_NO_END: Final = float("-inf")


def _interleaved(by_x: list[Char], pieces: Pieces) -> bool:
    """Whether, in records sorted by x0, one starts at or before the end (:attr:`Pieces.ends`)
    of a piece right before it: sorted as characters, it would stand among the piece's, or be
    compared with its last one. (In C: for every record but the first, its x0 against the end
    of the record before, -inf for a character.)"""
    ends = map(pieces.ends.get, map(id, by_x), itertools.repeat(_NO_END))
    return any(map(operator.le, map(_X0, itertools.islice(by_x, 1, None)), ends))


def _overprints(by_x: list[Char]) -> set[int]:
    """``id()`` of the characters of a row (sorted by x0) that repeat the one before them, drawn
    again less than 0.15 em to its right at about the same height and size: bold imitated by
    drawing a text twice a fraction of a point apart, or a shadow (the text drawn again in grey a
    point or so right of and below it, as HTML and report tools write a text shadow). PDFium's
    text page leaves out such a repeat when it is a whole text object. (A letter is wider than
    0.15 em, so a doubled letter of a word, "ll", is no repeat.)"""
    if len(by_x) < 2:
        return set()
    x0s = list(map(_X0, by_x))
    if min(map(operator.sub, x0s[1:], x0s)) >= 0.15 * max(map(_SIZE, by_x)):
        return set()  # (the common case, in C)
    out: set[int] = set()
    prev = by_x[0]
    for c in by_x[1:]:
        size = prev[5]
        if (
            c[0] == prev[0]
            and not c[0].isspace()
            and c[1] - prev[1] < 0.15 * size
            # (a quarter em in height: pdfminer boxes a character by its font's descent, and a
            # copy in a Type3 font, as a browser writes the stroked outline of a text, stands a
            # descent higher on the same baseline)
            and abs(c[3] - prev[3]) <= 0.25 * size
            and abs(c[5] - size) <= 0.01 * size
        ):
            out.add(id(c))  # (compared with the next copy in turn: a shadow of a bold copy)
        elif (
            # the same letter over the same span (x0 and x1 to a fiftieth of a point) in a box
            # that overlaps its box, at another size: a copy whose size is read from another
            # font matrix (Ghostscript re-writes a browser's Type3 copy of a stroked text with
            # its glyphs scaled in the font, so the copy reads a tenth of the size over the
            # same advances); a letter of its own at another size has another width. The copy
            # at the smaller size goes; the other is compared with the next character.
            c[0] == prev[0]
            and not c[0].isspace()
            and abs(c[1] - prev[1]) <= 0.02
            and abs(c[2] - prev[2]) <= 0.02
            and c[5] != size
            and c[3] < prev[4]
            and prev[3] < c[4]
        ):
            small, c = (c, prev) if c[5] < size else (prev, c)  # noqa: PLW2901
            out.add(id(small))
        prev = c
    return out


def _letter_sizes(records: Iterable[Char], pieces: Pieces) -> Counter[float]:
    """Letters (no spaces) per size, rounded to 0.1 pt, a piece counting for its characters."""
    sizes: Counter[float] = Counter()
    for c in records:
        if not c[0].isspace():
            sizes[round(c[5], 1)] += len(c[0]) if id(c) in pieces.parts else 1
    return sizes


_BOLD: Final = re.compile(r"(?i)bold|black|heavy|semibold|demi")
_ITALIC: Final = re.compile(r"(?i)italic|oblique")
#: TeX's fonts name their weight and shape in Karl Berry's scheme, not in words: Computer Modern
#: "CMBX10" (bold extended), "CMB10", "CMSSBX10", its T1 versions "ECBX1000" / "ECSX1000" and
#: cm-super's "SFBX1000" / "SFSX1000" (sans bold); italic "CMTI10", slanted "CMSL10", "CMSSI10",
#: "CMBXTI10", "ECTI1000", "SFTI1000", "SFSI1000" (pdfTeX's OT1 and T1 LaTeX documents).
_TEX_BOLD: Final = re.compile(r"(?i)^(?:cm(?:bx|b(?=\d)|ssbx)|ecbx|ecsx|sfbx|sfsx|sfbi)")
_TEX_ITALIC: Final = re.compile(
    r"(?i)^(?:cm(?:bx)?(?:ti|sl|ssi|itt)|ec(?:bx)?(?:ti|sl|si|bi)|sf(?:ti|sl|si|bi))"
)


#: The font of an OCR layer, named for what it is (Tesseract's "GlyphLessFont", "InvisibleMonospacePdf",
#: ocrmypdf's glyph-less fallback "Occulta").
_OCR_FONT: Final = re.compile(r"(?i)glyph-?less|invisible|occulta")


def quarter_turned(a: float, b: float, c: float, d: float) -> bool:
    """Whether a text matrix ``a b c d`` sets its glyphs a quarter turned (running up or down the
    page), its terms ``a`` and ``d`` taken as 0 where they are nothing beside its scale: a
    rewrite that multiplies its transformations out (mutool convert) writes 2e-8 where the turn
    has 0, and the line was read as upright letters stacked in a column (or left out)."""
    scale = abs(b) + abs(c)
    return b * c < 0 and abs(a) <= 1e-5 * scale and abs(d) <= 1e-5 * scale


def ocr_font(fontname: str) -> bool:
    """Whether a font is named as an OCR layer's (Tesseract's "GlyphLessFont", ocrmypdf's
    "Occulta", "InvisibleMonospacePdf"; a subset tag before the name ignored)."""
    return _OCR_FONT.search(fontname.rsplit("+", 1)[-1]) is not None


#: Word steps (:func:`word_steps`): at least this many steps from one word to the next on its
#: line, in at least this share of the pairs of words that follow each other on a line, all but
#: a tenth of them one way, at a slope of at least this (0.1°; a word a point lower every 600).
_STEPS_MIN: Final = 10
_STEPS_SHARE: Final = 0.6
_STEPS_ONE_WAY: Final = 0.9
_STEPS_SLOPE: Final = 0.002


def word_steps(chars: Sequence[Char]) -> float:
    """The slope (points lower per point to the right) at which an OCR layer's level words step
    along the skewed lines of a scan; 0.0 when they do not.

    Tesseract's renderer sets a line whose fitted baseline is level with a level text matrix,
    but each of its words where the word stands on the skewed scan: the words of one line step
    down (or up) one after the other, a point every 70 at 0.8°, and a long line drifts across
    its neighbours' rows (words of two lines read as one row, "ten De additionele"). Such a page
    may have no text turned by the skew at all, or only a few lines, so the skew is read from the
    words themselves: the characters in the order drawn, a word a run on one height with no
    space; two words follow each other on a line where the second starts right of the first
    within two ems, less than half an em higher or lower. Where most such pairs step (a
    born-digital line's words share their baseline, and a level scan's step up and down at
    random), all but a tenth of them the same way, the median step is the slope.
    """
    words: list[tuple[float, float, float, float]] = []  # (x0, x1, top, size)
    last: Char | None = None
    for c in chars:
        if c.text.isspace():
            last = None
            continue
        if last is not None and c.top == last.top and -0.5 < c.x0 - last.x1 < 0.25 * c.size:
            x0, _, top, size = words[-1]
            words[-1] = (x0, c.x1, top, size)
        else:
            words.append((c.x0, c.x1, c.top, c.size))
        last = c
    pairs = 0
    down: list[float] = []
    up: list[float] = []
    for (x0, x1, top, size), (nx0, _, ntop, _) in itertools.pairwise(words):
        if 0 < nx0 - x1 < 2 * size and abs(ntop - top) < 0.5 * size:
            pairs += 1
            if ntop != top:
                (down if ntop > top else up).append((ntop - top) / (nx0 - x0))
    steps = max(down, up, key=len)
    if (
        len(steps) < _STEPS_MIN
        or len(down) + len(up) < _STEPS_SHARE * pairs
        or len(steps) < _STEPS_ONE_WAY * (len(down) + len(up))
    ):
        return 0.0
    slope = sorted(steps)[len(steps) // 2]
    return slope if abs(slope) >= _STEPS_SLOPE else 0.0


def font_style(fontname: str) -> tuple[bool, bool]:
    """Return (bold, italic) as far as a font name says ("ABCDEF+Verdana-BoldItalic")."""
    name = fontname.rsplit("+", 1)[-1]
    return (
        bool(_BOLD.search(name) or _TEX_BOLD.match(name)),
        bool(_ITALIC.search(name) or _TEX_ITALIC.match(name)),
    )


@attrs.define(slots=True)
class Word:
    """Characters that belong together on one line."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@attrs.define(slots=False)
class TextLine:
    """One line of one column: its words, left to right, and its box.

    (Not slotted: attrs gives a slotted class with cached properties a ``__getattr__``, which
    sends every attribute read of every line through Python's slow path; the cached values
    are kept in the instance's ``__dict__`` instead.)
    """

    words: list[Word]
    page: int
    top: float
    bottom: float

    def part(self, words: list[Word]) -> TextLine:
        """A line of some of this line's words (a heading's, a label's, the rest beside them), on
        its page at its height."""
        return TextLine(words=words, page=self.page, top=self.top, bottom=self.bottom)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    # (computed once: the words of a line do not change, and the writer asks for these often)

    @functools.cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @functools.cached_property
    def size(self) -> float:
        """The size most of the line's letters have."""
        weights: Counter[float] = Counter()
        for w in self.words:
            weights[round(w.size, 1)] += len(w.text)
        return weights.most_common(1)[0][0]

    @functools.cached_property
    def bold(self) -> bool:
        words = [w for w in self.words if any(map(str.isalnum, w.text))]
        if words and not words[0].bold and len(words) > 1 and _vocab.HEADING_MARK.match(words[0].text):
            # a heading's number set by the word processor's outline numbering takes the paragraph
            # mark's weight, regular, before the bold heading ("1  Aanleiding", "II.  Advies")
            words = words[1:]
        return all(w.bold for w in words)

    @functools.cached_property
    def italic(self) -> bool:
        return all(w.italic for w in self.words if any(map(str.isalnum, w.text)))

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@attrs.define(slots=True)
class PageLayout:
    """What is kept of a page: its body lines, its colofon lines and its size."""

    number: int
    width: float
    height: float
    body: list[TextLine]
    colofon: list[TextLine]
    #: Lines near the top or bottom edge, as (text, top bucket): candidates for furniture.
    edges: set[tuple[str, int]] = attrs.field(factory=set)
    #: Lines of text running up or down a margin (:func:`turned_lines`).
    turned: list[TextLine] = attrs.field(factory=list)
    #: Whether a new document starts on this page (an enclosure: :meth:`LayoutReader._other_colofon`,
    #: :meth:`LayoutReader._new_head`); it is written as a first page.
    starts: bool = False
    #: The date and reference that name the document the page belongs to (its first page's),
    #: which its rows are written against, whatever page is read by then.
    identity: dict[_vocab.Concept, tuple[str, str]] = attrs.field(factory=dict)


# -- geometry ------------------------------------------------------------------------------------


_TOP: Final = operator.itemgetter(3)  # Char.top
_X0: Final = operator.itemgetter(1)  # Char.x0
_TOP_BOTTOM: Final = operator.itemgetter(3, 4)  # (Char.top, Char.bottom)
_TEXT: Final = operator.itemgetter(0)  # Char.text
_X1: Final = operator.itemgetter(2)  # Char.x1
_SIZE: Final = operator.itemgetter(5)  # Char.size
_FONT: Final = operator.itemgetter(6)  # Char.fontname
_WORD_X0: Final = operator.attrgetter("x0")

# The per-character loops below are written for speed (they are most of the layout's time):
# fields by index, min/max as comparisons in the order min()/max() make them, no per-character
# function calls. What they compute is as the docstrings say.


def rows(chars: Iterable[Char], *, ocr: bool = False) -> list[list[Char]]:
    """Group characters into rows: a character joins the row its box overlaps by half its height.

    Superscript markers (a smaller digit slightly above the line) and OCR words whose tops differ
    by a few points join their line; lines 1.2 line-heights apart do not touch.

    In an OCR layer (``ocr``) a character whose baseline (its box's bottom) lies below the row's
    by more than half its height, and that stands under a character of the row (their x ranges
    overlap: no two letters of one line do), is on the next line however its box overlaps: an
    engine sizes each line by its own box, so a small label's line ("Datum", boxed 5 points
    high) and the taller line of its value under it ("9 september 2024", 10 points) overlap. (A
    raised note number stands before its text, not over it.) So is such a character boxed less
    than 0.6 times as high as the row, its baseline below the row's, however near: the engine
    gave the line above a box too tall (a speck under "Kenmerk" boxed it 12 points high, its
    bottom 2 points above that of the 5-point value under it: "IKEeNnWm/eBrSkK-2026/...").
    """
    out: list[list[Char]] = []
    row: list[Char] = []
    top = bottom = 0.0
    # (records in a run with one top and bottom, the pieces of a line in one font, come as one
    # group, made in C: where one of them joins the row and moves neither its top nor its
    # bottom, each after it meets the same test with the same row and joins it the same way;
    # not in an OCR layer, whose test looks at the row's characters too)
    for (c_top, c_bottom), group in itertools.groupby(sorted(chars, key=_TOP), key=_TOP_BOTTOM):
        height = c_bottom - c_top
        for c in group:
            if out:
                row_height = bottom - top
                if c_top < bottom - 0.5 * (row_height if row_height < height else height) and not (
                    ocr
                    and (
                        c_bottom - bottom > 0.5 * height or (c_bottom > bottom and height < 0.6 * row_height)
                    )
                    and _under_row(c, row)
                ):
                    row.append(c)
                    if height >= row_height and (c_top < top or (height > row_height and c_bottom > bottom)):
                        if c_top < top:  # noqa: PLR1730 - min() and max() are slower here
                            top = c_top
                        if height > row_height and c_bottom > bottom:
                            bottom = c_bottom
                    elif not ocr:
                        row.extend(group)  # noqa: B031 - the rest of the group: the loop over it ends
                    continue
            row = [c]
            out.append(row)
            top, bottom = c_top, c_bottom
    return out


def _under_row(c: Char, row: list[Char]) -> bool:
    """Whether a character's x range overlaps (by more than half a point) that of a character of
    ``row``."""
    x0, x1 = c[1] + 0.5, c[2] - 0.5
    return any(r[1] < x1 and x0 < r[2] for r in row)


def turned_lines(glyphs: Sequence[Turned], chars: Sequence[Char], page: int) -> list[TextLine]:
    """Lines of text turned a quarter in a margin of the page (a classification stamp such as
    "DEPARTEMENTAAL VERTROUWELIJK" running up the left margin), each read as one line.

    The characters of one direction whose origins share an x (to the point) are a line, in
    reading order (from the bottom for text running up), split where two origins are more than
    two ems apart; a line is kept only when it lies wholly left or right of the page's upright
    text, or of the upright text at its height (:func:`_beside`), (turned text among the body, a
    rotated table, is left out, as before) and has a word of three letters or more (no page
    number, bar code digits or marks). The box is the one the glyphs cover, one em across.
    """
    if not glyphs:
        return []
    out = _aslant_lines([g for g in glyphs if g.aslant], page)
    marks = [c for c in chars if not c[0].isspace()]
    if not marks:
        return out
    left, right = min(map(_X0, marks)), max(map(_X1, marks))
    columns: dict[tuple[bool, int], list[Turned]] = {}
    for g in glyphs:
        if not g.aslant:
            columns.setdefault((g.up, round(g.x)), []).append(g)
    for (up, _), column in sorted(columns.items(), key=lambda item: item[0][1]):
        column.sort(key=lambda g: -g.top if up else g.top)
        runs: list[list[Turned]] = [[column[0]]]
        for prev, g in itertools.pairwise(column):
            if abs(g.top - prev.top) > 2 * max(g.size, prev.size):
                runs.append([])
            runs[-1].append(g)
        for run in runs:
            text = _glyph_text(run)
            size = max(g.size for g in run)
            x = run[0].x
            x0, x1 = (x - size, x) if up else (x, x + size)
            tops = [g.top for g in run]
            top, bottom = (min(tops) - size, max(tops)) if up else (min(tops), max(tops) + size)
            if _has_long_word(text) and (x1 < left or x0 > right or _beside(marks, (x0, x1, top, bottom))):
                out.append(_glyph_line(run, text, (x0, x1, top, bottom), page))
    return out


def _line_numbers(chars: Sequence[Char], width: float, margin: float | None) -> set[int]:
    """The ids of the characters of line numbers printed in a margin (a draft for consultation
    numbers every line of its body, 1, 2, 3 ... in a column left of the text): numbers of one to
    three digits standing alone (no other mark within an em on either side), in the left third of
    the page, ending at one x (to two points; or starting at one), at least five of them, each
    one more than the one above it for four steps in five, and all left of where the page's
    other rows start (a table's numbered first column, a Bijlagen table, starts at the body's
    edge), and left of ``margin``, where the first page's text starts (a later page that holds
    only the rest of a numbered table has no other text to tell). They carry no words: they are
    page furniture, like a page number.
    """
    xs = list(map(_X0, chars))
    if not xs:
        return set()
    stray: set[int] = set()
    if not (leftmost := chars[xs.index(min(xs))])[0].isdigit():
        # the page's leftmost mark is no digit: the usual page, asked no further, unless it stands
        # in the head or foot strip (the outer tenth of the text's height), a line there (a stamp
        # an archive merges over each page from near the sheet's edge) that may start left of the
        # numbers: its rows' marks are set apart and the column is asked again
        tops = list(map(_TOP, chars))
        high, low = min(tops), max(tops)
        if high + 0.1 * (low - high) < leftmost[3] < low - 0.1 * (low - high):
            return set()
        first = min((c[1] for c in chars if c[0].isdigit()), default=None)
        if first is None or first > width / 3:
            return set()
        early = sorted((c[3], c[4]) for c in chars if c[1] < first and not c[0].isspace())
        if len(early) > 0.05 * len(chars):
            return set()
        bands: list[list[float]] = []  # (those marks' rows, run together)
        for top, bottom in early:
            if bands and top < bands[-1][1]:
                bands[-1][1] = max(bands[-1][1], bottom)
            else:
                bands.append([top, bottom])
        stray = {id(c) for c in chars if any(c[3] < b and c[4] > a for a, b in bands)}
    left = min(
        (c[1] for c in chars if not c[0].isdigit() and not c[0].isspace() and id(c) not in stray),
        default=None,
    )
    if left is None or left > width / 3:
        return set()
    digits = [c for c in chars if c[2] < left and c[0].isdigit()]
    if len(digits) < 5:
        return set()
    digits.sort(key=lambda c: (round(c[3]), c[1]))
    tokens: list[list[Char]] = []
    for c in digits:
        last = tokens[-1][-1] if tokens else None
        if last is not None and abs(c[3] - last[3]) < 1 and c[1] - last[2] < 0.3 * c[5]:
            tokens[-1].append(c)
        else:
            tokens.append([c])
    tokens = [t for t in tokens if len(t) <= 3]
    if len(tokens) < 5:
        return set()
    found: set[int] = set()
    for edge in (_X1, _X0):
        by_edge: dict[int, list[list[Char]]] = {}
        for t in tokens:
            by_edge.setdefault(round(edge(t[-1] if edge is _X1 else t[0]) / 2), []).append(t)
        for column in by_edge.values():
            if len(column) < 5:
                continue
            column.sort(key=lambda t: t[0][3])
            values = [int("".join(map(_TEXT, t))) for t in column]
            steps = sum(b == a + 1 for a, b in itertools.pairwise(values))
            if steps < 0.8 * (len(values) - 1):
                continue
            ids = {id(c) for t in column for c in t}
            right = max(c[2] for c in chars if id(c) in ids)
            size = max(c[5] for c in chars if id(c) in ids)
            tops = [(t[0][3], t[0][4]) for t in column]
            # (a stray mark counts only where it stands between the first number and the last)
            others = [
                c
                for c in chars
                if id(c) not in ids
                and not c[0].isspace()
                and (id(c) not in stray or (tops[0][0] < c[4] and c[3] < tops[-1][1]))
            ]
            # nothing within an em of a number on its row, and the page's other text starts right of them
            if any(c[1] < right + size for c in others if any(c[3] < b and c[4] > a for a, b in tops)):
                continue
            if (others and min(map(_X0, others)) < right + size) or (
                margin is not None and right + size > margin
            ):
                continue
            found |= ids
    return found


def _beside(marks: list[Char], box: tuple[float, float, float, float]) -> bool:
    """Whether the turned line in ``box`` (x0, x1, top, bottom) lies wholly left or right of the
    upright text at its height, where some upright text lies there. A line written across the
    foot or head of the page reaches into the margin under or over the turned line without
    standing beside it: a stamp a publication platform merges over each page ("Openbaar gemaakt
    op grond van de Woo", from the sheet's left edge), a footer set wider than the body."""
    x0, x1, top, bottom = box
    level = [c for c in marks if c[3] < bottom and c[4] > top]
    return bool(level) and (x1 < min(map(_X0, level)) or x0 > max(map(_X1, level)))


def _glyph_text(run: Sequence[Turned]) -> str:
    """The text of a run of turned glyphs, each run of spaces made one.

    Where the glyphs' advances are known, a gap between two letters wider than the narrowest
    such gap by a fifth of an em is a space: a stamp set with tracking places each letter on its
    own (an HTML letter-spacing), and PDFium's text page leaves out the space between its words
    (a lone space character between two placed letters), which pdfminer reads.
    """
    if len(run) > 2 and all(g.advance > 0 for g in run):
        pairs = list(itertools.pairwise(run))
        gaps = [abs(b.top - a.top) - a.advance for a, b in pairs]
        letters = [
            gap
            for gap, (a, b) in zip(gaps, pairs, strict=True)
            if not a.text.isspace() and not b.text.isspace()
        ]
        if letters:
            least = min(letters)
            parts = [run[0].text]
            for gap, (a, b) in zip(gaps, pairs, strict=True):
                if gap > least + 0.2 * b.size and not a.text.isspace() and not b.text.isspace():
                    parts.append(" ")
                parts.append(b.text)
            return " ".join("".join(parts).split())
    return " ".join("".join(g.text for g in run).split())


def _has_long_word(text: str) -> bool:
    """Whether turned text has a word of three letters or more (no page number, bar code digits
    or marks): only such text is kept."""
    return any(len(w) >= 3 and w.isalpha() for w in text.split())


def _glyph_line(
    run: Sequence[Turned], text: str, box: tuple[float, float, float, float], page: int
) -> TextLine:
    """A run of turned glyphs as a line of one word, ``text``, with the box (x0, x1, top, bottom);
    bold when all its glyphs are."""
    x0, x1, top, bottom = box
    size = max(g.size for g in run)
    bold = all(g.bold for g in run if not g.text.isspace())
    word = Word(text, x0, x1, top, bottom, size, bold, False)
    return TextLine(words=[word], page=page, top=top, bottom=bottom)


def _aslant_lines(glyphs: Sequence[Turned], page: int) -> list[TextLine]:
    """A watermark's lines: its characters in the order the page draws them, a new line where
    the next origin lies more than two ems from the last; kept when a word has three letters or
    more. Each is one word whose box is the span of its origins (the text crosses the body's
    rows; its own box tells nothing about them)."""
    runs: list[list[Turned]] = []
    for g in glyphs:
        if runs and math.dist((g.x, g.top), (runs[-1][-1].x, runs[-1][-1].top)) <= 2 * g.size:
            runs[-1].append(g)
        else:
            runs.append([g])
    out: list[TextLine] = []
    for run in runs:
        text = _glyph_text(run)
        if _has_long_word(text):
            size = max(g.size for g in run)
            x0, x1 = min(g.x for g in run), max(g.x for g in run) + size
            top, bottom = min(g.top for g in run) - size, max(g.top for g in run)
            out.append(_glyph_line(run, text, (x0, x1, top, bottom), page))
    return out


def _cover_furniture(text: str) -> bool:
    """Whether a cover page's line is no title: an organisation's name, a kind, purpose or page
    line."""
    return (
        _vocab.names_organisation(text)
        or _vocab.is_kind_line(text)
        or bool(_vocab.PURPOSE_LINE.match(text))
        or bool(_vocab.PAGE_LINE.match(text))
    )


def _cover(page_rows: list[list[Char]], height: float) -> bool:
    """Whether a page reads as a cover page: at most six rows of text above its bottom tenth
    (a letterhead, the kind, a title; a page line below)."""
    count = 0
    for row in page_rows:
        if row[0][3] < 0.9 * height and not all(c[0].isspace() for c in row):
            count += 1
            if count > 6:
                return False
    return count > 0


def _starts(row: list[Char], left: float) -> Iterable[tuple[float, bool]]:
    """x0 of characters right of ``left`` that begin a new run in a row (after a wide gap), and
    whether that character is a digit."""
    prev: Char | None = None
    for c in sorted(row, key=_X0):  # (fields by index: text, x0, x1, size)
        if c[0].isspace():
            continue
        if c[1] > left and (prev is None or c[1] - prev[2] >= c[5]):
            yield c[1], c[0][0].isdigit()  # (a record may hold several characters)
        prev = c


def _table_cell(row: list[Char], x: float) -> bool:
    """Whether the run starting at ``x`` ends a table's row: two runs or more stand left of it
    (after wide gaps), the first no known label (a label row at a tab stop, "Aan  MBZK", has a
    colofon line beside it); or the row holds four runs or more, the first a known label: the
    second label|value pair of a head form's grid ("Aan  MBZK  Van  DGOO"), no colofon."""
    every = [s for s, _ in _starts(row, -1.0)]
    starts = [s for s in every if s < x - 1.0]
    if len(starts) < 2:
        return False
    first = sorted((c for c in row if starts[0] <= c.x0 < starts[1] and not c.text.isspace()), key=_X0)
    return not _is_label(_run_text(first).strip()) or len(every) >= 4


#: Where the right part of a page, in which a colofon column is looked for, starts (a fraction of
#: the width: :func:`column_threshold`).
_COLUMN_PART: Final = 0.55


def column_threshold(page_rows: list[list[Char]], width: float, *, rightmost: bool = False) -> float | None:
    """The x where the right-hand colofon column starts, or None when the page has none.

    The colofon is a left-aligned column in the right part of the page: the x0 shared by the
    most runs that start right of 55 % of the width (at least three rows); of x0s shared by as
    many, the one met first from the top (``rightmost``: the rightmost, for a wide later page
    whose table columns start as often as its colofon lines). The threshold is just left of it, so a
    body line that reaches into the column's x-range stays in the body.

    An x0 where runs mostly start with a digit is a column of amounts in a table (numbers of the
    same width, right-aligned, start at one x0 row after row), not the colofon, whose labels
    start with letters: it counts only when runs starting with a letter make up a third or more.
    """
    counts: Counter[int] = Counter()
    digits: Counter[int] = Counter()
    in_table: Counter[int] = Counter()
    lowest: dict[int, float] = {}
    for row in page_rows:
        seen: set[int] = set()
        for x, digit in _starts(row, _COLUMN_PART * width):
            bucket = round(x / 3)
            if bucket not in seen:
                seen.add(bucket)
                counts[bucket] += 1
                digits[bucket] += digit
                in_table[bucket] += _table_cell(row, x)
            lowest[bucket] = min(lowest.get(bucket, x), x)
    for bucket, n in digits.items():
        if 3 * n > 2 * counts[bucket] or (not rightmost and 2 <= in_table[bucket] >= counts[bucket] - 1):
            # (a column of amounts; or, on page 1, the last column of a table, "Paraaf  Naam
            # Datum" over its rows, each with two cells or more left of it: no colofon)
            del counts[bucket]
    count = 0
    if counts:
        bucket, count = counts.most_common(1)[0]
        if rightmost:
            bucket = max(b for b, n in counts.items() if n == count)
    if count < 3:
        return None if rightmost else _labelled_column(page_rows, width)
    near = [lowest[b] for b in (bucket - 1, bucket, bucket + 1) if b in lowest]
    return min(near) - 1.0


def _labelled_column(page_rows: list[list[Char]], width: float) -> float | None:
    """A colofon column that starts between 40 % and 55 % of the width (a header table split in
    halves), told by its labels: the x0 shared by the most runs starting there after a wide gap
    (four rows or more), all set smaller than most of the page's letters, two or more of them a
    known label alone ("Kenmerk", "Datum"). The threshold is just left of it, as above."""
    runs: dict[int, list[tuple[float, str, float]]] = {}
    inner: Counter[int] = Counter()
    letters: Counter[float] = Counter()
    for row in page_rows:
        by_x = sorted((c for c in row if not c[0].isspace()), key=_X0)
        for c in by_x:
            letters[round(c[5], 1)] += len(c[0])
        start = 0
        before = 0
        for k in range(1, len(by_x) + 1):
            if k == len(by_x) or by_x[k][1] - by_x[k - 1][2] >= by_x[k][5]:
                first = by_x[start]
                if 0.4 * width < first[1] <= 0.55 * width:
                    text = _run_text(by_x[start:k])
                    bucket = round(first[1] / 3)
                    runs.setdefault(bucket, []).append((first[1], text, first[5]))
                    # (a label|value pair before it and its value after it on the row)
                    inner[bucket] += before >= 2 and k < len(by_x)
                start = k
                before += 1
    if not runs:
        return None
    bucket = max(runs, key=lambda b: len(runs[b]))
    found = runs[bucket]
    body_size = letters.most_common(1)[0][0]
    labels = sum(_is_label(text) for _, text, _ in found)
    if len(found) < 4 or labels < 2 or any(size >= 0.9 * body_size for _, _, size in found):
        return None
    if inner[bucket] == len(found):
        # every run there is the middle of its row, a pair of cells on each side: the second
        # label column of a head form's grid ("Aan  MBZK  Van  DGOO"), no colofon
        return None
    return min(x for x, _, _ in found) - 1.0


def _run_text(chars: list[Char]) -> str:
    """The words of characters sorted by x0 (a space at a gap of a fifth of an em)."""
    parts = [chars[0][0]]
    for prev, c in itertools.pairwise(chars):
        if c[1] - prev[2] > 0.2 * c[5]:
            parts.append(" ")
        parts.append(c[0])
    return "".join(parts)


#: Where a left colofon column is looked for: between these fractions of the page height (a
#: letterhead or footer may run across the column).
_LEFT_BAND: Final = (0.12, 0.9)
#: A left column that reaches above the band starts no higher than this part of the height.
_LEFT_TOP: Final = 0.05
#: How much larger than a left column's text (its commonest size) a line of an OCR layer above
#: the band may be set and still be the column's (:func:`_left_column`; 1.25 where the sizes
#: are the fonts').
_OCR_LEFT_TOP_SIZE: Final = 1.5


def _left_column(
    chars: list[Char], width: float, height: float, *, ocr: bool = False
) -> tuple[float, float, float] | None:
    """A colofon column left of the body (older templates: labels and values in a narrow column,
    the body to the right): (the body's left edge, the column's top and bottom), or None.

    Between the top and bottom margins (12 % and 90 % of the height: a letterhead or footer may
    run across; 80 % where text at the page's foot crosses the strip, :func:`_left_gap`), the
    characters leave an empty vertical strip at least 18 pt wide ending before half the page
    width, whose left side holds three rows or more of text set smaller than most of the text on
    its right, with at most half as many letters (as many, when set at 80 % of the right side's
    size or smaller).

    Above the band, a line at the column's edge set at most a quarter larger than the column is
    the column's (the purpose, the ministry's name); in an OCR layer at most half larger
    (:data:`_OCR_LEFT_TOP_SIZE`): its sizes are the engine's line boxes, and a line of capitals
    ("TER BESLUITVORMING") has a box a third taller than the column's lines of small letters.
    """
    # (a quick test first, as most pages have none)
    high = _left_gap(chars, width, height)
    return None if high is None else _left_strip(chars, width, height, high, ocr=ocr)


def _left_strip(
    chars: list[Char], width: float, height: float, high: float, *, ocr: bool
) -> tuple[float, float, float] | None:
    """:func:`_left_column` in the band from its top to ``high`` (a fraction of the height)."""
    low, high = _LEFT_BAND[0] * height, high * height
    band = [c for c in chars if low <= c.top <= high and not c.text.isspace()]
    if len(band) < 40:
        return None
    spans = sorted((c.x0, c.x1) for c in band)
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= 18 and 0.1 * width <= reach and x0 <= 0.5 * width:
            inside = [c for c in band if c.x1 <= reach + 0.5]
            outside = [c for c in band if c.x0 >= x0 - 0.5]
            rows_left = {round(c.top / 3) for c in inside}
            size_left = Counter(round(c.size, 1) for c in inside).most_common(1)[0][0]
            size_right = Counter(round(c.size, 1) for c in outside).most_common(1)[0][0]
            # (a column set much smaller than the body, at most 80 % of its size, may hold as
            # many letters as a short body: a one-page nota of three short sections)
            few = 2 * len(inside) <= len(outside) or (
                size_left <= 0.8 * size_right and len(inside) <= len(outside)
            )
            if len(rows_left) >= 3 and size_left < 0.95 * size_right and few:
                # the column starts above the band where it starts at the top margin (a frame or
                # a float at the first line's height: the purpose, the ministry's name): text
                # there left of the strip, at the column's left edge or right of it and set at
                # most a quarter larger than the column, is the column's
                edge = min(c.x0 for c in inside) - 2.0
                top = min(
                    (
                        c.top
                        for c in chars
                        if _LEFT_TOP * height <= c.top < low
                        and c.x1 <= reach + 0.5
                        and c.x0 >= edge
                        and c.size <= (_OCR_LEFT_TOP_SIZE if ocr else 1.25) * size_left
                        and not c.text.isspace()
                    ),
                    default=min(c.top for c in inside),
                )
                return x0 - 1.0, top - 1.0, max(c.top for c in inside) + 1.0
            return None
        reach = max(reach, x1)
    return None


def _left_gap(chars: list[Char], width: float, height: float) -> float | None:
    """The bottom of the band (a fraction of the height) in which the starts of characters left
    of half the width, below the band's top (:func:`_left_column`), leave a gap of 17 pt or more
    (a strip of 18 pt needs one): the whole band, else the band above its lowest tenth of the
    height (:data:`_LEFT_NOTES`), where text may cross the strip (a page's notes set across the
    full width from the page's margin, under the column; the column ends above them); None when
    neither leaves a gap."""
    low, half = _LEFT_BAND[0] * height, 0.5 * width
    bands = [(high, high * height) for high in (_LEFT_BAND[1], _LEFT_NOTES)]
    # (the starts and tops of the characters in the deepest band, read once: each band's are
    # those of them above its bottom)
    deepest = max(bottom for _, bottom in bands)
    pairs = zip(map(_X0, chars), map(_TOP, chars), strict=True)
    found = [(round(x), top) for x, top in pairs if x < half and low <= top <= deepest]
    for high, bottom in bands:
        starts = sorted({x for x, top in found if top <= bottom})
        if max(map(operator.sub, starts[1:], starts), default=0) >= 17:
            return high
    return None


#: The band's bottom (a fraction of the height) above a page's notes set across its width.
_LEFT_NOTES: Final = 0.8


def _left_column_of(
    records: list[Char], width: float, height: float, pieces: Pieces, *, ocr: bool = False
) -> tuple[float, float, float] | None:
    """:func:`_left_column` of the characters the records stand for.

    Its first test (a gap of 18 pt between characters' starts) fails for the records whenever it
    fails for their characters (a piece's first character starts where it does, its others only
    add starts); where it passes, the pieces are read as their characters.
    """
    if not pieces.parts:
        return _left_column(records, width, height, ocr=ocr)
    if _left_gap(records, width, height) is None:
        return None
    return _left_column(_expand(records, pieces), width, height, ocr=ocr)


def _side_box(body: list[TextLine], height: float) -> tuple[list[TextLine], list[TextLine]]:
    """A text box floated beside a paragraph ("Achtergrond" / its text, set smaller in a frame at
    the right of the body, the paragraph's lines wrapped short left of it), read after that
    paragraph: the main column's lines first, whole, then the box's.

    The box is told by its words' x and size: on two rows at least a run of words in one size
    starts after a gap of two ems or more at one x (within a point and a half) beside words
    set in another size (half a point apart or more) that end left of it, on one row at least
    regular (bold words alone there are margin headings beside a table), and the rows between
    the box's first and last such words hold no word of the box's size left of that x, nor one
    of another size right of it. The box's lines go in after the line that ends the paragraph
    beside it (the first line below the box's bottom, or beside it, followed by a paragraph's
    space or a bold line), its words keep their places (their origins stay on the page); when
    that paragraph runs on to the page's last line, they are returned apart, to go in after its
    end on the next page (:func:`_after_paragraph`)."""
    found: Counter[tuple[int, float]] = Counter()
    regular: set[tuple[int, float]] = set()  # (where a row's words left of the box are regular)
    for ln in body:
        words = ln.words
        if len(words) < 2:
            continue
        for k in range(1, len(words)):
            right, before = words[k], words[k - 1]
            if right.x0 - before.x1 >= 2 * right.size and abs(right.size - before.size) >= 0.5:
                size = round(right.size, 1)
                if all(round(w.size, 1) == size for w in words[k:]) and all(
                    abs(w.size - before.size) < 0.5 for w in words[:k]
                ):
                    found[round(right.x0 / 3), size] += 1
                    if not all(w.bold for w in words[:k]):
                        regular.add((round(right.x0 / 3), size))
                break
    if not found:
        return body, []
    (bucket, size), count = found.most_common(1)[0]
    if count < 2 or (bucket, size) not in regular:
        # (bold words alone left of it: margin headings beside a table set smaller, no box)
        return body, []
    x = bucket * 3 - 1.5 - 1.5  # (a word of the box starts at x or right of it)

    def in_box(w: Word) -> bool:
        return w.x0 >= x and round(w.size, 1) == size

    tops = [i for i, ln in enumerate(body) if any(in_box(w) for w in ln.words)]
    first, last = tops[0], tops[-1]
    box: list[TextLine] = []
    main: list[TextLine] = []
    for i, ln in enumerate(body):
        if not first <= i <= last:
            continue
        inside = [w for w in ln.words if in_box(w)]
        outside = [w for w in ln.words if not in_box(w)]
        if any(w.x1 > x for w in outside) or (inside and inside[0] is not ln.words[len(outside)]):
            return body, []  # (text across the box's place, or its words among others: no box)
        if inside:
            box.append(
                TextLine(
                    words=inside,
                    page=ln.page,
                    top=min(w.top for w in inside),
                    bottom=max(w.bottom for w in inside),
                )
            )
        if outside:
            main.append(ln.part(outside) if inside else ln)
    if len(box) < 3 or not main:
        return body, []
    bottom = max(ln.bottom for ln in box)
    lines_after = [*main, *body[last + 1 :]]
    end = _paragraph_end(lines_after, len(main) - 1, bottom, height)
    if end is None:
        return [*body[:first], *lines_after], box
    return [*body[:first], *lines_after[: end + 1], *box, *lines_after[end + 1 :]], []


def _paragraph_end(lines: Sequence[TextLine], start: int, bottom: float, height: float) -> int | None:
    """The index of the line from ``start`` on that ends its paragraph below ``bottom`` (the next
    line stands a paragraph's space lower or is bold, and above the page's foot, where a page
    number is no next paragraph); None when the paragraph runs on to the last line."""
    end = start
    while end + 1 < len(lines):
        cur, nxt = lines[end], lines[end + 1]
        if nxt.top > 0.9 * height:
            return None
        if cur.bottom >= bottom and (nxt.top - cur.bottom > 0.8 * cur.size or nxt.bold):
            return end
        end += 1
    return None


def _after_paragraph(body: list[TextLine], box: list[TextLine], height: float) -> list[TextLine]:
    """A page's lines with a text box carried from the page before (:func:`_side_box`) after the
    end of the paragraph that runs on at the page's top (past a running header set smaller than
    the line under it); at the page's end when it ends nowhere."""
    start = 0
    while start + 1 < len(body) and body[start].size < 0.9 * body[start + 1].size:
        start += 1
    end = _paragraph_end(body, start, 0.0, height) if body else None
    if end is None:  # (before the page's foot)
        end = start
        while end + 1 < len(body) and body[end + 1].top <= 0.9 * height:
            end += 1
    return [*body[: end + 1], *box, *body[end + 1 :]]


def _split_columns(
    page_rows: list[list[Char]], threshold: float | None, foot: float | None = None, *, later: bool = False
) -> tuple[list[Char], list[Char], bool]:
    """Split characters into (body, colofon) by x0, keeping a body run that reaches into the
    column; and say whether the body is the rows' characters in their order.

    The column ends at the first row, below its first line, where a body run reaches four ems
    or more across its left edge: text set across the column's place means the column stands no
    lower (a template whose body runs the full width under a colofon at the top right). What
    stands right of the edge from that row on is the body's (a table whose last column starts
    where the colofon does, a line's words after a footnote marker), not the colofon's. (A
    justified line or a letterhead reaching a little into the column leaves it standing.)

    Then :func:`rows` of the body gives ``page_rows`` again (the body is sorted by top already),
    so it need not be computed.

    In an OCR layer (``foot`` given) a run right of the edge at a word's gap from the body's
    word before it (:data:`_OCR_WORD_GAP`) is the body's whatever its size, above the column's
    first line and unless it starts at the column's edge (:data:`_OCR_EDGE_NEAR`).

    ``foot`` (an OCR layer's): the top of the page's foot, from which a run that starts a little
    left of the edge (:data:`_OCR_EDGE_SLACK`), after a gap of two ems or at the row's start, is
    the column's: the edge is measured on page 1's column lines, and a scanned sheet's skew moves
    a line under the column sideways the most, as far from them as it is ("Pagina" of "Pagina 2
    van 5" under the column was left in the body, a heading of its own). On a ``later`` page of
    an OCR layer (another sheet, fed shifted or turned its own way) so is a run anywhere on the
    page that starts its row, or stands four ems or more from the word before it: "Inspectie
    Gezondheidszorg en", the colofon's first line of a nota bound in after the first, 5 points
    left of page 1's edge, was read as more of its Aan row.
    """
    if threshold is None:
        return [c for row in page_rows for c in row], [], True
    body: list[Char] = []
    colofon: list[Char] = []
    to_body, to_colofon = body.append, colofon.append
    same = True
    ended = False
    for row in page_rows:
        prev: Char | None = None
        in_colofon = False
        add = to_body
        by_x = sorted(row, key=_X0)
        if same and by_x != row:
            same = False
        if ended:
            body.extend(by_x)
            continue
        split = len(colofon)
        crossed = False
        low = foot is not None and row[0][3] > foot
        shifted = later and foot is not None and not low
        edge = threshold - _OCR_EDGE_SLACK if low or shifted else threshold
        for c in by_x:
            if c[0].isspace():
                add(c)
                continue
            if not in_colofon and c[1] >= edge:
                size = c[5]
                if prev is not None and prev[0] in _EDGE_MARKS:
                    prev = _before_mark(by_x, prev)
                joined = (
                    prev is not None and c[1] - prev[2] < 0.6 * size and abs(prev[5] - size) <= 0.2 * size
                )
                if c[1] < threshold and prev is not None and c[1] - prev[2] < (4 if shifted else 2) * size:
                    joined = True  # (in the slack left of the edge, only a run set well apart)
                elif (
                    foot is not None
                    and prev is not None
                    and c[1] - prev[2] < _OCR_WORD_GAP * min(size, prev[5])
                    and c[1] > threshold + _OCR_EDGE_NEAR
                    and (not colofon or later)
                ):
                    # an OCR layer sets each word in a box of its own, sized by its letters
                    # ("en" smaller than "Ministerie"), so no size is compared: a word at a
                    # word's gap from the one before it goes on that line ("Ministerie van
                    # Onderwijs, Cultuur en", a wordmark reaching into the column's place),
                    # above the column's first line, unless it starts at the column's edge
                    # (the engine read a body line and the column's label beside it as one
                    # line: "evaluatierapport Onze referentie", its words a word's gap apart)
                    joined = True
                if not joined:
                    in_colofon = True
                    add = to_colofon
            if split and not in_colofon and c[2] > threshold + 4 * c[5]:
                crossed = True  # (a body run four ems across the edge, below the column's top)
            add(c)
            prev = c
        if crossed:  # (the row's text right of a gap is the body's too: a cell, the rest of a line)
            ended = True
            body.extend(colofon[split:])
            del colofon[split:]
    return body, colofon, same and not colofon


#: How far left of the colofon column's edge (in points) a run under the column in an OCR
#: layer may start (:func:`_split_columns`): a sheet skewed 0.7 degrees more than page 1's moves
#: a line 400 points below the column's labels 5 points sideways, a sheet fed askew a few more.
_OCR_EDGE_SLACK: Final = 10.0
#: How far after the word before it (in ems of the smaller of the two) an OCR layer's word that
#: starts in the colofon column's place still goes on the body's line (:func:`_split_columns`):
#: an engine's word boxes leave a gap of up to about one em between words (Tesseract's
#: glyph-less words, stretched to their boxes); the column stands two ems or more from the body.
_OCR_WORD_GAP: Final = 1.2
#: How far right of the column's threshold (points) such a word must start: the column's own
#: lines start at its edge, 1 point right of the threshold, a point or two more in a scan.
_OCR_EDGE_NEAR: Final = 4.0
#: How much larger than the body's size an OCR layer's line above the label rows is set to be
#: read as a bold title there (:func:`_title_above_labels`; the layer gives no bold).
_OCR_TITLE_LARGE: Final = 1.2
#: How much larger than the usual size of page 1's colofon column an OCR layer's line opening
#: page 2's column may be boxed and still continue that colofon (:meth:`_Layout._carried_value`):
#: the engine's word boxes vary with their letters and the scan (a value boxed 11 in a column of
#: 8); a heading set larger stands out more.
_OCR_COLUMN_LARGE: Final = 1.4
#: A rule's or box's edge as an OCR layer reads it, a word of its own ("_", "|").
_EDGE_MARKS: Final = "_|"


def _before_mark(by_x: list[Char], mark: Char) -> Char | None:
    """The character a lone edge mark follows in its row (sorted by x0), or the mark itself
    where it is no lone mark (one of a run of underscores, a line to fill in).

    An OCR layer reads the edge of a box or a highlight as "_" or "|" and may set it between a
    body line's end and the colofon column, a word gap from both: it joins the column's word
    to the body no more than the gap before it would ("stikstofproblematiek _ DGLGS / 44290559"
    read as one line)."""
    k = by_x.index(mark)
    before = next((c for c in reversed(by_x[:k]) if not c[0].isspace()), None)
    if before is None:
        return mark
    if before[0] in _EDGE_MARKS or mark[1] - before[2] < 0.6 * mark[5]:
        return mark
    return before


def _unswapped(records: list[Char], pieces: Pieces) -> list[Char]:
    """The page's records with byte-swapped ligature letters (:func:`_lines.unswap`) written as
    the letters, each record read with the letters of the records beside it in drawing order
    (a ligature is a record of its own between the word's other letters). A piece keeps its
    characters' boxes where each swapped letter is one letter; one that stands for two ("fi")
    makes the piece one record, as wide as its letters, as a ligature's record is."""
    out = list(records)
    sign = _lines.SWAPPED_SIGN.search
    for i, c in enumerate(records):
        if not sign(c.text):
            continue
        before = records[i - 1].text[-1:] if i else ""
        after = records[i + 1].text[:1] if i + 1 < len(records) else ""
        before, after = ("" if sign(x) else x for x in (before, after))  # (context that stays as it is)
        fixed = _lines.unswap(before + c.text + after)
        out[i] = new = c._replace(text=fixed[len(before) : len(fixed) - len(after)])
        part = pieces.parts.pop(id(c), None)
        end = pieces.ends.pop(id(c), None)
        if part is not None and end is not None and len(new.text) == len(c.text):
            pieces.parts[id(new)] = (new, *part[1:])
            pieces.ends[id(new)] = end
    return out


#: A soft hyphen with a character right after it in one record.
_SOFT_HYPHEN_INSIDE: Final = re.compile("\u00ad(?=\\S)")


def _drawn_soft_hyphens(records: list[Char], pieces: Pieces) -> list[Char]:
    """The page's records with each soft hyphen (U+00AD) that has a character right after it on
    its line written as a hyphen. A PDF draws only the hyphens it shows: a typesetter's unused
    break points are not drawn, and one it used ends a line ("kwaliteits\u00ad" / "kader", kept
    for the re-flow to join). Inside a line the sign is a printed hyphen a font's ToUnicode map
    (or its encoding's code 0xAD) calls soft ("KST 22343\u00ad330" is "KST 22343-330"); the
    text parser drops a soft hyphen as an invisible break point, which lost the hyphen."""
    out = list(records)
    for i, c in enumerate(records):
        if "\u00ad" not in c.text:
            continue
        text = _SOFT_HYPHEN_INSIDE.sub("-", c.text)
        if text[-1] == "\u00ad" and i + 1 < len(records):
            after = records[i + 1]
            if (
                after.text[:1].strip()
                and abs(after.top - c.top) < 0.3 * c.size
                and -0.1 * c.size <= after.x0 - c.x1 < 0.3 * c.size
            ):
                text = text[:-1] + "-"
        if text == c.text:
            continue
        out[i] = new = c._replace(text=text)
        part = pieces.parts.pop(id(c), None)
        end = pieces.ends.pop(id(c), None)
        if part is not None and end is not None:
            pieces.parts[id(new)] = (new, *part[1:])
            pieces.ends[id(new)] = end
    return out


#: Spacing accents and the combining marks they stand for: diaeresis, acute, grave, circumflex,
#: tilde, cedilla, caron, breve, ring.
_ACCENTS: Final = {
    "\u00a8": "\u0308",
    "\u00b4": "\u0301",
    "`": "\u0300",
    "\u02c6": "\u0302",
    "\u02dc": "\u0303",
    "\u00b8": "\u0327",
    "\u02c7": "\u030c",
    "\u02d8": "\u0306",
    "\u02da": "\u030a",
}
_ACCENT: Final = re.compile("[" + "".join(_ACCENTS) + "]")
#: A dotless i or j under an accent is the letter with the accent ("\u0131" + "\u00a8": "\u00ef").
_DOTLESS: Final = {"\u0131": "i", "\u0237": "j"}


def _accented(chars: list[Char]) -> list[Char]:
    """The characters of a row with each spacing accent drawn over a letter made one letter.

    A font in TeX's OT1 encoding has no accented letters: pdfTeX draws the accent ("\u00a8",
    the font's "dieresis") over the letter, or over a dotless "\u0131", and both character
    sources read them as two characters ("Financi\u00a8en", "ge\u00a8\u0131nformeerd"). An
    accent drawn over a letter has its middle within the letter's box; one set in a place of its
    own (an acute typed as an apostrophe, "regio\u00b4s") has not, and stays."""
    out = list(chars)
    drop: set[int] = set()
    # the letters by their left edge: an accent looks only at those that start less than the
    # widest letter left of its middle, not at the whole row (a letter given an accent stays a
    # letter at the same place, or is no longer one letter and is skipped below)
    # (a left edge that is no number holds no accent's middle, and would unsort the edges)
    letters = sorted(
        (c[1], k) for k, c in enumerate(chars) if len(c[0]) == 1 and c[0].isalpha() and not math.isnan(c[1])
    )
    lefts = [x0 for x0, _ in letters]
    widest = max((chars[k][2] - x0 for x0, k in letters), default=0.0)
    for i, c in enumerate(chars):
        mark = _ACCENTS.get(c[0])
        if mark is None:
            continue
        middle = (c[1] + c[2]) / 2
        end = bisect.bisect_left(lefts, middle)
        start = bisect.bisect_left(lefts, middle - widest - 1)  # (a point of slack for rounding)
        for k in sorted(k for _, k in letters[start:end]):
            d = out[k]
            if k != i and k not in drop and len(d[0]) == 1 and d[0].isalpha() and d[1] < middle < d[2]:
                letter = _DOTLESS.get(d[0], d[0])
                out[k] = d._replace(text=unicodedata.normalize("NFC", letter + mark))
                drop.add(i)
                break
    return [c for k, c in enumerate(out) if k not in drop] if drop else chars


#: How far (in points, and in ems of the capital's size) a capital must start before the end of
#: the lower-case letter before it to start a new word (:func:`_capital_over`): kerning moves a
#: letter a few hundredths of an em into the one before ("Te", "Wo": 0.03-0.07 em in Helvetica,
#: under 0.3 pt at a body's size); two words a producer set flush overlap by more.
_OVER_POINTS: Final = 0.3
_OVER_EM: Final = 0.05


def _capital_over(prev: Char, c: Char, before: float, pieces: Pieces | None) -> bool:
    """Whether ``c``, a capital, is drawn over the end of ``prev``, a lower-case letter, by
    clearly more than kerning: the first letter of a new word set flush against the word
    before, with no space ("NaamKenmerk", "Onze referentieDatum": a table's head cells or a
    label and the next word a producer set with tight tracking).

    The overlap must be over :data:`_OVER_POINTS` and :data:`_OVER_EM` of the capital's size,
    and :data:`_OVER_EM` more than the previous pair's (``before``, or inside ``prev`` when it is
    a piece): a word set tightly throughout (every letter drawn into the one before) stays one
    word, and so does a word's own capital at its natural place ("ZonMw", "DigiD")."""
    over = prev[2] - c[1]
    size = c[5]
    if over <= _OVER_POINTS or over <= _OVER_EM * size:
        return False
    if not (c[0][:1].isupper() and prev[0][-1:].islower()):
        return False
    part = pieces.parts.get(id(prev)) if pieces is not None and len(prev[0]) > 1 else None
    if part is not None:
        _, x0s, x1s, start = part
        k = start + len(prev[0]) - 1
        before = x1s[k - 1] - x0s[k]
    return over - before >= _OVER_EM * size


def _words(chars: list[Char], spaced: bool, pieces: Pieces | None = None) -> list[Word]:
    """Characters of one line, left to right, into words (space characters or gaps separate them).

    A space under a character (a marker printed over it) or a character standing over a space
    does not break a word; a footnote's number, set smaller, is its own word, and so is a run
    set apart from a run of another size by a small gap.
    """
    out: list[Word] = []
    # x0 order, a space after a character at the same x0: a stable sort of the characters
    # followed by the spaces
    letters = [c for c in chars if not c[0].isspace()]
    if len(letters) < len(chars):
        letters += [c for c in chars if c[0].isspace()]
    ordered = sorted(letters, key=_X0)
    if pieces and pieces.parts and _interleaved(ordered, pieces):
        return _words(_expand(chars, pieces), spaced)
    slack = 0.0  # how far apart the font's widths leave the letters of a word (see _width_slack)
    if len(ordered) > 1:
        x0s = list(map(_X0, ordered))
        starts = x0s[1:]
        # a character starting left of the middle of the one before it (in C)
        middles = map(operator.add, x0s, map(_X1, ordered))
        if any(map(operator.lt, map(operator.add, starts, starts), middles)):
            runs = _ocr_runs(ordered)
            if runs is not None and len(runs) > 1:
                # (each run fewer characters: one run is the line read as it is)
                return sorted((w for run in runs for w in _words(run, spaced)), key=_WORD_X0)
        if len(ordered) >= _SLACK_CHARS:
            slack = _width_slack(ordered, starts)
    texts: list[str] = []  # the word being built: its characters' texts, box, size, style
    x0 = x1 = top = bottom = size = last_size = 0.0
    bold = italic = digits = False
    last_bold = last_italic = False  # the style of the word's last character
    space_x1: float | None = None
    pending = False
    prev: Char | None = None  # the word's last character, and how far it overlaps the one before
    before = 0.0
    for c in ordered:
        text, c_x0, c_x1, c_top, c_bottom, c_size, _, c_bold, c_italic = c
        if not text.strip():
            if texts and c_x0 < x1 - 1.0:
                continue  # a space under a character (a marker printed over it)
            pending, space_x1 = True, c_x1
            continue
        if pending and space_x1 is not None and c_x0 < space_x1 - 1.0:
            pending = False  # the character stands over the space: no word break
        # (not before a footnote's number set small and raised after its word by less than a
        # word space of the word's size: the word's marker, "financiering.¹", also where a
        # re-export laid the word out anew with its own widths and left the number where it was,
        # 0.4 points after the word became 1.6; a small word after a space is further off, and a
        # small code on the line's baseline, "5.1.2e", is not raised)
        breakable = bool(texts) and not (
            c_size < 0.8 * last_size
            and text.isdigit()
            and c_bottom < bottom - 0.25 * last_size
            and not pending
            and c_x0 - x1 - slack <= 0.2 * last_size
        )
        if breakable and (
            pending
            or c_x0 - x1 - slack
            > (
                0.2 * (last_size if last_size > c_size else c_size)
                if spaced
                else (0.1 * c_size if 0.1 * c_size > 0.8 else 0.8)
            )
            # a line's first number set at three quarters of the text's size or smaller (a
            # note's raised number, which LaTeX sets at 6 pt before 8 pt notes, with no gap)
            or (not out and digits and last_size < 0.76 * c_size)
            # a gap where the size changes by a fifth or more (a small redaction code before a
            # word, "5.1.2e van", set apart by less than a space of the larger size); a tenth of
            # the larger size, a third of a space: a footnote's number set against its word
            # ("dienst³") is placed that close also where a producer rounds each glyph's place
            # (0.8 pt after an 11 pt word), a small word after a space is further off
            or (
                c_size != last_size
                and (c_size < 0.8 * last_size or last_size < 0.8 * c_size)
                and c_x0 - x1 - slack > 0.1 * (c_size if c_size > last_size else last_size)
            )
            # a gap where the style changes (a bold lead-in, "Gemeenten." and the regular text,
            # placed a space's width apart with no space character: 0.25-0.28 em)
            or ((c_bold != last_bold or c_italic != last_italic) and c_x0 - x1 - slack > 0.2 * c_size)
            # a capital drawn well over the end of a lower-case letter ("NaamKenmerk")
            or (c_x0 < x1 - _OVER_POINTS and prev is not None and _capital_over(prev, c, before, pieces))
        ):
            word = "".join(texts)
            if not word.isprintable() or "(cid:" in word:  # (tested here: a call a word cost 1 %)
                word = _word_text(word)
            out.append(Word(word, x0, x1, top, bottom, size, bold, italic))
            texts = []
        pending = False
        if texts:
            texts.append(text)
            x1 = c_x1
            if c_top < top:  # noqa: PLR1730 - min() and max() are slower here
                top = c_top
            if c_bottom > bottom:  # noqa: PLR1730
                bottom = c_bottom
            if c_size > size:  # noqa: PLR1730
                size = c_size
            if (not c_bold or not c_italic) and not (c_size < 0.8 * size and text.isdigit()):
                # (a footnote's number set smaller against its word, "ATR¹", takes no style
                # from it: a bold heading's word stays bold)
                if not c_bold:
                    bold = False
                if not c_italic:
                    italic = False
            if digits and not text.isdigit():
                digits = False
        else:
            texts = [text]
            x0, x1, top, bottom, size = c_x0, c_x1, c_top, c_bottom, c_size
            bold, italic, digits = bool(c_bold), bool(c_italic), text.isdigit()
        last_size, last_bold, last_italic = c_size, c_bold, c_italic
        before = prev[2] - c_x0 if prev is not None and len(texts) > 1 else 0.0
        prev = c
    if texts:
        word = "".join(texts)
        if not word.isprintable() or "(cid:" in word:
            word = _word_text(word)
        out.append(Word(word, x0, x1, top, bottom, size, bold, italic))
    return out


#: A glyph its font maps to no character, as the character sources give it: pdfminer's
#: "(cid:1)", PDFium's code as a control character (a font re-written without its ToUnicode map,
#: as Ghostscript's ``pdfwrite`` does with a subset font's accented letters: "Financi\x01n").
_NO_CHAR: Final = r"(?:\(cid:\d+\)|[\x01-\x08\x0e-\x1b\x80-\x84\x86-\x9f])"
#: Such glyphs inside a word: after a letter, or two or more before one ("\x01\x01n" for "één";
#: one alone before a word's letters may be a bullet set against its item, :data:`_lines._UNMAPPED_MARK`).
_UNREAD_LETTERS: Final = re.compile(rf"(?<=[^\W\d_]){_NO_CHAR}+|{_NO_CHAR}{{2,}}(?=[^\W\d_])")
_ONE_NO_CHAR: Final = re.compile(_NO_CHAR)


def _word_text(text: str) -> str:
    """A word's text (its characters' texts joined) where one of them is not printable or is
    "(cid:" (:func:`_words` tests that); a glyph without a character inside the word is
    U+FFFD, the same from both character sources ("Financi\ufffdn"): it stands for a letter the
    text layer does not say, which left out would misspell the word silently (the page's
    ``unmapped-glyphs`` diagnostic says so)."""
    return _UNREAD_LETTERS.sub(lambda m: "\ufffd" * len(_ONE_NO_CHAR.findall(m[0])), text)


#: The fewest characters in a row whose gaps tell that the font's widths are too narrow.
_SLACK_CHARS: Final = 6


def _width_slack(ordered: list[Char], starts: list[float]) -> float:
    """The gap the font's widths leave between the letters of a word, where they are narrower
    than the glyphs' spacing; 0 where the letters of a word meet (as they do in a font's own
    widths: kerning moves a letter a little into or away from the one before).

    A PDF re-written by a tool that substitutes a font the file did not embed (Ghostscript's
    pdfwrite, PDF/A conversion) keeps each glyph where the original font placed it, but writes
    the substitute's narrower /Widths: every letter ends short of the next ("Werkw ijze" at a gap
    that is a word gap for the letters' size). Most gaps in a row are between the letters of a
    word, so their median, when most letters are apart by more than a twentieth of an em and less
    than a third (wider is tracking or columns), is that shortfall; the word gaps are measured
    beyond it. A row with a record of several characters (letters that meet) has none."""
    # (the first few gaps first: in most rows the letters of the first word meet)
    head = sorted(map(operator.sub, starts[: _SLACK_CHARS - 1], map(_X1, ordered)))
    if head[len(head) // 2] <= 0.05 * ordered[0][5]:
        return 0.0
    gaps = sorted(map(operator.sub, starts, map(_X1, ordered)))
    median = gaps[len(gaps) // 2]
    size = max(map(_SIZE, ordered))
    if not 0.05 * size < median < 0.3 * size or max(map(len, map(_TEXT, ordered))) > 1:
        return 0.0
    return float(median)


def _ocr_runs(ordered: list[Char]) -> list[list[Char]] | None:
    """An OCR layer's words set over each other in one line, each word's characters apart.

    An OCR engine sets each word it read as a run of characters of one width that follow each
    other with no gap, at one size and height (a glyph-less font stretched to the word's box).
    Where it gives a word a box far too wide (over a highlighted or struck-out line) other words
    of the line lie inside that box, and sorted by x0 their characters interleave
    ("BeantNadwereo..."). Each
    run is then read as a word of its own, the runs in the order of their starts. None where the
    characters are no OCR layer's (in a font named as one, :data:`_OCR_FONT`).
    """
    if not all(_OCR_FONT.search(name) for name in set(map(_FONT, ordered))):
        return None
    runs: list[list[Char]] = []
    for c in ordered:
        x0, top, size = c[1], c[3], c[5]
        width = c[2] - x0
        for run in runs:
            last = run[-1]
            if (
                abs(x0 - last[2]) <= 0.02 * size
                and abs(width - (last[2] - last[1])) <= 0.05 * width + 0.01
                and abs(top - last[3]) <= 0.1 * size
                and abs(size - last[5]) <= 0.01 * size
            ):
                run.append(c)
                break
        else:
            runs.append([c])
    # a run that another run continues right at the end of its letters, over its final space
    # or with no gap, is one word with it (a closing bracket read as a word of its own,
    # "veldpartijen" ")")
    runs.sort(key=lambda run: run[0][1])
    out = [runs[0]]
    for run in runs[1:]:
        word = out[-1]
        if word[-1][0].isspace() and len(word) > 1:
            word = word[:-1]
        last = word[-1]
        if -0.05 * last[5] <= run[0][1] - last[2] <= 0.1 * last[5]:
            out[-1] = word + run
        else:
            out.append(run)
    return out


def lines(
    chars: list[Char], page: int, spaced: bool, pieces: Pieces | None = None, *, ocr: bool = False
) -> list[TextLine]:
    """Group one column's characters into lines of words, top to bottom; blank lines dropped."""
    return lines_of_rows(rows(chars, ocr=ocr), page, spaced, pieces)


def lines_of_rows(
    page_rows: list[list[Char]], page: int, spaced: bool, pieces: Pieces | None = None
) -> list[TextLine]:
    """:func:`lines` of characters already grouped by :func:`rows`."""
    out: list[TextLine] = []
    for row in page_rows:
        words = _words(row, spaced, pieces)
        if len(words) >= 4 and len(words[0].text) == 1 and len(words[1].text) == 1:
            words = _letter_spaced(words)
        if words:
            top = min(w.top for w in words)
            bottom = max(w.bottom for w in words)
            out.append(TextLine(words=words, page=page, top=top, bottom=bottom))
    return out


def _letter_spaced(words: list[Word]) -> list[Word]:
    """A letter-spaced line ("B E S L I S N O T A", a kind line or heading set with tracking) as
    its words: four capitals or more, each a word of its own, the gaps between them all but
    equal (the tracking: an HTML letter-spacing, a word processor's expanded spacing, written as
    positioned letters with no space character between them); a gap wider by a tenth of an em
    or more (the tracking plus a space) separates two words ("T E R   B E S L I S S I N G").
    Other lines are returned as they are (single letters set apart at unequal gaps are columns
    or marks: "J N", "X")."""
    if not all(len(w.text) == 1 and w.text.isalpha() and w.text.isupper() for w in words):
        return words
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(words)]
    size = max(w.size for w in words)
    least = min(gaps)
    if not 0 < least <= size:
        return words
    within = [g for g in gaps if g < least + 0.1 * size]
    if len(within) < len(gaps) // 2 + 1:
        return words  # (mostly wide gaps: letters in columns, no tracking)
    out = [words[0]]
    for gap, w in zip(gaps, words[1:], strict=True):
        if gap < least + 0.1 * size:
            a = out[-1]
            out[-1] = Word(
                a.text + w.text,
                a.x0,
                w.x1,
                min(a.top, w.top),
                max(a.bottom, w.bottom),
                max(a.size, w.size),
                a.bold and w.bold,
                a.italic and w.italic,
            )
        else:
            out.append(w)
    return out


# -- text helpers --------------------------------------------------------------------------------

#: A numbered list mark, "3." / "3)" / "(3)"; written "3.".
_ORDERED_MARK: Final = re.compile(r"^(?:\((\d{1,2})\)|(\d{1,2})[.)])$")
#: A roman list mark, "iii." / "iii)" / "(iii)"; written as printed, "iii.", so the list keeps it.
_ROMAN_MARK: Final = re.compile(r"^(?:\((i{1,3}|iv|vi{0,3}|ix|x)\)|(i{1,3}|iv|vi{0,3}|ix|x)[.)])$")
#: A lettered list mark, "c." / "c)" / "(c)", also a capital ("B.", the options of a decision);
#: written "c." / "B.".
_LETTER_MARK: Final = re.compile(r"^(?:\(([a-zA-Z])\)|([a-zA-Z])[.)])$")
_BULLET_GLYPHS: Final = frozenset(_vocab.BULLETS) - {"o", "*"}
_CID: Final = re.compile(r"^\(cid:\d+\)$")
_SENTENCE_END: Final = re.compile(r"[.!?:;]['\u2019\u201d\")]*$")


def join_lines(parts: Sequence[str]) -> str:
    """Join wrapped lines with one space, undoing a hyphen that split a word at the line end, as
    the text reader re-flows a paragraph (:func:`_lines.join_wrapped`: "CBS-" / "prognose" and
    "hbo-" / "opleidingen" keep their hyphen, "wet-" / "en regelgeving" its space)."""
    return _lines.join_wrapped(" ".join(raw.split()) for raw in parts)


def _marker(line: TextLine) -> tuple[str, str] | None:
    """A list marker: ("•", rest) for a bullet glyph, ("3.", rest) for a number, ("iii.", rest) or
    ("c.", rest) for a roman numeral or a letter (also printed "c)" or "(c)"), else None.

    The marker is a separate word followed by a gap wider than a space, as list items are set
    with a tab; "1." at the start of a sentence stays text.
    """
    words = line.words
    first = words[0]
    text = first.text
    if len(words) >= 2 and _vocab.CHECK_BOX_ALONE.match(text):
        # a check box before an option ("☐ Akkoord"): an item that keeps its box, as in text
        return "\u2022", _text(words)
    glyph = (len(text) == 1 and text in _BULLET_GLYPHS) or _CID.match(text) is not None
    if not glyph and len(text) > 1 and text[0] in _BULLET_GLYPHS and text[0] not in "-\u2013\u2014":
        # a glyph glued to its text ("•Text")
        return "\u2022", " ".join([text[1:], *(w.text for w in words[1:])])
    if len(words) < 2:
        return None
    gap = words[1].x0 - first.x1
    if glyph and (gap > 0.5 * first.size or text not in "-\u2013\u2014"):
        return "\u2022", " ".join(w.text for w in words[1:])
    if gap <= 0.5 * first.size:  # a word space: no mark is set so (most lines end here)
        return None
    rest = " ".join(w.text for w in words[1:])
    short = len(text) <= 6  # (a mark is at most six characters, "(viii)": others are not measured)
    # the gap is wider than the line's own word gaps (justified text widens those); measured once
    wide = (short or gap > 0.9 * first.size) and _wider_than_word_gaps(gap, words[1:])
    # an item's text starts at a tab stop: a gap wider than a word space after a short mark; a
    # wide mark ("iii)", "(12)") eats into the tab, so its gap may be narrower, but the text still
    # starts well over an em right of the mark (a space after "1." at a sentence start does not)
    # and further from it than the line's own word gaps
    tabbed = short and (gap > 0.9 * first.size or (words[1].x0 - first.x0 > 1.5 * first.size and wide))
    if tabbed:
        if m := _ORDERED_MARK.match(text):
            return f"{int(m[1] or m[2])}.", rest
        if m := _ROMAN_MARK.match(text):
            return f"{m[1] or m[2]}.", rest
    if gap > 0.9 * first.size:
        # "o" and "a." are also words: a tab after them is wider than the line's word gaps
        # ("o zo kwetsbare" at a line start of justified text is no item)
        if not wide:
            return None
        if text == "o":  # a second-level bullet (Word's default glyph), set with a tab
            return "\u2022", rest
    if tabbed and wide and (m := _LETTER_MARK.match(text)):
        return f"{m[1] or m[2]}.", rest  # "a." "b." "C.": ordered, the letters kept
    return None


def _ocr_bullet(lines: Sequence[TextLine], i: int) -> None:
    """A bullet glyph as an OCR layer reads it at line i's start (:data:`_vocab.OCR_BULLETS`: a
    "«", "*" or "e" a tab's width before a word, or closer in a list's column of marks,
    :func:`_beside_an_item`; or a "«" glued to it) is made the glyph,
    so the line is a list item and the misread mark no part of its text (in place; before the
    line's text is asked for). A double opening quote glued to the item's first word that no
    quote closes in the item (its line and the lines wrapped under its text) is a speck of the
    bullet read as a quote ("« “De Uitvoeringsorganisatie ... werft 400 extra" /
    "medewerkers."): it is dropped."""
    line = lines[i]
    words = line.words
    first = words[0]
    if len(words) >= 2 and (lead := _OCR_MARK_LEAD.match(first.text)):
        # a speck of the margin read as an underscore glued before the line's mark ("_e" for a
        # bullet, "_3." for an item's number; no mark starts so): the mark, its item kept, and
        # the line starting where the mark does (the speck, left of the margin, set the left
        # edge the header's label rows are measured from)
        first.x0 += (first.x1 - first.x0) * lead.end() / len(first.text)
        first.text = first.text[lead.end() :]
    if (tail := _OCR_MARK_TAIL.match(first.text)) and (len(words) >= 2 or tail[2] or tail[4]):
        # specks in the tab after a dash or a misread bullet, read as underscores glued to it
        # ("-_", "«_"; with no gap seen, the item's first word too: "-__militaire"): the mark,
        # then the word, placed by its share of the characters (the glued word kept the line
        # from being an item; a word glued to a misread bullet is taken below)
        first.text = tail[1] or tail[3]
        if glued := tail[2] or tail[4]:
            step = (first.x1 - first.x0) / len(tail[0])
            words.insert(1, attrs.evolve(first, text=glued, x0=first.x1 - step * len(glued)))
            first.x1 = first.x0 + step
            if tail[4]:  # (a misread bullet: the tab's specks stand where the tab is; no gap to measure)
                first.text = "•"
    text = first.text
    # a speck in the tab between the bullet and the text, read as a lone "_" (a rule mark, which
    # _ocr_values drops later) or as two ("* __ De regionale ..."): the item's text starts after it
    k = 2 if len(words) >= 3 and (_is_rule_mark(words[1].text) or words[1].text == "__") else 1
    if len(text) == 1 or (
        len(text) == 2 and not text.isalpha() and all(c in _vocab.OCR_BULLETS for c in text)
    ):
        if (
            all(c in _vocab.OCR_BULLETS for c in text)
            and len(words) >= 2
            and (words[k].x0 - first.x1 > 0.9 * first.size or _beside_an_item(lines, i, k))
            and (words[k].text.lstrip("_")[:1].isalpha() or words[k].text[0] in "\"'‘“")
        ):
            first.text = "•"
            second = words[k]
            if words[1].text == "__":
                del words[1]  # (the specks in the tab, no text of the item)
            if second.text[:1] == "_":  # (a speck of the tab glued to the text: "_Concurrentie")
                second.text = second.text.lstrip("_")
            if second.text[0] in _vocab.OCR_OPEN_QUOTES and second.text[1:2].isalpha():
                below = itertools.takewhile(lambda ln: abs(ln.x0 - second.x0) < 4, lines[i + 1 : i + 4])
                item = [second.text[1:], *(w.text for w in words[k + 1 :])]
                item += [w.text for ln in below for w in ln.words]  # (no line's text: it is kept)
                if not any(q in w for w in item for q in _vocab.OCR_CLOSE_QUOTES):
                    second.text = second.text[1:]
    elif text[0] in _vocab.OCR_BULLETS_GLUED and (rest := text[1:].lstrip("_")) and rest[0].isalpha():
        first.text = "•" + rest


def _ocr_lost_first_bullet(lines: Sequence[TextLine]) -> None:
    """A bulleted list's first bullet that an OCR layer lost (a faint or small glyph, not read):
    its item's line stands where the text of the bulleted item right under it starts, as close
    to it as the items are to each other, under a line that is no item, starting left of the
    items' marks (the body's edge: so it is no item's wrapped line, nor under a misread mark):
    the item's bullet, given in place, set where the next one is (before the lines' text is
    asked for). The item was a paragraph of its own."""
    for i in range(1, len(lines) - 1):
        above, line, below = lines[i - 1], lines[i], lines[i + 1]
        mark = below.words[0]
        if (
            len(below.words) < 2
            or mark.text != "\u2022"
            or abs(below.words[1].x0 - line.x0) > 0.2 * line.size
            or above.x0 > mark.x0 - 0.3 * line.size  # (left of the marks: the body's edge)
            or _marker(above) is not None
            or _marker(line) is not None
            # (above, the item beside a heading in a margin column: its mark lined up with the
            # next one, "Beslispunten  • instemmen ... op 1" / "maart 2027;" / "• instemmen ...")
            or any(
                len(w.text) == 1
                and w.text in _vocab.OCR_BULLETS + "\u2022"
                and abs(w.x0 - mark.x0) < _ITEM_ALIGN
                for w in above.words[1:]
            )
        ):
            continue
        under = lines[i + 2].top - below.bottom if i + 2 < len(lines) else line.top - above.bottom
        if below.top - line.bottom <= under + 0.25 * line.size:
            line.words.insert(0, attrs.evolve(mark, top=line.top, bottom=line.bottom))


#: How far right of the lines above and below (in ems) a run of lines stands to be the items of a
#: list whose marks an OCR layer lost (:func:`_ocr_lost_bullets`): a bullet's tab, 1 to 4 ems.
_LOST_MARKS_INDENT: Final = (1.0, 4.0)


def _ocr_lost_bullets(lines: Sequence[TextLine]) -> None:
    """A bulleted list whose every bullet an OCR layer lost (dashes or dots too faint or small to
    be read): a run of two lines or more on one page that start at one place (within a third of
    an em), right of the lines above and below it by a bullet's tab (:data:`_LOST_MARKS_INDENT`:
    the body's edge, where the marks stood), none of them an item already, that falls into two
    sentences or more, each ending its line (a full stop, a semicolon, a colon, a question or
    exclamation mark) and each line after such an end opening with a letter, broken as items
    are (:func:`_breaks_as_items`: an item wraps, and one ends short of a word it had room
    for): the items, each
    given a bullet in place, set where the marks stood (before the lines' text is asked for). The
    items were read as a paragraph: "De maximum uurprijs ... € 10,25. Voor buitenschoolse ...".
    A title or a value set right of its label (no line of it ends a sentence, or only its last)
    is one sentence at most; and the run stands right of where most of its page's lines start
    (a template that sets its text right of its numbered headings, "4  Draagvlak politiek" over
    paragraphs at the heading's text, has no list there)."""
    edges: dict[int, Counter[int]] = {}
    for ln in lines:
        edges.setdefault(ln.page, Counter())[round(ln.x0)] += 1
    i = 1
    while i < len(lines) - 1:
        first = lines[i]
        x, size, page = first.x0, first.size, first.page
        if x - edges[page].most_common(1)[0][0] < _LOST_MARKS_INDENT[0] * size:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].page == page and abs(lines[j + 1].x0 - x) <= size / 3:
            j += 1
        above = lines[i - 1]
        below = lines[j + 1] if j + 1 < len(lines) else None
        run = lines[i : j + 1]
        if (
            j > i
            and above.page == page
            and _LOST_MARKS_INDENT[0] * size <= x - above.x0 <= _LOST_MARKS_INDENT[1] * size
            and (below is None or below.page != page or x - below.x0 >= _LOST_MARKS_INDENT[0] * size)
            and all(_marker(ln) is None for ln in run)
            and run[-1].words[-1].text[-1:] in _SENTENCE_ENDS
        ):
            starts = [
                0,
                *(k + 1 for k in range(len(run) - 1) if run[k].words[-1].text[-1:] in _SENTENCE_ENDS),
            ]
            if (
                len(starts) >= 2
                and all(run[k].words[0].text[:1].isalpha() for k in starts)
                and _breaks_as_items(run, starts)
            ):
                for k in starts:
                    ln = run[k]
                    w = ln.words[0]
                    ln.words.insert(
                        0,
                        attrs.evolve(
                            w, text="\u2022", x0=x - 1.5 * size, x1=x - size, bold=False, italic=False
                        ),
                    )
        i = j + 1


#: The marks that end a list item's sentence on its line (:func:`_ocr_lost_bullets`).
_SENTENCE_ENDS: Final = frozenset(".;:?!")


def _breaks_as_items(run: Sequence[TextLine], starts: Sequence[int]) -> bool:
    """Whether a run of lines, the sentences starting at ``starts`` (each after a line ending a
    sentence), breaks as a list's items do (:func:`_ocr_lost_bullets`), not as a paragraph's
    lines: an item wraps under its text (a line of the run ends no sentence), and an item ends
    short of the run's measure (its widest line) by more than a word space and the next item's
    first word (a break a paragraph's line would not make: it had room for the word). An
    indented paragraph whose every line is a sentence of its own wraps nowhere (a list of
    one-line items whose marks the layer lost is alike in it: no mark is made where the layer
    shows none); a wrapped paragraph whose sentence happens to end a line ends it at the measure."""
    if len(starts) == len(run):
        return False
    measure = max(ln.x1 for ln in run)
    return any(
        run[k - 1].x1 + _WORD_SPACE * run[k].size + run[k].words[0].x1 - run[k].words[0].x0 < measure
        for k in starts[1:]
    )


def _ocr_value_bullets(lines: Sequence[TextLine]) -> None:
    """A label row's value set as a bulleted list as an OCR layer reads it ("Aan  «Minister van
    Defensie" / "e Staatssecretaris van Defensie": the first bullet glued to the value's first
    word, the next a lone letter or mark closer to its text than a tab): where a line's first
    word is such a lone mark (:data:`_vocab.OCR_BULLETS`) and the line right above has a word
    after its first that starts at the same place with a mark that is no letter glued to a
    capital (:data:`_vocab.OCR_BULLETS_GLUED`), both marks are the bullet glyph, a word of its
    own (in place). The marks were read as text of the value ("«Minister van Defensie e
    Staatssecretaris ...")."""
    for i in range(1, len(lines)):
        words, above = lines[i].words, lines[i - 1].words
        first = words[0]
        if len(words) < 2 or len(first.text) != 1 or first.text not in _vocab.OCR_BULLETS:
            continue
        if lines[i].top - lines[i - 1].top > 3 * first.size:
            continue
        for k, w in enumerate(above[1:], 1):
            if (
                abs(w.x0 - first.x0) < _ITEM_ALIGN
                and len(w.text) >= 3
                and w.text[0] in _vocab.OCR_BULLETS_GLUED
                and w.text[1].isupper()
            ):
                step = (w.x1 - w.x0) / len(w.text)
                above.insert(k + 1, attrs.evolve(w, text=w.text[1:], x0=w.x0 + 2 * step))
                w.text, w.x1 = "\u2022", w.x0 + step
                first.text = "\u2022"
                break


def _beside_an_item(lines: Sequence[TextLine], i: int, k: int) -> bool:
    """Whether line i's first word, a misread bullet that is no letter, with its text closer to
    it than a tab's width, has a list item as its neighbour (the line above or below): a bullet
    glyph at the same place, the item's text starting where line i's does ("« vierdaagse ..."
    over "* inzet ...": a list's marks and texts stand in two columns, a quotation mark does not
    line up so). A mark that is a letter ("e", a dot read so) is a bullet beside the same letter
    so set ("e verdeling naar ..." over "e verdeling per ...") or beside a mark that is no
    letter: no sentence's lines start with a lone "e", their next words lined up. The neighbour
    is the next line above or below that does not start where line i's text does: the lines of
    a wrapped item between two items are passed over ("e de giftenaftrek ... nauwelijks" /
    "voor gewone giften;" / "* de multiplier ..."). The neighbour's item may stand beside a
    heading in a margin column, on the heading's line ("Beslispunten  * instemmen ...")."""
    line = lines[i]
    mark, text = line.words[0], line.words[k]
    for step in (-1, 1):
        j = i + step
        # (at most two wrapped lines passed: an item of three lines)
        while 0 <= j < len(lines) and abs(j - i) <= 2 and abs(lines[j].x0 - text.x0) < _ITEM_ALIGN:
            j += step
        if not 0 <= j < len(lines) or len(lines[j].words) < 2:
            continue
        other = lines[j].words
        if abs(other[0].x0 - mark.x0) >= _ITEM_ALIGN:
            # (the neighbour item beside a heading in a margin column, "Beslispunten  * instemmen
            # ...": its mark where line i's is, after the heading's words, left of the mark by a
            # tab at least)
            p = next((p for p, w in enumerate(other) if abs(w.x0 - mark.x0) < _ITEM_ALIGN), 0)
            if p == 0 or other[p - 1].x1 > mark.x0 - mark.size:
                continue
            other = other[p:]
        if (
            len(other) >= 2
            and len(other[0].text) == 1
            and other[0].text in _vocab.BULLETS + _vocab.OCR_BULLETS
            and (other[0].text == mark.text or not other[0].text.isalpha())
            and abs(other[0].x0 - mark.x0) < _ITEM_ALIGN
            and abs(other[1].x0 - text.x0) < _ITEM_ALIGN
            and abs(lines[j].top - line.top) < 3 * mark.size * abs(j - i)
        ):
            return True
    return False


#: How far apart two items' marks (or texts) may start and still line up (points).
_ITEM_ALIGN: Final = 1.5


#: Underscores glued before a list mark: a misread bullet ("_e") or an item's number ("_3."); or
#: a speck read as a double opening quote glued before a number's mark ("\u201c2. Geadviseerd
#: besluit": no quote opens before a heading's or an item's number).
_OCR_MARK_LEAD: Final = re.compile(
    rf"^(?:_+(?=[{re.escape(_vocab.OCR_BULLETS)}]$|\d{{1,2}}[.)]$)"
    rf"|[{_vocab.OCR_OPEN_QUOTES}](?=\d{{1,2}}(?:\.\d{{1,2}})*[.)]$))"
)
#: A dash bullet with underscores glued to it, and maybe the item's first word ("-_",
#: "-__militaire"): the dash, and the word; or a misread bullet with underscores ("«_"), and
#: maybe the word ("e__de": a letter, then the tab's specks, then a word, is a bullet before it).
_OCR_MARK_TAIL: Final = re.compile(
    rf"^(?:([-\u2013\u2014])_+([^\W\d_][\w.,;:'-]*)?"
    rf"|([{re.escape(_vocab.OCR_BULLETS)}])_+([^\W\d_][\w.,;:'-]*)?)$"
)
#: Bullet glyphs as an OCR layer reads a speck (no letters: "«", "*"), or a full stop or comma
#: alone (a speck's dot: "1. . De planning"), and a heading's or an ordered item's number with
#: its dots ("3.", "3.2.1").
_OCR_TAB_SPECKS: Final = frozenset(_vocab.OCR_BULLETS_GLUED + "*.,")
_NUMBER_MARK: Final = re.compile(r"\d{1,2}\.(?:\d{1,2}\.?)*")
#: A heading's number read with a comma for its full stop ("4,").
_COMMA_NUMBER: Final = re.compile(r"(\d{1,2}),")
#: A word with a bar glued on either side: a box's edges as an OCR layer reads them ("|5.12e|").
_OCR_BOX_EDGES: Final = re.compile(r"^\|+([^|\s]*[^\W_][^|\s]*)\|+$")
#: One underscore glued before a word's letters or digits: a speck of the scan or a rule's edge.
#: (:data:`_LABEL_TAB_SPECKS`: such a speck read as a mark of its own.)
_GLUED_SPECK: Final = re.compile(r"_[^\W_]")
_LABEL_TAB_SPECKS: Final = frozenset("-_.,'")
#: A table's edge or rule as an OCR layer reads it: a word of underscores or bars alone.
_OCR_EDGE: Final = re.compile(rf"^[{re.escape(_EDGE_MARKS)}]+")
#: A table's vertical rule as an OCR layer reads it glued to the start of the cell's first
#: word, with a speck of the rule's joint ("|-Naam"): bars, then a dash or an underscore before
#: a letter, or bars right before a capital (a bar before a small letter may be the letter l or
#: I misread: "|nformatie", :data:`_vocab.OCR_STROKES`).
_OCR_RULE_GLUED: Final = re.compile(r"^\|+(?:[-_]+(?=[^\W\d_])|(?=[A-Z]))")


#: A count with a speck of the scan after it, read as a bracket, a stop or a quote ("0)", "2."):
#: the whole value of a count label (:func:`_ocr_values`).
_COUNT_SPECK: Final = re.compile(r"\d{1,2}[).,'’]")


#: Quotes an OCR engine reads a 1 alone as, a stroke wide (its flag): a count label's whole
#: value (:func:`_ocr_values`; a count is no quote).
_ONE_AS_QUOTE: Final = "'\u2018\u2019`"

#: Opening quotes an OCR engine reads a speck as, glued before a line's first word.
_OCR_OPENING_SPECKS: Final = "\u201e\u201a\u201c\u2018\u00bb"
#: Marks that close a quotation (any of them on the line or the next: the quote may be real).
_CLOSING_QUOTES: Final = "\u201d\u2019\u201c\u2018\"'\u00ab"
#: The most words of a line whose glued opening quote is read as a speck (a head row, a value).
_OCR_QUOTED_WORDS: Final = 8


def _bar_for_one(lines: Sequence[TextLine], index: int) -> bool:
    """Whether line ``index`` (a bar, then text) is an attachment table's first row with its 1
    read as the bar: under a line opening with a table's number head ("Nr.", "Volgnummer"), over
    a line opening with 2 and its stop (row 2, in the bar's column)."""
    if not 0 < index < len(lines) - 1:
        return False
    above, below, bar = lines[index - 1].words, lines[index + 1].words, lines[index].words[0]
    return (
        bool(above)
        and bool(below)
        and above[0].text.casefold() in _vocab.TABLE_NUMBER_WORDS
        and below[0].text in ("2", "2.", "2)")
        and abs(below[0].x0 - bar.x0) < 2 * bar.size
    )


def _ocr_values(lines: Sequence[TextLine], body: bool) -> None:
    """OCR confusions that the field or the pattern makes certain, repaired in place (before
    the lines' text is asked for): a table's edge read as "_" or "|" before a label row ("_
    Onderwerp Uitstel ...", "_Onderwerp:"; it kept the row from being a label row) is dropped,
    and so is a lone "_" after a line's last word, and one glued to a line's first word or
    after the letters of its last ("Berg_"); a
    speck after a label alone on its line read as a full stop ("Datum."), or after a line's last
    word as a lone colon, semicolon or comma, or after a number as a bullet glyph ("3.2.1 «
    Uitgaven"), is dropped; an empty check box read as "0" or "[]"
    before a decision option, or as a bracket glued to it ("(akkoord"); a count read as a letter
    after a count label
    ("Bijlage(n)" / "L", :data:`_vocab.OCR_ONE_ALONE`; "o" for a 0, :data:`_vocab.OCR_ZERO_ALONE`)
    or with a speck after it ("0)"), a boxed
    ground code's edge read as a
    letter ("5.1.2el"), the chamber after "Kamerstukken" ("Il", also after a glued note
    number: "1-Kamerstukken Il"), and in the body a zaak number with its Z read as a 2
    ("2022208812", on a line citing parliament or in brackets); a form's options whose boxes OCR
    read as letters (:func:`_ocr_tick_marks`)."""
    for line in lines:
        _ocr_tick_marks(line.words)
    after_count = after_their = False
    if body:
        _ocr_roman_marks(lines)
        _ocr_first_item(lines)
        _ocr_item_commas(lines)
    for index, line in enumerate(lines):
        words = line.words
        if len(words) >= 2 and any(_is_rule_mark(w.text) for w in words):
            # a rule or an edge as OCR reads it is no word: a bar, or bars, or one underscore,
            # on its own (a table's column rules: "Volgnumm | Naam", "Week van 14 september |
            # bespreking"; a box's edge before a heading: "_ Toelichting"); a run of underscores
            # (a line to fill in) is kept, and so is a line of marks alone
            kept = [w for w in words if not _is_rule_mark(w.text)]
            if kept and words[0].text == "|" and _bar_for_one(lines, index):
                # an attachment table's first row with its 1 read as a bar, over its row 2
                # ("Nr. Titel" / "| Kamerbrief ..." / "2. ..."): the row's number
                words[0].text = "1"
                kept = [words[0], *(w for w in words[1:] if not _is_rule_mark(w.text))]
            if kept:
                words[:] = kept
        if (
            len(words) >= 3
            and words[1].text in _OCR_TAB_SPECKS
            and _NUMBER_MARK.fullmatch(words[0].text)
            and words[2].text[:1].isalpha()
        ):
            # a speck in the tab after a heading's or an item's number, read as a bullet glyph
            # or a dot ("3.2.1 « Uitgaven", "3. « Punt 3:", "1. . De planning"): no mark or
            # stop stands between a number and its text
            del words[1]
        if len(words) >= 2 and words[-1].text in (":", ";", ","):
            # a colon, semicolon or comma is set against the word before it: one alone after the
            # line's last word is a speck of the scan ("9 juli 2024 :", "Rijksfinanciën, :")
            del words[-1]
        if (
            len(words) >= 2
            and words[0].text in (":", ";", ",")
            and words[1].x0 - words[0].x1 > _TAB_EMS * words[1].size
        ):
            # and one alone a tab stop or more before the line's first word (": ... Pagina 1 van
            # 1": the speck at the margin, the page line at the right, which then was no page
            # line); a label's colon set before its value at a word space stays
            del words[0]
        elif (
            body
            and len(words) >= 2
            and len(words[-1].text) == 1
            and not words[-1].text.isalnum()
            and _vocab.is_known_heading(_text(words[:-1]))
        ):
            # a mark alone after a known heading ("Aanleiding -", "Advies '") is a speck of the
            # scan: no heading ends in a mark set apart (the line was no heading, and under a
            # title the title)
            del words[-1]
        if (
            body
            and len(words) >= 2
            and (comma := _COMMA_NUMBER.fullmatch(words[0].text))
            and _vocab.is_known_heading(_text(words[1:]))
        ):
            # a heading's number with a speck read as a comma for its full stop ("4,
            # Communicatie"; no heading is numbered with a comma): the number
            words[0].text = comma[1] + "."
        if (glued := _OCR_RULE_GLUED.match(words[0].text)) and glued.end() < len(words[0].text):
            words[0].text = words[0].text[glued.end() :]
        elif (
            words[0].text[:1] == "["
            and not any("]" in w.text for w in words)
            and _vocab.PURPOSE_LINE.match(_text(words)[1:])
        ):
            # the left edge of the box a purpose line is set in, read as a bracket glued to it
            # ("[TER KENNISNAME"; no bracket closes): the purpose line
            words[0].text = words[0].text[1:]
        elif len(words) <= 3 and (end := words[-1].text)[-1:] in ".," and len(end) > 1:
            # a speck after a label alone on its line, read as a full stop or a comma ("Datum."
            # over its value in a later page's short colofon, which then was no repeat of page
            # 1's and stayed as body text): no label ends so, unless the vocabulary says so
            text = " ".join(w.text for w in words)
            if _is_label(text[:-1]) and not _is_label(text):
                words[-1].text = end[:-1]
        # (the line's first word, or the first after a label: "Aan: \u201eMinister ...")
        at = next((k for k in (3, 2, 1) if len(words) > k and _is_label(_text(words[:k]))), 0)
        if (
            (first := words[at].text)[:1] in _OCR_OPENING_SPECKS
            # (a mark alone only after a label: at a line's start it may be a note's number)
            and ((len(first) == 1 and 0 < at < len(words) - 1) or first[1:].lstrip("_")[:1].isalnum())
            and len(words) <= _OCR_QUOTED_WORDS
            and not any(
                c in _CLOSING_QUOTES
                for ln in lines[index : index + 2]
                for w in ln.words
                for c in (w.text[1:] if w is words[at] else w.text)
            )
        ):
            # a speck before a short line's first word (or its value's, after a label) read as
            # an opening quote that no quote closes, on the line or the next ("\u201aMinister
            # van Klimaat en Energie", "\u201a15 juli 2024", "\u2018Ons kenmerk", "Via: \u00bb
            # SG"), also with a speck of the tab read as an underscore after it ("\u201c_27
            # november 2026"): no quote (the label, the value or the date was none)
            if len(first) == 1:
                del words[at]
            else:
                words[at].text = first[1:].lstrip("_")
        elif (
            body
            and at == 0
            and len(first) > 1
            and first[0] in _OCR_OPENING_SPECKS
            and len(runs := _gap_runs(words, 1.5)) > 1
            and len(runs[0]) <= 3
            and not any(c in _CLOSING_QUOTES for w in runs[0] for c in w.text[1:])
            and _known_heading(_text(runs[0])[1:])
        ):
            # the same speck glued before a heading set in a column left of the text, the text
            # beside it across a wide gap ("„Toelichting  De provincies ..."): the heading's
            # words are a known heading without it, which no quote opens (the page's column of
            # headings was not seen, the heading read into its paragraph)
            words[0].text = first[1:]
        if re.match(r"_[^\W\d_]", words[0].text):
            # one underscore glued before the letters of a line's first word is a speck of
            # the scan's margin, which no word starts with (a run of them is a line to fill in)
            words[0].text = words[0].text[1:]
        if re.search(r"[^\W\d_][.,;:)]?_$", words[-1].text) and not words[-1].text.endswith("__"):
            # and one glued after the letters of a line's last word (a table's rule under a
            # cell: "Van der Berg_"), which no word ends with
            words[-1].text = words[-1].text[:-1]
        for k in range(1, min(len(words), 4)):
            alone = words[k].text in _LABEL_TAB_SPECKS and (
                k + 2 == len(words) or (not body and k + 1 < len(words))
            )
            if (alone or _GLUED_SPECK.match(words[k].text)) and _vocab.known_label(_text(words[:k])):
                # the same speck (or a cell's rule) in the tab between a label and its value, read
                # as one underscore glued to the value ("Kenmerk _SodM/24012345"), or as a mark of
                # its own ("Ons kenmerk - BZ2409931"): no value starts so (a mark alone after a
                # label, "Kopie aan -", is its value: kept; in the body only before a value of
                # one word, a code: a dash after a label word may be prose, "Status - de ...")
                if alone:
                    del words[k]
                else:
                    words[k].text = words[k].text[1:]
                break
        for w in words[1:]:
            if (glued := _OCR_RULE_GLUED.match(w.text)) and glued.end() < len(w.text):
                w.text = w.text[glued.end() :]
        if (edge := _OCR_EDGE.match(words[0].text)) and (len(words) >= 2 or edge.end() < len(words[0].text)):
            rest = words[0].text[edge.end() :]
            after = [rest] + [w.text for w in words[1:2]] if rest else [w.text for w in words[1:3]]
            if _vocab.known_label(after[0]) or _vocab.known_label(" ".join(after)):
                if rest:  # "_Onderwerp:": glued to the label
                    words[0].text = rest
                else:  # "_ Onderwerp Uitstel ..."
                    del words[0]
        for k, w in enumerate(words[:-1]):
            if w.text.lstrip("_") in _vocab.OCR_BOX_READS and _vocab.DECISION_OPTION.match(
                " ".join(v.text for v in words[k + 1 : k + 3])
            ):
                # an empty check box before a decision option, read as the square's outline
                # ("0 Akkoord", "[] Niet akkoord", a rule's speck glued: "_[]"): the box
                w.text = "\u2610"
        if len(words) >= 4 and any(w.text == "\u2610" for w in words):
            for k, w in enumerate(words[:-1]):
                if (
                    len(w.text) <= 2
                    and not any(c.islower() for c in w.text)
                    and (k == 0 or words[k - 1].x1 + w.size <= w.x0)
                    and _vocab.DECISION_OPTION.match(" ".join(v.text for v in words[k + 1 : k + 3]))
                ):
                    # a row of options side by side, one box read as a box: a word of one or two
                    # characters without lower case before another option, set apart from the
                    # option before it, is its box read otherwise ("L", "1]", "TO")
                    w.text = "\u2610"
        k = 0
        while k < len(words):
            w = words[k]
            if (
                w.text[:1] in "(["
                and _vocab.DECISION_OPTION.match(" ".join(v.text for v in words[k : k + 2])[1:])
                and not any(c in v.text for v in words for c in ")]")
            ):
                # the box read as a bracket glued to the option ("(akkoord", "(niet akkoord"; no
                # bracket closes on the line): the box, then the option, placed by their share
                step = (w.x1 - w.x0) / len(w.text)
                words.insert(k + 1, attrs.evolve(w, text=w.text[1:], x0=w.x0 + 2 * step))
                w.text, w.x1 = "\u2610", w.x0 + step
                k += 1
            k += 1
        for k, w in enumerate(words):
            if m := _OCR_BOX_EDGES.match(w.text):
                # a word between bars, no space on either side ("|5.12e|"): the two edges of the
                # box it stands in (a redaction's ground code) read as rules; a table's column
                # rules stand apart from the cell's words ("Naam | Informatie"), so no cell
                w.text = m[1]
            if m := _vocab.OCR_GROUND_BOXED.match(w.text):
                w.text = m[1] + m[2]
            elif k and w.text in _vocab.OCR_CHAMBER and words[k - 1].text.endswith(_vocab.CHAMBER_CITES):
                w.text = _vocab.OCR_CHAMBER[w.text]
            elif (
                body
                and (m := _vocab.OCR_ZAAK.match(w.text))
                and ((m[1] and m[4][:1] == ")") or any(_vocab.PARLIAMENT_WORDS.search(v.text) for v in words))
            ):
                w.text = f"{m[1]}{m[2]}Z{m[3]}{m[4]}"
        last = words[-1]
        # (a letter a stroke wide, its accent or bar a speck: "í", "Á" for a 1; or a quote, the
        # 1's flag read and its stem not)
        stroke = (
            len(last.text) == 1
            and (last.text.isalpha() or last.text in _ONE_AS_QUOTE)
            and last.x1 - last.x0 < _THIN_WIDTH * last.size
        )
        if (
            last.text in _vocab.OCR_ONE_ALONE
            or stroke
            or last.text in _vocab.OCR_ZERO_ALONE
            or _COUNT_SPECK.fullmatch(last.text)
        ) and (after_count if len(words) == 1 else _count_label(" ".join(w.text for w in words[:-1]))):
            # (a count with a speck after it read as a bracket or a stop, "0)": the count; it
            # was read as a list of one item; a 0 read as the letter "o": the count, which was
            # read as a bullet of a list of one item; a letter no wider than a stroke: a 1)
            if last.text in _vocab.OCR_ONE_ALONE or stroke:
                last.text = "1"
            elif last.text in _vocab.OCR_ZERO_ALONE:
                last.text = "0"
            else:
                last.text = last.text[:-1]
        if (
            not body
            and (m := _vocab.OCR_ZAAK.match(last.text))
            and (
                after_their
                if len(words) == 1
                else _vocab.key(_text(words[:-1])) in _vocab.THEIR_REFERENCE_LABELS
            )
        ):
            # (the zaak number of the parliament's letter or question the nota answers, under
            # "Uw kenmerk" in the colofon, its Z read as a 2)
            last.text = f"{m[1]}{m[2]}Z{m[3]}{m[4]}"
        after_count = _count_label(" ".join(w.text for w in words))
        after_their = _vocab.key(_text(words)) in _vocab.THEIR_REFERENCE_LABELS


#: A ticked box as read before an option already ("X", "[X]", "☒").
_OCR_TICKS: Final = frozenset({"X", "x", *_vocab.TICKED})


def _ocr_tick_marks(words: list[Word]) -> None:
    """A form's options side by side, each after its check box ("☒ Ter besluitvorming  ☐ Ter
    informatie", "☐ Ja  ☒ Nee"), with the boxes read by OCR as letters ("[ Ter besluitvorming
    Kl Ter informatie", "® Ja [J Nee"): the boxes given their glyphs in place, when the marks
    still tell the options apart: one option's box read as a ticked box
    (:data:`_vocab.OCR_TICK_READS`, or "X"), every other option's as an empty box
    (:data:`_vocab.OCR_EMPTY_BOX_READS`) or not read at all. Where the marks do not tell (the
    ticked box lost, every box read as an empty one) nothing is changed: no option is guessed."""
    if len(words) < 4:
        return
    purposes: list[int] = []
    answers: list[int] = []
    for k, w in enumerate(words):
        t = w.text.casefold()
        if (
            t == _vocab.PURPOSE_WORD
            and k + 1 < len(words)
            and words[k + 1].text.casefold() in _vocab.PURPOSES
        ):
            purposes.append(k)
        elif t in _vocab.ANSWER_OPTIONS:
            answers.append(k)
    for options, width, native in (
        (purposes, 2, ("X", "x", "[X]", "[x]", "[ ]")),
        (answers, 1, ("[X]", "[x]", "[ ]")),
    ):
        if len(options) < 2:
            continue
        # each option's mark: the word before it, after the option before it
        marks = [
            words[k - 1] if k and (i == 0 or k - 1 >= options[i - 1] + width) else None
            for i, k in enumerate(options)
        ]
        ticks = [
            m for m in marks if m is not None and (m.text in _vocab.OCR_TICK_READS or m.text in _OCR_TICKS)
        ]
        empty = [m for m in marks if m is not None and m.text in _vocab.OCR_EMPTY_BOX_READS]
        # (a word before the first option that is no mark is the form's label: "Doel", "openbaar")
        unread = [m for m in marks[1:] if m is not None and m not in ticks and m not in empty]
        if len(ticks) != 1 or unread:
            continue
        for m, glyph in ((ticks[0], _vocab.TICKED_BOX), *((m, _vocab.EMPTY_BOX) for m in empty)):
            if m.text not in native:
                m.text = glyph


def _ocr_first_item(lines: Sequence[TextLine]) -> None:
    """A numbered list's first number that an OCR layer read as a letter ("j. het
    voorraadsysteem ...", :data:`_vocab.OCR_ITEM_ONE`), given the 1 in place, where the next line
    that starts at its left edge is the list's second item, numbered 2 with the same mark ("2.",
    "2)"). The item was a paragraph of its own before a list that started at 2. A letter's item
    ("a.", "i." of a roman list) is followed by "b." or "ii.", not by "2.": kept."""
    for index, line in enumerate(lines):
        first = line.words[0].text if line.words else ""
        if (
            len(first) != 2
            or first[0] not in _vocab.OCR_ITEM_ONE
            or first[1] not in ".)"
            or len(line.words) < 2
        ):
            continue
        below = next(
            (ln for ln in lines[index + 1 :] if ln.words and abs(ln.x0 - line.x0) <= line.size / 2), None
        )
        if below is not None and below.words[0].text == "2" + first[1]:
            line.words[0].text = "1" + first[1]


def _ocr_item_commas(lines: Sequence[TextLine]) -> None:
    """A numbered list's mark whose stop an OCR layer read as a comma ("2, Instemmen met ..."),
    given the list's mark in place, where the nearest line above or below at its left edge (or
    left of it) opens with the number before or after it and a stop or bracket ("1.", "3."; the
    items' wrapped lines, indented, stand between). The item was the text of the item above it
    ("... in 2027. 2, Instemmen ..."); a sentence's line opening "2, lid 3 ..." has no such
    neighbour."""
    for index, line in enumerate(lines):
        first = line.words[0].text if line.words else ""
        if len(line.words) < 2 or not first.endswith(",") or not first[:-1].isdigit() or len(first) > 3:
            continue
        number = int(first[:-1])
        for others, step in ((reversed(lines[:index]), -1), (lines[index + 1 :], 1)):
            # (the nearest line at the edge or left of it: an item's wrapped lines stand indented)
            edge = line.x0 + line.size / 2
            mark = next((ln.words[0].text for ln in others if ln.words and ln.x0 <= edge), "")
            if mark[-1:] in (".", ")") and mark[:-1] == str(number + step):
                line.words[0].text = first[:-1] + mark[-1]
                break


def _ocr_labels(lines: Sequence[TextLine], body: bool) -> list[tuple[str, str]]:
    """Labels of the vocabulary that an OCR layer misread, given the vocabulary's spelling in
    place (after :func:`_ocr_values`), and the pairs (as read, label) for the diagnostic: a row's
    first words (up to three, as many as the label has) that :func:`_vocab.ocr_label` reads as a
    label within a few letter errors or but for accents ("Kerimerk" / "Kenmerk", "Detuum" /
    "Datum", "Vän:" / "Van:"), where a label sits: before a colon, before a value set apart at a
    tab stop (a label/value row), alone on its line in the colofon column (a label over its
    value), or as a page line's "Pagina" before "k van n" ("Pagiria 1 van 4", "Pagana Ì van 2":
    its 1 read as a letter, :data:`_vocab.OCR_PAGE_TAIL`). A misread label
    lost its field: the date, the reference, or the value went to the letterhead. Words of
    running text are no label however near (no colon, no tab after them); nor is a word printed
    as the vocabulary spells it."""
    found: list[tuple[str, str]] = []
    for line in lines:
        words = line.words
        if body and len(words) >= 3 and (row := _ocr_label_row(line)):
            found += row
            continue
        for n in range(1, min(3, len(words)) + 1):
            last, rest = words[n - 1], words[n:]
            colon = last.text.endswith(":") and len(last.text) > 1
            page = n == 1 and len(rest) >= 2 and _vocab.OCR_PAGE_TAIL.match(_text(rest)) is not None
            tab = bool(rest) and rest[0].x0 - last.x1 > 3 * rest[0].size
            # (in the body a row set at tab stops is a table's as often: "Drenthe  3,9  4,0 ..."
            # is no "Directie" row; a label/value row there has its label and one value)
            tab = tab and (not body or len(_split_row(line)) == 2)
            if not (colon or page or tab or (not rest and not body)):
                continue
            printed = _text(words[:n])[:-1] if colon else _text(words[:n])
            if _vocab.is_printed_label(printed):
                continue  # (printed as the vocabulary spells it: no fuzzy matching asked)
            read = _vocab.ocr_label(printed)
            if read is None or _vocab.key(read[0]) == _vocab.key(printed):
                continue
            if page and _vocab.PAGE_LINE.match(_text(words)):
                break  # (read as a page line already, its accents and all: "Pägina 1 van 1")
            label = read[0]
            if len(spelt := label.split()) != n or (page and _vocab.LABELS[label] is not _vocab.Concept.PAGE):
                continue
            for w, text in zip(words[:n], spelt, strict=True):
                w.text = text
            if colon:
                last.text += ":"
            found.append((printed, label))
            break
    return found


def _ocr_label_row(line: TextLine) -> list[tuple[str, str]]:
    """A body row of labels at tab stops (a colofon set as labels over values across the page's
    foot, "Datum  Referentie  Opgesteld door  Bijlage(n}"), two or more of them printed as the
    vocabulary spells them and every other run a label within a few letter errors: the misread
    ones given the label in place, and the pairs (as read, label) for the diagnostic; [] when
    the row is none such (a table's row of words is no row of labels)."""
    runs = _split_row(line)
    if len(runs) < 3:
        return []
    printed = [_text(run) for run in runs]
    exact = [_vocab.is_printed_label(p) for p in printed]
    if sum(exact) < 2 or all(exact):
        return []
    misread: list[tuple[list[Word], str, str]] = []
    for run, p, ok in zip(runs, printed, exact, strict=True):
        if ok:
            continue
        read = _vocab.ocr_label(p)
        if read is None or len(read[0].split()) != len(run):
            return []
        misread.append((run, p, read[0]))
    for run, _, label in misread:
        for w, text in zip(run, label.split(), strict=True):
            w.text = text
    return [(p, label) for _, p, label in misread]


def _ocr_shaped_labels(colofon: Sequence[TextLine], body: Sequence[TextLine]) -> list[tuple[str, str]]:
    """A date's label that an OCR layer misread beyond its letters ("DU", "Da", "oei", "un" for
    "Datum": no fuzzy match reaches it), given the label in place, and the pairs (as read,
    label) for the diagnostic: a colofon line of letters alone, no longer than the label, no
    label of the vocabulary, right over a date (:func:`_fragments.parse_date`) at the same left
    edge, and at the left edge of a label line of the column (where labels sit). The value's shape
    names the label; only on a page that gives no date label anywhere else (a page has one
    Datum: a second date under a misread word beside it is not the nota's). After
    :func:`_ocr_labels` (a label within a few letter errors is read as that label first)."""
    heads = [ln for ln in [*colofon, *body] if ln.words]
    if any(
        _vocab.label_concept(_text(ln.words[:n]).rstrip(":")) is _vocab.Concept.DATE
        for ln in heads
        for n in range(1, min(2, len(ln.words)) + 1)
    ):
        return []
    for i, (line, below) in enumerate(itertools.pairwise(colofon)):
        printed = _text(line.words)  # (not line.text: cached, and the words are repaired here)
        height = line.bottom - line.top
        if (
            len(printed) > len(_vocab.DATE_LABEL)
            or not all(w.text.isalpha() for w in line.words)
            or _is_label(printed)
            or _vocab.ocr_label(printed) is not None
            # (the value right under it, at its left edge: a label over its value)
            or below.top - line.bottom > 1.5 * height
            or abs(below.x0 - line.x0) > line.size
            or not _fragments.is_date(_text(below.words))
            # (a label line of the column at the same left edge: where labels sit)
            or not any(
                abs(other.x0 - line.x0) <= line.size and _is_label(_text(other.words))
                for k, other in enumerate(colofon)
                if k not in (i, i + 1)
            )
        ):
            continue
        line.words[:] = [attrs.evolve(line.words[0], text=_vocab.DATE_LABEL, x1=line.words[-1].x1)]
        return [(printed, _vocab.DATE_LABEL)]
    return []


def _date_label_values(lines: Sequence[TextLine]) -> Iterator[list[Word]]:
    """The words of each date label's value among ``lines`` that reads as a day, a word and a
    year ("Datum 14 apriì 2026", or the value on the line under a "Datum" alone; a weekday
    before it left out), its numbers as printed or with an OCR layer's stroke letters and O's
    for their digits (:data:`_OCR_DATE_DIGITS`)."""
    under = False  # (the line above is a date label alone)
    for line in lines:
        words = line.words
        at = 0 if under else None
        under = len(words) <= 2 and _is_date_label(words)
        if at is None and 4 <= len(words) <= 6 and _date_number(words[-1].text, 4) is not None:
            # (a cheap test first: a label of one or two words, a weekday or not, and a day, a
            # word and a year; the label's lookup only then)
            at = next((n for n in (1, 2) if _is_date_label(words[:n])), None)
        if at is None:
            continue
        value = words[at:]
        if value and value[0].text.rstrip(",").casefold() in _vocab.WEEKDAYS:
            value = value[1:]
        if len(value) == 3 and _date_number(value[0].text, 2) is not None and _date_number(value[2].text, 4):
            yield value


#: The letters an OCR layer reads a date's digits as, and those digits
#: (:data:`_vocab.OCR_DIGIT_LETTERS`).
_OCR_DATE_DIGITS: Final = str.maketrans(_vocab.OCR_DIGIT_LETTERS)


def _date_number(text: str, digits: int) -> str | None:
    """A date's day (``digits`` 2: one or two digits) or year (4: 19xx or 20xx) that ``text`` is,
    as printed or with :data:`_OCR_DATE_DIGITS` read for its digits, or None."""
    read = text.translate(_OCR_DATE_DIGITS)
    if not read.isdigit() or not read.isascii() or len(read) > digits:
        return None
    if digits == 4 and not (len(read) == 4 and read[:2] in ("19", "20")):
        return None
    return read if read == text or any(c.isdigit() for c in text) or len(text) == 1 else None


def _ocr_months(lines: Sequence[TextLine]) -> list[tuple[str, str]]:
    """Month names an OCR layer misread in a date label's value ("Datum 14 apriì 2026", or the
    value on the line under a "Datum" alone), given the vocabulary's spelling in place (the
    printed capital kept), and the pairs (as read, month) for the diagnostic: the value is a
    day, a word and a year (after a weekday, if one opens it), and the word is within a few
    letter errors of one month name (:func:`_vocab.ocr_month`). The date was lost (the nota had
    none). A date in running text is not read so: only where a date label's value sits."""
    found: list[tuple[str, str]] = []
    for value in _date_label_values(lines):
        month = value[1]
        if month.text.casefold() in _vocab.MONTHS or (read := _vocab.ocr_month(month.text)) is None:
            continue
        found.append((month.text, read))
        month.text = read.capitalize() if month.text[:1].isupper() else read
    return found


def _ocr_date_numbers(lines: Sequence[TextLine]) -> list[tuple[str, str]]:
    """A date label's day and year an OCR layer read with a stroke letter for a 1 or an O for a 0
    ("Datum" / "l oktober 2024", "14 juni 2O24": :data:`_OCR_DATE_DIGITS`), given the digits in
    place, and the pairs (as read, number) for the diagnostic: where the word between them is a
    month name (as printed, or as :func:`_ocr_months` read it). A day of letters only is read
    so when it is one letter ("l"; "Il" may be an 11 as well as a 1). The date was lost."""
    found: list[tuple[str, str]] = []
    for value in _date_label_values(lines):
        if value[1].text.casefold() not in _vocab.MONTHS:
            continue
        for w, digits in ((value[0], 2), (value[2], 4)):
            if (read := _date_number(w.text, digits)) is not None and read != w.text:
                found.append((w.text, read))
                w.text = read
    return found


def _ocr_table_heads(lines: Sequence[TextLine]) -> list[tuple[str, str]]:
    """An attachment table's column heads that an OCR layer misread ("Nr. ritel" for "Nr.
    Titel"), given the vocabulary's spelling in place, and the pairs (as read, head) for the
    diagnostic: a line of a number column's head ("Nr.", "Volgnummer") and one or two words,
    each a head of the vocabulary within one letter error (:func:`_vocab.ocr_table_word`), over
    a line that starts with a number (the first row). The table was no table: its rows were
    read as footnotes or paragraphs and the attachments lost."""
    found: list[tuple[str, str]] = []
    for line, below in itertools.pairwise(lines):
        words = line.words
        if not (
            2 <= len(words) <= 3
            and words[0].text.casefold() in _vocab.TABLE_NUMBER_WORDS
            and below.words
            and below.words[0].text.rstrip(".").isdigit()
        ):
            continue
        read = [_vocab.ocr_table_word(w.text) for w in words[1:]]
        # (every word a head: the misread ones and those printed as the vocabulary spells them)
        if not any(read) or not all(
            r is not None or w.text.casefold() in (_vocab.TABLE_NAME_WORDS | _vocab.TABLE_INFO_WORDS)
            for w, r in zip(words[1:], read, strict=True)
        ):
            continue
        for w, r in zip(words[1:], read, strict=True):
            if r is not None:
                found.append((w.text, r.capitalize()))
                w.text = r.capitalize()
    return found


def _is_date_label(words: Sequence[Word]) -> bool:
    """Whether ``words`` are a date label as printed, a colon after it or not ("Datum:")."""
    return bool(words) and _vocab.label_concept(_text(words).rstrip(":")) is _vocab.Concept.DATE


#: A section heading's number before its words ("2", "3.", "3.2.1").
_OCR_HEADING_NUMBER: Final = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")


def _ocr_headings(lines: Sequence[TextLine], body: bool) -> list[tuple[str, str]]:
    """Known headings and purpose words that an OCR layer misread, given the vocabulary's
    spelling in place, and the pairs (as read, word) for the diagnostic: a line set apart from
    the line above (by 0.8 of its height or more: a paragraph's lines are some 0.4 apart) whose
    words, after a number, are within a few letter errors of a known heading
    (:func:`_vocab.ocr_heading`: "Toelichtirig"), as many words as the heading has; a line of
    two words, "TER" and one within a few letter errors of a purpose ("TER BESLISSIMG",
    :func:`_vocab.ocr_purpose`), spelt in the line's case; a line of one or two words set apart
    that is a kind of nota within a few letter errors ("BesliH snota", :func:`_vocab.ocr_kind`),
    one word. An OCR layer has no bold: a section heading is found by its words, so a misread one
    was a line of the paragraph above or below; a misread purpose line left the nota without its
    purpose. A line that ends a sentence (a lower-case letter and a full stop) or is a marking
    or classification stamp (:data:`_vocab.MARKINGS`, "INTERN") is no heading."""
    found: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        words = line.words
        if (
            len(words) == 2
            and words[0].text.casefold() == _vocab.PURPOSE_WORD
            and words[1].text.casefold() not in _vocab.PURPOSES
        ):
            if (read := _vocab.ocr_purpose(words[1].text)) is not None:
                printed = words[1].text
                words[1].text = read[0].upper() if printed.isupper() else read[0]
                found.append((printed, words[1].text))
            continue
        if (
            body
            and len(words) >= 2
            and _vocab.key(printed := _text(words[:2])) in _vocab.KINDS
            and (len(words) == 2 or words[2].x0 - words[1].x1 > 2 * words[2].size)
        ):
            # a kind word that the engine split at a wide gap between its letters ("n ota": the
            # 'nota' wordmark, set with wide tracking), alone or set apart before the title on
            # its row: the word, as printed but for the space
            word = words[0].text + words[1].text
            words[:2] = [attrs.evolve(words[0], text=word, x1=words[1].x1)]
            found.append((printed, word))
            continue
        if (
            not body
            or len(words) > 6
            or (i and line.top - lines[i - 1].bottom < 0.8 * (line.bottom - line.top))
        ):
            continue
        if (
            len(words) <= 2
            and not _vocab.is_kind_line(printed := _text(words))
            and (kind := _vocab.ocr_kind(printed)) is not None
        ):
            # (the kind word as one word, its box the words' box: "BesliH snota")
            word = kind[0].upper() if printed.isupper() else kind[0].capitalize()
            words[:] = [attrs.evolve(words[0], text=word, x1=words[-1].x1)]
            found.append((printed, word))
            continue
        start = 1 if len(words) >= 2 and _OCR_HEADING_NUMBER.fullmatch(words[0].text) else 0
        head = words[start:]
        printed = _text(head)
        if len(head) >= 2 and _vocab.is_known_heading(printed) and (joined := _ocr_split_heading(head)):
            # a known heading the engine split at a gap between its letters ("Bij lagen"; the
            # vocabulary's key has no spaces, so the text parser took it for the heading, as
            # printed): its words as the heading spells them, the letters as read
            words[start:] = joined
            found.append((printed, _text(joined)))
            continue
        if (
            # (a sentence's end, a lower-case letter and a full stop, is no heading: the last
            # line of an item, "uitvoeren.", is no "Uitvoering")
            (len(printed) > 1 and printed[-1] == "." and printed[-2].islower())
            or _vocab.is_marking(printed)
            or _vocab.CLASSIFICATION_LINE.match(printed)
            or _vocab.is_known_heading(printed)
            or _is_label(printed)  # (a label is a word of the vocabulary as printed: "Contact")
            or (read := _vocab.ocr_heading(printed)) is None
        ):
            continue
        if _vocab.key(read[0]) != _vocab.key(printed) and len(spelt := read[0].split()) == len(head):
            for w, text in zip(head, spelt, strict=True):
                w.text = text
            found.append((printed, read[0]))
    return found


def _ocr_split_heading(head: list[Word]) -> list[Word] | None:
    """The words of a line that is a known heading (:func:`_vocab.ocr_heading`, no letter error)
    with a space inside a word of it ("Bij lagen", "Financiële gevol gen"), each word of the
    heading one word (the letters as read, boxes joined); None for any other line."""
    read = _vocab.ocr_heading(_text(head))
    if read is None or read[1] or len(spelt := read[0].split()) >= len(head):
        return None
    out: list[Word] = []
    k = 0
    for word in spelt:
        first = k
        letters = ""
        while k < len(head) and len(letters) < len(word):
            letters += head[k].text
            k += 1
        if letters.casefold() != word.casefold():
            return None
        out.append(attrs.evolve(head[first], text=letters, x1=head[k - 1].x1))
    return out if k == len(head) else None


#: Marks an OCR engine reads a speck of the scan as, when they stand alone as a word: a dot, a
#: comma, a semicolon, a quote, a degree sign (no word of a nota is these alone; a colon alone
#: is a label's, set apart, and a dash, star or bullet alone an item's mark).
_SPECK_MARKS: Final = frozenset(".,;'`\u00b0\u00b4\u2018\u2019\u201a\u201e\u00b7")


def _without_specks(row: list[Char], pieces: Pieces, right: float) -> list[Char]:
    """An OCR layer's row without the words that are specks of the scan read as marks alone (a dot,
    a quote: :data:`_SPECK_MARKS`) standing apart from the words beside them. They stood in the
    gap between the body and the colofon column ("TER INFORMATIE : . Ons kenmerk"), so the
    column's runs did not start after a wide gap, and in the body as words of their own.

    Underscores glued before a word's first letter (not over it) in the right part of the page,
    from ``right`` on, where a colofon column stands ("__Rubricering"), are a speck or a short
    rule left of it, read as marks, and no text either: they started a colofon label left of the
    column's edge, so the label was the body's, and as it ran across the edge the column was
    taken to end there (every colofon line below it read into the body's lines)."""
    if not any(c.text in _SPECK_MARKS or c.text[:1] == "_" for c in row):
        return row
    by_x = sorted((_after_underscores(c, pieces, right) for c in row), key=_X0)
    out: list[Char] = []
    word: list[Char] = []
    for c in [*by_x, None]:
        if c is not None and c.text != " " and (not word or c.x0 - word[-1].x1 < 0.3 * c.size):
            word.append(c)
            continue
        lead = next((k for k, w in enumerate(word) if w.text != "_"), 0)
        if (
            lead
            and word[lead].text[:1].isalpha()
            and word[lead].x0 >= right
            and word[lead].x0 > word[lead - 1].x1 - 0.1 * word[lead].size
        ):
            # (not where they overlap the letters: two lines read over each other)
            del word[:lead]
        if not (word and len(word) <= 2 and all(w.text in _SPECK_MARKS for w in word)):
            out.extend(word)
        word = []
        if c is not None and c.text != " ":
            word = [c]
        elif c is not None:
            out.append(c)
    return out


#: Glyphs whose ink is a thin stroke: a word of only these is narrow on the scan whatever it is
#: (a "1", an "l", a stop), so its width tells no speck (:func:`_thin_word`).
_NARROW_GLYPHS: Final = frozenset("1lIiíìîïÌÍÎÏj|!.,:;'`‘’‚“”„\"()[]/\\")
#: Glyphs whose ink is short, a hyphen's: they need :data:`_SHORT_WIDTH`, not :data:`_THIN_WIDTH`.
_SHORT_GLYPHS: Final = frozenset("-~")
#: The width (in ems, for each glyph) under which an OCR layer's word cannot be what it reads:
#: a "5", an "à", an "E" alone are set 0.2 of an em wide or more, a hyphen 0.1 (:func:`_thin_word`;
#: Tesseract stretches a word to its box, the space after it included, so a glyph alone is set at
#: about half its ink).
_THIN_WIDTH: Final = 0.17
_SHORT_WIDTH: Final = 0.085
#: How far (points) a word's left edge may lie from another row's run start to stand in line with it.
_IN_LINE: Final = 2.0
#: Rows above and below a thin word whose run starts are looked at (a colofon value under its label).
_LINE_ROWS: Final = 4
#: The least gap before a thin word, in ems, that sets it apart from the word before (a word space).
_WORD_SPACE: Final = 0.25
#: The gap, in ems, after a row's first word from which that word is no bullet before its item's text.
_NO_ITEM: Final = 3.0


def _ocr_thin_specks(page_rows: list[list[Char]], right: float) -> list[list[Char]]:
    """An OCR layer's rows without the words that are specks of the scan read as characters: a
    word of one to three characters far narrower than its glyphs are (:func:`_thin_word`: a
    "5" or an "à" two thirds of a point wide), set a word's space or more after the word before
    it, or opening its row where no item's text follows close after it (a bullet is as narrow)
    or in the right part of the page where a colofon column stands (from ``right``), that stands
    where no other row's run starts (a run: a row's first word, or a word after a gap of an em
    or more, not itself such a word; within :data:`_LINE_ROWS` rows, :data:`_IN_LINE` points: a
    colofon value stands under its label, a table's cell under the cells above it, a list's
    bullet over the next one). The specks were read into a heading ("Toelichting  5", which was
    no heading then), a value ("DMM  5") or a sentence's end, and in the gap before the colofon
    column ("... open  * 2025-0000345127"), where its rows then did not start after a wide gap
    and ran into the body's.
    """
    words: list[list[list[Char]]] = []  # per row, its words (characters less than 0.3 em apart)
    for row in page_rows:
        row_words: list[list[Char]] = []
        for c in sorted(row, key=_X0):
            if c.text.isspace():
                continue
            if row_words and c.x0 - row_words[-1][-1].x1 < 0.3 * c.size:
                row_words[-1].append(c)
            else:
                row_words.append([c])
        words.append(row_words)
    thin = [[_thin_word(word) for word in ws] for ws in words]
    # (where other rows' runs start: not at a thin word, as two specks may stand in line)
    starts = [
        [
            w[0].x0
            for k, w in enumerate(ws)
            if not thin[i][k] and (k == 0 or w[0].x0 - ws[k - 1][-1].x1 >= w[0].size)
        ]
        for i, ws in enumerate(words)
    ]
    drop: set[int] = set()
    for i, ws in enumerate(words):
        for k, word in enumerate(ws):
            if not thin[i][k]:
                continue
            x0, size = word[0].x0, word[0].size
            if k:
                placed = x0 - ws[k - 1][-1].x1 >= _WORD_SPACE * size
            else:  # (a bullet opens its row, its item's text close after it)
                placed = x0 >= right or k + 1 == len(ws) or ws[k + 1][0].x0 - word[-1].x1 >= _NO_ITEM * size
            near = itertools.chain.from_iterable(
                starts[max(0, i - _LINE_ROWS) : i] + starts[i + 1 : i + 1 + _LINE_ROWS]
            )
            if placed and not any(abs(x - x0) <= _IN_LINE for x in near):
                drop.update(map(id, word))
    if not drop:
        return page_rows
    return [kept for row in page_rows if (kept := [c for c in row if id(c) not in drop])]


def _thin_word(word: Sequence[Char]) -> bool:
    """Whether an OCR layer's word of one to three characters is far narrower than its glyphs
    are, a speck read as characters: narrower than :data:`_THIN_WIDTH` of an em for each glyph
    that is no thin stroke (:data:`_NARROW_GLYPHS`; a word of those only is none; a short
    glyph, :data:`_SHORT_GLYPHS`, counts :data:`_SHORT_WIDTH`)."""
    text = "".join(c.text for c in word)
    if len(text) > 3:
        return False
    need = sum(
        0.0 if ch in _NARROW_GLYPHS else _SHORT_WIDTH if ch in _SHORT_GLYPHS else _THIN_WIDTH for ch in text
    )
    return need > 0 and word[-1].x1 - word[0].x0 < need * word[0].size


def _after_underscores(c: Char, pieces: Pieces, right: float) -> Char:
    """A record of several characters without the underscores it starts with before a letter
    that stands from ``right`` on ("__Rubricering": :func:`_without_specks`), starting where its
    first letter does."""
    if c.text[:1] != "_" or len(c.text) < 2:
        return c
    lead = len(c.text) - len(c.text.lstrip("_"))
    if lead == len(c.text) or not c.text[lead].isalpha():
        return c
    piece = pieces.parts.get(id(c))
    x0 = c.x0 + (c.x1 - c.x0) * lead / len(c.text) if piece is None else piece[1][piece[3] + lead]
    if x0 < right:
        return c
    new = c._replace(text=c.text[lead:], x0=x0)
    if piece is None:
        return new
    del pieces.parts[id(c)]
    _, x0s, x1s, start = piece
    pieces.parts[id(new)] = (new, x0s, x1s, start + lead)
    if (end := pieces.ends.pop(id(c), None)) is not None:
        pieces.ends[id(new)] = end
    return new


def _ocr_emblem(lines: Sequence[TextLine]) -> None:
    """The emblem of a ministry's logo as an OCR engine reads it, left out (in place): the engine
    reads the crest beside the wordmark as a few short words on the wordmark's rows ("PR: ®N
    Ministerie van Binnenlandse Zaken en" / "LGA Koninkrijksrelaties", "5 PR Ministerie van
    Infrastructuur" / "teg en Waterstaat"). On one of page 1's first three lines, one to three
    words of three characters or fewer before the name of an organisation
    (:data:`_vocab.LETTERHEAD_WORDS`: "Ministerie ...", the wordmark) are the crest's specks; so
    are such words on the next two lines, standing where those stood, when the line goes on at
    the wordmark's left edge. (The specks made the wordmark no letterhead: the colofon's empty
    labels took its lines as their values, and the Aan row under it joined it.) A known label is
    no speck: "Van DG Rijkswaterstaat" is the sender's row (its label was lost)."""
    for i, line in enumerate(lines[:3]):
        words = line.words
        k = next(
            (
                k
                for k in range(1, min(3, len(words) - 1) + 1)
                if all(len(w.text) <= 3 and not _is_label(w.text) for w in words[:k])
                and _vocab.LETTERHEAD_WORDS.match(_text(words[k:]))
            ),
            0,
        )
        if not k:
            continue
        left, edge = words[0].x0 - words[0].size, words[k].x0
        del words[:k]
        for below in lines[i + 1 : i + 3]:
            n = 0
            while (
                n < min(3, len(below.words) - 1)
                and len(below.words[n].text) <= 3
                and below.words[n].x0 >= left
                and below.words[n].x1 < edge
            ):
                n += 1
            if n and abs(below.words[n].x0 - edge) < 3:
                del below.words[:n]
        return


def _ocr_overlapping_specks(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` without the lines of specks that an OCR engine read as short words over the next
    line's words ("ik pn" over a title's "3: uitvoering", ". zer" over "munitievoorraden"): one to
    three words of three characters or fewer, each over a longer word of the next line (over half
    its width), the next line's top less than 0.6 of that line's height below theirs (a line of
    text stands a line's height or more below the line above it). The specks were read as the
    title, or as a title's first words."""
    drop = {
        i
        for i, (line, below) in enumerate(itertools.pairwise(lines))
        if len(line.words) <= 3
        and below.top - line.top < 0.6 * (below.bottom - below.top)
        and all(
            len(w.text) <= 3
            and any(
                len(v.text) > 3 and min(w.x1, v.x1) - max(w.x0, v.x0) >= 0.5 * (w.x1 - w.x0)
                for v in below.words
            )
            for w in line.words
        )
    }
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines


def _ocr_heading_values(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` (a colofon column's, of an OCR layer) with a line that reads as a known section
    heading but stands right under a value line (its gap less than 1.2 line heights: the column's
    blocks are set apart by a blank line, some two and a half) joined to that line, as the
    value's last words ("Kopie aan" / "SG, DG Werk" / "Woordvoering": a unit of the list). An
    OCR layer has no bold: the text parser finds a section by its heading's words, and took the
    value's row for the nota's first heading, so the head ended there and the kind, title and
    fields after it were lost. A label ("Bijlagen") is left alone: it opens a field; so is a line
    under a label or under a line wrapped at a hyphen."""
    out: list[TextLine] = []
    for line in lines:
        above = out[-1] if out else None
        if (
            above is not None
            and len(line.words) <= 3
            and _vocab.is_known_heading(text := line.text)
            and not _is_label(text)
            and not _is_label(above.text)
            and not above.text.endswith("-")
            and line.top - above.bottom < 1.2 * max(line.bottom - line.top, above.bottom - above.top)
        ):
            out[-1] = TextLine([*above.words, *line.words], above.page, above.top, line.bottom)
            continue
        out.append(line)
    return out


def _ground_codes_only(text: str) -> bool:
    """Whether a line is one to three redaction ground codes and nothing else ("5.1.2e",
    "5.1.2e, 5.1.2i", also with a space before the ground's letter, "5.1.2 e, 5.1.2 i"): a
    redaction box over a paragraph that prints its codes in it."""
    if "." not in text:
        return False
    codes = _vocab.GROUND_CODE.findall(text)
    return 1 <= len(codes) <= _CODES_IN_A_BOX and not _vocab.GROUND_CODE.sub("", text).strip(" ,")


#: The most ground codes a redaction box over a whole paragraph prints.
_CODES_IN_A_BOX: Final = 3


def _ocr_grounds(lines: Sequence[TextLine], *, column: bool = False) -> list[tuple[str, str]]:
    """Redaction ground codes an OCR layer read with a dot lost ("5.12e" for 5.1.2e, a value of
    its own or a word of the text: :data:`_vocab.OCR_GROUND_DOT_LOST`), or with its dots read as
    other marks ("5-1-2e", "5.1-2e"), or beside a redaction with both dots lost ("512e": in the
    colofon ``column``, after a box as OCR reads it, "IEMNEN 512e", or on a line with another
    code; :func:`_vocab.ocr_ground`), or with the 1 between its dots lost ("5. 2e", "5: 2e", in the
    column or after a box: :func:`_vocab.ocr_ground_one_lost`), given the code in place, and the
    pairs (as read, code) for the diagnostic."""
    found: list[tuple[str, str]] = []
    for line in lines:
        words = line.words
        for k, w in enumerate(words):
            text = w.text
            if text[:2].lstrip("(")[:1] not in "51":
                continue  # (a cheap test first: every code starts with a 5 or a 1)
            if (
                text in _vocab.OCR_GROUND_BEFORE_LOST_ONE
                and k + 1 < len(words)
                and (column or (k > 0 and _vocab.OCR_BOX_BESIDE.match(words[k - 1].text) is not None))
                and (ground := _vocab.ocr_ground_one_lost(words[k + 1].text)) is not None
            ):
                # "5. 2e": the thin 1 between the dots lost, read as a space
                found.append((f"{text} {words[k + 1].text}", ground))
                w.text, w.x1 = ground, words[k + 1].x1
                del words[k + 1]
                continue
            if (ground := _vocab.OCR_GROUND_DOT_LOST.get(text)) is None:
                beside = (
                    column
                    or (k > 0 and _vocab.OCR_BOX_BESIDE.match(words[k - 1].text) is not None)
                    or any(_vocab.GROUND_CODE.fullmatch(v.text.strip("()")) for v in words if v is not w)
                )
                ground = _vocab.ocr_ground(text, beside=beside)
            if ground is not None:
                found.append((text, ground))
                w.text = ground
    return found


#: The first letters of the publication stamps' words (:data:`_vocab.PUBLICATION_STAMP_STARTS`).
_STAMP_INITIALS: Final = frozenset(start[0] for start in _vocab.PUBLICATION_STAMP_STARTS)


def _ocr_stamps(lines: Sequence[TextLine]) -> list[tuple[str, str]]:
    """Publication stamps an OCR layer misread (:func:`_vocab.ocr_stamp`: "Openbaár gemaakt op
    grond van de Woo", "WO0O0-123456-00012"), given their words as the vocabulary spells them, in
    place, and the pairs (as read, stamp) for the diagnostic: the stamp is then kept once in the
    letterhead, as one read right is (it was a paragraph of the body, or a second stamp)."""
    found: list[tuple[str, str]] = []
    for line in lines:
        if not line.words or line.words[0].text[:1].casefold() not in _STAMP_INITIALS:
            continue  # (a cheap test first: every stamp starts so)
        text = _text(line.words)
        if (read := _vocab.ocr_stamp(text)) is not None and len(parts := read.split()) == len(line.words):
            found.append((text, read))
            for w, part in zip(line.words, parts, strict=True):
                w.text = part
    return found


def _ocr_roman_marks(lines: Sequence[TextLine]) -> None:
    """Roman heading numbers as an OCR layer reads their strokes, repaired in place: where a
    page's known headings are numbered with strokes read as other letters ("L. Aanleiding", "Il.
    Stand van zaken"; :data:`_vocab.OCR_STROKES`, a bold I as "L") and one of them has two strokes
    or more, no digit among them (an "Il" or "lI" is no number 11, which OCR reads as "11"), the
    marks are the roman I, II, III (the first was read as "1.", "l." is OCR's 1; a heading
    numbered I. is a heading only beside a II.)."""
    found = [
        (ln, m)
        for ln in lines
        if len(ln.words) >= 2
        and (m := _OCR_ROMAN.match(ln.words[0].text))
        and _vocab.is_known_heading(_text(ln.words[1:]))
    ]
    if not any(len(m[1]) >= 2 and "1" not in m[1] and m[1] != "II" for _, m in found):
        return
    for ln, m in found:
        ln.words[0].text = "I" * len(m[1]) + m[2]


#: A roman heading number I to III as an OCR layer may read its strokes ("L.", "Il.", "lI)").
_OCR_ROMAN: Final = re.compile(rf"^([{re.escape(_vocab.OCR_ONE_LETTERS)}L]{{1,3}})([.)])$")


def _small_header(line: TextLine, size: float) -> bool:
    """Whether the words of a line set smaller than the text's ``size`` are an attachment table's
    header row: the whole line, or the row beside a heading in the text's size in a column left
    of the table ("**Bijlagen**  Nr.  Titel"), whose line stands above the page's middle where
    the table's rows stand below it."""
    small = [w.text for w in line.words if w.size < size - 0.25]
    return bool(small) and _vocab.is_table_header(" ".join(small))


def _next_note_number(lines: Sequence[TextLine], left: float) -> int | None:
    """The number of the first of ``lines`` that starts with a number at the notes' left edge
    ("6 Kamerstukken ..."), or None."""
    for ln in lines:
        if abs(ln.x0 - left) < 1.5 and (m := re.fullmatch(r"(\d{1,3})[.)]?", ln.words[0].text)):
            return int(m[1])
    return None


def _table_rows_end(body: Sequence[TextLine], start: int) -> int:
    """The index after the last row of an attachment table whose header row
    (:func:`_vocab.is_table_header`) stands at ``start`` or below: its rows follow each other a
    cell's padding apart, and a gap wider than two lines ends them. ``start`` when no header.
    The header row may stand beside a heading in a margin column, on the heading's line
    ("Bijlage  Nr.  Titel": a known heading, then the header after a gap of more than an em)."""
    k = next((i for i in range(start, len(body)) if _table_header_row(body[i])), None)
    if k is None:
        return start
    j = k + 1
    while j < len(body) and body[j].top - body[j - 1].bottom <= 2 * (body[j - 1].bottom - body[j - 1].top):
        j += 1
    return j


def _close_run_top(body: Sequence[TextLine], start: int) -> int:
    """The first line of the run of lines that ends right above ``start``, each under the one
    before it with no gap wider than two of its lines (as :func:`_table_rows_end` reads a
    table's rows); ``start`` when there is none."""
    k = start
    while k > 0 and (
        k == start or body[k].top - body[k - 1].bottom <= 2 * (body[k - 1].bottom - body[k - 1].top)
    ):
        k -= 1
    return k


def _table_header_row(ln: TextLine) -> bool:
    """Whether ``ln`` is an attachment table's header row (:func:`_vocab.is_table_header`), or one
    beside a known heading in a margin column on its line (:func:`_table_rows_end`)."""
    if _vocab.is_table_header(ln.text):
        return True
    words = ln.words
    for k in range(1, min(len(words), 4)):
        if words[k].x0 - words[k - 1].x1 > ln.size:
            return _known_heading(_text(words[:k])) and _vocab.is_table_header(_text(words[k:]))
    return False


def _note_number_start(ln: TextLine) -> bool:
    """Whether a line opens with a note's number in a note's form: raised
    (:func:`_raised_note_start`) or right against its text ("1Kamerstukken ..."), which a table's
    row number, a cell of its own, never is."""
    return _raised_note_start(ln) or re.match(r"[1-9]\d{0,2}[^\W\d_]", ln.words[0].text) is not None


def _raised_note_start(ln: TextLine) -> bool:
    """Whether a line opens with a note's number set smaller than its text ("¹ Kamerstukken ...")."""
    first = ln.words[0]
    return (
        len(ln.words) > 1
        and first.size < ln.size - 0.5
        and re.fullmatch(r"[1-9]\d{0,2}", first.text) is not None
    )


def _letter_width(ln: TextLine) -> tuple[float, int]:
    """The mean width of a letter in ``ln``'s words of three characters or more, and how many."""
    width, count = 0.0, 0
    for w in ln.words:
        if len(w.text) >= 3:
            width += w.x1 - w.x0
            count += len(w.text)
    return (width / count if count else 0.0), count


def _ocr_narrow_notes(body: Sequence[TextLine], height: float) -> int | None:
    """Where an OCR layer's notes start when their lines read as large as the text (the engine
    sizes a line by its box, and a note's capitals and descenders fill one as the text's do):
    the page's last lines, in its lower quarter, whose letters are narrower than the text's (a
    note set at 7.5 points under text at 10: four fifths of their width; the engine boxes each
    word as printed), the first opening with a note's number ("1 Jaarverslag ...", "1
    Capaciteitskaart ...") far below the line above it (the space, often with a rule, that
    sets the notes apart). None when there are no such lines."""
    if len(body) < 6 or body[-1].top < 0.75 * height:
        return None
    widths = sorted(w for w, n in map(_letter_width, body) if n >= 20)
    if len(widths) < 5:
        return None
    usual = widths[len(widths) // 2]
    k, narrow = len(body), False
    while k > 1 and body[k - 1].top >= 0.75 * height:
        # (a short line, a note's last or "Zie ...", says little of its letters' width)
        width, count = _letter_width(body[k - 1])
        if count >= 12 and width >= 0.87 * usual:
            break
        narrow = narrow or count >= 12
        k -= 1
    while narrow and k < len(body):
        # (the notes' first line: a number, then its text; a wrapped line above it is no note)
        ln, above = body[k], body[k - 1]
        if (
            len(ln.words) > 1
            and _LEVEL_NOTE_NUMBER.match(ln.words[0].text)
            and ln.top - above.bottom > 1.5 * (ln.bottom - ln.top)
        ):
            return k
        k += 1
    return None


#: A note's number set at its text's size and on its line, as a line's first word: "1" or "1."
#: a word of its own (a number and a stop, as a list's), or "1Ipsos" (the number right against
#: the note's first word, a capital).
_LEVEL_NOTE_NUMBER: Final = re.compile(r"([1-9]\d{0,2})(?:[.)]?$|(?=[A-Z]))")


def _roman_endnotes(
    body: Sequence[TextLine], size: float
) -> tuple[int, list[tuple[int, str, TextLine]]] | None:
    """Endnotes numbered with roman numerals at the end of a page's text: the lines below the
    last line set at the body's size, all smaller, set apart from it by more than two of their
    lines, at one left edge, two notes or more each opening with the next numeral, "i", "ii",
    "iii" ..., raised or not, before a capitalised or numbered text ("ii Zie de Regeling ..."),
    its wrapped lines under it. Returns the index of the notes' first line and the notes, by
    number (1 for "i"); None when the page's last lines are no such notes."""
    top = len(body)
    while top > 0 and body[top - 1].size < size - 0.25:
        top -= 1
    if len(body) - top < 2 or body[top].words[0].text != "i":  # (the cheap test first)
        return None
    if top > 0 and body[top].top - body[top - 1].bottom <= 2 * (body[top].bottom - body[top].top):
        return None
    left = body[top].x0
    notes: list[tuple[int, list[str], TextLine]] = []
    for ln in body[top:]:
        first = ln.words[0].text
        number = len(notes) + 1
        if (
            first == _canon.roman(number)
            and len(ln.words) > 1
            and abs(ln.x0 - left) < 1.5
            and (ln.words[1].text[:1].isupper() or ln.words[1].text[:1].isdigit())
        ):
            notes.append((number, [_text(ln.words[1:])], ln))
        elif notes and ln.x0 > left + 1:
            notes[-1][1].append(ln.text)  # (a note's wrapped line, at its text's indent)
        else:
            return None
    if len(notes) < 2:
        return None
    return top, [(n, join_lines(parts), ln) for n, parts, ln in notes]


def _level_note_start(ln: TextLine) -> bool:
    """Whether a line opens with a note's number set at its text's size and on its line
    (:data:`_LEVEL_NOTE_NUMBER`): "1. Centerdata ...", "1Ipsos ..."."""
    return len(ln.words) > 1 and _LEVEL_NOTE_NUMBER.match(ln.words[0].text) is not None


def _is_rule_mark(text: str) -> bool:
    """Whether a word is a rule or an edge as an OCR layer reads it: bars, or one underscore, or
    a brace alone (a column rule whose joint with a row's rule the engine read as one: no text
    sets a brace apart from the words it holds)."""
    return text in _OCR_RULE_BRACES or (text[:1] == "|" and text.count("|") == len(text))


#: Rules read as one mark: an underscore (a rule's edge), a brace (a column rule and its joint).
_OCR_RULE_BRACES: Final = frozenset("_{}")


def _count_label(text: str) -> bool:
    """Whether ``text`` is a count label ("Bijlage(n)", "Bijlagen:"; "Bijlage" only with its
    colon: "Bijlage I" is an appendix's heading)."""
    if _vocab.key(text) == _vocab.ATTACHMENT_LABEL and not text.endswith(":"):
        return False
    return _vocab.label_concept(text) is _vocab.Concept.ATTACHMENT_COUNT


def _wider_than_word_gaps(gap: float, words: Sequence[Word]) -> bool:
    """Whether ``gap`` is clearly wider (twice) than the median gap between ``words``."""
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(words))
    return not gaps or gap > 2 * gaps[len(gaps) // 2]


def _body_label_rows(main: Sequence[TextLine]) -> dict[int, str]:
    """Colofon rows set as a table in the body (under the last section: "Datum  2 februari
    2022" / "Kenmerk  3761542" / "Bijlagen  geen"), by index, written "Label: value" so they
    are read as fields: a known label of one to three words, then a gap wider than most of an
    em and than twice the value's word gaps (a tab stop), then its value, in two rows or more
    whose labels and values start at the same x (a form's two columns; a sentence that starts
    with a label word has a word gap after it; a line to fill in by hand, "Paraaf  ......", is
    a signature block's, left as printed). A full stop after the label is OCR's reading of its
    colon ("Datum. 2 februari 2022")."""
    found: list[tuple[int, str, float, float]] = []
    for i, ln in enumerate(main):
        words = ln.words
        for n in range(1, min(4, len(words))):
            gap = words[n].x0 - words[n - 1].x1
            if gap <= 0.8 * words[n].size:  # (a word gap: the test most rows end at)
                continue
            label = _text(words[:n])
            if label.endswith(".") and not label.endswith(".."):
                label = label[:-1]
            if (
                _vocab.known_label(label.removesuffix(":")) is not None
                and _wider_than_word_gaps(gap, words[n:])
                and not _vocab.fill_in(label.removesuffix(":"), value := _text(words[n:]))
            ):
                label = label.removesuffix(":")
                found.append((i, f"{label}: {value}", words[0].x0, words[n].x0))
                break
    return {
        i: text
        for i, text, x, v in found
        if any(j != i and abs(x - y) <= 3 and abs(v - w) <= 3 for j, _, y, w in found)
    }


def _labels_over_values(
    main: Sequence[TextLine], body_size: float, *, ocr: bool = False
) -> dict[int, list[str]]:
    """Colofon pairs set as a row of labels over a row of values ("Datum  Referentie  Opgesteld
    door  Bijlage(n)" / "27 juni 2024  48713025  S. Kramer  1", a template's colofon across the
    foot of page 1), by the index of the labels' row, each written "Label: value": the labels'
    row is set smaller than the body, two runs or more at tab stops and every run a known label;
    the line right under it (within two of its heights), the page's last, holds the values, each
    word starting at or right of a label's start and ending before the next label starts. Rows of
    such pairs over it, each right above the next ("Datum  Kenmerk ..." / values / "Afschrift aan
    Bijlagen" / values: a colofon of more cells than one row holds), are the colofon's too. (A
    paraph table, "Naam  Datum  Paraaf" over a row per signatory, goes on under its first row.)
    On a page of an ``ocr`` layer, whose sizes are the words' boxes (a bold label as tall as the
    body's letters), the labels' row is no larger than the body."""
    found: dict[int, list[str]] = {}
    i = len(main) - 2
    while i >= 0 and (pairs := _label_value_row(main[i], main[i + 1], body_size, ocr=ocr)):
        found[i] = pairs
        if i < 2 or main[i].top - main[i - 1].bottom > 2 * (main[i].bottom - main[i].top):
            break
        i -= 2
    return found


def _label_value_row(ln: TextLine, below: TextLine, body_size: float, *, ocr: bool) -> list[str] | None:
    """The "Label: value" pairs of a row of labels over its row of values
    (:func:`_labels_over_values`), or None."""
    if ln.words[0].size > (1.0 if ocr else 0.9) * body_size or len(ln.words) < 2:
        return None  # (the cheap test: a colofon is set small)
    runs = _split_row(ln)
    labels = [_text(run).removesuffix(":") for run in runs]
    if len(runs) < 2 or any(_vocab.known_label(label) is None for label in labels):
        return None
    if below.top - ln.bottom > 2 * (ln.bottom - ln.top):
        return None
    starts = [run[0].x0 for run in runs]
    values: list[list[str]] = [[] for _ in runs]
    for w in below.words:
        k = max((j for j, x in enumerate(starts) if w.x0 >= x - 2), default=-1)
        if k < 0 or (k + 1 < len(starts) and w.x1 > starts[k + 1] - 1):
            return None
        values[k].append(w.text)
    return [f"{label}: {' '.join(value)}".rstrip() for label, value in zip(labels, values, strict=True)]


def _footer_gap(above: TextLine, first: TextLine) -> bool:
    """Whether a footer's first line stands apart from the body's last: a gap wider than two
    of its lines."""
    return first.top - above.bottom > 2 * (first.bottom - first.top)


#: A gap between two words of a row wider than this many times the text size is a tab stop.
_TAB_EMS: Final = 3.0


#: The most words of one box's label in a column of form boxes beside the head's label rows.
_FORM_BOX_WORDS: Final = 3


def _form_boxes(main: list[TextLine], left: float) -> tuple[list[TextLine], list[TextLine]]:
    """A column of empty form boxes right of the head's label rows ("Aan  Minister ...   Beslissing"
    / "Paraaf Minister" / "Datum", each in a ruled box for a hand's decision, paraph and date):
    short bold labels at one x, the first at the end of a label row after a tab's gap, the others
    each alone on its row below, no value beside any (their colons printed or not,
    "Beslissing:" / "Paraaf Minister:" / "Datum:", all alike). Returns ``main`` without them and
    the labels (empty fields: written after the colofon, where no label waits for a value below
    it), or ``main`` and [] where no such column stands among the first rows."""
    for i, ln in enumerate(main[:12]):
        if not ln.words[-1].bold or ln.bold or abs(ln.x0 - left) >= 6:
            continue  # (a label row's value is regular: a bold row is a title or heading)
        runs = _split_row(ln)
        last = runs[-1]
        if len(runs) < 2 or len(last) > _FORM_BOX_WORDS or not all(w.bold for w in last):
            continue
        x = last[0].x0
        column = [ln.part(last)]
        below: list[int] = []
        for k in range(i + 1, min(len(main), i + 12)):
            nxt = main[k]
            if abs(nxt.x0 - x) < 4 and len(nxt.words) <= _FORM_BOX_WORDS and nxt.bold:
                column.append(nxt)
                below.append(k)
            elif nxt.x0 > x - 4 or _known_heading(nxt.text):
                break
        colons = {b.text.endswith(":") for b in column}  # (all with a colon, or none)
        if not below or len(colons) > 1 or any(any(c.isdigit() for c in b.text) for b in column):
            continue
        kept = [ln.part([w for r in runs[:-1] for w in r]) if k == i else m for k, m in enumerate(main)]
        return [m for k, m in enumerate(kept) if k not in below], column
    return main, []


def _split_row(line: TextLine) -> list[list[Word]]:
    """Split a line into runs at gaps wider than three times the text size (tab stops)."""
    return _gap_runs(line.words, _TAB_EMS)


def _gap_runs(words: Sequence[Word], ems: float) -> list[list[Word]]:
    """``words`` in runs apart at gaps wider than ``ems`` times the text size; [] for none."""
    runs: list[list[Word]] = [[words[0]]] if words else []
    for w in words[1:]:
        if w.x0 - runs[-1][-1].x1 > ems * w.size:
            runs.append([w])
        else:
            runs[-1].append(w)
    return runs


def _grid_pairs(words: Sequence[Word], *, ocr: bool = False) -> list[tuple[list[Word], list[Word]]]:
    """A head form's row of label|value cells side by side, told by the type: each label one to
    four words in bold (its colon or not), its value after it in regular type, the next label
    0.8 em or more further on, wider than a word space ("Aan  Minister van BZK  Van  DGOO"); []
    for any other row. In an OCR layer (no type to tell by) the row told by its cells:
    :func:`_ocr_grid_pairs`."""
    if ocr and not any(w.bold for w in words):
        return _ocr_grid_pairs(words)
    pairs: list[tuple[list[Word], list[Word]]] = []
    k = 0
    while k < len(words):
        n = k
        while n < len(words) and words[n].bold:
            n += 1
        m = n
        while m < len(words) and not words[m].bold:
            m += 1
        if not 1 <= n - k <= 4 or m == n or (pairs and words[k].x0 - words[k - 1].x1 < 0.8 * words[k].size):
            return []
        pairs.append((list(words[k:n]), list(words[n:m])))
        k = m
    return pairs


def _ocr_grid_pairs(words: Sequence[Word]) -> list[tuple[list[Word], list[Word]]]:
    """A head form's grid row as an OCR layer gives it, one line of words of one type ("Aan
    Minister voor Medische Zorg  Van  Directeur Curatieve Zorg"): runs apart at the cells' gaps
    (wider than two and a half times the text size), four or more of them, label and value in
    turn (a last run that opens with a label of the vocabulary is its label and value: a long
    label set closer to its value, "Nota actief openbaar  Ja"); each label run one to four words
    shaped as a label (a capital, no digit, no closing punctuation), one of them at least a label
    of the vocabulary ("Portefeuille  ...  Nota actief openbaar  ..."). [] for any other row (a
    colofon's text beside a label row is no label of the vocabulary)."""
    runs = _gap_runs(words, 2.5)
    if len(runs) >= 3 and len(runs) % 2:
        # a long label whose cell's gap to its value is narrower ("Nota actief openbaar  ☒ Ja"):
        # the last run opens with a label of the vocabulary and goes on with its value
        last = runs[-1]
        n = next((n for n in range(min(4, len(last) - 1), 0, -1) if _vocab.known_label(_text(last[:n]))), 0)
        if n:
            runs[-1:] = [last[:n], last[n:]]
    if len(runs) < 4 or len(runs) % 2:
        return []
    labels = runs[0::2]
    texts = [_text(label).rstrip(":") for label in labels]
    if not all(len(label) <= 4 and _OCR_GRID_LABEL.match(t) for label, t in zip(labels, texts, strict=True)):
        return []
    known = [_vocab.known_label(t) is not None for t in texts]
    if not any(known):
        return []
    return [(label, value) for label, value in zip(labels, runs[1::2], strict=True)]


def _known_grid_row(words: Sequence[Word], *, ocr: bool = False) -> list[tuple[list[Word], list[Word]]]:
    """A header row that prints two label|value pairs or more side by side, its labels of the
    vocabulary ("Aan  MinBZK  Datum  13 februari 2024"), as (label, value) pairs; [] for any
    other row. Told by the type where the labels are bold (:func:`_grid_pairs`: the next label
    0.8 em or more after the value before it), two of its labels at least of the vocabulary;
    where all is in one type, by its cells: runs apart at gaps of one and a half ems or more,
    label and value in turn, each label run a label of the vocabulary (its colon or not) or a
    run that opens with one set apart from its value (:func:`_label_in_cell`), two pairs or
    more. A sentence set with wide gaps that opens with a label word ("Datum van
    inwerkingtreding is  1 januari 2025  ...") opens with no label run, and a row whose other
    runs are no labels ("Postbus 20011  2500 EA Den Haag  Telefoon  ...") is no grid either.
    Such a row is the header's however wide it is (its cells closer than tab stops, it is a
    single run: :func:`_split_row`)."""
    if any(w.bold for w in words):
        bold = _grid_pairs(words, ocr=ocr)
        known = sum(_vocab.known_label(_text(label).rstrip(":")) is not None for label, _ in bold)
        return bold if len(bold) >= 2 and known >= 2 else []
    runs = _gap_runs(words, _GRID_CELL_EMS)
    pairs: list[tuple[list[Word], list[Word]]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        if _vocab.known_label(_text(run).rstrip(":")) is not None:
            if k + 1 == len(runs):
                return []
            pairs.append((run, runs[k + 1]))
            k += 2
        elif n := _label_in_cell(run):
            pairs.append((run[:n], run[n:]))
            k += 1
        else:
            return []
    return pairs if len(pairs) >= 2 else []


def _label_in_cell(run: Sequence[Word]) -> int:
    """The number of words of a known label that opens ``run`` and is set apart from the rest
    by more than half an em and than twice the rest's word gaps (a label that nearly fills its
    cell, "Kenmerk" close to "2024-0000012345"), or 0. ("Datum van inwerkingtreding": a word
    gap after the label word.)"""
    for n in range(min(4, len(run) - 1), 0, -1):
        gap = run[n].x0 - run[n - 1].x1
        if (
            _vocab.known_label(_text(run[:n]).rstrip(":")) is not None
            and gap > 0.5 * run[n].size
            and _wider_than_word_gaps(gap, run[n:])
        ):
            return n
    return 0


#: The narrowest gap between the cells of a grid row set all in one type, in ems of its text.
_GRID_CELL_EMS: Final = 1.5

#: A label's shape in an OCR grid row: words of letters, the first a capital ("Nota actief
#: openbaar", "Kopie aan"), its colon or not.
_OCR_GRID_LABEL: Final = re.compile(r"^[A-Z][^\W\d_]*(?:\s[^\W\d_]+){0,3}$")


def _header_runs(line: TextLine) -> list[list[Word]]:
    """:func:`_split_row` of a header line, and a known label set apart from its value by a
    narrower tab stop: one and a half ems, and twice the line's other word gaps ("Aan" and
    "Staatssecretaris van BZK" at a tab stop 1.5 cm from the margin, ~2.5 ems). A label of
    two or three words ("Kopie aan") is its words before such a gap; a wordmark set as text
    beside the title (:func:`_wordmark_run`) is its own run."""
    runs = _split_row(line)
    words = line.words
    if len(runs) == 1 and _wordmark_run(words):
        return [words[:1], words[1:]]
    if len(runs) == 1 and len(words) >= 2:
        for n in range(1, min(4, len(words))):
            gap = words[n].x0 - words[n - 1].x1
            if gap > 1.5 * words[n].size:
                if _vocab.known_label(_text(words[:n])) is not None and _wider_than_word_gaps(gap, words[n:]):
                    return [words[:n], words[n:]]
                break
    return runs


#: How many times the size of the words after it a kind word is set in, at least, to be a
#: wordmark ("nota" in 22 pt beside a 9 pt title).
_WORDMARK_SIZE: Final = 1.6
#: The least gap, in ems of the words after it, between a wordmark and the text beside it
#: (wider than a word space: the IenW template leaves about 1.4 ems).
_WORDMARK_GAP_EMS: Final = 0.8


def _wordmark_run(words: Sequence[Word]) -> bool:
    """Whether a row opens with a kind word (:data:`_vocab.KINDS`) set much larger than the
    words after it and apart from them by more than a word space: a template's wordmark set as
    text ("nota") with the title's first line beside it at a narrow stop, closer than a tab's
    three ems. (A kind word in the title's own type, "Nota over ...", opens the title.)"""
    if len(words) < 2 or _vocab.key(words[0].text) not in _vocab.KINDS:
        return False
    rest = max(w.size for w in words[1:])
    return words[0].size >= _WORDMARK_SIZE * rest and words[1].x0 - words[0].x1 > _WORDMARK_GAP_EMS * rest


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


@attrs.define
class _Out:
    """The marked text being written, with the line → (page, bbox) map for provenance."""

    lines: list[str] = attrs.field(factory=list)
    boxes: dict[int, tuple[int, tuple[float, float, float, float]]] = attrs.field(factory=dict)

    def add(self, text: str, line: TextLine | None = None) -> None:
        self.lines.append(text)
        if line is not None:
            self.boxes[len(self.lines)] = (line.page, line.bbox)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def extend(self, other: _Out) -> None:
        base = len(self.lines)
        self.lines.extend(other.lines)
        self.boxes.update({base + k: v for k, v in other.boxes.items()})


@attrs.frozen
class _PageEnd:
    """What ends a written page, held until the next page shows how to write it."""

    blank: bool  # the page's text ends in a blank line (a paragraph ends there)
    notes: list[tuple[int, str, TextLine]]  # its footnotes (the last may go on at the next page)
    below: list[TextLine]  # lines below the notes: a "Pagina k van n" footer, for the page count
    short: bool  # a page of one or two lines that stops short of the bottom margin


@attrs.define
class _Table:
    """An attachment table being read: column starts and the rows so far."""

    columns: list[float]
    header: list[str]
    #: The header row's printed lines (two when a cell wraps: "Volgnumm  Naam" / "er").
    printed: list[str] = attrs.field(factory=list)
    rows: list[tuple[int, list[list[str]], TextLine]] = attrs.field(factory=list)
    pitch: float = 0.0
    #: Lines without a number since the last numbered line: more of the row above, or the start
    #: of the next row when its number cell is centred lower (decided when the number comes).
    pending: list[tuple[list[str], TextLine]] = attrs.field(factory=list)
    #: The last line given to a row.
    last: TextLine | None = None
    #: Whether a row so far had lines above its number (its number cell centred lower), and
    #: whether one had lines below it (a wrapped row with its number on its first line).
    centred: bool = False
    below: bool = False
    #: Lines set above the header row printed again on a later page (its running header),
    #: written after the table.
    held: list[TextLine] = attrs.field(factory=list)

    def column(self, x: float) -> int:
        index = 0
        for i, start in enumerate(self.columns):
            if x >= start - 3:
                index = i
        return index


class LayoutFailureError(Exception):
    """An exception raised by :class:`LayoutReader`'s own code while it takes a page (a bug of
    notaparse, not a damaged file), carried in :attr:`error` past the handlers that turn the PDF
    libraries' exceptions into a damaged-PDF error; raised again as it was, with a note
    (:meth:`reraise`) that names the file and the page."""

    def __init__(self, error: Exception, page: int) -> None:
        super().__init__(error)
        self.error = error
        #: The page being taken (1-based) when the reader failed.
        self.page = page

    def reraise(self, name: str) -> NoReturn:
        """Raise :attr:`error` as it was, noted (PEP 678, shown under its traceback) with where
        it happened and that it is notaparse's bug, so that a user can report it."""
        self.error.add_note(
            f"notaparse: raised while laying out page {self.page} of {name}; this is a bug in"
            " notaparse, not a fault of the file: please report it with the file"
        )
        raise self.error from None


class LayoutReader:
    """Reads pages one at a time (:meth:`add_page`), then writes marked text (:meth:`text`).

    Each page is written to the marked text as soon as the next page has been read (page 1 waits
    for page 2, which decides what is furniture), so at most two pages of line records are held
    at any time: memory stays flat in the page count.
    """

    def __init__(self) -> None:
        #: Pages read but not yet written (at most two).
        self.pages: list[PageLayout] = []
        self.threshold: float | None = None
        #: Page 1's colofon column left of the body: (the body's left edge, top, bottom), or None.
        self._left: tuple[float, float, float] | None = None
        self._threshold_known = False
        #: Page 1's width and the texts of its colofon lines (what later pages repeat).
        self._width = 0.0
        self._colofon_texts: set[str] = set()
        #: Page 1's lines, whose texts (:func:`_repeat_texts`, case-folded: "stas ienw" of its
        #: "Aan: Stas IenW") are worked out only when a later colofon has lines to name.
        self._first_lines: list[TextLine] = []
        self._first_texts_folded: set[str] | None = None
        #: Page 1's column of empty form boxes beside its label rows (:func:`_form_boxes`).
        self._form_boxes: list[TextLine] = []
        #: Page 1's reference and date (:func:`_identifying_values`), to compare later pages' with.
        self._identity: dict[_vocab.Concept, tuple[str, str]] = {}
        #: Whether the document being read is an enclosure (it started on a later page).
        self._enclosed = False
        #: What the reader noticed but the marked text cannot say: (page, code, message).
        self.notes: list[tuple[int, str, str]] = []
        self._count = 0
        self._out = _Out()
        self._table: _Table | None = None
        #: Lines repeated at the same place on every page so far (None before page 2 is read).
        self._furniture: set[tuple[str, int]] | None = None
        self._furniture_tops: set[int] = set()  # (where those lines stand: others are kept at once)
        #: Letter counts per text size in the upper half of the pages read, for the body size.
        self._sizes: Counter[float] = Counter()
        #: What ends the last written page, written once another page follows.
        self._page_end: _PageEnd | None = None
        self._run_on: tuple[TextLine, float] | None = None  # a full last line and the right edge
        self.body_size = 10.0
        #: Whether most letters of the pages so far are set at the body size (born-digital text).
        self._uniform = True
        #: The shapes (size, bold) of the known headings set in capitals in the document's pages
        #: read so far (:func:`_capitals_heading_shape`).
        self._caps_shapes: set[tuple[float, bool]] = set()
        #: Whether a page read so far is an OCR layer: in a font named as one, or drawn invisible
        #: (sizes there are the words' or lines' boxes, whole points in Tesseract's layer: they
        #: say nothing).
        self._ocr = False
        #: The pages whose own text is an OCR layer (a document may mix them with born-digital
        #: pages: a signed page scanned back in among the pages its word processor wrote).
        self._ocr_pages: set[int] = set()
        #: An OCR layer's label word alone on its line that heads the first section ("Contact"),
        #: found where the header ends (:meth:`_header`).
        self._ocr_heading: TextLine | None = None
        #: The header row of a table that reached the end of the last page written (it may go on).
        self._grid_header: TextLine | None = None
        #: The texts of page 1's footer, which later pages may repeat (furniture).
        self._footer_texts: set[str] = set()
        self._first_texts: set[str] = set()  # the lines of page 1 (for later running headers)
        self._first_body = " "  # page 1's body lines joined (a title wrapped over two lines)
        #: Where the first page with text starts its text (line numbers stand left of it).
        self._margin: float | None = None
        #: The body lines of the page written last (a table's header row a later page repeats).
        self._last_main: list[TextLine] = []
        self._last_width = 0.0  # (the width of the page written last; 0 before the first)
        #: Page 1's colofon lines run together, between spaces (a unit's name wrapped in its
        #: narrow column is one line in a wider running header).
        self._first_colofon = ""
        #: The usual line gap of the last page with enough lines to tell it.
        self._body_pitch: float | None = None
        # where the text starts right of a column of side headings (the last page that showed it)
        self._side_x: float | None = None
        #: The page that holds the header and the colofon: 1, or 2 after a cover page (a page 1
        #: with a few lines and no colofon column, a page 2 with one); 0 while undecided.
        self._first = 1
        #: A cover page held back, to be read as the top of the next page.
        self._cover: PageLayout | None = None
        #: Whether a page read so far has text: a new document starts only after some text (a
        #: blank page before a nota's first page is no nota, the first page no enclosure).
        self._text_seen = False
        #: The page line of the last page read when it numbers that page its document's last
        #: ("Pagina 1 van 1"), else "": a page with text after it starts a new document.
        self._ended = ""
        #: A text box floated beside a paragraph that runs on to the next page: its lines, read
        #: after that paragraph's end there (:func:`_side_box`).
        self._carried_box: list[TextLine] = []

    # -- pages ------------------------------------------------------------------------------------

    def add_page(
        self,
        chars: list[Char],
        *,
        width: float,
        height: float,
        pieces: Pieces | None = None,
        turned: Sequence[Turned] = (),
        invisible: bool = False,
    ) -> None:
        """Take one page's characters (see :meth:`_add_page`). An exception of the reader's own
        (a bug, not a damaged file) comes as :class:`LayoutFailureError`, so that the character
        sources, which report their libraries' exceptions as a damaged PDF, raise it as it was."""
        try:
            self._add_page(
                chars, width=width, height=height, pieces=pieces, turned=turned, invisible=invisible
            )
        except NotaparseError:
            raise
        except Exception as e:
            raise LayoutFailureError(e, self._count) from e

    def _add_page(
        self,
        chars: list[Char],
        *,
        width: float,
        height: float,
        pieces: Pieces | None,
        turned: Sequence[Turned],
        invisible: bool,
    ) -> None:
        """Take one page's characters; only line records are kept, and earlier pages are written.

        ``pieces`` are the records among ``chars`` that stand for several characters (see
        :class:`Pieces`); the result is the same as for their characters. ``turned`` are the
        page's characters set a quarter turned (:func:`turned_lines`). ``invisible``: most of
        the page's text is drawn invisible (text render mode 3), as an OCR engine lays its text
        over the scan, whatever the font is named (ocrmypdf 16 and later set it in "NotoSans",
        ABBYY and Acrobat in the typeface they recognised): the page is an OCR layer.
        """
        self._count += 1
        number = self._count
        pieces = pieces or Pieces()
        # (size, text, x1, x0: fields by index, cheaper than by name)
        kept = [c for c in chars if c[5] > 0 and c[0] and c[2] > 0 and c[1] < width]
        # (each page asked: a document may hold scanned pages among born-digital ones)
        if kept and (
            invisible
            or _OCR_FONT.search(Counter(map(_FONT, kept)).most_common(1)[0][0].rsplit("+", 1)[-1]) is not None
        ):
            self._ocr = True
            self._ocr_pages.add(number)
        letters = len(kept) + pieces.extra
        texts = list(map(_TEXT, kept))
        spaced = texts.count(" ") > 0.03 * max(1, letters)
        if not (joined := "".join(texts)).isascii() and _lines.SWAPPED_SIGN.search(joined):
            kept = _unswapped(kept, pieces)
        if "\u00ad" in joined:
            kept = _drawn_soft_hyphens(kept, pieces)
        accents = _ACCENT.search(joined) is not None  # (accents drawn as glyphs of their own: rare)
        if numbered := _line_numbers(kept, width, self._margin):
            high = min(c.top for c in kept if id(c) in numbered)
            low = max(c.bottom for c in kept if id(c) in numbered)
            kept = [c for c in kept if id(c) not in numbered]
            if self._margin is None:
                # where the numbered text starts (a stamp in the foot strip may start further left)
                self._margin = min(
                    (c.x0 for c in kept if high < c.bottom and c.top < low and not c.text.isspace()),
                    default=None,
                )
        if self._margin is None and (marks := [c[1] for c in kept if not c[0].isspace()]):
            self._margin = min(marks)
        left: list[Char] = []
        if number == 1 or (self._left is not None and abs(width - self._width) <= 1):
            # a colofon in a narrow column left of the body (older templates)
            column = _left_column_of(kept, width, height, pieces, ocr=self._ocr)
            if number == 1:
                self._left = column
            elif column is not None and self._left is not None and abs(column[0] - self._left[0]) > 6:
                column = None
            if column is not None:
                # (no piece reaches over the empty strip left of x: its gaps are small)
                x, low, high = column
                left = [c for c in kept if c.x0 < x and low <= c.top <= high]
                kept = [c for c in kept if not (c.x0 < x and low <= c.top <= high)]
        page_rows = rows(kept, ocr=self._ocr)
        # a row where a record starts among a piece's characters is read as characters, and
        # characters drawn again over themselves are read once
        checked: list[list[Char]] = []
        for row in page_rows:
            by_x = sorted(row, key=_X0)
            if pieces.parts and _interleaved(by_x, pieces):
                row = _expand(row, pieces)  # noqa: PLW2901
                by_x = sorted(row, key=_X0)
            if repeats := _overprints(by_x):
                row = [c for c in row if id(c) not in repeats]  # noqa: PLW2901
            if accents and _ACCENT.search("".join(map(_TEXT, row))):
                # an accent drawn over a letter is one letter with it
                row = _accented(_expand(row, pieces) if pieces.parts else row)  # noqa: PLW2901
            checked.append(row)
        page_rows = checked
        if self._ocr:
            right = _COLUMN_PART * width
            page_rows = [row for row in (_without_specks(row, pieces, right) for row in page_rows) if row]
            page_rows = _ocr_thin_specks(page_rows, right)
        if not self._threshold_known:
            # a nota has one colofon: where page 1 has it in a column left of the body, what
            # starts in the right part of the page is the body's (the last column of a table
            # that ends at the body's right edge, "Informatie" / "Ter ondertekening"), not a
            # second colofon
            self.threshold = None if self._left is not None else column_threshold(page_rows, width)
            self._threshold_known = True
            self._width = width
            if number == 1 and self.threshold is None and _cover(page_rows, height):
                # a cover page (a letterhead, the kind, a title) does not decide the column:
                # the next page does, and when it has one, it is the first page's
                self._threshold_known = False
                self._first = 0
            elif self._first == 0 and self.threshold is None:
                self._first = 1
        threshold = self.threshold
        starts = ""  # (why the page carries the head of a new document, when it does)
        if threshold is not None and abs(width - self._width) > 1:
            # a page of another width (landscape): its own colofon column, if any, at the right
            threshold = column_threshold(page_rows, width, rightmost=True)
        if threshold is None:
            # the rows of all the page's characters are the body's rows (rows() of their
            # concatenation, which is sorted by top already, gives them again)
            body_lines = lines_of_rows(page_rows, number, spaced)
            colofon_lines = []
        else:
            body, colofon, same = _split_columns(
                page_rows, threshold, 0.85 * height if self._ocr else None, later=number > 1
            )
            if self._first == 0:
                self._first = 2 if colofon else 1
            if number != self._first and colofon:
                if number == 2 and self._first == 1 and self.pages:
                    colofon = self._carried_value(colofon, self.pages[0], spaced, pieces)
                split = self._column_rows(colofon, spaced, pieces)
                # (a column that repeats page 1's colofon, the common case, gives its values)
                later = self._text_seen and self._first >= 1 and number > self._first and bool(split[0])
                if later:
                    own = (" ".join(w.text for w in _words(row, spaced, pieces)) for row in page_rows)
                    starts = self._after_the_last_page(own)
                    starts = starts or self._other_colofon(colofon, spaced, pieces)
                if later and not starts and self._ocr:
                    # (before the column is read as a later page's colofon, which in an OCR
                    # layer puts lines sized as the body back into the body)
                    read_body = lines(body, number, spaced, pieces)
                    starts = (
                        _returned_letter(read_body, height)
                        or _addressee_head(read_body, height, self.body_size, ocr=True)[0]
                    )
                if not starts:
                    body, colofon, same = self._later_colofon(
                        body, colofon, same, split, spaced=spaced, pieces=pieces
                    )
            if same:
                body_lines = lines_of_rows(page_rows, number, spaced)
            else:
                body_lines = lines(body, number, spaced, pieces, ocr=self._ocr)
            colofon_lines = lines(colofon, number, spaced, pieces, ocr=self._ocr)
        if not self._ocr:
            if self._carried_box:
                body_lines = _after_paragraph(body_lines, self._carried_box, height)
                self._carried_box = []
            body_lines, self._carried_box = _side_box(body_lines, height)
        if left and number == 1:
            colofon_lines = lines(left, number, spaced, pieces, ocr=self._ocr) + colofon_lines
        elif left:  # a later page's: furniture, except lines at the body's size (as at the right)
            page_chars = [c for ln in page_rows for c in ln]
            split = self._column_rows(left, spaced, pieces)
            body, _, same = self._later_colofon(page_chars, left, True, split, spaced=spaced, pieces=pieces)
            if not same:
                body_lines = lines(body, number, spaced, pieces)
        if self._ocr:
            if number == 1:
                _ocr_emblem(body_lines)
            body_lines = _ocr_overlapping_specks(body_lines)
            _ocr_value_bullets(body_lines)
            for k in range(len(body_lines)):
                _ocr_bullet(body_lines, k)
            _ocr_lost_first_bullet(body_lines)
            _ocr_lost_bullets(body_lines)
            _ocr_values(body_lines, body=True)
            _ocr_values(colofon_lines, body=False)
            # the vocabulary read through the layer's letter errors, each repair named in a
            # diagnostic (nothing is rewritten unseen: it keeps the layer's spelling); labels
            # first, headings then (a line that is a label is no heading), ground codes last
            repairs = (
                (
                    " where a label sits; read as the label",
                    [*_ocr_labels(body_lines, body=True), *_ocr_labels(colofon_lines, body=False)],
                ),
                (
                    " where an attachment table's head sits; read as",
                    _ocr_table_heads(body_lines),
                ),
                (
                    " where a date's month sits; read as",
                    [*_ocr_months(body_lines), *_ocr_months(colofon_lines)],
                ),
                (
                    " where a date's day or year sits; read as",
                    [*_ocr_date_numbers(body_lines), *_ocr_date_numbers(colofon_lines)],
                ),
                (
                    " where a label sits, over a date; read as the label its value names,",
                    _ocr_shaped_labels(colofon_lines, body_lines),
                ),
                (
                    " where a heading, purpose or kind sits; read as",
                    [*_ocr_headings(body_lines, body=True), *_ocr_headings(colofon_lines, body=False)],
                ),
                (
                    ", a ground code with its dots misread; read as",
                    [*_ocr_grounds(body_lines), *_ocr_grounds(colofon_lines, column=True)],
                ),
                (
                    " where a publication stamp sits; read as",
                    [*_ocr_stamps(body_lines), *_ocr_stamps(colofon_lines)],
                ),
            )
            for place, pairs in repairs:
                for printed, read in pairs:
                    self.notes.append(
                        (number, "ocr-vocabulary", f"the OCR layer reads {printed!r}{place} {read!r}")
                    )
            # (after the repairs: a line's text is read once, then kept)
            colofon_lines = _ocr_heading_values(colofon_lines)
        if self._text_seen and self._first >= 1 and number > self._first and not starts and not left:
            own = (ln.text for ln in (*body_lines, *colofon_lines))
            starts = self._after_the_last_page(own) or self._new_head(body_lines, height)
        self._text_seen = self._text_seen or bool(body_lines or colofon_lines)
        self._ended = next(
            (
                ln.text
                for ln in (*body_lines, *colofon_lines)
                if (m := _vocab.PAGE_LINE.match(ln.text)) and m[1].isdigit() and m[1] == m[2]
            ),
            "",
        )
        if starts:
            # a new document: its page is read as a first page, and the pages after it repeat
            # its colofon, not the nota's
            self._first_texts_folded = None
            self.notes.append((number, "enclosure", f"a new document starts on page {number} ({starts})"))
        if number == self._first or starts:
            self._colofon_texts = _repeat_texts(colofon_lines)
            self._first_lines = [*body_lines, *colofon_lines]
            self._identity = _identifying_values(colofon_lines)
            self._enclosed = bool(starts)
            if not self._ocr and len(self._identity) < len(_IDENTIFYING):
                # a document whose colofon column gives no date or reference (a Kamerbrief's
                # holds only its address; a nota printed without a colofon column) prints them
                # in its head rows ("Datum" / "Betreft" / "Ons kenmerk"): those name it, so a
                # later page's colofon or letter head can tell another document
                # (asked only while the colofon lacks one of them: a value found there stays)
                head = (
                    _addressee_head(body_lines, height, self.body_size, ocr=False)[1]
                    if starts
                    else _head_rows(body_lines, height, self.body_size)
                )
                for concept, pair in _identifying_values(head).items():
                    self._identity.setdefault(concept, pair)
        edges = _page_edges([*body_lines, *colofon_lines], height, ocr=self._ocr)
        page = PageLayout(
            number=number,
            width=width,
            height=height,
            body=body_lines,
            colofon=colofon_lines if number == self._first or starts else [],
            edges=edges,
            # (an OCR layer's turned words are the engine's reading of specks and edges)
            turned=[] if self._ocr else turned_lines(turned, kept, number),
            starts=bool(starts),
            identity=self._identity,
        )
        if self._furniture is not None:
            self._furniture &= edges
        elif number == 2:
            self._furniture = self.pages[0].edges & edges
        if self._furniture is not None:
            self._furniture_tops = {top for _, top in self._furniture}
        self.pages.append(page)
        if number >= 2 and not self._carried_box:  # (a page that carries a box waits for it)
            while self.pages:
                self._write_page(self.pages.pop(0))

    def _carried_value(
        self, colofon: list[Char], first: PageLayout, spaced: bool, pieces: Pieces
    ) -> list[Char]:
        """Page 2's colofon column without the lines that continue page 1's colofon, which are
        added to page 1's colofon.

        A colofon that fills its column to the bottom of page 1 (its last line, page lines
        aside, in the page's lowest tenth) runs on at the top of page 2's column (the last units
        of a long "Samengewerkt met" list): page 2's first column lines, before any line that
        repeats page 1's colofon (the short colofon of later pages) or gives a page line, set no
        larger than page 1's last line, are more of it, not furniture. Where page 1's last line
        is a value, they are more of it up to the first label or bold line; where it is a label
        with its value still to come ("Parafenroute" at the foot of page 1), its value opens
        page 2's column, and the labels and values after it are more of the colofon as well;
        not when page 2's column opens with a line printed over page 1's first label (the
        unit's name heading page 2's short colofon: the label was left empty). A column that ends
        level with page 1's last body line, above the lowest tenth (a body set with a wide bottom
        margin), reaches the bottom as well. Where page 2's column opens with a label page 1's
        colofon does not print ("Eerder advies", "Opgesteld door" after a "Kopie aan" list), the
        colofon goes on with it, its value and the labels after it (a short colofon repeats page
        1's labels: furniture).
        """
        own = [ln for ln in first.colofon if not _page_mark(ln.text)]
        last = own[-1] if own else None
        if last is None or (last.bold and not _is_label(last.text)) or not _at_the_foot(last, first):
            return colofon
        open_label = _is_label(last.text)  # (a label whose value has not come yet)
        printed = {ln.text.casefold() for ln in own}
        # (the lines over page 1's first label, its unit's name: page 2's short colofon opens
        # with them again, no value does)
        head = set(itertools.takewhile(lambda t: not _is_label(t), (ln.text for ln in own)))
        carried: list[TextLine] = []
        column = rows(colofon)
        # (sizes compare between pages of one kind: an OCR layer's are its engine's boxes, a page
        # scanned back in before a born-digital one says nothing of the next page's type)
        sized = (first.number in self._ocr_pages) == (self._count in self._ocr_pages)
        largest = last.size + 0.25
        if sized and self._count in self._ocr_pages:
            # (an OCR layer sizes each word by its box, a point or three apart within one line
            # as its letters and the scan's blur go: page 2's lines count against the usual size
            # of page 1's column, not against its last line's box, "Eerder advies" boxed 9 under
            # a column of 8 with "Transport" last)
            usual = Counter(ln.size for ln in own).most_common(1)[0][0]
            largest = max(largest, _OCR_COLUMN_LARGE * usual)
        for row in column:
            ln = lines_of_rows([row], 2, spaced, pieces)
            if len(ln) != 1:
                break
            line = ln[0]
            text = line.text
            marked = line.bold or _is_label(text)
            # (a known label page 1 does not print, opening the column: the colofon goes on
            # with it)
            fresh = not carried and not open_label and _is_label(text) and text.casefold() not in printed
            # (a number right under a carried label is its value, "Bijlagen" / "2", no page's)
            counted = bool(carried) and _is_label(carried[-1].text) and text.isdigit()
            if (
                (sized and line.size > largest)
                or (not counted and (_page_mark(text) or _column_page_line(text, 2)))
                or (marked and not (open_label and carried) and not fresh)
                # (a line page 1's colofon printed too is the later page's short colofon; under
                # an open label only a label is: a list's values may repeat units named above,
                # "SG" of a "Kopie aan" list again in the "Parafenroute")
                or (text in self._colofon_texts and (marked or not open_label))
                or (not carried and text in head)
            ):
                break
            carried.append(line)
            open_label = open_label or fresh
        if not carried:
            return colofon
        at = first.colofon.index(last) + 1
        first.colofon[at:at] = carried
        return [c for row in column[len(carried) :] for c in row]

    def _column_rows(
        self, colofon: list[Char], spaced: bool, pieces: Pieces
    ) -> tuple[list[list[Char]], list[Char]]:
        """A later page's colofon column as (the rows that repeat no line of page 1's colofon,
        the characters of the other rows)."""
        candidates: list[list[Char]] = []  # rows that repeat no line of page 1's colofon
        rest: list[Char] = []
        for row in rows(colofon):
            text = " ".join(w.text for w in _words(row, spaced, pieces))
            if text and text not in self._colofon_texts and not _column_page_line(text, self._count):
                candidates.append(row)  # ("Pagina 2 van 3" in the column is furniture too)
            else:
                rest.extend(row)
        return candidates, rest

    def _later_colofon(
        self,
        body: list[Char],
        colofon: list[Char],
        same: bool,
        split: tuple[list[list[Char]], list[Char]],
        *,
        spaced: bool,
        pieces: Pieces,
    ) -> tuple[list[Char], list[Char], bool]:
        """A later page's colofon column is furniture (dropped), except its lines that do not
        repeat a line of page 1's colofon and are set at the body's size, or on the line of a body
        row of their own size (outside OCR layers): those (a wide table's columns, its last ones
        set smaller; text reaching right on a landscape page) go back to the body. No word is lost.
        ``split`` is the column's :meth:`_column_rows`.
        """
        candidates, rest = split[0], list(split[1])  # (a copy: the rows left out join it)
        if not candidates:  # (the common case: the short colofon repeated; no size count needed)
            return body, colofon, same
        sizes = _letter_sizes(body, pieces)
        if not sizes:
            return body, colofon, same
        body_size = sizes.most_common(1)[0][0]
        back: list[Char] = []
        left_out: list[str] = []
        # (a row beside a body row of its own size, on the same line, goes on that row: a wide
        # table's last columns, set smaller than the body, that reach into the column)
        lines_at = {(round(c.top), round(c.size, 1)) for c in body if not c.text.isspace()}
        # (in an OCR layer, the rows right under a label of the column: the label's value, misread,
        # however large the engine boxed it, as on a heading's line: "3.3 Uitvoering  nes")
        valued = _under_column_labels(colofon, spaced, pieces) if self._ocr else set()
        for row in candidates:
            size = _letter_sizes(row, pieces).most_common(1)
            if (
                size
                and id(row[0]) not in valued
                and (
                    size[0][0] >= 0.9 * body_size
                    # (not in an OCR layer, which sizes each word by its box: a repeated colofon
                    # line may match a body row's size there)
                    or (
                        not self._ocr
                        and any((round(row[0].top) + d, size[0][0]) in lines_at for d in (-1, 0, 1))
                    )
                )
            ):
                back.extend(row)
            else:
                rest.extend(row)
                left_out.append(" ".join(w.text for w in _words(row, spaced, pieces)))
        self._note_other_identity(rest if back else colofon, spaced, pieces)
        named = [note[2] for note in self.notes if note[0] == self._count]
        if left_out and self._first_texts_folded is None:
            self._first_texts_folded = {t.casefold() for t in _repeat_texts(self._first_lines)}
        folded = self._first_texts_folded or set()
        # (a bare label, or a reference or date the note above names, is said already, and so is
        # what page 1 printed anywhere, in any case: "stas IenW" of its "Aan: Stas IenW" row; a
        # bare number is a page's or a bundle's page number)
        left_out = [
            t
            for t in left_out
            if not _is_label(t)
            and not t.isdigit()
            and t.casefold() not in folded
            and not any(repr(t) in note for note in named)
        ]
        if left_out:
            # (the text is no line of page 1's colofon: an attached letter's, or a label page 1
            # words otherwise; it stays furniture, but is named, so no word goes unseen)
            self.notes.append(
                (
                    self._count,
                    "later-colofon-differs",
                    f"this page's colofon prints {' / '.join(left_out)!r}, which page 1's does not; "
                    "left out as page furniture",
                )
            )
        if not back:
            return body, colofon, same
        return body + back, rest, False

    def _other_colofon(self, colofon: list[Char], spaced: bool, pieces: Pieces) -> str:
        """Why a later page's colofon column is another document's, or "": it gives a date or a
        reference other than page 1's colofon, and no page line that numbers on from an earlier
        page ("Pagina 2 van 2": that document's continuation, its template's colofon left
        unchanged). A nota's continuation pages repeat page 1's colofon (or a short part of it);
        a document bound in after the nota (a Kamerbrief, a second nota) prints its own. Not in
        an OCR layer, whose small colofon text may be misread on either page (a value misread is
        no other document)."""
        if self._ocr or not (self._identity or self._enclosed):
            return ""
        column = lines(colofon, self._count, spaced, pieces)
        if any((pair := _fragments.parse_page_line(ln.text)) and pair[0] > 1 for ln in column):
            return ""
        values = _identifying_values(column)
        if not self._identity:
            # an enclosure that printed no date or reference (an e-mail printout: no colofon, no
            # Datum row) is followed by a page whose colofon gives one: another document
            label, value = next(iter(values.values()), ("", ""))
            if not label:
                return ""
            return f"its colofon gives {label} {value!r} where the document before gives none"
        other = _differs(self._identity, values)
        return f"its colofon gives {other}" if other else ""

    def _after_the_last_page(self, printed: Iterable[str]) -> str:
        """Why a later page starts a new document by the page before it, or "": that page's page
        line numbers it its document's last ("Pagina 1 van 1" under a Kamerbrief bound in before
        the nota; the nota is the document that follows). Said by the page line, this holds in an
        OCR layer too, which compares no colofon values to find a document (a nota scanned after
        a born-digital cover letter was read as the letter's second page). Not where the page's
        own page line (``printed``: its lines' texts) numbers on from it: "Pagina 2 van 2"
        after "Pagina 1 van 1" is one document whose first page printed a count not updated."""
        if not self._ended or (m := _vocab.PAGE_LINE.match(self._ended)) is None:
            return ""
        after = str(int(m[1]) + 1)
        if any((own := _vocab.PAGE_LINE.match(text)) is not None and own[1] == after for text in printed):
            return ""
        return f"the page before it is its document's last ({self._ended!r})"

    def _new_head(self, body: list[TextLine], height: float) -> str:
        """Why a later page's body starts with the head of a new document, or "" (the page has no
        colofon column of another document, :meth:`_other_colofon`): a colofon stacked above the
        header (a header frame: "Datum" / "14 oktober 2024" / "Kenmerk" / ...) that gives a
        date or reference other than page 1's, an Aan row and a Van row at the top of the page,
        before any line of prose, or there a letter's subject row ("Betreft") among rows that give
        a date or reference other than page 1's. A nota's continuation page goes on with its
        body; a new document prints its head first."""
        if self._ocr:
            return (
                _returned_letter(body, height) or _addressee_head(body, height, self.body_size, ocr=True)[0]
            )
        if (k := _stacked_colofon(body, self.body_size)) and (
            other := _differs(self._identity, _identifying_values(body[:k]))
        ):
            return f"a colofon above its header gives {other}"
        why, head = _addressee_head(body, height, self.body_size, ocr=False)
        if why:
            return why
        # a letter's rows at the top, "Datum" / "Betreft" (or "Onderwerp"), with a date or
        # reference other than page 1's: a Kamerbrief bound in after the nota, whose colofon
        # column holds only its address (a nota's continuation page opens with no subject row)
        # (from the first header row on: a letterhead line over it as long as prose, the
        # ministry's whole name, is no reason to stop)
        head = _addressee_head(_from_first_row(body), height, self.body_size, ocr=False)[1]
        if any(_is_title_label(ln.text.split(" ", 1)[0].rstrip(":")) for ln in head) and (
            other := _differs(self._identity, _identifying_values(head))
        ):
            return f"a Datum/Betreft block at its top gives {other}"
        return ""

    def _note_other_identity(self, dropped: list[Char], spaced: bool, pieces: Pieces) -> None:
        """Note a later page's colofon, dropped as furniture, that gives another reference or
        date than page 1's (a page of another nota bound in, or a template left unchanged): the
        marked text keeps page 1's, and the diagnostic says what the page printed."""
        if not dropped or not self._identity:
            return
        self._note_other_values(lines(dropped, self._count, spaced, pieces))

    def _note_other_values(self, column: Sequence[TextLine]) -> None:
        """:meth:`_note_other_identity` of a later page's colofon lines."""
        for concept, (label, value) in _identifying_values(column).items():
            first = self._identity.get(concept)
            if first is None and self._ocr:
                # page 1 gives none: in an OCR layer its small colofon text may be lost or
                # garbled ("Kenmerk" / "3891111-1062222-LZ" read as "eb LZ"); the later page's
                # value is the one that was printed, so it is named (once) rather than lost
                message = (
                    f"this page's colofon gives {label} {value!r} where page 1's gives none (an "
                    "OCR layer may have lost it there); it is not taken as page 1's value"
                )
                if all(note[2] != message for note in self.notes):
                    self.notes.append((self._count, "later-colofon-differs", message))
            elif first is not None and _vocab.key(value) != _vocab.key(first[1]):
                self.notes.append(
                    (
                        self._count,
                        "later-colofon-differs",
                        f"this page's colofon gives {label} {value!r} where page 1's gives "
                        f"{first[0]} {first[1]!r}; page 1's is kept (a later page's colofon is "
                        "page furniture)",
                    )
                )

    # -- writing ----------------------------------------------------------------------------------

    def _keep(self, ln: TextLine) -> bool:
        """Whether a line is not furniture (printed at the same place on every page, or so but
        for a number counting the pages: :func:`_edge_keys`). Page 1's copy is furniture too
        here: the caller keeps it once, with the letterhead (a footer "... | pagina 1" kept in
        the body was read where the page ends, in the middle of a paragraph running on, or as
        the value of an empty colofon label above it)."""
        if not self._furniture:
            return True
        near = _near_places(("", round(ln.top / 4)), ocr=self._ocr)
        if not any(top in self._furniture_tops for _, top in near):
            return True
        keys = _edge_keys(ln, ocr=self._ocr)
        return not any((text, top) in self._furniture for text, _ in keys for _, top in near)

    def _kept(self, lines: list[TextLine], number: int) -> list[TextLine]:
        """The lines of page ``number`` that are no furniture. On page 1, a label alone on its
        line and the line under it stay, though printed at the same place on every page: page 1's
        are the fields, the later pages' are furniture."""
        if number > 1:
            return [ln for ln in lines if self._keep(ln)]
        return [ln for k, ln in enumerate(lines) if self._keep(ln) or _label_or_value(lines, k)]

    def _write_page(self, page: PageLayout) -> None:
        """Write one page's lines to the marked text; its footnotes wait for what follows.

        The page is written against its own document's date and reference (a page is written
        once the page after it is read, which may start another document: a Kamerbrief merged
        before the nota had its Datum and Betreft rows, other than the nota's, written as
        another document's, a paragraph)."""
        reading, self._identity = self._identity, page.identity
        try:
            self._write_page_of_its_document(page)
        finally:
            self._identity = reading

    def _write_page_of_its_document(self, page: PageLayout) -> None:
        """:meth:`_write_page` with ``self._identity`` the page's document's."""
        out = self._out
        if self._first == 0:  # (a one-page document)
            self._first = 1
        first = page.number == self._first or page.starts
        if page.number < self._first:  # a cover page: read with the next page
            self._cover = page
            return
        body = self._kept(page.body, 1 if first else page.number)
        stamps: list[TextLine] = []
        if first:
            self._first_texts = {ln.text for ln in (*page.body, *page.colofon)}
            # page 1's copy of what every page prints at the same place (a document number, a
            # classification stamp, the sender's running footer) is kept once, with the
            # letterhead; only the later pages' copies are furniture (a page number is none)
            kept = {id(ln) for ln in (*body, *self._kept(page.colofon, 1))}
            # (a footer line that repeats a line of page 1's colofon, the ministry's name under
            # every page, which the narrow column may wrap, is said already: it is no second
            # letterhead entry)
            said = " " + " ".join(ln.text for ln in page.colofon if id(ln) in kept) + " "
            stamps = [
                ln
                for ln in (*page.body, *page.colofon)
                if id(ln) not in kept and not _page_mark(ln.text) and f" {ln.text} " not in said
            ]
            self._first_colofon = " " + " ".join(ln.text for ln in page.colofon) + " "
            self._first_body = " " + " ".join(ln.text for ln in page.body) + " "
            # text running up or down a margin (a classification stamp): kept with the stamps;
            # its repeats on later pages are furniture
            stamps += page.turned
            self._first_texts |= {ln.text for ln in page.turned}
        else:
            kept = {id(ln) for ln in body}
            dropped = any(ln.top <= 0.2 * page.height and id(ln) not in kept for ln in page.body)
            body = self._running_header(self._top_mark(body, page), page.height, dropped=dropped)
            body = self._running_footer(body, page.height)
            if self._ocr:
                # a line at a later page's top that ends in this page's page line ("Kenmerk
                # DGKE-KE / 24128817 · Pagina 3 van 4") is a running header, whatever precedes
                # the page line: its reference and date are page 1's, which an OCR layer may have
                # misread there ("Kerimerk"), so they need not match (it was a paragraph, glued to
                # the text running on over the page break)
                body = [ln for ln in body if not _running_page_line(ln, page)]
        # the body size: the most common size in the upper half of the pages (footnotes, set
        # smaller at the bottom, may have more letters than a short body); a new document
        # (an enclosure) has its own (an e-mail printout set larger than the nota: its
        # paragraphs were headings in a larger font)
        if page.starts:
            self._sizes.clear()
            self._caps_shapes.clear()
        for ln in body:
            if ln.top < 0.5 * page.height:
                for w in ln.words:
                    self._sizes[round(w.size, 1)] += len(w.text)
        if self._sizes:
            self.body_size, count = self._sizes.most_common(1)[0]
            # (an OCR layer sizes each word by its box: sizes vary, and say nothing there)
            self._uniform = count >= 0.5 * self._sizes.total() and not self._ocr
        else:
            self.body_size = _dominant_size(body)
        colofon = self._kept(page.colofon, 1) if first else []
        if first and not page.colofon:
            # a colofon above the header, stacked at the body's left edge (a first-page header
            # frame) or set as rows of cells (labels over their values, a header table): page
            # 1's colofon, all of it (its later repeats are the furniture)
            top: list[TextLine] = []
            if k := _stacked_colofon(page.body, self.body_size):
                top, colofon = page.body[:k], page.body[:k]
            elif cells := _colofon_cells(page.body):
                top, colofon = page.body[: len(cells[0])], cells[1]
            body = [ln for ln in body if not any(ln is c for c in top)]
            stamps = [ln for ln in stamps if not any(ln is c for c in top)]  # (read as the colofon)
        while (
            colofon
            and _page_number(colofon, len(colofon) - 1, page.height)
            and not _vocab.PAGE_LINE.match(colofon[-1].text)
        ):
            # a bare number in the bottom margin under the column, far below its last value (a
            # bundle's page number stamped at the bottom right): furniture, no more of that value
            colofon = colofon[:-1]
        body, footer, pages = self._footer(body, page)
        main, notes, below = self._footnotes(body, page)
        below = [*below, *pages]
        if self._ocr and not first and _repeated_amounts_header(main, self._last_main):
            # (the typeset path reads such a table as a grid and carries its header over; an
            # OCR layer's tables are read line by line, so the repeat is dropped here)
            main = main[1:]
        self._last_main = main
        if not first:  # (turned text page 1 does not print: written after the page's notes)
            below += [ln for ln in page.turned if ln.text not in self._first_texts]
        if page.starts:
            # the nota ends before the page: its table is written, then the line that starts an
            # enclosure (the marked text's own markup, read by the text parser)
            if self._table is not None:
                self._write_table(self._table, out)
                self._table = None
            self._run_on = None
            self._end_page(more=True)
            out.add(_canon.ENCLOSURE)
            out.blank()
        else:
            # (an OCR layer's page of another width than the page before, a landscape page for
            # a wide table or the portrait page after it: a word processor starts such a page
            # at a section break, which ends the paragraph; the typeset path reads the table on
            # it as a grid, an OCR layer's rows are lines, the last of which may end in a misread
            # amount, no sentence, and ran on into the next page's first paragraph)
            turned = self._ocr and self._last_width > 0 and abs(page.width - self._last_width) > 1
            self._end_page(more=True, first=main[0] if main else None, ends=turned)
        self._last_width = page.width
        cover: list[TextLine] = []
        if self._cover is not None:
            cover, cover_footer = self._cover_lines(self._cover, page)
            footer = cover_footer + footer
            self._cover = None
        if first:
            fields, rest = _Out(), _Out()
            titled = any(_is_title_label(ln.text.rstrip(":")) for ln in colofon)
            # (a cover's lines other than letterhead and the kind: its title, when page 1 has none)
            cover_title = [ln for ln in cover if not _cover_furniture(ln.text)]
            main, used = self._header(
                main, fields, rest, titled=titled, cover_title=cover_title, foot=0.88 * page.height
            )
            for ln in cover:  # (letterhead, the kind: plain lines, read as text reads them)
                if not (used and ln in cover_title):
                    out.add(ln.text, ln)
            out.blank()
            # (an OCR layer's footer above the fields too: its lines may be footnotes whose
            # numbers the engine lost, "Kamerstukken II ...", which a label whose value it did
            # not read, a redaction box, took for its value)
            above = [*stamps, *footer] if self._ocr else stamps
            for ln in above:  # (above the fields, each a block of its own: no label's value)
                out.add(ln.text, ln)
                out.blank()
            out.extend(fields)
            out.blank()
            self._colofon(colofon, out)
            for ln in footer if not self._ocr else ():  # page furniture of the sender: letterhead
                out.add(ln.text, ln)
            out.blank()
            for ln in self._form_boxes:  # (empty fields: no label waits for a value below them)
                out.add(f"{ln.text.removesuffix(':')}:", ln)
            out.blank()
            out.extend(rest)
            self._footer_texts = {ln.text for ln in footer}
        else:  # (a later page's footer: furniture where it repeats page 1's)
            below = [*below, *(ln for ln in footer if ln.text not in self._footer_texts)]
        if (columns := _text_columns(main)) is None:
            self._table = self._body(main, out, self._table)
        else:
            # text set in two columns side by side: the lines above and the left column, then the
            # right column, then the lines under them, each read as a page's lines are (so a
            # column's own left edge is its text's, no indent); the right column's first line
            # goes on with the left column's last unless that ended its paragraph (as at a page
            # break: a sentence's end, and room for the next word)
            left, right, under = columns
            self._table = self._body(left, out, self._table)
            if _column_break_ends(left[-1], right[0], max(ln.x1 for ln in left)):
                out.blank()
            self._table = self._body(right, out, self._table)
            if under:
                self._table = self._body(under, out, self._table)
            main = [*left, *right, *under]
        last = out.lines[-1] if out.lines else ""
        blank = self._table is None and (not last or bool(_SENTENCE_END.search(last)) or last.startswith("#"))
        # a paragraph runs on to the next page only from a full page: the text of a page of one
        # or two lines that stops with room for more than four of its lines above the notes or
        # the bottom margin ends there, though no sentence does (the notice on a page withheld
        # under the Woo, "Deze pagina is geheel gelakt op grond van 5.1.1c", is not the start of
        # the sentence the next page goes on with; a longer page that stops short is left as it
        # was: a drawn or converted page may break a paragraph anywhere)
        short = (
            not blank
            and 0 < len(main) <= 2
            and self._table is None
            and main[-1].text == last
            and min((ln.top for _, _, ln in notes), default=0.88 * page.height) - main[-1].bottom
            > 4 * (main[-1].bottom - main[-1].top)
        )
        self._page_end = _PageEnd(blank, notes, below, short)
        ended = blank and main and last and not last.startswith("#") and main[-1].text == last
        self._run_on = (main[-1], max(ln.x1 for ln in main)) if ended else None

    def _cover_lines(self, cover: PageLayout, first: PageLayout) -> tuple[list[TextLine], list[TextLine]]:
        """A cover page's lines, to be written as plain lines above the first page's header, and
        its footer. Its page lines ("Pagina 1 van 3") and page numbers are left out, and so are
        lines the first page repeats (the title, set again above the sections)."""
        lines = self._kept(cover.body, 1)
        lines, footer, _ = self._footer(lines, cover)
        lines, _, _ = self._footnotes(lines, cover)
        again = {ln.text for ln in first.body}
        return [ln for ln in lines if ln.text not in again], footer

    def _top_mark(self, body: list[TextLine], page: PageLayout) -> list[TextLine]:
        """A later page without the line alone at its top (in the upper tenth, set smaller than
        the body, apart from the line under it) that gives the page ("Blad 3", "Pagina 3", "3/6";
        a bare "3" or "- 3 -" when it is this page's number) or repeats a line of page 1 (the
        title as a running header): furniture, as a page line at the foot is."""
        if not body:
            return body
        ln = body[0]
        if ln.top > 0.1 * page.height or ln.size >= self.body_size - 0.25:
            return body
        if len(body) > 1 and body[1].top - ln.bottom < ln.bottom - ln.top:
            return body
        if _column_page_line(ln.text, page.number) or self._first_repeat(ln.text):
            return body[1:]
        words = ln.text.split()
        if any(
            self._first_repeat(" ".join(words[:k])) and self._first_repeat(" ".join(words[k:]))
            for k in range(1, len(words))
        ):
            # two such repeats side by side (the title at the left, a classification stamp in
            # the middle of the page's head)
            return body[1:]
        return body

    def _first_repeat(self, text: str) -> bool:
        """Whether a later page's top line repeats page 1: one of its lines, or three words or
        more that page 1's body prints in lines running on (the title, wrapped there)."""
        return text in self._first_texts or (len(text.split()) >= 3 and f" {text} " in self._first_body)

    def _running_header(self, body: list[TextLine], height: float, *, dropped: bool) -> list[TextLine]:
        """A later page without its running header: the lines at its top (in the upper fifth),
        set smaller than the body, that repeat lines of page 1 (or a unit's name that page 1's
        colofon wraps in its narrow column), with a label among them
        ("Kenmerk" / "IENW/BSK-2024/118302" / "Datum" / "22 februari 2024", the short colofon of a
        template that puts it at the top of the page) are furniture; so is a known label alone
        on its line there that page 1 does not print so, and the line under it, its value
        ("Directie" / "DMO" under the repeated reference and date, or under lines of the
        page's top already left out as furniture, ``dropped``; a label of page 1 over
        another value is no repeat, and its value stays; in an OCR layer it is furniture too, as
        page 1's value may be the one misread: "Datum" / "2 oktober 2024" under page 1's garbled
        date, noted when it gives another reference or date). The first other line ends the
        header."""
        k = 0
        value = False  # (the line is the value of a label alone on the line above)
        for ln in body:
            repeated = ln.text in self._first_texts or self._identity_line(ln.text)
            if ln.top > 0.2 * height or (
                ln.size >= self.body_size - 0.25
                # (an OCR layer sizes a line by its box: a value with tall and deep letters, "8
                # juli 2024", reads at the body's size under its small label; the value line of a
                # label that repeats page 1's value is the header's all the same)
                and not (self._ocr and value and repeated)
            ):
                break
            label = (not repeated or self._ocr) and not value and _is_label(ln.text)
            # (also a line that page 1's colofon wraps: "Directoraat-Generaal Straffen en
            # Beschermen" on one line in the header, over two lines in page 1's column; a label
            # among those words, "Directie", is still read as a label with its value under it)
            repeated = repeated or (not label and f" {ln.text} " in self._first_colofon)
            if not (repeated or label or value):
                break
            value = label
            k += 1
        ident = any(self._identity_line(ln.text) for ln in body[:k])
        if not (ident or any(_is_label(ln.text) for ln in body[:k])) or not (
            dropped or ident or any(ln.text in self._first_texts for ln in body[:k])
        ):
            return body
        if self._ocr:
            self._note_other_values(body[:k])
        return body[k:]

    def _running_footer(self, body: list[TextLine], height: float) -> list[TextLine]:
        """A later page without its running footer: its last lines, in the lower fifth, set
        smaller than the body, that give page 1's reference or date with its label (perhaps with
        a unit's line of page 1's colofon: the short colofon a template repeats at the foot of
        later pages, :meth:`_identity_line`) are furniture."""
        k = len(body)
        while (
            k
            and body[k - 1].top > 0.8 * height
            and body[k - 1].size < self.body_size - 0.25
            and self._identity_line(body[k - 1].text)
        ):
            k -= 1
        return body[:k]

    def _identity_line(self, text: str) -> bool:
        """A running header of one line that gives page 1's reference or date with its label,
        and perhaps the page line, between separators ("Kenmerk DGKE-KE / 24128817 · Pagina 2
        van 4"): nothing in it is text of the page (as page 1 prints the pair in its colofon, in
        two lines, the line is no repeat of page 1's). In an OCR layer a speck read as a dot or a
        comma may stand after it ("Datum 13 maart 2024."): no text of the page either."""
        rest, found = " ".join(text.split()), False
        for label, value in self._identity.values():
            for pair in (f"{label}: {value}", f"{label} {value}"):
                if pair in rest:
                    rest, found = rest.replace(pair, " ", 1), True
                    break
        rest = " ".join(rest.strip(_SEPARATORS + _OCR_SPECK_MARKS if self._ocr else _SEPARATORS).split())
        if found and (not rest or _page_mark(rest)):
            return True
        if found and not self._ocr and (rest in self._first_texts or f" {rest} " in self._first_colofon):
            # and a unit's line of page 1's colofon before or after the pair ("Directie
            # Algemene Fiscale Politiek  Datum 30 mei 2024  Kenmerk 2024-0000139812")
            return True
        return self._repeated_parts(text)

    def _repeated_parts(self, text: str) -> bool:
        """A running header of parts set apart by separators between spaces ("Ministerie van
        Financiën | Directie Algemene Fiscale Politiek | 2024-0000415529", "Dienst Justitiële
        Inrichtingen | Datum 5 september 2024 | Kenmerk 5691044"): two parts or more, each a line
        of page 1's colofon or letterhead, page 1's reference or date (with or without its
        label) or a page line, one of them that reference or date."""
        if not any(c in text for c in _PART_MARKS):
            return False
        parts = [p.strip(_SEPARATORS) for p in _PART_SEPARATOR.split(" ".join(text.split()))]
        parts = [p for p in parts if p]
        if len(parts) < 2 or not self._identity:
            return False
        ident = False
        for part in parts:
            for label, value in self._identity.values():
                if part in (value, f"{label} {value}", f"{label}: {value}"):
                    ident = True
                    break
            else:
                if not (part in self._first_texts or f" {part} " in self._first_colofon or _page_mark(part)):
                    return False
        return ident

    def _end_page(self, *, more: bool, first: TextLine | None = None, ends: bool = False) -> None:
        """Finish the last written page: a blank line and a form feed when a page follows, footnotes.

        The blank line ends the paragraph; it is left out where the page's last line ends a
        sentence but the paragraph runs on: ``first``, the next page's first line, is plain text
        at the same size and margin, and its first word would not have fitted after the last line.
        """
        if self._page_end is None:
            return
        out = self._out
        end = self._page_end
        blank, notes, below, short = end.blank, end.notes, end.below, end.short
        blank = blank or ends  # (``ends``: the paragraph ends with the page, whatever its last line)
        self._page_end = None
        if (
            blank
            and not ends
            and first is not None
            and self._run_on is not None
            and _runs_on(*self._run_on, first)
        ):
            blank = False
        if more and blank:
            out.blank()
        elif more and short and first is not None and (first.text[:1].islower() or first.text[:1].isdigit()):
            # two blank lines: the paragraph ends, though no sentence does, and the next page
            # starts as a sentence goes on (which the text parser joins across one blank line)
            out.blank()
            out.lines.append("")
        for number, text, ln in notes:
            out.add(f"[^{number}]: {text}", ln)
        for ln in below:
            if not _vocab.PAGE_LINE.match(ln.text):
                out.blank()  # a footer line is a block of its own, not the end of a paragraph
            out.add(ln.text, ln)
        if more:
            if out.lines:
                out.lines[-1] += "\f"
            else:
                out.lines.append("\f")

    def text(self) -> tuple[str, dict[int, tuple[int, tuple[float, float, float, float]]]]:
        """Write the marked extracted text; also return line number → (page, bbox)."""
        if self._carried_box and self.pages:
            # (the paragraph beside a text box ended the document's last page, kept unwritten)
            self.pages[-1].body.extend(self._carried_box)
            self._carried_box = []
        while self.pages:
            self._write_page(self.pages.pop(0))
        self._end_page(more=False)
        out = self._out
        if self._table is not None:
            self._write_table(self._table, out)
            self._table = None
        self._out = _Out()
        if self._ocr_pages and len(self._ocr_pages) < self._count:
            self._mixed_ocr_headings(out)
        out = _attachment_list(out)
        text = "\n".join(out.lines)
        return text.rstrip("\n") + "\n", out.boxes

    def _mixed_ocr_headings(self, out: _Out) -> None:
        """In a document of OCR'd and born-digital pages (a signed page scanned back in), the
        OCR pages' known section headings are marked as the other pages' bold ones are.

        An OCR layer gives no bold, so its headings are written as plain lines, which the text
        reader takes for headings by their words only while no line of the text is marked; once
        a born-digital page's bold heading is marked, it trusts the marks. So where a line of a
        born-digital page is a marked heading, a plain line of an OCR page under the first
        marked line (the body, not the colofon's labels) that starts a block and is a known
        section heading as a whole (as printed or within the OCR layer's letter errors,
        :func:`_ocr_known_heading`; a known label as printed, "Contact", is no misread "Context")
        is marked too.
        """
        # (each document of the file on its own: the text reader trusts one document's marks,
        # and a born-digital letter bound in before a scanned nota marks none of the nota's)
        starts = [k for k, text in enumerate(out.lines, 1) if text == _canon.ENCLOSURE]
        for first, end in itertools.pairwise([0, *starts, len(out.lines) + 1]):
            self._mixed_ocr_headings_in(out, first + 1, end)

    def _mixed_ocr_headings_in(self, out: _Out, start: int, end: int) -> None:
        """:meth:`_mixed_ocr_headings` of one document, lines ``start`` to ``end`` (excluded)."""
        lines = out.lines
        marked = [k for k in range(start, end) if lines[k - 1].startswith(("# ", "## "))]
        if not marked or not any(
            lines[k - 1].startswith("## ")
            and (box := out.boxes.get(k)) is not None
            and box[0] not in self._ocr_pages
            for k in marked
        ):
            return
        shapes: list[tuple[int, float, float, float]] = []  # (where the known ones stand)
        for k in range(marked[0] + 1, end):
            text = lines[k - 1]
            box = out.boxes.get(k)
            if (
                box is None
                or box[0] not in self._ocr_pages
                or not text
                or text[0] in "#["
                or (lines[k - 2] and not lines[k - 2].startswith("# "))
                or (read := _ocr_known_heading(text)) is None
                # (a label printed whole is no misread heading: "Contact" over a name
                # is not "Context")
                or (_vocab.known_label(text) is not None and not _known_heading(text))
            ):
                continue
            lines[k - 1] = "## " + _canon.escape_heading(read, _vocab.heading_number(text)[0])
            if (shape := _heading_shape(out, k)) is not None:
                shapes.append(shape)
        if shapes:
            self._ocr_headings_shaped(out, marked[0], end, shapes)

    def _ocr_headings_shaped(
        self, out: _Out, first: int, end: int, shapes: list[tuple[int, float, float, float]]
    ) -> None:
        """The OCR pages' other headings, set as their known headings are (a mixed document, see
        :meth:`_mixed_ocr_headings`): a plain line that starts a block, a few capitalised words
        and no sentence ("Advies Raad van State"), at the left edge, height and gap over the
        next line of a known heading marked on its page, that gap wider than the next lines'
        own (a paragraph's first line under it), set as prose is (no tab stops between its
        words: a table's header row) and shorter than the line under it. The text reader takes
        such a line for a heading where no line is marked (a short capitalised line alone over
        a longer paragraph line); the marks of the born-digital pages keep it from doing so."""
        lines = out.lines
        for k in range(first + 1, min(end, len(lines) - 1)):
            text = lines[k - 1]
            if (
                not text
                or not text[0].isupper()
                or (lines[k - 2] and not lines[k - 2].startswith("# "))
                or text[-1] in ".,:;?!-"
            ):
                continue
            words = text.split()
            if len(words) > 6 or _is_label(text):
                continue
            if not all(w.replace("-", "").isalpha() for w in words):
                continue
            shape = _heading_shape(out, k)
            if shape is None or not any(
                shape[0] == page
                and abs(shape[1] - x0) < 3
                and abs(shape[2] - height) < 1.5
                and abs(shape[3] - gap) < 2
                for page, x0, height, gap in shapes
            ):
                continue
            box = out.boxes[k][1]
            below = out.boxes[k + 1][1]
            width = box[2] - box[0]
            if width > len(text) * (box[3] - box[1]) or below[2] - below[0] < 1.3 * width:
                continue  # (cells at tab stops, or no paragraph line under it)
            number, words_read = _vocab.heading_number(text)
            lines[k - 1] = "## " + _canon.escape_heading(words_read, number)

    def _own_label_rows(self, main: Sequence[TextLine], rows: dict[int, str]) -> dict[int, str]:
        """The body's label rows that are the nota's fields: not a run of rows (adjacent lines)
        among which one gives another date or reference than page 1's colofon. Those are another
        document's (a Kamerbrief bound in after the nota: "Datum  14 oktober 2024" / "Betreft
        ..."); a nota has one date and one reference. They are written as printed, and noted."""
        other = set()
        for i, text in rows.items():
            label, value = text.split(": ", 1)
            first = self._identity.get(_vocab.label_concept(label))
            if first is not None and _vocab.key(value) != _vocab.key(first[1]):
                other.add(i)
                self.notes.append(
                    (
                        main[i].page,
                        "later-colofon-differs",
                        f"a row in the body gives {label} {value!r} where page 1's colofon gives "
                        f"{first[0]} {first[1]!r}; page 1's is kept (the rows are another "
                        "document's, read as text)",
                    )
                )
        for i in sorted(other):
            for step in (-1, 1):
                j = i + step
                while j in rows and j not in other:
                    other.add(j)
                    j += step
        return {i: text for i, text in rows.items() if i not in other}

    def _colofon(self, colofon: list[TextLine], out: _Out) -> None:
        """Page 1's colofon: a block per label (bold or smaller than its value) or after a gap."""
        if not colofon:
            return
        any_bold = any(ln.bold for ln in colofon)
        pitch = _pitch(colofon)
        # Without bold (an OCR layer has none, some templates set none) a label's value set as a
        # list of blocks ("Samengewerkt met" / a directorate per block) is told from the next
        # pair by its gaps: the space between the colofon's pairs is the same down the column,
        # and a value's blocks are set closer than that (under 60 % of the smallest gap before
        # a label, known from at least two labels after a gap).
        label_gaps = [
            ln.top - a.bottom
            for a, ln in itertools.pairwise(colofon)
            if _gap(a, ln, pitch) and _vocab.known_label(ln.text)
        ]
        value_gap = 0.6 * min(label_gaps) if not any_bold and len(label_gaps) >= 2 else 0.0
        beside_template = sum(map(_known_label_beside, colofon)) >= 2
        column_right = max(ln.x1 for ln in colofon)
        prev: TextLine | None = None
        label: str | None = None  # the known label whose value is being read
        named = False  # whether the block being read holds a name (no label, no address)
        labelled = False  # whether a label has been read (the units' block is above the labels)
        for k, ln in enumerate(colofon):
            if _colofon_page_number(ln.text):
                continue  # furniture ("1/3", "Pagina 1/3"), not more of the value above it
            new_block = prev is None or _gap(prev, ln, pitch)
            if any_bold and ln.bold and prev is not None and not prev.bold:
                new_block = True
            if new_block and label is not None and any_bold and not ln.bold:
                new_block = False  # a value continued after a redaction box or a gap
            if (
                new_block
                and label is not None
                and prev is not None
                and ln.top - prev.bottom < value_gap
                and not _vocab.known_label(ln.text)
            ):
                new_block = False  # (the next block of a value set as a list, as above)
            if (
                not new_block
                and named
                and prev is not None
                and not (prev.bold and ln.bold)
                and _unit_line(ln)
                and _broken_short(prev, ln, column_right)
            ):
                # "Ministerie van Defensie" / "Defensie Materieel Organisatie": a line broken
                # where the next line's first word would have fitted was broken by hand, not
                # wrapped: each unit is a block (a letterhead entry) of its own
                new_block = True
            # "Inlichtingen   J. Smit": a label and its value at a tab stop, a pair of its own
            pair = _bold_label_beside(ln, beside_template) if ln.words[0].bold and not ln.bold else None
            if new_block or pair is not None:
                out.blank()
                label = ln.text if _vocab.known_label(ln.text) else None
                labelled = labelled or label is not None or pair is not None
                # (the units' block stands above the column's labels: a block under them may be
                # a label outside the vocabulary over its value, "Beleidsterrein" / "Inkomensbeleid")
                named = not labelled and _unit_line(ln)
            elif not _unit_line(ln):
                named = False
            text = ln.text
            if pair is not None:
                label, text = pair
            if (
                not new_block
                and any_bold
                and ln.bold
                and prev is not None
                and prev.bold
                and _wrapped_bold(prev.text, text)
            ):
                # a bold line wrapped under the one above ("Directie" / "Arbeidsverhoudingen"):
                # one line, not a label and its value
                out.lines[-1] += " " + text
                label = out.lines[-1] if _vocab.known_label(out.lines[-1]) else None
                prev = ln
                continue
            nxt = colofon[k + 1] if k + 1 < len(colofon) else None
            if (
                new_block
                and label is None
                and any_bold
                and _unknown_colofon_label(ln, nxt, pitch, addressed=_addressed(colofon[:k]))
            ):
                text += ":"  # a bold label outside the vocabulary ("Paraaf DG"), its value below
                labelled = True
                named = False
            out.add(text, ln)
            prev = ln
        out.blank()

    def _header(
        self,
        main: list[TextLine],
        fields: _Out,
        out: _Out,
        *,
        titled: bool = False,
        cover_title: Sequence[TextLine] = (),
        foot: float | None = None,
    ) -> tuple[list[TextLine], bool]:
        """Page 1's header block: label rows to ``fields``, the purpose and title to ``out``.

        The header ends at the first heading, table or paragraph-wide line at the left margin.
        Label rows are a short run at the left margin and a value after a tab stop ("Aan  MBZK"),
        or a first word ending in a colon ("Aan: ACC-19"); a label alone on its line ("Aan:")
        takes the lines below it as its value. They are written before the colofon, so fields
        keep the order of the fixtures (main column first, then the colofon). Of the other lines,
        the last block of at most four lines not ending a sentence is the title. Returns the
        lines after the header, and whether ``cover_title`` (lines of a cover page) was used: when
        no title is found and no title label (``titled``, or one in the header) gives one, those
        lines are the title (at most four), else a lone ``#`` says that the nota has none. A
        minister's decision block printed above the label rows ("Besluit minister" and its
        options; not one after a section heading) does not end the header: it is moved to the
        start of the body. ``foot``: the top of the page's bottom band (88 % of its height).
        """
        if not main:
            return main, False
        if self._ocr:
            main = _without_header_specks(main)
        # (side headings, left of the text, are no part of the header's left edge)
        text_x = _usual_left(main)
        side = next((i for i, ln in enumerate(main) if _side_heading(ln, 5, text_x)), len(main))
        ocr_side: int | None = None
        if self._ocr and (side_x := _ocr_side_text_x(main)) is not None:
            # (an OCR layer's side headings, known headings left of the text: the header ends
            # at the first)
            pitch = _pitch(main)
            ocr_side = next(
                (i for i in range(side) if _ocr_margin_heading(main, i, side_x, pitch) is not None), None
            )
            side = side if ocr_side is None else ocr_side
        # (in an OCR layer, which sizes lines by their boxes, a stamp in the page's foot left of
        # the text, "Woo-besluit 2026-1603 | document 2", may be no smaller than the body and stay
        # in the main column: no line below 88 % of the page's height sets the header's edge)
        edge = [ln for ln in main[:side] if not (self._ocr and foot is not None and ln.top > foot)]
        left = min(ln.x0 for ln in edge or main[:side] or main)
        right = max(ln.x1 for ln in main)
        main, self._form_boxes = _form_boxes(main, left)
        moved: list[TextLine] = []
        for i in range(min(len(main), 12)):
            if j := _decision_block_end(main, i, left):
                moved, main = main[i:j], main[:i] + main[j:]
                break
            if _known_heading(main[i].text):
                break  # (the sections have begun: a decision block among them stays there)
        # a header table without borders that sets its labels over their values in columns
        # ("Aan   Van   Datum" / "Staatssecretaris   DG Belastingdienst   13 februari 2024"): the
        # label row and its value rows are header lines, read column by column below
        pitch = _pitch(main)
        # a paraph table under its label ("Parafenroute" / "Naam  Paraaf  Datum" / its rows): the
        # label's value, a row a line, as the text reader takes it; no header table of labels
        in_paraph = {i + k for i in range(min(len(main), 12)) for k in range(_paraph_rows(main, i, pitch))}
        grids: dict[int, tuple[list[tuple[float, str]], list[list[str]], int]] = {}
        for i in range(min(len(main), 12)):
            if (
                i not in in_paraph
                and (cols := _label_columns(main[i]))
                and (got := _column_values(cols, main[i], main[i + 1 :], pitch))[1]
            ):
                grids[i] = (cols, *got)
        in_grid = {i + k for i, (_, _, n) in grids.items() for k in range(n + 1)}
        end = len(main)
        spaced_head = _spaced_label_rows(main[:12], left, pitch)
        # (an OCR layer gives no bold: a title over the label rows is set larger than the body)
        large = _OCR_TITLE_LARGE * self.body_size if self._ocr else None
        addressed: set[int] = set()  # the lines an addressee sentence wraps onto
        for i, ln in enumerate(main):
            if i in in_grid or i in addressed or i in in_paraph:
                continue
            letterhead = _labels_below(main, i, left)
            if i > 0 and _title_value_goes_on(main[i - 1], ln, pitch):
                continue  # (a bold title wrapped in its row: "Onderwerp:  ... nieuw normen- en" / "stelsel")
            if (
                i > 0
                and len(runs := _header_runs(main[i - 1])) >= 2
                and _label_wrapped(main, i - 1, runs[1][0].x0, pitch)
            ):
                continue  # (a bold label wrapped in its cell: "Opgesteld  drs. ..." / "door:")
            if (
                # a purpose, kind or label line set in bold is still the header's, and so is a
                # bold letterhead line above the label rows (a ministry's name)
                (
                    self._is_heading(main, i)
                    and not _header_line(ln, left)
                    and not letterhead
                    and not _title_over_head(main, i, left, pitch, spaced_head)
                )
                or (self._is_heading(main, i) and _label_word_heading(main, i, left, right))
                # an OCR layer gives no bold: there the label word heads the first section by
                # where it stands alone (under the title, over a sentence) without it
                or (self._ocr and _label_word_heading(main, i, left, right))
                or (_side_heading(ln, 5, text_x) and not _header_line(ln, left))
                or i == ocr_side
                or _vocab.is_table_header(ln.text)
                or (
                    _known_heading(ln.text)
                    and not _kind_heading_over_labels(main, i, left)
                    and not (i > 0 and _open_value_goes_on(main[i - 1], ln, pitch))
                )
                or _kind_word_heading(main, i, left)
            ):
                end = i
                break
            wide = ln.x1 - ln.x0 > 0.7 * (right - left)
            # ("Aan de staatssecretaris van ...", a sentence over one line or two: the header's)
            addressee_lines = _addressee_rows(main, i, pitch, left, right)[1]
            addressed.update(range(i + 1, i + addressee_lines))
            if (
                abs(ln.x0 - left) < 4
                and wide
                and len(_header_runs(ln)) == 1
                and not _label_colon(ln.words)
                and not addressee_lines
                and i not in spaced_head  # ("Aan Minister van ...", a plain space after the label)
                # (a grid row of label|value pairs, its cells closer than tab stops: the header's)
                and not _known_grid_row(ln.words, ocr=self._ocr)
                and not (
                    _emphasised(ln, large)
                    and _title_over_head(main, i, left, pitch, spaced_head, large=large)
                )
                # (in an OCR layer, a large line above the first side heading: the title, wrapped)
                and not (ocr_side is not None and i < ocr_side and _emphasised(ln, large))
                and not letterhead
                # (the value under a title label alone on its line: "Onderwerp" / "Reactie op ...")
                and not (i > 0 and _bare_title_label(main[i - 1]) and ln.top - main[i - 1].bottom < ln.size)
                # (a title in the text's own font, as a typewriter memo sets it: one line that
                # ends no sentence, set apart above and below, no paragraph's first line)
                and not _title_alone(main, i, pitch)
            ):
                end = i
                break
        if self._ocr and end < len(main) and _label_word_heading(main, end, left, right):
            # (kept for :meth:`_body`, which sets its paragraph right under it)
            self._ocr_heading = main[end]
        header = main[:end]
        title: list[tuple[str, TextLine]] = []
        pending: list[tuple[str, TextLine]] = []
        # a bold block above the first label row that is no letterhead: the title, when no
        # other line of the header is ("Herziening van de regeling" / "Aan  MBZK")
        above: list[tuple[str, TextLine]] = []
        labels_seen = False
        prev: TextLine | None = None
        value_of: _Out | None = None  # the buffer a label's value lines go to
        value_x: float | None = None  # where a tab-stop label's value starts

        def flush_pending() -> None:
            if pending:
                for text, line in pending:
                    out.add(text, line)
                out.blank()
                pending.clear()

        def start_labels() -> None:
            # lines above a label row (a ministry's name, a kind line) are no title, but they
            # are text of the nota: written as plain lines, never dropped
            nonlocal above, title, labels_seen
            if not labels_seen and _title_above_labels(title, large):
                above = title
            else:
                pending.extend(title)
            flush_pending()
            title = []
            labels_seen = True

        def add_cell(label: str, texts: Iterable[str], line: TextLine) -> None:
            # a head table's label|value cell: the label with its colon, its value's lines under it
            nonlocal titled
            titled = titled or _is_title_label(label)
            fields.add(f"{label}:", line)
            for text in texts:
                fields.add(text)

        spaced_rows = _spaced_label_rows(header, left, pitch)
        value_col = _value_column(header, left)
        label_ends: set[int] = set()  # a label's second line in its cell ("Opgesteld" / "door:")
        for index, ln in enumerate(header):
            if index in label_ends:
                prev = ln
                continue
            if index in in_paraph:
                runs = _split_row(ln)
                if len(runs) >= 3 and _vocab.key(_text(runs[0])) in _vocab.PARAPH_LABELS:
                    # (the label in the heads' row: "Parafenroute  Naam  Paraaf  Datum")
                    start_labels()
                    fields.blank()
                    fields.add(f"{_text(runs[0])}:", ln)
                    fields.add(" ".join(_text(run) for run in runs[1:]))
                else:
                    fields.add(ln.text, ln)  # (a row of the paraph table under its label)
                value_of = None
                prev = ln
                continue
            if index in grids:
                cols, values, _ = grids[index]
                start_labels()
                for (_, label), lines_of_value in zip(cols, values, strict=True):
                    add_cell(label, lines_of_value, ln)
                fields.blank()
                value_of = None
                prev = ln
                continue
            if index in in_grid:
                prev = ln
                continue
            runs = _header_runs(ln)
            if len(runs) == 1 and value_col is not None and _among_labels(header, index, pitch):
                # a label as wide as its column, its value close by but at the column the other
                # rows' values start at ("Financiële gevolgen Geen, ..."): split there
                runs = _split_at_column(ln, left, value_col)
            gap_before = prev is not None and _gap(prev, ln, pitch)
            if gap_before:
                value_of = None
            words = ln.words
            continues_title = (
                bool(title)
                and prev is title[-1][1]
                and not _SENTENCE_END.search(prev.text)
                and (
                    not gap_before
                    or ln.top - prev.bottom < 2 * max(ln.bottom - ln.top, prev.bottom - prev.top)
                )
            )
            n = _label_colon(words)
            if continues_title and n and _vocab.known_label(_text(words[:n])) is None:
                gap_before = False  # OCR line spacing varies; a wrapped title goes on before a colon
            if _vocab.PURPOSE_LINE.match(_text(runs[0])) and len(runs) > 1:
                # "(ter beslissing)   het bericht ..." : the purpose, then the title's first line
                pending.extend(title)  # lines before it ("nota") are not the title
                flush_pending()
                out.add(_text(runs[0]), ln)
                title = [(" ".join(_text(r) for r in runs[1:]), ln)]
                value_of = None
            elif len(runs) >= 2 and _vocab.key(_text(runs[0])) in _vocab.KINDS:
                # a wordmark set as text ("nota", large) beside the title's first line
                pending.extend(title)
                pending.append((_text(runs[0]), ln))
                flush_pending()
                title = [(" ".join(_text(r) for r in runs[1:]), ln)]
                value_of = None
            elif not _vocab.SALUTATION.match(ln.text) and (
                # (a letter's salutation with a redacted name, "Beste [box] 5.1.2e,", is no label
                # row: the box leaves a gap like a tab's)
                (len(runs) >= 2 and abs(runs[0][0].x0 - left) < 6 and len(runs[0]) <= 4)
                or (index in spaced_rows and (n := spaced_rows[index]))
                or _known_grid_row(words, ocr=self._ocr)
                or (
                    (n := _label_colon(words))
                    and (
                        _vocab.known_label(_text(words[:n])) is not None
                        # a label outside the vocabulary only where it stands in a block of
                        # known label rows; a title wrapped before a colon ("... in" / "Houten:
                        # 'Kan ...") or with one ("Kamerbrief: reactie op ...") is no label
                        or (not continues_title and _among_labels(header, index, pitch))
                    )
                )
            ):
                start_labels()
                pairs = _grid_pairs(words, ocr=self._ocr)
                if len(pairs) < 2:
                    pairs = _known_grid_row(words, ocr=self._ocr)
                if len(pairs) >= 2:
                    # a head form's grid row, two label|value pairs or more side by side ("Aan
                    # MBZK  Van  DGOO"): a field each, with the lines of each cell under it
                    cells = [[_text(value)] for _, value in pairs]
                    starts = [label[0].x0 for label, _ in pairs]
                    below_ln = ln
                    for k in range(index + 1, len(header)):
                        nxt = header[k]
                        if nxt.x0 < pairs[0][1][0].x0 - 4 or _gap(below_ln, nxt, pitch) or nxt.words[0].bold:
                            break
                        parts: dict[int, list[Word]] = {}
                        for w in nxt.words:
                            j = max(j for j, x in enumerate(starts) if j == 0 or w.x0 >= x - 2)
                            parts.setdefault(j, []).append(w)
                        for j, cell_words in parts.items():
                            cells[j].append(_text(cell_words))
                        label_ends.add(k)
                        below_ln = nxt
                    for (label_words, _), cell in zip(pairs, cells, strict=True):
                        add_cell(_text(label_words).rstrip(":").strip(), cell, ln)
                        fields.blank()
                    value_of = None
                    prev = below_ln
                    continue
                tab_row = len(runs) >= 2 and len(runs[0]) <= 4 and abs(runs[0][0].x0 - left) < 6
                head = runs[0] if tab_row else words[:n]
                label = _text(head).rstrip(":").strip()
                rest = words[len(head) :]
                if tab_row and rest and (end_of := _label_wrapped(header, index, rest[0].x0, pitch)):
                    label = f"{label} {end_of}"
                    label_ends.add(index + 1)
                titled = titled or _is_title_label(label)
                if len(rest) >= 2 and rest[0].text == ":":
                    # the label's colon set apart in a column of its own ("Aan  :  Minister
                    # van OCW", typed with tabs or in a table's cell): no part of the value
                    rest = rest[1:]
                value = _text(rest)
                fields.add(f"{label}:", ln)
                if value:
                    fields.add(value)
                value_of = fields
                value_x = (
                    rest[0].x0
                    if value and ((len(runs) >= 2 and head is runs[0]) or index in spaced_rows)
                    else None
                )
            elif (
                not continues_title
                and len(runs) == 1
                and abs(ln.x0 - left) < 6
                and (addressee := _addressee_rows(header, index, pitch, left, right))[1]
            ):
                # "Aan de minister van ..." as a sentence, the main column's first line or set
                # apart under lines above it (a wordmark set as text): the Aan field, written with
                # the label rows under it ("Via  SG") so that it stays first; the lines above are
                # no title. Its value may wrap onto a line under it ("... en de" / "Staatssecretaris
                # van ...").
                value = addressee[0]
                label_ends.update(range(index + 1, index + addressee[1]))
                start_labels()
                fields.blank()
                fields.add(f"{_vocab.ADDRESSEE_LABEL}:", ln)
                fields.add(value)
                value_of = None
            elif _vocab.PURPOSE_LINE.match(ln.text) or _purpose_boxes(ln.text):
                flush_pending()
                out.add(ln.text, ln)
                value_of = None
            elif (
                ln.text[:3].casefold() == _vocab.PURPOSE_WORD
                and (m := _vocab.PURPOSE_TO_ADDRESSEE.match(ln.text))
                and m[1].split()[-1].casefold() in _vocab.PURPOSES
                and _vocab.ADDRESSEE_LINE.match(m[2])
            ):
                # "Ter beslissing aan de minister van ...": the purpose line, and the addressee
                # as a line of its own (no label printed: no field)
                flush_pending()
                out.add(m[1], ln)
                out.blank()
                out.add(m[2], ln)
                out.blank()
                value_of = None
            elif (
                (ln.text.endswith(":") and len(words) <= 4)
                or (
                    _bare_title_label(ln)
                    and index + 1 < len(header)
                    and not _gap(ln, header[index + 1], pitch)
                )
                or _bare_label(ln)
            ):
                # a label alone on its line, its value below ("Onderwerp" or "Aan" without a
                # colon too; with none below, a value left blank or redacted, "Van")
                flush_pending()
                titled = titled or _is_title_label(ln.text.rstrip(":"))
                fields.blank()
                fields.add(ln.text if ln.text.endswith(":") else f"{ln.text}:", ln)
                below = header[index + 1] if index + 1 < len(header) else None
                value_of = None if _bare_label(ln) and not _label_value_below(ln, below, pitch) else fields
                value_x = None
            elif value_of is not None and (
                value_x is None
                or abs(ln.x0 - value_x) < 4
                or (prev is not None and _title_value_goes_on(prev, ln, pitch))
            ):
                value_of.add(ln.text, ln)
            elif self._ocr and _ocr_speck(ln, prev):
                # a speck of the scan that the OCR engine read as a character, alone on its line
                # among the header's lines ("5", "f"; no value follows a label here), or as two
                # small letters boxed smaller than the line above ("on" under the title: the box
                # of a word without capitals or tall letters, which no header line is): no title,
                # and no line that sets the title apart
                continue
            elif (_vocab.is_kind_line(ln.text) or _kind_heading_over_labels(header, index, left)) and (
                not title or gap_before
            ):
                # a kind word alone on its line ("Beslisnota") is the kind line, not the title
                # (the title may follow, also in bold below the header)
                pending.extend(title)
                title = []
                pending.append((ln.text, ln))
            else:
                if gap_before and title:
                    pending.extend(title)
                    title = []
                title.append((ln.text, ln))
            if value_of is None:
                fields.blank()
            prev = ln
        fields.blank()
        while title and end < len(main) and _continues_bold_title(title[-1][1], main[end], pitch):
            # a bold title wrapped under its first line, which shares its row with a wordmark
            title.append((main[end].text, main[end]))
            end += 1
        while (
            self._ocr
            and title
            and len(title) < 4
            and end < len(main)
            and _continues_large_title(title, main[end], main[end + 1 : end + 4], pitch, self.body_size)
        ):
            # an OCR layer's title wrapped under the header: no bold there, the engine's boxes
            # set it large (the header's last line was its first line only)
            title.append((main[end].text, main[end]))
            end += 1
        if not title and not titled and (name := self._name_over_title(main, end, pitch)):
            # an organisation's name on a line of its own over the bold title, set smaller than
            # it ("Immigratie- en Naturalisatiedienst"): letterhead, not the title
            pending.extend((ln.text, ln) for ln in name)
            end += len(name)
        if (
            title
            and not titled  # (an "Onderwerp:" row gave the title: these lines are other text)
            and len(title) <= 4
            and not _SENTENCE_END.search(title[-1][0])
            and not any(_title_marker(title, k) for k in range(len(title)))
            # a ministry's name is letterhead when a bold title follows the header, and an office
            # holder's line is the addressee printed without its label
            and not (
                all(_vocab.names_organisation(t) or _vocab.ADDRESSEE_OFFICE.match(t) for t, _ in title)
                and self._bold_title(main, end, pitch)
            )
        ):
            pending.extend(above)
            flush_pending()
            out.add("# " + join_lines([t for t, _ in title]), title[0][1])
            out.blank()
        elif not titled and (bold := self._bold_title(main, end, pitch) or self._ocr_title(main, end, pitch)):
            # the title set in bold, below the labels and before the first section heading
            pending.extend(above)
            pending.extend(title)
            flush_pending()
            out.add("# " + join_lines([ln.text for ln in bold]), bold[0])
            out.blank()
            end += len(bold)
            while end < len(main) and _vocab.PURPOSE_LINE.match(main[end].text):
                # a purpose line under the bold title ("TER BESLUITVORMING") is the header's
                out.add(main[end].text, main[end])
                out.blank()
                end += 1
        else:
            # no line of the header block reads as a title (a blanked title, a memo without
            # one): say so explicitly, or the parser takes a letterhead line for the title
            if not titled and above:
                out.add("# " + join_lines([t for t, _ in above]), above[0][1])
                out.blank()
            elif not titled and 0 < len(cover_title) <= 4:
                out.add("# " + join_lines([ln.text for ln in cover_title]), cover_title[0])
                out.blank()
                pending.extend(title)
                flush_pending()
                return [*moved, *main[end:]], True
            elif not titled:
                # (the header's lines before the empty title: a wordmark and the kind line read
                # from a scan, "Rijksdienst voor Ondernemend" / "Nederland" / "nota", are the
                # header's, not the first section's)
                flush_pending()
                out.add("#")
                out.blank()
            else:
                pending.extend(above)
            pending.extend(title)
            flush_pending()
        return [*moved, *main[end:]], False

    def _name_over_title(self, main: list[TextLine], end: int, pitch: float) -> list[TextLine]:
        """A bold block where the header ends that stands over another bold block set apart from
        it and larger (by a point and a half or more) that is the title: a name over the title
        (an agency's, which no unit word marks), or empty."""
        block = self._bold_title(main, end, pitch)
        k = end + len(block)
        if not block or k >= len(main) or not main[k].bold or not _gap(block[-1], main[k], pitch):
            return []
        below = self._bold_title(main, k, pitch)
        if not below or min(ln.size for ln in below) < max(ln.size for ln in block) + _LARGER_TITLE:
            return []
        return block

    def _bold_title(self, main: list[TextLine], end: int, pitch: float) -> list[TextLine]:
        """A bold block where the header ends, when the header has no title: the title.

        It is at most four lines set close together, not ending a sentence, not a known or
        numbered heading, and a known section heading follows later (before the first one, a
        bold block is the title, not a section), or a bold heading follows right under it, set
        apart (a section of its own would hold text there). Empty when there is no such block.
        """
        block: list[TextLine] = []
        k = end
        while k < len(main) and len(block) < 5:
            ln = main[k]
            numbered = _vocab.NUMBERED_HEADING.match(ln.text)
            if (
                block
                and ln.bold
                and ln.text[:1].isdigit()
                and not _gap(block[-1], ln, pitch)
                and (numbered is None or not numbered[2][:1].isupper())
            ):
                # the title wraps before a number: "... Raad Algemene Zaken 23 september" / "2025"
                block.append(ln)
                k += 1
                continue
            if (
                block
                and ln.bold
                and ln.text[:1].islower()
                and abs(ln.size - block[-1].size) < 0.5
                and not _gap(block[-1], ln, pitch)
            ):
                # the title wraps before a word in lower case, which may be a heading's word
                # ("... verwerking van het ATR-" / "advies"): no heading starts so
                block.append(ln)
                k += 1
                continue
            if not (ln.bold and self._is_heading(main, k)) or _known_heading(ln.text):
                break
            if numbered or (block and _gap(block[-1], ln, pitch)):
                break
            block.append(ln)
            k += 1
        if not block or len(block) > 4 or _SENTENCE_END.search(block[-1].text):
            return []
        if (
            k < len(main)
            and len(block) < 4
            and not main[k].bold
            and abs(main[k].size - block[-1].size) < 0.5
            and main[k].size >= self.body_size + 1.5
            and abs(main[k].x0 - block[0].x0) < 2
            and not _gap(block[-1], main[k], pitch)
            and not _SENTENCE_END.search(main[k].text)
            and not _known_heading(main[k].text)
        ):
            # a subtitle in regular type at the title's size right under it ("Rijksbrede inzet
            # van generatieve AI" / "Kaders voor het gebruik door ..."): the title's second line
            block.append(main[k])
            k += 1
        if (
            not any(_known_heading(ln.text) for ln in main[k:])
            and not self._large_block(block, main[k:])
            and not (
                # (or a bold heading follows it, set apart: the block heads no text of its own,
                # as a list of questions and answers titled above its "Vraag 1")
                k < len(main)
                and main[k].bold
                and _gap(block[-1], main[k], pitch)
                and self._is_heading(main, k)
            )
        ):
            return []
        return block

    def _large_block(self, block: list[TextLine], rest: list[TextLine]) -> bool:
        """Whether a bold block is set larger than the body (by a point and a half or more), with
        plain text right under it and no bold line below it as large: a title in a size of its
        own over a nota without headings (one paragraph under the title), not the first of the
        sections' headings (nor a document's kind over a bold subject, "Vragen en antwoorden" /
        "Overleg met ...")."""
        size = min(ln.size for ln in block)
        return (
            size >= self.body_size + 1.5
            and bool(rest)
            and not rest[0].bold
            and not any(ln.bold and ln.size >= size - 0.5 for ln in rest)
        )

    def _ocr_title(self, main: list[TextLine], end: int, pitch: float) -> list[TextLine]:
        """In an OCR layer, which gives no bold, the block where the header ends when the header
        has no title: up to four lines with no gap between, set apart by a gap above and below,
        not ending a sentence, and a known section heading right under it (one or two lines
        right over that heading need no gap below). Empty otherwise.

        A subtitle set smaller right under the title (the engine sizes each line by its box:
        "Nader rapport ..." at 14 points over "Reactie op het advies ..." at 10) is no part of
        the title: the title is the block's lines down to it, the subtitle stays text."""
        if not self._ocr or end == 0:
            return []
        for n in range(end + 1, min(end + 6, len(main))):
            if _ocr_speck(main[n], main[n - 1]) and n + 1 < len(main) and _known_heading(main[n + 1].text):
                # a speck between the block and the heading under it: no line of the nota
                del main[n]
                break
        k = end
        while (
            k < len(main)
            and k - end < 5
            and (k == end or not (_gap(main[k - 1], main[k], pitch) or _known_heading(main[k].text)))
        ):
            k += 1
        block = main[end:k]
        if (
            len(block) > 4
            or k == len(main)
            or not _gap(main[end - 1], main[end], pitch)
            # (a known heading right under one or two lines ends them, with or without a gap: a
            # skewed scan's line boxes are taller than their words, so the gap reads smaller)
            or not (_gap(main[k - 1], main[k], pitch) or len(block) <= 2)
            or not _known_heading(main[k].text)
            or any(_known_heading(ln.text) or _vocab.NUMBERED_HEADING.match(ln.text) for ln in block)
            or _SENTENCE_END.search(block[-1].text)
        ):
            return []
        # (whole points, a point or so apart on lines of one size: only a size a quarter
        # smaller than the title's first line is another size)
        first = _ocr_box_size(block[0])
        cut = next((n for n, ln in enumerate(block) if n and _ocr_box_size(ln) * 1.25 <= first), len(block))
        return block[:cut]

    def _large_heading(self, ln: TextLine) -> bool:
        """A heading set in a larger regular font: every word at least 1.15 times the body size,
        at most twelve words with letters, not ending a sentence with a full stop; only where
        most letters are set at the body size (not in an OCR layer)."""
        return (
            all(w.size >= 1.15 * self.body_size for w in ln.words)
            and self._uniform
            and not ln.bold
            and len(ln.words) <= 12
            and any(c.isalpha() for c in ln.text)
            and not _STOP_END.search(ln.text)
        )

    def _is_heading(self, main: list[TextLine], i: int) -> bool:
        ln = main[i]
        if len(ln.words) > 15 or _vocab.is_table_header(ln.text):
            return False
        if not any(c.isalpha() for c in ln.text):
            return False
        if ln.bold:
            return True
        # (an italic line in lower case is no heading: "akkoord / niet akkoord" under a point)
        if (
            ln.italic
            and not ln.text[:1].islower()
            and not _SENTENCE_END.search(ln.text.rstrip(":"))
            and len(ln.words) <= 10
        ):
            nxt = main[i + 1] if i + 1 < len(main) else None
            return nxt is None or not nxt.italic
        return False

    def _footer(
        self, body: list[TextLine], page: PageLayout
    ) -> tuple[list[TextLine], list[TextLine], list[TextLine]]:
        """Split off a footer printed once (lines printed on every page are dropped already).

        A footer is the block of lines at the page bottom (below 88 % of its height) set smaller
        than the body or in capitals (a classification stamp), none starting with a footnote's
        number, with a gap above it wider than two of its lines ("Dit document is actief
        openbaar gemaakt", the ministry's address). Returns the body above it, its runs (split
        at tab stops: "Pagina 1 van 1   Turfmarkt 147"; page numbers left out) and its "Pagina
        k van n" runs, for the page count.
        """
        k = len(body)
        while (
            k > 0
            and body[k - 1].top > 0.88 * page.height
            and (body[k - 1].size < self.body_size - 0.25 or body[k - 1].text.isupper())
            and (
                not re.match(r"\d{1,3}(?!\d)", body[k - 1].text)  # (a note's number)
                or _vocab.PAGE_NUMBER.match(" ".join(body[k - 1].text.split())) is not None
            )
        ):
            k -= 1
        if self._ocr and 0 < k < len(body):
            # an OCR layer sizes a line by its box: a paragraph's short last line of x-height
            # letters ("voor.") reads smaller than the body, and so seemed the footer's top; the
            # footer starts under the first wide gap below it
            k = next((j for j in range(k, len(body)) if _footer_gap(body[j - 1], body[j])), k)
        if k in (0, len(body)):
            return body, [], []
        if not _footer_gap(body[k - 1], body[k]):
            return body, [], []
        footer: list[TextLine] = []
        pages: list[TextLine] = []
        for ln in body[k:]:
            for run in _split_row(ln):
                part = ln if len(run) == len(ln.words) else TextLine(run, ln.page, ln.top, ln.bottom)
                if _vocab.PAGE_LINE.match(part.text):
                    pages.append(part)
                elif not _vocab.PAGE_NUMBER.match(" ".join(part.text.split())):
                    footer.append(part)
        return body[:k], footer, pages

    def _footnotes(
        self, body: list[TextLine], page: PageLayout
    ) -> tuple[list[TextLine], list[tuple[int, str, TextLine]], list[TextLine]]:
        """Split off the footnotes: small-font lines at the page bottom, each starting with its number.

        Returns the body above them, the notes, and the lines to write after the notes. A page
        number at the bottom ("1", "- 1 -", "1/2") is furniture and left out; "Pagina 1 van 2"
        is written after the notes, where the text parser reads it as the page count. A note
        starts at a number set smaller than its text, or at the next note's number (set at the
        text's size) at the notes' left edge when the page's notes so far started at numbers set
        at the text's size too; a line far below the notes ends them. Lines above the first note
        go on with the page before's last note, when that page ended in notes.
        """
        size = self.body_size
        body = list(body)
        below: list[TextLine] = []
        while body and _page_number(body, len(body) - 1, page.height):
            ln = body.pop()
            if _vocab.PAGE_LINE.match(ln.text):
                below.insert(0, ln)
        if (
            len(body) > 2
            and body[-2].size < size - 0.25
            and (rows := _labels_over_values(body, size, ocr=self._ocr))
        ):
            # a colofon across the page's foot (a row of labels over their values, set small)
            # under the page's notes: no part of the last note, it stays the body's
            # (:func:`_labels_over_values` reads it there)
            k = min(rows)
            above, notes, below = self._footnotes_above(body[:k], page, below)
            return [*above, *body[k:]], notes, below
        return self._footnotes_above(body, page, below)

    def _footnotes_above(
        self, body: list[TextLine], page: PageLayout, below: list[TextLine]
    ) -> tuple[list[TextLine], list[tuple[int, str, TextLine]], list[TextLine]]:
        """:meth:`_footnotes` on the page's lines above its footer."""
        size = self.body_size
        start = len(body)
        while start > 0:
            ln = body[start - 1]
            if ln.size >= size - 0.25 or ln.top < 0.5 * page.height:
                break
            start -= 1
        if not self._ocr and start > 0 and body[start - 1].size < size - 0.25:
            # endnotes: the small lines run on above the page's middle, up to the body's last line
            # or the page's top (a word processor's endnotes, after the text or on a page of their
            # own): they are notes when they open with note 1, its number raised or right against
            # its text ("1Regeling ..."), set apart from the text above
            top = start - 1
            while top > 0 and body[top - 1].size < size - 0.25:
                top -= 1
            opening = body[top]
            if (
                (_raised_note_start(opening) or re.match(r"1[A-Z]", opening.words[0].text))
                and re.match(r"1(?!\d)", opening.words[0].text)
                and len(opening.words) > 1
                and (
                    top == 0
                    or opening.top - body[top - 1].bottom > 2 * (body[top - 1].bottom - body[top - 1].top)
                )
            ):
                start = top
        if not self._ocr and (roman := _roman_endnotes(body, size)) is not None:
            # endnotes numbered i, ii, iii (a word processor's default for endnotes)
            top, found = roman
            return body[:top], found, below
        if self._ocr and start == len(body) and (narrow := _ocr_narrow_notes(body, page.height)) is not None:
            # an OCR layer sizes a line by its box: notes set a few points smaller read as large
            # as the text when their box holds capitals and descenders; their letters are narrower
            start = narrow
        zone = body[start:]
        if zone and (table := _table_rows_end(body, _close_run_top(body, start))) > start:
            # an attachment table's header row among the small lines or in the run of rows right
            # above them: its rows open with their numbers, as notes do ("1 Antwoorden op de
            # ..."), and a table is often set smaller than the text and ends the page (an OCR
            # layer also sizes the lines by their boxes, so the rows read as small as notes): the
            # notes start below the table's last row, if at all; a line whose number is raised or
            # set right against its text ("1Kamerstukken ...") is a note's, no row's, however
            # close under the table
            if not self._ocr:
                table = next((j for j in range(start, table) if _note_number_start(body[j])), table)
            start = table
            zone = body[start:]
        if (
            self._ocr
            and zone
            and start > 0
            and not re.match(r"\d", zone[0].words[0].text)
            and zone[0].top - body[start - 1].bottom < 0.8 * (zone[0].bottom - zone[0].top)
        ):
            # an OCR layer sizes each line by its box, in whole points: a body line without
            # capitals or tall letters reads a point smaller, so the small lines may start with
            # the body's last line (right under the line above it, not set apart like a table
            # at the page's foot); the notes start at the first line opening with a number
            # after a gap wider than most of a line (the space that sets the notes apart)
            for j in range(1, len(zone)):
                above, ln = zone[j - 1], zone[j]
                if re.match(r"\d{1,3}(?!\d)", ln.words[0].text) and ln.top - above.bottom > 0.8 * (
                    above.bottom - above.top
                ):
                    start += j
                    zone = zone[j:]
                    break
        elif zone and not _raised_note_start(zone[0]):
            # small lines in the page's lower half that are no note (a table set smaller than the
            # text, as attachment tables often are, ending right above the notes): the notes start
            # at the first line opening with a number set smaller than its text (a note's raised
            # number) that stands far below the line above it (the space, often with a rule, that
            # sets the notes apart from the text), or right under lines set a size larger (a
            # typesetter that fills the page sets the notes under a rule only, a few points
            # below a table: LaTeX's 8 pt notes under a 9 pt table); the lines above it stay text.
            # Far below the line above (the table, or any smaller text) and a size smaller again,
            # a note may also open with its number set at the note's size ("1. Centerdata ...":
            # CSS's footnote marker, WeasyPrint's default; "1Ipsos ...": Writer's note number
            # right against its text, as a PostScript route keeps it)
            for j in range(1, len(zone)):
                above, ln = zone[j - 1], zone[j]
                far = ln.top - above.bottom > 2 * (above.bottom - above.top)
                if (_raised_note_start(ln) and (far or ln.size < above.size - 0.5)) or (
                    far and ln.size < above.size - 0.5 and _level_note_start(ln)
                ):
                    start += j
                    zone = zone[j:]
                    break
            else:
                if _vocab.is_table_header(zone[0].text) or (
                    start > 0 and _small_header(body[start - 1], size)
                ):
                    # (an attachment table's header row, set small, opens the small lines or stands
                    # right above them, and no note starts below it: its rows open with their
                    # numbers, "1  Concept Outlook 2027", as notes do, but they are the table's)
                    start += len(zone)
                    zone = []
        notes: list[tuple[int, list[str], TextLine]] = []
        left = zone[0].x0 if zone else 0.0
        prev: TextLine | None = None
        raised = False  # whether a note so far started at a number set smaller than its text
        continued: list[str] = []  # lines above the first note (see below)
        for k, ln in enumerate(zone):
            if notes and prev is not None and ln.top - prev.bottom > 2 * (prev.bottom - prev.top):
                below[:0] = zone[k:]  # far below the notes: not part of them
                break
            first = ln.words[0]
            digits = re.match(r"^([1-9]\d{0,2})(.*)$", first.text)  # (notes count from 1)
            smaller = first.size < ln.size - 0.5 or first.size < size * 0.7
            small_number = digits is not None and (smaller or not notes)
            next_number = (
                bool(notes)
                and not raised  # (raised numbers are the markers: a wrapped line's "2 juli" is text)
                and len(ln.words) > 1
                # ("2" / "2." a word, or "2Kamerstukken": Writer's number right against its text)
                and (level := _LEVEL_NOTE_NUMBER.match(first.text)) is not None
                and int(level[1]) == notes[-1][0] + 1
                and (
                    abs(first.x0 - left) < 1.5
                    # (an OCR layer boxes a number as it reads it, a speck beside it widening the
                    # box: "2" boxed from 7 points left of note 1's raised "1"; the note's text
                    # starts where the last note's does, as no wrapped line of a note does)
                    or (
                        self._ocr
                        and len(noted := notes[-1][2].words) > 1
                        and abs(ln.words[1].x0 - noted[1].x0) < 1.5
                        and first.x1 < noted[1].x0
                    )
                )
            )
            if digits and (small_number or next_number):
                if not notes:
                    # (the page's first note sets the notes' left edge; lines above it, the rest
                    # of the page before's last note, may be indented as a note's wrapped lines)
                    left = ln.x0
                head = digits[2]
                if head in (".", ")"):
                    head = ""  # a number written "1." as a marker (CSS's ::footnote-marker)
                elif next_number or (self._ocr and head in _OCR_SPECK_MARKS):
                    # (in an OCR layer a speck beside the raised number, read as a full stop or
                    # a comma glued to it, "4." / "Programma ...": no part of the note's text)
                    head = head.lstrip(".)") if next_number else ""
                rest = " ".join([head, *(w.text for w in ln.words[1:])]).strip()
                notes.append((int(digits[1]), [rest], ln))
                # (an OCR layer sizes a line as a whole: its numbers are never set smaller than
                # their note, and a small line's number is no raised marker)
                raised = raised or (smaller and not (self._ocr and first.size >= ln.size - 0.5))
            elif (
                self._ocr
                and notes
                and len(ln.words) > 1
                and len(first.text) == 1
                and not first.text.isdigit()
                and abs(first.x0 - left) < 1.5
                and (
                    _next_note_number(zone[k + 1 :], left) == notes[-1][0] + 2
                    or (
                        not first.text.isalnum()
                        and len(noted := notes[-1][2].words) > 1
                        and abs(ln.words[1].x0 - noted[1].x0) < 1.5
                    )
                )
            ):
                # an OCR layer misread a note's small number as a letter or a mark ("B" for a
                # 5): a lone character at the notes' left edge where the next note's number says
                # one note is missing starts that note (it and every note after it were glued
                # to the note before, the numbers breaking off); so does a lone mark that is no
                # letter or digit ("“", ">" for a 4 and a 5) before text set where the last
                # note's text starts (a wrapped line of a note opens with no lone mark)
                notes.append((notes[-1][0] + 1, [_text(ln.words[1:])], ln))
            elif notes:
                notes[-1][1].append(ln.text)
            elif self._page_end is not None and self._page_end.notes:
                continued.append(ln.text)
            else:
                return body, [], below
            prev = ln
        if not notes:
            return body, [], below
        if continued and self._page_end is not None:
            # lines above this page's first note, the page before ending in notes: the rest of its
            # last note, which did not fit there (a word processor goes on with it at the top of
            # the next page's notes, without a number)
            pending = self._page_end.notes
            number, text, line = pending[-1]
            pending[-1] = (number, join_lines([text, *continued]), line)
        return body[:start], [(n, join_lines(parts), ln) for n, parts, ln in notes], below

    def _body(self, main: list[TextLine], out: _Out, table: _Table | None) -> _Table | None:
        """The body lines of one page, in reading order."""
        pitch = _pitch(main) if main else 0.0
        if len(main) >= _PITCH_LINES:
            self._body_pitch = pitch
        elif self._body_pitch is not None:
            pitch = self._body_pitch  # (a page of a few lines: its gaps say little)
        right = max((ln.x1 for ln in main), default=0.0)  # the measure's right edge, as far as seen
        # the shapes of the document's known headings in capitals: this page's, the pages' before
        # and the page read after it (a heading's shape repeats across pages)
        for ln in itertools.chain(main, *(p.body for p in self.pages[:1] if not p.starts)):
            if (shape := _capitals_heading_shape(ln)) is not None:
                self._caps_shapes.add(shape)
        prev: TextLine | None = None
        item_x: float | None = None
        dash_x: float | None = None  # where the last item typed with a dash starts
        unmarked = _unmarked_items(main, pitch, right, ocr=self._ocr)
        label_rows = self._own_label_rows(main, _body_label_rows(main))
        label_columns = _labels_over_values(main, self.body_size, ocr=self._ocr)
        text_x = _usual_left(main) if main else 0.0
        left_x = min((ln.x0 for ln in main), default=0.0)  # (the leftmost line start)
        lines = main
        passed: set[int] = set()  # (a wrapped side heading's lines with nothing beside them)
        side_x = _side_text_x(main)
        if side_x is None and self._ocr:
            # (an OCR layer gives no bold: there known headings left of the text show the column)
            side_x = _ocr_side_text_x(main)
        if side_x is not None:
            self._side_x = side_x
        elif (
            self._side_x is not None
            and self._side_x > text_x - (4 if self._ocr else -3)
            and not _prose_across(main, self._side_x)
        ):
            side_x = self._side_x  # (a page of a few lines: its column from the pages before)
        # (a small paragraph space is measured against the lines of one paragraph, which a page's
        # single-spaced head rows and table cells set closer than its paragraphs' lines)
        para_pitch = max(pitch, _paragraph_pitch(main))
        i = 0
        if table is not None and table.rows and (k := _above_repeated_header(table, main)):
            # a table that runs on to this page under its header row printed again: the lines
            # above that header are the page's running header (a later page's short colofon
            # that no line of page 1 repeats, as where an OCR layer misread page 1's), not text
            # that ends the table; they are written after it (no word is lost)
            table.held.extend(main[:k])
            prev, i = main[k], k + 1
        carried, self._grid_header = self._grid_header, None
        if carried is not None and main and _grid_row(carried, main[0]):
            # a table with a bold header row that ran on from the page before: more rows
            i = _grid(main, 0, out, pitch, header=carried, ocr=self._ocr)
            prev = main[i - 1]
            if i == len(main):
                self._grid_header = carried
        # (whether the page sets a known heading as a regular line: asked once, when needed)
        regular_known: bool | None = None
        while i < len(main):
            ln = main[i]
            if table is not None:
                if self._table_line(table, ln, prev, main[i + 1 : i + 8]):
                    prev = ln
                    i += 1
                    continue
                self._write_table(table, out)
                table = None
                out.blank()
            below = main[i + 1] if i + 1 < len(main) else None
            if (
                _ground_codes_only(ln.text)
                and (prev is None or _gap(prev, ln, pitch))
                and (below is None or _gap(ln, below, pitch))
            ):
                # a redaction box over a whole paragraph (or page), its ground codes printed in
                # it, bold or not: a paragraph of its own, no heading, and not run on into the
                # box or text of the next page
                out.blank()
                out.add(ln.text, ln)
                out.blank()
                item_x = dash_x = None
                prev = ln
                i += 1
                continue
            if len(ln.words) >= 2 and (header := _table_header(ln, below, pitch)):
                # (a header has a number and a name column; a wrapped line "nr." alone is text)
                out.blank()
                printed = [h.text for h in main[i : i + (2 if header[1] else 1)]]
                starts = [w.x0 for w in ln.words]
                table = _Table(columns=starts, header=header[0], pitch=pitch, printed=printed)
                prev = main[i + len(printed) - 1]
                i += len(printed)
                continue
            # (no blank line under an OCR layer's label word that heads the first section: the
            # text parser reads a label word right over a paragraph as its heading, a label word
            # alone as a label row)
            gap = prev is not None and _gap(prev, ln, pitch) and prev is not self._ocr_heading
            if i in label_columns:
                # a colofon set as a row of labels over a row of values (at page 1's foot): each
                # label with the value under it, a field of its own
                for text in label_columns[i]:
                    out.blank()
                    out.add(text, ln)
                out.blank()
                item_x = dash_x = None
                prev = main[i + 1]
                i += 2
                continue
            if i in label_rows:  # a colofon row set in the body: a field, a block of its own
                out.blank()
                out.add(label_rows[i], ln)
                out.blank()
                item_x = dash_x = None
                prev = ln
                i += 1
                continue
            if signature := _signature_columns(main, i, pitch):
                # a signature or paraph block in two columns: each column a paragraph
                columns, i = signature
                for column in columns:
                    out.blank()
                    out.add(join_lines([text for text, _ in column]), column[0][1])
                out.blank()
                item_x = dash_x = None
                prev = main[i - 1]
                continue
            if i in passed:
                i += 1
                continue
            if (
                side_x is not None
                and (
                    (margin := _margin_heading(main, i, side_x, pitch)) is not None
                    or (
                        self._ocr
                        and (margin := _ocr_margin_heading(main, i, side_x, pitch, lone=True)) is not None
                    )
                )
            ) or (
                (cell_x := _cell_text_x(main, i, text_x, pitch, left=None if self._ocr else left_x))
                is not None
                and (margin := _margin_heading(main, i, cell_x, pitch) or _plain_cell(ln, cell_x)) is not None
            ):
                # a heading in a column of its own left of the text (wrapped there over lines
                # beside the text's), or in the left cell of a table of one row ("Advies" beside
                # its prose), read before the text it stands beside; the text right of it is
                # read on as the page's lines are (a paragraph, a list item, a table's header)
                heading_lines, rests = margin
                out.blank()
                number, words = _vocab.heading_number(join_lines([h.text for h in heading_lines]))
                if self._ocr and (read := _ocr_known_heading(words)) is not None:
                    words = read  # (as the vocabulary spells it: "Politieke Contact" was misread)
                out.add("## " + _canon.escape_heading(words, number), ln)
                if main is lines:
                    main = list(main)  # (the caller's list is left as it was)
                for k, beside in enumerate(rests, i):
                    if beside is None:
                        passed.add(k)
                    else:
                        main[k] = beside
                        if self._ocr:
                            # (a misread bullet beside the heading, "Kern  « de instroom ...": the
                            # repair was asked of the whole line before)
                            _ocr_bullet(main, k)
                prev = heading_lines[-1]
                item_x = dash_x = None
                continue
            if not self._ocr and (end := _column_rows(main, i, pitch)) > i:  # (OCR gaps are noise)
                # rows of a table without a header row or rules between its cells ("2025  € 6,0
                # mln" / "2026  € 4,0 mln", "Besluit:  akkoord" / "Budget:  binnen ..."): a
                # paragraph per row, as under a header row
                for row in main[i:end]:
                    out.blank()
                    out.add(row.text, row)
                out.blank()
                item_x = dash_x = None
                prev = main[end - 1]
                i = end
                continue
            if (
                (ln.bold and self._is_heading(main, i) and _grid_header(main, i, pitch))
                or (
                    self._uniform and _plain_grid(main, i, pitch)  # (an OCR layer's gaps are noise)
                )
                or (self._ocr and _ocr_grid(main, i, pitch))
            ):
                # the bold header row of a table (cells at tab stops) is no heading
                start, i = i, _grid(main, i, out, pitch, ocr=self._ocr)
                if i == len(main):  # (the table may run on over the page break)
                    self._grid_header = main[start]
                item_x = dash_x = None
                prev = main[i - 1]
                continue
            if n := _side_heading(ln, 1, text_x) or _run_in_heading(
                ln, text_x, ocr=self._ocr and (gap or prev is None)
            ):
                # a heading left of its paragraph's first line: the heading, then that line
                out.blank()
                if ln.words[0].bold:
                    number, words = _vocab.heading_number(_text(ln.words[:n]))
                    out.add("## " + _canon.escape_heading(words, number), ln)
                else:
                    # (an OCR layer's, found by its words: a line of its own, as its other
                    # headings, which the text parser finds by their words only where no
                    # heading is marked)
                    head = ln.part(ln.words[:n])
                    out.add(head.text, head)
                prev = ln.part(ln.words[n:])
                out.add(prev.text, prev)
                item_x = dash_x = None
                i += 1
                continue
            large = self._large_heading(ln)
            caps = 0  # (the lines of a heading in capitals, :func:`_capitals_heading`)
            plain = (
                not self._ocr
                and self._uniform
                and (gap or prev is None)
                and _plain_heading(main, i, text_x, right, pitch)
            )
            if plain:
                # (not where a known heading is set as a regular line: those the text parser
                # finds by their words only in text without marked headings)
                if regular_known is None:
                    regular_known = any(
                        not r.bold and len(r.words) <= 6 and _known_heading(r.text) for r in main
                    )
                plain = not regular_known
            if (
                large
                or plain
                or (self._is_heading(main, i) and not _emphasis(main, i, prev, gap=gap, right=right))
                or (
                    not self._ocr
                    and (gap or prev is None)
                    and (caps := _capitals_heading(main, i, self._caps_shapes, pitch)) > 0
                )
            ):
                heading = [ln]
                while (
                    i + 1 < len(main)
                    and (self._large_heading(main[i + 1]) if large else main[i + 1].bold)
                    and (
                        main[i + 1].top - heading[-1].bottom < 0.8 * pitch
                        # at the body's usual line gap, a line that goes on in lower case
                        # ("... kan worden op" / "grond van de Wet"): no heading starts so
                        or (main[i + 1].text[:1].islower() and not _gap(heading[-1], main[i + 1], pitch))
                        # a line the heading ran out of room on: the next line's first word
                        # would not have fitted after it ("... en de Autoriteit" / "Consument en
                        # Markt"); a heading that stops short leaves room, so a sub-heading set
                        # right under it starts a heading of its own
                        or (
                            not _gap(heading[-1], main[i + 1], pitch)
                            and (
                                _full_line(heading[-1], main[i + 1], right)
                                # a line that ends in a word no heading ends in ("2.2
                                # Gevolgen voor de" / "Rijksbegroting"): a narrow column's wrap
                                or heading[-1].words[-1].text.casefold() in _vocab.CONTINUATION_WORDS
                            )
                        )
                    )
                    and (large or self._is_heading(main, i + 1))
                ):
                    i += 1
                    heading.append(main[i])
                if caps == 2 and len(heading) == 1:  # (a capitals heading's second line)
                    i += 1
                    heading.append(main[i])
                out.blank()
                text = join_lines([h.text for h in heading])
                number, words = _vocab.heading_number(text)  # ("1) Aanleiding" as "1. Aanleiding")
                out.add("## " + _canon.escape_heading(words, number), ln)
                item_x = dash_x = None
                prev = heading[-1]
                i += 1
                continue
            marker = _marker(ln)
            wrapped = prev is not None and not gap and not prev.bold and _wrapped(prev, ln, right)
            if (
                marker is not None
                and wrapped
                and prev is not None
                and _dash_in_text(ln, prev, item_x if item_x is not None else prev.x0)
            ):
                marker = None
            elif marker is not None and prev is None and _dash_in_text(ln, ln, ln.x0):
                # a page's first line: a dash followed by a word space continues a paragraph from
                # the page before ("... 1,5" / "– tekst"); a dash bullet is set with a tab
                marker = None
            if marker is None and _dash_item(main, i, prev, gap=gap, dash_x=dash_x):
                marker = ("\u2022", _text(ln.words[1:]))
            dash_x = ln.x0 if marker is not None and ln.words[0].text in _DASHES else None
            if marker is None and i in unmarked:
                marker = ("\u2022", ln.text)  # its marker drawn, not set as text (a check box)
            if marker is not None:
                if gap and not (i in unmarked and i - 1 in unmarked):
                    out.blank()
                glyph, rest = marker
                for part in _box_options(ln) or [rest]:  # (options side by side: an item each)
                    out.add(f"{glyph} {part}".rstrip(), ln)
                # (an item whose marker is drawn has its text at the line's start)
                item_x = ln.x0 if i in unmarked else ln.words[1].x0 if len(ln.words) > 1 else None
            else:
                back_left = item_x is not None and ln.x0 < item_x - 4
                hanging = item_x is not None and abs(ln.x0 - item_x) < 4
                if (
                    hanging
                    and not self._ocr
                    and prev is not None
                    and not ln.bold
                    and ln.text[:1].isupper()
                    and out.lines
                    and out.lines[-1]
                    and _SENTENCE_END.search(out.lines[-1])
                    and (gap or _paragraph_space(prev, ln, para_pitch))
                    and ln.top - prev.bottom < para_pitch + 1.5 * (ln.bottom - ln.top)
                ):
                    # an item's second paragraph: set apart under the item's text, at its
                    # indent (no mark; back at the margin, text after the list): the item goes on
                    out.lines[-1] = join_lines([out.lines[-1], ln.text])
                    prev = ln
                    i += 1
                    continue
                if (
                    gap
                    or back_left
                    or (not self._ocr and _paragraph_space(prev, ln, para_pitch))
                    or (not self._ocr and item_x is None and _first_line_indent(main, i, prev, pitch))
                ):
                    out.blank()
                    if back_left:
                        item_x = dash_x = None
                if not (wrapped and _continues(out, ln, hanging=hanging)):
                    out.add(ln.text, ln)
            prev = ln
            i += 1
        return table

    def _table_line(
        self, table: _Table, ln: TextLine, prev: TextLine | None, after: Sequence[TextLine] = ()
    ) -> bool:
        """Add a line to the table; False when the line is not part of it (the table ends).

        A line equal to the table's header (repeated at the top of the next page, Word's "repeat
        header row") is skipped: the table goes on under it. In an OCR layer, a row number that
        breaks the count where the next number in the column (among the lines ``after``) goes on
        from the expected one is that number misread (a "1" next to the cell's rule read as "8":
        "8 Wetsvoorstel" / "2 Memorie van toelichting").
        """
        if table.rows and (
            ln.text.split() == table.printed[0].split()
            or (
                len(table.printed) > 1
                and prev is not None
                and prev.text == table.printed[0]
                and ln.text == table.printed[1]
            )
        ):
            return True  # (the header row set again, also its wrapped second line)
        if ln.bold and not table.rows:
            return False
        if prev is not None and ln.top - prev.bottom > 4 * max(table.pitch, ln.bottom - ln.top):
            return False
        if ln.x0 < table.columns[0] - 6:
            return False
        cells: list[list[str]] = [[] for _ in table.columns]
        for w in ln.words:
            cells[table.column(w.x0)].append(w.text)
        first = " ".join(cells[0])
        number = re.fullmatch(r"(\d{1,3})[.)]?", first)  # "1", "1."
        expected = len(table.rows) + 1
        if number and int(number[1]) != expected and self._ocr and _next_number(table, after) == expected + 1:
            number = re.fullmatch(r"(\d+)", str(expected))
        elif number and int(number[1]) > expected and self._ocr and table.rows:
            expected = _lost_numbers(table, int(number[1]), expected)
        if number and int(number[1]) == expected:
            split = _row_start(table, ln)
            if table.rows:
                for texts, _ in table.pending[:split]:
                    _add_cells(table.rows[-1][1], texts)
                table.below = table.below or split > 0
            table.centred = table.centred or split < len(table.pending)
            row_cells: list[list[str]] = [[] for _ in table.columns]
            for texts, _ in table.pending[split:]:  # the row's lines above its (centred) number
                _add_cells(row_cells, texts)
            table.pending.clear()
            _add_cells(row_cells, [" ".join(c) for c in cells])
            row_cells[0] = []
            table.rows.append((int(number[1]), row_cells, ln))
            table.last = ln
            return True
        # (a line without letters or digits, "– –.", counts as bold but is no heading)
        if first or (ln.bold and any(c.isalnum() for c in ln.text)):
            return False
        if not table.rows and len(table.pending) >= 6:
            return False  # no numbered row under the header: no table
        table.pending.append(([" ".join(c) for c in cells], ln))
        return True

    def _write_table(self, table: _Table, out: _Out) -> None:
        if not table.rows:
            # a header with no numbered row under it is no table: its words and the lines
            # under it are text, not lost
            out.add(" ".join(table.header))
            for _, ln in table.pending:
                out.add(ln.text, ln)
            table.pending.clear()
            return
        for texts, _ in table.pending:  # lines after the last row with no number: more of it
            _add_cells(table.rows[-1][1], texts)
        table.pending.clear()
        # (a fourth column, the Woo ground, joins the information column: a row has one)
        header = [*table.header[:2], " ".join(table.header[2:])] if len(table.header) > 3 else table.header
        out.add("| " + " | ".join(_canon.escape_cell(h) for h in header) + " |")
        for number, cells, ln in table.rows:
            texts = [join_lines(c) for c in cells[1:]]
            if len(texts) > 2:
                texts = [texts[0], " ".join(t for t in texts[1:] if t)]
            while len(texts) > 1 and not texts[-1]:
                texts.pop()
            out.add(f"| {number} | " + " | ".join(_canon.escape_cell(t) for t in texts) + " |", ln)
        table.rows.clear()
        if table.held:
            out.blank()
            for ln in table.held:
                out.add(ln.text, ln)
            table.held.clear()


def _cells(line: TextLine, gap: float) -> int:
    """How many runs a line has, split at gaps wider than ``gap`` times the text size."""
    return 1 + sum(b.x0 - a.x1 > gap * b.size for a, b in itertools.pairwise(line.words))


def _runs(line: TextLine, gap: float) -> list[tuple[float, float]]:
    """The (x0, x1) of a line's runs, split at gaps wider than ``gap`` times the text size
    (:func:`_word_runs`)."""
    return [(run[0].x0, run[-1].x1) for run in _word_runs(line, gap)]


#: A heading's number before a tab: "3", "4.1", "A.", "II", "§ 3", "Stap 2", "Bijlage 1", "Deel B".
_HEADING_NUMBER: Final = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Za-z][.)]?|[IVXLCivxlc]{1,6}[.)]?|\u00a7\s?\d{1,3}[a-z]?\.?"
    r"|[A-Z]?[a-z]+\s(?:\d{1,3}[a-z]?|[A-Z]|[IVXLC]{1,6})[.)]?)$"
)


def _grid_header(main: list[TextLine], i: int, pitch: float) -> bool:
    """A row of cells at tab stops (gaps of three ems), not a numbered or known heading: the
    header of a table ("Bedragen x € 1 mln   2025   2026", "Paraaf   Naam   Datum").

    A heading set with a tab after its number ("A.  Juridische aspecten", "§ 3  Afweging",
    "Bijlage 1  Kamerbrief") is no header: the first cell is no such number, and the line
    under it (no gap) is a row whose cells after the first start or end where the header's do.
    """
    line = main[i]
    runs = _runs(line, 3)
    if _known_heading(line.text) or _vocab.NUMBERED_HEADING.match(line.text):
        return False
    i += _wrapped_header(main, i, pitch)  # (a header cell wrapped in its narrow column)
    if i + 1 >= len(main) or _marker(main[i + 1]) is not None:
        return False
    gapped = _gap(line, main[i + 1], pitch)
    if len(runs) < 2:
        return not gapped and _narrow_header(line, main, i + 1, pitch)
    if _HEADING_NUMBER.match(_text([w for w in line.words if w.x1 <= runs[0][1]])):
        return False
    if gapped:
        # a table whose cells are padded (HTML and report tools set each row a line and the
        # padding apart, more than a paragraph's line pitch): the header only over a regular
        # row whose cells after the first start or end where the header's do (a heading with a
        # tab over a paragraph has no such cells: a paragraph's words are a space apart)
        # (or over a form's rows, their other cells left empty for a hand's tick: ruled rows
        # are padded too)
        return not main[i + 1].bold and (
            _grid_row(line, main[i + 1]) or _first_column_rows(runs, main[i + 1 : i + 3], pitch)
        )
    return (
        _grid_row(line, main[i + 1])
        or _columns_in_order(runs, main[i + 1])
        or _first_column_rows(runs, main[i + 1 : i + 3], pitch)
    )


def _wrapped_header(main: Sequence[TextLine], i: int, pitch: float) -> int:
    """1 where the bold line under a table's bold header row ``main[i]`` is a header cell's text
    wrapped in its narrow column ("Beslispunt   Akkoord   Niet   Bespreken" / "akkoord"): bold,
    no gap above it, within the header's span and starting right of its first cell, with a line
    under it; else 0."""
    if i + 2 >= len(main):
        return 0
    line, below = main[i], main[i + 1]
    runs = _runs(line, 3)
    return int(
        below.bold
        and len(runs) >= 2
        and below.x0 >= runs[1][0] - 3
        and below.x1 <= line.x1 + 2 * below.size
        and not _gap(line, below, pitch)
    )


def _bold_cells(line: TextLine, header: TextLine) -> bool:
    """Whether a bold line's runs each start where one of a table header's cells does, the first
    at the header's first ("Paraaf staatssecretaris   Paraaf minister" under "Voorgesteld
    besluit   Ja   Nee"): a row of the table, not a heading under it."""
    starts = [x0 for x0, _ in _runs(header, 1.5)]
    runs = _runs(line, 1.5)
    return abs(runs[0][0] - starts[0]) < 1.5 and all(any(abs(x0 - s) < 1.5 for s in starts) for x0, _ in runs)


def _first_column_rows(header: list[tuple[float, float]], below: Sequence[TextLine], pitch: float) -> bool:
    """Whether the two lines under a header row of cells are rows of a form whose other cells
    are left empty to fill in by hand ("Besluit   Paraaf   Datum" over "Akkoord" / "Niet
    akkoord", "Paraaf   Naam   Datum" over "Directeur"): regular lines with no gap between, each
    starting at the header's first cell and ending before its second. A heading's paragraph
    runs on past a table's first column."""
    return (
        len(below) == 2
        and not _gap(below[0], below[1], pitch)
        and all(_in_first_column(header, ln) and not ln.bold and _marker(ln) is None for ln in below)
    )


def _in_first_column(header: list[tuple[float, float]], line: TextLine) -> bool:
    """Whether a line stands in a table's first column only: from the first header cell's start
    to before the second's."""
    return abs(line.x0 - header[0][0]) < 3 and line.x1 < header[1][0]


def _columns_in_order(header: list[tuple[float, float]], line: TextLine) -> bool:
    """Whether a line's cells stand under a header's cells one to one, three or more: each cell
    after the first starts right of the header cell before it and ends right of its own header
    cell's start but not past the next one's. (A header set flush left over amounts set flush
    right shares no edge with them, yet each amount stands in its header's column.)"""
    cells = _runs(line, 1.5)
    if len(cells) != len(header) or len(cells) < 3:
        return False
    for k in range(1, len(cells)):
        end = header[k + 1][0] if k + 1 < len(header) else math.inf
        if not (cells[k][0] > header[k - 1][1] and header[k][0] < cells[k][1] <= end):
            return False
    return True


def _narrow_header(header: TextLine, main: list[TextLine], k: int, pitch: float) -> bool:
    """A table's bold header row in narrow ruled columns, its cells an em or so apart ("2025
    2026 2027", over amounts): the row under it (past a bold line within the header's span, a
    header cell wrapped in its narrow column) is regular, with three cells or more at gaps of an
    em (or two, under a header of two such cells, the first where the row's starts), and every
    word of the header right of that row's first cell starts or ends where one of the row's
    later cells does (amounts set flush right, or left); two such words or more (one under a
    header of two cells). The header's first cell may hold up to five words ("Bedragen x € 1
    mln") and be wider than the row's first cell; a header word over an empty cell of the row
    starts or ends where a cell of one of the next three rows does (no gap between them)."""
    below = main[k]
    if below.bold and below.x0 >= header.x0 and below.x1 <= header.x1 + 1 and k + 1 < len(main):
        if _gap(below, main[k + 1], pitch):
            return False
        k += 1
        below = main[k]
    if below.bold or _marker(below) is not None:
        return False
    cells = _runs(below, 1.0)
    if len(cells) < 2:
        return False
    if len(cells) == 2 and (len(_runs(header, 1.0)) != 2 or abs(header.x0 - below.x0) > 3):
        # (two columns, "Jaar   Uitvoeringskosten" over "2025   € 12,5 mln": the header's two
        # cells an em or so apart, the first where the row's first cell starts)
        return False
    edges = [x for run in cells[1:] for x in run]
    # (the header's first cell may be wider than the row's, "Bedragen x € 1 mln" over
    # "Regioplannen": its words are no column's head; a row with an empty cell, "Tranche 1  310
    # 90" under four years, leaves the rows right under it, no gap between, to show the columns)
    first = _runs(header, 1.0)[0]
    end = first[1] if first[0] < cells[0][1] else cells[0][1]
    placed = [w for w in header.words if w.x0 >= max(cells[0][1], end)]
    if len(placed) < min(2, len(cells) - 1) or len(header.words) - len(placed) > _HEAD_CELL_WORDS:
        return False
    j = k + 1
    while True:
        if all(any(abs(w.x0 - e) < 3 or abs(w.x1 - e) < 3 for e in edges) for w in placed):
            return True
        if j >= min(k + 4, len(main)):
            return False
        ln = main[j]
        if ln.bold or _gap(main[j - 1], ln, pitch) or _marker(ln) is not None or abs(ln.x0 - below.x0) > 1.5:
            return False
        edges += [x for run in _runs(ln, 1.0)[1:] for x in run]
        j += 1


#: The most words of a table header's first cell, left of its columns' heads ("Bedragen x € 1 mln").
_HEAD_CELL_WORDS: Final = 5


def _plain_grid(main: list[TextLine], i: int, pitch: float) -> bool:
    """A table whose first row is not bold (a plain header row, or none): a line with cells at
    tab stops (gaps of three ems) and the two lines under it, with no gap, rows whose cells
    line up with its cells; none of them a list item or bold."""
    rows = main[i : i + 3]
    if len(rows) < 3 or _cells(rows[0], 3) < 2 or any(ln.bold or _marker(ln) is not None for ln in rows):
        return False
    return all(not _gap(a, b, pitch) and _grid_row(rows[0], b) for a, b in itertools.pairwise(rows))


def _ocr_grid(main: list[TextLine], i: int, pitch: float) -> bool:
    """An OCR layer's table from line ``i`` (no bold header row, its word gaps uneven, so
    neither :func:`_grid_header` nor :func:`_plain_grid` can tell): a header row of two or three
    cells at gaps of three ems, not a heading or list item, and under it, with no gap between,
    lines whose cells (at gaps of an em and a half) each start where one of the header's cells
    does, within an OCR layer's jitter, and end before the next column; each gap between two
    cells more than twice the widest word gap of the line; three of those lines or more with
    two cells or more (rows; a line of one cell is a cell wrapped, or a row's other cells left
    empty). A justified line's wide gaps do not line up over rows, and a line of prose runs on
    past the second column's start."""
    header = main[i]
    if (
        _marker(header) is not None
        or _known_heading(header.text)
        or _vocab.NUMBERED_HEADING.match(header.text)
    ):
        return False
    starts = [run[0].x0 for run in _word_runs(header, 3)]
    if not 2 <= len(starts) <= _OCR_GRID_COLUMNS:
        return False
    rows = 0
    prev = header
    for ln in main[i + 1 :]:
        if _gap(prev, ln, pitch) or _marker(ln) is not None or not _ocr_row_cells(ln, starts):
            break
        rows += _cells(ln, 1.5) >= 2
        prev = ln
    return rows >= _OCR_GRID_ROWS


def _ocr_row_cells(line: TextLine, starts: list[float]) -> bool:
    """Whether each of a line's cells (runs at gaps of an em and a half) starts at one of a
    table's column ``starts``, in order, and ends before the next column's start, the gaps
    between them more than twice the line's widest word gap."""
    cells = _word_runs(line, 1.5)
    inner = max((b.x0 - a.x1 for run in cells for a, b in itertools.pairwise(run)), default=0.0)
    if any(b[0].x0 - a[-1].x1 <= 2 * inner for a, b in itertools.pairwise(cells)):
        return False
    k = 0
    for cell in cells:
        while k < len(starts) and abs(cell[0].x0 - starts[k]) >= _OCR_JITTER:
            k += 1
        if k == len(starts) or (k + 1 < len(starts) and cell[-1].x1 >= starts[k + 1]):
            return False
        k += 1
    return True


#: The most columns of an OCR layer's table read by :func:`_ocr_grid`, the fewest rows under its header,
#: and how far apart (points) an OCR layer may set the starts of words that line up on the page.
_OCR_GRID_COLUMNS: Final = 3
_OCR_GRID_ROWS: Final = 3
_OCR_JITTER: Final = 3.0


#: The most words of a row's first cell in a table without a header ("2025", "Besluit:",
#: "Uitvoering UWV").
_LEAD_CELL_WORDS: Final = 4


def _column_cells(line: TextLine) -> list[list[Word]]:
    """A line's cells at tab stops: runs split at gaps of an em or more that are also more than
    twice the widest gap inside a run (a word gap); one run when there are none, when the line
    is bold (a header row), or when it opens with no capital, digit or euro sign (a wrapped
    sentence in lower case, a list item's bullet read as a control character)."""
    opening = line.text[:1]
    if line.bold or not (opening.isupper() or opening.isdigit() or opening == "\u20ac"):
        return [list(line.words)]
    if len(line.words) < 2 or _cells(line, 1.0) < 2:
        return [list(line.words)]
    runs = _word_runs(line, 1.0)
    inner = max((b.x0 - a.x1 for run in runs for a, b in itertools.pairwise(run)), default=0.0)
    if any(b[0].x0 - a[-1].x1 <= 2 * inner for a, b in itertools.pairwise(runs)):
        return [list(line.words)]
    return runs


def _column_rows(main: Sequence[TextLine], i: int, pitch: float) -> int:
    """The end of a run of two or more rows of a table without a header row starting at line
    ``i`` (a borderless table of amounts per year, "2025  € 6,0 mln" / "2026  € 4,0 mln"; label
    rows in the body, "Besluit:  akkoord" / "Budget:  binnen het projectbudget"), or ``i``: lines
    with no gap between them, none bold or a list item, starting at one x, each with a short
    first cell (at most four words, opening with a capital, a digit or €) and cells at tab
    stops after it, every row's later cells starting or ending where the first row's do (left-
    or right-aligned columns)."""
    first = main[i]
    head = _column_cells(first)
    if len(head) < 2 or len(head[0]) > _LEAD_CELL_WORDS or _marker(first) is not None:
        return i
    edges = [x for run in head[1:] for x in (run[0].x0, run[-1].x1)]
    j = i + 1
    while j < len(main):
        ln = main[j]
        if _gap(main[j - 1], ln, pitch) or abs(ln.x0 - first.x0) > 1.5 or _marker(ln) is not None:
            break
        cells = _column_cells(ln)
        if len(cells) != len(head) or len(cells[0]) > _LEAD_CELL_WORDS:
            break
        if not all(
            any(abs(x - e) < 1.5 for e in edges for x in (run[0].x0, run[-1].x1)) for run in cells[1:]
        ):
            break
        j += 1
    return j if j - i >= 2 else i


def _box_options(line: TextLine) -> list[str]:
    """The options of a line that starts with a check box and has more check boxes after gaps
    of an em or more ("☐ Akkoord   ☐ Niet akkoord"), each with its box; else empty."""
    words = line.words
    if not _vocab.CHECK_BOX_ALONE.match(words[0].text):
        return []
    parts: list[list[Word]] = [[words[0]]]
    for a, b in itertools.pairwise(words):
        if _vocab.CHECK_BOX_ALONE.match(b.text) and b.x0 - a.x1 >= b.size:
            parts.append([b])
        else:
            parts[-1].append(b)
    return [_text(p) for p in parts] if len(parts) > 1 else []


def _grid_row(header: TextLine, line: TextLine) -> bool:
    """Whether a line's cells after the first start or end where a table header's do."""
    edges = [x for run in _runs(header, 3)[1:] for x in run]
    return any(abs(x - e) < 3 for run in _runs(line, 1.5)[1:] for x in run for e in edges)


def _grid(
    main: list[TextLine],
    i: int,
    out: _Out,
    pitch: float,
    header: TextLine | None = None,
    *,
    ocr: bool = False,
) -> int:
    """Write a table other than the attachment table, from its header row ``main[i]``: the
    header and each row a paragraph of its own, so the text parser keeps the rows apart. A row
    is a line with no gap above it and cells at tab stops (gaps of one and a half ems); a line
    indented from the header's first cell continues a row's wrapped cell. Returns the index of
    the line after the table. With ``header`` (the header row of a table that ran on from the
    page before), the rows go on from ``main[i]``; a repeat of the header is left out.

    A table whose cells are padded (its first row further under the header than a line gap,
    HTML, report tools and ruled word-processor tables set rows so) has its rows set apart by
    that padding: a line after such a space (up to one and a half times the first row's) that
    is a row by its cells goes on in the table as the next row, and every line at the line gap
    under a row's line is more of that row's cells, wrapped ("Compensatie van de helft van de
    11,0   11,5   Regeling in voorbereiding," / "gebruiksvergoeding voor ...   2024"), whatever
    its cells (it was read as a row of its own, or the table ended at the first row). Without
    padding, a line under a row's line that opens in lower case with fewer cells than the row's
    first line is more of its wrapped cells.

    In an OCR layer (``ocr``) lines stand apart by their tops, not their ink's bottoms (see
    :func:`_cells_go_on`).
    """
    prev: TextLine | None = None
    if header is None:
        header = main[i]
        wrapped = main[i : i + 1 + _wrapped_header(main, i, pitch)]
        out.blank()
        out.add(_lines.escape_row(_row_text(wrapped, header)), header)
        prev = wrapped[-1]
        i += len(wrapped)
    head = header
    cells = _runs(header, 3)
    # (a form under its header: rows in the first column only, their other cells left empty for
    # a hand's tick, as _grid_header found them)
    form = len(cells) >= 2 and _first_column_rows(cells, main[i : i + 2], pitch)
    above = prev  # (the header row, or its repeat at the page's top: the first row stands under it)
    spacing: float | None = None  # (the padding that sets the rows apart, when there is one)
    # (the space from the header row to the first row: a padded form's last row of bold cells
    # stands as far under the row above it, even when that space is just under a blank line's
    # and this one just over it: a re-writing tool's font metrics move lines a fraction)
    head_space = main[i].top - prev.bottom if prev is not None and i < len(main) else None
    row: list[TextLine] = []  # (the lines of the row being read, written when it ends)
    row_space: float | None = None  # (the space above the row being read)
    row_pitch: float | None = None  # (from the line above to the row's first line, top to top)
    under_header = True  # (whether that row is the first, its space the header's)

    def end_row() -> None:
        if row:
            out.add(_lines.escape_row(_row_text(row, head)), row[0])
            row.clear()
        out.blank()

    while i < len(main):
        ln = main[i]
        if prev is None and ln.text == header.text:
            prev = above = ln
            i += 1
            continue
        if _marker(ln) is not None:
            break  # (a list item is written as one, never as a raw row)
        if prev is not None and _gap(prev, ln, pitch):
            space = ln.top - prev.bottom
            padding = spacing if spacing is not None else head_space
            if (
                ln.bold
                and padding is not None
                and space <= _ROW_SPACING * padding
                and _bold_cells(ln, header)
            ):
                pass  # (a padded form's last row of bold cells for a paraph, "Paraaf minister")
            elif ln.bold or not (
                _grid_row(header, ln)
                or _cells_at_header(ln, header)
                or (form and _in_first_column(cells, ln) and _marker(ln) is None)
            ):
                break
            if prev is above and spacing is None:
                spacing = space  # (the first row, set apart by its cells' padding)
            elif spacing is None and len(row) > 1 and space < pitch + (ln.bottom - ln.top):
                # (a table with no padding under its header whose rows, wrapped over lines, stand
                # apart by less than a blank line: that space sets its rows apart from now on)
                spacing = space
            elif spacing is None or space > _ROW_SPACING * spacing:
                break
            end_row()
        elif ln.bold and row and _bold_cells(ln, header):
            # (a form's last row of bold cells for a paraph, "Paraaf minister", no gap above it)
            end_row()
        elif spacing is not None and row:
            pass  # (a padded row's cells wrapped onto the next line)
        elif _cells(ln, 1.5) >= 2 or _cells_at_header(ln, header):
            if not (
                row
                and ln.text[:1].islower()
                and (_cells(ln, 1.5) < _cells(row[0], 1.5) or _wrapped_first_cell(row[-1], ln, header))
            ) and not (row and _cells_go_on(row[-1], ln, row_space, row_pitch if ocr else None)):
                # (a line in lower case with fewer cells than the row's first goes on in the row:
                # cells wrapped in two columns or more, "Opkoopregeling voor varkens- en   100
                # 100   Regeling in" / "pluimveerechten   voorbereiding, publicatie ...")
                end_row()
        elif len(cells) >= 2 and not ln.bold and _in_first_column(cells, ln):
            # a row of a form with its other cells left empty ("Akkoord" / "Niet akkoord"): a
            # row of its own, unless it visibly goes on from the first cell's text above, in
            # lower case or after a word that goes on ("Directie" / "Financiën en" / "Control");
            # (the column is too narrow for its lines' length to tell a wrap from a new row)
            # (or from a first cell that wraps beside the row's other cells, in lower case:
            # "Landelijke beëindigingsregeling   975   2023-2025" / "veehouderijlocaties"; or,
            # in whatever case, closer under the row's line than the rows stand apart, "College
            # voor de   Geen bezwaar." / "Rechten van de Mens": not by the header's space above
            # the first row, which a form's "Akkoord" / "Niet akkoord" may have too)
            first_cell = _word_runs(prev, 1.5)[0] if prev is not None else []
            if not (
                prev is not None
                and prev is not header
                and (_in_first_column(cells, prev) or (len(row) == 1 and ln.text[:1].islower()))
                and (ln.text[:1].islower() or first_cell[-1].text.casefold() in _vocab.CONTINUATION_WORDS)
            ) and not (
                row
                and (
                    (not under_header and _closer_than_rows(row[-1], ln, row_space))
                    or (
                        _wrapped_first_cell_only(row[-1], ln, header)
                        and not _padded_apart(row[-1], ln, row_space)
                    )
                )
            ):
                end_row()
        elif ln.x0 < header.x0 + 6:
            break
        if not row and prev is not None:
            row_space = ln.top - prev.bottom
            row_pitch = ln.top - prev.top
            under_header = prev is above
        row.append(ln)
        prev = ln
        i += 1
    end_row()
    return i


#: The brackets and quotes that may open a table cell's text before its first letter.
_OPENING_MARKS: Final = "([{\"'‘“"

#: How much more space than above a padded table's first row may stand above a later row (rows
#: set apart by their cells' padding; a paragraph under the table stands further off or has no
#: cells).
_ROW_SPACING: Final = 1.5


def _closer_than_rows(line: TextLine, below: TextLine, row_space: float | None) -> bool:
    """Whether ``below`` stands under ``line`` (a row's line) closer than that row stands under
    the line above it, by more than a seventh of an em: an unpadded table whose rows are set apart
    by a little more than the line gap, its cells' wrapped lines at the line gap."""
    return row_space is not None and below.top - line.bottom < row_space - 0.15 * below.size


def _padded_apart(line: TextLine, below: TextLine, row_space: float | None) -> bool:
    """Whether ``below`` stands under ``line`` (a row's line) as far as that row stands under
    the line above it (not closer by a seventh of an em) and further than a line gap (half an
    em): a padded form's next row, however full the row's first cell ("... voor de Europese
    Visserijraad" / "Instemmen met ..."); a cell's wrapped line stands at the line gap."""
    space = below.top - line.bottom
    return (
        row_space is not None and space > 0.5 * below.size and not _closer_than_rows(line, below, row_space)
    )


def _cells_go_on(
    line: TextLine, below: TextLine, row_space: float | None, row_pitch: float | None = None
) -> bool:
    """Whether ``below`` is more of the cells of the row whose last line is ``line``, whatever
    its first cell (a name wrapping onto a capital, "Vereniging van Nederlandse" / "Gemeenten"):
    it stands closer under ``line`` than the rows stand apart, and each of its cells after the
    first goes on with the cell above it in the same column, which ends no sentence, in lower
    case ("Steunt het voorstel en vraagt om een" / "snelle invoering per 2027.").

    In an OCR layer (``row_pitch`` given: from the line above the row to its first line, top to
    top) a word's box is its ink's, and a table's rule read as "|" stretches a line's box down to
    the next line's ("Week van 14 september | bespreking in MCC-19" / "Doorlopend:   input vanuit
    ..."): there the lines' tops tell how close ``below`` stands (closer under ``line`` than the
    row under the line above it), or ``below``'s first cell goes on in lower case after a bracket
    or a quote ("Doorlopend:   input vanuit ... op basis van" / "(ook na 22 september)   o.a.
    ...", rows at the line gap)."""
    if row_pitch is not None:
        if not (
            below.top - line.top < row_pitch - 0.15 * below.size
            or below.text.lstrip(_OPENING_MARKS)[:1].islower()
        ):
            return False
    elif not _closer_than_rows(line, below, row_space):
        return False
    above = _word_runs(line, 1.5)[1:]
    cells = _word_runs(below, 1.5)[1:]
    if not cells:
        return False
    for cell in cells:
        over = [run for run in above if abs(run[0].x0 - cell[0].x0) < 2]
        if not over or _SENTENCE_END.search(over[0][-1].text) or not cell[0].text[:1].islower():
            return False
    return True


def _wrapped_first_cell(line: TextLine, below: TextLine, header: TextLine) -> bool:
    """Whether ``line``'s first cell ran out of room: it ends no sentence, and ``below``'s first
    word and a space would not have fitted before the header's second column, its padding kept
    (an em and a half): a cell of prose wrapped in its column, as under "Voordelen  Nadelen"; a
    short cell, "Innovatiebox", leaves room."""
    starts = [x0 for x0, _ in _runs(header, 1.5)[1:]]
    if not starts:
        return False
    before = [w for w in line.words if w.x0 < starts[0] - 2]
    after = [w for w in line.words if w.x0 >= starts[0] - 2]
    if not before or not after:
        return False
    return (
        abs(after[0].x0 - starts[0]) < 2
        and before[-1].x1 < after[0].x0
        and _no_room_left(before[-1], starts[0], below)
    )


def _wrapped_first_cell_only(line: TextLine, below: TextLine, header: TextLine) -> bool:
    """Whether ``line``, a row's line with words in the first column only (a form's row, its
    other cells left empty or holding drawn check boxes), ran out of room there as
    :func:`_wrapped_first_cell` tells: ``below`` goes on with the cell, in whatever case ("... voor
    de Europese" / "Landbouw- en Visserijraad."), even right under the header, where the rows'
    spacing is not known yet."""
    starts = [x0 for x0, _ in _runs(header, 1.5)[1:]]
    return bool(starts) and line.x1 < starts[0] - 2 and _no_room_left(line.words[-1], starts[0], below)


def _no_room_left(last: Word, start: float, below: TextLine) -> bool:
    """Whether a first cell that ends in ``last`` left no room before the next column (at
    ``start``) for ``below``'s first word and a space, its padding kept (an em and a half), and
    ends no sentence and no label."""
    return (
        start - last.x1 < below.words[0].x1 - below.words[0].x0 + 1.5 * last.size
        and not _SENTENCE_END.search(last.text)
        and not last.text.endswith(":")
    )


def _cells_at_header(line: TextLine, header: TextLine) -> bool:
    """Whether ``line`` is a table row by its cells' starts: each of the header's columns after
    the first (runs at gaps of one and a half ems) has a word of the line starting where it
    starts, after a gap wider than a word space. (A column's widest cell leaves only the cells'
    padding, an em or so, before the next column: "XII Infrastructuur en Waterstaat  € 41,5 mln".)"""
    starts = [x0 for x0, _ in _runs(header, 1.5)[1:]]
    if not starts or len(line.words) < 2:
        return False
    opened = {round(b.x0) for a, b in itertools.pairwise(line.words) if b.x0 - a.x1 > 0.6 * b.size}
    return all(any(abs(x - start) < 2 for x in opened) for start in starts)


def _word_runs(line: TextLine, gap: float) -> list[list[Word]]:
    """A line's words in runs, split at gaps wider than ``gap`` times the text size (cells)."""
    runs: list[list[Word]] = [[line.words[0]]]
    for a, b in itertools.pairwise(line.words):
        if b.x0 - a.x1 > gap * b.size:
            runs.append([b])
        else:
            runs[-1].append(b)
    return runs


def _attachment_list(out: _Out) -> _Out:
    """The attachments listed, not in a table, as a numbered list under the last heading,
    "Bijlagen" or "Bijlage", numbered or not ("5. Bijlagen"), ("1. Kamerbrief ..." / "2.
    Uitvoeringstoets ...", an item's wrapped lines right under it, up to the end; page lines and
    notes may stand among or after them),
    or as entries "Bijlage 1  Kamerbrief" (also in two columns, read row by row across them:
    "Bijlage 1 Noodoproep OCHA Bijlage 4 Risicoanalyse"; every number from 1 once), written as
    the attachment table's rows in their numbers' order, so they are the attachments; ``out`` as
    it is when anything else follows the list. A disclosure status ending a row ("... deels
    openbaar", a status column at the right) is its information cell, as the text reader splits
    it (:func:`_fragments.status_at_end`); the lines left as printed (under a heading not the
    last, a number column without a stop, a bullet list) are read by the text reader's rule on
    the marked text.

    Each document of the file is read so (the nota, and each document enclosed after it: a
    cover letter's nota that follows it), up to its own end: the list may stand right before a
    document enclosed after it (``%enclosure``, a Kamerbrief) or before the documents appended
    to it under their own headings (``## Bijlage 1: Uitwerking per regio``), which follow its
    rows as they were; a page break among the list's lines stays at the end of its row."""
    marks = [i for i, text in enumerate(out.lines) if text == _canon.ENCLOSURE]
    for start, stop in reversed(
        list(zip([0, *(m + 1 for m in marks)], [*marks, len(out.lines)], strict=True))
    ):
        out = _document_attachment_list(out, start, stop)
    return out


def _document_attachment_list(out: _Out, start: int, stop: int) -> _Out:
    """:func:`_attachment_list` for the document of lines ``start`` to ``stop``."""
    lines = out.lines
    end = next(
        (
            i
            for i in range(start, stop)
            if lines[i].startswith("## ")
            and _vocab.APPENDIX_HEADING.match(_vocab.heading_number(lines[i][3:])[1]) is not None
        ),
        stop,
    )
    heading = next((i for i in range(end - 1, start - 1, -1) if lines[i].startswith("## ")), None)
    if heading is None or not _vocab.is_attachments_heading(
        _vocab.heading_number(lines[heading][3:])[1].rstrip(":")
    ):
        return out
    items: list[tuple[str, int]] = []  # (the item's text, its first line's index)
    entries: dict[int, tuple[str, int]] = {}  # "Bijlage 3  Jaarverslag": by number
    kept: list[int] = []  # page lines and notes, written after the rows
    fed: set[int] = set()  # (the first lines of the items a page ends in)
    blank = False
    alone = 0  # the number of the entry alone on the row before, whose name may wrap
    for i in range(heading + 1, end):
        text = lines[i]
        if "\f" in text and not _vocab.PAGE_LINE.match(text.rstrip("\f")) and not text.startswith("[^"):
            fed.add(items[-1][1] if items and not _vocab.ORDERED_ITEM.match(text) else i)
        if not text:
            blank = True
        elif _vocab.PAGE_LINE.match(text.rstrip("\f")) or text.startswith("[^"):
            kept.append(i)
        elif (
            not items
            and (found := _fragments.attachment_entries(text, rising=True))
            and not entries.keys() & dict(found).keys()
        ):
            entries.update((n, (name, i)) for n, name in found)
            alone = found[0][0] if len(found) == 1 else 0
            if len(found) == 2:
                alone = _wrapped_in_column(out.boxes.get(i + 1), out.boxes.get(i + 2), found)
            blank = False  # (a blank line above the entry, under the heading or between spaced entries)
        elif alone and not blank and not kept and _wrapped_entry_line(text):
            # ("Bijlage 1  Brief van het college van" / "bestuur": the name of an entry alone on
            # its row goes on, so does that of an entry beside another where the line stands in
            # its column only)
            entries[alone] = (f"{entries[alone][0]} {text}", entries[alone][1])
            alone = 0
        elif entries:
            return out  # (an entry that wraps beside another, or text after the entries: left as printed)
        elif (m := _vocab.ORDERED_ITEM.match(text)) and int(m[1]) == len(items) + 1:
            items.append((m[2], i))
            blank = False
        elif (
            items and not blank and not _vocab.ORDERED_ITEM.match(text) and not _vocab.BULLET_LINE.match(text)
        ):
            # (a wrapped item goes on, also on a word opening with a letter that can be a bullet,
            # "operatie ...", where no space follows it)
            items[-1] = (f"{items[-1][0]} {text}", items[-1][1])
        else:
            return out  # (text after the list: a section's list, as printed)
    if entries:
        if sorted(entries) != list(range(1, len(entries) + 1)):
            return out
        items = [entries[n] for n in sorted(entries)]
    if not items:
        return out
    new = _Out()
    for i in range(heading + 1):
        new.lines.append(lines[i])
        if i + 1 in out.boxes:
            new.boxes[len(new.lines)] = out.boxes[i + 1]
    cells = [_fragments.status_at_end(text if entries else join_lines([text])) for text, _ in items]
    statuses = any(status for _, status in cells)
    new.lines.append("| Nr. | Omschrijving | Informatie |" if statuses else "| Nr. | Omschrijving |")

    def row(n: int) -> str:
        """Item ``n``'s row: its name, and its disclosure status when any item has one."""
        name, status = cells[n - 1]
        info = f" {_canon.escape_cell(status)} |" if status else " |" if statuses else ""
        return f"| {n} | {_canon.escape_cell(name)} |{info}"

    if entries:  # (the rows in their numbers' order, then the page lines and notes)
        for n, (_, at) in enumerate(items, 1):
            new.lines.append(row(n))
            if at + 1 in out.boxes:  # (an entry's box is its printed row's)
                new.boxes[len(new.lines)] = out.boxes[at + 1]
        for i in kept:
            new.lines.append(lines[i])
            if i + 1 in out.boxes:
                new.boxes[len(new.lines)] = out.boxes[i + 1]
        return _followed(new, out, end)
    rows = {i: row(n) + ("\f" if i in fed else "") for n, (_, i) in enumerate(items, 1)}
    for i in sorted([*rows, *kept]):  # (in their order: a page line stays between its pages' rows)
        new.lines.append(rows.get(i, lines[i]))
        if i + 1 in out.boxes:
            new.boxes[len(new.lines)] = out.boxes[i + 1]
    return _followed(new, out, end)


def _followed(new: _Out, out: _Out, end: int) -> _Out:
    """``new`` with the lines of ``out`` from ``end`` on after it (what follows a document's list
    of attachments: its appended documents, the documents enclosed after it), and their boxes."""
    if end < len(out.lines):
        new.blank()
        for i in range(end, len(out.lines)):
            new.lines.append(out.lines[i])
            if i + 1 in out.boxes:
                new.boxes[len(new.lines)] = out.boxes[i + 1]
    return new


def _wrapped_in_column(
    row: tuple[int, tuple[float, float, float, float]] | None,
    under: tuple[int, tuple[float, float, float, float]] | None,
    found: list[tuple[int, str]],
) -> int:
    """The number of the entry, of two on a row (attachments listed in two columns, read across),
    whose column holds the whole line under the row: the first where the line ends left of the
    row's middle, the second where it starts right of it; 0 where it reaches over the middle (two
    names wrapped, read as one line) or the boxes are unknown."""
    if row is None or under is None or row[0] != under[0]:
        return 0
    middle = (row[1][0] + row[1][2]) / 2
    if under[1][2] < middle:
        return found[0][0]
    return found[1][0] if under[1][0] > middle else 0


def _wrapped_entry_line(text: str) -> bool:
    """Whether a line under an attachment entry can be more of its name: plain words, no heading,
    item, bullet or label row, no sentence's end, and no entry of its own that the list's numbers
    refused ("Bijlage 1a  Reactie", "Bijlage 1" again: the list is left as printed)."""
    return (
        text[0] not in "#|" + _vocab.BULLETS
        and not text.startswith(_vocab.ATTACHMENT_WORD)
        and _vocab.ORDERED_ITEM.match(text) is None
        and ": " not in text
        and len(text.split()) <= 8
        and not text.endswith((".", ":"))
    )


def _row_text(row: list[TextLine], header: TextLine) -> str:
    """A table row's text, its cells in order: a row whose cells wrap over lines ("P01
    Netverzwaring Noord-Holland Noord,   41,0   53,3" / "inclusief twee nieuwe
    hoogspanningsstations") is read cell by cell, each wrapped line's runs joining the cell of
    the row's first line that starts nearest them; read line by line, the cells interleave.
    Each line's cells are its runs, also split where a word starts in a header cell's column
    that the word before it does not reach (a cell filled up to the next one's padding, "...
    onder de 88,0", leaves a gap narrower than a tab; so do two columns of prose under
    "Voordelen  Nadelen", whose wrapped lines run up to the next column's padding)."""
    if len(row) == 1:
        return row[0].text
    columns = [x0 for x0, _ in _runs(header, 1.5)]

    def line_runs(line: TextLine) -> list[list[Word]]:
        runs: list[list[Word]] = []
        for run in _word_runs(line, 1.5):
            runs.append([run[0]])
            for a, b in itertools.pairwise(run):
                if any(a.x0 < x - 0.5 * b.size <= b.x0 for x in columns):
                    runs.append([b])
                else:
                    runs[-1].append(b)
        return runs

    first = line_runs(row[0])
    cells = [[_text(run)] for run in first]
    starts = [run[0].x0 for run in first]
    for ln in row[1:]:
        for run in line_runs(ln):
            k = min(range(len(starts)), key=lambda c: abs(run[0].x0 - starts[c]))
            cells[k].append(_text(run))
    return " ".join(part for cell in cells for part in cell)


#: The fewest rows of a page with text on both sides of a gutter for the page to be read as text
#: set in two columns.
_COLUMN_ROWS: Final = 4
#: The narrowest a column of text may be against the other (text columns are about equal).
_COLUMN_RATIO: Final = 0.6
#: The share of a text column's width a full row of it reaches (a ragged right edge).
_FULL_COLUMN_ROW: Final = 0.8


def _text_columns(main: list[TextLine]) -> tuple[list[TextLine], list[TextLine], list[TextLine]] | None:
    """Text set in two columns side by side (an annex, a page of a newsletter): the lines above
    the columns with the left column's lines, the right column's lines, and the lines under
    them; None when the page has no such columns. Read row by row, the columns interleave ("In
    het zuiden en oosten van het land is de derogatie moeten melkveehouders meer").

    The columns: ``_COLUMN_ROWS`` rows or more of two runs (split at a gap of an em or more) whose
    second run starts at one x (the right column's edge) and whose first starts at one x (the
    left's), or right of them (an indented line), in one size, the first ending an em before the
    right column's edge; the columns about as wide as each other (the narrower at least
    ``_COLUMN_RATIO`` of the wider) and filled: half their rows or more reach
    ``_FULL_COLUMN_ROW`` of the column's width on both sides, as a column's prose does (a table's
    first cells, a paraph block's offices and side headings leave room); no row bold on both
    sides (a table's header over two columns of prose: its rows are read as rows). Every line
    between the first and the last such row stands in one column (none crosses the gutter);
    lines in one column right above or under them (no larger gap than a paragraph's space
    within a column) go with that column."""
    split: dict[int, tuple[list[Word], list[Word]]] = {}
    for k, ln in enumerate(main):
        runs = _word_runs(ln, 1.0)
        if len(runs) == 2 and abs(_size(runs[0]) - _size(runs[1])) < 0.5:
            split[k] = (runs[0], runs[1])
    if len(split) < _COLUMN_ROWS:
        return None
    right_x = _most_shared([right[0].x0 for _, right in split.values()])
    aligned = [left[0].x0 for left, right in split.values() if abs(right[0].x0 - right_x) <= 2]
    if len(aligned) < _COLUMN_ROWS:
        return None
    left_x = _most_shared(aligned)
    # (a column's line may be indented: a paragraph's first line, a list item's wrapped line)
    rows = {
        k: (left, right)
        for k, (left, right) in split.items()
        if left[0].x0 >= left_x - 2 and left[-1].x1 < right_x - left[-1].size and right[0].x0 >= right_x - 2
    }
    if len(rows) < _COLUMN_ROWS or any(main[k].bold for k in rows):
        return None  # (a bold row across both: a table's header, its rows read as rows)
    left_width = max(left[-1].x1 for left, _ in rows.values()) - left_x
    right_width = max(right[-1].x1 for _, right in rows.values()) - right_x
    if min(left_width, right_width) < _COLUMN_RATIO * max(left_width, right_width):
        return None
    full = [
        sum(run[-1].x1 >= x + _FULL_COLUMN_ROW * width for run in runs)
        for runs, x, width in (
            ([left for left, _ in rows.values()], left_x, left_width),
            ([right for _, right in rows.values()], right_x, right_width),
        )
    ]
    if 2 * min(full) < len(rows):
        return None

    def side(ln: TextLine) -> int | None:
        """The column a line stands in, 0 or 1; None for a line across the gutter."""
        if ln.x0 >= right_x - 2:
            return 1
        if ln.x0 >= left_x - 2 and ln.x1 < right_x - ln.size:
            return 0
        return None

    start, end = min(rows), max(rows) + 1
    if any(k not in rows and side(main[k]) is None for k in range(start, end)):
        return None
    # (the widest gap between two lines of one column: a paragraph's space)
    widest = 0.0
    for column in (0, 1):
        own = [ln for k, ln in enumerate(main[start:end], start) if k in rows or side(ln) == column]
        widest = max([widest, *(b.top - a.bottom for a, b in itertools.pairwise(own))])
    while (
        start > 0 and side(main[start - 1]) is not None and main[start].top - main[start - 1].bottom <= widest
    ):
        start -= 1
    while end < len(main) and side(main[end]) is not None and main[end].top - main[end - 1].bottom <= widest:
        end += 1
    left: list[TextLine] = []
    right: list[TextLine] = []
    for k in range(start, end):
        if k in rows:
            left.append(main[k].part(rows[k][0]))
            right.append(main[k].part(rows[k][1]))
        else:
            (right if side(main[k]) else left).append(main[k])
    return [*main[:start], *left], right, main[end:]


def _size(words: Sequence[Word]) -> float:
    """The size most of the words' letters have."""
    weights: Counter[float] = Counter()
    for w in words:
        weights[round(w.size, 1)] += len(w.text)
    return weights.most_common(1)[0][0]


def _most_shared(xs: Sequence[float]) -> float:
    """The x that most of ``xs`` stand at (within 2 pt of it)."""
    return max(xs, key=lambda x: sum(abs(y - x) <= 2 for y in xs))


def _column_break_ends(last: TextLine, first: TextLine, edge: float) -> bool:
    """Whether the left column's last line ends its paragraph where the right column goes on:
    it ends a sentence, and the right column's first word (no heading) would have fitted after
    it before the column's right ``edge`` (as at a page break)."""
    if not _SENTENCE_END.search(last.text) or first.bold:
        return False
    word = first.words[0]
    return last.x1 + 0.3 * word.size + (word.x1 - word.x0) <= edge


#: The height of the room left for a signature in a signature block (a scanned signature about
#: two and a half centimetres high), in points.
_SIGNATURE_ROOM: Final = 72.0


def _signature_columns(
    main: list[TextLine], i: int, pitch: float
) -> tuple[list[list[tuple[str, TextLine]]], int] | None:
    """A signature or paraph block in columns starting at ``main[i]``: its columns' lines, and
    the index of the line after it; None when there is none.

    Its first line has two runs or more at tab stops (gaps of three ems), each starting with an
    office (``_vocab.SIGNATORY``: "De Minister van ...", "Akkoord staatssecretaris"); the lines
    under it (gaps of up to four lines, the room for a signature) have runs each starting where
    a column does and ending before the next column (a full line, or a heading, ends the block).
    Read row by row, the columns interleave ("De Minister van BZK De Staatssecretaris van
    Financiën en Koninkrijksrelaties,"). The room for a signature is four lines, or the height of
    a scanned signature (``_SIGNATURE_ROOM``) where that is more (text set small: an image two
    centimetres high is more than four of its lines).
    """
    if not _vocab.SIGNATORY.match(main[i].text):
        return None
    runs = _split_row(main[i])
    if len(runs) == 1:
        return _signature_alone(main, i, pitch)
    if not all(_vocab.SIGNATORY.match(_text(r)) for r in runs):
        return None
    starts = [r[0].x0 for r in runs]
    columns: list[list[tuple[str, TextLine]]] = [[] for _ in starts]
    k = i
    while k < len(main):
        ln = main[k]
        if k > i and ln.top - main[k - 1].bottom > max(4 * (pitch + ln.bottom - ln.top), _SIGNATURE_ROOM):
            break
        if ln.bold and not main[i].bold and any(c.isalnum() for c in ln.text):
            break  # (a heading under the block)
        row = _split_row(ln)
        places = [min(range(len(starts)), key=lambda c: abs(r[0].x0 - starts[c])) for r in row]
        ends = [*starts[1:], math.inf]
        if (
            any(abs(r[0].x0 - starts[c]) > 3 for r, c in zip(row, places, strict=True))
            or any(a >= b for a, b in itertools.pairwise(places))
            or any(r[-1].x1 > ends[c] - ln.size for r, c in zip(row, places, strict=True))
        ):
            break  # (a line across the columns)
        for r, c in zip(row, places, strict=True):
            columns[c].append((_text(r), ln))
        k += 1
    return columns, k


def _signature_alone(
    main: list[TextLine], i: int, pitch: float
) -> tuple[list[list[tuple[str, TextLine]]], int] | None:
    """A signature block of one column starting at ``main[i]``, as :func:`_signature_columns`
    gives it (one column), or None.

    The office's lines ("De Minister van Binnenlandse Zaken" / "en Koninkrijksrelaties,"), at most
    three set as one paragraph (no gap between them), end with a comma, and the room for the
    signature (more than two lines, up to four lines or ``_SIGNATURE_ROOM``) stands under them
    before the name ("5.1.2e", a redacted name, or "drs. A. de Vries"), a line or two that end
    the block at the next gap (a paraph table under it). Read as prose the name was a paragraph
    of its own; an office line in a sentence ("De Minister van Financiën heeft ...") has no
    comma before such a room. ``pitch`` is the page's usual white between two lines.
    """
    k = i
    while (
        k + 1 < len(main)
        and k - i < 2
        and not main[k].text.endswith(",")
        and not _gap(main[k], main[k + 1], pitch)
    ):
        k += 1
    if not main[k].text.endswith(",") or any(ln.text.endswith(".") for ln in main[i : k + 1]):
        return None
    if k + 1 >= len(main):
        return None
    line = pitch + main[k].bottom - main[k].top  # (one line's room: its height and the white under it)
    if not 2 * line < _white_under(main, k) <= max(4 * line, _SIGNATURE_ROOM):
        return None
    name = k + 1
    end = name + 1
    while end < len(main) and end - name < 2 and not _gap(main[end - 1], main[end], pitch):
        end += 1
    block = main[i:end]
    if any(len(_split_row(ln)) > 1 or ln.bold != main[i].bold or abs(ln.x0 - main[i].x0) > 3 for ln in block):
        return None
    return [[(ln.text, ln) for ln in block]], end


def _white_under(main: Sequence[TextLine], k: int) -> float:
    """The white space between ``main[k]`` and the line under it."""
    return main[k + 1].top - main[k].bottom


def _above_repeated_header(table: _Table, main: Sequence[TextLine]) -> int:
    """How many lines at the top of a page stand above the table's header row printed again
    (at most three, none of them the table's next row: its number in the first column); 0 when
    the header is not printed again there."""
    header = table.printed[0].split()
    for k, ln in enumerate(main[:4]):
        if ln.text.split() == header:
            return k
        if ln.words[0].text.rstrip(".)") == str(len(table.rows) + 1) and abs(ln.x0 - table.columns[0]) <= 3:
            return 0
    return 0


def _lost_numbers(table: _Table, number: int, expected: int) -> int:
    """The row number expected once rows whose number an OCR layer lost are added (in place):
    where ``number`` skips rows, and the lines since the last row hold as many lines that open
    a row as were skipped, each of them the skipped rows' (a row's cells are top-aligned: its
    first line has text in the name column and in a column right of it, "Antwoord op vraag 8
    over de  Openbaar", where a wrapped line under it has one cell's text); the lines above the
    first are more of the last row. ``expected`` where the count differs (nothing is changed)."""
    if len(table.columns) < 3:
        return expected
    pending = table.pending
    starts = [k for k, (texts, _) in enumerate(pending) if texts[1] and any(texts[2:])]
    if not starts or len(starts) != number - expected:
        return expected
    for texts, _ in pending[: starts[0]]:
        _add_cells(table.rows[-1][1], texts)
    for n, (a, b) in enumerate(itertools.pairwise([*starts, len(pending)]), start=expected):
        cells: list[list[str]] = [[] for _ in table.columns]
        for texts, _ in pending[a:b]:
            _add_cells(cells, texts)
        table.rows.append((n, cells, pending[a][1]))
    table.last = pending[-1][1]
    pending.clear()
    return number


def _next_number(table: _Table, after: Sequence[TextLine]) -> int | None:
    """The next row number in a table's number column among the lines ``after`` (up to a line
    that leaves the table's column: left of it), or None."""
    for ln in after:
        if ln.x0 < table.columns[0] - 6:
            return None
        words = [w.text for w in ln.words if table.column(w.x0) == 0]
        if words:
            number = re.fullmatch(r"(\d{1,3})[.)]?", " ".join(words))
            return int(number[1]) if number else None
    return None


def _row_start(table: _Table, number: TextLine) -> int:
    """How many of the table's pending lines belong to the row above a new number line.

    A number centred in a wrapped row follows some of its row's lines: those after the widest
    gap (the row gap), when that gap is wider than the one above the number line (a gap between
    lines of one row) and the line after it has text in the name column (the other cells are
    top-aligned: a row's first line has its name). Before the first row, all pending lines are
    the new row's; lines on an earlier page than the number, and lines after a row when the rows
    so far have their number on their first line (a wrapped row seen, none centred: a blank
    line inside a cell is no row gap), are the row above's.
    """
    pending = [ln for _, ln in table.pending]
    if not pending or table.last is None:
        return 0
    if pending[-1].page != number.page:
        return len(pending)  # a row continued over a page break
    if table.below and not table.centred:
        return len(pending)  # top-aligned rows
    # gaps above each pending line, between lines of the number's page only
    gaps = [
        b.top - a.bottom if a.page == b.page == number.page else -1.0
        for a, b in itertools.pairwise([table.last, *pending])
    ]
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    named = len(table.columns) < 2 or bool(table.pending[widest][0][1])
    if named and gaps[widest] > number.top - pending[-1].bottom + 1.5:
        return widest
    return len(pending)


def _unmarked_items(main: list[TextLine], pitch: float, right: float, *, ocr: bool = False) -> set[int]:
    """Indices of lines that are list items whose marker is drawn, not set as text (check boxes
    drawn as rectangles before a decision's options, picture bullets).

    Two or more lines at one indent (an em, the first word's size, or more right of the page's
    usual left edge), each shorter than three quarters of the measure, none but the last ending
    a sentence (one-line
    paragraphs set with a first-line indent do), no marker, not bold, set evenly (no gap between
    them, or the same gap between each two), none continuing the line above (a wrapped sentence:
    the line above ends without punctuation and this one starts in lower case, as in an indented
    quote), and the line above them no list item (whose wrapped text they would be): each line is
    an item of its own. In an OCR layer (``ocr``; a box's frame is no drawing there, only pixels)
    a known heading is none (a framed "Besluit minister" box over its options, set in from the
    margin: the text parser finds the heading by its words).
    """
    if len(main) < 2:
        return set()
    left = _usual_left(main)
    measure = right - left
    out: set[int] = set()
    i = 0
    while i < len(main):
        ln = main[i]
        j = i + 1
        if _unmarked_item(ln, left, measure) and not (ocr and _vocab.is_known_heading(ln.text)):
            spacing = main[j].top - ln.bottom if j < len(main) else 0.0
            while (
                j < len(main)
                and _unmarked_item(main[j], left, measure)
                and abs(main[j].x0 - ln.x0) < 2
                and (
                    not _gap(main[j - 1], main[j], pitch)
                    or (abs(main[j].top - main[j - 1].bottom - spacing) < 1 and spacing < 3 * pitch)
                )
            ):
                j += 1
            above = main[i - 1] if i else None
            wrapped = any(
                (not re.search(r"[.,;:!?)]$", a.text) and b.text[:1].islower())
                or _FULL_STOP.search(a.text)  # (one-line paragraphs with a first-line indent)
                for a, b in itertools.pairwise(main[i:j])
            )
            if (
                j - i >= 2
                and not wrapped
                and (above is None or (_marker(above) is None and not _text_starts_at(above, ln.x0)))
            ):
                out.update(range(i, j))
        i = j
    return out


def _text_starts_at(line: TextLine, x: float) -> bool:
    """Whether text on ``line`` starts at ``x`` after a gap of one and a half ems, right of other
    words (a table's cell beside its left cell, "Advies  U wordt ..."): lines at ``x`` under it
    go on with that text."""
    return any(
        abs(w.x0 - x) < 2 and w.x0 - before.x1 >= 1.5 * w.size for before, w in itertools.pairwise(line.words)
    )


def _usual_left(lines: Sequence[TextLine]) -> float:
    """The x where most lines start (rounded to a point)."""
    return Counter(round(ln.x0) for ln in lines).most_common(1)[0][0]


def _unmarked_item(ln: TextLine, left: float, measure: float) -> bool:
    x0 = ln.x0
    first = ln.words[0].text
    return (
        x0 > left + ln.words[0].size
        and ln.x1 - x0 < 0.75 * measure
        and not ln.bold
        and any(c.isalpha() for c in ln.text)
        and _marker(ln) is None
        # (a line opening with a list mark set a word space before its text, "a. de opleiding",
        # has its mark printed: the text parser reads it as the item it is)
        and not (
            len(ln.words) > 1
            and (_ORDERED_MARK.match(first) or _ROMAN_MARK.match(first) or _LETTER_MARK.match(first))
        )
    )


def _add_cells(row: list[list[str]], texts: list[str]) -> None:
    """Add a line's cell texts to a table row's cells (empty texts skipped)."""
    for index, text in enumerate(texts):
        if text:
            row[index].append(text)


def _continues(out: _Out, line: TextLine, *, hanging: bool) -> bool:
    """Join a wrapped line to the line before when on its own it would read as something else.

    A paragraph or list item wrapped before "– ", "1. ", a label or "Pagina" would start a line
    that the text parser takes for a bullet, an item, a field or furniture; the layout knows that
    it continues the text above (no gap, not a marker), so it is written on that line. Returns
    whether the line was added. Where print does not say (the line above ends a sentence and
    this one is not indented under a list item's text: "1. Text" in a monospaced font, where the
    tab after "1." is one space wide), the line stays as it is.
    """
    last = out.lines[-1] if out.lines else ""
    if not last or last.endswith("\f") or last.startswith(("#", "|", "[^")):
        return False
    if not hanging and _SENTENCE_END.search(last):
        return False
    if _lines.classify(line.text).kind is _lines.Kind.TEXT:
        return False
    out.lines[-1] = join_lines([last, line.text])
    return True


def _wrapped(prev: TextLine, line: TextLine, right: float) -> bool:
    """Whether ``prev`` is full: the first word of ``line`` and a space would not fit after it.

    ``right`` is the longest line's end, which may fall short of the measure; an em of slack.
    """
    first = line.words[0]
    return prev.x1 + 0.25 * first.size + (first.x1 - first.x0) > right - first.size


#: How much larger (in points) a bold title is set than a name over it that is no title.
_LARGER_TITLE: Final = 1.5


def _title_marker(title: list[tuple[str, TextLine]], k: int) -> bool:
    """Whether title line k starts with a list marker (then the block is a list, not a title); a
    dash followed by a word space on a wrapped line is the title's text ("... één" / "– zo'n")."""
    line = title[k][1]
    if _marker(line) is None:
        return False
    return not (k and _dash_in_text(line, title[k - 1][1], title[0][1].x0))


_DASHES: Final = ("-", "\u2013")


def _dash_item(
    main: list[TextLine], i: int, prev: TextLine | None, *, gap: bool, dash_x: float | None
) -> bool:
    """A line starting with a dash and a word space that is a list item all the same: dash
    lines typed by hand ("- Akkoord met ...;" / "- Akkoord met ..."), two or more at one x. The
    first starts no wrapped sentence's next line (after a heading, a gap or a sentence's end);
    the next follow an item at the same x."""
    line = main[i]
    if len(line.words) < 2 or line.words[0].text not in _DASHES:
        return False
    if dash_x is not None:
        return abs(line.x0 - dash_x) < 2
    starts = prev is None or gap or prev.bold or bool(_SENTENCE_END.search(prev.text))
    if not starts or i + 1 >= len(main):
        return False
    nxt = main[i + 1]
    return len(nxt.words) >= 2 and nxt.words[0].text == line.words[0].text and abs(nxt.x0 - line.x0) < 2


def _dash_in_text(line: TextLine, prev: TextLine, x: float) -> bool:
    """A dash that starts a wrapped paragraph's (or list item's) next line at its text's ``x``,
    followed by a word space.

    ("... 34 338, osa" / "– (DGOBDR) ..."): a dash bullet is set with a tab, or indented; a
    monospaced font's space (0.6 em) is wider than the half em a dash bullet's gap must exceed.
    """
    words = line.words
    if len(words) < 2 or words[0].text not in ("-", "\u2013", "\u2014") or abs(line.x0 - x) > 2:
        return False
    # the word spacing of this line and the one above (the line may hold one word after the dash)
    spacing = sorted(b.x0 - a.x1 for ln in (line, prev) for a, b in itertools.pairwise(ln.words[1:]))
    if not spacing:
        return False
    return words[1].x0 - words[0].x1 <= 1.2 * spacing[len(spacing) // 2]


def _table_header(line: TextLine, below: TextLine | None, pitch: float) -> tuple[list[str], bool] | None:
    """The cells of an attachment table's header row starting at ``line`` (each word a column),
    and whether the row goes on in ``below``; None when it is no such header.

    A header cell too narrow for its word wraps it ("Volgnumm" / "er", "Volg-" / "nummer"):
    ``below``, in the header's style with no gap above it and each word under a column's word
    (starting at or right of it, before the next column), gives the rest of those cells, joined
    to them as the header vocabulary reads them (the split word mended, or a second word).
    """
    if line.words[0].text[:2].casefold() not in _vocab.TABLE_HEADER_STARTS:
        return None  # (the header's first cell starts "Volgnummer", "Nr." or "Nummer")
    cells = [w.text for w in line.words]
    if _vocab.TABLE_HEADER.match(" ".join(cells)) or _vocab.is_two_info_header(cells):
        return cells, False
    if (
        below is None
        or below.bold != line.bold
        or _gap(line, below, pitch)
        or below.top - line.bottom > line.bottom - line.top
    ):
        return None
    starts = [w.x0 for w in line.words]
    added: dict[int, list[str]] = {}
    for w in below.words:
        k = max((i for i, x in enumerate(starts) if w.x0 >= x - 3), default=-1)
        if k < 0 or (k + 1 < len(starts) and w.x1 > starts[k + 1]):
            return None
        added.setdefault(k, []).append(w.text)
    ways = []
    for k, more in added.items():
        rest, head = " ".join(more), cells[k]
        ways.append([(k, head[:-1] + rest if head.endswith("-") else head + rest), (k, f"{head} {rest}")])
        if head.endswith("-"):
            # (a compound's hyphen kept, "Woo-" / "grond", tried first: the vocabulary also
            # holds the word as extractors give it with the hyphen dropped, "Woogrond")
            ways[-1].insert(0, (k, head + rest))
    for choice in itertools.product(*ways):
        trial = list(cells)
        for k, joined in choice:
            trial[k] = joined
        if _vocab.TABLE_HEADER.match(" ".join(trial)):
            return trial, True
    return None


def _repeat_texts(colofon: Sequence[TextLine]) -> set[str]:
    """The texts a later page's colofon line repeats page 1's colofon with: each line, each label
    line joined with the value line under it ("Datum 4 maart 2024"), and the label and the value
    of a line that has both ("Datum" and "4 maart 2024")."""
    texts = {ln.text for ln in colofon}
    for a, b in itertools.pairwise(colofon):
        if _vocab.known_label(a.text) is not None:
            texts.add(f"{a.text} {b.text}")
    for ln in colofon:
        words = ln.text.split()
        for n in range(1, min(4, len(words))):
            if _vocab.known_label(" ".join(words[:n])) is not None:
                texts.update((" ".join(words[:n]), " ".join(words[n:])))
    return texts


#: The colofon's values that identify the nota; a later page that gives others is noted.
_IDENTIFYING: Final = (_vocab.Concept.REFERENCE, _vocab.Concept.DATE)


#: The last mark set apart by spaces in a line ("·", "•", "|", a dash): what follows it is a part
#: of its own.
_LAST_MARK_APART: Final = re.compile(
    r"\s[\u00b7\u2022|\u2013\u2014-]\s(?!.*\s[\u00b7\u2022|\u2013\u2014-]\s)"
)


def _identifying_values(colofon: Sequence[TextLine]) -> dict[_vocab.Concept, tuple[str, str]]:
    """The reference and date a colofon gives, by concept: (the label, the value), read from a
    known label alone on its line and the line under it, or from a line that starts with the
    label; the first of each concept. A value has a digit (references and dates do) and is no
    label or page line (a value left out, blacked out or lost by OCR gives none)."""
    found: dict[_vocab.Concept, tuple[str, str]] = {}
    for k, ln in enumerate(colofon):
        words = ln.text.split()
        for n in range(min(3, len(words)), 0, -1):
            label = " ".join(words[:n])
            if _vocab.known_label(label) is None:
                continue
            concept = _vocab.label_concept(label)
            value = " ".join(words[n:]) or (colofon[k + 1].text if k + 1 < len(colofon) else "")
            if (apart := _LAST_MARK_APART.search(value)) and _vocab.PAGE_LINE.match(value[apart.end() :]):
                # a running line's page line after the value, set apart by a mark ("DGKE-KE /
                # 24128817 · Pagina 2 van 4", in an OCR layer the dot read as a dash): no value's
                value = value[: apart.start()]
            if (
                concept in _IDENTIFYING
                and concept not in found
                and any(map(str.isdigit, value))
                and not _is_label(value)
                and not _page_mark(value)
            ):
                found[concept] = (label, value)
            break
    return found


def _differs(
    first: dict[_vocab.Concept, tuple[str, str]], other: dict[_vocab.Concept, tuple[str, str]]
) -> str:
    """How two colofons' identifying values (:func:`_identifying_values`) name another
    document: a date or reference both give, with another value ("Datum '14 oktober 2024' where
    page 1's gives '11 oktober 2024'"); "" when they do not. Two dates that read as the same
    day are the same ("22-02-2024" in a running header, "22 februari 2024" in the colofon)."""
    for concept, (label, value) in other.items():
        if concept in first and not _same_value(concept, value, first[concept][1]):
            return f"{label} {value!r} where page 1's gives {first[concept][0]} {first[concept][1]!r}"
    return ""


def _same_value(concept: _vocab.Concept, value: str, other: str) -> bool:
    """Whether two printed values of a reference or date say the same (any case or spacing; a
    date in any of its forms)."""
    if _vocab.key(value) == _vocab.key(other):
        return True
    if concept is not _vocab.Concept.DATE:
        return False
    try:
        return _fragments.parse_date(value) == _fragments.parse_date(other)
    except FormatError:
        return False


def _row_concept(text: str) -> _vocab.Concept | None:
    """The concept of a short header row's label ("Aan: DGWB", "Aan  DGWB", "Van"), or None:
    the label is the first word, with or without its colon, and the row is short."""
    word = text.split(" ", 1)[0]
    if len(text) > _lines.HEAD_ROW_LENGTH or not _is_label(word):
        return None
    return _vocab.label_concept(word.rstrip(":"))


def _column_page_line(text: str, page: int) -> bool:
    """Whether a line in a later page's colofon column gives the page ("Pagina 2 van 3",
    "Pagina 2", "Pagina 2/3", "2/3"; a bare number or "- 2 -" only when it is the page's)."""
    text = " ".join(text.split())
    if _vocab.PAGE_LINE.match(text):
        return True
    if not _vocab.PAGE_NUMBER.match(text):
        return False
    if "/" in text or text[:1].isalpha():
        return True
    digits = re.search(r"\d+", text)
    return digits is not None and int(digits[0]) == page


def _colofon_page_number(text: str) -> bool:
    """Whether a line of page 1's colofon is a page number other than "Pagina 1 van 3" (which the
    text parser reads as the page count): "1/3", "Pagina 1", "Pagina 1/3". A bare number is a
    value ("Bijlage(n)" / "1")."""
    text = " ".join(text.split())
    return (
        not _vocab.PAGE_LINE.match(text)
        and _vocab.PAGE_NUMBER.match(text) is not None
        and ("/" in text or text[:1].isalpha())
    )


def _running_page_line(line: TextLine, page: PageLayout) -> bool:
    """Whether a line in a page's top tenth ends in the page's own page line after some text
    ("Kenmerk X · Pagina 3 van 4" on page 3): a running header, not text."""
    if line.top > 0.1 * page.height:
        return False
    words = line.text.split()
    for k in range(max(1, len(words) - 5), len(words)):
        if (found := _vocab.PAGE_LINE.match(" ".join(words[k:]))) and found[1] == str(page.number):
            return True
    return False


def _page_number(body: list[TextLine], i: int, height: float) -> bool:
    """Whether body line ``i`` is a page number in the bottom margin ("3", "- 3 -", "3/4",
    "Pagina 3 van 4"), set apart from the line above or right under another page line or number
    in that margin (a publisher's bundle page number "117" stamped under the nota's own "Pagina
    1 van 2")."""
    line = body[i]
    text = " ".join(line.text.split())
    if line.top < 0.85 * height or not (_vocab.PAGE_LINE.match(text) or _vocab.PAGE_NUMBER.match(text)):
        return False
    if i == 0:
        return True
    above = body[i - 1]
    return line.top - above.bottom > line.bottom - line.top or (
        above.top >= 0.85 * height and _page_mark(above.text)
    )


_FULL_STOP: Final = re.compile(r"[.!?]['\u2019\u201d\")]*$")
#: A full stop ending a sentence (not a question) at the end of a line.
_STOP_END: Final = re.compile(r"[.!]['\u2019\u201d\")]*$")
#: A sentence ending inside a line, another sentence after it ("Let op. De Kamer ...").
_STOP_INSIDE: Final = re.compile(r"[.!?]['\u2019\u201d\")]*\s+[A-Z0-9\u00c0-\u00de]")
#: A one-line bold text with a final full stop is a sentence (emphasis) from this many words on;
#: shorter, it is a heading with a stop ("Toelichting.", "Motie-Van der Plas c.s.").
_SENTENCE_WORDS: Final = 7


def _emphasis(main: list[TextLine], i: int, prev: TextLine | None, *, gap: bool, right: float) -> bool:
    """Whether a bold body line is an emphasised sentence, not a heading.

    It continues a wrapped regular line above it that does not end a sentence, or it and the
    bold lines it wraps into end with a full stop ("Let op: de Eerste Kamer stemt op 16
    april.") and are more than a short line: two lines or more, a sentence ending inside, or at
    least seven words; or it ends with a colon right before a list item ("Voordelen:"
    introducing a bullet list). A question ("Wat is de aanleiding?") is no sentence here; known
    headings (also with a final full stop, "Toelichting.") and numbered headings are headings.
    """
    line = main[i]
    if not line.bold or _known_heading(line.text) or _vocab.NUMBERED_HEADING.match(line.text):
        return False
    if _known_heading(line.text.rstrip().removesuffix(".")):
        return False
    if (
        prev is not None
        and not gap
        and not prev.bold
        and not _FULL_STOP.search(prev.text)
        and _wrapped(prev, line, right)
    ):
        return True
    j = k = i  # the bold lines wrapped into each other around the line
    while (
        j > 0
        and main[j - 1].bold
        and not _FULL_STOP.search(main[j - 1].text)
        and _wrapped(main[j - 1], main[j], right)
    ):
        j -= 1
    while k + 1 < len(main) and main[k + 1].bold and _wrapped(main[k], main[k + 1], right):
        k += 1
    if main[k].text.endswith(":") and k + 1 < len(main) and _marker(main[k + 1]) is not None:
        return True
    if not _STOP_END.search(main[k].text):
        return False
    text = " ".join(ln.text for ln in main[j : k + 1])
    return k > j or len(text.split()) >= _SENTENCE_WORDS or _STOP_INSIDE.search(text) is not None


def _continues_bold_title(last: TextLine, line: TextLine, pitch: float) -> bool:
    """Whether a bold line is the next line of a title whose last line ends in bold words at the
    same x (and does not end a sentence), with no gap between: the title goes on."""
    if not line.bold or len(last.words) < 2 or _known_heading(line.text) or _gap(last, line, pitch):
        return False
    if _SENTENCE_END.search(last.text):
        return False
    for k, w in enumerate(last.words[1:], 1):
        if abs(w.x0 - line.x0) < 3:
            return all(v.bold for v in last.words[k:]) and not last.words[k - 1].bold
    return False


def _continues_large_title(
    title: Sequence[tuple[str, TextLine]],
    line: TextLine,
    under: Sequence[TextLine],
    pitch: float,
    body: float,
) -> bool:
    """Whether ``line`` goes on with an OCR layer's title (no bold there) whose first line is set
    larger than the ``body`` size (by 1.15 or more: the engine's boxes vary a point or so): at the
    title's left edge, no subtitle (a quarter smaller than the first line, as in
    :meth:`LayoutReader._ocr_title`), with no gap above it, after a line that ends no sentence,
    no heading itself, and with a known heading or a gap right under it (the title ends there),
    or, in a title of up to four lines, a line under it that goes on so (``under``: the lines
    below ``line``)."""
    last, first = title[-1][1], title[0][1]
    if not (
        first.size >= 1.15 * body
        and _ocr_box_size(line) * 1.25 > _ocr_box_size(first)
        and abs(line.x0 - first.x0) <= line.size
        and not _gap(last, line, pitch)
        and not _SENTENCE_END.search(last.text)
        and not _known_heading(line.text)
        and not _vocab.NUMBERED_HEADING.match(line.text)
        and under
    ):
        return False
    below = under[0]
    return (
        _known_heading(below.text)
        or _gap(line, below, pitch)
        or (
            len(title) < 3
            and _continues_large_title([*title, (line.text, line)], below, under[1:], pitch, body)
        )
    )


#: Letters that reach above a capital's height or below the baseline: an OCR engine's box of a
#: line without any of them ("2027", "EN DE UITVOERING") spans a capital's height only.
_TALL_LETTERS: Final = frozenset("bdfhkltgjpqy")


def _ocr_box_size(line: TextLine) -> float:
    """``line``'s size as an OCR layer gives it (its box's height), set as if its box held tall
    letters: a line without them ("2027", the last line of a title wrapped before its year) reads
    a fifth smaller than a line of the same type with them ("Bekostiging ... vanaf")."""
    if any(c in _TALL_LETTERS for c in line.text):
        return line.size
    return line.size / 0.8


def _repeated_amounts_header(main: Sequence[TextLine], before: Sequence[TextLine]) -> bool:
    """Whether a page's first body line is the header row of a table of amounts running on from
    the page before, printed again (word processors repeat a table's header row on each page):
    the line repeats one of the page before ("Zorgkantoorregio 2025 2026 Totaal") under which
    the lines down to that page's end are rows ending in a number, two at least and three in
    four (OCR misreads a number now and then: "5,6 A11"), and the line under it ends in a
    number too."""
    if len(main) < 2 or not _AMOUNT_END.search(main[1].text) or _AMOUNT_END.search(main[0].text):
        return False
    head = main[0].text
    k = next((j for j in range(len(before) - 1, -1, -1) if before[j].text == head), None)
    if k is None:
        return False
    rows = before[k + 1 :]
    amounts = sum(1 for ln in rows if _AMOUNT_END.search(ln.text))
    return amounts >= 2 and amounts >= 0.75 * len(rows)


#: A row of a table of amounts: its last word a number ("Groningen 5,2 5,4 10,6").
_AMOUNT_END: Final = re.compile(r"\s[-+\u20ac]?\d[\d.,]*%?$")


def _without_header_specks(main: list[TextLine]) -> list[TextLine]:
    """An OCR layer's main column without the specks of the scan that the engine read as one
    character other than a digit alone on its line ("a", "Ì", "'"), among page 1's first twelve
    lines after the first and before its first known heading: such a speck over the label rows
    (the edge of the colofon column beside them) kept the title under the rows from being read
    as the title. A digit alone there may be a number stamped on the page, and stays."""
    stop = next((i for i, ln in enumerate(main[:12]) if _known_heading(ln.text)), min(len(main), 12))
    kept = [ln for i, ln in enumerate(main[:stop]) if i == 0 or len(ln.text) != 1 or ln.text.isdigit()]
    return [*kept, *main[stop:]]


def _ocr_speck(line: TextLine, above: TextLine | None) -> bool:
    """Whether an OCR layer's line is a speck of the scan the engine read as a character alone
    on its line ("5", "f"), or as two small letters boxed a fifth smaller than the line above
    ("on": the box of a word without capitals or tall letters; the engine sizes each line by its
    box), which no header line or title is; a speck read as a stop or a comma after them is
    theirs ("on.")."""
    text = line.text
    letters = text.rstrip(".,:;") if len(text) == 3 else text
    return len(text) == 1 or (
        len(letters) == 2
        and letters.isalpha()
        and letters.islower()
        and above is not None
        and line.size <= 0.8 * above.size
    )


def _known_heading(text: str) -> bool:
    """A section heading of the vocabulary, numbered, marked or not ("Aanleiding", "2. Kern",
    "1) Aanleiding", "B. Beslispunten", "II. Toelichting"): templates number their sections in
    each of these ways, and the text parser reads each of them as a heading."""
    return _vocab.is_marked_known_heading(text)


def _header_line(line: TextLine, left: float) -> bool:
    """A purpose line, a document-kind line or a known label row: header lines, bold or not."""
    text = line.text
    if _vocab.PURPOSE_LINE.match(text) or _vocab.is_kind_line(text) or _purpose_boxes(text):
        return True
    if _is_label(text) and not _vocab.is_known_heading(text):
        return True
    runs = _split_row(line)
    if len(runs) >= 2 and abs(line.x0 - left) < 6 and _vocab.known_label(_text(runs[0])) is not None:
        return True
    n = _label_colon(line.words)
    if n and _vocab.known_label(_text(line.words[:n])) is not None:
        return True
    # (a head form's grid row, "Doel  [X] Ter besluitvorming  Datum  26 augustus 2026": a known
    # label among its pairs)
    return (
        abs(line.x0 - left) < 6
        and len(pairs := _grid_pairs(line.words)) >= 2
        and any(_vocab.known_label(_text(label)) is not None for label, _ in pairs)
    )


def _purpose_boxes(text: str) -> bool:
    """Whether a line is a head form's purpose row, the purposes each after its box, one ticked
    ("☒ Ter besluitvorming  ☐ Ter informatie"): a header line, as the purpose line is."""
    return text[:1] in _vocab.PURPOSE_BOX_FIRST and _vocab.ticked_purpose(text) is not None


def _wrapped_bold(above: str, text: str) -> bool:
    """Whether a bold colofon line goes on from the bold line above it (no gap between): neither
    is a purpose or page line, the line above ends in no colon, and the line is no known label
    (a label under a purpose line, "TER BESLISSING" / "Datum", starts a block of its own), nor
    opens with a unit's word after a name that is complete: the colofon sets each unit on lines of
    its own, so "Directoraat-Generaal Water en Bodem" / "Directie Water en Scheepvaart" are two
    (the line above ending in "en", "van", the name goes on: "Directoraat-generaal Klimaat en" /
    "Energie")."""
    return (
        not above.endswith(":")
        and text[:1].isalpha()
        and not _is_label(text)
        and not (
            text[:1] in _vocab.UNIT_LINE_INITIALS
            and _vocab.UNIT_NAME.match(text) is not None
            and above.rsplit(None, 1)[-1].casefold() not in _vocab.CONTINUATION_WORDS
        )
        and not _vocab.PURPOSE_LINE.match(above)
        and not _vocab.PURPOSE_LINE.match(text)
        and not _vocab.PAGE_LINE.match(text)
    )


def _bold_label_beside(ln: TextLine, template: bool = False) -> tuple[str, str] | None:
    """A colofon line of a known label in bold and its value in regular type after a gap wider
    than a word space (a tab stop): the label and the line written "Label: value"; None for any
    other line. The text parser
    cannot tell a label from the first words of a line by the words alone ("Inlichtingen J.
    Smit"), the type and the gap can. Where the colofon sets its labels so (``template``: two
    known labels in bold, each with its value beside it in regular type), a bold label outside
    the vocabulary in the same place is one too, also after a word space ("Dossiernummer
    IGJ-2024-4471"): a word or three that name no organisation, no digit among them."""
    words = ln.words
    for n in range(1, min(4, len(words))):
        if not words[n].bold:
            label = _text(words[:n]).removesuffix(":")  # (known labels have up to three words)
            gap = words[n].x0 - words[n - 1].x1
            if gap > 0.8 * words[n].size and _vocab.known_label(label) is not None:
                return label, f"{label}: {_text(words[n:])}"
            if template and _unknown_label_beside(label):
                return label, f"{label}: {_text(words[n:])}"
            return None
    return None


def _addressee_sentence(text: str, lines: int = 1) -> str:
    """The addressee of a head line that names it in a sentence, "Aan de minister van ..." ("de
    minister van ..."), written on ``lines`` lines; "" for any other line."""
    if (
        text[:1] not in _vocab.ADDRESSEE_SENTENCE_INITIALS
        or (m := _vocab.ADDRESSEE_LINE.match(text)) is None
        or not m[1]
    ):
        return ""
    value = text[len(m[1]) :].strip()
    # (a paragraph's first line, "Aan de minister is gevraagd ...", ends no name)
    return value if len(value.split()) <= 12 * lines and not _SENTENCE_END.search(value) else ""


#: The most lines an addressee named in a sentence wraps over ("Aan de Minister van Landbouw,
#: Visserij, Voedselzekerheid en Natuur en de" / "Staatssecretaris van ...").
_ADDRESSEE_LINES: Final = 2


def _addressee_rows(
    lines: Sequence[TextLine], i: int, pitch: float, left: float, right: float
) -> tuple[str, int]:
    """:func:`_addressee_sentence` of line ``i`` and the line it may wrap onto (at its left edge,
    in its size, no gap between, opening with a capital), where they stand on their own: the last
    lines, or a gap, a bold line or a header line (a label row, the purpose) under them; and the
    number of lines. The sentence wraps only where its line ran out of room before the main
    column's right edge ``right`` or ends in a word no name ends in ("... en de" /
    "Staatssecretaris van ..."): a line under one that ended short ("Aan de Minister van Klimaat
    en Groene Groei" / "Subsidie voor ...", the subject in regular type) is no more of it. A
    paragraph's first line ("Aan de minister van Financiën is op 3 maart gevraagd om een" /
    "...") is none: ("", 0)."""
    first = lines[i]
    if (
        first.text[:1] not in _vocab.ADDRESSEE_SENTENCE_INITIALS
        or _vocab.ADDRESSEE_LINE.match(first.text) is None
    ):
        return "", 0
    end = i + 1
    while end < len(lines):
        above, below = lines[end - 1], lines[end]
        if _gap(above, below, pitch) or below.bold or _header_line(below, left):
            break
        if (
            abs(below.x0 - first.x0) > 2
            or abs(below.size - first.size) > 0.5
            or below.text[:1].islower()  # (a sentence going on, "... gevraagd om een" / "advies")
        ):
            return "", 0
        open_end = above.words[-1].text.casefold() in _vocab.CONTINUATION_WORDS
        if not (open_end or _full_line(above, below, right)):
            break  # (the sentence ended on its line)
        if end - i == _ADDRESSEE_LINES:
            return "", 0
        end += 1
    value = _addressee_sentence(" ".join(ln.text for ln in lines[i:end]), end - i)
    return (value, end - i) if value else ("", 0)


def _unit_line(ln: TextLine) -> bool:
    """A colofon line that can be (part of) a unit's name: capitalised words, no digit, no
    address, no label, no colon, no redaction code."""
    text = ln.text
    return (
        text[:1].isupper()
        and not any(c.isdigit() or c in ":@" for c in text)
        and _vocab.known_label(text) is None
        and not _vocab.ADDRESS.search(text)  # (a post box or web address too)
    )


def _broken_short(prev: TextLine, ln: TextLine, right: float) -> bool:
    """Whether ``prev`` ends short of the column's right edge by more than ``ln``'s first word and
    a space, and not in a word that cannot end a name ("en", "van", a hyphen): ``ln`` was not
    wrapped from it."""
    last = prev.text.rsplit(" ", 1)[-1].casefold()
    if last in _vocab.CONTINUATION_WORDS or last.endswith("-") or prev.text.endswith(","):
        return False
    first = ln.words[0]
    return prev.x1 + 0.5 * first.size + (first.x1 - first.x0) < right - 1


def _known_label_beside(ln: TextLine) -> bool:
    """Whether a colofon line opens with a known label in bold, its value beside it in regular
    type ("Kenmerk 2024-1187334", "Datum: 14 oktober 2024")."""
    words = ln.words
    if not words[0].bold or ln.bold:
        return False
    n = next(n for n, w in enumerate(words) if not w.bold)
    return n <= 3 and _vocab.known_label(_text(words[:n]).removesuffix(":")) is not None


def _unknown_label_beside(label: str) -> bool:
    """A bold run before a value that reads as a label: capitalised words without digits that
    name no organisation (:func:`_bold_label_beside`)."""
    return (
        len(label) >= 3  # (not a contact's one-letter mark, "E" before an e-mail address)
        and label[:1].isupper()
        and _vocab.known_label(label) is None
        and not any(c.isdigit() for c in label)
        and all(c.isalpha() or c in " -()/." for c in label)
        and not _vocab.names_organisation(label)
    )


def _addressed(lines: Sequence[TextLine]) -> bool:
    """Whether any of the lines is an address's (a street with its number, a postcode, a post box)."""
    return any(_vocab.ADDRESS.search(ln.text) or _vocab.STREET_WITH_NUMBER.match(ln.text) for ln in lines)


def _unknown_colofon_label(
    ln: TextLine, nxt: TextLine | None, pitch: float, *, addressed: bool = False
) -> bool:
    """A bold colofon line outside the vocabulary that reads as a label: at most three words, no
    letterhead, address, page or purpose line, and a regular line (its value, ``nxt``) right under
    it, no gap between, that names no organisation (a wordmark over the ministry's name,
    "Rijksoverheid" / "Ministerie van ...", is letterhead; a unit's name set apart from the address
    below it by a blank line, "Logius" / "Wilhelmina van Pruisenweg 52", is letterhead too: a
    label's value stands right under it; and so is one right over a street with its house number,
    "Defensie Vastgoedbedrijf" / "Kalvermarkt 32": a unit heading its address, while no address
    stood above it in the colofon, ``addressed``; under the unit's address a bold line over a
    street is a label with the street for its value, "Vergaderlocatie" / "Kalvermarkt 32")."""
    text = ln.text
    return (
        ln.bold
        and nxt is not None
        and not _gap(ln, nxt, pitch)
        and not (nxt.bold and any(c.isalnum() for c in nxt.text))  # (dots to fill in: a value)
        and not _vocab.names_organisation(nxt.text)
        and (addressed or not _vocab.STREET_WITH_NUMBER.match(nxt.text))
        and len(text.split()) <= 3
        and not text.endswith(":")
        and text[:1].isupper()
        and not any(c.isdigit() for c in text)
        and not _vocab.names_organisation(text)
        and not _vocab.ADDRESS.search(text)
        and not _vocab.PAGE_LINE.match(text)
        and not _vocab.PURPOSE_LINE.match(text)
    )


def _side_split(line: TextLine, side_x: float) -> int:
    """How many first words of a line stand in a column of side headings left of ``side_x``
    (where the text beside them starts): bold words (a heading's number mark may be regular), at
    most six, ending an em short of ``side_x`` (:func:`_left_of_column`); 0 when the line has
    none so."""
    k = _left_of_column(line, side_x)
    if not k:
        return 0
    words = line.words
    first = 1 if not words[0].bold and k > 1 and _vocab.HEADING_MARK.match(words[0].text) else 0
    if not all(w.bold for w in words[first:k]):
        return 0
    return k


def _side_text_x(main: Sequence[TextLine]) -> float | None:
    """Where a page's text starts right of a column of side headings: the x at which, on two
    lines at least, regular text starting with a capital follows a short bold run at the line's
    start across a gap of one and a half ems, where two other lines start too (the text's
    further lines); None when the page has no such column, or its paragraphs start at the left
    edge (:func:`_prose_across`)."""
    found: Counter[int] = Counter()
    for ln in main:
        words = ln.words
        if len(words) < 2 or not (words[0].bold or words[1].bold):
            continue  # (the cheap test first: most lines open in regular type)
        n = 0
        while (
            n < len(words)
            and n < 7
            and (words[n].bold or (n == 0 and _vocab.HEADING_MARK.match(words[0].text)))
        ):
            n += 1
        if not 0 < n <= 6 or n == len(words):
            continue
        nxt = words[n]
        if nxt.x0 - words[n - 1].x1 >= 1.5 * nxt.size and nxt.text[:1].isupper():
            found[round(nxt.x0)] += 1
    if not found:
        return None
    x, count = found.most_common(1)[0]
    if count < 2:
        return None
    starts = sum(1 for ln in main if abs(ln.x0 - x) <= 1)
    return float(x) if starts >= 2 and not _prose_across(main, x) else None


def _prose_across(main: Sequence[TextLine], x: float) -> bool:
    """Whether two lines at least of a page's regular text, in the size of the text at ``x``,
    start left of ``x`` and run on past it at a word space: paragraphs set at the page's left
    edge, so bold runs beside text at ``x`` are terms before their descriptions at a tab stop
    ("**Gemeenten**  Voeren de ..."), no column of side headings (a letterhead's unit lines in a
    smaller size run across it too)."""
    sizes = Counter(round(ln.words[0].size, 1) for ln in main if abs(ln.x0 - x) <= 1)
    if not sizes:
        return False
    size = sizes.most_common(1)[0][0]
    across = 0
    for ln in main:
        words = ln.words
        if words[0].bold or words[0].x0 >= x - 3 or words[-1].x1 <= x or words[0].size < size - 0.5:
            continue  # (the cheap tests first)
        if _gap_runs(words, 1.5)[0][-1].x1 > x:  # (not a label's value at a tab stop: "Aan  ...")
            across += 1
            if across >= 2:
                return True
    return False


def _left_of_column(line: TextLine, side_x: float) -> int:
    """How many first words of a line stand left of ``side_x``, at most six, ending an em short
    of it, whatever their type (an OCR layer gives no bold); 0 when the line has none so."""
    words = line.words
    k = 0
    while k < len(words) and words[k].x0 < side_x - 3:
        k += 1
    if not 0 < k <= 6 or words[k - 1].x1 > side_x - words[k - 1].size:
        return 0
    return k


def _ocr_side_text_x(main: Sequence[TextLine]) -> float | None:
    """In an OCR layer, which gives no bold: where a page's text starts right of a column of side
    headings, the x at which, on two lines at least, text follows across a gap of one and a half
    ems a first run that is a known section heading ("Aanleiding", "2. Kern"; wrapped: "Geadviseerd"
    with the next line's "besluit" at its x, in lower case), where two other lines start too
    (the text's further lines); None when the page has no such column."""
    starts: list[float] = []
    labels: list[float] = []  # (where the values of label rows under the first heading start)
    for i, ln in enumerate(main):
        words = ln.words
        if len(words) < 2 or (len(words[0].text) < 3 and not _vocab.HEADING_MARK.match(words[0].text)):
            continue
        runs = _gap_runs(words, 1.5)
        if len(runs) < 2 or len(runs[0]) > 6:
            continue
        head = _text(runs[0])
        if (
            starts
            and _is_label(head)
            and not _known_heading(head)
            # (no wrapped heading's second line read as a label: "4. Politieke" / "Contact")
            and _ocr_known_heading(join_lines([_text(_gap_runs(main[i - 1].words, 1.5)[0]), head])) is None
        ):
            labels.append(runs[1][0].x0)
            continue
        if not _known_heading(head):
            nxt = main[i + 1] if i + 1 < len(main) else None
            if nxt is None or not nxt.words[0].text[:1].islower() or abs(nxt.x0 - runs[0][-1].x0) > 4:
                continue
            if not _known_heading(head + " " + _text(_gap_runs(nxt.words, 1.5)[0])):
                continue
        starts.append(runs[1][0].x0)
    if len(starts) < 2:
        return None
    x = max(starts, key=lambda s: sum(1 for t in starts if abs(t - s) <= 3))
    near = [t for t in starts if abs(t - x) <= 3]
    if len(near) < 2:
        return None
    x = min(near)
    if any(abs(t - x) <= 3 for t in labels):
        # a head form's label rows at the same tab stop among them ("Gevraagd besluit  Kunt u
        # ..." / "Deadline  1 juli 2026"): a grid of labels, known headings used as labels
        return None
    others = sum(1 for ln in main if abs(ln.x0 - x) <= 3)
    return x if others >= 2 else None


def _ocr_margin_heading(
    main: list[TextLine], i: int, side_x: float, pitch: float, *, lone: bool = False
) -> tuple[list[TextLine], list[TextLine | None]] | None:
    """:func:`_margin_heading` in an OCR layer, which gives no bold: the words left of the text
    at ``side_x`` (with the following lines' words there that go on in lower case at its x, at
    the line gap: "Geadviseerd" / "besluit") are a known section heading. In the body (``lone``)
    so is a known heading alone on its line in that column, nothing beside it (its text starts
    on the next page: "Communicatie" at page 1's foot): the page's other headings are marked, so
    the text parser, which finds an unmarked heading by its words only where none is marked,
    read it into the paragraph under it."""
    ln = main[i]
    words = ln.words
    if lone and ln.x1 < side_x - ln.size and len(words) <= 4 and _left_of_column(ln, side_x) == len(words):
        return ([ln], [None]) if _ocr_known_heading(ln.text) is not None else None
    if len(words) < 2 or ln.x0 > side_x - 2 * ln.size:
        return None
    k = _left_of_column(ln, side_x)
    if not k or k == len(words) or words[k].x0 > side_x + 3 * words[k].size:
        return None
    head = [ln.part(words[:k])]
    rests: list[TextLine | None] = [ln.part(words[k:])]
    left = words[k - 1].x0 if k > 1 else words[0].x0  # (a numbered heading wraps under its words)
    j = i + 1
    while j < len(main) and len(head) < 4 and not _known_heading(join_lines([h.text for h in head])):
        nxt = main[j]
        first = nxt.words[0]
        if (
            not (
                first.text[:1].islower()
                # (a wrapped line's first letter read as a capital: "4. Politieke" / "Contact")
                or _ocr_known_heading(join_lines([*(h.text for h in head), first.text])) is not None
            )
            or not (abs(first.x0 - left) <= 4 or abs(first.x0 - words[0].x0) <= 4)
            or _gap(head[-1], nxt, pitch)
            or not (m := _left_of_column(nxt, side_x) or (len(nxt.words) if nxt.x1 < side_x - 3 else 0))
        ):
            break
        head.append(nxt.part(nxt.words[:m]))
        more = nxt.words[m:]
        rests.append(nxt.part(more) if more else None)
        j += 1
    if _ocr_known_heading(join_lines([h.text for h in head])) is None:
        return None
    return head, rests


def _heading_shape(out: _Out, k: int) -> tuple[int, float, float, float] | None:
    """Where the ``k``-th written line stands as a heading (its page, left edge, height and gap
    over the next line), when the two lines under it are of its page and block and the gap
    under it is wider than the one between them; None otherwise."""
    lines, boxes = out.lines, out.boxes
    if k + 2 > len(lines) or not lines[k] or not lines[k + 1]:
        return None
    here, below, after = boxes.get(k), boxes.get(k + 1), boxes.get(k + 2)
    if here is None or below is None or after is None or not here[0] == below[0] == after[0]:
        return None
    (x0, top, _, bottom), (_, below_top, _, below_bottom) = here[1], below[1]
    gap = below_top - bottom
    return (here[0], x0, bottom - top, gap) if gap > after[1][1] - below_bottom + 1.5 else None


def _ocr_known_heading(text: str) -> str | None:
    """The known section heading that a heading line of an OCR layer is, with its number ("4.
    Politieke Contact" is "Politieke context"), or None: as printed, or within a few letter
    errors of one of as many words (:func:`_vocab.ocr_heading`)."""
    words = _vocab.heading_number(text)[1]
    if _known_heading(text):
        return words
    read = _vocab.ocr_heading(words)
    return read[0] if read is not None and len(read[0].split()) == len(words.split()) else None


def _margin_heading(
    main: list[TextLine], i: int, side_x: float, pitch: float
) -> tuple[list[TextLine], list[TextLine | None]] | None:
    """A heading in a column left of the text at ``side_x``, at line ``i``: its lines (the first
    beside text, then lines wrapped in the column that go on in lower case at the usual line gap)
    and, for each, the line's words right of the column (None where it has none); None where the
    line holds no such heading (a label row, a run with final punctuation, no text beside it)."""
    ln = main[i]
    words = ln.words
    if len(words) < 2 or ln.x0 > side_x - 2 * ln.size or not (words[0].bold or words[1].bold):
        return None
    k = _side_split(ln, side_x)
    if not k or k == len(words):
        return None
    rest = words[k:]
    text = _text(words[:k])
    if (
        rest[0].x0 > side_x + 3 * rest[0].size
        or not any(c.isalpha() for c in text)
        or text[-1] in ".,:;"
        or not (text[:1].isupper() or _vocab.HEADING_MARK.match(words[0].text))
        or (not rest[0].bold and (_vocab.known_label(text) is not None or _is_label(text)))
    ):
        return None
    head = [ln.part(words[:k])]
    rests: list[TextLine | None] = [ln.part(rest)]
    left = words[k - 1].x0 if k > 1 else words[0].x0  # (a numbered heading wraps under its words)
    j = i + 1
    while j < len(main) and len(head) < 4:
        nxt = main[j]
        first = nxt.words[0]
        if (
            not first.bold
            or not first.text[:1].islower()
            or not (abs(first.x0 - left) <= 2 or abs(first.x0 - words[0].x0) <= 2)
            or _gap(head[-1], nxt, pitch)
            or not (m := _side_split(nxt, side_x))
        ):
            break
        head.append(nxt.part(nxt.words[:m]))
        more = nxt.words[m:]
        rests.append(nxt.part(more) if more else None)
        j += 1
    return head, rests


def _cell_text_x(
    main: Sequence[TextLine], i: int, text_x: float, pitch: float, *, left: float | None
) -> float | None:
    """Where the text of a table of one row and two columns starts, line ``i`` its first line: a
    bold run of at most six words at the line's start (the left cell: "Advies", "Besluit"), a
    gap of one and a half ems, regular text in from the page's text edge ``text_x`` (the right
    cell), and the next line, at the usual line gap, starting where that text does (the cell's
    prose wrapped, nothing left of it); None where line ``i`` is no such row. A page's column of
    side headings (:func:`_side_text_x`) needs two of them; a single box has one. A row right
    above or under the cell's lines, with no gap between, that has text at that x too makes a
    list of bold terms and their descriptions at a tab stop ("Gemeenten  Voeren de ..." /
    "Provincies  Houden ..."): no table of one row. The left cell may be set in the regular
    font as well (:func:`_plain_cell_words`) where the cell's prose runs over three lines or
    more; its edge is then the page's leftmost line start ``left`` where that is left of
    ``text_x`` (a page whose boxes hold most of its lines starts most lines in their cells).
    ``left`` None: no such cell (an OCR layer has no bold, so its regular words tell nothing)."""
    ln = main[i]
    words = ln.words
    if len(words) < 2 or i + 1 >= len(main):
        return None  # (the cheap tests first)
    plain = not words[0].bold
    if plain:
        if left is None:
            return None
        text_x = min(text_x, left)
        n = _plain_cell_words(ln, text_x)
    else:
        n = 1
        while n < len(words) and words[n].bold:
            n += 1
    if not n or n > 6 or n == len(words):
        return None
    first = words[n]
    below = main[i + 1]
    if (
        first.x0 - words[n - 1].x1 < 1.5 * first.size
        or first.x0 < text_x + 2 * first.size
        or abs(below.x0 - first.x0) > 2
        or below.bold
        or _gap(ln, below, pitch)
    ):
        return None
    x = first.x0
    j = i + 1
    while j < len(main) and abs(main[j].x0 - x) <= 2 and not _gap(main[j - 1], main[j], pitch):
        j += 1
    if plain and j - i < _PLAIN_CELL_LINES:
        return None
    above = main[i - 1] if i else None
    if (
        above is not None
        and not _gap(above, ln, pitch)
        and (_text_starts_at(above, x) or abs(above.x0 - x) <= 2)
    ):
        return None  # (a row of a list of terms above)
    if j < len(main) and not _gap(main[j - 1], main[j], pitch) and _text_starts_at(main[j], x):
        return None  # (a row of a list of terms under the cell's lines)
    return x


#: The fewest lines of prose in the right cell of a table of one row whose left cell is set in
#: the regular font (:func:`_cell_text_x`): a label row's value wraps over one or two.
_PLAIN_CELL_LINES: Final = 3


def _plain_cell_words(line: TextLine, text_x: float) -> int:
    """How many first words of a line in the regular font are the left cell of a table of one
    row (:func:`_cell_text_x`): one to three words at the text's left edge ``text_x`` (or a
    cell's padding, an em at most, in from it), then a gap of one and a half ems; a capital
    first, letters, no final punctuation, no label ("Aan  ...": a head's row whose value
    wraps); 0 when the line has none so."""
    words = line.words
    if any(w.bold for w in words) or not -2 <= words[0].x0 - text_x <= words[0].size:
        return 0  # (at the edge, or a cell's padding in from it)
    n = next(
        (k for k in range(1, min(len(words), 4)) if words[k].x0 - words[k - 1].x1 >= 1.5 * words[k].size),
        0,
    )
    text = _text(words[:n])
    if (
        not n
        or not text[:1].isupper()
        or text[-1] in ".,:;"
        or not any(c.isalpha() for c in text)
        or _is_label(text)
    ):
        return 0
    return n


def _plain_cell(line: TextLine, cell_x: float) -> tuple[list[TextLine], list[TextLine | None]] | None:
    """The left cell of a table of one row set in the regular font, line ``line`` its first
    line (:func:`_cell_text_x`): the cell's words and the words right of it from ``cell_x``, as
    :func:`_margin_heading` gives a bold one's; None where the line is bold (read so there)."""
    words = line.words
    k = next((k for k, w in enumerate(words) if abs(w.x0 - cell_x) < 2), 0)
    if not k or words[0].bold:
        return None
    return [line.part(words[:k])], [line.part(words[k:])]


def _side_heading(line: TextLine, words: int, text_x: float) -> int:
    """How many first words of a line are a side heading: a bold run of at most six words
    without final punctuation at the line's start, a gap of one and a half ems, then regular
    text of at least ``words`` words with letters starting at ``text_x``, where most lines
    start (a paragraph's first line); 0 when there is none."""
    all_words = line.words
    n = 0
    while n < len(all_words) and all_words[n].bold:
        n += 1
    if not 0 < n <= 6 or len(all_words) - n < words:
        return 0
    head, rest = _text(all_words[:n]), all_words[n:]
    if (
        rest[0].x0 - all_words[n - 1].x1 < 1.5 * rest[0].size
        or abs(rest[0].x0 - text_x) > 3
        or re.search(r"[.,:;]$", head)
        or not any(c.isalpha() for c in head)
        or not any(c.isalpha() for c in _text(rest))
    ):
        return 0
    return n


def _plain_heading(main: list[TextLine], i: int, text_x: float, right: float, pitch: float) -> bool:
    """A heading in the regular font (underlined, its rule a drawn line the reader does not
    see): a short line (at most six words, half the measure, one run, a capital first, no
    final punctuation, no label, no known heading) at the text's left edge, set apart above,
    with a paragraph right under it at the usual line gap that starts with a capital where the
    line does and runs on over more lines; the line leaves room for that paragraph's first
    word, so it is no wrapped line of it. (Not used where a known heading is a regular line.)"""
    line = main[i]
    if i + 2 >= len(main) or line.bold or line.italic or len(line.words) > 6:
        return False
    nxt, after = main[i + 1], main[i + 2]
    text = line.text
    if (
        not text[:1].isupper()
        or _known_heading(text)
        or not any(c.isalpha() for c in text)
        or text[-1] in ".,:;!?)-–"
        or abs(line.x0 - text_x) > 3
        or line.x1 - line.x0 > 0.5 * (right - text_x)
        or len(_runs(line, 1.5)) != 1
        or _marker(line) is not None
        or _is_label(text)
        or _vocab.known_label(text) is not None
    ):
        return False
    return (
        not nxt.bold
        and not nxt.italic
        and abs(nxt.x0 - line.x0) <= 3
        and nxt.text[:1].isupper()
        and _marker(nxt) is None
        and not _gap(line, nxt, pitch)
        and not _full_line(line, nxt, right)
        and not after.bold
        and not _gap(nxt, after, pitch)
        and _wrapped(nxt, after, right)
    )


def _capitals_line(line: TextLine) -> bool:
    """A short line of capitals alone on its row, upright, regular or bold (small caps: capitals
    at two sizes; the reader sizes a word by its largest), that is no purpose line ("TER
    BESLUITVORMING"), kind line, label, signature ("DE DIRECTEUR VISSERIJ" over the name) nor
    a lead-in with words after its colon ("NB: DEZE PASSAGE IS ...", a paragraph's marking)."""
    text = line.text
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 2
        and len(line.words) <= 8
        and all(c.isupper() for c in letters)
        and not line.italic
        and text[-1] not in ".,;!?"
        and len(_runs(line, 1.5)) == 1
        and _marker(line) is None
        and ":" not in text.rstrip(":")
        and not _vocab.PURPOSE_LINE.match(text)
        and not _vocab.SIGNATURE.match(text)
        and not _vocab.is_kind_line(text)
        and not _is_label(text)
        and _vocab.known_label(text.rstrip(":")) is None
    )


def _capitals_heading_shape(line: TextLine) -> tuple[float, bool] | None:
    """The shape (size, weight) of a known heading set as a line of capitals ("AANLEIDING" in
    small caps), which unknown headings in capitals in the same document share; None for any
    other line (the cheap test first: a line with a small letter is none)."""
    if any(c.islower() for c in line.text) or not _capitals_line(line) or not _known_heading(line.text):
        return None
    return line.size, line.bold


def _capitals_heading(
    main: list[TextLine], i: int, shapes: Collection[tuple[float, bool]], pitch: float
) -> int:
    """How many lines, from line i, make a heading set in capitals in the text's own weight
    ("BESLISPUNTEN", "AANLEIDING" in small caps); 0 for none. A line of capitals
    (:func:`_capitals_line`), set apart above (the caller asks), over a line with small letters
    (prose, a table's header row: no block of capitals), whose words are a known heading; or
    other words where a known heading in capitals in the document (``shapes``: its pages' known
    capitals headings, :func:`_capitals_heading_shape`; the shape of a heading repeats across
    pages) has its shape (size and weight), and no acronym alone ("NVWA": one word of five
    letters or fewer). Such a heading may wrap onto a second line of capitals of its weight and
    size (or its small capitals' size) at the usual line gap ("INZET VAN NEDERLAND IN DE
    LANDBOUW- EN VISSERIJRAAD" / "VAN OKTOBER 2025"), no initials (a signature's name: "E.E.W.
    BRUINS") and no address ("POSTBUS 20401", "2500 EK DEN HAAG", a street and its number) on
    it: then 2."""
    line = main[i]
    if i + 1 >= len(main) or not _capitals_line(line):
        return 0
    n = 1
    nxt = main[i + 1]
    if not any(c.islower() for c in nxt.text):
        if not (
            i + 2 < len(main)
            and any(c.islower() for c in main[i + 2].text)
            and _capitals_line(nxt)
            and not _gap(line, nxt, pitch)
            # (in small caps, a line of small letters only is set at the small capitals' size,
            # some 0.7 to 0.8 of the capitals': "van oktober 2025")
            and 0.7 * line.size < nxt.size < line.size + 0.25
            and nxt.bold == line.bold
            and "." not in nxt.text
            and _vocab.ADDRESS.search(nxt.text) is None
            and _vocab.STREET_WITH_NUMBER.match(nxt.text.lower()) is None
        ):
            return 0
        n = 2
    if _known_heading(line.text if n == 1 else join_lines([line.text, nxt.text])):
        return n
    if n == 1 and len(line.words) == 1 and sum(c.isalpha() for c in line.text) <= 5:
        return 0
    same = any(abs(size - line.size) < 0.25 and bold == line.bold for size, bold in shapes) or any(
        k != i
        and (shape := _capitals_heading_shape(other)) is not None
        and abs(shape[0] - line.size) < 0.25
        and shape[1] == line.bold
        for k, other in enumerate(main)
    )
    return n if same else 0


def _run_in_heading(line: TextLine, text_x: float, *, ocr: bool = False) -> int:
    """How many first words of a line are a run-in heading: a bold known heading ending in a
    full stop or a colon ("Aanleiding.", "Toelichting:") at the start of a paragraph's first
    line (at ``text_x``), then regular text starting with a capital; 0 when there is none. An
    ``ocr`` layer gives no bold: on a line set apart above (a paragraph's first), the first words
    up to the first that ends in a stop or a colon, a known heading, with a sentence of at least
    four words after them (as the text parser reads a run-in heading: not a value, "Besluit:
    Akkoord")."""
    words = line.words
    if len(words) < 2 or abs(words[0].x0 - text_x) > 3:
        return 0
    n = 0
    if ocr and not words[0].bold:
        end = next((k for k, w in enumerate(words[:6]) if w.text[-1:] in ".:"), None)
        if end is None or len(words) - end - 1 < _RUN_IN_WORDS or not words[end + 1].text[1:2].islower():
            return 0
        n = end + 1
    elif not words[0].bold:
        return 0
    while n < len(words) and n < 7 and words[n].bold:
        n += 1
    if not 0 < n <= 6 or n == len(words) or not words[n].text[:1].isupper():
        return 0
    head = _text(words[:n])
    if head[-1:] not in (".", ":") or not _known_heading(head[:-1]):
        return 0
    return n


#: The fewest words of the sentence after a run-in heading in an OCR layer.
_RUN_IN_WORDS: Final = 4


def _decision_block_end(main: list[TextLine], i: int, left: float) -> int:
    """Where a minister's decision block starting at ``main[i]`` ends, when known label rows
    follow it: a bold decision heading ("Besluit minister", ``_vocab.MINISTER_DECISION_HEADINGS``)
    and one to six regular lines (its options); 0 when there is none."""
    if not main[i].bold or _vocab.key(main[i].text) not in _vocab.MINISTER_DECISION_HEADINGS:
        return 0
    j = i + 1
    while j < len(main) and j - i <= 6 and not main[j].bold and not _header_line(main[j], left):
        j += 1
    if j == i + 1 or j >= len(main) or not _header_line(main[j], left):
        return 0
    return j


def _emphasised(ln: TextLine, large: float | None) -> bool:
    """Whether ``ln`` is set in bold, or (``large`` given: an OCR layer, which gives no bold) at
    that size or larger."""
    return ln.bold or (large is not None and ln.size >= large)


def _title_above_labels(block: list[tuple[str, TextLine]], large: float | None = None) -> bool:
    """A bold block of at most four lines above the label rows that reads as a title: no
    letterhead (a ministry, a directorate), no kind or purpose line, no sentence end. In an OCR
    layer, which gives no bold, lines set at ``large`` or larger (a fifth above the body's size:
    the title's box is the engine's, "Stand van het lerarentekort ..." at 12 points over rows at
    9) are as bold."""
    return (
        0 < len(block) <= 4
        and all(_emphasised(ln, large) for _, ln in block)
        and not _SENTENCE_END.search(block[-1][0])
        and not any(
            # (a line in lower case goes on with the line above: "... in het voortgezet" /
            # "onderwijs" is a wrapped title, not a unit's name)
            (_vocab.names_organisation(text) and (k == 0 or not text[:1].islower()))
            or _vocab.is_kind_line(text)
            or _vocab.PURPOSE_LINE.match(text)
            for k, (text, _) in enumerate(block)
        )
    )


def _title_over_head(
    main: list[TextLine],
    i: int,
    left: float,
    pitch: float,
    spaced: dict[int, int],
    *,
    large: float | None = None,
) -> bool:
    """Whether line ``i`` is (a line of) a bold title set over the head's Aan row: bold, no known
    or numbered heading, in a block of at most four bold lines set close that ends no sentence,
    and right under the block the addressee's label row ("Aan  Minister van Financiën", also
    with a plain space or a colon). Then it is the title above the label rows, not the first
    section's heading, and the rows under it are the head's. In an OCR layer lines set at
    ``large`` or larger are as bold (:func:`_title_above_labels`)."""
    j = i
    while (
        j < len(main)
        and _emphasised(main[j], large)
        and j - i < 4
        and (j == i or not _gap(main[j - 1], main[j], pitch))
    ):
        if _known_heading(main[j].text) or _vocab.NUMBERED_HEADING.match(main[j].text):
            return False
        j += 1
    if j == i or j >= len(main) or _emphasised(main[j], large) or _SENTENCE_END.search(main[j - 1].text):
        return False
    row = main[j]
    if j in spaced:
        first = _text(row.words[: spaced[j]])
    elif (n := _label_colon(row.words)) and _header_line(row, left):
        first = _text(row.words[:n]).rstrip(":")
    elif len(runs := _split_row(row)) >= 2 and _header_line(row, left):
        first = _text(runs[0])
    else:
        return False
    return _vocab.label_concept(first) is _vocab.Concept.ADDRESSEE


def _kind_heading_over_labels(main: list[TextLine], i: int, left: float) -> bool:
    """Whether line ``i`` is a heading word that also names a kind of document ("Advies") right
    over the head's first label row ("Aan: ..."), with no label row above it: the kind line, not
    the first section's heading (which may follow under the title with the same word)."""
    if _vocab.key(main[i].text) not in _vocab.KIND_HEADINGS or i + 1 >= len(main):
        return False
    below = main[i + 1]
    return (
        _header_line(below, left)
        and not _vocab.PURPOSE_LINE.match(below.text)
        and not _vocab.is_kind_line(below.text)
        and not any(_header_line(m, left) for m in main[:i])
    )


def _kind_word_heading(main: list[TextLine], i: int, left: float) -> bool:
    """Whether a bold kind word alone on its line ("Memo", "Notitie") heads the first section:
    it stands below a block of plain lines (the title; a kind line comes above the title, not
    under it), and plain text follows it, not another header line. Read as the kind, it took the
    title above it for letterhead. Below the label rows the plain lines above are the title; in
    a nota without label rows in its main column they may be a ministry's name over the kind
    line, so there the text under the kind word must be prose, ending a sentence (a title ends
    none)."""
    ln = main[i]
    if not (ln.bold and _vocab.is_kind_line(ln.text)) or i == 0 or i + 1 >= len(main):
        return False
    above, below = main[i - 1], main[i + 1]
    return (
        not above.bold
        and not _header_line(above, left)
        and not below.bold
        and not _header_line(below, left)
        and (
            any(_header_line(m, left) and not _vocab.is_kind_line(m.text) for m in main[: i - 1])
            or _FULL_STOP.search(below.text) is not None
        )
    )


def _labels_below(main: list[TextLine], i: int, left: float) -> bool:
    """Whether known label rows follow line ``i`` within a few lines, with only purpose or kind
    lines between (a kind line for its reader or forum too: "Nota voor de minister"), or more of
    the letterhead (a bold line naming an organisation: "Ministerie van ..." / "Directie Primair
    Onderwijs" / "Nota" / "TER ..." / "Aan: ..."), or a return address over the head
    ("Retouradres Postbus 20901 2500 EX Den Haag"); then a bold line is letterhead above the
    label rows, not a heading. A unit's or agency's name in regular type right under the bold
    name is more of the letterhead too ("Ministerie van ..." / "Directoraat-Generaal Water en
    Bodem", "Rijksvoorlichtingsdienst": :func:`_unit_under`)."""
    above = main[i]
    for k, ln in enumerate(main[i + 1 : i + 10], i + 1):
        text = ln.text
        if (
            _vocab.PURPOSE_LINE.match(text)
            or _vocab.is_kind_line(text)
            or _vocab.is_kind(text)
            or (ln.bold and _vocab.names_organisation(text))
            or _unit_under(above, ln)
            or _letterhead_below_unit(main, k)
            or _vocab.RETURN_ADDRESS.match(text)
        ):
            above = ln
            continue
        return not _known_heading(text) and _header_line(ln, left)
    return False


def _letterhead_below_unit(main: list[TextLine], k: int) -> bool:
    """Whether line ``k`` goes on with the letterhead above it (the lines from the organisation's
    name in bold down to it), in regular type at its left edge, no larger
    ("Directoraat-Generaal Mobiliteit" / "Directie Openbaar Vervoer en Spoor" / "Rijnstraat 8" /
    "2515 XP Den Haag" / "Postbus 20901"): a unit's name, an address's line, or a short line
    right over one (the street over the postcode)."""
    above, line = main[k - 1], main[k]
    if line.bold or abs(line.x0 - above.x0) >= 2 or line.size > above.size + 0.5:
        return False
    text = line.text
    if len(line.words) > 6:
        # (a unit's long name, printed across the page: "Directie Verbruiksbelastingen, Douane
        # en Internationale Fiscale Zaken")
        return bool(_vocab.UNIT_NAME.match(text)) and _long_name(line)
    if _vocab.UNIT_NAME.match(text) or _vocab.ADDRESS.search(text):
        return True
    below = main[k + 1] if k + 1 < len(main) else None
    return (
        below is not None
        and abs(below.x0 - line.x0) < 2
        and below.top - line.bottom < line.size
        and _vocab.ADDRESS.search(below.text) is not None
    )


def _long_name(line: TextLine) -> bool:
    """Whether ``line``, of more than six words, reads as one organisation's name written out
    ("Directie Algemene Regeringsvoorlichting, Nationale Communicatiestrategie en
    Publieksvoorlichting"): at most sixteen words, each capitalised or one of the small words a
    name holds between them (``_vocab.NAME_SMALL_WORDS``), no digit, no sentence's end. Prose
    has lower-case words of its own ("Directie Financiën heeft de begroting ...")."""
    words = line.text.split()
    return (
        len(words) <= 16
        and not _SENTENCE_END.search(line.text)
        and not any(c.isdigit() for c in line.text)
        and all(_vocab.name_word(w) for w in words)
    )


def _unit_under(above: TextLine, line: TextLine) -> bool:
    """Whether ``line`` is a unit's or agency's name in regular type right under the bold line of
    an organisation's name ("Ministerie van Algemene Zaken" / "Rijksvoorlichtingsdienst"): at its
    left edge, no larger, no gap between, a few words without a digit or a sentence's end, no
    known heading."""
    if line.bold or not above.bold:
        return False
    if not (_vocab.names_organisation(above.text) or _vocab.names_agency(above.text)):
        return False
    text = line.text
    return (
        abs(line.x0 - above.x0) < 2
        and line.size <= above.size + 0.5
        and line.top - above.bottom < line.size
        and (len(line.words) <= 6 or _long_name(line))
        and not any(c.isdigit() for c in text)
        and not _SENTENCE_END.search(text)
        and not _known_heading(text)
    )


def _runs_on(last: TextLine, right: float, first: TextLine) -> bool:
    """Whether a paragraph whose last line on a page ends a sentence may go on with ``first``, the
    next page's first line: plain text (not bold) at the last line's size and left margin, whose
    first word would not have fitted after the last line within the page's right edge ``right``.
    Had it fitted, a word processor would have set it there in the same paragraph; as it does
    not, the last line is full and its sentence end does not show that the paragraph ended."""
    word = first.words[0]
    return (
        not first.bold
        and _marker(last) is None  # (a list item's line: its text stands right of the margin)
        and _marker(first) is None
        and abs(first.size - last.size) < 0.5
        and abs(first.x0 - last.x0) < 2
        and last.x1 + 0.25 * last.size + (word.x1 - word.x0) > right + 0.5
    )


def _full_line(line: TextLine, below: TextLine, right: float) -> bool:
    """Whether ``line`` ran out of room: ``below`` starts at its left edge, and the first word of
    ``below`` would not have fitted after it within the right edge ``right``."""
    word = below.words[0]
    return abs(below.x0 - line.x0) < 2 and line.x1 + 0.25 * line.size + (word.x1 - word.x0) > right + 0.5


def _stacked_colofon(lines: list[TextLine], body_size: float) -> int:
    """How many first lines of page 1 are a colofon stacked above the header, 0 when none: lines
    at one left edge set smaller than the body (at most 0.85 times its size), two or more of
    them a known label alone on its line with a line under it in the block, followed by a line
    set at the body's size (the header's label rows)."""
    if not lines:
        return 0
    x = lines[0].x0
    k = labels = 0
    while k < len(lines) and lines[k].size <= 0.85 * body_size and abs(lines[k].x0 - x) < 4:
        k += 1
        if _is_label(lines[k - 1].text):
            labels += 1
    if labels < 2 or k >= len(lines) or lines[k].size <= 0.85 * body_size:
        return 0
    if _is_label(lines[k - 1].text):
        return 0  # (a label's value is under it, in the block)
    return k


def _colofon_cells(lines: list[TextLine]) -> tuple[list[TextLine], list[TextLine]] | None:
    """A colofon set as rows of cells at the top of page 1 (a header table: "Kenmerk  Datum
    Directie" over their values): the rows, and a line per label and per value, column by
    column, as a colofon column would have them; None when page 1 does not start so.

    A row of labels is a line whose runs at tab stops (three ems) are two or more, each a known
    label; the line right under it (no gap) holds their values, each run starting at or right of
    its label and before the next one (a column without a value has none).
    """
    rows: list[TextLine] = []
    out: list[TextLine] = []
    k = 0
    while k + 1 < len(lines):
        labels, below = _split_row(lines[k]), lines[k + 1]
        if len(labels) < 2 or any(not _is_label(_text(r)) for r in labels):
            break
        if below.top - lines[k].bottom > lines[k].bottom - lines[k].top:
            break
        starts = [r[0].x0 for r in labels]
        values: list[list[Word]] = [[] for _ in labels]
        for run in _split_row(below):
            column = max((i for i, x in enumerate(starts) if run[0].x0 >= x - 3), default=-1)
            if column < 0 or values[column]:
                return None
            values[column] = run
        for label, value in zip(labels, values, strict=True):
            out.append(lines[k].part(label))
            if value:
                out.append(below.part(value))
        rows += [lines[k], below]
        k += 2
    return (rows, out) if rows else None


def _label_or_value(lines: list[TextLine], k: int) -> bool:
    """Whether ``lines[k]`` is a known label alone on its line, or the line right under one."""
    return any(_is_label(ln.text) for ln in lines[max(0, k - 1) : k + 1])


def _at_the_foot(last: TextLine, page: PageLayout) -> bool:
    """Whether a colofon column's last line (``last``) reaches the foot of its page: it is in the
    page's lowest tenth, or level with the page's last body line (page lines aside) where that is
    in the lowest quarter (a body set with a wide bottom margin)."""
    if last.bottom >= 0.9 * page.height:
        return True
    body = [ln.bottom for ln in page.body if ln.bottom < 0.9 * page.height and not _page_mark(ln.text)]
    foot = max(body, default=0.0)
    return foot >= 0.75 * page.height and last.bottom >= foot - 1.5 * max(last.size, 1.0)


def _page_mark(text: str) -> bool:
    """A page line or page number ("Pagina 1 van 2", "1/2", "- 1 -"): furniture wherever it stands."""
    text = " ".join(text.split())
    return bool(_vocab.PAGE_LINE.match(text) or _vocab.PAGE_NUMBER.match(text))


#: What sets the parts of a running header line apart ("Kenmerk X · Pagina 2 van 4", "A | B").
_SEPARATORS: Final = " \u00b7\u2022|\u2013\u2014-/,;"
#: The marks that set a running header's parts apart, with a space on either side.
_PART_MARKS: Final = "\u00b7\u2022|\u2013\u2014"
_PART_SEPARATOR: Final = re.compile(r" [\u00b7\u2022|\u2013\u2014] ")
#: A speck of a scan as an OCR layer reads it glued to a word: a dot, a comma, a quote.
_OCR_SPECK_MARKS: Final = ".,'\u2018\u2019`"


def _edge_keys(line: TextLine, *, ocr: bool = False) -> list[tuple[str, int]]:
    """What makes a line at a page's top or foot the same on every page: its text and place;
    and, for a line that prints the page's number, its text without that number. A running
    footer or header that prints the page's number ("Beslisnota | Krapte op de arbeidsmarkt |
    pagina 2") differs on each page only there: the number, where it stands alone, is left out
    of the second key (other numbers stay: notes citing "nr. 1204" and "nr. 1209" at the same
    place on two pages are no furniture; a running "Datum 2 april 2024" matches on its text). A
    line that ends in a page line ("Pagina 2 van 5", "Parnassusplein 5 | 2511 VX Den Haag
    Pagina 2 van 3") has no second key: the page line says how long the nota is, and the footer
    rules read it apart from the rest.

    In an OCR layer (``ocr``) the text is its letters and digits only: the engine reads the same
    printed line on each page with that page's specks, a dot or a dash glued to a word ("krapte
    op. de", "pagina-4"), and spaces where the scan's letters stand apart.
    """
    text, number = line.text, str(line.page)
    key = _edge_text(line, ocr=ocr)
    keys = [(key, round(line.top / 4))]
    if number in text:
        words = text.split()
        if not any(_vocab.PAGE_LINE.match(" ".join(words[k:])) for k in range(len(words))):
            masked = re.sub(rf"(?<![\d.,/]){number}(?![\d.,/])", "#", key)
            if masked == key and ocr:
                masked = re.sub(rf"(?<!\d){number}(?!\d)", "#", key)
            if masked != key:
                keys.append((masked, keys[0][1]))
    words = text.split()
    if not any(_vocab.PAGE_LINE.match(" ".join(words[k:])) for k in range(len(words))):
        # a number that counts up with the pages from another start: an archive's stamp that
        # numbers the pages of its bundle ("Woo-besluit 2024-001 | document 3 | pagina 5" on
        # the file's page 1, "... pagina 6" on page 2); the key holds how far it runs ahead of
        # the page (a note's number, opening its line, is left alone)
        for m in _COUNTED_NUMBER.finditer(key):
            ahead = int(m.group()) - line.page
            if m.start() > 0 and ahead:
                keys.append((f"{key[: m.start()]}#{ahead:+d}{key[m.end() :]}", keys[0][1]))
    return keys


def _page_edges(lines: list[TextLine], height: float, *, ocr: bool) -> set[tuple[str, int]]:
    """A page's furniture candidates (:attr:`PageLayout.edges`): the keys of its lines in the top
    or bottom band (:func:`_edge_keys`), but not of a text the page prints in its body as well,
    between the bands: furniture stands once on a page, at its edge; a line the page also prints
    among its text is content repeated ("eerder aan de Kamer gemeld." ending each paragraph, one
    of them low on the page; "Akkoord.", "Zie bijlage 1.")."""
    edge = [ln for ln in lines if ln.top < 0.12 * height or ln.bottom > 0.9 * height]
    at_edge = {id(ln) for ln in edge}
    inner = {_edge_text(ln, ocr=ocr) for ln in lines if id(ln) not in at_edge}
    return {
        place
        for ln in edge
        if _edge_text(ln, ocr=ocr) not in inner
        for key in _edge_keys(ln, ocr=ocr)
        for place in _near_places(key, ocr=ocr)
    }


def _edge_text(line: TextLine, *, ocr: bool) -> str:
    """The text part of a line's first key (:func:`_edge_keys`): its text, in an OCR layer its
    letters and digits only."""
    return _OCR_EDGE_NOISE.sub("", line.text) if ocr else line.text


#: A number standing alone in a line (no digit, point, comma or slash glued to it).
_COUNTED_NUMBER: Final = re.compile(r"(?<![\d.,/])\d{1,5}(?![\d.,/])")


#: What an OCR layer's furniture keys leave out: all but letters and digits (:func:`_edge_keys`).
_OCR_EDGE_NOISE: Final = re.compile(r"[\W_]+")
#: How far (in :func:`_edge_keys`' steps of 4 points) an OCR layer's line may stand from the
#: same line on another page: a sheet fed askew turns and shifts its lines by a few points, and
#: each sheet of a feeder by its own angle (0.7 degrees moves the end of a line 5 points).
_OCR_PLACE_STEPS: Final = 3


def _near_places(key: tuple[str, int], *, ocr: bool) -> tuple[tuple[str, int], ...]:
    """An edge key (:func:`_edge_keys`) and, in an OCR layer, the same text a few places up or
    down (:data:`_OCR_PLACE_STEPS`), so a line at the same place give or take a sheet's skew
    and shift matches on every page."""
    if not ocr:
        return (key,)
    text, top = key
    return tuple((text, top + d) for d in range(-_OCR_PLACE_STEPS, _OCR_PLACE_STEPS + 1))


def _bare_title_label(line: TextLine) -> bool:
    """A title label alone on its line, without a colon ("Onderwerp", "Betreft")."""
    return len(line.words) <= 2 and not line.text.endswith(":") and _is_title_label(line.text)


def _bare_label(line: TextLine) -> bool:
    """A known label alone on its line without a colon ("Aan", "Van"; a title label is
    :func:`_bare_title_label`)."""
    return (
        len(line.words) <= 3
        and not line.text.endswith(":")
        and _vocab.known_label(line.text) is not None
        and not _is_title_label(line.text)
    )


def _paraph_rows(lines: Sequence[TextLine], i: int, pitch: float) -> int:
    """The number of lines of a paraph table in the head starting at line ``i``: a row of its
    column heads at tab stops ("Naam  Paraaf  Datum") right under its label alone on the line
    above ("Parafenroute"), or after its label in the row's first cell ("Parafenroute  Naam
    Paraaf  Datum"); then the rows under it with no gap between, none starting left of the
    heads; 0 for none."""
    heads = lines[i]
    runs = _split_row(heads)
    if len(runs) >= 3 and _vocab.key(_text(runs[0])) in _vocab.PARAPH_LABELS:
        runs = runs[1:]  # (the label's cell)
    elif (
        i == 0
        or _vocab.key(lines[i - 1].text) not in _vocab.PARAPH_LABELS
        or _gap(lines[i - 1], heads, pitch)
    ):
        return 0
    if len(runs) < 2 or not all(
        _text(run).rstrip(":").casefold() in _vocab.PARAPH_COLUMN_WORDS for run in runs
    ):
        return 0
    end = i + 1
    while (
        end < len(lines) and not _gap(lines[end - 1], lines[end], pitch) and lines[end].x0 > runs[0][0].x0 - 4
    ):
        end += 1
    return end - i


def _label_columns(line: TextLine) -> list[tuple[float, str]] | None:
    """A row of labels set over their values in columns, a header table without borders ("Aan
    Van   Datum   Notanummer"): two or more runs at tab stops, two or more of them known labels
    and the others short bold runs without digits ("Termijn"); each (where it starts, label)."""
    runs = _split_row(line)
    if len(runs) < 2:
        return None
    cols: list[tuple[float, str]] = []
    known = 0
    for run in runs:
        label = _text(run).removesuffix(":")
        if _vocab.known_label(label) is not None:
            known += 1
        elif not (
            len(run) <= 3
            and all(w.bold for w in run)
            and label[:1].isupper()
            and not any(map(str.isdigit, label))
        ):
            return None
        cols.append((run[0].x0, label))
    return cols if known >= 2 else None


def _column_values(
    cols: list[tuple[float, str]], above: TextLine, below: Sequence[TextLine], pitch: float
) -> tuple[list[list[str]], int]:
    """The values under a row of labels in columns (:func:`_label_columns`): the lines right
    under it, no gap between, whose words each start a run at a label's start or go on in one (a
    value wrapped in its cell, "Staatssecretaris" / "Fiscaliteit en"); each column's lines, and
    how many lines were read (0: no value rows, no header table)."""
    values: list[list[str]] = [[] for _ in cols]
    count = 0
    for ln in below:
        if _gap(above, ln, pitch) or ln.x0 < cols[0][0] - 4:
            break
        groups: list[list[Word]] = [[] for _ in cols]
        for w in ln.words:
            groups[max(k for k, (x, _) in enumerate(cols) if x <= w.x0 + 4 or k == 0)].append(w)
        if any(g and abs(g[0].x0 - cols[k][0]) > 4 for k, g in enumerate(groups)):
            break
        for k, g in enumerate(groups):
            if g:
                values[k].append(_text(g))
        above = ln
        count += 1
    return values, count


def _addressee_head(
    body: Sequence[TextLine], height: float, body_size: float, *, ocr: bool
) -> tuple[str, list[TextLine]]:
    """Why a later page starts with a nota's head of its own, or "", and the head rows read: an
    Aan row and a Van row, in either order, at the top of the page (its upper half), before any
    line of prose, with at most two short lines between them: other head rows ("Aan:" / "Via:
    SG" / "Van: DMO"; an e-mail printout's "Van:" / "Verzonden:" / "Aan:") or the addressee
    wrapped ("Aan de minister van Onderwijs, Cultuur" / "en Wetenschap" / "Van DGFEZ"). A
    nota's continuation page goes on with its body; a nota bound in after it prints its head
    first. In an OCR layer, whose words are sized by their letters, any long line is prose."""
    first = -1  # the row of the first of the pair seen
    first_concept: _vocab.Concept | None = None
    pair = (_vocab.Concept.ADDRESSEE, _vocab.Concept.SENDER)
    head: list[TextLine] = []
    for ln in body:
        if ln.top > 0.5 * height or (
            len(ln.text) > _lines.HEAD_ROW_LENGTH and (ocr or ln.size >= body_size - 0.25)
        ):
            break  # (the body has begun)
        concept = _row_concept(ln.text)
        if concept in pair and first >= 0 and concept is not first_concept:
            return "an Aan/Van block of its own at the top", head
        if concept in pair:
            first, first_concept = len(head), concept
        elif first >= 0 and len(head) - first >= 3:
            first, first_concept = -1, None  # (too far apart: no head block)
        head.append(ln)
    return "", head


def _from_first_row(body: Sequence[TextLine]) -> Sequence[TextLine]:
    """A page's body from its first header row on ("Aan  Minister van ...", "Datum ..."), where
    the lines above it are short or name a ministry: the letterhead (a ministry's whole name may
    be as long as a line of prose, "Ministerie van Landbouw, Visserij, Voedselzekerheid en
    Natuur") left out, so :func:`_addressee_head` reads the head's rows. A page that opens with
    a longer line of prose is read whole."""
    for k, ln in enumerate(body):
        if _row_concept(ln.text) is not None:
            return body[k:]
        if not _letterhead_length(ln.text):
            break
    return body


def _letterhead_length(text: str) -> bool:
    """Whether a line over a page's head rows may be more of its letterhead by its length: short,
    or naming a ministry (whose whole name may be as long as a line of prose); a longer line is
    prose (:func:`_from_first_row`, :func:`_returned_letter`)."""
    return len(text) <= _lines.HEAD_ROW_LENGTH or _vocab.MINISTRY_LINE.match(text) is not None


def _head_rows(body: Sequence[TextLine], height: float, body_size: float) -> list[TextLine]:
    """A first page's head rows, from its first header row on (:func:`_from_first_row`) to the
    first line of prose (a long line at the body's size that opens with no label) or the page's
    lower half: where a nota without a colofon column prints its date and reference."""
    rows: list[TextLine] = []
    for ln in _from_first_row(body):
        if ln.top > 0.5 * height or (
            len(ln.text) > _lines.HEAD_ROW_LENGTH
            and ln.size >= body_size - 0.25
            and not _is_label(ln.text.split(" ", 1)[0])
        ):
            break
        rows.append(ln)
    return rows


def _returned_letter(body: Sequence[TextLine], height: float) -> str:
    """Why an OCR layer's later page starts a new document, or "": its first line, in the top
    quarter, is a letter's return address ("> Retouradres Postbus 20011 2500 EH Den Haag",
    printed above the addressee for a window envelope), which no page of a nota prints (a
    Kamerbrief bound in after it). An OCR layer's colofon values may be misread, so they are not
    compared to find another document (:meth:`LayoutReader._other_colofon`); this line is no
    value. A letterhead line above it, short or naming a ministry ("Ministerie van Landbouw,
    Visserij, Voedselzekerheid en Natuur", the wordmark's line, as :func:`_from_first_row` skips
    it), is passed over; a line of prose is not."""
    for ln in [ln for ln in body if ln.top < 0.25 * height][: _LETTERHEAD_LINES_ABOVE_RETURN + 1]:
        if _vocab.RETURN_ADDRESS.match(ln.text):
            return "a return address at its top"
        if not _letterhead_length(ln.text):
            break
    return ""


#: The most letterhead lines (a ministry's name, a directorate's) a later page prints above a bound-in
#: letter's return address.
_LETTERHEAD_LINES_ABOVE_RETURN: Final = 3


def _label_word_heading(main: Sequence[TextLine], i: int, left: float, right: float) -> bool:
    """Whether a label word alone on its line, set as a heading ("Status", "Directie", "Contact"),
    is the first section's heading: it stands under a line that is no header line (the title) and
    over a paragraph, a line of seven words or more that ends a sentence or runs across the column.
    A label's value under its label is a name, a code or a date, no sentence."""
    if i == 0 or i + 1 >= len(main) or not _bare_label(main[i]):
        return False
    above, below = main[i - 1], main[i + 1]
    if _header_line(above, left):
        return False
    if _vocab.label_concept(main[i].text) is _vocab.Concept.PAGE:
        # ("Pagina": its value is a page's number, "1 van 2"; over text without digits it heads it)
        return not any(c.isdigit() for c in below.text)
    return len(below.words) >= _SENTENCE_WORDS and (
        _FULL_STOP.search(below.text) is not None or below.x1 - below.x0 > 0.7 * (right - left)
    )


def _label_value_below(line: TextLine, below: TextLine | None, pitch: float) -> bool:
    """Whether the line under a label alone on its line is its value: no gap between, starting
    where the label starts or right of it, and no label, purpose or kind line."""
    return (
        below is not None
        and not _gap(line, below, pitch)
        and below.x0 > line.x0 - 4
        and _vocab.known_label(below.text) is None
        and not _label_colon(below.words)
        and not _vocab.PURPOSE_LINE.match(below.text)
        and not _vocab.is_kind_line(below.text)
    )


def _under_column_labels(colofon: list[Char], spaced: bool, pieces: Pieces) -> set[int]:
    """The ``id()`` of each first character of the column's rows that stand right under a row
    that is a label (less than that row's height below it): the label's value."""
    out: set[int] = set()
    above: tuple[float, float, bool] | None = None  # (top, bottom, a label) of the row before
    for row in rows(colofon, ocr=True):
        top, bottom = min(c.top for c in row), max(c.bottom for c in row)
        if above is not None and above[2] and top - above[1] < above[1] - above[0]:
            out.add(id(row[0]))
        text = " ".join(w.text for w in _words(row, spaced, pieces))
        above = (top, bottom, _is_label(text))
    return out


def _is_label(text: str) -> bool:
    """Whether a line's text is a known label, with or without its colon ("Kenmerk", "Datum:")."""
    return _vocab.known_label(text.rstrip(":")) is not None


def _open_value_goes_on(row: TextLine, line: TextLine, pitch: float) -> bool:
    """Whether ``line`` is the rest of the header value on ``row``, cut after a word that cannot
    end it ("Aan   Staatssecretaris van" / "Financiën", "Van   ... Belastingdienst en" /
    "Toeslagen"): ``row`` ends in such a word, and ``line`` starts where the value starts (the
    label row's value, or the row itself when it is already a value's wrapped row), right under
    it. A heading's word there is the value's, not the first section's heading."""
    if row.words[-1].text.casefold() not in _vocab.CONTINUATION_WORDS or _gap(row, line, pitch):
        return False
    runs = _header_runs(row)
    value_x = runs[1][0].x0 if len(runs) >= 2 else row.x0
    return abs(line.x0 - value_x) < 2 and not line.text[:1].islower()


def _title_value_goes_on(row: TextLine, line: TextLine, pitch: float) -> bool:
    """Whether ``line`` goes on with the title that ``row`` gives after its title label
    ("Onderwerp:  Wijziging van het ... nieuw normen- en" / "handhavingsstelsel"): it starts where
    the value starts, right under it, and is set as the value is (bold or not)."""
    n = _label_colon(row.words)
    if not n:
        runs = _header_runs(row)
        n = len(runs[0]) if len(runs) >= 2 else 0
    if not n or n >= len(row.words) or not _is_title_label(_text(row.words[:n]).rstrip(":").strip()):
        return False
    value = row.words[n]
    if _gap(row, line, pitch) or line.bold != value.bold or _known_heading(line.text):
        return False
    # (under the value, or at the label's margin where the row has no hanging indent)
    return abs(line.x0 - value.x0) < 4 or (
        abs(line.x0 - row.x0) < 4 and line.words[0].bold != row.words[0].bold
    )


def _is_title_label(text: str) -> bool:
    """Whether a label gives the title ("Titel", "Onderwerp", "Betreft")."""
    return _vocab.known_label(text) is not None and _vocab.label_concept(text) is _vocab.Concept.TITLE


def _spaced_label_rows(header: Sequence[TextLine], left: float, pitch: float) -> dict[int, int]:
    """The "Aan X" and "Van Y" rows set with a plain space after the label (no tab stop, no
    colon), at the header's left edge, with the number of the label's words: a header that has
    both is the addressee's and the sender's label rows, however set (they were read as the
    title). One of them alone is text: a title may start with either word ("Van plan naar
    uitvoering"). With both, the rows of other known labels so set in their run, no gap between
    (a "Via SG" between them, "Ons kenmerk 6612345" under them), are label rows too."""
    found: dict[_vocab.Concept, int] = {}
    wanted = (_vocab.Concept.ADDRESSEE, _vocab.Concept.SENDER)
    rows: dict[int, int] = {}
    for i, ln in enumerate(header):
        if len(ln.words) < 2 or abs(ln.x0 - left) >= 6 or _label_colon(ln.words):
            continue
        n = next(
            (
                n
                for n in (3, 2, 1)
                if n < len(ln.words) and _vocab.known_label(_text(ln.words[:n])) is not None
            ),
            0,
        )
        below = header[i + 1] if i + 1 < len(header) else None
        if (
            below is not None
            and abs(below.x0 - left) < 6
            and not _gap(ln, below, pitch)
            and not any(_vocab.known_label(_text(below.words[:k])) is not None for k in (1, 2, 3))
        ):
            continue  # (a paragraph's first line, "Aan de minister van Financiën is op ...")
        if n:
            rows[i] = n
        first = ln.words[0].text
        if _vocab.known_label(first) is not None and (concept := _vocab.label_concept(first)) in wanted:
            found.setdefault(concept, i)
    if len(found) < len(wanted):
        return {}
    spaced = dict.fromkeys(found.values(), 1)
    lo, hi = min(spaced), max(spaced)
    # (the run: label rows or their values' wrapped lines, set close, from the Aan/Van rows on)
    k = lo
    while (
        k - 1 >= 0
        and (k - 1 in rows or header[k - 1].x0 - left >= 6)
        and not _gap(header[k - 1], header[k], pitch)
    ):
        k -= 1
    start = k
    k = hi
    while (
        k + 1 < len(header)
        and (k + 1 in rows or header[k + 1].x0 - left >= 6)
        and not _gap(header[k], header[k + 1], pitch)
    ):
        k += 1
    return {i: n for i, n in rows.items() if start <= i <= k} | spaced


def _among_labels(header: list[TextLine], index: int, pitch: float) -> bool:
    """Whether the line above or below ``header[index]``, with no gap between and at the same x,
    is a known label row (then a colon label outside the vocabulary is one too)."""
    line = header[index]
    for k in (index - 1, index + 1):
        if not 0 <= k < len(header):
            continue
        other = header[k]
        above, below = (other, line) if k < index else (line, other)
        if abs(other.x0 - line.x0) > 3 or _gap(above, below, pitch):
            continue
        n = _label_colon(other.words)
        runs = _split_row(other)
        head = _text(other.words[:n]) if n else _text(runs[0]) if len(runs) >= 2 else ""
        if head and _is_label(head):
            return True
    return False


def _value_column(header: Sequence[TextLine], left: float) -> float | None:
    """Where the values of a head's tab-stop label rows start ("Aan  Minister ..." / "Van  DG
    ..."): the x that three rows or more share, their label a run of at most four words at the
    left margin and their value a run of its own; None when no three rows agree."""
    starts = [
        runs[1][0].x0
        for ln in header
        if len(runs := _header_runs(ln)) >= 2 and len(runs[0]) <= 4 and abs(runs[0][0].x0 - left) < 6
    ]
    for x in starts:
        if sum(abs(y - x) < 2 for y in starts) >= 3:
            return x
    return None


def _split_at_column(line: TextLine, left: float, column: float) -> list[list[Word]]:
    """``line``'s words split where a word starts at the value column ``column`` (after one to
    four words at the left margin, a word gap before it): a label and its value set closer than
    a tab stop's gap because the label fills its column, a label by its form (a capital first,
    words only: no box of a purpose row, "☐ Ter besluitvorming ☒ Ter informatie"). Else the line
    as one run."""
    words = line.words
    if abs(words[0].x0 - left) < 6 and words[0].text[:1].isupper():
        for n in range(1, min(5, len(words))):
            if abs(words[n].x0 - column) < 2 and words[n].x0 > words[n - 1].x1:
                if all(c.isalpha() or c in "-'()" for w in words[:n] for c in w.text):
                    return [list(words[:n]), list(words[n:])]
                break
    return [list(words)]


def _label_colon(words: Sequence[Word]) -> int:
    """How many first words form a colon label ("Aan:", "Opgesteld door:"), 0 when none."""
    for n, w in enumerate(words[:3], 1):
        if w.text.endswith(":") and len(w.text) > 1:
            return n if n < len(words) else 0
    return 0


def _title_alone(main: Sequence[TextLine], i: int, pitch: float) -> bool:
    """Whether ``main[i]`` is one line set apart by gaps above and below that ends no sentence
    and is no known heading: a title in the body's font (a wide line at the margin in the
    header is otherwise a paragraph's, and ends the header)."""
    return (
        0 < i < len(main) - 1
        and _gap(main[i - 1], main[i], pitch)
        and _gap(main[i], main[i + 1], pitch)
        and not _SENTENCE_END.search(main[i].text)
        and not _known_heading(main[i].text)
    )


def _first_line_indent(main: Sequence[TextLine], i: int, prev: TextLine | None, pitch: float) -> bool:
    """Whether ``main[i]`` starts a paragraph set apart only by its first line's indent: ``prev``
    (regular, at the margin) ends a sentence, the line is set half an em to four ems right of
    it, opens with a capital or a digit, and the line right under it (no gap) is back at
    ``prev``'s left edge. Paragraphs so set stand with no space between them (a narrow
    column's prose, AZ's and VWS's short nota's); without the indent they read as one."""
    if prev is None or i + 1 >= len(main):
        return False
    line, below = main[i], main[i + 1]
    em = line.bottom - line.top
    return (
        not prev.bold
        and not line.bold
        and not below.bold
        and bool(_SENTENCE_END.search(prev.text))
        and (line.text[:1].isupper() or line.text[:1].isdigit())
        and 0.5 * em < line.x0 - prev.x0 < 4 * em
        and abs(below.x0 - prev.x0) < 2
        and 0 <= line.top - prev.bottom < em
        and not _gap(line, below, pitch)
    )


def _paragraph_space(prev: TextLine | None, line: TextLine, pitch: float) -> bool:
    """Whether ``line`` starts a paragraph after a small paragraph space: ``prev`` ends a
    sentence and stands more than a quarter of a line further above than the usual line gap.

    Typesetters set paragraphs apart by less than the half line :func:`_gap` looks for: troff's
    ``-ms`` 0.4 of a line, LaTeX's ``\\parskip`` of 5 points, Typst's paragraph spacing; the lines
    of one paragraph stand at one distance (a raised note number or a larger word makes a line's
    box taller, so its gap reads smaller, not larger)."""
    return (
        prev is not None
        and not prev.bold
        and bool(_SENTENCE_END.search(prev.text))
        and line.top - prev.bottom > pitch + 0.25 * min(line.bottom - line.top, prev.bottom - prev.top)
    )


def _paragraph_pitch(lines: Sequence[TextLine]) -> float:
    """The usual distance between the lines of one paragraph: the median gap between two regular
    lines of one size and left edge, the first ending no sentence (so the second goes on with
    it); 0 when fewer than three such pairs show it. A word processor sets a nota's paragraphs
    at one line spacing (135 %) and its head rows and table cells single-spaced: the page's usual
    gap (:func:`_pitch`) is then the cells', and every sentence ending a line in a paragraph
    stood "a quarter of a line" further apart than that."""
    gaps = sorted(
        b.top - a.bottom
        for a, b in itertools.pairwise(lines)
        if not a.bold
        and not b.bold
        and a.words
        and b.words
        and abs(a.x0 - b.x0) < 2
        and abs(a.words[-1].size - b.words[0].size) < 0.3
        and 0 < b.top - a.bottom < (a.bottom - a.top)
        and not _SENTENCE_END.search(a.text)
    )
    return gaps[len(gaps) // 2] if len(gaps) >= 3 else 0.0


def _label_wrapped(header: Sequence[TextLine], index: int, value_x: float, pitch: float) -> str | None:
    """The end of a label that wraps in its cell, on the line under a label row ("Opgesteld  drs.
    P. ..." / "door:"): that line alone, ending in the colon, at the label's start and left of the
    value's column, with no gap above it, and the label and it together a known label (a label
    column narrower than "Opgesteld door:"). Returns its text without the colon, or None."""
    if index + 1 >= len(header):
        return None
    row, below = header[index], header[index + 1]
    text = below.text
    # (a label without a colon, as the rows of a head table print them, wraps as well: "Nota
    # actief" / "openbaar"; its second line then opens in lower case)
    colonless = not any(w.text.endswith(":") for w in row.words[:4]) and text[:1].islower()
    if (
        not (text.endswith(":") or colonless)
        or row.words[0].text.endswith(":")
        or len(text.split()) > 2
        or abs(below.x0 - row.x0) > 3
        or below.x1 >= value_x
        or _gap(row, below, pitch)
    ):
        return None
    end = text.rstrip(":").strip()
    head = _text(row.words[: len(_header_runs(row)[0])])
    return end if _vocab.known_label(f"{head} {end}") is not None else None


def _gap(prev: TextLine, line: TextLine, pitch: float) -> bool:
    """Whether there is more than the usual space between two lines (a blank line, a new block)."""
    return line.top - prev.bottom > pitch + 0.5 * min(line.bottom - line.top, prev.bottom - prev.top)


#: A page's body with fewer lines than this takes its line gap from the pages before.
_PITCH_LINES: Final = 5


def _pitch(lines: Sequence[TextLine]) -> float:
    """The usual distance from one line's bottom to the next line's top."""
    gaps = sorted(round(b.top - a.bottom, 1) for a, b in itertools.pairwise(lines) if b.top > a.bottom)
    if not gaps:
        return 4.0
    return max(gaps[len(gaps) // 4], 1.0)


def _dominant_size(lines: Sequence[TextLine]) -> float:
    weights: Counter[float] = Counter()
    for ln in lines:
        for w in ln.words:
            weights[round(w.size, 1)] += len(w.text)
    return weights.most_common(1)[0][0] if weights else 10.0
