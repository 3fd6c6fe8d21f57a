"""Short coverage-guided fuzz runs of each hostile-input target (longer by hand:
`python -m tests.fuzz TARGET -runs=100000`). Zero crashes; every rejection a clear error."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from tests import background
from tests.fuzz import targets

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("QORGAU_FUZZ_SECONDS", "15"))


def _fuzz(name: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.fuzz", name, f"-max_total_time={SECONDS}",
         "-rss_limit_mb=2048", "-timeout=10", f"-artifact_prefix={folder}/"],
        cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 120, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)})


def start_background() -> None:
    """Queue every target's run (tests/background.py): each fuzzer is one
    single-threaded process, run on the core the rest of the suite leaves free."""
    for name in sorted(targets.TARGETS):
        background.start(f"fuzz-{name}", lambda n=name: _fuzz(n, background.folder(f"fuzz-{n}")))


@pytest.fixture(scope="module")
def runs() -> dict[str, Future[subprocess.CompletedProcess[str]]]:
    return {name: background.job(f"fuzz-{name}",
                                 lambda n=name: _fuzz(n, background.folder(f"fuzz-{n}")))
            for name in sorted(targets.TARGETS)}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(targets.TARGETS))
def test_fuzz_target(name: str, runs: dict[str, Any]) -> None:
    result = runs[name].result()
    tail = result.stderr[-3000:]
    assert result.returncode == 0, tail
    assert "Done" in tail and "runs in" in tail, tail


@pytest.mark.parametrize("name", sorted(targets.TARGETS))
def test_seeds_are_accepted(name: str) -> None:
    from tests.fuzz import seeds

    for data in seeds.seeds_for(name):
        targets.TARGETS[name](data)  # a valid input must not be rejected
