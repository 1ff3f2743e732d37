"""``validate(nota)``: the documented rule set that says what is wrong with a nota.

Every rule is a small function registered with :func:`_rule`; its docstring is its entry in
``docs/validation.md`` (a test keeps the two in sync). A rule yields every problem it finds, and
:func:`validate` runs every selected rule, so a nota's problems are reported all at once.

Codes are ``NP`` + three digits, grouped by what they look at (ruff-style, so ``--select NP1``
selects a whole group):

- ``NP1xx`` colofon values (reference, date, purpose)
- ``NP2xx`` sections
- ``NP3xx`` attachments and pages
- ``NP4xx`` redactions
- ``NP5xx`` what the parser could not read

Each rule also has a kebab-case name (``date-invalid``); select and ignore accept either.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
from collections.abc import Callable, Iterable, Iterator
from typing import Final

import attrs

from . import _fragments, _vocab
from ._errors import FormatError
from ._model import Field, ItemList, Nota, Origin, Section, reference_field


class Severity(enum.Enum):
    """How bad a problem is. Ordered: ``ERROR > WARNING > INFO``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for errors, 1 for warnings, 0 for information."""
        return _RANK[self]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANK: Final = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a nota, found by a validation rule."""

    #: Stable code of the rule ("NP104").
    code: str
    #: Kebab-case name of the rule ("date-invalid").
    rule: str
    severity: Severity
    #: What is wrong, naming the field or section and the page.
    message: str
    #: The field label or section heading concerned ("Datum", "Kern"); None for the whole nota.
    field: str | None = None
    #: Page (1-based) where the field or section stands, when known.
    page: int | None = None
    #: Line in the extracted text, when known.
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.code} {self.severity.value}: {self.message} [{self.rule}]"


@attrs.frozen
class _Context:
    nota: Nota
    today: dt.date
    pdf_pages: int | None


RuleFunction = Callable[[_Context], Iterable[Problem]]


@attrs.frozen
class Rule:
    """A registered rule: its code, name, severity and the function that checks it."""

    code: str
    name: str
    severity: Severity
    check: RuleFunction

    @property
    def doc(self) -> str:
        """The rule's documentation (the function's docstring)."""
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        """First line of the documentation."""
        return self.doc.splitlines()[0] if self.doc else ""


#: Every rule, in code order.
RULES: dict[str, Rule] = {}


def _rule(code: str, name: str, severity: Severity) -> Callable[[RuleFunction], RuleFunction]:
    def register(check: RuleFunction) -> RuleFunction:
        assert code not in RULES, code
        RULES[code] = Rule(code, name, severity, check)
        return check

    return register


def _where(name: str | None, origin: Origin | None) -> str:
    page = origin.page if origin is not None else None
    subject = name or "the nota"
    return f"{subject} on page {page}" if page is not None else subject


def _problem(
    ctx: _Context, code: str, message: str, *, field: str | None = None, origin: Origin | None = None
) -> Problem:
    rule = RULES[code]
    return Problem(
        code=code,
        rule=rule.name,
        severity=rule.severity,
        message=f"{_where(field, origin)}: {message}",
        field=field,
        page=None if origin is None else origin.page,
        line=None if origin is None else origin.line,
    )


def _fields(nota: Nota, concept: _vocab.Concept) -> list[Field]:
    return list(nota.metadata.values(concept))


def _present(fields: Iterable[Field]) -> list[Field]:
    return [f for f in fields if f.value and not _fragments.is_redacted(f.value)]


def _redacted(fields: Iterable[Field]) -> list[Field]:
    return [f for f in fields if f.value and _fragments.is_redacted(f.value)]


# --- NP1xx: colofon values --------------------------------------------------------------------


@_rule("NP101", "reference-missing", Severity.WARNING)
def _reference_missing(ctx: _Context) -> Iterator[Problem]:
    """No reference: none of Onze referentie, Ons kenmerk, Referentie, Kenmerk, Ref. has a value.

    A redacted reference counts as present (it was there, and was made unreadable on purpose).

    Example: a colofon with ``Datum`` and ``Bijlage(n)`` but no reference label, or
    ``Onze referentie:`` with an empty value.
    """
    fields = _fields(ctx.nota, _vocab.Concept.REFERENCE)
    if _present(fields) or _redacted(fields):
        return
    empty = next(iter(fields), None)
    if empty is not None:
        yield _problem(ctx, "NP101", "the reference is empty", field=empty.label, origin=empty.origin)
    else:
        yield _problem(ctx, "NP101", "no reference (Onze referentie, Kenmerk, ...) found", field="reference")


@_rule("NP102", "reference-malformed", Severity.WARNING)
def _reference_malformed(ctx: _Context) -> Iterator[Problem]:
    """The reference matches none of the known ministry formats.

    Known formats (DOMAIN.md): BZK ``2024-0000096441``; AZ, JenV ``4381203``; OCW ``48137608``;
    Defensie ``BS2024021319``; IenW ``IENW/BSK-2022/248639``; EZK/LVVN ``DGED / 44314491``;
    BZ ``Min-BuZa.2020.5274-35``; VWS ``1752993-210956-PG``; AIVD ``99f7cc83-or1-1.1``.

    Example: ``Onze referentie: 2024-00000964`` (a BZK reference with 8 instead of 10 digits).
    """
    f = reference_field(ctx.nota.metadata.fields)
    if f is None:
        return
    value = " ".join(f.value.split())
    if not any(p.match(value) for p in _vocab.REFERENCE_FORMATS.values()):
        yield _problem(
            ctx, "NP102", f"{f.value!r} matches no known reference format", field=f.label, origin=f.origin
        )


@_rule("NP103", "date-missing", Severity.WARNING)
def _date_missing(ctx: _Context) -> Iterator[Problem]:
    """No date: the nota has no Datum, or an empty one. A redacted date counts as present, and
    so does a letterhead line of a place and a date ("Den Haag, 3 juni 2026") or of a date alone
    ("12 maart 2025", "03-06-2025") without a Datum.

    Example: a colofon without a ``Datum`` label.
    """
    fields = _fields(ctx.nota, _vocab.Concept.DATE)
    if any(f.value for f in fields):
        return
    if fields:
        yield _problem(ctx, "NP103", "the date is empty", field=fields[0].label, origin=fields[0].origin)
    elif ctx.nota.metadata.date is None:  # (else the letterhead's place and date or date alone give it)
        yield _problem(ctx, "NP103", f"no date ({_vocab.DATE_LABEL}) found", field=_vocab.DATE_LABEL)


@_rule("NP104", "date-invalid", Severity.ERROR)
def _date_invalid(ctx: _Context) -> Iterator[Problem]:
    """The Datum is not a complete, real date: no year, a day that does not exist, or not a date.

    Example: ``Datum: 31 februari 2024`` (February has no 31st), ``Datum: 7 september`` (no year).
    """
    for f in _present(_fields(ctx.nota, _vocab.Concept.DATE)):
        try:
            _fragments.parse_date(f.value)
        except FormatError as e:
            yield _problem(ctx, "NP104", str(e), field=f.label, origin=f.origin)
        break  # only the first date field is the nota's date; later ones are page furniture


@_rule("NP105", "date-future", Severity.WARNING)
def _date_future(ctx: _Context) -> Iterator[Problem]:
    """The Datum lies after today (usually a typo or an OCR error in the year).

    Example: ``Datum: 13 februari 2204``.
    """
    date = ctx.nota.metadata.date
    if date is not None and date > ctx.today:
        f = next(iter(_present(_fields(ctx.nota, _vocab.Concept.DATE))), None)
        yield _problem(
            ctx,
            "NP105",
            f"{date.isoformat()} is in the future (today is {ctx.today.isoformat()})",
            field=f.label if f else _vocab.DATE_LABEL,
            origin=f.origin if f else None,
        )


def _is_decision_nota(nota: Nota) -> bool:
    for text in (nota.metadata.kind or "", nota.title):
        if _vocab.key(text).startswith(_vocab.DECISION_NOTA_KINDS):
            return True
    return any(_vocab.opens_with_heading(s.heading, _vocab.DECISION_SECTION_NAMES) for s in nota.sections)


@_rule("NP106", "purpose-missing", Severity.WARNING)
def _purpose_missing(ctx: _Context) -> Iterator[Problem]:
    """A beslisnota has no purpose line (TER BESLUITVORMING, TER BESLISSING, ...).

    A nota counts as a beslisnota when its kind line or title starts with "Beslisnota", or when it
    has a decision section (Geadviseerd besluit, Advies, Gevraagd besluit, ...).

    Example: a nota with a ``Geadviseerd besluit`` section but no ``TER ...`` line.
    """
    if ctx.nota.metadata.purpose is None and _is_decision_nota(ctx.nota):
        yield _problem(
            ctx,
            "NP106",
            "a beslisnota needs one (TER BESLUITVORMING, TER BESLISSING, ...)",
            field="purpose line",
        )


# --- NP2xx: sections --------------------------------------------------------------------------


@_rule("NP201", "section-required", Severity.ERROR)
def _section_required(ctx: _Context) -> Iterator[Problem]:
    """A section the purpose requires is missing.

    Decision purposes (besluitvorming, beslissing, akkoord, goedkeuring, vaststelling) require
    Aanleiding and a decision section (Geadviseerd besluit, Advies, Gevraagd besluit, Besluit,
    Beslispunten, Besluitpunten, Beslispunt); ondertekening requires Aanleiding. The table is
    ``REQUIRED_SECTIONS`` in the vocabulary. A heading that starts with a required one as whole
    words counts ("Aanleiding voor deze nota", "Beslispunten, advies en mogelijk alternatief"; not
    "Besluitvorming eerder"), the same test as ``Nota.decision()``'s.

    Purposes joined by "en" (``TER INFORMATIE EN BESLUITVORMING``) require what each requires;
    joined by "of", what all of them require.

    Example: ``TER BESLUITVORMING`` with sections Aanleiding and Kern, but no Geadviseerd besluit.
    """
    purpose = ctx.nota.metadata.purpose
    if purpose is None:
        return
    for group in _required_sections(purpose):
        if not any(_vocab.opens_with_heading(s.heading, group) for s in ctx.nota.sections):
            also = f" (or {', '.join(group[1:])})" if len(group) > 1 else ""
            yield _problem(
                ctx, "NP201", f"a nota ter {purpose} needs a section {group[0]!r}{also}", field=group[0]
            )


def _required_sections(purpose: str) -> list[tuple[str, ...]]:
    """The section groups a purpose requires (:data:`_vocab.REQUIRED_SECTIONS`), for purposes
    joined by "en" each's, for purposes joined by "of" those all of them require."""
    words = purpose.split(" ")
    each = [_vocab.REQUIRED_SECTIONS.get(word, ()) for word in words[::2]]
    if _vocab.PURPOSE_EITHER in words[1::2]:
        return [group for group in each[0] if all(group in other for other in each[1:])]
    return list(dict.fromkeys(group for groups in each for group in groups))


def _has_children(sections: tuple[Section, ...], i: int) -> bool:
    section = sections[i]
    if i + 1 >= len(sections):
        return False
    following = sections[i + 1]
    if section.number and following.number:
        return following.number.startswith(section.number + ".")
    return _vocab.key(section.heading) in _vocab.PARENT_HEADINGS or any(
        _vocab.key(section.heading).startswith(p) for p in _vocab.HEADING_PREFIXES
    )


@_rule("NP202", "section-empty", Severity.WARNING)
def _section_empty(ctx: _Context) -> Iterator[Problem]:
    """A section has a heading but no text.

    Not reported for a heading followed by its sub-sections ("4 Toelichting" then "4.1 Politieke
    context"; unnumbered Toelichting), nor for "Bijlagen" when the attachment table is filled.

    Example: ``Kern`` directly followed by ``Toelichting``.
    """
    sections = ctx.nota.sections
    for i, s in enumerate(sections):
        if s.blocks or _has_children(sections, i):
            continue
        if _vocab.is_attachments_heading(s.heading) and ctx.nota.attachments:
            continue
        yield _problem(ctx, "NP202", "the section is empty", field=s.heading, origin=s.origin)


@_rule("NP203", "section-duplicate", Severity.WARNING)
def _section_duplicate(ctx: _Context) -> Iterator[Problem]:
    """The same heading occurs more than once (reported at each repetition).

    Example: two sections headed ``Toelichting``.
    """
    seen: dict[str, Section] = {}
    for s in ctx.nota.sections:
        k = _vocab.key(s.heading)
        first = seen.setdefault(k, s)
        if first is not s:
            where = first.origin.page if first.origin is not None else None
            also = f" (first on page {where})" if where is not None else ""
            yield _problem(ctx, "NP203", f"the heading occurs again{also}", field=s.heading, origin=s.origin)


# --- NP3xx: attachments and pages -------------------------------------------------------------


@_rule("NP301", "attachment-count", Severity.ERROR)
def _attachment_count(ctx: _Context) -> Iterator[Problem]:
    """The colofon's Bijlage(n) count differs from the number of rows in the attachment table.

    Only checked when both are present: many nota's give a count without a table.

    Example: ``Bijlage(n): 2`` with a table of one row.
    """
    count = ctx.nota.metadata.attachment_count
    rows = len(ctx.nota.attachments)
    if count is None or not rows or count == rows:
        return
    f = next(iter(_fields(ctx.nota, _vocab.Concept.ATTACHMENT_COUNT)), None)
    yield _problem(
        ctx,
        "NP301",
        f"says {count} attachment(s) but the attachment table has {rows} row(s)",
        field=f.label if f else _vocab.ATTACHMENTS_LABEL,
        origin=f.origin if f else None,
    )


@_rule("NP302", "attachment-numbering", Severity.ERROR)
def _attachment_numbering(ctx: _Context) -> Iterator[Problem]:
    """The attachment table is not numbered 1, 2, ..., n in order.

    Example: rows numbered 1, 2, 4 or 1, 1.
    """
    numbers = [a.number for a in ctx.nota.attachments]
    if numbers and numbers != list(range(1, len(numbers) + 1)):
        first = ctx.nota.attachments[0]
        shown = ", ".join(map(str, numbers))
        yield _problem(
            ctx,
            "NP302",
            f"rows are numbered {shown}, expected 1 to {len(numbers)}",
            field="attachment table",
            origin=first.origin,
        )


@_rule("NP303", "page-count", Severity.ERROR)
def _page_count(ctx: _Context) -> Iterator[Problem]:
    """The printed "Pagina k van n" disagrees with the number of pages of the PDF.

    Only checked when the PDF's page count is known (``validate(..., pdf_pages=n)``; ``load_all``
    and ``notaparse check`` pass it for PDFs).

    Example: a 3-page PDF whose pages say "Pagina 1 van 2".
    """
    printed = ctx.nota.metadata.page_count
    if ctx.pdf_pages is not None and printed is not None and printed != ctx.pdf_pages:
        yield _problem(
            ctx,
            "NP303",
            f"the nota says {printed} page(s) but the PDF has {ctx.pdf_pages}",
            field=_vocab.PAGE_LABEL,
        )


# --- NP4xx: redactions ------------------------------------------------------------------------


def _documents(nota: Nota) -> Iterator[tuple[str, Nota]]:
    """The nota and each of its enclosures, with the prefix that names where a problem is: ""
    for the nota, "enclosure 1 " for the first enclosure. The rules that look at text as text
    (redaction grounds, what the parser could not place or understand) read the enclosures too;
    the rules about a nota's colofon, sections and attachment table read the nota only (an
    enclosed Kamerbrief has no Geadviseerd besluit and needs none)."""
    yield "", nota
    for k, enclosure in enumerate(nota.enclosures, 1):
        yield f"enclosure {k} ", enclosure


def _texts(nota: Nota) -> Iterator[tuple[str, str, Origin | None]]:
    """Yield (where, text, origin) for every piece of text in the nota (the letterhead's entries
    and an addressee printed without its label too: a colofon's redacted phone number, "T
    5.1.2e", is a letterhead entry)."""
    for f in nota.metadata.fields:
        if f.value:
            yield f.label, f.value, f.origin
    for entry in nota.metadata.letterhead:
        yield "letterhead", entry, None
    if nota.metadata.unlabelled_addressee:
        yield "unlabelled addressee", nota.metadata.unlabelled_addressee, None
    if nota.title:
        yield "title", nota.title, None
    for s in nota.sections:
        yield f"heading {s.heading!r}", s.heading, s.origin
        for b in s.blocks:
            for text in b.items if isinstance(b, ItemList) else (b.text,):
                yield f"section {s.heading!r}", text, b.origin or s.origin
    for a in nota.attachments:
        for text in (a.name, a.info or ""):
            yield f"attachment {a.number}", text, a.origin
    for fn in nota.footnotes:
        yield f"footnote {fn.number}", fn.text, fn.origin
    for u in nota.unplaced:
        yield "unplaced text", u, None


@_rule("NP401", "redaction-ground", Severity.ERROR)
def _redaction_ground(ctx: _Context) -> Iterator[Problem]:
    """A redaction ground code is not a valid Woo or Wob ground.

    Valid: Woo 5.1.1a–e, 5.1.2a–i, 5.1.5, 5.2 (also 5.2.1), 5.4; Wob 10.1a–d, 10.2a–g, 11.1 (spaces and dots
    optional, OCR ``512e`` too).

    Example: ``5.1.2j`` or ``10.2h`` next to a redacted passage.
    """
    texts = (
        (prefix + where, text, origin)
        for prefix, doc in _documents(ctx.nota)
        for where, text, origin in _texts(doc)
    )
    for where, text, origin in texts:
        seen: set[str] = set()
        for m in (*_vocab.GROUND_LIKE.finditer(text), *_vocab.GROUND_CODE.finditer(text)):
            code = _fragments.normalise_ground(m[0])
            if code in _vocab.VALID_GROUNDS or code in seen:
                continue
            seen.add(code)
            yield _problem(
                ctx, "NP401", f"{m[0]!r} is not a valid Woo/Wob redaction ground", field=where, origin=origin
            )


def _ground_key(code: str) -> tuple[tuple[int, ...], str]:
    """Order ground codes by their numbers, then letter: 5.1.1c, 5.1.2e, 5.2, 5.2.1, 10.2e, 11.1
    (the numbers a tuple of their own: "5.2" before "5.2.1", no number compared with a letter)."""
    head, letter = (code[:-1], code[-1]) if code[-1].isalpha() else (code, "")
    return tuple(int(part) for part in head.split(".")), letter


def redaction_grounds(nota: Nota) -> tuple[str, ...]:
    """The valid Woo/Wob grounds cited in the nota and its enclosures, each once, normalised
    (``5.1.2e``) and in the order of the law (5.1.1c, 5.1.2e, 5.2, 10.2e).

    A code with a letter (5.1.2e, 10.2g) counts wherever it stands. One without a letter (5.1.5,
    5.2, 5.4, 11.1) counts only in a text that holds nothing but ground codes (a redacted field
    value, a redacted paragraph, a table cell): "paragraaf 5.2" or "artikel 11.1" in a sentence
    are no grounds. Codes that are no valid ground are NP401's, not listed here.
    """
    return tuple(redaction_citations(nota))


def redaction_citations(nota: Nota) -> dict[str, int]:
    """How often each ground of :func:`redaction_grounds` is printed in the nota and its
    enclosures (each redacted name, number or passage prints one), in the order of the law."""
    found: dict[str, int] = {}
    for _prefix, doc in _documents(nota):
        for _where, text, _origin in _texts(doc):
            if not any(c.isdigit() for c in text):  # (cheap test first: most text cites none)
                continue
            only_codes = _fragments.is_redacted(text)
            for m in _vocab.GROUND_CODE.finditer(text):
                code = _fragments.normalise_ground(m[0])
                if code in _vocab.VALID_GROUNDS and (code[-1].isalpha() or only_codes):
                    found[code] = found.get(code, 0) + 1
    return {code: found[code] for code in sorted(found, key=_ground_key)}


# --- NP5xx: what the parser could not read ----------------------------------------------------


@_rule("NP501", "unplaced-text", Severity.WARNING)
def _unplaced_text(ctx: _Context) -> Iterator[Problem]:
    """The parser left text it could not place (``Nota.unplaced``), with its page and line.

    Example: a signature line "DE DIRECTEUR-GENERAAL BELEID" after the last section.
    """
    for prefix, doc in _documents(ctx.nota):
        notes = [d for d in doc.diagnostics if d.code == "unplaced-text"]
        for i, text in enumerate(doc.unplaced):
            note = notes[i] if i < len(notes) else None
            origin = Origin(page=note.page, line=note.line) if note is not None else None
            field = prefix + "unplaced text"
            yield _problem(ctx, "NP501", f"could not place {text!r}", field=field, origin=origin)


#: Parser diagnostics that another rule reports already (code -> rule).
_COVERED_DIAGNOSTICS: Final = {"unplaced-text": "NP501", "bad-date": "NP104"}


@_rule("NP502", "parse-diagnostic", Severity.INFO)
def _parse_diagnostic(ctx: _Context) -> Iterator[Problem]:
    """The parser reported something else it did not understand.

    Diagnostics that another rule covers (``unplaced-text``: NP501, ``bad-date``: NP104) are not
    repeated.

    Example: any other diagnostic code the reader emits, with its page and line.
    """
    for prefix, doc in _documents(ctx.nota):
        for d in doc.diagnostics:
            if d.code not in _COVERED_DIAGNOSTICS:
                origin = Origin(page=d.page, line=d.line)
                yield _problem(ctx, "NP502", f"{d.message} [{d.code}]", field=prefix + "text", origin=origin)


# --- running the rules ------------------------------------------------------------------------


def _matches(rule: Rule, patterns: Iterable[str]) -> bool:
    return any(p == rule.name or rule.code.startswith(p.upper()) for p in patterns)


def check_rule_list(entries: object, name: str) -> None:
    """Raise TypeError when ``entries`` (``select`` or ``ignore``) is one str, not an iterable of
    codes: its letters would be read as codes ("unknown rule 'P'" for ``select="NP104"``)."""
    if isinstance(entries, str):
        raise TypeError(f"{name} needs an iterable of rule codes, got one str; pass [{entries!r}]")


def select_rules(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> tuple[Rule, ...]:
    """Return the rules chosen by ``select`` and not removed by ``ignore``.

    Each entry is a code ("NP104"), a code prefix ("NP1", "NP") or a rule name ("date-invalid").
    ``select=None`` means every rule. Raises ValueError for an entry that matches no rule.
    """
    check_rule_list(select, "select")
    check_rule_list(ignore, "ignore")
    select = None if select is None else list(select)
    ignore = [] if ignore is None else list(ignore)
    for p in [*(select or []), *ignore]:
        if not any(_matches(r, [p]) for r in RULES.values()):
            raise ValueError(f"unknown rule {p!r}; rules are {', '.join(RULES)} or their names")
    return tuple(
        r for r in RULES.values() if (select is None or _matches(r, select)) and not _matches(r, ignore)
    )


def validate(
    nota: Nota,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    today: dt.date | None = None,
    pdf_pages: int | None = None,
) -> tuple[Problem, ...]:
    """Return every problem the selected rules find in ``nota``, in rule order.

    ``select``/``ignore`` take codes, code prefixes or rule names (see ``docs/validation.md``).
    ``today`` is the reference date of the future-date rule (default: the local date).
    ``pdf_pages`` is the PDF's page count, for the page-count rule.
    """
    if not isinstance(nota, Nota):
        raise TypeError(f"validate() needs a Nota, got {type(nota).__name__}; load() or parse() one first")
    ctx = _Context(nota, today or dt.date.today(), pdf_pages)
    problems: list[Problem] = []
    for rule in select_rules(select, ignore):
        problems.extend(rule.check(ctx))
    return tuple(problems)


def rules_markdown() -> str:
    """Return the "Rules" part of ``docs/validation.md``, written from the registry."""
    return "".join(f"### {r.code} `{r.name}` ({r.severity.value})\n\n{r.doc}\n\n" for r in RULES.values())
