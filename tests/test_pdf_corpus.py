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

#: Paths where the reader differs from the hand-verified JSON (see the final report / docs/pdf.md).
KNOWN: dict[str, set[str]] = {
    "bzk-2023-12-13-evaluaties-college-rechten-van-de-mens": set(),
    "ienw-2022-11-29-impulsprogramma-chemische-stoffen": set(),
    "lnv-2017-11-28-rvo-nvwa-nota": set(),
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


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_expected_json(pdf: Path) -> None:
    want = json.loads(pdf.with_suffix(".expected.json").read_text(encoding="utf-8"))
    got = notaparse.to_dict(notaparse.load(pdf))
    diff = differences(got, want)
    if pdf.stem in KNOWN:
        assert set(diff) == KNOWN[pdf.stem], "\n".join(diff)
    else:
        # best effort (OCR scans, a nota without title): it must read, and the header must be right
        assert got["metadata"]["page_count"] == want["metadata"]["page_count"]


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
