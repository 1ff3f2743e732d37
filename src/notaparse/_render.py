"""Canonical text: ``render(nota)``. Mirrors :mod:`notaparse._canonical` function by function."""

from __future__ import annotations

from . import _canon, _fragments
from ._model import Attachment, Block, Field, Footnote, ItemList, Metadata, Nota, Section


def render(nota: Nota) -> str:
    """Write ``nota`` as canonical text (see docs/format.md); ``parse`` reads it back equal."""
    if not isinstance(nota, Nota):
        raise TypeError(f"render() needs a Nota, got {type(nota).__name__}")
    parts = render_document(_canon.MAGIC, nota)
    parts.extend(p for enclosure in nota.enclosures for p in render_document(_canon.ENCLOSURE, enclosure))
    return "\n\n".join(p for p in parts if p) + "\n"


def render_document(first: str, nota: Nota) -> list[str]:
    """document := first-line (NL header-line)* (NL NL group)*   (the nota, or an enclosure)"""
    header = render_metadata(nota.metadata)
    parts = [first + ("\n" + header if header else "")]
    if nota.title:
        parts.append(_canon.TITLE + nota.title)
    parts.extend(render_section(s) for s in nota.sections)
    if nota.attachments:
        parts.append("\n".join(render_attachment(a) for a in nota.attachments))
    if nota.footnotes:
        parts.append("\n".join(render_footnote(f) for f in nota.footnotes))
    if nota.unplaced:
        parts.append("\n".join(_canon.UNPLACED + u for u in nota.unplaced))
    return parts


def render_metadata(meta: Metadata) -> str:
    """header := kind? purpose? pages? addressee? letterhead* field*"""
    lines = []
    if meta.kind is not None:
        lines.append(_canon.KIND + meta.kind)
    if meta.purpose is not None:
        lines.append(_fragments.format_purpose(meta.purpose))
    if meta.page_count is not None:
        lines.append(f"{_canon.PAGES}{meta.page_count}")
    if meta.unlabelled_addressee is not None:
        lines.append(_canon.ADDRESSEE + meta.unlabelled_addressee)
    lines.extend(_canon.LETTERHEAD + entry for entry in meta.letterhead)
    lines.extend(render_field(f) for f in meta.fields)
    return "\n".join(lines)


def render_field(field: Field) -> str:
    """field := label ":" (" " line (NL "+ " line)*)?"""
    if not field.lines:
        return f"{field.label}:"
    first, *rest = field.lines
    return "\n".join([f"{field.label}: {first}", *(_canon.CONTINUATION + line for line in rest)])


def render_section(section: Section) -> str:
    """section := "## " [number " "] heading (blank block)*  |  preamble := block+"""
    blocks = [render_block(b) for b in section.blocks]
    if section.heading == "":
        return "\n\n".join(blocks)
    head = _canon.HEADING + _canon.escape_heading(section.heading, section.number)
    return "\n\n".join([head, *blocks])


def render_block(block: Block) -> str:
    """block := paragraph-line | ("- " item)+ | (mark ". " item)+"""
    if isinstance(block, ItemList):
        if block.ordered:
            return "\n".join(f"{mark}. {item}" for mark, item in zip(block.marks(), block.items, strict=True))
        return "\n".join(_canon.BULLET + item for item in block.items)
    return _canon.escape_paragraph(block.text)


def render_attachment(row: Attachment) -> str:
    """row := "| " number " | " name (" | " info)? " |" """
    cells = [str(row.number), _canon.escape_cell(row.name)]
    if row.info is not None:
        cells.append(_canon.escape_cell(row.info))
    return "| " + " | ".join(cells) + " |"


def render_footnote(note: Footnote) -> str:
    """footnote := "[^" number "]: " text"""
    return f"[^{note.number}]: {note.text}"
