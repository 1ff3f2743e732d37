"""The typed model of a nota: frozen attrs classes, validated on construction.

Whatever can be constructed can be rendered: the validators reject exactly what canonical text
cannot represent (see :mod:`notaparse._canon`, the one place that decides). Source positions
(:class:`Origin`) and parse diagnostics are kept outside equality.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, Literal, TypeAlias, cast

import attrs

from . import _canon, _fragments, _vocab
from ._errors import FormatError, ModelError


def _text(_inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ModelError(f"{attribute.name} must be a str, got {type(value).__name__}")
    problem = _canon.text_problem(value)
    if problem:
        raise ModelError(f"{attribute.name} {problem}: {value!r}")


def _optional_text(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(inst, attribute, value)


def _text_or_empty(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value != "":
        _text(inst, attribute, value)


def _texts(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise ModelError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
    for item in value:
        _text(inst, attribute, item)


def _instances(kind: type | tuple[type, ...]) -> Any:
    def check(_inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ModelError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        for item in value:
            if not isinstance(item, kind):
                raise ModelError(f"{attribute.name} holds a {type(item).__name__}, not a {kind}")

    return check


def _positive(_inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ModelError(f"{attribute.name} must be a positive int, got {value!r}")


@attrs.frozen
class Origin:
    """Where something was found: page (1-based), line in the text, bounding box in PDF points."""

    #: Page number, 1-based; None for text without page breaks.
    page: int | None = None
    #: Line number in the (extracted) text, 1-based.
    line: int | None = None
    #: (x0, top, x1, bottom) in PDF points from the page's top left corner (its MediaBox), when
    #: read from a PDF.
    bbox: tuple[float, float, float, float] | None = None


def _origin() -> Any:
    return attrs.field(default=None, eq=False, repr=False, kw_only=True)


@attrs.frozen(kw_only=True)
class Field:
    """One label/value pair as printed in the colofon or header ("Datum" / "13 februari 2024")."""

    #: The label as printed, without its trailing colon.
    label: str = attrs.field()
    #: The value as printed, wrapped lines joined by one space; "" when the value is empty.
    value: str = attrs.field(default="", validator=_text_or_empty)
    #: The value's lines as printed ("Rijkswaterstaat", "DGWB", "FEZ"), each one line of text;
    #: ``value`` is them joined by one space. By default the value is its one line (none when
    #: the value is empty).
    lines: tuple[str, ...] = attrs.field(
        default=attrs.Factory(lambda self: (self.value,) if self.value else (), takes_self=True),
        validator=_texts,
    )
    origin: Origin | None = _origin()

    @label.validator
    def _check_label(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise ModelError(f"label must be a str, got {type(value).__name__}")
        problem = _canon.label_problem(value)
        if problem:
            raise ModelError(f"label {problem}: {value!r}")

    @lines.validator
    def _check_lines(self, _attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        if " ".join(value) != self.value:
            raise ModelError(
                f"value must be the lines joined by one space: lines {value!r} give"
                f" {' '.join(value)!r}, but value is {self.value!r}"
            )

    @property
    def concept(self) -> _vocab.Concept:
        """What the label means (addressee, reference, ...), whatever the ministry prints."""
        return _vocab.label_concept(self.label)


def reference_field(fields: Iterable[Field]) -> Field | None:
    """The field ``Metadata.reference`` is read from: the first with a value that is no
    redaction, by the reference labels' priority (:data:`_vocab.REFERENCE_PRIORITY`; a label as
    OCR misread it counts as the label), else in printed order."""
    present = [
        f
        for f in fields
        if f.concept is _vocab.Concept.REFERENCE and f.value and not _fragments.is_redacted(f.value)
    ]
    rank = {k: n for n, k in enumerate(_vocab.REFERENCE_PRIORITY)}
    ranked = sorted(
        present, key=lambda f: rank.get(_vocab.key(_vocab.known_label(f.label) or f.label), len(rank))
    )
    return ranked[0] if ranked else None


def _not_a_concept(value: object) -> str:
    """Why ``Metadata.values(value)`` refuses ``value``, and what to pass instead: the concept a
    str names ("reference") or whose label it is ("Kenmerk"), if any."""
    got = f"the str {value!r}" if isinstance(value, str) else type(value).__name__
    hint = "pass a notaparse.Concept (Concept.REFERENCE, ...); metadata.get(label) reads a field by its label"
    if isinstance(value, str):
        named = next((c for c in _vocab.Concept if value.strip().lower() in {c.value, c.name.lower()}), None)
        labelled = _vocab.label_concept(value)
        if named is not None:
            hint = f"pass notaparse.Concept.{named.name}"
        elif labelled is not _vocab.Concept.OTHER:
            hint = (
                f"pass notaparse.Concept.{labelled.name} (what the label {value!r} means), or"
                f" metadata.get({value!r}) for the value printed with that label"
            )
    return f"values() takes a notaparse.Concept, got {got}: {hint}"


@attrs.frozen(kw_only=True)
class Metadata:
    """The metadata block: every label/value pair in order, plus purpose, kind and letterhead.

    The well-known values (addressee, reference, date, ...) are read from :attr:`fields`, so the
    printed pairs stay the single source of truth.
    """

    #: Every label/value pair as printed, in reading order.
    fields: tuple[Field, ...] = attrs.field(default=(), validator=_instances(Field))
    #: Lower-case word after "TER" ("besluitvorming"); purposes printed joined by "en" or "of"
    #: keep those words ("informatie en besluitvorming"); None when no purpose line.
    purpose: str | None = attrs.field(default=None)
    #: Number of pages ("Pagina k van n", or the PDF's page count).
    page_count: int | None = attrs.field(default=None, validator=attrs.validators.optional(_positive))
    #: A stand-alone document-kind line as printed ("Beslisnota", "Nota").
    kind: str | None = attrs.field(default=None, validator=_optional_text)
    #: Letterhead/colofon text that is not a label/value pair: one entry per unit printed on lines
    #: of its own, one per address block; a unit wrapped over lines is one entry.
    letterhead: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    #: An addressee printed without an "Aan" label ("de minister van Volksgezondheid, ...").
    unlabelled_addressee: str | None = attrs.field(default=None, validator=_optional_text)

    @purpose.validator
    def _check_purpose(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not _fragments.is_purpose(value)):
            raise ModelError(
                "purpose must be one lower-case word like 'besluitvorming', or such words joined by "
                f"'en' or 'of' ('informatie en besluitvorming'), got {value!r}"
            )

    def values(self, concept: _vocab.Concept) -> Iterator[Field]:
        """Yield the fields whose label means ``concept``, in order. Anything but a
        :class:`~notaparse.Concept` raises TypeError (a str such as ``"reference"`` or a label
        ``"Kenmerk"`` would mean no concept and yield nothing, silently)."""
        if not isinstance(concept, _vocab.Concept):
            raise TypeError(_not_a_concept(concept))
        return (f for f in self.fields if f.concept is concept)

    def get(self, label: str) -> str | None:
        """Return the value of the first field printed with ``label`` (any case, spacing or colon)."""
        wanted = _vocab.key(label)
        return next((f.value for f in self.fields if _vocab.key(f.label) == wanted), None)

    def _first(self, concept: _vocab.Concept) -> str | None:
        for f in self.values(concept):
            if f.value and not _fragments.is_redacted_contact(f.value):
                return f.value
        return None

    @property
    def addressee(self) -> str | None:
        """Value of Aan, else an addressee printed without label (None when absent or redacted)."""
        labelled = self._first(_vocab.Concept.ADDRESSEE)
        if labelled is not None:
            return labelled
        return self.unlabelled_addressee

    @property
    def sender(self) -> str | None:
        """Value of Van."""
        return self._first(_vocab.Concept.SENDER)

    @property
    def drafted_by(self) -> str | None:
        """Value of Opgesteld door / Auteur / Opsteller / Behandeld door / Behandelaar (and the
        other drafter labels of the vocabulary), the first one printed."""
        return self._first(_vocab.Concept.DRAFTED_BY)

    @property
    def actively_public(self) -> bool | None:
        """ "Nota actief openbaar": True for Ja, False for Nee, None when absent."""
        value = self._first(_vocab.Concept.ACTIVELY_PUBLIC)
        return None if value is None else _fragments.parse_yes_no(value)

    @property
    def reference(self) -> str | None:
        """First present of Onze referentie, Ons kenmerk, Referentie, Kenmerk, Ref., then of any
        other reference label (Ons nummer), in that order; a redacted value is not present."""
        found = reference_field(self.fields)
        return None if found is None else found.value

    @property
    def date(self) -> dt.date | None:
        """The Datum as a date; None when absent or not a complete, real date. Without a Datum
        field, a letterhead line of a place and a date ("Den Haag, 3 juni 2026", a line of its own
        above the head, as a letter dates itself) gives it, or else one of a date
        alone ("12 maart 2025", "19-03-2025", printed beside the purpose or on its own row in the
        head)."""
        value = self._first(_vocab.Concept.DATE)
        if value is None and next(self.values(_vocab.Concept.DATE), None) is None:
            # (an empty or redacted Datum is a Datum: its date is not known)
            value = next((e for e in self.letterhead if _fragments.is_place_date(e)), None)
            if value is None:
                value = next((e for e in self.letterhead if _fragments.is_date(e)), None)
        if value is None:
            return None
        try:
            return _fragments.parse_date(value)
        except FormatError:
            return None

    @property
    def coordinated_with(self) -> tuple[str, ...]:
        """Units named in Samengewerkt met / Afgestemd met, split on commas and joiners; a value
        printed one unit a line ("Rijkswaterstaat" / "DGWB" / "FEZ") gives each line's unit."""
        units: list[str] = []
        for f in self.values(_vocab.Concept.COORDINATED_WITH):
            if f.value and not _fragments.is_redacted(f.value):
                units.extend(_fragments.split_unit_lines(f.lines))
        return tuple(units)

    @property
    def attachment_count(self) -> int | None:
        """The number given by Bijlage(n) / Bijlagen / Aantal bijlagen."""
        for f in self.values(_vocab.Concept.ATTACHMENT_COUNT):
            count = _fragments.parse_attachment_count(f.value)
            if count is not None:
                return count
        return None


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph, re-flowed to one line of text."""

    text: str = attrs.field(validator=_text)
    kind: Literal["paragraph"] = attrs.field(default="paragraph", init=False, repr=False)
    origin: Origin | None = _origin()


#: How an ordered list's items are marked (see :attr:`ItemList.numbering`).
Numbering: TypeAlias = _canon.Numbering


@attrs.frozen(kw_only=True)
class ItemList:
    """A bullet list (``ordered=False``) or an ordered list, numbered as printed.

    An ordered list keeps its marks: :attr:`numbering` says how they are written and
    :attr:`start` which number the first item has, so "b) ..." / "c) ..." is
    ``ItemList(items=(...), ordered=True, numbering="a", start=2)``. The numbering styles:

    - ``"1"``: decimal numbers, 1. 2. 3. (the default);
    - ``"a"``: small letters, a. b. c. (a to z, so at most 26 items from the start);
    - ``"A"``: capital letters, A. B. C.;
    - ``"i"``: small roman numerals, i. ii. iii. (up to xxxix);
    - ``"I"``: capital roman numerals, I. II. III.

    Canonical text writes every mark with a full stop ("a." for a printed "a)" or "(a)"). A list
    of one item marked "i", "v" or "x" is roman: the one-item letter lists ``start=9``, ``22``
    and ``24`` are refused, as their mark reads as a roman numeral.
    """

    items: tuple[str, ...] = attrs.field(validator=_texts)
    ordered: bool = False
    #: The marks of an ordered list: "1", "a", "A", "i" or "I"; "1" for a bullet list.
    numbering: Numbering = "1"
    #: The number of the first item (3 for a list printed from "3." or "c."); 1 for a bullet list.
    start: int = attrs.field(default=1, validator=_positive)
    kind: Literal["list"] = attrs.field(default="list", init=False, repr=False)
    origin: Origin | None = _origin()

    @items.validator
    def _check_items(self, _attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        if not value:
            raise ModelError("a list must have at least one item")

    def __attrs_post_init__(self) -> None:
        if self.numbering not in _canon.NUMBERINGS:
            raise ModelError(f"numbering must be one of '1', 'a', 'A', 'i', 'I', got {self.numbering!r}")
        if not self.ordered:
            if self.numbering != "1" or self.start != 1:
                raise ModelError("a bullet list has no numbering: numbering and start are for ordered lists")
            return
        last = _canon.LAST_NUMBER[self.numbering]
        end = self.start + len(self.items) - 1
        if last is not None and end > last:
            raise ModelError(
                f"a list numbered {self.numbering!r} goes up to "
                f"{_canon.format_mark(last, self.numbering)!r}, "
                f"but start {self.start} with {len(self.items)} items ends at {end}"
            )
        if _canon.lettered_roman(self.numbering, self.start, len(self.items)):
            mark = _canon.format_mark(self.start, self.numbering)
            raise ModelError(
                f"a one-item list marked {mark!r} is roman (numbering "
                f"{'i' if self.numbering == 'a' else 'I'!r}): it cannot be lettered"
            )

    def marks(self) -> tuple[str, ...]:
        """The marks of an ordered list's items, without a full stop: ("b", "c") for two items
        lettered from b, so a reference in the text ("optie b") can be looked up; () for a bullet
        list."""
        if not self.ordered:
            return ()
        return tuple(_canon.format_mark(self.start + k, self.numbering) for k in range(len(self.items)))


Block: TypeAlias = Paragraph | ItemList


@attrs.frozen(kw_only=True)
class Section:
    """A section: its heading (without numbering), the number if printed, and its blocks.

    The heading is "" only for the *preamble*: text that stands between the title and the first
    heading. A preamble has no number, at least one block, and can only be the first section.
    """

    heading: str = attrs.field(validator=_text_or_empty)
    #: "4.1" for "4.1. Politieke context", "B" for "B. Kern", "II" for "II. Advies" (a run of
    #: headings lettered or numbered in capital roman numerals); None when unnumbered.
    number: str | None = attrs.field(default=None)
    blocks: tuple[Block, ...] = attrs.field(default=(), validator=_instances((Paragraph, ItemList)))
    origin: Origin | None = _origin()

    @number.validator
    def _check_number(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not _canon.NUMBER.match(value)):
            raise ModelError(f"number must look like '4', '4.1', 'B' or 'IV', got {value!r}")

    def __attrs_post_init__(self) -> None:
        if self.heading == "" and (self.number is not None or not self.blocks):
            raise ModelError("a preamble (section without heading) needs blocks and no number")

    def texts(self) -> Iterator[str]:
        """Yield the text of the section's blocks in reading order: a paragraph's text, then each
        item of a list (without its mark), so a search reads paragraphs and list items alike:
        ``[t for s in nota.sections for t in s.texts() if "stikstof" in t]``. The heading is not
        yielded."""
        for block in self.blocks:
            if isinstance(block, ItemList):
                yield from block.items
            else:
                yield block.text

    def dates(self) -> tuple[dt.date, ...]:
        """The dates printed in the section's paragraphs and list items, in order, as
        ``datetime.date``: "13 februari 2024", "13 feb. 2024", "29-05-2020", "2024-02-13". Only
        complete, real dates: "op 28 oktober" (no year), "medio 2025" or "31 februari 2024" give
        none, as nothing is invented; nor does a date inside a reference ("2024-02-13/0001")."""
        return tuple(d for text in self.texts() for d in _fragments.find_dates(text))


def _check_sections(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    _instances(Section)(inst, attribute, value)
    assert isinstance(value, tuple)
    if any(s.heading == "" for s in value[1:]):
        raise ModelError("only the first section can be a preamble (a section without heading)")


@attrs.frozen(kw_only=True)
class Attachment:
    """A row of the attachment table (Volgnummer | Naam | Informatie)."""

    number: int = attrs.field(validator=_positive)
    name: str = attrs.field(validator=_text)
    info: str | None = attrs.field(default=None, validator=_optional_text)
    origin: Origin | None = _origin()


@attrs.frozen(kw_only=True)
class Footnote:
    """A footnote: its number and text."""

    number: int = attrs.field(validator=_positive)
    text: str = attrs.field(validator=_text)
    origin: Origin | None = _origin()


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser did not understand, with where it was."""

    #: Stable code, e.g. "unplaced-text", "bad-date".
    code: str
    message: str
    line: int | None = None
    column: int | None = None
    page: int | None = None

    def __str__(self) -> str:
        where = []
        if self.page is not None:
            where.append(f"page {self.page}")
        if self.line is not None:
            where.append(f"line {self.line}")
        return f"{', '.join(where) or 'document'}: {self.message} [{self.code}]"


def _check_enclosures(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    # (checked here, not in the field: Nota is not defined yet where its fields are declared)
    _instances(Nota)(inst, attribute, value)
    # (a tuple of notas from here on: _instances raised otherwise)
    if any(enclosure.enclosures for enclosure in cast("tuple[Nota, ...]", value)):
        # (a file is one nota and what follows it: the documents after the nota are its
        # enclosures, all of them, in order; one of them holds none of its own)
        raise ModelError("an enclosure cannot have enclosures of its own: list them all on the nota")


@attrs.frozen(kw_only=True)
class Nota:
    """A parsed nota. Equality ignores origins and diagnostics."""

    metadata: Metadata = attrs.field(factory=Metadata)
    #: The title (subject line), wrapped lines joined; "" when the document has none.
    title: str = attrs.field(default="", validator=_text_or_empty)
    #: Sections in reading order, flat: a sub-heading is its own section.
    sections: tuple[Section, ...] = attrs.field(default=(), validator=_check_sections)
    attachments: tuple[Attachment, ...] = attrs.field(default=(), validator=_instances(Attachment))
    footnotes: tuple[Footnote, ...] = attrs.field(default=(), validator=_instances(Footnote))
    #: Text the parser could not place, kept visible.
    unplaced: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    #: The documents that follow the nota in the same file (a Kamerbrief, a second nota bound in
    #: after it), in order, each read as a nota of its own; their own ``enclosures`` are empty.
    enclosures: tuple[Nota, ...] = attrs.field(default=(), validator=_check_enclosures)
    #: What the parser did not understand (lenient mode); not part of equality.
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)
    #: Where the nota starts: for an enclosure, the page (and line) of its first page.
    origin: Origin | None = _origin()

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """What IPython and Jupyter show for a nota: a one-line summary (title, reference, date,
        purpose, the sections' headings, how many attachments, footnotes, unplaced texts and
        enclosures); ``repr()`` gives every field."""
        if cycle:
            printer.text("Nota(...)")
            return
        m = self.metadata
        printer.text(
            f"Nota(title={self.title!r}, reference={m.reference!r}, date={m.date!r}, "
            f"purpose={m.purpose!r}, sections={tuple(s.heading for s in self.sections)!r}, "
            f"attachments={len(self.attachments)}, footnotes={len(self.footnotes)}, "
            f"unplaced={len(self.unplaced)}, enclosures={len(self.enclosures)})"
        )

    def section(self, heading: str) -> Section | None:
        """Return the first section whose heading matches ``heading`` (any case or spacing)."""
        wanted = _vocab.key(heading)
        return next((s for s in self.sections if _vocab.key(s.heading) == wanted), None)

    def decision(self) -> Section | None:
        """Return the section that holds the advised decision, whatever the ministry calls it:
        the first headed Geadviseerd besluit, Advies, Gevraagd besluit, Besluit, Beslispunten or
        Beslispunt (any case or spacing), else the first whose heading starts with one of them
        as whole words ("Beslispunten voor de minister", "Beslispunten, advies en mogelijk
        alternatief"; not "Besluitvorming") and is not the minister's own decision block
        ("Besluit minister:", where the minister ticks a box); None when the nota has none. Only
        the nota's own sections are asked (unlike :meth:`redaction_grounds`): an enclosure's
        decision is ``nota.enclosures[0].decision()``."""
        for section in self.sections:
            if _vocab.key(section.heading) in _vocab.DECISION_HEADINGS:
                return section
        return next(
            (
                s
                for s in self.sections
                if _vocab.key(s.heading) not in _vocab.MINISTER_DECISION_HEADINGS
                and _vocab.opens_with_heading(s.heading, _vocab.DECISION_SECTION_NAMES)
            ),
            None,
        )

    def redaction_grounds(self) -> dict[str, int]:
        """Return how often each Woo/Wob redaction ground is printed in the nota and its
        enclosures, normalised ("5.1.2e") and in the order of the law: ``{"5.1.2e": 14,
        "5.1.2i": 2}``, ``{}`` when none (each redacted name, number or passage prints its code).
        These are the ``redaction_grounds`` of ``notaparse export``'s records (docs/json.md),
        read from every text: colofon values, letterhead, title, sections, attachments,
        footnotes and unplaced text. For one section's grounds, ask a nota of that section:
        ``Nota(sections=(section,)).redaction_grounds()``."""
        from ._validate import redaction_citations  # noqa: PLC0415 - _validate imports this module

        return redaction_citations(self)
