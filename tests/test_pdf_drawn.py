"""Layout rules on drawn pages: each test draws the few lines of one template detail
(tests/pagedraw.py) and checks the nota read from it, with both character sources."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import reportlab
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont
from reportlab.pdfgen import canvas

from notaparse import Field, ItemList, Nota, Paragraph, render, to_dict
from pagedraw import BOLD, HEIGHT, LOREM, REGULAR, Page, glyph_font, load_both, marked, words

_COLOFON = [("TER BESLISSING", ""), ("Kenmerk", "2024-0000098765"), ("Datum", "12 maart 2024")]


def _nota_page(rows: list[tuple[str, str]], title: str, page: Page | None = None) -> Page:
    """A page with label rows at a tab stop, a regular title at x 170 and the 7 pt colofon; the
    cursor where the body starts (on ``page``'s current page, when given)."""
    page = page or Page()
    page.header(rows)
    page.text(170, 268, title)
    page.colofon(_COLOFON)
    page.y = 320
    return page


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


def test_advies_above_the_label_rows_is_the_kind() -> None:
    """ "Advies" in 14 pt over the Aan row is the document kind, though it is a heading word too:
    the title under the rows stays the title, and the first section "Advies" a section (the word
    ended the header, the title became a section)."""
    page = Page()
    page.text(79, 160, "Advies", REGULAR, 14)
    page.header([("Aan", "MFin"), ("Van", "DGRB")])
    page.text(79, 250, "Advies over de inzet bij de Eurogroep")
    page.colofon(_COLOFON)
    page.y = 300
    page.line("Advies", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    assert nota.metadata.kind == "Advies"
    assert nota.title == "Advies over de inzet bij de Eurogroep"
    assert [s.heading for s in nota.sections] == ["Advies", "Toelichting"]


@pytest.mark.parametrize("stamp", ["TER BESLISSING \u2013 SPOED", "URGENT | TER BESLISSING"])
def test_marker_beside_the_purpose_in_the_colofon(stamp: str) -> None:
    """A marker printed beside the purpose in the colofon is a stamp of its own (letterhead); the
    purpose is read (the whole line was letterhead, the purpose none)."""
    page = Page()
    page.header([("Aan", "MFin"), ("Van", "DGRB")])
    page.text(79, 250, "Inzet bij de Eurogroep")
    page.colofon([(stamp, ""), *_COLOFON[1:]])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.purpose == "beslissing"
    assert nota.metadata.letterhead == (stamp.replace("TER BESLISSING", "").strip(" \u2013|"),)


@pytest.mark.parametrize("where", ["colofon", "body"])
def test_purposes_joined_by_en_are_the_purpose(where: str) -> None:
    """ "TER INFORMATIE EN AKKOORD", in the colofon or over the label rows, is the purpose
    "informatie en akkoord" (the line was a letterhead entry, the nota had no purpose)."""
    page = Page()
    if where == "body":
        page.text(79, 140, "TER INFORMATIE EN AKKOORD", BOLD)
    page.header([("Aan", "MFin"), ("Van", "DGRB")])
    page.text(79, 250, "Inzet bij de Eurogroep")
    page.colofon([("TER INFORMATIE EN AKKOORD", ""), *_COLOFON[1:]] if where == "colofon" else _COLOFON[1:])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.purpose == "informatie en akkoord"
    assert nota.metadata.letterhead == ()
    assert nota.title == "Inzet bij de Eurogroep"


@pytest.mark.parametrize("where", ["colofon", "body"])
@pytest.mark.parametrize(
    ("stamp", "purpose", "qualifier"),
    [
        ("Ter besluitvorming vóór 1 juni", "besluitvorming", "vóór 1 juni"),
        ("TER BESLISSING, uiterlijk 5 juni", "beslissing", "uiterlijk 5 juni"),
        ("Ter bespreking in de ministerraad", "bespreking", "in de ministerraad"),
    ],
)
def test_purpose_with_a_qualifier_on_its_line(where: str, stamp: str, purpose: str, qualifier: str) -> None:
    """A purpose qualified on its line by a deadline or a forum, in the colofon or over the label
    rows, is the purpose; the qualifier is a letterhead entry (the whole line was letterhead, the
    nota had no purpose)."""
    page = Page()
    if where == "body":
        page.text(79, 140, stamp, BOLD)
    page.header([("Aan", "MFin"), ("Van", "DGRB")])
    page.text(79, 250, "Inzet bij de Eurogroep")
    page.colofon([(stamp, ""), *_COLOFON[1:]] if where == "colofon" else _COLOFON[1:], x=440)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.purpose == purpose
    assert nota.metadata.letterhead == (qualifier,)
    assert nota.title == "Inzet bij de Eurogroep"


def _page_with_bold_lines(
    lines: list[tuple[float, float, str, str, float]], colofon: list[tuple[str, str]] = _COLOFON
) -> bytes:
    """Aan/Van rows, the given (x, top, text, font, size) lines, then two known sections."""
    page = Page()
    page.header([("Aan", "MOCW"), ("Van", "DGHO")])
    for x, top, text, font, size in lines:
        page.text(x, top, text, font, size)
    page.colofon(colofon)
    page.y = 330
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Geadviseerd besluit", BOLD)
    page.para("Instemmen.")
    return page.pdf()


def _headings(data: bytes) -> list[str]:
    return [s.heading for s in load_both(data).sections]


def test_bold_title_below_the_labels_is_the_title() -> None:
    """A bold block between the label rows and the first known heading is the title, its wrapped
    lines joined (it became two sections, and the title was empty)."""
    data = _page_with_bold_lines(
        [
            (170, 268, "Beslisnota over de herziening van de", BOLD, 9.5),
            (170, 282, "Regeling subsidies gemeenten", BOLD, 9.5),
        ]
    )
    nota = load_both(data)
    assert nota.title == "Beslisnota over de herziening van de Regeling subsidies gemeenten"
    assert _headings(data) == ["Aanleiding", "Geadviseerd besluit"]


def test_bold_title_at_the_margin_after_a_purpose_line() -> None:
    data = _page_with_bold_lines(
        [
            (79, 245, "TER BESLISSING", "Helvetica", 9.5),
            (79, 268, "Reactie op het advies van de Onderwijsraad", BOLD, 11),
        ],
        colofon=_COLOFON[1:],
    )
    nota = load_both(data)
    assert nota.title == "Reactie op het advies van de Onderwijsraad"
    assert nota.metadata.purpose == "beslissing"
    assert _headings(data) == ["Aanleiding", "Geadviseerd besluit"]


@pytest.mark.parametrize(("font", "size"), [(BOLD, 12), (REGULAR, 14)])
def test_kind_with_purpose_in_lower_case_above_a_bold_title(font: str, size: float) -> None:
    """ "Nota ter beslissing" (no brackets, no capitals) over a bold title is the kind and the
    purpose; it was read as the title, and the title as a section (a Word export)."""
    data = _page_with_bold_lines(
        [
            (79, 245, "Nota ter beslissing", font, size),
            (79, 268, "Inzet bij de JBZ-Raad van 12 juni 2020", BOLD, 9.5),
        ],
        colofon=_COLOFON[1:],
    )
    nota = load_both(data)
    assert nota.metadata.kind == "Nota"
    assert nota.metadata.purpose == "beslissing"
    assert nota.title == "Inzet bij de JBZ-Raad van 12 juni 2020"
    assert _headings(data) == ["Aanleiding", "Geadviseerd besluit"]


@pytest.mark.parametrize("font", [BOLD, REGULAR])
def test_purpose_line_under_a_bold_title_is_the_purpose(font: str) -> None:
    """ "TER BESLUITVORMING" on its own line under the bold title, before the first section: the
    purpose (it became a section of its own, the nota had no purpose)."""
    data = _page_with_bold_lines(
        [
            (79, 255, "Uitvoering motie-Bikker over", BOLD, 9.5),
            (79, 268, "mantelzorgondersteuning", BOLD, 9.5),
            (79, 292, "TER BESLUITVORMING", font, 9.5),
        ],
        colofon=_COLOFON[1:],
    )
    nota = load_both(data)
    assert nota.title == "Uitvoering motie-Bikker over mantelzorgondersteuning"
    assert nota.metadata.purpose == "besluitvorming"
    assert _headings(data) == ["Aanleiding", "Geadviseerd besluit"]


def _units_over_colofon(
    rows: list[tuple[str, str]], title: str, head: Sequence[tuple[str, str]], top: float = 130.0
) -> Nota:
    """A page with label rows, a title at x 170, and ``head`` (lines and their fonts, 7 pt, 9.8
    apart from ``top``) over the 7 pt colofon, whose labels follow a gap; read with both sources."""
    page = Page()
    page.header(rows)
    page.text(170, 268, title)
    for k, (text, font) in enumerate(head):
        page.text(466, top + 9.8 * k, text, font, 7)
    page.colofon(_COLOFON, top=max(175.0, top + 9.8 * len(head) + 8.8))
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    return load_both(page.pdf())


def test_bold_unit_wrapped_in_the_colofon_is_one_line() -> None:
    """A directorate's bold name wrapped in the colofon ("Directie" / "Arbeidsverhoudingen", no
    gap) is one letterhead line; its first word is a known label, and the second line was read as
    its value (a field "Directie: Arbeidsverhoudingen")."""
    nota = _units_over_colofon(
        [("Aan", "Minister van SZW"), ("Van", "DAV")],
        "Reactie op het advies over platformwerk",
        [("Directie", BOLD), ("Arbeidsverhoudingen", BOLD)],
        top=140,
    )
    assert "Directie Arbeidsverhoudingen" in nota.metadata.letterhead
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]
    assert nota.title == "Reactie op het advies over platformwerk"


@pytest.mark.parametrize(
    ("street", "town"),
    [
        ("4200 Linnean Avenue NW", "Washington DC 20008"),
        ("666 Third Avenue, 19th floor", "New York, NY 10017"),
    ],
)
def test_post_abroad_street_number_first_is_no_more_of_the_unit(street: str, town: str) -> None:
    """A post abroad's address under its bold name, the street's number first and no Dutch
    postcode ("Ambassade van het" / "Koninkrijk der Nederlanden" / "4200 Linnean Avenue NW" /
    "Washington DC 20008"): the unit and the address are two letterhead entries (the street
    was read as the rest of the unit's name, its town an entry of its own)."""
    nota = _units_over_colofon(
        [("Aan", "Minister van Buitenlandse Zaken"), ("Van", "Ambassadeur")],
        "Bezoek van de minister-president aan de Verenigde Staten",
        [
            ("Ambassade van het", BOLD),
            ("Koninkrijk der Nederlanden", BOLD),
            (street, REGULAR),
            (town, REGULAR),
        ],
    )
    assert nota.metadata.letterhead == ("Ambassade van het Koninkrijk der Nederlanden", f"{street} {town}")


def test_bold_units_stacked_without_a_gap_in_the_colofon_stay_apart() -> None:
    """Two bold units on consecutive colofon lines, the first wrapped ("Directoraat-Generaal
    Water en" / "Bodem" / "Directie Water en Scheepvaart"): the line that opens with a unit's
    word after a complete name starts a unit of its own (all three were joined into one entry)."""
    nota = _units_over_colofon(
        [("Aan", "Minister van IenW"), ("Van", "DGWB")],
        "Advies over de inzet van drones op de Noordzee",
        [
            (text, BOLD)
            for text in ("Directoraat-Generaal Water en", "Bodem", "Directie Water en Scheepvaart")
        ],
    )
    units = ("Directoraat-Generaal Water en Bodem", "Directie Water en Scheepvaart")
    assert nota.metadata.letterhead == units
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]


@pytest.mark.parametrize(
    ("unit", "address"),
    [
        # a unit's name over two or three bold lines, joined longer than a colofon's line, over a
        # street or a post box and the town under it (the town was an entry of its own)
        (["DG Openbaar Bestuur en", "Democratische", "Rechtsstaat"], ["Turfmarkt 147", "Den Haag"]),
        (["Directoraat-Generaal Luchtvaart en", "Maritieme Zaken"], ["Rijnstraat 8", "Den Haag"]),
        (
            ["Directie Arbeidsmarkt", "en Sociaal-Economische", "Aangelegenheden"],
            ["Postbus 90801", "Haarlem"],
        ),
        # near misses, read right before: a short name, a postcode before the town
        (["Directie Hoger", "Onderwijs"], ["Rijnstraat 50", "Den Haag"]),
        (["Directie Publieke Gezondheid en", "Medische Preventie"], ["Postbus 20350", "2500 EJ Den Haag"]),
    ],
)
def test_address_under_a_long_bold_unit_in_the_colofon_is_one_entry(
    unit: list[str], address: list[str]
) -> None:
    """The street (or post box) and the town under a unit's bold name in the colofon are one
    letterhead entry, as under a short name: the name's long joined line over the short street
    is no title block whose short last row ends it."""
    nota = _units_over_colofon(
        [("Aan", "Minister"), ("Van", "DG")],
        "Vervolg op het advies over de uitvoering van de regeling",
        [*((text, BOLD) for text in unit), *((text, REGULAR) for text in address)],
    )
    assert nota.metadata.letterhead == (" ".join(unit), " ".join(address))
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]
    assert nota.title == "Vervolg op het advies over de uitvoering van de regeling"


def test_bold_block_is_a_section_when_no_known_heading_follows() -> None:
    """Without a known section heading after it, a bold block is a heading as before."""
    page = Page()
    page.header([("Aan", "MOCW"), ("Van", "DGHO")])
    page.colofon(_COLOFON)
    page.y = 268
    page.line("Stand van zaken", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Stand van zaken"]


def test_bold_purpose_and_kind_lines_are_header_lines() -> None:
    """A bold purpose line or kind line before the first known heading is the purpose or the
    kind, not a section heading."""
    data = _page_with_bold_lines(
        [
            (79, 160, "Beslisnota", BOLD, 14),
            (79, 240, "TER ONDERTEKENING", BOLD, 9.5),
            (79, 262, "Kamerbrief over de voortgang van de agenda", "Helvetica", 9.5),
        ],
        colofon=_COLOFON[1:],
    )
    nota = load_both(data)
    assert nota.metadata.purpose == "ondertekening"
    assert nota.metadata.kind == "Beslisnota"
    assert nota.title == "Kamerbrief over de voortgang van de agenda"
    assert _headings(data) == ["Aanleiding", "Geadviseerd besluit"]


def test_title_with_a_colon_is_no_label() -> None:
    """ "Kamerbrief: reactie ..." under the Van row is the title: a first word ending in a colon is
    a label only when it is a known label or stands among label rows (it was glued to Van)."""
    data = _page_with_bold_lines([(170, 268, "Kamerbrief: reactie op de motie-Bikker", "Helvetica", 9.5)])
    nota = load_both(data)
    assert nota.title == "Kamerbrief: reactie op de motie-Bikker"
    assert nota.metadata.fields[:2] == (Field(label="Aan", value="MOCW"), Field(label="Van", value="DGHO"))


def test_unknown_colon_label_among_label_rows_is_a_label() -> None:
    """A colon label outside the vocabulary between known label rows stays a label in the marked
    text (the text parser then takes the line under "Aan:" for a value line; see the report)."""
    page = Page()
    for k, row in enumerate(["Aan: MOCW", "Behandelaar: J. Jansen", "Van: DGHO"]):
        page.text(79, 200 + 14 * k, row)
    page.text(79, 268, "Reactie op het advies")
    page.colofon(_COLOFON)
    page.y = 330
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    text = marked(page.pdf())
    assert text.startswith("Aan:\nMOCW\nBehandelaar:\nJ. Jansen\nVan:\nDGHO\n")
    assert "\n# Reactie op het advies\n" in text


def _page_with_notes(notes: list[tuple[str, float, str]], footer: str | None) -> bytes:
    """A page whose body cites notes; each note is (number, number size, text), the number raised
    when it is smaller than the 8 pt text; a footer line centred under the column."""
    page = _nota_page([("Aan", "MBZK")], "Jaarverslag AIVD 2023")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    top = 740.0
    for number, size, text in notes:
        page.text(79, top - (2.5 if size < 8 else 0), number, "Helvetica", size)
        page.text(88, top, text, "Helvetica", 8)
        top += 10
    if footer is not None:
        page.canvas.setFont("Helvetica", 8)
        page.canvas.drawCentredString(79 + 180, 842 - 790 - 6.4, footer)
    return page.pdf()


_NOTES = [
    ("1", 5.5, "Wet op de inlichtingen- en veiligheidsdiensten 2017."),
    ("2", 5.5, "Kamerstukken II, nr. 180."),
]


@pytest.mark.parametrize("footer", ["Pagina 1 van 1", "- 1 -", "\u2013 1 \u2013", "1/1", "1"])
def test_page_footer_is_not_part_of_the_last_footnote(footer: str) -> None:
    """A page number below the notes is furniture (it was appended to the last note)."""
    nota = load_both(_page_with_notes(_NOTES, footer))
    assert [(f.number, f.text) for f in nota.footnotes] == [(1, _NOTES[0][2]), (2, _NOTES[1][2])]
    assert nota.unplaced == ()
    if footer.startswith("Pagina"):
        assert nota.metadata.page_count == 1


def test_bare_page_number_is_no_footnote() -> None:
    """A page number alone at the bottom of a page without notes is no empty footnote "[^1]: "."""
    data = _page_with_notes([], "1")
    nota = load_both(data)
    assert nota.footnotes == ()
    assert nota.unplaced == ()
    assert "[^" not in marked(data)


def test_a_small_line_numbered_0_at_the_foot_is_no_note() -> None:
    """Notes are numbered from 1: a small line at the page's foot opening with "0" (a note the
    model cannot hold; the layout wrote "[^0]:", and reading it raised a ModelError) is text."""
    data = _page_with_notes([("0", 5.5, "Verwijzing naar de bijlage.")], None)
    assert "[^" not in marked(data)
    nota = load_both(data)
    assert nota.footnotes == ()
    assert "Verwijzing naar de bijlage." in " ".join(
        b.text for s in nota.sections for b in s.blocks if isinstance(b, Paragraph)
    ) + " ".join(nota.unplaced)


def test_text_far_below_the_notes_is_not_part_of_them() -> None:
    """A line far below the notes ends them; it is kept (not lost, not in a note): on page 1 a
    footer is letterhead, not body text."""
    data = _page_with_notes(_NOTES, "Rijksoverheid Den Haag")
    nota = load_both(data)
    assert [f.text for f in nota.footnotes] == [_NOTES[0][2], _NOTES[1][2]]
    assert nota.metadata.letterhead == ("Rijksoverheid Den Haag",)


def test_a_footer_under_the_notes_is_no_part_of_the_last_paragraph() -> None:
    """A footer line far below the notes is no part of the body, also after a paragraph whose last
    line runs to the right margin (it was glued to that paragraph's end, later a paragraph of the
    last section): on page 1 it is letterhead."""
    page = _nota_page([("Aan", "MBZK")], "Voorstel herziening regeling")
    page.line("Toelichting", BOLD)
    full = "Het voorstel is afgestemd met de betrokken directies en met de uitvoering die de"
    last = "regeling in de praktijk uitvoeren. Zij zien geen enkel bezwaar voor de uitvoering."
    page.line(full)
    page.line(last)
    page.text(79, 740, "1", "Helvetica", 5.5)
    page.text(88, 742.5, "Evaluatie Regeling subsidies gemeenten.", "Helvetica", 8)
    page.canvas.setFont("Helvetica", 8)
    page.canvas.drawCentredString(79 + 180, 842 - 790 - 6.4, "Ministerie van BZK | DGOO")
    nota = load_both(page.pdf())
    assert nota.sections[-1].blocks == (Paragraph(text=f"{full} {last}"),)
    assert nota.metadata.letterhead == ("Ministerie van BZK | DGOO",)


def test_footnote_numbers_at_the_text_size_start_new_notes() -> None:
    """Notes numbered at their own size (not raised): the next number at the notes' left edge starts
    the next note (all notes were merged into note 1)."""
    notes = [
        ("1", 8, "IGJ, Acute zorg onder druk, juli 2024."),
        ("2", 8, "Brief van de NZa van 4 juli 2024 over 3 regio's."),
        ("3", 8, "Kamervragen van het lid Dijk (SP), 2024Z11234."),
    ]
    nota = load_both(_page_with_notes(notes, None))
    expected = [(n, text) for n, (_, _, text) in enumerate(notes, 1)]
    assert [(f.number, f.text) for f in nota.footnotes] == expected


def test_endnotes_right_after_the_text_in_the_pages_upper_half_are_notes() -> None:
    """A word processor's endnotes follow the text's end, wherever that falls (or open a page of
    their own): small lines set apart from the text, opening with note 1 right against its text
    ("1Bron: ..."), are the notes also above the page's middle (they were a paragraph of the last
    section)."""
    page = _nota_page([("Aan", "MOCW")], "Verlenging subsidie zij-instroom")
    page.line("Kern", BOLD)
    page.line("In 2024 zijn 2.140 zij-instromers gestart, van wie 61 procent in de G5.")
    page.line("Verlenging kost 38 mln per jaar binnen de middelen van artikel 9.")
    notes = [
        "Regeling subsidie zij-instroom, Staatscourant 2021, nr. 4412.",
        "Bron: DUO, telling per 1 oktober 2024.",
    ]
    for n, text in enumerate(notes, 1):
        page.text(79, page.y + 20 + 9 * n, f"{n}{text}", REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == [(1, notes[0]), (2, notes[1])]
    assert len(nota.sections[-1].blocks) == 1


def test_bold_sentences_in_the_body_are_paragraphs() -> None:
    """A bold sentence (ending in a full stop, also wrapped over two lines) is emphasis, not a
    heading; a bold line without one still is a heading."""
    advice = (
        "U wordt geadviseerd in te stemmen met de kaderbrief en deze voor 1 april aan de "
        "vakdepartementen te sturen."
    )
    note = "Let op: de Eerste Kamer stemt op 16 april."
    page = _nota_page([("Aan", "MFin"), ("Van", "DGFZ")], "Voorjaarsnota 2024")
    page.line("Geadviseerd besluit", BOLD)
    page.para(advice, BOLD)
    page.line("Stand van zaken", BOLD)
    page.para(LOREM)
    page.para(note, BOLD)
    page.para("Daarna volgt de Tweede Kamer.")
    data = page.pdf()
    assert advice not in marked(data)  # it wraps to a second line (the case is what it says)
    nota = load_both(data)
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Geadviseerd besluit", [advice]),
        ("Stand van zaken", [LOREM, note, "Daarna volgt de Tweede Kamer."]),
    ]


def test_lettered_items_and_second_level_o_bullets_are_list_items() -> None:
    """ "a." "b." set with a tab are ordered items, lettered as printed; a Courier "o" at a deeper
    indent with a tab is a (second-level) bullet item of its own: the model's lists are flat."""
    page = _nota_page([("Aan", "MLNV")], "Uitvoering van het plan")
    page.line("Geadviseerd besluit", BOLD)
    page.line("U wordt geadviseerd:")
    lettered = ["in te stemmen met de aanpassing;", "de brief te ondertekenen;", "kennis te nemen."]
    for letter, item in zip("abc", lettered, strict=True):
        page.line(f"{letter}.", x=97)
        page.y -= page.lead
        page.line(item, x=115)
    page.y += page.lead
    page.line("Kern", BOLD)
    page.line("De aanpassing bestaat uit:")
    items = [
        (97, "\u2022", "Helvetica", "een verschuiving van middelen:"),
        (133, "o", "Courier", "eco-regeling: 30 miljoen euro;"),
        (133, "o", "Courier", "jonge landbouwers: 10 miljoen euro;"),
        (97, "\u2022", "Helvetica", "een nieuwe interventie."),
    ]
    for x, glyph, font, item in items:
        page.text(x, page.y, glyph, font)
        page.line(item, x=x + 18)
    nota = load_both(page.pdf())
    assert [s.blocks for s in nota.sections] == [
        (
            Paragraph(text="U wordt geadviseerd:"),
            ItemList(items=tuple(lettered), ordered=True, numbering="a"),
        ),
        (
            Paragraph(text="De aanpassing bestaat uit:"),
            ItemList(items=tuple(item for *_, item in items), ordered=False),
        ),
    ]


def test_lettered_roman_and_continued_lists_keep_their_printed_marks() -> None:
    """Items set with a tab after "a)" "b)", after "(i)" "(ii)" "(iii)", and a numbered list that
    goes on at "3." after a paragraph: each list keeps the marks as printed (numbering and
    start), so "optie b" in the text still points at its item."""
    page = _nota_page([("Aan", "MFin")], "Keuze voor de dekking")
    page.line("Geadviseerd besluit", BOLD)
    page.line("Er zijn twee opties:")
    options = ["een generieke korting;", "het schrappen van intensiveringen."]
    for letter, item in zip("ab", options, strict=True):
        page.line(f"{letter})", x=97)
        page.y -= page.lead
        page.line(item, x=115)
    page.y += page.lead
    page.line("Wij adviseren u te kiezen voor optie b.")
    page.y += page.lead
    page.line("Kern", BOLD)
    page.line("De gevolgen zijn:")
    consequences = ["minder uitgaven;", "minder personeel;", "een kleinere organisatie."]
    for numeral, item in zip(("(i)", "(ii)", "(iii)"), consequences, strict=True):
        page.line(numeral, x=97)
        page.y -= page.lead
        page.line(item, x=120)
    page.y += page.lead
    page.line("Toelichting", BOLD)
    page.line("1.", x=97)
    page.y -= page.lead
    page.line("De brief gaat naar de Kamer.", x=115)
    page.line("2.", x=97)
    page.y -= page.lead
    page.line("De regeling gaat per 1 januari in.", x=115)
    page.y += page.lead
    page.line("Daarnaast is van belang:")
    page.line("3.", x=97)
    page.y -= page.lead
    page.line("De evaluatie volgt na drie jaar.", x=115)
    nota = load_both(page.pdf())
    assert [s.blocks for s in nota.sections] == [
        (
            Paragraph(text="Er zijn twee opties:"),
            ItemList(items=tuple(options), ordered=True, numbering="a"),
            Paragraph(text="Wij adviseren u te kiezen voor optie b."),
        ),
        (
            Paragraph(text="De gevolgen zijn:"),
            ItemList(items=tuple(consequences), ordered=True, numbering="i"),
        ),
        (
            ItemList(
                items=("De brief gaat naar de Kamer.", "De regeling gaat per 1 januari in."), ordered=True
            ),
            Paragraph(text="Daarnaast is van belang:"),
            ItemList(items=("De evaluatie volgt na drie jaar.",), ordered=True, start=3),
        ),
    ]
    assert nota.sections[0].blocks[1].marks() == ("a", "b")


def _table_page(
    header: list[str], rows: list[list[list[str]]], columns: list[float], *, centred: bool
) -> bytes:
    """An attachment table: each row's cells are lists of lines, 13 pt apart, rows 6 pt apart; the
    number cell centred in its row when ``centred``."""
    page = Page()
    page.header([("Aan", "MJenV")])
    page.text(170, 268, "Aanbieding rapporten")
    page.colofon([*_COLOFON, ("Bijlagen", str(len(rows)))])
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    top = page.y
    for r, cells in enumerate([[[h] for h in header], *rows]):
        height = max(len(c) for c in cells)
        for k, cell in enumerate(cells):
            shift = (height - len(cell)) * 13 / 2 if centred and k == 0 else 0
            for j, text in enumerate(cell):
                page.text(columns[k] + 3, top + 3 + shift + 13 * j, text, BOLD if r == 0 else "Helvetica")
        top += 6 + 13 * height
    page.y = top + 20
    page.line("Afstemming", BOLD)
    page.para("Afgestemd met DGSenB.")
    return page.pdf()


_ROWS = [
    [
        ["1"],
        ["Rapport van de Inspectie", "over de doorlooptijden"],
        ["Het rapport beschrijft", "de doorlooptijden", "in de keten."],
    ],
    [["2"], ["Kamerbrief"], ["Ter ondertekening.", "Met een bijlage."]],
    [["3"], ["Brief"], ["Ter informatie."]],
]


@pytest.mark.parametrize("centred", [False, True])
def test_table_row_number_centred_in_a_wrapped_row(centred: bool) -> None:
    """A row's number cell centred in its row: the lines above the number are the row's (the table
    ended at the row's first line, and the header row disappeared)."""
    data = _table_page(["Nr.", "Titel", "Toelichting"], _ROWS, [79, 110, 250, 455], centred=centred)
    nota = load_both(data)
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (
            1,
            "Rapport van de Inspectie over de doorlooptijden",
            "Het rapport beschrijft de doorlooptijden in de keten.",
        ),
        (2, "Kamerbrief", "Ter ondertekening. Met een bijlage."),
        (3, "Brief", "Ter informatie."),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen", "Afstemming"]
    assert [b.text for b in nota.sections[2].blocks] == ["Afgestemd met DGSenB."]


def test_table_numbers_written_with_a_full_stop() -> None:
    rows = [[["1."], ["Kamerbrief over de doorlooptijden"]], [["2."], ["Rapport van de Inspectie"]]]
    nota = load_both(_table_page(["Volgnummer", "Naam"], rows, [79, 160, 455], centred=False))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Kamerbrief over de doorlooptijden", None),
        (2, "Rapport van de Inspectie", None),
    ]
    assert nota.sections[1].blocks == ()


def test_table_with_a_reference_column() -> None:
    """ "Nr.  Titel  Kenmerk": a third column giving each attachment's reference is the table's
    information column (the header was read as text and the wrapped rows ran together)."""
    rows = [
        [
            ["1"],
            ["Kamerbrief over het wetsvoorstel", "versterking decentrale rekenkamers"],
            ["2024-0000209115"],
        ],
        [["2"], ["Advies Raad van State"], ["W04.24.00123/I"]],
    ]
    nota = load_both(_table_page(["Nr.", "Titel", "Kenmerk"], rows, [79, 110, 330, 455], centred=False))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Kamerbrief over het wetsvoorstel versterking decentrale rekenkamers", "2024-0000209115"),
        (2, "Advies Raad van State", "W04.24.00123/I"),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen", "Afstemming"]


@pytest.mark.parametrize("head", ["Vertrouwelijk", "Vertrouwelijk?", "Openbaar?"])
def test_table_with_a_confidentiality_column(head: str) -> None:
    """ "Nr.  Omschrijving  Vertrouwelijk" (whether each attachment is confidential, "Ja" /
    "Nee"), also the head asked as a question ("Openbaar?"): the attachment table with its
    information column. The header and rows were read as paragraphs of the Bijlagen section and
    there were no attachments."""
    rows = [
        [["1"], ["Overzicht kasschuiven per departement"], ["Nee"]],
        [["2"], ["Brief van de minister van BZK"], ["Ja"]],
    ]
    nota = load_both(_table_page(["Nr.", "Omschrijving", head], rows, [79, 110, 330, 455], centred=False))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Overzicht kasschuiven per departement", "Nee"),
        (2, "Brief van de minister van BZK", "Ja"),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen", "Afstemming"]


def test_table_with_a_reference_and_a_publication_column() -> None:
    """ "Nr.  Titel  Kenmerk  Openbaar": two information columns after the name (each
    attachment's reference, then whether it is made public) join in the information cell, as a
    Woo-ground column does. The header and rows were read as paragraphs, with no attachments."""
    rows = [
        [["1"], ["Besluit op de Woo-verzoeken"], ["50912281"], ["Ja"]],
        [["2"], ["Zienswijze Hogeschool Zuyd"], ["50912297"], ["Nee"]],
    ]
    nota = load_both(
        _table_page(["Nr.", "Titel", "Kenmerk", "Openbaar"], rows, [79, 110, 330, 400, 455], centred=False)
    )
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Besluit op de Woo-verzoeken", "50912281 Ja"),
        (2, "Zienswijze Hogeschool Zuyd", "50912297 Nee"),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen", "Afstemming"]
    assert nota.sections[1].blocks == ()


@pytest.mark.parametrize("font", ["Helvetica", BOLD])
def test_wordmark_set_as_text_beside_the_title(font: str) -> None:
    """A large "nota" wordmark set as text on the title's first row is the kind, not a label
    "nota:" (the title was lost); a bold title's second line stays with the first."""
    data = _page_with_bold_lines(
        [
            (79, 262, "nota", "Helvetica", 22),
            (170, 268, "Beslisnota over de herziening van de", font, 9.5),
            (170, 282, "Regeling subsidies gemeenten", font, 9.5),
        ]
    )
    nota = load_both(data)
    assert nota.metadata.kind == "nota"
    assert nota.title == "Beslisnota over de herziening van de Regeling subsidies gemeenten"
    assert _headings(data) == ["Aanleiding", "Geadviseerd besluit"]


@pytest.mark.parametrize(
    ("word", "size", "x", "font"),
    [("nota", 26, 143, REGULAR), ("nota", 22, 134, BOLD), ("Beslisnota", 22, 200, REGULAR)],
)
def test_wordmark_set_as_text_at_a_narrow_stop_beside_the_title(
    word: str, size: float, x: float, font: str
) -> None:
    """A large kind word set as text with the title's first line beside it at a narrow stop, some
    1.3 ems of the title's size after it (where the IenW template sets the title beside its
    "nota" image), is the kind: the title was "nota Herziening ..." (the rule wanted a tab's
    three ems)."""
    data = _page_with_bold_lines(
        [(79, 262, word, REGULAR, size), (x, 268, "Herziening van de Regeling subsidies", font, 9.5)]
    )
    nota = load_both(data)
    assert nota.metadata.kind == word
    assert nota.title == "Herziening van de Regeling subsidies"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # a kind word in the title's own type opens the title
        (
            [(79, 268, "Nota", BOLD, 9.5), (109, 268, "over de herziening van de regeling", BOLD, 9.5)],
            "Nota over de herziening van de regeling",
        ),
        # a large title whose first word is a kind word, at a word space
        (
            [(79, 262, "Nota", BOLD, 16), (124, 262, "over de herziening", BOLD, 16)],
            "Nota over de herziening",
        ),
        # a large word that is no kind word, beside the title at a narrow stop
        (
            [(79, 262, "Advies", REGULAR, 22), (160, 268, "Herziening van de regeling", REGULAR, 9.5)],
            "Advies Herziening van de regeling",
        ),
    ],
)
def test_no_wordmark_beside_the_title(lines: list[tuple[float, float, str, str, float]], title: str) -> None:
    """Near misses of a wordmark beside the title: the title stays whole."""
    assert load_both(_page_with_bold_lines(lines)).title == title


def test_small_redaction_code_is_its_own_word() -> None:
    """A 7 pt ground code after a redaction box, followed by 9 pt text at a 7 pt space's distance,
    is a word of its own (it was glued: "5.1.2evan")."""
    page = Page(size=9)
    page.header([("Aan", "MEZK")])
    page.text(170, 268, "Subsidieregeling waterstofnetwerk")
    page.colofon(_COLOFON)
    page.y = 320
    page.line("Toelichting", BOLD)
    before = "Op 3 mei heeft u gesproken met "
    x = 79 + page.canvas.stringWidth(before, "Helvetica", 9)
    page.text(79, page.y, before)
    page.canvas.setFillGray(0.6)
    page.canvas.rect(x, 842 - page.y - 9.5, 45, 9, fill=1, stroke=0)
    page.canvas.setFillGray(0)
    x += 47
    page.text(x, page.y, "5.1.2e", "Helvetica", 7)
    x += page.canvas.stringWidth("5.1.2e ", "Helvetica", 7)
    page.text(x, page.y, "van Gasunie over de planning.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        "Op 3 mei heeft u gesproken met 5.1.2e van Gasunie over de planning."
    ]


def test_redacted_contacts_in_the_colofon() -> None:
    """Colofon contacts redacted as Woo tools do: a box drawn over a name still in the text layer,
    its code beside it, is the value as printed (the code was read as a value beside a row);
    a drafter whose name, number and mail name are boxes with codes in them, only "T" and the
    mail domain left, is a redacted drafter (it was the string of codes)."""
    page = _nota_page([("Aan", "MVWS"), ("Van", "DGCZ")], "Tekort aan antibiotica voor kinderen")
    x, y = 466.0, 232.4  # (under _COLOFON's pairs)
    page.text(x, y, "Contactpersoon", BOLD, 7)
    page.text(x, y + 9.8, "P. de Wit", REGULAR, 7)
    page.box(x - 1, y + 9.2, 32, 8)
    page.text(x + 34, y + 9.8, "5.1.2e", REGULAR, 7)
    y += 28.4
    page.text(x, y, "Opgesteld door", BOLD, 7)
    for k, mark in enumerate(["", "T", ""]):
        top = y + 9.8 * (k + 1)
        bx = x + (8 if mark else 0)
        if mark:
            page.text(x, top, mark, REGULAR, 7)
        page.box(bx, top - 0.6, 40, 8)
        page.canvas.setFillGray(1)
        page.text(bx + 2, top, "5.1.2e", REGULAR, 7)
        page.canvas.setFillGray(0)
        if k == 2:
            page.text(bx + 42, top, "@minfin.nl", REGULAR, 7)
    page.line("Aanleiding", BOLD)
    page.para("Apothekers melden sinds januari een tekort aan amoxicilline-drank voor kinderen.")
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Contactpersoon"] == "P. de Wit 5.1.2e"
    assert fields["Opgesteld door"] == "5.1.2e T 5.1.2e 5.1.2e @minfin.nl"
    assert nota.metadata.drafted_by is None
    assert nota.title == "Tekort aan antibiotica voor kinderen"


@pytest.mark.parametrize("gap", [0.0, 0.4, 0.8])
def test_footnote_number_set_close_after_its_word_stays_with_it(gap: float) -> None:
    """A 6.4 pt note number after an 11 pt word, placed up to 0.8 pt from it (a producer that
    rounds each glyph's place, as cairo does), stays with its word as printed (it was split off
    at 0.8 pt: "voorzitterschap 1." read as a number in the sentence)."""
    page = Page(size=11)
    page.header([("Aan", "MBZ")])
    page.text(170, 268, "Tijdlijn van het voorzitterschap")
    page.y = 320
    page.line("Toelichting", BOLD)
    before = "De tijdlijn is ontleend aan het werkprogramma van het voorzitterschap"
    x = 79 + page.canvas.stringWidth(before, REGULAR, 11) + gap
    page.text(79, page.y, before)
    page.text(x, page.y - 0.3, "1", REGULAR, 6.4)
    page.text(x + page.canvas.stringWidth("1", REGULAR, 6.4), page.y, ".")
    page.text(79, 720, "1", REGULAR, 6.4)
    page.text(85, 720, "Werkprogramma van het voorzitterschap, januari 2024.", REGULAR, 9)
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        "De tijdlijn is ontleend aan het werkprogramma van het voorzitterschap1."
    ]
    assert [n.text for n in nota.footnotes] == ["Werkprogramma van het voorzitterschap, januari 2024."]


def test_table_header_without_numbered_rows_is_text() -> None:
    """A table header with no numbered row under it is written as text with the lines under it
    (the text parser dropped the lone header row; see the report for the parser's side)."""
    page = _nota_page([("Aan", "MJenV")], "Aanbieding rapporten")
    page.line("Bijlagen", BOLD)
    page.text(82, page.y, "Nr.", BOLD)
    page.text(113, page.y, "Titel", BOLD)
    page.y += 19
    page.text(113, page.y, "Een rapport zonder nummer")
    page.y += 30
    page.line("Afstemming", BOLD)
    page.para("Afgestemd met DGSenB.")
    data = page.pdf()
    assert "\nNr. Titel\nEen rapport zonder nummer\n" in marked(data)
    nota = load_both(data)
    assert nota.attachments == ()
    assert [b.text for b in nota.sections[0].blocks] == ["Een rapport zonder nummer"]


def test_table_header_repeated_on_the_next_page_continues_the_table() -> None:
    """An attachment table whose header row is repeated at the top of the next page (Word's
    "repeat header row"): the repeated header is skipped and the rows after it stay in the table
    (they were lost in a second table expecting row 1)."""
    page = _nota_page([("Aan", "MJenV")], "Aanbieding rapporten")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    header = ["Volgnummer", "Naam", "Informatie"]
    rows = [
        ("1", "Kamerbrief", "Ter ondertekening"),
        ("2", "Regeling", "Ter vaststelling"),
        ("3", "Uitvoeringstoets", "Ter informatie"),
        ("4", "Nota van toelichting", "Ter vaststelling"),
    ]
    columns = [79, 170, 330]

    def row(cells: Sequence[str], font: str) -> None:
        for x, text in zip(columns, cells, strict=True):
            page.text(x, page.y, text, font)
        page.y += 17

    row(header, BOLD)
    for k, cells in enumerate(rows):
        if k == 2:
            page.canvas.showPage()
            page.y = 157
            row(header, BOLD)
        row(cells, "Helvetica")
    nota = load_both(page.pdf())
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (int(n), name, info) for n, name, info in rows
    ]
    assert nota.unplaced == ()
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]


@pytest.mark.parametrize("kind_size", [9.5, 12])
def test_kind_line_above_a_bold_title_is_the_kind(kind_size: float) -> None:
    """A regular "Beslisnota" line under the label rows, above a bold two-line title: the kind,
    and the bold lines are the title (the kind word was the title and the title lines became two
    empty sections)."""
    data = _page_with_bold_lines(
        [
            (79, 236, "Beslisnota", "Helvetica", kind_size),
            (79, 256, "Evaluatie van de Wet op het College", BOLD, 14),
            (79, 274, "voor de rechten van de mens", BOLD, 14),
        ]
    )
    nota = load_both(data)
    assert nota.metadata.kind == "Beslisnota"
    assert nota.title == "Evaluatie van de Wet op het College voor de rechten van de mens"
    assert _headings(data) == ["Aanleiding", "Geadviseerd besluit"]


_BUDGET = [
    ("Bedragen x \u20ac 1 mln", "2025", "2026", "2027"),
    ("Uitvoeringskosten", "1,2", "2,5", "3,0"),
    ("Subsidies gemeenten", "10,0", "12,5", "15,0"),
    ("Totaal", "11,2", "15,0", "18,0"),
]
#: (a row starting "DG ..." would do as well in the layout, but the text parser takes such a
#: paragraph for a letterhead line)
_PARAPHS = [
    ("Paraaf", "Naam", "Datum"),
    ("Directeur", "A. Bakker", "3 maart 2024"),
    ("Directeur-generaal", "C. de Jong", "4 maart 2024"),
]


@pytest.mark.parametrize(
    ("table", "columns", "right_aligned", "bold_rows"),
    [(_BUDGET, [79, 300, 360, 420], True, {0, 3}), (_PARAPHS, [79, 200, 330], False, {0})],
    ids=["amounts", "paraphs"],
)
def test_bold_table_header_row_is_no_heading(
    table: list[tuple[str, ...]], columns: list[float], right_aligned: bool, bold_rows: set[int]
) -> None:
    """A bold row of cells at tab stops (a table's header, not the attachment table) is no section
    heading, and each row of the table stays apart: a paragraph per row (the header became a
    heading and the rows one paragraph)."""
    page = _nota_page([("Aan", "MFin")], "Verdeling van de middelen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Financi\u00eble gevolgen", BOLD)
    page.line("De kosten zijn als volgt verdeeld:")
    for r, cells in enumerate(table):
        font = BOLD if r in bold_rows else "Helvetica"
        for k, (x, text) in enumerate(zip(columns, cells, strict=True)):
            shift = page.canvas.stringWidth(text, font, page.size) if right_aligned and k else 0
            page.text(x - shift, page.y, text, font)
        page.y += page.lead
    page.y += 8
    page.para("De dekking komt uit artikel 3 van de begroting.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Financi\u00eble gevolgen"]
    assert [b.text for b in nota.sections[1].blocks] == [
        "De kosten zijn als volgt verdeeld:",
        *(" ".join(cells) for cells in table),
        "De dekking komt uit artikel 3 van de begroting.",
    ]


@pytest.mark.parametrize(
    "family", [("Helvetica", BOLD), ("Times-Roman", "Times-Bold")], ids=["helvetica", "times"]
)
def test_bold_lead_in_set_apart_without_a_space_character(family: tuple[str, str]) -> None:
    """A bold lead-in ("Gemeenten.") followed by the regular text one space's width further, with no
    space character between (each run placed on its own): two words (they were glued,
    "Gemeenten.Zij", as a space is narrower than the 0.3 em gap that splits words)."""
    regular, bold = family
    page = _nota_page([("Aan", "MBZK")], "Uitvoering van de regeling")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    lead = "Gemeenten."
    page.text(79, page.y, lead, bold)
    x = 79 + page.canvas.stringWidth(lead + " ", bold, page.size)
    page.text(x, page.y, "Zij voeren de regeling uit.", regular)
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[1].blocks] == ["Gemeenten. Zij voeren de regeling uit."]


def test_text_right_of_the_column_on_a_wider_later_page_is_kept() -> None:
    """A landscape page 2 with a table whose columns lie right of page 1's colofon column: no word
    is dropped as colofon (columns at x 480 and 620 were lost); page 2's own short colofon at the
    right edge, a repeat of page 1's, is still furniture."""
    page = _nota_page([("Aan", "MBZK")], "Overzicht van de maatregelen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    width, height = A4[1], A4[0]
    page.canvas.setPageSize((width, height))

    def text(x: float, top: float, s: str, font: str = "Helvetica", size: float = 9.5) -> None:
        page.canvas.setFont(font, size)
        page.canvas.drawString(x, height - top - 0.8 * size, s)

    text(700, 60, "Kenmerk", BOLD, 7)
    text(700, 70, "2024-0000098765", size=7)
    text(79, 60, "Planning", BOLD)
    rows = [
        ("Informatie gemeenten", "BZK en VNG", "1 januari 2025", "in voorbereiding"),
        ("Nieuwe aanvraagtermijn", "RVO", "1 april 2025", "gereed"),
    ]
    top = 84.0
    # ("Voortgang", not "Status": the text parser takes a known label ending a row for a colofon
    # label spliced into the body)
    for cells in [("Maatregel", "Uitvoerder", "Startdatum", "Voortgang"), *rows]:
        for x, cell in zip((79, 260, 480, 620), cells, strict=True):
            text(x, top, cell, BOLD if top == 84 else "Helvetica")
        top += 14
    text(79, top + 10, "De planning wordt elk kwartaal aan de Kamer gemeld.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Planning"]
    assert [b.text for b in nota.sections[1].blocks] == [
        "Maatregel Uitvoerder Startdatum Voortgang",
        *(" ".join(cells) for cells in rows),
        "De planning wordt elk kwartaal aan de Kamer gemeld.",
    ]
    assert nota.unplaced == ()


def test_bold_lead_in_with_a_colon_before_a_list_is_a_paragraph() -> None:
    """A bold line ending in a colon right before a bullet list ("Voordelen:") introduces the
    list: a paragraph, not a section heading; a bold line without the colon stays a heading."""
    page = _nota_page([("Aan", "MBZK")], "Uitvoering van de regeling")
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    page.line("Voordelen:", BOLD)
    items = ["minder administratieve lasten;", "snellere besluitvorming."]
    for item in items:
        page.text(97, page.y, "\u2022")
        page.line(item, x=115)
    page.y += 8
    page.line("Risico's", BOLD)
    page.para("Er zijn geen risico's.")
    nota = load_both(page.pdf())
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        (
            "Toelichting",
            (
                Paragraph(text=LOREM),
                Paragraph(text="Voordelen:"),
                ItemList(items=tuple(items), ordered=False),
            ),
        ),
        ("Risico's", (Paragraph(text="Er zijn geen risico's."),)),
    ]


def test_short_bold_lines_ending_in_a_stop_or_question_are_headings() -> None:
    """A bold question ("Wat vragen wij van u?"), a known heading with a full stop ("Toelichting.")
    and a short heading ending in an abbreviation ("Motie-Van der Plas c.s.") are headings, not
    emphasised sentences; a question right under a full last line of a paragraph ending a
    sentence (no gap above) does not continue it (it was glued onto the paragraph)."""
    first = "De financi\u00eble gevolgen worden gedekt binnen de bestaande begroting van het"
    last = "ministerie; er zijn geen extra middelen nodig voor de jaren 2025 tot en met 2028."
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOO")], "Herziening Regeling subsidies gemeenten")
    page.line("Wat is de aanleiding?", BOLD)
    page.para(LOREM)
    page.line("Toelichting.", BOLD)
    page.para("Het voorstel is afgestemd met de uitvoeringsorganisaties.")
    page.line("Motie-Van der Plas c.s.", BOLD)
    page.line(first)
    page.line(last)  # the page's longest line: full, and the question follows with no gap
    page.line("Wat vragen wij van u?", BOLD)
    page.para("Instemmen met het voorstel.")
    data = page.pdf()
    assert f"{last}\n" in marked(data)
    nota = load_both(data)
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Wat is de aanleiding?", [LOREM]),
        ("Toelichting.", ["Het voorstel is afgestemd met de uitvoeringsorganisaties."]),
        ("Motie-Van der Plas c.s.", [f"{first} {last}"]),
        ("Wat vragen wij van u?", ["Instemmen met het voorstel."]),
    ]


_TAB_HEADINGS = [
    ("A.", "Juridische aspecten", 121.5),
    ("II", "Uitvoering", 121.5),
    ("\u00a7 3", "Afweging van de opties", 121.5),
    ("Stap 2", "Consultatie gemeenten", 150),
    ("Bijlage 1", "Kamerbrief", 150),
]


def test_bold_headings_with_a_tab_after_the_number_are_headings() -> None:
    """A bold heading with a tab between its number, letter or label and its text ("A.  Juridische
    aspecten", "Bijlage 1  Kamerbrief") is no table header row (they became paragraphs); the
    bullets under such a heading are list items, not table rows written raw (the backends wrote
    the bullet glyph differently)."""
    page = _nota_page([("Aan", "MBZK")], "Herziening Regeling subsidies gemeenten")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    for number, text, x in _TAB_HEADINGS:
        page.text(79, page.y, number, BOLD)
        page.line(text, BOLD, x=x)
        page.para(f"Over {text.lower()} is overleg gevoerd.")
    page.text(79, page.y, "Deel B", BOLD)
    page.line("Financi\u00eble gevolgen", BOLD, x=150)
    for item in ["2025: \u20ac 12 mln;", "2026: \u20ac 15 mln."]:
        page.text(97, page.y, "\u2022")
        page.line(item, x=115)
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks if isinstance(b, Paragraph)]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        *((f"{n} {t}", [f"Over {t.lower()} is overleg gevoerd."]) for n, t, _ in _TAB_HEADINGS),
        ("Deel B Financi\u00eble gevolgen", []),
    ]
    assert nota.sections[-1].blocks == (
        ItemList(ordered=False, items=("2025: \u20ac 12 mln;", "2026: \u20ac 15 mln.")),
    )


def test_a_bold_heading_wrapped_at_the_body_leading_is_one_heading() -> None:
    """A long numbered heading whose second line, at the body's usual line gap under a hanging
    indent, goes on in lower case ("3.  Informatie die niet openbaar gemaakt kan worden op" /
    "grond van de Wet open overheid") is one heading (each line became a heading of its own);
    two headings on consecutive lines ("4.  Toelichting" / "4.1  Politieke context") stay two."""
    page = _nota_page([("Aan", "MSZW")], "Herziening van de Wet inburgering")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.text(79, page.y, "3.", BOLD)
    page.line("Informatie die niet openbaar gemaakt kan worden op", BOLD, x=110)
    page.line("grond van de Wet open overheid", BOLD, x=110)
    page.para("Niet van toepassing.")
    for number, text in [("4.", "Toelichting"), ("4.1", "Politieke context")]:
        page.text(79, page.y, number, BOLD)
        page.line(text, BOLD, x=110)
    page.para("Over de context is overleg gevoerd.")
    nota = load_both(page.pdf())
    assert [(s.number, s.heading) for s in nota.sections] == [
        (None, "Aanleiding"),
        ("3", "Informatie die niet openbaar gemaakt kan worden op grond van de Wet open overheid"),
        ("4", "Toelichting"),
        ("4.1", "Politieke context"),
    ]
    assert nota.sections[1].blocks == (Paragraph(text="Niet van toepassing."),)


def test_short_colofon_of_later_pages_at_body_size_is_furniture() -> None:
    """A later page's colofon set at the body's size is furniture when it repeats page 1's
    colofon, also with label and value on one line ("Kenmerk 2024-...") or on two where page 1
    has them on one, and when it gives the page ("Pagina 2", "Pagina 3/3"): those lines leaked
    into the body, spliced into its paragraphs."""
    page = Page()
    page.header([("Aan", "MBZK")])
    page.text(170, 268, "Herziening Regeling subsidies gemeenten")
    page.colofon([("Kenmerk", "2024-0000098765"), ("Datum 12 maart 2024", "")])
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    furniture = [
        [("Kenmerk 2024-0000098765", BOLD), ("Pagina 2", "Helvetica")],
        [("Datum", BOLD), ("12 maart 2024", "Helvetica"), ("Pagina 3/3", "Helvetica")],
    ]
    paragraphs = []
    for number, column in enumerate(furniture, 2):
        page.canvas.showPage()
        for k, (text, font) in enumerate(column):
            page.text(466, 100 + 14 * k, text, font)
        page.y = 100
        for k in range(3):
            paragraphs.append(f"Punt {number}.{k + 1}. {LOREM}")
            page.para(paragraphs[-1])
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM, *paragraphs])
    ]
    assert nota.unplaced == ()


def test_wrapped_note_line_starting_with_the_next_number_continues_the_note() -> None:
    """With raised note numbers, a note's wrapped line at the notes' left edge that starts with
    the next note's number ("2 juli 2024 ...") continues the note (it started note 2)."""
    notes = [
        (
            "Evaluatie van de regeling, verzonden aan de Kamer bij brief van",
            "2 juli 2024 (Kamerstukken II 2023/24, 31 322, nr. 512).",
        ),
        ("Zie ook het advies van de Raad van State.", None),
    ]
    page = _nota_page([("Aan", "MBZK")], "Jaarverslag AIVD 2023")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    top = 740.0
    for number, (text, wrapped) in enumerate(notes, 1):
        page.text(79, top - 2.5, str(number), "Helvetica", 5.5)
        page.text(84, top, text, "Helvetica", 8)
        if wrapped is not None:
            top += 10
            page.text(79, top, wrapped, "Helvetica", 8)
        top += 10
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == [
        (1, f"{notes[0][0]} {notes[0][1]}"),
        (2, notes[1][0]),
    ]


@pytest.mark.parametrize("stop", ["", "."], ids=["plain", "stop"])
def test_second_paragraph_in_a_table_cell_stays_in_its_row(stop: str) -> None:
    """A cell holding two paragraphs with an empty one between (a blank line inside the cell) keeps
    both: the line after the blank has no name, so it is no next row's first line (it moved to
    the next row)."""
    rows = [
        [[f"1{stop}"], ["Kamerbrief"], ["Ter ondertekening."]],
        [[f"2{stop}"], ["Uitvoeringstoets RVO"], ["Ter informatie.", "", "Niet openbaar (art. 5.1 Woo)."]],
        [[f"3{stop}"], ["Nota van toelichting"], ["Ter vaststelling."]],
    ]
    data = _table_page(["Nr.", "Naam", "Informatie"], rows, [79, 110, 250, 455], centred=False)
    nota = load_both(data)
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Kamerbrief", "Ter ondertekening."),
        (2, "Uitvoeringstoets RVO", "Ter informatie. Niet openbaar (art. 5.1 Woo)."),
        (3, "Nota van toelichting", "Ter vaststelling."),
    ]


def test_bold_ministry_name_above_the_label_rows_is_letterhead() -> None:
    """A bold line above the label rows (a ministry's name) is letterhead, not the title; the
    Onderwerp row gives the title (the name became the title and "NOTA" a section)."""
    ministry = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    page = Page()
    page.text(79, 150, ministry, BOLD)
    page.text(79, 180, "NOTA", BOLD, 14)
    rows = [("Aan:", "Minister van BZK"), ("Van:", "DGOO"), ("Onderwerp:", "Herziening subsidieregeling")]
    page.header(rows, top=210)
    page.y = 280
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Geadviseerd besluit", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    assert nota.title == "Herziening subsidieregeling"
    assert nota.metadata.letterhead == (ministry,)
    assert nota.metadata.kind == "NOTA"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]


def test_o_and_a_at_the_start_of_a_justified_line_are_words() -> None:
    """In justified text every word gap is wide: "o zo kwetsbare" or "a. d. Rijn" at a line start
    is text, not a list item; a marker's tab is wider than the line's own word gaps."""
    page = _nota_page([("Aan", "MBZK")], "Herziening van de regeling")
    page.line("Aanleiding", BOLD)
    page.line("De Kamer vond de vorige versie van de regeling te ingewikkeld voor kleine")
    for first, rest in (
        ("o", "zo kwetsbare gemeenten met een kleine ambtelijke staf"),
        ("a.", "d. Rijn en andere gemeenten aan de grote rivieren"),
    ):
        x = page.left
        for word in [first, *rest.split()]:  # justified: word gaps of about 9 pt
            page.text(x, page.y, word)
            x += page.canvas.stringWidth(word, "Helvetica", page.size) + 9.0
        page.y += page.lead
    page.line("die geen eigen juridische afdeling hebben.")
    nota = load_both(page.pdf())
    text = (
        "De Kamer vond de vorige versie van de regeling te ingewikkeld voor kleine o zo kwetsbare "
        "gemeenten met een kleine ambtelijke staf a. d. Rijn en andere gemeenten aan de grote rivieren "
        "die geen eigen juridische afdeling hebben."
    )
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=text),)]


def test_rows_after_an_onderwerp_row_are_no_title() -> None:
    """An "Onderwerp:" row gives the title; unknown label rows after it ("Ter kennisname aan:",
    "Vertrouwelijkheid:") are not written as a second title that overrides it."""
    page = Page()
    page.text(79, 180, "NOTA", BOLD, 14)
    rows = [
        ("Aan:", "Minister van BZK"),
        ("Van:", "DGOO"),
        ("Datum:", "4 maart 2024"),
        ("Onderwerp:", "Herziening subsidieregeling gemeenten"),
        ("Ter kennisname aan:", "SG, pSG"),
        ("Vertrouwelijkheid:", "Departementaal vertrouwelijk"),
    ]
    for k, (label, value) in enumerate(rows):
        page.text(79, 210 + 14 * k, label)
        page.text(170, 210 + 14 * k, value)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Herziening subsidieregeling gemeenten"
    assert nota.metadata.kind == "NOTA"
    assert "SG, pSG" in words(nota)


def test_words_placed_a_space_apart_without_space_characters_are_words() -> None:
    """On a page whose text has space characters, a line drawn word by word (positioned a space's
    width apart, no space character: the last line of a paragraph, a one-line paragraph) keeps its
    words apart; a space is 0.25-0.28 em, under the 0.3 em the gap rule asked for."""
    page = _nota_page([("Aan", "MSZW")], "Evaluatie van de regeling")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Kern", BOLD)
    x = page.left
    sentence = "Niet van toepassing op de uitvoering."
    for word in sentence.split():
        page.text(x, page.y, word)
        x += page.canvas.stringWidth(word + " ", "Helvetica", page.size)
    nota = load_both(page.pdf())
    assert nota.sections[-1].blocks == (Paragraph(text=sentence),)


@pytest.mark.parametrize(
    "lines",
    [
        ["Geannoteerde agenda Raad Algemene Zaken 23 september", "2025"],
        ["Geannoteerde agenda Raad Algemene Zaken van", "23 september in Brussel"],
    ],
)
def test_a_bold_title_wrapped_before_a_number_stays_whole(lines: list[str]) -> None:
    """A bold title whose second line starts with a number (a date, a year) is one title, not a
    title and a numbered section."""
    bold = [(79.0, 268.0 + 14 * k, text, BOLD, 11.0) for k, text in enumerate(lines)]
    nota = load_both(_page_with_bold_lines(bold))
    assert nota.title == " ".join(lines)
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["Aanpassing van de CBS-", "prognose voor de woningbouw"],
            "Aanpassing van de CBS-prognose voor de woningbouw",
        ),
        (
            ["Meer plaatsen in hbo-", "opleidingen voor leraren"],
            "Meer plaatsen in hbo-opleidingen voor leraren",
        ),
        (
            ["Vereenvoudiging van wet-", "en regelgeving voor gemeenten"],
            "Vereenvoudiging van wet- en regelgeving voor gemeenten",
        ),
        (
            ["Evaluatie van de subsidie-", "regeling voor gemeenten"],
            "Evaluatie van de subsidieregeling voor gemeenten",
        ),
    ],
)
def test_a_title_wrapped_at_a_hyphen_is_joined_as_a_paragraph_is(lines: list[str], title: str) -> None:
    """A title's lines are joined as the text reader re-flows a paragraph: the hyphen after a code
    ("CBS-") or where two vowels meet ("hbo-opleidingen") stays, a suspended compound keeps its
    space ("wet- en regelgeving"), a word split at the line end is one word again."""
    bold = [(79.0, 268.0 + 14 * k, text, BOLD, 11.0) for k, text in enumerate(lines)]
    nota = load_both(_page_with_bold_lines(bold))
    assert nota.title == title


def test_a_bold_title_above_the_label_rows_is_the_title() -> None:
    """Some templates print the subject in bold above the Aan/Van rows: with no other title in the
    header it is the title (a bold ministry's name there stays letterhead, tested above)."""
    page = Page()
    page.text(79, 160, "Herziening van de Regeling subsidies gemeenten", BOLD, 11)
    page.header([("Aan", "MBZK"), ("Van", "DGOO")])
    page.colofon(_COLOFON)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Herziening van de Regeling subsidies gemeenten"
    assert nota.metadata.letterhead == ()
    assert [(f.label, f.value) for f in nota.metadata.fields[:2]] == [("Aan", "MBZK"), ("Van", "DGOO")]


def test_a_bold_colofon_label_outside_the_vocabulary_is_a_field() -> None:
    """A bold colofon label the vocabulary does not know ("Paraaf DG") with its value below is a
    field as printed, not letterhead; a bold directorate's name over its address stays letterhead."""
    page = Page()
    page.header([("Aan", "MBZK"), ("Van", "DGOO")])
    page.text(170, 268, "Herziening van de regeling")
    page.colofon([*_COLOFON, ("Paraaf DG", "J. Jansen"), ("Akkoord minister", "..........")])
    page.text(466, 100, "Directie Bestuur", BOLD, 7)
    page.text(466, 110, "Postbus 20011", REGULAR, 7)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    fields = [(f.label, f.value) for f in nota.metadata.fields]
    assert ("Paraaf DG", "J. Jansen") in fields
    assert ("Akkoord minister", "..........") in fields
    assert not any(label == "Directie Bestuur" for label, _ in fields)


_BOXES = "\u2610\u2612\uf0a8\uf06f"


@pytest.mark.parametrize("box", list(_BOXES), ids=["ballot", "ticked", "wingdings", "wingdings-o"])
def test_check_box_glyphs_before_decision_options_are_list_items(box: str) -> None:
    """Check boxes set as glyphs ("☐", Wingdings' U+F0A8) before the options of a decision are
    list items that keep their box, as the text reader reads "☐ Akkoord" lines (the options
    became one paragraph, "☐ Akkoord ☐ Niet akkoord")."""
    font = glyph_font("VeraBoxes", _BOXES)
    page = _nota_page([("Aan", "MVWS")], "Regeling zorgbonus")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Beslissing minister", BOLD)
    options = ["Akkoord", "Niet akkoord", "Besproken"]
    for option in options:
        page.text(79, page.y, box, font)
        page.line(option, x=97)
    nota = load_both(page.pdf())
    assert nota.sections[-1].heading == "Beslissing minister"
    assert nota.sections[-1].blocks == (ItemList(items=tuple(f"{box} {o}" for o in options), ordered=False),)


_GALLERY_BULLETS = "\u25cb\u25e6\uf0fc\uf06e"


@pytest.mark.parametrize(
    "glyph", list(_GALLERY_BULLETS), ids=["circle", "white-bullet", "wingdings-tick", "wingdings-square"]
)
def test_circle_and_wingdings_bullets_are_list_items(glyph: str) -> None:
    """A word processor's gallery bullets ("○", "◦", Wingdings' tick U+F0FC and square U+F06E)
    set with a tab before items are a list, as "•" and "▪" are (the items became one paragraph,
    "○ de termijn ...; ○ extra ...")."""
    font = glyph_font("VeraGallery", _GALLERY_BULLETS)
    page = _nota_page([("Aan", "MAenM")], "Beslistermijn asielaanvragen")
    page.line("Opties", BOLD)
    options = ["de termijn verlengen;", "extra medewerkers werven;", "de dwangsom afschaffen."]
    for option in options:
        page.text(79, page.y, glyph, font)
        page.line(option, x=97)
    nota = load_both(page.pdf())
    assert nota.sections[-1].heading == "Opties"
    assert nota.sections[-1].blocks == (ItemList(items=tuple(options), ordered=False),)


def test_ligature_characters_read_as_one_word() -> None:
    """A ligature character ("ﬁ", U+FB01, as a word processor writes it): PDFium gives its
    letters at one origin, each as wide as its letter alone, and the word came apart ("fi
    nanciële"); such a page is read by the pdfplumber source, and the nota has the letters.
    (Vera has the ligatures; the font is registered as the check box tests register it.)"""
    page = Page()
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.text(79, page.y, "De \ufb01nanciële gevolgen zijn \ufb02ink.", glyph_font("VeraBoxes", _BOXES))
    data = page.pdf()
    nota = load_both(data)
    assert nota.sections[0].blocks[0].text == "De financiële gevolgen zijn flink."  # type: ignore[union-attr]


_SWAPPED = "\u6600\u6900\u7400\ucf00"  # "f", "i", "t" byte-swapped, "fi" summed


def test_byte_swapped_ligature_letters_read_as_letters() -> None:
    """A text layer re-written by Ghostscript gives a ligature's letters byte-swapped ("Betre昀琀",
    "e昀昀ect", "o昀케ce": U+6600 for "f", U+CF00 for "f" + "i"). Beside Latin letters they are the
    letters: the label is "Betreft" again, giving the title, and the words are whole."""
    font = glyph_font("VeraSwapped", _SWAPPED)
    page = Page()
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.text(79, 228, "Betre\u6600\u7400", font)
    page.text(170, 228, "Voortgang van het programma", font)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.text(79, page.y, "Het e\u6600\u6600ect op de o\u6600\ucf00ce is ge\u6600\u6900xeerd in 2024.", font)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [("Aan", "MBZK"), ("Van", "DGDOO")]
    assert nota.title == "Voortgang van het programma"
    assert [b.text for b in nota.sections[0].blocks] == ["Het effect op de office is gefixeerd in 2024."]


@pytest.mark.parametrize(("box_x", "spacing"), [(79, 0), (97, 0), (79, 6)])
def test_check_boxes_drawn_as_rectangles_before_options_are_list_items(box_x: float, spacing: float) -> None:
    """Check boxes drawn as rectangles (a legacy Word form field) leave no glyph: the options,
    lines at one indent with nothing left of them in the text, set evenly, are list items (they
    became one paragraph "Akkoord Niet akkoord Besproken", or a paragraph each when spaced); the
    paragraph above stays apart."""
    page = _nota_page([("Aan", "MJenV")], "Wijziging Besluit slachtofferzorg")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Geadviseerd besluit", BOLD)
    page.line("U wordt gevraagd te kiezen:")
    options = ["Akkoord met optie A (verhoging)", "Akkoord met optie B", "Niet akkoord"]
    for option in options:
        page.canvas.rect(box_x, 842 - page.y - 8, 7, 7, stroke=1, fill=0)
        page.line(option, x=box_x + 16)
        page.y += spacing
    page.y += 8
    page.line("Toelichting", BOLD)
    page.para("Het voorstel is uitvoerbaar.")
    nota = load_both(page.pdf())
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        ("Aanleiding", (Paragraph(text=LOREM),)),
        (
            "Geadviseerd besluit",
            (Paragraph(text="U wordt gevraagd te kiezen:"), ItemList(items=tuple(options), ordered=False)),
        ),
        ("Toelichting", (Paragraph(text="Het voorstel is uitvoerbaar."),)),
    ]


def test_an_indented_quote_of_short_lines_is_no_list() -> None:
    """An indented quote whose lines wrap a sentence (a line without final punctuation, the next
    starting in lower case) is one paragraph, not a list of its lines."""
    page = _nota_page([("Aan", "MSZW")], "Motie Van Kent")
    page.line("Aanleiding", BOLD)
    page.line("De Kamer heeft de volgende motie aangenomen:")
    quote = [
        "verzoekt de regering de AOW-leeftijd",
        "niet verder te verhogen dan 67 jaar",
        "en gaat over tot de orde.",
    ]
    for text in quote:
        page.line(text, x=110)
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks == (
        Paragraph(text="De Kamer heeft de volgende motie aangenomen: " + " ".join(quote)),
    )


@pytest.mark.parametrize("number", ["1/3", "Pagina 1 van 3", "Pagina 1/3"])
def test_page_number_in_the_colofon_is_no_part_of_a_value(number: str) -> None:
    """A page number at the bottom of page 1's colofon column is furniture, not more of the last
    value above it (the attachment count "2" read as "21/3")."""
    page = Page()
    page.header([("Aan", "MinDef")])
    page.text(170, 268, "Investeringsplan 2025")
    page.colofon([*_COLOFON, ("Bijlage(n)", "2")])
    page.text(466, 790, number, REGULAR, 7)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Bijlage(n)") == "2"
    assert nota.metadata.attachment_count == 2
    assert nota.unplaced == ()


@pytest.mark.parametrize("notes", [False, True], ids=["plain", "notes"])
def test_footer_of_a_one_page_nota_is_no_body_text(notes: bool) -> None:
    """A footer at the bottom of a one-page nota (set small, far below the text: "Dit document is
    actief openbaar gemaakt", the ministry's address, "Pagina 1 van 1" beside it) is no paragraph
    of the last section (furniture repeated on every page is dropped, but a one-page nota has no
    repeat): it is letterhead, and the page line gives the page count."""
    page = _nota_page([("Aan", "MFin"), ("Van", "DGRB")], "Voorjaarsnota 2025")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Kern", BOLD)
    page.para("De uitvoering is haalbaar.")
    if notes:
        page.text(79, 745, "1", REGULAR, 5.5)
        page.text(85, 747.5, "Kamerstukken II 2024/25, 36 600, nr. 12.", REGULAR, 8)
    page.text(79, 792, "Dit document is actief openbaar gemaakt", REGULAR, 7)
    page.text(79, 802, "Pagina 1 van 1", REGULAR, 7)
    page.text(300, 802, "Korte Voorhout 7 | 2511 CW Den Haag", REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Kern", ["De uitvoering is haalbaar."]),
    ]
    assert nota.metadata.letterhead == (
        "Dit document is actief openbaar gemaakt",
        "Korte Voorhout 7 | 2511 CW Den Haag",
    )
    assert nota.metadata.page_count == 1
    assert [f.text for f in nota.footnotes] == (["Kamerstukken II 2024/25, 36 600, nr. 12."] if notes else [])
    assert nota.unplaced == ()


_SIGNATURES = [
    [
        ("De Minister van Sociale Zaken", "De Staatssecretaris van Financi\u00ebn"),
        ("en Werkgelegenheid,", ""),
        ("", ""),
        ("", ""),
        ("drs. A. van Dijk", "mr. B. Jansen"),
    ],
    [("Akkoord minister", "Akkoord staatssecretaris"), ("..........................",) * 2, ("Datum:",) * 2],
    [
        ("De Minister van Justitie", "De Staatssecretaris van", "De Minister voor"),
        ("en Veiligheid,", "Justitie en Veiligheid,", "Rechtsbescherming,"),
        ("", "", ""),
        ("D. Yesilgoz", "E. van der Burg", "F. Weerwind"),
    ],
    [
        ("De Staatssecretaris van Infrastructuur", "Handtekening"),
        ("en Waterstaat,", ""),
        *[("", "")] * 4,
        ("V.L.W.A. Heijnen", "Datum:"),
    ],
]


@pytest.mark.parametrize("rows", _SIGNATURES, ids=["signatures", "paraphs", "three", "scanned"])
def test_signature_block_in_columns_is_read_column_by_column(rows: list[tuple[str, ...]]) -> None:
    """A signature or paraph block in columns at the end ("De Minister van ..." beside "De
    Staatssecretaris van ...") is a paragraph per column (the columns were interleaved row by
    row, and a "Datum:  Datum:" row became a field of the nota). The room for a scanned
    signature may be more than four lines (two centimetres: "scanned", the name under it and
    "Datum:" beside it were a row of their own)."""
    page = _nota_page([("Aan", "MSZW")], "Gezamenlijke brief armoedebeleid")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.y += 10
    xs = [79, 280] if len(rows[0]) == 2 else [79, 220, 360]
    for row in rows:
        for x, text in zip(xs, row, strict=True):
            if text:
                page.text(x, page.y, text)
        page.y += page.lead
    nota = load_both(page.pdf())
    columns = [" ".join(row[c] for row in rows if row[c]) for c in range(len(xs))]
    assert nota.sections[0].blocks == (Paragraph(text=LOREM), *(Paragraph(text=c) for c in columns))
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "MSZW"),
        *((label, value) for label, value in _COLOFON if value),
    ]


def _signature_page(rows: Sequence[str | None], *, own_page: bool = False, columns: bool = False) -> bytes:
    """A nota page with a paragraph under "Aanleiding", then ``rows`` (None: an empty line, the
    room for a signature) under a paragraph gap, or at the top of a page of their own; with
    ``columns`` each row is set again at x 280 (a second signatory beside the first)."""
    page = _nota_page([("Aan", "MBZK")], "Herziening van de subsidieregeling")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    if own_page:
        page.new_page(top=110)
    for row in rows:
        if row is not None:
            page.text(79, page.y, row)
            if columns:
                page.text(280, page.y, row)
        page.y += page.lead
    return page.pdf()


_OFFICE = ["De Minister van Binnenlandse Zaken", "en Koninkrijksrelaties,", None, None, None, "5.1.2e"]


_OFFICE_PARAGRAPH = "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, 5.1.2e"


@pytest.mark.parametrize(
    ("rows", "own_page", "expected"),
    [
        (_OFFICE, False, [_OFFICE_PARAGRAPH]),
        (_OFFICE, True, [_OFFICE_PARAGRAPH]),
        (
            ["De Staatssecretaris van Financi\u00ebn,", None, None, "drs. A. de Vries"],
            False,
            ["De Staatssecretaris van Financi\u00ebn, drs. A. de Vries"],
        ),
        (
            [
                "De Directeur Begrotingszaken,",
                None,
                None,
                None,
                "5.1.2e",
                "5.1.2e",
                None,
                "Na uw akkoord volgt.",
            ],
            False,
            ["De Directeur Begrotingszaken, 5.1.2e 5.1.2e", "Na uw akkoord volgt."],
        ),
    ],
    ids=["under-the-body", "own-page", "one-office-line", "name-in-two-lines"],
)
def test_signature_block_of_one_column_is_one_paragraph(
    rows: list[str | None], own_page: bool, expected: list[str]
) -> None:
    """A signature block of one column (the office's lines ending in a comma, the room for the
    signature, the name) is one paragraph, as each column of a block in columns is: the name
    ("5.1.2e", a redacted name) under the room was a paragraph of its own, under the body as on
    a page of its own. The name's lines end at the next gap."""
    nota = load_both(_signature_page(rows, own_page=own_page))
    assert [b.text for b in nota.sections[0].blocks] == [LOREM, *expected]


@pytest.mark.parametrize(
    "rows",
    [
        [
            "De Minister van Financi\u00ebn heeft ingestemd met de dekking binnen de begroting,",
            "zodat de brief na uw akkoord kan worden verzonden.",
            None,
            None,
            None,
            "5.1.2e",
        ],
        ["De Minister van Financi\u00ebn stemt in.", None, None, None, "5.1.2e"],
        ["De Minister van Financi\u00ebn,", None, "5.1.2e"],
    ],
    ids=["sentence", "full-stop", "paragraph-gap"],
)
def test_near_signature_of_one_column_keeps_its_paragraphs(rows: list[str | None]) -> None:
    """Near misses: a sentence that starts with an office ("De Minister van Financiën heeft
    ..."), an office line ending in a full stop, or an office line with only a paragraph's gap
    under it, over a paragraph blacked out ("5.1.2e"): the paragraphs stay as they are."""
    nota = load_both(_signature_page(rows))
    paragraphs = " ".join(r or "\n" for r in rows).split("\n")
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        *(" ".join(p.split()) for p in paragraphs if p.strip()),
    ]


def test_signature_block_in_two_columns_under_the_body_is_unchanged() -> None:
    """Near miss: a signature block in two columns (two offices beside each other) stays a
    paragraph per column, read column by column."""
    nota = load_both(_signature_page(_OFFICE, columns=True))
    office = " ".join(r for r in _OFFICE if r is not None)
    assert [b.text for b in nota.sections[0].blocks] == [LOREM, office, office]


def test_headings_set_larger_in_the_regular_font_are_headings() -> None:
    """Headings set in a larger regular font ("1. Aanleiding" at 12 pt over 9.5 pt text) are
    headings, also where other headings are bold (they were glued to the paragraph under them,
    "1. Aanleiding De Tweede Kamer ...", once a bold heading made the markup trusted)."""
    page = _nota_page([("Aan", "MFin")], "Belastingplan 2026")
    sections = [("1. Aanleiding", []), ("2. Toelichting", ["2.1 Budgettaire gevolgen", "2.2 Uitvoering"])]
    for heading, subs in sections:
        page.y += 4
        page.text(79, page.y, heading, REGULAR, 12)
        page.y += 18
        if not subs:
            page.para(LOREM)
        for sub in subs:
            page.line(sub, BOLD)
            page.para(f"Over {sub[4:].lower()} is overleg gevoerd.")
    nota = load_both(page.pdf())
    assert [(s.number, s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("1", "Aanleiding", [LOREM]),
        ("2", "Toelichting", []),
        ("2.1", "Budgettaire gevolgen", ["Over budgettaire gevolgen is overleg gevoerd."]),
        ("2.2", "Uitvoering", ["Over uitvoering is overleg gevoerd."]),
    ]


def test_a_page_of_few_lines_keeps_the_line_gap_of_the_page_before() -> None:
    """A last page with two lines (a table's last row, a paragraph under it after a gap): the gap
    between them is measured against the line gap of the pages before (on its own the page's
    one gap was "the usual", and the row and the paragraph became one)."""
    page = _nota_page([("Aan", "MinDef")], "Materieelprojecten")
    page.line("Aanleiding", BOLD)
    for _ in range(3):
        page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.y = 100
    page.line("Het laatste project wordt in 2027 opgeleverd")
    page.y += 12
    page.line("Alle bedragen zijn in miljoenen euro.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[-1].blocks] == [
        LOREM,
        "Het laatste project wordt in 2027 opgeleverd",
        "Alle bedragen zijn in miljoenen euro.",
    ]


_LEFT_COLOFON = [
    ("Datum", "3 maart 2015"),
    ("Kenmerk", "AV/IR/2015/3344"),
    ("Aan", "Minister"),
    ("Van", "Directie Arbeidsverhoudingen"),
    ("Bijlagen", "2"),
]


def test_colofon_in_a_left_column_gives_its_fields() -> None:
    """An older template with the colofon in a narrow column left of the body (bold 7 pt labels,
    values under them): its pairs are fields, and the body's lines are not spliced into them
    (rows mixed both columns: "AMainnister:", "Kenmerk: De Tweede Kamer heeft ...", and the
    body's lines became fields); on page 2 its short repeat is furniture."""
    page = Page(left=190, width=330)
    page.text(190, 40, "Ministerie van Sociale Zaken en Werkgelegenheid", REGULAR, 9)
    for k, (label, value) in enumerate(_LEFT_COLOFON):
        page.text(50, 150 + 24 * k, label, BOLD, 7)
        page.text(50, 159 + 24 * k, value, REGULAR, 7)
    page.text(190, 150, "Nota", BOLD, 16)
    page.text(190, 175, "Cao-overleg ambtenaren", BOLD, 11)
    page.y = 210
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Advies", BOLD)
    page.para("Akkoord gaan.")
    page.canvas.showPage()
    for k, (label, value) in enumerate(_LEFT_COLOFON[:2]):
        page.text(50, 150 + 24 * k, label, BOLD, 7)
        page.text(50, 159 + 24 * k, value, REGULAR, 7)
    page.y = 150
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == _LEFT_COLOFON
    assert nota.title == "Cao-overleg ambtenaren"
    assert nota.metadata.kind == "Nota"
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Advies", ["Akkoord gaan."]),
        ("Toelichting", [LOREM]),
    ]
    assert nota.unplaced == ()


def test_a_ministry_name_above_a_bold_title_is_letterhead() -> None:
    """With the label pairs in the colofon, the body's first lines are a ministry's name, a bold
    purpose line and a bold title: the name is letterhead and the bold block the title (the name
    was the title and the title a section)."""
    page = Page()
    page.text(79, 60, "Ministerie van Economische Zaken en Klimaat", REGULAR, 9.5)
    page.colofon([("Aan", "Minister"), ("Van", "DGKE"), ("Datum", "8 mei 2023")])
    page.text(79, 185, "TER BESLISSING", BOLD)
    page.text(79, 210, "Subsidieregeling warmtenetten", BOLD, 11)
    page.y = 250
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Subsidieregeling warmtenetten"
    assert nota.metadata.letterhead == ("Ministerie van Economische Zaken en Klimaat",)
    assert nota.metadata.purpose == "beslissing"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_footer_with_the_page_number_repeated_on_a_later_page_is_furniture() -> None:
    """A footer whose page line changes from page to page ("Turfmarkt 147   Pagina 2 van 2") is
    not dropped as a line repeated on every page; on page 2 its part that repeats page 1's footer
    is furniture too (it became a paragraph of the section on page 2)."""
    page = _nota_page([("Aan", "MJenV")], "Jeugdcriminaliteit")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    for number in (1, 2):
        if number == 2:
            page.canvas.showPage()
            page.y = 100
            page.line("Toelichting", BOLD)
            page.para("Het voorstel is uitvoerbaar.")
        page.text(79, 800, "Turfmarkt 147 | 2511 DP Den Haag", REGULAR, 7)
        page.text(400, 800, f"Pagina {number} van 2", REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Toelichting", ["Het voorstel is uitvoerbaar."]),
    ]
    assert nota.metadata.letterhead == ("Turfmarkt 147 | 2511 DP Den Haag",)
    assert nota.unplaced == ()


def test_a_classification_stamp_at_the_bottom_of_a_one_page_nota_is_no_heading() -> None:
    """A bold stamp in capitals far below the text of a one-page nota ("DEPARTEMENTAAL
    VERTROUWELIJK", at the body's size) is letterhead, not an empty section."""
    page = _nota_page([("Aan", "MinDef")], "Inzet F-35")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.text(200, 800, "DEPARTEMENTAAL VERTROUWELIJK", BOLD)
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [("Aanleiding", [LOREM])]
    assert nota.metadata.letterhead == ("DEPARTEMENTAAL VERTROUWELIJK",)


def test_a_table_of_amounts_continued_on_the_next_page_keeps_its_rows_apart() -> None:
    """The rows of a table with a bold header row that runs on over a page break stay a
    paragraph each on the next page (they were joined into one paragraph there)."""
    page = _nota_page([("Aan", "MinDef")], "Materieelprojecten")
    page.line("Financi\u00eble gevolgen", BOLD)
    page.para(LOREM)
    rows = [("Project", "2025", "2026"), *((f"Project {k}", f"{k},5", f"{k + 1},0") for k in range(1, 9))]
    page.y = 700
    for r, cells in enumerate(rows):
        if page.y > 780:
            page.canvas.showPage()
            page.y = 100
        font = BOLD if r == 0 else REGULAR
        for k, (x, text) in enumerate(zip([79, 330, 400], cells, strict=True)):
            page.text(x - (page.canvas.stringWidth(text, font, page.size) if k else 0), page.y, text, font)
        page.y += page.lead
    page.y += 10
    page.para("Alle bedragen in miljoenen euro.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        *(" ".join(cells) for cells in rows),
        "Alle bedragen in miljoenen euro.",
    ]


def test_check_box_options_side_by_side_are_items_each() -> None:
    """Options set side by side on one line, each after its own check box glyph ("☐ Akkoord
    ☐ Niet akkoord"), are an item each (they were one item)."""
    font = glyph_font("VeraBoxes", _BOXES)
    page = _nota_page([("Aan", "MFin")], "Voorjaarsnota")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Besluit minister", BOLD)
    options = [(79, "Akkoord"), (200, "Niet akkoord"), (330, "Besproken")]
    for x, option in options:
        page.text(x, page.y, "\u2610", font)
        page.text(x + 14, page.y, option)
    nota = load_both(page.pdf())
    items = tuple(f"\u2610 {option}" for _, option in options)
    assert nota.sections[-1].blocks == (ItemList(items=items, ordered=False),)


def test_a_table_without_a_bold_header_keeps_its_rows_apart() -> None:
    """Three or more lines with cells at tab stops lined up (a table whose header row is not
    bold, or that has none) are a paragraph per row, as under a bold header row (they were one
    paragraph, "Partij Standpunt VNG positief Divosa ...")."""
    page = _nota_page([("Aan", "MSZW")], "Bijstand")
    page.line("Krachtenveld", BOLD)
    page.para(LOREM)
    rows = [
        ("Partij", "Standpunt"),
        ("VNG", "positief"),
        ("Divosa", "kritisch over de uitvoering"),
        ("FNV", "positief"),
    ]
    for first, second in rows:
        page.text(79, page.y, first)
        page.line(second, x=250)
    page.y += 8
    page.para("Het overleg gaat door.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        *(f"{a} {b}" for a, b in rows),
        "Het overleg gaat door.",
    ]


def test_one_line_paragraphs_with_a_first_line_indent_are_no_list() -> None:
    """Paragraphs set with a first-line indent and no gap between them, two of them one line
    long ("Dit is kort."), stay paragraphs: lines ending a sentence are no options of a list."""
    page = _nota_page([("Aan", "MFin")], "Toeslagen")
    page.line("Aanleiding", BOLD)
    lines = [
        "De Tweede Kamer heeft de regering verzocht om voor de zomer een voorstel te",
        "doen voor de herziening van de regeling. Met deze nota leg ik u het voorstel voor",
        "en vraag ik uw akkoord.",
    ]
    long = " ".join(lines)
    texts = [long, "Dit is kort.", "Ook dit is kort.", long]
    for text in texts:
        if text == long:
            page.line(lines[0], x=99)
            page.line(lines[1])
            page.line(lines[2])
        else:
            page.line(text, x=99)
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks == tuple(Paragraph(text=t) for t in texts)


@pytest.mark.parametrize("box", ["\u2610", None], ids=["glyph", "rectangle"])
def test_a_decision_block_above_the_label_rows_keeps_the_header(box: str | None) -> None:
    """A minister's decision block printed above the Aan/Van rows ("Besluit minister" and its
    options) does not end the header: the label rows are fields and the title is the title (the
    bold heading ended the header there, and both became body text); the block is the body's
    first section."""
    font = glyph_font("VeraBoxes", _BOXES)
    page = Page()
    page.colofon(_COLOFON)
    page.text(79, 130, "Beslisnota", REGULAR, 16)
    page.text(79, 160, "Besluit minister", BOLD)
    options = ["Akkoord", "Niet akkoord"]
    for k, option in enumerate(options):
        if box is None:
            page.canvas.rect(79, 842 - (174 + 14 * k) - 8, 7, 7)
        else:
            page.text(79, 174 + 14 * k, box, font)
        page.text(95, 174 + 14 * k, option)
    page.header([("Aan", "MinOCW"), ("Van", "DGPV")], top=220)
    page.text(170, 262, "Lerarenbeurs 2026")
    page.y = 310
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Lerarenbeurs 2026"
    assert nota.metadata.kind == "Beslisnota"
    assert [(f.label, f.value) for f in nota.metadata.fields][:2] == [("Aan", "MinOCW"), ("Van", "DGPV")]
    items = tuple(f"{box} {o}" if box else o for o in options)
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        ("Besluit minister", (ItemList(items=items, ordered=False),)),
        ("Aanleiding", (Paragraph(text=LOREM),)),
    ]


def test_side_headings_beside_their_paragraphs_are_headings() -> None:
    """Headings set in a column left of the text, on the row of their paragraph's first line
    ("Aanleiding   De Tweede Kamer ..."): a heading and a paragraph (the header took them for
    label rows, "Aanleiding:", and the Aan/Van rows and the title became a paragraph)."""
    page = Page(left=200, width=330)
    page.colofon(_COLOFON)
    page.header([("Aan", "MinFin"), ("Van", "DGRB")], top=205, value_x=260)
    page.text(200, 250, "Voorjaarsnota 2026")
    page.y = 290
    texts = {"Aanleiding": LOREM, "Kern": "Het voorstel is uitvoerbaar.", "Uitvoering en planning": LOREM}
    for heading, text in texts.items():
        page.text(79, page.y, heading, BOLD)
        page.para(text)
    nota = load_both(page.pdf())
    assert nota.title == "Voorjaarsnota 2026"
    assert [(f.label, f.value) for f in nota.metadata.fields][:2] == [("Aan", "MinFin"), ("Van", "DGRB")]
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        (heading, [text]) for heading, text in texts.items()
    ]


def test_bold_terms_before_descriptions_at_a_tab_stop_are_no_side_headings() -> None:
    """Bold terms with their descriptions at a tab stop ("Optie A   Verhoging van ..."), in a
    body whose text starts at the margin, are no side headings: the descriptions do not start
    where the text does."""
    page = _nota_page([("Aan", "MOCW")], "Studiefinanciering")
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    options = [
        ("Optie A", "Verhoging van de basisbeurs met honderd euro"),
        ("Optie B", "Rentekorting op de lening"),
    ]
    for term, text in options:
        page.text(79, page.y, term, BOLD)
        page.line(text, x=170)
    page.y += 8
    page.para("Wij adviseren optie A.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Toelichting"]
    assert all(f"{t} {x}" in words(nota) for t, x in options)


@pytest.mark.parametrize("ems", [1.8, 2.5])
def test_label_rows_at_a_near_tab_stop_are_fields(ems: float) -> None:
    """Aan/Van values at a tab stop closer than three ems ("Aan" and its value 1.5 cm from the
    margin, as a word processor's template sets them): fields, and the bold line under the
    header the title. They were read as the title's lines and the title became a section."""
    page = Page(size=9.0)
    value_x = 79 + page.canvas.stringWidth("Aan", REGULAR, 9.0) + ems * 9.0
    page.header([("Aan", "Staatssecretaris van BZK"), ("Van", "DGOO")], value_x=value_x)
    page.colofon(_COLOFON)
    page.text(79, 250, "TER BESLISSING", BOLD)
    page.text(79, 275, "Aanpassing Besluit gemeentelijke uitkeringen", BOLD)
    page.y = 310
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    fields = [(f.label, f.value) for f in nota.metadata.fields]
    assert ("Aan", "Staatssecretaris van BZK") in fields
    assert ("Van", "DGOO") in fields
    assert nota.title == "Aanpassing Besluit gemeentelijke uitkeringen"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_a_label_of_two_words_at_a_near_tab_stop_is_a_field() -> None:
    """ "Kopie aan" under Aan and Van, its value at the same tab stop 2.5 cm from the margin
    (under three ems after "Kopie aan"): a field like the rows above it. It was the title, and
    the bold title a section."""
    page = Page(size=10.0)
    page.header(
        [("Aan", "Minister voor Rechtsbescherming"), ("Van", "DGSenB"), ("Kopie aan", "SG, pSG")], value_x=150
    )
    page.colofon(_COLOFON)
    page.text(79, 250, "TER ONDERTEKENING", BOLD)
    page.text(79, 275, "Kamerbrief over het toezicht door de reclassering", BOLD)
    page.y = 310
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    fields = [(f.label, f.value) for f in nota.metadata.fields]
    assert fields[:3] == [
        ("Aan", "Minister voor Rechtsbescherming"),
        ("Van", "DGSenB"),
        ("Kopie aan", "SG, pSG"),
    ]
    assert nota.title == "Kamerbrief over het toezicht door de reclassering"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_addressee_sentence_above_label_rows_is_the_first_field() -> None:
    """ "Aan de minister van ..." as a sentence on the main column's first line, label rows at a
    tab stop under it ("Via  SG"): the Aan field comes first, as printed. It was read after the
    colofon, the last of the fields."""
    page = Page()
    page.text(79, 186, "Aan de minister van Sociale Zaken en Werkgelegenheid")
    page.header([("Via:", "SG"), ("Nota actief openbaar:", "Ja")], value_x=200)
    page.colofon(_COLOFON)
    page.text(79, 250, "ter besluitvorming", BOLD)
    page.text(79, 275, "Verkenning afschaffing jeugdlonen", BOLD)
    page.y = 310
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    fields = [(f.label, f.value) for f in nota.metadata.fields]
    assert fields[:3] == [
        ("Aan", "de minister van Sociale Zaken en Werkgelegenheid"),
        ("Via", "SG"),
        ("Nota actief openbaar", "Ja"),
    ]
    assert nota.title == "Verkenning afschaffing jeugdlonen"


def test_a_wide_addressee_sentence_without_label_rows_does_not_end_the_header() -> None:
    """ "Aan de staatssecretaris van ..." as wide as most of the text, the only head line: the Aan
    field, and the purpose and bold title under it the header's. The wide line ended the header
    (as a paragraph's line would): the purpose and the title became sections, the nota had no
    title and no Aan."""
    page = Page()
    page.text(79, 200, "Aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties")
    page.colofon(_COLOFON[1:])
    page.text(79, 222, "TER KENNISNAME", BOLD)
    page.text(79, 244, "Capaciteit Huurcommissie in 2024 en 2025", BOLD)
    page.y = 280
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee == "de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"
    assert nota.metadata.purpose == "kennisname"
    assert nota.title == "Capaciteit Huurcommissie in 2024 en 2025"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


@pytest.mark.parametrize(
    "addressee",
    [
        ["Aan de Minister van Landbouw, Visserij, Voedselzekerheid en Natuur"],
        [
            "Aan de Minister van Landbouw, Visserij, Voedselzekerheid en Natuur en de",
            "Staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur",
        ],
    ],
)
def test_an_addressee_sentence_under_a_wordmark_set_as_text(addressee: list[str]) -> None:
    """The ministry's wordmark set as text at the top of the page, "Aan de Minister van ..." on a
    line of its own under it (or wrapped onto a second line), the purpose and a bold title below:
    the Aan field, the wordmark letterhead. The wordmark's lines were taken for a title's first
    lines, so the addressee line became the title and the real title a section; the wrapped
    sentence ended the header (the purpose and the title were sections, no Aan)."""
    page = Page(size=8.5)
    page.text(306, 40, "Ministerie van Landbouw, Visserij,", size=10)
    page.text(306, 52, "Voedselzekerheid en Natuur", size=10)
    for k, line in enumerate(addressee):
        page.text(79, 150 + 12 * k, line)
    page.colofon(_COLOFON[1:])
    page.text(79, 190, "TER INFORMATIE", BOLD)
    page.text(79, 210, "Voortgang Lbv-plus", BOLD)
    page.y = 240
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.fields[0] == Field(label="Aan", value=" ".join(addressee).removeprefix("Aan "))
    assert nota.metadata.purpose == "informatie"
    assert nota.metadata.letterhead == ("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",)
    assert nota.title == "Voortgang Lbv-plus"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_an_addressee_sentence_ended_on_its_line_does_not_take_the_subject_under_it() -> None:
    """The wordmark set as text, "Aan de Minister van Klimaat en Groene Groei" on its line and the
    subject right under it in the same regular type, no gap between: the addressee is the first
    line alone (it ended short of the column's edge, on no open word), the subject the title. The
    subject was read as the addressee sentence's wrapped rest: one Aan value, no title."""
    page = Page(size=8.5)
    page.text(306, 40, "Ministerie van Klimaat en", size=10)
    page.text(306, 52, "Groene Groei", size=10)
    page.text(79, 150, "Aan de Minister van Klimaat en Groene Groei")
    page.text(79, 162, "Subsidie voor de verduurzaming van de glastuinbouw")
    page.colofon(_COLOFON)
    page.y = 210
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.fields[0] == Field(label="Aan", value="de Minister van Klimaat en Groene Groei")
    assert nota.title == "Subsidie voor de verduurzaming van de glastuinbouw"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_a_paragraph_opening_with_aan_de_minister_is_no_addressee() -> None:
    """A paragraph right under the title whose first line opens "Aan de minister van ...", its
    next line right under it: body text, not the Aan field (an addressee sentence stands on its
    own, a gap or a label row under it, and before the title). The paragraph's first two
    sentences were the Aan field's value."""
    page = Page()
    page.header([("Van", "DGRB")])
    page.colofon(_COLOFON[1:])
    page.text(79, 230, "Eindejaarsmarge 2024", BOLD)
    page.y = 260
    page.para(
        "Aan de minister van Financiën is op 3 maart gevraagd om een besluit over de eindejaarsmarge "
        "van de departementen. Met deze nota leg ik u het voorstel voor en vraag ik uw akkoord."
    )
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee is None
    assert nota.title == "Eindejaarsmarge 2024"
    first = nota.sections[0].blocks[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("Aan de minister van Financiën is op 3 maart gevraagd")


def test_a_title_starting_with_a_label_word_stays_the_title() -> None:
    """A title whose first word is a label word ("Van regeling naar wet"), its words at the usual
    gaps: no label row."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOO")], "Van regeling naar wet")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Van regeling naar wet"


def test_dash_lines_typed_by_hand_are_list_items() -> None:
    """Options typed as "- " lines (a dash and a word space, no tab) under a heading: a list.
    They were written as text lines and read as one paragraph ("- Akkoord ...; - Akkoord ...")."""
    page = _nota_page([("Aan", "MJenV"), ("Van", "DGRR")], "Reactie op het advies")
    page.line("Beslispunten", BOLD)
    page.line("- Akkoord met bijgaande reactie aan de Raad;")
    page.line("- Akkoord met publicatie van het advies.")
    page.y += page.lead
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks == (
        ItemList(
            items=("Akkoord met bijgaande reactie aan de Raad;", "Akkoord met publicatie van het advies."),
            ordered=False,
        ),
    )


def test_a_single_dash_line_in_a_paragraph_stays_text() -> None:
    """One line starting with a dash and a word space inside a paragraph (a dash used in the
    text, "– de minister –") is no list, nor are two when the first continues a sentence."""
    page = _nota_page([("Aan", "MJenV"), ("Van", "DGRR")], "Reactie op het advies")
    page.line("Aanleiding", BOLD)
    page.line("De Raad heeft advies uitgebracht en de betrokken partijen")
    page.line("\u2013 gemeenten en provincies \u2013 zijn daarover gehoord en zij")
    page.line("\u2013 ook de uitvoerders \u2013 steunen het voorstel in grote lijnen.")
    nota = load_both(page.pdf())
    assert [type(b).__name__ for b in nota.sections[0].blocks] == ["Paragraph"]


def test_a_bold_title_label_without_colon_gives_the_title() -> None:
    """ "Onderwerp" in bold on its own line, the subject under it as wide as the text: the subject
    is the title. The label was the title and the subject a paragraph."""
    page = Page()
    page.header([("Aan", "MJenV"), ("Van", "DGRR")])
    page.colofon(_COLOFON)
    page.text(79, 250, "Onderwerp", BOLD)
    subject = "Reactie op het advies van de Raad voor de rechtspraak over de digitale toegang tot de rechter"
    page.text(79, 250 + page.lead, subject)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == subject
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def _top_colofon_pages(later: list[tuple[str, str]]) -> bytes:
    """Two pages of a template that sets the colofon across the top of page 1 (bold 7 pt labels
    over their values, at the left margin) and repeats ``later`` of it at the top of page 2."""
    page = Page()
    first = [("Kenmerk", "IENW/BSK-2024/118302"), ("Datum", "22 februari 2024"), ("Bijlage(n)", "1")]
    page.stacked(first, x=page.left, top=60, step=26)
    page.header([("Aan", "Minister van IenW"), ("Van", "DGMI")], top=150)
    page.text(page.left, 190, "Beantwoording Kamervragen over PFAS", BOLD, 12)
    page.y = 220
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.stacked(later, x=page.left, top=60, step=26)
    page.y = 130
    page.line("Advies", BOLD)
    page.para(LOREM)
    return page.pdf()


def test_colofon_repeated_at_the_top_of_a_later_page_is_furniture() -> None:
    """The short colofon a template repeats at the top of page 2 (smaller than the body, lines of
    page 1) is page furniture; it was read as sections "Kenmerk" and "Datum" of the body."""
    nota = load_both(_top_colofon_pages([("Kenmerk", "IENW/BSK-2024/118302"), ("Datum", "22 februari 2024")]))
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert nota.metadata.date is not None
    assert nota.metadata.date.isoformat() == "2024-02-22"


def test_small_lines_at_the_top_of_a_later_page_that_page_1_lacks_are_kept() -> None:
    """Only lines repeated from page 1 are furniture: a changed value is text of the nota."""
    nota = load_both(_top_colofon_pages([("Kenmerk", "IENW/BSK-2024/999999")]))
    assert "IENW/BSK-2024/999999" in words(nota)


def test_colofon_column_printed_at_the_same_place_on_every_page_gives_page_1_its_fields() -> None:
    """A right-hand colofon at the top of both pages, at the same place: page 2's is furniture,
    page 1's are the fields (a line at the same place on every page used to be dropped everywhere)."""
    pairs = [("Kenmerk", "2024-0000096441"), ("Datum", "13 februari 2024")]
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGDOO")], "Inzet bij de Eurogroep")
    page.colofon(pairs, top=50)
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.colofon(pairs, top=50)
    page.y = 130
    page.line("Advies", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.reference == "2024-0000096441"
    assert nota.metadata.date is not None
    assert nota.metadata.date.isoformat() == "2024-02-13"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]


def _scanned_page(angle: float, font: str = REGULAR, bold: str = BOLD) -> bytes:
    """A nota page drawn turned by ``angle`` degrees about the page's middle, as the text layer
    of a page scanned at a slight angle sets its lines along the skew."""
    page = Page()
    if angle:
        page.canvas.translate(A4[0] / 2, A4[1] / 2)
        page.canvas.rotate(angle)
        page.canvas.translate(-A4[0] / 2, -A4[1] / 2)
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.text(79, 250, "Kamerbrief over de evaluatie van de subsidieregeling", font)
    page.colofon(_COLOFON)
    page.y = 300
    page.line("Aanleiding", bold)
    page.para(LOREM + " " + LOREM, font)
    page.line("Geadviseerd besluit", bold)
    page.para(LOREM, font)
    return page.pdf()


@pytest.mark.parametrize("angle", [0.4, -0.8, 1.5])
def test_lines_of_a_page_scanned_at_an_angle_are_levelled(angle: float) -> None:
    """An OCR layer sets each line of a skewed scan along its baseline (a turned text matrix):
    rows were cut where a line drifted into its neighbour's ("ove" / "r de", the halves in the
    wrong order), the left edges drifted, and the two sources gave different boxes for turned
    glyphs. The page reads as the level page, with both sources."""
    assert load_both(_scanned_page(angle)) == load_both(_scanned_page(0))


def _ocr_font() -> str:
    """reportlab's Vera registered under the name of Tesseract's OCR-layer font."""
    name = "GlyphLessFont"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
        font.face.name = TTFNameBytes(name.encode())
        pdfmetrics.registerFont(font)
    return name


def _ocr_head(ocr: str, addressee: str, sender: str) -> Page:
    """A page of an OCR layer (font ``ocr``) headed "Nota" with its Aan and Van rows."""
    page = Page()
    page.text(79, 120, "Nota", ocr, 16)
    for k, (label, value) in enumerate([("Aan", addressee), ("Van", sender)]):
        page.text(79, 160 + 14 * k, label, ocr, 10)
        page.text(170, 160 + 14 * k, value, ocr, 10)
    return page


def _ocr_aanleiding_page(ocr: str) -> Page:
    """A page of an OCR layer (font ``ocr``): Aan and Van rows, a title, and the heading
    "Aanleiding", the body to go under it."""
    page = Page()
    for k, (label, value) in enumerate([("Aan", "MBZK"), ("Van", "DGDOO")]):
        page.text(79, 200 + 14 * k, label, ocr, 10)
        page.text(170, 200 + 14 * k, value, ocr, 10)
    page.text(79, 250, "Kamerbrief over de evaluatie van de subsidieregeling", ocr, 10)
    page.y = 300
    page.line("Aanleiding", ocr)
    return page


def test_line_set_larger_in_an_ocr_layer_is_no_heading() -> None:
    """Tesseract sizes each line of its layer by the line's box, in whole points: most lines of a
    page come out at one size, so the layer looked like typeset text and a line whose box was
    taller (a signature, a redaction box read as letters) became a heading by its size."""
    ocr = _ocr_font()
    page = _ocr_aanleiding_page(ocr)
    page.para(LOREM + " " + LOREM, ocr)
    page.text(79, page.y + 10, "Akkoord minister", ocr, 10)
    page.text(79, page.y + 30, "J. de Vries", ocr, 13)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections if s.heading] == ["Aanleiding"]
    assert "J. de Vries" in words(nota)


_LONGEST = "De Tweede Kamer heeft de regering verzocht om voor de zomer een voorstel"
_FULL_END = "voorstel voor en vraag ik uw akkoord voor de uitvoering van de regeling."  # 23 pt short


def _paragraph_over_a_page_break(last: str, first: str) -> bytes:
    """A paragraph whose last line on page 1 is ``last`` and a line ``first`` atop page 2."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGDOO")], "Herziening van de regeling")
    page.line("Aanleiding", BOLD)
    for line in (_LONGEST, "te doen voor de herziening van de regeling. Met deze nota leg ik u het", last):
        page.line(line)
    page.canvas.showPage()
    page.y = 100
    page.line(first)
    page.y += page.lead
    page.line("Advies", BOLD)
    page.para(LOREM)
    return page.pdf()


@pytest.mark.parametrize(
    ("last", "first", "paragraphs"),
    [
        # the next page's first word ("Gemeenten", 50 pt) would not have fitted: the line is full
        (_FULL_END, "Gemeenten steunen de hoofdlijnen van het voorstel.", 1),
        # "Zij" (10 pt) would have fitted after it: the paragraph ended on page 1
        (_FULL_END, "Zij steunen de hoofdlijnen van het voorstel.", 2),
        # a short last line ends its paragraph
        ("voorstel voor en vraag ik uw akkoord.", "Gemeenten steunen de hoofdlijnen van het voorstel.", 2),
    ],
)
def test_sentence_end_on_a_full_last_line_does_not_end_the_paragraph(
    last: str, first: str, paragraphs: int
) -> None:
    """A page's last line that ends a sentence ended the paragraph, also where the line was full
    and the paragraph went on on the next page (seen on a justified two-page nota)."""
    nota = load_both(_paragraph_over_a_page_break(last, first))
    blocks = nota.sections[0].blocks
    assert len(blocks) == paragraphs
    assert " ".join(b.text for b in blocks if isinstance(b, Paragraph)).endswith(first)


def test_a_list_item_on_a_full_last_line_does_not_take_the_next_page_s_paragraph() -> None:
    """A one-line list item ending a page ("1." at the margin, its text at a tab) is no paragraph
    line that runs on: the next page's paragraph was read as more of the item (found by the
    hypothesis hunt profile)."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGDOO")], "Herziening van de regeling")
    page.line("Aanleiding", BOLD)
    page.line(_LONGEST)
    page.text(page.left, page.y, "1.")
    page.text(page.left + 18, page.y, "te doen voor de herziening van de regeling en van de uitvoering.")
    page.canvas.showPage()
    page.y = 100
    page.line("Gemeenten steunen de hoofdlijnen van het voorstel.")
    page.y += page.lead
    page.line("Advies", BOLD)
    page.para(LOREM)
    blocks = load_both(page.pdf()).sections[0].blocks
    assert blocks[1:] == (
        ItemList(items=("te doen voor de herziening van de regeling en van de uitvoering.",), ordered=True),
        Paragraph(text="Gemeenten steunen de hoofdlijnen van het voorstel."),
    )


def _cover_and_page(*, title_on_page_2: bool) -> bytes:
    """A cover page (the ministry's name, the kind, the title; a page line at the bottom), then
    page 2 with the colofon at the right, the label rows and the sections."""
    page = Page()
    page.text(79, 120, "Ministerie van Onderwijs, Cultuur en Wetenschap", BOLD, 11)
    page.text(79, 260, "Nota", REGULAR, 28)
    page.text(79, 300, "Herziening bekostiging mbo-instellingen", REGULAR, 14)
    page.text(420, 800, "Pagina 1 van 2", REGULAR, 7)
    page.canvas.showPage()
    page.header([("Aan", "MOCW"), ("Van", "DGBVE")], top=150)
    page.text(79, 190, "TER BESLUITVORMING", BOLD)
    page.colofon([("Referentie", "48137608"), ("Datum", "16 januari 2024"), ("Bijlagen", "2")], top=145)
    page.y = 215
    if title_on_page_2:
        page.line("Herziening bekostiging mbo-instellingen", BOLD)
        page.y += 10
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Geadviseerd besluit", BOLD)
    page.para("Instemmen met de herziening.")
    page.text(420, 800, "Pagina 2 van 2", REGULAR, 7)
    return page.pdf()


@pytest.mark.parametrize("title_on_page_2", [True, False])
def test_a_cover_page_leaves_the_colofon_to_page_2(title_on_page_2: bool) -> None:
    """Page 1 holds only a letterhead, the kind and the title: the colofon column is page 2's,
    and so are the header's label rows (the colofon's lines were spliced into the body's, its
    bold labels read as sections)."""
    nota = load_both(_cover_and_page(title_on_page_2=title_on_page_2))
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "MOCW"),
        ("Van", "DGBVE"),
        ("Referentie", "48137608"),
        ("Datum", "16 januari 2024"),
        ("Bijlagen", "2"),
    ]
    assert nota.metadata.kind == "Nota"
    assert nota.metadata.letterhead[:1] == ("Ministerie van Onderwijs, Cultuur en Wetenschap",)
    assert nota.title == "Herziening bekostiging mbo-instellingen"
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Geadviseerd besluit", ["Instemmen met de herziening."]),
    ]


def test_an_enclosure_after_a_cover_page_has_the_file_s_page_and_its_own_count() -> None:
    """A Woo bundle's cover sheet, the nota on page 2, a second nota on page 3 (its Aan/Van head
    at the top). The cover is written at the top of page 2, so the marked text has a page fewer
    than the file: the enclosure's origin was page 2 and its page count 2 (up to the file's end
    counted from there)."""
    page = Page()
    page.text(79, 120, "Ministerie van Onderwijs, Cultuur en Wetenschap", BOLD, 11)
    page.text(79, 260, "Nota", REGULAR, 28)
    page.text(79, 300, "Herziening bekostiging mbo-instellingen", REGULAR, 14)
    page.canvas.showPage()
    page.header([("Aan", "MOCW"), ("Van", "DGBVE")], top=150)
    page.colofon([("Referentie", "48137608"), ("Datum", "16 januari 2024")], top=145)
    page.y = 215
    page.line("Herziening bekostiging mbo-instellingen", BOLD)
    page.y += 10
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.header([("Aan", "DGBVE"), ("Van", "Directie Financiën")], top=120)
    page.text(79, 170, "Financiële gevolgen van de herziening", BOLD)
    page.y = 200
    page.line("Aanleiding", BOLD)
    page.para("Op verzoek van DGBVE zijn de kosten van de herziening geraamd.")
    nota = load_both(page.pdf())
    assert nota.metadata.page_count == 3
    (second,) = nota.enclosures
    assert second.title == "Financiële gevolgen van de herziening"
    assert second.origin is not None
    assert second.origin.page == 3
    assert second.metadata.page_count == 1


def test_a_bold_line_over_a_bold_heading_is_the_title_without_known_headings() -> None:
    """A list of questions and answers (bound in after a nota, its own colofon): no label rows,
    a bold title, then bold headings "Vraag 1" / "Antwoord 1" that no vocabulary knows. A bold
    block is the title only with a known heading after it: the title was read as a section
    heading over no text, the title left empty."""
    page = Page()
    page.colofon(_COLOFON)
    page.y = 160
    page.line("Vragen en antwoorden bij het debat over de Awb", BOLD)
    page.y += 12
    page.line("Vraag 1", BOLD)
    page.para("Wanneer wordt de wet geëvalueerd?")
    page.line("Antwoord 1", BOLD)
    page.para("Vijf jaar na de inwerkingtreding.")
    nota = load_both(page.pdf())
    assert nota.title == "Vragen en antwoorden bij het debat over de Awb"
    assert [s.heading for s in nota.sections] == ["Vraag 1", "Antwoord 1"]


def test_a_colofon_in_the_right_half_of_a_header_table_is_the_colofon() -> None:
    """A header table split in halves puts the colofon at half the page width, left of where the
    column is looked for (55 %): its small lines, known labels among them, at one x are still the
    colofon (they were spliced into the header's rows, the labels read as sections)."""
    page = Page(size=10)
    page.text(79, 110, "Nota", BOLD)
    page.text(79, 140, "Aan: Minister van VWS")
    page.text(79, 154, "Van: Directeur Langdurige Zorg")
    page.text(79, 182, "Uitvoering motie-Bikker over", BOLD)
    page.text(79, 196, "mantelzorgondersteuning", BOLD)
    page.colofon(
        [("Kenmerk", "3819472-1062281-LZ"), ("Datum", "12 maart 2024"), ("Afgestemd met", "CZ, FEZ, WJZ")],
        x=302,
        top=110,
    )
    page.y = 240
    page.line("TER BESLUITVORMING", BOLD)
    page.line("1. Aanleiding", BOLD)
    page.width = 430
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van VWS"),
        ("Van", "Directeur Langdurige Zorg"),
        ("Kenmerk", "3819472-1062281-LZ"),
        ("Datum", "12 maart 2024"),
        ("Afgestemd met", "CZ, FEZ, WJZ"),
    ]
    assert nota.title == "Uitvoering motie-Bikker over mantelzorgondersteuning"
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [("Aanleiding", [LOREM])]


def test_a_decision_block_among_the_sections_stays_in_its_place() -> None:
    """A minister's decision block after the first section ("Aanleiding", then "Besluit minister",
    its options and lines to sign, "Paraaf minister:" / "Datum:") stays where it is printed: it
    was taken for a block above the label rows and moved before "Aanleiding"."""
    font = glyph_font("VeraBoxes", _BOXES)
    page = _nota_page([("Aan", "SGDEF"), ("Van", "DMO")], "Verlenging contract onderhoud")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Besluit minister", BOLD)
    options = ["Akkoord", "Niet akkoord"]
    for option in options:
        page.text(79, page.y, "\u2610", font)
        page.text(95, page.y, option)
        page.y += page.lead
    page.y += page.lead
    for label in ("Paraaf minister:", "Datum:"):
        page.text(79, page.y, label)
        page.text(190, page.y, "_" * 30)
        page.y += 2 * page.lead
    page.line("Toelichting", BOLD)
    page.para("Het contract loopt af.")
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields][:2] == [("Aan", "SGDEF"), ("Van", "DMO")]
    assert [f.label for f in nota.metadata.fields].count("Datum") == 1  # (the colofon's)
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        ("Aanleiding", (Paragraph(text=LOREM),)),
        (
            "Besluit minister",
            (
                ItemList(items=tuple(f"\u2610 {o}" for o in options), ordered=False),
                Paragraph(text="Paraaf minister: " + "_" * 30),
                Paragraph(text="Datum: " + "_" * 30),
            ),
        ),
        ("Toelichting", (Paragraph(text="Het contract loopt af."),)),
    ]


def _ocr_mono_font() -> str:
    """reportlab's Vera with every glyph half an em wide, under an OCR-layer font's name: as in
    Tesseract's glyph-less font, the characters of a word are of one width."""
    name = "GlyphLessFontMono"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
        font.face.name = TTFNameBytes(name.encode())
        for code in list(font.face.charWidths):
            font.face.charWidths[code] = 500
        pdfmetrics.registerFont(font)
    return name


def _ocr_word(page: Page, x: float, top: float, word: str, width: float, *, size: float = 10) -> None:
    """One word of an invisible OCR layer (text render mode 3), stretched to ``width`` as an OCR
    engine stretches each word it read to the word's box, in a line box ``size`` high."""
    font = _ocr_mono_font()
    natural = page.canvas.stringWidth(word + " ", font, size)
    text = page.canvas.beginText(x, A4[1] - top - 0.8 * size)
    text.setTextRenderMode(3)
    text.setFont(font, size)
    text.setHorizScale(100 * width / natural)
    text.textOut(word + " ")
    page.canvas.drawText(text)


def test_ocr_words_set_over_each_other_stay_apart() -> None:
    """An OCR engine gave a title's first word a box as wide as the whole line (a highlighted
    line), so the line's other words lie inside it; sorted by x0 their letters interleaved
    ("KamNearbwrie..."). Each word of the layer, a run of letters with no gap, is read whole."""
    page = Page()
    rows = [(79, 200, "Aan", 20), (170, 200, "MBZK", 30), (79, 214, "Van", 20), (170, 214, "DGDOO", 35)]
    for x, top, word, width in rows:
        _ocr_word(page, x, top, word, width)
    title = ["Kamerbrief", "over", "de", "evaluatie", "van", "de", "subsidieregeling"]
    _ocr_word(page, 79, 250, title[0], 250)
    x = 135.0
    for word in title[1:]:
        _ocr_word(page, x, 250, word, 5.5 * len(word))
        x += 5.5 * len(word) + 4
    _ocr_word(page, 79, 300, "Aanleiding", 45)
    for k, word in enumerate(["De", "Kamer", "vraagt", "om", "een", "voorstel."]):
        _ocr_word(page, 79 + 45 * k, 320, word, 40)
    data = page.pdf()
    load_both(data)  # (the two character sources agree)
    assert "Kamerbrief over de evaluatie van de subsidieregeling" in marked(data)


@pytest.mark.parametrize("value", ["Minister van Onderwijs, Cultuur en Wetenschap", ""])
def test_label_alone_on_its_line_without_a_colon(value: str) -> None:
    """ "Aan" alone on its line with its value under it, or "Van" with its value blacked out
    (nothing under it), is a label: it was taken for the title, the bold title under the purpose
    line becoming a section or a paragraph."""
    page = Page()
    page.text(79, 150, "Aan")
    page.text(79, 163, "Minister van Onderwijs, Cultuur en Wetenschap")
    page.text(79, 190, "Van")
    if value:
        page.text(79, 203, value)
    page.text(79, 230, "TER ADVISERING", BOLD)
    page.text(79, 255, "Advies over de bekostiging van het middelbaar beroepsonderwijs in 2022", BOLD)
    page.colofon(_COLOFON[1:])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Advies over de bekostiging van het middelbaar beroepsonderwijs in 2022"
    assert nota.metadata.fields[:2] == (
        Field(label="Aan", value="Minister van Onderwijs, Cultuur en Wetenschap"),
        Field(label="Van", value=value),
    )
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_label_row_at_a_narrow_tab_stop_as_wide_as_the_text() -> None:
    """A label table whose last row, "Onderwerp" and the subject at a tab stop two and a half ems
    away, is as wide as the text: the row is a label row, not a full-width line ending the
    header (the subject was a paragraph, the purpose line under it a heading)."""
    page = Page()
    rows = [("Aan", "de minister van Volksgezondheid, Welzijn en Sport"), ("Datum", "3 november 2020")]
    rows += [("Onderwerp", "Beantwoording Kamervragen over de testcapaciteit in de regio Limburg")]
    page.header(rows, top=150, value_x=150)
    page.text(79, 210, "TER BESLISSING", BOLD)
    page.y = 240
    page.line("Aanleiding", BOLD)
    page.para(LOREM + " " + LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Beantwoording Kamervragen over de testcapaciteit in de regio Limburg"
    assert nota.metadata.purpose == "beslissing"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


@pytest.mark.parametrize("lines", [1, 2])
def test_title_after_the_purpose_line_in_an_ocr_layer(lines: int) -> None:
    """An OCR layer gives no bold: the title under the purpose line, as wide as the text, set
    apart by gaps and with a known heading right under it, is the title (it was a paragraph and
    the nota had none)."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister voor Medische Zorg", ocr, 10)
    page.text(79, 164, "Van: DGOBDR", ocr, 10)
    page.text(79, 190, "TER BESLUITVORMING", ocr, 10)
    title = ["Nota over de verlenging van de subsidieregeling mondzorg voor jongeren", "en ouderen"]
    for k in range(lines):
        page.text(79, 215 + 13 * k, title[k], ocr, 10)
    page.y = 260
    page.line("Aanleiding", ocr)
    page.para(LOREM + " " + LOREM, ocr)
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == " ".join(title[:lines])
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]


def _ocr_body_page(
    ocr: str,
    title: str,
    aan: str = "Minister van Buitenlandse Zaken",
    van: str = "DGES",
    colofon: Sequence[tuple[str, str]] = (),
) -> Page:
    """A page of an OCR layer with two label rows (Aan, Van) and a title, the body starting below
    them; ``colofon`` pairs stacked in the right column, when given."""
    page = Page()
    if colofon:
        page.stacked(list(colofon), fonts=(ocr, ocr))
    page.text(79, 150, f"Aan: {aan}", ocr, 10)
    page.text(79, 164, f"Van: {van}", ocr, 10)
    page.text(79, 190, title, ocr, 10)
    page.y = 230
    return page


def test_bullets_misread_in_an_ocr_layer() -> None:
    """An OCR engine reads a bullet glyph as "«", "*", "+" or "e" (a tab's width before the
    item's text), or glues a "«" to the text: the lines are list items without the misread
    mark (it was kept in the item's text, or the items were one paragraph)."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Kamerbrief over de subsidieregeling mondzorg", aan="Minister voor Medische Zorg", van="DGOBDR"
    )
    page.line("Kernpunten", ocr)
    items = ["De regeling loopt af.", "Verlenging kost 4,5 miljoen euro.", "De Kamer is positief."]
    items += ["Er volgt een brief.", "In 2021 hadden 245 gemeenten een regeling."]
    for mark, item in zip(["\u00ab", "e", "*", "+"], items, strict=False):
        page.text(92, page.y, mark, ocr, 10)
        page.text(110, page.y, item, ocr, 10)
        page.y += page.lead
    page.text(92, page.y, "\u00ab" + items[4], ocr, 10)
    page.y += 2 * page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Kernpunten", "Toelichting"]
    assert nota.sections[0].blocks == (ItemList(items=tuple(items)),)


def test_values_misread_in_an_ocr_layer() -> None:
    """OCR confusions that the field or pattern makes certain are repaired: a count read as a
    letter under "Bijlage(n)" ("L"), a boxed ground code whose edge was read as a letter
    ("5.1.2el"), the chamber after "Kamerstukken" ("Il") and a zaak number with its Z read as a
    2 ("2022208812") in a footnote citing parliament. A reference of ten digits in the colofon
    and "Bijlage I", an appendix's heading, are kept."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister van Landbouw, Natuur en Voedselkwaliteit", ocr, 10)
    page.text(79, 164, "Van: 5.1.2el", ocr, 10)
    page.text(79, 190, "TER BESLISSING", ocr, 10)
    page.stacked([("Kenmerk", "2022208812"), ("Datum", "17 mei 2022"), ("Bijlage(n)", "L")], fonts=(ocr, ocr))
    page.y = 230
    page.line("Aanleiding", ocr)
    page.para("Het lid Vestering heeft schriftelijke vragen gesteld over de opkoopregeling.", ocr)
    page.line("Bijlage I", ocr)
    page.para("De brief aan de Kamer over de regeling.", ocr)
    page.text(79, 745, "1", ocr, 5.5)
    page.text(85, 747.5, "Kamerstukken Il 2021/22, 2022208812.", ocr, 8)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Landbouw, Natuur en Voedselkwaliteit"),
        ("Van", "5.1.2e"),
        ("Kenmerk", "2022208812"),
        ("Datum", "17 mei 2022"),
        ("Bijlage(n)", "1"),
    ]
    assert [f.text for f in nota.footnotes] == ["Kamerstukken II 2021/22, 2022Z08812."]
    assert "Bijlage I" in words(nota)


def test_bullet_misread_close_to_its_text_in_an_ocr_layer() -> None:
    """A bullet set close to its item's text (less than a tab: a browser's list marker) that
    an OCR engine reads as "«" is a list mark when the item below has its bullet and its text at
    the same places ("« vierdaagse ..." over "* inzet ..."): the first item joins the list (it
    was a paragraph of its own with the "«" in its text). A "«" before a word with no list
    beside it stays text."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Verlenging van de noodmaatregelen lerarentekort", aan="Minister voor PVO", van="directeur PO"
    )
    page.line("Toelichting", ocr)
    page.para("Zonder verlenging moeten naar schatting 140 klassen een dag per week naar huis.", ocr)
    page.y += page.lead
    items = ["vierdaagse lesweek bij acute nood;", "inzet van onderwijsassistenten;", "grotere groepen."]
    for mark, item in zip(["\u00ab", "*", "*"], items, strict=True):
        page.text(76, page.y, mark, ocr, 10)
        page.text(85, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += 2 * page.lead
    page.line("Communicatie", ocr)
    page.text(79, page.y, "\u00ab Zo", ocr, 10)
    page.text(96, page.y, "gaat het niet verder\u00bb, schreef de bond in juni aan de Kamer.", ocr, 10)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Toelichting", "Communicatie"]
    assert nota.sections[0].blocks[1:] == (ItemList(items=tuple(items)),)
    assert "\u00ab Zo" in words(nota)


@pytest.mark.parametrize("read", ["o", "O"])
def test_count_of_none_read_as_a_letter_in_an_ocr_layer(read: str) -> None:
    """An OCR engine reads the 0 under "Bijlage(n)" as the letter o: the count is 0 (no count
    is a letter; the value was an item of a bullet list, counted as one attachment)."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister van Economische Zaken", ocr, 10)
    page.text(79, 164, "Van: DG Economie en Digitalisering", ocr, 10)
    rows = [("Kenmerk", "EDI / 24183377"), ("Datum", "4 juli 2024"), ("Bijlage(n)", read)]
    page.stacked(rows, fonts=(ocr, ocr))
    page.y = 230
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Bijlage(n)") == "0"
    assert nota.metadata.attachment_count == 0


@pytest.mark.parametrize("edge_x", [60, 73])
def test_table_edge_before_a_label_row_in_an_ocr_layer(edge_x: float) -> None:
    """An OCR engine reads the edge of a label table as "_" before a row's label ("_ Onderwerp:
    Uitstel ...", or glued: "_Onderwerp:"): the edge is dropped, so the row is a label row (the
    nota had no title, the row was letterhead)."""
    ocr = _ocr_font()
    page = Page()
    rows = [("Aan:", "de staatssecretaris van Financiën"), ("Datum:", "14 september 2021")]
    rows += [("Onderwerp:", "Uitstel invoering van de vernieuwde box 3-heffing")]
    for k, (label, value) in enumerate(rows):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(170, 150 + 14 * k, value, ocr, 10)
    page.text(edge_x, 150 + 14 * 2, "_", ocr, 10)
    page.y = 230
    page.line("Aanleiding", ocr)
    page.para(LOREM + " " + LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Uitstel invoering van de vernieuwde box 3-heffing"
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "de staatssecretaris van Financiën"),
        ("Datum", "14 september 2021"),
    ]


def test_a_colofon_stacked_above_the_label_rows_is_the_colofon() -> None:
    """A colofon stacked at the top left above the label rows (a first-page header frame: bold
    7 pt labels over their values, a unit and its address first; a short one at the same place
    on page 2) is page 1's colofon: a value was the title ("Turfmarkt 147"), the labels were
    sections and the label rows stayed text."""
    page = Page()
    page.colofon(
        [
            ("Directie Wetgeving", ""),
            ("Turfmarkt 147", ""),
            ("Onze referentie", "4381203"),
            ("Datum", "12 april 2024"),
            ("Opgesteld door", "5.1.2e"),
        ],
        x=79,
        top=40,
    )
    page.header([("Aan", "Minister van JenV"), ("Via", "SG"), ("Van", "DWJZ")], top=200)
    page.y = 250
    page.line("TER BESLISSING", BOLD)
    page.y += 6
    page.line("Wetsvoorstel versterking strafrechtketen", BOLD)
    page.y += 6
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.colofon(
        [("Directie Wetgeving", ""), ("Onze referentie", "4381203"), ("Datum", "12 april 2024")], x=79, top=40
    )
    page.y = 200
    page.line("Toelichting", BOLD)
    page.para("Het wetsvoorstel gaat naar de Raad van State.")
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van JenV"),
        ("Via", "SG"),
        ("Van", "DWJZ"),
        ("Onze referentie", "4381203"),
        ("Datum", "12 april 2024"),
        ("Opgesteld door", "5.1.2e"),
    ]
    assert nota.metadata.letterhead == ("Directie Wetgeving", "Turfmarkt 147")
    assert nota.title == "Wetsvoorstel versterking strafrechtketen"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]


def test_a_stacked_colofon_of_colon_labels_and_bold_values_is_the_colofon() -> None:
    """The same with regular colon labels over bold values ("Ons kenmerk:" / "DGKE / 22154321"):
    the bold value "5.1.2e" was the title, the purpose line and the real title headings."""
    page = Page()
    pairs = [
        ("Ons kenmerk:", "DGKE / 22154321"),
        ("Datum:", "3 december 2024"),
        ("Contactpersoon:", "5.1.2e"),
    ]
    page.stacked(pairs, x=79, top=40, fonts=(REGULAR, BOLD))
    page.header([("Aan", "Minister van KGG"), ("Van", "DGKE")], top=200)
    page.y = 240
    page.line("TER INFORMATIE", BOLD)
    page.y += 6
    page.line("Stand van zaken warmtenetten", BOLD)
    page.y += 6
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van KGG"),
        ("Van", "DGKE"),
        ("Ons kenmerk", "DGKE / 22154321"),
        ("Datum", "3 december 2024"),
        ("Contactpersoon", "5.1.2e"),
    ]
    assert nota.metadata.purpose == "informatie"
    assert nota.title == "Stand van zaken warmtenetten"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


@pytest.mark.parametrize("wrap", [("Volgnumm", "er"), ("Volg-", "nummer")])
def test_a_table_header_cell_wrapped_over_two_lines_starts_the_table(wrap: tuple[str, str]) -> None:
    """An attachment table whose first header cell is too narrow for its word ("Volgnumm" / "er",
    a word processor's cell), repeated with the wrap at the top of the next page: the header was
    no table header, its lines headings, and the rows plain text."""
    page = _nota_page([("Aan", "MBZK")], "Beantwoording Woo-verzoek")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    rows = [
        ("1", "Besluit op het Woo-verzoek", "Openbaar"),
        ("2", "Inventarislijst", "Openbaar"),
        ("3", "Documenten deel 1", "Deels openbaar"),
        ("4", "Advies Landsadvocaat", "Openbaar"),
    ]
    columns = [79, 140, 330]

    def header() -> None:
        for x, text in zip(columns, [wrap[0], "Naam", "Informatie"], strict=True):
            page.text(x, page.y, text, BOLD)
        page.text(79, page.y + 12, wrap[1], BOLD)
        page.y += 28

    header()
    for k, (number, name, info) in enumerate(rows):
        if k == 2:
            page.canvas.showPage()
            page.y = 157
            header()
        for x, text in zip(columns, (number, name, info), strict=True):
            page.text(x, page.y, text)
        page.y += 17
    nota = load_both(page.pdf())
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (int(n), name, info) for n, name, info in rows
    ]
    assert nota.unplaced == ()
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]


def test_a_colofon_as_a_row_of_cells_on_every_page_is_page_1s_colofon() -> None:
    """A colofon set across the top of every page as a row of cells (bold labels "Kenmerk",
    "Datum", "Directie" over their values, a header table): page 1's is the colofon; it was
    dropped there too, as furniture printed at the same place on every page."""
    cells = [("Kenmerk", "IENW/BSK-2024/201145"), ("Datum", "9 oktober 2024"), ("Directie", "DGLM")]
    page = Page(size=11)

    def top_row() -> None:
        for x, (label, value) in zip([79, 235, 390], cells, strict=True):
            page.text(x, 50, label, BOLD, 7.5)
            page.text(x, 60, value, REGULAR, 7.5)

    top_row()
    page.header([("Aan:", "Minister van IenW"), ("Van:", "DG Luchtvaart en Maritieme Zaken")], top=130)
    page.y = 175
    page.line("Ontwerp-luchthavenbesluit Lelystad", BOLD)
    page.y += 8
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    top_row()
    page.y = 130
    page.line("Toelichting", BOLD)
    page.para("Het besluit gaat naar de Raad van State.")
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van IenW"),
        ("Van", "DG Luchtvaart en Maritieme Zaken"),
        *cells,
    ]
    assert nota.title == "Ontwerp-luchthavenbesluit Lelystad"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]


@pytest.mark.parametrize(("ticked", "public"), [(0, True), (1, False)])
def test_actief_openbaar_given_by_ticked_boxes_reads_the_ticked_option(ticked: int, public: bool) -> None:
    """ "Nota actief openbaar" in the colofon with its options side by side, each after a check
    box ("☒ Ja   ☐ Nee"): the field keeps the printed text, and the value is the ticked option
    (it was unknown)."""
    font = glyph_font("VeraBoxes", _BOXES)
    page = Page()
    page.header([("Aan", "SBZK"), ("Van", "DGBRZ")])
    page.text(170, 268, "Woningbouwimpuls: vijfde tranche")
    page.colofon(
        [("Nota actief openbaar", ""), ("Onze referentie", "2024-0000455102"), ("Datum", "8 mei 2024")]
    )
    boxes = ["\u2610", "\u2610"]
    boxes[ticked] = "\u2612"
    page.text(466, 166.8, boxes[0], font, 7)
    page.text(476, 166.8, "Ja", REGULAR, 7)
    page.text(496, 166.8, boxes[1], font, 7)
    page.text(506, 166.8, "Nee", REGULAR, 7)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    printed = f"{boxes[0]} Ja {boxes[1]} Nee"
    assert nota.metadata.fields[2] == Field(label="Nota actief openbaar", value=printed)
    assert nota.metadata.actively_public is public


def test_a_wordmark_over_the_ministry_name_in_the_colofon_is_letterhead() -> None:
    """A logo's text block at the top of the colofon column, a bold wordmark ("Rijksoverheid")
    over the ministry's name in regular type, is letterhead, not a label with its value (it was
    read as the field "Rijksoverheid: Ministerie van ...")."""
    page = Page()
    page.text(466, 60, "Rijksoverheid", BOLD, 8)
    page.text(466, 71, "Ministerie van Onderwijs, Cultuur", REGULAR, 8)
    page.text(466, 82, "en Wetenschap", REGULAR, 8)
    page.header([("Aan", "Minister van OCW"), ("Van", "DGHO")])
    page.text(170, 268, "Bekostiging internationale studenten")
    page.colofon(_COLOFON)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead[:2] == (
        "Rijksoverheid",
        "Ministerie van Onderwijs, Cultuur en Wetenschap",
    )
    assert not any(f.label == "Rijksoverheid" for f in nota.metadata.fields)
    assert [(f.label, f.value) for f in nota.metadata.fields[:2]] == [
        ("Aan", "Minister van OCW"),
        ("Van", "DGHO"),
    ]


@pytest.mark.parametrize(
    ("table", "columns", "header_lines", "rows"),
    [
        (
            [
                ("", "2025", "2026", "2027", "Struc-"),
                ("", "", "", "", "tureel"),
                ("Uitvoering", "12,5", "13,0", "13,5", "14,0"),
                ("Compensatie", "4,0", "4,0", "4,0", "4,0"),
                ("Totaal", "16,5", "17,0", "17,5", "18,0"),
            ],
            [79, 175, 207, 239, 271],
            2,
            [
                "2025 2026 2027 Structureel",
                "Uitvoering 12,5 13,0 13,5 14,0",
                "Compensatie 4,0 4,0 4,0 4,0",
                "Totaal 16,5 17,0 17,5 18,0",
            ],
        ),
        (
            [
                ("Post", "2025", "2026", "2027"),
                ("Kosten", "1,2", "2,5", "3,0"),
                ("Baten", "0,5", "0,5", "0,5"),
                ("Saldo", "0,7", "2,0", "2,5"),
            ],
            [79, 140, 172, 204],
            1,
            ["Post 2025 2026 2027", "Kosten 1,2 2,5 3,0", "Baten 0,5 0,5 0,5", "Saldo 0,7 2,0 2,5"],
        ),
    ],
    ids=["empty-first-cell-wrapped-header", "narrow-first-cell"],
)
def test_bold_header_of_narrow_amount_columns_is_no_heading(
    table: list[tuple[str, ...]], columns: list[float], header_lines: int, rows: list[str]
) -> None:
    """A word processor's ruled table of amounts in narrow columns: the bold header row's cells
    are an em or so apart, the amounts set flush right under them (a header cell may wrap in
    its narrow column). The header is no heading and each row stays a paragraph of its own (the
    header was read as a heading, and with the first cells this close the rows as one
    paragraph)."""
    page = _nota_page([("Aan", "MFin")], "Voorjaarsnota 2025: ramingen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Financi\u00eble gevolgen", BOLD)
    page.line("Bedragen in \u20ac mln:")
    page.y += 8
    for r, cells in enumerate(table):
        font = BOLD if r < header_lines else REGULAR
        for k, (x, text) in enumerate(zip(columns, cells, strict=True)):
            shift = page.canvas.stringWidth(text, font, page.size) if k else 0
            if text:
                page.text(x - shift, page.y, text, font)
        page.y += page.lead
    page.y += 8
    page.para("De ramingen zijn afgestemd met de Inspectie der Rijksfinanci\u00ebn.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Financi\u00eble gevolgen"]
    assert [b.text for b in nota.sections[1].blocks] == [
        "Bedragen in \u20ac mln:",
        *rows,
        "De ramingen zijn afgestemd met de Inspectie der Rijksfinanci\u00ebn.",
    ]


def test_a_label_page_1_lacks_in_the_short_colofon_at_the_top_of_a_later_page_is_furniture() -> None:
    """The short colofon at the top of page 2 may hold a pair page 1 does not print so
    ("Directie" / "DMO" under the repeated reference and date): with the repeated pairs it is
    furniture (it was read as a section "Directie" of the body)."""
    nota = load_both(
        _top_colofon_pages(
            [("Kenmerk", "IENW/BSK-2024/118302"), ("Datum", "22 februari 2024"), ("Directie", "DMO")]
        )
    )
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert "DMO" not in words(nota)


@pytest.mark.parametrize(
    ("x", "top", "stamp"),
    [
        (200, 800, "DEPARTEMENTAAL VERTROUWELIJK"),  # a classification stamp under every page
        (79, 800, "Directoraat-Generaal Rijksbegroting"),  # the sender's running footer
        (466, 60, "171436"),  # a document number at the top of the column on every page
    ],
)
def test_a_line_printed_at_the_same_place_on_every_page_is_kept_once(
    x: float, top: float, stamp: str
) -> None:
    """What every page prints at the same place is furniture on the later pages, but page 1's
    copy is text of the nota: it is kept once, with the letterhead (it was dropped from every
    page, page 1 too, so its words were in no part of the nota)."""
    page = _nota_page([("Aan", "MinFin")], "Inzet bij het Begrotingsoverleg")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.text(x, top, stamp, BOLD if stamp.isupper() else REGULAR, 7)
    page.canvas.showPage()
    page.y = 100
    page.line("Toelichting", BOLD)
    page.para("Het voorstel is uitvoerbaar.")
    page.text(x, top, stamp, BOLD if stamp.isupper() else REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Toelichting", ["Het voorstel is uitvoerbaar."]),
    ]
    assert nota.metadata.letterhead == (stamp,)


def test_unit_wrapped_in_page_1s_colofon_heads_the_running_header_of_a_later_page() -> None:
    """Page 1's narrow colofon wraps the unit's name ("Directoraat-Generaal Straffen" / "en
    Beschermen"); the running header at the top of page 2 prints it on one line above the repeated
    date: furniture with the rest of the header (it and the date were read as sections). A label
    there among page 1's words ("Directie", in "Directie Gevangeniswezen") is still a label with
    its value under it ("DJI"), furniture too."""
    page = _nota_page([("Aan", "SJenV"), ("Van", "DGSenB")], "Capaciteit gevangeniswezen")
    page.text(466, 110, "Directoraat-Generaal Straffen", BOLD, 7)
    page.text(466, 119.8, "en Beschermen", BOLD, 7)
    page.text(466, 140, "Directie Gevangeniswezen", BOLD, 7)
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.text(page.left, 40, "Directoraat-Generaal Straffen en Beschermen", BOLD, 7)
    page.text(page.left, 60, "Datum", BOLD, 7)
    page.text(page.left, 69.8, "12 maart 2024", REGULAR, 7)
    page.text(page.left, 86, "Directie", BOLD, 7)
    page.text(page.left, 95.8, "DJI", REGULAR, 7)
    page.y = 130
    page.line("Advies", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert nota.metadata.letterhead == (
        "Directoraat-Generaal Straffen en Beschermen",
        "Directie Gevangeniswezen",
    )
    assert "DJI" not in words(nota)
    assert nota.unplaced == ()


def test_colofon_running_on_to_page_2_keeps_its_last_lines() -> None:
    """A colofon column that runs down to the bottom of page 1 (a long "Samengewerkt met" list,
    a unit per line) goes on at the top of page 2's column: those lines end the value (they were
    dropped as page 2's colofon, furniture)."""
    units = [f"Directie {name} {k}" for k in range(1, 20) for name in ("Kennis", "Leraren", "Wetgeving")]
    units += ["Vereniging van Nederlandse Gemeenten", "Raad van State"]
    page = _nota_page([("Aan", "MOCW"), ("Van", "DGHO")], "Internationalisering in het hoger onderwijs")
    page.text(466, 260, "Samengewerkt met", BOLD, 7)
    top = 270.0
    for k, unit in enumerate(units):
        if top > 770:
            page.line("Aanleiding", BOLD)
            page.para(LOREM)
            page.canvas.showPage()
            top, page.y = 60.0, 60.0
            first_on_page_2 = k
        page.text(466, top, unit, REGULAR, 7)
        top += 9.8
    page.line("Advies", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert 0 < first_on_page_2 < len(units) - 1
    assert nota.metadata.get("Samengewerkt met") == " ".join(units)
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert nota.unplaced == ()


@pytest.mark.parametrize("ocr", [False, True])
def test_colofon_rows_set_under_the_body_are_fields(ocr: bool) -> None:
    """Colofon rows set as a two-column table under the last section ("Datum  2 februari 2022",
    values at a tab stop) are fields, also where an OCR layer read the colon after "Datum" as a
    full stop; a sentence starting with a label word stays text (they were paragraphs)."""
    font = _ocr_font() if ocr else REGULAR
    page = Page()
    page.header([("Aan", "de Minister van Justitie en Veiligheid"), ("Van", "DGSenB")])
    page.text(79, 250, "Stand van zaken cameratoezicht in gemeenten", font)
    page.y = 300
    page.line("Toelichting", BOLD)
    page.para(LOREM, font)
    page.line("Datum van de brief is nog niet bekend.", font)
    rows = [("Datum." if ocr else "Datum", "2 februari 2022"), ("Kenmerk", "3761542"), ("Bijlagen", "geen")]
    for label, value in rows:
        page.y += 20
        page.text(79, page.y, label, font)
        page.text(130, page.y, value, font)
    nota = load_both(page.pdf())
    assert nota.metadata.fields[2:] == (
        Field(label="Datum", value="2 februari 2022"),
        Field(label="Kenmerk", value="3761542"),
        Field(label="Bijlagen", value="geen"),
    )
    assert nota.sections[0].blocks[-1] == Paragraph(text="Datum van de brief is nog niet bekend.")


def test_quote_glued_after_a_misread_bullet_in_an_ocr_layer() -> None:
    """A double opening quote glued to the first word after an OCR layer's misread bullet ("«"
    then "\u201cDe"), closed nowhere in the item (its wrapped line included), is a speck of the
    bullet: dropped (it was kept in the item's text). A quotation that closes keeps its quotes."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Stand van zaken herstel kinderopvangtoeslag",
        aan="Staatssecretaris Toeslagen en Douane",
        van="DGT",
    )
    page.line("Kernpunten", ocr)
    lines = [
        ("\u201cDe Uitvoeringsorganisatie Herstel Toeslagen werft 400 extra", "medewerkers."),
        ("\u201cEerst de ouders\u201d is het motto van de", "hersteloperatie."),
    ]
    for first, wrapped in lines:
        page.text(92, page.y, "\u00ab", ocr, 10)
        page.text(110, page.y, first, ocr, 10)
        page.y += page.lead
        page.text(110, page.y, wrapped, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks == (
        ItemList(
            items=(
                "De Uitvoeringsorganisatie Herstel Toeslagen werft 400 extra medewerkers.",
                "\u201cEerst de ouders\u201d is het motto van de hersteloperatie.",
            )
        ),
    )


def test_edge_mark_between_title_and_colofon_in_an_ocr_layer() -> None:
    """An OCR layer reads a highlight's edge as a lone "_" set a word gap after the title's last
    word and before the colofon's value on the same line ("... stikstofproblematiek _ DGLGS /
    44290559"): the value stays in the colofon and the mark is dropped (the value was read as
    part of the title)."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister voor Natuur en Stikstof", ocr, 10)
    y = page.stacked([("Datum", "10 januari 2024"), ("Kenmerk", "")], fonts=(ocr, ocr))
    title = "Beantwoording Nadere vragen Eerste Kamer over stikstofproblematiek"
    page.text(79, y + 9.8, title, ocr, 10)
    page.text(458, y + 9.8, "_", ocr, 10)  # (5 pt wide: 3 pt before the value)
    page.text(466, y + 9.8, "DGLGS / 44290559", ocr, 10)
    page.y = y + 60
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert 79 + pdfmetrics.stringWidth(title, ocr, 10) < 440
    assert nota.title == title
    assert nota.metadata.get("Kenmerk") == "DGLGS / 44290559"


def test_underscores_glued_before_a_colofon_label_in_an_ocr_layer() -> None:
    """An OCR layer reads a speck or a short rule just left of a colofon label as underscores glued
    to it ("__Rubricering", starting left of the column's edge): they are no text. The label
    stayed with the body (the underscores joined it to nothing at the row's start), and as it ran
    four ems across the edge the column was taken to end there: every colofon line below it was
    read into the body lines beside it ("Aanleiding BS2027000417")."""
    ocr = _ocr_font()
    page = Page()
    y = page.stacked([("Bestuursstaf", ""), ("Datum", "11 januari 2027")], fonts=(ocr, ocr))
    page.text(466 - pdfmetrics.stringWidth("__", ocr, 7), y, "__Rubricering", ocr, 7)
    page.text(466, y + 9.8, "Departementaal Vertrouwelijk", ocr, 7)
    page.stacked([("Kenmerk", "BS2027000417"), ("Bijlage(n)", "2")], top=y + 28.4, fonts=(ocr, ocr))
    page.text(79, 150, "Aan: Minister van Defensie", ocr, 10)
    page.text(79, 164, "Van: Directeur Plannen", ocr, 10)
    page.text(79, 190, "Verlenging van de bijdrage aan de enhanced Forward Presence", ocr, 10)
    page.y = 215
    page.line("Aanleiding", ocr)
    page.para(LOREM + " " + LOREM, ocr)
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Rubricering"] == "Departementaal Vertrouwelijk"
    assert fields["Kenmerk"] == "BS2027000417"
    assert nota.metadata.attachment_count == 2
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert nota.sections[0].blocks == (Paragraph(text=LOREM + " " + LOREM),)


def test_lines_to_fill_in_under_the_body_stay_as_printed() -> None:
    """A signature block's lines to fill in by hand ("Paraaf  ......" / "Datum  ......", label
    and dots at the same x) are no colofon rows: written as printed, no colon added."""
    page = Page()
    page.header([("Aan", "MFin"), ("Van", "DGRB")])
    page.text(79, 250, "Inzet bij de Eurogroep")
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    for label in ("Paraaf", "Datum"):
        page.y += 20
        page.text(79, page.y, label)
        page.text(130, page.y, "." * 30)
    text = marked(page.pdf())
    assert "Paraaf " + "." * 30 in text
    assert "Datum " + "." * 30 in text


def test_a_form_row_of_labels_to_fill_in_under_the_body_stays_as_printed() -> None:
    """A decision block's form rows under the body, a paraph table's column word and the next
    labels to fill in by hand at the same x ("Paraaf  Besproken met:" / "Datum  Akkoord
    directeur:"), are no colofon rows: written as printed, no colon added, no field."""
    page = Page()
    page.header([("Aan", "MFin"), ("Van", "DGRB")])
    page.text(79, 250, "Inzet bij de Eurogroep")
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    for label, rest in (("Paraaf", "Besproken met:"), ("Datum", "Akkoord directeur:")):
        page.y += 20
        page.text(79, page.y, label)
        page.text(130, page.y, rest)
    pdf = page.pdf()
    text = marked(pdf)
    assert "Paraaf Besproken met:" in text
    assert "Datum Akkoord directeur:" in text
    nota = load_both(pdf)
    assert nota.metadata.get("Paraaf") is None
    assert nota.metadata.get("Datum") is None


def test_a_table_column_under_the_colofon_column_is_the_table_s() -> None:
    """A body set the full width under a colofon at the top right, and an attachment table whose
    last column starts where the colofon does: the column ends above the body that runs across
    it, so the table's information cells stay in their rows (they were read into the colofon,
    and the rows lost them)."""
    page = Page(width=456)  # (the body runs to 535 pt, the right margin)
    page.header([("Aan", "Minister SZW"), ("Van", "DG Werk")])
    page.text(170, 268, "Reactie op het advies van de SER")
    page.colofon([*_COLOFON, ("Bijlage(n)", "2")])
    page.y = 330
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    top = page.y
    for r, cells in enumerate(
        [
            ["Volgnummer", "Naam", "Informatie"],
            ["1", "Kabinetsreactie SER-advies", "Ter ondertekening"],
            ["2", "SER-advies Toekomst arbeidsmarkt", "Ter informatie"],
        ]
    ):
        for x, text in zip([82, 200, 469], cells, strict=True):
            page.text(x, top + 16 * r, text, BOLD if r == 0 else REGULAR)
    nota = load_both(page.pdf())
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Kabinetsreactie SER-advies", "Ter ondertekening"),
        (2, "SER-advies Toekomst arbeidsmarkt", "Ter informatie"),
    ]
    assert nota.unplaced == ()
    assert [(f.label, f.value) for f in nota.metadata.fields][-3:] == [
        ("Kenmerk", "2024-0000098765"),
        ("Datum", "12 maart 2024"),
        ("Bijlage(n)", "2"),
    ]


def test_a_colofon_value_running_on_at_the_top_of_page_2_is_kept() -> None:
    """A "Samengewerkt met" list that fills the colofon column to the bottom of page 1 goes on at
    the top of page 2's column: those units are the end of the value (they were dropped as
    later-page furniture); the short colofon of page 3 stays furniture."""
    page = Page()
    page.header([("Aan", "MOCW"), ("Van", "DGHO")])
    page.text(170, 268, "Internationalisering in het hoger onderwijs")
    units = [f"Directie {n}" for n in range(1, 32)]
    page.colofon([("Kenmerk", "48123456"), ("Datum", "15 november 2024"), ("Samengewerkt met", "")])
    for k, unit in enumerate(units):
        page.text(466, 218 + 18.6 * k, unit, REGULAR, 7)  # (the last at the page's bottom)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    for k, unit in enumerate(["Gemeenten", "Raad van State"]):
        page.text(466, 100 + 18.6 * k, unit, REGULAR, 7)
    page.y = 160
    page.line("Communicatie", BOLD)
    page.para("Er is geen persbericht voorzien.")
    page.canvas.showPage()
    page.colofon([("Kenmerk", "48123456"), ("Datum", "15 november 2024")], top=100)
    page.y = 100
    page.line("Advies", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Samengewerkt met"] == " ".join([*units, "Gemeenten", "Raad van State"])
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Communicatie", "Advies"]
    texts = [b.text for s in nota.sections for b in s.blocks]
    assert texts[1:] == ["Er is geen persbericht voorzien.", "Instemmen."]
    assert nota.unplaced == ()


def test_a_colofon_continued_with_new_labels_at_the_top_of_page_2_gives_fields() -> None:
    """A colofon column that runs down to page 1's last body line (above the page's lowest tenth)
    goes on at the top of page 2's column with labels page 1 does not print ("Eerder advies",
    "Opgesteld door"): those are fields (they were dropped as page 2's colofon, furniture); the
    short colofon of page 3, which repeats page 1's labels, stays furniture."""
    page = Page()
    page.header([("Aan", "de Minister van IenW"), ("Van", "DGWB")])
    page.text(170, 240, "Aanpak van de waterkwaliteit")
    pairs = [("Kenmerk", "IENW/BSK-2024/201144"), ("Datum", "20 augustus 2024"), ("Kopie aan", "")]
    page.colofon(pairs)
    units = [f"Directie {n}" for n in range(1, 29)]
    for k, unit in enumerate(units):
        page.text(466, 223.6 + 18 * k, unit, REGULAR, 7)  # (the last at about 710)
    page.y = 300
    for heading in ("Aanleiding", "Kern", "Advies"):
        page.line(heading, BOLD)
        page.para(LOREM)
        page.para(LOREM)
    while page.y < 705:  # (the body's last line level with the column's)
        page.line("De maatregelen lopen door in het volgende jaar.")
    assert page.y < 0.9 * page.height
    page.new_page()
    page.colofon([("Eerder advies", "IENW/BSK-2023/310002"), ("Opgesteld door", "ir. M.A. de Boer")], top=100)
    page.line("Communicatie", BOLD)
    page.para("Er is geen persbericht voorzien.")
    page.new_page()
    page.colofon(pairs[:2], top=100)
    page.line("Vervolg", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Kopie aan"] == " ".join(units)
    assert fields["Eerder advies"] == "IENW/BSK-2023/310002"
    assert nota.metadata.drafted_by == "ir. M.A. de Boer"
    assert [s.heading for s in nota.sections][-2:] == ["Communicatie", "Vervolg"]
    assert nota.unplaced == ()
    assert not [d for d in nota.diagnostics if d.code == "later-colofon-differs"]


def test_an_ocr_colofon_continued_on_page_2_with_labels_boxed_larger_gives_fields() -> None:
    """In an OCR layer the colofon of page 1, its column down to the body's last line, goes on
    at the top of page 2 with labels page 1 does not print, which the engine boxed a point or
    three larger than page 1's column ("Eerder advies" 9, its value 11, under a column of 8):
    those are fields (they went back to the body, "... met de Unie Eerder advies", or were
    dropped: sized against page 1's last line's box alone)."""
    ocr = _ocr_font()
    page = _ocr_head(ocr, "de Minister van IenW", "DGWB")
    page.text(79, 240, "Aanpak van de waterkwaliteit", ocr, 10)
    units = [f"Directie {n}" for n in range(1, 28)]
    pairs = [("Kenmerk", "IENW/BSK-2024/201144"), ("Datum", "20 augustus 2024"), ("Kopie aan", "")]
    page.colofon(pairs, fonts=(ocr, ocr), sizes=(8, 8))
    for k, unit in enumerate(units):
        page.text(466, 223.6 + 18 * k, unit, ocr, 8)  # (the last at about 692)
    page.y = 280
    for heading in ("Aanleiding", "Kern"):
        page.line(heading, ocr)
        page.para(LOREM + " " + LOREM, ocr)
    while page.y < 690:  # (the body's last line level with the column's)
        page.line("De maatregelen lopen door in het volgende jaar.", ocr)
    page.new_page()
    page.text(466, 100, "Eerder advies", ocr, 9)
    page.text(466, 112, "IENW/BSK-2023/310002", ocr, 11)
    page.text(466, 140, "Opgesteld door", ocr, 8)
    page.text(466, 151, "ir. M.A. de Boer", ocr, 8)
    page.y = 100
    page.line("Wij vragen u daarnaast in te stemmen met een overleg.", ocr)
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Kopie aan"] == " ".join(units)
    assert fields["Eerder advies"] == "IENW/BSK-2023/310002"
    assert fields["Opgesteld door"] == "ir. M.A. de Boer"
    assert nota.sections[-1].blocks[-1].text.endswith("met een overleg.")
    assert nota.unplaced == ()


def test_a_colofon_label_at_the_foot_of_page_1_takes_its_value_from_page_2() -> None:
    """A colofon that fills its column to the foot of page 1 with a label last ("Parafenroute",
    its value still to come) goes on at the top of page 2's column: the value (units that page
    1's "Kopie aan" list names too) is that label's, and the label and count after it are fields
    (they were dropped as page 2's colofon, furniture, and the label's value was empty); the
    short colofon of page 3 stays furniture."""
    page = Page()
    page.header([("Aan", "Staatssecretaris JenV"), ("Van", "DSJ")])
    page.text(170, 268, "Capaciteit van de justitiële jeugdinrichtingen")
    page.colofon([("Ons kenmerk", "6240318"), ("Datum", "8 december 2026"), ("Kopie aan", "")])
    copies = ["SG", "pSG", "DGSenB", *(f"Directie {n}" for n in range(1, 28))]
    for k, unit in enumerate(copies):
        page.text(466, 218 + 18.6 * k, unit, REGULAR, 7)
    page.text(466, 218 + 18.6 * len(copies), "Parafenroute", BOLD, 7)  # (at the page's foot)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    route = ["Dir. SJ", "DGSenB", "pSG", "SG"]
    for k, unit in enumerate(route):
        page.text(466, 100 + 9.8 * k, unit, REGULAR, 7)
    page.text(466, 100 + 9.8 * 4 + 8.8, "Bijlagen", BOLD, 7)
    page.text(466, 100 + 9.8 * 5 + 8.8, "2", REGULAR, 7)
    page.y = 100
    page.line("Communicatie", BOLD)
    page.para("Er is geen persbericht voorzien.")
    page.canvas.showPage()
    page.colofon([("Ons kenmerk", "6240318"), ("Datum", "8 december 2026")], top=100)
    page.y = 100
    page.line("Advies", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Kopie aan"] == " ".join(copies)
    assert fields["Parafenroute"] == " ".join(route)
    assert fields["Bijlagen"] == "2"
    assert nota.metadata.attachment_count == 2
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Communicatie", "Advies"]
    texts = [b.text for s in nota.sections for b in s.blocks]
    assert texts[1:] == ["Er is geen persbericht voorzien.", "Instemmen."]
    assert nota.unplaced == ()


def test_an_empty_colofon_label_at_the_foot_of_page_1_takes_no_short_colofon_of_page_2() -> None:
    """A colofon label left empty at the foot of page 1 ("Bijlagen") takes nothing from page 2's
    short colofon, which opens with the unit's name printed over page 1's first label: that
    name was read as the label's value."""
    page = Page()
    page.header([("Aan", "Staatssecretaris JenV"), ("Van", "DSJ")])
    page.text(170, 268, "Capaciteit van de justitiële jeugdinrichtingen")
    page.text(466, 140, "Directie Sanctietoepassing", REGULAR, 7)
    page.colofon([("Ons kenmerk", "6240318"), ("Datum", "8 december 2026"), ("Kopie aan", "")])
    copies = ["SG", "pSG", "DGSenB", *(f"Directie {n}" for n in range(1, 28))]
    for k, unit in enumerate(copies):
        page.text(466, 218 + 18.6 * k, unit, REGULAR, 7)
    page.text(466, 218 + 18.6 * len(copies), "Bijlagen", BOLD, 7)  # (at the page's foot, empty)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.text(466, 90, "Directie Sanctietoepassing", REGULAR, 7)
    page.colofon([("Ons kenmerk", "6240318")], top=110)
    page.y = 100
    page.line("Communicatie", BOLD)
    page.para("Er is geen persbericht voorzien.")
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Kopie aan"] == " ".join(copies)
    assert fields.get("Bijlagen", "") == ""
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Communicatie"]
    assert "Sanctietoepassing" not in " ".join(b.text for s in nota.sections for b in s.blocks)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ([("Kenmerk", "2024-0000098765"), ("Datum", "12 maart 2024")], []),
        (  # (another reference, but the page numbers on from page 1: the nota's page, no new document)
            [("Kenmerk", "2025-0000123456"), ("Datum", "12 maart 2024"), ("Pagina 2 van 2", "")],
            [
                "page 2: this page's colofon gives Kenmerk '2025-0000123456' where page 1's gives "
                "Kenmerk '2024-0000098765'; page 1's is kept (a later page's colofon is page "
                "furniture) [later-colofon-differs]"
            ],
        ),
        (  # (an attached letter's unit, or text page 1's colofon does not print: named, not lost)
            [
                ("Kenmerk", "2024-0000098765"),
                ("Directie Democratie", ""),
                ("Datum", "12 maart 2024"),
                ("7", ""),
            ],
            [
                "page 2: this page's colofon prints 'Directie Democratie', which page 1's does not; "
                "left out as page furniture [later-colofon-differs]"
            ],
        ),
        # (what page 1 printed outside its colofon, in another case, is no news: "Aan: MBZK")
        ([("Kenmerk", "2024-0000098765"), ("Datum", "12 maart 2024"), ("mbzk", "")], []),
    ],
)
def test_a_later_colofon_with_another_reference_is_noted(
    later: list[tuple[str, str]], expected: list[str]
) -> None:
    """Page 2's colofon is furniture, dropped; when it gives another reference or date than page
    1's, or text page 1's colofon does not print (other than a bare number or label), a
    diagnostic says so (it was dropped without a word)."""
    page = _nota_page([("Aan", "MBZK")], "Herziening Regeling subsidies gemeenten")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.colofon(later, top=100)
    page.y = 100
    page.line("Advies", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert (fields["Kenmerk"], fields["Datum"]) == ("2024-0000098765", "12 maart 2024")
    assert [str(d) for d in nota.diagnostics if d.code == "later-colofon-differs"] == expected
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert nota.enclosures == ()  # (page 1's colofon repeated, in full or in part: no new document)


def test_a_later_colofon_with_the_date_in_another_form_starts_no_enclosure() -> None:
    """Page 2's colofon prints page 1's date as "12-03-2024" (page 1: "12 maart 2024"): the same
    day, so the same document; a page of the nota, not a new one."""
    page = _nota_page([("Aan", "MBZK")], "Herziening Regeling subsidies gemeenten")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.colofon([("Kenmerk", "2024-0000098765"), ("Datum", "12-03-2024")], top=100)
    page.y = 100
    page.line("Advies", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert nota.enclosures == ()


def test_a_blank_page_before_the_nota_starts_no_enclosure() -> None:
    """A blank first page, then the nota with its Aan/Van rows at the top of page 2: the nota is
    the first document (its head once counted as a new document's, the nota an enclosure of
    nothing, and the file was refused as no nota)."""
    page = Page()
    page.canvas.showPage()
    page.header([("Aan", "MBZK"), ("Van", "DGOBDR")], top=100)
    page.text(79, 140, "Voortgang van de Wet open overheid")
    page.y = 180
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van"]
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert nota.enclosures == ()


def _nota_with_aanleiding() -> Page:
    """Page 1 of a nota (Aan, title, colofon, Aanleiding), then a new page."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOBDR")], "Voortgang van de Wet open overheid")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Geadviseerd besluit", BOLD)
    page.para("De bijgaande Kamerbrief ondertekenen.")
    page.canvas.showPage()
    return page


def test_a_letter_after_the_nota_with_its_own_colofon_is_an_enclosure() -> None:
    """Page 2 prints a Kamerbrief: its own colofon in the right column (another Datum and
    Kenmerk than page 1's), the address, a Datum/Betreft block and the letter. A nota's later
    page repeats page 1's colofon or none; this page starts another document, read as an
    enclosure (its colofon was dropped as furniture, its rows became the nota's text)."""
    page = _nota_with_aanleiding()
    page.colofon([("Directie Democratie", ""), ("Datum", "14 oktober 2024"), ("Kenmerk", "2024-0000612399")])
    page.y = 200
    for line in ("Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018"):
        page.line(line)
    page.y += 20
    page.header([("Datum", "14 oktober 2024"), ("Betreft", "Voortgang implementatie Woo")], top=page.y)
    page.y += 50
    page.para(
        "Hierbij informeer ik uw Kamer over de voortgang van de implementatie van de Wet open overheid."
    )
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "MBZK"),
        ("Van", "DGOBDR"),
        ("Kenmerk", "2024-0000098765"),
        ("Datum", "12 maart 2024"),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]
    assert nota.metadata.page_count == 2
    (letter,) = nota.enclosures
    assert letter.origin is not None
    assert letter.origin.page == 2
    assert letter.metadata.page_count == 1
    assert letter.metadata.date == dt.date(2024, 10, 14)
    assert letter.metadata.reference == "2024-0000612399"
    assert "Directie Democratie" in letter.metadata.letterhead
    text = render(letter)
    for printed in ("de Voorzitter van de Tweede Kamer", "Hierbij informeer ik"):
        assert printed in text
    assert [str(d) for d in nota.diagnostics if d.code in ("enclosure", "later-colofon-differs")] == [
        "page 2: a new document starts on page 2 (its colofon gives Datum '14 oktober 2024' where "
        "page 1's gives Datum '12 maart 2024') [enclosure]"
    ]


def test_a_second_nota_after_the_nota_is_an_enclosure() -> None:
    """Page 2 prints a nota of its own: Aan and Van rows at its top, a title, a heading. Its
    rows were fields of the first nota, its title and heading sections of it."""
    page = _nota_with_aanleiding()
    page.header([("Aan", "DGWB"), ("Van", "Directie Financiën")], top=120)
    page.text(79, 170, "Financiële gevolgen van de verlenging", BOLD)
    page.y = 200
    page.line("Aanleiding", BOLD)
    page.para("Op verzoek van DGWB zijn de kosten van een verlenging geraamd.")
    nota = load_both(page.pdf())
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]
    (second,) = nota.enclosures
    assert [(f.label, f.value) for f in second.metadata.fields] == [
        ("Aan", "DGWB"),
        ("Van", "Directie Financiën"),
    ]
    assert second.title == "Financiële gevolgen van de verlenging"
    assert [s.heading for s in second.sections] == ["Aanleiding"]
    assert second.metadata.page_count == 1


@pytest.mark.parametrize("angle", [90, -90])
def test_a_classification_running_up_the_margin_is_kept_once(angle: int) -> None:
    """ "DEPARTEMENTAAL VERTROUWELIJK" set turned a quarter in the left margin of every page is
    page 1's classification stamp, kept once in the letterhead (turned text was left out); its
    repeat on page 2 is furniture."""

    def stamp(page: Page) -> None:
        page.canvas.saveState()
        page.canvas.translate(40, 300 if angle == 90 else 500)
        page.canvas.rotate(angle)
        page.canvas.setFont(BOLD, 10)
        page.canvas.drawString(0, 0, "DEPARTEMENTAAL VERTROUWELIJK")
        page.canvas.restoreState()

    page = _nota_page([("Aan", "MINDEF"), ("Van", "DGB")], "Verwerving van nieuwe patrouilleschepen")
    stamp(page)
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    stamp(page)
    page.y = 100
    page.line("Advies", BOLD)
    page.para("Instemmen.")
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("DEPARTEMENTAAL VERTROUWELIJK",)
    assert words(nota).count("DEPARTEMENTAAL") == 1
    assert nota.title == "Verwerving van nieuwe patrouilleschepen"
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Advies", ["Instemmen."]),
    ]


@pytest.mark.parametrize("van", ["Van DG Werk", "Van plan naar uitvoering"])
def test_aan_and_van_rows_set_with_a_plain_space_are_label_rows(van: str) -> None:
    """ "Aan Minister SZW" and "Van DG Werk" at the left edge, a blank line apart, each label
    followed by a plain space (no tab stop, no colon), then the purpose and a bold title: they
    are the addressee's and the sender's rows (the "Van" row was read as the title, and the bold
    title as a section). A header with only one of them keeps it as text, no field."""
    page = Page()
    rows = ["Aan Minister SZW", van] if van.startswith("Van DG") else [van]
    for k, text in enumerate(rows):
        page.text(79, 150 + 25 * k, text)
    page.text(79, 200, "TER BESLISSING", BOLD)
    page.text(79, 225, "Reactie op het advies van de SER", BOLD)
    page.colofon(_COLOFON[1:])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    fields = [(f.label, f.value) for f in nota.metadata.fields]
    if van.startswith("Van DG"):
        assert fields[:2] == [("Aan", "Minister SZW"), ("Van", "DG Werk")]
        assert nota.title == "Reactie op het advies van de SER"
        assert [s.heading for s in nota.sections] == ["Aanleiding"]
    else:
        assert "Van" not in dict(fields)
        assert van in words(nota)


def _ocr_table_page(
    headers: list[list[tuple[float, str]]], rows: list[list[tuple[str, ...]]], running: str = ""
) -> bytes:
    """An OCR layer's nota with "Bijlagen" (no bold) over an attachment table on each page; each
    page's table under its header (lines of (x, word) at the columns 79, 150, 310); a row is its
    lines, each the texts of its number, name and information cells. Page 2 starts with
    ``running`` (its short colofon) above the header printed again."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Beantwoording Kamervragen over netcongestie",
        aan="Minister van Klimaat en Groene Groei",
        van="DGKE",
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM + " " + LOREM, ocr)
    page.line("Bijlagen", ocr)
    for n, page_rows in enumerate(rows):
        if n:
            page.canvas.showPage()
            page.y = 120
            if running:
                page.text(79, 80, running, ocr, 7)
        for k, line in enumerate(headers):
            for x, word in line:
                page.text(x, page.y + 12 * k, word, ocr, 10)
        page.y += 12 * len(headers) + 6
        for row in page_rows:
            for line in row:
                for x, text in zip([79, 150, 310], line, strict=True):
                    if text:
                        page.text(x, page.y, text, ocr, 10)
                page.y += 12
            page.y += 5
    return page.pdf()


@pytest.mark.parametrize(
    "headers",
    [
        [[(79, "Volgnummer"), (150, "|-Naam"), (310, "Informatie")]],
        [[(79, "Volgnumm"), (139, "|"), (150, "Naam"), (310, "Informatie")], [(79, "er")]],
        [[(79, "Volgnummer"), (147, "{"), (157, "Naam"), (310, "Informatie")]],
    ],
)
def test_attachment_table_with_its_rules_read_in_an_ocr_layer(headers: list[list[tuple[float, str]]]) -> None:
    """An OCR layer reads a table's column rule as a word "|", or glued to the cell's word with
    a speck of the rule's joint ("|-Naam"), or the rule and its joint with the header row's
    rule as a brace ("{"), and wraps a narrow header cell ("Volgnumm" / "er"):
    the header was no table header, "Bijlagen" (no bold in the layer) a label with the table's
    text as its value, or the rows prose."""
    rows = [
        [("1", "Advies commissie Lelylijn", "Openbaar")],
        [("2", "Concept-reactie aan de Kamer", "Deels openbaar")],
    ]
    nota = load_both(_ocr_table_page(headers, [rows]))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Advies commissie Lelylijn", "Openbaar"),
        (2, "Concept-reactie aan de Kamer", "Deels openbaar"),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]
    assert "Bijlagen" not in [f.label for f in nota.metadata.fields]


def test_row_numbers_misread_or_lost_in_an_ocr_table() -> None:
    """An OCR layer read a row's number "1" next to the cell's rule as "8" (the table ended at
    once) and lost the numbers of two rows on the next page, whose short colofon ("2 oktober
    2024", no line of page 1) stands above the header printed again: the rows are read as
    printed, numbered in order, the colofon line kept as text after the table."""
    header = [[(79, "Volgnummer"), (150, "Naam"), (310, "Informatie")]]
    page1 = [
        [("8", "Wetsvoorstel", "Openbaar, wordt met de")],
        [("", "", "Kamerbrief gezonden")],
        [("2", "Memorie van toelichting", "Openbaar")],
    ]
    page1 = [[page1[0][0], page1[1][0]], page1[2]]
    page2 = [
        [("3", "Antwoord op vraag 3 over de", "Openbaar"), ("", "netcapaciteit in Drenthe", "")],
        [("", "Antwoord op vraag 4 over de", "Deels openbaar"), ("", "netcapaciteit in Utrecht", "")],
        [("", "Antwoord op vraag 5 over de", "Openbaar"), ("", "netcapaciteit in Zeeland", "")],
        [("6", "Antwoord op vraag 6 over de", "Openbaar"), ("", "netcapaciteit in Limburg", "")],
        [("7", "Antwoord op vraag 7 over de", "Openbaar"), ("", "netcapaciteit in Flevoland", "")],
    ]
    nota = load_both(_ocr_table_page(header, [page1, page2], running="2 oktober 2024"))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Wetsvoorstel", "Openbaar, wordt met de Kamerbrief gezonden"),
        (2, "Memorie van toelichting", "Openbaar"),
        *(
            (n, f"Antwoord op vraag {n} over de netcapaciteit in {region}", info)
            for n, region, info in [
                (3, "Drenthe", "Openbaar"),
                (4, "Utrecht", "Deels openbaar"),
                (5, "Zeeland", "Openbaar"),
                (6, "Limburg", "Openbaar"),
                (7, "Flevoland", "Openbaar"),
            ]
        ),
    ]
    assert "2 oktober 2024" in words(nota)


@pytest.mark.parametrize("value", ["L", "KL", "Kl"])
def test_count_read_as_a_flagged_stroke_in_an_ocr_layer(value: str) -> None:
    """A count of 1 under "Bijlagen" read by OCR as a stroke, or as its flag and stroke ("KL":
    the flag read as a K's arm), is a 1; a reference of letters elsewhere is kept."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister van OCW", ocr, 10)
    page.text(79, 164, "Van: DGHO", ocr, 10)
    page.text(79, 190, "TER BESLISSING", ocr, 10)
    page.stacked([("Referentie", "KL"), ("Datum", "15 november 2024"), ("Bijlagen", value)], fonts=(ocr, ocr))
    page.y = 260
    page.line("Aanleiding", ocr)
    page.para("Het lid Vestering heeft schriftelijke vragen gesteld over de regeling.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Bijlagen") == "1"
    assert nota.metadata.get("Referentie") == "KL"


def test_colofon_value_set_as_a_list_of_blocks_in_an_ocr_layer() -> None:
    """An OCR layer has no bold, so a label's value set as blocks with a gap between them
    ("Samengewerkt met" / a directorate per block, two lines for a long name) was cut after its
    first block and the other blocks became letterhead: the blocks are set closer than the
    colofon's pairs, so they are the value's."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister van OCW", ocr, 10)
    page.text(79, 164, "Van: DGHO", ocr, 10)
    page.text(79, 190, "TER BESLISSING", ocr, 10)
    y = 150.0
    for label, val in [("Referentie", "48123456"), ("Datum", "15 november 2024"), ("Bijlagen", "2")]:
        page.text(466, y, label, ocr, 7)
        page.text(466, y + 9.2, val, ocr, 7)
        y += 37.0
    page.text(466, y, "Samengewerkt met", ocr, 7)
    blocks = [["Directie Hoger Onderwijs en", "Studiefinanciering"], ["Directie Kennis"], ["Nuffic"]]
    y += 9.2
    for block in blocks:
        for row in block:
            page.text(466, y, row, ocr, 7)
            y += 9.2
        y += 6.0
    page.text(466, y + 20, "Contactpersoon", ocr, 7)
    page.text(466, y + 29.2, "J. de Vries", ocr, 7)
    page.y = 300
    page.line("Aanleiding", ocr)
    page.para("Het lid Vestering heeft schriftelijke vragen gesteld over de regeling.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Samengewerkt met") == (
        "Directie Hoger Onderwijs en Studiefinanciering Directie Kennis Nuffic"
    )
    assert nota.metadata.get("Bijlagen") == "2"
    assert nota.metadata.letterhead == ()


def test_a_colofon_list_ending_in_a_heading_word_in_an_ocr_layer() -> None:
    """An OCR layer has no bold: the text parser finds a section by its heading's words. A
    colofon list whose last unit reads as a known heading ("Kopie aan" / ... / "Woordvoering",
    one row under the other) ended the nota's head there: the kind "Nota" and the title after the
    colofon were lost (the title became the page's first row, the kind a line unplaced) and the
    fields under it went with the body. The row belongs to the value above it."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 70, "Nota", ocr, 16)
    page.text(79, 110, "Aan", ocr, 10)
    page.text(170, 110, "Minister van Financiën", ocr, 10)
    page.text(79, 124, "Van", ocr, 10)
    page.text(170, 124, "Directeur Begrotingszaken", ocr, 10)
    page.text(79, 160, "Dekking van de tegenvallers in de uitvoering", ocr, 12)
    page.text(466, 70, "TER BESLUITVORMING", ocr, 7)
    y = 95.0
    for label, rows in [
        ("Datum", ["11 december 2026"]),
        ("Parafenroute", ["IRF, DGRB, DGFZ,", "SG,", "Woordvoering"]),
        ("Kopie aan", ["DG Belastingdienst,", "DG Toeslagen"]),
        ("Bijlagen", ["1"]),
    ]:
        page.text(466, y, label, ocr, 7)
        for row in rows:
            y += 9.4
            page.text(466, y, row, ocr, 7)
        y += 18.0
    page.y = 300
    page.line("Aanleiding", ocr)
    page.para("Bij de Najaarsnota zijn tegenvallers gemeld bij de uitvoering van de toeslagen.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.kind == "Nota"
    assert nota.title == "Dekking van de tegenvallers in de uitvoering"
    assert nota.metadata.get("Parafenroute") == "IRF, DGRB, DGFZ, SG, Woordvoering"
    assert nota.metadata.get("Kopie aan") == "DG Belastingdienst, DG Toeslagen"
    assert nota.metadata.get("Bijlagen") == "1"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert nota.unplaced == ()


def test_besluitpunten_printed_in_an_ocr_layer_stays_as_printed() -> None:
    """A decision list headed "Besluitpunten" (read right by the engine) was no heading of the
    vocabulary, and within letter errors of "Beslispunten": the OCR repair rewrote the printed
    heading into another word. It is a heading of the vocabulary, kept as printed."""
    ocr = _ocr_font()
    page = _ocr_aanleiding_page(ocr)
    page.para("Met deze nota leg ik u de brief aan de Kamer voor.", ocr)
    page.y += 10
    page.line("Besluitpunten", ocr)
    page.para("1. Ondertekenen van de bijgevoegde brief aan de Tweede Kamer.", ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Besluitpunten"]
    assert not [d for d in nota.diagnostics if d.code == "ocr-vocabulary"]


def _ocr_nota_with_later_colofons(
    first: list[tuple[str, str]],
    later: list[tuple[str, str]],
    header: tuple[str, str, str],
    *,
    later_heading: str | None = "Advies",
    later_pages: int = 1,
) -> Nota:
    """A nota in an OCR layer: page 1's colofon column gives ``first`` (a pair with no value is
    one line) beside its Aan, Van and title rows (``header``); each of ``later_pages`` later pages
    has the short colofon ``later`` at its top, then (under ``later_heading``) a paragraph."""
    ocr = _ocr_font()
    page = Page()
    page.stacked(first, fonts=(ocr, ocr))
    aan, van, title = header
    page.text(79, 150, f"Aan: {aan}", ocr, 10)
    page.text(79, 164, f"Van: {van}", ocr, 10)
    page.text(79, 190, title, ocr, 10)
    page.y = 220
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    for _ in range(later_pages):
        page.canvas.showPage()
        page.stacked(later, x=page.left, top=60, fonts=(ocr, ocr), step=26)
        page.y = 130
        if later_heading is not None:
            page.line(later_heading, ocr)
        page.para(LOREM, ocr)
    return load_both(page.pdf())


#: The Aan, Van and title rows of the KGG nota the OCR later-colofon tests draw.
_KGG_HEADER = ("Minister van KGG", "DGKE", "Beantwoording Kamervragen over netcongestie")


def test_short_colofon_of_a_later_page_under_a_misread_value_in_an_ocr_layer() -> None:
    """An OCR layer misread page 1's date ("zopven 2,", in its colofon column): page 2's short
    colofon at its top repeats the label "Datum" over the date as printed, which was no repeat
    of page 1 and stayed as text of the body. In an OCR layer a label of page 1 over its value
    there is furniture whatever the value (the misread one may be page 1's); the other date is
    noted."""
    nota = _ocr_nota_with_later_colofons(
        [("Kenmerk", "DGKE / 24123456"), ("Datum", "zopven 2,"), ("Bijlagen", "2")],
        [("Kenmerk", "DGKE / 24123456"), ("Datum", "2 oktober 2024")],
        _KGG_HEADER,
    )
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert "oktober" not in str(nota.sections)
    assert any("2 oktober 2024" in d.message for d in nota.diagnostics if d.code == "later-colofon-differs")


@pytest.mark.parametrize(
    "footer", ["Pagina 1 van.1", "Pagina 1, van 1", "Pagina '1 van 1", "Pagina \u20181 van 1"]
)
def test_ocr_page_line_with_a_speck_read_as_punctuation_is_furniture(footer: str) -> None:
    """OCR reads a speck of the scan between the words and numbers of the page line as a full stop
    or comma ("Pagina 1 van.1"), or one at the top of the line as a quote ("Pagina '1 van 1"): the
    line is still the page furniture, not letterhead."""
    ocr = _ocr_font()
    page = _ocr_aanleiding_page(ocr)
    page.para(LOREM, ocr)
    page.text(79, 800, footer, ocr, 7)
    nota = load_both(page.pdf())
    assert nota.metadata.page_count == 1
    assert nota.metadata.letterhead == ()
    assert footer not in words(nota)


def test_notanummer_in_an_ocr_colofon_is_a_field() -> None:
    """Financiën prints the nota's number under the label "Notanummer" in its colofon. Typeset, the
    bold label made it a field; an OCR layer has no bold, so the unknown label and its number went
    to the letterhead with the ministry's lines above them."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate(
        [("Aan", "Minister van Financiën"), ("Van", "Directeur Begrotingszaken")]
    ):
        page.text(79, 200 + 14 * k, label, ocr, 10)
        page.text(170, 200 + 14 * k, value, ocr, 10)
    page.text(79, 250, "Voorjaarsnota 2024: besluitvorming over de uitgavenplafonds", ocr, 10)
    y = 130.0
    for text in ("Directie Begrotingszaken", "Inspectie der Rijksfinanciën"):
        page.text(466, y, text, ocr, 7)
        y += 18.6
    page.stacked(
        [("Notanummer", "2024-0000187654"), ("Datum", "19 maart 2024"), ("Bijlagen", "1")],
        top=y,
        fonts=(ocr, ocr),
    )
    page.y = 300
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Notanummer") == "2024-0000187654"
    assert nota.metadata.letterhead == ("Directie Begrotingszaken", "Inspectie der Rijksfinanciën")


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        (["1)", "2)"], [("1", "Aanleiding"), ("2", "Geadviseerd besluit")]),
        (["A.", "B."], [("A", "Aanleiding"), ("B", "Geadviseerd besluit")]),
        (["I.", "II."], [("I", "Aanleiding"), ("II", "Geadviseerd besluit")]),
    ],
    ids=["paren", "letters", "roman"],
)
def test_bold_title_above_headings_numbered_with_a_bracket_or_a_letter(
    marks: list[str], expected: list[tuple[str | None, str]]
) -> None:
    """A bold title under the label rows, with section headings numbered "1)", "A." or "II.": the
    title (it became a section, as no known heading seemed to follow it), and "1)" is the number
    as the text parser reads it (the heading was "1) Aanleiding"); a letter or roman mark stays in
    the heading, as in the text parser."""
    page = Page()
    page.header([("Aan", "MLVVN"), ("Van", "DGS")])
    page.colofon(_COLOFON)
    page.y = 268
    page.line("Voortgangsrapportage stikstofaanpak", BOLD)
    page.y += 8
    page.line(f"{marks[0]} Aanleiding", BOLD)
    page.para(LOREM)
    page.line(f"{marks[1]} Geadviseerd besluit", BOLD)
    page.para("Instemmen met de rapportage.")
    nota = load_both(page.pdf())
    assert nota.title == "Voortgangsrapportage stikstofaanpak"
    assert [(s.number, s.heading) for s in nota.sections] == expected


def _amounts_page(*, header_flush_left: bool) -> bytes:
    """A nota whose body holds a table of twelve rows of amounts, its two amount columns set flush
    right, the last starting right of 55 % of the page's width; the bold header row set flush
    right over them too, or flush left in each column."""
    page = _nota_page([("Aan", "MVWS")], "Verdeling van de middelen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.line("De verdeling per regio is als volgt:")
    lefts, rights = [79, 330, 390], [0, 370, 435]
    rows = [("Regio", "2025", "Totaal")] + [(f"Regio {k}", f"{k + 3},5", f"{2 * k + 7},0") for k in range(12)]
    for r, cells in enumerate(rows):
        font = BOLD if r == 0 else REGULAR
        for k, text in enumerate(cells):
            if k == 0 or (r == 0 and header_flush_left):
                page.text(lefts[k], page.y, text, font)
            else:
                page.text(rights[k] - page.canvas.stringWidth(text, font, page.size), page.y, text, font)
        page.y += page.lead
    page.y += 8
    page.para("De dekking komt uit artikel 3 van de begroting.")
    return page.pdf()


@pytest.mark.parametrize("header_flush_left", [False, True], ids=["header-right", "header-left"])
def test_colofon_beside_a_table_of_amounts(header_flush_left: bool) -> None:
    """Amounts of one width set flush right start at one x row after row, more often than the
    colofon's lines: that x is no colofon column (the colofon's values were read into the body and
    its labels lost their values). A bold header set flush left over them is the table's header
    row, not a section heading: each of its cells stands in its column."""
    nota = load_both(_amounts_page(header_flush_left=header_flush_left))
    assert nota.metadata.fields == (
        Field(label="Aan", value="MVWS"),
        Field(label="Kenmerk", value="2024-0000098765"),
        Field(label="Datum", value="12 maart 2024"),
    )
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]
    blocks = [b.text for b in nota.sections[1].blocks if isinstance(b, Paragraph)]
    assert blocks[:3] == ["De verdeling per regio is als volgt:", "Regio 2025 Totaal", "Regio 0 3,5 7,0"]
    assert blocks[-1] == "De dekking komt uit artikel 3 van de begroting."
    assert len(blocks) == 15


def test_attachment_table_with_a_column_of_woo_status() -> None:
    """ "Nr.  Titel  Openbaar": a third column saying whether each attachment is made public is
    the table's information column (the table was read as text)."""
    rows = [
        [["1"], ["Kabinetsreactie informatiehuishouding"], ["Ja"]],
        [["2"], ["Rapport Adviescollege Openbaarheid", "en Informatiehuishouding"], ["Ja, al openbaar"]],
        [["3"], ["Interne analyse"], ["Nee, 5.2 Woo"]],
    ]
    nota = load_both(_table_page(["Nr.", "Titel", "Openbaar"], rows, [79, 110, 330, 455], centred=False))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Kabinetsreactie informatiehuishouding", "Ja"),
        (2, "Rapport Adviescollege Openbaarheid en Informatiehuishouding", "Ja, al openbaar"),
        (3, "Interne analyse", "Nee, 5.2 Woo"),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen", "Afstemming"]


def test_colofon_labels_inlichtingen_and_doorkiesnummer_with_the_value_beside_them() -> None:
    """A colofon of bold labels with the value at a tab stop on the same line: "Inlichtingen" and
    "Doorkiesnummer" are labels like "Datum" (they were letterhead lines "Inlichtingen J. Smit")."""
    page = Page()
    page.header([("Aan", "MEZ"), ("Van", "DGBI")])
    page.text(170, 268, "Advies over de implementatie van de AI-verordening")
    rows = [("Datum", "12 februari 2025"), ("Inlichtingen", "J. Smit"), ("Doorkiesnummer", "070 379 8911")]
    for k, (label, value) in enumerate(rows):
        page.text(440, 157 + 12 * k, label, BOLD, 7)
        page.text(510, 157 + 12 * k, value, REGULAR, 7)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ()
    assert nota.metadata.fields == (
        Field(label="Aan", value="MEZ"),
        Field(label="Van", value="DGBI"),
        *(Field(label=label, value=value) for label, value in rows),
    )


def test_unknown_colofon_label_set_like_the_known_ones_beside_its_value() -> None:
    """A colofon whose labels are bold with the value beside them after a word space ("Kenmerk
    2024-1187334"): a bold word outside the vocabulary in the same place ("Dossiernummer
    IGJ-2024-4471") is a label too. It was a letterhead entry; the unit above it stays
    letterhead."""
    page = Page()
    page.header([("Aan", "MMZ"), ("Van", "IGJ")])
    page.text(170, 268, "Verscherpt toezicht op een jeugdzorgaanbieder")
    page.text(440, 145, "Inspectie Gezondheidszorg en Jeugd", REGULAR, 7)
    rows = [("Dossiernummer", "IGJ-2024-4471"), ("Kenmerk", "2024-1187334"), ("Datum", "14 oktober 2024")]
    for k, (label, value) in enumerate(rows):
        page.text(440, 170 + 14 * k, label, BOLD, 7)
        page.text(440 + page.canvas.stringWidth(label + " ", BOLD, 7), 170 + 14 * k, value, REGULAR, 7)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Inspectie Gezondheidszorg en Jeugd",)
    assert [(f.label, f.value) for f in nota.metadata.fields][2:] == rows


def test_colofon_units_broken_by_hand_are_letterhead_entries_of_their_own() -> None:
    """An agency's name wrapped after "en" and, under it, its division on a line of its own whose
    first word would have fitted after "Warenautoriteit": two units (two letterhead entries),
    as a unit that opens with "Directie" is. They were one entry."""
    page = Page()
    page.header([("Aan", "MLVVN"), ("Van", "IG NVWA")])
    page.text(170, 268, "Ophokplicht pluimvee na uitbraak vogelgriep")
    for k, line in enumerate(["Nederlandse Voedsel- en", "Warenautoriteit", "Divisie Veterinair en Import"]):
        page.text(466, 120 + 9.8 * k, line, REGULAR, 7)
    page.colofon(_COLOFON[1:], top=165)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (
        "Nederlandse Voedsel- en Warenautoriteit",
        "Divisie Veterinair en Import",
    )
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]


def test_footnote_continued_at_the_top_of_the_next_pages_notes() -> None:
    """A note too long for its page goes on at the top of the next page's notes, without a number,
    above that page's own note: the rest of the first note (page 2 had no notes at all: the rest
    and note 2 were a paragraph of the body)."""
    page = Page()
    page.header([("Aan", "MLVVN")])
    page.text(170, 268, "Voortgang stikstofaanpak")
    page.colofon(_COLOFON)
    page.y = 320
    for heading, sentence, number in [
        ("Aanleiding", "De Rekenkamer heeft de uitvoering onderzocht.", "1"),
        ("Toelichting", "De provincies leveren hun programma's in het najaar in.", "2"),
    ]:
        page.line(heading, BOLD)
        page.line(sentence)
        x = 79 + page.canvas.stringWidth(sentence, REGULAR, page.size)
        page.text(x, page.y - page.lead - 2.5, number, REGULAR, 5.5)
        page.para(LOREM)
        if number == "1":
            page.text(79, 730, "1", REGULAR, 5.5)
            page.text(
                88,
                732.5,
                "Zie het rapport van de Algemene Rekenkamer van 15 mei 2024. Zij stelt vast",
                REGULAR,
                8,
            )
            page.text(
                88,
                742.5,
                "dat de uitvoering achterloopt en dat de verantwoording over de middelen",
                REGULAR,
                8,
            )
            page.canvas.showPage()
            page.y = 150
    page.text(88, 722.5, "onvolledig is. Zij beveelt aan per maatregel te rapporteren.", REGULAR, 8)
    page.text(79, 730, "2", REGULAR, 5.5)
    page.text(88, 732.5, "Kamerstukken II 2023/24, 35 334, nr. 290.", REGULAR, 8)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == [
        (
            1,
            "Zie het rapport van de Algemene Rekenkamer van 15 mei 2024. Zij stelt vast dat de uitvoering "
            "achterloopt en dat de verantwoording over de middelen onvolledig is. Zij beveelt aan per "
            "maatregel te rapporteren.",
        ),
        (2, "Kamerstukken II 2023/24, 35 334, nr. 290."),
    ]
    assert [[b.text for b in s.blocks if isinstance(b, Paragraph)] for s in nota.sections] == [
        [f"De Rekenkamer heeft de uitvoering onderzocht.1 {LOREM}"],
        [f"De provincies leveren hun programma's in het najaar in.2 {LOREM}"],
    ]


def test_bullets_with_specks_of_the_tab_read_as_underscores_in_an_ocr_layer() -> None:
    """A scan's specks in the tab after a bullet are read as underscores: a lone "_" between the
    misread bullet and the text ("« _ De"), one glued to the text ("e _Gemeenten"), to the
    bullet ("«_ De") or to a dash ("-_", with no gap seen even the word: "-__militaire"). The
    lines are list items without them (they were one paragraph with the marks in its text)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Geannoteerde agenda van de Europese Raad")
    page.line("Kernpunten", ocr)
    bullets = ["De regeling loopt van 2025 tot en met 2027.", "Gemeenten kunnen tot 1 maart aanvragen."]
    bullets.append("De VNG is geconsulteerd.")
    page.text(79, page.y, "\u00ab", ocr, 10)
    page.text(89, page.y, "_", ocr, 10)
    page.text(97, page.y, bullets[0], ocr, 10)
    page.y += page.lead
    page.text(79, page.y, "e", ocr, 10)
    page.text(97, page.y, "_" + bullets[1], ocr, 10)
    page.y += page.lead
    page.text(79, page.y, "\u00ab_", ocr, 10)
    page.text(104, page.y, bullets[2], ocr, 10)
    page.y += 2 * page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    dashes = [
        "militaire steun via de Europese Vredesfaciliteit;",
        "financiële steun via de Oekraïnefaciliteit.",
    ]
    page.text(79, page.y, "-__" + dashes[0], ocr, 10)
    page.y += page.lead
    page.text(79, page.y, "-_", ocr, 10)
    page.text(92, page.y, dashes[1], ocr, 10)
    page.y += 2 * page.lead
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Kernpunten", "Toelichting", "Kern"]
    assert nota.sections[0].blocks == (ItemList(items=tuple(bullets)),)
    assert nota.sections[1].blocks == (Paragraph(text=LOREM), ItemList(items=tuple(dashes)))
    assert "_" not in render(nota)


@pytest.mark.parametrize("box", ["0", "O", "[]", "D", "_[]", "(", "L]", "__L]"])
def test_check_boxes_read_as_letters_in_an_ocr_layer_are_boxes(box: str) -> None:
    """An OCR engine reads an empty check box before a decision option as the square's outline
    ("0 Akkoord", "[] Niet akkoord", "__L] Besproken"), or as a bracket glued to the option
    that no bracket closes ("(akkoord"): the options are items that keep their box, as typeset
    (they were one paragraph "0 akkoord 0 niet akkoord")."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Subsidieregeling versterking lokale democratie 2025")
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.y += 10
    page.line("Besluit Minister", ocr)
    options = ["akkoord", "niet akkoord", "besproken"]
    for option in options:
        if box == "(":
            page.text(79, page.y, box + option, ocr, 10)
        else:
            page.text(79, page.y, box, ocr, 10)
            page.text(max(97, 89 + 6 * len(box)), page.y, option, ocr, 10)
        page.y += page.lead
    nota = load_both(page.pdf())
    assert nota.sections[-1].heading == "Besluit Minister"
    assert nota.sections[-1].blocks == (ItemList(items=tuple(f"\u2610 {o}" for o in options), ordered=False),)


def _ocr_notes_page(ocr: str, notes: list[tuple[str, str]], last_line: str, last_size: float) -> bytes:
    """An OCR layer's page with a paragraph and notes under it, each note (number, text) at
    7.5 pt with its number at the text's size, and the paragraph's ``last_line`` at ``last_size``."""
    page = _ocr_body_page(ocr, "Herziening van de Wet inburgering")
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.y = 660  # (the paragraph ends just above the notes, in the page's lower half)
    page.line("De inburgering verloopt moeizaam en de gemeenten vragen om meer ruimte voor", ocr)
    page.text(79, page.y, last_line, ocr, last_size)
    top = 700.0
    for number, text in notes:
        page.text(79, top, number, ocr, 7.5)
        page.text(86, top, text, ocr, 7.5)
        top += 11
    return page.pdf()


def test_note_whose_number_an_ocr_layer_misread_starts_a_note() -> None:
    """An OCR engine misread a small note number as a letter ("B" for 5): where the next note's
    number says one note is missing, the lone character at the notes' edge starts it (that note
    and every one after it were glued to note 4)."""
    texts = [f"Kamerstukken II 2023/24, 32 824, nr. {400 + n}." for n in range(1, 8)]
    notes = [(str(n), t) for n, t in enumerate(texts, 1)]
    notes[4] = ("B", texts[4])
    nota = load_both(_ocr_notes_page(_ocr_font(), notes, "maatwerk.", 10))
    assert [(f.number, f.text) for f in nota.footnotes] == list(enumerate(texts, 1))


def test_next_note_whose_number_an_ocr_layer_boxed_further_left_starts_a_note() -> None:
    """An OCR engine boxes a note's number as it reads it: a speck beside the "2" widened its box
    to start 7 points left of the raised "1" above it, the note's text starting where note 1's
    does. Note 2 starts there (it was glued to note 1: "... MvT/26-118. 2 Raming ...")."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Verwerking van het advies van het ATR")
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    texts = ["Advies van het ATR van 30 november 2026, kenmerk MvT/26-118.", "Raming van Sira Consulting."]
    page.text(86, 700, "1", ocr, 7.5)
    page.text(93, 700, texts[0], ocr, 7.5)
    page.text(79, 711, "2", ocr, 7.5)
    page.text(93, 711, texts[1], ocr, 7.5)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == list(enumerate(texts, 1))


def test_notes_under_an_ocr_line_read_a_point_smaller_are_notes() -> None:
    """An OCR layer sizes a line by its box: a body line without capitals or tall letters
    ("maatwerk en ruimte voor een eigen aanpak.") reads a point smaller, like the notes under it.
    The notes start at the number after the gap (all were part of the body)."""
    texts = [f"Kamerstukken II 2023/24, 29 689, nr. {1200 + n}." for n in range(1, 5)]
    notes = [(str(n), t) for n, t in enumerate(texts, 1)]
    last = "maatwerk en ruimte voor een eigen aanpak."
    nota = load_both(_ocr_notes_page(_ocr_font(), notes, last, 9))
    assert [(f.number, f.text) for f in nota.footnotes] == list(enumerate(texts, 1))
    assert nota.sections[0].blocks[-1] == Paragraph(
        text="De inburgering verloopt moeizaam en de gemeenten vragen om meer ruimte voor " + last
    )


@pytest.mark.parametrize("speck", ["5", "f"])
def test_a_speck_read_as_a_character_in_an_ocr_header_is_no_title(speck: str) -> None:
    """An OCR engine reads a speck of the scan between the header's lines as a character alone on
    its line ("5", between the columns): it is no title (it was, "# 5", and the title under the
    purpose line became a paragraph)."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate([("Aan", "Minister voor Langdurige Zorg"), ("Van", "DGLZ")]):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(170, 150 + 14 * k, value, ocr, 10)
    page.text(372, 177, speck, ocr, 7)
    page.text(79, 192, "TER BESLISSING", ocr, 10)
    title = "Voortgang van de hervorming van het stelsel van langdurige zorg"
    page.text(79, 217, title, ocr, 10)
    page.y = 245
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == title
    assert nota.metadata.purpose == "beslissing"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]


def test_later_short_colofon_with_a_speck_after_a_label_in_an_ocr_layer() -> None:
    """A speck after a label of page 2's short colofon is read as a full stop ("Datum."): the
    label and its value still repeat page 1's colofon and are furniture (they were body text)."""
    nota = _ocr_nota_with_later_colofons(
        [("Kenmerk", "DGKE / 24123456"), ("Datum", "2 oktober 2024"), ("Bijlagen", "2")],
        [("Kenmerk", "DGKE / 24123456"), ("Datum.", "2 oktober 2024")],
        _KGG_HEADER,
    )
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=LOREM),)] * 2
    assert nota.metadata.get("Datum") == "2 oktober 2024"


def test_a_later_colofon_value_that_page_1_lacks_in_an_ocr_layer_is_noted() -> None:
    """An OCR layer lost page 1's reference (its small colofon text read as "eb LZ"); page 2's
    short colofon gives it ("Kenmerk" / "3891111-1062222-LZ"), with a speck after "Datum". The
    short colofon is furniture, and the reference it gives is named in a diagnostic, once (it
    was not: the lines stayed in the body)."""
    nota = _ocr_nota_with_later_colofons(
        [("eb LZ", ""), ("Datum", "1 november 2024"), ("Bijlagen", "1")],
        [("Kenmerk", "3891111-1062222-LZ"), ("Datum.", "1 november 2024")],
        ("Minister voor Langdurige Zorg", "DGLZ", "Voortgang van de hervorming van de langdurige zorg"),
        later_heading=None,
        later_pages=2,
    )
    assert "3891111" not in render(nota)
    notes = [d for d in nota.diagnostics if d.code == "later-colofon-differs"]
    assert len(notes) == 1
    assert "'3891111-1062222-LZ'" in notes[0].message
    assert notes[0].page == 2


def test_a_lone_colon_after_a_value_in_an_ocr_layer_is_a_speck() -> None:
    """A colon, semicolon or comma is set against its word: OCR reads a speck after a line's last
    word as one alone ("9 juli 2024 :"); it is no part of the value or the text."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate([("Kenmerk", "IENW/BSK-2024/118302"), ("Datum", "9 juli 2024 :")]):
        page.text(466, 157 + 28.4 * k, label, ocr, 7)
        page.text(466, 166.8 + 28.4 * k, value, ocr, 7)
    page.text(79, 150, "Aan: Minister van Infrastructuur en Waterstaat", ocr, 10)
    page.text(79, 164, "Van: DGMI", ocr, 10)
    page.text(79, 190, "Beantwoording Kamervragen over de Betuweroute", ocr, 10)
    page.y = 220
    page.line("Aanleiding", ocr)
    page.line("Er is overleg gevoerd met de Inspectie der Rijksfinanciën, ;", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Datum") == "9 juli 2024"
    assert nota.sections[0].blocks == (
        Paragraph(text="Er is overleg gevoerd met de Inspectie der Rijksfinanciën,"),
    )


@pytest.mark.parametrize("speck", ["\u00ab", ".", ","])
def test_a_speck_read_as_a_bullet_after_a_number_in_an_ocr_layer(speck: str) -> None:
    """A speck in the tab after an item's or a heading's number, read as a bullet glyph ("3. «
    Punt 3", "3.2.1 « Uitgaven") or as a dot ("3. . Punt 3"), is no part of the text: the item
    and the heading read as typeset (the mark stayed in the item; the heading was glued to its
    paragraph)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Hoofdlijnen van het wetsvoorstel flexibel werk")
    page.line("Geadviseerd besluit", ocr)
    items = ["Punt 1: instemmen met de hoofdlijnen.", "Punt 2: de uitvoerders informeren."]
    items.append("Punt 3: de Kamer informeren.")
    for k, item in enumerate(items, 1):
        page.text(79, page.y, f"{k}.", ocr, 10)
        if k == 3:
            page.text(91, page.y, speck, ocr, 10)
        page.text(101, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    page.text(79, page.y, "3.2.1", ocr, 10)
    page.text(107, page.y, speck, ocr, 10)
    page.text(118, page.y, "Uitgaven", ocr, 10)
    page.y += page.lead
    page.line("De uitgaven lopen op tot 30 miljoen euro in 2027.", ocr)
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks == (ItemList(items=tuple(items), ordered=True),)
    assert [(s.number, s.heading) for s in nota.sections][-1] == ("3.2.1", "Uitgaven")
    assert f" {speck} " not in render(nota)


def test_diagonal_watermark_is_read_apart_and_kept_once() -> None:
    """A grey watermark set diagonally across a published page ("Openbaar gemaakt op grond van de
    Woo" at 45 degrees) is read apart: its letters, each boxed where it stands, fell into the
    body's rows and were read among the words ("AHeatnAledivdiiensg..."). Its text is kept, as a
    stamp is, in the letterhead (once, though every page prints it)."""

    def watermark(c: canvas.Canvas) -> None:
        c.saveState()
        c.setFillGray(0.6)
        c.setFont(BOLD, 34)
        c.translate(300, 420)
        c.rotate(45)
        c.drawCentredString(0, 0, "Openbaar gemaakt op grond van de Woo")
        c.restoreState()

    page = _nota_page([("Aan", "MBZK"), ("Van", "DGDOO")], "Kabinetsreactie informatiehuishouding")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    watermark(page.canvas)
    page.canvas.showPage()
    page.y = 100
    page.line("Vervolg", BOLD)
    page.para(LOREM)
    watermark(page.canvas)
    nota = load_both(page.pdf())
    assert nota.title == "Kabinetsreactie informatiehuishouding"
    assert [(s.heading, [b.text for b in s.blocks if isinstance(b, Paragraph)]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Toelichting", [LOREM]),
        ("Vervolg", [LOREM]),
    ]
    assert nota.metadata.letterhead[-1:] == ("Openbaar gemaakt op grond van de Woo",)
    assert render(nota).count("Openbaar") == 1


def test_bundle_page_number_under_the_page_line_is_furniture() -> None:
    """A Woo bundle's page number ("117") stamped under the nota's own "Pagina 1 van 1", close
    under it at the body's size: a page number too, not a paragraph of the last section."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGW")], "Gesprek met de woningcorporaties")
    page.line("Vervolg", BOLD)
    page.para(LOREM)
    page.text(79, 800, "Pagina 1 van 1", REGULAR, 7)
    page.text(290, 810, "117", REGULAR, 9.5)
    nota = load_both(page.pdf())
    assert nota.metadata.page_count == 1
    assert [(s.heading, [b.text for b in s.blocks if isinstance(b, Paragraph)]) for s in nota.sections] == [
        ("Vervolg", [LOREM])
    ]


def test_bundle_page_number_under_the_colofon_is_furniture() -> None:
    """A bundle's page number stamped in the bottom right corner, under the colofon column far
    below its last value, is no more of that value ("Kopie aan: SG, DGPZ 88")."""
    page = Page()
    page.header([("Aan", "MBZ"), ("Van", "DGES")])
    page.text(170, 268, "Verslag van de Raad Buitenlandse Zaken")
    page.colofon([("Datum", "17 juni 2020"), ("Kopie aan", "SG, DGPZ")])
    page.y = 320
    page.line("Samenvatting", BOLD)
    page.para(LOREM)
    page.text(540, 815, "88", REGULAR, 9)
    nota = load_both(page.pdf())
    assert nota.metadata.fields[2:] == (
        Field(label="Datum", value="17 juni 2020"),
        Field(label="Kopie aan", value="SG, DGPZ"),
    )
    assert "88" not in words(nota)


def test_withheld_page_notice_is_no_start_of_the_next_pages_sentence() -> None:
    """A page withheld under the Woo holds only its notice, halfway down; the next page goes on
    with the withheld page's sentence ("1 januari 2025 kunnen ..."). The notice has no full stop,
    and the next page starts with no capital, but the notice's page stopped short, so no sentence
    ran on from it: it is a paragraph of its own (it was joined with the next page's first line)."""
    page = _nota_page([("Aan", "MLVVN"), ("Van", "DGS")], "Voortgangsrapportage stikstofaanpak")
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.text(190, 412, "Deze pagina is geheel gelakt op grond van 5.1.1c")
    page.canvas.showPage()
    page.y = 150
    rest = "1 januari 2025 kunnen invoeren, mits de financiering tijdig beschikbaar komt."
    page.para(rest)
    page.line("Communicatie", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks if isinstance(b, Paragraph)]) for s in nota.sections] == [
        ("Toelichting", [LOREM, "Deze pagina is geheel gelakt op grond van 5.1.1c", rest]),
        ("Communicatie", [LOREM]),
    ]


def test_label_rows_of_a_letter_bound_in_after_the_nota_are_no_fields() -> None:
    """A Woo publication binds the nota's attachment (a Kamerbrief) in after it: the letter's
    "Datum  14 oktober 2024" / "Betreft  ..." rows, set as a form in the body like a colofon under
    the last section, gave the nota a second Datum and a Betreft field. A nota has one date; a
    subject row at a later page's top among rows that give another date than page 1's colofon
    starts another document, read as an enclosure (it was read as text of the nota's last
    section, and noted)."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOBDR")], "Kamerbrief over de voortgang van de Woo")
    page.line("Geadviseerd besluit", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.y = 150
    page.line("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    page.y += page.lead
    page.header(
        [("Datum", "14 oktober 2024"), ("Betreft", "Voortgang implementatie Wet open overheid")], top=page.y
    )
    page.y += 3 * page.lead
    page.para("Hierbij informeer ik uw Kamer over de voortgang van de implementatie van de wet.")
    nota = load_both(page.pdf())
    assert nota.metadata.fields == (
        Field(label="Aan", value="MBZK"),
        Field(label="Van", value="DGOBDR"),
        Field(label="Kenmerk", value="2024-0000098765"),
        Field(label="Datum", value="12 maart 2024"),
    )
    text = " ".join(b.text for s in nota.sections for b in s.blocks if isinstance(b, Paragraph))
    assert "14 oktober 2024" not in text
    (letter,) = nota.enclosures
    assert letter.title == "Voortgang implementatie Wet open overheid"
    assert letter.metadata.date == dt.date(2024, 10, 14)
    assert "Hierbij informeer ik uw Kamer" in render(letter)
    assert "enclosure" in [d.code for d in nota.diagnostics]


def test_parenthesised_numbers_and_wide_roman_marks_set_with_a_tab_are_list_items() -> None:
    """Items marked "(1)" "(2)" "(3)" with a tab (an IenW decision list), and roman items "i)"
    "ii)" "iii)" at one tab stop, where the wide "iii)" leaves less than an em before the stop:
    each is a list of its own marks; the "(n)" items were one paragraph, "iii)" was not taken
    for a mark and the paragraph under the list became part of its last item."""
    page = _nota_page([("Aan", "MIenW")], "Overlast van goederentreinen")
    page.line("Geadviseerd besluit", BOLD)
    page.line("Wij adviseren u:")
    decisions = [
        "in te stemmen met de Kamerbrief;",
        "de brief te ondertekenen;",
        "kennis te nemen van de planning.",
    ]
    for n, item in enumerate(decisions, 1):
        page.text(79, page.y, f"({n})")
        page.line(item, x=105)
    page.y += page.lead
    page.line("Advies", BOLD)
    page.line("Wij adviseren optie A, om drie redenen:")
    reasons = ["de missie draagt bij aan de stabiliteit;", "de partners verwachten het;", "de kosten passen."]
    for numeral, item in zip(("i)", "ii)", "iii)"), reasons, strict=True):
        page.text(79, page.y, numeral)
        page.line(item, x=100)
    page.line("Na uw akkoord ondertekent u de brief.")
    nota = load_both(page.pdf())
    assert [s.blocks for s in nota.sections] == [
        (Paragraph(text="Wij adviseren u:"), ItemList(items=tuple(decisions), ordered=True)),
        (
            Paragraph(text="Wij adviseren optie A, om drie redenen:"),
            ItemList(items=tuple(reasons), ordered=True, numbering="i"),
            Paragraph(text="Na uw akkoord ondertekent u de brief."),
        ),
    ]


def test_a_bold_heading_that_ran_out_of_room_goes_on_in_a_capital() -> None:
    """A bold heading wrapped because its next word did not fit, the next line at the body's line
    gap starting with a capital ("... door de netbeheerders en de Autoriteit" / "Consument en
    Markt"), is one heading (the second line was a heading of its own); a short heading with a
    sub-heading right under it ("Toelichting" / "Politieke context") stays two."""
    page = _nota_page([("Aan", "MKGG")], "Nader rapport Energiewet")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    first = "Gevolgen voor de uitvoering door de netbeheerders en de Autoriteit"
    assert page.canvas.stringWidth(first + " Consument", BOLD, page.size) > page.width
    page.line(first, BOLD)
    page.line("Consument en Markt", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.line("Politieke context", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == [
        "Aanleiding",
        first + " Consument en Markt",
        "Toelichting",
        "Politieke context",
    ]


def test_a_form_table_with_empty_cells_to_fill_in_is_a_row_per_line() -> None:
    """A decision table whose bold header row has cells at tab stops ("Besluit   Paraaf   Datum")
    over rows that fill only the first column, the other cells left empty to fill in by hand
    ("Akkoord" / "Niet akkoord" / "Besproken"): each row a paragraph (the header was a heading
    and the rows one paragraph "Akkoord Niet akkoord Besproken"); a first cell's text that goes
    on after "en" ("Directie Financiën en" / "Control") stays one row."""
    page = _nota_page([("Aan", "MVWS")], "Aanpak wachttijden ggz")
    page.line("Geadviseerd besluit", BOLD)
    page.para("Akkoord gaan met de aanpak zoals beschreven in de Kamerbrief.")
    for x, cell in ((79, "Besluit"), (200, "Paraaf"), (300, "Datum")):
        page.text(x, page.y, cell, BOLD)
    page.y += page.lead
    for row in ("Akkoord", "Niet akkoord", "Besproken", "Directie Financi\u00ebn en", "Control"):
        page.line(row)
    page.y += page.lead
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Geadviseerd besluit", "Toelichting"]
    assert nota.sections[0].blocks == tuple(
        Paragraph(text=text)
        for text in (
            "Akkoord gaan met de aanpak zoals beschreven in de Kamerbrief.",
            "Besluit Paraaf Datum",
            "Akkoord",
            "Niet akkoord",
            "Besproken",
            "Directie Financi\u00ebn en Control",
        )
    )


def test_options_lettered_in_capitals_with_a_tab_are_a_list() -> None:
    """Options marked "A." "B." "C." and set with a tab (the wider "C." leaves less than an em
    before the tab stop) are a list lettered in capitals, and the paragraph under it is no part
    of its last item; they were one paragraph. A line opening with an initial ("M. Jansen") is
    text."""
    page = _nota_page([("Aan", "Minister")], "Verlenging EU-trainingsmissie Mozambique")
    page.line("Opties", BOLD)
    options = ["Nederland blijft deelnemen.", "Nederland trekt zich in 2026 terug.", "Nederland stemt tegen."]
    for letter, option in zip("ABC", options, strict=True):
        page.text(79, page.y, f"{letter}.")
        page.line(option, x=97)
    page.line("Wij adviseren optie A.")
    page.y += page.lead
    page.line("Contact", BOLD)
    page.line("Vragen beantwoordt")
    page.line("M. Jansen (DVB).")
    nota = load_both(page.pdf())
    assert [s.blocks for s in nota.sections] == [
        (
            ItemList(items=tuple(options), ordered=True, numbering="A"),
            Paragraph(text="Wij adviseren optie A."),
        ),
        (Paragraph(text="Vragen beantwoordt M. Jansen (DVB)."),),
    ]


def test_bullet_read_as_an_equals_sign_in_an_ocr_layer() -> None:
    """An OCR engine reads a blurred bullet as "=" (two strokes), a tab's width before the item's
    text: the line is the list's next item (it was a paragraph "= de gemeente ...")."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Proef met een nieuw stembiljet", aan="MBZK", van="DGDOO")
    page.line("Geadviseerd besluit", ocr)
    items = ["de gemeente telt meer dan 20.000 kiezers;", "de gemeente stelt een eigen evaluatie op."]
    for mark, item in zip(["\u2022", "="], items, strict=True):
        page.text(92, page.y, mark, ocr, 10)
        page.text(110, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Geadviseerd besluit", "Toelichting"]
    assert nota.sections[0].blocks == (ItemList(items=tuple(items)),)


@pytest.mark.parametrize("number", ["Pagina 1-van 1", "Pagina 2 -van 2"])
def test_page_number_with_specks_in_an_ocr_colofon_is_furniture(number: str) -> None:
    """An OCR engine reads a speck on the colofon's page number as a hyphen ("Pagina 1-van 1"):
    the line is the page number, no letterhead or field (it was kept as a letterhead line)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Extra middelen voor de opvang van asielzoekers", van="DGM")
    y = page.stacked([("Referentie", "6511098"), ("Datum", "24 april 2025")], fonts=(ocr, ocr))
    page.text(466, y, number, ocr, 7)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ()
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Buitenlandse Zaken"),
        ("Van", "DGM"),
        ("Referentie", "6511098"),
        ("Datum", "24 april 2025"),
    ]
    assert "van 1" not in render(nota)


def test_subtitle_set_smaller_under_the_title_in_an_ocr_layer() -> None:
    """An OCR layer gives no bold, but sizes each line by its box: a line set at 10 points under
    a title at 14 is a subtitle, a paragraph above the first section, no part of the title (the
    two were one title)."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister van KGG", ocr, 10)
    page.text(79, 164, "Van: DGKE", ocr, 10)
    page.text(79, 200, "Nader rapport tweede nota van wijziging Energiewet", ocr, 14)
    page.text(79, 220, "Reactie op het advies van de Raad van State over de Energiewet", ocr, 10)
    page.y = 250
    page.line("Aanleiding", ocr)
    page.para(LOREM + " " + LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Nader rapport tweede nota van wijziging Energiewet"
    assert "Reactie op het advies van de Raad van State over de Energiewet" in render(nota)
    assert [s.heading for s in nota.sections][-1:] == ["Aanleiding"]


def test_headings_outside_the_vocabulary_over_lists_in_an_ocr_layer() -> None:
    """An OCR layer gives no bold, so a heading outside the vocabulary is known by standing
    alone, short, over a paragraph, or over a list whose first item opens with a capital
    ("Opties" over "A. Nederland steunt ...", "Nederlandse inzet" over "1. Nederland steunt
    ..."): both are headings and their items lists (the first option was a paragraph, the other
    heading a paragraph)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Verlenging EU-trainingsmissie Mozambique", aan="Minister", van="DVB")
    page.line("Aanleiding", ocr)
    page.para("De Raad besluit over de verlenging van de missie. Nederland levert twee stafofficieren.", ocr)
    page.line("Opties", ocr)
    options = ["Nederland steunt de verlenging.", "Nederland trekt zich terug.", "Nederland stemt tegen."]
    for letter, option in zip("ABC", options, strict=True):
        page.text(79, page.y, f"{letter}.", ocr, 10)
        page.line(option, ocr, x=97)
    page.y += page.lead
    page.line("Nederlandse inzet", ocr)
    page.y += page.lead
    points = ["Nederland steunt de hogere tarieven.", "Nederland vraagt een overgangstermijn."]
    for number, point in enumerate(points, 1):
        page.text(79, page.y, f"{number}.", ocr, 10)
        page.line(point, ocr, x=97)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Opties", "Nederlandse inzet"]
    assert nota.sections[1].blocks == (ItemList(items=tuple(options), ordered=True, numbering="A"),)
    assert nota.sections[2].blocks == (ItemList(items=tuple(points), ordered=True),)


def test_a_bare_datum_under_a_paraph_line_in_an_ocr_layer_is_text() -> None:
    """An OCR layer marks the nota's title but, having no bold, no heading: a form to sign at the
    end of a section, "Paraaf MBZK:" over "Datum:" with nothing after the colons, is text of its
    section, as where headings are marked; the colofon's Datum is the date (the bare "Datum:" was
    dropped as a repeat of the colofon's label)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Proef met een nieuw stembiljet", aan="MBZK", van="DGDOO")
    page.stacked([("Onze referentie", "2025-0000233019"), ("Datum", "17 april 2025")], fonts=(ocr, ocr))
    page.line("Aanleiding", ocr)
    page.para("De stemmen worden centraal geteld met scanners die de Kiesraad heeft gekeurd.", ocr)
    page.y += page.lead
    page.line("Paraaf MBZK:", ocr)
    page.y += 2 * page.lead
    page.line("Datum:", ocr)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields][-1] == ("Datum", "17 april 2025")
    assert nota.sections[-1].blocks[-2:] == (Paragraph(text="Paraaf MBZK:"), Paragraph(text="Datum:"))


def test_a_later_short_colofon_value_sized_as_the_body_in_an_ocr_layer_is_furniture() -> None:
    """An OCR layer sizes a line by its box: on page 3's short colofon at the top of the page the
    date under its small label ("Datum" / "8 juli 2024", a j reaching down) reads at the body's
    size. It repeats page 1's date and is furniture like its label (it stayed as body text, and
    the reference under it with it)."""
    ocr = _ocr_font()
    page = Page()
    page.stacked(
        [("Kenmerk", "DGS / 91234567"), ("Datum", "8 juli 2024"), ("Bijlagen", "1")], fonts=(ocr, ocr)
    )
    page.text(79, 150, "Aan: Minister van LVVN", ocr, 10)
    page.text(79, 164, "Van: DGS", ocr, 10)
    page.text(79, 190, "Voortgangsrapportage stikstof eerste helft 2024", ocr, 10)
    page.y = 220
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.canvas.showPage()
    page.text(79, 60, "Datum", ocr, 7)
    page.text(79, 66, "8 juli 2024", ocr, 9.5)
    page.text(79, 88, "Kenmerk", ocr, 7)
    page.text(79, 97, "DGS / 91234567", ocr, 7)
    page.y = 130
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=LOREM),)] * 2
    assert nota.metadata.get("Datum") == "8 juli 2024"


@pytest.mark.parametrize("number", ["Pagina 1 van 1.", "P\u00e4gina 1 van 1", "Pagina \u00cc van 1."])
def test_page_number_with_a_speck_after_or_over_it_in_an_ocr_colofon_is_furniture(number: str) -> None:
    """An OCR engine reads a speck after the colofon's page number as a full stop ("Pagina 1 van
    1.") and one over a letter as an accent on it ("P\u00e4gina", a 1 as "\u00cc"): the line is still
    the page number, no letterhead line, and no value of the label above it whose own value the
    engine lost (it was: "Bijlagen: Pagina 1 van 1.")."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Jaarplan wetgeving 2025", aan="Minister van Justitie en Veiligheid", van="DWJZ"
    )
    y = page.stacked(
        [("Zaaknummer", "Z-2024-018834"), ("Datum", "14 november 2024"), ("Bijlagen", "")], fonts=(ocr, ocr)
    )
    page.text(466, y, number, ocr, 7)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ()
    assert nota.metadata.page_count == 1
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Justitie en Veiligheid"),
        ("Van", "DWJZ"),
        ("Zaaknummer", "Z-2024-018834"),
        ("Datum", "14 november 2024"),
        ("Bijlagen", ""),
    ]
    assert "van 1" not in render(nota)


def test_an_underscore_glued_before_a_list_mark_in_an_ocr_layer_is_a_speck() -> None:
    """An OCR engine reads a speck of the margin before a line's list mark as an underscore glued
    to it: a bullet read as "e" ("_e") or an item's number ("__3."). The lines are still items of
    the list (they were paragraphs: "e Het aantal ...", "__3. Instemmen ..."), and the speck left
    of the margin no longer sets the left edge that the header's label rows are measured from
    (the Aan and Van rows were read as text, after the colofon's fields)."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate([("Aan", "Minister van BZK"), ("Van", "DGOBDR")]):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(170, 150 + 14 * k, value, ocr, 10)
    page.stacked([("Onze referentie", "2024-0000834512"), ("Datum", "21 oktober 2024")], fonts=(ocr, ocr))
    page.text(79, 190, "Uitkomsten van de peiling burgemeesters", ocr, 10)
    page.y = 230
    page.line("Kern", ocr)
    bullets = [
        "Ruim de helft heeft te maken gehad met intimidatie.",
        "Het aantal meldingen is gelijk gebleven.",
    ]
    bullets.append("Burgemeesters vragen om meer steun.")
    for mark, item in zip(["e", "_e", "e"], bullets, strict=True):
        page.text(79 - page.canvas.stringWidth(mark[:-1], ocr, 10), page.y, mark, ocr, 10)  # (the e at 79)
        page.text(97, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Beslispunten", ocr)
    numbered = [
        "Het besluit ondertekenen.",
        "De nota van toelichting vaststellen.",
        "Instemmen met publicatie.",
    ]
    for mark, item in zip(["1.", "2.", "__3."], numbered, strict=True):
        page.text(79 - page.canvas.stringWidth(mark[:-2], ocr, 10), page.y, mark, ocr, 10)
        page.text(97, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Kern", "Beslispunten", "Toelichting"]
    assert nota.sections[0].blocks == (ItemList(items=tuple(bullets)),)
    assert nota.sections[1].blocks == (ItemList(items=tuple(numbered), ordered=True),)
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Onze referentie", "Datum"]


@pytest.mark.parametrize(
    "title", ["Inrichting programmadirectie Woo", "Inrichting van de programmadirectie Woo-implementatie"]
)
def test_a_speck_read_as_two_small_letters_under_an_ocr_title_is_no_title(title: str) -> None:
    """An OCR engine reads a speck under the title as two small letters ("on"), boxed a third
    smaller than the title (no capitals or tall letters): no part of the title and no text (it
    was joined to a short title, "... Woo on"; under a title as wide as the body, which ends
    the header, it kept the title from being found: "# on", or no title and the title's line a
    paragraph)."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate([("Aan", "SG"), ("Van", "pDGOO")]):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(170, 150 + 14 * k, value, ocr, 10)
    page.text(79, 195, title, ocr, 10)
    page.text(108, 212, "on", ocr, 6)
    page.y = 228
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == title
    assert nota.metadata.letterhead == ()
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=LOREM),)] * 2


def test_a_heading_number_with_a_comma_in_an_ocr_layer_is_the_number() -> None:
    """An OCR engine reads the full stop after a heading's number as a comma ("4, Communicatie"):
    the line is the fourth numbered section (it was a paragraph of the third)."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Vaccinatiegraad: aanvullende maatregelen", aan="Minister voor Medische Zorg", van="DPG"
    )
    for heading in ["1. Aanleiding", "2. Geadviseerd besluit", "3. Toelichting", "4, Communicatie"]:
        page.line(heading, ocr)
        page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [(s.number, s.heading) for s in nota.sections] == [
        ("1", "Aanleiding"),
        ("2", "Geadviseerd besluit"),
        ("3", "Toelichting"),
        ("4", "Communicatie"),
    ]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=LOREM),)] * 4


def test_roman_heading_numbers_misread_in_a_skewed_ocr_layer() -> None:
    """A skewed scan: the OCR engine reads the roman numbers of the headings' strokes as other
    letters ("L. Aanleiding", "Il. Stand van zaken") and the title's line, its words set lower
    and lower across the page, gets a box taller than its words, so the gap under it reads
    smaller than a line's. The headings are I, II and III (they were paragraphs, with the title
    joined to the first: "Stand van zaken ... L. Aanleiding"), and the title is the title."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate([("Aan", "Minister van OCW"), ("Van", "DGHO")]):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(170, 150 + 14 * k, value, ocr, 10)
    title = "Stand van zaken studentenhuisvesting studiejaar 2024-2025"
    x = 79.0
    for n, word in enumerate(title.split()):
        page.text(x, 192 - 0.6 * n, word, ocr, 10)  # (the row rises to the right: skewed)
        x += page.canvas.stringWidth(word + " ", ocr, 10)
    page.y = 205
    for heading in ["L. Aanleiding", "Il. Stand van zaken", "III. Vervolg"]:
        page.line(heading, ocr)
        page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == title
    assert [(s.number, s.heading) for s in nota.sections] == [
        ("I", "Aanleiding"),
        ("II", "Stand van zaken"),
        ("III", "Vervolg"),
    ]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=LOREM),)] * 3


def test_a_table_of_amounts_header_repeated_on_the_next_page_of_an_ocr_layer_is_no_row() -> None:
    """A table of amounts runs on over the page break under its header row printed again (a word
    processor repeats it on each page). An OCR layer's table is read line by line: the repeat at
    the top of page 2 is no row of the table (it was kept as a second header row amid the
    rows), though a row OCR misread ("Twente 5,5 5,6 A11") ends in no number."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Verdeling van de extra middelen voor de zorgkantoren", aan="Minister van VWS", van="FEZ"
    )
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    page.line("De verdeling per regio is als volgt (bedragen in mln):", ocr)
    header = "Zorgkantoorregio 2025 2026 Totaal"
    rows = [f"Regio {n} {n},1 {n},2 {2 * n},3" for n in range(1, 30)]
    rows[3] = "Twente 5,5 5,6 A11"
    first, later = rows[:22], rows[22:]
    page.line(header, ocr)
    for row in first:
        page.line(row, ocr)
    page.text(79, 800, "Pagina 1 van 2", ocr, 7)
    page.canvas.showPage()
    page.y = 80
    page.line(header, ocr)
    for row in later:
        page.line(row, ocr)
    page.y += page.lead
    page.para("De verdeling volgt de verdeelsleutel van het Integraal Zorgakkoord.", ocr)
    page.text(79, 800, "Pagina 2 van 2", ocr, 7)
    nota = load_both(page.pdf())
    text = render(nota)
    assert text.count(header) == 1
    assert all(row in text for row in rows)
    assert text.index(first[-1]) < text.index(later[0])


@pytest.mark.parametrize("word", ["Status", "Contact", "Directie"])
def test_a_label_word_heading_under_the_bold_title_is_the_first_section(word: str) -> None:
    """A first section headed by a word that is also a colofon label ("Status" / "Deze nota is een
    vervolg ..."), bold under the bold title, is a section: a label's value is no sentence. It was
    read as that label with the colofon's unit for its value, and its heading was lost."""
    page = Page()
    page.text(79, 150, "TER BESLISSING", BOLD)
    page.header([("Aan", "Minister voor Asiel en Migratie"), ("Van", "Hoofddirecteur IND")], top=170)
    page.text(79, 212, "Versnelde afhandeling van nareisaanvragen", BOLD)
    page.text(466, 150, "Immigratie- en Naturalisatiedienst", BOLD, 7)
    page.stacked([("Ons kenmerk", "8127734"), ("Datum", "13 februari 2024")], top=175)
    page.y = 236
    page.line(word, BOLD)
    page.para("Deze nota is een vervolg op de nota van 9 januari 2024 over de achterstanden bij nareis.")
    page.line("Advies", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == [word, "Advies"]
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Ons kenmerk", "Datum"]
    assert nota.metadata.letterhead == ("Immigratie- en Naturalisatiedienst",)


@pytest.mark.parametrize("street_top", [118.6, 109.8], ids=["blank-line", "right-under"])
def test_a_bold_unit_over_its_address_is_letterhead(street_top: float) -> None:
    """A bold unit's name at the top of the colofon ("Logius"), a blank line or none, then its
    address: a label's value stands right under its label and is no street with a house number,
    so the name is letterhead, not a label outside the vocabulary with the address for its value
    (right under it, the address was the value of a label "Logius")."""
    rows = [("Aan", "DGDOO"), ("Van", "Algemeen directeur Logius")]
    page = _nota_page(rows, "Vervanging van DigiD Machtigen")
    page.text(466, 100, "Logius", BOLD, 7)
    page.text(466, street_top, "Wilhelmina van Pruisenweg 52", REGULAR, 7)
    page.text(466, street_top + 9.8, "2595 AN Den Haag", REGULAR, 7)
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Logius", "Wilhelmina van Pruisenweg 52 2595 AN Den Haag")
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]


def test_a_bold_label_over_a_street_under_the_units_address_is_a_label() -> None:
    """Under the unit's block with its address, a bold line outside the vocabulary over a street
    with its house number ("Vergaderlocatie" / "Kalvermarkt 32") is a label with the street for
    its value: a unit heads its address at the colofon's top, before any address (both lines
    were letterhead)."""
    page = Page()
    page.header([("Aan", "MinDef"), ("Van", "DG Beleid")])
    page.text(170, 268, "Huisvesting van de staf")
    for k, line in enumerate(["Defensie Vastgoedbedrijf", "Postbus 20701", "2500 ES Den Haag"]):
        page.text(466, 100 + 9.8 * k, line, REGULAR, 7)
    page.stacked([("Vergaderlocatie", "Kalvermarkt 32"), ("Datum", "4 februari 2025")], top=150)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Defensie Vastgoedbedrijf", "Postbus 20701 2500 ES Den Haag")
    assert nota.metadata.get("Vergaderlocatie") == "Kalvermarkt 32"


def test_a_letter_whose_datum_and_betreft_rows_give_another_date_is_an_enclosure() -> None:
    """Page 2 prints a Kamerbrief whose colofon column holds only its ministry's address; its
    Datum, Betreft and Ons kenmerk rows stand in the main column, above the letter's text, with
    another date than page 1's. A nota's continuation page opens with no subject row: this page
    starts another document (the letter was read as more text of the nota's last section)."""
    page = _nota_with_aanleiding()
    page.text(466, 100, "Ministerie van Buitenlandse Zaken", BOLD, 7)
    for k, line in enumerate(("Rijnstraat 8", "2515 XP Den Haag", "Postbus 20061")):
        page.text(466, 120 + 9.8 * k, line, REGULAR, 7)
    page.y = 150
    for line in ("Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Prinses Irenestraat 6"):
        page.line(line)
    page.header(
        [
            ("Datum", "21 februari 2024"),
            ("Betreft", "Inzet op klimaatfinanciering"),
            ("Ons kenmerk", "BZ2409931"),
        ],
        top=230,
    )
    page.y = 290
    page.para("Hierbij informeer ik u over de Nederlandse inzet op klimaatfinanciering na de klimaattop.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]
    (letter,) = nota.enclosures
    assert letter.origin is not None
    assert letter.origin.page == 2
    assert letter.title == "Inzet op klimaatfinanciering"
    assert letter.metadata.date == dt.date(2024, 2, 21)
    assert letter.metadata.reference == "BZ2409931"
    assert "Hierbij informeer ik" in render(letter)


def test_a_quoted_e_mail_s_van_and_aan_rows_in_the_body_stay_text() -> None:
    """The nota quotes an e-mail in its Aanleiding, with the message's Van, Aan and Onderwerp
    rows. The nota's own Aan and Van are in its head; the rows were read as more fields of the
    nota (a colofon spliced into the body), out of their section."""
    page = _nota_page([("Aan", "MIenW"), ("Van", "DGMI")], "Stremming sluis Eefde")
    page.line("Aanleiding", BOLD)
    page.para("Schuttevaer heeft zich in een e-mail tot u gewend. Zij schrijft:")
    page.line("Van: Schuttevaer")
    page.line("Aan: Minister van Infrastructuur en Waterstaat")
    page.line("Onderwerp: Stremming sluis Eefde")
    page.y += 8
    page.para("Wij verzoeken u om een tegemoetkoming voor de schippers.")
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "MIenW"),
        ("Van", "DGMI"),
        ("Kenmerk", "2024-0000098765"),
        ("Datum", "12 maart 2024"),
    ]
    assert [b.text for b in nota.sections[0].blocks] == [
        "Schuttevaer heeft zich in een e-mail tot u gewend. Zij schrijft:",
        "Van: Schuttevaer Aan: Minister van Infrastructuur en Waterstaat Onderwerp: Stremming sluis Eefde",
        "Wij verzoeken u om een tegemoetkoming voor de schippers.",
    ]
    assert nota.enclosures == ()


def test_an_e_mail_printout_after_the_nota_is_an_enclosure() -> None:
    """Page 2 prints an e-mail (a Woo bundle's printout): no colofon, its Van, Verzonden and Aan
    rows at the top, Van first, then Onderwerp and the message. Only an Aan row followed by a Van
    row started a document: the rows were read as the nota's fields, the message as its text."""
    page = _nota_with_aanleiding()
    page.header(
        [
            ("Van:", "Stichting Open Overheid"),
            ("Verzonden:", "woensdag 2 oktober 2024 16:42"),
            ("Aan:", "Directie Democratie"),
            ("Onderwerp:", "Verzoek om overleg"),
        ],
        top=100,
    )
    page.y = 170
    page.para("Graag maken wij een afspraak om de voortgang van de Wet open overheid te bespreken.")
    nota = load_both(page.pdf())
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]
    (mail,) = nota.enclosures
    assert mail.metadata.sender == "Stichting Open Overheid"
    assert mail.metadata.addressee == "Directie Democratie"
    assert mail.title == "Verzoek om overleg"
    assert "Graag maken wij een afspraak" in render(mail)


def test_an_enclosure_set_larger_than_the_nota_has_its_own_body_size() -> None:
    """The nota is set at 9.5 points, the e-mail printout bound in after it at 11: the body size
    was the nota's, so every line of the e-mail, a fifth larger, read as a heading in a larger
    font."""
    page = _nota_with_aanleiding()
    page.size, page.lead = 11, 16.5
    page.header(
        [("Van:", "Stichting Open Overheid"), ("Verzonden:", "2 oktober 2024"), ("Aan:", "DDB")], top=100
    )
    page.text(79, 150, "Onderwerp:")
    page.text(170, 150, "Verzoek om overleg")
    page.y = 180
    texts = [
        "Graag maken wij een afspraak om de voortgang van de Wet open overheid te bespreken.",
        "Wij stellen voor in de week van 14 oktober af te spreken.",
    ]
    for text in texts:
        page.para(text)
    nota = load_both(page.pdf())
    (mail,) = nota.enclosures
    assert mail.title == "Verzoek om overleg"
    assert [(s.heading, [b.text for b in s.blocks]) for s in mail.sections] == [("", texts)]


def test_a_salutation_with_a_redacted_name_opens_the_letter_s_text() -> None:
    """An e-mail printout's salutation "Beste [box] 5.1.2e," (the name redacted: a box, then the
    ground code beside it) over its text: the box's gap read it as a label row ("Beste" with the
    value "5.1.2e,"), and a salutation was letterhead, not the text's first paragraph."""
    page = _nota_with_aanleiding()
    page.header(
        [("Van:", "Stichting Open Overheid"), ("Verzonden:", "2 oktober 2024"), ("Aan:", "DDB")], top=100
    )
    page.text(79, 150, "Onderwerp:")
    page.text(170, 150, "Verzoek om overleg")
    page.text(79, 180, "Beste")
    page.canvas.rect(106, A4[1] - 190, 40, 10, fill=1)
    page.text(150, 180, "5.1.2e,")
    page.y = 205
    page.para("Graag maken wij een afspraak om de voortgang van de Wet open overheid te bespreken.")
    nota = load_both(page.pdf())
    (mail,) = nota.enclosures
    assert "Beste" not in [f.label for f in mail.metadata.fields]
    assert "Beste 5.1.2e," not in mail.metadata.letterhead
    assert [b.text for b in mail.sections[0].blocks][:1] == ["Beste 5.1.2e,"]


def test_an_e_mail_printout_s_rows_keep_their_order() -> None:
    """An enclosed e-mail's rows "Van:" / "Verzonden:" / "Aan:" / "CC:" are its fields in the order
    printed. With no heading in the e-mail its marked text was read as plain text's, whose Aan and
    Van are moved to the front (a colofon drawn before the main column): Aan went before
    Verzonden."""
    page = _nota_with_aanleiding()
    page.header(
        [
            ("Van:", "Stichting Open Overheid"),
            ("Verzonden:", "woensdag 2 oktober 2024 16:42"),
            ("Aan:", "Directie Democratie"),
            ("CC:", "DGOBDR"),
            ("Onderwerp:", "Verzoek om overleg"),
        ],
        top=100,
    )
    page.y = 190
    page.para("Graag maken wij een afspraak om de voortgang van de Wet open overheid te bespreken.")
    (mail,) = load_both(page.pdf()).enclosures
    assert [f.label for f in mail.metadata.fields] == ["Van", "Verzonden", "Aan", "CC"]


@pytest.mark.parametrize("before", ["letter", "e-mail"])
def test_a_colofon_after_an_enclosure_without_one_starts_the_next(before: str) -> None:
    """Page 2 prints a document whose colofon column gives no date or reference (a Kamerbrief
    with only its address there, its Datum and Ons kenmerk rows in the main column; an e-mail
    printout with no colofon at all), page 3 a list of questions and answers with a colofon of
    its own (Datum, Kenmerk). Page 3's colofon was compared with page 2's, which gave nothing to
    compare, and was dropped: the questions were read as more of page 2's document."""
    page = _nota_with_aanleiding()
    if before == "letter":
        page.text(466, 100, "Ministerie van Financiën", BOLD, 7)
        page.text(466, 110, "Korte Voorhout 7", REGULAR, 7)
        page.y = 150
        for line in ("De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018"):
            page.line(line)
        page.header(
            [
                ("Datum", "21 februari 2024"),
                ("Betreft", "Inzet kasschuiven"),
                ("Ons kenmerk", "2024-0000071388"),
            ],
            top=230,
        )
        page.y = 290
        page.para("Hierbij informeer ik u over de kasschuiven bij de Voorjaarsnota.")
    else:
        page.header(
            [("Van:", "Stichting Open Overheid"), ("Verzonden:", "2 oktober 2024"), ("Aan:", "DDB")], top=100
        )
        page.y = 170
        page.para("Graag maken wij een afspraak om de voortgang te bespreken.")
    page.canvas.showPage()
    page.colofon([("Directie Democratie", ""), ("Datum", "3 juni 2024"), ("Kenmerk", "2024-0000298120")])
    page.text(79, 160, "Vragen en antwoorden", BOLD)
    page.y = 190
    page.line("Vraag 1", BOLD)
    page.para("Wanneer wordt de wet geëvalueerd?")
    nota = load_both(page.pdf())
    first, questions = nota.enclosures
    assert first.origin is not None
    assert first.origin.page == 2
    assert questions.origin is not None
    assert questions.origin.page == 3
    assert questions.metadata.reference == "2024-0000298120"
    assert questions.metadata.date == dt.date(2024, 6, 3)
    assert "Wanneer wordt de wet" in render(questions)
    assert "Wanneer wordt de wet" not in render(first)


def test_labels_over_their_values_in_columns_are_fields() -> None:
    """A header table without borders that sets its labels over their values in columns ("Aan
    Van   Datum   Notanummer", a value wrapped in its cell, a second such table with a label outside
    the vocabulary): each column is a field. The rows were read as lines (a label "Staatssecretaris"
    with the other columns' values, the wrapped value the title) and the second label row ended
    the header, its purpose and title becoming headings."""
    page = Page(size=10)
    page.text(79, 140, "Nota", BOLD, 16)
    for x, label, lines in (
        (79, "Aan", ["Staatssecretaris", "Fiscaliteit en", "Belastingdienst"]),
        (192, "Van", ["DG Belastingdienst"]),
        (305, "Datum", ["13 februari 2024"]),
        (418, "Notanummer", ["2024-0000031842"]),
    ):
        page.text(x, 170, label, BOLD, 8)
        for k, line in enumerate(lines):
            page.text(x, 181 + 12 * k, line)
    for x, label, value in (
        (79, "Termijn", "1 maart 2024"),
        (192, "Kopie aan", "SG, DGFis"),
        (305, "Bijlage(n)", "3"),
    ):
        page.text(x, 236, label, BOLD, 8)
        page.text(x, 247, value)
    page.text(79, 280, "TER BESLISSING", BOLD)
    page.text(79, 310, "Uitstel van het nieuwe systeem voor de omzetbelasting", BOLD)
    page.y = 334
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Staatssecretaris Fiscaliteit en Belastingdienst"),
        ("Van", "DG Belastingdienst"),
        ("Datum", "13 februari 2024"),
        ("Notanummer", "2024-0000031842"),
        ("Termijn", "1 maart 2024"),
        ("Kopie aan", "SG, DGFis"),
        ("Bijlage(n)", "3"),
    ]
    assert nota.metadata.purpose == "beslissing"
    assert nota.title == "Uitstel van het nieuwe systeem voor de omzetbelasting"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_a_left_colofon_as_long_as_a_short_body_gives_its_fields() -> None:
    """A colofon in a narrow column left of the body, set at 7 pt beside a 9.5 pt body, holds
    about as many letters as a short one-page nota: still a column, its pairs fields (the rows
    mixed both columns: "Datum: Uitvoering van de basisbeurs ...", the body's headings among the
    colofon's labels)."""
    pairs = [
        ("Datum", "13-02-2024"),
        ("Kenmerk", "DUO/2024/00471"),
        ("Beleidsterrein", "Studiefinanciering"),
        ("Behandelend ambtenaar", "5.1.2e"),
        ("Telefoon", "5.1.2e"),
        ("E-mail", "5.1.2e"),
        ("Bijlage(n)", "1"),
    ]
    page = Page(left=181, width=330)
    page.text(37, 142, "Dienst Uitvoering Onderwijs", BOLD, 7)
    page.stacked(pairs, x=37, top=170, step=26)
    page.header([("Aan:", "Minister van OCW"), ("Van:", "Bestuursvoorzitter DUO")], top=142, value_x=238)
    page.text(181, 180, "TER INFORMATIE", BOLD)
    page.text(181, 205, "Uitvoering van de basisbeurs", BOLD)
    page.y = 228
    page.line("Aanleiding", BOLD)
    page.para("Sinds 1 september 2023 ontvangen studenten weer een basisbeurs.")
    page.line("Vervolg", BOLD)
    page.para("DUO rapporteert in september 2024.")
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van OCW"),
        ("Van", "Bestuursvoorzitter DUO"),
        *pairs,
    ]
    assert nota.title == "Uitvoering van de basisbeurs"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Vervolg"]


@pytest.mark.parametrize(("dx", "dy"), [(0.0, 0.0), (40.0, 60.0), (-297.5, -421.0)])
def test_a_media_box_that_does_not_start_at_the_origin_reads_the_same(dx: float, dy: float) -> None:
    """A page's MediaBox need not start at 0, 0: a tool that centres the page sets [-297.5 -421
    297.5 421], one that re-saves a cut-out page [40 60 635 902]. The same drawing moved with its
    MediaBox looks the same and reads the same (text measured from the page's own edge, not from
    0, 0: the colofon near the right edge was lost as outside the page, the rows above the first
    ones were taken for a header band)."""
    page = Page()
    page.canvas.translate(dx, dy)
    page.colofon([("Onze referentie", "2024-0000123456"), ("Datum", "13 februari 2024")], x=470, top=150)
    page.text(470, 226, "Pagina 1 van 1", REGULAR, 7)
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")], top=150)
    page.y = 200
    page.line("TER BESLISSING", BOLD)
    page.line("Uitvoering van de motie Van der Linden", BOLD)
    page.y += 10
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    data = page.pdf()
    box = b"/MediaBox [ 0 0 595.2756 841.8898 ]"
    assert data.count(box) == 1
    moved = f"/MediaBox [{dx:g} {dy:g} {595.28 + dx:.1f} {841.89 + dy:.1f}]".encode()
    data = data.replace(box, moved.ljust(len(box)))  # (the same length: the file's offsets hold)
    nota = load_both(data)
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "MBZK"),
        ("Van", "DGDOO"),
        ("Onze referentie", "2024-0000123456"),
        ("Datum", "13 februari 2024"),
    ]
    assert nota.metadata.page_count == 1
    assert nota.metadata.purpose == "beslissing"
    assert nota.title == "Uitvoering van de motie Van der Linden"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    first = nota.sections[0].blocks[0].origin
    assert first is not None
    assert first.bbox is not None
    assert first.bbox[0] == pytest.approx(79, abs=0.5)  # (measured from the page's left edge)


def _wrapped_cells_table(rows: list[tuple[str, list[str], str, str]]) -> bytes:
    """A nota with a table whose bold header row is "Project   Omschrijving   2025   2026" over
    rows whose description cell wraps over lines beside the other cells, which fill only the
    row's first line; ``rows`` are (number, description lines, 2025, 2026)."""
    page = _nota_page([("Aan", "MKGG")], "Projecten Klimaatfonds")
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    xs = [79, 125, 330, 390]
    for x, cell in zip(xs, ("Project", "Omschrijving", "2025", "2026"), strict=True):
        page.text(x, page.y, cell, BOLD)
    page.y += page.lead
    for number, description, first, second in rows:
        for x, cell in zip(xs, (number, description[0], first, second), strict=True):
            page.text(x, page.y, cell)
        page.y += page.lead
        for line in description[1:]:
            page.line(line, x=xs[1])
    page.y += 8
    page.para("Alle bedragen in miljoenen euro.")
    return page.pdf()


def test_a_table_row_whose_cell_wraps_is_read_cell_by_cell() -> None:
    """A row whose description wraps over lines beside its amounts, which stand on the row's
    first line, is read cell by cell: the whole description, then the amounts (the wrapped lines
    came after the amounts: "P01 Netverzwaring Noord-Holland Noord, 41,0 53,3 inclusief twee
    nieuwe hoogspanningsstations"). A description that fills its cell up to the next column,
    less than a tab's width from the amount, is still its own cell ("... onder de zee 88,0")."""
    rows = [
        (
            "P01",
            ["Netverzwaring Noord-Holland Noord,", "inclusief twee nieuwe", "hoogspanningsstations"],
            "41,0",
            "53,3",
        ),
        ("P02", ["CO2-opslag in de lege gasvelden onder de zee", "(Porthos)"], "88,0", "114,4"),
        ("P03", ["Warmtenet Utrecht-Zuid"], "22,4", "29,1"),
    ]
    nota = load_both(_wrapped_cells_table(rows))
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Project Omschrijving 2025 2026",
        "P01 Netverzwaring Noord-Holland Noord, inclusief twee nieuwe hoogspanningsstations 41,0 53,3",
        "P02 CO2-opslag in de lege gasvelden onder de zee (Porthos) 88,0 114,4",
        "P03 Warmtenet Utrecht-Zuid 22,4 29,1",
        "Alle bedragen in miljoenen euro.",
    ]


def test_a_first_cell_wrapping_in_lower_case_beside_its_row_stays_in_the_row() -> None:
    """A first cell that wraps beside the row's other cells, its second line in lower case
    ("Landelijke beëindigingsregeling   975   2023-2025" / "veehouderijlocaties"), goes on in
    the cell: it was a row of its own."""
    page = _nota_page([("Aan", "MLVVN")], "Regelingen veehouderij")
    page.line("Bijlage 1: Overzicht van de regelingen", BOLD)
    page.para("Dit overzicht geeft de regelingen sinds 2020.")
    xs = [79, 300, 380]
    rows = [
        ("Regeling", "Budget", "Looptijd"),
        ("Landelijke be\u00ebindigingsregeling", "975", "2023-2025"),
        ("veehouderijlocaties", "", ""),
        ("Maatregel gerichte aankoop", "1.470", "2023-2026"),
    ]
    page.table(rows, xs)
    page.y += 8
    page.para("De evaluatie volgt in 2026.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[-1].blocks] == [
        "Dit overzicht geeft de regelingen sinds 2020.",
        "Regeling Budget Looptijd",
        "Landelijke be\u00ebindigingsregeling veehouderijlocaties 975 2023-2025",
        "Maatregel gerichte aankoop 1.470 2023-2026",
        "De evaluatie volgt in 2026.",
    ]


def _pages_with(edge: str, top: float, pages: int = 3, *, first: int = 1, x: float = 79) -> bytes:
    """A nota of ``pages`` pages, each with a paragraph, and ``edge`` (formatted with the page's
    number, counted from ``first``, as ``k`` and the count as ``n``) printed at ``top`` and ``x``
    on each page (page 1 too when ``top`` is below the body, only the later pages when above
    it)."""
    page = _nota_page([("Aan", "MSZW")], "Krapte op de arbeidsmarkt")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    for k in range(1, pages + 1):
        if k > 1:
            page.canvas.showPage()
            page.y = 150
            page.para(f"Alinea {k} gaat over de uitvoering door UWV en gemeenten.")
        if k > 1 or top > 400:
            page.text(x, top, edge.format(k=first + k - 1, n=pages), REGULAR, 7)
    return page.pdf()


def test_a_running_footer_with_the_page_number_in_it_is_furniture() -> None:
    """A footer line printed at the same place on every page, the same but for the page's
    number in it ("Beslisnota | Krapte op de arbeidsmarkt | pagina 2"), is furniture on the
    later pages (it was text in the sections there, glued to the paragraph running on); page
    1's copy is kept once, with the letterhead, as any line every page prints."""
    nota = load_both(_pages_with("Beslisnota | Krapte op de arbeidsmarkt | pagina {k}", 800))
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Alinea 2 gaat over de uitvoering door UWV en gemeenten.",
        "Alinea 3 gaat over de uitvoering door UWV en gemeenten.",
    ]
    assert nota.metadata.letterhead == ("Beslisnota | Krapte op de arbeidsmarkt | pagina 1",)


@pytest.mark.parametrize("x", [79, 36])
def test_an_archive_stamp_numbering_the_bundles_pages_is_furniture(x: float) -> None:
    """A stamp an archive prints at the foot of every page that numbers the pages of its bundle
    from another start than the nota's ("Woo-besluit 2024-001 | document 3 | pagina 5" on the
    nota's page 1, "... pagina 6" on page 2), also from the sheet's edge left of the text, is
    furniture on the later pages (it was a paragraph there, or text in the middle of one running
    on over the page break) and kept once with the letterhead: page 1's copy was read where page
    1 ends (the value of an empty colofon label above it, or a line among the body's)."""
    stamp = "Woo-besluit 2024-001 | document 3 | pagina {k}"
    nota = load_both(_pages_with(stamp, 812, first=5, x=x))
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Alinea 2 gaat over de uitvoering door UWV en gemeenten.",
        "Alinea 3 gaat over de uitvoering door UWV en gemeenten.",
    ]
    assert nota.metadata.letterhead == ("Woo-besluit 2024-001 | document 3 | pagina 5",)


def test_a_running_header_of_the_reference_and_the_page_line_is_furniture() -> None:
    """A later page's running header of one line, smaller than the body, that gives page 1's
    reference with its label and the page line ("Kenmerk 2024-0000098765 · Pagina 2 van 3") is
    furniture (what was left of it after the page line, "Kenmerk 2024-0000098765 ·", was a
    paragraph on every later page); a line at the same place that is no such header stays."""
    nota = load_both(_pages_with("Kenmerk 2024-0000098765 \u00b7 Pagina {k} van {n}", 110))
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Alinea 2 gaat over de uitvoering door UWV en gemeenten.",
        "Alinea 3 gaat over de uitvoering door UWV en gemeenten.",
    ]
    other = load_both(_pages_with("Kenmerk 2024-0000012345 \u00b7 Pagina {k} van {n}", 110, pages=2))
    assert "Kenmerk 2024-0000012345" in words(other)


def test_a_footer_with_a_number_that_is_no_page_number_is_furniture_on_every_later_page() -> None:
    """A footer that prints the same date on every page ("Stand 2 april 2024", the day being page
    2's number) is furniture on all later pages, page 2 too: a line is the same on every page by
    its text, and only where that differs by the page's number by its text without it."""
    nota = load_both(_pages_with("Stand 2 april 2024", 800))
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Alinea 2 gaat over de uitvoering door UWV en gemeenten.",
        "Alinea 3 gaat over de uitvoering door UWV en gemeenten.",
    ]
    assert nota.metadata.letterhead == ("Stand 2 april 2024",)


@pytest.mark.parametrize(("label", "gap"), [("Status", 0), ("Contact", 0), ("Contact", 9)])
def test_first_section_headed_by_a_label_word_in_an_ocr_layer(label: str, gap: float) -> None:
    """An OCR layer gives no bold: a label word alone on its line under the title, over a
    paragraph that ends a sentence, heads the first section there too, also with a gap between
    them (it was read as a label row of the header, whose value became the colofon's unit name,
    and the heading was lost)."""
    ocr = _ocr_font()
    title = "Versnelde afhandeling van nareisaanvragen"
    page = _ocr_body_page(ocr, title, aan="Minister voor Asiel en Migratie")
    page.text(466, 150, "Immigratie- en Naturalisatiedienst", ocr, 7)
    page.text(466, 175, "Ons kenmerk", ocr, 7)
    page.text(466, 185, "8127734", ocr, 7)
    page.line(label, ocr)
    page.y += gap
    page.para("Deze nota is een vervolg op de nota van 9 januari 2024 over de achterstanden.", ocr)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Versnelde afhandeling van nareisaanvragen"
    assert [s.heading for s in nota.sections] == [label, "Aanleiding"]
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Ons kenmerk"]
    assert nota.metadata.letterhead == ("Immigratie- en Naturalisatiedienst",)


def test_speck_between_a_label_and_its_value_in_an_ocr_layer() -> None:
    """An OCR engine reads a speck (or a cell's rule) in the tab between a colofon label and its
    value as one underscore glued to the value ("Kenmerk _SodM/24012345") or as a mark of its own
    ("Ons kenmerk - BZ2409931"): the value is read without it (the reference was
    "_RVO-19-004417", the count was lost)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Gesprek met de operator van de gasopslag Norg")
    page.text(79, 176, "Kopie aan - SG", ocr, 10)
    rows = [("Datum", "13 februari 2024"), ("Ons kenmerk", "_RVO-19-004417"), ("Bijlage(n)", "- 2")]
    for k, (label, value) in enumerate(rows):
        page.text(440, 150 + 12 * k, label, ocr, 7)
        page.text(490, 150 + 12 * k, value, ocr, 7)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Buitenlandse Zaken"),
        ("Van", "DGES"),
        ("Kopie aan", "SG"),
        ("Datum", "13 februari 2024"),
        ("Ons kenmerk", "RVO-19-004417"),
        ("Bijlage(n)", "2"),
    ]
    assert nota.metadata.reference == "RVO-19-004417"


@pytest.mark.parametrize("speck", ["-", "'", "."])
def test_speck_after_a_heading_in_an_ocr_layer(speck: str) -> None:
    """An OCR engine reads a speck of the scan after a heading as a mark of its own ("Aanleiding
    -"): the line is the heading (it was no known heading, so the title above it became
    letterhead and the line the title)."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "Aan: Minister van VWS", ocr, 10)
    page.text(79, 164, "Van: Inspecteur-generaal IGJ", ocr, 10)
    page.text(79, 190, "TER BESLISSING", ocr, 10)
    page.text(79, 204, "Handhaving bij de jeugdzorgaanbieder in Zwolle", ocr, 10)
    page.text(79, 240, "Aanleiding", ocr, 10)
    page.text(135, 240, speck, ocr, 10)
    page.y = 254
    page.para("De inspectie heeft bij een aanbieder van gesloten jeugdzorg tekortkomingen vastgesteld.", ocr)
    page.line("Advies", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Handhaving bij de jeugdzorgaanbieder in Zwolle"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]


def test_box_edges_around_a_value_in_an_ocr_layer() -> None:
    """An OCR engine reads the edges of the box a redacted value's ground code stands in as bars
    glued to the code ("Auteur" / "|5.1.2e|"): the value is the code (the line was read as a
    table row, the label had no value and the code was unplaced)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Kamerbrief over de inzet op klimaatfinanciering")
    page.stacked(
        [("Datum", "14 februari 2024"), ("Auteur", "|5.1.2e|"), ("Bijlage(n)", "1")], fonts=(ocr, ocr)
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Buitenlandse Zaken"),
        ("Van", "DGES"),
        ("Datum", "14 februari 2024"),
        ("Auteur", "5.1.2e"),
        ("Bijlage(n)", "1"),
    ]
    assert nota.unplaced == ()


def test_box_edge_before_a_purpose_line_in_an_ocr_layer() -> None:
    """An OCR engine reads the left edge of the box a purpose line is set in as a bracket glued
    to it ("[TER KENNISNAME"): the line is the purpose (it was no purpose line, and the header
    under it became letterhead)."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 150, "[TER KENNISNAME", ocr, 10)
    rows = [
        ("Aan", "Minister van LVVN"),
        ("", "Staatssecretaris van LVVN"),
        ("Van", "Inspecteur-generaal NVWA"),
    ]
    for k, (label, value) in enumerate(rows):
        page.text(79, 170 + 13 * k, label, ocr, 10)
        page.text(150, 170 + 13 * k, value, ocr, 10)
    page.text(79, 230, "Resultaten van de inspecties bij pluimveeslachterijen in 2023", ocr, 10)
    page.y = 260
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.purpose == "kennisname"
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van LVVN Staatssecretaris van LVVN"),
        ("Van", "Inspecteur-generaal NVWA"),
    ]
    assert nota.title == "Resultaten van de inspecties bij pluimveeslachterijen in 2023"


@pytest.mark.parametrize("wordmark", [False, True])
@pytest.mark.parametrize("returned", ["Retouradres", "Reto\u00f9radres", None])
def test_a_letter_with_a_return_address_after_an_ocr_nota_is_an_enclosure(
    returned: str | None, wordmark: bool
) -> None:
    """A scanned Kamerbrief bound after the nota prints its return address above the addressee
    ("> Retouradres Postbus ..."), a line no page of a nota prints: in an OCR layer, whose
    colofon values may be misread and so are not compared, that line starts a new document (the
    letter was text of the nota's last section, its colofon dropped as furniture, words lost);
    its colofon is read as a first page's (a line the engine boxed as tall as the body's went
    into the body, as on a nota's later page). The same page without that line is read as
    before: part of the nota. A speck over a letter of the line, read as an accent on it
    ("Reto\u00f9radres"), changes nothing (the letter was text of the nota). The ministry's
    name printed above the return address (the wordmark's line, as long as a line of prose) is
    letterhead: the return address under it still starts the letter (it was text of the nota)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Kamerbrief over het dreigingsbeeld terrorisme")
    page.stacked([("Ons kenmerk", "5540912"), ("Datum", "12 februari 2024")], fonts=(ocr, ocr))
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Geadviseerd besluit", ocr)
    page.para("De bijgaande Kamerbrief ondertekenen.", ocr)
    page.canvas.showPage()
    page.text(466, 157, "Rijnstraat 8 2515 XP Den Haag", ocr, 7)
    page.text(466, 168, "Postbus 20061", ocr, 10)  # (the engine boxed it as tall as the body's)
    if wordmark:
        page.text(79, 60, "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", ocr, 10)
    if returned:
        page.text(79, 120, f"> {returned} Postbus 20061 2500 EB Den Haag", ocr, 6)
    page.y = 140
    for line in ("Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018"):
        page.line(line, ocr)
    page.y += 20
    for k, (label, value) in enumerate(
        [("Datum", "19 februari 2024"), ("Betreft", "Dreigingsbeeld Terrorisme")]
    ):
        page.text(79, page.y + 14 * k, label, ocr, 10)
        page.text(170, page.y + 14 * k, value, ocr, 10)
    page.y += 50
    page.para("Hierbij ontvangt u het Dreigingsbeeld Terrorisme Nederland van februari 2024.", ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Geadviseerd besluit"]
    assert nota.metadata.reference == "5540912"
    if not returned:
        assert nota.enclosures == ()
        return
    assert "Hierbij ontvangt u" not in render(nota).split("%enclosure")[0]
    (letter,) = nota.enclosures
    assert letter.origin is not None
    assert letter.origin.page == 2
    assert letter.metadata.date == dt.date(2024, 2, 19)
    text = " ".join(render(letter).split())
    for printed in (f"{returned} Postbus 20061", "Rijnstraat 8 2515 XP", "Hierbij ontvangt u"):
        assert printed in text
    if wordmark:
        assert "Ministerie van Landbouw, Visserij" in text
        return
    assert letter.title == "Dreigingsbeeld Terrorisme"
    assert any("Postbus 20061" in entry for entry in letter.metadata.letterhead)
    assert sorted((f.label, f.value) for f in letter.metadata.fields) == [
        ("Aan", "de Voorzitter van de Tweede Kamer der Staten-Generaal"),
        ("Datum", "19 februari 2024"),
    ]


@pytest.mark.parametrize("via", [False, True, "wrapped"])
def test_a_second_ocr_nota_with_its_own_aan_van_head_is_an_enclosure(via: bool | str) -> None:
    """A scanned bundle (a Woo "documentenbundel"): a second nota follows the first, its page
    opening with its own kind line and Aan, (Via,) Van rows, a colofon of its own at the right.
    In an OCR layer the colofon values are not compared (they may be misread), but a head of
    Aan and Van rows at a later page's top, before any prose, is no continuation of a nota:
    the page starts an enclosure (it was read as more of the first nota's last section, its
    colofon dropped as furniture). A Via row between the two rows is part of the head, and so
    is the addressee wrapped onto a second line."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Stand van zaken voorrangskader netcongestie",
        colofon=[("Kenmerk", "DGKE-E / 94561237"), ("Datum", "5 november 2024"), ("Auteur", "5.1.2e")],
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.canvas.showPage()
    page.stacked(
        [("Onze referentie", "BS2024019633"), ("Datum", "27 augustus 2024"), ("Bijlagen", "2")],
        fonts=(ocr, ocr),
    )
    page.text(79, 120, "Nota", ocr, 14)
    rows = [("Aan:", "Staatssecretaris van Defensie"), ("Via:", "SG"), ("Van:", "DMO")]
    if via == "wrapped":
        rows[:2] = [("Aan:", "Staatssecretaris van"), ("", "Defensie")]
    for k, (label, value) in enumerate(rows if via else [rows[0], rows[2]]):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(200, 150 + 14 * k, value, ocr, 10)
    page.text(79, 210, "Vervanging pantserwielvoertuigen: start A-fase", ocr, 10)
    page.y = 240
    page.line("Aanleiding", ocr)
    page.para("De Boxer- en Fennek-voertuigen bereiken in 2032 het einde van hun levensduur.", ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Stand van zaken voorrangskader netcongestie"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    (second,) = nota.enclosures
    assert second.origin is not None
    assert second.origin.page == 2
    assert second.title == "Vervanging pantserwielvoertuigen: start A-fase"
    assert second.metadata.reference == "BS2024019633"
    assert second.metadata.date == dt.date(2024, 8, 27)
    assert second.metadata.addressee == "Staatssecretaris van Defensie"
    assert second.metadata.sender == "DMO"


def test_notes_under_a_small_attachment_table_at_the_foot_of_the_page() -> None:
    """An attachment table set smaller than the text (8 pt) in the page's lower half, the notes
    (raised numbers, 7 pt) far below it: the notes are notes and the table stays the table (the
    small lines from the table down were taken for one zone of notes that did not start at a
    number, so no note was found and the notes became text under Bijlagen)."""
    page = _nota_page([("Aan", "MBZK")], "Versterking weerbaarheid openbaar bestuur")
    page.line("Aanleiding", BOLD)
    page.text(79, page.y, "Op 14 februari heeft de Kamer een motie aangenomen over bedreigde bestuurders.")
    page.text(440, page.y - 3, "1", REGULAR, 5.5)
    page.y += 2 * page.lead
    page.para(LOREM)
    page.y = 470
    page.line("Bijlagen", BOLD)
    rows = [
        ("Volgnummer", "Naam", "Informatie"),
        ("1", "Kamerbrief", "Ter ondertekening"),
        ("2", "Uitvoeringstoets", ""),
    ]
    page.table(rows, (81, 150, 300), size=8, pitch=15)
    notes = ["Kamerstukken II 2023/24, 36 410 VII, nr. 42.", "Uitvoeringstoets NGB, 1 maart 2024."]
    for k, text in enumerate(notes):
        page.text(79, 740 + 10 * k - 2.5, str(k + 1), REGULAR, 5.5)
        page.text(88, 740 + 10 * k, text, REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == list(enumerate(notes, 1))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Kamerbrief", "Ter ondertekening"),
        (2, "Uitvoeringstoets", None),
    ]
    assert nota.sections[-1].blocks == ()


@pytest.mark.parametrize("head", [("Nr.", "Titel", "Informatie"), ("Volgnummer", "Naam", "Informatie")])
def test_table_set_smaller_at_the_page_end_is_no_footnote_run(head: tuple[str, str, str]) -> None:
    """An attachment table set half a point smaller than the text, the page's last text, its
    rows reaching below the page's middle: the rows there, opening with their numbers, are the
    table's, not footnotes (rows 3 and 4 were read as notes 3 and 4)."""
    page = _nota_page([("Aan", "Minister van IenW")], "Renovatie van de sluizen bij Terneuzen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.y = 370
    page.line("Bijlagen", BOLD)
    rows = [
        ("1", "Projectplan renovatie sluizen", "Ter informatie"),
        ("2", "Risicoanalyse scheepvaart", "Ter inzage"),
        ("3", "Brief van de gemeente Terneuzen", "Openbaar"),
        ("4", "Kostenraming 2023-2027", "Vertrouwelijk"),
    ]
    page.table([head, *rows], (81, 150, 300), size=9, pitch=15)
    nota = load_both(page.pdf())
    assert nota.footnotes == ()
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [(int(n), a, b) for n, a, b in rows]


def test_a_title_with_a_shadow_is_read_once() -> None:
    """A title drawn with a shadow (the text drawn first in grey 1.2 pt right of and below where
    it is drawn again in black, as HTML and report tools write a text shadow) is read once (every
    letter was read twice: "VVeerrsstteerrkkiinngg"); a doubled letter ("ll", "uu") stays."""
    page = Page()
    page.header([("Aan", "Minister van Defensie"), ("Van", "DBELEID")])
    title = "Versterking van de luchtverdediging en de wellness"
    page.canvas.setFillGray(0.65)
    page.text(80.2, 261.2, title, BOLD, 11)
    page.canvas.setFillGray(0)
    page.text(79, 260, title, BOLD, 11)
    page.colofon(_COLOFON)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == title


def _tracked(page: Page, x: float, top: float, text: str, *, tracking: float, size: float = 14) -> None:
    """``text`` letter-spaced: each letter drawn on its own, ``tracking`` points after its width
    (no space characters; a space is its width plus the tracking)."""
    for ch in text:
        if ch != " ":
            page.text(x, top, ch, BOLD, size)
        x += page.canvas.stringWidth(ch, BOLD, size) + tracking


def test_a_letter_spaced_kind_line_and_purpose_are_read_as_words() -> None:
    """A kind line and a purpose line set with tracking (letters drawn apart at equal gaps, no
    space characters) are read as their words ("B E S L I S N O T A" was the kind, the purpose
    line letters no purpose); a row of single capitals at unequal gaps (marks in columns) stays."""
    page = Page()
    _tracked(page, 79, 120, "BESLISNOTA", tracking=6)
    page.header([("Aan", "MBZK"), ("Van", "DGOBDR")])
    _tracked(page, 79, 235, "TER BESLISSING", tracking=3, size=9.5)
    page.text(79, 260, "Versterking weerbaarheid openbaar bestuur", BOLD, 11)
    page.colofon(_COLOFON[1:])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    for x, mark in zip((79, 95, 140, 160), "JNJN", strict=True):
        page.text(x, page.y, mark)
    nota = load_both(page.pdf())
    assert nota.metadata.kind == "BESLISNOTA"
    assert nota.metadata.purpose == "beslissing"
    assert nota.title == "Versterking weerbaarheid openbaar bestuur"
    assert "J N J N" in words(nota)


def test_a_table_column_right_of_the_body_with_a_left_colofon_stays_in_the_body() -> None:
    """With the colofon in a column left of the body, the attachment table's last column
    ("Informatie" over "Ter ondertekening", starting right of 55 % of the width) is the table's
    (it was read as a right-hand colofon: a field "Informatie: Openbaar", the infos lost)."""
    page = Page(left=190, width=330)
    for k, (label, value) in enumerate(_LEFT_COLOFON):
        page.text(50, 150 + 24 * k, label, BOLD, 7)
        page.text(50, 159 + 24 * k, value, REGULAR, 7)
    page.text(190, 175, "Herijking van de bekostiging", BOLD, 11)
    page.y = 210
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    rows = [
        ("Volgnummer", "Naam", "Informatie"),
        ("1", "Kamerbrief", "Ter ondertekening"),
        ("2", "Advies", "Openbaar"),
    ]
    page.table(rows, (192, 262, 420), size=8.5, pitch=15)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == _LEFT_COLOFON
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Kamerbrief", "Ter ondertekening"),
        (2, "Advies", "Openbaar"),
    ]
    assert nota.unplaced == ()


def test_the_bold_header_of_a_table_with_padded_cells_is_no_heading() -> None:
    """A table whose rows stand further apart than the text's lines (cells padded, as HTML and
    report tools set them): its bold header row is the table's first row, not a heading (the
    header "Programma 2024 2025" was a section)."""
    page = _nota_page([("Aan", "MIenW")], "Financiering van de dijkversterkingen")
    page.line("Kern", BOLD)
    page.para("De tekorten in het programma lopen op tot 1,4 miljard euro.")
    rows = [
        ("Programma", "2024", "2025"),
        ("Dijkversterking", "412,0", "455,5"),
        ("Kustlijnzorg", "61,8", "63,0"),
    ]
    page.table(rows, (81, 200, 260), size=8.5, pitch=19)
    page.y += 10
    page.line("Vervolg", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Kern", "Vervolg"]
    assert [b.text for b in nota.sections[0].blocks] == [
        "De tekorten in het programma lopen op tot 1,4 miljard euro.",
        "Programma 2024 2025",
        "Dijkversterking 412,0 455,5",
        "Kustlijnzorg 61,8 63,0",
    ]


@pytest.mark.parametrize("pitch", [24.0, None], ids=["padded", "tight"])
def test_a_table_whose_cells_wrap_in_two_columns_is_read_row_by_row_over_the_page_break(
    pitch: float | None,
) -> None:
    """A table whose cells wrap in two columns of a row, running on to the next page under its
    header printed again: each row is read cell by cell, the repeated header left out. Its rows
    stand apart by their cells' padding (a ruled word-processor table: the table ended at the
    first row, whose lines then interleaved their cells, "Compensatie van de helft van de 11,0
    11,5 Regeling in voorbereiding, gebruiksvergoeding publicatie in oktober", and the header
    was a row of page 2), or at the line gap, the wrapped lines in lower case (each was a row)."""
    page = _nota_page([("Aan", "MIenW")], "Spoorgoederenvervoer")
    page.line("Financi\u00eble consequenties", BOLD)
    page.para(LOREM)
    xs = (79, 250, 300, 350)
    header = ("Maatregel", "2025", "2026", "Status")
    rows = [
        (
            ["Compensatie van de helft van de", "gebruiksvergoeding"],
            "11,0",
            "11,5",
            ["Regeling in voorbereiding,", "publicatie in oktober"],
        ),
        ("Subsidie voor verladers", "6,0", "8,0", "In consultatie"),
        (["Pilot met lange goederentreinen", "op de Betuweroute"], "1,0", "1,0", "Gestart"),
    ]
    last = (
        ["Ondersteuning van de overslag bij", "binnenhavens"],
        "0,8",
        "0,2",
        ["Aanvragen van de", "provincies ontvangen"],
    )
    page.table([header, *rows], xs, size=8.5, pitch=pitch)
    page.canvas.showPage()
    page.y = 100
    page.table([header, last], xs, size=8.5, pitch=pitch)
    page.y += 8
    page.para("Bedragen in miljoenen euro.")
    nota = load_both(page.pdf())

    def text(row: tuple[str | list[str], ...]) -> str:
        return " ".join(" ".join(cell) if isinstance(cell, list) else cell for cell in row)

    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        " ".join(header),
        *(text(row) for row in [*rows, last]),
        "Bedragen in miljoenen euro.",
    ]


def test_a_full_row_on_a_page_after_a_landscape_table_keeps_its_paragraph() -> None:
    """A landscape page of a wide table between upright pages of text: its rows, each a
    paragraph of one long row, are no measure of the body's rows, so a full row on the last page
    that ends a sentence ("... geen bezwaren." / "De Raad van State ...") does not end its
    paragraph (the table's rows made the typical row long, and the row looked short)."""
    page = _nota_page([("Aan", "MFin")], "Koopkrachtmaatregelen")
    page.line("Toelichting", BOLD)
    for _ in range(4):
        page.para(f"{LOREM} {LOREM}")
    page.new_page(landscape=True, top=60)
    xs = (60, 330, 400, 470, 640)
    header = ("Maatregel", "Kosten 2025", "Kosten 2026", "Dekking", "Status")
    rows = [
        (
            f"Verhoging van de korting voor groep {k}",
            f"{100 + k},0",
            f"{110 + k},0",
            "Koopkrachtreserve augustus",
            "Opgenomen in plan",
        )
        for k in range(1, 15)
    ]
    page.table([header, *rows], xs)
    page.new_page()
    page.line("Juridische aspecten", BOLD)
    first = "De maatregelen komen in de Wet inkomstenbelasting 2001. Er zijn geen bezwaren."
    second = "De Raad van State wordt over het Belastingplan als geheel geadviseerd."
    assert page.canvas.stringWidth(f"{first} De", REGULAR, page.size) > page.width
    page.line(first)
    page.line(second)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Toelichting", "Juridische aspecten"]
    assert [b.text for b in nota.sections[-1].blocks] == [f"{first} {second}"]


_COLUMN_TEXT = [
    "In het zuiden en oosten van het land is de druk op de mestmarkt het grootst. Daar staat het "
    "grootste deel van de varkenshouderij en is weinig grond beschikbaar.",
    "In het noorden is meer grond beschikbaar. Akkerbouwers kunnen daar een groter deel van de mest "
    "opnemen, mits de regels voor verwerkte mest worden verruimd. Voor hen is de erkenning van "
    "verwerkte mest als kunstmestvervanger het belangrijkst.",
    "De provincies stellen in het najaar per gebied vast hoeveel ruimte er is voor nieuwe mestverwerkers.",
]


@pytest.mark.parametrize(("gutter", "indent"), [(14.0, 0.0), (24.0, 0.0), (14.0, 12.0)])
def test_text_in_two_columns_is_read_column_by_column(gutter: float, indent: float) -> None:
    """An annex whose text is set in two columns side by side, a paragraph running on from the
    foot of the left column to the top of the right one: the left column is read first, then the
    right (the rows were read across the gutter, "In het zuiden ... is de druk op opnemen, mits
    de regels ...", every line a paragraph of its own); also where a paragraph's first line is
    indented, in the right column too."""
    page = _nota_page([("Aan", "MLVVN")], "Maatregelen voor de mestmarkt")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.new_page()
    page.line("Bijlage 1: Uitwerking per regio", BOLD)
    page.y += 4
    width = (360 - gutter) / 2
    column: list[str] = []  # (the lines of the text in one column, a blank line between paragraphs)
    for text in _COLUMN_TEXT:
        column += [*page.wrap(text, width), ""]
    half = len(column) // 2  # (the second paragraph runs on from the left column to the right one)
    top = page.y
    for k, line in enumerate(column):
        x, y = (79, top + k * page.lead) if k < half else (79 + width + gutter, top + (k - half) * page.lead)
        if line:
            page.text(x + (indent if k == 0 or not column[k - 1] else 0), y, line)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlage 1: Uitwerking per regio"]
    assert [b.text for b in nota.sections[1].blocks] == _COLUMN_TEXT


@pytest.mark.parametrize("angle", [90, -90])
def test_a_letter_spaced_classification_in_the_margin_keeps_its_word_gap(angle: int) -> None:
    """A classification stamp set turned in the margin with tracking, each letter placed on its
    own and the space a lone character between two placed letters (as a browser writes a
    letter-spaced line): both sources read "DEPARTEMENTAAL VERTROUWELIJK" (PDFium's text page
    leaves out the lone space: the words ran together in one source)."""
    page = _nota_page([("Aan", "MJenV"), ("Van", "DGVB")], "Cameratoezicht bij evenementen")
    page.canvas.saveState()
    page.canvas.translate(40, 250 if angle == 90 else 550)
    page.canvas.rotate(angle)
    x = 0.0
    for ch in "DEPARTEMENTAAL VERTROUWELIJK":
        page.canvas.setFont(BOLD, 9)
        page.canvas.drawString(x, 0, ch)
        x += page.canvas.stringWidth(ch, BOLD, 9) + 0.9
    page.canvas.restoreState()
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("DEPARTEMENTAAL VERTROUWELIJK",)


def _ocr_pages(edges: Sequence[tuple[float, str]]) -> bytes:
    """A nota in an OCR layer of one page per edge line (top, text), each page with a paragraph
    and that line: a line every sheet prints at one place, as the engine read it on each."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Krapte op de arbeidsmarkt", aan="Minister van SZW", van="DGW")
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    for k, (top, edge) in enumerate(edges, 1):
        if k > 1:
            page.canvas.showPage()
            page.y = 150
            page.para(f"Alinea {k} gaat over de uitvoering door UWV en gemeenten.", ocr)
        page.text(79, top, edge, ocr, 7)
    return page.pdf()


@pytest.mark.parametrize(
    "edges",
    [
        # a running footer with the page number, a speck glued to a word on two of the sheets
        [
            (800.0, "Beslisnota | Krapte op. de arbeidsmarkt | pagina 1"),
            (803.5, "Beslisnota | Krapte op de arbeidsmarkt | pagina 2"),
            (797.5, "Beslisnota | Krapte op de arbeidsmarkt | pagina-3"),
            (801.0, "Beslisnota | Krapte op de arbeidsmarkt | pagina 4"),
        ],
        # the sender's name at the top, a few points higher or lower on each sheet (each skewed
        # by its own angle, one shifted on the glass)
        [
            (37.7, "Directoraat-generaal Werk"),
            (38.4, "Directoraat-generaal Werk"),
            (46.0, "Directoraat-generaal Werk"),
            (36.6, "Directoraat-generaal Werk"),
        ],
    ],
)
def test_a_line_on_every_scanned_page_is_furniture_give_or_take_specks_and_skew(
    edges: list[tuple[float, str]],
) -> None:
    """An OCR layer reads the line a template prints at one place on every page with each
    sheet's specks (a dot or a dash glued to a word) and a few points up or down (each sheet
    of a feeder skewed by its own angle, a sheet shifted): it is furniture on the later pages
    all the same (it was a paragraph on each, glued to the text running on); page 1's copy is
    kept once, as any line every page prints."""
    data = _ocr_pages(edges)
    nota = load_both(data)
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        *(f"Alinea {k} gaat over de uitvoering door UWV en gemeenten." for k in (2, 3, 4)),
    ]
    first = edges[0][1].split()[0]
    assert len([ln for ln in marked(data).splitlines() if ln.startswith(first)]) == 1


def test_a_running_header_with_a_speck_after_the_date_in_an_ocr_layer_is_furniture() -> None:
    """A later page's running header "Datum 13 maart 2024" / "Kenmerk ..." (page 1's date and
    reference with their labels) that an OCR layer reads with a speck after it as a full stop
    ("Datum 13 maart 2024.") is furniture like the others (it was glued to the paragraph
    running on from the page before, cutting it in two)."""
    ocr = _ocr_font()
    colofon = [("Datum", "13 maart 2024"), ("Kenmerk", "IENW/BSK-2024/71234")]
    page = _ocr_body_page(ocr, "Normering van het geluid rond Schiphol", "Minister van IenW", "DGLM", colofon)
    page.y = 220
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    for k, date in enumerate(("13 maart 2024", "13 maart 2024."), 2):
        page.canvas.showPage()
        page.text(79, 30, f"Datum {date}", ocr, 7)
        page.text(79, 39, "Kenmerk IENW/BSK-2024/71234", ocr, 7)
        page.y = 80
        page.para(f"Alinea {k} gaat over de geluidsnormen rond de luchthaven.", ocr)
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Alinea 2 gaat over de geluidsnormen rond de luchthaven.",
        "Alinea 3 gaat over de geluidsnormen rond de luchthaven.",
    ]


@pytest.mark.parametrize("skew", [0.0, 4.5, 8.0])
def test_page_line_under_the_column_of_a_skewed_scan_is_furniture(skew: float) -> None:
    """The colofon's edge is measured on page 1's column lines; on a later sheet scanned at
    another angle the page line under the column ("Pagina 2 van 2", 600 points below the labels)
    starts a few points left of it. Its first word was left in the body and read as a heading
    ("Pagina"); it is the column's, and the line furniture, as on a level page."""
    ocr = _ocr_font()
    colofon = [("Onze referentie", "2024-0000187734"), ("Datum", "12 maart 2024")]
    page = _ocr_body_page(ocr, "Verlenging van de Woningbouwimpuls", "Minister voor VRO", "DGVB", colofon)
    page.y = 220
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.text(466, 800, "Pagina 1 van 2", ocr, 7)
    page.canvas.showPage()
    page.stacked([("Onze referentie", "2024-0000187734")], top=100, fonts=(ocr, ocr))
    page.y = 150
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    # (the engine's word boxes stand further apart than a space: "Pagina" and "2" at 5 points)
    page.text(466 - skew, 800, "Pagina", ocr, 7)
    page.text(466 - skew + page.canvas.stringWidth("Pagina", ocr, 7) + 5, 800, "2 van 2", ocr, 7)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=LOREM),)] * 2
    assert nota.metadata.page_count == 2


def test_rows_on_a_landscape_page_of_an_ocr_layer_end_with_the_page() -> None:
    """An OCR layer's landscape page (a wide table) ends at a section break: its last row, an
    amount misread so it ends in no number ("E52" for 5,2), is no paragraph running on into the first
    paragraph of the portrait page after it (they were one block)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Wachttijden in de ggz per regio", aan="Minister van VWS", van="DGLZ")
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.canvas.showPage()
    width, height = A4[1], A4[0]
    page.canvas.setPageSize((width, height))
    rows = [("Regio", "Budget 2024", "Verschil"), ("Zeeland", "19,4", "1,2"), ("Limburg", "57,3", "E52")]
    for k, cells in enumerate(rows):
        for x, cell in zip((79, 400, 600), cells, strict=True):
            page.canvas.setFont(ocr, 10)
            page.canvas.drawString(x, height - 100 - 16 * k - 8, cell)
    page.canvas.showPage()
    page.canvas.setPageSize(A4)
    page.y = 100
    page.para("De kosten van de regeling lopen af tot 90 miljoen euro in 2029.", ocr)
    nota = load_both(page.pdf())
    blocks = [b.text for b in nota.sections[0].blocks]
    assert blocks[-1] == "De kosten van de regeling lopen af tot 90 miljoen euro in 2029."
    assert blocks[-2].endswith("Limburg 57,3 E52")


def test_specks_glued_to_a_heading_number_a_bullet_or_a_note_number_in_an_ocr_layer() -> None:
    """An OCR engine reads specks beside a line's mark as marks glued to it: a double opening
    quote before a heading's number ("\\u201c2. Geadviseerd besluit", no quote opens there; the
    heading was a paragraph of the section before), underscores between a bullet read as "e"
    and the item's first word ("e__de", no gap seen; the item was a paragraph), a full stop
    after a note's raised number ("4. Programma", the note's text started with ". ")."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Versterking van de krijgsmacht", aan="Minister van Defensie", van="DGB")
    page.line("1. Aanleiding", ocr)
    page.para("De NAVO heeft nieuwe doelen vastgesteld.", ocr)
    page.line("\u201c2. Geadviseerd besluit", ocr)
    items = ["de aanschaf van munitie kan vertragen;", "de werving kan achterblijven;", "de bouw loopt uit."]
    for k, item in enumerate(items):
        if k == 0:
            page.text(79, page.y, "e", ocr, 10)
            page.text(97, page.y, item, ocr, 10)
        else:  # (and "\u00ab_" glued to the word, which was read as a bullet already)
            page.text(79, page.y, ("e__", "\u00ab_")[k - 1] + item, ocr, 10)
        page.y += page.lead
    page.text(
        79, 760, "1. Programma Defensie Infrastructuur, Kamerstukken II 2023/24, 36 410 X, nr. 6.", ocr, 7
    )
    nota = load_both(page.pdf())
    assert [(s.number, s.heading) for s in nota.sections] == [
        ("1", "Aanleiding"),
        ("2", "Geadviseerd besluit"),
    ]
    assert nota.sections[1].blocks == (ItemList(items=tuple(items)),)
    assert [f.text for f in nota.footnotes] == [
        "Programma Defensie Infrastructuur, Kamerstukken II 2023/24, 36 410 X, nr. 6."
    ]


def test_a_running_header_ending_in_the_page_line_in_an_ocr_layer_is_furniture() -> None:
    """A later page's one-line running header of the reference with its label and the page line
    ("Kenmerk DGKE-KE / 24128817 · Pagina 2 van 3") is furniture in an OCR layer also where page
    1's colofon label was misread ("Kerimerk"), so the reference is not known as page 1's: the
    page line with the page's own number at its end makes it the header (it was a paragraph on
    every later page, glued to the text running on)."""
    ocr = _ocr_font()
    page = Page()
    page.stacked([("Kerimerk", "DGKE-KE / 24128817"), ("Datum", "18 april 2024")], fonts=(ocr, ocr))
    page.text(79, 150, "Aan: Minister voor Klimaat en Groene Groei", ocr, 10)
    page.text(79, 164, "Van: DGKE", ocr, 10)
    page.text(79, 190, "Toekenning van middelen uit het Klimaatfonds", ocr, 10)
    page.y = 220
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    for k in (2, 3):
        page.canvas.showPage()
        page.text(79, 30, f"Kenmerk DGKE-KE / 24128817 \u00b7 Pagina {k} van 3", ocr, 8)
        page.y = 80
        page.para(f"Alinea {k} gaat over de netverzwaring in Noord-Holland.", ocr)
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Alinea 2 gaat over de netverzwaring in Noord-Holland.",
        "Alinea 3 gaat over de netverzwaring in Noord-Holland.",
    ]


def _narrow_font() -> str:
    """reportlab's Vera Bold whose /Widths are 70 % of its glyphs' advances: the font a tool
    such as Ghostscript writes in place of one the file did not embed, its widths narrower than
    the spacing the original font gave the glyphs."""
    name = "NarrowVeraBold"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"))
        font.face.name = TTFNameBytes(name.encode())
        for code, width in list(font.face.charWidths.items()):
            font.face.charWidths[code] = 0.7 * width
        pdfmetrics.registerFont(font)
    return name


def _spaced_as_written(page: Page, x: float, top: float, text: str, size: float) -> None:
    """``text`` in the narrow font, each character (a space too) placed where Vera Bold's own
    advances put it, as the tool keeps each glyph's place."""
    narrow = _narrow_font()
    for ch in text:
        page.text(x, top, ch, narrow, size)
        x += _vera_bold_advance(ch, size)


def _vera_bold_advance(ch: str, size: float) -> float:
    """The advance of ``ch`` in Vera Bold at ``size`` (the font's own width)."""
    face = pdfmetrics.getFont(_narrow_font()).face
    return face.charWidths.get(ord(ch), face.defaultWidth) / 0.7 * size / 1000


def test_headings_in_a_font_with_narrow_widths_are_read_as_their_words() -> None:
    """Headings re-written with a substituted bold font whose /Widths are narrower than the
    glyphs' spacing (every letter ends a little short of the next, the gap after a wide letter
    near a fifth of an em): read as their words ("Werkw ijze", "Nieuw e w erkw ijze" before),
    words apart where a space stands between them."""
    page = _nota_page(
        [("Aan", "Uitvoeringsoverleg (UO)"), ("Van", "NVWA en RVO")], "Samenwerking bij de handhaving"
    )
    for heading in ("Werkwijze", "Nieuwe werkwijze"):
        _spaced_as_written(page, 79, page.y, heading, 9.5)
        page.y += page.lead
        page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Samenwerking bij de handhaving"
    assert [s.heading for s in nota.sections] == ["Werkwijze", "Nieuwe werkwijze"]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=LOREM),)] * 2


def test_a_classification_in_the_margin_above_a_stamp_across_the_foot_is_kept() -> None:
    """A publication platform's stamp merged over the page at its foot, from near the sheet's
    left edge ("Openbaar gemaakt op grond van de Woo"), reaches into the margin under the
    classification turned in it: the classification, beside the body, is still kept (it was
    left out as turned text among the page's upright text)."""
    page = _nota_page([("Aan", "Minister van JenV"), ("Van", "DGVB")], "Cameratoezicht bij evenementen")
    page.canvas.saveState()
    page.canvas.translate(40, 300)
    page.canvas.rotate(90)
    page.canvas.setFont(BOLD, 9)
    page.canvas.drawString(0, 0, "DEPARTEMENTAAL VERTROUWELIJK")
    page.canvas.restoreState()
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.text(20, 823, "Openbaar gemaakt op grond van de Woo", REGULAR, 7)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (
        "DEPARTEMENTAAL VERTROUWELIJK",
        "Openbaar gemaakt op grond van de Woo",
    )
    assert nota.title == "Cameratoezicht bij evenementen"
    assert [(s.heading, s.blocks) for s in nota.sections] == [("Aanleiding", (Paragraph(text=LOREM),))]


@pytest.mark.parametrize("rest", ["0.00000002", "-0.00000002"])
def test_a_margin_line_turned_by_a_matrix_with_a_rewrites_rounding_is_turned_text(rest: str) -> None:
    """A rewrite that multiplies its transformations out (mutool convert) writes a quarter turn's
    zero terms as 2e-8: the turned line in the margin is still turned text, kept once in the
    letterhead (it was read as upright letters stacked in a column: footnotes "t n e m u c o d",
    the head's label rows lost; or left out)."""
    page = _nota_page([("Aan", "MINDEF"), ("Van", "DGB")], "Verwerving van nieuwe patrouilleschepen")
    page.canvas.saveState()
    page.canvas._code.append(f"{rest} 1 -1 {rest} 40 300 cm")
    page.canvas.setFont(REGULAR, 7)
    woo = "Openbaar gemaakt op grond van de Woo - besluit 2026-0093 - document 3"
    page.canvas.drawString(0, 0, woo)
    page.canvas.restoreState()
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (woo,)
    assert nota.title == "Verwerving van nieuwe patrouilleschepen"
    assert {"Aan", "Van"} <= {f.label for f in nota.metadata.fields}
    assert not nota.footnotes
    assert [(s.heading, s.blocks) for s in nota.sections] == [("Aanleiding", (Paragraph(text=LOREM),))]


def _store_on_its_side(page: Page, rotation: int) -> None:
    """Store ``page`` landscape, ``/Rotate`` ``rotation`` turning it upright, its content (drawn
    after this) turned back a quarter."""
    page.canvas.setPageRotation(rotation)  # (reportlab stores the page landscape then)
    if rotation == 90:
        page.canvas.transform(0, 1, -1, 0, A4[1], 0)
    else:
        page.canvas.transform(0, -1, 1, 0, 0, A4[0])


@pytest.mark.parametrize("rotation", [90, 270])
def test_a_page_stored_on_its_side_is_measured_upright(rotation: int) -> None:
    """A portrait page stored landscape, its content turned a quarter and ``/Rotate`` turning it
    back (as some archive and print routes write a page): both sources read it upright, the
    PDFium one with the page's measures turned too (it measured the page landscape, so the
    colofon at the left margin ran into the title: "Ministerie ...GroeiBeslisnota" was the title)."""
    page = Page(left=170, width=340)
    _store_on_its_side(page, rotation)
    page.text(40, 100, "Ministerie van Klimaat en Groene Groei", BOLD, 7)
    page.colofon([("Kenmerk", "DGKE-KE / 26150321"), ("Datum", "5 juni 2026")], x=40)
    page.text(170, 100, "Beslisnota", BOLD, 16)
    page.header([("Aan", "Minister van KGG"), ("Van", "Directeur Klimaat en Energie")], top=150, value_x=220)
    page.text(170, 190, "Beslisnota ter besluitvorming over de openstelling", BOLD, 11)
    page.text(170, 204, "van de SDE++ in 2027", BOLD, 11)
    page.y = 240
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Beslisnota ter besluitvorming over de openstelling van de SDE++ in 2027"
    assert nota.metadata.addressee == "Minister van KGG"
    assert [(s.heading, s.blocks) for s in nota.sections] == [("Aanleiding", (Paragraph(text=LOREM),))]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_page_rotated_in_a_viewer_is_read_as_drawn(rotation: int) -> None:
    """A portrait page drawn upright whose ``/Rotate`` alone was set (a viewer's "rotate page",
    saved: shown on its side or upside down, the content as drawn): read as drawn, with all its
    parts (turned by the rotation, its lines ran up or down the page, read as no text at all, or
    from right to left: no nota)."""
    page = Page()
    page.canvas.setPageRotation(rotation)
    if rotation != 180:  # (reportlab stores a quarter-turned page landscape: keep it portrait)
        page.canvas.setPageSize((A4[1], A4[0]))
    page.text(79, 60, "Ministerie van Infrastructuur en Waterstaat", BOLD, 10)
    page.text(79, 73, "Retouradres Postbus 20901 2500 EX Den Haag", REGULAR, 6.5)
    page.text(79, 100, "Nota", REGULAR, 16)
    page.header([("Aan", "Minister van IenW"), ("Van", "DG Mobiliteit")], top=140)
    page.text(79, 190, "Versnelling van de dijkversterking langs de Lek", BOLD, 12.5)
    page.y = 220
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (
        "Ministerie van Infrastructuur en Waterstaat",
        "Retouradres Postbus 20901 2500 EX Den Haag",
    )
    assert nota.metadata.kind == "Nota"
    assert nota.metadata.addressee == "Minister van IenW"
    assert nota.title == "Versnelling van de dijkversterking langs de Lek"
    assert [(s.heading, s.blocks) for s in nota.sections] == [("Aanleiding", (Paragraph(text=LOREM),))]


def test_a_title_with_a_copy_whose_size_reads_a_tenth_is_read_once() -> None:
    """A title drawn again over itself at the same places and advances, but in a font whose size
    reads a tenth of the letters' (Ghostscript re-writes a browser's stroked Type3 copy of a text
    with its glyphs scaled in the font; drawn here at a tenth of the size, stretched tenfold), and
    with a grey shadow beside it: read once ("TTTooeekkoommsstt" before)."""
    page = Page()
    page.header([("Aan", "Minister van VWS"), ("Van", "DGLZ")])
    title = "Toekomst van de mantelzorgwaardering"
    page.canvas.setFillGray(0.65)
    page.text(80.2, 261.2, title, BOLD, 13)
    page.canvas.setFillGray(0)
    page.text(79, 260, title, BOLD, 13)
    page.canvas.saveState()
    copy = page.canvas.beginText(79, A4[1] - 260 - 0.8 * 13)
    copy.setTextRenderMode(1)
    copy.setFont(BOLD, 1.3)
    copy.setHorizScale(1000)
    copy.textOut(title)
    page.canvas.drawText(copy)
    page.canvas.restoreState()
    page.colofon(_COLOFON)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == title
    assert [(s.heading, s.blocks) for s in nota.sections] == [("Aanleiding", (Paragraph(text=LOREM),))]


def _tex_font(name: str, file: str = "VeraBd.ttf") -> str:
    """reportlab's Vera (``file``) under the name of one of TeX's fonts ("CMBX10")."""
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / file))
        font.face.name = TTFNameBytes(name.encode())
        pdfmetrics.registerFont(font)
    return name


def test_headings_in_tex_bold_fonts_are_headings() -> None:
    """pdfTeX's Computer Modern bold is "CMBX10" (bold extended), its T1 version "SFBX1000": the
    headings set in them are bold (the font names say "BX", not "Bold"; a LaTeX nota's
    headings read as paragraphs, its bold title as the only heading)."""
    page = _nota_page([("Aan", "Minister van VRO"), ("Van", "DGVB")], "Versnelling van de woningbouw")
    page.line("De stand van de bouw", _tex_font("CMBX10"))
    page.para(LOREM)
    page.line("Gevolgen voor gemeenten", _tex_font("SFBX1000"))
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Versnelling van de woningbouw"
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        ("De stand van de bouw", (Paragraph(text=LOREM),)),
        ("Gevolgen voor gemeenten", (Paragraph(text=LOREM),)),
    ]


def _accented(page: Page, x: float, top: float, parts: Sequence[str], font: str = REGULAR) -> None:
    """Text drawn as TeX draws OT1 accents: ``parts`` alternate plain text and a letter with the
    spacing accent to draw over it ("¨e"), the accent centred over the letter, then the letter."""
    size = page.size
    for k, part in enumerate(parts):
        if k % 2:
            accent, letter = part[0], part[1:]
            width = pdfmetrics.stringWidth(letter, font, size)
            over = pdfmetrics.stringWidth(accent, font, size)
            page.text(x + (width - over) / 2, top, accent, font)
            page.text(x, top, letter, font)
            x += width
        else:
            page.text(x, top, part, font)
            x += pdfmetrics.stringWidth(part, font, size)


def test_an_accent_drawn_over_a_letter_is_one_letter() -> None:
    """A font in TeX's OT1 encoding has no accented letters: pdfTeX draws the accent over the
    letter, or over a dotless i, and both sources read two characters ("Financi¨en", "ge¨ınformeerd"
    before). An acute typed as an apostrophe, in a place of its own, stays ("regio´s")."""
    page = _nota_page([("Aan", "Minister van JenV"), ("Van", "DGSenB")], "Capaciteit in het gevangeniswezen")
    dotless = glyph_font("DotlessVera", "\u0131")
    page.line("Aanleiding", BOLD)
    _accented(page, 79, page.y, ["De financi", "\u00a8e", "le gevolgen zijn bekend bij caf", "\u00b4e", "s."])
    page.y += page.lead
    x = 79 + pdfmetrics.stringWidth("Wij hebben de regio\u00b4s ge", REGULAR, page.size)
    page.text(79, page.y, "Wij hebben de regio\u00b4s ge")
    page.text(x + 0.5, page.y, "\u00a8", REGULAR)
    page.text(x, page.y, "\u0131", dotless)
    x += pdfmetrics.stringWidth("\u0131", dotless, page.size)
    page.text(x, page.y, "nformeerd.")
    nota = load_both(page.pdf())
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        (
            "Aanleiding",
            (
                Paragraph(
                    text="De financi\u00eble gevolgen zijn bekend bij caf\u00e9s. Wij hebben de regio\u00b4s "
                    "ge\u00efnformeerd."
                ),
            ),
        )
    ]


def test_notes_under_a_table_a_size_larger_with_numbers_set_against_their_text() -> None:
    """LaTeX sets a note's raised number (6 pt) right against its 8 pt text, and on a full page
    the notes stand a few points under a 9 pt table (only a rule between): the note is a note (it
    was a paragraph under the table, "1Kamerstukken ...")."""
    page = _nota_page([("Aan", "Minister van VRO"), ("Van", "DGVB")], "Versnelling van de woningbouw")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.y = 560  # (the table in the page's lower half, where notes are looked for)
    page.line("Bijlagen", BOLD)
    page.table(
        [("Volgnummer", "Naam", "Informatie"), ("1", "Kamerbrief", "Ter ondertekening")],
        (79, 160, 330),
        size=9,
    )
    top = page.y - page.lead + 12
    page.text(82, top - 1.5, "1", REGULAR, 6)
    page.text(
        82 + pdfmetrics.stringWidth("1", REGULAR, 6),
        top,
        "Kamerstukken II 2023/24, 32 847, nr. 1205.",
        REGULAR,
        8,
    )
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == [(1, "Kamerstukken II 2023/24, 32 847, nr. 1205.")]
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [(1, "Kamerbrief", "Ter ondertekening")]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]


def test_paragraphs_set_apart_by_less_than_half_a_line() -> None:
    """troff's -ms sets paragraphs 0.4 of a line apart, LaTeX's \\parskip is 5 points: a line that
    ends a sentence with that much more space under it than between the paragraph's lines ends
    the paragraph (the two read as one). A line ending a sentence at the usual distance stays in
    its paragraph."""
    page = _nota_page(
        [("Aan", "Minister van Defensie"), ("Van", "DBELEID")], "Uitbreiding van de munitievoorraden"
    )
    page.size, page.lead = 10, 12
    page.line("Toelichting", BOLD)
    first = ["De levering begint in het tweede kwartaal.", "De prijzen liggen hoger dan in 2021."]
    second = [
        "De kosten van de regeling bedragen 240 miljoen euro",
        "en lopen daarna af tot 90 miljoen euro.",
    ]
    for text in first:
        page.line(text)
    page.y += 4.8
    for text in second:
        page.line(text)
    nota = load_both(page.pdf())
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        ("Toelichting", (Paragraph(text=" ".join(first)), Paragraph(text=" ".join(second))))
    ]


def test_a_title_in_the_text_font_set_apart_in_a_typewriter_memo() -> None:
    """A memo typed in one font (enscript's Courier) sets its title as a line of its own between
    blank lines under the purpose line: a line as wide as most of the text is still the title
    when it stands apart and ends no sentence (the header ended at it: no title, the title a
    section with no heading)."""
    page = Page(size=9)
    font = "Courier"
    page.text(79, 200, "Aan:  Minister van BZK", font)
    page.text(79, 211, "Van:  DGOBDR", font)
    page.text(79, 233, "TER INFORMATIE", font)
    title = "Opkomst bij de waterschapsverkiezingen"
    page.text(79, 255, title, font)
    page.colofon(_COLOFON)
    page.y = 277
    page.lead = 11
    page.line("Aanleiding", font)
    lines = ["U heeft gevraagd om een analyse van de opkomst bij de", "waterschapsverkiezingen van 2023."]
    for text in lines:
        page.line(text, font)
    nota = load_both(page.pdf())
    assert nota.title == title
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        ("Aanleiding", (Paragraph(text=" ".join(lines)),))
    ]


class _GlyphSoup:
    """Stands in for a Page's canvas: records each run of text and draws it, when the page is
    saved, one glyph per text object in a seeded random order (as tools that re-emit every glyph
    at its place, redaction tools among them, write a page); the glyphs keep their places."""

    def __init__(self, real: canvas.Canvas, seed: int) -> None:
        self.real, self.seed = real, seed
        self.font: tuple[str, float] = (REGULAR, 9.5)
        self.glyphs: list[tuple[str, float, float, float, str]] = []

    def setFont(self, font: str, size: float) -> None:  # noqa: N802 (the canvas's API)
        self.font = (font, size)

    def drawString(self, x: float, y: float, s: str) -> None:  # noqa: N802
        font, size = self.font
        for k, ch in enumerate(s):
            self.glyphs.append((font, size, x + pdfmetrics.stringWidth(s[:k], font, size), y, ch))

    def stringWidth(self, s: str, font: str, size: float) -> float:  # noqa: N802
        return pdfmetrics.stringWidth(s, font, size)

    def showPage(self) -> None:  # noqa: N802
        import random  # noqa: PLC0415

        random.Random(self.seed).shuffle(self.glyphs)
        for font, size, x, y, ch in self.glyphs:
            text = self.real.beginText(x, y)
            text.setFont(font, size)
            text.textOut(ch)
            self.real.drawText(text)
        self.real.showPage()

    def save(self) -> None:
        self.real.save()


@pytest.mark.parametrize("seed", [1, 2])
def test_a_page_drawn_glyph_by_glyph_in_random_order_reads_the_same(seed: int) -> None:
    """The reader goes by position, not by the order or the chunks the producer drew: the same
    nota drawn in lines and drawn as one text object per glyph in a random order (PDFium's and
    pdfminer's character order is then the drawing order) reads the same."""
    body = ["Het college heeft gevraagd om een evaluatie van de regeling.", "De evaluatie is klaar."]

    def draw(soup: bool) -> bytes:
        page = Page()
        if soup:
            page.canvas = _GlyphSoup(page.canvas, seed)  # type: ignore[assignment]
        page.header([("Aan", "Minister van BZK"), ("Van", "DGOO")])
        page.text(170, 268, "Evaluatie van de regeling")
        page.colofon(_COLOFON)
        page.y = 320
        page.line("Aanleiding", BOLD)
        for text in body:
            page.line(text)
        page.y += page.lead
        page.line("Advies", BOLD)
        page.line("Stem in met de evaluatie.")
        return page.pdf()

    lines = load_both(draw(False))
    assert lines.title == "Evaluatie van de regeling"
    assert lines.metadata.fields[:2] == (
        Field(label="Aan", value="Minister van BZK"),
        Field(label="Van", value="DGOO"),
    )
    assert [(s.heading, s.blocks) for s in lines.sections] == [
        ("Aanleiding", (Paragraph(text=" ".join(body)),)),
        ("Advies", (Paragraph(text="Stem in met de evaluatie."),)),
    ]
    assert to_dict(load_both(draw(True))) == to_dict(lines)


def test_a_word_hyphenated_with_the_unicode_hyphen_at_a_line_end_is_one_word() -> None:
    """Typesetters that hyphenate with a dictionary write the break as U+2010 HYPHEN (WeasyPrint
    with Pyphen: "samen\u2010" / "werking"): the split word is one word, as with a hyphen-minus
    (it was "samen\u2010 werking"); a compound's own hyphen inside a line stays."""
    font = glyph_font("VeraHyphen", "\u2010")
    page = _nota_page([("Aan", "Minister van Financi\u00ebn"), ("Van", "DGRB")], "Voorjaarsnota")
    page.line("Toelichting", BOLD)
    lines = [
        "De sociaal-economische gevolgen worden onderzocht in samen\u2010",
        "werking met de Vereniging van Nederlandse Gemeenten en de",
        "provincies, die de uitvoering voor hun rekening nemen.",
    ]
    for text in lines:
        page.line(text, font)
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks if isinstance(b, Paragraph)] == [
        "De sociaal-economische gevolgen worden onderzocht in samenwerking met de Vereniging van "
        "Nederlandse Gemeenten en de provincies, die de uitvoering voor hun rekening nemen."
    ]


@pytest.mark.parametrize("marker", ["stop", "glued"])
def test_notes_numbered_at_their_text_size_under_a_small_attachment_table(marker: str) -> None:
    """Notes (7 pt) far below a smaller attachment table (8 pt) whose numbers are set at the
    note's size on its line: "1. Centerdata ..." (CSS's footnote marker, WeasyPrint's default) or
    "1Ipsos ..." (Writer's note number right against its text, kept so by a PostScript route;
    "2Kamerstukken ..." then starts the next note). They are notes (the table and the notes were
    one zone of small lines that did not start at a number, so the notes became an ordered list
    or a paragraph under Bijlagen), and the table stays the table."""
    page = _nota_page([("Aan", "Minister van OCW"), ("Van", "DGPVO")], "Lerarentekort in de grote steden")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.y = 470
    page.line("Bijlagen", BOLD)
    rows = [("Volgnummer", "Naam", "Informatie"), ("1", "Kamerbrief", "Ter ondertekening")]
    page.table(rows, (81, 150, 300), size=8, pitch=15)
    notes = [
        "Centerdata, Trendrapportage lerarentekort, mei 2025.",
        "Kamerstukken II 2024/25, 27 923, nr. 480.",
    ]
    for k, text in enumerate(notes):
        number = f"{k + 1}."
        if marker == "glued":
            number = f"{k + 1}"
        width = pdfmetrics.stringWidth(number + (" " if marker == "stop" else ""), REGULAR, 7)
        page.text(79, 740 + 10 * k, number, REGULAR, 7)
        page.text(79 + width, 740 + 10 * k, text, REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == list(enumerate(notes, 1))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [(1, "Kamerbrief", "Ter ondertekening")]
    assert nota.sections[-1].blocks == ()


def test_notes_numbered_with_a_stop_at_their_text_size() -> None:
    """Notes at the page's foot opening with "1." at the note's size (CSS's ::footnote-marker):
    the stop is the marker's, not the note's text (note 1 was ". RIVM, ...")."""
    page = _nota_page([("Aan", "Minister van VWS"), ("Van", "DGV")], "Vaccinatiegraad bij jonge kinderen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    notes = [
        "RIVM, Vaccinatiegraad Rijksvaccinatieprogramma 2024.",
        "Kamerstukken II 2024/25, 32 793, nr. 801.",
    ]
    for k, text in enumerate(notes):
        number = f"{k + 1}. "
        page.text(79, 740 + 10 * k, number, REGULAR, 7)
        page.text(79 + pdfmetrics.stringWidth(number, REGULAR, 7), 740 + 10 * k, text, REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == list(enumerate(notes, 1))


def _misread_labels_page(font: str) -> bytes:
    """A page whose labels an OCR engine misread: "Vän:" in the header, and in the colofon column
    "Kerimerk", "Detuum" and "Bijtage{n)" over their values, "Pagiria 1 van 1" under them; in
    the body a table row set at tab stops whose first cell is a word near a label ("Drenthe",
    "Directie"), and a colon after a word near one in running text ("Daarom:")."""
    page = Page()
    page.stacked(
        [("Kerimerk", "DGKE-KE / 24128817"), ("Detuum", "18 april 2024"), ("Bijtage{n)", "2")],
        fonts=(font, font),
    )
    page.text(466, 250, "Pagiria 1 van 1", font, 7)
    page.text(79, 150, "Aan: Minister voor Klimaat en Groene Groei", font, 10)
    page.text(79, 164, "Vän: DGKE", font, 10)
    page.text(79, 190, "Toekenning van middelen uit het Klimaatfonds", font, 10)
    page.y = 300
    page.line("Aanleiding", font)
    page.para("In het Klimaatfonds is ruim 1,1 miljard euro gereserveerd voor projecten in de regio's.", font)
    for k, row in enumerate(
        [("Regio", "2025", "2026"), ("Drenthe", "3,9", "4,0"), ("Friesland", "4,1", "4,4")]
    ):
        for x, cell in zip((79, 200, 260), row, strict=True):
            page.text(x, page.y + 14 * k, cell, font, 10)
    page.y += 56
    page.line("Daarom: de regeling wordt verlengd tot en met 2026.", font)
    return page.pdf()


def test_labels_misread_in_an_ocr_layer_are_read_as_the_labels() -> None:
    """Tesseract misreads the small letters of colofon labels ("Kerimerk" for Kenmerk, "Detuum"
    for Datum, "Bijtage{n)" for Bijlage(n), a speck over a letter as an accent: "Vän"): the
    label was unknown, so its value went to the letterhead and the nota had no date or
    reference. In an OCR layer a word within a few letter errors of a label, where a label sits
    (alone over its value in the colofon column, before a colon, a page line's "Pagina" before "1
    van 1"), is that label, spelt as the vocabulary spells it; a diagnostic keeps what the layer
    read. A table's first cell and a word before a colon in the body stay as read, and so does
    the same page with a text layer that is no OCR layer."""
    nota = load_both(_misread_labels_page(_ocr_font()))
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister voor Klimaat en Groene Groei"),
        ("Van", "DGKE"),
        ("Kenmerk", "DGKE-KE / 24128817"),
        ("Datum", "18 april 2024"),
        ("Bijlage(n)", "2"),
    ]
    assert nota.metadata.date == dt.date(2024, 4, 18)
    assert nota.metadata.reference == "DGKE-KE / 24128817"
    assert nota.metadata.letterhead == ()
    notes = sorted(d.message for d in nota.diagnostics if d.code == "ocr-vocabulary")
    assert len(notes) == 5
    assert all(
        f"reads {w!r}" in "".join(notes) for w in ("Vän", "Kerimerk", "Detuum", "Bijtage{n)", "Pagiria")
    )
    text = render(nota)
    assert "Drenthe 3,9 4,0" in text
    assert "Daarom: de regeling" in text
    born = load_both(_misread_labels_page(REGULAR))
    assert born.metadata.date is None
    assert not any(d.code == "ocr-vocabulary" for d in born.diagnostics)


def test_running_line_with_its_page_line_after_a_dash_in_an_ocr_layer() -> None:
    """A later page's running line gives page 1's reference and the page line, set apart by a
    middle dot that the OCR layer read as a dash ("Kenmerk DGKE-KE / 24128817 - Pagina 2 van
    2"): the page line was read as part of the reference, which then differed from page 1's
    and was noted as another document's. The page line after a mark set apart is no part of
    the value."""
    nota = _ocr_nota_with_later_colofons(
        [("Kenmerk", "DGKE-KE / 24128817"), ("Datum", "18 april 2024")],
        [("Kenmerk DGKE-KE / 24128817 - Pagina 2 van 2", "")],
        _KGG_HEADER,
    )
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert nota.metadata.reference == "DGKE-KE / 24128817"
    assert not [d.message for d in nota.diagnostics if d.code == "later-colofon-differs"]


def test_ground_code_with_a_dot_lost_in_an_ocr_layer() -> None:
    """OCR loses a dot of a redaction's ground code ("5.12e" for 5.1.2e, under "Auteur"; no Woo
    article is numbered 5.12): the code as the Woo numbers it, the reading kept in a
    diagnostic. A number with a dot that is no ground ("5.15") stays."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Kamerbrief over de inzet op klimaatfinanciering",
        colofon=[("Auteur", "5.12e"), ("Versie", "5.15")],
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Auteur") == "5.1.2e"
    assert "5.15" in words(nota)
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads '5.12e', a ground code with its dots misread; read as '5.1.2e'"
    ]


def test_ground_code_5_1_2i_with_its_letter_read_as_a_one_in_an_ocr_layer() -> None:
    """OCR reads the i of a ground code 5.1.2i as a one, and may lose a dot too ("51.21" under
    "Opgesteld door" in the colofon): beside a redaction it is the code as the Woo numbers it, so
    the drafter is redacted, not a name; the reading is kept in a diagnostic. A number with no dot
    ("5121") stays."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Subsidieplafond voor de investeringssubsidie duurzame energie",
        colofon=[("Opgesteld door", "51.21"), ("Kenmerk", "5121")],
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Opgesteld door") == "5.1.2i"
    assert nota.metadata.drafted_by is None
    assert nota.metadata.get("Kenmerk") == "5121"
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads '51.21', a ground code with its dots misread; read as '5.1.2i'"
    ]


@pytest.mark.parametrize("read", ["5.128", "5ul2e", "5,l.2e", "5.I.28"])
def test_ground_code_misread_loosely_beside_a_redaction_in_an_ocr_layer(read: str) -> None:
    """OCR misreads a redaction's ground code 5.1.2e beyond one mark: its e as an 8 with a dot
    lost ("5.128"), a dot as a "u" and a one as an l ("5ul2e"), a dot as a comma and a one as an l
    ("5,l.2e"). In the colofon, where a redaction stands, a word of the code's numbers (strokes
    read as ones, marks between them dropped) and its letter (an 8 read as e) is the code, so the
    drafter is redacted, not a name; the reading is kept in a diagnostic. The same word in a
    paragraph with no box or code beside it, and an article cited there ("artikel 5.1.2"), stay."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Subsidieplafond voor de investeringssubsidie duurzame energie",
        colofon=[("Opgesteld door", read), ("Kenmerk", "2024-0000318842")],
    )
    page.line("Aanleiding", ocr)
    page.para(f"Zie artikel 5.1.2 van de Woo en de notitie {read} van het ministerie.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Opgesteld door") == "5.1.2e"
    assert nota.metadata.drafted_by is None
    assert nota.sections[0].blocks == (
        Paragraph(text=f"Zie artikel 5.1.2 van de Woo en de notitie {read} van het ministerie."),
    )
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        f"the OCR layer reads '{read}', a ground code with its dots misread; read as '5.1.2e'"
    ]


@pytest.mark.parametrize("read", ["1.028", "1.02e", "102.8"])
def test_number_beside_a_redaction_with_its_dot_elsewhere_than_a_codes_stays(read: str) -> None:
    """A number in the colofon, where a redaction's code is read loosely, whose dot stands where
    no dot of the code its figures spell stands ("1.028", "1.02e", "102.8": 10.2e has its dot
    after the 10): a version's or a count's number, kept as printed, no ground code."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Subsidieplafond voor de investeringssubsidie duurzame energie",
        colofon=[("Opgesteld door", "M. de Wit"), ("Versie", read)],
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Versie") == read
    assert [d for d in nota.diagnostics if d.code == "ocr-vocabulary"] == []


def test_label_with_its_capital_read_as_a_symbol_in_an_ocr_layer() -> None:
    """OCR reads a bold capital opening a colofon label as a symbol ("@psteller" for Opsteller,
    "&ijlagen" for Bijlagen): the label, given the vocabulary's spelling where it sits (alone
    over its value), and a diagnostic; before, label and value went to the letterhead, the
    drafter and the attachment count were lost. The same symbol before a running text's word
    stays."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Vertraging renovatie van de sluis",
        colofon=[("Datum", "12 september 2024"), ("@psteller", "M. de Wit"), ("&ijlagen", "geen")],
    )
    page.line("Aanleiding", ocr)
    page.para("De aannemer meldt de vertraging via @psteller en &ijlagen in het portaal.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Opsteller") == "M. de Wit"
    assert nota.metadata.drafted_by == "M. de Wit"
    assert nota.metadata.attachment_count == 0
    assert "@psteller" in words(nota)
    assert "&ijlagen" in words(nota)
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads '@psteller' where a label sits; read as the label 'Opsteller'",
        "the OCR layer reads '&ijlagen' where a label sits; read as the label 'Bijlagen'",
    ]


def test_specks_read_as_short_words_over_the_title_in_an_ocr_layer() -> None:
    """A scan's specks just above the title, read by OCR as short words (". zer") on a line of
    their own whose top lies less than the title's height above the title's: no title, no words
    of it (the specks were the title, the title a paragraph). A line of short words a line's
    height above the next ("in de" ending a paragraph) stays."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Aanvulling van de munitievoorraden voor de landstrijdkrachten")
    page.text(100, 186, ".", ocr, 4)
    page.text(190, 186, "zer", ocr, 4)
    page.line("Aanleiding", ocr)
    page.para("De NAVO heeft de norm voor munitievoorraden verhoogd, en wij voldoen niet", ocr)
    page.line("aan de", ocr)
    page.para("De voorraden zijn geleverd aan Oekraïne en nog niet aangevuld.", ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Aanvulling van de munitievoorraden voor de landstrijdkrachten"
    assert "zer" not in words(nota)
    assert "aan de" in nota.sections[0].blocks[0].text


def test_headings_and_purpose_misread_in_an_ocr_layer() -> None:
    """An OCR layer has no bold: its section headings are found by their words, so a known
    heading with letter errors ("Toelichtirig", "2. Aanleidirig") was a line of the paragraph,
    and a purpose word with one ("TER BESLISSIMG") left the nota without its purpose, a kind
    line with one ("BesliH snota") without its kind. A line
    set apart above whose words are within a few letter errors of a known heading is that
    heading, and "TER" with a word near a purpose is the purpose line, as the vocabulary spells
    them, the reading kept in a diagnostic. A line of a paragraph (nothing apart above it) stays
    as read, and so does the same page with a text layer that is no OCR layer."""

    def drawn(font: str) -> bytes:
        page = _ocr_body_page(font, "Verlenging van de Woningbouwimpuls", colofon=[("Datum", "4 maart 2024")])
        page.text(79, 205, "TER BESLISSIMG", font, 10)
        page.text(79, 110, "BesliH snota", font, 14)
        page.line("1. Kern", font)
        page.line("De regeling loopt af in 2025. Wij stellen voor de regeling te verlengen en de", font)
        page.line("Toelichtirig", font)
        page.line("van de Kamer af te wachten.", font)
        page.y += page.lead
        page.line("2. Aanleidirig", font)
        page.para(LOREM, font)
        return page.pdf()

    nota = load_both(drawn(_ocr_font()))
    assert nota.metadata.purpose == "beslissing"
    assert nota.metadata.kind == "Beslisnota"
    assert [s.heading for s in nota.sections] == ["Kern", "Aanleiding"]
    assert "Toelichtirig" in words(nota)
    assert sorted(d.message for d in nota.diagnostics if d.code == "ocr-vocabulary") == [
        "the OCR layer reads 'Aanleidirig' where a heading, purpose or kind sits; read as 'Aanleiding'",
        "the OCR layer reads 'BESLISSIMG' where a heading, purpose or kind sits; read as 'BESLISSING'",
        "the OCR layer reads 'BesliH snota' where a heading, purpose or kind sits; read as 'Beslisnota'",
    ]
    born = load_both(drawn(REGULAR))
    assert born.metadata.purpose == "beslissimg"
    assert born.metadata.kind is None


def _date_label_lost_page(font: str, colofon: Sequence[tuple[str, str]]) -> bytes:
    """An OCR layer's page with ``colofon`` stacked in the right column and a body paragraph that
    starts with a date ("Op 13 maart 2024 ...")."""
    page = _ocr_body_page(font, "Kamerbrief over de verlenging van de subsidieregeling", colofon=colofon)
    page.line("Aanleiding", font)
    page.para("Op 13 maart 2024 heeft de Kamer gevraagd om een verlenging. " + LOREM, font)
    return page.pdf()


def test_date_label_misread_beyond_its_letters_in_an_ocr_layer() -> None:
    """Tesseract misreads a small colofon label beyond its letters ("DU", "Da", "oei", "un" for
    Datum: no fuzzy match reaches it), so the date under it went to the letterhead and the nota
    had no date. In an OCR layer a short word of letters alone in the colofon, at the left edge
    of the column's labels, right over a date, is Datum (its value is a date), when the page gives
    no Datum already; a diagnostic keeps what the layer read and why. A body line that starts
    with a date stays body text; a second date beside a Datum read is not taken; a text layer
    that is no OCR layer stays as read."""
    colofon = [("Kenmerk", "DGKE-KE / 24128817"), ("DU", "13 maart 2024"), ("Bijlage(n)", "2")]
    nota = load_both(_date_label_lost_page(_ocr_font(), colofon))
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Buitenlandse Zaken"),
        ("Van", "DGES"),
        ("Kenmerk", "DGKE-KE / 24128817"),
        ("Datum", "13 maart 2024"),
        ("Bijlage(n)", "2"),
    ]
    assert nota.metadata.date == dt.date(2024, 3, 13)
    assert nota.metadata.letterhead == ()
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads 'DU' where a label sits, over a date; read as the label its value names, 'Datum'"
    ]
    assert "Op 13 maart 2024 heeft de Kamer" in render(nota)
    born = load_both(_date_label_lost_page(REGULAR, colofon))
    assert born.metadata.date is None
    assert not any(d.code == "ocr-vocabulary" for d in born.diagnostics)
    # (a page has one Datum: a second date under a word no label is not taken as the nota's)
    two = [("Datum", "4 maart 2024"), ("Da", "13 maart 2024"), ("Bijlage(n)", "2")]
    nota = load_both(_date_label_lost_page(_ocr_font(), two))
    assert nota.metadata.date == dt.date(2024, 3, 4)
    assert [f.label for f in nota.metadata.fields].count("Datum") == 1
    assert not any(d.code == "ocr-vocabulary" for d in nota.diagnostics)
    # (a body line over a date is no label row: only the colofon's label column is read so)
    page = _ocr_body_page(_ocr_font(), "Kamerbrief over de verlenging van de subsidieregeling")
    page.line("Aanleiding", _ocr_font())
    page.line("Zie", _ocr_font())
    page.line("13 maart 2024", _ocr_font())
    page.para(LOREM, _ocr_font())
    nota = load_both(page.pdf())
    assert nota.metadata.date is None
    assert not any(d.code == "ocr-vocabulary" for d in nota.diagnostics)


def test_bullets_read_as_a_spacing_circumflex_are_bullets() -> None:
    """pdfTeX draws an OT1 list's bullet from a Type3 font whose glyph name says nothing ("/a136"),
    read as code 136, the control character U+0088 (a bullet, see _UNMAPPED_MARK). Ghostscript
    re-writes such a font with a WinAnsi base encoding, where code 136 is the spacing circumflex
    "\u02c6" (drawn here as Helvetica's "\u02c6", code 136 of its WinAnsi encoding): the lines are
    list items without the mark (they read as one paragraph with the circumflexes in it)."""
    page = _nota_page([("Aan", "Minister van VRO"), ("Van", "DGVB")], "Versnelling van de woningbouw")
    page.line("Financi\u00eble gevolgen", BOLD)
    items = [
        "De dekking is afgestemd met het ministerie van Financi\u00ebn.",
        "De aanpak wordt in 2026 ge\u00ebvalueerd.",
    ]
    for item in items:
        page.text(86, page.y, "\u02c6")
        page.text(97, page.y, item)
        page.y += page.lead
    page.y += page.lead
    page.line("Advies", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Financi\u00eble gevolgen", "Advies"]
    assert nota.sections[0].blocks == (ItemList(items=tuple(items)),)


def test_actieve_openbaarmaking_says_whether_the_nota_is_public() -> None:
    """ "Actieve openbaarmaking" / "ja" in the colofon is the template's wording of "Nota actief
    openbaar": it gives ``actively_public``, which stayed None."""
    page = Page()
    page.header([("Aan", "Minister van VRO"), ("Van", "DGVB")])
    page.text(79, 250, "TER BESLISSING", BOLD)
    page.text(79, 275, "Huurbevriezing sociale huurwoningen", BOLD)
    page.colofon(
        [("Ons kenmerk", "2025-0000031190"), ("Datum", "20 januari 2025"), ("Actieve openbaarmaking", "ja")]
    )
    page.y = 310
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert ("Actieve openbaarmaking", "ja") in [(f.label, f.value) for f in nota.metadata.fields]
    assert nota.metadata.actively_public is True


class _InvisiblePage(Page):
    """A page whose text is drawn invisible (text render mode 3), over a white image covering
    the page when ``scan``: a scan's OCR layer as ocrmypdf 16 and later, ABBYY or Acrobat write
    it, in a font with an ordinary name."""

    def __init__(self, *, scan: bool = True, rotation: int = 0) -> None:
        super().__init__()
        if rotation:
            _store_on_its_side(self, rotation)
        if scan:
            self.canvas.drawImage(ImageReader(Image.new("L", (60, 85), 255)), 0, 0, A4[0], A4[1])

    def text(self, x: float, top: float, s: str, font: str = REGULAR, size: float | None = None) -> None:
        size = size or self.size
        t = self.canvas.beginText(x, A4[1] - top - 0.8 * size)
        t.setTextRenderMode(3)
        t.setFont(font, size)
        t.textOut(s)
        self.canvas.drawText(t)


def _named_font(name: str) -> str:
    """reportlab's Vera registered under ``name``."""
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
        font.face.name = TTFNameBytes(name.encode())
        pdfmetrics.registerFont(font)
    return name


def _invisible_nota(*, scan: bool, rotation: int = 0) -> Nota:
    """A nota drawn invisible in a font named "NotoSans" (over a scan when ``scan``; stored on
    its side when ``rotation``), with a date label and a heading misread ("Detuum", "Toelichtirig")."""
    font = _named_font("NotoSans")
    page = _InvisiblePage(scan=scan, rotation=rotation)
    page.stacked([("Kenmerk", "2024-0000098765"), ("Detuum", "12 maart 2024")], fonts=(font, font))
    page.text(79, 150, "Aan: Minister van Financiën", font, 10)
    page.text(79, 164, "Van: DGRB", font, 10)
    page.text(79, 190, "Inzet bij de Eurogroep", font, 10)
    page.y = 230
    page.line("Aanleiding", font)
    page.para(LOREM, font)
    page.y += 10
    page.line("Toelichtirig", font)
    page.para(LOREM, font)
    return load_both(page.pdf())


@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_invisible_text_over_a_scan_is_an_ocr_layer(rotation: int) -> None:
    """ocrmypdf 16 and later write their OCR layer in the font "NotoSans" (its glyph-less
    fallback "Occulta"), ABBYY and Acrobat in the typeface they recognised; only Tesseract's
    "GlyphLessFont" was known as an OCR layer, so none of the OCR rules read such a scan: a
    misread label ("Detuum") lost the date, a misread heading ("Toelichtirig") its section. Text
    drawn invisible (render mode 3) over a page-sized image is an OCR layer, with both sources;
    on a scan stored on its side (``/Rotate`` turning it upright) too, which the PDFium source
    read as printed."""
    nota = _invisible_nota(scan=True, rotation=rotation)
    assert nota.metadata.date == dt.date(2024, 3, 12)
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads 'Detuum' where a label sits; read as the label 'Datum'",
        "the OCR layer reads 'Toelichtirig' where a heading, purpose or kind sits; read as 'Toelichting'",
    ]


def test_invisible_text_without_a_scan_under_it_is_read_as_printed() -> None:
    """Invisible text with no page-sized image under it is no scan's layer (both sources look
    for the image): its words are read as printed, no OCR repair made."""
    nota = _invisible_nota(scan=False)
    assert nota.metadata.get("Detuum") == "12 maart 2024"
    assert not [d for d in nota.diagnostics if d.code == "ocr-vocabulary"]


def test_ocr_word_reaching_into_the_colofon_column_stays_on_its_line() -> None:
    """An OCR layer boxes each word by its letters, so the words of one line differ in size and
    stand a word's gap apart: a wordmark line that reaches into the colofon column's place
    ("Ministerie van Onderwijs, Cultuur en", 0.65 em between "Onderwijs," and "Cultuur") was cut
    there, "Cultuur en" read as a colofon line. A word at a word's gap from the body's word before
    it goes on that line."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Kamerbrief over het lerarentekort", aan="MOCW", van="DL", colofon=_OCR_TEST_COLOFON
    )
    x = 470.0 - 6.5 - page.canvas.stringWidth("Onderwijs,", ocr, 10)
    page.text(x - page.canvas.stringWidth("Ministerie van ", ocr, 10), 40, "Ministerie van", ocr, 10)
    page.text(x, 40, "Onderwijs,", ocr, 10)
    page.text(470, 40.6, "Cultuur", ocr, 9)
    page.text(470 + page.canvas.stringWidth("Cultuur ", ocr, 9), 41, "en", ocr, 8)
    page.text(x - page.canvas.stringWidth("Ministerie van ", ocr, 10), 54, "Wetenschap", ocr, 10)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Ministerie van Onderwijs, Cultuur en Wetenschap",)
    assert nota.metadata.reference == "2024-0000098765"


_OCR_TEST_COLOFON = (("Kenmerk", "2024-0000098765"), ("Datum", "12 maart 2024"), ("Bijlagen", "1"))


def test_ocr_label_boxed_small_over_its_taller_value_is_its_own_row() -> None:
    """An OCR layer sizes each line by its box: a label of small letters ("Datum", boxed 5 points
    high) over its value boxed 10 points high overlapped the value's box by more than half its
    height, so the two were one row ("9 Datum september 2024") and the date was lost. A word
    whose baseline lies below the row's by more than half its height is on the next line."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Stand van zaken capaciteit reclassering", aan="MJenV", van="DGSenB")
    page.text(466, 160, "Ons kenmerk", ocr, 6)
    page.text(466, 167, "5283146", ocr, 8)
    page.text(466, 184.5, "Datum", ocr, 5)
    page.text(466, 185.2, "9 september 2024", ocr, 10)
    page.text(466, 205, "Bijlagen", ocr, 6)
    page.text(466, 212, "2", ocr, 8)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.date == dt.date(2024, 9, 9)
    assert nota.metadata.get("Datum") == "9 september 2024"


def test_ocr_speck_with_a_stop_under_the_title_is_no_line_of_it() -> None:
    """A speck under the title read as two small letters and a stop ("on.", boxed a fifth
    smaller than the title) ended the title block with a sentence, so the nota lost its title.
    Two small letters with a stop, boxed so, are a speck too."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Stand van zaken capaciteit reclasseringstoezicht", aan="MJenV", van="DGSenB")
    page.text(79, 209, "on.", ocr, 8)
    page.y = 222
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Stand van zaken capaciteit reclasseringstoezicht"


def test_ocr_attachment_table_at_the_page_foot_is_no_notes() -> None:
    """An OCR layer sizes its lines by their boxes, so an attachment table at the page's foot
    reads as small as notes, and its rows open with numbers as notes do: the rows under the
    header row ("Volgnummer Naam Informatie") were read as footnotes and the header was left
    unplaced. Rows under a table's header row, a cell's padding apart, are the table's."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Antwoorden op Kamervragen over kinderopvang", colofon=_OCR_TEST_COLOFON)
    page.line("Aanleiding", ocr)
    page.para(LOREM + " " + LOREM, ocr)
    page.y = 560
    page.line("Bijlagen", ocr)
    page.y -= 2
    xs = (79.0, 190.0, 330.0)
    rows = [
        ("Volgnummer", "Naam", "Informatie"),
        ("1", "Antwoorden op de", "Ter ondertekening"),
        ("", "Kamervragen", ""),
        ("2", "Onderzoek naar", "Ter informatie"),
        ("", "wachtlijsten", ""),
    ]
    for r, row in enumerate(rows):
        for x, cell in zip(xs, row, strict=True):
            if cell:
                page.text(x, page.y + (3 if r and row[0] else 0), cell, ocr, 8)
        page.y += 12 if r == 0 or row[0] else 9.4
    nota = load_both(page.pdf())
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Antwoorden op de Kamervragen", "Ter ondertekening"),
        (2, "Onderzoek naar wachtlijsten", "Ter informatie"),
    ]
    assert nota.footnotes == ()
    assert nota.unplaced == ()


def test_ocr_kind_wordmark_split_between_its_letters() -> None:
    """The 'nota' wordmark is set with wide tracking: an OCR engine reads it as two words ("n
    ota"), on the title's row, and the kind was kept so. A kind word split in two, set apart
    before the title, is the kind word; the reading is kept in a diagnostic."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "", aan="Stas IenW", van="DGMI", colofon=_OCR_TEST_COLOFON)
    page.text(79, 184, "n", ocr, 22)
    page.text(79 + page.canvas.stringWidth("n", ocr, 22) + 6, 184, "ota", ocr, 22)
    page.text(170, 190, "Kamerbrief Impulsprogramma Chemische Stoffen", ocr, 10)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.kind == "nota"
    assert nota.title == "Kamerbrief Impulsprogramma Chemische Stoffen"
    assert "the OCR layer reads 'n ota' where a heading, purpose or kind sits; read as 'nota'" in [
        d.message for d in nota.diagnostics
    ]


def test_ocr_ground_codes_beside_redaction_boxes() -> None:
    """A black box and the ground code printed beside it as OCR reads them: the box as capitals
    ("IEMNEN", "[IRM"), the code with its dots read as dashes ("5-1-2e") or, in the colofon, both
    lost ("512e"). The code is read as the Woo numbers it (a diagnostic names each reading); a
    colofon value of a box and its code is the code (the box's letters kept in Nota.unplaced), so
    the field is redacted, not a name; running text keeps its words."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Voorstel voor de verdeling van de eindejaarsmarge",
        colofon=[
            ("Kenmerk", "2024-0000318842"),
            ("Opgesteld door", "IEMNEN 512e"),
            ("Datum", "14 november 2024"),
        ],
    )
    page.line("Aanleiding", ocr)
    page.para("Over twee verzoeken is contact geweest met [IRM 5-1-2e van het ministerie van Defensie.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Opgesteld door") == "5.1.2e"
    assert nota.metadata.drafted_by is None
    assert nota.unplaced == ("IEMNEN",)
    assert nota.sections[0].blocks == (
        Paragraph(
            text="Over twee verzoeken is contact geweest met [IRM 5.1.2e van het ministerie van Defensie."
        ),
    )
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads '5-1-2e', a ground code with its dots misread; read as '5.1.2e'",
        "the OCR layer reads '512e', a ground code with its dots misread; read as '5.1.2e'",
    ]


def _stepped_page(angle: float) -> bytes:
    """:func:`_scanned_page` as Tesseract's renderer sets some of a skewed scan's lines: the
    header, colofon and headings turned along the skew, each word of the paragraphs set level but
    at its place along the skewed line (a step lower than the word before)."""
    page = Page()
    turn = math.radians(angle)
    mid_x, mid_y = A4[0] / 2, A4[1] / 2

    def place(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - mid_x, y - mid_y
        return mid_x + dx * math.cos(turn) - dy * math.sin(turn), mid_y + dx * math.sin(turn) + dy * math.cos(
            turn
        )

    page.canvas.saveState()
    page.canvas.translate(mid_x, mid_y)
    page.canvas.rotate(angle)
    page.canvas.translate(-mid_x, -mid_y)
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.text(79, 250, "Kamerbrief over de evaluatie van de subsidieregeling")
    page.colofon(_COLOFON)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.canvas.restoreState()
    # the paragraph's lines as Page.para wraps them, each word placed along the skewed line
    words_: list[str] = []
    lines: list[str] = []
    for word in (LOREM + " " + LOREM).split():
        if words_ and page.canvas.stringWidth(" ".join([*words_, word]), REGULAR, page.size) > page.width:
            lines.append(" ".join(words_))
            words_ = []
        words_.append(word)
    lines.append(" ".join(words_))
    page.canvas.setFont(REGULAR, page.size)
    for line in lines:
        x = float(page.left)
        for word in line.split():
            page.canvas.drawString(*place(x, A4[1] - page.y - 0.8 * page.size), word)
            x += page.canvas.stringWidth(word + " ", REGULAR, page.size)
        page.y += page.lead
    page.y += 0.7 * page.lead
    page.canvas.saveState()
    page.canvas.translate(mid_x, mid_y)
    page.canvas.rotate(angle)
    page.canvas.translate(-mid_x, -mid_y)
    page.line("Geadviseerd besluit", BOLD)
    page.para(LOREM)
    page.canvas.restoreState()
    return page.pdf()


@pytest.mark.parametrize("angle", [0.8, -1.3])
def test_words_of_a_skewed_scan_set_level_along_the_slant_are_levelled(angle: float) -> None:
    """Tesseract's renderer sets some lines of a skewed scan along the skew (a turned text matrix)
    and others as level words, each at its place along the skewed line, a step lower than the
    word before: only the turned lines were levelled, so a stepped line drifted across its
    neighbours' rows and its halves were read in the wrong order ("opgegeven op basis ...
    Wanneer de voorraad is"). On a page where a fifth of the characters or more are turned, a
    level character is set at the height its place has at the page's middle too."""
    assert load_both(_stepped_page(angle)) == load_both(_scanned_page(0))


def test_short_lines_turned_apart_on_a_level_ocr_page_keep_their_rows() -> None:
    """On a level scan's OCR layer an engine turned two short lines by its fit of their
    baselines, the label "Datum" 1.5 degrees one way and its date under it 1.5 degrees the
    other: each turned line was carried along its own angle to the page's middle, 130 points
    away, where the two met in one row (the date lost, "D16atoukmtober 2026"). On a page where
    fewer than a fifth of the characters are turned, a turned line is levelled where it starts."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Tijdelijke steunregeling voor kleine poppodia")
    y = 157.0
    for label, value, turn in [("Kenmerk", "55218304", 0.0), ("Datum", "16 oktober 2026", 1.5)]:
        for k, (text, angle) in enumerate([(label, turn), (value, -turn)]):
            page.canvas.saveState()
            page.canvas.translate(466, A4[1] - (y + 9.8 * k) - 0.8 * 7)
            page.canvas.rotate(angle)
            page.canvas.setFont(ocr, 7)
            page.canvas.drawString(0, 0, text)
            page.canvas.restoreState()
        y += 28.4
    page.line("Aanleiding", ocr)
    page.para(LOREM + " " + LOREM, ocr)
    page.line("Geadviseerd besluit", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.date is not None
    assert nota.metadata.date.isoformat() == "2026-10-16"
    assert [(f.label, f.value) for f in nota.metadata.fields][2:] == [
        ("Kenmerk", "55218304"),
        ("Datum", "16 oktober 2026"),
    ]


def test_ocr_crest_beside_the_wordmark_is_left_out() -> None:
    """The crest of a ministry's logo beside its wordmark, as an OCR engine reads it: a few short
    words on the wordmark's rows ("PR: ®N Ministerie van Binnenlandse Zaken en" / "LGA
    Koninkrijksrelaties"). The wordmark was no letterhead then: the colofon's two empty labels
    took its lines as their values ("Opgesteld door: PR: ®N Ministerie ..."). The crest's
    specks are left out; the wordmark is the letterhead, the labels stay empty."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Kamerbrief bij aanbieding evaluaties",
        aan="MBZK",
        van="CZW/CZ",
        colofon=[
            ("Onze referentie", "2023-0000700225"),
            ("Datum", "13 december 2023"),
            ("Opgesteld door", ""),
            ("Samengewerkt met", ""),
        ],
    )
    for x, word in [(282.5, "PR:"), (308.0, "®N"), (331.0, "Ministerie van Binnenlandse Zaken en")]:
        page.text(x, 68.7, word, ocr, 11)
    page.text(278.2, 82.1, "LGA", ocr, 11)
    page.text(331.3, 82.1, "Koninkrijksrelaties", ocr, 11)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",)
    assert nota.metadata.get("Opgesteld door") == ""
    assert nota.metadata.get("Samengewerkt met") == ""
    assert nota.metadata.drafted_by is None


def test_ocr_van_label_before_a_unit_is_no_crest_speck() -> None:
    """A nota whose head rows come first on page 1, the sender a unit ("Van DG Rijkswaterstaat"
    on the third line): the short word before the unit's name is the Van label, no speck of a
    logo's crest (the label was left out, so the sender was read as more of the addressee)."""
    ocr = _ocr_font()
    page = Page()
    page.stacked(
        [("Referentie", "RWS-2024/12577"), ("Datum", "16 april 2024"), ("Projectnummer", "31099342")],
        fonts=(ocr, ocr),
    )
    page.text(68, 150, "Aan", ocr, 10)
    page.text(243, 150, "Minister van Infrastructuur en", ocr, 10)
    page.text(243, 166, "Waterstaat", ocr, 10)
    page.text(68, 182, "Van", ocr, 10)
    page.text(243, 182, "DG Rijkswaterstaat", ocr, 10)
    page.text(68, 210, "Onderhoud vaargeul Holwerd-Ameland", ocr, 10)
    page.y = 240
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee == "Minister van Infrastructuur en Waterstaat"
    assert nota.metadata.sender == "DG Rijkswaterstaat"


def test_ocr_specks_read_as_marks_alone_are_no_words() -> None:
    """Specks of a scan that an OCR engine read as dots, commas and quotes standing alone (". .
    \u201a" across the page under a heading; a dot in the gap before a colofon value): no words
    of the nota. They were a paragraph of their own before the list under the heading, and a
    word of the line they stood on."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Onderhoud vaargeul Holwerd-Ameland")
    page.line("Aanleiding", ocr)
    page.para("De vaargeul tussen Holwerd en Ameland verzandt sneller dan verwacht.", ocr)
    page.line("Kern", ocr)
    for x, mark in [(210.0, "."), (330.0, "."), (420.0, "\u201a")]:
        page.text(x, page.y - 4, mark, ocr, 10)
    page.y += 10
    items = ["Rijkswaterstaat baggert vanaf mei met twee schepen.", "De proef wordt verlengd tot eind 2025."]
    for k, item in enumerate(items, 1):
        page.text(79, page.y, f"{k}.", ocr, 10)
        page.text(97, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.text(79, page.y, "De woordvoering is afgestemd met", ocr, 10)
    page.text(260, page.y, ".", ocr, 10)
    page.text(275, page.y, "Wagenborg.", ocr, 10)
    nota = load_both(page.pdf())
    kern = nota.sections[1]
    assert kern.heading == "Kern"
    assert [b.kind for b in kern.blocks] == ["list", "paragraph"]
    assert kern.blocks[0].items == tuple(items)
    assert kern.blocks[1].text == "De woordvoering is afgestemd met Wagenborg."


def test_ocr_specks_read_as_opening_quotes_before_values() -> None:
    """Specks of a scan an OCR engine read as opening quotes glued before a value's first word
    ("Aan: \u201eMinister van Klimaat en Energie", a date "\u201a13 mei 2024" under its label) or
    standing alone after a label ("Via: \u00bb SG"), which no quote closes: no quotes (the
    addressee kept the mark, the date was no date)."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Nota naar aanleiding van het verslag Wet collectieve warmte",
        aan="\u201eMinister van Klimaat en Energie",
        colofon=[("Kenmerk", "DGKE-WO / 24150773"), ("Datum", "\u201a13 mei 2024"), ("Bijlage(n)", "2")],
    )
    page.text(79, 136, "Via: \u00bb SG", ocr, 10)
    page.line("Aanleiding", ocr)
    page.para("De Kamer heeft op 15 april het verslag over het wetsvoorstel uitgebracht.", ocr)
    page.para("Zij vraagt naar \u201ede warmtekavels\u201d in de wet.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee == "Minister van Klimaat en Energie"
    assert nota.metadata.date == dt.date(2024, 5, 13)
    assert nota.metadata.get("Via") == "SG"
    assert "\u201ede warmtekavels\u201d" in nota.sections[0].blocks[-1].text


def test_an_ocr_speck_read_as_a_quote_and_an_underscore_before_a_date() -> None:
    """A speck before a value an OCR engine read as an opening quote with a speck of the tab
    glued after it as an underscore ("\u201c_27 november 2026" under "Datum:"): no quote and no
    underscore (the date was no date, the nota had none)."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Toezichtsprioriteiten algoritmes 2027",
        colofon=[("Kenmerk", "2026-0004417"), ("Datum", "\u201c_27 november 2026")],
    )
    page.line("Aanleiding", ocr)
    page.para("Het bestuur stelt in december de toezichtsprioriteiten voor 2027 vast.", ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.date == dt.date(2026, 11, 27)
    assert nota.metadata.get("Datum") == "27 november 2026"


def test_an_ocr_speck_read_as_a_colon_before_the_page_line_is_furniture() -> None:
    """A colon, semicolon or comma is set against the word before it: OCR reads a speck before a
    line's first word as one alone (": Pagina 1 van 1" at the page's foot, the speck at the
    margin and the page line at the right, a Woo stamp under it); the page line is furniture,
    the stamp the letterhead's, and no ":" is kept (it was a letterhead line or a paragraph)."""
    ocr = _ocr_font()
    page = _ocr_aanleiding_page(ocr)
    page.para(LOREM, ocr)
    page.text(64, 800, ":", ocr, 2)
    page.text(494, 800, "Pagina 1 van 1", ocr, 7)
    page.text(44, 812, "Woo-besluit 2026-1921 | document 3", ocr, 8)
    nota = load_both(page.pdf())
    assert nota.metadata.page_count == 1
    assert nota.metadata.letterhead == ("Woo-besluit 2026-1921 document 3",)
    assert nota.sections[-1].blocks == (Paragraph(text=LOREM),)
    assert "Pagina" not in words(nota)


def test_an_ocr_footer_under_a_short_last_line_read_smaller() -> None:
    """An OCR layer sizes a line by its box: a paragraph's short last line of x-height letters
    ("voor.") reads smaller than the body, so the footer seemed to start there, with no gap
    above it, and the page's foot was no footer: the Woo stamp beside the bundle's page line on
    one row ("Woo-besluit 2026-1924 | document 6   pagina 1 van 1") was a paragraph of the last
    section. The footer starts under the wide gap: the stamp the letterhead's, the page lines
    furniture."""
    ocr = _ocr_font()
    page = _ocr_aanleiding_page(ocr)
    page.text(79, 736, "Na uw instemming stellen wij de handreiking op en leggen wij die aan u", ocr, 10)
    page.text(79, 750, "voor.", ocr, 7)
    page.text(489, 790, "Pagina 1 van 1", ocr, 7)
    page.text(38, 800, "Woo-besluit 2026-1924 | document 6", ocr, 8)
    page.text(482, 800, "pagina 1 van 1", ocr, 8)
    nota = load_both(page.pdf())
    assert nota.metadata.page_count == 1
    assert nota.metadata.letterhead == ("Woo-besluit 2026-1924 document 6",)
    assert nota.sections[-1].blocks == (
        Paragraph(text="Na uw instemming stellen wij de handreiking op en leggen wij die aan u voor."),
    )


def test_a_framed_decision_box_set_in_from_the_margin_in_an_ocr_layer() -> None:
    """A framed "Besluit minister" box over its options, its text set in from the margin: on a
    scan the frame is pixels, no drawing, so its two short lines at the indent read as list items
    whose marks are drawn (two items of the section above). A known heading is no such item in
    an OCR layer: the box is the section it heads."""
    ocr = _ocr_font()
    page = _ocr_aanleiding_page(ocr)
    page.para(LOREM, ocr)
    page.y += 14
    page.text(91, page.y, "Besluit minister", ocr, 10)
    page.text(91, page.y + 16, "Akkoord / niet akkoord / bespreken", ocr, 10)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Besluit minister"]
    assert nota.sections[0].blocks == (Paragraph(text=LOREM),)
    assert nota.sections[1].blocks == (Paragraph(text="Akkoord / niet akkoord / bespreken"),)


@pytest.mark.parametrize(
    ("read", "heading"), [("Bij lagen", "Bijlagen"), ("2. Financiële gevol gen", "Financiële gevolgen")]
)
def test_a_known_heading_split_inside_a_word_in_an_ocr_layer(read: str, heading: str) -> None:
    """An OCR engine splits a word at a gap between its letters ("Bij lagen"): the text parser
    found the heading by its letters (the vocabulary's key has no spaces) but kept it as read,
    a heading "Bij lagen". The heading's words as the vocabulary spells them."""
    ocr = _ocr_font()
    page = _ocr_aanleiding_page(ocr)
    page.para(LOREM, ocr)
    page.y += 14
    page.line(read, ocr)
    page.para("Met deze nota stemt u in met de verdeling van de middelen over de provincies.", ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", heading]


def test_ocr_later_sheet_shifted_left_keeps_its_colofon_apart() -> None:
    """A scanned bundle whose second sheet was fed a few points left of page 1's: the second
    nota's colofon lines start 6 points left of page 1's column edge, on the rows of its Aan and
    Van rows. They are its colofon (its reference and date), not words of those rows (the
    addressee went on with "Onze referentie", the reference and date were lost)."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Stand van zaken voorrangskader netcongestie",
        colofon=[("Kenmerk", "DGKE-E / 94561237"), ("Datum", "5 november 2024"), ("Auteur", "5.1.2e")],
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.canvas.showPage()
    page.stacked(
        [("Onze referentie", "BS2024019633"), ("Datum", "27 augustus 2024")],
        x=460.0,
        top=150.0,
        fonts=(ocr, ocr),
    )
    for k, (label, value) in enumerate([("Aan:", "Staatssecretaris van Defensie"), ("Van:", "DMO")]):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(200, 150 + 14 * k, value, ocr, 10)
    page.text(79, 210, "Vervanging pantserwielvoertuigen: start A-fase", ocr, 10)
    page.y = 240
    page.line("Aanleiding", ocr)
    page.para("De voertuigen bereiken in 2032 het einde van hun levensduur.", ocr)
    nota = load_both(page.pdf())
    (second,) = nota.enclosures
    assert second.metadata.addressee == "Staatssecretaris van Defensie"
    assert second.metadata.reference == "BS2024019633"
    assert second.metadata.date == dt.date(2024, 8, 27)


def test_ocr_note_numbers_read_as_marks() -> None:
    """An OCR layer read the small numbers of the last notes as marks ("“ KST 22343-3199", "> KST
    27858-575"): with no next number to tell a note was missing, they were glued to the note
    before. A lone mark (no letter or digit) at the notes' left edge before text set where the
    note above has its text starts the next note."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Kamerbrief Impulsprogramma Chemische Stoffen", colofon=_OCR_TEST_COLOFON)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    for k, (mark, text) in enumerate(
        [("1", "KST 22343-330"), ("2", "KST 28089-209"), ("\u201c", "KST 22343-3199"), (">", "KST 27858-575")]
    ):
        page.text(78, 739 + 9.6 * k, mark, ocr, 8)
        page.text(90, 739 + 9.6 * k, text, ocr, 8)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == [
        (1, "KST 22343-330"),
        (2, "KST 28089-209"),
        (3, "KST 22343-3199"),
        (4, "KST 27858-575"),
    ]


def test_ocr_square_bullets_and_tab_specks() -> None:
    """A square bullet of a symbol font as an OCR engine reads it ("ú", "@", both: "ú@"), and
    specks in the tab after a bullet read as two underscores ("* __ De regionale"), or a rule
    under a table cell read as one glued to the line's last word ("Berg_"): the items are list
    items, their text without the specks."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Kamerbrief over de evaluaties", colofon=_OCR_TEST_COLOFON)
    page.line("Kern", ocr)
    for mark, text in [
        ("ú", "Middels bijgevoegde brief biedt u de evaluatie aan."),
        ("@", "In de brief wordt de reactie toegelicht."),
        ("ú@", "Uw ambtsvoorganger heeft dit toegezegd."),
    ]:
        page.text(79, page.y, mark, ocr, 9.5)
        page.text(110, page.y, text, ocr, 9.5)
        page.y += page.lead
    page.text(79, page.y, "*", ocr, 9.5)
    page.text(93, page.y, "__", ocr, 9.5)
    page.text(110, page.y, "De regionale aanpak wordt voortgezet met Van der Berg_", ocr, 9.5)
    page.y += 2 * page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks == (
        ItemList(
            items=(
                "Middels bijgevoegde brief biedt u de evaluatie aan.",
                "In de brief wordt de reactie toegelicht.",
                "Uw ambtsvoorganger heeft dit toegezegd.",
                "De regionale aanpak wordt voortgezet met Van der Berg",
            )
        ),
    )


def test_ocr_column_label_beside_a_body_line_at_a_word_gap_stays_in_the_column() -> None:
    """An OCR engine may read a body line and the colofon label beside it as one line, the label
    a word's gap after the line's last word ("evaluatierapport Onze referentie"): a word starting
    at the column's edge is the column's, however close (the wordmark rule keeps only words that
    start further right, above the column)."""
    ocr = _ocr_font()
    page = Page()
    page.stacked(
        [("Onze referentie", "2023-0000700225"), ("Datum", "13 december 2023")], x=464.6, fonts=(ocr, ocr)
    )
    page.text(79, 150, "Aan: MBZK", ocr, 10)
    page.text(79, 164, "Van: CZW/CZ", ocr, 10)
    page.text(79, 190, "Kamerbrief over de evaluaties", ocr, 10)
    line = "Invulling: in 2017 heeft het CRM een evaluatierapport"
    page.text(457 - page.canvas.stringWidth(line, ocr, 9), 157, line, ocr, 9)
    page.y = 230
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.reference == "2023-0000700225"
    assert "evaluatierapport Onze" not in words(nota)


def test_ocr_count_with_a_speck_after_it() -> None:
    """A count under "Bijlagen" with a speck of the scan after it read as a bracket ("0)") was
    read as a list of one item: one attachment. A count label's whole value of a number and one
    bracket, stop or quote is the number."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Stand van zaken capaciteit reclasseringstoezicht",
        colofon=[("Ons kenmerk", "5283146"), ("Datum", "9 september 2024"), ("Bijlagen", "0)")],
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Bijlagen") == "0"
    assert nota.metadata.attachment_count == 0


def test_ocr_wordmark_and_kind_of_a_nota_without_title_stay_in_the_header() -> None:
    """A scanned agency nota without a title (its place blanked): the logo's wordmark
    ("Rijksdienst voor Ondernemend" / "Nederland") and the 'nota' wordmark, text on a scan, were
    written after the empty title's mark and read as the first section's paragraph. Lines of the
    header before an empty title are the header's: letterhead and kind."""
    ocr = _ocr_font()
    page = Page()
    page.stacked([("Contactpersoon", "10.2.e"), ("Datum", "28 november 2017")], fonts=(ocr, ocr))
    page.text(324, 62, "Rijksdienst voor Ondernemend", ocr, 12)
    page.text(325, 77, "Nederland", ocr, 11)
    for k, (label, value) in enumerate([("Aan:", "Uitvoeringsoverleg (UO)"), ("Van:", "NVWA en RVO.nl")]):
        page.text(79, 160 + 34 * k, label, ocr, 9)
        page.text(79, 172 + 34 * k, value, ocr, 9)
    page.text(79, 250, "nota", ocr, 30)
    page.y = 310
    page.para("Met dit document informeer ik u over het strikter handhaven van de aanvullende gegevens.", ocr)
    page.line("Werkwijze", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Rijksdienst voor Ondernemend Nederland",)
    assert nota.metadata.kind == "nota"
    assert nota.title == ""
    assert nota.sections[0].blocks == (
        Paragraph(
            text="Met dit document informeer ik u over het strikter handhaven van de aanvullende gegevens."
        ),
    )


def test_outline_numbers_in_regular_type_before_bold_headings() -> None:
    """A word processor's outline numbering prints a heading's number in the paragraph mark's
    weight, regular, before the bold heading ("2.1   Oorzaken", "II.   Advies"): the line is a
    heading with its number (it was a paragraph starting "2.1 Oorzaken ...")."""
    for numbers, expected in (
        (("1", "2", "2.1"), ("1", "2", "2.1")),
        (("I.", "II.", "III."), ("I", "II", "III")),
    ):
        page = _nota_page(
            [("Aan", "Minister van SZW"), ("Van", "Raad van bestuur UWV")], "Achterstand herbeoordelingen"
        )
        for number, heading in zip(
            numbers, ("Aanleiding", "Omvang van de achterstand", "Oorzaken"), strict=True
        ):
            page.text(79, page.y, number)
            page.text(110, page.y, heading, BOLD)
            page.y += page.lead
            page.para(LOREM)
        nota = load_both(page.pdf())
        assert tuple(s.number for s in nota.sections) == expected
        assert [s.heading for s in nota.sections] == ["Aanleiding", "Omvang van de achterstand", "Oorzaken"]
        assert all(s.blocks == (Paragraph(text=LOREM),) for s in nota.sections)


def test_bold_title_wrapped_in_its_onderwerp_row_goes_on_in_the_title() -> None:
    """The title as the bold value of an "Onderwerp:" row wraps onto a second line, under the value
    or back at the label's margin (no hanging indent): the line goes on in the title (it was
    read as a heading of its own, and the title lost its end)."""
    title = ("Wijziging van het Luchthavenverkeerbesluit Schiphol: nieuw normen- en", "handhavingsstelsel")
    for x in (170, 79):
        page = Page()
        page.header([("Aan", "Staatssecretaris"), ("Van", "DGB")])
        page.text(79, 240, "TER BESLUITVORMING", BOLD)
        page.text(79, 262, "Onderwerp:")
        page.text(170, 262, title[0], BOLD)
        page.text(x, 262 + page.lead, title[1], BOLD)
        page.colofon(_COLOFON)
        page.y = 320
        page.line("Aanleiding", BOLD)
        page.para(LOREM)
        nota = load_both(page.pdf())
        assert nota.title == " ".join(title)
        assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_purpose_and_addressee_in_one_sentence() -> None:
    """Older templates head a nota "Ter beslissing aan de minister van ...": the purpose, and the
    addressee without a field (no label is printed); the line was letterhead."""
    page = Page()
    page.text(79, 160, "Notitie", BOLD, 14)
    page.text(79, 185, "Ter beslissing aan de minister van Economische Zaken en Klimaat", BOLD)
    page.header([("Van", "Inspecteur-generaal der Mijnen"), ("Datum", "2 november 2017")], top=210)
    page.text(79, 250, "Advies over het tempo van de versterking", BOLD)
    page.y = 290
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.purpose == "beslissing"
    assert nota.metadata.addressee == "de minister van Economische Zaken en Klimaat"
    assert "Aan" not in [f.label for f in nota.metadata.fields]
    assert not any("Ter beslissing" in x for x in nota.metadata.letterhead)
    assert nota.title == "Advies over het tempo van de versterking"


@pytest.mark.parametrize("beside", [False, True])
def test_a_paraph_table_under_its_label_in_the_head_is_its_value(beside: bool) -> None:
    """A "Parafenroute" label under the Aan and Van rows, over a table "Naam  Paraaf  Datum" and
    its rows (some cells left empty) or in the first cell of the heads' row, the rows' first cells
    empty: the label's value, row after row, as the text reader takes such a table; its dates are
    not the nota's. The heads were read as labels over their values in columns: fields Naam,
    Paraaf and Datum, the nota dated by a paraph."""
    page = Page()
    page.header([("Aan", "Minister voor BHO"), ("Van", "DGIS")])
    rows = [
        ("Naam", "Paraaf", "Datum"),
        ("Directeur DSO", "PvD", "3 juni 2024"),
        ("DGIS", "", "4 juni 2024"),
        ("SG", "", ""),
    ]
    if beside:
        page.y = 236
        page.table([("Parafenroute", *rows[0]), *(("", *row) for row in rows[1:])], [79, 170, 290, 350])
    else:
        page.text(79, 236, "Parafenroute", BOLD)
        page.y = 250
        page.table(rows, [79, 250, 330])
    page.colofon(_COLOFON)
    page.text(79, 320, "Bijdrage aan het Global Partnership for Education", BOLD)
    page.y = 350
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister voor BHO"),
        ("Van", "DGIS"),
        ("Parafenroute", "Naam Paraaf Datum Directeur DSO PvD 3 juni 2024 DGIS 4 juni 2024 SG"),
        ("Kenmerk", "2024-0000098765"),
        ("Datum", "12 maart 2024"),
    ]
    assert nota.metadata.date == dt.date(2024, 3, 12)
    assert nota.title == "Bijdrage aan het Global Partnership for Education"


def test_parafenlijst_heads_a_section() -> None:
    """The heading "Parafenlijst" over a table of initials under the head is a section heading (older
    templates; it was letterhead), and the table's last column ("Datum" over the dates, right of
    55 % of the width) is no colofon column: its rows stay whole paragraphs (the column was read
    as a colofon's Datum field, its second date letterhead)."""
    page = Page(width=430)
    page.header(
        [
            ("Aan", "Minister van BZK"),
            ("Van", "DGBK"),
            ("Datum", "27 mei 2014"),
            ("Betreft", "Wetsvoorstel samenvoeging van de gemeenten"),
        ]
    )
    page.text(79, 270, "TER BESLISSING", BOLD)
    page.y = 300
    page.line("Parafenlijst", BOLD)
    page.table(
        [
            ("Paraaf", "Naam", "Datum"),
            ("Directeur Bestuur", "J. Jansen", "22-05-2014"),
            ("DGBK", "P. de Vries", "26-05-2014"),
        ],
        (79, 250, 400),
    )
    page.y += page.lead
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Parafenlijst", "Aanleiding"]
    assert nota.sections[0].blocks == (
        Paragraph(text="Paraaf Naam Datum"),
        Paragraph(text="Directeur Bestuur J. Jansen 22-05-2014"),
        Paragraph(text="DGBK P. de Vries 26-05-2014"),
    )
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Datum"]
    assert nota.title == "Wetsvoorstel samenvoeging van de gemeenten"
    assert nota.metadata.letterhead == ()


def test_attachments_listed_under_bijlagen_are_the_attachments() -> None:
    """Older templates list the attachments, not in a table, as a numbered list under a last
    heading "Bijlagen:" (an item wrapping onto a second line): they are the attachments (they
    were a list in the section); a list followed by more text stays a list."""
    names = [
        "Overzicht achterstand per regio, stand 31 januari 2014",
        "Brief van de Nederlandse Vereniging voor Verzekeringsgeneeskunde van 12 februari 2014 over de inzet",
    ]
    for after in (None, "De bijlagen zijn vertrouwelijk."):
        page = _nota_page([("Aan", "Minister van SZW"), ("Van", "Raad van bestuur UWV")], "Achterstand WGA")
        page.line("Aanleiding", BOLD)
        page.para(LOREM)
        page.line("Bijlagen:", BOLD)
        page.text(79, page.y, "1.")
        page.text(97, page.y, names[0])
        page.y += page.lead
        page.text(79, page.y, "2.")
        first, rest = names[1].split(" 12 ")
        page.text(97, page.y, first)
        page.y += page.lead
        page.text(97, page.y, "12 " + rest)
        page.y += 2 * page.lead
        if after:
            page.para(after)
        nota = load_both(page.pdf())
        assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen:"]
        if after is None:
            assert [(a.number, a.name, a.info) for a in nota.attachments] == [
                (1, names[0], None),
                (2, names[1], None),
            ]
            assert nota.sections[1].blocks == ()
        else:
            assert nota.attachments == ()
            assert nota.sections[1].blocks == (
                ItemList(items=tuple(names), ordered=True),
                Paragraph(text=after),
            )


def test_attachments_listed_across_a_page_break() -> None:
    """The attachment list goes on on the next page: the page line between the items is furniture,
    not more of the first attachment's name ("... 2018 Pagina 1 van 2")."""
    page = _nota_page([("Aan", "Minister van JenV"), ("Van", "NCTV")], "Verdeling van de middelen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    page.text(79, page.y, "1.")
    page.text(97, page.y, "Cybersecuritybeeld Nederland 2018")
    page.text(79, 800, "Pagina 1 van 2", size=7)
    page.canvas.showPage()
    page.text(79, 120, "2.")
    page.text(97, 120, "Conceptbrief aan de Tweede Kamer")
    page.text(79, 800, "Pagina 2 van 2", size=7)
    nota = load_both(page.pdf())
    assert [(a.number, a.name) for a in nota.attachments] == [
        (1, "Cybersecuritybeeld Nederland 2018"),
        (2, "Conceptbrief aan de Tweede Kamer"),
    ]
    assert nota.metadata.page_count == 2
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]


def _listed_attachments_page(
    headings: Sequence[str],
    names: Sequence[Sequence[str]],
    after: Callable[[Page], None] | None = None,
    before: Callable[[Page], None] | None = None,
) -> bytes:
    """A nota whose headings are ``headings``, the last heading the attachments listed as a
    numbered list under it (each name's lines; a wrapped line set under the item's text);
    ``after`` draws what follows the list (pages after the nota's), ``before`` the pages before
    the nota's (ending with a new page)."""
    page = Page()
    if before is not None:
        before(page)
    _nota_page([("Aan", "MINDEF"), ("Van", "DGB")], "Verlenging bijdrage EUNAVFOR Aspides", page)
    for heading in headings[:-1]:
        page.line(heading, BOLD)
        page.para(LOREM)
    page.line(headings[-1], BOLD)
    for n, lines in enumerate(names, 1):
        page.text(79, page.y, f"{n}.")
        for line in lines:
            page.line(line, x=97)
    if after is not None:
        after(page)
    return page.pdf()


def _letter(page: Page) -> None:
    """A Kamerbrief on the page: its own colofon (another date and reference than the nota's,
    a page line), its Datum and Betreft rows and its text."""
    page.colofon([("Directie Operaties", ""), ("Datum", "14 oktober 2024"), ("Kenmerk", "BS2024099871")])
    page.text(466, 800, "Pagina 1 van 1", REGULAR, 7)
    page.y = 200
    page.line("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    page.header([("Datum", "14 oktober 2024"), ("Betreft", "Verlenging bijdrage EUNAVFOR Aspides")], top=240)
    page.y = 290
    page.para("Hierbij informeer ik uw Kamer over de verlenging van de Nederlandse bijdrage.")


def _enclosed_letter(page: Page) -> None:
    """A Kamerbrief on the page after the nota's."""
    page.new_page()
    _letter(page)


def _cover_letter(page: Page) -> None:
    """A Kamerbrief on the page before the nota's."""
    _letter(page)
    page.new_page()


def _appendix(page: Page) -> None:
    """An appendix on the next page, under its own heading."""
    page.new_page()
    page.line("Bijlage 1: Risicoanalyse", BOLD)
    page.para(LOREM)


@pytest.mark.parametrize("after", [_enclosed_letter, _appendix], ids=["letter", "appendix"])
def test_attachments_listed_before_an_enclosed_letter_or_an_appendix(after: Callable[[Page], None]) -> None:
    """The attachments listed under the nota's last heading, "Bijlagen", with a Kamerbrief
    enclosed after the nota or the first attachment appended under its own heading ("Bijlage 1:
    Risicoanalyse"): the list is the nota's attachments (what followed it, the letter or the
    appendix, kept the list a list of the section)."""
    names = ["Concept-Kamerbrief verlenging bijdrage", "Risicoanalyse"]
    nota = load_both(_listed_attachments_page(["Aanleiding", "Bijlagen"], [[n] for n in names], after))
    assert [(a.number, a.name) for a in nota.attachments] == [(1, names[0]), (2, names[1])]
    if after is _appendix:
        assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections][-2:] == [
            ("Bijlagen", []),
            ("Bijlage 1: Risicoanalyse", [LOREM]),
        ]
        assert nota.sections[-1].origin is not None
        assert nota.sections[-1].origin.page == 2
    else:
        assert [(s.heading, s.blocks) for s in nota.sections][-1] == ("Bijlagen", ())
        (letter,) = nota.enclosures
        assert letter.title == "Verlenging bijdrage EUNAVFOR Aspides"
        assert letter.origin is not None
        assert letter.origin.page == 2


def test_attachments_listed_in_a_nota_after_a_cover_letter() -> None:
    """A cover letter, then the nota (an enclosure of the file) with its attachments listed
    under its last heading: the list is the nota's attachments, read in its own document."""
    names = ["Concept-Kamerbrief verlenging bijdrage", "Risicoanalyse"]
    nota = load_both(
        _listed_attachments_page(["Aanleiding", "Bijlagen"], [[n] for n in names], before=_cover_letter)
    )
    (enclosed,) = nota.enclosures
    assert [(a.number, a.name) for a in enclosed.attachments] == [(1, names[0]), (2, names[1])]
    assert [(s.heading, s.blocks) for s in enclosed.sections][-1] == ("Bijlagen", ())


def test_attachments_listed_under_a_numbered_bijlagen_heading() -> None:
    """Numbered headings ("1. Aanleiding" ... "3. Bijlagen"), the attachments listed as a numbered
    list under the last: they are the attachments, the section keeps its heading and number (the
    heading's number hid its word: the list stayed a list of the section)."""
    names = ["Concept-Kamerbrief verlenging bijdrage", "Risicoanalyse Directie Operaties"]
    nota = load_both(
        _listed_attachments_page(["1. Aanleiding", "2. Toelichting", "3. Bijlagen"], [[n] for n in names])
    )
    assert [(a.number, a.name) for a in nota.attachments] == [(1, names[0]), (2, names[1])]
    assert [(s.number, s.heading, s.blocks) for s in nota.sections][-1] == ("3", "Bijlagen", ())


def test_a_listed_attachment_wrapped_onto_a_word_opening_with_o() -> None:
    """An attachment's name wrapped onto a line whose first word opens with "o" ("operatie ..."):
    the name goes on (the letter, which is a bullet where a space follows it, ended the list, and
    the list stayed a list of the section)."""
    name = ["Concept-Kamerbrief verlenging van de bijdrage aan de Europese", "operatie EUNAVFOR Aspides"]
    nota = load_both(_listed_attachments_page(["Aanleiding", "Bijlagen"], [name, ["Risicoanalyse"]]))
    assert [(a.number, a.name) for a in nota.attachments] == [(1, " ".join(name)), (2, "Risicoanalyse")]


def test_an_attachment_table_with_a_woo_ground_column() -> None:
    """An attachment table of four columns, "Nr. | Titel | Openbaar | Woo-grond" (the header cell
    "Woo-" / "grond" wrapped in its narrow column, or on one line): the ground joins the
    information cell ("Nee 5.1.2a"); the table was text under the Bijlagen heading."""
    for wrapped in (False, True):
        page = _nota_page([("Aan", "Minister van IenW"), ("Van", "DGLM")], "Geluidsnormen Schiphol")
        page.line("Aanleiding", BOLD)
        page.para(LOREM)
        page.line("Bijlagen", BOLD)
        xs = [79, 110, 330, 390]
        for x, cell in zip(xs, ["Nr.", "Titel", "Openbaar", "Woo-" if wrapped else "Woo-grond"], strict=True):
            page.text(x, page.y, cell, BOLD)
        if wrapped:
            page.text(390, page.y + 11, "grond", BOLD)
            page.y += 11
        page.y += page.lead
        for row in (
            ["1", "Beoordeling van de Europese Commissie", "Ja"],
            ["2", "Concept van de onderbouwing", "Nee", "5.1.2a"],
        ):
            for x, cell in zip(xs, row, strict=False):
                page.text(x, page.y, cell)
            page.y += page.lead
        nota = load_both(page.pdf())
        assert [(a.number, a.name, a.info) for a in nota.attachments] == [
            (1, "Beoordeling van de Europese Commissie", "Ja"),
            (2, "Concept van de onderbouwing", "Nee 5.1.2a"),
        ]
        assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]
        assert nota.sections[1].blocks == ()


def test_a_sentence_ending_a_line_inside_a_paragraph_at_wider_line_spacing() -> None:
    """A word processor sets the head's rows and a table's cells single-spaced and the paragraphs
    at 135 %: the page's usual line gap is the rows', and a line of a paragraph that ends in
    "Zr.Ms." or a sentence stood "a paragraph space" apart from the next (the paragraph was cut
    in two). The lines of one paragraph stand at one distance: that is what a space is measured
    against."""
    page = Page()
    for k, (label, value) in enumerate(
        [("Aan", "Staatssecretaris"), ("Van", "CZSK"), ("Via", "SG"), ("Kopie", "DMO")]
    ):
        page.text(79, 200 + 12 * k, label)
        page.text(170, 200 + 12 * k, value)
    page.text(79, 260, "Instandhouding van twee mijnenjagers", BOLD)
    page.colofon(_COLOFON)
    page.lead = 15
    page.y = 290
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.para(LOREM)
    first = "Wij adviseren u akkoord te gaan met het in de vaart houden van Zr.Ms."
    page.line("De levering van de eerste vervangende vaartuigen is vertraagd tot het derde kwartaal")
    page.line("van 2026. Zonder maatregelen daalt de inzetbare capaciteit in 2025 onder de norm.")
    page.y += 8
    page.line("Geadviseerd besluit", BOLD)
    page.line(first)
    page.line("Makkum en Zr.Ms. Vlaardingen tot 31 december 2026 en met de kosten daarvan.")
    page.line("De kosten zijn in de begroting voorzien en worden uit het fonds betaald.")
    page.y += 8
    page.line("Bijlagen", BOLD)
    rows = [
        [str(k), name, "Ja"]
        for k, name in enumerate(["Rapport", "Planning", "Raming", "Brief", "Advies", "Verslag"], 1)
    ]
    page.table([["Nr.", "Titel", "Openbaar"], *rows], [79, 110, 330], pitch=12)
    nota = load_both(page.pdf())
    assert nota.sections[1].blocks == (
        Paragraph(
            text=first + " Makkum en Zr.Ms. Vlaardingen tot 31 december 2026 en met de kosten daarvan. "
            "De kosten zijn in de begroting voorzien en worden uit het fonds betaald."
        ),
    )


def test_a_running_header_of_parts_repeating_page_1_is_furniture() -> None:
    """A later page's running header of parts set apart by bars, each a line of page 1's colofon
    or its reference ("Ministerie van Financiën | Directie Fiscale Politiek | 2024-0000098765",
    no label before the reference) is furniture (it was a paragraph on every later page); a
    header with a part page 1 does not print stays text."""
    for extra, kept in (("", False), (" | Concept", True)):
        page = _nota_page([("Aan", "Staatssecretaris Fiscaliteit"), ("Van", "DGFZ")], "Fiscale vergroening")
        page.text(466, 110, "Ministerie van Financiën", BOLD, 7)
        page.text(466, 124, "Directie Fiscale Politiek", REGULAR, 7)
        page.line("Aanleiding", BOLD)
        page.para(LOREM)
        for k in (2, 3):
            page.canvas.showPage()
            page.text(
                79,
                40,
                "Ministerie van Financiën | Directie Fiscale Politiek | 2024-0000098765" + extra,
                REGULAR,
                7,
            )
            page.y = 150
            page.para(f"Alinea {k} gaat over de uitvoering door de Belastingdienst.")
        nota = load_both(page.pdf())
        texts = [b.text for b in nota.sections[0].blocks]
        if kept:
            assert words(nota).count("| Concept") == 2
        else:
            assert texts == [
                LOREM,
                "Alinea 2 gaat over de uitvoering door de Belastingdienst.",
                "Alinea 3 gaat over de uitvoering door de Belastingdienst.",
            ]


def test_a_left_colofon_starting_at_the_top_margin() -> None:
    """A colofon in a column left of the body that starts at the top margin, level with the kind
    word (a frame or float at the first line's height): its first lines (the purpose, the
    ministry) are the column's too, not the body's (they were read as a heading over the head's
    rows, and the Aan row was lost in its paragraph)."""
    page = Page()
    x, body = 45.0, 193.0
    page.text(x, 62, "TER BESLISSING", BOLD, 8)
    page.text(x, 82, "Ministerie van Asiel en Migratie", BOLD, 7)
    page.text(x, 100, "Directoraat-Generaal Migratie", BOLD, 7)
    y = 125.0
    for label, value in [
        ("Datum", "7 november 2024"),
        ("Kenmerk", "6012875"),
        ("Opgesteld door", "N. Bakker"),
        ("Bijlage(n)", "0"),
    ]:
        page.text(x, y, label, BOLD, 7)
        page.text(x, y + 9, value, REGULAR, 7)
        y += 26
    page.text(body, 62, "Nota", REGULAR, 16)
    page.text(body, 95, "Aan:", BOLD)
    page.text(255, 95, "de minister van Asiel en Migratie")
    page.text(body, 108, "Van:", BOLD)
    page.text(255, 108, "DGM")
    page.text(body, 135, "Uitvoering van de spreidingswet", BOLD, 12)
    page.left, page.y = body, 165
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee == "de minister van Asiel en Migratie"
    assert nota.metadata.purpose == "beslissing"
    assert nota.metadata.letterhead == ("Ministerie van Asiel en Migratie", "Directoraat-Generaal Migratie")
    assert nota.title == "Uitvoering van de spreidingswet"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]


def test_a_nota_of_one_paragraph_under_a_large_title() -> None:
    """A nota without any heading: a bold title set larger than the body, one paragraph under
    it. The title is the title and the paragraph the preamble (the title was read as the first
    section's heading and the nota had none; a colofon value wrapped in lower case, "DGLZ," /
    "woordvoering", was then taken for a heading)."""
    page = Page()
    page.header([("Aan", "SVWS"), ("Van", "DJ")])
    page.text(466, 157, "Cc", BOLD, 7)
    page.text(466, 166.8, "DGLZ,", REGULAR, 7)
    page.text(466, 176.6, "woordvoering", REGULAR, 7)
    page.colofon(_COLOFON, top=200)
    page.text(79, 250, "Reactie op de brief van Jeugdzorg Nederland", BOLD, 12.5)
    page.y = 280
    page.para(LOREM + " " + LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Reactie op de brief van Jeugdzorg Nederland"
    assert [(s.heading, s.blocks) for s in nota.sections] == [("", (Paragraph(text=LOREM + " " + LOREM),))]
    assert nota.unplaced == ()


def test_a_colofon_as_a_row_of_labels_over_values_at_the_foot_of_page_1() -> None:
    """A template that sets the colofon across the foot of page 1, a row of labels over a row of
    values ("Datum  Referentie  Opgesteld door  Bijlage(n)" / "27 juni 2024  48713025  S. Kramer
    1"), and its letterhead in bold lines at the top of the main column over the kind and the
    purpose: the pairs are the fields (they were two paragraphs of the last section), the bold
    lines letterhead (they were headings over the head's rows)."""
    page = Page()
    page.text(79, 80, "Ministerie van Onderwijs, Cultuur en Wetenschap", BOLD, 8)
    page.text(79, 92, "Directie Primair Onderwijs", BOLD, 8)
    page.text(79, 115, "Nota", REGULAR, 16)
    page.text(79, 145, "TER AKKOORDBEVINDING", BOLD)
    page.text(79, 165, "Aan:", BOLD)
    page.text(120, 165, "de minister voor Primair en Voortgezet Onderwijs")
    page.text(79, 178, "Van:", BOLD)
    page.text(120, 178, "directeur Primair Onderwijs")
    page.text(79, 205, "Verlenging van de noodmaatregelen", BOLD, 12.5)
    page.y = 235
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Financiële gevolgen", BOLD)
    page.para(LOREM)
    xs = [79, 170, 261, 352]
    for x, label, value in zip(
        xs,
        ["Datum", "Referentie", "Opgesteld door", "Bijlage(n)"],
        ["27 juni 2024", "48713025", "S. Kramer", "1"],
        strict=True,
    ):
        page.text(x, 700, label, BOLD, 7)
        page.text(x, 712, value, REGULAR, 7)
    page.text(480, 790, "Pagina 1 van 1", REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "de minister voor Primair en Voortgezet Onderwijs"),
        ("Van", "directeur Primair Onderwijs"),
        ("Datum", "27 juni 2024"),
        ("Referentie", "48713025"),
        ("Opgesteld door", "S. Kramer"),
        ("Bijlage(n)", "1"),
    ]
    assert nota.metadata.date == dt.date(2024, 6, 27)
    assert nota.metadata.letterhead == (
        "Ministerie van Onderwijs, Cultuur en Wetenschap",
        "Directie Primair Onderwijs",
    )
    assert nota.metadata.kind == "Nota"
    assert nota.metadata.purpose == "akkoordbevinding"
    assert nota.title == "Verlenging van de noodmaatregelen"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Financiële gevolgen"]
    assert [b.text for b in nota.sections[1].blocks] == [LOREM]


def test_a_colofon_of_labels_over_values_under_the_notes_at_the_foot_of_page_1() -> None:
    """A colofon across the foot of page 1 ("Datum  Kenmerk  Bijlage(n)" over its values, set as
    small as the notes) right under the page's notes: the pairs are the fields, the note ends
    where they start (they were the last note's text, the nota without its date and reference)."""
    page = Page()
    page.text(79, 80, "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", BOLD, 8)
    page.text(79, 110, "Nota", REGULAR, 16)
    page.text(79, 140, "Aan:", BOLD)
    page.text(120, 140, "Minister van LVVN")
    page.text(79, 153, "Van:", BOLD)
    page.text(120, 153, "Directeur Natuur")
    page.text(79, 180, "Uitstel van de natuurdoelanalyses", BOLD, 12.5)
    page.y = 210
    page.line("Aanleiding", BOLD)
    sentence = "Het IPO heeft om uitstel gevraagd."
    page.line(sentence)
    x = 79 + page.canvas.stringWidth(sentence, REGULAR, page.size)
    page.text(x, page.y - page.lead - 2.5, "1", REGULAR, 5.5)
    page.para(LOREM)
    page.text(79, 700, "1", REGULAR, 5.5)
    page.text(88, 702.5, "Brief van het IPO van 2 december 2026.", REGULAR, 7.5)
    for x, label, value in zip(
        [79, 250, 420],
        ["Datum", "Kenmerk", "Bijlage(n)"],
        ["16 december 2026", "DGNV / 26412881", "1"],
        strict=True,
    ):
        page.text(x, 722, label, BOLD, 7.5)
        page.text(x, 732, value, REGULAR, 7.5)
    page.text(480, 790, "Pagina 1 van 1", REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van LVVN"),
        ("Van", "Directeur Natuur"),
        ("Datum", "16 december 2026"),
        ("Kenmerk", "DGNV / 26412881"),
        ("Bijlage(n)", "1"),
    ]
    assert nota.metadata.date == dt.date(2026, 12, 16)
    assert nota.metadata.attachment_count == 1
    assert [(f.number, f.text) for f in nota.footnotes] == [(1, "Brief van het IPO van 2 december 2026.")]
    assert [b.text for b in nota.sections[0].blocks] == [f"{sentence}1 {LOREM}"]


def test_notes_under_the_rest_of_a_note_indented_as_its_wrapped_lines() -> None:
    """A note that runs on at the top of the next page's notes, its rest indented as a note's
    wrapped lines are (a word processor's hanging indent), above two notes of that page whose
    numbers are set at the notes' size: each is a note of its own (the notes' left edge was
    taken from the indented rest, and note 4 was glued to note 3)."""
    page = Page()
    page.header([("Aan", "MSZW")])
    page.text(170, 268, "Directe financiering kinderopvang")
    page.colofon(_COLOFON)
    page.y = 320
    page.line("Kern", BOLD)
    sentence = "Beide uitvoerders hebben een toets gedaan."
    page.line(sentence)
    x = 79 + page.canvas.stringWidth(sentence, REGULAR, page.size)
    page.text(x, page.y - page.lead - 2.5, "2", REGULAR, 5.5)
    page.para(LOREM)
    page.text(79, 720, "2", REGULAR, 8)
    page.text(
        90, 720, "Zie de brief van 3 juli 2026 over de uitvoering van de toeslag. In die brief", REGULAR, 8
    )
    page.text(
        90, 730, "is toegezegd dat de Kamer voor het einde van het jaar wordt geïnformeerd over", REGULAR, 8
    )
    page.canvas.showPage()
    page.y = 150
    page.line("Juridisch kader", BOLD)
    sentence = "Een wijziging van de wet is nodig."
    page.line(sentence)
    x = 79 + page.canvas.stringWidth(sentence, REGULAR, page.size)
    page.text(x, page.y - page.lead - 2.5, "3", REGULAR, 5.5)
    sentence = "De kosten zijn geraamd."
    page.line(sentence)
    x = 79 + page.canvas.stringWidth(sentence, REGULAR, page.size)
    page.text(x, page.y - page.lead - 2.5, "4", REGULAR, 5.5)
    page.text(90, 712, "de keuze tussen de varianten.", REGULAR, 8)
    page.text(79, 722, "3", REGULAR, 8)
    page.text(90, 722, "Wet kinderopvang, hoofdstuk 1.", REGULAR, 8)
    page.text(79, 732, "4", REGULAR, 8)
    page.text(90, 732, "Raming van de Dienst Toeslagen van 30 september 2026.", REGULAR, 8)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == [
        (
            2,
            "Zie de brief van 3 juli 2026 over de uitvoering van de toeslag. In die brief is toegezegd "
            "dat de Kamer voor het einde van het jaar wordt geïnformeerd over de keuze tussen de varianten.",
        ),
        (3, "Wet kinderopvang, hoofdstuk 1."),
        (4, "Raming van de Dienst Toeslagen van 30 september 2026."),
    ]


def test_a_colofon_of_two_rows_of_labels_over_values_at_the_foot_of_page_1() -> None:
    """A colofon across the foot of page 1 with more cells than a row holds: two rows of labels
    over values ("Datum  Kenmerk  Behandeld door  Doorkiesnummer" / values / "Afschrift aan
    Bijlagen" / values) are all fields, in their order (only the last row was read: the first
    two lines were paragraphs of the last section, the date and reference lost)."""
    page = Page()
    page.text(79, 80, "Ministerie van Infrastructuur en Milieu", BOLD, 8)
    page.text(79, 115, "Nota", REGULAR, 16)
    page.text(79, 145, "TER BESLISSING", BOLD)
    page.text(79, 165, "Aan:", BOLD)
    page.text(120, 165, "Staatssecretaris van Infrastructuur en Milieu")
    page.text(79, 178, "Van:", BOLD)
    page.text(120, 178, "Directeur Luchtvaart")
    page.text(79, 205, "Ontwerp-Luchthavenbesluit Lelystad", BOLD, 12.5)
    page.y = 235
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    rows = [
        [("Datum", "8 september 2015"), ("Kenmerk", "IENM/BSK-2015/167223"), ("Behandeld door", "E. Lammer")],
        [("Afschrift aan", "SG, DGMI"), ("Bijlagen", "1")],
    ]
    for top, row in zip((700, 724), rows, strict=True):
        for x, (label, value) in zip([79, 170, 261], row, strict=False):
            page.text(x, top, label, BOLD, 7)
            page.text(x, top + 10, value, REGULAR, 7)
    page.text(480, 790, "Pagina 1 van 1", REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Staatssecretaris van Infrastructuur en Milieu"),
        ("Van", "Directeur Luchtvaart"),
        *rows[0],
        *rows[1],
    ]
    assert (nota.metadata.date, nota.metadata.reference) == (dt.date(2015, 9, 8), "IENM/BSK-2015/167223")
    assert nota.metadata.attachment_count == 1
    assert [b.text for b in nota.sections[-1].blocks] == [LOREM]


def test_colofon_across_the_foot_in_an_ocr_layer() -> None:
    """The colofon across page 1's foot as an OCR layer gives it: the labels' row as tall as the
    body's letters (a bold label's box) and a label misread ("Bijlage(n}"): each label with the
    value under it, a field (it was a paragraph of the last section: no date, no reference); the
    misread label is named in an ocr-vocabulary diagnostic."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Verlenging van de noodmaatregelen", aan="de minister voor PVO", van="directeur PO"
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Financiële gevolgen", ocr)
    page.para(LOREM, ocr)
    xs = [79, 180, 290, 420]
    labels = ["Datum", "Referentie", "Opgesteld door", "Bijlage(n}"]
    for x, label, value in zip(xs, labels, ["27 juni 2024", "48713025", "S. Kramer", "1"], strict=True):
        page.text(x, 700, label, ocr, 9)
        page.text(x, 712, value, ocr, 9)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields][2:] == [
        ("Datum", "27 juni 2024"),
        ("Referentie", "48713025"),
        ("Opgesteld door", "S. Kramer"),
        ("Bijlage(n)", "1"),
    ]
    assert nota.metadata.date == dt.date(2024, 6, 27)
    assert [b.text for b in nota.sections[1].blocks] == [LOREM]
    assert any("Bijlage(n}" in d.message for d in nota.diagnostics if d.code == "ocr-vocabulary")


def test_a_label_with_its_colon_in_a_column_of_its_own() -> None:
    """Head rows typed "Aan<tab>:<tab>Minister van OCW" (or set in a table of three cells): the
    colon standing alone between the label and its value is the label's, no part of the value
    (the values read ": Minister van OCW", and the date was no date)."""
    page = Page()
    rows = [("Aan", "Minister van OCW"), ("Van", "Directeur Leraren"), ("Datum", "3 oktober 2024")]
    for k, (label, value) in enumerate(rows):
        page.text(79, 200 + 14 * k, label)
        page.text(136, 200 + 14 * k, ":")
        page.text(148, 200 + 14 * k, value)
    page.text(79, 268, "Noodplan lerarentekort in de vier grote steden", BOLD, 12)
    page.colofon([("Referentie", "DGB / 2024 / 12345")])
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee == "Minister van OCW"
    assert nota.metadata.sender == "Directeur Leraren"
    assert nota.metadata.date == dt.date(2024, 10, 3)
    assert {f.label: f.value for f in nota.metadata.fields} == {
        "Aan": "Minister van OCW",
        "Van": "Directeur Leraren",
        "Datum": "3 oktober 2024",
        "Referentie": "DGB / 2024 / 12345",
    }


def test_a_later_pages_foot_repeating_page_1s_colofon_is_furniture() -> None:
    """A short colofon that a template repeats at the foot of later pages, smaller than the body:
    a unit's line of page 1's colofon with page 1's date and reference and their labels
    ("Directie Arbeidsmarkt   Datum 12 maart 2024   Kenmerk 2024-0000098765"), is furniture (it
    was a paragraph at the end of every later page, under the last page's attachments heading
    too); a foot line giving another reference stays."""

    def pdf(foot: str) -> bytes:
        page = _nota_page([("Aan", "MSZW")], "Krapte op de arbeidsmarkt")
        page.colofon([("Directie Arbeidsmarkt", "")], top=120)
        page.line("Aanleiding", BOLD)
        page.para(LOREM)
        for k in (2, 3):
            page.canvas.showPage()
            page.y = 150
            page.para(f"Alinea {k} gaat over de uitvoering door UWV en gemeenten.")
            page.text(79, 800, foot, REGULAR, 7)
        return page.pdf()

    nota = load_both(pdf("Directie Arbeidsmarkt     Datum 12 maart 2024     Kenmerk 2024-0000098765"))
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        "Alinea 2 gaat over de uitvoering door UWV en gemeenten.",
        "Alinea 3 gaat over de uitvoering door UWV en gemeenten.",
    ]
    other = load_both(pdf("Directie Arbeidsmarkt     Datum 12 maart 2024     Kenmerk 2024-0000012345"))
    assert "Kenmerk 2024-0000012345" in words(other)


def test_a_list_items_second_paragraph_stays_in_the_item() -> None:
    """A list item of two paragraphs: the second set apart by a paragraph space under the item's
    text, at its indent, without a mark, goes on in the item (it was a paragraph of its own,
    and the items after it a second list); a paragraph back at the margin is text after the
    list."""
    page = _nota_page([("Aan", "MVWS")], "Raming van de zorgpremie")
    page.line("Kern", BOLD)
    items = [
        ["De premie stijgt met 13 euro."],
        [
            "Het eigen risico blijft 385 euro.",
            "",
            "Vanaf 2026 daalt het naar 165 euro, zoals is",
            "afgesproken in het akkoord.",
        ],
        ["De zorgtoeslag stijgt mee."],
    ]
    for item in items:
        page.text(79, page.y, "\u2022")
        for line in item:  # ("" : the paragraph space between the item's two paragraphs)
            if line:
                page.text(93, page.y, line)
            page.y += page.lead * (0.5 if not line else 1)
    page.y += 0.7 * page.lead
    page.line("Een aparte Kamerbrief is niet nodig.")
    nota = load_both(page.pdf())
    blocks = nota.sections[0].blocks
    assert isinstance(blocks[0], ItemList)
    assert blocks[0].items == (
        "De premie stijgt met 13 euro.",
        "Het eigen risico blijft 385 euro."
        " Vanaf 2026 daalt het naar 165 euro, zoals is afgesproken in het akkoord.",
        "De zorgtoeslag stijgt mee.",
    )
    assert [b.text for b in blocks[1:]] == ["Een aparte Kamerbrief is niet nodig."]


def test_a_label_wrapped_in_its_cell_keeps_its_second_line() -> None:
    """A head table whose label column is narrower than "Opgesteld door:": the label wraps in its
    cell, "door:" on the line under "Opgesteld" beside the value. The label is both lines (it
    was "Opgesteld", and "door:" in bold ended the header as a heading, the title after it a
    section of its own)."""
    page = Page()
    rows = [("Aan:", "Staatssecretaris Jeugd, Preventie en Sport"), ("Van:", "Directeur Curatieve Zorg")]
    for k, (label, value) in enumerate(rows):
        page.text(79, 200 + 14 * k, label, BOLD)
        page.text(170, 200 + 14 * k, value)
    page.text(79, 228, "Opgesteld", BOLD)
    page.text(170, 228, "drs. P. van den Heuvel")
    page.text(79, 241, "door:", BOLD)
    page.text(79, 256, "Datum:", BOLD)
    page.text(170, 256, "3 december 2024")
    page.text(79, 290, "Kamerbrief over de wachttijden in de ggz", BOLD, 12)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Kamerbrief over de wachttijden in de ggz"
    assert nota.metadata.drafted_by == "drs. P. van den Heuvel"
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Opgesteld door", "Datum"]
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_a_table_row_whose_widest_cell_leaves_only_the_cells_padding() -> None:
    """A table whose first column is as wide as its widest cell: in that row only the cells'
    padding, under one and a half ems, stands before the next cell. The row's words start where
    the header's columns start: a row of its own (it ended the table, and the row under it was
    glued to it as one paragraph)."""
    page = _nota_page([("Aan", "SG"), ("Van", "DGRB")], "Gebruik van de eindejaarsmarge")
    page.line("Beslispunten", BOLD)
    page.para("U stemt in met de verdeling in de tabel hieronder.")
    wide = "XII Infrastructuur en Waterstaat"
    x2 = 79 + page.canvas.stringWidth(wide, REGULAR, page.size) + 11
    x3 = x2 + page.canvas.stringWidth("€ 41,5 mln", REGULAR, page.size) + 11
    rows = [
        ("Hoofdstuk", "Gevraagd", "Voorstel"),
        ("X Defensie", "€ 96,0 mln", "€ 80,0 mln"),
        (wide, "€ 41,5 mln", "€ 38,0 mln"),
        ("XVI VWS", "€ 22,8 mln", "€ 22,8 mln"),
    ]
    page.table(rows, [79, x2, x3], pitch=18)
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        "U stemt in met de verdeling in de tabel hieronder.",
        "Hoofdstuk Gevraagd Voorstel",
        "X Defensie € 96,0 mln € 80,0 mln",
        "XII Infrastructuur en Waterstaat € 41,5 mln € 38,0 mln",
        "XVI VWS € 22,8 mln € 22,8 mln",
    ]


def test_soft_hyphen_drawn_inside_a_line_is_a_hyphen() -> None:
    """A soft hyphen (U+00AD) the page draws between two characters of a line is a printed hyphen
    (a PDF draws no unused break point; a re-writing tool's ToUnicode map calls the hyphen glyph
    of WinAnsi code 0xAD soft): "KST 22343-330" lost its hyphen. One that ends a line still
    joins the split word."""
    font = glyph_font("VeraSoft", "\u00ad")
    page = Page()
    page.header([("Aan", "MIenW"), ("Van", "DGMI")])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.text(79, page.y, "Zie de brief KST 22343\u00ad330 van de minister over het kwaliteits\u00ad", font)
    page.y += 1.5 * page.size
    page.text(79, page.y, "kader voor de stoffen.", font)
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks[0].text == (  # type: ignore[union-attr]
        "Zie de brief KST 22343-330 van de minister over het kwaliteitskader voor de stoffen."
    )


@pytest.mark.parametrize(
    ("rows", "x"),
    [
        ([("2025", "\u20ac 6,0 mln"), ("2026", "\u20ac 4,0 mln")], 150),
        ([("2025", "\u20ac 8,5 mln"), ("2026", "\u20ac 21,0 mln"), ("2027", "\u20ac 12,5 mln")], 124),
    ],
)
def test_two_rows_of_a_table_without_a_header_keep_their_rows_apart(
    rows: list[tuple[str, str]], x: float
) -> None:
    """Two rows or more of a two-column table without a header row or rules (amounts per year),
    their second cells at a tab stop lined up (also at a cell's padding of two and a half ems,
    as a browser sets a table), under a paragraph, are a paragraph per row (they were one
    paragraph, "2025 € 6,0 mln 2026 € 4,0 mln")."""
    page = _nota_page([("Aan", "MBZ")], "Noodhulp")
    page.line("Geadviseerd besluit", BOLD)
    page.para(LOREM)
    page.y += 6
    for first, second in rows:
        page.text(79, page.y, first)
        page.line(second, x=x)
    page.y += 8
    page.para("De middelen komen uit de reserve.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        LOREM,
        *(f"{a} {b}" for a, b in rows),
        "De middelen komen uit de reserve.",
    ]


@pytest.mark.parametrize("columns", [1, 2])
def test_attachments_listed_as_bijlage_entries_are_the_attachments(columns: int) -> None:
    """Attachments listed without a table as "Bijlage 1  Noodoproep OCHA" entries under the last
    heading, also in two columns (read row by row across them, "Bijlage 1 ... Bijlage 4 ..."),
    are the attachments in their numbers' order (they were paragraphs of the Bijlagen section),
    each with its printed row's box, as a numbered list's items have (it was lost)."""
    names = ["Noodoproep OCHA", "Situatierapport februari", "Jaarverslag SHF 2024", "Risicoanalyse"]
    page = _nota_page([("Aan", "MBZ")], "Noodhulp")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    rows = len(names) // columns
    for r in range(rows):
        for c in range(columns):
            n = c * rows + r
            page.text(79 + 180 * c, page.y, f"Bijlage {n + 1}")
            page.text(124 + 180 * c, page.y, names[n])
        page.y += page.lead + 3
    nota = load_both(page.pdf())
    assert [(a.number, a.name) for a in nota.attachments] == list(enumerate(names, 1))
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]
    assert nota.sections[1].blocks == ()
    boxes = [a.origin.bbox for a in nota.attachments if a.origin is not None]
    assert len(boxes) == len(names)
    assert all(box is not None and box[0] == pytest.approx(79, abs=1) for box in boxes)


@pytest.mark.parametrize("under", ["x", "name"])
def test_a_bijlage_entry_whose_name_wraps_is_one_attachment(under: str) -> None:
    """An entry "Bijlage 1  Brief van het college van" whose name wraps onto the next line
    ("bestuur", under the entry's word or under its name) is one attachment with the whole name
    (the section was left as a paragraph, no attachments)."""
    page = _nota_page([("Aan", "MOCW")], "Bekostiging conservatorium")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    page.text(79, page.y, "Bijlage 1")
    page.text(124, page.y, "Brief van het college van")
    page.y += page.lead
    page.text(79 if under == "x" else 124, page.y, "bestuur")
    page.y += page.lead
    page.text(79, page.y, "Bijlage 2")
    page.text(124, page.y, "Herstelplan")
    nota = load_both(page.pdf())
    assert [(a.number, a.name) for a in nota.attachments] == [
        (1, "Brief van het college van bestuur"),
        (2, "Herstelplan"),
    ]
    assert nota.sections[-1].blocks == ()


@pytest.mark.parametrize("column", [0, 1])
def test_a_bijlage_entry_wrapped_in_its_column_of_two_is_one_attachment(column: int) -> None:
    """Entries in two columns, read across ("Bijlage 1  Advies Raad voor het   Bijlage 2
    Concept-Kamerbrief"), one name wrapping onto a line in its own column only ("Openbaar
    Bestuur" under the first or the second): that line is more of that entry's name (the list
    was left as a paragraph, no attachments)."""
    page = _nota_page([("Aan", "MBZK")], "Herijking gemeentefonds")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    names = ["Advies Raad voor het", "Concept-Kamerbrief"]
    for c, name in enumerate(names):
        page.text(79 + 180 * c, page.y, f"Bijlage {c + 1}")
        page.text(124 + 180 * c, page.y, name)
    page.y += page.lead
    page.text(124 + 180 * column, page.y, "Openbaar Bestuur")
    page.y += page.lead + 3
    page.text(79, page.y, "Bijlage 3")
    page.text(124, page.y, "Tijdpad")
    nota = load_both(page.pdf())
    names[column] += " Openbaar Bestuur"
    assert [(a.number, a.name) for a in nota.attachments] == [(1, names[0]), (2, names[1]), (3, "Tijdpad")]
    assert nota.sections[-1].blocks == ()


@pytest.mark.parametrize("spaced", [False, True])
def test_a_bijlage_entry_whose_name_wraps_after_a_blank_line_is_one_attachment(spaced: bool) -> None:
    """A blank line above the list (a wider gap under the heading) or between its entries (a
    spaced list, the second entry's name wrapping) does not stop an entry's wrapped name from
    joining it (any blank line since the heading did: the list was left as a paragraph)."""
    page = _nota_page([("Aan", "MOCW")], "Bekostiging conservatorium")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    page.y += 0 if spaced else 12
    names = [["Herstelplan"], ["Brief van het college van", "bestuur"]]
    for n, lines in enumerate(names if spaced else names[::-1], 1):
        page.text(79, page.y, f"Bijlage {n}")
        for line in lines:
            page.text(124, page.y, line)
            page.y += page.lead
        page.y += 12 if spaced else 0
    nota = load_both(page.pdf())
    wrapped = (2 if spaced else 1, "Brief van het college van bestuur")
    plain = (1 if spaced else 2, "Herstelplan")
    assert [(a.number, a.name) for a in nota.attachments] == sorted([wrapped, plain])
    assert nota.sections[-1].blocks == ()


def test_bijlage_entries_with_a_page_line_under_them_are_the_attachments() -> None:
    """Entries "Bijlage 1  Naam" with the page's foot line under them ("Pagina 1 van 1"): the
    attachments, the page line no entry's and no text left in the section."""
    page = _nota_page([("Aan", "MBZK")], "Herijking gemeentefonds")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    for n, name in enumerate(["Conceptbrief aan de Tweede Kamer", "Tijdpad"], 1):
        page.text(79, page.y, f"Bijlage {n}")
        page.text(124, page.y, name)
        page.y += page.lead
    page.text(79, 800, "Pagina 1 van 1", size=7)
    nota = load_both(page.pdf())
    assert [(a.number, a.name) for a in nota.attachments] == [
        (1, "Conceptbrief aan de Tweede Kamer"),
        (2, "Tijdpad"),
    ]
    assert nota.sections[-1].blocks == ()


def test_bijlage_entries_not_numbered_from_one_are_left_as_printed() -> None:
    """Entries numbered 2 and 3 (the first left out): no attachment list, the lines as printed."""
    page = _nota_page([("Aan", "MBZK")], "Herijking gemeentefonds")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    for n, name in [(2, "Conceptbrief aan de Tweede Kamer"), (3, "Tijdpad")]:
        page.text(79, page.y, f"Bijlage {n}")
        page.text(124, page.y, name)
        page.y += page.lead
    nota = load_both(page.pdf())
    assert nota.attachments == ()
    text = " ".join(b.text for b in nota.sections[-1].blocks if isinstance(b, Paragraph))
    assert text == "Bijlage 2 Conceptbrief aan de Tweede Kamer Bijlage 3 Tijdpad"


@pytest.mark.parametrize("second", ["Bijlage 1a", "Bijlage 1"])
def test_a_bijlage_entry_the_numbers_refuse_is_no_wrapped_name(second: str) -> None:
    """An entry alone on its row, then one the list's numbers refuse ("Bijlage 1a", or "Bijlage
    1" again): the second is no wrapped line of the first's name (it was joined to it, "...
    Kamer Bijlage 1a Reactie van de VNG" one attachment); the list is left as printed."""
    page = _nota_page([("Aan", "MBZK")], "Herijking gemeentefonds")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    for left, name in [("Bijlage 1", "Conceptbrief aan de Tweede Kamer"), (second, "Reactie van de VNG")]:
        page.text(79, page.y, left)
        page.text(124, page.y, name)
        page.y += page.lead
    nota = load_both(page.pdf())
    assert nota.attachments == ()
    text = " ".join(b.text for b in nota.sections[-1].blocks if isinstance(b, Paragraph))
    assert text == f"Bijlage 1 Conceptbrief aan de Tweede Kamer {second} Reactie van de VNG"


def test_short_lettered_sub_items_set_a_word_space_after_their_mark_keep_their_letters() -> None:
    """Two short indented sub-items whose letters are printed a word space before their text
    ("a. de opleiding ..." under item 2, its number also a word space before its text) are a
    lettered list, not items of a drawn marker with the letter in their text (they were a
    bullet list "a. de opleiding ...", "b. ...")."""
    page = _nota_page([("Aan", "MOCW")], "Urennorm")
    page.line("Geadviseerd besluit", BOLD)
    page.para("Wij adviseren u in te stemmen met de volgende uitwerking:")
    page.line("1. de minimale onderwijstijd blijft 1.000 klokuren;", x=85)
    page.line("2. instellingen mogen de verdeling vrij bepalen, mits:", x=85)
    page.line("a. de opleiding de urennorm haalt;", x=100)
    page.line("b. de studentenraad vooraf instemt.", x=100)
    page.line("3. de inspectie houdt toezicht per opleiding.", x=85)
    nota = load_both(page.pdf())
    lists = [b for b in nota.sections[0].blocks if isinstance(b, ItemList)]
    assert [(lst.numbering, lst.items) for lst in lists] == [
        (
            "1",
            (
                "de minimale onderwijstijd blijft 1.000 klokuren;",
                "instellingen mogen de verdeling vrij bepalen, mits:",
            ),
        ),
        ("a", ("de opleiding de urennorm haalt;", "de studentenraad vooraf instemt.")),
        ("1", ("de inspectie houdt toezicht per opleiding.",)),
    ]


def test_a_name_over_a_larger_bold_title_is_letterhead() -> None:
    """An organisation's name in bold on a line of its own between the label rows and the bold
    title, set smaller than the title and no unit word in it ("Immigratie- en
    Naturalisatiedienst"), is letterhead, not the title (it was the title, and the title the
    first section's heading)."""
    page = Page()
    page.header([("Aan", "Minister van Asiel en Migratie"), ("Van", "Hoofddirecteur IND")])
    page.text(79, 250, "Immigratie- en Naturalisatiedienst", BOLD, 10)
    page.text(79, 276, "Maatregelen om de achterstand in te lopen", BOLD, 13)
    page.colofon(_COLOFON)
    page.y = 310
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Maatregelen om de achterstand in te lopen"
    assert "Immigratie- en Naturalisatiedienst" in nota.metadata.letterhead
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_endnotes_numbered_with_roman_numerals_are_the_notes() -> None:
    """Endnotes numbered i, ii, iii (a word processor's default for endnotes), set small under
    the text's end and apart from it, are the notes 1, 2, 3 (they were a paragraph of the last
    section, "i CBS, ... ii Zie ...")."""
    page = _nota_page([("Aan", "MSZW")], "Kinderopvang")
    page.line("Aanleiding", BOLD)
    page.para("De kosten zijn sterker gestegen dan de indexatie.i Ouders betalen meer.ii")
    page.y += 20
    notes = ["CBS, Prijsindex kinderopvang 2024.", "Zie de Regeling Wet kinderopvang, artikel 6."]
    for numeral, text in zip(["i", "ii"], notes, strict=True):
        page.text(79, page.y, numeral, size=7)
        page.text(92, page.y, text, size=7)
        page.y += 9
    nota = load_both(page.pdf())
    assert [(n.number, n.text) for n in nota.footnotes] == list(enumerate(notes, 1))
    assert [b.text for b in nota.sections[0].blocks] == [
        "De kosten zijn sterker gestegen dan de indexatie.i Ouders betalen meer.ii"
    ]


def test_a_wide_tables_last_columns_set_smaller_than_the_body_on_a_landscape_page_are_kept() -> None:
    """A landscape page 2 whose table, set smaller than the body's paragraphs on the page, reaches
    right of page 1's colofon column: its last columns stand on the rows of the first ones and
    go on those rows (they were dropped as a later page's colofon, being smaller than the body)."""
    page = _nota_page([("Aan", "MBZK")], "Toekenning van de bijdragen")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    width, height = A4[1], A4[0]
    page.canvas.setPageSize((width, height))

    def text(x: float, top: float, s: str, font: str = "Helvetica", size: float = 7.5) -> None:
        page.canvas.setFont(font, size)
        page.canvas.drawString(x, height - top - 0.8 * size, s)

    rows = [("Utrecht", "1.450", "€ 28,4 mln", "88"), ("Zwolle", "640", "€ 9,6 mln", "77")]
    top = 70.0
    for cells in [("Gemeente", "Woningen", "Bijdrage", "Score"), *rows]:
        for x, cell in zip((79, 300, 560, 700), cells, strict=True):
            text(x, top, cell, BOLD if top == 70 else "Helvetica")
        top += 12
    for k, s in enumerate(
        (
            "De projecten in de tabel zijn goed voor ruim de helft van de bijdrage die in deze tranche",
            "beschikbaar is. Alle projecten liggen in de regio's waar het woningtekort het grootst is.",
        )
    ):
        text(79, top + 10 + 14 * k, s, size=9.5)
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks][1:4] == [
        "Gemeente Woningen Bijdrage Score",
        *(" ".join(cells) for cells in rows),
    ]


@pytest.mark.parametrize("top_line", ["Blad 2", "Toekenning van de bijdragen"])
def test_a_sheet_number_or_the_title_alone_at_a_later_pages_top_is_furniture(top_line: str) -> None:
    """A later page's top line, set small and apart from the text under it, that numbers the sheet
    ("Blad 2") or repeats the title (a running header): furniture, so the paragraph broken over
    the page goes on (they were a paragraph of their own, or glued to the sentence)."""
    if top_line:
        page = _nota_page([("Aan", "MBZK")], "Toekenning van de bijdragen")
        page.line("Aanleiding", BOLD)
        page.para(LOREM)
        page.line("De gemeenten ontvangen hun beschikking in de week na het besluit van de minister,")
        page.canvas.showPage()
        page.text(79, 40, top_line, REGULAR, 7)
        page.y = 80
        page.line("en de Kamer krijgt daarover een brief.")
        nota = load_both(page.pdf())
        assert [b.text for b in nota.sections[0].blocks][-1] == (
            "De gemeenten ontvangen hun beschikking in de week na het besluit van de minister, "
            "en de Kamer krijgt daarover een brief."
        ), top_line
        assert nota.unplaced == ()


def test_a_footer_line_repeating_the_letterhead_wrapped_in_the_column_is_no_second_entry() -> None:
    """A footer line on every page with the ministry's name, which page 1's narrow colofon wraps
    over two lines: page 1's copy is said already (it was a second letterhead entry)."""
    page = Page()
    page.header([("Aan", "Minister van VWS"), ("Van", "directeur Zorgverzekeringen")])
    page.text(79, 268, "Uitwerking van het eigen risico")
    page.text(466, 100, "Ministerie van Volksgezondheid,", BOLD, 7)
    page.text(466, 110, "Welzijn en Sport", BOLD, 7)
    page.colofon(_COLOFON)
    page.y = 320
    footer = "Ministerie van Volksgezondheid, Welzijn en Sport"
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.text(79, 800, footer, REGULAR, 7)
    page.canvas.showPage()
    page.y = 80
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    page.text(79, 800, footer, REGULAR, 7)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Ministerie van Volksgezondheid, Welzijn en Sport",)
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]


def _run_in_page() -> Page:
    page = Page()
    page.header([("Aan", "MinFin"), ("Van", "DGFZ")])
    page.colofon(_COLOFON)
    page.text(79, 268, "Fiscale regeling laadpalen", BOLD, 12)
    page.y = 300
    return page


def _run_in(page: Page, lead: str, text: str) -> None:
    """A paragraph whose first line starts with ``lead`` in bold, the text after it."""
    x = page.left + page.canvas.stringWidth(lead + " ", BOLD, page.size)
    words = text.split()
    n = 1
    while (
        n < len(words)
        and x + page.canvas.stringWidth(" ".join(words[: n + 1]), REGULAR, page.size)
        <= page.left + page.width
    ):
        n += 1
    page.text(page.left, page.y, lead, BOLD)
    page.line(" ".join(words[:n]), x=x)
    if n < len(words):
        page.para(" ".join(words[n:]))
    else:
        page.y += 0.7 * page.lead


@pytest.mark.parametrize("stop", [".", ":"])
def test_a_known_heading_run_in_at_its_paragraphs_start_is_a_heading(stop: str) -> None:
    """A bold known heading ending in a full stop or a colon at the start of its paragraph's
    first line, the paragraph's text after it at a word space ("Aanleiding. De Tweede Kamer
    ..."): a heading and its paragraph (the bold run was read as the paragraph's first words,
    and the sections before the first such heading had no heading at all)."""
    page = _run_in_page()
    texts = {
        f"Aanleiding{stop}": LOREM,
        f"Toelichting{stop}": "Het voorstel is uitvoerbaar voor de Belastingdienst.",
    }
    for heading, text in texts.items():
        _run_in(page, heading, text)
    nota = load_both(page.pdf())
    assert nota.title == "Fiscale regeling laadpalen"
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        (heading, [text]) for heading, text in texts.items()
    ]


def test_a_bold_lead_in_outside_the_vocabulary_stays_in_its_paragraph() -> None:
    """A bold lead-in that is no known heading ("Let op: ...") stays the paragraph's first words."""
    page = _run_in_page()
    page.line("Aanleiding", BOLD)
    _run_in(page, "Let op:", "De Eerste Kamer stemt op 16 april over het wetsvoorstel.")
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", ["Let op: De Eerste Kamer stemt op 16 april over het wetsvoorstel."])
    ]


def test_an_italic_line_in_lower_case_under_a_decision_point_is_no_heading() -> None:
    """ "akkoord / niet akkoord" in italics on its own line under each numbered decision point:
    part of the point (each was read as a heading, splitting the list and the sections)."""
    page = _nota_page([("Aan", "MinSZW"), ("Van", "DK")], "Maximum uurprijs kinderopvang")
    page.line("Beslispunten", BOLD)
    points = ["Instemmen met de indexatie van de uurprijs.", "Instemmen met de bijgaande Kamerbrief."]
    for n, point in enumerate(points, 1):
        page.text(79, page.y, f"{n}.")
        page.line(point, x=95)
        page.line("akkoord / niet akkoord", "Helvetica-Oblique", x=95)
    page.y += 8
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        (
            "Beslispunten",
            (ItemList(items=tuple(f"{p} akkoord / niet akkoord" for p in points), ordered=True),),
        ),
        ("Toelichting", (Paragraph(text=LOREM),)),
    ]


def test_a_bold_header_of_two_narrow_columns_over_amounts_is_no_heading() -> None:
    """A ruled table of two narrow columns, its bold header's cells an em or so apart ("Jaar
    Uitvoeringskosten" over "2025   € 12,5 mln"), under a heading: a paragraph per row (the header row was
    read as a heading of its own)."""
    page = _nota_page([("Aan", "MinVRO"), ("Van", "DGVB")], "Uitvoering huurtoeslag")
    page.line("Financiële gevolgen", BOLD)
    rows = [
        ("2025", "12,5 mln"),
        ("2026", "8,0 mln"),
    ]  # (no euro sign: the standard font's width is 0 on one source)
    right = 85 + 12 + page.canvas.stringWidth("Jaar", BOLD, page.size) + 90
    page.text(85, page.y, "Jaar", BOLD)
    page.line(
        "Uitvoeringskosten", BOLD, x=right - page.canvas.stringWidth("Uitvoeringskosten", BOLD, page.size)
    )
    for year, amount in rows:
        page.text(85, page.y, year)
        page.line(amount, x=right - page.canvas.stringWidth(amount, REGULAR, page.size))
    page.y += 8
    page.para("De kosten vallen binnen de gereserveerde middelen.")
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        (
            "Financiële gevolgen",
            [
                "Jaar Uitvoeringskosten",
                "2025 12,5 mln",
                "2026 8,0 mln",
                "De kosten vallen binnen de gereserveerde middelen.",
            ],
        )
    ]


def test_short_regular_lines_set_apart_over_their_paragraphs_are_headings() -> None:
    """Headings in the regular font (underlined in the template; the rule is a drawn line),
    each set apart above and with its paragraph of several lines right under it at the line
    gap, under a bold heading: headings of their own (they were read as the first words of
    their paragraphs)."""
    page = _run_in_page()
    page.line("Toelichting", BOLD)
    page.y += 0.7 * page.lead
    texts = {"Inhoud van de aanvraag": LOREM, "Beoordeling": LOREM}
    for heading, text in texts.items():
        page.line(heading)
        page.para(text)
    page.para("Het voorstel is uitvoerbaar.")
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Toelichting", []),
        ("Inhoud van de aanvraag", [LOREM]),
        ("Beoordeling", [LOREM, "Het voorstel is uitvoerbaar."]),
    ]


def test_a_unit_in_regular_type_under_the_ministrys_bold_name_over_the_head() -> None:
    """A letterhead at the top of the main column, the ministry's name in bold over its unit's in
    regular type, then the purpose, the kind and the head's label rows (no right column): both
    lines are letterhead (the regular unit line ended the look for label rows below the bold
    line, which became the title, and the purpose, kind and title became headings)."""
    page = Page()
    page.text(79, 80, "Ministerie van Infrastructuur en Waterstaat", BOLD, 9)
    page.text(79, 92, "Directoraat-Generaal Water en Bodem", REGULAR, 9)
    page.text(79, 115, "TER BESLISSING", BOLD, 9)
    page.text(79, 135, "Nota", REGULAR, 16)
    page.text(79, 165, "Aan:", BOLD)
    page.text(170, 165, "Minister van Infrastructuur en Waterstaat")
    page.text(79, 178, "Van:", BOLD)
    page.text(170, 178, "DGWB")
    page.text(79, 191, "Datum:", BOLD)
    page.text(170, 191, "10 juni 2025")
    page.text(79, 220, "Extra onderhoud aan het sluizencomplex IJmuiden", BOLD, 12)
    page.y = 250
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Advies", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (
        "Ministerie van Infrastructuur en Waterstaat",
        "Directoraat-Generaal Water en Bodem",
    )
    assert nota.metadata.purpose == "beslissing"
    assert nota.metadata.kind == "Nota"
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Infrastructuur en Waterstaat"),
        ("Van", "DGWB"),
        ("Datum", "10 juni 2025"),
    ]
    assert nota.title == "Extra onderhoud aan het sluizencomplex IJmuiden"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert nota.unplaced == ()


def test_an_agency_in_regular_type_under_the_ministrys_bold_name_over_the_head() -> None:
    """An agency's name without a unit word ("Rijksvoorlichtingsdienst") in regular type right
    under the ministry's bold name, over the purpose, kind and label rows, is letterhead too."""
    page = Page()
    page.text(79, 80, "Ministerie van Algemene Zaken", BOLD, 9)
    page.text(79, 94, "Rijksvoorlichtingsdienst", REGULAR, 9)
    page.text(79, 118, "TER INFORMATIE", BOLD, 9)
    page.text(79, 138, "Nota", REGULAR, 16)
    page.text(79, 165, "Aan:", BOLD)
    page.text(170, 165, "Minister-President")
    page.text(79, 178, "Van:", BOLD)
    page.text(170, 178, "directeur RVD")
    page.text(79, 210, "Voorlichting over de ministerraad tijdens de zomer", BOLD, 12)
    page.y = 240
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Ministerie van Algemene Zaken", "Rijksvoorlichtingsdienst")
    assert nota.metadata.kind == "Nota"
    assert nota.metadata.purpose == "informatie"
    assert nota.title == "Voorlichting over de ministerraad tijdens de zomer"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert nota.unplaced == ()


def test_label_rows_with_a_plain_space_after_bold_labels_beside_a_left_colofon() -> None:
    """The head's labels in bold without a colon, their values a plain space or a little more
    after them ("Aan  Minister van ..."; a table's narrow label cell), the colofon in a column on
    the left: the rows are the head's (the wide Aan row ended the header as a paragraph-wide
    line, so the title was empty and the bold title became a heading), a Via row between them
    too."""
    page = Page(left=200, width=300)
    page.colofon([("Datum", "3 juni 2026"), ("Kenmerk", "DGA-ASB / 26184520")], x=60, top=120)
    page.text(200, 100, "Nota", REGULAR, 16)
    page.text(200, 135, "Aan", BOLD)
    page.text(222, 135, "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur")
    page.text(200, 149, "Via", BOLD)
    page.text(222, 149, "Secretaris-generaal")
    page.text(200, 163, "Van", BOLD)
    page.text(222, 163, "Directeur-generaal Agro")
    page.text(200, 190, "Verdeling van de extra mestplaatsingsruimte in 2027", BOLD, 12)
    page.y = 220
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        ("Via", "Secretaris-generaal"),
        ("Van", "Directeur-generaal Agro"),
        ("Datum", "3 juni 2026"),
        ("Kenmerk", "DGA-ASB / 26184520"),
    ]
    assert nota.title == "Verdeling van de extra mestplaatsingsruimte in 2027"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]


def test_an_addressee_of_two_lines_and_a_title_with_a_subtitle_in_regular_type() -> None:
    """Label rows in capitals with a plain space after the label ("AAN  Minister van ..."), the
    addressee's second line under the first value: one value; the title in bold with a second
    line in regular type at its size under it: one title (the second line was a heading)."""
    page = Page()
    page.colofon([("Datum", "10 juni 2026"), ("Kenmerk", "2026-0000318844")])
    page.text(79, 100, "Beslisnota", REGULAR, 16)
    page.text(79, 135, "AAN", BOLD)
    page.text(104, 135, "Minister van Binnenlandse Zaken en Koninkrijksrelaties")
    page.text(104, 149, "Staatssecretaris Digitalisering en Koninkrijksrelaties")
    page.text(79, 163, "VAN", BOLD)
    page.text(104, 163, "DG Digitalisering en Overheidsorganisatie")
    page.text(79, 190, "Rijksbrede inzet van generatieve AI", BOLD, 12.5)
    page.text(79, 205, "Kaders voor het gebruik door rijksambtenaren", REGULAR, 12.5)
    page.y = 240
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Kern", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee == (
        "Minister van Binnenlandse Zaken en Koninkrijksrelaties "
        "Staatssecretaris Digitalisering en Koninkrijksrelaties"
    )
    assert [f.label for f in nota.metadata.fields] == ["AAN", "VAN", "Datum", "Kenmerk"]
    assert nota.title == "Rijksbrede inzet van generatieve AI Kaders voor het gebruik door rijksambtenaren"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]
    assert nota.unplaced == ()


def test_a_bold_title_of_two_lines_over_label_rows_and_a_sender_of_two_lines() -> None:
    """A bold title over the head's label rows (its second line in lower case, "onderwijs", no
    unit's name), then "AAN  ..." / "VAN  ..." with a plain space, the sender a person over a
    unit: the title, the rows the head's (main column first: they were read as body rows after
    the title, after the colofon, and the unit line as a paragraph of an empty section)."""
    page = Page(left=200, width=300)
    page.colofon([("Datum", "15 juni 2026"), ("Ons kenmerk", "52103877")], x=60, top=120)
    page.text(200, 100, "Nota", REGULAR, 16)
    page.text(200, 130, "Stand van het lerarentekort in het voortgezet", BOLD, 12.5)
    page.text(200, 145, "onderwijs", BOLD, 12.5)
    page.text(200, 172, "AAN", BOLD)
    page.text(225, 172, "Minister van Onderwijs, Cultuur en Wetenschap")
    page.text(200, 186, "VAN", BOLD)
    page.text(225, 186, "drs. M. El Amrani")
    page.text(225, 200, "directeur Leraren")
    page.y = 235
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Kern", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("AAN", "Minister van Onderwijs, Cultuur en Wetenschap"),
        ("VAN", "drs. M. El Amrani directeur Leraren"),
        ("Datum", "15 juni 2026"),
        ("Ons kenmerk", "52103877"),
    ]
    assert nota.title == "Stand van het lerarentekort in het voortgezet onderwijs"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]
    assert nota.unplaced == ()


def test_a_small_attachment_table_of_one_row_below_the_page_middle_is_no_footnote() -> None:
    """An attachment table set smaller than the text under "Bijlage", its header row just above
    the page's middle and its one row below it: the row is the table's ("1  Concept Outlook
    2027" opens with a number as a note does: it was read as footnote 1, the header unplaced)."""
    page = Page()
    page.colofon([("Datum", "26 juni 2026")])
    page.text(79, 100, "Beslisnota", REGULAR, 16)
    page.header([("Aan:", "Minister van Financiën"), ("Van:", "Agentschap")], top=135)
    page.text(79, 175, "Uitgifteplan Staatsschuld 2027", BOLD, 12)
    page.y = 205
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    page.para(LOREM)
    page.y = 395
    page.line("Bijlage", BOLD)
    page.y = 413
    page.table([("Nr.", "Titel"), ("1", "Concept Outlook 2027")], xs=[83, 120], size=8.5, pitch=14)
    nota = load_both(page.pdf())
    assert nota.footnotes == ()
    assert [(a.number, a.name) for a in nota.attachments] == [(1, "Concept Outlook 2027")]
    assert nota.unplaced == ()


def test_ocr_vocabulary_keeps_words_a_misreading_does_not_explain() -> None:
    """The OCR vocabulary repair read words that were no misreading as the vocabulary's: a
    purpose wrapped in the colofon ("TER INFORMATIE EN" / "BESLUITVORMING") as the label "Ter
    informatie aan" (its "EN" two errors from "aan"), a heading the engine read right
    ("Monitoring") as "Motivering" (three letters each read as another), a date label with its
    D misread ("Satum") as "Status" (the first letter agreed, "Datum" is nearer). A word of three
    letters or fewer in a multi-word label is matched as printed, at most two letters may be read
    as others, and a word of another first letter as near or nearer leaves the word as read. A
    ground code whose thin 1 between the dots the engine lost ("5. 2e") beside a box is the code."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Achterstand in de herbeoordelingen bij de uitvoering",
        colofon=[
            ("TER INFORMATIE EN", "BESLUITVORMING"),
            ("Kenmerk", "2026-0000412"),
            ("Satum", "3 oktoher 2024"),
            ("Opgesteld door", "EEEN 5. 2e"),
        ],
    )
    page.line("1. Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.y += page.lead
    page.line("2. Monitoring", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.purpose == "informatie en besluitvorming"
    assert "Ter informatie aan" not in [f.label for f in nota.metadata.fields]
    assert "Status" not in [f.label for f in nota.metadata.fields]
    assert nota.metadata.get("Opgesteld door") == "5.1.2e"
    assert "Motivering" not in [s.heading for s in nota.sections]
    assert "Monitoring" in words(nota)
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads '5. 2e', a ground code with its dots misread; read as '5.1.2e'"
    ]


def test_run_in_heading_in_an_ocr_layer() -> None:
    """An OCR layer gives no bold, so a run-in heading ("Aanleiding. De regeling ...") was the
    first words of its paragraph and the section was lost. On a paragraph's first line (set apart
    above) a known heading closed by a stop or a colon, a sentence of four words or more after
    it, is the heading, as printed; a known heading word in a paragraph's later line, or before a
    short value ("Toelichting: zie bijlage."), stays text; so does the page as a text layer that
    is no OCR layer (no bold: no run-in heading)."""

    def drawn(font: str) -> bytes:
        page = _ocr_body_page(font, "Verlenging van de fiscale regeling voor laadpalen")
        page.line("Aanleiding. De energie-investeringsaftrek voor laadpalen loopt op 31 december", font)
        page.line("2025 af. Het ministerie heeft gevraagd de regeling te verlengen. Toelichting. De", font)
        page.line("dekking wordt gevonden binnen de begroting.", font)
        page.y += page.lead
        page.line("Communicatie: Het besluit wordt opgenomen in het pakket Belastingplan 2026.", font)
        page.y += page.lead
        page.line("Toelichting: zie bijlage.", font)
        return page.pdf()

    nota = load_both(drawn(_ocr_font()))
    assert [s.heading for s in nota.sections] == ["Aanleiding.", "Communicatie:"]
    assert nota.sections[0].blocks == (
        Paragraph(
            text="De energie-investeringsaftrek voor laadpalen loopt op 31 december 2025 af. Het ministerie "
            "heeft gevraagd de regeling te verlengen. Toelichting. De dekking wordt gevonden binnen de "
            "begroting."
        ),
    )
    assert nota.sections[1].blocks == (
        Paragraph(text="Het besluit wordt opgenomen in het pakket Belastingplan 2026."),
        Paragraph(text="Toelichting: zie bijlage."),
    )
    born = load_both(drawn(REGULAR))
    assert "Aanleiding." not in [s.heading for s in born.sections]


def test_ocr_page_line_misread_with_its_one_read_as_a_letter() -> None:
    """Tesseract misreads a fax's small page line twice, "Pagana Ì van 2" (the i as an a, the 1
    as an accented I): "Pagina" was repaired only before a tail of digits, so the line was a
    letterhead entry. A misread "Pagina" before a tail whose first number is a 1 read as a
    letter is the page line too (a diagnostic names the reading)."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Tijdelijke tariefregulering voor warmtenetten", colofon=[("Datum", "27 mei 2025")]
    )
    page.text(466, 250, "Pagana \u00cc van 2", ocr, 7)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ()
    assert "Pagana" not in words(nota)
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads 'Pagana' where a label sits; read as the label 'Pagina'"
    ]


def test_ocr_footer_is_no_value_of_a_label_the_engine_read_none_for() -> None:
    """A redaction box beside "Opgesteld door:" that the engine read as nothing leaves the label
    without a value, and the notes at the page's foot whose numbers the engine lost ("Kamerstukken
    II ..."): a footer, written after the fields, became that label's value, so the drafter was
    the notes' text. On an OCR page the footer goes above the fields, each line a block of its
    own, as a stamp does: letterhead lines, and the label keeps no value."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate(
        [
            ("Aan:", "Staatssecretaris van Defensie"),
            ("Van:", "Hoofddirecteur Personeel"),
            ("Datum:", "2 april 2025"),
            ("Opgesteld door:", ""),
            ("Bijlage(n):", "1"),
        ]
    ):
        page.text(79, 130 + 13 * k, label, ocr, 10)
        if value:
            page.text(180, 130 + 13 * k, value, ocr, 10)
    page.text(79, 215, "Tegemoetkoming voor werkgevers van reservisten", ocr, 12)
    page.y = 250
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.text(79, 770, "Kamerstukken II 2024/25, 36 592, nr. 14.", ocr, 7)
    page.text(79, 780, "Defensienota 2024, Sterk en Slagvaardig, hoofdstuk 4.", ocr, 7)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Opgesteld door") == ""
    assert nota.metadata.drafted_by is None
    assert nota.metadata.letterhead == (
        "Kamerstukken II 2024/25, 36 592, nr. 14.",
        "Defensienota 2024, Sterk en Slagvaardig, hoofdstuk 4.",
    )


def test_ocr_page_line_with_an_accent_read_on_van() -> None:
    """Tesseract reads a speck over the a of a small page line's "van" as an accent ("Pagina 1
    vän 1"): the line was a letterhead entry. As on "Pägina", the accent is a speck: the page
    line, left out of the text."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Vaststellingsovereenkomst over het werkelijk rendement", colofon=[("Datum", "22 januari 2025")]
    )
    page.text(466, 250, "Pagina 1 v\u00e4n 1", ocr, 7)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ()
    assert "v\u00e4n" not in words(nota)


def test_ocr_knelpunten_is_no_misread_kernpunten() -> None:
    """A heading "Knelpunten" read right by the engine was repaired into the vocabulary's
    "Kernpunten" (whose "rn" the OCR key reads as "m": two letter errors). "Knelpunten" is a
    heading of the vocabulary: read as printed, no diagnostic."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Reservisten en hun werkgevers")
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Knelpunten", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Knelpunten"]
    assert not [d for d in nota.diagnostics if d.code == "ocr-vocabulary"]


def test_ocr_ground_with_its_one_lost_and_its_dot_read_as_a_colon() -> None:
    """Beside a redaction box the engine lost the thin 1 of "5.1.2e" and read the dot left as a
    colon ("5: 2e"): the field's value was the box and the broken code. As with "5. 2e" (and a
    code's dots read as colons or commas elsewhere), "5:" or "5," before "2e" in the colofon
    column is the code."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr,
        "Herijking van het gemeentefonds",
        colofon=[
            ("Kenmerk", "2025-0000187443"),
            ("Opgesteld door", "EEEN 5: 2e"),
            ("Afgestemd met", "5, 2e"),
        ],
    )
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.get("Opgesteld door") == "5.1.2e"
    assert nota.metadata.get("Afgestemd met") == "5.1.2e"
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads '5: 2e', a ground code with its dots misread; read as '5.1.2e'",
        "the OCR layer reads '5, 2e', a ground code with its dots misread; read as '5.1.2e'",
    ]


def _ocr_left_colofon_page(ocr: str, *, purpose_size: float) -> bytes:
    """An OCR layer of a nota with its colofon in a narrow column at the left (6 pt, the body at
    x 216 in 9 pt), its purpose in capitals at the top of the page, above the column's labels,
    beside the kind line; under "Nota" three label rows with a plain space after the label."""
    page = Page(size=9, left=216)
    page.text(68, 62, "TER BESLUITVORMING", ocr, purpose_size)
    page.text(216, 67, "Nota", ocr, 13)
    column = [
        "Ministerie van Landbouw, Visserij,",
        "Voedselzekerheid en Natuur",
        "",
        "Directie Agro- en Stikstofbeleid",
        "",
        "Datum",
        "3 juni 2026",
        "",
        "Kenmerk",
        "DGA-ASB / 26184520",
    ]
    for k, text in enumerate(column):
        if text:
            page.text(68, 110 + 8 * k, text, ocr, 6)
    page.text(216, 102, "Aan Minister van Landbouw, Visserij, Voedselzekerheid en Natuur", ocr, 9)
    page.text(216, 117, "Via Secretaris-generaal", ocr, 9)
    page.text(216, 132, "Van Directeur-generaal Agro", ocr, 9)
    page.text(216, 161, "Verdeling van de extra mestplaatsingsruimte in 2027", ocr, 12)
    page.y = 191
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Geadviseerd besluit", ocr)
    page.para(LOREM, ocr)
    return page.pdf()


def test_ocr_left_colofon_keeps_its_purpose_line_of_capitals() -> None:
    """An OCR layer sizes each line by its box: the purpose in capitals at the top of a left
    colofon column ("TER BESLUITVORMING", 8 points) over the column's lines of small letters (6
    points) was more than a quarter larger, so it was left out of the column; in the body it set
    the header's left edge at the column's, and the rows "Via ..." and "Van ..." (a plain space
    after the label) were read as one letterhead entry, the sender lost. In an OCR layer a line
    half as large again is still the column's."""
    ocr = _ocr_font()
    nota = load_both(_ocr_left_colofon_page(ocr, purpose_size=8))
    assert nota.metadata.sender == "Directeur-generaal Agro"
    assert [f.label for f in nota.metadata.fields][:3] == ["Aan", "Via", "Van"]
    assert nota.metadata.purpose == "besluitvorming"
    assert nota.title == "Verdeling van de extra mestplaatsingsruimte in 2027"


@pytest.mark.parametrize("side", ["left", "right"])
def test_ocr_label_boxed_too_tall_over_its_value_is_a_line_of_its_own(side: str) -> None:
    """An engine boxed the colofon's label "Kenmerk" 12.5 points high (a speck beside it), its
    box reaching to 2 points above the bottom of the 6-point value under it: the value joined
    the label's row and their letters interleaved ("IKEeNnWm/eBrSkK-2026/244910"), the
    reference lost. In an OCR layer a character boxed less than 0.6 times as high as the row,
    under a character of it and its bottom lower, starts the next line; so also in a colofon
    column at the left (whose rows were grouped without the OCR layer's rules)."""
    ocr = _ocr_font()
    x, body = (68, 216) if side == "left" else (466, 79)
    page = Page(size=9, left=body)
    page.text(body, 67, "Nota", ocr, 13)
    column = [
        "Ministerie van Infrastructuur",
        "en Waterstaat",
        "",
        "Datum",
        "10 september 2026",
        "",
        "Kenmerk",
        "IENW/BSK-2026/244910",
        "",
        "Afgestemd met",
        "FIN",
    ]
    for k, text in enumerate(column):
        if text == "Kenmerk":
            page.text(x, 110 + 8 * k - 1, text, ocr, 12.5)
        elif text:
            page.text(x, 110 + 8 * k, text, ocr, 6)
    page.text(body, 102, "Aan Minister van Infrastructuur en Waterstaat", ocr, 9)
    page.text(body, 117, "Van DG Water en Bodem", ocr, 9)
    page.text(body, 161, "Programmering Hoogwaterbeschermingsprogramma", ocr, 12)
    page.y = 191
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Geadviseerd besluit", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.reference == "IENW/BSK-2026/244910"
    assert [(f.label, f.value) for f in nota.metadata.fields][2:] == [
        ("Datum", "10 september 2026"),
        ("Kenmerk", "IENW/BSK-2026/244910"),
        ("Afgestemd met", "FIN"),
    ]


def test_ocr_bullets_read_as_letters_close_to_their_text() -> None:
    """An engine reads a list's bullets as "e" (or one as "«"), the item's text less than a
    tab's width after it: the lines were one paragraph "e verdeling ... e verdeling ...". A lone
    "e" whose neighbour line starts with the same letter or a misread mark at its place, the
    texts lined up, is a bullet; a lone "e" beside none stays a word."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Verdeling van de extra mestplaatsingsruimte")
    page.line("Toelichting", ocr)
    page.line("Wij hebben drie varianten besproken:", ocr)
    for mark, item in [
        ("e", "verdeling naar rato van de productie;"),
        ("e", "verdeling per regio;"),
        ("\u00ab", "een veiling van de ruimte."),
    ]:
        page.text(87, page.y, mark, ocr, 9.5)
        page.text(95, page.y, item, ocr, 9.5)
        page.y += page.lead
    page.y += page.lead
    page.line("Kern", ocr)
    page.text(87, page.y, "e", ocr, 9.5)
    page.text(95, page.y, "is de vijfde letter.", ocr, 9.5)
    nota = load_both(page.pdf())
    toelichting = next(s for s in nota.sections if s.heading == "Toelichting")
    assert toelichting.blocks[1] == ItemList(
        ordered=False,
        items=("verdeling naar rato van de productie;", "verdeling per regio;", "een veiling van de ruimte."),
    )
    kern = next(s for s in nota.sections if s.heading == "Kern")
    assert kern.blocks == (Paragraph(text="e is de vijfde letter."),)


def test_ocr_title_set_large_over_the_label_rows() -> None:
    """A bold title of two lines over the label rows ("AAN Minister ...", "Van drs. ..." with a
    value of two lines, "CC ...") is read as the title in a born-digital PDF; an OCR layer gives
    no bold, so its first line ended the header as a wide line and the title was empty. In an
    OCR layer a block set a fifth larger than the body right over the addressee's row is as
    bold: the title, the rows under it the head's."""
    ocr = _ocr_font()
    page = Page(size=9, left=216)
    page.text(216, 66, "Nota", ocr, 13)
    page.text(216, 101, "Stand van het lerarentekort in het voortgezet", ocr, 12)
    page.text(216, 119, "onderwijs", ocr, 12)
    page.text(216, 147, "AAN Minister van Onderwijs, Cultuur en Wetenschap", ocr, 9)
    page.text(216, 162, "Van drs. M. El Amrani", ocr, 9)
    page.text(216 + pdfmetrics.stringWidth("Van ", ocr, 9), 176, "directeur Leraren", ocr, 9)
    page.text(216, 192, "CC SG, DG Funderend Onderwijs", ocr, 9)
    page.y = 220
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.title == "Stand van het lerarentekort in het voortgezet onderwijs"
    assert nota.metadata.sender == "drs. M. El Amrani directeur Leraren"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]


def test_ocr_bulleted_addressees_in_a_label_row() -> None:
    """Addressees set as a bulleted list in the Aan row, as an OCR layer reads them: the first
    bullet glued to the value ("«Minister van Defensie"), the next a lone "e" close to its text
    right under it. The marks were text of the addressee ("«Minister van Defensie e
    Staatssecretaris van Defensie"); both are the bullet, as a born-digital page's glyphs are."""
    ocr = _ocr_font()
    page = Page(size=9)
    page.text(79, 104, "Den Haag, 3 juni 2026", ocr, 9)
    page.text(79, 128, "Aan", ocr, 9)
    page.text(110, 128, "\u00abMinister van Defensie", ocr, 9)
    page.text(110, 143, "e", ocr, 9)
    page.text(118, 143, "Staatssecretaris van Defensie", ocr, 9)
    page.text(79, 158, "Van", ocr, 9)
    page.text(110, 158, "Directeur Personeel", ocr, 9)
    page.y = 190
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.addressee == "Minister van Defensie Staatssecretaris van Defensie"
    assert nota.metadata.sender == "Directeur Personeel"


def _month_misread_page(font: str, month: str) -> bytes:
    """A page with the date "14 <month> 2026" under Datum in the right column, and the same
    date in a body sentence."""
    colofon = [("Kenmerk", "AR-2026-003412"), ("Datum", f"14 {month} 2026")]
    page = _ocr_body_page(font, "Verantwoordingsonderzoek Defensie", colofon=colofon)
    page.line("Aanleiding", font)
    page.para(f"Op 14 {month} 2026 sprak de projectgroep met het ministerie. " + LOREM, font)
    return page.pdf()


def test_ocr_month_misread_in_a_date_labels_value() -> None:
    """Tesseract read the l of "april" as "ì" ("14 apriì 2026") under Datum: the date was no date
    and the nota had none. In an OCR layer the word between a date value's day and year, where a
    date label's value sits, is read as the month name it is within a few letter errors of; a
    diagnostic keeps what the layer read. The same words in running text stay as read; a text
    layer that is no OCR layer stays as read."""
    nota = load_both(_month_misread_page(_ocr_font(), "apriì"))
    assert nota.metadata.date == dt.date(2026, 4, 14)
    assert ("Datum", "14 april 2026") in [(f.label, f.value) for f in nota.metadata.fields]
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads 'apriì' where a date's month sits; read as 'april'"
    ]
    assert "Op 14 apriì 2026 sprak" in render(nota)
    born = load_both(_month_misread_page(REGULAR, "apriì"))
    assert born.metadata.date is None
    assert not any(d.code == "ocr-vocabulary" for d in born.diagnostics)
    # (a word as near two months is neither, "jumi" as near "juni" as "juli"; a word of three
    # letters is read only as printed, "jub")
    for word in ("jumi", "jub"):
        assert load_both(_month_misread_page(_ocr_font(), word)).metadata.date is None


def _first_item_page(font: str, first: str) -> bytes:
    page = _ocr_body_page(font, "Verantwoordingsonderzoek Defensie")
    page.line("Aanleiding", font)
    page.line(f"{first} het voorraadsysteem is niet volledig bijgewerkt;", font)
    page.line("2. bij tellingen week 18 procent van de voorraad af;", font)
    page.line("3. de aanbevelingen zijn maar deels opgevolgd.", font)
    page.y += 10
    page.line("Advies", font)
    page.para(LOREM, font)
    return page.pdf()


def test_ocr_numbered_lists_first_number_read_as_a_letter() -> None:
    """Tesseract read a numbered list's "1." as "j.": the first item was a paragraph of its own
    before a list that started at 2. In an OCR layer a line opening with a stroke read as a letter
    and a stop, where the next line at its left edge is numbered "2.", is the list's first item;
    a text layer that is no OCR layer stays as read."""
    items = [
        "het voorraadsysteem is niet volledig bijgewerkt;",
        "bij tellingen week 18 procent van de voorraad af;",
        "de aanbevelingen zijn maar deels opgevolgd.",
    ]
    nota = load_both(_first_item_page(_ocr_font(), "j."))
    blocks = nota.sections[0].blocks
    assert len(blocks) == 1
    assert isinstance(blocks[0], ItemList)
    assert list(blocks[0].items) == items
    born = load_both(_first_item_page(REGULAR, "j."))  # (a lettered item "j.", then the list)
    assert len(born.sections[0].blocks) == 2


def _table_head_page(font: str, head: str) -> bytes:
    page = _ocr_body_page(font, "Inzet voor de Raad Buitenlandse Zaken")
    page.line("Aanleiding", font)
    page.para(LOREM, font)
    page.line("Bijlagen", font)
    page.table(
        [
            ["Nr.", head],
            ["1", "Geannoteerde agenda Raad Buitenlandse Zaken"],
            ["2", "Overzicht omzeilingsroutes"],
        ],
        [82, 113],
    )
    return page.pdf()


def test_ocr_attachment_table_head_misread() -> None:
    """Tesseract read the attachment table's head "Nr. Titel" as "Nr. ritel": no table, its rows
    read as footnotes and the attachments lost. In an OCR layer a line of "Nr." and a word within
    one letter error of a column head, over a numbered row, is the table's head (a diagnostic
    keeps what the layer read); a text layer that is no OCR layer stays as read."""
    nota = load_both(_table_head_page(_ocr_font(), "ritel"))
    assert [(a.number, a.name) for a in nota.attachments] == [
        (1, "Geannoteerde agenda Raad Buitenlandse Zaken"),
        (2, "Overzicht omzeilingsroutes"),
    ]
    assert nota.footnotes == ()
    assert [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"] == [
        "the OCR layer reads 'ritel' where an attachment table's head sits; read as 'Titel'"
    ]
    born = load_both(_table_head_page(REGULAR, "ritel"))
    assert born.attachments == ()


def _wrapped_title_page(font: str) -> bytes:
    """A title of two lines set larger than the body under Aan and Van rows, a heading under it."""
    page = Page()
    page.stacked([("Datum", "5-11-2026"), ("Notanummer", "2026-0000338812")], fonts=(font, font))
    page.text(64, 40, "Nota", font, 16)
    page.text(64, 95, "Aan:", font, 10)
    page.text(95, 95, "Staatssecretaris van Financiën", font, 10)
    page.text(64, 116, "Van:", font, 10)
    page.text(95, 116, "Directeur Directe Belastingen", font, 10)
    page.text(64, 147, "Tegenbewijsregeling box 3: verwerking van de", font, 13)
    page.text(64, 165, "uitspraken van de Hoge Raad van juni 2026", font, 12.5)
    page.y = 198
    page.line("Geadviseerd besluit", font)
    page.para(LOREM, font)
    page.line("Toelichting", font)
    page.para(LOREM, font)
    return page.pdf()


def test_ocr_title_wrapped_under_the_label_rows() -> None:
    """An OCR layer gives no bold: a title of two lines set larger than the body under the label
    rows kept its first line only (the header's last line), the second line a paragraph of a
    section without heading. Its next line, at its left edge, about as large, no gap above and a
    known heading right under it, goes on with the title."""
    nota = load_both(_wrapped_title_page(_ocr_font()))
    assert (
        nota.title == "Tegenbewijsregeling box 3: verwerking van de uitspraken van de Hoge Raad van juni 2026"
    )
    assert [s.heading for s in nota.sections] == ["Geadviseerd besluit", "Toelichting"]


def test_office_holder_over_the_bold_title_is_the_addressee() -> None:
    """An office holder printed on a line of its own between the head's rows and the bold title,
    without "Aan": the addressee. The line was the title and the bold title a section."""
    page = Page()
    page.text(79, 150, "Nota", REGULAR, 16)
    page.header([("Van:", "Directeur Pensioenen")])
    page.text(79, 228, "Minister van Sociale Zaken en Werkgelegenheid")
    page.text(79, 252, "Kern van het nieuwe stelsel voor", BOLD, 12.5)
    page.text(79, 268, "arbeidsongeschiktheid van zelfstandigen", BOLD, 12.5)
    page.colofon([("TER INFORMATIE", ""), ("Datum", "8 juni 2026")])
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Kern", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Kern van het nieuwe stelsel voor arbeidsongeschiktheid van zelfstandigen"
    assert nota.metadata.addressee == "Minister van Sociale Zaken en Werkgelegenheid"
    assert nota.metadata.kind == "Nota"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]


def test_compact_table_header_with_a_wide_first_cell_is_no_heading() -> None:
    """A word processor's table fitted to its contents: a bold header row whose first cell
    ("Bedragen x € 1 mln") is wider than the rows' first cells, the years an em and a half apart
    over amounts set flush right, one row with empty cells. The header was a section heading
    (its first cell's words lined up with no column) and the rows under it its text; now it and
    each row are a paragraph of the section."""
    page = _nota_page([("Aan", "MinDef")], "Munitievoorraden")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Financi\u00ebn", BOLD)
    page.line("Het project valt in de categorie groter dan 250 miljoen.")
    head = ("Bedragen x \u20ac 1 mln", "2027", "2028", "2029", "2030")
    rows = [
        ("Tranche 1", "310", "90", "", ""),
        ("Tranche 2", "", "", "260", "95"),
        ("Totaal", "310", "90", "260", "95"),
    ]
    step = page.canvas.stringWidth("2027", BOLD, page.size) + 14
    right = [79 + page.canvas.stringWidth(head[0], BOLD, page.size) + step * k for k in range(1, 5)]
    for r, cells in enumerate([head, *rows]):
        font = BOLD if r == 0 else REGULAR
        page.text(79, page.y, cells[0], font)
        for x, cell in zip(right, cells[1:], strict=True):
            if cell:
                page.text(x - page.canvas.stringWidth(cell, font, page.size), page.y, cell, font)
        page.y += page.lead
    page.y += 8
    page.para("De dekking komt uit het Defensiematerieelbegrotingsfonds.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Financi\u00ebn"]
    assert [b.text for b in nota.sections[1].blocks] == [
        "Het project valt in de categorie groter dan 250 miljoen.",
        *(" ".join(c for c in cells if c) for cells in [head, *rows]),
        "De dekking komt uit het Defensiematerieelbegrotingsfonds.",
    ]


def test_a_left_colofon_over_notes_set_across_the_page() -> None:
    """A colofon column left of the body on a page whose notes start at the page's margin, under
    the column, and run across the strip between column and body: the column is found above
    the notes (no empty strip was found; the column's rows and the body's were read as one
    text, "KDeGnKmEe/r2k..." and the body's items as a field's value)."""
    page = Page(left=190, width=330)
    for k, (label, value) in enumerate(_LEFT_COLOFON):
        page.text(50, 150 + 24 * k, label, BOLD, 7)
        page.text(50, 159 + 24 * k, value, REGULAR, 7)
    page.text(190, 150, "Nota", BOLD, 16)
    page.text(190, 175, "Cao-overleg ambtenaren", BOLD, 11)
    page.y = 210
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.text(190, page.y, "De bonden vragen een loonsverhoging van 6 procent.")
    page.text(
        190
        + page.canvas.stringWidth("De bonden vragen een loonsverhoging van 6 procent.", REGULAR, page.size),
        page.y - 3,
        "1",
        REGULAR,
        6,
    )
    page.y += page.lead
    page.line("Advies", BOLD)
    page.para("Akkoord gaan.")
    notes = [
        "Brief van de ambtenarenbonden van 3 maart 2026 aan de minister.",
        "Kamerstukken II 2025/26, 36 200 VII, nr. 12.",
    ]
    for k, note in enumerate(notes):
        page.text(50, 735 + 11 * k, str(k + 1), REGULAR, 5)
        page.text(56, 736 + 11 * k, note, REGULAR, 7)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == _LEFT_COLOFON
    assert nota.title == "Cao-overleg ambtenaren"
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]
    assert [(n.number, n.text) for n in nota.footnotes] == list(enumerate(notes, 1))


def _ocr_words_line(
    page: Page, x: float, top: float, text: str, letter: float, *, slope: float = 0.0, size: float = 10
) -> None:
    """A line of an OCR layer, each word boxed ``letter`` points a character (the glyphs at one
    size: the engine sizes a line by its box, ``size``, not by its letters); each word ``slope``
    points lower for every point right of the page's middle (a skewed scan's line whose words
    the engine set level, each where it stands)."""
    for word in text.split():
        _ocr_word(page, x, top + (x - A4[0] / 2) * slope, word, letter * len(word), size=size)
        x += letter * (len(word) + 1)


def test_ocr_notes_as_large_as_the_text_with_narrower_letters_are_notes() -> None:
    """An OCR layer sizes a line by its box: notes set at 7.5 pt under text at 10 pt read as large
    as the text when their boxes hold capitals and descenders ("1 Jaarverslag ..."), so no small
    lines were found and the notes stayed text. Their letters are narrower (four fifths of the
    text's): the page's last lines so set, far below the text and opening with a number, are
    the notes."""
    page = Page()
    _ocr_words_line(page, 79, 150, "Aan: Minister van Justitie en Veiligheid", 5)
    _ocr_words_line(page, 79, 164, "Van: DG Straffen en Beschermen", 5)
    _ocr_words_line(page, 79, 190, "Bekostiging van Slachtofferhulp Nederland", 5)
    _ocr_words_line(page, 79, 230, "Aanleiding", 5)
    text = (LOREM + " " + LOREM).split()
    for k in range(0, 60, 10):
        _ocr_words_line(page, 79, 244 + 14 * (k // 10), " ".join(text[k : k + 10]), 5)
    _ocr_words_line(page, 79, 340, "Toelichting", 5)
    for k in range(0, 60, 10):
        _ocr_words_line(page, 79, 354 + 14 * (k // 10), " ".join(text[k : k + 10]), 5)
    _ocr_words_line(page, 79, 738, "1 Jaarverslag Slachtofferhulp Nederland 2025.", 3.9)
    _ocr_words_line(page, 79, 750, "2 Kamerstukken II 2025/26, 33 552, nr. 118.", 3.9)
    nota = load_both(page.pdf())
    assert [(f.number, f.text) for f in nota.footnotes] == [
        (1, "Jaarverslag Slachtofferhulp Nederland 2025."),
        (2, "Kamerstukken II 2025/26, 33 552, nr. 118."),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]


def _ocr_large_title_page(title: list[tuple[str, float]]) -> bytes:
    """An OCR layer's page: Aan and Van rows, the ``title`` lines (text, size as the engine's
    boxes give it) under them at 13 pt apart, and known headings under the title."""
    font = _ocr_font()
    page = Page()
    page.stacked([("Datum", "24-9-2026"), ("Kenmerk", "6912048")], fonts=(font, font))
    page.text(64, 40, "Nota", font, 16)
    page.text(64, 95, "Aan: Minister van Justitie en Veiligheid", font, 10)
    page.text(64, 116, "Van: DG Straffen en Beschermen", font, 10)
    for k, (text, size) in enumerate(title):
        page.text(64, 147 + 18 * k, text, font, size)
    page.y = 165 + 18 * len(title)
    page.line("Geadviseerd besluit", font)
    page.para(LOREM, font)
    page.line("Aanleiding", font)
    page.para(LOREM, font)
    return page.pdf()


@pytest.mark.parametrize(
    "title",
    [
        # three lines set large, under one another (the second had a line under it, no heading)
        [
            ("Kern van het nieuwe stelsel voor", 13),
            ("arbeidsongeschiktheid van zelfstandigen", 13),
            ("en de gevolgen voor de uitvoering", 13),
        ],
        # the last line a year: its box, without tall letters, a capital's height only
        [("Bekostiging van Slachtofferhulp Nederland vanaf", 14), ("2027", 11)],
    ],
)
def test_ocr_title_of_more_lines_or_ending_in_a_year_stays_whole(title: list[tuple[str, float]]) -> None:
    """An OCR layer's title set large under the label rows: a title of three lines kept its first
    line only (a next line went on only with a heading or gap right under it, not a third line);
    a title wrapped before its year ("... vanaf" / "2027") lost the year, whose box (digits only)
    reads a fifth smaller than the first line's, as a subtitle's would."""
    nota = load_both(_ocr_large_title_page(title))
    assert nota.title == " ".join(text for text, _ in title)
    assert [s.heading for s in nota.sections] == ["Geadviseerd besluit", "Aanleiding"]


def test_first_bullet_lost_in_an_ocr_layer() -> None:
    """An OCR engine did not read a list's first bullet (the glyph faint or small): the item's
    line stands where the text of the bulleted item under it starts, as close to it as the items
    are to each other, under a line of the paragraph at the body's edge. It is the list's first
    item (it was a paragraph of its own before a list of the other items)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Woningbouwimpuls", aan="Minister van VRO", van="DGVB")
    page.line("Toelichting", ocr)
    page.para("De beoordelingscommissie heeft de aanvragen gewogen op drie criteria:", ocr)
    items = ["het aandeel betaalbare woningen;", "de start van de bouw binnen twee jaar;"]
    items += ["de bijdrage van gemeente en provincie."]
    for k, item in enumerate(items):
        if k:
            page.text(92, page.y, "\u2022", ocr, 10)
        page.text(104, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Financiële gevolgen", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Toelichting", "Financiële gevolgen"]
    assert nota.sections[0].blocks[-1] == ItemList(items=tuple(items))


@pytest.mark.parametrize("marks", [["1.", "2,", "3."], ["1,", "2.", "3."]])
def test_item_number_with_its_stop_read_as_a_comma_in_an_ocr_layer(marks: list[str]) -> None:
    """An OCR engine read a numbered item's stop as a comma ("2, Instemmen met ..."): where the
    item above or below at its left edge has the number before or after it with a stop, it is
    an item of the list (it was the text of the item above, or a paragraph before the list)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Maximum uurprijs kinderopvang 2027", aan="Staatssecretaris van SZW", van="DK")
    page.line("Beslispunten", ocr)
    items = ["Instemmen met de uurprijs voor dagopvang.", "Instemmen met het ontwerpbesluit."]
    items += ["Instemmen met de bijgevoegde Kamerbrief."]
    for mark, item in zip(marks, items, strict=True):
        page.text(79, page.y, mark, ocr, 10)
        page.text(97, page.y, item, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Beslispunten", "Kern"]
    assert nota.sections[0].blocks == (ItemList(items=tuple(items), ordered=True),)


@pytest.mark.parametrize("boxes", [["0", "TO"], ["L", "L]", "1]"]])
def test_check_boxes_side_by_side_read_otherwise_in_an_ocr_layer(boxes: list[str]) -> None:
    """Check boxes set side by side before the options ("☐ akkoord   ☐ niet akkoord"): an OCR
    engine read one as a box's outline ("0", "L]") and another as a short word ("TO", "L", "1]").
    In a row where a box was read, a word of one or two characters without lower case before
    another option, set apart from the option before it, is a box too: an item each (the row
    was one item, "☐ akkoord TO niet akkoord", or a paragraph)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Maximum uurprijs kinderopvang 2027", aan="Staatssecretaris van SZW", van="DK")
    page.line("Beslispunten", ocr)
    page.para(LOREM, ocr)
    options = ["akkoord", "niet akkoord", "besproken"][: len(boxes)]
    x = 79.0
    for box, option in zip(boxes, options, strict=True):
        page.text(x, page.y, box, ocr, 10)
        page.text(x + 20, page.y, option, ocr, 10)
        x += 120
    page.y += 2 * page.lead
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Beslispunten", "Kern"]
    assert nota.sections[0].blocks[-1] == ItemList(items=tuple(f"\u2610 {o}" for o in options), ordered=False)


def _numbered_lines(page: Page, x: float = 64.0) -> None:
    """Make ``page.line`` print each line's number (1, 2, 3 ...) right-aligned at ``x``, in the
    margin left of the body, as a draft for consultation numbers its lines."""
    draw = page.line
    count = 0

    def numbered(s: str, font: str = REGULAR, at: float | None = None) -> None:
        nonlocal count
        count += 1
        page.canvas.setFont(REGULAR, 7)
        page.canvas.drawRightString(x, A4[1] - page.y - 0.8 * page.size, str(count))
        draw(s, font, at)

    page.line = numbered  # type: ignore[method-assign]


def test_line_numbers_in_the_left_margin_are_furniture() -> None:
    """Line numbers printed beside every body line in the left margin (1, 2, 3 ..., a draft for
    consultation) carry no words: they are no part of the text (they were read into each line,
    "5 Aanleiding" a heading numbered 5, "6 De Tweede Kamer ..." in every paragraph). A numbered
    list at the body's own edge keeps its numbers."""
    page = _nota_page([("Aan", "MIenW"), ("Van", "DGLM")], "Consultatie geluidsnormen Schiphol")
    _numbered_lines(page)
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    page.table([("Nr.", "Titel"), ("1", "Consultatiedocument"), ("2", "Ontwerpbesluit")], [79, 110])
    nota = load_both(page.pdf())
    assert nota.title == "Consultatie geluidsnormen Schiphol"
    assert [(s.heading, s.number) for s in nota.sections][:2] == [("Aanleiding", None), ("Toelichting", None)]
    assert [b.text for b in nota.sections[0].blocks if isinstance(b, Paragraph)] == [LOREM]
    assert [b.text for b in nota.sections[1].blocks if isinstance(b, Paragraph)] == [LOREM]
    assert [a.name for a in nota.attachments] == ["Consultatiedocument", "Ontwerpbesluit"]


@pytest.mark.parametrize("top", [12.0, 830.0])
def test_line_numbers_with_an_archive_stamp_left_of_them_in_the_head_or_foot(top: float) -> None:
    """An archive that merges a small stamp over each page from near the sheet's edge ("Gepubliceerd
    2024-05-01" at 20 pt, in the foot or head strip) sets its line left of a draft's line numbers:
    the numbers are still furniture, on each page (they were read into every line, the head's
    label rows became paragraphs "1 Aan: ...", every heading numbered). The stamp's line is kept."""
    page = _nota_page([("Aan", "MIenW"), ("Van", "DGLM")], "Consultatie geluidsnormen Schiphol")
    _numbered_lines(page)
    stamp = "Gepubliceerd 2024-05-01"
    page.text(20, top, stamp, REGULAR, 6)
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.para(LOREM)
    page.canvas.showPage()
    page.text(20, top, stamp, REGULAR, 6)
    page.y = 100
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Consultatie geluidsnormen Schiphol"
    assert {"Aan", "Van"} <= {f.label for f in nota.metadata.fields}
    assert [(s.heading, s.number) for s in nota.sections] == [("Aanleiding", None), ("Toelichting", None)]
    paragraphs = [[b.text for b in s.blocks if isinstance(b, Paragraph)] for s in nota.sections]
    assert paragraphs == [[LOREM, LOREM], [LOREM, LOREM]]
    assert stamp in str(to_dict(nota))


@pytest.mark.parametrize("stamp", ["", "DEPARTEMENTAAL VERTROUWELIJK"])
def test_a_running_header_repeating_a_title_wrapped_on_page_1_is_furniture(stamp: str) -> None:
    """A later page's running header that repeats the title, which page 1 wraps over two lines,
    is furniture (it was a paragraph of the section running on), also with a classification
    stamp printed beside it that page 1 prints at the top too (kept once, in the letterhead)."""
    page = Page()
    if stamp:
        page.text(230, 40, stamp, BOLD, 8)
    page.header([("Aan", "MLVVN"), ("Van", "DG Agro")])
    page.text(79, 250, "Compensatie voor vissers bij de sluiting", BOLD, 12.5)
    page.text(79, 266, "van de Bruine Bank", BOLD, 12.5)
    page.colofon(_COLOFON)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.text(79, 40, "Compensatie voor vissers bij de sluiting van de Bruine Bank", REGULAR, 7)
    if stamp:
        page.text(310, 40, stamp, BOLD, 8)
    page.y = 100
    page.line("Vervolg", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Compensatie voor vissers bij de sluiting van de Bruine Bank"
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", [LOREM]),
        ("Vervolg", [LOREM]),
    ]
    if stamp:
        assert stamp in nota.metadata.letterhead


def _head_form(page: Page, rows: Sequence[tuple[tuple[str, Sequence[str]], ...]], top: float) -> float:
    """Draw a head form's grid across the page width: each row one or two label|value pairs, the
    labels in bold at 79 and 322 (the second label column between 40 % and 55 % of the width),
    the values in regular type at 160 and 420, a value's lines under each other in its cell."""
    for row in rows:
        depth = 1
        for (label, value), (lx, vx) in zip(row, [(79, 160), (322, 420)], strict=False):
            page.text(lx, top, label, BOLD, 8.5)
            for k, text in enumerate(value):
                page.text(vx, top + 11 * k, text, REGULAR, 8.5)
            depth = max(depth, len(value))
        top += 11 * depth + 6
    return top


def test_a_head_form_set_as_a_grid_of_label_value_pairs_across_the_page() -> None:
    """A head form that departments fill in: the purpose as tick boxes over a grid of label|value
    cells two pairs wide across the page width, no colofon beside it. The second pair's value
    column (right of 55 % of the width) and its label column (between 40 % and 55 %) were read
    as a colofon column, and the row's two pairs as one label's value ("Aan: Minister voor
    Medische Zorg Van"); the tick-box row was a section heading, the ministry's name the title.
    Each pair is a field now, a cell's second line is its value's, the ticked box the purpose."""
    boxes = glyph_font("VeraBoxes", _BOXES)
    page = Page()
    page.text(79, 60, "Ministerie van Volksgezondheid, Welzijn en Sport", BOLD, 10)
    page.text(79, 74, "Directie Curatieve Zorg", REGULAR, 8)
    page.text(79, 105, "Nota", REGULAR, 16)
    ticks = "\u2612 Ter besluitvorming   \u2610 Ter informatie   \u2610 Ter ondertekening"
    page.text(79, 140, ticks, boxes, 8.5)
    rows = (
        (("Aan", ["Minister voor Medische Zorg"]), ("Van", ["Directeur Curatieve Zorg"])),
        (("Datum", ["12 mei 2026"]), ("Kenmerk", ["4123456-1070012-CZ"])),
        (("Portefeuille", ["Minister voor Medische Zorg"]), ("Nota actief openbaar", ["Ja"])),
        (("Contactpersoon", ["A. Visser", "T 070 5.1.2e"]), ("Kopie aan", ["DGCZ"])),
    )
    page.y = _head_form(page, rows, 158) + 20
    page.line("Aanpak wachttijden in de specialistische ggz", BOLD)
    page.y += 8
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    m = nota.metadata
    assert (m.addressee, m.sender, m.date, m.reference) == (
        "Minister voor Medische Zorg",
        "Directeur Curatieve Zorg",
        dt.date(2026, 5, 12),
        "4123456-1070012-CZ",
    )
    assert m.purpose == "besluitvorming"
    assert m.actively_public is True
    assert [(f.label, f.value) for f in m.fields] == [
        ("Aan", "Minister voor Medische Zorg"),
        ("Van", "Directeur Curatieve Zorg"),
        ("Datum", "12 mei 2026"),
        ("Kenmerk", "4123456-1070012-CZ"),
        ("Portefeuille", "Minister voor Medische Zorg"),
        ("Nota actief openbaar", "Ja"),
        ("Contactpersoon", "A. Visser T 070 5.1.2e"),
        ("Kopie aan", "DGCZ"),
    ]
    assert m.letterhead == (
        "Ministerie van Volksgezondheid, Welzijn en Sport",
        "Directie Curatieve Zorg",
        "\u2612 Ter besluitvorming \u2610 Ter informatie \u2610 Ter ondertekening",
    )
    assert nota.title == "Aanpak wachttijden in de specialistische ggz"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_a_purpose_ticked_in_a_head_form_cell_labelled_for_it() -> None:
    """A head form's first pair gives the purpose as options each after its box, "Doel  [X] Ter
    besluitvorming [ ] Ter informatie": the field is kept as printed and the ticked option is
    the purpose (the grid was a paragraph of a section headed by the kind word, "## Nota")."""
    page = Page()
    page.text(79, 60, "Ministerie van Onderwijs, Cultuur en Wetenschap", BOLD, 10)
    page.text(79, 74, "Directie Leraren", REGULAR, 8)
    page.text(79, 105, "Nota", REGULAR, 16)
    rows = (
        (("Doel", ["[X] Ter besluitvorming [ ] Ter informatie"]), ("Datum", ["26 augustus 2026"])),
        (("Aan", ["Minister van OCW"]), ("Van", ["Directeur Leraren"])),
        (("Kenmerk", ["OCW/2026/5544332"]), ("Dossiernummer", ["LER-2026-07"])),
    )
    page.y = _head_form(page, rows, 140) + 20
    page.line("Verlenging subsidieregeling zij-instroom", BOLD)
    page.y += 8
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    m = nota.metadata
    assert m.purpose == "besluitvorming"
    assert m.kind == "Nota"
    assert [(f.label, f.value) for f in m.fields] == [
        ("Doel", "[X] Ter besluitvorming [ ] Ter informatie"),
        ("Datum", "26 augustus 2026"),
        ("Aan", "Minister van OCW"),
        ("Van", "Directeur Leraren"),
        ("Kenmerk", "OCW/2026/5544332"),
        ("Dossiernummer", "LER-2026-07"),
    ]
    assert m.letterhead == ("Ministerie van Onderwijs, Cultuur en Wetenschap", "Directie Leraren")
    assert nota.title == "Verlenging subsidieregeling zij-instroom"


def test_last_line_of_an_item_near_a_heading_in_spelling_stays_the_items_in_an_ocr_layer() -> None:
    """An OCR engine boxed the last line of a numbered item ("uitvoeren.") apart from the line
    above: it was read as the heading "Uitvoering" (a few letter errors from it), the item cut
    there and the list's next item put under that heading. A line ending a sentence, a
    lower-case letter and a full stop, is no misread heading."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Compensatie voor vissers", aan="Minister van LVVN", van="DGNVLG")
    page.line("Geadviseerd besluit", ocr)
    items = [
        ("Instemmen met een tijdelijke compensatieregeling.",),
        ("Instemmen met het voorstel om de regeling door RVO te laten", "uitvoeren."),
        ("Kennisnemen van de gevolgen voor de aanlandingen.",),
    ]
    for k, lines_ in enumerate(items, start=1):
        page.text(79, page.y, f"{k}.", ocr, 10)
        for n, text in enumerate(lines_):
            page.text(97, page.y, text, ocr, 10)
            page.y += page.lead + (6 if n == 0 and len(lines_) > 1 else 0)
    page.y += page.lead
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Geadviseerd besluit", "Kern"]
    assert nota.sections[0].blocks == (
        ItemList(
            items=(
                "Instemmen met een tijdelijke compensatieregeling.",
                "Instemmen met het voorstel om de regeling door RVO te laten uitvoeren.",
                "Kennisnemen van de gevolgen voor de aanlandingen.",
            ),
            ordered=True,
        ),
    )


def test_marking_in_capitals_at_the_head_of_an_ocr_page_is_no_misread_heading() -> None:
    """A marking stamped in the page's head ("INTERN") is a few letter errors from the heading
    "Inzet": an OCR layer's heading repair made it a section heading above the kind line, the
    kind and title lost with it. A line that is a marking or classification is no heading."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "AOW-leeftijd 2032 op basis van de nieuwe prognose", aan="Minister van SZW", van="DAP"
    )
    page.text(280, 40, "INTERN", ocr, 8)
    page.text(79, 110, "Nota", ocr, 14)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]
    assert nota.title == "AOW-leeftijd 2032 op basis van de nieuwe prognose"
    assert nota.metadata.kind == "Nota"
    assert "INTERN" in nota.metadata.letterhead


def test_ocr_bullets_read_as_letters_before_items_of_two_lines() -> None:
    """Bullets read as "e", "*" and "«", each item wrapped over two lines: the line beside each
    misread mark was the item's own wrapped line, so none was seen beside an item and the list
    was one paragraph ("e de giftenaftrek ... * de multiplier ..."). The lines of a wrapped item
    are passed over to the next line above or below."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Evaluatie van de giftenaftrek")
    page.line("Kern", ocr)
    page.line("De onderzoekers komen tot drie conclusies:", ocr)
    items = [
        (
            "e",
            "de giftenaftrek is doeltreffend voor periodieke giften, maar",
            "nauwelijks voor gewone giften;",
        ),
        ("*", "de multiplier in de Geefwet heeft geen meetbaar effect gehad", "op het geefgedrag;"),
        ("\u00ab", "de controle op giften aan instellingen in het buitenland is", "beperkt."),
    ]
    for mark, first, second in items:
        page.text(87, page.y, mark, ocr, 9.5)
        page.text(95, page.y, first, ocr, 9.5)
        page.y += page.lead
        page.text(95, page.y, second, ocr, 9.5)
        page.y += page.lead
    page.y += page.lead
    page.line("Advies", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    kern = next(s for s in nota.sections if s.heading == "Kern")
    assert kern.blocks[1] == ItemList(
        ordered=False,
        items=tuple(f"{first} {second}" for _, first, second in items),
    )


def _ocr_head_form(page: Page, ocr: str, rows: Sequence[tuple[tuple[str, str], ...]], top: float) -> float:
    """Draw a head form's grid as an OCR layer gives it: every word in the layer's one font, each
    row one line, the labels at 79 and 322 and the values at 160 and 420 (the cells' gaps), a
    value after a longer label 8 points after it."""
    for row in rows:
        for (label, value), (lx, vx) in zip(row, [(79, 160), (322, 420)], strict=False):
            page.text(lx, top, label, ocr, 8.5)
            # (a long label ends a word space or two from its value: "Nota actief openbaar  Ja")
            page.text(max(vx, lx + pdfmetrics.stringWidth(label, ocr, 8.5) + 8), top, value, ocr, 8.5)
        top += 17
    return top


@pytest.mark.parametrize("stamp", [False, True])
def test_a_head_forms_grid_of_label_value_pairs_in_an_ocr_layer(stamp: bool) -> None:
    """A head form's grid of label|value cells two pairs wide, scanned: the OCR layer has no
    bold to tell a label from a value, and each row was one label's value ("Aan: Minister voor
    Medische Zorg Van Directeur Curatieve Zorg"; sender, date and reference lost). A row whose
    runs apart at the cells' gaps go label, value, label, value, the labels shaped as labels and
    one of the vocabulary, is a field per pair; a long label set close to its value ("Nota
    actief openbaar  Ja") is told by the vocabulary. A Woo stamp in the page's foot left of the
    text ("Woo-besluit 2026-1603 document 2" at 42 points) is in the OCR layer's main column: it
    set the header's left edge, the grid's rows away from it were plain lines. The edge is taken
    from the header's top lines."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 60, "Ministerie van Volksgezondheid, Welzijn en Sport", ocr, 10)
    page.text(79, 74, "Directie Curatieve Zorg", ocr, 8)
    page.text(79, 105, "Nota", ocr, 16)
    rows = (
        (("Aan", "Minister voor Medische Zorg"), ("Van", "Directeur Curatieve Zorg")),
        (("Datum", "12 mei 2026"), ("Kenmerk", "4123456-1070012-CZ")),
        (("Portefeuille", "Minister voor Medische Zorg"), ("Nota actief openbaar", "Ja")),
    )
    page.y = _ocr_head_form(page, ocr, rows, 150) + 20
    page.line("Aanpak wachttijden in de specialistische ggz", ocr)
    page.y += 8
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    if stamp:
        # (an OCR layer sizes lines by their boxes: the stamp comes out at the body's size, no
        # footer then)
        page.text(42, 815, "Woo-besluit 2026-1603 document 2", ocr, 9.5)
    nota = load_both(page.pdf())
    m = nota.metadata
    assert (m.addressee, m.sender, m.date, m.reference, m.actively_public) == (
        "Minister voor Medische Zorg",
        "Directeur Curatieve Zorg",
        dt.date(2026, 5, 12),
        "4123456-1070012-CZ",
        True,
    )
    assert [(f.label, f.value) for f in m.fields] == [
        ("Aan", "Minister voor Medische Zorg"),
        ("Van", "Directeur Curatieve Zorg"),
        ("Datum", "12 mei 2026"),
        ("Kenmerk", "4123456-1070012-CZ"),
        ("Portefeuille", "Minister voor Medische Zorg"),
        ("Nota actief openbaar", "Ja"),
    ]
    assert nota.title == "Aanpak wachttijden in de specialistische ggz"


@pytest.mark.parametrize(
    ("marks", "purpose"),
    [
        (("[", "Kl"), "informatie"),  # the ticked box read as letters, the empty one as a bracket
        (("\u00ae", "LJ"), "besluitvorming"),
        (("", "[J"), None),  # the ticked box lost: the marks no longer tell, no purpose guessed
    ],
)
def test_tick_boxes_read_as_letters_before_a_head_forms_purposes_in_an_ocr_layer(
    marks: tuple[str, str], purpose: str | None
) -> None:
    """A head form's purpose row "☐ Ter besluitvorming  ☒ Ter informatie", scanned: OCR read the
    boxes as letters ("[", "Kl", "®", "LJ"), and no purpose was read. When one option's box is
    read as a ticked box and every other as an empty one (or not at all), the boxes get their
    glyphs and the ticked option is the purpose; when the ticked box is lost, none is guessed."""
    ocr = _ocr_font()
    page = _ocr_body_page(
        ocr, "Ontwikkeling jeugdcriminaliteit in 2025", aan="Minister van JenV", van="DGSenB"
    )
    row = "   ".join(
        f"{mark} {option}".strip()
        for mark, option in zip(marks, ("Ter besluitvorming", "Ter informatie"), strict=True)
    )
    page.text(79, 120, row, ocr, 8.5)
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert nota.metadata.purpose == purpose
    assert nota.title == "Ontwikkeling jeugdcriminaliteit in 2025"


def _margin_section(page: Page, heading: Sequence[str], lines: Sequence[tuple[float, str, str]]) -> None:
    """A section whose heading stands in a column left of its text: the heading's lines (bold, at
    the page's left edge) beside the first lines of its text, each (x, text, font) a line at the
    cursor; then a paragraph gap."""
    top = page.y
    for k, head in enumerate(heading):
        page.text(79, top + k * page.lead, head, BOLD)
    for x, text, font in lines:
        page.line(text, font, x)
    page.y += 0.7 * page.lead


def _margin_page(rows: list[tuple[str, str]], title: str) -> Page:
    """A page with label rows at a tab stop, a bold title at the left edge under them and the
    7 pt colofon; the cursor where the body starts."""
    page = Page()
    page.header(rows)
    page.text(79, 262, title, BOLD, 12.5)
    page.colofon(_COLOFON)
    page.y = 300
    return page


_SIDE_TEXT = [
    "De provincies hebben gevraagd om vóór de zomer duidelijkheid",
    "over een verlenging van de afspraken, zodat zij hun",
    "programma's voor de komende jaren kunnen vastleggen.",
]


def test_section_headings_in_a_left_margin_column_beside_their_text() -> None:
    """Section headings set in a narrow column left of the text, each beside its first line: a
    heading wrapped there ("Geadviseerd" / "besluit") is one heading, also beside a numbered list;
    a heading beside a list or a table's header row is read before them (the wrapped line was a
    heading of its own, a list item glued to its heading, the table's header row glued to it and
    its attachments lost)."""
    page = _margin_page([("Aan", "MVRO"), ("Van", "DGVB")], "Verlenging van de woondeals")
    _margin_section(page, ["Aanleiding"], [(170, t, REGULAR) for t in _SIDE_TEXT])
    _margin_section(
        page,
        ["Geadviseerd", "besluit"],
        [
            (170, "1.   Instemmen met het verlengen van de afspraken.", REGULAR),
            (170, "2.   Instemmen met de brief aan de provincies.", REGULAR),
        ],
    )
    _margin_section(
        page,
        ["Kern"],
        [
            (170, "•   de bouw blijft achter in de Randstad;", REGULAR),
            (170, "•   de netcongestie vertraagt.", REGULAR),
        ],
    )
    _margin_section(page, ["Financiële", "gevolgen"], [(170, t, REGULAR) for t in _SIDE_TEXT])
    top = page.y
    page.text(79, top, "Bijlagen", BOLD)
    page.table(
        [("Nr.", "Titel"), ("1", "Brief aan de provincies"), ("2", "Voortgangsrapportage")], [170, 200]
    )
    nota = load_both(page.pdf())
    assert nota.title == "Verlenging van de woondeals"
    assert [s.heading for s in nota.sections] == [
        "Aanleiding",
        "Geadviseerd besluit",
        "Kern",
        "Financiële gevolgen",
        "Bijlagen",
    ]
    text = " ".join(_SIDE_TEXT)
    assert [b.text for b in nota.sections[0].blocks if isinstance(b, Paragraph)] == [text]
    assert [(b.ordered, list(b.items)) for b in nota.sections[1].blocks if isinstance(b, ItemList)] == [
        (True, ["Instemmen met het verlengen van de afspraken.", "Instemmen met de brief aan de provincies."])
    ]
    assert [len(b.items) for b in nota.sections[2].blocks if isinstance(b, ItemList)] == [2]
    assert [b.text for b in nota.sections[3].blocks if isinstance(b, Paragraph)] == [text]
    assert [a.name for a in nota.attachments] == ["Brief aan de provincies", "Voortgangsrapportage"]


def test_bold_terms_before_descriptions_at_a_tab_stop_are_no_margin_headings() -> None:
    """A nota whose headings stand on their own lines and whose text starts at the page's left
    edge, with a list of bold terms at that edge and their wrapped descriptions at a tab stop: the
    terms are no headings in a column left of the text (each was a section of its own, the
    section above them left empty)."""
    page = _margin_page([("Aan", "Minister van BZK"), ("Van", "DG Openbaar Bestuur")], "Uitvoering Woo")
    page.line("Aanleiding", BOLD)
    page.line("De Tweede Kamer heeft gevraagd hoe de uitvoering van de wet verloopt bij de")
    page.line("verschillende overheden en welke knelpunten zij daarbij ondervinden.")
    page.y += 0.7 * page.lead
    page.line("Betrokken partijen", BOLD)
    for term, lines in [
        ("Gemeenten", ["Voeren de regeling uit vanaf 1 januari 2027 en", "melden knelpunten bij de VNG."]),
        ("Provincies", ["Houden toezicht op de uitvoering en", "rapporteren jaarlijks aan het Rijk."]),
    ]:
        page.text(79, page.y, term, BOLD)
        for text in lines:
            page.line(text, REGULAR, 170)
    page.y += 0.7 * page.lead
    page.line("Geadviseerd besluit", BOLD)
    page.line("Instemmen met de voorgestelde verdeling van de taken.")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Betrokken partijen", "Geadviseerd besluit"]
    assert [b.text for b in nota.sections[1].blocks if isinstance(b, Paragraph)] == [
        "Gemeenten Voeren de regeling uit vanaf 1 januari 2027 en melden knelpunten bij de VNG.",
        "Provincies Houden toezicht op de uitvoering en rapporteren jaarlijks aan het Rijk.",
    ]


def test_margin_headings_with_a_speck_read_as_a_quote_or_alone_at_a_page_foot_in_an_ocr_layer() -> None:
    """Section headings in a column left of the text, scanned: a speck before a heading read as an
    opening quote glued to it ("\u201eToelichting  De provincies ..."), which no quote closes, is no
    part of it; a heading alone in the column at page 1's foot, its text on page 2
    ("Communicatie"), is a heading too. The quoted heading hid the column (two headings did not
    show it) and was read into its paragraph; the lone heading, unmarked among marked ones, was
    read into the paragraph on page 2."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 120, "Beslisnota", ocr, 16)
    for k, (label, value) in enumerate([("Aan", "Minister van KGG"), ("Kopie aan", "SG, DGKE")]):
        page.text(79, 160 + 14 * k, label, ocr, 10)
        page.text(170, 160 + 14 * k, value, ocr, 10)
    page.text(79, 210, "Verwerking van het advies over de warmtetransitieplannen", ocr, 12)
    page.y = 255
    for heading in ["Aanleiding", "\u201eToelichting"]:
        page.text(79, page.y, heading, ocr)
        for text in _SIDE_TEXT:
            page.line(text, ocr, 170)
        page.y += 0.7 * page.lead
    page.text(79, 700, "Communicatie", ocr)
    page.canvas.showPage()
    page.y = 100
    for text in _SIDE_TEXT:
        page.line(text, ocr, 170)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting", "Communicatie"]
    assert [s.blocks for s in nota.sections] == [(Paragraph(text=" ".join(_SIDE_TEXT)),)] * 3


@pytest.mark.parametrize("known", [True, False])
def test_section_headings_in_a_left_margin_column_in_an_ocr_layer(known: bool) -> None:
    """Section headings in a column left of the text, scanned: the OCR layer gives no bold, so the
    head's label rows ("Aan  Minister ...", their values where the text starts) ran on over the
    title and every heading beside its text ("Aanleiding: De provincies ..."), the title lost;
    a heading wrapped in the column ("Geadviseerd" / "besluit") was cut, a bullet misread beside a
    heading ("«") kept, and on a later page the heading was glued to its text. Known section
    headings left of the text, at a common x where further lines start, are a column of headings:
    the header ends at the first, and a large line above it is the title's (a wrapped title,
    wide as a paragraph, ended the header); a heading within a few letter errors of a known one is spelt as
    the vocabulary spells it. A column of words that are no known headings ("Wonen", "Bouwen")
    stays the label rows' reading."""
    ocr = _ocr_font()
    page = _ocr_head(ocr, "Minister van VRO", "DG Volkshuisvesting")
    # (a title wrapped over two lines, set larger than the text: the first line as wide as a
    # paragraph's)
    page.text(79, 210, "Verlenging van de regionale woondeals met de provincies", ocr, 12)
    page.text(79, 226, "tot en met 2030", ocr, 12)
    page.y = 255
    # (a wrapped heading's second line read with a capital: "Politieke" / "Contact")
    heads = [["Aanleiding"], ["Geadviseerd", "besluit"], ["Politieke", "Contact"]]
    if not known:
        heads = [["Wonen"], ["Bouwen"], ["Kern"]]
    for heading in heads:
        for k, head in enumerate(heading):
            page.text(79, page.y + k * page.lead, head, ocr)
        for text in _SIDE_TEXT:
            page.line(text, ocr, 170)
        page.y += 0.7 * page.lead
    # (a list beside its heading, its bullets read as "«": the first one beside the heading)
    page.text(79, page.y, "Risico's" if known else "Wonen", ocr)
    for item in ("de bouw blijft achter;", "de netcongestie vertraagt."):
        page.text(170, page.y, "\u00ab", ocr)
        page.line(item, ocr, 188)
    page.y += 0.7 * page.lead
    page.canvas.showPage()
    page.y = 100
    page.text(79, page.y, "Communicatie" if known else "Wonen", ocr)
    for text in _SIDE_TEXT[:2]:
        page.line(text, ocr, 170)
    page.y += 0.7 * page.lead
    for text in _SIDE_TEXT:  # (the page's usual left edge is the text's)
        page.line(text, ocr, 170)
    nota = load_both(page.pdf())
    if known:
        assert nota.title == "Verlenging van de regionale woondeals met de provincies tot en met 2030"
        headings = ["Aanleiding", "Geadviseerd besluit", "Politieke context", "Risico's", "Communicatie"]
        assert [s.heading for s in nota.sections] == headings
        texts = [[b.text for b in s.blocks if isinstance(b, Paragraph)] for s in nota.sections]
        assert texts == [[" ".join(_SIDE_TEXT)]] * 3 + [[], [" ".join(_SIDE_TEXT[:2]), " ".join(_SIDE_TEXT)]]
        assert nota.sections[3].blocks == (
            ItemList(ordered=False, items=("de bouw blijft achter;", "de netcongestie vertraagt.")),
        )
    else:
        assert "Wonen" not in [s.heading for s in nota.sections]


def test_a_margin_heading_on_a_later_page_of_few_lines() -> None:
    """A later page holding a few lines only: a heading in the left column there stands beside
    its text as on the pages before (the page's own lines are too few to show where the text
    starts: the heading was glued to its paragraph), and a heading wrapped in the column beside a
    table's header row is one heading, the table's rows its paragraphs."""
    page = _margin_page([("Aan", "MJenV"), ("Van", "DGSenB")], "Financiering van de reclassering")
    _margin_section(page, ["Aanleiding"], [(170, t, REGULAR) for t in _SIDE_TEXT])
    _margin_section(page, ["Advies"], [(170, t, REGULAR) for t in _SIDE_TEXT])
    _margin_section(
        page,
        ["Financiële", "gevolgen"],
        [(170, "Jaar", BOLD), (170, "2027", REGULAR), (170, "2028", REGULAR)],
    )
    for k, (amount, cover) in enumerate(
        [("Bedrag", "Dekking"), ("€ 24 mln", "Justitiebegroting"), ("€ 31 mln", "Voorjaarsnota")]
    ):
        font = BOLD if k == 0 else REGULAR
        page.text(230, page.y - 0.7 * page.lead - (3 - k) * page.lead, amount, font)
        page.text(300, page.y - 0.7 * page.lead - (3 - k) * page.lead, cover, font)
    page.canvas.showPage()
    page.y = 100
    _margin_section(page, ["Risico's"], [(170, t, REGULAR) for t in _SIDE_TEXT[:2]])
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies", "Financiële gevolgen", "Risico's"]
    assert [b.text for b in nota.sections[2].blocks if isinstance(b, Paragraph)] == [
        "Jaar Bedrag Dekking",
        "2027 € 24 mln Justitiebegroting",
        "2028 € 31 mln Voorjaarsnota",
    ]
    assert [b.text for b in nota.sections[3].blocks if isinstance(b, Paragraph)] == [" ".join(_SIDE_TEXT[:2])]


def test_a_small_attachment_table_beside_a_margin_heading_at_the_page_middle() -> None:
    """An attachment table set smaller than the text, its header row beside a margin heading in
    the text's size: where that row stands just above the page's middle and the rows below it,
    the rows are the table's, not footnotes (its first row, opening with its number, "1  Brief
    aan ...", was read as note 1, the header an unplaced line and the attachments lost; an
    archive's re-export that moves the text up two points puts a row so placed there)."""
    page = _margin_page([("Aan", "MVRO"), ("Van", "DGVB")], "Verlenging van de woondeals")
    _margin_section(page, ["Aanleiding"], [(170, t, REGULAR) for t in _SIDE_TEXT])
    _margin_section(page, ["Kern"], [(170, t, REGULAR) for t in _SIDE_TEXT])
    top = 841.89 / 2 - 2
    assert page.y < top
    page.text(79, top, "Bijlagen", BOLD)
    page.y = top + 1.5
    page.table(
        [("Nr.", "Titel"), ("1", "Brief aan de provincies"), ("2", "Voortgangsrapportage")],
        [170, 190],
        size=8,
        pitch=16,
    )
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern", "Bijlagen"]
    assert [a.name for a in nota.attachments] == ["Brief aan de provincies", "Voortgangsrapportage"]
    assert not nota.footnotes
    assert not nota.unplaced


def _letterhead_page(
    letterhead: list[tuple[str, str, float]], rows: list[tuple[str, str]], kind: str = "Nota"
) -> Page:
    """A page whose letterhead lines (text, font, size) stand above a kind line, a purpose line
    and label rows at a tab stop, then a bold title and one section."""
    page = Page()
    top = 60.0
    for text, font, size in letterhead:
        page.text(79, top, text, font, size)
        top += 1.25 * size
    page.text(79, top + 14, kind, REGULAR, 16)
    page.text(79, top + 44, "Ter beslissing", BOLD)
    page.header(rows, top=top + 66)
    top += 66 + 14 * len(rows) + 14
    page.text(79, top, "Versnelling van de dijkversterking langs de Lek", BOLD, 12.5)
    page.y = top + 30
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    return page


def test_a_long_unit_line_across_the_page_keeps_the_head() -> None:
    """A unit's long name printed across the page under the ministry's name ("Directie
    Inclusieve Groene Groei, Klimaat, Water en ...", eleven words) is a letterhead entry as a
    short one is; the page keeps its head (it
    read with no head at all: the ministry's name a section heading, kind, purpose and title
    lost). An address whose house number is a range ("Lange Vijverberg 4-5") is one entry with
    its postcode's line."""
    rows = [
        ("Aan", "Minister voor Buitenlandse Handel"),
        ("Van", "Directeur IGG"),
        ("Datum", "19 november 2026"),
    ]
    long_unit = "Directie Inclusieve Groene Groei, Klimaat, Water en Voedselzekerheid in Ontwikkelingslanden"
    page = _letterhead_page(
        [
            ("Ministerie van Buitenlandse Zaken", BOLD, 10),
            ("Directoraat-generaal Internationale Samenwerking", REGULAR, 8),
            (long_unit, REGULAR, 8),
            ("Lange Vijverberg 4-5", REGULAR, 8),
            ("2513 AC Den Haag", REGULAR, 8),
        ],
        rows,
    )
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (
        "Ministerie van Buitenlandse Zaken",
        "Directoraat-generaal Internationale Samenwerking",
        long_unit,
        "Lange Vijverberg 4-5 2513 AC Den Haag",
    )
    assert (nota.metadata.kind, nota.metadata.purpose) == ("Nota", "beslissing")
    assert nota.title == "Versnelling van de dijkversterking langs de Lek"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert [(f.label, f.value) for f in nota.metadata.fields] == rows


def test_an_agency_name_in_bold_over_its_units_is_letterhead() -> None:
    """An agency's name in bold alone over its units ("Rijkswaterstaat" / "Water, Verkeer en
    Leefomgeving" / "Afdeling ...") is letterhead as a ministry's name is, each line an entry
    (the agency's name was a section heading, the units its paragraph, the head lost)."""
    rows = [("Aan", "DG Rijkswaterstaat"), ("Van", "HID WVL"), ("Datum", "25 november 2026")]
    agency_unit = "Afdeling Rivierbeheer Midden-Nederland"
    page = _letterhead_page(
        [
            ("Rijkswaterstaat", BOLD, 10),
            ("Water, Verkeer en Leefomgeving", REGULAR, 8),
            (agency_unit, REGULAR, 8),
        ],
        rows,
    )
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Rijkswaterstaat", "Water, Verkeer en Leefomgeving", agency_unit)
    assert (nota.metadata.kind, nota.metadata.purpose) == ("Nota", "beslissing")
    assert nota.title == "Versnelling van de dijkversterking langs de Lek"


def test_a_kind_line_for_its_reader_under_the_letterhead_keeps_the_head() -> None:
    """A kind line that names its reader ("Nota voor de minister", as the Wob era's nota's print
    it) between the letterhead on top of the page and the label rows is a header line as "Nota"
    is: the ministry's bold name over it is letterhead (it was the title, and the page lost its
    head: units, purpose and kind were section headings and paragraphs). The older ministries'
    whole names end their unit ("... en Milieubeheer" / "Directoraat-Generaal Milieu")."""
    rows = [("Aan", "de Minister van VROM"), ("Van", "Directeur Bodem"), ("Datum", "12-03-2009")]
    ministry = "Ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer"
    letterhead = [(ministry, BOLD, 10), ("Directoraat-Generaal Milieu", REGULAR, 8)]
    page = _letterhead_page(letterhead, rows, kind="Nota voor de minister")
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (ministry, "Directoraat-Generaal Milieu")
    assert (nota.metadata.kind, nota.metadata.purpose) == ("Nota voor de minister", "beslissing")
    assert nota.title == "Versnelling van de dijkversterking langs de Lek"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert [(f.label, f.value) for f in nota.metadata.fields] == rows


def test_a_head_label_as_wide_as_its_label_column() -> None:
    """A label that fills its column, its value a word gap away but at the column where the
    other rows' values start ("Financiële gevolgen  Geen, binnen de begroting"), is a field (it
    was one line: a letterhead entry); a label without a colon wrapped in its column ("Nota
    actief" / "openbaar") is one label (its second line was the title)."""
    page = _letterhead_page(
        [("Ministerie van Economische Zaken", BOLD, 10), ("Directie Digitale Economie", REGULAR, 8)],
        [
            ("Aan", "Minister van Economische Zaken"),
            ("Van", "DG Economie en Digitalisering"),
            ("Datum", "20 november 2026"),
            ("Financiële gevolgen", "Geen, binnen de begroting"),
            ("Nota actief", "Nee"),
        ],
    )
    # (the label's second line in its column, at the line gap under the row)
    page.text(79, 60 + 12.5 + 10 + 66 + 4 * 14 + 11.5, "openbaar")
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van Economische Zaken"),
        ("Van", "DG Economie en Digitalisering"),
        ("Datum", "20 november 2026"),
        ("Financiële gevolgen", "Geen, binnen de begroting"),
        ("Nota actief openbaar", "Nee"),
    ]
    assert nota.metadata.actively_public is False
    assert nota.metadata.letterhead == ("Ministerie van Economische Zaken", "Directie Digitale Economie")
    assert nota.title == "Versnelling van de dijkversterking langs de Lek"


def test_a_misread_bullet_close_to_its_text_under_an_item_beside_a_margin_heading() -> None:
    """A bulleted list beside a heading in a margin column, scanned: the OCR layer read each
    bullet as "*" a space (no tab) before its text. The first item, on the heading's line, is
    one once the heading is taken off; the second had no item beside it (its neighbour line's
    first word was the heading) and stayed a paragraph "* instemmen ...". A mark lined up with
    the mark of the item beside the heading, texts lined up too, is a bullet; the first item's
    wrapped line between them stays its line (no item whose bullet was lost)."""
    ocr = _ocr_font()
    page = _ocr_head(ocr, "Minister voor BHO", "Directeur IGG")
    page.text(79, 210, "Bijdrage aan het landbouwfonds 2027-2030", ocr, 12)
    page.y = 245
    page.text(79, page.y, "Aanleiding", ocr)
    for text in _SIDE_TEXT:
        page.line(text, ocr, 170)
    page.y += 0.7 * page.lead
    page.text(79, page.y, "Beslispunten", ocr)
    for item in ("instemmen met een bijdrage van 40 miljoen over vier", "instemmen met de voorwaarde."):
        page.text(170, page.y, "*", ocr)
        page.line(item, ocr, 179)
        if item.endswith("vier"):
            page.line("jaar;", ocr, 179)  # (the item's wrapped line, no item of its own)
    page.y += 0.7 * page.lead
    page.text(79, page.y, "Toelichting", ocr)
    for text in _SIDE_TEXT:
        page.line(text, ocr, 170)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Beslispunten", "Toelichting"]
    assert nota.sections[1].blocks == (
        ItemList(
            ordered=False,
            items=(
                "instemmen met een bijdrage van 40 miljoen over vier jaar;",
                "instemmen met de voorwaarde.",
            ),
        ),
    )


def test_an_attachment_table_beside_a_margin_heading_in_an_ocr_layer() -> None:
    """An attachment table beside the heading "Bijlage" in a margin column, scanned, in the page's
    lower half: the OCR layer boxes the row's line smaller than the text, so its "1  Brief van
    ..." read as a footnote and the header row "Nr.  Titel" was left unplaced. A header row
    beside a known heading on its line is the table's header: its rows are the table's."""
    ocr = _ocr_font()
    page = _ocr_head(ocr, "DG Rijkswaterstaat", "HID WVL")
    page.text(79, 210, "Versnelling van de dijkversterking Lek", ocr, 12)
    page.y = 300
    for heading in ("Aanleiding", "Toelichting"):
        page.text(79, page.y, heading, ocr)
        for text in _SIDE_TEXT:
            page.line(text, ocr, 170)
        page.y += 0.7 * page.lead
    page.y = max(page.y, 480)
    page.text(79, page.y, "Bijlage", ocr, 10)
    page.text(175, page.y, "Nr.", ocr, 10)
    page.text(204, page.y, "Titel", ocr, 10)
    page.text(175, page.y + 17, "1", ocr, 9)
    page.text(204, page.y + 17, "Brief van het Hoogheemraadschap De Stichtse Rijnlanden", ocr, 9)
    nota = load_both(page.pdf())
    assert nota.footnotes == ()
    assert [(a.number, a.name) for a in nota.attachments] == [
        (1, "Brief van het Hoogheemraadschap De Stichtse Rijnlanden")
    ]
    assert nota.unplaced == ()


def test_a_return_address_over_the_head_keeps_the_head() -> None:
    """A return address in small type between the letterhead and the kind line ("Retouradres
    Postbus 20901 2500 EX Den Haag", for a window envelope) is a letterhead entry; the page keeps
    its head (it read with no head at all: the ministry's name the title, the unit and the return
    address an unheaded section, kind, purpose and title section headings)."""
    rows = [("Aan", "Minister van IenW"), ("Van", "DG Mobiliteit"), ("Datum", "25 november 2026")]
    page = _letterhead_page(
        [
            ("Ministerie van Infrastructuur en Waterstaat", BOLD, 10),
            ("Directoraat-Generaal Mobiliteit", REGULAR, 8),
            ("Retouradres Postbus 20901 2500 EX Den Haag", REGULAR, 6.5),
        ],
        rows,
    )
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == (
        "Ministerie van Infrastructuur en Waterstaat",
        "Directoraat-Generaal Mobiliteit",
        "Retouradres Postbus 20901 2500 EX Den Haag",
    )
    assert (nota.metadata.kind, nota.metadata.purpose) == ("Nota", "beslissing")
    assert nota.title == "Versnelling van de dijkversterking langs de Lek"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert [(f.label, f.value) for f in nota.metadata.fields] == rows


def test_an_independent_body_name_in_bold_over_its_unit_is_letterhead() -> None:
    """An independent body's name in bold alone over its unit ("Kiesraad" / "Secretariaat") heads
    the letterhead as an agency's name does (the name was the title, the unit an unheaded
    section and the kind line a section heading)."""
    rows = [("Aan", "Leden van de Kiesraad"), ("Van", "Directeur"), ("Datum", "30 november 2026")]
    page = _letterhead_page([("Kiesraad", BOLD, 10), ("Secretariaat", REGULAR, 8)], rows, kind="Memo")
    nota = load_both(page.pdf())
    assert nota.metadata.letterhead == ("Kiesraad", "Secretariaat")
    assert (nota.metadata.kind, nota.metadata.purpose) == ("Memo", "beslissing")
    assert nota.title == "Versnelling van de dijkversterking langs de Lek"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert [(f.label, f.value) for f in nota.metadata.fields] == rows


def test_a_letter_after_a_nota_without_a_colofon_column_is_an_enclosure() -> None:
    """A nota whose date and reference stand in its head rows (no colofon column), then the
    Kamerbrief to sign on page 2 under the ministry's whole name (a line as long as prose), a
    return address, the addressee and a Datum/Betreft block with another date. The head rows name
    the nota as a colofon does, and the letter's rows are read past its letterhead: an
    enclosure (the letter read as the nota's last section, its Datum and Betreft the nota's
    fields)."""
    ministry = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
    rows = [("Aan", "Minister van LVVN"), ("Van", "Directeur Natuur"), ("Datum", "3 december 2026")]
    rows.append(("Kenmerk", "DGNVLG / 26309145"))
    page = _letterhead_page([(ministry, BOLD, 10), ("Directie Natuur en Biodiversiteit", REGULAR, 8)], rows)
    page.canvas.showPage()
    page.text(79, 60, ministry, BOLD, 10)
    page.text(79, 90, "> Retouradres Postbus 20401 2500 EK Den Haag", REGULAR, 6.5)
    page.y = 110
    for line in ("De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Prinses Irenestraat 6"):
        page.line(line)
    page.header([("Datum", "10 december 2026"), ("Betreft", "Voortgang Programma Wadden")], top=page.y + 30)
    page.y += 80
    page.para("Met deze brief informeer ik uw Kamer over de voortgang van het Programma Wadden.")
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields] == rows
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    (letter,) = nota.enclosures
    assert letter.title == "Voortgang Programma Wadden"
    assert letter.metadata.date == dt.date(2026, 12, 10)
    assert "Met deze brief informeer ik uw Kamer" in render(letter)


def _mixed_nota(scanned: bool, page1: Sequence[tuple[str, str]], page2: Sequence[str]) -> bytes:
    """A two-page nota whose page 1 is an OCR layer when ``scanned`` (the signed page scanned
    back in: no bold, Tesseract's font), in Helvetica otherwise; page 2 as its word processor
    wrote it, with bold headings. ``page1`` holds its body's blocks in order: ("heading", text)
    bold when typeset, ("para", text) and ("line", text) plain; ``page2`` the headings of page 2,
    each over a paragraph."""
    plain, bold = (_ocr_font(), _ocr_font()) if scanned else (REGULAR, BOLD)
    page = Page()
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.text(79, 250, "Kamerbrief over de evaluatie van de subsidieregeling", bold, 12)
    page.y = 300
    for kind, text in page1:
        if kind == "para":
            page.para(text, plain)
        else:
            page.line(text, bold if kind == "heading" else plain)
    page.canvas.showPage()
    page.y = 100
    for heading in page2:
        page.line(heading, BOLD)
        page.para(LOREM, REGULAR)
    return page.pdf()


def _scanned_first_page_nota(scanned: bool) -> bytes:
    """Page 1 with three headings over a paragraph each, page 2 with two."""
    blocks = [
        b for h in ("Aanleiding", "Geadviseerd besluit", "Kern") for b in (("heading", h), ("para", LOREM))
    ]
    return _mixed_nota(scanned, blocks, ("Politieke context", "Communicatie"))


def test_headings_of_a_scanned_page_among_born_digital_pages() -> None:
    """A nota whose page 1 was scanned back in (an OCR layer, which gives no bold) before its
    born-digital page 2: page 2's bold headings were marked, so the text reader trusted the
    marks, and page 1's headings ("Aanleiding", "Kern": plain lines of the OCR layer) were
    read as paragraphs of the title's section. They are marked as page 2's are, and the nota
    reads as the one typeset throughout."""
    nota = load_both(_scanned_first_page_nota(True))
    assert [s.heading for s in nota.sections if s.heading] == [
        "Aanleiding",
        "Geadviseerd besluit",
        "Kern",
        "Politieke context",
        "Communicatie",
    ]
    typeset = load_both(_scanned_first_page_nota(False))
    assert [(s.heading, s.blocks) for s in nota.sections] == [(s.heading, s.blocks) for s in typeset.sections]


def _scanned_page_with_contact(scanned: bool) -> bytes:
    """Page 1's Communicatie section holds a plain block "Contact" over a name."""
    blocks = [
        ("heading", "Aanleiding"),
        ("para", LOREM),
        ("heading", "Communicatie"),
        ("para", "De Kamerbrief wordt op 12 maart verstuurd; een woordvoeringslijn is bijgevoegd."),
        ("line", "Contact"),
        ("line", "mr. J. de Vries, woordvoerder van de minister"),
    ]
    return _mixed_nota(scanned, blocks, ("Politieke context", "Financiële gevolgen"))


def test_a_label_on_a_scanned_page_among_born_digital_pages_is_no_misread_heading() -> None:
    """On a page scanned back in among born-digital pages, a plain line that is a known label
    as printed ("Contact", over a name) is no heading the OCR layer misread: it was
    marked "## Context" (two letters from it), a section the nota does not have, its word
    changed. The nota reads as the one typeset throughout."""
    nota = load_both(_scanned_page_with_contact(True))
    assert [s.heading for s in nota.sections if s.heading] == [
        "Aanleiding",
        "Communicatie",
        "Politieke context",
        "Financiële gevolgen",
    ]
    typeset = load_both(_scanned_page_with_contact(False))
    assert [(s.heading, s.blocks) for s in nota.sections] == [(s.heading, s.blocks) for s in typeset.sections]
    assert nota.metadata.fields == typeset.metadata.fields


@pytest.mark.parametrize("contact", ["mr. J. de Vries, telefoon 06 12345678", "06 12345678"])
def test_contact_over_a_name_in_a_section_is_its_text(contact: str) -> None:
    """A "Contact" alone on a plain row in a section, a name and a telephone number or a number
    alone under it, is text of that section: a layout-aware source keeps the colofon apart. It
    was read as a colofon label, "12345678" its value, and "06" stayed in the paragraph."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGDOO")], "Evaluatie van de subsidieregeling")
    page.line("Communicatie", BOLD)
    page.para("De Kamerbrief wordt op 12 maart verstuurd; een woordvoeringslijn is bijgevoegd.")
    page.line("Contact")
    page.line(contact)
    page.y += page.lead
    page.line("Financiële gevolgen", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [f.label for f in nota.metadata.fields] == ["Aan", "Van", "Kenmerk", "Datum"]
    assert [s.heading for s in nota.sections] == ["Communicatie", "Financiële gevolgen"]
    text = " ".join(b.text for b in nota.sections[0].blocks if isinstance(b, Paragraph))
    assert text.endswith(f"Contact {contact}")


def test_a_colofon_label_at_the_foot_of_a_scanned_page_1_takes_its_value_from_page_2() -> None:
    """As above, with page 1 scanned back in (an OCR layer whose sizes are its engine's line
    boxes, here 5 pt for the column's 7 pt lines) before the born-digital page 2: page 2's
    column lines were "larger" than page 1's last line, so the value and the count after the
    label stayed page 2's furniture. Sizes are compared only between pages of one kind."""
    ocr = _ocr_font()
    page = Page()
    for k, (label, value) in enumerate([("Aan", "Staatssecretaris JenV"), ("Van", "DSJ")]):
        page.text(79, 200 + 14 * k, label, ocr, 10)
        page.text(170, 200 + 14 * k, value, ocr, 10)
    page.text(170, 268, "Capaciteit van de justitiële jeugdinrichtingen", ocr, 10)
    y = 157.0
    for label, value in [("Ons kenmerk", "6240318"), ("Datum", "8 december 2026")]:
        page.text(466, y, label, ocr, 5)
        page.text(466, y + 9.8, value, ocr, 5)
        y += 28.4
    page.text(466, y, "Kopie aan", ocr, 5)
    copies = ["SG", "pSG", "DGSenB", *(f"Directie {n}" for n in range(1, 28))]
    for k, unit in enumerate(copies):
        page.text(466, y + 9.8 + 18.6 * k, unit, ocr, 5)
    page.text(466, y + 9.8 + 18.6 * len(copies), "Parafenroute", ocr, 5)  # (at the page's foot)
    page.y = 320
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    page.canvas.showPage()
    route = ["Dir. SJ", "DGSenB", "pSG", "SG"]
    for k, unit in enumerate(route):
        page.text(466, 100 + 9.8 * k, unit, REGULAR, 7)
    page.text(466, 100 + 9.8 * 4 + 8.8, "Bijlagen", BOLD, 7)
    page.text(466, 100 + 9.8 * 5 + 8.8, "2", REGULAR, 7)
    page.y = 100
    page.line("Communicatie", BOLD)
    page.para("Er is geen persbericht voorzien.")
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["Parafenroute"] == "Dir. SJ DGSenB pSG SG"
    assert fields["Bijlagen"] == "2"
    assert nota.metadata.attachment_count == 2


def _heading_with_marker(font: str) -> bytes:
    """A page whose "Advies ATR" line in ``font`` has a footnote's number set small and raised
    right against its last word ("ATR¹"), a note at the foot."""
    page = Page()
    page.header([("Aan", "MKGG")])
    page.text(170, 268, "Warmtetransitieplannen")
    page.colofon(_COLOFON)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    heading = "Advies ATR"
    page.line(heading, font)
    x = 79 + page.canvas.stringWidth(heading, font, page.size)
    page.text(x, page.y - page.lead - 2.5, "1", REGULAR, 5.5)
    page.para("Het college onderschrijft het doel van het besluit, maar vindt de regeldruk te hoog.")
    page.text(79, 740, "1", REGULAR, 8)
    page.text(90, 740, "Adviescollege toetsing regeldruk, advies van 30 november 2026.", REGULAR, 8)
    return page.pdf()


def test_a_bold_heading_with_a_footnote_number_set_against_its_last_word() -> None:
    """A bold heading whose last word carries a footnote's number set small and regular against
    it ("Advies ATR¹") is a heading: the number takes no style from the word (every character
    had to be bold, so the word was regular and the heading a paragraph's first line)."""
    nota = load_both(_heading_with_marker(BOLD))
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies ATR1"]
    assert render(nota).count("Het college onderschrijft") == 1
    assert [(f.number, f.text) for f in nota.footnotes] == [
        (1, "Adviescollege toetsing regeldruk, advies van 30 november 2026.")
    ]


def test_a_regular_line_with_a_footnote_number_set_against_its_last_word_is_text() -> None:
    """The same line in regular type is no heading: a raised number makes no word bold."""
    nota = load_both(_heading_with_marker(REGULAR))
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    assert "Advies ATR1" in render(nota)


def _bold_title_over(second: str, font: str) -> bytes:
    """A page whose bold title (no "Titel" label) wraps after "ATR-" before ``second`` in
    ``font``, the sections under it."""
    page = Page()
    page.header([("Aan", "MKGG"), ("Van", "DGKE")])
    page.colofon(_COLOFON)
    page.y = 260
    page.line("Algemene maatregel van bestuur warmtetransitieplannen: verwerking van het ATR-", BOLD)
    page.line(second, font)
    page.y += page.lead
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Advies", BOLD)
    page.para("Instemmen met het verwerken van het advies zoals voorgesteld.")
    return page.pdf()


def test_a_bold_title_wrapped_before_a_heading_word_in_lower_case() -> None:
    """A bold title wrapped before a word in lower case at its size with no gap ("... van het
    ATR-" / "advies") goes on there, though the word names a section: the rest was taken for a
    section "advies" and the title cut at "ATR-"."""
    nota = load_both(_bold_title_over("advies", BOLD))
    assert (
        nota.title == "Algemene maatregel van bestuur warmtetransitieplannen: verwerking van het ATR-advies"
    )
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Advies"]


def test_a_bold_title_over_a_line_in_lower_case_in_regular_type() -> None:
    """A regular line in lower case under the bold title is no part of it."""
    nota = load_both(_bold_title_over("en de planning van de gemeenten in 2027", REGULAR))
    assert nota.title == "Algemene maatregel van bestuur warmtetransitieplannen: verwerking van het ATR-"
    assert "en de planning van de gemeenten in 2027" in render(nota)


def _marker_set_off(gap: float) -> bytes:
    """A page whose paragraph line has a footnote's number set small and raised ``gap`` points
    after its word ("financiering.¹"), the sentence going on after it, and the note at the foot.
    A re-export that lays each run out anew with its own widths (LibreOffice Draw) keeps the
    number where it was and moves the word's end: 0.4 points became 1.6."""
    page = Page(size=10)
    page.header([("Aan", "MSZW")])
    page.text(170, 268, "Directe financiering kinderopvang")
    page.colofon(_COLOFON)
    page.y = 320
    page.line("Aanleiding", BOLD)
    first = "De Kamer vroeg om een keuze over de financiering."
    top = page.y
    page.line(first)
    x = 79 + page.canvas.stringWidth(first, REGULAR, 10) + gap
    page.text(x, top - 2.0, "1", REGULAR, 5.8)
    x += page.canvas.stringWidth("1", REGULAR, 5.8) + page.canvas.stringWidth(" ", REGULAR, 10)
    page.text(x, top, "Deze nota legt die keuze aan u voor.")
    page.y += 0.7 * page.lead
    page.line("Kern", BOLD)
    page.para(LOREM)
    page.text(79, 740, "1", REGULAR, 8)
    page.text(90, 740, "Toezegging in het commissiedebat kinderopvang van 3 juli 2026.", REGULAR, 8)
    return page.pdf()


@pytest.mark.parametrize("gap", [0.4, 1.6])
def test_a_raised_note_number_set_off_from_its_word_by_less_than_a_space(gap: float) -> None:
    """A footnote's number set small and raised after its word by less than a word space of the
    word's size (0.16 em) is the word's marker, as one set right against it: it was its own word
    ("financiering. 1 Deze nota"), as a small word after a space is."""
    nota = load_both(_marker_set_off(gap))
    assert "financiering.1 Deze nota legt" in render(nota)
    assert [(f.number, f.text) for f in nota.footnotes] == [
        (1, "Toezegging in het commissiedebat kinderopvang van 3 juli 2026.")
    ]


def _scanned_page_with_an_adviser_heading(scanned: bool) -> bytes:
    """A two-page nota, page 1 an OCR layer when ``scanned``, whose headings stand a little apart
    from their paragraphs: known ones and "Advies Raad van State", which the vocabulary does not
    hold, and a table whose header row ("Variant  Eenmalig  Structureel", cells at tab stops)
    stands as far from its rows; page 2 born-digital, with bold headings."""
    plain, bold = (_ocr_font(), _ocr_font()) if scanned else (REGULAR, BOLD)
    page = Page()
    page.header([("Aan", "MVWS"), ("Van", "DGV")])
    page.text(79, 250, "Nader rapport bij het wetsvoorstel pandemische paraatheid", bold, 12)
    page.y = 300
    for heading in ("Aanleiding", "Advies Raad van State", "Geadviseerd besluit"):
        page.line(heading, bold)
        page.y += 4
        page.para(LOREM, plain)
    page.line("Financiële gevolgen", bold)
    page.y += 4
    page.para("De uitvoeringskosten van de varianten verschillen.", plain)
    for cells in (("Variant", "Eenmalig", "Structureel"), ("Variant A", "€ 148 mln", "€ 41 mln")):
        for x, cell in zip((79, 250, 340), cells, strict=True):
            page.text(x, page.y, cell, bold if cells[0] == "Variant" else plain)
        page.y += page.lead + (4 if cells[0] == "Variant" else 0)
    page.canvas.showPage()
    page.y = 100
    for heading in ("Politieke context", "Communicatie"):
        page.line(heading, BOLD)
        page.y += 4
        page.para(LOREM, REGULAR)
    return page.pdf()


def test_a_heading_of_a_scanned_page_set_as_its_known_headings_are() -> None:
    """On page 1 scanned back in before born-digital pages, a short capitalised line that starts
    a block where the page's known headings stand (their left edge, height and gap over the
    paragraph), set as prose and shorter than the line under it, is a heading too ("Advies Raad
    van State": it was read into the section above, as the text reader trusts the born-digital
    page's marks); a table's header row with its cells at tab stops stays a row. The nota reads
    as the one typeset throughout."""
    nota = load_both(_scanned_page_with_an_adviser_heading(True))
    assert [s.heading for s in nota.sections if s.heading] == [
        "Aanleiding",
        "Advies Raad van State",
        "Geadviseerd besluit",
        "Financiële gevolgen",
        "Politieke context",
        "Communicatie",
    ]
    assert "Variant Eenmalig Structureel" in render(nota)
    typeset = load_both(_scanned_page_with_an_adviser_heading(False))
    assert [s.heading for s in typeset.sections] == [s.heading for s in nota.sections]


_BESIDE = [
    "De Commissie stelt daarnaast voor dat kleine",
    "ondernemingen minder uitgebreide",
    "documentatie hoeven op te stellen. Wij",
    "kunnen dat steunen voor bedrijven die",
    "AI ontwikkelen, maar niet voor overheden",
    "die hoog-risico AI inzetten. Bij de inzet",
]
_BOX = [
    "De AI-verordening is op 1 augustus",
    "2024 in werking getreden. De",
    "verboden gelden sinds februari 2025,",
    "de regels voor hoog-risico AI zouden",
    "in augustus 2026 ingaan.",
]


def _page_with_side_box(*, at_foot: bool = False, last: bool = False) -> bytes:
    """A section whose paragraph runs beside a text box floated at the body's right ("Achtergrond"
    in bold, its text set smaller at its own pitch), the paragraph's rest under the box, then the
    next section; ``at_foot``: the paragraph beside the box ends page 1 and runs on on page 2;
    ``last``: it ends the document there, on page 1."""
    page = Page()
    page.header([("Aan", "MEZ"), ("Van", "DGED")])
    page.colofon(_COLOFON)
    page.y = 260
    page.line("Inzet bij de herziening van de AI-verordening", BOLD)
    page.y += page.lead
    page.line("Toelichting", BOLD)
    page.para(LOREM)
    if at_foot:
        page.y = 700
    top = page.y
    for k, s in enumerate(["Achtergrond", *_BOX]):
        page.text(300, top + 2 + 11 * k, s, BOLD if k == 0 else REGULAR, 8)
    for s in _BESIDE:
        page.line(s)
    if last:
        return page.pdf()
    if at_foot:
        page.canvas.showPage()
        page.y = 80
    page.line("van algoritmes door de overheid is meer transparantie nodig.")
    page.y += 0.7 * page.lead
    page.line("Gevolgen", BOLD)
    page.para("Voor de rijksoverheid betekent het uitstel dat de registratie een jaar later verplicht wordt.")
    return page.pdf()


@pytest.mark.parametrize("at_foot", [False, True])
def test_a_text_box_floated_beside_a_paragraph_is_read_after_it(at_foot: bool) -> None:
    """A text box floated right of a paragraph, set smaller at its own pitch, was read row by row
    with the paragraph's lines beside it ("ondernemingen minder uitgebreide De AI-verordening
    ..."): the paragraph is read whole first, then the box, its bold first line a heading; also
    when the paragraph runs on on the next page (the box goes in after its end there)."""
    nota = load_both(_page_with_side_box(at_foot=at_foot))
    assert [s.heading for s in nota.sections] == ["Toelichting", "Achtergrond", "Gevolgen"]
    beside = " ".join(_BESIDE) + " van algoritmes door de overheid is meer transparantie nodig."
    assert [b.text for b in nota.sections[0].blocks] == [LOREM, beside]  # type: ignore[union-attr]
    assert [b.text for b in nota.sections[1].blocks] == [" ".join(_BOX)]  # type: ignore[union-attr]


def test_a_text_box_beside_the_last_lines_of_a_document_is_kept() -> None:
    """A box beside a paragraph that ends the document's last page (its end is looked for on a
    next page that never comes) is read after it, nothing lost."""
    nota = load_both(_page_with_side_box(at_foot=True, last=True))
    assert [s.heading for s in nota.sections] == ["Toelichting", "Achtergrond"]
    assert [b.text for b in nota.sections[0].blocks] == [LOREM, " ".join(_BESIDE)]  # type: ignore[union-attr]
    assert [b.text for b in nota.sections[1].blocks] == [" ".join(_BOX)]  # type: ignore[union-attr]


def _page_with_redacted_paragraphs(*, page_break: bool, codes: tuple[str, str, str]) -> bytes:
    """Paragraphs redacted whole: a grey box with its ground codes printed bold in its middle,
    between paragraphs (the last at page 1's foot); ``page_break``: page 2 is a box alone, codes
    only, and page 3 goes on with text. ``codes``: the three boxes' codes."""
    page = Page()
    page.header([("Aan", "MBZK"), ("Van", "DGOO")])
    page.colofon(_COLOFON)
    page.y = 260
    page.line("Afhandeling van een integriteitsmelding", BOLD)
    page.y += page.lead
    page.line("Aanleiding", BOLD)
    page.para(LOREM)

    def redacted(codes: str) -> None:
        page.box(page.left, page.y, page.width, 40, gray=0.75)
        page.text(page.left + 150, page.y + 15, codes, BOLD)
        page.y += 40 + page.lead

    redacted(codes[0])
    page.line("Kern", BOLD)
    page.para("Het vooronderzoek is uitgevoerd door Bureau Integriteit Rijk.")
    redacted(codes[1])
    if page_break:
        page.canvas.showPage()
        page.y = 80
        redacted(codes[2])
        page.canvas.showPage()
        page.y = 80
    page.para("De betrokkene is gehoord en heeft zijn zienswijze gegeven.")
    return page.pdf()


@pytest.mark.parametrize("page_break", [False, True])
@pytest.mark.parametrize(
    "codes", [("5.1.2e", "5.1.2i", "5.1.2e, 5.1.2i"), ("5.1.2 e", "5.1.2 i", "5.1.2 e, 5.1.2 i")]
)
def test_a_paragraph_redacted_whole_in_a_box_with_bold_codes_is_a_paragraph(
    page_break: bool, codes: tuple[str, str, str]
) -> None:
    """A box over a whole paragraph printing its ground codes in bold ("5.1.2e") was read as a
    section heading, the text after it that section's; a box filling a page of its own ran on into
    the box before it ("5.1.2i 5.1.2e, 5.1.2i"). Such a line, set apart above and below, is a
    paragraph of its own of the section it stands in; also with a space before the ground's
    letter ("5.1.2 e", which stayed a heading)."""
    nota = load_both(_page_with_redacted_paragraphs(page_break=page_break, codes=codes))
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]
    assert [b.text for b in nota.sections[0].blocks] == [LOREM, codes[0]]  # type: ignore[union-attr]
    boxes = codes[1:] if page_break else codes[1:2]
    assert [b.text for b in nota.sections[1].blocks] == [  # type: ignore[union-attr]
        "Het vooronderzoek is uitgevoerd door Bureau Integriteit Rijk.",
        *boxes,
        "De betrokkene is gehoord en heeft zijn zienswijze gegeven.",
    ]


@pytest.mark.parametrize("colon", ["", ":"])
def test_a_column_of_empty_form_boxes_beside_the_label_rows_gives_empty_fields(colon: str) -> None:
    """Ruled boxes right of the Aan/Van rows, a short bold label in each ("Beslissing" on the Aan
    row after a tab's gap, "Paraaf Minister" and "Datum" alone on their rows below, at its x) and
    no value: empty fields, after the colofon's. The first was read into the Aan value, the others
    as the title and a section, the real title as a section too. Labels printed with their colons
    ("Beslissing:") are such boxes too (the first was glued to the Aan value)."""
    page = Page()
    page.header([("Aan", "Minister van Financi\u00ebn"), ("Van", "Directeur Fiscale Zaken")])
    for k, label in enumerate(["Beslissing", "Paraaf Minister", "Datum"]):
        page.canvas.rect(300, HEIGHT - 224 - 26 * k, 150, 26)
        page.text(305, 204 + 26 * k, label + colon, BOLD, 7)
    page.text(466, 120, "Directoraat-Generaal Fiscale Zaken", BOLD, 7)
    page.colofon(_COLOFON)
    page.text(79, 300, "Uitvoering van de motie over de herstelregeling", BOLD, 11)
    page.y = 330
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert nota.title == "Uitvoering van de motie over de herstelregeling"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]
    fields = [(f.label, f.value) for f in nota.metadata.fields]
    assert fields[:2] == [("Aan", "Minister van Financi\u00ebn"), ("Van", "Directeur Fiscale Zaken")]
    assert fields[-3:] == [("Beslissing", ""), ("Paraaf Minister", ""), ("Datum", "")]
    assert ("Datum", "12 maart 2024") in fields


#: The right cell of an "Advies" box, wrapped before capitals and a digit (no line goes on in
#: lower case, no full stop before the last): by shape each could be an item whose check box is
#: drawn.
_ADVICE_LINES = [
    "U wordt geadviseerd de Kamerbrief over de",
    "Luchtvaartnota te ondertekenen en aan de",
    "Tweede Kamer te sturen voor het debat van",
    "4 april over de Luchtvaartnota.",
]


@pytest.mark.parametrize("font", [BOLD, REGULAR])
@pytest.mark.parametrize(
    ("label", "columns"),
    [
        ("Advies", (79.0, 160.0, 380.0)),
        ("Besluit", (79.0, 150.0, 440.0)),
        ("Toelichting", (79.0, 170.0, 400.0)),
    ],
)
def test_a_ruled_table_of_one_row_is_its_left_cells_heading_over_one_paragraph(
    label: str, columns: tuple[float, float, float], font: str
) -> None:
    """A ruled box of one row in the body (IenW): a word in the left cell, bold or regular, the
    prose of the right cell wrapped over four lines. The cell's first line was a paragraph with
    the word run into it, each line under it a list item (the rule for check boxes drawn as
    rectangles: lines at one indent, nothing left of them). Its word heads a section of one
    paragraph, the cell's text; the headings and the list after it are read as before. (The
    page's text starts at its left edge: there the box's right cell is no column of text beside
    side headings.)"""
    page = _margin_page([("Aan", "Minister van IenW"), ("Van", "DGLM")], "Kamerbrief Luchtvaartnota")
    page.ruled_row(label, _ADVICE_LINES, columns, font)
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Kernpunten", BOLD)
    page.line("\u2022 Minder nachtvluchten vanaf 2025.")
    page.line("\u2022 Een nieuw handhavingskader.")
    nota = load_both(page.pdf())
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        (label, (Paragraph(text=" ".join(_ADVICE_LINES)),)),
        ("Aanleiding", (Paragraph(text=LOREM),)),
        (
            "Kernpunten",
            (ItemList(items=("Minder nachtvluchten vanaf 2025.", "Een nieuw handhavingskader.")),),
        ),
    ]


#: Two cells' prose, of three and five lines, that hold most of a page's lines.
_DECISION_LINES = [
    "Instemmen met de bijgevoegde brief aan de Tweede Kamer",
    "over de voortgang van de Kaderrichtlijn Water en deze",
    "ondertekenen.",
]
_EXPLANATION_LINES = [
    "In 2027 moeten de doelen van de Kaderrichtlijn Water zijn",
    "gehaald. Uit de tussenevaluatie blijkt dat een deel van de",
    "maatregelen vertraging heeft opgelopen. De provincies en",
    "waterschappen vragen extra middelen voor de inrichting van",
    "beekdalen en de aanpak van mestlozingen.",
]


def test_ruled_tables_of_one_row_whose_regular_left_cells_hold_most_of_the_page() -> None:
    """Two ruled boxes of one row whose left cells are set in the regular font ("Besluit",
    "Toelichting"), their right cells holding most of the page's lines, so most lines start
    there: each word heads a section of one paragraph, the cell's text, as a bold word does
    (the cells' lines were one paragraph each with the word run into its first line)."""
    page = _margin_page([("Aan", "Stas IenW"), ("Van", "DGWB")], "Waterkwaliteit: Kaderrichtlijn Water")
    page.ruled_row("Besluit", _DECISION_LINES, (79.0, 160.0, 455.0), REGULAR)
    page.ruled_row("Toelichting", _EXPLANATION_LINES, (79.0, 160.0, 455.0), REGULAR)
    page.line("Krachtenveld", BOLD)
    page.line("De waterschappen steunen de aanpak.")
    nota = load_both(page.pdf())
    assert [(s.heading, s.blocks) for s in nota.sections] == [
        ("Besluit", (Paragraph(text=" ".join(_DECISION_LINES)),)),
        ("Toelichting", (Paragraph(text=" ".join(_EXPLANATION_LINES)),)),
        ("Krachtenveld", (Paragraph(text="De waterschappen steunen de aanpak."),)),
    ]


@pytest.mark.parametrize("tail", ["begroting", "Rijksbegroting"])
def test_a_bold_numbered_heading_wrapped_after_an_open_word_is_one_heading(tail: str) -> None:
    """A bold numbered sub-heading wrapped in a narrow column after a word no heading ends in
    ("2.2 Gevolgen voor de" / "Rijksbegroting"): one heading (a capitalised second line was a
    heading of its own, the first one ending in "de"); a numbered paragraph under it stays text."""
    page = _nota_page([("Aan", "MVWS")], "Bekostiging acute zorg")
    page.width = 300
    page.line("2.1 Achtergrond", BOLD)
    page.para("De huidige bekostiging is gebaseerd op productie en wordt door de NZa vastgesteld.")
    page.line("2.2 Gevolgen voor de", BOLD)
    page.line(tail, BOLD)
    page.para("De maatregel kost structureel \u20ac 4 miljoen per jaar.")
    numbered = "2.3 De minister heeft in het commissiedebat toegezegd de Kamer voor de zomer te informeren."
    page.para(numbered)
    nota = load_both(page.pdf())
    assert [(s.number, s.heading) for s in nota.sections] == [
        ("2.1", "Achtergrond"),
        ("2.2", f"Gevolgen voor de {tail}"),
    ]
    assert nota.sections[1].blocks == (
        Paragraph(text="De maatregel kost structureel \u20ac 4 miljoen per jaar."),
        Paragraph(text=numbered),
    )


def _scanned_memo(page: Page) -> None:
    """An OCR layer's memo (Tesseract's font, no bold) on ``page``: an Aan and a Datum row, no
    Van row, a title, and three headings over a paragraph each, "Doel bespreking" not in the
    vocabulary."""
    ocr = _ocr_font()
    for k, (label, value) in enumerate([("Aan:", "ACC-19"), ("Datum:", "10 september 2020")]):
        page.text(79, 150 + 14 * k, label, ocr, 10)
        page.text(170, 150 + 14 * k, value, ocr, 10)
    page.text(79, 200, "Inventarisatie van regionale en landelijke maatregelen", ocr, 12)
    page.y = 250
    for heading in ("Inleiding", "Doel bespreking", "Vervolgproces"):
        page.line(heading, ocr)
        page.para(LOREM, ocr)


def _typeset_nota(page: Page) -> None:
    """A born-digital nota on ``page``: Aan and Van rows, a title, the colofon (Kenmerk, Datum),
    a bold heading over a paragraph."""
    page.header([("Aan", "MBZK"), ("Van", "DGDOO")])
    page.text(170, 268, "Evaluatie van de subsidieregeling")
    page.colofon(_COLOFON)
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)


def _letter_before_a_scanned_memo(letter: bool, nota: Callable[[Page], None] = _scanned_memo) -> bytes:
    """The scanned memo (or another ``nota``), after a born-digital Kamerbrief of one page when
    ``letter``: its ministry's name in bold at the top, its rows, a salutation and a paragraph,
    and "Pagina 1 van 1" at the foot of its colofon column."""
    page = Page()
    if letter:
        page.text(300, 60, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", BOLD, 9)
        page.text(466, 150, "Directie Democratie", BOLD, 7)
        page.text(466, 160, "Turfmarkt 147", REGULAR, 7)
        page.text(79, 170, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
        page.header([("Datum", "21 juni 2024"), ("Betreft", "Beantwoording Kamervragen")], top=260)
        page.y = 320
        page.line("Geachte voorzitter,")
        page.para(LOREM)
        page.text(466, 790, "Pagina 1 van 1", REGULAR, 7)
        page.canvas.showPage()
    nota(page)
    return page.pdf()


def test_a_scanned_nota_after_a_one_page_letter_reads_as_the_nota_alone() -> None:
    """A born-digital Kamerbrief merged before a scanned nota (a publication's cover letter): the
    letter's page line numbers its page its last ("Pagina 1 van 1"), so the next page starts a
    new document, the nota, in an OCR layer too, which compares no colofon values to find one
    (the nota was read as the letter's second page, its rows in the letter's body). And the
    letter's bold line, marked as a heading, does not make the nota's plain headings count only
    where the vocabulary knows them ("Doel bespreking" was lost): the OCR headings of a mixed
    document are marked by its own pages' marks. The nota reads as it does alone."""
    alone = load_both(_letter_before_a_scanned_memo(False))
    assert [s.heading for s in alone.sections] == ["Inleiding", "Doel bespreking", "Vervolgproces"]
    merged = load_both(_letter_before_a_scanned_memo(True))
    assert len(merged.enclosures) == 1
    nota = merged.enclosures[0]
    assert [(s.heading, s.blocks) for s in nota.sections] == [(s.heading, s.blocks) for s in alone.sections]
    assert (nota.title, nota.metadata.addressee) == (alone.title, alone.metadata.addressee)


def test_a_page_that_numbers_on_after_a_stale_page_count_is_the_same_nota() -> None:
    """A nota of two pages whose first page prints a page count not updated ("Pagina 1 van 1"),
    the second "Pagina 2 van 2" under the repeated colofon: one nota, page 2's sections its own.
    The page after a page line that numbers its page the document's last started a new document
    (an enclosure of page 2's colofon and no more)."""
    page = Page()
    colofon = [("TER BESLISSING", ""), ("Kenmerk", "2026-0000098765"), ("Datum", "12 maart 2026")]
    page.header([("Aan", "Minister van OCW"), ("Van", "DGPV")])
    page.colofon(colofon)
    page.text(466, 300, "Pagina 1 van 1", REGULAR, 7)
    page.text(79, 262, "Subsidies voor de aanpak van het lerarentekort", BOLD, 12.5)
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.canvas.showPage()
    page.colofon(colofon[1:])
    page.text(466, 220, "Pagina 2 van 2", REGULAR, 7)
    page.y = 157
    page.line("Toelichting", BOLD)
    page.para("De regeling kost 40 miljoen euro per jaar.")
    nota = load_both(page.pdf())
    assert nota.enclosures == ()
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]


def test_a_letter_merged_before_a_nota_keeps_its_own_rows() -> None:
    """A Kamerbrief merged before a nota: its Datum and Betreft rows are the letter's fields
    (the letter's page is written once the nota's page is read, and its rows were written
    against the nota's date and reference, as another document's rows: a paragraph, and the
    letter, left with no label, was no nota, so the file was refused); the nota, which follows,
    has its own."""
    merged = load_both(_letter_before_a_scanned_memo(True, _typeset_nota))
    assert merged.metadata.date == dt.date(2024, 6, 21)
    assert Field(label="Betreft", value="Beantwoording Kamervragen") in merged.metadata.fields
    assert [(e.metadata.reference, e.metadata.date) for e in merged.enclosures] == [
        ("2024-0000098765", dt.date(2024, 3, 12))
    ]


def _ocr_lorem_page(page: Page, *, slope: float = 0.0, top: float = 150.0) -> Page:
    """A nota page of an OCR layer, each word boxed 5 points a letter (:func:`_ocr_words_line`),
    ``slope`` as there: Aan and Van rows, a title, and two sections of six lines each."""
    text = (LOREM + " " + LOREM).split()
    rows = ["Aan: Minister van Justitie en Veiligheid", "Van: DG Straffen en Beschermen"]
    for k, row in enumerate(rows):
        _ocr_words_line(page, 79, top + 14 * k, row, 5, slope=slope)
    _ocr_words_line(page, 79, top + 54, "Capaciteit van het gevangeniswezen", 5, slope=slope)
    y = top + 90
    for heading in ("Aanleiding", "Toelichting"):
        _ocr_words_line(page, 79, y, heading, 5, slope=slope)
        for k in range(0, 60, 10):
            y += 12
            _ocr_words_line(page, 79, y, " ".join(text[k : k + 10]), 5, slope=slope)
        y += 26
    return page


@pytest.mark.parametrize("slope", [0.02, -0.025])
def test_words_an_ocr_layer_sets_level_along_a_skewed_line_are_levelled(slope: float) -> None:
    """Tesseract sets a skewed scan's line whose fitted baseline is level with a level text
    matrix, each word where it stands on the skewed line, a step lower (or higher) than the one
    before: no character is turned, so the page was not levelled, and a line's last words fell
    into the next line's row ("ten De additionele"). The page reads as the level page, with both
    sources."""
    assert load_both(_ocr_lorem_page(Page(), slope=slope).pdf()) == load_both(_ocr_lorem_page(Page()).pdf())


def test_specks_an_ocr_layer_reads_as_narrow_characters_are_left_out() -> None:
    """Specks of a scan that an OCR layer read as characters, each far narrower than the glyph
    it reads ("5" two thirds of a point wide): after a heading ("Toelichting  5", which was no
    heading then), after a value ("DMM  5"), after a sentence's end ("... voor.  à") and in
    the gap before the colofon column, close before its value ("*  4381203", which joined the
    column's rows to the body's). A one-letter word of the text ("u") and a value under its
    label ("1" under "Bijlagen", "3" in the column) stay."""
    page = _ocr_lorem_page(Page())
    _ocr_word(page, 300, 240, "5", 0.6)  # (on the row of "Aanleiding": the heading's first)
    _ocr_word(page, 330, 338, "5", 0.6)  # (on the row of "Toelichting")
    _ocr_words_line(page, 79, 178, "Kopie aan: DMM", 5)
    _ocr_word(page, 205, 178, "5", 0.9)
    _ocr_word(page, 420, 312, "\u00e0", 0.4)  # (after the first section's last line)
    for k, (label, value) in enumerate(
        [("Kenmerk", "4381203"), ("Datum", "12 maart 2024"), ("Bijlagen", "3")]
    ):
        _ocr_words_line(page, 466, 150 + 26 * k, label, 3.5)
        _ocr_words_line(page, 466, 160 + 26 * k, value, 3.5)
    _ocr_word(page, 461, 160, "*", 0.8)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]
    text = " ".join((LOREM + " " + LOREM).split()[:60])
    assert [b.text for s in nota.sections for b in s.blocks] == [text] * 2  # type: ignore[union-attr]
    assert nota.metadata.get("Kopie aan") == "DMM"
    assert nota.metadata.reference == "4381203"
    assert nota.metadata.attachment_count == 3


def _ocr_colofon_page(pairs: list[tuple[str, str]], *, narrow: str = "", drop: float = 10.0) -> Nota:
    """A nota page of an OCR layer (:func:`_ocr_lorem_page`) with a colofon column of ``pairs``
    (labels over values, boxed 3.5 points a letter), and, when given, ``narrow`` boxed a stroke's
    width (0.8 points) ``drop`` points under the top of the first label with no value (under it,
    or on its row where the engine boxed the value with a line beside it)."""
    page = _ocr_lorem_page(Page())
    top = 150.0
    for label, value in pairs:
        _ocr_words_line(page, 466, top, label, 3.5)
        if value:
            _ocr_words_line(page, 466, top + 10, value, 3.5)
        elif narrow:
            _ocr_word(page, 466, top + drop, narrow, 0.8)
        top += 26
    return load_both(page.pdf())


@pytest.mark.parametrize(
    ("read", "drop"),
    [("\u00ed", 10.0), ("\u00c1", 10.0), ("\u00ed", 3.0), ("'", 3.0), ("\u2019", 3.0)],
)
def test_count_read_as_a_letter_a_stroke_wide_in_an_ocr_layer(read: str, drop: float) -> None:
    """A count of 1 read by OCR as a letter no wider than a stroke ("í", its flag read as an
    accent; "Á") or as a quote (its flag), under its label or boxed on the label's row with a
    body line beside it ("Bijlagen '"): a count is no letter nor quote, and that narrow a one is
    the 1's stroke. The colofon's next label outside the vocabulary over its value is a field
    (under "Bijlagen 1" it was letterhead, "Versie 5")."""
    nota = _ocr_colofon_page(
        [("Kenmerk", "4381203"), ("Bijlagen", ""), ("Versie", "5")], narrow=read, drop=drop
    )
    assert nota.metadata.get("Bijlagen") == "1"
    assert nota.metadata.get("Versie") == "5"


def test_zaak_number_under_uw_kenmerk_in_an_ocr_layer() -> None:
    """The zaak number of the parliament's letter a nota answers, under "Uw kenmerk" in the
    colofon, with its Z read as a 2 ("2024208811"), is the zaak number; ten digits under "Ons
    kenmerk" are the ministry's own reference and stay."""
    nota = _ocr_colofon_page([("Ons kenmerk", "2024208812"), ("Uw kenmerk", "2024208811")])
    assert nota.metadata.get("Uw kenmerk") == "2024Z08811"
    assert nota.metadata.reference == "2024208812"


@pytest.mark.parametrize(
    ("read", "date"),
    [
        ("l oktober 2024", dt.date(2024, 10, 1)),
        ("I4 juni 2024", dt.date(2024, 6, 14)),
        ("14 juni 2O24", dt.date(2024, 6, 14)),
        ("2l mei 2O25", dt.date(2025, 5, 21)),
        ("Il mei 2025", None),
    ],
)
def test_date_with_its_digits_read_as_letters_in_an_ocr_layer(read: str, date: dt.date | None) -> None:
    """A date under "Datum" whose day or year an OCR layer read with a stroke letter for a 1 or an
    O for a 0 is the date (the nota had none); two strokes ("Il") may be an 11 as well as a 1."""
    nota = _ocr_colofon_page([("Kenmerk", "4381203"), ("Datum", read)])
    assert nota.metadata.date == date
    day = read.split(maxsplit=1)[0]
    named = any(day in d.message for d in nota.diagnostics if d.code == "ocr-vocabulary")
    assert named == (date is not None and day != str(date.day))


def _ocr_nota_with_stamps(first: str, later: str, foot: str) -> Nota:
    """A two-page nota of an OCR layer (:func:`_ocr_lorem_page`), the stamp ``first`` at page 1's
    top and ``later`` at page 2's, ``foot`` at page 1's foot, as the layer read them."""
    page = _ocr_lorem_page(Page())
    _ocr_words_line(page, 430, 40, first, 5)
    _ocr_words_line(page, 60, 800, foot, 5)
    page.canvas.showPage()
    _ocr_words_line(page, 430, 40, later, 5)
    _ocr_words_line(page, 79, 120, "Communicatie", 5)
    _ocr_words_line(page, 79, 132, "De Kamerbrief wordt na uw besluit verzonden.", 5)
    return load_both(page.pdf())


def test_publication_stamps_an_ocr_layer_misread_are_kept_once() -> None:
    """A Woo bundle's document number at each page's top, read with its O's as zeros and doubled
    ("WO0O0-123456-00012"), and the Woo notice at page 1's foot read with a speck over a letter
    as its accent ("Openbaár"), are the stamps: kept once in the letterhead, as the vocabulary
    spells them, each misreading named. They were text of the body: a paragraph of page 2's
    first section, and a paragraph of page 1's last."""
    nota = _ocr_nota_with_stamps(
        "WO0O0-123456-00012", "WOO-123456-00012", "Openba\u00e1r gemaakt op grond van de Woo"
    )
    assert nota.metadata.letterhead.count("WOO-123456-00012") == 1
    assert "Openbaar gemaakt op grond van de Woo" in nota.metadata.letterhead
    assert "123456" not in render(nota).split("# ", 1)[1]
    assert "gemaakt" not in render(nota).split("# ", 1)[1]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting", "Communicatie"]
    read = [d.message for d in nota.diagnostics if d.code == "ocr-vocabulary"]
    assert any("'WO0O0-123456-00012'" in m for m in read)


def _ocr_nota_with_a_later_head(later: Callable[[Page], None]) -> Nota:
    """A two-page nota of an OCR layer: page 1 (:func:`_ocr_lorem_page`) with its colofon column
    ("Ons kenmerk" / "DGA-DAD / 24187352", "Datum" / "3 juni 2024", 7 points), page 2 drawn by
    ``later``, then a heading and a paragraph."""
    page = _ocr_lorem_page(Page())
    for k, (label, value) in enumerate([("Ons kenmerk", "DGA-DAD / 24187352"), ("Datum", "3 juni 2024")]):
        _ocr_words_line(page, 466, 150 + 26 * k, label, 3.5, size=7)
        _ocr_words_line(page, 466, 160 + 26 * k, value, 3.5, size=7)
    page.canvas.showPage()
    later(page)
    _ocr_words_line(page, 79, 200, "Communicatie", 5)
    _ocr_words_line(page, 79, 212, "De Kamerbrief wordt na uw besluit verzonden.", 5)
    return load_both(page.pdf())


def test_a_later_running_head_split_at_an_ocr_word_gap_is_furniture() -> None:
    """Page 2's running head, set right at the top ("Datum 3 juni 2024" / "Ons kenmerk DGA-DAD /
    24187352"), its reference starting just left of the colofon column's edge: the layer boxes
    its words apart, an em between them, so the row was cut there ("/ 24187352" to the column,
    "Ons kenmerk DGA-DAD" left in the body, a paragraph of page 2). On a later page a word at a
    word's gap from the one before goes on its line, also under the column's first line."""

    def later(page: Page) -> None:
        _ocr_words_line(page, 475, 40, "Datum 3 juni 2024", 3.5, size=7)
        _ocr_words_line(page, 415, 50, "Ons kenmerk", 3.5, size=7)
        _ocr_words_line(page, 464, 50, "DGA-DAD", 3.5, size=7)
        _ocr_words_line(page, 492, 50, "/ 24187352", 3.5, size=7)

    nota = _ocr_nota_with_a_later_head(later)
    assert "kenmerk" not in render(nota).split("# ", 1)[1]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting", "Communicatie"]


def test_a_later_colofon_value_on_a_headings_row_in_an_ocr_layer_is_furniture() -> None:
    """Page 2's short colofon in the column, its value misread ("nes") and boxed as large as the
    heading beside it, on one line of the layer: a row right under a label of the column is
    that label's value, furniture with it (it was read back into the body by its size, as
    more of the heading: "Uitvoering nes")."""

    def later(page: Page) -> None:
        _ocr_words_line(page, 466, 150, "Ons kenmerk", 3.5, size=7)
        _ocr_words_line(page, 79, 158, "Uitvoering", 6, size=12)
        _ocr_words_line(page, 466, 158, "nes", 6, size=12)
        _ocr_words_line(page, 79, 172, "DJI start de voorbereiding direct na uw besluit.", 5)

    nota = _ocr_nota_with_a_later_head(later)
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting", "Uitvoering", "Communicatie"]
    assert "nes" not in render(nota).split()


def _ocr_kern_page(lines: Sequence[str], indent: float) -> Nota:
    """A nota page of an OCR layer (each word boxed 5 points a letter): Aan and Van rows, a
    title, the section "Kern" with ``lines`` set ``indent`` right of the body's edge, and the
    section "Toelichting" with one paragraph."""
    page = Page()
    _ocr_words_line(page, 79, 150, "Aan: Staatssecretaris van SZW", 5)
    _ocr_words_line(page, 79, 164, "Van: DG Werk", 5)
    _ocr_words_line(page, 79, 190, "Verhoging van de maximum uurprijs", 5)
    _ocr_words_line(page, 79, 230, "Kern", 5)
    for k, line in enumerate(lines):
        _ocr_words_line(page, 79 + indent, 242 + 12 * k, line, 5)
    top = 242 + 12 * len(lines) + 22
    _ocr_words_line(page, 79, top, "Toelichting", 5)
    _ocr_words_line(page, 79, top + 12, "De Belastingdienst heeft een uitvoeringstoets gedaan.", 5)
    return load_both(page.pdf())


@pytest.mark.parametrize("indent", [18.0, 0.0])
def test_items_whose_marks_an_ocr_layer_lost_are_a_list(indent: float) -> None:
    """A list whose dashes an OCR layer lost, each one: its items' lines start a bullet's tab right
    of the lines above and below (``indent``), each item a sentence ending its line. They are the
    items of a bulleted list (they were paragraphs). Sentences at the text's own edge stay
    paragraphs."""
    lines = [
        "De maximum uurprijs voor dagopvang stijgt per 1 januari.",
        "Voor buitenschoolse opvang geldt de gewone indexatie van",
        "de uurprijs.",
        "De verhoging komt bovenop de hogere toeslag.",
    ]
    nota = _ocr_kern_page(lines, indent)
    items = (
        "De maximum uurprijs voor dagopvang stijgt per 1 januari.",
        "Voor buitenschoolse opvang geldt de gewone indexatie van de uurprijs.",
        "De verhoging komt bovenop de hogere toeslag.",
    )
    assert [s.heading for s in nota.sections] == ["Kern", "Toelichting"]
    if indent:
        assert nota.sections[0].blocks == (ItemList(items=items),)
    else:
        assert all(isinstance(b, Paragraph) for b in nota.sections[0].blocks)


@pytest.mark.parametrize(
    "lines",
    [
        [  # (each line a sentence, none wrapping: set line by line)
            "Netbeheerders kunnen de vraag van bedrijven niet bijhouden.",
            "Het kabinet neemt maatregelen om de wachtlijst te verkorten.",
            "Daarvoor is in 2025 extra geld nodig voor de uitbreiding.",
        ],
        [  # (wrapped at the measure, where a sentence happens to end)
            "Netbeheerders kunnen de vraag van de bedrijven niet bijhouden.",
            "Het kabinet neemt nu maatregelen om de wachtlijst te verkorten",
            "en de netten sneller uit te breiden.",
        ],
    ],
)
def test_an_indented_paragraph_of_an_ocr_layer_is_no_list_whose_marks_were_lost(lines: list[str]) -> None:
    """An indented paragraph of an OCR layer whose lines end sentences: no item wraps under its
    text (each line a sentence of its own, as a list of one-line items whose marks were lost would
    be too: the layer shows no mark, so none is made), or no line breaks before a word it had room
    for (a wrapped paragraph, whose sentence ends at the measure). It is a paragraph (it was read
    as a list whose every bullet the layer lost)."""
    nota = _ocr_kern_page(lines, 15.0)
    assert [s.heading for s in nota.sections] == ["Kern", "Toelichting"]
    assert nota.sections[0].blocks == (Paragraph(text=" ".join(lines)),)


def test_a_lone_semicolon_standing_apart_in_an_ocr_layer_is_a_speck() -> None:
    """A speck read as a semicolon, alone on a row between the head's rows and the title: no
    line of its own (it was taken for the title, then left out as a mark: the title was empty
    and the real title a paragraph)."""
    page = Page()
    _ocr_words_line(page, 79, 150, "Aan: Minister van Justitie en Veiligheid", 5)
    _ocr_words_line(page, 79, 164, "Van: DG Straffen en Beschermen", 5)
    _ocr_word(page, 384, 182, ";", 0.4, size=11)
    _ocr_words_line(page, 79, 197, "Capaciteit van het gevangeniswezen", 5.5, size=11)
    _ocr_words_line(page, 79, 230, "Aanleiding", 5)
    _ocr_words_line(page, 79, 242, "De capaciteit van het gevangeniswezen staat onder druk.", 5)
    nota = load_both(page.pdf())
    assert nota.title == "Capaciteit van het gevangeniswezen"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_ocr_words_that_overlap_and_join_into_one_run_are_read() -> None:
    """A speck read as a narrow word ("Ì", less than half a point wide) at the place where the next
    word starts: the two overlap, so the line's characters were read run by run, and the runs
    joined into one, the line itself, read run by run again without end (a RecursionError). One
    run is the line read as it is."""
    page = _ocr_lorem_page(Page())
    _ocr_word(page, 216.5, 500, "\u00cc", 0.43)
    _ocr_words_line(page, 216.5, 500, "in de uitwerking", 5)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Toelichting"]
    assert "uitwerking" in words(nota)


def test_first_line_indents_in_a_narrow_column_start_paragraphs() -> None:
    """Paragraphs set apart only by their first line's indent (no space between them), in a
    narrow column: each indented line after a sentence's end, with the line under it back at
    the margin, starts a paragraph; the lines under it go on in it (no list items)."""
    paragraphs = [
        "De persconferentie begint om half zeven in de perszaal. U opent met een korte "
        "verklaring over de begroting en neemt daarna vragen van de pers.",
        "Wij verwachten vragen over de asielinstroom en over de formatie. Voor beide onderwerpen "
        "is een korte lijn opgesteld, die u morgenochtend ontvangt.",
        "De woordvoerder van het ministerie is aanwezig voor technische vragen over de cijfers.",
    ]
    page = _nota_page([("Aan", "MP"), ("Van", "RVD")], "Opzet persconferentie")
    page.width = 240
    page.line("Toelichting", BOLD)
    for text in paragraphs:
        page.indented(text)
    page.line("Vervolg", BOLD)
    page.para("U ontvangt morgen de lijnen.")
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Toelichting", paragraphs),
        ("Vervolg", ["U ontvangt morgen de lijnen."]),
    ]


@pytest.mark.parametrize("pad", [6.0, 0.0])
def test_two_columns_of_prose_under_a_bold_header_are_read_cell_by_cell(pad: float) -> None:
    """A table of two prose cells under a bold header ("Voordelen  Nadelen"), padded, no rules: the left
    cell's wrapped lines run up to the right column's padding (a gap narrower than a tab), so
    each line splits where the header's second column starts; the row is its left cell's text,
    then its right cell's, not the two interleaved line by line."""
    pros = (
        "Een tender per regio geeft kleinere partijen een kans en spreidt het risico over meer "
        "exploitanten. De eerste ronde laat zien dat de prijzen per laadsessie dan lager uitvallen."
    )
    cons = (
        "De uitvoering vraagt meer capaciteit van Rijkswaterstaat, omdat elke regio een eigen "
        "beoordeling krijgt. De planning van de tweede ronde schuift daardoor drie maanden op."
    )
    page = _nota_page([("Aan", "MIenW"), ("Van", "DGMo")], "Tweede tenderronde")
    page.line("Afweging", BOLD)
    page.para("Hieronder staan de belangrijkste punten.")
    page.table([["Voordelen", "Nadelen"], [page.wrap(pros, 180), page.wrap(cons, 180)]], [79, 264], pad=pad)
    page.para("Wij adviseren de tender per regio.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        "Hieronder staan de belangrijkste punten.",
        "Voordelen Nadelen",
        f"{pros} {cons}",
        "Wij adviseren de tender per regio.",
    ]


@pytest.mark.parametrize("one", ["l.", "|", "I."])
def test_an_attachment_table_with_its_first_number_read_as_a_stroke_in_an_ocr_layer(one: str) -> None:
    """An OCR layer's attachment table whose row 1 has its number read as a stroke ("l.", "|",
    "I."), the column's other rows numbered 2, 3: the first row is row 1 (it was a paragraph, the
    others a list from 2, the header row unplaced)."""
    ocr = _ocr_font()
    page = _ocr_head(ocr, "Minister van BZK", "DG Wonen")
    page.text(79, 210, "Voortgang van de woningbouwimpuls", ocr, 12)
    page.y = 260
    page.text(79, page.y, "Aanleiding", ocr)
    page.line("De Tweede Kamer heeft gevraagd om een stand van zaken.", ocr, 79)
    page.y += 20
    page.text(79, page.y, "Bijlagen", ocr)
    page.y += 17
    page.text(79, page.y, "Nr.", ocr, 10)
    page.text(110, page.y, "Titel", ocr, 10)
    names = ["Kamerbrief woningbouwimpuls", "Overzicht toekenningen", "Advies van de Raad"]
    for number, name in zip([one, "2.", "3."], names, strict=True):
        page.y += 15
        page.text(79, page.y, number, ocr, 10)
        page.text(110, page.y, name, ocr, 10)
    nota = load_both(page.pdf())
    assert [(a.number, a.name) for a in nota.attachments] == list(enumerate(names, 1))
    assert nota.unplaced == ()


@pytest.mark.parametrize("pad", [0.0, 5.0])
def test_a_tight_table_s_first_cells_wrapping_onto_a_capital_stay_in_their_rows(pad: float) -> None:
    """An unpadded table without rules (its first row at the line lead under the header) whose
    rows stand a little further apart than its cells' wrapped lines, or apart by a space less
    than a blank line: a first cell that wraps onto a word with a capital ("Vereniging van
    Nederlandse" / "Gemeenten") stays in its row, beside a second cell that goes on in lower
    case after no sentence's end, or alone on its line; a line at the rows' pitch whose second
    cell opens a sentence is the next row (the table did not end at the first such space)."""
    rows = [
        (
            ["Vereniging van Nederlandse", "Gemeenten"],
            ["Steunt het voorstel en vraagt om een", "snelle invoering."],
        ),
        (["Interprovinciaal Overleg"], ["Wil dezelfde ruimte voor provincies."]),
        (["College voor de", "Rechten van de Mens"], ["Geen bezwaar."]),
        (["Kiesraad"], ["Geen bezwaar."]),
    ]
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOO")], "Digitaal vergaderen")
    page.line("Krachtenveld", BOLD)
    page.para("De partijen kijken als volgt naar het voorstel:")
    page.table([["Partij", "Standpunt"], *rows], [79, 250], pad=pad, head_pad=0.0)
    page.para("Wij verwerken de reacties in de toelichting.")
    nota = load_both(page.pdf())
    assert [b.text for b in nota.sections[0].blocks] == [
        "De partijen kijken als volgt naar het voorstel:",
        "Partij Standpunt",
        *(" ".join(left + right) for left, right in rows),
        "Wij verwerken de reacties in de toelichting.",
    ]


@pytest.mark.parametrize("options", ["Akkoord / Niet akkoord", "Akkoord / niet akkoord / besproken"])
def test_a_decision_box_s_options_row_is_a_paragraph_of_its_own(options: str) -> None:
    """A framed decision box on page 1: its decision sentence, then its row of options right
    under it at the line lead; the options are a row of the box, not the end of the sentence's
    paragraph (the sentence fills most of the box's measure)."""
    decision = "Akkoord met de planning van de herstelonderdelen in de tabel hieronder."
    page = _nota_page([("Aan", "StasFin"), ("Van", "DGHT")], "Planning herstel toeslagen")
    page.line("Beslissing", BOLD)
    page.framed([decision, options])
    page.line("Toelichting", BOLD)
    page.para("Twee onderdelen lopen volgens plan.")
    nota = load_both(page.pdf())
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Beslissing", [decision, options]),
        ("Toelichting", ["Twee onderdelen lopen volgens plan."]),
    ]


@pytest.mark.parametrize("second", [250.0, 280.0])
def test_table_in_an_ocr_layer_reads_a_row_a_paragraph(second: float) -> None:
    """An OCR layer's two-column table ("Partij | Standpunt"), no bold header (a layer has no
    weights), its cells wrapped over lines, the left ones onto a capital: its header was a
    heading and each row's two cells' lines interleaved. The cells' starts line up under the
    header's over the rows: the header and each row a paragraph, cells in order."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Standpunten over digitaal vergaderen")
    page.line("Krachtenveld", ocr)
    page.para("De partijen kijken als volgt naar het voorstel:", ocr)
    rows = [
        (
            ["Vereniging van Nederlandse", "Gemeenten"],
            ["Steunt het voorstel en vraagt", "om een snelle invoering."],
        ),
        (["Interprovinciaal Overleg"], ["Wil dezelfde ruimte", "als de gemeenten."]),
        (["Kiesraad"], ["Geen bezwaar."]),
        (["College voor de", "Rechten van de Mens"], ["Vraagt aandacht voor de", "toegankelijkheid."]),
    ]
    page.text(79, page.y, "Partij", ocr, 10)
    page.text(second, page.y, "Standpunt", ocr, 10)
    page.y += page.lead + 4
    for left, right in rows:
        for k, text in enumerate(left):
            page.text(79, page.y + k * page.lead, text, ocr, 10)
        for k, text in enumerate(right):
            page.text(second, page.y + k * page.lead, text, ocr, 10)
        page.y += max(len(left), len(right)) * page.lead + 4
    page.y += page.lead
    page.line("Vervolg", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Krachtenveld", "Vervolg"]
    assert nota.sections[0].blocks[1:] == (
        Paragraph(text="Partij Standpunt"),
        *(Paragraph(text=" ".join(left + right)) for left, right in rows),
    )


def test_justified_prose_in_an_ocr_layer_is_no_table() -> None:
    """Lines of prose set justified in an OCR layer, one with a wide gap: no table (their wide
    gaps do not line up over rows, and a line runs on past where a second column would start)."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Financiering van Slachtofferhulp Nederland")
    page.line("Aanleiding", ocr)
    lines = [("Slachtofferhulp", "vraagt een hogere bijdrage voor 2025"), ("omdat", "het aantal aanvragen")]
    for left, right in lines:
        page.text(79, page.y, left, ocr, 10)
        page.text(250, page.y, right, ocr, 10)
        page.y += page.lead
    for text in ["met een kwart is gestegen en de organisatie anders niet alle", "slachtoffers kan helpen."]:
        page.text(79, page.y, text, ocr, 10)
        page.y += page.lead
    page.y += page.lead
    page.line("Kern", ocr)
    page.para(LOREM, ocr)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Kern"]
    assert len(nota.sections[0].blocks) == 1


def test_rows_of_an_ocr_layer_s_table_stand_apart_by_their_tops() -> None:
    """An OCR layer's timetable, its rows at the line gap, a table's rule read as a tall "|" on
    one row (its box reaching down to the next line's), a row's first cell wrapped onto a line
    opening with a bracket ("Doorlopend:" / "(ook na 22 september)"). The "|" set the next row's
    line closer under it than the rows stand apart, so that row went on in the row above ("Week
    van 14 september Doorlopend: (ook na ...) bespreking in de MCC input ..."): an OCR layer's
    lines stand apart by their tops, and a first cell opening in lower case after its bracket
    goes on in the row."""
    ocr = _ocr_font()
    page = _ocr_body_page(ocr, "Vervolg van de gereedschapskist")
    page.line("Vervolgproces", ocr)
    page.para("De planning ziet er als volgt uit:", ocr)
    rows = [
        (["2-4 september:"], ["ophalen input bij alle departementen"]),
        (["8 september:"], ["bespreking in het DOC"]),
        (["10 september:"], ["bespreking in de ACC"]),
        (["Week van 14 september"], ["bespreking in de MCC"]),
        (
            ["Doorlopend:", "(ook na 22 september)"],
            [
                "input vanuit departementen op basis van",
                "eigen ervaringen, overleg",
                "met de achterban, etc.",
            ],
        ),
    ]
    for left, right in rows:
        for k, text in enumerate(left):
            page.text(79, page.y + k * page.lead, text, ocr, 10)
        for k, text in enumerate(right):
            page.text(230, page.y + k * page.lead, text, ocr, 10)
        if left[0].startswith("Week"):
            page.text(214, page.y + 3, "|", ocr, 13)  # (the rule, its box down to the next line)
        page.y += max(len(left), len(right)) * page.lead
    page.y += page.lead
    page.line("Toelichting", ocr)
    page.para(LOREM, ocr)
    data = page.pdf()
    text = marked(data)
    assert "\n\nWeek van 14 september bespreking in de MCC\n\n" in text
    assert (
        "\n\nDoorlopend: (ook na 22 september) input vanuit departementen op basis van eigen ervaringen,"
        " overleg met de achterban, etc.\n" in text
    )
    assert "de achterban" in words(load_both(data))


def test_headings_in_small_caps_are_headings() -> None:
    """Headings set in small caps in the regular weight (capitals at two sizes), each alone on
    its line over its text, are headings: a known one over a table's header row or right over
    its paragraph, and another of their shape, beside a bold heading; "LET OP:" opening a
    paragraph's first line and the purpose in the colofon are no headings ("AANLEIDING" ran
    into its paragraph's first line, "BESLISPUNTEN" was a paragraph)."""
    page = _nota_page([("Aan", "de Minister van LVVN"), ("Van", "Directie Visserij")], "Visserijquota 2025")
    page.small_caps("Beslispunten")
    page.text(page.left, page.y, "Beslispunt")
    page.text(300, page.y, "Akkoord")
    page.text(360, page.y, "Niet akkoord")
    page.y += 2 * page.lead
    page.small_caps("Aanleiding")
    page.para(LOREM)
    page.para("LET OP: de Raad besluit op 10 december. " + LOREM)
    page.small_caps("Inzet in de Raad")
    page.para(LOREM)
    page.line("Gevolgen voor de kottervloot", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == [
        "BESLISPUNTEN",
        "AANLEIDING",
        "INZET IN DE RAAD",
        "Gevolgen voor de kottervloot",
    ]
    aanleiding = nota.sections[1].blocks
    assert [type(b) for b in aanleiding] == [Paragraph, Paragraph]
    assert isinstance(aanleiding[1], Paragraph)
    assert aanleiding[1].text.startswith("LET OP: de Raad")
    assert nota.metadata.purpose is not None


def test_a_signature_and_a_marking_in_capitals_are_no_headings() -> None:
    """Beside headings in small caps, a signature in small caps over the signatory's name ("DE
    DIRECTEUR VISSERIJ" / "drs. J.P. van der Meer") and a one-line paragraph of capitals with
    words after a colon ("NB: DEZE PASSAGE IS DEPARTEMENTAAL VERTROUWELIJK") are text, not
    headings shaped as the page's known capitals headings (review53 near misses)."""
    page = _nota_page([("Aan", "de Minister van LVVN"), ("Van", "Directie Visserij")], "Visserijquota 2026")
    page.small_caps("Aanleiding")
    page.para(LOREM)
    page.small_caps("NB: deze passage is departementaal vertrouwelijk")
    page.para(LOREM)
    page.small_caps("Advies")
    page.para("Wij adviseren u de brief te ondertekenen.")
    page.small_caps("De directeur Visserij")
    page.para("drs. J.P. van der Meer")
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["AANLEIDING", "ADVIES"]
    text = words(nota)
    assert "NB: DEZE PASSAGE IS DEPARTEMENTAAL VERTROUWELIJK" in text
    assert "DE DIRECTEUR VISSERIJ" in text


def _small_caps_nota(title: str, blocks: list[tuple[str, str]], *, new_page_at: int = -1) -> Nota:
    """A nota whose body is small-caps lines ("caps") and paragraphs ("para"), read by both
    backends; a new page starts before block ``new_page_at``."""
    page = _nota_page([("Aan", "de Minister van LVVN"), ("Van", "Directie Europese Zaken")], title)
    for k, (kind, text) in enumerate(blocks):
        if k == new_page_at:
            page.new_page()
        if kind == "caps":
            page.small_caps(text)
        else:
            page.para(text)
    return load_both(page.pdf())


def test_a_small_caps_heading_wrapped_onto_a_second_line_is_one_heading() -> None:
    """A heading in small caps too long for its line, wrapped onto a second line of capitals
    ("Inzet van Nederland in de Landbouw- en Visserijraad" / "van oktober 2025", the second line
    all small capitals) under a known heading of its shape, is one heading, its suspended
    compound's space kept ("LANDBOUW- EN"); it was text (review53 c3)."""
    nota = _small_caps_nota(
        "Inzet Landbouw- en Visserijraad",
        [
            ("caps", "Aanleiding"),
            ("para", LOREM),
            ("caps", "Inzet van Nederland in de Landbouw- en Visserijraad"),
            ("caps", "van oktober 2025"),
            ("para", LOREM),
            ("caps", "Advies"),
            ("para", "Wij adviseren u in te stemmen met de inzet."),
        ],
    )
    assert [s.heading for s in nota.sections] == [
        "AANLEIDING",
        "INZET VAN NEDERLAND IN DE LANDBOUW- EN VISSERIJRAAD VAN OKTOBER 2025",
        "ADVIES",
    ]


def test_a_small_caps_heading_shaped_as_a_known_one_on_an_earlier_page_is_a_heading() -> None:
    """A heading in small caps on page 2, whose words are no known heading and whose page has no
    known heading in small caps, has the shape of page 1's ("AANLEIDING"): a heading (the layout
    looks for the shape on the document's pages; main found this one too, by another path)."""
    nota = _small_caps_nota(
        "Visserijquota 2026",
        [
            ("caps", "Aanleiding"),
            ("para", LOREM),
            ("para", LOREM),
            ("caps", "Inzet in de Raad"),
            ("para", LOREM),
        ],
        new_page_at=3,
    )
    assert [s.heading for s in nota.sections] == ["AANLEIDING", "INZET IN DE RAAD"]


def test_two_capitals_lines_of_a_signature_or_an_address_are_no_heading() -> None:
    """Two lines of small caps that are a signature (the office, then the signatory's name with
    initials) or an address (a unit, then its post box), at the shape of the page's known
    capitals headings and over a line of text, stay text (near misses of the wrapped heading)."""
    nota = _small_caps_nota(
        "Visserijquota 2026",
        [
            ("caps", "Aanleiding"),
            ("para", LOREM),
            ("caps", "Rijksdienst voor Ondernemend Nederland"),
            ("caps", "Postbus 40219"),
            ("para", "Zij voert de regeling uit."),
            ("caps", "Advies"),
            ("para", "Wij adviseren u de brief te ondertekenen."),
            ("caps", "De minister van Landbouw, Visserij, Voedselzekerheid"),
            ("caps", "F.M. Wiersma"),
            ("para", "Gezien en akkoord."),
        ],
    )
    assert [s.heading for s in nota.sections] == ["AANLEIDING", "ADVIES"]
    text = words(nota)
    assert "POSTBUS 40219" in text
    assert "F.M. WIERSMA" in text


def test_one_letter_contact_labels_m_and_e_in_a_colofon_are_fields() -> None:
    """A right colofon's one-letter contact labels beside "T": "M" (mobile) and "E" (e-mail), each
    a bold label over its value, are fields as "T" is (they went to the letterhead as "M: 06 ..."
    and "E:" apart from the address)."""
    page = Page()
    page.header([("Aan", "de Minister van Defensie"), ("Van", "DG Beleid")])
    page.text(170, 240, "Aanvulling van de munitievoorraden")
    page.colofon(
        [
            ("Behandelaar", "kol. J. de Wit"),
            ("T", "070 441 9111"),
            ("M", "06 5555 0123"),
            ("E", "j.dewit@mindef.nl"),
            ("Datum", "23 januari 2024"),
        ]
    )
    page.y = 300
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    fields = {f.label: f.value for f in nota.metadata.fields}
    assert fields["T"] == "070 441 9111"
    assert fields["M"] == "06 5555 0123"
    assert fields["E"] == "j.dewit@mindef.nl"
    assert not [e for e in nota.metadata.letterhead if "0123" in e or "@" in e]


@pytest.mark.parametrize(("pad", "paraph_pad"), [(6.0, 0.0), (6.0, 6.0), (1.75, 3.25)])
@pytest.mark.parametrize("marks", [("", ""), ("1. ", "2. ")])
def test_ruled_decision_form_is_no_heading(pad: float, paraph_pad: float, marks: tuple[str, str]) -> None:
    """A ruled decision form under its heading: a bold header row whose narrow cell wraps
    ("Niet" / "akkoord"), padded rows with text in the first column only (the boxes for a tick
    drawn, no text), and a last bold row for the paraph at the header's first cell (padded as
    the rows are, or not). The header is one row, its wrapped cell joined, each decision a row
    of its own, its wrapped lines joined, and neither the header nor "Paraaf minister" is a
    section heading (both were, the header's cell split off). Rows numbered in their first cell
    ("1. Akkoord te gaan met ...") stay rows with their numbers as printed (they were read as an
    ordered list, pdf53). Rows padded just under a blank line's space, with the paraph's row
    just over it (pdftocairo's font metrics move the lines so): the paraph is still a row (it
    was a heading, pdf54)."""
    page = _nota_page([("Aan", "MFin")], "Verdeling van de middelen")
    page.line("Beslispunten", BOLD)
    x = page.left + 3
    page.table(
        [
            ("Beslispunt", "Akkoord", ("Niet", "akkoord"), "Bespreken"),
            ((marks[0] + "Akkoord te gaan met de", "voorgestelde verdeling."), "", "", ""),
            ((marks[1] + "In te stemmen met de brief", "aan de Tweede Kamer."), "", "", ""),
        ],
        [x, x + 170, x + 225, x + 280],
        pad=pad,
    )
    page.text(x, page.y - pad + paraph_pad, "Paraaf minister", BOLD)
    page.y += 3 * page.lead
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [s.heading for s in nota.sections] == ["Beslispunten", "Aanleiding"]
    assert [(b.kind, b.text) for b in nota.sections[0].blocks] == [
        ("paragraph", "Beslispunt Akkoord Niet akkoord Bespreken"),
        ("paragraph", marks[0] + "Akkoord te gaan met de voorgestelde verdeling."),
        ("paragraph", marks[1] + "In te stemmen met de brief aan de Tweede Kamer."),
        ("paragraph", "Paraaf minister"),
    ]


def _pages_of_paragraphs(ends: Sequence[str], *, footer: str = "") -> tuple[bytes, list[list[str]]]:
    """Two pages of two-line paragraphs, the k-th paragraph of page n ending on its own line in
    ``ends[(k + n - 1) % len(ends)]`` (the ends go round), the last one's second line low on
    the page (at 770, in the bottom band, at the same place on both pages); ``footer`` (with
    "{n}" for the page's number) under it at 800. Returns the PDF and each section's
    paragraphs ("Aanleiding" on page 1, "Toelichting" on page 2)."""
    page = _nota_page([("Aan", "MFin")], "Herziene planning")
    sections: list[list[str]] = []
    for number, heading in ((1, "Aanleiding"), (2, "Toelichting")):
        if number == 2:
            page.new_page()
        page.line(heading, BOLD)
        texts: list[str] = []
        count = 4
        for k in range(count):
            if k == count - 1:
                page.y = 756
            first = f"Voor regio {number}.{k + 1} is de planning herzien en de raming bijgesteld, zoals"
            end = ends[(k + number - 1) % len(ends)]
            page.line(first)
            page.line(end)
            page.y += 0.7 * page.lead
            texts.append(f"{first} {end}")
        sections.append(texts)
        if footer:
            page.text(79, 800, footer.format(n=number), REGULAR, 7)
    return page.pdf(), sections


def test_a_line_repeated_in_the_body_low_on_every_page_is_no_furniture() -> None:
    """A one-line end of paragraph repeated on each page ("eerder aan de Kamer gemeld."), once at
    the same place low on both pages, is text, not furniture: furniture stands once on a page, so
    a line that the page prints in its body as well is content (it was moved to the letterhead
    and cut from every paragraph, eval29's Financiën nota). The real footer under it, "Pagina n
    van 2", stays furniture."""
    data, sections = _pages_of_paragraphs(["eerder aan de Kamer gemeld."], footer="Pagina {n} van 2")
    nota = load_both(data)
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", sections[0]),
        ("Toelichting", sections[1]),
    ]
    assert nota.metadata.letterhead == ()
    assert nota.metadata.page_count == 2


def test_a_running_footer_under_a_body_line_repeated_once_a_page_stays_furniture() -> None:
    """Near miss: the paragraphs' ends differ, a footer repeated at the same place on both pages
    ("Directie Financiering | Korte Voorhout 7") is furniture, kept once in the letterhead; the
    body's last lines, different, stay text."""
    data, sections = _pages_of_paragraphs(
        ["naar verwachting.", "zie bijlage 1.", "in het vorige overleg.", "eerder gemeld."],
        footer="Directie Financiering | Korte Voorhout 7",
    )
    nota = load_both(data)
    assert [(s.heading, [b.text for b in s.blocks]) for s in nota.sections] == [
        ("Aanleiding", sections[0]),
        ("Toelichting", sections[1]),
    ]
    assert nota.metadata.letterhead == ("Directie Financiering | Korte Voorhout 7",)


_DECISIONS = (
    "1. In te stemmen met de Nederlandse inzet voor de Europese Landbouw- en Visserijraad.",
    "2. In te stemmen met de bijgaande brief aan de Tweede Kamer.",
    "3. Kennis te nemen van de gevolgen voor de kottervloot.",
)


@pytest.mark.parametrize(
    "rows", [_DECISIONS, ("Akkoord met de inzet voor de Europese", "Landbouw- en Visserijraad", "Anders")]
)
def test_a_ruled_form_s_first_row_wrapped_onto_a_capital_stays_one_row(rows: tuple[str, ...]) -> None:
    """A ruled decision form (LVVN): a bold header on a grey box ("Beslispunt | Akkoord | Niet
    akkoord | Anders"), rows in 8.5 pt at 1.3 times that apart, their text in the first column
    only and a drawn check box in each other column, a bold "Paraaf minister" row. The first
    row's cell wraps onto a capital where its line left no room for that word before the next
    column ("... voor de Europese" / "Landbouw- en Visserijraad."): one row (it was two, the
    first row under the header not being compared with the rows' spacing). A row that leaves
    room ("Akkoord met de inzet voor de Europese" in a cell as wide) stays apart from the one
    under it."""
    assert _lvvn_form_sections(rows) == [
        ("BESLISPUNTEN", ["Beslispunt Akkoord Niet akkoord Anders", *rows, "Paraaf minister"]),
        ("AANLEIDING", [LOREM]),
    ]


def _lvvn_form_sections(rows: Sequence[str]) -> list[tuple[str | None, list[str | None]]]:
    """The sections (heading, blocks' texts) of a nota with the LVVN ruled decision form (see
    :func:`test_a_ruled_form_s_first_row_wrapped_onto_a_capital_stays_one_row`) holding ``rows``,
    read by both backends."""
    page = _nota_page([("Aan", "de Minister van LVVN"), ("Van", "Directie Visserij")], "Visserijquota 2025")
    page.small_caps("Beslispunten")
    # (the first column 247 pt wide: "... voor de Europese" leaves 14.8 pt, "Landbouw-" is 42 pt)
    xs = [79.0, 326.0, 386.0, 446.0, 496.0]
    page.form(["Beslispunt", "Akkoord", "Niet akkoord", "Anders"], rows, xs, paraph="Paraaf minister")
    page.small_caps("Aanleiding")
    page.para(LOREM)
    nota = load_both(page.pdf())
    return [(s.heading, [getattr(b, "text", None) for b in s.blocks]) for s in nota.sections]


@pytest.mark.parametrize(
    "rows",
    [
        (
            "Akkoord met de inzet voor de Europese Visserijraad",
            "Instemmen met de brief aan de Kamer",
            "Anders",
        ),
        (
            "Instemmen met de brief",
            "Akkoord met de inzet voor de Europese Visserijraad",
            "Kennis nemen van de gevolgen",
        ),
    ],
)
def test_a_ruled_form_s_full_row_without_a_stop_stays_apart_from_the_padded_row_under_it(
    rows: tuple[str, ...],
) -> None:
    """Near miss of the wrap above (review58 f1): the first row fills its cell with no full stop
    ("... voor de Europese Visserijraad", no room left for "Instemmen"), and the next row stands
    under it as far as the first row under the header (the cells' padding, more than a line
    gap): a row of its own (it was joined to the first). The same under a later row stays
    apart too."""
    assert _lvvn_form_sections(rows) == [
        ("BESLISPUNTEN", ["Beslispunt Akkoord Niet akkoord Anders", *rows, "Paraaf minister"]),
        ("AANLEIDING", [LOREM]),
    ]


@pytest.mark.parametrize(
    ("marks", "numbers"),
    [(["A.", "B.", "C."], ["A", "B", "C"]), (["I.", "II.", "III."], ["I", "II", "III"])],
)
def test_bold_headings_lettered_in_a_run_are_numbered(marks: list[str], numbers: list[str]) -> None:
    """Bold headings lettered A. B. C. (or I. II. III.) are numbered sections: the mark is the
    number, the words after it the heading (the mark stayed in the heading, number None)."""
    page = _nota_page([("Aan", "MJenV"), ("Van", "DGMI")], "Achterstanden bij de IND")
    for mark, heading in zip(marks, ["Aanleiding", "Voorstel", "Vervolg"], strict=True):
        page.line(f"{mark} {heading}", BOLD)
        page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(s.number, s.heading) for s in nota.sections] == list(
        zip(numbers, ["Aanleiding", "Voorstel", "Vervolg"], strict=True)
    )


@pytest.mark.parametrize(
    ("printed", "units"),
    [
        (("Rijkswaterstaat", "DGWB", "FEZ"), ("Rijkswaterstaat", "DGWB", "FEZ")),
        (("Directie Bestuur en", "Financi\u00ebn"), ("Directie Bestuur en Financi\u00ebn",)),
    ],
)
def test_colofon_value_keeps_its_printed_lines(printed: tuple[str, str], units: tuple[str, ...]) -> None:
    """A colofon value printed over several rows keeps them as its lines (Field.lines): "Afgestemd
    met" printed one unit a row gives each row's unit; a unit's name wrapped over two rows stays
    one unit."""
    page = Page()
    page.header([("Aan", "MIenW"), ("Van", "DGWB")])
    page.text(170, 268, "Stremming sluis Eefde")
    page.colofon([*_COLOFON, ("Afgestemd met", "\n".join(printed))])
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    field = next(f for f in nota.metadata.fields if f.label == "Afgestemd met")
    assert field.lines == printed
    assert nota.metadata.coordinated_with == units


@pytest.mark.parametrize("last", [True, False], ids=["at-the-end", "over-a-heading"])
def test_a_number_alone_under_a_paragraph_is_kept(last: bool) -> None:
    """A number alone on its line under a paragraph ("Het aantal aanvragen was" / "5."), no item
    after it, is text of the nota on both backends, never a list mark dropped."""
    page = _nota_page([("Aan", "MFin"), ("Van", "DGFZ")], "Evaluatie subsidieregeling")
    page.line("Aanleiding", BOLD)
    page.para("Het aantal aanvragen was")
    page.line("5.")
    if not last:
        page.line("Advies", BOLD)
        page.para("Wij adviseren u in te stemmen.")
    nota = load_both(page.pdf())
    assert "5." in [b.text for b in nota.sections[0].blocks if isinstance(b, Paragraph)]


def _glued_table_page(head: list[str], overlap: float) -> bytes:
    """An attachment table whose two head cells are set flush, the second's capital drawn
    ``overlap`` points over the end of the first ("VolgnummerNaam"), the number column as wide as
    its head."""
    page = Page()
    page.header([("Aan", "MJenV")])
    page.text(170, 268, "Aanbieding rapporten")
    page.colofon([*_COLOFON, ("Bijlagen", "2")])
    page.y = 320
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    top = page.y
    second = 82 + page.canvas.stringWidth(head[0], BOLD, page.size) - overlap
    page.text(82, top, head[0], BOLD)
    page.text(second, top, head[1], BOLD)
    for k, name in enumerate(["Kamerbrief over de doorlooptijden", "Advies Raad van State"], 1):
        page.text(82, top + 19 * k, str(k))
        page.text(second, top + 19 * k, name)
    page.y = top + 60
    page.line("Afstemming", BOLD)
    page.para("Afgestemd met DGSenB.")
    return page.pdf()


@pytest.mark.parametrize("overlap", [0.6, 1.2])
@pytest.mark.parametrize("head", [["Volgnummer", "Naam"], ["Bijlagenummer", "Titel"]])
def test_a_table_head_set_flush_with_a_capital_over_the_word_before(head: list[str], overlap: float) -> None:
    """Two head cells set flush, the second's capital drawn over the end of the first's last
    letter ("VolgnummerNaam", by 0.6 or 1.2 points, more than kerning moves a letter): two words,
    so the head is the attachment table's (it was one word, and the rows were paragraphs)."""
    nota = load_both(_glued_table_page(head, overlap))
    assert [(a.number, a.name) for a in nota.attachments] == [
        (1, "Kamerbrief over de doorlooptijden"),
        (2, "Advies Raad van State"),
    ]


def _runs_page(parts: list[str], overlap: float) -> bytes:
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOO")], "Voortgang programma")
    page.line("Aanleiding", BOLD)
    page.runs(79, page.y, parts, overlap)
    page.y += 1.7 * page.lead
    page.line("Advies", BOLD)
    page.para("Akkoord gaan met het voorstel.")
    return page.pdf()


@pytest.mark.parametrize(
    ("parts", "text"),
    [
        (["Onze referentie", "Datum 12 maart"], "Onze referentie Datum 12 maart"),
        (["Contactpersoon", "Directie Wetgeving"], "Contactpersoon Directie Wetgeving"),
    ],
)
def test_a_capital_drawn_over_the_end_of_the_word_before_starts_a_word(parts: list[str], text: str) -> None:
    """A label and the next word set flush, the capital drawn 0.8 points over the label's last
    letter: two words ("Onze referentieDatum" was one)."""
    nota = load_both(_runs_page(parts, 0.8))
    assert nota.sections[0].blocks[0].text == text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "parts",
    [
        # capitals inside a word at their natural place
        ["Subsidie via ZonMw voor DigiD bij McDonald, IenW en OCenW"],
        # two runs drawn closer than kerning moves a letter (0.2 points)
        ["Het besluit", "Kamerbrief"],
    ],
)
def test_a_capital_inside_a_word_or_kerned_close_stays_in_its_word(parts: list[str]) -> None:
    """Near misses: a word's own capitals ("ZonMw", "DigiD") and a capital drawn a little into
    the letter before (0.2 points, as kerning does) stay in their word."""
    nota = load_both(_runs_page(parts, 0.2))
    assert nota.sections[0].blocks[0].text == "".join(parts)  # type: ignore[union-attr]


def test_a_word_set_tightly_throughout_stays_one_word() -> None:
    """Every letter of a word drawn 0.6 points into the one before (tight tracking), its inner
    capitals too ("ZonMwDigiD" as one run): the capitals overlap no more than the other letters,
    so the word is not split."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOO")], "Voortgang programma")
    page.line("Aanleiding", BOLD)
    x = 79.0
    for ch in "ZonMwDigiD":
        page.text(x, page.y, ch)
        x += page.canvas.stringWidth(ch, "Helvetica", page.size) - 0.6
    page.y += 1.7 * page.lead
    page.line("Advies", BOLD)
    page.para("Akkoord gaan met het voorstel.")
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks[0].text == "ZonMwDigiD"  # type: ignore[union-attr]


def test_a_capital_drawn_over_the_word_before_in_one_text_object_starts_a_word() -> None:
    """The two words in one text object, the second moved back by a kerning adjustment of 0.09
    em ("[(Onze referentie) 90 (Datum 12 maart)] TJ", as a word processor writes tight
    tracking): read as two words by both character sources (PDFium gave them as one piece)."""
    page = _nota_page([("Aan", "MBZK"), ("Van", "DGOO")], "Voortgang programma")
    page.line("Aanleiding", BOLD)
    # (reportlab names the first font it sets, Helvetica, /F1)
    baseline = page.height - page.y - 0.8 * page.size
    # (a TJ array with a number, which reportlab does not write)
    page.canvas._code.append(
        f"BT /F1 {page.size} Tf 1 0 0 1 79 {baseline:.2f} Tm [(Onze referentie) 90 (Datum 12 maart)] TJ ET"
    )
    page.y += 1.7 * page.lead
    page.line("Advies", BOLD)
    page.para("Akkoord gaan met het voorstel.")
    nota = load_both(page.pdf())
    assert nota.sections[0].blocks[0].text == "Onze referentie Datum 12 maart"  # type: ignore[union-attr]


def _grid_page(rows: Sequence[Sequence[tuple[float, str, str]]], after: Sequence[str] = ()) -> bytes:
    """Header rows of (x, text, font) runs 14 pt apart from 200 (a grid's label|value cells),
    the given regular lines under them, then a bold title and a known section."""
    page = Page()
    top = 200.0
    for row in rows:
        for x, text, font in row:
            page.text(x, top, text, font)
        top += 14
    for text in after:
        page.text(79, top, text)
        top += 14
    page.y = top + 30
    page.line("Herziening van de subsidieregeling", BOLD)
    page.y += 8
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    return page.pdf()


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            # (the row is wider than most of the page, its pairs closer than tab stops)
            [
                [
                    (79, "Aan", BOLD),
                    (105, "Staatssecretaris van Volksgezondheid, Welzijn en Sport", REGULAR),
                    (354, "Van", BOLD),
                    (378, "DGLZ", REGULAR),
                ]
            ],
            [("Aan", "Staatssecretaris van Volksgezondheid, Welzijn en Sport"), ("Van", "DGLZ")],
            id="bold-one-row",
        ),
        pytest.param(
            [
                [
                    (79, "Aan", BOLD),
                    (105, "Minister van Binnenlandse Zaken en Koninkrijksrelaties", REGULAR),
                    (352, "Datum", BOLD),
                    (400, "13 februari 2024", REGULAR),
                ],
                [
                    (79, "Van", BOLD),
                    (105, "Directeur-generaal Overheidsorganisatie", REGULAR),
                    (352, "Kenmerk", BOLD),
                    (400, "2024-0000012345", REGULAR),
                ],
            ],
            [
                ("Aan", "Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
                ("Datum", "13 februari 2024"),
                ("Van", "Directeur-generaal Overheidsorganisatie"),
                ("Kenmerk", "2024-0000012345"),
            ],
            id="bold-two-rows",
        ),
        pytest.param(
            # (all in one type: cells apart by wide gaps; "Kenmerk" nearly fills its cell)
            [
                [
                    (79, "Aan", REGULAR),
                    (130, "MinBZK", REGULAR),
                    (260, "Datum", REGULAR),
                    (310, "13 februari 2024", REGULAR),
                ],
                [
                    (79, "Van", REGULAR),
                    (130, "DGDOO", REGULAR),
                    (260, "Kenmerk", REGULAR),
                    (310, "2024-0000012345", REGULAR),
                ],
            ],
            [
                ("Aan", "MinBZK"),
                ("Datum", "13 februari 2024"),
                ("Van", "DGDOO"),
                ("Kenmerk", "2024-0000012345"),
            ],
            id="regular-cells",
        ),
        pytest.param(
            [
                [
                    (79, "Aan:", REGULAR),
                    (125, "MinOCW", REGULAR),
                    (180, "Van:", REGULAR),
                    (230, "DGHO", REGULAR),
                    (290, "Datum:", REGULAR),
                    (340, "1 juni 2024", REGULAR),
                ]
            ],
            [("Aan", "MinOCW"), ("Van", "DGHO"), ("Datum", "1 juni 2024")],
            id="regular-three-pairs-with-colons",
        ),
    ],
)
def test_a_header_row_of_label_value_pairs_side_by_side(
    rows: list[list[tuple[float, str, str]]], expected: list[tuple[str, str]]
) -> None:
    """Templates that print the header as a grid, two or three label|value pairs on one row
    ("Aan  MinBZK  Datum  13 februari 2024"), with bold labels or all in one type as a table's
    cells: each pair is a field. The second pair was read into the first one's value ("Aan:
    MinBZK Datum 13 februari 2024"), or the row, wider than most of the page, ended the header
    (no fields, the row a paragraph)."""
    nota = load_both(_grid_page(rows))
    assert [(f.label, f.value) for f in nota.metadata.fields] == expected
    assert nota.title == "Herziening van de subsidieregeling"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


@pytest.mark.parametrize(
    "line",
    [
        # (a sentence set with wide gaps that opens with a label word)
        "Datum van inwerkingtreding is      1 januari 2025      en de regeling      geldt tot 2030.",
        # (runs at wide gaps, one a label, the others no labels)
        "Postbus 20011      2500 EA Den Haag      Telefoon      070 426 6426",
    ],
)
def test_a_line_with_wide_gaps_under_the_label_rows_is_no_grid_row(line: str) -> None:
    """A line under the Aan/Van rows whose runs stand apart like a grid's cells, but whose label
    runs are not all labels of the vocabulary, is not split into pairs: its text stays together."""
    rows = [[(79, "Aan", REGULAR), (170, "MinBZK", REGULAR)], [(79, "Van", REGULAR), (170, "DGOO", REGULAR)]]
    nota = load_both(_grid_page(rows, [line]))
    assert [(f.label, f.value) for f in nota.metadata.fields][:2] == [("Aan", "MinBZK"), ("Van", "DGOO")]
    assert all(f.label in {"Aan", "Van", "Datum"} for f in nota.metadata.fields)
    texts = [f"{f.label} {f.value}" for f in nota.metadata.fields]
    texts += [b.text for s in nota.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert " ".join(line.split()) in texts


def _wrapped_head_page(rows: list[tuple[str, list[str]]]) -> Page:
    """A page whose label rows each hold a value over its rows, the later ones at the value's x
    under the first, then the title, the colofon and a section."""
    page = Page()
    top = 200.0
    for label, value_rows in rows:
        page.text(79, top, label)
        for row in value_rows:
            page.text(170, top, row)
            top += 14
    page.text(79, top + 30, "Evaluatie waterbeleid")
    page.colofon(_COLOFON)
    page.y = top + 80
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    return page


def test_unit_name_wrapped_under_its_value_is_the_value() -> None:
    """A Van value "Directoraat-generaal" with the unit's name on the row under it, at the value's
    x, and an Aan value wrapped after "en": each value is both rows, no letterhead."""
    nota = load_both(
        _wrapped_head_page(
            [
                ("Van", ["Directoraat-generaal", "Ruimte en Water"]),
                ("Aan", ["Minister voor Volkshuisvesting en", "Ruimtelijke Ordening"]),
            ]
        ).pdf()
    )
    assert nota.metadata.fields[:2] == (
        Field(
            label="Van",
            value="Directoraat-generaal Ruimte en Water",
            lines=("Directoraat-generaal", "Ruimte en Water"),
        ),
        Field(
            label="Aan",
            value="Minister voor Volkshuisvesting en Ruimtelijke Ordening",
            lines=("Minister voor Volkshuisvesting en", "Ruimtelijke Ordening"),
        ),
    )
    assert nota.metadata.letterhead == ()
    assert nota.title == "Evaluatie waterbeleid"


def test_post_box_under_a_wrapped_unit_is_the_letterhead() -> None:
    """A unit's name over two rows under Van, then its post box and postcode at the same x: the
    name is the value, the post box and postcode the letterhead's address (the post box was read
    as the value's last row)."""
    nota = load_both(
        _wrapped_head_page(
            [
                ("Aan", ["MinSZW"]),
                (
                    "Van",
                    [
                        "Directie Arbeidsmarkt en",
                        "Sociaal-Economische Aangelegenheden",
                        "Postbus 90801",
                        "2509 LV Den Haag",
                    ],
                ),
            ]
        ).pdf()
    )
    assert nota.metadata.fields[1].value == "Directie Arbeidsmarkt en Sociaal-Economische Aangelegenheden"
    assert nota.metadata.letterhead == ("Postbus 90801 2509 LV Den Haag",)
    assert nota.title == "Evaluatie waterbeleid"


def test_code_with_an_address_under_it_keeps_the_code() -> None:
    """Near miss: a sender's code whose address is printed under it at the value's x; the code
    is the value, the address the letterhead."""
    nota = load_both(
        _wrapped_head_page(
            [("Aan", ["MinBZK"]), ("Van", ["DGOO", "Turfmarkt 147", "2511 DP Den Haag"])]
        ).pdf()
    )
    assert [(f.label, f.value) for f in nota.metadata.fields][:2] == [("Aan", "MinBZK"), ("Van", "DGOO")]
    assert nota.metadata.letterhead == ("Turfmarkt 147 2511 DP Den Haag",)


def _plain_attachment_lines_page(
    heading: str,
    rows: Sequence[tuple[str, str, str]],
    *,
    after: tuple[str, str] | None = None,
    body: str = LOREM,
) -> bytes:
    """A nota whose attachments are printed as plain lines under ``heading``: each row a marker
    at x=79 (a number, "1.", a bullet; none when empty), its name at x=100 (or at x=79 without a
    marker) and a status at x=420 when given; ``after`` a section (heading, text) that follows."""
    p = Page()
    p.header([("Aan", "MJenV"), ("Van", "DGSenB")])
    p.text(170, 268, "Aanbieding van de rapporten")
    p.colofon([("TER BESLISSING", ""), ("Kenmerk", "2024-0000098765"), ("Datum", "12 maart 2024")])
    p.y = 320
    p.line("Aanleiding", BOLD)
    p.para(body)
    p.line(heading, BOLD)
    for marker, name, status in rows:
        if marker:
            p.text(79, p.y, marker)
        p.text(100 if marker else 79, p.y, name)
        if status:
            p.text(420, p.y, status)
        p.y += p.lead
    if after:
        p.y += 10
        p.line(after[0], BOLD)
        p.para(after[1])
    return p.pdf()


@pytest.mark.parametrize(
    ("heading", "rows", "after"),
    [
        pytest.param(
            "Bijlagen",
            [("1", "Conceptbrief aan de Tweede Kamer", ""), ("2", "Advies Raad van State", "")],
            None,
            id="number-column",
        ),
        pytest.param(
            "Bijlagen",
            [
                ("1.", "Conceptbrief aan de Tweede Kamer", "openbaar"),
                ("2.", "Advies Raad van State", "deels openbaar"),
            ],
            None,
            id="status-column",
        ),
        pytest.param(
            "Overzicht bijlagen",
            [
                ("1", "Conceptbrief aan de Tweede Kamer", "openbaar"),
                ("2", "Advies Raad van State", "niet openbaar"),
            ],
            None,
            id="overzicht-number-column-status",
        ),
        pytest.param(
            "Bijlage(n)",
            [("\u2022", "Conceptbrief aan de Tweede Kamer", ""), ("\u2022", "Advies Raad van State", "")],
            None,
            id="bullets",
        ),
        pytest.param(
            "Bijlagen",
            [("1.", "Conceptbrief aan de Tweede Kamer", ""), ("2.", "Advies Raad van State", "")],
            ("Ondertekening", "De minister van Justitie en Veiligheid,"),
            id="section-after",
        ),
        pytest.param(
            "Bijlagen",
            [
                ("", "Bijlage 1 - Conceptbrief aan de Tweede Kamer", ""),
                ("", "Bijlage 2 - Advies Raad van State", ""),
            ],
            ("Afstemming", "Afgestemd met DGSenB."),
            id="entries-section-after",
        ),
    ],
)
def test_attachments_printed_as_plain_lines(
    heading: str, rows: list[tuple[str, str, str]], after: tuple[str, str] | None
) -> None:
    """Attachments printed as lines, not in a table, under "Bijlagen", "Bijlage(n)" or "Overzicht
    bijlagen": a number column left of the names, "1." rows, a bullet list of names, a disclosure
    status at the right, the section followed by another. They are the attachments, the status
    each one's information, as the text reader reads the same lines; none were read."""
    nota = load_both(_plain_attachment_lines_page(heading, rows, after=after))
    assert [(a.number, a.name, a.info) for a in nota.attachments] == [
        (1, "Conceptbrief aan de Tweede Kamer", rows[0][2] or None),
        (2, "Advies Raad van State", rows[1][2] or None),
    ]
    section = next(s for s in nota.sections if s.heading == heading)
    assert section.blocks == ()
    if after:
        assert nota.sections[-1].heading == after[0]


@pytest.mark.parametrize(
    ("heading", "rows", "body"),
    [
        pytest.param(
            "Bijlagen",
            [
                ("\u2022", "De bijlagen worden na besluitvorming openbaar gemaakt.", ""),
                ("\u2022", "Bijlage 2 is vertrouwelijk en wordt niet gedeeld.", ""),
            ],
            LOREM,
            id="sentence-bullets",
        ),
        pytest.param(
            "Beslispunten",
            [("1.", "Akkoord gaan met de brief", ""), ("2.", "De brief ondertekenen", "")],
            LOREM,
            id="decision-list",
        ),
        pytest.param(
            "Bijlagen",
            [("2", "Conceptbrief aan de Tweede Kamer", ""), ("3", "Advies Raad van State", "")],
            LOREM,
            id="numbers-not-from-one",
        ),
        pytest.param(
            "Toelichting",
            [],
            "In bijlage 1 vindt u de conceptbrief aan de Tweede Kamer. Bijlage 2 bevat het advies.",
            id="body-mentions",
        ),
    ],
)
def test_lines_like_an_attachment_list_that_are_none(
    heading: str, rows: list[tuple[str, str, str]], body: str
) -> None:
    """Near misses of attachments printed as lines: sentences in bullets under "Bijlagen" (about
    the attachments), a numbered decision list, rows numbered from 2, prose that names an
    attachment. No attachments; the text stays in its section."""
    nota = load_both(_plain_attachment_lines_page(heading, rows, body=body))
    assert nota.attachments == ()
    section = next(s for s in nota.sections if s.heading == (heading if rows else "Aanleiding"))
    assert section.blocks != ()


def test_value_cut_after_van_takes_a_heading_word_under_it() -> None:
    """An Aan value cut after "van" and a Van value cut after "en", each with its rest on the row
    under it at the value's x, the rest a word the vocabulary knows as a heading ("Financiën",
    "Toeslagen"): each value is both rows, the header goes on to the title."""
    nota = load_both(
        _wrapped_head_page(
            [
                ("Aan", ["Staatssecretaris van", "Financiën"]),
                ("Van", ["Directeur-generaal Belastingdienst en", "Toeslagen"]),
            ]
        ).pdf()
    )
    assert [(f.label, f.value) for f in nota.metadata.fields][:2] == [
        ("Aan", "Staatssecretaris van Financiën"),
        ("Van", "Directeur-generaal Belastingdienst en Toeslagen"),
    ]
    assert nota.title == "Evaluatie waterbeleid"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_whole_value_over_a_heading_word_ends_the_header() -> None:
    """Near miss: a whole Aan value ("Minister van Financiën") and the heading "Financiën" at the
    margin under the title: the heading stays the section's."""
    page = _wrapped_head_page([("Aan", ["Minister van Financiën"]), ("Van", ["DGFZ"])])
    page.line("Financiën", BOLD)
    page.para(LOREM)
    nota = load_both(page.pdf())
    assert [(f.label, f.value) for f in nota.metadata.fields][:2] == [
        ("Aan", "Minister van Financiën"),
        ("Van", "DGFZ"),
    ]
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Financiën"]


def _ocr_speck_over_rows(speck: str) -> bytes:
    """An OCR layer's page 1: a ministry's name, "Nota", ``speck`` alone on its line just over
    the Aan row at the value's tab stop, the Aan/Van/Datum rows, a title and a section."""
    ocr = _ocr_font()
    page = Page()
    page.text(79, 58, "Ministerie van Volksgezondheid, Welzijn en Sport", ocr, 11)
    page.text(79, 140, "Nota", ocr, 12)
    page.text(193, 166, speck, ocr, 9)
    for k, (label, value) in enumerate(
        [("Aan", "de minister van VWS"), ("Van", "Directie Publieke Gezondheid"), ("Datum", "2 oktober 2020")]
    ):
        page.text(79, 175 + 13.5 * k, label, ocr, 9)
        page.text(173, 175 + 13.5 * k, value, ocr, 9)
    page.text(79, 231, "Testcapaciteit van de GGD'en", ocr, 10)
    page.y = 299
    page.line("Aanleiding", ocr)
    page.para(LOREM, ocr)
    return page.pdf()


@pytest.mark.parametrize("speck", ["a", "\u00cc", "'"])
def test_ocr_speck_over_the_label_rows_keeps_the_title(speck: str) -> None:
    """A speck of the scan that the engine read as a character alone on its line over the label
    rows (the edge of the colofon column beside them) made the header read as having no title:
    the line under the rows is the title, as without the speck."""
    nota = load_both(_ocr_speck_over_rows(speck))
    assert nota.title == "Testcapaciteit van de GGD'en"
    assert nota.metadata.addressee == "de minister van VWS"
    assert [s.heading for s in nota.sections] == ["Aanleiding"]


def test_ocr_number_over_the_label_rows_is_no_speck() -> None:
    """Near miss: a digit alone over the label rows is not left out as a speck (a document's
    number stamped there, read whole): it stays in the text."""
    data = _ocr_speck_over_rows("3")
    assert "\n3\n" in marked(data)
    nota = load_both(data)
    assert "Sport 3" in render(nota) or "\n3\n" in render(nota)


@pytest.mark.parametrize("names", [("Brief aan de Kamer", "Planning"), ("Planning", "Begroting")])
def test_bold_bijlagen_over_numbered_heading_words_are_the_attachments(names: tuple[str, ...]) -> None:
    """A bold "Bijlagen" after the sections over a numbered list of names that are heading words
    ("1. Brief aan de Kamer" / "2. Planning"): every row is an attachment, none a section."""
    page = _nota_page([("Aan", "MJenV")], "Aanbieding rapporten")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    for n, name in enumerate(names, 1):
        page.line(f"{n}. {name}")
    nota = load_both(page.pdf())
    assert [(a.number, a.name) for a in nota.attachments] == list(enumerate(names, 1))
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen"]


def test_bold_bijlagen_prose_then_numbered_section_stays() -> None:
    """Near miss: a bold "Bijlagen" over a sentence, then a bold numbered "1. Planning" with its
    paragraph: two sections, no attachments."""
    page = _nota_page([("Aan", "MJenV")], "Aanbieding rapporten")
    page.line("Aanleiding", BOLD)
    page.para(LOREM)
    page.line("Bijlagen", BOLD)
    page.para("De bijlagen worden later nagestuurd.")
    page.line("1. Planning", BOLD)
    page.para("De brief gaat op 1 april naar de Kamer.")
    nota = load_both(page.pdf())
    assert nota.attachments == ()
    assert [s.heading for s in nota.sections] == ["Aanleiding", "Bijlagen", "Planning"]
