"""Invalid input gives one specific error with its position: exact messages, caret included."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import notaparse

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    pytest.param(
        "%nota 1\nDatum 13 februari\n",
        "Expected a field 'Label: value' in the header\n"
        "  at line 2, column 1\n"
        "    Datum 13 februari\n"
        "    ^~~~~~~~~~~~~~~~~",
        id="canonical-header-line-without-colon",
    ),
    pytest.param(
        "%nota 1\n\n## Kern\n\nTekst een\nTekst twee\n",
        "Expected a blank line after a paragraph\n  at line 6, column 1\n    Tekst twee\n    ^~~~~~~~~~",
        id="canonical-two-paragraph-lines",
    ),
    pytest.param(
        "%nota 1\n@pages x\n",
        "Expected a page count after '@pages'\n  at line 2, column 8\n    @pages x\n           ^",
        id="canonical-page-count",
    ),
    pytest.param(
        "%nota 1\n@pages \u00b2\n",
        "Expected a page count after '@pages'\n  at line 2, column 8\n    @pages \u00b2\n           ^",
        id="canonical-page-count-superscript-digit",
    ),
    pytest.param(
        "%nota 1\n\n| \u00b2 | a |\n",
        "Expected a row number, got '\u00b2'\n  at line 3, column 3\n    | \u00b2 | a |\n      ^",
        id="canonical-row-number-superscript-digit",
    ),
    pytest.param(
        "%nota 1\n\n| 1 | a | b | c |\n",
        "Expected a table row '| number | name | info |'\n"
        "  at line 3, column 1\n"
        "    | 1 | a | b | c |\n"
        "    ^~~~~~~~~~~~~~~~~",
        id="canonical-row-with-four-cells",
    ),
    pytest.param(
        "%nota 1\n\n## Kern\n\n1. a\n3. b\n",
        "Expected item 2. of a numbered list\n  at line 6, column 1\n    3. b\n    ^~~~",
        id="canonical-numbered-list-skips",
    ),
    pytest.param(
        "%nota 1\n\n## Kern\n\n# Titel\n",
        "Expected the title ('# ...') before everything else in the body\n"
        "  at line 5, column 1\n"
        "    # Titel\n"
        "    ^~~~~~~",
        id="canonical-title-after-section",
    ),
    pytest.param(
        "%nota 1\nLabel:  twee  spaties\n",
        "Invalid field: value must be one line without leading, trailing or repeated whitespace: "
        "' twee  spaties'\n"
        "  at line 2, column 1\n"
        "    Label:  twee  spaties\n"
        "    ^~~~~~~~~~~~~~~~~~~~~",
        id="canonical-field-with-double-spaces",
    ),
    pytest.param(
        "%nota 1\nAan: X\n%enclosure\n",
        "Expected a blank line before '%enclosure'\n  at line 3, column 1\n    %enclosure\n    ^~~~~~~~~~",
        id="canonical-enclosure-in-the-header",
    ),
    pytest.param(
        "%nota 1\n\n# Titel\n\n%enclosure 2\n",
        "Expected '%enclosure' alone on its line\n  at line 5, column 11\n    %enclosure 2\n              ^~",
        id="canonical-enclosure-line-with-more",
    ),
    pytest.param(
        "%nota 2\n\n# Titel\n",
        "Expected the first line '%nota 1': this is canonical text of version 2, which this version "
        "of notaparse cannot read; read it with a notaparse that writes it\n"
        "  at line 1, column 7\n    %nota 2\n          ^",
        id="canonical-text-of-another-version",
    ),
    pytest.param(
        "Aan: X\nDatum\n31 februari 2024\n\nEen titel voor deze nota\n\nAanleiding\nTekst.\n",
        "Expected a date after 'Datum': '31 februari 2024' is not a real date "
        "(day is out of range for month)\n"
        "  at line 3, column 1 (page 1)\n"
        "    31 februari 2024\n"
        "    ^~~~~~~~~~~~~~~~",
        id="extracted-impossible-date",
    ),
    pytest.param(
        "Aan: X\vDatum\n31 februari 2024\n\nEen titel voor deze nota\n\nAanleiding\nTekst.\n",
        "Expected a date after 'Datum': '31 februari 2024' is not a real date "
        "(day is out of range for month)\n"
        "  at line 3, column 1 (page 1)\n"
        "    31 februari 2024\n"
        "    ^~~~~~~~~~~~~~~~",
        id="extracted-impossible-date-after-a-vertical-tab-line-break",
    ),
    pytest.param(
        "Aan: X\n\nEen titel voor deze nota\n\nAanleiding\nTekst.\n\nDE DIRECTEUR-GENERAAL BELEID\n",
        "Expected a field, heading, paragraph, list or table row; this line is none of them "
        "(kept in Nota.unplaced)\n"
        "  at line 8, column 1 (page 1)\n"
        "    DE DIRECTEUR-GENERAAL BELEID\n"
        "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~",
        id="extracted-unplaced-line",
    ),
    pytest.param(
        "Aan: X\n\nAanleiding\nTekst.\n",
        "no title (subject line) found\n  at line 1, column 1 (page 1)\n    Aan: X\n    ^~~~~~",
        id="extracted-without-title",
    ),
]


@pytest.mark.parametrize(("text", "message"), CASES)
def test_strict_parse_raises_with_position(text: str, message: str) -> None:
    with pytest.raises(notaparse.NotaSyntaxError) as info:
        notaparse.parse(text, strict=True)
    assert str(info.value) == message


def test_lenient_parse_reports_instead_of_raising() -> None:
    text = "Aan: X\nDatum\n31 februari 2024\n\nEen titel voor deze nota\n\nAanleiding\nTekst.\n"
    nota = notaparse.parse(text)
    assert [(d.code, d.line, d.page) for d in nota.diagnostics] == [("bad-date", 3, 1)]
    assert nota.metadata.date is None
    assert nota.metadata.get("Datum") == "31 februari 2024"


def test_broken_canonical_text_is_read_leniently_with_a_diagnostic() -> None:
    nota = notaparse.parse("%nota 1\nDatum 13 februari 2024\n\nEen titel van de nota\n\nAanleiding\nTekst.\n")
    assert nota.diagnostics[0].code == "canonical-syntax"
    assert nota.diagnostics[0].line == 2
    assert nota.title == "Een titel van de nota"


def test_canonical_text_of_another_version_is_read_leniently_with_a_diagnostic() -> None:
    """A later notaparse's canonical text is not taken for extracted text without a word: the
    diagnostic names the version (its magic line was dropped silently before)."""
    nota = notaparse.parse("%nota 2\nAan: X\n\n# Een titel van de nota\n\n## Aanleiding\n\nTekst.\n")
    assert [(d.code, d.line) for d in nota.diagnostics] == [("canonical-syntax", 1)]
    assert "canonical text of version 2" in nota.diagnostics[0].message


LETTER = """Aan: de Voorzitter van de Tweede Kamer
Datum: 12 maart 2024

Geachte voorzitter,

Hierbij bericht ik u over de voortgang.

Met vriendelijke groet,

de minister
"""


def test_a_letter_gets_a_diagnostic_at_its_salutation_and_strict_parsing_refuses_it() -> None:
    nota = notaparse.parse(LETTER)
    letter = [d for d in nota.diagnostics if d.code == "not-a-nota"]
    assert [(d.line, d.page) for d in letter] == [(4, 1)]
    assert "'Geachte voorzitter,'" in letter[0].message
    assert "'Met vriendelijke groet,'" in letter[0].message
    with pytest.raises(notaparse.NotaSyntaxError, match="a letter, not a nota"):
        notaparse.parse(LETTER, strict=True)


@pytest.mark.parametrize(
    "text",
    [
        LETTER.replace("Datum: 12 maart 2024", "TER BESLISSING"),  # a purpose line: a nota
        LETTER.replace("Geachte voorzitter,", "Aanleiding\nGeachte voorzitter,"),  # a heading first
        LETTER.replace("Met vriendelijke groet,", "Tot slot."),  # no closing
    ],
)
def test_a_nota_with_a_salutation_is_no_letter(text: str) -> None:
    assert "not-a-nota" not in [d.code for d in notaparse.parse(text).diagnostics]


#: A Kamerbrief as Parliament gets it: no "Hoogachtend,", its signer's office closes it.
KAMERBRIEF = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Datum 21 juni 2024
Betreft Beantwoording Kamervragen over de uitvoering

Geachte voorzitter,

Hierbij zend ik u de antwoorden op de vragen van het lid Jansen.

De Minister van Volkshuisvesting en Ruimtelijke Ordening,

J. de Vries
"""

#: The nota a cover letter sends, after it in the same file (no purpose line: its headings tell).
COVERED_NOTA = """Aan: Minister van Volkshuisvesting en Ruimtelijke Ordening
Van: Directeur Wonen

Beantwoording Kamervragen over de uitvoering

Aanleiding
Het lid Jansen heeft vragen gesteld.

Geadviseerd besluit
Instemmen met de antwoorden.
"""


@pytest.mark.parametrize(
    "closing",
    [
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,",
        "de staatssecretaris van Financiën - Fiscaliteit,",
        "De Minister voor Klimaat en Energie,",
        "De Minister-President,",
    ],
)
def test_a_kamerbrief_closed_by_its_signers_office_is_a_letter(closing: str) -> None:
    """A Kamerbrief ends with the signer's office, not with "Hoogachtend,": a letter all the
    same (it was read as a nota without a title or a problem)."""
    text = KAMERBRIEF.replace("De Minister van Volkshuisvesting en Ruimtelijke Ordening,", closing)
    letter = [d for d in notaparse.parse(text).diagnostics if d.code == "not-a-nota"]
    assert [d.line for d in letter] == [5]
    assert f"closes with {closing!r}" in letter[0].message


@pytest.mark.parametrize(
    "closing", ["De Minister van Volkshuisvesting en Ruimtelijke Ordening,", "Hoogachtend,"]
)
@pytest.mark.parametrize("between", ["\n", "\f"])
def test_a_cover_letter_followed_by_its_nota_is_no_letter(closing: str, between: str) -> None:
    """A letter followed by the nota it sends, in one text (on the same page or after a page
    break): the nota is read, no letter refused; after a page break the nota is the enclosure."""
    letter = KAMERBRIEF.replace("De Minister van Volkshuisvesting en Ruimtelijke Ordening,", closing)
    text = letter + between + COVERED_NOTA
    nota = notaparse.parse(text, strict=False)
    assert "not-a-nota" not in [d.code for d in nota.diagnostics]
    documents = [nota, *nota.enclosures]
    assert any(d.title == "Beantwoording Kamervragen over de uitvoering" for d in documents)


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        ("Hoogachtend,", "De minister van Volkshuisvesting en Ruimtelijke Ordening\nJ. de Vries"),
        ("Met vriendelijke groet,", "de staatssecretaris van Financiën - Fiscaliteit,\ndrs. M. van Rij"),
        ("De Minister van Volkshuisvesting en Ruimtelijke Ordening,", "J. de Vries\nPagina 1 van 1"),
    ],
)
@pytest.mark.parametrize(
    "head",
    ["", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening\n", "Ter beslissing\n", "Beslisnota\n"],
)
def test_a_cover_letter_and_its_nota_in_one_text_are_read_as_with_a_page_break(
    closing: str, signature: str, head: str
) -> None:
    """A letter's closing and signature, then the nota's head on the next row, no page break
    between them: the letter and the nota are two documents, as with a page break (the nota was
    read as one with the letter: the letter's rows in its letterhead, two Aan fields)."""
    letter = KAMERBRIEF.replace(
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,\n\nJ. de Vries\n",
        f"{closing}\n{signature}\n",
    )
    nota = notaparse.parse(letter + head + COVERED_NOTA)
    paged = notaparse.parse(letter + "\f" + head + COVERED_NOTA)
    assert [len(n.enclosures) for n in (nota, paged)] == [1, 1]
    assert nota.enclosures[0].title == "Beantwoording Kamervragen over de uitvoering"
    assert [f.value for f in nota.enclosures[0].metadata.fields] == [
        f.value for f in paged.enclosures[0].metadata.fields
    ]
    assert nota.enclosures[0].metadata.letterhead == paged.enclosures[0].metadata.letterhead
    assert nota.metadata.fields == paged.metadata.fields
    assert "not-a-nota" not in [d.code for d in nota.diagnostics]


@pytest.mark.parametrize(
    "body",
    [
        # a closing quoted in the body of a nota, after its headings
        "Toelichting\nDe brief sluit af met:\nHoogachtend,\nDe minister van Financiën,\n\n"
        "Vervolg\nVerzenden.\n",
        # a section that signs the nota, at its end
        "Ondertekening\nMet vriendelijke groet,\nDe Minister van Financiën,\nJ. de Vries\n",
    ],
)
def test_a_nota_that_quotes_a_letters_closing_is_one_document(body: str) -> None:
    nota = notaparse.parse("Aan: Minister van Financiën\nVan: DGFZ\n\nTitel van de nota\n\n" + body)
    assert nota.enclosures == ()
    assert nota.title == "Titel van de nota"


#: A memo with no heading whose subject wraps before "beste" in lower case (an adjective, "beste
#: praktijken"), the wrapped row ending in a comma, and a closing at its end.
MEMO_BESTE = """Aan: Minister van Onderwijs, Cultuur en Wetenschap
Van: DGPV
Datum: 12 maart 2025
Betreft: Uitwisseling van
beste praktijken tussen gemeenten,
provincies en waterschappen

Wij hebben met de VNG gesproken over de uitwisseling van ervaringen.

Met vriendelijke groet,
De directeur Primair en Voortgezet Onderwijs
"""


@pytest.mark.parametrize(
    "text",
    [
        MEMO_BESTE,
        MEMO_BESTE.replace(
            "Uitwisseling van\nbeste praktijken tussen gemeenten,\nprovincies en waterschappen",
            "Afscheidsreceptie voor de zeer\ngeachte oud-burgemeester van Utrecht,\nop 4 april in de zaal",
        ),
    ],
)
def test_beste_or_geachte_in_lower_case_is_no_salutation(text: str) -> None:
    """A salutation opens its row with a capital: "beste" or "geachte" in lower case is a
    wrapped subject's word, and the memo no letter."""
    nota = notaparse.parse(text)
    assert "not-a-nota" not in [d.code for d in nota.diagnostics]
    assert nota.title is not None
    assert nota.title.endswith(("waterschappen", "zaal"))


EMAIL = """Van: Jansen, P. (DGDOO)
Verzonden: maandag 12 februari 2024 10:15
Aan: Pietersen, K. (DGDOO/DIO)
Onderwerp: RE: stand van zaken basisregistraties

Dank voor je bericht. Ik kom er donderdag op terug.
"""


@pytest.mark.parametrize(
    ("text", "line", "quoted"),
    [
        (EMAIL, 2, "'Verzonden: maandag 12 februari 2024 10:15'"),
        (EMAIL.replace("Verzonden: maandag 12 februari 2024 10:15\n", "") + "\nBeste Kees,\nGroet.\n", 0, ""),
        (LETTER.replace("Geachte voorzitter,", "Beste Kees,"), 4, "'Beste Kees,'"),
    ],
)
def test_an_email_is_no_nota(text: str, line: int, quoted: str) -> None:
    """An e-mail's header rows, or a salutation with a closing after it; without "Verzonden" and
    with no closing, a printed e-mail is read as it stands."""
    found = [(d.line, d.message) for d in notaparse.parse(text).diagnostics if d.code == "not-a-nota"]
    if not line:
        assert found == []
    else:
        assert [n for n, _ in found] == [line]
        assert quoted in found[0][1]


def test_error_carries_position_attributes() -> None:
    with pytest.raises(notaparse.NotaSyntaxError) as info:
        notaparse.parse("%nota 1\n@pages x\n", strict=True)
    error = info.value
    assert (error.line, error.column, error.source_line) == (2, 8, "@pages x")
    assert isinstance(error, notaparse.NotaparseError)
    assert isinstance(error, ValueError)


def test_a_strict_load_names_the_file_as_an_extraction_error_does(tmp_path: Path) -> None:
    """``load(path, strict=True)``'s NotaSyntaxError named no file (``parse()``'s has none to
    name): a script over an archive could not tell which file. Its message starts with the path
    as given, as an ExtractionError's does, for a text file and a PDF (with the page), and the
    path is its attribute; ``parse()``'s is as before."""
    path = tmp_path / "nota.txt"
    path.write_text("Aan: X\nDatum\n31 februari 2024\n\nEen titel voor deze nota\n\nAanleiding\nTekst.\n")
    with pytest.raises(notaparse.NotaSyntaxError) as info:
        notaparse.load(path, strict=True)
    assert str(info.value) == (
        f"{path}: Expected a date after 'Datum': '31 februari 2024' is not a real date (day is out of"
        " range for month)\n  at line 3, column 1 (page 1)\n    31 februari 2024\n    ^~~~~~~~~~~~~~~~"
    )
    assert (info.value.path, info.value.line, info.value.column) == (str(path), 3, 1)
    copy = pickle.loads(pickle.dumps(info.value))
    assert (str(copy), copy.path) == (str(info.value), str(path))
    pdf = "fixtures/pdf/vws-2020-09-10-acc19-memo-ocr.pdf"
    with pytest.raises(notaparse.NotaSyntaxError) as info:
        notaparse.load(ROOT / pdf, strict=True, name=pdf)
    assert str(info.value).startswith(f"{pdf}: Expected a date after 'Datum': the date '10 september' has no")
    assert (info.value.path, info.value.page) == (pdf, 1)
    with pytest.raises(notaparse.NotaSyntaxError) as info:
        notaparse.parse(path.read_text(), strict=True)
    assert str(info.value).startswith("Expected a date after 'Datum'")
    assert info.value.path is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: notaparse.render("Aan: X"), "render() needs a Nota, got str"),
        (lambda: notaparse.to_json({}), "to_json() needs a Nota, got dict"),
        (lambda: notaparse.to_dict(None), "to_dict() needs a Nota, got NoneType"),
        (lambda: notaparse.from_json(None), "from_json() needs a str or bytes, got NoneType"),
        (
            lambda: notaparse.validate("Aan: X"),
            "validate() needs a Nota, got str; load() or parse() one first",
        ),
        (lambda: notaparse.load("nota.pdf", password=1234), "password must be a str, got int"),
        (lambda: notaparse.load_all([], password=1234), "password must be a str, got int"),
        (
            lambda: notaparse.load_all("archief"),
            "load_all() needs an iterable of paths, got one path; pass [path], or a folder's files: "
            "sorted(Path(folder).rglob('*.pdf'))",
        ),
    ],
)
def test_writers_and_readers_refuse_the_wrong_type(call: Callable[[], object], message: str) -> None:
    with pytest.raises(TypeError) as info:
        call()
    assert str(info.value) == message


def test_parse_refuses_bytes_with_a_hint() -> None:
    with pytest.raises(TypeError, match=r"parse\(\) needs a str, got bytes; use load\(\) for files"):
        notaparse.parse(b"Aan: X")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{", "not JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
        (
            '{"metadata": {"fields": [{"label": "Da:tum", "value": ""}]}}',
            "JSON does not describe a nota: label must not contain ':' (it separates label and value): "
            "'Da:tum' @ $.metadata.fields[0]",
        ),
        (
            '{"sections": [{"heading": "Kern", "number": "x", "blocks": []}]}',
            "JSON does not describe a nota: number must look like '4', '4.1', 'B' or 'IV', "
            "got 'x' @ $.sections[0]",
        ),
        (
            '{"metadata": {"fields": [{"label": "Aan", "value": "MOCW"}], "addressee": "MBZK"}}',
            "JSON disagrees with itself at $.metadata.addressee: it says 'MBZK', "
            "but the printed fields give 'MOCW'",
        ),
        (
            '{"enclosures": [{"metadata": {"fields": [{"label": "Aan", "value": "MOCW"}], '
            '"addressee": "X"}}]}',
            "JSON disagrees with itself at $.enclosures[0].metadata.addressee: it says 'X', "
            "but the printed fields give 'MOCW'",
        ),
        # a dependency's own exceptions were raised as they were
        (
            b'{"title": "Caf\xe9"}',
            "not JSON: the bytes are no UTF-8 text (byte 0xe9 at offset 14); save the JSON as UTF-8",
        ),
        ("[" * 100_000 + "]" * 100_000, "not JSON of a nota: arrays or objects nested too deeply to read"),
    ],
)
def test_from_json_errors(data: str | bytes, message: str) -> None:
    with pytest.raises(notaparse.JSONError) as info:
        notaparse.from_json(data)
    assert str(info.value) == message


_BLOCK = '{"sections": [{"heading": "Kern", "number": null, "blocks": [%s]}]}'


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        # the contract's values have exact JSON types: nothing is converted ("5", "True", ("a", "b"))
        ('{"title": 5}', "expected a string, got 5 @ $.title"),
        ('{"metadata": {"page_count": "2"}}', 'expected an integer, got "2" @ $.metadata.page_count'),
        (
            '{"footnotes": [{"number": true, "text": "x"}]}',
            "expected an integer, got true @ $.footnotes[0].number",
        ),
        ('{"unplaced": "ab"}', 'expected an array, got "ab" @ $.unplaced'),
        ('{"unplaced": ["a", 3]}', "expected a string, got 3 @ $.unplaced[1]"),
        # a document or part of it that is no object is not read as one with every key left out
        ("[]", "expected an object, got []"),
        ('"nota"', 'expected an object, got "nota"'),
        ('{"metadata": []}', "expected an object, got [] @ $.metadata"),
        ('{"metadata": {"fields": ["Datum"]}}', 'expected an object, got "Datum" @ $.metadata.fields[0]'),
        # blocks, read by hand, report their keys like the other objects
        (
            _BLOCK % '{"kind": "paragraph", "text": true}',
            "expected a string, got true @ $.sections[0].blocks[0].text",
        ),
        (_BLOCK % '{"kind": "paragraph"}', "expected a string, got null @ $.sections[0].blocks[0].text"),
        (
            _BLOCK % '{"kind": "list", "ordered": true, "items": ["a", 5]}',
            "expected a string, got 5 @ $.sections[0].blocks[0].items[1]",
        ),
        (
            _BLOCK % '{"kind": "list", "ordered": 1, "items": ["a"]}',
            "expected true or false, got 1 @ $.sections[0].blocks[0].ordered",
        ),
        (
            _BLOCK % '{"kind": "list", "ordered": true, "items": ["a"], "start": "2"}',
            'expected an integer, got "2" @ $.sections[0].blocks[0].start',
        ),
        # the model's own reasons are passed on
        (
            _BLOCK % '{"kind": "list", "items": []}',
            "a list must have at least one item @ $.sections[0].blocks[0]",
        ),
        # an enclosure is a nota object of its own, without enclosures
        ('{"enclosures": [[]]}', "expected an object, got [] @ $.enclosures[0]"),
        ('{"enclosures": [{"title": 5}]}', "expected a string, got 5 @ $.enclosures[0].title"),
        (
            '{"enclosures": [{"enclosures": [{}]}]}',
            "enclosure 0 has enclosures of its own; an enclosure cannot have enclosures: list them all "
            "on the nota @ $.enclosures",
        ),
        (
            _BLOCK % '{"kind": "table"}',
            'a block needs "kind": "paragraph" or "list" @ $.sections[0].blocks[0]',
        ),
        # a key the contract does not have (nota.schema.json: additionalProperties false), a
        # misspelt one above all, is refused: it was read as left out, its value dropped
        (
            '{"atachments": [{"number": 1, "name": "Kamerbrief"}]}',
            'unknown key "atachments"; the keys are metadata, title, sections, attachments, footnotes, '
            "unplaced, enclosures @ $",
        ),
        (
            '{"metadata": {"titel": "x", "reference": null}}',
            'unknown key "titel"; the keys are addressee, sender, purpose, actively_public, reference, '
            "date, drafted_by, coordinated_with, attachment_count, page_count, kind, letterhead, "
            "unlabelled_addressee, fields @ $.metadata",
        ),
        (
            '{"attachments": [{"number": 1, "name": "Brief", "informatie": "ter inzage"}]}',
            'unknown key "informatie"; the keys are number, name, info @ $.attachments[0]',
        ),
        (
            _BLOCK % '{"kind": "paragraph", "text": "a", "txt": "b"}',
            'unknown key "txt"; the keys are kind, text @ $.sections[0].blocks[0]',
        ),
        (
            '{"sections": [{"heading": "Kern", "nummer": "2"}], "x": 1}',
            'unknown key "nummer"; the keys are heading, number, blocks @ $.sections[0]; unknown key "x"; '
            "the keys are metadata, title, sections, attachments, footnotes, unplaced, enclosures @ $",
        ),
    ],
)
def test_from_json_names_the_problem_and_its_path(data: str, problem: str) -> None:
    with pytest.raises(notaparse.JSONError) as info:
        notaparse.from_json(data)
    assert str(info.value) == "JSON does not describe a nota: " + problem


def test_errors_survive_pickling() -> None:
    with pytest.raises(notaparse.NotaSyntaxError) as info:
        notaparse.parse("%nota 1\n@pages x\n", strict=True)
    copy = pickle.loads(pickle.dumps(info.value))
    assert (str(copy), copy.line, copy.column) == (str(info.value), 2, 8)
    scan = notaparse.NoTextLayerError("a.pdf", "has no text layer")
    copy2 = pickle.loads(pickle.dumps(scan))
    assert (type(copy2), str(copy2), copy2.path) == (
        notaparse.NoTextLayerError,
        "a.pdf: has no text layer",
        "a.pdf",
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: notaparse.Attachment(number=1, name=3), "name must be a str, got int"),
        (lambda: notaparse.Nota(unplaced=["5.1.2e"]), "unplaced must be a tuple, got list"),
        (lambda: notaparse.Nota(footnotes=[]), "footnotes must be a tuple, got list"),
        (lambda: notaparse.Field(label=5), "label must be a str, got int"),
        (
            lambda: notaparse.Section(heading="", number="1", blocks=(notaparse.Paragraph(text="Tekst."),)),
            "a preamble (section without heading) needs blocks and no number",
        ),
        (
            lambda: notaparse.Nota(
                sections=(
                    notaparse.Section(heading="Aanleiding"),
                    notaparse.Section(heading="", blocks=(notaparse.Paragraph(text="Tekst."),)),
                )
            ),
            "only the first section can be a preamble",
        ),
    ],
)
def test_the_model_refuses_a_wrong_value_with_a_clear_model_error(
    build: Callable[[], object], message: str
) -> None:
    with pytest.raises(notaparse.ModelError, match=re.escape(message)):
        build()


def test_a_diagnostic_says_where_it_is_or_that_it_is_the_documents() -> None:
    assert str(notaparse.Diagnostic(code="bad-date", message="no year")) == "document: no year [bad-date]"
    assert (
        str(notaparse.Diagnostic(code="bad-date", message="no year", line=4)) == "line 4: no year [bad-date]"
    )


def test_a_section_is_found_by_its_heading_in_any_case_or_spacing() -> None:
    nota = notaparse.Nota(sections=(notaparse.Section(heading="Politieke context"),))
    assert nota.section("  politieke   CONTEXT ") is nota.sections[0]
    assert nota.section("Aanleiding") is None
