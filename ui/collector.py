"""Python's cycle collector, run on the GUI thread only while the desktop runs.

A reference cycle that holds a Qt object (a window half built when an error interrupted
it, a widget kept by a closure that refers to itself) is freed by whichever thread's
allocation happens to trigger a collection. On the worker thread, that destroys the Qt
object outside the thread that owns it, which Qt does not survive: the desk died with a
segmentation fault while the statistics counted on the worker. So the automatic collector
is off while the desktop runs, and a timer on the GUI thread collects instead, generation
by generation, when Python's own thresholds say a collection is due.

What the statistics set aside from the collector (`app.stats.paused_collector`) stays set
aside: it freezes what it built whether or not the automatic collector is on.
"""

from __future__ import annotations

import gc

from app.usecases import figures
from ui.qt import QObject, QTimer

# Often enough that no more garbage piles up than the automatic collector would leave
# (a few thousand allocations between looks), rare enough to cost nothing when idle.
INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    """Owns the collector while started: `start` turns the automatic one off, `stop`
    collects once more here and gives it back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self._was_enabled = True

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        if not self.timer.isActive():
            return
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    @staticmethod
    def collect() -> int:
        """One collection of the oldest generation that is due, as the automatic collector
        would choose it (without its rule that spares full collections while few objects
        have outlived the young ones: at most one full collection per
        threshold0 × threshold1 × threshold2 allocations)."""
        counts, limits = gc.get_count(), gc.get_threshold()
        if counts[0] <= limits[0] or figures.collector_paused():
            return 0  # (the statistics' model being built: set aside once built)
        generation = 2 if counts[2] >= limits[2] else 1 if counts[1] >= limits[1] else 0
        return gc.collect(generation)
