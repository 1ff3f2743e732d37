"""``load_all(paths)``: load (and validate) many nota files on an executor, one result per file.

Work is sent to a :class:`concurrent.futures.Executor`: by default a local process pool sized to
the machine, or any executor the caller passes (a ``ThreadPoolExecutor``, a Dask cluster's
``Client.get_executor()``, ...). What travels between processes is small and picklable: the
path and an :class:`_Options` going out, a :class:`LoadResult` (the :class:`Nota`, or the error's
class name and message, plus pages, seconds and problems) coming back. Exceptions themselves never
travel, so an exception class that does not pickle cannot break a run.

Timeouts: each file is read in a helper thread of the worker; the worker waits ``timeout``
seconds for it and then reports a ``TimeoutError`` for that file and takes the next one. The
helper thread is a daemon: it keeps running in the background until it finishes or its process
exits (the pool's workers exit when the run ends), so one pathological file costs one worker some
CPU, never the run. This works on any executor, including thread-based ones (Dask's workers run
tasks in threads, where signal-based alarms are not available).

A worker process that dies (a crash in a C library) breaks a process pool and fails every file in
flight. When the pool is load_all's own, it is rebuilt and those files are retried one at a time:
the file that kills a worker on its own is reported as ``WorkerCrashed``, the others are read
normally. A caller's executor is not rebuilt; its files are reported as ``WorkerCrashed``.

At most about two files per worker are in flight or waiting to be yielded, so memory stays flat
on archives of any size.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import attrs

from ._load import Backend, check_backend, check_encoding, check_password, load
from ._model import Nota
from ._validate import Problem, Severity, check_rule_list, select_rules, validate


@attrs.frozen(kw_only=True)
class LoadError:
    """Why a file could not be loaded: the exception's class name and message (picklable)."""

    #: Class name of the exception ("NoTextLayerError", "TimeoutError", ...).
    kind: str
    #: The message, naming the file and saying what to do.
    message: str
    #: The page the error stands on, when the error says (a NotaSyntaxError in strict mode).
    page: int | None = None
    #: The line the error stands on (of a text file; of a PDF's extracted text), when known.
    line: int | None = None

    @classmethod
    def from_exception(cls, error: BaseException) -> LoadError:
        """Describe ``error`` (its message, or its class name when the message is empty, then
        the notes it carries after "; ": a bug's file and page), with the page and line it
        carries, if any."""
        notes = [n for n in getattr(error, "__notes__", ()) if isinstance(n, str)]
        return cls(
            kind=type(error).__name__,
            message="; ".join([str(error) or type(error).__name__, *notes]),
            page=_position(error, "page"),
            line=_position(error, "line"),
        )

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


def _position(error: BaseException, name: str) -> int | None:
    """``error.page`` or ``error.line`` when it is a number (NotaSyntaxError has both)."""
    value = getattr(error, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@attrs.frozen(kw_only=True)
class LoadResult:
    """The outcome of loading one file: the nota or the error, with timing and problems."""

    #: The path as given to :func:`load_all`.
    path: str
    #: The nota; None when loading failed.
    nota: Nota | None = None
    #: Why loading failed; None when it succeeded.
    error: LoadError | None = None
    #: Pages read: the PDF's page count, or the nota's page count for text files.
    pages: int | None = None
    #: Wall-clock seconds spent on the file in the worker (loading and validating).
    seconds: float = 0.0
    #: What :func:`validate` found (empty when loading failed or validation was off).
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file loaded."""
        return self.error is None

    @property
    def worst(self) -> Severity | None:
        """The highest severity among the problems, None when there are none."""
        return max((p.severity for p in self.problems), default=None, key=lambda s: s.rank)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """What IPython and Jupyter show: the path, the nota's summary (see ``Nota``'s) or the
        error, and how many problems; ``repr()`` gives every field."""
        if cycle:
            printer.text("LoadResult(...)")
            return
        printer.text(f"LoadResult(path={self.path!r}, ")
        if self.nota is not None:
            printer.text("nota=")
            printer.pretty(self.nota)
        else:
            printer.text(f"error={self.error!r}")
        printer.text(f", problems={len(self.problems)}, seconds={self.seconds:.2f})")


def check_timeout(timeout: float | None) -> float | None:
    """The per-file time limit to wait: ``timeout``, or None (no limit) for None, infinity or a
    limit longer than a thread can wait (``threading.TIMEOUT_MAX``, else every file failed with
    OverflowError). Raises ValueError for 0, a negative number or NaN (every file would fail)."""
    if timeout is None:
        return None
    if not timeout > 0:  # (NaN too)
        raise ValueError(f"the time limit per file must be more than 0 seconds, not {timeout:g}")
    return None if timeout >= threading.TIMEOUT_MAX else timeout


def failure_reason(result: LoadResult) -> str:
    """Why ``result``'s file failed to load: its error's message without the path it starts
    with (a report that names the file names it once)."""
    assert result.error is not None
    return result.error.message.removeprefix(f"{result.path}: ")


@attrs.frozen(kw_only=True)
class _Options:
    """What a worker needs besides the path (picklable)."""

    timeout: float | None = None
    validate: bool = True
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    today: dt.date | None = None
    strict: bool = False
    password: str | None = None
    encoding: str | None = None
    backend: Backend = "auto"


def _pdf_page_count(path: str) -> int | None:
    """Count a PDF's pages with PDFium (cheap: no text is extracted); None if it cannot."""
    from ._pdfium import page_count  # noqa: PLC0415  (pypdfium2 is imported only for PDFs)

    return page_count(path)


def _read(path: str, options: _Options) -> tuple[Nota, int | None, tuple[Problem, ...]]:
    nota = load(
        path,
        strict=options.strict,
        password=options.password,
        encoding=options.encoding,
        backend=options.backend,
    )
    pages = _pdf_page_count(path) if Path(path).suffix.lower() == ".pdf" else None
    problems: tuple[Problem, ...] = ()
    if options.validate:
        problems = validate(
            nota, select=options.select, ignore=options.ignore, today=options.today, pdf_pages=pages
        )
    if pages is None:
        pages = nota.metadata.page_count or 1
    return nota, pages, problems


def load_one(path: str, options: _Options | None = None) -> LoadResult:
    """Load and validate one file; never raises for the file (the worker function of load_all)."""
    options = options or _Options()
    start = time.perf_counter()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = _read(path, options)
        except BaseException as e:  # everything about one file is that file's result
            outcome["error"] = e

    if options.timeout is None:
        run()
    else:
        helper = threading.Thread(target=run, name=f"notaparse-load {path}", daemon=True)
        helper.start()
        helper.join(options.timeout)
        if helper.is_alive():
            return LoadResult(
                path=path,
                error=LoadError(
                    kind="TimeoutError",
                    message=f"{path}: reading took longer than {options.timeout:g} s; skipped "
                    "(raise --timeout for very long documents)",
                ),
                seconds=time.perf_counter() - start,
            )
    seconds = time.perf_counter() - start
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise error
        return LoadResult(path=path, error=LoadError.from_exception(error), seconds=seconds)
    nota, pages, problems = outcome["value"]
    return LoadResult(path=path, nota=nota, pages=pages, seconds=seconds, problems=problems)


def _worker_start() -> None:
    """Start a worker of :func:`default_executor`: Ctrl-C ends it at once and quietly.

    A terminal's Ctrl-C sends SIGINT to the whole process group, the pool's workers too. Python's
    handler would raise KeyboardInterrupt in each; a worker waiting for work then prints its
    traceback under the command's one-line "interrupted" message. The default action ends the
    worker without a word; the main process, which has the KeyboardInterrupt, shuts the pool down
    and says how far the run got.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def default_executor(jobs: int | None = None) -> ProcessPoolExecutor:
    """A local process pool with ``jobs`` workers (default: one per CPU)."""
    return ProcessPoolExecutor(max_workers=jobs or os.cpu_count() or 1, initializer=_worker_start)


def load_all(
    paths: Iterable[str | os.PathLike[str]],
    *,
    executor: Executor | None = None,
    jobs: int | None = None,
    timeout: float | None = 120.0,
    validate: bool = True,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    today: dt.date | None = None,
    strict: bool = False,
    password: str | None = None,
    encoding: str | None = None,
    backend: Backend = "auto",
) -> Iterator[LoadResult]:
    """Load and validate every file in ``paths``; yield one :class:`LoadResult` per path, in order.

    Never raises for one bad file: its result carries the error (class name and message) instead,
    and no path is lost. ``executor`` is any :class:`concurrent.futures.Executor`; by default a
    local process pool with ``jobs`` workers (one per CPU) is created and shut down at the end.
    ``timeout`` is the per-file limit in seconds (None: no limit). ``select``/``ignore``/``today``
    are passed to :func:`notaparse.validate`; ``validate=False`` only loads. ``strict``,
    ``password``, ``encoding`` (of text files) and ``backend`` (of PDFs) are passed to
    :func:`notaparse.load`. Raises ValueError for an unknown rule code, encoding or backend, or a
    ``timeout`` of 0 seconds or less, before any work starts (an infinite one is no limit).
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        # (a str is an iterable of one-letter "paths": "/", "t", "m", "p", ...)
        raise TypeError(
            "load_all() needs an iterable of paths, got one path; pass [path], or a folder's files: "
            "sorted(Path(folder).rglob('*.pdf'))"
        )
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    check_password(password)
    names = [os.fspath(p) for p in paths]
    check_rule_list(select, "select")
    check_rule_list(ignore, "ignore")
    select_t = None if select is None else tuple(select)
    ignore_t = tuple(ignore or ())
    select_rules(select_t, ignore_t)  # unknown codes are a usage error, raised before any work
    check_encoding(encoding)  # (so is an unknown encoding)
    check_backend(backend)  # (and backend)
    timeout = check_timeout(timeout)  # (and a time limit that is no time)
    options = _Options(
        timeout=timeout,
        validate=validate,
        select=select_t,
        ignore=ignore_t,
        today=today,
        strict=strict,
        password=password,
        encoding=encoding,
        backend=backend,
    )
    return _results(names, options, executor, jobs)


def _window(executor: Executor | None, jobs: int | None) -> int:
    """How many files may be in flight or waiting to be yielded at once."""
    if executor is None:
        workers = jobs or os.cpu_count() or 1
    else:
        workers = getattr(executor, "_max_workers", None) or 64
    return 2 * workers + 2


def _results(
    names: list[str], options: _Options, executor: Executor | None, jobs: int | None
) -> Iterator[LoadResult]:
    own = executor is None
    pools: list[Executor] = [default_executor(jobs) if executor is None else executor]
    try:
        yield from _run(
            names, options=options, pools=pools, own=own, jobs=jobs, window=_window(executor, jobs)
        )
    finally:
        if own:
            pools[-1].shutdown(wait=True, cancel_futures=True)


def _crashed(path: str) -> LoadResult:
    return LoadResult(
        path=path,
        error=LoadError(
            kind="WorkerCrashed",
            message=f"{path}: the worker process died while reading this file (a crash in the PDF library?)",
        ),
    )


def _run(
    names: list[str],
    *,
    options: _Options,
    pools: list[Executor],
    own: bool,
    jobs: int | None,
    window: int,
) -> Iterator[LoadResult]:
    """Keep up to ``window`` files in flight; yield results in input order.

    ``pools[-1]`` is the live executor. When a worker process dies, every file in flight fails
    with BrokenProcessPool; the pool is rebuilt and those files are retried one at a time, so the
    file that crashes the worker is identified and the others are read normally.
    """
    results: dict[int, LoadResult] = {}
    inflight: dict[Future[LoadResult], int] = {}
    waiting = deque(range(len(names)))
    isolate: deque[int] = deque()
    alone: set[int] = set()

    def submit(i: int) -> None:
        try:
            inflight[pools[-1].submit(load_one, names[i], options)] = i
        except Exception as e:  # a broken or shut-down executor: report, do not lose the file
            results[i] = LoadResult(path=names[i], error=LoadError.from_exception(e))

    def fill() -> None:
        if isolate:
            if not inflight:
                i = isolate.popleft()
                alone.add(i)
                submit(i)
            return
        while waiting and len(inflight) + len(results) < window:
            submit(waiting.popleft())

    next_index = 0
    while next_index < len(names):
        fill()
        if next_index in results:
            yield results.pop(next_index)
            next_index += 1
            continue
        if not inflight:  # cannot happen: every index is waiting, in flight or has a result
            raise RuntimeError(f"notaparse.load_all lost track of {names[next_index]}")
        done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
        broken: list[int] = []
        for future in done:
            i = inflight.pop(future)
            try:
                results[i] = future.result()
            except BrokenProcessPool:
                broken.append(i)
            except Exception as e:  # the executor's failure for this file (Dask, pickling, ...)
                results[i] = LoadResult(path=names[i], error=LoadError.from_exception(e))
        if not broken:
            continue
        if not own:  # not ours to rebuild: report, and let further submits fail the same way
            for i in broken:
                results[i] = _crashed(names[i])
            continue
        broken.extend(inflight.values())
        inflight.clear()
        pools[-1].shutdown(wait=False, cancel_futures=True)
        pools.append(default_executor(jobs))
        for i in sorted(broken):
            if i in alone:
                results[i] = _crashed(names[i])
            else:
                isolate.append(i)
