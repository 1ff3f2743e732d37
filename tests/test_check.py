"""Tests of ``notaparse check``: discovery, every kind of bad file, formats, selection, exit codes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from notaparse._cli import main

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "fixtures" / "text"
GOOD = "bzk-2024-02-13-beslisnota.reconstructed.txt"  # no problems at all
WARNED = "jenv-2024-10-09-verzamelbrief-politie.reconstructed.txt"  # NP106 warning
SCAN = ROOT / "fixtures" / "no-text-layer" / "lnv-2024-01-10-image-only.pdf"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An archive with good files and one of each kind of broken input.

    Unreadable files are made with symlinks (dangling, and pointing at themselves), not with
    ``chmod 000``, so the test means the same when it runs as root.
    """
    root = tmp_path / "archive"
    sub = root / "sub"
    sub.mkdir(parents=True)
    shutil.copy(TEXT / GOOD, root / "a-good.txt")
    shutil.copy(TEXT / WARNED, sub / "b-warned.txt")
    (root / "c-bad-date.txt").write_text(
        "Aan: MBZK\nOnze referentie: 2024-0000096441\nDatum\n31 februari 2024\n\nEen titel\n\nKern\nTekst.\n",
        encoding="utf-8",
    )
    (root / "d-empty.pdf").write_bytes(b"")
    (root / "e-word.pdf").write_bytes(b"PK\x03\x04 a zip, not a pdf")
    shutil.copy(SCAN, root / "f-scan.pdf")
    pdf = canvas.Canvas(str(root / "g-encrypted.pdf"), encrypt="geheim")
    pdf.drawString(100, 700, "Datum 1 maart 2024")
    pdf.save()
    (root / "h-gone.pdf").symlink_to(root / "nowhere.pdf")
    (root / "i-self.pdf").symlink_to(root / "i-self.pdf")
    (sub / "loop").symlink_to(root)
    (root / "notes.docx").write_bytes(b"ignored")
    return root


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_report(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(archive), "--jobs", "2")
    assert code == 1
    assert err == ""  # no progress bar: stderr is not a terminal
    lines = out.splitlines()
    a = str(archive)
    assert lines[:10] == [
        # (line 3: "Datum", the label of the field, in the file as written above)
        f"{a}/c-bad-date.txt:3: NP104 error: Datum on page 1: '31 februari 2024' is not a real date "
        "(day is out of range for month) [date-invalid]",
        f"{a}/d-empty.pdf: failed to load: EmptyFileError: is empty (0 bytes); nothing to read",
        f"{a}/e-word.pdf: failed to load: NotAPDFError: is named .pdf but is a ZIP file (as a .docx, .xlsx "
        "or .odt is), not a PDF; save or export it as PDF and load that; if it is an archive, unpack it",
        f"{a}/f-scan.pdf: failed to load: NoTextLayerError: has no text layer (1 page of images only): "
        "it is a scan; run OCR first (for example: ocrmypdf in.pdf out.pdf) and load the result",
        f"{a}/g-encrypted.pdf: failed to load: EncryptedPDFError: is encrypted; pass its password "
        "(load(path, password=...); --password on the command line)",
        f"{a}/h-gone.pdf: failed to load: ExtractionError: is a symbolic link to '{archive}/nowhere.pdf', "
        "which does not exist; restore the file it points to or remove the link",
        f"{a}/i-self.pdf: failed to load: ExtractionError: is a symbolic link that points to itself "
        "(a loop of links); fix or remove the link",
        f"{a}/sub/b-warned.txt: NP106 warning: purpose line: a beslisnota needs one "
        "(TER BESLUITVORMING, TER BESLISSING, ...) [purpose-missing]",
        f"{a}/sub/loop: failed to load: SymlinkLoop: symlink loop: this folder contains itself; skipped",
        "",
    ]
    summary = dict(line.rsplit(None, 1) for line in lines[10:])
    assert {k.strip(): v for k, v in summary.items()} | {"seconds": "-", "files/s": "-", "pages/s": "-"} == {
        "files": "10",
        "ok": "1",
        "with warnings": "1",
        "with errors": "1",
        "failed to load": "7",
        "ExtractionError": "2",  # the failures by kind, most frequent first, indented:
        "EmptyFileError": "1",  # what an archivist acts on (re-download, OCR, passwords)
        "EncryptedPDFError": "1",
        "NoTextLayerError": "1",
        "NotAPDFError": "1",
        "SymlinkLoop": "1",
        "skipped (not .pdf/.txt)": "1",
        "duplicates": "0",
        "pages": "3",
        "enclosures": "0",
        "seconds": "-",
        "files/s": "-",
        "pages/s": "-",
    }
    assert [k.strip() for k in summary][5:11] == [
        "ExtractionError",
        "EmptyFileError",
        "EncryptedPDFError",
        "NoTextLayerError",
        "NotAPDFError",
        "SymlinkLoop",
    ]
    assert "\n  ExtractionError " in out


def test_a_folder_given_as_dot_names_each_failed_file_once(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`notaparse check .` or `./archive`: the paths start with "./", which pathlib drops; the
    reason after "failed to load" must not name the file a second time."""
    monkeypatch.chdir(archive)
    code, out, _ = _run(capsys, ".", "./d-empty.pdf", "--jobs", "1")
    assert code == 1
    assert (
        "./d-empty.pdf: failed to load: EmptyFileError: is empty (0 bytes); nothing to read"
        in out.splitlines()
    )
    assert "./e-word.pdf: failed to load: NotAPDFError: is named .pdf but is a ZIP file" in out
    assert "pdf: ./" not in out
    assert "pdf: d-empty" not in out


def test_a_file_reached_by_two_of_the_paths_given_is_checked_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder and a sub-folder or file in it (`check archive archive/sub`), or one folder
    written two ways: each file is one line and one count (it was reported and counted twice)."""
    sub = tmp_path / "archive" / "sub"
    sub.mkdir(parents=True)
    shutil.copy(TEXT / GOOD, tmp_path / "archive" / "a-good.txt")
    shutil.copy(TEXT / WARNED, sub / "b-warned.txt")
    (sub / "c-empty.pdf").write_bytes(b"")
    (sub / "notes.docx").write_bytes(b"ignored")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(
        capsys, "archive", "archive/sub", "./archive/", "archive/sub/c-empty.pdf", "--jobs", "1"
    )
    assert code == 1
    assert out.count("c-empty.pdf: failed to load") == 1
    assert out.count("b-warned.txt: NP106") == 1
    _, out, _ = _run(capsys, "archive", "archive/sub", "--format", "json", "--jobs", "1")
    report = json.loads(out)
    assert [f["path"] for f in report["files"]] == [
        "archive/a-good.txt",
        "archive/sub/b-warned.txt",
        "archive/sub/c-empty.pdf",
    ]
    assert report["skipped"] == ["archive/sub/notes.docx"]
    assert (report["summary"]["files"], report["summary"]["failed to load"]) == (3, 1)


def test_a_file_with_the_same_bytes_as_an_earlier_one_is_named_a_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One document published twice (two names, two folders) is reported and counted; exit code
    and status unchanged (both are read: either may be the one to keep). Empty files are no
    duplicates of each other (each is its own EmptyFileError)."""
    (tmp_path / "archive" / "2024").mkdir(parents=True)
    shutil.copy(TEXT / GOOD, tmp_path / "archive" / "a nota.txt")
    shutil.copy(TEXT / GOOD, tmp_path / "archive" / "2024" / "b kopie.txt")
    shutil.copy(TEXT / WARNED, tmp_path / "archive" / "c-other.txt")
    (tmp_path / "archive" / "d-empty.pdf").write_bytes(b"")
    (tmp_path / "archive" / "e-empty.pdf").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(capsys, "archive", "--jobs", "1")
    assert code == 1  # (the empty files)
    assert "archive/a nota.txt: a duplicate: the same bytes as archive/2024/b kopie.txt" in out.splitlines()
    assert out.count("a duplicate") == 1
    assert re.search(r"^duplicates +1$", out, re.MULTILINE)
    _, out, _ = _run(capsys, "archive", "--format", "json", "--jobs", "1")
    report = json.loads(out)
    assert [(f["path"], f["status"], f["duplicate_of"]) for f in report["files"]] == [
        ("archive/2024/b kopie.txt", "ok", None),
        ("archive/a nota.txt", "ok", "archive/2024/b kopie.txt"),
        ("archive/c-other.txt", "warnings", None),
        ("archive/d-empty.pdf", "failed", None),
        ("archive/e-empty.pdf", "failed", None),
    ]
    assert report["summary"]["duplicates"] == 1


def test_exit_codes_and_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, warned = TEXT / GOOD, TEXT / WARNED
    assert _run(capsys, str(good))[0] == 0
    assert _run(capsys, str(warned))[0] == 0  # a warning is below the default --fail-on error
    assert _run(capsys, str(warned), "--fail-on", "warning")[0] == 1
    assert _run(capsys, str(warned), "--fail-on", "warning", "--ignore", "NP106")[0] == 0
    empty = tmp_path / "x.pdf"
    empty.write_bytes(b"")
    assert _run(capsys, str(good), str(empty))[0] == 1  # a file that does not load always counts


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(TEXT / GOOD), "--select", "NP999")
    assert (code, out) == (2, "")
    assert err.startswith("notaparse check: unknown rule 'NP999'")
    assert _run(capsys, str(TEXT / GOOD), "--jobs", "0")[0] == 2
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2


@pytest.mark.parametrize("timeout", ["0", "-5", "nan"])
def test_a_time_limit_that_is_no_time_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], timeout: str
) -> None:
    """(It failed every file: "reading took longer than 0 s", "ValueError: Invalid value NaN".)"""
    code, out, err = _run(capsys, str(TEXT / GOOD), "--timeout", timeout)
    assert (code, out) == (2, "")
    assert (
        err
        == f"notaparse check: --timeout must be more than 0 seconds (inf: no limit), not {float(timeout):g}\n"
    )


@pytest.mark.parametrize("timeout", ["inf", "1e300"])
def test_an_endless_time_limit_is_no_limit(capsys: pytest.CaptureFixture[str], timeout: str) -> None:
    """(Every file failed with "OverflowError: timestamp out of range for platform time_t".)"""
    code, out, _ = _run(capsys, str(TEXT / GOOD), "--timeout", timeout, "--format", "json")
    assert code == 0
    assert json.loads(out)["summary"]["ok"] == 1


def test_a_folder_without_pdf_or_txt_files_is_named_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "readme.md").write_text("no nota's here\n")
    code, out, err = _run(capsys, str(tmp_path / "archive"))
    assert code == 0
    assert err == f"notaparse check: warning: no .pdf or .txt file in {tmp_path / 'archive'}\n"
    assert "files                           0" in out
    shutil.copy(TEXT / GOOD, tmp_path / "archive" / GOOD)
    assert _run(capsys, str(tmp_path / "archive"))[2] == ""


def test_encoding_of_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--encoding`` is passed to every load; an unknown one is a usage error."""
    text = "Aan: MBZK\nDatum: 13 februari 2024\n\nDe ‘gereedschapskist’ – één stand\n\nAanleiding\nTekst.\n"
    (tmp_path / "windows.txt").write_bytes(text.encode("cp1252"))
    assert main(["check", str(tmp_path), "--jobs", "1"]) == 1
    assert "is not UTF-8 text" in capsys.readouterr().out
    assert main(["check", str(tmp_path), "--jobs", "1", "--encoding", "cp1252"]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path), "--encoding", "klingon"]) == 2
    assert "unknown text encoding 'klingon'" in capsys.readouterr().err


def test_select_comma_separated_and_repeated(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = str(archive / "c-bad-date.txt")
    code, out, _ = _run(capsys, bad, "--select", "NP101,NP102", "--select", "NP2")
    assert code == 0
    assert "NP104" not in out
    code, out, _ = _run(capsys, bad, "--select", "date-invalid")
    assert code == 1
    assert "NP104" in out


def test_enclosures_are_counted_per_file_and_in_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A nota with a second nota after it in the file: the file's report and the summary say so."""
    (tmp_path / "twee.txt").write_text(
        "Aan: Minister van SZW\nVan: DGWB\nDatum: 4 november 2024\nTER INFORMATIE\n\n"
        "Verlenging van de regeling\n\nAanleiding\nDe regeling loopt af.\f"
        "Aan: DGWB\nVan: Directie Financiën\n\nFinanciële gevolgen\n\nAanleiding\nDe kosten zijn geraamd.\n",
        encoding="utf-8",
    )
    _, out, _ = _run(capsys, str(tmp_path), "--format", "json", "--jobs", "1")
    report = json.loads(out)
    assert [f["enclosures"] for f in report["files"]] == [1]
    assert report["summary"]["enclosures"] == 1


def test_json_report(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(archive), "--format", "json", "--jobs", "1")
    report = json.loads(out)
    assert code == report["summary"]["exit_code"] == 1
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert len(files) == 10
    assert files["a-good.txt"]["ok"] is True
    assert files["a-good.txt"]["problems"] == []
    assert files["f-scan.pdf"]["error"]["kind"] == "NoTextLayerError"
    assert files["c-bad-date.txt"]["problems"] == [
        {
            "code": "NP104",
            "rule": "date-invalid",
            "severity": "error",
            "message": "Datum on page 1: '31 februari 2024' is not a real date "
            "(day is out of range for month)",
            "field": "Datum",
            "page": 1,
            "line": 3,
        }
    ]
    assert report["skipped"] == [str(archive / "notes.docx")]
    # (a file's "ok" says it loaded; its "status" is what the summary counts it as)
    statuses = {name: (f["ok"], f["status"]) for name, f in files.items()}
    assert {name: statuses[name] for name in ("a-good.txt", "b-warned.txt", "c-bad-date.txt")} == {
        "a-good.txt": (True, "ok"),
        "b-warned.txt": (True, "warnings"),
        "c-bad-date.txt": (True, "errors"),
    }
    assert statuses["f-scan.pdf"] == (False, "failed")
    for status in ("ok", "warnings", "errors", "failed"):
        label = {"ok": "ok", "warnings": "with warnings", "errors": "with errors", "failed": "failed to load"}
        assert report["summary"][label[status]] == sum(1 for _, s in statuses.values() if s == status)
    # (an error as in export's records: the message without the path, which "path" gives)
    assert files["e-word.pdf"]["error"] == {
        "kind": "NotAPDFError",
        "message": "is named .pdf but is a ZIP file (as a .docx, .xlsx or .odt is), not a PDF; save or "
        "export it as PDF and load that; if it is an archive, unpack it",
    }
    summary = report["summary"]  # numbers as JSON numbers, not as the text table's strings
    assert {k: v for k, v in summary.items() if k not in {"seconds", "files/s", "pages/s"}} == {
        "files": 10,
        "ok": 1,
        "with warnings": 1,
        "with errors": 1,
        "failed to load": 7,
        "skipped (not .pdf/.txt)": 1,
        "duplicates": 0,
        "pages": 3,
        "enclosures": 0,
        "exit_code": 1,
    }
    assert all(isinstance(summary[k], float) for k in ("seconds", "files/s", "pages/s"))


def test_junit_report(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(archive), "--format", "junit", "--fail-on", "warning")
    assert code == 1
    suite = ET.fromstring(out.split("\n", 1)[1])
    assert suite.tag == "testsuite"
    assert suite.attrib["tests"] == "11"
    assert (suite.attrib["failures"], suite.attrib["errors"], suite.attrib["skipped"]) == ("2", "7", "1")
    cases = {Path(c.attrib["name"]).name: c for c in suite.iter("testcase")}
    assert list(cases["a-good.txt"]) == []
    failure = cases["c-bad-date.txt"].find("failure")
    assert failure is not None
    assert failure.attrib["type"] == "NP104"
    error = cases["f-scan.pdf"].find("error")
    assert error is not None
    assert error.attrib["type"] == "NoTextLayerError"
    assert cases["notes.docx"].find("skipped") is not None


def test_progress_bar_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys  # noqa: PLC0415

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = _run(capsys, str(TEXT / GOOD), str(TEXT / WARNED), "--jobs", "1")
    assert code == 0
    assert "\r[###############...............] 1/2 " in err
    assert "] 2/2 " in err
    assert err.endswith("\r")


def test_corpus_check_reports_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's acceptance run: every corpus file reported, scans as needing OCR, exit 1."""
    corpus = ROOT / "fixtures" / "no-text-layer"
    code, out, _ = _run(capsys, str(corpus), "--jobs", "1")
    assert code == 1
    for scan in corpus.glob("*.pdf"):
        assert f"{scan}: failed to load: NoTextLayerError:" in out
        assert "run OCR first" in out


@pytest.mark.usefixtures("ctrl_c_after_two_files")
def test_ctrl_c_stops_with_what_was_checked(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C during a run: no traceback; the summary of the files checked so far, exit code 130."""
    try:
        code = main(["check", str(archive), "--jobs", "1"])
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C escaped from notaparse check as a traceback")
    assert code == 130
    captured = capsys.readouterr()
    assert captured.err == "notaparse check: interrupted after 2 of 10 files; the summary counts those 2\n"
    lines = captured.out.splitlines()
    assert lines[0].startswith(f"{archive}/c-bad-date.txt:3: NP104 error: ")  # a-good.txt has no line
    assert lines[1] == ""
    summary = {label.strip(): value for label, value in (line.rsplit(None, 1) for line in lines[2:])}
    assert (summary["files"], summary["ok"], summary["with errors"], summary["failed to load"]) == (
        "2",
        "1",
        "1",
        "0",
    )


@pytest.mark.parametrize("format_", ["text", "json", "junit"])
def test_the_report_is_utf8_whatever_the_locale(format_: str, tmp_path: Path) -> None:
    # a file named "één.txt" and its problems reported on a machine whose locale is ASCII: the
    # report is UTF-8, not a UnicodeEncodeError halfway through
    (tmp_path / "één.txt").write_text("Aan: X\n\nTitel – één\n\n## Aanleiding\n\nTekst.\n", encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "notaparse",
            "check",
            "--fail-on",
            "warning",
            "--format",
            format_,
            str(tmp_path),
        ],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert run.returncode == 1  # (no reference, no date: warnings)
    assert b"Traceback" not in run.stderr
    assert "één.txt" in run.stdout.decode("utf-8")
