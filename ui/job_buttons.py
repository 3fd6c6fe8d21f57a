"""The end of a dialog that runs one worker job (Send to coordinator, Record tables): a
Close button that becomes Cancel while the job runs, the primary button that starts it,
and the timer that moves the dialog's progress bar.

Progress is read from the job ten times a second (ui.tasks: never a signal per chunk,
which could flood the event loop). What the dialog does on Cancel, Esc and ×, and with
the primary button after the work, stays the dialog's own.
"""

from __future__ import annotations

from ui.qt import QTimer, QtWidgets
from ui.tasks import Job

TICK_MS = 100


class JobButtons:
    """`row` (a layout to add at the bottom of the dialog): stretch, `close_button`, `go`."""

    def __init__(self, dialog: QtWidgets.QDialog, bar: QtWidgets.QProgressBar, *,
                 close: str, cancel: str, go: str, default: bool = False) -> None:
        self.bar = bar
        self.close_text, self.cancel_text = close, cancel
        self.row = QtWidgets.QHBoxLayout()
        self.row.addStretch(1)
        self.close_button = QtWidgets.QPushButton(close)
        self.go = QtWidgets.QPushButton(go)
        self.go.setProperty("primary", True)
        self.go.setDefault(default)
        self.row.addWidget(self.close_button)
        self.row.addWidget(self.go)
        self.job: Job | None = None
        self.timer = QTimer(dialog)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def follow(self, job: Job) -> Job:
        """The job has started: the bar from zero, Close says Cancel, the primary waits."""
        self.job = job
        self.go.setEnabled(False)
        self.close_button.setText(self.cancel_text)
        self.bar.setValue(0)
        self.bar.show()
        self.timer.start()
        return job

    def tick(self) -> None:
        if self.job is not None:
            done, total = self.job.progress
            self.bar.setValue(int(done * 1000 / max(total, 1)))

    def stop(self) -> None:
        """The job has ended (done, failed or cancelled): Close is Close again."""
        self.timer.stop()
        self.job = None
        self.close_button.setEnabled(True)
        self.close_button.setText(self.close_text)
