"""Line preparation and classification for extracted text.

One small rule per line kind, tried in order (:func:`classify`). Lines keep their number and page
so every diagnostic can say where it was.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
import math
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from enum import Enum, auto
from typing import Final

import attrs

from . import _canon, _fragments, _vocab


class Kind(Enum):
    """What a line of extracted text is, before context decides more."""

    BLANK = auto()
    PAGE = auto()  # "Pagina 1 van 2": furniture
    PURPOSE = auto()  # "TER BESLUITVORMING"
    DOC_KIND = auto()  # "Beslisnota"
    LABEL = auto()  # a known label alone on its line ("Datum", "Aan:")
    LABEL_VALUE = auto()  # a known label with its value ("Aan: MOCW", "Aan Minister van BZK")
    TABLE_HEADER = auto()  # "Volgnummer Naam Informatie" / "Volgnummer"
    BULLET = auto()  # "\uf0b7 text" or a glyph alone
    ORDERED = auto()  # "1. text" or "1." alone
    FOOTNOTE = auto()  # "[^1]: text"
    SIGNATURE = auto()  # "DE DIRECTEUR-GENERAAL BELEID"
    GLYPH = auto()  # a line of non-word glyphs only ("\u2612")
    TITLE = auto()  # "# Title" (explicit markup, e.g. from the PDF reader)
    HEADING = auto()  # "## 4.1 Heading" (explicit markup)
    ROW = auto()  # "| 1 | Naam | Informatie |" (explicit markup)
    TEXT = auto()


@attrs.frozen
class Line:
    """A prepared line: its text (whitespace normalised), number, page and classification."""

    text: str
    number: int
    page: int
    kind: Kind
    #: For LABEL/LABEL_VALUE: the label as printed (repaired); for BULLET/ORDERED: the marker.
    label: str = ""
    #: For LABEL_VALUE/BULLET/ORDERED/FOOTNOTE: the rest of the line.
    rest: str = ""


# zero-width characters and controls are dropped; whitespace controls become spaces
_CLEAN: Final[dict[int, str | None]] = {
    **dict.fromkeys([*map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), *range(0x20), *range(0x7F, 0xA0)]),
    **dict.fromkeys(map(ord, "\t\v\f\x1c\x1d\x1e\x1f\x85"), " "),
    # pdfium writes a hyphen that ended a printed line as U+FFFE and joins the two lines: it is
    # that hyphen at a line end, and the re-flow decides whether a word was split there
    0xFFFE: "- ",
}
_COLON_LABEL: Final = re.compile(r"^([^:]{1,40}):\s*(.*)$")
#: A marked footnote "[^3]: ..." (notes are numbered from 1: "[^0]" is text).
_FOOTNOTE: Final = re.compile(r"^\[\^([1-9]\d*)\]:\s*(.*)$")
#: A line of marks that are not words: bullets, check boxes, geometric shapes and the private-use
#: glyphs of symbol fonts. Punctuation or a currency sign ("€.") is text, never dropped.
_GLYPHS_ONLY: Final = re.compile(
    r"^[\s\u2022\u2023\u2043\u00b7\u00a9\u2610-\u2612\u2713-\u2718\u25a0-\u25ff\ue000-\uf8ff]+$"
)


#: The fewest column heads of a paraph table in layout text ("Functie   Naam   Paraaf") or with
#: its cells a line each (:func:`join_table_cells`).
_PARAPH_HEADS: Final = 3
_CELL_TABLE_HEADS: Final = 3
#: The longest column head ("handtekening") and the most words of a cell ("Directeur Energie en
#: Markt", "DG Volkshuisvesting en Bouwen").
_CELL_HEAD_LETTERS: Final = 13
_CELL_WORDS: Final = 5


#: Typographic ligatures as a PDF's text layer gives them ("\ufb01nanciering"): their letters.
_LIGATURES: Final[dict[int, str]] = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
}
#: Letters of a ligature whose code units a PDF's ToUnicode map gives byte-swapped, "\u6600\u6900"
#: (U+6600 U+6900) for "fi": Ghostscript's pdfwrite writes the maps of ligature glyphs so, and
#: PDF/A conversions and re-saved publications carry it into archives ("e\u6600\u6600ect",
#: "Betre\u6600\u7400", "Voorzi\u7400\u7400er"). For the three-letter "ffi" and "ffl" it gives
#: "f" and one unit holding the sum of the other two letters' codes (U+CF00 = "f" + "i", U+D200 =
#: "f" + "l"). Such a sign next to a Latin letter is the letter: no nota sets a CJK or Hangul sign
#: inside a Dutch word.
_SWAPS: Final[dict[int, str]] = {
    **{c << 8: chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B))},
    0xCF00: "fi",
    0xD200: "fl",
}
#: The signs as a regular-expression class.
_SWAPPED_CLASS: Final = "[" + "".join(map(chr, _SWAPS)) + "]"
_SWAPPED: Final = re.compile(
    f"(?<=[A-Za-z\u00c0-\u00ff]){_SWAPPED_CLASS}+|{_SWAPPED_CLASS}+(?=[A-Za-z\u00c0-\u00ff])"
)
#: Any such sign (a cheap test before :func:`unswap`).
SWAPPED_SIGN: Final = re.compile(_SWAPPED_CLASS)


def unswap(text: str) -> str:
    """``text`` with byte-swapped ligature letters beside Latin letters (see :data:`_SWAPS`)
    written as the letters: "Betre\u6600\u7400" is "Betreft"."""
    return _SWAPPED.sub(lambda m: m[0].translate(_SWAPS), text)


#: A soft hyphen at a line end: the typesetter split a word there ("kwaliteits\u00ad" / "kader");
#: so did a hyphenation engine that prints its break as U+2010 HYPHEN (WeasyPrint with Pyphen:
#: "Nij\u2010" / "megen"), where a typed hyphen is "-".
_SOFT_HYPHEN_END: Final = re.compile(r"[\u00ad\u2010]\s*$")

#: A glyph its font maps to no character, which pdftotext and PDFium give as its code, a C1
#: control character (U+0080-U+009F; pdfTeX's bullet from its OT1 symbol font is U+0088), alone
#: before a line's text: a list item's bullet, as pdfminer's "(cid:136)" there is; so is a C0
#: control character there (MuPDF's ``mutool convert`` gives a bullet glyph's character as U+0001).
#: (No text has a control character; U+0085 is a line break, U+001C-U+001F separators.)
#: Ghostscript re-writes such a font with a WinAnsi base encoding, where code 136 is the spacing
#: circumflex U+02C6: alone before a line's text it is that bullet too (no Dutch text sets a
#: circumflex apart; TeX's accent before its vowel is :data:`_TEX_ACCENT`'s).
_UNMAPPED_MARK: Final = re.compile(r"^\s*[\x01-\x08\x0e-\x1b\u0080-\u0084\u0086-\u009f\u02c6]\s+(?=\S)")

#: TeX's accents in its old (OT1) fonts: the accent is a glyph of its own, drawn over the letter
#: that follows it, so extractors give a spacing mark before the letter ("Financi\u00a8en",
#: "ge\u00a8\u0131nformeerd", "caf\u00b4e"); under it an "i" is the dotless "\u0131". Some
#: give the combining mark after a dotless i ("ge\u0131\u0308nformeerd"), which has no composed
#: form. Each is the accented vowel: no Dutch word sets a spacing accent or a dotless i. (Before
#: a consonant an acute is a typed apostrophe, "thema\u00b4s": kept.)
_SPACING_ACCENTS: Final = {"\u00a8": "\u0308", "\u00b4": "\u0301", "\u02c6": "\u0302"}
_TEX_ACCENT: Final = re.compile("([\u00a8\u00b4\u02c6])([aeiouAEIOU\u0131])|\u0131(?=[\u0300-\u036f])")


#: The signs either rule needs (a spacing accent, a dotless i, a C1 control character).
#: PDFium's code U+0002 for a line-end hyphen, as its bounded text gives it inside the word it
#: split ("IenW\x02directies", "REACH\x02verordening").
_PDFIUM_HYPHEN: Final = re.compile(r"(?<=[^\W\d_])\x02(?=[^\W\d_])")
_RARE_SIGN: Final = re.compile("[\x01-\x08\x0e-\x1b\u0080-\u009f\u00a8\u00b4\u02c6\u0131]")


def _tex_accent(m: re.Match[str]) -> str:
    if m[1] is None:
        return "i"  # a dotless i carrying a combining mark: NFC composes them
    return ("i" if m[2] == "\u0131" else m[2]) + _SPACING_ACCENTS[m[1]]


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Collapse whitespace (including no-break spaces), compose letters and their accent marks
    (NFC; also TeX's accents drawn before the letter, :data:`_TEX_ACCENT`), remove zero-width
    characters, write ligatures as their letters (also byte-swapped ones, :func:`unswap`); a
    soft hyphen (or U+2010 HYPHEN) at the line end becomes a hyphen, so the reader joins the split
    word."""
    if text.isascii() and text.isprintable():
        text = " ".join(text.split())
    else:
        rare = _RARE_SIGN.search(text) is not None  # (one cheap test for the two rules below)
        if rare:
            text = _TEX_ACCENT.sub(_tex_accent, text)
        if not unicodedata.is_normalized("NFC", text):
            # letters with their accents as separate marks ("e" + U+0308, as macOS and some
            # converters write them): composed, so "Financiële" is the known heading it reads as
            text = unicodedata.normalize("NFC", text)
        text = _SOFT_HYPHEN_END.sub("-", text).translate(_LIGATURES)
        if rare:
            # a glyph with no character before an item's text: its bullet (see _UNMAPPED_MARK)
            text = _UNMAPPED_MARK.sub("\u2022 ", text, count=1)
            # PDFium's own code for a hyphen that ended a printed line, between the two lines'
            # letters it joined (get_text_bounded): that hyphen, as U+FFFE is (see _CLEAN)
            text = _PDFIUM_HYPHEN.sub("- ", text)
        if SWAPPED_SIGN.search(text):
            text = unswap(text)
        text = " ".join(text.translate(_CLEAN).split())
    if (" ," in text or " ." in text or " ;" in text) and _vocab.GROUND_BEFORE_STOP.search(text):
        text = _vocab.GROUND_BEFORE_STOP.sub(r"\1", text)
    if text[:1] == text[1:2] and text[:1].isalpha():  # (a cheap test: an overprinted line starts so)
        return _overprinted(text)
    return text


def _overprinted(text: str) -> str:
    """A line whose words were drawn twice or three times over themselves, read once.

    Fake bold (the text drawn again 0.3 pt to the right), a shadow or an outline copy makes
    extractors that order characters by position write each letter two or three times
    ("KKeennmmeerrkk", "TTToooeeekkk"). A word of letters in which every run of one character
    is a multiple of k long (k >= 2, two runs or more) is that word with each letter once; no
    word is written so, and the line must start with such a word of three letters or more (a
    shorter one, "ssïï", may be a name or a code as printed).
    """
    words = text.split(" ")
    first = words[0]
    k = _repeat(first)
    if k < 2 or len(first) // k < _OVERPRINTED_FIRST:
        return text
    return " ".join(word[:: _repeat(word)] for word in words)


#: The fewest letters of the word an overprinted line starts with, each drawn k times.
_OVERPRINTED_FIRST: Final = 3


def _repeat(word: str) -> int:
    """How many times each character of an overprinted word is repeated (1 when it is not)."""
    runs: list[int] = []
    previous = ""
    for char in word:
        if char == previous:
            runs[-1] += 1
        else:
            runs.append(1)
        previous = char
    if len(runs) < 2 or len(word) < 4 or not any(c.isalpha() for c in word):
        return 1
    return math.gcd(*runs)


def classify(text: str, number: int = 0, page: int = 1, *, ocr: bool = True) -> Line:
    """Classify one normalised line on its own (context is applied by the parser).

    ``ocr``: also take list marks as OCR misreads them in plain text (a layout-aware source
    has decided those by the marks' positions)."""
    if not text:
        return Line(text, number, page, Kind.BLANK)
    first = text[0]
    if first in _LETTERS and (m := _LETTERED_ITEM.match(text)):
        # "a) in te stemmen ...;", "(b) de brief ...", "iii. ...": the mark kept as printed
        return Line(text, number, page, Kind.ORDERED, m[1] or m[2], m[3] or "")
    if ocr and (
        (first in _OCR_BULLET_FIRST and (len(text) == 1 or text[1] in " _" or first in _OCR_GLUED_FIRST))
        or (first in _OCR_TAB_FIRST and "_" in text[1:3])
    ):
        if len(text) == 1 and first not in _vocab.BULLETS:
            # a bullet alone on its line as OCR misreads it, its item's text on the next line
            # (the parser makes it a letter among letters alone on their lines)
            return Line(text, number, page, Kind.BULLET, "\u2022", "")
        if m := _vocab.OCR_BULLET_LINE.match(text):
            # a bullet as OCR misreads it ("e De brief ...", "«ProRail ...", "* _de keuring
            # ...", "-_de rol ..."): the item's text without the mark and the specks after it
            return Line(text, number, page, Kind.BULLET, "\u2022", m[1])
    if first.islower() and first not in "ptno":
        # a continuation line: no label, heading, marker or furniture starts like this
        return Line(text, number, page, Kind.TEXT)
    if first in _GLUED_VALUE_INITIALS and (m := _GLUED_VALUE.match(text)):
        # a label and its value with no space between ("Datum30 januari 2024", "Bijlagen1"), as
        # an extractor joins two runs set close on one row (PyMuPDF's sort=True)
        text = f"{text[: m.end()]} {text[m.end() :]}"
    if len(text) > 80 and first.isalpha():
        # too long for furniture, a purpose line, a bare label or a heading
        return _long_line(text, number, page)
    # each rule is tried only where its first character allows it to match
    if (first in "Pp" or first.isdigit()) and (
        _vocab.PAGE_LINE.match(text) or _vocab.PAGE_WORD.match(text) or _vocab.PAGE_TAIL.match(text)
    ):
        return Line(text, number, page, Kind.PAGE)
    if first in "#|[" and (marked := _marked(text, number, page)):
        return marked
    if (
        first in "Tt("
        and (_vocab.PURPOSE_LINE.match(text) or _vocab.PURPOSE_LINE_GLUED.match(text))
        and _purpose_or_none(text) is not None
        and (not text.startswith("(") or text.endswith(")"))
    ):
        return Line(text, number, page, Kind.PURPOSE)
    if _vocab.is_kind(text):
        if _LETTER_SPACED.match(text):
            # a kind word printed letter-spaced ("B E S L I S N O T A"): the producer drew each
            # capital apart (Chromium's letter-spacing, reportlab per character), and extractors
            # write each gap as a space; the line says the word, not a run of margin letters
            text = text.replace(" ", "")
        return Line(text, number, page, Kind.DOC_KIND)
    if first in "VvNn" and _vocab.is_table_header(text):
        return Line(text, number, page, Kind.TABLE_HEADER)
    known = _vocab.known_label(text) if not first.islower() else None
    if known is not None and text.rstrip(":").strip():
        return Line(text, number, page, Kind.LABEL, _vocab.repaired_label(text))
    if (
        text[-1] in ".;"
        and len(text) <= 40
        and not first.islower()
        and _vocab.known_label(text[:-1]) is not None
    ):
        # a label alone on its line, its colon read by OCR as a full stop or a semicolon, or
        # a speck after it read so ("Datum.", "Ons kenmerk."): a label, no sentence
        return Line(text, number, page, Kind.LABEL, _vocab.repaired_label(text[:-1]))
    if ":" in text and (m := _COLON_LABEL.match(text)):
        label = _vocab.known_label(m[1])
        # (a label over a line to fill in by hand, a form in the body, is text: "Datum: ____")
        if label is not None and not (m[2] and _vocab.fill_in(m[1], m[2])):
            kind = Kind.LABEL_VALUE if m[2] else Kind.LABEL
            return Line(text, number, page, kind, _vocab.repaired_label(m[1]), m[2])
    word_start = first.isalnum()
    if not word_start and _vocab.CHECK_BOX_ALONE.match(text):
        # a lone check box: in the colofon a mark (a glyph); in a section a list marker
        return Line(text, number, page, Kind.GLYPH)
    if (not word_start or first == "o") and (m := _vocab.BULLET_LINE.match(text)):
        return Line(text, number, page, Kind.BULLET, text[: len(text) - len(m[1])].strip(), m[1])
    if first.isdigit() and text[:2] not in ("0.", "0)"):  # (items are counted from 1)
        if m := _ORDERED_ALONE.match(text):
            return Line(text, number, page, Kind.ORDERED, m[1], "")
        if m := _vocab.ORDERED_ITEM.match(text):
            return Line(text, number, page, Kind.ORDERED, m[1], m[2])
    if first in "DH" and text.isupper() and _vocab.SIGNATURE.match(text) and len(text.split()) >= 2:
        return Line(text, number, page, Kind.SIGNATURE)
    if not word_start and _GLYPHS_ONLY.match(text):
        return Line(text, number, page, Kind.GLYPH)
    if (
        first in _vocab.INLINE_LABEL_INITIALS
        and (m := _vocab.INLINE_LABEL_ROW.match(text))
        and not _vocab.STREET_WITH_NUMBER.match(m[2])
        and not _opens_sentence(m[2])
    ):
        return Line(text, number, page, Kind.LABEL_VALUE, m[1], m[2])
    if first.isupper() and (inline := _label_with_value(text) or _vocab.answered_marker(text)):
        # (a stamp's word with a yes/no answer beside it, "Spoed  Ja", is a head form's
        # question: a label and its value)
        return Line(text, number, page, Kind.LABEL_VALUE, inline[0], inline[1])
    return Line(text, number, page, Kind.TEXT)


def _marked(text: str, number: int, page: int) -> Line | None:
    """Explicit markup: "## heading", "# title", a lone "#", "| row |", "[^1]: footnote"."""
    if text.startswith("## ") and len(text) > 3:
        return Line(text, number, page, Kind.HEADING, "", text[3:])
    if text.startswith("# ") and len(text) > 2:
        return Line(text, number, page, Kind.TITLE, "", text[2:])
    if text == "#":  # explicit markup for "this nota has no title"
        return Line(text, number, page, Kind.TITLE, "", "")
    if text.startswith("|") and text.endswith("|") and len(text) > 2:
        return Line(text, number, page, Kind.ROW)
    if m := _FOOTNOTE.match(text):
        return Line(text, number, page, Kind.FOOTNOTE, m[1], m[2])
    return None


def _long_line(text: str, number: int, page: int) -> Line:
    if m := _COLON_LABEL.match(text):
        label = _vocab.known_label(m[1])
        if label is not None and not m[1][0].islower() and not _vocab.fill_in(m[1], m[2]):
            return Line(text, number, page, Kind.LABEL_VALUE, _vocab.repaired_label(m[1]), m[2])
    if (
        (m := _vocab.INLINE_LABEL_ROW.match(text))
        and not _vocab.STREET_WITH_NUMBER.match(m[2])
        and not _opens_sentence(m[2])
    ):
        return Line(text, number, page, Kind.LABEL_VALUE, m[1], m[2])
    if (
        "," in text
        and text[:1] in _UNIT_LIST_INITIALS
        and (pair := _label_with_value(text)) is not None
        and _vocab.key(pair[0]) in _vocab.UNIT_LIST_LABELS
    ):
        # "Kopie aan SG, pSG, DGMI, DGLM, RWS, HDJZ, ...": a list label's units in a row as wide
        # as the main column
        return Line(text, number, page, Kind.LABEL_VALUE, *pair)
    if (
        text[:1] in _SUBJECT_INITIALS
        and _vocab.label_concept(text.partition(" ")[0]) is _vocab.Concept.TITLE
        and (pair := _label_with_value(text)) is not None
    ):
        # "Betreft Oordeel van de Reviewcommissie over ...": a subject row as long as the
        # value column allows, its label set apart by a tab (read as one space)
        return Line(text, number, page, Kind.LABEL_VALUE, *pair)
    return Line(text, number, page, Kind.TEXT)


#: The first letters of the list labels (Kopie aan, Parafenroute, ...): a cheap test first.
_UNIT_LIST_INITIALS: Final = frozenset(
    label[0] for label in _vocab.LABELS if _vocab.key(label) in _vocab.UNIT_LIST_LABELS
)

#: The first letters of the subject labels (Betreft, Onderwerp, Titel): a cheap test first.
_SUBJECT_INITIALS: Final = frozenset(
    label[0] for label, concept in _vocab.LABELS.items() if concept is _vocab.Concept.TITLE
)


def _opens_sentence(value: str) -> bool:
    """Whether what follows "Aan" / "Van" without a colon goes on as a sentence or a title: an
    article and a number ("Van de 232 ouders ..."), or an article and a word in lower case with
    a later word in lower case that neither joins a name nor names an office ("Aan de slag met
    de basisvaardigheden", "Aan de gemeenten Utrecht, Zwolle en Almere is ...", "Aan de
    minister van Financiën is ..."),
    where an addressee's or a sender's value starts with a capital ("Van DG Werk", "Aan de
    Minister-President"), or ends with its office or body or goes on with names ("Aan de
    bewindslieden", "Van de afdeling Wetgeving en Juridische Zaken", "Aan de minister en de
    staatssecretaris van Financiën")."""
    words = value.split()
    if len(words) < 2:
        return False
    if words[0] not in _vocab.ARTICLES:
        # (or, lower case from its first word, running prose that ends a sentence: "Van alle
        # gemeten vluchten bleef 94 procent binnen de norm.", no value's row)
        return (
            words[0].islower()
            and value.endswith(".")
            and sum(_sentence_word(w.rstrip(".")) for w in words) >= _SENTENCE_WORDS
        )
    if words[1][0].isdigit():
        return True
    return not words[1][0].isupper() and any(_sentence_word(w) for w in words[2:])


#: The fewest words in lower case that make the rest of an "Aan" / "Van" row running prose.
_SENTENCE_WORDS: Final = 4


def _sentence_word(word: str) -> bool:
    """Whether a word after "Aan de" / "Van de" and its noun is a sentence's: in lower case (no
    capital: "pSG" is a unit's code), neither a word that joins a name nor an office, nor the way
    a nota is routed ("Aan de minister, via de secretaris-generaal") nor an abbreviation ("Van de
    directeur a.i.", "t.a.v.": a stop inside it)."""
    plain = word.strip(",;:()")
    return (
        plain.islower()
        and plain not in _vocab.CONTINUATION_WORDS
        and plain not in _vocab.ADDRESSEE_NOUNS
        and plain not in _vocab.ROUTING_LABELS
        and "." not in plain.rstrip(".")
    )


#: A label of a date, a count or a reference glued to its value's first digit ("Datum30 ...").
_GLUED_VALUE: Final = re.compile(
    "^("
    + "|".join(
        re.escape(label)
        for label, concept in sorted(_vocab.LABELS.items(), key=lambda item: -len(item[0]))
        if concept in (_vocab.Concept.DATE, _vocab.Concept.ATTACHMENT_COUNT, _vocab.Concept.REFERENCE)
    )
    + r")(?=\d)"
)
_GLUED_VALUE_INITIALS: Final = frozenset(
    label[0]
    for label, concept in _vocab.LABELS.items()
    if concept in (_vocab.Concept.DATE, _vocab.Concept.ATTACHMENT_COUNT, _vocab.Concept.REFERENCE)
)
_ORDERED_ALONE: Final = re.compile(r"^(\d{1,2})[.)]$")
#: A lettered list item, "a) text", "b. text" or "(c) text" (letters a to h, or roman i to x; a
#: word space after the mark), or an item numbered between brackets, "(1) text" (a number in
#: brackets at a line start is an enumeration's mark: a sentence does not open with one, and one
#: that wraps there is caught by the parser's sentence check).
_LETTERED_ITEM: Final = re.compile(
    r"^(?:\((\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)|([a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)])(?:\s+(\S.*))?$"
)
_LETTERS: Final = frozenset("abcdefghivx(")
#: A word printed letter-spaced: single letters set apart by single spaces ("N O T A").
_LETTER_SPACED: Final = re.compile(r"^\w(?: \w)+$")
_OCR_BULLET_FIRST: Final = frozenset(_vocab.OCR_BULLETS)
_OCR_GLUED_FIRST: Final = frozenset(_vocab.OCR_BULLETS_GLUED)
_OCR_TAB_FIRST: Final = frozenset(_vocab.OCR_TAB_BULLETS)


def _label_with_value(text: str) -> tuple[str, str] | None:
    """A known label and its value on one line without a colon ("Datum 13 februari 2024").

    Only where the value has a recognisable form: a date after Datum, a reference-like token
    after a reference label, a number or "geen" after Bijlage(n), Ja/Nee after Nota actief openbaar, a
    capitalised phrase after a subject label (Betreft).
    """
    words = text.split(" ")
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        label, value = " ".join(words[:n]), " ".join(words[n:])
        known = _vocab.known_label(label)
        if known is None or label[0].islower():
            continue
        concept = _vocab.LABELS[known]
        if concept is _vocab.Concept.DATE:
            try:
                _fragments.parse_date(value)
            except ValueError:
                # (a day and month alone: the date's year wrapped onto the next line, as a
                # narrow colofon column prints it, "Datum 2 december" / "2026"; the parser
                # joins the year)
                # (a date and a speck OCR read as a short word after it, "Datum 8 februari
                # 2023 san": the parser leaves the speck out of the value)
                if not _vocab.DAY_MONTH.match(value) and _fragments.date_before_speck(value) is None:
                    return None
        elif concept is _vocab.Concept.REFERENCE:
            if _vocab.key(known) != _vocab.key(label) and _code_opens_reference(label, value):
                # (a unit's code read as the label's qualifier, "Kenmerk DGED" / "/ 26412290",
                # "Kenmerk BS 2021012345": the code opens the reference, "DGED / 26412290",
                # "BS 2021012345"; a label the vocabulary lists whole keeps its code)
                continue
            if len(value.split()) > 3 or not any(c.isdigit() for c in value):
                return None
        elif concept is _vocab.Concept.ATTACHMENT_COUNT:
            # a count, or a word for none ("Bijlage(n) geen", "Bijlagen -", "n.v.t.")
            if not value.isdigit() and value.casefold() not in _vocab.NONE_WORDS:
                return None
        elif concept is _vocab.Concept.ACTIVELY_PUBLIC:
            if _fragments.parse_yes_no(value) is None:
                return None
        elif concept is _vocab.Concept.TITLE:
            # "Betreft Inzet op klimaatfinanciering na COP28": a letter's subject row, its value
            # set beside the label by a tab; a capitalised phrase that ends no sentence (a
            # sentence that opens with the word goes on in lower case: "Onderwerp van ...")
            if not (value[0].isupper() or value[0].isdigit()) or value.endswith((".", ":", ";", "?", "!")):
                return None
        elif not _names_value(label, value):
            return None
        return _vocab.repaired_label(label), value
    return None


#: The marks that join a reference's parts ("DGED / 26412290"): no value opens with one.
_REFERENCE_SEPARATORS: Final = "/-\u2013|"


def _code_opens_reference(label: str, value: str) -> bool:
    """Whether the last word of a reference label read with a qualifier ("Kenmerk DGED",
    "Kenmerk BS") is a unit's code that opens the reference after it: the value goes on from
    the code with a separator ("/ 26412290") or is a number, the code's and the number's
    reference together ("BS 2021012345", "DGBI 44314491"). A qualifier that names a document
    ("Kenmerk nota 2021012345") stays the label's."""
    if value[:1] in _REFERENCE_SEPARATORS:
        return True
    code = label.rsplit(maxsplit=1)[-1]
    return code.isupper() and value[:1].isdigit() and " " not in value and _vocab.reference_word(value)


def _names_value(label: str, value: str) -> bool:
    """After a label of two or three words ("Kopie aan", "Opgesteld door"), a short value that
    starts with a capital or a digit and ends no sentence: names, units, codes ("DGSenB, DWJZ");
    after any label but a one-letter one ("T", too often a stray letter of OCR), a redaction
    ground code ("Telefoon 5.1.2e")."""
    if len(label) > 1 and _vocab.GROUND_CODE.fullmatch(value.strip("[]()")):
        return True
    if " " not in label:
        # after a one-word label ("Parafenroute", "Via", "Beslistermijn") only unit codes
        # ("IRF, DGRB", "SG"), a date, a number (a reference, a telephone number: "Doorkiesnummer
        # 070 379 8911"), a name with initials ("Inlichtingen J. Smit") or, after a person's
        # label, a post and its holder ("Contactpersoon Projectleider Sandra Vriese"): a one-word
        # label opens sentences too often; and not after a unit's word ("Directie OVS" is the
        # name of a unit)
        # (a list label of two letters, "Cc", takes units and officials' codes: "Cc pSG")
        if len(label) == 2 and _vocab.key(label) in _vocab.UNIT_LIST_LABELS:
            return official_codes(value)
        return (
            len(label) > 2
            and (
                official_codes(value)
                # (after an author's label, "Auteur Cyberweerbaarheid", "Opsteller Team Musea":
                # a unit or a name, capitalised words only)
                or (
                    _vocab.label_concept(label) is _vocab.Concept.DRAFTED_BY
                    and _CAPITALISED_NAME.match(value) is not None
                )
                # (after a drafter's or a contact's label, a post and its holder's name:
                # "Behandelaar Senior adviseur Fatima el Amrani")
                or (_vocab.names_a_person(label) and _vocab.names_post_holder(value))
                or (value[0].isdigit() and _fragments.is_date(value))
                or (sum(c.isdigit() for c in value) >= 8 and _vocab.DIGITS_VALUE.match(value) is not None)
                or _vocab.PERSON_WITH_INITIALS.match(value) is not None
            )
            and not _vocab.names_organisation(label)
        )
    # (after a person's label, a name behind a title in lower case, "Opgesteld door kol. P. de
    # Wit", "Opgesteld door ing. M. Dijkstra", or with ranks and degrees around it, a rank behind
    # a comma ending in its full stop: "Opgesteld door P. de Wit, kol.", "gen. b.d. P. de Wit"; or
    # two such names joined by "en": "kol. P. de Wit en maj. J. Smit MSc")
    person = _vocab.names_a_person(label) and (
        _vocab.names_person(value) or _vocab.names_ranked_person(value) or _vocab.names_people(value)
    )
    return (
        " " in label
        # (or units and officials by their codes, a small letter first: "Kopie aan pSG", "Kopie
        # aan plv. SG", "Kopie aan sg")
        and (value[0].isupper() or value[0].isdigit() or person or official_codes(value))
        and (person or not value.endswith((".", ":", ";", "?", "!")))
        and (
            len(value.split()) <= 6
            or person
            # (a list label's units set apart by commas: "Kopie aan SG, pSG, DGMI, DGLM, RWS,
            # HDJZ, DCOM, FMC, Bestuursraad, Politiek assistent")
            or ("," in value and _vocab.key(label) in _vocab.UNIT_LIST_LABELS and _vocab.is_unit_list(value))
        )
    )


#: One to three capitalised words (a unit's or a person's name as an author's label gives it).
_CAPITALISED_NAME: Final = re.compile(r"^[A-Z\u00c0-\u00de][\w-]+(?: [A-Z\u00c0-\u00de][\w.-]*){0,2}$")


def unit_codes(value: str) -> bool:
    """Whether a value is a list of unit codes ("IRF, DGRB", "SG", "DGKE en pSG"): each word has
    two capitals or more (and only letters, digits, "/", "&", "-"), or joins two codes. ("DG:"
    is a label, the second word of "Paraaf DG:".)"""
    words = value.replace(",", " ").split()
    return (
        0 < len(words) <= 6
        and all(
            w in _vocab.UNIT_JOINERS
            or (sum(c.isupper() for c in w) >= 2 and all(c.isalnum() or c in "/&-" for c in w))
            for w in words
        )
        and words[-1] not in _vocab.UNIT_JOINERS
    )


def official_codes(value: str) -> bool:
    """Whether a value names units and officials by their codes only, as a copy or routing row
    gives them ("pSG", "dDGRB, DGDOO", "plv. SG", "sg"): :func:`unit_codes`, or its words an
    official's code in lower case (:data:`~notaparse._vocab.OFFICIAL_CODES`) or a deputy's word
    before a code (:data:`~notaparse._vocab.OFFICIAL_PREFIXES`)."""
    if unit_codes(value):
        return True
    words = value.replace(",", " ").split()
    if not 0 < len(words) <= 6 or words[-1] in _vocab.UNIT_JOINERS:
        return False
    for k, w in enumerate(words):
        if w.casefold() in _vocab.OFFICIAL_PREFIXES:
            if k + 1 == len(words) or words[k + 1].casefold() in _vocab.OFFICIAL_PREFIXES:
                return False  # (a deputy's word goes on with the code it qualifies)
        elif not (w in _vocab.UNIT_JOINERS or w in _vocab.OFFICIAL_CODES or unit_codes(w)):
            return False
    return True


#: Line breaks other than CR and LF: a vertical tab (Word's manual line break in copied or
#: exported text), NEL, and the Unicode line and paragraph separators.
_OTHER_BREAKS: Final = re.compile("[\v\x85\u2028\u2029]")


#: No-break spaces (also the figure and the narrow one): a word processor puts them inside a
#: label or a date ("Onze referentie", "13 december 2024") and the extractor copies them.
_NO_BREAK_SPACE: Final = re.compile("[\u00a0\u2007\u202f]")
#: A run of tabs and spaces at a line's start.
_LEADING_TABS: Final = re.compile(r"(?m)^[ \t]*\t")
#: Tab stops of an indent written with tabs (an editor's and ``unexpand``'s default).
_TAB_WIDTH: Final = 8


def _expand_indent(m: re.Match[str]) -> str:
    return m[0].expandtabs(_TAB_WIDTH)


def unify_line_ends(text: str) -> str:
    """Text with each CR LF and each CR alone (classic Mac OS) written as one LF: one line break
    each, so line numbers stay."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def unify_space(text: str) -> str:
    """Extracted text with its line breaks and white space written one way: text that differs
    only in how it writes them reads the same, line for line.

    - CR LF, a CR alone (classic Mac OS), a vertical tab (Word's manual line break in copied or
      exported text), NEL and the Unicode line and paragraph separators are line breaks;
    - a no-break space is a space, one column wide: in layout text a label written with one
      ("Onze referentie") stays one segment of its column;
    - an indent written with tabs is the spaces it stands for (tab stops every 8 columns), so
      layout text keeps its columns; a tab inside a line is left alone (it sets a label apart
      from its value, :func:`aligned_label`).
    """
    text = unify_line_ends(text)
    if _OTHER_BREAKS.search(text):
        text = _OTHER_BREAKS.sub("\n", text)
    if "\t" in text:
        text = _LEADING_TABS.sub(_expand_indent, text)
    if not text.isascii() and _NO_BREAK_SPACE.search(text):
        text = _NO_BREAK_SPACE.sub(" ", text)
    return text


#: A line drawn with dashes or equals signs only, four or more, in runs apart by spaces: a
#: converter's rule (pandoc's plain text underlines a heading with them, "Aanleiding" /
#: "----------", and rules a table with runs of them, a run over each column).
_RULE_LINE: Final = re.compile(
    r"^[ \t]*(?=[-= \t]*[-=]{4})(?:-+|=+)(?:[ \t]+(?:-+|=+))*[ \t]*$", re.MULTILINE
)


def blank_rules(text: str) -> str:
    """Text with each line that is a drawn rule (:data:`_RULE_LINE`) made blank: it draws,
    says nothing, and a blank line in its place keeps the line numbers. A heading a converter
    underlined stands over a blank line then, as a heading does. A short run of dashes ("-",
    "---") is a value's nil or a bullet and stays."""
    if "----" in text or "====" in text:
        text = _RULE_LINE.sub("", text)
    return text


#: A word split after its hyphen ("verkiezings- uitslag"), not a suspended compound before its
#: conjunction ("wet- en regelgeving").
SPLIT_WORD: Final = re.compile(
    rf"(\b[\w]+)- (?!(?:{'|'.join(map(re.escape, _vocab.SUSPENSION_CONJUNCTIONS))})\b)(?=([a-zà-ÿ]))"
)


#: An abbreviation or code split after its hyphen ("OMT-" / "Z", "COVID-" / "19") is one token.
_SPLIT_CODE: Final = re.compile(r"(\b[A-Z0-9]{2,})- (?=[A-Z0-9]\b|[A-Z0-9]{2,}\b)")
#: The same in a text of capitals only (a heading in capitals or small caps), where a conjunction
#: after the hyphen is a suspended compound's ("LANDBOUW- EN VISSERIJRAAD" keeps its space).
_SPLIT_CODE_IN_CAPITALS: Final = re.compile(
    r"(\b[A-Z0-9]{2,})- "
    rf"(?!(?:{'|'.join(re.escape(c.upper()) for c in _vocab.SUSPENSION_CONJUNCTIONS)})\b)"
    r"(?=[A-Z0-9]\b|[A-Z0-9]{2,}\b)"
)


#: A compound name split after its hyphen ("Noord-" / "Holland", "Zuid-" / "Afrika") keeps it, and so
#: does a word joined to a name ("motie-" / "Van der Lee", "kabinet-" / "Schoof"): a capitalised
#: word after the hyphen is no suspended compound's conjunction ("wet- en regelgeving").
_CAPITALISED: Final = "[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]"
_SPLIT_NAME: Final = re.compile(rf"(\b[^\W\d_]+)- (?={_CAPITALISED})")


#: A hyphen between two words within a line ("hoog-risico", "e-mail"): the word before it and the
#: word after it (looked ahead, so "hoog-risico-AI" gives both pairs).
_HYPHENATED: Final = re.compile(r"([^\W\d_]+)-(?=([^\W_]+))")
#: A word.
_LETTER_WORD: Final = re.compile(r"[^\W\d_]+")
#: The word after a hyphen at a line end (SPLIT_WORD's match ends before it).
_TAIL: Final = re.compile(r"[^\W_]+")


class _Spellings:
    """How a document prints its words, read from its whole text the first time a hyphen at a
    line end asks (:func:`_unsplit`): the pairs of words it joins with a hyphen within a line
    ("hoog-risico") and the words it prints (case-folded)."""

    __slots__ = ("_hyphenated", "_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._hyphenated: frozenset[tuple[str, str]] | None = None
        self._words: frozenset[str] | None = None

    def hyphenated(self) -> frozenset[tuple[str, str]]:
        if self._hyphenated is None:
            self._hyphenated = frozenset(
                (m[1].casefold(), m[2].casefold()) for m in _HYPHENATED.finditer(self._text)
            )
        return self._hyphenated

    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(_LETTER_WORD.findall(self._text.casefold()))
        return self._words


#: The spellings of the document being read (:func:`document_spellings`), or None.
_SPELLINGS: Final[contextvars.ContextVar[_Spellings | None]] = contextvars.ContextVar(
    "notaparse_spellings", default=None
)


@contextlib.contextmanager
def document_spellings(text: str) -> Iterator[None]:
    """While a document's text is read, a hyphen at a line end follows the document's own
    spelling (:func:`_unsplit`)."""
    token = _SPELLINGS.set(_Spellings(text))
    try:
        yield
    finally:
        _SPELLINGS.reset(token)


def _unsplit(m: re.Match[str]) -> str:
    """Join a word split at a line end ("ont-" / "wikkelingen", "Rijks-" / "overheid"); keep the
    hyphen after a code ("AMvB-wijziging"), a lower-case abbreviation ("amv-opvang"), the prefixes
    that always take one ("oud-minister", "ex-", "niet-"), and where two vowels meet that read as
    one sound ("hbo-opleidingen", "zee-egel"; :data:`_vocab.VOWEL_CLASHES`). The
    document's own spelling comes first: where it prints the two words with a hyphen within a
    line ("hoog-risico") the hyphen is kept ("hoog-" / "risico"), where it prints them as one
    word ("zorgverzekeraars") they are joined. A capitalised word before name particles and a
    capitalised word keeps it: a double surname ("Bakker-" / "van der Wiel")."""
    head = m[1]
    lower = head.lower()
    spellings = _SPELLINGS.get()
    if spellings is not None and (tail := _TAIL.match(m.string, m.end())) is not None:
        pair = (head.casefold(), tail[0].casefold())
        if pair in spellings.hyphenated():
            return f"{head}-"
        if pair[0] + pair[1] in spellings.words():
            return head
    if head[:1].isupper() and _vocab.SURNAME_HALF_WITH_PARTICLES.match(m.string, m.end()) is not None:
        return f"{head}-"  # a double surname: "Bakker-" / "van der Wiel"
    keep = (
        not (head.islower() or head[1:].islower())  # "AMvB-", "COVID-": a code
        or (  # "Awb-", "Wabo-", "Wiv-": a law's acronym; "Be-" / "stuursakkoord" is a split word
            not head.islower()
            and len(head) <= 4
            and lower not in _vocab.UNSTRESSED_PREFIXES
            # an acronym opens its compound ("Awb-besluit"); a short capitalised head after a
            # hyphen is the start of the second name of a double name split in two
            # ("Arnhem-Nij-" / "megen", "Noord-Bra-" / "bant")
            and m.string[m.start() - 1 : m.start()] != "-"
        )
        or lower in _vocab.HYPHEN_PREFIXES  # "oud-minister"
        or lower in _vocab.LOWER_ABBREVIATIONS  # "mbo-studenten"
        or _vocab.SYLLABLE_LETTERS.isdisjoint(lower)  # "zzp-", "ggz-": no syllable
        # two vowels meet that read as one sound: "hbo-opleidingen" (not "regie-" / "organisatie")
        or lower[-1] + m[2] in _vocab.VOWEL_CLASHES
    )
    return f"{head}-" if keep else head


#: A web address that its line broke after a hyphen or a slash inside it, at the line's end
#: ("zie https://www.rijksoverheid.nl/documenten/rapporten/2024/03/01/evaluatie-",
#: "https://open.overheid.nl/documenten/").
_BROKEN_ADDRESS: Final = re.compile(r"(?:https?://|www\.)\S*[-/]$")
#: The marks of a web address's path, no word's ("dpc-8a2b/pdf", "2024-01-01", "?id=2026Z04512").
_PATH_MARKS: Final = frozenset("-/?=&#%_.0123456789")


def _address_goes_on(line: str, nxt: str) -> bool:
    """Whether ``line`` ends in a web address broken after a hyphen or a slash
    (:data:`_BROKEN_ADDRESS`) whose rest opens ``nxt``, to be joined with no space and the
    hyphen kept: after a hyphen always (no address ends in one); after a slash where the next
    word goes on with the path, with a path's mark in it ("dpc-8a2b/pdf", "BWBR0005682") or in
    lower case, not a capitalised word ("... /" / "Het rapport ...") nor a small word that goes on
    the sentence (:data:`_vocab.SENTENCE_WORDS_AFTER_ADDRESS`: "www.rijksoverheid.nl/" / "en de
    bijlagen ...")."""
    if not line.endswith(("-", "/")) or ("//" not in line and "www." not in line):
        return False  # (the cheap tests first)
    if _BROKEN_ADDRESS.search(line) is None or not nxt[:1].isalnum():
        return False
    if line.endswith("-"):
        return True
    word = nxt.split(maxsplit=1)[0].rstrip(".,;:!?)")
    if word[:1].isdigit() or any(c in _PATH_MARKS for c in word):
        return True
    return word[:1].islower() and word not in _vocab.SENTENCE_WORDS_AFTER_ADDRESS


def join_wrapped(lines: Iterable[str]) -> str:
    """Re-flow wrapped lines: one space between, end-of-line hyphenation undone where a word split.

    A hyphen followed by a space and a lower-case word that is not a conjunction ("wet- en
    regelgeving" keeps it) is a split word: "verkiezings- uitslag" -> "verkiezingsuitslag". A web
    address broken at a line's end after a hyphen or a slash goes on without a space, its hyphen
    kept (:func:`_address_goes_on`: ".../evaluatie-" / "wet-open-overheid.").
    """
    parts: list[str] = []
    for line in lines:
        part = line.strip()
        if not part:
            continue
        if parts and _address_goes_on(parts[-1], part):
            parts[-1] += part
        else:
            parts.append(part)
    text = " ".join(parts)
    if "- " not in text:
        return text  # (all three patterns need a hyphen before a space)
    text = (_SPLIT_CODE if any(c.islower() for c in text) else _SPLIT_CODE_IN_CAPITALS).sub(r"\1-", text)
    text = _SPLIT_NAME.sub(r"\1-", text)
    return SPLIT_WORD.sub(_unsplit, text)


def join_value(lines: Iterable[str]) -> str:
    """A label's value re-flowed (:func:`join_wrapped`), where a line that ends in a slash set
    right after a letter or digit goes on without a space: a narrow colofon column wraps a unit's
    path or a reference after its slash ("JenV/" / "DGRR", "IENW/BSK-2026/" / "318844"), which is
    one word ("DGED /" / "44314491", the slash set apart, keeps its space)."""
    parts = [line.strip() for line in lines if line.strip()]
    if len(parts) < 2 or not any(part.endswith("/") for part in parts[:-1]):
        return join_wrapped(parts)
    glued: list[str] = []
    for part in parts:
        before = glued[-1] if glued else ""
        if len(before) > 1 and before[-1] == "/" and before[-2].isalnum() and part[0].isalnum():
            glued[-1] += part
        else:
            glued.append(part)
    return join_wrapped(glued)


_LINE_NUMBER = re.compile(r"( *)(\d{1,3})(?=$| )( *)")


def drop_line_numbers(text: str) -> str:
    """Text without the line numbers a page prints in its margin (a nota in draft): lines that
    open with a bare number (no full stop or bracket, so no list item or numbered heading)
    counting up by one (one number may be missing: an extractor wrote it into another line), at
    most two lines with words but no such number between. Numbers alone on their lines, one
    right under the other at the end of their page's text (a page line may follow), are line
    numbers from six on; numbers before words from eight on when the words after one of them go
    on with a sentence the line before left open (a small letter after a line ending in no full
    stop, colon or semicolon, blank lines passed over: a list's items, a table's rows and a
    page's notes each start anew).
    Numbers right under a Bijlagen heading (or its table's column heads) are its rows', and so
    is a column of numbers alone under it with as many lines of words between. A page's first
    line that opens with the form feed ending the page before (as pdftotext writes it) opens
    with its number all the same. A number alone leaves a blank line; one before words leaves
    the words (written over with spaces where the line is set out in columns)."""
    lines = text.split("\n")
    # (cheap test first: most texts have no run of lines opening with a digit; a page's first
    # line may open with the form feed that ends the page before, "\f1 Geadviseerd besluit")
    opening = [k for k, line in enumerate(lines) if line.lstrip(" \f")[:1].isdigit()]
    if len(opening) < 6:
        return text
    found: list[tuple[int, re.Match[str]]] = []
    for k in opening:
        line = lines[k]
        # (a line holding a form feed: its part after the form feeds it opens with, up to the
        # page's end)
        start = line.rfind("\f", 0, len(line) - len(line.lstrip(" \f"))) + 1
        m = _LINE_NUMBER.match(line[: _part_end(line, start)], start)
        if m is not None:
            found.append((k, m))
    if len(found) < 6:
        return text
    # (runs open side by side: a number in a line's words or a date's day in a column beside the
    # count starts a run of its own and does not break the count)
    numbered = {k for k, _ in found}
    filled = list(
        itertools.accumulate(
            (1 if line.strip() and k not in numbered else 0 for k, line in enumerate(lines)),
            initial=0,
        )
    )
    runs: list[list[tuple[int, re.Match[str]]]] = []
    done: list[list[tuple[int, re.Match[str]]]] = []
    for k, m in found:
        still: list[list[tuple[int, re.Match[str]]]] = []
        for run in runs:
            # (lines with words and no such number between the run's last one and this one: at
            # most two)
            (still if filled[k] - filled[run[-1][0] + 1] <= 2 else done).append(run)
        runs = still
        value = int(m.group(2))
        # (of the runs this number goes on from, the one whose last number is nearest; one
        # number may be missing, written into another line's words: "IENW/2026/260114 4 voor")
        fits = [run for run in runs if int(run[-1][1].group(2)) + 1 == value] or [
            run for run in runs if int(run[-1][1].group(2)) + 2 == value
        ]
        if fits:
            max(fits, key=lambda run: run[-1][0]).append((k, m))
        else:
            runs.append([(k, m)])
    drop = [item for run in [*done, *runs] if _line_number_run(lines, run) for item in run]
    if not drop:
        return text
    for k, m in drop:
        line = lines[k]
        if m.group(1) or len(m.group(3)) > 1:
            lines[k] = line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]
        else:
            lines[k] = line[: m.start()] + line[m.end() :]
    return "\n".join(lines)


def _part_end(line: str, start: int) -> int:
    """Where the page's part of ``line`` from ``start`` on ends: at a form feed, or the line's end."""
    end = line.find("\f", start)
    return len(line) if end < 0 else end


def _line_number_run(lines: list[str], run: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether a run of lines opening with numbers counting up by one is line numbering."""
    if len(run) < 6:
        return False
    under = _under_attachments_heading(lines, run[0][0])
    if all(m.end() == _part_end(lines[k], m.start()) for k, m in run):
        # (numbers alone a line each with words between: a table's cells, a line each; a column
        # of numbers with the page's words after it, or under a Bijlagen heading with as many
        # lines of words between: a numbered table's column written apart)
        if any(line.strip() for (a, _), (b, _) in itertools.pairwise(run) for line in lines[a + 1 : b]):
            return False
        if under is not None and under >= len(run):
            return False
        last, m = run[-1]
        if "\f" in lines[last][m.end() :]:
            return True
        for line in lines[run[-1][0] + 1 :]:
            head, page_end, _ = line.partition("\f")
            # (the page line under the page's text: "Pagina 1 van 2")
            if head.strip() and not _vocab.PAGE_LINE.match(" ".join(head.split())):
                return False
            if page_end:
                break
        return True
    if len(run) < 8 or (under is not None and under <= _TABLE_HEAD_LINES):
        # (numbers right under a Bijlagen heading, or its table's column heads, that has none:
        # the table's rows)
        return False
    # (a line going on in lower case after a line that left its sentence open: a list's items,
    # a table's rows and a page's notes, "1 Stb. 2021, 499." / "2 motie van ...", each start anew,
    # also a blank line apart; the lines of a text extracted double-spaced go on over a blank line)
    return any(
        lines[k][m.end() :].lstrip()[:1].islower() and _last_above(lines, k) not in _CLOSING
        for k, m in run[1:]
    )


def _last_above(lines: list[str], k: int) -> str:
    """The last character of the nearest line with words above line ``k`` ("" for none)."""
    for line in reversed(lines[:k]):
        if end := line.rstrip()[-1:]:
            return end
    return ""


#: The most lines of a table's column heads between a Bijlagen heading and its first row
#: ("Nr.  Titel", or "Nr." / "Titel" a line each).
_TABLE_HEAD_LINES: Final = 2
#: A line's last character that leaves no sentence open ("1 Stb. 2021, 499.").
_CLOSING: Final = frozenset(".!?;:")


def _under_attachments_heading(lines: list[str], first: int) -> int | None:
    """How many lines of words stand between line ``first`` and an attachments heading above it
    on its page ("Bijlagen"), or None without one."""
    if lines[first].lstrip(" ").startswith("\f"):
        return None  # (the page's first line)
    words = 0
    for line in reversed(lines[:first]):
        page_start = "\f" in line
        text = line.rpartition("\f")[2].strip()
        if text and _vocab.is_attachments_heading(text.rstrip(":")):
            return words
        words += bool(text)
        if page_start:
            return None
    return None


def split_pages(text: str) -> list[tuple[int, int, str]]:
    """Split text, its lines and spaces written as :func:`unify_space` writes them, into (line
    number, page, raw line) triples; a form feed starts a new page."""
    out: list[tuple[int, int, str]] = []
    page = 1
    for number, raw in enumerate(text.split("\n"), 1):
        # (white space at a line's end carries nothing: editors and extractors add or drop it;
        # a marked line "%enclosure" is that line with it)
        parts = raw.rstrip(" \t").split("\f")
        for i, part in enumerate(parts):
            if i:
                page += 1
            if part or i == 0:
                # a page break reads as a blank line; the reader joins a sentence that goes on
                out.append((number, page, part))
    return out


def _purpose_or_none(text: str) -> str | None:
    """The purpose a line reads as (:func:`_fragments.parse_purpose`), or None when it is none."""
    try:
        return _fragments.parse_purpose(text)
    except ValueError:
        return None


def join_wrapped_head(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join a table header's first cell that its narrow column wrapped inside the word, and a
    purpose line wrapped after its joining word ("TER INFORMATIE EN" / "BESLUITVORMING": the
    line alone, then the purpose's last word alone on the next line).

    A narrow number column breaks "Volgnummer" into "Volgnumm" / "er" (a typesetter with a
    hyphen, "Volgnum-" / "mer"): the extractor writes the row ("Volgnumm  Naam  Informatie", or
    the cell alone) and then the word's end alone on the next line, at the cell's indent. Where
    the two make a table header word, the word is rejoined in place (in layout text the gap after
    it shrinks, so the columns keep their positions). A head label its narrow label column wrapped
    ("Nota actief   Nee" / "openbaar") is made whole the same way (:func:`_wrapped_label`).
    """
    out: list[tuple[int, int, str]] = []
    skip = False
    for k, (number, page, raw) in enumerate(raw_lines):
        if skip:
            skip = False
            continue
        stripped = raw.lstrip()
        if not stripped:
            out.append((number, page, raw))  # (a blank line: no rule below joins one)
            continue
        initial = stripped[0]
        if (
            initial in "Tt"
            and stripped[:3].casefold() == _vocab.PURPOSE_WORD
            and k + 1 < len(raw_lines)
            and _vocab.PURPOSE_LINE_OPEN.match(stripped.rstrip())
        ):
            joined = f"{stripped.rstrip()} {raw_lines[k + 1][2].strip()}"
            if _purpose_or_none(joined) is not None:  # (it reads the whole line as a purpose line)
                out.append((number, page, joined))
                skip = True
                continue
        if stripped[:2].casefold() in _vocab.TABLE_HEADER_STARTS and k + 1 < len(raw_lines):
            indent = len(raw) - len(stripped)
            first = stripped.split(maxsplit=1)[0]
            if "\ufffe" in first and first.replace("\ufffe", "").casefold() in _vocab.TABLE_NUMBER_WORDS:
                # PDFium's mark of a typesetter's hyphen inside the word it wrapped ("Volgnum" U+FFFE
                # "mer"): the word, not a split ("Volgnum- mer")
                out.append((number, page, raw.replace(first, first.replace("\ufffe", ""), 1)))
                continue
            # (a typesetter hyphenates the word in its narrow column: "Volgnum-" / "mer", with a
            # hyphen or a soft hyphen)
            head = first.rstrip("-\u00ad")
            nxt = raw_lines[k + 1][2]
            end = nxt.strip()
            if (
                end.isalpha()
                and end.islower()
                and len(nxt) - len(nxt.lstrip()) == indent
                and first.casefold() not in _vocab.TABLE_NUMBER_WORDS
                and (head + end).casefold() in _vocab.TABLE_NUMBER_WORDS
            ):
                rest = stripped[len(first) :]
                gap = len(rest) - len(rest.lstrip())
                rest = rest[len(end) :] if gap > len(end) + 1 else rest
                out.append((number, page, raw[:indent] + head + end + rest))
                skip = True
                continue
        if (
            initial.isupper()  # (the cheap tests first)
            and k + 1 < len(raw_lines)
            and raw_lines[k + 1][2].lstrip()[:1].islower()
        ):
            label_row = _wrapped_label(raw, raw_lines[k + 1][2])
            if label_row is not None:
                out.append((number, page, label_row))
                skip = True
                continue
        out.append((number, page, raw))
    return out


_LABEL_WRAP_WORDS: Final = 2


def _wrapped_label(raw: str, nxt: str) -> str | None:
    """The row of a label its narrow label column wrapped ("Nota actief   Nee" / "openbaar", or
    "Nota actief" / "openbaar" with the value after it), the label made whole in place; else None.

    The next line holds only the label's last word(s), in lower case, at the label's indent; the
    row's first words with them are a known label, those words alone none ("Datum 3 juni" /
    "nota" stays).
    """
    end = nxt.strip()
    if not end or not end.islower() or not end.replace(" ", "").isalpha():
        return None  # (the cheap test: most lines are no lower-case word alone)
    stripped = raw.lstrip()
    indent = len(raw) - len(stripped)
    if len(end.split()) > _LABEL_WRAP_WORDS or len(nxt) - len(nxt.lstrip()) != indent:
        return None
    if not _vocab.may_open_label(stripped):
        return None
    for word in itertools.islice(re.finditer(r"\S+", stripped), 3):
        head = stripped[: word.end()]
        if _vocab.is_printed_label(head):
            return None
        if _vocab.is_printed_label(f"{head} {end}"):
            rest = stripped[word.end() :]
            gap = len(rest) - len(rest.lstrip())
            rest = rest[len(end) + 1 :] if gap > len(end) + 2 else rest
            return f"{raw[:indent]}{head} {end}{rest}"
    return None


_GAP: Final = re.compile(r"\S {6,}\S")
_SEGMENT: Final = re.compile(r"\S+(?: {1,2}\S+)*")
_WORD: Final = re.compile(r"\S+")
#: A list mark alone in its column segment: a number, a letter, or a bullet glyph of
#: :data:`_vocab.BULLETS`.
_MARKER_SEGMENT: Final = re.compile(rf"^(?:\d{{1,2}}[.)]?|[a-z][.)]|[{re.escape(_vocab.BULLETS)}])$")


_ALIGNED: Final = re.compile(r"^\s*(\S[^\t]{0,38}?):?(?:\t+\s*| {3,})(\S.*)$")


def aligned_label(raw: str) -> str | None:
    """A known label and its value set apart by a tab or a run of spaces on one row
    ("Afdeling     Warmte"), written "label: value"; None for any other row. A unit's word before
    one unit code ("Directie    DMO", "Afdeling   JZ") is the unit's name, printed with a wide
    gap in a colofon's sender block: one row, no label."""
    if "\t" not in raw and "   " not in raw:
        return None  # (the gap needs a tab or three spaces)
    m = _ALIGNED.match(raw)
    if m is None or ":" in m[1]:
        return None
    label, value = normalise(m[1]), normalise(m[2].lstrip(": \t"))  # ("Aan      : Minister ...")
    if not value:
        return None
    known = _vocab.known_label(label)
    if known is None or label[0].islower() or _vocab.known_label(value.split(" ")[0]) is not None:
        return None
    if " " not in value and _vocab.names_organisation(label) and unit_codes(value):
        return None
    return f"{label}: {value}"


#: The rows of a nota's header: the colofon column stands beside them.
_HEADER_ROWS: Final = 15
#: The fewest words of a body row a layout extractor glued a colofon column's words to.
_GLUED_TAIL_ROW_WORDS: Final = 4
#: The most words of a colofon value glued to a body row's end ("mr. S. van der Graaf").
_GLUED_VALUE_WORDS: Final = 6
#: A row longer than this (characters) is prose, no row of a document's head ("Aan: DGWB",
#: "Datum 14 oktober 2024"): where a later page's head ends and its body begins.
HEAD_ROW_LENGTH: Final = 60


def triple_rows(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Plain text's rows as printed, a head row of three label|value pairs set apart by gaps
    ("Aan   MinBZK      Datum   13 februari 2024      Kenmerk   2024-0000012345", an extractor
    that keeps a form's row on one line in text too short for layout text's columns) written as
    its three "label: value" rows (:meth:`_GridRows.triple`), and the rows under it of one to
    three such pairs each by its own cells (:meth:`_GridRows.pairs`); only the first page's head
    rows (:data:`_HEADER_ROWS`), where such a form stands."""
    if not raw_lines or not any("   " in raw for _, _, raw in raw_lines[: _HEADER_ROWS * 2]):
        return raw_lines  # (the cheap test first: no row with a gap)
    first_page = raw_lines[0][1]
    out: list[tuple[int, int, str]] = []
    rows = 0
    form = False  # the rows read last were a form's rows of label|value pairs, three first
    for at, (number, page, raw) in enumerate(raw_lines):
        if page != first_page or rows >= _HEADER_ROWS:
            out.extend(raw_lines[at:])
            break
        rows += bool(raw.strip())
        segments = [(m.start(), m[0]) for m in _SEGMENT.finditer(raw)] if "   " in raw else []
        # (the rows under a row of three pairs: each of one to three pairs by its own cells, up to
        # a row of any other shape; blank rows between them go on)
        pairs = None
        if form and raw.strip():
            form = (pairs := _GridRows.pairs(segments)) is not None
        triple = pairs or _GridRows.triple(segments)
        if triple is None:
            out.append((number, page, raw))
        else:
            out.extend((number, page, row) for row in triple)
            form = True
    return out


def bar_rows(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A table whose columns are ruled with "|" between its cells, no bar at the row's ends ("Nr.
    | Titel | Kenmerk" / "1 | Kamerbrief ... | 2025-0000312457"): each row of a run of two or more
    rows in a row, on one page, with as many bars between filled cells, is written as a table row
    ("| 1 | Kamerbrief ... | 2025-0000312457 |"). A bar in one line of prose is no table, nor
    are bars in prose's rows that run on in lower case."""
    out = list(raw_lines)
    i = 0
    n = len(out)
    while i < n:
        cells = _bar_cells(out[i][2])
        j = i + 1
        while (
            cells
            and j < n
            and out[j][1] == out[i][1]
            and len(row := _bar_cells(out[j][2])) == len(cells)
            # (a row opening in lower case is prose running on from the row above with a bar in
            # each: "... onder Beleid | Archief en worden daar" / "bewaard tot ... | daarna ...")
            and not row[0][:1].islower()
        ):
            j += 1
        if j - i >= _BAR_TABLE_ROWS:
            for k in range(i, j):
                number, page, raw = out[k]
                out[k] = (number, page, "| " + " | ".join(_bar_cells(raw)) + " |")
        i = max(j, i + 1)
    return out


#: The fewest rows of a table ruled with bars (:func:`bar_rows`).
_BAR_TABLE_ROWS: Final = 2


def _bar_cells(raw: str) -> list[str]:
    """The cells of a row ruled with "|" between them, none at its ends: two or more, each filled;
    or none."""
    text = raw.strip()
    if "|" not in text or text.startswith("|") or text.endswith("|"):
        return []
    cells = [cell.strip() for cell in text.split("|")]
    return cells if all(cells) else []


def join_table_cells(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A paraph or decision table whose cells an extractor wrote a line each (plain pdftotext,
    PyMuPDF): its column heads ("Functie" / "Naam" / "Paraaf" / "Datum", blank lines between or
    not) become one row, and each run of as many cells under them that holds a date or number
    ("Directeur Waterveiligheid" / "H. Mulder" / "HM" / "4 september 2026") one row too, as
    printed. The rows stop at the first run that is no such row (its date not under "Datum", or
    its numbers not where the first row has them: a row with an empty cell, the colofon, a note,
    a page line): those lines stay as they are. "Akkoord" alone is no head: over the heads it is the
    table's heading, under them a decision's option."""
    out: list[tuple[int, int, str]] = []
    i = 0
    n = len(raw_lines)
    while i < n:
        number, page, raw = raw_lines[i]
        if not _paraph_head(raw):
            out.append(raw_lines[i])
            i += 1
            continue
        heads, j = _cell_run(raw_lines, i, page, _paraph_head)
        if len(heads) < _CELL_TABLE_HEADS:
            out.append(raw_lines[i])
            i += 1
            continue
        out.append((number, page, " ".join(raw_lines[k][2].strip() for k in heads)))
        if (
            j + 1 < n
            and not raw_lines[j][2].strip()
            and raw_lines[j + 1][1] == page
            and _table_cell(raw_lines[j + 1][2])
        ):
            j += 1  # (the blank line under the heads, as between their cells: the rows follow)
        names = [raw_lines[k][2].strip().rstrip(":").casefold() for k in heads]
        dated = names.index(_vocab.DATE_COLUMN_WORD) if _vocab.DATE_COLUMN_WORD in names else -1
        numbered: list[bool] | None = None  # (the first row's cells that hold a number)
        while True:
            cells, after = _cell_run(raw_lines, j, page, _table_cell, limit=len(heads))
            texts = [raw_lines[k][2].strip() for k in cells]
            if len(cells) < len(heads):
                break
            digits = [any(c.isdigit() for c in t) for t in texts]
            # (a row holds its date under "Datum", or its numbers where the first row has them:
            # a row with an empty cell takes the next row's cells, and the rows stop)
            if not any(digits) or (dated >= 0 and not digits[dated]) or digits != (numbered or digits):
                break
            numbered = digits
            out.append((raw_lines[cells[0]][0], page, " ".join(texts)))
            j = after
        i = j
    return out


def _paraph_head(raw: str) -> bool:
    """A paraph or decision table's column head alone on its line ("Functie", "Paraaf")."""
    word = raw.strip()
    return (
        0 < len(word) <= _CELL_HEAD_LETTERS
        and word[:1].casefold() in _vocab.PARAPH_COLUMN_INITIALS
        and word.rstrip(":").casefold() in _vocab.PARAPH_COLUMN_WORDS
        # ("Akkoord" alone is the table's heading over the heads, or the first option under a
        # decision table's heads, "Besluit" / "Paraaf" / "Datum" / "Akkoord" / "Niet akkoord")
        and word.casefold() != _vocab.AGREED_WORD
    )


def _table_cell(raw: str) -> bool:
    """A cell of a paraph table's row alone on its line: a few words ending no sentence."""
    text = raw.strip()
    return (
        0 < len(text.split()) <= _CELL_WORDS
        and not text.endswith((".", ":", ";", "?", "!"))
        and not _vocab.PAGE_LINE.match(text)
    )


def _cell_run(
    raw_lines: list[tuple[int, int, str]], i: int, page: int, test: Callable[[str], bool], *, limit: int = 0
) -> tuple[list[int], int]:
    """The lines from i on (one blank line between them at most, same page) that pass ``test``,
    at most ``limit`` of them (0: no limit); and the index after the last."""
    found: list[int] = []
    j = i
    while j < len(raw_lines) and (not limit or len(found) < limit):
        k = j + 1 if not raw_lines[j][2].strip() else j
        if k >= len(raw_lines) or raw_lines[k][1] != page or not test(raw_lines[k][2]):
            break
        found.append(k)
        j = k + 1
    return found, j


def pages_at_page_lines(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Number the pages of layout text without form feeds at its page lines ("Pagina 1 van 2").

    A tool or an editor that drops the form feeds leaves each page's "Pagina k van n" row: where
    those rows stand at the pages' feet, the row after "Pagina k van n" starts page k + 1, so the
    right-hand column is still gathered per page (page 2's colofon does not join page 1's). The
    rows are the pages' feet when the text before the first of them (a whole page) is longer than
    the text after the last of them (the last page's foot); rows that head their pages are the
    reverse, and text whose page lines are out of order is left as it is.
    """
    feet: list[int] = []  # (indexes of the page rows, in order "Pagina 1", "Pagina 2", ...)
    count = 0
    for index, (_, _, raw) in enumerate(raw_lines):
        segments = _SEGMENT.findall(raw)
        if segments and (m := _vocab.PAGE_LINE.match(segments[-1])) is not None:
            if not m[1].isdigit() or int(m[1]) != len(feet) + 1:
                return raw_lines
            feet.append(index)
            count = int(m[2])
    if not feet:
        return _pages_at_repeated_top(raw_lines)
    if len(feet) > count:
        return raw_lines
    rows = [bool(r.strip()) for _, _, r in raw_lines]
    if sum(rows[: feet[0]]) <= sum(rows[feet[-1] + 1 :]):
        return raw_lines
    return _paged(raw_lines, {index + 1 for index in feet})


def pages_at_page_numbers(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Number the pages of text without form feeds at its bare page numbers ("1/3", "- 2 -").

    A viewer's copy or a tool that drops the form feeds keeps each page's footer or header number
    alone on its row: where such rows count the pages in order (1, 2, 3 at the feet, or 2, 3 at
    the tops of the later pages; a fraction's count the same on each row), each stands at a page's
    edge and the page breaks there, so the rules for page furniture see them at the page's edge.
    Rows that do not count on in order, or one such row alone, leave the text as it is; so do
    fractions that stop short of their count ("1/3", "2/3": a sentence's words) and numbers at
    the feet with text under the last ("- 1 -", "- 2 -" over a list's items).
    """
    marks: list[tuple[int, int]] = []  # (index, number) of the rows, in order
    counts: set[str] = set()
    for index, (_, _, raw) in enumerate(raw_lines):
        row = raw.strip()
        if (m := _vocab.PAGE_FRACTION.match(row)) is not None:
            counts.add(m[2])
        elif (m := _vocab.PAGE_DASH.match(row)) is None:
            continue
        marks.append((index, int(m[1])))
    numbers = [number for _, number in marks]
    if (
        len(marks) < 2
        or len(counts) > 1
        or numbers != list(range(numbers[0], numbers[0] + len(numbers)))
        or any(int(count) != numbers[-1] for count in counts)
    ):
        return raw_lines  # (the last page's number gives the count: "1/3", "2/3" alone are a body's)
    if numbers[0] == 1:  # (at the feet: the row after each starts the next page)
        if any(raw.strip() for _, _, raw in raw_lines[marks[-1][0] + 1 :]):
            return raw_lines  # (the last page's foot ends the text; rows under it: the body's)
        return _paged(raw_lines, {index + 1 for index, _ in marks[:-1]} | {marks[-1][0] + 1})
    if numbers[0] == 2:  # (at the tops of the later pages)
        return _paged(raw_lines, {index for index, _ in marks})
    return raw_lines


def _paged(raw_lines: list[tuple[int, int, str]], starts: set[int]) -> list[tuple[int, int, str]]:
    """The lines numbered anew from the first line's page on, a new page at each index in
    ``starts``."""
    page = raw_lines[0][1]
    out: list[tuple[int, int, str]] = []
    for index, (number, _, raw) in enumerate(raw_lines):
        page += index in starts
        out.append((number, page, raw))
    return out


#: A row indented this deep (characters) in layout text stands apart from the body's left column.
_DEEP_INDENT: Final = 20


def _deep_indented(raw: str) -> bool:
    """Whether a row of layout text starts _DEEP_INDENT columns in or further."""
    return len(raw) - len(raw.lstrip(" ")) >= _DEEP_INDENT


def _pages_at_repeated_top(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Number the pages of layout text without form feeds or page lines at its repeated top row.

    A row printed at the top of every page (a scan's document number stamped in the corner, a
    running header) stands apart from the body, deep indented in its own row: where the text's
    first row comes back so, the same text and again deep indented (a scan's stamp moves by a
    few columns from page to page), a new page starts there. A body row is not indented so deep.
    """
    content = [index for index, (_, _, raw) in enumerate(raw_lines) if raw.strip()]
    if not content:
        return raw_lines
    top = raw_lines[content[0]][2]
    if not _deep_indented(top) or len(_SEGMENT.findall(top)) != 1:
        return raw_lines
    starts = {
        index
        for index in content[1:]
        if (raw := raw_lines[index][2]).strip() == top.strip() and _deep_indented(raw)
    }
    return _paged(raw_lines, starts) if starts else raw_lines


def is_layout_text(raw_lines: list[str]) -> bool:
    """Return whether text looks like ``pdftotext -layout`` output (columns kept apart by spaces)."""
    content = [r for r in raw_lines if r.strip()]
    if len(content) < 5:
        return False

    def share(rows: list[str]) -> float:
        indented = sum(1 for r in rows if _deep_indented(r))
        gapped = sum(1 for r in rows if _GAP.search(r))
        return (indented + gapped) / len(rows)

    # (the colofon column stands beside the header's rows: in a nota of several pages the later
    # pages' body, one column wide, dilutes the share, so the first rows are also judged on their
    # own; plain extractors' text has no gaps or deep indents there at all)
    return share(content) >= 0.2 or share(content[:_HEADER_ROWS]) >= 0.25


class _LayoutTable:
    """An attachment table in layout text: each word goes to the column of the header word above it.

    Rows start with a number in the first column; wrapped cell lines join their cell. The table
    ends at three blank lines, a page break, or text at the left margin that is not a row number.
    """

    def __init__(self, columns: list[int], right: int, page: int) -> None:
        self.columns = columns
        self.right = right  # where the colofon column begins on these rows
        self.page = page
        self.blanks = 0
        self.cells: list[list[list[str]]] = []

    @classmethod
    def start(
        cls, raw: str, page: int, segments: list[tuple[int, str]], boundary: int, width: int
    ) -> _LayoutTable | None:
        words = [(m.start(), m[0]) for m in _WORD.finditer(raw)]
        for n in (4, 3, 2):  # (a fourth column, "Woo-grond", after the information column)
            if len(words) >= n and _vocab.TABLE_HEADER.match(" ".join(w for _, w in words[:n])):
                last = words[n - 1][0] + len(words[n - 1][1])
                # (the colofon beside the header row starts there; with none beside it, a row's
                # segment that starts right of the column's start and of the last column's head
                # is the colofon's: a later page's repeated reference beside the table's rows)
                right = next(
                    (start for start, _ in segments if start >= boundary and start > words[n - 1][0]),
                    max(boundary, last + 1) if len(segments) == n else width + 1,
                )
                return cls([start for start, _ in words[:n]], right, page)
        return None

    def add(self, raw: str, page: int) -> bool:
        """Take one more line; False when the table has ended before it."""
        if _vocab.PAGE_LINE.match(" ".join(raw.split())):
            return False  # "Pagina 1 van 1" under the table: furniture, wherever it stands
        words = [
            (m.start() + w.start(), w[0])
            for m in _SEGMENT.finditer(raw)
            if m.start() < self.right
            for w in _WORD.finditer(m[0])
        ]
        segments = [
            m.start() for m in _SEGMENT.finditer(raw) if m.start() < self.right for _ in _WORD.finditer(m[0])
        ]
        if not words:
            self.blanks += 1
            return self.blanks < 3
        if page != self.page:
            return False
        self.blanks = 0
        first_start, first = words[0]
        in_first_column = first_start < self.columns[1] - 1
        if in_first_column and first.rstrip(".").isdigit():
            self.cells.append([[first.rstrip(".")], *([] for _ in self.columns[1:])])
            words = words[1:]
            segments = segments[1:]
        elif in_first_column or not self.cells:
            return False
        columns = [
            max([1, *(k for k, edge in enumerate(self.columns) if edge <= start + 1)]) for start, _ in words
        ]
        for k in range(len(words) - 1, 0, -1):
            # a lower-case word or a number one space after the name's, reaching past the next
            # column's start as a proportional font's row runs wider in characters ("...
            # Openbaarheid en Nee", "Kostprijsonderzoek NVWA 2018 Ter informatie"): the name's,
            # where a capitalised word of the next column follows it in the segment
            if (
                columns[k] > columns[k - 1]
                and segments[k] == segments[k - 1]
                and (words[k][1][:1].islower() or words[k][1][:1].isdigit())
                and any(
                    w[:1].isupper()
                    for (_, w), c, g in zip(words[k + 1 :], columns[k + 1 :], segments[k + 1 :], strict=True)
                    if c == columns[k] and g == segments[k]
                )
            ):
                columns[k] = columns[k - 1]
        self._info_glued(words, columns, segments)
        for (_, word), column in zip(words, columns, strict=True):
            self.cells[-1][column].append(word)
        return True

    def _info_glued(self, words: list[tuple[int, str]], columns: list[int], segments: list[int]) -> None:
        """Mend ``columns`` where a row's information cell stands one space after the name's last
        word, short of the column's start (a proportional font's cell in characters): a cell opens
        with a capital, so where the row's first word in the information column opens in lower
        case ("Brief aan de Kamer Ter" | "informatie"), or where no word starts in that column and
        the row's last word, in lower case, runs across the column's start ("Planning Ter
        informatie"), the purpose's word one space before it (`_vocab.PURPOSE_WORD`, capitalised)
        opens the cell; another capitalised word is the name's, its last words run into the
        column ("Verslag Bestuurlijk Overleg gemeenten", a row with no information). The name
        keeps its first word."""
        if len(self.columns) < 3 or not columns or columns[0] > 1:
            return
        info = next((k for k, c in enumerate(columns) if c >= 2), None)
        if info is None:
            start, word = words[-1]
            if start + len(word) <= self.columns[2]:
                return
            info = len(words) - 1
            tail = [info]
        else:
            tail = []
        if not (
            info >= 2
            and words[info][1][:1].islower()
            and words[info - 1][1][:1].isupper()
            and segments[info] == segments[info - 1]
            and columns[info - 1] == 1
        ):
            return
        if words[info - 1][1].casefold() == _vocab.PURPOSE_WORD:
            for k in (info - 1, *tail):
                columns[k] = 2
        elif not tail and all(
            g == segments[info] and w[:1].islower()
            for (_, w), g in zip(words[info:], segments[info:], strict=True)
        ):
            # (the row's lower-case last words, one space after the name's capitalised word, with
            # nothing after them: the name's)
            for k in range(info, len(words)):
                columns[k] = 1

    def rows(self) -> list[str]:
        """The table as explicit rows: a header row, then "| n | name | info |"."""
        out = ["| Volgnummer | Naam |" + (" Informatie |" if len(self.columns) > 2 else "")]
        for row in self.cells:
            cells = [" ".join(words) for words in row]
            if len(cells) > 3:
                # the ground column's cell joins the information cell ("Nee" + "5.1.1b")
                cells[2:] = [" ".join(c for c in cells[2:] if c)]
            out.append("| " + " | ".join(_canon.escape_cell(c) for c in cells) + " |")
        return out


#: A label outside the vocabulary in a head table's row of labels: one to three words, a capital
#: only at its start ("Termijn", "Uiterste beslisdatum").
_TABLE_LABEL: Final = re.compile(r"^[A-Z][a-z\u00df-\u00ff]+(?: [a-z\u00df-\u00ff]+){0,2}$")


#: The fewest labels on a head table's row of labels (see _HeadTable.start).
_HEAD_TABLE_LABELS: Final = 3


class _HeadTable:
    """A table in a nota's head with a row of labels over rows of their values, each value under
    its label ("Aan   Van   Datum   Notanummer" / "Staatssecretaris   DG Belastingdienst   13
    februari 2024   2024-0000031842" / "Fiscaliteit en"): in layout text every value starts at
    its label's column, so a row's segments go to the labels above them by position. Written as
    "label: value" rows; the table ends at a row that is not so aligned (a blank row too)."""

    def __init__(self, number: int, page: int, labels: list[tuple[int, str]]) -> None:
        self.number = number
        self.page = page
        self.labels = labels
        self.values: list[list[str]] = [[] for _ in labels]

    @classmethod
    def start(cls, number: int, page: int, segments: list[tuple[int, str]]) -> _HeadTable | None:
        """A row of three or more labels, two of them known, none with a colon, or None. (A label
        with a colon has its value beside it: "Van:   Raadadviseur   Datum"; two labels on a row
        are as often a main column's label beside the colofon's, "Aan   Datum", read by the
        columns; a paraph table's column heads, "Paraaf Naam Datum", are no labels.)"""
        if len(segments) < _HEAD_TABLE_LABELS or any(text.endswith(":") for _, text in segments):
            return None
        known = sum(_vocab.known_label(text) is not None for _, text in segments)
        if known < 2 or not all(
            _vocab.known_label(text) is not None or _TABLE_LABEL.match(text) for _, text in segments
        ):
            return None
        if all(
            word.casefold() in _vocab.PARAPH_COLUMN_WORDS for _, text in segments for word in text.split()
        ):
            return None
        return cls(number, page, segments)

    def add(self, segments: list[tuple[int, str]]) -> bool:
        """Take one more row of values; False when it is not aligned under the labels (or
        empty)."""
        if not segments or any(_vocab.known_label(text) is not None for _, text in segments):
            return False  # (a row with a label is no row of values)
        starts = [start for start, _ in self.labels]
        columns = []
        for start, _ in segments:
            column = next((k for k, at in enumerate(starts) if abs(start - at) <= 1), None)
            if column is None:
                return False
            columns.append(column)
        for column, (_, text) in zip(columns, segments, strict=True):
            self.values[column].append(text)
        return True

    def rows(self) -> list[tuple[int, int, str]]:
        """The table as "label: value" rows."""
        return [
            (self.number, self.page, f"{label}: {' '.join(value)}".rstrip())
            for (_, label), value in zip(self.labels, self.values, strict=True)
        ]


def _body_table_heads(
    raw_lines: list[tuple[int, int, str]], segmented: list[list[tuple[int, str]]], index: int
) -> bool:
    """Whether a row of labels, ``index`` (a head table's or a foot colofon's shape), heads a
    table in the body: the body's text introduces it, a row ending in a colon right above it
    ("U reageert op de volgende brief:"), or the page gave two of its labels values already
    ("Datum:   12 maart 2026" / "Kenmerk:   IENW/BSK-2026/55120" over "Datum   Kenmerk
    Onderwerp": the date and reference of another document). A label left without a value
    above the row ("Afschrift aan:") is the colofon's own, no text's lead-in."""
    page = raw_lines[index][1]
    above = next((k for k in range(index - 1, -1, -1) if segmented[k] or raw_lines[k][1] != page), -1)
    if (
        above >= 0
        and raw_lines[above][1] == page
        and segmented[above][-1][1].endswith(":")
        # (a label left without its value, "Afschrift aan:", is the colofon's, no lead-in)
        and _vocab.known_label(segmented[above][-1][1]) is None
    ):
        return True
    given = {
        label
        for k in range(index)
        if raw_lines[k][1] == page
        and len(segmented[k]) >= 2
        and segmented[k][0][1].endswith(":")
        and (label := _vocab.known_label(segmented[k][0][1])) is not None
    }
    return sum(_vocab.known_label(text) in given for _, text in segmented[index]) >= 2


def _foot_colofon(
    raw_lines: list[tuple[int, int, str]], segmented: list[list[tuple[int, str]]], index: int
) -> tuple[list[tuple[int, int, str]], int] | None:
    """A colofon set across a page's foot below the body (older nota's): a row of three or more
    known labels, no colons, each over its value on the row right under it ("Datum   Kenmerk
    Behandeld door" / "8 september 2015   IENM/BSK-2015/167223   drs. E. Lammers"), more such
    pairs of rows under it ("Afschrift aan   Bijlagen" / "SG, DGMI   1"; a blank row between two
    pairs or not), and under them only blank rows and the page line to the page's end. Its
    "label: value" rows and the index after its last row, or None. (A table in the body has more
    text under it on the page, or columns that are no labels; each of its rows stays whole. So
    does one whose row of labels the body's text introduces, a row ending in a colon right above
    it, "U reageert op de volgende brief:", or whose labels the head has given values already,
    "Datum:   12 maart 2026" / "Kenmerk:   ...": the date and reference of another document.)"""
    page = raw_lines[index][1]
    if _HeadTable.start(raw_lines[index][0], page, segmented[index]) is None:
        return None
    if _body_table_heads(raw_lines, segmented, index):
        return None
    rows: list[tuple[int, int, str]] = []
    at = index
    while at + 1 < len(raw_lines) and raw_lines[at + 1][1] == page:
        labels = segmented[at]
        if len(labels) < 2 or not all(
            not text.endswith(":") and _vocab.known_label(text) is not None for _, text in labels
        ):
            break
        table = _HeadTable(raw_lines[at][0], page, labels)
        if not table.add(segmented[at + 1]):
            return None
        rows.extend(table.rows())
        at += 2
        while at + 1 < len(raw_lines) and not segmented[at] and raw_lines[at][1] == page:
            at += 1  # (a blank row between two pairs of rows)
    if not rows:
        return None
    for _, on_page, raw in raw_lines[at:]:
        if on_page != page:
            break
        row = " ".join(raw.split())
        if row and _vocab.PAGE_LINE.match(row) is None:
            return None
    return rows, at


_AMOUNT: Final = re.compile(r"^[-+\u2212\u20ac]?\s?\d[\d.,]*%?$")


#: How far right (a share of the page's width) a head form's right label may start.
_GRID_RIGHT_LABEL: Final = 0.6


#: The cells of a head form's row of three label|value pairs (see :meth:`_GridRows.triple`).
_TRIPLE_CELLS: Final = 6


#: How far a form's further line may start left of its value's column (some extractors set a
#: column a few characters off from row to row).
_GRID_DRIFT: Final = 4


def _grid_label(text: str) -> bool:
    """A form cell's label: a known label or one of the label's shape (one to three words, a
    capital only at the start), a colon after it or not."""
    text = text.rstrip(":").rstrip()
    return _vocab.known_label(text) is not None or _TABLE_LABEL.match(text) is not None


def _grid_cells(segments: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A grid row's segments with a label and its value set two spaces apart split in two
    ("Gevraagd besluit  Instemmen met ...", "Nota actief openbaar  ☒ Ja ☐ Nee": a long label
    nearly fills its cell)."""
    out = []
    for start, text in segments:
        head, gap, rest = text.partition("  ")
        if gap and _grid_label(head):
            out.append((start, head))
            out.append((start + len(text) - len(rest.lstrip()), rest.lstrip()))
        else:
            out.append((start, text))
    return out


class _GridRows:
    """A head form's grid in layout text: rows of two label|value pairs across the page width
    ("Aan   Minister voor Medische Zorg   Van   Directeur Curatieve Zorg"), a row of one pair
    between them ("Reden van spoed   Het debat ..."), a cell's further lines under its value
    ("T 070 5.1.2e"). Each pair becomes a "label: value" row, left pair then right pair, as the
    form is read; the right pair is no colofon column. The grid ends at a row of any other shape
    (a blank row too)."""

    def __init__(self, page: int, left_label: int, right_label: int) -> None:
        self.page = page
        self.left_label = left_label  # where the left pairs' labels start
        self.right_label = right_label  # where the right pairs' labels start
        self.rows: list[int] = []  # the last row's pairs: their indices in the body's rows
        self.values = [right_label, right_label]  # where the last row's values start

    @classmethod
    def start(cls, page: int, segments: list[tuple[int, str]], width: int) -> _GridRows | None:
        """A row of two label|value pairs, both labels of the label's shape and one of them
        known, the right pair's label left of 60 % of the page's width (a colofon column stands
        further right); or None."""
        if len(segments) in (3, 4) and any("  " in text for _, text in segments):
            segments = _grid_cells(segments)
        if len(segments) != 4 or segments[2][0] >= _GRID_RIGHT_LABEL * width:
            return None
        (_, label1), (_, value1), (_, label2), (_, value2) = segments
        if not (_grid_label(label1) and _grid_label(label2)):
            return None
        if _vocab.known_label(label1.rstrip(":")) is None and _vocab.known_label(label2.rstrip(":")) is None:
            return None
        if any(_vocab.known_label(v.rstrip(":")) is not None for v in (value1, value2)):
            return None  # ("Aan   Van   Datum   Kenmerk": a row of labels, their values below)
        grid = cls(page, segments[0][0], segments[2][0])
        grid.values = [segments[1][0], segments[3][0]]
        return grid

    @staticmethod
    def triple(segments: list[tuple[int, str]]) -> list[str] | None:
        """A row of exactly three label|value pairs, each set apart from the next by a gap
        ("Aan   MinBZK      Datum   13 februari 2024      Kenmerk   2024-0000012345", a head
        form's row as layout text prints it) as its three "label: value" rows, in the row's
        order; or None (see :meth:`pairs`)."""
        rows = _GridRows.pairs(segments)
        return rows if rows is not None and len(rows) == _TRIPLE_CELLS // 2 else None

    @staticmethod
    def pairs(segments: list[tuple[int, str]]) -> list[str] | None:
        """A row of one to three label|value pairs, each set apart from the next by a gap, as
        its "label: value" rows in the row's order; or None. Every label is a known one and no
        value is (a row of six labels is a table's heads, their values below); the gaps are the
        evidence (plain text's single spaces leave the row to the reading of a label's line).
        A form whose first row holds three pairs reads its next rows so, each by its own cells
        ("Van   DGFZ            Bijlage   2" under it): the wide first row's columns say
        nothing of where a shorter row's pairs part."""
        if len(segments) < _TRIPLE_CELLS and any("  " in text for _, text in segments):
            segments = _grid_cells(segments)
        if len(segments) % 2 or not 2 <= len(segments) <= _TRIPLE_CELLS:
            return None
        pairs = [
            (segments[k][1].rstrip(":").rstrip(), segments[k + 1][1]) for k in range(0, len(segments), 2)
        ]
        if not all(
            _vocab.known_label(label) is not None and _vocab.known_label(value.rstrip(":")) is None
            for label, value in pairs
        ):
            return None
        return [f"{label}: {value.lstrip(': ')}" for label, value in pairs]

    def goes_on(self, rows: list[list[tuple[int, str]]]) -> bool:
        """Whether a second row of two pairs follows (``rows``: the rows after the first, each
        as its segments), past the first row's cells' further lines and blank rows: a grid has
        two or more.
        (A main column's label row beside a colofon's, "Aan   Minister van Financiën   Datum
        3 september 2024", has the colofon's next label alone under it: "Notanummer ...".)"""
        for row in rows:
            if not row:
                continue  # (some extractors set a blank row between a form's rows)
            cells = _grid_cells(row) if len(row) < 4 and any("  " in text for _, text in row) else row
            if abs(cells[0][0] - self.left_label) <= 2:
                return len(cells) == 4 and all(_grid_label(text) for _, text in cells[::2])
            if not self.further(cells):
                return False
        return False

    def further(self, segments: list[tuple[int, str]]) -> bool:
        """Whether a row is the last row's cells' further lines: one or two segments, each where
        a value of the last row starts or right of it, not at the right label's column (a row
        there is a label's own: a colofon's next label under the row, "Notanummer ...")."""
        if len(segments) > 2:
            return False
        right = [start >= self.right_label - 2 for start, _ in segments]
        if len(segments) == 2 and right != [False, True]:
            return False
        return all(
            start > self.left_label + _GRID_DRIFT
            and start >= (self.values[1] if at_right else self.values[0]) - _GRID_DRIFT
            for (start, _), at_right in zip(segments, right, strict=True)
        )

    def add(
        self, number: int, page: int, segments: list[tuple[int, str]], left: list[tuple[int, int, str]]
    ) -> bool:
        """Take one more row into the body's rows; False when it is no row of the grid."""
        if page != self.page or not segments:
            return False
        if len(segments) < 4 and any("  " in text for _, text in segments):
            segments = _grid_cells(segments)
        if len(segments) in (2, 4) and abs(segments[0][0] - self.left_label) <= 2:
            pairs = [segments[k : k + 2] for k in range(0, len(segments), 2)]
            if not all(
                _grid_label(label) and not _vocab.known_label(value.rstrip(":"))
                for (_, label), (_, value) in pairs
            ):
                return False
            if len(pairs) == 2 and pairs[1][0][0] <= segments[1][0]:
                return False
            self.rows = []
            self.values = [pairs[0][1][0], pairs[-1][1][0] if len(pairs) > 1 else self.right_label * 2]
            for (_, label), (_, value) in pairs:
                self.rows.append(len(left))
                left.append((number, page, f"{label.rstrip(':').rstrip()}: {value}"))
            return True
        if len(segments) <= len(self.rows) and self.further(segments):
            # a cell's further lines under its values: the right pair's where they start there
            right = [start >= self.right_label - 2 for start, _ in segments]
            if right[0] and len(self.rows) < 2:
                return False
            for (_, text), at_right in zip(segments, right, strict=True):
                at = self.rows[-1] if at_right else self.rows[0]
                row = left[at]
                left[at] = (row[0], row[1], f"{row[2]} {text}")
            return True
        return False


def _is_number_row(segments: list[tuple[int, str]]) -> bool:
    """A table row of amounts or years: three or more segments, every one after the first a
    number (its cells are one row, whether or not its columns reach the colofon's)."""
    return len(segments) >= 3 and all(_AMOUNT.match(s) for _, s in segments[1:])


#: The fewest cells a row of a table in the body has, for :func:`_grid_row`.
_GRID_CELLS: Final = 3


def _grid_row(
    segmented: list[list[tuple[int, str]]],
    raw_lines: list[tuple[int, int, str]],
    index: int,
    edge: int | None,
) -> bool:
    """Whether row ``index`` of layout text is a row of a table in the body: all its cells (three
    or more) start left of the colofon column's ``edge`` (:func:`_column_edges`, by more than
    :data:`_COLUMN_SLACK`), and the row right above or below it has its cells at the same starts
    (a table's columns line up; a colofon's value beside a body row stands alone at its edge)."""
    segments = segmented[index]
    if edge is None or segments[-1][0] >= edge - _COLUMN_SLACK:
        return False
    starts = [start for start, _ in segments]
    page = raw_lines[index][1]
    for k in (index - 1, index + 1):
        if 0 <= k < len(segmented) and raw_lines[k][1] == page:
            other = [start for start, _ in segmented[k]]
            if len(other) == len(starts) and all(abs(a - b) <= 1 for a, b in zip(other, starts, strict=True)):
                return True
    return False


def _wraps_unit(
    unit: tuple[int, int, int], page: int, segments: list[tuple[int, str]], left: list[tuple[int, int, str]]
) -> bool:
    """Whether a row's second segment, at the column of a unit read beside a bare Aan/Van on the
    row above, is the unit's name wrapped: the unit ends in a word that goes on ("Klimaat en" /
    "Energie") or the segment starts with one ("Rechtspleging" / "en Rechtshandhaving")."""
    unit_page, at, column = unit
    if unit_page != page or len(segments) != 2 or abs(segments[1][0] - column) > 1:
        return False
    last = left[at][2].rsplit(" ", 1)[-1].casefold()
    first = segments[1][1].split(" ", 1)[0].casefold()
    return last in _vocab.CONTINUATION_WORDS or first in _vocab.CONTINUATION_WORDS


#: The longest segment that may be a colofon's label, purpose or page line (characters).
_ANCHOR_LENGTH: Final = 40
#: The fewest colofon labels standing apart on their rows that place the column by themselves.
_ANCHORS: Final = 3
#: The least a column's left edge is set left of its labels' (characters): the values beside or
#: under a label start where it does, give or take the layout's rounding.
_COLUMN_SLACK: Final = 3


def _column_starts(
    raw_lines: list[tuple[int, int, str]], rows: list[list[tuple[int, str]]], width: int
) -> tuple[int, dict[int, int]]:
    """The character column where layout text's colofon column begins: for the whole text, and
    for each page that places it by itself.

    Where the colofon's labels stand apart on their rows (after a gap, or alone on a row set deep
    in), their starts place the column: a layout that gives each row its own scale (PyMuPDF's
    ``sort=True``, pypdf's layout mode) starts the column a few characters left or right from
    row to row, one wide row (a value set far right) widens the text far beyond the body, and
    ``pdftotext -layout`` scales each page on its own. The column then begins left of its
    leftmost label by twice as much as the labels start left of their middle one (a value beside
    a row of larger text is set further left than any label; at least :data:`_COLUMN_SLACK`), but
    not left of 40 % of the rows' usual width; and never right of 55 % of the widest row (where
    the column begins without such labels: a unit's name over the labels may start left of
    them). A page with three such labels or more places its own column; the others take the
    whole text's. Labels side by side on a row (a table's head, a paraph table's "Functie  Naam
    Datum") and a purpose that is not in capitals (as often a table's cell) place nothing.
    """
    starts: dict[int, list[int]] = {}
    lengths: list[int] = []
    for (_, page, _), segments in zip(raw_lines, rows, strict=True):
        if not segments:
            continue
        lengths.append(segments[-1][0] + len(segments[-1][1]))
        labels = [
            start
            for k, (start, text) in enumerate(segments)
            if (k > 0 or start >= _DEEP_INDENT) and len(text) <= _ANCHOR_LENGTH and _column_anchor(text)
        ]
        if (
            len(labels) == 1
            and not _vocab.is_table_header(" ".join(text for _, text in segments[:3]))
            and not (
                len(segments) > 1
                and all(
                    word.casefold() in _vocab.PARAPH_COLUMN_WORDS
                    for _, text in segments
                    for word in text.split()
                )
            )
        ):
            starts.setdefault(page, []).append(labels[0])
    widest = int(width * 0.55)
    lengths.sort()
    usual = lengths[len(lengths) * 9 // 10] if lengths else 0

    def column(found: list[int]) -> int:
        found = sorted(found)
        spread = max(_COLUMN_SLACK, 2 * (found[len(found) // 2] - found[0]))
        return min(widest, max(found[0] - spread, int(usual * 0.4)))

    every = [start for found in starts.values() for start in found]
    whole = column(every) if len(every) >= _ANCHORS else widest
    return whole, {page: column(found) for page, found in starts.items() if len(found) >= _ANCHORS}


def _column_anchor(text: str) -> bool:
    """Whether a segment of layout text is a colofon's label alone, its purpose line or its page
    line: what stands at the column's left edge."""
    known = _vocab.known_label(text)
    if known is not None:
        return text[0].isupper() and known.casefold() not in _vocab.INLINE_LABELS
    # (a purpose in capitals: "Ter informatie" in lower case is as often a table's cell)
    return _vocab.PAGE_LINE.match(text) is not None or (
        text.isupper() and _vocab.PURPOSE_LINE.match(text) is not None
    )


def _justified_run(segments: list[tuple[int, str]]) -> int:
    """How many of a row's first segments are one line of justified prose, 0 when they are not:
    three segments or more, none a known label (capitalised), of three words or fewer on average, most words
    in lower case, set apart by gaps alike (the widest at most twice the narrowest and two
    more): a justified line's widened word spaces, not columns. A known section heading followed
    by a capital ("Aanleiding     De drie ...     pSG") is a margin heading beside its text."""
    if len(segments) < _JUSTIFIED_SEGMENTS:
        return 0
    if segments[1][1][:1].isupper() and _vocab.is_known_heading(segments[0][1]):
        return 0  # (a section heading in a margin column beside its text's first line)
    gaps = [segments[k][0] - segments[k - 1][0] - len(segments[k - 1][1]) for k in range(1, len(segments))]
    run = 1
    low = gaps[0]
    for gap in gaps:
        low = min(low, gap)
        if gap > 2 * low + 2:
            break
        run += 1
    if run < _JUSTIFIED_SEGMENTS:
        return 0
    texts = [text for _, text in segments[:run]]
    words = [w for text in texts for w in text.split(" ")]
    if (
        len(words) > 3 * len(texts)
        or 2 * sum(w[:1].islower() for w in words) < len(words)
        or any(text[:1].isupper() and _vocab.known_label(text) is not None for text in texts)
    ):
        return 0
    return run


#: The fewest segments of a row that are a justified line (see :func:`_justified_run`).
_JUSTIFIED_SEGMENTS: Final = 3


#: The start of a second column on a row: a word's end, two or more spaces, a word.
_SECOND_COLUMN: Final = re.compile(r"\S {2,}(\S)")
#: How many rows at least make a column: rows of the body at its left edge, and rows of the colofon.
_COLUMN_ROWS: Final = 3
#: The fewest labels of the colofon's vocabulary that make a left column a colofon.
_LEFT_COLOFON_LABELS: Final = 2


def _left_column_first(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return layout text with a colofon printed as a LEFT column read first on its page, then the body.

    The column is found by its shape (see :func:`_left_column_cuts`). The body's rows lose the
    column's indent; a row of the column beside a row of the body is cut at the body's edge; on
    the first page the body's label rows (Aan, Van) stay first. Pages of another shape (a body
    from the left edge, whose rows run past any such edge, or a colofon on the right) are kept
    as they are.
    """
    pages: dict[int, list[tuple[int, int, str]]] = {}
    for row in raw_lines:
        pages.setdefault(row[1], []).append(row)
    found = {page: _left_column_cuts(rows) for page, rows in pages.items()}
    if not any(found.values()):
        return raw_lines
    out: list[tuple[int, int, str]] = []
    for page, rows in pages.items():
        cuts = found[page]
        if cuts is None:
            out.extend(rows)
            continue
        colofon: list[tuple[int, int, str]] = []
        body: list[tuple[int, int, str]] = []
        view: list[tuple[int, int, str]] = []  # the body with a blank row for each column-only row
        for (number, page_, raw), cut in zip(rows, cuts, strict=True):
            if cut is None:
                body.append((number, page_, raw.strip()))  # (a note under the column, page wide)
                view.append(body[-1])
                continue
            left, right = raw[:cut].strip(), raw[cut:].rstrip()
            if left:
                colofon.append((number, page_, left))
            if right.strip() or not left:
                body.append((number, page_, right))
                view.append(body[-1])
            else:
                view.append((number, page_, ""))
        lead = 0
        if page == raw_lines[0][1]:
            # the body's label rows over the rest ("Aan: ...", "Van: ...") come first, as the PDF
            # reader gives them (see split_layout); a row of the column alone leaves a blank row
            # between them, as in split_layout
            rows_ = [(n, p, " ".join(_SEGMENT.findall(raw))) for n, p, raw in view]
            ahead = _leading_pairs(rows_)
            top = next((k for k, row in enumerate(rows_) if row[2]), 0)
            if (
                not ahead
                and _HEAD_WORD.match(rows_[top][2] if rows_ else "")
                and (after := _leading_pairs(rows_[top + 1 :]))
            ):
                ahead = top + 1 + after  # (a kind of one or two words over them: "Beslisnotitie")
            lead = sum(1 for row in view[:ahead] if row in body)
        out.extend(body[:lead])
        out.extend(colofon)
        out.append((colofon[-1][0], page, ""))
        out.extend(body[lead:])
    return out


def _left_column_cuts(rows: list[tuple[int, int, str]]) -> list[int | None] | None:
    """Return where each row of a page leaves a colofon printed as a LEFT column (None for a row
    set page wide under it), or None when the page has no such column.

    The column is found by its shape: the body's rows start at one column further right (alone,
    or after a gap of two spaces or more on a row that starts at the page's left edge); every row
    that starts at the left edge ends before that edge (one row that runs into it is borne), or
    runs a little past it within two rows of the column's other rows and holds nothing else (a source that
    sets the column's small type wide); rows under the column that run on into the body, and rows
    at the left edge after more than three of the body's rows under the column's end, are notes
    set page wide, fewer than the body's rows alone at its edge (which are at least half as
    many as the column's where a row runs into the body beside it); the column is narrower than
    the body, and its rows hold at least two of the colofon's labels, each alone on its row or
    over its value (:func:`_colofon_label`).
    """
    content = [raw.rstrip() for _, _, raw in rows if raw.strip()]
    if len(content) <= _COLUMN_ROWS:
        return None
    indents = [len(raw) - len(raw.lstrip()) for raw in content]
    margin = min(indents)
    starts: dict[int, int] = {}
    for raw, indent in zip(content, indents, strict=True):
        if indent > margin + 2:
            start: int | None = indent
        else:
            m = _SECOND_COLUMN.search(raw, indent)
            start = m.start(1) if m else None
        if start is not None and start >= margin + 8:
            starts[start] = starts.get(start, 0) + 1
    if not starts:
        return None
    edge = max(starts, key=lambda k: (starts[k], -k))
    if starts[edge] < _COLUMN_ROWS:
        return None
    width = max(len(raw) for raw in content)
    if (edge - margin) * 3 > (width - edge) * 2:
        return None  # (not narrower than the body: a body with a colofon to its right)
    cuts: list[int | None] = []
    for raw in (raw.rstrip() for _, _, raw in rows):
        indent = len(raw) - len(raw.lstrip())
        if not raw or indent >= edge - 1:
            cuts.append(edge)
        elif indent > margin + 2:
            return None  # (a row that starts between the column and the body)
        elif raw[edge - 2 : edge].strip() == "":
            cuts.append(edge)
        elif len(raw) <= edge + (edge - margin) and _SECOND_COLUMN.search(raw, margin) is None:
            cuts.append(-len(raw))  # (the column's if it stands next to the column's other rows)
        else:
            cuts.append(None)
    filled = [k for k, (_, _, raw) in enumerate(rows) if raw.strip()]
    seen, since = False, 0  # (a row of the column read; rows of the body alone read since)
    for k in filled:
        if (cut := cuts[k]) is not None and cut > 0 and not rows[k][2][:cut].strip():
            since += 1
        elif seen and since > _COLUMN_ROWS:
            cuts[k] = None  # (under the column's end, after rows of the body: a note set page wide)
        else:
            seen, since = True, 0
    for at, k in enumerate(filled):
        if (cut := cuts[k]) is not None and cut < 0:
            near = (filled[a] for a in (at - 2, at - 1, at + 1, at + 2) if 0 <= a < len(filled))
            beside = any((c := cuts[j]) is not None and c > 0 and rows[j][2][:c].strip() for j in near)
            cuts[k] = -cut if beside else None
    labels = alone = column = runs = ran = 0
    for k, ((_, _, raw), cut) in enumerate(zip(rows, cuts, strict=True)):
        if not raw.strip():
            continue
        if cut is None:
            runs += 1  # (under the column: a note under the body set page wide)
            continue
        left = raw[:cut].strip()
        if not left:
            alone += len(raw) - len(raw.lstrip()) <= edge + 8
            continue
        # (one row beside the column that runs into the body is borne: a source that set the
        # column's small type so wide that it touches the body's row; more are a body that
        # starts at the left edge)
        ran, runs = ran + runs, 0
        if ran > 1:
            return None
        column += 1
        labels += _vocab.known_label(left) is not None and _colofon_label(rows, cuts, k)
    if column < _COLUMN_ROWS or labels < _LEFT_COLOFON_LABELS:
        return None
    if runs >= alone or (ran and (alone < 2 or 2 * alone < column)):
        # (the body's rows alone at its edge outnumber the rows under the column that run page
        # wide, and where a row beside the column runs into the body they are as many as half the
        # column's at least: a body that starts at the left edge, beside an indented head's
        # values or a table's second column, is no body beside a column)
        return None
    return cuts


def _colofon_label(rows: list[tuple[int, int, str]], cuts: list[int | None], k: int) -> bool:
    """Whether the column's label on row ``k`` is a colofon's: alone on its row, or its value
    under it in the column ("Kenmerk" / "55012384"). A label with the body's text beside it and
    no value under it is a label|value row of a table that sets a body's head (or its sections)
    in two columns ("Datum      12 maart 2026" / "Kenmerk    2026-0000123456"), no colofon."""
    cut = cuts[k]
    raw = rows[k][2]
    if cut is None or not raw[cut:].strip():
        return True
    if k + 1 >= len(rows) or (below := cuts[k + 1]) is None:
        return False
    under = rows[k + 1][2][:below].strip()
    return bool(under) and _vocab.known_label(under) is None


#: A table's number column's head after a gap ("Bijlagen   Nr.", "... Volgnummer"): a row that may
#: open with a margin heading beside a table's header row.
_TABLE_NUMBER_HEAD: Final = re.compile(
    "  (?i:" + "|".join(sorted({re.escape(w.rstrip(".")) for w in _vocab.TABLE_NUMBER_WORDS})) + ")"
)
#: The most rows a section heading set in a left margin column wraps onto below its first row.
_MARGIN_WRAP_ROWS: Final = 2
#: The most words on each such row below the first ("Geadviseerd" / "besluit"); the first row
#: has one more at most.
_MARGIN_WRAP_WORDS: Final = 2


def _margin_headings(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Read a section heading set in a left margin column, beside its text, as a row of its own.

    A heading wrapped in the column ("Geadviseerd      1. Instemmen met het ...", "besluit
    en met 2030."): the row's first segment and the lower-case word(s) at its start on the next
    row(s), each followed by a gap and text at the first row's text column (or nothing), join
    to a known section heading. A known heading beside a table's header row ("Bijlagen   Nr.
    Titel"). The heading comes first on a row of its own; its words are blanked in the rows
    beside it, which are read on as the page's rows are.
    """
    # (the cheap tests over all rows at once, in C: the next row opens in lower case, or the
    # row holds a table's number column's head after a gap)
    raws = list(map(_ROW_TEXT, raw_lines))
    below = [*map(str.islower, map(_FIRST_CHAR, map(str.lstrip, raws[1:]))), False]
    tried = map(operator.or_, below, map(bool, map(_TABLE_NUMBER_HEAD.search, raws)))
    out: list[tuple[int, int, str]] | None = None
    done = 0  # (raw_lines[:done] are read: in out, or beside a heading found)
    for k in itertools.compress(range(len(raws)), tried):
        if k < done or (found := _margin_heading_at(raw_lines, k)) is None:
            continue
        if out is None:
            out = []
        number, page, _ = raw_lines[k]
        heading, rows = found
        out.extend(raw_lines[done:k])
        out.append((number, page, heading))
        out.extend(rows)
        done = k + len(rows)
    if out is None:
        return raw_lines
    out.extend(raw_lines[done:])
    return out


#: A raw line's text; the first character of a text ("" for none).
_ROW_TEXT: Final = operator.itemgetter(2)
_FIRST_CHAR: Final = operator.itemgetter(slice(None, 1))


def _margin_heading_at(
    raw_lines: list[tuple[int, int, str]], k: int
) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The heading row and the rows beside it, its words blanked, if row ``k`` opens with a
    margin heading (see :func:`_margin_headings`)."""
    number, page, raw = raw_lines[k]
    segments = list(_SEGMENT.finditer(raw))
    if len(segments) < 2 or len(segments[0][0].split()) > _MARGIN_WRAP_WORDS + 1:
        return None
    start, first, column = segments[0].start(), segments[0][0], segments[1].start()
    numbered = _vocab.NUMBERED_HEADING.match(first)
    words = numbered[2] if numbered else first
    reach = start + (len(first) - len(words))  # (a wrapped word may stand under the heading's text)
    blanked = [(number, page, raw[:start] + " " * len(first) + raw[start + len(first) :])]
    heads = raw[column:].split(None, 2)  # (the table's first two column heads, "Nr.  Omschrijving")
    if (
        len(heads) > 1
        and heads[0].casefold() in _vocab.TABLE_NUMBER_WORDS
        and heads[1].casefold() in _vocab.TABLE_NAME_WORDS
    ):
        return (raw[:start] + first, blanked) if _vocab.is_known_heading(words) else None
    for j in range(k + 1, min(k + 1 + _MARGIN_WRAP_ROWS, len(raw_lines))):
        n, p, row = raw_lines[j]
        parts = list(_SEGMENT.finditer(row))
        if (
            p != page
            or not parts
            or not start <= parts[0].start() <= reach
            or not parts[0][0][:1].islower()
            or len(parts[0][0].split()) > _MARGIN_WRAP_WORDS
            or (len(parts) > 1 and abs(parts[1].start() - column) > _MARGIN_TEXT_DRIFT)
        ):
            break
        words = f"{words} {parts[0][0]}"
        cut = parts[0].start()
        blanked.append((n, p, row[:cut] + " " * len(parts[0][0]) + row[cut + len(parts[0][0]) :]))
        if _vocab.is_known_heading(words):
            return raw[:start] + (f"{numbered[1]}. {words}" if numbered else words), blanked
    return None


#: How far from the first row's text column a wrapped margin heading's next row's text may start
#: (a list item's text under its marker: "1. Instemmen met ..." over "en met 2030."; an
#: extractor that places each row's words on its own grid).
_MARGIN_TEXT_DRIFT: Final = 4


#: A contents list's row in layout text: its number ("1.", "4"), its heading, its page number
#: (at most three digits).
_CONTENTS_ENTRY_NUMBER: Final = re.compile(r"\d{1,2}\.?")
_CONTENTS_ROW_SEGMENTS: Final = 3
_CONTENTS_PAGE_DIGITS: Final = 3


#: How many rows apart a contents list's rows may stand (the colofon's rows between them).
_CONTENTS_ROWS_APART: Final = 3


def _contents_row(segments: list[tuple[int, str]], boundary: int) -> bool:
    """Whether a layout row's segments are a contents list's row beside the colofon column: a
    number, a heading left of the ``boundary``, a page number (three digits at most) right of it."""
    return (
        len(segments) >= _CONTENTS_ROW_SEGMENTS
        and segments[0][1][:1].isdigit()  # (the cheap test first)
        and _CONTENTS_ENTRY_NUMBER.fullmatch(segments[0][1]) is not None
        and segments[1][0] < boundary <= segments[2][0]
        and segments[2][1].isdigit()
        and len(segments[2][1]) <= _CONTENTS_PAGE_DIGITS
    )


def split_layout(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Separate the right-hand column of layout text: colofon segments first, then the body.

    A segment is a run of text separated from others on its line by three or more spaces; a
    segment that starts right of 55 % of the widest line belongs to the colofon column. A colofon
    printed as a left column is read first on its page (see :func:`_left_column_first`), and a
    section heading in a left margin column comes before the rows beside it
    (:func:`_margin_headings`).
    """
    raw_lines = _margin_headings(_left_column_first(raw_lines))
    width = max((len(r.rstrip()) for _, _, r in raw_lines), default=0)
    segmented = [[(m.start(), m[0]) for m in _SEGMENT.finditer(raw)] for _, _, raw in raw_lines]
    whole, columns = _column_starts(raw_lines, segmented, width)
    pages: dict[int, tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]] = {}
    table: _LayoutTable | None = None
    gaps: set[tuple[int, int]] = set()  # the gaps right-only rows make: (page, index in left)
    unit: tuple[int, int, int] | None = None  # a unit beside a bare label: page, index, column
    head: _HeadTable | None = None  # a row of labels over rows of their values, in the head
    grid: _GridRows | None = None  # a head form's rows of two label|value pairs
    form_page = 0  # the page where such a grid was found (its rows after a blank row go on it)
    pair_form = False  # the rows read last were a form's rows of label|value pairs, three first
    first_page = raw_lines[0][1] if raw_lines else 1
    head_rows = 0  # the rows with text read so far on the first page
    edges: dict[int, int] | None = None  # the colofon column's edge on each page (asked for only)
    paraph, paraph_page = False, 0  # the rows of a paraph table's are being read, on that page
    foot: set[int] = set()  # the rows of a colofon across the first page's foot, read already
    for index, (number, page, raw) in enumerate(raw_lines):
        right, left = pages.setdefault(page, ([], []))
        boundary = columns.get(page, whole)
        segments = segmented[index]
        head_rows += bool(segments) and page == first_page
        if head is not None:
            if segments and page == head.page and head.add(segments):
                continue
            left.extend(head.rows())
            head = None
        if grid is not None:
            if grid.add(number, page, segments, left):
                continue
            grid = None
            if segments:
                left.append((number, page, ""))  # (the form ends: its last value ends there)
        if pair_form and segments:
            # the rows under a form's row of three pairs: each of one to three pairs by its own
            # cells; the form ends at a row of any other shape (blank rows between its rows go on)
            pair_form = page == first_page and (pairs := _GridRows.pairs(segments)) is not None
            if pair_form:
                left.extend((number, page, row) for row in pairs or ())
                continue
        if (
            page == first_page
            and head_rows <= _HEADER_ROWS
            and head is None
            and len(segments) >= _TRIPLE_CELLS // 2
            and (triple := _GridRows.triple(segments)) is not None
        ):
            # a head form's row of three label|value pairs across the page: three rows, none
            # of them the colofon column's (its right pairs stand where the form sets them)
            left.extend((number, page, row) for row in triple)
            pair_form = True
            continue
        if (
            page == first_page
            and head_rows <= _HEADER_ROWS
            and head is None
            and (form := _GridRows.start(page, segments, width)) is not None
            and (page == form_page or form.goes_on(segmented[index + 1 : index + 1 + _HEADER_ROWS]))
        ):
            grid, form_page = form, page
            grid.add(number, page, segments, left)
            continue
        if (
            len(segments) > 1
            and segments[0][1][0] in _vocab.PURPOSE_BOX_FIRST  # (the cheap test first)
            and _vocab.ticked_purpose(" ".join(text for _, text in segments))
        ):
            # a purpose row of boxes ("X   Ter besluitvorming   Ter informatie"): one row,
            # wherever its options reach
            left.append((number, page, " ".join(text for _, text in segments)))
            continue
        if index in foot:
            continue
        if (
            page == first_page
            and len(segments) >= _HEAD_TABLE_LABELS
            and (at_foot := _foot_colofon(raw_lines, segmented, index)) is not None
        ):
            # the colofon set across the page's foot as rows of labels over their values (a
            # table above it, the attachments', ends there)
            if table is not None:
                left.extend((number, page, row) for row in table.rows())
                table = None
            foot_rows, end = at_foot
            left.extend(foot_rows)
            foot.update(range(index + 1, end))
            continue
        if (
            table is None
            and page == first_page
            and head_rows <= _HEADER_ROWS
            and len(segments) >= _HEAD_TABLE_LABELS
            and not _body_table_heads(raw_lines, segmented, index)
            and (head := _HeadTable.start(number, page, segments)) is not None
        ):
            below = raw_lines[index + 1][2] if index + 1 < len(raw_lines) else ""
            if head.add([(m.start(), m[0]) for m in _SEGMENT.finditer(below)]):
                head.values = [[] for _ in head.labels]  # (the row is read again as the next)
                continue
            head = None  # (no row of values right under the labels: no such table)
        if table is not None and not table.add(raw, page):
            left.extend((number, page, row) for row in table.rows())
            table = None
        if table is not None:
            right.extend((number, page, s) for start, s in segments if start >= table.right)
            continue
        if (
            page == first_page
            and table is None
            and len(segments) >= _HEAD_TABLE_LABELS
            and _HeadTable.start(number, page, segments) is not None
            and _body_table_heads(raw_lines, segmented, index)
        ):
            # a table's row of label heads in the body, introduced by its text or under the head's
            # own labels ("Datum   Kenmerk   Onderwerp"): it and its rows stay whole, as a paraph
            # table's
            paraph, paraph_page = True, page
            left.append((number, page, " ".join(s for _, s in segments)))
            continue
        if paraph and len(segments) >= 2 and page == paraph_page:
            left.append((number, page, " ".join(s for _, s in segments)))  # (a row of its table)
            continue
        paraph = (
            len(segments) >= _PARAPH_HEADS
            and segments[0][0] < boundary
            and segments[0][1][:1].casefold() in _vocab.PARAPH_COLUMN_INITIALS
            and all(s.rstrip(":").casefold() in _vocab.PARAPH_COLUMN_WORDS for _, s in segments)
        )
        if paraph:
            # a paraph table's column heads in the body ("Functie   Naam   Paraaf   Datum"): its
            # rows reach right of the boundary, but they are no colofon; each row stays whole
            paraph_page = page
            left.append((number, page, " ".join(s for _, s in segments)))
            continue
        table = _LayoutTable.start(raw, page, segments, boundary, width)
        if table is not None:
            right.extend((number, page, s) for start, s in segments if start >= table.right)
            continue
        if not segments:
            left.append((number, page, ""))
            right.append((number, page, ""))
            continue
        if _contents_row(segments, boundary) and any(
            _contents_row(segmented[k], columns.get(raw_lines[k][1], whole))
            for k in (
                *range(max(0, index - _CONTENTS_ROWS_APART), index),
                *range(index + 1, index + 1 + _CONTENTS_ROWS_APART),
            )
            if k < len(segmented) and raw_lines[k][1] == page
        ):
            # a contents list's row ("1.   Aanleiding   2") beside the colofon column, another
            # such row near it: its page number stands right of the boundary, short of the
            # column's edge, and is the row's
            if edges is None:
                edges = _column_edges(raw_lines, segmented, columns, whole)
            edge = edges.get(page)
            if edge is not None and segments[2][0] + len(segments[2][1]) < edge:
                left.append((number, page, " ".join(text for _, text in segments[:3])))
                right.extend((number, page, text) for _, text in segments[3:])
                continue
        if len(segments) >= _GRID_CELLS and segments[0][0] < boundary <= segments[-1][0]:
            if edges is None:
                edges = _column_edges(raw_lines, segmented, columns, whole)
            if _grid_row(segmented, raw_lines, index, edges.get(page)):
                # a row of a table in the body whose last columns reach right of the boundary,
                # short of the colofon column's edge ("2024   1,5 miljoen   Gemeentefonds"): its
                # cells are one row, as a table of amounts'
                left.append((number, page, " ".join(s for _, s in segments)))
                continue
        if _is_number_row(segments):
            # a row of a table of amounts in the body ("2 Bijstand   6.789,0   6.900,1"): its
            # columns reach right of the boundary, but they are no colofon
            left.append((number, page, " ".join(s for _, s in segments)))
            continue
        if (run := _justified_run(segments)) and segments[0][0] < boundary:
            # a justified line whose word spaces the layout widened to gaps ("van   de   zorg
            # en    rapporteert   jaarlijks"): one line of the body, wherever its words reach
            left.append((number, page, " ".join(text for _, text in segments[:run])))
            for start, text in segments[run:]:
                (right if start >= boundary else left).append((number, page, text))
            unit = None
            continue
        if unit is not None and _wraps_unit(unit, page, segments, left):
            # the unit's name wrapped onto the next row at its column ("Energie", "en
            # Rechtshandhaving"): it goes on in the unit's row, not in the Aan/Van value
            row = left[unit[1]]
            left[unit[1]] = (row[0], page, f"{row[2]} {segments[1][1]}")
            segments = segments[:1]
        unit = None
        # (a code alone opening the row under a label's row is that label's value: see
        # _sentence_after_code; the cheap test first, a row opening with one word of digits)
        alone = not (
            len(segments) > 1
            and segments[0][1][:1].isdigit()
            and " " not in segments[0][1]
            and _under_label(segmented, index)
        )
        if len(segments) > 1 and any(
            s[:1].islower() or s[:1].isdigit() or s in _BOX_STOPS for _, s in segments[1:]
        ):
            if edges is None:
                edges = _column_edges(raw_lines, segmented, columns, whole)
            segments = _sentence_after_code(segments, boundary, alone=alone, edge=edges.get(page))
        if segments[-1][0] < boundary < segments[-1][0] + len(segments[-1][1]):
            # a body row that runs into the colofon column, a value or label of it glued on
            if edges is None:
                edges = _column_edges(raw_lines, segmented, columns, whole)
            after = segmented[index + 1] if index + 1 < len(segmented) else []
            goes_on = bool(after) and after[0][0] < boundary and after[0][1][:1].islower()
            edge = max(boundary, edges.get(page, boundary))
            above, over = _column_items_above(right)
            # (the label right over the row, its value missing: a label rows above, its value
            # read or glued elsewhere, takes no row's end, "... het personeel. De Inspectie
            # Leefomgeving" at a page's foot under the column's last label "Datum" far up)
            near = next((n for n, _, text in reversed(right) if text), 0) >= number - _LABEL_OVER_ROWS
            label_over = near and above[:1].isupper() and _vocab.known_label(above) is not None
            segments = _glued_column_tail(
                segments,
                edge,
                goes_on=goes_on,
                value_under=_value_at_edge(segmented, index, edge),
                label_over=label_over,
                person_over=label_over and _vocab.names_a_person(above),
                post_over=(
                    _post_word(above)
                    and over[:1].isupper()
                    and _vocab.known_label(over) is not None
                    and _vocab.names_a_person(over)
                ),
                units_over=(
                    unit_codes(above) and over[:1].isupper() and _vocab.key(over) in _vocab.UNIT_LIST_LABELS
                ),
            )
        left_segments = _join_redactions([s for start, s in segments if start < boundary], alone=alone)
        right.extend((number, page, s) for start, s in segments if start >= boundary)
        if not left_segments:
            gaps.add((page, len(left)))
            left.append((number, page, ""))  # keep the vertical gap a right-only row makes
        elif (
            len(left_segments) == 2
            and left_segments[0].casefold() in _vocab.INLINE_LABELS
            and _vocab.UNIT_LINE.match(left_segments[1]) is not None
        ):
            # "Aan          Directoraat-generaal Klimaat en": the colofon's unit beside a bare
            # Aan/Van (its value on the next row), left of the boundary where the body's rows
            # run wide: the row as printed, for the parser's reading of a unit beside the label
            unit = (page, len(left), segments[1][0])
            left.append((number, page, " ".join(left_segments)))
        elif (
            len(left_segments) > 1
            and _vocab.known_label(left_segments[0]) is not None
            and _vocab.known_label(left_segments[1]) is None
        ):
            # "Aan          Stas IenW": a label and its value on one row
            label = left_segments[0].rstrip(":")
            value = " ".join(left_segments[1:]).lstrip(": ")  # ("Van          : DGWB")
            left.append((number, page, f"{label}: {value}"))
        elif len(left_segments) == 2 and (answered := _vocab.answered_marker(" ".join(left_segments))):
            # "SPOED     JA": a stamp's word with a yes/no answer in the value column, a head
            # form's question and its answer
            left.append((number, page, f"{answered[0]}: {answered[1]}"))
        elif len(left_segments) > 1 and _MARKER_SEGMENT.match(left_segments[0]):
            # "1   Kamerstukken II ...", "•   De cumulatie ...": a marker and its text
            left.append((number, page, f"{left_segments[0]} {left_segments[1]}"))
            left.extend((number, page, s) for s in left_segments[2:])
        else:
            left.extend((number, page, s) for s in left_segments)
    if head is not None:
        pages[head.page][1].extend(head.rows())
    if table is not None:
        last = raw_lines[-1]
        pages[last[1]][1].extend((last[0], last[1], row) for row in table.rows())
    out: list[tuple[int, int, str]] = []
    for page in sorted(pages):
        right, left = pages[page]
        body = _close_gaps(left, {k for p, k in gaps if p == page})
        lead = _leading_pairs(body) if page == first_page else 0
        if lead:
            # (only beside the colofon: a colofon block that ends above them, a letter's head
            # set over the nota's, is read first as it stands)
            letterhead = _letterhead_rows(body, lead)
            rows = [n for n, _, text in body[:lead] if text and not _over_pairs(text) and n not in letterhead]
            if not rows or not any(rows[0] <= n <= rows[-1] + 1 and text for n, _, text in right):
                lead = 0
        if lead:
            # the main column's label rows over the body ("Aan: Minister van BZK", "Van: DGVB")
            # come first, as the PDF reader gives them: the body's head, then the colofon
            # (a number over them all, a stamp at the page's top, stays the page's first line)
            first = next(n for n, _, text in body if text)
            top = 0
            while top < len(right) and right[top][0] < first and not right[top][2]:
                top += 1
            if top < len(right) and right[top][0] < first and _vocab.BARE_NUMBER.match(right[top][2]):
                out.extend(right[: top + 1])
                right = right[top + 1 :]
            out.extend(body[:lead])
            out.append((body[lead - 1][0], page, ""))
        out.extend(right)
        out.append((right[-1][0] if right else 0, page, ""))
        out.extend(body[lead:])
    return out


#: A segment that opens with a redaction's ground code (or a box's codes: "5.1.1c, 5.1.2i") and
#: goes on in lower case ("5.1.2e van Reclassering Nederland is ..."): the box left a gap inside
#: a sentence.
_CODE_IN_SENTENCE: Final = re.compile(
    rf"^(?:{_vocab.GROUND_CODE.pattern})(?:,\s?(?:{_vocab.GROUND_CODE.pattern}))*\s+[a-z]", re.IGNORECASE
)


def _glued_column_tail(
    segments: list[tuple[int, str]],
    edge: int,
    *,
    goes_on: bool = False,
    value_under: bool = False,
    label_over: bool = False,
    person_over: bool = False,
    post_over: bool = False,
    units_over: bool = False,
) -> list[tuple[int, str]]:
    """The row's ``segments`` with the colofon column's words glued to its last segment, a body
    row's, split off as a segment of their own: pdfplumber's layout text writes the column's word
    one space after a body row that reaches the column (at ``edge``, where its rows start). Split
    off are, standing at or past the edge, a known label of two or three words ("... jaarlijks
    ruim Afgestemd met"), or after the sentence's full stop a unit's code ("... te ondertekenen.
    DJZ") or a post's capitalised word ("... werkende ouders. Beleidsmedewerker"); a sentence
    that goes on ("... verder af. De") stays whole, and so does a code or a post's word after the
    full stop when the next row, ``goes_on``, opens in lower case: the next sentence's subject ("...
    voor alle huurders. DJZ" / "heeft geen bezwaar ..."). A known label of one word is split off
    too where the next row has text at the column's edge, ``value_under`` (a title's row that wraps
    past the colofon's label, "... achterstanden bij  Kenmerk" over "2947113", or ends one space
    before it, "... in Zeeland Datum" over "16 mei 2023", or where the value under it, of a shape
    :func:`_glued_value_words` reads, is glued to the next row, "... Ziekenhuizen in
    Contactpersoon" over "... vrij te S. de Graaf"; see :func:`_value_at_edge`). Where the
    colofon's item above, ``label_over``, is a label whose value is missing, a value of the shapes
    :func:`_glued_value_words` reads is split off the row's end ("... voor het funderend VO, FEZ"
    under "Samengewerkt met", "... over twee weken 06 1234 5678" under "T"). Where that label
    names a person, ``person_over``, a post's capitalised word ending the row
    (`_vocab.DRAFTER_POST_WORDS`, no article of a post's before it, `_vocab.POST_ARTICLES`) is
    split off where the row under it has the value at the edge too, ``value_under`` ("... en u
    Beleidsmedewerker" over "... voor de corporaties M. de Boer"); where the item above is such a
    post's word under a person's label, ``post_over``, the value's next row is split off: a name,
    a number or code of the shapes :func:`_glued_value_words` reads, or the post's rest and its
    unit's code, :func:`post_tail` ("... van de Raad wetgeving DWJZ"). Where the item above is
    a row of unit codes under a label whose value is a list of units, ``units_over``
    (`_vocab.UNIT_LIST_LABELS`: "Kopie aan" over "SG"), a unit's code ending the row is that
    list's next row ("... van de ministeries DGRB"), unless an article stands before it and its
    sentence goes on in lower case under it ("... en het CPB" / "en wordt ...": the body's noun)."""
    start, text = segments[-1]
    words = [(m.start(), m[0]) for m in _WORD.finditer(text)]
    if len(words) < _GLUED_TAIL_ROW_WORDS:
        return segments
    n = 0
    for k in (3, 2, 1) if value_under else (3, 2):
        label = _vocab.known_label(" ".join(w for _, w in words[-k:]))
        if label is not None and _vocab.key(label) not in _vocab.INLINE_LABELS and words[-k][1][:1].isupper():
            n = k
            break
    if not n and label_over:
        n = _glued_value_words([w for _, w in words])
    if not n and post_over:
        bare = [w for _, w in words]
        n = max(post_tail(bare, whole=False), _glued_value_words(bare))
    last = words[-1][1]
    if (
        not n
        and units_over
        and _vocab.UNIT_CODE.fullmatch(last) is not None
        and not (goes_on and words[-2][1].endswith("."))  # (the next sentence's subject)
        # (after an article, its sentence going on under it: the sentence's noun, "... en het
        # CPB" / "en wordt ...")
        and not (goes_on and words[-2][1].casefold() in _vocab.ARTICLES)
    ):
        n = 1
    if (
        not n
        and person_over
        and value_under
        and _post_word(last)
        and words[-2][1].casefold() not in _vocab.POST_ARTICLES
    ):
        n = 1
    if (
        not n
        and not goes_on
        and words[-2][1].endswith(".")
        and (_vocab.UNIT_CODE.fullmatch(last) is not None or _post_word(last))
    ):
        n = 1
    at = words[-n][0] if n else 0
    if not n or start + at < edge - 1:
        return segments
    return [*segments[:-1], (start, text[:at].rstrip()), (max(start + at, edge), text[at:])]


#: The most rows a colofon's label stands above a body row whose end is read as its glued value.
_LABEL_OVER_ROWS: Final = 3


def _post_word(word: str) -> bool:
    """Whether a word is a post's first word, capitalised (`_vocab.DRAFTER_POST_WORDS`:
    "Beleidsmedewerker", "Projectleider")."""
    return word[:1].isupper() and word[1:].islower() and word.casefold() in _vocab.DRAFTER_POST_WORDS


def _column_items_above(right: list[tuple[int, int, str]]) -> tuple[str, str]:
    """The colofon column's last two items read so far on the page (``right``'s rows that have
    text), the last first; "" for one missing."""
    found = [text for _, _, text in reversed(right) if text][:2]
    padded = [*found, "", ""]
    return padded[0], padded[1]


def _value_at_edge(segmented: list[list[tuple[int, str]]], index: int, edge: int) -> bool:
    """Whether the next row after row ``index`` that has text has a segment at the colofon
    column's ``edge`` (give or take a character), or a last segment that runs across the edge,
    a body row's with a value :func:`_glued_value_words` reads glued on at the edge: a value
    under a label glued on the row. A value of another shape glued on the next row ("... in 29
    november 2022", "... de1 3 december 2023" under "Datum") stays there, and the label with it
    on its row: the pair is read as one (a later page's colofon, taken out where it repeats the
    first page's)."""
    k = index + 1
    while k < len(segmented) and not segmented[k]:
        k += 1
    if k >= len(segmented):
        return False
    if any(abs(s - edge) <= 1 for s, _ in segmented[k]):
        return True
    start, text = segmented[k][-1]
    if not start < edge < start + len(text):
        return False
    words = [(m.start(), m[0]) for m in _WORD.finditer(text)]
    if len(words) < _GLUED_TAIL_ROW_WORDS:
        return False
    n = _glued_value_words([w for _, w in words])
    return n > 0 and start + words[-n][0] >= edge - 1


def _glued_value_words(words: list[str]) -> int:
    """How many of a row's last ``words`` make a colofon value glued to a body row's end (0 if
    none): a person's name ("S. de Graaf"), a telephone number ("06 1234 5678"), an e-mail address,
    a redaction's ground code where the value was blacked out ("10.2e"), or unit codes set apart
    by commas ("VO, FEZ"); the longest such run, a word of the body's before it."""
    last = len(words) - 1
    for k in range(min(_GLUED_VALUE_WORDS, last), 0, -1):
        tail = " ".join(words[-k:])
        if (_vocab.names_person(tail) and " " in tail and "," not in tail) or _vocab.is_phone(tail):
            return k
    if ("@" in words[-1] and not words[-1].startswith("@")) or _vocab.GROUND_CODE.fullmatch(words[-1]):
        return 1
    n = 0
    while (
        n < last
        and _vocab.UNIT_CODE.fullmatch(words[-1 - n].rstrip(",")) is not None
        and (n == 0 or words[-1 - n].endswith(","))
    ):
        n += 1
    return n


#: The most lower-case words of a drafter's post before its unit's code, on a row under the post's
#: first word ("beleidsmedewerker DSB", "kinderopvang DK").
POST_TAIL_WORDS: Final = 2


def post_tail(words: list[str], *, whole: bool) -> int:
    """How many of the last words are the rest of a drafter's post and its unit's code, printed on
    a row under the post's first word: one or two lower-case words of letters, no small word of a
    name ("en", "de", ...), then the unit's code in capitals ("beleidsmedewerker DSB",
    "kinderopvang DK"). ``whole``: the words are the whole row (the colofon's row alone between
    body rows); else they end a body row, the word before them capitalised and no more of a
    lower-case run ("... met de Kamer kinderopvang DK"; "... overleg met DGWB" has no post's
    word, "... voor de kinderopvang DK" the article before it: the body's). 0 if none."""
    if len(words) < 2 or _vocab.UNIT_CODE.fullmatch(words[-1]) is None:
        return 0
    n = 1
    while (
        n <= POST_TAIL_WORDS
        and n < len(words)
        and words[-n - 1].isalpha()
        and words[-n - 1].islower()
        and words[-n - 1] not in _vocab.NAME_SMALL_WORDS
    ):
        n += 1
    if n == 1:
        return 0
    if whole or n == len(words):
        return n if whole and n == len(words) else 0
    before = words[-n - 1]
    return n if before[:1].isupper() and before.isalpha() else 0


def _under_label(segmented: list[list[tuple[int, str]]], index: int) -> bool:
    """Whether the row before row ``index`` that has text opens with a known label alone ("Behandeld
    door" over "10.2g   huidige voorraad ...": the code is the label's value, in a colofon
    column at the left, not the start of the body's sentence beside it)."""
    k = index - 1
    while k >= 0 and not segmented[k]:
        k -= 1
    return k >= 0 and segmented[k][0][1][:1].isupper() and _vocab.known_label(segmented[k][0][1]) is not None


def _column_edges(
    raw_lines: list[tuple[int, int, str]],
    segmented: list[list[tuple[int, str]]],
    columns: dict[int, int],
    whole: int,
) -> dict[int, int]:
    """Where the colofon column's rows start on each page that has segments right of its
    boundary (``columns``, else ``whole``): the commonest start of those segments (its labels and
    values stand flush at its edge)."""
    counts: dict[int, dict[int, int]] = {}
    for (_, page, _), segments in zip(raw_lines, segmented, strict=True):
        boundary = columns.get(page, whole)
        for start, _ in segments:
            if start >= boundary:
                on = counts.setdefault(page, {})
                on[start] = on.get(start, 0) + 1
    return {page: max(on, key=on.__getitem__) for page, on in counts.items()}


def _sentence_after_code(
    segments: list[tuple[int, str]], boundary: int, *, alone: bool = True, edge: int | None = None
) -> list[tuple[int, str]]:
    """A row's segments with a redaction box's code and the sentence going on after it moved left
    of the colofon's ``boundary``, where the gaps the box leaves reach past it: the code printed
    at the box's left ("Het college van bestuur van 5.1.2i", "heeft gemeld dat het"), or in the
    box's middle between gaps, another segment right of it on the row and apart from it (the
    colofon's own: "Verkoop van twee fregatten aan", "10.2.a", "Kenmerk"). A code by itself at
    the row's end, or close before what follows it ("5.1.2e  @minfin.nl"), may be a colofon
    value; a segment in lower case after a code is the sentence's (not after a code alone under a
    label's row, ``alone`` false: "10.2g", a value in a colofon column at the left; nor one
    flush at the colofon column's ``edge``, :func:`_column_edges`: its value, "a.bakker@minaz.nl"
    beside "... van 5.1.2e"), and so is a stop or comma after a code ("ten hoogste 5.1.2i     ,":
    the box's gap before it)."""
    out: list[tuple[int, str]] = []
    for k, (start, text) in enumerate(segments):
        if (
            (
                out
                and start >= boundary > out[-1][0]
                and (
                    (
                        text[:1].islower()
                        and (alone or " " in out[-1][1])
                        and (edge is None or abs(start - edge) > 1)
                        and _ends_in_code(out[-1][1])
                    )
                    or (text in _BOX_STOPS and _ends_in_code(out[-1][1]))
                    or (
                        text[:1].isdigit()
                        and not out[-1][1][-1:].isdigit()  # (no table's number cell: "1   5.1.2e   ...")
                        and k + 1 < len(segments)
                        and segments[k + 1][0] - start - len(text) > _BOX_GAP
                        and _codes_only(text)
                    )
                )
            )
            or (
                # a box of codes a little apart after a word or a few (no prose row's end, "...
                # gericht, zoals   10.2e", a colofon value) left of the boundary: "Risico's",
                # "5.1.2i" (a heading's redacted words), not a colofon value far off on the row; past
                # the boundary only after a table's cell ("2  Concept  Nee  5.1.2a": the row's third
                # segment or later)
                out
                and (start < boundary or (len(out) >= 2 and out[-1][0] < boundary))
                and text[:1].isdigit()
                and out[-1][1][-1:].isalpha()
                and out[-1][1].count(" ") < _BOX_WORDS
                and start - out[-1][0] - len(out[-1][1]) <= _BOX_GAP
                and _codes_only(text)
                # (a known label opening the row has the codes for its redacted value, "Kopie aan
                # 10.2.e", "Contactpersoon   5.1.2e, 5.1.2i": the row's label|value pair)
                and not (len(out) == 1 and _vocab.known_label(out[0][1].rstrip(":")) is not None)
            )
        ):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((start, text))
    return out


def _ends_in_code(text: str) -> bool:
    """Whether a segment's last word is a redaction ground code ("... bestuur van 5.1.2i")."""
    last = text.rpartition(" ")[2]
    return last[:1].isdigit() and _vocab.GROUND_CODE.fullmatch(last) is not None


#: The widest gap between a word and a redaction box's codes after it on a row that still
#: reads as one phrase (the box's padding: its code set in its middle).
_BOX_GAP: Final = 12
#: The punctuation after a redaction box, set apart by the box's gap ("ten hoogste 5.1.2i     ,").
_BOX_STOPS: Final = frozenset({",", ".", ";", ":"})
#: The most words before a box of codes set a little apart that it goes on (a heading's, a cell's).
_BOX_WORDS: Final = 3


def _codes_only(text: str) -> bool:
    """Whether a segment is one to three redaction ground codes and nothing else ("10.2.a",
    "5.1.1c, 5.1.2i")."""
    words = text.split()
    return len(words) <= 3 and all(_vocab.GROUND_CODE.fullmatch(w.rstrip(",")) for w in words)


def _join_redactions(segments: list[str], *, alone: bool = True) -> list[str]:
    """The body's segments of a row with the gaps a redaction box leaves inside a sentence closed
    ("Met", "5.1.2e van Reclassering Nederland is ..." -> one segment): the code and its sentence
    go on after the words before the box. Also a box whose code is printed at its left, the gap
    after it: "Het college van bestuur van 5.1.2i", "heeft gemeld dat het" -> one segment (a code
    alone only where ``alone``: see :func:`_sentence_after_code`)."""
    if len(segments) < 2 or not any(s[:1].isdigit() or s[:1].islower() for s in segments[1:]):
        return segments
    out = [segments[0]]
    for segment in segments[1:]:
        if (
            segment[:1].islower()
            and out[-1][-1:].isalpha()
            and (alone or " " in out[-1])
            and _ends_in_code(out[-1])
        ):
            out[-1] = f"{out[-1]} {segment}"
        else:
            out.append(segment)
        if (
            len(out) > 1
            and out[-1][:1].isdigit()
            and out[-2][-1:].isalpha()
            and _CODE_IN_SENTENCE.match(out[-1]) is not None
        ):
            last = out.pop()
            out[-1] = f"{out[-1]} {last}"
    return out


def _block_end(left: list[tuple[int, int, str]], k: int) -> int:
    """The index of the first blank row from ``k`` on (the end of the block at ``k``)."""
    while k < len(left) and left[k][2]:
        k += 1
    return k


def _letterhead_rows(left: list[tuple[int, int, str]], lead: int) -> set[int]:
    """The rows of the letterhead blocks among the first ``lead`` rows of the body (a block whose
    first row names an organisation, see :func:`_leading_pairs`)."""
    rows: set[int] = set()
    k = 0
    while k < lead:
        if left[k][2] and _vocab.names_organisation(left[k][2]) and not _is_pair(left[k][2]):
            end = _block_end(left, k)
            rows.update(left[j][0] for j in range(k, end))
            k = end
        k += 1
    return rows


def _leading_pairs(left: list[tuple[int, int, str]]) -> int:
    """How many of the body's first rows are its head's label rows (with the blank rows between
    them): "label: value" rows, or a bare label over its value ("Aan" / "Minister van ...", one
    blank row between them at most), up
    to the last such row before any other text (a row between two of them goes on the value
    above it and stays among them). A value right over a line of text ends them: it may go on
    there ("Titel: ... behorend bij" / "escalatieladder")."""
    end = k = 0
    while k < len(left):
        text = left[k][2]
        if not text or (not end and _over_pairs(text)):
            k += 1  # (the kind or the purpose over them, "Beslisnota", stays over them)
            continue
        if not end and _vocab.names_organisation(text) and not _is_pair(text):
            # the letterhead over them, left of the colofon column ("Ministerie van Onderwijs,
            # Cultuur en" / "Wetenschap"): its block, up to a blank row, stays over them
            k = _block_end(left, k)
            continue
        if _is_pair(text):
            value = k
        elif _vocab.known_label(text.rstrip(":")) is not None and text[0].isupper():
            # a bare label, its value on the next row (or under one blank row: a colofon row
            # beside them, "Van:" / blank / "NVWA en RVO.nl")
            value = k + 1 if k + 1 < len(left) and left[k + 1][2] else k + 2
            below = left[value][2] if value < len(left) else ""
            if not below or _is_pair(below) or _vocab.known_label(below.rstrip(":")) is not None:
                break
        elif (
            end
            and (nxt := next((j for j in range(k + 1, len(left)) if left[j][2]), None)) is not None
            and (_is_pair(left[nxt][2]) or _vocab.known_label(left[nxt][2].rstrip(":")) is not None)
        ):
            # a row between the label rows goes on the value above it ("Aan  Minister van VWS" /
            # blank / "Minister voor Medische Zorg" / "Van  ..."): it stays among them
            end = k = k + 1
            continue
        else:
            break
        after = left[value + 1][2] if value + 1 < len(left) else ""
        if (
            after
            and not _is_pair(after)
            and _vocab.known_label(after.rstrip(":")) is None
            and _vocab.PURPOSE_LINE.match(after) is None  # ("TER BESLISSING" under them)
        ):
            below = left[value + 2][2] if value + 2 < len(left) else ""
            if not (below and (_is_pair(below) or _vocab.known_label(below.rstrip(":")) is not None)):
                break
            # the value goes on on the next row, right over the next label row ("Aan: de
            # minister van Onderwijs, Cultuur" / "en Wetenschap" / "Van: DGFEZ"): among them
            value += 1
        end = k = value + 1
    return end


#: A line of one word or two (a kind of nota's: "Beslisnota", "Nota").
_HEAD_WORD: Final = re.compile(r"^\S+(?: \S+)?$")


def _over_pairs(text: str) -> bool:
    """Whether a row over the main column's label rows is the kind ("Beslisnota") or the purpose
    ("TER BESLISSING")."""
    return bool(_HEAD_WORD.match(text)) and (
        _vocab.key(text) in _vocab.KINDS or _vocab.PURPOSE_LINE.match(text) is not None
    )


def _is_pair(text: str) -> bool:
    """Whether a row is a label and its value ("Aan: ...", also "Van DG Stikstof" as
    :func:`split_layout` keeps a unit's name beside a bare Aan or Van)."""
    label, colon, value = text.partition(": ")
    if colon:
        return bool(value) and _vocab.known_label(label) is not None
    label, space, value = text.partition(" ")
    return bool(space and value) and label in _vocab.LABELS and _vocab.key(label) in _vocab.INLINE_LABELS


def _close_gaps(left: list[tuple[int, int, str]], gaps: set[int]) -> list[tuple[int, int, str]]:
    """Drop the gap of a right-only row inside a wrapped line of the body: the colofon's rows
    do not keep the body's baselines, so one falls between a title's two lines ("... in het
    voortgezet" / "Opgesteld door" / "onderwijs"), which goes on in lower case after a line
    that ends no sentence (so does a blank row there: the colofon's rows spread the body's
    apart, "... grondwater bij" / blank / "drinkwaterwinningen"), or between two lines of a
    paragraph, the first as wide as the body's wide lines and ending in a lower-case word (it
    wrapped there: "... heeft u toegezegd de" / "14 maart 2024" / "Tweede Kamer ..."). A colon
    ends no line so across a right-only row: the text goes on in lower case ("... primair
    onderwijs:" / "Opgesteld door" / "tweede voortgangsbrief")."""
    lengths = sorted(len(text) for _, _, text in left if text)
    wide = lengths[len(lengths) * 9 // 10] * _WRAPPED if lengths else 0
    out: list[tuple[int, int, str]] = []
    for k, entry in enumerate(left):
        if (
            (k in gaps or not entry[2])
            and out
            and out[-1][2]
            and (out[-1][2][-1] not in ".:;?!" or (k in gaps and out[-1][2][-1] == ":"))
            and k + 1 < len(left)
            and (
                left[k + 1][2][:1].islower()
                or (
                    k in gaps
                    and len(out[-1][2]) >= wide
                    and (
                        out[-1][2].rsplit(" ", 1)[-1][:1].islower()
                        # (a wide row ending in a capitalised word, no sentence's end, over a
                        # row of words that ends its clause: "... met het Verenigd" / "FIN"
                        # beside / "Koninkrijk.")
                        or (
                            out[-1][2][-1].isalpha()
                            and left[k + 1][2][:1].isalpha()
                            and left[k + 1][2][-1] in _CLAUSE_ENDS
                        )
                    )
                    and left[k + 1][2][:1].isalnum()
                )
            )
        ):
            continue
        out.append(entry)
    return out


#: The marks that end a clause at a row's end.
_CLAUSE_ENDS: Final = frozenset(".!?;:,")


#: A body line at least this share of the body's wide lines (the tenth longest) filled its row:
#: it wrapped there.
_WRAPPED: Final = 0.85


#: The kinds of line that a table's row written as a paragraph of marked text must not be read
#: as (:func:`escape_row`): a list item, a heading, a title, a table or note mark.
_MARKUP_KINDS: Final = frozenset(
    {Kind.ORDERED, Kind.BULLET, Kind.HEADING, Kind.TITLE, Kind.ROW, Kind.FOOTNOTE}
)


def escape_row(text: str) -> str:
    """A table's row as the layout writes it in marked text, a paragraph of its own: escaped with
    a backslash (as canonical text escapes a paragraph) where it would be read as a list item or
    markup, its number as printed ("1. Akkoord te gaan met ..." in a decision form's first cell)."""
    if text.startswith(_canon.ESCAPE) or classify(text, ocr=False).kind in _MARKUP_KINDS:
        return _canon.ESCAPE + text
    return text


def unescape_row(text: str) -> str | None:
    """The row :func:`escape_row` escaped, or None when ``text`` is no escaped row."""
    if text.startswith(_canon.ESCAPE) and len(text) > 1 and escape_row(text[1:]) == text:
        return text[1:]
    return None


#: A footnote's own row at a page's foot in layout text: its number, alone or before its text.
_NOTE_ROW: Final = re.compile(r"^\s*(\d{1,2})(?:\s*$|\s*[^\W\d_(])")
#: The columns a raised number may stand right of the word it follows (layout text rounds the
#: raised glyph's x to a character cell).
_RAISED_GAP: Final = 2
#: A number glued to the word before it ("meer.1", "ontving5"): a footnote marker kept in place.
_GLUED_NUMBER: Final = re.compile(r"[^\W\d_][.)]{0,2}(\d{1,2})(?=\s|$)")


def raised_markers(raw_lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Layout text's footnote markers glued back to their words: ``pdftotext -layout`` sets a
    number raised after a word ("... niet meer.¹") on a row of its own above the word's row
    ("dekken de" / "1" at the word's end / "kosten niet meer."). A lone number on a row whose
    other segments lie right of it (the colofon's), at most two columns right of a word's end on
    the next row, is a marker when it is the next note number expected (1 first, on from the
    last marker glued) and a row of that note ("1", "1 Kamerstukken ...") stands lower on the
    page: the number goes right after the word, the row above loses it."""
    out = list(raw_lines)
    expected = 1
    for index, (number, page, raw) in enumerate(out):
        expected += sum(int(m[1]) == expected for m in _GLUED_NUMBER.finditer(raw))
        segments = [(m.start(), m[0]) for m in _SEGMENT.finditer(raw)]
        if not segments or not segments[0][1].isdecimal() or len(segments[0][1]) > 2:
            continue
        at, digits = segments[0]
        if int(digits) != expected or at == 0 or index + 1 >= len(out) or out[index + 1][1] != page:
            continue
        below = out[index + 1][2]
        word_end = len(below[:at].rstrip())
        if (
            not word_end
            or at - word_end > _RAISED_GAP
            or not (below[word_end - 1].isalpha() or below[word_end - 1] in ".,;:)!?")
            or below[word_end : at + len(digits) + 1].strip()
        ):
            continue
        if not any(
            (note := _NOTE_ROW.match(row)) is not None
            and int(note[1]) == expected
            and row.index(note[1]) < at
            for _, p, row in out[index + 2 :]
            if p == page
        ):
            continue
        out[index] = (number, page, f"{raw[:at]}{' ' * len(digits)}{raw[at + len(digits) :]}")
        glued = f"{below[:word_end]}{digits}"
        out[index + 1] = (out[index + 1][0], page, glued + below[len(glued) :])
        expected += 1
    return out
