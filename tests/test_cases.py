"""Micro-cases (tests/cases/*.txt): small extracted texts with their expected canonical text.

Each case is "### name", the input, ".", the expected canonical text, "."; the test id carries
the file and line number of the case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import notaparse

CASES = Path(__file__).resolve().parent / "cases"


def _read_cases() -> list[object]:
    params = []
    for path in sorted(CASES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        i = 0
        while i < len(lines):
            if not lines[i].startswith("### "):
                i += 1
                continue
            name, start = lines[i][4:], i + 1
            parts: list[list[str]] = [[], []]
            part = 0
            i += 1
            while part < 2:
                if lines[i] == ".":
                    part += 1
                else:
                    parts[part].append(lines[i])
                i += 1
            source = "\n".join(parts[0]).replace("\\f", "\f") + "\n"
            expected = "\n".join(parts[1]) + "\n"
            params.append(pytest.param(source, expected, id=f"{path.name}:{start}:{name}"))
    return params


@pytest.mark.parametrize(("source", "expected"), _read_cases())
def test_case(source: str, expected: str) -> None:
    assert notaparse.render(notaparse.parse(source)) == expected
    assert notaparse.render(notaparse.parse(expected, strict=True)) == expected
