"""``notaparse export``: an archive as one dataset (JSON lines or CSV), streamed in a stable order.

Records are checked against export.schema.json (the nota part: nota.schema.json), both shipped in the package.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from referencing import Registry, Resource

import notaparse
from notaparse import _check, _export
from notaparse._cli import build_parser, main
from notaparse._validate import redaction_citations, redaction_grounds

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "fixtures" / "pdf"
TEXT = ROOT / "fixtures" / "text"
REFERENCE = TEXT / "bzk-2024-02-13-kamervragen-eerdmans.txt"
#: The longest bundled PDF to read (seconds, not milliseconds): it finishes after text files
#: started with it, so a run that wrote records as they finish would put it later.
SLOW = PDF / "ienw-2022-11-29-impulsprogramma-chemische-stoffen.pdf"
NOT_A_PDF = b"PK\x03\x04 a zip, not a pdf"
NOT_A_PDF_REASON = (
    "is named .pdf but is a ZIP file (as a .docx, .xlsx or .odt is), not a PDF; save or export it as PDF and "
    "load that; if it is an archive, unpack it"
)
#: A nota whose title has a comma and quotes, whose colofon has every CSV column's field.
QUOTED = """\
Aan: MBZK
Van: DGDOO
Nota actief openbaar: Ja
Onze referentie: 2024-0000012345
Datum: 13 februari 2024
Pagina 1 van 1

TER BESLUITVORMING

Advies over "de gereedschapskist", deel 2

Aanleiding
Tekst.

Geadviseerd besluit
Akkoord.
"""


def _schema(name: str) -> Any:
    return json.loads(resources.files("notaparse").joinpath(name).read_text(encoding="utf-8"))


#: The record's schema, which takes the nota's from nota.schema.json by its $id.
RECORD = jsonschema.Draft202012Validator(
    _schema("export.schema.json"),
    registry=Registry().with_resource(
        "https://notaparse.invalid/schema/nota-1.json", Resource.from_contents(_schema("nota.schema.json"))
    ),
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _skipped(paths: list[str]) -> str:
    """What stderr says of files in the folders that are not .pdf or .txt."""
    if not paths:
        return ""
    some = f"{len(paths)} files that are" if len(paths) > 1 else "1 file that is"
    first = ", the first: " if len(paths) > 1 else ": "
    return (
        f"notaparse export: skipped {some} not .pdf or .txt (no record){first}{paths[0]}; "
        "name a file on the command line to read it all the same\n"
    )


def test_files_without_a_record_are_counted_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder's files counted against the records: one missing, and nothing said which or why."""
    (tmp_path / "a.txt").write_text(QUOTED, encoding="utf-8")
    (tmp_path / "documenten.zip").write_bytes(NOT_A_PDF)
    code, out, err = _run(capsys, "--format", "csv", str(tmp_path))
    assert [r["path"] for r in _rows(out)] == [str(tmp_path / "a.txt")]
    assert (code, err) == (0, _skipped([str(tmp_path / "documenten.zip")]))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inventaris.xlsx").write_bytes(NOT_A_PDF)
    code, out, err = _run(capsys, str(tmp_path))
    assert (code, err) == (
        0,
        _skipped([str(tmp_path / "documenten.zip"), str(tmp_path / "sub" / "inventaris.xlsx")]),
    )
    assert "skipped 2 files that are not .pdf or .txt (no record), the first: " in err
    code, out, err = _run(capsys, str(tmp_path / "documenten.zip"))  # (named: read, and says what it is)
    assert (code, err) == (1, "")
    assert [r["path"] for r in _records(out)] == [str(tmp_path / "documenten.zip")]


def _records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def _rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out, newline="")))


# --- the JSON lines records -----------------------------------------------------------------------


@pytest.mark.parametrize("folder", [PDF, TEXT], ids=["pdf", "text"])
def test_a_record_holds_the_documented_json_of_the_nota(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, str(folder), "--jobs", "2")
    paths = sorted(p for p in folder.iterdir() if p.suffix in {".pdf", ".txt"})
    others = sorted(str(p) for p in folder.iterdir() if p.suffix not in {".pdf", ".txt"})  # (.expected.json)
    assert (code, err) == (0, _skipped(others))
    records = _records(out)
    assert [r["path"] for r in records] == [str(p) for p in paths]
    checked = list(notaparse.load_all(paths, jobs=1))
    for r, path, result in zip(records, paths, checked, strict=True):
        RECORD.validate(r)
        # (a PDF's marked text, its .layout.txt beside it, reads as the same nota: same_nota_as)
        assert set(r) - {"same_nota_as"} == {"path", "ok", "nota", "problems", "redaction_grounds"}
        assert r["ok"] is True
        # (the problems as check --format json gives them: what validate finds, pages known)
        assert r["problems"] == [_check.problem_dict(p) for p in result.problems]
        assert r["nota"] == notaparse.to_dict(notaparse.load(path))
        assert notaparse.from_dict(r["nota"]) == notaparse.load(path)


def test_records_follow_the_paths_given_not_the_order_files_finish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(SLOW, archive / "a-slow.pdf")  # first, and read the longest
    for k in range(1, 6):
        shutil.copy(REFERENCE, archive / f"b-{k}.txt")
    first = tmp_path / "z-named-first.txt"
    shutil.copy(REFERENCE, first)
    code, out, _ = _run(capsys, str(first), str(archive), "-j", "2")
    assert code == 0
    assert [r["path"] for r in _records(out)] == [
        str(first),
        str(archive / "a-slow.pdf"),
        *(str(archive / f"b-{k}.txt") for k in range(1, 6)),
    ]


def test_a_file_that_fails_to_load_is_a_record_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(REFERENCE, archive / "a.txt")
    (archive / "b-word.pdf").write_bytes(NOT_A_PDF)
    shutil.copy(REFERENCE, archive / "c.txt")
    code, out, err = _run(capsys, str(archive), "-j", "2")
    assert (code, err) == (1, "")
    a, b, c = _records(out)
    assert (a["ok"], c["ok"]) == (True, True)
    assert b == {
        "path": str(archive / "b-word.pdf"),
        "ok": False,
        "error": {"kind": "NotAPDFError", "message": NOT_A_PDF_REASON},
    }
    RECORD.validate(b)


def test_an_error_message_has_no_path_when_the_folder_is_given_as_dot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`notaparse export .` (paths "./b-word.pdf", which pathlib writes "b-word.pdf"): the
    message is still the reason alone, as documented."""
    (tmp_path / "b-word.pdf").write_bytes(NOT_A_PDF)
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(capsys, ".")
    assert code == 1
    assert _records(out) == [
        {"path": "./b-word.pdf", "ok": False, "error": {"kind": "NotAPDFError", "message": NOT_A_PDF_REASON}}
    ]


def test_an_error_record_gives_the_page_and_line_it_knows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no-title.txt"
    path.write_text("Aan: X\n\nAanleiding\nTekst.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--strict", str(path))
    assert code == 1
    (r,) = _records(out)
    assert r["error"]["kind"] == "NotaSyntaxError"
    assert (r["error"]["page"], r["error"]["line"]) == (1, 1)
    RECORD.validate(r)
    assert r["error"]["message"].startswith("no title (subject line) found\n  at line 1, column 1")
    assert _run(capsys, str(path))[0] == 0  # (lenient: read, with a diagnostic)


class _Flushes(io.StringIO):
    """An output that remembers what had been flushed (what a reader at the other end has)."""

    flushed = ""

    def flush(self) -> None:
        self.flushed = self.getvalue()


@pytest.mark.parametrize(("format_", "header"), [("jsonl", 0), ("csv", 1)])
def test_each_record_is_written_before_the_next_file_is_waited_for(
    format_: str, header: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for k in range(3):
        shutil.copy(REFERENCE, tmp_path / f"{k}.txt")
    out = _Flushes()
    real = _check.load_found
    seen: list[int] = []

    def watched(found: list[Any], args: Any) -> Iterator[Any]:
        for result in real(found, args):
            seen.append(out.flushed.count("\n"))  # (lines a reader has before this file's record)
            yield result

    monkeypatch.setattr(_check, "load_found", watched)
    args = build_parser().parse_args(["export", "--format", format_, "-j", "1", str(tmp_path)])
    assert _export.run(args, out=out, err=io.StringIO()) == 0
    assert seen == [header, header + 1, header + 2]


# --- CSV ------------------------------------------------------------------------------------------


def test_csv_has_a_header_and_the_documents_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "quoted.txt"
    path.write_text(QUOTED, encoding="utf-8")
    code, out, _ = _run(capsys, "--format", "csv", str(path))
    assert code == 0
    assert out.startswith(
        "path,ok,error_kind,error,kind,purpose,title,date,reference,addressee,sender,page_count,"
        "actively_public,sections,headings,attachments,enclosures,unplaced,attachment_count,"
        "redaction_grounds,status,problems,duplicate_of,drafted_by,coordinated_with,same_nota_as\r\n"
    )
    (row,) = _rows(out)
    assert row == {
        "path": str(path),
        "ok": "true",
        "error_kind": "",
        "error": "",
        "kind": "",
        "purpose": "besluitvorming",
        "title": 'Advies over "de gereedschapskist", deel 2',
        "date": "2024-02-13",
        "reference": "2024-0000012345",
        "addressee": "MBZK",
        "sender": "DGDOO",
        "page_count": "1",
        "actively_public": "true",
        "sections": "2",
        "headings": "Aanleiding | Geadviseerd besluit",
        "attachments": "0",
        "enclosures": "0",
        "unplaced": "0",
        "attachment_count": "",
        "redaction_grounds": "",
        "status": "ok",
        "problems": "",
        "duplicate_of": "",
        "drafted_by": "",
        "coordinated_with": "",
        "same_nota_as": "",
    }


def test_csv_says_who_drafted_the_nota_and_with_whom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Which units drafted the most nota's: the CSV had no column for Opgesteld door or
    Samengewerkt met, though the model reads both whatever label the ministry prints."""
    path = tmp_path / "a.txt"
    colofon = "Opsteller: DGDOO/DDI\nSamengewerkt met: BA, KIEM, CZW\nPagina 1 van 1\n"
    path.write_text(QUOTED.replace("Pagina 1 van 1\n", colofon), encoding="utf-8")
    (tmp_path / "b.txt").write_text(QUOTED, encoding="utf-8")
    code, out, _ = _run(capsys, "--format", "csv", str(tmp_path))
    assert code == 0
    assert [(r["drafted_by"], r["coordinated_with"]) for r in _rows(out)] == [
        ("DGDOO/DDI", "BA | KIEM | CZW"),
        ("", ""),
    ]


#: A nota whose colofon counts 2 attachments for a table of one (NP301), with a redacted name
#: (5.1.2e), a redacted paragraph (5.2), a paragraph number 5.2 and an invalid ground (NP401).
REDACTED = """\
Aan: MBZK
Van: DGDOO
Onze referentie: 2024-0000012345
Datum: 13 februari 2024
Opgesteld door: 5.1.2e
Bijlage(n): 2

TER BESLUITVORMING

Subsidie gemeentelijke archieven

Aanleiding
In paragraaf 5.2 van de regeling staat de verdeling. Het bedrag is met 5.1.2j afgestemd.

5.2

Geadviseerd besluit
Akkoord gaan met de verdeling.

Bijlagen

Volgnummer Naam Informatie

1 Verdeelsleutel 2024
"""


def test_csv_gives_the_printed_attachment_count_the_grounds_the_problems_and_duplicates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The columns an archivist sorts on to know which files to look at: without them the CSV
    said nothing of the colofon's Bijlage(n), the Woo grounds, or what check finds."""
    (tmp_path / "a.txt").write_text(REDACTED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(QUOTED, encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(NOT_A_PDF)
    (tmp_path / "d kopie.txt").write_text(REDACTED, encoding="utf-8")
    code, out, _ = _run(capsys, "--format", "csv", str(tmp_path))
    assert code == 1
    rows = _rows(out)
    columns = ("attachments", "attachment_count", "redaction_grounds", "status", "problems", "duplicate_of")
    assert [tuple(r[c] for c in columns) for r in rows] == [
        ("1", "2", "5.1.2e 5.2", "errors", "NP301 NP401", ""),
        ("0", "", "", "ok", "", ""),
        ("", "", "", "failed", "", ""),
        ("1", "2", "5.1.2e 5.2", "errors", "NP301 NP401", str(tmp_path / "a.txt")),
    ]
    code, out, _ = _run(capsys, str(tmp_path))
    assert [r.get("duplicate_of") for r in _records(out)] == [None, None, None, str(tmp_path / "a.txt")]
    for r in _records(out):
        RECORD.validate(r)
    code, out, _ = _run(capsys, "--format", "csv", "--ignore", "NP3", str(tmp_path / "a.txt"))
    assert [(r["status"], r["problems"]) for r in _rows(out)] == [("errors", "NP401")]
    code, out, err = _run(capsys, "--ignore", "NP999", str(tmp_path))
    assert (code, out) == (2, "")
    assert err.startswith("notaparse export: unknown rule 'NP999'")


def test_a_record_counts_how_often_each_ground_is_cited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """How often a nota cites 5.1.2e: the JSON lines had no grounds at all (only the CSV, each
    once), so counting them meant re-implementing which codes are grounds."""
    cited = "Akkoord gaan (10.2e) met de brief van 5.1.2e aan 5.1.2e over"
    text = REDACTED.replace("Akkoord gaan met", cited)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(QUOTED, encoding="utf-8")
    code, out, _ = _run(capsys, str(tmp_path))
    assert code == 0
    records = _records(out)
    for r in records:
        RECORD.validate(r)
    assert [r["redaction_grounds"] for r in records] == [{"5.1.2e": 3, "5.2": 1, "10.2e": 1}, {}]
    assert list(records[0]["redaction_grounds"]) == list(redaction_grounds(notaparse.parse(text)))


def test_grounds_printed_in_the_letterhead_and_the_unlabelled_addressee_count() -> None:
    """A redacted phone number in the colofon ("T 5.1.2e", a letterhead entry) and a redacted
    addressee printed without its label are printed grounds too: they were not counted (nor
    checked by NP401), so a nota citing 5.1.2e in its colofon only had none."""
    quoted = notaparse.parse(QUOTED)
    letterhead = ("Directie Begrotingszaken", "T 5.1.2e M 5.1.2e")
    metadata = attrs.evolve(quoted.metadata, letterhead=letterhead, unlabelled_addressee="5.1.2e")
    nota = attrs.evolve(quoted, metadata=metadata)
    assert redaction_citations(nota) == {"5.1.2e": 3}
    bad = attrs.evolve(nota, metadata=attrs.evolve(nota.metadata, letterhead=("T 5.1.2j",)))
    assert [p.code for p in notaparse.validate(bad, select=["NP401"])] == ["NP401"]


def test_a_file_whose_nota_reads_as_an_earlier_ones_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A nota saved again (other bytes, the same document) counted twice in a dataset with
    nothing to tell: duplicate_of compares bytes only."""
    (tmp_path / "a.txt").write_text(QUOTED, encoding="utf-8")
    (tmp_path / "b kopie.txt").write_text(QUOTED, encoding="utf-8")  # (the same bytes)
    (tmp_path / "c opnieuw.txt").write_text(QUOTED.replace("\n", "\r\n") + "\n\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(REDACTED, encoding="utf-8")
    (tmp_path / "e.pdf").write_bytes(NOT_A_PDF)
    code, out, _ = _run(capsys, str(tmp_path))
    records = _records(out)
    for r in records:
        RECORD.validate(r)
    first = str(tmp_path / "a.txt")
    assert [(r.get("duplicate_of"), r.get("same_nota_as")) for r in records] == [
        (None, None),
        (first, None),
        (None, first),
        (None, None),
        (None, None),
    ]
    code, out, _ = _run(capsys, "--format", "csv", str(tmp_path))
    assert code == 1
    assert [r["same_nota_as"] for r in _rows(out)] == ["", "", first, "", ""]


def test_redaction_grounds_are_the_valid_cited_ones_in_the_order_of_the_law() -> None:
    nota = notaparse.parse(
        REDACTED.replace("Akkoord gaan", "Akkoord gaan (10.2e, 5.1.1c)") + "\nArtikel 11.1 geldt niet.\n"
    )
    assert redaction_grounds(nota) == ("5.1.1c", "5.1.2e", "5.2", "10.2e")


def test_redaction_grounds_order_a_ground_before_its_own_subsection() -> None:
    """5.2 and 5.2.1 both cited: ordering compared 5.2's letter with 5.2.1's third number and
    raised TypeError, so export failed on the file."""
    nota = notaparse.parse(REDACTED.replace("\n5.2\n", "\n5.2.1\n\n5.2\n"))
    assert redaction_grounds(nota) == ("5.1.2e", "5.2", "5.2.1")


def test_csv_values_with_commas_quotes_and_newlines_stay_in_their_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-quoted.txt").write_text(QUOTED, encoding="utf-8")
    (tmp_path / "b-no-title.txt").write_text("Aan: X\n\nAanleiding\nTekst.\n", encoding="utf-8")
    (tmp_path / "c-word.pdf").write_bytes(NOT_A_PDF)
    code, out, _ = _run(capsys, "--format", "csv", "--strict", str(tmp_path))
    assert code == 1
    rows = _rows(out)
    assert [r["path"] for r in rows] == [
        str(tmp_path / n) for n in ("a-quoted.txt", "b-no-title.txt", "c-word.pdf")
    ]
    assert rows[0]["title"] == 'Advies over "de gereedschapskist", deel 2'
    with pytest.raises(notaparse.NotaSyntaxError) as syntax:
        notaparse.load(tmp_path / "b-no-title.txt", strict=True)
    assert "\n" in str(syntax.value)
    assert (rows[1]["ok"], rows[1]["error_kind"], rows[1]["error"]) == (
        "false",
        "NotaSyntaxError",
        str(syntax.value).removeprefix(f"{tmp_path / 'b-no-title.txt'}: "),  # (the row names the file)
    )
    assert rows[1]["title"] == rows[1]["sections"] == ""
    assert (rows[2]["error_kind"], rows[2]["error"]) == ("NotAPDFError", NOT_A_PDF_REASON)


# --- the run: empty folders, usage, Ctrl-C, a reader that goes away --------------------------------


@pytest.mark.parametrize(("format_", "output"), [("jsonl", ""), ("csv", "path,ok,")])
def test_a_folder_without_pdf_or_txt_files_is_named_on_stderr(
    format_: str, output: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "readme.md").write_text("no nota's here\n")
    code, out, err = _run(capsys, "--format", format_, str(tmp_path / "archive"))
    assert code == 0
    assert err == f"notaparse export: warning: no .pdf or .txt file in {tmp_path / 'archive'}\n"
    assert out.startswith(output)
    assert len(out.splitlines()) == (1 if format_ == "csv" else 0)


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, str(REFERENCE), "--jobs", "0") == (
        2,
        "",
        "notaparse export: --jobs must be at least 1\n",
    )
    code, _, err = _run(capsys, str(REFERENCE), "--encoding", "klingon")
    assert (code, err) == (
        2,
        "notaparse export: unknown text encoding 'klingon'; for example 'utf-8' or 'cp1252'\n",
    )
    with pytest.raises(SystemExit) as exc:
        main(["export", str(REFERENCE), "--format", "xlsx"])
    assert exc.value.code == 2


@pytest.mark.usefixtures("ctrl_c_after_two_files")
def test_ctrl_c_stops_with_the_records_written_complete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for k in range(4):
        shutil.copy(REFERENCE, tmp_path / f"{k}.txt")
    try:
        code, out, err = _run(capsys, str(tmp_path), "-j", "1")
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C escaped from notaparse export as a traceback")
    assert code == 130
    assert (
        err == "notaparse export: interrupted after 2 of 4 files; the output has a complete record of each\n"
    )
    assert [r["path"] for r in _records(out)] == [str(tmp_path / "0.txt"), str(tmp_path / "1.txt")]


@pytest.fixture
def ctrl_c() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt in this process, as in a terminal, also when the test run
    was started with SIGINT ignored (a background job, ``nohup``): Python then leaves it ignored,
    and export, finding no handler of Python's, installs none of its own."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


#: ``python -m notaparse`` with SIGINT raising KeyboardInterrupt whatever the test run inherited
#: (a child of a run with SIGINT ignored starts with it ignored; see :func:`ctrl_c`).
_NOTAPARSE_INTERRUPTIBLE = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('notaparse', run_name='__main__')"
)


@pytest.mark.usefixtures("ctrl_c")
def test_ctrl_c_while_a_record_is_written_comes_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C that comes while the second record is written: that record is finished and
    counted, and stderr counts the records the output has."""
    for k in range(3):
        shutil.copy(REFERENCE, tmp_path / f"{k}.txt")
    real = _export._Writer.write
    calls: list[str] = []

    def write(
        self: Any, result: Any, duplicate_of: str | None = None, same_nota_as: str | None = None
    ) -> None:
        real(self, result, duplicate_of, same_nota_as)
        calls.append(result.path)
        if len(calls) == 2:
            # (as a terminal's Ctrl-C, just after the write; raised in this thread, so its handler
            # runs here at once, not when the main thread next wakes from waiting on the pool)
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(_export._Writer, "write", write)
    code, out, err = _run(capsys, str(tmp_path), "-j", "1")
    assert code == 130
    assert [r["path"] for r in _records(out)] == [str(tmp_path / "0.txt"), str(tmp_path / "1.txt")]
    assert (
        err == "notaparse export: interrupted after 2 of 3 files; the output has a complete record of each\n"
    )
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # (put back)


def test_a_reader_that_stops_after_one_line_ends_the_run_quietly(tmp_path: Path) -> None:
    """``notaparse export ARCHIVE | head -1``: the first record whole, then no traceback, exit 1.

    The archive's records are more than a pipe holds, so the export is still writing when
    ``head`` goes away.
    """
    for k in range(60):
        shutil.copy(REFERENCE, tmp_path / f"{k:02}.txt")
    script = f"{sys.executable} -m notaparse export -j 2 {tmp_path} | head -1; exit ${{PIPESTATUS[0]}}"
    run = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert run.stderr == ""
    assert run.returncode == 1
    assert json.loads(run.stdout)["path"] == str(tmp_path / "00.txt")


def test_ctrl_c_in_a_terminal_ends_the_run_quietly(tmp_path: Path) -> None:
    """Ctrl-C sends SIGINT to the whole process group, the pool's workers too: one line on
    stderr, exit 130, the records written whole, and no traceback of an idle worker.

    The second file is a named pipe nobody writes to: one worker waits on it, the other has
    nothing left to do, and the first record is out, so the signal comes at a known moment.
    """
    shutil.copy(REFERENCE, tmp_path / "a.txt")
    os.mkfifo(tmp_path / "b.txt")
    run = subprocess.Popen(
        [sys.executable, "-c", _NOTAPARSE_INTERRUPTIBLE, "export", "-j", "2", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert run.stdout is not None
        first = run.stdout.readline()
        time.sleep(0.5)  # (the worker that read a.txt waits for work again)
        os.killpg(run.pid, signal.SIGINT)
        out, err = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()  # (and its pipes closed)
    assert json.loads(first)["path"] == str(tmp_path / "a.txt")
    assert out == ""
    assert (
        err == "notaparse export: interrupted after 1 of 2 files; the output has a complete record of each\n"
    )
    assert run.returncode == 130


@pytest.mark.parametrize("format_", ["jsonl", "csv"])
def test_the_output_is_utf8_whatever_the_locale(format_: str, tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_text(QUOTED.replace('"de gereedschapskist"', "‘de gereedschapskist’ – één"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "notaparse", "export", "--format", format_, str(path)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
        check=False,
    )
    assert (run.returncode, run.stderr) == (0, b"")
    assert "Advies over ‘de gereedschapskist’ – één, deel 2" in run.stdout.decode("utf-8")
