"""``notaparse check PATH...``: load and validate an archive, report every file, exit 0/1/2.

Folders are searched recursively for ``.pdf`` and ``.txt`` files (symlinked folders are followed,
symlink loops reported); files named on the command line are always read. Loading runs on
:func:`notaparse.load_all`. Reports: ``text`` (a line per problem or failure, then a summary
table), ``json`` and ``junit`` (JUnit XML, one test case per file). Exit codes: 0 nothing at or
above ``--fail-on`` and every file loaded, 1 problems found or a file failed to load, 2 usage error,
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

import attrs

from ._batch import LoadError, LoadResult, check_timeout, failure_reason, load_all
from ._load import check_encoding
from ._validate import RULES, Severity, select_rules

#: Suffixes read when searching a folder.
SUFFIXES = (".pdf", ".txt")

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
#: Stopped by Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130


@attrs.frozen
class _Found:
    """A path to load, or a result known without loading (a symlink loop, an unreadable folder)."""

    path: str
    result: LoadResult | None = None


def _error(path: str, kind: str, sentence: str) -> _Found:
    return _Found(path, LoadResult(path=path, error=LoadError(kind=kind, message=f"{path}: {sentence}")))


def collect(paths: Sequence[str]) -> tuple[list[_Found], list[str]]:
    """Return (files to report, skipped files) for the command-line ``paths``, in a stable order."""
    found: list[_Found] = []
    skipped: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            _walk(p, (), found, skipped)
        else:
            found.append(_Found(p))  # named explicitly: always read (load() says what is wrong)
    # A file reached twice by the paths given (a folder and a folder or file inside it, "a" and
    # "./a/") is one file: reported and counted once, where it was first found. (Two names of
    # one file, a copy or a symlink, stay two files: the archive holds both.)
    seen: set[str] = set()

    def first(path: str) -> bool:
        key = os.path.normpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    return [f for f in found if first(f.path)], [s for s in skipped if first(s)]


def _without_files(paths: Sequence[str], found: list[_Found]) -> list[str]:
    """The folders among ``paths`` in which no file to read was found."""
    folders = [p for p in paths if os.path.isdir(p)]
    if not folders:
        return []
    inside = [os.path.join(p, "") for p in folders]
    hit = {i for f in found for i, prefix in enumerate(inside) if f.path.startswith(prefix)}
    return [p for i, p in enumerate(folders) if i not in hit]


#: What a folder that points back to one of the folders it lies in is (``archive/nested/up ->
#: ..``): ``notaparse check`` reports it as a ``SymlinkLoop``, the pytest plugin in its summary.
SYMLINK_LOOP: Final = "symlink loop: this folder contains itself; skipped"


def contains_itself(folder: Path) -> bool:
    """Whether ``folder`` is one of the folders it lies in (its path's parents), reached again
    through a symbolic link: walking into it would walk the same folders without end."""
    try:
        here = os.stat(folder)
    except OSError:
        return False
    for parent in folder.parents:
        try:
            if os.path.samestat(here, os.stat(parent)):
                return True
        except OSError:
            continue
    return False


def _walk(
    folder: str, ancestors: tuple[tuple[int, int], ...], found: list[_Found], skipped: list[str]
) -> None:
    try:
        st = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        found.append(_error(folder, "ExtractionError", f"folder cannot be read ({e.strerror or e})"))
        return
    here = (st.st_dev, st.st_ino)
    if here in ancestors:
        found.append(_error(folder, "SymlinkLoop", SYMLINK_LOOP))
        return
    for entry in entries:
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:  # a symlink pointing at itself: report it as a file that cannot be read
            is_dir = False
        if is_dir:
            _walk(path, (*ancestors, here), found, skipped)
        elif entry.name.lower().endswith(SUFFIXES):
            found.append(_Found(path))
        else:
            skipped.append(path)


# --- the run --------------------------------------------------------------------------------------


@attrs.define
class Summary:
    """Counts of a run."""

    files: int = 0
    ok: int = 0
    warnings: int = 0
    errors: int = 0
    failed: int = 0
    skipped: int = 0
    pages: int = 0
    #: Documents that follow a nota in its file (``Nota.enclosures``), over all files loaded.
    enclosures: int = 0
    #: Files with the same bytes as a file reported before them.
    duplicates: int = 0
    seconds: float = 0.0
    #: Files that failed to load, by the error's kind ("NoTextLayerError": scans to OCR, ...).
    failures: Counter[str] = attrs.Factory(Counter)

    def add(self, result: LoadResult) -> None:
        """Count one result."""
        self.files += 1
        if result.error is not None:  # (not result.ok)
            self.failed += 1
            self.failures[result.error.kind] += 1
            return
        self.pages += result.pages or 0
        self.enclosures += len(result.nota.enclosures) if result.nota is not None else 0
        worst = result.worst
        if worst is Severity.ERROR:
            self.errors += 1
        elif worst is Severity.WARNING:
            self.warnings += 1
        else:
            self.ok += 1

    def counts(self) -> list[tuple[str, int | float]]:
        """The summary as (label, number) rows: the JSON report's ``summary``."""
        rate = self.seconds or 1e-9
        return [
            ("files", self.files),
            ("ok", self.ok),
            ("with warnings", self.warnings),
            ("with errors", self.errors),
            ("failed to load", self.failed),
            ("skipped (not .pdf/.txt)", self.skipped),
            ("duplicates", self.duplicates),
            ("pages", self.pages),
            ("enclosures", self.enclosures),
            ("seconds", round(self.seconds, 2)),
            ("files/s", round(self.files / rate, 1)),
            ("pages/s", round(self.pages / rate, 1)),
        ]

    def rows(self) -> list[tuple[str, str]]:
        """The summary table as (label, value) rows, the text report's."""
        return [(label, f"{n:.2f}" if label == "seconds" else str(n)) for label, n in self.counts()]


def load_found(found: list[_Found], args: argparse.Namespace) -> Iterator[LoadResult]:
    """The result of each of ``found``, in its order, loading on :func:`load_all`.

    ``args`` has the options of :func:`add_input_arguments`; ``select``, ``ignore`` and ``strict``
    are read when the command has them. Files are validated (``check`` and ``export`` both
    validate) unless ``args.validate`` is False.
    """
    to_load = [f.path for f in found if f.result is None]
    loaded = load_all(
        to_load,
        jobs=args.jobs,
        timeout=args.timeout,
        validate=getattr(args, "validate", True),
        select=getattr(args, "select", None),
        ignore=getattr(args, "ignore", None) or (),
        strict=getattr(args, "strict", False),
        password=args.password,
        encoding=args.encoding,
    )
    try:
        for f in found:
            yield f.result if f.result is not None else next(loaded)
    finally:
        # (when the caller stops early, a Ctrl-C or a reader gone away, the pool is shut down now,
        # not when the generator happens to be collected)
        loaded.close()  # type: ignore[attr-defined]


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.on = stream.isatty() and total > 0
        self.done = 0

    def step(self, path: str) -> None:
        self.done += 1
        if not self.on:
            return
        width = 30
        filled = width * self.done // self.total
        name = Path(path).name[-30:]
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name:<30}")
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r" + " " * 80 + "\r")
            self.stream.flush()
            self.on = False  # (cleared once)


def utf8_output(out: TextIO) -> TextIO:
    """``out`` writing UTF-8 whatever the locale says (a dataset's encoding must not depend on
    the machine that wrote it; every command's output is UTF-8, as JSON must be)."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    return out


def find_files(args: argparse.Namespace, err: TextIO, command: str) -> tuple[list[_Found], list[str]] | None:
    """Check the options of :func:`add_input_arguments` and find the files to read: (files, skipped
    files), or None after writing a usage error to ``err``. A folder without a file to read is
    named in a warning. ``command`` ("notaparse check") starts each message."""
    try:
        check_encoding(args.encoding)
    except ValueError as e:
        err.write(f"{command}: {e}\n")
        return None
    if args.jobs is not None and args.jobs < 1:
        err.write(f"{command}: --jobs must be at least 1\n")
        return None
    try:
        check_timeout(args.timeout)
    except ValueError:
        err.write(f"{command}: --timeout must be more than 0 seconds (inf: no limit), not {args.timeout:g}\n")
        return None
    found, skipped = collect(args.paths)
    for folder in _without_files(args.paths, found):
        # (a mistyped or empty archive would otherwise pass as "files 0", exit 0, unnoticed)
        err.write(f"{command}: warning: no .pdf or .txt file in {folder}\n")
    return found, skipped


class Duplicates:
    """Finds files with the same bytes as a file seen before them (one document published
    twice, under two names or in two folders)."""

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}

    def first(self, path: str) -> str | None:
        """The path of the first file seen with the bytes of ``path``, or None when it is the
        first (or empty, or cannot be read: its load error says so)."""
        try:
            with open(path, "rb") as f:
                if os.fstat(f.fileno()).st_size == 0:
                    return None
                digest = hashlib.file_digest(f, "sha256").digest()
        except OSError:
            return None
        first = self._first.setdefault(digest, path)
        return None if first == path else first


def _fails(result: LoadResult, fail_on: Severity) -> bool:
    return not result.ok or any(p.severity >= fail_on for p in result.problems)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``notaparse check`` with parsed arguments; return the exit code."""
    out = utf8_output(out or sys.stdout)
    err = err or sys.stderr
    try:
        select_rules(args.select, args.ignore)
    except ValueError as e:
        err.write(f"notaparse check: {e}\n")
        return EXIT_USAGE
    found_skipped = find_files(args, err, "notaparse check")
    if found_skipped is None:
        return EXIT_USAGE
    found, skipped = found_skipped
    fail_on = Severity(args.fail_on)
    summary = Summary(skipped=len(skipped))
    progress = Progress(len(found), err)
    results: list[LoadResult] = []
    duplicates = Duplicates()
    duplicate_of: dict[str, str] = {}
    start = time.perf_counter()
    failed = False
    try:
        for result in load_found(found, args):
            progress.step(result.path)
            summary.add(result)
            failed = failed or _fails(result, fail_on)
            first = duplicates.first(result.path)
            if first is not None:
                summary.duplicates += 1
                duplicate_of[result.path] = first
            if args.format == "text":
                _write_text_result(result, out)
                if first is not None:
                    out.write(f"{result.path}: a duplicate: the same bytes as {first}\n")
            else:
                results.append(result)
    except KeyboardInterrupt:
        # Ctrl-C: the pool's workers got it too and the pool is shut down; say how far the run
        # got instead of a traceback. The text report ends with the summary of the files checked;
        # a JSON or JUnit report of part of the archive is not written (it would read as complete).
        progress.close()
        summary.seconds = time.perf_counter() - start
        err.write(
            f"notaparse check: interrupted after {summary.files} of {len(found)} files; "
            f"the summary counts those {summary.files}\n"
        )
        if args.format == "text":
            _write_summary(summary, out)
        return EXIT_INTERRUPTED
    finally:
        progress.close()
    summary.seconds = time.perf_counter() - start
    code = EXIT_PROBLEMS if failed else EXIT_OK
    if args.format == "text":
        _write_summary(summary, out)
    elif args.format == "json":
        report = _json_report(results, skipped, summary, code, duplicate_of)
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(_junit(results, skipped, summary, fail_on))
    return code


# --- reports --------------------------------------------------------------------------------------


def _write_text_result(result: LoadResult, out: TextIO) -> None:
    if result.error is not None:
        out.write(f"{result.path}: failed to load: {result.error.kind}: {failure_reason(result)}\n")
    text = result.path.lower().endswith(".txt")
    for p in result.problems:
        # "file.txt:9:" for a text file, as compilers write it (editors jump there); a PDF's line
        # would be one of the marked text, not of the file, so a PDF is named by its page alone
        where = f"{result.path}:{p.line}" if text and p.line is not None else result.path
        out.write(f"{where}: {p}\n")


def _write_summary(summary: Summary, out: TextIO) -> None:
    rows = summary.rows()
    # Under "failed to load", the failures by kind, most frequent first: one line per thing to do
    # (OCR the scans, ask for passwords, re-download damaged files) instead of a count alone.
    at = next(i for i, (label, _) in enumerate(rows) if label == "failed to load") + 1
    kinds = sorted(summary.failures.items(), key=lambda kv: (-kv[1], kv[0]))
    rows[at:at] = [(f"  {kind}", str(n)) for kind, n in kinds]
    width = max(len(label) for label, _ in rows)
    out.write("\n" + "\n".join(f"{label:<{width}}  {value:>8}" for label, value in rows) + "\n")


def status(result: LoadResult) -> str:
    """What the summary counts the file as: "ok" (no problem above info), "warnings", "errors"
    or "failed" (it did not load). (A file's ``ok`` says only that it loaded.)"""
    if result.error is not None:
        return "failed"
    worst = result.worst
    if worst is Severity.ERROR:
        return "errors"
    return "warnings" if worst is Severity.WARNING else "ok"


def error_dict(result: LoadResult) -> dict[str, Any]:
    """Why a file did not load, as the JSON reports (check's, export's records) give it: the
    error's kind, its message without the path, and its page and line when it gives them."""
    assert result.error is not None
    error: dict[str, Any] = {"kind": result.error.kind, "message": failure_reason(result)}
    if result.error.page is not None:
        error["page"] = result.error.page
    if result.error.line is not None:
        error["line"] = result.error.line
    return error


def problem_dict(p: Any) -> dict[str, Any]:
    """A problem as the JSON reports (check's, export's records) give it."""
    return {
        "code": p.code,
        "rule": p.rule,
        "severity": p.severity.value,
        "message": p.message,
        "field": p.field,
        "page": p.page,
        "line": p.line,
    }


def _json_report(
    results: list[LoadResult], skipped: list[str], summary: Summary, code: int, duplicate_of: dict[str, str]
) -> dict[str, Any]:
    return {
        "files": [
            {
                "path": r.path,
                "ok": r.ok,
                "status": status(r),
                "error": None if r.error is None else error_dict(r),
                "pages": r.pages,
                "enclosures": 0 if r.nota is None else len(r.nota.enclosures),
                "seconds": round(r.seconds, 4),
                "problems": [problem_dict(p) for p in r.problems],
                "duplicate_of": duplicate_of.get(r.path),
            }
            for r in results
        ],
        "skipped": skipped,
        "summary": dict[str, int | float](summary.counts()) | {"exit_code": code},
    }


def _junit(results: list[LoadResult], skipped: list[str], summary: Summary, fail_on: Severity) -> str:
    suite = ET.Element(
        "testsuite",
        name="notaparse check",
        tests=str(len(results) + len(skipped)),
        failures=str(sum(1 for r in results if r.ok and _fails(r, fail_on))),
        errors=str(summary.failed),
        skipped=str(len(skipped)),
        time=f"{summary.seconds:.3f}",
    )
    for r in results:
        case = ET.SubElement(
            suite, "testcase", classname="notaparse.check", name=r.path, time=f"{r.seconds:.3f}"
        )
        if r.error is not None:
            error = ET.SubElement(case, "error", type=r.error.kind, message=failure_reason(r))
            error.text = r.error.message
            continue
        text = "\n".join(str(p) for p in r.problems)
        failing = [p for p in r.problems if p.severity >= fail_on]
        if failing:
            failure = ET.SubElement(
                case, "failure", type=failing[0].code, message=f"{len(failing)} problem(s): {failing[0]}"
            )
            failure.text = text
        elif text:
            ET.SubElement(case, "system-out").text = text
    for path in skipped:
        case = ET.SubElement(suite, "testcase", classname="notaparse.check", name=path)
        ET.SubElement(case, "skipped", message="not a .pdf or .txt file")
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


# --- arguments ------------------------------------------------------------------------------------


def _codes(value: str) -> list[str]:
    return [c.strip() for c in value.split(",") if c.strip()]


class _Extend(argparse.Action):
    """``--select A,B --select C`` -> ["A", "B", "C"]."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        current = getattr(namespace, self.dest) or []
        setattr(namespace, self.dest, [*current, *_codes(values)])


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of the commands that read many files (``check``, ``export``): the paths,
    ``--jobs``, ``--timeout``, ``--password`` and ``--encoding``."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched for .pdf/.txt)")
    parser.add_argument(
        "-j", "--jobs", type=int, default=None, help="worker processes (default: one per CPU)"
    )
    parser.add_argument(
        "--timeout", type=float, default=120.0, metavar="SECONDS", help="per-file time limit (default: 120)"
    )
    parser.add_argument("--password", help="password for encrypted PDFs")
    parser.add_argument("--encoding", help="encoding of text files that are not UTF-8, e.g. cp1252")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``notaparse check`` to ``parser``."""
    add_input_arguments(parser)
    parser.add_argument(
        "--format", choices=("text", "json", "junit"), default="text", help="report format (default: text)"
    )
    add_rule_arguments(parser)
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default="error",
        help="lowest severity that makes the exit code 1 (default: error)",
    )
    parser.epilog = (
        "rules: " + ", ".join(f"{r.code} {r.name}" for r in RULES.values()) + ". "
        "Exit codes: 0 ok, 1 problems at or above --fail-on or files that failed to load, 2 usage error, "
        "130 interrupted."
    )


def add_rule_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--select`` and ``--ignore`` (the rules a command validates with)."""
    parser.add_argument(
        "--select",
        action=_Extend,
        default=None,
        metavar="CODES",
        help="only these rules (NP104, NP1, date-invalid)",
    )
    parser.add_argument("--ignore", action=_Extend, default=None, metavar="CODES", help="skip these rules")
