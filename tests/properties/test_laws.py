"""The five laws of docs/format.md, one test (or group) per law."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import notaparse
from notaparse import strategies as nst
from notaparse._fragments import format_date, format_purpose, parse_date, parse_page_line, parse_purpose


# -- law 1: round trip ------------------------------------------------------------------------------
def _listed(*blocks: notaparse.Paragraph | notaparse.ItemList) -> notaparse.Nota:
    return notaparse.Nota(sections=(notaparse.Section(heading="Kern", blocks=blocks),))


@given(nst.notas())
# ordered lists keep their marks; "i", "v", "x" are decided by their neighbours
@example(_listed(notaparse.ItemList(items=("a", "b"), ordered=True, numbering="a", start=8)))
@example(_listed(notaparse.ItemList(items=("a",), ordered=True, numbering="i", start=10)))
@example(_listed(notaparse.ItemList(items=("a", "b"), ordered=True, numbering="A", start=24)))
@example(_listed(notaparse.ItemList(items=("a",), ordered=True, start=3)))
# a paragraph that starts like a lettered or roman item
@example(_listed(notaparse.Paragraph(text="a. b"), notaparse.Paragraph(text="XIV. c")))
# enclosures: an empty one, one with only a header, a paragraph that starts like the enclosure line
@example(
    notaparse.Nota(enclosures=(notaparse.Nota(), notaparse.Nota(metadata=notaparse.Metadata(page_count=1))))
)
@example(notaparse.Nota(enclosures=(_listed(notaparse.Paragraph(text="%enclosure")),)))
def test_parse_of_render_is_identity(nota: notaparse.Nota) -> None:
    assert notaparse.parse(notaparse.render(nota), strict=True) == nota


@given(nst.notas())
def test_json_round_trip(nota: notaparse.Nota) -> None:
    assert notaparse.from_json(notaparse.to_json(nota)) == nota


# -- law 2: canonical fixpoint ----------------------------------------------------------------------
_NOTA_LIKE = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "",
                "Aan",
                "Van",
                "Aan: MOCW",
                "Datum",
                "13 februari 2024",
                "TER BESLUITVORMING",
                "Onze referentie",
                "2024-0000096441",
                "Aanleiding",
                "Geadviseerd besluit",
                "Kern",
                "Bijlagen",
                "Volgnummer Naam Informatie",
                "1 Kamerbrief over",
                "\uf0b7",
                "\uf0b7 Een punt",
                "1.",
                "2. Tweede",
                "Pagina 1 van 2",
                "Pagina",
                "1 van 1",
                "\f",
                "Beslisnota",
                "Dit is een zin die eindigt.",
                "en loopt hier door",
                "## 4.1 Kop",
                "# Titel",
                "| 1 | Naam | Info |",
                "[^1]: Voetnoot",
                "DE DIRECTEUR-GENERAAL",
                "Directoraat-generaal Natuur",
                "Postbus 20011",
                "%nota 1",
                "%enclosure",
                "\f",
                "Aan: DGWB",
                "Van: Directie Financiën",
                "Volgnummer          Naam                 Informatie",
                " 1                  Kamerbrief over      Toelichting bij",
                "                    de brief             de brief",
                "                                                            Datum",
                "                                                            13 februari 2024",
                "Aan                     Stas IenW",
                "1   Kamerstukken II 2022/23, 34 338, nr. 5.",
            ]
        ),
        st.text(max_size=30),
    ),
    max_size=40,
).map("\n".join)


@given(st.one_of(_NOTA_LIKE, st.text()))
@example("Aan\nVan\n\nMBZK\nDGDOO\n\nTitel van de nota hier\n\nAanleiding\nTekst.")
@example("Aanleiding\n0:\nen loopt hier door")  # implicit list after a colon without an item
@example("Kern\nDe opties:\nh) een;\ni) twee;\nj) drie.")  # letters past h, by their neighbours
@example("Kern\nDe opties:\n1. een;\na. twee;\n2. drie.")  # sub-items lettered: lists of their own
@example("Kern\ni.\nii.\n\neen\ntwee")  # roman marks alone on their lines
# a second nota after a page break, and after the body without one: enclosures
@example(
    "Aan: X\nVan: Y\n\nTitel van de nota\n\nAanleiding\nTekst.\f\nAan: DGWB\nVan: Directie\n\nKern\nMeer."
)
@example(
    "Aan: X\nVan: Y\n\nTitel van de nota\n\nAanleiding\nTekst.\n\nAan: DGWB\nVan: Directie\n\nKern\nMeer."
)
@example("Aanleiding\nTekst.\n%enclosure\nAan: DGWB\n%enclosure\n")  # marked starts
# an attachment table's numbered row with no cells under label heads set apart by spaces
@example("Aanleiding\nVolgnummer          Naam                 Informatie\n1.")
def test_render_of_parse_is_a_fixpoint(text: str) -> None:
    try:
        first = notaparse.render(notaparse.parse(text))
    except notaparse.NotaparseError:
        return
    assert notaparse.render(notaparse.parse(first)) == first


# -- law 3: everything constructible renders; the validators reject what cannot be rendered --------
@given(nst.notas())
def test_constructible_renders(nota: notaparse.Nota) -> None:
    text = notaparse.render(nota)
    assert text.startswith("%nota 1\n")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: notaparse.Paragraph(text="two\nlines"), "text must be one line"),
        (lambda: notaparse.Paragraph(text=" padded"), "text must be one line"),
        (lambda: notaparse.Paragraph(text=""), "text must not be empty"),
        (lambda: notaparse.Field(label="Da:tum", value="x"), "label must not contain ':'"),
        (lambda: notaparse.Field(label="TER BESLISSING"), "label must not look like a purpose line"),
        (lambda: notaparse.Metadata(purpose="Beslissing"), "purpose must be one lower-case word"),
        (lambda: notaparse.Metadata(purpose="informatie en"), "purpose must be one lower-case word"),
        (lambda: notaparse.Metadata(purpose="akkoord maar ook"), "purpose must be one lower-case word"),
        # found by hypothesis: U+1D00 is lower case but has no upper case, so "TER ᴀ" cannot be read back
        (lambda: notaparse.Metadata(purpose="\u1d00"), "purpose must be one lower-case word"),
        (
            lambda: notaparse.Section(heading="Kern", number="4.1."),
            "number must look like '4', '4.1', 'B' or 'IV'",
        ),
        (lambda: notaparse.ItemList(items=()), "a list must have at least one item"),
        (lambda: notaparse.ItemList(items=("x",), numbering="a"), "a bullet list has no numbering"),
        (
            lambda: notaparse.ItemList(items=("x",), ordered=True, numbering="a", start=27),
            "a list numbered 'a' goes up to 'z'",
        ),
        (
            lambda: notaparse.ItemList(items=("x",), ordered=True, numbering="a", start=24),
            "a one-item list marked 'x' is roman",
        ),
        (lambda: notaparse.Attachment(number=0, name="x"), "number must be a positive int"),
        (
            lambda: notaparse.Nota(enclosures=(notaparse.Nota(enclosures=(notaparse.Nota(),)),)),
            "an enclosure cannot have enclosures of its own",
        ),
        (lambda: notaparse.Nota(enclosures=(notaparse.Section(heading="x"),)), "enclosures holds a Section"),
        (lambda: notaparse.Footnote(number=1, text="a\x00b"), "control character or surrogate U+0000"),
    ],
)
def test_validators_reject_what_cannot_be_rendered(build: object, message: str) -> None:
    with pytest.raises(notaparse.ModelError, match=re.escape(message)):
        build()  # type: ignore[operator]


# -- law 4: the parser is total ---------------------------------------------------------------------
@given(st.one_of(st.text(), _NOTA_LIKE, st.text().map(lambda t: "%nota 1\n" + t)))
@example("%nota 1\n\n## ")
@example("Bijlagen\n")
@example("\f\f")
@example("%nota 1\n\n%enclosure\n\n%enclosure")
@example("%enclosure\n\n%enclosure\nAan: X")
# digits that are not decimal ("\u00b2" is a digit to str.isdigit, not to int)
@example("Aan\nAan\nAan\nVolgnummer          Naam                 Informatie\n\u00b2 0")
# numbers the model cannot hold (it counts from 1): text, never a ModelError from inside
@example("Aanleiding\nTekst.\n\n[^0]: een noot\n")
@example("%nota 1\n\n[^0]: x\n")
@example("%nota 1\n\n## Bijlagen\n\n| 0 | x |\n")
@example("Aanleiding\nDe opties:\n0. een;\n1. twee.\n")
@example("Aanleiding\n(0) een\n(1) twee\n")
@example("# Titel\n1)")  # a preamble of a list mark alone gives no block (a ModelError)
def test_parser_is_total(text: str) -> None:
    """Lenient reading gives a Nota for any text; strict reading gives one or refuses the text
    with a NotaSyntaxError at a position (no other error escapes)."""
    assert isinstance(notaparse.parse(text), notaparse.Nota)
    try:
        result = notaparse.parse(text, strict=True)
    except notaparse.NotaSyntaxError:
        return
    assert isinstance(result, notaparse.Nota)


# -- law 5: fragments round-trip --------------------------------------------------------------------
@given(nst.dates())
def test_dutch_date_round_trip(date: dt.date) -> None:
    assert parse_date(format_date(date)) == date


@given(nst.purposes())
def test_purpose_line_round_trip(purpose: str) -> None:
    assert parse_purpose(format_purpose(purpose)) == purpose


@given(st.integers(1, 999), st.integers(0, 999))
def test_page_line_round_trip(k: int, extra: int) -> None:
    assert parse_page_line(f"Pagina {k} van {k + extra}") == (k, k + extra)


@given(nst.fields())
def test_field_round_trip_through_canonical_header(field: notaparse.Field) -> None:
    nota = notaparse.Nota(metadata=notaparse.Metadata(fields=(field,)))
    assert notaparse.parse(notaparse.render(nota)).metadata.fields == (field,)


@given(st.from_type(notaparse.Nota))
def test_from_type_draws_valid_notas_through_the_entry_point(nota: notaparse.Nota) -> None:
    """hypothesis' entry point registers notaparse.strategies for ``st.from_type``."""
    assert notaparse.parse(notaparse.render(nota)) == nota


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a fresh interpreter (pytest imported hypothesis and notaparse long
    before any test), asserting it wrote nothing to stderr."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.stderr == ""
    return run.stdout


@pytest.mark.parametrize(
    "imports",
    [
        "import hypothesis\nimport notaparse",
        "import notaparse\nimport hypothesis",
        # (its import of hypothesis runs the entry point while the module is still being imported)
        "from notaparse import strategies\nimport notaparse",
    ],
    ids=["hypothesis-first", "notaparse-first", "strategies-first"],
)
def test_from_type_is_registered_in_either_import_order(imports: str) -> None:
    """``st.from_type(Nota)`` draws valid notas whatever a script imports first (hypothesis'
    entry point registers when notaparse is imported, notaparse when hypothesis is)."""
    code = (
        f"{imports}\n"
        "from hypothesis import HealthCheck, given, settings, strategies as st\n"
        # (no deadline nor health checks: this proves registration, and a loaded machine made
        # the drawing "too slow" once)
        "@settings(max_examples=5, database=None, deadline=None, suppress_health_check=list(HealthCheck))\n"
        "@given(st.from_type(notaparse.Nota))\n"
        "def drawn(nota):\n"
        "    assert notaparse.parse(notaparse.render(nota)) == nota\n"
        "drawn()\n"
        "print('drawn')\n"
    )
    assert _fresh_python(code) == "drawn\n"


def test_hypothesis_without_pytest_loads_the_entry_point() -> None:
    """hypothesis may be installed without pytest (a script's own property tests); its entry point
    lives in the module of pytest's, which must not need pytest to be imported."""
    code = (
        "import sys\n"
        "sys.modules['pytest'] = None  # (as if not installed: its import fails)\n"
        "import hypothesis, notaparse\n"
        "from hypothesis import find, strategies as st\n"
        "print(isinstance(find(st.from_type(notaparse.Nota), lambda n: True), notaparse.Nota))\n"
    )
    assert _fresh_python(code) == "True\n"


def test_importing_hypothesis_does_not_import_notaparse() -> None:
    """hypothesis loads notaparse's entry point at every import; notaparse stays unimported."""
    code = "import sys, hypothesis\nprint([m for m in sys.modules if m.startswith('notaparse')])\n"
    assert _fresh_python(code) == "[]\n"
