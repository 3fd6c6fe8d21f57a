"""Sending: the export dialog seals a bundle to the trusted coordinator, with progress,
and says in plain words what was sealed and where the file is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_vault, settle


def test_export_dialog_seals_a_bundle(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from app.records import Records
    from storage.vault import Vault
    from sync import card, trust
    from tests.ui.boxes import Answers
    from ui.field.exporting import ExportDialog

    archive, _ = Vault.create(tmp_path / "archive", PASSPHRASE, name="Coalition office",
                              role="archive")
    coordinator = trust.own_card(archive)
    archive.close()
    open_vault(qtbot, gui)
    s = gui.session
    gui.tasks.call(lambda: trust.trust(s.vault, card.to_json(coordinator),
                                       card.fingerprint(coordinator)))
    gui.tasks.call(lambda: Records(s.vault).create("case", {"title": "Case to send"}))
    dialog = ExportDialog(gui, gui.main)
    dialog.show()
    settle(qtbot, gui)
    assert dialog.who.count() == 1 and "Coalition office" in dialog.who.item(0).text()
    out = tmp_path / "usb"
    out.mkdir()
    Answers.files.append([str(out)])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    settle(qtbot, gui)
    bundles = list(out.iterdir())
    assert len(bundles) == 1 and bundles[0].stat().st_size > 0
    assert str(bundles[0]) in dialog.result.text()
    assert "Sealed" in dialog.result.text()
