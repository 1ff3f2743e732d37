"""Real nota PDFs, in two layers: PDF → marked text (snapshot) and text → Nota (expected JSON).

Snapshots (``fixtures/pdf/<stem>.layout.txt``) are rewritten only with
``NOTAPARSE_UPDATE_SNAPSHOTS=1``, and the test fails when it rewrites one, so nothing changes
silently. The expected JSON was written from the rendered pages, never from our output; where the
reader still differs, the differing paths are pinned in ``KNOWN`` so that both regressions and
improvements show up.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import notaparse
from notaparse._pdf import extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"
PDFS = sorted(FIXTURES.glob("*.pdf"))
UPDATE = os.environ.get("NOTAPARSE_UPDATE_SNAPSHOTS") == "1"

#: Paths where the reader still differs from the hand-verified JSON, with the reason. Each is an
#: xfail(strict=True) case of its own (test_known_gap), so it shows up when the reader improves;
#: every other path of the document is asserted by test_expected_json.
GAPS: dict[str, dict[str, str]] = {
    "vws-2020-09-10-acc19-memo-ocr": {
        "$.sections": "OCR layer has no bold/italic and no bullet glyphs: the boxed heading 'De ACC-19 wordt "
        "gevraagd om:', the three table titles (sub-headings) and the list items (roman 'i.' set closer "
        "than a tab, bullets missing, table rows as items) are not recognised",
    },
    "vws-2020-09-25-oplegnota-ocr": {
        "$.metadata.reference": "page-1 label 'Kenmerk' is OCR'd as '—', so its value has no label",
        "$.metadata.letterhead": "the ministry name straddles the column split and joins the body; OCR'd "
        "colofon fragments ('rpen door RE', 'T 5.1.2e M 5.1.2e') and the addressee become letterhead",
        "$.metadata.fields": "OCR misreads colofon labels and values: 'Ontworpen door' -> 'rpen door', "
        "'Kenmerk' -> '—', 'Afschrift aan' -> 'A Dieaih', '210956' -> '210950'",
        "$.title": "OCR reads the opening quote of '‘Dierenbeschermers' as ASCII \"'\"",
        "$.sections[3].blocks[0].text": "OCR misreads 'zoönosen' as 'zodnosen'",
        "$.sections[4].blocks[0].text": "OCR misreads 'beëindigd' as 'beéindigd'",
        "$.sections[5].heading": "OCR misreads 'Financiële' as 'Financiéle'",
        "$.sections[10].blocks": "the redacted signature, OCR'd as '(EE)', is read as a paragraph of "
        "the last section (expected in unplaced, as the printed ground codes)",
        "$.unplaced": "the redacted signature's printed ground codes are not in the OCR layer ('(EE)')",
    },
}


def differences(got: Any, want: Any, path: str = "$") -> list[str]:
    """Paths where ``got`` differs from ``want`` (keys starting with '_' in ``want`` ignored)."""
    if isinstance(want, dict):
        out: list[str] = []
        for key, value in want.items():
            if key.startswith("_"):
                continue
            if not isinstance(got, dict) or key not in got:
                out.append(f"{path}.{key}")
            else:
                out.extend(differences(got[key], value, f"{path}.{key}"))
        return out
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return [path]
        pairs = enumerate(zip(got, want, strict=True))
        return [d for i, (g, w) in pairs for d in differences(g, w, f"{path}[{i}]")]
    return [] if got == want else [path]


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_layout_snapshot(pdf: Path) -> None:
    with pdf.open("rb") as f:
        text = extract(f, name=pdf.name).text
    snapshot = pdf.with_suffix(".layout.txt")
    if UPDATE or not snapshot.exists():
        old = snapshot.read_text(encoding="utf-8") if snapshot.exists() else None
        if old != text:
            snapshot.write_text(text, encoding="utf-8")
            pytest.fail(f"snapshot {snapshot.name} written; check the diff and commit it")
    assert text == snapshot.read_text(encoding="utf-8")


def _differences(pdf: Path) -> list[str]:
    want = json.loads(pdf.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return differences(notaparse.to_dict(notaparse.load(pdf)), want)


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_expected_json(pdf: Path) -> None:
    """Every path of the expected JSON matches, except the known gaps (asserted one by one below)."""
    diff = [d for d in _differences(pdf) if d not in GAPS.get(pdf.stem, {})]
    assert diff == [], "\n".join(diff)


def _gap_cases() -> list[Any]:
    return [
        pytest.param(stem, path, marks=pytest.mark.xfail(reason=reason, strict=True), id=f"{stem}-{path}")
        for stem, gaps in GAPS.items()
        for path, reason in gaps.items()
    ]


@pytest.mark.parametrize(("stem", "path"), _gap_cases())
def test_known_gap(stem: str, path: str) -> None:
    assert path not in _differences(FIXTURES / f"{stem}.pdf")


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_no_colofon_words_in_body(pdf: Path) -> None:
    nota = notaparse.load(pdf)
    body = " ".join(
        text
        for s in nota.sections
        for b in s.blocks
        for text in (b.items if isinstance(b, notaparse.ItemList) else (b.text,))
    )
    for field in nota.metadata.fields:
        if field.value and len(field.value) > 6 and field.concept.value == "reference":
            assert field.value not in body, field


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_provenance(pdf: Path) -> None:
    nota = notaparse.load(pdf)
    for section in nota.sections:
        assert section.origin is not None
        assert section.origin.page is not None
        assert section.origin.bbox is not None
    assert nota.metadata.page_count is not None
    assert nota.metadata.page_count >= 1
