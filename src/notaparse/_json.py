"""JSON for notas through a cattrs converter: ``to_json`` / ``from_json`` and plain dicts.

The JSON carries the derived metadata values (addressee, reference, date, ...) next to the
printed fields, because other tools read them; ``from_json`` rebuilds the nota from the printed
fields and checks that the derived values given agree.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import attrs
import cattrs
from cattrs.cols import list_structure_factory
from cattrs.errors import AttributeValidationNote
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


#: The derived keys that are no attribute of Metadata (purpose and page_count are).
_COMPUTED = frozenset(DERIVED) - {a.name for a in attrs.fields(Metadata)}

#: The keys of a paragraph's and a list's JSON object.
_BLOCK_KEYS = {"paragraph": ("kind", "text"), "list": ("kind", "ordered", "numbering", "start", "items")}

#: JSON names of the Python types a nota's values have, for error messages.
_JSON_NAMES = {str: "a string", int: "an integer", bool: "true or false"}


def _exact(kind: type) -> Any:
    """A structure hook that takes a JSON value only when it already has type ``kind``: the
    contract has strings, integers and booleans, and a 5 for a title or ``true`` for a
    paragraph's text is an error in the JSON, not a value to convert ("5", "True")."""

    def structure(value: Any, _type: Any) -> Any:
        if type(value) is not kind:  # (bool is an int subclass: exact type, not isinstance)
            raise ValueError(f"expected {_JSON_NAMES[kind]}, got {json.dumps(value)}")
        return value

    return structure


def _object(structure: Any) -> Any:
    """Wrap a class's structure hook so it takes only a JSON object: cattrs would read a list or
    a string as an object with every key left out (an empty nota from ``[]``)."""

    def hook(value: Any, type_: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"expected an object, got {json.dumps(value)}")
        return structure(value, type_)

    return hook


def _array(type_: Any, conv: cattrs.Converter) -> Any:
    """The structure hook of ``tuple[X, ...]``: a JSON array only (cattrs would read the string
    "abc" as ("a", "b", "c")), each item read as X with its index in the error path."""
    item: Any = typing.get_args(type_)[0]
    items = list_structure_factory(typing.cast(Any, list[item]), conv)

    def hook(value: Any, _type: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise ValueError(f"expected an array, got {json.dumps(value)}")
        return tuple(items(value, _type))

    return hook


def _is_tuple(type_: Any) -> bool:
    origin: Any = typing.get_origin(type_)
    return origin is tuple


def _reason(exc: BaseException, type_: Any) -> str:
    """The message for one failure found while structuring: the reason a model class or a hook
    gave (ModelError and the hooks' ValueErrors say what is wrong), else cattrs' own wording."""
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return _unknown_keys(exc.extra_fields, _keys(exc.cl))
    if isinstance(exc, ValueError) and not isinstance(exc, cattrs.BaseValidationError) and str(exc):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def _keys(cls: type) -> list[str]:
    """The JSON keys of a model class's object, in the order the JSON writes them."""
    if cls is Metadata:  # (with the derived keys)
        return list(to_dict(Nota())["metadata"])
    return [a.name for a in attrs.fields(cls) if a.name not in ("origin", "diagnostics")]


def _unknown_keys(extra: typing.Iterable[str], known: typing.Iterable[str]) -> str:
    """The reason for keys the contract does not have: a misspelt key was read as left out."""
    extra = sorted(extra)
    noun = "key" if len(extra) == 1 else "keys"
    return f"unknown {noun} {', '.join(map(json.dumps, extra))}; the keys are {', '.join(known)}"


def _converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    for kind in _JSON_NAMES:
        conv.register_structure_hook(kind, _exact(kind))
    conv.register_structure_hook_factory(_is_tuple, lambda t: _array(t, conv))
    # (a Field's "lines" are written only when the value has several: "lines" left out is the
    # value as its one line)
    conv.register_unstructure_hook(
        Field,
        make_dict_unstructure_fn(
            Field, conv, origin=override(omit=True), lines=override(omit_if_default=True)
        ),
    )
    conv.register_structure_hook(Field, _object(make_dict_structure_fn(Field, conv)))
    for cls in (Attachment, Footnote):
        conv.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, conv, origin=override(omit=True)))
        conv.register_structure_hook(cls, _object(make_dict_structure_fn(cls, conv)))
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
        cls = Paragraph if data["kind"] == "paragraph" else ItemList
        extra = set(data) - set(_BLOCK_KEYS[data["kind"]])
        if extra:
            raise ValueError(_unknown_keys(extra, _BLOCK_KEYS[data["kind"]]))

        def value(key: str, type_: Any, default: Any = None) -> Any:
            # (a block is read by hand: a bad value is reported as cattrs reports an attribute's,
            # so its path ends in the key: $.sections[0].blocks[1].items[2])
            try:
                return conv.structure(data.get(key, default), type_)
            except (cattrs.BaseValidationError, ValueError) as e:
                e.add_note(AttributeValidationNote(f"Structuring block @ attribute {key}", key, type_))
                raise cattrs.ClassValidationError("While structuring a block", [e], cls) from None

        if data["kind"] == "paragraph":
            return Paragraph(text=value("text", str))
        # (JSON written before lists kept their numbering has no "numbering" or "start": 1. 2. 3.)
        numbering = data.get("numbering", "1")
        if numbering not in NUMBERINGS:
            raise ValueError(
                f'a list\'s "numbering" must be one of {", ".join(NUMBERINGS)}, got {json.dumps(numbering)}'
            )
        return ItemList(
            items=value("items", tuple[str, ...]),
            ordered=value("ordered", bool, False),
            numbering=numbering,
            start=value("start", int, 1),
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
    conv.register_structure_hook(Section, _object(make_dict_structure_fn(Section, conv)))

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
    structure_metadata = make_dict_structure_fn(Metadata, conv)

    def structure_metadata_without_derived(value: Any, type_: Any) -> Metadata:
        # (the derived keys are computed from the fields: from_dict checks them after)
        printed = {k: v for k, v in value.items() if k not in _COMPUTED}
        return structure_metadata(printed, type_)

    conv.register_structure_hook(Metadata, _object(structure_metadata_without_derived))
    conv.register_unstructure_hook(
        Nota,
        make_dict_unstructure_fn(Nota, conv, diagnostics=override(omit=True), origin=override(omit=True)),
    )

    def structure_enclosures(value: Any, type_: Any) -> tuple[Nota, ...]:
        # (an enclosure's own enclosures are refused here, so the path names the enclosure)
        if isinstance(value, list):
            for k, item in enumerate(value):
                if isinstance(item, dict) and item.get("enclosures"):
                    raise ValueError(
                        f"enclosure {k} has enclosures of its own; an enclosure cannot have "
                        "enclosures: list them all on the nota"
                    )
        # (the array hook is made here, once Nota's own hook is registered below)
        return conv.get_structure_hook(tuple[Nota, ...])(value, type_)  # type: ignore[no-any-return]

    conv.register_structure_hook(
        Nota,
        _object(
            make_dict_structure_fn(
                Nota,
                conv,
                diagnostics=override(omit=True),
                enclosures=override(struct_hook=structure_enclosures),
            )
        ),
    )
    return conv


CONVERTER = _converter()


def to_dict(nota: Nota) -> dict[str, Any]:
    """Return the JSON-ready dict of ``nota`` (the documented JSON contract)."""
    if not isinstance(nota, Nota):  # (cattrs would turn any object into something)
        raise TypeError(f"to_dict() needs a Nota, got {type(nota).__name__}")
    data: dict[str, Any] = CONVERTER.unstructure(nota)
    return data


def from_dict(data: Any) -> Nota:
    """Build a Nota from a dict in the JSON contract; raises JSONError with the failing path."""
    try:
        nota = CONVERTER.structure(data, Nota)
    except cattrs.BaseValidationError as e:
        messages = cattrs.transform_error(e, format_exception=_reason)
        raise JSONError("JSON does not describe a nota: " + "; ".join(messages)) from None
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        raise JSONError(f"JSON does not describe a nota: {e}") from None
    written = to_dict(nota)
    _check_derived(data, written, "$")
    enclosures = data.get("enclosures", []) if isinstance(data, dict) else []
    for k, (given, derived) in enumerate(zip(enclosures, written["enclosures"], strict=True)):
        _check_derived(given, derived, f"$.enclosures[{k}]")
    return nota


def _check_derived(data: Any, written: dict[str, Any], path: str) -> None:
    """Raise JSONError when a derived metadata value in ``data`` disagrees with the printed fields."""
    given = data.get("metadata", {}) if isinstance(data, dict) else {}
    derived = written["metadata"]
    for key in DERIVED:
        if key in given and given[key] != derived[key]:
            raise JSONError(
                f"JSON disagrees with itself at {path}.metadata.{key}: it says {given[key]!r}, "
                f"but the printed fields give {derived[key]!r}"
            )


def to_json(nota: Nota, *, indent: int | None = 2) -> str:
    """Write ``nota`` as JSON (UTF-8 text, non-ASCII kept)."""
    if not isinstance(nota, Nota):
        raise TypeError(f"to_json() needs a Nota, got {type(nota).__name__}")
    return json.dumps(to_dict(nota), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Nota:
    """Read a nota from JSON written by :func:`to_json`."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise TypeError(f"from_json() needs a str or bytes, got {type(text).__name__}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise JSONError(f"not JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    except UnicodeDecodeError as e:  # (bytes: json reads UTF-8, UTF-16 and UTF-32)
        raise JSONError(
            f"not JSON: the bytes are no UTF-8 text (byte 0x{e.object[e.start]:02x} at offset {e.start}); "
            "save the JSON as UTF-8"
        ) from None
    except RecursionError:
        raise JSONError("not JSON of a nota: arrays or objects nested too deeply to read") from None
    return from_dict(data)
