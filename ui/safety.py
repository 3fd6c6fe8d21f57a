"""Safety in the room: idle auto-lock, quick-lock and panic keys, clipboard clearing.

The clock is injected (KeePassXC's Clock/MockClock): tests move a fake clock forward
and call `check()`; nothing sleeps.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ui.qt import QEvent, QObject, Qt, QtGui, QTimer, QtWidgets, Slot

Clock = Callable[[], float]

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})
QUICK_LOCK = (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)
PANIC_KEYS = ((Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
               Qt.Key.Key_L),
              (Qt.KeyboardModifier.NoModifier, Qt.Key.Key_F12))


class IdleWatch(QObject):
    """Calls `on_idle` once no input was seen for `timeout` seconds (while armed)."""

    def __init__(self, on_idle: Callable[[], None], clock: Clock = time.monotonic,
                 timeout: float = 300.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_idle = on_idle
        self.clock = clock
        self.timeout = timeout
        self.armed = False
        self.last = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)

    def arm(self) -> None:
        self.armed = True
        self.last = self.clock()
        self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def touch(self) -> None:
        self.last = self.clock()

    @Slot()
    def check(self) -> None:
        if self.armed and self.clock() - self.last >= self.timeout:
            self.disarm()
            self.on_idle()


class ActivityFilter(QObject):
    """Application-wide event filter: input resets the idle timer; the lock keys lock
    from any window, whatever has the focus (a text field cannot swallow them)."""

    def __init__(self, idle: IdleWatch, on_lock: Callable[[bool], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle = idle
        self.on_lock = on_lock

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            self.idle.touch()
            if kind == QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent):
                mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                            | Qt.KeyboardModifier.ShiftModifier
                                            | Qt.KeyboardModifier.AltModifier)
                key = event.key()
                if (mods, key) in PANIC_KEYS and self.idle.armed:
                    self.on_lock(True)
                    return True
                if (mods, key) == QUICK_LOCK and self.idle.armed:
                    self.on_lock(False)
                    return True
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QtGui.QKeyEvent):
            mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.ShiftModifier)
            if ((mods, event.key()) in PANIC_KEYS or (mods, event.key()) == QUICK_LOCK) \
                    and self.idle.armed:
                event.accept()  # keep text fields from claiming Ctrl+L
                return True
        return False


class ClipboardGuard(QObject):
    """Text copied from Qorgau is wiped from the clipboard after `seconds`, and at lock,
    if it is still there (text copied from elsewhere meanwhile is left alone)."""

    def __init__(self, seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._ours: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        QtWidgets.QApplication.clipboard().dataChanged.connect(self.changed)

    @Slot()
    def changed(self) -> None:
        app = QtWidgets.QApplication.instance()
        text = QtWidgets.QApplication.clipboard().text()
        if not text or text == "":
            return
        if app is not None and QtWidgets.QApplication.focusWidget() is not None:
            self._ours = text
            self.timer.start(self.seconds * 1000)

    @Slot()
    def clear(self) -> None:
        clip = QtWidgets.QApplication.clipboard()
        if self._ours is not None and clip.text() == self._ours:
            clip.clear()
        self._ours = None
        self.timer.stop()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()
