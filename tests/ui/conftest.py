"""GUI fixtures: a real controller on a real vault in tmp_path, a fake clock for the
idle lock, helpers that wait for the database worker instead of sleeping."""

from __future__ import annotations

import atexit
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, new_vault

pytest.importorskip("PySide6")

# Qt's offscreen screen is 800×800 unless told otherwise: the GUI tests run on the
# screen these organisations' laptops have, 1366×768 (windows are fitted to it).
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # One file per test process: pytest-xdist workers (and other runs on this machine)
    # must not rewrite it while another's Qt reads it.
    _fd, _name = tempfile.mkstemp(prefix="qorgau-test-screen-", suffix=".json")
    with os.fdopen(_fd, "w") as _file:
        json.dump({"screens": [SCREEN]}, _file)
    _config = Path(_name)
    atexit.register(_config.unlink, True)
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
    from tests.ui.boxes import Answers
    from ui import i18n, style
    from ui.app import QorgauApp
    from ui.qt import QSettings, QtWidgets

    # Qt's settings file (the chosen language) in tmp_path: a test that switches the
    # language must not change the next test's, nor another run's on this machine.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    style.apply(qapp)
    i18n.install("en")
    Answers.start()  # answers the real boxes and file dialogs the test expects
    app = QorgauApp(tmp_path / "vault", clock=clock)
    yield app
    app.shutdown()
    Answers.stop()
    unanswered, left = list(Answers.unanswered), [*Answers.queue, *Answers.files]
    Answers.reset()
    for w in QtWidgets.QApplication.topLevelWidgets():
        if w.parent() is None:
            w.hide()
            w.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(None, 0)
    assert not unanswered, f"a box or file dialog showed that the test did not expect: {unanswered}"
    assert not left, f"the test expected a box or file dialog that never showed: {left}"


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive and two field laptops linked to it, made once per test process
    (tests/ui/test_archive_kit.make_template); tests work on copies."""
    from tests.ui.test_archive_kit import make_template

    return make_template(tmp_path_factory.mktemp("world"))


@pytest.fixture
def world(world_template: Path, tmp_path: Path) -> dict[str, Path]:
    """Fresh copies of the archive (where the GUI opens it) and the two laptops."""
    from tests.ui.test_archive_kit import copy_world

    return copy_world(world_template, tmp_path)


def settle(qtbot: Any, app: Any, timeout: int = 15000) -> None:
    """Wait until the worker has delivered every result (no sleeping)."""
    qtbot.waitUntil(app.tasks.idle, timeout=timeout)


def unlock(qtbot: Any, gui: Any) -> None:
    """Unlock the vault at gui.vault_path through the unlock window, as a person does."""
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    gui.gate.unlock()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)


def open_vault(qtbot: Any, gui: Any) -> None:
    """Make a vault without the GUI, then unlock it through the unlock window."""
    new_vault(gui.vault_path, name="Test laptop").close()
    unlock(qtbot, gui)


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
