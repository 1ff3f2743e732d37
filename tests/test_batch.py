"""Tests of load_all(): one result per input in order, errors as data, pickling, timeouts, crashes."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

import notaparse
from notaparse import LoadResult, load_all
from notaparse._batch import LoadError, _Options, load_one

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "fixtures" / "text").glob("*.txt"))[:4]
TODAY = dt.date(2025, 6, 1)


@pytest.fixture
def archive(tmp_path: Path) -> list[str]:
    """Good text nota's mixed with every kind of bad file."""
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "word.pdf").write_bytes(b"PK\x03\x04 not a pdf at all")
    (tmp_path / "folder.pdf").mkdir()
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "nowhere.pdf")
    bad = [tmp_path / n for n in ("empty.pdf", "word.pdf", "folder.pdf", "dangling.pdf")]
    good = [Path(p) for p in TEXTS]
    return [str(p) for p in (good[0], *bad[:2], good[1], bad[2], good[2], bad[3], good[3])]


def test_one_result_per_input_in_order(archive: list[str]) -> None:
    results = list(load_all(archive, jobs=2, today=TODAY))
    assert [r.path for r in results] == archive
    assert [r.ok for r in results] == [True, False, False, True, False, True, False, True]
    kinds = [r.error.kind for r in results if r.error is not None]
    assert kinds == ["EmptyFileError", "NotAPDFError", "ExtractionError", "ExtractionError"]
    assert "is a directory" in str(results[4].error)
    assert "does not exist" in str(results[6].error)
    for r in results:
        assert r.seconds >= 0
        if r.ok:
            assert r.nota == notaparse.load(r.path)
            assert r.pages is not None
            assert r.pages >= 1
            assert r.problems == notaparse.validate(r.nota, today=TODAY)
        else:
            assert r.nota is None
            assert r.problems == ()


def test_duplicates_and_empty_input() -> None:
    path = str(TEXTS[0])
    assert [r.path for r in load_all([path, path], jobs=1)] == [path, path]
    assert list(load_all([], jobs=1)) == []


def test_select_ignore_validate_off() -> None:
    path = str(ROOT / "fixtures" / "text" / "jenv-2024-10-09-verzamelbrief-politie.reconstructed.txt")
    [r] = load_all([path], jobs=1, today=TODAY)
    assert [p.code for p in r.problems] == ["NP106"]
    [r] = load_all([path], jobs=1, ignore=["purpose-missing"])
    assert r.problems == ()
    [r] = load_all([path], jobs=1, validate=False)
    assert r.ok
    assert r.problems == ()


def test_unknown_rule_is_raised_before_any_work() -> None:
    with pytest.raises(ValueError, match="unknown rule 'NP000'"):
        load_all([str(TEXTS[0])], select=["NP000"])


def test_one_rule_given_as_a_str_is_a_type_error_before_any_work() -> None:
    with pytest.raises(TypeError, match=r"select needs an iterable of rule codes, got one str"):
        load_all([str(TEXTS[0])], select="NP104")


def test_backend_is_passed_to_load_and_checked_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """``load_all(backend=)`` as ``load(backend=)``: each file is read with the backend named (a
    PDF's characters from pdfplumber or PDFium); an unknown one is refused at the call."""
    pdf = str(ROOT / "fixtures" / "pdf" / "bzk-2023-12-13-evaluaties-college-rechten-van-de-mens.pdf")
    seen: list[object] = []
    real = notaparse._batch.load

    def spy(*args: object, **kwargs: object) -> notaparse.Nota:
        seen.append(kwargs.get("backend"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(notaparse._batch, "load", spy)
    with ThreadPoolExecutor(1) as pool:
        [r] = load_all([pdf], executor=pool, backend="pdfplumber")
        [s] = load_all([pdf], executor=pool)
    assert seen == ["pdfplumber", "auto"]
    assert r.nota is not None
    assert s.nota is not None
    assert r.nota.title == s.nota.title
    with pytest.raises(ValueError, match="backend must be one of auto, pdfplumber, pdfium, got 'pdfminer'"):
        load_all([pdf], backend="pdfminer")  # type: ignore[arg-type]


def test_user_executor_is_not_shut_down(archive: list[str]) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        first = list(load_all(archive, executor=pool, today=TODAY))
        second = list(load_all(archive, executor=pool, today=TODAY))
    assert [(r.path, r.ok, r.error) for r in first] == [(r.path, r.ok, r.error) for r in second]


# --- pickling: everything that travels between processes --------------------------------------------


def test_nota_result_and_error_pickle(archive: list[str]) -> None:
    results = list(load_all(archive, jobs=1, today=TODAY))
    for r in results:
        back = pickle.loads(pickle.dumps(r))
        assert back == r
        assert isinstance(back, LoadResult)
    nota = results[0].nota
    assert nota is not None
    back_nota = pickle.loads(pickle.dumps(nota))
    assert back_nota == nota
    assert [s.origin for s in back_nota.sections] == [s.origin for s in nota.sections]
    assert back_nota.diagnostics == nota.diagnostics
    options = _Options(timeout=1.5, select=("NP1",), today=TODAY)
    assert pickle.loads(pickle.dumps(options)) == options


def test_result_classes_are_exported() -> None:
    # a typed program names the classes load_all gives without importing a private module
    assert notaparse.LoadResult.__name__ == "LoadResult"
    assert notaparse.LoadError is LoadError
    assert {"LoadError", "LoadResult"} <= set(notaparse.__all__)


def test_errors_travel_as_class_name_and_message() -> None:
    """Exceptions never cross process boundaries; their picklable description does."""
    error = notaparse.NoTextLayerError("scan.pdf", "has no text layer: it is a scan and needs OCR")
    described = LoadError.from_exception(error)
    assert pickle.loads(pickle.dumps(described)) == described
    assert str(described) == "NoTextLayerError: scan.pdf: has no text layer: it is a scan and needs OCR"
    assert LoadError.from_exception(KeyError()).message == "KeyError"


def test_an_errors_notes_travel_in_its_message() -> None:
    """A bug's exception from the page layout is noted with its file and page (PEP 678); in a
    batch that note is all that says where it happened, so it follows the message."""
    error = IndexError("list index out of range")
    error.add_note("notaparse: raised while laying out page 3 of a.pdf")
    described = LoadError.from_exception(error)
    assert described.message == "list index out of range; notaparse: raised while laying out page 3 of a.pdf"


def test_load_one_never_raises(tmp_path: Path) -> None:
    r = load_one(str(tmp_path / "missing.txt"))
    assert r.error is not None
    assert r.error.kind == "ExtractionError"


# --- timeouts and crashes -------------------------------------------------------------------------


@pytest.fixture
def slow_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A path whose loading blocks until the test ends (threads share the patched loader)."""
    release = threading.Event()
    real_load = notaparse._batch.load

    def load(path: str, **kwargs: object) -> notaparse.Nota:
        if path.endswith("slow.txt"):
            release.wait(30)
        return real_load(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(notaparse._batch, "load", load)
    yield "slow.txt"
    release.set()


def test_timeout_does_not_stall_the_run(slow_file: str) -> None:
    paths = [str(TEXTS[0]), slow_file, str(TEXTS[1])]
    with ThreadPoolExecutor(max_workers=1) as pool:
        results = list(load_all(paths, executor=pool, timeout=0.2))
    assert [r.path for r in results] == paths
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == LoadError(
        kind="TimeoutError",
        message="slow.txt: reading took longer than 0.2 s; skipped (raise --timeout for very long documents)",
    )


def _crash_on_bomb() -> None:
    """Pool initializer: make loading 'bomb.txt' kill the worker process, as a C crash would."""
    real_load = notaparse._batch.load

    def load(path: str, **kwargs: object) -> notaparse.Nota:
        if path.endswith("bomb.txt"):
            os._exit(70)
        return real_load(path, **kwargs)  # type: ignore[arg-type]

    notaparse._batch.load = load  # type: ignore[assignment]


def test_crashing_worker_is_reported_and_the_pool_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        notaparse._batch,
        "default_executor",
        lambda jobs=None: ProcessPoolExecutor(max_workers=jobs or 1, initializer=_crash_on_bomb),
    )
    paths = [str(TEXTS[0]), "bomb.txt", str(TEXTS[1]), str(TEXTS[2])]
    results = list(load_all(paths, jobs=2))
    assert [r.path for r in results] == paths
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[1].error is not None
    assert results[1].error.kind == "WorkerCrashed"


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan")])
def test_a_time_limit_that_is_no_time_is_refused_at_the_call(timeout: float) -> None:
    with pytest.raises(ValueError, match="the time limit per file must be more than 0 seconds"):
        notaparse.load_all([], timeout=timeout)


def test_jobs_below_one_is_refused_at_the_call() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1, got 0"):
        notaparse.load_all([], jobs=0)
