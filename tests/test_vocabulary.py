"""The Dutch vocabulary (notaparse._vocab) is consistent: OCR-tolerant matching never makes two
entries one, and a misread label or heading still finds its entry."""

from __future__ import annotations

from collections import Counter

import pytest

import notaparse
from notaparse import _vocab


def test_ocr_keys_keep_labels_apart() -> None:
    keys = Counter(_vocab.ocr_key(label) for label in _vocab.LABELS)
    assert [k for k, n in keys.items() if n > 1] == []


def test_ocr_keys_keep_headings_apart() -> None:
    keys = Counter(_vocab.ocr_key(heading) for heading in _vocab.HEADINGS)
    assert [k for k, n in keys.items() if n > 1] == []


def test_only_words_that_are_both_share_a_label_and_a_heading_key() -> None:
    labels = {_vocab.ocr_key(label) for label in _vocab.LABELS}
    both = {_vocab.key(h) for h in _vocab.HEADINGS if _vocab.ocr_key(h) in labels}
    assert both <= _vocab.HEADING_OR_LABEL


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Daturn", "Datum"),
        ("Kenrnerk", "Kenmerk"),
        ("0nze referentie", "Onze referentie"),
        ("Datum", "Datum"),
    ],
)
def test_a_misread_label_finds_its_entry(printed: str, label: str) -> None:
    assert _vocab.known_label(printed) == label


@pytest.mark.parametrize("printed", ["Aanleidlng", "Toe1ichting", "Geadviseerd besIuit"])
def test_a_misread_heading_is_known(printed: str) -> None:
    assert _vocab.is_known_heading(printed)


@pytest.mark.parametrize("printed", ["Dat", "Datums", "Vla", "Kern punten en meer"])
def test_other_words_are_not_taken_for_labels(printed: str) -> None:
    assert _vocab.known_label(printed) is None


def test_no_name_of_the_vocabulary_is_defined_twice() -> None:
    """One place for the Dutch vocabulary also means one definition per name: a second one
    silently replaces the first for every reader."""
    import ast  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    tree = ast.parse(Path(_vocab.__file__).read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    assert [n for n, c in Counter(names).items() if c > 1] == []


@pytest.mark.parametrize(
    "printed",
    [
        "Ambtelijke nota",
        "Interne notitie",
        "Nota aan de minister",
        "Memo aan de staatssecretaris",
        "Informatienotitie",
    ],
)
def test_kind_lines_of_other_templates_are_kinds(printed: str) -> None:
    assert _vocab.is_kind(printed)


@pytest.mark.parametrize(
    "printed", ["Ambtelijke", "Ambtelijke nota's", "Nota aan de minister.", "Bijlage aan de nota"]
)
def test_lines_like_kind_lines_are_not(printed: str) -> None:
    assert not _vocab.is_kind(printed)


@pytest.mark.parametrize(
    "printed",
    ["Team", "Dossiernummer", "Registratienummer", "Met medewerking van", "Cc", "Uiterste beslisdatum"],
)
def test_colofon_labels_of_other_templates_are_known(printed: str) -> None:
    assert _vocab.known_label(printed) == printed


def test_purpose_words_of_other_templates_are_known() -> None:
    assert "accordering" in _vocab.PURPOSES


@pytest.mark.parametrize(
    "printed",
    [
        "Ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
        "Ministerie van Economische Zaken, Landbouw en Innovatie",
        "Ministerie van Verkeer en Waterstaat",
        "Ministerie van Justitie",
        "Programmaministerie voor Jeugd en Gezin",
    ],
)
def test_the_wob_eras_ministries_are_whole_names(printed: str) -> None:
    assert _vocab.names_whole_ministry(printed)
    assert printed[0] in _vocab.WHOLE_NAME_INITIALS


@pytest.mark.parametrize(
    "printed",
    [
        "Minister voor Wonen, Wijken en Integratie",
        "Minister voor Jeugd en Gezin",
        "Minister voor Wonen en Rijksdienst",
        "Minister voor Immigratie en Asiel",
        "Minister voor Ontwikkelingssamenwerking",
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    ],
)
def test_the_wob_eras_ministers_offices_are_whole_titles(printed: str) -> None:
    assert _vocab.names_ministers_office(printed)


@pytest.mark.parametrize(
    ("printed", "concept"),
    [
        ("Behandelend ambtenaar", _vocab.Concept.DRAFTED_BY),
        ("Referentie BZ", _vocab.Concept.REFERENCE),
        ("Kenmerk nota", _vocab.Concept.REFERENCE),
        ("Ons kenmerk DGF", _vocab.Concept.REFERENCE),
        ("Bewindspersoon", _vocab.Concept.OTHER),
    ],
)
def test_ministries_own_labels_have_their_concept(printed: str, concept: _vocab.Concept) -> None:
    assert _vocab.known_label(printed) is not None
    assert _vocab.label_concept(printed) is concept


@pytest.mark.parametrize(
    "printed",
    [
        "Referentie bz",
        "Kenmerk van de nota",
        "Referentie BZ DGPZ EU",
        "Kenmerk 2026",
        "Kenmerk: EEN",
        "Uw kenmerk BZ",
    ],
)
def test_reference_labels_are_qualified_only_by_an_abbreviation_or_the_document(printed: str) -> None:
    assert _vocab.label_concept(printed) is not _vocab.Concept.REFERENCE


@pytest.mark.parametrize("printed", ["Beslisnota MR", "Nota BPO"])
def test_a_kind_word_for_a_forum_is_a_kind(printed: str) -> None:
    assert _vocab.is_kind(printed)


@pytest.mark.parametrize(
    "printed",
    [
        "Beslispunten voor de minister",
        "Bijlage(n) bij deze nota",
        "Bijlagen bij deze notitie",
        "Bijlagen bij deze\u00a0nota",  # (a no-break space before the last word, as Word sets one)
    ],
)
def test_a_heading_qualified_by_its_reader_or_document_is_known(printed: str) -> None:
    assert _vocab.is_known_heading(printed)
    assert not _vocab.is_known_heading(printed.split(maxsplit=1)[0] + " bij de minister van Financiën")


def test_a_qualified_attachments_heading_heads_the_attachments() -> None:
    assert _vocab.is_attachments_heading("Bijlage(n) bij deze nota")
    assert not _vocab.is_attachments_heading("Beslispunten voor de minister")


def test_a_qualified_reference_label_gives_the_reference() -> None:
    nota = notaparse.parse(
        "Nota aan de minister\n\nTER BESLISSING\n\nAan: Minister van Buitenlandse Zaken\nVan: DGPZ\n"
        "Datum: 3 november 2026\nReferentie BZ: BZDOC-1234567890-12\nBehandelend ambtenaar: L. de Wit\n\n"
        "Inzet voor de Raad Buitenlandse Zaken\n\nKernboodschap\nDe Raad spreekt over sancties.\n"
    )
    assert nota.metadata.reference == "BZDOC-1234567890-12"
    assert nota.metadata.drafted_by == "L. de Wit"


@pytest.mark.parametrize(
    "printed",
    [
        *_vocab.LABELS,
        *(label.upper() for label in _vocab.LABELS),
        "Daturn",
        "Kenrnerk",
        "0nze referentie",
        "Datur n",  # (an "r" and the next word's "n" read as an "m": "Datum")
        "Kenmerk BZ",
        "Referentie nota:",
    ],
)
def test_the_cheap_test_before_known_label_lets_every_label_through(printed: str) -> None:
    # may_open_label only saves known_label's work: a label it would find is never turned away
    if _vocab.known_label(printed) is not None:
        assert _vocab.may_open_label(printed.split(maxsplit=1)[0])


@pytest.mark.parametrize("printed", ["Het besluit", "Over de", "Voor de minister", "Ker"])
def test_the_cheap_test_turns_sentences_away(printed: str) -> None:
    assert not _vocab.may_open_label(printed.split(maxsplit=1)[0])


@pytest.mark.parametrize(
    "printed",
    [
        "(070) 3456789",
        "+31 6 12345678",
        "+31 (0)70 345 67 89",
        "070 - 345 67 89",
        "06-12345678",
        "070-3456789",
        "070 379 8911",
        "0031 (0)6 12345678",
        "+31-6-12345678",
        "0900-0388",
    ],
)
def test_telephone_numbers_in_their_printed_forms_are_read_whole(printed: str) -> None:
    assert _vocab.is_phone(printed)
    assert _vocab.phone_spans(f"bereikbaar op {printed}, ook 's avonds") == [(14, 14 + len(printed))]


@pytest.mark.parametrize(
    "printed",
    [
        "06-12-2024",
        "2024-0000123456",
        "IENW/BSK-2022/248639",
        "48137608",
        "1752993-210956-PG",
        "(070 3456789",
    ],
)
def test_dates_and_references_are_no_telephone_numbers(printed: str) -> None:
    """A date and the references of the ministries have digits and dashes too."""
    assert _vocab.phone_spans(printed) == []


@pytest.mark.parametrize(
    ("printed", "holder"),
    [
        ("Projectleider Sandra Vriese", True),
        ("Beleidsmedewerker Jan-Willem de Vries", True),
        ("Senior adviseur Fatima el Amrani", True),
        ("Programmamanager R. Vriese", True),
        ("Directeur Algemene Europese", False),  # (an office's name: a unit's head, adjectives)
        ("Programma Schone Lucht", False),
        ("Team Europese Zaken", False),
    ],
)
def test_a_post_before_its_holders_given_names_is_a_post_holder(printed: str, holder: bool) -> None:
    assert _vocab.names_post_holder(printed) is holder


@pytest.mark.parametrize(
    ("printed", "street"),
    [
        ("4200 Linnean Avenue NW", True),
        ("350 Albert Street, Suite 2020", True),
        ("4-10 Avenue de Cortenbergh", True),
        ("2 Overleg via de regio", False),
        ("3 Afstemming via de provincie en het Rijk", False),
        ("11 Luchtmobiele Brigade", False),
        ("1 Inzet street art", False),
        ("666 Third Avenue, 19th floor", True),
        ("175 Rue de la Loi", True),
        ("2030 Road Map voor de", False),
        ("2 Road Map Digitale Overheid", False),
    ],
)
def test_a_street_abroad_names_its_kind_capitalised(printed: str, street: bool) -> None:
    assert (_vocab.FOREIGN_STREET.match(printed) is not None) is street


@pytest.mark.parametrize(
    "text",
    [
        "De Inspectie Leefomgeving en Transport",
        "De Nederlandsche Bank",
        "De Raad van State",
        "De Autoriteit Persoonsgegevens",
    ],
)
def test_an_organisation_after_its_article_is_no_persons_name(text: str) -> None:
    """A capitalised "De" with more than one word after it opens an organisation's name."""
    assert not _vocab.names_person(text)


@pytest.mark.parametrize(
    "text", ["De Vries", "Van der Wiel", "De Vries-Jansen", "Anne de Friese", "mr. J. de Wit"]
)
def test_a_bare_surname_with_its_particle_is_a_persons_name(text: str) -> None:
    assert _vocab.names_person(text)


@pytest.mark.parametrize(
    "row", ["1000 Brussel", "1040 Brussel", "B-1040 Brussel", "B-2000 Antwerpen", "9000 Gent"]
)
def test_a_belgian_postcode_and_its_town_is_an_address_row(row: str) -> None:
    assert _vocab.POSTCODE_TOWN.match(row)
    assert _vocab.ADDRESS.search(row)


@pytest.mark.parametrize(
    "row", ["2024 Brussel", "1995 Antwerpen", "1000 euro", "Er zijn 1000 Brusselaars", "1000 Brussel werd"]
)
def test_a_year_or_a_number_before_a_word_is_no_belgian_address(row: str) -> None:
    """A year before a town reads as prose unless the land's "B-" stands before it."""
    assert not _vocab.POSTCODE_TOWN.match(row)
    assert not _vocab.ADDRESS.search(row)


@pytest.mark.parametrize(
    "label",
    [
        "Uw brief van",
        "Termijn",
        "Uiterste datum",
        "Gewenste datum besluit",
        "Datum ondertekening",
        "Projectnaam",
        "Nota nr.",
        "Referte",
        "Kopie",
        "Bcc",
    ],
)
def test_other_ministries_colofon_labels_are_known(label: str) -> None:
    assert _vocab.known_label(label) == label
    assert _vocab.label_concept(label) is _vocab.Concept.OTHER


@pytest.mark.parametrize(
    "heading", ["Risico\u2019s", "3. Risico\u2018s", "Argumenten", "Woo", "Woo / Openbaarmaking"]
)
def test_other_templates_headings_are_known(heading: str) -> None:
    assert _vocab.is_marked_known_heading(heading)


def test_a_typographic_apostrophe_keys_as_the_straight_one() -> None:
    assert _vocab.key("Risico\u2019s") == _vocab.key("Risico's") == "risico's"


@pytest.mark.parametrize("word", ["Spoed", "SPOED", "Termijn van vier weken", "Kopie van de brief"])
def test_an_urgency_stamp_and_sentence_openers_are_no_labels(word: str) -> None:
    assert _vocab.known_label(word) is None
