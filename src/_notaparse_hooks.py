"""notaparse's entry points for pytest (``pytest11``) and hypothesis, kept outside the package.

Importing anything under ``notaparse`` runs the package's ``__init__``, which imports the whole
library. Both entry points are loaded in every pytest run of an environment where notaparse is
installed, also when the run has nothing to do with nota's. This module imports nothing of
notaparse until it is needed:

- pytest: the options are declared here; :mod:`notaparse._plugin`, which collects and checks the
  PDFs, is imported and registered only when a run names a nota archive.
- hypothesis (which may be installed without pytest: nothing here imports pytest on import):
  ``st.from_type(notaparse.Nota)`` needs :mod:`notaparse.strategies` imported. The
  hook imports it when notaparse is already imported; otherwise notaparse's ``__init__`` imports
  it when hypothesis already is.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (hypothesis loads this module too, where pytest may not be installed)
    import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--nota-archive``/``--nota-fail-on``/``--nota-password``/``--nota-texts``/
    ``--nota-encoding`` and the ``nota_*`` ini options."""
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
    group.addoption(
        "--nota-texts",
        action="store_true",
        default=None,
        help="validate the .txt files under the archives too (extracted or canonical text; default: ini"
        " nota_texts, or PDFs only)",
    )
    group.addoption(
        "--nota-encoding",
        default=None,
        metavar="ENCODING",
        help="encoding of the archives' text files that are not UTF-8, e.g. cp1252 (default: ini"
        " nota_encoding, or UTF-8)",
    )
    parser.addini("nota_archive", type="paths", default=[], help="folders of nota PDFs to validate")
    parser.addini("nota_texts", type="bool", default=False, help="validate .txt files under the archives too")
    parser.addini("nota_encoding", default="", help="encoding of text files that are not UTF-8 (cp1252)")
    parser.addini("nota_fail_on", default="error", help="error, warning or info")
    parser.addini("nota_select", type="args", default=[], help="rule codes to check (default: all)")
    parser.addini("nota_ignore", type="args", default=[], help="rule codes not to check")
    parser.addini("nota_timeout", default="120", help="per-file time limit in seconds")


def pytest_configure(config: pytest.Config) -> None:
    """Add the archive folders to the paths pytest collects; with at least one, register
    :mod:`notaparse._plugin`, which refuses a wrong ``nota_*`` option before any file is read and
    collects the PDFs.

    A ``--nota-archive`` folder is always added. The ini file's ``nota_archive`` is added as
    pytest's own ``testpaths`` are: only when no path is named on the command line, so
    ``pytest archive/a.pdf`` or ``pytest tests/`` runs what it names, not the whole archive.
    Folders are made absolute without resolving symlinks: an archive reached through a symlink
    keeps the path it was named by (in item ids, in messages, and for paths named under it).
    """
    import pytest  # noqa: PLC0415 - loaded by pytest here; hypothesis loads this module without it

    # (each folder with the option that named it: a wrong one is reported where it was written)
    named = [("--nota-archive", _absolute(p), True) for p in config.getoption("nota_archive")]
    paths_given = config.args_source is pytest.Config.ArgsSource.ARGS
    named += [("nota_archive (ini)", _absolute(p), not paths_given) for p in config.getini("nota_archive")]
    for option, archive, collect in named:
        if not archive.is_dir():
            raise pytest.UsageError(f"{option} {archive}: not a folder")
        if collect and str(archive) not in config.args:
            config.args.append(str(archive))
    if named:
        from notaparse import _plugin  # noqa: PLC0415 - only for a run that names an archive

        _plugin.start(config, [archive for _, archive, _ in named])
        config.pluginmanager.register(_plugin, "notaparse-archive")


def _absolute(path: str | os.PathLike[str]) -> Path:
    """``path`` made absolute and normalised (``..`` removed), its symlinks kept."""
    return Path(os.path.abspath(path))


def _hypothesis_setup_hook() -> None:
    """hypothesis' entry point: register notaparse's strategies if notaparse is imported.

    (``import notaparse.strategies`` of a module still being imported, when a script's first
    import is ``notaparse.strategies`` and that module's ``import hypothesis`` runs this hook,
    returns the half-made module and changes nothing: it registers at its own end.)
    """
    if "notaparse" in sys.modules:
        import notaparse.strategies  # noqa: F401, PLC0415 - registers its strategies on import
