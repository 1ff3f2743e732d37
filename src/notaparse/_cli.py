"""The ``notaparse`` command: ``json``, ``text`` and ``show`` a nota file; ``check`` and ``export``
an archive."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__, _canon, _check, _export
from ._errors import ExtractionError, NotaparseError, NotaSyntaxError
from ._json import to_json
from ._load import check_encoding, load
from ._model import ItemList, Nota
from ._render import render


def _show(nota: Nota) -> str:
    """``notaparse show``'s summary, in English as the rest of the command line and the docs are
    (labels named as the model's properties: ``Reference`` is ``metadata.reference``); the nota's
    own words (values, headings, other fields' labels) as printed."""
    m = nota.metadata
    out = [nota.title or "(no title)", "=" * min(78, max(10, len(nota.title)))]
    rows = [
        ("Addressee", m.addressee),
        ("Sender", m.sender),
        ("Purpose", m.purpose),
        ("Reference", m.reference),
        ("Date", m.date.isoformat() if m.date else None),
        ("Drafted by", m.drafted_by),
        ("Coordinated with", ", ".join(m.coordinated_with) or None),
        ("Attachments", None if m.attachment_count is None else str(m.attachment_count)),
        ("Pages", None if m.page_count is None else str(m.page_count)),
        ("Actively public", None if m.actively_public is None else ("yes" if m.actively_public else "no")),
    ]
    out.extend(f"{label:<18}{value}" for label, value in rows if value is not None)
    others = [f for f in m.fields if f.concept.value == "other"]
    if others:
        out.append(f"{'Other fields':<18}" + "; ".join(f"{f.label}: {f.value or '-'}" for f in others))
    out.append("")
    for section in nota.sections:
        number = f"{_canon.number_mark(section.number)} " if section.number else ""
        texts = [t for b in section.blocks for t in (b.items if isinstance(b, ItemList) else (b.text,))]
        words = sum(len(t.split()) for t in texts)
        blocks = len(section.blocks)
        out.append(f"  {number}{section.heading}  ({_count(blocks, 'block')}, {_count(words, 'word')})")
    if nota.attachments:
        out.append("")
        out.append("Attachments:")
        out.extend(f"  {a.number}. {a.name}" + (f" ({a.info})" if a.info else "") for a in nota.attachments)
    if nota.footnotes:
        out.append(f"Footnotes: {len(nota.footnotes)}")
    if nota.unplaced:
        out.append("")
        out.append("Not placed:")
        out.extend(f"  {u}" for u in nota.unplaced)
    for k, enclosure in enumerate(nota.enclosures, 1):
        # (the documents after the nota in the same file: each shown as a nota, indented)
        page = enclosure.origin.page if enclosure.origin is not None else None
        out.append("")
        out.append(f"Enclosure {k}" + (f" (from page {page}):" if page is not None else ":"))
        out.extend(f"  {line}" if line else "" for line in _show(enclosure).splitlines())
    if nota.diagnostics:
        out.append("")
        out.append("Diagnostics:")
        out.extend(f"  {d}" for d in nota.diagnostics)
    return "\n".join(out) + "\n"


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one ("1 block", "3 words")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="notaparse", description="Read Dutch ministerial nota's (PDF or extracted text)."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("json", "print the nota as JSON"),
        ("text", "print the nota as canonical text"),
        ("show", "print a readable summary"),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("path", help="a .pdf or .txt file")
        cmd.add_argument("--strict", action="store_true", help="fail on anything not understood")
        cmd.add_argument("--password", help="password of an encrypted PDF")
        cmd.add_argument("--encoding", help="encoding of a text file that is not UTF-8, e.g. cp1252")
    check = sub.add_parser(
        "check",
        help="load and validate files and folders, report problems",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _check.add_arguments(check)
    export = sub.add_parser(
        "export",
        help="write files and folders as one dataset: a JSON line or a CSV row per file",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _export.add_arguments(export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 1 the file could not be read, 2 usage).

    ``check`` returns 1 when problems at or above ``--fail-on`` were found or a file failed to load,
    ``export`` when a file failed to load; every command returns 130 when interrupted (Ctrl-C), with
    one line on stderr. When the reader of the output goes away (``notaparse export ARCHIVE |
    head``) the command stops without a traceback and returns 1.
    """
    try:
        code = _main(argv)
        sys.stdout.flush()  # (here, so that a reader gone away is noticed here, not at exit)
    except KeyboardInterrupt:
        # (check and export report what they read before; this is Ctrl-C anywhere else: while a
        # folder is searched, or one large PDF is read by json, text or show)
        sys.stderr.write("notaparse: interrupted\n")
        return _check.EXIT_INTERRUPTED
    except BrokenPipeError:
        # Nothing more can be written; Python would flush stdout again at exit and complain, so
        # stdout is pointed at the null device first (the recipe of Python's signal docs).
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # stdout without a file descriptor (captured in tests)
            pass
        return 1
    return code


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return _check.run(args)
    if args.command == "export":
        return _export.run(args)
    try:
        check_encoding(args.encoding)
    except ValueError as e:
        print(f"notaparse: {e}", file=sys.stderr)
        return 2
    try:
        nota = load(args.path, strict=args.strict, password=args.password, encoding=args.encoding)
    except (ExtractionError, NotaSyntaxError) as e:  # (their messages start with the file's name)
        print(f"notaparse: {e}", file=sys.stderr)
        return 1
    except NotaparseError as e:  # (any other names no file)
        print(f"notaparse: {args.path}: {e}", file=sys.stderr)
        return 1
    # (UTF-8 whatever the locale says: a nota's dashes and quotes are no Latin-1)
    out = _check.utf8_output(sys.stdout)
    if args.command == "json":
        out.write(to_json(nota) + "\n")
    elif args.command == "text":
        out.write(render(nota))
    else:
        out.write(_show(nota))
    return 0
