"""The field laptop and its coordinators: trusting a coordinator's identity card, this
laptop's own card, importing a receipt and removing what the coordinator acknowledged.

The work runs on the database worker through app.usecases.coordinators; the dialogs here
only show what it returns.

Trust is decided by a person: the card's fingerprint is shown large, in groups of four
read aloud like phone numbers, and the card is trusted only after they confirm they
compared it with the coordinator, by phone or in person. The digits shown are passed to
the core as the expected fingerprint, so what is trusted is exactly what was compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.usecases import coordinators as coord_uc
from app.usecases import receipts as receipts_uc
from app.usecases.coordinators import CardInfo
from app.usecases.receipts import PurgePlan
from storage.errors import IntegrityFailure, InvalidInput
from ui import dialogs, labels, windows
from ui.labels import big_fingerprint, human_size
from ui.qt import Qt, QTimer, QtWidgets, Signal, is_alive, translate
from ui.style import set_role
from ui.tasks import Job

# --- what people see ----------------------------------------------------------------------


def fingerprint_label(fingerprint: str = "") -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(big_fingerprint(fingerprint) if fingerprint else "")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        "QLabel { font-family: 'DejaVu Sans Mono'; font-size: 24pt; font-weight: bold;"
        " letter-spacing: 2px; background: white; border: 2px solid #1d5a78;"
        " border-radius: 6px; padding: 14px; }")
    return label


def _message(role: str = "calm") -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_role(label, role)
    label.hide()
    return label


def _say(label: QtWidgets.QLabel, text: str, role: str | None = None) -> None:
    if role is not None and label.property("role") != role:
        set_role(label, role)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def card_error_text(exc: BaseException) -> str:
    if isinstance(exc, InvalidInput | IntegrityFailure):
        return translate("Coordinators", "This file is not a Qorgau identity card, or it was "
                         "damaged on the way. Ask the coordinator to send the card again.")
    return dialogs.error_text(exc)


class TrustDialog(QtWidgets.QDialog):
    """Import a coordinator's identity card: choose the file, compare the fingerprint
    aloud, confirm, trust."""

    trusted = Signal(str)  # the coordinator's name

    def __init__(self, app: Any, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.info: CardInfo | None = None
        self.job: Job | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Coordinators", "Trust a coordinator"))
        self.setMinimumWidth(640)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 18)
        lay.setSpacing(10)
        self.pages = QtWidgets.QStackedWidget()
        lay.addWidget(self.pages)

        # page 0: choose the card file
        p0 = QtWidgets.QWidget()
        l0 = QtWidgets.QVBoxLayout(p0)
        l0.setContentsMargins(0, 0, 0, 0)
        intro = QtWidgets.QLabel(translate(
            "Coordinators", "Your coordinator gives you their identity card: a small file, on "
            "a USB stick or by any messenger. Once you trust it, the bundles you seal can be "
            "opened by their archive and by nobody else. A card can be replaced on the way, "
            "so next you will compare its number with the coordinator."))
        intro.setWordWrap(True)
        l0.addWidget(intro)
        self.choose = QtWidgets.QPushButton(translate("Coordinators", "Choose the card file…"))
        self.choose.setProperty("primary", True)
        self.choose.clicked.connect(self.pick)
        row0 = QtWidgets.QHBoxLayout()
        row0.addWidget(self.choose)
        row0.addStretch(1)
        l0.addLayout(row0)
        self.message0 = _message()
        l0.addWidget(self.message0)
        l0.addStretch(1)
        self.pages.addWidget(p0)

        # page 1: compare the fingerprint aloud, confirm
        p1 = QtWidgets.QWidget()
        l1 = QtWidgets.QVBoxLayout(p1)
        l1.setContentsMargins(0, 0, 0, 0)
        l1.setSpacing(10)
        self.who = QtWidgets.QLabel()
        set_role(self.who, "subtitle")
        self.who.setWordWrap(True)
        l1.addWidget(self.who)
        step = QtWidgets.QLabel(translate(
            "Coordinators", "Call the coordinator on a number you already know (not one sent "
            "with the card) and read these digits to each other, group by group:"))
        step.setWordWrap(True)
        l1.addWidget(step)
        self.fingerprint = fingerprint_label()
        l1.addWidget(self.fingerprint)
        self.same = QtWidgets.QCheckBox(translate(
            "Coordinators", "I &compared it with the coordinator: every group is the same"))
        self.same.toggled.connect(self._update)
        l1.addWidget(self.same)
        warn = QtWidgets.QLabel(translate(
            "Coordinators", "If a single digit differs, do not trust this card: it may have "
            "been replaced on the way. Ask for the card again by another route."))
        warn.setWordWrap(True)
        set_role(warn, "muted")
        l1.addWidget(warn)
        self.message1 = _message()
        l1.addWidget(self.message1)
        self.pages.addWidget(p1)

        # page 2: done
        p2 = QtWidgets.QWidget()
        l2 = QtWidgets.QVBoxLayout(p2)
        l2.setContentsMargins(0, 0, 0, 0)
        self.result = QtWidgets.QLabel()
        self.result.setWordWrap(True)
        set_role(self.result, "ok")
        l2.addWidget(self.result)
        l2.addStretch(1)
        self.pages.addWidget(p2)

        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        self.close_button = QtWidgets.QPushButton(translate("Coordinators", "Cancel"))
        self.close_button.clicked.connect(self.close)
        self.go = QtWidgets.QPushButton(translate("Coordinators", "&Trust this coordinator"))
        self.go.setProperty("primary", True)
        self.go.clicked.connect(self.confirm)
        row.addWidget(self.close_button)
        row.addWidget(self.go)
        lay.addLayout(row)
        self._update()

    def _update(self) -> None:
        self.go.setVisible(self.pages.currentIndex() == 1)
        self.go.setEnabled(self.pages.currentIndex() == 1 and self.same.isChecked()
                           and self.job is None and self.info is not None
                           and self.info.status == "new")

    def pick(self) -> None:
        paths = dialogs.pick_open_files(self, translate("Coordinators",
                                                        "Choose the coordinator's card"))
        if not paths or self.app.session is None:
            return
        s, path = self.app.session, paths[0]
        _say(self.message0, "")
        self.choose.setEnabled(False)
        self.job = self.app.tasks.run(lambda job: coord_uc.read_card(s, Path(path)), owner=self,
                                      on_done=self._read, on_error=self._unreadable)

    def _unreadable(self, exc: BaseException) -> None:
        self.job = None
        self.choose.setEnabled(True)
        _say(self.message0, card_error_text(exc))

    def _read(self, info: CardInfo) -> None:
        self.job = None
        self.choose.setEnabled(True)
        if info.status == "own":
            _say(self.message0, translate("Coordinators", "This is this laptop's own card."))
            return
        if info.role != "archive":
            _say(self.message0, translate(
                "Coordinators", "“%1” is the card of a field laptop, not of a coordinator's "
                "archive. Bundles are sealed only to a coordinator: ask them for their "
                "card.").replace("%1", info.name))
            return
        self.info = info
        self.who.setText(translate("Coordinators", "Coordinator: %1").replace("%1", info.name))
        self.fingerprint.setText(big_fingerprint(info.fingerprint))
        if info.status == "trusted":
            _say(self.message1, translate("Coordinators", "This coordinator is already trusted "
                                          "on this laptop, with this same card."), "ok")
            self.same.setEnabled(False)
        elif info.status == "other_keys":
            _say(self.message1, translate(
                "Coordinators", "This laptop already trusts a coordinator with this identity "
                "but other keys: this card is not the one trusted before. Do not use it; call "
                "the coordinator."), "error")
            self.same.setEnabled(False)
        self.pages.setCurrentIndex(1)
        self.same.setFocus()
        self._update()
        self.adjustSize()  # the fingerprint's two lines, whole

    def confirm(self) -> None:
        info, s = self.info, self.app.session
        if info is None or s is None or not self.same.isChecked() or self.job is not None:
            return
        self.job = self.app.tasks.run(
            lambda job: coord_uc.trust(s, info.data, info.fingerprint).name, owner=self,
            on_done=self._trusted, on_error=self._refused)
        self._update()

    def _refused(self, exc: BaseException) -> None:
        self.job = None
        _say(self.message1, dialogs.error_text(exc), "error")
        self._update()

    def _trusted(self, name: str) -> None:
        self.job = None
        self.result.setText(translate(
            "Coordinators", "%1 is now trusted. Bundles you seal can be opened by their "
            "archive; receipts signed by it are accepted.").replace("%1", name))
        self.pages.setCurrentIndex(2)
        self.close_button.setText(translate("Coordinators", "Close"))
        self._update()
        self.trusted.emit(name)


class OwnCardDialog(QtWidgets.QDialog):
    """This laptop's identity card: its fingerprint to read aloud to the coordinator who
    enrols it, and the card file to give them."""

    def __init__(self, app: Any, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.data = b""
        self.name = ""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Coordinators", "This laptop's identity card"))
        self.setMinimumWidth(620)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 18)
        lay.setSpacing(10)
        self.who = QtWidgets.QLabel()
        set_role(self.who, "subtitle")
        lay.addWidget(self.who)
        intro = QtWidgets.QLabel(translate(
            "Coordinators", "Give the card file to your coordinator (it holds no secret). "
            "When they enrol this laptop, read them these digits aloud, group by group:"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.fingerprint = fingerprint_label()
        lay.addWidget(self.fingerprint)
        self.message = _message("ok")
        lay.addWidget(self.message)
        row = QtWidgets.QHBoxLayout()
        save = QtWidgets.QPushButton(translate("Coordinators", "Save the card file…"))
        save.clicked.connect(self.save)
        row.addWidget(save)
        row.addStretch(1)
        close = QtWidgets.QPushButton(translate("Coordinators", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        lay.addLayout(row)
        s = app.session
        app.tasks.run(lambda job: coord_uc.own_card(s), owner=self, on_done=self._shown)

    def _shown(self, result: tuple[str, str, bytes]) -> None:
        self.name, fingerprint, self.data = result
        self.who.setText(translate("Coordinators", "This laptop: %1").replace("%1", self.name))
        self.fingerprint.setText(big_fingerprint(fingerprint))
        windows.show_whole(self)

    def save(self) -> None:
        if not self.data:
            return
        safe = "".join(c if c.isalnum() else "-" for c in self.name).strip("-") or "laptop"
        target = dialogs.pick_save_file(self, translate("Coordinators", "Save the card file"),
                                        f"qorgau-card-{safe}.json")
        if not target:
            return
        s = self.app.session
        self.app.tasks.run(lambda job: coord_uc.write_own_card(s, Path(target)), owner=self,
                           on_done=lambda _r: _say(self.message, translate(
                               "Coordinators", "The card was written to %1.")
                               .replace("%1", target), "ok"),
                           on_error=lambda exc: _say(self.message, dialogs.error_text(exc),
                                                     "error"))


def receipt_error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    if code == "unknown_device":
        return translate("Coordinators", "This receipt was signed by an archive this laptop "
                         "does not trust. Nothing was changed.")
    if code == "not_addressed":
        return translate("Coordinators", "This receipt is for another laptop: this one cannot "
                         "open it. Nothing was changed.")
    if code is not None:
        return translate("Coordinators", "This file is not a valid receipt: it is damaged, "
                         "changed, or not a receipt at all. Nothing was changed. Ask the "
                         "coordinator to send it again.")
    return dialogs.error_text(exc)


def plan_lines(plan: PurgePlan) -> str:
    lines = [f"• {labels.kind_label(kind)}: {n}" for kind, n in plan.kinds.items()]
    return "\n".join(lines)


def files_line(plan: PurgePlan) -> str:
    return translate("Coordinators", "Original evidence files that leave with them: %1, "
                     "%2 in all.").replace("%1", str(plan.files)).replace(
        "%2", human_size(plan.size))


class ReceiptDialog(QtWidgets.QDialog):
    """Import a coordinator's receipt, then (after a confirmation that says exactly what
    leaves) remove the acknowledged records from this laptop."""

    def __init__(self, app: Any, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.plan: PurgePlan | None = None
        self.job: Job | None = None
        self.purging = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Coordinators", "Receipts from the coordinator"))
        self.setMinimumWidth(620)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSpacing(10)
        # Everything above Close scrolls when the screen is short (1280×720 at 125 %):
        # the list of what may be removed is never cut at the dialog's edge.
        body = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        intro = QtWidgets.QLabel(translate(
            "Coordinators", "When your coordinator has imported your bundles, their archive "
            "gives you a receipt: a sealed file listing what it now holds. Import it here. "
            "Then you may remove those records from this laptop, so that a lost or seized "
            "laptop holds as little as possible."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row1 = QtWidgets.QHBoxLayout()
        self.import_button = QtWidgets.QPushButton(translate("Coordinators", "&Import receipt…"))
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.import_receipt)
        row1.addWidget(self.import_button)
        row1.addStretch(1)
        lay.addLayout(row1)
        self.result = _message()
        lay.addWidget(self.result)
        box = QtWidgets.QGroupBox(translate("Coordinators", "On this laptop"))
        bl = QtWidgets.QVBoxLayout(box)
        self.status = QtWidgets.QLabel(translate("Coordinators", "Checking…"))
        self.status.setWordWrap(True)
        bl.addWidget(self.status)
        row2 = QtWidgets.QHBoxLayout()
        self.remove_button = QtWidgets.QPushButton(translate(
            "Coordinators", "&Remove acknowledged records from this laptop…"))
        self.remove_button.setProperty("danger", True)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        row2.addWidget(self.remove_button)
        row2.addStretch(1)
        bl.addLayout(row2)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.hide()
        bl.addWidget(self.bar)
        self.removed = _message("ok")
        bl.addWidget(self.removed)
        lay.addWidget(box)
        lay.addStretch(1)
        outer.addWidget(windows.scrolling(body), 1)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        self.close_button = QtWidgets.QPushButton(translate("Coordinators", "Close"))
        self.close_button.clicked.connect(self.cancel_or_close)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.tick)
        s = app.session
        app.tasks.run(lambda job: receipts_uc.purge_plan(s), owner=self, on_done=self._planned)

    # -- the plan ------------------------------------------------------------------------

    def _planned(self, plan: PurgePlan) -> None:
        self.plan = plan
        if not plan.ids:
            self.status.setText(translate(
                "Coordinators", "Nothing on this laptop has been acknowledged by a coordinator "
                "yet: everything stays here."))
        else:
            text = translate("Coordinators", "Records the coordinator's archive holds, which "
                             "can be removed from this laptop: %1").replace(
                "%1", str(len(plan.ids))) + "\n" + " · ".join(  # a paragraph, not a tall list
                line.lstrip("• ") for line in plan_lines(plan).splitlines())
            if plan.files:
                text += "\n" + files_line(plan)
            self.status.setText(text)
        self.remove_button.setEnabled(bool(plan.ids) and self.job is None)
        windows.show_whole(self)

    # -- import --------------------------------------------------------------------------

    def import_receipt(self) -> None:
        if self.job is not None or self.app.session is None:
            return
        paths = dialogs.pick_open_files(self, translate("Coordinators",
                                                        "Choose the receipt file"))
        if not paths:
            return
        s, path = self.app.session, paths[0]
        _say(self.result, translate("Coordinators", "Checking the receipt…"), "calm")
        self._busy(True)
        self.job = self.app.tasks.run(lambda job: receipts_uc.accept_receipt(s, Path(path)),
                                      owner=self, on_done=self._accepted,
                                      on_error=self._refused)

    def _accepted(self, result: tuple[Any, PurgePlan]) -> None:
        report, plan = result
        self.job = None
        self._busy(False)
        if report.status == "duplicate":
            text = translate("Coordinators", "This receipt from %1 was imported before. "
                             "Nothing changed.").replace("%1", report.coordinator)
        else:
            text = translate(
                "Coordinators", "Receipt from %1 checked. Their archive holds, from this "
                "laptop: record versions %2, evidence files %3. Nothing has been removed "
                "yet.").replace("%1", report.coordinator).replace(
                "%2", str(report.versions_acknowledged)).replace(
                "%3", str(report.blobs_acknowledged))
        _say(self.result, text, "ok")
        self._planned(plan)

    def _refused(self, exc: BaseException) -> None:
        self.job = None
        self._busy(False)
        _say(self.result, receipt_error_text(exc), "error")

    def _busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.plan and self.plan.ids))
        self.close_button.setText(translate("Coordinators", "Cancel") if busy and self.purging
                                  else translate("Coordinators", "Close"))

    # -- purge ---------------------------------------------------------------------------

    def confirmation_text(self, plan: PurgePlan) -> str:
        text = translate("Coordinators", "These records will leave this laptop for good, with "
                         "their whole history:") + "\n" + plan_lines(plan)
        if plan.files:
            text += "\n" + files_line(plan)
        holders = ", ".join(plan.holders) or translate("Coordinators", "the coordinator")
        text += "\n\n" + translate(
            "Coordinators", "%1 holds every one of them: its signed receipt lists each version "
            "and file. To see them again, ask the coordinator. Records changed since their "
            "last bundle, and records kept back for lack of consent, stay here.").replace(
            "%1", holders)
        return text

    def remove(self) -> None:
        plan, s = self.plan, self.app.session
        if plan is None or not plan.ids or s is None or self.job is not None:
            return
        answer = dialogs.ask(
            self, translate("Coordinators", "Remove from this laptop?"),
            self.confirmation_text(plan),
            [("remove", translate("Coordinators", "Remove them (%1)").replace(
                "%1", str(len(plan.ids)))),
             ("keep", translate("Coordinators", "Keep them"))],
            default="keep", icon=QtWidgets.QMessageBox.Icon.Warning)
        if answer != "remove":
            return
        ids = list(plan.ids)
        self.purging = True
        self.bar.setValue(0)
        self.bar.show()
        _say(self.removed, "")
        self._busy(True)
        self.job = self.app.tasks.run(lambda job: receipts_uc.purge(s, ids, progress=job.report,
                                                              cancel=job.cancel), owner=self,
                                      on_done=self._purged, on_error=self._purge_failed)
        self.timer.start()

    def tick(self) -> None:
        if self.job is not None:
            done, total = self.job.progress
            self.bar.setValue(int(done * 1000 / max(total, 1)))

    def cancel_or_close(self) -> None:
        if self.job is not None and self.purging:
            self.job.cancel.set()  # stops between batches; what went stays gone
            return
        self.close()

    def _purged(self, result: tuple[int, set[str]]) -> None:
        count, gone = result
        cancelled = self.job is not None and self.job.cancel.is_set()
        self.job = None
        self.purging = False
        self.timer.stop()
        self.bar.hide()
        self._busy(False)
        text = translate("Coordinators", "Records removed from this laptop: %1. The "
                         "coordinator's archive keeps them.").replace("%1", str(count))
        if cancelled:
            text = translate("Coordinators", "Stopped. Records removed: %1; the others stay "
                             "on this laptop.").replace("%1", str(count))
        _say(self.removed, text, "ok")
        main = self.app.main
        if main is not None and is_alive(main) and hasattr(main, "forget_records"):
            main.forget_records(gone)
        s = self.app.session
        self.app.tasks.run(lambda job: receipts_uc.purge_plan(s), owner=self, on_done=self._planned)

    def _purge_failed(self, exc: BaseException) -> None:
        self.job = None
        self.purging = False
        self.timer.stop()
        self.bar.hide()
        self._busy(False)
        _say(self.removed, dialogs.error_text(exc), "error")
