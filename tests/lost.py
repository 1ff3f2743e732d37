"""The "nothing is lost" word check, shared by the corpus texts and the micro-cases.

Every word of an input must be a word of the canonical text of the Nota read from it
(:func:`notaparse.render`: every field, the letterhead, the title, each heading, paragraph, list
item, attachment row and footnote, each unplaced part, each enclosure; the text re-reads to the
same Nota, so it holds all the Nota holds). The check COUNTS: the input's words, as a multiset,
must be covered by the output's words, so a word dropped once of the twice it is printed ("en",
"5.") is lost even though the same letters are kept elsewhere. A word is its letters, digits and
inner signs, case-folded, the signs around it ("(", ".", ",", ":", quotes, a closing hyphen)
left out.

Where the reader joins or splits on purpose, ``loose=True`` counts a word still unmatched once
the exact words are counted:

- with its signs left out ("P.O." kept as "PO", "1.Aanleiding" written "1. Aanleiding");
- as two words read as one (a word split over two rows, "beslis-" / "nota", kept as
  "beslisnota") or one read as two or three (a label glued to its value, "Datum13 juni", or a
  heading glued to its number, kept apart).

Each match uses up the output's word, so no output word covers two input words. The micro-cases
need none of this (their input is text the reader keeps word for word); the corpus's extracted
texts need it (their extractors glue and split words).

What the reader rewrites ON PURPOSE is not a loss; each caller names the shapes it exempts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

#: A rewrite the check allows: a function from an input text to that text with the words the
#: reader rewrites on purpose taken out.
Rewrite = Callable[[str], str]

_NOT_ALNUM = re.compile(r"[\W_]+")
_EDGE_SIGNS = ".,;:()[]‘’“”'\"!?*"


#: Capitals or letters drawn apart, three or more, set apart by single spaces at a row's start
#: ("N O T A": a kind word set with tracking).
_SPACED_LETTERS = re.compile(r"(?m)^(?:[^\W\d_] ){2,}[^\W\d_](?= |$)")
#: Two or three pieces of at most three letters at a row's start ("N ot a": an OCR layer's
#: reading of a wordmark).
_LETTER_PIECES = re.compile(r"(?m)^[^\W\d_]{1,3}(?: [^\W\d_]{1,3}){1,2}(?= |$)")
#: Single digits drawn apart before a value's last group, the row's whole value or its date's
#: day ("4 8 628954", "1 3 december 2023").
_SPACED_DIGITS = re.compile(r"(?m)^\d(?: \d)* \d+(?= [^\W\d_]+ \d{4}$|$)")


def letter_spaced(kinds: frozenset[str]) -> Rewrite:
    """The rewrite of letter-spaced words the reader joins (docs/format.md): letters drawn apart at
    a row's start ("N O T A"), a kind word (one of ``kinds``, case-folded) in two or three pieces
    at a row's start ("N ot a"), digits drawn apart in a value on a row of its own ("4 8 628954",
    "1 3 december 2023"): each written joined, so a join the reader did not make is still lost
    (as the joined word)."""

    def join(m: re.Match[str]) -> str:
        return m[0].replace(" ", "")

    def join_kind(m: re.Match[str]) -> str:
        return join(m) if join(m).casefold() in kinds else m[0]

    def rewrite(source: str) -> str:
        source = _SPACED_LETTERS.sub(join, source)
        source = _LETTER_PIECES.sub(join_kind, source)
        return _SPACED_DIGITS.sub(join, source)

    return rewrite


def _token(word: str) -> str:
    return word.strip(_EDGE_SIGNS).casefold().rstrip("-")


def _words(text: str) -> list[tuple[str, str]]:
    """The text's words in order, each as (the word as printed, its token); words with no letter
    or digit (bullet glyphs, check boxes, markup) are left out."""
    pairs = ((word, _token(word)) for word in text.split())
    return [(word, token) for word, token in pairs if any(c.isalnum() for c in token)]


def lost_words(
    source: str, kept_text: str, rewrites: Iterable[Rewrite] = (), *, loose: bool = False
) -> list[str]:
    """The words of ``source`` (after each of ``rewrites`` took out the words it allows to go)
    that ``kept_text`` (a Nota's canonical text) does not hold as often as ``source`` prints
    them, in the source's order; ``loose`` also counts a word as kept with its signs left out,
    joined to its neighbour or split in two or three (see the module's docstring)."""
    for rewrite in rewrites:
        source = rewrite(source)
    have = Counter(token for _, token in _words(kept_text))
    missing: list[tuple[str, str]] = []
    for word, token in _words(source):
        if have[token] > 0:
            have[token] -= 1
        else:
            missing.append((word, token))
    if loose and missing:
        missing = _loose_matches(missing, kept_text, have)
    return [word for word, _ in missing]


def _loose_matches(
    missing: list[tuple[str, str]], kept_text: str, have: Counter[str]
) -> list[tuple[str, str]]:
    """The words of ``missing`` still unmatched when the output's words not yet used (``have``)
    are compared with their signs left out, joined or split."""
    left = Counter({_NOT_ALNUM.sub("", t): 0 for t in have})
    for token, n in have.items():
        left[_NOT_ALNUM.sub("", token)] += n
    # output words in order, with signs left out, for the splits (those still unused)
    order = [_NOT_ALNUM.sub("", t) for _, t in _words(kept_text)]
    bare = [(word, _NOT_ALNUM.sub("", token)) for word, token in missing]
    still: list[tuple[str, str]] = []
    i = 0
    while i < len(bare):
        key = bare[i][1]
        if left[key] > 0:  # signs left out
            left[key] -= 1
            i += 1
            continue
        if i + 1 < len(bare) and left[key + bare[i + 1][1]] > 0:  # two words read as one
            left[key + bare[i + 1][1]] -= 1
            i += 2
            continue
        split = _split(key, order, left)
        if split:  # one word read as two or three
            for part in split:
                left[part] -= 1
            i += 1
            continue
        still.append(missing[i])
        i += 1
    return still


def _split(key: str, order: list[str], left: Counter[str]) -> list[str]:
    """Two or three consecutive output words, each still unused, that together spell ``key``."""
    for start in range(len(order)):
        if not key.startswith(order[start]) or not order[start]:
            continue
        for width in (2, 3):
            parts = order[start : start + width]
            if (
                len(parts) == width
                and "".join(parts) == key
                and all(left[p] >= parts.count(p) for p in parts)
            ):
                return parts
    return []
