"""The PDFium character source: a page's characters as :class:`~notaparse._layout.Char` records.

This is the only module of the reading path that imports pypdfium2. It feeds the same
:class:`~notaparse._layout.LayoutReader` as the pdfplumber source (:mod:`notaparse._pdf`), and
produces the same records: the coordinates, size and box of pdfminer's ``LTChar`` as pdfplumber
reports them, so the layout algorithm gives the same marked text from either source.

How a PDFium character becomes the pdfminer record:

- ``x0`` is the character's origin, ``x1`` the origin plus its advance width from the font's
  ``/Widths`` (``FPDFFont_GetGlyphWidth``) times the font size and the text matrix, as pdfminer
  computes it (PDFium's *loose* box is wider where a glyph overhangs its advance, "f" and "r");
- the vertical box is pdfminer's: from the baseline plus the font's descent (``FontDescriptor``
  ``/Descent``) up by the font size, both scaled by the text matrix; ``size`` is its height;
- coordinates are measured from the MediaBox's top left corner, as pdfminer's: ``top`` = MediaBox top minus y;
- characters PDFium generates (spaces between words, line breaks) are skipped, since pdfminer
  reports only characters the PDF draws; text that is not upright is skipped as pdfminer's
  ``upright`` decides;
- a line-end hyphen, which PDFium reports as U+0002, is given back as ``-``;
- bold and italic come from :func:`~notaparse._layout.font_style` of the font name, as in the
  pdfplumber source. PDFium also knows the font's weight and italic flag, but using them where the
  name says nothing would make the two sources disagree (the pdfplumber source has only the name).
  PDFium gives the name without the subset tag ("Verdana" for "FAAABD+Verdana") for most fonts;
  ``font_style`` ignores the tag, and the layout reads ``fontname`` nowhere else.

Where PDFium's text page differs from pdfminer beyond repair (it drops a text object that has
zero width, such as a one-letter word of an OCR layer set in a glyph-less font, or one that
repeats the text object before it; it gives a ligature as letters at one origin), the page is
rotated (pdfminer turns its coordinates) or upright text on it is set at an angle (pdfminer boxes
the turned glyph; a skewed scan's OCR layer), :func:`read` reads that page with the pdfplumber
source instead, so results stay identical.

Every page and text page is closed as soon as it is read, and the document at the end.

PDFium is not thread-safe: no two threads may be in it at once, not even with different
documents (pypdfium2's documentation), and ctypes lets other threads run during each call. Every
use of PDFium here holds :data:`LOCK`: opening and closing a document, and each page from loading
it to closing it (its characters are gathered then); the layout of a page, and the pdfplumber
source for a page PDFium does not read well (``fallback``: pdfminer, no PDFium), run outside it,
so threads that read PDFs (``load_all`` on a thread-based executor, a threaded web server) take
turns in PDFium only.
"""

from __future__ import annotations

import collections
import ctypes
import itertools
import operator
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from . import _sfnt
from ._layout import (
    _TEXT,
    Char,
    LayoutReader,
    Pieces,
    Turned,
    font_style,
    ocr_font,
    quarter_turned,
    word_steps,
)

__all__ = ["LOCK", "PasswordError", "UnreadableError", "chars_from_pdfium", "page_count", "read"]

#: Held by every thread while it calls PDFium (see the module's docstring). Reentrant, so that a
#: function holding it may call another that takes it.
LOCK = threading.RLock()


class PasswordError(Exception):
    """The PDF is encrypted and the password (or none) does not open it."""


class UnreadableError(Exception):
    """PDFium cannot read the PDF (damaged, truncated, not a PDF)."""


# Private prototypes of the per-character calls: plain integers for handles, so the object of a
# character can be compared and cached without building ctypes pointer objects in the loop.
try:  # pragma: no branch
    _LIB: Any = pdfium_c._libs["pdfium"]
except (AttributeError, KeyError):  # pragma: no cover - a pypdfium2 that hides its library
    import pypdfium2_raw.bindings as _bindings  # type: ignore[import-untyped]

    _LIB = _bindings._libs["pdfium"]

_vp, _int, _dbl = ctypes.c_void_p, ctypes.c_int, ctypes.c_double


def _proto(name: str, restype: Any, *argtypes: Any) -> Callable[..., Any]:
    fn = _LIB[name]  # a new function object: pypdfium2's own prototypes stay untouched
    fn.restype = restype
    fn.argtypes = argtypes
    return fn  # type: ignore[no-any-return]


def _unchecked(name: str, restype: Any) -> Callable[..., Any]:
    """A prototype without argument types, for the per-character calls: about a third faster.

    Its callers pass a handle as ``c_void_p.from_param(handle)``, a Python int only for a C
    ``int`` and ``byref`` objects for pointers (a bare int would be passed as a 32-bit ``int``).
    (A ``c_void_p`` instance would do too, but ctypes makes a parameter object of it, looking
    its type's format up by name, at every call; ``from_param`` gives that parameter object
    once, and a call passes it on as it is.)
    """
    fn = _LIB[name]
    fn.restype = restype
    fn.argtypes = None
    return fn  # type: ignore[no-any-return]


_count_chars = _proto("FPDFText_CountChars", _int, _vp)
_get_unicode = _proto("FPDFText_GetUnicode", ctypes.c_uint, _vp, _int)
_is_generated = _proto("FPDFText_IsGenerated", _int, _vp, _int)
_get_text_object = _proto("FPDFText_GetTextObject", _vp, _vp, _int)
_text_object_at = _unchecked("FPDFText_GetTextObject", _vp)
_unicode_at = _unchecked("FPDFText_GetUnicode", ctypes.c_uint)
_generated_at = _unchecked("FPDFText_IsGenerated", _int)
_origin_at = _unchecked("FPDFText_GetCharOrigin", _int)
_get_text = _proto("FPDFText_GetText", _int, _vp, _int, _int, ctypes.c_char_p)
_get_loose_box = _proto("FPDFText_GetLooseCharBox", _int, _vp, _int, ctypes.POINTER(pdfium_c.FS_RECTF))
_get_matrix = _proto("FPDFText_GetMatrix", _int, _vp, _int, ctypes.POINTER(pdfium_c.FS_MATRIX))
_obj_font = _proto("FPDFTextObj_GetFont", _vp, _vp)
_obj_font_size = _proto("FPDFTextObj_GetFontSize", _int, _vp, ctypes.POINTER(ctypes.c_float))
_font_name = _proto("FPDFFont_GetBaseFontName", ctypes.c_size_t, _vp, ctypes.c_char_p, ctypes.c_size_t)
_glyph_width = _proto(
    "FPDFFont_GetGlyphWidth", _int, _vp, ctypes.c_uint, ctypes.c_float, ctypes.POINTER(ctypes.c_float)
)
_font_descent = _proto("FPDFFont_GetDescent", _int, _vp, ctypes.c_float, ctypes.POINTER(ctypes.c_float))
_font_flags = _proto("FPDFFont_GetFlags", _int, _vp)
_font_data = _proto(
    "FPDFFont_GetFontData", _int, _vp, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)
)
_count_objects = _proto("FPDFPage_CountObjects", _int, _vp)
_get_object = _proto("FPDFPage_GetObject", _vp, _vp, _int)
_form_count_objects = _proto("FPDFFormObj_CountObjects", _int, _vp)
_form_get_object = _proto("FPDFFormObj_GetObject", _vp, _vp, ctypes.c_ulong)
_object_type = _proto("FPDFPageObj_GetType", _int, _vp)
_render_mode = _proto("FPDFTextObj_GetTextRenderMode", _int, _vp)
_object_bounds = _proto(
    "FPDFPageObj_GetBounds",
    _int,
    _vp,
    ctypes.POINTER(ctypes.c_float),
    ctypes.POINTER(ctypes.c_float),
    ctypes.POINTER(ctypes.c_float),
    ctypes.POINTER(ctypes.c_float),
)

#: PDFium's code for a hyphen that ends a line (its page text has U+FFFE there); a glyph its
#: font maps to no character may have the same code (see _line_end_hyphen)
_HYPHEN = 0x02
_INVISIBLE = pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE  # text render mode 3: an OCR layer
#: How many text objects of a page are asked for their render mode before a page none of whose
#: objects so far is invisible is taken for visible text (after an invisible one, all are asked).
_RENDER_PROBE = 16
#: Characters of the page text that are asked for one by one: controls (PDFium's line-end hyphen
#: U+0002 is U+FFFE in the page text), noncharacters, surrogates and the replacement character.
_SUSPECT = re.compile(r"[\x00-\x20\x7f-\xa0\ufffd-\uffff]|\s")
#: A run of characters that can be one piece, or one character that cannot (see _SUSPECT).
_TOKEN = re.compile(r"[^\x00-\x20\x7f-\xa0\ufffd-\uffff\s]+|.", re.DOTALL)
#: The font descriptor's flags: symbolic (its codes are the font's own), nonsymbolic.
_SYMBOLIC, _NONSYMBOLIC = 4, 32
#: What PDFium makes of each code of a symbolic TrueType font without an encoding: Mac Roman.
_MAC_ROMAN = bytes(range(256)).decode("mac_roman")
_FontInfo = tuple[str, float, bool, bool, dict[str, str] | None]
_SPAN, _START = re.Match.span, re.Match.start


def _font_info(font: int, cache: dict[int, _FontInfo]) -> _FontInfo:
    """(name, descent per unit size, bold, italic, misread) of a PDFium font handle, cached per
    page; ``misread`` is :func:`_misread`'s."""
    info = cache.get(font)
    if info is None:
        buf = ctypes.create_string_buffer(256)
        _font_name(font, buf, 256)
        name = buf.value.decode("latin-1")
        descent = ctypes.c_float()
        _font_descent(font, 1.0, ctypes.byref(descent))
        d = descent.value
        bold, italic = font_style(name)
        info = cache[font] = (name, -d if d > 0 else d, bold, italic, _misread(font))
    return info


def _misread(font: int) -> dict[str, str] | None:
    """PDFium's character -> the right one, for a font PDFium reads as Mac Roman against its
    own glyph names; None for any other font (asked once per font and page).

    A symbolic TrueType font without an ``/Encoding`` (what Ghostscript's pdfwrite makes of a
    WinAnsi TrueType font) has a Macintosh (1, 0) cmap keyed by the PDF's codes. PDFium decodes
    those codes as Mac Roman ("één" -> "ÈÈn", "’" -> "í"); Poppler follows the cmap to the glyph
    and the glyph's name in the font's ``post`` table ("eacute"), as this does (:mod:`_sfnt`).
    A font whose (1, 0) cmap is a true Mac Roman one names each glyph as Mac Roman reads its
    code and gets no map, whatever PDFium read it by: only a cmap that contradicts Mac Roman
    does. Ordinary (nonsymbolic) fonts are not looked into.
    """
    flags = _font_flags(font)
    if flags < 0 or not flags & _SYMBOLIC or flags & _NONSYMBOLIC:
        return None
    size = ctypes.c_size_t()
    if not _font_data(font, None, 0, ctypes.byref(size)) or not 12 < size.value < 1 << 26:
        return None
    buf = ctypes.create_string_buffer(size.value)
    if not _font_data(font, buf, size.value, ctypes.byref(size)):  # pragma: no cover - asked twice
        return None
    chars = _sfnt.code_chars(buf.raw[: size.value])
    misread = {_MAC_ROMAN[code]: ch for code, ch in chars.items() if code >= 0x80 and _MAC_ROMAN[code] != ch}
    return misread or None


def chars_from_pdfium(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[Char]:
    """A PDFium page's characters as :class:`Char` records, as :func:`chars_from_pdfplumber` gives them."""
    chars, _, _, _, _ = _chars(page, textpage, merge=False)
    return chars


def _chars(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, *, merge: bool, quarter: list[Turned] | None = None
) -> tuple[list[Char], set[int], Pieces, bool, bool]:
    """The characters, the text objects they come from (handles), the pieces, whether the
    page is to be read by the pdfplumber source: two letters of one text object share an origin,
    upright text is set at an angle, or a letter's glyph has no width (see :func:`read`), and
    whether most of its characters are drawn invisible (text render mode 3: an OCR layer over
    the scan, whatever its font is named; asked once per text object).
    Characters set a quarter turned are added to ``quarter``, when given (as
    :func:`notaparse._pdf.chars_from_pdfplumber` adds them).

    With ``merge``, characters of one text object that follow each other on one baseline with
    no gap and no space between them are one record, a *piece* (see :class:`Pieces`): the layout
    reader handles a piece as it would its characters, in a third of the records.

    Made for speed (ctypes calls and per-character Python are most of the cost): the page's
    text is read in one call (``FPDFText_GetText``), the origins of all characters into one
    array with plain integer pointers, and per character only its text object is asked for.
    The characters are then built per run of one text object, whose font, size and matrix are
    read once. A character the page text does not give reliably (a space or control character,
    PDFium's U+FFFE for a line-end hyphen) is asked for with ``FPDFText_GetUnicode``, and
    whether it is generated with ``FPDFText_IsGenerated`` (PDFium generates only spaces and line
    breaks; most have no text object, which marks them too).
    """
    tp = ctypes.cast(textpage.raw, _vp).value
    left, _bottom, right, top = page.get_mediabox()
    # coordinates from the MediaBox's top left corner, as the pdfplumber source gives them: x
    # less the MediaBox's left edge (PDFium's origins are in user space, which a MediaBox
    # need not start at), top = the MediaBox's top less y
    y_top = top
    page_width = right - left
    n = _count_chars(tp)
    out: list[Char] = []
    objects: set[int] = set()
    pieces = Pieces()
    if n <= 0:
        return out, objects, pieces, False, False
    tpv = _vp.from_param(tp)  # (see _unchecked)
    repeat = itertools.repeat
    # (each per-character call made by map(), in C: no Python bytecode per character)
    handles: list[int | None] = list(map(_text_object_at, repeat(tpv, n), range(n)))
    text = _page_text(tp, n)
    chars = list(text) if text is not None else ["\0"] * n
    # (a suspect without a text object is generated, a space or a line break: pdfminer has none)
    matches = _SUSPECT.finditer(text if text is not None else "\0" * n)
    suspects = [i for i in map(_START, matches) if handles[i] is not None]
    asked: list[int] = []
    for i, generated in zip(suspects, map(_generated_at, repeat(tpv), suspects), strict=True):
        if generated == 1:
            handles[i] = None
        else:
            asked.append(i)
    for i, code in zip(asked, map(_unicode_at, repeat(tpv), asked), strict=True):
        chars[i] = "-" if code == _HYPHEN and _line_end_hyphen(tpv, i) else chr(code)
    xy = (_dbl * 2)()
    p_x, p_y = ctypes.byref(xy), ctypes.byref(xy, 8)
    xy_view = memoryview(xy).cast("B").cast("d")
    get_origin = _origin_at
    # every character's origin (x, y) is written into its own two places of one array, each
    # run's by one map() over pointers into it (GetCharOrigin does not fail for an index below
    # the count), and read back as two lists
    origins = (_dbl * (2 * n))()
    origins_view: Any = memoryview(origins).cast("B").cast("d")  # (its tolist() gives floats)
    byref = ctypes.byref
    consume: Callable[[Iterator[Any]], None] = collections.deque(maxlen=0).extend
    box = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    font_size = ctypes.c_float()
    p_box, p_matrix = ctypes.byref(box), ctypes.byref(matrix)
    fonts: dict[int, _FontInfo] = {}
    widths: dict[int, dict[str, float | None]] = {}  # font -> char -> advance per unit size
    width = ctypes.c_float()
    p_width = ctypes.byref(width)
    last_obj: int | None = None
    shared = False
    turned = False  # a text object set at an angle (the skewed lines of a scan's OCR layer)
    hidden = False  # the current text object is drawn invisible (render mode 3)
    invisible = 0  # characters of such objects
    # text objects still to ask for their render mode: an OCR layer draws all its text
    # invisible, so a page whose first objects are all visible is asked no further
    probe = _RENDER_PROBE
    widthless = False  # a letter of a font whose glyphs PDFium gives no width (Type3)
    advances: dict[str, float | None] = {}
    loose: dict[int, set[str]] = {}  # font -> glyphs whose x1 is the loose box's
    untrusted: dict[int, int] = {}  # font -> glyphs whose advance falls short of the next origin
    font = 0
    name, descent_y, bold, italic, size, upright = "", 0.0, False, False, 0.0, False
    misread: dict[str, str] | None = None
    scale_x = 0.0
    new, extend = tuple.__new__, out.extend
    starts = [0, *itertools.compress(range(1, n), map(operator.ne, handles[1:], handles)), n]
    for start, end in itertools.pairwise(starts):
        obj = handles[start]
        if obj is None:
            continue
        if obj != last_obj:
            last_obj = obj
            objects.add(obj)
            font = _obj_font(obj)
            name, descent, bold, italic, misread = _font_info(font, fonts)
            _obj_font_size(obj, ctypes.byref(font_size))
            _get_matrix(tp, start, p_matrix)
            a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
            if b and quarter_turned(a, b, c, d):
                a = d = 0.0  # (all but 0: a rewrite's products)
            upright = a * d > 0 and b * c <= 0
            turned = turned or (upright and b != 0)
            if probe:
                hidden = _render_mode(obj) == _INVISIBLE
                probe = -1 if hidden or probe < 0 else probe - 1
            size = font_size.value * d
            scale_x = font_size.value * a
            descent_y = descent * size
            advances = widths.setdefault(font, {})
        if hidden:
            invisible += end - start
        if not upright:
            if quarter is not None and a == 0 == d and b * c < 0:
                # (a quarter turned: the size is the font size times the matrix's scale; the
                # advance, as pdfminer takes it, the glyph's width in the font's /Widths)
                turned_size = round(font_size.value * abs(b), 2)
                for i in range(start, end):
                    get_origin(tpv, i, p_x, p_y)
                    ch = chars[i]
                    found = len(ch) == 1 and _glyph_width(font, ord(ch), 1.0, p_width)
                    if misread:
                        ch = misread.get(ch, ch)
                    quarter.append(
                        Turned(
                            ch,
                            xy_view[0] - left,
                            y_top - xy_view[1],
                            turned_size,
                            b > 0,
                            name,
                            bold,
                            False,
                            round(width.value * turned_size, 2) if found else 0.0,
                        )
                    )
            continue
        run = chars[start:end]
        count = end - start
        at = 16 * start
        consume(
            map(
                get_origin,
                repeat(tpv, count),
                range(start, end),
                map(byref, repeat(origins, count), range(at, at + 16 * count, 16)),
                map(byref, repeat(origins, count), range(at + 8, at + 16 * count, 16)),
            )
        )
        xs: list[float] = origins_view[2 * start : 2 * end : 2].tolist()
        ys: list[float] = origins_view[2 * start + 1 : 2 * end : 2].tolist()
        if left:  # (a MediaBox that does not start at x = 0: rare)
            xs = [x - left for x in xs]
        if not shared and not all(map(operator.ne, xs[1:], xs)):
            shared = _shared_origin(run, xs, ys)
        for ch in set(run).difference(advances):
            # the advance from the font's /Widths, as pdfminer takes it; PDFium's loose box is
            # wider where a glyph overhangs its advance ("f", "r"). Checked once per glyph, at
            # its first character: the loose box is never narrower than the advance.
            k = run.index(ch)
            _get_loose_box(tp, start + k, p_box)
            found = _glyph_width(font, ord(ch), 1.0, p_width)
            ok = found and xs[k] + width.value * scale_x <= box.right - left + 0.01
            if ok and width.value == 0 and box.right - left > xs[k] + 0.01 and not ch.isspace():
                # no advance for a glyph whose loose box has a width: PDFium looks the advance
                # up by the character's Unicode, which a font with an encoding of its own
                # (pdfTeX's OT1 Computer Modern) does not map to the glyph's code ("\u00a8",
                # drawn as code 127): the box, not the origin, says where the glyph stands (an
                # accent's middle over its letter, not the letter before)
                ok = False
            if ok and k + 1 < end - start and size > 0 and not run[k].isspace() and not run[k + 1].isspace():
                # a glyph whose advance falls short of the next letter's origin by more than
                # a tenth of its size while its loose box reaches that origin: the font
                # answers for another glyph (a CID font without a ToUnicode map, as a PDF/A
                # conversion leaves it); two such glyphs and none of the font's advances
                # is trusted ("M inister van E Z")
                short = xs[k + 1] - xs[k] - width.value * scale_x
                if short > 0.1 * size and box.right - left >= xs[k + 1] - 0.05 * size:
                    ok = False
                    untrusted[font] = untrusted.get(font, 0) + 1
            advances[ch] = width.value if ok else None
            # a Type3 font (pdfTeX's bitmap fonts, where a T1 LaTeX document has no Type1 fonts
            # installed): PDFium gives its glyphs no width and a box of none, so every letter
            # would stand a gap from the next ("1 . A a n l e i d i n g"); pdfminer takes the
            # advances from the font's /Widths, so such a page is read by the pdfplumber source
            widthless = widthless or (found and width.value == 0 and ch.isalnum())
            if not ok:
                loose.setdefault(font, set()).add(ch)
        distrusted = untrusted.get(font, 0) > 1  # none of the font's advances is trusted
        if distrusted or (font in loose and not loose[font].isdisjoint(run)):
            x1s = []
            for k, ch in enumerate(run):
                advance = None if distrusted else advances[ch]
                if advance is None:
                    _get_loose_box(tp, start + k, p_box)
                    x1s.append(box.right - left)
                else:
                    x1s.append(xs[k] + advance * scale_x)
        else:
            # x + advance * scale_x for every character, in C
            widths_x = map(operator.mul, map(advances.__getitem__, run), itertools.repeat(scale_x))
            x1s = list(map(operator.add, xs, widths_x))
        if misread:  # (after the advances, which PDFium gives by its own reading)
            run = [misread.get(ch, ch) for ch in run]
        if merge and end - start > 1 and size > 0:
            style = (y_top, descent_y, size, name, bold, italic)
            _add_pieces(out, pieces, run, xs=xs, ys=ys, x1s=x1s, width=page_width, style=style)
            continue
        extend(
            [
                new(
                    Char,
                    (
                        ch,
                        x,
                        x1,
                        y_top - (y0 := y + descent_y) - size,
                        y_top - y0,
                        size,
                        name,
                        bold,
                        italic,
                    ),
                )
                for ch, x, y, x1 in zip(run, xs, ys, x1s, strict=True)
            ]
        )
    return out, objects, pieces, shared or turned or widthless, 2 * invisible > n


def _shared_origin(run: list[str], xs: list[float], ys: list[float]) -> bool:
    """Whether two letters in a row of one text object have the same origin.

    PDFium gives the letters of a ligature ("ﬁ", U+FB01) as characters of their own at the
    ligature's origin, each as wide as its letter alone: the word after it comes apart ("fi
    nanciële"). pdfminer gives the ligature as one character with the ligature's width.
    """
    return any(
        x == x_next and y == y_next and a.strip() and b.strip()
        for x, x_next, y, y_next, a, b in zip(xs, xs[1:], ys, ys[1:], run, run[1:], strict=False)
    )


def _add_pieces(
    out: list[Char],
    pieces: Pieces,
    run: list[str],
    *,
    xs: list[float],
    ys: list[float],
    x1s: list[float],
    width: float,
    style: tuple[float, float, float, str, bool, bool],
) -> None:
    """Add one text object's characters to ``out`` as pieces (and single characters).

    A piece ends where the next character is on another baseline, starts less than 0.1 em right
    of its start (a mark set over it, a letter drawn again over itself: the layout compares
    those as characters), more than 0.05 em left of the previous one's end (a capital drawn
    over the end of the word before, :func:`notaparse._layout._capital_over`), or more than
    0.05 em right of its end (the layout splits words at
    0.1 em at the least), and at every space or control character (kept as characters) and
    every character outside the page's width (which the layout drops).
    """
    y_top, descent_y, size, name, bold, italic = style
    eps = 0.05 * size
    after = xs[1:]
    # cuts inside runs of plain characters: each test over all characters in C first, since
    # most text objects pass all of them
    cuts: set[int] = set()
    gaps = list(map(operator.sub, after, x1s))
    if max(gaps) > eps:
        cuts.update(k for k, gap in enumerate(gaps, 1) if gap > eps)
    if min(gaps) < -eps:  # (a letter drawn over the one before: the layout compares the two)
        cuts.update(k for k, gap in enumerate(gaps, 1) if gap < -eps)
    step = 0.1 * size
    if min(map(operator.sub, after, xs)) < step:
        cuts.update(k for k, (x0, x) in enumerate(itertools.pairwise(xs), 1) if x < x0 + step)
    level = ys.count(ys[0]) == len(ys)  # (the run on one baseline: the common case)
    if not level:
        cuts.update(k for k, (y0, y) in enumerate(itertools.pairwise(ys), 1) if y != y0)
    if min(x1s) <= 0 or max(xs) >= width:
        for k, (x0, x1) in enumerate(zip(xs, x1s, strict=True)):
            if x1 <= 0 or x0 >= width:
                cuts.add(k)
                cuts.add(k + 1)
    text = "".join(run)
    spans = list(map(_SPAN, _TOKEN.finditer(text)))
    if cuts:
        spans = [
            part
            for a, b in spans
            for part in itertools.pairwise([a, *sorted(k for k in cuts if a < k < b), b])
        ]
    new = tuple.__new__
    # (top and bottom as the character records have them: y_top - y0 - size, y_top - y0)
    if level:
        bottom = y_top - (ys[0] + descent_y)
        top = bottom - size
        records = [
            new(Char, (text[a:b], xs[a], x1s[b - 1], top, bottom, size, name, bold, italic)) for a, b in spans
        ]
    else:
        records = []
        for a, b in spans:
            bottom = y_top - (ys[a] + descent_y)
            fields = (text[a:b], xs[a], x1s[b - 1], bottom - size, bottom, size, name, bold, italic)
            records.append(new(Char, fields))
    out.extend(records)
    parts, ends = pieces.parts, pieces.ends
    for r, (a, b) in zip(records, spans, strict=True):
        if b - a > 1:
            key = id(r)
            parts[key] = (r, xs, x1s, a)
            ends[key] = xs[b - 1] + step
    pieces.extra += len(text) - len(spans)  # (the spans cover the run)


def _line_end_hyphen(tp: Any, i: int) -> bool:
    """Whether character ``i``, whose code is 2, is PDFium's hyphen at a line end: the page text
    has U+FFFE for that one. A glyph of code 2 that its font maps to no character (a font
    re-written without its ToUnicode map, an accented letter given code 2) has code 2 as well,
    but is not in the page text at all (its text from ``i`` is the next character): it is kept
    as the control character, which the layout reader marks as an unread letter, as pdfminer's
    "(cid:2)" is."""
    buf = ctypes.create_string_buffer(4)
    return _get_text(tp, i, 1, buf) == 2 and buf.raw[:2].decode("utf-16-le") == "\ufffe"


def _page_text(tp: int | None, n: int) -> str | None:
    """The page's characters as one string, one per character index; None where it does not map."""
    buf = ctypes.create_string_buffer(2 * (n + 1))
    written = _get_text(tp, 0, n, buf)
    if written != n + 1:
        return None
    text = buf.raw[: 2 * n].decode("utf-16-le", errors="replace")
    if len(text) != n:
        return None
    # the page text is PDFium's text buffer, which follows the character list for left-to-right
    # text; a sample of characters is checked against the character list (U+FFFE, spaces and
    # control characters are asked for one by one anyway); the calls made by map(), in C
    sample = text[::16]
    codes = list(map(_unicode_at, itertools.repeat(_vp.from_param(tp)), range(0, n, 16)))
    if codes != list(map(ord, sample)) and any(
        code != ord(ch) and not _SUSPECT.match(ch) for ch, code in zip(sample, codes, strict=True)
    ):
        return None
    return text


def _dropped_text(page: pdfium.PdfPage, objects: set[int]) -> bool:
    """Whether the page has a text object PDFium's text page left out that pdfminer reads.

    PDFium skips a text object whose box has no width: a one-letter word of an OCR layer set in
    a glyph-less font (render mode 3, invisible). It also skips a text object that repeats the
    one before it at almost the same place (text drawn twice, a fraction of a point apart, to
    look bold). pdfminer reads both, so such a page is read by the pdfplumber source. A
    visible text object is also left out when it is a lone space (no glyph outline, no width);
    pdfminer reports that space, PDFium does not, and nothing else is lost: the layout reader
    splits words on the gap the space leaves.
    """
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    handle = ctypes.cast(page.raw, _vp).value
    stack: list[tuple[Callable[..., Any], Any, int]] = [(_get_object, handle, _count_objects(handle))]
    while stack:
        get, parent, count = stack.pop()
        for k in range(count):
            obj = get(parent, k)
            kind = _object_type(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                stack.append((_form_get_object, obj, _form_count_objects(obj)))
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT and obj not in objects:
                _object_bounds(obj, *refs)
                if right.value - left.value <= 0:
                    if _render_mode(obj) == _INVISIBLE:
                        return True
                elif top.value - bottom.value > 0:
                    return True  # a box with width and height: text drawn over text
    return False


def _over_scan(page: pdfium.PdfPage, width: float, height: float) -> bool:
    """Whether images cover half the page or more (a scan under its OCR layer, maybe stored in
    strips); asked only of a page whose text is mostly invisible (as the pdfplumber source asks)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    wanted = 0.5 * width * height
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        _object_bounds(ctypes.cast(obj.raw, _vp).value, *refs)
        wanted -= (right.value - left.value) * (top.value - bottom.value)
        if wanted <= 0:
            return True
    return False


@contextmanager
def _document(data: bytes, password: str | None) -> Iterator[tuple[pdfium.PdfDocument, int]]:
    """The document opened by PDFium, and its number of pages."""
    with LOCK:
        try:
            pdf = pdfium.PdfDocument(data, password=password or None)
        except pdfium.PdfiumError as e:
            if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
                raise PasswordError from None
            raise UnreadableError from None
        try:
            pages = len(pdf)
        except BaseException:
            pdf.close()
            raise
    try:
        yield pdf, pages
    finally:
        with LOCK:
            pdf.close()


def page_count(path: str) -> int | None:
    """A PDF file's number of pages (cheap: no text is extracted); None if PDFium cannot tell."""
    try:
        with LOCK:
            document = pdfium.PdfDocument(path)
            try:
                return len(document)
            finally:
                document.close()
    except Exception:
        return None


def read(
    data: bytes,
    reader: LayoutReader,
    *,
    password: str | None,
    fallback: Callable[[int, list[Turned], bool], tuple[list[Char], bool, float, float]],
) -> tuple[int, int]:
    """Feed every page of a PDF to ``reader``; return (pages, drawn non-space characters).

    ``fallback(index, turned, layer)`` gives a page's characters from the pdfplumber source (and
    adds its quarter-turned ones to ``turned``), when ``layer`` asks, whether it finds them an
    invisible layer over a scan (asked for a rotated page, as PDFium's characters of it are not
    read; False when not asked), and the width and height of the page as it read it (a rotated
    page is read as shown, or as drawn when its rotation turns its text away from upright:
    ``_pdf._in_its_frame``), for a page whose text PDFium leaves out (see
    :func:`_dropped_text`), where it splits a ligature into letters at one origin (see
    :func:`_shared_origin`), where a letter's glyph has no width (a Type3 font), or with upright
    text set at an angle (pdfminer's box is the one around the turned glyph; the pdfplumber
    source levels the skewed lines of a scan, ``_pdf._level``). Raises :class:`PasswordError` or
    :class:`UnreadableError`; other exceptions mean a damaged file too.
    """
    count = 0
    drawn = 0
    with _document(data, password) as (pdf, pages):
        for index in range(pages):
            pieces = Pieces()
            turned: list[Turned] = []
            invisible = False
            chars: list[Char] = []
            other = False  # (whether the pdfplumber source reads the page)
            rotation = 0
            with LOCK:
                page = pdf[index]
                try:
                    left, bottom, right, top = page.get_mediabox()
                    rotation = page.get_rotation()
                    other = bool(rotation)  # (pdfminer turns the page; keep its coordinates)
                    if rotation in (90, 270):  # (and its measures: a page stored on its side)
                        left, bottom, right, top = bottom, left, top, right
                    if not other:
                        textpage = page.get_textpage()
                        try:
                            chars, objects, pieces, shared, invisible = _chars(
                                page, textpage, merge=True, quarter=turned
                            )
                        finally:
                            textpage.close()
                        invisible = invisible and _over_scan(page, right - left, top - bottom)
                        # (an OCR layer whose level words step along a skewed scan's lines is
                        # levelled by the pdfplumber source, as one with turned lines is)
                        other = (
                            shared
                            or _dropped_text(page, objects)
                            or (
                                bool(chars)
                                and (invisible or ocr_font(chars[0].fontname))
                                and word_steps(chars) != 0.0
                            )
                        )
                finally:
                    page.close()
            if other:  # (outside the lock: pdfminer's work, however long, holds up no other thread)
                turned.clear()
                (chars, layer, width, height), pieces = fallback(index, turned, bool(rotation)), Pieces()
                invisible = layer or invisible
                if rotation:  # (the frame the pdfplumber source read the page in)
                    left, bottom, right, top = 0.0, 0.0, width, height
            reader.add_page(
                chars,
                width=right - left,
                height=top - bottom,
                pieces=pieces,
                turned=turned,
                invisible=invisible,
            )
            count += 1
            # (a piece's characters are one code point each, none a space)
            drawn += len(chars) - sum(map(str.isspace, map(_TEXT, chars)))
            drawn += pieces.extra
    return count, drawn


def image_pages(data: bytes, password: str | None) -> int | None:
    """The number of pages with an image on them (asked only of a PDF without any text: a scan
    has images, blank pages have none); None when PDFium cannot tell."""
    try:
        with _document(data, password) as (pdf, pages), LOCK:
            count = 0
            for index in range(pages):
                page = pdf[index]
                try:
                    count += any(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))
                finally:
                    page.close()
            return count
    except Exception:  # (only the message depends on it)
        return None
