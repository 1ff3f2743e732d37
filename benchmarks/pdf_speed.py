"""Reading speed of nota PDFs: notaparse.load() per backend against plain pdfplumber extract_text().

Run from the repository root (a script, not a test):

    .venv/bin/python benchmarks/pdf_speed.py            # full run, a few minutes
    .venv/bin/python benchmarks/pdf_speed.py --quick    # fewer repeats

In one run and on the same PDFs (the corpus in fixtures/pdf and generated notas of 1, 20 and 100
pages written with tests/pdfwriter.py), with the methods interleaved in every repeat:

- median ms/page of ``notaparse.load(path, backend=...)`` for "pdfplumber" and "pdfium", and of
  plain pdfplumber ``page.extract_text()`` (closing each page), and the ratio extract_text / load;
- for the PDFium backend the split: character source, layout (extract minus characters), parse;
- peak memory (VmHWM of a fresh child process per measurement) of load() for 1 and 100 pages;
- ``parse(text)`` lines/s on a ~1 MB extracted text, and a cProfile of it (--profile).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

import notaparse  # noqa: E402
from notaparse import Field, ItemList, Metadata, Nota, Paragraph, Section  # noqa: E402
from notaparse._pdf import extract  # noqa: E402
from notaparse._pdfium import _chars  # noqa: E402
from pdfwriter import write_pdf  # noqa: E402

_PROSE = (
    "de minister besluit over het voorstel van de directie om de regeling voor bedrijven aan te passen "
    "zodat de uitvoering eenvoudiger wordt en de kosten voor burgers en gemeenten dalen in het komende jaar"
)
WORDS = _PROSE.split(" ")


def _sentence(seed: int, n: int) -> str:
    words = [WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(n)]
    return " ".join(words).capitalize() + "."


def long_nota(sections: int) -> Nota:
    """A nota with ``sections`` sections of prose and lists (grows about 2.5 sections per page)."""
    headings = ["Aanleiding", "Geadviseerd besluit", "Kern", "Toelichting", "Communicatie"]
    body = []
    for s in range(sections):
        blocks = (
            Paragraph(text=" ".join(_sentence(s + k, 14) for k in range(5))),
            ItemList(items=tuple(_sentence(s + k, 9) for k in range(3)), ordered=s % 2 == 0),
            Paragraph(text=" ".join(_sentence(s + k, 12) for k in range(4))),
        )
        body.append(Section(heading=f"{headings[s % len(headings)]} {s + 1}", blocks=blocks))
    return Nota(
        metadata=Metadata(
            fields=(
                Field(label="Aan", value="MBZK"),
                Field(label="Van", value="DGDOO"),
                Field(label="Onze referentie", value="2024-0000123456"),
                Field(label="Datum", value="13 februari 2024"),
            ),
            purpose="besluitvorming",
        ),
        title="Evaluatie van de regeling voor bedrijven",
        sections=tuple(body),
    )


def pages_of(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def generated(pages: int) -> bytes:
    """PDF bytes of a generated nota with exactly ``pages`` pages (searching the section count)."""
    lo, hi = 1, max(2, 3 * pages)
    while pages_of(write_pdf(long_nota(hi))) < pages:
        hi *= 2
    while lo < hi:
        mid = (lo + hi) // 2
        if pages_of(write_pdf(long_nota(mid))) < pages:
            lo = mid + 1
        else:
            hi = mid
    data = write_pdf(long_nota(lo))
    assert pages_of(data) == pages, (pages, pages_of(data))
    return data


# -- the methods -------------------------------------------------------------------------------------


def load_with(backend: str) -> Callable[[bytes], object]:
    return lambda data: notaparse.load(io.BytesIO(data), backend=backend)


def extract_text(data: bytes) -> object:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        out = []
        for page in pdf.pages:
            out.append(page.extract_text())
            page.close()
    return out


def pdfium_chars(data: bytes) -> object:
    pdf = pdfium.PdfDocument(data)
    n = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            # the character source as load() uses it: runs of characters as pieces
            n += len(_chars(page, textpage, merge=True)[0])
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return n


def pdfium_extract(data: bytes) -> object:
    return extract(io.BytesIO(data), name="x.pdf", backend="pdfium")


METHODS: dict[str, Callable[[bytes], object]] = {
    "extract_text": extract_text,
    "load pdfplumber": load_with("pdfplumber"),
    "load pdfium": load_with("pdfium"),
    "pdfium chars": pdfium_chars,
    "pdfium extract": pdfium_extract,
}


def measure(data: bytes, repeats: int) -> dict[str, float]:
    """Median ms/page per method, the methods interleaved in each repeat (after one warm-up)."""
    pages = pages_of(data)
    times: dict[str, list[float]] = {name: [] for name in METHODS}
    for fn in METHODS.values():
        fn(data)
    for _ in range(repeats):
        for name, fn in METHODS.items():
            start = time.perf_counter()
            fn(data)
            times[name].append((time.perf_counter() - start) * 1000 / pages)
    return {name: statistics.median(ts) for name, ts in times.items()}


# -- memory ------------------------------------------------------------------------------------------


def vm_hwm_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def child(path: str, backend: str) -> None:
    """In a fresh process: peak memory after imports, then after load()."""
    before = vm_hwm_kib()
    notaparse.load(path, backend=backend)
    print(before, vm_hwm_kib())


def peak_memory(path: Path, backend: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path), backend],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return int(out[0]) / 1024, int(out[1]) / 1024


# -- parse -------------------------------------------------------------------------------------------


def megabyte_text() -> str:
    """~1 MB of extracted text, one long nota: a corpus text, then its body (from its first known
    heading on) repeated as further pages (form feeds between). The whole text repeated would be
    read as a nota and as many enclosures (each copy prints its own Aan/Van head)."""
    source = (ROOT / "fixtures" / "text" / "bzk-aivd-2024-02-02-beslisnota.txt").read_text(encoding="utf-8")
    body = source[source.index("\nAanleiding\n") + 1 :]
    parts = [source]
    while sum(len(p) for p in parts) < 1_000_000:
        parts.append(body)
    return "\f".join(parts)


def parse_speed(repeats: int, profile: bool) -> tuple[int, float]:
    text = megabyte_text()
    lines = text.count("\n") + text.count("\f") + 1
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        notaparse.parse(text)
        times.append(time.perf_counter() - start)
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        notaparse.parse(text)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(12)
    return lines, lines / statistics.median(times)


def profile_load(data: bytes) -> None:
    prof = cProfile.Profile()
    prof.enable()
    notaparse.load(io.BytesIO(data), backend="pdfium")
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)


# -- main --------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    repeats = 3 if args.quick else 7
    corpus = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf"))
    cases: list[tuple[str, bytes]] = [(p.stem[:32], p.read_bytes()) for p in corpus]
    gen = {n: generated(n) for n in (1, 20, 100)}
    cases += [(f"generated {n} page{'s' if n > 1 else ''}", data) for n, data in gen.items()]
    versions = f"pdfplumber {pdfplumber.__version__}, pypdfium2 {pdfium.version.PYPDFIUM_INFO}"
    print(f"python {sys.version.split()[0]}, {versions}")
    print(f"median ms/page over {repeats} interleaved repeats; ratio = extract_text / load")
    head = (
        f"{'PDF':34} {'pages':>5} {'extract_text':>12} {'load plumber':>12} {'load pdfium':>11} "
        f"{'ratio plumber':>13} {'ratio pdfium':>12} {'pdfium chars':>12} {'layout':>7} {'parse':>6}"
    )
    print(head)
    print("-" * len(head))
    for name, data in cases:
        r = measure(data, repeats if pages_of(data) < 50 else max(3, repeats // 2))
        layout = r["pdfium extract"] - r["pdfium chars"]
        parse = r["load pdfium"] - r["pdfium extract"]
        print(
            f"{name:34} {pages_of(data):>5} {r['extract_text']:>12.1f} {r['load pdfplumber']:>12.1f} "
            f"{r['load pdfium']:>11.1f} {r['extract_text'] / r['load pdfplumber']:>12.2f}x "
            f"{r['extract_text'] / r['load pdfium']:>11.2f}x {r['pdfium chars']:>12.1f} "
            f"{layout:>7.1f} {parse:>6.1f}"
        )
    print()
    tmp = ROOT / "benchmarks" / ".tmp"
    tmp.mkdir(exist_ok=True)
    print("peak memory of load() (VmHWM, fresh process each; after imports -> after load)")
    for n in (1, 100):
        path = tmp / f"generated-{n}.pdf"
        path.write_bytes(gen[n])
        for backend in ("pdfplumber", "pdfium"):
            before, after = peak_memory(path, backend)
            print(f"  {n:>3} page{'s' if n > 1 else ' '} {backend:10} {before:6.1f} MiB -> {after:6.1f} MiB")
        path.unlink()
    tmp.rmdir()
    print()
    lines, speed = parse_speed(repeats, args.profile)
    print(f"parse(text): {lines} lines (~1 MB) at {speed / 1e6:.2f} M lines/s")
    if args.profile:
        print("\nprofile of load(backend='pdfium'), generated 20 pages:")
        profile_load(gen[20])


if __name__ == "__main__":
    main()
