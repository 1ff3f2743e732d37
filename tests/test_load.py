"""``load`` of text files and streams: what it accepts and the errors it gives for the rest."""

from __future__ import annotations

import io
import tempfile
import typing
from pathlib import Path

import pytest

import notaparse
from notaparse._load import BACKENDS

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "text" / "bzk-2024-02-13-kamervragen-eerdmans.txt"
#: A nota whose letters outside ASCII are all in Windows' cp1252 ("’" 0x92, "–" 0x96, "ë" 0xEB).
WINDOWS_TEXT = (
    "Aan: Minister van Financiën\nDatum: 13 februari 2024\n\nDe ‘gereedschapskist’ – stand van zaken\n\n"
    "Aanleiding\nDe Kamer vraagt één brief.\n"
)


def test_text_file_path_and_stream_give_the_same_nota() -> None:
    from_path = notaparse.load(REFERENCE)
    with REFERENCE.open("rb") as stream:
        from_stream = notaparse.load(stream)
    assert from_path == from_stream == notaparse.parse(REFERENCE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("spooled", [10_000_000, 100], ids=["in-memory", "rolled-over"])
def test_an_upload_is_named_by_name_or_as_a_stream(spooled: int) -> None:
    """An upload handler's SpooledTemporaryFile has no file name (None in memory, the descriptor
    number once on disk): messages say <stream>, or the name given to load()."""
    data = b"%PDF-1.4\nkapot"
    with tempfile.SpooledTemporaryFile(max_size=spooled) as upload:
        upload.write(data)
        upload.seek(0)
        with pytest.raises(notaparse.CorruptPDFError, match=r"^<stream>: is a damaged or truncated PDF"):
            notaparse.load(upload)
        upload.seek(0)
        with pytest.raises(notaparse.CorruptPDFError, match=r"^nota 12\.pdf: is a damaged or truncated PDF"):
            notaparse.load(upload, name="nota 12.pdf")
    # the given name is the one a file that is no PDF is judged by, as a path's
    with pytest.raises(notaparse.NotAPDFError, match=r"^upload\.pdf: is named \.pdf but is not a PDF"):
        notaparse.load(io.BytesIO(b"Aan: X\n"), name="upload.pdf")
    with REFERENCE.open("rb") as stream:
        assert notaparse.load(stream, name="upload.txt") == notaparse.load(REFERENCE)
    with pytest.raises(TypeError, match="name must be a str, got int"):
        notaparse.load(io.BytesIO(b"Aan: X\n"), name=3)  # type: ignore[arg-type]


def test_an_upload_read_to_its_end_before_is_not_called_empty() -> None:
    """A file object a handler has read already (to look at it) gives load() no bytes: the
    message says where it stands and to seek(0), not that the file is empty; an empty upload is
    still empty. Contents as bytearray get the hint bytes get."""
    upload = io.BytesIO(REFERENCE.read_bytes())
    upload.read()
    with pytest.raises(
        notaparse.EmptyFileError, match=r"^upload\.txt: has nothing left to read: .*seek\(0\)"
    ):
        notaparse.load(upload, name="upload.txt")
    upload.seek(0)
    assert notaparse.load(upload) == notaparse.load(REFERENCE)
    with pytest.raises(notaparse.EmptyFileError, match=r"^<stream>: is empty \(0 bytes\)"):
        notaparse.load(io.BytesIO(b""))
    with pytest.raises(TypeError, match=r"got bytearray; for a file's contents .*io\.BytesIO"):
        notaparse.load(bytearray(b"%PDF-1.4"))  # type: ignore[arg-type]


def test_an_upload_that_cannot_be_read_is_named_by_name() -> None:
    """A file object that fails to read (closed, a broken connection) is named by the name
    given, as every other message about it is; it was named <stream>."""
    upload = io.BytesIO(b"%PDF-1.4\n")
    upload.close()
    with pytest.raises(notaparse.ExtractionError, match=r"^nota 12\.pdf: cannot be read"):
        notaparse.load(upload, name="nota 12.pdf")


def test_canonical_text_file_loads(tmp_path: Path) -> None:
    nota = notaparse.load(REFERENCE)
    path = tmp_path / "nota.txt"
    path.write_text(notaparse.render(nota), encoding="utf-8")
    assert notaparse.load(path, strict=True) == nota


def test_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REFERENCE.read_bytes())
    assert notaparse.load(path) == notaparse.load(REFERENCE)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_text_with_a_utf16_or_utf32_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    """Windows' "Unicode" text export is UTF-16 with a byte order mark; its NUL bytes made it
    "neither a PDF nor a text file"."""
    path = tmp_path / "unicode.txt"
    text = REFERENCE.read_text(encoding="utf-8")
    bom = "\ufeff" if encoding.endswith(("le", "be")) else ""  # (utf-16 and utf-32 write their own)
    path.write_bytes((bom + text).encode(encoding))
    assert notaparse.load(path) == notaparse.load(REFERENCE)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    """UTF-16 without a byte order mark is valid UTF-8 (a NUL beside every Latin letter): it was
    read with its curly quotes and dashes garbled into control characters, silently."""
    path = tmp_path / "unicode.txt"
    text = REFERENCE.read_text(encoding="utf-8")
    assert not text.isascii()  # (the test needs characters whose high byte is no NUL)
    path.write_bytes(text.encode(encoding))
    assert notaparse.load(path) == notaparse.load(REFERENCE)


def test_text_with_a_few_nul_bytes_is_still_utf8(tmp_path: Path) -> None:
    """A NUL now and then (an extractor's unknown glyph) does not make a text UTF-16."""
    path = tmp_path / "nul.txt"
    text = REFERENCE.read_text(encoding="utf-8")
    path.write_bytes(text.encode("utf-8").replace(b"Kamer", b"Kamer\x00", 3))
    assert notaparse.load(path).metadata == notaparse.load(REFERENCE).metadata


def test_text_with_a_utf16_byte_order_mark_that_is_no_utf16(tmp_path: Path) -> None:
    path = tmp_path / "half.txt"
    path.write_bytes(b"\xff\xfeA\x00\x00\xd8")  # (a lone high surrogate at the end)
    with pytest.raises(notaparse.ExtractionError) as info:
        notaparse.load(path)
    assert str(info.value) == (
        f"{path}: starts as UTF-16 text but is not (unexpected end of data at byte 4); save it as UTF-8"
    )


@pytest.mark.parametrize("separator", ["\v", "\u2028", "\u2029", "\x85", "\r\n"])
def test_other_line_breaks_are_line_breaks(separator: str) -> None:
    """A vertical tab (Word's manual line break, in text copied or exported from it) and the
    Unicode line separators break lines: the whole nota was read as one letterhead line."""
    text = REFERENCE.read_text(encoding="utf-8")
    assert notaparse.parse(text.replace("\n", separator)) == notaparse.parse(text)


def test_text_in_a_given_encoding(tmp_path: Path) -> None:
    """Older Windows text (cp1252: "’" is 0x92, "ë" 0xEB) is read with ``encoding=``."""
    path = tmp_path / "windows.txt"
    path.write_bytes(WINDOWS_TEXT.encode("cp1252"))
    with pytest.raises(notaparse.ExtractionError, match="pass its encoding"):
        notaparse.load(path)
    nota = notaparse.load(path, encoding="cp1252")
    assert nota == notaparse.parse(WINDOWS_TEXT)
    assert nota.title == "De ‘gereedschapskist’ – stand van zaken"


def test_text_not_in_the_given_encoding(tmp_path: Path) -> None:
    path = tmp_path / "ascii.txt"
    path.write_bytes("Datum\n13 februari 2024\nCafé".encode())
    with pytest.raises(notaparse.ExtractionError) as info:
        notaparse.load(path, encoding="ascii")
    assert str(info.value) == f"{path}: is not ascii text (byte 0xC3 at line 3, column 4); check its encoding"


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="unknown text encoding 'klingon'"):
        notaparse.load(REFERENCE, encoding="klingon")


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(notaparse.ExtractionError) as info:
        notaparse.load(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory, not a nota file; pass a .pdf or .txt file"


def test_a_dangling_symlink_names_where_it_points(tmp_path: Path) -> None:
    link = tmp_path / "nota.pdf"
    link.symlink_to(tmp_path / "verplaatst.pdf")
    with pytest.raises(notaparse.ExtractionError) as info:
        notaparse.load(link)
    assert str(info.value) == (
        f"{link}: is a symbolic link to '{tmp_path}/verplaatst.pdf', which does not exist; "
        "restore the file it points to or remove the link"
    )


def test_a_symlink_to_itself_says_so(tmp_path: Path) -> None:
    link = tmp_path / "nota.pdf"
    link.symlink_to(link)
    with pytest.raises(notaparse.ExtractionError) as info:
        notaparse.load(link)
    assert str(info.value) == (
        f"{link}: is a symbolic link that points to itself (a loop of links); fix or remove the link"
    )


def test_a_file_without_read_permission_says_what_to_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(Made by patching: ``chmod 000`` does not stop root, who may run the tests.)"""
    path = tmp_path / "nota.pdf"
    path.write_bytes(b"%PDF-1.4")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(notaparse.ExtractionError) as info:
        notaparse.load(path)
    assert str(info.value) == (
        f"{path}: cannot be read (permission denied); check the file's permissions (ls -l) or ask its owner"
    )


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Datum\n13 februari 2024\nCafé".encode("latin-1"))
    with pytest.raises(notaparse.ExtractionError) as info:
        notaparse.load(path)
    assert str(info.value) == (
        f"{path}: is not UTF-8 text (byte 0xE9 at line 3, column 4); save it as UTF-8, or pass its "
        "encoding (encoding='cp1252' or --encoding cp1252 for older Windows text)"
    )


@pytest.mark.parametrize(
    "data",
    [b"  \n\n\t\n", b"\f\f", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n \r\n", "\n".encode("utf-16")],
    ids=["spaces and blank lines", "form feeds", "byte order mark", "bom and blank lines", "utf-16 newline"],
)
def test_text_file_with_only_blanks_is_empty(tmp_path: Path, data: bytes) -> None:
    # a text file with nothing to read is refused like a 0-byte one, not read as a nota with no
    # fields, title or sections
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(notaparse.EmptyFileError) as info:
        notaparse.load(path)
    assert str(info.value) == f"{path}: has no text ({len(data)} bytes, all blank); nothing to read"


def test_binary_that_is_neither_pdf_nor_text(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes(b"\x07DAT\x00\x00\x00\rHDR\xff\xfe")
    with pytest.raises(notaparse.NotAPDFError) as info:
        notaparse.load(path)
    assert str(info.value) == (
        f"{path}: is neither a PDF nor a text file; load() reads .pdf and UTF-8 .txt files"
    )
    # a format often sent instead, told by its first bytes, is named with what to do
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    with pytest.raises(notaparse.NotAPDFError) as info:
        notaparse.load(path)
    assert str(info.value) == (
        f"{path}: is a PNG image, neither a PDF nor a text file; "
        "OCR it into a PDF (for example: ocrmypdf --image-dpi 300 scan.png out.pdf) and load that"
    )


def test_text_mode_stream_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"binary file object \(open\(path, 'rb'\)\)"):
        notaparse.load(io.StringIO("Aan: X"))  # type: ignore[arg-type]


@pytest.mark.parametrize("source", [123, None])
def test_a_source_that_is_neither_path_nor_file_is_a_type_error(source: object) -> None:
    with pytest.raises(TypeError) as info:
        notaparse.load(source)  # type: ignore[arg-type]
    assert str(info.value) == (
        f"load() needs a path (str or os.PathLike) or a binary file object, got {type(source).__name__}"
    )


def test_bytes_are_a_type_error_that_says_how_to_pass_them() -> None:
    # (an upload's bytes, or a path as bytes: neither is guessed)
    with pytest.raises(TypeError) as info:
        notaparse.load(b"Aan: X\n")  # type: ignore[arg-type]
    assert str(info.value) == (
        "load() needs a path (str or os.PathLike) or a binary file object, got bytes; "
        "for a file's contents (an upload), load(io.BytesIO(data))"
    )


def test_an_unknown_backend_is_refused_for_text_files_too(tmp_path: Path) -> None:
    path = tmp_path / "nota.txt"
    path.write_text("Aan: X\n", encoding="utf-8")
    with pytest.raises(ValueError, match="backend") as info:
        notaparse.load(path, backend="pdfminer")
    assert str(info.value) == "backend must be one of auto, pdfplumber, pdfium, got 'pdfminer'"


def test_the_backend_is_typed_as_its_three_values() -> None:
    """A type checker tells a misspelt backend in a user's code (``backend="pdfminer"``); typed
    ``str``, only a run did."""
    assert typing.get_type_hints(notaparse.load)["backend"] == typing.Literal["auto", "pdfplumber", "pdfium"]
    assert typing.get_args(typing.get_type_hints(notaparse.load)["backend"]) == BACKENDS


#: A letter written as text: an "Aan" and a "Datum" as a nota has, then a salutation and a closing.
LETTER_TEXT = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum: 12 maart 2024\n\n"
    "Geachte voorzitter,\n\nHierbij informeer ik u over de voortgang.\n\nHoogachtend,\n\nde minister\n"
)


def test_a_text_file_that_is_a_letter_is_refused_as_a_pdf_is(tmp_path: Path) -> None:
    """load() reads nota files: a letter saved as text is refused as the same letter in a PDF is,
    placed by its line; parse() of its text reads it and notes what it is."""
    path = tmp_path / "kamerbrief.txt"
    path.write_text(LETTER_TEXT, encoding="utf-8")
    with pytest.raises(notaparse.NotANotaError) as e:
        notaparse.load(path)
    assert str(e.value) == (
        f"{path}: is a letter, not a nota: it opens with the salutation 'Geachte voorzitter,' and "
        "closes with 'Hoogachtend,', with no purpose line, kind of nota or heading of a nota before "
        "the salutation (line 4); notaparse reads nota's only: load the nota itself (a nota that "
        "follows the letter in the same file is read, the letter first and the nota as its "
        "enclosure; a letter appended to a nota after its headings is read as part of the nota)"
    )
    assert "not-a-nota" in [d.code for d in notaparse.parse(LETTER_TEXT).diagnostics]


def test_a_text_file_without_anything_of_a_nota_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "recept.txt"
    path.write_text("Pannenkoeken\n\nMeng het meel met de melk.\nBak ze goudbruin.\n", encoding="utf-8")
    with pytest.raises(notaparse.NotANotaError) as e:
        notaparse.load(path)
    assert str(e.value) == (
        f"{path}: is a text file (4 lines, 59 characters) but not a nota: no label such as 'Aan', "
        "no purpose line and no known section heading such as 'Aanleiding' were found; check that "
        "it is the right file"
    )
    read = notaparse.render(notaparse.parse(path.read_text(encoding="utf-8")))  # (parse reads it)
    assert "Pannenkoeken" in read
    assert "Bak ze goudbruin." in read


@pytest.mark.parametrize(
    "text",
    [
        "Aan: Minister van Financiën\n\nPannenkoeken\n\nMeng het meel met de melk.\n",  # a known label
        "TER BESLISSING\n\nPannenkoeken\n\nMeng het meel met de melk.\n",  # a purpose line
        "Pannenkoeken\n\nAanleiding\nMeng het meel met de melk.\n",  # a known heading
    ],
)
def test_a_text_file_with_one_sign_of_a_nota_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "nota.txt"
    path.write_text(text, encoding="utf-8")
    assert notaparse.load(path) == notaparse.parse(text)
