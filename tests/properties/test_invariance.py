"""Invariances of the text reader: text that differs from another only in ways that carry no
meaning reads the same (its line endings, white space at a line's end, an indent written with
tabs, no-break spaces, a page break inside a paragraph)."""

from __future__ import annotations

import re
import textwrap
from typing import Any

from hypothesis import assume, example, given
from hypothesis import strategies as st

import notaparse
from notaparse import strategies as nst
from notaparse._canonical import is_canonical


def _reading(text: str) -> dict[str, Any]:
    return notaparse.to_dict(notaparse.parse(text))


# -- line endings -----------------------------------------------------------------------------------
@given(nst.notas())
def test_canonical_text_reads_the_same_with_any_line_ending(nota: notaparse.Nota) -> None:
    text = notaparse.render(nota)
    for ending in ("\r\n", "\r"):
        assert notaparse.parse(text.replace("\n", ending), strict=True) == nota


#: Lines of extracted text: rows of plain and layout text (a colofon column right of the body, a
#: label with its value, items lettered in capitals, page lines and breaks) and random text.
_ROWS = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "",
                "Aan: Minister van VWS",
                "Van: DGCZ",
                "Aan",
                "Van",
                "Datum",
                "13 februari 2024",
                "TER BESLISSING",
                "Beslisnota",
                "Aanleiding",
                "Geadviseerd besluit",
                "Kern",
                "Dit is een zin die eindigt.",
                "en loopt hier door",
                "A. Nederland steunt de verlenging.",
                "B. Nederland steunt de verlenging niet.",
                "1. Tweede punt",
                "\uf0b7 Een punt",
                "Pagina 1 van 2",
                "\f",
                "Directie Financieel-Economische",
                "Zaken",
                "                                                            Onze referentie",
                "                                                            Datum",
                "                                                            13 februari 2024",
                "Aan                     Stas IenW",
                "        Beantwoording Kamervragen van het lid Palmen",
                "Kamervragen van het lid Palmen over de opvolging van de aanbevelingen bij het",
                "%enclosure",
                "# Titel",
                "## Kern",
            ]
        ),
        # (no control characters or line separators: they are line breaks of their own)
        st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30),
    ),
    max_size=30,
).map("\n".join)


def _tab_indents(text: str) -> str:
    """Each run of 8 spaces at a line's start written as a tab, as ``unexpand`` does."""
    return re.sub(r"(?m)^((?: {8})+)", lambda m: "\t" * (len(m[1]) // 8), text)


def _no_break_spaces(text: str) -> str:
    """Every single space between two words written as a no-break space."""
    return re.sub(r"(?<=\S) (?=\S)", "\u00a0", text)


@given(_ROWS)
@example("A. Nederland steunt de verlenging.\nB. Nederland steunt de verlenging niet.")
@example(
    "                                                            Onze referentie\n"
    "                                                            4381204\n"
    "Aan de Minister-President\n\nBeslisnota\nAanleiding\nDit is een zin die eindigt.\n"
    "Dit is een zin die eindigt.\nDit is een zin die eindigt."
)
@example("## Kern\n\nTekst.\n\n%enclosure\nAan: DGWB\n\n# Titel")
def test_white_space_that_carries_nothing_does_not_change_the_reading(text: str) -> None:
    assume(not is_canonical(text.replace("\u00a0", " ")))
    expected = _reading(text)
    variants = {
        "CR LF": text.replace("\n", "\r\n"),
        "CR": text.replace("\n", "\r"),
        "spaces at line ends": re.sub(r"(?m)(?<=\S)$", "   ", text),
        "tab indents": _tab_indents(text),
        "no-break spaces": _no_break_spaces(text),
    }
    for name, variant in variants.items():
        assert _reading(variant) == expected, name


# -- a page break inside a paragraph ----------------------------------------------------------------
_WORDS = st.sampled_from(
    [
        "de",
        "het",
        "een",
        "van",
        "en",
        "met",
        "over",
        "wordt",
        "heeft",
        "regeling",
        "gemeenten",
        "uitvoering",
        "middelen",
        "voorstel",
        "Kamer",
        "Nederland",
        "Gemeentefonds",
    ]
)
_HEAD = (
    "Aan: Minister van VWS\nVan: DGCZ\nDatum: 15 januari 2024\nOnze referentie: 4381203\n\n"
    "Verdeling van de middelen\n\nAanleiding\n"
)
_TAIL = "\n\nGeadviseerd besluit\nInstemmen met de verdeling.\n"
#: What a later page prints before its text: the page line of the page before, and its short
#: colofon (date and reference, each label over its value).
_FURNITURE = "Pagina 1 van 2\n\fDatum\n15 januari 2024\nOnze referentie\n4381203\n"


@given(st.lists(_WORDS, min_size=25, max_size=60), st.integers(min_value=1, max_value=10))
def test_a_page_break_inside_a_paragraph_does_not_end_it(words: list[str], at: int) -> None:
    """A paragraph wrapped at 70 characters reads the same when a page break with the page's
    furniture falls between two of its rows (another page size puts the break elsewhere), also
    where the next row starts with a capital. (The break stands before a full row: a short
    row alone under a later page's colofon can be more of its last value.)"""
    rows = textwrap.wrap(" ".join(words).capitalize() + ".", 70)
    assume(len(rows) >= 3)
    at = min(at, len(rows) - 2)
    rows[at] = rows[at][:1].upper() + rows[at][1:]  # (a name: the row after the break has a capital)
    plain = _HEAD + "\n".join(rows) + _TAIL
    broken = _HEAD + "\n".join(rows[:at]) + "\n" + _FURNITURE + "\n".join(rows[at:]) + _TAIL
    assert _reading(broken)["sections"] == _reading(plain)["sections"]
