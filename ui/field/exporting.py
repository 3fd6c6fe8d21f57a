"""Sending records to a coordinator: the export dialog, over a small adapter.

The dialog talks only to `backend()`, which wraps the export use case (or is None, and
the dialog says so plainly, in a build without the sync layer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.usecases import coordinators as coord_uc
from app.usecases import export as export_uc
from ui import dialogs, i18n, windows
from ui.job_buttons import JobButtons
from ui.labels import human_size
from ui.qt import Qt, QtWidgets, translate
from ui.style import set_role
from ui.tasks import Job


@dataclass
class Coordinator:
    key: str
    name: str
    fingerprint: str


@dataclass
class ExportResult:
    path: str
    sealed: int  # record versions sealed
    files: int  # evidence originals sealed
    size: int
    withheld: list[str] = field(default_factory=list)  # titles withheld for lack of consent
    recipients: list[str] = field(default_factory=list)  # names of who can open it


class Backend(Protocol):
    def coordinators(self, session: Any) -> list[Coordinator]: ...

    def export(self, session: Any, folder: str, coordinators: list[str], new_only: bool,
               progress: Any, cancel: Any) -> ExportResult: ...

    def preview(self, session: Any, coordinators: list[str], new_only: bool) -> dict[str, Any]:
        ...


class SyncBackend:
    """The field export use case (app.usecases.export), sealed to the coordinators ticked
    in the dialog (device ids)."""

    def coordinators(self, session: Any) -> list[Coordinator]:
        return [Coordinator(c.device_id, c.name, c.fingerprint)
                for c in coord_uc.trusted(session)]

    def export(self, session: Any, folder: str, coordinators: list[str], new_only: bool,
               progress: Any, cancel: Any) -> ExportResult:
        report = export_uc.export_bundle(session, Path(folder) / export_uc.bundle_name(),
                                         everything=not new_only, recipients=coordinators,
                                         progress=progress, cancel=cancel)
        return ExportResult(path=report.path if report.written else "", sealed=report.versions,
                            files=report.blobs, size=report.bytes,
                            withheld=export_uc.withheld_titles(session, report),
                            recipients=report.recipients)

    def preview(self, session: Any, coordinators: list[str], new_only: bool) -> dict[str, Any]:
        """The disclosure preview (app.usecases.consent): nothing is written."""
        from app.usecases import consent

        return consent.export_preview(session, everything=not new_only,
                                      recipients=coordinators or None, lang=i18n.current())


def backend() -> Backend | None:
    """The bundle export behind the dialog, or None if this build has no sync layer."""
    return SyncBackend()


class ExportDialog(QtWidgets.QDialog):
    def __init__(self, app: Any, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.backend = backend()
        self.job: Job | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("ExportDialog", "Send to coordinator"))
        self.setMinimumWidth(600)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        # Everything above the buttons scrolls when the screen is short (1280×720 at
        # 125 %): the buttons stay in sight and no line is squeezed.
        body = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        intro = QtWidgets.QLabel(translate(
            "ExportDialog", "Records leave this laptop only inside a sealed bundle: encrypted "
            "to the coordinators you choose and signed by this device. Carry the bundle file "
            "on a USB stick or send it by any messenger; only the chosen coordinators can "
            "open it. Records whose people did not consent to sharing stay here."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.who = QtWidgets.QListWidget()
        self.who.setMaximumHeight(140)
        self.who.itemChanged.connect(self._choice_changed)
        lay.addWidget(QtWidgets.QLabel(translate("ExportDialog",
                                                 "Seal to these coordinators")))
        lay.addWidget(self.who)
        self.trust_button = QtWidgets.QPushButton(translate("ExportDialog",
                                                            "Trust a coordinator…"))
        self.trust_button.clicked.connect(self.trust)
        self.trust_button.hide()
        lay.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.new_only = QtWidgets.QRadioButton(translate("ExportDialog",
                                                         "Only what is new since the last bundle"))
        self.everything = QtWidgets.QRadioButton(translate("ExportDialog", "Everything"))
        self.new_only.setChecked(True)
        lay.addWidget(self.new_only)
        lay.addWidget(self.everything)
        self.new_only.toggled.connect(lambda _on: self._preview())
        # Consent (issue 10): what goes and what stays, per person and reason, before sealing.
        self.disclosure = QtWidgets.QLabel()
        self.disclosure.setWordWrap(True)
        self.disclosure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.disclosure, "calm")
        self.disclosure.hide()
        lay.addWidget(self.disclosure)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.hide()
        self.result = QtWidgets.QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.result, "calm")
        self.result.hide()
        lay.addWidget(self.result)
        lay.addStretch(1)
        outer.addWidget(windows.scrolling(body), 1)
        outer.addWidget(self.bar)
        self.buttons = JobButtons(self, self.bar, close=translate("ExportDialog", "Close"),
                                  cancel=translate("ExportDialog", "Cancel"),
                                  go=translate("ExportDialog", "Seal the bundle…"))
        self.cancel_button, self.go = self.buttons.close_button, self.buttons.go
        self.cancel_button.clicked.connect(self.cancel)
        self.go.clicked.connect(self.start)
        outer.addLayout(self.buttons.row)
        if self.backend is None:
            self.go.setEnabled(False)
            self.result.setText(translate(
                "ExportDialog", "Sealed bundles are not available in this version of Qorgau "
                "yet. Your records stay safe in the vault."))
            self.result.show()
        else:
            s, b = app.session, self.backend
            app.tasks.run(lambda job: b.coordinators(s), owner=self, on_done=self._listed)

    def _listed(self, people: list[Coordinator]) -> None:
        self.who.blockSignals(True)
        self.who.clear()
        for c in people:
            item = QtWidgets.QListWidgetItem(f"{c.name}   ({c.fingerprint})")
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.who.addItem(item)
        self.who.blockSignals(False)
        self.trust_button.setVisible(not people)
        self.go.setEnabled(bool(people) and self.job is None)
        if not people:
            self.result.setText(translate(
                "ExportDialog", "No coordinator is known to this vault yet. Import your "
                "coordinator's identity card first (ask them for it, and compare its "
                "fingerprint by phone)."))
            self.result.show()
        else:
            self.result.hide()
            self._preview()
        windows.show_whole(self)

    def _preview(self) -> None:
        if self.backend is None or self.app.session is None or not self.who.count():
            return
        s, b = self.app.session, self.backend
        keys, new_only = self.chosen(), self.new_only.isChecked()
        self.app.tasks.run(lambda job: b.preview(s, keys, new_only), owner=self,
                           on_done=self._previewed, on_error=lambda _exc: None)

    def _previewed(self, p: dict[str, Any]) -> None:
        text = translate("ExportDialog", "Will go: %1 record versions and %2 evidence "
                         "files.").replace("%1", str(p["versions"])).replace("%2",
                                                                             str(p["blobs"]))
        if p["withheld"]:
            text += "\n" + translate("ExportDialog", "Stays on this laptop (consent):")
            text += "".join(f"\n• {w['text']}" for w in p["withheld"][:12])
            if len(p["withheld"]) > 12:
                text += "\n• …"
        if p.get("statistics_stubs"):
            text += "\n" + translate("ExportDialog", "Anonymised for statistics: %1 (counted "
                                      "with no name, text or date of birth).").replace(
                "%1", str(p["statistics_stubs"]))
        self.disclosure.setText(text)
        self.disclosure.show()
        windows.show_whole(self)

    def chosen(self) -> list[str]:
        return [self.who.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.who.count())
                if self.who.item(i).checkState() == Qt.CheckState.Checked]

    def _choice_changed(self, _item: QtWidgets.QListWidgetItem) -> None:
        self.go.setEnabled(bool(self.chosen()) and self.job is None)
        if self.chosen():
            self._preview()

    def trust(self) -> None:
        from ui.field.coordinators import TrustDialog

        dialog = TrustDialog(self.app, self)
        dialog.trusted.connect(self._reload_coordinators)
        dialog.show()

    def _reload_coordinators(self, _name: str) -> None:
        if self.backend is not None and self.app.session is not None:
            s, b = self.app.session, self.backend
            self.app.tasks.run(lambda job: b.coordinators(s), owner=self, on_done=self._listed)

    def start(self) -> None:
        keys = self.chosen()
        if not keys or self.backend is None:
            return
        folder = dialogs.pick_folder(self, translate("ExportDialog", "Where to write the bundle"))
        if not folder:
            return
        s, b, new_only = self.app.session, self.backend, self.new_only.isChecked()
        self.job = self.buttons.follow(self.app.tasks.run(
            lambda job: b.export(s, folder, keys, new_only, job.report, job.cancel),
            owner=self, on_done=self._done, on_error=self._failed))

    def cancel(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel.set()
            return
        self.close()

    def _done(self, r: ExportResult) -> None:
        self.buttons.stop()
        self.bar.setValue(1000)
        self.job = None
        if not r.path:
            self.result.setText(translate("ExportDialog", "Nothing new to send: every record "
                                          "was already in an earlier bundle."))
            self.result.show()
            return
        text = translate("ExportDialog", "Sealed %1 record versions and %2 evidence files "
                         "(%3) into:\n%4").replace("%1", str(r.sealed)).replace(
            "%2", str(r.files)).replace("%3", human_size(r.size)).replace("%4", r.path)
        if r.recipients:
            text += "\n" + translate("ExportDialog", "Only %1 can open it.").replace(
                "%1", ", ".join(r.recipients))
        if r.withheld:
            text += "\n\n" + translate("ExportDialog", "Kept on this laptop for lack of "
                                       "consent to sharing:") + "\n" + "\n".join(
                f"• {t}" for t in r.withheld[:20])
        self.result.setText(text)
        self.result.show()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.stop()
        self.job = None
        self.go.setEnabled(True)
        self.result.setText(dialogs.error_text(exc))
        self.result.show()
