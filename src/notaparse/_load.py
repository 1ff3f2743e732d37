"""``load(path)``: read a nota from a ``.txt`` or ``.pdf`` file (path or binary file object)."""

from __future__ import annotations

import codecs
import errno
import io
import os
from pathlib import Path
from typing import IO, Final, Literal, TypeAlias

from . import _vocab
from ._errors import EmptyFileError, ExtractionError, NotANotaError, NotAPDFError, NotaSyntaxError
from ._model import Nota
from ._parse import parse

PathLike = str | os.PathLike[str]

#: The values of ``load(..., backend=)``: where a PDF's characters come from (docs/pdf.md).
BACKENDS = ("auto", "pdfplumber", "pdfium")
#: Their type, so that a type checker tells a misspelt backend (``"pdfminer"``) before a run does.
Backend: TypeAlias = Literal["auto", "pdfplumber", "pdfium"]


def check_backend(backend: str) -> None:
    """Raise ValueError unless ``backend`` is one of :data:`BACKENDS`."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")


def check_encoding(encoding: str | None) -> None:
    """Raise ValueError unless ``encoding`` is None or a text encoding Python knows."""
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(f"unknown text encoding {encoding!r}; for example 'utf-8' or 'cp1252'") from None


def check_password(password: object) -> None:
    """Raise TypeError unless ``password`` is None or a str (another type read as a damaged PDF)."""
    if password is not None and not isinstance(password, str):
        raise TypeError(f"password must be a str, got {type(password).__name__}")


def _read_bytes(source: PathLike | IO[bytes], given_name: str | None = None) -> tuple[bytes, str]:
    """The file's bytes and its name for messages: ``given_name`` (load's ``name``) for a file
    object, else its own (a path that cannot be read is named as given)."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        # The path as the caller wrote it ("./archief/a.pdf", not Path's "archief/a.pdf"): a report
        # that names the file (notaparse check) finds that name at the start of the message.
        name = source if isinstance(source, str) else str(path)
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise ExtractionError(name, "is a directory, not a nota file; pass a .pdf or .txt file") from None
        except FileNotFoundError:
            if path.is_symlink():
                raise ExtractionError(
                    name,
                    f"is a symbolic link to {os.readlink(path)!r}, which does not exist; "
                    "restore the file it points to or remove the link",
                ) from None
            raise ExtractionError(name, "does not exist; check the path") from None
        except PermissionError:
            raise ExtractionError(
                name,
                "cannot be read (permission denied); check the file's permissions (ls -l) or ask its owner",
            ) from None
        except OSError as e:
            if e.errno == errno.ELOOP:
                raise ExtractionError(
                    name, "is a symbolic link that points to itself (a loop of links); fix or remove the link"
                ) from None
            raise ExtractionError(name, f"cannot be read ({e.strerror or e})") from None
        return data, name
    if not callable(getattr(source, "read", None)):
        got = type(source).__name__
        if isinstance(source, (bytes, bytearray, memoryview)):  # (an upload's contents, or a path as
            # bytes: neither is guessed)
            got += "; for a file's contents (an upload), load(io.BytesIO(data))"
        raise TypeError(f"load() needs a path (str or os.PathLike) or a binary file object, got {got}")
    # A file object's name when it is a file name: a temporary file's is its descriptor (an int),
    # an in-memory SpooledTemporaryFile's None, which name nothing.
    given = getattr(source, "name", None) if given_name is None else given_name
    name = given if isinstance(given, str) else os.fsdecode(given) if isinstance(given, bytes) else "<stream>"
    try:
        data = source.read()
    except (OSError, ValueError) as e:
        raise ExtractionError(name, f"cannot be read ({e})") from None
    if not isinstance(data, bytes):
        raise TypeError("load() needs a binary file object (open(path, 'rb'))")
    if not data:
        try:
            at = source.tell() if source.seekable() else 0
        except (OSError, ValueError, AttributeError):
            at = 0
        if at:  # (read before, by a handler that looked at it: not an empty file)
            raise EmptyFileError(
                name,
                f"has nothing left to read: the file object is at its end (byte {at}); seek(0) before load()",
            )
    return data, name


_EXPORT = "save or export it as PDF and load that"
_SCAN = "OCR it into a PDF (for example: ocrmypdf --image-dpi 300 scan.png out.pdf) and load that"
#: Files often sent where a nota PDF is asked for, told by their first bytes: what each is, what to do.
_SIGNATURES: Final = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Office document (.doc, .xls, .msg)", _EXPORT),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", _SCAN),
    (b"\xff\xd8\xff", "a JPEG image", _SCAN),
    (b"II*\x00", "a TIFF image", _SCAN),
    (b"MM\x00*", "a TIFF image", _SCAN),
)
#: The folder inside a ZIP container that tells an Office Open XML document's kind.
_OOXML: Final = (
    ("word/", "a Word document (.docx)"),
    ("xl/", "an Excel workbook (.xlsx)"),
    ("ppt/", "a PowerPoint file (.pptx)"),
)


def _known_format(data: bytes) -> tuple[str, str] | None:
    """What a file that is not a PDF is, when its first bytes say (a .docx sent as the nota's
    PDF, a photographed page), and what to do; None for anything else."""
    for signature, what, todo in _SIGNATURES:
        if data.startswith(signature):
            return what, todo
    if data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "a web page (HTML)", "download the document itself, not the page that links to it"
    if not data.startswith(b"PK\x03\x04"):
        return None
    import zipfile  # noqa: PLC0415 - only for a ZIP file that is no nota

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            kind = ""
            if "mimetype" in names:
                with archive.open("mimetype") as entry:  # (its first bytes only: an entry may be huge)
                    kind = entry.read(80).decode("ascii", "replace")
    except Exception:
        # a damaged archive, whatever its libraries raise (zipfile's errors, and zlib.error or
        # lzma.LZMAError from an entry's damaged data): a ZIP file still
        return "a ZIP file (as a .docx, .xlsx or .odt is)", f"{_EXPORT}; if it is an archive, unpack it"
    for folder, what in _OOXML:
        if any(n.startswith(folder) for n in names):
            return what, _EXPORT
    if kind.startswith("application/vnd.oasis.opendocument"):
        return "an OpenDocument file (.odt, .ods)", _EXPORT
    return "a ZIP archive", "unpack it and load the PDFs in it"


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte order mark at the start names, or None."""
    if data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):  # (before UTF-16: FF FE 00 00)
        return "utf-32"
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """The encoding of UTF-16 text without a byte order mark ("utf-16-le", "utf-16-be"), or None.

    Such text is valid UTF-8 (every Latin letter a NUL byte and its code), so it would be read
    with a NUL between every two letters and with its other characters garbled ("’" as
    U+0019 and a space). Latin text in UTF-16 has a NUL as the high byte of nearly every
    character; other text files have none or a few."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2 or sample.count(0) < 0.4 * len(sample):
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= 0.9 * half and even <= 0.1 * half:
        return "utf-16-le"
    if even >= 0.9 * half and odd <= 0.1 * half:
        return "utf-16-be"
    return None


def load(
    source: PathLike | IO[bytes],
    *,
    strict: bool = False,
    password: str | None = None,
    backend: Backend = "auto",
    encoding: str | None = None,
    name: str | None = None,
) -> Nota:
    """Read a nota from a PDF or text file.

    ``source`` is a path or a binary file object. PDFs are read by position (the colofon column
    apart from the body); ``.txt`` files are given to :func:`parse`. ``password`` opens an
    encrypted PDF. ``backend`` chooses the PDF character source ("auto", "pdfplumber", "pdfium").
    ``encoding`` is a text file's encoding ("cp1252" for older Windows text); by default UTF-8,
    or UTF-16/UTF-32 where a byte order mark or the bytes say so. Raises a subclass of
    :class:`ExtractionError` naming the file for unreadable input, and :class:`NotANotaError`
    for a PDF or text file that is no nota (:func:`refuse_non_nota`; :func:`parse` reads any
    text); ValueError for an unknown backend or encoding, TypeError for a password that is not a
    str. ``name`` names the file in messages (an upload's file name; a path that cannot be read is
    named as given); by default the path as given, or a file object's ``name`` when it is a file
    name, else ``"<stream>"``. A name ending in ``.pdf`` makes a file that is no PDF a
    :class:`NotAPDFError`, as for a path.
    """
    check_backend(backend)  # (for text files too: a typo is never silently ignored)
    check_encoding(encoding)
    check_password(password)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"name must be a str, got {type(name).__name__}")
    data, found = _read_bytes(source, name)
    name = found if name is None else name
    if not data:
        raise EmptyFileError(name, "is empty (0 bytes); nothing to read")
    if data.lstrip()[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") >= 0:
        from ._pdf import read_pdf  # noqa: PLC0415 - pdfplumber is imported only when a PDF is read

        try:
            return read_pdf(io.BytesIO(data), name=name, strict=strict, password=password, backend=backend)
        except NotaSyntaxError as e:  # (strict: the message names the file, as an ExtractionError's)
            raise e.in_file(name) from None
    if name.lower().endswith(".pdf"):
        known = _known_format(data)
        if known is not None:
            what, todo = known
            raise NotAPDFError(name, f"is named .pdf but is {what}, not a PDF; {todo}")
        raise NotAPDFError(name, "is named .pdf but is not a PDF (no %PDF- header); check the file")
    text = _decode(data, name, encoding)
    if not text.strip():
        raise EmptyFileError(name, f"has no text ({len(data)} bytes, all blank); nothing to read")
    try:
        nota = parse(text, strict=strict)
    except NotaSyntaxError as e:  # (strict, or canonical text: the message names the file)
        raise e.in_file(name) from None
    lines = text.count("\n") + (not text.endswith("\n"))
    size = f"{lines} line{'s' if lines != 1 else ''}, {len(text)} characters"
    refuse_non_nota(nota, name, f"a text file ({size})", pdf=False)
    return nota


def refuse_non_nota(nota: Nota, name: str, what: str, *, pdf: bool) -> None:
    """Raise :class:`NotANotaError` for the file ``name`` (``what`` it is: "a PDF with text (2
    pages, 3 400 characters)") when its nota is a letter or an e-mail (the ``not-a-nota``
    diagnostic), or has nothing that makes it a nota: no known label, no purpose line and no
    known section heading. :func:`parse` only notes the first and reads whatever it is given;
    ``load()`` reads nota files, so a PDF and a text file are refused alike. A letter is placed
    by its page in a PDF, by its line in a text file."""
    letter = next((d for d in nota.diagnostics if d.code == "not-a-nota"), None)
    if letter is not None:
        where = f"page {letter.page}" if pdf else f"line {letter.line}"
        raise NotANotaError(
            name,
            f"is {letter.message} ({where}); notaparse reads nota's only: load the nota itself "
            "(a nota that follows the letter in the same file is read, the letter first and the "
            "nota as its enclosure; a letter appended to a nota after its headings is read as "
            "part of the nota)",
        )
    if not (
        any(_vocab.known_label(f.label) for f in nota.metadata.fields)
        or nota.metadata.purpose
        or any(_vocab.is_known_heading(s.heading) for s in nota.sections)
    ):
        raise NotANotaError(
            name,
            f"is {what} but not a nota: no label such as {next(iter(_vocab.LABELS))!r}, no purpose "
            f"line and no known section heading such as {_vocab.HEADINGS[0]!r} were found; check "
            "that it is the right file",
        )


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    """A text file's text: in ``encoding`` when given, else in the encoding a UTF-16/UTF-32 byte
    order mark names (Windows' "Unicode" text export) or the NUL bytes of UTF-16 without one
    show, else UTF-8. Raises :class:`ExtractionError` with the place of the first byte that is
    not of the encoding, :class:`NotAPDFError` for binary data."""
    found = encoding or _bom_encoding(data) or _utf16_without_bom(data)
    try:
        return data.decode(found or "utf-8-sig")
    except UnicodeDecodeError as e:
        if encoding is None and found is not None:
            reason = f"starts as {found.upper()} text but is not ({e.reason} at byte {e.start})"
            raise ExtractionError(name, f"{reason}; save it as UTF-8") from None
        if found is None and b"\x00" in data[:4096]:
            known = _known_format(data)
            if known is not None:
                what, todo = known
                raise NotAPDFError(name, f"is {what}, neither a PDF nor a text file; {todo}") from None
            raise NotAPDFError(
                name, "is neither a PDF nor a text file; load() reads .pdf and UTF-8 .txt files"
            ) from None
        line = data.count(b"\n", 0, e.start) + 1
        column = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        place = f"byte 0x{data[e.start]:02X} at line {line}, column {column}"
        if encoding is not None:
            raise ExtractionError(name, f"is not {encoding} text ({place}); check its encoding") from None
        raise ExtractionError(
            name,
            f"is not UTF-8 text ({place}); save it as UTF-8, or pass its encoding "
            "(encoding='cp1252' or --encoding cp1252 for older Windows text)",
        ) from None
