"""The model's accessors a reader of many nota's needs: the decision section, a section's texts,
the redaction grounds, the label concepts."""

from __future__ import annotations

import datetime as dt
import pickle
import re

import attrs
import pytest

import notaparse
from notaparse import ItemList, ModelError, Nota, Paragraph, Section


def _section(heading: str, *blocks: Paragraph | ItemList) -> Section:
    return Section(heading=heading, blocks=blocks or (Paragraph(text="Tekst."),))


def test_concept_is_public_and_reads_metadata_values() -> None:
    nota = notaparse.parse(
        "Aan: MBZK\nOns kenmerk: 2024-0000000001\nOnze referentie: 2024-0000000002\n\n"
        "Een titel van de nota\n\nAanleiding\nTekst.\n"
    )
    assert "Concept" in notaparse.__all__
    assert [f.value for f in nota.metadata.values(notaparse.Concept.REFERENCE)] == [
        "2024-0000000001",
        "2024-0000000002",
    ]
    assert nota.metadata.fields[0].concept is notaparse.Concept.ADDRESSEE
    assert pickle.loads(pickle.dumps(notaparse.Concept.DATE)) is notaparse.Concept.DATE


@pytest.mark.parametrize(
    ("wrong", "hint"),
    [
        ("reference", "got the str 'reference': pass notaparse.Concept.REFERENCE"),
        (
            "Kenmerk",
            "got the str 'Kenmerk': pass notaparse.Concept.REFERENCE (what the label 'Kenmerk' means), or"
            " metadata.get('Kenmerk') for the value printed with that label",
        ),
        ("Beslistermijn", "got the str 'Beslistermijn': pass a notaparse.Concept (Concept.REFERENCE, ...)"),
        (None, "got NoneType: pass a notaparse.Concept"),
    ],
)
def test_metadata_values_refuses_what_is_no_concept(wrong: object, hint: str) -> None:
    """``values()`` takes a Concept (its type says so): a str ("reference", or a label) meant no
    concept and yielded nothing, as if the nota had no such field. It is refused, with the
    Concept to pass."""
    nota = notaparse.parse(
        "Aan: MBZK\nKenmerk: 2024-0000000001\n\nEen titel van de nota\n\nAanleiding\nTekst.\n"
    )
    with pytest.raises(TypeError, match=re.escape(f"values() takes a notaparse.Concept, {hint}")):
        nota.metadata.values(wrong)  # type: ignore[arg-type]
    assert [f.value for f in nota.metadata.values(notaparse.Concept.REFERENCE)] == ["2024-0000000001"]


def test_decision_is_the_section_of_the_advised_decision_whatever_its_heading() -> None:
    items = ItemList(items=("Instemmen met de brief.", "De brief ondertekenen."), ordered=True)
    for heading in (
        "Geadviseerd besluit",
        "Advies",
        "Gevraagd besluit",
        "Besluit",
        "Beslispunten",
        "BESLISPUNTEN",
    ):
        nota = Nota(
            title="T", sections=(_section("Aanleiding"), _section(heading, items), _section("Toelichting"))
        )
        decision = nota.decision()
        assert decision is not None
        assert decision.heading == heading
        assert list(decision.texts()) == ["Instemmen met de brief.", "De brief ondertekenen."]
    # a heading that starts with one, as validation counts it; a whole one before it wins
    qualified = _section("Beslispunten, advies en mogelijk alternatief")
    assert Nota(sections=(_section("Aanleiding"), qualified)).decision() == qualified
    whole = _section("Advies")
    assert Nota(sections=(_section("Besluitvorming eerder"), whole)).decision() == whole
    assert Nota(sections=(_section("Aanleiding"), _section("Kern"))).decision() is None
    # whole words only: "Besluitvorming" starts with the letters of "Besluit", not the word
    assert Nota(sections=(_section("Aanleiding"), _section("Besluitvorming eerder"))).decision() is None
    advice = _section("Gevraagd besluit over de subsidie")
    assert Nota(sections=(_section("Besluitvorming eerder"), advice)).decision() == advice
    # one decision point; the minister's own decision block is not the advice
    point = _section("Beslispunt")
    assert Nota(sections=(_section("Besluit minister:"), point)).decision() == point
    assert Nota(sections=(_section("Voorstel"), _section("Besluit staatssecretaris:"))).decision() is None
    assert Nota().decision() is None


def test_texts_of_a_section_are_its_paragraphs_and_list_items_in_order() -> None:
    section = _section(
        "Kern",
        Paragraph(text="Eerste alinea over stikstof."),
        ItemList(items=("een punt", "nog een punt over stikstof")),
        Paragraph(text="Slot."),
    )
    assert list(section.texts()) == [
        "Eerste alinea over stikstof.",
        "een punt",
        "nog een punt over stikstof",
        "Slot.",
    ]
    nota = Nota(sections=(_section("Aanleiding"), section))
    found = [(s.heading, t) for s in nota.sections for t in s.texts() if "stikstof" in t]
    assert found == [("Kern", "Eerste alinea over stikstof."), ("Kern", "nog een punt over stikstof")]


def test_redaction_grounds_count_each_ground_as_the_export_records_do() -> None:
    nota = notaparse.parse(
        "Aan: MBZK\nOpgesteld door: 5.1.2e\n\nEen titel van de nota\n\nAanleiding\n"
        "Overleg met 5.1.2e en 5.1.2e over paragraaf 5.2 van de wet.\n\n"
        "Kern\n5.1.2i\n"
    )
    assert nota.redaction_grounds() == {"5.1.2e": 3, "5.1.2i": 1}
    kern = nota.section("Kern")
    assert kern is not None
    assert Nota(sections=(kern,)).redaction_grounds() == {"5.1.2i": 1}
    assert Nota().redaction_grounds() == {}


class _Printer:
    """The part of IPython's pretty printer that ``_repr_pretty_`` uses."""

    def __init__(self) -> None:
        self.out: list[str] = []

    def text(self, text: str) -> None:
        self.out.append(text)

    def pretty(self, obj: object) -> None:
        method = getattr(obj, "_repr_pretty_", None)
        if method is None:
            self.out.append(repr(obj))
        else:
            method(self, False)


def test_a_notebook_shows_a_nota_and_a_load_result_as_a_summary_not_every_field() -> None:
    paragraphs = tuple(Paragraph(text=f"Alinea {k} met een lange tekst over het beleid.") for k in range(40))
    nota = notaparse.parse(
        "Aan: MBZK\nOnze referentie: 2024-0000000001\nDatum: 13 februari 2024\n\nTER BESLUITVORMING\n\n"
        "Een titel van de nota\n\nAanleiding\nTekst.\n"
    )
    nota = attrs.evolve(nota, sections=(*nota.sections, Section(heading="Kern", blocks=paragraphs)))
    printer = _Printer()
    nota._repr_pretty_(printer, False)  # (what IPython calls to show it)
    shown = "".join(printer.out)
    assert shown == (
        "Nota(title='Een titel van de nota', reference='2024-0000000001', "
        "date=datetime.date(2024, 2, 13), purpose='besluitvorming', sections=('Aanleiding', 'Kern'), "
        "attachments=0, footnotes=0, unplaced=0, enclosures=0)"
    )
    assert len(repr(nota)) > 40 * 40  # (repr() keeps every field)
    result = notaparse.LoadResult(path="a.txt", nota=nota)
    printer = _Printer()
    result._repr_pretty_(printer, False)
    assert "".join(printer.out) == f"LoadResult(path='a.txt', nota={shown}, problems=0, seconds=0.00)"
    failed = notaparse.LoadResult(
        path="b.pdf", error=notaparse.LoadError(kind="CorruptPDFError", message="b.pdf: x")
    )
    printer = _Printer()
    failed._repr_pretty_(printer, False)
    assert "".join(printer.out).startswith("LoadResult(path='b.pdf', error=LoadError(kind='CorruptPDFError'")


def test_dates_of_a_section_are_the_complete_dates_printed_in_it() -> None:
    section = _section(
        "Aanleiding",
        Paragraph(
            text="Op 13 februari 2024 vroeg de Kamer, per brief van 5 feb. 2024 (kenmerk "
            "2024-0000096441), om uitstel."
        ),
        ItemList(
            items=(
                "Besluit van 29-05-2020 en 1/6/2020.",
                "Deadline 2024-03-01; overleg op 28 oktober en medio 2025.",
            )
        ),
        Paragraph(text="Niet: 31 februari 2024, 12.5 mei, € 13 miljoen in 2024, versie 1.13 mei 2024."),
        Paragraph(text="Niet in een kenmerk: 2024-02-13/0001, BZ/2024-02-13, 29-05-2020/12."),
    )
    assert section.dates() == (
        dt.date(2024, 2, 13),
        dt.date(2024, 2, 5),
        dt.date(2020, 5, 29),
        dt.date(2020, 6, 1),
        dt.date(2024, 3, 1),
    )
    assert _section("Kern").dates() == ()


@pytest.mark.parametrize(
    ("number", "heading", "line"),
    [
        ("B", "Kern", "## B. Kern"),
        ("IV", "Toelichting", "## IV. Toelichting"),
        ("4.1", "Context", "## 4.1 Context"),
        ("3", "A. Aanleiding", "## 3 A. Aanleiding"),
        (None, "A. Aanleiding", "## \\A. Aanleiding"),
        (None, "IV. Toelichting", "## \\IV. Toelichting"),
        (None, "U wordt gevraagd", "## U wordt gevraagd"),
        (None, "IV Toelichting", "## IV Toelichting"),
        (None, "12 punten", "## \\12 punten"),
    ],
)
def test_a_lettered_section_number_is_written_before_its_heading_and_read_back(
    number: str | None, heading: str, line: str
) -> None:
    """A section number is digits, written bare, or a capital letter or capital roman numeral,
    written with its full stop; an unnumbered heading that starts like one is escaped, and one that
    starts with a capital letter and a space ("U wordt ...") is not."""
    nota = Nota(sections=(Section(heading=heading, number=number, blocks=(Paragraph(text="Tekst."),)),))
    text = notaparse.render(nota)
    assert line in text.splitlines()
    back = notaparse.parse(text).sections[0]
    assert (back.number, back.heading) == (number, heading)


@pytest.mark.parametrize(
    ("line", "number", "heading"),
    [
        ("## U wordt gevraagd in te stemmen", None, "U wordt gevraagd in te stemmen"),
        ("## A. Aanleiding", "A", "Aanleiding"),
        ("## II. Advies", "II", "Advies"),
        ("## 3.1 Kern", "3.1", "Kern"),
    ],
)
def test_texts_of_earlier_versions_read_with_the_meaning_they_had(
    line: str, number: str | None, heading: str
) -> None:
    """Earlier versions wrote a lettered heading as printed ("A. Aanleiding") and never escaped a
    heading opening with a capital letter and a space ("U wordt ..."); both read as they meant."""
    back = notaparse.parse(f"%nota 1\n\n{line}\n\nTekst.\n").sections[0]
    assert (back.number, back.heading) == (number, heading)


@pytest.mark.parametrize("number", ["a", "AB", "IIII", "XL", "A.", "1.A"])
def test_a_section_number_that_is_no_number_letter_or_roman_numeral_is_refused(number: str) -> None:
    with pytest.raises(ModelError, match="number must look like"):
        Section(heading="Kern", number=number)


_PRINTED_LINES = notaparse.Field(
    label="Afgestemd met", value="Rijkswaterstaat DGWB FEZ", lines=("Rijkswaterstaat", "DGWB", "FEZ")
)


def test_a_field_keeps_its_printed_lines_and_a_value_alone_is_its_one_line() -> None:
    assert notaparse.Field(label="Datum", value="1 mei 2024").lines == ("1 mei 2024",)
    assert notaparse.Field(label="Bijlagen").lines == ()
    assert _PRINTED_LINES.value == "Rijkswaterstaat DGWB FEZ"
    assert notaparse.Field(label="Afgestemd met", value="Rijkswaterstaat DGWB FEZ") != _PRINTED_LINES
    with pytest.raises(notaparse.ModelError, match=r"value must be the lines joined by one space.*'a b'"):
        notaparse.Field(label="Aan", lines=("a", "b"))
    with pytest.raises(notaparse.ModelError, match="lines must be one line"):
        notaparse.Field(label="Aan", value="a b", lines=("a ", "b"))


def test_a_field_of_several_printed_lines_survives_canonical_text_and_json() -> None:
    nota = Nota(metadata=notaparse.Metadata(fields=(_PRINTED_LINES, notaparse.Field(label="Datum"))))
    text = notaparse.render(nota)
    assert "Afgestemd met: Rijkswaterstaat\n+ DGWB\n+ FEZ\nDatum:\n" in text
    assert notaparse.parse(text, strict=True) == nota
    data = notaparse.to_dict(nota)
    assert data["metadata"]["fields"] == [
        {
            "label": "Afgestemd met",
            "value": "Rijkswaterstaat DGWB FEZ",
            "lines": ["Rijkswaterstaat", "DGWB", "FEZ"],
        },
        {"label": "Datum", "value": ""},
    ]
    assert notaparse.from_dict(data) == nota


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("%nota 1\n+ DGWB\n", 2, 1, "Expected a field's line"),
        ("%nota 1\n@kind Nota\n+ DGWB\n", 3, 1, "Expected a field's line"),
        ("%nota 1\nAfgestemd met:\n+ DGWB\n", 3, 1, "Expected the first line of the value"),
        ("%nota 1\nAfgestemd met: RWS\n+DGWB\n", 3, 1, "Expected '\\+ '"),
        ("%nota 1\nAfgestemd met: RWS\n+  DGWB\n", 3, 3, "a line of its value must be one line"),
    ],
)
def test_a_stray_later_line_of_a_field_is_a_syntax_error(
    text: str, line: int, column: int, message: str
) -> None:
    with pytest.raises(notaparse.NotaSyntaxError, match=message) as e:
        notaparse.parse(text, strict=True)
    assert (e.value.line, e.value.column) == (line, column)


@pytest.mark.parametrize(
    ("lines", "units"),
    [
        (("Rijkswaterstaat", "DGWB", "FEZ"), ("Rijkswaterstaat", "DGWB", "FEZ")),
        (("CIO Rijk", "DGOO", "FEZ"), ("CIO Rijk", "DGOO", "FEZ")),
        (("Financiën", "BZK"), ("Financiën", "BZK")),
        (("Directie Bestuur en", "Financiën"), ("Directie Bestuur en Financiën",)),
        (
            ("Directie Wetgeving", "en Juridische Zaken", "FEZ"),
            ("Directie Wetgeving en Juridische Zaken", "FEZ"),
        ),
        (("DG PO,", "FEZ"), ("DG PO", "FEZ")),
        (("DGWB, FEZ", "Rijkswaterstaat"), ("DGWB", "FEZ", "Rijkswaterstaat")),
        (("Ministerie van", "Financiën", "FEZ"), ("Ministerie van Financiën", "FEZ")),
        (("Raad voor", "Cultuur", "DGWB, FEZ"), ("Raad voor Cultuur", "DGWB", "FEZ")),
        (("de directie Wetgeving", "FEZ"), ("de directie Wetgeving FEZ",)),
        (
            ("LVVN", "Rijkswaterstaat", "Unie van Waterschappen"),
            ("LVVN", "Rijkswaterstaat", "Unie van Waterschappen"),
        ),
        (
            (
                "Belastingdienst",
                "Directie Algemene Fiscale",
                "Politiek",
                "Ministerie van Justitie en Veiligheid",
            ),
            (
                "Belastingdienst",
                "Directie Algemene Fiscale Politiek",
                "Ministerie van Justitie en Veiligheid",
            ),
        ),
    ],
)
def test_coordinated_with_reads_a_unit_a_printed_line_where_each_line_is_a_unit(
    lines: tuple[str, ...], units: tuple[str, ...]
) -> None:
    field = notaparse.Field(label="Afgestemd met", value=" ".join(lines), lines=lines)
    assert notaparse.Metadata(fields=(field,)).coordinated_with == units
