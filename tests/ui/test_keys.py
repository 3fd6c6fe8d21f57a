"""The key actions after a seizure, through the desktop: a passphrase refused by the same
floor as the command line, a passphrase change that replaces the vault's key, a new
recovery code shown once, and the evidence re-encrypted with progress and Stop."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_vault, settle


def _settings(qtbot: Any, gui: Any) -> Any:
    from ui.field.settings import SettingsDialog

    open_vault(qtbot, gui)
    dialog = SettingsDialog(gui, gui.main)
    dialog.show()
    settle(qtbot, gui)
    return dialog


@pytest.mark.parametrize("weak", ["aaaaaaaaaaaa", "password1234"])
def test_weak_passphrase_refused_as_on_the_command_line(qtbot: Any, gui: Any,
                                                        weak: str) -> None:
    from ui.unlock import strength

    dialog = _settings(qtbot, gui)
    before = (gui.vault_path / "keys.json").read_bytes()
    qtbot.keyClicks(dialog.new1, weak)
    qtbot.keyClicks(dialog.new2, weak)
    dialog.change_passphrase()
    settle(qtbot, gui)
    assert strength(weak)[0] == 0 and dialog.pass_msg.text() == strength(weak)[1]
    assert (gui.vault_path / "keys.json").read_bytes() == before


def test_change_passphrase_and_new_recovery_code(qtbot: Any, gui: Any) -> None:
    from storage.errors import WrongSecret
    from storage.vault import Vault

    dialog = _settings(qtbot, gui)
    new = "four new unrelated words"
    qtbot.keyClicks(dialog.new1, new)
    qtbot.keyClicks(dialog.new2, new)
    dialog.change_passphrase()
    settle(qtbot, gui)
    assert "key replaced" in dialog.pass_msg.text()
    codes = dialog.new_recovery_code()
    qtbot.keyClicks(codes.passphrase, new)
    codes.issue()
    settle(qtbot, gui)
    code = codes.code_label.text()
    assert codes.code_label.isVisible() and len(code.split("-")) == 8
    gui.shutdown()
    with pytest.raises(WrongSecret):
        Vault.open(gui.vault_path, PASSPHRASE)
    Vault.recover(gui.vault_path, code, "a brand new passphrase").close()


def test_reencrypt_evidence_with_progress_and_stop(qtbot: Any, gui: Any,
                                                   tmp_path: Path) -> None:
    from app.evidence import ingest
    from app.records import Records
    from app.usecases import keys
    from tests.ui.boxes import Answers

    dialog = _settings(qtbot, gui)
    vault = gui.session.vault
    for i in range(3):
        f = tmp_path / f"v{i}.bin"
        f.write_bytes(os.urandom(200_000))
        ingest(Records(vault), f)
    Answers.queue.extend(["go", "ok"])
    job = dialog.reencrypt_evidence()
    settle(qtbot, gui)
    assert job.done and job.result == {"files": 3}
    assert not keys.evidence_rekey_state(gui.session)["in_progress"]
