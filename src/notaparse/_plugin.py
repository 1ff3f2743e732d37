"""The pytest plugin's work: a test per PDF of a nota archive (and per text file, if asked).

``pytest --nota-archive DIR`` (repeatable), or ``nota_archive = DIR ...`` in the ini file, adds
each ``.pdf`` under DIR to the run as a test item ``<path>::nota``; with ``--nota-texts`` (ini
``nota_texts = true``) each ``.txt`` too, else the run's summary says how many went unchecked.
The item loads and validates the file; it fails with the file's problem list (problems at or
above ``--nota-fail-on``, default ``error``), or with the reason the file could not be loaded.
Ini options ``nota_select`` and ``nota_ignore`` choose rules. A folder under an archive that
points back to one it lies in (a symlink loop) is skipped and named in the run's summary.

The entry point (``pytest11``: ``notaparse``) is the top-level module ``_notaparse_hooks``: it
declares the options and imports this module only for a run that names an archive, so a run
without one does not import notaparse. The library itself never imports pytest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._batch import LoadResult, _Options, check_timeout, failure_reason, load_one
from ._check import SYMLINK_LOOP, contains_itself
from ._load import check_encoding
from ._validate import Severity, select_rules
from .testing import format_problems

_ARCHIVES = pytest.StashKey[list[Path]]()
#: The suffixes collected: ``.pdf``, and ``.txt`` with ``--nota-texts`` (ini ``nota_texts``).
_SUFFIXES = pytest.StashKey[frozenset[str]]()
#: Per archive (as named), the ``.txt`` files under it that are not collected.
_UNCHECKED_TEXTS = pytest.StashKey[list[tuple[str, int]]]()
#: The folders under an archive skipped as symlink loops (:func:`pytest_ignore_collect`).
_LOOPS = pytest.StashKey[list[Path]]()


def start(config: pytest.Config, archives: list[Path]) -> None:
    """Take up a run that names nota archives (called by the entry point's ``pytest_configure``,
    which then registers this module): refuse a wrong ``nota_*`` option now
    (:func:`_check_options`), and keep the folders whose files ``pytest_collect_file`` collects:
    PDFs, and text files with ``--nota-texts``."""
    _check_options(config)
    texts = bool(config.getoption("nota_texts") or config.getini("nota_texts"))
    config.stash[_ARCHIVES] = archives
    config.stash[_SUFFIXES] = frozenset({".pdf", ".txt"} if texts else {".pdf"})
    config.stash[_UNCHECKED_TEXTS] = []
    config.stash[_LOOPS] = []
    for archive in archives:
        files = [f for f in archive.rglob("*") if f.suffix.lower() in {".pdf", ".txt"} and f.is_file()]
        pdfs = sum(1 for f in files if f.suffix.lower() == ".pdf")
        named = _named(config, archive)
        if texts:
            if not files:
                _warn(config, f"nota archive {named}: no .pdf or .txt file in it, nothing of it is checked")
            continue
        unchecked = len(files) - pdfs
        if not pdfs:
            _warn(
                config,
                f"nota archive {named}: no .pdf file in it, nothing of it is checked{_texts_note(unchecked)}",
            )
        elif unchecked:
            config.stash[_UNCHECKED_TEXTS].append((named, unchecked))


def _named(config: pytest.Config, archive: Path) -> str:
    """An archive folder as messages name it: relative to pytest's root folder when inside it."""
    return str(archive.relative_to(config.rootpath) if archive.is_relative_to(config.rootpath) else archive)


def _texts_note(texts: int) -> str:
    """What a message adds about an archive's ``.txt`` files the run does not collect."""
    if not texts:
        return ""
    files = "file is" if texts == 1 else "files are"
    return f" (its {texts} .txt {files} not collected: the plugin reads PDFs; --nota-texts checks them too)"


def _warn(config: pytest.Config, message: str) -> None:
    """A warning in pytest's warnings summary: an archive folder of which no file is an item
    (``notaparse check`` warns about such a folder too), so the run does not pass unnoticed."""
    config.issue_config_time_warning(pytest.PytestConfigWarning(message), stacklevel=2)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Say, at the run's end, how many ``.txt`` files of each archive with PDFs went unchecked
    (without ``--nota-texts``): a mixed archive's extracted texts are no items, and its run
    passes on the PDFs alone."""
    for folder in config.stash.get(_LOOPS, []):
        terminalreporter.write_line(f"nota archive {_named(config, folder)}: {SYMLINK_LOOP}")
    for named, texts in config.stash.get(_UNCHECKED_TEXTS, []):
        files = "file" if texts == 1 else "files"
        terminalreporter.write_line(
            f"nota archive {named}: {texts} .txt {files} not checked (the plugin reads PDFs;"
            " --nota-texts, or nota_texts = true in the ini file, checks them too)"
        )


def _check_options(config: pytest.Config) -> None:
    """Refuse a wrong ``nota_*`` option once, with a sentence, before any item runs.

    (Read in each item, a wrong value failed every item with a traceback. pytest's ini files have
    no comments after a value: ``nota_fail_on = error  # or warning`` is such a value.)
    """
    fail_on = _fail_on(config)
    if fail_on not in {s.value for s in Severity}:
        raise pytest.UsageError(f"nota_fail_on = {fail_on!r}: expected error, warning or info")
    for name in ("nota_select", "nota_ignore"):
        try:
            select_rules(None, config.getini(name))
        except ValueError as e:
            raise pytest.UsageError(f"{name}: {e}") from None
    encoding = _encoding(config)
    try:
        check_encoding(encoding)
    except ValueError as e:
        raise pytest.UsageError(f"nota encoding: {e}") from None
    timeout = config.getini("nota_timeout")
    try:
        check_timeout(float(timeout))
    except ValueError:
        raise pytest.UsageError(
            f"nota_timeout = {timeout!r}: expected a number of seconds above 0 (inf: no limit)"
        ) from None


def _encoding(config: pytest.Config) -> str | None:
    """The text files' encoding: ``--nota-encoding``, else the ini's ``nota_encoding``, else None
    (UTF-8, or UTF-16/32 where the bytes say so, as :func:`notaparse.load` reads)."""
    value: str | None = config.getoption("nota_encoding") or config.getini("nota_encoding") or None
    return value


def _fail_on(config: pytest.Config) -> str:
    """The lowest severity that fails an item: ``--nota-fail-on``, else the ini's ``nota_fail_on``."""
    value: str = config.getoption("nota_fail_on") or config.getini("nota_fail_on")
    return value


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Skip a folder under a nota archive that points back to one of the folders it lies in
    (``archive/nested/up -> ..``), and name it once in the run's summary, as ``notaparse check``
    reports it (a ``SymlinkLoop``): pytest follows symbolic links to folders, and collected the
    archive's files again at each turn of the loop, thousands of items."""
    archives = config.stash.get(_ARCHIVES, [])
    if not any(collection_path.is_relative_to(a) for a in archives) or not collection_path.is_dir():
        return None
    if contains_itself(collection_path):
        loops = config.stash.setdefault(_LOOPS, [])
        if collection_path not in loops:
            loops.append(collection_path)
        return True
    return None


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> NotaFile | None:
    """Collect ``.pdf`` files (and ``.txt`` files with ``--nota-texts``) that lie under a nota
    archive."""
    if file_path.suffix.lower() not in parent.config.stash.get(_SUFFIXES, frozenset({".pdf"})):
        return None
    archives = parent.config.stash.get(_ARCHIVES, [])
    if any(file_path.is_relative_to(a) for a in archives):
        return NotaFile.from_parent(parent, path=file_path)
    return None


class NotaFile(pytest.File):
    """A nota PDF (or text file): one test item."""

    def collect(self) -> Iterator[NotaItem]:
        """Yield the file's single item."""
        yield NotaItem.from_parent(self, name="nota")


class NotaProblemsError(Exception):
    """A nota failed: it did not load, or has problems at or above the threshold."""


class NotaItem(pytest.Item):
    """Load and validate one nota PDF (or text file)."""

    def _options(self) -> tuple[_Options, Severity]:
        config = self.config
        select = config.getini("nota_select") or None
        fail_on = _fail_on(config)
        options = _Options(
            timeout=check_timeout(float(config.getini("nota_timeout"))),
            select=None if select is None else tuple(select),
            ignore=tuple(config.getini("nota_ignore")),
            password=config.getoption("nota_password"),
            encoding=_encoding(config),
        )
        return options, Severity(fail_on)

    def runtest(self) -> None:
        """Load and validate; raise NotaProblemsError with the report when the nota fails."""
        options, fail_on = self._options()
        result: LoadResult = load_one(os.fspath(self.path), options)
        where = self._where()
        if result.error is not None:
            reason = failure_reason(result)  # (the file is named once, here)
            if result.error.kind == "EncryptedPDFError" and options.password is None:
                reason += "; under pytest: --nota-password PW"
            raise NotaProblemsError(f"{where}: could not be loaded: {result.error.kind}: {reason}")
        failing = [p for p in result.problems if p.severity >= fail_on]
        if failing:
            noun = "problem" if len(failing) == 1 else "problems"
            raise NotaProblemsError(
                f"{where}: {len(failing)} {noun} at or above {fail_on.value}:\n{format_problems(failing)}"
            )

    def _where(self) -> str:
        """The file as the item's id names it: relative to pytest's root folder when inside it."""
        try:
            return str(self.path.relative_to(self.config.rootpath))
        except ValueError:
            return str(self.path)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """Show the problem list, not a traceback."""
        if isinstance(excinfo.value, NotaProblemsError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the item comes from, for pytest's reports."""
        return self.path, None, f"nota {self.path.name}"
