"""Layout rules on drawn pages: each test draws the few lines of one template detail
(tests/pagedraw.py) and checks the nota read from it, with both character sources."""

from __future__ import annotations

from notaparse import Field
from pagedraw import BOLD, LOREM, Page, load_both, marked

_COLOFON = [("TER BESLISSING", ""), ("Kenmerk", "2024-0000098765"), ("Datum", "12 maart 2024")]


def _page_with_header(above: str, font: str = "Helvetica", size: float = 9.5) -> bytes:
    page = Page()
    page.text(79, 160, above, font, size)
    page.header([("Aan", "MFin"), ("Van", "DGRB")])
    page.text(79, 250, "Inzet bij de Eurogroep")
    page.colofon(_COLOFON)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    return page.pdf()


def test_line_above_the_label_rows_is_kept() -> None:
    """A line above "Aan" (a ministry's name) is no title, but it is text of the nota: it must reach
    the marked text (it was dropped when the label row started)."""
    data = _page_with_header("Ministerie van Financi\u00ebn")
    assert "Ministerie van Financi\u00ebn" in marked(data)
    nota = load_both(data)
    assert nota.metadata.letterhead == ("Ministerie van Financi\u00ebn",)
    assert nota.title == "Inzet bij de Eurogroep"
    assert nota.metadata.fields[:2] == (Field(label="Aan", value="MFin"), Field(label="Van", value="DGRB"))


def test_kind_line_above_the_label_rows_is_the_kind() -> None:
    """A regular 14 pt "Beslisnota" above the Aan row is the document kind."""
    nota = load_both(_page_with_header("Beslisnota", size=14))
    assert nota.metadata.kind == "Beslisnota"
    assert nota.title == "Inzet bij de Eurogroep"
