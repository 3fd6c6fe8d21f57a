"""The desktop application: `run()` starts it; `QorgauApp` ties the screens together.

First run on the default vault location (QStandardPaths AppLocalDataLocation) shows the
create-vault flow; later runs show the unlock screen. Locking (idle, Ctrl+L, panic key)
keeps every open form as an encrypted draft, closes every window, closes the vault
(the key is dropped) and shows the unlock screen; unlocking brings the drafts back.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import resources
from app.usecases import prefs
from app.usecases import vault as vault_uc
from app.usecases.session import Session
from ui import dialogs, i18n, style, windows
from ui.collector import GuiThreadCollector
from ui.qt import QObject, QStandardPaths, QtGui, QTimer, QtWidgets, is_alive, translate
from ui.safety import ClipboardGuard, IdleWatch
from ui.tasks import Job, TaskManager
from ui.turns import importing, in_turns

APP_NAME = "Qorgau"

# What the main windows are made of, leaves first. Imported all at once when the window is
# built, they held the GUI thread ≈ 120 ms (PIL, the importer, the forms: mostly creating
# classes); one a turn of the event loop, none holds it more than ≈ 30 ms. They are
# imported while the unlock screen waits for the passphrase, and whatever is left before
# the window is built. Only an order: a module missing here is imported with the window.
WINDOW_MODULES = (
    "importlib.metadata", "app.version", "sync.bundle", "app.importer",
    "app.usecases.quarantine", "app.usecases.conflicts", "PIL.Image", "app.imaging",
    "app.usecases.evidence", "ui.field.evidence", "ui.field.opening", "ui.field.caseview",
    "ui.models", "ui.field.window", "ui.desk.window",
)
# Let the unlock screen paint first.
WARM_UP_DELAY_MS = 300


def default_vault_path() -> Path:
    # Local, not roaming: on Windows AppDataLocation roams with the profile to a domain
    # server. ~/.local/share/Qorgau on Linux, %LOCALAPPDATA%\Qorgau on Windows,
    # ~/Library/Application Support/Qorgau on macOS.
    base = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "vault"


def vault_exists(path: Path) -> bool:
    return vault_uc.is_vault(path)


class QorgauApp(QObject):
    """The controller: one per process. Holds the session (an unlocked vault) and the
    windows; every window reaches the vault through `session`, on `tasks`."""

    def __init__(self, vault_path: Path, *, clock: Any = time.monotonic) -> None:
        super().__init__()
        from ui.safety import ActivityFilter

        self.vault_path = Path(vault_path)
        self.tasks = TaskManager(on_error=self._task_error, parent=self)
        self.session: Session | None = None
        self.idle_minutes = 5
        self.idle = IdleWatch(self._idle, clock=clock, timeout=self.idle_minutes * 60,
                              parent=self)
        self.activity = ActivityFilter(self.idle, self.lock, self)
        QtWidgets.QApplication.instance().installEventFilter(self.activity)
        self.clipboard = ClipboardGuard(30, self)
        self.forms: list[Any] = []
        self.main: Any = None
        self.gate: Any = None
        self.locking = False
        self.locked_count = 0
        self.last_import: Job | None = None
        self.quitting = False
        self.guard = windows.install(QtWidgets.QApplication.instance())
        self.opening: object | None = None  # the window being built, in turns (`_ready`)
        self._building = 0
        # Cycles holding Qt objects are freed on this thread, never the worker's.
        self.collector = GuiThreadCollector(self)
        self.collector.start()

    # -- start, unlock, create -------------------------------------------------

    def start(self) -> None:
        if vault_exists(self.vault_path):
            self.show_unlock()
        else:
            self.show_create(first_run=True)

    def _set_gate(self, widget: Any) -> None:
        old = self.gate
        self.gate = widget
        widget.show()
        widget.raise_()
        widget.activateWindow()
        if old is not None and is_alive(old):
            old.hide()
            old.deleteLater()

    def show_unlock(self) -> None:
        from ui.unlock import UnlockWindow

        w = UnlockWindow(self.tasks, self.vault_path)
        w.opened.connect(self._opened)
        w.create_requested.connect(self._create_elsewhere)
        w.other_requested.connect(self._open_other)
        self._set_gate(w)
        QTimer.singleShot(WARM_UP_DELAY_MS, lambda: in_turns(
            importing(WINDOW_MODULES), lambda: not self.quitting))

    @contextlib.contextmanager
    def building(self) -> Iterator[None]:
        """While a window or a page is built in one go: the two application-wide event
        filters (ui.safety.ActivityFilter, ui.windows.WindowGuard) are detached. Building
        sends thousands of events (child added, polish, parent change), each a call into
        Python for both filters that neither acts on: 40–50 % of the GUI thread's time
        building the desk. Nothing they do act on can happen meanwhile: no input is read
        and no window is shown until the event loop runs again. Only for code that runs
        no event loop of its own (no dialog, no processEvents)."""
        qapp = QtWidgets.QApplication.instance()
        self._building += 1
        if self._building == 1:
            qapp.removeEventFilter(self.guard)
            qapp.removeEventFilter(self.activity)
        try:
            yield
        finally:
            self._building -= 1
            if self._building == 0:
                # The order they were installed in (the last installed filters first).
                qapp.installEventFilter(self.activity)
                qapp.installEventFilter(self.guard)

    def show_create(self, *, first_run: bool) -> None:
        from ui.unlock import CreateWindow

        w = CreateWindow(self.tasks, self.vault_path, first_run=first_run)
        w.created.connect(self._opened)
        w.cancelled.connect(self._back_to_default)
        self._set_gate(w)

    def _back_to_default(self) -> None:
        self.vault_path = default_vault_path()
        self.start()

    def _open_other(self) -> None:
        folder = dialogs.pick_folder(self.gate, translate("QorgauApp", "Open a vault folder"))
        if not folder:
            return
        if not vault_exists(Path(folder)):
            dialogs.inform(self.gate, translate("QorgauApp", "Not a vault"), translate(
                "QorgauApp", "There is no Qorgau vault in that folder."), warning=True)
            return
        self.vault_path = Path(folder)
        self.show_unlock()

    def _create_elsewhere(self) -> None:
        folder = dialogs.pick_folder(self.gate, translate(
            "QorgauApp", "Choose an empty folder for the new vault"))
        if not folder:
            return
        self.vault_path = Path(folder)
        self.show_create(first_run=False)

    def _opened(self, session: Session) -> None:
        self.session = session
        s = self.session
        self.tasks.run(lambda job: (prefs.load_settings(s), prefs.pending_drafts(s)),
                       on_done=self._ready)

    def _ready(self, result: tuple[dict[str, Any], list[Any]]) -> None:
        """Settings and drafts read: build the main window in turns of the event loop
        (the modules it needs, then the window, then showing it), so that no turn holds
        the GUI thread long; `main` is set once it is shown."""
        settings, pending = result
        self.set_idle_minutes(settings["idle_lock_minutes"])
        self.clipboard.seconds = settings["clipboard_clear_seconds"]
        self.statistics_stubs = settings["statistics_stubs"]
        token = self.opening = object()
        made: list[Any] = []

        def build() -> None:
            from ui.field.window import MainWindow

            window: Any = MainWindow
            if self.session is not None and self.session.role == "archive":
                from ui.desk.window import ArchiveWindow as window  # the coordinator's desk
            with self.building():
                made.append(window(self))

        def show() -> None:
            self._show_main(made[0], pending)

        in_turns([*importing(WINDOW_MODULES), build, show],
                 lambda: self.opening is token and self.session is not None)

    def _show_main(self, main: Any, pending: list[Any]) -> None:
        from ui.field.opening import open_form

        self.opening = None
        self.main = main
        free = self.main.screen().availableGeometry()
        if free.width() <= 1440 or free.height() <= 900:  # a laptop: use all of it
            self.main.showMaximized()
        else:
            self.main.show()
        gate, self.gate = self.gate, None
        if gate is not None and is_alive(gate):
            gate.hide()
            gate.deleteLater()
        self.idle.arm()
        for draft in pending:
            open_form(self, draft.kind, draft=draft, parent=self.main)

    # -- forms -----------------------------------------------------------------

    def register_form(self, form: Any) -> None:
        self.forms.append(form)

    def unregister_form(self, form: Any) -> None:
        if form in self.forms:
            self.forms.remove(form)

    def open_form(self, kind: str, **options: Any) -> None:
        """Open a record's form (ui.field.opening.open_form), for widgets that are
        themselves forms and so cannot import the opener."""
        from ui.field.opening import open_form

        open_form(self, kind, **options)

    def form_opened(self, form: Any) -> None:
        """Hook for tests and screenshots: the last form shown."""
        self.last_form = form

    def refresh_list(self) -> None:
        if self.main is not None and is_alive(self.main):
            self.main.refresh_list()

    # -- locking ---------------------------------------------------------------

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_minutes = int(minutes)
        self.idle.timeout = self.idle_minutes * 60

    def _idle(self) -> None:
        self.lock(panic=False)

    def lock(self, panic: bool = False) -> None:
        """Keep drafts, drop every window and the key, show the unlock screen."""
        if self.session is None or self.locking:
            return
        self.locking = True
        try:
            windows = [w for w in QtWidgets.QApplication.topLevelWidgets()
                       if w is not self.gate and w.isVisible()]
            for w in windows:  # first of all: nothing readable on the screen
                w.hide()
            for form in list(self.forms):
                if is_alive(form):
                    form.flush_draft()
            session, self.session = self.session, None
            self.opening = None  # a window half built is dropped with the others below
            self.tasks.new_generation()
            # What the statistics held out of the garbage collector's reach
            # (app.stats.paused_collector(hold=True)) goes back to it with the session:
            # any cycle left among it is then collected.
            gc.unfreeze()
            self.tasks.run(lambda job: vault_uc.lock(session))
            self.idle.disarm()
            self.clipboard.clear()
            if panic:
                QtWidgets.QApplication.clipboard().clear()
            self.show_unlock()
            for w in QtWidgets.QApplication.topLevelWidgets():
                if w is not self.gate and w.parent() is None:
                    w.hide()
                    w.deleteLater()
            self.forms = []
            self.main = None
            self.locked_count += 1
        finally:
            self.locking = False

    def change_language(self, lang: str) -> None:
        """Re-create the windows in the new language (open forms come back as drafts)."""
        i18n.install(lang)
        if self.session is None:
            return
        self.locking = True
        try:
            for form in list(self.forms):
                if is_alive(form):
                    form.flush_draft()
            old = self.main
            self.forms = []
            self.opening = None
            s = self.session
            self.tasks.new_generation()
            self.tasks.run(lambda job: (prefs.load_settings(s), prefs.pending_drafts(s)),
                           on_done=self._ready)
            if old is not None and is_alive(old):
                old.hide()
                old.deleteLater()
        finally:
            self.locking = False

    # -- errors and shutdown ---------------------------------------------------

    def _task_error(self, exc: BaseException) -> None:
        dialogs.show_error(QtWidgets.QApplication.activeWindow(), exc)

    def quit(self) -> None:
        """The main window was closed: keep every open form as an encrypted draft, hide
        every window, close the vault (releasing its lock file) and end the process."""
        if self.quitting:
            return
        self.quitting = True
        self.locking = True
        try:
            for w in QtWidgets.QApplication.topLevelWidgets():
                w.hide()
            self.shutdown()
        finally:
            self.locking = False
        QtWidgets.QApplication.quit()

    def shutdown(self) -> None:
        """Quit: keep drafts, close the vault on its thread, stop the worker."""
        self.collector.stop()
        if self.session is not None:
            for form in list(self.forms):
                if is_alive(form):
                    form.flush_draft()
            session, self.session = self.session, None
            self.tasks.run(lambda job: vault_uc.lock(session))
        self.idle.disarm()
        self.clipboard.clear()
        QtWidgets.QApplication.instance().removeEventFilter(self.activity)
        self.tasks.shutdown()


def run(argv: list[str] | None = None) -> int:
    os.umask(0o077)
    QtWidgets.QApplication.setApplicationName(APP_NAME)
    QtWidgets.QApplication.setOrganizationName("")
    qapp = QtWidgets.QApplication(argv if argv is not None else sys.argv)
    qapp.setApplicationDisplayName(APP_NAME)
    # The taskbar and window icon, and the menu entry the desktop pairs windows with
    # (packaging/linux/qorgau.desktop).
    qapp.setWindowIcon(QtGui.QIcon(str(resources.ROOT / "icons" / "qorgau.svg")))
    qapp.setDesktopFileName("qorgau")
    style.apply(qapp)
    i18n.install(i18n.resolve(i18n.chosen_language()))
    sys.excepthook = dialogs.excepthook
    path = Path(os.environ["QORGAU_VAULT"]) if os.environ.get("QORGAU_VAULT") \
        else default_vault_path()
    controller = QorgauApp(path)
    controller.start()
    try:
        return qapp.exec()
    finally:
        controller.shutdown()
