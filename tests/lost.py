"""The "nothing is lost" word check, shared by the corpus texts and the micro-cases.

Every word of an input must appear in the canonical text of the Nota read from it (a field, a
section, the letterhead, an unplaced part). A word counts as kept when it appears in that text
case-folded, or with the spaces (or all signs but letters and digits) left out on both sides: the
reader may join a word split over two rows, or write a label glued to its value ("Datum13 ...")
or a heading glued to its number ("1.Aanleiding") apart.

What the reader rewrites ON PURPOSE is not a loss; each caller names the shapes it exempts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: A rewrite the check allows: a function from an input text to that text with the words the
#: reader rewrites on purpose taken out.
Rewrite = Callable[[str], str]

_NOT_ALNUM = re.compile(r"[\W_]+")


def lost_words(source: str, kept_text: str, rewrites: Iterable[Rewrite] = ()) -> list[str]:
    """The words of ``source`` that ``kept_text`` (a Nota's canonical text) does not hold, after
    each of ``rewrites`` took out of it the words it allows to go."""
    kept = kept_text.casefold()
    kept_compact = re.sub(r"\s+", "", kept)
    kept_alnum = _NOT_ALNUM.sub("", kept)
    for rewrite in rewrites:
        source = rewrite(source)
    missing = []
    for line in source.splitlines():
        for word in line.split():
            token = word.strip(".,;:()‘’“”'\"").casefold().rstrip("-")
            if not any(c.isalnum() for c in token):
                continue  # bullet glyphs, checkboxes
            if token in kept or token in kept_compact or _NOT_ALNUM.sub("", token) in kept_alnum:
                continue
            missing.append(word)
    return missing
