"""``notaparse export PATH...``: an archive as one dataset, a JSON line or a CSV row per file.

Files are found, loaded and ordered as ``notaparse check`` does it (the shared code is in
:mod:`._check`): the paths in the order given, folders searched recursively in sorted order,
loading and validating on :func:`notaparse.load_all` (every rule, or ``--select``/``--ignore``
as in ``check``). Each record is written and flushed as
soon as its file and all before it are done, so the archive is never held in memory and a
reader (``| head``, ``| jq``) gets records while the run goes on. Exit codes as ``check``'s: 0
every file loaded, 1 a file failed to load (its record says why; the run goes on), 2 usage error,
130 interrupted (the records written so far are complete lines).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import json
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any, TextIO

from . import _check
from ._batch import LoadResult, failure_reason
from ._json import to_dict
from ._model import Nota
from ._validate import Problem, redaction_citations, redaction_grounds, select_rules

#: The CSV columns, in order: the values a spreadsheet user filters and sorts on. Every other
#: colofon field (Kopie aan, Beslistermijn, ...) is in the JSON lines format's "nota". (New
#: columns go at the end: a reader that takes columns by position keeps working.)
CSV_COLUMNS = (
    "path",
    "ok",
    "error_kind",
    "error",
    "kind",
    "purpose",
    "title",
    "date",
    "reference",
    "addressee",
    "sender",
    "page_count",
    "actively_public",
    "sections",
    "headings",
    "attachments",
    "enclosures",
    "unplaced",
    "attachment_count",
    "redaction_grounds",
    "status",
    "problems",
    "duplicate_of",
    "drafted_by",
    "coordinated_with",
    "same_nota_as",
)

#: How the headings of a nota's sections are joined in the CSV's ``headings`` column (and the
#: units of ``coordinated_with``).
HEADING_SEPARATOR = " | "


def record(
    result: LoadResult, duplicate_of: str | None = None, same_nota_as: str | None = None
) -> dict[str, Any]:
    """The JSON lines record of one file: its nota (the JSON of :func:`notaparse.to_dict`) and
    its problems (as ``check --format json`` gives them) and the Woo/Wob grounds it cites with how
    often each is printed (``redaction_grounds``), or why it failed to load (the error's class
    name, its message without the path, and the page and line when the error gives them); for a
    file with the same bytes as an earlier one, that file's path (``duplicate_of``); for one with
    other bytes whose nota reads the same as an earlier file's (a PDF saved again), that file's
    path (``same_nota_as``)."""
    if result.nota is not None:
        problems = [_check.problem_dict(p) for p in result.problems]
        out = {
            "path": result.path,
            "ok": True,
            "nota": to_dict(result.nota),
            "problems": problems,
            "redaction_grounds": redaction_citations(result.nota),
        }
    else:
        out = {"path": result.path, "ok": False, "error": _check.error_dict(result)}
    if duplicate_of is not None:
        out["duplicate_of"] = duplicate_of
    if same_nota_as is not None:
        out["same_nota_as"] = same_nota_as
    return out


def _cell(value: object) -> str:
    """A value as CSV text: "" for None, "true"/"false" for booleans (as in the JSON)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def row(result: LoadResult, duplicate_of: str | None = None, same_nota_as: str | None = None) -> list[str]:
    """The CSV row of one file, in the order of :data:`CSV_COLUMNS`."""
    nota: Nota | None = result.nota
    if nota is None:
        assert result.error is not None
        values: dict[str, object] = {
            "path": result.path,
            "ok": False,
            "error_kind": result.error.kind,
            "error": failure_reason(result),
            "status": _check.status(result),
            "duplicate_of": duplicate_of,
        }
    else:
        m = nota.metadata
        values = {
            "path": result.path,
            "ok": True,
            "kind": m.kind,
            "purpose": m.purpose,
            "title": nota.title,
            "date": m.date.isoformat() if m.date else None,
            "reference": m.reference,
            "addressee": m.addressee,
            "sender": m.sender,
            "page_count": m.page_count,
            "actively_public": m.actively_public,
            "sections": len(nota.sections),
            # (a preamble, the text before the first heading, has the heading "": counted in
            # "sections", not listed here)
            "headings": HEADING_SEPARATOR.join(s.heading for s in nota.sections if s.heading),
            "attachments": len(nota.attachments),
            "enclosures": len(nota.enclosures),
            "unplaced": len(nota.unplaced),
            "attachment_count": m.attachment_count,
            "redaction_grounds": " ".join(redaction_grounds(nota)),
            "status": _check.status(result),
            # (each rule's code once, in the order of the rules; the messages are check's)
            "problems": " ".join(dict.fromkeys(p.code for p in sorted(result.problems, key=_code))),
            "duplicate_of": duplicate_of,
            "drafted_by": m.drafted_by,
            "coordinated_with": HEADING_SEPARATOR.join(m.coordinated_with),
            "same_nota_as": same_nota_as,
        }
    return [_cell(values.get(column)) for column in CSV_COLUMNS]


class _Writer:
    """Writes records to ``out`` one complete line (or CSV row) per write, flushed at once."""

    def __init__(self, out: TextIO, format_: str) -> None:
        self.out = out
        self.csv = csv.writer(out) if format_ == "csv" else None  # (RFC 4180: quoted, CRLF rows)
        if self.csv is not None:
            self.csv.writerow(CSV_COLUMNS)
            out.flush()

    def write(
        self, result: LoadResult, duplicate_of: str | None = None, same_nota_as: str | None = None
    ) -> None:
        if self.csv is not None:
            self.csv.writerow(row(result, duplicate_of, same_nota_as))  # (one write call per row)
        else:
            # (json.dumps escapes newlines inside strings: a record is always exactly one line)
            self.out.write(json.dumps(record(result, duplicate_of, same_nota_as), ensure_ascii=False) + "\n")
        self.out.flush()


class _WholeLines:
    """Ctrl-C while a record is being written takes effect once it is written and counted.

    Otherwise the KeyboardInterrupt could stop a write halfway (a line cut short at the end of
    the output) or fall between a record written and counted (stderr would count one less than
    the output has). Only Python's own handler is replaced, and only in the main thread; it is
    put back at the end.
    """

    def __init__(self) -> None:
        self.writing = False
        self.pending = False
        self.previous: Any = None

    def __enter__(self) -> _WholeLines:
        own = signal.getsignal(signal.SIGINT) is signal.default_int_handler
        if own and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._interrupt)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def _interrupt(self, _signum: int, _frame: object) -> None:
        if not self.writing:
            raise KeyboardInterrupt
        self.pending = True

    @contextlib.contextmanager
    def line(self) -> Iterator[None]:
        """Write one record (and count it) in the ``with`` block, uninterrupted."""
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending:
            raise KeyboardInterrupt


class _SameNotas:
    """Finds files whose nota reads the same as an earlier file's: the same JSON (every word in
    the same field, section or part), from other bytes (a PDF saved again, with other metadata
    or by another program)."""

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}

    def first(self, result: LoadResult) -> str | None:
        """The path of the first file whose nota is ``result``'s, or None when it is the first
        (or did not load)."""
        if result.nota is None:
            return None
        digest = hashlib.sha256(json.dumps(to_dict(result.nota), ensure_ascii=False).encode()).digest()
        first = self._first.setdefault(digest, result.path)
        return None if first == result.path else first


def _code(problem: Problem) -> str:
    return problem.code


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``notaparse export`` with parsed arguments; return the exit code."""
    out = _check.utf8_output(out or sys.stdout)
    err = err or sys.stderr
    try:
        select_rules(args.select, args.ignore)
    except ValueError as e:
        err.write(f"notaparse export: {e}\n")
        return _check.EXIT_USAGE
    found_skipped = _check.find_files(args, err, "notaparse export")
    if found_skipped is None:
        return _check.EXIT_USAGE
    found, skipped = found_skipped
    if skipped and found:
        # (otherwise a reader counting a folder's files against the records finds some missing,
        # with nothing to say which or why; without any file to read, find_files warned already)
        some = f"{len(skipped)} files that are" if len(skipped) > 1 else "1 file that is"
        first = ", the first: " if len(skipped) > 1 else ": "
        err.write(
            f"notaparse export: skipped {some} not .pdf or .txt (no record){first}{skipped[0]}; "
            "name a file on the command line to read it all the same\n"
        )
    progress = _check.Progress(len(found), err)
    written = 0
    failed = False
    results: Iterator[LoadResult] = _check.load_found(found, args)
    duplicates = _check.Duplicates()
    same_notas = _SameNotas()
    try:
        with _WholeLines() as whole:
            with whole.line():
                writer = _Writer(out, args.format)
            for result in results:
                progress.step(result.path)
                duplicate_of = duplicates.first(result.path)
                same = same_notas.first(result)
                same_nota_as = None if duplicate_of is not None else same
                with whole.line():
                    writer.write(result, duplicate_of, same_nota_as)
                    written += 1
                failed = failed or not result.ok
    except KeyboardInterrupt:
        progress.close()
        err.write(
            f"notaparse export: interrupted after {written} of {len(found)} files; "
            "the output has a complete record of each\n"
        )
        return _check.EXIT_INTERRUPTED
    finally:
        progress.close()
        results.close()  # type: ignore[attr-defined]  # (a generator: shuts the pool down now)
    return _check.EXIT_PROBLEMS if failed else _check.EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``notaparse export`` to ``parser``."""
    _check.add_input_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help=(
            "jsonl: a JSON object per file, the whole nota, its problems and the Woo grounds it cites "
            "(default); "
            "csv: a row per file, fixed columns"
        ),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a file with anything not understood gets an error record (NotaSyntaxError)",
    )
    _check.add_rule_arguments(parser)
    parser.epilog = (
        "Records are in the order of the paths given, folders in sorted order; each is written as "
        "soon as its file and all before it are read. CSV columns: " + ", ".join(CSV_COLUMNS) + ". "
        "Exit codes: 0 every file loaded, 1 files that failed to load (each has its record), "
        "2 usage error, 130 interrupted."
    )
