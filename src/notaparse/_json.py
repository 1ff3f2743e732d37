"""JSON for notas through a cattrs converter: ``to_json`` / ``from_json`` and plain dicts.

The JSON carries the derived metadata values (addressee, reference, date, ...) next to the
printed fields, because other tools read them; ``from_json`` rebuilds the nota from the printed
fields and checks that the derived values given agree.
"""

from __future__ import annotations

import json
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ._canon import NUMBERINGS
from ._errors import JSONError
from ._model import Attachment, Block, Field, Footnote, ItemList, Metadata, Nota, Paragraph, Section

#: Keys of ``metadata`` computed from the printed fields.
DERIVED = (
    "addressee",
    "sender",
    "purpose",
    "actively_public",
    "reference",
    "date",
    "drafted_by",
    "coordinated_with",
    "attachment_count",
    "page_count",
)


def _converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=False)
    for cls in (Field, Attachment, Footnote):
        conv.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, conv, origin=override(omit=True)))
        conv.register_structure_hook(cls, make_dict_structure_fn(cls, conv))
    conv.register_unstructure_hook(Paragraph, lambda p: {"kind": "paragraph", "text": p.text})

    def unstructure_list(lst: ItemList) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": "list", "ordered": lst.ordered}
        if lst.ordered:  # (a bullet list has no numbering)
            data.update(numbering=lst.numbering, start=lst.start)
        data["items"] = list(lst.items)
        return data

    conv.register_unstructure_hook(ItemList, unstructure_list)

    def structure_block(data: Any, _type: Any) -> Block:
        if not isinstance(data, dict) or data.get("kind") not in ("paragraph", "list"):
            raise ValueError('a block needs "kind": "paragraph" or "list"')
        if data["kind"] == "paragraph":
            return Paragraph(text=conv.structure(data.get("text"), str))
        items = conv.structure(data.get("items"), tuple[str, ...])
        # (JSON written before lists kept their numbering has no "numbering" or "start": 1. 2. 3.)
        numbering = data.get("numbering", "1")
        if numbering not in NUMBERINGS:
            raise ValueError(
                f'a list\'s "numbering" must be one of {", ".join(NUMBERINGS)}, got {numbering!r}'
            )
        start = data.get("start", 1)
        if not isinstance(start, int) or isinstance(start, bool):
            raise ValueError(f'a list\'s "start" must be an integer, got {start!r}')
        return ItemList(
            items=items,
            ordered=conv.structure(data.get("ordered", False), bool),
            numbering=numbering,
            start=start,
        )

    conv.register_structure_hook(Block, structure_block)
    conv.register_unstructure_hook(
        Section,
        lambda s: {
            "heading": s.heading,
            "number": s.number,
            "blocks": [conv.unstructure(b) for b in s.blocks],
        },
    )
    conv.register_structure_hook(Section, make_dict_structure_fn(Section, conv))

    def unstructure_metadata(m: Metadata) -> dict[str, Any]:
        return {
            "addressee": m.addressee,
            "sender": m.sender,
            "purpose": m.purpose,
            "actively_public": m.actively_public,
            "reference": m.reference,
            "date": m.date.isoformat() if m.date else None,
            "drafted_by": m.drafted_by,
            "coordinated_with": list(m.coordinated_with),
            "attachment_count": m.attachment_count,
            "page_count": m.page_count,
            "kind": m.kind,
            "letterhead": list(m.letterhead),
            "unlabelled_addressee": m.unlabelled_addressee,
            "fields": [conv.unstructure(f) for f in m.fields],
        }

    conv.register_unstructure_hook(Metadata, unstructure_metadata)
    conv.register_structure_hook(Metadata, make_dict_structure_fn(Metadata, conv))
    conv.register_unstructure_hook(
        Nota,
        make_dict_unstructure_fn(Nota, conv, diagnostics=override(omit=True), origin=override(omit=True)),
    )
    conv.register_structure_hook(Nota, make_dict_structure_fn(Nota, conv, diagnostics=override(omit=True)))
    return conv


CONVERTER = _converter()


def to_dict(nota: Nota) -> dict[str, Any]:
    """Return the JSON-ready dict of ``nota`` (the documented JSON contract)."""
    data: dict[str, Any] = CONVERTER.unstructure(nota)
    return data


def from_dict(data: Any) -> Nota:
    """Build a Nota from a dict in the JSON contract; raises JSONError with the failing path."""
    try:
        nota = CONVERTER.structure(data, Nota)
    except cattrs.BaseValidationError as e:
        messages = cattrs.transform_error(e)
        raise JSONError("JSON does not describe a nota: " + "; ".join(messages)) from None
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        raise JSONError(f"JSON does not describe a nota: {e}") from None
    given = data.get("metadata", {}) if isinstance(data, dict) else {}
    derived = to_dict(nota)["metadata"]
    for key in DERIVED:
        if key in given and given[key] != derived[key]:
            raise JSONError(
                f"JSON disagrees with itself at $.metadata.{key}: it says {given[key]!r}, "
                f"but the printed fields give {derived[key]!r}"
            )
    return nota


def to_json(nota: Nota, *, indent: int | None = 2) -> str:
    """Write ``nota`` as JSON (UTF-8 text, non-ASCII kept)."""
    return json.dumps(to_dict(nota), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Nota:
    """Read a nota from JSON written by :func:`to_json`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise JSONError(f"not JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    return from_dict(data)
