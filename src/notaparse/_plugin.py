"""The pytest plugin (entry point ``pytest11``: ``notaparse``): a test per PDF of a nota archive.

``pytest --nota-archive DIR`` (repeatable), or ``nota_archive = DIR ...`` in the ini file, adds
each ``.pdf`` under DIR to the run as a test item ``<path>::nota``. The item loads and validates
the file; it fails with the file's problem list (problems at or above ``--nota-fail-on``,
default ``error``), or with the reason the file could not be loaded. Ini options ``nota_select``
and ``nota_ignore`` choose rules. Without an archive the plugin does nothing.

This module is imported only by pytest (through the entry point); the library itself never
imports pytest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._batch import LoadResult, _Options, check_timeout, failure_reason, load_one
from ._validate import Severity, select_rules
from .testing import format_problems

_ARCHIVES = pytest.StashKey[list[Path]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--nota-archive``/``--nota-fail-on`` and the ``nota_*`` ini options."""
    group = parser.getgroup("notaparse", "nota archive validation (notaparse)")
    group.addoption(
        "--nota-archive",
        action="append",
        default=[],
        metavar="DIR",
        help="validate every PDF under DIR as a test item (repeatable)",
    )
    group.addoption(
        "--nota-fail-on",
        choices=("error", "warning", "info"),
        default=None,
        help="lowest problem severity that fails a nota item (default: ini nota_fail_on, or error)",
    )
    group.addoption(
        "--nota-password",
        default=None,
        metavar="PW",
        help="password for encrypted PDFs in the archive (not in the ini file: it is in the repository)",
    )
    parser.addini("nota_archive", type="paths", default=[], help="folders of nota PDFs to validate")
    parser.addini("nota_fail_on", default="error", help="error, warning or info")
    parser.addini("nota_select", type="args", default=[], help="rule codes to check (default: all)")
    parser.addini("nota_ignore", type="args", default=[], help="rule codes not to check")
    parser.addini("nota_timeout", default="120", help="per-file time limit in seconds")


def pytest_configure(config: pytest.Config) -> None:
    """Add the archive folders to the paths pytest collects, and refuse a wrong ``nota_*``
    option before any of them is read (:func:`_check_options`).

    A ``--nota-archive`` folder is always added. The ini file's ``nota_archive`` is added as
    pytest's own ``testpaths`` are: only when no path is named on the command line, so
    ``pytest archive/a.pdf`` or ``pytest tests/`` runs what it names, not the whole archive.
    Folders are made absolute without resolving symlinks: an archive reached through a symlink
    keeps the path it was named by (in item ids, in messages, and for paths named under it).
    """
    # (each folder with the option that named it: a wrong one is reported where it was written)
    named = [("--nota-archive", _absolute(p), True) for p in config.getoption("nota_archive")]
    paths_given = config.args_source is pytest.Config.ArgsSource.ARGS
    named += [("nota_archive (ini)", _absolute(p), not paths_given) for p in config.getini("nota_archive")]
    archives = [archive for _, archive, _ in named]
    config.stash[_ARCHIVES] = archives
    for option, archive, collect in named:
        if not archive.is_dir():
            raise pytest.UsageError(f"{option} {archive}: not a folder")
        if collect and str(archive) not in config.args:
            config.args.append(str(archive))
    if archives:
        _check_options(config)


def _absolute(path: str | os.PathLike[str]) -> Path:
    """``path`` made absolute and normalised (``..`` removed), its symlinks kept."""
    return Path(os.path.abspath(path))


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
    timeout = config.getini("nota_timeout")
    try:
        check_timeout(float(timeout))
    except ValueError:
        raise pytest.UsageError(
            f"nota_timeout = {timeout!r}: expected a number of seconds above 0 (inf: no limit)"
        ) from None


def _fail_on(config: pytest.Config) -> str:
    """The lowest severity that fails an item: ``--nota-fail-on``, else the ini's ``nota_fail_on``."""
    value: str = config.getoption("nota_fail_on") or config.getini("nota_fail_on")
    return value


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> NotaFile | None:
    """Collect ``.pdf`` files that lie under a nota archive."""
    if file_path.suffix.lower() != ".pdf":
        return None
    archives = parent.config.stash.get(_ARCHIVES, [])
    if any(file_path.is_relative_to(a) for a in archives):
        return NotaFile.from_parent(parent, path=file_path)
    return None


class NotaFile(pytest.File):
    """A nota PDF: one test item."""

    def collect(self) -> Iterator[NotaItem]:
        """Yield the file's single item."""
        yield NotaItem.from_parent(self, name="nota")


class NotaProblemsError(Exception):
    """A nota failed: it did not load, or has problems at or above the threshold."""


class NotaItem(pytest.Item):
    """Load and validate one nota PDF."""

    def _options(self) -> tuple[_Options, Severity]:
        config = self.config
        select = config.getini("nota_select") or None
        fail_on = _fail_on(config)
        options = _Options(
            timeout=check_timeout(float(config.getini("nota_timeout"))),
            select=None if select is None else tuple(select),
            ignore=tuple(config.getini("nota_ignore")),
            password=config.getoption("nota_password"),
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
