"""notaparse.testing.assert_valid_nota without pytest machinery."""

from __future__ import annotations

import datetime as dt
import doctest
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

import notaparse
import notaparse.testing
from notaparse import Severity
from notaparse.testing import assert_valid_nota

TEXT = Path(__file__).resolve().parent.parent / "fixtures" / "text"
BAD = "Aan: MBZK\nOnze referentie: 2024-0000096441\nDatum\n31 februari 2024\n\nEen titel\n\nKern\nTekst.\n"


def test_returns_the_valid_nota() -> None:
    path = TEXT / "bzk-2024-02-13-beslisnota.reconstructed.txt"
    nota = assert_valid_nota(path, fail_on="warning")
    assert nota == notaparse.load(path)
    assert assert_valid_nota(nota) is nota


def test_lists_every_failing_problem() -> None:
    nota = notaparse.parse(BAD.replace("Onze referentie: 2024-0000096441\n", ""))
    with pytest.raises(AssertionError) as exc:
        assert_valid_nota(nota, fail_on=Severity.WARNING, today=dt.date(2025, 1, 1))
    assert str(exc.value) == (
        "the nota has 2 problems at or above warning:\n"
        "  NP101 warning: reference: no reference (Onze referentie, Kenmerk, ...) found [reference-missing]\n"
        "  NP104 error: Datum on page 1: '31 februari 2024' is not a real date "
        "(day is out of range for month) [date-invalid]"
    )


def test_select_and_ignore() -> None:
    nota = notaparse.parse(BAD)
    assert_valid_nota(nota, ignore=["NP104"])
    assert_valid_nota(nota, select=["NP3"])
    with pytest.raises(AssertionError, match="NP104"):
        assert_valid_nota(nota, select=["NP1"])


def test_unloadable_file(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    with pytest.raises(AssertionError, match=r"leeg\.pdf could not be loaded: EmptyFileError: "):
        assert_valid_nota(empty)


def test_module_doctest() -> None:
    assert doctest.testmod(notaparse.testing).failed == 0


def test_unloadable_file_is_named_once(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    with pytest.raises(AssertionError) as raised:
        assert_valid_nota(empty)
    assert str(raised.value) == (
        f"{empty} could not be loaded: EmptyFileError: is empty (0 bytes); nothing to read"
    )


def test_unloadable_file_given_as_a_dot_path_is_named_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "leeg.pdf").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(AssertionError) as raised:
        assert_valid_nota("./leeg.pdf")
    assert (
        str(raised.value)
        == "./leeg.pdf could not be loaded: EmptyFileError: is empty (0 bytes); nothing to read"
    )


def test_problems_of_a_file_name_the_file(tmp_path: Path) -> None:
    """Given a path, the failure names it, as a load failure does and the plugin's items do; it
    said "the nota has", and a test looping over an archive could not tell which file failed."""
    path = tmp_path / "nota.txt"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(AssertionError) as raised:
        assert_valid_nota(path, today=dt.date(2025, 1, 1))
    assert str(raised.value) == (
        f"{path}: 1 problem at or above error:\n"
        "  NP104 error: Datum on page 1: '31 februari 2024' is not a real date "
        "(day is out of range for month) [date-invalid]"
    )


def test_password_and_encoding_are_passed_to_load(tmp_path: Path) -> None:
    """An encrypted PDF or a cp1252 text could not be checked by path: the load failure asked
    for a password or an encoding that assert_valid_nota did not take."""
    title = "De \u2018gereedschapskist\u2019 \u2013 \u00e9\u00e9n stand"
    text = BAD.replace("31 februari", "13 februari").replace("Een titel", title)
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(AssertionError, match="pass its encoding"):
        assert_valid_nota(path)
    assert assert_valid_nota(path, encoding="cp1252").title == title
    locked = canvas.Canvas(str(tmp_path / "locked.pdf"), encrypt="geheim")
    lines = ["Aan: MBZK", "Onze referentie: 2024-0000096441", "Datum: 13 februari 2024", "", "Aanleiding"]
    for k, line in enumerate([*lines, "Een zin."]):
        locked.drawString(72, 780 - 14 * k, line)
    locked.save()
    with pytest.raises(AssertionError, match="EncryptedPDFError"):
        assert_valid_nota(tmp_path / "locked.pdf")
    nota = assert_valid_nota(tmp_path / "locked.pdf", password="geheim")
    assert nota.metadata.reference == "2024-0000096441"


def test_a_fail_on_that_is_no_severity_names_the_choices() -> None:
    with pytest.raises(ValueError, match=r"fail_on must be 'error', 'warning' or 'info', got 'warnings'"):
        assert_valid_nota(notaparse.parse(BAD), fail_on="warnings")
