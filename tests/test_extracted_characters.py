"""Characters of OCR'd or typeset PDFs in extracted text: ligatures, soft hyphens, no-break spaces."""

from __future__ import annotations

import pytest

import notaparse


def test_ligatures_are_read_as_their_letters() -> None:
    nota = notaparse.parse(
        "Aan: Minister van SZW\n\nO\ufb03ci\u00eble reactie op \ufb02exibele arbeid\n\n"
        "Aanleiding\nOver de \ufb01nanciering volgt een besluit.\n"
    )
    assert nota.title == "Offici\u00eble reactie op flexibele arbeid"
    assert nota.sections[0].blocks[0].text == "Over de financiering volgt een besluit."  # type: ignore[union-attr]


def test_a_soft_hyphen_at_a_line_end_joins_the_word() -> None:
    nota = notaparse.parse(
        "Aan: Minister voor Langdurige Zorg\n\nUitvoering van het kwaliteits\u00ad\nkader\n\n"
        "Aanleiding\nDe NZa heeft de \u2018voortgangs\u00ad\nrapportage\u2019 gepubliceerd.\n"
    )
    assert nota.title == "Uitvoering van het kwaliteitskader"
    assert nota.sections[0].blocks[0].text == (  # type: ignore[union-attr]
        "De NZa heeft de \u2018voortgangsrapportage\u2019 gepubliceerd."
    )


def test_no_break_spaces_separate_a_label_and_its_value() -> None:
    nota = notaparse.parse(
        "Aan:\u00a0Minister van VWS\nDatum:\u00a04\u00a0november\u00a02019\n\nEen titel over zorg\n\n"
        "Aanleiding\nTekst.\n"
    )
    assert [(f.label, f.value) for f in nota.metadata.fields] == [
        ("Aan", "Minister van VWS"),
        ("Datum", "4 november 2019"),
    ]


@pytest.mark.parametrize("mark", ["\ufffe", "\x02"], ids=["get_text_range", "get_text_bounded"])
def test_pdfium_s_mark_of_a_line_end_hyphen_is_that_hyphen(mark: str) -> None:
    """pdfium writes a hyphen that ended a printed line as U+FFFE (its bounded text as U+0002,
    which was dropped: "REACHverordening"), the two lines joined: the hyphen stays after a code
    or a name and before "en", a split word is joined."""
    nota = notaparse.parse(
        (
            "Aan: Minister van IenW\n\nDirectie Arbeidsmarkt en Sociaal\ufffeEconomische Zaken\n\n"
            "Reactie op de verkiezings\ufffeuitslag\n\n"
            "Aanleiding\nDe REACH\ufffeverordening raakt de gezondheids\ufffeen milieuzorg.\n"
        ).replace("\ufffe", mark)
    )
    assert nota.metadata.letterhead == ("Directie Arbeidsmarkt en Sociaal-Economische Zaken",)
    assert nota.title == "Reactie op de verkiezingsuitslag"
    assert nota.sections[0].blocks[0].text == (  # type: ignore[union-attr]
        "De REACH-verordening raakt de gezondheids- en milieuzorg."
    )


def test_a_paragraph_ending_in_a_word_pdfium_joined_at_its_hyphen_ends_there() -> None:
    """pdfium joins the printed row that ends a paragraph in a hyphenated word to the row before
    it ("... door de uitvoerings" U+FFFE "organisatie."): the printed row that ends the sentence
    is the short one after the mark, so the capitalised row under it starts a paragraph (the two
    paragraphs were one)."""
    nota = notaparse.parse(
        "Aan: MOCW\n\nAanpak lerarentekort\n\nToelichting\n"
        "De cijfers in de brief zijn gebaseerd op de arbeidsmarktramingen van\n"
        "CentERdata. Deze ramingen worden elk jaar in het najaar bijgesteld. De\n"
        "onderwijsregio's hebben hun plannen voor de komende twee jaar ingediend;\n"
        "alle plannen zijn beoordeeld en goedgekeurd door de uitvoerings\ufffeorganisatie.\n"
        "De verhoging van de subsidie voor zij-instromers wordt gedekt uit de\n"
        "middelen die in het coalitieakkoord voor het lerarentekort zijn vrijgemaakt.\n"
    )
    assert [b.text for b in nota.sections[0].blocks] == [  # type: ignore[union-attr]
        "De cijfers in de brief zijn gebaseerd op de arbeidsmarktramingen van CentERdata. Deze "
        "ramingen worden elk jaar in het najaar bijgesteld. De onderwijsregio's hebben hun plannen "
        "voor de komende twee jaar ingediend; alle plannen zijn beoordeeld en goedgekeurd door de "
        "uitvoeringsorganisatie.",
        "De verhoging van de subsidie voor zij-instromers wordt gedekt uit de middelen die in het "
        "coalitieakkoord voor het lerarentekort zijn vrijgemaakt.",
    ]


def test_a_table_header_word_a_typesetter_hyphenated_in_its_narrow_column_is_the_word() -> None:
    """Typst hyphenates "Volgnummer" in a narrow number column: "Volgnum-" / "mer" with a hyphen
    or a soft hyphen, or pdfium's U+FFFE inside the word. The header is the table's."""
    table = "Bijlagen\n{}\nNaam Informatie\n1 Kamerbrief over de voortgang Ter ondertekening\n"
    for head in ("Volgnum-\nmer", "Volgnum\u00ad\nmer", "Volgnum\ufffemer"):
        nota = notaparse.parse(
            "Aan: Minister van KGG\nDatum: 6 maart 2025\n\nNetcongestie\n\nAanleiding\nTekst.\n\n"
            + table.format(head)
        )
        assert [(a.number, a.name, a.info) for a in nota.attachments] == [
            (1, "Kamerbrief over de voortgang", "Ter ondertekening")
        ], head
        assert [f.label for f in nota.metadata.fields] == ["Aan", "Datum"], head


def test_a_glyph_with_no_character_before_an_item_is_its_bullet() -> None:
    """pdfTeX's bullet (OT1 symbol font) has no character: pdftotext and PDFium give its code, the
    C1 control U+0088, before each item; pdfminer gives "(cid:136)". The items are a list. So are
    items after a C0 control (MuPDF's ``mutool convert`` writes a bullet's character as U+0001)."""
    for mark in ("\u0088", "(cid:136)", "\u0001", "\u001b"):
        nota = notaparse.parse(
            "Aan: Minister van VRO\nDatum: 4 september 2024\n\nWoningbouw\n\nKern\n"
            f"{mark} De dekking is afgestemd met het ministerie van Financi\u00ebn.\n"
            f"{mark} De aanpak wordt in 2026 ge\u00ebvalueerd.\n"
        )
        assert [b.items for b in nota.sections[0].blocks] == [  # type: ignore[union-attr]
            (
                "De dekking is afgestemd met het ministerie van Financi\u00ebn.",
                "De aanpak wordt in 2026 ge\u00ebvalueerd.",
            )
        ], mark
