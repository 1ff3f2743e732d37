"""Helpers for users' own test suites: ``assert_valid_nota``.

>>> import notaparse
>>> from notaparse.testing import assert_valid_nota
>>> nota = notaparse.parse("Aan: MBZK\\nDatum\\n31 februari 2024\\n\\nEen titel\\n\\nKern\\nTekst.")
>>> assert_valid_nota(nota, ignore=["NP101"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
AssertionError: the nota has 1 problem at or above error:
  NP104 error: Datum on page 1: '31 februari 2024' is not a real date ... [date-invalid]

No pytest needed: failures are plain ``AssertionError``s, which every test runner reports.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from ._batch import _pdf_page_count
from ._errors import NotaparseError
from ._load import load
from ._model import Nota
from ._validate import Problem, Severity, validate

__all__ = ["assert_valid_nota", "format_problems"]


def format_problems(problems: Iterable[Problem], *, indent: str = "  ") -> str:
    """One line per problem, indented: the text ``assert_valid_nota`` and the plugin show."""
    return "\n".join(f"{indent}{p}" for p in problems)


def assert_valid_nota(
    nota: Nota | str | os.PathLike[str],
    *,
    fail_on: Severity | str = Severity.ERROR,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    today: dt.date | None = None,
    pdf_pages: int | None = None,
    password: str | None = None,
    encoding: str | None = None,
) -> Nota:
    """Assert that a nota (or the file at a path) loads and has no problem at or above ``fail_on``.

    Returns the nota, so a test can go on checking it. Raises AssertionError listing every
    problem at or above ``fail_on`` (``"error"``, ``"warning"`` or ``"info"``), or saying why the
    file could not be loaded; for a path, the message starts with it. ``select``/``ignore``/
    ``today``/``pdf_pages`` are passed to :func:`notaparse.validate`; for a PDF path the page
    count is read from the file. ``password`` (of an encrypted PDF) and ``encoding`` (of a text
    file that is not UTF-8) are passed to :func:`notaparse.load`. A ``fail_on`` that is no
    severity raises ValueError.
    """
    threshold = _severity(fail_on)
    where = "the nota has"
    if not isinstance(nota, Nota):
        path = os.fspath(nota)
        where = f"{path}:"
        try:
            nota = load(path, password=password, encoding=encoding)
        except NotaparseError as e:
            reason = str(e).removeprefix(f"{path}: ")  # (the message starts with the path)
            raise AssertionError(f"{path} could not be loaded: {type(e).__name__}: {reason}") from e
        if pdf_pages is None and Path(path).suffix.lower() == ".pdf":
            pdf_pages = _pdf_page_count(path)
    problems = validate(nota, select=select, ignore=ignore, today=today, pdf_pages=pdf_pages)
    failing = [p for p in problems if p.severity >= threshold]
    if failing:
        noun = "problem" if len(failing) == 1 else "problems"
        raise AssertionError(
            f"{where} {len(failing)} {noun} at or above {threshold.value}:\n{format_problems(failing)}"
        )
    return nota


def _severity(fail_on: Severity | str) -> Severity:
    """``fail_on`` as a Severity; ValueError naming the choices for any other value."""
    if isinstance(fail_on, Severity):
        return fail_on
    try:
        return Severity(fail_on)
    except ValueError:
        raise ValueError(f"fail_on must be 'error', 'warning' or 'info', got {fail_on!r}") from None
