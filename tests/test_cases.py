"""Micro-cases (tests/cases/*.txt): small extracted texts with their expected canonical text.

Each case is "### name", the input, ".", the expected canonical text, "."; the test id carries
the file and line number of the case.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import notaparse
from lost import Rewrite, lost_words
from notaparse import _lines, _vocab

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


# -- nothing is lost, on every micro-case


def _sub(pattern: str, replacement: str = "") -> Rewrite:
    """A rewrite that takes ``pattern``'s matches out of every line (or puts ``replacement``)."""
    compiled = re.compile(pattern, re.MULTILINE)
    return functools.partial(compiled.sub, replacement)


def _each_line(rewrite: Callable[[str], str]) -> Rewrite:
    return lambda source: "\n".join(rewrite(line) for line in source.split("\n"))


def _line_numbers(source: str) -> str:
    """The source without the line numbers an extractor printed before a page's lines: five or
    more rows, on one page, opening with numbers that count up by one."""
    pages = []
    for page in source.split("\f"):
        lines = page.split("\n")
        run: list[int] = []
        for i, line in enumerate(lines):
            m = re.match(r"(\d{1,3})(?: |$)", line)
            if m is None:
                continue
            if run and int(m[1]) != int(re.match(r"\d+", lines[run[-1]])[0]) + 1:  # type: ignore[index]
                if len(run) >= 5:
                    break
                run = []
            run.append(i)
        if len(run) >= 5:
            for i in run:
                lines[i] = re.sub(r"^\d{1,3}", "", lines[i])
        pages.append("\n".join(lines))
    return "\f".join(pages)


_CHECK_BOX = re.compile(r"(?:^|(?<= ))_*(?:Ll|L\]|0)(?= [A-Z])")


def _list_marks(line: str) -> str:
    """The line without an unmapped glyph before an item ("(cid:120)"), or, in a row of options
    that opens with an OCR check box ("Ll Akkoord __L] Niet akkoord 0 Besproken"), its boxes."""
    line = re.sub(r"^\(cid:\d+\)", "", line)
    return _CHECK_BOX.sub("", line) if re.match(r"_*(?:Ll|L\]) [A-Z]", line) else line


_TABLE_WORDS = sorted(
    _vocab.TABLE_NUMBER_WORDS | _vocab.TABLE_NAME_WORDS | _vocab.TABLE_INFO_WORDS | _vocab.TABLE_GROUND_WORDS,
    key=lambda w: (-len(w), w),
)
_HEADER_CELL = r"(?:" + "|".join(map(re.escape, _TABLE_WORDS)) + r"|volgnu\w*)"
_HEADER_ROW = r"[ |]*" + _HEADER_CELL + r"(?:[ |]+" + _HEADER_CELL + r")*[ |]*"
_TITLE_LABELS = sorted(
    (label for label, concept in _vocab.LABELS.items() if concept is _vocab.Concept.TITLE),
    key=lambda w: (-len(w), w),
)
_MONTHS = "|".join(_vocab.MONTH_NAMES)

#: The words the reader rewrites on purpose, each a shape, and why it is no loss. (Applied in
#: this order, to the whole input.)
DELIBERATE_REWRITES: dict[str, Rewrite] = {
    # line numbers an extractor printed before a draft's lines: no text of the nota
    "line numbers": _line_numbers,
    # the attachment table's column heads ("Nr. Titel Kenmerk", "Volgnummer" cut by its narrow
    # column as "Volgnum"), a row of their own or its end after a margin heading two spaces before
    # ("Bijlagen   Nr.   Titel"; so before the character repairs, which close those spaces up):
    # the table's rows are read under them. A head word in a sentence ("het kenmerk van de
    # brief") is a body word like any other.
    "table header words": _sub(r"(?im)(?:^|(?<=\S  ))" + _HEADER_ROW + r"$"),
    # characters the reader repairs before it reads a line (ligatures, also byte-swapped; accents
    # as separate marks; U+2010 at a line's end; words drawn two or three times over themselves):
    # the same words, written as the letters they are
    "character repairs": _each_line(_lines.normalise),
    # page lines and page numbers ("Pagina 1 van 2", "Pagina1van2", "P agina", "1/2", "- 1 -",
    # "Blad 2", "Pagina" and "1 van 1" on rows of their own, a bundle's "Pagina 45 van 312", a
    # running footer's "| pagina 2", a Woo stamp's bundle page "document 7 89"): the page count
    # is read from them, the line itself is furniture
    "page furniture": _sub(
        r"(?i) ?\bp ?[aä]g[iì]na ?[\d'‘’ilI|Ì]\d*[.,-]? ?v[aä]n[.,]? ?\d+\.?|^p ?[aä]gina$"
        r"|(?<=\|) ?pagina \d+"
        r"|^[-–—]? ?\d{1,3} ?[-–—]?$|^\d{1,3} ?/ ?\d{1,3}$|^\d{1,3} van \d{1,3}$|^blad \d{1,3}$"
        r"|(?<=document \d) \d{1,3}$"
    ),
    # a later page's running line ("Kenmerk <reference> ·") glued to a body row, and a later
    # page's colofon date spliced at a row's end, its day's first digit glued to the row's last
    # word ("over de1 3 december 2023"): the colofon's values, read once from page 1
    "repeated colofon": _sub(
        r"(?:" + _vocab.RUNNING_FIELD_AT_END.pattern + r")|(?<=[^\W\d_])\d(?= \d (?:" + _MONTHS + r") \d{4}$)"
    ),
    # a subject's label ("Onderwerp:", "Betreft", "Titel:") at a row's start: its value is the
    # nota's title, the label says only that
    "title labels": _sub(r"^(?:" + "|".join(map(re.escape, _TITLE_LABELS)) + r")\b:?"),
    # list marks and check boxes the reader reads as such: an unmapped glyph "(cid:120)" before an
    # item; OCR's empty check boxes "Ll", "_L]", "0" before each option of a row of options
    "list marks": _each_line(_list_marks),
}


def _lost(source: str) -> list[str]:
    return lost_words(source, notaparse.render(notaparse.parse(source)), DELIBERATE_REWRITES.values())


#: Micro-cases (their names) whose input loses words the reader does not rewrite on purpose, with
#: the reason: strict, so a case that stops losing words fails until it is taken off. (None now.)
KNOWN_LOSSES: dict[str, str] = {}


def _lost_cases() -> list[object]:
    params = []
    for param in _read_cases():
        assert isinstance(param, type(pytest.param()))
        reason = KNOWN_LOSSES.get(str(param.id).split(":", 2)[2])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(param.values[0], marks=marks, id=param.id))
    return params


@pytest.mark.parametrize("source", _lost_cases())
def test_nothing_is_lost(source: str) -> None:
    """Every word of a micro-case's input is in its Nota, but for :data:`DELIBERATE_REWRITES`."""
    assert _lost(source) == []


def test_a_dropped_word_is_lost() -> None:
    """The check sees a word the Nota does not hold."""
    assert lost_words(
        "Aanleiding\nTekst hier.\n", "## Aanleiding\n\nTekst.\n", DELIBERATE_REWRITES.values()
    ) == ["hier."]


def test_a_dropped_table_head_word_in_a_sentence_is_lost() -> None:
    """A word of a table's head row in a body sentence is no head row: the check sees it dropped."""
    source = "Aanleiding\nZie het kenmerk van de brief.\n\nBijlagen\nNr. Titel Kenmerk\n1 Brief 2024-1\n"
    kept = "## Aanleiding\n\nZie het van de brief.\n\n## Bijlagen\n\n1. Brief 2024-1\n"
    assert lost_words(source, kept, DELIBERATE_REWRITES.values()) == ["kenmerk"]
