"""After a seizure or a coerced passphrase, from the settings: a new recovery code, and
the evidence files re-encrypted under a new key with progress and cancel. Thin: the
actions are app.usecases.keys; the passphrase change itself stays in ui/field/settings.py."""

from __future__ import annotations

from typing import Any

from app.usecases import keys as key_actions
from storage.errors import Cancelled
from ui import dialogs
from ui.qt import Qt, QTimer, QtWidgets, translate
from ui.style import set_role
from ui.tasks import Job


class RecoveryCodeDialog(QtWidgets.QDialog):
    """Issue a new recovery code (the old one then opens nothing), or show one that a
    passphrase change had to issue (`code`)."""

    def __init__(self, app: Any, parent: QtWidgets.QWidget, code: str | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("KeysDialog", "New recovery code"))
        self.setMinimumWidth(520)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        self.intro = QtWidgets.QLabel(translate(
            "KeysDialog", "If the recovery code may be in someone else's hands (a seizure, "
            "a search, coercion), replace it: the old code then opens nothing, not even an "
            "old copy of this vault's key file. Type the passphrase to confirm."))
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.passphrase = QtWidgets.QLineEdit()
        self.passphrase.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.passphrase.setProperty("sensitive", True)
        self.passphrase.setPlaceholderText(translate("KeysDialog", "Passphrase"))
        self.passphrase.returnPressed.connect(self.issue)
        lay.addWidget(self.passphrase)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "muted")
        lay.addWidget(self.message)
        self.code_label = QtWidgets.QLabel()
        set_role(self.code_label, "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.hide()
        lay.addWidget(self.code_label)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        self.close_button = QtWidgets.QPushButton(translate("KeysDialog", "Close"))
        self.close_button.clicked.connect(self.close)
        self.issue_button = QtWidgets.QPushButton(translate("KeysDialog", "Issue a new code"))
        self.issue_button.setProperty("primary", True)
        self.issue_button.clicked.connect(self.issue)
        row.addWidget(self.close_button)
        row.addWidget(self.issue_button)
        lay.addLayout(row)
        if code is not None:
            self.show_code(code)

    def issue(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.issue_button.setEnabled(False)
        self.message.setText(translate("KeysDialog", "Replacing the keys… this takes a few "
                                       "seconds."))
        s = self.app.session

        def failed(exc: BaseException) -> None:
            self.issue_button.setEnabled(True)
            self.message.setText(dialogs.error_text(exc))

        self.app.tasks.run(lambda job: key_actions.new_recovery_code(s, passphrase),
                           owner=self, on_done=self.show_code, on_error=failed)

    def show_code(self, code: str) -> None:
        self.passphrase.clear()
        self.passphrase.hide()
        self.issue_button.hide()
        self.intro.setText(translate(
            "KeysDialog", "Write this new recovery code on paper now. It is shown only this "
            "once. The old code opens nothing any more. Keep the paper away from this laptop, "
            "and do not photograph it."))
        self.message.setText("")
        self.code_label.setText(code)
        self.code_label.show()


def reencrypt_evidence(app: Any, parent: QtWidgets.QWidget) -> Job | None:
    """Confirm, then re-encrypt every evidence file under a new key on the worker, with a
    progress dialog whose Cancel stops it (it carries on where it stopped next time)."""
    choice = dialogs.ask(parent, translate("KeysDialog", "Re-encrypt evidence files"), translate(
        "KeysDialog", "Every evidence file on this laptop is encrypted again under a new key, "
        "so that an old copy of the vault (taken at a seizure) no longer opens the files kept "
        "since. It can take a long time for many videos; you can stop and carry on later."),
        [("go", translate("KeysDialog", "Re-encrypt")),
         ("cancel", translate("KeysDialog", "Cancel"))], default="go")
    if choice != "go":
        return None
    progress = QtWidgets.QProgressDialog(parent)
    progress.setWindowTitle(translate("KeysDialog", "Re-encrypt evidence files"))
    progress.setLabelText(translate("KeysDialog", "Re-encrypting the evidence files…"))
    progress.setCancelButtonText(translate("KeysDialog", "Stop"))
    progress.setRange(0, 1000)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    s = app.session

    def finished(result: dict[str, Any]) -> None:
        timer.stop()
        progress.close()
        dialogs.inform(parent, translate("KeysDialog", "Re-encrypt evidence files"), translate(
            "KeysDialog", "%1 evidence files were re-encrypted under a new key.")
            .replace("%1", str(result["files"])))

    def failed(exc: BaseException) -> None:
        timer.stop()
        progress.close()
        if isinstance(exc, Cancelled):
            dialogs.inform(parent, translate("KeysDialog", "Re-encrypt evidence files"),
                           translate("KeysDialog", "Stopped. The files done so far keep their "
                                     "new key; run it again to carry on where it stopped."))
        else:
            dialogs.show_error(parent, exc)

    def tick() -> None:
        done, total = job.progress
        progress.setValue(int(done * 1000 / max(total, 1)))
        progress.setLabelText(translate("KeysDialog", "Re-encrypting file %1 of %2…")
                              .replace("%1", str(min(done + 1, max(total, 1))))
                              .replace("%2", str(total)))

    job = app.tasks.run(lambda job: key_actions.reencrypt_evidence(
        s, progress=job.report, cancel=job.cancel), owner=parent, on_done=finished,
        on_error=failed)
    progress.canceled.connect(job.cancel.set)
    timer = QTimer(progress)
    timer.setInterval(100)
    timer.timeout.connect(tick)
    timer.start()
    progress.show()
    return job
