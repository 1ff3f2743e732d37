"""The two character sources (pdfplumber, PDFium) give the same marked text and the same Nota.

Corpus PDFs (also the two OCR'd scans), generated notas over varied layouts (``tests/pdfwriter``),
and the bad-input errors of ``tests/test_pdf_errors.py`` on the PDFium backend.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import notaparse
from notaparse import Nota
from notaparse._pdf import extract
from pdfwriter import write_pdf
from test_pdf_property import layouts, notas

ROOT = Path(__file__).resolve().parent.parent
PDFS = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf"))
# a quarter of the profile's count: each example typesets a PDF and reads it twice
EXAMPLES = max(1, settings().max_examples // 4)


def _both(data: bytes) -> tuple[str, str]:
    texts = [extract(io.BytesIO(data), name="x.pdf", backend=b).text for b in ("pdfplumber", "pdfium")]
    return texts[0], texts[1]


def _notas(data: bytes) -> tuple[Nota, Nota]:
    a, b = (notaparse.load(io.BytesIO(data), backend=b) for b in ("pdfplumber", "pdfium"))
    return a, b


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_corpus_marked_text_identical(pdf: Path) -> None:
    plumber, pdfium = _both(pdf.read_bytes())
    assert pdfium == plumber


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_corpus_nota_identical(pdf: Path) -> None:
    plumber, pdfium = _notas(pdf.read_bytes())
    assert pdfium == plumber
    assert notaparse.to_dict(pdfium) == notaparse.to_dict(plumber)
    # provenance too (outside equality): same pages and boxes to a tenth of a point
    assert [s.origin for s in pdfium.sections] == [s.origin for s in plumber.sections]


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a PDF round trip takes minutes
)
@given(nota=notas(), layout=layouts)
def test_generated_pdfs_identical(nota: Nota, layout: object) -> None:
    data = write_pdf(nota, layout)  # type: ignore[arg-type]
    plumber, pdfium = _both(data)
    assert pdfium == plumber
    outcomes = []
    for backend in ("pdfplumber", "pdfium"):
        try:
            outcomes.append(notaparse.load(io.BytesIO(data), backend=backend))
        except notaparse.NotaparseError as e:  # the same error from both, if any
            outcomes.append((type(e), str(e)))
    assert outcomes[1] == outcomes[0]


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="backend must be one of auto, pdfplumber, pdfium, got 'mupdf'"):
        notaparse.load(PDFS[0], backend="mupdf")


def test_pages_and_document_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page and text page the PDFium source opens is closed, and the document too."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - only this test looks inside

    opened: list[object] = []
    closed: list[object] = []
    for cls in (pdfium.PdfPage, pdfium.PdfTextPage, pdfium.PdfDocument):
        original_init, original_close = cls.__init__, cls.close

        def init(self: object, *args: object, _o: object = original_init, **kwargs: object) -> None:
            _o(self, *args, **kwargs)  # type: ignore[operator]
            opened.append(self)

        def close(self: object, *args: object, _c: object = original_close, **kwargs: object) -> object:
            closed.append(self)
            return _c(self, *args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(cls, "__init__", init)
        monkeypatch.setattr(cls, "close", close)
    notaparse.load(PDFS[0], backend="pdfium")
    assert opened
    assert all(any(o is c for c in closed) for o in opened)
