"""A child process stopped in the middle of its work by a signal, for the tests that
kill or interrupt one: it prints READY on stderr once it is where the test wants it
(the writes it makes stall there), and only then is the signal sent."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path


def interrupted(argv: Sequence[str], *, sig: int = signal.SIGINT,
                env: Mapping[str, str] | None = None,
                cwd: Path | str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `argv` until it says READY, send `sig`, wait for it; what it said on stderr
    before READY comes first in the result's stderr."""
    proc = subprocess.Popen(list(argv), env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    said = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        said.append(line)
        if "READY" in line or not line:
            break
    assert "READY" in said[-1], "".join(said) + (proc.stdout.read() if proc.stdout else "")
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, "".join(said) + err)
