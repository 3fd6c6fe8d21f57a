"""The first-run and unlock screens, driven as a person would."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle


def test_create_vault_shows_code_once_and_checks_it(qtbot: Any, gui: Any) -> None:
    gui.start()
    w = gui.gate
    assert type(w).__name__ == "CreateWindow"
    qtbot.keyClicks(w.passphrase, "short")
    qtbot.keyClicks(w.passphrase2, "short")
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    assert w.message.isVisible() and "short" in w.message.text().lower()
    w.passphrase.clear()
    w.passphrase2.clear()
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    qtbot.keyClicks(w.passphrase2, PASSPHRASE + "x")
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in w.message.text()
    w.passphrase.clear()
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    qtbot.keyClicks(w.passphrase2, PASSPHRASE)
    qtbot.keyClick(w.passphrase2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.pages.currentIndex() == 1, timeout=15000)
    code = w.code_label.text().replace("\n", "")
    groups = code.split("-")
    assert len(groups) == 8
    w._goto(2)
    a, b = w.check_groups
    qtbot.keyClicks(w.group_a, groups[a])
    qtbot.keyClicks(w.group_b, "ZZZZ" if groups[b] != "ZZZZ" else "YYYY")
    w.confirm()
    assert w.check_message.isVisible()
    assert gui.main is None
    w.group_b.clear()
    qtbot.keyClicks(w.group_b, groups[b].lower())
    qtbot.keyClick(w.group_b, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    from ui.qt import is_alive

    assert not is_alive(w) or w.code_label.text() == ""  # shown once, then gone
    assert gui.main.isVisible()


def test_unlock_wrong_then_right(qtbot: Any, gui: Any) -> None:
    from storage.vault import Vault

    v, _ = Vault.create(gui.vault_path, PASSPHRASE)
    v.close()
    gui.start()
    w = gui.gate
    assert type(w).__name__ == "UnlockWindow"
    qtbot.keyClicks(w.passphrase, "wrong passphrase here")
    qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.job is None and w.passphrase.isEnabled(), timeout=15000)
    assert "does not open this vault" in w.message.text()
    assert gui.session is None
    w.passphrase.clear()
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    qtbot.mouseClick(w.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    assert gui.session is not None


def test_forgot_passphrase_recovery_code_then_new_passphrase(qtbot: Any, gui: Any) -> None:
    from app.records import Records
    from storage.vault import Vault

    v, code = Vault.create(gui.vault_path, PASSPHRASE, name="Test laptop")
    Records(v).create("case", {"title": "Still here after recovery"})
    v.close()
    new = "four new unrelated words"
    gui.start()
    w = gui.gate
    qtbot.mouseClick(w.recover_button, Qt.MouseButton.LeftButton)
    assert w.pages.currentIndex() == 1
    # A wrong code: said calmly, nothing changes.
    wrong = "-".join(["AAAA"] * 8)
    qtbot.keyClicks(w.code, wrong)
    qtbot.keyClicks(w.new_pass, new)
    qtbot.keyClicks(w.new_pass2, new + " typo")
    qtbot.mouseClick(w.recover_go, Qt.MouseButton.LeftButton)
    assert "not the same" in w.rmessage.text()
    w.new_pass2.clear()
    qtbot.keyClicks(w.new_pass2, new)
    qtbot.mouseClick(w.recover_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.job is None and w.recover_go.isEnabled(), timeout=15000)
    assert "recovery code does not open" in w.rmessage.text()
    assert gui.session is None
    # The code from the paper, typed in lower case: the vault opens.
    w.code.clear()
    qtbot.keyClicks(w.code, code.lower())
    qtbot.mouseClick(w.recover_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    assert gui.main.model.total == 1
    from ui.qt import is_alive

    assert not is_alive(w) or not (w.code.text() or w.new_pass.text())  # no secret kept
    # Lock; the old passphrase no longer opens it, the new one does.
    gui.lock()
    settle(qtbot, gui)
    u = gui.gate
    qtbot.keyClicks(u.passphrase, PASSPHRASE)
    qtbot.keyClick(u.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: u.job is None and u.passphrase.isEnabled(), timeout=15000)
    assert "does not open this vault" in u.message.text() and gui.session is None
    u.passphrase.clear()
    qtbot.keyClicks(u.passphrase, new)
    qtbot.keyClick(u.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    assert gui.main.model.total == 1


def test_a_long_opening_says_why(qtbot: Any, gui: Any, monkeypatch: Any) -> None:
    """An opening that runs long (the first after an update prepares a big archive once)
    says so instead of a bare "Unlocking…" that looks hung."""
    import ui.unlock
    from storage.vault import Vault

    monkeypatch.setattr(ui.unlock, "SLOW_OPENING_MS", 20)
    # The opening made to take longer than that wait whatever the machine's speed (with
    # the tests' cheap key derivation it could end first, and the screen with it).
    real_unlock = ui.unlock.vault_uc.unlock

    def slow_unlock(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.5)
        return real_unlock(*args, **kwargs)

    monkeypatch.setattr(ui.unlock.vault_uc, "unlock", slow_unlock)
    v, _ = Vault.create(gui.vault_path, PASSPHRASE)
    v.close()
    gui.start()
    w = gui.gate
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    qtbot.mouseClick(w.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "first opening after an update" in w.message.text(), timeout=5000)
    assert w.job is not None and not w.passphrase.isEnabled()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    assert gui.session is not None
