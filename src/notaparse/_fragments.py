"""Fragments with a text form of their own: Dutch dates, purpose lines, references, counts.

Each fragment has a ``parse_*`` and a ``format_*`` function; ``parse(format(x)) == x`` is one of
the documented laws. Parse functions raise :class:`FormatError` without a position: the caller
knows where the text stood and adds it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from . import _vocab
from ._errors import FormatError

_MONTH_ALT = "|".join([*_vocab.MONTH_NAMES, *sorted(_vocab.MONTH_ABBREVIATIONS, key=len, reverse=True)])
_DATE_WORDS: Final = re.compile(
    rf"(?i)^(?:[a-z]+dag\s+)?(\d{{1,2}})[\s-]*(?:e\s+)?({_MONTH_ALT})\.?[\s-]*(\d{{4}}|[{_vocab.YEAR_APOSTROPHES}]\d{{2}})?$"
)
#: A note in brackets after a date ("21 mei 2024 (gewijzigd 23 mei 2024)", "3 juni 2024 (concept)"):
#: the date is the one before it.
_DATE_NOTE: Final = re.compile(r"(?<=\d)\s*\([^()]*\)$")
_ALL_MONTHS: Final = {**_vocab.MONTHS, **_vocab.MONTH_ABBREVIATIONS}
_DATE_NUMERIC: Final = re.compile(
    rf"^(\d{{1,2}})\s*[-./]\s*(\d{{1,2}})\s*[-./]\s*(\d{{4}}|[{_vocab.YEAR_APOSTROPHES}]\d{{2}})$"
)
#: The place a nota was written, before its date ("Den Haag, 14 mei 2026"): not part of the date.
_DATE_PLACE: Final = re.compile(_vocab.DATE_PLACE)
_DATE_ISO: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
#: A complete date in running text: "13 februari 2024", "13 feb. 2024", "29-05-2020" or "29/05/2020",
#: "2024-02-13" (not inside a longer number, word or reference: "2024-0000096441",
#: "2024-02-13/0001", "BZ/2024-02-13").
_DATE_IN_TEXT: Final = re.compile(
    rf"(?i)(?<![\w.,/-])(?:(\d{{1,2}})\s+({_MONTH_ALT})\.?\s+(\d{{4}})"
    r"|(\d{1,2})([-/])(\d{1,2})\5(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\w-]|[.,]\d|/\w)"
)


def _repair_digits(text: str) -> str:
    """Join digits split by letter-spacing ("1 3 december 2023" -> "13 december 2023")."""
    text = " ".join(text.split())
    return re.sub(r"(?<=\b\d) (?=\d\b)", "", text)


#: A page number 1 as OCR reads it, in either case: PAGE_LINE ignores case, so it also takes
#: "Pagina ivan 2" (a small i for the 1) and "Pagina L van 2".
_OCR_ONES: Final = _vocab.OCR_ONE_LETTERS + _vocab.OCR_ONE_ACCENTED
_OCR_ONE: Final = str.maketrans(dict.fromkeys(_OCR_ONES + _OCR_ONES.swapcase(), "1"))


def is_place_date(text: str) -> bool:
    """Whether ``text`` is a place and a complete date and nothing else ("Den Haag, 3 juni 2026",
    "'s-Gravenhage, 14-05-2026")."""
    if "," not in text or not _DATE_PLACE.match(text):
        return False
    try:
        parse_date(text)
    except FormatError:
        return False
    return True


#: A speck of the scan that an OCR engine read as a short word after a date on the date's row
#: ("Datum 8 februari 2023 san": the colofon column's garbled text beside the row, joined to it):
#: one to three lower-case letters or marks, no digit.
_OCR_SPECK_AFTER_DATE: Final = re.compile(r"^[a-z|_.,:;'\"]{1,3}$")


def date_before_speck(text: str) -> tuple[str, str] | None:
    """A date and the speck after it (:data:`_OCR_SPECK_AFTER_DATE`) that ``text`` is, else
    None: "8 februari 2023 san" is ("8 februari 2023", "san")."""
    date, _, speck = text.rpartition(" ")
    if not date or not _OCR_SPECK_AFTER_DATE.match(speck) or not date[-1:].isdigit():
        return None
    try:
        parse_date(date)
    except ValueError:
        return None
    return date, speck


def parse_date(text: str) -> dt.date:
    """Read a Dutch date: "13 februari 2024", "7september2020", "29-05-2020", "2024-02-13",
    "1 mei '24" and "30-11-'26" (a year of two digits after an apostrophe: this century); a note
    in brackets after it is not part of it ("21 mei 2024 (gewijzigd 23 mei 2024)": 21 May), nor
    is the place before it ("Den Haag, 14 mei 2026").

    Raises FormatError when the text is not a date, when the year is missing (nothing is
    invented from "now"), or when the day does not exist ("31 februari 2024").
    """
    cleaned = _repair_digits(text.strip())
    if cleaned[-1:] == ")":
        cleaned = _DATE_NOTE.sub("", cleaned)
    if "," in cleaned:
        cleaned = _DATE_PLACE.sub("", cleaned, count=1)
    if cleaned[-1:] == "." and cleaned[-2:-1].isdigit():
        cleaned = cleaned[:-1]  # "13 februari 2024." as the end of a sentence
    if m := _DATE_WORDS.match(cleaned):
        day, month, year = int(m[1]), _ALL_MONTHS[m[2].casefold()], m[3]
        if year is None:
            raise FormatError(f"the date {text!r} has no year")
        if not year[0].isdigit():
            return _checked(text, 2000 + int(year[1:]), month, day)  # "1 mei '24": this century
        return _checked(text, int(year), month, day)
    if m := _DATE_NUMERIC.match(cleaned):
        year = int(m[3]) if m[3][0].isdigit() else 2000 + int(m[3][1:])  # "30-11-'26"
        return _checked(text, year, int(m[2]), int(m[1]))
    if m := _DATE_ISO.match(cleaned):
        return _checked(text, int(m[1]), int(m[2]), int(m[3]))
    raise FormatError(f"{text!r} is not a date like '13 februari 2024' or '29-05-2020'")


def find_dates(text: str) -> list[dt.date]:
    """The complete, real dates printed in ``text``, in order (see :data:`_DATE_IN_TEXT`); a
    date without its year ("28 oktober") or one that does not exist is not read."""
    if not any(c.isdigit() for c in text):  # (a cheap test first: most sentences hold no date)
        return []
    found = []
    for m in _DATE_IN_TEXT.finditer(text):
        if m[1]:
            year, month, day = int(m[3]), _ALL_MONTHS[m[2].casefold()], int(m[1])
        elif m[4]:
            year, month, day = int(m[7]), int(m[6]), int(m[4])
        else:
            year, month, day = int(m[8]), int(m[9]), int(m[10])
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return found


def is_date(text: str) -> bool:
    """Whether ``text`` is a date :func:`parse_date` reads, and nothing else."""
    if not text.rstrip().removesuffix(".")[-1:].isdecimal():
        return False  # (every date read ends in its year, perhaps with a full stop: a cheap test first)
    try:
        parse_date(text)
    except FormatError:
        return False
    return True


def _checked(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as e:
        raise FormatError(f"{text!r} is not a real date ({e})") from None


def format_date(date: dt.date) -> str:
    """Write a date the way nota's print it: "13 februari 2024"."""
    return f"{date.day} {_vocab.MONTH_NAMES[date.month - 1]} {date.year}"


def parse_purpose(line: str) -> str:
    """Read a purpose line ("TER BESLUITVORMING", "(ter beslissing)") into its lower-case word;
    purposes joined by "en" or "of" ("TER INFORMATIE EN BESLUITVORMING", also "Ter informatie
    en ter besluitvorming") into their words so joined ("informatie en besluitvorming")."""
    m = _vocab.PURPOSE_LINE.match(" ".join(line.split()))
    glued = _vocab.PURPOSE_LINE_GLUED.match(line.strip()) if m is None else None
    if glued is not None and glued[1].casefold() in _vocab.PURPOSES:
        return glued[1].casefold()  # "TERBESLISSING" (OCR without word spaces)
    if m is None:
        raise FormatError(f"{line!r} is not a purpose line like 'TER BESLUITVORMING'")
    words = m[1].split()
    # (a "ter" after a joining word opens the next purpose: "informatie en ter besluitvorming")
    phrase = [
        word
        for k, word in enumerate(words)
        if not (
            0 < k < len(words) - 1
            and word.casefold() == _vocab.PURPOSE_WORD
            and words[k - 1].casefold() in _vocab.PURPOSE_JOINS
        )
    ]
    unknown = [word for word in phrase[::2] if word.casefold() not in _vocab.PURPOSES]
    if unknown and not m[1].isupper():
        raise FormatError(f"{unknown[0]!r} is not a known purpose word (known: {sorted(_vocab.PURPOSES)})")
    purpose = " ".join(phrase).casefold()
    if not is_purpose(purpose):
        # (a word in capitals whose lower case does not read back: "İNFORMATIE" -> "i̇nformatie"
        # with a combining dot; the model refuses it, so it is no purpose line)
        raise FormatError(f"{m[1]!r} is not a purpose whose lower case reads back to it")
    return purpose


def format_purpose(purpose: str) -> str:
    """Write a purpose as its line: "besluitvorming" -> "TER BESLUITVORMING"."""
    return f"TER {purpose.upper()}"


PURPOSE_WORD: Final = re.compile(r"^[^\W\d_]+$")


def is_purpose(word: str) -> bool:
    """Return whether ``word`` can be a purpose: one lower-case word that round-trips through
    upper case, or two or three such words joined by "en" or "of" ("informatie en
    besluitvorming")."""
    parts = word.split(" ")
    return (
        len(parts) % 2 == 1
        and len(parts) <= 5
        and all(join in _vocab.PURPOSE_JOINS for join in parts[1::2])
        and all(_one_purpose_word(part) for part in parts[::2])
    )


def _one_purpose_word(word: str) -> bool:
    upper = word.upper()
    return (
        bool(PURPOSE_WORD.match(word))
        and word == word.casefold()
        and upper.casefold() == word
        and upper.isupper()
    )


def parse_page_line(line: str) -> tuple[int, int] | None:
    """Return (k, n) of "Pagina k van n" in any of its broken forms, or None."""
    m = _vocab.PAGE_LINE.match(" ".join(line.split()))
    if m is None:
        return None
    k, n = int(m[1].translate(_OCR_ONE)), int(m[2])
    return (k, n) if 1 <= k <= n else None


def is_redacted(value: str) -> bool:
    """Return whether a field value is a redaction placeholder or only ground codes (also a Wob
    ground written out as its article, "art. 10, tweede lid, onder e")."""
    compact = value.replace(" ", "").casefold()
    if compact in _vocab.REDACTION_PLACEHOLDERS:
        return True
    rest = _vocab.GROUND_CODE.sub("", value)
    if _vocab.GROUND_ARTICLE_CUE in compact:  # (the cheap test first)
        rest = _vocab.GROUND_ARTICLE.sub("", rest)
    return bool(value.strip()) and not rest.strip(" ,;/()[]")


def is_redacted_contact(value: str) -> bool:
    """Return whether a field value is redacted (`is_redacted`), or a contact's lines whose name,
    number and address are all redacted, their marks left: "5.1.2e T 5.1.2e 5.1.2e@minfin.nl"."""
    if is_redacted(value):
        return True
    if not _vocab.GROUND_CODE.search(value):
        return False
    rest = _vocab.GROUND_CODE.sub(" ", value).replace(",", " ").split()
    return all(w.casefold() in _vocab.CONTACT_LINE_MARKS or (w[:1] == "@" and "." in w) for w in rest)


def normalise_ground(code: str) -> str:
    """Normalise a ground code: "5.1.2.e" / "512e" / "5.1.2 e" -> "5.1.2e", "10.2.e" -> "10.2e"."""
    compact = re.sub(r"[\s.]", "", code).casefold()
    letter = compact[-1] if compact[-1].isalpha() else ""
    digits = compact[:-1] if letter else compact
    parts = [digits[:2], *digits[2:]] if digits.startswith(("10", "11")) else list(digits)
    return ".".join(parts) + letter


_COUNT_ITEMS: Final = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s*(?=\S)")


def parse_attachment_count(value: str) -> int | None:
    """Read the value of Bijlage(n): "1" -> 1; "1. Kamerbrief 2. NALV" -> 2; a name -> 1."""
    text = " ".join(value.split())
    if not text or is_redacted(text):
        return None
    if text.isdecimal():
        return int(text)
    if text.casefold() in _vocab.NONE_WORDS:
        return 0
    numbers = [int(n) for n in _COUNT_ITEMS.findall(text)]
    if numbers and numbers == list(range(1, len(numbers) + 1)):
        return len(numbers)
    if re.fullmatch(r"\d+\s+\D.*", text):
        return int(text.split()[0])
    return 1


_UNIT_CODE: Final = re.compile(r"^[A-Z][A-Z0-9&/\-]{1,11}$")


def split_units(value: str) -> tuple[str, ...]:
    """Split a list of units into its parts: "BA, KIEM, CZW"; also codes one per line, which
    the value joins with spaces ("DJZ FEZ DGBI"), or with "en" ("FEZ en DJZ"). A list that
    separates its parts with commas keeps a part's codes together when no "en" joins them:
    "DG PO, FEZ" names the DG and FEZ."""
    out: list[str] = []
    commas = "," in value
    for part in value.split(","):
        words = [w for w in part.split() if w.casefold() not in _vocab.UNIT_JOINERS]
        joined = len(words) < len(part.split())
        if len(words) > 1 and (joined or not commas) and all(_UNIT_CODE.match(w) for w in words):
            out.extend(words)
        elif part.strip():
            out.append(part.strip())
    return tuple(out)


def split_unit_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Split a list of units printed one a line ("Rijkswaterstaat" / "DGWB" / "FEZ"): where every
    line that does not go on from the line above, with the lines that go on from it, is by its
    shape a unit or units separated by commas ("DGWB, FEZ" / "Rijkswaterstaat",
    :func:`_units_by_shape`), each such part is split further on commas and joiners as
    :func:`split_units` does; else the value as one text (:func:`split_units`). A line
    goes on from the line above where that ends in a joiner, a name's small word ("Ministerie
    van" / "Financiën", :data:`_vocab.NAME_LINKS`) or a comma, or in an adjective that
    opens its noun (:data:`_vocab.OPEN_ADJECTIVE`, "Directie Algemene Fiscale" / "Politiek"), or
    where it starts with a small letter ("Directie Bestuur en" / "Financiën" is one unit)."""
    groups: list[list[str]] = []
    for line in lines:
        above = groups[-1][-1] if groups else ""
        goes_on = above.endswith(",") or (
            above.split()[-1].casefold() in _vocab.NAME_LINKS
            or (_vocab.OPEN_ADJECTIVE.search(above) is not None and not _vocab.names_person(above))
            if above
            else False
        )
        if groups and (goes_on or line[:1].islower()):
            groups[-1].append(line)
        else:
            groups.append([line])
    if len(groups) < 2 or not all(_units_by_shape(" ".join(group)) for group in groups):
        return split_units(" ".join(lines))
    return tuple(unit for group in groups for unit in split_units(" ".join(group)))


def _units_by_shape(line: str) -> bool:
    """Whether a printed line is by its shape a unit's name (:func:`_unit_by_shape`), or units'
    names separated by commas ("DGWB, FEZ")."""
    parts = [p.strip() for p in line.split(",")]
    return _unit_by_shape(line) or (len(parts) > 1 and all(p and _unit_by_shape(p) for p in parts))


def _unit_by_shape(line: str) -> bool:
    """Whether a printed line is by its shape a unit's name by itself: codes ("DGWB", "FEZ"), a
    code and a capitalised word ("CIO Rijk"), one capitalised word ("Rijkswaterstaat"), a name
    opening with a unit's word ("Directie Bestuur en"), or capitalised words linked by the small
    words of a name ("Unie van Waterschappen", :data:`_vocab.NAME_LINKS`)."""
    words = line.split()
    if (
        len(words) > 2
        and all(w[:1].isupper() or w in _vocab.NAME_LINKS for w in words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    ):
        return True
    if all(_UNIT_CODE.match(w) for w in words):
        return True
    if len(words) == 2 and _UNIT_CODE.match(words[0]) and words[1][:1].isupper() and words[1].isalpha():
        return True
    if len(words) == 1 and words[0][:1].isupper() and words[0].replace("-", "").isalpha():
        return True
    return _vocab.UNIT_NAME.match(line) is not None


def parse_yes_no(value: str) -> bool | None:
    """Read "Ja"/"Nee" (None for anything else), also given by ticking one of the options printed
    side by side, each after its check box ("☒ Ja ☐ Nee": the one ticked box's option), or
    followed by a reason after a comma ("Nee, 5.2 Woo")."""
    word = value.strip().casefold()
    if word[:1] in "[\u2610\u2611\u2612\u25a1\u274f\uf06f\uf0a8\uf0fe":
        word = _ticked_option(value) or word
    # an answer with its reason after a comma ("Nee, wegens persoonlijke beleidsopvattingen (5.2
    # Woo)"): templates ask for the reason when a nota is not made public
    word = word.split(",", 1)[0].rstrip()
    if word in _vocab.YES:
        return True
    if word in _vocab.NO:
        return False
    return None


def _ticked_option(value: str) -> str | None:
    """The option of the one ticked box among options each after its box, or None."""
    options, end = [], 0
    while m := _vocab.BOX_OPTION.match(value, end):
        options.append((m[1], m[2]))
        end = m.end()
    ticked = [word for box, word in options if box in _vocab.TICKED]
    if end != len(value) or len(ticked) != 1:
        return None
    return ticked[0].casefold()


def attachment_entries(text: str, *, rising: bool) -> list[tuple[int, str]]:
    """The entries of an attachment list on one line of text, "Bijlage 2  Impactanalyse ICT",
    with the entries read after it on the same row ("... ICT Bijlage 6  Planning openstelling":
    a second column read across, or lines joined into one paragraph), as (number, name); empty
    when the text opens with no entry, or when the entries read as sentences, a name opening in
    lower case and one ending in a full stop: a sentence about the attachments ("Bijlage 1 bevat
    het ontwerpbesluit. Bijlage 2 bevat ..."), no list of them (a list's names may open in lower
    case, "Bijlage 1  conceptbrief aan de Tweede Kamer", but end in no stop).
    ``rising``: an entry after the first starts only where its number is higher than the one
    before (a lower one is a word of the name)."""
    m = _vocab.ATTACHMENT_ENTRY.match(text)
    if m is None:
        return []
    numbers, starts, ends = [int(m[1])], [0], []
    for inner in _vocab.ATTACHMENT_ENTRY_INSIDE.finditer(m[2]):
        if not rising or int(inner[1]) > numbers[-1]:
            numbers.append(int(inner[1]))
            ends.append(inner.start())
            starts.append(inner.end())
    ends.append(len(m[2]))
    entries = [(n, m[2][a:b].strip()) for n, a, b in zip(numbers, starts, ends, strict=True)]
    sentences = any(name[:1].islower() for _, name in entries) and any(
        name.endswith((".", "!", "?")) for _, name in entries
    )
    return [] if sentences else entries


def status_at_end(text: str) -> tuple[str, str | None]:
    """An attachment's line set without a table split into its name and the disclosure status
    ending it, "Advies Raad van State   deels openbaar" (the status column printed at the right:
    :data:`_vocab.STATUS_AT_END`), as (name, status); (text, None) when no status ends it or the
    status is all the line holds. The text and the PDF reader split a listed attachment so."""
    m = _vocab.STATUS_AT_END.search(text)
    if m is None or m.start() == 0:
        return text, None
    return text[: m.start()], m[1]
