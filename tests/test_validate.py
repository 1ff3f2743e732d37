"""Tests of validate(): each rule on a small nota built for it, exact messages, selection, docs sync."""

from __future__ import annotations

import datetime as dt
import doctest
import operator
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

import notaparse
from notaparse import (
    Attachment,
    Diagnostic,
    Field,
    ItemList,
    Metadata,
    Nota,
    Origin,
    Paragraph,
    Problem,
    Section,
    Severity,
    validate,
)
from notaparse._validate import RULES, rules_markdown, select_rules

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2025, 6, 1)
P1 = Origin(page=1, line=3)


def _section(heading: str, *texts: str, number: str | None = None, page: int = 1) -> Section:
    return Section(
        heading=heading,
        number=number,
        blocks=tuple(Paragraph(text=t) for t in texts),
        origin=Origin(page=page, line=10),
    )


def _good(**changes: object) -> Nota:
    """A nota that breaks no rule; ``changes`` replace its parts."""
    fields = (
        Field(label="Aan", value="MBZK", origin=Origin(page=1, line=1)),
        Field(label="Onze referentie", value="2024-0000096441", origin=Origin(page=1, line=2)),
        Field(label="Datum", value="13 februari 2024", origin=P1),
        Field(label="Bijlage(n)", value="1", origin=Origin(page=1, line=4)),
    )
    parts: dict[str, object] = {
        "metadata": Metadata(fields=fields, purpose="besluitvorming", page_count=2),
        "title": "Beantwoording Kamervragen",
        "sections": (
            _section("Aanleiding", "Er zijn vragen gesteld."),
            _section("Geadviseerd besluit", "Akkoord gaan."),
            _section("Toelichting"),
            _section("Politieke context", "Het ligt gevoelig.", page=2),
            _section("Bijlagen", page=2),
        ),
        "attachments": (Attachment(number=1, name="Beantwoording", origin=Origin(page=2, line=40)),),
    }
    parts.update(changes)
    return Nota(**parts)  # type: ignore[arg-type]


def _with_fields(*fields: Field, purpose: str | None = "besluitvorming") -> Nota:
    return _good(metadata=Metadata(fields=fields, purpose=purpose))


def _codes(nota: Nota, **kwargs: object) -> list[str]:
    return [p.code for p in validate(nota, today=TODAY, **kwargs)]  # type: ignore[arg-type]


def _messages(nota: Nota, code: str, **kwargs: object) -> list[str]:
    return [p.message for p in validate(nota, today=TODAY, select=[code], **kwargs)]  # type: ignore[arg-type]


def test_good_nota_has_no_problems() -> None:
    assert validate(_good(), today=TODAY, pdf_pages=2) == ()


# --- NP1xx ----------------------------------------------------------------------------------------


def test_reference_missing() -> None:
    nota = _with_fields(Field(label="Datum", value="13 februari 2024", origin=P1))
    assert _messages(nota, "NP101") == ["reference: no reference (Onze referentie, Kenmerk, ...) found"]


def test_reference_empty_names_label_and_page() -> None:
    nota = _with_fields(
        Field(label="Onze referentie", value="", origin=Origin(page=1, line=2)),
        Field(label="Datum", value="13 februari 2024", origin=P1),
    )
    assert _messages(nota, "NP101") == ["Onze referentie on page 1: the reference is empty"]


def test_redacted_reference_counts_as_present() -> None:
    nota = _with_fields(
        Field(label="Kenmerk", value="5.1.2e", origin=P1), Field(label="Datum", value="1 maart 2024")
    )
    assert _codes(nota, select=["NP1"]) == []


@pytest.mark.parametrize(
    "reference",
    [
        "2024-0000096441",
        "4381203",
        "BS2024021319",
        "48137608",
        "IENW/BSK-2022/248639",
        "ienw/bsk-2022/248639",
        "DGED / 44314491",
        "DGNV-NV 58775937",
        "Min-BuZa.2020.5274-35",
        "1752993-210956-PG",
        "99f7cc83-or1-1.1",
    ],
)
def test_known_reference_formats(reference: str) -> None:
    nota = _with_fields(Field(label="Kenmerk", value=reference), Field(label="Datum", value="1 maart 2024"))
    assert _codes(nota, select=["reference-malformed"]) == []


def test_reference_malformed() -> None:
    nota = _with_fields(
        Field(label="Onze referentie", value="2024-00000964", origin=Origin(page=1, line=2)),
        Field(label="Datum", value="1 maart 2024"),
    )
    assert _messages(nota, "NP102") == [
        "Onze referentie on page 1: '2024-00000964' matches no known reference format"
    ]


def test_reference_malformed_checks_the_field_the_reference_is_read_from() -> None:
    """The rule checks the value ``Metadata.reference`` gives: an OCR-misread priority label
    ("Onze referentle") before another reference label printed earlier."""
    nota = _with_fields(
        Field(label="Ons nummer", value="2024-0000096441", origin=P1),
        Field(label="Onze referentle", value="2024-00000964", origin=Origin(page=1, line=3)),
        Field(label="Datum", value="1 maart 2024"),
    )
    assert nota.metadata.reference == "2024-00000964"
    assert _messages(nota, "NP102") == [
        "Onze referentle on page 1: '2024-00000964' matches no known reference format"
    ]


def test_date_missing_and_empty() -> None:
    assert _messages(_with_fields(Field(label="Kenmerk", value="4381203")), "NP103") == [
        "Datum: no date (Datum) found"
    ]
    nota = _with_fields(Field(label="Kenmerk", value="4381203"), Field(label="Datum", value="", origin=P1))
    assert _messages(nota, "NP103") == ["Datum on page 1: the date is empty"]
    # (no date, or an empty one: missing, not invalid or in the future)
    for undated in (_with_fields(Field(label="Kenmerk", value="4381203")), nota):
        assert {"NP104", "NP105"}.isdisjoint(_codes(undated))


def test_date_from_a_place_and_date_line_is_no_missing_date() -> None:
    # (a nota dated by a letterhead line "Den Haag, 3 juni 2025", as a letter dates itself, has
    # the date its metadata gives: no warning that it has none)
    nota = _good(
        metadata=Metadata(
            fields=(Field(label="Kenmerk", value="4381203"),), letterhead=("Den Haag, 3 juni 2025",)
        )
    )
    assert nota.metadata.date == dt.date(2025, 6, 3)
    assert _messages(nota, "NP103") == []


@pytest.mark.parametrize("value", ["", "5.1.2e"])
def test_a_place_and_date_line_gives_no_date_beside_an_empty_or_redacted_datum(value: str) -> None:
    # (only a nota without a Datum field takes its date from such a line: an empty one is
    # NP103's, a redacted one's date is not known)
    fields = (Field(label="Datum", value=value, origin=P1),)
    nota = _good(metadata=Metadata(fields=fields, letterhead=("Den Haag, 3 juni 2025",)))
    assert nota.metadata.date is None
    assert _messages(nota, "NP103") == (["Datum on page 1: the date is empty"] if not value else [])


def test_date_invalid_31_februari() -> None:
    nota = _with_fields(Field(label="Datum", value="31 februari 2024", origin=P1))
    problems = validate(nota, today=TODAY, select=["NP104"])
    assert [str(p) for p in problems] == [
        "NP104 error: Datum on page 1: '31 februari 2024' is not a real date "
        "(day is out of range for month) [date-invalid]"
    ]
    assert problems[0].field == "Datum"
    assert (problems[0].page, problems[0].line) == (1, 3)


def test_date_without_year_is_invalid() -> None:
    nota = _with_fields(Field(label="Datum", value="7 september", origin=P1))
    assert _messages(nota, "NP104") == ["Datum on page 1: the date '7 september' has no year"]


def test_date_future_uses_injected_today() -> None:
    nota = _with_fields(Field(label="Datum", value="13 februari 2204", origin=P1))
    assert _messages(nota, "NP105") == ["Datum on page 1: 2204-02-13 is in the future (today is 2025-06-01)"]
    assert validate(nota, today=dt.date(2204, 2, 13), select=["NP105"]) == ()


def test_purpose_missing_on_beslisnota() -> None:
    nota = _good(metadata=Metadata(fields=_good().metadata.fields, purpose=None))
    assert _messages(nota, "NP106") == [
        "purpose line: a beslisnota needs one (TER BESLUITVORMING, TER BESLISSING, ...)"
    ]


def test_purpose_not_needed_on_other_nota() -> None:
    nota = _good(
        metadata=Metadata(fields=_good().metadata.fields, purpose=None),
        sections=(_section("Aanleiding", "Tekst."),),
    )
    assert _codes(nota, select=["NP106"]) == []


def test_beslisnota_recognised_by_title() -> None:
    nota = _good(
        metadata=Metadata(fields=_good().metadata.fields),
        title="Beslisnota verzamelbrief politie",
        sections=(_section("Aanleiding", "Tekst."),),
    )
    assert _codes(nota, select=["NP106"]) == ["NP106"]


# --- NP2xx ----------------------------------------------------------------------------------------


def test_decision_memo_without_advice() -> None:
    nota = _good(sections=(_section("Aanleiding", "a"), _section("Kern", "b")))
    assert _messages(nota, "NP201") == [
        "Geadviseerd besluit: a nota ter besluitvorming needs a section 'Geadviseerd besluit' "
        "(or Advies, Gevraagd besluit, Besluit, Beslispunten, Besluitpunten, Beslispunt)"
    ]


def test_advies_is_an_alternative() -> None:
    nota = _good(sections=(_section("Aanleiding", "a"), _section("Advies", "b")))
    assert _codes(nota, select=["NP201"]) == []


def test_one_beslispunt_is_a_decision_section() -> None:
    nota = _good(sections=(_section("Beslispunt", "a"), _section("Aanleiding", "b")))
    assert _codes(nota, select=["NP201"]) == []


@pytest.mark.parametrize(
    ("heading", "codes"),
    [
        ("Beslispunten, advies en mogelijk alternatief", []),  # (starts with one, whole words)
        ("Gevraagd besluit over de subsidie", []),
        ("Geadviseerdbesluit", []),  # (the words glued by an extractor: still the heading)
        ("Besluitvorming eerder", ["NP201"]),  # (the letters of "Besluit", not the word)
        ("Adviesvraag aan de Raad", ["NP201"]),
    ],
)
def test_a_decision_section_counts_by_whole_words_as_for_decision(heading: str, codes: list[str]) -> None:
    nota = _good(sections=(_section("Aanleiding voor deze nota", "a"), _section(heading, "b")))
    assert _codes(nota, select=["NP201"]) == codes
    # the same test as Nota.decision()'s: the nota has a decision exactly when NP201 is silent
    assert (nota.decision() is None) == bool(codes)


def test_a_heading_opening_with_besluit_as_letters_makes_no_beslisnota() -> None:
    nota = _good(
        metadata=Metadata(fields=_good().metadata.fields),
        sections=(_section("Aanleiding", "a"), _section("Besluitvorming eerder", "b")),
    )
    assert _codes(nota, select=["NP106"]) == []
    nota = _good(metadata=Metadata(fields=_good().metadata.fields), sections=(_section("Besluit", "b"),))
    assert _codes(nota, select=["NP106"]) == ["NP106"]


def test_all_missing_sections_reported_at_once() -> None:
    nota = _good(sections=(_section("Kern", "b"),))
    assert _codes(nota, select=["NP201"]) == ["NP201", "NP201"]


def test_information_nota_needs_no_decision() -> None:
    nota = _good(
        metadata=Metadata(fields=_good().metadata.fields, purpose="informatie"),
        sections=(_section("Kern", "b"),),
    )
    assert _codes(nota, select=["NP201"]) == []


@pytest.mark.parametrize(
    ("purpose", "codes"),
    [
        ("informatie en besluitvorming", ["NP201"]),  # (what besluitvorming needs)
        ("ondertekening en besluitvorming", ["NP201"]),
        ("informatie of besluitvorming", []),  # (what both need: nothing)
        ("beslissing of besluitvorming", ["NP201"]),
    ],
)
def test_joined_purposes_need_what_each_needs(purpose: str, codes: list[str]) -> None:
    nota = _good(
        metadata=Metadata(fields=_good().metadata.fields, purpose=purpose),
        sections=(_section("Aanleiding", "a"), _section("Kern", "b")),
    )
    assert _codes(nota, select=["NP201"]) == codes


def test_empty_section() -> None:
    nota = _good(sections=(*_good().sections[:2], _section("Kern", page=2), _section("Slot", "x")))
    assert _messages(nota, "NP202") == ["Kern on page 2: the section is empty"]


def test_numbered_parent_is_not_empty() -> None:
    nota = _good(
        sections=(
            _section("Aanleiding", "a", number="1"),
            _section("Geadviseerd besluit", "b", number="2"),
            _section("Overwegingen", number="3"),
            _section("Politiek", "c", number="3.1"),
            _section("Slot", number="4"),
        )
    )
    assert _messages(nota, "NP202") == ["Slot on page 1: the section is empty"]


def test_empty_bijlagen_heading_without_table_is_empty() -> None:
    nota = _good(
        attachments=(), metadata=Metadata(fields=_good().metadata.fields[:3], purpose="besluitvorming")
    )
    assert _messages(nota, "NP202") == ["Bijlagen on page 2: the section is empty"]


def test_duplicate_heading() -> None:
    nota = _good(sections=(*_good().sections, _section("aanleiding", "weer", page=3)))
    assert _messages(nota, "NP203") == ["aanleiding on page 3: the heading occurs again (first on page 1)"]


# --- NP3xx ----------------------------------------------------------------------------------------


def test_attachment_count_mismatch() -> None:
    fields = (
        *_good().metadata.fields[:3],
        Field(label="Bijlage(n)", value="2", origin=Origin(page=1, line=4)),
    )
    nota = _good(metadata=Metadata(fields=fields, purpose="besluitvorming"))
    assert _messages(nota, "NP301") == [
        "Bijlage(n) on page 1: says 2 attachment(s) but the attachment table has 1 row(s)"
    ]


def test_attachment_count_without_table_is_fine() -> None:
    assert _codes(_good(attachments=()), select=["NP301"]) == []


def test_attachment_numbering() -> None:
    rows = tuple(Attachment(number=n, name=f"Stuk {n}", origin=Origin(page=2)) for n in (1, 2, 4))
    fields = (*_good().metadata.fields[:3], Field(label="Bijlagen", value="3"))
    nota = _good(attachments=rows, metadata=Metadata(fields=fields, purpose="besluitvorming"))
    assert _messages(nota, "NP302") == [
        "attachment table on page 2: rows are numbered 1, 2, 4, expected 1 to 3"
    ]
    assert _codes(nota, select=["NP3"]) == ["NP302"]


def test_page_count_against_pdf() -> None:
    assert _messages(_good(), "NP303", pdf_pages=3) == ["Pagina: the nota says 2 page(s) but the PDF has 3"]
    assert _codes(_good(), select=["NP303"]) == []  # PDF page count unknown: not checked


# --- NP4xx, NP5xx ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code", ["5.1.2e", "5.1.2 e", "5.1.2.e", "512e", "5.1.1c", "5.2", "5.2.1", "10.2.e", "11.1", "5.1.5"]
)
def test_valid_grounds(code: str) -> None:
    nota = _good(sections=(*_good().sections, _section("Slot", f"Weggelakt {code} hier.")))
    assert _codes(nota, select=["NP401"]) == []


def test_invalid_grounds_all_reported() -> None:
    nota = _good(
        sections=(*_good().sections, _section("Slot", "Zie 5.1.2j en 10.2h, ook 5.1.1f.", page=2)),
    )
    assert _messages(nota, "NP401") == [
        "section 'Slot' on page 2: '5.1.2j' is not a valid Woo/Wob redaction ground",
        "section 'Slot' on page 2: '10.2h' is not a valid Woo/Wob redaction ground",
        "section 'Slot' on page 2: '5.1.1f' is not a valid Woo/Wob redaction ground",
    ]


def test_ordinary_numbers_are_not_grounds() -> None:
    text = "Artikel 5.1.2 Woo, paragraaf 10.2 en 5.1.2 en Kamerstuk 34 338, nr. 5."
    nota = _good(sections=(*_good().sections, _section("Slot", text)), title="Over 5.3 en 11.4")
    assert _codes(nota, select=["NP401"]) == []


def test_ground_in_list_item_and_field() -> None:
    nota = _good(
        sections=(*_good().sections, Section(heading="Slot", blocks=(ItemList(items=("a 5.1.3a",)),))),
    )
    assert _codes(nota, select=["NP401"]) == ["NP401"]


def test_unplaced_text_with_page_from_diagnostic() -> None:
    nota = _good(
        unplaced=("DE DIRECTEUR-GENERAAL BELEID",),
        diagnostics=(Diagnostic(code="unplaced-text", message="could not place", line=67, page=1),),
    )
    problems = validate(nota, today=TODAY, select=["unplaced-text"])
    assert [p.message for p in problems] == [
        "unplaced text on page 1: could not place 'DE DIRECTEUR-GENERAAL BELEID'"
    ]
    assert (problems[0].severity, problems[0].line) == (Severity.WARNING, 67)


def test_an_enclosure_is_checked_for_its_text_not_for_a_nota_s_parts() -> None:
    """An enclosure (a Kamerbrief after the nota) is read for what its text says is wrong: an
    invalid ground, text not placed, a diagnostic; not for a nota's colofon, sections or table
    (a letter has no Geadviseerd besluit and needs none)."""
    letter = Nota(
        title="Voortgang Woo",
        sections=(_section("", "Zie 5.1.2j.", page=3),),
        unplaced=("J.A. de Vries",),
        diagnostics=(
            Diagnostic(code="unplaced-text", message="could not place", line=80, page=3),
            Diagnostic(code="no-title", message="no title (subject line) found", line=70, page=3),
        ),
    )
    nota = _good(enclosures=(letter,))
    problems = validate(nota, today=TODAY, pdf_pages=2)
    assert [(p.code, p.message) for p in problems] == [
        ("NP401", "enclosure 1 section '' on page 3: '5.1.2j' is not a valid Woo/Wob redaction ground"),
        ("NP501", "enclosure 1 unplaced text on page 3: could not place 'J.A. de Vries'"),
        ("NP502", "enclosure 1 text on page 3: no title (subject line) found [no-title]"),
    ]


def test_other_diagnostics_are_info() -> None:
    nota = _good(diagnostics=(Diagnostic(code="odd-thing", message="something odd", line=2, page=1),))
    assert [str(p) for p in validate(nota, today=TODAY)] == [
        "NP502 info: text on page 1: something odd [odd-thing] [parse-diagnostic]"
    ]


# --- all at once, selection, ordering, pickling ----------------------------------------------------


def test_every_problem_at_once() -> None:
    nota = Nota(
        metadata=Metadata(
            fields=(Field(label="Datum", value="31 februari 2024", origin=P1),), purpose="beslissing"
        ),
        sections=(_section("Kern"), _section("Kern", "x 5.1.2z")),
        unplaced=("rest",),
    )
    assert _codes(nota) == ["NP101", "NP104", "NP201", "NP201", "NP202", "NP203", "NP401", "NP501"]


def test_select_and_ignore() -> None:
    nota = Nota(
        metadata=Metadata(fields=(Field(label="Datum", value="31 februari 2024"),), purpose="beslissing")
    )
    assert _codes(nota, select=["NP1"]) == ["NP101", "NP104"]
    assert _codes(nota, select=["NP1"], ignore=["date-invalid"]) == ["NP101"]
    assert _codes(nota, ignore=["NP2", "NP101"]) == ["NP104"]
    assert _codes(nota, select=["np104"]) == ["NP104"]


def test_unknown_rule_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown rule 'NP999'"):
        select_rules(["NP999"])
    with pytest.raises(ValueError, match="unknown rule 'no-such-rule'"):
        validate(_good(), ignore=["no-such-rule"])


def test_one_rule_given_as_a_str_is_a_type_error_saying_what_to_pass() -> None:
    """``select="NP104"`` was read letter by letter: "unknown rule 'P'", a rule nobody named."""
    with pytest.raises(
        TypeError, match=r"select needs an iterable of rule codes, got one str; pass \['NP104'\]"
    ):
        validate(_good(), select="NP104")
    with pytest.raises(
        TypeError, match=r"ignore needs an iterable of rule codes, got one str; pass \['NP1'\]"
    ):
        select_rules(None, "NP1")


def test_severity_order() -> None:
    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    assert max([Severity.INFO, Severity.ERROR, Severity.WARNING]) is Severity.ERROR
    assert Severity.WARNING >= Severity.WARNING
    assert Severity.INFO < Severity.WARNING <= Severity.WARNING < Severity.ERROR
    assert sorted([Severity.ERROR, Severity.INFO, Severity.WARNING]) == [
        Severity.INFO,
        Severity.WARNING,
        Severity.ERROR,
    ]


@pytest.mark.parametrize("compare", [operator.lt, operator.le, operator.gt, operator.ge])
def test_severity_compared_with_a_string_is_a_type_error(compare: Callable[[object, object], bool]) -> None:
    """Only severities are ordered: against their value ("error") the comparison refuses, no
    answer by the strings' order."""
    with pytest.raises(TypeError, match="not supported between instances of 'Severity' and 'str'"):
        compare(Severity.ERROR, "warning")


def test_problem_pickles() -> None:
    nota = _with_fields(Field(label="Datum", value="31 februari 2024", origin=P1))
    problems = validate(nota, today=TODAY)
    assert problems
    assert pickle.loads(pickle.dumps(problems)) == problems
    assert isinstance(problems[0], Problem)


# --- the registry and the docs ---------------------------------------------------------------------


def test_codes_are_stable_and_well_formed() -> None:
    assert list(RULES) == sorted(RULES)
    assert all(len(c) == 5 and c.startswith("NP") and c[2:].isdigit() for c in RULES)
    names = [r.name for r in RULES.values()]
    assert len(set(names)) == len(names)
    assert all("Example" in r.doc for r in RULES.values()), "every rule documents an example"


def test_docs_list_every_rule_as_in_the_registry() -> None:
    docs = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    assert rules_markdown().rstrip() in docs, "regenerate the Rules section from rules_markdown()"
    for rule in RULES.values():
        assert f"### {rule.code} `{rule.name}` ({rule.severity.value})" in docs


def test_docs_examples_run() -> None:
    result = doctest.testfile(
        str(ROOT / "docs" / "validation.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert result.failed == 0


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "text").glob("*.txt")), ids=lambda p: p.name)
def test_text_fixtures_have_no_errors(path: Path) -> None:
    """The hand-verified text fixtures are real, well-formed nota's: no error-level problem."""
    nota = notaparse.load(path)
    errors = [p for p in validate(nota, today=TODAY) if p.severity is Severity.ERROR]
    assert errors == []
