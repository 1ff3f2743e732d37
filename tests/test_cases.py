"""Micro-cases (tests/cases/*.txt): small extracted texts with their expected canonical text.

Each case is "### name", the input, ".", the expected canonical text, "."; the test id carries
the file and line number of the case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import notaparse

CASES = Path(__file__).resolve().parent / "cases"


def _read_cases() -> list[object]:
    params = []
    for path in sorted(CASES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        i = 0
        while i < len(lines):
            if not lines[i].startswith("### "):
                i += 1
                continue
            name, start = lines[i][4:], i + 1
            parts: list[list[str]] = [[], []]
            part = 0
            i += 1
            while part < 2:
                if lines[i] == ".":
                    part += 1
                else:
                    parts[part].append(lines[i])
                i += 1
            source = "\n".join(parts[0]).replace("\\f", "\f") + "\n"
            expected = "\n".join(parts[1]) + "\n"
            params.append(pytest.param(source, expected, id=f"{path.name}:{start}:{name}"))
    return params


@pytest.mark.parametrize(("source", "expected"), _read_cases())
def test_case(source: str, expected: str) -> None:
    assert notaparse.render(notaparse.parse(source)) == expected
    assert notaparse.render(notaparse.parse(expected, strict=True)) == expected


#: Plain extraction of one nota whose later page repeats page 1's colofon (pdfplumber's text):
#: page 1's colofon is spliced into its body ("... 2024-2026 Datum" / "3 juli 2024", "Ons
#: kenmerk" over a line of prose), so page 1's reference reads as that prose.
_SPLICED = (
    "Aan Staatssecretaris van JenV Directoraat-Generaal Straffen en\nBeschermen\nVan DGSenB\n"
    "TER BESLISSING\nCapaciteit gevangeniswezen: maatregelen 2024-2026 Datum\n3 juli 2024\nAanleiding\n"
    "Ons kenmerk\nDe capaciteit van het gevangeniswezen staat onder druk. In de vorige 5512345\n"
    "voortgangsbrief is de Kamer toegezegd dat zij voor het zomerreces wordt\n"
    "geïnformeerd over aanvullende maatregelen.\nPagina 1 van 2\f"
    "Directoraat-Generaal Straffen en Beschermen\nDatum\n3 juli 2024\nOns kenmerk\n5512345\n"
    "De kosten bedragen structureel € 12,5 miljoen per jaar. Deze worden gedekt binnen\n"
    "de begroting van artikel 3.\nPagina 2 van 2\n"
)
#: Extraction that writes the colofon (with the nota's Aan and Van) after the body.
_COLOFON_AFTER_BODY = (
    "TER INFORMATIE\nStand van zaken uitvoering Wet open overheid\nAanleiding\n"
    "De achterstanden bij de Woo-verzoeken nemen af, zo blijkt uit de rapportage.\n\n"
    "Aan:\nMBZK\nVan:\nDGDOO\nDatum:\n10 september 2024\n"
)


@pytest.mark.parametrize(
    "source", [_SPLICED, _COLOFON_AFTER_BODY], ids=["spliced-colofon", "colofon-after-body"]
)
def test_one_nota_in_plain_extraction_has_no_enclosure(source: str) -> None:
    """A later page that repeats page 1's colofon, its values spliced into page 1's body, and
    the nota's own Aan/Van written after its body, start no document (both were read as one)."""
    assert notaparse.parse(source).enclosures == ()
