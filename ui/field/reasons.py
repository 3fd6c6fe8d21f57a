"""Actions that need a reason, asked before they run: deleting a record (a signed tombstone
with that reason, app.usecases.records.delete; the history stays) and removing a trusted
coordinator (app.usecases.coordinators.untrust)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.usecases import prefs
from app.usecases import records as records_uc
from ui import dialogs
from ui.qt import Qt, QtWidgets, translate
from ui.style import set_role


class ReasonDialog(QtWidgets.QDialog):
    """Asks why before an action that needs a reason; the action's button stays disabled
    until one is written (the core refuses an empty reason too)."""

    def __init__(self, window_title: str, heading: str, note: str, placeholder: str,
                 action: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        lay = QtWidgets.QVBoxLayout(self)
        head = QtWidgets.QLabel(heading)
        set_role(head, "title")
        head.setWordWrap(True)
        lay.addWidget(head)
        text = QtWidgets.QLabel(note)
        text.setWordWrap(True)
        lay.addWidget(text)
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(placeholder)
        form = QtWidgets.QFormLayout()
        form.addRow(translate("DeleteDialog", "&Reason"), self.reason)
        lay.addLayout(form)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        cancel = QtWidgets.QPushButton(translate("DeleteDialog", "Keep it"))
        cancel.clicked.connect(self.reject)
        self.delete_button = QtWidgets.QPushButton(action)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        row.addWidget(cancel)
        row.addWidget(self.delete_button)
        lay.addLayout(row)
        self.reason.textChanged.connect(
            lambda value: self.delete_button.setEnabled(bool(value.strip())))
        self.resize(640, self.sizeHint().height())  # the hint in the field fits, in ru and kk


def ask_reason(parent: QtWidgets.QWidget, window_title: str, heading: str, note: str,
               placeholder: str, action: str, then: Callable[[str], None]) -> ReasonDialog:
    """Show a ReasonDialog; on its action, `then(reason)`."""
    dialog = ReasonDialog(window_title, heading, note, placeholder, action, parent)
    dialog.accepted.connect(lambda: then(dialog.reason.text().strip()))
    dialog.show()
    return dialog


def delete_record(app: Any, form: Any, on_done: Callable[[str], None]) -> ReasonDialog:
    """Ask why, then delete the record of `form` on the worker; `on_done(record_id)`."""

    def confirmed(reason: str) -> None:
        s, rid, did = app.session, form.record_id, form.draft_id
        if s is None or rid is None:
            return

        def work(_job: Any) -> str:
            records_uc.delete(s, rid, reason)
            prefs.discard_draft(s, did)
            return rid

        app.tasks.run(work, owner=form, on_done=on_done,
                      on_error=lambda exc: dialogs.show_error(form, exc))

    return ask_reason(
        form, translate("DeleteDialog", "Delete this record"), form.windowTitle() or "",
        translate("DeleteDialog", "The record leaves lists, search and the case, and a signed "
                  "note of its deletion, with your reason, goes to the coordinator with the "
                  "next bundle. Its history is kept."),
        translate("DeleteDialog", "Why is it deleted? (e.g. entered twice by mistake)"),
        translate("DeleteDialog", "Delete"), confirmed)
