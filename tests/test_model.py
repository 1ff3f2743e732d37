"""The model's accessors a reader of many nota's needs: the decision section, a section's texts,
the redaction grounds, the label concepts."""

from __future__ import annotations

import pickle

import notaparse
from notaparse import ItemList, Nota, Paragraph, Section


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
