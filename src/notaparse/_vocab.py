"""The Dutch vocabulary of nota's: labels, headings, month names, purpose words, patterns.

This is the only module that knows Dutch words. Everything else asks it. Matching is done on
a *key*: the text case-folded, with spaces, trailing colons and letter-spacing artefacts removed, so
"Ref erentie", "Referentie:" and "REFERENTIE" are the same label.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from enum import Enum
from typing import Final

import regex

#: What a key leaves out: spaces and colons.
_KEY_GAPS: Final = re.compile(r"[\s:]+")
#: The typographic apostrophes a word processor sets for the straight one ("Risico’s"): one in a key.
_KEY_APOSTROPHES: Final = str.maketrans(dict.fromkeys("\u2019\u2018", "'"))


@functools.lru_cache(maxsize=8192)
def key(text: str) -> str:
    """Return the matching key of a label or heading: case-folded, without spaces or final colon,
    its apostrophes straight ("Risico’s" is "Risico's")."""
    return _KEY_GAPS.sub("", text).casefold().translate(_KEY_APOSTROPHES)


class Concept(Enum):
    """What a colofon label means, whatever the ministry prints."""

    ADDRESSEE = "addressee"
    SENDER = "sender"
    ACTIVELY_PUBLIC = "actively_public"
    REFERENCE = "reference"
    DATE = "date"
    DRAFTED_BY = "drafted_by"
    COORDINATED_WITH = "coordinated_with"
    ATTACHMENT_COUNT = "attachment_count"
    TITLE = "title"
    PAGE = "page"
    OTHER = "other"


#: Known colofon/header labels with their concept, in the spelling most often printed.
LABELS: Final[dict[str, Concept]] = {
    "Aan": Concept.ADDRESSEE,
    "Van": Concept.SENDER,
    "Nota actief openbaar": Concept.ACTIVELY_PUBLIC,
    "Actieve openbaarmaking": Concept.ACTIVELY_PUBLIC,
    "Onze referentie": Concept.REFERENCE,
    "Ons kenmerk": Concept.REFERENCE,
    "Referentie": Concept.REFERENCE,
    "Kenmerk": Concept.REFERENCE,
    "Ref.": Concept.REFERENCE,
    "Uw kenmerk": Concept.OTHER,
    "Uw referentie": Concept.OTHER,
    "Uw brief": Concept.OTHER,  # (VWS and others: the date or reference of a letter answered)
    "Uw brief van": Concept.OTHER,  # (the same, its date: "Uw brief van  12 januari 2024")
    "Datum": Concept.DATE,
    "Datum nota": Concept.DATE,  # (the nota's own date, where others are printed beside it)
    "Opgesteld door": Concept.DRAFTED_BY,
    "Auteur": Concept.DRAFTED_BY,
    "Opsteller": Concept.DRAFTED_BY,
    "Ontworpen door": Concept.DRAFTED_BY,
    "Steller": Concept.DRAFTED_BY,
    "Samengewerkt met": Concept.COORDINATED_WITH,
    "Afgestemd met": Concept.COORDINATED_WITH,
    "Extern OCW afgestemd": Concept.COORDINATED_WITH,
    "Intern OCW afgestemd": Concept.COORDINATED_WITH,
    "Extern afgestemd": Concept.COORDINATED_WITH,
    "Intern afgestemd": Concept.COORDINATED_WITH,
    "Bijlage(n)": Concept.ATTACHMENT_COUNT,
    "Bijlagen": Concept.ATTACHMENT_COUNT,
    "Bijlage": Concept.ATTACHMENT_COUNT,
    "Aantal bijlagen": Concept.ATTACHMENT_COUNT,
    "Titel": Concept.TITLE,
    "Onderwerp": Concept.TITLE,
    "Betreft": Concept.TITLE,
    "Behandeld door": Concept.DRAFTED_BY,
    "Inlichtingen bij": Concept.OTHER,
    "Inlichtingen": Concept.OTHER,  # (the official to ask, as "Inlichtingen bij")
    "Documentnummer": Concept.OTHER,
    "Nota nr.": Concept.OTHER,  # (the nota's number in its colofon, as "Notanummer")
    "Referte": Concept.OTHER,  # (the older word for a reference, its reader's or the file's)
    "Projectnaam": Concept.OTHER,
    "Notanummer": Concept.OTHER,  # (Financiën: the nota's number in its colofon)
    "Ons nummer": Concept.REFERENCE,
    "Datum besluit": Concept.OTHER,
    "Eerder advies": Concept.OTHER,  # (the reference of an earlier nota on the matter)
    "Datum gereed": Concept.OTHER,  # (Defensie: the day the nota was finished, not its date)
    "Datum ministerraad": Concept.OTHER,  # (the meeting a nota is written for, not its date)
    "Projectnummer": Concept.OTHER,
    "Fatale termijn": Concept.OTHER,  # (the legal deadline for the decision)
    "Termijn": Concept.OTHER,  # (the same deadline, "Termijn  1 maart 2024")
    "Datum ondertekening": Concept.OTHER,  # (the day the letter it goes with is to be signed)
    "Uiterste datum": Concept.OTHER,  # (the decision's deadline, not the nota's date)
    "Gewenste datum besluit": Concept.OTHER,
    "Gewenste beslisdatum": Concept.OTHER,
    "Ter informatie aan": Concept.OTHER,
    "Kopie aan": Concept.OTHER,
    "Cc": Concept.OTHER,  # (the copy's addressees, "Cc: MinFin, MinBZK", under Aan and Van)
    "Bcc": Concept.OTHER,
    "Kopie": Concept.OTHER,  # (as "Kopie aan": "Kopie  DGLZ")
    "In afschrift aan": Concept.OTHER,
    "Afschrift aan": Concept.OTHER,
    "Afschriften": Concept.OTHER,
    "Verzonden aan": Concept.OTHER,
    "Ter kennisneming aan": Concept.OTHER,
    "Via": Concept.OTHER,
    "Parafenroute": Concept.OTHER,
    "Lijnparaaf": Concept.OTHER,
    "Medeparaaf": Concept.OTHER,
    "Paraaf": Concept.OTHER,
    "Beslistermijn": Concept.OTHER,
    "Uiterlijk bij": Concept.OTHER,
    "Deadline": Concept.OTHER,
    "Uiterste beslisdatum": Concept.OTHER,
    "Contactpersoon": Concept.OTHER,
    "Behandelaar": Concept.DRAFTED_BY,  # (Defensie and others: the official who handles the nota,
    # as "Behandeld door")
    "Behandelend ambtenaar": Concept.DRAFTED_BY,  # (the same official, as most ministries name them)
    "Behandelend medewerker": Concept.DRAFTED_BY,
    "Zaaknummer": Concept.OTHER,
    "Contact": Concept.OTHER,
    "Telefoon": Concept.OTHER,
    "Doorkiesnummer": Concept.OTHER,  # (the official's direct telephone number)
    "Telefoonnummer": Concept.OTHER,
    "T": Concept.OTHER,
    "M": Concept.OTHER,  # (a colofon's one-letter contact labels beside "T": the mobile number and
    "E": Concept.OTHER,  # the e-mail address)
    "E-mail": Concept.OTHER,
    "Ontvangen BPZ": Concept.OTHER,
    "Directie": Concept.OTHER,
    "Afdeling": Concept.OTHER,
    "Team": Concept.OTHER,  # (the unit under a directie: "Team Geestelijke gezondheidszorg")
    "Cluster": Concept.OTHER,  # (units of a directie or DG, as Team and Afdeling)
    "Eenheid": Concept.OTHER,
    "Programma": Concept.OTHER,  # (the programme a nota belongs to: "Programma Open Overheid")
    "Dossiernummer": Concept.OTHER,
    "Registratienummer": Concept.OTHER,
    "Met medewerking van": Concept.OTHER,
    "Rubricering": Concept.OTHER,
    "Classificatie": Concept.OTHER,
    "Informatiestatus": Concept.OTHER,  # (Financiën: the classification, "Ongerubriceerd")
    "Status": Concept.OTHER,
    "Bewindspersoon": Concept.OTHER,  # (the minister or state secretary the nota is for, beside Aan)
    "Dossier": Concept.OTHER,  # (the file a nota belongs to: "Dossier: Opvang asielzoekers")
    "Zaak": Concept.OTHER,  # (the case number of the document system, as "Zaaknummer")
    "Parafen": Concept.OTHER,  # (the initials a nota collects: "Parafen: DGBEB, DFEZ")
    "Dienstonderdeel": Concept.OTHER,  # (Defensie: the service or command, "DMO", "CZSK")
    "MDTN": Concept.OTHER,  # (Defensie's internal telephone network: the official's number)
    "Pagina": Concept.PAGE,
}

#: The closing section's headings over the signatories' names or posts ("Ondertekening" / "" /
#: "drs. A.M. de Wit" / "mr. P. Janssen"), section headings wherever they stand.
SIGNATURE_HEADINGS: Final = ("Ondertekening", "Handtekening")
#: Head labels of a paraph ("Paraaf: J. de Vries", "Parafen: DGBEB, DFEZ"), keys (:func:`key`):
#: printed with no value after the body's text, over nothing but the signatories' rows ("Paraaf"
#: / "drs. M. de Groot" / "mr. P.A. Jansen", "Paraaf DG" / "ir. H.J. de Boer" / "18 juni 2025"),
#: such a label heads the same closing section as :data:`SIGNATURE_HEADINGS`.
SIGNATURE_LABELS: Final[frozenset[str]] = frozenset({"paraaf", "parafen"})

#: The last word of every known label, case-folded ("referentie", "met", "bijlage(n)"): a cheap
#: test before a row's end is looked up as a label.
LABEL_LAST_WORDS: Final[frozenset[str]] = frozenset(label.rsplit(" ", 1)[-1].casefold() for label in LABELS)

#: Labels whose value is a person's contact block, printed over several lines ("Contactpersoon" /
#: "Adviseur" / "T" / "070 ..." / "@rvo.nl"): a one-letter label ("T", the telephone) inside such a
#: value is a word of it, not a label of its own.
CONTACT_LABELS: Final[frozenset[str]] = frozenset(
    {
        "contactpersoon",
        "contact",
        "behandelaar",
        "inlichtingenbij",
        "inlichtingen",
        "behandelddoor",
        "opgestelddoor",
        "auteur",
        "opsteller",
        "steller",
        "behandelendambtenaar",
        "behandelendmedewerker",
    }
)

#: Labels that take a value on the same line without a colon ("Aan Minister van BZK").
INLINE_LABELS: Final[frozenset[str]] = frozenset({"aan", "van"})
#: Such a label and its value on one row, the label capitalised or in capitals ("Aan Minister van
#: BZK", "VAN DGDOO"): groups label, value. A row opens with one of :data:`INLINE_LABEL_INITIALS`.
INLINE_LABEL_ROW: Final = re.compile(
    rf"^({'|'.join(form for label in sorted(INLINE_LABELS) for form in (label.capitalize(), label.upper()))})"
    r"\s+(\S.*)$"
)
INLINE_LABEL_INITIALS: Final = "".join(sorted({label[0].upper() for label in INLINE_LABELS}))

#: The sender's label that is also a surname's first word ("Van der Wal", "Van 't Hof").
SURNAME_LABEL: Final = "van"
#: The particles after "Van" that make it a surname's first word, not the sender's label: no
#: sender's value starts with them ("Opgesteld door" / "Van der Wal", "Kopie aan" / "Van 't
#: Hof"). ("de" and "het" are left out: "Van de Minister van BZK" is a sender's row.)
VAN_SURNAME_PARTICLES: Final[frozenset[str]] = frozenset({"der", "den", "ter", "ten", "'t", "\u2019t"})

#: Labels of the route a nota takes between its addressee and its sender, printed in the main
#: column between them ("Aan" / "Via" / "Van"), keys as :func:`key` writes them.
ROUTING_LABELS: Final[frozenset[str]] = frozenset({"via"})

#: Labels whose value is a list of units or officials, one a row ("Kopie aan" / "SG" / "DG Werk" /
#: "Woordvoering"; "Parafenroute"; "Afgestemd met"), keys as :func:`key` writes them. A unit in
#: such a list can bear a heading's name (:data:`UNIT_HEADINGS`).
UNIT_LIST_LABELS: Final[frozenset[str]] = frozenset(
    {
        "kopieaan",
        "kopie",
        "cc",
        "bcc",
        "inafschriftaan",
        "afschriftaan",
        "afschriften",
        "verzondenaan",
        "terkennisnemingaan",
        "terinformatieaan",
        "parafenroute",
        "samengewerktmet",
        "afgestemdmet",
        "externocwafgestemd",
        "internocwafgestemd",
        "externafgestemd",
        "internafgestemd",
    }
)


#: Headings that also name a unit (the press office, the communication directorate), keys as
#: :func:`key` writes them: in a colofon list of units they are a unit ("Kopie aan" / "SG" /
#: "Woordvoering" / "Parafenroute").
UNIT_HEADINGS: Final[frozenset[str]] = frozenset({"woordvoering", "communicatie", "voorlichting"})


def is_unit_list(text: str) -> bool:
    """Whether a row is a list of units or officials set apart by commas, two commas at least, a
    few words each and no sentence ("SG, pSG, DGMI, DGLM, RWS, Politiek assistent"): a list
    label's value as wide as the main column."""
    if text.count(",") < 2 or text.rstrip()[-1:] in ".:;?!":
        return False
    return all(0 < len(part.split()) <= 3 for part in text.split(","))


#: Labels printed in the main column under Aan and Van, stacked with them ("Via", "Kopie aan",
#: "Nota actief openbaar" in the Rijkshuisstijl's head), by :func:`key`.
MAIN_COLUMN_LABELS: Final[frozenset[str]] = frozenset(
    {"via", "kopieaan", "kopie", "cc", "bcc", "notaactiefopenbaar"}
)

#: One-word labels that are also words of running text ("zie Bijlage 2", "via de Directie",
#: "de Status"): at the end of a body row they are read as a label only where the row itself
#: shows it, never from the value-like line under them.
PROSE_LABELS: Final[frozenset[str]] = frozenset(
    {
        "aan",
        "van",
        "via",
        "t",
        "bijlage",
        "directie",
        "afdeling",
        "team",
        "status",
        "contact",
        "telefoon",
        "cluster",
        "eenheid",
        "programma",
        "dossier",
        "zaak",
        "kopie",
        "termijn",
    }
)

#: Labels whose bare line stands alone often enough that one-character values are unlikely.
_LABEL_BY_KEY: Final[dict[str, str]] = {key(label): label for label in LABELS}

#: One vertical stroke, which an OCR engine reads as any of these: a 1 as "l", "I" or "|"
#: ("l. Aanleiding", "Pagina l van 2"), an I as "l" or "1" ("Kamerstukken Il"), an l as "I"
#: ("besIuit") or "!". The OCR rules below and in the layout take their letters from here.
OCR_STROKES: Final = "1lI|!"
#: The strokes that stand for a 1 as a letter or bar (not "!", which OCR gives for a lone 1 only
#: as a whole value: see OCR_ONE_ALONE).
OCR_ONE_LETTERS: Final = "lI|"
#: A 1 read as a capital I with a speck over it as its accent ("Pagina Ì van 2"): in the page
#: line only, where a number stands.
OCR_ONE_ACCENTED: Final = "\u00cc\u00cd"

#: The letters an OCR engine reads a number's digits as, and those digits: a stroke for a 1,
#: with a speck over it read as its accent or not ("l oktober 2024", "I4 juni", "2í mei"), an O
#: for a 0 ("2O24", "3O mei"). Read so only where the number's place is certain (a date label's
#: day and year).
OCR_DIGIT_LETTERS: Final[dict[str, str]] = {
    **dict.fromkeys(OCR_ONE_LETTERS + OCR_ONE_ACCENTED + "\u00ec\u00ed", "1"),
    "O": "0",
    "o": "0",
}

#: Letters an OCR engine confuses, made one: "Daturn" / "Datum", "Kenrnerk" / "Kenmerk",
#: "Aanleidlng" / "Aanleiding", "besIuit" / "besluit", "Bijlage(n}" / "Bijlage(n)". (Keys are
#: lower case: "I" is "i" here.)
_OCR_SAME: Final = str.maketrans(
    {**dict.fromkeys(OCR_STROKES.casefold().replace("l", ""), "l"), "0": "o", "}": ")", "{": "("}
)


def ocr_key(text: str) -> str:
    """The matching key of a label or heading with OCR's usual confusions evened out."""
    return key(text).replace("rn", "m").translate(_OCR_SAME)


_LABEL_BY_OCR_KEY: Final[dict[str, str]] = {ocr_key(label): label for label in LABELS}
_LONGEST_LABEL: Final = max(map(len, _LABEL_BY_KEY))


#: The words that may qualify a reference label after it, naming whose number or which document's
#: it is ("Kenmerk nota", "Referentie notitie"); or a ministry's or unit's abbreviation in
#: capitals ("Referentie BZ", "Kenmerk DGF"): :func:`_qualified_reference`.
REFERENCE_QUALIFIERS: Final[frozenset[str]] = frozenset({"nota", "notitie", "memo"})


def _qualified_reference(text: str) -> str | None:
    """The reference label (:data:`LABELS`) that ``text`` is with a qualifier after it ("Referentie
    BZ", "Kenmerk nota": :data:`REFERENCE_QUALIFIERS`), or None."""
    if len(text) > _LONGEST_QUALIFIED_REFERENCE:
        return None  # (a cheap test first: most lines asked are sentences)
    bare = text.strip().rstrip(":")
    words = bare.split()
    if len(words) < 2 or len(words) > 3 or ":" in bare:
        return None  # ("Kenmerk: EEN" is a label and its value)
    last = words[-1]
    if not (
        last.casefold() in REFERENCE_QUALIFIERS or (2 <= len(last) <= 6 and last.isalpha() and last.isupper())
    ):
        return None
    head = _LABEL_BY_KEY.get(key(" ".join(words[:-1])))
    return head if head is not None and LABELS[head] is Concept.REFERENCE else None


#: The longest line :func:`_qualified_reference` reads: a reference label, a qualifier of at
#: most seven letters ("notitie"), a colon, and room for the spacing a layout prints between them.
_LONGEST_QUALIFIED_REFERENCE: Final = (
    max(len(label) for label, concept in LABELS.items() if concept is Concept.REFERENCE) + 32
)


@functools.lru_cache(maxsize=8192)
def _vocabulary_label(text: str) -> str | None:
    k = key(text)
    found = _LABEL_BY_KEY.get(k)
    if found is None and 4 <= len(k) <= _LONGEST_LABEL:  # ("T" or "Via" only as printed)
        found = _LABEL_BY_OCR_KEY.get(k.replace("rn", "m").translate(_OCR_SAME))  # (ocr_key, its key known)
    if found is None and " " in text.strip():
        found = _qualified_reference(text)
    return found


#: Every start of a label's key and of its OCR key ("k", "ke", ... "kenmerk"): what
#: :func:`may_open_label` asks.
_LABEL_KEY_STARTS: Final = frozenset(k[:n] for k in _LABEL_BY_KEY for n in range(1, len(k) + 1))
_LABEL_OCR_KEY_STARTS: Final = frozenset(k[:n] for k in _LABEL_BY_OCR_KEY for n in range(1, len(k) + 1))


def opens_label(word: str) -> bool:
    """Whether one printed word (no spaces) opens a known label as printed ("Datum", "Kenmerk",
    "Onze"): a set look-up, no pattern, for a test on every row."""
    return word.replace(":", "").casefold() in _LABEL_KEY_STARTS


def may_open_label(word: str) -> bool:
    """Whether a text whose first word is ``word`` may be a known label (:func:`known_label`, a
    qualified reference label too): the word's key starts a label's key or OCR key. A cheap test
    before :func:`known_label` of a line's first words: most lines open with no label's start."""
    k = key(word.split(maxsplit=1)[0]) if word.strip() else ""
    if not k or k in _LABEL_KEY_STARTS:
        return True
    read = k.replace("rn", "m").translate(_OCR_SAME)
    # (a final "r" and the next word's "n" are read as an "m": "Ker nmerk")
    return read in _LABEL_OCR_KEY_STARTS or (read[-1] == "r" and f"{read[:-1]}m" in _LABEL_OCR_KEY_STARTS)


def is_printed_label(text: str) -> bool:
    """Whether ``text`` is a label as the vocabulary spells it, case and spacing aside (no OCR
    confusions evened out: "Kenmerk", not "Kenrnerk")."""
    return key(text) in _LABEL_BY_KEY


def _plain(text: str) -> str:
    """A key without accents: a speck of the scan over a letter is read as its accent ("Vän")."""
    if text.isascii():
        return text  # (no accents: a cheap test before the decomposition)
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


#: Symbols an OCR layer reads a bold capital as, at the start of a label or heading ("@psteller"
#: for Opsteller, "&ijlagen" for Bijlagen): no label or heading opens with one.
OCR_CAPITAL_SYMBOLS: Final = "@&©®$#%"


def _ocr_budget(length: int) -> int:
    """How many letter errors (a letter read as another, one read as two, one lost) a word of the
    vocabulary of ``length`` letters may carry in an OCR layer and still be read as that word:
    none up to three letters ("Aan", "Van", "Via", "T" are too close to each other and to words
    of any value), then one per three letters, at most three ("Datum" 2: "Detuum"; "Kenmerk" 2:
    "Kerimerk", an "n" read as "ri")."""
    return 0 if length <= 3 else min(3, (length + 1) // 3)


@functools.cache
def _ocr_patterns(kind: str, first: str) -> tuple[tuple[str, int, regex.Pattern[str]], ...]:
    """The fuzzy patterns of the words of a vocabulary (``kind``: "label", "heading", "purpose",
    "kind", "month") whose OCR key starts with ``first``, with their key's length; built on first use
    (only an OCR layer asks)."""
    found = []
    for word in _OCR_VOCABULARIES[kind]:
        k = _plain(ocr_key(word))
        if k[:1] == first and len(k) > 3:
            budget = _ocr_budget(len(k))
            found.append(
                (word, len(k), regex.compile(rf"(?:{regex.escape(k)}){{e<={budget}}}", regex.BESTMATCH))
            )
    return tuple(found)


def _ocr_nearest(kind: str, text: str) -> tuple[str, int] | None:
    """The word of a vocabulary (``kind``) that ``text`` as an OCR layer read it stands for, with
    its number of letter errors, or None: ``text`` is the word but for accents ("Vän") and OCR's
    usual confusions (:func:`ocr_key`: "Doorkiesnumrner"), 0 errors, or within a few letter
    errors of it (:func:`_ocr_budget`: "Kerimerk", "Detuum"), matched with the regex package's
    fuzzy matching. Guards against a word of a value or of the text taken for the word: the
    first letter must be the word's (a capital, the letter OCR reads best; or a symbol a bold
    capital is read as, :data:`OCR_CAPITAL_SYMBOLS`, before the word's other letters), ``text`` may lack
    one letter at most ("dat" is no "Datum"), at most two of its errors may be a letter read as
    another (:func:`_ocr_matches`), one word must be nearer than every other, also than every
    word of another first letter ("Satum" is no "Status": "Datum" is as near), and a word of
    three letters or fewer within it is read as printed ("TER INFORMATIE EN" is no "Ter
    informatie aan"). Only a line where the word sits asks (the layout's ``_ocr_labels``,
    ``_ocr_headings`` and ``_ocr_months``)."""
    k = _plain(ocr_key(text))
    if k[:1] in OCR_CAPITAL_SYMBOLS and len(k) >= 5:
        # a bold capital read as a symbol ("@psteller", "&ijlagen"): the word whose other
        # letters these are, as printed but for OCR's usual confusions, and only one such word
        rest = k[1:]
        hits = [w for w in _OCR_VOCABULARIES[kind] if _plain(ocr_key(w))[1:] == rest]
        return (hits[0], 1) if len(hits) == 1 else None
    if len(k) <= 3:
        # (short words only as printed but for accents: "Vän"; no OCR confusions, "Vla")
        k = _plain(key(text))
        return next(((w, 0) for w in _OCR_VOCABULARIES[kind] if _plain(key(w)) == k), None)
    best = _ocr_matches(kind, k, k[0])
    if not best or (len(best) > 1 and best[1][0] == best[0][0]):
        return None
    errors, word = best[0]
    if errors and any(
        other[0][0] <= errors
        for first in _ocr_firsts(kind)
        if first != k[0] and (other := _ocr_matches(kind, k, first))
    ):
        # a word of another first letter as near or nearer: its first letter misread ("Satum" is
        # no "Status" when it may be "Datum"), which the first-letter guard does not read
        return None
    words = text.split()
    if len(words) == len(word.split()) and any(
        len(w) <= 3 and _plain(key(w)) != _plain(key(t)) for w, t in zip(word.split(), words, strict=True)
    ):
        # a word of three letters or fewer within the word read with errors: no error there
        # either ("TER INFORMATIE EN" is no "Ter informatie aan")
        return None
    return word, errors


def _ocr_matches(kind: str, k: str, first: str) -> list[tuple[int, str]]:
    """The words of a vocabulary starting with ``first`` that the OCR key ``k`` is within its
    letter errors of, nearest first. At most two of a word's errors may be a letter read as
    another: OCR splits and loses letters ("Kerimerk", "Pagan"), but a word read with three
    letters each another ("Monitoring") is a word of its own ("Motivering")."""
    found: list[tuple[int, str]] = []
    for word, length, pattern in _ocr_patterns(kind, first):
        if (
            length - 1 <= len(k) <= length + _ocr_budget(length)
            and (m := pattern.fullmatch(k)) is not None
            and m.fuzzy_counts[0] <= 2
        ):
            found.append((sum(m.fuzzy_counts), word))
    found.sort()
    return found


@functools.cache
def _ocr_firsts(kind: str) -> tuple[str, ...]:
    """The first letters of the OCR keys of a vocabulary's words (``kind``) longer than three."""
    keys = (_plain(ocr_key(w)) for w in _OCR_VOCABULARIES[kind])
    return tuple(sorted({k[:1] for k in keys if len(k) > 3}))


def ocr_label(text: str) -> tuple[str, int] | None:
    """The label (:data:`LABELS`) that ``text``, a row's first words without the colon, is as an
    OCR layer misread it, with its letter errors (:func:`_ocr_nearest`), or None."""
    return _ocr_nearest("label", text)


#: Priority of reference labels (the JSON contract: first present of these).
REFERENCE_PRIORITY: Final[tuple[str, ...]] = ("onzereferentie", "onskenmerk", "referentie", "kenmerk", "ref.")

#: Labels that are also section headings; which one is meant depends on what follows.
HEADING_OR_LABEL: Final[frozenset[str]] = frozenset({"bijlagen", "bijlage"})


#: The label a colofon's date stands under: an OCR layer's word misread beyond its letters ("DU",
#: "oei") over a date, where a label sits, is read as it (the value's shape names the label).
DATE_LABEL: Final = "Datum"
#: The attachment count's and the page line's labels as the nota's colofon prints them (named in
#: validation problems where the nota has no such field).
ATTACHMENTS_LABEL: Final = "Bijlage(n)"
PAGE_LABEL: Final = "Pagina"

#: The place a nota is dated in, before the date and a comma ("Den Haag, 14 mei 2026",
#: "'s-Gravenhage, 3 juni 2024"): one to three capitalised words, a pattern for _fragments.
DATE_PLACE: Final = r"^(?:'s-)?[A-Z][^\W\d_]*(?:[- ][A-Za-z][^\W\d_]*){0,2},\s*(?=\d)"

#: The article a town's name may open with in lower case ("'s-Gravenhage", "'s-Hertogenbosch").
TOWN_PREFIX: Final = "'s-"

#: The addressee's label, as a head row that names the addressee in a sentence ("Aan de minister
#: van ...") is written: "Aan: de minister van ...".
ADDRESSEE_LABEL: Final = "Aan"


def label_concept(label: str) -> Concept:
    """Return the concept of a printed label (OTHER for labels not in the vocabulary)."""
    canonical = _vocabulary_label(label)
    return LABELS[canonical] if canonical is not None else Concept.OTHER


def known_label(text: str) -> str | None:
    """Return the vocabulary spelling if ``text`` (a whole line) is a known label, else None."""
    return _vocabulary_label(text)


def repaired_label(text: str) -> str:
    """Return a printed label with letter-spacing artefacts removed ("Ref erentie" -> "Referentie").

    Labels are kept as printed, except that a label which only matches the vocabulary after its
    spaces are removed is given the vocabulary's spelling (the printed spacing was an extraction
    artefact, not part of the label).
    """
    printed = " ".join(text.strip().rstrip(":").split())
    known = _LABEL_BY_KEY.get(key(printed))
    if known is None or printed.casefold() == known.casefold():
        return printed
    return known


#: The word before a purpose ("TER BESLISSING", "Ter informatie"), case-folded.
PURPOSE_WORD: Final = "ter"
#: The purpose word as it stands inside a row beside a kind word ("Nota Ter beslissing",
#: "Ter accordering Nota", "Nota ter beslissing"): a cheap test before a row is split.
PURPOSE_WORD_IN_ROW: Final = (PURPOSE_WORD.capitalize() + " ", " " + PURPOSE_WORD + " ")
#: Purpose words seen after "TER"; others are accepted when printed in capitals.
PURPOSES: Final[frozenset[str]] = frozenset(
    {
        "besluitvorming",
        "beslissing",
        "ondertekening",
        "informatie",
        "advisering",
        "kennisname",
        "kennisneming",  # (the older spelling: "Ter kennisneming")
        "goedkeuring",
        "akkoord",
        "paraaf",
        "parafering",
        "accordering",
        "bespreking",
        "vaststelling",
        "afdoening",  # (a nota that settles a matter: "Ter afdoening")
        "instemming",
        "kennisgeving",
        "voorbereiding",
        "fiattering",
    }
)

#: A purpose phrase ending an attachment's row ("... Ter ondertekening"), its information cell.
PURPOSE_AT_END: Final = re.compile(r" Ter ([a-z]+)$")
#: An attachment's information cell that names a purpose and goes on after a comma or semicolon
#: ("Ter informatie, niet openbaar", "Ter informatie; de toets is ..."): read only for the
#: purposes in the vocabulary.
PURPOSE_CELL: Final = re.compile(r"^Ter ([a-z]+)[,;]")
#: An attachment's disclosure status, the information cell of its table row: "Openbaar", "Deels
#: openbaar", "Niet openbaar", "Reeds openbaar" or "Al openbaar" (made public before).
#: Capitalised as a cell starts, and ending the printed line or going on after a comma
#: ("Openbaar, wordt met de Kamerbrief ... gezonden"): in "het Openbaar Ministerie" the word is
#: part of a name.
_DISCLOSURE_STATUS: Final = r"(?:Deels|Niet|Gedeeltelijk|Reeds|Al) openbaar|Openbaar"
DISCLOSURE_CELL: Final = re.compile(rf"(?:^|(?<= ))(?:{_DISCLOSURE_STATUS})(?=$|,)")
#: A disclosure status ending an attachment's line in a list set without a table ("1. Advies Raad
#: van State   deels openbaar"): the status column printed at the right, in any case.
STATUS_AT_END: Final = re.compile(rf"\s+((?i:{_DISCLOSURE_STATUS}))$")
#: The heads of an attachment table's column that answers whether each attachment is public
#: ("Nr. Titel Openbaar"): its cells answer "Ja" or "Nee", going on after a comma ("Ja, al
#: openbaar", "Nee, 5.2 Woo").
#: A column asking its question prints its head with a question mark ("Nr.  Naam  Openbaar?").
YES_NO_INFO_WORDS: Final[frozenset[str]] = frozenset({"openbaar", "openbaarheid", "openbaar?"})
#: A cell of such a column, or a disclosure status (:data:`DISCLOSURE_CELL`).
ANSWER_CELL: Final = re.compile(rf"(?:^|(?<= ))(?:{_DISCLOSURE_STATUS}|Ja|Nee)(?=$|,)")
#: The cell of a table's ground column ("Woo-grond"): one or more ground codes ("5.1.1b",
#: "5.2", "5.1.2e, 5.1.2i").
GROUND_CELL: Final = re.compile(r"\d{1,2}(?:\.\d){1,2}[a-i]?(?:,? \d{1,2}(?:\.\d){1,2}[a-i]?)*")
#: A row's information cell in a table with a ground column ("Nr.  Titel  Openbaar  Woo-grond"):
#: the answer or status, "Deels" too, and the ground cell's codes after it ("Nee 5.1.1b", "Deels
#: 5.2", "Ja").
GROUND_ANSWER_CELL: Final = re.compile(
    rf"(?:^|(?<= ))(?:{_DISCLOSURE_STATUS}|Ja|Nee|Deels)(?: {GROUND_CELL.pattern})?(?=$|,)"
)
#: The label of a purpose printed as a head row ("Ter: besluitvorming"), as :func:`key` writes it.
PURPOSE_LABEL: Final = PURPOSE_WORD
#: The words that join two purposes in one line ("TER INFORMATIE EN BESLUITVORMING"), case-folded.
PURPOSE_JOINS: Final[frozenset[str]] = frozenset({"en", "of"})
#: The join of purposes of which one is meant ("TER BESLISSING OF KENNISNAME"; "en": all of them).
PURPOSE_EITHER: Final = "of"
_PURPOSE_JOIN: Final = "|".join(sorted(PURPOSE_JOINS))
_PURPOSE_PHRASE: Final = rf"[^\W\d_]+(?:\s+(?:{_PURPOSE_JOIN})\s+(?:{PURPOSE_WORD}\s+)?[^\W\d_]+){{0,2}}"
#: A purpose line: "TER BESLISSING", "(ter beslissing)", "Ter besluitvorming:", and purposes
#: joined by "en" or "of" ("TER INFORMATIE EN BESLUITVORMING"), also each after its "ter"
#: ("Ter informatie en ter besluitvorming"); group 1 the words after the first "TER".
PURPOSE_LINE: Final = re.compile(rf"(?i)^\(?\s*ter(?:\s*:)?\s+({_PURPOSE_PHRASE})\s*\)?\s*:?$")
#: A purpose line wrapped after its joining word ("TER INFORMATIE EN" / "BESLUITVORMING").
PURPOSE_LINE_OPEN: Final = re.compile(
    rf"(?i)^ter\s+[^\W\d_]+(?:\s+(?:{_PURPOSE_JOIN})\s+[^\W\d_]+)?\s+(?:{_PURPOSE_JOIN})$"
)
#: OCR without word spaces: "TERBESLISSING" (read only for the purposes in the vocabulary).
PURPOSE_LINE_GLUED: Final = re.compile(r"(?i)^ter([^\W\d_]+)$")
#: A printed purpose line with other text after it on the same row (read only for known words).
PURPOSE_AT_START: Final = re.compile(r"^(TER\s+(\w+))\s+(\S.*)$")
#: A printed purpose stamp ending a row after other text ("Aan Minister van BZK TER VASTSTELLING"):
#: text read row by row puts the colofon's stamp beside the header's first field.
PURPOSE_AT_ROW_END: Final = re.compile(r"^(\S.*?)\s+(TER\s+([A-Z]+))$")
#: Markers a writer prints beside the purpose to hurry or guard the nota ("TER BESLISSING – SPOED",
#: "URGENT | TER AKKOORD"): a stamp of their own, as a classification stamp, not the purpose's word.
#: Also the classifications of the state's information (VIR-BI, Defensie, JenV): "DEPARTEMENTAAL
#: VERTROUWELIJK", "STG. CONFIDENTIEEL" (staatsgeheim), stamped above or beside the purpose.
PURPOSE_MARKERS: Final[frozenset[str]] = frozenset(
    {
        "spoed",
        "met spoed",
        "urgent",
        "zeer urgent",
        "vertrouwelijk",
        "departementaal vertrouwelijk",
        "dep. vertrouwelijk",
        "stg. confidentieel",
        "stg. geheim",
        "stg. zeer geheim",
    }
)
_PURPOSE_MARKER: Final = "|".join(
    re.escape(m).replace(r"\ ", r"\s+") for m in sorted(PURPOSE_MARKERS, key=len, reverse=True)
)
#: A purpose line with a marker before or after it, set apart by a dash, bar, comma or spaces
#: (groups "purpose" and "marker"; the marker's case as printed, the purpose in capitals).
PURPOSE_WITH_MARKER: Final = re.compile(
    rf"^(?:(?P<before>(?i:{_PURPOSE_MARKER}))\s*[-\u2013\u2014|,/]?\s+)?(?P<purpose>TER\s+[A-Z]+)"
    rf"(?:\s*[-\u2013\u2014|,/]?\s+(?P<after>(?i:{_PURPOSE_MARKER})))?$"
)
#: Head rows that ask a yes/no question of the nota, their label a marker or like one ("Spoed",
#: "Spoedeisend", "Urgent"): printed alone a stamp (:data:`PURPOSE_MARKERS`), with an answer
#: beside it a label and its value ("Spoed  Ja", "Spoedeisend  Nee", "SPOED: JA").
ANSWERED_MARKERS: Final[frozenset[str]] = PURPOSE_MARKERS | {"spoedeisend"}
#: The answers that make :data:`ANSWERED_MARKERS` labels: "ja" and "nee" in any case (no "j" or
#: "n", a stray letter as often).
MARKER_ANSWERS: Final[frozenset[str]] = frozenset({"ja", "nee"})
_ANSWERED_MARKER: Final = re.compile(
    "(?i)^("
    + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(ANSWERED_MARKERS, key=len, reverse=True))
    + r")(?:\s*:\s*|\s+)("
    + "|".join(sorted(MARKER_ANSWERS))
    + ")$"
)


def answered_marker(text: str) -> tuple[str, str] | None:
    """A marker's row with a yes/no answer (:data:`ANSWERED_MARKERS`, :data:`MARKER_ANSWERS`)
    as its label and value, both as printed ("Spoed  Ja": "Spoed", "Ja"), or None: a label of a
    head form's question, no stamp."""
    m = _ANSWERED_MARKER.match(text)
    return (" ".join(m[1].split()), m[2]) if m is not None else None


PURPOSE_IN_TITLE: Final = re.compile(r"(?i)\(\s*ter\s+([^\W\d_]+)\s*\)")
#: A kind word with the purpose beside it: "Nota (ter beslissing)", "Beslisnota TER BESLUITVORMING",
#: "Nota ter beslissing" (the purpose in lower case read only for the purposes in the vocabulary).
KIND_WITH_PURPOSE: Final = re.compile(
    r"^([^\W\d_]+)\s+(\(\s*[Tt][Ee][Rr]\s+[^\W\d_]+\s*\)|TER\s+[^\W\d_]+|ter\s+[^\W\d_]+)$"
)

#: Stand-alone document-kind lines.
KINDS: Final[frozenset[str]] = frozenset(
    {
        "nota",
        "beslisnota",
        "oplegnota",
        "informatienota",
        "adviesnota",
        "memo",
        "notitie",
        "memorandum",
        "ambtsbericht",
    }
)

#: A title that opens with the kind of nota and then says what it is about, the purpose between
#: them or not ("Beslisnota over de inzet van ...", "Nota ter besluitvorming over ...", "Notitie
#: inzake ..."): the kind (and the purpose) read from it, the title kept whole. Not "Nota Ruimte".
KIND_IN_TITLE: Final = re.compile(
    r"(?i)^([^\W\d_]+)\s+(?:(ter\s+[^\W\d_]+)\s+)?(?:over|inzake|betreffende|aangaande)\s+\S"
)


def kind_in_title(title: str) -> tuple[str, str | None] | None:
    """The kind word a title opens with and the purpose phrase after it ("ter besluitvorming"),
    when the title says what it is about after them (:data:`KIND_IN_TITLE`); else None."""
    if key(title.split(" ", 1)[0]) not in KINDS or (m := KIND_IN_TITLE.match(title)) is None:
        return None
    if m[2] and m[2].split()[-1].casefold() not in PURPOSES:
        return None
    return m[1], m[2]


#: Heading words that also name a kind of document: "Advies" over the head's label rows ("Aan",
#: "Van") is the kind line, under them the first section's heading. By :func:`key`.
KIND_HEADINGS: Final[frozenset[str]] = frozenset({"advies"})

#: The stems a compound kind word ends in ("MR-nota", "BPO-nota", "Oplegnotitie"): a nota named
#: by its forum or use, one word.
KIND_STEMS: Final[tuple[str, ...]] = ("nota", "notitie")
#: Compounds of a kind stem that name the budget's documents, not a nota's kind.
NOT_KINDS: Final[frozenset[str]] = frozenset(
    {"voorjaarsnota", "najaarsnota", "miljoenennota", "startnota", "kadernota", "begrotingsnota"}
)
#: What may follow a kind word on its line, naming the forum the nota is written for ("Nota voor
#: de ministerraad", "Nota t.b.v. bewindspersonenoverleg", "Notitie ten behoeve van het BPO").
#: Or its reader: "Nota aan de minister", "Memo aan de staatssecretaris".
KIND_FOR: Final = re.compile(r"^(\S+)\s+(?:voor|aan|t\.\s?b\.\s?v\.|ten\s+behoeve\s+van)\s+(\S.*)$")
#: A word before a kind word naming who wrote it for whom ("Ambtelijke nota", "Interne notitie").
KIND_QUALIFIERS: Final[frozenset[str]] = frozenset({"ambtelijke", "interne"})
#: A compound kind word: a prefix of two letters or more, a hyphen allowed ("MR-nota").
_KIND_COMPOUND: Final = re.compile(r"^[^\W\d_][^\W_]+-?(?:" + "|".join(KIND_STEMS) + r")$")

_GLUED_CAPITAL: Final = re.compile(r"[^\W\d_](?<![A-Z])[A-Z]")
#: The forum a kind word names after it, abbreviated in capitals ("Beslisnota MR", "Nota BPO",
#: "Notitie RMR"): the ministerraad, a council of it or a meeting of the bewindspersonen.
_KIND_FORUM: Final = re.compile(r"^[A-Z]{2,5}$")


@functools.lru_cache(maxsize=8192)
def is_kind(text: str) -> bool:
    """Whether ``text``, a line alone, names the kind of nota: a kind word ("Beslisnota"), a
    compound of a kind stem ("MR-nota", "Oplegnotitie"), a kind word after a qualifier
    ("Ambtelijke nota"), or a kind word for a forum or reader ("Nota voor de ministerraad", "Nota
    t.b.v. bewindspersonenoverleg", "Nota aan de minister": five words at most after it, no
    sentence's end)."""
    if len(text) > 60:
        return False
    k = key(text)
    if k in KINDS:
        return True
    if " " not in text.strip():
        # (a capital inside the word, "LogiusNota", is two words an extractor glued: a wordmark
        # beside the kind, not a compound)
        return (
            len(k) <= 20
            and _KIND_COMPOUND.match(k) is not None
            and k not in NOT_KINDS
            and _GLUED_CAPITAL.search(text) is None
        )
    words = text.split()
    if len(words) == 2 and words[0].casefold() in KIND_QUALIFIERS:
        return key(words[1]) in KINDS  # "Ambtelijke nota"
    if len(words) == 2 and _KIND_FORUM.match(words[1]):
        return key(words[0]) in KINDS  # "Beslisnota MR"
    m = KIND_FOR.match(text.strip())
    return (
        m is not None
        and key(m[1]) in KINDS
        and len(m[2].split()) <= 5
        and not m[2].endswith((".", ",", ";", ":"))
    )


#: The headings over a nota's decision points (:data:`DECISION_HEADING_KEYS`).
_DECISION_LISTS: Final = (
    "Geadviseerd besluit",
    "Advies",
    "Gevraagd besluit",
    "Besluit",
    "Beslispunten",
    # (also the OCR layer's guard: a printed "Besluitpunten" is within letter errors of
    # "Beslispunten" and was repaired into it)
    "Besluitpunten",
)
#: The heading over a long nota's contents list, each entry a numbered section and the page it
#: starts on ("1. Aanleiding 2"): a section of its own, its entries one list.
CONTENTS_HEADINGS: Final = ("Inhoud", "Inhoudsopgave")
#: Section headings as printed (matching is by key). Sub-headings of Toelichting included.
HEADINGS: Final[tuple[str, ...]] = (
    "Aanleiding",
    "Aanleiding voor deze nota",
    *_DECISION_LISTS,
    "Kern",
    "Kernpunten",
    # (also the OCR layer's guard: a printed "Knelpunten" is within letter errors of
    # "Kernpunten", whose "rn" OCR keys as "m", and was repaired into it)
    "Knelpunten",
    "Kern/samenvatting",
    "Samenvatting",
    "Toelichting",
    "Politieke context",
    "Politiek-bestuurlijke context",
    "Financiële consequenties",
    "Financiële overwegingen",
    "Financiën",
    "Juridische aspecten",
    "Juridische overwegingen",
    "Juridische consequenties",
    "Communicatie",
    "Krachtenveld",
    "Uitvoering",
    "Uitvoerbaarheid",
    "Afstemming",
    "Motivering",
    "Risico's",
    "Vervolg",
    "Vervolgstappen",
    "Planning",
    "Achtergrond",
    "Inleiding",
    "Beslispunt",
    "Voorstel",
    "Te nemen besluit",
    "Advies en besluit",
    "Overwegingen",
    "Afweging",
    "Alternatieven",
    "Consultatie",
    "Draagvlak",
    "Vervolgproces",
    "Toezeggingen",
    "Aanbeveling",
    "Aanbevelingen",
    "Conclusie",
    "Korte samenvatting",
    "Financiële gevolgen",
    "Financiële aspecten",
    "Juridische gevolgen",
    "Gevolgen administratieve lasten",
    "Samenvatting en conclusies",
    "Uitvoeringsaspecten",
    "Media",
    "Woordvoering",
    "Context",
    "Fraudetoets",
    "Informatie die niet openbaar gemaakt kan worden",
    "Informatie die niet openbaar wordt gemaakt",
    "Informatie die niet openbaar gemaakt wordt",
    "Openbaarmaking",
    "Bijlagen",
    "Bijlage",
    # seen in beslisnota templates of other ministries and years
    "Gevraagde beslissing",
    "Voorgesteld besluit",
    "Kernboodschap",
    "Kernboodschappen",
    "Doel",
    "Doel van de nota",
    "Doel van deze nota",
    "Doel van dit memo",  # (a memo's first heading, as "Doel van deze nota" a nota's)
    "Doel van deze notitie",
    "Bestuurlijke context",
    "Politieke context en krachtenveld",
    "Parlementaire context",
    "Stand van zaken",
    "Eerdere besluitvorming",
    "Uitvoeringsconsequenties",
    "Uitvoeringstoets",
    "Regeldruk",
    "Budgettaire gevolgen",
    "Budgettaire aspecten",
    "Financiële paragraaf",
    "Financiële/juridische overwegingen",
    "Voorgaande ontwikkelingen en alternatieven",
    "Juridische paragraaf",
    "Risico's en mitigerende maatregelen",
    "Risico's en beheersmaatregelen",
    "Risicoparagraaf",
    "Privacy",
    "Caribisch Nederland",
    "Interdepartementale afstemming",
    "Communicatie en woordvoering",
    "Woo-paragraaf",
    "Woo paragraaf",
    "Woo",
    "Woo / Openbaarmaking",
    "Tijdpad",
    "Besluit minister",
    "Besluit staatssecretaris",
    # (a nota decided at the top of the civil service: the secretary-general or a director-general)
    "Besluit SG",
    "Besluit DG",
    "Beslissing",
    "Beslissing minister",
    "Beslissing staatssecretaris",
    "Beslissing SG",
    "Beslissing DG",
    # (older templates: the table of initials over the decision, on page 1 or at the end)
    "Parafenlijst",
    "Parafering",
    # (the ministries' own: foreign affairs' position and negotiating stake, the parliament's
    # part, the consequences for the executing bodies, the disclosure test)
    "Standpunt Nederland",
    "Nederlandse inzet",
    "Inzet",
    "Spreekpunten",
    "Rol van de Tweede Kamer",
    "Rol van de Kamer",
    "Rol van het parlement",
    "Advies en onderbouwing",
    "Uitvoeringsgevolgen",
    "Woo-toets",
    "Openbaarmakingsparagraaf",
    # (the Wob era's, 2008-2018: the problem and its analysis, the nota's history, the points a
    # nota for discussion lays before its reader, the parliament's and the press's part)
    "Probleemstelling",
    "Analyse",
    "Voorgeschiedenis",
    "Argumentatie",
    "Argumenten",
    "Oplossingsrichtingen",
    "Bespreekpunten",
    "Kamerbehandeling",
    "Pers en communicatie",
    # (the closing section over the signatories' names or posts, "Ondertekening" / "" /
    # "drs. A.M. de Wit" / "mr. P. Janssen"; "Paraaf" is the head's label, see SIGNATURE_LABELS)
    *SIGNATURE_HEADINGS,
    *CONTENTS_HEADINGS,
)
_HEADING_KEYS: Final[frozenset[str]] = frozenset(key(h) for h in HEADINGS)
CONTENTS_HEADING_KEYS: Final[frozenset[str]] = frozenset(key(h) for h in CONTENTS_HEADINGS)
#: The first letters of the contents headings as printed: a cheap test before the key.
CONTENTS_HEADING_STARTS: Final[frozenset[str]] = frozenset(h[:1] for h in CONTENTS_HEADINGS)

#: Headings a head form also prints as a label with a short value among its label rows
#: ("Financiële gevolgen  Geen, binnen de begroting", "Doel  Ter besluitvorming"): an assessment
#: or the purpose, not a section's prose. Keys (:func:`key`).
HEAD_LABEL_HEADINGS: Final[frozenset[str]] = frozenset(
    key(h)
    for h in (
        "Doel",
        "Financiële gevolgen",
        "Financiële consequenties",
        "Financiële aspecten",
        "Budgettaire gevolgen",
        "Juridische gevolgen",
        "Regeldruk",
        "Privacy",
        "Openbaarmaking",
    )
)

#: Heading words that, beginning a short line, make it a heading ("Informatie die ...").
HEADING_PREFIXES: Final[tuple[str, ...]] = ("informatiedienietopenbaar",)


_HEADING_OCR_KEYS: Final[frozenset[str]] = frozenset(ocr_key(h) for h in HEADINGS)
_LONGEST_HEADING: Final = max(map(len, _HEADING_KEYS))


#: The readers and documents a known heading may be qualified by (:data:`HEADING_QUALIFIED`).
_HEADING_READERS: Final = (
    "minister-president",
    "minister",
    "staatssecretaris",
    "bewindspersonen",
    "bewindspersoon",
    "sg",
    "dg",
    "college",
)
_HEADING_DOCUMENTS: Final = ("nota", "notitie", "memo")
#: A known heading qualified by the reader it is written for ("Beslispunten voor de minister",
#: "Advies aan de staatssecretaris") or the document it belongs to ("Bijlagen bij deze nota",
#: "Bijlage(n) bij deze notitie"): group 1 the heading.
HEADING_QUALIFIED: Final = re.compile(
    rf"(?i)^(.+?)\s+(?:(?:voor|aan)\s+(?:de|het)\s+(?:{'|'.join(_HEADING_READERS)})"
    rf"|bij\s+(?:deze|dit|de)\s+(?:{'|'.join(_HEADING_DOCUMENTS)}))$"
)
#: The last words of :data:`HEADING_QUALIFIED` (a cheap test before it: a sentence with "voor" in
#: it rarely ends in one of them).
_HEADING_QUALIFIER_ENDS: Final = frozenset(_HEADING_READERS + _HEADING_DOCUMENTS)


@functools.lru_cache(maxsize=8192)
def is_known_heading(text: str) -> bool:
    """Return whether a line (without numbering) is a known section heading (also as OCR
    misreads it: "Aanleidlng", "Toe1ichting"), also qualified by its reader or document
    (:data:`HEADING_QUALIFIED`)."""
    k = key(text)
    if k in _HEADING_KEYS or k.startswith(HEADING_PREFIXES):
        return True
    if (
        (last := text.rsplit(None, 1))  # (any whitespace before the last word, as the \s+ of the expression)
        and last[-1].casefold() in _HEADING_QUALIFIER_ENDS
        and (" voor " in text or " aan " in text or " bij " in text)
        and (m := HEADING_QUALIFIED.match(text.strip()))
    ):
        base = m[1]
        return key(base) in _HEADING_KEYS or label_concept(base) is Concept.ATTACHMENT_COUNT
    return 5 <= len(k) <= _LONGEST_HEADING and k.replace("rn", "m").translate(_OCR_SAME) in _HEADING_OCR_KEYS


def ocr_heading(text: str) -> tuple[str, int] | None:
    """The known heading (:data:`HEADINGS`) that ``text``, a line without its number, is as an
    OCR layer misread it ("Toelichtirig"), with its letter errors (:func:`_ocr_nearest`), or
    None."""
    return _ocr_nearest("heading", text)


def ocr_purpose(text: str) -> tuple[str, int] | None:
    """The purpose word (:data:`PURPOSES`) that ``text``, the word after "TER", is as an OCR
    layer misread it ("BESLlSSlNG" is no confusion, "BESLISSIMG" is), with its letter errors
    (:func:`_ocr_nearest`), or None."""
    return _ocr_nearest("purpose", text)


def ocr_kind(text: str) -> tuple[str, int] | None:
    """The kind of nota (:data:`KINDS`, lower case) that ``text``, a line alone, is as an OCR
    layer misread it ("BesliH snota"; spaces do not count), with its letter errors
    (:func:`_ocr_nearest`), or None."""
    return _ocr_nearest("kind", text)


MONTHS: Final[dict[str, int]] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
MONTH_NAMES: Final[tuple[str, ...]] = tuple(MONTHS)


#: The vocabularies :func:`_ocr_nearest` reads misread words into, by kind (the sets sorted, so
#: that the first word found is always the same).
_OCR_VOCABULARIES: Final[dict[str, tuple[str, ...]]] = {
    "label": tuple(LABELS),
    "heading": HEADINGS,
    "purpose": tuple(sorted(PURPOSES)),
    "kind": tuple(sorted(KINDS)),
    "month": MONTH_NAMES,
}


def ocr_month(text: str) -> str | None:
    """The month name (:data:`MONTH_NAMES`) that ``text``, the word between a date's day and year
    as an OCR layer misread it, is within its letter errors ("apriì", "septernber"), or None.
    Only where a date sits asks (the layout's ``_ocr_months``: a date label's value)."""
    read = _ocr_nearest("month", text)
    return read[0] if read is not None else None


#: A date whose day, month name and year an extractor ran together: pdfTeX draws no space
#: characters, so extractors that read none give "4september2024" or "2mei 2025" for the
#: printed "4 september 2024". Read with the spaces; a name or code never has a month name
#: between a day and a year.
GLUED_DATE: Final = re.compile(rf"\b(\d{{1,2}}) ?({'|'.join(MONTH_NAMES)}) ?(\d{{4}})\b", re.IGNORECASE)
#: A date's day and month name without its year ("2 december"), as a narrow colofon column
#: prints a date whose year it wraps onto the next line ("Datum  2 december" / "2026").
DAY_MONTH: Final = re.compile(rf"^\d{{1,2}} (?:{'|'.join(MONTH_NAMES)})$", re.IGNORECASE)
#: A year alone on its line, the wrapped rest of a date (:data:`DAY_MONTH`).
YEAR_ALONE: Final = re.compile(r"^(?:19|20)\d\d$")
#: The days of the week, as a date may open with one ("dinsdag 13 februari 2024"): part of the
#: printed date, never a word of its own beside it.
WEEKDAYS: Final[frozenset[str]] = frozenset(
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}
)
#: The apostrophe before a year of two digits ("1 mei '24"), straight or typographic.
YEAR_APOSTROPHES: Final = "'\u2019\u2018"
#: Abbreviated month names as printed ("13 feb. 2024", "1 mrt 2023"); read, never written.
MONTH_ABBREVIATIONS: Final[dict[str, int]] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "maa": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}

#: Abbreviations ending in a full stop that do not end a sentence ("Kamerstuk 34 338, nr." / "5").
#: Those that often do end one ("jl.", "enz.", "etc.") are not listed.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "nr.",
        "nrs.",
        "ca.",
        "o.a.",
        "bijv.",
        "bv.",
        "d.d.",
        "m.b.t.",
        "t.a.v.",
        "i.v.m.",
        "n.a.v.",
        "incl.",
        "excl.",
        "resp.",
        "art.",
        "blz.",
        "vs.",
        "mr.",
        "dhr.",
        "mw.",
        "mevr.",
        "dr.",
        "prof.",
        "ir.",
        "drs.",
    }
)

#: Answers of "Nota actief openbaar".
YES: Final[frozenset[str]] = frozenset({"ja", "yes", "j"})
NO: Final[frozenset[str]] = frozenset({"nee", "no", "n"})
#: The answers a form prints as options, each after its check box ("☐ Ja  ☒ Nee").
ANSWER_OPTIONS: Final[frozenset[str]] = frozenset({"ja", "nee"})

#: Words that mean "no attachments".
NONE_WORDS: Final[frozenset[str]] = frozenset({"geen", "nvt", "n.v.t.", "-", "0"})

#: The marks of a contact's lines that stay when its name, number and address are redacted
#: ("5.1.2e" / "T 5.1.2e" / "M 5.1.2e" / "5.1.2e@minfin.nl"), case-folded: a value of ground
#: codes and these marks only is a redacted value.
CONTACT_LINE_MARKS: Final[frozenset[str]] = frozenset(
    {
        "t",
        "t.",
        "tel",
        "tel.",
        "telefoon",
        "m",
        "m.",
        "mob",
        "mob.",
        "mobiel",
        "e",
        "e.",
        "e-mail",
        "email",
        "mail",
    }
)

#: Placeholders printed where a value was redacted.
REDACTION_PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    {
        "persoonsgegeven",
        "persoonsgegevens",
        "[persoonsgegeven]",
        "[telnr.opsteller]",
        "[naamopsteller]",
        "geanonimiseerd",
        "xxx",
        "***",
    }
)

#: A value of digits alone, in groups: a number as a colofon prints it after a one-word label,
#: a reference ("Notanummer 2024-0000412277") or a telephone number ("Doorkiesnummer 070 379
#: 8911", "+31 (0)6-12345678"): digits with spaces, dashes, a plus and brackets only (its caller
#: asks for eight digits at least).
DIGITS_VALUE: Final = re.compile(r"^\+?[\d()][\d ()-]{6,}\d$")
#: A Dutch telephone number as printed, the one place its forms are written: the country code
#: (+31 or 0031, "(0)" after it or not) or the trunk prefix 0 with the area code, in brackets or
#: not, then the subscriber's digits in groups set apart by spaces, after a space, a hyphen or a
#: spaced dash ("070 379 8911", "(070) 3456789", "+31 6 12345678", "+31 (0)70 345 67 89", "070 -
#: 345 67 89", "06-12345678", "070-3456789", "+31-6-12345678", "0900-0388"). A hyphen only
#: follows the area code: "06-12-2024" is a date. :func:`phone_spans` counts the digits.
_PHONE: Final = re.compile(
    r"(?<![\w+(/.,-])"
    r"(?:(?P<country>(?:\+|00)31(?: ?\(0\))?[ -]?)|\((?=0)|(?=0))"
    r"(?P<area>0?[1-9]\d{0,2})\)?"
    r"(?: - |[ -])?"
    r"(?P<subscriber>\d{2,8}(?: \d{2,8}){0,3})"
    r"(?![\w/-]|[.,]\d)"
)
#: The area codes of service numbers, seven or ten digits after the trunk prefix instead of nine
#: ("0800-1234", "0900-0388", "0900-1234567").
_SERVICE_AREAS: Final[frozenset[str]] = frozenset({"800", "900", "906", "909"})
#: The digits after the trunk prefix (or the country code) of a number that is no service number.
_PHONE_DIGITS: Final = 9


def _phone_digits(area: str, subscriber: str) -> bool:
    """Whether an area code (without its 0) and a subscriber's part make a whole number."""
    digits = len(area) + sum(c.isdigit() for c in subscriber)
    if area in _SERVICE_AREAS:
        return digits in (7, 10)
    return digits == _PHONE_DIGITS and (len(area) > 1 or area == "6")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a telephone number (:data:`_PHONE`), as (start, end) pairs; a match
    run on into a number after it ("06 12345678 2024") is cut back to the groups that make the
    number whole."""
    spans: list[tuple[int, int]] = []
    if not any(c.isdigit() for c in text):
        return spans  # (the cheap test first)
    for m in _PHONE.finditer(text):
        country, area = m["country"], m["area"]
        if (country is None) == (area[0] != "0"):
            continue  # (the trunk prefix after no country code, and none after one)
        if country is None and m[0].startswith("(") != text.startswith(")", m.end("area")):
            continue  # (a bracket opened and not closed, or closed and not opened)
        groups = m["subscriber"].split(" ")
        while groups and not _phone_digits(area.removeprefix("0"), "".join(groups)):
            groups.pop()
        if groups:
            spans.append((m.start(), m.start("subscriber") + len(" ".join(groups))))
    return spans


def is_phone(text: str) -> bool:
    """Whether ``text`` is a telephone number and nothing else ("+31 6 12345678")."""
    text = text.strip()
    return any(start == 0 and end == len(text) for start, end in phone_spans(text))


def phone_at_end(text: str) -> bool:
    """Whether ``text`` ends in a telephone number ("... bereikbaar op 06 12345678")."""
    text = text.rstrip()
    return any(end == len(text) for _, end in phone_spans(text))


#: The labels of a telephone number (case-folded keys, :func:`key`): their value is a number
#: (:func:`phone_spans`).
PHONE_LABELS: Final[frozenset[str]] = frozenset(
    {"t", "t.", "tel", "tel.", "telefoon", "telefoonnummer", "doorkiesnummer", "mobiel"}
)


#: A colofon's one-letter contact labels beside "T" and the form of their value: "M" (mobile) a
#: telephone number, "E" an e-mail address (case-folded keys). Alone on its line such a letter
#: is a label only over a value in that form; else it is a stray letter (an OCR margin's "D" /
#: "E" / "P"). ("T", long a label, keeps its own rule: in extracted text a queue of labels over
#: their values puts it over another's value, "T" / "NVWA en RVO.nl" / "10.2.e" / "@rvo.nl".)
LETTER_LABEL_FORMS: Final[dict[str, str]] = {"m": "phone", "e": "mail"}


def letter_label_value(label: str, value: str) -> bool:
    """Whether ``value`` is in the form of a one-letter contact label's kind
    (:data:`LETTER_LABEL_FORMS`): a telephone number and nothing else under "M", an address with
    "@" under "E"."""
    form = LETTER_LABEL_FORMS.get(label.casefold())
    if form == "mail":
        return "@" in value
    return form == "phone" and is_phone(value)


def contact_mark_value(label: str, value: str) -> bool:
    """Whether ``value`` has the shape of a contact's one-letter mark's value: a telephone number
    and nothing else after a telephone's mark (:data:`PHONE_LABELS`, "T" / "06 1234 5678"), or
    the form of a letter label's kind (:func:`letter_label_value`, "E" / "s.degraaf@minvws.nl")."""
    value = value.strip()
    if key(label) in PHONE_LABELS:
        return is_phone(value)
    return letter_label_value(label, value)


def contact_phone_row(text: str) -> bool:
    """Whether ``text`` is a contact's row that ends in a telephone number: the number alone, or
    set apart after a comma or a contact line's mark (:data:`CONTACT_LINE_MARKS`: "Projectleider
    Sandra Vriese, T 070 - 345 67 89", "Tel.: 06-12345678"), or right after a person's name ("J.
    de Vries 06-12345678"). A title that names a service's number ("Financiering van de hulplijn
    0800-0113") is none."""
    text = text.rstrip()
    for start, end in phone_spans(text):
        if end != len(text):
            continue
        before = text[:start].rstrip()
        if not before or before.endswith(","):
            return True
        mark = before.rsplit(None, 1)[-1].rstrip(":").casefold()
        return (
            mark in CONTACT_LINE_MARKS
            or names_person(before)
            or PERSON_WITH_INITIALS.match(before) is not None
            or names_post_holder(before)
        )
    return False


#: An official's name as a colofon value, initials before the surname, titles and name particles
#: allowed ("J. Smit", "mr. drs. L.M. van Dijk"): the form of a contact's name, not of a sentence.
PERSON_WITH_INITIALS: Final = re.compile(
    r"^(?:(?:mr|drs|dr|ir|ing|prof)\.\s?)*(?:[A-Z]\.\s?)+(?:(?:van|de|den|der|ter|te|het|in)\s)*[A-Z][\w'-]+$"
)
#: Woo and Wob redaction ground codes, spaces/dots optional (5.1.2e, 5.1.2.e, 10.2.e, 512e);
#: Woo 5.2 first paragraph (personal policy views) also as "5.2.1", with its dots.
GROUND_CODE: Final = re.compile(
    r"(?<![\w.])(?:5\.?\s?1\.?\s?[12]\.?\s?[a-i]|5\.?\s?1\.?\s?5|5\.\s?2\.\s?1|5\.?\s?[24]|"
    r"10\.?\s?[12]\.?\s?[a-g]|11\.?\s?1)(?![\w])",
    re.IGNORECASE,
)
#: A ground code printed in its redaction box, and the punctuation after the box ("chauffeur,
#: [5.1.2e] , is"): the box is wider than its code, so the reader sees a word space before the
#: comma that is not in the sentence.
GROUND_BEFORE_STOP: Final = re.compile(
    r"(?i)(?<![\w.])(5\.1\.[12]\.?\s?[a-i]|5\.1\.5|5\.2|10\.[12]\.?\s?[a-g]|11\.1) (?=[,.;:)](?:\s|$))"
)
#: A Wob ground written out as the law's article, as a nota released under the Wob (2008-2022)
#: marks a redaction ("art. 10, tweede lid, onder e", "artikel 10 lid 2 sub g", "art. 11, eerste
#: lid"; also "art 10 ..." without its full stop and "lid 2e", the letter after the paragraph's
#: number): a value of these only is redacted, as one of ground codes is.
GROUND_ARTICLE: Final = re.compile(
    r"(?i)(?<![\w.])art(?:ikel|\.)?\s?1[01],?\s+(?:(?:eerste|tweede)\s+lid|lid\s+[12](?:\s?[a-g])?),?"
    r"(?:\s+(?:onder|sub)\s+[a-g])?(?!\w)"
)
#: The letters every :data:`GROUND_ARTICLE` holds (casefolded): a cheap test before it.
GROUND_ARTICLE_CUE: Final = "art"
VALID_GROUNDS: Final[frozenset[str]] = frozenset(
    [f"5.1.1{c}" for c in "abcde"]
    + [f"5.1.2{c}" for c in "abcdefghi"]
    + ["5.1.5", "5.2", "5.2.1", "5.4"]
    + [f"10.1{c}" for c in "abcd"]
    + [f"10.2{c}" for c in "abcdefg"]
    + ["11.1"]
)

#: "van" in a page line, a speck over its a read as an accent ("Pagina 1 v\u00e4n 1").
_PAGE_VAN: Final = "v[a\u00e0-\u00e4]n"
#: "Pagina 1 van 2" and its broken forms ("Pagina1van2", "P agina 1 van 1", "Pagina" / "1 van 1").
#: (OCR reads a 1 as l, I or |: "Pagina l van 2"; and reads a speck of the scan between the words
#: and the numbers as a full stop or comma: "Pagina 1 van.1", "Pagina 1, van 2"; a speck at the
#: top of the number's line as a quote before it: "Pagina '1 van 1"; a speck on the line as a
#: hyphen: "Pagina 1-van 1"; a speck after the last number as a full stop: "Pagina 1 van 1."; a
#: speck over a letter as an accent on it: "Pägina 1 van 1", "Pagina Ì van 2" for "Pagina 1 ...",
#: "Pagina 1 vän 1"; and reads the i as an l or a 1: "Paglna 1 van2", "Pag1na 1 van 2")
_PAGE_LINE_BODY: Final = (
    r"p\s?[a\u00e0-\u00e4]\s?g\s?[il1\u00ec-\u00ef]\s?n\s?[a\u00e0-\u00e4]\s*[.,'\u2018\u2019]?\s*"
    rf"(\d+|[{re.escape(OCR_ONE_LETTERS + OCR_ONE_ACCENTED)}]\d?)\s*[.,-]?\s*{_PAGE_VAN}\s*[.,]?\s*(\d+)\.?"
)
PAGE_LINE: Final = re.compile(rf"(?i)^{_PAGE_LINE_BODY}$")
#: A page line at a row's start, as printed ("Pagina 1 van 2", a heading glued after it or not).
PAGE_LINE_START: Final = re.compile(r"P ?agina ?\d+ ?van ?\d+")
#: A page line glued before a heading on one row ("Pagina 1 van 2Aanleiding"): groups page, total.
PAGE_PREFIX: Final = re.compile(r"^P ?agina ?(\d+) ?van ?(\d+) ?(?=[^\W\d_])")
#: "... in Mozambique. Pagina 1 van 2": the page line glued to the end of a body row.
PAGE_SUFFIX: Final = re.compile(r"(?<=\S) P ?agina ?(\d+) ?van ?(\d+)$")
PAGE_WORD: Final = re.compile(r"(?i)^p\s?a\s?g\s?i\s?n\s?a$")
#: A running footer (or header) of parts set apart by bars, the page number last: "Beslisnota |
#: Aanpak van de krapte op de arbeidsmarkt | pagina 3" (group 1 the page number). An extractor that
#: follows the content stream may glue the next row onto it ("... | pagina 2vrijdag na de ..."):
#: the match ends at the number.
RUNNING_PAGE_LINE: Final = re.compile(
    r"(?i)^[^|]+(?:\|[^|]+)*\|\s*pagina\s?(\d{1,3})(?:\s?(?:van|/)\s?\d{1,3})?(?!\d)"
)
#: A later page's running line gives the reference or date before its page line, set apart by a
#: dot or bar ("Kenmerk DGKE-KE / 24128817 · Pagina 2 van 4"); an extractor that follows the content
#: stream glues it to a body row ("... Gemeenten Kenmerk DGKE-KE / 24128817 ·" once the page line is
#: cut off): this matches that end of the row, a label and a value (group "value") with a digit
#: before the mark.
RUNNING_FIELD_AT_END: Final = re.compile(
    r"(?:"
    + "|".join(
        re.escape(label)
        for label in sorted(LABELS, key=len, reverse=True)
        if LABELS[label] in (Concept.REFERENCE, Concept.DATE) and label[-1:].isalpha()
    )
    + r")\s+(?P<value>[^\u00b7|\s][^\u00b7|]*\d[^\u00b7|]*?)\s[\u00b7|]$"
)
PAGE_TAIL: Final = re.compile(r"(?i)^(\d+)\s*[.,]?\s*van\s*[.,]?\s*(\d+)$")
#: A page line's tail in an OCR layer, its first number a 1 read as a letter as :data:`PAGE_LINE`
#: reads it ("Pagana Ì van 2": the misread "Pagina" is repaired before such a tail too).
OCR_PAGE_TAIL: Final = re.compile(
    rf"(?i)^(\d+|[{re.escape(OCR_ONE_LETTERS + OCR_ONE_ACCENTED)}]\d?)\s*[.,]?\s*{_PAGE_VAN}\s*[.,]?\s*(\d+)$"
)
#: The page line's tail wrapped in a narrow column cell: "2 van" over the page count "2".
PAGE_TAIL_OPEN: Final = re.compile(r"(?i)^(\d+)\s*[.,]?\s*van$")
#: The document's number in a Woo decision's inventory ("document 7", "Documentnummer 34",
#: "Doc. nr. 12"), a publication stamp of its own (:data:`DOCUMENT_NUMBER_STAMP`) or one of several.
_DOCUMENT_NUMBER_PART: Final = r"doc(?:ument)?\.?\s*(?:nummer|nr\.?)?\s*:?\s*\d{1,6}"
#: The document's number a publication tool stamps on each page of a Woo bundle: the request's
#: number and the document's after "WOO" ("WOO-123456-00012", "Wob-2019-0412-17"), two numbers or more.
_DOCUMENT_ID: Final = r"(?:woo|wob)[- ]?\d{3,}(?:[-/.]\d{1,6})+"
#: One stamp a publication tool prints on every page of a nota released under the Woo (or the Wob
#: before it): the decision's or the request's number ("Woo-besluit 2024-123", "Woo-verzoek
#: 2024-0099"), the document's number in the decision's inventory ("document 7", "Documentnummer
#: 34", "Doc. nr. 12") or in the bundle ("WOO-123456-00012": :data:`_DOCUMENT_ID`), the bundle it
#: was published in ("documentenbundel") or the notice "Openbaar gemaakt op grond van de Woo".
_PUBLICATION_STAMP_PART: Final = (
    r"(?:(?:woo|wob)[- ]?(?:besluit|verzoek)\s*:?\s*\S*\d\S*"
    rf"|{_DOCUMENT_ID}"
    rf"|{_DOCUMENT_NUMBER_PART}|documentenbundel"
    r"|openbaar\s+gemaakt\s+(?:op\s+grond\s+van|onder|krachtens)\s+de\s+"
    r"(?:woo|wob|wet\s+open\s+overheid|wet\s+openbaarheid\s+van\s+bestuur))"
)
#: A line of publication stamps, one or more ("Woo-besluit 2024-123 | document 7"), perhaps with
#: the bundle's page number printed on the same row at the bottom ("... | document 7 88", group
#: 1), or the nota's own page line printed on that row ("... | document 2  pagina 2 van 2", group
#: 1 too): page furniture of the publication, not text of the nota.
PUBLICATION_STAMP: Final = re.compile(
    rf"(?i)^{_PUBLICATION_STAMP_PART}(?:\s*[|,;\u2013-]?\s*{_PUBLICATION_STAMP_PART})*"
    rf"\.?(?:\s+(\d{{1,4}}|{_PAGE_LINE_BODY}))?$"
)
#: The first letters, case-folded, of a line PUBLICATION_STAMP may match: a cheap test first.
PUBLICATION_STAMP_STARTS: Final = frozenset({"woo", "wob", "doc", "ope"})
#: A Woo bundle's document number as an OCR layer reads it, its O's read as zeros and doubled or
#: one lost ("WO0O0-123456-00012", "WOoO-...", "W0-..."), its numbers' zeros as O's: the
#: publication stamp :data:`_DOCUMENT_ID` (:func:`ocr_stamp`).
_OCR_DOCUMENT_ID: Final = re.compile(r"(?i)^(w[o0]{1,4}|w[o0]b)([- ]?[\do]{3,}(?:[-/.][\do]{1,6})+)$")


def ocr_stamp(text: str) -> str | None:
    """The publication stamp (:data:`PUBLICATION_STAMP`) that a line of an OCR layer is, as the
    vocabulary spells its words, when the layer misread them: a speck over a letter read as its
    accent ("Openbaár gemaakt op grond van de Woo"), a document number's "WOO" read with zeros or
    an O doubled or lost ("WO0O0-123456-00012"), its numbers' zeros read as O's; None when the line
    is no stamp, or one read right."""
    if PUBLICATION_STAMP.match(text) is not None:
        return None
    plain = _plain(text)
    if plain != text and PUBLICATION_STAMP.match(plain) is not None:
        return plain
    if (m := _OCR_DOCUMENT_ID.match(plain)) is not None:
        word = "wob" if m[1][-1] in "bB" else "woo"
        # (in the case of most of its letters: "WOoO" is "WOO", "Wo0" is "Woo")
        rest = [c for c in m[1][1:] if c.isalpha()]
        if m[1][0].isupper():
            word = word.upper() if 2 * sum(map(str.isupper, rest)) >= len(rest) else word.capitalize()
        read = word + m[2].replace("o", "0").replace("O", "0")
        if PUBLICATION_STAMP.match(read) is not None:
            return read
    return None


#: A stamp that is only a document number ("Document 12"): as the end of a wrapped sentence reads
#: the same ("... zie" / "document 12"), it is a stamp only at the top or bottom of its page.
DOCUMENT_NUMBER_STAMP: Final = re.compile(rf"(?i)^{_DOCUMENT_NUMBER_PART}$")
#: A number alone on a line: at a page's top or bottom, a page number of the bundle the nota was
#: published in ("45") or the document's number stamped on it ("0034", "171436").
BARE_NUMBER: Final = re.compile(r"^\d{1,6}$")
#: A page number with the count, "2/3", alone on a line (furniture at a page's top or bottom).
PAGE_FRACTION: Final = re.compile(r"^(\d{1,3}) ?/ ?(\d{1,3})$")
#: A page number between dashes, "-1-", "- 2 -", "– 3 –", alone on a line (furniture at a page's top
#: or bottom; a line "- 2 -" is also read as a bullet, so the position decides).
PAGE_DASH: Final = re.compile(r"^[-\u2013\u2014] ?(\d{1,3}) ?[-\u2013\u2014]$")
#: The sheet's number alone on a row, at a later page's top or foot: "Blad 3", "Blad 3 van 4",
#: "Blad 3/4" (group 1 the sheet).
SHEET_LINE: Final = re.compile(r"(?i)^blad ?(\d{1,3})(?: ?(?:/|van) ?\d{1,3})?$")
#: Nouns a number follows in running text ("artikel 3", "bijlage 2", "fase 1"): a number after
#: one at a row's end belongs to the sentence, not to a colofon value glued onto the row.
NUMBERED_NOUNS: Final = frozenset(
    {
        "artikel",
        "lid",
        "bijlage",
        "hoofdstuk",
        "paragraaf",
        "pagina",
        "nummer",
        "fase",
        "week",
        "stap",
        "optie",
        "punt",
        "categorie",
        "niveau",
        "variant",
        "scenario",
        "tranche",
        "ronde",
        "versie",
        "groep",
        "onderdeel",
        "sub",
        "deel",
        "alinea",
        "regel",
        "tabel",
        "figuur",
    }
)
#: A heading numbered 1 as OCR misreads it: "l. Aanleiding", "I Aanleiding".
OCR_ONE_HEADING: Final = re.compile(rf"^[{re.escape(OCR_ONE_LETTERS)}]\.?\s+(\S.*)$")
#: A heading's number with its full stop read by OCR as a comma ("4, Communicatie"): the number
#: (group 1) and the heading (group 2), taken before a known heading.
OCR_NUMBERED_HEADING: Final = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*),\s+(\S.*)$")
#: A heading's number glued to its first word, the space after the number's full stop lost in a
#: browser's or viewer's copy ("1.Aanleiding", "2.3.Financiële consequenties"): the number
#: (group 1) and the heading (group 2, a capital first), taken before a known heading.
GLUED_NUMBERED_HEADING: Final = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.([^\W\d_a-z]\S*(?:\s\S.*)?)$")
#: A speck in the tab after a heading's or an item's number, read by OCR as a full stop, a comma
#: or a bullet glyph ("1. . De planning", "3.2.1 « Uitgaven"): no mark stands between a number
#: and its text (the text starts at group 2's end).
OCR_NUMBER_SPECK: Final = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.?)(\s+[.,\u00ab*]\s+)(?=[^\W\d_])")

#: A purpose and the addressee in one sentence, as older templates head a nota ("Ter beslissing
#: aan de minister van Economische Zaken"): the purpose line and an addressee line.
PURPOSE_TO_ADDRESSEE: Final = re.compile(r"(?i)^(ter\s+[^\W\d_]+)\s+aan\s+(de\s+\S.*)$")
#: An addressee printed without label, as some templates do ("de minister van VWS").
ADDRESSEE_LINE: Final = re.compile(
    r"(?i)^(aan )?de (minister|staatssecretaris|minister-president|secretaris-generaal|"
    r"directeur-generaal|plaatsvervangend secretaris-generaal)\b"
)
#: The first letters of :data:`ADDRESSEE_LINE`'s "Aan": a line opening otherwise names no
#: addressee in a sentence (a cheap test before the pattern's).
ADDRESSEE_SENTENCE_INITIALS: Final = "Aa"

#: A line that opens with the office of a minister or an official, capitalised: the value of "Aan"
#: ("Minister voor Klimaat en Groene Groei", "Staatssecretaris van Defensie").
ADDRESSEE_OFFICE: Final = re.compile(
    r"^(?:Minister|Staatssecretaris|Minister-president|Secretaris-generaal|Directeur-generaal|"
    r"Plaatsvervangend secretaris-generaal)\b"
)
#: An office holder's line that is the addressee printed without its "Aan" label, capitalised: a
#: minister's or state secretary's ("Minister van Sociale Zaken en Werkgelegenheid"). Not an
#: official's ("Directeur-generaal Rijksbegroting"): the sender ("Van") of most nota's, and
#: a unit's entry among the letterhead's lines.
UNLABELLED_OFFICE: Final = re.compile(r"^(?:Minister|Staatssecretaris)\b")

#: A security classification printed on the page (a stamp, often on every page): not content of
#: the nota's text; kept once in the letterhead ("DEPARTEMENTAAL VERTROUWELIJK", "Stg. Geheim").
CLASSIFICATION_LINE: Final = re.compile(
    r"(?i)^(?:departementaal\s+vertrouwelijk|stg\.?\s+(?:confidentieel|geheim|zeer\s+geheim)|"
    r"staatsgeheim(?:\s+(?:confidentieel|geheim|zeer\s+geheim))?|rijksgeheim|"
    r"(?:zeer\s+)?geheim|confidentieel|vertrouwelijk|embargo)$"
)
#: Markings stamped on a page in capitals beside the classifications (:data:`CLASSIFICATION_LINE`):
#: the distribution ("INTERN", "NIET VERSPREIDEN") and the draft's state ("CONCEPT", "ONTWERP"),
#: in a page's head or as a watermark. An OCR layer reads them as printed; a line that is one is
#: no misread heading ("INTERN" is a few letter errors from "Inzet").
MARKINGS: Final[frozenset[str]] = frozenset({"intern", "niet verspreiden", "concept", "ontwerp"})
_MARKING_KEYS: Final = frozenset(map(key, MARKINGS))


def is_marking(text: str) -> bool:
    """Whether ``text`` is one of the :data:`MARKINGS`, in any case and spacing."""
    return key(text) in _MARKING_KEYS


#: Stray capital letters on their own lines, as an OCR layer gives a word printed vertically in
#: the margin ("D" / "E" / "P" / "A" / "R"): debris, not text.
MARGIN_LETTERS: Final = re.compile(r"^[A-Z](?: [A-Z])*$")
#: Column heads of a paraph table ("Paraaf  Naam  Datum"): a row of them is no label row.
PARAPH_COLUMN_WORDS: Final[frozenset[str]] = frozenset(
    # (and a decision table's: "Besluit  Paraaf  Datum" over "Akkoord" / "Niet akkoord")
    {"paraaf", "naam", "datum", "functie", "akkoord", "opmerking", "opmerkingen", "handtekening", "besluit"}
)
#: The colofon's labels over a paraph table (keys): its rows are the label's value.
PARAPH_LABELS: Final[frozenset[str]] = frozenset({"parafenroute", "lijnparaaf", "medeparaaf", "paraaf"})
#: A row of a paraph table in the colofon: a unit's or an office's abbreviation, and the day and
#: month it initialled ("DMB  2-12", "DGSenB 3-12", "SG", "pSG 4-12-2026").
PARAPH_CELL: Final = re.compile(
    r"^[a-z]?[A-Z]{2,6}(?:[a-z]{1,3}[A-Z]{1,4})?(?:[-/][A-Z]{2,6})?"
    r"(?:\s+\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?)?$"
)
#: A paraph table's date alone, its row's abbreviation read apart from it ("DMB" / ... / "2-12").
PARAPH_DATE: Final = re.compile(r"^\d{1,2}-\d{1,2}(?:-\d{2,4})?$")
#: Their first letters: a cheap test before a row is looked up word by word.
PARAPH_COLUMN_INITIALS: Final[frozenset[str]] = frozenset(word[0] for word in PARAPH_COLUMN_WORDS)
#: The column head over a paraph table's dates.
DATE_COLUMN_WORD: Final = "datum"
#: A decision's option and a paraph table's heading ("Akkoord" over "Functie  Naam  Datum"),
#: as a line of its own no column head.
AGREED_WORD: Final = "akkoord"
#: The boxes of a decision block printed in a nota's head, beside Aan and Van, left empty for
#: the minister to fill in (Financiën: "Beslissing" / "Paraaf Minister" / "Datum"): the
#: decision's box and the paraph's boxes of an office.
DECISION_BOX_WORD: Final = "beslissing"
PARAPH_BOX: Final = re.compile(r"^Paraaf (?:[Mm]inister|[Ss]taatssecretaris|SG|pSG|DG)$")
#: What every paraph's box opens with: a cheap test of a whole text before :data:`PARAPH_BOX`.
PARAPH_BOX_OPENING: Final = "Paraaf "
#: A document appended to the nota, under its own heading: "Bijlage 1: Kamerbrief ...".
APPENDIX_HEADING: Final = re.compile(
    r"^Bijlage\s+\d{1,2}(?:\s*[:.\-\u2013]\s*\S|\s+bij\s+(?:de\s+)?(?:nota|beslisnota)(?:\s+[\w/.-]+){0,3}$)"
)
#: An annex lettered, its heading the word and its letter alone: "Bijlage A" / "Bijlage B" (group 1
#: the letter; a letter is never an attachment count, "Bijlagen 2").
LETTERED_APPENDIX: Final = re.compile(r"^Bijlage\s+([A-Z])$")
#: The conjunctions after a suspended compound's hyphen ("wet- en regelgeving", "in- of
#: uitvoer", "voor- én nadelen", "publiek- dan wel privaatrechtelijk"): a line that ends in a
#: hyphen before one of them is no word split in two.
SUSPENSION_CONJUNCTIONS: Final[tuple[str, ...]] = ("en", "of", "tot", "als", "noch", "én", "óf", "dan wel")
#: Prefixes written with a hyphen ("oud-minister", "ex-partner", "niet-gebruikers"): a line
#: that ends in one of them and a hyphen is no word split in two.
HYPHEN_PREFIXES: Final[frozenset[str]] = frozenset(
    {"oud", "ex", "vice", "niet", "anti", "pro", "co", "non", "e", "semi", "pseudo", "adjunct", "interim"}
)
#: Dutch prefixes that are never stressed nor a word of their own ("be-", "ge-", "ver-", "ont-",
#: "her-", "er-"): a capitalised line end "Be-" / "stuursakkoord" is a typesetter's split of a
#: word that starts a sentence or a name, never a law's acronym ("Awb-", "Wabo-").
UNSTRESSED_PREFIXES: Final[frozenset[str]] = frozenset({"be", "ge", "ver", "ont", "her", "er"})
#: Headings of the minister's decision block (check boxes under them).
MINISTER_DECISION_HEADINGS: Final[frozenset[str]] = frozenset(
    key(h)
    for h in (
        "Beslissing",
        "Beslissing minister",
        "Beslissing staatssecretaris",
        "Besluit minister",
        "Besluit staatssecretaris",
    )
)
#: Lower-case abbreviations that keep their hyphen at a line end ("mbo-" / "studenten").
LOWER_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "mbo",
        "hbo",
        "wo",
        "vo",
        "po",
        "vve",
        "wmo",
        "woo",
        "wob",
        "ggz",
        "ggd",
        "amv",
        "bsn",
        "zzp",
        "cao",
        "ov",
        "mkb",
        "ict",
        "btw",
        "ozb",
        "wlz",
        "zvw",
        "aow",
        "ww",
        "wia",
        "bbp",
        "bnp",
        "ivm",
    }
)
#: Titles before a name ("mr. J. Jansen", a military rank "kol. P. de Wit"): a value starting with
#: one is a person, not a phrase. The ranks as Defensie abbreviates them, the navy's too
#: ("bgen.", "lgen.", "genmaj.", "elt.", "tlnt.", "adm.", "vadm.", "sbn.", "cdre.", "ktz.",
#: "kltz.", "ltz.").
NAME_TITLES: Final[frozenset[str]] = frozenset(
    {
        "mr",
        "drs",
        "dr",
        "ir",
        "ing",
        "prof",
        "mw",
        "dhr",
        "mevr",
        "bc",
        "ds",
        "mgr",
        "gen",
        "lgen",
        "genmaj",
        "bgen",
        "kol",
        "lkol",
        "maj",
        "kapt",
        "elt",
        "tlnt",
        "adm",
        "vadm",
        "sbn",
        "cdre",
        "ktz",
        "kltz",
        "ltz",
    }
)
#: Articles: after "Aan" / "Van" with no colon, an article and a number, or a word in lower case
#: followed by one that joins no name (CONTINUATION_WORDS) and names no office or body the nota
#: is addressed to or sent by (ADDRESSEE_NOUNS), open a sentence or a title ("Aan de slag met
#: ...", "Van de 232 ouders ...", "Aan de minister van Financiën is ...").
ARTICLES: Final[frozenset[str]] = frozenset({"de", "het", "een"})
#: Offices and bodies written in lower case after an article in an addressee's or a sender's
#: value ("Aan de minister", "Van de directeur-generaal", "Aan de leden van de ministerraad").
ADDRESSEE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "minister",
        "ministers",
        "minister-president",
        "staatssecretaris",
        "staatssecretarissen",
        "secretaris-generaal",
        "plaatsvervangend",
        "directeur-generaal",
        "directeur",
        "directie",
        "voorzitter",
        "heer",
        "secretaris",
        "leden",
        "ministerraad",
        "bewindspersonen",
        "bewindslieden",
        "plv.",
    }
)
#: Subject pronouns (and the dummy subject "er") that open a sentence, never a heading: a row
#: of five words or more opening with one is a one-line paragraph ("Wij verwachten geen grote
#: vertraging", "Er is nog geen besluit genomen").
SUBJECT_PRONOUNS: Final[frozenset[str]] = frozenset(
    {"ik", "wij", "we", "u", "jij", "je", "hij", "zij", "ze", "jullie", "men", "er"}
)
#: Imperatives of instruction that open a sentence addressed to the reader, never a heading
#: ("Zie ook de bijlage bij deze nota", "Lees hiervoor paragraaf 3").
INSTRUCTION_VERBS: Final[frozenset[str]] = frozenset(
    {"zie", "lees", "raadpleeg", "vergelijk", "stem", "neem", "kijk", "let"}
)
#: Words that go on a noun, never an imperative: an instruction verb's form followed by one is the
#: noun ("Stem van de burger in beleid", "Stem en invloed van jongeren": a heading).
NOUN_LINKS: Final[frozenset[str]] = frozenset({"van", "en"})
#: Prepositions that link a heading's noun to its complement as its second word ("Punten voor
#: het gesprek", "Aandachtspunten bij het bezoek", "Vragen over de begroting"): a noun phrase,
#: where a lead-in's second word is its verb ("Wij stellen voor", "Het advies luidt").
HEADING_PHRASE_LINKS: Final[frozenset[str]] = frozenset(
    {"van", "voor", "bij", "over", "rond", "rondom", "en"}
)
#: Demonstratives that, followed by a finite form of :data:`FINITE_AUXILIARIES`, open a
#: sentence ("Dit is een tijdelijke oplossing", "Dat wordt in juni besloten").
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"dit", "dat", "deze", "het"})
#: Finite forms of the auxiliary and copular verbs.
FINITE_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {
        "is",
        "zijn",
        "was",
        "waren",
        "wordt",
        "worden",
        "werd",
        "werden",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "kan",
        "kunnen",
        "kon",
        "konden",
        "moet",
        "moeten",
        "zal",
        "zullen",
        "mag",
        "mogen",
        "blijft",
        "blijven",
        "lijkt",
        "lijken",
    }
)


def opens_sentence(words: Sequence[str]) -> bool:
    """Whether a row's words open a sentence by their word classes: a subject pronoun or an
    imperative of instruction first (not a noun of its form, :data:`NOUN_LINKS` after it: "Stem
    van de burger"), or a demonstrative and a finite auxiliary ("Dit is ...")."""
    if not words:
        return False
    first = words[0].casefold()
    if first in SUBJECT_PRONOUNS:
        return True
    if first in INSTRUCTION_VERBS:
        # (a noun of the same form goes on with "van" or "en": "Stem van de burger in beleid")
        return len(words) < 2 or words[1].casefold() not in NOUN_LINKS
    return first in DEMONSTRATIVES and len(words) > 1 and words[1].casefold() in FINITE_AUXILIARIES


#: Words that join unit codes in a "Samengewerkt met" value ("FEZ en DJZ").
UNIT_JOINERS: Final[frozenset[str]] = frozenset({"en", "&"})
#: The officials a routing or copy row names by an abbreviation in lower case ("Kopie aan sg",
#: "Via dg"): the secretary-general, the director-general and their deputies ("psg", "pdg").
OFFICIAL_CODES: Final[frozenset[str]] = frozenset({"sg", "psg", "dg", "pdg"})
#: The words before an official's code that make him a deputy or a stand-in ("plv. SG",
#: "wnd. DG": plaatsvervangend, waarnemend).
OFFICIAL_PREFIXES: Final[frozenset[str]] = frozenset({"plv.", "plv", "wnd.", "wnd"})
#: The small words between the capitalised words of an organisation's name ("Unie van
#: Waterschappen", "Raad voor Cultuur", "Ministerie van Justitie en Veiligheid").
NAME_LINKS: Final[frozenset[str]] = frozenset({"van", "voor", "der", "de", "het", "en", "&"})

#: The characters of a unit's code after its first capital: capitals, "&", "/" and "-"
#: ("DGB&O", "DGHO/HO&S", "DGNV-NV"). The one fragment the forms of a code are built from.
_UNIT_CODE_REST: Final = r"[A-Z&/\-]"
#: A unit's code, whole (``fullmatch``): a capital and one to nine more of
#: :data:`_UNIT_CODE_REST` ("DGDOO", "DGB&O", "DJZ"), as it stands alone on a line or a row.
UNIT_CODE: Final = re.compile(rf"[A-Z]{_UNIT_CODE_REST}{{1,9}}")
#: A unit's code as a list of units gives it, one a row (``fullmatch``): :data:`UNIT_CODE`'s
#: characters, any length, and a small letter first or not ("pSG", "DGMI").
LISTED_UNIT_CODE: Final = re.compile(rf"[a-z]?[A-Z]{_UNIT_CODE_REST}+")

#: A reference by its form, one token (``match``): letters, digits and "./-", five or more, a
#: digit among them ("2021-0000098765", "IENW/BSK-2024/61234").
REFERENCE_TOKEN: Final = re.compile(r"^(?=\S*\d)[\w./-]{5,}$")
#: The fewest digits of a reference read whole from its form under its label
#: ("IENW/BSK-2024/61234", "4381203").
REFERENCE_DIGITS: Final = 5
#: The unit's code before the slash of an EZK/LVVN reference ("DGNV-NV / 58775937"): capitals,
#: digits, "&", "." and "-", no slash (``match``).
REFERENCE_UNIT_CODE: Final = re.compile(r"^[A-Z][A-Z0-9&.-]{1,15}$")


def reference_word(word: str, digits: int = REFERENCE_DIGITS) -> bool:
    """Whether a word is a reference by its form (:data:`REFERENCE_TOKEN`) with at least
    ``digits`` digits ("2021-0000098765")."""
    return REFERENCE_TOKEN.match(word) is not None and sum(c.isdigit() for c in word) >= digits


#: A speck of the scan at the colofon column's edge that OCR read as a word of one or two
#: characters before a value ("a 2020-0000098765", "En IENW/BSK-2023/12345", ": 3145926"): no
#: code's capitals ("BS 2021012345") and no digit.
OCR_SPECK_WORD: Final = re.compile(r"^(?![A-Z]{1,2}$)[^\d\s]{1,2}$")


def ocr_speck_before_reference(words: Sequence[str]) -> bool:
    """Whether ``words`` (a reference label's value) are a speck OCR read as a word
    (:data:`OCR_SPECK_WORD`, no word that governs a number: "nr 12345", "op 1234567") and then a
    whole reference: one word of a reference's form, or a unit's code, a slash and a number."""
    if len(words) < 2 or not OCR_SPECK_WORD.match(words[0]):
        return False
    if words[0].lower().rstrip(".") in VALUE_GOVERNING_WORDS:
        return False
    rest = words[1:]
    return (len(rest) == 1 and reference_word(rest[0])) or (len(rest) == 3 and spaced_reference_at_end(rest))


def spaced_reference_at_end(words: Sequence[str]) -> bool:
    """Whether ``words`` end in a reference of a unit's code, a slash set apart and its number
    ("DGKE / 22154321"): the slash the last word but one, a code before it."""
    return len(words) >= 3 and words[-2] == "/" and REFERENCE_UNIT_CODE.match(words[-3]) is not None


#: Small words that go on a sentence after a web address printed with a slash at its end, no
#: segment of its path ("op www.rijksoverheid.nl/" / "en de bijlagen ...", ".../" / "voor iedereen
#: beschikbaar"): a line that opens with one starts no path's rest.
SENTENCE_WORDS_AFTER_ADDRESS: Final[frozenset[str]] = frozenset(
    {
        "en",
        "of",
        "maar",
        "voor",
        "van",
        "op",
        "in",
        "te",
        "met",
        "bij",
        "via",
        "om",
        "tot",
        "naar",
        "de",
        "het",
        "een",
        "is",
        "zijn",
        "wordt",
        "worden",
        "staat",
        "staan",
        "waar",
        "die",
        "dat",
        "als",
        "ook",
    }
)
#: Words that, ending a letterhead line, mean the unit's name continues ("Hoger Onderwijs en").
CONTINUATION_WORDS: Final[frozenset[str]] = frozenset({"en", "van", "voor", "der", "de", "het", "-", "&"})

#: A capitalised adjective that opens the noun of a unit's or office's name and cannot end it
#: ("Directeur Algemene Financiële en Economische" / "Politiek", "Europese" / "Zaken",
#: "Juridische" / "Zaken", "Ruimtelijke" / "Ordening"), also the second half of a hyphenated
#: pair ("Financieel-Economische" / "Zaken"): a row ending in one goes on, unless
#: the row is a person's name whose surname has that shape (:func:`names_person`). Also the
#: uninflected adjectives of the education sectors' names ("Directie Middelbaar" /
#: "Beroepsonderwijs", "Hoger" / "Onderwijs"), the uninflected "-isch" before a neuter name
#: ("Coördinator Caribisch" / "Nederland") and the "-se" of a place's adjective ("Minister voor
#: Buitenlandse" / "Handel", "Duitse", "Haagse"). Also a compound's first part with its linking
#: -s, written apart when the row wraps ("Directeur Koninkrijks" / "Relaties", "Bedrijfs",
#: "Veiligheids", "Regerings"): a noun of a shape that links with -s (-rijk, -bedrijf, -arbeid,
#: -staat, -ing, -heid, -teit, -schap) and so never ends a name ("Onderwijs", "Kennis" do).
OPEN_ADJECTIVE: Final = regex.compile(
    r"(?<![\w-])(?:(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+(?:(?:isch|iël|al|el|es|iev|lijk)e|isch|(?<=\p{Ll})[dtgn]se)"
    r"|\p{Lu}\p{Ll}*(?:rijk|bedrijf|arbeid|staat|ing|heid|teit|schap)s"
    r"|Hoger|Middelbaar|Primair|Voortgezet)$"
)

#: The forms of address written out before a name ("mevrouw A. Vriese", "de heer R. Vriese");
#: abbreviated they are :data:`NAME_TITLES` ("mw.", "dhr.").
ADDRESS_FORMS: Final = ("mevrouw", "de heer")
#: A person's name as an Aan or Van value: a form of address and titles (any case: "Mw. mr."),
#: then initials or one or two given names (capitalised, hyphenated or not), name particles, and
#: the surname last, single or double, its second half with name particles or not ("mr. R.
#: Vriese", "dhr. J. van der Wiese", "Sandra Vriese", "Anne de Friese", "drs. Pieter-Jan Wiese",
#: "mw. A. Smit-Vriese", "mw. A. Jansen-de Vriese", "drs. P. Bakker-van der Wiese", "Fatima el
#: Amrani").
_NAME_PARTICLES: Final = "van|de|den|der|ter|ten|te|het|in|el"
_PERSON_NAME: Final = regex.compile(
    rf"^(?i:(?:{'|'.join(ADDRESS_FORMS)})\s|(?:{'|'.join(sorted(NAME_TITLES, key=len, reverse=True))})\.\s?)*"
    r"(?:(?:\p{Lu}\.\s?)+|(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s)?)"
    rf"(?:(?:{_NAME_PARTICLES})\s)*\p{{Lu}}[\p{{Ll}}'-]+"
    rf"(?:-\p{{Lu}}[\p{{Ll}}']+|(?<=-(?:{_NAME_PARTICLES}))(?:\s(?:{_NAME_PARTICLES}))*\s\p{{Lu}}[\p{{Ll}}']+)?$"
)

#: A double surname's second half with its name particles, after a hyphen at a line's end
#: ("Bakker-" / "van der Wiel", "Jansen-" / "de Vries"): the hyphen is the name's.
SURNAME_HALF_WITH_PARTICLES: Final = regex.compile(rf"(?:(?:{_NAME_PARTICLES})\s)+\p{{Lu}}\p{{Ll}}")


def names_person(text: str) -> bool:
    """Whether a value is a person's name (:data:`_PERSON_NAME`), its first given name no word
    that opens the name of a unit or an office ("Directie Europese", "Afdeling Juridische",
    "Staatssecretaris Europese", "Directeur Europese", "Unit Juridische": :data:`LETTERHEAD_WORDS`,
    :data:`MINISTERS_OFFICES`, :data:`UNIT_HEAD_WORDS`, :data:`NO_GIVEN_NAME_WORDS`)."""
    name = text.rsplit(",", 1)[-1].strip()  # (the last of a list: "SG, mr. R. Vriese")
    m = _PERSON_NAME.match(name)
    if m is None:
        return False
    given = m[1]
    if given is not None and given.casefold() in NAME_PARTICLES:
        # (a name particle capitalised first, no given name: a bare surname, one word after its
        # particles, "De Vries", "Van der Wiel"; more words are an organisation's name after its
        # article, "De Nederlandsche Bank", "De Raad van State")
        words = name.split()[1:]
        return sum(w.casefold() not in NAME_PARTICLES for w in words) == 1
    return given is None or not _opens_office(given)


#: Degrees printed behind a person's name ("P. de Wit MSc", "J. Jansen MBA", "A. Bakker, BSc").
POST_NOMINALS: Final[frozenset[str]] = frozenset(
    {"MSc", "MA", "BSc", "BA", "MBA", "LLM", "LLB", "PhD", "MPA", "MPhil", "MEng"}
)
#: Written behind a rank of someone retired ("gen. b.d. P. de Wit": buiten dienst).
RETIRED_MARK: Final = "b.d."


def _name_suffix_word(word: str) -> bool:
    """A degree (:data:`POST_NOMINALS`), a title or rank (:data:`NAME_TITLES`, with its full
    stop) or the retired mark, as printed around a person's name."""
    return (
        word in POST_NOMINALS
        or word == RETIRED_MARK
        or (word.endswith(".") and word[:-1].casefold() in NAME_TITLES)
    )


def names_ranked_person(text: str) -> bool:
    """Whether a value is a person's name (:func:`names_person`) with ranks and degrees around it
    as printed: a rank or a degree behind a comma ("P. de Wit, kol.", "A. Bakker, MSc"), degrees
    after the surname ("maj. P. de Wit MSc", "drs. ing. J. Jansen MBA"), the retired mark after a
    rank ("gen. b.d. P. de Wit"). Only a value with one of these: a bare name is names_person's."""
    rest = text.strip()
    head, comma, tail = rest.rpartition(",")
    if comma and tail.split() and all(_name_suffix_word(w) for w in tail.split()):
        rest = head.strip()
    words = rest.split()
    while len(words) > 1 and words[-1] in POST_NOMINALS:
        words.pop()
    words = [
        w for at, w in enumerate(words) if not (w == RETIRED_MARK and at and _name_suffix_word(words[at - 1]))
    ]
    rest = " ".join(words)
    return rest != " ".join(text.split()) and "," not in rest and names_person(rest)


def names_people(text: str) -> bool:
    """Whether a value is two or more persons' names joined by "en", each a name
    (:func:`names_person`) or a name with ranks and degrees around it (:func:`names_ranked_person`):
    "P. de Wit en J. Smit", "kol. P. de Wit en maj. J. Smit MSc"."""
    names = text.split(" en ")
    return len(names) > 1 and all(names_person(n) or names_ranked_person(n) for n in names)


#: The name particles (:data:`_NAME_PARTICLES`: "van", "de", "der", "ten" ...).
NAME_PARTICLES: Final = frozenset(_NAME_PARTICLES.split("|"))


def wraps_name_after_particle(value: str, text: str) -> bool:
    """Whether ``text`` is the surname of the person whose name ``value`` opens, wrapped after a
    name particle ("J. van der" / "Berg", "drs. P. ten" / "Brink"): the value ends in a particle,
    and the two rows make one person's name (:func:`names_person`)."""
    words = value.split()
    return (
        len(words) >= 2
        and words[-1] in NAME_PARTICLES
        and text[:1].isupper()
        and names_person(f"{value} {text}")
    )


def _opens_office(word: str, *, whole: bool = False) -> bool:
    """Whether a capitalised word opens the name of a unit or an office, no given name: a
    letterhead's word ("Directie", "Programma"; with ``whole``, the word itself up to a hyphen,
    not a word it opens: "Programmamanager" and "Teamleider" are posts), a minister's office,
    the head of a unit ("Directeur", "Hoofd"), :data:`NO_GIVEN_NAME_WORDS` ("Unit",
    "Werkgroep"; with ``whole``, not the posts among them, :data:`PERSON_POSTS`)."""
    letterhead = LETTERHEAD_WORDS.match(word)
    return (
        (letterhead is not None and (not whole or word[letterhead.end() :][:1] in ("", "-")))
        or word.casefold() in MINISTERS_OFFICES
        or word.casefold().startswith(UNIT_HEAD_WORDS)
        or (
            word.casefold().split("-", 1)[0] in _NO_GIVEN_NAME_FORMS
            and not (whole and word.casefold() in PERSON_POSTS)
        )
    )


#: The most words of a post written before its holder's name ("Plaatsvervangend directeur
#: R. Vriese").
_POST_WORDS: Final = 3


def names_post_holder(text: str) -> bool:
    """Whether a value is a post and its holder's name: one to three words of letters (the post,
    "Projectleider", "Programmadirecteur", "Plaatsvervangend directeur", "Senior adviseur"),
    then a person's name (:data:`_PERSON_NAME` with titles or not): by initials ("R. Vriese",
    "drs. A.B. de Groot"), or by given names after a post that opens no unit's or office's name
    (:func:`_opens_office`) and before no such word ("Projectleider Sandra Vriese",
    "Beleidsmedewerker Jan-Willem de Vries", "Senior adviseur Fatima el Amrani"). After the head
    of a unit only initials make a name: "Directeur Algemene Europese" is the start of an
    office's name, its adjectives read as given names."""
    words = text.split()
    for n in range(1, min(_POST_WORDS, len(words) - 2) + 1):
        if not all(w.replace("-", "").isalpha() for w in words[:n]):
            return False
        m = _PERSON_NAME.match(" ".join(words[n:]))
        if m is not None and (
            m[1] is None or not (_opens_office(words[0], whole=True) or _opens_office(m[1]))
        ):
            return True
    return False


def names_a_person(label: str) -> bool:
    """Whether a label's value is a person, a post before the name or not: a drafter's label
    (Opgesteld door, Behandelaar) or a contact's (:data:`CONTACT_LABELS`)."""
    return key(label) in CONTACT_LABELS or label_concept(label) is Concept.DRAFTED_BY


#: The lower-case words a unit's or agency's name may hold between its capitalised words
#: ("Directie Inclusieve Groene Groei, Klimaat, Water en Voedselzekerheid in Ontwikkelingslanden",
#: "Kabinet van de Minister-President"): a line of only such words and capitalised ones is a name.
NAME_SMALL_WORDS: Final[frozenset[str]] = frozenset(
    {"en", "van", "voor", "de", "der", "den", "het", "in", "op", "met", "bij", "tot", "&", "-"}
)


def name_word(word: str) -> bool:
    """Whether a word can stand in a unit's or a body's name: capitalised, or one of
    :data:`NAME_SMALL_WORDS` ("Directie", "van", "Landbouw")."""
    return word[:1].isupper() or word in NAME_SMALL_WORDS


#: Words that take a date, number or code after them in running text ("op 14 maart 2024", "brief
#: van 3 mei 2024", "per 1 januari", "d.d. 12-03-2024", "nr. 1234567"): such a value at a row's end
#: belongs to the sentence, not to a colofon label beside it.
VALUE_GOVERNING_WORDS: Final[frozenset[str]] = frozenset(
    {
        "op",
        "van",
        "per",
        "tot",
        "sinds",
        "vanaf",
        "voor",
        "vóór",
        "na",
        "om",
        "in",
        "uiterlijk",
        "t/m",
        "d.d.",
        "dd",
        "en",
        "of",
        "met",
        "nr.",
        "nr",
        "nummer",
        "kenmerk",
        "zaaknummer",
        "referentie",
        "grond",
    }
)

#: Words that mark letterhead lines (organisational units, addresses).
LETTERHEAD_WORDS: Final = re.compile(
    r"(?i)^(directoraat|directie|hoofddirectie|dg\b|ministerie|kabinet|cluster|afdeling|programma|bureau|"
    r"dienst|inspectie|agentschap|portefeuille|team|sector|staf|bestuursstaf|postbus|bezoekadres|"
    r"postadres|www\.|turfmarkt|bezuidenhoutseweg|rijnstraat|korte voorhout|parnassusplein|"
    r"hoger onderwijs|media en|onderwijs)"
)
#: A line that opens with the name of a ministry's unit, capitalised ("Directie Warmte",
#: "Directoraat-Generaal Mobiliteit", "DG Werk", "Ministerie van ..."): in text read row by row
#: the colofon's unit stands right under the title, and starts a block of its own.
_UNIT_LINE_WORDS: Final = (
    "Directie",
    "Directoraat(?:-[Gg]eneraal)?",
    "DG",
    "Ministerie",
    "Bestuursstaf",
    "Afdeling",
    "Cluster",
)
UNIT_LINE: Final = re.compile(rf"^(?:{'|'.join(_UNIT_LINE_WORDS)})\s+\S")
#: A line that is or opens with a unit's name, the name alone included ("Bestuursstaf"): in a
#: colofon's letterhead block each unit stands on a line of its own.
UNIT_NAME: Final = re.compile(rf"^(?:{'|'.join(_UNIT_LINE_WORDS)})(?:\s+\S|$)")
#: The first letters of UNIT_LINE's words: a cheap test before the pattern.
UNIT_LINE_INITIALS: Final = frozenset(w[0] for w in _UNIT_LINE_WORDS)
#: The word a ministry's name holds anywhere ("Het Ministerie van ...", "... ministerie van BZK").
MINISTRY_WORD: Final = "ministerie"
#: A phrase that ends on the ministry as a noun, after a preposition ("Reactie van het ministerie",
#: "Standpunt van het ministerie"): a heading or a sentence's words, no ministry's name.
MINISTRY_IN_PHRASE: Final = re.compile(r"(?i)\b(?:van|door|voor|aan|met|bij)\s+het\s+ministerie$")
#: The ministries' names after "Ministerie van" / "voor" (DOMAIN.md, also the older ones): a
#: letterhead line that names a whole ministry ends that unit, so a capitalised line under it is
#: another ("Ministerie van Defensie" / "Defensie Materieel Organisatie").
MINISTRY_NAMES: Final[frozenset[str]] = frozenset(
    {
        "algemene zaken",
        "asiel en migratie",
        "binnenlandse zaken en koninkrijksrelaties",
        "buitenlandse zaken",
        "defensie",
        "economische zaken",
        "economische zaken en klimaat",
        "financiën",
        "infrastructuur en milieu",
        "infrastructuur en waterstaat",
        "justitie en veiligheid",
        "klimaat en groene groei",
        "landbouw, natuur en voedselkwaliteit",
        "landbouw, visserij, voedselzekerheid en natuur",
        "onderwijs, cultuur en wetenschap",
        "sociale zaken en werkgelegenheid",
        "veiligheid en justitie",
        "volksgezondheid, welzijn en sport",
        "volkshuisvesting en ruimtelijke ordening",
        # (the Wob era's, 2008-2018, whose nota's archives release on request: VROM, EL&I, V&W,
        # Justitie before 2010, the programme ministry for Jeugd en Gezin, and the offices of the
        # ministers without a ministry, "Minister voor Wonen, Wijken en Integratie")
        "volkshuisvesting, ruimtelijke ordening en milieubeheer",
        "economische zaken, landbouw en innovatie",
        "verkeer en waterstaat",
        "justitie",
        "jeugd en gezin",
        "wonen, wijken en integratie",
        "wonen en rijksdienst",
        "immigratie en asiel",
        "ontwikkelingssamenwerking",
        "buitenlandse handel en ontwikkelingssamenwerking",
    }
)
#: (a programme ministry, 2007-2010, names itself so: "Programmaministerie voor Jeugd en Gezin")
MINISTRY_LINE: Final = re.compile(r"(?i)^(?:het\s+)?(?:programma)?ministerie\s+(?:van|voor)\s+(.+)$")


#: The High Colleges of State and the Crown's offices, whose letterhead names them as a ministry's
#: does ("Algemene Rekenkamer" / "Sector Financiën en Verantwoording"): a whole name, a line under
#: it a unit of its own.
HIGH_COLLEGES: Final[frozenset[str]] = frozenset(
    {
        "algemene rekenkamer",
        "raad van state",
        "nationale ombudsman",
        "de nationale ombudsman",
        "tweede kamer der staten-generaal",
        "eerste kamer der staten-generaal",
        "kanselarij der nederlandse orden",
        "kabinet van de koning",
    }
)


#: The names of the government's agencies, as a letterhead prints them on a line of their own
#: over their units ("Rijkswaterstaat" / "Water, Verkeer en Leefomgeving"): a whole name as a
#: ministry's is, a line under it a unit of its own. Compared casefolded with the whole line.
AGENCY_NAMES: Final[frozenset[str]] = frozenset(
    {
        "rijkswaterstaat",
        "belastingdienst",
        "dienst toeslagen",
        "douane",
        "dienst uitvoering onderwijs",
        "duo",
        "rijksdienst voor ondernemend nederland",
        "rvo",
        "nederlandse voedsel- en warenautoriteit",
        "nvwa",
        "immigratie- en naturalisatiedienst",
        "ind",
        "centraal orgaan opvang asielzoekers",
        "dienst justitiële inrichtingen",
        "centraal justitieel incassobureau",
        "rijksvastgoedbedrijf",
        "rijksvoorlichtingsdienst",
        "staatstoezicht op de mijnen",
        "inspectie leefomgeving en transport",
    }
)


#: The independent bodies of the state (supervisors, planning offices, councils), whose nota's
#: to their board or a minister carry their name as a ministry's carry its own ("Kiesraad" /
#: "Secretariaat"): a whole name as an agency's is. Compared casefolded with the whole line.
INDEPENDENT_BODIES: Final[frozenset[str]] = frozenset(
    {
        "kiesraad",
        "autoriteit persoonsgegevens",
        "college bescherming persoonsgegevens",
        "autoriteit consument en markt",
        "autoriteit financiële markten",
        "nederlandse zorgautoriteit",
        "college voor de rechten van de mens",
        "raad voor de rechtspraak",
        "onderwijsraad",
        "raad voor het openbaar bestuur",
        "adviesraad migratie",
        "centraal planbureau",
        "sociaal en cultureel planbureau",
        "planbureau voor de leefomgeving",
        "wetenschappelijke raad voor het regeringsbeleid",
    }
)


def names_agency(text: str) -> bool:
    """Whether a line is an agency's, a High College's or an independent body's name alone
    (``AGENCY_NAMES``, ``HIGH_COLLEGES``, ``INDEPENDENT_BODIES``)."""
    name = text.strip().casefold()
    return name in AGENCY_NAMES or name in HIGH_COLLEGES or name in INDEPENDENT_BODIES


#: The first letters of a whole name (:func:`names_whole_ministry`): a cheap test before it.
WHOLE_NAME_INITIALS: Final = frozenset("MmHhPp") | frozenset(
    c for n in HIGH_COLLEGES | AGENCY_NAMES | INDEPENDENT_BODIES for c in (n[0], n[0].upper())
)


def names_whole_ministry(text: str) -> bool:
    """Whether a line is a ministry's whole name ("Ministerie van Defensie"), not its first part
    ("Ministerie van Economische Zaken" before "en Klimaat" is whole; the line under it decides),
    or an agency's, a High College's or an independent body's (:func:`names_agency`)."""
    m = MINISTRY_LINE.match(text)
    if m is None:
        return names_agency(text)
    return m[1].strip().casefold() in MINISTRY_NAMES


#: The offices of a minister and a state secretary, as their whole title opens.
MINISTERS_OFFICES: Final = ("minister", "staatssecretaris")
#: Their first letters, capitalised: a cheap test before :func:`names_ministers_office` where the
#: title stands capitalised on a line of its own.
MINISTERS_OFFICE_INITIALS: Final = frozenset(w[0].upper() for w in MINISTERS_OFFICES)


def names_ministers_office(text: str) -> bool:
    """Whether a line is a minister's or a state secretary's whole title, the ministry named whole
    ("Minister van Sociale Zaken en Werkgelegenheid", "Staatssecretaris van Financiën"), not
    its first part ("Minister van Onderwijs, Cultuur en")."""
    words = text.split(" ", 2)
    return (
        len(words) == 3
        and words[0].casefold() in MINISTERS_OFFICES
        and words[1] in ("van", "voor")
        and words[2].casefold() in MINISTRY_NAMES
    )


#: An office holder's title whole as the head addresses it, an article before it or not: the
#: office alone ("de Minister", "Minister-president"), or of a ministry named whole or by its
#: abbreviation in capitals ("Minister van LNV", "de Minister van EL&I", "de Staatssecretaris van
#: Veiligheid en Justitie"; the names are checked against :data:`MINISTRY_NAMES`).
ADDRESSED_OFFICE: Final = re.compile(
    r"(?i:de\s+)?(?i:minister-president|(?:minister|staatssecretaris)(?:\s+(?:van|voor)\s+(.+))?)"
)
#: A ministry's abbreviation in capitals ("LNV", "EL&I", "VenW", "BZK").
_MINISTRY_ABBREVIATION: Final = re.compile(r"[A-Z][A-Za-z&]{1,5}")
#: The ministries' short names (of :data:`MINISTRY_NAMES`, the Wob era's too), as a list of
#: units names another ministry among its own units ("Afgestemd met" / "DCHR" / "JenV"): the
#: mixed-case ones ("JenV", "IenW") are no :data:`UNIT_CODE`; all of them have
#: :data:`_MINISTRY_ABBREVIATION`'s form.
MINISTRY_SHORT_NAMES: Final[frozenset[str]] = frozenset(
    {
        "AZ",
        "BZ",
        "BZK",
        "DEF",
        "EZ",
        "EZK",
        "FIN",
        "IenW",
        "JenV",
        "KGG",
        "LNV",
        "LVVN",
        "OCW",
        "SZW",
        "VRO",
        "VWS",
        "AenM",
        # (the Wob era's: Infrastructuur en Milieu, Veiligheid en Justitie, Verkeer en
        # Waterstaat, EL&I, VROM, Buitenlandse Handel en Ontwikkelingssamenwerking)
        "IenM",
        "VenJ",
        "VenW",
        "EL&I",
        "VROM",
        "BHOS",
    }
)


def unit_code(word: str) -> bool:
    """Whether a word is a unit's code whole (:data:`UNIT_CODE`) or a ministry's short name
    (:data:`MINISTRY_SHORT_NAMES`: "JenV", "IenW"), as a list of units gives either."""
    return UNIT_CODE.fullmatch(word) is not None or word in MINISTRY_SHORT_NAMES


def addresses_office(text: str) -> bool:
    """Whether a line is an office holder's title whole (:data:`ADDRESSED_OFFICE`)."""
    m = ADDRESSED_OFFICE.fullmatch(text)
    if m is None:
        return False
    ministry = m[1]
    return (
        ministry is None
        or ministry.casefold() in MINISTRY_NAMES
        or (
            _MINISTRY_ABBREVIATION.fullmatch(ministry) is not None and sum(c.isupper() for c in ministry) >= 2
        )
    )


#: The unit words that start a colofon's letterhead block ("Directoraat-Generaal" / "Water en
#: Bodem", "Directie Openbaar Vervoer"): in the middle of an Aan/Van row, the colofon spliced
#: beside the row.
UNIT_WORDS: Final[frozenset[str]] = frozenset({"directoraat-generaal", "directie"})
#: Words that open the title of a unit's head ("directeur Directie Financiën", "Hoofd Directie
#: ...", "plv. directeur"): a unit word after them is part of the addressee.
UNIT_HEAD_WORDS: Final[tuple[str, ...]] = ("directeur", "hoofd", "plv")
#: More words that open a unit's, an office's or a post's name, never a given name (whole, any
#: case, inflected or not: "Plaatsvervangende", "Commissies"; not a name that opens with the
#: same letters, "Raadhika"): a Van value "Unit Juridische" / "Zaken", "Project
#: Financieel-Economische" / "Zaken", "Projectleider Digitale" / "Overheid" or "Plaatsvervangend
#: Directeur Europese" / "Zaken" is no person's name ending in an adjective-shaped surname, and
#: goes on.
NO_GIVEN_NAME_WORDS: Final[tuple[str, ...]] = (
    "unit",
    "eenheid",
    "project",
    "projectteam",
    "projectleider",
    "programmaleider",
    "teamleider",
    "werkgroep",
    "stuurgroep",
    "projectdirectie",
    "programmadirectie",
    "coördinator",
    "coordinator",
    "plaatsvervangend",
    "waarnemend",
    "ambassade",
    "consulaat",
    "taskforce",
    "raad",
    "commissie",
    "college",
    "secretaris",
    "griffie",
)
#: The words of :data:`NO_GIVEN_NAME_WORDS` that are a person's post: its holder's name, given
#: names and all, may follow ("Projectleider Sandra Vriese", :func:`names_post_holder`), where
#: after a unit's word it is the unit's name ("Werkgroep Digitale Overheid").
PERSON_POSTS: Final[frozenset[str]] = frozenset(
    {"projectleider", "programmaleider", "teamleider", "coördinator", "coordinator", "secretaris"}
)
#: Words that open a drafter's post ("Beleidsadviseur", "Senior beleidsmedewerker", "Coördinerend
#: beleidsmedewerker"): capitalised at the end of a row of running text, under a drafter's label
#: spliced into the body, such a word opens the label's value glued on by an extractor that reads
#: the page row by row (the rest of the post and its unit's code on a row below). The posts of
#: :data:`PERSON_POSTS` ("Projectleider", "Teamleider") are such words too.
DRAFTER_POST_WORDS: Final[frozenset[str]] = (
    frozenset(
        {
            "beleidsmedewerker",
            "beleidsadviseur",
            "beleidsondersteuner",
            "senior",
            "coördinerend",
            "coordinerend",
            "adviseur",
            "medewerker",
            "projectmedewerker",
            "programmamanager",
            "jurist",
            "juridisch",
            "strategisch",
        }
    )
    | PERSON_POSTS
)
#: The articles a post's word takes in running text ("met de Projectleider", "een Adviseur"): a
#: post is a "de"-word, so one of these before a capitalised post word ending a body row makes it
#: the sentence's noun, where "het" does not ("... geweest en het" / "voorstel is ...").
POST_ARTICLES: Final[frozenset[str]] = frozenset({"de", "een"})
#: The words of :data:`NO_GIVEN_NAME_WORDS` and their inflected forms.
_NO_GIVEN_NAME_FORMS: Final[frozenset[str]] = frozenset(
    word + ending for word in NO_GIVEN_NAME_WORDS for ending in ("", "e", "en", "s", "es")
)
#: The label "Bijlage" (one attachment), which without its colon also heads an appended
#: document ("Bijlage I").
ATTACHMENT_LABEL: Final = "bijlage"


def names_organisation(text: str) -> bool:
    """Whether a line names a ministry, directorate or unit ("Ministerie van ...", "Directie ...")."""
    return bool(LETTERHEAD_WORDS.match(text)) or MINISTRY_WORD in text.casefold()


#: A post box in its address form: its number after it ("Postbus 20350"), or the word alone on
#: its line or after an address's heading ("Postbus" / "20350", "Postadres Postbus": the number
#: wrapped under it). The word in a title ("Sluiting postbus Heerlen", "Nieuwe huisvesting
#: Postbus 16375-locatie", "Sluiting van de Digitale Postbus", "... antwoordpostbus") has no such
#: form, nor has a number that lower-case words go on from ("Postbus 51 en de campagne": an
#: address goes on with a postcode, a town or "te"). The other post-box patterns are built on
#: it: :data:`POST_BOX_AT_END`, :data:`ADDRESS`, :data:`WEB_OR_MAIL`.
_POST_BOX_AND_NUMBER: Final = r"postbus\s*\d+(?![\w-])"
_POST_BOX_NUMBERED: Final = rf"{_POST_BOX_AND_NUMBER}(?!\s+(?-i:(?!te\b)[a-z]{{2,}}))"
_POST_BOX: Final = rf"(?:{_POST_BOX_NUMBERED}|(?:^|(?<=adres):?\s+)postbus\s*$)"
#: The post box's word opening a line: without :data:`_POST_BOX`'s form after it ("Postbus
#: 51-campagne", "Postbus 51-spotjes") a noun, no address.
POST_BOX_WORD: Final = re.compile(r"(?i)^postbus\b")
#: A post box and its number opening a row, whatever follows ("Postbus 51 in de regio", "Postbus
#: 20011 2500 EA ..."): :data:`_POST_BOX`'s number without its test of the words after it.
POST_BOX_OPENING: Final = re.compile(rf"(?i)^{_POST_BOX_AND_NUMBER}")
#: A web or mail address or a post box: a line holding one is letterhead (or a contact's value),
#: never the title.
WEB_OR_MAIL: Final = re.compile(rf"(?i)www\.|@|\b{_POST_BOX}")
#: A street and its house number, a range of numbers too ("Lange Vijverberg 4-5").
STREET: Final = re.compile(r"^[A-Z][\w.\- ]{2,30}\s\d{1,4}(?:-\d{1,4})?[a-zA-Z]?$")
#: A city's name alone on a line, as under its street in an address: one to three capitalised
#: words, no digit ("Den Haag", "Utrecht", "'s-Hertogenbosch").
CITY_LINE: Final = re.compile(r"^(?:'s-)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")
#: A letter's return address, printed above the addressee for a window envelope ("> Retouradres
#: Postbus 20011 2500 EH Den Haag"); an OCR engine may read a speck over one of its vowels as an
#: accent on it ("Reto\u00f9radres").
RETURN_ADDRESS: Final = re.compile(
    r"(?i)^\W{0,2}r[e\u00e8-\u00eb]t[o\u00f2-\u00f6][u\u00f9-\u00fc]r[a\u00e0-\u00e4]dr[e\u00e8-\u00eb]s\b"
)
#: The endings of a street's name that say its kind ("Rijnstraat", "Turfmarkt", "Bezuidenhoutseweg").
_STREET_KINDS: Final = "laan|straat|weg|plein|kade|gracht|singel|dreef|markt|dijk|steeg|hof"
#: A street named by its kind and a house number ("Heuven Goedhartlaan 1", "Alphenstraat 12a"):
#: after "Van" the colofon's address line ("Van Heuven Goedhartlaan 1"), not the Van label and
#: its value.
STREET_WITH_NUMBER: Final = re.compile(
    rf"^(?:\S+\s+){{0,3}}\S*(?:{_STREET_KINDS})\s+\d{{1,4}}(?:\s?[a-zA-Z])?$"
)
#: A street and its house number ending a row after other words ("Aan de Minister van OCW
#: Rijnstraat 50", "Van DGRB Korte Voorhout 7"): group 1 the street. Its name is one word of a
#: street's kind ("Rijnstraat", "Turfmarkt") or, without one, two capitalised words ("Korte
#: Voorhout"); the shortest of these that ends the row.
STREET_AT_END: Final = re.compile(
    rf"^.*\s((?:[A-Z]\w*(?:{_STREET_KINDS})|[A-Z][a-z]+\s[A-Z][a-z]+)\s\d{{1,4}}[a-zA-Z]?)$"
)
#: The kinds of street a post abroad prints in its address, in the land's language and
#: capitalised there ("Linnean Avenue", "Albert Street", "Avenue de Cortenbergh", "Rue de la Loi");
#: a Dutch word such as "via" is no kind, and a lower-case English word no address's.
_FOREIGN_STREET_KINDS: Final = (
    "Avenue|Street|Road|Boulevard|Drive|Lane|Place|Square|Rue|Chauss\u00e9e|Stra\u00dfe|Strasse|Calle"
)
#: The small words between a street abroad's kind and its name ("Avenue de Cortenbergh", "Rue de
#: la Loi").
_FOREIGN_STREET_PARTICLES: Final = "de|des|du|la|le|del|der|l'"
#: A street abroad, its house number first ("4200 Linnean Avenue NW", "666 Third Avenue, 19th
#: floor", "350 Albert Street, Suite 2020", "4-10 Avenue de Cortenbergh"): a number of one to five
#: digits, then capitalised words of which one names the street's kind; after the kind at most a
#: name (after its small words) and a short code or number, then only after a comma the rest. A
#: row opening with a number and no such word ("11 Luchtmobiele Brigade"), or going on after the
#: kind in words of a sentence or a title ("2030 Road Map voor de", "2 Road Map Digitale
#: Overheid"), is no street.
FOREIGN_STREET: Final = re.compile(
    rf"^\d{{1,5}}[a-zA-Z]?(?:-\d{{1,5}})?\s+(?:[A-Z0-9][\w.'-]*\s+){{0,4}}(?:{_FOREIGN_STREET_KINDS})\b"
    rf"(?:\s+(?:(?:{_FOREIGN_STREET_PARTICLES})\s*)*[A-Z][\w'-]*)?(?:\s+[A-Z0-9]{{1,3}}\d*)?(?:\s*,.*)?$"
)
#: A town abroad under its street, with a state's or province's code and a postal code ("Washington
#: DC 20008", "New York, NY 10017", "Ottawa ON K1R 1A4").
FOREIGN_TOWN: Final = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{2} (?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] \d[A-Z]\d)$"
)
#: A town's name after its postcode: one to three capitalised words ("Den Haag", "'s-Gravenhage").
_TOWN: Final = r"(?:'s-)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
#: A Belgian postcode and its town, the whole row: four digits without letters ("1000 Brussel",
#: "B-1040 Brussel"). Four digits alone that read as a year, 19xx or 20xx, before a town ("2024
#: Brussel") are a postcode only with the land's "B-" before them: a year and a town are as
#: likely a sentence's words wrapped onto their row.
_BELGIAN_POSTCODE_TOWN: Final = rf"^(?:B-\d{{4}}|(?!19|20)[1-9]\d{{3}})\s+{_TOWN}$"
#: An address's form on a line: a postcode ("2500 EJ"; a Belgian one with its town, the whole
#: row), a post box (:data:`_POST_BOX`), a web or mail address, a phone number.
ADDRESS: Final = re.compile(
    rf"(?i)((?-i:\b\d{{4}}\s?[A-Z]{{2}}\b)|(?-i:{_BELGIAN_POSTCODE_TOWN})|{_POST_BOX}|www\.|@|(?-i:\bT\s?\+?\d))"
)
#: A post box and its number ending a row ("... aanvullende maatregelen 2025 Postbus 20301"),
#: group 1 the post box; alone on a row it is the whole row.
POST_BOX_AT_END: Final = re.compile(rf"(?i)(?:^|\s)({_POST_BOX_NUMBERED})$")
#: A postcode and its town, the whole row: a Dutch one ("2500 EH Den Haag", "2511DP
#: 's-Gravenhage") or a Belgian one (:data:`_BELGIAN_POSTCODE_TOWN`: "1000 Brussel").
POSTCODE_TOWN: Final = re.compile(rf"^\d{{4}}\s?[A-Z]{{2}}\s+{_TOWN}$|{_BELGIAN_POSTCODE_TOWN}")
#: The word that heads an address block in a colofon, with a colon or not, alone on its line over
#: the street or the post box or before it ("Bezoekadres" / "Bezuidenhoutseweg 73" / "2594 AC Den
#: Haag", "Bezoekadres: Bezuidenhoutseweg 73"): the address's first line, no label. Group 1 is
#: the word, group 2 what follows it on its line.
ADDRESS_HEAD: Final = re.compile(
    r"(?i)^((?:bezoek|post|retour|aflever|correspondentie)adres):?(?:\s+(\S.*))?$"
)

#: Bullet glyphs as extractors render them; also the arrows, diamonds, circles and ticks of a word
#: processor's bullet gallery (Wingdings/OpenSymbol glyphs given as their Unicode: "\u27a2", "\u2713";
#: the white circle "\u25cb" and white bullet "\u25e6" of a second list level; Wingdings' own
#: private-use code points: "\uf0a7" square, "\uf076" diamond, "\uf0d8" arrow, "\uf0fc" tick,
#: "\uf06e" black square). The one list of bullet glyphs: the text and position readers derive
#: theirs from it.
BULLETS: Final[str] = (
    "\uf0b7\u2022\u25cf\u25aa\u25a0\u2013\u2014\u00a9\u00b7\u2023\u2043\uf0a7\uf076\uf0d8\uf0fc\uf06e"
    "\u27a2\u27a4\u25ba\u25c6\u2756\u2713\u2714\u25cb\u25e6-*o"
)
#: Bullet glyphs that, alone on a line, are a list mark only before their item's text (a dash
#: alone is also an empty value or a table's nil, an "o" alone a letter).
LONE_LIST_MARKS: Final[str] = "-\u2013\u2014o"
#: A bullet glyph as an OCR engine reads it ("« De regeling ...", "e de brief ...", "* het ...",
#: "= de gemeente ...": a blurred dot read as two strokes; a square bullet of a symbol font as
#: "ú" or "@", also both, "ú@"), alone before its item's text; and those of them that are no
#: letter or footnote mark, also glued to the text ("«In 2021 ...", "«_De ...").
OCR_BULLETS: Final[str] = "«»*+°¢®e=ú@"
OCR_BULLETS_GLUED: Final[str] = "«»+°¢®"
#: A bullet glyph or dash an OCR engine read as printed, the tab after it read as underscores
#: glued to it ("*_de financiering ...", "-_de rol ...", "•__Het advies ..."): no word starts with
#: a mark and an underscore, so such a mark before a word is a list item's whatever the mark.
OCR_TAB_BULLETS: Final[str] = "\u2022\u25cf\u25aa\u25a0\u2013\u2014\u00b7-"
#: A list item in extracted OCR text (a sidecar, or text extracted from an OCR'd PDF), where no
#: position tells the tab after the mark: a misread bullet (OCR_BULLETS) alone before a word,
#: perhaps with specks of the tab read as underscores ("e De brief ...", "e _ De financiering
#: ...", "* _de keuring ..."), or one that is no letter glued to the word ("«ProRail ...",
#: "« __De overlast ..."), or any of them or a bullet read as printed (OCR_TAB_BULLETS) with its
#: tab read as underscores glued to it ("*_de keuring", "-_de rol"); the item's text is group 1.
#: A letter, a quote or a bracket follows the mark: no sentence starts with a lone "e", "«" or "="
#: before a word.
OCR_BULLET_LINE: Final = re.compile(
    rf"^(?:[{re.escape(OCR_BULLETS)}]\s+_*\s*|[{re.escape(OCR_BULLETS_GLUED)}]_*\s*"
    rf"|[{re.escape(OCR_BULLETS + OCR_TAB_BULLETS)}] ?_+\s*)(?=[^\W\d_]|[\"'\u2018\u201c(])(.*)$"
)
#: Double quotes as an OCR engine reads them: opening ones, and any that may close a quotation
#: (a closing quote is often read as a straight one or as an opening one).
OCR_OPEN_QUOTES: Final[str] = '\u201c\u201e"'
OCR_CLOSE_QUOTES: Final[str] = '\u201d\u201c"'
#: A black redaction box as an OCR engine reads it: a run of capital E and N (the box's mass),
#: with brackets or bars for its edges ("EEEN", "[ENEN", "(EE)"), two letters or more; the
#: Dutch words written with those letters (OCR_BOX_WORDS) are words, and a code with any other
#: letter ("EZ", "FEZ") is none of this.
OCR_BOX: Final = re.compile(r"^[(\[|]*(?=[EN\[\]|]*E)(?:[\[\]|]*[EN]){2,}[\[\]|]*[)\]|]*$")
OCR_BOX_WORDS: Final[frozenset[str]] = frozenset({"EN", "EEN", "NEE", "NEEN"})


#: Three capitals spelled as an acronym is, a consonant of a box's letters on both sides of one
#: vowel, without a box's edges ("NEN", "BAB"): a word's shape; a box's mass reads as a run of E or A
#: ("EEEN", "EE", "AAE") or with its edges ("(EE)").
OCR_BOX_ACRONYM: Final = re.compile(r"^([BHMNR])[AE]\1$")


def ocr_box(text: str) -> bool:
    """Whether a text is only black boxes as an OCR engine reads them (:data:`OCR_BOX`)."""
    words = text.split()
    return bool(words) and all(
        (OCR_BOX.match(w) and w.strip("()[]|") not in OCR_BOX_WORDS and not OCR_BOX_ACRONYM.match(w))
        or ocr_box_wide(w)
        for w in words
    )


#: A black redaction box as an OCR engine reads it right before the ground code printed beside
#: it: capitals with vertical strokes (the box's mass: E, N, M, I, H, B, R) and brackets or bars
#: for its edges, two or more ("IEMNEN", "INEEN", "MINI", "[IRM"); a wider set than
#: :data:`OCR_BOX`, taken only where a ground code follows (:func:`ocr_box_before_ground`).
OCR_BOX_BESIDE: Final = re.compile(r"^[(\[|]*(?:[\[\]|]*[EINMHBR]){2,}[\[\]|]*[)\]|]*$")


#: A black or grey redaction box as an OCR engine reads it, a wider set than :data:`OCR_BOX`:
#: capitals of the box's mass and edges (E, A, R, H, M, N, B), brackets or bars for its edges,
#: three letters or more of which one is repeated ("AAE", "EER", "(EEA)"): no vowel pattern of a
#: word, and no acronym (EU, NAVO, EZK, DGA, AIVD hold other letters or none twice). Taken as
#: the whole value of a label, or right after the ground code printed in the box.
OCR_BOX_WIDE: Final = re.compile(r"^[(\[|]*(?:[\[\]|]*[EARHMNB]){3,}[\[\]|]*[)\]|]*$")
#: Capital Dutch words written with the letters of :data:`OCR_BOX_WIDE`, one repeated: words.
OCR_BOX_WIDE_WORDS: Final[frozenset[str]] = frozenset(
    {"NEEN", "MEER", "HEER", "HEREN", "HAAR", "NAAM", "BAAN", "MAAN", "RAAM", "BEER", "EENHEDEN"}
)


#: A consonant doubled between two vowels, as Dutch spelling and names write it after a short
#: vowel ("EMMA", "ANNA", "ABBA", "HANNA"): a word's or a name's shape, no box's.
OCR_BOX_WIDE_SPELLED: Final = re.compile(r"[AE]([BHMNR])\1[AE]")


def ocr_box_wide(word: str) -> bool:
    """Whether a word is a redaction box as OCR reads it by :data:`OCR_BOX_WIDE`, not spelled
    as a word, a name or an acronym is (:data:`OCR_BOX_WIDE_SPELLED`, :data:`OCR_BOX_ACRONYM`)."""
    letters = word.strip("()[]|")
    return (
        OCR_BOX_WIDE.match(word) is not None
        and letters not in OCR_BOX_WORDS | OCR_BOX_WIDE_WORDS
        and len({c for c in letters if c.isalpha()}) < sum(c.isalpha() for c in letters)
        and not OCR_BOX_WIDE_SPELLED.search(letters)
        and not OCR_BOX_ACRONYM.match(word)
    )


def _ground_codes(words: Sequence[str]) -> bool:
    """Whether ``words`` are ground codes only, one at least, in brackets or not ("5.1.2e",
    "(10.2.e)"): the rest of a value beside the redaction box as OCR reads it."""
    return bool(words) and all(GROUND_CODE.fullmatch(w.strip("()")) for w in words)


def ocr_box_after_ground(words: list[str]) -> int:
    """How many of a value's last words are redaction boxes as OCR reads them
    (:func:`ocr_box_wide`) right after the ground codes that are all the value's other words
    ("5.1.2e EER": 1), else 0: the code is printed in the box, its rest is read after it."""
    n = 0
    while n < len(words) - 1 and ocr_box_wide(words[-1 - n]):
        n += 1
    rest = words[: len(words) - n]
    if not n or not _ground_codes(rest):
        return 0
    return n


def ocr_box_before_ground(words: list[str]) -> int:
    """How many of a value's first words are redaction boxes as OCR reads them, when the words
    after them are all ground codes ("IEMNEN 5.1.2e": 1; "EEEN [IRM 5.1.2e 5.1.2e": 2), else 0:
    the code is printed beside the box it names, so what stands before it is the box; so are the
    capitals of :data:`OCR_BOX_WORDS` there ("EEN 5.1.2e": no value reads "een" before a code)."""
    n = 0
    while n < len(words) and OCR_BOX_BESIDE.match(words[n]):
        n += 1
    rest = words[n:]
    if not n or not _ground_codes(rest):
        return 0
    return n


#: The edge of a black redaction box as an OCR engine reads it beside the ground code printed
#: by the box: one or two lower-case letters or bars ("el 5.1.2e", "| 5.1.2e", "ml 5.1.2e",
#: "5.1.2e ll"), the box's dark mass lost and its edge's strokes left. Short Dutch words
#: (:data:`OCR_BOX_EDGE_WORDS`) are words.
OCR_BOX_EDGE: Final = re.compile(r"^[a-z|]{1,2}$")
#: Dutch words of one or two lower-case letters a value may hold beside a ground code.
OCR_BOX_EDGE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "u",
        "de",
        "en",
        "in",
        "op",
        "te",
        "om",
        "na",
        "of",
        "al",
        "zo",
        "nu",
        "is",
        "er",
        "ze",
        "we",
        "ik",
        "je",
        "bv",
        "ca",
        "nr",
        "mr",
        "dr",
        "ir",
        "jr",
        "sr",
        "ds",
    }
)


def ocr_box_edges_beside_ground(words: list[str]) -> tuple[int, int]:
    """How many of a value's first and last words are a redaction box's edge as OCR reads it
    (:data:`OCR_BOX_EDGE`: one word at most on each side, at least one in all) when the words
    between are all ground codes ("el 5.1.2e": (1, 0); "| 5.1.2e ll": (1, 1)), else (0, 0):
    the code is printed beside the box it names, its dark mass lost by OCR and its edge left."""

    def edge(word: str) -> bool:
        return OCR_BOX_EDGE.match(word) is not None and word not in OCR_BOX_EDGE_WORDS

    before = int(len(words) > 1 and edge(words[0]))
    after = int(len(words) > 1 + before and edge(words[-1]))
    codes = words[before : len(words) - after]
    if not (before or after) or not _ground_codes(codes):
        return 0, 0
    return before, after


#: A count an OCR engine read as a letter: a 1 as "l", "I", "|" or "L" ("Bijlage(n): L"), or
#: with the flag at its top read as a K's arm before the stroke ("Bijlagen: KL"); the whole value
#: of a count label (a count is a number, never one of these letters). (Two strokes are not
#: taken: "ll" may be an 11 as well as a 1.)
_OCR_ONE_STROKES: Final = frozenset({*OCR_STROKES, "L"} - {"1"})
OCR_ONE_ALONE: Final[frozenset[str]] = _OCR_ONE_STROKES | {"K" + s for s in _OCR_ONE_STROKES}
#: A numbered list's first number an OCR engine read as a letter ("j. het voorraadsysteem ...",
#: "l. ...", "]. ..."): a stroke with its flag or foot read as a j or an i; the list's first item
#: when the next item at its left edge is numbered 2 with the same mark after it.
OCR_ITEM_ONE: Final[frozenset[str]] = frozenset({*_OCR_ONE_STROKES, "i", "j", "J", "]"})
#: A count of none an OCR engine read as the letter o ("Bijlage(n)" / "o"): the whole value of a
#: count label (no count is a letter).
OCR_ZERO_ALONE: Final[frozenset[str]] = frozenset({"o", "O"})
#: A redaction ground code in a box, its right edge read as a letter: "5.1.2el", "10.2e|" (the
#: code with its letter, then "l", "I", "|" or "]"; no ground code goes on with a letter).
OCR_GROUND_BOXED: Final = re.compile(
    rf"^(\(?(?:5\.1\.[12]|10\.[12])\.?[a-i])[{re.escape(OCR_ONE_LETTERS)}\]]([.,;:)]?)$"
)
#: A redaction ground code with one of its dots lost by OCR ("5.12e" for 5.1.2e, "51.1c"), read as
#: the code: built from :data:`VALID_GROUNDS`, only codes that end in their letter and keep a dot
#: (no Woo article is numbered "5.12"; "10.2e" without its dot, "102e", and "5.15" may be other
#: things and stay).
OCR_GROUND_DOT_LOST: Final[dict[str, str]] = {
    lost: ground
    for ground in sorted(VALID_GROUNDS)
    if ground[-1].isalpha()
    for k, c in enumerate(ground)
    if c == "." and "." in (lost := ground[:k] + ground[k + 1 :]) and lost not in VALID_GROUNDS
}
#: A Woo ground code (5.1.1x, 5.1.2x) or Wob ground code (10.1x, 10.2x) whose dots an OCR engine
#: read as dashes, commas or colons ("5-1-2e", "5.1-2e", "10,2e"; at least one such mark, the
#: others dots or marks): no other text has this shape. Groups: an opening bracket, the numbers
#: and the letter, the marks after it.
OCR_GROUND_MARKS: Final = re.compile(
    r"^(\(?)(?:(5)[.,:;\-](1)[.,:;\-]([12])[.,:;\-]?|(10)[.,:;\-]([12])[.,:;\-]?)([a-i])([.,;:)]*)$"
)
#: A Woo ground code with both its dots lost ("512e" for 5.1.2e), read as the code only beside a
#: redaction (in the colofon column, after a box as OCR reads it, or on a line with another
#: code): "512e" in running text may be an ordinal. Groups as :data:`OCR_GROUND_MARKS`.
OCR_GROUND_BARE: Final = re.compile(r"^(\(?)(5)(1)([12])([a-i])([.,;:)]*)$")
#: The ground code 5.1.2i with its letter read as a one ("5.1.21", "51.21", "5.1.2l"; no other
#: ground ends in an i, and OCR reads an i as a 1 as it reads an l), read as the code only beside
#: a redaction, as :data:`OCR_GROUND_BARE`, and with a dot left: "5121" is a number.
OCR_GROUND_I_AS_ONE: Final = re.compile(r"^(\(?)(?=[\d.]*\.)5\.?1\.?2[1l|]([.,;:)]*)$")


#: A Woo or Wob ground code ending in its letter as OCR misreads it beside a redaction: its ones
#: read as strokes ("l", "I", "|", "!"), its dots lost, doubled or read as other marks or a "u"
#: ("5ul2e", "5,l.2e"), its letter e read as an 8 ("5.128"; then a dot must be left, "5128" is a
#: number). The marks left stand where the code's own dots stand or, before a letter, before it
#: ("5,l.2e", "5ul2e", "5.l2.e"; "1.028" and "102.8" are numbers, not 10.2e). Groups: an
#: opening bracket, the numbers and their marks, the letter, the marks after.
OCR_GROUND_LOOSE: Final = re.compile(r"^(\(?)(\d[\dlI|!.,:;\-u]*?)([a-i8])([.,;:)]*)$")
_OCR_GROUND_SEPARATORS: Final = ".,:;-u"


def _dot_places(text: str, marks: str) -> tuple[str, frozenset[int]]:
    """A code's or a reading's numbers and letter without ``marks``, and the places of its marks:
    how many of its characters stand before each ("5.1.2e": "512e", {1, 2})."""
    kept = ""
    places: set[int] = set()
    for ch in text:
        if ch in marks:
            places.add(len(kept))
        else:
            kept += ch
    return kept, frozenset(places)


#: The letter-ended ground codes by their numbers and letter, with the places of their dots
#: ("512e": 5.1.2e, {1, 2}; "102e": 10.2e, {2}).
_GROUND_BY_SKELETON: Final[dict[str, tuple[str, frozenset[int]]]] = {
    skeleton: (g, places)
    for g in VALID_GROUNDS
    if g[-1].isalpha()
    for skeleton, places in [_dot_places(g, ".")]
}


def _ocr_ground_loose(text: str) -> str | None:
    """The ground code a word beside a redaction is by :data:`OCR_GROUND_LOOSE`, else None: its
    numbers (marks between them dropped) and its letter name a code, and its marks stand where
    the code's dots stand."""
    if (m := OCR_GROUND_LOOSE.match(text)) is None:
        return None
    body, letter = m[2].translate(_STROKES_AS_ONE), m[3]
    if letter == "8":
        if "." not in body:
            return None
        letter = "e"
    digits, places = _dot_places(body, _OCR_GROUND_SEPARATORS)
    if not digits.isdigit() or (found := _GROUND_BY_SKELETON.get(digits + letter)) is None:
        return None
    ground, dots = found
    if m[3] != "8":
        dots |= {len(digits)}  # (a dot before the letter, as GROUND_CODE takes it: "10.2.e")
    if not places <= dots:
        return None  # ("1.028", "102.8": a number's dot, not the code's, 10.2e)
    return m[1] + ground + m[4]


_STROKES_AS_ONE: Final = str.maketrans(dict.fromkeys(OCR_STROKES.replace("1", ""), "1"))


def ocr_ground(text: str, *, beside: bool) -> str | None:
    """The ground code a word of an OCR layer is, its marks misread (:data:`OCR_GROUND_MARKS`) or,
    ``beside`` a redaction, its dots lost (:data:`OCR_GROUND_BARE`) or its letter i read as a one
    (:data:`OCR_GROUND_I_AS_ONE`), with the brackets and marks
    around it; None when it is no such misreading (a code printed right is none either)."""
    if (m := OCR_GROUND_MARKS.match(text)) is not None:
        numbers = [g for g in m.groups()[1:6] if g]
        code = ".".join(numbers) + m[7]
        if (
            code in VALID_GROUNDS
            and text != m[1] + code + m[8]
            and not GROUND_CODE.fullmatch(text.strip("()"))
        ):
            return m[1] + code + m[8]
        return None
    if beside and (m := OCR_GROUND_BARE.match(text)) is not None:
        return f"{m[1]}{m[2]}.{m[3]}.{m[4]}{m[5]}{m[6]}"
    if beside and (m := OCR_GROUND_I_AS_ONE.match(text)) is not None:
        return f"{m[1]}5.1.2i{m[2]}"
    if beside and not GROUND_CODE.fullmatch(text.strip("()")):
        return _ocr_ground_loose(text)
    return None


#: The first word of a Woo ground code 5.1.1x / 5.1.2x when OCR lost the thin 1 between its
#: dots and read them as one dot and a space ("5. 2e"), as OCR reads it: "5." or, its dot read
#: as a colon or comma as in :data:`OCR_GROUND_MARKS`, "5:" / "5,".
OCR_GROUND_BEFORE_LOST_ONE: Final = frozenset({"5.", "5:", "5,"})
#: The rest of such a code after that word: the last number and the letter.
OCR_GROUND_AFTER_LOST_ONE: Final = re.compile(r"^([12])([a-i])([.,;:)]*)$")


def ocr_ground_one_lost(rest: str) -> str | None:
    """The ground code that "5." and the word ``rest`` after it are, read beside a redaction with
    the 1 between the code's dots lost ("5." "2e": 5.1.2e), with the marks after it; else None."""
    if (m := OCR_GROUND_AFTER_LOST_ONE.match(rest)) is None or f"5.1.{m[1]}{m[2]}" not in VALID_GROUNDS:
        return None
    return f"5.1.{m[1]}{m[2]}{m[3]}"


#: The chamber after "Kamerstukken" / "Handelingen" as OCR reads its capital I's ("Kamerstukken
#: Il 2021/22"): only "I" (Eerste Kamer) and "II" (Tweede Kamer) are printed there.
CHAMBER_CITES: Final[tuple[str, ...]] = ("Kamerstukken", "Handelingen")
_OCR_I: Final = OCR_STROKES.replace("!", "")  # (an I as "!" is not seen there)
OCR_CHAMBER: Final[dict[str, str]] = {
    **{a + b: "II" for a in _OCR_I for b in _OCR_I if a + b != "II"},
    **dict.fromkeys(_OCR_I.replace("I", ""), "I"),
}
#: A Tweede Kamer zaak number ("2022Z08812") with its Z read as a 2 ("2022208812"): a year, a 2
#: and five digits, read as a zaak number only when parliament is cited on its line or the number
#: stands in brackets (no reference of ten bare digits starts with a year and a 2 there).
OCR_ZAAK: Final = re.compile(r"^(\(?)(20[0-4]\d)2([0-3]\d{4})([.,;:)]*)$")
PARLIAMENT_WORDS: Final = re.compile(r"(?i)kamer|handelingen|vragen|motie|kenmerk|zaak")
#: The colofon's labels of the number the nota answers, the addressee's (a Tweede Kamer zaak
#: number, "Uw kenmerk 2024Z08811"), keys as :func:`key` writes them: in the colofon a value of
#: one of these read as :data:`OCR_ZAAK` is the zaak number (under "Ons kenmerk" ten digits are
#: the ministry's own reference and stay).
THEIR_REFERENCE_LABELS: Final[frozenset[str]] = frozenset(
    {"uwkenmerk", "uwreferentie", "uwbrief", "uwbriefvan"}
)
#: Check boxes of a decision block ("☐ Akkoord" / "☐ Niet akkoord", "[x]" / "[ ]"): its options
#: are a list.
#: The check box glyphs, each written out (so they are a character class's content and a set).
_BOX_GLYPHS: Final = "\u2610\u2611\u2612\u25a1\u274f\uf06f\uf0a8"
_CHECK_BOX: Final = rf"[{_BOX_GLYPHS}]|\[[\sxX]?\]|\(\s?\)"
CHECK_BOX_ALONE: Final = re.compile(rf"^(?:{_CHECK_BOX})$")
#: An empty check box as an OCR engine reads the square's outline ("0", "O", "o", "D", "[]",
#: "Ll", "DJ"; "L]", the square's bottom-left corner and its right side, often with underscores
#: glued before it for the bottom edge: "__L]"): such a word before a decision option
#: (DECISION_OPTION) is the box, as no text puts those words there.
OCR_BOX_READS: Final[frozenset[str]] = frozenset({"0", "O", "o", "D", "[]", "()", "Ll", "LI", "L]", "DJ"})
#: A ticked check box (a square with a cross) as an OCR engine reads it beside a form's options
#: ("Kl Ter besluitvorming", "® Ja"): the cross read as a letter, the square's sides as brackets
#: or bars ("[X", "X]", "|X|"), or a sign ("®", "×"). The letter "X" alone and "[X]" are read as a
#: tick already (:data:`PURPOSE_BOX_OPTION`).
OCR_TICK_READS: Final[frozenset[str]] = frozenset(
    {"Kl", "KI", "K]", "®", "×", "[X", "X]", "[x", "x]", "|X|", "|X", "X|", "IX", "XI", "Xl", "[XI", "IXI"}
)
#: An empty check box beside a form's options as an OCR engine reads it: the reads of
#: :data:`OCR_BOX_READS`, and the square's sides alone or a corner ("[", "]", "[J", "LJ", "ll",
#: "1]").
OCR_EMPTY_BOX_READS: Final[frozenset[str]] = OCR_BOX_READS | frozenset(
    {"[", "]", "[J", "LJ", "L]", "ll", "Il", "lI", "II", "1]", "|", "||", "[ ]"}
)
#: The glyphs of a ticked and of an empty check box.
TICKED_BOX: Final = "\u2612"
EMPTY_BOX: Final = "\u2610"


#: The options of a decision block that a check box stands before ("Akkoord", "Niet akkoord",
#: "Bespreken", "Besproken").
_DECISION_OPTIONS: Final = r"(?:(?:niet\s+)?akkoord|bespr[eo]ken)\b"
DECISION_OPTION: Final = re.compile(rf"(?i)^{_DECISION_OPTIONS}")
#: An empty check box as OCR reads it (OCR_BOX_READS, perhaps with underscores of its bottom
#: edge glued before it) before each decision option of a row of extracted text ("Ll Akkoord Ll
#: Niet akkoord 0 Besproken"): the box, replaced by the glyph (group 1 is what stands before it).
OCR_BOX_BEFORE_OPTION: Final = re.compile(
    rf"(^|\s)_*(?:{'|'.join(map(re.escape, sorted(OCR_BOX_READS)))})\s+(?=(?i:{_DECISION_OPTIONS}))"
)
#: A decision block's options printed on one row, each after its check box ("☐ Akkoord ☐ Niet
#: akkoord ☐ Besproken"): the row splits before each box, every option an item of the list.
BOXED_OPTIONS_SPLIT: Final = re.compile(rf"(?i)\s+(?=[{_BOX_GLYPHS}]\s*{_DECISION_OPTIONS})")
#: A decision block's check boxes and its options each printed together, as a row-by-row
#: extractor may give them ("☐ ☐ ☐ Akkoord Niet akkoord Besproken", or the options' row over
#: the boxes' row): the boxes (group 1) and the options (group 2), or either alone.
BOXES_THEN_OPTIONS: Final = re.compile(rf"(?i)^((?:[{_BOX_GLYPHS}]\s*)+)((?:{_DECISION_OPTIONS}\s*)*)$")
#: A row of a decision block's options alone, their boxes on the row under it ("Akkoord Niet
#: akkoord Besproken" over "☐ ☐ ☐").
OPTIONS_ROW: Final = re.compile(rf"(?i)^(?:{_DECISION_OPTIONS}\s*)+$")
#: A row of a decision's options as printed in its box, each after its check box or set apart
#: by a slash ("☐ Akkoord ☐ Niet akkoord", "Akkoord / niet akkoord").
DECISION_OPTIONS_ROW: Final = re.compile(
    rf"(?i)^(?:(?:{_CHECK_BOX})\s*)?{_DECISION_OPTIONS}(?:\s*(?:/\s*|(?:{_CHECK_BOX})\s*)?{_DECISION_OPTIONS})*$"
)
#: One decision option anywhere in a row (``findall`` lists a row's options in order).
DECISION_OPTION_ANY: Final = re.compile(rf"(?i){_DECISION_OPTIONS}")
#: The check box glyphs (one at a row's start: the cheap test before :data:`BOXED_OPTIONS_SPLIT`).
BOX_GLYPH_CHARS: Final = frozenset(_BOX_GLYPHS)
#: Options printed side by side, each after its check box ("☒ Ja ☐ Nee", "[ ] ja [x] nee"): the
#: box and the option's word, for each option; a value given by ticking one of them.
_BOX_CHARS: Final = _BOX_GLYPHS + "\uf0fe"  # (and Wingdings' ticked box)
BOX_OPTION: Final = re.compile(rf"\s*([{_BOX_CHARS}]|\[[\sxX]?\])\s*([^\s\[{_BOX_CHARS}]+)\s*")
#: The boxes of :data:`BOX_OPTION` that are ticked (the others are empty).
TICKED: Final[frozenset[str]] = frozenset({"\u2611", "\u2612", "\uf0fe", "[x]", "[X]"})
#: Purposes printed side by side, each after its check box, a head form's purpose row ("☒ Ter
#: besluitvorming  ☐ Ter informatie"), or each in a cell after a cell for its mark ("X  Ter
#: besluitvorming      Ter informatie": an empty cell reads as nothing): the box or mark, and the
#: purpose word after "ter", for each option.
PURPOSE_BOX_OPTION: Final = re.compile(
    rf"(?i)\s*(?:([{_BOX_CHARS}]|\[[\sxX]?\]|x(?=\s))\s*)?ter\s+([^\W\d_]+)\s*"
)
#: The first characters of a row :func:`ticked_purpose` may read.
PURPOSE_BOX_FIRST: Final = frozenset(_BOX_CHARS) | frozenset("[xXtT")


def ticked_purpose(text: str) -> str | None:
    """The purpose of a row of two or more boxed purposes (:data:`PURPOSE_BOX_OPTION`, each word
    one of :data:`PURPOSES`) with one box ticked or marked "X", in lower case; None for any other
    text."""
    options: list[tuple[str, str]] = []
    end = 0
    while m := PURPOSE_BOX_OPTION.match(text, end):
        options.append((m[1] or "", m[2].casefold()))
        end = m.end()
    if end != len(text) or len(options) < 2 or any(word not in PURPOSES for _, word in options):
        return None
    ticked = [word for box, word in options if box in TICKED or box in ("x", "X")]
    return ticked[0] if len(ticked) == 1 else None


#: A line to be filled in by hand after a label ("Datum: ________", "Paraaf: ....."), or the
#: next labels of such a form row, each with a colon and its space to fill in ("Paraaf:  Datum:
#: Opmerkingen:", a decision block's row): no value.
_FILL_IN: Final = re.compile(
    r"^(?:[\s_.\u2026]*[_.\u2026]{3}[\s_.\u2026]*|(?:\s*[^\W\d_][\w-]*:[\s_.\u2026]*)+)$"
)
#: The next labels of a form row after a form's label ("Paraaf:  Besproken met:"): labels of one
#: to three words, each with a colon and its space to fill in.
_FORM_LABELS_TO_FILL_IN: Final = re.compile(r"^(?:\s*[^\W\d_][\w-]*(?: [\w-]+){0,2}:[\s_.\u2026]*)+$")


def fill_in(label: str, rest: str) -> bool:
    """Whether ``rest``, after ``label`` and its colon, is left to be filled in by hand: a line
    (:data:`_FILL_IN`), or, after a paraph or decision table's column word ("Paraaf", "Datum"),
    the form row's next labels of up to three words ("Paraaf: Besproken met:")."""
    return _FILL_IN.match(rest) is not None or (
        key(label) in PARAPH_COLUMN_WORDS and _FORM_LABELS_TO_FILL_IN.match(rest) is not None
    )


#: The bullet glyphs that are no character of a word (dashes, "*" and "o" need a space after them).
_GLYPH_BULLETS: Final = "".join(c for c in BULLETS if c not in "-\u2013\u2014*o")
#: A bullet line: the mark, then the item's text. A section sign before a word is a mark too:
#: Word writes its Wingdings square bullet so when it saves a nota as text ("\u00a7<tab>De
#: levering ..."); before a number it cites a section of a law ("\u00a7 3 van de wet"), text.
BULLET_LINE: Final = re.compile(
    rf"^(?:\(cid:\d+\)|[{_GLYPH_BULLETS}]"
    rf"|(?:{_CHECK_BOX})(?=\s)"
    r"|[-\u2013\u2014*](?=\s)|o(?=\s)|\u00a7(?=\s+[^\W\d_]))\s*(.*)$"
)

#: Words of scale after an amount in a table's cell ("€ 85 miljoen", "€ 2,0 mln", "3 mld").
AMOUNT_UNITS: Final[tuple[str, ...]] = ("miljoen", "miljard", "mln.", "mln", "mld.", "mld", "mrd.", "mrd")
#: How the items of a list that is one sentence end, all but the last: a semicolon, perhaps with
#: the conjunction that joins the last item ("...;", "...; en", "...; of"; "; and" in English text).
LIST_CLAUSE_ENDS: Final[tuple[str, ...]] = (";", "; en", "; of", "; and")

ORDERED_ITEM: Final = re.compile(r"^(\d{1,2})[.)](?!\d)\s*(\S.*)$")
#: A list item whose number lost its full stop or bracket ("1 Stemt u in met de brief?", a
#: word processor's numbering exported without its dot): the number, then a word.
BARE_NUMBER_ITEM: Final = re.compile(r"^([1-9]\d?)\s+([^\W\d_][\w'\u2019-]*)(.*)$")
#: Words that say what a number at a line's start counts ("2 miljoen euro ...", "30 januari
#: ...", "5 procent ..."): the number is an amount, a date's day or a share, no list item's mark.
NUMBER_UNITS: Final[frozenset[str]] = frozenset(
    {
        *(unit.rstrip(".") for unit in AMOUNT_UNITS),
        *MONTHS,
        *("procent", "procentpunt", "procentpunten", "euro", "keer", "maal", "jaar", "jaren"),
        *("maand", "maanden", "week", "weken", "dag", "dagen", "uur", "minuten", "kwartaal"),
        *("personen", "mensen", "fte", "km", "kilometer", "meter", "ton", "stuks", "van", "op"),
    }
)
#: The word an entry of an attachment list opens with (a cheap test before the pattern below).
ATTACHMENT_WORD: Final = "Bijlage"
#: An entry of an attachment list set without a table: "Bijlage", its number and the
#: attachment's name ("Bijlage 3  Jaarverslag SHF 2024"; a colon, full stop or dash after the
#: number: "Bijlage 1 - Conceptbrief").
ATTACHMENT_ENTRY: Final = re.compile(r"^Bijlage\s+(\d{1,2})(?:[.:]|\s+[-\u2013])?\s+(\S.*)$")
#: Where a second column's entry starts inside a row read across two columns of such entries
#: ("Bijlage 1 Noodoproep OCHA Bijlage 4 Risicoanalyse").
ATTACHMENT_ENTRY_INSIDE: Final = re.compile(r"\sBijlage\s+(\d{1,2})(?:[.:]|\s+[-\u2013])?\s+(?=\S)")


#: Words that open a question heading ("Wat vragen wij u?", "Waarom is dit nodig?").
QUESTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "wat",
        "waarom",
        "wie",
        "hoe",
        "welke",
        "welk",
        "wanneer",
        "waar",
        "waarover",
        "waarvoor",
        "waarmee",
        "hoeveel",
    }
)


def is_kind_line(text: str) -> bool:
    """A document-kind line: a kind word alone ("Beslisnota") or with the purpose beside it
    ("Nota (ter beslissing)", "Nota ter beslissing"; in lower case only a purpose of the vocabulary)."""
    if key(text) in KINDS:
        return True
    m = KIND_WITH_PURPOSE.match(text)
    if m is None or key(m[1]) not in KINDS:
        return False
    word = m[2].strip("() ").split()[-1]
    return m[2][0] != "t" or word.casefold() in PURPOSES


#: Headings numbered with a capital letter or a roman numeral: "A. Aanleiding", "IV. Toelichting".
LETTERED_HEADING: Final = re.compile(r"^([A-H]|I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+(\S.*)$")
#: A heading naming the point of a list or motion it answers, its mark kept in the heading text
#: ("Ad 1. Motie-Van Dijk over ...", "Ad 2: Schulden"): Latin "ad", as nota's write it.
AD_WORD: Final = "Ad "
AD_HEADING: Final = re.compile(r"^Ad \d{1,2}[.:]? +[A-Z\u00c0-\u00de]")
#: A heading's number on its own, as outline numbering prints it before the heading ("2.1", "A.", "IV.").
HEADING_MARK: Final = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)$")
#: Numbered headings: "4.1. Politieke context", "1 Aanleiding", "11. Fraudetoets".
NUMBERED_HEADING: Final = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$")
#: Headings numbered with a closing bracket: "1) Aanleiding" (the number is "1").
PAREN_NUMBERED_HEADING: Final = re.compile(r"^(\d{1,2})\)\s+(\S.*)$")
#: The words that name one of the options a nota lays before its reader, each under a heading of
#: its own ("Optie A: bijdrage per behandeling", "Variant 2 - afbouw in vijf jaar", "Scenario
#: B: ..."): the word, the option's letter or number and a colon, stop or dash, then its name.
OPTION_WORDS: Final[frozenset[str]] = frozenset(
    {"optie", "variant", "scenario", "beleidsoptie", "alternatief"}
)
_OPTION_ALTERNATIVES: Final = "|".join(sorted(w.capitalize() for w in OPTION_WORDS))
OPTION_HEADING: Final = re.compile(
    rf"^({_OPTION_ALTERNATIVES})\s+([A-Z]|\d{{1,2}}|[IVX]{{1,4}})\s*[:.\u2013-]\s+\S"
)


def heading_number(text: str) -> tuple[str | None, str]:
    """A heading line's number and its words: ("4.1", "Politieke context") for "4.1. Politieke
    context", ("1", "Aanleiding") for "1) Aanleiding"; (None, text) for an unnumbered line."""
    m = NUMBERED_HEADING.match(text) or PAREN_NUMBERED_HEADING.match(text)
    return (m[1], m[2]) if m else (None, text)


def is_marked_known_heading(text: str) -> bool:
    """A heading of the vocabulary, bare or after its number or mark ("2. Kern", "1) Aanleiding",
    "B. Beslispunten", "II. Toelichting")."""
    if is_known_heading(text):
        return True
    m = NUMBERED_HEADING.match(text) or PAREN_NUMBERED_HEADING.match(text) or LETTERED_HEADING.match(text)
    return m is not None and is_known_heading(m[2])


#: Attachment table header words.
TABLE_NUMBER_WORDS: Final[frozenset[str]] = frozenset({"volgnummer", "bijlagenummer", "nr", "nr.", "nummer"})
TABLE_NAME_WORDS: Final[frozenset[str]] = frozenset({"naam", "titel", "omschrijving"})
#: (the third column may give each attachment's own reference: "Nr.  Titel  Kenmerk", or whether it
#: is made public under the Woo: "Nr.  Titel  Openbaar" with "Ja" / "Nee, 5.2 Woo" in its cells, or
#: whether it is confidential: "Nr.  Omschrijving  Vertrouwelijk" with "Ja" / "Nee")
#: An attachment table's information column of references ("Nr.  Titel  Kenmerk"): a row's last
#: token of reference form is that cell, where a row-by-row extractor wrote it after the title.
TABLE_REFERENCE_WORDS: Final[frozenset[str]] = frozenset({"kenmerk"})
TABLE_INFO_WORDS: Final[frozenset[str]] = frozenset(
    {
        "informatie",
        "toelichting",
        "opmerking",
        "kenmerk",
        "openbaar",
        "openbaarheid",
        "openbaarmaking",
        "vertrouwelijk",
        # a column that asks, its head a question ("Nr.  Naam  Openbaar?", "Vertrouwelijk?")
        "openbaar?",
        "vertrouwelijk?",
    }
)


def _alternatives(words: frozenset[str]) -> str:
    """A regular expression's alternatives for ``words``, longest first."""
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


#: A fourth column's head after the information column: the Woo ground an attachment is
#: withheld (in part) on ("Nr.  Titel  Openbaar  Woo-grond", with "Deels" / "5.1.2e" in its
#: cells); its cells join the information cell.
TABLE_GROUND_WORDS: Final[frozenset[str]] = frozenset(
    {
        "woo-grond",
        "woogrond",
        "wob-grond",
        "grond",
        "gronden",
        "weigeringsgrond",
        "weigeringsgronden",
        "uitzonderingsgrond",
    }
)
TABLE_HEADER: Final = re.compile(
    rf"(?i)^({_alternatives(TABLE_NUMBER_WORDS)})(\s+({_alternatives(TABLE_NAME_WORDS)}))?"
    rf"(\s+({_alternatives(TABLE_INFO_WORDS)})(\s+({_alternatives(TABLE_GROUND_WORDS)}))?)?$"
)


def is_two_info_header(cells: Sequence[str]) -> bool:
    """Whether an attachment table's header cells name two information columns after the name
    column ("Nr.  Titel  Kenmerk  Openbaar": each attachment's reference, then whether it is made
    public): the fourth column's cells join the information cell, as a ground column's do."""
    return (
        len(cells) == 4
        and cells[2].casefold() in TABLE_INFO_WORDS
        and cells[3].casefold() in TABLE_INFO_WORDS
        and cells[2].casefold() != cells[3].casefold()
        and TABLE_HEADER.match(" ".join(cells[:3])) is not None
    )


#: The first two letters of the words that open TABLE_HEADER: a cheap test before it.
TABLE_HEADER_STARTS: Final = frozenset(w[:2] for w in TABLE_NUMBER_WORDS)


def ocr_table_word(text: str) -> str | None:
    """The attachment table's column head (:data:`TABLE_NAME_WORDS`, :data:`TABLE_INFO_WORDS`)
    that ``text``, a word after "Nr." in an OCR layer's header row, is with one letter misread,
    lost or added, the first letter too ("ritel" for "Titel"), when one such word is that near; or
    None. Only a header row asks (the layout's ``_ocr_table_heads``)."""
    k = text.casefold()
    if len(k) < 4 or k in TABLE_NAME_WORDS or k in TABLE_INFO_WORDS:
        return None
    near = [
        w
        for w in (*sorted(TABLE_NAME_WORDS), *sorted(TABLE_INFO_WORDS))
        if regex.fullmatch(f"(?:{w}){{e<=1}}", k)
    ]
    return near[0] if len(near) == 1 else None


def is_table_header(text: str) -> bool:
    """Whether a line is the attachment table's header: "Volgnummer", or "Nr. Naam ..." (a lone
    "nr." or "nummer" is a wrapped word, not a table)."""
    return bool(TABLE_HEADER.match(text)) and (" " in text.strip() or key(text) == "volgnummer")


#: Signature lines ("DE DIRECTEUR-GENERAAL BELEID").
SIGNATURE: Final = re.compile(r"^(DE|HET)\s+[A-Z][A-Z\- ]+$")
#: The office a cell of a signature or paraph block starts with ("De Minister van ...",
#: "Akkoord staatssecretaris", "Paraaf DG"): such blocks stand in columns side by side.
SIGNATORY: Final = re.compile(
    r"(?i)^(?:de\s+|het\s+)?(?:minister|staatssecretaris|secretaris-generaal|directeur|akkoord|paraaf"
    r"|gezien|handtekening|dg|sg|psg|plv\.?)\b"
)


# --- Validation vocabulary (notaparse._validate) --------------------------------------------------
# Appended block: what the validation rules need to know about Dutch nota's.

#: Known reference formats (DOMAIN.md), name -> full pattern of the reference value.
REFERENCE_FORMATS: Final[dict[str, re.Pattern[str]]] = {
    "BZK (year + 10 digits)": re.compile(r"^\d{4}-\d{10}$"),
    "AZ/JenV (7 digits)": re.compile(r"^\d{7}$"),
    "OCW (8 digits)": re.compile(r"^\d{8}$"),
    "Defensie (BS + 10 digits)": re.compile(r"^BS\d{10}$"),
    "IenW (IENW/UNIT-year/number)": re.compile(r"(?i)^ienw/[a-z&]+(?:-[a-z&]+)*-\d{4}/\d+$"),
    "EZK/LVVN (unit + 8 digits)": re.compile(r"^[A-Z][A-Za-z&]*(?:[-/][A-Za-z&]+)*\s*[/ ]\s*\d{8}$"),
    "BZ (Min-BuZa.year.number)": re.compile(r"^Min-BuZa\.\d{4}\.\d+(?:-\d+)?$"),
    "VWS (number-number-unit)": re.compile(r"^\d{6,7}-\d{6}-[A-Z]{2,5}$"),
    "AIVD (hash-like id)": re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-z]+(?:[-.][0-9a-z]+)*$"),
}

#: Purposes that ask for a decision, and the sections such a nota must have. Each entry is a
#: group of alternative headings (matched by key); one heading of every group must be present.
_DECISION_SECTIONS: Final[tuple[tuple[str, ...], ...]] = (
    ("Aanleiding", "Aanleiding voor deze nota"),
    (*_DECISION_LISTS, "Beslispunt"),  # (the singular: one decision point)
)
#: The headings over a nota's decision points ("Beslispunten" / "1. Instemmen met ...").
DECISION_HEADING_KEYS: Final[frozenset[str]] = frozenset(key(h) for h in _DECISION_LISTS)
REQUIRED_SECTIONS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "besluitvorming": _DECISION_SECTIONS,
    "beslissing": _DECISION_SECTIONS,
    "akkoord": _DECISION_SECTIONS,
    "goedkeuring": _DECISION_SECTIONS,
    "vaststelling": _DECISION_SECTIONS,
    "ondertekening": (_DECISION_SECTIONS[0],),
    "informatie": (),
    "kennisname": (),
    "kennisneming": (),
}

#: A nota is taken to be a beslisnota when its kind line or title starts with one of these keys,
#: or when it has a decision section.
DECISION_NOTA_KINDS: Final[tuple[str, ...]] = ("beslisnota",)
DECISION_HEADINGS: Final[frozenset[str]] = frozenset(key(h) for h in _DECISION_SECTIONS[1])
#: The same headings as a group for :func:`opens_with_heading`.
DECISION_SECTION_NAMES: Final[tuple[str, ...]] = _DECISION_SECTIONS[1]

_HEADING_WORD: Final = re.compile(r"\w+")


@functools.cache
def _heading_words(names: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    return frozenset(key(n) for n in names), tuple(tuple(_HEADING_WORD.findall(n.casefold())) for n in names)


def opens_with_heading(heading: str, names: tuple[str, ...]) -> bool:
    """Whether ``heading`` is one of the headings ``names`` (by :func:`key`, so also with its
    words glued: "Geadviseerdbesluit") or starts with one of them as whole words, whatever the
    punctuation: "Beslispunten, advies en mogelijk alternatief" and "Aanleiding voor deze nota"
    open with "Beslispunten" and "Aanleiding", "Besluitvorming eerder" does not open with
    "Besluit". The one test of "this is that section" for validation and ``Nota.decision()``."""
    keys, words = _heading_words(names)
    if key(heading) in keys:
        return True
    found = tuple(_HEADING_WORD.findall(heading.casefold()))
    return any(found[: len(w)] == w for w in words)


#: Headings whose section may be empty: they introduce sub-sections ("Toelichting" followed by
#: "Politieke context") or the attachment table ("Bijlagen").
PARENT_HEADINGS: Final[frozenset[str]] = frozenset(
    key(h)
    for h in (
        "Toelichting",
        "Informatie die niet openbaar gemaakt kan worden",
        "Informatie die niet openbaar wordt gemaakt",
        "Informatie die niet openbaar gemaakt wordt",
    )
)
#: (keys: see :func:`key`) "Bijlagen", "Bijlage(n)", "Overzicht bijlagen" ...
ATTACHMENT_HEADINGS: Final[frozenset[str]] = frozenset(
    {"bijlagen", "bijlage", "bijlage(n)", "overzichtbijlagen", "overzichtvandebijlagen"}
)


def is_attachments_heading(text: str) -> bool:
    """Whether a heading (without its colon) heads the attachments: "Bijlagen", "Bijlage", also
    qualified by the document ("Bijlagen bij deze nota", "Bijlage(n) bij deze notitie":
    :data:`HEADING_QUALIFIED`)."""
    if key(text) in ATTACHMENT_HEADINGS:
        return True
    m = HEADING_QUALIFIED.match(text.strip()) if " bij " in text else None
    return m is not None and (key(m[1]) in ATTACHMENT_HEADINGS or key(m[1]) == "bijlage(n)")


#: The vowels of Dutch (and most Latin-script) words, accents aside: "één", "reëel".
VOWELS: Final = frozenset("aeiou")
#: Vowels that read as one sound where a compound's parts meet (klinkerbotsing): Dutch writes the
#: hyphen there ("zee-egel", "auto-ongeluk", "politie-inzet", "hbo-opleidingen"); other vowels
#: that meet are written together ("regieorganisatie", "radioactief", "zeeanemoon").
VOWEL_CLASHES: Final = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ue", "ui", "uu"}
)
#: Letters that make a syllable: the vowels and y ("zzp-", "ggz-" have none: an abbreviation).
SYLLABLE_LETTERS: Final = VOWELS | {"y"}


def is_word(token: str) -> bool:
    """Whether ``token`` is spelt as a word of running text: letters only (punctuation around them
    aside), one in lower case at least, a vowel among them. A text layer whose fonts map glyphs to
    other characters gives tokens such as "0LQLVWHULH", "GLJLWDOH" or "%LQQHQODQGVH" ("Ministerie",
    "digitale", "Binnenlandse" shifted by 29 code points: no lower case at all)."""
    core = token.strip(".,;:!?()[]'\"‘’“”-–")
    if not core.isalpha() or core.isupper():
        return False
    return not VOWELS.isdisjoint(unicodedata.normalize("NFD", core.casefold()))


#: A letter's salutation and closing ("Geachte voorzitter," ... "Hoogachtend,"): a Kamerbrief, a
#: Woo decision letter or an e-mail, not a nota, when the salutation comes before any nota heading.
#: (A name after "Beste" may hold dots: initials, "Beste A. de Vries,", or a redaction's ground
#: code in a Woo publication, "Beste 5.1.2e,".) A salutation opens its row with a capital, or is
#: set in capitals ("GEACHTE VOORZITTER,"): "beste" or "geachte" in lower case is a sentence's or a
#: wrapped title's word ("Uitwisseling van" / "beste praktijken tussen gemeenten,").
SALUTATION: Final = re.compile(
    r"^(?:(?:Zeer\s+[Gg]eachte|ZEER\s+GEACHTE|Geachte|GEACHTE)\b[^.:;]{0,80}|(?:Beste|BESTE)\s+[^:;]{1,60},)$"
)
#: The rows of an e-mail's header that a nota does not have ("Verzonden: maandag 12 februari
#: 2024 10:15"), and its subject row.
EMAIL_SENT: Final = re.compile(r"(?i)^(?:verzonden|sent)\s*:\s*\S")
EMAIL_SUBJECT: Final = re.compile(r"(?i)^(?:onderwerp|subject)\s*:")
CLOSING: Final = re.compile(
    r"(?i)^(?:hoogachtend|met\s+(?:de\s+)?(?:vriendelijke|hartelijke|beste)\s+groet(?:en)?)\s*[,.]?$"
)
#: A letter that closes with its signer's office instead ("De Minister van Volkshuisvesting en
#: Ruimtelijke Ordening,", "de staatssecretaris van Financiën - Fiscaliteit,", "De Minister voor
#: Klimaat en Energie,", "De Minister-President,"): a Kamerbrief's usual end. The office's row
#: ends in a comma; a nota's sentence about a minister ends in a full stop.
SIGNER_CLOSING: Final = re.compile(
    r"^(?:De|de|DE)\s+(?i:minister(?:-president)?|staatssecretaris)\b[^.:;]{0,100},$"
)

#: Anything shaped like a Woo/Wob ground code with a letter ("5.1.2e", "5.1.3 a", "10.2.h"); the
#: rule checks each against VALID_GROUNDS. Bare numbers ("5.1.2", "artikel 10") are not matched.
GROUND_LIKE: Final = re.compile(
    r"(?<![\w.])(?:5\.\s?\d\.\s?\d\s?\.?\s?[a-z]|1[01]\.\s?\d\s?\.?\s?[a-z])(?![\w])"
)


# -- layout furniture and markers

#: A page number printed alone at the page bottom: "3", "- 3 -", "– 3 –", "3/4", "3 / 4",
#: "Pagina 3", "Pagina 3/4", and the sheet's number "Blad 3", "Blad 3/4", "Blad 3 van 4" (the
#: layout drops it as furniture; "Pagina 3 van 4" is PAGE_LINE).
PAGE_NUMBER: Final = re.compile(
    r"(?i)^(?:[-\u2013\u2014]\s?)?\d{1,3}(?:\s?[-\u2013\u2014])?$|^\d{1,3}\s?/\s?\d{1,3}$"
    r"|^pagina\s?\d{1,3}(?:\s?/\s?\d{1,3})?$|^blad\s?\d{1,3}(?:\s?(?:/|van)\s?\d{1,3})?$"
)


#: Words that open a sentence by their word class and never go on a heading's or a name's words:
#: articles, subject pronouns, demonstratives, prepositions and conjunctions, capitalised after a
#: heading set in the page's margin ("Aanleiding Op 12 maart ...", "Kern De kosten ..."). Not
#: "Van" / "Ter" / "Tot", which go on a name or a title ("Advies Van Dam", "Aanleiding tot ...").
MARGIN_HEADING_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "de",
        "het",
        "een",
        "ik",
        "u",
        "wij",
        "we",
        "zij",
        "ze",
        "hij",
        "er",
        "dit",
        "deze",
        "dat",
        "die",
        "op",
        "in",
        "met",
        "bij",
        "voor",
        "na",
        "naar",
        "sinds",
        "tijdens",
        "om",
        "door",
        "uit",
        "vanaf",
        "vanwege",
        "als",
        "omdat",
        "hoewel",
        "zoals",
        "inmiddels",
        "momenteel",
        "daarnaast",
        "daarom",
    }
)
#: Known headings of one word that open no sentence of their own ("Advies", "Kern", "Planning"
#: do: "Advies De Raad ..." may be a title's words): one such heading set in the margin and glued
#: to its paragraph's first row is a heading even where the document glues no other.
MARGIN_HEADINGS_ALONE: Final[frozenset[str]] = frozenset(
    {"aanleiding", "toelichting", "kernpunten", "afstemming"}
)
