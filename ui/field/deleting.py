"""Deleting a record from the field desktop: the person says why, the core writes a signed
tombstone with that reason (app.usecases.records.delete). The history stays; the record
leaves lists, search and the case view, and the deletion travels in the next bundle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.usecases import prefs
from app.usecases import records as records_uc
from ui import dialogs
from ui.qt import Qt, QtWidgets, translate
from ui.style import set_role


class DeleteDialog(QtWidgets.QDialog):
    """Asks for the reason; Delete stays disabled until one is written."""

    def __init__(self, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DeleteDialog", "Delete this record"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        lay = QtWidgets.QVBoxLayout(self)
        head = QtWidgets.QLabel(title)
        set_role(head, "title")
        head.setWordWrap(True)
        lay.addWidget(head)
        note = QtWidgets.QLabel(translate(
            "DeleteDialog", "The record leaves lists, search and the case, and a signed note "
            "of its deletion, with your reason, goes to the coordinator with the next bundle. "
            "Its history is kept."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(translate(
            "DeleteDialog", "Why is it deleted? (e.g. entered twice by mistake)"))
        form = QtWidgets.QFormLayout()
        form.addRow(translate("DeleteDialog", "&Reason"), self.reason)
        lay.addLayout(form)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        cancel = QtWidgets.QPushButton(translate("DeleteDialog", "Keep it"))
        cancel.clicked.connect(self.reject)
        self.delete_button = QtWidgets.QPushButton(translate("DeleteDialog", "Delete"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        row.addWidget(cancel)
        row.addWidget(self.delete_button)
        lay.addLayout(row)
        self.reason.textChanged.connect(
            lambda text: self.delete_button.setEnabled(bool(text.strip())))
        self.resize(520, self.sizeHint().height())


def delete_record(app: Any, form: Any, on_done: Callable[[str], None]) -> DeleteDialog:
    """Open the reason dialog for the record of `form`; on Delete, run the use case on
    the worker and call `on_done(record_id)`."""
    dialog = DeleteDialog(form.windowTitle() or "", form)

    def confirmed() -> None:
        s, rid, did = app.session, form.record_id, form.draft_id
        reason = dialog.reason.text().strip()
        if s is None or rid is None:
            return

        def work(_job: Any) -> str:
            records_uc.delete(s, rid, reason)
            prefs.discard_draft(s, did)
            return rid

        app.tasks.run(work, owner=form, on_done=on_done,
                      on_error=lambda exc: dialogs.show_error(form, exc))

    dialog.accepted.connect(confirmed)
    dialog.show()
    return dialog
