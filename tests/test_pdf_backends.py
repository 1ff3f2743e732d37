"""The two character sources (pdfplumber, PDFium) give the same marked text and the same Nota.

Corpus PDFs (also the two OCR'd scans), generated notas over varied layouts (``tests/pdfwriter``),
and the bad-input errors of ``tests/test_pdf_errors.py`` on the PDFium backend.
"""

from __future__ import annotations

import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, Phase, given, settings

import notaparse
from notaparse import Nota, _pdfium
from notaparse._layout import Char, LayoutReader, _interleaved, _overprints
from notaparse._pdf import extract
from pagedraw import BOLD, Page, pdf_of_objects
from pdfwriter import write_pdf
from test_pdf_property import layouts, notas

ROOT = Path(__file__).resolve().parent.parent
PDFS = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf"))
# a quarter of the profile's count: each example typesets a PDF and reads it twice
EXAMPLES = max(1, settings().max_examples // 4)


def _both(data: bytes) -> tuple[str, str]:
    texts = [extract(io.BytesIO(data), name="x.pdf", backend=b).text for b in ("pdfplumber", "pdfium")]
    return texts[0], texts[1]


def _notas(data: bytes) -> tuple[Nota, Nota]:
    a, b = (notaparse.load(io.BytesIO(data), backend=b) for b in ("pdfplumber", "pdfium"))
    return a, b


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_corpus_marked_text_identical(pdf: Path) -> None:
    plumber, pdfium = _both(pdf.read_bytes())
    assert pdfium == plumber


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_corpus_nota_identical(pdf: Path) -> None:
    plumber, pdfium = _notas(pdf.read_bytes())
    assert pdfium == plumber
    assert notaparse.to_dict(pdfium) == notaparse.to_dict(plumber)
    # provenance too (outside equality): same pages and boxes to a tenth of a point
    assert [s.origin for s in pdfium.sections] == [s.origin for s in plumber.sections]


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a PDF round trip takes minutes
)
@given(nota=notas(), layout=layouts)
def test_generated_pdfs_identical(nota: Nota, layout: object) -> None:
    data = write_pdf(nota, layout)  # type: ignore[arg-type]
    plumber, pdfium = _both(data)
    assert pdfium == plumber
    outcomes = []
    for backend in ("pdfplumber", "pdfium"):
        try:
            outcomes.append(notaparse.load(io.BytesIO(data), backend=backend))
        except notaparse.NotaparseError as e:  # the same error from both, if any
            outcomes.append((type(e), str(e)))
    assert outcomes[1] == outcomes[0]


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="backend must be one of auto, pdfplumber, pdfium, got 'mupdf'"):
        notaparse.load(PDFS[0], backend="mupdf")


def test_pages_and_document_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page and text page the PDFium source opens is closed, and the document too."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - only this test looks inside

    opened: list[object] = []
    closed: list[object] = []
    for cls in (pdfium.PdfPage, pdfium.PdfTextPage, pdfium.PdfDocument):
        original_init, original_close = cls.__init__, cls.close

        def init(self: object, *args: object, _o: object = original_init, **kwargs: object) -> None:
            _o(self, *args, **kwargs)  # type: ignore[operator]
            opened.append(self)

        def close(self: object, *args: object, _c: object = original_close, **kwargs: object) -> object:
            closed.append(self)
            return _c(self, *args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(cls, "__init__", init)
        monkeypatch.setattr(cls, "close", close)
    notaparse.load(PDFS[0], backend="pdfium")
    assert opened
    assert all(any(o is c for c in closed) for o in opened)


def test_threads_take_turns_in_pdfium(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium is not thread-safe (pypdfium2: no simultaneous calls, not even on different
    documents): PDFs loaded from several threads at once (a threaded web server, load_all on a
    ThreadPoolExecutor) are in PDFium one thread at a time, and read as they are alone."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - only this test looks inside

    guard = threading.Lock()
    depth: dict[int, int] = {}  # thread -> calls of it under way (a call may make another)
    most = 0

    def watched(fn: Any) -> Any:
        def call(*args: object, **kwargs: object) -> object:
            nonlocal most
            me = threading.get_ident()
            with guard:
                depth[me] = depth.get(me, 0) + 1
                most = max(most, sum(1 for d in depth.values() if d))
            try:
                time.sleep(0.01)  # (a wide window: threads that may overlap do)
                return fn(*args, **kwargs)
            finally:
                with guard:
                    depth[me] -= 1

        return call

    monkeypatch.setattr(_pdfium, "_chars", watched(_pdfium._chars))
    for cls, method in (
        (pdfium.PdfDocument, "__init__"),
        (pdfium.PdfDocument, "close"),
        (pdfium.PdfPage, "close"),
    ):
        monkeypatch.setattr(cls, method, watched(getattr(cls, method)))
    alone = [notaparse.to_json(notaparse.load(p, backend="pdfium")) for p in PDFS[:3]]
    most = 0
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(
            pool.map(lambda p: notaparse.to_json(notaparse.load(p, backend="pdfium")), PDFS[:3] * 2)
        )
    assert together == alone * 2
    assert most == 1


def test_the_pdfplumber_source_of_a_page_runs_outside_the_pdfium_lock() -> None:
    """A page PDFium does not read (a turned page here) is read by the pdfplumber source,
    pdfminer's work that may take seconds: it runs with the lock free, so other threads' PDFs are
    not held up by it."""
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842).set_rotation(90)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    free: list[bool] = []

    def fallback(index: int, turned: list[Any], layer: bool) -> tuple[list[Char], bool, float, float]:
        def take() -> None:
            free.append(_pdfium.LOCK.acquire(timeout=2))
            if free[-1]:
                _pdfium.LOCK.release()

        other = threading.Thread(target=take)
        other.start()
        other.join()
        return [], False, 842.0, 595.0

    _pdfium.read(buffer.getvalue(), LayoutReader(), password=None, fallback=fallback)
    assert free == [True]


# -- the PDFium source's pieces ------------------------------------------------------------------
# The PDFium source hands the layout reader a run of one text object's characters (same
# baseline, no gap, no space) as one record, a piece; the reader must read it as it reads the
# characters. The corpus and generated tests above prove it on ordinary pages; these draw pages
# where a record of another text object starts among a piece's characters.


def _overprinted() -> bytes:
    page = Page()
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.text(79, 260, "Evaluatie van de regeling", BOLD, 11)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.line("Het voorstel is besproken met de directie.")
    # a line with a rule of underscores drawn over it (each a text object of its own)
    page.text(79, page.y, "Geadviseerd besluit")
    page.text(79.3, page.y, "______________", BOLD)
    page.y += page.lead
    # a word of another text object set among the letters of this line's words
    page.text(79, page.y, "De kosten zijn laag.")
    page.text(95, page.y, "x")
    return page.pdf()


def test_text_drawn_twice_read_once() -> None:
    """Bold imitated by drawing a text twice, a fraction of a point apart: PDFium leaves out the
    second text object, pdfminer reads both (the page is read by the pdfplumber source); the
    layout reads a letter drawn again over itself once, so both backends give the text once."""
    page = Page()
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.text(79, page.y, "Geadviseerd besluit")
    page.text(79.3, page.y, "Geadviseerd besluit")
    page.y += page.lead
    page.text(79, page.y, "Het gaat om 11 miljoen.")  # (a real double letter stays)
    # a part drawn again over itself: a piece of its own, read once too
    page.text(79.25 + page.canvas.stringWidth("Het gaat om ", "Helvetica", page.size), page.y, "11")
    plumber, pdfium_text = _both(page.pdf())
    assert pdfium_text == plumber
    assert "Geadviseerd besluit\nHet gaat om 11 miljoen." in pdfium_text


def test_overprints_are_repeats_of_the_character_before() -> None:
    def char(text: str, x0: float, size: float = 10.0, top: float = 100.0) -> Char:
        return Char(text, x0, x0 + 0.5 * size, top, top + size, size, "F", False, False)

    row = [char("a", 10), char("a", 10.3), char("l", 15), char("l", 17.2), char("b", 19.2, size=12)]
    repeated = _overprints(row)
    assert repeated == {id(row[1])}  # not the real "ll", 2.2 pt apart at 10 pt
    assert _overprints([char("a", 10), char("a", 10.3, top=103)]) == set()  # another height
    assert _overprints([char("a", 10), char("a", 10.3, size=12)]) == set()  # another size
    assert _overprints([char(" ", 10), char(" ", 10.3)]) == set()  # spaces
    # a shadow 1.2 pt right of and below the text (drawn first, so sorted after it), and a copy
    # boxed a descent (0.21 em) higher on the same baseline, as pdfminer boxes a copy in a Type3
    # font (a browser's stroked outline of a title)
    row = [char("T", 70.86, 13, top=190.01), char("T", 72.06, 13, top=191.21)]
    assert _overprints(row) == {id(row[1])}
    row = [char("T", 70.86, 13, top=190.01), char("T", 70.86, 13, top=187.25)]
    assert _overprints(row) == {id(row[1])}
    # all three: each copy is compared with the one before it
    row = [
        char("T", 70.86, 13, top=187.25),
        char("T", 70.86, 13, top=190.01),
        char("T", 72.06, 13, top=191.21),
    ]
    assert _overprints(row) == {id(row[1]), id(row[2])}


def test_pieces_among_other_records_read_as_characters() -> None:
    data = _overprinted()
    plumber, pdfium_text = _both(data)
    assert pdfium_text == plumber
    # the pieces are there, and the rows where the other text objects start among them are seen
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    textpage = page.get_textpage()
    records, _, pieces, _, _ = _pdfium._chars(page, textpage, merge=True)
    characters = _pdfium.chars_from_pdfium(page, textpage)
    textpage.close()
    page.close()
    pdf.close()
    assert len(records) < len(characters)
    rows: dict[int, list[Char]] = {}
    for c in records:
        rows.setdefault(round(c.top), []).append(c)
    assert sum(_interleaved(sorted(row, key=lambda c: c.x0), pieces) for row in rows.values()) == 2
    # and the reader gives for the pieces what it gives for the characters
    by_pieces, by_characters = LayoutReader(), LayoutReader()
    by_pieces.add_page(records, width=595.3, height=841.9, pieces=pieces)
    by_characters.add_page(characters, width=595.3, height=841.9)
    assert by_pieces.text() == by_characters.text()


def _type3_pdf(lines: list[tuple[float, float, str]]) -> bytes:
    """A page whose text is set in a Type3 font (each glyph a filled box half an em wide,
    named as the standard glyph of its character; ``lines`` are (x, top, text) at 10 pt), as
    pdfTeX writes the bitmap fonts of a T1 LaTeX document where no Type1 fonts are installed."""
    names = {" ": "space", ".": "period", ",": "comma", ":": "colon", "-": "hyphen"}
    names |= dict(
        zip(
            "0123456789",
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
            strict=True,
        )
    )
    codes = range(32, 127)
    glyph = {c: names.get(chr(c), chr(c)) for c in codes if chr(c).isalnum() or chr(c) in names}
    differences = b" ".join(f"{c} /{n}".encode() for c, n in glyph.items())
    procs = b"".join(f"/{n} 7 0 R".encode() for n in set(glyph.values()))
    widths = b" ".join(b"500" if c in glyph else b"0" for c in codes)
    content = b"".join(
        f"BT /F1 10 Tf 1 0 0 1 {x} {842 - top - 8} Tm ({text}) Tj ET\n".encode() for x, top, text in lines
    )
    box = b"500 0 50 0 450 700 d1 50 0 400 700 re f"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/Font/Subtype/Type3/FontBBox[0 0 500 700]/FontMatrix[0.001 0 0 0.001 0 0]/CharProcs 6 0 R"
        b"/Encoding<</Type/Encoding/Differences[" + differences + b"]>>/FirstChar 32/LastChar 126"
        b"/Widths[" + widths + b"]/Resources<<>>>>",
        b"<</Length " + str(len(content)).encode() + b">>stream\n" + content + b"\nendstream",
        b"<<" + procs + b">>",
        b"<</Length " + str(len(box)).encode() + b">>stream\n" + box + b"\nendstream",
    ]
    return pdf_of_objects(objects)


def test_text_in_a_type3_font_is_read_as_words() -> None:
    """PDFium gives the glyphs of a Type3 font (pdfTeX's bitmap fonts) no width: every letter
    stood a gap from the next ("A a n l e i d i n g"), the PDFium source read no title and no
    section where pdfminer, which takes the advances from /Widths, read them. Such a page is
    read by the pdfplumber source: both give the same nota."""
    text = "De regeling wordt verlengd tot 2029."
    data = _type3_pdf(
        [
            (79, 200, "Aan:  MBZK"),
            (79, 214, "Van:  DGDOO"),
            (79, 242, "Verlenging van de regeling"),
            (79, 270, "Aanleiding"),
            (79, 284, text),
        ]
    )
    a, b = _notas(data)
    assert notaparse.to_dict(a) == notaparse.to_dict(b)
    assert b.title == "Verlenging van de regeling"
    assert [(s.heading, [x.text for x in s.blocks]) for s in b.sections] == [("Aanleiding", [text])]


def test_cid_font_without_tounicode_keeps_its_words_whole() -> None:
    # a page re-written by Ghostscript's PDF/A conversion: its TrueType font became a CID font
    # without a ToUnicode map, for which PDFium's glyph widths (asked by Unicode) answer for
    # other glyphs, so 'M', 'm' and 'W' ended short of the next letter ("M inister")
    pdf = ROOT / "fixtures" / "rewritten" / "pdfa-cid-font-without-tounicode.pdf"
    text = extract(io.BytesIO(pdf.read_bytes()), name=pdf.name, backend="pdfium").text
    assert "Minister van Economische Zaken" in text
    assert "DG Macro-Economie en Werkgelegenheid" in text
    assert "Mevrouw Meijer vraagt om een Memo over de Werkwijze van de Marktmeester." in text


REWRITTEN = ROOT / "fixtures" / "rewritten"


def test_symbolic_truetype_font_without_encoding_is_read_by_its_glyph_names() -> None:
    # Ghostscript's pdfwrite re-embeds a WinAnsi TrueType font (no ToUnicode map) as a symbolic
    # font without an /Encoding, with a (1, 0) cmap keyed by the WinAnsi codes: PDFium read the
    # codes as Mac Roman ("ÈÈn", "coˆrdinatie", "ëtijdigí", "Ä 12 mln"); the glyph names say
    # "eacute", "quoteleft", "Euro"
    data = (REWRITTEN / "pdfwrite-truetype-without-encoding.pdf").read_bytes()
    plumber, pdfium_text = _both(data)
    assert pdfium_text == plumber
    assert "In 2017 heeft het College één evaluatierapport uitgebracht over de coördinatie." in pdfium_text
    assert "Het advies – zo schreef de directeur – is ‘tijdig’ en ’s ochtends gegeven." in pdfium_text
    assert "Financiële gevolgen: € 12 mln in 2025 en 2026." in pdfium_text


def test_an_ot1_accent_without_an_advance_stands_over_its_letter() -> None:
    # pdfTeX draws an OT1 accent (CMBX12's dieresis, code 127, wider than the e) by kerns over
    # the letter that follows; PDFium gives no advance for it when asked by its Unicode (U+00A8),
    # so its box was its origin, inside the i before the e: "Financ\u00efele" where pdfminer,
    # which takes the font's /Widths, read "Financi\u00eble"
    data = (REWRITTEN / "pdftex-ot1-bold-accent.pdf").read_bytes()
    plumber, pdfium_text = _both(data)
    assert pdfium_text == plumber
    assert "Financi\u00eble gevolgen" in pdfium_text


def test_one_byte_identity_cid_font_without_tounicode_is_read_by_its_codes() -> None:
    # Ghostscript's PDF/A conversion makes the same font a CID font of the Adobe-Identity
    # collection with one-byte codes (CMap OneByteIdentityH) and no ToUnicode map: PDFium and
    # Poppler read each CID as its Unicode value; pdfminer gave "(cid:233)" and the file was
    # refused as having no text layer. (Ghostscript leaves the codes 0x80-0x9F, a dash, quotes
    # and the euro sign, without characters: no reader gets them back.)
    data = (REWRITTEN / "pdfa-one-byte-cid-font.pdf").read_bytes()
    plumber, pdfium_text = _both(data)
    assert plumber == pdfium_text
    assert "In 2017 heeft het College één evaluatierapport uitgebracht over de coördinatie." in plumber
    assert "Financiële gevolgen:" in plumber


def test_a_cid_font_with_a_damaged_cmap_stream_leaves_the_page_readable() -> None:
    # a CID font without a ToUnicode map whose CMap stream cannot be decoded (a filter pdfminer
    # does not know), in the page's resources beside the font of the text: pdfminer takes only the
    # CMap's name and reads the page; looking into the stream for one-byte codes raised, and the
    # pdfplumber source refused the file as damaged
    lines = [
        (79, 200, "Aan:  MBZK"),
        (79, 214, "Van:  DGDOO"),
        (79, 242, "Verlenging van de regeling"),
        (79, 270, "Aanleiding"),
        (79, 284, "De regeling wordt verlengd tot 2029."),
    ]
    content = b"".join(
        f"BT /F1 10 Tf 1 0 0 1 {x} {842 - top - 8} Tm ({text}) Tj ET\n".encode() for x, top, text in lines
    )
    cmap = b"not a CMap"
    data = pdf_of_objects(
        [
            b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R/F2 6 0 R>>>>"
            b"/Contents 5 0 R>>",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
            b"<</Length " + str(len(content)).encode() + b">>stream\n" + content + b"\nendstream",
            b"<</Type/Font/Subtype/Type0/BaseFont/Arial/Encoding 7 0 R/DescendantFonts[8 0 R]>>",
            b"<</Type/CMap/CMapName/OneByteIdentityH/Filter/NoSuchDecode/Length "
            + str(len(cmap)).encode()
            + b">>stream\n"
            + cmap
            + b"\nendstream",
            b"<</Type/Font/Subtype/CIDFontType2/BaseFont/Arial/CIDSystemInfo<</Registry(Adobe)"
            b"/Ordering(Identity)/Supplement 0>>/FontDescriptor 9 0 R/DW 500>>",
            b"<</Type/FontDescriptor/FontName/Arial/Flags 4/FontBBox[0 0 1000 1000]/ItalicAngle 0"
            b"/Ascent 900/Descent -200/CapHeight 700/StemV 80>>",
        ]
    )
    nota = notaparse.load(io.BytesIO(data), backend="pdfplumber")
    assert nota.title == "Verlenging van de regeling"
    assert nota.metadata.addressee == "MBZK"
    assert notaparse.to_dict(nota) == notaparse.to_dict(notaparse.load(io.BytesIO(data), backend="pdfium"))
