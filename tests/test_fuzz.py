"""Short coverage-guided fuzz runs of each hostile-input target (longer by hand:
`python -m tests.fuzz TARGET -runs=100000`). Zero crashes; every rejection a clear error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz import targets

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("QORGAU_FUZZ_SECONDS", "15"))


def _fuzz(name: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.fuzz", name, f"-max_total_time={SECONDS}",
         "-rss_limit_mb=2048", "-timeout=10", f"-artifact_prefix={folder}/"],
        cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 120, check=False,
        # Its seed corpus and scratch files under the test's folder: libFuzzer ends the
        # process without the clean-up a normal exit would run.
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(folder),
             "QORGAU_FUZZ_SCRATCH": str(folder / "scratch")})


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(targets.TARGETS))
def test_fuzz_target(name: str, tmp_path: Path) -> None:
    # One single-threaded fuzzer process: under pytest-xdist it has a core of its own
    # while the other worker runs the short tests (tests/conftest.py starts the slow first).
    result = _fuzz(name, tmp_path)
    tail = result.stderr[-3000:]
    assert result.returncode == 0, tail
    assert "Done" in tail and "runs in" in tail, tail


@pytest.mark.parametrize("name", sorted(targets.TARGETS))
def test_seeds_are_accepted(name: str) -> None:
    from tests.fuzz import seeds

    for data in seeds.seeds_for(name):
        targets.TARGETS[name](data)  # a valid input must not be rejected
