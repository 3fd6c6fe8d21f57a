"""The lock screen comes to the front: under a real X server and window manager
(Openbox), locking as the idle timer does with a form, the Settings dialog, a question
box and another application's window open leaves the lock screen as the active,
topmost window, and no window of ours mapped. Qt alone cannot tell: only the window
manager decides the stacking, so this asks it (tests/ui/lock_stacking.py)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def x_server() -> Iterator[str]:
    """A private Xvfb at 1366×768 on a display number it chooses itself (-displayfd,
    which claims the number atomically): `xvfb-run -a` guesses a free number first and
    fails when another test process or run on the machine claims it at the same moment."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               "1366x768x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_lock_screen_comes_above_every_window_under_a_window_manager(tmp_path: Path) -> None:
    missing = [t for t in ("Xvfb", "openbox", "xprop") if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/system-packages.txt)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update({"PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
                "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "xcb"})
    script = (f"openbox >/dev/null 2>&1 & sleep 1; "
              f"'{sys.executable}' -m tests.ui.lock_stacking")
    with x_server() as display:
        done = subprocess.run(["sh", "-c", script], env={**env, "DISPLAY": display},
                              cwd=ROOT, capture_output=True, text=True, timeout=300,
                              check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    seen = json.loads(lines[-1])
    # Before: the other application's window on top of the form, dialog and question.
    assert seen["before"][-1] == "another application", seen
    assert {"Settings", "Question"} <= set(seen["before"]), seen
    # After: the lock screen is what the window manager made active and put on top.
    assert seen["active"] == seen["gate"], seen
    assert seen["stacking"][-1] == seen["gate"], seen
    assert seen["qt_active"] is True
    assert seen["ours_visible"] == []  # nothing readable left on the screen
    assert [n for n in seen["names"] if n != "another application"] == ["Qorgau"], seen
