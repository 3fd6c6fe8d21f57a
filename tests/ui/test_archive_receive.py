"""Receiving on the coordinator's desk: bundles imported through the GUI with a plain
report per bundle (a tampered one clearly rejected), receipts written for each device,
a watched folder, enrolment with the fingerprint compared, revocation of a seized
device whose next bundle is quarantined, and its release with a reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.conftest import settle
from tests.ui.test_archive_kit import (
    FIELD_A,
    FIELD_B,
    a_case,
    export,
    field,
    open_desk,
    show,
)


def import_files(qtbot: Any, gui: Any, page: Any, paths: list[Path]) -> None:
    from tests.ui.boxes import Answers

    Answers.files.append([str(p) for p in paths])
    page.choose_files()
    qtbot.waitUntil(lambda: page.batch is None and not page.queue, timeout=20000)
    settle(qtbot, gui)


def test_import_reports_each_bundle_and_rejects_a_tampered_one(
        qtbot: Any, gui: Any, world: dict[str, Path]) -> None:
    usb = world["usb"]
    with field(world["a"]) as a:
        a_case(a)
        export(a, usb / "taraz-1.bundle")
    with field(world["b"]) as b:
        from app.records import Records

        Records(b).create("case", {"title": "Threats to a complainant's family",
                                   "city": "almaty"})
        good = export(b, usb / "almaty-1.bundle")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit flipped on the way
    tampered = usb / "almaty-1-copy.bundle"
    tampered.write_bytes(bytes(data))
    good.unlink()

    desk = open_desk(qtbot, gui)
    page = show(qtbot, gui, desk, "receive")
    import_files(qtbot, gui, page, [usb / "taraz-1.bundle", tampered])
    text = page.report.toPlainText()
    assert f"Merged — bundle 1 from “{FIELD_A}”" in text
    assert "New in the archive: records 8, record versions 9, evidence files 0." in text
    assert "Rejected — almaty-1-copy.bundle" in text
    assert "Nothing from this file was merged." in text
    assert "altered" in text or "damaged" in text
    assert "1 merged, 1 rejected." in page.summary.text()
    # A receipt for the device whose bundle merged, next to its bundle; none for B.
    receipts = sorted(p.name for p in usb.glob("*.receipt"))
    assert len(receipts) == 1 and "Taraz-laptop-2" in receipts[0]
    assert "Receipt for “Taraz laptop 2” written" in text
    s = gui.session
    titles = {r[0] for r in s.db.all("SELECT title FROM records WHERE kind = 'case'")}
    assert titles == {"TRZ-2022-031 — Beating at IVS Taraz"}
    # The same bundle again: said plainly, nothing changes.
    import_files(qtbot, gui, page, [usb / "taraz-1.bundle"])
    assert f"Already here — bundle 1 from “{FIELD_A}”" in page.report.toPlainText()


def test_watched_folder_imports_what_appears(qtbot: Any, gui: Any,
                                            world: dict[str, Path]) -> None:
    usb = world["usb"]
    desk = open_desk(qtbot, gui)
    page = show(qtbot, gui, desk, "receive")
    page.receipts.setChecked(False)
    page.watch_folder(usb)
    assert usb.name in page.watching.text()
    with field(world["a"]) as a:
        a_case(a)
        export(a, usb / "taraz-1.bundle")
    page.watch.scan()  # first look: seen, not yet stable
    assert page.batch is None
    page.watch.scan()  # unchanged since: taken
    qtbot.waitUntil(lambda: page.batch is None and "Merged" in page.report.toPlainText(),
                    timeout=20000)
    assert not list(usb.glob("*.receipt"))
    page.toggle_watch()
    assert page.watch.folder is None


def test_enrol_revoke_quarantine_release(qtbot: Any, gui: Any, world: dict[str, Path],
                                         tmp_path: Path) -> None:
    from storage import audit
    from storage.vault import Vault
    from sync import card, trust
    from tests.conftest import PASSPHRASE
    from tests.ui.boxes import Answers
    from ui.desk.common import when
    from ui.desk.devices import EnrolDialog

    usb = world["usb"]
    # A third laptop, trusting the archive but not yet enrolled.
    with field(world["archive"]) as arch:
        archive_card = card.to_json(trust.own_card(arch))
    c, _ = Vault.create(tmp_path / "field-c", PASSPHRASE, name="Shymkent laptop")
    trust.trust(c, archive_card)
    (tmp_path / "c.card").write_bytes(card.to_json(trust.own_card(c)))
    fingerprint = card.fingerprint(trust.own_card(c))
    c.close()
    with field(world["a"]) as a:
        a_case(a)
        export(a, usb / "taraz-1.bundle")
        from app.records import Records

        Records(a).create("case", {"title": "Made after the laptop was seized"})
        export(a, usb / "taraz-2.bundle")

    desk = open_desk(qtbot, gui)
    devices = show(qtbot, gui, desk, "devices")
    assert devices.table.rowCount() == 2
    # Enrol: the fingerprint shown big; a wrong digit typed blocks enrolment.
    Answers.files.append([str(tmp_path / "c.card")])
    devices.enrol()
    qtbot.waitUntil(lambda: isinstance(getattr(devices, "enrol_dialog", None), EnrolDialog),
                    timeout=10000)
    dialog = devices.enrol_dialog
    assert dialog.fingerprint.text().split() == fingerprint.split("-")  # shown big
    assert not dialog.go.isEnabled()
    wrong = ("1" if fingerprint[0] != "1" else "2") + fingerprint[1:]
    dialog.typed.setText(wrong)
    assert "differ" in dialog.verdict.text() and not dialog.go.isEnabled()
    dialog.typed.setText(fingerprint.replace("-", " "))
    assert dialog.same.isChecked() and dialog.go.isEnabled()
    dialog.enrol()
    qtbot.waitUntil(lambda: devices.table.rowCount() == 3, timeout=10000)
    assert "Enrolled “Shymkent laptop”" in devices.message.text()

    # Bundle 1 of laptop A merges; then A is seized and revoked from its last bundle.
    page = show(qtbot, gui, desk, "receive")
    import_files(qtbot, gui, page, [usb / "taraz-1.bundle"])
    devices = show(qtbot, gui, desk, "devices")
    row = next(i for i, d in enumerate(devices.rows) if d["name"] == FIELD_A)
    devices.table.selectRow(row)
    assert devices.rows[row]["last_seq"] == 1
    devices.revoke()
    rd = devices.revoke_dialog
    rd.reason.setText("Laptop seized during the search of the Taraz office")
    Answers.queue.append("revoke")
    rd.revoke()
    qtbot.waitUntil(lambda: "Revoked" in devices.message.text(), timeout=10000)
    settle(qtbot, gui)
    # The column says when the cut-off happened, not a bundle number (issue 15).
    state = devices.table.item(row, 1).text()
    assert state.startswith("Revoked ") and "bundle" not in state
    assert state == "Revoked " + when(devices.rows[row]["revoked_at"])

    # Its bundle 2 is quarantined, said plainly, and waits in Quarantine.
    page = show(qtbot, gui, desk, "receive")
    import_files(qtbot, gui, page, [usb / "taraz-2.bundle"])
    text = page.report.toPlainText()
    assert f"Quarantined — bundle 2 from “{FIELD_A}”" in text
    assert "revoked (seized)" in text
    settle(qtbot, gui)
    assert desk.nav.item(2).text().endswith("(1)")
    q = show(qtbot, gui, desk, "quarantine")
    assert q.table.rowCount() == 1 and q.table.item(0, 2).text() == "Device revoked"
    q.inspect()
    qtbot.waitUntil(lambda: "If released, it would merge" in q.detail.toPlainText(),
                    timeout=10000)
    # Release needs a reason; with one, it merges and the reason is in the custody log.
    seen = Answers.answer("ok")
    q.release()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[-1].startswith("Write the reason first")
    q.reason.setText("Confirmed by phone with the lawyer: made before the search")
    Answers.queue.append("release")
    q.release()
    qtbot.waitUntil(lambda: "Merged — bundle 2" in q.outcome.text(), timeout=10000)
    settle(qtbot, gui)
    assert q.table.rowCount() == 0
    s = gui.session
    entry = audit.entries(s.db, action="quarantine_release")[0]["detail"]
    assert entry["reason"].startswith("Confirmed by phone") and entry["seq"] == 2
    assert "Made after the laptop was seized" in {
        r[0] for r in s.db.all("SELECT title FROM records WHERE kind = 'case'")}
    assert "Confirmed by phone" in q.decided.text()


def test_discard_keeps_the_reason(qtbot: Any, gui: Any, world: dict[str, Path]) -> None:
    from storage import audit
    from sync import trust
    from tests.ui.boxes import Answers

    usb = world["usb"]
    with field(world["b"]) as b:
        from app.records import Records

        Records(b).create("case", {"title": "Sent by whoever holds laptop B"})
        export(b, usb / "almaty-1.bundle")
    with field(world["archive"]) as arch:
        trust.revoke(arch, b_id(arch), 0)
    desk = open_desk(qtbot, gui)
    page = show(qtbot, gui, desk, "receive")
    import_files(qtbot, gui, page, [usb / "almaty-1.bundle"])
    assert f"Quarantined — bundle 1 from “{FIELD_B}”" in page.report.toPlainText()
    q = show(qtbot, gui, desk, "quarantine")
    q.reason.setText("The field worker never made this bundle")
    Answers.queue.append("discard")
    q.discard()
    qtbot.waitUntil(lambda: q.table.rowCount() == 0 and "Discarded" in q.decided.text(),
                    timeout=10000)
    s = gui.session
    assert audit.entries(s.db, action="quarantine_discard")[0]["detail"]["reason"] == \
        "The field worker never made this bundle"
    assert s.db.one("SELECT count(*) FROM records WHERE kind = 'case'")[0] == 0
    # The same file again is recognised, not merged.
    page = show(qtbot, gui, desk, "receive")
    import_files(qtbot, gui, page, [usb / "almaty-1.bundle"])
    assert "nothing changed" in page.report.toPlainText()


def b_id(archive: Any) -> str:
    return archive.db.one("SELECT device_id FROM devices WHERE name = ?", (FIELD_B,))[0]
