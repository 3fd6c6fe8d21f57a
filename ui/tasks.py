"""Work off the GUI thread.

All database and crypto work runs on ONE worker thread (the vault's connection is used
from that thread only, and one writer means no lock contention), in submission order.
Results come back to the GUI thread through a queued signal to a @Slot of a QObject
living there; callbacks run on the GUI thread, and are dropped if their owner widget
was destroyed meanwhile (a lock closes every window) or the session changed.

Core functions take `progress(done, total)` and a `threading.Event` for cancel: a Job
holds both. Progress is written by the worker and read by a GUI timer (never a signal
per chunk, which could flood the event loop); cancel is set directly on the Event.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ui.qt import QObject, Signal, Slot, is_alive


class Job:
    def __init__(self, fn: Callable[[Job], Any], owner: QObject | None,
                 on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, generation: int) -> None:
        self.fn = fn
        self.owner = owner
        self.on_done = on_done
        self.on_error = on_error
        self.generation = generation
        self.cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._progress = (0, 0)

    def report(self, done: int, total: int) -> None:
        """The progress callback handed to core functions (called on the worker)."""
        self._progress = (int(done), int(total))  # one tuple store: atomic under the GIL

    @property
    def progress(self) -> tuple[int, int]:
        return self._progress


class _Relay(QObject):
    finished = Signal(object)

    def __init__(self, manager: TaskManager) -> None:
        super().__init__(manager)
        self._manager = manager
        self.finished.connect(self.deliver)

    @Slot(object)
    def deliver(self, job: Job) -> None:
        self._manager._deliver(job)


# The worker and the GUI thread share one interpreter lock. Each time the GUI thread comes
# back from Qt into Python (a timer, a slot, a paint), it waits for the worker to let go of
# the lock, up to the interpreter's switch interval (5 ms by default) every time: while the
# worker counted the statistics, the desk's GUI thread stalled ≈ 100 ms for 4-6 ms of its
# own work. At 1 ms the same step's longest stall was 41 ms, all of it the GUI thread's own,
# and the counting took as long (bench.coordinator, 100,000 records; bench/README.md).
SWITCH_INTERVAL = 0.001  # seconds


class TaskManager(QObject):
    """The single database worker, plus delivery of results on the GUI thread."""

    def __init__(self, on_error: Callable[[BaseException], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qorgau-db")
        self._relay = _Relay(self)
        self._pending: set[Job] = set()
        self._closed = False
        self.generation = 0
        self.default_error = on_error

    def run(self, fn: Callable[[Job], Any], *, owner: QObject | None = None,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Job:
        job = Job(fn, owner, on_done, on_error, self.generation)
        if self._closed:
            # The application is closing: a late timer of a window (a search typed just
            # before) asks for work that nobody will see. It never runs.
            job.cancel.set()
            return job
        self._pending.add(job)
        self._pool.submit(self._work, job)
        return job

    def _work(self, job: Job) -> None:  # on the worker thread: no widget here
        try:
            job.result = job.fn(job)
        except BaseException as exc:  # delivered to the GUI thread, shown safely there
            job.error = exc
        self._relay.finished.emit(job)

    def _deliver(self, job: Job) -> None:  # on the GUI thread
        self._pending.discard(job)
        job.done = True
        if job.generation != self.generation:
            return  # from before a lock: nobody is waiting for it any more
        if job.owner is not None and not is_alive(job.owner):
            return
        if job.error is not None:
            handler = job.on_error or self.default_error
            if handler is None:
                raise job.error
            handler(job.error)
        elif job.on_done is not None:
            job.on_done(job.result)

    def cancel_all(self) -> None:
        for job in list(self._pending):
            job.cancel.set()

    def new_generation(self) -> None:
        """Forget every callback of work submitted so far (called when locking)."""
        self.cancel_all()
        self.generation += 1

    def idle(self) -> bool:
        return not self._pending

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the worker and wait for it (only for shutdown and tests)."""
        return self._pool.submit(fn).result()

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)
