"""Shared test configuration: hypothesis profiles chosen by HYPOTHESIS_PROFILE.

- ``dev`` (the default): 60 examples per property, a new random draw each run;
- ``ci``: 300 examples per property, drawn from a fixed seed per test (``derandomize``), so a CI
  run checks the same examples every time and its verdict depends only on the code;
- ``hunt``: 3000 random examples per property, to look for new counterexamples (slow; a failure
  prints a ``@reproduce_failure`` blob, and each find is fixed and pinned as a regression case).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from notaparse import _check

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
    derandomize=True,
)
settings.register_profile("hunt", settings.get_profile("ci"), max_examples=3000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def ctrl_c_after_two_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C (KeyboardInterrupt) once ``notaparse check`` or ``export`` has two files' results."""
    real = _check.load_found

    def interrupted(found: list[Any], args: Any) -> Iterator[Any]:
        results = real(found, args)
        yield next(results)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(_check, "load_found", interrupted)
