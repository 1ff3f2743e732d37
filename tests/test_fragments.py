"""Fragment readers accept the variants real nota's print, and nothing looser.

Dates, redaction placeholders and lists of units as they occur in colofons of different
ministries and years (docs/format.md; examples from ../shared DOMAIN notes and probes).
"""

from __future__ import annotations

import datetime as dt

import pytest

import notaparse
from notaparse._errors import FormatError
from notaparse._fragments import (
    is_place_date,
    is_redacted,
    is_redacted_contact,
    parse_date,
    parse_purpose,
    parse_yes_no,
    split_units,
)


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("13 februari 2024", dt.date(2024, 2, 13)),
        ("13 februari 2024.", dt.date(2024, 2, 13)),  # the end of a sentence
        ("13-feb-2024", dt.date(2024, 2, 13)),
        ("13 feb. 2024", dt.date(2024, 2, 13)),
        ("29-05-2020.", dt.date(2020, 5, 29)),
        ("7september2020", dt.date(2020, 9, 7)),
        ("17 september '24", dt.date(2024, 9, 17)),  # a year of two digits after an apostrophe
        ("1 okt. \u201924", dt.date(2024, 10, 1)),
        ("21 mei 2024 (gewijzigd 23 mei 2024)", dt.date(2024, 5, 21)),  # a note after the date
        ("woensdag 9 oktober 2024", dt.date(2024, 10, 9)),
        ("1-5-2024", dt.date(2024, 5, 1)),
        ("2024-05-01", dt.date(2024, 5, 1)),
        ("30-11-'26", dt.date(2026, 11, 30)),  # a numeric date with its year's two digits
        ("30.11.\u201926", dt.date(2026, 11, 30)),
        ("Den Haag, 14 mei 2026", dt.date(2026, 5, 14)),  # the place it was written in before it
        ("'s-Gravenhage, 3 juni 2024", dt.date(2024, 6, 3)),
        ("30 nov 2026", dt.date(2026, 11, 30)),
        ("3 sept. 2026", dt.date(2026, 9, 3)),
        ("12.10.2026", dt.date(2026, 10, 12)),
    ],
)
def test_printed_dates_are_read(printed: str, date: dt.date) -> None:
    assert parse_date(printed) == date


@pytest.mark.parametrize(
    "printed",
    [
        "13 februari",
        "13 februari 2024..",
        "31 februari 2024",
        "13.",
        "2024.",
        "13 februari '2024",
        "(gewijzigd)",
        "30-11-26",  # (two digits without the apostrophe: no year read)
        "Den Haag, 14 mei",
        "de minister, 14 mei 2026",  # (a sentence's words, no place)
    ],
)
def test_what_is_no_date_is_refused(printed: str) -> None:
    with pytest.raises(FormatError):
        parse_date(printed)


@pytest.mark.parametrize(
    "value",
    [
        "5.1.2e",
        "[5.1.2e]",
        "(5.1.2e)",
        "5.1.2e, 5.1.2i",
        "10.2e",
        "5.2.1",
        "5.1.2e, 5.2.1",
        # (a Wob ground written out as its article)
        "art. 10, tweede lid, onder e",
        "artikel 10 lid 2 sub g",
        "art. 11, eerste lid",
        "art. 10, tweede lid, onder e, 10.2g",
        "art. 10 lid 2e",  # (the letter right after the paragraph's number)
        "art 10, tweede lid, onder e",  # (without the abbreviation's full stop)
        "Art. 10 lid 2 e",
    ],
)
def test_ground_codes_alone_are_a_redaction(value: str) -> None:
    assert is_redacted(value)


@pytest.mark.parametrize(
    "value",
    [
        "J. Jansen",
        "[J. Jansen]",
        "DGDOO 5.1.2e",
        "5.2.7",
        "artikel 10 van de Wob",
        "art. 10 Wob",
        "art 10 lid 2 en 3 Wob",
        "kwart 10 lid 2e",
    ],
)
def test_a_value_with_words_is_no_redaction(value: str) -> None:
    assert not is_redacted(value)


@pytest.mark.parametrize(
    "value",
    ["5.1.2e T 5.1.2e", "5.1.2e T 5.1.2e 5.1.2e@minfin.nl", "5.1.2e @rvo.nl", "5.1.2e, M 5.1.2e", "5.1.2e"],
)
def test_a_contact_with_only_its_marks_left_is_redacted(value: str) -> None:
    assert is_redacted_contact(value)


@pytest.mark.parametrize(
    "value", ["T", "J. Smit T 5.1.2e", "5.1.2e T 070 379 8911", "@minfin.nl", "DGDOO 5.1.2e"]
)
def test_a_contact_with_a_name_or_number_left_is_no_redaction(value: str) -> None:
    assert not is_redacted_contact(value)


@pytest.mark.parametrize(
    ("value", "units"),
    [
        ("BA, KIEM, CZW", ("BA", "KIEM", "CZW")),
        ("DJZ FEZ DGBI", ("DJZ", "FEZ", "DGBI")),  # one code per line, joined with spaces
        ("FEZ en DJZ", ("FEZ", "DJZ")),
        ("OCW en VWS, DJZ", ("OCW", "VWS", "DJZ")),
        ("DG PO, FEZ", ("DG PO", "FEZ")),  # commas separate the parts: a part's codes are one unit
        ("DGDOO/D&B", ("DGDOO/D&B",)),
        ("Stas IenW", ("Stas IenW",)),
        ("DG Werk", ("DG Werk",)),
        ("Directie Financieel-Economische Zaken", ("Directie Financieel-Economische Zaken",)),
        ("FEZ, , DJZ,", ("FEZ", "DJZ")),  # (an empty part between commas, or after the last, is none)
    ],
)
def test_units_are_split_where_they_are_codes(value: str, units: tuple[str, ...]) -> None:
    assert split_units(value) == units


def test_a_colofon_with_these_variants_reads_into_its_meanings() -> None:
    nota = notaparse.parse(
        "Aan: MSZW\nOpgesteld door: [5.1.2e]\nDatum: 13 februari 2024.\n"
        "Afgestemd met\nDJZ\nFEZ\nDGBI\n\nTitel van de nota\n\nAanleiding\nTekst.\n"
    )
    assert nota.metadata.date == dt.date(2024, 2, 13)
    assert nota.metadata.drafted_by is None
    assert nota.metadata.coordinated_with == ("DJZ", "FEZ", "DGBI")
    assert [d.code for d in nota.diagnostics] == []


@pytest.mark.parametrize(
    ("printed", "answer"),
    [
        ("Ja", True),
        ("Nee", False),
        ("Nee, wegens persoonlijke beleidsopvattingen (5.2 Woo)", False),  # the reason after a comma
        ("Ja, na ondertekening", True),
        ("Nog niet bekend", None),
        ("\u2610 Ja \u2612 Nee", False),  # the one ticked box's option
        ("[x] Ja [ ] Nee", True),
        ("\u2612 Ja \u2612 Nee", None),  # both ticked: no answer
        ("\u2610 Ja \u2610 Nee", None),  # none ticked
    ],
)
def test_yes_or_no_is_read_also_with_a_reason(printed: str, answer: bool | None) -> None:
    assert parse_yes_no(printed) is answer


@pytest.mark.parametrize(
    ("printed", "purpose"),
    [
        ("TER BESLUITVORMING", "besluitvorming"),
        ("(ter beslissing)", "beslissing"),
        ("TER INFORMATIE EN BESLUITVORMING", "informatie en besluitvorming"),  # two purposes joined
        ("Ter advisering en besluitvorming", "advisering en besluitvorming"),
        ("TER BESLISSING OF KENNISNAME", "beslissing of kennisname"),
        ("TER  INFORMATIE  EN  BESPREKING", "informatie en bespreking"),
    ],
)
def test_purpose_lines_are_read(printed: str, purpose: str) -> None:
    assert parse_purpose(printed) == purpose


@pytest.mark.parametrize(
    "printed",
    [
        "Ter informatie en uitleg",  # a word that is no purpose, not in capitals
        "TER INFORMATIE EN",  # wrapped: the line alone is no purpose
        "Ter informatie is de brief bijgevoegd",
        "TER \u0130NFORMATIE",  # (lower case "i\u0307nformatie", which the model refuses)
    ],
)
def test_what_is_no_purpose_line_is_refused(printed: str) -> None:
    with pytest.raises(FormatError):
        parse_purpose(printed)


def test_a_purpose_line_the_model_would_refuse_is_text_not_a_crash() -> None:
    """A capital whose lower case is two characters ("İ") made a purpose the model refuses:
    parse raised ModelError for the whole nota."""
    nota = notaparse.parse(
        "Aan: Minister\nVan: DG\n\nTER \u0130NFORMATIE\n\nTitel van de nota\n\nAanleiding\nTekst.\n"
    )
    assert nota.metadata.purpose is None
    assert "TER \u0130NFORMATIE" in (*nota.metadata.letterhead, nota.title, *nota.unplaced)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Haag, 3 juni 2026", True),
        ("'s-Gravenhage, 14-05-2026", True),
        ("Den Haag, juni 2026", False),  # (no day: no date)
        ("Den Haag", False),
        ("3 juni 2026", False),  # (no place: a Datum's value, not a letter's date line)
        ("Directie Personeel, 3 juni 2026 en later", False),
    ],
)
def test_a_place_and_a_date_alone_are_a_date_line(text: str, expected: bool) -> None:
    assert is_place_date(text) is expected


def _assert_head_date(head: str, body: str, shown: str, date: dt.date, *, datum: str, dated: dt.date) -> None:
    """The head's date, ``shown``, stays in the letterhead and dates the nota (``date``); a Datum
    field put between head and body (``datum``) comes first (``dated``)."""
    nota = notaparse.parse(head + body)
    assert shown in nota.metadata.letterhead
    assert nota.metadata.date == date
    assert notaparse.parse(head + datum + body).metadata.date == dated


def test_a_date_line_in_the_letterhead_dates_a_nota_without_a_datum_field() -> None:
    """ "Den Haag, 3 juni 2026" on a line of its own above the head (no Datum row): letterhead,
    and the nota's date; a Datum field, where there is one, comes first."""
    head = (
        "Ministerie van Defensie\nDirectie Personeel\n\nDen Haag, 3 juni 2026\n\nNota\n\n"
        "Aan: Minister van Defensie\nVan: DP\n"
    )
    body = "\nVoortgang van de werving van reservisten\n\nAanleiding\nDe werving loopt.\n"
    _assert_head_date(
        head,
        body,
        "Den Haag, 3 juni 2026",
        dt.date(2026, 6, 3),
        datum="Datum: 5 juni 2026\n",
        dated=dt.date(2026, 6, 5),
    )


def test_a_long_form_date_in_the_letterhead_dates_a_nota_without_a_datum_field() -> None:
    """A date of the long form beside the purpose, no Datum label anywhere ("TER BESLUITVORMING
    12 maart 2025"): letterhead, and the nota's date; a Datum field, where there is one, comes
    first; a numeric date alone is no long form."""
    head = (
        "Ministerie van Financiën\nAan Minister van Financiën\nVan Directie Begrotingszaken\n"
        "Korte Voorhout 7\nPostbus 20201\nTER BESLUITVORMING 12 maart 2025\n"
    )
    body = (
        "Ons kenmerk\n2025-0000123456\nVoorjaarsnota 2025: kaderbrief\n\n"
        "1. Aanleiding\nDe kaderbrief gaat uit.\n"
    )
    _assert_head_date(
        head,
        body,
        "12 maart 2025",
        dt.date(2025, 3, 12),
        datum="Datum\n5 maart 2025\n",
        dated=dt.date(2025, 3, 5),
    )


def test_a_numeric_date_alone_in_the_head_dates_a_nota_and_is_no_title() -> None:
    """A numeric date alone on its row in the head, no Datum label ("Van ..." / "03-06-2025" /
    "Kenmerk"): letterhead and the nota's date, never the title; a Datum field comes first."""
    head = (
        "Ministerie van Infrastructuur en Waterstaat\nAan Minister van Infrastructuur en Waterstaat\n"
        "Van DG Mobiliteit\n03-06-2025\n"
    )
    body = (
        "Kenmerk\nIENW/BSK-2025/118822\nSpoorgoederenvervoer Betuweroute\n\n"
        "Aanleiding\nDe vervoerders vragen.\n"
    )
    assert notaparse.parse(head + body).title == "Spoorgoederenvervoer Betuweroute"
    _assert_head_date(
        head, body, "03-06-2025", dt.date(2025, 6, 3), datum="Datum\n2 juni 2025\n", dated=dt.date(2025, 6, 2)
    )
