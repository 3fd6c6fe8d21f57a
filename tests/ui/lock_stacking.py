"""The lock screen under a real X server and window manager (run by test_lock_stacking).

    xvfb-run -a -s '-screen 0 1366x768x24' sh -c 'openbox & python -m tests.ui.lock_stacking'

Opens a vault in the desktop application, then a form, the Settings dialog and a
question box over the main window, and another application's window above them all;
locks as the idle timer does, and prints what the window manager reports (JSON): the
active window, the stacking order (bottom to top) and the lock screen's window id.
Only the window manager knows the real stacking: Qt's own answer (isActiveWindow) can
be true for a window the manager keeps behind another.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.fastkdf import install as _fast_kdf

PASS = "stacking test passphrase"  # a throwaway vault
OTHER = """
import sys
from PySide6 import QtWidgets
app = QtWidgets.QApplication(sys.argv)
w = QtWidgets.QLabel("another application")
w.setWindowTitle("another application")
w.resize(900, 600)
w.show()
w.raise_()
w.activateWindow()
app.exec()
"""


def root_property(name: str) -> list[int]:
    out = subprocess.run(["xprop", "-root", "-notype", name], capture_output=True,
                         text=True, check=True).stdout
    value = out.split("#", 1)[-1] if "#" in out else out.split("=", 1)[-1]
    return [int(x.strip().split()[0], 16) for x in value.split(",")
            if x.strip().startswith("0x")]


def window_name(wid: int) -> str:
    out = subprocess.run(["xprop", "-id", hex(wid), "-notype", "WM_NAME"],
                         capture_output=True, text=True, check=False).stdout
    return out.split("=", 1)[-1].strip().strip('"')


def main() -> int:
    _fast_kdf()
    from storage.vault import Vault
    from ui import style
    from ui.app import QorgauApp
    from ui.qt import QStandardPaths, QtWidgets

    QStandardPaths.setTestModeEnabled(True)
    qapp = QtWidgets.QApplication(sys.argv[:1])
    style.apply(qapp)
    tmp = Path(tempfile.mkdtemp(prefix="qorgau-stacking-"))
    vault, _code = Vault.create(tmp / "vault", PASS, name="Stacking test laptop")
    vault.close()
    app = QorgauApp(tmp / "vault")

    def spin(seconds: float, cond=None) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            qapp.processEvents()
            if cond is not None and app.tasks.idle() and cond():
                return
            time.sleep(0.01)
        if cond is not None:
            raise RuntimeError("timed out")

    app.start()
    app.gate.passphrase.setText(PASS)
    app.gate.unlock()
    spin(30, lambda: app.main is not None)
    main_window = app.main
    spin(1)
    main_window.new_record("case")
    spin(15, lambda: getattr(app, "last_form", None) is not None)
    from ui.field.settings import SettingsDialog

    settings = SettingsDialog(app, main_window)
    settings.show()
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, "Question",
                                "A question left open", parent=app.last_form)
    box.open()
    spin(1.5)
    other = subprocess.Popen([sys.executable, "-c", OTHER])
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            spin(0.2)
            active = root_property("_NET_ACTIVE_WINDOW")
            if active and window_name(active[0]) == "another application":
                break
        before = [window_name(w) for w in root_property("_NET_CLIENT_LIST_STACKING")]
        app._idle()  # what the idle timer calls
        spin(2)
        gate = int(app.gate.winId())
        stacking = root_property("_NET_CLIENT_LIST_STACKING")
        active = root_property("_NET_ACTIVE_WINDOW")
        print(json.dumps({
            "gate": gate, "active": active[0] if active else 0, "stacking": stacking,
            "names": [window_name(w) for w in stacking], "before": before,
            "qt_active": app.gate.isActiveWindow(),
            "ours_visible": [type(w).__name__ for w in qapp.topLevelWidgets()
                             if w.isVisible() and w is not app.gate],
        }))
    finally:
        other.terminate()
        other.wait(10)
        app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
