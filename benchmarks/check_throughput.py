"""Throughput of ``notaparse check`` on an archive of generated and corpus PDFs.

Builds an archive of at least 200 PDFs (nota's typeset from the text fixtures with
``tests/pdfwriter.py``, plus copies of the corpus PDFs, scans included), then runs
``python -m notaparse check ARCHIVE --jobs N --format json`` for each N and reports files/s,
pages/s, the speed-up against the first N, and the peak memory (VmHWM) of each worker process,
sampled from /proc while the run lasts (``ru_maxrss`` of children is not reliable, see
PERFORMANCE.md).

    .venv/bin/python benchmarks/check_throughput.py --files 210 --jobs 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def build_archive(folder: Path, files: int) -> None:
    """Fill ``folder`` with ``files`` PDFs: half generated, half corpus copies."""
    import notaparse  # noqa: PLC0415
    from pdfwriter import write_pdf  # noqa: PLC0415

    generated = []
    for text in sorted((ROOT / "fixtures" / "text").glob("*.txt")):
        try:
            generated.append((text.stem, write_pdf(notaparse.load(text))))
        except Exception as e:  # a fixture the writer cannot typeset: leave it out
            print(f"skip {text.name}: {e}", file=sys.stderr)
    corpus = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf")) + sorted(
        (ROOT / "fixtures" / "no-text-layer").glob("*.pdf")
    )
    (folder / "generated").mkdir(parents=True)
    (folder / "corpus").mkdir()
    for i in range(files // 2):
        name, data = generated[i % len(generated)]
        (folder / "generated" / f"{i:04d}-{name}.pdf").write_bytes(data)
    for i in range(files - files // 2):
        source = corpus[i % len(corpus)]
        shutil.copy(source, folder / "corpus" / f"{i:04d}-{source.name}")


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry))
    return out


def _hwm_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def run(archive: Path, jobs: int) -> dict[str, float]:
    """Run the check once; return its figures."""
    command = [
        sys.executable,
        "-m",
        "notaparse",
        "check",
        str(archive),
        "--jobs",
        str(jobs),
        "--format",
        "json",
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            for child in _children(proc.pid):
                hwm = _hwm_kib(child)
                if hwm is not None:
                    peaks[child] = max(peaks.get(child, 0), hwm)
            main = _hwm_kib(proc.pid)
            if main is not None:
                peaks[-1] = max(peaks.get(-1, 0), main)
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    summary = json.loads(out)["summary"]
    workers = sorted((v for k, v in peaks.items() if k != -1), reverse=True)[:jobs]
    return {
        "jobs": jobs,
        "files": int(summary["files"]),
        "pages": int(summary["pages"]),
        "failed": int(summary["failed to load"]),
        "seconds": float(summary["seconds"]),
        "wall": wall,
        "files/s": float(summary["files/s"]),
        "pages/s": float(summary["pages/s"]),
        "worker MiB": max(workers, default=0) / 1024,
        "main MiB": peaks.get(-1, 0) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=210)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--archive", type=Path, default=None, help="reuse/keep the archive here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = args.archive or Path(tmp) / "archive"
        if not archive.exists():
            build_archive(archive, args.files)
        rows = [run(archive, int(j)) for j in args.jobs.split(",")]
    base = rows[0]["seconds"]
    print("| jobs | files | pages | failed | seconds | files/s | pages/s | speed-up | peak MiB per worker |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['jobs']} | {r['files']} | {r['pages']} | {r['failed']} | {r['seconds']:.1f} | "
            f"{r['files/s']:.1f} | {r['pages/s']:.1f} | {base / r['seconds']:.2f}× | {r['worker MiB']:.0f} |"
        )


if __name__ == "__main__":
    main()
