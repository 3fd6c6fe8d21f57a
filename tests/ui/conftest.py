"""GUI fixtures: a real controller on a real vault in tmp_path, a fake clock for the
idle lock, helpers that wait for the database worker instead of sleeping."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE

pytest.importorskip("PySide6")

# Qt's offscreen screen is 800×800 unless told otherwise: the GUI tests run on the
# screen these organisations' laptops have, 1366×768 (windows are fitted to it).
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _config = Path(tempfile.gettempdir()) / f"qorgau-test-screen-{os.getuid()}.json"
    _config.write_text(json.dumps({"screens": [SCREEN]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def gui(qtbot: Any, qapp: Any, tmp_path: Path, clock: FakeClock) -> Iterator[Any]:
    from ui import dialogs, i18n, style
    from ui.app import QorgauApp
    from ui.qt import QSettings, QtWidgets

    # Qt's settings file (the chosen language) in tmp_path: a test that switches the
    # language must not change the next test's, nor another run's on this machine.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    style.apply(qapp)
    i18n.install("en")
    dialogs.Answers.queue.clear()
    dialogs.Answers.files.clear()
    app = QorgauApp(tmp_path / "vault", clock=clock)
    yield app
    app.shutdown()
    for w in QtWidgets.QApplication.topLevelWidgets():
        if w.parent() is None:
            w.hide()
            w.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(None, 0)


def answer_next_box(key: str, attempts: int = 1500) -> list[str]:
    """Answer the next real message box as a person would: read its text, then click the
    button for `key`. Returns a list that receives the box's text once it has shown."""
    from ui.qt import QTimer, QtWidgets

    seen: list[str] = []

    def poll(left: int) -> None:
        for w in QtWidgets.QApplication.topLevelWidgets():
            if isinstance(w, QtWidgets.QMessageBox) and w.isVisible():
                button = w.findChild(QtWidgets.QAbstractButton, f"answer-{key}")
                assert button is not None, (key, w.text())
                seen.append(w.text())
                button.click()
                return
        if left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return seen


def settle(qtbot: Any, app: Any, timeout: int = 15000) -> None:
    """Wait until the worker has delivered every result (no sleeping)."""
    qtbot.waitUntil(app.tasks.idle, timeout=timeout)


def open_vault(qtbot: Any, gui: Any) -> None:
    """Make a vault without the GUI, then unlock it through the unlock window."""
    from storage.vault import Vault

    v, _code = Vault.create(gui.vault_path, PASSPHRASE, name="Test laptop")
    v.close()
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    gui.gate.unlock()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type `text` key by key. QTest.keyClicks handles ASCII only; Cyrillic letters are
    sent as the key events a Russian or Kazakh keyboard layout produces."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))
