"""Message boxes, safe error reports and file pickers.

- `ask()` shows a real box whose buttons are named `answer-<key>` (for accessibility
  tools, and for the tests, which click them as a person would: tests/ui/boxes.py).
- Errors: a QorgauError is an environment fault or bad input, shown with its message;
  anything else is a bug, shown as a calm, generic message with no case data and no
  traceback (a traceback can hold a narrative's text).
- File pickers: Qt's file dialog remembers folders and history in QtProject.conf; that
  is a recent-files list, so it is wiped after every use.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from storage.errors import (
    EnvironmentFault,
    IntegrityFailure,
    InvalidInput,
    NotFound,
    QorgauError,
    ValidationError,
    WrongSecret,
)
from ui import core_messages, labels
from ui.qt import QT_TRANSLATE_NOOP, QSettings, QtWidgets, translate


def ask(parent: QtWidgets.QWidget | None, title: str, text: str,
        buttons: list[tuple[str, str]], *, default: str | None = None,
        icon: QtWidgets.QMessageBox.Icon = QtWidgets.QMessageBox.Icon.Question) -> str:
    """Show a question with our own (translated) buttons; returns the chosen key."""
    box = QtWidgets.QMessageBox(icon, title, text, QtWidgets.QMessageBox.StandardButton.NoButton,
                                parent)
    made = {}
    for key, label in buttons:
        button = box.addButton(label, QtWidgets.QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(f"answer-{key}")  # stable for accessibility tools and tests
        made[button] = key
        if key == default:
            box.setDefaultButton(list(made)[-1])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return made.get(clicked, buttons[-1][0])


def inform(parent: QtWidgets.QWidget | None, title: str, text: str, *,
           warning: bool = False) -> None:
    ask(parent, title, text, [("ok", translate("dialogs", "OK"))], default="ok",
        icon=QtWidgets.QMessageBox.Icon.Warning if warning else
        QtWidgets.QMessageBox.Icon.Information)


# Core messages a person meets on the desktop, in their words (the core writes English
# for the command line and the logs): pattern → translatable sentence with %1.
CORE_MESSAGES = [
    (re.compile(r"the vault at (.+) is open in another Qorgau window or command"),
     QT_TRANSLATE_NOOP("dialogs", "This vault (%1) is already open in another Qorgau "
                       "window or command. Close it there, or wait for it to finish, then "
                       "try again.")),
]


def core_message(text: str) -> str | None:
    for pattern, sentence in CORE_MESSAGES:
        m = pattern.fullmatch(text)
        if m:
            return translate("dialogs", sentence).replace("%1", m[1] if m.groups() else "")
    return None


def error_text(exc: BaseException) -> str:
    """What to tell a person about `exc`, in their language. Bugs say nothing specific."""
    known = core_message(str(exc)) if isinstance(exc, QorgauError) else None
    if known is not None:
        return known
    if isinstance(exc, WrongSecret):
        return translate("dialogs", "The passphrase or recovery code is not right. "
                         "Nothing was changed.")
    if isinstance(exc, ValidationError):
        return translate("dialogs", "This cannot be saved as it is:") + "\n\n" + \
            validation_text(exc)
    if isinstance(exc, QorgauError):
        # The core's English message, in the person's language where the catalogue of core
        # messages knows it (ui/core_messages.py); in English only if it does not.
        message = core_messages.translated(str(exc)) or str(exc)
        heading = {
            EnvironmentFault: translate("dialogs", "The computer could not complete this:"),
            IntegrityFailure: translate("dialogs", "A check of the vault failed:"),
            InvalidInput: translate("dialogs", "This cannot be saved as it is:"),
            NotFound: translate("dialogs", "Not found:"),
        }
        for cls, text in heading.items():
            if isinstance(exc, cls):
                return f"{text}\n\n{message}"
        return message
    if isinstance(exc, OSError):
        return translate("dialogs", "The computer could not read or write a file:") + \
            f"\n\n{exc.strerror or ''}"
    return translate("dialogs", "Something went wrong inside Qorgau. Your records already "
                     "saved are safe. If this keeps happening, lock the vault, restart "
                     "Qorgau and tell your coordinator what you were doing.")


def validation_text(exc: ValidationError) -> str:
    """A record that does not fit its schema: the record kind, then each field by its label
    with what is wrong, in the interface language."""
    lines = [labels.kind_label(exc.kind) + ":"]
    for path, message in sorted(exc.errors.items()):
        text = labels.error_message(exc.kind, message)
        lines.append(f"• {labels.path_label(exc.kind, path)}: {text}" if path != "$"
                     else f"• {text}")
    return "\n".join(lines)


def show_error(parent: QtWidgets.QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, QorgauError | OSError) and os.environ.get("QORGAU_DEBUG") == "1":
        traceback.print_exception(exc)  # developers only; never to a file
    inform(parent, translate("dialogs", "Qorgau"), error_text(exc), warning=True)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: an uncaught exception shows a safe message."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    with contextlib.suppress(Exception):  # the last resort must not raise in turn
        show_error(QtWidgets.QApplication.activeWindow(), exc)


def _forget_file_dialog_history() -> None:
    qt = QSettings("QtProject")
    qt.remove("FileDialog")
    qt.remove("Qt")
    qt.sync()


def file_dialog(parent: QtWidgets.QWidget | None, title: str, start: str
                ) -> QtWidgets.QFileDialog:
    """Qt's own file dialog (translated with the interface, unlike the desktop's), in the
    list view: the detail view's type column comes from the system's MIME database,
    in English on most of these laptops."""
    dlg = QtWidgets.QFileDialog(parent, title, start)
    dlg.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setViewMode(QtWidgets.QFileDialog.ViewMode.List)
    dlg.setHistory([])
    return dlg


def pick_open_files(parent: QtWidgets.QWidget | None, title: str) -> list[str]:
    dlg = file_dialog(parent, title, str(Path.home()))
    dlg.setFileMode(QtWidgets.QFileDialog.FileMode.ExistingFiles)
    files = dlg.selectedFiles() if dlg.exec() else []
    dlg.setHistory([])
    dlg.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(None, 0)
    _forget_file_dialog_history()
    return files


def pick_save_file(parent: QtWidgets.QWidget | None, title: str, name: str) -> str | None:
    dlg = file_dialog(parent, title, str(Path.home() / name))
    dlg.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
    files = dlg.selectedFiles() if dlg.exec() else []
    dlg.setHistory([])
    dlg.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(None, 0)
    _forget_file_dialog_history()
    return files[0] if files else None


def pick_folder(parent: QtWidgets.QWidget | None, title: str) -> str | None:
    dlg = file_dialog(parent, title, str(Path.home()))
    dlg.setFileMode(QtWidgets.QFileDialog.FileMode.Directory)
    dlg.setOption(QtWidgets.QFileDialog.Option.ShowDirsOnly, True)
    files = dlg.selectedFiles() if dlg.exec() else []
    dlg.setHistory([])
    dlg.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(None, 0)
    _forget_file_dialog_history()
    return files[0] if files else None
