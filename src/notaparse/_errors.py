"""The library's errors: one root, specific subclasses, messages with positions."""

from __future__ import annotations

from pathlib import Path


class NotaparseError(Exception):
    """Root of every error notaparse raises on purpose."""


class FormatError(NotaparseError, ValueError):
    """A value has no valid text form (a date, a reference, a purpose line).

    Raised by low-level helpers without a position; callers that know where the value stood
    re-raise it as :class:`NotaSyntaxError` with line and column.
    """


class NotaSyntaxError(NotaparseError, ValueError):
    """Text could not be read as a nota (strict mode, or canonical text that breaks its grammar).

    The message names what was expected, the line and column, and shows the line with a caret;
    raised by :func:`notaparse.load` it starts with the file's name, as an
    :class:`ExtractionError`'s does (``path``: that name; None from :func:`notaparse.parse`).
    """

    def __init__(
        self,
        message: str,
        *,
        line: int,
        column: int = 1,
        source_line: str = "",
        width: int = 1,
        page: int | None = None,
        path: str | None = None,
    ) -> None:
        self.reason = message
        self.width = width
        self.line = line
        self.column = column
        self.page = page
        self.source_line = source_line
        self.path = path
        where = f"at line {line}, column {column}" + (f" (page {page})" if page else "")
        text = f"{path}: {message}\n  {where}" if path else f"{message}\n  {where}"
        if source_line:
            caret = " " * (column - 1) + "^" + "~" * max(0, width - 1)
            text += f"\n    {source_line}\n    {caret}"
        super().__init__(text)

    def in_file(self, path: str) -> NotaSyntaxError:
        """The same error, its message starting with the file ``path`` it was read from."""
        return NotaSyntaxError(
            self.reason,
            line=self.line,
            column=self.column,
            source_line=self.source_line,
            width=self.width,
            page=self.page,
            path=path,
        )

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        state = (self.reason, self.line, self.column, self.source_line, self.width, self.page, self.path)
        return (_rebuild_syntax_error, state)


def _rebuild_syntax_error(  # noqa: PLR0917 - pickle passes the state positionally
    reason: str,
    line: int,
    column: int,
    source_line: str,
    width: int,
    page: int | None,
    path: str | None = None,
) -> NotaSyntaxError:
    return NotaSyntaxError(
        reason, line=line, column=column, source_line=source_line, width=width, page=page, path=path
    )


class ModelError(NotaparseError, ValueError):
    """A model object was built with a value that canonical text cannot represent."""


class JSONError(NotaparseError, ValueError):
    """JSON does not describe a valid nota; the message gives the path (``$.sections[2].heading``)."""


class ExtractionError(NotaparseError):
    """A file could not be read as a nota. The message names the file and says what to do.

    ``path`` is the file's name as given (None for a stream without one), ``sentence`` the
    message after it."""

    def __init__(self, path: str | Path | None, sentence: str) -> None:
        self.path = None if path is None else str(path)
        self.sentence = sentence
        super().__init__(f"{self.path}: {sentence}" if self.path else sentence)

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[str | None, str]]:
        return (type(self), (self.path, self.sentence))


class NotAPDFError(ExtractionError):
    """The file is not a PDF (nor a ``.txt``)."""


class EmptyFileError(ExtractionError):
    """The file is empty."""


class CorruptPDFError(ExtractionError):
    """The PDF is truncated or damaged beyond reading."""


class EncryptedPDFError(ExtractionError):
    """The PDF is encrypted and no (correct) password was given."""


class NoTextLayerError(ExtractionError):
    """The PDF has no text layer (it is a scan), or one that does not map its glyphs to
    characters: it needs OCR first."""


class NotANotaError(ExtractionError):
    """The file (a PDF or a text file) has text, but nothing that makes it a nota, or is a letter or
    an e-mail; :func:`parse` still reads the text."""
