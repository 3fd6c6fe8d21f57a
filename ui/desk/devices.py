"""The device registry: which field laptops this archive accepts bundles from, the last
bundle of each and the ones never received, enrolment from an identity card (its
fingerprint shown big, to compare aloud), revocation of a seized device, receipts."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from app.usecases import devices as actions
from app.usecases import receipts
from ui import dialogs
from ui.desk.common import (
    DeskPage,
    JobStrip,
    button,
    fit_columns,
    ranges,
    read_only_table,
    set_row,
    when,
)
from ui.labels import big_fingerprint
from ui.qt import Qt, QtGui, QtWidgets, translate
from ui.style import DANGER, OK, set_role


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class DevicesPage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.rows: list[dict[str, Any]] = []
        lay = self.skeleton(
            translate("Devices", "Devices"),
            translate(
                "Devices",
                "Field laptops whose bundles this archive accepts. A missing bundle number "
                "means a bundle was made but never arrived: ask for it. Revoke a laptop that "
                "was seized or lost: its later bundles are quarantined, never merged.",
            ),
        )
        self.table = read_only_table(
            [
                translate("Devices", "Device"),
                translate("Devices", "State"),
                translate("Devices", "Last bundle"),
                translate("Devices", "Sealed"),
                translate("Devices", "Never received"),
                translate("Devices", "In quarantine"),
                translate("Devices", "Last receipt"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 1)
        self.detail = QtWidgets.QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        row = QtWidgets.QHBoxLayout()
        self.enrol_button = button(translate("Devices", "&Enrol a device…"), primary=True)
        self.receipt_button = button(translate("Devices", "Write a re&ceipt…"))
        self.revoke_button = button(translate("Devices", "&Revoke…"), danger=True)
        self.enrol_button.clicked.connect(self.enrol)
        self.receipt_button.clicked.connect(self.receipt)
        self.revoke_button.clicked.connect(self.revoke)
        row.addWidget(self.enrol_button)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        lay.addLayout(row)
        lay.addWidget(self.strip)
        lay.addWidget(self.message)
        self._selected()

    def refresh(self) -> None:
        s = self.app.session
        if s is None:
            return
        self.app.tasks.run(lambda job: actions.devices(s), owner=self, on_done=self._loaded)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        keep = self.current()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, d in enumerate(rows):
            # Revocation is a cut-off in time (issue 15), not a bundle number: from that
            # moment nothing new from the device is merged without review.
            state = (
                translate("Devices", "Revoked %1").replace("%1", when(d["revoked_at"]))
                if d["revoked_at"]
                else translate("Devices", "Enrolled")
            )
            set_row(
                self.table,
                i,
                [
                    d["name"],
                    state,
                    f"#{d['last_seq']}" if d["last_seq"] else "—",
                    when(d["last_sealed_at"]),
                    ranges(d["missing"]) or "—",
                    str(d["quarantined"] or "—"),
                    when(d["last_receipt_at"]),
                ],
                d["device_id"],
            )
            if d["revoked_at"]:
                self.table.item(i, 1).setForeground(Qt.GlobalColor.darkRed)
            if d["missing"]:
                self.table.item(i, 4).setForeground(Qt.GlobalColor.darkRed)
        fit_columns(self.table)
        index = next(
            (i for i, d in enumerate(rows) if keep and d["device_id"] == keep["device_id"]),
            0 if rows else -1,
        )
        if index >= 0:
            self.table.selectRow(index)
        self._selected()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.rows:
            fit_columns(self.table)

    def current(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        d = self.current()
        self.receipt_button.setEnabled(d is not None and not d["revoked_at"])
        self.revoke_button.setEnabled(d is not None and not d["revoked_at"])
        if d is None:
            self.detail.setText(
                translate("Devices", "No device is enrolled yet.") if not self.rows else ""
            )
            return
        lines = [
            f"<b>{html.escape(d['name'])}</b> · {html.escape(d['device_id'])}",
            html.escape(translate("Devices", "Fingerprint: %1").replace("%1", d["fingerprint"])),
            html.escape(
                translate(
                    "Devices",
                    "Enrolled %1 · bundles merged: %2 · record versions written on it: %3",
                )
                .replace("%1", when(d["enrolled_at"]))
                .replace("%2", str(d["bundles"]))
                .replace("%3", str(d["versions"]))
            ),
        ]
        if d["last_seq"]:
            lines.insert(
                2,
                html.escape(
                    translate("Devices", "Last bundle #%1: sealed %2, imported %3")
                    .replace("%1", str(d["last_seq"]))
                    .replace("%2", when(d["last_sealed_at"]))
                    .replace("%3", when(d["last_imported_at"]))
                ),
            )
        if d["revoked_at"]:
            lines.append(
                f"<span style='color:{DANGER}'>"
                + html.escape(
                    translate("Devices", "Revoked %1: nothing new from it is merged without "
                              "review; what it sent after bundle %2 is flagged for review.")
                    .replace("%1", when(d["revoked_at"]))
                    .replace("%2", str(d["revoked_after_seq"]))
                )
                + "</span>"
            )
        self.detail.setText("<br>".join(lines))

    # -- enrol -----------------------------------------------------------------------

    def enrol(self) -> None:
        files = dialogs.pick_open_files(
            self, translate("Devices", "Choose the device's identity card")
        )
        s = self.app.session
        if not files or s is None:
            return
        path = Path(files[0])

        def work(_job: Any) -> tuple[bytes, dict[str, Any]]:
            data = path.read_bytes()
            return data, actions.read_card(data)

        self.app.tasks.run(
            work,
            owner=self,
            on_done=self._card_read,
            on_error=lambda exc: dialogs.show_error(self, exc),
        )

    def _card_read(self, result: tuple[bytes, dict[str, Any]]) -> None:
        data, card = result
        self.enrol_dialog = EnrolDialog(self, data, card)
        self.enrol_dialog.show()

    def enrolled(self, name: str) -> None:
        self.say(
            translate("Devices", "Enrolled “%1”. Its bundles can be imported now.").replace(
                "%1", name
            )
        )
        self.refresh()

    # -- revoke ----------------------------------------------------------------------

    def revoke(self) -> None:
        d = self.current()
        if d is not None:
            self.revoke_dialog = RevokeDialog(self, d)
            self.revoke_dialog.show()

    def revoked(self, done: dict[str, Any]) -> None:
        self.say(
            translate("Devices", "Revoked “%1”: nothing new from it will be merged without "
                      "review; what it sent after bundle %2 is flagged for review.")
            .replace("%1", done["name"])
            .replace("%2", str(done["after_seq"])),
            "error",
        )
        self.refresh()
        self.window_.changed()

    # -- receipts --------------------------------------------------------------------

    def receipt(self) -> None:
        d = self.current()
        s = self.app.session
        if d is None or s is None:
            return
        folder = dialogs.pick_folder(
            self, translate("Devices", "Where to write the receipt (e.g. the USB stick)")
        )
        if folder:
            self.write_receipt(d["device_id"], Path(folder))

    def write_receipt(self, device_id: str, folder: Path) -> None:
        """A receipt for the device into `folder`, on the worker."""
        s = self.app.session
        if s is None:
            return
        job = self.app.tasks.run(
            lambda job: receipts.write_receipt(s, device_id, Path(folder)),
            owner=self,
            on_done=self._receipt_written,
            on_error=self.failed,
        )
        self.strip.start(job, translate("Devices", "Writing the receipt…"))

    def _receipt_written(self, rc: dict[str, Any]) -> None:
        self.strip.finish()
        self.say(
            translate(
                "Devices",
                "Receipt for “%1” written (%2 versions, %3 evidence files): "
                "%4. Give it to the field worker; their Qorgau may then "
                "remove what the archive holds.",
            )
            .replace("%1", rc["device_name"])
            .replace("%2", str(rc["versions"]))
            .replace("%3", str(rc["blobs"]))
            .replace("%4", rc["path"])
        )
        self.refresh()


class EnrolDialog(QtWidgets.QDialog):
    """The card's fingerprint, big, to compare group by group with what its owner reads
    aloud (by phone or in the room); enrolment only after that is confirmed."""

    def __init__(self, page: DevicesPage, data: bytes, card: dict[str, Any]) -> None:
        super().__init__(page)
        self.page = page
        self.data = data
        self.card = card
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Devices", "Enrol a device"))
        self.setMinimumWidth(640)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 18)
        lay.setSpacing(10)
        who = QtWidgets.QLabel(
            translate("Devices", "“%1” — a %2 device")
            .replace("%1", card["name"])
            .replace(
                "%2",
                translate("Devices", "field")
                if card["role"] == "field"
                else translate("Devices", "archive"),
            )
        )
        set_role(who, "subtitle")
        lay.addWidget(who)
        step = QtWidgets.QLabel(
            translate(
                "Devices",
                "1. Ask the person who holds this laptop to open its identity card in Qorgau and "
                "read the fingerprint aloud to you, group by group. Compare each group with "
                "this one:",
            )
        )
        step.setWordWrap(True)
        lay.addWidget(step)
        self.fingerprint = QtWidgets.QLabel(big_fingerprint(card["fingerprint"]))
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet(
            "QLabel { font-family: 'DejaVu Sans Mono'; font-size: 26pt; font-weight: bold;"
            " letter-spacing: 2px; background: white; border: 2px solid #1d5a78;"
            " border-radius: 6px; padding: 16px; }"
        )
        lay.addWidget(self.fingerprint)
        step2 = QtWidgets.QLabel(
            translate(
                "Devices",
                "2. Optionally type the digits as they are read to you: Qorgau compares them too.",
            )
        )
        step2.setWordWrap(True)
        lay.addWidget(step2)
        self.typed = QtWidgets.QLineEdit()
        self.typed.setPlaceholderText("0000-0000-0000-0000-0000-0000")
        self.typed.textChanged.connect(self._typed)
        lay.addWidget(self.typed)
        self.verdict = QtWidgets.QLabel()
        # A line kept for the verdict from the start: when it appeared, everything under
        # it moved down, and a click aimed at the tick box below landed beside it.
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().lineSpacing() + 4)
        lay.addWidget(self.verdict)
        self.same = QtWidgets.QCheckBox(
            translate("Devices", "3. Every group matched what was read to me")
        )
        self.same.toggled.connect(self._update)
        lay.addWidget(self.same)
        warn = QtWidgets.QLabel(
            translate(
                "Devices",
                "If a single digit differs, do not enrol: the card may have been replaced on the "
                "way. Ask for the card again by another route.",
            )
        )
        warn.setWordWrap(True)
        set_role(warn, "muted")
        lay.addWidget(warn)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        cancel = button(translate("Devices", "Cancel"))
        cancel.clicked.connect(self.close)
        self.go = button(translate("Devices", "&Enrol this device"), primary=True)
        self.go.clicked.connect(self.enrol)
        row.addWidget(cancel)
        row.addWidget(self.go)
        lay.addLayout(row)
        self.strip = JobStrip()
        lay.addWidget(self.strip)
        self._update()

    def _typed(self, text: str) -> None:
        got, want = digits(text), digits(self.card["fingerprint"])
        if not got:
            self.verdict.setText("")
        elif got == want:
            self.verdict.setText(translate("Devices", "The digits match."))
            self.verdict.setStyleSheet(f"color: {OK}; font-weight: bold;")
            self.same.setChecked(True)
        elif want.startswith(got):
            self.verdict.setText(translate("Devices", "So far the same…"))
            self.verdict.setStyleSheet("color: #4f5a66;")
        else:
            self.verdict.setText(translate("Devices", "The digits differ: do not enrol this card."))
            self.verdict.setStyleSheet(f"color: {DANGER}; font-weight: bold;")
            self.same.setChecked(False)
        self._update()

    def _mismatch(self) -> bool:
        got, want = digits(self.typed.text()), digits(self.card["fingerprint"])
        return bool(got) and not want.startswith(got)

    def _update(self) -> None:
        self.go.setEnabled(self.same.isChecked() and not self._mismatch() and not self.strip.busy)

    def enrol(self) -> None:
        s = self.page.app.session
        if s is None or not self.same.isChecked() or self._mismatch():
            return
        data, fingerprint = self.data, self.card["fingerprint"]
        job = self.page.app.tasks.run(
            lambda job: actions.enroll(s, data, fingerprint),
            owner=self,
            on_done=self._done,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Devices", "Enrolling…"))
        self._update()

    def _done(self, result: dict[str, Any]) -> None:
        self.strip.finish()
        self.page.enrolled(result["name"])
        self.close()

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        self._update()
        dialogs.show_error(self, exc)


class RevokeDialog(QtWidgets.QDialog):
    """Revoke a seized device from its last bundle, from a bundle number, or from the
    day it was seized (turned into a bundle number: see app.usecases.devices._seq_before)."""

    def __init__(self, page: DevicesPage, device: dict[str, Any]) -> None:
        super().__init__(page)
        self.page = page
        self.device = device
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Devices", "Revoke a device"))
        self.setMinimumWidth(620)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 18)
        lay.setSpacing(10)
        title = QtWidgets.QLabel(translate("Devices", "Revoke “%1”").replace("%1", device["name"]))
        set_role(title, "subtitle")
        lay.addWidget(title)
        intro = QtWidgets.QLabel(
            translate(
                "Devices",
                # Issue 15: revocation is a cut-off in time, not a sequence number.
                "Do this when the laptop was seized, lost or stolen. From now on nothing it "
                "signs or wrote that the archive does not hold yet is merged without your "
                "review, whatever its number. What it sent after the bundle you choose is "
                "flagged for review. A revoked device is never enrolled again: give the field "
                "worker a new vault.",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.last = QtWidgets.QRadioButton(
            translate("Devices", "From the last bundle received (#%1)").replace(
                "%1", str(device["last_seq"])
            )
        )
        self.by_seq = QtWidgets.QRadioButton(translate("Devices", "Keep bundles up to number:"))
        self.by_day = QtWidgets.QRadioButton(translate("Devices", "Seized on (YYYY-MM-DD):"))
        self.last.setChecked(True)
        self.seq = QtWidgets.QSpinBox()
        self.seq.setRange(0, max(device["last_seq"], 0))
        self.seq.setValue(device["last_seq"])
        self.day = QtWidgets.QLineEdit()
        self.day.setPlaceholderText("2024-03-02")
        grid = QtWidgets.QGridLayout()
        grid.addWidget(self.last, 0, 0, 1, 2)
        grid.addWidget(self.by_seq, 1, 0)
        grid.addWidget(self.seq, 1, 1)
        grid.addWidget(self.by_day, 2, 0)
        grid.addWidget(self.day, 2, 1)
        lay.addLayout(grid)
        day_note = QtWidgets.QLabel(
            translate(
                "Devices",
                "By date: bundles already imported that were sealed before that day stay valid. "
                "The date a bundle claims is not trusted after that: the device's clock is in "
                "other hands.",
            )
        )
        day_note.setWordWrap(True)
        set_role(day_note, "muted")
        lay.addWidget(day_note)
        self.seq.valueChanged.connect(lambda _v: self.by_seq.setChecked(True))
        self.day.textEdited.connect(lambda _text: self.by_day.setChecked(True))
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(
            translate("Devices", "What happened (kept in the custody log)")
        )
        lay.addWidget(self.reason)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        cancel = button(translate("Devices", "Cancel"))
        cancel.clicked.connect(self.close)
        self.go = button(translate("Devices", "&Revoke"), danger=True)
        self.go.clicked.connect(self.revoke)
        row.addWidget(cancel)
        row.addWidget(self.go)
        lay.addLayout(row)
        self.strip = JobStrip()
        lay.addWidget(self.strip)

    def revoke(self) -> None:
        s = self.page.app.session
        if s is None:
            return
        after: int | None = None
        day: str | None = None
        if self.by_seq.isChecked():
            after = self.seq.value()
        elif self.by_day.isChecked():
            day = self.day.text().strip()
            if not day:
                self.day.setFocus()
                return
        if not self.reason.text().strip():  # the use case refuses it too; say it here first
            dialogs.inform(
                self,
                translate("Quarantine", "Say why"),
                translate(
                    "Quarantine",
                    "Write the reason first: it is kept in the custody log with your decision.",
                ),
                warning=True,
            )
            self.reason.setFocus()
            return
        answer = dialogs.ask(
            self,
            translate("Devices", "Revoke a device"),
            translate("Devices", "Revoke “%1”? This cannot be undone.").replace(
                "%1", self.device["name"]
            ),
            [
                ("revoke", translate("Devices", "Revoke")),
                ("cancel", translate("Devices", "Cancel")),
            ],
            default="cancel",
            icon=QtWidgets.QMessageBox.Icon.Warning,
        )
        if answer == "revoke":
            self.run(reason=self.reason.text(), seized_on=day, after_seq=after)

    def run(self, *, reason: str, seized_on: str | None, after_seq: int | None) -> None:
        """Once confirmed: revoke on the worker."""
        s = self.page.app.session
        if s is None:
            return
        device_id, day, after = self.device["device_id"], seized_on, after_seq
        job = self.page.app.tasks.run(
            lambda job: actions.revoke(
                s, device_id, reason=reason, seized_on=day, after_seq=after
            ),
            owner=self,
            on_done=self._done,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Devices", "Revoking…"))
        self.go.setEnabled(False)

    def _done(self, done: dict[str, Any]) -> None:
        self.strip.finish()
        self.page.revoked(done)
        self.close()

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        self.go.setEnabled(True)
        dialogs.show_error(self, exc)
