"""Line-level helpers of the extracted-text reader: pages found at their page lines, line numbers
in a draft's margin."""

from __future__ import annotations

import pytest

import notaparse
from notaparse._lines import drop_line_numbers, pages_at_page_lines


def _raw(*rows: str) -> list[tuple[int, int, str]]:
    return [(k, 1, row) for k, row in enumerate(rows, 1)]


def test_page_lines_at_the_pages_feet_start_the_next_pages() -> None:
    raw = _raw(
        "Aanleiding",
        "De Kamer vroeg om een brief.",
        "Pagina 1 van 2",
        "Kern",
        "Het antwoord.",
        "Pagina 2 van 2",
    )
    assert [page for _, page, _ in pages_at_page_lines(raw)] == [1, 1, 1, 2, 2, 2]


@pytest.mark.parametrize(
    "rows",
    [
        # out of order: the text is left as it is
        ("Aanleiding", "De Kamer vroeg om een brief.", "Pagina 2 van 2", "Kern", "Pagina 1 van 2"),
        # more page lines than pages
        ("Aanleiding", "De Kamer vroeg om een brief.", "Pagina 1 van 1", "Kern", "Pagina 2 van 1"),
        # the page lines head their pages: the text after the last is the longer
        ("Pagina 1 van 2", "Aanleiding", "Pagina 2 van 2", "Kern", "Het antwoord.", "Toelichting"),
    ],
)
def test_page_lines_that_are_no_pages_feet_leave_the_text_as_it_is(rows: tuple[str, ...]) -> None:
    raw = _raw(*rows)
    assert pages_at_page_lines(raw) == raw


def _layout_row(left: str, middle: str, right: str) -> str:
    """A row of layout text: the body's column at 8, the unit's at 50, the colofon's at 100."""
    row = " " * 8 + left
    if middle:
        row = row.ljust(50) + middle
    if right:
        row = row.ljust(100) + right
    return row


def test_a_unit_beside_a_bare_aan_wrapped_at_its_column_left_of_the_colofon_is_one_unit() -> None:
    """Layout text whose colofon column stands far right (the body's rows run wide), the unit
    beside a bare Aan left of it: the unit's last word on the value's row, at the unit's column
    ("Directoraat-generaal Klimaat en" / "Energie"), is the unit's, not the addressee's."""
    rows = [
        ("Aan", "Directoraat-generaal Klimaat en", ""),
        ("Minister voor Klimaat en Groene Groei", "Energie", ""),
        ("", "", "Datum"),
        ("Van", "", "28 augustus 2024"),
        ("DGKE", "", ""),
        ("", "", "Kenmerk"),
        ("TER BESLISSING", "", "DGKE-WO / 24189012"),
        ("", "", ""),
        ("Subsidieregeling collectieve warmte: openstelling 2025", "", ""),
        ("", "", ""),
        ("Aanleiding", "", ""),
        ("", "", ""),
        (
            "De subsidieregeling collectieve warmte gaat in 2025 opnieuw open. Voor de openstelling is uw "
            "besluit nodig over het",
            "",
            "",
        ),
        ("budget en de voorwaarden die in de regeling worden opgenomen.", "", ""),
    ]
    text = "".join(_layout_row(*row) + "\n" for row in rows)
    assert "        Minister voor Klimaat en Groene Groei     Energie\n" in text
    nota = notaparse.parse(text)
    assert nota.metadata.letterhead == ("Directoraat-generaal Klimaat en Energie",)
    assert nota.metadata.addressee == "Minister voor Klimaat en Groene Groei"
    assert nota.metadata.sender == "DGKE"
    assert nota.title == "Subsidieregeling collectieve warmte: openstelling 2025"


_NOTES = (
    "De wet is drie jaar van kracht.1 De Kamer vroeg om een evaluatie.2 De resultaten staan in het",
    "rapport.3",
    "",
    "1 Stb. 2021, 499.",
    "2 motie van het lid Sneller, Kamerstukken II 2023/24, 32 802, nr. 80.",
    "3 Zie bijlage 1.",
    "4 Het WODC begeleidde het onderzoek.",
    "5 Gegevens via de VNG, het IPO en de Unie van",
    "Waterschappen.",
    "6 Zie het rapport.",
    "7 zie bijlage 2.",
    "8 Kamerstukken II 2024/25, 32 802, nr. 91.",
)
_ATTACHMENTS_APART = (
    "Bijlagen",
    "Concept-antwoorden op de Kamervragen",
    "Concept-Kamerbrief over de basisbeurs",
    "Brief van de Landelijke Studentenvakbond",
    "Factsheet studiefinanciering 2026",
    "Overzicht van de uitgaven per jaar",
    "Notitie van DUO over de uitvoering",
    *(str(n) for n in range(1, 7)),
)
#: Notes a blank line apart, each going on in lower case after its number (as pdftotext -layout
#: sets notes spaced apart).
_NOTES_APART = (
    "De Kamer vroeg om een overzicht van de moties.1 Die volgen hieronder.",
    *(
        f"\n{n} motie van het lid Ellian over capaciteit, Kamerstuk 24 587, nr. {800 + n}."
        for n in range(1, 9)
    ),
)


@pytest.mark.parametrize(
    "rows", [_NOTES, _ATTACHMENTS_APART, _NOTES_APART], ids=["notes", "attachments-apart", "notes-apart"]
)
def test_numbers_that_are_no_line_numbers_stay(rows: tuple[str, ...]) -> None:
    """A page's notes, a number opening each, one going on in lower case after a note that ended
    ("6 Zie het rapport." / "7 zie bijlage 2.") or after a blank line ("" / "2 motie van ..."), and
    a Bijlagen table's number column written after its names at the end of the page's text (as
    many lines of names under the heading as numbers) are no line numbers: nothing is left out."""
    text = "\n".join(rows)
    assert drop_line_numbers(text) == text


def test_line_numbers_of_a_text_extracted_double_spaced_are_dropped() -> None:
    """Numbered lines a blank line apart, as an extractor writes a draft set double-spaced: a line
    going on in lower case after the line above left its sentence open, the blank line between
    passed over, so the numbers are line numbers (notes a blank line apart each end their
    sentence, and keep their numbers)."""
    words = [
        "De Kamer volgt de groei van het reservistenbestand nauw en heeft",
        "gevraagd om een halfjaarlijkse voortgangsrapportage. De eerste",
        "rapportage verschijnt in maart 2027.",
        "AWVN en VNO-NCW steunen de werkgeversvergoeding. De vakbonden",
        "vragen om afspraken over ontslagbescherming voor reservisten die worden",
        "ingezet; die bestaat al op grond van de Wet ambtenaren defensie en wordt",
        "in de campagne toegelicht.",
        "De campagne start op 1 maart 2027 met radio en online advertenties.",
    ]
    text = "\n\n".join(f"{n} {line}" for n, line in enumerate(words, 1))
    assert [line.strip() for line in drop_line_numbers(text).split("\n") if line.strip()] == words
