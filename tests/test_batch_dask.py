"""load_all on a real Dask cluster (``distributed.LocalCluster``): the executor path users run.

dask[distributed] comes with the ``test`` extra, so this runs in CI; it is not skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from notaparse import load_all

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # One worker process: results really cross a process boundary (pickled both ways). The
    # scheduler's HTTP server takes any free port (":0"); left at None it asks for 8787, and when
    # another process holds that port distributed warns (an error under filterwarnings=error).
    with (
        LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=":0") as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def test_load_all_on_a_dask_cluster(client: Client, tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "fake.pdf").write_text("not a pdf", encoding="utf-8")
    texts = [str(p) for p in sorted((ROOT / "fixtures" / "text").glob("*.txt"))]
    paths = [texts[0], str(tmp_path / "empty.pdf"), *texts[1:], str(tmp_path / "fake.pdf")]

    on_dask = list(load_all(paths, executor=client.get_executor(), today=TODAY))
    local = list(load_all(paths, jobs=1, today=TODAY))

    assert [r.path for r in on_dask] == paths
    assert [(r.path, r.nota, r.error, r.pages, r.problems) for r in on_dask] == [
        (r.path, r.nota, r.error, r.pages, r.problems) for r in local
    ]
    assert [r.error.kind for r in on_dask if r.error] == ["EmptyFileError", "NotAPDFError"]
    assert sum(r.ok for r in on_dask) == len(texts)
