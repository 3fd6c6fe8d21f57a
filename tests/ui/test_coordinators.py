"""The field laptop and its coordinators, driven as a person would: trust a coordinator's
card after comparing its fingerprint, seal a bundle to the coordinators ticked, import
the coordinator's receipt and remove what it acknowledged — with real vaults, real
bundles and real receipts made by the sync core."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_vault, settle


def archive_vault(path: Path, name: str) -> Any:
    from storage.vault import Vault

    vault, _code = Vault.create(path, PASSPHRASE, name=name, role="archive")
    return vault


def card_file(vault: Any, path: Path) -> Path:
    from sync import card, trust

    path.write_bytes(card.to_json(trust.own_card(vault)))
    return path


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_trust_a_coordinator_from_settings(qtbot: Any, gui: Any, tmp_path: Path) -> None:
    from sync import card, trust
    from tests.ui.boxes import Answers
    from ui.field.settings import SettingsDialog

    archive = archive_vault(tmp_path / "archive", "Coalition office")
    coordinator = trust.own_card(archive)
    card_path = card_file(archive, tmp_path / "coalition-card.json")
    archive.close()
    open_vault(qtbot, gui)
    settings = SettingsDialog(gui, gui.main)
    settings.show()
    settle(qtbot, gui)
    assert "None yet" in settings.coordinators.item(0).text()

    # This laptop's own card: saved for the coordinator, and refused as a coordinator.
    mine = settings.own_card()
    settle(qtbot, gui)
    own_path = tmp_path / "my-card.json"
    Answers.files.append([str(own_path)])
    mine.save()
    settle(qtbot, gui)
    assert own_path.exists() and str(own_path) in mine.message.text()
    own = card.from_json(own_path.read_bytes())
    assert digits(mine.fingerprint.text()) == digits(card.fingerprint(own))
    mine.close()

    dialog = settings.trust_coordinator()
    Answers.files.append([str(own_path)])
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    assert dialog.pages.currentIndex() == 0 and "own card" in dialog.message0.text()
    garbage = tmp_path / "not-a-card.json"
    garbage.write_text('{"format": "something else"}')
    Answers.files.append([str(garbage)])
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    assert "not a Qorgau identity card" in dialog.message0.text()

    # The coordinator's card: name and fingerprint, large, then the confirmation.
    Answers.files.append([str(card_path)])
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    assert dialog.pages.currentIndex() == 1
    assert "Coalition office" in dialog.who.text()
    assert digits(dialog.fingerprint.text()) == digits(card.fingerprint(coordinator))
    assert len(dialog.fingerprint.text().splitlines()) == 2  # two lines of three groups
    assert dialog.fingerprint.height() >= dialog.fingerprint.sizeHint().height()  # whole
    dialog.fingerprint.ensurePolished()
    assert dialog.fingerprint.font().pointSizeF() >= 20  # readable aloud, across a desk
    assert dialog.go.isVisible() and not dialog.go.isEnabled()  # not before comparing
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    assert gui.tasks.call(lambda: trust.trusted(gui.session.db)) == []
    dialog.same.setFocus()
    qtbot.keyClick(dialog.same, Qt.Key.Key_Space)
    assert dialog.same.isChecked() and dialog.go.isEnabled()
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    assert dialog.pages.currentIndex() == 2 and "Coalition office" in dialog.result.text()
    held = gui.tasks.call(lambda: trust.trusted(gui.session.db))
    assert [c.device_id for c in held] == [coordinator.device_id]
    listed = settings.coordinators.item(0).text()
    assert "Coalition office" in listed and card.fingerprint(coordinator) in listed
    assert settings.coordinators.count() == 1

    # The same card again: already trusted, nothing to confirm.
    again = settings.trust_coordinator()
    Answers.files.append([str(card_path)])
    qtbot.mouseClick(again.choose, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    assert "already trusted" in again.message1.text() and not again.go.isEnabled()


def test_export_seals_only_to_the_coordinators_ticked(qtbot: Any, gui: Any,
                                                      tmp_path: Path) -> None:
    from app import importer
    from app.records import Records
    from sync import card, trust
    from tests.ui.boxes import Answers
    from ui.field.exporting import ExportDialog

    first = archive_vault(tmp_path / "first", "Coalition office")
    second = archive_vault(tmp_path / "second", "Regional partner")
    open_vault(qtbot, gui)
    s = gui.session
    field_card = gui.tasks.call(lambda: card.to_json(trust.own_card(s.vault)))
    for archive in (first, second):
        data = card.to_json(trust.own_card(archive))
        gui.tasks.call(lambda data=data: trust.trust(s.vault, data))
        trust.enroll(archive, field_card)
    gui.tasks.call(lambda: Records(s.vault).create("case", {"title": "Case to send"}))
    dialog = ExportDialog(gui, gui.main)
    dialog.show()
    settle(qtbot, gui)
    assert dialog.who.count() == 2
    second_item = next(dialog.who.item(i) for i in range(2)
                       if "Regional partner" in dialog.who.item(i).text())
    second_item.setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    assert dialog.go.isEnabled()
    out = tmp_path / "usb"
    out.mkdir()
    Answers.files.append([str(out)])
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and "Sealed" in dialog.result.text(),
                    timeout=20000)
    assert "Only Coalition office can open it." in dialog.result.text()
    (bundle,) = out.iterdir()
    assert importer.import_bundle(first, bundle).status == "merged"
    left_out = importer.import_bundle(second, bundle)
    assert (left_out.status, left_out.reason_code) == ("rejected", "not_addressed")
    # Nobody ticked: nothing to seal.
    for i in range(dialog.who.count()):
        dialog.who.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.go.isEnabled()
    first.close()
    second.close()


def test_receipt_then_remove_acknowledged_records(qtbot: Any, gui: Any,
                                                  tmp_path: Path) -> None:
    from app import evidence, exporter, importer, receipts
    from app.records import Records
    from sync import card, trust
    from tests.ui.boxes import Answers
    from ui.labels import human_size

    archive = archive_vault(tmp_path / "archive", "Coalition office")
    open_vault(qtbot, gui)
    s = gui.session
    coordinator = card.to_json(trust.own_card(archive))
    gui.tasks.call(lambda: trust.trust(s.vault, coordinator))
    trust.enroll(archive, gui.tasks.call(lambda: card.to_json(trust.own_card(s.vault))))
    photo = tmp_path / "bruise.jpg"
    Image.new("RGB", (640, 480), (150, 70, 90)).save(photo, "JPEG")

    def write() -> tuple[str, str]:
        records = Records(s.vault)
        case = records.create("case", {"title": "Sent and acknowledged", "city": "taraz"})
        records.create("person", {"full_name": "Вымышленный Ерлан", "case_ids":
                                  [case.record_id]})
        evidence.ingest(records, photo, record_id=case.record_id)
        exporter.export(s.vault, tmp_path / "b1.bundle")
        late = records.create("case", {"title": "Written after the bundle"})
        return case.record_id, late.record_id

    sent, late = gui.tasks.call(write)
    assert importer.import_bundle(archive, tmp_path / "b1.bundle").status == "merged"
    receipt = tmp_path / "receipt.age"
    receipts.issue(archive, gui.tasks.call(lambda: s.vault.identity.device_id), receipt)
    archive.close()
    size = photo.stat().st_size
    gui.main.show_case(sent)
    settle(qtbot, gui)

    # A damaged receipt is refused, calmly, and changes nothing.
    damaged = tmp_path / "damaged.age"
    data = bytearray(receipt.read_bytes())
    data[-20] ^= 1
    damaged.write_bytes(bytes(data))
    Answers.files.append([str(damaged)])
    dialog = gui.main.receipts()
    settle(qtbot, gui)
    assert "not a valid receipt" in dialog.result.text()
    assert "Nothing on this laptop has been acknowledged" in dialog.status.text()
    assert not dialog.remove_button.isEnabled()

    Answers.files.append([str(receipt)])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, gui)
    assert "Receipt from Coalition office checked" in dialog.result.text()
    assert "Nothing has been removed yet" in dialog.result.text()
    assert "can be removed from this laptop: 3" in dialog.status.text()
    assert dialog.remove_button.isEnabled()

    # The confirmation says exactly what leaves; "Keep them" keeps them.
    seen = Answers.answer("keep")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    settle(qtbot, gui)
    text = seen[-1]
    for line in ("• Case: 1", "• Person: 1", "• Evidence file: 1",
                 f"Original evidence files that leave with them: 1, {human_size(size)} in all",
                 "Coalition office holds every one of them"):
        assert line in text, (line, text)
    assert gui.tasks.call(lambda: s.db.one("SELECT count(*) FROM records")[0]) == 4

    Answers.queue.append("remove")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.removed.isVisible(), timeout=20000)
    settle(qtbot, gui)
    assert "Records removed from this laptop: 3" in dialog.removed.text()
    left = gui.tasks.call(lambda: [r[0] for r in s.db.all("SELECT record_id FROM records")])
    assert left == [late]
    assert gui.tasks.call(lambda: s.db.one("SELECT count(*) FROM blobs")[0]) == 0
    assert gui.main.case_view is None  # the removed case is no longer on the screen
    assert "Nothing on this laptop has been acknowledged" in dialog.status.text()
    assert gui.main.model.total == 1

    # The same receipt again: known, nothing changes.
    Answers.files.append([str(receipt)])
    dialog.import_receipt()
    settle(qtbot, gui)
    assert "imported before" in dialog.result.text()
    close = [b for b in dialog.findChildren(QPushButton) if b.text() == "Close"]
    qtbot.mouseClick(close[0], Qt.MouseButton.LeftButton)
