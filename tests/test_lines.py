"""Line-level helpers of the extracted-text reader: pages found at their page lines."""

from __future__ import annotations

import pytest

from notaparse._lines import pages_at_page_lines


def _raw(*rows: str) -> list[tuple[int, int, str]]:
    return [(k, 1, row) for k, row in enumerate(rows, 1)]


def test_page_lines_at_the_pages_feet_start_the_next_pages() -> None:
    raw = _raw(
        "Aanleiding",
        "De Kamer vroeg om een brief.",
        "Pagina 1 van 2",
        "Kern",
        "Het antwoord.",
        "Pagina 2 van 2",
    )
    assert [page for _, page, _ in pages_at_page_lines(raw)] == [1, 1, 1, 2, 2, 2]


@pytest.mark.parametrize(
    "rows",
    [
        # out of order: the text is left as it is
        ("Aanleiding", "De Kamer vroeg om een brief.", "Pagina 2 van 2", "Kern", "Pagina 1 van 2"),
        # more page lines than pages
        ("Aanleiding", "De Kamer vroeg om een brief.", "Pagina 1 van 1", "Kern", "Pagina 2 van 1"),
        # the page lines head their pages: the text after the last is the longer
        ("Pagina 1 van 2", "Aanleiding", "Pagina 2 van 2", "Kern", "Het antwoord.", "Toelichting"),
    ],
)
def test_page_lines_that_are_no_pages_feet_leave_the_text_as_it_is(rows: tuple[str, ...]) -> None:
    raw = _raw(*rows)
    assert pages_at_page_lines(raw) == raw
