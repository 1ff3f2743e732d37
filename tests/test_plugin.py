"""The pytest plugin under pytester, on a temporary archive of good and bad nota PDFs."""

from __future__ import annotations

import shutil
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "fixtures" / "pdf"
GOOD = PDF / "bzk-2023-12-13-evaluaties-college-rechten-van-de-mens.pdf"  # no problems
WARNED = PDF / "lnv-2017-11-28-rvo-nvwa-nota.pdf"  # NP101 warning only
BROKEN = PDF / "vws-2020-09-10-acc19-memo-ocr.pdf"  # NP104 error: a date without a year
SCAN = ROOT / "fixtures" / "no-text-layer" / "lnv-2024-01-10-image-only.pdf"


@pytest.fixture
def archive(pytester: pytest.Pytester) -> Path:
    root = pytester.path / "archive"
    (root / "2017").mkdir(parents=True)
    shutil.copy(GOOD, root / "good.pdf")
    shutil.copy(WARNED, root / "2017" / "warned.pdf")
    shutil.copy(BROKEN, root / "broken.pdf")
    shutil.copy(SCAN, root / "scan.pdf")
    (root / "empty.pdf").write_bytes(b"")
    (root / "readme.txt").write_text("not collected", encoding="utf-8")
    return root


def test_registered_through_the_entry_point() -> None:
    assert "_notaparse_hooks" in [ep.value for ep in entry_points(group="pytest11")]


def test_a_run_without_an_archive_does_not_import_notaparse(pytester: pytest.Pytester) -> None:
    """The plugin is loaded in every pytest run of the environment; it costs notaparse's import
    (about 0.2 s) only in a run that names an archive."""
    pytester.makepyfile(
        """
        import sys

        def test_nothing_of_notaparse_imported():
            assert [m for m in sys.modules if m.startswith("notaparse")] == []
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*1 passed*"])


def test_each_pdf_is_an_item_failing_with_its_problems(pytester: pytest.Pytester, archive: Path) -> None:
    result = pytester.runpytest("--nota-archive", str(archive), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=3)
    result.stdout.fnmatch_lines(
        [
            "*archive/broken.pdf: 1 problem at or above error:",
            "  NP104 error: Datum on page 1: the date '10 september' has no year [date-invalid]",
        ]
    )
    result.stdout.fnmatch_lines(["*scan.pdf: could not be loaded: NoTextLayerError: *run OCR first*"])
    result.stdout.fnmatch_lines(["*empty.pdf: could not be loaded: EmptyFileError: *is empty*"])
    assert "Traceback" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_items_are_listed_per_file(pytester: pytest.Pytester, archive: Path) -> None:
    result = pytester.runpytest("--nota-archive", str(archive), "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "*2017/warned.pdf::nota",
            "*broken.pdf::nota",
            "*empty.pdf::nota",
            "*good.pdf::nota",
            "*scan.pdf::nota",
        ]
    )
    assert "readme.txt" not in result.stdout.str()


def test_ini_options_and_fail_on(pytester: pytest.Pytester, archive: Path) -> None:
    pytester.makeini("[pytest]\nnota_archive = archive\nnota_ignore = NP104\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=2)  # broken.pdf passes once NP104 is ignored
    result = pytester.runpytest("-p", "no:cacheprovider", "--nota-fail-on", "warning", "-k", "warned or good")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*warned.pdf: 1 problem at or above warning:", "  NP101 warning: *"])


def test_ordinary_suites_are_untouched(pytester: pytest.Pytester, archive: Path) -> None:
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    result = pytester.runpytest("test_plain.py", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_missing_archive_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--nota-archive", "no-such-folder")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--nota-archive *no-such-folder: not a folder*"])


def test_an_archive_without_pdfs_is_named_in_a_warning(pytester: pytest.Pytester) -> None:
    """A mistyped or empty archive folder, or one of text files only, ran no item of it and the
    run passed without a word (``notaparse check`` warns about such a folder)."""
    (pytester.path / "empty").mkdir()
    (pytester.path / "texts").mkdir()
    (pytester.path / "texts" / "a.txt").write_text("Aan: X", encoding="utf-8")
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    archives = ["--nota-archive", "empty", "--nota-archive", "texts"]
    result = pytester.runpytest(*archives, "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, warnings=2)
    result.stdout.fnmatch_lines(
        [
            "*nota archive empty: no .pdf file in it, nothing of it is checked",
            "*nota archive texts: no .pdf file in it, nothing of it is checked (its 1 .txt file is not"
            " collected: the plugin reads PDFs; --nota-texts checks them too)",
        ]
    )


def test_an_archive_with_pdfs_gives_no_warning(pytester: pytest.Pytester, archive: Path) -> None:
    (archive / "readme.txt").unlink()
    result = pytester.runpytest("--nota-archive", str(archive), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=3)
    assert "nota archive" not in result.stdout.str()


TEXT = ROOT / "fixtures" / "text" / "bzk-2024-02-13-kamervragen-eerdmans.txt"


def test_a_mixed_archives_texts_are_named_in_the_summary_or_checked_with_nota_texts(
    pytester: pytest.Pytester, archive: Path
) -> None:
    """An archive of PDFs and their extracted texts (``.txt``, which ``notaparse check`` reads):
    the texts were no items and the run passed on the PDFs without a word about them. The run's
    summary now says how many went unchecked and how to check them; with ``--nota-texts`` (ini
    ``nota_texts = true``) each is an item, read as ``load()`` reads a text file."""
    shutil.copy(TEXT, archive / "2017" / "kamervragen.txt")  # (besides readme.txt, no nota)
    result = pytester.runpytest("--nota-archive", str(archive), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=3)
    result.stdout.fnmatch_lines(
        [
            "nota archive archive: 2 .txt files not checked (the plugin reads PDFs; --nota-texts, or"
            " nota_texts = true in the ini file, checks them too)"
        ]
    )
    assert "warning" not in result.stdout.str()
    result = pytester.runpytest("--nota-archive", str(archive), "--nota-texts", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=4)
    result.stdout.fnmatch_lines(["archive/readme.txt: could not be loaded: NotANotaError: *"])
    assert "not checked" not in result.stdout.str()
    collected = pytester.runpytest("--nota-archive", str(archive), "--nota-texts", "--collect-only", "-q")
    collected.stdout.fnmatch_lines(
        ["*2017/kamervragen.txt::nota", "*2017/warned.pdf::nota", "*readme.txt::nota"]
    )
    pytester.makeini("[pytest]\nnota_archive = archive\nnota_texts = true\n")
    result = pytester.runpytest("-p", "no:cacheprovider", "-k", "kamervragen")
    result.assert_outcomes(passed=1, deselected=6)


def test_text_files_in_another_encoding_are_read_with_nota_encoding(pytester: pytest.Pytester) -> None:
    """Older Windows text (cp1252) in an archive of texts: ``--nota-encoding`` (ini
    ``nota_encoding``) is passed to ``load()`` as ``notaparse check --encoding`` is; a name Python
    does not know stops the run before any item."""
    (pytester.path / "texts").mkdir()
    text = (
        "Aan: MBZK\nOnze referentie: 2024-0000096441\nDatum: 13 februari 2024\nTER BESLUITVORMING\n\n"
        "Financi\u00eble gevolgen van de regeling\n\nAanleiding\nDe regeling loopt af.\n\n"
        "Geadviseerd besluit\nU stemt in met de verlenging.\n"
    )
    (pytester.path / "texts" / "a.txt").write_bytes(text.encode("cp1252"))
    archive = ["--nota-archive", "texts", "--nota-texts", "-p", "no:cacheprovider"]
    result = pytester.runpytest(*archive)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["texts/a.txt: could not be loaded: ExtractionError: is not UTF-8*"])
    pytester.runpytest(*archive, "--nota-encoding", "cp1252").assert_outcomes(passed=1)
    pytester.makeini("[pytest]\nnota_encoding = cp1252\n")
    pytester.runpytest(*archive).assert_outcomes(passed=1)
    result = pytester.runpytest(*archive, "--nota-encoding", "latin-9x")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: nota encoding: unknown text encoding 'latin-9x'*"])


def test_a_text_only_archive_with_nota_texts_is_checked_without_a_warning(pytester: pytest.Pytester) -> None:
    (pytester.path / "texts").mkdir()
    shutil.copy(TEXT, pytester.path / "texts" / "a.txt")
    (pytester.path / "empty").mkdir()
    archives = ["--nota-archive", "texts", "--nota-archive", "empty", "--nota-texts"]
    result = pytester.runpytest(*archives, "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, warnings=1)
    result.stdout.fnmatch_lines(["*nota archive empty: no .pdf or .txt file in it, nothing of it is checked"])


def test_a_missing_archive_in_the_ini_file_is_named_as_the_ini_option(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nnota_archive = no-such-folder\n")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*nota_archive (ini) *no-such-folder: not a folder*"])


def test_assert_valid_nota_in_a_users_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_user=f"""
        from notaparse.testing import assert_valid_nota

        def test_good():
            nota = assert_valid_nota({str(GOOD)!r})
            assert nota.metadata.purpose == "ondertekening"

        def test_broken():
            assert_valid_nota({str(BROKEN)!r})
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [f"*AssertionError: {BROKEN}: 1 problem at or above error:", "*NP104 error: Datum on page 1:*"]
    )


def test_a_file_that_cannot_be_loaded_is_named_once(pytester: pytest.Pytester, archive: Path) -> None:
    """The reason follows "could not be loaded:" directly (the file is the item; no second path)."""
    result = pytester.runpytest("--nota-archive", str(archive), "-p", "no:cacheprovider", "-k", "empty")
    result.assert_outcomes(failed=1, deselected=4)
    result.stdout.fnmatch_lines(
        ["archive/empty.pdf: could not be loaded: EmptyFileError: is empty (0 bytes); nothing to read"]
    )


@pytest.mark.parametrize(
    ("ini", "message"),
    [
        ("nota_fail_on = warnnig", "nota_fail_on = 'warnnig': expected error, warning or info"),
        ("nota_fail_on = error    # or warning", "nota_fail_on = 'error    # or warning': expected *"),
        ("nota_select = NP999", "nota_select: unknown rule 'NP999'; rules are NP101, *"),
        ("nota_ignore = NP1 date-invalidd", "nota_ignore: unknown rule 'date-invalidd'; rules are *"),
        ("nota_timeout = two minutes", "nota_timeout = 'two minutes': expected a number of seconds*"),
        ("nota_timeout = 0", "nota_timeout = '0': expected a number of seconds above 0 (inf: no limit)"),
    ],
)
def test_a_wrong_ini_option_is_a_usage_error(
    pytester: pytest.Pytester, archive: Path, ini: str, message: str
) -> None:
    """One sentence before any item runs, not a traceback in every item."""
    pytester.makeini(f"[pytest]\nnota_archive = archive\n{ini}\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_an_encrypted_pdf_is_read_with_the_password_option(pytester: pytest.Pytester) -> None:
    """The reason names the plugin's option (the error's own hint, --password, is the CLI's)."""
    root = pytester.path / "archive"
    root.mkdir()
    pdf = canvas.Canvas(str(root / "locked.pdf"), encrypt="geheim")
    lines = ["Aan: MBZK", "Datum: 13 februari 2024", "", "Aanleiding", "Een zin."]
    for k, line in enumerate(lines):
        pdf.drawString(72, 780 - 14 * k, line)
    pdf.save()
    result = pytester.runpytest("--nota-archive", str(root), "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["archive/locked.pdf: could not be loaded: EncryptedPDFError: *; under pytest: --nota-password PW"]
    )
    result = pytester.runpytest(
        "--nota-archive", str(root), "--nota-password", "geheim", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=1)


def test_paths_named_on_the_command_line_run_alone(pytester: pytest.Pytester, archive: Path) -> None:
    """The ini file's archive is added as testpaths are: only when no path is named. Naming one
    file of the archive (or one's own test file) ran the whole archive besides."""
    pytester.makeini("[pytest]\nnota_archive = archive\n")
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    result = pytester.runpytest("archive/broken.pdf", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["archive/broken.pdf: 1 problem at or above error:"])
    result = pytester.runpytest("archive/2017", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result = pytester.runpytest("test_plain.py", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result = pytester.runpytest("-p", "no:cacheprovider")  # (no path: the archive and the tests)
    result.assert_outcomes(passed=3, failed=3)
    # (a --nota-archive on the command line is always added, as it says)
    result = pytester.runpytest("test_plain.py", "--nota-archive", "archive/2017", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_an_archive_reached_through_a_symlink_keeps_its_name(
    pytester: pytest.Pytester, archive: Path
) -> None:
    """An archive mounted elsewhere and linked into the project: item ids and messages name it
    by the link (they gave the path inside the link's target, without the folder), and a file
    named under the link is collected (it was 'not found')."""
    store = pytester.path / "store"
    archive.rename(store)
    archive.symlink_to(store, target_is_directory=True)
    pytester.makeini("[pytest]\nnota_archive = archive\n")
    result = pytester.runpytest("--collect-only", "-q", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["archive/2017/warned.pdf::nota", "archive/broken.pdf::nota"])
    result = pytester.runpytest("archive/broken.pdf", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["archive/broken.pdf: 1 problem at or above error:"])


def test_a_folder_that_points_back_to_its_parent_is_skipped_and_named_once(
    pytester: pytest.Pytester, archive: Path
) -> None:
    """A symlink loop in the archive (``2017/up -> ..``, ``loop/loop -> loop``): pytest follows
    links to folders and collected the archive again at each turn, thousands of items. The
    loop's folder is skipped and named once in the summary, as ``notaparse check`` reports it."""
    (archive / "2017" / "up").symlink_to("..", target_is_directory=True)
    (archive / "loop").mkdir()
    (archive / "loop" / "loop").symlink_to("loop")
    result = pytester.runpytest("--nota-archive", "archive", "--collect-only", "-q", "-p", "no:cacheprovider")
    items = [line for line in result.stdout.lines if line.endswith("::nota")]
    assert sorted(items) == [
        "archive/2017/warned.pdf::nota",
        "archive/broken.pdf::nota",
        "archive/empty.pdf::nota",
        "archive/good.pdf::nota",
        "archive/scan.pdf::nota",
    ]
    loops = [line for line in result.stdout.lines if "symlink loop" in line]
    assert loops == ["nota archive archive/2017/up: symlink loop: this folder contains itself; skipped"]
