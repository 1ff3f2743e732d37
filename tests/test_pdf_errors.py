"""Bad input: one documented error each, with the file name and a sentence; the CLI exits 1.

Every test runs on both PDF character sources (the ``backend`` fixture sets what "auto" means),
so the same input gives the same error class and message from pdfplumber and from PDFium.
"""

from __future__ import annotations

import io
import logging
import re
import tracemalloc
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Final

import pytest
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

import notaparse
import notaparse._layout
import notaparse._pdf
from notaparse._cli import main
from pagedraw import pdf_of_objects

ROOT = Path(__file__).resolve().parent.parent
BZK = ROOT / "fixtures" / "pdf" / "bzk-2023-12-13-evaluaties-college-rechten-van-de-mens.pdf"
SCANS = sorted((ROOT / "fixtures" / "no-text-layer").glob("*.pdf"))


@pytest.fixture(autouse=True, params=["pdfplumber", "pdfium"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(notaparse._pdf, "AUTO_BACKEND", request.param)
    return str(request.param)


CORRUPT = "is a damaged or truncated PDF that cannot be read; get a complete copy of the file"


def _pdf(path: Path, lines: list[str], *, encrypt: str | None = None) -> Path:
    kwargs = {}
    if encrypt is not None:
        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt, canPrint=1)
    c = canvas.Canvas(str(path), **kwargs)  # type: ignore[arg-type]
    y = 780.0
    for line in lines:
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.save()
    return path


def test_page_box_that_is_not_numbers(tmp_path: Path, backend: str) -> None:
    """Found by mutating corpus PDFs: pdfplumber failed again while closing such a file, and that
    second failure escaped instead of the error. PDFium reads the page with a default box."""
    path = tmp_path / "box.pdf"
    data = BZK.read_bytes()
    assert data.count(b"/MediaBox [ 0 0 595.25 841.85 ]") == 2
    path.write_bytes(data.replace(b"/MediaBox [ 0 0 595.25 841.85 ]", b"/MediaBox [ 0 /b;5.25 841.85 ]"))
    if backend == "pdfium":
        assert notaparse.load(path).metadata.reference == "2023-0000700225"
        return
    with pytest.raises(notaparse.CorruptPDFError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: {CORRUPT}"


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "nota.pdf"
    path.write_text("Dit is geen PDF.\n", encoding="utf-8")
    with pytest.raises(notaparse.NotAPDFError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: is named .pdf but is not a PDF (no %PDF- header); check the file"


def _zip(*names: str, mimetype: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype)
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


EXPORT = "save or export it as PDF and load that"
SCAN = "OCR it into a PDF (for example: ocrmypdf --image-dpi 300 scan.png out.pdf) and load that"


@pytest.mark.parametrize(
    ("data", "what", "todo"),
    [
        (_zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"), "a Word document (.docx)", EXPORT),
        (_zip("[Content_Types].xml", "xl/workbook.xml"), "an Excel workbook (.xlsx)", EXPORT),
        (
            _zip("content.xml", mimetype="application/vnd.oasis.opendocument.text"),
            "an OpenDocument file (.odt, .ods)",
            EXPORT,
        ),
        (_zip("a.pdf", "b.pdf"), "a ZIP archive", "unpack it and load the PDFs in it"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            "an older Office document (.doc, .xls, .msg)",
            EXPORT,
        ),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image", SCAN),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100), "a JPEG image", SCAN),
        (
            b"\n<!DOCTYPE html>\n<html><body>Beslisnota</body></html>",
            "a web page (HTML)",
            "download the document itself, not the page that links to it",
        ),
    ],
    ids=["docx", "xlsx", "odt", "zip", "doc", "png", "jpeg", "html"],
)
def test_a_known_other_format_named_pdf_says_what_it_is(
    tmp_path: Path, data: bytes, what: str, todo: str
) -> None:
    """An upload of the wrong file (the .docx of the nota, a photo of a page) says what it is and
    what to do, named .pdf or a stream without a name alike."""
    path = tmp_path / "nota.pdf"
    path.write_bytes(data)
    with pytest.raises(notaparse.NotAPDFError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: is named .pdf but is {what}, not a PDF; {todo}"
    if b"\x00" in data:  # (binary: a stream without a name is no text either)
        with pytest.raises(notaparse.NotAPDFError) as e:
            notaparse.load(io.BytesIO(data))
        assert str(e.value) == f"<stream>: is {what}, neither a PDF nor a text file; {todo}"


def test_a_zip_named_pdf_is_told_apart_by_the_first_bytes_of_its_mimetype() -> None:
    """Only the first bytes of a ZIP file's "mimetype" entry are read: an upload of a few hundred
    kB whose entry unpacks to 100 MB is told apart in little memory (it was unpacked whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"application/vnd.oasis.opendocument.text" + bytes(100_000_000))
    tracemalloc.start()
    try:
        with pytest.raises(notaparse.NotAPDFError, match=r"is an OpenDocument file \(\.odt, \.ods\)"):
            notaparse.load(io.BytesIO(out.getvalue()), name="nota.pdf")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000


def test_a_zip_named_pdf_with_a_damaged_mimetype_entry_is_a_zip_file() -> None:
    """A ZIP file whose "mimetype" entry's deflated data is damaged is still told apart as a ZIP
    file; zlib's own error, raised while the entry's first bytes were read, came out of load()."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text" * 50)
    data = bytearray(out.getvalue())
    start = data.index(b"mimetype") + len(b"mimetype")  # (the entry's deflated data follows its name)
    data[start : start + 12] = bytes(b ^ 0xFF for b in data[start : start + 12])
    with pytest.raises(notaparse.NotAPDFError) as e:
        notaparse.load(io.BytesIO(bytes(data)), name="nota.pdf")
    assert str(e.value) == (
        "nota.pdf: is named .pdf but is a ZIP file (as a .docx, .xlsx or .odt is), not a PDF; "
        f"{EXPORT}; if it is an archive, unpack it"
    )


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.pdf"
    path.write_bytes(b"")
    with pytest.raises(notaparse.EmptyFileError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: is empty (0 bytes); nothing to read"


@pytest.mark.parametrize("fraction", [0.05, 0.5, 0.95])
def test_truncated_pdf(tmp_path: Path, fraction: float) -> None:
    data = BZK.read_bytes()
    path = tmp_path / "kapot.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(notaparse.CorruptPDFError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: {CORRUPT}"
    assert e.value.__cause__ is None
    assert e.value.__suppress_context__


def test_reads_from_threads_give_the_pdfminer_logger_its_level_back() -> None:
    """Reading a PDF quiets pdfminer's logger (the error raised says it better), a logger of the
    application: reads from several threads at once leave it at the level they found, also when
    one ends while another still reads (the second used to take the raised level for the one to
    give back, and leave it raised)."""
    logger = logging.getLogger("pdfminer")
    before = logger.level
    logger.setLevel(logging.INFO)
    try:
        first, second = notaparse._pdf._quiet_pdfminer(), notaparse._pdf._quiet_pdfminer()
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        assert logger.level == logging.ERROR  # (the second read goes on)
        second.__exit__(None, None, None)
        assert logger.level == logging.INFO
        data = BZK.read_bytes()
        uploads = [data, data[: len(data) // 2], b"%PDF-1.7\n" + bytes(range(256)) * 20] * 4
        with ThreadPoolExecutor(max_workers=4) as pool:
            kinds = list(pool.map(_outcome, uploads))
        assert kinds == ["Nota", "CorruptPDFError", "CorruptPDFError"] * 4
        assert logger.level == logging.INFO
    finally:
        logger.setLevel(before)


def _outcome(data: bytes) -> str:
    try:
        return type(notaparse.load(io.BytesIO(data))).__name__
    except notaparse.NotaparseError as e:
        return type(e).__name__


def test_garbage_after_header(tmp_path: Path) -> None:
    path = tmp_path / "rommel.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(notaparse.CorruptPDFError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: {CORRUPT}"


def test_encrypted_without_password(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "geheim.pdf", ["Aan: MBZK"], encrypt="sesam")
    with pytest.raises(notaparse.EncryptedPDFError) as e:
        notaparse.load(path)
    how = "load(path, password=...); --password on the command line"
    assert str(e.value) == f"{path}: is encrypted; pass its password ({how})"


def test_encrypted_wrong_password(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "geheim.pdf", ["Aan: MBZK"], encrypt="sesam")
    with pytest.raises(notaparse.EncryptedPDFError) as e:
        notaparse.load(path, password="fout")
    assert str(e.value) == f"{path}: is encrypted and the password given does not open it; check the password"


def test_encrypted_with_password(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path / "geheim.pdf",
        ["Aan: MBZK", "Datum: 13 februari 2024", "", "Aanleiding", "Een zin."],
        encrypt="sesam",
    )
    nota = notaparse.load(path, password="sesam")
    assert nota.metadata.addressee == "MBZK"
    assert nota.metadata.page_count == 1


@pytest.mark.parametrize("scan", SCANS, ids=lambda p: p.stem)
def test_no_text_layer(scan: Path) -> None:
    with pytest.raises(notaparse.NoTextLayerError) as e:
        notaparse.load(scan)
    pages = {"lnv-2021-11-12-blg-1007826-image-only": "2 pages"}.get(scan.stem, "1 page")
    assert str(e.value) == (
        f"{scan}: has no text layer ({pages} of images only): it is a scan; "
        "run OCR first (for example: ocrmypdf in.pdf out.pdf) and load the result"
    )


#: The rows of a nota drawn by `_unmapped_pdf` up to its last section's heading.
_UNMAPPED_HEAD: Final = (
    "Aan: Minister van BZK",
    "Van: DGDOO",
    "",
    "Aanleiding",
    "De gemeenten hebben gevraagd om een regeling voor de archieven van de provincies.",
    "Geadviseerd besluit",
)


def _unmapped_pdf(
    path: Path, unmapped: list[str], plain: tuple[str, ...] | list[str] = (), raw: tuple[str, ...] = ()
) -> Path:
    """A one-page PDF: ``plain`` lines in Helvetica, then ``unmapped`` lines in a font whose glyphs
    have names no reader knows (/g1 ... /g26 for a ... z) and no ToUnicode map, as some producers
    write subset fonts: its text layer cannot say which letters they are. ``raw`` lines are shown
    in that font as written (its letters are read; an escaped code such as \\001 is not)."""

    def codes(line: str) -> str:
        return "".join(f"\\{ord(c) - 96:03o}" if c.isalpha() else "\\040" for c in line.lower())

    ops = ["BT"]
    y = 780
    for line in plain:
        ops.append(f"/F2 10 Tf 1 0 0 1 72 {y} Tm ({line}) Tj")
        y -= 14
    for line in [*map(codes, unmapped), *raw]:
        ops.append(f"/F1 10 Tf 1 0 0 1 72 {y} Tm ({line}) Tj")
        y -= 14
    content = "\n".join([*ops, "ET"]).encode("latin-1")
    names = " ".join(f"/g{k}" for k in range(1, 27))
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R/F2 5 0 R>>>>"
        b"/Contents 6 0 R>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding<</Differences[1 "
        + names.encode()
        + b" 32 /space]>>>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<</Length " + str(len(content)).encode() + b">>stream\n" + content + b"\nendstream",
    ]
    path.write_bytes(pdf_of_objects(objects))
    return path


def test_a_text_layer_without_unicode_mapping_is_refused(tmp_path: Path) -> None:
    """Text in fonts that do not map their glyphs to characters is control codes or "(cid:7)":
    refused with the advice to OCR, not read as a nota of garbage (or, when nothing looked like
    a label, as 'a PDF with text but not a nota')."""
    lines = ["Aan Minister van BZK", "Van DGDOO", "TER BESLISSING", "Aanleiding", "De regeling"]
    path = _unmapped_pdf(tmp_path / "cid.pdf", lines)
    with pytest.raises(notaparse.NoTextLayerError) as e:
        notaparse.load(path)
    assert re.fullmatch(
        re.escape(f"{path}: has a text layer that does not say which characters its glyphs are (")
        + r"(\d+) of its (\d+) characters"
        + re.escape(
            " have no Unicode mapping: its fonts lack a ToUnicode map); run OCR over the page images "
            "(for example: ocrmypdf --force-ocr in.pdf out.pdf) and load the result"
        ),
        str(e.value),
    )


def test_a_few_unmapped_characters_are_noted_on_their_page(tmp_path: Path) -> None:
    """A line in such a font among readable text: the nota is read, and a diagnostic names the
    page and says that words there are misspelt (the characters are left out)."""
    plain = [
        *_UNMAPPED_HEAD,
        "Instemmen met de regeling voor de archieven van gemeenten en provincies in het land.",
    ]
    path = _unmapped_pdf(tmp_path / "deels.pdf", ["de gemeenten hebben gevraagd om een regeling"], plain)
    nota = notaparse.load(path)
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]
    notes = [d for d in nota.diagnostics if d.code == "unmapped-glyphs"]
    assert len(notes) == 1
    assert notes[0].page == 1
    assert re.fullmatch(
        r"\d+ characters have no Unicode mapping \(a font without a ToUnicode map\); inside a word "
        r"each is given as U\+FFFD \(\ufffd\), elsewhere they are left out of the text, so the "
        r"words they stand in are incomplete",
        notes[0].message,
    )
    # readable text with no such characters gets no such note
    assert not [d for d in notaparse.load(BZK).diagnostics if d.code == "unmapped-glyphs"]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("code", ["001", "002"])
def test_a_letter_without_unicode_mapping_inside_a_word_is_marked(
    tmp_path: Path, backend: str, code: str
) -> None:
    """A font re-written without its ToUnicode map (Ghostscript's pdfwrite does so with a
    reportlab subset, whose accented letters have codes of their own: "Financi\\001n"): the
    letter is U+FFFD in the word on both backends, not "(cid:1)" from one and nothing from the
    other, and the page is noted although it is one letter ("1 character has", not "1
    characters have"). Code 2 is PDFium's own code for a line-end hyphen too; only that hyphen
    (U+FFFE in its page text) is one, the unread letter is not ("Financi-n" on PDFium)."""
    plain = list(_UNMAPPED_HEAD)
    raw = (f"Instemmen met de brief aan Financi\\{code}n.",)
    path = _unmapped_pdf(tmp_path / "gs.pdf", [], plain, raw=raw)
    nota = notaparse.load(path, backend=backend)
    assert nota.sections[-1].blocks[0].text == "Instemmen met de brief aan Financi\ufffdn."  # type: ignore[union-attr]
    notes = [d for d in nota.diagnostics if d.code == "unmapped-glyphs"]
    assert [(d.page, d.message.split(" no ", 1)[0]) for d in notes] == [(1, "1 character has")]


def test_pages_without_text_or_images(tmp_path: Path) -> None:
    """Blank pages (or drawings only) are no scan: OCR would find nothing on them."""
    path = tmp_path / "leeg.pdf"
    c = canvas.Canvas(str(path))
    c.line(72, 72, 300, 300)
    c.showPage()
    c.showPage()
    c.save()
    with pytest.raises(notaparse.NoTextLayerError) as e:
        notaparse.load(path)
    assert str(e.value) == (
        f"{path}: has no text (2 pages without any text or image: blank, or drawings only); "
        "check that it is the right file"
    )


def test_pdf_without_pages(tmp_path: Path) -> None:
    """A well-formed PDF with no pages was reported as damaged, or as encrypted."""
    body = (
        b"%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
        b"2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
    )
    xref = len(body)
    body += (
        b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000054 00000 n \n"
        b"trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    )
    path = tmp_path / "nul.pdf"
    path.write_bytes(body)
    with pytest.raises(notaparse.EmptyFileError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: is a PDF without any pages; nothing to read"
    # PDFium's error code for it is the one an earlier file left: after an encrypted file it
    # read as "is encrypted"
    with pytest.raises(notaparse.EncryptedPDFError):
        notaparse.load(_pdf(tmp_path / "geheim.pdf", ["Aan: MBZK"], encrypt="sesam"))
    with pytest.raises(notaparse.EmptyFileError) as e:
        notaparse.load(path)
    assert str(e.value) == f"{path}: is a PDF without any pages; nothing to read"


def test_not_a_nota(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "recept.pdf", ["Pannenkoeken", "Meng het meel met de melk."])
    with pytest.raises(notaparse.NotANotaError) as e:
        notaparse.load(path)
    assert str(e.value) == (
        f"{path}: is a PDF with text (1 page, 33 characters) but not a nota: no label such as "
        "'Aan', no purpose line and no known section heading such as 'Aanleiding' were found; "
        "check that it is the right file"
    )


NOTA_LINES = [
    "TER BESLUITVORMING",
    "Aan: Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    "Van: Directeur Democratie en Bestuur",
    "Voortgang van de digitale overheid in de gemeenten",
    "Aanleiding",
    "De Tweede Kamer heeft gevraagd om een overzicht van de voortgang.",
    "Geadviseerd besluit",
    "Instemmen met de bijgevoegde brief aan de Tweede Kamer over de voortgang.",
]


def test_a_text_layer_of_other_characters_than_the_page_shows_is_refused(
    tmp_path: Path, backend: str
) -> None:
    """A PDF printed to PostScript and back (pdftops | ps2pdf) keeps its glyphs' numbers as
    character codes: its text layer reads "0LQLVWHULH" for "Ministerie". That is no nota of
    garbage and no "not a nota" either: the advice is to OCR the pages."""
    shifted = ["".join(chr(ord(c) - 29) if c != " " else " " for c in line) for line in NOTA_LINES]
    assert shifted[3].startswith("9RRUWJDQJ YDQ GH")
    path = _pdf(tmp_path / "afgedrukt.pdf", shifted)
    with pytest.raises(notaparse.NoTextLayerError) as e:
        notaparse.load(path, backend=backend)
    message = str(e.value)
    assert message.startswith(f"{path}: has a text layer that does not give the characters its pages show: ")
    # (37 tokens of three characters or more; the sample is the layer's own, as printed)
    assert re.search(r": [01] of its 37 longer tokens are spelt as words \('7\(5 %\(6/8,79250,1\* ", message)
    assert message.endswith(
        "Run OCR over the page images (for example: ocrmypdf --force-ocr in.pdf out.pdf) and load the "
        "result, or get the original PDF"
    )


def test_a_table_of_numbers_that_is_no_nota_is_still_no_nota(tmp_path: Path, backend: str) -> None:
    """Amounts, years and dates are no words, but no misread characters either: a budget table
    is refused as no nota, not sent to OCR."""
    rows = ["Overzicht uitgaven per artikel (x 1.000 euro)", "Art.  2024  2025  2026  2027  2028"]
    rows += [
        f"{n:02d}  {n * 1043 % 9000 + 1000}  12.{n * 7:03d}  -{n * 311}  4.{n:03d},5  {n:03d}"
        for n in range(1, 13)
    ]
    with pytest.raises(notaparse.NotANotaError) as e:
        notaparse.load(_pdf(tmp_path / "begroting.pdf", rows), backend=backend)
    assert not isinstance(e.value, notaparse.NoTextLayerError)


def test_a_long_text_that_is_no_nota_is_still_no_nota(tmp_path: Path, backend: str) -> None:
    """The misread-text check counts words only; a long recipe is refused as no nota."""
    recipe = [
        "Pannenkoeken voor vier personen",
        "Meng het meel met een snufje zout en maak een kuiltje in het midden.",
        "Giet de helft van de melk erbij en roer tot een glad beslag zonder klontjes.",
        "Voeg de rest van de melk en de eieren toe en laat het beslag even rusten.",
        "Bak de pannenkoeken in een hete pan met wat boter tot ze goudbruin zijn.",
    ]
    with pytest.raises(notaparse.NotANotaError):
        notaparse.load(_pdf(tmp_path / "recept.pdf", recipe), backend=backend)


KAMERBRIEF = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Datum 12 maart 2024",
    "Betreft Voortgang digitale overheid",
    "Geachte voorzitter,",
    "Hierbij informeer ik u over de voortgang van de digitale overheid.",
    "Hoogachtend,",
    "de minister van Binnenlandse Zaken en Koninkrijksrelaties,",
]


def test_a_letter_is_not_a_nota(tmp_path: Path, backend: str) -> None:
    """A Kamerbrief has an "Aan" and a "Datum" too; its salutation before any heading of a nota
    and its closing tell it apart, instead of "Geachte voorzitter," read as the title."""
    path = _pdf(tmp_path / "kamerbrief.pdf", KAMERBRIEF)
    with pytest.raises(notaparse.NotANotaError) as e:
        notaparse.load(path, backend=backend)
    assert str(e.value) == (
        f"{path}: is a letter, not a nota: it opens with the salutation 'Geachte voorzitter,' and closes "
        "with 'Hoogachtend,', with no purpose line, kind of nota or heading of a nota before the "
        "salutation (page 1); notaparse reads nota's only: load the nota itself (a nota that "
        "follows the letter in the same file is read, the letter first and the nota as its "
        "enclosure; a letter appended to a nota after its headings is read as part of the nota)"
    )


def test_a_nota_with_a_draft_letter_after_its_headings_is_a_nota(tmp_path: Path, backend: str) -> None:
    lines = [
        "Aan: Minister van BZK",
        "Voortgang digitale overheid",
        "Aanleiding",
        "U ontvangt de brief.",
        *KAMERBRIEF,
    ]
    nota = notaparse.load(_pdf(tmp_path / "nota.pdf", lines), backend=backend)
    assert nota.sections[0].heading == "Aanleiding"
    assert "Geachte voorzitter," in notaparse.render(nota)


def test_stream_name(tmp_path: Path) -> None:
    with pytest.raises(notaparse.CorruptPDFError) as e:
        notaparse.load(io.BytesIO(b"%PDF-1.4\nkapot"))
    assert str(e.value) == f"<stream>: {CORRUPT}"


def test_cli_exit_code_and_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leeg.pdf"
    path.write_bytes(b"")
    assert main(["show", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"notaparse: {path}: is empty (0 bytes); nothing to read\n"
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_glyph_with_a_huge_text_matrix_is_no_line_of_the_page(tmp_path: Path, backend: str) -> None:
    """A well-formed PDF that sets one glyph with a text matrix and font size of 10**200: its
    size and box overflow to infinity in pdfminer. It is no line of the page (taller or wider
    than the page), and the nota reads as without it; OverflowError came out of the layout (the
    pdfplumber source), a size of 10**200 left only letterhead (a nota of no label), and a glyph
    stretched to an infinite width took the title."""
    huge = b"1" + b"0" * 200
    lines = [
        b"BT /F1 11 Tf 72 760 Td (Aan: de minister) Tj ET",
        b"BT /F1 14 Tf 72 730 Td (Titel van de nota) Tj ET",
        b"BT /F1 11 Tf 72 700 Td (Aanleiding) Tj ET",
        b"BT /F1 11 Tf 72 680 Td (Tekst van de aanleiding.) Tj ET",
    ]
    for k, glyph in enumerate(
        [
            b"BT /F1 " + huge + b" Tf " + huge + b" 0 0 " + huge + b" 72 600 Tm (x) Tj ET",
            b"BT /F1 " + huge + b" Tf 72 600 Td (x) Tj ET",
            b"BT /F1 11 Tf " + huge + b" 0 0 1 72 600 Tm (x) Tj ET",
        ]
    ):
        content = b"\n".join([*lines, glyph])
        path = tmp_path / f"huge{k}.pdf"
        path.write_bytes(
            pdf_of_objects(
                [
                    b"<</Type/Catalog/Pages 2 0 R>>",
                    b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
                    b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>"
                    b"/Contents 5 0 R>>",
                    b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
                    b"<</Length " + str(len(content)).encode() + b">>stream\n" + content + b"\nendstream",
                ]
            )
        )
        nota = notaparse.load(path, backend=backend)
        assert (nota.title, nota.metadata.addressee) == ("Titel van de nota", "de minister")
        assert [(s.heading, len(s.blocks)) for s in nota.sections] == [("Aanleiding", 1)]


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_bug_in_the_layout_is_not_reported_as_a_damaged_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    """An exception of the layout reader's own while it takes a page is a bug of notaparse: it
    is raised as it was, not as "a damaged or truncated PDF" (which tells the user to fetch
    another copy of a good file)."""
    path = _pdf(tmp_path / "nota.pdf", ["Aan: MBZK", "", "Titel van de nota", "", "Aanleiding", "Tekst."])
    assert notaparse.load(path, backend=backend).title == "Titel van de nota"  # (the file reads)

    def broken(self: object, *args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug in the layout")

    monkeypatch.setattr(notaparse._layout.LayoutReader, "_add_page", broken)
    with pytest.raises(ZeroDivisionError, match="a bug in the layout") as raised:
        notaparse.load(path, backend=backend)
    assert raised.value.__cause__ is None  # (no chain through the reader's carrier)


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_bug_in_the_layout_is_noted_with_the_file_and_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    """The bug's exception carries a note (PEP 678, printed under the traceback) naming the file
    and the page being laid out, and saying it is notaparse's bug to report, not the file's."""
    path = tmp_path / "nota.pdf"
    c = canvas.Canvas(str(path))
    for lines in (["Aan: MBZK", "Titel van de nota"], ["Aanleiding", "Tekst."]):
        for i, line in enumerate(lines):
            c.drawString(72, 780 - 14 * i, line)
        c.showPage()
    c.save()
    original = notaparse._layout.LayoutReader._add_page

    def broken_on_page_2(self: notaparse._layout.LayoutReader, *args: object, **kwargs: object) -> None:
        if self._count == 1:
            self._count += 1
            raise ZeroDivisionError("a bug in the layout")
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(notaparse._layout.LayoutReader, "_add_page", broken_on_page_2)
    with pytest.raises(ZeroDivisionError) as raised:
        notaparse.load(path, backend=backend)
    (note,) = raised.value.__notes__
    assert "page 2 of" in note
    assert str(path) in note
    assert "bug in notaparse" in note
