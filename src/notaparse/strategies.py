"""Hypothesis strategies for notaparse's model, for property-testing your own tools.

Requires hypothesis (``pip install notaparse[test]``). Every strategy yields valid objects only:
whatever it draws renders to canonical text and parses back equal. Parameters are keyword-only
and accept strategies, so you can narrow any part::

    from hypothesis import given, strategies as st
    from notaparse import strategies as nst

    @given(nst.notas(titles=st.just("Beantwoording Kamervragen")))
    def test_my_exporter(nota): ...

``st.from_type(notaparse.Nota)`` works too once this module is imported. You need not import it
yourself: hypothesis' entry point imports it when notaparse is imported, and notaparse imports it
when hypothesis is.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from . import _canon, _fragments, _vocab
from ._model import (
    Attachment,
    Block,
    Field,
    Footnote,
    ItemList,
    Metadata,
    Nota,
    Paragraph,
    Section,
)

__all__ = [
    "attachments",
    "blocks",
    "dates",
    "fields",
    "footnotes",
    "metadata",
    "notas",
    "preambles",
    "purposes",
    "sections",
    "texts",
]

#: Characters that canonical text can hold (no controls, no surrogates).
_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
_DUTCH = st.sampled_from(
    [
        "Aanleiding",
        "Kamerbrief",
        "ondertekenen",
        "2024-0000096441",
        "13 februari 2024",
        "BZK",
        "de",
        "het",
        "(JA21)",
        "Datum",
        "Bijlage(n)",
        "1.",
        "a.",
        "ii.",
        "C.",
        "-",
        "•",
        "# ",
        "|",
        ":",
        "TER",
        "Pagina 1 van 2",
    ]
)


def _normalised(raw: str) -> str:
    return " ".join(raw.split())


def texts(*, max_size: int = 60, alphabet: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[str]:
    """Non-empty normalised one-line text (single spaces, no control characters).

    Mixes arbitrary characters with words that mean something in a nota, so the reader's
    vocabulary is exercised ("Datum", "TER", "Pagina 1 van 2", "# ", "|").
    """
    chars = alphabet if alphabet is not None else _ALPHABET
    raw = st.one_of(
        st.text(chars, min_size=1, max_size=max_size),
        st.lists(st.one_of(_DUTCH, st.text(chars, min_size=1, max_size=8)), min_size=1, max_size=6).map(
            " ".join
        ),
    )
    return raw.map(_normalised).filter(lambda t: _canon.text_problem(t) is None)


def _one_of_words(words: tuple[str, ...]) -> st.SearchStrategy[str]:
    """One of a vocabulary's words, drawn by its index: a strategy whose repr does not list the
    whole vocabulary (hypothesis warns when a strategy's repr grows large)."""
    return st.integers(0, len(words) - 1).map(words.__getitem__)


def _labels() -> st.SearchStrategy[str]:
    known = _one_of_words(tuple(sorted(_vocab.LABELS)))
    made = texts(max_size=20).map(lambda t: t.replace(":", "")).map(_normalised)
    return st.one_of(known, made).filter(lambda t: _canon.label_problem(t) is None)


def fields(
    *, labels: st.SearchStrategy[str] | None = None, values: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Field]:
    """Label/value pairs; the value may be empty, or printed on several lines (``Field.lines``:
    "Rijkswaterstaat" / "DGWB" / "FEZ")."""
    label = labels if labels is not None else _labels()
    one_line = st.builds(
        Field,
        label=label,
        value=values
        if values is not None
        else st.one_of(st.just(""), texts(), dates().map(_fragments.format_date)),
    )
    lines = st.lists(values if values is not None else texts(), min_size=2, max_size=4).map(tuple)
    several = st.builds(
        lambda label, lines: Field(label=label, value=" ".join(lines), lines=lines),
        label,
        lines.filter(lambda ls: _canon.text_problem(" ".join(ls)) is None),
    )
    return st.one_of(one_line, several)


def purposes() -> st.SearchStrategy[str]:
    """Purposes: the known words, other lower-case words that round-trip through upper case, and
    two known words joined by "en" or "of" ("informatie en besluitvorming")."""
    known = st.sampled_from(sorted(_vocab.PURPOSES))
    made = st.text(st.characters(categories=["Ll"]), min_size=1, max_size=12)
    return st.one_of(known, made.filter(_fragments.is_purpose), _joined_purposes())


@st.composite
def _joined_purposes(draw: st.DrawFn) -> str:
    """Two known purposes joined by "en" or "of" ("informatie en besluitvorming")."""
    known = sorted(_vocab.PURPOSES)
    return " ".join(
        (
            draw(st.sampled_from(known)),
            draw(st.sampled_from(sorted(_vocab.PURPOSE_JOINS))),
            draw(st.sampled_from(known)),
        )
    )


def dates() -> st.SearchStrategy[dt.date]:
    """Dates a nota can carry."""
    return st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def metadata(
    *,
    fields_: st.SearchStrategy[Field] | None = None,
    purpose: st.SearchStrategy[str | None] | None = None,
    max_fields: int = 8,
) -> st.SearchStrategy[Metadata]:
    """Metadata blocks: fields in order, optional purpose, page count, kind and letterhead."""
    return st.builds(
        Metadata,
        fields=st.lists(fields_ if fields_ is not None else fields(), max_size=max_fields).map(tuple),
        purpose=purpose if purpose is not None else st.none() | purposes(),
        page_count=st.none() | st.integers(1, 500),
        kind=st.none() | texts(max_size=15),
        letterhead=st.lists(texts(), max_size=3).map(tuple),
        unlabelled_addressee=st.none() | texts(max_size=60),
    )


def _numbers() -> st.SearchStrategy[str]:
    return st.from_regex(_canon.NUMBER, fullmatch=True)


def _marked_headings() -> st.SearchStrategy[str]:
    """Headings that start like a section number: "A. Aanleiding", "IV. Kern", "U Kern", "12 Kern"
    (read back as they are, unnumbered, when the section has no number of its own)."""
    return st.builds(
        "{}{} {}".format,
        _numbers(),
        st.sampled_from((".", "")),
        st.one_of(_one_of_words(_vocab.HEADINGS), texts(max_size=30)),
    )


def blocks(*, text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Block]:
    """Paragraphs and lists (bullet or numbered)."""
    body = text if text is not None else texts(max_size=120)
    return st.one_of(
        st.builds(Paragraph, text=body),
        st.builds(ItemList, items=st.lists(body, min_size=1, max_size=4).map(tuple)),
        _ordered_lists(st.lists(body, min_size=1, max_size=4).map(tuple)),
    )


@st.composite
def _ordered_lists(draw: st.DrawFn, items: st.SearchStrategy[tuple[str, ...]]) -> ItemList:
    """Ordered lists in every numbering, from 1 or from a later number (as far as it goes)."""
    texts_ = draw(items)
    numbering = draw(st.sampled_from(_canon.NUMBERINGS))
    last = _canon.LAST_NUMBER[numbering]
    highest = (last if last is not None else 120) - len(texts_) + 1
    start = draw(st.one_of(st.just(1), st.integers(1, highest)))
    if _canon.lettered_roman(numbering, start, len(texts_)):
        numbering = "i" if numbering == "a" else "I"  # (one item marked i, v or x is roman)
        start = {9: 1, 22: 5, 24: 10}[start]
    return ItemList(items=texts_, ordered=True, numbering=numbering, start=start)


def sections(
    *, headings: st.SearchStrategy[str] | None = None, max_blocks: int = 4
) -> st.SearchStrategy[Section]:
    """Sections with optional numbering and a few blocks."""
    return st.builds(
        Section,
        heading=headings
        if headings is not None
        else st.one_of(_one_of_words(_vocab.HEADINGS), texts(max_size=40), _marked_headings()),
        number=st.none() | _numbers(),
        blocks=st.lists(blocks(), max_size=max_blocks).map(tuple),
    )


def preambles() -> st.SearchStrategy[Section]:
    """The text between title and first heading: a section with heading "" and some blocks."""
    return st.builds(
        Section, heading=st.just(""), blocks=st.lists(blocks(), min_size=1, max_size=3).map(tuple)
    )


def attachments() -> st.SearchStrategy[Attachment]:
    """Attachment table rows."""
    return st.builds(
        Attachment, number=st.integers(1, 99), name=texts(max_size=80), info=st.none() | texts(max_size=40)
    )


def footnotes() -> st.SearchStrategy[Footnote]:
    """Footnotes."""
    return st.builds(Footnote, number=st.integers(1, 99), text=texts(max_size=80))


def notas(
    *,
    metadata_: st.SearchStrategy[Metadata] | None = None,
    titles: st.SearchStrategy[str] | None = None,
    sections_: st.SearchStrategy[Section] | None = None,
    max_sections: int = 6,
    max_enclosures: int = 2,
) -> st.SearchStrategy[Nota]:
    """Whole notas. Each renders to canonical text that parses back equal.

    Now and then a nota has enclosures (up to ``max_enclosures``: the documents that follow it in
    the same file), small notas of their own without enclosures; 0 draws none.
    """
    small = _notas(
        metadata(max_fields=4), st.just("") | texts(max_size=60), sections(max_blocks=2), 2, st.just(())
    )
    enclosures: st.SearchStrategy[tuple[Nota, ...]] = st.just(())
    if max_enclosures > 0:
        enclosures |= st.lists(small, min_size=1, max_size=max_enclosures).map(tuple)
    return _notas(
        metadata_ if metadata_ is not None else metadata(),
        titles if titles is not None else st.just("") | texts(max_size=100),
        sections_ if sections_ is not None else sections(),
        max_sections,
        enclosures,
    )


def _notas(
    metadata_: st.SearchStrategy[Metadata],
    titles: st.SearchStrategy[str],
    sections_: st.SearchStrategy[Section],
    max_sections: int,
    enclosures: st.SearchStrategy[tuple[Nota, ...]],
) -> st.SearchStrategy[Nota]:
    return st.builds(
        Nota,
        metadata=metadata_,
        title=titles,
        sections=st.tuples(
            st.lists(preambles(), max_size=1),
            st.lists(sections_, max_size=max_sections),
        ).map(lambda parts: (*parts[0], *parts[1])),
        attachments=st.lists(attachments(), max_size=4).map(tuple),
        footnotes=st.lists(footnotes(), max_size=3).map(tuple),
        unplaced=st.lists(texts(), max_size=2).map(tuple),
        enclosures=enclosures,
    )


def _register_types() -> None:
    """Make ``st.from_type`` draw valid model objects (run once, when this module is imported)."""
    st.register_type_strategy(Nota, notas())
    st.register_type_strategy(Metadata, metadata())
    st.register_type_strategy(Section, sections())
    st.register_type_strategy(Field, fields())
    st.register_type_strategy(Attachment, attachments())
    st.register_type_strategy(Footnote, footnotes())


_register_types()
