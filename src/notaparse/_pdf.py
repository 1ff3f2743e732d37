"""Reading a nota PDF: characters by position, marked text, then :func:`notaparse.parse`.

This is the only module that imports pdfplumber (and pdfminer, underneath it): upgrades of those
change extraction, so they are confined here. The layout work is done by
:mod:`notaparse._layout` on plain :class:`~notaparse._layout.Char` records, so another character
source can feed the same algorithm.

Every page is closed as soon as its characters are read, and the PDF is closed at the end, so
memory stays flat in the page count. Bad input raises one :class:`ExtractionError` subclass with
the file name and a sentence; pdfminer's own exceptions never escape.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO, Final

import attrs
import pdfplumber
from pdfminer.cmapdb import IdentityUnicodeMap
from pdfminer.layout import LTChar, LTContainer, LTImage
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdffont import PDFCIDFont
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfplumber.page import Page

from . import _vocab
from ._errors import (
    CorruptPDFError,
    EmptyFileError,
    EncryptedPDFError,
    ExtractionError,
    NotANotaError,
    NotaparseError,
    NoTextLayerError,
)
from ._layout import Char, LayoutFailureError, LayoutReader, Turned, font_style, quarter_turned, word_steps
from ._load import check_backend, refuse_non_nota
from ._model import Attachment, Diagnostic, Field, Footnote, Nota, Origin, Section
from ._parse import parse

Boxes = dict[int, tuple[int, tuple[float, float, float, float]]]

#: The character source ``backend="auto"`` uses: chosen by measurement (docs/pdf.md).
AUTO_BACKEND = "pdfium"


@attrs.frozen
class Extracted:
    """The result of the PDF layer: marked text, the page count, and line → (page, bbox)."""

    text: str
    page_count: int
    boxes: Boxes = attrs.field(eq=False, repr=False)
    chars: int = 0
    #: What the layout noticed that the marked text cannot say: (page, code, message).
    notes: tuple[tuple[int, str, str], ...] = ()


def chars_from_pdfplumber(page: Any, turned: list[Turned] | None = None) -> list[Char]:
    """A pdfplumber page's characters as :class:`Char` records (upright text only); characters
    set a quarter turned (text running up or down the page) are added to ``turned``, when given,
    as :class:`Turned` records.

    Reads pdfminer's layout objects directly instead of ``page.chars``: pdfplumber turns each
    character into a dict with some twenty keys, which costs more than the whole layout analysis.
    Coordinates are pdfminer's, measured from the MediaBox's top left corner (``top`` from the
    top of the page). pdfplumber adds the MediaBox's offset back (x in user space), which would
    put the text of a page whose MediaBox does not start at 0, 0 off the page the layout measures.
    The page's one-byte Identity CID fonts without a ToUnicode map are read by their codes first
    (:func:`_read_one_byte_identity`).
    """
    width, height = float(page.width), float(page.height)
    _read_one_byte_identity(page)
    styles: dict[str, tuple[bool, bool]] = {}
    out: list[Char] = []
    slanted: list[tuple[int, LTChar]] = []  # characters set at a small angle, by index in out
    stack: list[Any] = [iter(page.layout)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTChar):
                if not (obj.size < height and obj.x1 - obj.x0 < width):
                    # a glyph taller or wider than the page (a huge or overflowing text matrix,
                    # 10**200: pdfminer gives it an infinite size or box; PDFium keeps its glyphs
                    # on the page) is no text of it, and the layout cannot place it
                    continue
                if not obj.upright:
                    if turned is not None and quarter_turned(*obj.matrix[:4]):
                        turned.append(_turned(obj, height, styles))
                    continue
                if obj.matrix[1]:
                    a, b = obj.matrix[:2]
                    if quarter_turned(*obj.matrix[:4]):
                        # (a quarter turn whose a and d are all but 0, which pdfminer takes as upright)
                        if turned is not None:
                            turned.append(_turned(obj, height, styles))
                        continue
                    if abs(b) <= _SKEW * a:
                        slanted.append((len(out), obj))
                    elif abs(b) > _ASLANT * a > 0:
                        # a watermark set across the page, not the page's lines: kept apart
                        if turned is not None:
                            turned.append(_turned(obj, height, styles)._replace(aslant=True, advance=0.0))
                        continue
                fontname = obj.fontname
                if isinstance(fontname, bytes):  # pragma: no cover - rare byte-encoded names
                    fontname = fontname.decode("latin-1")
                style = styles.get(fontname)
                if style is None:
                    style = styles[fontname] = font_style(fontname)
                out.append(
                    Char(
                        obj.get_text(),
                        obj.x0,
                        obj.x1,
                        height - obj.y1,
                        height - obj.y0,
                        obj.size,
                        fontname,
                        style[0],
                        style[1],
                    )
                )
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj))
                break
        else:
            stack.pop()
    if slanted:
        _level(out, slanted, width=width, height=height)
    elif steps := word_steps(out):
        # (a skewed scan's layer whose lines the engine all set level, each word where it
        # stands on the skewed line)
        _level(out, [], width=width, height=height, skew=-steps)
    return out


def _rightward(page: Any) -> tuple[int, int]:
    """(characters set upright and running rightward, all characters) of a pdfplumber page's
    layout, as its frame gives them."""
    right = total = 0
    stack: list[Any] = [iter(page.layout)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTChar):
                total += 1
                a, b, c, d = obj.matrix[:4]
                right += a > 0 and d > 0 and abs(b) <= _SKEW * a and abs(c) <= _SKEW * d
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj))
                break
        else:
            stack.pop()
    return right, total


def _in_its_frame(page: Any) -> Any:
    """The pdfplumber page to read: ``page``, or the same page without its ``/Rotate`` when that
    turns text which stands upright on the page as drawn away from upright.

    A rotated page is read as it is shown: pdfminer turns its coordinates by the rotation, so a
    page stored on its side with its content turned back (a landscape sheet, an archive's
    scanner) reads upright. A viewer's "rotate page", saved, only sets ``/Rotate``: the content
    is drawn as before, the nota is shown on its side or upside down, and turned so its lines
    ran up or down the page (read as no text at all) or from right to left. When fewer than
    half the characters run upright and rightward as shown, the page is read as drawn, if more
    of them do so there. Only rotated pages are looked at.
    """
    if not page.rotation:
        return page
    _read_one_byte_identity(page)  # (before the layout, as chars_from_pdfplumber does)
    right, total = _rightward(page)
    if 2 * right >= total:
        return page
    obj = page.page_obj
    rotate, attrs_rotate = obj.rotate, obj.attrs.get("Rotate")
    obj.rotate = 0
    obj.attrs["Rotate"] = 0
    try:
        drawn = Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
        drawn_right = _rightward(drawn)[0]  # (its layout, made now, without the rotation)
    finally:
        obj.rotate = rotate
        if attrs_rotate is None:
            del obj.attrs["Rotate"]
        else:
            obj.attrs["Rotate"] = attrs_rotate
    if drawn_right > right:
        return drawn
    _close(drawn)
    return page


#: A CMap's code space of one-byte codes: ``<00> <FF>`` and nothing longer.
_ONE_BYTE_SPACE: Final = re.compile(
    rb"begincodespacerange\s*(?:<[0-9A-Fa-f]{2}>\s*<[0-9A-Fa-f]{2}>\s*)+endcodespacerange"
)


def _read_one_byte_identity(page: Any) -> None:
    """Read the page's CID fonts of the Adobe-Identity collection that have no ToUnicode map and
    one-byte codes (what Ghostscript's PDF/A conversion makes of a simple TrueType font: the
    CMap ``OneByteIdentityH`` keeps the font's codes) by their codes, as PDFium and Poppler do
    (a CID of such a collection stands for its own Unicode value). pdfminer leaves them unread,
    "(cid:105)" for each glyph, and the file was refused as having no text layer. A two-byte
    font (the CIDs are glyph numbers) is left unread. Looked at before the page's layout, in the
    font cache pdfminer's interpreter takes its fonts from.
    """
    resources = resolve1(page.page_obj.resources) or {}
    fonts = resolve1(resources.get("Font")) if isinstance(resources, dict) else None
    if not isinstance(fonts, dict):
        return
    for ref in fonts.values():
        spec = resolve1(ref)
        if not (
            isinstance(ref, PDFObjRef)
            and isinstance(spec, dict)
            and getattr(spec.get("Subtype"), "name", None) == "Type0"
            and "ToUnicode" not in spec
        ):
            continue
        encoding = resolve1(spec.get("Encoding"))
        if not isinstance(encoding, PDFStream):
            continue
        try:
            cmap = encoding.get_data()
        except Exception:
            # (a damaged CMap stream, or one in a filter pdfminer does not decode: the font is
            # left as pdfminer reads it, which takes only the CMap's name, not its data; the
            # page's other fonts are read)
            continue
        if not _ONE_BYTE_SPACE.search(cmap):
            continue
        font = page.pdf.rsrcmgr.get_font(ref.objid, spec)
        if isinstance(font, PDFCIDFont) and font.unicode_map is None and font.cidcoding == "Adobe-Identity":
            font.unicode_map = IdentityUnicodeMap()


#: The operator that draws text invisible (text render mode 3), as an OCR engine sets its layer.
_INVISIBLE_MODE: Final = re.compile(rb"(?<![\d.])3\s+Tr\b")


def _invisible_layer(page: Any) -> bool:
    """Whether a pdfplumber page is a scan with its text drawn invisible over it (an OCR layer,
    whatever its font is named: the PDFium source counts the characters of its invisible text
    objects; pdfminer's characters do not keep their render mode): the page's content or a form
    it draws sets text render mode 3 (a search of the decoded streams pdfminer keeps; born-digital
    pages end here), and images cover half the page or more (a scan may be stored in strips)."""
    contents = resolve1(page.page_obj.attrs.get("Contents"))
    streams = [resolve1(x) for x in (contents if isinstance(contents, list) else [contents])]
    resources = resolve1(page.page_obj.resources) or {}
    for ref in (resolve1(resources.get("XObject")) or {}).values():
        xobject = resolve1(ref)
        if isinstance(xobject, PDFStream) and getattr(xobject.get("Subtype"), "name", None) == "Form":
            streams.append(xobject)
    if not any(isinstance(x, PDFStream) and _INVISIBLE_MODE.search(x.get_data()) for x in streams):
        return False
    left = 0.5 * float(page.width) * float(page.height)  # (the images' area still to find)
    stack: list[Any] = [iter(page.layout)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTImage):
                left -= obj.width * obj.height
                if left <= 0:
                    return True
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj))
                break
        else:
            stack.pop()
    return False


def _turned(obj: LTChar, height: float, styles: dict[str, tuple[bool, bool]]) -> Turned:
    """A character set a quarter turned: its origin (the matrix's translation), its size (the
    font size times the matrix's scale: the box's width across the line), its direction and its
    advance."""
    fontname = obj.fontname if isinstance(obj.fontname, str) else obj.fontname.decode("latin-1")
    style = styles.get(fontname)
    if style is None:
        style = styles[fontname] = font_style(fontname)
    e, f = obj.matrix[4:]
    size = round(obj.x1 - obj.x0, 2)
    # (the box's height is the glyph's advance along the line)
    advance = round(obj.y1 - obj.y0, 2)
    return Turned(obj.get_text(), e, height - f, size, obj.matrix[1] > 0, fontname, style[0], False, advance)


#: The tangent of the largest angle at which text is taken for the skewed lines of a scan
#: (about 5°); a stamp set at a larger angle keeps its box.
_SKEW = 0.09
#: The tangent of the angle (about 20°) from which upright text is a watermark printed across the
#: page ("Openbaar gemaakt op grond van de Woo", "CONCEPT" set diagonally over a document): its
#: characters, each boxed where it stands, would fall into the rows of the body and be read
#: letter by letter among its words. No scan is read that far askew, and no nota sets its own
#: text so: it is read apart, as one line of its own (:func:`~._layout.turned_lines`).
_ASLANT = 0.36


def _level(
    out: list[Char],
    slanted: list[tuple[int, LTChar]],
    *,
    width: float,
    height: float,
    skew: float | None = None,
) -> None:
    """Level the lines of a skewed scan's OCR layer in ``out`` (in place).

    An OCR engine sets each long line of a page scanned at a slight angle along its baseline (a
    text matrix turned by the skew); short lines it sets level, at the skewed place. Read as they
    are, a turned line drifts across the rows of its neighbours (a line half a point lower at
    every 60 points) and the lines' left edges drift too. So the page's skew, the median angle
    of its turned characters, is taken out: every character moves sideways by its height above
    the page's middle times the skew (the left edges line up again), and each turned character
    is set level at the height its line has at the page's middle, with the box it would have
    upright. On a page where fewer than a fifth of the characters are turned, and turned both
    ways (a level scan: the engine's fit of a few short lines' baselines turned one a little up,
    the next a little down, "Datum" over its date), a turned line is set level at the height it
    has where it starts: carried along its own angle to the page's middle, two such lines at the
    page's edge met in one row ("D16atoukmtober 2026"). Where the engine set the level lines'
    words each at its place along the skewed line (:func:`~._layout.word_steps`), with fewer
    turned characters or none, they are set at the height their place has at the page's middle
    too; ``skew`` (the tangent of the page's angle) is given for a page with no turned
    character, read from those words' steps.
    """
    tangents = sorted(obj.matrix[1] / obj.matrix[0] for _, obj in slanted)
    mid_x, mid_y = width / 2, height / 2
    # where a fifth of the characters or more are turned (a scan's layer, not a born-digital
    # page with a stamp set at an angle), or the level words step along the turned lines'
    # angle (``_layout.word_steps``: their skew, as a page with no turned line gives it), a
    # level character is a word the engine set level but at its place along the skewed line
    # (Tesseract's renderer sets some lines' words so, each a step lower than the one before):
    # it is set at the height its place has at the page's middle, as the turned lines are
    if skew is None:
        skew = tangents[len(tangents) // 2]
        stepped = 5 * len(slanted) >= len(out)
        if not stepped:
            turned = {i for i, _ in slanted}
            steps = word_steps([c for i, c in enumerate(out) if i not in turned])
            stepped = steps != 0.0 and abs(steps + skew) <= 0.3 * abs(skew)
    else:
        stepped = True
    # (a line's characters share its angle and the height its baseline has at x = 0)
    starts: dict[tuple[float, int], float] = {}
    if not stepped and tangents[0] < 0 < tangents[-1]:
        for _, obj in slanted:
            a, b, _c, _d, e, f = obj.matrix
            key = (b / a, round(f - e * b / a))
            starts[key] = min(starts.get(key, e), e)
    for i, ch in enumerate(out):
        # top = height - y; the shift is by the height above the middle
        dx = (mid_y - (ch.top + ch.bottom) / 2) * skew
        dy = (ch.x0 - mid_x) * skew if stepped else 0.0
        out[i] = ch._replace(x0=ch.x0 + dx, x1=ch.x1 + dx, top=ch.top + dy, bottom=ch.bottom + dy)
    for i, obj in slanted:
        a, b, c, d, e, f = obj.matrix
        # the text-space bottom (descent + rise) and height (font size) of the glyph box, from
        # pdfminer's box around the turned one
        low = (obj.y0 - f - min(0.0, b * obj.adv)) / d
        font_size = (obj.y1 - obj.y0 - abs(b * obj.adv)) / d
        scale_x, scale_y = (a * a + b * b) ** 0.5, (c * c + d * d) ** 0.5
        x = e + (f - mid_y) * skew
        y = f - (e - (starts[b / a, round(f - e * b / a)] if starts else mid_x)) * b / a
        bottom = y + low * scale_y
        size = font_size * scale_y
        out[i] = out[i]._replace(
            x0=x,
            x1=x + obj.adv * scale_x,
            top=height - (bottom + size),
            bottom=height - bottom,
            size=size,
        )


#: Reads under way that keep pdfminer quiet, and the level its logger had before the first.
_quiet_lock = threading.Lock()
_quiet_reads = 0
_quiet_level = logging.NOTSET


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs warnings for damaged files; the error we raise says it better.

    The logger is the application's: the first of the reads under way (threads read at once)
    raises its level and the last one back gives it the level it had, so reads that overlap
    never leave the level they found raised."""
    global _quiet_reads, _quiet_level  # noqa: PLW0603 - one logger per process, one count for it
    logger = logging.getLogger("pdfminer")
    with _quiet_lock:
        if not _quiet_reads:
            _quiet_level = logger.level
            logger.setLevel(logging.ERROR)
        _quiet_reads += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_reads -= 1
            if not _quiet_reads:
                logger.setLevel(_quiet_level)


def extract(stream: BinaryIO, *, name: str, password: str | None = None, backend: str = "auto") -> Extracted:
    """Read a PDF into marked extracted text (the PDF → text layer).

    Raises :class:`EncryptedPDFError`, :class:`CorruptPDFError` or :class:`NoTextLayerError`.
    """
    check_backend(backend)
    reader = LayoutReader()
    data = stream.getvalue() if isinstance(stream, io.BytesIO) else stream.read()
    stream = io.BytesIO(data)
    if (AUTO_BACKEND if backend == "auto" else backend) == "pdfium":
        read = _read_pdfium(data, reader, name=name, password=password)
        if read is not None:
            return _finish(reader, *read, name, data, password)
        # PDFium could not open the file; its error code is not reliable (a well-formed PDF
        # without pages fails with the code left by an earlier file, "wrong password" after an
        # encrypted one): the pdfplumber source tells encrypted, damaged and empty apart
    count = 0
    chars = 0
    with _quiet_pdfminer():
        try:
            pdf = pdfplumber.open(stream, password=password or "")
        except NotaparseError:
            raise
        except Exception as e:
            raise _read_error(e, name, password) from None
        try:
            for page in pdf.pages:
                frame = page
                try:
                    turned: list[Turned] = []
                    frame = _in_its_frame(page)
                    page_chars = chars_from_pdfplumber(frame, turned)
                    width, height = float(frame.width), float(frame.height)
                    invisible = bool(page_chars) and _invisible_layer(page)
                    reader.add_page(
                        page_chars, width=width, height=height, turned=turned, invisible=invisible
                    )
                finally:
                    _close(page)
                    if frame is not page:
                        _close(frame)
                count += 1
                chars += sum(1 for c in page_chars if not c.text.isspace())
        except NotaparseError:
            raise
        except LayoutFailureError as failure:
            failure.reraise(name)  # (a bug of the reader's, not a damaged file)
        except Exception as e:
            raise _read_error(e, name, password) from None
        finally:
            _close(pdf)
    return _finish(reader, count, chars, name, data, password)


def _read_pdfium(
    data: bytes, reader: LayoutReader, *, name: str, password: str | None
) -> tuple[int, int] | None:
    """Feed the pages to ``reader`` from the PDFium source; (pages, characters), or None when
    PDFium cannot open the file. Errors while reading raise as the pdfplumber source's do."""
    from . import _pdfium  # noqa: PLC0415 - pypdfium2 is imported only when it reads

    plumber: Any = None

    def fallback(index: int, turned: list[Turned], layer: bool) -> tuple[list[Char], bool, float, float]:
        nonlocal plumber
        if plumber is None:
            plumber = pdfplumber.open(io.BytesIO(data), password=password or "")
        page = frame = plumber.pages[index]
        try:
            frame = _in_its_frame(page)
            chars = chars_from_pdfplumber(frame, turned)
            invisible = layer and bool(chars) and _invisible_layer(page)
            return chars, invisible, float(frame.width), float(frame.height)
        finally:
            _close(page)
            if frame is not page:
                _close(frame)

    try:
        with _quiet_pdfminer():
            return _pdfium.read(data, reader, password=password, fallback=fallback)
    except (_pdfium.PasswordError, _pdfium.UnreadableError):
        return None
    except NotaparseError:
        raise
    except LayoutFailureError as failure:
        failure.reraise(name)  # (a bug of the reader's, not a damaged file)
    except Exception:
        raise _corrupt(name) from None
    finally:
        if plumber is not None:
            _close(plumber)


def _close(resource: Any) -> None:
    """Close a pdfplumber object; a damaged file can make closing fail too (pdfplumber reads
    pages' boxes while it closes), and that must not replace the error already being raised."""
    with contextlib.suppress(Exception):
        resource.close()


def _finish(  # noqa: PLR0917 - the two sources' results, then the file for the error's wording
    reader: LayoutReader, count: int, chars: int, name: str, data: bytes, password: str | None
) -> Extracted:
    """The marked text of the pages read, or the error for a PDF without pages or text."""
    if count == 0:
        raise EmptyFileError(name, "is a PDF without any pages; nothing to read")
    if chars == 0:
        pages = f"{count} page{'s' if count != 1 else ''}"
        from . import _pdfium  # noqa: PLC0415 - pypdfium2 is imported only when it reads

        if _pdfium.image_pages(data, password) == 0:  # (blank pages are no scan: OCR finds nothing)
            raise NoTextLayerError(
                name,
                f"has no text ({pages} without any text or image: blank, or drawings only); "
                "check that it is the right file",
            )
        raise NoTextLayerError(
            name,
            f"has no text layer ({pages} of images only): it is a scan; "
            "run OCR first (for example: ocrmypdf in.pdf out.pdf) and load the result",
        )
    text, boxes = reader.text()
    notes = [*reader.notes, *_unmapped(text, name)]
    return Extracted(text=text, page_count=count, boxes=boxes, chars=chars, notes=tuple(notes))


#: What a text layer gives for a glyph its font does not map to a character (no ToUnicode map,
#: no standard glyph names): a control code, U+FFFD, or pdfminer's "(cid:12)".
_UNMAPPED: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]|\(cid:\d+\)")
#: A page is noted when at least this many of its characters, and this share of them, are unmapped.
_UNMAPPED_NOTED: Final = (10, 0.02)


def _unmapped(text: str, name: str) -> list[tuple[int, str, str]]:
    """Notes for the pages whose text layer gives characters without a Unicode mapping (they are
    left out of the text, so the words they stand in are misspelt); when they are most of the
    text, the text cannot be read at all: a :class:`NoTextLayerError` says to OCR the pages."""
    pages = text.split("\f")
    found = [_UNMAPPED.findall(page) for page in pages]
    if not any(found):
        return []
    # (each "(cid:12)" is one glyph)
    printed = [
        len("".join(page.split())) - sum(len(u) - 1 for u in codes)
        for page, codes in zip(pages, found, strict=True)
    ]
    unmapped = sum(map(len, found))
    if 2 * unmapped > sum(printed):
        raise NoTextLayerError(
            name,
            f"has a text layer that does not say which characters its glyphs are ({unmapped} of its "
            f"{sum(printed)} characters {'has' if unmapped == 1 else 'have'} no Unicode mapping: its "
            "fonts lack a ToUnicode map); "
            "run OCR over the page images (for example: ocrmypdf --force-ocr in.pdf out.pdf) and "
            "load the result",
        )
    least, share = _UNMAPPED_NOTED
    # (a page with a letter unread inside a word, U+FFFD, is noted however few: the word is
    # incomplete where it stands, a name or an amount perhaps; a few loose glyphs elsewhere, a
    # bullet's, are not)
    return [
        (
            k,
            "unmapped-glyphs",
            f"{len(codes)} {'character has' if len(codes) == 1 else 'characters have'} no Unicode "
            "mapping (a font without a ToUnicode map); "
            "inside a word each is given as U+FFFD (\ufffd), elsewhere they are left out of the "
            "text, so the words they stand in are incomplete",
        )
        for k, (codes, total, page) in enumerate(zip(found, printed, pages, strict=True), 1)
        if (len(codes) >= least and len(codes) >= share * total) or "\ufffd" in page
    ]


def _is_password_error(e: BaseException) -> bool:
    seen: BaseException | None = e
    while seen is not None:
        if isinstance(seen, PDFPasswordIncorrect):
            return True
        seen = (
            seen.__cause__
            or seen.__context__
            or (seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None)
        )
    return False


def _read_error(e: BaseException, name: str, password: str | None) -> ExtractionError:
    """The error for an exception pdfminer raised while opening or reading a file."""
    return _encrypted(name, password) if _is_password_error(e) else _corrupt(name)


def _encrypted(name: str, password: str | None) -> EncryptedPDFError:
    if password:
        return EncryptedPDFError(
            name, "is encrypted and the password given does not open it; check the password"
        )
    how = "load(path, password=...); --password on the command line"
    return EncryptedPDFError(name, f"is encrypted; pass its password ({how})")


#: A text layer is misread when at least this many of its tokens of three characters or more
#: are counted, and fewer than this share of them are spelt as words (:func:`_vocab.is_word`).
_MISREAD: Final = (20, 0.3)
#: An amount, a year, a date or an article's number ("2026", "12.043", "-311", "4.012,5",
#: "12-03-2026", "01"): no word, and no misread one either; not counted.
_NUMBER_TOKEN: Final = re.compile(r"[-+\u2212\u20ac%]?\d[\d.,:/\-]*%?")


def _refuse_misread(text: str, name: str) -> None:
    """Raise :class:`NoTextLayerError` for a PDF that is no nota because its text layer gives
    other characters than the page shows: most of its tokens are no words ("7(5 %(6/,66,1*",
    "0LQLVWHULH YDQ"), as a PDF printed to PostScript and back (``pdftops`` | ``ps2pdf``) writes
    its fonts, with the glyphs' numbers as character codes and no ToUnicode map. (Checked only
    for a file about to be refused: a nota's text is never counted.)"""
    tokens = [t for t in text.split() if len(t) >= 3 and not _NUMBER_TOKEN.fullmatch(t)]
    least, share = _MISREAD
    if len(tokens) < least:
        return
    words = sum(map(_vocab.is_word, tokens))
    if words < share * len(tokens):
        sample = " ".join(tokens[:4])
        raise NoTextLayerError(
            name,
            f"has a text layer that does not give the characters its pages show: {words} of its "
            f"{len(tokens)} longer tokens are spelt as words ('{sample}' ...); its fonts map their "
            "glyphs to other characters (a PDF printed to PostScript and back writes them so). "
            "Run OCR over the page images (for example: ocrmypdf --force-ocr in.pdf out.pdf) and "
            "load the result, or get the original PDF",
        ) from None


def _corrupt(name: str) -> CorruptPDFError:
    return CorruptPDFError(
        name, "is a damaged or truncated PDF that cannot be read; get a complete copy of the file"
    )


def read_pdf(
    stream: BinaryIO,
    *,
    name: str,
    strict: bool = False,
    password: str | None = None,
    backend: str = "auto",
) -> Nota:
    """Read a nota from a PDF: :func:`extract`, then :func:`parse`, page count and provenance."""
    extracted = extract(stream, name=name, password=password, backend=backend)
    nota = parse(extracted.text, strict=strict)
    pages = f"{extracted.page_count} page{'s' if extracted.page_count != 1 else ''}"
    try:
        refuse_non_nota(nota, name, f"a PDF with text ({pages}, {extracted.chars} characters)", pdf=True)
    except NotANotaError:
        _refuse_misread(extracted.text, name)
        raise
    nota = attrs.evolve(nota, metadata=attrs.evolve(nota.metadata, page_count=extracted.page_count))
    # origins first: an enclosure's page is the file's (the marked text has a page fewer than the
    # file after a cover page, which is written at the top of the page after it)
    nota = _with_boxes(nota, extracted.boxes)
    diagnostics = nota.diagnostics
    if nota.enclosures:
        # an enclosure's page count is the number of pages it spans, up to the next one or the end
        # of the file; the layout's notes say why each starts (the text parser's say "marked")
        firsts = [e.origin.page if e.origin and e.origin.page else 1 for e in nota.enclosures]
        ends = [*firsts[1:], extracted.page_count + 1]
        enclosures = tuple(
            attrs.evolve(e, metadata=attrs.evolve(e.metadata, page_count=max(1, end - first)))
            for e, first, end in zip(nota.enclosures, firsts, ends, strict=True)
        )
        nota = attrs.evolve(nota, enclosures=enclosures)
        diagnostics = tuple(d for d in diagnostics if d.code != "enclosure")
    if extracted.notes:
        layout = tuple(Diagnostic(code=code, message=text, page=page) for page, code, text in extracted.notes)
        diagnostics = (*diagnostics, *layout)
    return attrs.evolve(nota, diagnostics=diagnostics)


def _origin(origin: Origin | None, boxes: Boxes) -> Origin | None:
    if origin is None or origin.line is None or origin.line not in boxes:
        return origin
    page, bbox = boxes[origin.line]
    return Origin(page=page, line=origin.line, bbox=tuple(round(v, 1) for v in bbox))  # type: ignore[arg-type]


def _document_origin(origin: Origin | None, boxes: Boxes) -> Origin | None:
    """A document's origin (an enclosure's line `%enclosure`, which has no box) placed where its
    first line with a box is: its page is the file's."""
    if origin is None or origin.line is None or origin.line in boxes:
        return _origin(origin, boxes)
    after = [line for line in boxes if line > origin.line]
    if not after:
        return origin
    page, _ = boxes[min(after)]
    return Origin(page=page, line=origin.line, bbox=None)


def _with_boxes(nota: Nota, boxes: Boxes) -> Nota:
    """Give origins their page and bounding box from the line map (outside equality)."""

    def field(f: Field) -> Field:
        return attrs.evolve(f, origin=_origin(f.origin, boxes))

    def section(s: Section) -> Section:
        blocks = tuple(attrs.evolve(b, origin=_origin(b.origin, boxes)) for b in s.blocks)
        return attrs.evolve(s, blocks=blocks, origin=_origin(s.origin, boxes))

    def attachment(a: Attachment) -> Attachment:
        return attrs.evolve(a, origin=_origin(a.origin, boxes))

    def footnote(f: Footnote) -> Footnote:
        return attrs.evolve(f, origin=_origin(f.origin, boxes))

    metadata = attrs.evolve(nota.metadata, fields=tuple(field(f) for f in nota.metadata.fields))
    return attrs.evolve(
        nota,
        origin=_document_origin(nota.origin, boxes),
        metadata=metadata,
        sections=tuple(section(s) for s in nota.sections),
        attachments=tuple(attachment(a) for a in nota.attachments),
        footnotes=tuple(footnote(f) for f in nota.footnotes),
        enclosures=tuple(_with_boxes(e, boxes) for e in nota.enclosures),
    )
