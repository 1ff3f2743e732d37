"""The command line: json, text and show on a bundled real nota; errors on stderr, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import notaparse
from notaparse import Attachment, Diagnostic, Field, Footnote, Origin, _check, _cli
from notaparse._cli import main

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "text" / "bzk-2024-02-13-kamervragen-eerdmans.txt"
GOOD_PDF = ROOT / "fixtures" / "pdf" / "bzk-2023-12-13-evaluaties-college-rechten-van-de-mens.pdf"


def test_json_prints_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["json", str(REFERENCE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["metadata"]["reference"] == "2024-0000096441"
    assert notaparse.from_dict(data) == notaparse.load(REFERENCE)


def test_text_prints_canonical_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(REFERENCE)]) == 0
    out = capsys.readouterr().out
    assert out == notaparse.render(notaparse.load(REFERENCE))
    assert out.startswith("%nota 1\n")


def test_show_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(REFERENCE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Beantwoording van de Kamervragen van het lid Eerdmans (JA21)")
    assert "Reference         2024-0000096441" in out
    assert "Date              2024-02-13" in out
    assert "  Politieke context  (1 block, 74 words)" in out
    assert "  Bijlagen  (0 blocks, 0 words)" in out


def test_show_speaks_one_language(capsys: pytest.CaptureFixture[str]) -> None:
    """The summary's own words are English, as the rest of the command line and the docs: its
    head's labels are named as the model's properties ("Reference" is ``metadata.reference``); it
    mixed Dutch labels ("Referentie", "Pagina's", "Actief openbaar  ja", "Bijlagen:",
    "Voetnoten") with English ones ("Not placed", "Diagnostics", "(1 block, 107 words)"). The
    nota's own words (values, headings) are shown as printed."""
    assert main(["show", str(GOOD_PDF)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2:10] == [
        "Addressee         MBZK",
        "Sender            CZW/CZ",
        "Purpose           ondertekening",
        "Reference         2023-0000700225",
        "Date              2023-12-13",
        "Attachments       4",
        "Pages             2",
        "Actively public   yes",
    ]
    assert "  Bijlagen  (0 blocks, 0 words)" in out  # (a heading of the nota's, as printed)
    assert "Attachments:" in out
    nota = notaparse.parse(
        "Opgesteld door: J. de Vries\nAfgestemd met: DJZ\n\nEen titel van de nota\n\nAanleiding\nTekst.\n"
    )
    assert _cli._show(nota).splitlines()[2:4] == ["Drafted by        J. de Vries", "Coordinated with  DJZ"]


def test_show_prints_section_numbers_as_printed() -> None:
    """A lettered or roman section number is shown with its full stop, as the page prints it and
    canonical text writes it ("A. Aanleiding", "IV. Kern"); a digit number bare ("3.1 Kern")."""

    def shown(headings: str) -> list[str]:
        nota = notaparse.parse(f"Aan: X\n\nEen titel van de nota\n\n{headings}")
        return [line.split("  (")[0] for line in _cli._show(nota).splitlines() if line.endswith(" word)")]

    assert shown("A. Aanleiding\nTekst.\n\nB. Kern\nTekst.\n") == ["  A. Aanleiding", "  B. Kern"]
    assert shown("I. Aanleiding\nTekst.\n\nII. Kern\nTekst.\n") == ["  I. Aanleiding", "  II. Kern"]
    assert shown("1. Aanleiding\nTekst.\n\n1.1 Kern\nTekst.\n") == ["  1 Aanleiding", "  1.1 Kern"]


def test_show_lists_other_fields_attachments_notes_unplaced_enclosures_and_diagnostics() -> None:
    """Each part of the summary a nota has beyond its head and sections: other fields (an empty
    one as "-"), the attachments (with their information), the count of notes, the text not
    placed, each enclosure as a nota of its own, indented, and the diagnostics."""
    nota = notaparse.load(REFERENCE)
    enclosure = attrs.evolve(nota, origin=Origin(page=3))
    fuller = attrs.evolve(
        nota,
        metadata=attrs.evolve(
            nota.metadata,
            fields=(*nota.metadata.fields, Field(label="Projectcode"), Field(label="Zaak", value="Z-17")),
        ),
        attachments=(
            Attachment(number=1, name="Kamerbrief", info="openbaar"),
            Attachment(number=2, name="Tijdpad"),
        ),
        footnotes=(Footnote(number=1, text="Zie de brief van 2 februari 2024."),),
        unplaced=("5.1.2e",),
        enclosures=(enclosure,),
        diagnostics=(Diagnostic(code="unplaced-text", message="text not placed", page=2, line=7),),
    )
    out = _cli._show(fuller).splitlines()
    assert "Other fields      Projectcode: -; Zaak: Z-17" in out  # (aligned with the rows above)
    at = out.index("Attachments:")
    assert out[at - 1 : at + 4] == [
        "",
        "Attachments:",
        "  1. Kamerbrief (openbaar)",
        "  2. Tijdpad",
        "Footnotes: 1",
    ]
    at = out.index("Not placed:")
    assert out[at - 1 : at + 4] == ["", "Not placed:", "  5.1.2e", "", "Enclosure 1 (from page 3):"]
    shown = [f"  {line}" if line else "" for line in _cli._show(enclosure).splitlines()]
    assert out[at + 4 : at + 4 + len(shown)] == shown
    assert out[-3:] == ["", "Diagnostics:", "  page 2, line 7: text not placed [unplaced-text]"]
    assert (
        _cli._show(attrs.evolve(fuller, enclosures=(attrs.evolve(enclosure, origin=None),))).count(
            "Enclosure 1:\n"
        )
        == 1
    )


def test_a_reader_gone_away_exits_1_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``notaparse export ARCHIVE | head``: the pipe closed under the command is exit code 1 and
    nothing on stderr (stdout without a file descriptor here, as captured)."""

    def _gone(argv: object) -> int:
        raise BrokenPipeError

    monkeypatch.setattr(_cli, "_main", _gone)
    assert main(["json", str(REFERENCE)]) == 1
    assert capsys.readouterr().err == ""


def test_missing_file_exits_1_with_a_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "geen.txt"
    assert main(["json", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"notaparse: {missing}: does not exist; check the path\n"


def test_strict_failure_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nota.txt"
    path.write_text("Aan: X\n\nAanleiding\nTekst.\n", encoding="utf-8")
    assert main(["json", "--strict", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"notaparse: {path}: no title (subject line) found\n  at line 1")


def test_a_strict_failure_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Unreadable input gives a sentence naming the file (README); a --strict failure's message,
    a NotaSyntaxError's, named no file, so a script looping over an archive could not tell which."""
    path = tmp_path / "nota.txt"
    text = "Aan: X\nDatum\n31 februari 2024\n\nEen titel voor deze nota\n\nAanleiding\nTekst.\n"
    path.write_text(text, encoding="utf-8")
    for command in ("json", "text", "show"):
        assert main([command, "--strict", str(path)]) == 1
        assert capsys.readouterr().err == (
            f"notaparse: {path}: Expected a date after 'Datum': '31 februari 2024' is not a real date"
            " (day is out of range for month)\n  at line 3, column 1 (page 1)\n    31 februari 2024\n"
            "    ^~~~~~~~~~~~~~~~\n"
        )


def test_encoding_of_a_text_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "Aan: MBZK\nDatum: 13 februari 2024\n\nDe ‘gereedschapskist’ – één stand\n\nAanleiding\nTekst.\n"
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    assert main(["text", str(path)]) == 1
    assert "pass its encoding (encoding='cp1252'" in capsys.readouterr().err
    assert main(["text", "--encoding", "cp1252", str(path)]) == 0
    assert capsys.readouterr().out == notaparse.render(notaparse.parse(text))
    assert main(["text", "--encoding", "klingon", str(path)]) == 2
    assert (
        capsys.readouterr().err
        == "notaparse: unknown text encoding 'klingon'; for example 'utf-8' or 'cp1252'\n"
    )


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"notaparse {notaparse.__version__}\n"


def test_python_dash_m_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "notaparse", "json", str(REFERENCE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"].startswith("Beantwoording")


@pytest.mark.parametrize("command", ["json", "show", "check", "export"])
def test_a_reader_that_goes_away_ends_the_run_quietly(command: str) -> None:
    """``notaparse ... | head``: when the reader closes the pipe, no traceback, exit code 1.

    The pipe's reading end is closed before the command writes, so its first write (or the
    flush at its end) fails, as behind ``head`` after the lines it wanted.
    """
    read, write = os.pipe()
    os.close(read)
    try:
        run = subprocess.run(
            [sys.executable, "-m", "notaparse", command, str(REFERENCE)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write)
    assert run.stderr == ""
    assert run.returncode == 1


@pytest.mark.parametrize("command", ["json", "text", "show"])
def test_the_output_is_utf8_whatever_the_locale(command: str) -> None:
    # a nota's dashes and curly quotes are no Latin-1: written as UTF-8, not a UnicodeEncodeError
    path = str(ROOT / "fixtures" / "pdf" / "bzk-2023-12-13-evaluaties-college-rechten-van-de-mens.pdf")
    runs = [
        subprocess.run(
            [sys.executable, "-m", "notaparse", command, path],
            capture_output=True,
            env={**os.environ, "PYTHONIOENCODING": encoding},
            check=False,
        )
        for encoding in ("utf-8", "latin-1")
    ]
    assert [(run.returncode, run.stderr) for run in runs] == [(0, b""), (0, b"")]
    assert runs[1].stdout == runs[0].stdout
    assert "–" in runs[0].stdout.decode("utf-8") or "‘" in runs[0].stdout.decode("utf-8")


def _interrupt(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("command", "where"),
    [
        ("check", "collect"),  # (Ctrl-C while a large archive's folders are searched)
        ("export", "collect"),
        ("json", "load"),  # (Ctrl-C while one large PDF is read)
        ("show", "load"),
    ],
)
def test_ctrl_c_anywhere_exits_130_with_one_line(
    command: str, where: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_check if where == "collect" else _cli, where, _interrupt)
    assert main([command, str(ROOT / "fixtures" / "text")]) == 130
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "notaparse: interrupted\n")
