"""How ``parse(text)`` scales with the length of text of one shape: the time for 2N lines over N.

Run from the repository root (a script, not a test):

    .venv/bin/python benchmarks/parse_scaling.py             # N = 2000 lines
    .venv/bin/python benchmarks/parse_scaling.py --lines 4000

A reader that is linear in its input takes about twice as long for twice the lines (ratio ~2);
a ratio near 4 means a rule does work for every line over all the lines before it. Each shape is
text a user can hand the parser: a long list or table with no headings at all (everything then
falls in the header zone, where runs of plain lines grow), prose without full stops, unit names
("Directie ..."), label lines, paragraphs between blank lines, and a body under one heading.
Reported: the median of --repeats runs per size, in seconds, and the ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

import notaparse

_PROSE = (
    "de het een beleid minister nota advies kamer brief wet regeling besluit onderzoek gemeente provincie"
)
_WORDS = _PROSE.split(" ")
_HEAD = "Aan: MOCW\n\nTitel van de nota\n\nAanleiding\n"


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))


#: name -> (line i of the text, whether the lines stand under a heading)
SHAPES: dict[str, tuple[Callable[[random.Random, int], str], bool]] = {
    "bullets, no heading": (lambda r, i: "- " + _words(r, 3, 12), False),
    "prose without full stops, no heading": (lambda r, i: _words(r, 12, 12), False),
    "prose, no blank lines, no heading": (lambda r, i: _words(r, 3, 12) + ".", False),
    "label lines, no heading": (
        lambda r, i: r.choice(("Datum", "Kenmerk", "Van")) + ": " + _words(r, 1, 3),
        False,
    ),
    "unit names, no heading": (lambda r, i: "Directie " + _words(r, 1, 3), False),
    "paragraphs between blank lines, no heading": (lambda r, i: _words(r, 8, 14) + ".\n", False),
    "bullets under a heading": (lambda r, i: "- " + _words(r, 3, 12), True),
    "prose under a heading": (lambda r, i: _words(r, 8, 14) + ("." if i % 7 == 6 else ""), True),
    "table rows under a heading": (lambda r, i: f"{i + 1} {_words(r, 2, 5)}   Ter informatie", True),
}


def text(shape: str, lines: int) -> str:
    line, headed = SHAPES[shape]
    rng = random.Random(1)
    body = "\n".join(line(rng, i) for i in range(lines))
    return _HEAD + body if headed else body


def seconds(source: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        notaparse.parse(source)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000, help="N (the second size is 2N)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    n = args.lines
    print(f"{'shape':<44} {f'{n} lines':>10} {f'{2 * n} lines':>11}  ratio")
    for shape in SHAPES:
        one, two = (seconds(text(shape, size), args.repeats) for size in (n, 2 * n))
        print(f"{shape:<44} {one:>9.3f}s {two:>10.3f}s  {two / one:5.1f}")


if __name__ == "__main__":
    main()
