"""Real PDFs through other extractors (pdftotext, pdftotext -layout, pdfplumber) read by ``parse``.

Users often have only extracted text. These texts come from the corpus PDFs, so the expected
values are the hand-verified ``fixtures/pdf/*.expected.json`` (checked against the rendered
pages). Plain text loses fonts and interleaves the colofon column with the body, so this layer
asserts what text can carry: the metadata contract, the title, the section headings, the
attachment table and the footnotes. Paragraph blocks are asserted on the PDF reader's output
(tests/test_pdf_corpus.py). Gaps are marked xfail(strict=True) with their reason.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import notaparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TEXTS = sorted((FIXTURES / "text-from-pdf").glob("*.txt"))
ASPECTS = ("metadata", "title", "headings", "attachments", "footnotes")

KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("ienw-2022-11-29-impulsprogramma-chemische-stoffen.pdfplumber", "attachments"): (
        "extract_text puts the Naam and Informatie cells of a row on the same lines; without"
        " positions the cells cannot be told apart"
    ),
    ("ienw-2022-11-29-impulsprogramma-chemische-stoffen.pdftotext", "attachments"): (
        "plain pdftotext reads the Naam and Informatie columns one after the other; without"
        " positions the cells cannot be told apart"
    ),
}


def _stem(path: Path) -> str:
    return path.name.removesuffix(".txt")


def _expected(path: Path) -> dict[str, Any]:
    pdf_stem = re.split(r"\.(?:pdftotext|pdfplumber)", path.name)[0]
    data: dict[str, Any] = json.loads((FIXTURES / "pdf" / f"{pdf_stem}.expected.json").read_text("utf-8"))
    return data


def _aspect(data: dict[str, Any], aspect: str) -> Any:
    if aspect == "metadata":
        return {k: v for k, v in data["metadata"].items() if k not in ("fields", "letterhead", "kind")}
    if aspect == "headings":
        return [(s["number"], s["heading"]) for s in data["sections"]]
    return data[aspect]


def _cases() -> list[Any]:
    cases = []
    for path in TEXTS:
        for aspect in ASPECTS:
            reason = KNOWN_GAPS.get((_stem(path), aspect))
            if reason is None and "-ocr." in path.name:
                reason = _OCR_GAPS.get((_stem(path), aspect))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(path, aspect, marks=marks, id=f"{_stem(path)}-{aspect}"))
    return cases


_ACC19 = "vws-2020-09-10-acc19-memo-ocr"
_OPLEG = "vws-2020-09-25-oplegnota-ocr"
_BOXED = (
    "the grey box's first line and the date tables are headings only by their boxed layout;"
    " the OCR layer has no bold"
)
_OCR_TITLE = "the OCR layer splits the title around the colofon and garbles its quotes"
_OCR_HEADINGS = "OCR misreads heading words ('Financiéle') and drops some numbers"
_OCR_GAPS: dict[tuple[str, str], str] = {
    (f"{_ACC19}.pdftotext-layout", "headings"): _BOXED,
    (f"{_ACC19}.pdftotext", "headings"): _BOXED,
    (f"{_OPLEG}.pdftotext", "metadata"): "the colofon values are split from their labels",
    (f"{_OPLEG}.pdftotext-layout", "title"): _OCR_TITLE,
    (f"{_OPLEG}.pdfplumber", "title"): _OCR_TITLE + "; extract_text splices colofon words into it",
    (f"{_OPLEG}.pdfplumber", "metadata"): (
        "extract_text glues OCR words ('voordeze') and splices the colofon into the addressee,"
        " reference and attachment rows"
    ),
    (f"{_OPLEG}.pdfplumber", "headings"): _OCR_HEADINGS + "; words glued ('voordeze')",
    (f"{_ACC19}.pdfplumber", "headings"): _BOXED,
    (f"{_ACC19}.pdfplumber", "title"): "extract_text glues OCR words in the title ('inventarisatievan')",
    (f"{_OPLEG}.pdftotext", "title"): _OCR_TITLE,
    (f"{_OPLEG}.pdftotext-layout", "headings"): _OCR_HEADINGS,
    (f"{_OPLEG}.pdftotext", "headings"): _OCR_HEADINGS,
}


@pytest.mark.parametrize(("path", "aspect"), _cases())
def test_extracted_text_matches_the_pdf(path: Path, aspect: str) -> None:
    got = notaparse.to_dict(notaparse.parse(path.read_text(encoding="utf-8")))
    expected = _aspect(_expected(path), aspect)
    actual = _aspect(got, aspect)
    if aspect == "metadata":  # the keys the expected file states (the JSON may carry more)
        actual = {k: actual.get(k) for k in expected}
    assert actual == expected


@pytest.mark.parametrize("path", TEXTS, ids=_stem)
def test_extracted_text_is_a_fixpoint(path: Path) -> None:
    nota = notaparse.parse(path.read_text(encoding="utf-8"))
    text = notaparse.render(nota)
    assert notaparse.parse(text, strict=True) == nota
