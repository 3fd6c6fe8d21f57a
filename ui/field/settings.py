"""Settings: interface language, idle lock delay, passphrase change, and the key actions
after a seizure (ui/keys.py)."""

from __future__ import annotations

from typing import Any

from app.usecases import coordinators as coord_uc
from app.usecases import prefs
from app.usecases import vault as vault_uc
from ui import dialogs, i18n, windows
from ui.field.reasons import ask_reason
from ui.qt import Qt, QtWidgets, translate
from ui.style import set_role
from ui.tasks import Job
from ui.unlock import strength


class SettingsDialog(QtWidgets.QDialog):
    def __init__(self, app: Any, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(min(560, windows.available(self)[2] - windows.FRAME_W))
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 12)
        # The settings scroll on a short screen; Save and Cancel stay in sight below.
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QtWidgets.QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        lay = QtWidgets.QVBoxLayout(content)
        lay.setContentsMargins(12, 8, 12, 4)
        lay.setSpacing(10)

        box = QtWidgets.QGroupBox(translate("SettingsDialog", "Language"))
        form = QtWidgets.QFormLayout(box)
        self.language = QtWidgets.QComboBox()
        self.language.addItem(translate("SettingsDialog", "As the system (%1)")
                              .replace("%1", i18n.LANGS[i18n.system_language()]), "system")
        for code, name in i18n.LANGS.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.chosen_language()), 0))
        form.addRow(translate("SettingsDialog", "&Interface language"), self.language)
        lay.addWidget(box)

        box2 = QtWidgets.QGroupBox(translate("SettingsDialog", "Safety"))
        form2 = QtWidgets.QFormLayout(box2)
        self.idle = QtWidgets.QSpinBox()
        low, high = prefs.LIMITS["idle_lock_minutes"]
        self.idle.setRange(low, high)
        self.idle.setValue(app.idle_minutes)
        self.idle.setSuffix(" " + translate("SettingsDialog", "min"))
        form2.addRow(translate("SettingsDialog", "&Lock after inactivity"), self.idle)
        keys = QtWidgets.QLabel(translate(
            "SettingsDialog", "Ctrl+L locks now. Ctrl+Shift+L or F12 hides everything and locks "
            "at once. Text copied from Qorgau is cleared from the clipboard after %1 seconds.")
            .replace("%1", str(app.clipboard.seconds)))
        keys.setWordWrap(True)
        set_role(keys, "muted")
        form2.addRow(keys)
        lay.addWidget(box2)

        box4 = QtWidgets.QGroupBox(translate("SettingsDialog", "Coordinators"))
        form4 = QtWidgets.QVBoxLayout(box4)
        who = QtWidgets.QLabel(translate(
            "SettingsDialog", "Bundles from this laptop can be sealed to these coordinators, "
            "and their receipts are accepted:"))
        who.setWordWrap(True)
        form4.addWidget(who)
        self.coordinators = QtWidgets.QListWidget()
        self.coordinators.setMaximumHeight(96)
        self.coordinators.setSelectionMode(
            QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        form4.addWidget(self.coordinators)
        row4 = QtWidgets.QHBoxLayout()
        add = QtWidgets.QPushButton(translate("SettingsDialog", "Trust a coordinator…"))
        add.clicked.connect(self.trust_coordinator)
        mine = QtWidgets.QPushButton(translate("SettingsDialog", "This laptop's identity card…"))
        mine.clicked.connect(self.own_card)
        self.remove = QtWidgets.QPushButton(translate("SettingsDialog", "Remove…"))
        self.remove.setToolTip(translate(
            "SettingsDialog", "Stop sealing bundles to the chosen coordinator (for instance, "
            "their archive was lost or seized)."))
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self.remove_coordinator)
        self.coordinators.itemSelectionChanged.connect(
            lambda: self.remove.setEnabled(self._chosen_coordinator() is not None))
        row4.addWidget(add)
        row4.addWidget(self.remove)
        row4.addWidget(mine)
        row4.addStretch(1)
        form4.addLayout(row4)
        # The organisation's statistics consent (app.stubs): audited when changed.
        self.stubs = QtWidgets.QCheckBox(translate(
            "SettingsDialog", "Count refusals to share in the statistics, anonymised"))
        self.stubs.setChecked(bool(getattr(app, "statistics_stubs", 0)))
        form4.addWidget(self.stubs)
        why = QtWidgets.QLabel(translate(
            "SettingsDialog", "When a person refused sharing but not statistics, only the "
            "kind, city, month and methods of their incidents and complaints go to the "
            "coordinator: no name, text or date of birth. Turn this on only if your "
            "organisation's consent covers it."))
        why.setWordWrap(True)
        set_role(why, "muted")
        form4.addWidget(why)
        lay.addWidget(box4)
        # Trusting coordinators is the field laptop's business; an archive enrols devices
        # under Devices instead.
        box4.setVisible(app.session is None or app.session.role != "archive")
        self.load_coordinators()

        box3 = QtWidgets.QGroupBox(translate("SettingsDialog", "Passphrase"))
        form3 = QtWidgets.QFormLayout(box3)
        self.new1 = QtWidgets.QLineEdit()
        self.new2 = QtWidgets.QLineEdit()
        for e in (self.new1, self.new2):
            e.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
            e.setProperty("sensitive", True)
        form3.addRow(translate("SettingsDialog", "&New passphrase"), self.new1)
        form3.addRow(translate("SettingsDialog", "Repeat it"), self.new2)
        self.pass_msg = QtWidgets.QLabel()
        self.pass_msg.setWordWrap(True)
        set_role(self.pass_msg, "muted")
        form3.addRow(self.pass_msg)
        change = QtWidgets.QPushButton(translate("SettingsDialog", "Change passphrase"))
        change.clicked.connect(self.change_passphrase)
        self.new_code = QtWidgets.QPushButton(translate("SettingsDialog", "New recovery code…"))
        self.new_code.clicked.connect(self.new_recovery_code)
        self.rekey = QtWidgets.QPushButton(translate("SettingsDialog",
                                                     "Re-encrypt evidence files…"))
        self.rekey.clicked.connect(self.reencrypt_evidence)
        row3 = QtWidgets.QHBoxLayout()
        for b in (change, self.new_code, self.rekey):
            row3.addWidget(b)
        row3.addStretch(1)
        form3.addRow(row3)
        lay.addWidget(box3)

        # Shown only when this laptop holds appeals kept the older way (app.usecases.legal).
        self.fold_box = QtWidgets.QWidget()
        fold_lay = QtWidgets.QHBoxLayout(self.fold_box)  # one row: the dialog fits 768 px
        fold_lay.setContentsMargins(0, 0, 0, 0)
        self.fold_text = QtWidgets.QLabel()
        self.fold_text.setWordWrap(True)
        fold_lay.addWidget(self.fold_text, 1)
        self.fold_button = QtWidgets.QPushButton(
            translate("SettingsDialog", "Make them steps…"))
        self.fold_button.clicked.connect(self.fold_appeals)
        fold_lay.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.fold_box.hide()
        lay.addWidget(self.fold_box)
        self.load_folds()

        device = QtWidgets.QLabel(translate("SettingsDialog", "Device: %1 · vault: %2")
                                  .replace("%1", app.session.device_name)
                                  .replace("%2", str(app.vault_path)))
        device.setWordWrap(True)
        set_role(device, "help")
        lay.addWidget(device)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        cancel = QtWidgets.QPushButton(translate("SettingsDialog", "Cancel"))
        cancel.clicked.connect(self.close)
        ok = QtWidgets.QPushButton(translate("SettingsDialog", "Save settings"))
        ok.setProperty("primary", True)
        ok.clicked.connect(self.apply)
        row.addWidget(cancel)
        row.addWidget(ok)
        row.setContentsMargins(12, 0, 12, 0)
        outer.addLayout(row)
        content.adjustSize()
        free = windows.available(self)[3] - windows.FRAME_H
        self.resize(self.width(), min(content.sizeHint().height() + 80, free))

    def apply(self) -> None:
        minutes = self.idle.value()
        s = self.app.session
        self.app.tasks.run(lambda job: prefs.change_setting(s, "idle_lock_minutes", minutes),
                           owner=self)
        self.app.set_idle_minutes(minutes)
        stubs = int(self.stubs.isChecked())
        if self.stubs.isVisibleTo(self) and stubs != getattr(self.app, "statistics_stubs", 0):
            self.app.tasks.run(lambda job: prefs.change_setting(s, "statistics_stubs", stubs),
                               owner=self)
            self.app.statistics_stubs = stubs
        choice = self.language.currentData()
        changed = choice != i18n.chosen_language()
        i18n.choose_language(choice)
        self.close()
        if changed:
            self.app.change_language(i18n.resolve(choice))

    def change_passphrase(self) -> None:
        new, again = self.new1.text(), self.new2.text()
        if strength(new)[0] == 0:
            self.pass_msg.setText(strength(new)[1])
            return
        if new != again:
            self.pass_msg.setText(translate("SettingsDialog", "The two passphrases are not "
                                            "the same."))
            return
        self.pass_msg.setText(translate("SettingsDialog", "Changing…"))
        s = self.app.session

        def work(job: Job) -> str | None:
            return vault_uc.change_passphrase(s, new)

        def done(code: str | None) -> None:
            self.new1.clear()
            self.new2.clear()
            if code is not None:  # an old key file: its code could not be kept
                self.new_recovery_code(code)
                return
            self.pass_msg.setText(translate("SettingsDialog", "The passphrase was changed and "
                                            "the vault's key replaced. The recovery code still "
                                            "works."))

        self.app.tasks.run(work, owner=self, on_done=done,
                           on_error=lambda exc: self.pass_msg.setText(dialogs.error_text(exc)))

    def new_recovery_code(self, code: str | None = None) -> Any:
        from ui.keys import RecoveryCodeDialog

        dialog = RecoveryCodeDialog(self.app, self, code)
        dialog.show()
        return dialog

    def reencrypt_evidence(self) -> Any:
        from ui.keys import reencrypt_evidence

        return reencrypt_evidence(self.app, self)

    # -- older appeal records -------------------------------------------------------------

    def load_folds(self) -> None:
        from app.usecases import legal

        s = self.app.session
        self.app.tasks.run(lambda job: legal.fold_appeals(s, dry_run=True), owner=self,
                           on_done=self._folds)

    def _folds(self, found: list[Any]) -> None:
        if not found:
            return
        self.fold_text.setText(translate(
            "SettingsDialog", "Appeals kept as separate complaints: %1.")
            .replace("%1", str(len(found))))
        self.fold_box.show()

    def fold_appeals(self) -> None:
        from app.usecases import legal

        answer = dialogs.ask(
            self, translate("SettingsDialog", "Older appeal records"),
            translate("SettingsDialog", "Each appeal becomes a step of the complaint it "
                      "continues and shows in its legal path: a new version of the complaint, "
                      "signed by this laptop, and the appeal record is closed with a note "
                      "saying where it went. The figures stay the same and the old versions "
                      "stay in the history."),
            [("fold", translate("SettingsDialog", "Make them steps")),
             ("cancel", translate("SettingsDialog", "Cancel"))], default="cancel")
        if answer != "fold":
            return
        s = self.app.session

        def done(folded: list[Any]) -> None:
            self.fold_button.hide()
            self.fold_text.setText(translate("SettingsDialog", "Done: %1 appeals are now steps "
                                             "of their complaints.")
                                   .replace("%1", str(len(folded))))

        self.app.tasks.run(lambda job: legal.fold_appeals(s), owner=self, on_done=done,
                           on_error=lambda exc: self.fold_text.setText(dialogs.error_text(exc)))

    # -- coordinators --------------------------------------------------------------------

    def load_coordinators(self, _name: str = "") -> None:
        s = self.app.session
        self.app.tasks.run(lambda job: coord_uc.trusted(s), owner=self, on_done=self._coordinators)

    def _coordinators(self, people: list[Any]) -> None:
        self.coordinators.clear()
        for c in people:
            item = QtWidgets.QListWidgetItem(f"{c.name}   —   {c.fingerprint}")
            item.setData(Qt.ItemDataRole.UserRole, (c.device_id, c.name))
            self.coordinators.addItem(item)
        if not people:
            item = QtWidgets.QListWidgetItem(translate(
                "SettingsDialog", "None yet: import your coordinator's identity card."))
            item.setForeground(Qt.GlobalColor.darkGray)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.coordinators.addItem(item)
        self.remove.setEnabled(False)

    def _chosen_coordinator(self) -> tuple[str, str] | None:
        items = self.coordinators.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def remove_coordinator(self) -> Any:
        """Ask why, then stop trusting the chosen coordinator (audited with the reason)."""
        chosen = self._chosen_coordinator()
        if chosen is None:
            return None
        device_id, name = chosen
        s = self.app.session

        def confirmed(reason: str) -> None:
            self.app.tasks.run(lambda job: coord_uc.untrust(s, device_id, reason), owner=self,
                               on_done=self.load_coordinators,
                               on_error=lambda exc: dialogs.show_error(self, exc))

        return ask_reason(
            self, translate("SettingsDialog", "Remove a coordinator"), name,
            translate("SettingsDialog", "Bundles from this laptop will no longer be sealed to "
                      "this coordinator. Bundles already sent stay readable to them."),
            translate("SettingsDialog", "Why? (e.g. their archive laptop was seized)"),
            translate("SettingsDialog", "Remove"), confirmed)

    def trust_coordinator(self) -> Any:
        from ui.field.coordinators import TrustDialog

        dialog = TrustDialog(self.app, self)
        dialog.trusted.connect(self.load_coordinators)
        dialog.show()
        return dialog

    def own_card(self) -> Any:
        from ui.field.coordinators import OwnCardDialog

        dialog = OwnCardDialog(self.app, self)
        dialog.show()
        return dialog
