"""Ordered lists keep their printed numbering: the model, canonical text and JSON."""

from __future__ import annotations

import json
import re

import pytest

import notaparse
from notaparse import ItemList, Nota, Paragraph, Section


def _nota(*blocks: Paragraph | ItemList) -> Nota:
    return Nota(sections=(Section(heading="Kern", blocks=blocks),))


def _body(nota: Nota) -> str:
    """The rendered blocks of the one section (after "## Kern")."""
    return notaparse.render(nota).split("## Kern\n\n", 1)[1]


# -- the model -------------------------------------------------------------------------------------
def test_defaults_keep_existing_code_working() -> None:
    numbered = ItemList(items=("een", "twee"), ordered=True)
    assert (numbered.numbering, numbered.start) == ("1", 1)
    assert numbered == ItemList(items=("een", "twee"), ordered=True, numbering="1", start=1)
    bullets = ItemList(items=("een",))
    assert (bullets.ordered, bullets.numbering, bullets.start) == (False, "1", 1)


@pytest.mark.parametrize(
    ("numbering", "start", "count", "marks"),
    [
        ("1", 1, 3, ("1", "2", "3")),
        ("1", 3, 2, ("3", "4")),
        ("a", 1, 3, ("a", "b", "c")),
        ("a", 2, 2, ("b", "c")),
        ("A", 1, 2, ("A", "B")),
        ("i", 1, 4, ("i", "ii", "iii", "iv")),
        ("i", 8, 3, ("viii", "ix", "x")),
        ("I", 1, 3, ("I", "II", "III")),
        ("a", 25, 2, ("y", "z")),
        ("i", 38, 2, ("xxxviii", "xxxix")),
    ],
)
def test_marks(numbering: notaparse.Numbering, start: int, count: int, marks: tuple[str, ...]) -> None:
    items = tuple(f"punt {k}" for k in range(count))
    lst = ItemList(items=items, ordered=True, numbering=numbering, start=start)
    assert lst.marks() == marks


def test_a_bullet_list_has_no_marks() -> None:
    assert ItemList(items=("een",)).marks() == ()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"numbering": "a"}, "a bullet list has no numbering: numbering and start are for ordered lists"),
        ({"start": 2}, "a bullet list has no numbering: numbering and start are for ordered lists"),
        ({"ordered": True, "numbering": "b"}, "numbering must be one of '1', 'a', 'A', 'i', 'I', got 'b'"),
        ({"ordered": True, "start": 0}, "start must be a positive int, got 0"),
        ({"ordered": True, "start": True}, "start must be a positive int, got True"),
        ({"ordered": True, "start": "3"}, "start must be a positive int, got '3'"),
        (
            {"ordered": True, "numbering": "a", "start": 26, "items": ("y", "z")},
            "a list numbered 'a' goes up to 'z', but start 26 with 2 items ends at 27",
        ),
        (
            {"ordered": True, "numbering": "I", "start": 39, "items": ("y", "z")},
            "a list numbered 'I' goes up to 'XXXIX', but start 39 with 2 items ends at 40",
        ),
        (
            {"ordered": True, "numbering": "a", "start": 9},
            "a one-item list marked 'i' is roman (numbering 'i'): it cannot be lettered",
        ),
        (
            {"ordered": True, "numbering": "A", "start": 22},
            "a one-item list marked 'V' is roman (numbering 'I'): it cannot be lettered",
        ),
    ],
)
def test_validators(kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {"items": ("een",), **kwargs}
    with pytest.raises(notaparse.ModelError, match=re.escape(message)):
        ItemList(**args)  # type: ignore[arg-type]


def test_letters_around_i_are_letters_in_a_longer_list() -> None:
    lst = ItemList(items=("een", "twee"), ordered=True, numbering="a", start=9)
    assert lst.marks() == ("i", "j")


# -- canonical text ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lst", "text"),
    [
        (ItemList(items=("een", "twee"), ordered=True), "1. een\n2. twee\n"),
        (ItemList(items=("een", "twee"), ordered=True, start=3), "3. een\n4. twee\n"),
        (ItemList(items=("een", "twee", "drie"), ordered=True, numbering="a"), "a. een\nb. twee\nc. drie\n"),
        (ItemList(items=("een",), ordered=True, numbering="a", start=2), "b. een\n"),
        (ItemList(items=("een", "twee"), ordered=True, numbering="A"), "A. een\nB. twee\n"),
        (
            ItemList(items=("een", "twee", "drie"), ordered=True, numbering="i"),
            "i. een\nii. twee\niii. drie\n",
        ),
        (ItemList(items=("een",), ordered=True, numbering="I", start=4), "IV. een\n"),
        (ItemList(items=("een", "twee"), ordered=True, numbering="a", start=8), "h. een\ni. twee\n"),
        (ItemList(items=("een", "twee"), ordered=True, numbering="a", start=22), "v. een\nw. twee\n"),
        (ItemList(items=("een",), ordered=True, numbering="i", start=10), "x. een\n"),
    ],
)
def test_canonical_round_trip(lst: ItemList, text: str) -> None:
    nota = _nota(lst)
    assert _body(nota) == text
    assert notaparse.parse(notaparse.render(nota), strict=True) == nota


@pytest.mark.parametrize(
    "paragraph",
    [
        "a. Jansen is gehoord.",
        "B. Advies volgt.",
        "iv. is een nummer.",
        "XII. Slot",
        "3. punten",
        "xxxx. nee",
    ],
)
def test_a_paragraph_that_starts_like_an_item_is_escaped(paragraph: str) -> None:
    nota = _nota(Paragraph(text=paragraph))
    assert _body(nota) == "\\" + paragraph + "\n"
    assert notaparse.parse(notaparse.render(nota), strict=True) == nota


def test_a_paragraph_with_a_word_and_full_stop_is_not_escaped() -> None:
    nota = _nota(Paragraph(text="ca. 30 gemeenten doen mee."))
    assert _body(nota) == "ca. 30 gemeenten doen mee.\n"


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("1. een\n3. twee", "Expected item 2. of a numbered list"),
        ("b. een\nd. twee", "Expected item c. of a numbered list"),
        ("i. een\nk. twee", "Expected item ii. or j. of a numbered list"),
        ("y. een\nz. twee\nb. drie", "Expected the numbered list to end after item z."),
        ("a. een\nii. twee", "Expected item b. of a numbered list"),
        ("00. een", "Expected a list mark (1, a, A, i, I ...), got '00'"),
        ("xvx. een", "Expected a list mark (1, a, A, i, I ...), got 'xvx'"),
        ("a. een\n- twee", "Expected item b. of a numbered list"),
    ],
)
def test_canonical_list_errors(lines: str, message: str) -> None:
    with pytest.raises(notaparse.NotaSyntaxError) as info:
        notaparse.parse(f"%nota 1\n\n## Kern\n\n{lines}\n", strict=True)
    assert info.value.reason == message


# -- JSON --------------------------------------------------------------------------------------------
def test_json_carries_numbering_and_start_of_ordered_lists_only() -> None:
    nota = _nota(
        ItemList(items=("een", "twee"), ordered=True, numbering="a", start=2),
        ItemList(items=("drie",)),
    )
    blocks = notaparse.to_dict(nota)["sections"][0]["blocks"]
    assert blocks == [
        {"kind": "list", "ordered": True, "numbering": "a", "start": 2, "items": ["een", "twee"]},
        {"kind": "list", "ordered": False, "items": ["drie"]},
    ]
    assert notaparse.from_json(notaparse.to_json(nota)) == nota


def test_json_without_numbering_reads_as_before() -> None:
    """JSON written before lists kept their numbering: an ordered list is 1. 2. 3."""
    data = notaparse.to_dict(_nota(ItemList(items=("een", "twee"), ordered=True)))
    block = data["sections"][0]["blocks"][0]
    del block["numbering"], block["start"]
    nota = notaparse.from_json(json.dumps(data))
    assert nota.sections[0].blocks == (ItemList(items=("een", "twee"), ordered=True),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"numbering": "b"}, "JSON does not describe a nota"),
        ({"start": "2"}, "JSON does not describe a nota"),
        ({"start": 0}, "JSON does not describe a nota"),
        ({"ordered": False}, "JSON does not describe a nota"),
    ],
)
def test_json_with_a_bad_numbering_is_refused(change: dict[str, object], message: str) -> None:
    data = notaparse.to_dict(_nota(ItemList(items=("een",), ordered=True, numbering="a", start=2)))
    data["sections"][0]["blocks"][0].update(change)
    with pytest.raises(notaparse.JSONError, match=re.escape(message)):
        notaparse.from_dict(data)
