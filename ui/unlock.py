"""Unlocking and creating a vault. Key derivation runs on the worker thread: the window
keeps repainting and answering while Argon2id works."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from app.usecases import vault as vault_uc
from app.usecases.session import Session
from app.usecases.vault import MIN_PASSPHRASE_CHARS, RECOVERY_GROUPS, passphrase_strength
from storage.errors import QorgauError, WrongSecret
from ui import dialogs, windows
from ui.qt import Qt, QTimer, QtWidgets, Signal, translate
from ui.style import repolish, set_role
from ui.tasks import Job, TaskManager


def strength(passphrase: str) -> tuple[int, str]:
    """(0..4, hint): the core's floor (storage.keys.passphrase_strength, the same rule as
    the command line), in words. 0 means refused; the meter shows the estimate."""
    verdict = passphrase_strength(passphrase)
    if verdict.problem == "short":
        return 0, translate(
            "strength", "Too short: at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_CHARS))
    if verdict.problem == "guessable":
        hint = (translate("strength", "Fair. Adding another word or two makes it much "
                          "stronger.") if verdict.score >= 3 else
                translate("strength", "Weak: easy to guess. Four or five unrelated words are "
                          "easier to type and much harder to guess."))
        return 0, hint
    return verdict.score, translate("strength", "Strong.")


# After this long, an opening that is still running says why (see `_still_opening`).
SLOW_OPENING_MS = 4000


class _Base(QtWidgets.QWidget):
    def __init__(self, tasks: TaskManager, path: Path) -> None:
        super().__init__()
        self.tasks = tasks
        self.path = path
        self.setWindowTitle(self.tr("Qorgau"))
        self.setMinimumWidth(520)
        self.outer = QtWidgets.QVBoxLayout(self)
        self.outer.setContentsMargins(32, 28, 32, 28)
        self.outer.setSpacing(12)
        head = QtWidgets.QLabel(self.tr("Qorgau"))
        set_role(head, "title")
        self.outer.addWidget(head)

    def _busy_bar(self) -> QtWidgets.QProgressBar:
        bar = QtWidgets.QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        bar.hide()
        return bar

    def _passphrase_edit(self) -> QtWidgets.QLineEdit:
        edit = QtWidgets.QLineEdit()
        edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        edit.setProperty("sensitive", True)
        edit.setMinimumHeight(34)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        return edit


class UnlockWindow(_Base):
    """Asks for the passphrase (or the recovery code) and opens the vault."""

    opened = Signal(object)  # the unlocked vault's Session
    create_requested = Signal()
    other_requested = Signal()

    def __init__(self, tasks: TaskManager, path: Path) -> None:
        super().__init__(tasks, path)
        # The X11 window role (never shown) lets the packaged-build check tell this screen
        # from the others from outside the process.
        self.setWindowRole("unlock")
        self.job: Job | None = None
        # The first opening after an update may derive new rows from every version of a
        # large archive (minutes at a million versions): say so instead of leaving a bare
        # "Unlocking…" that looks hung.
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_OPENING_MS)
        self._slow.timeout.connect(self._still_opening)
        sub = QtWidgets.QLabel(self.tr("The vault is locked."))
        set_role(sub, "subtitle")
        self.outer.addWidget(sub)
        where = QtWidgets.QLabel(str(path))
        set_role(where, "muted")
        where.setWordWrap(True)
        self.outer.addWidget(where)

        self.pages = QtWidgets.QStackedWidget()
        self.outer.addWidget(self.pages)

        # -- passphrase page
        page = QtWidgets.QWidget()
        form = QtWidgets.QVBoxLayout(page)
        form.setContentsMargins(0, 8, 0, 0)
        label = QtWidgets.QLabel(self.tr("&Passphrase"))
        self.passphrase = self._passphrase_edit()
        label.setBuddy(self.passphrase)
        form.addWidget(label)
        form.addWidget(self.passphrase)
        self.show_pass = QtWidgets.QCheckBox(self.tr("Show what I type"))
        self.show_pass.toggled.connect(self._toggle_echo)
        form.addWidget(self.show_pass)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "calm")
        self.message.hide()
        form.addWidget(self.message)
        self.busy = self._busy_bar()
        form.addWidget(self.busy)
        row = QtWidgets.QHBoxLayout()
        self.unlock_button = QtWidgets.QPushButton(self.tr("&Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        form.addLayout(row)
        links = QtWidgets.QHBoxLayout()
        self.recover_button = QtWidgets.QPushButton(self.tr("Forgot it? Use the recovery code"))
        self.recover_button.setFlat(True)
        self.recover_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        links.addWidget(self.recover_button)
        links.addStretch(1)
        form.addLayout(links)
        links2 = QtWidgets.QHBoxLayout()
        other = QtWidgets.QPushButton(self.tr("Open another vault…"))
        other.setFlat(True)
        other.clicked.connect(self.other_requested)
        create = QtWidgets.QPushButton(self.tr("Create a new vault…"))
        create.setFlat(True)
        create.clicked.connect(self.create_requested)
        links2.addWidget(other)
        links2.addWidget(create)
        links2.addStretch(1)
        form.addLayout(links2)
        self.pages.addWidget(page)

        # -- recovery page
        rpage = QtWidgets.QWidget()
        rform = QtWidgets.QFormLayout(rpage)
        rform.setContentsMargins(0, 8, 0, 0)
        intro = QtWidgets.QLabel(self.tr(
            "Type the recovery code you wrote down when the vault was created, and choose a "
            "new passphrase. The recovery code keeps working afterwards."))
        intro.setWordWrap(True)
        rform.addRow(intro)
        self.code = QtWidgets.QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setProperty("sensitive", True)
        self.new_pass = self._passphrase_edit()
        self.new_pass2 = self._passphrase_edit()
        rform.addRow(self.tr("Recovery &code"), self.code)
        rform.addRow(self.tr("&New passphrase"), self.new_pass)
        rform.addRow(self.tr("&Repeat it"), self.new_pass2)
        self.rmessage = QtWidgets.QLabel()
        self.rmessage.setWordWrap(True)
        set_role(self.rmessage, "calm")
        self.rmessage.hide()
        rform.addRow(self.rmessage)
        self.rbusy = self._busy_bar()
        rform.addRow(self.rbusy)
        rrow = QtWidgets.QHBoxLayout()
        back = QtWidgets.QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.recover_go = QtWidgets.QPushButton(self.tr("Open with the recovery code"))
        self.recover_go.setProperty("primary", True)
        self.recover_go.clicked.connect(self.recover)
        rrow.addWidget(back)
        rrow.addStretch(1)
        rrow.addWidget(self.recover_go)
        rform.addRow(rrow)
        self.code.returnPressed.connect(self.new_pass.setFocus)
        self.new_pass.returnPressed.connect(self.new_pass2.setFocus)
        self.new_pass2.returnPressed.connect(self.recover)
        self.pages.addWidget(rpage)
        self.passphrase.setFocus()

    def _toggle_echo(self, on: bool) -> None:
        self.passphrase.setEchoMode(QtWidgets.QLineEdit.EchoMode.Normal if on
                                    else QtWidgets.QLineEdit.EchoMode.Password)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.passphrase, self.unlock_button, self.recover_button, self.recover_go,
                  self.code, self.new_pass, self.new_pass2):
            w.setEnabled(not busy)
        self.busy.setVisible(busy and self.pages.currentIndex() == 0)
        self.rbusy.setVisible(busy and self.pages.currentIndex() == 1)

    def _say(self, label: QtWidgets.QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        windows.grow(self)  # the message shows whole, and the buttons stay on screen

    def unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret or self.job is not None:
            return
        self._say(self.message, self.tr("Unlocking…"))
        self._set_busy(True)
        path = self.path
        self.job = self.tasks.run(lambda job: vault_uc.unlock(path, secret), owner=self,
                                  on_done=self._opened, on_error=self._failed)
        self._slow.start()

    def recover(self) -> None:
        code, new, again = self.code.text(), self.new_pass.text(), self.new_pass2.text()
        if new != again:
            self._say(self.rmessage, self.tr("The two new passphrases are not the same."))
            return
        if strength(new)[0] == 0:
            self._say(self.rmessage, strength(new)[1])
            return
        self._say(self.rmessage, self.tr("Opening…"))
        self._set_busy(True)
        path = self.path
        self.job = self.tasks.run(lambda job: vault_uc.recover(path, code, new), owner=self,
                                  on_done=self._opened, on_error=self._failed)
        self._slow.start()

    def _still_opening(self) -> None:
        if self.job is None:
            return
        label = self.message if self.pages.currentIndex() == 0 else self.rmessage
        self._say(label, self.tr(
            "Still opening. The first opening after an update prepares a large archive "
            "once and can take several minutes; please wait and do not close Qorgau."))

    def _opened(self, session: Session) -> None:
        self.job = None
        self._slow.stop()
        self.passphrase.clear()
        self.code.clear()
        self.new_pass.clear()
        self.new_pass2.clear()
        self._set_busy(False)
        self.opened.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._slow.stop()
        self._set_busy(False)
        if isinstance(exc, WrongSecret):
            if self.pages.currentIndex() == 0:
                text = self.tr(
                    "That passphrase does not open this vault. Nothing has changed. Check "
                    "the keyboard layout (Russian, Kazakh or English) and Caps Lock, then "
                    "try again.")
                self.passphrase.selectAll()
                self.passphrase.setFocus()
            else:
                text = self.tr("That recovery code does not open this vault. Check each "
                               "group of four and try again.")
        elif isinstance(exc, QorgauError):
            text = dialogs.error_text(exc)
        else:
            text = dialogs.error_text(exc)
        self._say(self.message if self.pages.currentIndex() == 0 else self.rmessage, text)


class CreateWindow(_Base):
    """First run: choose a passphrase, see the recovery code once, prove it was noted."""

    created = Signal(object)  # the new vault's Session
    cancelled = Signal()

    def __init__(self, tasks: TaskManager, path: Path, *, first_run: bool = True) -> None:
        super().__init__(tasks, path)
        self.setWindowRole("create")  # see UnlockWindow
        self.vault: Any = None
        self._code = ""
        self.check_groups = sorted(secrets.SystemRandom().sample(range(RECOVERY_GROUPS), 2))
        self.pages = QtWidgets.QStackedWidget()
        self.outer.addWidget(self.pages)

        # page 0: passphrase
        p0 = QtWidgets.QWidget()
        f0 = QtWidgets.QVBoxLayout(p0)
        f0.setContentsMargins(0, 0, 0, 0)
        sub = QtWidgets.QLabel(self.tr("Create your vault") if first_run
                               else self.tr("Create a new vault"))
        set_role(sub, "subtitle")
        f0.addWidget(sub)
        intro = QtWidgets.QLabel(self.tr(
            "Everything you record is kept encrypted in this vault, on this computer only. "
            "Choose a passphrase you can remember and type quickly. Nobody, including the "
            "coalition, can open the vault without it or the recovery code."))
        intro.setWordWrap(True)
        f0.addWidget(intro)
        where = QtWidgets.QLabel(self.tr("Folder: %1").replace("%1", str(path)))
        set_role(where, "muted")
        where.setWordWrap(True)
        f0.addWidget(where)
        form = QtWidgets.QFormLayout()
        form.setVerticalSpacing(10)
        self.device_name = QtWidgets.QLineEdit()
        self.device_name.setPlaceholderText(self.tr("e.g. Almaty laptop 2"))
        self.passphrase = self._passphrase_edit()
        self.passphrase2 = self._passphrase_edit()
        form.addRow(self.tr("&Device name"), self.device_name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat it"), self.passphrase2)
        f0.addLayout(form)
        self.meter = QtWidgets.QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        f0.addWidget(self.meter)
        self.hint = QtWidgets.QLabel()
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")
        f0.addWidget(self.hint)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "calm")
        self.message.hide()
        f0.addWidget(self.message)
        self.busy = self._busy_bar()
        f0.addWidget(self.busy)
        row = QtWidgets.QHBoxLayout()
        if not first_run:
            cancel = QtWidgets.QPushButton(self.tr("Cancel"))
            cancel.clicked.connect(self.cancelled)
            row.addWidget(cancel)
        row.addStretch(1)
        self.create_button = QtWidgets.QPushButton(self.tr("&Create the vault"))
        self.create_button.setProperty("primary", True)
        self.create_button.clicked.connect(self.create)
        self.passphrase2.returnPressed.connect(self.create)
        # Enter moves on from each field, as a person expects of a short form.
        self.device_name.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self.passphrase2.setFocus)
        row.addWidget(self.create_button)
        f0.addLayout(row)
        self.passphrase.textChanged.connect(self._update_strength)
        self._update_strength("")
        self.pages.addWidget(p0)

        # page 1: the recovery code, once
        p1 = QtWidgets.QWidget()
        f1 = QtWidgets.QVBoxLayout(p1)
        f1.setContentsMargins(0, 0, 0, 0)
        t1 = QtWidgets.QLabel(self.tr("Your recovery code"))
        set_role(t1, "subtitle")
        f1.addWidget(t1)
        w1 = QtWidgets.QLabel(self.tr(
            "Write this code on paper now. It is shown only this once. If you forget the "
            "passphrase, it is the only way back into the vault; anyone who has it can open "
            "the vault too. Keep the paper away from this laptop, and do not photograph it."))
        w1.setWordWrap(True)
        f1.addWidget(w1)
        self.code_label = QtWidgets.QLabel()
        set_role(self.code_label, "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        f1.addWidget(self.code_label)
        row1 = QtWidgets.QHBoxLayout()
        row1.addStretch(1)
        written = QtWidgets.QPushButton(self.tr("I have &written it down"))
        written.setProperty("primary", True)
        written.clicked.connect(lambda: self._goto(2))
        row1.addWidget(written)
        f1.addLayout(row1)
        self.pages.addWidget(p1)

        # page 2: prove it was written down
        p2 = QtWidgets.QWidget()
        f2 = QtWidgets.QVBoxLayout(p2)
        f2.setContentsMargins(0, 0, 0, 0)
        t2 = QtWidgets.QLabel(self.tr("Check the code you wrote"))
        set_role(t2, "subtitle")
        f2.addWidget(t2)
        a, b = (g + 1 for g in self.check_groups)
        w2 = QtWidgets.QLabel(self.tr("From your paper, type group %1 and group %2 of the "
                                      "recovery code (groups are counted from the left).")
                              .replace("%1", str(a)).replace("%2", str(b)))
        w2.setWordWrap(True)
        f2.addWidget(w2)
        form2 = QtWidgets.QFormLayout()
        self.group_a = QtWidgets.QLineEdit()
        self.group_b = QtWidgets.QLineEdit()
        for g in (self.group_a, self.group_b):
            g.setMaxLength(4)
            g.setProperty("sensitive", True)
            g.setFont(set_mono(g.font()))
        form2.addRow(self.tr("Group %1").replace("%1", str(a)), self.group_a)
        form2.addRow(self.tr("Group %1").replace("%1", str(b)), self.group_b)
        f2.addLayout(form2)
        self.check_message = QtWidgets.QLabel()
        self.check_message.setWordWrap(True)
        set_role(self.check_message, "calm")
        self.check_message.hide()
        f2.addWidget(self.check_message)
        row2 = QtWidgets.QHBoxLayout()
        again = QtWidgets.QPushButton(self.tr("Show the code again"))
        again.clicked.connect(lambda: self._goto(1))
        row2.addWidget(again)
        row2.addStretch(1)
        done = QtWidgets.QPushButton(self.tr("&Confirm"))
        done.setProperty("primary", True)
        done.clicked.connect(self.confirm)
        self.group_b.returnPressed.connect(self.confirm)
        row2.addWidget(done)
        f2.addLayout(row2)
        self.pages.addWidget(p2)
        self.passphrase.setFocus()

    def _goto(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page == 2:
            self.group_a.setFocus()

    def _update_strength(self, text: str) -> None:
        self.message.hide()  # a complaint about the last attempt no longer applies
        level, hint = strength(text)
        self.meter.setValue(level)
        self.hint.setText(hint if text else self.tr(
            "Tip: four or five unrelated words, in any language, make a strong passphrase."))

    def create(self) -> None:
        new, again = self.passphrase.text(), self.passphrase2.text()
        if strength(new)[0] == 0:
            self.message.setText(strength(new)[1])
            self.message.show()
            return
        if new != again:
            self.message.setText(self.tr("The two passphrases are not the same. Type them "
                                         "again."))
            self.message.show()
            self.passphrase2.clear()
            self.passphrase2.setFocus()
            return
        self.message.setText(self.tr("Creating the vault… this takes a few seconds."))
        self.message.show()
        self.busy.show()
        for w in (self.passphrase, self.passphrase2, self.device_name, self.create_button):
            w.setEnabled(False)
        path, name = self.path, self.device_name.text().strip() or None

        def work(job: Job) -> tuple[Session, str]:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            return vault_uc.create(path, new, name=name)

        self.tasks.run(work, owner=self, on_done=self._created, on_error=self._failed)

    def _created(self, result: tuple[Session, str]) -> None:
        self.vault, self._code = result
        self.passphrase.clear()
        self.passphrase2.clear()
        self.busy.hide()
        groups = self._code.split("-")
        half = len(groups) // 2
        self.code_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self._goto(1)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        for w in (self.passphrase, self.passphrase2, self.device_name, self.create_button):
            w.setEnabled(True)
        self.message.setText(dialogs.error_text(exc))
        self.message.show()

    def confirm(self) -> None:
        groups = self._code.split("-")
        typed = [self.group_a.text(), self.group_b.text()]
        norm = [t.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
                for t in typed]
        if norm != [groups[i] for i in self.check_groups]:
            self.check_message.setText(self.tr(
                "These groups do not match the code. Look at the paper again, or show the "
                "code again and correct what you wrote."))
            self.check_message.show()
            repolish(self.check_message)
            return
        self._code = ""
        self.code_label.clear()
        vault, self.vault = self.vault, None
        self.created.emit(vault)


def set_mono(font: Any) -> Any:
    font.setFamily("DejaVu Sans Mono")
    font.setPointSizeF(font.pointSizeF() + 2)
    return font
