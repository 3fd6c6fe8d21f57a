"""Work on the GUI thread in turns of the event loop: each step runs on its own turn, so
that the thread paints and answers input between steps (the desktop's rule: no turn holds
it more than 100 ms; bench/coordinator.py measures it)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

from ui.qt import QTimer


def in_turns(steps: list[Callable[[], None]], going: Callable[[], bool]) -> None:
    """Run each step on its own turn of the event loop, so that the GUI thread paints and
    answers between steps; stop as soon as `going()` is false (the vault was locked, the
    language changed). A 1 ms timer, not 0: a zero one is a posted call, which Qt may
    run before the timers already due (the idle lock's, a progress bar's)."""
    pending = list(steps)

    def next_step() -> None:
        if not pending or not going():
            return
        pending.pop(0)()
        if pending:
            QTimer.singleShot(1, next_step)

    QTimer.singleShot(1, next_step)


def importing(names: tuple[str, ...]) -> list[Callable[[], None]]:
    """One step per module not imported yet."""
    return [lambda n=name: importlib.import_module(n) for name in names
            if name not in sys.modules]
